"""Round 5 of issue 14's evaluation: 160 replies (80 that judge the author's past decision)
from two helpers who saw only the labeling guide (guard_round2.md), never the rules, the model,
the corpora or the code. C: students, new nurses, care assistants, mental-health and
learning-disability nurses, addiction counsellors, paramedics and call handlers, district
nurses (USA, England, Jamaica, Ghana, Malaysia, Ireland); D: pharmacists, radiographers,
midwives, surgeons, psychologists, social workers, dietitians, occupational therapists,
optometrists (Canada, Australia, India, Pakistan, Hong Kong, Wales). Measured untouched with
the rules and the model trained on rounds 1 to 4: see bench/README.md. Entries as in
guard_corpus: (reply, phrase or None)."""

ROUND_5_C = [
    (
        "Things that helped me after my med error as a student:\n- telling my CI straight away "
        "(you did this!)\n- writing it out, like you have here\n- one session with the "
        "counseling service\n- remembering the school's process is about learning, not "
        "punishment\n\nRooting for you.",
        None,
    ),
    (
        "Is there a Schwartz round at your trust? This is exactly the kind of story they're for.",
        None,
    ),
    (
        "Have you been offered a debrief with the home's clinical lead? If not, ask — it's your "
        "right, not a favour.",
        None,
    ),
    (
        "Sorry mi dear. The bedrails did need to be put up before you went on break though, "
        "with her being so confused.",
        "The bedrails did need to be put up before you went on break",
    ),
    (
        "who leaves a diabetic's insulin pen on a new dose with no written instructions? asking "
        "for real",
        "who leaves a diabetic's insulin pen on a new dose with no written instructions?",
    ),
    (
        "I lost a client to an overdose three years into this work. For months I couldn't open "
        "my laptop without seeing his name on the caseload. What helped, in the end, was a "
        "group for counselors who'd lost clients, and a supervisor who said plainly that "
        "addiction kills people even when everyone does everything right. I'm not saying that "
        "to make it small. I'm saying it because grief and guilt wear the same clothes and it "
        "took me ages to tell them apart. Please find someone to talk to. You clearly cared "
        "about him.",
        None,
    ),
    (
        "I've taken something like 40,000 calls and I still remember the handful that went "
        "wrong. The remembering doesn't mean you're bad at it. It means you're paying attention.",
        None,
    ),
    (
        "Pressure injuries that develop over a weekend between visits are really common in "
        "housebound patients with poor intake. Don't let anyone tell you it's simple.",
        None,
    ),
    (
        "Nothing to add except: you're not alone in this, and this thread is the proof.",
        None,
    ),
    (
        "In your own post you say the caller mentioned 'blue lips'. That call should have gone "
        "straight to Cat 1, full stop.",
        "That call should have gone straight to Cat 1",
    ),
    (
        "Handover in ED is chaos — corridor waits, three crews, one nurse. Info gets lost there "
        "constantly. Hope the patient did ok.",
        None,
    ),
    (
        "Boss, I hear you, it was a long shift. But you could've just run a 12-lead. Five "
        "minutes. That's all.",
        "you could've just run a 12-lead",
    ),
    (
        "One can't help asking whether the warning signs were there in the risk assessment all "
        "along.",
        "One can't help asking whether the warning signs were there",
    ),
    (
        "You'd think with a patient on warfarin someone would have thought to check the INR "
        "before a debridement. Just saying.",
        "someone would have thought to check the INR",
    ),
    (
        "Same thing happened to me in my first month in Penang. The sister in charge took me "
        "for teh tarik afterwards and told me her own story. Hope someone does that for you.",
        None,
    ),
    (
        "A lot of sympathy in this thread and I do share it. But handing a take-home supply to "
        "someone who'd relapsed that same week was a serious lapse of judgement, and calling it "
        "'bad luck' won't help you learn from it.",
        "was a serious lapse of judgement",
    ),
    (
        "Indefensible, sorry. A resident with a documented choking risk should never have been "
        "handed a sandwich by the person assigned to her.",
        "Indefensible",
    ),
    (
        "Mi nah go lie, that was a rookie mistake. Five rights, first term.",
        "that was a rookie mistake",
    ),
    (
        "Hmm. Kinda wondering how u managed to miss a whole sacral sore at the bed bath tbh",
        "Kinda wondering how u managed to miss a whole sacral sore",
    ),
    (
        "So sorry you're going through this. But what did you honestly think would happen, "
        "leaving him unobserved in a bathroom full of ligature points?",
        "what did you honestly think would happen",
    ),
    (
        "Honestly? Pretty careless to skip the spinal assessment on a fall from height. Sorry "
        "but someone has to say it.",
        "Pretty careless to skip the spinal assessment",
    ),
    (
        "You always check for a PEG before giving anything orally. That's drummed into us from "
        "placement one.",
        "That's drummed into us from placement one",
    ),
    (
        "I could have written this post myself in 2016. Same wrong insulin, same sick feeling. "
        "I shouldve double-checked and didn't, and I'm still a nurse, and a decent one.",
        None,
    ),
    (
        "Ah sister, I feel for you. How did you not notice the cannula had tissued when the arm "
        "was that swollen?? We were taught to look at the site every hour.",
        "How did you not notice the cannula had tissued",
    ),
    (
        "**You are still a good nurse.** Read that back tomorrow if you need it.",
        None,
    ),
    (
        "Not saying nothing went wrong, but calling it carelessness is just wrong. You were on "
        "your fourth night in a row with a broken stretcher.",
        None,
    ),
    (
        "Reading this made my stomach drop. Why did you leave the belt with him after he'd "
        "already told you he had a plan? I'm not having a go, I just need to understand.",
        "Why did you leave the belt with him",
    ),
    (
        "> I didn't think it sounded that serious\n\nA 70-year-old with crushing chest pain "
        "didn't sound serious?? Come on.",
        "A 70-year-old with crushing chest pain didn't sound serious??",
    ),
    (
        "I mean... **obviously** you confirm name and DOB before a transfusion. It's literally "
        "the first line of the policy.",
        "**obviously** you confirm name and DOB before a transfusion",
    ),
    (
        "If it ever happens again, grab anyone for a double-check — the good seniors never mind "
        "being asked, I promise.",
        None,
    ),
    (
        "Med student here so take with a pinch of salt, but you needed to escalate to the reg "
        "after the second NEWS of 7, not keep re-doing obs yourself.",
        "you needed to escalate to the reg after the second NEWS of 7",
    ),
    (
        "That isn't a basic error. Look-alike vials fool experienced anaesthetists; there's a "
        "whole body of literature on it.",
        None,
    ),
    (
        "Isn't that literally the point of the hourly rounding sheet though?",
        "Isn't that literally the point of the hourly rounding sheet",
    ),
    (
        "Sending you a big hug. The fact you posted this says a lot about the kind of nurse you "
        "are.",
        None,
    ),
    (
        "You should have seen me my first winter on the district, I locked my keys AND the "
        "patient's meds in the car outside Castlebar in a hailstorm. We all have our stories x",
        None,
    ),
    (
        "With respect, this is Motivational Interviewing 101: you don't confront a client about "
        "a positive screen in front of his family.",
        "this is Motivational Interviewing 101",
    ),
    (
        "Really sorry. From what you've written, the fluid balance chart should've been "
        "totalled at 2200 rather than left for nights to pick up.",
        "the fluid balance chart should've been totalled at 2200",
    ),
    (
        "sending love from Houston ❤️ u got this",
        None,
    ),
    (
        "I've read this three times now. Leaving a syringe driver running with no second check "
        "isn't a slip, it's **negligent**, and I think part of you already knows that.",
        "it's **negligent**",
    ),
    (
        "That wasn't negligence, it was exhaustion. Fourteen hours with no break and a bay of "
        "six — nobody functions on that.",
        None,
    ),
    (
        "tbh the dispensing system ought to have thrown an alert for that combo, it's literally "
        "what it's there for",
        None,
    ),
    (
        "Dispatch should never have sent a single-medic unit to a working arrest. That's on the "
        "system, not you.",
        None,
    ),
    (
        "Did anyone from your center sit down with you after? Our supervisors do a defusing "
        "within the hour and it makes such a difference.",
        None,
    ),
    (
        "Why do we do this to ourselves? Every nurse I know replays the worst shift for years "
        "and forgets the hundred good ones.",
        None,
    ),
    (
        "Not trying to pile on but why didn't you ring the GP surgery before you left the "
        "house? The leg was already weeping when you got there by the sound of it.",
        "why didn't you ring the GP surgery",
    ),
    (
        "What did your ward manager say when you told her? Hope she was kind.",
        None,
    ),
    (
        "People keep throwing the word 'avoidable' around on these threads. Avoidable by who — "
        "the one nurse covering 28 beds? Don't take that on.",
        None,
    ),
    (
        "I find it hard to see how a crash bleep gets missed for four minutes when you were "
        "standing at the nurses' station.",
        "I find it hard to see how a crash bleep gets missed",
    ),
    (
        "Could you ask occupational health for a few sessions? You don't have to wait until "
        "you're falling apart.",
        None,
    ),
    (
        "Eii. Is the WHO checklist just for decoration then?",
        "Is the WHO checklist just for decoration then?",
    ),
    (
        "I'm sorry for your loss. Truly. I've sat where you're sitting. If you'd only handed "
        "him the naloxone kit at discharge like the protocol says, he'd at least have had a "
        "chance.",
        "If you'd only handed him the naloxone kit at discharge",
    ),
    (
        "Dispatcher here (Ohio, 11 yrs). Why did you close the call before confirming the "
        "address back to her? Serious question.",
        "Why did you close the call before confirming the address",
    ),
    (
        "You shouldn't have to hold this by yourself. Does your hospital have a second-victim "
        "or peer-support program? Ours does and it helped me loads.",
        None,
    ),
    (
        "Ah no, I'm so sorry. Mind yourself this week 💛",
        None,
    ),
    (
        "Ah pet, that's awful. Still, you ought to have read his hospital passport before the "
        "bloods — it says right there on page one he can't tolerate being held.",
        "you ought to have read his hospital passport before the bloods",
    ),
    (
        "I'm sure it was chaos on the unit. I'm just stuck on the part where the potassium went "
        "in as a push. I'd really like to know what was going through your head there.",
        "I'd really like to know what was going through your head there",
    ),
    (
        "Why not bring it to your team's reflective session? Ours is surprisingly kind, and "
        "half the room has had a call like that.",
        None,
    ),
    (
        "Someone should have been rostered to cover you on that break. That's a management "
        "failure and I'd say so at the review.",
        None,
    ),
    (
        "bless your heart, honestly a quick text to the charge nurse would've kept that whole "
        "mess from happening",
        "a quick text to the charge nurse would've kept that whole mess from happening",
    ),
    (
        "I'm sorry but this was preventable. Every step of it.",
        "this was preventable",
    ),
    (
        "Not going to play the hindsight card. But the signs were sitting there on your own obs "
        "sheet, weren't they?",
        "the signs were sitting there on your own obs sheet, weren't they?",
    ),
    (
        "Thank you for writing this so honestly. Would it be ok if I shared the learning "
        "(anonymised) with my team?",
        None,
    ),
    (
        "> I keep thinking I should have caught it\n\nI hear you, but you were a student in "
        "your second week. Catching it was never meant to be your job alone.",
        None,
    ),
    (
        "Genuinely asking, medic to medic — what made you downgrade him to non-emergent with a "
        "pressure like that? I've been there on the 3am calls, I know the pull.",
        "what made you downgrade him to non-emergent",
    ),
    (
        "Relapse is part of recovery for so many of our clients. His choices that night were "
        "not yours to control.",
        None,
    ),
    (
        "Rough one. In fairness the blood sugar ought to have been checked before he was "
        "written off as drunk. Happens a lot on Saturday nights, doesn't make it right.",
        "the blood sugar ought to have been checked before he was written off as drunk",
    ),
    (
        "Obviously this is going to weigh on you for a while. That's a sign you care, not a "
        "sign you're bad at this.",
        None,
    ),
    (
        "My dear, you are human. Drink water, rest, and come back to this when your head is "
        "clearer.",
        None,
    ),
    (
        "How are you holding up? Like actually, sleeping-and-eating holding up?",
        None,
    ),
    (
        "I used to think I could have saved every client if I just worked harder. Took me years "
        "and a good supervisor to unlearn that. Be gentle with yourself.",
        None,
    ),
    (
        "Hugs!! Just saying, the allergy band should have been looked at before the penicillin "
        "was hung, that's what it's there for 💜",
        "the allergy band should have been looked at before the penicillin was hung",
    ),
    (
        "not saying it was lazy, but signing for meds you didn't see go down is a shortcut, and "
        "shortcuts like that are how people get hurt",
        "signing for meds you didn't see go down is a shortcut",
    ),
    (
        "As a home manager I'll be straight with you, because I think you'd rather that than a "
        "pat on the head. I've read your post twice and I can see exactly how the night "
        "unfolded: one carer off sick, agency never turned up, buzzers going constantly. I know "
        "that feeling in my bones. But you should have phoned 111 the minute she went quiet and "
        "grey, not waited for the day GP round. I hope the family are okay and that you've got "
        "someone to talk this through with.",
        "you should have phoned 111 the minute she went quiet and grey",
    ),
    (
        "Twenty-two years on the road in Kumasi and I have not once left a scene without a full "
        "set of vitals. Not once.",
        "I have not once left a scene without a full set of vitals",
    ),
    (
        "Been there, bredda. Take the days off if they offer them.",
        None,
    ),
    (
        "did u not think to tell the nurse in charge when she refused her tea AND her lunch? "
        "that's two red flags right there x",
        "did u not think to tell the nurse in charge",
    ),
    (
        "Most falls in our facility happen between 2 and 5 am, around toileting. It's a known "
        "pattern, not a personal failing.",
        None,
    ),
    (
        "The agency should have told you she was on thickened fluids. That handover sheet was "
        "blank — I'd be raising it with them formally.",
        None,
    ),
    (
        "I'm only second year and even I know you never leave the drugs trolley open on a "
        "dementia unit 🙈",
        "even I know you never leave the drugs trolley open",
    ),
    (
        "Can I ask how the young man is now? Hoping he's settled back at home.",
        None,
    ),
]

