"""Labeled replies for forum.moderation.guard, written for this project.

Each entry is ``(reply, phrase)``: ``phrase`` is the interrogating words a finding must
overlap (located by first occurrence), or ``None`` for an acceptable reply. ``HELD_OUT``
was written before any rule existed and was first measured untouched; see test_guard.py.
"""

Labeled = tuple[str, str | None]

# Replies that interrogate, second-guess or judge the author's past decision.
INTERROGATING: list[Labeled] = [
    (
        "Oh love, I'm so sorry you went through this. I have to ask though, why didn't "
        "you check the wristband before you hung it?",
        "why didn't you",
    ),
    ("honestly why didnt you call a rapid response the moment the BP dropped", "why didnt you"),
    ("Sorry to hear it. Why did'nt you ask the pharmacist to verify the dose?", "Why did'nt you"),
    ("y didn't u get a second check on the insulin? we always do on our unit", "y didn't u"),
    ("WHY DIDN'T YOU ESCALATE?? A sats of 84 is not something you sit on.", "WHY DIDN'T YOU"),
    (
        "I'm sure you're shaken. But **Why didn't you** just say no to the extra patient?",
        "**Why didn't you**",
    ),
    (
        "This is hard to read. Why *didn't* you ring the family before the consultant got there?",
        "Why *didn't* you",
    ),
    ("Thank you for posting. Why did you not document the second attempt?", "Why did you not"),
    (
        "As a pharmacist I have to ask: why did you give the full dose with an eGFR of 20?",
        "why did you give",
    ),
    (
        "Big hugs, it sounds like a horrible shift. Why did you decide to take the "
        "bloods yourself instead of waiting for phlebotomy?",
        "Why did you decide",
    ),
    (
        "Why didn’t you tell the client you were going to call her GP? That seems like "
        "the real mistake here.",
        "Why didn’t you",
    ),
    ("I'm sorry but why on earth didn't you wait for the second nurse?", "why on earth didn't you"),
    (
        "Why hadn't you charted it before the end of your shift? That's usually the rule.",
        "Why hadn't you",
    ),
    (
        "As a paramedic I can't get my head round this: why would you ever leave a "
        "patient unattended in the back?",
        "why would you ever",
    ),
    ("You said you thought about calling the crisis team. Why didn't you?", "Why didn't you?"),
    ("Why'd you skip the time-out? Were you rushed?", "Why'd you"),
    ("whyd u not just ask the charge nurse lol", "whyd u"),
    (
        "I want to be supportive, I really do. Why, exactly, did you sign the "
        "controlled drug book before counting?",
        "Why, exactly, did you",
    ),
    ("Why weren't you watching the monitor when the sats dipped?", "Why weren't you watching"),
    (
        "Sending hugs, but why in the world did you discharge him without a ride home?",
        "why in the world did you",
    ),
    (
        "Honest question, why did you even start the second bag without an order?",
        "why did you even",
    ),
    ("Not trying to be mean but WHY did you leave the bed rails down?", "WHY did you"),
    ("Why did ya not ring 999 first? Just curious.", "Why did ya"),
    ("Lovely post. But why didn't u hand over the fall to the day team?", "why didn't u"),
    (
        "Why would you give a sedative to someone with a head injury? Genuinely asking.",
        "Why would you",
    ),
    (
        "I'm sure you're shattered. But why couldn't you just wait for the registrar?",
        "why couldn't you",
    ),
    ("Why DIDN'T you tell anyone for three days? That's what I don't get.", "Why DIDN'T you"),
    ("That sounds horrendous 😢 why didnt you call it in?", "why didnt you"),
    ("why the hell did you push it that fast", "why the hell did you"),
    (
        "Why did you not just stop the infusion when she said her chest felt tight?",
        "Why did you not just",
    ),
    (
        "Hugs to you. Curious though – why did you wait until the morning to tell the family?",
        "why did you wait",
    ),
    ("Why did you think it was okay to leave the student alone with him?", "Why did you think"),
    (
        "I'm glad the client is okay.\n\nOne thing I don't understand: why didn't you "
        "refer her on when she first mentioned the overdose?",
        "why didn't you",
    ),
    (
        "Oof, that's rough. Why didnt you double check the concentration? Just asking "
        "as a newer nurse.",
        "Why didnt you",
    ),
    ("why did u give it IM if the order said oral", "why did u"),
    (
        "I'm really sorry this happened. I'm just wondering why you didn't ask for a "
        "second opinion when the scan looked off?",
        "wondering why you didn't",
    ),
    (
        "Not judging at all, but I'm curious why you chose to see him alone after the threats.",
        "curious why you",
    ),
    (
        "I don't understand why you didn't escalate when the family kept asking.",
        "understand why you didn't",
    ),
    ("Help me understand why you waited four hours to call the GP.", "Help me understand why you"),
    ("Was there a reason you didn't use the hoist?", "Was there a reason you didn't"),
    (
        "Is there a reason why you didn't chart the refusal at the time?",
        "Is there a reason why you",
    ),
    ("Any particular reason you went ahead without the consent form?", "Any particular reason you"),
    (
        "How come you didn't check the fridge temperature log before drawing it up?",
        "How come you didn't",
    ),
    (
        "I feel for you, but did it not occur to you that the dose was ten times the usual?",
        "did it not occur to you",
    ),
    ("Didn't it occur to you to ask where the second key was?", "Didn't it occur to you"),
    (
        "I'm surprised it never crossed your mind to check the pump history.",
        "it never crossed your mind",
    ),
    (
        "I'm curious what made you decide to discharge before the bloods came back.",
        "what made you decide",
    ),
    ("What made you think she was safe to go home alone?", "What made you think"),
    ("Genuine question: what led you to skip the safeguarding referral?", "what led you to"),
    (
        "I'm sorry, truly. But wouldn't it have been better to call the police straight away?",
        "wouldn't it have been better",
    ),
    ("Would it not have been safer to keep him in overnight?", "Would it not have been safer"),
    (
        "It would have been better if you had told the patient right away. Hope you're okay.",
        "It would have been better if you",
    ),
    ("Did you even check the allergy band?", "Did you even check"),
    ("Did you not read the handover sheet before the round?", "Did you not read"),
    ("Didn't you check the expiry? It's printed right on the side.", "Didn't you check"),
    ("What stopped you from calling the on-call psychiatrist?", "What stopped you"),
    (
        "Sorry you went through this. Did you check the chart before you gave the second dose?",
        "Did you check the chart before",
    ),
    (
        "Could you explain why you didn't follow the sepsis pathway? I'm a student and "
        "trying to learn.",
        "explain why you",
    ),
    (
        "Honestly, you should have called the doctor as soon as the potassium came back.",
        "you should have",
    ),
    ("You should've asked for help. That's what the team is for.", "You should've"),
    ("ngl you shouldve just said no to the transfer", "you shouldve"),
    ("You should of checked the MAR before signing.", "You should of"),
    (
        "You shouldn't have left the ward without handing over, but I'm sure you know that now.",
        "You shouldn't have",
    ),
    (
        "You really should have waited for the second check. I hope the review is fair.",
        "You really should have",
    ),
    (
        "As a senior colleague I'd say you ought to have escalated to the consultant.",
        "you ought to have",
    ),
    (
        "I'm sure it was busy, but you should have been more careful with a high-alert drug.",
        "should have been more careful",
    ),
    ("You should have known better than to trust a verbal order.", "should have known better"),
    (
        "I'm sorry, but if you had just followed the checklist none of this would have happened.",
        "if you had just",
    ),
    ("If you'd just asked the patient her name, you'd have caught it.", "If you'd just"),
    ("If only you had listened to the mum. Mums usually know.", "If only you had"),
    ("Had you simply rung the reg, the whole thing would have been avoided.", "Had you simply"),
    ("You could have simply asked the pharmacist. It takes two minutes.", "You could have simply"),
    ("Feeling for you, but you could've just waited for the bloods.", "you could've just"),
    (
        "You could have at least told the family before they found out from the notes.",
        "You could have at least",
    ),
    ("Couldn't you have just called the safeguarding lead for advice?", "Couldn't you have just"),
    (
        "You should have been checking the obs hourly with a NEWS like that.",
        "should have been checking",
    ),
    (
        "Not to be harsh but would it have killed you to do a second check?",
        "would it have killed you to",
    ),
    (
        "It wouldn't have hurt to double check the calculation with someone.",
        "It wouldn't have hurt to",
    ),
    ("If you had checked the band, this would never have happened.", "If you had checked"),
    (
        "The least you could have done was tell the family yourself.",
        "The least you could have done",
    ),
    ("You could have killed him. I hope you realise how serious this is.", "You could have killed"),
    (
        "Hope you're OK. You should have just refused the fourth admission though.",
        "You should have",
    ),
    ("What were you thinking, giving a 10x dose without questioning it?", "What were you thinking"),
    ("Oh honey, what were you thinking?? You know better.", "what were you thinking"),
    ("How could you let a confused patient walk out unsupervised?", "How could you"),
    ("I'm sorry but how could you not notice she wasn't breathing?", "how could you not"),
    ("How did you miss a temperature of 39?", "How did you miss"),
    ("how did you not see the allergy sticker on the front of the chart", "how did you not"),
    (
        "Any competent nurse would have questioned a dose that high.",
        "Any competent nurse would have",
    ),
    (
        "A decent pharmacist would've caught that at the verification step.",
        "A decent pharmacist would've",
    ),
    (
        "With respect, any half-decent therapist would have known to get consent first.",
        "any half-decent therapist would have",
    ),
    (
        "I would never have left a patient on a bedpan for that long. Sorry, but it's true.",
        "I would never have",
    ),
    (
        "I'd never have given it without checking the label. That's the first thing "
        "they teach you.",
        "I'd never have",
    ),
    ("Surely you knew that metformin needs holding before contrast?", "Surely you knew"),
    ("Didn't they teach you the rights of medication administration?", "Didn't they teach you"),
    ("Genuinely, what possessed you to take the keys home?", "what possessed you"),
    ("I can't believe you didn't call a code straight away.", "I can't believe you"),
    ("You had one job: check the name against the band.", "You had one job"),
    ("How hard is it to read a label? Really?", "How hard is it to"),
    ("That's basic pharmacology, to be honest. Potassium is never pushed.", "That's basic"),
    ("Checking the allergy status is nursing 101. I'm sorry, but it is.", "nursing 101"),
    ("Even a student would have known that dose was wrong.", "Even a student would have"),
    ("You should be ashamed of leaving that family without an update.", "You should be ashamed"),
    ("Well, I hope you learned your lesson about verbal orders.", "learned your lesson"),
    ("At the end of the day it was your job to check the dose.", "it was your job to"),
    ("Sorry, but you were careless, and you know it.", "you were careless"),
    ("Was it really necessary to restrain him?", "Was it really necessary"),
    (
        "Do you really think that was wise, seeing a high-risk client at home alone?",
        "Do you really think that was wise",
    ),
    (
        "Personally I would have called the reg at the first sign of deterioration.",
        "Personally I would have",
    ),
    (
        "Well, what did you think would happen if you left the bed rails down?",
        "what did you think would happen",
    ),
    (
        "Why would anyone push potassium? I'm sorry, but that one is on the never list "
        "for a reason.",
        "Why would anyone",
    ),
    ("You must have known the dose was wrong when you drew it up.", "You must have known"),
    (
        "I'm sorry this happened. What was the thinking behind giving it IV rather than oral?",
        "What was the thinking behind",
    ),
    (
        "Not to pile on, but the obvious thing would have been to call the reg.",
        "the obvious thing would have been to",
    ),
    ("Seriously? You didn't think to check the band?", "You didn't think to check"),
    (
        "I feel for you, honestly. But that was a really poor decision, and you know it.",
        "that was a really poor decision",
    ),
    ("Did you really think that was okay to leave until the morning?", "Did you really think"),
    ("Why weren't you more careful with the second bag?", "Why weren't you more careful"),
    ("You're a nurse, you should know better than that.", "you should know better"),
    ("I'm sorry but this one's on you.", "this one's on you"),
    ("I don't say this lightly, but it sounds like negligence to me.", "it sounds like negligence"),
    (
        "I genuinely don't get why you didn't escalate when she deteriorated.",
        "don't get why you didn't",
    ),
    (
        "I'm struggling to see why you'd skip the check on a controlled drug.",
        "struggling to see why you'd",
    ),
    ("Genuine question: what was your thought process?", "what was your thought process"),
    ("Shouldn't you have checked with the prescriber first?", "Shouldn't you have checked"),
    ("wait so u just didnt check?", "u just didnt check"),
    ("You put that baby at risk, and you need to own it.", "You put that baby at risk"),
    ("You clearly weren't paying attention.", "You clearly weren't paying attention"),
    ("Honestly, I would have called the doctor straight away.", "I would have called"),
    ("Why oh why did you sign it before the count?", "Why oh why did you"),
    ("whyyyy did you not ring the reg", "whyyyy did you not"),
    ("Why did you NOT escalate this??", "Why did you NOT"),
    ("why dint you call", "why dint you"),
    ("I'm a bit baffled as to why you didn't hand over the fall.", "baffled as to why you didn't"),
    ("Wasn't it obvious that the dose was too high for a 30 kg child?", "Wasn't it obvious"),
    (
        "Any nurse worth their salt would have double-checked.",
        "Any nurse worth their salt would have",
    ),
    (
        "A more experienced nurse would have escalated much sooner.",
        "A more experienced nurse would have",
    ),
    ("The policy is there for a reason. Why didn't you follow it?", "Why didn't you follow it?"),
    (
        "Did it ever cross your mind to ask the family what she usually takes?",
        "Did it ever cross your mind",
    ),
    ("Frankly, you should've escalated hours earlier.", "you should've escalated"),
    ("You needed to call it in the moment the BP dropped.", "You needed to call"),
    ("Why did you feel the need to do it all alone?", "Why did you feel"),
    ("I don't know why you didn't just ask.", "don't know why you didn't"),
    ("I'd have gone straight to the consultant. Every time.", "I'd have gone straight"),
    (
        "Had you bothered to read the notes, you'd have known about the allergy.",
        "Had you bothered to",
    ),
    ("If you'd double-checked, she wouldn't have had the reaction.", "If you'd double-checked"),
    ("WHAT WERE YOU THINKING", "WHAT WERE YOU THINKING"),
    ("How could u forget the second dose", "How could u"),
    (
        "How did you manage to mix up two patients with different names?",
        "How did you manage to mix up",
    ),
    ("Your judgement was poor that night, and deep down you know it.", "Your judgement was poor"),
    ("Not being funny, but you clearly didn't read the chart.", "you clearly didn't read"),
    ("Why'd you even take the assignment if you felt unsafe?", "Why'd you even"),
    ("What were u thinking omg", "What were u thinking"),
    (
        "Wouldn't it have made more sense to wait for the morning team?",
        "Wouldn't it have made more sense to",
    ),
    (
        "Surely someone with your experience would have spotted it?",
        "Surely someone with your experience would have",
    ),
    ("Thanks for sharing. _Why didn't you_ ring the on-call manager though?", "_Why didn't you_"),
    (
        "Why on earth would you leave a confused patient with the bed rails down?",
        "Why on earth would you",
    ),
    (
        "You obviously should have waited for the second signature, but I hope you're okay.",
        "You obviously should have",
    ),
    (
        "I'm so sorry you're going through this, it sounds like an awful shift and I "
        "hope you've had some sleep since.\n\nI've been a nurse for twenty years and "
        "I've made my share of mistakes, so please don't take this the wrong way. But I "
        "have to ask: why didn't you check the pump history before you restarted it? "
        "That's drilled into us from day one.\n\nAnyway, look after yourself, and I "
        "hope the review goes well.",
        "why didn't you check",
    ),
    (
        "Thank you for being so honest. I'm a paramedic, and I know how chaotic scenes "
        "can be.\n\nThat said, you really should have immobilised him before moving "
        "him, especially with that mechanism of injury. I'm not saying it to make you "
        "feel worse, just so others reading can learn from it.\n\nHugs, and take care "
        "of yourself.",
        "should have immobilised",
    ),
    (
        "Sending love. I'm a therapist too and breaking confidentiality is one of the "
        "hardest calls we make.\n\nI'm just curious what made you decide to phone the "
        "contact without talking to her first? Was there a reason you didn't wait until "
        "the next session?\n\nEither way I hope you're getting good supervision.",
        "what made you decide",
    ),
    (
        "Wow, this is a lot. I'm an ED doctor and honestly any competent clinician "
        "would have ordered a troponin with that history. I don't say that to pile on, "
        "but the learning matters.\n\nI hope you're okay and that the patient "
        "recovered.",
        "any competent clinician would have",
    ),
    (
        "Oh no 😢 I'm so sorry. I did something similar once with insulin.\n\nDid it not "
        "occur to you that 40 units was a lot for someone who was nil by mouth? I think "
        "that's the piece I'd want to understand if I were you.\n\nTake care x",
        "Did it not occur to you",
    ),
    (
        "I know this is hard to hear, but what were you thinking leaving a confused "
        "patient alone in the bathroom? I get that you were busy, we all are.\n\nI hope "
        "the investigation is fair and that you get support.",
        "what were you thinking",
    ),
    (
        "Thank you for sharing. I've worked in pharmacy for fifteen years.\n\nIf you'd "
        "just called the prescriber to confirm, the whole thing would have been "
        "avoided. Nobody minds a phone call. Please remember that next time.\n\nSending "
        "you good wishes.",
        "If you'd just called",
    ),
    (
        "Love and hugs. You're clearly a caring social worker.\n\nWouldn't it have been "
        "better to call the police straight away rather than waiting for your manager "
        "to come back from lunch? I'm genuinely asking, because I'm not sure what I'd "
        "have done either.\n\nLook after yourself.",
        "Wouldn't it have been better",
    ),
    ("I wonder why you didn't ask the charge nurse, honestly.", "wonder why you didn't"),
    ("Did you even look at the chart?", "Did you even look"),
    ("If you'd been more careful, it wouldn't have happened.", "If you'd"),
    ("You should have been more assertive with the consultant.", "should have been more"),
    ("Surely you must have realised something was wrong?", "Surely you must have realised"),
    ("That was a bad call, plain and simple.", "That was a bad call"),
    ("It's nursing 101 to check the band.", "nursing 101"),
    ("How hard is it to check a wristband?", "How hard is it to check"),
    (
        "Honestly, why not just page the reg at the time? That's what they're for.",
        "why not just page the reg at the time",
    ),
    (
        "Why not ring the family back then, when she first deteriorated?",
        "Why not ring the family back then",
    ),
    (
        "I'm not trying to be unkind. What was stopping you from calling the on-call team?",
        "What was stopping you",
    ),
    (
        "Sorry, I'm confused about why you didn't escalate when the family raised it.",
        "confused about why you didn't",
    ),
    ("Honestly, that's a pretty basic mistake for someone three years in.", "pretty basic mistake"),
    ("Rookie mistake, honestly. We've all been told a hundred times.", "Rookie mistake"),
    ("I'm sorry, but you really dropped the ball here.", "dropped the ball"),
    (
        "I'm surprised you didn't call the reg before hanging the second bag.",
        "surprised you didn't call",
    ),
    ("Not sure why you'd skip the check on a controlled drug.", "Not sure why you'd skip"),
    (
        "Were you even paying attention when she said she was allergic?",
        "Were you even paying attention",
    ),
    (
        "Why the delay in calling for help? Twenty minutes is a long time.",
        "Why the delay in calling",
    ),
]

