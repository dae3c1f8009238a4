"""Round 4 of issue 14's evaluation: 160 replies (80 that judge the author's past decision)
from two helpers who saw only the labeling guide (guard_round2.md), never the rules, the model,
the corpora or the code. A: nurses, midwives, care staff, students, paramedics, pharmacists (UK,
Ireland, India, Nigeria, the Philippines, Canada); B: therapists, social workers, doctors,
allied health, dentists, school nurses (USA, Australia, New Zealand, South Africa, Singapore,
Scotland). Measured untouched with the rules of rounds 1 to 3 and the sentence model trained on
them: see bench/README.md. Entries as in guard_corpus: (reply, phrase or None)."""

ROUND_4_A = [
    (
        "I did almost exactly this on my first rotation: should've checked the wristband, "
        "didn't, and spent a week feeling sick about it. It gets easier, I promise.",
        None,
    ),
    (
        "Wow. The bedside check 'felt rushed' so it got skipped. Glad to know that's how blood "
        "transfusion works now 🙃",
        "Glad to know that's how blood transfusion works now",
    ),
    (
        "Heparin and insulin both being measured in units has caught out so many people that "
        "lots of hospitals have banned writing 'U' altogether. It's a known trap.",
        None,
    ),
    (
        "That infusion pump library is rubbish, the drug names truncate at 12 characters. It "
        "should have been replaced years ago. Not your fault.",
        None,
    ),
    (
        "Ah lad. Leaving a query stroke at home because he 'perked up' is reckless, there's no "
        "other word for it. FAST negative doesn't rule anything out.",
        "is reckless, there's no other word for it",
    ),
    (
        "Couple of things stood out reading this:\n- the interaction alert was overridden "
        "without a note\n- nobody called the patient back\n- the label went out with the wrong "
        "strength\n\nThat's three separate chances to catch it and all three were skipped.",
        "all three were skipped",
    ),
    (
        "Dispensing errors happen to every single one of us at some point, the numbers are "
        "pretty sobering. How are you holding up?",
        None,
    ),
    (
        "tbh u shouldve escalated way earlier, NEWS of 7 is a medical review not a 'see how she "
        "goes' 😬",
        "u shouldve escalated way earlier",
    ),
    (
        "I'm only a 2nd year student so maybe I'm missing something, but I'm having a hard time "
        "seeing how the allergy band got missed when it's literally on the wrist 😕",
        "I'm having a hard time seeing how the allergy band got missed",
    ),
    (
        "Hugs po. If only you'd read the care plan before giving her the sandwich, she wouldn't "
        "have choked. The IDDSI level was right there.",
        "If only you'd read the care plan before giving her the sandwich",
    ),
    (
        "Mate. Been there. DM me if you want to chat, genuinely.",
        None,
    ),
    (
        "Why do we always assume it's our fault first? Has anyone from your home actually sat "
        "down with you since?",
        None,
    ),
    (
        "I work PICU in Dublin and I'll be straight with you: a tenfold error on a neonatal "
        "morphine infusion is not a 'wobble', it's a serious lapse. Be kind to yourself but own "
        "it.",
        "it's a serious lapse",
    ),
    (
        "What made you think it was ok to sign for the controlled drug without seeing it given?",
        "What made you think it was ok to sign for the controlled drug",
    ),
    (
        "Who dispenses methotrexate daily instead of weekly without a single question to the "
        "prescriber? Genuinely asking.",
        "Who dispenses methotrexate daily instead of weekly without a single question to the "
        "prescriber?",
    ),
    (
        "Hate reading these. Spinal precautions should have been maintained until he was "
        "cleared in the trauma bay, full stop. Hope he recovers.",
        "Spinal precautions should have been maintained until he was cleared",
    ),
    (
        "Thank you for writing this so honestly. I'm saving it to share (anonymised) with our "
        "new grads, because this is the stuff nobody tells you.",
        None,
    ),
    (
        "Hard to believe a whole day's fluid chart could sit at 150 ml without anyone clocking "
        "it, and she was your resident.",
        "Hard to believe a whole day's fluid chart could sit at 150 ml without anyone clocking it",
    ),
    (
        "This one was preventable, my sister. Meconium liquor plus decels is not the time to "
        "wait for the consultant to finish ward round.",
        "This one was preventable",
    ),
    (
        "As a pharmacist: enoxaparin dosing in renal impairment is covered in first-year "
        "therapeutics. This shouldn't be news to anyone working a medical ward.",
        "covered in first-year therapeutics",
    ),
    (
        "**You are not a bad nurse.** Read that again. A parent's anger in the moment isn't a "
        "verdict on your career.",
        None,
    ),
    (
        "Ndo, my dear. Stillbirths break something in all of us. Please find someone to talk "
        "to, and rest.",
        None,
    ),
    (
        "I'd love to understand the reasoning behind sending her home at 3 cm with that BP. Not "
        "judging, just trying to learn.",
        "I'd love to understand the reasoning behind sending her home at 3 cm with that BP",
    ),
    (
        "Did it not cross your mind to check the insulin pen dial before handing it over?",
        "Did it not cross your mind",
    ),
    (
        "You needed to report the skin tear there and then, not at the end of the shift. I get "
        "it was busy but still.",
        "You needed to report the skin tear there and then",
    ),
    (
        "You should have seen me the first time I had a shoulder dystocia on my own, I "
        "completely forgot McRoberts for a good ten seconds. We're all human. x",
        None,
    ),
    (
        "You could've just phoned the GP from the car, honestly. Five minutes and none of this "
        "escalates.",
        "You could've just phoned the GP from the car",
    ),
    (
        "Oh sure, one nurse to twenty-two acutely unwell patients, what could possibly go "
        "wrong. Not you, the staffing. 🙄",
        None,
    ),
    (
        "Respect for posting. Plenty of us in Lagos EMS have had a night like this and never "
        "said a word.",
        None,
    ),
    (
        "Sorry you're going through this. Honestly though, with a PPH risk that high, the "
        "syntometrine should have been drawn up and ready before delivery, not hunted for "
        "afterwards.",
        "the syntometrine should have been drawn up and ready before delivery",
    ),
    (
        "Did you get a critical incident debrief? Ours in Alberta are actually pretty good if "
        "you ask for one.",
        None,
    ),
    (
        "Sending you a massive hug. Thank you for being brave enough to share this.",
        None,
    ),
    (
        "Handover to the ED nurse with no mention of the blood thinners? What was the plan "
        "there exactly?",
        "What was the plan there exactly?",
    ),
    (
        "Why not take this to the next medication safety meeting as a case? Turning it into "
        "learning helped me loads after my own near miss.",
        None,
    ),
    (
        "Pressure injuries at home are so often 'avoidable' only on paper: families decline "
        "turns, the air mattress takes three weeks to arrive. The audits rarely capture any of "
        "that.",
        None,
    ),
    (
        "Honestly any of us could have missed it. A slow-rising BP in a woman who feels fine is "
        "one of the hardest things to catch.",
        None,
    ),
    (
        "With respect, de-escalation before restraint is something they drill into you from the "
        "very first placement. Jumping straight to a prone hold is a choice.",
        "Jumping straight to a prone hold is a choice.",
    ),
    (
        "The agency should have told you she was nil by mouth before you even started. Nobody "
        "handed that over, did they?",
        None,
    ),
    (
        "Abeg no vex, but the cannula should have come out the moment the site went red. VIP "
        "scores are there for a reason.",
        "the cannula should have come out the moment the site went red",
    ),
    (
        "You reported it straight away, which is more than a lot of people would do. That "
        "counts for a lot.",
        None,
    ),
    (
        "Things that helped me after mine:\n1. Telling my partner the whole story\n2. Going "
        "back on shift sooner rather than later\n3. Not rereading the incident report over and "
        "over\n\nHope some of that helps.",
        None,
    ),
    (
        "You should definitely write a reflection on this for your portfolio, not as punishment "
        "but because it'll help you process it.",
        None,
    ),
    (
        "Night shifts in LTC with 30 residents and two staff... honestly it's a miracle more "
        "doesn't go wrong. Look after yourself.",
        None,
    ),
    (
        "> I assumed the dose had been checked on the ward\n\nAssumptions are how gentamicin "
        "toxicity happens. Level before the next dose, it's on the chart for a reason.",
        "Assumptions are how gentamicin toxicity happens.",
    ),
    (
        "> I didn't think to ask about other meds because she seemed so well\n\nSeemed well "
        "isn't a clinical assessment. That's exactly when you ask.",
        "Seemed well isn't a clinical assessment.",
    ),
    (
        "Abeg, what did you think would happen when you put a ligature-risk patient on "
        "30-minute obs after that kind of handover?",
        "what did you think would happen",
    ),
    (
        "Isn't a 12-lead literally the first thing you do with chest pain in a diabetic? Not "
        "having a go, just genuinely confused.",
        "Isn't a 12-lead literally the first thing you do with chest pain in a diabetic?",
    ),
    (
        "> I keep replaying the moment I drew it up\n\nI know that loop so well. Obviously "
        "you'll think about it for a while, but it doesn't define you as a nurse. 💛",
        None,
    ),
    (
        "Sending hugs, honestly. That said, running potassium that fast without a second "
        "signature is the sort of thing that ends careers, and I think deep down you know it.",
        "the sort of thing that ends careers",
    ),
    (
        "This is the kind of post that makes me less scared of starting internship honestly. "
        "Thank you.",
        None,
    ),
    (
        "Reading this on my break in the staff room and nodding along. The 3am brain fog is "
        "real. Hope your manager gives you some time off.",
        None,
    ),
    (
        "Ask your station officer about the peer support team, they've been brilliant for a "
        "couple of the lads here.",
        None,
    ),
    (
        "Oh great, another 'the monitor was acting up so I ignored the rhythm' story. Sure. "
        "Because the machine is always the one lying 🙄",
        "Because the machine is always the one lying",
    ),
    (
        "What did your clinical lead say when you told them? Ours was surprisingly decent about "
        "it.",
        None,
    ),
    (
        "Ah pet, that's a rough night. What possessed you to leave her on the CTG unattended "
        "for forty minutes though?",
        "What possessed you to leave her on the CTG unattended",
    ),
    (
        "Grand to see you getting support in the comments. Mind yourself this weekend.",
        None,
    ),
    (
        "No one should have to make that call alone at 4am as a student. I'm really glad you "
        "posted this.",
        None,
    ),
    (
        "Out of curiosity, what's the reporting process like in your province? Trying to "
        "understand what I'm walking into next year.",
        None,
    ),
    (
        "Genuinely not trying to pile on, but I do wonder whether the second set of obs was "
        "ever actually done, or just charted.",
        "I do wonder whether the second set of obs was ever actually done, or just charted",
    ),
    (
        "Is your regulator's helpline any use where you are? The PSI one put me in touch with a "
        "counsellor within a week.",
        None,
    ),
    (
        "Kapit lang, kabayan. Being far from home makes everything heavier. Message me if you "
        "need someone who gets it.",
        None,
    ),
    (
        "Extravasation injuries are horrible and the plastics referral is slow, so chase it. "
        "Frankly, norad through a 22G in the hand for six hours was never going to end well. "
        "Document everything and get your incident report in today.",
        "norad through a 22G in the hand for six hours was never going to end well",
    ),
    (
        "Why didn't you inform the duty doctor when the sats dropped to 88? Even a phone call "
        "was enough.",
        "Why didn't you inform the duty doctor",
    ),
    (
        "Management should have had two staff on that ward, not just you and a bank HCA who'd "
        "never met the patients. That's on them.",
        None,
    ),
    (
        "not being funny but leaving the bed rails down on a resident with known falls risk is "
        "just careless. sorry but it is",
        "is just careless",
    ),
    (
        "First off, I'm really sorry. Section 17 leave going wrong is every MH nurse's "
        "nightmare, and the inquiry process is brutal, I've sat through one myself. I'd get "
        "your union involved early and keep your reflective notes factual. For what it's worth, "
        "the risk assessment ought to have been redone after the family visit upset him, and I "
        "think the panel will focus on that, so be ready to speak to it honestly. Look after "
        "yourself and don't go through this on your own.",
        "the risk assessment ought to have been redone after the family visit upset him",
    ),
    (
        "On our ward in Cebu even the newest staff know to double-check paracetamol mg/kg for "
        "infants. Basic lang yan.",
        "even the newest staff know to double-check paracetamol mg/kg for infants",
    ),
    (
        "Why you no check the name on the blister pack before giving am? Two Mrs Okafors on the "
        "same unit is exactly when you slow down.",
        "Why you no check the name on the blister pack",
    ),
    (
        "The dispensary system should never have let two drugs with near-identical names sit "
        "side by side on the same shelf. That's a layout problem, not a you problem.",
        None,
    ),
    (
        "omg im so sorry 😭 sending love, ur clearly a caring nurse",
        None,
    ),
    (
        "Years back I hung the right antibiotic on the wrong bed. My own carelessness, no "
        "excuse. I was sure I'd be struck off. I wasn't. You'll come through this.",
        None,
    ),
    (
        "Been on the road 14 yrs. Glucose check takes ten seconds, you had to get a BGL before "
        "calling it a psych presentation. Glad he's ok.",
        "you had to get a BGL before calling it a psych presentation",
    ),
    (
        "So sorry, it sounds awful. A quick look at the fluid balance at 2am and you'd have "
        "spotted she was dry. Please don't beat yourself up too much.",
        "A quick look at the fluid balance at 2am and you'd have spotted she was dry",
    ),
    (
        "Twenty-two years on the district and I have never once left a syringe driver without "
        "checking the line at the next visit. It's really not complicated.",
        "I have never once left a syringe driver without checking the line",
    ),
    (
        "Next time you're unsure on scene, you could always patch through to the base hospital "
        "physician. That's what they're there for and nobody thinks less of you for using it.",
        None,
    ),
    (
        "You shouldn't have to carry this on your own. Please talk to your clinical instructor, "
        "they've seen it all before.",
        None,
    ),
    (
        "In our hospital pharmacy in Pune this would be caught at once. The prescription should "
        "have been cross-checked against the weight before dispensing, that's the whole point "
        "of the final check.",
        "should have been cross-checked against the weight",
    ),
    (
        "Hold on. The patient is stable now and that matters. Take the lesson and leave the guilt.",
        None,
    ),
    (
        "Been qualified since 2004 and I still remember my worst one in detail. What helped me "
        "was writing the timeline down once, properly, then closing the notebook. The Datix, "
        "the meeting with matron, the statement: each bit felt like the end of the world and "
        "none of them were. Eat something, sleep, and let the process run. You're clearly "
        "someone who cares, or you wouldn't be posting at 1am.",
        None,
    ),
    (
        "Sorry ma, but how come you did not call the nurse when you saw the sacral sore "
        "breaking down?",
        "how come you did not call the nurse",
    ),
]

