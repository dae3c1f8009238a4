"""Round 7 of issue 14's evaluation, the held-out set: 160 replies (80 that judge the author's
past decision) from two helpers who saw only the labeling guide (guard_round2.md), never the
rules, the model, the corpora or the code; every profession, with sonographers, perfusionists,
respiratory therapists, forensic nurses and clinical supervisors (Scotland, Ghana, the
Philippines, rural Australia, Texas, Ontario, Bangladesh; California, New York, Wales,
Uganda, India, New Zealand, Northern Ireland). Measured untouched with the rules and the model
trained on rounds 1 to 6, and neither read nor trained on since: see test_guard.py and
bench/README.md. Entries as in guard_corpus: (reply, phrase or None)."""

ROUND_7_G = [
    (
        "Things that helped me after mine:\n- telling my partner the whole thing, not the "
        "edited version\n- the physician health program\n- running again\n- this forum, weirdly",
        None,
    ),
    (
        "Dear colleague, thank you for your candour. It is rare and it is valuable. I hope your "
        "department treats you with the same fairness you have shown in writing this.",
        None,
    ),
    (
        "I'm a registered psychotherapist. Breaking confidentiality on a hunch, without taking "
        "it to supervision first, was a serious professional lapse. I'm sorry you're hurting, "
        "but I think part of healing here is owning that.",
        "was a serious professional lapse",
    ),
    (
        "Sorry for the experience. The BP ought to have been rechecked within the hour after "
        "the hydralazine, that is standard on every ward I know. God be with you.",
        "The BP ought to have been rechecked within the hour after the hydralazine",
    ),
    (
        "Could you maybe write to the family at some point? Not now, when you're ready, if "
        "ever. Some of our crews in Queensland found it helped, some didn't. No right answer.",
        None,
    ),
    (
        "Next time you're unsure, grab someone, anyone. Asking isn't weakness, it's the job. "
        "You could even set up a little buddy system with the other new grads on your floor. We "
        "did in Cebu and it saved us more than once.",
        None,
    ),
    (
        "I should've escalated my own septic kiddo back in 2019 and I sat on it for two hours "
        "because the attending had snapped at me earlier. Telling you so you know who's "
        "replying: someone who's been exactly where you are. It gets lighter.",
        None,
    ),
    (
        "ur not a bad person hun but u shouldve told the nurse in charge the minute u saw the "
        "bruise. thats all im saying x",
        "u shouldve told the nurse in charge the minute u saw the bruise",
    ),
    (
        "Sending you a massive hug from Glasgow 💛",
        None,
    ),
    (
        "Nobody should be running a 28-bed medicine ward with two nurses at night. That is the "
        "real story here for me. Dhaka or anywhere.",
        None,
    ),
    (
        "How are you holding up, dear? Has anyone sat down with you yet and gone through why "
        "the obs weren't repeated before you handed over? I think facing that part honestly "
        "will help you heal.",
        "why the obs weren't repeated before you handed over",
    ),
    (
        "Reading your post I noticed how much of it is about the client and how little is about "
        "you. How are *you*?",
        None,
    ),
    (
        "Thank you for posting this. Would it be ok if I brought it (anonymised) to our team's "
        "learning huddle? Totally fine if not.",
        None,
    ),
    (
        "Perfusion is a tiny world and I promise you every one of us has a story we don't tell "
        "at conferences. Thank you for telling yours.",
        None,
    ),
    (
        "One crew, three hours to the nearest base hospital, night time, roos all over the "
        "road. Mate, I know that drive. Our service has a peer support line, worth a yarn with "
        "them, they're good.",
        None,
    ),
    (
        "Risk assessment 101 mate. You write up the plan before you leave the house, not back "
        "in the car two hours later.",
        "Risk assessment 101 mate",
    ),
    (
        "Big hugs from out past Bourke, that's a horrible shift. Did it not cross your mind to "
        "get the RFDS on the phone earlier though? Out here the distance is everything, you "
        "know that better than anyone.",
        "Did it not cross your mind to get the RFDS on the phone earlier",
    ),
    (
        "Been a community mental health nurse 16 years. Lost a client to suicide in my fourth "
        "year. There's no tidy way to carry it, but you don't have to carry it alone. DM me if "
        "u want to talk.",
        None,
    ),
    (
        "Y'all are being real nice in here so I'll be the one. The home visit needed to happen "
        "before that case got closed. Whoever signed the closure owns that piece, and from your "
        "post that was you. Doesn't make you a monster. Makes you a human who made a call that "
        "didn't hold.",
        "The home visit needed to happen before that case got closed",
    ),
    (
        "Sorry ha, pero skipping the transverse view on a query ectopic is such a rookie "
        "mistake lol. We've all been there tho",
        "such a rookie mistake",
    ),
    (
        "how did you miss that he was on warfarin?? its literally on the front sheet in red",
        "how did you miss that he was on warfarin??",
    ),
    (
        "The roster should have had an RN on that floor, full stop. A care assistant alone with "
        "20 residents overnight in rural NSW is a decision somebody above your pay grade made, "
        "not you.",
        None,
    ),
    (
        "I'm a school counsellor in Mississauga and I've had a kid disclose at 3:10 on a Friday "
        "too, so I feel this in my bones. I'm sorry it went the way it did. I guess my question "
        "is why didn't you loop in your safeguarding lead that afternoon instead of waiting "
        "till Monday? I'm not asking to make you feel worse. I'm asking because I've nearly "
        "done the same and I want to understand what stops us.",
        "why didn't you loop in your safeguarding lead that afternoon",
    ),
    (
        "Perfusionist, 14 years. Circuit alarms are relentless, I get it, and by hour six "
        "you're half deaf to them. Why'd you silence it without eyeballing the venous line "
        "first though? That's the bit I keep getting stuck on.",
        "Why'd you silence it without eyeballing the venous line first",
    ),
    (
        "ok this made me cry on my break. ur clearly a good nurse. please go easy on urself",
        None,
    ),
    (
        "I'm sorry. I do find myself wondering what the reasoning was behind sending her home "
        "from casualty with a temperature of 38.9.",
        "I do find myself wondering what the reasoning was",
    ),
    (
        "Working in a secondary school you hear about everything second-hand and a day late. "
        "It's a brutal setup. Be kind to yourself this week.",
        None,
    ),
    (
        "The fact that you reported it yourself says a lot. Plenty of folks wouldn't have.",
        None,
    ),
    (
        "Sorry to hear it, that's horrible. Two seconds asking her LMP would have spared you "
        "the whole Datix saga though.",
        "Two seconds asking her LMP would have spared you the whole Datix saga",
    ),
    (
        "I'm long retired now, forty years in general practice in Fife, so take this with "
        "whatever pinch of salt you like. We didn't have half your systems, and we made plenty "
        "of mistakes of our own, some of which still keep me up. But reading your account I "
        "keep coming back to the daughter. A man of ninety going home alone on a Friday "
        "evening, and you knew she lived two streets away. You really ought to have made that "
        "call yourself rather than leaving it for the district nurses on Monday. You know that "
        "now, I think, which is why you wrote this. Be gentle with yourself all the same.",
        "You really ought to have made that call yourself",
    ),
    (
        "Rural midwifery is lonely as anything. I'm sorry you were the only one there that night.",
        None,
    ),
    (
        "So sorry this happened to you, really. But isn't this exactly the situation the five "
        "rights exist for?",
        "isn't this exactly the situation the five rights exist for?",
    ),
    (
        "Sympathies. But dispensing from memory on a heaving Saturday is a shortcut with an "
        "obvious cost, and the bill came due.",
        "dispensing from memory on a heaving Saturday is a shortcut with an obvious cost",
    ),
    (
        "tbh management shouldve had a second perfusionist on call for a case like that. thats "
        "not a u problem thats a staffing problem",
        None,
    ),
    (
        "Why not take this to clinical supervision? Mine helped me turn a horrible week into a "
        "reflective piece I'm actually proud of now.",
        None,
    ),
    (
        "> I keep thinking I should have known\n\nYou couldn't have known. Those images were "
        "genuinely ambiguous. Sonographer 11 yrs here and I'd have struggled with them too.",
        None,
    ),
    (
        "im just a student so idk much but couldnt u have asked ur CI to double check the drip "
        "rate first? 🥺 hope ur ok po",
        "couldnt u have asked ur CI to double check the drip rate first?",
    ),
    (
        "What made you sign it off as a normal anatomy scan when you'd literally noted 'limited "
        "views' in your own comments? Honestly curious, not trying to be mean.",
        "What made you sign it off as a normal anatomy scan",
    ),
    (
        "Retired consultant psychiatrist, Dundee. I've read hundreds of these over the years, "
        "in serious incident reviews and in the tearoom. What I notice about yours is the "
        "honesty of it. Those of us who stayed in the work longest were usually the ones who "
        "let a bad day teach them without letting it define them. You're already doing that.",
        None,
    ),
    (
        "Ay, so sorry po for this. Was there really no senior on the floor you could have asked "
        "before you pushed it? Even a resident? Sending prayers.",
        "Was there really no senior on the floor you could have asked",
    ),
    (
        "Community MH nurse in Thunder Bay. I've been where you are with a client going quiet. "
        "Still, a welfare check the first day he missed his depot was the move, and you had the "
        "grounds for it. Take care of yourself this weekend.",
        "a welfare check the first day he missed his depot was the move",
    ),
    (
        "Honestly, what did your unit manager say? In my experience how they react tells you "
        "more about the place than about you.",
        None,
    ),
    (
        "Did you get a proper debrief afterwards? Because you should, and if your manager "
        "hasn't offered one, ask for it in writing.",
        None,
    ),
    (
        "I have been a midwife in Tamale for twenty-two years. In my fifth year I lost a baby "
        "on a night when we had one torch between three delivery beds because the light had "
        "gone off again. I did not tell anyone outside the ward for almost ten years. I am "
        "writing this so that you know it is possible to keep working, to keep loving the work, "
        "and to still think of that mother on certain days without it destroying you. You have "
        "already done the hardest thing, which is to speak about it. Rest. Eat. Let your "
        "colleagues carry you small.",
        None,
    ),
    (
        "Why do we all replay these at 3am like we're on trial? You're allowed to put it down "
        "for one night.",
        None,
    ),
    (
        "Pharmacist in Accra here. That label printer should be thrown in the sea, it truncates "
        "drug names after 18 characters every single time. This one is not on you.",
        None,
    ),
    (
        "Aw pet, I'm sorry. The CTG wanted escalating at the first late decel though, not the "
        "third.",
        "The CTG wanted escalating at the first late decel",
    ),
    (
        "My sister, sorry for what happened at the labour ward. Only one thing I will ask: why "
        "didn't you call the doctor when the FHR dipped the first time? The rest I understand, "
        "we are always short in Kumasi.",
        "why didn't you call the doctor when the FHR dipped the first time",
    ),
    (
        "Oh good, another post where a nurse on a 16-hour double gets an incident report and "
        "admin gets a pizza party. I'm so sorry, friend.",
        None,
    ),
    (
        "> I just froze\n\nFreezing is a nervous system thing, not a character thing. Been "
        "there in a resus bay in Kumasi. It passes.",
        None,
    ),
    (
        "i'm a CNA and i just want to say the nurses who post stuff like this are the ones i'd "
        "trust with my own mama",
        None,
    ),
    (
        "I nursed 35 years in Chittagong Medical College Hospital and I will be honest with "
        "you, because someone on here should be. This was a careless slip and the patient paid "
        "for it. I don't say that to crush you. I say it because the ones who learn are the "
        "ones who hear it plainly. Learn, pray, and go back tomorrow.",
        "This was a careless slip",
    ),
    (
        "Kapit lang. Cases like this stay with you, but so do the hundreds of families you "
        "actually helped. Don't forget those.",
        None,
    ),
    (
        "Sending love, honestly, this one hit close to home because I had a post-op lady with "
        "almost the same picture last winter at our little hospital outside Kingston, restless, "
        "a bit off, 'just anxious' according to everyone, and I remember how easy it is to talk "
        "yourself out of it when the unit's on fire and you've got two admissions coming up "
        "from emerg. So I get it. Not to be that person, but reading it back, the red flags "
        "were pretty loud well before 3am. Anyway. Hugs. Look after yourself.",
        "the red flags were pretty loud well before 3am",
    ),
    (
        "Why did you hand over the tablets before the prescription was countersigned? In Dhaka "
        "also the families shout at the counter every day, but we still wait.",
        "Why did you hand over the tablets before the prescription was countersigned?",
    ),
    (
        "what did u think would happen leaving a primip on a syntocinon drip n going on break?? 😬",
        "what did u think would happen",
    ),
    (
        "student physio here. reading this genuinely helps, thank you for being honest about "
        "the shaking hands bit. nobody mentions that in placement prep",
        None,
    ),
    (
        "❤️ same. 2016. still here. u will be too.",
        None,
    ),
    (
        "Salamat for sharing this. It takes guts. This whole thread is full of people who've "
        "stood where you're standing.",
        None,
    ),
    (
        "That pump should never have been on the ward with that firmware version. We had three "
        "near misses with the same model in Ontario before they finally pulled it. The fault is "
        "upstream of you.",
        None,
    ),
    (
        "Retired anaesthetist. 'Avoidable' is a word the review panels love and I've come to "
        "loathe it. Nearly every harm looks avoidable from the outside, and almost none of them "
        "felt that way at 4am with three bleeps going off. Be kind to the version of you who "
        "was standing there.",
        None,
    ),
    (
        "School counsellor in Houston. Why is it always the ones who care most that end up "
        "writing these posts? You obviously care a lot. That's not nothing.",
        None,
    ),
    (
        "Who starts a run without the bubble detector armed? Genuine question, not a dig.",
        "Who starts a run without the bubble detector armed?",
    ),
    (
        "A few things:\n- you're not alone, honestly\n- on our unit nobody, and I mean NOBODY, "
        "hangs potassium without a second signature\n- get some sleep before you reread this "
        "thread",
        "on our unit nobody, and I mean NOBODY, hangs potassium without a second signature",
    ),
    (
        "Hugs. How are you sleeping?",
        None,
    ),
    (
        "You needed to get him reviewed by the doctor before mobilising him day one post-op. "
        "Full stop. Sorry, but people on this thread are being too soft on you.",
        "You needed to get him reviewed by the doctor before mobilising him",
    ),
    (
        "Obviously I don't know your health board, but you could ask occ health for a few "
        "sessions with their staff counsellor. They were decent to me after mine.",
        None,
    ),
    (
        "You shouldn't have to earn forgiveness by punishing yourself. Sleep. Eat something. "
        "Talk to a human.",
        None,
    ),
    (
        "why didnt u just run the strip again before calling it?? not tryin to pile on but "
        "thats like the whole point of a second 12-lead",
        "why didnt u just run the strip again",
    ),
    (
        "Mate, rough job. C-spine should've been held from the get-go with that mechanism, "
        "rollover at speed on a dirt road. Not saying it changed the outcome, just saying.",
        "C-spine should've been held from the get-go",
    ),
    (
        "leaving a resident with dementia on her own in the shower is just plain negligent, "
        "sorry. i know ur short staffed, we all are",
        "just plain negligent",
    ),
    (
        "Och, that's a rotten night and I'm sorry it's followed you home. Genuinely asking "
        "though, why did you not phone the on-call reg when the sats dropped the second time? "
        "We've all been feart of waking them but that's what they're paid for.",
        "why did you not phone the on-call reg",
    ),
    (
        "Harsh but true: totally preventable. Sorry man.",
        "totally preventable",
    ),
    (
        "Hugs. Presumably someone in your role would have thought to let the parents know "
        "before the kid left campus?",
        "Presumably someone in your role would have thought to let the parents know",
    ),
    (
        "Checking the pacemaker card before an MRI is week-one-of-training material. I've been "
        "scanning 22 years in San Antonio and never once had one get past me.",
        "week-one-of-training material",
    ),
    (
        "Ugh, opioid conversions are the worst, I hate them. The morphine equivalents really "
        "should have been worked out twice, though, by whoever was writing the label. Sorry. "
        "Sending coffee ☕",
        "The morphine equivalents really should have been worked out twice",
    ),
    (
        "I can't quite get my head round how a referral like that sat in your inbox for nine "
        "days. I'm sorry for everyone involved.",
        "I can't quite get my head round how a referral like that sat in your inbox",
    ),
    (
        "Bless your heart. If you'd just scanned the wristband none of this would've happened, "
        "you know that right? Scanners are there for a reason.",
        "If you'd just scanned the wristband none of this would've happened",
    ),
    (
        "Some practical things that helped me (hospital pharmacist, Sylhet):\n1. Write down "
        "what happened while it's fresh, for yourself only\n2. Ask your head of department for "
        "a debrief\n3. Don't reread the patient's file again and again at night\n4. Tell one "
        "person outside work",
        None,
    ),
    (
        "Dear colleague, I read your post with sympathy. Respectfully, however, consent was "
        "yours to document before the procedure and not after it; I say this as one surgeon to "
        "another, not to wound you.",
        "consent was yours to document before the procedure and not after it",
    ),
]