# Peer stories, support, questions about now and forward-looking advice.
SUPPORTIVE: list[Labeled] = [
    (
        "I'm so sorry. I did almost exactly the same thing in my second year as an F1, "
        "and I still remember the sick feeling. It does get lighter.",
        None,
    ),
    ("Thank you for being brave enough to post this. You're clearly a caring nurse.", None),
    ("Sending you so much warmth. Please make sure you're eating and sleeping.", None),
    (
        "Something similar happened to me as a pharmacist: I verified a script for the "
        "wrong strength of morphine. What helped was talking to my manager the very "
        "next day.",
        None,
    ),
    ("You're not alone. Our team had three near-misses with the same pump last year.", None),
    (
        "I'm a paramedic and we had a case like this. The review found it was a system "
        "problem, and the trust changed the protocol.",
        None,
    ),
    ("How are you doing now? Have you got people around you?", None),
    ("How did the client respond when you met again?", None),
    ("Next time, what helped me was writing the dose on a sticky note and reading it back.", None),
    (
        "One thing that helped me after mine was a Schwartz round. Hearing others talk was huge.",
        None,
    ),
    (
        "I'm a social worker and I've made a call like yours. Supervision helped me "
        "work out what I'd do differently without tearing myself apart.",
        None,
    ),
    (
        "Please be gentle with yourself. The fact that you're this upset shows how much you care.",
        None,
    ),
    ("Have you been able to talk to occupational health? They were great with me.", None),
    (
        "I remember my first serious error. I cried in the car park for an hour. Ten "
        "years on, I'm a better nurse for it.",
        None,
    ),
    (
        "Our unit now does a two-person check for every insulin dose because of an "
        "error just like this one.",
        None,
    ),
    ("This took courage. Thank you for sharing it so that others can learn.", None),
    ("Your honesty with the family matters. In my experience, that's what they remember.", None),
    (
        "What's helped me since is keeping a small notebook of things I've learned from "
        "mistakes. It turns the shame into something useful.",
        None,
    ),
    (
        "I'm a therapist too. I broke confidentiality once when I shouldn't have, and "
        "the client came back a year later. It can be repaired.",
        None,
    ),
    ("Are you getting any support from your union? They helped me prepare for the hearing.", None),
    ("Hugs. It sounds like you were doing the work of three people.", None),
    (
        "As an ED doctor, I've missed sepsis too. It is so much harder to spot than the "
        "textbooks make it look.",
        None,
    ),
    ("It's so common, and it says nothing about your worth as a clinician.", None),
    ("Did you have a chance to debrief with the team afterwards? That helped me a lot.", None),
    ("I hope the family find some peace, and that you do too.", None),
    (
        "What you're describing sounds like moral injury, and there's good reading on "
        "it. Happy to send some.",
        None,
    ),
    (
        "For what it's worth, reporting it yourself is exactly the right thing, and "
        "it's what makes the system safer.",
        None,
    ),
    (
        "My own mistake was with a syringe driver. I'd set the rate per hour instead of "
        "per day. The patient was fine, but I wasn't for months.",
        None,
    ),
    (
        "I'm a student nurse, and reading posts like this makes me less scared of one "
        "day making a mistake.",
        None,
    ),
    ("Take the time off if you can. You can't pour from an empty cup.", None),
    (
        "Going forward, I'd suggest asking for a buddy on your first few shifts back. "
        "It helped me rebuild confidence.",
        None,
    ),
    ("Is your supervisor being supportive? I hope so.", None),
    (
        "When I was in your position, I found it helped to write down exactly what "
        "happened, minute by minute, before the review.",
        None,
    ),
    ("How is the patient doing now, if you know?", None),
    ("I'm so glad you posted. The silence is the worst part.", None),
    ("Thank you. I needed to read this today; I've been carrying something similar.", None),
    (
        "I work in a pharmacy and we've redesigned our shelves twice because of "
        "look-alike packaging errors. It happens to the best of us.",
        None,
    ),
    (
        "If you want to talk to someone who's been through a fitness to practise "
        "process, message me.",
        None,
    ),
    ("Every clinician I respect has a story like this. You're in good company.", None),
    (
        "Have you thought about writing to the family? For me, an apology letter helped "
        "both of us.",
        None,
    ),
    ("I'd love to know how you're doing now, if you feel like sharing.", None),
    (
        "You're not the first and you won't be the last, and that's not an excuse, it's "
        "a reason to fix the system.",
        None,
    ),
    ("The fact that you told the family yourself says a lot about you.", None),
    (
        "My own error was a missed fracture on an X-ray at 4 a.m. I still check every "
        "film twice because of it.",
        None,
    ),
    ("Sending strength from a fellow paramedic. Go gently this week.", None),
    (
        "Something that helped me after a med error: I made a one-page summary for the "
        "next nurse on our ward. It turned the shame into something useful.",
        None,
    ),
    (
        "Oh, I felt this in my chest reading it. I'm a community pharmacist and about "
        "six years ago I handed out methotrexate with daily directions instead of "
        "weekly. The label was right, my counselling was wrong, and the patient's "
        "daughter caught it on day three.\n\nFor months afterwards I kept asking myself "
        "why I hadn't read the label back to her. My manager asked me the same thing in "
        "the review, and honestly I didn't have an answer beyond \"I was "
        'rushing".\n\nWhat helped: I started reading every high-risk label aloud, even '
        "when it felt silly, and I told my team exactly what happened so they'd do it "
        "too. You should be proud that you reported yours the same day. That's the bit "
        "that makes things safer for everyone.\n\nHow are you doing now? Are you "
        "sleeping?",
        None,
    ),
    (
        "I'm a paramedic and I've been where you are. We were sent to a \"fall\" that "
        "turned out to be a stroke, and I was so focused on the hip that I missed the "
        "facial droop until we were nearly at the hospital.\n\nPeople will tell you "
        "that you should have done a full neuro assessment first. Maybe. But you did "
        "what the call in front of you looked like, at 3 a.m., after nine hours on the "
        "road. That's human.\n\nIf you had asked me back then whether it could happen "
        "to me, I would have said no. I'd never have guessed how easy it is. Be gentle "
        "with yourself, and please take the debrief if it's offered.",
        None,
    ),
    (
        'Thank you for writing this. I know you asked for no "why did you" replies, '
        "so I'll stick to what helped me.\n\nI'm a social worker. Years ago I closed a "
        'case too early because the family "seemed fine" at the last visit. Three '
        "months later the child was back on our books. My supervisor said something "
        "I've never forgotten: \"Hindsight is a liar that tells you you should have "
        'known."\n\nNext time you feel that spiral, try writing down what you actually '
        "knew at the time, not what you know now. It helped me see that I wasn't "
        "careless, I was working with half the picture.",
        None,
    ),
    (
        "This could have been me, word for word. I'm an ICU nurse and I once hung the "
        "wrong concentration of heparin because two bags looked identical. Nobody could "
        "have told them apart at 4 a.m. under those lights.\n\nWhy do hospitals still "
        "stock look-alike bags side by side? That's the question I wish the review had "
        "asked. Instead they asked me why I hadn't done the independent double check, "
        "and the honest answer was that there was no second nurse free for forty "
        "minutes.\n\nYou couldn't have known the bags had been swapped in the fridge. "
        "You should talk to your union rep before any meeting, and you should ask for "
        "the staffing figures for that night. They matter.",
        None,
    ),
    (
        "I'm a GP, and I missed a pulmonary embolism in a young woman who came in twice "
        'with "anxiety". I think about her often.\n\nWhat I\'d say to my younger self: '
        "you're going to replay what you should have done for a long time, and that's "
        "normal. The replaying isn't a punishment, it's your brain trying to learn. Let "
        "it learn, then let it rest.\n\nThat's why I now ask about leg swelling and the "
        "pill in every breathless young woman, even when it seems obvious it's panic. "
        "Small habit, big difference. How did the family respond when you spoke to "
        "them?",
        None,
    ),
]

