"""Round 8 of issue 14's evaluation: 160 replies (80 that judge the author's past decision)
from two helpers who saw only the labeling guide (guard_round2.md), never the rules, the model,
the corpora or the code; every profession, with dental hygienists, genetic counsellors,
orthoptists, dispatchers, eating-disorder therapists, dialysis nurses, interpreters (Cornwall,
Glasgow, Lagos, Manila, Toronto, rural Queensland, Louisiana; Belfast, Cardiff, Nairobi, Kuala
Lumpur, Vancouver Island, Adelaide, Minnesota). Measured untouched with the rules and the model
trained on rounds 1 to 6, then trained on: see test_guard.py and bench/README.md. Entries as in
guard_corpus: (reply, phrase or None)."""

ROUND_8_I = [
    (
        "HCA in a care home near Truro. Families forget, but we don't, and that's because we "
        "care. Go easy on yourself tonight x",
        None,
    ),
    (
        "Sorry you went through this, genuinely. I'm a prison GP and I see the aftermath of "
        "missed alcohol withdrawal far too often, so I have to ask: what stopped you from "
        "checking his CIWA score before you left the wing?",
        "what stopped you from checking his CIWA score",
    ),
    (
        "I'm sorry but this was completely foreseeable, and I don't think the comments telling "
        "you it's 'just one of those things' are doing you any favours.",
        "this was completely foreseeable",
    ),
    (
        "I read this twice. Your patient was lucky to have someone who cared enough to feel "
        "this bad.",
        None,
    ),
    (
        "Thank you for writing this. I'm a third-year student and terrified of this exact "
        "scenario; reading how you handled the aftermath actually helps.",
        None,
    ),
    (
        "Not going to sugarcoat it. Skipping the time-out because the list was running late was "
        "reckless and the patient paid for it. I hope your trust uses this properly.",
        "Skipping the time-out because the list was running late was reckless",
    ),
    (
        "Those two insulin pens look practically identical side by side. The manufacturer could "
        "have changed the colours years ago and hasn't. Avoidable for them, not for a tired "
        "human at 4am.",
        None,
    ),
    (
        "Dental hygienist in Falmouth. I once sent a patient home with the wrong aftercare "
        "sheet (extractions instead of deep scaling) and she rang in a panic. Tiny next to "
        "yours, but the stomach drop is the same. You're not alone.",
        None,
    ),
    (
        "honestly if you'd just waited ten minutes for the pharmacist to come back from lunch "
        "none of this would've happened. ten minutes.",
        "if you'd just waited ten minutes for the pharmacist",
    ),
    (
        "Sorry you're struggling, really. But who gives a bolus through a line they haven't "
        "flushed? Genuinely asking.",
        "who gives a bolus through a line they haven't flushed?",
    ),
    (
        "Why do we always assume a mistake says something about who we are? It says more about "
        "the system we were working in that night.",
        None,
    ),
    (
        "sending love from rural qld 🤠 we've all got one of these stories, we just don't all "
        "tell them ❤️",
        None,
    ),
    (
        "Listy reply because my brain is mush after nights:\n1. eat something\n2. sleep\n3. "
        "write down what happened while it's fresh, for you, not for them\n4. talk to someone "
        "you trust\n5. come back here whenever you want",
        None,
    ),
    (
        "As a dental hygienist I always recheck the med history on the day of treatment, every "
        "single patient, it's automatic for me. It should be automatic for everyone tbh 🤷‍♀️",
        "It should be automatic for everyone",
    ),
    (
        "In Louisiana they teach you in nursing school you NEVER push potassium. Like that's "
        "first-semester stuff, y'all. Glad the patient's ok.",
        "that's first-semester stuff",
    ),
    (
        "Orthoptist, 11 yrs. Amblyopia referral pathways are a nightmare and I'm sorry it blew "
        "up. It was on you to repeat the cover test with her glasses on before referring, "
        "though, and I think that's the real learning point.",
        "It was on you to repeat the cover test with her glasses on",
    ),
    (
        "big hugs hun xx night shifts in care homes r brutal. tbh u shouldve phoned the family "
        "before the undertakers came tho, thats the bit id struggle with if it was my nan",
        "u shouldve phoned the family before the undertakers came",
    ),
    (
        "I do find myself wondering whether the daughter's concerns were really listened to at "
        "that first visit. She said 'he's not himself' three times, by your own account.",
        "I do find myself wondering whether the daughter's concerns were really listened to",
    ),
    (
        "The system could have had a hard stop on that dose and it didn't. Please flag it on "
        "Datix so the next nurse gets one.",
        None,
    ),
    (
        "This forum is full of people who've stood exactly where you're standing. **Glad you "
        "found it.**",
        None,
    ),
    (
        "not judging!! just genuinely curious what your reasoning was for letting him "
        "self-discharge without a capacity assessment when he'd been delirious that morning",
        "genuinely curious what your reasoning was for letting him self-discharge",
    ),
    (
        "Isn't double-signing the whole point of having two people on a CD round??",
        "Isn't double-signing the whole point of having two people on a CD round",
    ),
    (
        "Love from Penzance 💛 Took guts to post this. It was a rookie mistake, but you'll be a "
        "better midwife for having made it.",
        "It was a rookie mistake",
    ),
    (
        "Physio here. Checking weight-bearing status before you get someone up post-op is "
        "literally the first thing they drill into you as a student, so I'm a bit surprised tbh.",
        "literally the first thing they drill into you as a student",
    ),
    (
        "Orthoptist, Mississauga. What support has your department offered since? If the answer "
        "is 'none', that needs to change, and it's not on you to fix it.",
        None,
    ),
    (
        "Nobody should be scrubbing in for 14 hours in a Lagos theatre with no break and no "
        "water. Honestly, that you kept going at all is remarkable.",
        None,
    ),
    (
        "Greetings from Lagos. We had the same wahala with oxytocin bags on our labour ward "
        "last year, pharmacy changed supplier without telling anyone. How did you manage to not "
        "notice the concentration on the label though? It's printed in red.",
        "How did you manage to not notice the concentration",
    ),
    (
        "Some thoughts, in no order:\n- fill in the incident form, it protects you as much as "
        "anyone\n- get your union rep involved early\n- frankly the second ampoule should never "
        "have been drawn up without reading the label again\n- eat something and sleep",
        "the second ampoule should never have been drawn up without reading the label again",
    ),
    (
        "The rota should never have had one RN covering 28 beds overnight. That's a management "
        "decision, not yours.",
        None,
    ),
    (
        "In hindsight everything looks obvious. At the time it wasn't, and that's the whole "
        "point of hindsight.",
        None,
    ),
    (
        "Sending strength from Manila 🙏 our ICU had something similar. But the tube position "
        "really had to be confirmed with capnography before the transfer, that's the lesson I'd "
        "take.",
        "the tube position really had to be confirmed with capnography before the transfer",
    ),
    (
        "Are you getting any support from your PMA? And, gently, do you think part of you knew "
        "you should have called the coordinator in as soon as the CTG went pathological?",
        "you should have called the coordinator in as soon as the CTG went pathological",
    ),
    (
        "You should talk to your union rep before the meeting on Thursday, just so you've got "
        "someone in your corner.",
        None,
    ),
    (
        "Why did the agency put you on a neonatal unit with ZERO induction?? That's the "
        "question I'd be asking them, loudly.",
        None,
    ),
    (
        "So sorry you're dealing with the coroner on top of everything. The heel should've been "
        "photographed and measured at that very first home visit though, that's when the grade "
        "2 quietly became a grade 4.",
        "The heel should've been photographed and measured at that very first home visit",
    ),
    (
        "Negligent. There's no softer word for leaving a resident with a known falls history "
        "alone on a commode. I hope the family get answers.",
        "Negligent.",
    ),
    (
        "Prison healthcare is its own beast. Four minutes a patient, an officer tapping his "
        "foot at the door, and a lockdown halfway through your clinic. Take care of yourself, "
        "properly.",
        None,
    ),
    (
        "School psych, Ontario. Thinking of you. Kids are resilient and so are we, even when it "
        "doesn't feel like it this week.",
        None,
    ),
    (
        "You should have seen the state of me after my first drug error, Glasgow, 2009 — I "
        "cried in the sluice for an hour and then did the rest of the shift. It gets easier. "
        "Not quickly, but it does. x",
        None,
    ),
    (
        "Prison GP, HMP somewhere grim up north. Sorry you had such a rough week. What's the "
        "point of a titration protocol if it gets binned on day two though.",
        "What's the point of a titration protocol if it gets binned on day two",
    ),
    (
        "Obviously I don't know how your trust works, but in mine you can ask for a facilitated "
        "debrief with the patient safety team. Might help to get it all out in a room where "
        "nobody's grading you.",
        None,
    ),
    (
        "Reading this from a two-nurse clinic out past Longreach where the nearest doctor is a "
        "phone line and a prayer. I get the isolation, I really do. But was there really nobody "
        "on the phone you could have run it past before sending him home?",
        "was there really nobody on the phone you could have run it past",
    ),
    (
        "ED nurse, Baton Rouge.\n\nWhat exactly did you think a sats of 84 on room air meant?",
        "What exactly did you think a sats of 84 on room air meant?",
    ),
    (
        "u ok hun? dm me if u wanna talk, been thru smth v similar w a falls pt last yr",
        None,
    ),
    (
        "Next time you're unsure about a verbal order, it's completely fine to ask them to "
        "repeat it or put it on the chart. Nobody decent will think less of you for it.",
        None,
    ),
    (
        "Oof, I've had the lidocaine-with-adrenaline scare in the hygiene room too, so I feel "
        "this. You really needed to confirm the medical history update before numbing her "
        "though - the new beta blocker was right there on the form she'd filled in at reception.",
        "You really needed to confirm the medical history update",
    ),
    (
        "Physio in the Toronto burbs. Sending a virtual double-double ☕ and a reminder that one "
        "bad day doesn't cancel out years of good ones.",
        None,
    ),
    (
        "Hugs. Though I'm not sure I'd have been so quick to trust a verbal order from a locum "
        "I'd never met, at 4am, for a drug I didn't know.",
        "I'm not sure I'd have been so quick to trust a verbal order",
    ),
    (
        "Hugs. Did occupational health get in touch with you afterwards, or did you have to "
        "chase them?",
        None,
    ),
    (
        "Twenty-two years a paramedic out near Roma, Queensland, and I have not once left a "
        "scene without a full set of obs. Just saying.",
        "I have not once left a scene without a full set of obs",
    ),
    (
        "Nurse from Manila, working in the UK now. Back home we were 1:15 on a good night. The "
        "guilt you describe is so familiar. Salamat for sharing this, kapatid.",
        None,
    ),
    (
        "> I keep replaying the moment I signed the chart\n\nI did exactly that for months "
        "after mine. You shouldn't have to carry it alone — is there an EAP or staff "
        "counselling you can get into?",
        None,
    ),
    (
        "why didnt u just ring the reg?? like thats literally what theyre paid for at 3am lol",
        "why didnt u just ring the reg",
    ),
    (
        "Radiographer from Lagos. Our department had almost exactly this last year and what "
        "helped most was a no-blame team huddle the week after. Might be worth suggesting to "
        "your lead?",
        None,
    ),
    (
        "Radiographer of 15 yrs here, Cornwall. The pregnancy status needed confirming before "
        "that pelvis went through, and from what you've written it simply wasn't. The 28-day "
        "rule exists for a reason. Sorry if that's blunt.",
        "The pregnancy status needed confirming before that pelvis went through",
    ),
    (
        "Okay I've started this reply like four times. I'm an ICU nurse in Shreveport, been "
        "doing it nineteen years, and the night that still wakes me up isn't even one where I "
        "made an error, it's one where I couldn't tell if I had. That not-knowing ate me alive "
        "for a year. What I want to say is: the fact that you're here, writing it out, looking "
        "at it square, is what a good nurse does. The bad ones don't lose sleep. Get yourself "
        "some real support — therapy, chaplain, whoever — and give it time. Lots of it. "
        "Thinking of you. 🫶",
        None,
    ),
    (
        "Midwife, 30 years. The babies I still think about are the ones where I did everything "
        "'right' and it went wrong anyway. Our memories aren't fair to us.",
        None,
    ),
    (
        "Honest take? Cutting that corner on the CD count was indefensible, however "
        "short-staffed the ward was. The rest of your post I totally get.",
        "Cutting that corner on the CD count was indefensible",
    ),
    (
        "Look-alike vials catch people everywhere, and most near misses never get reported at "
        "all. The fact you reported yours is exactly what makes practice safer for the next "
        "person.",
        None,
    ),
    (
        "What did your practice manager say when you told her? Mine was surprisingly decent "
        "when I had my own wobble.",
        None,
    ),
    (
        "Listen. I'm not being harsh for the sake of it, I've been on the road 14 years. The "
        "moment the sats dropped below 90 in the back of the rig you had to divert, not push on "
        "to the tertiary centre. Full stop. Do the reflection and move on.",
        "you had to divert, not push on to the tertiary centre",
    ),
    (
        "Surely a qualified social worker knows you don't leave a case note unsigned for three "
        "weeks?",
        "Surely a qualified social worker knows",
    ),
    (
        "Paramedic in Glasgow, 9 years in. The jobs that haunt you are never the ones you "
        "expect. Thanks for putting this one down somewhere.",
        None,
    ),
    (
        "Why not bring it to clinical supervision? Saying it out loud to someone who wasn't on "
        "shift with me helped more than I expected.",
        None,
    ),
    (
        "Genetic counsellor here. The first time I had to ring a family back to correct "
        "something I'd told them, I felt like a fraud for weeks. They were kinder than I "
        "expected. I really hope yours are too.",
        None,
    ),
    (
        "How are you sleeping? That was the first thing to go for me after mine.",
        None,
    ),
    (
        "Vet nurse here who crossed over to human nursing last year. In the vet world we used "
        "to say the patient doesn't care whose fault it was, only that it gets sorted — and "
        "that's helped me be less harsh on myself. You shouldn't be harder on yourself than "
        "you'd be on a colleague.",
        None,
    ),
    (
        "Did it not occur to you to get a second pair of eyes on the INR before giving the "
        "warfarin? Asking honestly, I'm not trying to pile on.",
        "Did it not occur to you to get a second pair of eyes on the INR",
    ),
    (
        "could u maybe write it up as a reflective piece for revalidation? turning it into "
        "something useful helped me loads after mine",
        None,
    ),
    (
        "Counsellor, BACP registered. I'm really sorry you're going through this. That said, "
        "breaking confidentiality to the client's employer without consulting your supervisor "
        "first was a serious lapse, and I suspect you know that already.",
        "was a serious lapse",
    ),
    (
        "This is so raw and honest. I'm sorry.",
        None,
    ),
    (
        "I've been sitting with this one for a while before replying because it's close to "
        "something that happened on my old ward in Lafayette. First: you're clearly a "
        "conscientious nurse, it comes through in every line. The staffing you describe is "
        "shameful and I'd be raising it with your CNO. I can't help feeling the falls "
        "assessment was treated as a tick-box exercise that day, though, given he'd already had "
        "a near-miss on nights. None of that makes you a bad person. Write it all down, talk to "
        "someone, and please don't let this be the thing that makes you leave nursing, we need "
        "people who care this much.",
        "I can't help feeling the falls assessment was treated as a tick-box exercise that day",
    ),
    (
        "Community pharmacist, Paisley. The interaction would've flagged on the PMR if the "
        "script had been run through properly instead of being handed out on trust because you "
        "knew the patient.",
        "if the script had been run through properly instead of being handed out on trust",
    ),
    (
        "As a genetic counsellor I'd say this gently: you were obliged to confirm the variant "
        "classification with the lab before disclosing. Telling a family a VUS is pathogenic "
        "changes decisions they make about surgery and about their kids. I hope the follow-up "
        "conversation goes as well as it can.",
        "you were obliged to confirm the variant classification with the lab before disclosing",
    ),
    (
        "Why on earth would you discharge a toddler with a temp of 39.4 and a rash you hadn't "
        "done a glass test on?",
        "Why on earth would you discharge a toddler",
    ),
    (
        "Vet-trained nurse, now on a surgical ward in Toowoomba. Honestly in any vet clinic "
        "I've worked at we'd call that sloppy anaesthetic monitoring, and the dogs don't even "
        "sign a consent form. Sorry.",
        "we'd call that sloppy anaesthetic monitoring",
    ),
    (
        "Social worker, Glasgow. The referral ought to have gone in the same afternoon the wee "
        "one disclosed. Waiting until Monday was the mistake, not the paperwork that came after.",
        "The referral ought to have gone in the same afternoon the wee one disclosed",
    ),
    (
        "Pharmacy should have caught the duplicate on the MAR long before it got to you. Two "
        "checks failed before yours did, and nobody's posting about those.",
        None,
    ),
    (
        "I should have escalated a deteriorating patient back in 2016 and I didn't. He "
        "survived, I nearly quit. Please don't quit. 💙",
        None,
    ),
    (
        "School psych in Oakville here. Thanks for being so open. I'll admit I can't quite see "
        "how the IEP meeting went ahead without the parents having seen the report first — that "
        "part of the story really stuck with me. Hope the family comes round.",
        "I can't quite see how the IEP meeting went ahead without the parents having seen the "
        "report",
    ),
]