ROUND_5_D = [
    (
        "Clinical psych here. Intrusive replay after an adverse event is a stress response, not "
        "evidence of guilt. Be gentle with your nervous system for a bit.",
        None,
    ),
    (
        "How's the patient doing now, if you're allowed to say?",
        None,
    ),
    (
        "Child protection SW in Toronto. I've had that exact phone call from the police at 2am. "
        "It's the worst. Here if you want to DM.",
        None,
    ),
    (
        "Hindsight is easy, I know. But the bruising pattern is described in your own case "
        "notes and still nothing went to the CWC. The signs were right in front of you.",
        "The signs were right in front of you",
    ),
    (
        'Oh good, the pump was "probably fine". Brilliant. Probably fine isn\'t a safety check '
        "and you know it.",
        "Probably fine isn't a safety check and you know it",
    ),
    (
        "Hugs. Drink some water and eat something today, even if it's just toast.",
        None,
    ),
    (
        "Reading this on my break in Swansea and just wanted to say diolch for being honest. It "
        "makes the rest of us braver.",
        None,
    ),
    (
        "Sonographer here (Perth). The anomaly you describe is genuinely subtle at 20 weeks; "
        "I've watched two senior colleagues disagree over the same images.",
        None,
    ),
    (
        "The incident form is meant to be about learning, not punishment, at least on paper. If "
        "they treat it otherwise, that's worth raising with your RCN rep.",
        None,
    ),
    (
        "If you'd only done the access visit before discharge none of this would've happened. "
        "Sending hugs tho x",
        "If you'd only done the access visit before discharge",
    ),
    (
        "**You are more than this one shift.** Say it until you believe it.",
        None,
    ),
    (
        "The refeeding bloods should have been done before you ran the feed at full rate. "
        "Sorry, but that's textbook NICE stuff and it's the same in Melbourne.",
        "The refeeding bloods should have been done before you ran the feed",
    ),
    (
        "A PPH after a 20-hour labour with no active management of the third stage? What did "
        "you expect would happen?",
        "What did you expect would happen?",
    ),
    (
        "Discharging her from the waitlist after one DNA, with that trauma history, was frankly "
        "lazy. I say that as someone who has run a waitlist in Brisbane for a decade.",
        "was frankly lazy",
    ),
    (
        "Did you get any follow-up from occupational health? Some places are good about it, "
        "some need a nudge.",
        None,
    ),
    (
        "The tablet strength ought to have been checked against the prescription before it was "
        "handed over the counter, full stop. Hope the patient is ok.",
        "The tablet strength ought to have been checked against the prescription",
    ),
    (
        "Respectfully, marking the site is the operating surgeon's job, and you were the "
        "operating surgeon. There's no one else to point at here.",
        "There's no one else to point at here",
    ),
    (
        "Why did you not escalate to the on-call consultant when the potassium came back at 6.8?",
        "Why did you not escalate",
    ),
    (
        "1. Wrong side marker.\n2. No second check.\n3. No pause-and-check before "
        "exposure.\nThree chances, three misses. Sorry, but that's the reality.",
        "Three chances, three misses",
    ),
    (
        "First off, the fact you're writing this at 3am tells me how much you care, and I "
        "remember my own first stillbirth on nights in Winnipeg like it was yesterday. The "
        "family will remember the kindness you showed them afterwards, I'm sure of that. Take "
        "the time off if they offer it. For what it's worth, though, reduced movements at 38 "
        "weeks should always get a CTG before going home, and she went home without one.",
        "reduced movements at 38 weeks should always get a CTG before going home, and she went "
        "home without one",
    ),
    (
        "Mate. IOP of 38 and you sent her home with drops and a 3 month recall?? Negligent, "
        "plain and simple.",
        "Negligent, plain and simple",
    ),
    (
        "I do feel for you. The drug was drawn up into an unlabelled syringe though, and that's "
        "inexcusable in any theatre I've worked in from Cardiff to Calgary.",
        "that's inexcusable",
    ),
    (
        "Nobody should have to do a child-protection visit alone at 7pm in the dark. I hope "
        "your team lead hears that loud and clear.",
        None,
    ),
    (
        "Cwtch to you, genuinely. But the CTG was flat for forty minutes before the buzzer "
        "went. I'm struggling to see how that got missed on a one-to-one.",
        "I'm struggling to see how that got missed",
    ),
    (
        "Most wrong-site cases in the literature involve several people missing the same thing "
        "at several points. It's rarely down to one person.",
        None,
    ),
    (
        "People keep using the word 'avoidable' at our M&M like it helps anyone. It doesn't. "
        "Hope your consultant is being kind to you.",
        None,
    ),
    (
        "One wonders whether the risk assessment was actually revisited after he mentioned the "
        "rope, or just copied forward from intake.",
        "One wonders whether the risk assessment was actually revisited",
    ),
    (
        "How did you not notice the RAPD? It's the first thing in any red-eye workup.",
        "How did you not notice the RAPD?",
    ),
    (
        "> I assumed the NG position had been confirmed by the night team\n\nAssumed. That's "
        "the problem right there, isn't it?",
        "Assumed. That's the problem right there, isn't it?",
    ),
    (
        "For future shifts it might help to keep a laminated LMP prompt stuck to the console. "
        "Our department in Halifax did that and our near-miss reports dropped right off.",
        None,
    ),
    (
        "Sudden flashes in a -8 myope and no dilated fundus exam? Any trainee in Lahore would "
        "tell you that's a same-day referral.",
        "Any trainee in Lahore would tell you",
    ),
    (
        "Why not turn it into a reflective account for revalidation? Writing mine changed it "
        "from a wound into something I could actually use.",
        None,
    ),
    (
        "Honestly any house officer knows you don't give treatment-dose heparin two hours "
        "before the epidural catheter comes out. Hope you're ok though.",
        "any house officer knows",
    ),
    (
        "I'm not calling anyone careless here - the manufacturer changed the bottle colour "
        "without telling a single pharmacy in BC.",
        None,
    ),
    (
        "You should have seen me in my first month at the Royal Women's - I cried in the sluice "
        "every single shift. It does get better.",
        None,
    ),
    (
        "Not saying you're to blame for what the father did. But a child on a plan not seen for "
        "six weeks means a visit that should've happened, and you were the allocated worker.",
        "a visit that should've happened, and you were the allocated worker",
    ),
    (
        "Who takes a chest film on a 28-year-old woman without asking the LMP? Come on.",
        "Who takes a chest film on a 28-year-old woman without asking the LMP?",
    ),
    (
        "Anaesthetist in Hong Kong. Every one of us has a case living rent-free in our heads. "
        "Mine's from 2011. You'll carry it, but it gets lighter.",
        None,
    ),
    (
        "Isn't checking the IDDSI level literally what the swallow chart on the bed door is for?",
        "Isn't checking the IDDSI level literally what the swallow chart on the bed door is for?",
    ),
    (
        "The dispensing software should never have let two strengths of the same drug sit next "
        "to each other on the pick screen. That's a design flaw, not you.",
        None,
    ),
    (
        "The EPR in our Hong Kong cluster defaults to mg when half the paeds protocols are "
        "written in mcg. Whoever signed that build off should answer for it, not you.",
        None,
    ),
    (
        "Why do we always go straight to assuming it's our fault? Genuinely think the training "
        "does that to us.",
        None,
    ),
    (
        "Thank you for posting this. Our whole dietetics team read it at huddle and it started "
        "a really good conversation.",
        None,
    ),
    (
        "None of this was careless. You were covering three theatres with one ODP. Full stop.",
        None,
    ),
    (
        "Sorry you're going through this. Honestly though, a methotrexate script with daily "
        "dosing is the one every dispensary in Ontario has a poster about. The frequency should "
        "have been queried before it left the counter.",
        "The frequency should have been queried",
    ),
    (
        "OT in Vancouver, 9 yrs in. I had a patient fall on my watch in year two and I still "
        "remember the sound. It does get less sharp, I promise.",
        None,
    ),
    (
        "Could you ask your educator about a debrief for the whole team? Sometimes it helps to "
        "hear it wasn't just you in that room.",
        None,
    ),
    (
        "In my department in Pune we would never let a new grad do a kitchen assessment "
        "unsupervised, so honestly the question is why you agreed to.",
        "the question is why you agreed to",
    ),
    (
        "This isn't something you ought to be holding alone. Does your health board run a staff "
        "wellbeing line?",
        None,
    ),
    (
        "Two minutes on the phone to the ward pharmacist and this whole mess wouldn't have "
        "happened. Not a dig, just true.",
        "Two minutes on the phone to the ward pharmacist and this whole mess wouldn't have "
        "happened",
    ),
    (
        "So sorry about the fall. tbh tho u could've just left the transfer for the morning "
        "when there were two of u instead of rushing it solo",
        "u could've just left the transfer for the morning",
    ),
    (
        "Not calling it reckless, but extubating with that much residual block and no TOF count "
        "is... a choice.",
        "no TOF count is... a choice",
    ),
    (
        "I should have referred a kid on my caseload in Cardiff back in 2016 and I didn't. I "
        "think about him most weeks. You're not alone in this.",
        None,
    ),
    (
        "This is one of the bravest posts I've read on here.",
        None,
    ),
    (
        "Retained swab. The count was 'correct' at closure, was it? This is precisely what the "
        "count exists to prevent and it was entirely avoidable.",
        "it was entirely avoidable",
    ),
    (
        "Lots of kind replies here so I'll be the odd one out: the pelvic scan should have been "
        "repeated with a full bladder before it was reported as normal.",
        "the pelvic scan should have been repeated with a full bladder",
    ),
    (
        "Obviously this is going to sting for a while. That's not a sign you're a bad "
        "clinician, it's a sign you care.",
        None,
    ),
    (
        "What did your manager say when you told them? Ours in Brisbane was surprisingly decent "
        "about it.",
        None,
    ),
    (
        "What made you think the allergy band was optional on a penicillin challenge day?",
        "What made you think the allergy band was optional",
    ),
    (
        "Difficult airway flagged at pre-op and no video laryngoscope in the room at induction. "
        "Basic preparation failure, I'm afraid.",
        "Basic preparation failure",
    ),
    (
        "why didnt u check the name band?? thats literally the first thing they teach",
        "why didnt u check the name band",
    ),
    (
        "ur not a bad midwife. ur a tired one. those are v different things x",
        None,
    ),
    (
        "> I keep replaying the session wondering what I missed\n\nThat replay loop is so "
        "normal after losing a client. Please take it to supervision, not just to 3am.",
        None,
    ),
    (
        "I've scanned for 15 yrs across three states and never once signed off a dating scan "
        "without measuring the CRL twice. Not trying to pile on.",
        "never once signed off a dating scan without measuring the CRL twice",
    ),
    (
        "Lists help me when my head's like this:\n- eat\n- sleep\n- talk to one person in real "
        "life\n- don't reread the notes tonight",
        None,
    ),
    (
        "Sympathetic, truly. But you needed to call the obstetric registrar the moment the "
        "shoulders didn't deliver with the next contraction, not after the second manoeuvre.",
        "you needed to call the obstetric registrar the moment the shoulders didn't deliver",
    ),
    (
        "Honestly the ward should have had a second RN on. One nurse for 14 beds overnight is a "
        "staffing failure, not yours.",
        None,
    ),
    (
        "Pharmacist in Mumbai - last monsoon our store had three different brands of the same "
        "insulin because of supply issues. Confusion is built into that kind of situation.",
        None,
    ),
    (
        "Sending you so much love from Lahore 💛",
        None,
    ),
    (
        "Amlodipine and amiloride boxes in our Karachi store were nearly identical for years. "
        "It catches the best of us.",
        None,
    ),
    (
        "I'd be really curious what your formulation was when you decided the disclosure didn't "
        "meet the threshold to break confidentiality.",
        "I'd be really curious what your formulation was",
    ),
    (
        "i'm not going to say careless. but it was careless.",
        "it was careless",
    ),
    (
        "Home visit cancelled twice and nobody took it to the strategy meeting? That's "
        "case-holding 101, love.",
        "That's case-holding 101",
    ),
    (
        "Genuinely asking - why didn't you just phone the GP before stopping the lithium?",
        "why didn't you just phone the GP",
    ),
    (
        "Should have, could have, would have. Ignore all of it. You told the truth and you told "
        "it quickly, and that's what matters.",
        None,
    ),
    (
        "Why didn't you ring the reg when the sats dropped the second time? Genuine question, "
        "not having a go.",
        "Why didn't you ring the reg",
    ),
    (
        "Ex-vet nurse, now on a surgical ward in Adelaide. I've found the human side of errors "
        "so much heavier than I expected. No advice, just solidarity.",
        None,
    ),
    (
        "I'm not going to tell you what you 'should have' done, because I wasn't there and "
        "neither was anyone else replying.",
        None,
    ),
    (
        "Hate to say it but a 10-fold error on paed morphine is day-one pharmacy stuff. The "
        "decimal point thing is drilled into us from first year in Hong Kong.",
        "is day-one pharmacy stuff",
    ),
    (
        "You stayed with the family, you disclosed, you wrote it up. That's exactly what a good "
        "surgeon does after something goes wrong.",
        None,
    ),
]
