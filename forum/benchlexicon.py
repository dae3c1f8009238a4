"""Everyday English words for the bench text (`forum.benchtext`): what clinicians write
about besides drugs and wards. Pure data; each list runs from the commonest word in ordinary
English writing to the rarest, as near as a list written by hand can."""

from __future__ import annotations

NOUNS: tuple[str, ...] = tuple(
    """
    time year way day man thing woman life child world school state family student group
    country problem hand part place case week company system program question work
    government number night point home water room mother area money story fact month lot
    right study book eye job word business issue side head house service friend father power
    hour game line end member law car city community name president team minute idea kid
    body information parent face office door health person art war history party result
    change morning reason research girl guy moment air teacher force education foot boy age
    policy process music market sense nation plan college interest death experience effect
    use class control care field development role effort rate heart show leader voice wife
    mind price report decision son view relationship town road arm difference value building
    action model season society tax director position player record space form event matter
    centre couple site project activity star table need court oil situation cost industry
    figure street image phone data picture practice piece land product doctor wall worker
    news test movie north love support technology step baby computer type attention film
    tree source organisation hair window evidence population truth rock daughter material
    sign property fire bank west surface south east club fear bed letter culture memory
    article brother manager sister garden capital girlfriend boyfriend camera bag dog summer
    hospital staff husband chair kitchen floor cat food bread milk tea coffee dinner lunch
    breakfast weekend holiday birthday email card box bottle cup plate bus train bike trip
    journey ticket weather rain snow wind sun sky cloud colour shape size list page note
    message call chat clock watch hat coat shoe shirt dress jacket boot sock glove scarf
    bill store park bridge river lake sea beach hill mountain forest wood flower plant grass
    leaf seed fruit apple egg cheese meat chicken fish rice potato cake sugar salt butter
    soup sandwich salad pizza chocolate biscuit juice wine beer meal snack drink cook sink
    oven fridge kettle pan pot bowl spoon fork knife mug jug tray towel soap bath shower
    toilet mirror lamp sofa cupboard shelf drawer carpet curtain pillow blanket sheet roof
    ceiling stair staircase garage shed fence gate hedge lawn path driveway yard porch mum
    dad grandmother grandfather grandma granny aunt uncle cousin nephew niece partner
    neighbour toddler teenager twin sibling relative grandchild grandson granddaughter
    landlord tenant flatmate housemate boss colleague client customer employee employer
    career interview meeting deadline task contract salary wage pension shift desk printer
    screen keyboard laptop tablet internet website password app video photo radio television
    speaker headphone charger battery cable plug socket switch bulb station platform airport
    traffic junction roundabout tunnel petrol fuel tyre wheel engine driver passenger
    luggage suitcase taxi van lorry truck plane boat ship ferry tram scooter motorbike
    bicycle pupil lesson homework exam subject pencil pen ruler notebook textbook classroom
    playground uniform term timetable library museum cinema theatre church restaurant cafe
    hotel pub bakery pharmacy chemist supermarket butcher hairdresser barber florist
    newsagent bookshop takeaway gym stadium square avenue lane alley corner village suburb
    neighbourhood estate farm factory warehouse account address advantage adventure
    agreement aim alarm album alternative ambition amount angle announcement answer
    apartment appeal appearance application appointment approach argument arrangement
    arrival aspect assignment assistance assistant atmosphere attempt attitude author
    authority award background balance band base basis beauty beginning behaviour belief
    benefit bench birth blame block board bone bonus border bottom boundary branch breath
    bunch burden cabin campaign candidate capacity captain category cause ceremony chain
    challenge champion channel character charge charity chart check chief circle
    circumstance claim clue coast code collection combination comment commitment committee
    comparison competition complaint concept concern conclusion condition conference
    confusion connection consequence content context contest contribution conversation copy
    council counter course cover crack craft credit crew crisis criticism crop currency
    curve custom cycle damage danger deal debate degree delay delivery demand department
    deposit depth description desire destination detail device diet direction disaster
    discipline discovery discussion dish display distance district division dozen draft
    drama duty edge edition editor element emergency emphasis encounter energy engineer
    entrance entry environment episode equipment error escape essay estimate exchange excuse
    exercise exit expense expert explanation expression extent factor failure faith fashion
    fault feature feedback fever fiction finding fitness flavour flight focus fortune
    foundation frame freedom function fund funeral gap generation gesture glance grade grain
    grant grocery growth guard guest guidance guide habit hall handle harm headline heat
    height highlight highway hint hole honour horror host household hunger identity illness
    impact impression improvement incident income increase independence index influence
    ingredient initiative injury input insight instance instruction insurance intention
    introduction invitation item journal judge judgement justice knowledge label labour
    landscape laughter lawyer layer league lecture length licence limit link load location
    log loss luck machine magic maintenance majority manner map margin mark measure medium
    mention mess method minority mission mixture mode motion motor movement mystery nerve
    notice object occasion offer opening operation opinion option order origin outcome
    outline output owner pace pain pair panel parade passage passion pattern pause payment
    peace penalty percentage performance permission phase phrase pile pilot pleasure poet
    poetry portion portrait possession possibility potential poverty praise preference
    preparation presence pressure principle print priority prize procedure profession
    profile profit progress promotion proof proportion proposal prospect protection protest
    purpose quality quantity quarter race range rank reaction reader reality recognition
    recording reduction reference reflection region relation release remark reminder repair
    replacement reply reputation request requirement reserve resident resistance resolution
    resort resource respect response responsibility review reward rhythm ride risk ritual
    rival rule rumour sample scale scene scheme scope sector security selection sentence
    sequence session setting shadow share shelter shock skill slice slope solution sort
    speech speed spirit sponsor spot stage stake standard statement status steam stock
    storage strain strategy strength stretch strike structure struggle stuff style substance
    success suggestion summary supply surgery survey symbol talent target taste technique
    tension territory theme theory therapy threat tip title tone topic touch tour trade
    tradition transfer transport treat trend trial trick triumph trust tune turn twist union
    unit university urge user variety vehicle venture version victory visit visitor volume
    vote warning wealth weight welcome welfare width winner wisdom wish witness wonder worth
    writer youth zone series language period future rest bit opportunity chance choice
    routine dream goal hope worry trouble mistake accident surprise advice help favour
    secret promise joke laugh smile tear sound noise silence song dance painting drawing
    poem novel chapter magazine newspaper diary calendar envelope stamp parcel package post
    gift present toy ball doll puzzle hobby sport football rugby cricket tennis golf hockey
    netball basketball baseball volleyball badminton squash snooker bowling boxing swimming
    running cycling walking hiking fishing knitting sewing gardening cooking baking singing
    reading writing photography chess crossword jigsaw quiz match score coach referee umpire
    pitch track trophy medal tournament fan crowd seat row queue audience concert festival
    exhibition gallery nature animal bird horse cow pig sheep goat duck goose rabbit mouse
    rat hamster frog snake spider bee wasp ant fly butterfly moth beetle worm snail fox deer
    squirrel owl robin sparrow crow pigeon seagull swan eagle bear wolf lion tiger elephant
    giraffe zebra monkey whale dolphin shark seal penguin crab pony donkey kitten puppy lamb
    calf foal joy anger happiness sadness stress anxiety relief pride shame guilt excitement
    boredom jealousy grief loneliness comfort doubt confidence curiosity embarrassment
    frustration gratitude disappointment regret delight panic patience sympathy mood feeling
    emotion temper courage kindness humour sorrow misery envy affection tenderness afternoon
    evening midnight noon today tomorrow yesterday tonight spring autumn winter decade
    century fortnight dawn dusk twilight sunrise sunset weekday anniversary second past date
    schedule storm fog mist frost ice thunder lightning drizzle sleet hail breeze gale
    hurricane tornado heatwave drought flood puddle rainbow sunshine temperature forecast
    umbrella raincoat climate nose mouth tooth tongue lip cheek chin neck shoulder elbow
    wrist finger thumb nail chest back stomach belly hip leg knee ankle toe heel skin
    eyebrow eyelash forehead jaw throat spine rib muscle blood brain lung liver kidney ear
    blouse jumper sweater cardigan trouser skirt sandal slipper trainer cap mitten belt tie
    collar sleeve pocket button zip hood vest waistcoat suit apron robe anorak fleece hoodie
    tracksuit swimsuit handbag purse wallet backpack rucksack necklace bracelet ring earring
    badge lanyard hammer screwdriver spanner wrench drill chisel ladder shovel spade rake
    trowel wheelbarrow hose mower axe bolt nut washer toolbox workbench tool brush broom mop
    bucket sponge cloth duster vacuum cash coin pound penny cent dollar euro receipt budget
    loan debt mortgage rent saving fee refund discount bargain sale cheque software update
    download server network router scanner podcast selfie blog forum inbox spreadsheet
    database browser algorithm gadget file folder document icon search signal armchair
    bookcase wardrobe stool cushion rug mat doormat duvet mattress quilt radiator boiler
    heater fireplace chimney attic loft cellar basement hallway landing corridor doorbell
    letterbox doorstep windowsill banister balcony patio conservatory dishwasher freezer
    microwave toaster blender grater peeler whisk ladle spatula sieve colander teapot
    teaspoon tablespoon saucer saucepan lid tin foil napkin tablecloth placemat coaster vase
    candle candlestick ornament photograph poster thermostat fuse meter dustbin compost
    laundry detergent peg clothesline hanger hamper plunger tap drain gutter drainpipe loaf
    roll bun crust crumb yolk omelette pancake waffle muffin scone doughnut croissant bagel
    noodle curry stew casserole roast steak mince lasagne risotto kebab wrap pickle mustard
    ketchup mayonnaise vinegar olive herb spice cinnamon nutmeg vanilla custard jelly trifle
    crumble flapjack brownie cookie popcorn lolly toffee fudge marmalade syrup treacle
    yoghurt cream sauce gravy pie sausage bacon ham burger chip vegetable bean pea mushroom
    cabbage lettuce cucumber garlic ginger spinach broccoli cauliflower sprout leek celery
    pumpkin melon cherry peach pear plum raspberry blueberry pineapple mango coconut lime
    lemon orange banana grape strawberry almond peanut walnut hazelnut cashew flour oat
    porridge cereal granola muesli raisin sultana currant fig apricot avocado courgette
    aubergine parsnip turnip beetroot radish asparagus artichoke chilli pepper sweetcorn
    lentil chickpea tofu prawn salmon tuna cod haddock mackerel sardine trout anchovy mussel
    oyster scallop squid venison meatball dumpling pastry quiche mousse sorbet milkshake
    smoothie lemonade cocoa soda cider lager whisky gin rum vodka brandy sherry cocktail
    broth dressing honey jam toast pudding dessert supper temple mosque synagogue cathedral
    chapel clinic dentist optician vet canteen bistro diner hostel motel plaza crossroads
    pavement kerb crossing underpass subway flyover bypass launderette greengrocer
    fishmonger ironmonger stationer jeweller pool arena precinct mall arcade boutique kiosk
    stall depot mill workshop studio bungalow cottage mansion tower skyscraper allotment
    cemetery graveyard churchyard forecourt harbour marina pier promenade seafront quay
    wharf dock lighthouse jetty canal towpath footpath bridleway cycleway bandstand fountain
    statue monument memorial lamppost signpost postbox bollard railing hedgerow verge layby
    carriageway toll carriage minibus cab caravan trailer tractor ambulance helicopter jet
    glider balloon yacht canoe kayak raft dinghy barge submarine rocket spaceship sledge
    skateboard unicycle tandem pram buggy pushchair wheelchair handlebar pedal saddle gear
    clutch accelerator windscreen wiper bonnet bumper exhaust indicator headlight dashboard
    mileage speedometer mechanic breakdown puncture jack commuter cyclist pedestrian
    conductor porter steward chauffeur receptionist secretary accountant solicitor barrister
    architect builder plumber electrician carpenter joiner decorator painter gardener
    cleaner caretaker janitor chef waiter waitress baker farmer fisherman postman courier
    soldier sailor firefighter detective journalist reporter photographer artist musician
    singer actor actress librarian scientist researcher professor lecturer tutor headteacher
    principal volunteer intern apprentice trainee supervisor chairman mayor councillor
    minister priest vicar nun monk shopkeeper cashier clerk banker broker agent designer
    programmer developer technician labourer miner tailor seamstress cobbler grocer nanny
    childminder babysitter housekeeper butler maid doorman lifeguard headmaster headmistress
    classmate schoolmate playtime lunchtime register blackboard whiteboard chalk marker
    crayon highlighter sharpener eraser protractor calculator compass stapler staple
    paperclip satchel lunchbox locker tuition scholarship diploma certificate semester
    revision coursework dissertation thesis detention prefect assembly curriculum syllabus
    seminar tutorial pebble boulder sand soil mud dust island cave waterfall desert jungle
    meadow valley stream brook creek pond marsh swamp bog moor heath lagoon reef bay cove
    estuary delta peninsula volcano glacier iceberg canyon gorge ravine ridge peak summit
    plateau prairie tundra orchard vineyard thicket copse grove woodland rainforest
    undergrowth moss fern ivy weed thistle nettle daisy buttercup dandelion daffodil tulip
    lily orchid sunflower poppy lavender bluebell primrose violet heather clover blossom bud
    petal stem thorn twig bark trunk acorn conifer pine oak ash elm beech birch willow maple
    holly yew chestnut sycamore cedar palm bamboo cactus vine shrub horizon planet moon
    ocean cliff hedgehog badger otter mole vole shrew weasel stoat ferret mink hare skunk
    possum porcupine bat llama camel buffalo bison moose elk reindeer antelope gazelle
    cheetah leopard panther hyena rhino hippo crocodile alligator tortoise turtle lizard
    chameleon iguana gecko newt salamander toad tadpole goldfish eel jellyfish starfish
    seahorse octopus lobster shrimp clam slug caterpillar ladybird grasshopper dragonfly
    mosquito midge gnat flea hornet bumblebee centipede millipede woodlouse earwig cockroach
    termite scorpion parrot budgie canary dove magpie jackdaw raven rook starling blackbird
    thrush wren finch swallow lark nightingale woodpecker kingfisher heron stork crane
    flamingo pelican puffin gull albatross ostrich emu peacock pheasant partridge grouse
    quail hen rooster drake gander falcon kestrel buzzard vulture hawk kite cub piglet chick
    duckling gosling fawn admiration amusement annoyance anticipation apathy awe bliss
    contentment contempt despair dismay dread elation enthusiasm euphoria fondness fury
    gloom glee homesickness hostility humiliation indignation irritation longing melancholy
    nostalgia optimism outrage pessimism pity rage remorse resentment satisfaction serenity
    shyness suspicion terror unease yearning zeal crochet embroidery quilting pottery
    woodwork carving origami calligraphy birdwatching stargazing angling rowing sailing
    canoeing climbing skiing skating surfing snorkelling diving camping jogging yoga karate
    judo fencing archery croquet bingo poker sudoku trivia karaoke choir orchestra guitar
    piano violin cello flute trumpet drum harp recorder clarinet saxophone trombone
    accordion ukulele harmonica banjo tambourine xylophone mallet hacksaw sander rasp awl
    clamp vice anvil crowbar pickaxe sledgehammer tack rivet hinge bracket dowel ratchet
    pitchfork sickle scythe strimmer hosepipe sprinkler fertiliser pesticide desktop monitor
    webcam microphone cursor pixel modem backup upgrade upload login username attachment
    hashtag emoji meme chatbot console joystick controller headset earphone earbud
    smartphone touchscreen adapter hardware firmware widget bug glitch virus malware
    firewall encryption bandwidth broadband livestream playlist subtitle thumbnail
    screenshot wallpaper notification ringtone voicemail absence academy accent acceptance
    access accommodation achievement acid addition advert advertisement affair agency agenda
    aid aircraft alcohol ally apology appetite applause architecture arrow asset baggage
    bandage bar barrel barrier basin beard beast beef bell bet bin biology bishop bite blade
    blind blow bond booth borough bow bride bridegroom brochure bronze bubble buddy bull
    bundle burglar bush cabinet cage cane carbon cargo cart cartoon carton castle catalogue
    cattle cell chord chorus cigarette circuit citizen clay cloak clothing coal coffin
    column comedy companion composer compound contrast convention cord cough counsel
    countryside county courtyard cradle crash crater creature critic crown cruise crystal
    cuisine cure dairy dam darkness dash deck decoration defeat defence democracy deputy
    diagram dialogue diamond dice dictionary dignity dinosaur diplomat dirt disc disease
    dispute ditch dome donation dose dot dough dragon earth earthquake echo economy election
    electricity elevator entertainment equation era errand expedition experiment explosion
    fabric fame fate feast feather fibre fist flag flame flash fleet flesh flock flu fluid
    foam folk format fort fossil fraction fragment fraud friendship fun fur furniture galaxy
    gang gas gem genius ghost giant glue gold gossip gown grace grammar graph grave gravity
    grin grip habitat handkerchief harvest hay heaven helmet hero hook horn hut hymn
    illusion inn insect instrument ivory jail jazz jewel jury king kingdom kiss kit knight
    knot lace lady lap laser legend lens lift limb liquid litre lobby lodge lord lottery
    lounge lump mail mammal marriage mask mast melody membership menu merchant mercy metre
    mile mineral mint miracle moisture monster mound moustache mule myth narrator navy nest
    net nickname nurse oath odour orbit organ outfit ox pack packet pad paint palace
    passport pasta paste patch patrol paw pearl perfume pet picnic pill pillar pin pint pipe
    pirate pit plot pole port prayer prince princess prison prisoner pump puppet pyramid
    quarrel queen rack radar rail ranch razor relay remedy reptile rescue ribbon riddle rim
    ripple robot rod ruin runway rust sack sail satellite scar scent scout scratch scream
    script sculpture servant shade shell sheriff shield shin shrine sickness sigh siren
    skeleton sketch ski skull slide slot smoke sneeze sole spark spear spike spray squad
    stable stain stick sting stitch stove straw stripe sum sunlight sweat sword tail tale
    tank telephone tent terrace thief throne tide tile timber tomb ton trail treasure tribe
    tube universe vault veil vein visa wagon waist wand waste wave wax wheat whip whisper
    whistle wig wildlife wing wire wizard wool yawn zoo rota handover bleep alcove anteroom
    antler apiary aqueduct armband arrowhead ashtray aviary backgammon backwater bailiff
    ballast bannock barbecue barometer bathrobe battlement beanbag beanstalk bedpost
    bedspread beehive biplane birdcage birdsong blackcurrant bluebottle boardwalk bolthole
    bonfire bookstall broadsheet brooch brisket bucketful buttonhole caddy campfire campsite
    cardboard carport carthorse catapult catflap chaffinch chalkboard cheeseboard chessboard
    chipmunk chopstick clipboard cloakroom clocktower clog coleslaw cornflower cornfield
    countertop cowshed crate crescent cubbyhole cuckoo cupcake cutlery daybed deckchair
    dishcloth dormouse doorframe doorknob driftwood drumstick duckpond dustsheet dynamo
    earthenware eggshell elderberry fairway farmhouse farmyard fieldfare fireguard firewood
    fishbowl flagpole flashlight flatbread floorboard flowerpot footstep forelock forklift
    foxglove frostbite gangway gardenia garnish gatehouse gingham glasshouse goldcrest
    gooseberry grandstand grapefruit greenfly grindstone groundsheet guardrail guesthouse
    gumdrop hailstone hairband hairnet hallstand hammerhead handbrake handcart handshake
    hangar harebell harvester hatband headboard headlamp headscarf hearthstone heirloom
    highchair hillside hilltop hobbyhorse holdall homestead honeycomb honeysuckle hoop
    horsefly horseshoe hotplate houseboat houseplant hummingbird icebox inkpot jellybean
    keepsake lacewing lamplight landfill lapel larkspur leaflet letterhead lifeboat
    limestone linen lipstick loafer locket lodger logbook longboat loudspeaker mailbox
    mainsail mandolin marigold marketplace matchbox milkman mincemeat mistletoe moccasin
    moneybox moorhen mousetrap mudflat nailfile neckerchief nectarine nightjar noticeboard
    nutcracker nutshell oatcake outbuilding overcoat oxbow paddock pannier paperback
    parakeet parsley pebbledash penknife periwinkle piccolo pickup pigsty pillowcase
    pinstripe pipework platter playpen ploughman pocketbook pondweed porthole powerboat
    quayside quicksand railcard railway rainwater rambler rattan recliner redcurrant rhubarb
    ringlet riverbank roadside rooftop rosebush rosehip rowan rubble saltmarsh sandcastle
    sandbank sandstone sapling sawdust scallion schoolbag schoolyard scrapbook seashell
    seaside seaweed seedling sheepdog shipyard shoestring shopfront shortbread showroom
    sideline signboard silverware slipway slowworm snowdrop snowflake snowdrift soapstone
    songbird soundtrack sparkler spinney springboard stagecoach stairwell steamboat
    stockroom stonework storeroom streetlight sugarloaf sunbeam sundress sunroom surfboard
    swallowtail sweetshop tailback teabag teashop teatime thermometer thumbtack tinfoil
    tollgate tombstone toolshed towrope treetop tugboat vestry walkway wallflower warbler
    washbasin wastebasket watchtower waterbed watercolour watercress waterfront watermelon
    waxwork wayfarer wildflower windowpane wineglass wisteria woodpigeon workroom wristband
    wristwatch yardstick yearbook abacus almanac amulet anchor aquarium arbour archway
    armoire awning axle bagpipe baguette balustrade bandana barnacle barrow bassinet baton
    bauble beacon beaker bellows belfry bib birdbath blancmange blimp blotter boathouse
    bobbin bodkin bolster bookend bookmark boomerang bootlace bouquet bowler bracken brazier
    breadbin brolly buckle bugle bunting buoy burrow bustle buttress canister canopy capstan
    carafe carousel cartwheel casket cassock castanet cauldron censer chalice chandelier
    chutney cistern clapper cleaver clothespin cobble cobweb coffer conker coracle corkscrew
    cornice coverlet cowbell cowl cravat creel crinoline crockery crook crossbow crouton
    cruet cudgel cufflink culvert cupola curlew cutlass damson decanter dibber divot doily
    dormer dovecote drawbridge dredger dresser dugout dumbwaiter dustpan earmuff easel
    eiderdown ember epaulette ewer eyelet fanlight farthing fascinator fender ferrule
    fetlock fiddle filigree finial firkin flagon flagstone flannel flask flatiron flint
    flotsam flue flywheel fob fondue footstool forge fretwork frond funnel furrow gable
    gaiter galosh gangplank gantry garland garret gatepost gauntlet gazebo gimlet girder
    girdle gizzard goblet gondola gong gourd gramophone granary grapple gravel griddle
    gristle grommet grotto gruel gumboot gusset haberdashery haggis halter hammock handrail
    harness harpoon hassock hatchet hayloft haystack hearth hearthrug helm hessian hob
    hobnail hod hoist holster hopscotch horsebox hourglass housecoat hubcap humbug hurdle
    hutch icicle inglenook inkwell jamb jerkin joist junket keel kennel kerchief kettledrum
    keystone kiln kilt kindling kipper knapsack lacquer lampshade lantern larder latch
    lattice lectern ledger lichen lintel lodestone loom lozenge lute mangle manger
    mantelpiece marquee marrow mattock maypole meringue mezzanine milestone millpond
    millstone minaret mitre moat monocle mortar muffler musket nappy nightcap nosegay nozzle
    oar oilcloth omnibus outhouse padlock paddle pail palette pallet pantry parapet parasol
    parchment pasty patchwork pawn pelmet pennant pestle petticoat pewter pinafore
    pincushion pinwheel pipette placard plinth plough plughole plumb pommel poncho porringer
    portcullis posy poultice pulley pumice punnet quiver quill quoit rafter rampart rattle
    rickshaw rocker rosette rowlock rudder sackcloth saddlebag sampler sandbag sandpaper
    sash scabbard scaffold sconce scullery semaphore settee shawl sheaf shingle shoehorn
    shutter signet skein skillet skittle slate slingshot sluice smock snood snorkel soapdish
    spigot spindle spinnaker spittoon spool sporran sprocket spyglass squeegee stalactite
    stalagmite steeple stencil stile stirrup stockade stockpot stopwatch strongbox sundial
    sunhat surplice tabard taffeta tallow tankard taper tapestry tarpaulin tassel teacake
    teacup thatch thimble thresher tiara tiller timpani tinderbox toadstool toboggan toggle
    tongs topiary totem trapdoor trawler treadle trellis trestle trinket tripod trivet
    trolley trough truncheon tureen turnstile turret tweed twine urn valance vane vat
    veranda vestibule viaduct visor wainscot washboard washstand weathervane wheelhouse
    whetstone whirligig wicker wimple windlass windmill winch wok woodpile woodshed
    workbasket wreath yoke zither bobble bramble cagoule candyfloss cappuccino doorstop
    dustcart eggcup fairground fishcake flowerbed footbridge gingerbread glovebox goalpost
    greenhouse hairbrush hairgrip hatstand kerbstone keyring lawnmower lifebelt lightbulb
    lollipop mudguard nailbrush nightlight oilskin paintbrush paperweight pegboard pepperpot
    pinecone plimsoll pocketknife postcard potholder rockery rowboat sandpit saltcellar
    scarecrow seesaw shoebox shoelace sideboard skylight snowball snowman snowplough soapbox
    stepladder sunbed sunroof sunshade telescope toothbrush toothpaste toothpick toyshop
    trampoline treehouse tricycle tumbler typewriter windbreak woodburner
    """.split()  # noqa: SIM905 (the words read best as running text)
)

