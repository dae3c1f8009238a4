"""Round 3 of issue 14's evaluation: 160 replies (80 that judge the author's past decision)
from a helper who saw only the labeling guide (guard_round2.md), never the rules, corpora or
code; every profession and eight countries. Measured untouched with the rules of rounds 1 and
2, then tuned against: see bench/README.md; test_guard.py keeps what it reached. Entries as
in guard_corpus: (reply, phrase or None)."""

ROUND_3 = [
    (
        "Those two brands should never have been stocked next to each other on the same "
        "shelf. That's a stock control problem, not a you problem.",
        None,
    ),
    (
        "Mate, rough job. But leaving him at home after a syncopal episode with those obs "
        "was always going to bite. You needed to convey.",
        "You needed to convey",
    ),
    (
        "Sorry this happened. But honestly, a home visit before closing the case would have "
        "changed everything.",
        "a home visit before closing the case would have changed everything",
    ),
    (
        "Breaking confidentiality without consulting your supervisor first was a serious "
        "lapse, and I think you know that.",
        "was a serious lapse",
    ),
    (
        "Why not bring this to your clinical instructor? Mine was amazing when I messed up a "
        "med pass, she helped me write it up.",
        None,
    ),
    (
        "The allergy band was on her wrist the whole time. How did you miss it when it was "
        "right there?",
        "How did you miss it",
    ),
    (
        "Ah God love you. That's a heavy thing to carry. How are you getting on now?",
        None,
    ),
    (
        "GP here. Telling a 50yo smoker with haemoptysis to come back in a month if it "
        "doesn't settle... I'm sorry, that's indefensible.",
        "that's indefensible",
    ),
    (
        "Anaesthetist, 22 years in. My worst day was a wrong-site block in my third year as "
        "a reg. I remember sitting in the car park afterwards unable to drive home. What got "
        "me through:\n\n1. Telling my consultant the whole truth straight away\n2. Writing "
        "to the patient and meeting them\n3. Going to occupational health when I couldn't "
        "sleep\n\nIt did get better. It took months, not weeks. You are allowed to be a good "
        "doctor who made a mistake. Those aren't opposites. DM me if you want to talk.",
        None,
    ),
    (
        "I'd really encourage you to talk to your union rep before the meeting. You "
        "shouldn't go into that room alone.",
        None,
    ),
    (
        "It's sad but that's neglect, leaving him in a wet pad for a whole shift. I'm sorry "
        "but I have to say it.",
        "that's neglect",
    ),
    (
        "Splinting without checking cap refill on a fresh fracture, tbh that's sloppy. Sorry "
        "but someone has to say it.",
        "tbh that's sloppy",
    ),
    (
        "Your department should have had a second radiographer on for a trauma call. One "
        "person can't do everything.",
        None,
    ),
    (
        "You could write a reflective piece on this for supervision. It helped me massively "
        "after a client of mine self-harmed between sessions.",
        None,
    ),
    (
        "Dear, please don't cry too much. But the insulin should have been checked with "
        "another staff before giving. We are taught this in GNM itself.",
        "the insulin should have been checked with another staff before giving",
    ),
    (
        "I want to be gentle here because I can see you're hurting. I run a private practice "
        "and I've supervised a lot of newer therapists. But I think you already sense it: "
        "taking on a client who was your neighbour's sister was a boundary problem from day "
        "one, and when she started texting you at night, that was the moment to refer on. "
        "I'm not saying this to shame you. I'm saying it because the next time you feel that "
        "tug, I hope you'll remember this. Please bring it to supervision.",
        "that was the moment to refer on",
    ),
    (
        "Eish, shame my friend. Sending strength.",
        None,
    ),
    (
        "Sister here, 25 yrs on the wards. In my ward nobody hangs blood without two "
        "signatures. Nobody.",
        "In my ward nobody hangs blood without two signatures",
    ),
    (
        "i should have reported a bruise i saw last year and didn't and it still haunts me. "
        "ur not alone in this, honestly 💛",
        None,
    ),
    (
        "Would it help to book in with your supervisor this week? Even just to talk, not to "
        "analyse.",
        None,
    ),
    (
        "Nobody should have to run a job like that as a single responder. That's on the "
        "service, not on you.",
        None,
    ),
    (
        "Why do we always assume it's our fault first? I did the exact same thing as an "
        "intern and spent a year thinking I was a fraud. You're not.",
        None,
    ),
    (
        "Why didn't you take C-spine precautions? The mechanism alone was enough.",
        "Why didn't you take C-spine precautions",
    ),
    (
        "Doctor here from Chennai. Thank you for writing this. Young doctors should hear "
        "these stories more often.",
        None,
    ),
    (
        "Frankly that's careless. You don't leave the drugs bag unattended on scene. Ever.",
        "Frankly that's careless",
    ),
    (
        "I'm sorry, truly, but discharging at 6 hours with a baby who hadn't fed once was "
        "negligent.",
        "was negligent",
    ),
    (
        "She'd been off her food three days and nobody thought to weigh her or tell the "
        "nurse?? You were her keyworker.",
        "nobody thought to weigh her or tell the nurse",
    ),
    (
        "Sorry, it's a rough one. But the previous imaging was right there on PACS. A "
        "thirty-second check would have saved the patient a second dose of radiation.",
        "A thirty-second check would have saved the patient a second dose of radiation",
    ),
    (
        "Speechie here. Honestly a bedside swallow screen before you okayed thin fluids "
        "would have caught this. I'm sorry, I know it's awful.",
        "a bedside swallow screen before you okayed thin fluids would have caught this",
    ),
    (
        "I'm only a student but even we are taught to rub up the fundus after delivery. I "
        "don't understand how that step got missed.",
        "I don't understand how that step got missed",
    ),
    (
        "Hey, just wanted to say I read this and I'm holding space for you. Frontline child "
        "protection is brutal.",
        None,
    ),
    (
        "I work in child protection in Mumbai and I have had a case very similar. What "
        "helped me was peer supervision every week. You are not alone in this, please "
        "remember.",
        None,
    ),
    (
        "I'm a physio in a busy ortho unit. Falls happen on the best-run wards. Talk to your "
        "senior, you'll be surprised how many have a similar story.",
        None,
    ),
    (
        "I'm only a second year student and even I know you don't give IV potassium as a "
        "push. That's literally taught in week one.",
        "even I know you don't give IV potassium as a push",
    ),
    (
        "Did your supervisor check in with you after the incident? If not, please ask them "
        "to. You deserve that support.",
        None,
    ),
    (
        "Shame man, I feel for you. But you could have just asked for the op note before "
        "starting the hip precautions, it's right there in the file.",
        "you could have just asked for the op note",
    ),
    (
        "Sending hugs but girl... you KNEW the dose looked high. You should've trusted your "
        "gut and called pharmacy before you pushed it.",
        "You should've trusted your gut and called pharmacy before you pushed it",
    ),
    (
        "You could reach out to your EAP, most of them have counsellors who understand "
        "frontline work.",
        None,
    ),
    (
        "I'll be the dissenting voice, sorry.\n\n- Patient on warfarin\n- Fall with head "
        "strike\n- Mild headache\n\nThat is a CT head under NICE, full stop. Sending her "
        "home with a head injury leaflet was not a judgement call, it was a guideline "
        "breach. I'm not saying you're a bad doctor. I'm saying own it, learn it, move on.",
        "it was a guideline breach",
    ),
    (
        "Sisi, I'm so sorry. Please go to the wellness centre at your hospital, they helped "
        "me after the paeds death last year. 🙏",
        None,
    ),
    (
        "Sister, shame. But honestly, if you'd just done a VE before giving the pethidine "
        "you'd have known she was fully. We all learnt that one early.",
        "if you'd just done a VE before giving the pethidine",
    ),
    (
        "Mobilising day 1 post-op with a Hb of 68?? Who signs that off without looking at "
        "the bloods",
        "Who signs that off without looking at the bloods",
    ),
    (
        "The triage system should have bumped her up automatically with those obs. Report "
        "the software issue, it'll protect the next person.",
        None,
    ),
    (
        "Oh love, I'm so sorry, that's a horrible shift to have. Not to pile on but why "
        "didn't you ring the reg when the NEWS hit 7? That's the whole point of the "
        "escalation pathway. Hope you're getting some rest x",
        "why didn't you ring the reg",
    ),
    (
        "Fair play for posting this. Takes guts.",
        None,
    ),
    (
        "Why beat yourself up twice? Once in the incident review, fine. Not every night at "
        "2am too. 💙",
        None,
    ),
    (
        "Family doc here. The fact that you disclosed it to the patient the same day says a "
        "lot about you. Many people don't.",
        None,
    ),
    (
        "Hmm. You needed to clear the cervical spine before manipulating. That's not "
        "hindsight, that's the protocol.",
        "You needed to clear the cervical spine before manipulating",
    ),
    (
        "You should have been there the night I almost gave Methergine to a hypertensive "
        "mom. My preceptor caught it. We all have these.",
        None,
    ),
    (
        "Why don't you take a couple days off if you can? You've been through something huge.",
        None,
    ),
    (
        "As a student I'd be mortified if my mentor did this. Leaving a newborn on the resus "
        "without anyone watching is just... no.",
        "Leaving a newborn on the resus without anyone watching is just... no",
    ),
    (
        "You should definitely log it on the incident system though, not as a confession, "
        "but so the falls team can look at the ward layout.",
        None,
    ),
    (
        "Is this real?? Wasn't there a single senior on the floor you could have asked "
        "before giving it?",
        "Wasn't there a single senior on the floor you could have asked",
    ),
    (
        "Sorry you're going through this. I'd be genuinely interested to know what the "
        "reasoning was behind not scanning her before discharge.",
        "I'd be genuinely interested to know what the reasoning was",
    ),
    (
        "I'm only a student but isn't checking the contraindications before ultrasound "
        "therapy like... the first thing we get taught?",
        "isn't checking the contraindications before ultrasound therapy like... the first "
        "thing we get taught",
    ),
    (
        "Ag no, shame. But dispensing a schedule 6 without the doctor's signature is "
        "reckless, plain and simple.",
        "is reckless, plain and simple",
    ),
    (
        "So you ran a cardiac arrest with the monitor still in demo mode and nobody noticed "
        "for 4 min?? That's a basic equipment check at start of shift.",
        "That's a basic equipment check at start of shift",
    ),
    (
        "How's the patient doing now, if you know? Sometimes hearing they're OK helps a bit.",
        None,
    ),
    (
        "Honestly, skipping the secondary survey on a rollover? A lazy job, and I think you "
        "know it.",
        "A lazy job",
    ),
    (
        "Bru, I've been on the road 12 years. These calls stay with you. Please use the EAP, "
        "it's confidential.",
        None,
    ),
    (
        "That handover sheet format should be scrapped. Half our SIs come from it. Please "
        "don't let them pin this one on you.",
        None,
    ),
    (
        "you had three sessions where he told you about the gun. THREE. what were you waiting for?",
        "what were you waiting for?",
    ),
    (
        "Honestly the caseload they gave you should be illegal. 40 kids?? No wonder things "
        "slip. Please talk to your team manager and your union.",
        None,
    ),
    (
        "Kia kaha. That job would rattle anyone.",
        None,
    ),
    (
        "Look, we've all been there with a heavy list, but skipping the 2am obs on a fresh "
        "post-op was a shortcut and it cost him. Mind yourself.",
        "skipping the 2am obs on a fresh post-op was a shortcut",
    ),
    (
        "As a community pharmacist I've seen this a hundred times. The interaction checker "
        "would have flagged it if it had been run. Sorry you're going through this.",
        "The interaction checker would have flagged it if it had been run",
    ),
    (
        "Wait, you didn't ask about pregnancy before the CT abdo? How does that even happen "
        "in 2024",
        "How does that even happen in 2024",
    ),
    (
        "Are you sleeping ok? That's usually the first thing to go after something like this.",
        None,
    ),
    (
        "Next time, ask for a co-worker on a home visit like that, it's not weakness, it's "
        "good practice. And please get a proper debrief for this one.",
        None,
    ),
    (
        "Why are we never given any time to decompress after calls like this? Hope your "
        "service has a peer support team you can reach.",
        None,
    ),
    (
        "Isn't the whole point of a home assessment to check the stairs??",
        "Isn't the whole point of a home assessment to check the stairs",
    ),
    (
        "Dear sister, many blessings to you. Our work is very heavy. Please take rest.",
        None,
    ),
    (
        "Why didnt u check her sugar when she was that sweaty and confused, that was a hypo",
        "Why didnt u check her sugar",
    ),
    (
        "hugs hun but u shouldve told the nurse in charge straight away when she had the "
        "fall, not at end of shift 😔",
        "u shouldve told the nurse in charge straight away",
    ),
    (
        "Kia ora, sending aroha. I'll gently say though, a second midwife should have been "
        "called for the third stage once the bleeding started.",
        "a second midwife should have been called for the third stage",
    ),
    (
        "Big hugs. Though I do wonder why you didn't end the session when he disclosed and "
        "get the crisis team in.",
        "I do wonder why you didn't end the session",
    ),
    (
        "I'm a CNM and I'm sorry but this was preventable. The baby's heart rate was telling "
        "you for an hour.",
        "this was preventable",
    ),
    (
        "Pharmacy should have flagged that interaction at verification, that's literally our "
        "job. The system let you down, not the other way round.",
        None,
    ),
    (
        "Could've been any of us, mate. Honestly. The amount of times I've nearly done the "
        "same on a 14-hour shift.",
        None,
    ),
    (
        "Sir, with respect, young diabetic with atypical chest pain... the ECG should have "
        "been repeated at least once before discharge.",
        "the ECG should have been repeated",
    ),
    (
        "I'm a HCA in a nursing home and we'd NEVER let a resident with dementia out to the "
        "garden unsupervised. Never. Not even for five mins.",
        "we'd NEVER let a resident with dementia out to the garden unsupervised",
    ),
    (
        "Sending so much aroha. You should be proud that you stayed with her and her whānau "
        "afterwards, that matters more than you know.",
        None,
    ),
    (
        "tbh walking a post-op hip without the frame when the plan said ZF was asking for "
        "trouble. hope ur ok tho",
        "was asking for trouble",
    ),
    (
        "With respect, didn't you have a duty to inform the guardian before the placement "
        "move? That's not optional.",
        "didn't you have a duty to inform the guardian",
    ),
    (
        "I work nights in memory care. Honestly you ought to have called the nurse before "
        "giving her anything to drink when she was coughing like that. Not trying to be "
        "mean.",
        "you ought to have called the nurse",
    ),
    (
        "**Please** look after yourself this week. Eat something, drink some water, and call "
        "your PMA if you can't stop thinking about it.",
        None,
    ),
    (
        "Not to be that person but surely the consultant would have wanted to be told before "
        "you sent her home? Surely?",
        "surely the consultant would have wanted to be told before you sent her home",
    ),
    (
        "I'm a carer in a rest home and my heart goes out to you. The residents become like "
        "family, losing one like that is so hard.",
        None,
    ),
    (
        "Sister, honestly this was avoidable, by the department, who have had that faulty ID "
        "scanner for months. Please report it so it gets fixed.",
        None,
    ),
    (
        "Why on earth would you prescribe trimethoprim to someone on methotrexate?",
        "Why on earth would you prescribe trimethoprim",
    ),
    (
        "*Hindsight is 20/20*, sure, but the referral from the school sat in your inbox for "
        "nine days. The warning was there.",
        "The warning was there",
    ),
    (
        "Thinking of you and the family. 💜",
        None,
    ),
    (
        "I'm curious what was going through your head when you agreed to see him socially "
        "after termination. Genuinely.",
        "I'm curious what was going through your head",
    ),
    (
        "Surely at some point during those six months you'd have noticed the kid was losing "
        "weight?",
        "Surely at some point during those six months you'd have noticed",
    ),
    (
        "Hey, retail pharmacist here. 300+ scripts a day with one tech is a recipe for "
        "errors, it's a miracle there aren't more. Hang in there.",
        None,
    ),
    (
        "Agh, sorry friend. But the wrong patient gets caught if the ID band is checked "
        "against the request. That's what the three-point check is.",
        "the wrong patient gets caught if the ID band is checked against the request",
    ),
    (
        "Sending you a big hug. How are you doing today?",
        None,
    ),
    (
        "omg sending hugs 🫂 this job is so hard and nobody sees it",
        None,
    ),
    (
        "Ok but why would u push the next dose when the first one hadn't even worked yet and "
        "her sats were dropping?",
        "why would u push the next dose",
    ),
    (
        "Nah, sorry, that was avoidable. One phone call to the school would have told you "
        "she wasn't safe at home.",
        "that was avoidable",
    ),
    (
        "Thank you for being brave enough to share. Many of us in OT have similar stories "
        "but we never speak of them.",
        None,
    ),
    (
        "You should have seen me my first month on nights, I gave paracetamol to the wrong "
        "Mr Patel. You're human. Go easy on yourself x",
        None,
    ),
    (
        "Nursing student, 2nd semester. Reading this made me cry a bit tbh. I hope you have "
        "people around you irl.",
        None,
    ),
    (
        "Leaving a patient with a GCS of 13 at home alone... what did you think was going to "
        "happen overnight?",
        "what did you think was going to happen overnight",
    ),
    (
        "Obviously you're gutted, anyone would be. The fact you're writing this shows how "
        "much you care about your patients.",
        None,
    ),
    (
        "I'm on my first placement and this post is really helpful. How did your practice "
        "educator react?",
        None,
    ),
    (
        "The label said 5 mL, the script said 0.5 mL. A quick look back at the script and "
        "none of this happens.",
        "A quick look back at the script and none of this happens",
    ),
    (
        "Madam, with due respect, the child should have been seen alone, not in front of the "
        "step-father. This is basic protocol in child protection.",
        "the child should have been seen alone",
    ),
    (
        "Med student here. Thank you for posting this honestly, it genuinely helps people "
        "like me know what to expect and that good doctors make mistakes too.",
        None,
    ),
    (
        "That's an entirely foreseeable outcome of discharging a septic patient on a Friday "
        "afternoon. I'm sorry, but it is.",
        "an entirely foreseeable outcome",
    ),
    (
        "What made you think it was ok to leave the bed rails down with a patient that confused?",
        "What made you think it was ok to leave the bed rails down",
    ),
    (
        "Hey lovely, I've read this three times and I really do feel for you. Night shifts "
        "on birth suite can be brutal and I know what it's like when there's three women "
        "pushing and one of you. BUT. I have to be honest because I think it'll help you "
        "grow from this: the moment her BP went to 170 systolic, that was your cue. You "
        "should have pulled the emergency bell right then rather than waiting for the "
        "registrar to finish in theatre. Please don't read this as me attacking you, I just "
        "think owning it is the way through. Be kind to yourself.",
        "You should have pulled the emergency bell right then",
    ),
    (
        "Did you not think to check whether the father was still living at the address "
        "before the kids went back?",
        "Did you not think to check",
    ),
    (
        "Oh hun 💔 massive hugs. I do think the heparin should've been paused when the "
        "platelets dropped though, that was on the chart.",
        "the heparin should've been paused when the platelets dropped",
    ),
    (
        "Mate, why didn't you just ring the prescriber? Takes two minutes.",
        "why didn't you just ring the prescriber",
    ),
    (
        "I could have written this post myself two years ago. I should have consulted my "
        "supervisor and didn't, and a client got hurt. I'm still in practice and a better "
        "counsellor for it.",
        None,
    ),
    (
        "Could you ask for a formal debrief with your consultant? You shouldn't be "
        "processing this by yourself at 3am on a forum.",
        None,
    ),
    (
        "ER doc, 15 yrs. Any intern knows to get a troponin on a diabetic with epigastric "
        "pain. Sorry, but that's ED 101.",
        "Any intern knows to get a troponin",
    ),
    (
        "Why did you not shield? It takes 10 seconds.",
        "Why did you not shield",
    ),
    (
        "> I keep replaying the last session and thinking I missed something\n\nI know that "
        "loop so well. Replaying it won't change what happened but talking it through with "
        "someone you trust might loosen its grip. Sending warmth.",
        None,
    ),
    (
        "You shouldn't be holding this on your own. Did your DON offer you any kind of "
        "support after?",
        None,
    ),
    (
        "The rota should never have had you covering two wards AND the stroke unit. "
        "Management failed you here, full stop.",
        None,
    ),
    (
        "We had an almost identical incident in our department last year. The review found "
        "it was a workflow issue. Hope yours is handled the same way.",
        None,
    ),
    (
        "why does it always fall on us carers when the staffing is this bad? you did what "
        "you could with what you had",
        None,
    ),
    (
        "Did you get any support from your superintendent pharmacist afterwards? The PSI has "
        "a helpline too if you need it.",
        None,
    ),
    (
        "Look-alike vials catch everyone. We had two KCl and NaCl mix-ups in our hospital "
        "last year before they changed the supplier. Please don't lose heart.",
        None,
    ),
    (
        "Colleague, the antibiotics should have gone in before you sent him off for CT. Four "
        "hours with suspected meningitis... treat first, image later.",
        "the antibiotics should have gone in before you sent him off for CT",
    ),
    (
        "Third year student here. My educator told me once that the best clinicians are the "
        "ones who still get nervous. Thinking of you x",
        None,
    ),
    (
        "Wow. Telling a client's mom what he said in session without his consent? Did you "
        "seriously not see the problem with that?",
        "Did you seriously not see the problem with that?",
    ),
    (
        "I've been a radiographer 18 yrs and I have never once scanned the wrong side. You "
        "check the request, you check the patient, every time. Take care of yourself though.",
        "I have never once scanned the wrong side",
    ),
    (
        "Why'd you let him refuse when he was clearly not thinking straight? Capacity "
        "assessment mate.",
        "Why'd you let him refuse",
    ),
    (
        "I can hear how much this is weighing on you. I'm struggling though to see how a "
        "risk assessment wasn't done at intake given what she disclosed.",
        "I'm struggling though to see how a risk assessment wasn't done at intake",
    ),
    (
        "sorry ur having a hard time but a hoist is a two person job, everyone knows that, u "
        "cant do it alone",
        "a hoist is a two person job, everyone knows that",
    ),
    (
        "> I didn't sleep at all last night\n\nOf course you didn't. After my first serious "
        "error as a resident I didn't sleep properly for about a week. What helped:\n\n* "
        "talking to a senior who'd been there\n* *not* googling the outcome every hour\n* "
        "going for a run each day even when I didn't want to\n\nYou are still the doctor who "
        "chose this job to help people. One bad night doesn't undo that.",
        None,
    ),
    (
        "Sending love from a fellow night nurse in Cork. It'll get easier, I promise.",
        None,
    ),
    (
        "Why do they still not have a pregnancy hard-stop on the RIS? It's 2024. That's a "
        "system fix waiting to happen.",
        None,
    ),
    (
        "Has your PACS admin been told about the duplicate records? Worth raising, it'll "
        "help the whole team.",
        None,
    ),
    (
        "Rad tech 12 yrs. The machines, the workload, the patient ID systems, so many layers "
        "had to fail for this to happen. It wasn't just you.",
        None,
    ),
    (
        "Ah hun that's awful. Ye do your best with what ye have. Mind yourself x",
        None,
    ),
    (
        "Sir, in our pharmacy we always counter-check the strength before handing over. 20 "
        "years, no exception. It is basic.",
        "It is basic",
    ),
    (
        "Obviously I'm just a student so take this with a grain of salt, but my preceptor "
        "always says the mistakes you lose sleep over are the ones that make you safe.",
        None,
    ),
    (
        "I've been a midwife 30 years and I still think about the babies I lost. You'll "
        "carry her, but it won't always feel this heavy.",
        None,
    ),
    (
        "Kia ora e hoa. Just here to say I've read this and I'm sending good thoughts.",
        None,
    ),
    (
        "Hey love. I've been an RN 19 years, ED and now ICU. I could tell you a dozen "
        "stories where I got it wrong. Here's what I want you to hear:\n\n- You noticed\n- "
        "You reported it\n- You stayed with the patient\n\nThat's what a safe nurse does. "
        "The shame will fade, the learning won't. Ring your EAP, have a cry, eat something "
        "warm. We've got you x",
        None,
    ),
    (
        "Clinical psychologist here. What happened to you has a name: *second victim* "
        "experience. There's good research on it and loads of support out there. You are not "
        "weird for feeling this way.",
        None,
    ),
    (
        "Respected colleague, I feel the patient's history of osteoporosis ought to have "
        "been reviewed before such aggressive mobilisation. Please do take care.",
        "ought to have been reviewed before such aggressive mobilisation",
    ),
    (
        "Hindsight aside... a lactate of 6 and you sent him to the floor? I'd love to "
        "understand the logic.",
        "I'd love to understand the logic",
    ),
    (
        "Medic here. You're not alone. Call me old fashioned but the best thing I ever did "
        "after a bad call was tell my partner about it over breakfast.",
        None,
    ),
    (
        "Ah Jaysus. I'm sorry but how do you not notice the cannula tissuing with contrast "
        "going in? You're standing right there.",
        "how do you not notice the cannula tissuing",
    ),
    (
        "What did your manager say? Hopefully they're treating this as a learning thing, not "
        "a blame thing.",
        None,
    ),
    (
        "Ah pet. Hugs. But the CTG was pathological for forty minutes, I do have to wonder "
        "whether anyone was actually watching it.",
        "I do have to wonder whether anyone was actually watching it",
    ),
    (
        "Dispensing methotrexate daily instead of weekly is the kind of mistake every "
        "pre-reg is drilled on. Sorry but it is.",
        "the kind of mistake every pre-reg is drilled on",
    ),
    (
        "> I feel like I'm not fit to practise\n\nThat feeling is so common after an "
        "incident, and it's not a verdict. Feeling it is actually a sign of your conscience "
        "working. Please book in with your own therapist if you have one.",
        None,
    ),
    (
        "Most wrong-patient errors in imaging happen when the department is slammed and "
        "there are two people with similar names in the waiting room. It's a well-known "
        "pattern. Be gentle with yourself.",
        None,
    ),
    (
        "MSW here. Just want to say your feelings are valid. Secondary trauma is real. Be gentle.",
        None,
    ),
    (
        "The software should have blocked that dose outright. I've reported the same bug "
        "twice to our vendor. Not your fault.",
        None,
    ),
    (
        "Who puts a patient with a pacemaker in the MRI without checking the safety form?? "
        "Genuinely asking.",
        "Who puts a patient with a pacemaker in the MRI without checking the safety form",
    ),
    (
        "Community service year is brutal. You were alone in a district hospital with no "
        "senior on site. Please reach out to someone.",
        None,
    ),
    (
        "Oh no, I'm so sorry. Have you told anyone at home? Don't sit with it alone.",
        None,
    ),
    (
        "Honestly, as a fellow pharmacist, I'm a bit shocked. Handing out a controlled drug "
        "to someone without ID is not a grey area.",
        "Handing out a controlled drug to someone without ID is not a grey area",
    ),
]
