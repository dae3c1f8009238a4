"""Round 10 of issue 14's evaluation: 160 replies (80 that judge the author's past decision)
from two helpers who saw only the labeling guide (guard_round2.md), never the rules, the model,
the corpora or the code: physician associates, dietitians, neonatal nurses, addiction
counsellors, respiratory therapists, district nurses, crisis workers, chaplains (Liverpool,
Kingston, New Mexico, Hong Kong, Tasmania, Derry, Leeds); anaesthetists, play therapists, social
workers, pharmacy technicians, healthcare assistants, optometrists, sonographers, theatre
nurses, out-of-hours GPs (Bristol, Accra, Alberta, the rural Philippines, Georgia, Wellington,
Birmingham). Like round 7, it is held out: never trained on, its misses never printed; see
test_guard.py and bench/README.md. Entries as in guard_corpus: (reply, phrase or None)."""

ROUND_10_M = [
    (
        "**You are not a bad nurse.** Read that twice.",
        None,
    ),
    (
        (
            "Sorry but the methadone dose ought to have been checked against the pharmacy record "
            "before it was handed over the counter."
        ),
        "the methadone dose ought to have been checked against the pharmacy record",
    ),
    (
        (
            "Honestly? Reckless. I've worked rural New Mexico for years and you don't discharge a "
            "COPD man with sats of 86 home alone on a Friday night with no follow-up booked and "
            "nobody checking his concentrator. I get that bed pressures were insane. I get the "
            "attending was breathing down your neck. But that was your signature on the "
            "discharge."
        ),
        "Reckless",
    ),
    (
        (
            "The tube position should have been confirmed on X-ray before the feed went up. Hope "
            "you're OK though."
        ),
        "The tube position should have been confirmed on X-ray",
    ),
    (
        (
            "Why would you chart it as given before you'd actually given it? Sorry, I know you're "
            "hurting, but that's the part I keep snagging on."
        ),
        "Why would you chart it as given before you'd actually given it?",
    ),
    (
        (
            "Oof, that's a rough night on NICU, genuinely sorry. What made you skip the second "
            "check on the TPN though? That's the bit I can't get past."
        ),
        "What made you skip the second check on the TPN",
    ),
    (
        (
            "You ought to have handed him over to the night worker in person, not left a note on "
            "the system and gone home."
        ),
        "You ought to have handed him over to the night worker in person",
    ),
    (
        "Has occupational health been in touch? They can be surprisingly good for this stuff.",
        None,
    ),
    (
        "Is the baby doing ok now? You mentioned she was back in air, that's so good to hear.",
        None,
    ),
    (
        (
            "What did you think was going to happen when you promised him a detox bed you didn't "
            "have?"
        ),
        "What did you think was going to happen",
    ),
    (
        (
            "Those neonatal syringe pumps could've been designed by a child. Look-alike screens, "
            "tiny buttons. It's obviously a design problem."
        ),
        None,
    ),
    (
        (
            "Addiction work is brutal on the heart. A relapse after a good week feels like a "
            "personal failure but it's the illness doing what it does."
        ),
        None,
    ),
    (
        (
            "Nobody should have to do a home visit on a Friday evening with no backup. That's how "
            "this job is set up and it's wrong."
        ),
        None,
    ),
    (
        (
            "Did you not think to check the weight before calculating? Neonatal doses are all per "
            "kg, it's on the front of the chart."
        ),
        "Did you not think to check the weight",
    ),
    (
        (
            "District nurse in rural New Mexico here, some of my patients are 90 minutes apart on "
            "dirt roads. Last spring I missed a deteriorating wound because I was running four "
            "hours behind, and honestly I should've pushed to see her sooner, I just didn't. She "
            "ended up admitted. I beat myself up for weeks. What helped: telling my supervisor "
            'straight away, writing it down, and a colleague who just said "yeah, me too". So: '
            "yeah, me too. You're still a good nurse. Get some sleep if you can."
        ),
        None,
    ),
    (
        "That's a schoolboy maths mistake. mg vs mcg. I don't know what else to say tbh",
        "That's a schoolboy maths mistake",
    ),
    (
        "I do wonder whether the care plan was ever actually read before the visit.",
        "I do wonder whether the care plan was ever actually read",
    ),
    (
        (
            "Unforgivable, tbh, to leave a 28-weeker off the monitor while you caught up on "
            "charting."
        ),
        "Unforgivable",
    ),
    (
        (
            "Sending love, but let's be real, giving the whole vial without drawing it up "
            "separately was cutting corners, plain and simple."
        ),
        "cutting corners, plain and simple",
    ),
    (
        (
            "You could write this up as a reflective account for revalidation, it actually helps "
            "to get it out of your head and onto paper."
        ),
        None,
    ),
    (
        (
            "Most of these errors are avoidable at a *system* level: double checks, barcode "
            "scanning, proper staffing. None of which you had. Hugs from Hobart."
        ),
        None,
    ),
    (
        (
            "If you'd only read the referral properly you'd have seen the allergy. That's all "
            "I'll say."
        ),
        "If you'd only read the referral properly",
    ),
    (
        (
            "We had a 'learning not blaming' review after something similar in Launceston and "
            "honestly it was the first time I felt the system had my back. Hope yours goes the "
            "same way."
        ),
        None,
    ),
    (
        (
            "How did you not notice the O2 had run out on the transfer? The gauge is right there "
            "on the cylinder."
        ),
        "How did you not notice the O2 had run out",
    ),
    (
        ("You should talk to your union rep before the meeting, just so someone's in your corner."),
        None,
    ),
    (
        "What did your manager say? Hoping they were decent about it.",
        None,
    ),
    (
        (
            "Pharmacy should have caught the mg/mcg thing on verification, that's literally what "
            "their check is for. System failure, not a you failure."
        ),
        None,
    ),
    (
        (
            "Most handover errors happen in that 7 to 8am window. The research on it is really "
            "consistent. Everyone's in the danger zone then, not just you."
        ),
        None,
    ),
    (
        (
            "I'm finding it hard to see how nobody noticed the line had tissued for six hours, "
            "when you were the one on that baby all shift."
        ),
        "I'm finding it hard to see how nobody noticed the line had tissued",
    ),
    (
        "You shouldn't be carrying this on your own. Please talk to someone.",
        None,
    ),
    (
        "I'm sorry but this was completely avoidable.",
        "this was completely avoidable",
    ),
    (
        (
            "Hong Kong PA here. I had my first serious incident in my first year and I genuinely "
            "thought about leaving medicine. I'm really glad I didn't. Give it time."
        ),
        None,
    ),
    (
        ("Those alarm limits should never have been widened without asking anyone. Just saying."),
        "Those alarm limits should never have been widened without asking anyone",
    ),
    (
        (
            "> I should have known better\n\nYou couldn't have known what nobody told you. The "
            "referral notes were missing, you said so yourself."
        ),
        None,
    ),
    (
        "🫂 thinking of you",
        None,
    ),
    (
        (
            "what stopped you from calling him back when he hung up? genuinely asking, crisis "
            "line 6 yrs"
        ),
        "what stopped you from calling him back",
    ),
    (
        (
            "The risk assessment should've been redone the minute he mentioned the rope. That's "
            "the crux of it for me."
        ),
        "The risk assessment should've been redone the minute he mentioned the rope",
    ),
    (
        (
            "Derry crisis team here. We lost someone last winter after a call I took. Eleven "
            "months on, some days are still hard, but there are fewer of them. Supervision and a "
            "good GP helped me. Wishing you the same."
        ),
        None,
    ),
    (
        (
            "Dietitian in Leeds. The number of feed calc sheets I've seen with unit confusion is "
            "huge, which is why we redesigned ours with the units printed next to every box. "
            "Happy to share the template if your unit wants it."
        ),
        None,
    ),
    (
        "Totally preventable. The whole thing.",
        "Totally preventable",
    ),
    (
        (
            "The rota should never have had one RT covering ICU and the ED at the same time. "
            "That's on management, not you."
        ),
        None,
    ),
    (
        (
            "Thank you for posting this. Genuinely. I'm a student neonatal nurse and reading "
            "posts like this makes me less scared to speak up when I get things wrong."
        ),
        None,
    ),
    (
        "Did you get to take any time off after? Please do if you can.",
        None,
    ),
    (
        (
            "> I keep thinking I should have called earlier\n\nI hear you. Every crisis worker I "
            "know has a call they replay. The replaying is grief, not proof."
        ),
        None,
    ),
    (
        (
            "Hospital chaplain, Liverpool. Somebody should have rung the family before I got "
            "there, and reading your post, that somebody was you. I'm not saying it to hurt. I'm "
            "saying it because I was the one in the room when they found out."
        ),
        "Somebody should have rung the family before I got there",
    ),
    (
        "one day at a time x",
        None,
    ),
    (
        (
            "Why not take it to clinical supervision? Mine was brilliant after my med error, zero "
            "judgement."
        ),
        None,
    ),
    (
        "A five minute phone call to his GP would've saved you all of this.",
        "A five minute phone call to his GP would've saved you all of this",
    ),
    (
        (
            "So sorry you're going through this. But you really needed to get the feed rate "
            "confirmed by the dietitian before you changed it."
        ),
        "you really needed to get the feed rate confirmed",
    ),
    (
        (
            "Every student on placement with me learns that in week one. Check the patient, not "
            "the chart."
        ),
        "Every student on placement with me learns that in week one",
    ),
    (
        (
            "Big hugs from Tassie 💛 Though tbh u shouldve just waited for the ABG before turning "
            "the FiO2 down."
        ),
        "u shouldve just waited for the ABG",
    ),
    (
        (
            "Really sorry. I'd love to know what the reasoning was for stopping the NG feeds "
            "without a word to anyone on the nutrition team."
        ),
        "I'd love to know what the reasoning was",
    ),
    (
        (
            "Not to pile on, but the nurse on that visit needed to escalate the pressure sore "
            "that same day, not leave it till the Friday."
        ),
        "the nurse on that visit needed to escalate the pressure sore that same day",
    ),
    (
        (
            "Did anyone from the team check in on you after? You deserve a proper debrief, not "
            "just an incident form."
        ),
        None,
    ),
    (
        (
            "You should have seen me as a brand new PA in Leeds, I once sent a patient for a CT "
            "of the wrong knee. We all have a first-year horror story. Be kind to yourself."
        ),
        None,
    ),
    (
        "How are you doing now? Sleeping at all?",
        None,
    ),
    (
        "Surely someone on the ward would have told you the BM was that low if you'd asked?",
        "Surely someone on the ward would have told you",
    ),
    (
        (
            "Honest question from a district nurse in Leeds: was there really no one on the team "
            "you could phone before leaving her at home like that?"
        ),
        "was there really no one on the team you could phone",
    ),
    (
        "sending love from Kingston ❤️ you are more than your worst shift",
        None,
    ),
    (
        (
            "Hindsight is a wonderful thing, of course, but the red flags were all over that "
            "first phone call."
        ),
        "the red flags were all over that first phone call",
    ),
    (
        (
            "Gastrostomy tubes migrate. It happens to the best teams and it's one of the most "
            "under-reported things in community nursing."
        ),
        None,
    ),
    (
        (
            "I did almost exactly this in 2019. I should have double checked the concentration "
            "and I didn't, and the baby was fine but I wasn't for months. You're not alone."
        ),
        None,
    ),
    (
        (
            "On our NICU in Hong Kong this just wouldn't happen, we'd never let one nurse draw up "
            "caffeine citrate alone at 4am."
        ),
        "this just wouldn't happen",
    ),
    (
        (
            "**Obviously** you check the oxygen cylinder before you leave the unit. That's not "
            "even a hindsight thing."
        ),
        "**Obviously** you check the oxygen cylinder before you leave the unit",
    ),
    (
        (
            "Next time you're unsure about a feed regime, ring the on-call dietitian, even at "
            "3am. We'd honestly rather be woken. Not a criticism, just an open door 🙂"
        ),
        None,
    ),
    (
        (
            "Respiratory therapist in Albuquerque. Alarm fatigue is real and documented, we get "
            "hundreds a shift. Our unit finally got an alarm audit after a near miss. Maybe yours "
            "could push for one too?"
        ),
        None,
    ),
    (
        (
            "The trust should have had a second nurse on that shift, full stop. You were set up "
            "to fail."
        ),
        None,
    ),
    (
        "tbh this forum is the only place I feel ok admitting stuff. glad ur here",
        None,
    ),
    (
        (
            "Reading this on my break in ED at 4am. Just wanted to say you're not alone and this "
            "is NOT the end of your career."
        ),
        None,
    ),
    (
        (
            "this is addiction counselling 101 mate. you don't give a client your personal "
            "mobile. ever."
        ),
        "this is addiction counselling 101",
    ),
    (
        "why didnt u ring the reg when the sats kept dropping?? not having a go but",
        "why didnt u ring the reg",
    ),
    (
        (
            "Twenty-two years as a district nurse in Liverpool and I have never once left a "
            "syringe driver without checking the line. Not once."
        ),
        "I have never once left a syringe driver without checking the line",
    ),
    (
        "Isn't that exactly what the handover sheet is there for?",
        "Isn't that exactly what the handover sheet is there for?",
    ),
    (
        (
            "you could've just asked the mum what he'd been fed at home. would have taken 30 "
            "seconds."
        ),
        "you could've just asked the mum what he'd been fed at home",
    ),
    (
        "Who takes a CPAP baby out for a cuddle without a second nurse there?? 😳",
        "Who takes a CPAP baby out for a cuddle without a second nurse there??",
    ),
    (
        (
            "Why do we always assume it's all our own fault? You were one person doing the job of "
            "three."
        ),
        None,
    ),
    (
        (
            "Kingston here, neonatal for nine years. I feel for you, I really do, and I know how "
            "those nights grind you down when there's two of you for twelve cots. I've cried in "
            "the sluice more times than I can count. But I have to be honest because that's what "
            "this place is for: you had to tell the family before the consultant walked in. That "
            "was yours to do, and hearing it cold from a stranger is what they'll remember. "
            "Doesn't make you a monster. It does make it something to own."
        ),
        "you had to tell the family before the consultant walked in",
    ),
    (
        (
            "From a Derry RT: leaving a trachy patient unsuctioned for four hours is negligent, "
            "there's no softer word for it."
        ),
        "is negligent",
    ),
    (
        (
            "In hindsight everything looks obvious. At the time it wasn't. That's the whole trick "
            "of hindsight, it lies to us."
        ),
        None,
    ),
    (
        (
            "Chaplain here (Liverpool). I sit with a lot of staff after nights like yours. The "
            "fact you're still thinking about that family tells me a great deal about the kind of "
            "clinician you are. Door's open if you ever want to talk, any faith or none."
        ),
        None,
    ),
]

