"""Round 20 of issue 14's evaluation, the latest untouched set: 160 replies (80 that judge the
author's past decision) from two helpers who saw only the labeling guide (guard_round2.md), never
the rules, the model, the corpora or the code. E: stroke-unit nurses, early-intervention psychosis
workers, podiatrists, NICU pharmacists, prison GPs, night care assistants, family therapists,
community paramedics, radiology nurses, nursing associates (Bridlington, Tuam, Yorkton, Kabale,
Emerald, South Dakota, Cardigan, Mymensingh, Thurso, Greymouth). F: theatre recovery nurses, autism
assessment clinicians, respiratory physiotherapists, substance-misuse counsellors, community
pharmacists, health visitors, mortuary technicians, sonographers, child-protection social workers,
crisis paramedics (Whitehaven, Bantry, Swift Current, Hoima, Charters Towers, Idaho, Llandrindod
Wells, Larkana, Wick, Kaikōura). Measured once with the final code of 2026-12-07, and neither read
nor trained on since: see test_guard.py and bench/README.md. Entries as in guard_corpus."""

ROUND_20_E = [
    (
        (
            "Reading this as a NICU pharmacist of 11 years. I'm genuinely sorry, a 10-fold error "
            "in a 900 g baby is every one of our nightmares and I can hear how much you're "
            "hurting.\n\nThat said, the concentration should have been confirmed against the "
            "neonatal monograph before it left the aseptic unit, and from your post that final "
            "check was yours. I'm not saying this to pile on. I'm saying it because if you go "
            "into the review saying it was all the system, the panel will hear that as "
            "deflection."
        ),
        "the concentration should have been confirmed against the neonatal monograph",
    ),
    (
        (
            "Pharmacist in Mymensingh. Reading this on my tea break and just want to say it "
            "takes courage to write this down. Most people never do."
        ),
        None,
    ),
    (
        (
            "The allergy band ought to have gone on at admission. Full stop. Everything else "
            "flows from that."
        ),
        "The allergy band ought to have gone on at admission",
    ),
    (
        (
            "Oh love that sounds horrendous and I'm sorry. Genuinely though, why didn't you ring "
            "the stroke reg the minute his speech went slurred again? 😕"
        ),
        "why didn't you ring the stroke reg",
    ),
    (
        (
            "Radiology nurse here. The contrast reactions that come out of nowhere still shake "
            "me after 15 years. Be gentle with yourself tonight."
        ),
        None,
    ),
    (
        (
            "If you'd only waited the ten minutes for the ECG, none of this would have kicked "
            "off. I'm sorry but it's true."
        ),
        "If you'd only waited the ten minutes for the ECG",
    ),
    (
        (
            "I get that you were exhausted, but telling a couple mid-session that one of them is "
            "'the problem' was unprofessional, end of."
        ),
        "was unprofessional, end of",
    ),
    (
        (
            "Nobody should have to run a prison clinic with one GP and no nurse for 400 men. "
            "Your post made me so angry on your behalf."
        ),
        None,
    ),
    (
        "Sending a massive hug from Cardigan x",
        None,
    ),
    (
        (
            "On our stroke unit in Bridlington we would NEVER let a thrombolysis bolus go in "
            "without a second nurse at the bedside. Just saying."
        ),
        "we would NEVER let a thrombolysis bolus go in without a second nurse",
    ),
    (
        "Did you get a proper debrief after? Ours on NICU only seem to happen if someone asks.",
        None,
    ),
    (
        (
            "That infusion pump menu is a DISGRACE. Three of us on our unit have nearly done the "
            "exact same thing with the mL/hr vs mg/kg/hr screen."
        ),
        None,
    ),
    (
        "Has the family been in touch since? No pressure to answer at all.",
        None,
    ),
    (
        (
            "**Things that helped me after mine:**\n- telling one trusted colleague the whole "
            "thing\n- Schwartz rounds\n- a GP appointment for *me*\n- letting myself have a "
            "duvet day without guilt\n\nHope some of it's useful 🙏"
        ),
        None,
    ),
    (
        (
            "> I keep thinking I should have known\n\nYou couldn't have known. Nobody reading "
            "that referral would have. Be kind to yourself x"
        ),
        None,
    ),
    (
        (
            "Early intervention worker in Tuam. I've read your post three times and I do feel "
            "for you, losing a young person to services after months of work is brutal.\n\nOne "
            "can't help wondering though whether the warning signs at the last two home visits "
            "were written off a bit too quickly? The withdrawal, the not eating, the mum saying "
            "he was up all night. Those are textbook prodrome and I think you know that."
        ),
        (
            "One can't help wondering though whether the warning signs at the last two home "
            "visits were written off a bit too quickly"
        ),
    ),
    (
        (
            "I'm sorry, I know this isn't what you want to hear on here, but you had a duty to "
            "tell the parents that same day. Sitting on it until after the weekend made "
            "everything so much worse for them and for you."
        ),
        "you had a duty to tell the parents that same day",
    ),
    (
        (
            "Why not take it to clinical supervision? Ours in the early intervention team has "
            "been a lifeline after incidents."
        ),
        None,
    ),
    (
        (
            "Was there honestly no one else on the unit you could have grabbed for a second "
            "check? Even a student?"
        ),
        "Was there honestly no one else on the unit you could have grabbed",
    ),
    (
        "ugh the guilt is the worst bit. u are not alone in this, promise",
        None,
    ),
    (
        (
            "You should have seen me in my first month on the stroke unit — put an NG feed up "
            "before the swallow screen was even done. We all have one of these. 💜"
        ),
        None,
    ),
    (
        (
            "Somebody needed to tell the officers on the wing he'd been started on clozapine, "
            "and from what you've written that somebody was the prescriber."
        ),
        "Somebody needed to tell the officers on the wing",
    ),
    (
        "100% preventable. sorry. 💔",
        "100% preventable",
    ),
    (
        (
            "Community paramedic in Emerald, Queensland. The isolation out here is real — no one "
            "to run things past at 2am, four hours to anything with a CT. I felt every word of "
            "this. You're not alone, mate."
        ),
        None,
    ),
    (
        (
            "sorry but giving the depot to the wrong client becuase the names sounded alike is a "
            "really basic error"
        ),
        "a really basic error",
    ),
    (
        (
            "You shouldn't be carrying this on your own. Is there an occupational health line or "
            "an EAP you can ring this week?"
        ),
        None,
    ),
    (
        (
            "HCA on nights in a home near Yorkton. The 3am loneliness when something goes wrong "
            "and there's no one to tell is awful. Thinking of you ❤️"
        ),
        None,
    ),
    (
        (
            "Surely the night coordinator would have spotted the rising NEWS if anyone had "
            "actually told her?"
        ),
        (
            "Surely the night coordinator would have spotted the rising NEWS if anyone had "
            "actually told her"
        ),
    ),
    (
        "Who runs IV potassium through a peripheral without a pump?? Genuinely asking.",
        "Who runs IV potassium through a peripheral without a pump??",
    ),
    (
        (
            "Podiatrist in Greymouth. Diabetic feet fool all of us — the ones who can't feel "
            "pain don't tell you anything is wrong. Sending love."
        ),
        None,
    ),
    (
        (
            "I did almost exactly this as a brand new nursing associate in Thurso. I should have "
            "asked and I didn't, and I carried it around for years like a stone. Please don't do "
            "that to yourself."
        ),
        None,
    ),
    (
        (
            "Obviously you ring the safeguarding lead before you ring the family. That's drilled "
            "into you from your very first placement."
        ),
        "Obviously you ring the safeguarding lead before you ring the family",
    ),
    (
        "I mean... isn't that the entire point of the sepsis screen?",
        "isn't that the entire point of the sepsis screen?",
    ),
    (
        "Checking ID before a contrast injection is literally week-one induction stuff.",
        "literally week-one induction stuff",
    ),
    (
        "What did you think was going to happen with the cot sides down and him that agitated?",
        "What did you think was going to happen",
    ),
    (
        (
            "Community para in Emerald here. The clinician on scene (i.e. you) needed to get a "
            "full set of obs before leaving him at home, refusal or no refusal."
        ),
        "The clinician on scene (i.e. you) needed to get a full set of obs",
    ),
    (
        (
            "Hindsight is 20/20 and all that, but the red flags were pretty loud going by your "
            "own description."
        ),
        "the red flags were pretty loud going by your own description",
    ),
    (
        (
            "Nurse in Kabale, Uganda here. We have had this exact thing with the oxytocin and "
            "the ergometrine stored side by side. Thank you for sharing, I will show this to our "
            "ward in-charge."
        ),
        None,
    ),
    (
        (
            "You should talk to your rep before you write anything down, they're really good at "
            "this stuff and it's what you pay your subs for."
        ),
        None,
    ),
    (
        "what made u think the repeat CT could wait till morning??",
        "what made u think the repeat CT could wait till morning",
    ),
    (
        (
            "You needed to document the refusal there and then, not at the end of the shift from "
            "memory. That's what the coroner will look at."
        ),
        "You needed to document the refusal there and then",
    ),
    (
        (
            "Rough night, I feel for you. Still, the obs should've been repeated at 4 and not "
            "left till handover 😬"
        ),
        "the obs should've been repeated at 4",
    ),
    (
        "Your honesty is going to help someone on their first night shift. Thank you.",
        None,
    ),
    (
        (
            "Hugs. But I have to ask — why on earth would you discharge a man with sats of 89% "
            "on air?"
        ),
        "why on earth would you discharge a man with sats of 89% on air",
    ),
    (
        (
            "You could write it up as a reflective account for revalidation, that helped me "
            "loads after mine. Getting it out of my head and onto paper."
        ),
        None,
    ),
    (
        "tbh u couldve just asked the family to hang on till the crisis team rang back",
        "u couldve just asked the family to hang on",
    ),
    (
        (
            "Podiatrist in Greymouth here, 14 yrs. I'm sorry you're going through this, an "
            "amputation after a routine appointment is gutting for everyone.\n\nBut I'll be "
            "straight with you because that's what I'd want: **the foot pulses should have been "
            "documented before the debridement.** That's the first thing the HCPC will ask for "
            "and there's no way around it. Get your rep involved early and write your statement "
            "while it's fresh."
        ),
        "the foot pulses should have been documented before the debridement",
    ),
    (
        (
            "Stroke nurse in Bridlington. I remember my first thrombolysis going sideways like "
            "it was yesterday. It gets easier to hold, I promise."
        ),
        None,
    ),
    (
        (
            "Did you not think to phone the on-call pharmacist before drawing it up? We've got "
            "one 24/7 covering NICU where I work in Mymensingh and they'd much rather be woken "
            "than not."
        ),
        "Did you not think to phone the on-call pharmacist",
    ),
    (
        (
            "MFT here, been practising about nine years. What you're describing is a rupture, "
            "and ruptures are survivable — honestly sometimes they become the most important "
            "part of the work. I once got a couple's whole history muddled in session three and "
            "the wife walked out. I rang, apologised, owned it, and they stayed with me for two "
            "years after. You don't get to choose whether they come back, but you've clearly "
            "already done the repair work in your own head. That counts for more than you think. "
            "🌱"
        ),
        None,
    ),
    (
        (
            "How did you not notice the line had tissued for a whole hour? Not having a go, just "
            "trying to understand how it happens."
        ),
        "How did you not notice the line had tissued",
    ),
    (
        (
            "Obviously this is going to sting for a while. But the fact that you're reflecting "
            "this honestly tells me a lot about the kind of paramedic you are."
        ),
        None,
    ),
    (
        "💛💛💛",
        None,
    ),
    (
        (
            "Fellow prison GP. The isolation of the job is real. Message me if you ever want to "
            "vent."
        ),
        None,
    ),
    (
        (
            "I've been a prison GP for 22 years and not once have I signed off a methadone "
            "script without seeing the chart myself. Not once."
        ),
        "not once have I signed off a methadone script without seeing the chart myself",
    ),
    (
        (
            "> I didn't want to bother the second checker\n\nkind of the whole point of a second "
            "checker, no?"
        ),
        "kind of the whole point of a second checker, no?",
    ),
    (
        (
            "Why did *I* wait six years to post about mine? Shame, mostly. Thank you for going "
            "first."
        ),
        None,
    ),
    (
        ("Any HCA worth their salt knows you don't hoist on your own at 3am. Sorry but it's true."),
        "Any HCA worth their salt knows you don't hoist on your own",
    ),
    (
        (
            "Big hugs x but you really ought to have checked the wristband against the request "
            "before he went through to the scanner. Radiology nurse in South Dakota, we get "
            "drilled on this."
        ),
        "you really ought to have checked the wristband against the request",
    ),
    (
        (
            "Honestly the rota should never have had one pharmacist covering NICU *and* the "
            "whole paeds floor on a bank holiday. That's on the trust, not on you."
        ),
        None,
    ),
    (
        (
            "Next time (and there's a next time for every one of us) could you ask for a buddy "
            "check on the neonatal doses? It's not weakness, it's just sensible practice."
        ),
        None,
    ),
    (
        (
            "So sorry this happened to you. You should have handed the insulin over to days "
            "rather than leaving it on the trolley though, that's the bit that stands out."
        ),
        "You should have handed the insulin over to days",
    ),
    (
        (
            "I'm finding it really hard to see how a toe that black got missed at three separate "
            "appointments."
        ),
        "I'm finding it really hard to see how a toe that black got missed",
    ),
    (
        (
            "Came here to say what everyone else has: you are a good clinician having a terrible "
            "week."
        ),
        None,
    ),
    (
        "This was completely avoidable and I think deep down you know that.",
        "This was completely avoidable",
    ),
    (
        "Thank you for posting this. Reading it on my break at 03:10 and I'm crying a bit tbh.",
        None,
    ),
    (
        (
            "Worth knowing: most of the literature says errors like this are avoidable at a "
            "*system* level — barcode scanning, protected med rounds, do-not-disturb tabards. "
            "Which is exactly why it's not fair to pin it all on one exhausted nurse at 4am."
        ),
        None,
    ),
    (
        (
            "I'd genuinely love to know what the reasoning was for not escalating after the "
            "second fall."
        ),
        "I'd genuinely love to know what the reasoning was",
    ),
    (
        (
            "Not judging!! but I do wonder if things would've gone differently had the EIP team "
            "been looped in when he first stopped his meds..."
        ),
        "I do wonder if things would've gone differently had the EIP team been looped in",
    ),
    (
        "how are you doing now? did anyone from occ health actually follow up",
        None,
    ),
    (
        "Honestly? A two minute phone call to his GP would have spared you this whole mess.",
        "A two minute phone call to his GP would have spared you this whole mess",
    ),
    (
        (
            "Not going to sugarcoat it. Leaving someone post-thrombolysis without neuro obs for "
            "three hours is negligent, whatever the staffing was like."
        ),
        "is negligent",
    ),
    (
        "This is so brave. Saving this thread for my students if that's ok with you?",
        None,
    ),
    (
        (
            "The surgery should have sent the updated med list with the discharge letter, that's "
            "literally their job. Make sure that goes in the review."
        ),
        None,
    ),
    (
        "why do we ALWAYS assume it's our own fault first?? serious question for all of us 😔",
        None,
    ),
    (
        (
            "Sound-alike drug names get everyone. There's a laminated list on the wall of our "
            "dispensary for exactly this reason."
        ),
        None,
    ),
    (
        (
            "The consultant should have been on site, not forty minutes up the road. Don't let "
            "anyone tell you otherwise."
        ),
        None,
    ),
    (
        "What did your manager say when you told her? Hoping they were decent about it.",
        None,
    ),
    (
        "Skipping the MRI safety questionnaire to save ten minutes was just careless tbh.",
        "was just careless",
    ),
    (
        (
            "Tuam HCA here, nights for 12 years. Falls at 4am haunt everyone. You did the right "
            "thing reporting it straight away."
        ),
        None,
    ),
]

