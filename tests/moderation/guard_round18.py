"""Round 18 of issue 14's evaluation, the latest untouched set: 160 replies (80 that judge the
author's past decision) from two helpers who saw only the labeling guide (guard_round2.md), never
the rules, the model, the corpora or the code. A: perioperative practitioners, learning-disability
nurses, hospital social workers, CAMHS therapists, orthotists, pharmacy dispensers, ambulance
call-takers, student midwives, occupational health nurses, veterinary nurses turned care assistants
(Grimsby, Ennis, Sudbury, Eldoret, Mackay, Vermont, Aberystwyth, Khulna, Oban, Nelson). B: district
nurses, sexual-assault examiners, rehab physiotherapists, eating-disorder therapists, clinical
pharmacists, flight nurses, school social workers, phlebotomists, mental-health support workers,
outpatient radiographers (Barrow-in-Furness, Castlebar, Red Deer, Mbale, Gympie, Wyoming, Ayr,
Hyderabad, Tralee, Timaru). Measured once with the final code of 2026-12-07 (threshold 0.75), and
neither read nor trained on since: see test_guard.py and bench/README.md. Entries as in
guard_corpus."""

ROUND_18_A = [
    (
        (
            "Thank you for sharing this. I've read it three times and I'm going to bring it "
            "(anonymised, obvs) to our team huddle, because it shows so clearly how handover "
            "gaps happen."
        ),
        None,
    ),
    (
        (
            "Next time (and there will be a next time, because we're human), ask for a second "
            "check out loud. It's not weakness, it's practice."
        ),
        None,
    ),
    (
        (
            "**You ought to have** turned the synto off the moment the trace changed. Sorry but "
            "someone has to say it."
        ),
        "**You ought to have** turned the synto off the moment the trace changed",
    ),
    (
        (
            "I've read this twice and I really do feel for you, nights on a short ward are "
            "brutal and I've had my share of them. It's hard not to notice, though, that every "
            "warning sign is sitting right there in your own post. The sats drifting, the "
            "colour, the mum telling you twice that he wasn't himself. Hindsight is 20/20 and "
            "all that, but still. Please look after yourself and take whatever support is "
            "offered."
        ),
        "every warning sign is sitting right there in your own post",
    ),
    (
        (
            "Lovely that you're reflecting. Still, you were meant to weigh him before drawing it "
            "up - that's the whole point of mg/kg."
        ),
        "you were meant to weigh him before drawing it up",
    ),
    (
        (
            "Has your uni offered you anything? Our link lecturer was amazing when I had a "
            "wobble on placement."
        ),
        None,
    ),
    (
        (
            "Look-alike vials are a known trap. Obviously the manufacturer could make them "
            "different colours, but they don't, and it catches the best of us."
        ),
        None,
    ),
    (
        (
            "even the students know you don't take consent off someone who's still groggy from "
            "the anaesthetic lol"
        ),
        "even the students know you don't take consent off someone who's still groggy",
    ),
    (
        "Totally normal to replay it at 4am. It fades, I promise. Took me about six months.",
        None,
    ),
    (
        (
            "Reading this from a comms centre in Mackay. What was the reasoning behind starting "
            "CPR instructions *before* you'd confirmed the address?"
        ),
        (
            "What was the reasoning behind starting CPR instructions *before* you'd confirmed "
            "the address?"
        ),
    ),
    (
        "What did u think would happen if u left the bedrails down with his falls history??",
        "What did u think would happen if u left the bedrails down",
    ),
    (
        "We teach the 5 rights to HCAs in week one. Week. One.",
        "We teach the 5 rights to HCAs in week one.",
    ),
    (
        "Entirely on you, I'm afraid. The SOP couldn't be clearer.",
        "Entirely on you, I'm afraid.",
    ),
    (
        (
            "Nobody should be doing triage alone on a bank holiday night with a queue that long. "
            "That's a staffing failure, plain and simple."
        ),
        None,
    ),
    (
        (
            "Just want to say the way the coroner's office handled your statement sounds awful. "
            "Hope you've got a decent union person in your corner."
        ),
        None,
    ),
    (
        "**You're still here, still caring, still showing up.** That counts for a lot.",
        None,
    ),
    (
        (
            "Occ health nurse, Aberystwyth. A two-minute call to our duty line would've spared "
            "you and her a whole month of grief. We're there for precisely this."
        ),
        "A two-minute call to our duty line would've spared you and her a whole month of grief",
    ),
    (
        (
            "Brilliant reflective writing tbh. If you ever want to turn it into a teaching case "
            "for students, message me, I run our preceptorship sessions."
        ),
        None,
    ),
    (
        "do u have someone at home to talk to?? dont bottle this up pls",
        None,
    ),
    (
        (
            "From the call-taking side: the scripts change so often I have to reread them every "
            "single shift. You're doing a job most people couldn't do for a day."
        ),
        None,
    ),
    (
        "I'm sorry but this was a completely avoidable drug error.",
        "this was a completely avoidable drug error",
    ),
    (
        (
            "Why on earth would you discharge to an empty house on a Friday with no package in "
            "place? Not trying to pile on, I just don't get it."
        ),
        "Why on earth would you discharge to an empty house on a Friday",
    ),
    (
        "why didnt u just ring the on-call pharmacist?? they're there 24/7 for exactly this",
        "why didnt u just ring the on-call pharmacist",
    ),
    (
        (
            "Why not take it to clinical supervision? Mine was brilliant when something similar "
            "happened to me in CAMHS."
        ),
        None,
    ),
    (
        "Proud of you for posting. Genuinely.",
        None,
    ),
    (
        (
            "Big hugs x but was there really nobody on the floor you could've grabbed for a "
            "second check?"
        ),
        "was there really nobody on the floor you could've grabbed for a second check?",
    ),
    (
        (
            "I did exactly this as a student midwife in Aberystwyth. I should have checked the "
            "wristband and didn't, and I still think about it some nights. You're not alone."
        ),
        None,
    ),
    (
        (
            "Kids in crisis don't follow care plans. I've been in CAMHS nine years and it still "
            "surprises me. So sorry you had such a hard night."
        ),
        None,
    ),
    (
        (
            "pharmacy SHOULD have flagged the interaction, that's literally what the system is "
            "for. Don't let them put it all on you."
        ),
        None,
    ),
    (
        (
            "The supplier should've sent the right size in the first place. Orthotics always "
            "gets the blame for delivery cock-ups 🙄"
        ),
        None,
    ),
    (
        (
            "You should talk to your union rep before the meeting, even if they say it's "
            "'informal'. Bring someone with you."
        ),
        None,
    ),
    (
        "How are you doing now? It's been a few weeks since you posted this.",
        None,
    ),
    (
        (
            "I know it's hard to hear but you needed to hand that over face to face, not leave a "
            "post-it on the Omnicell."
        ),
        "you needed to hand that over face to face",
    ),
    (
        (
            "Here from Oban. Rural shifts are a different beast - when there's one of you and a "
            "forty-minute wait for the next crew, everything feels heavier. Thinking of you."
        ),
        None,
    ),
    (
        (
            "Speaking as someone who's been a theatre practitioner for 22 yrs, I've genuinely "
            "never lost track of a needle. You count as you go."
        ),
        "I've genuinely never lost track of a needle",
    ),
    (
        (
            "Out of interest, is the form the same as the one used in Ireland? I work in Ennis "
            "and ours got redesigned last year after a string of near misses."
        ),
        None,
    ),
    (
        (
            "Oof. You should've re-measured once the swelling went down, limbs change shape fast "
            "in the first fortnight."
        ),
        "You should've re-measured once the swelling went down",
    ),
    (
        (
            "Sorry, genuinely asking - how did you not clock the second name band? It was on his "
            "other wrist the whole time."
        ),
        "how did you not clock the second name band",
    ),
    (
        "Read back the address. Every call. It's literally the first thing on the card, love.",
        "It's literally the first thing on the card, love.",
    ),
    (
        "Negligent. There, I said what everyone's thinking.",
        "Negligent.",
    ),
    (
        (
            "I'd love to hear how the decision to leave a 14yo unsupervised in the sensory room "
            "was arrived at."
        ),
        (
            "I'd love to hear how the decision to leave a 14yo unsupervised in the sensory room "
            "was arrived at"
        ),
    ),
    (
        "Why do we always go straight to blaming ourselves? Genuine question, I do it too.",
        None,
    ),
    (
        (
            "Why does every trust think a leaflet counts as a wellbeing offer? You deserved an "
            "actual person to talk to."
        ),
        None,
    ),
    (
        (
            "> I keep thinking I should have known\n\nNobody could have known from what was in "
            "front of you at 3am. Be kind to yourself."
        ),
        None,
    ),
    (
        "Sending you a massive hug from a fellow LD nurse. 💜",
        None,
    ),
    (
        (
            "In theatre the count is closed by whoever is running it. So the count should've "
            "been reconciled before the drapes came off, full stop."
        ),
        "the count should've been reconciled before the drapes came off",
    ),
    (
        "You shouldn't be carrying this on your own. Is there an EAP through work?",
        None,
    ),
    (
        (
            "Our dispensary in Grimsby has one rule: no bag leaves without two sets of initials. "
            "Been that way since I started in 2009 and we've never had a mix-up. Not once."
        ),
        "we've never had a mix-up",
    ),
    (
        (
            "The rota should never have had one RN covering two bays plus the side rooms. That's "
            "on whoever signed it off, not you."
        ),
        None,
    ),
    (
        (
            "You should have seen me my first month on the dispensary counter, I gave a man his "
            "neighbour's warfarin 🙈 he brought it back laughing thank god"
        ),
        None,
    ),
    (
        "What did your manager say when you told them?",
        None,
    ),
    (
        (
            "Not to be that person but the fit note ought to have gone to the manager only once "
            "she'd consented to it being shared."
        ),
        "the fit note ought to have gone to the manager only once she'd consented",
    ),
    (
        "Sorry to say it but it's a sloppy mistake and you know it. Learn & move on.",
        "it's a sloppy mistake",
    ),
    (
        (
            "I'm in Nelson and we had an almost identical incident last year. Our ward changed "
            "the whole process afterwards. Your story might do the same somewhere."
        ),
        None,
    ),
    (
        (
            "So sorry this happened. But *isn't the whole point* of safeguarding supervision to "
            "flag exactly this kind of case?"
        ),
        "*isn't the whole point* of safeguarding supervision to flag exactly this kind of case?",
    ),
    (
        (
            "Most of the incidents I've reviewed as an occ health nurse happen right at the "
            "handover point. Not surprised at all, and it says nothing about your competence."
        ),
        None,
    ),
    (
        (
            "The allergy status should have been confirmed out loud before the co-amox went "
            "anywhere near her. Hope you're ok though."
        ),
        "The allergy status should have been confirmed out loud",
    ),
    (
        (
            "Sending love. Next time - well, this time really - you could've just held the label "
            "up against the script, it takes three seconds."
        ),
        "you could've just held the label up against the script",
    ),
    (
        (
            "Mate. The caller's postcode had to be read back to her. That's what the script is "
            "there for."
        ),
        "The caller's postcode had to be read back to her",
    ),
    (
        (
            "I'm finding it difficult to square 'I was confident in the assessment' with not "
            "looking at the heel at all. 🤔"
        ),
        (
            "difficult to square 'I was confident in the assessment' with not looking at the "
            "heel at all"
        ),
    ),
    (
        "ur not a bad nurse. ur a tired one. big difference x",
        None,
    ),
    (
        (
            "_Hindsight is a liar._ It makes everything look obvious that wasn't obvious at the "
            "time. Hold onto that."
        ),
        None,
    ),
    (
        (
            "Tbh leaving PRN diazepam on the side unattended on an LD unit? That was reckless. "
            "Hope nobody got hurt."
        ),
        "That was reckless",
    ),
    (
        (
            "Surely someone on that shift would've twigged the bag was the wrong colour... like, "
            "the person hanging it?"
        ),
        "Surely someone on that shift would've twigged",
    ),
    (
        (
            "As a dispenser of 14 yrs: handing out a bag without checking the address is just "
            "careless."
        ),
        "handing out a bag without checking the address is just careless",
    ),
    (
        (
            "Hugs. Although... what's a safety huddle FOR if not for mentioning that the CTG had "
            "been wobbly for an hour?"
        ),
        (
            "what's a safety huddle FOR if not for mentioning that the CTG had been wobbly for "
            "an hour?"
        ),
    ),
    (
        "This made me cry in the staff room. You are so brave to write it down.",
        None,
    ),
    (
        (
            "Reading this on my break in theatre recovery. Needed to hear I'm not the only one. "
            "Thank you 🙏"
        ),
        None,
    ),
    (
        (
            "I do wonder what the plan was for once the sedation wore off... no judgement, just "
            "wondering."
        ),
        "I do wonder what the plan was for once the sedation wore off",
    ),
    (
        (
            "Things that helped me after my own Datix:\n- talking to one trusted colleague\n- "
            "writing it all down once, then closing the notebook\n- going back to the same bay "
            "on my very next shift\n- therapy (no shame)"
        ),
        None,
    ),
    (
        "Who sends a splint home without checking the strap tension? Genuinely.",
        "Who sends a splint home without checking the strap tension?",
    ),
    (
        (
            "Did it not cross your mind to look at his hospital passport before the bloods? It "
            "literally says he needs the desensitisation plan 😕"
        ),
        "Did it not cross your mind to look at his hospital passport",
    ),
    (
        (
            "Did you get any support afterwards? You should have been offered a hot debrief at "
            "the very least, that's meant to be standard."
        ),
        None,
    ),
    (
        (
            "Honestly the avoidable part here was the trust deciding one barcode scanner was "
            "enough for 28 beds. That's not on you."
        ),
        None,
    ),
    (
        (
            "Honestly gutted for you. But what made you skip the closing count when the scrub "
            "nurse hadn't even signed the board yet?"
        ),
        "what made you skip the closing count",
    ),
    (
        "the referral needed chasing after a week, not six. ❤️ but yeah.",
        "the referral needed chasing after a week, not six",
    ),
    (
        (
            "Ex vet nurse, now HCA here. The switch is HARD, all the kit is different and nobody "
            "tells you. Be gentle with yourself."
        ),
        None,
    ),
    (
        (
            "That's rough, and I'm sorry your ward manager was so cold about it. Although, "
            "realistically, the family ought to have been told before he was moved into the side "
            "room. If that were my dad I'd have been furious to find out from the porter. I "
            "don't say that to make you feel worse, just that I think it's the part that hurt "
            "them most."
        ),
        "the family ought to have been told before he was moved into the side room",
    ),
    (
        "if youd only rung the mum back that evening none of this would of escalated tbh",
        "if youd only rung the mum back that evening",
    ),
    (
        (
            "Long post, sorry. I'm a hospital social worker in Sudbury and about four years ago "
            "I had a discharge go wrong in almost exactly the way you describe. I couldn't sleep "
            "properly for weeks. What helped was, honestly, telling the story out loud to "
            "someone who didn't flinch. My team lead just listened, then said 'ok, what do you "
            "need?' and that was it. I'm still in the job, I'm a better practitioner for it, and "
            "I think about that family with tenderness now rather than dread. You will get "
            "there. It doesn't feel like it yet, but you will."
        ),
        None,
    ),
]

