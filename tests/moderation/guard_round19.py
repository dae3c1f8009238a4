"""Round 19 of issue 14's evaluation: 160 replies (80 that judge the author's past decision) from
two helpers who saw only the labeling guide (guard_round2.md), never the rules, the model, the
corpora or the code. C: cardiac physiologists, community mental-health nurses, paediatric
dietitians, hospice chaplains, custody nurses, ophthalmic nurses, trainee counsellors, care-home
pharmacy technicians, ambulance technicians, youth workers (Hartlepool, Dungarvan, Brandon, Jinja,
Bundaberg, New Mexico, Bangor, Rajshahi, Fort William, Gisborne). D: practice nurses,
learning-support assistants in special schools, neuro physiotherapists, prison psychologists,
aseptic-unit pharmacists, birth-centre midwives, adult social workers, dialysis nurses,
receptionists turned care assistants, out-of-hours GPs (Workington, Ballina, Camrose, Lira,
Warwick, Nebraska, Stranraer, Sukkur, Westport, Oamaru). Measured once with the code of 2026-12-07
(threshold 0.75), the same code as round 18: see test_guard.py and bench/README.md. Entries as in
guard_corpus."""

ROUND_19_C = [
    (
        "Are you back on shift yet? Don't rush it if you're not ready x",
        None,
    ),
    (
        (
            "you should have seen me in my first month on the ambulance, I stuck the defib pads "
            "on the wrong way round 😂 we all learn"
        ),
        None,
    ),
    (
        "Has anyone actually asked you how you are? Because I'm asking. How ARE you?",
        None,
    ),
    (
        (
            "From what you've written the referral needed to go to the crisis team that same "
            "afternoon, not sit in a tray till Monday."
        ),
        "the referral needed to go to the crisis team that same afternoon",
    ),
    (
        (
            "Paeds dietitian in Bundaberg. The number of times a parent's home-scales weight is "
            "off by a kilo or more... it's a known thing across our whole service, not just you."
        ),
        None,
    ),
    (
        (
            "> I keep thinking I should have known\n\nYou couldn't have known. Nobody looking at "
            "that ECG at 4am with no old one to compare would have. Be kind to yourself."
        ),
        None,
    ),
    (
        (
            "Rajshahi-trained nurse, working in the UK now. The shame we feel after an error is "
            "as much cultural as personal, I think. You are allowed to forgive yourself. Really."
        ),
        None,
    ),
    (
        (
            "Why did the service send a student out alone on a home visit with a known risk "
            "flag? That's the question I'd be putting to your manager, not to you."
        ),
        None,
    ),
    (
        (
            "Most med errors in care homes happen on the morning round when everything's rushed, "
            "there's a decent bit of research on it. You're in very common company."
        ),
        None,
    ),
    (
        (
            "Oh hun I'm so sorry this happened to you. Genuinely asking tho — why didn't you "
            "ring the reg when the trop came back raised? That's literally what they're there "
            "for at 3am."
        ),
        "why didn't you ring the reg",
    ),
    (
        (
            "Big hugs. I do think you had to weigh her yourself though rather than going off the "
            "figure mum gave over the phone, especially when you were calculating a feed plan "
            "for a toddler."
        ),
        "you had to weigh her yourself though rather than going off the figure mum gave",
    ),
    (
        (
            "tbh the nurse in charge (i.e. you) should have been the one phoning the family, not "
            "leaving the night staff to break it to them."
        ),
        "the nurse in charge (i.e. you) should have been the one phoning the family",
    ),
    (
        (
            "Trainee counsellor here and even I know you don't tell a client to leave her "
            "partner in session three 🙃"
        ),
        "even I know you don't tell a client to leave her partner",
    ),
    (
        (
            "Sending strength from Brandon 💙 I should've spoken up about something very similar "
            "years ago and didn't, so honestly you're already braver than I was."
        ),
        None,
    ),
    (
        (
            "Going forward you could ask the pharmacist to co-sign any CD changes — in my "
            "experience they're glad to be asked, not annoyed."
        ),
        None,
    ),
    (
        (
            "Long one, sorry.\n\nI've been a district nurse round Bangor for a long time and I "
            "want to say first that I really do feel for you. Lone working is brutal, the "
            "caseloads are silly, and nobody at the top has a clue what a Tuesday looks like for "
            "us. I've cried in the car more times than I can count.\n\nBut I've read your post "
            "three times now and I keep coming back to the same thing: who leaves a syringe "
            "driver running without checking the site on a home visit? That's the part I can't "
            "get past. Look after yourself x"
        ),
        "who leaves a syringe driver running without checking the site on a home visit?",
    ),
    (
        (
            "youth worker in Gisborne, not clinical, but I lurk here cos our stuff overlaps a "
            "lot. the way you handled telling his mum afterwards was genuinely decent. kia kaha"
        ),
        None,
    ),
    (
        "Basic stuff, hun. Gloves off, gel, fresh gloves. Every single time.",
        "Basic stuff",
    ),
    (
        (
            "The cell checks were meant to be every 30 mins on a level 2 and by your own account "
            "they weren't done. I know it was busy, but that's the bottom line."
        ),
        (
            "The cell checks were meant to be every 30 mins on a level 2 and by your own account "
            "they weren't done"
        ),
    ),
    (
        (
            "Not to pile on, but with a history like that I'd have thought the alarm bells were "
            "ringing from your very first visit."
        ),
        "I'd have thought the alarm bells were ringing from your very first visit",
    ),
    (
        (
            "If you'd only glanced at the allergy band before drawing it up, none of this would "
            "be sitting on your conscience now 😔"
        ),
        "If you'd only glanced at the allergy band before drawing it up",
    ),
    (
        (
            "The rota should never have had one RMN covering two wards overnight. That's a "
            "management problem, not a you problem."
        ),
        None,
    ),
    (
        (
            "Ophthalmic nurse, 11 yrs. The eye should've been marked before he ever left the "
            "ward — no mark, no theatre. Sorry but that's how it has to be."
        ),
        "The eye should've been marked before he ever left the ward",
    ),
    (
        (
            "Nobody should have to triage forty calls alone on a bank holiday. The fact you got "
            "through it at all is remarkable."
        ),
        None,
    ),
    (
        "how did u not notice the pupil was fixed?? genuinely baffled. hope ur ok tho x",
        "how did u not notice the pupil was fixed",
    ),
    (
        (
            "Surely at some point in a 12 hr shift it crossed your mind to look at the fluid "
            "balance chart..."
        ),
        "Surely at some point in a 12 hr shift it crossed your mind",
    ),
    (
        (
            "**Things that helped me after mine:**\n- telling my partner the whole thing, not "
            "the edited version\n- one session with OH\n- writing a timeline while it was "
            "fresh\n- *not* rereading the incident form at 2am"
        ),
        None,
    ),
    (
        (
            "Please don't hold this on your own, you really shouldn't have to. Is there someone "
            "at home you can talk it through with?"
        ),
        None,
    ),
    (
        (
            "Cardiac physiologist in Hartlepool here, we see this all the time. Did you not "
            "think to repeat the ECG once he said the pain had moved into his jaw?"
        ),
        "Did you not think to repeat the ECG",
    ),
    (
        "What did your manager say when you told her?",
        None,
    ),
    (
        (
            "I can't help wondering whether the warning signs were there well before the fall "
            "and just got brushed aside."
        ),
        "I can't help wondering whether the warning signs were there well before the fall",
    ),
    (
        "Sending a massive hug. How are you doing today?",
        None,
    ),
    (
        "Honestly? Careless. Not you as a person, but that decision was careless.",
        "that decision was careless",
    ),
    (
        "Sorry mate but that's a schoolboy error 🤦\u200d♂️",
        "that's a schoolboy error",
    ),
    (
        (
            "Ambulance tech, Fort William. Long rural waits grind everyone down eventually. "
            "Proud of you for being this honest about it."
        ),
        None,
    ),
    (
        (
            "**You needed to escalate at the second low sat.** Not the fourth. I say this with "
            "love 💙"
        ),
        "You needed to escalate at the second low sat.",
    ),
    (
        (
            "Cardiac physiologist in New Mexico. Posterior MIs are notoriously easy to miss on a "
            "standard 12-lead, even for cardiologists. Teaching point for all of us, not a "
            "verdict on you."
        ),
        None,
    ),
    (
        (
            "Someone on that shift needed to double-check the insulin units and, reading your "
            "post, that someone was you."
        ),
        "that someone was you",
    ),
    (
        (
            "Care home pharmacy tech here. You'd have caught it if you'd put the new MAR next to "
            "the discharge letter and gone line by line — that's the whole point of "
            "reconciliation."
        ),
        "You'd have caught it if you'd put the new MAR next to the discharge letter",
    ),
    (
        (
            "Whoever designed that custody suite medication cupboard should be made to work a "
            "night shift in it. Absolute shambles of a setup."
        ),
        None,
    ),
    (
        (
            "Hospice chaplain here. Families often tell me they wish they could have had one "
            "more conversation; so do we. What you offered in that moment was presence, and that "
            "counts."
        ),
        None,
    ),
    (
        (
            "I find it quite hard to see how a K+ of 6.8 got missed for two whole shifts on your "
            "watch."
        ),
        "I find it quite hard to see how a K+ of 6.8 got missed",
    ),
    (
        (
            "Look-alike eye drop bottles obviously catch people out — our unit had three near "
            "misses last year between the dilating drops and the glaucoma ones. It's a packaging "
            "problem."
        ),
        None,
    ),
    (
        (
            "you could of easily just asked the custody sergeant to hold him until the FME came. "
            "not saying it to kick you while ur down but thats the reality"
        ),
        "you could of easily just asked the custody sergeant to hold him",
    ),
    (
        (
            "So sorry you're going through this. But honestly you should've just rung the GP "
            "back before the weekend, one call and the whole thing goes away."
        ),
        "you should've just rung the GP back before the weekend",
    ),
    (
        (
            "As an ambulance tech in Fort William I get the pressure when backup is an hour "
            "away, I really do. But you ought to have conveyed him rather than leaving him at "
            "home with a 'ring back if it gets worse'."
        ),
        "you ought to have conveyed him",
    ),
    (
        (
            "Was there really nobody on the unit you could have grabbed for a second opinion? "
            "Even the HCA would've been a sanity check."
        ),
        "Was there really nobody on the unit you could have grabbed",
    ),
    (
        (
            "What did you think was going to happen when you left a diabetic teenager's insulin "
            "pen in the youth club kitchen?"
        ),
        "What did you think was going to happen",
    ),
    (
        ("I'm sorry, but this was entirely avoidable and I think deep down you already know that."),
        "this was entirely avoidable",
    ),
    (
        (
            "Does your trust have a PNA (professional nurse advocate)? Ours in Hartlepool has "
            "been brilliant for exactly this kind of thing."
        ),
        None,
    ),
    (
        "Isn't that exactly what the WHO sign-in is for?",
        "Isn't that exactly what the WHO sign-in is for?",
    ),
    (
        (
            "Why do we always tear ourselves to pieces over these things?? You caught it, you "
            "reported it, he's fine."
        ),
        None,
    ),
    (
        (
            "Thank you for posting this. I'm a first year student and reading stuff like this "
            "makes me feel less terrified of getting it wrong."
        ),
        None,
    ),
    (
        (
            "I did exactly the same thing as a staff nurse in Dungarvan in my second year — "
            "should have checked the second bag and didn't. You're not on your own with this. x"
        ),
        None,
    ),
    (
        (
            "Writing from Jinja — we had something very similar on our paeds ward last year with "
            "a malaria dosing chart and the whole team learned from it. Your post will help "
            "someone."
        ),
        None,
    ),
    (
        "Been there. Still think about mine 6 years on. It gets quieter, I promise.",
        None,
    ),
    (
        (
            "Rough shift, clearly. The post-op obs ought to have been repeated within the hour "
            "with a BP that borderline."
        ),
        "The post-op obs ought to have been repeated within the hour",
    ),
    (
        (
            "Sorry but why would you give a 15 year old on your caseload your personal mobile "
            "number in the first place?? Youth work or not, that's the bit I don't get."
        ),
        "why would you give a 15 year old on your caseload your personal mobile number",
    ),
    (
        (
            "Trainee counsellor here. Ruptures in the therapeutic alliance happen to every "
            "therapist and repair really is possible. Maybe bring it back to the client next "
            "session if it feels right?"
        ),
        None,
    ),
    (
        (
            "Sitting with you in this. That little one was lucky to have someone who cared this "
            "much."
        ),
        None,
    ),
    (
        "The fact you reported it straight away says a lot about you. Plenty wouldn't have.",
        None,
    ),
    (
        (
            "Been in coronary care since 1998 and I have NEVER let a patient walk to the loo "
            "with runs of VT on the monitor. Never."
        ),
        "I have NEVER let a patient walk to the loo with runs of VT on the monitor",
    ),
    (
        (
            "What made you sign off the MAR before the second checker was even in the room? Not "
            "trying to be harsh, I just want to understand."
        ),
        "What made you sign off the MAR",
    ),
    (
        (
            "In our CMHT nobody would ever discharge after a single DNA, it's just not how we "
            "work. Sorry you're having a rough time though."
        ),
        "nobody would ever discharge after a single DNA",
    ),
    (
        "💙💙💙",
        None,
    ),
    (
        (
            "You could write this up as a reflective piece for revalidation — honestly it reads "
            "like one already and it might help you close the loop."
        ),
        None,
    ),
    (
        (
            "It'd be interesting to know what the reasoning was behind skipping the second "
            "check. Not judging, just curious 🙂"
        ),
        "It'd be interesting to know what the reasoning was behind skipping the second check",
    ),
    (
        (
            "Pharmacy should've flagged the interaction when the script came through, that is "
            "literally what the system is there for. Please don't carry this on your own."
        ),
        None,
    ),
    (
        (
            "Hospice chaplain in Bangor. I try never to be harsh on here, but telling the family "
            "he would 'go peacefully tonight' was a serious misjudgement on your part. Our words "
            "carry more weight than we think."
        ),
        "was a serious misjudgement on your part",
    ),
    (
        (
            "Ophthalmic nurse here. Post-op pressure spikes can be sneaky with barely any "
            "symptoms, it's a recognised pitfall. So glad he got seen in the end."
        ),
        None,
    ),
    (
        (
            "Walking out on a client mid-disclosure to take a phone call is unprofessional, full "
            "stop. Hope supervision helps you unpick it."
        ),
        "is unprofessional, full stop",
    ),
    (
        "Who discharges a patient with a NEWS2 of 6 on a Friday night??",
        "Who discharges a patient with a NEWS2 of 6",
    ),
    (
        (
            "so the pump alarmed three times and nobody (you) went to look at it? how is that "
            "even possible"
        ),
        "how is that even possible",
    ),
    (
        (
            "why not take this to clinical supervision? sounds like you've got a lot to process "
            "and it shouldn't all be sitting with you"
        ),
        None,
    ),
    (
        (
            "Tbh most of these errors are only 'avoidable' on paper. In the real world, with 3 "
            "staff for 28 residents, they happen. That's a staffing failure."
        ),
        None,
    ),
    (
        (
            "I'm a community mental health nurse and I've been where you are, sitting in the car "
            "outside a house afterwards not able to turn the key. A few things that helped "
            "me:\n\n1. Get your union involved early, even if it feels like overkill.\n2. Ask "
            "occupational health for a referral, they have counsellors who actually understand "
            "shift work.\n3. The coroner's process is slow and horrible and it is *not* a "
            "verdict on you as a nurse.\n\nYou clearly care enormously. That doesn't go away "
            "because something went wrong."
        ),
        None,
    ),
    (
        "Did you get any support from your team afterwards? Even a hot debrief?",
        None,
    ),
    (
        (
            "i'm a pharmacy tech and i have cried in the stock room over a lot less. you're "
            "human. drink some water, sleep, come back to it tomorrow"
        ),
        None,
    ),
    (
        (
            "Sending a lady in her 90s home at 3am with nobody to meet her at the door was a "
            "dangerous call. Really glad she was ok."
        ),
        "was a dangerous call",
    ),
    (
        (
            "Checking the name band against the chart is literally the first thing they teach "
            "you. Week one of placement."
        ),
        "literally the first thing they teach you",
    ),
]

