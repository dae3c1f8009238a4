"""Round 12 of issue 14's evaluation: 160 replies (80 that judge the author's past decision)
from two helpers who saw only the labeling guide (guard_round2.md), never the rules, the model,
the corpora or the code: nurse practitioners, ward managers, bank and student nurses, trainee
psychotherapists, hospital pharmacists, outreach nurses, midwifery support workers (London,
Cardiff, Saskatchewan, Nairobi, Christchurch, Florida, Newcastle, Chennai); GP registrars,
paediatric and dental nurses, drug-and-alcohol workers, stroke physios, care coordinators,
dispatchers, rural doctors (Edinburgh, Galway, Manitoba, Kampala, outback Queensland, Oregon,
Plymouth, Dhaka). Measured untouched with the rules and the model trained on rounds 1 to 6, 8
and 9, then trained on: see test_guard.py and bench/README.md. Entries as in guard_corpus."""

ROUND_12_Q = [
    (
        (
            "Genuine question, not trying to pile on: why did you chart it as given if you hadn't "
            "seen her swallow it?"
        ),
        "why did you chart it as given if you hadn't seen her swallow it?",
    ),
    (
        "sry but thats on u tbh. inexcusable to skip the pre-op fasting check",
        "thats on u",
    ),
    (
        (
            "Someone should have been there to support you after the incident — that's the bit "
            "that makes me angry. Where was your ward manager?"
        ),
        None,
    ),
    (
        (
            "You ought to have escalated the moment the sats dipped below 90. But I'm glad the "
            "patient pulled through and I hope you're ok."
        ),
        "You ought to have escalated the moment the sats dipped below 90",
    ),
    (
        "Completely avoidable. The allergy was in red on the front of the notes.",
        "Completely avoidable",
    ),
    (
        (
            "25 years in critical care outreach and I can count on zero fingers the times I've "
            "let a query sepsis sit for a shift. Sorry, but it needs saying."
        ),
        "I can count on zero fingers the times I've let a query sepsis sit for a shift",
    ),
    (
        (
            "So sorry this happened to you. Reading it back though, it was frankly a careless "
            "slip and I think owning that will help you."
        ),
        "it was frankly a careless slip",
    ),
    (
        "If you'd only waited for the pharmacist to verify, this wouldn't even be a post.",
        "If you'd only waited for the pharmacist to verify",
    ),
    (
        (
            "The infusion pump in that trust is obviously badly designed — three of our bank "
            "staff have mis-programmed it this year. Please put in a Datix about the pump itself."
        ),
        None,
    ),
    (
        (
            "Trainee psychotherapist in London. I once forgot to give a client the crisis line "
            "number at the end of a session and spent the whole weekend terrified. I should have "
            "had it ready and I didn't — I'm telling you so you know it happens to all of us, not "
            "just you."
        ),
        None,
    ),
    (
        (
            "What did your manager say when you reported it? Mine was brilliant about it and it "
            "made such a difference."
        ),
        None,
    ),
    (
        (
            "I'm a hospital pharmacist in Chennai and I made an almost identical dosing error "
            "during my preregistration year. It was one of the worst weeks of my life. What got "
            "me through was my tutor saying: 'the fact you're this upset means you're safe.' "
            "Passing that on to you."
        ),
        None,
    ),
    (
        (
            "We could all do with remembering that the pressure on wards right now is insane. Why "
            "do we keep expecting perfection from exhausted people?"
        ),
        None,
    ),
    (
        (
            "The patient's ID should've been confirmed against the prescription chart, that's the "
            "whole point of the five rights."
        ),
        "The patient's ID should've been confirmed against the prescription chart",
    ),
    (
        (
            "Outreach nurse in Newcastle here. Deteriorating patients on a busy ward get missed "
            "by brilliant people every single week. It's why we exist. How are you sleeping?"
        ),
        None,
    ),
    (
        "Basic error. Move on.",
        "Basic error",
    ),
    (
        "Why didn't you just ask the midwife in charge? She was literally on the unit.",
        "Why didn't you just ask the midwife in charge?",
    ),
    (
        ("Fluid balance needed to be tracked hourly on someone in AKI, that's just the reality."),
        "Fluid balance needed to be tracked hourly on someone in AKI",
    ),
    (
        (
            "I mean... what did you think would happen if you left a confused patient alone with "
            "the bed rails down?"
        ),
        "what did you think would happen",
    ),
    (
        "Honestly? Entirely foreseeable. NEWS of 7 and nobody called us for four hours.",
        "Entirely foreseeable",
    ),
    (
        (
            "Maybe ask for a meeting with your PEF? They're usually really good at helping "
            "students work through this stuff."
        ),
        None,
    ),
    (
        "Isn't that exactly why we have the Sepsis Six on the wall?",
        "Isn't that exactly why we have the Sepsis Six on the wall?",
    ),
    (
        (
            "I've read this three times and my heart goes out to you. Community visits on your "
            "own are so isolating, and I remember how heavy the caseload was when I was doing "
            "them in Chennai. Still, leaving without checking the fridge temp log was a shortcut, "
            "and I think you know that. None of that makes you a bad nurse. Get some rest, talk "
            "to your team lead, and please update us."
        ),
        "leaving without checking the fridge temp log was a shortcut",
    ),
    (
        "I'd love to know what the reasoning was for skipping the second check.",
        "I'd love to know what the reasoning was for skipping the second check",
    ),
    (
        (
            "**Things that helped me after my drug error:**\n- telling my partner the whole story "
            "out loud\n- writing a reflection I never had to hand in\n- a chat with occ health\n- "
            "time\n\nYou'll get through this."
        ),
        None,
    ),
    (
        (
            "Hindsight is 20/20 and all that, but the warning signs were sitting right there in "
            "the obs chart."
        ),
        "the warning signs were sitting right there in the obs chart",
    ),
    (
        (
            "Next time you could ask for a buddy on the unit for your first few shifts — bank "
            "staff are totally entitled to that and it's not weakness."
        ),
        None,
    ),
    (
        (
            "Long-time lurker, first post. I'm a student nurse in Newcastle and reading stories "
            "like yours honestly makes me less scared, because it shows real people make mistakes "
            "and survive them. Thank you for being brave enough to share."
        ),
        None,
    ),
    (
        (
            "Why do these stories always happen on nights with half the staff? It's obvious the "
            "staffing model is the problem here."
        ),
        None,
    ),
    (
        ("One has to wonder whether the discharge letter was even read before you sent her home."),
        ("One has to wonder whether the discharge letter was even read before you sent her home"),
    ),
    (
        (
            "Ward manager (Newcastle). If this were one of my team I'd want you back on shift "
            "with support, not hidden in a corner. Errors are data, not character flaws."
        ),
        None,
    ),
    (
        (
            "MSW in Nairobi. We had a PPH last year where everything went wrong at once and I "
            "still think about it. It does get lighter. Did you get a proper debrief afterwards?"
        ),
        None,
    ),
    (
        (
            "Student nurse, Cardiff. Our lecturer told us most drug errors happen at handover or "
            "during interruptions. It really is the setup, not the person."
        ),
        None,
    ),
    (
        (
            "nobody should have to cover 32 beds with one HCA on a night shift. that's not a you "
            "problem, that's a rota problem 😡"
        ),
        None,
    ),
    (
        "ngl if u'd just scanned the barcode none of this wouldve happened",
        "if u'd just scanned the barcode none of this wouldve happened",
    ),
    (
        (
            "Of course you're going to replay this for a while, that's what good clinicians do. "
            "It doesn't mean you're a bad one."
        ),
        None,
    ),
    (
        "wishing u strength from nairobi. u r more than this one shift 🙏",
        None,
    ),
    (
        "This is negligence, plain and simple. Sorry if that's not what you wanted to hear.",
        "This is negligence, plain and simple",
    ),
    (
        (
            "> I keep thinking I should have known\n\nYou couldn't have known what nobody told "
            "you. The handover sheet was blank — that's on the system, not on you. Sending hugs "
            "from Cardiff x"
        ),
        None,
    ),
    (
        (
            "I'm genuinely trying to picture how a fetal heart rate of 90 gets written down and "
            "not acted on. Not having a go, just trying to understand."
        ),
        (
            "I'm genuinely trying to picture how a fetal heart rate of 90 gets written down and "
            "not acted on"
        ),
    ),
    (
        (
            "Hate to be that person but that's Pharmacology 101 — you don't give an ACE inhibitor "
            "to someone with a potassium of 6.2."
        ),
        "that's Pharmacology 101",
    ),
    (
        ("omg u shouldve called the outreach team straight away!! we're there for exactly this 😩"),
        "u shouldve called the outreach team straight away",
    ),
    (
        "How are you holding up? x",
        None,
    ),
    (
        (
            "On my ward in Cardiff, nobody would dream of giving IV insulin without a second "
            "signature."
        ),
        "nobody would dream of giving IV insulin without a second signature",
    ),
    (
        (
            "Honestly the whole thing was avoidable — avoidable by your trust putting more than "
            "one registered nurse on a 28-bed ward. Management failed you here, not the other way "
            "round."
        ),
        None,
    ),
    (
        (
            "pharmacy should have caught that at verification tbh. we're meant to be the safety "
            "net and we weren't. not your fault"
        ),
        None,
    ),
    (
        (
            "The doctor should never have left a verbal order like that for a bank nurse who'd "
            "never worked the unit. Seriously, that's on them."
        ),
        None,
    ),
    (
        (
            "Long reply incoming, sorry. I'm an outreach nurse and I've been called to so many "
            "patients where the ward team did everything right and it still went sideways. "
            "Deterioration isn't always linear and the scores don't always warn you. What matters "
            "now is that you reported it honestly, and that you look after yourself while the "
            "review happens. Please use your occupational health service, ask your manager for "
            "protected time to reflect, and if it helps, write down everything you remember now "
            "while it's fresh — for you, not for them. You did the right thing by speaking up."
        ),
        None,
    ),
    (
        "Sorry but checking the allergy band is literally first-week-of-uni stuff.",
        "checking the allergy band is literally first-week-of-uni stuff",
    ),
    (
        "who gives a controlled drug without a witness signature??",
        "who gives a controlled drug without a witness signature??",
    ),
    (
        "hugs from saskatchewan 🤗 u r not a bad nurse",
        None,
    ),
    (
        (
            "NP in Florida. Did you have anyone to debrief with afterwards? If not, DM me, happy "
            "to listen."
        ),
        None,
    ),
    (
        "❤️ from Christchurch. You're human.",
        None,
    ),
    (
        (
            "Student nurse in Saskatchewan. I cried reading this bc I nearly did the exact same "
            "thing on placement last month. My preceptor caught it. I should've checked the "
            "wristband and I didn't. You're not alone ❤️"
        ),
        None,
    ),
    (
        "why didnt u check the chart before giving it??",
        "why didnt u check the chart before giving it??",
    ),
    (
        "Did you not think to ring the on-call reg when the lactate came back at 4?",
        "Did you not think to ring the on-call reg",
    ),
    (
        (
            "The potassium ought to have been diluted before it went anywhere near a peripheral "
            "line. I'm sorry you're going through this though."
        ),
        ("The potassium ought to have been diluted before it went anywhere near a peripheral line"),
    ),
    (
        (
            "Why not take this to your clinical supervisor rather than carrying it on your own? "
            "You don't have to work through it solo."
        ),
        None,
    ),
    (
        (
            "As a midwifery support worker even I know you don't leave a woman on syntocinon "
            "without someone watching the trace."
        ),
        "even I know you don't leave a woman on syntocinon without someone watching the trace",
    ),
    (
        (
            "Hospital pharmacist, 15 years. I have never once released a methotrexate script "
            "without confirming the weekly day with the patient. Not once."
        ),
        (
            "I have never once released a methotrexate script without confirming the weekly day "
            "with the patient"
        ),
    ),
    (
        (
            "Some thoughts from a critical-care outreach nurse:\n1. Trust your gut, always.\n2. A "
            "NEWS2 of 6 is a phone call, every time — you should have rung us.\n3. Look after "
            "yourself now.\n\nHope it helps."
        ),
        "you should have rung us",
    ),
    (
        (
            "Hospital pharmacist in London. Look-alike sound-alike drugs catch out literally "
            "everyone — we had hydralazine/hydroxyzine mix-ups three times last year across the "
            "trust. That's why we've started tall-man lettering on the shelves."
        ),
        None,
    ),
    (
        "How did you not notice the line was tissued? It must have been swollen for hours.",
        "How did you not notice the line was tissued?",
    ),
    (
        "a 2 min call to the GP would've sorted all of this, honestly",
        "a 2 min call to the GP would've sorted all of this",
    ),
    (
        (
            "The system should have flagged that interaction automatically — our EPMA in "
            "Saskatchewan does. It's ridiculous that yours doesn't."
        ),
        None,
    ),
    (
        (
            "You shouldn't be carrying this by yourself, pls talk to someone — EAP, chaplain, "
            "whoever you feel safe with."
        ),
        None,
    ),
    (
        (
            "Honestly the bed manager should never have moved her to your ward at midnight with "
            "no handover. That decision caused this, not you."
        ),
        None,
    ),
    (
        (
            "Oh love, I'm so sorry, that sounds like an awful night. I've been a bank nurse "
            "across three trusts in London and I know how chaotic it gets when you're new to a "
            "ward and nobody tells you where anything is. That said, the sliding scale should "
            "have been rechecked before you went on break. Please don't beat yourself up too "
            "much, you're clearly someone who cares."
        ),
        "the sliding scale should have been rechecked before you went on break",
    ),
    (
        "wasn't there a senior on the floor you could have grabbed?",
        "wasn't there a senior on the floor you could have grabbed?",
    ),
    (
        "Reading this from Nairobi at the end of a 14 hr shift. Proud of you for posting. 💛",
        None,
    ),
    (
        "Sorry but what's the point of the WHO checklist if nobody actually reads it out?",
        "what's the point of the WHO checklist if nobody actually reads it out?",
    ),
    (
        (
            "> I could have done so much better that night\n\nCould you though, with 14 patients "
            "and a crash call at 2am? Be kinder to the version of you that was there."
        ),
        None,
    ),
    (
        (
            "Sending love. Ward manager in Chennai here — when my staff tell me about errors, the "
            "first thing I want to know is whether they're okay. So: are you okay?"
        ),
        None,
    ),
    (
        "what made u think the second bag was the same concentration tho",
        "what made u think the second bag was the same concentration",
    ),
    (
        (
            "You should have seen me on my first ever night as an NP in Florida. I paged "
            "cardiology for what turned out to be a loose lead. We all have these moments 😂"
        ),
        None,
    ),
    (
        (
            "I'm a midwifery support worker in Christchurch and I just want to say first of all "
            "how much courage it takes to write something like this. Labour ward at 3am is a "
            "different planet and I've seen amazing midwives get completely swamped. I do think "
            "the CTG should have been shown to someone senior once the decels started, but that's "
            "one thing in a long shift of doing a hundred things right. Be gentle with yourself "
            "this week and lean on your team."
        ),
        "the CTG should have been shown to someone senior once the decels started",
    ),
    (
        (
            "Trainee psychotherapist here (Christchurch). It's so easy to let one mistake feel "
            "like it defines us. Bring this to supervision — that's exactly what it's for, and a "
            "good supervisor will hold it with you, not against you."
        ),
        None,
    ),
    (
        (
            "What a night. Thank you for writing it all out. I hope the family are doing okay and "
            "I hope you are too."
        ),
        None,
    ),
    (
        "Surely you'd have looked at the DNACPR form before starting compressions?",
        "Surely you'd have looked at the DNACPR form before starting compressions?",
    ),
    (
        (
            "tbh we've all been there. my first month as a bank nurse i gave meds to the wrong "
            "Mrs Patel, two beds apart. reported it, learnt from it, still here. u will be too"
        ),
        None,
    ),
]

