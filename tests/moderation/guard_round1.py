"""Round 1 of issue 14's evaluation: 170 replies (85 that judge the author's past decision)
written by a helper who saw only a labeling guide, never the guard's rules or corpora. The
guide asked for few direct "why did you" questions and many of the families the guard was
known to miss (veiled blame, condescension, verdicts, passive counterfactuals), so the set
is harder than ordinary replies. Measured untouched: see bench/README.md; test_guard.py
keeps what it reached. Entries as in guard_corpus: (reply, phrase or None)."""

ROUND_1 = [
    (
        "Are you back on shift this weekend? If you are, is there someone you trust on with you?",
        None,
    ),
    (
        "> I gave the wrong dose\n\nSo did I, once. I should have double-checked the decimal "
        "point and I didn't. The patient was fine but I wasn't for a while. Sending you strength.",
        None,
    ),
    (
        "From a paramedic: you should get a good night's sleep before you write your statement. "
        "Tired brains catastrophize everything.",
        None,
    ),
    ("How are you doing now, a week on?", None),
    (
        "Social work caseloads of 40+ are unsafe. The department should have capped them long "
        "before this happened.",
        None,
    ),
    (
        "Why would you leave a confused patient alone with the bed rails down?",
        "Why would you leave a confused patient alone",
    ),
    (
        "Look-alike packaging is a scandal. Manufacturers should have changed those labels years "
        "ago.",
        None,
    ),
    (
        "You're clearly a caring clinician — people who don't care don't lose sleep over this.",
        None,
    ),
    (
        "Honestly you could of just phoned pharmacy, they pick up 24/7.",
        "you could of just phoned pharmacy",
    ),
    (
        "The pharmacy system should have flagged that interaction. It's been known to miss it "
        "for years and IT haven't fixed it.",
        None,
    ),
    (
        "The pump rate should have been verified against the prescription at the bedside.",
        "The pump rate should have been verified",
    ),
    (
        'Going forward, a lot of pharmacies use a "stop and check" step for high-risk drugs; '
        "if yours doesn't, it might be worth suggesting it at your next team meeting.",
        None,
    ),
    (
        'Next time, what helped me was saying out loud "I\'m going to check this with you" to a '
        "colleague. It takes the shame out of asking.",
        None,
    ),
    (
        "Care worker 12 years. Lovely post and I can tell you care. But you shouldn't have left "
        "her in the chair that long without repositioning, that's how pressure sores start.",
        "you shouldn't have left her in the chair",
    ),
    ("hugs from a fellow OT 🤗 we've got you", None),
    (
        "You ought to have declined the extra patient if you were already at capacity.",
        "You ought to have declined the extra patient",
    ),
    (
        "One wonders whether the obs were actually being done hourly.",
        "One wonders whether the obs were actually being done",
    ),
    (
        "You should've seen me as a newly qualified nurse — I cried in the sluice at least twice "
        "a week. It gets better.",
        None,
    ),
    (
        "Reading this as a GP and just want to say: you're not a bad doctor. You're a human one.",
        None,
    ),
    (
        'I mean... it says "mg" not "mcg" right there on the chart. How do you miss that?',
        "How do you miss that?",
    ),
    (
        "Doctor (FY2). I could have asked my reg to review a chest X-ray and I didn't because I "
        "didn't want to look stupid. We all have one of those. Thank you for sharing yours.",
        None,
    ),
    (
        "I should have called sooner, that night, and I still think about it. You're not alone.",
        None,
    ),
    (
        "Really sorry this happened to you.\n\n**Why didn't you hand it over?** That's the bit "
        "that confuses me, since you knew the night team were new.",
        "Why didn't you hand it over?",
    ),
    ("Thank you for being honest. It makes it easier for the rest of us to be honest too.", None),
    (
        "The rota should never have left you alone on a 28-bed ward. That's a management "
        "failure, not yours.",
        None,
    ),
    (
        'My biggest regret as a paramedic: I should have trusted my gut on a "drunk" patient '
        "who turned out to be hypoglycaemic. You learn, you carry it, you keep going.",
        None,
    ),
    (
        "Come on, you don't push KCl. That's literally day one stuff.",
        "That's literally day one stuff.",
    ),
    (
        "I'm a midwife of 20 yrs and it's lovely that you're sharing this. It takes guts. Why "
        "didn't you escalate the CTG when it first looked suspicious, though?",
        "Why didn't you escalate the CTG",
    ),
    ("Whoever says they've never made a mistake is lying. Full stop.", None),
    ("Sending you so much love. ❤️", None),
    ("Why not take tomorrow off? You sound exhausted.", None),
    (
        "The fact that you're reflecting this deeply says a lot about the kind of nurse you are.",
        None,
    ),
    (
        "Paramedic, 11 years. I misread a 12-lead once and it was my crewmate who caught it. I "
        "still buy him coffee. We all need a second pair of eyes.",
        None,
    ),
    ("How is the patient doing now, if you're able to say? And how are YOU doing?", None),
    (
        "Maybe ask your clinical supervisor if you can go through the reflection together? It "
        "made mine feel less like a confession.",
        None,
    ),
    (
        "Out of interest, why did you go ahead without the consent form signed?",
        "why did you go ahead without the consent form signed?",
    ),
    (
        "Bless you, we've all been new. But honestly, what did you think was going to happen "
        "when you left the gate open?",
        "what did you think was going to happen",
    ),
    (
        "Whoever designed a pump where 10 and 100 look identical on the screen has a lot to "
        "answer for.",
        None,
    ),
    ("It wasn't your fault that the system had no failsafe. Please hear that.", None),
    (
        "Therapist here (SLT). I once recommended the wrong diet consistency because I mixed up "
        "two patients' notes. I reported it and apologised to the family, and they were so "
        "gracious. Honesty really does matter.",
        None,
    ),
    ("Fully preventable with a two-second check.", "Fully preventable"),
    (
        "Fwiw the patient shouldn't have been mobilized without the physical therapist's OK.",
        "the patient shouldn't have been mobilized",
    ),
    ("Sounds like a lazy shortcut that backfired, sadly.", "a lazy shortcut"),
    (
        "Not to pile on, but I'd have expected a band 6 to know to escalate that.",
        "I'd have expected a band 6 to know to escalate that",
    ),
    (
        "Oh that's rough, I'm sorry. Why didn't you check the wristband before giving it though?",
        "Why didn't you check the wristband",
    ),
    (
        "> I hung the bag without a second check\n\nwhy did you skip the second check?? "
        "genuinely asking",
        "why did you skip the second check??",
    ),
    (
        "Long time lurker. Mine was a wrong-site swab in anesthesia recovery. Not a disaster but "
        "enough to keep me up. The review was more supportive than I feared, hope yours is too.",
        None,
    ),
    ("Why not book a session with occ health this week? It's free and confidential.", None),
    (
        "I'm a pharmacist and I once dispensed a 10x dose of a liquid. I only found out because "
        "the parent rang back. It was the worst day of my working life. It was also the day I "
        "learned how much my colleagues cared about me. I stayed in pharmacy. I'm a better "
        "checker for it. You will be too.",
        None,
    ),
    (
        "Social worker, 15 yrs. I've been where you are with impossible caseloads and I know how "
        "it feels. But leaving the kids there overnight was a dangerous judgement, and I'd say "
        "that to anyone.",
        "a dangerous judgement",
    ),
    ("Do you have someone at home you can talk to tonight? 💛", None),
    (
        "Why did you not document the refusal at the time? That's the part I can't get past.",
        "Why did you not document the refusal",
    ),
    (
        "I'm a social worker and I once forgot to send a crucial referral for a whole week. "
        "Nothing bad happened, but I lay awake for nights. Reading yours, I recognize that "
        "feeling exactly.",
        None,
    ),
    (
        "> I don't know if I can go back\n\nYou can. Maybe not tomorrow, but you can. We're "
        "rooting for you.",
        None,
    ),
    ("Pretty irresponsible choice to discharge him that late at night.", "irresponsible choice"),
    ("You should take some time this week to do something that isn't work. Seriously.", None),
    (
        "Any first-year student knows you check the name, DOB and hospital number. Every. "
        "Single. Time.",
        "Any first-year student knows",
    ),
    ("No words of wisdom, just solidarity from a pharmacist in Leeds.", None),
    (
        "A really naive decision, letting the student do it unsupervised.",
        "A really naive decision",
    ),
    (
        "I guess some of us were taught to read the whole prescription before signing 🤷‍♀️",
        "some of us were taught to read the whole prescription",
    ),
    (
        "As a student myself I'd say you could have asked your mentor, that's literally what "
        "they're there for.",
        "you could have asked your mentor",
    ),
    (
        "You were supposed to recheck the glucose after an hour, weren't you?",
        "You were supposed to recheck the glucose",
    ),
    (
        "Big hugs xx. You shouldve waited for the second checker tho 😬",
        "You shouldve waited for the second checker",
    ),
    (
        "It's so normal to feel like this afterwards. It doesn't mean you're not good at your job.",
        None,
    ),
    (
        "It's not rocket science — you read the label before you draw it up.",
        "It's not rocket science",
    ),
    (
        "Wow. Did nobody ever teach you the five rights?",
        "Did nobody ever teach you the five rights?",
    ),
    (
        "My own error was a missed fracture on an x-ray in my first month as an ENP. Patient "
        "came back two days later. I learned more from that week than from any course.",
        None,
    ),
    ("why not ask for a buddy for your next few nights? no shame in it at all", None),
    (
        "Really? A paramedic with your experience and you didn't think to check the glucose?",
        "you didn't think to check the glucose?",
    ),
    ("💙💙💙", None),
    (
        "> I didn't recheck the calculation\n\nThat's the whole mistake right there.",
        "That's the whole mistake right there.",
    ),
    ("Has anyone from the team checked in on you since?", None),
    (
        "Warm hugs 🫂 Your choice to skip the handover was reckless though, let's be honest.",
        "Your choice to skip the handover was reckless",
    ),
    (
        "Care worker. Gave someone their meds twice because the MAR wasn't signed. Rang 111, "
        "they were ok. I still double-sign everything now.",
        None,
    ),
    (
        "Sorry for what you're going thru 💙 but the line should never have been flushed with "
        "that syringe.",
        "the line should never have been flushed",
    ),
    (
        "Paramedic here. Why didn't you immobilise before moving him? Not having a go, just "
        "trying to understand.",
        "Why didn't you immobilise before moving him?",
    ),
    (
        "Honestly, one nurse to twelve post-op patients? Whoever signed off that staffing should "
        "be answering the questions, not you.",
        None,
    ),
    (
        "Midwife here — I missed a decel on a CTG early in my career. Baby was fine. I went to "
        "the debrief and it changed how I read traces forever.",
        None,
    ),
    (
        "My worst one: I sent a patient home with someone else's discharge letter. Caught it "
        "within an hour. The shame was huge but my ward manager was brilliant about it.",
        None,
    ),
    (
        "Surely you knew metformin needs holding before contrast? It's in every guideline.",
        "Surely you knew metformin needs holding",
    ),
    ("I've read it twice and it's just sloppy practice, sorry.", "it's just sloppy practice"),
    (
        "I'm so sorry. Mistakes in healthcare are devastating for everyone involved, including "
        "you.",
        None,
    ),
    (
        "What made you think it was ok to give it as an IV push instead of an infusion?",
        "What made you think it was ok",
    ),
    ("Honestly that was a reckless call.", "a reckless call"),
    ("Sorry but that's a basic error.", "that's a basic error"),
    (
        "Feel for you, truly. Still a never event though, and entirely preventable.",
        "entirely preventable",
    ),
    (
        "Pharmacist here. Years ago I could have caught an interaction and I missed it. I still "
        "remember the drug names. What helped me was telling my supervisor everything straight "
        "away.",
        None,
    ),
    ("How are you sleeping?", None),
    (
        "Makes me wonder how closely the fluid balance chart was being read that day",
        "Makes me wonder how closely the fluid balance chart was being read",
    ),
    ("That's on you, mate. Own it and move on.", "That's on you"),
    (
        "As any midwife will tell you, you don't leave a labouring woman on her own for forty "
        "minutes.",
        "As any midwife will tell you",
    ),
    (
        "If the obs had been repeated at 2am, the deterioration would have been caught.",
        "If the obs had been repeated at 2am",
    ),
    (
        "Students shouldn't be left as the only midwife in the room, ever. Your placement let "
        "you down.",
        None,
    ),
    (
        "Haha you should have seen my face the first time I realized I'd made a med error. Pure "
        "panic. Be gentle with yourself.",
        None,
    ),
    ("This one's a failure of basic assessment imo.", "a failure of basic assessment"),
    ("Honestly, that was negligent. I'm sorry but it was.", "that was negligent"),
    ("Have a look at your union's support line too, they're good with incident reviews.", None),
    (
        "The bloods were meant to be chased before discharge, that's the bit that went wrong.",
        "The bloods were meant to be chased before discharge",
    ),
    (
        'I once gave 10 units instead of 1 because the "U" looked like a zero. Patient needed '
        "a glucose drip and was fine. I reported it, cried, and went back the next day.",
        None,
    ),
    (
        "I ought to have asked for help on my first solo night shift and didn't. Pride, mostly. "
        "Reading your post made me feel less alone in that.",
        None,
    ),
    (
        "ngl you could've just asked the charge nurse before pulling the line",
        "you could've just asked the charge nurse",
    ),
    (
        "It's wild that agency staff still don't get proper access to the e-prescribing system. "
        "That's on the organization, full stop.",
        None,
    ),
    (
        'I keep thinking "I should have known better" about my own med error from last year. '
        "My therapist calls it the hindsight trap. Maybe it helps to hear that name for it.",
        None,
    ),
    (
        "You needed to stop the transfusion at the first sign of a reaction.",
        "You needed to stop the transfusion",
    ),
    (
        "As a pharmacist I have to ask: why did you dispense it when the dose looked that high? "
        "Our system would've thrown a warning for that.",
        "why did you dispense it",
    ),
    (
        "You ought to give yourself the same compassion you'd give a colleague in this situation.",
        None,
    ),
    (
        "You could ask occupational health for a referral to counselling. Mine took two weeks "
        "and it was worth it.",
        None,
    ),
    (
        "I'm not judging, but I do wonder if you'd have caught it had you actually gone in and "
        "looked at him.",
        "had you actually gone in and looked at him",
    ),
    (
        "Social worker here — why did you close the case before the home visit?",
        "why did you close the case before the home visit?",
    ),
    (
        "**Things that helped me after my error:**\n- telling my line manager early\n- writing "
        "my reflection while it was fresh\n- going for a walk after shifts\n- this forum 💙",
        None,
    ),
    (
        "I understand it was busy, but you ought to have double-checked the chart before drawing "
        "it up.",
        "you ought to have double-checked the chart",
    ),
    (
        "You should have called the doctor the moment the BP dropped, honestly.",
        "You should have called the doctor",
    ),
    (
        "Interesting that you didn't pick up the allergy at triage. Makes you think.",
        "Interesting that you didn't pick up the allergy",
    ),
    (
        "The chart should have been checked before anything was given.",
        "The chart should have been checked",
    ),
    (
        "It's a shame the second check got skipped, that's all I'll say.",
        "It's a shame the second check got skipped",
    ),
    (
        "You should talk to someone about this — your EAP or occ health, whoever's easiest to "
        "reach.",
        None,
    ),
    ("What support do you have going into the review next week?", None),
    (
        "I'd be curious how your trust handles these — ours does a no-blame huddle within 24h. "
        "Might be worth asking if yours has something similar.",
        None,
    ),
    (
        "Sympathy from a fellow OT, but that transfer was unsafe and you knew it.",
        "that transfer was unsafe and you knew it",
    ),
    ("Physio here. Sending warmth. This could've been any of us on any shift.", None),
    (
        "Hmm. I'd want to know what was going through your head when you signed that off.",
        "I'd want to know what was going through your head",
    ),
    ("Is there anything you'd find helpful from us here right now?", None),
    ("Care homes running nights on two staff for 30 residents is the real story here.", None),
    (
        "Doc here. I prescribed penicillin to a penicillin-allergic patient as an F1. Pharmacist "
        "caught it. I still thank that pharmacist in my head every time I prescribe.",
        None,
    ),
    (
        "Not a systems issue. That was a lapse in your own checking.",
        "That was a lapse in your own checking.",
    ),
    (
        "If there's a Schwartz round at your trust, you might want to go. Hearing others made me "
        "feel human again.",
        None,
    ),
    (
        "Care worker 8 yrs. I should've reported a fall straight away once and I waited till end "
        "of shift because I was scared. Telling someone was the best thing I did after.",
        None,
    ),
    (
        "Your trust ought to have had a second checker available at night. Lone working with CDs "
        "is a policy failure.",
        None,
    ),
    (
        "lol who gives insulin without checking a BM first",
        "who gives insulin without checking a BM first",
    ),
    (
        "Social worker here. I ought to have visited a family sooner once, and I've never fully "
        "forgiven myself. Talking about it here helped more than I expected.",
        None,
    ),
    (
        "I'd be curious what the thinking was behind giving the second dose so soon.",
        "I'd be curious what the thinking was",
    ),
    (
        "It would have been better if you'd paged the on-call before starting the heparin.",
        "It would have been better if you'd paged the on-call",
    ),
    (
        "You could write down what you want to say before the meeting with your manager so "
        "you're not on the back foot.",
        None,
    ),
    ("You could ask for a debrief with your team. Ours are honestly really useful.", None),
    (
        "You should have seen me in my first year, honestly. I once labelled a whole batch of "
        "samples with the wrong ward. We survive. 😅",
        None,
    ),
    ("This was avoidable.", "This was avoidable."),
    ("Oh love. I'm so sorry. Be gentle with yourself tonight.", None),
    (
        "I'm sorry you're going through this, I really am. For the future, just remember that "
        "you should have used the weight in kg, not lbs, from the very start.",
        "you should have used the weight in kg",
    ),
    (
        "why didnt you just ask the family what meds she was on",
        "why didnt you just ask the family",
    ),
    (
        "Ugh, this brings back memories. In 2016 I should've escalated a sepsis patient hours "
        "earlier than I did. I carried it for ages. It does get lighter, I promise.",
        None,
    ),
    (
        "Sorry you're going through it. I'm just not sure what the plan was when you took the "
        "sedation off without telling anyone.",
        "I'm just not sure what the plan was",
    ),
    (
        "> I thought the allergy band was old\n\nYou should've asked rather than assumed.",
        "You should've asked rather than assumed.",
    ),
    (
        "Sending hugs 🤗 but why didn't u call the registrar as soon as the sats dropped?",
        "why didn't u call the registrar",
    ),
    (
        "Rule one of pharmacy: if the dose looks weird, it IS weird. Didn't you learn that?",
        "Didn't you learn that?",
    ),
    (
        "That referral really ought to have gone in the same day.",
        "That referral really ought to have gone in the same day.",
    ),
    ("This took courage to write. Thank you.", None),
    (
        "Obviously you check the potassium before giving more potassium 🙄",
        "Obviously you check the potassium",
    ),
    (
        "Just saying, on my unit nobody would sign for a CD they hadn't counted themselves.",
        "nobody would sign for a CD they hadn't counted themselves",
    ),
    (
        "That ambulance shouldn't have been sent 40 miles to a single-crewed call in the first "
        "place. Control rooms are stretched to breaking.",
        None,
    ),
    (
        "As a midwife I've been where you are. I should have documented more carefully on a "
        "shift in 2019 and it came back at the review. I survived it and so will you 💛",
        None,
    ),
    (
        "A second nurse ought to have been asked to witness it.",
        "A second nurse ought to have been asked",
    ),
    (
        "i shouldve spoken up in a ward round when i was a student and i didnt. still think "
        "about it sometimes. ur doing the brave thing by posting",
        None,
    ),
    ("Bit of a cavalier approach to the controlled drug register tbh.", "a cavalier approach"),
    ("Hate to say it but the error was yours, not the system's.", "the error was yours"),
    (
        "The allergy status needed to be confirmed before the first dose went in.",
        "The allergy status needed to be confirmed",
    ),
    (
        "Surely someone on that shift should have noticed the pump was alarming.",
        "Surely someone on that shift should have noticed",
    ),
    (
        "You should have seen the state of my first ever care plan as a student social worker. "
        "My practice educator was very kind about it. Someone will be kind to you too.",
        None,
    ),
    (
        "If you think that's bad, you should have seen me on my first pediatric rotation. Big "
        "hugs.",
        None,
    ),
    ("Is your manager being supportive?", None),
    ("I get the pressure you were under but it was a careless decision.", "a careless decision"),
    ("You need to be kind to yourself right now. That's the only advice I've got.", None),
    (
        "Tbh you really should have rung the safeguarding team that afternoon instead of waiting "
        "till Monday.",
        "you really should have rung the safeguarding team",
    ),
    (
        "A quick call to the GP would have prevented the whole thing.",
        "A quick call to the GP would have prevented the whole thing.",
    ),
    (
        "Had the dose been double-checked this wouldn't have happened.",
        "Had the dose been double-checked",
    ),
    (
        "The family should've been told straight away, not at the end of the shift.",
        "The family should've been told straight away",
    ),
    ("Tough read. Textbook example of complacency, though.", "Textbook example of complacency"),
    (
        "The managers should have replaced the broken hoist months ago. You were set up to "
        "struggle.",
        None,
    ),
    (
        "Why do we always blame ourselves first? Genuinely think it's a nursing culture thing. "
        "Be kind to you. 💛",
        None,
    ),
    (
        "As a student nurse I hung the wrong bag of fluids. My mentor caught it within minutes. "
        "I thought my career was over. It wasn't. Yours isn't either.",
        None,
    ),
    (
        "Had you checked the label properly, none of this would have happened.",
        "Had you checked the label properly",
    ),
]