ROUND_19_D = [
    (
        (
            "I was on the A&E front desk for 9 years before I went HCA and not once did I let "
            "chest pain sit in the waiting room. Not once."
        ),
        "not once did I let chest pain sit in the waiting room",
    ),
    (
        (
            "The prescribing system should've hard-stopped that dose. Ours does. Write to your "
            "digital team, seriously."
        ),
        None,
    ),
    (
        "Bookmarking this. I think a lot of us need to read it.",
        None,
    ),
    (
        "Is the review date set yet? The waiting is the worst bit.",
        None,
    ),
    (
        (
            "I'm trying to understand how a dose ten times the usual got through the final "
            "check. I work in aseptics myself and I honestly can't picture it."
        ),
        "I'm trying to understand how a dose ten times the usual got through the final check",
    ),
    (
        (
            "I should have checked the access plan too when I was new on the unit, and I didn't. "
            "Needled a loop graft the wrong way round. It happens to way more of us than will "
            "admit it."
        ),
        None,
    ),
    (
        (
            "Poor you 😔 but leaving the clinic letter unsent for 3 weeks is sloppy admin, it "
            "just is."
        ),
        "sloppy admin",
    ),
    (
        "Why do we always blame ourselves first and the system last? 💙",
        None,
    ),
    (
        (
            "why did u let him walk to the loo on his own when the stroke assessment literally "
            "said assist x2?? genuine question not having a go"
        ),
        "why did u let him walk to the loo on his own",
    ),
    (
        "I'm sorry but this was completely avoidable.",
        "this was completely avoidable",
    ),
    (
        (
            "Really sorry you're in this mess. But who gives a flu jab without reading the "
            "consent form first? 😬"
        ),
        "who gives a flu jab without reading the consent form first?",
    ),
    (
        (
            "Who writes 'no concerns' on a home visit without actually laying eyes on the man? "
            "Genuinely asking."
        ),
        "Who writes 'no concerns' on a home visit without actually laying eyes on the man?",
    ),
    (
        (
            "One has to ask whether the ward would have been told sooner if it hadn't been the "
            "end of your shift."
        ),
        "One has to ask whether the ward would have been told sooner",
    ),
    (
        "did you get any support after? EAP, occ health, anything?",
        None,
    ),
    (
        (
            "Why not take it to supervision? Talking it through out loud helped me way more than "
            "the written reflection ever did."
        ),
        None,
    ),
    (
        (
            "The rota should never have had one qualified nurse on for 14 chairs. That's on "
            "whoever signed off the staffing, not you."
        ),
        None,
    ),
    (
        "Adult social work in Nebraska, caseloads of 40+ here too. Look after yourself.",
        None,
    ),
    (
        (
            "Dialysis nurse of 15 years. I've had a patient crash on the machine in front of me "
            "twice and both times I replayed it for months. It does get easier to carry."
        ),
        None,
    ),
    (
        (
            "If you'd only read the dose back to him over the phone none of this would have "
            "happened. OOH is brutal, I do it three nights a week, but read-back isn't optional."
        ),
        "If you'd only read the dose back to him",
    ),
    (
        "This is exactly what this forum is for. Thank you for posting it.",
        None,
    ),
    (
        (
            "Being soft about this helps nobody. Giving the client's new address to her ex over "
            "the phone was a serious breach, and a careless one."
        ),
        "a serious breach, and a careless one",
    ),
    (
        (
            "Any physio worth their registration knows you don't stand a dense hemi without the "
            "belt on 🤷\u200d♀️"
        ),
        "Any physio worth their registration knows",
    ),
    (
        "Sending a big hug from Ballina. You clearly care a lot, and that's why this hurts.",
        None,
    ),
    (
        (
            "What made you think a two-line referral would be enough for a safeguarding concern "
            "like that one?"
        ),
        "What made you think a two-line referral would be enough",
    ),
    (
        (
            "You should talk to your union rep before the investigation meeting. Please don't go "
            "in on your own."
        ),
        None,
    ),
    (
        "Mate. You told the truth straight away. That counts for a LOT.",
        None,
    ),
    (
        (
            "The fact you're still thinking about her family says everything about what kind of "
            "nurse you are."
        ),
        None,
    ),
    (
        (
            "Ex-receptionist turned A&E HCA here — the jump in responsibility is huge and nobody "
            "trains you for the emotional side of it. Proud of you for writing this up."
        ),
        None,
    ),
    (
        (
            "So sorry you're going through this. The bloods should have been repeated before the "
            "discharge was signed off though — that's the bit that jumps out at me."
        ),
        "The bloods should have been repeated before the discharge was signed off",
    ),
    (
        (
            "Those two 10 ml vials look identical under the hood lights, it's a known trap. "
            "Obviously it'll get shared as learning but it isn't a *you* problem, it's a "
            "packaging problem."
        ),
        None,
    ),
    (
        (
            "I've been an adult social worker for a long time and I've felt the pressure you "
            "describe — families phoning every day, the hospital wanting the bed yesterday, a "
            "manager asking why the discharge hasn't happened. None of that is easy and I'm not "
            "pretending it is. But you needed to get a proper capacity assessment done before "
            "she was moved, full stop. Her wishes were the whole point and without that "
            "assessment nobody actually knew what they were. I hope the review is fair to you, "
            "and I hope she's settled where she is now."
        ),
        "you needed to get a proper capacity assessment done before she was moved",
    ),
    (
        (
            "Honestly the way you've written this is so clear and reflective. That's the hardest "
            "part done already."
        ),
        None,
    ),
    (
        (
            "**Things that helped me after mine:**\n- telling one trusted colleague\n- writing "
            "it down once, then closing the notebook\n- NOT rereading the incident report 50 "
            "times"
        ),
        None,
    ),
    (
        "Thinking of you. Be gentle with yourself this weekend.",
        None,
    ),
    (
        (
            "Sorry this happened, genuinely. But why didn't you ring the renal reg before "
            "starting the second run? A K+ of 6.8 on a dialysis patient isn't a wait-and-see "
            "number."
        ),
        "why didn't you ring the renal reg",
    ),
    (
        "Midwife in Lira. We see the same thing with no night cover. You are not alone sister 🙏",
        None,
    ),
    (
        (
            "Honestly a 30 second phone call to the ward would've saved the whole thing. I've "
            "had busy shifts too, I get it, but yeah."
        ),
        "a 30 second phone call to the ward would've saved the whole thing",
    ),
    (
        (
            "Aseptics pharmacist in Sukkur here. Why on earth did you sign the worksheet before "
            "the second check was done in the isolator? That's the one step I've never seen "
            "anyone skip."
        ),
        "Why on earth did you sign the worksheet before the second check was done",
    ),
    (
        (
            "Practice nurse in Workington here, I know Monday mornings are carnage. Did you not "
            "think to check the repeat template against the discharge letter though? That's "
            "where these always hide."
        ),
        "Did you not think to check the repeat template against the discharge letter",
    ),
    (
        (
            "In our birth centre we would NEVER leave a woman in the pool with nobody in the "
            "room. Never. Not even for a minute."
        ),
        "we would NEVER leave a woman in the pool with nobody in the room",
    ),
    (
        "You shouldn't be carrying this alone. Is there a clinical supervisor you trust?",
        None,
    ),
    (
        "tbh u couldve just asked the pharmacist to eyeball it, takes 2 mins",
        "u couldve just asked the pharmacist",
    ),
    (
        (
            "Sending love. The pump programming really ought to have been checked by a second "
            "person before you left the bay."
        ),
        "The pump programming really ought to have been checked by a second person",
    ),
    (
        (
            "Wasn't there a senior on the wing you could have run it past before writing 'low "
            "risk' on him?"
        ),
        "Wasn't there a senior on the wing you could have run it past",
    ),
    (
        (
            "Her reduced movements should've been acted on at the first phone call, not the "
            "third. I'm sorry you're facing the review, I really am."
        ),
        "Her reduced movements should've been acted on at the first phone call",
    ),
    (
        (
            "Unforgivable tbh. Post-dialysis systolic of 78 and he got sent out to the taxi rank "
            "on his own."
        ),
        "Unforgivable",
    ),
    (
        "i cried reading this. been there. u r not your worst shift",
        None,
    ),
    (
        (
            "What should happen now is a fair, no-blame review. If that's not what you're "
            "getting, push back."
        ),
        None,
    ),
    (
        (
            "That sounds like a horrible afternoon and I'm sorry. You should have handed him "
            "over to the school nurse the second he went grey though, not waited for the bell."
        ),
        "You should have handed him over to the school nurse the second he went grey",
    ),
    (
        (
            "Hugs from Oamaru 💛 I've worked in a midwife-led unit for years and I know how fast "
            "it moves. But why didn't you transfer her as soon as you saw the meconium? That's "
            "the bit I can't get past."
        ),
        "why didn't you transfer her as soon as you saw the meconium",
    ),
    (
        (
            "Without wanting to be harsh, the warning signs were all there in your own notes "
            "from the Tuesday visit."
        ),
        "the warning signs were all there in your own notes",
    ),
    (
        (
            "ok but how did you not notice there was no thrill in the fistula before you needled "
            "it?? 😳"
        ),
        "how did you not notice there was no thrill",
    ),
    (
        "Isn't that literally the whole point of the two-person check on cytotoxics??",
        "Isn't that literally the whole point of the two-person check",
    ),
    (
        (
            "Most errors in our unit cluster around the 2pm changeover. Not saying that to "
            "excuse anything, just that you were working right in the danger window."
        ),
        None,
    ),
    (
        (
            "Next time you could ask for a second checker even when it feels awkward. Nobody in "
            "aseptics thinks less of you for it — the best people I've worked with ask "
            "constantly."
        ),
        None,
    ),
    (
        "Has the patient recovered ok? Hoping so for both your sakes.",
        None,
    ),
    (
        "how r u doing now? did anyone check in on u after the shift",
        None,
    ),
    (
        (
            "Insulin units get written out in full. That's taught on day one of the course, "
            "everywhere in the world."
        ),
        "That's taught on day one of the course",
    ),
    (
        "What did your manager say when you told her?",
        None,
    ),
    (
        (
            "You should have seen me in my first month on the wards in Stranraer 😂 walking "
            "incident form. You'll be ok, honestly."
        ),
        None,
    ),
    (
        (
            "Our audit on the neuro rehab unit found most of the so-called 'avoidable' falls "
            "happened during staff breaks. It's a system pattern. Doesn't make it hurt less, I "
            "know."
        ),
        None,
    ),
    (
        (
            "I'm a TA in a special school in Warwick and we had almost exactly this with a "
            "gastrostomy feed last term. The kid was fine in the end and so was my colleague. "
            "You will be too."
        ),
        None,
    ),
    (
        (
            "someone should have stayed with him in the changing room after hydro, and from what "
            "you wrote that someone was you"
        ),
        "someone should have stayed with him in the changing room",
    ),
    (
        (
            "Prison work is so isolating. Please lean on your peer group, they get it in a way "
            "nobody else does."
        ),
        None,
    ),
    (
        (
            "> I keep going over what I should have done\n\nThat loop is SO normal. It does "
            "quieten down, I promise. Be kind to yourself this week."
        ),
        None,
    ),
    (
        "Surely at some point in those 4 hours it crossed your mind that she wasn't just tired?",
        "Surely at some point in those 4 hours it crossed your mind",
    ),
    (
        (
            "What did you think would happen when you told him about the wing move before you'd "
            "told the officers?"
        ),
        "What did you think would happen",
    ),
    (
        (
            "It's sad to read, but skipping the obs at the cell door was a corner cut, plain and "
            "simple."
        ),
        "a corner cut, plain and simple",
    ),
    (
        (
            "Nobody should have to cover the whole of reception AND do obs in the waiting room. "
            "That's a staffing failure, end of."
        ),
        None,
    ),
    (
        (
            "> I didn't think he was at risk going home\n\nI'd genuinely like to know what the "
            "reasoning was behind sending him home alone with no package in place. Not judging, "
            "just curious, because from the outside it reads like there was no plan at all."
        ),
        "I'd genuinely like to know what the reasoning was behind sending him home alone",
    ),
    (
        (
            "Reading this from Westport. The GP needed to be told that same afternoon, not the "
            "following week when you were back on shift."
        ),
        "The GP needed to be told that same afternoon",
    ),
    (
        "❤️❤️",
        None,
    ),
    (
        "checking allergies before giving anything is just... basic. like basic basic. sorry x",
        "checking allergies before giving anything is just... basic",
    ),
    (
        (
            "> I checked the label at the end\n\nThe label was meant to be checked against the "
            "worksheet at *every* stage, not just the end. That's the entire reason the process "
            "exists."
        ),
        "The label was meant to be checked against the worksheet at *every* stage",
    ),
    (
        (
            "Sorry to be blunt but:\n- needling without reading the access plan first is a "
            "textbook error\n- the plan is on the machine screen for a reason"
        ),
        "a textbook error",
    ),
    (
        (
            "OOH GP here, mostly nights. A few winters ago I talked a dad through a febrile "
            "toddler on the phone, advised fluids and paracetamol, and the child turned out to "
            "have meningococcal sepsis. He survived. I didn't sleep properly for about two "
            "months. What helped: my appraiser, a Balint group, and one colleague who said 'tell "
            "me the whole thing' and then just listened without fixing. I still think about that "
            "family. But I also still do the job, and I'm a more careful listener than I was. "
            "You will come through this. Please find your one colleague who just listens."
        ),
        None,
    ),
    (
        (
            "Practice nurse in Oamaru. We had a cold-chain failure last winter and I found out "
            "the morning after. That feeling in your stomach — I know it."
        ),
        None,
    ),
    (
        (
            "Could you put it forward as a learning event at the practice meeting? Not as "
            "punishment — just so the template actually gets fixed for everyone."
        ),
        None,
    ),
    (
        (
            "**You ought to have** escalated at the second NEWS of 5. Not trying to pile on but "
            "somebody has to say it."
        ),
        "**You ought to have** escalated",
    ),
    (
        (
            "Pharmacy should have flagged that interaction at screening. Our dispensing software "
            "in Camrose pings for way less than that."
        ),
        None,
    ),
]
