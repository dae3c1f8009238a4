"""Round 13 of issue 14's evaluation: 160 replies (80 that judge the author's past decision)
from two helpers who saw only the labeling guide (guard_round2.md), never the rules, the model,
the corpora or the code: endoscopy and infection-prevention nurses, paediatric
physiotherapists, community midwives, pharmacy dispensers, forensic psychologists, advanced
paramedics, urgent-care nurse practitioners (Aberdeen, Limerick, Winnipeg, Kigali, Hobart,
Vermont, Norwich, Colombo); sexual-health and stoma nurses, art therapists, hospital social
workers, neurophysiology technicians, care-home nurses, orthodontic therapists, telehealth
nurses, psychiatry trainees (Dundee, Sligo, Saskatoon, Lusaka, Suva, Maine, Hull, Lahore).
Measured untouched with the rules and the model trained on rounds 1 to 6, 8, 9, 11 and 12,
then relabeled blind by two more helpers (they agreed on all 160), then trained on: see
test_guard.py and bench/README.md. Entries as in guard_corpus."""

ROUND_13_S = [
    (
        "Not judging!! but it does seem like the warning signs were pretty loud...",
        "it does seem like the warning signs were pretty loud",
    ),
    (
        "A 30-second call to the prescriber would've saved all of this, honestly.",
        "A 30-second call to the prescriber would've saved all of this",
    ),
    (
        (
            "Community midwife in Norwich here. Home visits in the dark, on your own, with "
            "a phone that has one bar of signal... it's a miracle more doesn't go wrong. "
            "Thinking of you."
        ),
        None,
    ),
    (
        "Kind of a basic error for an ANP tbh. Not trying to pile on.",
        "Kind of a basic error for an ANP",
    ),
    (
        (
            "I'm really sorry you're going through the serious incident process, it's "
            "brutal, and I remember how it felt when my own report got picked apart in "
            "court. Nobody sleeps properly during those months. Please lean on your "
            "supervisor and don't read the coroner's comments at 2am.\n\nThat said, and I say "
            "this gently: using a structured risk tool on someone with that history and "
            "then overriding it on gut feel was always going to be hard to defend. I hope "
            "the review at least recognises how stretched the Colombo service was."
        ),
        "overriding it on gut feel was always going to be hard to defend",
    ),
    (
        (
            "Oh that's rough, sorry. Genuinely asking though, why didn't you ring the reg "
            "before giving the second dose of midaz? Our endoscopy unit in Aberdeen has a "
            "hard rule on that."
        ),
        "why didn't you ring the reg",
    ),
    (
        (
            "The patient's allergy band should have been checked before the sedation went "
            "in. That's the whole point of the pause."
        ),
        "The patient's allergy band should have been checked",
    ),
    (
        (
            "The labels should've been compared against the script at the bench. Two "
            "strengths of sertraline, same box colour — that's exactly when you slow down."
        ),
        "The labels should've been compared against the script at the bench",
    ),
    (
        (
            "Honestly the way the story ends, you going back the next day to check on him, "
            "made me tear up."
        ),
        None,
    ),
    (
        (
            "This really resonates. I'm an IPC nurse in Kigali and the first outbreak I "
            "missed still haunts me. It gets lighter, I promise."
        ),
        None,
    ),
    (
        (
            "How did you not notice the scope hadn't been through the washer cycle? The "
            "tracking label is right there on the tray."
        ),
        "How did you not notice",
    ),
    (
        (
            "Obviously you confirm the fetal heart before you call it a straightforward "
            "home birth. That's not even advanced stuff."
        ),
        "Obviously you confirm the fetal heart",
    ),
    (
        (
            "That's negligent. Sorry, it just is. You don't leave a loaded syringe "
            "unlabelled on a shared trolley."
        ),
        "That's negligent",
    ),
    (
        (
            "Forensic psych here. The court process is designed to feel adversarial; it "
            "doesn't mean you're a bad clinician. Take someone with you on the day if you "
            "can."
        ),
        None,
    ),
    (
        (
            "lol you should have seen me on my first community visit in Limerick, got lost "
            "for 40 mins and turned up with the wrong notes. we all start somewhere x"
        ),
        None,
    ),
    (
        (
            "I did exactly this as a newly qualified endoscopy nurse. I should have checked "
            "the second ID band and I didn't. It still makes my stomach drop, but it made "
            "me the careful nurse I am now."
        ),
        None,
    ),
    (
        "Who hands out methadone without checking ID? Genuinely.",
        "Who hands out methadone without checking ID?",
    ),
    (
        (
            "In a case like this the risk assessment needed to be redone once he disclosed "
            "the new threats. That's on the assessing psychologist, not the prison."
        ),
        "the risk assessment needed to be redone once he disclosed the new threats",
    ),
    (
        ("Hugs x. But wasn't there a senior midwife on call you could have phoned from the house?"),
        "wasn't there a senior midwife on call you could have phoned",
    ),
    (
        "Rough night for sure 😔 but u shouldve done a 12-lead before letting him walk out",
        "u shouldve done a 12-lead before letting him walk out",
    ),
    (
        (
            "Dispensers get so little credit and take so much of the blame. Solidarity from "
            "a pharmacy in Colombo."
        ),
        None,
    ),
    (
        "I'm sorry but this was completely avoidable.",
        "this was completely avoidable",
    ),
    (
        (
            "I'd genuinely be interested in what the reasoning was for signing off the "
            "report before the collateral history came in."
        ),
        "I'd genuinely be interested in what the reasoning was",
    ),
    (
        (
            "Why do we always assume it's our fault first? Reading this made me so sad. "
            "Hope you're getting some rest."
        ),
        None,
    ),
    (
        "One can't help wondering whether a quick look at the MAR would have caught it.",
        "One can't help wondering whether a quick look at the MAR would have caught it",
    ),
    (
        (
            "25 years in infection control and I have never once let a contact patient go "
            "down to radiology without a heads-up call. Just saying."
        ),
        "I have never once let a contact patient go down to radiology without a heads-up call",
    ),
    (
        "You should talk to your union rep before the investigation meeting. Don't go in alone.",
        None,
    ),
    (
        (
            "The pharmacy system should have flagged the interaction. That's literally what "
            "it's there for."
        ),
        None,
    ),
    (
        "What did your manager say when you told them? Hoping they were decent about it.",
        None,
    ),
    (
        (
            "So sorry this happened. You really should have put him on contact precautions "
            "the minute the C. diff result came back though."
        ),
        "You really should have put him on contact precautions",
    ),
    (
        (
            "Thank you for being brave enough to post this. I'm a paeds physio in Hobart "
            "and I've had my own version of this story, I just never wrote it down."
        ),
        None,
    ),
    (
        (
            "You ought to have documented the capacity assessment before the interview went "
            "ahead, otherwise the whole report is on shaky ground. Hope the tribunal goes "
            "ok."
        ),
        "You ought to have documented the capacity assessment",
    ),
    (
        "One incident doesn't define a 15-year career. Proud of you for sharing 💜",
        None,
    ),
    (
        (
            "Next time, ask for a second checker — it's not weakness, it's just good "
            "practice. But please go easy on yourself about this time."
        ),
        None,
    ),
    (
        (
            "Nobody should have to cover a whole urgent care waiting room solo on a "
            "Saturday in flu season. NOBODY."
        ),
        None,
    ),
    (
        (
            "Most errors happen at handover. That's not me saying it's fine, it's me saying "
            "the system has a huge hole right there and you fell in it."
        ),
        None,
    ),
    (
        "You shouldn't be carrying this on your own. Please reach out to someone at work.",
        None,
    ),
    (
        "Did you get any support afterwards? Occ health, EAP, anything?",
        None,
    ),
    (
        "you couldve just asked the parent to stay in the room for the session tbh",
        "you couldve just asked the parent to stay in the room",
    ),
    (
        (
            "Running deep sedation without a second nurse in the room is **frankly "
            "reckless**, whatever the pressure on the list."
        ),
        "frankly reckless",
    ),
    (
        (
            "The rota should never have left one dispenser on the counter during the flu "
            "clinic rush. That's on management, not you."
        ),
        None,
    ),
    (
        (
            "Would it help to talk to someone who's been through a fitness-to-practise "
            "hearing? I have, and I'm happy to message."
        ),
        None,
    ),
    (
        "How are you doing now? It's been a few weeks since you posted.",
        None,
    ),
    (
        (
            "> we were running 40 minutes behind on the list\n\nIsn't that literally what the "
            "WHO checklist exists for? Slowing you down when you're behind?"
        ),
        "Isn't that literally what the WHO checklist exists for?",
    ),
    (
        (
            "Advanced paramedic in Aberdeen, 11 years in. Two winters ago I gave a patient "
            "the wrong dose of ketamine because I pulled the concentration from memory "
            "instead of reading the vial. He was fine, but I wasn't for a long time. What "
            "got me through was a colleague who just sat with me in the ambulance bay at "
            "4am and didn't say one word about what I 'should' have done. So I'm not going "
            "to either. You're clearly a thoughtful clinician. Take the time off if you "
            "need it and come back when you're ready. We need you."
        ),
        None,
    ),
    (
        (
            "Checking name AND date of birth at the counter is literally day one of "
            "dispenser training."
        ),
        "literally day one of dispenser training",
    ),
    (
        (
            "Sorry to hear it. The isolation sign ought to have been up on the door before "
            "the porters arrived though, and from your post that was your job on the day."
        ),
        "The isolation sign ought to have been up on the door",
    ),
    (
        (
            "Skipping the hand hygiene sign-off to get home early = lazy shortcut. Sorry, "
            "someone has to say it."
        ),
        "lazy shortcut",
    ),
    (
        (
            "That infusion pump's interface is a disgrace, the decimal point is tiny. We've "
            "had three near misses on ours and reported it every time."
        ),
        None,
    ),
    (
        (
            "If you'd only rechecked the weight before calculating the paracetamol none of "
            "this would have happened. Sending strength anyway."
        ),
        "If you'd only rechecked the weight",
    ),
    (
        (
            "The fact that you reported it straight away says everything about the kind of "
            "clinician you are."
        ),
        None,
    ),
    (
        (
            "Why not bring it to clinical supervision? Ours in Winnipeg is actually really "
            "good for this kind of thing, zero blame."
        ),
        None,
    ),
    (
        "*reading this on my break in recovery* — just want to say you're not alone xx",
        None,
    ),
    (
        (
            "'Avoidable' is the word investigators love, but honestly most incidents only "
            "look avoidable from the outside. Hugs from Norwich."
        ),
        None,
    ),
    (
        "u r not a bad midwife. u r a tired one. theres a difference ❤️",
        None,
    ),
    (
        "Sending you a massive hug 🫂",
        None,
    ),
    (
        (
            "Why did your trust wait until now to offer you a debrief? That should have "
            "happened the same day."
        ),
        None,
    ),
    (
        (
            "> I keep thinking I should have caught it\n\nI hear you. But you were one person "
            "doing the job of three that night. Be kind to yourself."
        ),
        None,
    ),
    (
        (
            "Look-alike, sound-alike drugs catch out everyone eventually. Obviously there "
            "are checks, but the research says the checks fail too — humans aren't "
            "machines."
        ),
        None,
    ),
    (
        (
            "**Things that helped me after my incident:**\n- talking to my supervisor\n- "
            "seeing a counsellor through EAP\n- writing it all down once and then closing "
            "the notebook\n\nHope something on that list helps."
        ),
        None,
    ),
    (
        (
            "Honest q from a paramedic in Winnipeg: why would you leave a post-ictal "
            "patient with just the neighbour??"
        ),
        "why would you leave a post-ictal patient with just the neighbour",
    ),
    (
        (
            "tbh the patient is ok, the family were understanding, and youve learned "
            "something huge. thats the best outcome an error can have"
        ),
        None,
    ),
    (
        (
            "Could you maybe write a reflective piece on it? It helped me massively after "
            "my own drug error, and it counts for revalidation too."
        ),
        None,
    ),
    (
        "any paramedic student could tell u not to give GTN with a systolic of 85 🤷",
        "any paramedic student could tell u not to give GTN with a systolic of 85",
    ),
    (
        "what made u send her home with sats of 91 tho",
        "what made u send her home",
    ),
    (
        (
            "I'm an urgent-care NP in Vermont too. Some days we see 60+ patients a shift. "
            "Errors are going to happen in that environment, and the people who post about "
            "them are the ones who care."
        ),
        None,
    ),
    (
        (
            "Management should have replaced that leaking scope months ago. We raised the "
            "same model at our unit. You got caught by their failure."
        ),
        None,
    ),
    (
        "Did you not think to check the CD register before handing it over the counter?",
        "Did you not think to check the CD register",
    ),
    (
        (
            "In Limerick we've started a monthly 'learning not blaming' huddle for "
            "endoscopy. Might be worth suggesting at yours? It's changed the culture a lot."
        ),
        None,
    ),
    (
        "Surely someone on that ward would have told you the bay was closed for norovirus?",
        "Surely someone on that ward would have told you",
    ),
    (
        (
            "Sat in my car after reading this for 10 mins. Thank you. I needed to know I "
            "wasnt the only one."
        ),
        None,
    ),
    (
        (
            "I'm so sorry. You needed to get her transferred in as soon as the heart rate "
            "dropped on the Doppler, though — that's the part I can't get past."
        ),
        "You needed to get her transferred in",
    ),
    (
        (
            "Honestly the baby's temp should have been repeated before the midwife left the "
            "house. I'm sorry, but it should."
        ),
        "the baby's temp should have been repeated before the midwife left the house",
    ),
    (
        "Please don't quit over this. Paeds needs people like you.",
        None,
    ),
    (
        (
            "Hindsight is 20/20 and all that, but the red flags were all there in the first "
            "set of obs."
        ),
        "the red flags were all there in the first set of obs",
    ),
    (
        (
            "Someone should have told the mum not to do the stretches unsupervised at home, "
            "and reading your post, that someone was you."
        ),
        "Someone should have told the mum not to do the stretches unsupervised at home",
    ),
    (
        (
            "I'm having a hard time understanding how a scope that failed its leak test "
            "ended up back on the list."
        ),
        "I'm having a hard time understanding how",
    ),
    (
        (
            "Sending a febrile 3-week-old home from urgent care is indefensible. I hope the "
            "family is ok."
        ),
        "indefensible",
    ),
    (
        (
            "What did you think would happen if you discharged him without any "
            "safety-netting advice?"
        ),
        "What did you think would happen",
    ),
    (
        (
            "In our clinic in Hobart we would never let a child with a fresh cast do "
            "weight-bearing work. Never."
        ),
        "we would never let a child with a fresh cast do weight-bearing work",
    ),
]