ROUND_20_F = [
    (
        (
            "The crisis paramedic on scene should have stayed until the mental health team "
            "arrived. From what you've written that was you, so... yeah."
        ),
        "The crisis paramedic on scene should have stayed",
    ),
    (
        "What did your manager say when you told them?",
        None,
    ),
    (
        (
            "Nobody should have to cover a mortuary release and a viewing at the same time. "
            "That's madness."
        ),
        None,
    ),
    (
        (
            "with respect, it's hard to believe nobody looked at the sputum colour before the "
            "session 🤔"
        ),
        "it's hard to believe nobody looked at the sputum colour",
    ),
    (
        (
            "**You could have simply asked mum for the ADOS-2 consent form again.** Would've "
            "taken five minutes and saved the family weeks of waiting."
        ),
        "You could have simply asked mum for the ADOS-2 consent form again",
    ),
    (
        "🫂🫂🫂",
        None,
    ),
    (
        (
            "Hugs x but wasnt there a senior on call u could have phoned before u left him at "
            "home and stood the crisis car down?"
        ),
        "wasnt there a senior on call u could have phoned",
    ),
    (
        (
            "Sorry this happened. Did you not think to check the red book before reassuring mum? "
            "The centile drop was written right there from the last visit."
        ),
        "Did you not think to check the red book",
    ),
    (
        (
            "So sorry. But what did you think would happen when you left a drowsy post-op "
            "patient with the side rails down?"
        ),
        "what did you think would happen",
    ),
    (
        "Sorry to say it but this was completely avoidable.",
        "this was completely avoidable",
    ),
    (
        (
            "You should have seen me on my first night on the crisis car in Wick 😅 we all start "
            "somewhere"
        ),
        None,
    ),
    (
        "You shouldn't be carrying this on your own. Please talk to someone in occ health.",
        None,
    ),
    (
        "Have you been able to sleep? That was the worst part for me.",
        None,
    ),
    (
        (
            "> I keep replaying the moment I signed the report\n\nOh I know that loop so well. "
            "Be kind to yourself, those images were genuinely borderline. 💛"
        ),
        None,
    ),
    (
        (
            "This post made me cry on the bus home from the ward in Whitehaven. You're going to "
            "be okay."
        ),
        None,
    ),
    (
        "Isn't that exactly what the two-person identification check is for??",
        "Isn't that exactly what the two-person identification check is for",
    ),
    (
        (
            "Management failed you. Full stop. A Band 5 shouldn't be the only recovery nurse on "
            "a list like that."
        ),
        None,
    ),
    (
        (
            "I hear you, and it's a horrible feeling. But what stopped you from asking the "
            "consultant to re-scan before she went home?"
        ),
        "what stopped you from asking the consultant to re-scan",
    ),
    (
        "Who leaves a safeguarding visit without even seeing the baby awake? Honestly.",
        "Who leaves a safeguarding visit without even seeing the baby awake?",
    ),
    (
        (
            "**Things that helped me after a med error:**\n- telling my partner the whole story, "
            "not the tidy version\n- writing it down once, then closing the notebook\n- going "
            "back to the same bay the next shift\n\nHope some of that's useful."
        ),
        None,
    ),
    (
        (
            "You could write this up as a reflective piece for revalidation. Honestly it'd be a "
            "really good one."
        ),
        None,
    ),
    (
        (
            "could you maybe ask your team lead for a debrief session? it helped me loads after "
            "a bad call in Swift Current last winter"
        ),
        None,
    ),
    (
        (
            "The incentive spirometry plan should've been taught before he went home on day 2. "
            "Not blaming you personally, it just should've."
        ),
        "The incentive spirometry plan should've been taught before he went home",
    ),
    (
        (
            "Recovery nurse, 15 yrs. We've ALL had the one that got away from us a bit. The "
            "difference is whether you learn, and you clearly are."
        ),
        None,
    ),
    (
        (
            "Honestly? You ought to have handed over the naloxone kit before he left the clinic. "
            "I know it's hindsight but that's the one thing I keep coming back to reading this."
        ),
        "You ought to have handed over the naloxone kit before he left the clinic",
    ),
    (
        (
            "Mmm. Presumably someone on that shift would have clocked the rising EtCO2 before "
            "the patient left recovery? Just a thought."
        ),
        "Presumably someone on that shift would have clocked the rising EtCO2",
    ),
    (
        (
            "Reading this on my break in the sono room. I had a miss on an anomaly scan a few "
            "years back and the fear never totally leaves, but it gets quieter. Keep going."
        ),
        None,
    ),
    (
        (
            "Interesting. I'd love to know what the clinical thinking was behind sending him "
            "home with just a leaflet after that level of disclosure."
        ),
        "I'd love to know what the clinical thinking was",
    ),
    (
        (
            "I'm in Idaho, rural EMS/crisis response. Different system, same feelings. You're "
            "human. 💙"
        ),
        None,
    ),
    (
        (
            "I did almost exactly this in my first year in recovery. I should have checked the "
            "epidural line and didn't, and I still think about it. You're not alone."
        ),
        None,
    ),
    (
        (
            "In recovery the PONV drugs get cross-checked against theatre's chart before "
            "anything's given. That step was skipped here, and that's the problem."
        ),
        "That step was skipped here, and that's the problem",
    ),
    (
        (
            "pharmacy system should of flagged the interaction, its a known gap with that "
            "software. dont beat yourself up"
        ),
        None,
    ),
    (
        "Thank you for being so honest. Did anyone from the team check in on you the day after?",
        None,
    ),
    (
        (
            "Next time, maybe ask for a second checker on anything CD. It's not weakness, it's "
            "how the good ones work."
        ),
        None,
    ),
    (
        (
            "Thirty years in community pharmacy, here in Bantry, and I have never once handed "
            "out a CD without a signature. Never."
        ),
        "I have never once handed out a CD without a signature",
    ),
    (
        "Ugh, Friday night handovers. Sending tea and solidarity ☕",
        None,
    ),
    (
        "Checking the chart before you give anything is literally week one of training.",
        "literally week one of training",
    ),
    (
        (
            "Big hugs, I mean that. I've sat in enough strategy meetings to know how it feels "
            "when it goes wrong and everyone turns to look at you. Still, the referral ought to "
            "have gone to the MASH the same afternoon the nursery rang, not after the weekend. "
            "Three days is a long time for a toddler with a burn nobody can explain. I'd really "
            "encourage you to take that part to supervision and look at what got in the way, "
            "because I suspect it'll come up at the review whether you raise it or not."
        ),
        "the referral ought to have gone to the MASH the same afternoon",
    ),
    (
        (
            "Autism assessments are so dependent on what the school sends back, and half the "
            "time it's late or incomplete. This is hard work done in messy conditions."
        ),
        None,
    ),
    (
        (
            "I teach respiratory physio students and I'd happily use a story like yours "
            "(anonymised) to show what honest reporting looks like. Only if you ever want that, "
            "no pressure."
        ),
        None,
    ),
    (
        (
            "what made you think a sats of 88 on room air was ok to leave for the next physio "
            "round?? not trying to pile on but"
        ),
        "what made you think a sats of 88 on room air was ok",
    ),
    (
        (
            "Why did you go ahead with the release when the ID tags didn't match the paperwork? "
            "Genuine question, I'm a mortuary tech in Whitehaven and this is the bit that scares "
            "me."
        ),
        "Why did you go ahead with the release",
    ),
    (
        (
            "Oh love, that sounds awful. Genuinely though, why didn't you ring the surgeon back "
            "when the drain output doubled? Recovery is exactly where that gets caught."
        ),
        "why didn't you ring the surgeon back",
    ),
    (
        "Not much to add but I read it and I'm glad you're still here doing the job.",
        None,
    ),
    (
        (
            "sending strength from Kaikōura. community pharmacy is relentless and u clearly care "
            "a lot"
        ),
        None,
    ),
    (
        (
            "Social worker in child protection here. My first strategy meeting after a missed "
            "disclosure went badly too. It gets better, and your next one will be stronger for "
            "this."
        ),
        None,
    ),
    (
        (
            "Those two salbutamol nebule strengths look almost identical in the box. They catch "
            "everyone eventually."
        ),
        None,
    ),
    (
        "Thank you for posting this. It takes guts.",
        None,
    ),
    (
        (
            "If you'd just waited for the second checker the whole thing never happens. Not "
            "saying it to be cruel 💔"
        ),
        "If you'd just waited for the second checker the whole thing never happens",
    ),
    (
        (
            "Same thing happened to a friend of mine in Larkana. She's a senior clinician now "
            "and talks about it openly. It doesn't end you."
        ),
        None,
    ),
    (
        (
            "You had to escalate the minute the pH came back at 7.21. Waiting for the round was "
            "the mistake, full stop."
        ),
        "You had to escalate the minute the pH came back at 7.21",
    ),
    (
        (
            "As a substance misuse counsellor, the bit where you stayed with him until the "
            "ambulance came really stood out. That matters."
        ),
        None,
    ),
    (
        (
            "Mortuary tech here (about twelve years now). I want to say something nobody said to "
            "me after my own incident: the fact that you reported it straight away is the most "
            "important thing you did. A lot of people don't. The family got the truth, the "
            "process got looked at, and the next tech will work in a safer system because of "
            "what you wrote up. That's not nothing. Please don't let this one event become the "
            "whole story of your career. Book in with your GP if the sleep stuff carries on, and "
            "if your trust has a TRiM or wellbeing offer, take it. x"
        ),
        None,
    ),
    (
        (
            "Why not bring it to clinical supervision? Mine in Llandrindod Wells was brilliant "
            "after I had a near miss on a home visit."
        ),
        None,
    ),
    (
        (
            "Sorry but the estimated fetal weight needed rechecking before that report was "
            "signed off. Sonographer sign-off is the last safety net."
        ),
        "the estimated fetal weight needed rechecking before that report was signed off",
    ),
    (
        "Sending so much love. How are you doing now?",
        None,
    ),
    (
        (
            "The wristband should have been scanned against the body before anything went on the "
            "trolley. Sorry, but that's how these get prevented."
        ),
        "The wristband should have been scanned against the body",
    ),
    (
        (
            "I'm finding it hard to see how the placental edge was missed on a targeted rescan, "
            "if I'm honest."
        ),
        "I'm finding it hard to see how the placental edge was missed",
    ),
    (
        (
            "I do wonder what the reasoning was for leaving the 'no concerns' box ticked after "
            "that home visit."
        ),
        "I do wonder what the reasoning was",
    ),
    (
        (
            "How did you not notice the methadone had already been dispensed that morning? It's "
            "on the screen right in front of you at the counter."
        ),
        "How did you not notice",
    ),
    (
        "That's a corner cut, plain and simple. Kids' weights aren't optional.",
        "That's a corner cut, plain and simple",
    ),
    (
        "hey op, just checking in. is ur union rep involved? the RCN helpline was good to me",
        None,
    ),
    (
        (
            "thats rough. but u shouldve rung the GP before handing out the early supply, thats "
            "the rule for a reason"
        ),
        "u shouldve rung the GP before handing out the early supply",
    ),
    (
        (
            "On our assessment team in Charters Towers we'd never close a case without the "
            "school observation. It's not a nice-to-have. I get that waiting lists are brutal "
            "and families push for an answer, and I get that the paediatrician was keen to sign "
            "it off, but that's exactly the moment you hold the line. Just the way it's done "
            "properly, in my experience."
        ),
        "we'd never close a case without the school observation",
    ),
    (
        (
            "You really needed to document the bruising at the time, not two days later when the "
            "strategy meeting asked for it."
        ),
        "You really needed to document the bruising at the time",
    ),
    (
        (
            "Most of these errors are avoidable at a *system* level, that's what the research "
            "actually says, not that individuals are careless. Handover and interruptions are "
            "the big ones."
        ),
        None,
    ),
    (
        (
            "I'm sorry you're hurting, truly, and I can tell from how you've written this that "
            "you care about your clients. I've been a substance misuse counsellor for a long "
            "time and I've made my share of bad calls. But leaving a client in withdrawal to "
            "'sleep it off' in the waiting room was reckless and you know it. Nobody was "
            "watching his breathing. The service got lucky. Please don't skip over that bit when "
            "you reflect on it, because it's the bit that matters."
        ),
        "was reckless and you know it",
    ),
    (
        (
            "Handing over a controlled drug without checking ID is negligent, however busy the "
            "shop was. I'd be reporting myself too."
        ),
        "Handing over a controlled drug without checking ID is negligent",
    ),
    (
        (
            "Sorry OP but a second ABG before the extubation wouldve answered all of this. u had "
            "the time."
        ),
        "a second ABG before the extubation wouldve answered all of this",
    ),
    (
        (
            "Obviously I wasn't there, but from what you've written you did what you could with "
            "what you had."
        ),
        None,
    ),
    (
        (
            "Sweetie, every first-year physio student knows you don't percuss over a fresh rib "
            "fracture. x"
        ),
        "every first-year physio student knows",
    ),
    (
        (
            "I'm a health visitor too and honestly this is the stuff that keeps me up at night. "
            "You're clearly a caring practitioner. x"
        ),
        None,
    ),
    (
        (
            "> I didn't think the mark was significant at the time\n\nNot judging, but the "
            "warning signs were all in your own notes from the visit before, weren't they?"
        ),
        "the warning signs were all in your own notes",
    ),
    (
        (
            "UNACCEPTABLE. Releasing the wrong deceased to a funeral director is the one thing "
            "we exist to prevent."
        ),
        "UNACCEPTABLE",
    ),
    (
        (
            "The discharge paperwork should really be redesigned so the safeguarding box can't "
            "be skipped. Worth raising at governance?"
        ),
        None,
    ),
    (
        (
            "Did you get any support afterwards? Our team in Hoima has a peer debrief after "
            "every serious incident and it makes a big difference."
        ),
        None,
    ),
    (
        ("Obviously you re-confirm the patient's name at the door. That's paramedic practice 101."),
        "Obviously you re-confirm the patient's name at the door",
    ),
    (
        (
            "Why do we always go straight to blaming ourselves? Genuinely asking, it's like a "
            "profession-wide reflex."
        ),
        None,
    ),
    (
        (
            "The rota should never have had you covering two theatres' worth of recovery on your "
            "own. That's a staffing failure, not yours."
        ),
        None,
    ),
    (
        (
            "Skipping the bladder scan before the fluid bolus was a pretty basic slip tbh. Hope "
            "you're ok though x"
        ),
        "a pretty basic slip",
    ),
]
