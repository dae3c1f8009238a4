"""Round 2 of issue 14's evaluation: 180 replies (90 that judge the author's past decision),
written by two helpers who saw only a labeling guide (tests/moderation/guard_round2.md keeps
it), never the rules, corpora or code. ROUND_2_A (nurses, midwives, paramedics, care staff;
mostly British and Irish) was measured with round 1's rules, ROUND_2_B (therapists, social
workers, pharmacists, doctors; mostly North American and Australian) after the rules written
against ROUND_2_A's misses. Figures: bench/README.md; test_guard.py keeps what they reached.
Entries as in guard_corpus: (reply, phrase or None)."""

ROUND_2_A = [
    (
        "Have you got a Professional Nurse Advocate at your trust? Ours have been amazing "
        "for exactly this kind of thing.",
        None,
    ),
    (
        "Sending massive hugs from a fellow community midwife 💜",
        None,
    ),
    (
        "28 years on the road and I have not once left a patient on scene without a full set "
        "of obs. Just saying.",
        "I have not once left a patient on scene without a full set of obs",
    ),
    (
        "How are you doing today? Properly, not the 'fine' version.",
        None,
    ),
    (
        "If it's going to a panel, get your union involved early. Unison were brilliant for "
        "my HCA mate.",
        None,
    ),
    (
        "I do wonder whether the signs were there earlier in the shift and just got missed.",
        "I do wonder whether the signs were there earlier in the shift and just got missed",
    ),
    (
        "Sounds like a horrendous shift from start to finish. Hope you've had a day off since.",
        None,
    ),
    (
        "Ah no. The handover sheet should have had the allergy on it in the first place, "
        "that's the ward's system letting you down.",
        None,
    ),
    (
        "Someone should've told the daughter before she turned up for visiting, and from "
        "your post that someone was you, wasn't it.",
        "Someone should've told the daughter before she turned up for visiting",
    ),
    (
        "Big hugs. Though if I'm being straight with you, **you should have put the bed "
        "rails up** before you went to help in bay 3.",
        "you should have put the bed rails up",
    ),
    (
        "I'll be the unpopular one here: this was completely avoidable.",
        "this was completely avoidable",
    ),
    (
        "The Datix is not a punishment, it's a learning tool. Try to see it that way if you can.",
        None,
    ),
    (
        "You ought to have stayed with him in the back until the second crew got there. Hugs "
        "though xx",
        "You ought to have stayed with him in the back",
    ),
    (
        "Irish nurse here. The first one is the worst. You'll be grand, I promise, even if "
        "it doesn't feel like it now.",
        None,
    ),
    (
        "Those syringe drivers are a disgrace, honestly. The interface should have been "
        "binned years ago, I've nearly been caught by it myself.",
        None,
    ),
    (
        "Why do we always blame ourselves first and the system never? Genuinely, why?",
        None,
    ),
    (
        "Twelve years ago I was newly qualified on a busy surgical ward and I gave a patient "
        "the enoxaparin meant for the man in the next bed. Same surname, same age, same drug "
        "chart colour. I found out at the end of the shift and I was sick in the staff "
        "toilet. What got me through was a ward sister who sat with me, made me a tea, and "
        "walked me through the Datix line by line. I'm now a matron. It doesn't define you. "
        "It will, in time, make you the nurse who notices things other people miss.",
        None,
    ),
    (
        "Could be worth writing a reflective piece for revalidation, if and when you feel "
        "ready. It helped me process mine.",
        None,
    ),
    (
        "Checking the patient's ID before hanging blood is literally day one of nursing school.",
        "literally day one of nursing school",
    ),
    (
        "> I keep replaying it and asking why I didn't ring sooner\n\nBecause you're human "
        "and it was 4am and you had eleven other people to look after. Be kind to yourself x",
        None,
    ),
    (
        "Oh love, that's awful and I'm sorry. But why didn't you ring the reg when the sats "
        "dropped the second time?",
        "why didn't you ring the reg",
    ),
    (
        "Would be interested to hear what the reasoning was for not starting the sepsis six "
        "at that point.",
        "Would be interested to hear what the reasoning was",
    ),
    (
        "The rota should never have left you as the only registered nurse on 28 beds. That's "
        "on management, not you.",
        None,
    ),
    (
        "Entirely preventable tbh 😕",
        "Entirely preventable",
    ),
    (
        "how did u not notice the CTG had gone flat for 20 mins?? not being funny but that's "
        "a long time",
        "how did u not notice the CTG had gone flat",
    ),
    (
        "Skipping the second check cos the ward was busy... that's a shortcut, and a lazy one. xx",
        "that's a shortcut, and a lazy one",
    ),
    (
        "Did you not think to check the MAR before giving the second dose of oramorph? "
        "Sorry, I know you're gutted.",
        "Did you not think to check the MAR",
    ),
    (
        "You could've just asked the mum to stay on the ward another hour till paeds had "
        "seen him. Would've saved all of this.",
        "You could've just asked the mum to stay on the ward another hour",
    ),
    (
        "That cannula site ought to have been looked at every shift. Sorry, but it's true.",
        "That cannula site ought to have been looked at every shift",
    ),
    (
        "Second year student midwife here, this is my biggest fear and you've written about "
        "it with so much honesty. Thank you.",
        None,
    ),
    (
        "Why not bring it to clinical supervision? Ours was brilliant after I had a near "
        "miss with a heparin infusion.",
        None,
    ),
    (
        "Most errors happen at handover. Reading this made me want to sit down with my own "
        "team and look at how we do ours.",
        None,
    ),
    (
        "You shouldn't be carrying this on your own, pet. Is there anyone on your team you "
        "can talk to?",
        None,
    ),
    (
        "**You are not a bad nurse.** Read that again.",
        None,
    ),
    (
        "Nobody should have to do a night with one HCA and 30 residents. Nobody.",
        None,
    ),
    (
        "A two-minute phone call to the labour ward coordinator would have spared you all "
        "this heartache.",
        "A two-minute phone call to the labour ward coordinator would have spared you all "
        "this heartache",
    ),
    (
        "Wee bit of advice from an old ward sister: eat something, sleep, and don't reread "
        "the notes at 2am.",
        None,
    ),
    (
        "Not a clinician, I'm the ward clerk on a stroke unit, but I see how hard you all "
        "work. Be gentle with yourself.",
        None,
    ),
    (
        "Pharmacy should have flagged the interaction when they screened the chart. That's "
        "literally what the screen is for.",
        None,
    ),
    (
        "shouldve rung 999 straight away instead of waiting for the GP to ring back. sorry",
        "shouldve rung 999 straight away",
    ),
    (
        "Sorry but giving meds out of an unlabelled pot is reckless, there's no other word for it.",
        "giving meds out of an unlabelled pot is reckless",
    ),
    (
        "Isn't that exactly what the safety huddle is there for??",
        "Isn't that exactly what the safety huddle is there for??",
    ),
    (
        "Sorry to hear this. Thank you for being brave enough to write it down, it'll help "
        "someone else reading.",
        None,
    ),
    (
        "Who gives IV antibiotics without looking at the allergy band? Honestly.",
        "Who gives IV antibiotics without looking at the allergy band?",
    ),
    (
        "Next time you're unsure, grab a second checker. It's not weakness, it's what the "
        "rest of us do every single shift.",
        None,
    ),
    (
        "Everyone will be calling it 'avoidable' from their armchairs. They weren't there at "
        "3am. You were, and you did your best.",
        None,
    ),
    (
        "What did you think was going to happen, leaving a confused gentleman alone with a "
        "cup of tea that hot?",
        "What did you think was going to happen",
    ),
    (
        "What should happen now is a proper debrief with your manager, not a witch hunt. Has "
        "that been offered?",
        None,
    ),
    (
        "I'm sorry this happened, truly. Why did you not convey him though, with a cardiac "
        "history like that?",
        "Why did you not convey him though",
    ),
    (
        "The inquest process is slow and horrible but it's fact-finding, not blame. Happy to "
        "talk you through it if it helps.",
        None,
    ),
    (
        "Paramedic of 9 yrs, I still get the 3am dread about certain jobs. Tell someone you "
        "trust. x",
        None,
    ),
    (
        "Hospice nurse. I've found writing down what happened, then writing what I'd say to "
        "a friend who'd done the same, really helps.",
        None,
    ),
    (
        "Leaving the sluice door open with a resident who wanders on the unit was negligent. "
        "I'm sorry, I know that's hard to read.",
        "was negligent",
    ),
    (
        "That's a basic error and I think deep down you know it. Hope you're ok though.",
        "That's a basic error",
    ),
    (
        "> she was fine at 10pm\n\nShe was. Deterioration like that can be frighteningly "
        "fast in the very elderly, I've seen it so many times in care homes. ❤️",
        None,
    ),
    (
        "Reading this as a community midwife of 15 years, my heart goes out to you. I "
        "remember how lonely the home visits can feel, especially when you're newly "
        "qualified and the mum is anxious and the house is freezing and you've got four more "
        "visits to get through before dark. But I have to be honest with you, because I "
        "think honesty helps more than platitudes in the long run: the baby should have been "
        "weighed again before you discharged them. I'm sorry you're going through this.",
        "the baby should have been weighed again before you discharged them",
    ),
    (
        "Why on earth would you move her with one carer when the care plan clearly says two? x",
        "Why on earth would you move her with one carer",
    ),
    (
        "You could always ask occ health for a referral, they were great with me after a "
        "really hard case on labour ward.",
        None,
    ),
    (
        "Obviously this isn't what you want to hear at 3am but you are NOT the first and you "
        "won't be the last. x",
        None,
    ),
    (
        "Is the family ok? And are you ok?",
        None,
    ),
    (
        "So sorry hun. But honestly you needed to escalate that NEWS of 7 the minute you saw "
        "it, not at the end of the drug round. That's the bit I keep coming back to reading "
        "this.",
        "you needed to escalate that NEWS of 7 the minute you saw it",
    ),
    (
        "Was there honestly no one on the unit you could've asked? Band 7, coordinator, the "
        "bleep holder, anyone?",
        "Was there honestly no one on the unit you could've asked?",
    ),
    (
        "Bless you, you're only a student, but even first-years know to report a fall "
        "straight away.",
        "even first-years know to report a fall straight away",
    ),
    (
        "What made you leave the bay with the obs still outstanding? Genuinely asking, not "
        "having a go.",
        "What made you leave the bay with the obs still outstanding?",
    ),
    (
        "Ach. The crew (so you and your crewmate) ought to have done a 12-lead before "
        "leaving the house.",
        "ought to have done a 12-lead before leaving the house",
    ),
    (
        "Mm. Interesting that the decision was to wait for the day team rather than ring the "
        "on-call. I'm sure you had your reasons.",
        "Interesting that the decision was to wait for the day team rather than ring the on-call",
    ),
    (
        "Honestly the student should have been supervised while she drew that up, and you "
        "were her practice assessor on the day.",
        "the student should have been supervised while she drew that up",
    ),
    (
        "The blood sugar needed rechecking after the insulin. Full stop.",
        "The blood sugar needed rechecking after the insulin",
    ),
    (
        "Did you get any support afterwards? A hot debrief or anything?",
        None,
    ),
    (
        "You should have seen me on my first night shift in ED, I cried in the sluice three "
        "times before 2am. It does get better, I promise.",
        None,
    ),
    (
        "Care home manager here. When this happened to one of my team we sat down together, "
        "did the paperwork together, and she's now one of my best seniors. Hope your home "
        "treats you as kindly.",
        None,
    ),
    (
        "I did almost exactly this in my second year. I should have checked the MAR and I "
        "didn't, and I still think about it sometimes. You're not alone x",
        None,
    ),
    (
        "Obviously you check the expiry on the bag. It's the first thing anyone does when "
        "they pick it up.",
        "Obviously you check the expiry on the bag",
    ),
    (
        "Not acceptable, any of it. Signing for a controlled drug you didn't witness is "
        "inexcusable regardless of how short-staffed you were.",
        "Signing for a controlled drug you didn't witness is inexcusable",
    ),
    (
        "Hindsight's a wonderful thing, I know. But the red flags were all there from the "
        "first call.",
        "the red flags were all there from the first call",
    ),
    (
        "The fluid balance chart should have been totalled at 6, that's the bit that jumps "
        "out at me.",
        "The fluid balance chart should have been totalled at 6",
    ),
    (
        "tbh reading this made me cry, been there. DM me if u want a chat",
        None,
    ),
    (
        "You should talk to your RCN rep before the meeting. Don't go in there on your own.",
        None,
    ),
    (
        "Ambulance stacking should never have left you 40 mins from the nearest ED with that "
        "patient. The trust failed you there, plain and simple.",
        None,
    ),
    (
        "On our unit we would NEVER send a woman home with a BP like that. NEVER.",
        "On our unit we would NEVER send a woman home with a BP like that",
    ),
    (
        "Look-alike ampoules catch everyone out eventually. Sending love.",
        None,
    ),
    (
        "if youd only done a full set of obs before handover none of this would of happened tbh",
        "if youd only done a full set of obs before handover",
    ),
    (
        "Every care assistant gets told on induction week never to use a hoist on their own. "
        "Not sure how that got lost.",
        "Every care assistant gets told on induction week never to use a hoist on their own",
    ),
    (
        "Surely a second midwife would have been pulled in well before it got to that stage?",
        "Surely a second midwife would have been pulled in well before it got to that stage?",
    ),
    (
        "Not judging, but one can't help asking how the pressure areas went unchecked for "
        "three days.",
        "one can't help asking how the pressure areas went unchecked for three days",
    ),
    (
        "I'm finding it hard to understand how the wristband didn't get checked at any point "
        "before theatre.",
        "I'm finding it hard to understand how the wristband didn't get checked",
    ),
    (
        "What did your manager say when you told them?",
        None,
    ),
    (
        "SUCH a common one on nights. Doesn't make it feel any less awful though.",
        None,
    ),
    (
        "Just want to say your patient was lucky to have someone who cares this much.",
        None,
    ),
    (
        "Grim. You really had to chase that potassium before you went home, though.",
        "You really had to chase that potassium before you went home",
    ),
]

