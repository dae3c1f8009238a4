"""Round 11 of issue 14's evaluation: 160 replies (80 that judge the author's past decision)
from two helpers who saw only the labeling guide (guard_round2.md), never the rules, the model,
the corpora or the code: oncology, practice, prison and school nurses, radiotherapy
radiographers, perfusionists, mental-health nurses, locum pharmacists (Glasgow, Cork, Nova
Scotia, Lagos, Brisbane, Arizona, Swansea, Kuala Lumpur); family therapists, learning-disability
and occupational-health nurses, audiologists, cardiac physiologists, agency nurses, ambulance
technicians, home-care workers (Manchester, Belfast, Quebec, Johannesburg, Darwin, Kentucky,
Inverness, Karachi). Measured untouched with the rules and the model trained on rounds 1 to 6,
8 and 9, then trained on: see test_guard.py and bench/README.md. Entries as in guard_corpus."""

ROUND_11_O = [
    (
        "Frankly that was a careless handover and deep down I think you know it.",
        "that was a careless handover",
    ),
    (
        (
            "The rota should never have had you as the only nurse across two wings on a Saturday. "
            "That's on the governor, not you."
        ),
        None,
    ),
    (
        "**Please** look after yourself this week. Eat something. Sleep. Go outside.",
        None,
    ),
    (
        (
            "Why do we always assume it's us that failed? Serious question. Took me years to stop "
            "doing that."
        ),
        None,
    ),
    (
        "Totally preventable. Fasting status is on the front sheet in big letters.",
        "Totally preventable",
    ),
    (
        (
            "Locuming is brutal. New system every day, new shelves, no idea who to ring. Respect "
            "for still doing it."
        ),
        None,
    ),
    (
        "A second check would have caught the wrong isocentre. That's what it's there for.",
        "A second check would have caught the wrong isocentre",
    ),
    (
        (
            "The GP should've been told about that BP reading the same morning. A note left on "
            "the system wasn't enough."
        ),
        "The GP should've been told about that BP reading the same morning",
    ),
    (
        "Could have been any of us. Truly.",
        None,
    ),
    (
        "Arizona clinic nurse here. Been there, honestly. It does get easier, I promise.",
        None,
    ),
    (
        (
            "Pharmacy should have flagged the interaction, that's literally what the system's "
            "for. Please don't carry this alone."
        ),
        None,
    ),
    (
        (
            "Why not take it to clinical supervision? Mine was brilliant when I had something "
            "similar with a depot injection."
        ),
        None,
    ),
    (
        (
            "Matching the tattoos to the setup photo is first-week-of-training stuff for a "
            "radiographer. Not trying to pile on but that's the whole job."
        ),
        "first-week-of-training stuff",
    ),
    (
        (
            "> I keep replaying it every night\n\nThat's so normal. Replaying is your brain "
            "trying to protect the next patient. Be kind to yourself x"
        ),
        None,
    ),
    (
        "You could've just asked the patient her date of birth. Takes two seconds.",
        "You could've just asked the patient her date of birth",
    ),
    (
        (
            "I'm sorry it went the way it did, but ringing the crisis team that evening was the "
            "obvious move, and you didn't."
        ),
        "ringing the crisis team that evening was the obvious move, and you didn't",
    ),
    (
        (
            "I did almost exactly this on a chemo chair in Glasgow in 2016. I should have waited "
            "for the neuts and I didn't. You are not alone in this."
        ),
        None,
    ),
    (
        "sending hugs from Brisbane 💛",
        None,
    ),
    (
        (
            "Perfusion is such a lonely specialty when something goes wrong. Nobody outside the "
            "pump room really gets it. Message me if you want to talk."
        ),
        None,
    ),
    (
        "if youd only waited for the INR result none of this wouldve happened",
        "if youd only waited for the INR result",
    ),
    (
        (
            "Not to be that person but you ought to have escalated the low reservoir level "
            "straight away instead of trying to sort it yourself."
        ),
        "you ought to have escalated the low reservoir level straight away",
    ),
    (
        "Why didn't you ring her parents before letting her go back out to PE?",
        "Why didn't you ring her parents",
    ),
    (
        "How did you not notice the pump was set to mL/hr instead of mg/hr??",
        "How did you not notice",
    ),
    (
        "Who starts bypass without confirming the ACT? Honestly.",
        "Who starts bypass without confirming the ACT?",
    ),
    (
        "You should talk to your union rep before that meeting. Don't go in on your own.",
        None,
    ),
    (
        (
            "Hindsight is a wonderful thing etc, but he TOLD you he'd been giving his possessions "
            "away. The warning signs were all there in your own notes."
        ),
        "The warning signs were all there in your own notes",
    ),
    (
        ("Hmm. One has to wonder whether the care plan was actually read before that home visit."),
        "One has to wonder whether the care plan was actually read",
    ),
    (
        (
            "Obviously I don't know your unit, but the labels on those two heparin strengths look "
            "nearly identical in ours too. Catches everyone."
        ),
        None,
    ),
    (
        (
            "Someone really should have rung his mum before he left the school gate, and you were "
            "the only one in the medical room."
        ),
        "Someone really should have rung his mum before he left the school gate",
    ),
    (
        (
            "Could you write it up as a reflective piece for revalidation? Turning it into "
            "something useful helped me loads."
        ),
        None,
    ),
    (
        "Why did you give the second dose when the first one hadn't even been signed for?",
        "Why did you give the second dose",
    ),
    (
        (
            "Been a practice nurse in Swansea since 2004 and I've never given a B12 without "
            "reading the prescription back to myself. Ever."
        ),
        "I've never given a B12 without reading the prescription back to myself",
    ),
    (
        "What did you think was going to happen when you left an open sharps bin on the wing?",
        "What did you think was going to happen",
    ),
    (
        (
            "Next time you're unsure about a setup, call the physicist down. Honestly it's not "
            "weakness, they'd much rather be called."
        ),
        None,
    ),
    (
        "Thank you for posting this. Genuinely. It takes guts.",
        None,
    ),
    (
        "Tbh the avoidable part here was the staffing, not anything you did.",
        None,
    ),
    (
        (
            "so sorry 💔 but u get a second signature on every CD, thats literally nursing school "
            "basics"
        ),
        "thats literally nursing school basics",
    ),
    (
        "How are you doing now? Like, actually?",
        None,
    ),
    (
        (
            "Hugs x. I would be interested to know what the reasoning was for skipping the "
            "verification image that day though."
        ),
        (
            "I would be interested to know what the reasoning was for skipping the verification "
            "image"
        ),
    ),
    (
        (
            "> I should have phoned the GP\n\nYou're being so hard on yourself. I've read this "
            "three times and all I see is someone who cares. How are you sleeping?"
        ),
        None,
    ),
    (
        (
            "Nobody should have to run a school health room for 1,400 kids single-handed. That's "
            "insane."
        ),
        None,
    ),
    (
        (
            "I don't want to be harsh but I can't get my head round how you missed the allergy "
            "band. It's bright red!"
        ),
        "I can't get my head round how you missed the allergy band",
    ),
    (
        (
            "My supervisor in Cork once said the ones who worry are the safe ones. Stuck with me "
            "for 20 years."
        ),
        None,
    ),
    (
        (
            "Sympathies, really. But you needed to document the refusal at the time, not three "
            "days later when it all kicked off."
        ),
        "you needed to document the refusal at the time",
    ),
    (
        (
            "Reading this from Kuala Lumpur and honestly it's negligent. You dispensed a "
            "controlled drug on a faxed script."
        ),
        "it's negligent",
    ),
    (
        (
            "Ngl this was avoidable. Vesicant through a hand vein at the end of a 13 hour shift, "
            "with the extravasation kit sitting right there on the trolley."
        ),
        "this was avoidable",
    ),
    (
        (
            "Long reply, apologies.\n\nI've been a therapy radiographer in Swansea for eleven "
            "years. In my third year I treated a fraction with the wrong couch shift and didn't "
            "realise until the next day's imaging. I was sick with it for weeks, convinced I'd be "
            "struck off. What actually happened: an incident report, a meeting with the physics "
            "lead, a change to how shifts get recorded, and a lot of colleagues quietly telling "
            "me their own stories. The patient was fine. I'm still here, and I'm a far more "
            "careful radiographer for it. You will be too."
        ),
        None,
    ),
    (
        "Did it not occur to you to check the cannula site before restarting the pump?",
        "Did it not occur to you to check the cannula site",
    ),
    (
        (
            "Prison healthcare is a different world. The pressures you describe are real and I'm "
            "glad you've written them down."
        ),
        None,
    ),
    (
        (
            "Twelve years on a chemo day unit in Glasgow and I have never once hung cycle 2 "
            "without the bloods being back. Never."
        ),
        "I have never once hung cycle 2 without the bloods being back",
    ),
    (
        (
            "What made you go ahead with the jab when she'd literally just told you about the "
            "reaction last year?"
        ),
        "What made you go ahead with the jab",
    ),
    (
        (
            "sorry ur going through this but the fridge temp log should have been checked before "
            "u drew up a single vial tbh"
        ),
        "the fridge temp log should have been checked",
    ),
    (
        "Ok but who discharges a man on clozapine without checking when his last bloods were?",
        "who discharges a man on clozapine without checking when his last bloods were?",
    ),
    (
        (
            "Most pump errors happen in the first hour after a changeover, there's actual data on "
            "it. And the interface on those older pumps is a disgrace anyway."
        ),
        None,
    ),
    (
        (
            "Oh love, that's rough. But you should've paused the infusion the second she said her "
            "chest felt tight."
        ),
        "you should've paused the infusion",
    ),
    (
        "What did your manager say when you told them?",
        None,
    ),
    (
        (
            "A pharmacist who hands out methotrexate daily instead of weekly without querying "
            "it... that's a basic competence failure, sorry."
        ),
        "that's a basic competence failure",
    ),
    (
        (
            "Community mental health nurse in Nova Scotia here. Losing a client is the hardest "
            "thing in this job and grief looks like guilt a lot of the time. Be gentle with "
            "yourself."
        ),
        None,
    ),
    (
        (
            "Long one, sorry.\n\nI've been in oncology eighteen years, Nova Scotia and then "
            "Arizona, and I get how frantic a chair unit can be. Really I do. The pharmacy delay "
            "wasn't on you and nobody's perfect. But I kept coming back to one thing in your "
            "post: the dose on the bag didn't match the order, and you hung it anyway because she "
            "was worried about her ride home. Anxiety about a ride is not a reason to skip the "
            "match. Please take this as coming from someone who wants you to do well from here."
        ),
        "Anxiety about a ride is not a reason to skip the match",
    ),
    (
        (
            "You shouldn't be going through this on your own. Is there an employee assistance "
            "line where you work?"
        ),
        None,
    ),
    (
        (
            "You should have seen me in my first month on the wing, I lost the CD keys twice in "
            "one week 😂 You'll be grand."
        ),
        None,
    ),
    (
        "Wasn't there a senior on the floor you could have run it past first?",
        "Wasn't there a senior on the floor you could have run it past first?",
    ),
    (
        (
            "If I could go back I'd tell my younger self what you need to hear right now: one "
            "error doesn't define you."
        ),
        None,
    ),
    (
        (
            "Wrong-site errors could happen to any of us. Our department in Lagos had three last "
            "year, all in the same rota changeover week."
        ),
        None,
    ),
    (
        (
            "I'm struggling to see how you got all the way to the end of the med round without "
            "clocking that cell 14 never came to the hatch."
        ),
        "I'm struggling to see how you got all the way to the end of the med round",
    ),
    (
        (
            "Unforgivable, honestly. The interaction alert was on screen and you clicked straight "
            "through it."
        ),
        "Unforgivable",
    ),
    (
        (
            "The oxygenator should have been primed and checked properly, and you were the one "
            "running the pump. Not harsh, just true."
        ),
        (
            "The oxygenator should have been primed and checked properly, and you were the one "
            "running the pump"
        ),
    ),
    (
        (
            "Locum in Brisbane here. You *never* hand out something you haven't checked against "
            "the script, however long the queue is. First thing any decent locum learns."
        ),
        "You *never* hand out something you haven't checked against the script",
    ),
    (
        (
            "It's not weakness to take a few days off after something like this. Your colour will "
            "come back."
        ),
        None,
    ),
    (
        (
            "In our unit in Cork we'd never let a bolus go in without the second nurse physically "
            "at the bedside. It's not optional, it's the rule."
        ),
        (
            "In our unit in Cork we'd never let a bolus go in without the second nurse physically "
            "at the bedside"
        ),
    ),
    (
        (
            "fwiw the investigation process is slow but it's usually fair. took 4 months for mine "
            "and it ended with just learning points"
        ),
        None,
    ),
    (
        (
            "Why does your department still not have a standardised pre-bypass checklist? That's "
            "a question for the clinical lead, not for you."
        ),
        None,
    ),
    (
        (
            "Greetings from KL. We had a near-identical event on our oncology ward and the "
            "outcome was a new independent double-check policy. No one was disciplined."
        ),
        None,
    ),
    (
        (
            "Anyone who's done the anaphylaxis update knows you give adrenaline first and ask "
            "questions later 🙄"
        ),
        "Anyone who's done the anaphylaxis update knows you give adrenaline first",
    ),
    (
        (
            "Isn't the whole point of keeping an auto-injector in the office that you actually "
            "use it?"
        ),
        (
            "Isn't the whole point of keeping an auto-injector in the office that you actually "
            "use it?"
        ),
    ),
    (
        (
            "School nurse too and reading this made my stomach drop for you. Hope the wee one is "
            "ok, and that you are too."
        ),
        None,
    ),
    (
        (
            "Obviously this isn't me diagnosing you, but please see your own GP if the "
            "not-sleeping keeps going. Burnout is real."
        ),
        None,
    ),
    (
        "did u get any support afterwards?? a debrief or anything",
        None,
    ),
    (
        "You did the right thing telling the patient straight away. That's what matters now.",
        None,
    ),
    (
        "Management failed you. Full stop.",
        None,
    ),
]