# Acceptable replies that look like interrogation: whys in other senses, reported speech,
# self-directed whys, mentions of the rule, quotes and code, "you should" about the future.
HARD_NEGATIVES: list[Labeled] = [
    ("I kept asking myself why I didn't call for help sooner. It took a year to stop.", None),
    ("My supervisor asked me why I hadn't charted it, and I just burst into tears.", None),
    (
        "I know the author asked for no 'why did you' replies, so I'll just say: I've "
        "been there, and it gets easier.",
        None,
    ),
    ("That's why I now use reminders on my phone for every time-critical drug.", None),
    ("I understand why you feel awful. I would too.", None),
    ("You should be kind to yourself this week.", None),
    ("You should talk to your supervisor about getting some protected time.", None),
    (
        "I would never have known about that interaction either. It's not on our system at all.",
        None,
    ),
    ("How could you have known? Nobody could have seen that coming.", None),
    ("You couldn't have known the pump was faulty.", None),
    ("If you had asked me then, I would have done the same thing.", None),
    ("Why do these things always happen on the busiest night? It's never just one person.", None),
    (
        "My manager said \"why didn't you call me?\" and I've been hearing it in my "
        "head ever since.",
        None,
    ),
    (
        "The coroner kept asking why nobody had repeated the obs. It was brutal, and "
        "I'm sorry you're facing something similar.",
        None,
    ),
    (
        "The family asked me why we hadn't called them sooner, and I had no good "
        "answer. I'm sorry you're going through the same.",
        None,
    ),
    ("I won't ask why you didn't call, because I know exactly why: you were drowning.", None),
    ("Please ignore anyone who says you should have known. You couldn't have.", None),
    (
        "You'll probably keep thinking you should have called sooner. Everyone does, "
        "and it isn't the truth.",
        None,
    ),
    ("You should have support from occupational health, so ask for it.", None),
    ("You should have a word with your union rep before the meeting.", None),
    ("You should have been given a proper handover. That's on the system, not you.", None),
    ("You shouldn't have had to manage twelve patients alone.", None),
    ("You should have seen the state of our ward the night mine happened.", None),
    ("Any nurse would have made the same call with that information.", None),
    (
        "Any experienced pharmacist would have missed that too; the two labels are "
        "nearly identical.",
        None,
    ),
    ("I would never have had the courage to post this. Thank you.", None),
    ("I'd never have spotted it either, honestly.", None),
    ("How could anyone expect you to catch that on a night shift with no senior?", None),
    ("How did you cope in the weeks afterwards?", None),
    ("How on earth did you get through that shift? I'd have fallen apart.", None),
    ("Why would you blame yourself for a pump fault? You did everything right.", None),
    ("Why wouldn't you feel terrible? Anyone would.", None),
    ("Surely you can see this wasn't your fault.", None),
    ("What made you decide to share this? I'm really glad you did.", None),
    ("What was going through my head was pure panic, and I bet it was the same for you.", None),
    ("Was there a debrief afterwards? There should have been.", None),
    ("I'm curious how the review went, if you're willing to share.", None),
    ("I wonder why we never get taught this in school.", None),
    ("I can see why you didn't call him. The last time, he'd screamed at you.", None),
    ("Honestly, I should have spoken up about our ward's staffing years ago.", None),
    ("Whenever I hear 'you should have known better' I want to scream. You were a new grad.", None),
    (
        "It's easy to say you should have done it differently with hindsight. At the "
        "time you had none.",
        None,
    ),
    ("Don't tell yourself you should have known. Nobody knew.", None),
    ("You could have just kept quiet, but you reported it. That takes courage.", None),
    ("If you hadn't spotted it, she'd have had the full dose. You caught it.", None),
    ("I'm not going to ask why you did it. I want to ask how you are.", None),
    (
        "Someone once asked me 'what were you thinking?' after an error and it stayed "
        "with me for years.",
        None,
    ),
    ("The 'how could you' voice is the loudest one in the first weeks. Try not to feed it.", None),
    ("I asked my mentor why I hadn't seen it, and she said: because you're human.", None),
    ("Ignore the why-didn't-you crowd in the comments. They weren't there.", None),
    ("I know why you did it. Anyone in that room would have.", None),
    ("Nobody could have predicted that reaction.", None),
    ("I think the system should have caught it before it ever got to you.", None),
    ("You did what you could with what you had.", None),
    ("Why did I go into nursing? For people like you, who own their mistakes.", None),
    ("Were there enough staff that night? It sounds like there weren't.", None),
    ("Did you get any support afterwards? I didn't, and I wish I had.", None),
    ("What helped me was asking 'what would I tell a friend?' instead of 'why didn't I?'", None),
    ("Why not take a few days off? You've earned it.", None),
    (
        "I'm a GP and I've had patients ask me why I didn't refer sooner. It's awful. "
        "You're not alone.",
        None,
    ),
    (
        "> why didn't you call the registrar?\n\nI'm quoting this because someone said "
        "it to me too, and it's the wrong question. What matters is how you are now.",
        None,
    ),
    (
        "In my first year I got told `you should have known better` more times than I can count.",
        None,
    ),
    (
        "You're probably lying awake wondering why you didn't pick up on it. Please try to sleep.",
        None,
    ),
    (
        "If you had known about the allergy, you would have acted differently. You didn't know.",
        None,
    ),
    ("I hope you know you couldn't have done anything differently.", None),
    (
        "You should have heard the silence in the room when I told my team. It was the "
        "kindest thing.",
        None,
    ),
    ("If only you'd had a senior on that night. That's what I keep thinking.", None),
    ("How could you possibly have known the vial was mislabelled?", None),
    ("How could you not feel awful after that? It shows you care.", None),
    ("I'd be lying if I said I'd never done this myself.", None),
    ("A good nurse would have felt exactly what you're feeling now.", None),
    ("You're asking yourself why you didn't double-check. Every one of us has asked that.", None),
    ("Why does this always land on the newest staff?", None),
    ("Should have, could have, would have: none of it helps now. You're doing the work.", None),
    ("I know you'll replay what you should have done for a while. That's normal.", None),
    ("You should have every right to a fair hearing, and I hope you get one.", None),
    ("You should have received a proper debrief. Ask for one.", None),
    (
        "If you had told me this ten years ago, I wouldn't have believed it could "
        "happen to me. Then it did.",
        None,
    ),
    ("It's natural to ask why you didn't see it. Try to be gentle with the answer.", None),
    (
        "My therapist asked me, 'why do you think you didn't call?', and it opened something up.",
        None,
    ),
    ("How could you ever have predicted that?", None),
    ("You did exactly what you should have done: you told the truth.", None),
    ("You did everything you should have.", None),
    ("You should have seen how the review panel treated me. You're doing better than I did.", None),
    ("Any nurse would have done what you did.", None),
    ("It's your job to look after yourself now.", None),
    (
        "Why did you choose nursing in the first place? I ask because your care for "
        "that family shines through.",
        None,
    ),
    ("Why did you have no senior on? That's appalling staffing.", None),
    ("Why were you left alone with twelve patients? That's on management.", None),
    ("Why weren't you given a handover? That's the real failure here.", None),
    ("It was a bad call by the consultant, not by you.", None),
    ("I made a bad call once with a syringe driver, and I think about it still.", None),
    ("The pressure that's on you right now sounds enormous.", None),
    ("It's on you to decide when you're ready to go back, no one else.", None),
    ("You put yourself at risk for that family, and I hope someone thanked you.", None),
    ("You weren't focused because you'd been awake for twenty hours. That's a rota problem.", None),
    ("Honestly, I would have called the doctor too, and probably got the same brush-off.", None),
    ("I would have given anything to have had a mentor like you.", None),
    ("If I'd been in your shoes, I would have frozen.", None),
    ("Nobody can tell you that you should have known. Nobody knew.", None),
    ("Was it the wrong call? Maybe. Was it a human one? Absolutely.", None),
    ("The right thing would have been for someone to relieve you.", None),
    ("You needed to rest, and nobody let you.", None),
    ("I don't know why you didn't get any support from your manager. That's awful.", None),
    ("You weren't careless. You were exhausted.", None),
    ("Why would anyone want to work nights on that ward?", None),
    ("Anyone would have missed it on that screen.", None),
    ("A more experienced nurse would have done the same thing, honestly.", None),
    ("Was it not obvious to anyone that the ward was understaffed?", None),
    ("Did you ask for a debrief afterwards? It really helped me.", None),
    ("Did you just start on that ward? The first months are brutal.", None),
    ("You never stop to think about yourself, do you? Please rest.", None),
    ("I kept thinking 'I should have checked'. You will too, and it fades.", None),
    ("Hindsight makes it look like you should have known. You couldn't have.", None),
    ("Some people will say you should have escalated sooner. They weren't there.", None),
    ("I'm curious what made you want to become a paramedic. You clearly care so much.", None),
    ("What led you to post today? I'm glad you did.", None),
    ("How come you're still blaming yourself? You did everything right.", None),
    ("I can't believe you're being so hard on yourself.", None),
    ("Surely you know this doesn't define you.", None),
    ("Asking why you didn't catch it is what every good clinician does afterwards.", None),
    ("You could have walked away and said nothing. You didn't, and that matters.", None),
    ("If you'd been given a second nurse, this wouldn't have happened.", None),
    ("I wouldn't have known what to do either.", None),
    ("I'd never have thought of that interaction. It's so obscure.", None),
    ("What were you thinking about when you decided to post? I'm glad you did.", None),
    ("The right thing was to tell the family, and you did.", None),
    ("You just didn't have the time, and that's not on you.", None),
    ("It wouldn't hurt to talk to someone at occupational health this week.", None),
    ("You must have been terrified when the alarm went off.", None),
    (
        "What made you feel you couldn't tell anyone at the time? I ask because I hid "
        "mine for months, and I'm still unpicking why.",
        None,
    ),
    (
        "Sending a huge hug. I'm a therapist and I once forgot a session entirely. My "
        "client sat in the waiting room for forty minutes and left. When she came back "
        "the next week, she asked me why I hadn't called her, and I had to say: because "
        "I forgot, and I'm sorry.\n\nIt was the most honest moment of our work "
        "together, strangely. She told me later that it was the first time someone in "
        "authority had admitted a mistake to her.\n\nI'm not saying that's how it'll go "
        "for you. But the repair conversation is possible, and it sounds like you're "
        "already doing it.",
        None,
    ),
    (
        "As a nurse educator, I see this a lot with new grads, and I want to say "
        "clearly: any nurse would have made the same call with the information you had. "
        "The system let you down by putting a six-week grad in charge of a bay with two "
        "unstable patients.\n\nIf it helps, here's what I teach now: when you notice "
        "the \"I'm fine, I can manage\" voice, that's your cue to ask someone to look "
        "over your shoulder. Not because you can't, but because nobody should be "
        "carrying that alone.\n\nYou should have been given a proper orientation. I "
        "hope your manager hears that.",
        None,
    ),
    (
        "I'm a pharmacist on a surgical ward. We had almost this exact error last year "
        "with an epidural and an IV line, and the investigation found the connectors "
        "were compatible when they shouldn't have been.\n\nI remember the nurse "
        'involved saying "I should have traced the line". She should not have had to. '
        "Good design would have made it impossible. We've since switched to non-Luer "
        "connectors and there hasn't been another one.\n\nHonestly, I would never have "
        "spotted that risk either before it happened. I hope you're being looked after.",
        None,
    ),
    (
        "Doctor here. Reading this brought back my F1 year. I prescribed penicillin to "
        "someone with a documented allergy because the allergy box was on a different "
        "screen. The patient was fine; I wasn't.\n\nA consultant took me aside the next "
        'day and said, "What were you thinking about when it happened? Not the excuse, '
        'the actual thought." It turned out I was thinking about the three other '
        "bleeps in my pocket. That conversation changed how I work more than any "
        "lecture did.\n\nIf you want to talk through yours like that, without "
        "judgement, my inbox is open.",
        None,
    ),
    (
        "I'm so sorry. My own version: I'm a support worker and I once gave a resident "
        "the wrong evening meds because two residents had the same surname. It was a "
        "one-off, but it shook me badly.\n\nWhat I'd tell you now is that it's easy to "
        "say you should have done it differently with hindsight. At the time you had a "
        "full floor and one colleague off sick.\n\nIt took me a while, but I went back "
        "to the residents' meeting and explained what had happened in plain words. How "
        "could you not feel awful after something like that? It shows you care.",
        None,
    ),
    ("You did nothing wrong.", None),
    ("What would you say to a colleague who made this mistake?", None),
    ("Why don't you take a walk this evening? It helped me clear my head.", None),
    ("Why not talk to your GP about how you're sleeping?", None),
    ("Anyone would have struggled on that shift.", None),
    ("I would have been terrified in your place.", None),
    ("I would have called in sick the next day, honestly.", None),
    ("You should have heard my preceptor when I did the same thing.", None),
    ("If you had a bad experience with your manager, please report it.", None),
    ("If you'd like, I can share the checklist we use.", None),
    ("You must have been exhausted.", None),
    ("You must have felt so alone that night.", None),
    ("Honestly, the only thing I'd have done differently is to take a break sooner.", None),
    ("Why are you being so hard on yourself?", None),
    ("Who could blame you?", None),
    ("Was there a reason the pharmacy didn't flag it? That seems like the real gap.", None),
    ("Is there a reason you're asking? Happy to share more about our process.", None),
    ("Did you have support after?", None),
    ("Did you check in with occupational health?", None),
    ("Did you ever think about leaving nursing? I did, and I'm glad I stayed.", None),
    ("Did you think about talking to someone before the meeting? It might help.", None),
    ("I can't understand why you blame yourself.", None),
    ("I don't understand why you were left alone.", None),
    ("I don't understand why you didn't get a break all night.", None),
    ("I can see why you didn't want to wake the doctor.", None),
    ("I wonder why you felt so alone. I hope it's different now.", None),
    ("You could have died out there. I'm so glad you're safe.", None),
    ("You could have just walked away from nursing, but you stayed.", None),
    ("This is on all of us, not just you.", None),
    ("None of this is on you.", None),
    ("It's not on you.", None),
    ("That's on you to decide, nobody else.", None),
    ("It was a bad call, but it was the call any of us would have made.", None),
    ("You were so careful to document everything afterwards.", None),
    ("You put your patients first, always.", None),
    ("It's basic human decency to support each other here.", None),
    ("Nursing 101 never prepared any of us for this.", None),
    ("That's so basic, and yet we all miss it sometimes.", None),
    ("How hard is it to get a second nurse on nights? Apparently impossible.", None),
    ("Was it really your fault? No.", None),
    ("Do you really think it was your fault?", None),
    ("Surely you can't blame yourself for a faulty pump.", None),
    ("Surely you must be exhausted after all this.", None),
    ("You shouldn't have been put in that position.", None),
    ("Shouldn't you have been given a mentor in your first month?", None),
    ("Had you been on nights long when it happened?", None),
    ("Why didn't anyone help you?", None),
    ("Why did nobody check on you?", None),
    ("Why did it take them so long to respond to your bleep?", None),
    ("Why do you think it hit you so hard? For me it was the family.", None),
    ("If you had been my nurse, I would have felt lucky.", None),
    ("If you had any doubt, you did the right thing by asking.", None),
    ("If you'd been there longer, you'd know it's always like that on that ward.", None),
    ("If you had told me, I'd have come in to help.", None),
    ("If only you had known how loved you are by your team.", None),
    ("I would never have made it through my first year without people like you.", None),
    ("I'd never have had the guts to post this.", None),
    ("I would never have asked for help back then either.", None),
    ("I'd never have coped as well as you did.", None),
    ("Never have I seen someone own a mistake so gracefully.", None),
    ("Personally, I would have felt exactly the same.", None),
    ("Personally I would have done exactly what you did.", None),
    ("How did you tell the family? I always find that the hardest part.", None),
    ("What did you learn from it, if you don't mind me asking? I'm a student.", None),
    ("How are you holding up?", None),
    ("Why not just take tomorrow off? You've earned it, and then some.", None),
    ("I dropped the ball once too, with a discharge letter. It happens to all of us.", None),
    ("You didn't drop the ball; the system did.", None),
    ("Were you even allowed a break on that shift? It doesn't sound like it.", None),
    ("I'm surprised you didn't get more support from your manager.", None),
    ("I'm surprised you stayed in nursing after that, and so glad you did.", None),
    ("I'm surprised you didn't quit on the spot, honestly. I'm glad you're still here.", None),
    ("Not sure why you'd blame yourself for a faulty pump.", None),
    ("No idea why you didn't get a debrief, that's awful.", None),
    ("Rookie mistakes happen to all of us, even twenty years in.", None),
    ("I made a rookie error on my first night too, and I still wince.", None),
    ("It's a basic mistake, and we all make them when we're stretched.", None),
    ("Why the delay from pharmacy? That's the real scandal in your story.", None),
    ("I'm not sure why you feel so alone; you're clearly loved by your team.", None),
    (
        "Were you even paying attention to yourself that week? Probably not. Nobody "
        "does on nights.",
        None,
    ),
]