ROUND_8_J = [
    (
        "do u have a union rep? worth ringing them tmrw, not for blame stuff, just so someone's "
        "in ur corner",
        None,
    ),
    (
        "Dialysis nurse, Minnesota, 14 yrs on the unit. So sorry this happened, truly. But why "
        "didn't you clamp the line before you went to answer the phone? That's the bit I keep "
        "coming back to.",
        "why didn't you clamp the line",
    ),
    (
        "so the referral was never made?? the social worker holding the case (i.e. you) needed "
        "to pick up that phone the same day, not the following week",
        "the social worker holding the case (i.e. you) needed to pick up that phone",
    ),
    (
        "Counsellor, Vancouver Island. Shame thrives on secrecy. You've already done the "
        "hardest part by putting it into words here.",
        None,
    ),
    (
        "Paramedic, 9 yrs. We all have a job we carry. Mine's a kid from 2017. Talk about it, "
        "write about it, don't let it sit in your chest.",
        None,
    ),
    (
        "bed rails shouldve been up, whoever settled her for the night knows that and from ur "
        "post it sounds like that was u",
        "bed rails shouldve been up",
    ),
    (
        "why do we always go straight to blaming ourselves? asking the whole thread, not just you",
        None,
    ),
    (
        "dialysis nurse, KL. thank u for being brave enough to write this down. the rest of us "
        "learn from it",
        None,
    ),
    (
        "Did it not cross your mind to look at her allergy band before the first dose went in? "
        "Sending hugs anyway x",
        "Did it not cross your mind",
    ),
    (
        "What did you think was going to happen, leaving the cot sides down with a two-year-old "
        "in the cot?",
        "What did you think was going to happen",
    ),
    (
        "Pharmacy should have flagged that interaction!! that is literally what the software is "
        "for. don't carry this one on your own",
        None,
    ),
    (
        "Eating-disorder therapist here. This work is so hard to get right, and clients test "
        "boundaries in ways nobody trains us for. The care you've put into reflecting on it "
        "says a lot about the clinician you are.",
        None,
    ),
    (
        "Midwife in Nairobi, 20 years in. What you're feeling is what caring feels like when it "
        "hurts. Come back to this thread in a month and tell us how you are.",
        None,
    ),
    (
        "Thirty-one years on haemodialysis units and I have never once put a patient on without "
        "checking conductivity. Just saying.",
        "I have never once put a patient on without checking conductivity",
    ),
    (
        "I'm finding it hard to see how a whole bag of insulin gets hung at ten times strength "
        "without the person hanging it reading the label.",
        "I'm finding it hard to see how",
    ),
    (
        "you could've just phoned pharmacy, its literally a two minute call",
        "you could've just phoned pharmacy",
    ),
    (
        "Was there really nobody on the floor you could've grabbed for a second signature? Even "
        "a student?",
        "Was there really nobody on the floor you could've grabbed",
    ),
    (
        "Clinical pharmacologist. From a PK standpoint, repeating the loading dose after a "
        "missed level was frankly indefensible. I'd like to be kinder here but I can't find the "
        "words.",
        "frankly indefensible",
    ),
    (
        "Health-care interpreter, Nairobi. Most of the errors I see happen when no interpreter "
        "was booked at all, which is a service gap, not a person. You could write to your "
        "service lead about booking us by default, if you feel up to it.",
        None,
    ),
    (
        "Oh great, another thread where someone is honest and brave and I end up feeling less "
        "alone. Thanks for ruining my cynicism 🙄❤️",
        None,
    ),
    (
        "Skipping the count to get to your break on time. Thats what this was tbh, whatever the "
        "incident form ends up saying.",
        "Skipping the count to get to your break on time",
    ),
    (
        "Right patient, right drug, right dose, right route. First thing they drill into you. "
        "It's not rocket science. Anyway, hope the patient recovered fully.",
        "It's not rocket science",
    ),
    (
        "As a counsellor I'll be honest with you. The risk assessment was there to be done at "
        "intake, and it wasn't done by the one person in the room who could do it. I hope you "
        "find a good supervisor to work through this with.",
        "it wasn't done by the one person in the room who could do it",
    ),
    (
        "2nd year student nurse, Minnesota. Even we get taught to check the wristband against "
        "the chart on literally day one, so I'm a bit shocked tbh",
        "Even we get taught to check the wristband against the chart on literally day one",
    ),
    (
        "That pump interface is a disgrace. The decimal point is the size of a speck of dust. "
        "The manufacturer could have fixed it years ago and chose not to.",
        None,
    ),
    (
        "Nobody should have to work a night like the one you've described. Twelve admissions "
        "and one HCA??",
        None,
    ),
    (
        "I work as an interpreter in Kuala Lumpur and I read your post twice. Why did you carry "
        "on consenting her in English when she had already told you she preferred Malay? I'm "
        "not trying to be unkind, it just matters so much to patients.",
        "Why did you carry on consenting her in English",
    ),
    (
        "Radiographer on Vancouver Island. I don't want to pile on, I really don't, but her "
        "pregnancy status ought to have been confirmed before she went on the table.",
        "her pregnancy status ought to have been confirmed",
    ),
    (
        "You should have seen me on my first night shift in Belfast, I cried in the sluice "
        "twice before 3am. It gets better, promise.",
        None,
    ),
    (
        "Did you get any support afterwards? A debrief, a phone call, a cuppa with someone, "
        "anything?",
        None,
    ),
    (
        "The weight should have been re-measured before anyone drew up that dose, that's all "
        "I'll say. Sending strength.",
        "The weight should have been re-measured",
    ),
    (
        "If only you'd waited for the repeat potassium none of this would've happened. Hope "
        "you're doing ok though.",
        "If only you'd waited for the repeat potassium",
    ),
    (
        "The hospital should have had a proper sepsis pathway years ago. You were working with "
        "the tools you were given.",
        None,
    ),
    (
        "'Avoidable' is a word the RCA panel will throw around, and it will sting. It describes "
        "the process, not a verdict on you as a nurse.",
        None,
    ),
    (
        "I've read the whole thread. The family had a horrendous night, and a two-line handover "
        "note from you would have spared them most of it. Be well.",
        "a two-line handover note from you would have spared them",
    ),
    (
        "Hugs. The obs needed repeating at 2am and they weren't. That doesn't make you a bad "
        "nurse, just a nurse who missed the obs.",
        "The obs needed repeating at 2am and they weren't",
    ),
    (
        "Been there. Still here. You will be too.",
        None,
    ),
    (
        "im just a care assistant but i think ur amazing for owning it, loads of people would "
        "just keep quiet",
        None,
    ),
    (
        "I did almost exactly this as a new grad in Minnesota. I should have double-checked the "
        "pump rate and I didn't, and I thought about it every night for months. You are not "
        "alone in this.",
        None,
    ),
    (
        "Physio, Adelaide. Really feel for you. I just keep thinking... isn't reading the "
        "sign-in out loud the whole point of the WHO checklist?",
        "isn't reading the sign-in out loud the whole point of the WHO checklist",
    ),
    (
        "Why not bring it to clinical supervision? Mine in Cardiff has been a lifesaver after "
        "stuff like this.",
        None,
    ),
    (
        "Sorry, maybe I misread, but why did you get him up without the second person there? He "
        "was a two-assist on the board.",
        "why did you get him up without the second person there",
    ),
    (
        "Hmm. What made you decide sats of 89 could wait for the morning round? Hope you're ok, "
        "mind.",
        "What made you decide sats of 89 could wait",
    ),
    (
        "Health-care interpreter in Kuala Lumpur. I was on the other side of the bed for "
        "something similar last year, and what the family remembered most was how the nurse "
        "apologised. A real apology is rare and it matters.",
        None,
    ),
    (
        "The rota should never have left you as the only registered nurse on 28 beds. That's on "
        "management, not you.",
        None,
    ),
    (
        "how did u not notice the bag was empty for 2 hrs 😬",
        "how did u not notice",
    ),
    (
        "Have you been able to take any time off since? Even one day.",
        None,
    ),
    (
        "I do wonder what the thought process was behind skipping the time-out. not judging!! "
        "just curious",
        "I do wonder what the thought process was behind skipping the time-out",
    ),
    (
        "Radiographer here. Had a wrong-side film go through in my first year. The patient was "
        "lovely about it, my lead was lovely, and I still felt sick for weeks. The feeling does "
        "pass.",
        None,
    ),
    (
        "Surely at some point in a twelve-hour shift you'd have glanced at the drain output?",
        "Surely at some point in a twelve-hour shift you'd have glanced at the drain",
    ),
    (
        "Things that helped me after mine:\n- telling one trusted colleague\n- writing it all "
        "down once, then shutting the notebook\n- a walk before every shift for a month\n- "
        "therapy (no shame in it)",
        None,
    ),
    (
        "Next time (and there WILL be a next time you're unsure, for all of us) ask for a "
        "second checker. It is not weakness. It's the job.",
        None,
    ),
    (
        "why did u not just ring the reg?? genuinely asking",
        "why did u not just ring the reg",
    ),
    (
        "Community pharmacist, Minnesota. Our counter does 300+ scripts on a Monday. An error "
        "rate isn't a character flaw, it's arithmetic. Hang in there.",
        None,
    ),
    (
        "Nursing educator here, Adelaide. I'll try to be gentle, but you ought to have "
        "escalated after the second NEWS of 7. Full stop. Everything else in your post is "
        "context, not a reason.",
        "you ought to have escalated",
    ),
    (
        "I teach second-year nursing students in Adelaide and I'd love (with your permission, "
        "fully anonymised) to use stories like this in class. They need to hear that good "
        "nurses make mistakes and come through them.",
        None,
    ),
    (
        "FY2 in Belfast. The near-misses I've watched from consultants with thirty years behind "
        "them would make your hair curl. We're all human. x",
        None,
    ),
    (
        "Eating-disorder therapist, Belfast. Weighing her facing the mirror right after she'd "
        "disclosed purging was, I'm sorry to say, a really careless call on your part. I hope "
        "your supervisor is holding you through the fallout.",
        "a really careless call on your part",
    ),
    (
        "Obviously I wasn't there, so I'm not going to pretend I know what that room felt like. "
        "What I do know is you reported it, and that matters more than people realise.",
        None,
    ),
    (
        "sending love from Vancouver Island x",
        None,
    ),
    (
        "Things I'd take from this:\n1. Sleep. You sound wrecked.\n2. You needed to document "
        "the refusal at the time, not three days later.\n3. Talk to someone you trust, today if "
        "poss.",
        "You needed to document the refusal at the time",
    ),
    (
        "on our ward in KL we would never let a day-0 post-op walk to the toilet alone, basic "
        "falls prevention la",
        "we would never let a day-0 post-op walk to the toilet alone",
    ),
    (
        "Student physio, reading this at 2am before placement and honestly it helps to know "
        "qualified people go through this too 🙏",
        None,
    ),
    (
        "You shouldn't be carrying this by yourself. Is there an employee assistance line at "
        "your trust?",
        None,
    ),
    (
        "Social worker, Belfast. The guilt you're describing is so familiar it hurts to read. "
        "Please, please get yourself to your GP if the sleep doesn't come back.",
        None,
    ),
    (
        "Dispatcher in Minnesota here. Call-taking protocols are built for the average caller, "
        "and half our callers are anything but. I've had nights that still wake me up. Thank "
        "you for posting this.",
        None,
    ),
    (
        "How are you doing today? Like actually, not the work answer.",
        None,
    ),
    (
        "Ambulance dispatcher, Cardiff control. Why did you downgrade the call after he'd said "
        "the words chest pain? Not having a go, I just need to understand it because it'll eat "
        "at me otherwise.",
        "Why did you downgrade the call",
    ),
    (
        "What did your manager say when you reported it? Ours in Adelaide were actually decent "
        "about mine, surprisingly.",
        None,
    ),
    (
        "That's a textbook never event and you did it. Own it, learn, move on.",
        "That's a textbook never event and you did it",
    ),
    (
        "Clinical pharmacologist in Cardiff, and I spend a good part of my week reading "
        "incident reports. Nearly every one has five or six contributing factors lined up: the "
        "prescribing system, the staffing, the labelling, the time of night, the handover, the "
        "interruptions. The person at the sharp end is the last slice of the cheese, not the "
        "cause of the hole. I say that not to excuse anything but because it's what the "
        "evidence shows, again and again. Please look after yourself, and if you ever want to "
        "talk through the pharmacology side privately, message me.",
        None,
    ),
    (
        "Hindsight is a wonderful thing and I'm sorry you're going through it. But the warning "
        "signs were sitting right there on your chart, weren't they.",
        "the warning signs were sitting right there on your chart",
    ),
    (
        "Pharmacist, Cardiff. You had to query that script, mate. Ten times the usual dose for "
        "a toddler and it went out the door with your initials on the bag.",
        "You had to query that script",
    ),
    (
        "Oh love, big hugs from Belfast. You've clearly been through the wringer with this one. "
        "That said, you should have stopped the feed the second she started coughing, and I "
        "think deep down you know it. Mind yourself x",
        "you should have stopped the feed",
    ),
    (
        "Forty minutes. Why on earth did you leave her on the monitor with nobody watching the "
        "trace",
        "Why on earth did you leave her",
    ),
    (
        "Honestly? Totally avoidable. I'm sorry, but that's where I land after reading it three "
        "times.",
        "Totally avoidable",
    ),
    (
        "Great, so the big lesson is... read the drug chart before giving the drug? Maybe you "
        "should've started there. Revolutionary stuff.",
        "Maybe you should've started there",
    ),
    (
        "> I keep replaying the moment I signed the chart\n\nOh hun. I replayed mine for a "
        "year. It does fade. Be kind to yourself 💛",
        None,
    ),
    (
        "Look-alike vials catch absolutely everyone. Our unit had three near misses with the "
        "same two ampoules before anyone thought to change the storage.",
        None,
    ),
    (
        "Paramedic, Nairobi. Leaving a head injury on scene with a GCS of 13 because he 'seemed "
        "fine'... that's reckless, brother. Glad he pulled through.",
        "that's reckless",
    ),
]
