"""Round 17 of issue 14's evaluation: 320 replies (160 that judge the author's past decision)
from four helpers who saw only the labeling guide (guard_round2.md) and, unlike the other
rounds, one more line asking for judging replies "as varied in form as real people would be:
sarcasm, quoting the story back and rebutting it, flat statements of what should have
happened, comparisons with the writer's own habits, clipped one-liners": orthopaedic,
outreach, perinatal, school, fertility, practice and respiratory nurses, play specialists,
speech therapists, social workers, pharmacists, prison GPs, ambulance care assistants,
sexual-assault examiners, ICU physiotherapists (Blackpool, Ennis, Kamloops, Moshi, Mackay,
Vermont, Aberystwyth, Faisalabad; Wigan, Castlebar, Red Deer, Jinja, Timaru, Arkansas,
Shrewsbury, Quetta; Doncaster, Navan, Brandon, Arusha, Nelson, South Dakota, Worcester,
Hyderabad; Stockport, Portlaoise, Prince George, Tamale, Gisborne, Nebraska, Bath, Sukkur).
Measured once with the final rules and model, and not trained on: see test_guard.py and
bench/README.md. Entries as in guard_corpus."""

ROUND_17_A = [
    (
        (
            "Out-of-hours DN in Ennis. The nights are brutal and the isolation is real. "
            "You're not alone in this."
        ),
        None,
    ),
    (
        (
            "Pharmacy's decision support should have flagged the eGFR automatically, ours "
            "in Vermont does. Worth raising with whoever owns the system."
        ),
        None,
    ),
    (
        "You needed to repeat the 12-lead before he left the department. Full stop.",
        "You needed to repeat the 12-lead before he left the department",
    ),
    (
        (
            "Is there an EAP at your trust? Ours does six free counselling sessions, no "
            "questions asked."
        ),
        None,
    ),
    (
        (
            "Honestly the electrode placement ought to have been double checked before the "
            "trace went up to cardiology."
        ),
        "the electrode placement ought to have been double checked",
    ),
    (
        (
            "Student paramedic too (placement in Moshi last year, back in Vermont now). "
            "First time I cannulated under pressure I missed three times. My mentor just "
            "said 'the vein doesn't know you're a student'. Still makes me laugh."
        ),
        None,
    ),
    (
        "What exactly did you think would happen if you signed the chart before giving it?",
        "What exactly did you think would happen",
    ),
    (
        (
            "Hang on, did you not think to check the neurovascs after the backslab went on? "
            "Ortho nurse in Aberystwyth and that's the first thing we do, every single "
            "time."
        ),
        "did you not think to check the neurovascs",
    ),
    (
        (
            "That drain output should've been escalated hours earlier. Not the system, not "
            "the doctors. The person holding the chart."
        ),
        "That drain output should've been escalated hours earlier",
    ),
    (
        (
            "Bookmarking this for my students. Honest accounts like this teach more than "
            "any lecture."
        ),
        None,
    ),
    (
        (
            "Autism assessment is so hard when families are desperate for an answer. Being "
            "on the receiving end of their grief is awful. Be gentle with yourself."
        ),
        None,
    ),
    (
        "How are you doing now? Properly, not the 'fine' we all say.",
        None,
    ),
    (
        "Giving full-dose metformin with an eGFR of 18 isn't a slip, it's negligent.",
        "it's negligent",
    ),
    (
        (
            "Why do we always tear ourselves apart over these and never over the hundred "
            "times it goes right?"
        ),
        None,
    ),
    (
        "Did you get a debrief afterwards?",
        None,
    ),
    (
        (
            "I should have checked the pin sites on a patient years ago and didn't, and she "
            "ended up with a deep infection. I still think about her. You don't forget, but "
            "you learn to carry it differently."
        ),
        None,
    ),
    (
        (
            "Oof. Been there with the night rota in Kamloops. But you really should have "
            "reweighed him before recalculating the gent, the creatinine had doubled."
        ),
        "you really should have reweighed him before recalculating the gent",
    ),
    (
        (
            "Most errors cluster around handover, it's well documented. You're in big "
            "company, sadly."
        ),
        None,
    ),
    (
        (
            "Outreach in Kamloops. I once told a ward 'I'll be there in 10' and got there "
            "in 45. Patient was fine, I wasn't, for a while. It gets easier, I promise."
        ),
        None,
    ),
    (
        (
            "You could write this up as a reflective piece for revalidation, it reads like "
            "you've already done most of the thinking."
        ),
        None,
    ),
    (
        (
            "Sorry this happened, genuinely. But why didn't you ring outreach when the NEWS "
            "hit 7? That's literally what we're there for. (outreach, Blackpool Vic)"
        ),
        "why didn't you ring outreach",
    ),
    (
        "What did your manager say? Hoping they were kind about it.",
        None,
    ),
    (
        (
            "I'd love to know what the reasoning was behind leaving a fresh post-op hip on "
            "4-hourly obs when she was already tachy at 118."
        ),
        "I'd love to know what the reasoning was",
    ),
    (
        (
            "Reading this from Moshi. The parents should have been told about the plan "
            "before anyone laid a hand on that child."
        ),
        (
            "The parents should have been told about the plan before anyone laid a hand on "
            "that child"
        ),
    ),
    (
        (
            "Surely at some point you'd have clocked that he'd stopped talking? Four hours "
            "is a long time."
        ),
        "Surely at some point you'd have clocked that he'd stopped talking",
    ),
    (
        (
            "Sending hugs from Mackay 🤗 but tbh you could've just paused the feed and "
            "called the reg instead of guessing."
        ),
        "you could've just paused the feed and called the reg instead of guessing",
    ),
    (
        "ortho nights are relentless. proud of u for writing this",
        None,
    ),
    (
        "Textbook preventable fall. Low bed, call bell in reach, sensor mat - none of it done.",
        "Textbook preventable fall",
    ),
    (
        (
            "I'm finding it hard to see how nobody spotted the vanc level when it was "
            "sitting right there on the screen you were working from."
        ),
        "I'm finding it hard to see how nobody spotted the vanc level",
    ),
    (
        (
            "In our play team we'd NEVER bring the needle out in front of a child without "
            "preparing them first. EVER."
        ),
        "we'd NEVER bring the needle out in front of a child without preparing them first",
    ),
    (
        (
            "The syringe driver should have been re-primed at the 2am visit, not left for "
            "the day team to find."
        ),
        "The syringe driver should have been re-primed at the 2am visit",
    ),
    (
        (
            "Sympathy for how you're feeling, but giving a diagnosis after one 40-minute "
            "session with no developmental history is reckless practice."
        ),
        "is reckless practice",
    ),
    (
        (
            "I'm really sorry you're going through this, and I know how grim the aftermath "
            "of an SI is, I've sat in that meeting room too. But I'm going to be honest "
            "because somebody should be: the hourly neuro obs were on the care plan, you "
            "were told at handover he'd fallen, and the GCS dropped from 15 to 12 across "
            "two sets you recorded yourself. That isn't a system failure. **Those obs "
            "should have triggered a call to outreach the moment they changed**, and part "
            "of moving on is owning that rather than pinning it on the rota."
        ),
        "Those obs should have triggered a call to outreach the moment they changed",
    ),
    (
        "what made u think a K+ of 6.4 could wait til the morning ward round??",
        "what made u think a K+ of 6.4 could wait",
    ),
    (
        (
            "> I just froze and let the crew take over\n\nHonestly that's what a student is "
            "meant to do when it's beyond their scope. Stepping back was the right call."
        ),
        None,
    ),
    (
        "Shouldve escalated. Simple as.",
        "Shouldve escalated",
    ),
    (
        (
            "The rota should never have had one outreach nurse covering the whole hospital "
            "overnight. That's on the trust, not you."
        ),
        None,
    ),
    (
        (
            "That ECG cart's software is a disgrace, it auto-labels the limb leads wrong "
            "with the old cable. Not your fault."
        ),
        None,
    ),
    (
        (
            "Hmm. Interesting that the 'busy shift' only comes up after the part where the "
            "obs weren't done."
        ),
        (
            "Interesting that the 'busy shift' only comes up after the part where the obs "
            "weren't done"
        ),
    ),
    (
        (
            "Management failed you here. No play specialist should be covering ED and the "
            "children's ward at the same time."
        ),
        None,
    ),
    (
        "Was there honestly nobody on the renal team you could have rung before it went out?",
        "Was there honestly nobody on the renal team you could have rung",
    ),
    (
        (
            "One has to wonder whether the ST changes were really that subtle, or whether "
            "nobody looked properly."
        ),
        "One has to wonder whether the ST changes were really that subtle",
    ),
    (
        "I'm sorry but this was completely avoidable.",
        "this was completely avoidable",
    ),
    (
        "Why did you leave before the carer arrived? Genuine question, not having a go.",
        "Why did you leave before the carer arrived",
    ),
    (
        (
            "The fact that you're reflecting this hard says everything about what kind of "
            "nurse you are."
        ),
        None,
    ),
    (
        "**You are not your worst shift.** Print that and stick it on your locker.",
        None,
    ),
    (
        "u shouldve just told mum the cannula was going in, kids can smell a fib a mile off",
        "u shouldve just told mum the cannula was going in",
    ),
    (
        "Thank you for posting this. It took guts.",
        None,
    ),
    (
        (
            "Attaching the leads over his vest and calling it a trace is cutting corners, "
            "plain and simple."
        ),
        "cutting corners, plain and simple",
    ),
    (
        (
            "The pin sites should have been looked at on your day shift, it says in your "
            "own post they were oozing at 10am."
        ),
        "The pin sites should have been looked at on your day shift",
    ),
    (
        (
            "Next time you're unsure about a trace you could ping the cardiology reg "
            "directly, they genuinely don't mind. Asking isn't weakness."
        ),
        None,
    ),
    (
        (
            "ECG tech in Mackay, 9 yrs in. I've mixed up V1 and V2 more times than I'd like "
            "to admit. Cardiology caught it, life went on."
        ),
        None,
    ),
    (
        "Obviously you cross-check the binder dose against the latest bloods. Pharmacy basics.",
        "Obviously you cross-check the binder dose against the latest bloods",
    ),
    (
        (
            "Why not take this to clinical supervision? Ours in Kamloops is actually decent "
            "and totally confidential."
        ),
        None,
    ),
    (
        "A two-minute phone call to the GP would have saved that lady a night on the floor.",
        "A two-minute phone call to the GP would have saved that lady a night on the floor",
    ),
    (
        "You ought to have handed over to your mentor the second that BP dropped.",
        "You ought to have handed over to your mentor",
    ),
    (
        "Sending love from Blackpool 💙",
        None,
    ),
    (
        (
            "Nobody should have to do a 12-hour OOH shift with 38 visits and one car. "
            "That's the real story here."
        ),
        None,
    ),
    (
        (
            "Whether it was 'avoidable' is a question for the review panel, not a forum. "
            "Right now you just need to look after yourself."
        ),
        None,
    ),
    (
        (
            "This made me cry a bit tbh. The bit about the little boy holding your hand. "
            "You clearly care so much."
        ),
        None,
    ),
    (
        (
            "Did the family get a chance to talk to you after? Sometimes that helps more "
            "than anything."
        ),
        None,
    ),
    (
        (
            "Hospital play specialist here. Some kids panic no matter how much prep you do. "
            "It doesn't mean the prep was wrong."
        ),
        None,
    ),
    (
        (
            "If you'd just waited for the school report before scoring, none of this would "
            "have landed on that family the way it did."
        ),
        "If you'd just waited for the school report before scoring",
    ),
    (
        (
            "Obviously I can't speak for your trust, but ours has a just-culture policy, "
            "honest incident reports don't go down the disciplinary route. Might be worth "
            "checking yours."
        ),
        None,
    ),
    (
        (
            "You should have seen me on my first placement in Faisalabad, I put the BP cuff "
            "on upside down in front of the consultant. We all start somewhere ❤️"
        ),
        None,
    ),
    (
        "hugs x",
        None,
    ),
    (
        (
            "18 years of community nights around Ennis and I have never once left a house "
            "without the chart signed. Not once."
        ),
        "I have never once left a house without the chart signed",
    ),
    (
        "Could happen to anyone. Truly.",
        None,
    ),
    (
        (
            "You shouldn't be carrying this on your own at 3am after a night shift. Please "
            "talk to someone tomorrow."
        ),
        None,
    ),
    (
        (
            "Checking compartment pressures isn't advanced practice, it's week one on any "
            "ortho ward."
        ),
        "it's week one on any ortho ward",
    ),
    (
        "How did you not notice the limb leads were swapped? The axis was all over the place.",
        "How did you not notice the limb leads were swapped",
    ),
    (
        (
            "> I assumed the dialysis unit had already adjusted it\n\nAssumptions like that "
            "are exactly why the dose needed verifying against the eGFR before it left the "
            "dispensary."
        ),
        "the dose needed verifying against the eGFR before it left the dispensary",
    ),
    (
        "Oh great, so you just trusted the machine interpretation. Bold strategy 🙃",
        "so you just trusted the machine interpretation. Bold strategy",
    ),
    (
        "Fwiw the patient recovered, right? Hold onto that.",
        None,
    ),
    (
        (
            "Kind of indefensible tbh. A hypo in a diabetic you were literally sent there "
            "to check on."
        ),
        "Kind of indefensible tbh",
    ),
    (
        "Isn't that the whole point of the sepsis screen? 🤷‍♀️",
        "Isn't that the whole point of the sepsis screen?",
    ),
    (
        (
            "Look-alike boxes of alfacalcidol and calcitriol have caught out basically "
            "every renal pharmacist I know. Including me. Twice."
        ),
        None,
    ),
    (
        (
            "Pretty sure the ADOS manual doesn't have a chapter called *skip the parent "
            "interview if you're running late*."
        ),
        (
            "Pretty sure the ADOS manual doesn't have a chapter called *skip the parent "
            "interview if you're running late*"
        ),
    ),
    (
        "you should def talk to your union rep before the meeting, RCN were brilliant w me",
        None,
    ),
    (
        (
            "Renal pharmacist in Aberystwyth here. When I was newly qualified I missed a "
            "dose adjustment for a lady on PD, and I spent the whole weekend convinced I'd "
            "be struck off. My manager sat me down on the Monday with a cup of tea and a "
            "Datix form and said, 'Right. Now we fix the process.' That was it. Nobody "
            "shouted. The lady was fine. I've told that story to every pre-reg since, "
            "because the shame is worse than the error most of the time. You're going to be "
            "ok."
        ),
        None,
    ),
]

