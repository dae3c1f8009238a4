"""Round 9 of issue 14's evaluation: 160 replies (80 that judge the author's past decision)
from two helpers who saw only the labeling guide (guard_round2.md), never the rules, the model,
the corpora or the code: occupational therapists, hospice nurses, emergency doctors, speech and
language therapists, community pharmacists, ICU nurses, health visitors, student paramedics
(Yorkshire, Dublin, Texas, Singapore, Cape Town, Auckland, rural Alberta); psychiatric nurses,
midwives, paramedics, school counsellors, podiatrists, care-home managers, phlebotomists,
clinical psychologists (rural Wales, Ontario, western Kenya, Mumbai, Ohio, the Scottish
Highlands, Perth). Measured untouched with the rules and the model trained on rounds 1 to 6 and
8, then trained on: see test_guard.py and bench/README.md. Entries as in guard_corpus: (reply,
phrase or None)."""

ROUND_9_K = [
    (
        (
            "Big hugs from Auckland 💛 For what it's worth though, you ought to have stopped the "
            "feed as soon as she started coughing."
        ),
        "you ought to have stopped the feed as soon as she started coughing",
    ),
    (
        "Who pushes IV potassium as a bolus in this day and age?? Come ON.",
        "Who pushes IV potassium as a bolus in this day and age??",
    ),
    (
        (
            "Not judging!! Just curious what was going through your head when you signed it off "
            "without reading it 🤔"
        ),
        "curious what was going through your head when you signed it off without reading it",
    ),
    (
        (
            "Twenty-six years on a community counter in San Antonio and I have never once handed "
            "out a controlled drug without checking ID. Never."
        ),
        "I have never once handed out a controlled drug without checking ID",
    ),
    (
        (
            "I'm really sorry, I can hear how much this is weighing on you and I don't want to "
            "kick you while you're down. I've been an OT in community rehab in Yorkshire a long "
            "time and I've seen how fast things unravel after discharge. But it needs saying "
            "plainly or the lesson gets lost: if you'd only waited for the OT home assessment "
            "before signing him off, he'd have had the rails and the perching stool in place, and "
            "the fall probably wouldn't have happened. That's not me saying you're a bad physio. "
            "It's me saying the next patient deserves that wait. Look after yourself this week x"
        ),
        "if you'd only waited for the OT home assessment before signing him off",
    ),
    (
        (
            "I'm sorry you're hurting, I am. But leaving a dysphagic patient alone with a ham "
            "sandwich was a pretty basic error."
        ),
        "was a pretty basic error",
    ),
    (
        (
            "SLT here. Aspiration is sneaky, even after a textbook swallow assessment. Silent "
            "aspirators fool the best of us."
        ),
        None,
    ),
    (
        ("Checking the ID band before you give anything is literally ICU orientation week stuff."),
        "literally ICU orientation week stuff",
    ),
    (
        (
            "In our service in Cape Town we would NEVER close someone off the SLT caseload "
            "without a repeat VFSS. Just saying."
        ),
        "we would NEVER close someone off the SLT caseload without a repeat VFSS",
    ),
    (
        (
            "Could you bring it to clinical supervision? Ours in Auckland has been really good "
            "for stuff like this."
        ),
        None,
    ),
    (
        (
            "You caught it, you reported it, you told the family. That's exactly what a safe "
            "clinician does."
        ),
        None,
    ),
    (
        "You shouldn't be carrying this by yourself. Does your work have an EAP line?",
        None,
    ),
    (
        (
            "The rota should never have had one RN covering 14 hospice beds overnight. That's on "
            "management, not you."
        ),
        None,
    ),
    (
        "🫂🫂🫂",
        None,
    ),
    (
        (
            "We're taught this in first term of the OT degree: you don't leave someone on a "
            "commode unattended the week after a stroke."
        ),
        "We're taught this in first term of the OT degree",
    ),
    (
        "how are you sleeping? genuinely. take the time off if u can",
        None,
    ),
    (
        (
            "Tbh giving a bolus without looking at the pump history is borderline negligent. Hope "
            "the patient's ok."
        ),
        "is borderline negligent",
    ),
    (
        (
            "Your trust should have given you a proper preceptorship. Eight weeks qualified and "
            "alone on nights is madness."
        ),
        None,
    ),
    (
        "I'm finding it hard to see how sats of 86% got missed across two obs rounds.",
        "I'm finding it hard to see how sats of 86% got missed",
    ),
    (
        ("Lazy charting, plain and simple. The baby's weight was sat in your bag for three days."),
        "Lazy charting, plain and simple.",
    ),
    (
        (
            "Any student para on their first placement knows you don't take the collar off after "
            "a fall from height. Sorry, but come on."
        ),
        "Any student para on their first placement knows",
    ),
    (
        (
            "im a student OT and honestly reading stuff like this is reassuring?? that real "
            "clinicians are human too"
        ),
        None,
    ),
    (
        (
            "I'd genuinely love to know what the reasoning was behind giving the full dose to a "
            "40kg frail lady with an eGFR of 22."
        ),
        "I'd genuinely love to know what the reasoning was",
    ),
    (
        ("What did you think was going to happen when you left a confused man alone in the bath?"),
        "What did you think was going to happen",
    ),
    (
        (
            "Obviously I don't know the whole story, but it sounds like you were set up to fail "
            "by that staffing."
        ),
        None,
    ),
    (
        (
            "Hospice nurse, Leeds. I'm so sorry it ended that way for the family, truly. But why "
            "didn't you ring the on-call GP before the syringe driver ran dry?"
        ),
        "why didn't you ring the on-call GP",
    ),
    (
        (
            "Was there really nobody on the unit you could've grabbed for a second check? Not "
            "even the charge nurse?"
        ),
        "Was there really nobody on the unit you could've grabbed for a second check?",
    ),
    (
        (
            "Really sorry. The family should've been rung before the chaplain turned up, and as "
            "the named nurse that was on you."
        ),
        "as the named nurse that was on you",
    ),
    (
        (
            "INEXCUSABLE to leave the bed rails down on a known faller. Sorry but somebody has to "
            "say it."
        ),
        "INEXCUSABLE to leave the bed rails down on a known faller",
    ),
    (
        "*you are not a bad nurse.* read that again.",
        None,
    ),
    (
        (
            "Pharmacy software should flag a duplicate script like that, and it didn't. That's a "
            "system failure, not a you failure."
        ),
        None,
    ),
    (
        (
            "The fact that it's keeping you up at night shows how much you care. Careless "
            "clinicians don't lose sleep."
        ),
        None,
    ),
    (
        (
            "Things that helped me after mine:\n- talking it through with my clinical "
            "supervisor\n- **not** rereading the incident report every night\n- walking the dog, "
            "a lot\n\nHang in there."
        ),
        None,
    ),
    (
        "why did u leave the obs till end of shift tho",
        "why did u leave the obs till end of shift",
    ),
    (
        (
            "Half the RCAs I've sat on call things 'avoidable' and almost every one of them "
            "traces back to the system. Don't let that word eat you up."
        ),
        None,
    ),
    (
        (
            "> I keep thinking I should have known\n\nYou couldn't have known something nobody "
            "told you. Please go easy on yourself x"
        ),
        None,
    ),
    (
        "Why do we always tear ourselves apart over these? Be kind to yourself tonight.",
        None,
    ),
    (
        (
            "Hindsight is 20/20 and all that, but the red flags were pretty loud in what you "
            "wrote. Headache, vomiting, new confusion."
        ),
        "the red flags were pretty loud in what you wrote",
    ),
    (
        (
            "Health visitor in Leeds. We had a near miss almost identical to this last spring and "
            "the learning from it changed our whole weighing policy. Your post might do the same "
            "for someone."
        ),
        None,
    ),
    (
        (
            "OT in rural Alberta. Falls risk is honestly one of the hardest things we try to "
            "predict. Even the best tools are barely better than a coin toss."
        ),
        None,
    ),
    (
        (
            "I've been an ICU nurse in Singapore for eighteen years and I'm sorry you're going "
            "through this, I really am. But I'm going to be honest because I think you'd want "
            "that. The RASS was 3+ at 2am and again at 3am, the patient was pulling at the tube, "
            "and the sedation was still sitting at the same rate. That extubation was, frankly, "
            "avoidable. You had a doctor one bed away and you chose to ride it out. I hope your "
            "unit supports you through the review and I hope you take the learning from it, "
            "because you clearly care a lot."
        ),
        "That extubation was, frankly, avoidable.",
    ),
    (
        (
            "> I was the one holding the glucometer\n\nThen honestly the BM should have been "
            "repeated before he was loaded. That reading made no sense with how he looked."
        ),
        "the BM should have been repeated before he was loaded",
    ),
    (
        (
            "For the future, it could help to build in a buddy check for high-risk meds. Not "
            "because you're weak, just because we all are at 4am."
        ),
        None,
    ),
    (
        (
            "Nobody should be doing home visits in rural Alberta in January with no phone signal "
            "and no lone-worker device. Your employer needs to fix that, full stop."
        ),
        None,
    ),
    (
        (
            "Texas pharmacist here, 15 yrs. Everyone makes errors. The ones who post about them "
            "are the ones I'd trust to fill my own scripts."
        ),
        None,
    ),
    (
        (
            "Why not write it up as a reflective piece for your revalidation? It turns something "
            "horrible into something that's actually useful."
        ),
        None,
    ),
    (
        (
            "Hospice nurse here, twelve years now. My worst one was a missed breakthrough dose "
            "for a lady in her last few hours, because I got pulled to another room and nobody "
            "picked it up. I went home and sat in the car for an hour before I could go inside. "
            "What got me through was telling her daughter the truth, which I was terrified to do, "
            "and she held my hand and thanked me for being honest. I'm not saying your family "
            "will react the same. I'm saying you being honest with them is the bit that matters, "
            "and you did that. Please look after yourself."
        ),
        None,
    ),
    (
        (
            "What made you think the swallow screen could wait until Monday? She'd been coughing "
            "on fluids since Friday."
        ),
        "What made you think the swallow screen could wait until Monday?",
    ),
    (
        (
            "Oh love, that's a hard one and I'm sorry. You should've phoned the consultant the "
            "minute that lactate came back though."
        ),
        "You should've phoned the consultant the minute that lactate came back",
    ),
    (
        "What did your manager say when you told her? Hope she was decent about it.",
        None,
    ),
    (
        "Isn't that exactly what the handover sheet is for?",
        "Isn't that exactly what the handover sheet is for?",
    ),
    (
        (
            "same thing happened to me as a student para in Cape Town, my mentor was lovely about "
            "it, hope yours was too"
        ),
        None,
    ),
    (
        (
            "ICU nurse, Singapore. We all have one of these stories. Mine's from 2011 and I still "
            "remember the bed number."
        ),
        None,
    ),
    (
        "Sending you a massive hug from Yorkshire. x",
        None,
    ),
    (
        "Honestly mate, a two-minute call to the prescriber would've saved the whole lot.",
        "a two-minute call to the prescriber would've saved the whole lot",
    ),
    (
        (
            "Most of the med errors I see as an ED doc cluster around shift change. Nothing "
            "unique about you, it's the hour."
        ),
        None,
    ),
    (
        (
            "**Surely** someone on a 12-bed ICU would have clocked the line was unclamped... and "
            "surely that someone was the bedside nurse?"
        ),
        "surely that someone was the bedside nurse?",
    ),
    (
        (
            "I should have escalated a deteriorating toddler once and I didn't, and I still think "
            "about her. Writing it down like you have is the first step."
        ),
        None,
    ),
    (
        (
            "In fairness the home visit notes should've been read before you went in. The dog "
            "warning was right there on the front sheet."
        ),
        "the home visit notes should've been read before you went in",
    ),
    (
        (
            "You really needed to hand that over to nights face to face, not on a post-it stuck "
            "to the computer."
        ),
        "You really needed to hand that over to nights face to face",
    ),
    (
        "This was completely preventable. Full stop.",
        "This was completely preventable",
    ),
    (
        (
            "Did you get any debrief afterwards? On our ICU in Dublin we do hot debriefs and they "
            "really help."
        ),
        None,
    ),
    (
        (
            "Sorry this happened to you. The cuff pressure ought to have been measured at the "
            "start of your shift though, that's what the bundle is there for."
        ),
        "The cuff pressure ought to have been measured at the start of your shift",
    ),
    (
        (
            "You should have seen me on my first ICU rotation in Singapore, I hung the wrong bag "
            "twice in one week. You'll get through this ❤️"
        ),
        None,
    ),
    (
        (
            "The thickener level should have been checked against the care plan before the tray "
            "went out. Sending love x"
        ),
        "The thickener level should have been checked against the care plan",
    ),
    (
        "Thank you for posting this. Honestly it takes guts.",
        None,
    ),
    (
        ("You could contact your union rep before the meeting, just so someone's in your corner."),
        None,
    ),
    (
        ("u could of just asked the mum to bring the red book in, wouldve saved all this hassle"),
        "u could of just asked the mum to bring the red book in",
    ),
    (
        "Why on earth would you not document the penicillin allergy at the counter? 😬",
        "Why on earth would you not document the penicillin allergy",
    ),
    (
        "Would you be up for sharing this at a Schwartz round? Totally get it if not.",
        None,
    ),
    (
        "obviously you read back a verbal order. that's first-week-on-the-ward material",
        "obviously you read back a verbal order",
    ),
    (
        "Thinking of you. Post an update if you feel like it, no pressure at all.",
        None,
    ),
    (
        (
            "How did you not notice the MAP sitting in the 50s for over an hour? Not having a go, "
            "I just can't picture it."
        ),
        "How did you not notice the MAP sitting in the 50s",
    ),
    (
        "Praying for the patient and for you 🙏",
        None,
    ),
    (
        (
            "ED reg in Dublin. Genuinely asking, not trying to be cruel: why did you discharge "
            "him before the second troponin was back?"
        ),
        "why did you discharge him before the second troponin was back",
    ),
    (
        "I'm so glad he's recovering. Hope you are too.",
        None,
    ),
    (
        (
            "Did you not think to compare the dispensing label with the script before you handed "
            "the bag over?"
        ),
        "Did you not think to compare the dispensing label with the script",
    ),
    (
        (
            "Look-alike sound-alike drugs get literally everybody eventually. "
            "Hydralazine/hydroxyzine nearly got me last year and I've been qualified 20 yrs."
        ),
        None,
    ),
    (
        (
            "The pump manufacturer could've made that screen a LOT less confusing tbh. We've had "
            "three near-misses on the same model in our ED."
        ),
        None,
    ),
    (
        "One does wonder whether the weight was ever actually plotted at the 6-8 week check.",
        "One does wonder whether the weight was ever actually plotted",
    ),
]