PAST_VERBS: tuple[str, ...] = tuple(
    """
    said went got made knew thought took saw came wanted looked used found gave told worked
    called tried asked needed felt became left put meant kept let began seemed helped showed
    heard played ran moved lived believed brought happened wrote sat stood lost paid met
    included continued set learned changed led understood watched followed stopped created
    spoke read spent grew opened walked won taught offered remembered considered appeared
    bought served died sent built stayed fell cut reached raised passed sold decided
    returned explained hoped developed carried broke received agreed supported hit produced
    ate covered caught drew chose wore forgot slept drank drove flew rode swam sang rang
    threw blew hung hid shook woke froze stole struck swung stuck stung spun dug fed fled
    fought lent sought beat bled burst cast clung crept dealt held hurt knelt laid lay leapt
    lit mistook overheard overslept overtook proved quit rose sank shone shot shrank shut
    slid smelt sped spat split spread sprang stank strode swept swore tore trod undid wept
    wrung withdrew forgave foresaw overcame undertook underwent arose awoke bore bound
    accepted achieved added admitted advised afforded aimed allowed announced answered
    applied appreciated approached argued arranged arrived assumed attached attempted
    attended avoided baked bathed begged behaved belonged blamed blinked boiled booked
    borrowed bothered bounced breathed brushed bumped burned buried calculated calmed camped
    cancelled cared carved caused celebrated chased chatted checked cheered chewed chopped
    claimed clapped cleaned cleared climbed closed collapsed collected combined commented
    complained completed concentrated confirmed connected contacted contained controlled
    copied corrected coughed counted cracked crashed crawled crossed cried cured curled
    cycled damaged danced dared declared decorated delayed delivered demanded denied
    depended described deserved designed destroyed dipped disagreed disappeared discovered
    discussed disliked divided doubted dragged drained dreamed dressed dried dripped dropped
    earned emptied encouraged ended enjoyed entered escaped examined existed expanded
    expected explored expressed faced failed fancied fastened feared fetched filed filled
    finished fitted fixed flashed floated flooded flowed folded forced formed fried
    frightened gathered gazed glanced grabbed grinned guarded guessed guided hammered handed
    harmed hated headed healed heated hopped hugged hummed hunted hurried identified ignored
    imagined improved increased informed injured insisted interrupted introduced invented
    invited ironed itched jogged joined joked judged jumped kicked kissed knitted knocked
    labelled landed lasted laughed launched licked lifted liked limped listed listened
    loaded locked longed loved managed marched marked married matched measured melted mended
    minded missed mixed moaned mowed muttered nailed named nodded noted noticed objected
    observed obtained occurred ordered owned packed paddled painted parked paused pedalled
    peeled phoned picked pinched placed planned planted pleaded pointed popped poured
    practised prayed preferred prepared presented pressed pretended prevented printed
    promised protected provided pulled pumped punished pushed puzzled queued questioned
    raced rained realised recognised recorded reduced refused regretted rejected released
    relied remained reminded removed repaired repeated replaced replied reported requested
    rescued rested revealed rinsed risked rolled rubbed ruled rushed sailed saved scattered
    scolded scratched screamed searched settled shaved shivered shopped shouted signed
    sipped skipped slipped smashed smiled smoked sneezed snored snowed solved sorted sounded
    sparkled spelled spilled spoiled sprayed squeezed stared started steered stepped stirred
    stored strapped strayed stretched stuffed succeeded suffered suggested supplied supposed
    surrounded suspected swapped switched talked tasted teased telephoned tended tested
    thanked ticked tickled tidied timed tipped touched towed traced traded trained
    transferred trapped travelled treated trembled tricked tripped trotted trusted tucked
    tumbled turned typed unlocked unpacked untied vanished visited waited wandered warmed
    warned washed wasted waved weighed welcomed whispered whistled wiped wished wobbled
    wondered wrapped wrecked yawned yelled zipped zoomed abandoned absorbed accompanied
    acknowledged acquired adapted adjusted admired adopted advanced advertised affected
    altered amused analysed anticipated apologised appealed appointed approved assessed
    assigned assisted assured astonished attracted awarded backed balanced bargained
    beckoned benefited blocked boasted bowed braced breezed budgeted buzzed campaigned
    captured catered cautioned ceased challenged charged charmed cherished choked circled
    clarified clicked clipped coached coated coloured combed comforted commanded committed
    communicated compared competed composed concealed conceded concluded conducted confessed
    confided confronted congratulated consented consisted consoled constructed consulted
    consumed contemplated contributed converted convinced coped crafted crammed craved
    criticised crumbled crushed dabbed dangled dashed dazzled debated declined decreased
    dedicated defeated defended defined deleted demonstrated departed deposited descended
    deserted desired detected determined devoted dictated differed digested directed
    discarded disguised dismissed dispatched displayed distracted distributed disturbed
    dived donated doubled downloaded drafted draped drifted drilled dumped dwelt edited
    elected embarked embraced emerged employed enabled enclosed encountered endured engaged
    enquired enrolled ensured entertained erased established estimated evaluated evolved
    exaggerated exceeded exchanged excluded exercised exhibited expired exploded exposed
    extended fainted faded favoured featured fenced figured filmed filtered fired flapped
    flattened flicked flipped flocked flourished fluttered focused forged fostered founded
    framed freed frowned fuelled funded gained galloped gambled gasped generated gestured
    giggled glowed granted grasped greeted grieved grilled gripped groaned guaranteed
    handled harvested hastened hauled heaved hesitated highlighted hired hosted housed
    hovered howled hunched hushed illustrated implied imposed impressed indicated inherited
    inserted inspected inspired installed instructed intended interfered interpreted
    intervened interviewed invested investigated involved issued jammed juggled justified
    lacked lagged leaked leaned lectured levelled lingered linked lodged logged lowered
    maintained mapped marvelled mastered memorised mentioned merged mimicked misplaced
    mocked modelled modified monitored mounted mourned multiplied murmured narrowed
    navigated neglected negotiated nominated notified nursed obeyed occupied omitted
    operated opposed outlined overlooked owed panicked paraded participated pasted patted
    paved pecked peeped perceived performed permitted persisted persuaded photographed
    pitched plotted plunged possessed posted postponed praised preached predicted presumed
    priced proceeded processed programmed progressed prompted pronounced proposed prospered
    protested published punctured purchased pursued qualified quoted rallied ranked rated
    reacted reassured rebuilt recalled reckoned recommended recovered recruited recycled
    referred reflected refreshed refunded registered rehearsed reinforced rejoiced related
    relieved relocated remarked renewed rented repaid resembled reserved resigned resisted
    resolved respected responded restored restricted resulted resumed retired retreated
    retrieved reunited reversed reviewed revised revived rewarded rewrote ripped roamed
    roared rotated rounded rowed ruined rumbled sacrificed sampled satisfied scanned
    scheduled scored scraped screened sealed secured seized selected sensed separated shaped
    shared sheltered shifted shrugged sighed signalled simplified sketched skated slammed
    sliced slumped smelled snapped snatched soaked soared sobbed specified spotted sprinkled
    squashed squealed stacked staged stained stamped stapled startled starved stated
    stitched strengthened stressed stripped strolled struggled studied stumbled submitted
    substituted summarised summoned supervised surveyed survived suspended swallowed sweated
    tackled tagged tightened tilted tolerated topped toured trailed transformed translated
    transported treasured trimmed troubled tugged twisted underlined unfolded united updated
    upgraded uploaded urged valued varied ventured verified viewed voiced volunteered voted
    waded wagged wailed waived whipped whirled widened witnessed dawdled scribbled ambled
    meandered sauntered trudged plodded shuffled scurried scampered tiptoed lumbered
    staggered loitered fidgeted fumbled rummaged pottered tinkered dabbled doodled scrawled
    jotted mumbled grumbled chuckled snorted winced flinched scowled grimaced smirked beamed
    blushed gulped slurped munched nibbled gobbled devoured savoured guzzled dozed napped
    snoozed slouched sprawled lounged perched squatted crouched hobbled sidled trekked
    sprinted darted bolted hurtled swerved skidded veered braked dithered faltered wavered
    pondered mulled fretted brooded sulked moped pouted griped bickered squabbled quarrelled
    haggled bartered procrastinated meddled pestered nagged coaxed cajoled wheedled badgered
    reprimanded complimented flattered soothed cuddled snuggled nestled swaddled rocked
    lulled crooned warbled yodelled jingled tinkled rattled clattered clanged thudded
    thumped creaked squeaked rustled crunched crackled sizzled simmered stewed braised
    poached roasted toasted basted drizzled kneaded whisked sifted grated diced minced
    mashed scrambled buttered glazed garnished scrubbed mopped dusted scoured darned patched
    hemmed crocheted embroidered sewed pinned snipped pruned weeded raked watered sowed
    potted repotted plucked heaped hoarded stashed ransacked scavenged salvaged composted
    tottered teetered swayed lurched jolted jostled elbowed nudged prodded poked tapped
    stroked ruffled tousled smoothed fluffed plumped straightened decluttered rearranged
    reshuffled skimmed browsed leafed thumbed perused glimpsed peered squinted winked glared
    gawped gaped drowsed roused sweltered basked sunbathed splashed bobbed capsized moored
    docked anchored punted freewheeled coasted skied sledged tobogganed hiked rambled
    toddled waddled pranced leapfrogged somersaulted cartwheeled clambered scaled abseiled
    jiggled wiggled wriggled squirmed writhed twitched spluttered stammered stuttered
    babbled prattled nattered gossiped chattered chirped tweeted cooed clucked quacked
    honked barked growled purred mewed hissed neighed bleated mooed grunted squawked droned
    whirred beeped pinged chimed tolled pealed hooted tooted
    """.split()  # noqa: SIM905 (the words read best as running text)
)