ROUND_13_T = [
    (
        (
            "Not trying to be harsh, but hindsight or not, the warning signs were all in "
            "your own notes."
        ),
        "the warning signs were all in your own notes",
    ),
    (
        (
            "If you'd only asked him to read the dose back to you over the video link, none "
            "of this would have happened."
        ),
        "If you'd only asked him to read the dose back to you",
    ),
    (
        "Has occupational health been in touch? They were surprisingly decent with me.",
        None,
    ),
    (
        (
            "That is negligent, plain and simple. A patient on clozapine with a temperature "
            "gets a full blood count. Every time."
        ),
        "That is negligent",
    ),
    (
        "Who books a sedated EEG without checking the fasting times? Honest question.",
        "Who books a sedated EEG without checking the fasting times?",
    ),
    (
        (
            "Honestly so sorry this happened to you. But why didn't you ring the on-call "
            "reg when the trace started showing that pattern? Genuine question, not trying "
            "to pile on."
        ),
        "why didn't you ring the on-call reg",
    ),
    (
        (
            "You really had to run it past the consultant before changing the lithium plan, "
            "trainee or not."
        ),
        "You really had to run it past the consultant",
    ),
    (
        ("The elastics chart needed updating at that appointment, that's where it went wrong imo."),
        "The elastics chart needed updating at that appointment",
    ),
    (
        (
            "Orthodontic therapy can be so isolating when you're the only one on the list. "
            "Is there a peer group near you?"
        ),
        None,
    ),
    (
        (
            "This happened to a colleague in Lusaka and she's now one of the best nurses I "
            "know. One incident doesn't define you."
        ),
        None,
    ),
    (
        (
            "Did you not think to check the bracket was bonded before sending her off? "
            "Orthodontic therapist, Lahore, and that's the one thing we're drilled on."
        ),
        "Did you not think to check the bracket was bonded",
    ),
    (
        (
            "Any student on their first placement knows you don't send someone home with a "
            "new ileostomy without teaching the family to empty it."
        ),
        "Any student on their first placement knows",
    ),
    (
        "Entirely preventable, and I think deep down you know that. Sending love anyway x",
        "Entirely preventable",
    ),
    (
        (
            "Just here to say you're clearly someone who cares. The ones who don't care "
            "don't write posts like this."
        ),
        None,
    ),
    (
        (
            "You should have seen me in my first month on telehealth, I triaged a cat. "
            "Genuinely. A woman calling about her cat and I got three questions in before I "
            "realised. We all start somewhere ❤️"
        ),
        None,
    ),
    (
        (
            "I did almost exactly this as a newly qualified stoma nurse in Dundee. I should "
            "have measured the stoma again and I didn't, and the leak was awful. You're not "
            "alone in this."
        ),
        None,
    ),
    (
        (
            "Psych SpR in Sligo. Leaving a belt in the room of someone on 1:1 obs — what "
            "outcome was anyone expecting?"
        ),
        "what outcome was anyone expecting?",
    ),
    (
        (
            "Not to pile on but the impedances ought to have been rechecked after he moved "
            "around that much."
        ),
        "the impedances ought to have been rechecked",
    ),
    (
        (
            "I'm sorry, I really am, but how did you not notice the stoma was dusky for a "
            "whole shift? 😕"
        ),
        "how did you not notice the stoma was dusky",
    ),
    (
        (
            "**Hugs.** That said, a two-minute re-measure of the appliance size would have "
            "saved all this."
        ),
        "a two-minute re-measure of the appliance size would have saved all this",
    ),
    (
        (
            "Care-home nurse in Dundee. One of my residents fell the week I started and I "
            "cried in the sluice for ten minutes before I could go back out. Six years on I "
            "still think about her, but *differently*. It gets lighter, it honestly does."
        ),
        None,
    ),
    (
        (
            "Obs needed repeating within the hour. That's the bit I keep coming back to "
            "reading this."
        ),
        "Obs needed repeating within the hour",
    ),
    (
        (
            "Rookie mistake tbh, labelling the sample with the wrong clinic number. Happens "
            "to people but still."
        ),
        "Rookie mistake",
    ),
    (
        (
            "Why do we always assume it's us? The EEG software froze for half our "
            "department that month too."
        ),
        None,
    ),
    (
        "I do wonder whether a proper look at the drug chart might have changed things.",
        "I do wonder whether a proper look at the drug chart might have changed things",
    ),
    (
        (
            "Twenty-two years in neurophysiology and I've not once forgotten to calibrate "
            "before a study. Just saying."
        ),
        "I've not once forgotten to calibrate before a study",
    ),
    (
        (
            "You should talk to your union rep before the meeting. Not because you're in "
            "trouble but because they're good at this stuff."
        ),
        None,
    ),
    (
        (
            "Pharmacy should have flagged the interaction. That's literally what the system "
            "is for and it let you down."
        ),
        None,
    ),
    (
        "Did you get any support afterwards? Debrief, OH, anything?",
        None,
    ),
    (
        (
            "Why would you tell a caller with chest pain to 'wait and see' though. "
            "Telehealth nurse in Maine and that phrase makes me go cold."
        ),
        "Why would you tell a caller with chest pain to 'wait and see'",
    ),
    (
        "What did your manager say when you told them?",
        None,
    ),
    (
        (
            "You ought to have reread the referral before the session — the trauma history "
            "was right there on page two. Art therapy rooms aren't neutral spaces for "
            "everyone."
        ),
        "You ought to have reread the referral before the session",
    ),
    (
        (
            "I'm a stoma nurse and I'll tell you what I tell my students: the body doesn't "
            "read the textbook. Things change fast and they change quietly."
        ),
        None,
    ),
    (
        (
            "Next time, ask for a second checker before anything goes to the lab — it's not "
            "weakness, it's how grown-up teams work."
        ),
        None,
    ),
    (
        (
            "Nobody should have to cover a sexual health walk-in with one nurse and no "
            "receptionist. Honestly."
        ),
        None,
    ),
    (
        (
            "Art therapist here. Thank you for posting this; it took guts. I'm going to "
            "share the learning (anonymised) with my team."
        ),
        None,
    ),
    (
        "You shouldn't be carrying this on your own. Is there anyone at work you can talk to?",
        None,
    ),
    (
        "Sending so much love from Saskatoon 💛",
        None,
    ),
    (
        (
            "Oof, that's rough. You should have documented the safeguarding concern before "
            "you left the ward though, that's what bit you in the end."
        ),
        "You should have documented the safeguarding concern",
    ),
    (
        "I'm sorry but this was completely avoidable.",
        "this was completely avoidable",
    ),
    (
        (
            "The rota should never have had you as the only registered nurse for 38 "
            "residents overnight. That's on management, not you."
        ),
        None,
    ),
    (
        "Thank you for being so honest. Bookmarking this.",
        None,
    ),
    (
        "How are you doing today? Really?",
        None,
    ),
    (
        (
            "Obviously you confirm identity before any telehealth consult. That's the very "
            "first thing on the script."
        ),
        "Obviously you confirm identity before any telehealth consult",
    ),
    (
        (
            "Most errors happen at transitions — handover, transfer, discharge. There's "
            "decent research on it if you want something to read that isn't self-blame."
        ),
        None,
    ),
    (
        "Hmm. Without being unkind, I think the pieces were all there to see it coming.",
        "the pieces were all there to see it coming",
    ),
    (
        "The partner notification should have been done before she left the clinic, full stop.",
        "The partner notification should have been done before she left the clinic",
    ),
    (
        (
            "Lovely that you're reflecting on it, but skipping the consent form because the "
            "list was running late was a lazy shortcut."
        ),
        "a lazy shortcut",
    ),
    (
        (
            "The handover template should have a field for appliance changes. Ours didn't "
            "either until someone fed back. Maybe raise it?"
        ),
        None,
    ),
    (
        "tbh u couldve just called the daughter back, 5 mins max",
        "u couldve just called the daughter back",
    ),
    (
        "hugs from Maine. been there x",
        None,
    ),
    (
        (
            "Why not bring it to Balint group? Psych trainees here in Sligo have one on "
            "Thursdays and it genuinely helped me after my own incident."
        ),
        None,
    ),
    (
        (
            "Suva here, we had almost the same thing with a telehealth referral last year. "
            "Our fix was a shared callback list everyone can see. Happy to send it over if "
            "it's useful."
        ),
        None,
    ),
    (
        (
            "Was it avoidable? Maybe, by a system with more staff. Not by one exhausted "
            "human. Please don't let anyone tell you otherwise."
        ),
        None,
    ),
    (
        (
            "Hospital social worker, Hull. Discharge pressure in our trust right now is "
            "insane. I see you."
        ),
        None,
    ),
    (
        (
            "psych trainee in Lahore. the first SI in training is brutal. ur supervisor "
            "should be meeting u weekly rn — ask for it, u deserve it."
        ),
        None,
    ),
    (
        (
            "I should've escalated my own patient last winter and didn't, so I know the "
            "replaying. It eases, I promise."
        ),
        None,
    ),
    (
        (
            "Look-alike bracket packets catch everyone, obviously — ours in Lahore were "
            "nearly identical until we complained to the supplier."
        ),
        None,
    ),
    (
        (
            "> I keep thinking I could have caught it\n\nEveryone thinks that afterwards. It "
            "doesn't mean you could have. Be gentle with yourself."
        ),
        None,
    ),
    (
        "Is the patient ok now? Hope so, for both your sakes.",
        None,
    ),
    (
        (
            "Sorry but why did you leave the electrodes on overnight without checking the "
            "skin underneath?"
        ),
        "why did you leave the electrodes on overnight",
    ),
    (
        (
            "I've been a telehealth nurse for eleven years and the thing nobody tells you "
            "is how much of the job is making decisions with half the picture. You can't "
            "see the patient, you can't touch them, sometimes you can barely hear them. "
            "Every one of us has a call we replay. Mine was a man in his fifties who said "
            "he was 'just tired'. He was fine in the end, but I didn't sleep for two "
            "nights. What helped was talking it through with a colleague who'd had her own. "
            "So consider this me being that colleague. You're allowed to be shaken and "
            "still be good at this."
        ),
        None,
    ),
    (
        (
            "You could write a reflective piece for your revalidation — I found it turned "
            "the 3am spiral into something useful."
        ),
        None,
    ),
    (
        "Checking the bands fit before the patient walks out is literally week-one stuff.",
        "literally week-one stuff",
    ),
    (
        (
            "what made u think the swab result could wait till monday?? sexual health in "
            "Lusaka here and we chase positives same day"
        ),
        "what made u think the swab result could wait till monday",
    ),
    (
        (
            "Neurophysiology tech here — skin marks under electrodes on neonates are a "
            "known risk even with perfect technique. The literature's full of them."
        ),
        None,
    ),
    (
        (
            "That video platform's audio lag is a disgrace. Half my calls I'm basically "
            "guessing what the patient said."
        ),
        None,
    ),
    (
        "Wasn't there a senior on the unit you could have grabbed before you discharged him?",
        "Wasn't there a senior on the unit you could have grabbed",
    ),
    (
        (
            "- Eat something\n- Sleep\n- Talk to someone who isn't your manager\n- *Then* "
            "worry about the paperwork\n\nIn that order."
        ),
        None,
    ),
    (
        (
            "Hospital SW in Dundee. I'd love to know what the reasoning was behind "
            "discharging on a Friday afternoon with no package of care in place. We'd have "
            "kept him in till Monday without a second thought."
        ),
        "I'd love to know what the reasoning was",
    ),
    (
        (
            "**Practical bit:** if there's a formal review, ask for a copy of the timeline "
            "before you're interviewed, and bring someone with you. That's your right."
        ),
        None,
    ),
    (
        (
            "Care home nurse in Hull and I feel for you, truly. But you needed to get the "
            "GP out the minute her sats dropped, not wait for the morning round."
        ),
        "you needed to get the GP out the minute her sats dropped",
    ),
    (
        (
            "Sorry you're going through this, it sounds like an awful week. Still, the "
            "family should have been told before the transfer went ahead — and on that ward "
            "that's the social worker's call, which was you. I think owning that is part of "
            "moving on from it."
        ),
        "the family should have been told before the transfer went ahead",
    ),
    (
        (
            "Reading this on my break with a cold tea. You did the right thing telling "
            "someone straight away."
        ),
        None,
    ),
    (
        (
            "Surely someone on that shift would have noticed the output bag hadn't been "
            "emptied? And you were the named nurse..."
        ),
        "Surely someone on that shift would have noticed",
    ),
    (
        (
            "Saskatoon telehealth here. The call should've been escalated to 911 the second "
            "she said 'worst headache of my life'."
        ),
        "The call should've been escalated to 911",
    ),
    (
        (
            "I'm finding it hard to see how the allergy got missed when it's on the front "
            "of the notes in red."
        ),
        "I'm finding it hard to see how the allergy got missed",
    ),
    (
        "Honestly? Reckless. Sedating a kid for a sleep EEG with nobody watching the sats.",
        "Reckless",
    ),
    (
        "Isn't that exactly what the MUST screen is for? 🙄",
        "Isn't that exactly what the MUST screen is for?",
    ),
    (
        (
            "In our clinic in Suva we would NEVER give results over the phone without ID "
            "checks. Never."
        ),
        "we would NEVER give results over the phone without ID checks",
    ),
]