ROUND_9_L = [
    (
        "Sending so much love from Mumbai 💛 thank you for being brave enough to write this.",
        None,
    ),
    (
        (
            "Sorry this happened, genuinely. But why didn't you ring the on-call reg before "
            "letting him off the ward on section 17 leave?"
        ),
        "why didn't you ring the on-call reg",
    ),
    (
        (
            "I did exactly this as a newly qualified RMN in Bangor. I should have rung the duty "
            "doctor and I didn't, and I carried it for years. You're not alone in this."
        ),
        None,
    ),
    (
        (
            "You should have handed the pager over to the charge nurse the second you started "
            "feeling unwell. Take care of yourself though x"
        ),
        "You should have handed the pager over to the charge nurse",
    ),
    (
        "ugh 😔 that sounds horrific. u ok?",
        None,
    ),
    (
        (
            "The allergy band should have been checked before the first dose went in. That's the "
            "whole point of the thing."
        ),
        "The allergy band should have been checked before the first dose went in",
    ),
    (
        (
            "You should have seen me my first week on the community team — I left a patient's "
            "whole file on a bus in Cardiff 🙈. We survive these things, promise."
        ),
        None,
    ),
    (
        "I'm sorry but this was completely avoidable.",
        "this was completely avoidable",
    ),
    (
        (
            "Isn't that exactly what the sepsis screening tool is there for? Sorry you're going "
            "through it."
        ),
        "Isn't that exactly what the sepsis screening tool is there for?",
    ),
    (
        (
            "The rota should never have had one qualified nurse covering two wards overnight. "
            "That is a management decision, not yours."
        ),
        None,
    ),
    (
        "One can't help wondering whether the obs chart was even looked at between 2 and 6.",
        "One can't help wondering whether the obs chart was even looked at",
    ),
    (
        "How are you doing now, a week on? Sleeping at all?",
        None,
    ),
    (
        (
            "what made u think a 2nd year student could do the venepuncture on a pt on warfarin "
            "unsupervised?? not having a go but"
        ),
        "what made u think a 2nd year student could do the venepuncture",
    ),
    (
        (
            "Pharmacy should have flagged the interaction, that's literally what the "
            "e-prescribing alerts are meant to do. So sorry the system failed you."
        ),
        None,
    ),
    (
        (
            "Checking the name band against the request form is literally week one of phlebotomy "
            "training. Sorry but it is."
        ),
        "literally week one of phlebotomy training",
    ),
    (
        (
            "Paramedic in the Highlands here. The distances up here do things to your judgement "
            "that nobody working in a city ever really understands. Big hug."
        ),
        None,
    ),
    (
        (
            "tbh u couldve just asked the HCA to hold the leg while u did the bloods, would of "
            "saved the whole drama"
        ),
        "u couldve just asked the HCA to hold the leg",
    ),
    (
        (
            "For future shifts it might help to insist on a witness for every controlled drug, "
            "even when the ward is slammed. Nobody sensible will think less of you for it."
        ),
        None,
    ),
    (
        (
            "How did you not notice the cannula had tissued? The arm must have been twice the "
            "size by the time the family came in."
        ),
        "How did you not notice the cannula had tissued?",
    ),
    (
        (
            "I'm a clinical psychologist and I see a lot of clinicians after incidents like this. "
            "The shame spiral you're describing is really common, and it does ease. Things that "
            "tend to help:\n- talking to one person you trust, out loud\n- writing the timeline "
            "down once, then closing the notebook\n- **not** re-reading the incident report at "
            "2am\nYou're allowed to be a good nurse who made a mistake."
        ),
        None,
    ),
    (
        "Not to pile on, but the family ought to have been rung before the body was moved.",
        "the family ought to have been rung before the body was moved",
    ),
    (
        (
            "Why not bring this to your clinical supervision session? Mine helped me untangle a "
            "very similar mess last year."
        ),
        None,
    ),
    (
        (
            "Leaving the drug trolley unlocked on an acute psych ward is downright dangerous. "
            "Glad nobody got hurt."
        ),
        "Leaving the drug trolley unlocked on an acute psych ward is downright dangerous",
    ),
    (
        (
            "Former GP receptionist, now an HCA in Carmarthenshire. Honestly the amount of stuff "
            "that goes through practices with no proper system is terrifying, and it always lands "
            "on whoever's at the front. Thinking of you."
        ),
        None,
    ),
    (
        (
            "Did you not think to check her feet for sensation before you took the scalpel to "
            "that callus? She's diabetic, it's right there on the referral."
        ),
        "Did you not think to check her feet for sensation",
    ),
    (
        "why do we always assume it's our fault first?? honestly this profession",
        None,
    ),
    (
        (
            "I'd love to hear the reasoning behind letting a 15 year old walk home alone after a "
            "session like that."
        ),
        "I'd love to hear the reasoning behind letting a 15 year old walk home alone",
    ),
    (
        (
            "You shouldn't have to carry this on your own. Is there an EAP or staff wellbeing "
            "line at your trust?"
        ),
        None,
    ),
    (
        (
            "Honestly, if you'd only read the care plan before the shift you'd have known she was "
            "nil by mouth."
        ),
        "if you'd only read the care plan",
    ),
    (
        (
            "Most wrong-patient blood errors happen when there's an interruption mid-procedure. "
            "The research on it is pretty clear. Interruptions are a system problem, not a "
            "character flaw."
        ),
        None,
    ),
    (
        (
            "Hugs from Mumbai 🤍 but I have to ask, why did you hand the unlabelled tubes to the "
            "ward boy instead of labelling them at the bedside?"
        ),
        "why did you hand the unlabelled tubes to the ward boy",
    ),
    (
        (
            "Nobody should have to do a 14-hour solo night on a rural ambulance with no backup "
            "inside 90 minutes. That's the real story here."
        ),
        None,
    ),
    (
        (
            "What did you think was going to happen, leaving a patient on 15-minute obs with his "
            "shoelaces still in?"
        ),
        "What did you think was going to happen",
    ),
    (
        (
            "Thank you for sharing. I'm a podiatry student in Perth and reading posts like this "
            "makes me feel less scared of getting it wrong one day."
        ),
        None,
    ),
    (
        (
            "Out past Lairg the helicopter should have been requested the moment his GCS dropped. "
            "Road transfer was never going to make it in time. Sorry, hope you're ok."
        ),
        "the helicopter should have been requested the moment his GCS dropped",
    ),
    (
        (
            "Those purple and lavender tops look identical under side-room lighting, honestly "
            "half our team has mixed them up at some point."
        ),
        None,
    ),
    (
        (
            "You needed to escalate to the safeguarding lead that same afternoon, not after the "
            "weekend. I know it's hard to hear."
        ),
        "You needed to escalate to the safeguarding lead that same afternoon",
    ),
    (
        (
            "> I still can't stop thinking about the look on her mum's face\n\nThat tells me how "
            "much you care. Please be gentle with yourself tonight."
        ),
        None,
    ),
    (
        "Labelling the tubes away from the patient is a textbook error and tbh you know it.",
        "Labelling the tubes away from the patient is a textbook error",
    ),
    (
        (
            "Could you maybe write this up as a reflective piece for your revalidation? It really "
            "helped me turn the worst week of my career into something useful."
        ),
        None,
    ),
    (
        (
            "Wasn't there anyone on the Highland night rota you could have phoned? Even NHS 24 "
            "would've picked up."
        ),
        "Wasn't there anyone on the Highland night rota you could have phoned?",
    ),
    (
        (
            "Ohio care-home manager here. When one of my night aides had something similar "
            "happen, the thing that helped most was the family meeting afterward. Families are "
            "often kinder than we expect. Rooting for you."
        ),
        None,
    ),
    (
        "Who gives insulin without a BM first?? Genuinely asking.",
        "Who gives insulin without a BM first??",
    ),
    (
        (
            "Obviously this is going to sit with you for a while, and that's ok. It means you're "
            "a safe practitioner, not a bad one."
        ),
        None,
    ),
    (
        "In my clinic we would never debride without the doppler results back first. Never.",
        "In my clinic we would never debride without the doppler results back first",
    ),
    (
        "This made me cry a bit tbh. You clearly love your patients.",
        None,
    ),
    (
        (
            "You ought to have stayed with him until the crisis team arrived. Stepping away from "
            "a 1:1 even for five minutes is how these things happen."
        ),
        "You ought to have stayed with him until the crisis team arrived",
    ),
    (
        (
            "The whole thing was avoidable at a *system* level: the software logging everyone out "
            "at 3am, no printed MAR as backup, one nurse for 28 beds. None of that is you."
        ),
        None,
    ),
    (
        (
            "Her pressure areas should've been looked at on admission, not three days in. I "
            "manage a care home in Ohio and that's exactly what the state surveyors would say "
            "too."
        ),
        "Her pressure areas should've been looked at on admission",
    ),
    (
        (
            "Midwife in western Kenya here, we lose power during labours more often than I want "
            "to admit. Doing your best in the dark (literally) is still doing your best. 🙏🏾"
        ),
        None,
    ),
    (
        (
            "Not judging, but I'm finding it hard to see how a mobile patient with a known falls "
            "history ended up unsupervised in the shower."
        ),
        (
            "I'm finding it hard to see how a mobile patient with a known falls history ended up "
            "unsupervised"
        ),
    ),
    (
        "What did your ward manager say when you told her? Hope they were decent about it.",
        None,
    ),
    (
        "That's negligence, plain and simple. Hope your regulator is kinder than I'd be.",
        "That's negligence, plain and simple",
    ),
    (
        (
            "I should've spotted the same signs in a kid I was seeing at school last year and I "
            "didn't. We're human. Hugs x"
        ),
        None,
    ),
    (
        (
            "Thirty-one years on ambulances in rural Wales and I have not once left a patient at "
            "home without a safety-netting plan written down. Not once."
        ),
        "I have not once left a patient at home without a safety-netting plan written down",
    ),
    (
        (
            "Did you get any kind of debrief afterwards? Ambulance services are terrible at that "
            "here in WA."
        ),
        None,
    ),
    (
        (
            "Sending love from Ontario. For what it's worth, you really should've documented the "
            "refusal in real time instead of at the end of shift."
        ),
        "you really should've documented the refusal in real time",
    ),
    (
        (
            "Solidarity from a school counselor in Ontario. Safeguarding calls are the hardest "
            "judgment calls I know of, and there's no version of this job where you get every "
            "single one right."
        ),
        None,
    ),
    (
        "Surely the CTG print-out would have shown the decels well before it got that far?",
        "Surely the CTG print-out would have shown the decels well before it got that far?",
    ),
    (
        (
            "you could talk to your RCM rep if they start hinting at a disciplinary, ours was "
            "really good"
        ),
        None,
    ),
    (
        (
            "Skipping the second weight check on a neonate is careless, there's no nice way to "
            "say it. Hope the baby is doing well now 🙏"
        ),
        "Skipping the second weight check on a neonate is careless",
    ),
    (
        (
            "Phlebotomist here — I once drew from the wrong Mrs Patel on a ward that had three of "
            "them. The lab caught it. I still think about it. You're in good company, "
            "unfortunately."
        ),
        None,
    ),
    (
        (
            "I'm a midwife in Perth and I'd honestly like to know why you didn't call the "
            "obstetrician when the CTG went flat."
        ),
        "why you didn't call the obstetrician when the CTG went flat",
    ),
    (
        "The fact you reported it yourself says everything about your integrity.",
        None,
    ),
    (
        ("Hindsight is 20/20 and all that, but the red flags were all over his notes from the GP."),
        "the red flags were all over his notes",
    ),
    (
        (
            "Why is it that the people who care most are the ones who end up posting here? The "
            "careless ones never lose a minute's sleep."
        ),
        None,
    ),
    (
        (
            "A two-minute call to the pharmacist would have saved all of this. Ugh, that's rough "
            "though."
        ),
        "A two-minute call to the pharmacist would have saved all of this",
    ),
    (
        "Are you back on the ward yet or still off? Either is ok btw.",
        None,
    ),
    (
        (
            "Psych nurse in Aberystwyth here. I recognise every single feeling in this post. You "
            "could always DM me if you want to talk it through with someone who gets it."
        ),
        None,
    ),
    (
        (
            "Any student midwife could tell you a PPH doesn't always look dramatic. We cover that "
            "in the very first lecture."
        ),
        "Any student midwife could tell you a PPH doesn't always look dramatic",
    ),
    (
        (
            "Which glucometer model was it? The ones on our unit in Kisumu read high constantly "
            "and we've reported them twice."
        ),
        None,
    ),
    (
        (
            "The risk assessment ought to have been redone after the first self-harm disclosure. "
            "That's on whoever held the case, and in this story that's you."
        ),
        "The risk assessment ought to have been redone after the first self-harm disclosure",
    ),
    (
        "Hope you're getting some kindness from your team. We're all thinking of you on here.",
        None,
    ),
    (
        "I mean... what's the handover sheet for if nobody reads it? 🤷\u200d♀️",
        "what's the handover sheet for if nobody reads it?",
    ),
    (
        (
            "> I didn't sleep for three nights after\n\nThat's a really normal stress response. "
            "If it's still going on in a fortnight, please see your GP."
        ),
        None,
    ),
    (
        (
            "Bloods should never have been taken from the drip arm. Sorry, but that's where this "
            "went wrong."
        ),
        "Bloods should never have been taken from the drip arm",
    ),
    (
        ("THIS. We need a just culture, not a blame culture. Nobody learns anything from shaming."),
        None,
    ),
    (
        (
            "Come on, who leaves a confused resident's bed rails down AND the sensor mat "
            "unplugged? I run a home in Kisumu and my carers would be in my office first thing."
        ),
        "who leaves a confused resident's bed rails down AND the sensor mat unplugged?",
    ),
    (
        (
            "Did anyone from occ health reach out to you? If not you can usually self-refer, I "
            "did after my own incident and it helped alot."
        ),
        None,
    ),
    (
        (
            "Why'd you discharge her from the caseload after one missed appt though? Two-strike "
            "rule exists for a reason."
        ),
        "Why'd you discharge her from the caseload after one missed appt",
    ),
]
