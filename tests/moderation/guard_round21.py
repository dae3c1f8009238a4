"""Round 21 of issue 14's evaluation, untouched: 160 replies (80 that judge the author's past
decision) from two helpers who saw only the labeling guide (guard_round2.md), never the rules, the
model, the corpora or the code. G: haematology nurses, community learning-disability teams, hand
therapists, bereavement midwives, hospital chaplains, prison pharmacists, school speech and
language therapists, ambulance dispatchers, receptionists turned care assistants, peer-support
workers (Scunthorpe, Clonmel, Portage la Prairie, Masaka, Roma, North Dakota, Pwllheli, Bogra,
Dingwall, Hokitika). H: night A&E nurses, perinatal mental-health workers, orthoptists, surgical
trainees, residential care managers, on-call hospital pharmacists, school nurses, hospice doctors,
student paramedics, community mental-health care coordinators (Skegness, Ballinasloe, Flin Flon,
Arua, Longreach, Montana, Porthmadog, Nawabshah, Golspie, Westport). Measured once with the final
code of 2026-12-07, the same code as round 20, and neither read nor trained on since: see
test_guard.py and bench/README.md. Entries as in guard_corpus."""

ROUND_21_G = [
    (
        (
            "SLT in schools around Masaka — different country, same story. Feeding plans go "
            "missing between home and class ALL the time. You're in good company."
        ),
        None,
    ),
    (
        "Why do we always assume it's all on us?? Seriously asking the whole thread.",
        None,
    ),
    (
        "I'm so sorry. That sounds like an awful night.",
        None,
    ),
    (
        "Sympathy, truly. But one call to the ward pharmacist would have saved you all of this.",
        "one call to the ward pharmacist would have saved you all of this",
    ),
    (
        (
            "Reading this from a prison pharmacy: the in-possession risk assessment needed doing "
            "before a week's supply was handed over. That step exists for exactly this."
        ),
        "the in-possession risk assessment needed doing before a week's supply was handed over",
    ),
    (
        (
            "Hand therapist in Hokitika here. Had a flexor tendon repair rupture on my watch a "
            "few years back and cried in the car for a week. It passes. You're still a good "
            "clinician."
        ),
        None,
    ),
    (
        (
            "Obviously I don't know you, but the fact this is keeping you awake says you care a "
            "lot about your patients."
        ),
        None,
    ),
    (
        (
            "At our surgery in Dingwall we would NEVER book a chest pain into a bloods-only "
            "slot. Never. Reception are trained on that in week one."
        ),
        "we would NEVER book a chest pain into a bloods-only slot",
    ),
    (
        "Should have waited for the second checker. Simple as. Sorry if that's blunt x",
        "Should have waited for the second checker",
    ),
    (
        (
            "Chaplain here. Most of us sit with staff too, not just patients and families. No "
            "religion required. Just knock on the door."
        ),
        None,
    ),
    (
        "Transcribing the chart from memory? That's a basic error mate, not a 'system failure'.",
        "That's a basic error",
    ),
    (
        (
            "Bereavement midwife. In my experience families remember the kindness far more than "
            "the mistake. And you were kind, that's clear from how you wrote this."
        ),
        None,
    ),
    (
        "The obs were due at 4 and they should've been done at 4. Short-staffed or not.",
        "they should've been done at 4",
    ),
    (
        "Positioning for a swallow assessment is SLT 101, love. Upright, chin tuck, slow sips.",
        "Positioning for a swallow assessment is SLT 101",
    ),
    (
        "This was completely avoidable and I think deep down you know it. Sorry.",
        "This was completely avoidable",
    ),
    (
        (
            "Hand therapist (Hokitika). You ought to have given the splint regime in writing. "
            "Post-op patients retain maybe a third of what we say in clinic."
        ),
        "You ought to have given the splint regime in writing",
    ),
    (
        (
            "Was it avoidable? At a system level, probably: no second checker, no scanner on "
            "that ward. None of that was yours to fix at 3am."
        ),
        None,
    ),
    (
        (
            "the call taker should've kept the caller on the line til the crew got there. its in "
            "the protocol for a reason"
        ),
        "the call taker should've kept the caller on the line til the crew got there",
    ),
    (
        (
            "Did you not think to look at the allergy band before the first dose of "
            "co-amoxiclav? Sorry, but it's literally on the wrist."
        ),
        "Did you not think to look at the allergy band",
    ),
    (
        "hugs but tbh it was a lazy shortcut and it caught up with u",
        "it was a lazy shortcut",
    ),
    (
        (
            "So sorry OP, losing a patient like that is brutal and I'm not going to pretend "
            "otherwise. I've done bereavement support out in Roma for years and the thing "
            "families never forget is the phone call. Bottom line, the family should have been "
            "phoned before he went down to the mortuary, and from what you wrote that was your "
            "job that night. I'm not saying it to kick you. I'm saying it because the apology "
            "you make to them should own that, and they'll respect it more if it does."
        ),
        "the family should have been phoned before he went down to the mortuary",
    ),
    (
        (
            "Talk to your union rep before the meeting, even if they say it's informal. Just so "
            "someone's in your corner."
        ),
        None,
    ),
    (
        (
            "The rota should never have had one RN covering 28 beds on a haem ward. That's a "
            "management problem, not a you problem."
        ),
        None,
    ),
    (
        (
            "SLT in a school near Pwllheli. Reading this I kept asking myself why you'd give the "
            "thickened drink recipe to a TA over the phone rather than write it down. That's "
            "where it fell apart."
        ),
        "why you'd give the thickened drink recipe to a TA over the phone",
    ),
    (
        (
            "Be proud of how you handled the aftermath. Disclosing straight away is the hardest "
            "part and you did it."
        ),
        None,
    ),
    (
        (
            "What did you think was going to happen leaving a 9 year old with autism "
            "unsupervised by the pool?"
        ),
        "What did you think was going to happen",
    ),
    (
        (
            "Bereavement midwife, Clonmel. Heartbroken for that family. The baby's name ought to "
            "have been confirmed with the parents before the box went home — that's the part "
            "that will have hurt them most."
        ),
        "The baby's name ought to have been confirmed with the parents",
    ),
    (
        (
            "Why isn't there a barcode scanner on every ward by now?? We're still squinting at "
            "labels under a penlight. Infuriating."
        ),
        None,
    ),
    (
        (
            "30 years in haematology and I have not once hung blood without a bedside check. Not "
            "once. It can be done, it's just discipline."
        ),
        "I have not once hung blood without a bedside check",
    ),
    (
        (
            "Who sends someone home with a PRN list that has the wrong name on the top and "
            "doesn't even glance at the header? Sorry, had to be said."
        ),
        "Who sends someone home with a PRN list that has the wrong name on the top",
    ),
    (
        (
            "Hugs first 🫂 Then the honest bit: wasn't there a single senior on the floor you "
            "could have grabbed before you discharged her?"
        ),
        "wasn't there a single senior on the floor you could have grabbed",
    ),
    (
        (
            "Why not take it to clinical supervision? Not as a confession, just so someone sits "
            "with it alongside you."
        ),
        None,
    ),
    (
        "Pre-signing a CD register is inexcusable. Really glad nobody was harmed.",
        "Pre-signing a CD register is inexcusable",
    ),
    (
        (
            "That pump interface should have been pulled years ago. Ours in Bogra did exactly "
            "the same thing with the decimal point."
        ),
        None,
    ),
    (
        (
            "**Honestly?** You needed to stop the session the moment he said he had a plan. "
            "Everything else was secondary to that."
        ),
        "You needed to stop the session the moment he said he had a plan",
    ),
    (
        (
            "Chaplain here. I'll say this as gently as I can: the signs that she wanted her son "
            "with her before theatre were there, and they were missed. Hindsight is cruel, I "
            "know."
        ),
        (
            "the signs that she wanted her son with her before theatre were there, and they were "
            "missed"
        ),
    ),
    (
        (
            "I did almost exactly this on a nights block in my first year. I should have checked "
            "the second ID band and I didn't. It stays with you, but it does soften. Be kind to "
            "yourself."
        ),
        None,
    ),
    (
        (
            "pharmacy shouldve flagged the interaction on screen, thats literally what the "
            "clinical check is for. not on u"
        ),
        None,
    ),
    (
        "Why on earth did you leave the MAR unsigned and go on break 😬",
        "Why on earth did you leave the MAR unsigned",
    ),
    (
        (
            "Peer support worker here (adult mental health). I just want to say thank you for "
            "writing this. So many people carry this kind of thing silently for years and it "
            "eats away at them. The fact you came here and put it into words is a good sign, "
            "honestly. What helped me after mine: talking to one trusted colleague, writing it "
            "out like you've done, and a couple of sessions with occupational health. It doesn't "
            "get erased. It does get smaller. Message me if you want."
        ),
        None,
    ),
    (
        (
            "Community LD nurse out near Roma (QLD). It's so isolating out here with nobody to "
            "ring after 5. Proud of you for posting this."
        ),
        None,
    ),
    (
        "Did you get any time off afterwards? You sound exhausted, honestly.",
        None,
    ),
    (
        (
            "You should have seen me in my first month on the switchboard in Portage la Prairie "
            "— sent a crew to the wrong Main Street. We all have one ❤️"
        ),
        None,
    ),
    (
        (
            "I'm sorry you're going through this, I really am. You should've bleeped the on-call "
            "the minute that lactate came back though. Not an hour later."
        ),
        "You should've bleeped the on-call the minute that lactate came back",
    ),
    (
        "How are you doing today? Eating? Sleeping?",
        None,
    ),
    (
        (
            "Every student on their first placement gets told never to crush a modified-release "
            "tablet. It's on the poster above every sink in the clean utility."
        ),
        (
            "Every student on their first placement gets told never to crush a modified-release "
            "tablet"
        ),
    ),
    (
        (
            "Obviously you read a dose back over the phone. That's dispatch basics, first week "
            "stuff."
        ),
        "Obviously you read a dose back over the phone",
    ),
    (
        (
            "You should've been there the night I hung a full bag of IV paracetamol on the wrong "
            "bed. Mortifying. Patient fine, me not fine for weeks 🙈"
        ),
        None,
    ),
    (
        "Did anyone offer you a debrief afterwards? Genuinely hope so.",
        None,
    ),
    (
        (
            "Surely at some point in a 12-hour shift it crossed your mind that he hadn't passed "
            "urine?"
        ),
        "Surely at some point in a 12-hour shift it crossed your mind",
    ),
    (
        "i mean... what's the bed rail assessment FOR if not this??",
        "what's the bed rail assessment FOR if not this??",
    ),
    (
        (
            "I do wonder what the reasoning was for sitting on a NEWS2 of 7 overnight. Not "
            "having a go, just trying to understand."
        ),
        "I do wonder what the reasoning was for sitting on a NEWS2 of 7 overnight",
    ),
    (
        (
            "Obviously I'm biased because I teach med safety, but look-alike packaging is one of "
            "the commonest root causes we see. It's not a character flaw."
        ),
        None,
    ),
    (
        (
            "> I should have known better\n\nYou know so much more *now*, and that's the version "
            "of you your patients get tomorrow."
        ),
        None,
    ),
    (
        (
            "Community LD team in Scunthorpe. We had almost the same incident last year with a "
            "support worker and a new MAR. The review found 4 separate gaps. One person never "
            "makes an error alone."
        ),
        None,
    ),
    (
        (
            "Haematology nurse from Scunthorpe here. How did you not notice the set wasn't a "
            "platelet set? They look completely different."
        ),
        "How did you not notice the set wasn't a platelet set?",
    ),
    (
        (
            "You could write this up as a reflective piece for revalidation. Honestly it was the "
            "most useful thing I ever did with my worst shift."
        ),
        None,
    ),
    (
        "What did your manager say when you reported it? Hoping they were decent about it.",
        None,
    ),
    (
        (
            "Sending the biggest hug from a GP receptionist turned HCA. You told the truth "
            "straight away, that's what matters."
        ),
        None,
    ),
    (
        (
            "The INR should have been rechecked before the warfarin went in, especially with "
            "clarithromycin on board. Hope you're ok though x"
        ),
        "The INR should have been rechecked before the warfarin went in",
    ),
    (
        (
            "Nobody should have to take 40 calls an hour on their own. The fact you held it "
            "together for most of that shift says a lot."
        ),
        None,
    ),
    (
        (
            "> I keep replaying the moment I pressed confirm\n\nI know that loop so well. It "
            "does get quieter. Sending love from a fellow dispatcher in North Dakota."
        ),
        None,
    ),
    (
        (
            "> I only skimmed the referral because clinic was overbooked\n\nIf you'd only read "
            "the whole referral instead of the front sheet — the safeguarding flag was on page "
            "two."
        ),
        "If you'd only read the whole referral instead of the front sheet",
    ),
    (
        (
            "Dispatch, North Dakota. tbh u could've just asked the dispatcher sat next to u to "
            "listen back b4 downgrading it. 2 mins max"
        ),
        "u could've just asked the dispatcher sat next to u to listen back",
    ),
    (
        (
            "Next time (and there's a next time for all of us) ask for a second pair of eyes out "
            "loud. It's not weakness, it's practice."
        ),
        None,
    ),
    (
        (
            "You shouldn't be carrying this on your own. Is there a chaplain or a TRiM "
            "practitioner you could talk to this week?"
        ),
        None,
    ),
    (
        (
            "what made u think a verbal order over the phone was enough for a CD?? genuinely "
            "asking, not trying to pile on"
        ),
        "what made u think a verbal order over the phone was enough",
    ),
    (
        (
            "Oof. I've been the only nurse on a haem ward at 3am and I know how fast it all "
            "goes. Genuinely sorry. But why didn't you ring the reg when the sats dropped the "
            "second time? That's the bit I keep getting stuck on reading this."
        ),
        "why didn't you ring the reg",
    ),
    (
        (
            "Not judging!! but it makes me wonder whether the therapy letter was ever actually "
            "opened before the dressing came off"
        ),
        "it makes me wonder whether the therapy letter was ever actually opened",
    ),
    (
        "thank u for sharing this. im a student nurse and it honestly makes me feel less alone",
        None,
    ),
    (
        (
            "Things that helped me after mine:\n- **telling my partner** the whole thing\n- a "
            "walk after every shift for a month\n- the Schwartz round at work\n\nYou'll find "
            "yours. x"
        ),
        None,
    ),
    (
        (
            "I'm sorry but skipping the time-out because the list was running late is reckless. "
            "Full stop."
        ),
        "skipping the time-out because the list was running late is reckless",
    ),
    (
        (
            "Prison pharmacist. The number of near misses we get with in-possession meds is huge "
            "and most never get written up. You writing yours up is a *good* thing."
        ),
        None,
    ),
    (
        (
            "Most errors happen at handover. Read that in a safety report years ago and it "
            "completely changed how I think about my own mistakes."
        ),
        None,
    ),
    (
        (
            "Community LD nurse, 15 years. I'm finding it really hard to see how a feed rate "
            "gets doubled without anyone, you included, reading the pump screen. I know the "
            "carers were rushed and I know the handover was rubbish, I've read the whole post "
            "twice. But the screen shows the rate in big numbers right at the top. I'm not "
            "trying to make you feel worse, I just think the reflection needs to go there as "
            "well as to the staffing."
        ),
        "I'm finding it really hard to see how a feed rate gets doubled",
    ),
    (
        "🫂🫂🫂",
        None,
    ),
    (
        "Isn't the whole point of the two-identifier check exactly this situation? 🙃",
        "Isn't the whole point of the two-identifier check exactly this situation?",
    ),
    (
        (
            "Ambulance dispatcher, 8 yrs. The calls that haunt you longest are often the ones "
            "you did nothing wrong on. Please speak to your welfare team."
        ),
        None,
    ),
    (
        (
            "I could have caught the same thing on my home visit the week before and I didn't. "
            "So if anyone's handing out blame I'll take a share x"
        ),
        None,
    ),
    (
        (
            "Leaving a client with a learning disability alone in a kitchen with the kettle on "
            "during a home visit is negligent. I don't think there's a softer word for it."
        ),
        "is negligent",
    ),
]

