"""Round 15 of issue 14's evaluation: 160 replies (80 that judge the author's past decision)
from two helpers who saw only the labeling guide (guard_round2.md), never the rules, the model,
the corpora or the code: haemophilia and tissue-viability nurses, eating-disorder dietitians,
crisis-line counsellors, hospice chaplains, paediatric intensive care nurses, podiatrists,
ambulance call handlers, immunisation nurses (Swindon, Kilkenny, Halifax, Kisumu, Cairns,
Wisconsin, Wrexham, Chittagong); hand therapists, learning-disability liaison nurses, drama
therapists, cath-lab nurses, school mental-health practitioners, blood-bank scientists,
district-nurse team leaders, trainee anaesthetic practitioners, homeless-health GPs
(Inverness, Tralee, Kelowna, Gulu, Rotorua, New Orleans, Lincoln, Multan). Measured untouched
with the rules and the model of round 14, then trained on: see test_guard.py and
bench/README.md. Entries as in guard_corpus."""

ROUND_15_W = [
    (
        (
            "I'd be really interested to know what your reasoning was for leaving her with "
            "the meal plan unsigned over the bank holiday weekend."
        ),
        "I'd be really interested to know what your reasoning was",
    ),
    (
        "I'm sorry but this was entirely avoidable.",
        "this was entirely avoidable",
    ),
    (
        "Have you been able to sleep? That was the hardest bit for me after mine.",
        None,
    ),
    (
        (
            "As a fellow chaplain (Wrexham) I really do feel for you, but you ought to have "
            "checked with the nurse in charge before offering communion to someone who was "
            "nil by mouth."
        ),
        "you ought to have checked with the nurse in charge",
    ),
    (
        (
            "Sorry for the sleepless nights, really. But who gives a live vaccine without "
            "asking about the immunosuppressed sibling at home?"
        ),
        "who gives a live vaccine without asking about the immunosuppressed sibling",
    ),
    (
        (
            "the line should've been traced back to the pump before anyone touched the rate "
            "— and from your post, that anyone was you."
        ),
        "the line should've been traced back to the pump before anyone touched the rate",
    ),
    (
        "Please don't quit over this. The profession needs people who care this much.",
        None,
    ),
    (
        (
            "Why not bring this to clinical supervision? Ours in Kilkenny is genuinely "
            "non-judgemental and it helped me loads after my own bad week."
        ),
        None,
    ),
    (
        "Isn't that literally what the sepsis screen on the call script is for?",
        "Isn't that literally what the sepsis screen on the call script is for?",
    ),
    (
        (
            'sorry, but downgrading a chest pain call because the caller "sounded calm" is '
            "just careless"
        ),
        "just careless",
    ),
    (
        (
            "You should have seen me in my first winter on the ambulance desk in Wisconsin "
            "— I sent a crew to the wrong county. Literally the wrong county. We all have "
            "one."
        ),
        None,
    ),
    (
        (
            "Long one, sorry. Things that got me through the week after mine:\n- tell one "
            "person outside work the whole story\n- eat something warm even if you don't "
            "want to\n- write down what happened *once*, then stop rereading it\n- say yes to "
            "the occ health referral\n- remember the colour of the sky on the drive home "
            "(sounds daft, it works)\n\nYou're going to be ok. Really."
        ),
        None,
    ),
    (
        (
            "Honestly any HCA in their first month knows you don't deroof a blister on a "
            "neuropathic foot. Sorry. Hope you're ok."
        ),
        "any HCA in their first month knows",
    ),
    (
        (
            "The rota should never have left one PICU nurse covering three ventilated kids. "
            "That's not on you, that's on whoever signed it off."
        ),
        None,
    ),
    (
        (
            "You should talk to your union rep before the investigation meeting, even if "
            "they're telling you it's \"just informal\". Bring someone with you."
        ),
        None,
    ),
    (
        (
            "Consent ought to have been re-confirmed with Dad on the day, esp. with the "
            "custody situation you described in your post."
        ),
        "Consent ought to have been re-confirmed with Dad on the day",
    ),
    (
        (
            "Reading this on my break in Kisumu and nodding along. We had a cold chain "
            "scare last month and it shook the whole team. You're not alone."
        ),
        None,
    ),
    (
        "How are you doing now? Like actually, not the version you give at work.",
        None,
    ),
    (
        (
            "Sorry this happened, genuinely. But what made you push the factor VIII before "
            "the levels came back? That's the bit I can't get past."
        ),
        "what made you push the factor VIII before the levels came back",
    ),
    (
        (
            "Look-alike vials catch everyone. The two brands of factor VIII we stock in "
            "Cairns are nearly the same shade of blue and I've watched consultants reach "
            "for the wrong one."
        ),
        None,
    ),
    (
        (
            "What did you think would happen when you left the dressing on for ten days on "
            "a diabetic foot?"
        ),
        "What did you think would happen",
    ),
    (
        (
            "You could write this up as a reflective piece for revalidation — honestly mine "
            "ended up being the most useful thing in my whole portfolio."
        ),
        None,
    ),
    (
        (
            "Obviously I don't know your trust, but ours has a Just Culture policy — might "
            "be worth asking whether yours has one before the meeting."
        ),
        None,
    ),
    (
        (
            "I've been an immunisation nurse in Chittagong for nine years and the first "
            "time I gave a dose to the wrong twin I thought my career was finished. I went "
            "home and didn't eat. My supervisor sat with me the next morning, drank tea, "
            "and told me about her own worst day, which was worse than mine. It didn't fix "
            "anything but it made me feel human again. Both babies were fine, and yours "
            "sounds like it will be too. Please find your version of that supervisor, and "
            "if you can't, come back here — we'll be that for you."
        ),
        None,
    ),
    (
        (
            "Surely somebody trained on a crisis line would have picked up that \"I've "
            'sorted everything out now" is a red flag?'
        ),
        "Surely somebody trained on a crisis line would have picked up",
    ),
    (
        (
            "The wound should have been photographed and measured at every dressing change, "
            "that's exactly how the deterioration got missed. Sorry you're in the middle of "
            "it."
        ),
        "The wound should have been photographed and measured at every dressing change",
    ),
    (
        (
            "Next time, could you ask the podiatry assistant to be a second pair of eyes on "
            "the Doppler? Not as a confession of anything — two people is just easier, and "
            "it's not weakness."
        ),
        None,
    ),
    (
        'Who documents "refused" without even asking why? 🙄',
        'Who documents "refused" without even asking why?',
    ),
    (
        "**You are not your worst shift.** Print it, stick it on the fridge.",
        None,
    ),
    (
        (
            "Tissue viability is so often the last team called and the first one blamed. "
            "Solidarity from Wrexham."
        ),
        None,
    ),
    (
        (
            "Thank you for posting this. I learned something from it and I bet loads of "
            "people reading did too."
        ),
        None,
    ),
    (
        (
            "I've worked the 999 desk for six years and I know how relentless a Friday "
            "night queue is. I know the board was red and there were calls stacking. I "
            "know. But you needed to keep her on the line until the crew were at the door. "
            "That's the one rule that doesn't bend, because the caller is the only eyes "
            "you've got. Hanging up to take the next call is what turned a bad night into "
            "this. I hope you're getting support, I mean that."
        ),
        "you needed to keep her on the line until the crew were at the door",
    ),
    (
        (
            "I'm finding it hard to see how a grade 4 sacral sore develops over a single "
            "week on your caseload without anybody noticing."
        ),
        "I'm finding it hard to see how",
    ),
    (
        (
            "Is there someone at home you can talk to tonight? Or a colleague? Don't sit "
            "with it by yourself."
        ),
        None,
    ),
    (
        (
            "I'll be the unpopular one: this was preventable and I think you know it. Be "
            "kind to yourself by all means, but don't file it under bad luck."
        ),
        "this was preventable and I think you know it",
    ),
    (
        (
            "Skipping the second-checker signature on clotting factor because the ward was "
            "busy = a reckless shortcut. I've seen people lose their registration for less."
        ),
        "a reckless shortcut",
    ),
    (
        (
            "Chaplain here (Halifax). If it helps, I'm happy to chat by DM about how you're "
            "holding this spiritually as well as professionally. No agenda, just company."
        ),
        None,
    ),
    (
        (
            "> I keep replaying the call and wondering if I missed something\n\nThat "
            "replaying is your conscience working, not proof you failed. Sending love from "
            "a fellow crisis counsellor."
        ),
        None,
    ),
    (
        (
            "How did you not flag it as a Cat 1 when she said he'd gone grey and wasn't "
            "answering her? That exact phrase is on every triage card on our floor in "
            "Wisconsin."
        ),
        "How did you not flag it as a Cat 1",
    ),
    (
        (
            "I'm a hospice chaplain in Kilkenny and I just want to say: the fact you sat "
            "with the family afterwards and were honest with them speaks volumes. Plenty of "
            "people wouldn't. Go easy on yourself this week."
        ),
        None,
    ),
    (
        "What did your manager say when you told her?",
        None,
    ),
    (
        (
            "Pharmacy should have flagged the dose range on the factor IX order. That's "
            "literally what the system is there for."
        ),
        None,
    ),
    (
        (
            "that call-handling software is a DISGRACE, the address autofill has caught "
            "half our team in Halifax"
        ),
        None,
    ),
    (
        (
            "Big hug from Kisumu 🙏🏾 but u shouldve confirmed the child's weight yourself "
            "before giving the dose, mums estimate wrong all the time"
        ),
        "u shouldve confirmed the child's weight yourself",
    ),
    (
        "Nobody should have to run a diabetic foot clinic with 40 patients and no HCA. Nobody.",
        None,
    ),
    (
        (
            "Management failed you here. A new starter on the crisis line shouldn't be "
            "taking high-risk calls unsupervised in week two, full stop."
        ),
        None,
    ),
    (
        (
            "One can't help wondering whether the offloading boot was actually checked at "
            "that visit or just ticked on the form."
        ),
        "One can't help wondering whether the offloading boot was actually checked",
    ),
    (
        (
            "Obviously you check the cold chain log before you open the fridge. That's day "
            "one of the immunisation course."
        ),
        "Obviously you check the cold chain log",
    ),
    (
        (
            "A two-minute look at the MAR would have spared everyone all of this. I know "
            "that's hard to hear right now."
        ),
        "A two-minute look at the MAR would have spared everyone all of this",
    ),
    (
        (
            "im sorry ur going through this. tbh you couldve just rung her GP surgery "
            "before discharge and none of this wouldve happened"
        ),
        "you couldve just rung her GP surgery before discharge",
    ),
    (
        (
            "Tough one. Still, the factor levels ought to have been rechecked before he "
            "went home with that knee."
        ),
        "the factor levels ought to have been rechecked before he went home",
    ),
    (
        "The caller's address needed confirming twice. That's on the handler, not the crew.",
        "The caller's address needed confirming twice",
    ),
    (
        (
            "Thinking of you, honestly. I work in an eating disorder unit in Swindon and "
            "refeeding keeps me up at night too. But I have to be straight with you: the "
            "phosphate was due at 24 hours and somebody should have chased it. You were the "
            "dietitian on the case, so that somebody was you. I'm not saying it to hurt, "
            "I'm saying it because the learning only lands if we're honest about where the "
            "gap was."
        ),
        "somebody should have chased it",
    ),
    (
        (
            "If you'd only weighed her in the gown instead of trusting the home scales "
            "you'd have caught the water loading. Sorry, but someone needs to say it."
        ),
        "If you'd only weighed her in the gown",
    ),
    (
        (
            "why didnt u call the reg when the sats dropped the second time?? honest "
            "question, not trying to be harsh"
        ),
        "why didnt u call the reg",
    ),
    (
        (
            "Podiatrists in diabetic foot clinics see the worst of what diabetes does and "
            "rarely get the good outcomes. Thank you for doing the job, honestly."
        ),
        None,
    ),
    (
        "hugs x",
        None,
    ),
    (
        (
            "Not trying to pile on, but giving MMR to a kid on high-dose steroids is a "
            "*textbook* error."
        ),
        "a *textbook* error",
    ),
    (
        (
            "Oof, so sorry. You should have escalated the heel the minute it went from "
            "category 2 to unstageable, not waited for the TVN round on Thursday."
        ),
        "You should have escalated the heel",
    ),
    (
        (
            "18 yrs as a haemophilia CNS and I have never once sent someone home without a "
            "bleed plan in writing. NEVER."
        ),
        "I have never once sent someone home without a bleed plan in writing",
    ),
    (
        (
            "I did almost exactly this as a newly qualified haemophilia nurse in Swindon. I "
            "should have waited for the second check and I didn't. Eleven years later I "
            "still think about it, but it made me a far more careful nurse. You will be "
            "too."
        ),
        None,
    ),
    (
        (
            "What stopped you from ringing for a police welfare check once he told you he "
            "had the tablets out in front of him?"
        ),
        "What stopped you from ringing for a police welfare check",
    ),
    (
        (
            "Pressure injuries under casts are among the most *avoidable-looking* and least "
            "actually-avoidable things we see in tissue viability. The literature is full "
            "of them. Be gentle with yourself."
        ),
        None,
    ),
    (
        (
            "did u get any support afterwards? ours offers 6 free sessions thru occ health, "
            "worth asking"
        ),
        None,
    ),
    (
        (
            "Most errors happen at handover — there's decent evidence on that. It's the "
            "most fragile bit of any shift, for everyone."
        ),
        None,
    ),
    (
        "Sending you a massive hug from Wrexham 💛",
        None,
    ),
    (
        (
            "Did you not think to take the sock off the other foot as well? The bilateral "
            "check is the whole point of the annual review."
        ),
        "Did you not think to take the sock off the other foot as well?",
    ),
    (
        (
            "Thank you for being brave enough to write it all down. That's the first step "
            "in processing it."
        ),
        None,
    ),
    (
        "That's ED dietetics 101 — you don't start at 2000 kcal on a BMI of 12.",
        "That's ED dietetics 101",
    ),
    (
        (
            "Ambulance call handler in Swindon here. The first bad outcome hits like a "
            "truck. Mine was 2017. It gets lighter, I promise, and one day you'll be the "
            "one the newbies come to."
        ),
        None,
    ),
    (
        "💙💙💙",
        None,
    ),
    (
        (
            "Wasn't there a charge nurse on in Cairns that night you could've grabbed "
            "before changing the rate? I'm sure they'd have come."
        ),
        "Wasn't there a charge nurse on in Cairns that night you could've grabbed",
    ),
    (
        (
            "In our PICU in Halifax nobody would dream of titrating inotropes without "
            "reading the chart back aloud. Just saying."
        ),
        "nobody would dream of titrating inotropes without reading the chart back aloud",
    ),
    (
        (
            "Hindsight is 20/20 and all that, but the warning signs were all there in your "
            "own notes from Tuesday."
        ),
        "the warning signs were all there in your own notes from Tuesday",
    ),
    (
        (
            "You shouldn't be carrying this on your own. Has anyone at your service offered "
            "you a proper debrief yet?"
        ),
        None,
    ),
    (
        (
            "Sending the foot home without a probe-to-bone test on an ulcer that deep is "
            "honestly negligent. I hope the patient is ok."
        ),
        "honestly negligent",
    ),
    (
        (
            "Dietitian here. Refeeding is genuinely one of the hardest things we manage and "
            "half the guidelines contradict each other. I hope the young person is "
            "recovering well."
        ),
        None,
    ),
    (
        (
            "As a PICU nurse: the kid is ok. Hold onto that. Everything else is paperwork "
            "and learning."
        ),
        None,
    ),
    (
        "why do we always blame ourselves first and the understaffing last 😔",
        None,
    ),
    (
        (
            "Hugs. Just — why did you draw up both vaccines before checking the red book? "
            "Genuinely trying to understand so I don't do the same."
        ),
        "why did you draw up both vaccines before checking the red book?",
    ),
]