ROUND_10_N = [
    (
        (
            "Pharmacy should have flagged the interaction at verification, that's literally what "
            "the system is supposed to do. Please don't take all of this on yourself."
        ),
        None,
    ),
    (
        (
            "why is it always the HCAs who get hauled in first when a fall happens?? management "
            "here in Georgia is the same, blame the lowest paid. sending love"
        ),
        None,
    ),
    (
        (
            "If you'd only paused and re-read the referral you'd have seen the safeguarding flag. "
            "Not trying to pile on, just saying."
        ),
        "If you'd only paused and re-read the referral",
    ),
    (
        (
            "Pharmacy tech from rural Philippines here. Sorry po, but giving out the stock "
            "without checking the expiry is a really basic mistake."
        ),
        "a really basic mistake",
    ),
    (
        (
            "Pharmacy tech in Birmingham. Please please speak to someone at work about how you're "
            "FEELING, not just about what happened."
        ),
        None,
    ),
    (
        (
            "the airway trolley needed checking at the start of the list and it sounds like it "
            "just... wasn't. sorry."
        ),
        "the airway trolley needed checking at the start of the list",
    ),
    (
        (
            "Georgia OR nurse checking in. y'all I have been there. Mine was a mislabeled "
            "specimen back in 2019 and I genuinely thought my career was over, I didn't sleep for "
            "like three nights, kept checking my email for the letter from the board. Spoiler: "
            "there was no letter. There was a root cause analysis that found our label printer "
            "had been glitching for weeks and two other people had nearly done the same thing. "
            "I'm not saying yours will go the same way but PLEASE don't write your own ending "
            "before the process has even started. Drink some water, call your people. 💕"
        ),
        None,
    ),
    (
        (
            "Mental health SW in Bristol, been on the crisis team about 8 yrs. I've read this "
            "three times and I really feel for you, the caseloads right now are obscene and no "
            "one is getting proper supervision. That said... reading your timeline, the risk "
            "assessment ought to have been updated after the first call from his sister. She told "
            "you he'd given away his dog. That's a textbook warning sign and it's in every "
            "training we do. I'm not saying you caused what happened, you absolutely didn't, but "
            "I'd be doing you a disservice if I pretended there was nothing there. Please look "
            "after yourself this week."
        ),
        "the risk assessment ought to have been updated after the first call",
    ),
    (
        "Is your patient doing ok now? Hope you both are.",
        None,
    ),
    (
        "Isn't that exactly what the two-person check is for though?",
        "Isn't that exactly what the two-person check is for",
    ),
    (
        (
            "OOH GP in Wellington. I had a very similar call last winter. That patient was fine "
            "in the end, and so is yours by the sound of it. Go easy on yourself."
        ),
        None,
    ),
    (
        (
            "OOH GP, Alberta, 15ish years. First off, hugs. The overnight phone triage shifts are "
            "brutal and I know exactly how the fourth hour feels when the queue is still sitting "
            "at 40. I've had the sinking feeling of opening a coroner's letter too. But I do have "
            "to ask why you didn't bring him in for a face-to-face when the wife rang back the "
            "second time. A second call about the same chest pain is the flag we're all taught to "
            "act on. I'm not saying it to kick you while you're down, I'm saying it because the "
            "review panel will ask and you'll want an answer ready."
        ),
        "why you didn't bring him in for a face-to-face",
    ),
    (
        (
            "People keep calling these things 'avoidable' like that helps anyone. It's the system "
            "that let it through that needs fixing, not you."
        ),
        None,
    ),
    (
        "This was completely avoidable. I'm sorry but it was.",
        "This was completely avoidable.",
    ),
    (
        "Skipping the time-out is reckless, full stop. Glad the patient's ok.",
        "Skipping the time-out is reckless",
    ),
    (
        (
            "The bottle should've been scanned at the counter. That's literally what the scanner "
            "is there for."
        ),
        "The bottle should've been scanned at the counter",
    ),
    (
        (
            "I'm having a hard time understanding how a GP sends home a kid with a non-blanching "
            "rash after a phone call. Sending strength though."
        ),
        "I'm having a hard time understanding how",
    ),
    (
        (
            "Honestly the mum's concerns deserved to be written down and passed on the same day. "
            "Not three days later."
        ),
        "the mum's concerns deserved to be written down and passed on the same day",
    ),
    (
        (
            "Any HCA worth their salt knows you don't leave someone on a commode and walk off. "
            "Sorry but."
        ),
        "Any HCA worth their salt knows",
    ),
    (
        (
            "Healthcare assistant of 9 years here. I cried in the sluice after my first fall on "
            "shift. The nurse in charge made me a cuppa and said 'now you know you care'. Passing "
            "that on to you."
        ),
        None,
    ),
    (
        "Who discharges a post-op patient without a single set of obs?? Genuinely asking.",
        "Who discharges a post-op patient without a single set of obs??",
    ),
    (
        (
            "The family should have been called before the transfer, and from what you wrote that "
            "was your job that night."
        ),
        "The family should have been called before the transfer",
    ),
    (
        (
            "I did exactly this in my F2 year on nights in Birmingham. I should have rung the reg "
            "and I didn't, because I didn't want to look stupid. Took me ages to forgive myself. "
            "You will get there."
        ),
        None,
    ),
    (
        (
            "Theatre nurse, Birmingham, 11 years in. I'm going to ramble a bit, sorry. My first "
            "retained item scare was a needle on a long laparoscopic case, and I remember "
            "standing in the anaesthetic room afterwards shaking so badly I couldn't hold my own "
            "water bottle. Nobody shouted. The scrub lead just sat with me and we went through "
            "the whole thing together, and then she told me about HER worst day, which was so "
            "much worse than mine. I think about that kindness constantly. So here's me passing "
            "it on: you are allowed to feel rubbish about this, and you are also allowed to come "
            "back on Monday and be good at your job. Both things are true."
        ),
        None,
    ),
    (
        (
            "Going forward maybe grab a colleague to co-sign anything high-risk? Not because "
            "you're bad at this, because everyone's exhausted and brains do weird things at 4am."
        ),
        None,
    ),
    (
        (
            "Could you bring it to clinical supervision? Mine in Wellington was really helpful "
            "after something similar."
        ),
        None,
    ),
    (
        (
            "As a play therapist I tell the kids 'mistakes are how brains grow'. Turns out that "
            "applies to us too 🌱"
        ),
        None,
    ),
    (
        "This is such a brave post. Thank you for writing it.",
        None,
    ),
    (
        (
            "Theatre nurse here (Birmingham). Did you not think to recount the swabs before "
            "closing started? That's the entire point of the count."
        ),
        "Did you not think to recount the swabs",
    ),
    (
        (
            "Surely you'd have spotted the weight discrepancy if you'd glanced at the chart for "
            "even a second?"
        ),
        "Surely you'd have spotted the weight discrepancy",
    ),
    (
        (
            "You could've just phoned the prescriber. Five minutes. Would've saved everyone the "
            "Datix."
        ),
        "You could've just phoned the prescriber",
    ),
    (
        (
            "You should have seen me my first month as a play therapist, I managed to lose a "
            "child's memory box. We all have these moments 💛"
        ),
        None,
    ),
    (
        "Sending you a massive hug from Accra. 🤗",
        None,
    ),
    (
        (
            "Why not write a reflective piece on it for your revalidation? Turns something awful "
            "into something you can actually use."
        ),
        None,
    ),
    (
        "why didnt u just ring the on-call reg when the sats dropped",
        "why didnt u just ring the on-call reg",
    ),
    (
        (
            "Reading this on my break in the sonography dept and I've teared up a bit. You "
            "clearly care a lot."
        ),
        None,
    ),
    (
        (
            "Optometrist here. Early angle closure can look completely unremarkable on a standard "
            "test. I've been doing this a long time and it still humbles me regularly."
        ),
        None,
    ),
    (
        "How are you doing today? Properly, not the 'fine' version.",
        None,
    ),
    (
        (
            "The rota should never have had one anaesthetist covering two theatres AND the "
            "obstetric unit. That's a management decision, not yours."
        ),
        None,
    ),
    (
        (
            "So sorry love. But tbh you should've checked the wristband against the consent form. "
            "Every single time, no exceptions."
        ),
        "you should've checked the wristband",
    ),
    (
        (
            "I'd genuinely love to know what the reasoning was behind not dilating her. Not "
            "judging!! just curious"
        ),
        "what the reasoning was behind not dilating her",
    ),
    (
        (
            "**Key learning points** (sorry, educator brain):\n1. Count before closure\n2. Count "
            "at closure\n3. *You should have stopped the surgeon until the count "
            "reconciled.*\n\nNone of that makes you a bad nurse. It happens."
        ),
        "You should have stopped the surgeon until the count reconciled.",
    ),
    (
        (
            "how did u not notice the Rx was for the other Mrs Mensah?? same surname ok but "
            "different DOB. anyway hope ur ok"
        ),
        "how did u not notice",
    ),
    (
        "ngl u were meant to document the refusal before end of shift, that's on u",
        "that's on u",
    ),
    (
        (
            "Every student sonographer learns to label left and right in week one. This is "
            "day-one stuff."
        ),
        "This is day-one stuff.",
    ),
    (
        "Did you get any support afterwards? A debrief, supervision, anything?",
        None,
    ),
    (
        (
            "Sonographer in Wellington here 👋 honestly you needed to get a second opinion on that "
            "scan before you let her go home. it's hard but that's the job."
        ),
        "you needed to get a second opinion on that scan",
    ),
    (
        (
            "Things that helped me after my drug error:\n- talking to my educational "
            "supervisor\n- writing it all down once, then *stopping*\n- **sleep**\n- remembering "
            "the patient was ok"
        ),
        None,
    ),
    (
        (
            "Look-alike packaging on those eye drops catches people all the time. I've seen three "
            "near misses in our practice in Alberta this year alone. Report it to the "
            "manufacturer too, it genuinely helps."
        ),
        None,
    ),
    (
        (
            "mental health SW here, Bristol. the first serious incident review is the worst. it "
            "gets easier to sit with, i promise. the panels are usually way more interested in "
            "systems than in hanging anyone out to dry."
        ),
        None,
    ),
    (
        (
            "Nobody should have to triage 60 calls an hour on an OOH shift. Nobody. That's not a "
            "you problem."
        ),
        None,
    ),
    (
        ("Obviously you confirm name and DOB before handing over a bag. That's Pharmacy 101 mate."),
        "That's Pharmacy 101",
    ),
    (
        (
            "The machine's preset shouldn't default to the wrong probe settings in the first "
            "place. Log it with medical physics so it gets fixed for the next person."
        ),
        None,
    ),
    (
        (
            "You could always talk to your union rep before the meeting, just so you have someone "
            "in your corner. RCN were brilliant for me."
        ),
        None,
    ),
    (
        (
            "Sorry this happened. Genuinely asking though, what made you push the propofol before "
            "the second check was done? 🤔"
        ),
        "what made you push the propofol",
    ),
    (
        "Was there really no one on the unit you could have asked before sending her home?",
        "Was there really no one on the unit you could have asked",
    ),
    (
        "In my theatre we would NEVER start without the WHO checklist read out loud. Never.",
        "In my theatre we would NEVER start without the WHO checklist",
    ),
    (
        "I'll be the unpopular one: that was a careless shortcut and you know it.",
        "that was a careless shortcut",
    ),
    (
        (
            "You shouldn't be carrying this on your own. Is there an EAP or staff wellbeing "
            "service where you are?"
        ),
        None,
    ),
    (
        (
            "> I keep replaying it and thinking I should have known\n\nHindsight makes everything "
            "look obvious. It was not obvious at 3am with four other patients. Be kind to "
            "yourself."
        ),
        None,
    ),
    (
        (
            "What did you think was going to happen when you handed over nothing about the "
            "fluids? 😬"
        ),
        "What did you think was going to happen",
    ),
    (
        (
            "Hindsight is 20/20 and all that, but the red flags were sitting right there in the "
            "notes."
        ),
        "the red flags were sitting right there in the notes",
    ),
    (
        "Borderline negligent if I'm being honest. Take the learning and move on.",
        "Borderline negligent",
    ),
    (
        "Ugh I felt this in my chest. Take tomorrow off if you can.",
        None,
    ),
    (
        (
            "22 yrs as an anaesthetist and I have not once given a drug I hadn't drawn up myself. "
            "Not once."
        ),
        "I have not once given a drug I hadn't drawn up myself",
    ),
    (
        (
            "Why do we always assume it's all on us? The scanner was down, the ward was short, "
            "and you were the one person still trying. 🫂"
        ),
        None,
    ),
    (
        (
            "Salamat for sharing this. Here in the province we're two techs covering the whole "
            "municipality and mistakes happen. You're not alone po."
        ),
        None,
    ),
    (
        "❤️",
        None,
    ),
    (
        (
            "The IOP should have been rechecked before he was discharged, especially with that "
            "family history. Still, don't beat yourself up too much."
        ),
        "The IOP should have been rechecked",
    ),
    (
        (
            "I do wonder whether the pressure to get through the list made you cut a corner "
            "there. Just a thought."
        ),
        "made you cut a corner",
    ),
    (
        (
            "Alberta anaesthetist. Syringe swaps are one of the most commonly reported errors in "
            "our specialty worldwide; colour-coded labels help but don't eliminate them. You're "
            "in a very large, very human club."
        ),
        None,
    ),
    (
        (
            "Healthcare assistant, Georgia. The obs should've been repeated at 2am no matter how "
            "busy the floor was y'all."
        ),
        "The obs should've been repeated at 2am",
    ),
    (
        (
            "Sonographer in Accra. Entirely preventable tbh 😕 the side marker is right there on "
            "the screen."
        ),
        "Entirely preventable",
    ),
    (
        "you are not your worst day x",
        None,
    ),
    (
        "What did your manager say when you told them? I hope they were decent about it.",
        None,
    ),
    (
        (
            "It's obviously shaken you, which honestly tells me you're the kind of clinician "
            "patients want."
        ),
        None,
    ),
    (
        (
            "**You ought to have escalated it.** I know everyone's being lovely in this thread "
            "but somebody has to say it."
        ),
        "You ought to have escalated it.",
    ),
    (
        "The fact that you reported it straight away says everything about your integrity.",
        None,
    ),
    (
        (
            "Hmm. Interesting that nobody, yourself included, thought to check the consent was "
            "still valid. 🤷\u200d♀️"
        ),
        "nobody, yourself included, thought to check",
    ),
    (
        "Thank you for being so honest, it helps the rest of us feel less alone.",
        None,
    ),
]