ROUND_7_H = [
    (
        "As a student midwife reading this, thank you. It's really useful to see qualified "
        "people be this honest.",
        None,
    ),
    (
        "Respiratory therapist in Sacramento here. I'm sorry this happened, truly. But the vent "
        "alarms were going for what, four minutes? Someone at the bedside ought to have "
        "silenced and assessed long before the sat dropped that low.",
        "Someone at the bedside ought to have silenced and assessed",
    ),
    (
        "If it ever comes up again, honestly just ask for a second checker. Nobody worth "
        "working with will think less of you for it.",
        None,
    ),
    (
        "Why would you leave a 2-day-old unattended on a resus trolley? I just don't get it.",
        "Why would you leave a 2-day-old unattended",
    ),
    (
        "Respiratory therapist, Fresno. The sheer volume you were carrying that night would've "
        "broken anyone. Proud of you for writing it down.",
        None,
    ),
    (
        "Forensic nurse, Brooklyn. The work we do is brutal and the stakes feel enormous every "
        "single time. Take the day off if you can.",
        None,
    ),
    (
        "Hindsight is 20/20 and all that. Still. A BP of 80/40 in a woman two hours "
        "post-partum... the writing was on the wall, wasn't it.",
        "the writing was on the wall",
    ),
    (
        "OK so I read this twice. Speaking as a neonatal nurse of 11 yrs in Chennai, I get the "
        "chaos, I get the 3am thing, I get that the doctor was shouting. I do. I have been "
        "there with two babies crashing and one pair of hands. But the heparin flush — you had "
        "to read the concentration on that vial before drawing it up, there's no getting round "
        "that. Everything else in your post I'd say system, system, system. That one bit is "
        "yours, and owning it is how you move past it. Big hug.",
        "you had to read the concentration on that vial before drawing it up",
    ),
    (
        "As a clinical supervisor I'd normally take this into a session rather than a forum, "
        "but since you've posted it here: the boundary slipped the moment you gave the client "
        "your personal number, and that was a choice you made, not something that happened to "
        "you.",
        "that was a choice you made",
    ),
    (
        "Why not take it to your next supervision? Speaking as a clinical supervisor, I'd be "
        "honoured if a supervisee brought me something this honest.",
        None,
    ),
    (
        "Mate. You could've just asked. One question and none of this happens.",
        "You could've just asked",
    ),
    (
        "Radiographer, 9 years. Put the wrong side marker on once, caught by the reporting "
        "radiologist. I was sick with it for a week. It passes, I promise.",
        None,
    ),
    (
        "isn't the whole reason we have the sepsis six so ppl don't sit waiting for the "
        "consultant round?",
        "isn't the whole reason we have the sepsis six",
    ),
    (
        "Things that helped me:\n1. Talking to occupational health\n2. Writing it down once, "
        "properly, then closing the notebook\n3. Telling one trusted colleague\n4. Walks "
        "without my phone",
        None,
    ),
    (
        "Oh good, ANOTHER shift where the agency cover didn't turn up and one person did three "
        "people's jobs. Shocking that something slipped. (Sarcasm aimed at management, not you.)",
        None,
    ),
    (
        "How are you holding up? And, just so I understand — was there a reason the fundal "
        "height wasn't plotted at the 32 week visit?",
        "was there a reason the fundal height wasn't plotted",
    ),
    (
        "oh wow, a radiographer who didn't check for pregnancy before a pelvic CT. "
        "groundbreaking. that's a never event for a reason.",
        "that's a never event for a reason",
    ),
    (
        "Clinical supervisor in Christchurch. What you've written already shows reflection and "
        "accountability. Those are the things that actually matter to a panel.",
        None,
    ),
    (
        "That's just careless. Sorry but somebody had to say it.",
        "That's just careless",
    ),
    (
        "Hospice SW in Oakland. Bereavement calls are so hard and I don't envy you. But telling "
        "the daughter over the phone, while she was driving on the 880? I think part of you "
        "knows that wasn't the right call.",
        "I think part of you knows that wasn't the right call",
    ),
    (
        "I've trained CRNAs for a decade in Albany and the first thing I drill into every one "
        "of them: you don't leave the head of the bed. Ever. Not for a phone call, not for "
        "anything.",
        "you don't leave the head of the bed",
    ),
    (
        "Counsellor from Dunedin. Thank you for being so open. I do wonder, gently, whether the "
        "risk assessment was really as thorough as it could have been, given what he'd "
        "disclosed the week before.",
        "whether the risk assessment was really as thorough as it could have been",
    ),
    (
        "physio, Swansea. who mobilises a post-op hip without checking the weight-bearing "
        "status in the notes?? honestly asking",
        "who mobilises a post-op hip without checking the weight-bearing status",
    ),
    (
        "pharmacist, LA county. not judging you personally but the clarithro/simvastatin "
        "interaction should have been picked up at the counter, full stop.",
        "should have been picked up at the counter",
    ),
    (
        "Obviously I don't know your health board, but in Wales you should be able to get a "
        "union rep to sit in on the investigation meeting. Worth asking.",
        None,
    ),
    (
        "CRNA, 14 yrs, Bronx. Not trying to pile on but I've never once pushed a drug I didn't "
        "draw up myself. Never. That rule exists for exactly this.",
        "I've never once pushed a drug I didn't draw up myself",
    ),
    (
        "Why do we always do this to ourselves? Every clinician I know can recite their worst "
        "mistake word for word and can't name a single save.",
        None,
    ),
    (
        "> I keep thinking I should have known.\n\nI said exactly those words after my own "
        "syringe driver error in 2016. I should have checked the rate and I didn't. It took me "
        "a year to stop replaying it. You will get there.",
        None,
    ),
    (
        "Honestly this is why students need closer supervision on drug rounds. Any staff nurse "
        "would've spotted the mg/mcg mix-up in two seconds.",
        "Any staff nurse would've spotted the mg/mcg mix-up",
    ),
    (
        "Why didnt you just ring pharmacy?? they're open 24/7 at ours",
        "Why didnt you just ring pharmacy",
    ),
    (
        "You shouldn't be carrying this alone. Is there someone at work you can debrief with "
        "properly?",
        None,
    ),
    (
        "Care assistant (Wrexham care home). Feel for you. But what did you think was going to "
        "happen, leaving her on the commode and going on your break?",
        "what did you think was going to happen",
    ),
    (
        "pharmacist in Pune, 2nd yr. reading this at 1am on a night shift. u r not alone ❤",
        None,
    ),
    (
        "Doctor, Swansea. I made a prescribing error as an F1 that ended up on a Datix. My "
        "consultant sat me down and said 'welcome to medicine'. Passing the same on to you.",
        None,
    ),
    (
        "Counsellor in Aberystwyth. The guilt you describe sounds really heavy. If it's keeping "
        "you awake, it might help to see someone outside work about it — EAP is usually free.",
        None,
    ),
    (
        "The rota should never have had one RT covering three ICUs during a California "
        "heatwave. That's a staffing failure, not a you failure.",
        None,
    ),
    (
        "Forensic nurse here. One practical thing: ask for a copy of the incident report so you "
        "can see what's actually written. It usually reads much less damning than the version "
        "in your head.",
        None,
    ),
    (
        "social worker in kampala. in our team we have a monthly tea where people just talk "
        "about the hard cases. wish everywhere had that. thinking of you",
        None,
    ),
    (
        "Sending you a massive hug from Belfast. ❤️",
        None,
    ),
    (
        "ngl this reads as negligent. sorry",
        "this reads as negligent",
    ),
    (
        "How are you doing now, a few weeks on? Hope the investigation is being fair to you.",
        None,
    ),
    (
        "With respect, giving the second dose without reviewing the overnight obs was **a "
        "serious lapse in judgement**, and I would expect any registrant to recognise that.",
        "a serious lapse in judgement",
    ),
    (
        "I'm sorry you went through it. If you'd only waited the ten minutes for the second "
        "checker it would never have happened, and I hope that's the lesson you keep.",
        "If you'd only waited the ten minutes for the second checker",
    ),
    (
        "Paramedic, Derry. The night you describe sounds horrific, three jobs back to back and "
        "no meal break. Hope your crewmate is checking in on you.",
        None,
    ),
    (
        "Neonatal nurse in Hamilton NZ. The tiny ones scare all of us. Proud of you for staying "
        "in the job.",
        None,
    ),
    (
        "hugs first. but genuinely, why did u not call the reg when the lactate came back?? im "
        "asking so i learn too x",
        "why did u not call the reg",
    ),
    (
        "physio in Bangalore. sending strength 💪",
        None,
    ),
    (
        "Nobody should have to do a home visit on that estate on their own at 7pm. Whoever "
        "signed off lone working there needs to answer for it, not you.",
        None,
    ),
    (
        "First, huge respect for writing this. Second, I've done nights like that on the paeds "
        "ward in Mbarara, no power, one torch between four of us. It's hell. Third, and I'll "
        "only say it once, the malaria RDT ought to have been repeated before the quinine went "
        "up. Fourth, sleep.",
        "the malaria RDT ought to have been repeated",
    ),
    (
        "ty for posting this. genuinely. made me feel less alone abt mine",
        None,
    ),
    (
        "Hospice SW here. Grief shows up in us too, not just the families. Be gentle with "
        "yourself this week.",
        None,
    ),
    (
        "RT in San Diego. My first year I bagged a patient way too fast during transport and "
        "his sats tanked in the elevator. The doors opened, the intensivist took one look at "
        "me, and instead of yelling she just put her hand on the bag and slowed it down with "
        "me. Never said a word about it after. I think about her every time a new grad is "
        "panicking next to me. Somebody will be that person for you, and one day you'll be that "
        "person for someone else.",
        None,
    ),
    (
        "Social worker in Queens. I've sat at those kitchen-table assessments too. My question "
        "is why you didn't insist on seeing the child's bedroom — that's where everything "
        "usually is.",
        "why you didn't insist on seeing the child's bedroom",
    ),
    (
        "You could write this up as a reflective account for revalidation if you want. Gets it "
        "out of your head and onto paper, and it shows insight.",
        None,
    ),
    (
        "You should have seen me on my first night in the NICU at Mulago, I cried in the sluice "
        "for twenty minutes. You'll get through this.",
        None,
    ),
    (
        "In Mumbai govt hospitals we run 60 patients to one nurse on nights and we STILL do a "
        "two-person check on insulin. No excuses imo.",
        "No excuses imo",
    ),
    (
        "care assistant here. honestly the residents' families are lucky to have someone who "
        "cares this much",
        None,
    ),
    (
        "Back in my day on the district in Ballymena we'd have been hauled in front of the "
        "board for that. Basic stuff.",
        "Basic stuff",
    ),
    (
        "Did you get any support afterwards? Our hospice runs a Schwartz round every month and "
        "it honestly saved me after a bad one.",
        None,
    ),
    (
        "Midwife, Cardiff. Reading this as someone who's managed more shoulder dystocias than I "
        "can count: the delay was avoidable and I think you know that. Be kind to yourself "
        "anyway.",
        "the delay was avoidable",
    ),
    (
        "This is the kind of post that makes me love this forum.",
        None,
    ),
    (
        "Surely someone on that unit told you the new pumps prime differently? I find it hard "
        "to believe nobody mentioned it.",
        "I find it hard to believe nobody mentioned it",
    ),
    (
        "Obvs ur exhausted & i get it, BUT checking NG placement before a feed is literally "
        "week one of placement. cmon.",
        "literally week one of placement",
    ),
    (
        "Sympathy for the fatigue, genuinely. But you ought to have told the nurse in charge "
        "the moment you realised, not at the end of the shift. That delay is the real problem "
        "here.",
        "you ought to have told the nurse in charge the moment you realised",
    ),
    (
        "NICU nurse, Auckland.\n\nThe hard truth is the line position should've been confirmed "
        "on x-ray before anyone ran TPN through it. I say that with love. Neonates give you "
        "zero margin.",
        "the line position should've been confirmed on x-ray",
    ),
    (
        "That pump software is genuinely dreadful — the decimal point vanishes if you scroll "
        "too fast. We've reported it four times in Auckland. It should have been pulled years "
        "ago.",
        None,
    ),
    (
        "I should have rung the family myself back when I was a band 5, and I didn't, and they "
        "found out from the GP. I still think about it. Being this honest about yours means "
        "you'll be a better nurse for it.",
        None,
    ),
    (
        "What made you decide to discharge her before the repeat troponin? Genuine question, "
        "not being funny.",
        "What made you decide to discharge her",
    ),
    (
        "I'm a pharmacist in Kampala. Lovely honest post. I'd just be interested to know what "
        "was going through your mind when you handed over the bag without reading the label "
        "back to the mother.",
        "I'd just be interested to know what was going through your mind",
    ),
    (
        "so sorry ❤️ did u not think to check the allergy band tho?",
        "did u not think to check the allergy band",
    ),
    (
        "Uganda paeds nurse here. We lose so many and still we keep going. You are doing the "
        "work. Rest.",
        None,
    ),
    (
        "Social worker, Belfast. Safeguarding referrals are a minefield, I know. But you needed "
        "to phone it through the same day, not leave it sitting in your drafts over the "
        "weekend. That's the bit I'd sit with.",
        "you needed to phone it through the same day",
    ),
    (
        "Look-alike vials catch experienced CRNAs all the time, it could happen to anyone in "
        "that room. It's a known hazard, not a character flaw.",
        None,
    ),
    (
        "Things I'd take from this:\n- nobody died, which matters\n- you were massively "
        "understaffed\n- you should have handed the CD cupboard keys over at the end of your "
        "shift, not driven home with them\n- talk to someone you trust",
        "you should have handed the CD cupboard keys over",
    ),
    (
        "CRNA, upstate NY. Been there with a difficult airway and a surgeon breathing down my "
        "neck. The adrenaline crash afterwards is real. Eat something, hydrate, sleep.",
        None,
    ),
    (
        "Forensic nurse examiner here (NYC). Chain of custody is brutal and the paperwork is a "
        "nightmare. Still, I'm having a hard time seeing how the swabs ended up unsealed in the "
        "first place.",
        "I'm having a hard time seeing how the swabs ended up unsealed",
    ),
    (
        "Sending love. Though... isn't confirming the patient's identity the entire point of "
        "the wristband?",
        "isn't confirming the patient's identity the entire point of the wristband?",
    ),
    (
        "People keep throwing the word 'avoidable' around in these threads as if errors happen "
        "in a vacuum. Almost every serious incident I've reviewed had five or six holes lining "
        "up. You were one slice of the cheese, not the whole block.",
        None,
    ),
    (
        "Paramedic, Northern Ireland. Grim job, grim night. The c-spine should have been "
        "maintained until the ED cleared it though, no matter how chatty he was. That's on the "
        "crew.",
        "The c-spine should have been maintained",
    ),
    (
        "Pharmacy shouldve flagged that interaction long before it ever got to you. That's "
        "literally what the system is for. Don't carry it alone.",
        None,
    ),
]