ADJECTIVES: tuple[str, ...] = tuple(
    """
    good new old great big small large little long short high low young early late important
    different whole real best better worse worst sure free full special easy hard clear
    recent certain personal open red white black blue green yellow brown grey pink purple
    difficult available likely national political social local human major public private
    possible economic true international strong hot cold warm cool dry wet dark bright heavy
    quick slow fast simple single common poor natural significant similar entire close nice
    happy serious ready physical general financial legal main huge popular traditional
    cultural wide rich fine beautiful wrong proper tiny tall thin thick deep flat round
    sharp soft smooth rough loud quiet busy empty clean dirty fresh sweet sour bitter salty
    spicy tasty delicious healthy sick tired hungry thirsty sleepy angry sad glad lucky
    lonely proud shy brave calm kind gentle polite rude friendly funny silly clever smart
    wise noisy lazy careful careless honest cheerful grumpy nervous anxious worried scared
    afraid excited bored curious jealous grateful thankful sorry confused upset cross modern
    ancient current previous former final total basic primary secondary central average
    normal usual typical regular daily weekly monthly annual frequent rare unusual strange
    odd weird familiar famous obvious complex complicated useful useless helpful harmful
    safe dangerous risky secure steady constant permanent temporary brief rapid gradual
    sudden immediate instant urgent prompt punctual patient impatient generous mean selfish
    fair unfair equal unequal cheap expensive costly valuable precious worthless wealthy
    comfortable uncomfortable cosy snug spacious cramped crowded tidy messy neat untidy
    organised chaotic pretty handsome lovely gorgeous attractive elegant plain ugly scruffy
    shabby dull vivid pale faint dim shiny glossy sparkling mild chilly freezing icy frosty
    snowy rainy windy cloudy sunny foggy misty stormy humid damp muggy breezy wintry stale
    ripe rotten raw cooked juicy crunchy crispy creamy chewy tender tough greasy oily bland
    savoury sugary fruity nutty cheesy lemony light solid hollow firm loose tight stiff
    flexible fragile sturdy delicate weak narrow broad slim slender skinny plump chubby
    stocky lean shallow steep near far distant remote nearby foreign domestic rural urban
    suburban coastal inland elderly fashionable trendy stylish casual formal informal idle
    vacant gloomy jolly merry joyful miserable glum cruel harsh strict lenient tense relaxed
    restless peaceful rowdy intelligent brilliant foolish daft sensible reasonable rational
    logical practical hectic frantic leisurely sluggish energetic lively active bold daring
    timid cautious wary reckless tardy able alive aware wonderful terrible awful horrible
    dreadful excellent perfect amazing fantastic marvellous superb splendid pleasant
    unpleasant nasty horrid grim bleak cheerless dreary dismal drab colourful pastel golden
    wooden woollen electric digital offline mobile wireless manual automatic mechanical
    technical medical clinical mental emotional spiritual moral ethical academic scientific
    artistic musical literary historical geographical industrial commercial professional
    amateur official unofficial illegal valid invalid correct incorrect accurate inaccurate
    exact precise vague approximate specific particular detailed thorough concise lengthy
    endless infinite limited unlimited maximum minimum extra spare additional surplus enough
    sufficient adequate inadequate ample scarce plentiful abundant isolated bustling
    tranquil serene idyllic picturesque scenic charming quaint homely welcoming hospitable
    hostile unfriendly aloof outgoing sociable chatty talkative silent speechless breathless
    restful tiring exhausting demanding challenging rewarding satisfying fulfilling
    frustrating annoying irritating infuriating maddening baffling puzzling confusing
    bewildering surprising shocking startling alarming worrying frightening terrifying scary
    spooky eerie creepy haunted mysterious hidden visible invisible subtle slight minor
    massive enormous gigantic vast immense colossal mighty powerful forceful feeble frail
    sickly poorly unwell ill ailing queasy dizzy drowsy weary exhausted sore achy itchy
    sticky slimy slippery muddy dusty grimy grubby filthy spotless immaculate pristine
    polished gleaming glittering shimmering twinkling glowing blazing fiery burning
    scorching boiling sweltering balmy tepid lukewarm chilled frozen soggy sodden soaking
    drenched parched arid barren fertile lush verdant leafy overgrown wild tame feral native
    exotic tropical arctic polar alpine rocky sandy grassy boggy marshy hilly mountainous
    level uneven bumpy winding twisty straight crooked curved wavy curly frizzy fluffy fuzzy
    furry hairy bald shaggy woolly silky velvety coarse gritty grainy lumpy knobbly spiky
    prickly thorny jagged blunt keen eager willing reluctant hesitant unsure doubtful
    sceptical suspicious trusting naive innocent guilty ashamed sheepish bashful coy modest
    humble arrogant smug conceited vain boastful cheeky mischievous playful cheery chirpy
    bubbly bouncy perky sprightly spry nimble agile clumsy awkward graceful dainty petite
    portly burly brawny muscular wiry lanky gangly gawky willowy svelte quirky eccentric
    zany whimsical wacky kooky offbeat peculiar bizarre outlandish twee chintzy frilly fussy
    ornate gaudy garish flashy showy glitzy tacky kitschy threadbare lopsided rickety
    ramshackle dilapidated frayed tatty crumpled creased rumpled dishevelled bedraggled
    squelchy musty mouldy fusty stuffy draughty nippy gnarled knotted wizened wrinkled
    weathered rugged craggy pebbly undulating potholed cobbled mossy ivied rustic homespun
    handmade homemade flimsy tinny rattly creaky squeaky wobbly shaky unsteady robust hardy
    hearty wholesome nourishing filling stodgy starchy doughy mushy runny watery syrupy
    gooey gloopy tangy zesty piquant peppery mellow buttery smoky charred burnt crusty flaky
    crumbly moist succulent rubbery leathery stringy bony fatty meaty neighbourly courteous
    considerate thoughtful caring compassionate sympathetic understanding supportive
    encouraging reassuring comforting soothing calming relaxing refreshing invigorating
    bracing brisk crisp radiant beaming smiling grinning laughing giggly tearful weepy
    sobbing mournful sorrowful doleful wistful pensive dreamy absent forgetful scatty groggy
    bleary sleepless fidgety jittery jumpy edgy twitchy tetchy testy snappy grouchy crabby
    crotchety cantankerous irritable touchy huffy sulky moody stroppy stubborn obstinate
    headstrong wilful resolute steadfast loyal faithful dutiful dependable reliable
    trustworthy responsible conscientious diligent hardworking industrious productive
    efficient effective capable competent skilful skilled experienced seasoned inexperienced
    fledgling budding promising talented gifted astute shrewd canny savvy streetwise worldly
    sophisticated refined cultured suave debonair dapper natty spruce trim dowdy frumpy
    ordinary everyday mundane humdrum boring tedious monotonous repetitive uneventful
    eventful exciting thrilling exhilarating breathtaking stunning dazzling spectacular
    magnificent glorious grand majestic stately imposing impressive striking remarkable
    notable memorable unforgettable historic legendary mythical magical enchanting
    delightful adorable cute dear beloved favourite chosen ideal flawless faultless
    impeccable orderly methodical systematic haphazard random sporadic occasional
    intermittent continual continuous perpetual eternal timeless ageless youthful juvenile
    childish childlike boyish girlish grown mature middle senior junior elder older younger
    newborn teenage
    """.split()  # noqa: SIM905 (the words read best as running text)
)