ROUND_15_X = [
    (
        (
            "You ought to have escalated a NEWS of 6 to the team leader rather than waiting "
            "for the evening visit. I know it's easy to say from here."
        ),
        "You ought to have escalated",
    ),
    (
        (
            "Next time, ask for a second person at the issue fridge. It's not weakness, "
            "it's the job. And you could write this up as a reflection for revalidation - "
            "honestly it'd be a strong one."
        ),
        None,
    ),
    (
        (
            "Trainee AP in Lincoln. Reading this made me feel less alone about my own "
            "wobble last month. Thank you for being honest."
        ),
        None,
    ),
    (
        (
            "District team leader in Tralee. When one of my nurses had something similar we "
            "did a no-blame huddle and it genuinely changed the team culture. Might be "
            "worth suggesting to yours."
        ),
        None,
    ),
    (
        (
            "I'm finding it hard to see how the anti-Kell got missed when it was sitting "
            "right there in the historical record."
        ),
        "I'm finding it hard to see how the anti-Kell got missed",
    ),
    (
        "ngl that's a pretty basic error for someone at team leader level",
        "that's a pretty basic error",
    ),
    (
        "Did you get any sort of debrief afterwards? You deserve one.",
        None,
    ),
    (
        "Isn't that exactly what the WHO sign-in is for?",
        "Isn't that exactly what the WHO sign-in is for?",
    ),
    (
        "**You are not a bad nurse.** Read that again.",
        None,
    ),
    (
        (
            "I'm a school-based MH practitioner and I had a kid disclose at 3pm on a Friday "
            "once, everything felt like it was on fire. You did get her seen. That matters "
            "more than you think right now."
        ),
        None,
    ),
    (
        (
            "If you'd only phoned the lab back to confirm the antibody screen none of this "
            "would've happened 😕 hope ur ok tho"
        ),
        "If you'd only phoned the lab back",
    ),
    (
        (
            "You needed to hand the caseload over properly before going on leave. That's "
            "what let the insulin visits slip, not the rota."
        ),
        "You needed to hand the caseload over properly",
    ),
    (
        "Have you eaten today? Serious question. Look after the basics this week.",
        None,
    ),
    (
        (
            "> I keep replaying the moment I hung the bag\n\nI replayed mine for months. It "
            "does fade. Please be gentle with yourself."
        ),
        None,
    ),
    (
        (
            "Homeless health in Multan here. Prescribing the benzos when you'd already "
            "noted he was buying street valium was indefensible. Sorry. Someone had to say "
            "it."
        ),
        "was indefensible",
    ),
    (
        (
            "> she told me about the latex allergy at pre-assessment\n\nSo she told you and "
            "it never made it onto the theatre list? How does that even happen?"
        ),
        "How does that even happen?",
    ),
    (
        (
            "The fact you're this upset shows how much you care about your patients. The "
            "ones who don't care don't post on here."
        ),
        None,
    ),
    (
        (
            "Why didn't you just tell the ODP you weren't sure the circuit check was done? "
            "Trainees are meant to speak up, that's the whole point of being supernumerary."
        ),
        "Why didn't you just tell the ODP",
    ),
    (
        (
            "You should have seen me my first month in the blood bank - I mislabelled three "
            "racks in one shift 😂 we all survive it, promise."
        ),
        None,
    ),
    (
        (
            "I hear you and the shift sounds brutal. Still, the pedal pulses on that leg "
            "needed checking every 15 min after the sheath came out. That's not optional."
        ),
        "the pedal pulses on that leg needed checking every 15 min",
    ),
    (
        (
            "LD liaison nurse here. The number of times I've seen reasonable adjustments "
            "fall through the cracks between wards is unreal, and it's almost never down to "
            "one person. You noticed, you raised it, you stayed with him while he was "
            "distressed. Please don't let the review make you forget that part. If you "
            "want, DM me - I've sat on a few of these panels and can tell you what to "
            "expect."
        ),
        None,
    ),
    (
        (
            "Sending strength from Kelowna. A two-minute call to the on-call GP would've "
            "saved you all this grief though."
        ),
        "A two-minute call to the on-call GP would've saved you all this grief",
    ),
    (
        (
            "Oh that's a horrible feeling, I'm glad she was ok in the end. What made you "
            "skip the second check on the crossmatch sample though? In our lab in Lincoln "
            "we won't even open the tube without it."
        ),
        "What made you skip the second check",
    ),
    (
        "Who issues a unit without reading the group on the label?? 😬",
        "Who issues a unit without reading the group on the label??",
    ),
    (
        "Obviously this feels huge right now. It won't always 💛",
        None,
    ),
    (
        (
            "23 yrs district nursing and I have never once lost track of a syringe driver. "
            "Just saying 🤷‍♀️"
        ),
        "I have never once lost track of a syringe driver",
    ),
    (
        "Thank you for posting this. It takes guts.",
        None,
    ),
    (
        (
            "The rota should never have left you as the only trainee in theatre 4 with no "
            "supervisor nearby. That's a staffing failure, not yours."
        ),
        None,
    ),
    (
        (
            "From what you describe the suction should've been checked by you before "
            "induction, trainee or not. It's on the sheet for a reason."
        ),
        "the suction should've been checked by you before induction",
    ),
    (
        (
            "In our hand clinic in Tralee we would NEVER fit a thermoplastic splint without "
            "checking cap refill first. Never."
        ),
        "we would NEVER fit a thermoplastic splint without checking cap refill first",
    ),
    (
        (
            "I'm sorry you're going through this, I really am. But you should have "
            "documented the disclosure the same day, not left it in your notebook over the "
            "weekend. That's the bit the review is going to focus on, so it's worth being "
            "ready for it."
        ),
        "you should have documented the disclosure the same day",
    ),
    (
        "u r going to be fine. seriously.",
        None,
    ),
    (
        (
            "Most transfusion incidents happen at sample collection and at the bedside, not "
            "in the lab. The SHOT reports are full of them - it's a known weak point in the "
            "whole chain."
        ),
        None,
    ),
    (
        "Posts like yours are why this forum exists. Proud of you for writing it down.",
        None,
    ),
    (
        (
            "One has to wonder whether the lone-working risk assessment was actually read "
            "before that home visit."
        ),
        "One has to wonder whether the lone-working risk assessment was actually read",
    ),
    (
        "What did you think was going to happen when a suicidal 15yo walked home alone at 4pm?",
        "What did you think was going to happen",
    ),
    (
        (
            "Those thermoplastic sheets all look the same once they're cut and the oven "
            "dials on older units are a nightmare. We had two near-misses with ours in "
            "Kelowna before estates replaced it."
        ),
        None,
    ),
    (
        (
            "I did exactly this as a newly qualified cath-lab nurse in New Orleans. I "
            "should have checked the sheath site and I didn't, and I still think about it "
            "some nights. You're not alone in this."
        ),
        None,
    ),
    (
        (
            "Hindsight is 20/20 and all that, but the warning signs were pretty loud in "
            "that session from what you've written."
        ),
        "the warning signs were pretty loud",
    ),
    (
        (
            "Sympathy for the stress, but skipping the flexor tendon protocol because "
            "clinic was running late was a corner you cut, and the patient paid for it."
        ),
        "was a corner you cut",
    ),
    (
        (
            "GP in a street-health clinic in Multan. Lost a patient to follow-up last "
            "winter and found out weeks later he'd died. I went over every note I'd "
            "written. The coroner found nothing I'd done wrong, but it didn't stop the 3am "
            "thoughts. What helped was a Balint group. Might be worth a look."
        ),
        None,
    ),
    (
        (
            "drama therapist here. sessions going off the rails happens, even to people "
            "with 20 years in. the group held, you held them afterwards. that counts for "
            "alot."
        ),
        None,
    ),
    (
        (
            "Wasn't there a senior GP in the building you could have asked before "
            "discharging him back to the street with that foot?"
        ),
        "Wasn't there a senior GP in the building you could have asked",
    ),
    (
        "Any band 5 on a cardiac unit knows you hold the heparin once a femoral sheath is out.",
        "Any band 5 on a cardiac unit knows",
    ),
    (
        (
            "Nobody should have to cover 42 patients across two localities with one pool "
            "car. That caseload was obviously unsafe."
        ),
        None,
    ),
    (
        (
            "Surely someone on the team would have mentioned the tourniquet time if you'd "
            "asked? Just a thought."
        ),
        "Surely someone on the team would have mentioned the tourniquet time if you'd asked?",
    ),
    (
        "Isn't the whole point of a safety plan that you actually share it with the parents??",
        "Isn't the whole point of a safety plan that you actually share it with the parents??",
    ),
    (
        (
            "You could talk to your union rep before the investigation meeting, they're "
            "usually really good about this stuff."
        ),
        None,
    ),
    (
        (
            "Blood bank scientist, 15 yrs. The near misses I've seen almost always came out "
            "of understaffed nights, not careless people."
        ),
        None,
    ),
    (
        (
            "**Obviously** you cross-check the ID on the bag against the wristband. That's "
            "not advanced practice, it's basic transfusion."
        ),
        "**Obviously** you cross-check the ID on the bag against the wristband",
    ),
    (
        "why do we always assume it's all on us? genuine question, I do it too",
        None,
    ),
    (
        "Not trying to pile on but this was *entirely* avoidable.",
        "this was *entirely* avoidable",
    ),
    (
        "Sending love from Rotorua 🌿",
        None,
    ),
    (
        (
            "Cath lab, New Orleans. We moved to a closure-device protocol after a run of "
            "bleeds and it helped a lot. Could be something to raise at your governance "
            "meeting."
        ),
        None,
    ),
    (
        (
            "Management failed you, plain and simple. Who signs off a district team with "
            "two vacancies and no bank cover??"
        ),
        None,
    ),
    (
        "This could've been any of us. Genuinely.",
        None,
    ),
    (
        (
            "The LIMS should have had a hard stop on issuing without a second "
            "group-and-save sample. Ours does now, after a near miss in 2019."
        ),
        None,
    ),
    (
        (
            "So sorry. But honestly the group mix should've been reviewed before you put "
            "those two lads in the same room - their referral notes said as much."
        ),
        "the group mix should've been reviewed",
    ),
    (
        "What did your manager say? I hope they were decent about it.",
        None,
    ),
    (
        (
            "Things that helped me after mine:\n- sleep\n- tell one person irl\n- write it out "
            "once, then stop rereading the Datix\n- go back in. the first shift back is the "
            "worst one"
        ),
        None,
    ),
    (
        "Remember the patient is OK. Hold onto that.",
        None,
    ),
    (
        (
            "Leaving the wound vac unplugged across a weekend gap in visits is negligent. "
            "I'm sorry but it is."
        ),
        "is negligent",
    ),
    (
        (
            "Someone should have rung his carer before the procedure, and reading your "
            "post, that someone was you."
        ),
        "Someone should have rung his carer before the procedure",
    ),
    (
        (
            "Femoral haematomas after sheath removal are more common than anyone admits, "
            "even with textbook pressure. 'Avoidable' on paper isn't the same as avoidable "
            "at 2am with three patients in recovery."
        ),
        None,
    ),
    (
        (
            "Thats literally week-one placement stuff, checking the O2 supply before the "
            "list starts."
        ),
        "Thats literally week-one placement stuff",
    ),
    (
        (
            "Why not bring it to clinical supervision? Mine in Inverness was brilliant when "
            "a teenage group I was running went sideways."
        ),
        None,
    ),
    (
        (
            "Hand therapy OT in Gulu here. I had a patient develop CRPS after a splint I "
            "made and I honestly thought I'd never get over it. Took about a year. Talk to "
            "someone, please."
        ),
        None,
    ),
    (
        (
            "Pharmacy should've flagged the interaction, the prescribing system should've "
            "flagged it, and the hostel key worker should've been told. That's three layers "
            "that failed before it ever reached you."
        ),
        None,
    ),
    (
        (
            "The sample ought to have been labelled at the bedside, not back at the nurses' "
            "station. That's where it went wrong, and I think you know that."
        ),
        "The sample ought to have been labelled at the bedside",
    ),
    (
        "It's ok to cry in the car between visits. Done it plenty.",
        None,
    ),
    (
        (
            "You shouldn't be carrying this on your own. Does your trust have an employee "
            "assistance line?"
        ),
        None,
    ),
    (
        (
            "The CAMHS referral should have gone in the day the form tutor raised concerns, "
            "not three weeks later. Three weeks is a long time when you're 14."
        ),
        "The CAMHS referral should have gone in the day the form tutor raised concerns",
    ),
    (
        (
            "Tbh you could've just paused the enactment when she started to dissociate. "
            "Step out of role, ground her, then decide. Thats the first thing we're taught."
        ),
        "you could've just paused the enactment",
    ),
    (
        (
            "Sorry this happened, to you and to him. Did you not think to bleep the LD "
            "liaison nurse before the sedation? We're around all day for exactly this kind "
            "of thing, and his hospital passport says in big letters that he can't tolerate "
            "masks."
        ),
        "Did you not think to bleep the LD liaison nurse",
    ),
    (
        (
            "Not judging, BUT the hospital passport was in his bag the whole admission and "
            "nobody (i.e. you) opened it."
        ),
        "nobody (i.e. you) opened it",
    ),
    (
        (
            "Releasing O neg without the emergency form signed is properly reckless, sorry. "
            "It bypasses every safeguard the lab has."
        ),
        "is properly reckless",
    ),
    (
        (
            "Hugs from Inverness. Genuinely curious though - why did you let her go home "
            "without checking the splint for pressure areas first?"
        ),
        "why did you let her go home",
    ),
    (
        "hugs x",
        None,
    ),
    (
        (
            "honestly how did u not notice the groin oozing for 40 mins?? recovery after a "
            "cath is basically watching the puncture site. sorry but"
        ),
        "how did u not notice",
    ),
    (
        (
            "I've worked homeless health in New Orleans for nine years and I know how "
            "impossible Friday nights are - the hostel beds, the no-shows, all of it. I'm "
            "not saying this to pile on. But I'd love to know what the reasoning was behind "
            "sending him back out with an open wound and no follow-up booked, when the "
            "respite bed was an option you mention yourself. That's the piece I can't get "
            "past. Hope you get proper support with the review."
        ),
        "I'd love to know what the reasoning was",
    ),
]