CORPUS: list[Labeled] = INTERROGATING + SUPPORTIVE + HARD_NEGATIVES

# Written before any rule existed, and measured untouched before any tuning.
HELD_OUT: list[Labeled] = [
    # interrogating
    (
        "I'm so sorry this happened, it sounds like an awful night. But honestly, why didn't "
        "you just call the on-call registrar? That's literally what they're there for.",
        "why didn't you",
    ),
    (
        "Thanks for sharing. Why on earth did you give it without checking the band?",
        "Why on earth did you",
    ),
    ("hugs 💜 y didnt u escalate tho", "y didnt u"),
    ("WHY DID YOU NOT DOUBLE CHECK THE PUMP SETTINGS", "WHY DID YOU NOT"),
    (
        "I've been there with a busy med round. You really should have waited for the second "
        "signature though, that's what it's for.",
        "should have waited",
    ),
    (
        "If you'd just read the chart properly none of this would have happened. Be kinder "
        "to yourself now, but learn from it.",
        "If you'd just read",
    ),
    (
        "Honestly you could've simply asked the family what she normally takes.",
        "could've simply asked",
    ),
    (
        "What were you thinking, leaving her alone on the commode with those obs?",
        "What were you thinking",
    ),
    (
        "I'm not trying to be harsh but how could you not notice the rash for three days?",
        "how could you not",
    ),
    (
        "Any half-decent pharmacist would have caught that interaction on the first screen.",
        "Any half-decent pharmacist would have",
    ),
    (
        "Glad you're posting about it. I would never have discharged him with a NEWS of 6, "
        "but we all have different thresholds I suppose.",
        "I would never have discharged",
    ),
    (
        "Was there any reason you didn't document the refusal at the time?",
        "Was there any reason you didn't",
    ),
    (
        "Really sorry. Did it never occur to you that the dose looked high for a child?",
        "Did it never occur to you",
    ),
    (
        "No judgement here, I'm just curious what made you decide to skip the count.",
        "curious what made you decide",
    ),
    (
        "Wouldn't it have been safer to ring 999 straight away rather than drive her in?",
        "Wouldn't it have been safer",
    ),
    (
        "Sending love. Out of interest, why didn't you hand it over to the night team?",
        "why didn't you",
    ),
    (
        "I don't want to pile on, but why would you push IV potassium? It's on every "
        "never-event list.",
        "why would you push",
    ),
    ("Sorry but *why* did you sign for it if you hadn't checked it?", "*why* did you"),
    (
        "Didn't they teach you to check allergies before anything else in nursing school?",
        "Didn't they teach you",
    ),
    ("Surely you knew that lithium needs levels after a dose change?", "Surely you knew"),
    (
        "It's such basic stuff, you ought to have known that after two years on the ward.",
        "ought to have known",
    ),
    ("Why'd you leave without handing over? Genuinely asking.", "Why'd you leave"),
    (
        "I have to ask: what possessed you to discharge a confused 90-year-old at 3am?",
        "what possessed you",
    ),
    (
        "Couldn't you have just asked a colleague to check the calculation with you?",
        "Couldn't you have just asked",
    ),
    (
        "I'm sure you feel bad. Why not just phone the GP at the time, though?",
        "Why not just phone",
    ),
    (
        "Thank you for being honest. Help me understand why you didn't escalate sooner when "
        "the sats dropped?",
        "why you didn't escalate",
    ),
    (
        "What made you think it was okay to give it IM when the chart said IV?",
        "What made you think it was okay",
    ),
    (
        "A competent paramedic would have immobilised the neck before moving him. Sorry, "
        "but that's the truth.",
        "A competent paramedic would have",
    ),
    ("Ugh, I'm sorry. You should of checked the MAR before signing though.", "should of checked"),
    ("Any reason why you didnt call the doctor overnight?", "Any reason why you didnt"),
    ("why did u not ask for help?? theres always someone on the floor", "why did u not"),
    (
        "In hindsight you probably should have declined the extra shift, but we all learn. "
        "Look after yourself.",
        "should have declined",
    ),
    (
        "I'd never have let a student draw that up unsupervised, to be honest. Hope the "
        "investigation goes okay.",
        "I'd never have let",
    ),
    ("Didn't you think to check the date on the vial?", "Didn't you think to"),
    (
        "Honestly, if you had followed the policy you wouldn't be in this mess. I hope "
        "you're okay though.",
        "if you had followed the policy",
    ),
    (
        "So sorry. I do wonder why you felt you couldn't ask the charge nurse, though?",
        "wonder why you felt you couldn't ask",
    ),
    # acceptable
    (
        "I did exactly the same thing in my first year on a surgical ward. You're not "
        "alone, and it does get easier to carry.",
        None,
    ),
    (
        "Why do we keep buying pumps that let you do this? It's a system problem, not a "
        "you problem.",
        None,
    ),
    (
        "I still ask myself why I didn't speak up that night, and it was eleven years ago.",
        None,
    ),
    (
        "My preceptor asked me why I hadn't escalated and I just froze. I know that feeling "
        "in your post so well.",
        None,
    ),
    (
        "You should be proud that you disclosed it straight away. Plenty of people don't.",
        None,
    ),
    ("You should talk to your union rep before the meeting on Thursday.", None),
    (
        "How could you have known? The two ampoules look identical, we've reported it three times.",
        None,
    ),
    (
        "I would never have known about that interaction either, honestly. It isn't even "
        "flagged on our system.",
        None,
    ),
    ("You couldn't have predicted that reaction. Nobody could.", None),
    (
        "If you had asked me back then, I would have done exactly the same thing.",
        None,
    ),
    ("That's why I now use a written checklist for every handover.", None),
    (
        "I understand why you feel awful. It shows how much you care about your patients.",
        None,
    ),
    (
        "Next time you're in that spot, what helped me was saying the dose out loud to "
        "whoever was nearest.",
        None,
    ),
    ("How are you sleeping now? The first weeks after mine were rough.", None),
    ("How did the family respond when you told them?", None),
    (
        "I know you asked for no 'why did you' replies, so I'll just say: me too, and it "
        "gets better.",
        None,
    ),
    (
        "The coroner asked why the obs weren't repeated, and honestly that was the worst "
        "part of the whole inquest for me.",
        None,
    ),
    (
        "Why did I become a paramedic? For moments like the one you handled afterwards, "
        "with the family.",
        None,
    ),
    (
        "Someone on my ward once said 'what were you thinking' to me after an error and I "
        "never forgot how small it made me feel.",
        None,
    ),
    (
        "Wondering why you didn't see it sooner is normal; our brains do that after the "
        "fact. Be gentle with that voice.",
        None,
    ),
    (
        "You did what any of us would have done with the information you had at 4am.",
        None,
    ),
    (
        "Any nurse would have made the same call with that staffing. I know I would.",
        None,
    ),
    ("Is there anything that would help you right now?", None),
    (
        "Was there a debrief with your team afterwards? Those really helped me after mine.",
        None,
    ),
    ("Have you been able to take some time off since?", None),
    ("I'm curious how your supervisor is supporting you through the review.", None),
    (
        "I wonder why these errors always seem to happen on nights. Staffing, probably.",
        None,
    ),
    ("Don't be so hard on yourself, you couldn't have known.", None),
    (
        "Did you have anyone to talk to afterwards? I didn't, and it made it so much worse.",
        None,
    ),
    ("The patient's daughter kept asking why nobody had called her sooner.", None),
    (
        "Honestly, I should have spoken up too when I saw it happen to a colleague years "
        "ago. I think about it a lot.",
        None,
    ),
    ("You could try writing it down; that helped me more than I expected.", None),
    ("If you ever want to talk, send me a message. I mean it.", None),
    (
        "The question 'why didn't you' haunted me for a year after my own error.",
        None,
    ),
]