ROUND_2_B = [
    (
        "Sleep. Eat something. Call a friend who isn't in healthcare. Then come back and "
        "reread this thread.",
        None,
    ),
    (
        "Most dispensing errors happen at final check when the queue is out the door and the "
        "phone won't stop. You're describing textbook conditions. Be kind to yourself.",
        None,
    ),
    (
        "A two-minute call to the GP would've saved this whole mess, mate. Sorry.",
        "A two-minute call to the GP would've saved this whole mess",
    ),
    (
        "Sending you so much love. This is a hard, hard job.",
        None,
    ),
    (
        "> should I have called CPS sooner?\n\nHonestly, that's a question for supervision, "
        "not for 2am. Go to bed. You made the report. That matters.",
        None,
    ),
    (
        "Wasn't there a senior psychologist on site you could have run the risk assessment past?",
        "Wasn't there a senior psychologist on site you could have run the risk assessment past?",
    ),
    (
        "Therapists are allowed to make mistakes too. We tell clients that every single day "
        "and then somehow forget it applies to us.",
        None,
    ),
    (
        "Did you get any debrief afterwards? Child protection burns people out so fast when "
        "nobody checks in.",
        None,
    ),
    (
        "I'd be really curious what the reasoning was for closing the file after a single "
        "attempted contact.",
        "I'd be really curious what the reasoning was",
    ),
    (
        "In our clinic we would NEVER let a new grad counsel on isotretinoin without the "
        "pregnancy test result in hand. That's the whole point of iPLEDGE.",
        "In our clinic we would NEVER let a new grad counsel on isotretinoin without the "
        "pregnancy test result in hand",
    ),
    (
        "Reckless, honestly. Sending a day-two hip home to live alone with no OT assessment.",
        "Reckless, honestly",
    ),
    (
        "I'm a psych resident and we had a very similar case last month. Our M&M ended up "
        "focusing entirely on the handover tool, which is where it belonged.",
        None,
    ),
    (
        "What made you decide to skip the second identifier? Was the clinic just slammed that day?",
        "What made you decide to skip the second identifier?",
    ),
    (
        "hugs 🫂🫂",
        None,
    ),
    (
        "Why do we always assume it's on us? The agency gave you 34 cases. Thirty-four.",
        None,
    ),
    (
        "You should have seen me in my PGY1 year. I once wrote for ten times the heparin. A "
        "nurse caught it at 3am and bought me a coffee instead of yelling. We're all human.",
        None,
    ),
    (
        "GP in regional NSW here. Eight years ago I sent a bloke home with what I was sure "
        "was musculoskeletal chest pain. It wasn't. He survived, thank god, but I spent the "
        "next six months second-guessing every single patient and nearly quit. What got me "
        "through was a mentor who told me the goal isn't to never be wrong, it's to build "
        "habits and systems that catch you when you are. You clearly care enormously. Please "
        "look after yourself this week, and don't make any big career decisions while it's "
        "raw.",
        None,
    ),
    (
        "People keep asking in this thread whether it was avoidable. With three more staff "
        "and a fax machine that actually worked, sure. With what you were given? No.",
        None,
    ),
    (
        "Isn't the whole point of the ten-minute buffer between clients that you write your "
        "notes THEN? 🤷\u200d♀️",
        "Isn't the whole point of the ten-minute buffer between clients that you write your "
        "notes THEN?",
    ),
    (
        "Why not bring it to peer consultation? Our group in Toronto does a 'hard cases' "
        "night once a month and honestly it's the most healing thing I've found.",
        None,
    ),
    (
        "Sorry this happened, truly. But the script should have been checked against the "
        "allergy field before it went in the bag. That's literally what the field is for.",
        "the script should have been checked against the allergy field",
    ),
    (
        "Obviously you verify the DOB before handing a bag over the counter. Everyone knows that.",
        "Obviously you verify the DOB before handing a bag over the counter",
    ),
    (
        "You should talk to your clinical supervisor about this. Not as a confession, just "
        "so you're not holding it by yourself.",
        None,
    ),
    (
        "Checking the INR before refilling warfarin is pharmacy 101. Not trying to be harsh.",
        "Checking the INR before refilling warfarin is pharmacy 101",
    ),
    (
        "why didnt u call the on-call psych before discharging her?? genuinely asking",
        "why didnt u call the on-call psych",
    ),
    (
        "Look, I'm a family doc in Alberta and I'm genuinely sorry you're hurting. But the "
        "referral should have gone out urgent, not routine. A breast lump in a 48yo with a "
        "family history isn't a judgment call, and a twelve-week wait for the breast clinic "
        "is exactly how this ends. I hope the outcome is better than you fear.",
        "the referral should have gone out urgent, not routine",
    ),
    (
        "I hear how much this is weighing on you, and I'm sorry. I'm a child protection "
        "worker in Queensland and I'd gently say you needed to make that home visit the same "
        "day once the school rang it through. Next-day is not a thing with a facial bruise "
        "on a four-year-old.",
        "you needed to make that home visit the same day",
    ),
    (
        "I've read this three times and I want to be kind, because you're clearly gutted. "
        "But I work crisis in a big outpatient clinic in Chicago and the part I keep coming "
        "back to is that the safety plan should have been done before she left the room, not "
        "emailed over the next morning. A written plan she walks out holding is the whole "
        "intervention. I'm not saying this to pile on, only because someone reading might be "
        "in the same spot next week.",
        "the safety plan should have been done before she left the room",
    ),
    (
        "Honestly, one glance at the troponin trend would have prevented the whole thing. "
        "I'm not trying to pile on, I promise.",
        "one glance at the troponin trend would have prevented the whole thing",
    ),
    (
        "What helped me after mine was writing down everything I remembered within 48 hrs, "
        "then putting it in a drawer. Might be worth a try?",
        None,
    ),
    (
        "Next time (and there will be a next time where you're unsure) ask for a second "
        "check. It's not weakness, it's how the good ones work.",
        None,
    ),
    (
        "Been there. Social worker, 11 yrs. The first removal that goes sideways stays with "
        "you. Find your people and talk.",
        None,
    ),
    (
        "Look-alike sound-alike drugs catch literally everyone. Hydroxyzine/hydralazine has "
        "bitten half the pharmacists I know.",
        None,
    ),
    (
        "Mandated reporters get so little training on the follow-up side of things. I didn't "
        "know half of what you described until my third year.",
        None,
    ),
    (
        "Could you write this up as a reflective piece for your portfolio? Not because you "
        "did something terrible, but because it might help the next new grad.",
        None,
    ),
    (
        "One has to wonder whether the red flags in the intake form were actually read, or "
        "just skimmed.",
        "One has to wonder whether the red flags in the intake form were actually read",
    ),
    (
        "Could've been any of us. I mean that literally, I've got a near-identical incident "
        "report from 2019 with my name on it.",
        None,
    ),
    (
        "Why is it always the ones who care most who post these? The people who should be "
        "worried never are.",
        None,
    ),
    (
        "> I keep thinking I should have seen it coming\n\nNobody sees everything coming. "
        "You're a therapist, not a psychic. 💛",
        None,
    ),
    (
        "You could've just held the dose and paged the resident. Nobody ever got fired for asking.",
        "You could've just held the dose and paged the resident",
    ),
    (
        "Surely someone on the team would have flagged the sibling if you'd actually read "
        "the prior reports.",
        "if you'd actually read the prior reports",
    ),
    (
        "kind of a lazy shortcut, copying forward last week's note. that's how stuff like "
        "this happens",
        "kind of a lazy shortcut",
    ),
    (
        "The fact that you're posting this and reflecting tells me you're a safe "
        "practitioner. The dangerous ones never question themselves.",
        None,
    ),
    (
        "The first red flag was her cancelling three weeks running. That should have "
        "triggered an outreach call from you, not a discharge letter.",
        "That should have triggered an outreach call from you, not a discharge letter",
    ),
    (
        "Nobody should have to run a full outpatient clinic with no MOA and an EMR that "
        "crashes every hour. Management failed you, full stop.",
        None,
    ),
    (
        "What did your supervisor say when you told her? Hoping she was decent about it.",
        None,
    ),
    (
        "Sorry you're going through it. I do wonder whether slowing down at the consent "
        "stage might have changed things, though.",
        "I do wonder whether slowing down at the consent stage might have changed things",
    ),
    (
        "The discharge summary should have gone to the community pharmacy automatically. "
        "That it didn't is a hospital process failure, plain and simple.",
        None,
    ),
    (
        "Hugs. But isn't confirming the actual weight exactly what the peds dosing protocol "
        "is for?",
        "isn't confirming the actual weight exactly what the peds dosing protocol is for?",
    ),
    (
        "If your manager tries to make you the scapegoat, call your union rep before you "
        "sign *anything*. Seriously.",
        None,
    ),
    (
        "Check in with your college's practitioner health program if it's keeping you up at "
        "night. It's confidential and they've seen it all.",
        None,
    ),
    (
        "ugh, the Friday 4:55pm referral. every outpatient clinic in North America knows "
        "that feeling",
        None,
    ),
    (
        "What did you think was going to happen when you gave him a cancer diagnosis over "
        "the phone at 6pm on a Friday?",
        "What did you think was going to happen",
    ),
    (
        "Hindsight is 20/20 and all, but the weight loss was sitting right there in your "
        "last three session notes.",
        "the weight loss was sitting right there in your last three session notes",
    ),
    (
        "The prescriber ought to have written the indication on the script. That alone "
        "would've made it obvious. Pharmacists aren't mind-readers.",
        None,
    ),
    (
        "Pretty basic error tbh. K+ of 6.1 and the lisinopril just... kept going?",
        "Pretty basic error",
    ),
    (
        "Any physio who's done a single ortho rotation knows you don't mobilise before the "
        "post-op films are reviewed. That's first-week stuff.",
        "That's first-week stuff",
    ),
    (
        "You could always call the EAP line, ours is actually decent. Just putting it out there.",
        None,
    ),
    (
        "I should have caught a missed scaphoid fracture on one of my own patients last "
        "year, and I didn't. Physio, 9 years in. It still stings some days. You'll get "
        "through this.",
        None,
    ),
    (
        "RPh here. That exact bottle pair, the 25 mg and the 250 mg, sit right next to each "
        "other at our store too. I've moved them three times and someone keeps putting them "
        "back 😩",
        None,
    ),
    (
        "Therapist here, 22 years in private practice. I have never once disclosed to a "
        "parent without the teen's consent outside of imminent risk. Not once.",
        "I have never once disclosed to a parent without the teen's consent",
    ),
    (
        "I'm struggling to understand how a warfarin-fluconazole interaction gets past a "
        "final check in 2024. The software practically screams at you.",
        "I'm struggling to understand how a warfarin-fluconazole interaction gets past a "
        "final check",
    ),
    (
        "why would you let the mom sit in on the forensic interview? asking as a CPS worker, "
        "that's a massive no.",
        "why would you let the mom sit in on the forensic interview?",
    ),
    (
        "Honestly? This was avoidable. Pharmacist of 15 yrs here (Ontario) and a callback to "
        "the prescriber takes two minutes, tops.",
        "This was avoidable",
    ),
    (
        "sorry but how do you not notice the decimal on a 0.5 mg vs 5 mg script",
        "how do you not notice the decimal",
    ),
    (
        "Inexcusable to leave a kid in a placement with an open investigation on the foster "
        "dad. I'm sorry, I can't be gentle about this one.",
        "Inexcusable",
    ),
    (
        "You ought to have documented the verbal consent right then and there. Now it's your "
        "word against his.",
        "You ought to have documented the verbal consent right then and there",
    ),
    (
        "The supervisor should've been looped in the moment the client mentioned the gun in "
        "the truck. That one's on the clinician, not the agency.",
        "The supervisor should've been looped in the moment the client mentioned the gun",
    ),
    (
        "How are you doing today, honestly?",
        None,
    ),
    (
        "Honestly the pharmacy system should have flagged that interaction. Ours throws "
        "alerts for way less. That's a software failure, not a you failure.",
        None,
    ),
    (
        "**You are not your worst day.** Write that on a sticky note and put it on your monitor.",
        None,
    ),
    (
        "I did almost exactly this my first year at a Walgreens. I should have called the "
        "prescriber and I didn't. It haunted me for months. You're not alone in this.",
        None,
    ),
    (
        "Huge hugs. But the labels should've been compared side by side at the bench. That's "
        "literally why we have the second-check shelf.",
        "the labels should've been compared side by side at the bench",
    ),
    (
        "If you'd only read the discharge summary you would've seen the dose was halved.",
        "If you'd only read the discharge summary",
    ),
    (
        "ugh that sucks, so sorry 💛 tbh tho u shouldve re-measured ROM before progressing "
        "the load, that's kinda the whole point of the reassessment",
        "u shouldve re-measured ROM before progressing the load",
    ),
    (
        "Didn't you think to ask the interpreter to have him repeat it back? That's the step "
        "that catches these.",
        "Didn't you think to ask the interpreter to have him repeat it back?",
    ),
    (
        "Is the patient ok now? Hoping for good news for both of you.",
        None,
    ),
    (
        "you shouldn't be carrying this alone. DM me if you want to talk, I'm a psych in "
        "Melbourne and I've been exactly where you are.",
        None,
    ),
    (
        "Obviously this is hitting you hard, which tells me how much you care. Be gentle "
        "with yourself tonight.",
        None,
    ),
    (
        "I keep rereading your post and can't get past it: the BP was 210/120 and the plan "
        "was... come back in a month? How was that ever going to be ok?",
        "How was that ever going to be ok?",
    ),
    (
        "The rota should never have had you covering two wards plus the ED consults on your "
        "own. That's not on you.",
        None,
    ),
    (
        "That's negligent, plain and simple. Sorry if that's not what you want to hear.",
        "That's negligent",
    ),
    (
        "Counsellor, 18 yrs. I've terminated with plenty of clients and never without at "
        "least one closing session. You kind of owe them that much.",
        "I've terminated with plenty of clients and never without at least one closing session",
    ),
    (
        "Sending a mandatory report to the wrong district office is... not great. Was nobody "
        "double-checking your forms, or did you just not ask?",
        "did you just not ask?",
    ),
    (
        "The patient ought to have been re-examined before the second dose of morphine went "
        "in. I don't care how busy the ED was.",
        "The patient ought to have been re-examined before the second dose of morphine went in",
    ),
    (
        "This was entirely preventable. I say that with love, but it was.",
        "This was entirely preventable",
    ),
    (
        "Thank you for posting this. I'm a counsellor in Vancouver and reading it made me "
        "feel a lot less alone about my own stuff.",
        None,
    ),
    (
        "i'm so sorry. sending strength from a fellow physio in Perth",
        None,
    ),
    (
        "Hey, I just want to say the way you disclosed to the family was really brave. A lot "
        "of docs wouldn't have.",
        None,
    ),
    (
        "So sorry. But who hands out a methadone carry without checking the last pickup date?? 😬",
        "who hands out a methadone carry without checking the last pickup date??",
    ),
]
