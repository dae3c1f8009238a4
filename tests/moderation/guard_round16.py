"""Round 16 of issue 14's evaluation, the latest untouched set: 160 replies (80 that judge the
author's past decision) from two helpers who saw only the labeling guide (guard_round2.md),
never the rules, the model, the corpora or the code: continence and diabetes specialist
nurses, bereavement counsellors, spinal-injury physiotherapists, discharge coordinators, MRI
radiographers, trainee clinical psychologists, military medics, community dental officers
(Middlesbrough, Athlone, Moncton, Mbarara, Bundaberg, Idaho, Llandudno, Sylhet); midwifery
support workers, social-care assessors, neonatal transport nurses, psychiatric liaison
nurses, sports physiotherapists, community pharmacists, hospital interpreters, dialysis
technicians (Carlisle, Letterkenny, Lethbridge, Mwanza, Whangārei, Montana, Hereford,
Rawalpindi). Measured once with the rules and the model of round 15, and neither read nor
trained on since: see test_guard.py and bench/README.md. Entries as in guard_corpus."""

ROUND_16_Y = [
    (
        "You really should've stopped the scan the second she said her leg felt hot.",
        "You really should've stopped the scan",
    ),
    (
        (
            "Pharmacy should have flagged the interaction long before it ever reached you. "
            "That's literally their check."
        ),
        None,
    ),
    (
        (
            "A five-minute chat with your supervisor before that session would have spared "
            "you all of this."
        ),
        (
            "A five-minute chat with your supervisor before that session would have spared "
            "you all of this"
        ),
    ),
    (
        (
            "The investigation process feels endless but it does end. Keep notes of every "
            "meeting, and take someone with you."
        ),
        None,
    ),
    (
        (
            "I'm sorry for what you're going through, I am. But why on earth would you "
            "log-roll him with only two of you??"
        ),
        "why on earth would you log-roll him with only two of you",
    ),
    (
        "How did you not notice the pacemaker card in his wallet? It was in the notes too.",
        "How did you not notice the pacemaker card",
    ),
    (
        (
            "Reading this from Athlone with a heavy heart. The tourniquet time should have "
            "been written on him by whoever applied it — which, from your own account, was "
            "you."
        ),
        "The tourniquet time should have been written on him",
    ),
    (
        (
            "You could have just asked the family to wait one more day for transport. One "
            "phone call."
        ),
        "You could have just asked the family to wait one more day",
    ),
    (
        "Who takes a catheter out at 2am and doesn't document the time? Come on.",
        "Who takes a catheter out at 2am and doesn't document the time",
    ),
    (
        (
            "Inexcusable tbh. A grieving widow deserved more than being told her time was "
            "up mid-sentence."
        ),
        "Inexcusable",
    ),
    (
        "That's a basic error for someone at your level and I think you know it.",
        "That's a basic error",
    ),
    (
        (
            "> I only stepped away for a minute to do the handover\n\nI've been a medic for "
            "22 years, three tours, and I have not once left a casualty's airway "
            "unmonitored during a handover. Just saying."
        ),
        "I have not once left a casualty's airway unmonitored",
    ),
    (
        (
            "Hey, DM me if you want to chat. I've been through a serious incident "
            "investigation and it's survivable."
        ),
        None,
    ),
    (
        (
            "You should talk to your union rep before the meeting on Thursday. Seriously, "
            "don't go in alone."
        ),
        None,
    ),
    (
        "Sorry but this was totally avoidable. Gadolinium + that eGFR = no.",
        "this was totally avoidable",
    ),
    (
        (
            "You should have seen me my first month doing MRI in Moncton. Set off the "
            "quench alarm by accident and nearly died of shame. We survive this stuff 😅"
        ),
        None,
    ),
    (
        (
            "You needed to get a second person on that hoist transfer, simple as. Spinal "
            "precautions aren't optional."
        ),
        "You needed to get a second person on that hoist transfer",
    ),
    (
        (
            "Long time lurker, first post. I just wanted to say this thread made me feel "
            "less alone about my own thing from last spring."
        ),
        None,
    ),
    (
        "Is the patient ok now? And more importantly, are YOU ok?",
        None,
    ),
    (
        (
            "Did you not think to check with the ward whether he still had a cannula in "
            "before the transport came?"
        ),
        "Did you not think to check",
    ),
    (
        (
            "I'm sorry, truly. But the ketones ought to have been checked the minute she "
            "said she was vomiting."
        ),
        "the ketones ought to have been checked",
    ),
    (
        (
            "Hugs. tbh tho u shouldve checked his sugars before the insulin, thats the "
            "whole point of the protocol"
        ),
        "u shouldve checked his sugars before the insulin",
    ),
    (
        (
            "Any newly qualified physio knows you don't sit a new tetraplegic up that fast. "
            "Orthostatic hypotension is lecture one."
        ),
        "Any newly qualified physio knows",
    ),
    (
        (
            "That bladder scanner is an absolute disgrace, it reads 0 ml half the time. Our "
            "whole team has complained about it for years."
        ),
        None,
    ),
    (
        "**You are not your worst shift.** Read that again.",
        None,
    ),
    (
        "Preventable from start to finish, if I'm honest. 😔 Hope you're ok though.",
        "Preventable from start to finish",
    ),
    (
        (
            "Trainee clin psych here too. Honestly the fact that you noticed and told your "
            "supervisor the same day is the bit I'd hold on to."
        ),
        None,
    ),
    (
        (
            "Sorry this happened. What made you skip the metal screening questionnaire when "
            "he was already on the table?"
        ),
        "What made you skip the metal screening questionnaire",
    ),
    (
        (
            "Spinal physio in Bundaberg. Our unit does a monthly 'learning not blaming' "
            "session, and stories exactly like yours are what make it useful. Would you be "
            "ok with me sharing an anonymised version?"
        ),
        None,
    ),
    (
        "Thank you for being honest. Forums like this only work because people like you post.",
        None,
    ),
    (
        (
            "In our practice in Llandudno we would NEVER start treating a child without the "
            "parent in the room. Never."
        ),
        "we would NEVER start treating a child without the parent in the room",
    ),
    (
        (
            "Gadolinium and renal function catches so many people out — the eGFR results "
            "often aren't back when the booking's made. It's a system gap, not a you gap."
        ),
        None,
    ),
    (
        (
            "Sending love from Bundaberg 💛\n\nThat said, **you ought to have flagged the "
            "bleeding risk before the extraction** — warfarin was right there on his med "
            "list."
        ),
        "you ought to have flagged the bleeding risk before the extraction",
    ),
    (
        (
            "I'd love to know what the reasoning was behind sending her home with no "
            "district nurse referral."
        ),
        "I'd love to know what the reasoning was",
    ),
    (
        (
            "Hmm. Interesting that the bereavement risk assessment never got done. Wonder "
            "how that happened 🤔"
        ),
        "Wonder how that happened",
    ),
    (
        (
            "Frankly negligent. Leaving a patient with a fresh T6 injury unsupervised on a "
            "tilt table is how people get hurt."
        ),
        "Frankly negligent",
    ),
    (
        "Wasn't there a senior medic in the unit you could have radioed before moving him?",
        "Wasn't there a senior medic in the unit you could have radioed",
    ),
    (
        (
            "One can't help wondering whether the pressure of the bed meeting made the "
            "decision for you."
        ),
        "One can't help wondering whether",
    ),
    (
        (
            "Insulin errors are among the most common med incidents there are — it's why so "
            "many trusts are moving to mandatory double checks. Obviously that doesn't make "
            "it feel better right now, but you're in a very big club."
        ),
        None,
    ),
    (
        ("I don't want to pile on, but it was a shortcut, and shortcuts with insulin kill people."),
        "it was a shortcut",
    ),
    (
        "Did you get any support from occupational health after?",
        None,
    ),
    (
        (
            "What did your manager say afterwards? Did they do a proper debrief or just "
            "hand you an incident form?"
        ),
        None,
    ),
    (
        (
            "Bereavement counsellor here. What you're describing — the shame, the not "
            "wanting to go back in — is a grief of its own. Please be kind to it."
        ),
        None,
    ),
    (
        "Why do we always turn on ourselves first? I do it too. Be gentle with yourself.",
        None,
    ),
    (
        (
            "Discharge coordinator, 9 years. Every single one of us has a patient we think "
            "about. Mine was a lady in Llandudno in 2017. I'm still here, still doing the "
            "job, and better at it for it. You will be too."
        ),
        None,
    ),
    (
        (
            "Moncton continence team here. We started a peer buddy system after incidents — "
            "for your first 2 weeks back you're never alone in clinic. Worth asking if your "
            "place has something similar."
        ),
        None,
    ),
    (
        (
            "MRI rad in Athlone. Just want to say that stopping the scan and calling for "
            "help the moment you realised is exactly what we train for."
        ),
        None,
    ),
    (
        "crying reading this tbh. big hugs from a DSN in Middlesbrough",
        None,
    ),
    (
        (
            "I did exactly this on a spinal unit in my first year — moved someone before "
            "the collar had been cleared. I should have waited and I didn't. You're not "
            "alone in this."
        ),
        None,
    ),
    (
        "Ugh, the worst feeling. Thinking of u x",
        None,
    ),
    (
        (
            "Honestly the avoidable part here was the staffing, not anything you did. "
            "Management should have backfilled that post months ago."
        ),
        None,
    ),
    (
        "You shouldn't be carrying this on your own. Is there anyone at work you trust?",
        None,
    ),
    (
        (
            "If you'd only read the referral properly you'd have seen she lost her husband "
            "three weeks ago, not three months."
        ),
        "If you'd only read the referral properly",
    ),
    (
        "How are you doing now, a week on? Are you sleeping?",
        None,
    ),
    (
        (
            "I work discharges in Idaho and I get the pressure, I really do, the bed "
            "manager is on your back from 8am. But the package of care needed confirming "
            "before he was sent home on a Friday evening. Carers weren't starting till "
            "Monday, he had nobody, and that's the bit that went wrong here. I hope he's "
            "ok."
        ),
        "the package of care needed confirming before he was sent home",
    ),
    (
        "Thank you for posting this. It takes real courage, and I learned something reading it.",
        None,
    ),
    (
        "The bladder scan should have been repeated before the second catheter went in.",
        "The bladder scan should have been repeated",
    ),
    (
        (
            "> I keep replaying the moment I took the collar off\n\nThat replaying is your "
            "brain trying to protect the next patient. It doesn't mean you're a bad physio. "
            "💙"
        ),
        None,
    ),
    (
        (
            "Mbarara dental officer checking in — we had a similar near miss at our "
            "outreach clinic last year. It led to us redesigning the consent sheet, and "
            "nobody got hurt in the end. Yours might lead somewhere good too."
        ),
        None,
    ),
    (
        (
            "The therapist should have asked about risk before ending the session, "
            "especially after what he said about the bridge. I know that's hard to read."
        ),
        "The therapist should have asked about risk before ending the session",
    ),
    (
        (
            "The debrief model we used as military medics might help: what happened, what "
            "you felt, what you'd want the system to change. No blame, just the story. It "
            "got me through a bad night on exercise and a worse one on deployment."
        ),
        None,
    ),
    (
        ("Why not bring this to your next supervision? It sounds like it's still weighing on you."),
        None,
    ),
    (
        "How's the family doing? I hope they got the support they needed, and that you did too.",
        None,
    ),
    (
        (
            "Honestly the consent form ought to have been gone through again once the plan "
            "changed from fillings to extractions."
        ),
        "the consent form ought to have been gone through again",
    ),
    (
        (
            "The rota should never have had one DSN covering three wards in Middlesbrough. "
            "That's on whoever signed it off, not you."
        ),
        None,
    ),
    (
        (
            "What did you think would happen when you discharged a man with no stairs "
            "assessment to a third-floor flat?"
        ),
        "What did you think would happen",
    ),
    (
        "Isn't that exactly what the safety screening form is for??",
        "Isn't that exactly what the safety screening form is for",
    ),
    (
        "why did u give the full basal dose when she'd barely eaten all day?? genuinely asking",
        "why did u give the full basal dose",
    ),
    (
        (
            "I'm finding it hard to understand how a catheter gets left in for six weeks "
            "without anyone on the continence team — i.e. you — reviewing it."
        ),
        "I'm finding it hard to understand how",
    ),
    (
        (
            "Not to be harsh but hindsight or no hindsight, the warning signs were all "
            "there in his HbA1c trend."
        ),
        "the warning signs were all there",
    ),
    (
        (
            "Obviously you check the meter's been calibrated before you trust a reading "
            "like that. That's DSN basics."
        ),
        "Obviously you check the meter's been calibrated",
    ),
    (
        (
            "No one should have to do a discharge list of 14 patients before noon on a bank "
            "holiday. Whoever planned that weekend failed you."
        ),
        None,
    ),
    (
        (
            "Oh love, that sounds grim. Why didn't you ring the on-call before taking the "
            "catheter out though?"
        ),
        "Why didn't you ring the on-call",
    ),
    (
        "Sending love from Sylhet. This sounds awful and you're clearly someone who cares.",
        None,
    ),
    (
        (
            "Surely somebody in your role would have cross-checked the implant card against "
            "the MR conditional list?"
        ),
        "Surely somebody in your role would have cross-checked",
    ),
    (
        (
            "Could you write it up as a reflective piece for revalidation? It might help to "
            "get it out of your head and onto paper."
        ),
        None,
    ),
    (
        (
            "this is first-week-of-placement stuff, genuinely. you don't disclose a "
            "client's info to the GP receptionist."
        ),
        "this is first-week-of-placement stuff",
    ),
    (
        (
            "I'm a continence nurse in Idaho and I've been doing this 15 years. I still "
            "think about a catheter I got wrong in 2011. It gets quieter. It never fully "
            "goes, but it gets quieter."
        ),
        None,
    ),
    (
        "🫂",
        None,
    ),
    (
        (
            "Next time you feel unsure mid-session, you could just pause and say 'I need to "
            "check something with my supervisor'. It's not weakness, it's good practice."
        ),
        None,
    ),
]