ADVERBS: tuple[str, ...] = tuple(
    """
    really also however still even never always often already perhaps maybe probably
    actually certainly quickly slowly quietly loudly carefully easily simply clearly nearly
    almost quite rather fairly especially usually normally generally finally suddenly
    recently soon later together away ever yet instead anyway indeed else otherwise abroad
    ahead apart aside afterwards anywhere everywhere somewhere nowhere elsewhere upstairs
    downstairs indoors outdoors overseas well absolutely completely totally entirely fully
    partly mostly largely mainly merely purely barely hardly scarcely slightly somewhat
    highly deeply greatly strongly badly directly exactly precisely roughly approximately
    apparently obviously evidently surely definitely possibly presumably supposedly
    seriously honestly frankly truly genuinely literally basically essentially practically
    virtually effectively particularly specifically notably increasingly gradually steadily
    rapidly immediately instantly promptly eventually ultimately initially originally
    previously currently presently lately formerly briefly temporarily permanently
    constantly continually regularly frequently occasionally rarely seldom sometimes
    typically naturally happily sadly luckily unfortunately fortunately hopefully thankfully
    surprisingly interestingly curiously oddly strangely amazingly remarkably incredibly
    extremely terribly awfully dreadfully horribly wonderfully beautifully nicely kindly
    gently softly silently calmly patiently politely rudely angrily crossly grumpily
    cheerfully gladly eagerly keenly anxiously nervously cautiously carelessly casually
    lazily idly busily hastily hurriedly swiftly briskly smoothly neatly tidily messily
    clumsily awkwardly gracefully elegantly proudly humbly shyly timidly boldly bravely
    firmly tightly loosely freely openly privately secretly publicly officially formally
    informally warmly coldly coolly bitterly sweetly fondly lovingly tenderly affectionately
    playfully jokingly teasingly solemnly gravely sombrely wistfully dreamily sleepily
    drowsily wearily tiredly groggily sheepishly guiltily apologetically sympathetically
    gratefully begrudgingly grudgingly reluctantly willingly impatiently restlessly fitfully
    sporadically haphazardly randomly deliberately intentionally accidentally inadvertently
    absentmindedly distractedly thoughtfully mindfully diligently dutifully meticulously
    painstakingly thoroughly properly correctly wrongly rightly unfairly equally evenly
    unevenly separately jointly mutually individually personally locally nationally globally
    widely narrowly closely distantly remotely indirectly figuratively nowadays meanwhile
    sometime someday somehow anyhow altogether overnight online upstream downstream forward
    forwards backwards sideways homeward onward outward inward upward downward likewise
    moreover furthermore nevertheless nonetheless therefore hence thus accordingly
    consequently besides regardless respectively alternatively additionally similarly
    conversely incidentally admittedly arguably undoubtedly unquestionably plainly hugely
    massively enormously vastly considerably substantially significantly moderately
    reasonably relatively comparatively marginally fractionally partially halfway midway
    """.split()  # noqa: SIM905 (the words read best as running text)
)