ROUND_4_B = [
    (
        "Resident in Chicago. Our M&Ms are brutal, but I've noticed the people who post stories "
        "like yours end up being the safest docs around. Hang in there.",
        None,
    ),
    (
        "Physio here, Auckland. Gutted for you, honestly. What made you mobilise him before the "
        "post-op X-ray was back though? That's the bit I keep snagging on.",
        "What made you mobilise him before the post-op X-ray was back",
    ),
    (
        "Next time (and there will be a next time, for all of us) ask your nurse to read back "
        "the tooth number before you pick up the forceps. Nobody thinks less of you for it.",
        None,
    ),
    (
        "Reading this as an SLP in Texas... wet voice, coughing at meals, 4kg weight loss. The "
        "red flags were all over the case notes, hindsight or not.",
        "The red flags were all over the case notes, hindsight or not",
    ),
    (
        "Hospital dentist in Glasgow. Duty of candour conversations are horrible but you did "
        "it. That counts for a lot.",
        None,
    ),
    (
        "How are you doing now, a few weeks on?",
        None,
    ),
    (
        "Honestly, skipping the surgical pause was a sloppy shortcut and I'd hate for the "
        "juniors reading this thread to think it's normal.",
        "skipping the surgical pause was a sloppy shortcut",
    ),
    (
        "Isn't that exactly what the falls risk assessment is there for? Sorry, I know you're "
        "hurting.",
        "Isn't that exactly what the falls risk assessment is there for?",
    ),
    (
        "Really sorry to read this. The tooth number should have been confirmed against the "
        "referral and the radiograph before the elevator went anywhere near it.",
        "The tooth number should have been confirmed against the referral and the radiograph",
    ),
    (
        "Look-alike cartridges of lignocaine and articaine catch everybody eventually. Our "
        "practice colour-codes the trays now, might be worth suggesting to yours?",
        None,
    ),
    (
        "This was completely avoidable. Sorry.",
        "This was completely avoidable",
    ),
    (
        "Dental nurse in Auckland here. My dentist and I had an incident a couple of years "
        "back, we talked it through with the patient and honestly she was more understanding "
        "than we were with ourselves. Hope yours goes the same way.",
        None,
    ),
    (
        "I find it hard to see how the child protection alert got missed when it's the first "
        "thing on the system banner. Not having a go, but.",
        "I find it hard to see how the child protection alert got missed",
    ),
    (
        "Counsellor here. Shame is a terrible narrator. It will tell you this one event defines "
        "you. It doesn't.",
        None,
    ),
    (
        "We had a Schwartz round on exactly this kind of event last month. If your health board "
        "runs them, go. Even just to listen.",
        None,
    ),
    (
        "What did you think would happen leaving a 15yo with suicidal ideation alone in the "
        "sick bay for twenty minutes?? School nurse, Queensland.",
        "What did you think would happen",
    ),
    (
        "Radiographer, Johannesburg. Pregnancy status wasn't checked before the CT abdo, full "
        "stop. That's the whole story; the busy shift is noise.",
        "Pregnancy status wasn't checked before the CT abdo, full stop",
    ),
    (
        "Speech pathologist in Brisbane. I remember the silence in the room after my own "
        "mistake. You described it perfectly. Sending strength.",
        None,
    ),
    (
        "If you'd just pulled up the previous films you'd have seen it was an old healed "
        "fracture and nobody needed calling in at 3am. Not trying to pile on.",
        "If you'd just pulled up the previous films",
    ),
    (
        "Psychologist in Ohio. I'd gently say the duty to warn kicked in the moment he named "
        "his ex, and you should've acted on it then rather than waiting for the next session.",
        "you should've acted on it then rather than waiting for the next session",
    ),
    (
        "I can't help wondering what was going through your head when the sats dropped to 88 "
        "and you still went on your break.",
        "I can't help wondering what was going through your head",
    ),
    (
        "Someone on that home visit should have clocked the stairs were unsafe before "
        "recommending discharge home, and reading your post, that someone was you.",
        "Someone on that home visit should have clocked the stairs were unsafe",
    ),
    (
        "So the lab was literally one extension away. A two-minute phone call would've saved "
        "the whole mess 🙃",
        "A two-minute phone call would've saved the whole mess",
    ),
    (
        "Surely at some point in a 40 minute appointment the penny would drop that this wasn't "
        "just anxiety? GP, Edinburgh.",
        "Surely at some point in a 40 minute appointment the penny would drop",
    ),
    (
        "Why not take it to clinical supervision? Not as a confession, just so you have "
        "somewhere to set it down.",
        None,
    ),
    (
        "why didnt u just page the reg?? genuinely asking, im a PGY2 in Brisbane and we get "
        "told to page for literally anything",
        "why didnt u just page the reg",
    ),
    (
        "The rota should never have had one radiographer covering CT, plain film AND resus on a "
        "Friday night. That's on management, not you.",
        None,
    ),
    (
        "You shouldn't be carrying this by yourself. Is there an EAP through your DHB? Ours in "
        "Wellington was actually decent.",
        None,
    ),
    (
        "Love how the allergy box was right there on the chart in red capitals and apparently "
        "invisible. It should've been read. Simple as.",
        "It should've been read",
    ),
    (
        "Resident in Boston. The troponin ought to have been repeated at 3 hours, that's the "
        "pathway pretty much everywhere. Hope the patient did ok.",
        "The troponin ought to have been repeated at 3 hours",
    ),
    (
        "> I told him I'd call him back and I never did\n\nOh love. That line hit me. Social "
        "worker here, I could have written it myself about a client from 2019. Are you sleeping "
        "ok?",
        None,
    ),
    (
        "I'm sorry you're going through the complaint process. But let's call it what it is: "
        "sending him home with a GCS of 14 and no CT head was reckless.",
        "was reckless",
    ),
    (
        "Has your indemnity provider been in touch yet? Ours were surprisingly supportive and "
        "had a helpline for exactly this.",
        None,
    ),
    (
        "❤️ from a fellow physio in Christchurch",
        None,
    ),
    (
        "Is the family still in contact? Sometimes an open disclosure meeting helps everyone, "
        "you included.",
        None,
    ),
    (
        "Why do we always turn on ourselves first and the system last? Psych registrar, "
        "Edinburgh. You're allowed to be upset AND be a good doctor.",
        None,
    ),
    (
        "Are you back at work yet? No pressure either way, just checking in.",
        None,
    ),
    (
        "Family doc in Vermont. You handled the aftermath with more honesty than most of us "
        "would manage. Well done for owning it publicly.",
        None,
    ),
    (
        "People keep calling these events 'avoidable' as if that helps. Everything looks "
        "avoidable in a root cause analysis. Doesn't make you a bad clinician.",
        None,
    ),
    (
        "Lateral markers. On. Every. Film. We drill this into students in week one at uni. I'm "
        "sure you're gutted but come on.",
        "We drill this into students in week one at uni",
    ),
    (
        "Social worker in Soweto. Twenty years in child protection and there are cases I still "
        "carry. You learn to carry them differently, not to drop them.",
        None,
    ),
    (
        "Entirely preventable error, and I say that with love. Be kind to yourself anyway x",
        "Entirely preventable error",
    ),
    (
        "Gosh. Legally the crux is that the consent form needed re-signing once the procedure "
        "changed. Everything else is secondary.",
        "the consent form needed re-signing once the procedure changed",
    ),
    (
        "this made me cry on the bus ngl. ur gonna be ok",
        None,
    ),
    (
        "Just read this on my lunch break and wanted to say: you are not alone. I'm an OT in "
        "Cape Town and I've had a near-identical week. Please be gentle with yourself tonight.",
        None,
    ),
    (
        "Dental nurse in Cape Town. How did nobody on your side of the chair notice the allergy "
        "sticker on the file? It's bright red for a reason.",
        "How did nobody on your side of the chair notice the allergy sticker",
    ),
    (
        "I'm a school nurse in Aberdeen and honestly the isolation of being the only health "
        "person in a building of 900 kids is something nobody outside gets. Thinking of you.",
        None,
    ),
    (
        "Could you write it up as a reflective piece for your CPD? It helped me more than I "
        "expected after my own incident.",
        None,
    ),
    (
        "Counsellor, Durban. I do feel for you. Even so, leaving a client's case notes on the "
        "back seat of an unlocked car is a serious breach and frankly careless, and I think you "
        "know that.",
        "frankly careless",
    ),
    (
        "Physio, 8 years in. The fact that you're writing this at all tells me you care deeply. "
        "That's the clinician I'd want treating my mum.",
        None,
    ),
    (
        "Sending you a massive hug from Perth. 💛",
        None,
    ),
    (
        "Thank you for sharing this. It takes guts.",
        None,
    ),
    (
        "Obviously you confirm ID with two identifiers before sending someone through to the "
        "scanner. That's radiography 101, it really is.",
        "Obviously you confirm ID with two identifiers",
    ),
    (
        "What did your practice manager say? Hoping they were kinder than mine were after my "
        "prescribing error.",
        None,
    ),
    (
        "I did exactly this as an intern in Joburg, missed a K+ of 6.8 because I had the wrong "
        "patient's results open. I should have double-checked the name and I didn't. It haunts "
        "me less now. It will for you too.",
        None,
    ),
    (
        "Had you checked the INR yourself instead of relying on the anticoag clinic's number "
        "from last month, this wouldn't have happened. Sorry to be blunt, family medicine in "
        "Atlanta.",
        "Had you checked the INR yourself",
    ),
    (
        "GP in rural NSW. The hardest part for me was bumping into the patient at the "
        "supermarket afterwards. If that's happening to you, feel free to DM.",
        None,
    ),
    (
        "In our practice nobody would dream of starting a filling without checking the medical "
        "history first, it's literally the first screen that pops up. Sending support anyway.",
        "In our practice nobody would dream of starting a filling without checking the medical "
        "history first",
    ),
    (
        "did u get any debrief after? in my hospital (Singapore) they just expect u to carry on "
        "with the next case which is madness",
        None,
    ),
    (
        "Did it not occur to you to ring the school before you closed the referral? The teacher "
        "was the one who raised it in the first place.",
        "Did it not occur to you to ring the school",
    ),
    (
        "Psychotherapist in Sydney. Whatever happens with the complaint, please make sure you "
        "have your own therapist right now. We hold so much for others.",
        None,
    ),
    (
        "GP of 25 years in Dunedin. I've never once written up methotrexate daily, because you "
        "learn in med school it's weekly. Sorry but that's core knowledge.",
        "that's core knowledge",
    ),
    (
        "> I assumed the previous counsellor had already done the risk assessment\n\nBut why "
        "would you assume that with a client who'd disclosed self-harm at intake? I'm asking "
        "because it matters for what you do differently.",
        "why would you assume that",
    ),
    (
        "Hmm. I'd be interested to know what the clinical reasoning was for discharging without "
        "the OT functional assessment. Not judging, just curious.",
        "I'd be interested to know what the clinical reasoning was",
    ),
    (
        "Speech therapist, Singapore. Big hugs first. In all honesty a bedside swallow screen "
        "before you okayed thin fluids would have caught it.",
        "a bedside swallow screen before you okayed thin fluids would have caught it",
    ),
    (
        "Most aspiration incidents happen at mealtimes on the ward, not during the assessment "
        "itself. It's a well-known gap in how SLT recommendations get passed to catering and "
        "HCAs.",
        None,
    ),
    (
        "The RIS lets you pick a patient from a dropdown of near-identical names. It was going "
        "to happen to someone, and it could have been any of us.",
        None,
    ),
    (
        "tbh u could've just asked the mum what she'd already given him b4 handing out the "
        "paracetamol. school nurse 12 yrs, its the first thing i ask every single time",
        "u could've just asked the mum",
    ),
    (
        "Sorry this happened to you. Was there really no senior radiographer on site you could "
        "have grabbed before exposing the wrong side?",
        "Was there really no senior radiographer on site you could have grabbed",
    ),
    (
        "**A wrong-site extraction is a never event for a reason.** It doesn't happen without "
        "steps being skipped. Hope you're getting some support though.",
        "It doesn't happen without steps being skipped",
    ),
    (
        "**Things that helped me after my own incident:**\n- talking to one trusted colleague, "
        "not ten\n- writing the timeline out once, then closing the notebook\n- my own GP\n- "
        "remembering the hundreds of patients I helped that same month",
        None,
    ),
    (
        "Oof. Been there with paeds dosing as a GP registrar. You really needed to weigh the "
        "wee one on the day rather than trusting a referral letter from March though, they grow "
        "fast at that age.",
        "You really needed to weigh the wee one on the day",
    ),
    (
        "The dispensing software should have flagged the interaction, that's literally its job. "
        "Whoever configured it to suppress the warnings has a lot to answer for.",
        None,
    ),
    (
        "Oh this is so hard, and I really do feel for you. I've been a child protection social "
        "worker in Adelaide for eleven years and the paperwork never stops, I get it. The thing "
        "is, you had a duty to document that disclosure the same day, and from what you've "
        "written that's where it all fell over. The rest was just consequences rolling "
        "downhill. Please look after yourself through the review.",
        "you had a duty to document that disclosure the same day",
    ),
    (
        "Radiographer at a public hospital in Singapore. I'm saving this post for our new "
        "grads, not as a warning but as proof that good people have bad days.",
        None,
    ),
    (
        "You ought to have put the safeguarding concern in writing at handover instead of a "
        "corridor chat with the night SW. Lesson learned I guess.",
        "You ought to have put the safeguarding concern in writing",
    ),
    (
        "Honest question from an OT in Glasgow: what was stopping you from doing the access "
        "visit before signing off the discharge?",
        "what was stopping you from doing the access visit before signing off the discharge",
    ),
    (
        "Nobody should have to run a 30-patient clinic with no registrar cover. Obviously the "
        "outcome was awful, but the conditions you were working in were indefensible.",
        None,
    ),
    (
        "From a trauma-informed lens, the therapist should have stopped the session once the "
        "client dissociated and moved to grounding, rather than pushing on with the narrative. "
        "Window of tolerance stuff. Sorry, but that's the reality of it.",
        "the therapist should have stopped the session once the client dissociated",
    ),
    (
        "You should have seen me in my first year as a school counsellor, I once sent a "
        "mandatory report to the wrong district. We survive these things.",
        None,
    ),
]