ROUND_21_H = [
    (
        (
            "The ambulance should have been there in twenty minutes, not ninety. That delay is "
            "not your failure."
        ),
        None,
    ),
    (
        (
            "So sorry you're hurting. But, I mean, isn't that exactly why we do a second check "
            "on opiates?"
        ),
        "isn't that exactly why we do a second check on opiates?",
    ),
    (
        "School nurse in a small town in Wales. Epipen stuff is terrifying, I feel you 💛",
        None,
    ),
    (
        (
            "Look-alike ampoules in one cupboard were always going to catch someone. Could we "
            "push for them to be stored apart? Worth raising at the safety huddle."
        ),
        None,
    ),
    (
        "checking the name band against the chart is literally first week of training stuff",
        "literally first week of training stuff",
    ),
    (
        "💙💙💙",
        None,
    ),
    (
        (
            "Did it not occur to you to check the prescription against the BNF before it went "
            "out? Not trying to pile on, I know the on-call phone never stops."
        ),
        "Did it not occur to you to check the prescription",
    ),
    (
        (
            "Obviously it shook you. It would shake anyone. That's a sign you care, not a sign "
            "you're bad at the job."
        ),
        None,
    ),
    (
        (
            "You shouldn't be carrying this on your own. Please tell someone at work how you're "
            "feeling."
        ),
        None,
    ),
    (
        (
            "You could write this up as a reflective piece for revalidation, it actually helped "
            "me process mine."
        ),
        None,
    ),
    (
        (
            "On our ward in Ballinasloe we would NEVER let a new starter do the CD round alone. "
            "Just saying."
        ),
        "we would NEVER let a new starter do the CD round alone",
    ),
    (
        (
            "You could easily have waited for the consultant, there was no rush to take her back "
            "to theatre at 2am. Anyway hope ur ok"
        ),
        "You could easily have waited for the consultant",
    ),
    (
        (
            "Nobody should have to do a home visit at -38 with a dodgy car and no backup. "
            "Greetings from Flin Flon, we know that feeling. That you did anything at all is "
            "amazing."
        ),
        None,
    ),
    (
        (
            "did you get any debrief from the team afterwards? ours in Arua only started doing "
            "them last year and it's made a massive difference"
        ),
        None,
    ),
    (
        (
            "why do we always tear ourselves apart over this stuff when the system set us up to "
            "fail? genuinely asking 😔"
        ),
        None,
    ),
    (
        (
            "You should have seen me on my first night in resus at Skegness, I cried in the "
            "sluice for an hour. It gets easier 💙"
        ),
        None,
    ),
    (
        (
            "Oh love, that sounds like an awful night. But what made you skip the second check "
            "on a controlled drug? Genuinely asking, not having a go."
        ),
        "what made you skip the second check",
    ),
    (
        (
            "Big hugs. You really needed to escalate that NEWS of 7 though, not sit on it till "
            "handover."
        ),
        "You really needed to escalate that NEWS of 7",
    ),
    (
        "Isn't the whole point of the safeguarding checklist exactly this situation?",
        "Isn't the whole point of the safeguarding checklist exactly this situation?",
    ),
    (
        (
            "Most errors happen around handover, especially on nights. The research on this is "
            "pretty consistent."
        ),
        None,
    ),
    (
        (
            "> I keep thinking I could have stopped it\n\nYou couldn't have known what you "
            "didn't know. Be gentle with yourself tonight."
        ),
        None,
    ),
    (
        "Thank you for posting this. Genuinely brave.",
        None,
    ),
    (
        "Honestly? Reckless. Going out on a job like that with a student and no kit check. 😬",
        "Honestly? Reckless.",
    ),
    (
        (
            "This was a shortcut, and a lazy one. I say that as someone who's been tempted "
            "plenty of times on a bad night in A&E."
        ),
        "This was a shortcut, and a lazy one",
    ),
    (
        (
            "Rural EMS in Montana. The amount you're expected to manage with two people on a 90 "
            "mile transport is insane. Take care of yourself, seriously."
        ),
        None,
    ),
    (
        (
            "In Nawabshah we had no pharmacist at night for years. It's not just you, it's "
            "everywhere."
        ),
        None,
    ),
    (
        (
            "Sending love from an orthoptist in Westport. We've all got one of these stories, we "
            "just don't say them out loud."
        ),
        None,
    ),
    (
        (
            "Really sorry. The obs should've been repeated after the fluid bolus, that's all "
            "I'll say."
        ),
        "The obs should've been repeated after the fluid bolus",
    ),
    (
        (
            "Pharmacist of 22 years and I have never once released a methotrexate script without "
            "confirming it's weekly. Not once."
        ),
        "I have never once released a methotrexate script without confirming it's weekly",
    ),
    (
        (
            "I feel for you, I really do. That said, you had to document the refusal there and "
            "then, not three days later when the complaint landed."
        ),
        "you had to document the refusal there and then",
    ),
    (
        (
            "Not to be harsh but skipping the time-out in theatre is plain negligence. Hope the "
            "patient recovered ok."
        ),
        "skipping the time-out in theatre is plain negligence",
    ),
    (
        "Obviously you recheck a sliding scale after a shift change. *Obviously.*",
        "Obviously you recheck a sliding scale after a shift change",
    ),
    (
        (
            "Five minutes with the allergy band would have spared you all of this, you know. "
            "Sending a hug anyway x"
        ),
        "Five minutes with the allergy band would have spared you all of this",
    ),
    (
        (
            "Surely somebody with your experience would've clocked the pump running at ten times "
            "the rate? Thinking of you regardless."
        ),
        "Surely somebody with your experience would've clocked the pump",
    ),
    (
        (
            "Sorry this happened. Why on earth did you let her go home with the baby when the "
            "EPDS was that high?"
        ),
        "Why on earth did you let her go home",
    ),
    (
        (
            "Residential care manager here. The way you handled the aftermath, telling the "
            "family straight away and completing the report honestly, is *exactly* what good "
            "looks like."
        ),
        None,
    ),
    (
        (
            "Honest question from a student para in Porthmadog: how did you not notice the "
            "pupils were unequal before you left scene?"
        ),
        "how did you not notice the pupils were unequal",
    ),
    (
        (
            "The rota should never have had one nurse covering two bays on nights. That's on "
            "management, not you."
        ),
        None,
    ),
    (
        (
            "Would be really interested to hear the reasoning behind not calling the crisis team "
            "that night. Not judging!!"
        ),
        "Would be really interested to hear the reasoning behind not calling the crisis team",
    ),
    (
        (
            "Lots of these events are avoidable at the system level. The staffing was the "
            "avoidable bit here, not you."
        ),
        None,
    ),
    (
        (
            "**Tough one.**\n\nBut you ought to have phoned the care coordinator before "
            "discharging him. That's the bit I can't get past."
        ),
        "you ought to have phoned the care coordinator before discharging him",
    ),
    (
        (
            "trauma trainee - had the exact same wobble after a missed pneumothorax last year. "
            "it fades. talk to your ES, they've all got one."
        ),
        None,
    ),
    (
        (
            "Same. Literally the same thing, years ago, and it still makes my stomach drop when "
            "I think of it."
        ),
        None,
    ),
    (
        (
            "Heartbreaking outcome. A proper look at the fundi should really have happened "
            "before the kid was sent home with that headache."
        ),
        "A proper look at the fundi should really have happened before the kid was sent home",
    ),
    (
        (
            "Pharmacy should have flagged the interaction, that's literally what the system is "
            "for. Ours misses them too, constantly."
        ),
        None,
    ),
    (
        "What did your manager say? Hope they were decent about it.",
        None,
    ),
    (
        (
            "If you had only read the cover test notes properly you'd have seen the squint was "
            "new. Still, these things happen to all of us."
        ),
        "If you had only read the cover test notes properly",
    ),
    (
        (
            "I did exactly this in my F2 year. I should have checked the weight and I didn't. "
            "You're not alone in this."
        ),
        None,
    ),
    (
        "u shouldve just bleeped pharmacy instead of guessing the dilution tbh",
        "u shouldve just bleeped pharmacy instead of guessing the dilution",
    ),
    (
        (
            "I'm a hospital pharmacist, been on call more nights than I can count, and I want to "
            "be kind because you're clearly hurting. I read your post three times. The patient "
            "had been on the same regimen for weeks, the renal function had been sliding for "
            "days, and the result was flagged red on the screen. I'm finding it hard to see how "
            "a K+ of 6.8 got missed for a whole shift. I'm not saying you're a bad nurse. I'm "
            "saying please look hard at this one before you tell yourself it was just bad luck."
        ),
        "I'm finding it hard to see how a K+ of 6.8 got missed for a whole shift",
    ),
    (
        (
            "I work in perinatal mental health and this made me tear up. The mums we worry about "
            "stay with us. You clearly care enormously."
        ),
        None,
    ),
    (
        (
            "You did the incident report, you told the truth, you stayed with the patient. "
            "That's integrity."
        ),
        None,
    ),
    (
        (
            "Care coordinator in community MH. A client of mine disengaged a few years back and "
            "I still think of him. What helped me:\n- talking to my supervisor\n- writing it "
            "down\n- letting myself be sad about it\nHope some of that helps."
        ),
        None,
    ),
    (
        (
            "Student para here, reading this in the station at 3am between jobs. It's scary but "
            "also kind of reassuring that people are honest about this stuff."
        ),
        None,
    ),
    (
        (
            "Ahh bless. Any paramedic student on their first placement knows you don't move a "
            "query C-spine without immobilising x"
        ),
        "Any paramedic student on their first placement knows",
    ),
    (
        (
            "What did you think would happen giving 10 units to someone who hadn't eaten since "
            "lunch?"
        ),
        "What did you think would happen",
    ),
    (
        (
            "Care home manager in Golspie here. With respect, the family needed to be told that "
            "same evening, not the following lunchtime."
        ),
        "the family needed to be told that same evening",
    ),
    (
        (
            "The mum's mood ought to have been reassessed at the six week visit. Sending "
            "strength though 💛"
        ),
        "The mum's mood ought to have been reassessed at the six week visit",
    ),
    (
        (
            "The insulin in your story was meant to be checked by two people, and from what "
            "you've written it wasn't. That's the whole thing really."
        ),
        "The insulin in your story was meant to be checked by two people",
    ),
    (
        "How are you doing now? That's a lot to hold.",
        None,
    ),
    (
        (
            "Hindsight is 20/20 of course... but the red flags were all sitting there in your "
            "first paragraph."
        ),
        "the red flags were all sitting there in your first paragraph",
    ),
    (
        "Was there genuinely nobody on the unit you could have grabbed before you gave it?",
        "Was there genuinely nobody on the unit you could have grabbed",
    ),
    (
        (
            "hospice doc here. I'm sorry, truly. what stopped you writing the anticipatory meds "
            "up on the friday before a bank holiday weekend?"
        ),
        "what stopped you writing the anticipatory meds up",
    ),
    (
        (
            "On-call pharmacist here. For what it's worth, the weekly/daily methotrexate mix-up "
            "is one of the commonest near misses we see, which is why a lot of places have moved "
            "to hard stops in the prescribing system."
        ),
        None,
    ),
    (
        "why didnt u just ring the reg when the sats dropped?? 😕",
        "why didnt u just ring the reg",
    ),
    (
        (
            "Who draws up two syringes and then doesn't label either of them?? I'm sorry but "
            "come on."
        ),
        "Who draws up two syringes and then doesn't label either of them??",
    ),
    (
        (
            "Hospice doctor here. I've been doing this a long time and I still carry a handful "
            "of nights with me: the driver that wasn't primed, the family I didn't ring soon "
            "enough, the phone call I put off. What I've learned is that the weight you're "
            "feeling is the same thing that makes you good at this. It doesn't go away, but it "
            "changes shape. It becomes the reason you slow down at 3am, the reason you ask the "
            "student what they're worried about. Please don't let it turn into a reason to "
            "leave. We need people who feel it."
        ),
        None,
    ),
    (
        (
            "You should talk to your union rep before the investigation meeting, honestly. And "
            "bring someone with you."
        ),
        None,
    ),
    (
        "I'm sorry but this was entirely avoidable.",
        "this was entirely avoidable",
    ),
    (
        (
            "Someone on that shift (and reading this, it was you) should have handed over the "
            "safeguarding concern before going home. Look after yourself."
        ),
        "it was you) should have handed over the safeguarding concern",
    ),
    (
        (
            "I should've been better about my own documentation for years tbh. Ur post made me "
            "go back and check mine. thank you for sharing"
        ),
        None,
    ),
    (
        (
            "> I gave it without looking at the label again\n\nThat's a basic dispensing error, "
            "full stop. Glad you owned it though."
        ),
        "That's a basic dispensing error",
    ),
    (
        (
            "Is there an employee assistance programme through your trust? Mine gave six free "
            "sessions and they helped."
        ),
        None,
    ),
    (
        "Thinking of you x",
        None,
    ),
    (
        (
            "Why not take this to clinical supervision? Mine was really kind when I brought "
            "something similar."
        ),
        None,
    ),
    (
        (
            "Next time, ask for a second checker. It's not weakness, it's how we all stay safe. "
            "(And i say that as someone who forgets too.)"
        ),
        None,
    ),
    (
        "**You are not a bad nurse.** Read that again.",
        None,
    ),
    (
        "One can't help but wonder what the plan was once you saw that lactate.",
        "One can't help but wonder what the plan was",
    ),
    (
        (
            "Hugs from Longreach. Remote nursing is brutal and nobody really gets it unless "
            "they've done it."
        ),
        None,
    ),
    (
        (
            "Leaving the trip without her adrenaline pen when you knew about the anaphylaxis "
            "history is just careless, sorry. Glad she's ok."
        ),
        "is just careless",
    ),
]