ROUND_11_P = [
    (
        (
            "I'm sorry but this was entirely avoidable. Reading back the patient's name is the "
            "one thing we ALWAYS do."
        ),
        "this was entirely avoidable",
    ),
    (
        (
            "Next time you're unsure about a verbal order, ask for it in writing or get a second "
            "nurse to listen in. Not because you're bad at this, because it protects you."
        ),
        None,
    ),
    (
        (
            "How's the patient doing, if you're allowed to say? And more importantly how are YOU "
            "doing?"
        ),
        None,
    ),
    (
        (
            "Your manager should be backing you here, not hanging you out to dry. Have you spoken "
            "to your union rep yet?"
        ),
        None,
    ),
    (
        (
            "What did you think was going to happen when you left the front door on the latch for "
            "a man with advanced dementia?"
        ),
        "What did you think was going to happen",
    ),
    (
        (
            "Might be worth asking if your trust runs Schwartz rounds or something similar? "
            "Hearing other people's stories helped me more than anything else did."
        ),
        None,
    ),
    (
        (
            "Oh well done, skipping the fit test to save five minutes. Cutting corners, plain and "
            "simple."
        ),
        "Cutting corners, plain and simple",
    ),
    (
        (
            "Surely somebody in your position would have flagged the chest pain to the crew "
            "before they drove off?"
        ),
        "Surely somebody in your position would have flagged",
    ),
    (
        "Genuine question, not a dig: did anyone offer you time off after? You sound wrecked.",
        None,
    ),
    (
        (
            "Karachi cath lab nurse here. We had a near-identical incident last year and the root "
            "cause turned out to be the label printer. Worth asking for the RCA findings when "
            "they come."
        ),
        None,
    ),
    (
        "How are you doing now? Are you sleeping ok?",
        None,
    ),
    (
        (
            "I did nearly the exact same on a home visit in Kentucky a couple of years back. Gave "
            "the evening meds at lunch because the pack was mislabelled. I should have "
            "double-checked and I didn't, and it haunted me for weeks. I'd lie awake replaying "
            "the kitchen, the pack, her little nod when I handed them over. It does get lighter. "
            "Not overnight, but it does. Please keep talking to people about it."
        ),
        None,
    ),
    (
        (
            "Why on earth would you start the family session without reading the safeguarding "
            "notes first?"
        ),
        "Why on earth would you start the family session",
    ),
    (
        (
            "You could write this up as a reflective piece for revalidation, turns something "
            "awful into something that actually counts for you."
        ),
        None,
    ),
    (
        (
            "The leads should have been checked for reversal before anyone reported that trace as "
            "an infarct."
        ),
        "The leads should have been checked for reversal",
    ),
    (
        (
            "I've been an agency nurse for 18 yrs across three provinces and not once have I "
            "taken a verbal order over the phone without reading it back."
        ),
        "not once have I taken a verbal order",
    ),
    (
        (
            "You should have seen me my first month in the cath lab, I nearly paced off the wrong "
            "lead. You're human. x"
        ),
        None,
    ),
    (
        (
            "**Things that helped me after mine:**\n- telling one person the whole story, start "
            "to finish\n- writing the timeline down once, then closing the notebook\n- going back "
            "to the same task with a buddy the first time\n\nYou're not the first and you won't "
            "be the last. Take it slow."
        ),
        None,
    ),
    (
        "The fact you reported it straight away says EVERYTHING about your practice.",
        None,
    ),
    (
        (
            "Hindsight is 20/20 and all that, but the red flags were pretty loud in your own "
            "write-up."
        ),
        "the red flags were pretty loud in your own write-up",
    ),
    (
        "Who programmes a hearing aid without checking the prescription first? Seriously.",
        "Who programmes a hearing aid without checking the prescription first?",
    ),
    (
        (
            "If you'd only rung control back when the address didn't match, the crew would have "
            "been on scene fifteen minutes sooner."
        ),
        "If you'd only rung control back",
    ),
    (
        (
            "The client's mum should have been told about the disclosure before the session "
            "ended. That was the therapist's job, i.e. yours."
        ),
        "The client's mum should have been told about the disclosure",
    ),
    (
        (
            "You should've stopped the treadmill test the second he went grey. Not at the nine "
            "minute mark. I'm sorry but that's the truth of it."
        ),
        "You should've stopped the treadmill test",
    ),
    (
        "Sending love from Darwin 💛",
        None,
    ),
    (
        (
            "Honestly u could have just asked his sister to stay for the visit, she was right "
            "there by the sound of it"
        ),
        "u could have just asked his sister",
    ),
    (
        (
            "Unacceptable, honestly. A client with PMLD taken on a day trip without their rescue "
            "meds? No."
        ),
        "Unacceptable, honestly.",
    ),
    (
        "nobody should have to do a 14hr shift on their own with 9 double-up calls. nobody.",
        None,
    ),
    (
        (
            "oh GREAT, so the pump was alarming and nobody (you) thought to look? brilliant. just "
            "brilliant."
        ),
        "nobody (you) thought to look?",
    ),
    (
        (
            "Hearing aid prescriptions getting swapped at the lab is way more common than anyone "
            "admits. I've seen it three times this year in Quebec alone."
        ),
        None,
    ),
    (
        "Checking the oxygen cylinder level is day one on the ambulance. Day. One.",
        "day one on the ambulance",
    ),
    (
        (
            "I'm finding it hard to see how a swab count gets missed when there were two of you "
            "in the room. Not judging. Just... hard to see."
        ),
        "I'm finding it hard to see how a swab count gets missed",
    ),
    (
        (
            "> I assumed the day staff had already done the swallow assessment\n\nThat assumption "
            "is where it went wrong, honestly. The assessment should have been confirmed before "
            "the tray went in."
        ),
        "The assessment should have been confirmed before the tray went in",
    ),
    (
        (
            "Why do we always assume it's our fault first? Reading this from Belfast and nodding "
            "along."
        ),
        None,
    ),
    (
        (
            "Pharmacy should have caught the interaction when the script came through, that's "
            "literally what their check is for. I'm so sorry you got left holding it."
        ),
        None,
    ),
    (
        (
            "Errors like this are avoidable on paper and happen in practice every single day. "
            "Good systems catch them. Sounds like the system around you didn't."
        ),
        None,
    ),
    (
        (
            "obviously you confirm the electrode placement before recording, that's literally "
            "**week one** of the course"
        ),
        "obviously you confirm the electrode placement",
    ),
    (
        "Hang in there. Seriously. x",
        None,
    ),
    (
        (
            "That epipen expiry ought to have been spotted at the weekly check, and from what you "
            "wrote the check was yours."
        ),
        "That epipen expiry ought to have been spotted",
    ),
    (
        "Why not take it to clinical supervision? That's exactly what it's there for.",
        None,
    ),
    (
        (
            "That ECG machine's lead colours don't match the other carts in the dept, half of us "
            "have been caught out by it. Worth writing it up so it finally gets fixed."
        ),
        None,
    ),
    (
        (
            "Sorry, sorry, but... what exactly is the point of a consent form if you don't go "
            "through it with the parents? Genuine question."
        ),
        "what exactly is the point of a consent form if you don't go through it",
    ),
    (
        (
            "Family therapist in Manchester here. I've had a disclosure come out in the last five "
            "minutes of a session and just froze. It happens to all of us. Those final minutes "
            "are honestly the hardest part of the job to manage, and nobody trains you for them "
            "properly."
        ),
        None,
    ),
    (
        (
            "Frankly, leaving a resident with a known choking risk alone with a sandwich is "
            "negligent. I don't know how else to put it."
        ),
        "is negligent",
    ),
    (
        (
            "In our service in Inverness we'd never send an LD client to a new GP without a "
            "hospital passport. Never."
        ),
        "we'd never send an LD client to a new GP without a hospital passport",
    ),
    (
        (
            "What made you think the hearing aid fitting could go ahead before the ear was "
            "checked for wax? genuinely asking"
        ),
        "What made you think",
    ),
    (
        (
            "I've been an audiologist for 22 years and I've mis-masked more times than I'd like "
            "to admit. Still learning every week."
        ),
        None,
    ),
    (
        (
            "Respectfully, the tech on scene should have insisted on a 12-lead before the crew "
            "cleared. That was your call to make."
        ),
        "the tech on scene should have insisted on a 12-lead",
    ),
    (
        (
            "In my first year as an ambulance tech I forgot the suction unit on a job outside "
            "Inverness. My crewmate covered, we got through it, and I've never forgotten it "
            "since. You'll be alright."
        ),
        None,
    ),
    (
        (
            "how did u not notice the syringe driver alarm for 40 mins?? im not trying to pile on "
            "but"
        ),
        "how did u not notice",
    ),
    (
        (
            "Did you not think to check the MAR against the blister pack before you left the "
            "house? That's the first thing they drill into us here in Kentucky."
        ),
        "Did you not think to check the MAR",
    ),
    (
        "Wasn't there a senior on in Belfast that night you could've phoned? Even a text?",
        "Wasn't there a senior on",
    ),
    (
        "Isn't that precisely what the handover sheet exists for?? 🙄",
        "Isn't that precisely what the handover sheet exists for?",
    ),
    (
        (
            "Obviously I wasn't there, so I won't pretend to know what it was like in that room. "
            "What I do know is you care, or you wouldn't be posting at midnight."
        ),
        None,
    ),
    (
        (
            "Sorry this happened, truly. But why did you not ring the on-call cardiologist before "
            "letting him go home with that ECG?"
        ),
        "why did you not ring the on-call cardiologist",
    ),
    (
        "What did the family say when you told them? I hope they were kind to you.",
        None,
    ),
    (
        (
            "You needed to document the refusal there and then, not at the end of the shift from "
            "memory."
        ),
        "You needed to document the refusal there and then",
    ),
    (
        (
            "home care is so undervalued. 15 min calls for people who need 45. no wonder things "
            "slip. sending strength from Johannesburg ❤️"
        ),
        None,
    ),
    (
        (
            "Be honest with yourself: would you have accepted that level of checking from a "
            "student? I doubt it."
        ),
        "would you have accepted that level of checking from a student?",
    ),
    (
        (
            "> I keep replaying the moment I pressed record\n\nOh love, I know that loop so well. "
            "It does stop. Be gentle with yourself."
        ),
        None,
    ),
    (
        (
            "The agency shouldn't have put you on a ward you'd never set foot on with zero "
            "induction. That's on them, not you."
        ),
        None,
    ),
    (
        (
            "Any carer in their first week knows you don't give meds from a dosette somebody else "
            "filled. Come on."
        ),
        "Any carer in their first week knows",
    ),
    (
        (
            "Could you ask occ health for a few sessions with their counsellor? I know, I know, "
            "we ARE the occ health nurses, but we need it too."
        ),
        None,
    ),
    (
        (
            "Did you get any debrief afterwards? Our service in Johannesburg runs a formal one "
            "and it helped me loads."
        ),
        None,
    ),
    (
        (
            "Hugs x. Out of interest, why didn't you hand the allergy over to the day agency "
            "nurse face to face?"
        ),
        "why didn't you hand the allergy over",
    ),
    (
        (
            "Big love from Darwin. But you ought to have escalated that staff member's BP reading "
            "to their GP the same day, occ health clinic or not."
        ),
        "you ought to have escalated",
    ),
    (
        (
            "Fluids should have been stopped the moment his sats dipped. Someone on that shift "
            "(you) had the obs in front of them."
        ),
        "Fluids should have been stopped the moment his sats dipped",
    ),
    (
        (
            "Karachi here. Since when is it fine to leave a post-cath patient unobserved for an "
            "hour because the ward was busy?"
        ),
        "Since when is it fine to leave a post-cath patient unobserved",
    ),
    (
        (
            "Next shift, maybe pair up with someone for the first hour so you're not walking back "
            "in alone?"
        ),
        None,
    ),
    (
        (
            "So sorry. The tympanogram should have been repeated before the referral went off "
            "though."
        ),
        "The tympanogram should have been repeated",
    ),
    (
        (
            "The night you describe sounds horrendous. Three admissions, no HCA, a pump you'd "
            "never been trained on. Whoever signed off that staffing let you down, simple as."
        ),
        None,
    ),
    (
        (
            "Tbh the handover tool in our trust is rubbish too, it doesn't even have a field for "
            "allergies. Someone upstairs should sort that out before it happens to the next "
            "person."
        ),
        None,
    ),
    (
        (
            "I could have written this post myself 3 yrs ago. I should've asked for help and I "
            "was too proud to. Please don't do what I did and bottle it all up."
        ),
        None,
    ),
    (
        "ffs. the obs chart was RIGHT THERE on the end of the bed.",
        "the obs chart was RIGHT THERE",
    ),
    (
        (
            "I've read this three times and I'm so sorry it's weighing on you, I mean that. I'd "
            "be really interested to know what the reasoning was behind discharging her before "
            "the Holter results came back, though, because from the outside that looks like the "
            "one bit of the story that didn't have to happen. Not trying to pile on, just being "
            "straight with you."
        ),
        "I'd be really interested to know what the reasoning was",
    ),
    (
        (
            "why is it that the person who reports the error always gets the most grief? asking "
            "for all of us."
        ),
        None,
    ),
    (
        (
            "Your honesty here is going to help someone reading this at 3am who's just made the "
            "same mistake. Thank you for posting it."
        ),
        None,
    ),
    (
        (
            "The rota left one tech covering two stations in a snowstorm. That's the real story "
            "here, honestly. Not you."
        ),
        None,
    ),
    (
        (
            "LD nurse here. Epilepsy plans written for one setting and then used on day trips is "
            "a known gap across loads of services. The plan should travel with the person and it "
            "rarely does. Maybe one to raise at the review, so it's fixed for everyone?"
        ),
        None,
    ),
    (
        (
            "You shouldn't be carrying this alone. Is there someone at work you trust enough to "
            "talk it through with?"
        ),
        None,
    ),
]