ROUND_17_B = [
    (
        (
            "School nursing can be so isolating, no one to turn to in the moment. Big hug "
            "from another one."
        ),
        None,
    ),
    (
        (
            "The rota should never have had one SLT covering two stroke wards AND the TIA "
            "clinic. That's a staffing failure, not a you failure."
        ),
        None,
    ),
    (
        (
            "Big hugs from Timaru. This one was preventable though, and I think part of you "
            "knows that, which is why it's eating at you."
        ),
        "This one was preventable though",
    ),
    (
        (
            "I work on a mother and baby unit in Wigan. The number of times a mum has "
            "presented as settled and then disclosed something hours later... postpartum "
            "psychosis moves fast. Please look after yourself."
        ),
        None,
    ),
    (
        (
            "Ah yes, the classic 'he seemed fine so I let him go home alone at 3am after a "
            "paracetamol overdose'. Brilliant. What could possibly go wrong."
        ),
        "What could possibly go wrong",
    ),
    (
        (
            "**You reported it.** That's the part that matters most for patient safety, and "
            "plenty of people never do."
        ),
        None,
    ),
    (
        (
            "Every single time I admit a new resident I ring the GP surgery myself to "
            "confirm the MAR. Every time. Takes ten minutes. Would've caught this."
        ),
        "Would've caught this",
    ),
    (
        (
            "Oh great, so the patient was still groggy on the trolley and the plan was to "
            "just... pop out for a coffee? Recovery 101. Somebody stays at the bedside "
            "until that airway is theirs again."
        ),
        "Recovery 101",
    ),
    (
        (
            "Who lets a fresh post-op patient with a PCA go back to the ward without "
            "checking the lockout?"
        ),
        (
            "Who lets a fresh post-op patient with a PCA go back to the ward without "
            "checking the lockout"
        ),
    ),
    (
        (
            "The coroner's process is slow, but in my experience they're far more "
            "interested in systems than individuals. DM me if you want to talk it through."
        ),
        None,
    ),
    (
        (
            "I've managed care homes for a long time and I want to say something I wish "
            "someone had said to me: the fact that this is keeping you up is a sign of how "
            "much you care about your residents. The inspection will happen, the family "
            "will ask questions, and you'll answer them honestly because that's who you "
            "are. In the meantime eat something, sleep when you can, and lean on your "
            "deputy. You don't have to hold the whole building up on your own this week."
        ),
        None,
    ),
    (
        (
            "You should ring the RCN advice line, they were great with me when I was in a "
            "similar spot."
        ),
        None,
    ),
    (
        (
            "Did you not think to ring his mum before sending him back to class with a head "
            "bump like that?"
        ),
        "Did you not think to ring his mum",
    ),
    (
        (
            "If anything like this comes up again, grab another pair of eyes. The best "
            "nurses I know ask constantly and nobody thinks less of them for it."
        ),
        None,
    ),
    (
        "How are you doing now? Genuinely.",
        None,
    ),
    (
        (
            "Obviously I wasn't there so I'm not going to pick it apart, I just wanted to "
            "say I've read this three times and I'm thinking of you."
        ),
        None,
    ),
    (
        (
            "Really sorry you're dealing with the fallout from this. The specimen should "
            "have been relabelled at the bench before it went anywhere near the analyser "
            "though."
        ),
        "The specimen should have been relabelled at the bench",
    ),
    (
        "Sending love from Jinja. 💛",
        None,
    ),
    (
        "Have you been able to take any time off since?",
        None,
    ),
    (
        (
            "Management should have had that hoist serviced months ago. I'd put it in "
            "writing, for your own protection."
        ),
        None,
    ),
    (
        (
            "Honestly love, I'm so sorry it went the way it did. But a mum who's stopped "
            "sleeping and is saying the baby would be 'better off without her' gets a "
            "same-day crisis referral, full stop. Leaving it till Monday was the wrong "
            "call."
        ),
        "Leaving it till Monday was the wrong call",
    ),
    (
        (
            "Reading this made me cry a bit, it's so close to something that happened to me "
            "in Red Deer two winters ago. You're not alone."
        ),
        None,
    ),
    (
        (
            "I'd genuinely like to know what the reasoning was for handing a full week's "
            "script to someone who'd missed three appointments in a row."
        ),
        "I'd genuinely like to know what the reasoning was",
    ),
    (
        (
            "Such a hard night, I'm sorry. The health visitor should have been told about "
            "the Edinburgh score the same day though - that's what the handover sheet is "
            "there for."
        ),
        "The health visitor should have been told about the Edinburgh score the same day",
    ),
    (
        (
            "What did you think would happen when you told a man in alcohol withdrawal he "
            "could self-discharge 'if he felt like it'?"
        ),
        "What did you think would happen",
    ),
    (
        "tbh u shouldve just held the buprenorphine til the obs were back, not rocket science x",
        "u shouldve just held the buprenorphine",
    ),
    (
        (
            "Things that helped me after mine:\n- talking to my union rep early\n- writing "
            "the timeline down while it was fresh\n- *not* reading the incident report at "
            "2am\n\nHope some of that is useful."
        ),
        None,
    ),
    (
        (
            "Hope ur ok. The named nurse ought to have stayed on one-to-one after what she "
            "said on the ward round though."
        ),
        "The named nurse ought to have stayed on one-to-one",
    ),
    (
        (
            "I really feel for you, I do. I've worked in Jinja for nine years and I know "
            "how nights go when there are two of you for forty beds. But I can't pretend "
            "this wasn't a shortcut. Giving the second dose of magnesium without checking "
            "reflexes and resp rate is a shortcut, and it's the kind that hurts people. "
            "Please take the learning and be kind to yourself, but don't let anyone tell "
            "you it was just bad luck."
        ),
        "I can't pretend this wasn't a shortcut",
    ),
    (
        (
            "wasn't there a senior SLT on the unit you could've grabbed before signing off "
            "a normal diet?"
        ),
        "wasn't there a senior SLT on the unit you could've grabbed",
    ),
    (
        (
            "Hindsight is 20/20 and all that, but the slurred speech at 2pm was the stroke "
            "telling you something."
        ),
        "the slurred speech at 2pm was the stroke telling you something",
    ),
    (
        "Honestly that's on you.",
        "that's on you",
    ),
    (
        "How did you not notice the cannula had tissued? Four hours is a long time.",
        "How did you not notice the cannula had tissued",
    ),
    (
        (
            "> I didn't think the swallow screen needed repeating after the second "
            "bleed\n\nIt did though. Any change in neuro status means a fresh screen before "
            "anything goes in by mouth. That's not hindsight, that's the protocol."
        ),
        "That's not hindsight, that's the protocol",
    ),
    (
        (
            "Look-alike tubes catch everybody. Our lab in Timaru went to colour-coded racks "
            "after three near misses in one month."
        ),
        None,
    ),
    (
        (
            "Here in Quetta we wait for the interpreter, however long it takes. You had to "
            "wait for the interpreter. Consent through her 12-year-old son isn't consent."
        ),
        "You had to wait for the interpreter",
    ),
    (
        (
            "You should have seen me in my first year in recovery, I once sent the wrong "
            "patient's notes up with the porter. We all have a list."
        ),
        None,
    ),
    (
        (
            "Could you ask your manager for a team debrief? Sometimes hearing how everyone "
            "else saw it takes some of the weight off."
        ),
        None,
    ),
    (
        (
            "Sweetheart, cleaning the wound before swabbing it is literally the first week "
            "of placement."
        ),
        "literally the first week of placement",
    ),
    (
        (
            "What's the investigation timeline looking like? If it's dragging, chase your "
            "rep, they can push for updates."
        ),
        None,
    ),
    (
        "Basic labelling error. Sorry but it is.",
        "Basic labelling error",
    ),
    (
        (
            "Had you read the care plan properly you'd have seen she needs two staff for "
            "the hoist. It's in bold on page one."
        ),
        "Had you read the care plan properly",
    ),
    (
        (
            "Leaving a bag of meds on the kitchen table for a service user who can't read "
            "the labels is careless. I'm sorry, I know you're hurting, but it is. We had "
            "the same set-up in Castlebar and it's why we moved to locked boxes."
        ),
        "is careless",
    ),
    (
        (
            "I've managed a care home in Shrewsbury for eleven years and not once has a "
            "resident got out the side door because someone forgot to reset the alarm after "
            "a smoke break. It's a habit you build on day one."
        ),
        "It's a habit you build on day one",
    ),
    (
        (
            "thank u for posting this. i'm a student and it honestly helps to know it "
            "happens to real nurses too"
        ),
        None,
    ),
    (
        (
            "Reading this from Quetta at the end of a night shift. You did the right thing "
            "telling your senior straight away."
        ),
        None,
    ),
    (
        (
            "I'm not having a go, but I struggle to see how the EpiPen got left in the "
            "medical room when his care plan literally says it travels with him."
        ),
        "I struggle to see how the EpiPen got left in the medical room",
    ),
    (
        "You're clearly a thoughtful nurse. The careless ones don't write posts like this.",
        None,
    ),
    (
        (
            "Weird, in our lab in Red Deer nobody touches a crossmatch sample with a "
            "handwritten label, it goes straight back to the ward. We'd never have "
            "processed it."
        ),
        "We'd never have processed it",
    ),
    (
        (
            "What made you decide the thickened fluids could wait until the SLT review? "
            "Level 2 was on the board from the morning."
        ),
        "What made you decide the thickened fluids could wait",
    ),
    (
        (
            "Pharmacy really should have flagged an interaction like that before it ever "
            "got to the ward. The system let you down here."
        ),
        None,
    ),
    (
        "Did you get any support from occupational health afterwards?",
        None,
    ),
    (
        "Should've escalated. Simple as.",
        "Should've escalated",
    ),
    (
        "Why do we always assume it's us and never the 14-hour shift?",
        None,
    ),
    (
        (
            "You needed to get the LD liaison nurse involved before consent was even "
            "discussed. He couldn't weigh up that information and I think you knew it. "
            "Sorry."
        ),
        "You needed to get the LD liaison nurse involved",
    ),
    (
        (
            "> we'd always done it that way on nights\n\n\"We've always done it that way\" is "
            "exactly how residents end up on the floor at 4am. The bed rails assessment "
            "exists for a reason."
        ),
        "is exactly how residents end up on the floor",
    ),
    (
        (
            "tbh the way handover works on most stroke units, info about swallow changes "
            "goes missing ALL the time. It's a known gap."
        ),
        None,
    ),
    (
        (
            "You could write this up as a reflective piece for revalidation - it's honestly "
            "the kind of thing that helps the next person."
        ),
        None,
    ),
    (
        (
            "Nobody should be left covering A&E social work solo on a bank holiday Monday. "
            "Whoever signed off that rota should be answering questions, not you."
        ),
        None,
    ),
    (
        "What did your manager say when you told them?",
        None,
    ),
    (
        (
            "I came into hospital labs from veterinary work too. The volume is a shock at "
            "first - you're definitely not alone in finding it overwhelming."
        ),
        None,
    ),
    (
        "Hugs. x",
        None,
    ),
    (
        (
            "Addiction psych in Arkansas here. Isn't the whole point of a naloxone kit that "
            "it goes home WITH the patient on discharge?"
        ),
        "Isn't the whole point of a naloxone kit that it goes home WITH the patient",
    ),
    (
        (
            "Why not take it to clinical supervision? Mine in Shrewsbury was brilliant when "
            "I had something similar."
        ),
        None,
    ),
    (
        (
            "I did the exact same thing on my first run of nights in Castlebar - I should "
            "have checked the wristband and I didn't. It took me ages to stop replaying it. "
            "Be gentle with yourself."
        ),
        None,
    ),
    (
        (
            "I'm an addiction psychiatrist in Arkansas and I've been practicing a long "
            "time. Relapse after a dose change happens to patients of the best clinicians I "
            "know. You are not the reason he used."
        ),
        None,
    ),
    (
        (
            "The capacity assessment should've been done and documented before he was moved "
            "into the new placement. That's not on the family, that's on whoever arranged "
            "the move, which from what you've written was you."
        ),
        "The capacity assessment should've been done and documented",
    ),
    (
        (
            "Recovery nurse, 15 yrs. Airway emergencies happen in seconds and every one of "
            "us has a story. So glad the patient's ok."
        ),
        None,
    ),
    (
        (
            "> I keep thinking I should have known\n\nHindsight makes everything look "
            "obvious. You made the best call you could with what was in front of you at "
            "4am."
        ),
        None,
    ),
    (
        (
            "Love that for you. Skipping the sign-out because the surgeon was in a hurry. "
            "Totally normal recovery practice 🙃"
        ),
        "Totally normal recovery practice",
    ),
    (
        (
            "why didnt u just ring the duty psych before letting him walk out of resus?? "
            "genuinely asking"
        ),
        "why didnt u just ring the duty psych",
    ),
    (
        (
            "Honestly? Checking the patient ID against the request form is the first thing "
            "they teach you. Vet background or not, same principle."
        ),
        "is the first thing they teach you",
    ),
    (
        (
            "> There was no way of knowing the sample was haemolysed\n\nThere was, though. A "
            "potassium of 7.8 on a patient who was chatting to you an hour earlier. That's "
            "the way of knowing."
        ),
        "There was, though.",
    ),
    (
        "Is the family ok? And are you?",
        None,
    ),
    (
        (
            "You could have just asked for a second checker. Nobody in recovery is ever too "
            "busy for that."
        ),
        "You could have just asked for a second checker",
    ),
    (
        "One has to ask whether the bloods were actually looked at before the dose went up.",
        "One has to ask whether the bloods were actually looked at",
    ),
    (
        (
            "You shouldn't have to carry this on your own. Is there a Schwartz round or a "
            "staff support service at your trust?"
        ),
        None,
    ),
    (
        (
            "A kid fainting in PE twice in one week and nobody phones home? That's a "
            "safeguarding failure, and it sits with the school nurse."
        ),
        "it sits with the school nurse",
    ),
    (
        (
            "These things always get written up as 'avoidable' in the reports, but the "
            "report never mentions there were two of you for 30 residents. Don't let that "
            "word sit on you."
        ),
        None,
    ),
    (
        (
            "Fellow LD nurse here. Families on our patch are so often the ones who spot "
            "things first, and I'm glad his sister rang you when she did. Hope you're "
            "getting some sleep."
        ),
        None,
    ),
]

