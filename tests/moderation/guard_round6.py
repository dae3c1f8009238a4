"""Round 6 of issue 14's evaluation: 160 replies (80 that judge the author's past decision)
from two helpers who saw only the labeling guide (guard_round2.md), never the rules, the model,
the corpora or the code. E: ICU and theatre nurses, midwives, health visitors, hospice staff,
phlebotomists, paramedics, crisis workers, agency nurses (Northern Ireland, England, Trinidad,
Zimbabwe, Sri Lanka, Quebec, the US South); F: family therapists, probation and youth-justice
social workers, emergency physicians, psychiatrists, podiatrists, audiologists, chaplains,
pharmacy technicians (US Midwest and Northeast, New Zealand, Ireland, Kenya, Malta, British
Columbia). Measured untouched with the rules and the model trained on rounds 1 to 5: see
bench/README.md. Entries as in guard_corpus: (reply, phrase or None)."""

ROUND_6_E = [
    (
        "Why not take it to clinical supervision? Ours in Belfast is actually decent and it "
        "stays confidential.",
        None,
    ),
    (
        "Mental health crisis team, Colombo. When someone we've assessed goes on to harm "
        "themselves, the grief is real, and it's allowed. Please talk to someone you trust this "
        "week.",
        None,
    ),
    (
        "Y'all, who draws from the arm with the IV running in it? That's how you get a "
        "potassium of 2 and a panicked intern.",
        "who draws from the arm with the IV running in it?",
    ),
    (
        "What made you send him home without a safety plan written down? I'm not having a go, I "
        "just can't get my head round it.",
        "What made you send him home",
    ),
    (
        "Isn't that literally what the fresh eyes check is for?? Not trying to be harsh, I'm "
        "only a second year.",
        "Isn't that literally what the fresh eyes check is for??",
    ),
    (
        "Nobody should have to work a double in ED and then be expected to catch everything. "
        "Honestly disgusted with how they staff that place.",
        None,
    ),
    (
        "omg why didnt u escalate the meconium?? 😬 even i know that and im first yr",
        "why didnt u escalate the meconium??",
    ),
    (
        "Skipping the FAST screen because he 'looked drunk' is lazy, full stop. We've all been "
        "tired at 4am, doesn't change it.",
        "is lazy, full stop",
    ),
    (
        "I've read this three times now and I'm still struggling to see where the family fit "
        "into your plan for that night. Just an observation. Sending you strength from "
        "Sherbrooke.",
        "I'm still struggling to see where the family fit into your plan",
    ),
    (
        "Things that went wrong here:\n- no weight at the 10 day visit\n- no follow up when mum "
        "cancelled twice\n- no flag to the GP\n\n**That's three missed chances, all yours.** "
        "Not trying to pile on.",
        "That's three missed chances, all yours.",
    ),
    (
        "Hindsight is always clear, yes. But even without hindsight, a BP of 160/110 with a "
        "headache should not have been sent home with paracetamol. I think you know this.",
        "should not have been sent home with paracetamol",
    ),
    (
        "The site marking ought to have been confirmed at time out, by whoever was running it, "
        "which from your post was you.",
        "The site marking ought to have been confirmed at time out",
    ),
    (
        "I'm a theatre nurse and we had a retained swab last year. The review found six "
        "separate points where it could have been caught. It's never one person.",
        None,
    ),
    (
        "if youd only read the handover sheet properly none of this wouldve happened tbh. its "
        "right there in black and white",
        "if youd only read the handover sheet properly",
    ),
    (
        "You shouldn't be carrying this by yourself. Please ring the staff support line "
        "tomorrow, the number's on the intranet.",
        None,
    ),
    (
        "Sending love from a hospice nurse in Manchester. You're clearly someone who cares.",
        None,
    ),
    (
        "We all have bad nights on the unit, I remember my own very well. You could have asked "
        "the outreach team to review at the first NEWS of 5 instead of waiting for 7, but it is "
        "done now and you must rest and eat something.",
        "You could have asked the outreach team",
    ),
    (
        "Those KCl and NaCl vials in the same drawer should have been separated years ago. "
        "Every ICU I've worked in has had a near miss with them.",
        None,
    ),
    (
        "Question: why did you sign for the controlled drug check if you didn't actually see it "
        "drawn up? That part confuses me, eh.",
        "why did you sign for the controlled drug check",
    ),
    (
        "On our unit nobody would ever cut a cord without checking the second clamp was on. "
        "Different trusts I suppose.",
        "On our unit nobody would ever cut a cord without checking the second clamp",
    ),
    (
        "Everyone here is telling you it wasn't your fault. I'm not going to, because it was, "
        "and pretending otherwise helps no one. You can come back from this, though.",
        "I'm not going to, because it was",
    ),
    (
        "Bless you. The fact that you're still turning this over says everything about the kind "
        "of nurse you are.",
        None,
    ),
    (
        "Hugs ❤️",
        None,
    ),
    (
        "Honey, twenty-two years in the unit and I have never once let a pressor run dry. Not "
        "once. You eyeball that syringe at the top of every hour.",
        "I have never once let a pressor run dry",
    ),
    (
        "One call to the clinical hub and this whole mess goes away. Just saying.",
        "One call to the clinical hub and this whole mess goes away.",
    ),
    (
        "> I should have called the family sooner\n\nYou called them when you could, with six "
        "people to look after. That's not a failure, that's a night shift. Hugs from Port of "
        "Spain.",
        None,
    ),
    (
        "Swab count wrong and the wound closed anyway? Sorry, but that is flat out unsafe "
        "practice, doh care how busy the list was.",
        "that is flat out unsafe practice",
    ),
    (
        "I don't think this was unavoidable, if I'm being honest. The sign-in is there for a "
        "reason.",
        "I don't think this was unavoidable",
    ),
    (
        "The nurse at that bedside should have recognised the tube had migrated. That's the "
        "plain truth of it, and I think you know it.",
        "The nurse at that bedside should have recognised the tube had migrated",
    ),
    (
        "Thank you for posting this. I'm a student midwife and reading it made me feel less "
        "alone with my own stuff.",
        None,
    ),
    (
        "did you not think to get a 12 lead before you left the house? crushing chest pain, 58 "
        "yr old male, smoker",
        "did you not think to get a 12 lead",
    ),
    (
        "Why is it always the newest staff on the worst shifts? The system sets you up and then "
        "acts surprised.",
        None,
    ),
    (
        "**You are not your worst shift.** Print it out and stick it on the fridge if you have to.",
        None,
    ),
    (
        "Agency nurse, 6 years. Every new ward is a new set of habits and you get about ninety "
        "seconds of handover to learn them. Be kind to yourself.",
        None,
    ),
    (
        "Pharmacy should have flagged that interaction long before it ever reached the trolley. "
        "That's literally what their screening step is for.",
        None,
    ),
    (
        "Lovely of you to share this. One has to ask, though, whether the syringe driver was "
        "checked at the start of your shift like the policy says.",
        "One has to ask, though, whether the syringe driver was checked",
    ),
    (
        "Most of the wrong-site near misses I've seen in theatre happened on lists that "
        "overran. Fatigue is a documented factor, not an excuse people invent.",
        None,
    ),
    (
        "It was careless. I'm sorry to be the one to say it, but a morphine dose that size "
        "should have stopped you in your tracks.",
        "It was careless.",
    ),
    (
        "I feel for you, truly, and I know the ward was short with only two of you on and the "
        "doctor stuck in theatre. Still. Leaving a woman on syntocinon with no one watching the "
        "trace for an hour is indefensible.",
        "is indefensible",
    ),
    (
        "I could have written this post myself, word for word, back in 2016 in Bulawayo. It "
        "took me a year to stop flinching at CTGs.",
        None,
    ),
    (
        "Paramedic, Antrim. Took me four years and a good counsellor to stop replaying an "
        "arrest in a bathroom. If you want to DM, the door's open.",
        None,
    ),
    (
        "You could've just paused the list and called the anaesthetist back in. Nobody would've "
        "thought less of you for it.",
        "You could've just paused the list",
    ),
    (
        "Counting instruments at closure is day one of scrub training. I'd have expected "
        "someone at band 6 to know that cold.",
        "is day one of scrub training",
    ),
    (
        "Not to be funny but you ought to have read the dose back to the GP on the phone. "
        "Read-back exists precisely for verbal orders.",
        "you ought to have read the dose back",
    ),
    (
        "Did your manager offer you a debrief afterwards? You should have had one, and if not, "
        "it's worth asking for.",
        None,
    ),
    (
        "Next time you're unsure about a verbal order, ask for it to be sent through on the "
        "system as well. Not because you got it wrong, because phone lines are terrible.",
        None,
    ),
    (
        "You needed to stop at the first sign of a haematoma, not go in for a third stick. "
        "Sorry but that's how nerve injuries happen.",
        "You needed to stop at the first sign of a haematoma",
    ),
    (
        "Why did you leave the ligature risk assessment till the morning? Genuine question, I'm "
        "not being smart.",
        "Why did you leave the ligature risk assessment till the morning?",
    ),
    (
        "People love to say PPH is avoidable. Half the time the uterus just hasn't read the "
        "textbook. Be gentle with yourself.",
        None,
    ),
    (
        "Long one, sorry. I was a night nurse in a cardiac ICU in Georgia for eleven years "
        "before I moved to hospice. The error I still think about was a heparin rate I "
        "programmed into the wrong channel. Nobody was harmed in the end, but I didn't sleep "
        "properly for a month and I was sure I'd lose my license. What got me through was a "
        "charge nurse who sat with me in the break room at 5am and told me about hers. So here "
        "I am, telling you about mine. You'll get through the review. Come back and let us know "
        "how it goes.",
        None,
    ),
    (
        "> I didn't want to bother the coordinator\n\nThat's exactly the problem though. "
        "Bothering the coordinator is literally the job when a trace looks like that.",
        "That's exactly the problem though.",
    ),
    (
        "Trinidad here. We had a maternal death on our unit in 2019 and the whole team went "
        "through it together. Sitting down as a team to talk made the biggest difference. Any "
        "chance your ward does something like that?",
        None,
    ),
    (
        "Y'all are good people in this thread. OP, come back and tell us how the meeting goes.",
        None,
    ),
    (
        "Bless your heart. Why didn't you just load and go once the pressure started dropping? "
        "Scene time is not your friend on a GI bleed.",
        "Why didn't you just load and go",
    ),
    (
        "What did occupational health say? Ours were surprisingly decent when I went.",
        None,
    ),
    (
        "With the greatest respect, and I do mean that, a repeat INR really is something one "
        "checks before the warfarin script goes out. Wishing you well with the investigation.",
        "a repeat INR really is something one checks before the warfarin script goes out",
    ),
    (
        "Zimbabwean midwife. In my first post we had one doppler for the whole labour ward. You "
        "learn that some outcomes aren't yours to own. This one isn't all yours either.",
        None,
    ),
    (
        "Who labels tubes away from the patient? Honestly. Glad nobody got transfused the wrong "
        "group.",
        "Who labels tubes away from the patient?",
    ),
    (
        "Why do we always assume it's our fault first? Genuine question for everyone in this "
        "thread, not just you x",
        None,
    ),
    (
        "I've been on ICU for nine years and I still remember sitting in the sluice crying "
        "after my first proper cock-up, so please don't think I'm writing this to kick you. The "
        "unit was heaving, you had a new starter, the consultant was stuck on a transfer. I get "
        "it, I really do. Having said all that, and I say it gently, leaving a ventilated "
        "patient's bedside without handing over to anyone is just not okay, and I'd hate for "
        "you to take the wrong lesson away from all the hugs in this thread.",
        "leaving a ventilated patient's bedside without handing over to anyone is just not okay",
    ),
    (
        "That pump menu is an absolute disgrace: two screens that look identical, one in mL/hr "
        "and one in mg/hr. I'm surprised it doesn't happen weekly.",
        None,
    ),
    (
        "Ach pet, that's a rotten shift and I'm sorry. For what it's worth though, the sedation "
        "hold ought to have been documented before you gave handover, and that's where it all "
        "came apart.",
        "the sedation hold ought to have been documented",
    ),
    (
        "I did exactly this as an agency nurse on a ward I'd never set foot on. Didn't check "
        "the allergy band, should have, and didn't. You are not alone in this.",
        None,
    ),
    (
        "Your union rep can come to the fact-finding meeting with you. RCN, Unison, whichever, "
        "ring them first thing Monday.",
        None,
    ),
    (
        "How did you not notice the bruising on a non-mobile baby?? That's the number one red "
        "flag we get drilled on.",
        "How did you not notice the bruising",
    ),
    (
        "The rota should never have left one qualified nurse with eight level 2 patients. "
        "That's on the trust, not you.",
        None,
    ),
    (
        "how are you doing now? like actually",
        None,
    ),
    (
        "Could you write a reflective piece on it for revalidation? It helped me turn mine into "
        "something useful rather than something I replayed at 3am.",
        None,
    ),
    (
        "Oh brilliant, the agency nurse gets the blame again. Except this time, mate, it "
        "genuinely was you who skipped the allergy check. Own it.",
        "it genuinely was you who skipped the allergy check",
    ),
    (
        "Health visitor in Newcastle. The case reviews I've read nearly always find the same "
        "thing: lots of people each seeing one small piece. You were one piece.",
        None,
    ),
    (
        "Obviously I wasn't there, so I won't pretend to know what the unit felt like that "
        "night. Just know people here get it.",
        None,
    ),
    (
        "Had a similar one on the truck in Montreal last winter, wrong hospital for a STEMI "
        "because the cath lab diversion info was two hours old. Sat in the ambulance bay after "
        "and shook. It gets lighter.",
        None,
    ),
    (
        "In Harare we were taught from the very first week that you rub up the fundus and check "
        "it after every delivery, no matter how tired you are. It is not advanced knowledge.",
        "It is not advanced knowledge.",
    ),
    (
        "Ex GP receptionist, now a practice nurse. I've been on both ends of that phone and the "
        "pressure on the line at 8am is unreal. I hope the patient is okay and I hope you are "
        "too.",
        None,
    ),
    (
        "Surely the safeguarding lead would have wanted to hear about this on the day, not a "
        "week later? Anyway, hope the review is kind to you.",
        "Surely the safeguarding lead would have wanted to hear about this on the day",
    ),
    (
        "You should have seen the state of me after my first stillbirth as a student midwife. "
        "It does get easier to carry, I promise.",
        None,
    ),
    (
        "Sorry this happened. I'd genuinely love to know the reasoning behind pushing the "
        "potassium as a bolus though... was there a reason it wasn't on a pump?",
        "I'd genuinely love to know the reasoning behind pushing the potassium as a bolus",
    ),
    (
        "Did you get any time off after? You're entitled to ask for it.",
        None,
    ),
    (
        "Sure, let's just take the patient's word that he 'only had two beers' and leave him "
        "asleep on the couch with a head lac. What could possibly go wrong.",
        "What could possibly go wrong.",
    ),
    (
        "Phlebotomist here, 11 years. Mislabelled samples happen in every hospital every week, "
        "and most get caught by the lab. There are layers for a reason.",
        None,
    ),
]