ROUND_18_B = [
    (
        "Presumably the handover sheet was there for a reason...",
        "Presumably the handover sheet was there for a reason",
    ),
    (
        (
            "Flight nurse in Wyoming here. Three years ago I had a night that still wakes me up "
            "sometimes — long transport, weather coming in, a patient who went off in a way none "
            "of us saw coming. What helped me was a colleague who sat with me in the hangar at "
            "5am and just said 'yeah, that was awful'. So: yeah, that was awful. You're still a "
            "good nurse. Come back and tell us how you're doing."
        ),
        None,
    ),
    (
        (
            "Really sorry you're going through this. The INR should have been rechecked before "
            "the warfarin went out though."
        ),
        "The INR should have been rechecked before the warfarin went out",
    ),
    (
        (
            "It'd be interesting to know what was going through your head when you signed the "
            "MAR without seeing the tablet go down."
        ),
        "It'd be interesting to know what was going through your head",
    ),
    (
        (
            "Thank you for posting this. Reading it made me feel less alone about my own thing "
            "from last winter."
        ),
        None,
    ),
    (
        "This is such an honest post. Thank you for trusting us with it.",
        None,
    ),
    (
        (
            "Rehab physio, 14 yrs. The treating physio ought to have stopped the session the "
            "moment his BP dropped, and from what you wrote that was you."
        ),
        "The treating physio ought to have stopped the session the moment his BP dropped",
    ),
    (
        "Basic stuff, surely? You confirm the patient's ID before you draw.",
        "Basic stuff, surely?",
    ),
    (
        (
            "The rota should never have had one flight nurse covering two retrievals at once. "
            "That's on the service, not on you."
        ),
        None,
    ),
    (
        "hope ur getting some sleep at least 🙏",
        None,
    ),
    (
        "Did you get any support afterwards? Or were you just sent straight back out?",
        None,
    ),
    (
        (
            "**Reminder for anyone reading:** there's a list of free counselling lines pinned at "
            "the top of the forum."
        ),
        None,
    ),
    (
        (
            "Checking two identifiers is literally the first thing they teach phlebotomy "
            "trainees. First. Thing."
        ),
        "Checking two identifiers is literally the first thing they teach phlebotomy trainees",
    ),
    (
        "You could've just phoned the GP surgery. It's a two-minute call.",
        "You could've just phoned the GP surgery",
    ),
    (
        (
            "Obviously you recheck the weight before calculating a paeds dose. That's kind of "
            "the whole job?"
        ),
        "Obviously you recheck the weight before calculating a paeds dose",
    ),
    (
        (
            "Pharmacy should have flagged the interaction, that is literally what the system is "
            "for. The software failed you here."
        ),
        None,
    ),
    (
        (
            "Could you ask your manager for a team debrief? Ours in Gympie did one after a fall "
            "and it helped heaps."
        ),
        None,
    ),
    (
        "That's careless. Sorry, but it is.",
        "That's careless",
    ),
    (
        "why do we always go straight to blaming ourselves?? this profession honestly 😩",
        None,
    ),
    (
        (
            "Management should have had a chaperone policy in place years ago. Sorry you were "
            "left exposed like that."
        ),
        None,
    ),
    (
        "What's the point of a pre-flight checklist if you're not going to run it?",
        "What's the point of a pre-flight checklist if you're not going to run it?",
    ),
    (
        "is ur team being decent to u about it? x",
        None,
    ),
    (
        (
            "In 18 yrs of district nursing round Barrow I have NEVER left a syringe driver "
            "without checking the line. Never. Not once."
        ),
        "I have NEVER left a syringe driver without checking the line",
    ),
    (
        (
            "Oof, sorry this happened. Genuinely asking tho — why didn't you ring the on-call "
            "pharmacist before giving it?"
        ),
        "why didn't you ring the on-call pharmacist",
    ),
    (
        (
            "> I keep thinking I could have caught it\n\nI hear that. Hindsight makes everything "
            "look obvious when it really wasn't at the time. You caught so much else that week."
        ),
        None,
    ),
    (
        (
            "Not to be that person, but the chain of custody form needed signing at the time, "
            "not the next morning. Defence will tear that apart."
        ),
        "the chain of custody form needed signing at the time, not the next morning",
    ),
    (
        "Those bloods should've been labelled at the bedside, full stop.",
        "Those bloods should've been labelled at the bedside",
    ),
    (
        (
            "Did it not occur to you to check the allergy band before drawing up? Sorry, I know "
            "that's hard to read when you're already feeling rubbish."
        ),
        "Did it not occur to you to check the allergy band before drawing up?",
    ),
    (
        (
            "Next time (and there will be a next time you're unsure, for all of us) you could "
            "ask for a second checker. It's not weakness, it's the job."
        ),
        None,
    ),
    (
        (
            "Not judging!! but the red flags were all sitting in your own notes from the week "
            "before."
        ),
        "the red flags were all sitting in your own notes from the week before",
    ),
    (
        (
            "A few things that helped me:\n- talking to someone *outside* work\n- writing the "
            "timeline down once, then putting it away\n- remembering the patient is ok"
        ),
        None,
    ),
    (
        (
            "Sending so much love from a fellow phlebotomist. We've all had the day where the "
            "needle just won't behave."
        ),
        None,
    ),
    (
        (
            "Why not take it to clinical supervision? Mine was brilliant when I had something "
            "similar."
        ),
        None,
    ),
    (
        "One phone call to the daughter would have sorted the whole thing, you know that right?",
        "One phone call to the daughter would have sorted the whole thing",
    ),
    (
        (
            "I work in Mbale and we've had almost exactly this with the cold chain. It's such a "
            "fragile system. Thinking of you."
        ),
        None,
    ),
    (
        (
            "Well on our unit we always get a second signature for controlled drugs, so this "
            "just wouldn't happen here. Maybe worth raising with your manager? Hope you're ok x"
        ),
        (
            "on our unit we always get a second signature for controlled drugs, so this just "
            "wouldn't happen here"
        ),
    ),
    (
        "I can't help wondering how the wristband got missed twice.",
        "I can't help wondering how the wristband got missed twice",
    ),
    (
        (
            "SANE nurse in Tralee. Documentation at 3am under that kind of pressure is brutal. "
            "Whatever the outcome, you showed up for her."
        ),
        None,
    ),
    (
        (
            "Sending hugs. But you really ought to have weighed her yourself instead of trusting "
            "the number on the referral."
        ),
        "you really ought to have weighed her yourself",
    ),
    (
        "How are you doing now? Properly, I mean.",
        None,
    ),
    (
        (
            "Nobody should have to do a home visit in Red Deer at -30 with a dead phone and no "
            "backup. That's a staffing problem, full stop."
        ),
        None,
    ),
    (
        (
            "Radiographer in Timaru, 11 years in. Had a wrong-side near miss last spring. I "
            "still think about it, but it changed how I do my pauses, for the better."
        ),
        None,
    ),
    (
        (
            "You shouldn't be carrying this on your own. Is there an employee assistance line at "
            "your trust?"
        ),
        None,
    ),
    (
        (
            "I should have checked the allergy band the day I did mine, and I didn't. Took me a "
            "long time to forgive myself. Be gentle with you."
        ),
        None,
    ),
    (
        "Hate to say it but this one was 100% preventable.",
        "this one was 100% preventable",
    ),
    (
        (
            "Rehab physio here. Falls during gait training happen even with two of you on the "
            "belt. I'm sorry he got hurt and I'm sorry you're hurting."
        ),
        None,
    ),
    (
        (
            "**Honestly?** The moment he said he'd been stockpiling his meds you should've kept "
            "him in the room and called the crisis team. I'm sorry, but that's the truth of it."
        ),
        "you should've kept him in the room and called the crisis team",
    ),
    (
        (
            "Why on earth did you leave her in the waiting area on her own after she'd told you "
            "about the plan?? I'm not trying to pile on but I need to understand it."
        ),
        "Why on earth did you leave her in the waiting area on her own",
    ),
    (
        (
            "School social worker in Ayr — safeguarding calls at 4pm on a Friday are the hardest "
            "ones there are. Sending strength."
        ),
        None,
    ),
    (
        "What did your manager say when you reported it?",
        None,
    ),
    (
        (
            "Any HCA in their first week could tell you not to leave the bed rails down on a "
            "confused pt."
        ),
        "Any HCA in their first week could tell you not to leave the bed rails down",
    ),
    (
        (
            "ED therapist — the guilt you're describing is so familiar to me. Please be kind to "
            "yourself tonight."
        ),
        None,
    ),
    (
        (
            "Reading this as an ED therapist:\n\n> I didn't think the weight loss was "
            "significant\n\nThe meal plan was supposed to be reviewed after the weight drop, and "
            "it wasn't. That's where it went wrong. Sorry."
        ),
        "The meal plan was supposed to be reviewed after the weight drop, and it wasn't",
    ),
    (
        (
            "I'm sorry she got hurt. And what did you think would happen when you left the "
            "sharps tray on the bed with a confused patient?"
        ),
        "what did you think would happen",
    ),
    (
        (
            "As a clinical pharmacist I have to be blunt: handing it over without reading the "
            "script back is *dangerous practice*, not a slip."
        ),
        "handing it over without reading the script back is *dangerous practice*, not a slip",
    ),
    (
        "Hugs 🫂 but isnt reading the referral letter kind of the bare minimum?",
        "isnt reading the referral letter kind of the bare minimum?",
    ),
    (
        "The fact you're this upset shows how much you care about your patients.",
        None,
    ),
    (
        (
            "Clinical pharmacist here: dose-range alerts on most systems fire so often that "
            "everyone learns to click through. Alert fatigue has been written about for years."
        ),
        None,
    ),
    (
        (
            "Glad you're ok. I'm finding it hard to see how nobody noticed she hadn't eaten in "
            "three days when you were the one doing the daily check-ins."
        ),
        "I'm finding it hard to see how nobody noticed she hadn't eaten in three days",
    ),
    (
        (
            "Most errors happen at handover, there's decent research on it. Doesn't make it feel "
            "better, I know."
        ),
        None,
    ),
    (
        (
            "Look-alike vials are a known hazard — two of our pharmacists in Hyderabad picked "
            "the wrong one in the same month. Totally avoidable at a *system* level with "
            "tall-man lettering, which nobody upstairs had bothered to set up."
        ),
        None,
    ),
    (
        "I mean... who discharges a pt with a NEWS of 6? 😬",
        "who discharges a pt with a NEWS of 6?",
    ),
    (
        (
            "What made you think a second venepuncture attempt on the same arm was a good idea? "
            "Not having a go, I just want to learn from it."
        ),
        "What made you think a second venepuncture attempt on the same arm was a good idea?",
    ),
    (
        (
            "Radiographer in Ayr here. You had to confirm the side with the patient before "
            "exposing — it's a ten-second question and it would have spared him the repeat dose."
        ),
        "You had to confirm the side with the patient before exposing",
    ),
    (
        "Obviously you're still shaken, that's completely normal. Give it time.",
        None,
    ),
    (
        (
            "With respect, skipping the pregnancy check before the pelvic film was unsafe, plain "
            "and simple. I hope she's ok."
        ),
        "skipping the pregnancy check before the pelvic film was unsafe",
    ),
    (
        (
            "You could write it up as a reflective piece for revalidation — it turned my worst "
            "shift into something useful."
        ),
        None,
    ),
    (
        (
            "flight nurse here (fixed wing out of Timaru). how did u not notice the O2 cylinder "
            "reading before wheels up?? its literally line one"
        ),
        "how did u not notice the O2 cylinder reading before wheels up??",
    ),
    (
        (
            "Sorry for your distress but cutting corners on a transfer like that is "
            "indefensible. There are protocols for a reason."
        ),
        "cutting corners on a transfer like that is indefensible",
    ),
    (
        "You should talk to your union rep before the meeting, seriously. Don't go in alone.",
        None,
    ),
    (
        "Tough shift, I get it 💙 but u needed to repeat the obs before signing her off",
        "u needed to repeat the obs before signing her off",
    ),
    (
        (
            "Honest q from a school social worker: was there really nobody on the safeguarding "
            "rota you could have phoned that afternoon?"
        ),
        "was there really nobody on the safeguarding rota you could have phoned that afternoon?",
    ),
    (
        "💙💙 thinking of you",
        None,
    ),
    (
        (
            "Someone on that visit should have checked the fridge temp log before the insulin "
            "went in the bag 🤷\u200d♀️ and you were the only one on the visit."
        ),
        "Someone on that visit should have checked the fridge temp log",
    ),
    (
        "tbh thats a rookie mistake and i think u know it",
        "thats a rookie mistake",
    ),
    (
        (
            "I'm so sorry, genuinely. I've done retrieval work for a long time and I know how "
            "loud it is up there, how you're doing five things at once. But I think you'd want "
            "honesty more than hugs: had you only paged the reg when the sats first dipped, none "
            "of this would be on your conscience now. It's not about being a bad nurse. It's "
            "about that one moment. Please look after yourself and talk to someone."
        ),
        "had you only paged the reg when the sats first dipped",
    ),
    (
        "Did the family get back in touch? Hoping it was gentle.",
        None,
    ),
    (
        (
            "You reported it straight away. That's the bit that matters most, and plenty of "
            "people don't."
        ),
        None,
    ),
    (
        (
            "You should have seen me my first month on the wards in Castlebar — I labelled a "
            "whole rack of bloods with the wrong bed number. You're in good company. 💛"
        ),
        None,
    ),
    (
        (
            "I'm a mental health support worker and I've sat exactly where you are. It does get "
            "lighter."
        ),
        None,
    ),
]