ROUND_12_R = [
    (
        "What were you thinking, letting a 5yo go home with sats of 91?",
        "What were you thinking",
    ),
    (
        (
            "Not judging BUT I genuinely can't get my head around how three missed doses went "
            "unnoticed on your own caseload."
        ),
        "I genuinely can't get my head around how three missed doses went unnoticed",
    ),
    (
        (
            "In my day we'd have just been shouted at in the sluice and told to get on with it. "
            "At least now there's somewhere like this. Proud of you for posting."
        ),
        None,
    ),
    (
        "Completely avoidable. Sorry but someone has to say it.",
        "Completely avoidable",
    ),
    (
        (
            "Hot ward, elderly man on furosemide... the fluid chart ought to have been totalled "
            "at midnight, not guessed at 6am."
        ),
        "the fluid chart ought to have been totalled at midnight",
    ),
    (
        (
            "I'm sorry it ended like this. But the BP needed repeating on the other arm before he "
            "went anywhere near the chair."
        ),
        "the BP needed repeating on the other arm",
    ),
    (
        (
            "Obviously you don't give a benzo script to someone who's just told you they're "
            "drinking again. Harm reduction 101."
        ),
        "Obviously you don't give a benzo script",
    ),
    (
        "Isn't that exactly why we have the falls risk score on the door? 🤷\u200d♀️",
        "Isn't that exactly why we have the falls risk score on the door?",
    ),
    (
        (
            "did u get a proper debrief after? our team in Dhaka never does them and it makes "
            "everything worse"
        ),
        None,
    ),
    (
        (
            "Pharmacy should have caught the interaction when the script came through. That's "
            "literally what the second check is for."
        ),
        None,
    ),
    (
        (
            "Our trust's 'lone home visit' policy is a joke. It assumes mobile signal that "
            "doesn't exist on half of Dartmoor. Nobody should be sent out like that."
        ),
        None,
    ),
    (
        (
            "Dispatcher here too. The calls where the caller sounds calm are the hardest ones of "
            "all. Hope you're getting some sleep."
        ),
        None,
    ),
    (
        (
            "Whoever writes the physio rota on your unit needs to answer for putting a new grad "
            "on weekend stroke cover alone. That's not an oversight, that's a choice they made to "
            "save money."
        ),
        None,
    ),
    (
        (
            "Who sends an ambulance to a Kampala address with no landmark on it? That's the whole "
            "reason we ask for the nearest church or market."
        ),
        "Who sends an ambulance to a Kampala address with no landmark on it?",
    ),
    (
        "How are you holding up? Genuinely. That kind of night stays with you.",
        None,
    ),
    (
        (
            "How did you not notice the dose was in mL and not mg? It's in bold on the "
            "paracetamol chart we all use."
        ),
        "How did you not notice",
    ),
    (
        (
            "Honestly this is day one of dental nursing. You confirm the tooth on the chart with "
            "the dentist BEFORE the forceps come out, out loud. Every. Time."
        ),
        "this is day one of dental nursing",
    ),
    (
        (
            "I've read this three times. I'm a rural doctor in eastern Oregon, two hours from the "
            "nearest CT, so I get the pressure, believe me. I've sent people home I worried about "
            "all night. But sending a 70-year-old on warfarin home after a head strike without "
            "any imaging, without even overnight obs, wasn't a judgment call, it was a gamble, "
            "and a reckless one. I'm not saying that to hurt you. I'm saying it because the next "
            "one might not be so lucky, and I'd rather someone said it to me straight."
        ),
        "it was a gamble, and a reckless one",
    ),
    (
        (
            "I'd be interested to know what the reasoning was behind mobilising him without a "
            "second physio there, given the tone he had on the left side."
        ),
        "I'd be interested to know what the reasoning was",
    ),
    (
        (
            "Dispatcher in Manitoba here, 14 yrs on the console. Coding a chest pain in a 50 yo "
            "as non-urgent because he 'sounded calm' is a basic triage error, full stop. Hope "
            "you're ok but let's not dress it up."
        ),
        "a basic triage error",
    ),
    (
        (
            "> I'm not sure I should still be doing this job\n\nYou should. The people who worry "
            "like this are exactly the ones we need."
        ),
        None,
    ),
    (
        (
            "I've coordinated care packages in Plymouth for 22 years and I have never once let a "
            "discharge go ahead without confirming the carers had the key safe code. Not once."
        ),
        "I have never once let a discharge go ahead",
    ),
    (
        (
            "Should've called the flying doctor the minute his GCS dropped mate. Waiting til "
            "morning out past Longreach was never going to end well."
        ),
        "Should've called the flying doctor the minute his GCS dropped",
    ),
    (
        (
            "I'm finding it hard to see how a GP reg misses temporal arteritis with jaw "
            "claudication written in his own notes."
        ),
        "I'm finding it hard to see how a GP reg misses",
    ),
    (
        (
            "you should have seen me my first month on the stroke unit, I dropped a hoist sling "
            "on a consultant's foot 😂 we all survive x"
        ),
        None,
    ),
    (
        (
            "what did u think was going to happen leaving a day-2 stroke pt on the commode "
            "unattended??"
        ),
        "what did u think was going to happen",
    ),
    (
        (
            "You should definitely talk to your union rep before the meeting on Thursday. Don't "
            "go in there alone."
        ),
        None,
    ),
    (
        (
            "Why do we always carry these alone? Reading this I just wanted to sit with you with "
            "a cup of tea."
        ),
        None,
    ),
    (
        (
            "Outback RN here. No one who's never worked 600 km from a CT scanner gets an opinion "
            "on your call. Big hugs from Birdsville way."
        ),
        None,
    ),
    (
        (
            "Leaving the sharps tray on the bracket table with a 4yo in the chair was careless, "
            "there's no softer word for it. Glad no one got hurt."
        ),
        "was careless, there's no softer word for it",
    ),
    (
        (
            "Drug and alcohol worker, 11 years, mostly outreach round Plymouth. I've lost "
            "clients. I've lost clients I'd seen that same morning and thought were doing okay. "
            "Every time there's a voice that goes back over every word I said looking for the one "
            "that would have changed it. So I'll tell you what my supervisor told me the first "
            "time: an overdose isn't a test you failed. Addiction kills people who are surrounded "
            "by good workers doing everything right. Grieve him. Take the time off if it's "
            "offered. And then come back, because your clients need someone who cares this much."
        ),
        None,
    ),
    (
        (
            "In my day we had a pharmacist on the ward every morning catching exactly this sort "
            "of thing. They cut the post in 2019 and now it's all on us. Disgraceful."
        ),
        None,
    ),
    (
        (
            "omg this made me cry on my break. ur clearly a caring nurse, the fact ur this upset "
            "shows it ❤️"
        ),
        None,
    ),
    (
        (
            "The nurse in this story was running six kids with one HCA on a night when policy "
            "says four. The story isn't really about her, it's about the staffing."
        ),
        None,
    ),
    (
        (
            "Hugs first ❤️ Then... what made you think the bruising was from the cot bars? Two "
            "separate bruises on a non-mobile baby is a safeguarding flag every time."
        ),
        "what made you think the bruising was from the cot bars?",
    ),
    (
        (
            "Most paeds dosing errors happen at the point of converting mL to mg. It's a known "
            "trap, which is why some units now prescribe liquids in mL only."
        ),
        None,
    ),
    (
        (
            "Care coordination in this county is run like a call centre now. 80 cases each, KPIs "
            "on closure times, and then they act shocked when something falls through. Management "
            "failed you AND the family. Put that in your statement."
        ),
        None,
    ),
    (
        (
            "Reading this as a rural GP in the Queensland outback: the doctor in this story "
            "needed to get that kid on the RFDS plane hours earlier. Everything after that was "
            "damage control."
        ),
        "the doctor in this story needed to get that kid on the RFDS plane hours earlier",
    ),
    (
        (
            "The rota should NEVER have had one dispatcher covering both the Winnipeg overflow "
            "and the northern line on a storm night. That was a management decision and "
            "management should own it."
        ),
        None,
    ),
    (
        (
            "you could of just phoned the pharmacy before giving the methadone dose tbh, they'd "
            "have told u he'd already been dosed at the chemist"
        ),
        "you could of just phoned the pharmacy",
    ),
    (
        (
            "In my day a dental nurse checked the autoclave printout before a single instrument "
            "went back in the drawer. Skipping it because the morning list was busy just isn't "
            "on."
        ),
        "Skipping it because the morning list was busy just isn't on",
    ),
    (
        (
            "That is negligence by any measure, and I think you know that. Talk to your defence "
            "union."
        ),
        "That is negligence by any measure",
    ),
    (
        (
            "Every new starter should be shown this post tbh. Not as a warning, as proof that "
            "good people have bad nights and keep going."
        ),
        None,
    ),
    (
        (
            "Hindsight is easy I know, but the warning signs were sitting right there in the care "
            "plan for weeks."
        ),
        "the warning signs were sitting right there in the care plan for weeks",
    ),
    (
        (
            "You shouldn't have to carry this by yourself. Please reach out to your EAP or your "
            "own GP."
        ),
        None,
    ),
    (
        (
            "Those pumps with the tiny decimal point are a disgrace. I've datix'd ours four "
            "times. Whoever procured them has clearly never done a night shift in their life."
        ),
        None,
    ),
    (
        (
            "Obviously the CAD software should flag a duplicate address. It's 2024. The fact ours "
            "still doesn't is on the vendor and whoever signed that contract."
        ),
        None,
    ),
    (
        (
            "Things that helped me after mine:\n- telling one trusted colleague\n- **writing it "
            "all down**, then closing the notebook\n- a walk on the Hoe every evening\n- "
            "remembering the outcome was never *mine alone*"
        ),
        None,
    ),
    (
        (
            "Isn't the medical history form literally the first thing we go through before the LA "
            "goes in? Sending hugs anyway x"
        ),
        "Isn't the medical history form literally the first thing we go through",
    ),
    (
        (
            "A two-minute chat with the mum at the door would've told you the inhaler was empty. "
            "Hope you've been able to rest since."
        ),
        "A two-minute chat with the mum at the door would've told you",
    ),
    (
        (
            "> I keep thinking about her mum's face\n\nI know. I still think about one from 2014. "
            "It softens, I promise. Be gentle with yourself."
        ),
        None,
    ),
    (
        "What did your clinical lead say when you told them? I hope they were kind.",
        None,
    ),
    (
        "Has anyone from occupational health checked in on you? You sound exhausted.",
        None,
    ),
    (
        (
            "I did almost exactly this as a GP registrar in Edinburgh - wrong patient's bloods, "
            "same surname. I should have checked the DOB and I didn't. It took me months to stop "
            "replaying it. You're not alone."
        ),
        None,
    ),
    (
        (
            "One can't help wondering whether the family would have been told sooner if the care "
            "coordinator had actually opened the email."
        ),
        "if the care coordinator had actually opened the email",
    ),
    (
        (
            "In my day nobody would have discharged a feverish baby under 3 months without "
            "bloods. Rules were rules and we followed them. Things have slipped."
        ),
        "In my day nobody would have discharged a feverish baby",
    ),
    (
        (
            "If you'd just written the callback number down properly, the crew would have found "
            "the house outside Galway first go. Not trying to pile on."
        ),
        "If you'd just written the callback number down properly",
    ),
    (
        (
            "Look-alike local anaesthetic cartridges catch people all the time. Two agents in "
            "near-identical packaging is a known issue, there was a national alert about it last "
            "year."
        ),
        None,
    ),
    (
        (
            "Oh love, I'm so sorry. But you really ought to have stayed on the line until the "
            "crew arrived instead of clearing the call."
        ),
        "you really ought to have stayed on the line until the crew arrived",
    ),
    (
        (
            "Where I trained in Edinburgh we were drilled that you never send a post-thrombolysis "
            "patient down to CT without a second person. Every single time. I'm surprised it "
            "wasn't second nature for you."
        ),
        "I'm surprised it wasn't second nature for you",
    ),
    (
        (
            "The naloxone ought to have been in the bag and checked at the start of the outreach "
            "shift. That's on whoever did the kit check, which from your post was you."
        ),
        "The naloxone ought to have been in the bag",
    ),
    (
        (
            "Why not take this to your next supervision? Not as a confession, just to get some "
            "support around it."
        ),
        None,
    ),
    (
        (
            "Paeds nurse in Dhaka. Reading it back, the nurse should have recounted the drops "
            "before the second feed - that's where it went wrong, not the prescription."
        ),
        "the nurse should have recounted the drops before the second feed",
    ),
    (
        (
            "Surely at some point in a 40 minute call you'd have asked whether she was alone in "
            "the house?"
        ),
        "Surely at some point in a 40 minute call you'd have asked",
    ),
    (
        (
            "the doctor in this story - you - was the only doctor for 300 km. Someone should have "
            "been on the end of a phone for you and nobody was. That's the failing."
        ),
        None,
    ),
    (
        (
            "Your manager asking for a written statement before asking if you were OK tells me "
            "everything. That manager should be ashamed of themselves."
        ),
        None,
    ),
    (
        (
            "Oregon's telehealth rules for controlled substances changed three times last year. "
            "Nobody could keep up, the guidance was flat-out contradictory and the state never "
            "apologized for it."
        ),
        None,
    ),
    (
        (
            "So sorry this happened. But the sats probe should have been moved to a warm finger "
            "before you signed off those obs - cold hands on a toddler read low all the time."
        ),
        "the sats probe should have been moved",
    ),
    (
        (
            "Did you not think to check the second screen for a duplicate call before "
            "dispatching? It flashes right there in red."
        ),
        "Did you not think to check the second screen",
    ),
    (
        (
            "You could write it up as a reflective piece for your portfolio if that would help - "
            "it did for me when I was an ST2."
        ),
        None,
    ),
    (
        (
            "Any band 5 on a stroke unit could tell you that you don't pull on a hemiplegic arm "
            "to sit someone up. Sorry but that's basic."
        ),
        "Any band 5 on a stroke unit could tell you",
    ),
    (
        "Sending love from Galway 💚",
        None,
    ),
    (
        (
            "Honestly the doctor you describe did what any of us would do at 3am with no senior "
            "on site and a dodgy phone line. The system put him there."
        ),
        None,
    ),
    (
        (
            "Genuine question, not having a go: why didn't you ring the on-call paeds reg when "
            "the temp spiked the second time?"
        ),
        "why didn't you ring the on-call paeds reg",
    ),
    (
        (
            "Next time you get a weird feeling about a call, flag it to your supervisor even if "
            "you can't put words to it. It helps, and it's what they're there for."
        ),
        None,
    ),
    (
        (
            "You needed to escalate to the consultant at the 2am review, not sit on it until the "
            "ward round. I say that with love."
        ),
        "You needed to escalate to the consultant at the 2am review",
    ),
    (
        (
            "Where I trained in Kampala we had a second nurse sign every paeds IV dose. Here "
            "there's no one to sign with half the time. That's not your failing, that's staffing."
        ),
        None,
    ),
    (
        (
            "The slide sheets on our unit are so worn they're practically sandpaper. We've been "
            "asking for new ones for a YEAR. Kit like that should have been condemned months ago, "
            "and then it gets blamed on whoever's holding it."
        ),
        None,
    ),
    (
        (
            "Why on earth would you let him leave with a full week of take-homes after he'd "
            "already missed two pickups?"
        ),
        "Why on earth would you let him leave",
    ),
    (
        (
            "Yes it was avoidable - by the health board funding a second doctor for a district "
            "the size of a small country. Not by you working a 30 hour stretch alone."
        ),
        None,
    ),
]
