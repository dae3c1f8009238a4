"""Round 14 of issue 14's evaluation: 160 replies (80 that judge the author's past decision)
from two helpers who saw only the labeling guide (guard_round2.md), never the rules, the model,
the corpora or the code: burns-unit and hospital-at-home nurses, renal dietitians, child
psychotherapists, cardiac rehab physiotherapists, emergency-department pharmacists, air
ambulance paramedics, prison in-reach workers (Sunderland, Waterford, Regina, Dar es Salaam,
Townsville, New Hampshire, Bangor, Kandy); palliative-care social workers, scrub nurses, school
speech therapists, community psychiatric nurses, audiologists, lactation consultants, student
midwives, rural pharmacists (Stirling, Galway, Thunder Bay, Harare, Dunedin, Alaska, Exeter,
Peshawar). Measured untouched with the rules and the model of round 13 (trained on rounds 1 to
6, 8, 9 and 11 to 13 with a step of 8), then trained on: see test_guard.py and
bench/README.md. Entries as in guard_corpus."""

ROUND_14_U = [
    (
        (
            "Honestly? Skipping the second check on a paeds dose is reckless. Really glad "
            "the kid is ok though."
        ),
        "Skipping the second check on a paeds dose is reckless",
    ),
    (
        (
            'People keep calling these "avoidable" but the only real way to avoid them is '
            "safe staffing. That's not a you problem."
        ),
        None,
    ),
    (
        "Who lifts off without checking the O2 cylinder levels? Genuinely. Who.",
        "Who lifts off without checking the O2 cylinder levels?",
    ),
    (
        (
            "Why do we always tear ourselves to pieces over these? Flight paramedic in "
            "Townsville here and I still replay one from 2016 most nights."
        ),
        None,
    ),
    (
        (
            "Renal dietitian, Regina. Sorry but the patient's potassium diet sheet "
            "should've been updated the day the labs came back. It's not complicated."
        ),
        "the patient's potassium diet sheet should've been updated the day the labs came back",
    ),
    (
        (
            "I'm finding it hard to see how a 4kg interdialytic gain didn't ring any alarm "
            "bells for you."
        ),
        (
            "I'm finding it hard to see how a 4kg interdialytic gain didn't ring any alarm "
            "bells for you"
        ),
    ),
    (
        "What did your manager say when you told her?",
        None,
    ),
    (
        (
            "How did you not notice the sats drifting on the monitor mid-flight? It's "
            "literally bolted in front of you in the aircraft."
        ),
        "How did you not notice the sats drifting",
    ),
    (
        (
            "why not take it to clinical supervision? Mine was brilliant when I had a child "
            "disclose mid-session and completely froze."
        ),
        None,
    ),
    (
        "shouldve rung the on-call psych before unlocking the cell door tbh 🤷",
        "shouldve rung the on-call psych before unlocking the cell door",
    ),
    (
        (
            "Reading this at 3am on a night shift in Regina. Thank you for being this "
            "honest, it makes it easier for the rest of us to be."
        ),
        None,
    ),
    (
        (
            "You should talk to your union rep before the investigation meeting, seriously. "
            "Don't go in there alone."
        ),
        None,
    ),
    (
        (
            "Pharmacy IT should have had an alert built in for eGFR under 30. I work ED "
            "pharmacy in Kandy and even our creaky old system flags it."
        ),
        None,
    ),
    (
        (
            "Is your CPD lead approachable? Some of them are genuinely brilliant about this "
            "kind of thing."
        ),
        None,
    ),
    (
        (
            "Next time (and there will be a next time, for all of us) grab a second checker "
            "even when it feels silly. It isn't weakness, it's literally how the system is "
            "meant to work."
        ),
        None,
    ),
    (
        "How are you doing now? Like, really doing?",
        None,
    ),
    (
        (
            "Obviously you confirm ID with two identifiers before handing out meds on a "
            "prison landing. That's the bare minimum, surely?"
        ),
        "Obviously you confirm ID with two identifiers before handing out meds",
    ),
    (
        (
            "Most of the near misses we see in cardiac rehab happen right at the handover "
            "between phase 2 and phase 3. It's a known gap, not a you-gap."
        ),
        None,
    ),
    (
        (
            'One has to wonder whether the headache was really "nothing" when he\'d just '
            "come off the bike test. Hugs anyway."
        ),
        'One has to wonder whether the headache was really "nothing"',
    ),
    (
        (
            "> I didn't recheck the weight after the dressing change\n\nHonestly that's the "
            "detail that would trip up any of us at 4am. Be kind to yourself. ❤️"
        ),
        None,
    ),
    (
        "i'm sorry but this was totally avoidable",
        "this was totally avoidable",
    ),
    (
        (
            "Sorry to read this. The warfarin interaction ought to have been picked up at "
            "the ED pharmacy check though. That's the one job of that check."
        ),
        "The warfarin interaction ought to have been picked up at the ED pharmacy check",
    ),
    (
        "if youd only re-weighed her before setting the rate none of this wouldve happened x",
        "if youd only re-weighed her before setting the rate",
    ),
    (
        (
            "- You told someone\n- The patient is recovering\n- You're learning from "
            "it\n\nThat's the list that matters."
        ),
        None,
    ),
    (
        (
            "What support does your organisation offer for second victims? Ours has a peer "
            "programme that's actually decent."
        ),
        None,
    ),
    (
        "Sending love from a burns nurse in Dar es Salaam. This job is heavy. 💛",
        None,
    ),
    (
        (
            "Prison in-reach in Bangor. The environment does things to your judgement "
            "nobody warns you about: the noise, the lockdowns, the alarm bells every ten "
            "minutes. Be gentle with yourself."
        ),
        None,
    ),
    (
        (
            "Child psychotherapist, Dar es Salaam. This must be so painful to sit with and "
            "I don't want to add to it. Hindsight is 20/20 and all that, but the red flags "
            "were pretty clearly there in his drawings for weeks before the disclosure. I "
            "think the learning for you is about trusting what the play is telling you "
            "rather than waiting for words."
        ),
        "the red flags were pretty clearly there in his drawings for weeks",
    ),
    (
        (
            "ED pharmacist of 15 years. I've watched senior consultants make this exact "
            "slip. It's a human thing, not a competence thing."
        ),
        None,
    ),
    (
        (
            "In-reach worker in Bangor here. Did you not think to check his wing "
            "observation log before you saw him? It's the first thing we pull, every single "
            "time."
        ),
        "Did you not think to check his wing observation log",
    ),
    (
        (
            "I'd love to know what the reasoning was for sending him home with that "
            "lactate. Not judging!! Just curious."
        ),
        "I'd love to know what the reasoning was for sending him home with that lactate",
    ),
    (
        (
            "A two-minute phone call to the prescriber would have spared you (and the "
            "patient) all of this. Just saying."
        ),
        "A two-minute phone call to the prescriber would have spared you",
    ),
    (
        (
            "Renal dietitian in Kandy. The potassium tables we're handed are out of date "
            "for half the local foods anyway. Honestly it's a wonder any of us get it "
            "right."
        ),
        None,
    ),
    (
        (
            "The manufacturer should have recalled that syringe driver years ago. The tiny "
            "decimal point on the screen is a menace, we've had two near misses with the "
            "same model."
        ),
        None,
    ),
    (
        (
            "You should have stopped the treadmill test the second he mentioned jaw pain. "
            "Sorry, but that's the textbook warning sign and you know it."
        ),
        "You should have stopped the treadmill test",
    ),
    (
        (
            "Air ambulance medic, 11 years. My worst one: I drew up the wrong concentration "
            "of ketamine on a scene in the rain, caught it only because my partner read the "
            "vial back to me. I shook for the whole flight. I told my clinical lead the "
            "next morning, we did a proper review, and the service changed how drug packs "
            "are laid out. I'm telling you this because the feeling you're describing, the "
            "replaying and the 3am dread, does ease. It becomes something you carry more "
            "lightly. Talk to people. Keep posting here if it helps. You're clearly someone "
            "who cares a great deal, and that's exactly who we want in this job."
        ),
        None,
    ),
    (
        (
            "I hate to say it but not weighing the dressings for fluid loss on a burns pt "
            "is indefensible in this day and age."
        ),
        "not weighing the dressings for fluid loss on a burns pt is indefensible",
    ),
    (
        (
            "It was a corner cut, plain and simple. The rest of us scan every bag, every "
            "time, even when it's chaos."
        ),
        "It was a corner cut, plain and simple",
    ),
    (
        (
            "Sunderland burns unit here too (maybe we know each other lol). Come to the "
            "staff support group on Thursdays, it's genuinely good."
        ),
        None,
    ),
    (
        (
            "You shouldn't be carrying this by yourself. Does your trust have an EAP or a "
            "staff wellbeing line?"
        ),
        None,
    ),
    (
        (
            "Hugs, it sounds horrible. Honest question though, why did you let mum sit in "
            "on the session straight after he'd disclosed?"
        ),
        "why did you let mum sit in on the session",
    ),
    (
        (
            "what made u think the fluid calc could wait till morning on a 30% TBSA burn?? "
            "genuinely asking"
        ),
        "what made u think the fluid calc could wait till morning",
    ),
    (
        ("That's a basic calculation error, not a system failure. Own it, learn from it, move on."),
        "That's a basic calculation error",
    ),
    (
        "**You are not your worst shift.** Pin that somewhere you'll see it.",
        None,
    ),
    (
        (
            "Rough shift, I get it, we've all had them. You could've just asked the ward "
            "dietitian to double check the binder timing tho, she was literally down the "
            "corridor."
        ),
        "You could've just asked the ward dietitian to double check the binder timing",
    ),
    (
        (
            "Wasn't there a senior pharmacist on call you could've phoned before releasing "
            "the vial? Even at 2am in our ED in Kandy there's always someone."
        ),
        "Wasn't there a senior pharmacist on call you could've phoned",
    ),
    (
        (
            "lol you should've seen me on my first burns rotation, I cried in the sluice "
            "every single shift"
        ),
        None,
    ),
    (
        (
            "So sorry this happened, truly. But why didn't you ring the reg when the "
            "potassium came back at 6.8? That's the bit I keep getting stuck on."
        ),
        "why didn't you ring the reg",
    ),
    (
        (
            "Could you write it up as a reflective piece for revalidation? It helped me "
            "turn mine into something useful instead of something that just sat on my "
            "chest."
        ),
        None,
    ),
    (
        (
            "The safeguarding referral needed to go in that same afternoon. Leaving it till "
            "Monday was the error here, not the weekend cover."
        ),
        "The safeguarding referral needed to go in that same afternoon",
    ),
    (
        (
            "You could always ask occupational health for a few sessions. They're "
            "confidential, at least here in New Hampshire they are."
        ),
        None,
    ),
    (
        (
            "The rota should never have had you as the only nurse covering 9 virtual ward "
            "patients across half of Waterford. That's on them, not you."
        ),
        None,
    ),
    (
        "checking renal function before dosing enox is literally pharmacy school week one 🙄",
        "checking renal function before dosing enox is literally pharmacy school week one",
    ),
    (
        (
            "**Big hugs.** But you needed to hand that over to the flight doc the moment "
            "the BP dipped, not try and manage it solo at 3000 ft."
        ),
        "you needed to hand that over to the flight doc the moment the BP dipped",
    ),
    (
        (
            "Cardiac rehab physio in Waterford. If it's useful, our team now does a "
            "30-second *pause and ask* before every exercise test. Might be worth "
            "suggesting to yours? Not because of you, because of all of us."
        ),
        None,
    ),
    (
        "The kid is ok. You're ok. Breathe. 💙",
        None,
    ),
    (
        "ugh this made my chest go tight reading it. been there. sending hugs x",
        None,
    ),
    (
        (
            "Child psychotherapist here. The care you've taken reflecting on this tells me "
            "a lot about the kind of clinician you are."
        ),
        None,
    ),
    (
        "Thank you for posting this. I learned something reading it.",
        None,
    ),
    (
        (
            "leaving a man on 15-min obs in a cell with a known ligature point and not "
            "flagging it is negligent, full stop. I don't care how short staffed the wing "
            "was"
        ),
        "not flagging it is negligent",
    ),
    (
        (
            "Someone on that crew should have re-checked tube position after the transfer "
            "onto the stretcher, and from what you've written that someone was you."
        ),
        "Someone on that crew should have re-checked tube position",
    ),
    (
        (
            "Look-alike adrenaline ampoules (1:1000 vs 1:10,000) catch out everyone "
            "eventually. It's obviously a packaging problem, not a people problem."
        ),
        None,
    ),
    (
        "Entirely preventable. Sorry, someone on here has to say it.",
        "Entirely preventable",
    ),
    (
        (
            "I did almost exactly this on my second rotation in Sunderland. I should have "
            "checked the renal dose and I didn't. You're not alone in this, not even "
            "slightly."
        ),
        None,
    ),
    (
        "Surely somebody on the unit would have mentioned the fluid restriction if you'd asked?",
        "Surely somebody on the unit would have mentioned the fluid restriction if you'd asked",
    ),
    (
        (
            "In our burns unit in Townsville we would NEVER let a graft site go 48 hrs "
            "without a look. Ever."
        ),
        "we would NEVER let a graft site go 48 hrs without a look",
    ),
    (
        (
            "Virtual ward nurse in Waterford. I'm sorry you're going through this, I really "
            "am. But reading your timeline, the visiting nurse should have escalated when "
            "the NEWS hit 5 on the second visit, and that was you. That's the whole point "
            "of having eyes in the home. I hope the review is fair to you, but I think you "
            "need to be honest with yourself about that moment."
        ),
        "the visiting nurse should have escalated when the NEWS hit 5 on the second visit",
    ),
    (
        (
            "Hospital-at-home is so isolating compared to the ward. You're making calls in "
            "someone's kitchen with dodgy 4G and no one to turn to. Respect for doing it at "
            "all."
        ),
        None,
    ),
    (
        (
            "Nobody should have to do in-reach for 40 men with one worker and no cover. "
            "Your service let you down badly."
        ),
        None,
    ),
    (
        (
            "Honestly the dietitian referral should trigger automatically when a dialysis "
            "patient's phosphate hits that level. The fact it doesn't in your service is a "
            "system gap, full stop."
        ),
        None,
    ),
    (
        (
            "What did you think would happen, leaving a 7-year-old alone in the waiting "
            "room after a session like that?"
        ),
        "What did you think would happen",
    ),
    (
        (
            "Did you get any debrief afterwards? After our last bad retrieval out of Regina "
            "we got nothing for weeks and it really showed."
        ),
        None,
    ),
    (
        (
            "You ought to have documented the refusal before you left the house. "
            "Hospital-at-home is still hospital, paperwork and all."
        ),
        "You ought to have documented the refusal before you left the house",
    ),
    (
        "Isn't that exactly what the handover sheet is for??",
        "Isn't that exactly what the handover sheet is for",
    ),
    (
        (
            "Any new grad knows you don't give IV potassium as a push. Day one of "
            "orientation, honestly."
        ),
        "Any new grad knows you don't give IV potassium as a push",
    ),
    (
        (
            "Been a cardiac physio for 22 years and not once have I let a post-CABG patient "
            "walk the corridor unsupervised on day 3. Not once."
        ),
        "not once have I let a post-CABG patient walk the corridor unsupervised on day 3",
    ),
    (
        (
            "Not to be that person, but the previous crew clearly documented the allergy on "
            "the handover sheet... so I'm a bit puzzled how it got missed."
        ),
        "I'm a bit puzzled how it got missed",
    ),
    (
        (
            "Bookmarking this to share with our students (anonymised obviously). It's such "
            "an honest account."
        ),
        None,
    ),
    (
        (
            "My first supervisor told me the day you stop feeling this bad about an error "
            "is the day to leave. You're clearly in the right job."
        ),
        None,
    ),
    (
        (
            "The dressing chart should have been reviewed before the second debridement. "
            "Not piling on, that's just the reality of it."
        ),
        "The dressing chart should have been reviewed before the second debridement",
    ),
]