ROUND_17_C = [
    (
        (
            "**Things that helped me after mine:**\n- telling one person outside work\n- "
            "writing it down once, then closing the notebook\n- going back on the unit "
            "quickly rather than waiting\n\nHope some of that's useful."
        ),
        None,
    ),
    (
        (
            "The rota should never have had one ECA covering two trucks. That's a "
            "management decision, not yours."
        ),
        None,
    ),
    (
        (
            "Sorry you're going through this 💔 but a two-minute look at the record would "
            "have told you she'd already had her flu jab in October."
        ),
        "a two-minute look at the record would have told you",
    ),
    (
        "Big hug from Arusha 🤗",
        None,
    ),
    (
        (
            "Ex-ward nurse, now a clinical coder in Navan, so I spend all day reading other "
            "people's notes after the fact. I want to say first that I really respect you "
            "posting this, it takes guts and most people never would. I'm sorry about how "
            "the family reacted, that sounds brutal. But I have to be honest because I "
            "think it matters: the fluid balance chart you describe was blank from 2am to "
            "8am, and you were the nurse allocated to that bay. That gap is the story here. "
            "Six hours with no output recorded on a post-op patient is something you should "
            "have picked up on your own rounds, not left for the day staff to discover. I "
            "hope the reflection helps."
        ),
        "something you should have picked up on your own rounds",
    ),
    (
        "this is so real. thank u for posting",
        None,
    ),
    (
        (
            "Isn't checking the fridge temperature log literally the first thing you do "
            "when you open up the clinic?"
        ),
        "Isn't checking the fridge temperature log literally the first thing you do",
    ),
    (
        "How did you not notice the second syringe was still full? Honest question.",
        "How did you not notice the second syringe was still full?",
    ),
    (
        (
            "The reflux callback was due on the Tuesday. It didn't happen. That's the "
            "error, not the formula."
        ),
        "The reflux callback was due on the Tuesday. It didn't happen. That's the error",
    ),
    (
        (
            "We had a whole vaccination session in Brandon pull the wrong lot number once. "
            "Public health were fantastic about it, no blame, just fixes. I hope yours goes "
            "the same way."
        ),
        None,
    ),
    (
        "Sending love from Hyderabad. This was brave to write.",
        None,
    ),
    (
        "What did your manager say when you told them?",
        None,
    ),
    (
        "honestly? this was completely preventable. sorry.",
        "this was completely preventable",
    ),
    (
        (
            "Next time you're unsure about a dose in the vax clinic, just stop the line and "
            "ring a colleague. Nobody worth working with will think less of you for it."
        ),
        None,
    ),
    (
        (
            "Reading this from Worcester with a cup of tea and a lot of empathy. Thank you "
            "for sharing."
        ),
        None,
    ),
    (
        "How are you holding up? Did anyone from occ health reach out after?",
        None,
    ),
    (
        (
            "so when the daughter said her mum had been 'off' since lunch, what stopped you "
            "doing a full set of obs right there and then?"
        ),
        "what stopped you doing a full set of obs right there and then?",
    ),
    (
        (
            "The consultant should have been on site for a case like that, not on the end "
            "of a phone 40 minutes away. You did what you could with what you had."
        ),
        None,
    ),
    (
        "Your patient was lucky to have someone who cares this much, even on a bad night.",
        None,
    ),
    (
        (
            "Most wrong-patient errors in prison clinics happen when two men with the same "
            "surname are on the list. It's a known trap, not a personal flaw."
        ),
        None,
    ),
    (
        (
            "Gastro CNS in Doncaster here. Genuinely sorry it went this way, but why did "
            "you let him go home with a haemoglobin of 71 and melaena on the chart? I'm not "
            "trying to pile on, I just can't get past that bit."
        ),
        "why did you let him go home with a haemoglobin of 71",
    ),
    (
        (
            "Prison healthcare is its own beast. Lockdowns, no bed, no second opinion at "
            "3am. I've been there. Hang in."
        ),
        None,
    ),
    (
        "This one's on you, not the system. The system did everything it could.",
        "This one's on you, not the system.",
    ),
    (
        (
            "I'm sorry for the stress. Still, the calprotectin result ought to have been "
            "chased before the clinic letter went out — it sat there for 3 weeks."
        ),
        "the calprotectin result ought to have been chased before the clinic letter went out",
    ),
    (
        (
            "Surely at some point in a 12 hour shift a glance at his fluid chart would have "
            "been possible?"
        ),
        (
            "Surely at some point in a 12 hour shift a glance at his fluid chart would have "
            "been possible?"
        ),
    ),
    (
        (
            "You could've simply asked him to stand before you moved the frame away. That's "
            "it. That's the whole fix."
        ),
        "You could've simply asked him to stand before you moved the frame away",
    ),
    (
        "How long ago was this? If it's recent, the rawness is normal. It eases.",
        None,
    ),
    (
        "Careless. Sorry but there's no other word for not checking the expiry.",
        "Careless.",
    ),
    (
        (
            "> It was a quick call, maybe two minutes\n\nAnd there it is. Two minutes isn't "
            "triage, it's a brush-off."
        ),
        "Two minutes isn't triage, it's a brush-off.",
    ),
    (
        "Obviously u confirm DOB verbally AND on the band. Thats like... lesson one??",
        "Obviously u confirm DOB verbally AND on the band",
    ),
    (
        (
            "Somebody on that crew should've taken a manual BP when the machine kept "
            "erroring, and from your own post that somebody was the one holding the cuff."
        ),
        "Somebody on that crew should've taken a manual BP",
    ),
    (
        (
            "Sending strength, but calling it a 'slip' undersells it. Giving the adult dose "
            "to a 6-year-old at a vaccine clinic is a serious lapse in basic practice."
        ),
        "a serious lapse in basic practice",
    ),
    (
        (
            "Hindsight is 20/20 and all that, but the red flags were all over the referral "
            "before he ever got to you."
        ),
        "the red flags were all over the referral before he ever got to you",
    ),
    (
        (
            "what made u decide to skip the bowel prep check?? asking as someone who's seen "
            "this end badly"
        ),
        "what made u decide to skip the bowel prep check",
    ),
    (
        (
            "> I keep replaying the phone call\n\nI know that loop so well. You're allowed to "
            "put it down for a bit. ❤️"
        ),
        None,
    ),
    (
        (
            "wow, a prison GP who doesn't read the reception screening. groundbreaking. "
            "what's the screening even for then"
        ),
        "a prison GP who doesn't read the reception screening. groundbreaking.",
    ),
    (
        (
            "You should have seen me on my first night on the ambulance, I got the "
            "stretcher wedged in a lift for 20 mins 😂 we all start somewhere x"
        ),
        None,
    ),
    (
        (
            "Could you write it up as a case for the gastro nursing network? Not to punish "
            "yourself — other CNSs would learn so much from it."
        ),
        None,
    ),
    (
        (
            "I'm sure there's context we're not hearing, but I'd really like to know the "
            "reasoning behind transferring her without the hoist."
        ),
        "I'd really like to know the reasoning behind transferring her without the hoist",
    ),
    (
        (
            "Did you get any time off after? You sound exhausted in the writing, which is "
            "completely understandable."
        ),
        None,
    ),
    (
        (
            "Prison GP, Worcester. Why on earth did you sign off the methadone increase "
            "without seeing the dispensing record first?"
        ),
        "Why on earth did you sign off the methadone increase",
    ),
    (
        (
            "I do wonder what was going through your head when you told her the lump was "
            "'probably nothing' over the phone. Not judging, just... wondering."
        ),
        "I do wonder what was going through your head",
    ),
    (
        (
            "Not to be harsh but consent for the second transfer should have been retaken "
            "at that appointment, by the nurse in the room."
        ),
        "consent for the second transfer should have been retaken at that appointment",
    ),
    (
        (
            "I've read this three times. Was there really no senior embryologist on the "
            "unit you could have grabbed before you thawed that straw?"
        ),
        "Was there really no senior embryologist on the unit you could have grabbed",
    ),
    (
        (
            "Same thing happened to me in 2019 with a tube feed rate. The child was fine, I "
            "wasn't for a while. Please look after yourself 💛"
        ),
        None,
    ),
    (
        (
            "Did the family get a chance to meet with you? Sometimes that conversation "
            "helps both sides."
        ),
        None,
    ),
    (
        (
            "Oof. Big hugs. But you really needed to recheck the weight in kilos before "
            "working out the feed rate — 14 lb isn't 14 kg and the whole plan was built on "
            "it."
        ),
        "you really needed to recheck the weight in kilos",
    ),
    (
        (
            "I'm a coder now but I was a paeds nurse for 15 years and I could have written "
            "this post myself, almost word for word. The guilt fades. The learning doesn't."
        ),
        None,
    ),
    (
        "That's a dangerous shortcut and I think you know it.",
        "That's a dangerous shortcut",
    ),
    (
        (
            "Had you drawn it up in front of a second pharmacist, the dilution mix-up would "
            "have been caught on the spot."
        ),
        "Had you drawn it up in front of a second pharmacist",
    ),
    (
        (
            "Those pumps have the rate and volume boxes side by side in the same tiny font. "
            "Whoever designed that should be made to programme one at 3am."
        ),
        None,
    ),
    (
        (
            "u could always ask for a debrief with the crew lead, ours in Nelson does them "
            "over coffee and they actually help"
        ),
        None,
    ),
    (
        (
            "**Every** student dietitian learns to plot on the right growth chart. Using "
            "the adult BMI calculator on a toddler is the kind of thing they drill out of "
            "you in placement one."
        ),
        "**Every** student dietitian learns to plot on the right growth chart",
    ),
    (
        (
            "You should get in touch with the INMO before that meeting, honestly — they "
            "were brilliant with a colleague of mine in Navan."
        ),
        None,
    ),
    (
        (
            "You ought to have kept him on the scoop until the crew lead said otherwise. "
            "Sorry, but that's the bit that hurt him."
        ),
        "You ought to have kept him on the scoop",
    ),
    (
        (
            "Reading this from Nelson. Lovely write-up, very honest. You were meant to "
            "escalate at the second low reading though, not sit on it till the third."
        ),
        "You were meant to escalate at the second low reading",
    ),
    (
        (
            "People keep saying 'avoidable' like that helps anyone. Everything looks "
            "avoidable afterwards. Be kind to yourself."
        ),
        None,
    ),
    (
        ("You shouldn't have to carry this by yourself. Is there a clinical supervisor you trust?"),
        None,
    ),
    (
        (
            "Honestly those two vaccine vials are nearly identical — same cap colour, same "
            "size. It's obviously a design problem when three pharmacists in one month pick "
            "the wrong one."
        ),
        None,
    ),
    (
        (
            "Why is it always the most junior person who ends up writing the incident "
            "report?? Genuine question for the forum."
        ),
        None,
    ),
    (
        (
            "Is your ward doing a proper after-action review or just an incident form? Push "
            "for the former if you can."
        ),
        None,
    ),
    (
        (
            "Fertility nursing is so emotionally loaded. Every mistake feels like it "
            "touches someone's whole future. Be gentle with yourself."
        ),
        None,
    ),
    (
        (
            "if u'd just rung the ward back to confirm the bed number none of this wouldve "
            "happened tbh"
        ),
        "if u'd just rung the ward back to confirm the bed number",
    ),
    (
        (
            "Why not take it to your next supervision session? Not as a confession, just so "
            "it's held somewhere other than your head."
        ),
        None,
    ),
    (
        (
            "I did exactly this as a newly qualified fertility nurse in Arusha — thawed "
            "from the wrong canister. I should have double-checked the cane number and I "
            "didn't. It took me a year to stop dreaming about it. You're not alone."
        ),
        None,
    ),
    (
        "Thank you. I needed to read this today.",
        None,
    ),
    (
        (
            "I've been a fertility nurse in Hyderabad for 18 years and not once have I "
            "labelled a dish before the witness arrived. It's the whole point of "
            "witnessing."
        ),
        "not once have I labelled a dish before the witness arrived",
    ),
    (
        "I'd love to hear how the review goes if you feel like updating us.",
        None,
    ),
    (
        (
            "Nobody should be fielding forty calls an hour on a cancer helpline on their "
            "own. That's insane staffing."
        ),
        None,
    ),
    (
        (
            "We teach our HCAs on their first morning that you never leave a patient on a "
            "commode unattended. Never. Not 'just for a sec'."
        ),
        (
            "We teach our HCAs on their first morning that you never leave a patient on a "
            "commode unattended"
        ),
    ),
    (
        (
            "Did it not occur to you to phone the oncology team before telling her to just "
            "take paracetamol for a temp of 38.4 on day 9 of chemo?"
        ),
        "Did it not occur to you to phone the oncology team",
    ),
    (
        "The allergy band should have been read before anything went into that cannula. End of.",
        "The allergy band should have been read before anything went into that cannula",
    ),
    (
        (
            "On our rigs in South Dakota the rule is simple: nobody unstraps a patient "
            "until the stretcher's locked. Maybe it's different where you are 🤷"
        ),
        "Maybe it's different where you are",
    ),
    (
        (
            "Rehab assistant here. We had a fall on our unit last month in almost the same "
            "way and the review found six separate contributing factors. One person is "
            "never the whole story."
        ),
        None,
    ),
    (
        (
            "I'm going to be the unpopular one: leaving a 17-year-old in seg without "
            "reviewing his meds after a self-harm flag is negligent. Full stop. I hope "
            "you're ok but I'm not going to pretend otherwise."
        ),
        "is negligent",
    ),
    (
        "What did you think would happen if you ran a PEG feed with her lying flat?",
        "What did you think would happen",
    ),
    (
        (
            "why do we always assume it was us and not the eight other things that went "
            "wrong that night?"
        ),
        None,
    ),
    (
        (
            "> I assumed the scope had been reprocessed\n\nAssumed. Who assumes that with a "
            "patient already on the table??"
        ),
        "Who assumes that with a patient already on the table??",
    ),
    (
        (
            "The dispensing software ought to throw an alert for that interaction — ours "
            "does in Brandon. Sounds like yours didn't, and that's not on you."
        ),
        None,
    ),
    (
        (
            "Long reply, sorry. I've worked on the cancer helpline in Doncaster for nine "
            "years and the calls that haunt me aren't the ones where I got it wrong, "
            "they're the ones where I can't tell if I got it right. What helped me was a "
            "peer group that meets once a month — no managers, no notes, just us. We go "
            "round and everyone names one call that's stuck to them. Sometimes nobody says "
            "anything helpful back and it still helps. If your trust doesn't have one, "
            "start one. Three people is enough. You clearly care enormously, and that's "
            "exactly who callers need on the other end of the line."
        ),
        None,
    ),
]