ROUND_16_Z = [
    (
        (
            "Awful for everyone involved. The line should have been clamped before anyone "
            "touched the tubing, that's the part I keep coming back to."
        ),
        "The line should have been clamped before anyone touched the tubing",
    ),
    (
        (
            "Pharmacy should have flagged that batch days before it reached your fridge. "
            "The recall email went to a shared inbox nobody reads, I'd bet money on it."
        ),
        None,
    ),
    (
        (
            "Ugh, I feel for you. Still, you really shouldve waited for the reg to see her "
            "before letting her walk out of A&E."
        ),
        "you really shouldve waited for the reg to see her",
    ),
    (
        "Reading this on my break at the pharmacy counter, welling up a bit. Sending strength.",
        None,
    ),
    (
        (
            "Honest question and not trying to pile on: why would you send him back out to "
            "the waiting room before the liaison review was even done? In Rawalpindi our ED "
            "kept high-risk patients in a bay until psych had seen them."
        ),
        (
            "why would you send him back out to the waiting room before the liaison review "
            "was even done?"
        ),
    ),
    (
        "Did you not think to get the Urdu interpreter back in before he signed anything?",
        "Did you not think to get the Urdu interpreter back in",
    ),
    (
        (
            "Sorry to say it, but the carers' call times should have been checked against "
            "her insulin times before the package went live. That's the assessor's job, not "
            "the agency's."
        ),
        (
            "the carers' call times should have been checked against her insulin times "
            "before the package went live"
        ),
    ),
    (
        (
            "tbh u couldve just asked her to say it back to u in Swahili b4 leaving the "
            "room. would of taken 30 secs"
        ),
        "u couldve just asked her to say it back to u in Swahili b4 leaving the room",
    ),
    (
        (
            "I've read this three times trying to be sympathetic, and I am sorry for the "
            "client, and for you. But honestly — who signs off a care package over the "
            "phone without ever seeing the house? She had stairs, a coal fire and a husband "
            "with dementia. That was all on the referral from the GP in Hereford. I'm not "
            "saying you're a bad assessor. I'm saying this one needed boots on the ground."
        ),
        "who signs off a care package over the phone without ever seeing the house?",
    ),
    (
        (
            "I'm sure you feel awful. I do find myself wondering why the CTG wasn't flagged "
            "to the midwife sooner though."
        ),
        "I do find myself wondering why the CTG wasn't flagged to the midwife sooner",
    ),
    (
        (
            "Bluntly? Letting someone on 1:1 obs go to the toilet alone in A&E is "
            "negligent. I'm sorry you're dealing with the fallout but let's not pretend "
            "otherwise."
        ),
        "is negligent",
    ),
    (
        (
            "So sorry. But what did you think would happen, letting a post-op ACL go back "
            "on the sideline with no brace?"
        ),
        "what did you think would happen",
    ),
    (
        (
            "Things that helped me after mine:\n- talking to my clinical supervisor\n- going "
            "for a walk before the next shift, not straight in\n- *not* rereading the "
            "incident report ten times a day\n- this forum tbh\nHope some of it helps x"
        ),
        None,
    ),
    (
        (
            "Why do we always assume it was us? Half the time it's the system. Please be "
            "kind to yourself."
        ),
        None,
    ),
    (
        (
            "That's a pretty basic error for someone who's been on the unit two years. Not "
            "saying it to be cruel."
        ),
        "a pretty basic error",
    ),
    (
        (
            "You should have seen me on my first neonatal retrieval — forgot the spare "
            "battery pack AND the transfer letter. We all survive it. 💛"
        ),
        None,
    ),
    (
        (
            "You needed to escalate the minute his sats dipped under 90 in the back of the "
            "ambulance, not sit on it till handover in Carlisle. I know it's easy to say "
            "from my sofa, but still."
        ),
        "You needed to escalate the minute his sats dipped under 90",
    ),
    (
        (
            "Have you looked at the Practitioner Health service? They're brilliant and it's "
            "confidential."
        ),
        None,
    ),
    (
        "Sorry this happened. Sounds like you did the right thing reporting it straight away.",
        None,
    ),
    (
        (
            "Was there really nobody on the ward you could've grabbed for a second check? "
            "Even a student?"
        ),
        "Was there really nobody on the ward you could've grabbed for a second check?",
    ),
    (
        (
            "Someone in that room should have explained to the family in Punjabi what "
            "DNACPR actually meant, and there was only one person in there who spoke "
            "Punjabi."
        ),
        (
            "Someone in that room should have explained to the family in Punjabi what "
            "DNACPR actually meant"
        ),
    ),
    (
        (
            "Sorry you're going through this. You should have stopped the run the moment "
            "the venous pressure alarm went, though — that's literally what it's for."
        ),
        "You should have stopped the run the moment the venous pressure alarm went",
    ),
    (
        (
            "Mate, this is first-week-of-training stuff. You don't needle a fistula without "
            "feeling for the thrill first."
        ),
        "this is first-week-of-training stuff",
    ),
    (
        (
            "Next time you're unsure about a dialect, you could ask for a second "
            "interpreter on the phone line — it's not weakness, it's good practice."
        ),
        None,
    ),
    (
        (
            "The fact that you're still thinking about her a week later says everything "
            "about what kind of carer you are."
        ),
        None,
    ),
    (
        (
            "I'd be really interested to know what the reasoning was behind clearing him to "
            "play that same afternoon."
        ),
        "I'd be really interested to know what the reasoning was",
    ),
    (
        (
            "How's the athlete getting on with rehab? Hope he's back on the pitch soon and "
            "hope you're sleeping a bit better."
        ),
        None,
    ),
    (
        (
            "How did you not notice the BP cuff was on the fistula arm? Genuinely asking, "
            "not having a go, we all get tired on a double."
        ),
        "How did you not notice the BP cuff was on the fistula arm?",
    ),
    (
        (
            "Montana here — rural dialysis unit, four chairs, and me on most evenings. I "
            "know how isolating that shift is. Hang in there and please talk to someone, "
            "even if it's just your PCP."
        ),
        None,
    ),
    (
        (
            "Adult social care is so underfunded that assessors are doing the impossible "
            "every single day. I hope your team lead is backing you."
        ),
        None,
    ),
    (
        "Isn't that the whole point of the pre-dialysis safety check? 🤷",
        "Isn't that the whole point of the pre-dialysis safety check?",
    ),
    (
        (
            "Why not take it to clinical supervision? Ours in Hereford is actually decent "
            "and nobody there does blame."
        ),
        None,
    ),
    (
        "One phone call to his daughter would have saved you (and her) all this grief.",
        "One phone call to his daughter would have saved you",
    ),
    (
        (
            "Not trying to be mean but I genuinely can't get my head round how a systolic "
            "of 70 pre-dialysis got missed."
        ),
        "I genuinely can't get my head round how a systolic of 70 pre-dialysis got missed",
    ),
    (
        (
            "Been interpreting 15 yrs, mostly Pashto and Dari, and not once have I "
            "summarised a consent discussion instead of translating it in full. Not once."
        ),
        "not once have I summarised a consent discussion instead of translating it in full",
    ),
    (
        (
            "Skipping the pre-weight because the scales were across the room was cutting "
            "corners, plain and simple. Hope you're OK though."
        ),
        "was cutting corners, plain and simple",
    ),
    (
        (
            "I'm sorry, I really am. But why did you let her go to the shower by herself "
            "when she'd already told you she felt faint?"
        ),
        "why did you let her go to the shower by herself",
    ),
    (
        "Surely at some point in a four-hour transfer you'd have spotted the line had tissued?",
        "Surely at some point in a four-hour transfer you'd have spotted the line had tissued?",
    ),
    (
        (
            "The physio who trained me always said return-to-play calls are the hardest "
            "thing we do and you WILL get some wrong. Stuff like this only looks avoidable "
            "in hindsight, and hindsight isn't a fair standard."
        ),
        None,
    ),
    (
        (
            "Reading this as a community pharmacist in Lethbridge. I'm sorry you're shaken, "
            "genuinely. But giving a live vaccine without asking a single question about "
            "immunosuppression is **dangerous practice**, full stop. The screening "
            "questions aren't decoration. I'd want to see this go through your college's "
            "reporting process, not just a forum post. Look after yourself, but please "
            "don't minimize it."
        ),
        "is **dangerous practice**",
    ),
    (
        "What did your manager say when you told them?",
        None,
    ),
    (
        (
            "Someone from your team should have rung you the next day just to see if you "
            "were ok. That's basic looking-after-each-other. Did anyone?"
        ),
        None,
    ),
    (
        "big love from Whangārei 🫶 this one's hard, take care of urself",
        None,
    ),
    (
        (
            "Honestly the dialysis machines we had in Rawalpindi had the worst alarm screen "
            "ever, obviously designed by someone who never stood next to one at 3am. Not "
            "your fault the display is confusing."
        ),
        None,
    ),
    (
        (
            "Did the family get to hear from you directly? Sometimes that conversation "
            "helps both sides, if you're up to it."
        ),
        None,
    ),
    (
        (
            "Honestly just wanted to say I read this and I'm glad you're still in the job. "
            "We need people like you on labour ward."
        ),
        None,
    ),
    (
        "It's ok to take a few days. Seriously.",
        None,
    ),
    (
        (
            "I do neonatal transport out of Carlisle and we had nearly the same thing last "
            "winter. The snow, the awful road over the tops, the monitor losing signal. You "
            "did your best in a horrible situation."
        ),
        None,
    ),
    (
        (
            "I did almost exactly this in my first year in Mwanza. I should have checked "
            "the name band and I didn't. You're not alone in this."
        ),
        None,
    ),
    (
        (
            "I'm a liaison nurse too and I still think about a patient from 2017. It does "
            "get quieter. It doesn't go away completely but it gets quieter."
        ),
        None,
    ),
    (
        (
            "Management should have given you a proper induction before putting you on the "
            "Hb analyser. Sounds like they failed you tbh."
        ),
        None,
    ),
    (
        (
            "> I keep thinking I should have pushed harder for the bed\n\nI get it, but the "
            "bed didn't exist. Bed management should have been the ones pushing, not you."
        ),
        None,
    ),
    (
        (
            "If you'd just ticked through the egg allergy question on the form none of this "
            "would have happened. Big hugs tho x"
        ),
        (
            "If you'd just ticked through the egg allergy question on the form none of this "
            "would have happened"
        ),
    ),
    (
        "Did you get any support afterwards? A debrief or anything?",
        None,
    ),
    (
        (
            "Big hugs 💙 but the batch number needed checking against the recall list before "
            "the first jab of the morning."
        ),
        (
            "the batch number needed checking against the recall list before the first jab "
            "of the morning"
        ),
    ),
    (
        "**You are not a bad nurse.** Read that twice.",
        None,
    ),
    (
        (
            "The mum's birth history ought to have been read properly before anyone filled "
            "that pool. It was all in the notes."
        ),
        "The mum's birth history ought to have been read properly",
    ),
    (
        (
            "Most near misses in A&E mental health happen at handover between teams, it's a "
            "known weak spot. You got caught in the gap."
        ),
        None,
    ),
    (
        (
            "Interpreting in end-of-life conversations is brutal. People don't realise how "
            "much we carry out of those rooms."
        ),
        None,
    ),
    (
        "I don't want to be harsh but this was completely avoidable.",
        "this was completely avoidable",
    ),
    (
        "Is the baby doing ok now? Only if you want to share.",
        None,
    ),
    (
        (
            "Nobody should have to do a six-hour road transfer with a baby that sick and no "
            "doctor in the back. Nobody."
        ),
        None,
    ),
    (
        "> she held my hand and said it wasn't my fault\n\nListen to her. She was there. 💛",
        None,
    ),
    (
        (
            "the incubator temp was meant to be checked at every stop and clearly wasn't. "
            "that's the whole story really."
        ),
        "the incubator temp was meant to be checked at every stop and clearly wasn't",
    ),
    (
        (
            "The rota should never have had you covering two rooms and the pool on your "
            "own. That's a staffing failure, not a you failure."
        ),
        None,
    ),
    (
        (
            "What's the point of the booking-in checklist if you skip half of it the second "
            "reception gets busy?"
        ),
        "What's the point of the booking-in checklist if you skip half of it",
    ),
    (
        "I mean... the allergy question is on the screening card for a reason, no?",
        "the allergy question is on the screening card for a reason, no?",
    ),
    (
        (
            "so sorry this happened hun but what made you think the consent from last yr's "
            "jab covered this one??"
        ),
        "what made you think the consent from last yr's jab covered this one",
    ),
    (
        (
            "Hindsight's a wonderful thing, but reading your post the red flags were there "
            "from the very first phone call."
        ),
        "the red flags were there from the very first phone call",
    ),
    (
        (
            "In Whangārei we would NEVER let a transport cot leave the unit without a "
            "second person checking the gas cylinders. NEVER."
        ),
        (
            "we would NEVER let a transport cot leave the unit without a second person "
            "checking the gas cylinders"
        ),
    ),
    (
        "any HCA worth their salt knows u recheck a manual BP when the machine reads weird 🙄",
        "any HCA worth their salt knows",
    ),
    (
        (
            "Look-alike vials catch everyone out eventually. The flu and pneumo ones at our "
            "place were practically twins until someone complained. Could've been any of "
            "us."
        ),
        None,
    ),
    (
        (
            "Oh that's horrible, I'm so sorry. Why didn't you ring the transport consultant "
            "before you left Letterkenny though? From what you wrote the incubator alarm "
            "was going off the whole way to the main road."
        ),
        "Why didn't you ring the transport consultant",
    ),
    (
        "Sending hugs from Letterkenny. How are you doing now?",
        None,
    ),
    (
        (
            "Checking ID before a jab is literally the first thing they teach you. Every. "
            "Single. Time. Even if you know them from church."
        ),
        "literally the first thing they teach you",
    ),
    (
        (
            "You could write this up as a reflective piece for revalidation — it'd be a "
            "really strong one, and writing it might help you process it too."
        ),
        None,
    ),
    (
        ("Who lets a baby go in the transport pod without the harness done up?? Genuinely asking."),
        "Who lets a baby go in the transport pod without the harness done up??",
    ),
    (
        (
            "I was a receptionist for eleven years before I did my HCA training, and my "
            "first month on the clinical side I was terrified of exactly this. I mixed up "
            "two Mrs Khans' bloods once — same surname, same birth year. The lab caught it. "
            "I cried in the car park. What helped was telling my practice nurse straight "
            "away and then writing down, step by step, what happened. It stops it going "
            "round and round your head. You clearly care a lot, and that's who I'd want "
            "doing my bloods."
        ),
        None,
    ),
    (
        "Thank you for posting this. It took guts.",
        None,
    ),
    (
        "You shouldn't be carrying this on your own. Have you got a union rep you can talk to?",
        None,
    ),
]