ROUND_14_V = [
    (
        (
            "Leaving the bed rails down on a confused patient is frankly careless. I've "
            "seen the fallout from this on our ward."
        ),
        "frankly careless",
    ),
    (
        (
            "Could you write it up as a reflective piece for revalidation? Turned my worst "
            "day into something useful, eventually."
        ),
        None,
    ),
    (
        (
            "Sorry you're going through it. But who leaves a bag of expressed milk "
            "unlabelled in a shared NICU fridge?"
        ),
        "who leaves a bag of expressed milk unlabelled",
    ),
    (
        (
            "Look-alike hearing aid models catch everyone out. The left/right colour dots "
            "are tiny and the boxes are identical."
        ),
        None,
    ),
    (
        "I'm sorry but this was completely avoidable.",
        "this was completely avoidable",
    ),
    (
        (
            "Not judging BUT... it does make me wonder what was going through your head "
            "when you signed for a controlled drug you hadn't witnessed."
        ),
        "it does make me wonder what was going through your head",
    ),
    (
        (
            "the school should've had an interpreter booked for that parent meeting, not "
            "left u to muddle through in English. thats a service failure"
        ),
        None,
    ),
    (
        "how did u not notice the baby wasnt latching for two whole feeds??",
        "how did u not notice",
    ),
    (
        (
            "I did almost exactly this as a student in Harare. I should have asked the "
            "sister and I didn't because I was terrified of her. Took me years to stop "
            "replaying it."
        ),
        None,
    ),
    (
        (
            "The referral letter should've gone out before the family flew back to the "
            "village - that's the bit that went wrong here."
        ),
        "The referral letter should've gone out before the family flew back",
    ),
    (
        "You told the family the truth when it would've been easier not to. That's integrity.",
        None,
    ),
    (
        (
            "Why not bring this to your next clinical supervision? Ours in Stirling has "
            "been really good for stuff like this."
        ),
        None,
    ),
    (
        (
            "You should talk to your RCN rep before you write the statement. Not because "
            "you did anything wrong, just so you've got someone in your corner."
        ),
        None,
    ),
    (
        (
            "Scrub nurse, Exeter. Retained swab scares are terrifying and they happen in "
            "the best theatres. So glad the X-ray was clear."
        ),
        None,
    ),
    (
        "Why do we always assume it's our fault first? Reading this and feeling it in my chest.",
        None,
    ),
    (
        "Thank you for posting this. It takes guts.",
        None,
    ),
    (
        "Isn't that literally what the WHO sign-out is there for?",
        "Isn't that literally what the WHO sign-out is there for?",
    ),
    (
        (
            "Honestly a lot of these errors are 'avoidable' only on paper. In real life "
            "it's tiredness and staffing. Management failed you."
        ),
        None,
    ),
    (
        "I'm finding it hard to see how the missed dose wasn't spotted at the 2pm round.",
        "I'm finding it hard to see how the missed dose wasn't spotted",
    ),
    (
        (
            "The way those pump menus are laid out is a disgrace. We've had three near "
            "misses with that exact model in Thunder Bay."
        ),
        None,
    ),
    (
        (
            "**Preventable.** I hate saying it on a support thread but handing out warfarin "
            "without a look at the INR book is exactly that."
        ),
        "Preventable.",
    ),
    (
        (
            "Reading this from Stirling. The instrument tray should have been counted again "
            "before the second incision, full stop."
        ),
        "The instrument tray should have been counted again",
    ),
    (
        "A two-minute call to the prescriber would have saved you the whole incident form.",
        "A two-minute call to the prescriber would have saved you",
    ),
    (
        (
            "Harare here. We work with half the kit and double the patients, and I still "
            "make mistakes. We all do. Keep going."
        ),
        None,
    ),
    (
        (
            "Some practical stuff if it helps:\n- write down your timeline now while it's "
            "fresh\n- keep a copy of your statement\n- book in with occ health even if you "
            "think you're fine"
        ),
        None,
    ),
    (
        (
            "I'm a CPN in Peshawar and this hit home. Had a patient disengage after I "
            "missed a visit last winter. He's doing okay now. Yours might too."
        ),
        None,
    ),
    (
        (
            "Palliative SW here, 11 years in. Conversations about preferred place of death "
            "are some of the messiest we have. Families change their minds, consultants "
            "change their minds, the bed situation changes by the hour. I've had families "
            "furious with me over things completely outside my control, and I've had "
            "families thank me for conversations I thought I'd botched. You had the "
            "conversation. You stayed in the room. That matters more than you know right "
            "now."
        ),
        None,
    ),
    (
        (
            "Palpating before the scan is taught on the very first placement. That's "
            "first-week-of-training material, sorry."
        ),
        "That's first-week-of-training material",
    ),
    (
        "I'm so glad the baby is okay. Truly.",
        None,
    ),
    (
        ("Did you not think to check the programme against the audiogram before fitting the aids?"),
        "Did you not think to check",
    ),
    (
        (
            "Big hugs, I mean that. This job in Peshawar teaches you humility fast and none "
            "of us are perfect. Hindsight is 20/20 and all that, but the red flags were "
            "sitting right there in the referral: weight loss, the falls, the daughter "
            "saying he'd stopped eating. I think the learning is to read the whole referral "
            "before the first visit, every time."
        ),
        "the red flags were sitting right there in the referral",
    ),
    (
        (
            "You ought to have rechecked the weight before working out the top-up volume. "
            "Easy slip on a busy postnatal ward but that's the step that matters."
        ),
        "You ought to have rechecked the weight",
    ),
    (
        (
            "Student midwife, 2nd year. Reading threads like this makes me feel less alone, "
            "so thanks for writing it."
        ),
        None,
    ),
    (
        (
            "Next time it's a family meeting that heavy, maybe ask for a second person in "
            "the room? Not as a crutch, just because nobody should have to hold that alone."
        ),
        None,
    ),
    (
        (
            "Hugs from Dunedin. But you really should have phoned the GP before handing "
            "over the co-amox, with that allergy flag sitting right on the screen."
        ),
        "you really should have phoned the GP",
    ),
    (
        (
            "Lactation consultant here. Tongue-tie is honestly one of the hardest calls we "
            "make, and the evidence keeps shifting. You're not alone in this."
        ),
        None,
    ),
    (
        (
            "I'd love to know what the reasoning was behind letting him go home alone after "
            "that conversation."
        ),
        "I'd love to know what the reasoning was",
    ),
    (
        "One can't help wondering whether the obs were really as normal as the notes made out.",
        "One can't help wondering whether the obs were really as normal",
    ),
    (
        (
            "honestly just want to say ur not a bad nurse. a bad nurse wouldnt be up at 2am "
            "writing this"
        ),
        None,
    ),
    (
        (
            "> I keep thinking I could have caught it\n\nYou couldn't have known what wasn't "
            "on the screen. Be gentle with yourself."
        ),
        None,
    ),
    (
        (
            "Why would you discharge him from the caseload without a single home visit "
            "first? I work community in Exeter and that would never fly here."
        ),
        "Why would you discharge him",
    ),
    (
        (
            "What made you leave the count board unsigned before closing? Genuinely asking "
            "as a scrub nurse."
        ),
        "What made you leave the count board unsigned",
    ),
    (
        "That's a basic sterile-field error, and I think you know it.",
        "a basic sterile-field error",
    ),
    (
        (
            "Audiologist in Anchorage. We had something similar with a remote fitting over "
            "telehealth - the village clinic connection dropped mid-programming. It "
            "happens. The patient came back and we sorted it."
        ),
        None,
    ),
    (
        (
            "tbh u couldve just asked the family to step out for five mins before raising "
            "the DNACPR stuff"
        ),
        "u couldve just asked the family to step out",
    ),
    (
        "Sorry this happened. Wasn't there a senior midwife on the unit you could have grabbed?",
        "Wasn't there a senior midwife on the unit",
    ),
    (
        (
            "The rota should never have had you as the only student midwife on a labour "
            "ward that busy. That's on the unit, not you."
        ),
        None,
    ),
    (
        (
            "Oof, that's rough. Why didn't you just ring the on-call pharmacist? The "
            "Thunder Bay line picks up at 3am, I promise."
        ),
        "Why didn't you just ring the on-call pharmacist",
    ),
    (
        (
            "Nobody should have to do a 14 hour community shift with no break and then make "
            "a call like that."
        ),
        None,
    ),
    (
        (
            "the nipple shield really should have been reviewed at day 3 instead of being "
            "left on for a fortnight"
        ),
        "the nipple shield really should have been reviewed at day 3",
    ),
    (
        "How are you doing now? Properly, not the 'fine' we all say.",
        None,
    ),
    (
        (
            "Pharmacy systems should have flagged that interaction, that's literally what "
            "the software is for. Raise it with your clinical governance lead."
        ),
        None,
    ),
    (
        (
            "as an ex-vet nurse i can tell u even with dogs we weigh before dosing lol. "
            "humans deserve at least that 🙃"
        ),
        "even with dogs we weigh before dosing",
    ),
    (
        (
            "You needed to document the safeguarding concern that same afternoon, not the "
            "following week. I know school days are chaos but still."
        ),
        "You needed to document the safeguarding concern that same afternoon",
    ),
    (
        (
            "Has your team done a proper after-action review yet? Those can be really "
            "healing if they're run well."
        ),
        None,
    ),
    (
        (
            "Rural pharmacist outside Stirling. Counter errors happen to all of us "
            "eventually. The fact you caught it and phoned the patient back is what "
            "matters."
        ),
        None,
    ),
    (
        (
            "What you're describing sounds like *moral injury* more than anything. Worth "
            "reading up on - it helped me put a name to what I was feeling."
        ),
        None,
    ),
    (
        (
            "Former vet nurse, now an HCA on a care of the elderly ward. The first fall on "
            "my watch wrecked me for weeks. What helped was talking it through with the "
            "ward sister over a brew. Hope you've got someone like that."
        ),
        None,
    ),
    (
        "🫂",
        None,
    ),
    (
        "honestly negligent. skipping tympanometry on a kid with a glue ear history?? 😬",
        "honestly negligent",
    ),
    (
        (
            "The ear impressions needed redoing as soon as she mentioned the wax. That's "
            "where it slipped."
        ),
        "The ear impressions needed redoing",
    ),
    (
        "Obviously this is going to sit with you for a while, and that's ok. It shows you care.",
        None,
    ),
    (
        (
            "Sorry to be the one to say it but giving the clozapine without the bloods back "
            "is indefensible."
        ),
        "indefensible",
    ),
    (
        (
            "You should have seen me my first week scrubbing in Exeter - dropped a whole "
            "tray of Langenbecks on the floor in front of a consultant. We survive. 💙"
        ),
        None,
    ),
    (
        "Surely you'd have checked for a consent form before starting the assessment?",
        "Surely you'd have checked for a consent form",
    ),
    (
        (
            "Obviously you check the battery door before telling a family the aid is dead. "
            "That's audiology basics."
        ),
        "Obviously you check the battery door",
    ),
    (
        (
            "Someone should have told the daughter before the consultant walked in - and "
            "from your own post, that someone was the social worker on shift."
        ),
        "Someone should have told the daughter before the consultant walked in",
    ),
    (
        (
            "speech therapist in a Galway primary school here - honestly the caseload "
            "numbers this year are insane, I'm amazed any of us are keeping up. hugs x"
        ),
        None,
    ),
    (
        (
            "You shouldn't be carrying this on your own, honestly. Is there a Schwartz "
            "round or anything similar at your trust?"
        ),
        None,
    ),
    (
        "Did you get any support afterwards? Debrief, occ health, anything?",
        None,
    ),
    (
        "Who fits hearing aids on a 90-year-old without even doing otoscopy first? Come on.",
        "Who fits hearing aids on a 90-year-old without even doing otoscopy first?",
    ),
    (
        "Sending love from Dunedin. You're clearly a thoughtful clinician.",
        None,
    ),
    (
        (
            "If you'd only waited for the surgeon to confirm the swab count, none of this "
            "would've happened. Sending love though x"
        ),
        "If you'd only waited for the surgeon to confirm the swab count",
    ),
    (
        (
            "What did you think was going to happen when you told a grieving husband the "
            "hospice bed had 'gone to someone else'?"
        ),
        "What did you think was going to happen",
    ),
    (
        (
            "I've been a pharmacist in rural Alaska for 18 years and not once have I handed "
            "over methotrexate without counselling on the weekly dose."
        ),
        "not once have I handed over methotrexate without counselling",
    ),
    (
        (
            "Everyone knows you don't leave a home visit without confirming the next "
            "appointment in writing. Basic caseload management."
        ),
        "Everyone knows you don't leave a home visit without confirming",
    ),
    (
        "In our theatre in Galway we'd NEVER let a scrub close without a second count. Never.",
        "we'd NEVER let a scrub close without a second count",
    ),
    (
        "**You are not the error.** Read that twice.",
        None,
    ),
    (
        (
            "Thunder Bay CPN. Winter caseloads up here are brutal and so many people are "
            "isolated. Your concern for him comes through in every line."
        ),
        None,
    ),
    (
        (
            "So sorry, that sounds like an awful week and I know CPN caseloads in Dunedin "
            "are stretched thin. But honestly the lithium level ought to have been chased "
            "the moment he mentioned the tremor at depot clinic. That's the one thing I'd "
            "want any new CPN to take away from this. Glad he's recovering."
        ),
        "the lithium level ought to have been chased",
    ),
]