ROUND_17_D = [
    (
        "Is the baby doing ok now? Hope you're managing to sleep a bit.",
        None,
    ),
    (
        (
            "The rota should never have left one physio covering both ICUs overnight. "
            "That's on management, not on you."
        ),
        None,
    ),
    (
        (
            "You needed to document the deterioration at the time, not three days later "
            "when the complaint came in. That's the bit that'll hurt you at the panel."
        ),
        "You needed to document the deterioration at the time",
    ),
    (
        (
            "Practice nurse here. Had a sample rejected by the lab last year and had to "
            "call a very anxious lady back in. She was lovely about it in the end. Patients "
            "are often kinder than we expect."
        ),
        None,
    ),
    (
        (
            "Someone should have rung her GP before the case was closed, and from what "
            "you've written that someone was you."
        ),
        "Someone should have rung her GP before the case was closed",
    ),
    (
        (
            "Bank HCA in Nebraska. Walking onto a ward cold where you don't know a single "
            "face is the hardest shift there is. You told someone in the end and that "
            "matters."
        ),
        None,
    ),
    (
        (
            "Oh brilliant, so the risk plan was 'hope he rings us'. Really solid "
            "safeguarding there 🙃"
        ),
        "so the risk plan was 'hope he rings us'",
    ),
    (
        (
            "Genuinely asking, what made you decide to skip the independent second check on "
            "a gentamicin dose for a 28-weeker?"
        ),
        "what made you decide to skip the independent second check",
    ),
    (
        (
            "The chain-of-custody form needed signing before the samples left the room. "
            "That's the entire point of the form."
        ),
        "The chain-of-custody form needed signing before the samples left the room",
    ),
    (
        (
            "Our SARC in Stockport had a teaching session on sample handling last month and "
            "the examiner running it opened with her own mistake. Everyone in the room had "
            "one. Everyone."
        ),
        None,
    ),
    (
        (
            "Student dietitian here too (Tamale). Placements are terrifying and nobody "
            "warns you how much you'll second-guess yourself. Hang in there, you're going "
            "to be good at this."
        ),
        None,
    ),
    (
        "Did you get any support afterwards?",
        None,
    ),
    (
        (
            "That's negligent, plain and simple. Feeling bad about it afterwards doesn't "
            "change that."
        ),
        "That's negligent, plain and simple",
    ),
    (
        (
            "Next time, ask for a second checker even if it feels awkward. It's not "
            "weakness, it's just the job."
        ),
        None,
    ),
    (
        "Sending love from Gisborne 💙",
        None,
    ),
    (
        "Why do we always go straight to blaming ourselves? Genuine question. Be kind to you x",
        None,
    ),
    (
        (
            "So sorry this happened. But honestly you should have stopped the feed the "
            "minute the aspirates came back that high."
        ),
        "you should have stopped the feed",
    ),
    (
        "This is such a brave post. Thank you for writing it.",
        None,
    ),
    (
        (
            "tbh reading this made me feel less alone, had a near miss with a gent level "
            "myself last week"
        ),
        None,
    ),
    (
        (
            "Obviously this has hit you hard, which honestly says a lot about how much you "
            "care about your patients."
        ),
        None,
    ),
    (
        (
            "Oof, that's a rough night. Why didn't you just page the reg when the sats "
            "dropped the second time? Not having a go, I'd genuinely like to know."
        ),
        "Why didn't you just page the reg",
    ),
    (
        (
            "The client is safe, you're still standing, and you're reflecting on this "
            "honestly. That counts for a lot."
        ),
        None,
    ),
    (
        "INEXCUSABLE. There's a chaperone policy for a reason.",
        "INEXCUSABLE",
    ),
    (
        (
            "Sorry, but the HCA should have told the nurse in charge straight away, no "
            "matter how busy the bay looked. That's what the nurse in charge is there for."
        ),
        "the HCA should have told the nurse in charge straight away",
    ),
    (
        (
            "I'm struggling to understand how a sample goes off to the lab without the "
            "request form even being filled in."
        ),
        "I'm struggling to understand how a sample goes off to the lab without the request form",
    ),
    (
        (
            "I'm a practice nurse in Sukkur and we see a lot of women whose first language "
            "isn't the one the clinic runs in, so I do get how tight the slots are and how "
            "tempting it is to push on with a relative translating. But you ought to have "
            "waited for the interpreter anyway. A woman who can't follow what's happening "
            "during a smear hasn't really consented, and her sister-in-law is not a neutral "
            "party. I hope she comes back for her result and I hope you're ok, but please "
            "don't let the time pressure be the takeaway here."
        ),
        "you ought to have waited for the interpreter anyway",
    ),
    (
        (
            "Things that helped me after mine:\n- **talking to one person I trusted** before "
            "anyone formal\n- writing it down once, then not re-reading it every night\n- "
            "occupational health (they were nicer than I expected)\n- *time*, annoyingly"
        ),
        None,
    ),
    (
        (
            "Copying the last visit's risk assessment forward without reading it is a lazy "
            "shortcut and you know it."
        ),
        "a lazy shortcut and you know it",
    ),
    (
        (
            "Surely anyone in your position would have checked the consent form was "
            "actually signed before starting?"
        ),
        "Surely anyone in your position would have checked the consent form was actually signed",
    ),
    (
        (
            "Been doing bank shifts for 15 years and I've never once left a bed rail down "
            "on a confused patient. Not once."
        ),
        "I've never once left a bed rail down on a confused patient",
    ),
    (
        (
            "> I assumed the previous result was still current\n\nA three-year-old result "
            "should never have been assumed current. Sorry, but it shouldn't."
        ),
        "A three-year-old result should never have been assumed current",
    ),
    (
        (
            "Mixing up kcal/kg and kcal/day in a tube feed calc is a rookie mistake, no way "
            "round it. Learn from it."
        ),
        "a rookie mistake",
    ),
    (
        (
            "One wonders whether a quick look at the drug chart might have changed things. "
            "Just saying."
        ),
        "One wonders whether a quick look at the drug chart might have changed things",
    ),
    (
        (
            "why did u leave the swab kit unsealed on the bench if u knew the police "
            "courier was coming"
        ),
        "why did u leave the swab kit unsealed",
    ),
    (
        (
            "Look-alike vials catch everyone. Our NICU had two strengths of sodium chloride "
            "stored side by side for years before anyone moved them."
        ),
        None,
    ),
    (
        (
            "Who sends a client with active suicidal thoughts home with a 'see you in a "
            "fortnight'? Come on."
        ),
        "Who sends a client with active suicidal thoughts home",
    ),
    (
        (
            "You should have seen me on my first ICU rotation, I managed to disconnect a "
            "vent circuit mid chest percussion 🙈 we all survive it, promise."
        ),
        None,
    ),
    (
        (
            "you should definitely talk to your union rep before the meeting tbh, just so "
            "someone's in your corner"
        ),
        None,
    ),
    (
        (
            "Not trying to pile on, but hindsight aside the warning signs were all there in "
            "his texts to you that week."
        ),
        "hindsight aside the warning signs were all there",
    ),
    (
        (
            "Social worker in Portlaoise. Risk assessments are educated guesses dressed up "
            "as science and we're asked to make them with half the information. Mind "
            "yourself."
        ),
        None,
    ),
    (
        "Wasn't there a senior physio on call you could have grabbed before sitting him out?",
        "Wasn't there a senior physio on call you could have grabbed",
    ),
    (
        (
            "Really sorry. I'd be curious what the thinking was behind extubating at 2am on "
            "a Saturday with no physio cover booked for the morning."
        ),
        "I'd be curious what the thinking was",
    ),
    (
        "I'm sorry you're feeling awful, I really am, but this was completely avoidable.",
        "this was completely avoidable",
    ),
    (
        (
            "So sorry you're going through this. Did you not think to ring the crisis team "
            "before you left him on his own that evening?"
        ),
        "Did you not think to ring the crisis team",
    ),
    (
        "Hugs. Take tomorrow off if you can.",
        None,
    ),
    (
        (
            "Long one, sorry. Eight years ago, on nights on a medical ward in Sukkur, I "
            "gave a patient the wrong insulin. I didn't sleep properly for weeks. I was "
            "convinced I'd be struck off, convinced everyone on the ward was talking about "
            "me. What actually happened was a meeting, a reflective statement, some extra "
            "training and a senior nurse who told me, quietly, that she'd done something "
            "similar in her first year. I'm a practice educator now and I tell that story "
            "to every new cohort. You will get through this, and one day you'll be the one "
            "telling it to someone else."
        ),
        None,
    ),
    (
        "You could've just asked the ward sister to sit in with you. She'd have said yes.",
        "You could've just asked the ward sister to sit in with you",
    ),
    (
        "What did your manager say in the end?",
        None,
    ),
    (
        "Leaving someone on a high-flow wean unobserved for forty minutes is frankly reckless.",
        "frankly reckless",
    ),
    (
        "Rough shift. The cuff pressure should have been checked before the turn, though.",
        "The cuff pressure should have been checked before the turn",
    ),
    (
        (
            "Your e-prescribing system should have flagged a tenfold dose for a 900g baby. "
            "That's literally what it's for. Please make sure the incident report covers "
            "the system and not just you."
        ),
        None,
    ),
    (
        (
            "Chaplaincy volunteer in Prince George here. Something very similar happened to "
            "me with a family at end of life, and the guilt afterwards was huge. What "
            "helped was sitting down with our lead chaplain and just saying it out loud. It "
            "didn't fix it but it made it smaller."
        ),
        None,
    ),
    (
        (
            "Obviously you double-check grams vs kilograms on a neonatal script. That's "
            "pharmacy 101."
        ),
        "Obviously you double-check grams vs kilograms",
    ),
    (
        (
            "You could write this up as a reflective piece for revalidation — it'd be a "
            "really strong one, honestly."
        ),
        None,
    ),
    (
        (
            "Hugs from Bath. A two-minute call to the on-call pharmacist would have saved "
            "you all of this though."
        ),
        "A two-minute call to the on-call pharmacist would have saved you all of this",
    ),
    (
        (
            "shouldve escalated to the resp consultant tbh. a CO2 of 9 isnt something u sit "
            "on overnight"
        ),
        "shouldve escalated to the resp consultant",
    ),
    (
        "How are you doing today? Properly, not the 'fine' version.",
        None,
    ),
    (
        (
            "Nobody should have to do a forensic exam at 4am after a 12 hour shift without "
            "a break. NOBODY."
        ),
        None,
    ),
    (
        (
            "Things are only 'avoidable' on paper. On a short night with three sets of obs "
            "due at once, this happens to all of us sooner or later."
        ),
        None,
    ),
    (
        (
            "Something like 70% of the incidents on our unit last year happened around "
            "shift change. It's a known weak spot for everyone."
        ),
        None,
    ),
    (
        "Thinking of you. It does get lighter, I promise.",
        None,
    ),
    (
        (
            "I help run the Schwartz rounds at our hospital and this story would mean so "
            "much to others. Only if you ever want to share it, no pressure at all."
        ),
        None,
    ),
    (
        (
            "if u'd only read the referral properly u would've known the family had asked "
            "for no religious visits 😕"
        ),
        "if u'd only read the referral properly",
    ),
    (
        (
            "> I should have rung the family first\n\nYou were the only volunteer on for "
            "three wards that night. Please be gentle with yourself."
        ),
        None,
    ),
    (
        (
            "I did exactly this in my second year in Portlaoise. I should have checked the "
            "line and I didn't, and I still think about it some nights. You're not alone in "
            "this."
        ),
        None,
    ),
    (
        (
            "Resp CNS, 12 years. The number of nights I've lain awake over a blood gas... "
            "you're human. Reporting it was the right call."
        ),
        None,
    ),
    (
        (
            "In our clinic in Nebraska we would NEVER start an exam without a chaperone in "
            "the room. Not once. Not for anyone."
        ),
        "we would NEVER start an exam without a chaperone in the room",
    ),
    (
        (
            "What support does your team have for this kind of thing? If the answer is "
            "nothing, that's worth raising."
        ),
        None,
    ),
    (
        (
            "You shouldn't be carrying this on your own. Is there an employee assistance "
            "line at your trust?"
        ),
        None,
    ),
    (
        (
            "Any first-year knows you don't sit someone out of bed with a MAP in the 50s. "
            "Sorry but that's day one stuff."
        ),
        "Any first-year knows you don't sit someone out of bed with a MAP in the 50s",
    ),
    (
        "How did you not notice the pot was unlabelled before she'd even got her coat on?",
        "How did you not notice the pot was unlabelled",
    ),
    (
        (
            "Honestly the concentration ought to have been verified against the neonatal "
            "monograph before that syringe went anywhere near the pump."
        ),
        "the concentration ought to have been verified against the neonatal monograph",
    ),
    (
        (
            "Checking the name against the wristband is literally the first thing they "
            "teach us on induction."
        ),
        "literally the first thing they teach us",
    ),
    (
        "❤️",
        None,
    ),
    (
        "Wow. Entirely preventable. Hope the little one's ok.",
        "Entirely preventable",
    ),
    (
        "Isn't that exactly what the two-person check sticker on the incubator is for?",
        "Isn't that exactly what the two-person check sticker on the incubator is for?",
    ),
    (
        (
            "Why not bring it to supervision? Ours in Stockport is actually decent about "
            "this kind of thing."
        ),
        None,
    ),
    (
        (
            "What did you expect would happen when you told a grieving family the chaplain "
            "was on his way and he wasn't?"
        ),
        "What did you expect would happen",
    ),
    (
        (
            "The lab labelling software at our surgery should have been binned years ago, "
            "it drops the NHS number about half the time. Wouldn't surprise me if yours is "
            "the same."
        ),
        None,
    ),
    (
        "The fact you reported it straight away is exactly what a safe practitioner does.",
        None,
    ),
]