ROUND_6_F = [
    (
        'So you dispensed it because the doctor "usually writes that dose"? Come on.',
        'So you dispensed it because the doctor "usually writes that dose"?',
    ),
    (
        "Not trying to pile on, but agreeing to dad's request to keep mum out of the sessions "
        "was a pretty big clinical misstep.",
        "was a pretty big clinical misstep",
    ),
    (
        "A few things that helped me after mine:\n- talking to a peer who wasn't on that "
        "shift\n- writing the timeline down once, then closing the notebook\n- a long walk "
        "before the next shift\nTake whatever's useful.",
        None,
    ),
    (
        "Reckless. Sorry.",
        "Reckless",
    ),
    (
        "You're human. That's all this shows.",
        None,
    ),
    (
        "We had a near-identical hearing aid mix-up at our Prince George clinic last year. What "
        "helped most was a blame-free team huddle. Happy to share the format if you want it.",
        None,
    ),
    (
        "Ringing the GP for collateral would've headed this off entirely tbh. The history was "
        "sitting right there.",
        "Ringing the GP for collateral would've headed this off entirely",
    ),
    (
        "How is the patient doing now, if you know? And how are YOU doing? Both matter.",
        None,
    ),
    (
        "Art therapist in Nairobi. It sounds like that session surfaced something huge for the "
        "child, which also means it mattered. Please look after yourself too.",
        None,
    ),
    (
        "What did the family say when you spoke with them? I ask because in my experience "
        "they're often more forgiving than we are with ourselves.",
        None,
    ),
    (
        "It's ok to be gutted. It's ok to still be gutted in a month. Grieving our mistakes "
        "isn't linear either.",
        None,
    ),
    (
        "Thanks so much for sharing! I'm sure everyone at your Wellington practice now knows to "
        "read the referral letter all the way to the end before booking the grommets review 😊",
        "now knows to read the referral letter all the way to the end",
    ),
    (
        "Hmm. Surely if you'd put it through the second check like it's meant to be, the "
        "daily-not-weekly methotrexate would have jumped out?",
        "Surely if you'd put it through the second check",
    ),
    (
        "Why not take it to clinical supervision? Ours in Auckland has been really good about "
        "this kind of thing, zero blame.",
        None,
    ),
    (
        "Seen it a hundred times in Omaha: someone anchors on 'drunk' and misses the bleed. You "
        "CT the head. That's day-one emergency medicine and you know it.",
        "That's day-one emergency medicine",
    ),
    (
        "Kia ora. Nail surgery on a diabetic with no pedal pulses documented... I'm struggling "
        "a bit to see how that got past the pre-op check. Hope the wound's settling.",
        "I'm struggling a bit to see how that got past the pre-op check",
    ),
    (
        "Audiologist in Christchurch. Just wanted to say the way you followed up with the "
        "family afterwards was exactly right.",
        None,
    ),
    (
        'Ah yes, the classic "he seemed fine in the waiting room" triage. What could possibly '
        "go wrong.",
        "What could possibly go wrong",
    ),
    (
        "Not going to pretend this was unavoidable. The BP was 80 systolic at triage and it sat "
        "in the notes for two hours.",
        "Not going to pretend this was unavoidable",
    ),
    (
        "On our unit in Boston nobody gets unescorted leave within 48 hours of admission, "
        "however settled they look. I'd be asking some hard questions of my own judgement if I "
        "were you.",
        "I'd be asking some hard questions of my own judgement if I were you",
    ),
    (
        "Why did you let the registrar talk you out of the ECG? You were the one with eyes on her.",
        "Why did you let the registrar talk you out of the ECG",
    ),
    (
        "Please don't quit over this. The young people we work with need workers who care this "
        "much.",
        None,
    ),
    (
        "I read this twice. You did the honest thing by disclosing it. That takes guts.",
        None,
    ),
    (
        "Nobody should have to triage forty patients with one nurse and a locum. That's the "
        "real story here.",
        None,
    ),
    (
        "respectfully, cauda equina red flags are literally the first lecture. saddle numbness "
        "+ retention = same day referral. how was that missed",
        "how was that missed",
    ),
    (
        "I sat with families in Galway for a long time and I'll say this kindly: you needed to "
        "check with the nurse in charge before telling the daughter anything about prognosis. "
        "That's not our role.",
        "you needed to check with the nurse in charge",
    ),
    (
        "Sorry you're dealing with the fallout. I'd gently say though: seeing the couple "
        "jointly after she'd disclosed the coercive control to you privately was a basic error "
        "in systemic practice. Separate sessions first, always.",
        "was a basic error in systemic practice",
    ),
    (
        "It's lovely that you care so much. It's just that putting client artwork up in the "
        "corridor without consent is something most of us learn not to do on placement.",
        "something most of us learn not to do on placement",
    ),
    (
        "You could write this up as a reflective piece for your CPD. Turning my worst day into "
        "something useful was weirdly healing for me.",
        None,
    ),
    (
        "Hugs. Family therapy is so hard when everyone in the room wants something different "
        "from you.",
        None,
    ),
    (
        "Genuinely asking: why did you go ahead with the injection when she told you her ankle "
        "was already numb?",
        "why did you go ahead with the injection",
    ),
    (
        "Podiatrist here (Grand Rapids). Wound breakdown in a neuropathic foot happens to the "
        "most careful people in our profession. Healing in those feet is so unpredictable.",
        None,
    ),
    (
        "Why didn't you just document that she refused? Would've protected you and her.",
        "Why didn't you just document that she refused",
    ),
    (
        "Psychiatrist in Providence here. Suicide after discharge is one of the hardest things "
        "in our field, and the research on predicting it is humbling: most risk tools do barely "
        "better than chance.",
        None,
    ),
    (
        "Ex-chiro, now a physio in Vancouver. I remember how heavy my first complaint felt. It "
        "does get lighter, especially once you've talked it through with someone you trust.",
        None,
    ),
    (
        "This wasn't negligence. Negligence is not caring. You clearly care so much it hurts.",
        None,
    ),
    (
        "Eleven years as a hospital chaplain in Minneapolis and the staff I worry about aren't "
        "the ones who post like this. It's the ones who've stopped feeling anything. You're "
        "going to be ok.",
        None,
    ),
    (
        "Mate. Manipulating a neck without screening for vertebrobasilar signs in this day and "
        "age? Inexcusable, honestly. Glad she's ok.",
        "Inexcusable",
    ),
    (
        "**Thank you** for being honest. Posts like this are why I keep reading this forum.",
        None,
    ),
    (
        "Oh, that's a rough night in any ED. But a febrile toddler bouncing back twice in 24 "
        "hours gets bloods, here in Des Moines or anywhere else. That second visit was the "
        "moment to stop and rethink.",
        "That second visit was the moment to stop and rethink",
    ),
    (
        "Obviously you don't leave a dying man's wife alone in the relatives' room to go take a "
        "phone call. I'm sure you know that now.",
        "Obviously you don't leave a dying man's wife alone",
    ),
    (
        "> I keep thinking I should have called the consultant\n\nThat thought is so normal "
        "after a bad outcome. It doesn't make it true, and it doesn't make you a bad doctor.",
        None,
    ),
    (
        "The look-alike packaging on the 0.5 and 1 mg risperidone from our wholesaler is "
        "notorious. Obviously a design problem, and it's been reported to the regulator more "
        "than once.",
        None,
    ),
    (
        "I'm sure the ward was heaving. One does wonder, though, whether the lithium level was "
        "ever actually looked at before the dose went up.",
        "One does wonder, though, whether the lithium level was ever actually looked at",
    ),
    (
        "Is your union involved yet? The INMO were brilliant when this happened to a friend of "
        "mine.",
        None,
    ),
    (
        "You should have seen me my first winter in the ED in Buffalo. Sent a kid home as "
        "'viral' who turned out to have an intussusception. You're not alone in this.",
        None,
    ),
    (
        "why did you even agree to see them on your day off lol. boundaries exist for a reason",
        "why did you even agree to see them on your day off",
    ),
    (
        "Thank you for posting this. I'm an ED reg in Cork and reading it made me feel less "
        "alone about my own stuff.",
        None,
    ),
    (
        "What made you debride that deep on someone on warfarin without an INR?",
        "What made you debride that deep",
    ),
    (
        "The rota should never have had one tech covering two pharmacies in Mombasa on a "
        "Saturday. That's on whoever signed it off, not you.",
        None,
    ),
    (
        "Handing a nine-year-old with that trauma history a lump of clay and then ending the "
        "session on the clock, mid-process... what did you think would happen when she went "
        "back to class?",
        "what did you think would happen",
    ),
    (
        "honestly pharmacy should have flagged the interaction on the system, that's literally "
        "what the software is for. hope ur ok x",
        None,
    ),
    (
        "> The boy had told me the week before he was scared of going home\n\nand you still "
        "signed off the home leave. I don't know what else to say.",
        "and you still signed off the home leave",
    ),
    (
        "ugh I felt this in my chest. big hugs from Kelowna",
        None,
    ),
    (
        "I'm a pharmacy tech in Valletta and I've been following your posts for a while. You're "
        "a good one. Keep going.",
        None,
    ),
    (
        "First, you're clearly a conscientious clinician, and the fact you're posting says a "
        "lot. Nights in rural Wisconsin are brutal and I remember being the only doc for sixty "
        "miles. Second, and I say this as someone who trains residents: discharging chest pain "
        "on a single troponin ninety minutes after onset is just not defensible, and I think "
        "part of healing here is owning that.",
        "is just not defensible",
    ),
    (
        "> I didn't think a phone call to the school was necessary\n\nIt was. With a "
        "15-year-old on a youth justice order it always is.",
        "It was.",
    ),
    (
        "Did it not occur to you to check which program the aid was on before telling the "
        "family his hearing had dropped?",
        "Did it not occur to you",
    ),
    (
        "Twenty-two years fitting hearing aids in Cleveland and I have never once skipped "
        "otoscopy before taking an ear impression. Never.",
        "I have never once skipped otoscopy before taking an ear impression",
    ),
    (
        "Your manager should be giving you protected time for a debrief after something like "
        "this. Have you asked for it?",
        None,
    ),
    (
        "Honestly? Accepting a gift from a client's family and then carrying on seeing them... "
        "that's ethics 101 and you know better.",
        "that's ethics 101",
    ),
    (
        "Grand, the department was in bits, we've all been there. But a potassium of 6.8 "
        "doesn't get left for the morning team. It just doesn't.",
        "a potassium of 6.8 doesn't get left for the morning team",
    ),
    (
        "hydroxyzine vs hydralazine is literally on the LASA poster above every till in BC. u "
        "read the label back to the script, thats tech 101 tbh",
        "thats tech 101",
    ),
    (
        "Was this avoidable? Honestly I don't think that's the useful question right now. The "
        "useful one is: who's supporting you this week?",
        None,
    ),
    (
        "Things that would have prevented this:\n1. A second checker\n2. Reading the allergy "
        "band\n3. Not rushing because the bay was busy\nYou did none of the three. Sorry but "
        "that's the truth.",
        "You did none of the three",
    ),
    (
        "Why do we always assume it's our fault first? Genuinely curious how others here deal "
        "with that reflex.",
        None,
    ),
    (
        "The audiometer should have flagged it. Those older units drift out of calibration and "
        "the manufacturer has known for years.",
        None,
    ),
    (
        "Next time your gut says a couple aren't safe to be seen together, it's ok to pause and "
        "split the session. That's not weakness, it's process.",
        None,
    ),
    (
        "Why didn't you ring the on-call psych before discharging him? Genuine question, not "
        "trying to pile on.",
        "Why didn't you ring the on-call psych",
    ),
    (
        "The sepsis screen ought to have been repeated when the lactate came back at 4. That's "
        "what it's there for.",
        "The sepsis screen ought to have been repeated",
    ),
    (
        "So sorry. But the sudden sensorineural loss should have gone straight to ENT that day, "
        "not been booked for a recheck in two weeks. Steroids have a window and everyone in "
        "audiology knows it.",
        "the sudden sensorineural loss should have gone straight to ENT that day",
    ),
    (
        "Leaving a rangatahi alone in the interview room with his co-accused's father was never "
        "going to end well, was it.",
        "was never going to end well, was it",
    ),
    (
        "You should have been there the night I mixed up two Mr Patels in resus. We all have one.",
        None,
    ),
    (
        "How are you sleeping? After my incident I didn't sleep properly for about three weeks "
        "and nobody thought to ask.",
        None,
    ),
    (
        "Sending aroha from Dunedin. This job asks too much of people sometimes 💛",
        None,
    ),
    (
        "I hear how much this has shaken you. I also think if you'd only named the limits of "
        "confidentiality in the first session, the teen wouldn't have felt so betrayed when you "
        "had to make the report.",
        "if you'd only named the limits of confidentiality in the first session",
    ),
    (
        "You shouldn't be carrying this by yourself. Is there a supervisor or a peer group you "
        "can bring it to?",
        None,
    ),
    (
        "Did you get any support from the chaplaincy team afterwards? We're there for staff "
        "too, not just patients and families.",
        None,
    ),
    (
        "I did almost exactly this as a new probation officer in Dublin. I should have checked "
        "the address and didn't, and I still think about it. It's survivable, I promise.",
        None,
    ),
    (
        "Pole sana. Still, the home visit should have been done before you signed off the "
        "licence conditions. That's the whole point of the address check.",
        "the home visit should have been done before you signed off",
    ),
]
