"""Demo content for ``forum seed-demo``.

Pure data: categories, demo member accounts and example threads with replies.
All stories are fictional and written for this project; they contain no
identifying details of patients, clients or writers.
"""

from __future__ import annotations

CATEGORIES: list[dict] = [
    {
        "slug": "psychotherapy",
        "name": "Psychotherapy & counselling",
        "description": (
            "For therapists and counsellors to talk through the moments in the room "
            "that still stay with them."
        ),
    },
    {
        "slug": "nursing",
        "name": "Nursing",
        "description": (
            "Stories from wards, units and community teams, shared with nurses who "
            "have been there too."
        ),
    },
    {
        "slug": "medicine",
        "name": "Medicine",
        "description": (
            "A quiet space for doctors to talk about the calls, diagnoses and "
            "decisions they would make differently."
        ),
    },
    {
        "slug": "pharmacy",
        "name": "Pharmacy",
        "description": (
            "For pharmacists and pharmacy teams to share dispensing and checking "
            "mistakes with people who understand."
        ),
    },
    {
        "slug": "social-work",
        "name": "Social work",
        "description": (
            "For social workers to talk about the visits, assessments and "
            "judgements that are hard to put down."
        ),
    },
    {
        "slug": "emergency",
        "name": "Emergency services",
        "description": (
            "For paramedics, call handlers and emergency staff to share the jobs "
            "they keep replaying."
        ),
    },
    {
        "slug": "students",
        "name": "Students & trainees",
        "description": (
            "For anyone still learning, because the first mistakes often feel the heaviest."
        ),
    },
    {
        "slug": "everything-else",
        "name": "Everything else",
        "description": (
            "For allied health professionals and anyone whose story does not fit "
            "neatly under another heading."
        ),
    },
]

AUTHORS: list[dict] = [
    {"username": "nightshift_rn", "profession": "ICU nurse"},
    {"username": "pharm.jo", "profession": "Community pharmacist"},
    {"username": "slow.therapist", "profession": "Clinical psychologist"},
    {"username": "talkingroom", "profession": "Psychotherapist"},
    {"username": "rural_gp", "profession": "GP"},
    {"username": "hospitalist.m", "profession": "Hospital physician"},
    {"username": "medic_on_nights", "profession": "Paramedic"},
    {"username": "casework.sam", "profession": "Social worker"},
    {"username": "sn_third_year", "profession": "Nursing student"},
    {"username": "fy1_survivor", "profession": "Junior doctor"},
    {"username": "ward.pharmacist", "profession": "Hospital pharmacist"},
    {"username": "med-surg-nurse", "profession": "Ward nurse"},
    {"username": "old_hand", "profession": None},
    {"username": "quiet.lantern", "profession": None},
]

THREADS: list[dict] = [
    {
        "category": "psychotherapy",
        "author": "talkingroom",
        "title": ("I phoned my client's emergency contact without consent, and she left therapy"),
        "content_note": "suicide",
        "hours_ago": 20,
        "body": (
            "I've been sitting on this for a few weeks and I think I need to say it "
            "somewhere other than supervision.\n\n"
            "I'd been seeing a client in her thirties for about five months. Early "
            "on we wrote a safety plan together, after a hard period she'd been "
            "through before we met. It was a good plan and she had put real thought "
            "into it. In one session she mentioned, almost in passing, that she'd "
            "stopped looking at it and that some of the old thoughts had been "
            '"visiting" again. She was clear that she had no plan and no intent, '
            "and she talked about things she was looking forward to that weekend.\n\n"
            "I didn't hold that. Something in me went into alarm, and after the "
            "session I phoned the emergency contact she had listed on her intake "
            "form and said I was worried about her. I didn't ask my client first. I "
            "didn't tell her I was going to. By the time I put the phone down I "
            "already knew it wasn't proportionate. Nothing she had said came close "
            "to the threshold we had agreed in our contract for breaking "
            "confidentiality.\n\n"
            "Her contact went round that evening. My client emailed me the next "
            "morning. She was polite and very clear: the one place she could say "
            "things out loud had been taken from her, and she wouldn't be coming "
            "back. I replied, apologised without excuses, and offered her referrals "
            "to colleagues. I haven't heard from her since. I've told my "
            "supervisor, recorded it properly, and asked my professional body for "
            "advice.\n\n"
            "What I keep carrying is that she trusted me with the most honest "
            "version of what was going on, and I made it less safe for her to be "
            "honest. I hope she finds someone she can talk to.\n\n"
            "I'm posting because I'd like to hear from anyone who has been here. I "
            "don't want any 'why did/didn't you' kind of feedback. What's done is "
            "done. What I'd really value is how you lived with it afterwards, and "
            "what changed in how you work."
        ),
        "helpful_from": [
            "slow.therapist",
            "casework.sam",
            "quiet.lantern",
            "rural_gp",
            "nightshift_rn",
        ],
        "replies": [
            {
                "author": "slow.therapist",
                "hours_ago": 18,
                "body": (
                    "Something very similar happened to me in my second year after "
                    "qualifying. A client told me he'd been having dark thoughts again, and "
                    "I rang his GP without asking him. He came back for one more session to "
                    "tell me how angry he was, and then he stopped coming. For a long time "
                    "I couldn't think about it without my face going hot.\n\n"
                    "What helped me, slowly:\n\n"
                    "- Taking it to supervision more than once. The first time I just "
                    "confessed. The second and third times I actually got curious about "
                    "what had happened in my own body in that moment.\n"
                    "- Writing a letter to the client that I never sent. It gave the "
                    "apology somewhere to go that didn't ask anything of him.\n"
                    "- Changing how I talk about confidentiality at the start. I now walk "
                    "through, with examples, exactly what would lead me to contact someone, "
                    "and that I would almost always tell the client first.\n\n"
                    "It still stings sometimes. But it's part of why I'm a more careful "
                    "therapist now, and I suspect the same will be true for you. How are "
                    "you doing in yourself this week?"
                ),
                "helpful_from": ["talkingroom", "casework.sam", "old_hand", "quiet.lantern"],
                # The story's author marked this reply "This helped me".
                "helped_author": True,
            },
            {
                "author": "quiet.lantern",
                "hours_ago": 15,
                "body": (
                    "I'm not a therapist, but I have my own version of acting on fear "
                    "rather than on what was in front of me. Apologising plainly and "
                    "offering referrals is a real act of care, even if she never replies."
                ),
                "helpful_from": ["talkingroom"],
            },
            {
                "author": "member",
                "hours_ago": 11,
                "body": (
                    "Thank you for writing this so honestly. A client of mine ended therapy "
                    "after I shared something with her GP that I believed our agreement "
                    "covered and she didn't. Different details, same hollow feeling.\n\n"
                    "What eventually helped was my own therapy, honestly. I needed "
                    "somewhere that wasn't supervision to say \"I was scared and I got it "
                    'wrong" and have someone simply stay with me.'
                ),
                "helpful_from": ["talkingroom", "slow.therapist"],
            },
            {
                "author": "casework.sam",
                "hours_ago": 8,
                "body": (
                    "In social work the pull often goes the other way: we're trained to "
                    "share when in doubt. Early on I called a young person's aunt about "
                    "something he had told me, without checking with him first. He stopped "
                    "engaging with me for months.\n\n"
                    "What I learned from that is that my anxiety had a deadline feeling to "
                    "it that the actual risk didn't have. These days, when I notice that "
                    "urgency, I make myself do one thing before I act: phone a colleague "
                    "for five minutes. It has rarely changed the decision, but it has "
                    "changed it twice, and both times that mattered."
                ),
                "helpful_from": ["talkingroom", "slow.therapist", "medic_on_nights"],
            },
            {
                "author": "talkingroom",
                "hours_ago": 5,
                "body": (
                    "> What eventually helped was my own therapy, honestly.\n\n"
                    "Thank you, all of you. I've been putting off booking back in with my "
                    "own therapist because it felt like admitting something. Reading this, "
                    "I emailed her tonight.\n\n"
                    "The idea of a letter I don't send landed too. There is a lot I'd like "
                    "to say to my client that is mine to carry, not hers."
                ),
                "helpful_from": ["slow.therapist", "quiet.lantern"],
            },
            {
                "author": "rural_gp",
                "hours_ago": 3,
                "body": (
                    "Sending you warmth. A mistake made out of care is still a mistake, but "
                    "it still came from care, and the way you've handled it since says a "
                    "lot."
                ),
                "helpful_from": ["talkingroom"],
            },
        ],
    },
    {
        "category": "psychotherapy",
        "author": "slow.therapist",
        "title": "Email autocomplete sent an assessment summary to the wrong client",
        "content_note": None,
        "hours_ago": 430,
        "body": (
            "This one is small compared with some of what's posted here, but it has "
            "been on my mind.\n\n"
            "I offer clients a short written summary after assessment sessions. A "
            "few weeks ago I typed the first few letters of a client's first name, "
            "the email program suggested a different client with a similar name, "
            "and I sent it without looking. The summary had the first client's name "
            "at the top, the main difficulties we had discussed, and a line about "
            "their medication.\n\n"
            "The other client replied within the hour, kindly, saying they thought "
            "this wasn't meant for them and that they had deleted it. I reported it "
            "to our data protection lead the same day, and we contacted the first "
            "client to tell them what had happened. They were upset, "
            "understandably, and also gracious. They decided to carry on working "
            "with me, which I'm grateful for and didn't expect.\n\n"
            "The practical changes were straightforward:\n\n"
            "- I've turned off autocomplete.\n"
            "- Summaries now go through the secure portal only.\n"
            "- I read the recipient line aloud before pressing send, which feels "
            "*ridiculous* and works.\n\n"
            "What I'm still working through is the shame. I teach trainees about "
            "confidentiality. I have slides about this exact error. Has anyone else "
            "found that knowing better made it harder to forgive themselves?"
        ),
        "helpful_from": ["talkingroom", "ward.pharmacist", "pharm.jo"],
        "replies": [
            {
                "author": "ward.pharmacist",
                "hours_ago": 425,
                "body": (
                    "Yes. I lecture on look-alike drug names and I still picked the wrong "
                    "one once. I've come to think that knowing better is exactly why it "
                    "stung so much, and also why I fixed it properly.\n\n"
                    "What helped me was telling the story to students. Not as a cautionary "
                    "tale, just as a thing that happened to a careful person on a busy day."
                ),
                "helpful_from": ["slow.therapist", "pharm.jo"],
            },
            {
                "author": "talkingroom",
                "hours_ago": 401,
                "body": (
                    "Reading the recipient aloud is not ridiculous. I do the same with a "
                    "client's initials before sending anything, and it has saved me at "
                    "least once."
                ),
                "helpful_from": ["slow.therapist"],
            },
            {
                "author": "pharm.jo",
                "hours_ago": 380,
                "body": (
                    "Something similar happened to me with a text reminder that went to the "
                    "wrong patient. The shame faded faster once I'd told my team. It seemed "
                    "to shrink a little every time I said it out loud."
                ),
                "helpful_from": ["slow.therapist", "ward.pharmacist"],
            },
        ],
    },
    {
        "category": "nursing",
        "author": "med-surg-nurse",
        "title": "I put a rising respiratory rate down to anxiety on a night shift",
        "content_note": None,
        "hours_ago": 110,
        "body": (
            "I've been a ward nurse for about six years. A few weeks ago, on "
            "nights, I was looking after a man in his sixties, two days after bowel "
            "surgery. At the late evening obs his respiratory rate was up a little "
            'and he told me he felt "wrong" and couldn\'t settle. He had been '
            "anxious all day and, I'm embarrassed to say, I had already filed him "
            "under *anxious*. I gave him his PRN, sat with him for a few minutes, "
            "and he seemed calmer.\n\n"
            "At 2am the numbers were higher again. His early warning score had "
            "crept up and his heart rate was climbing. I rechecked, told myself he "
            "was just awake and restless, and planned another set in an hour. It "
            "was nearly 4am before I called the doctor. By then he was clearly "
            "unwell. It turned out to be an anastomotic leak with early sepsis, and "
            "he went back to theatre and then to ICU.\n\n"
            "He has recovered and has gone home. The incident review was fair and "
            "focused on the escalation process rather than on blaming me. The "
            "staffing that night was what it always is. But I know the first score "
            "that should have triggered a call was at 2am, and I sat on it.\n\n"
            "What I can't shake is that he told me he felt wrong, and I heard it as "
            "anxiety. Since then I've been double and triple checking everything "
            "and I'm exhausted. I'm not sure what I'm asking. Maybe just whether "
            "other people have been here, and whether the second-guessing eases."
        ),
        "helpful_from": [
            "nightshift_rn",
            "hospitalist.m",
            "sn_third_year",
            "old_hand",
            "ward.pharmacist",
            "rural_gp",
        ],
        "replies": [
            {
                "author": "nightshift_rn",
                "hours_ago": 105,
                "body": (
                    "I have a near-identical story from my ward years. A woman who kept "
                    'saying she "just didn\'t feel right", obs drifting over a night, and me '
                    "finding a reason for each number. I escalated late and she ended up in "
                    "ICU with a pulmonary embolism. She survived.\n\n"
                    "The triple-checking phase was real for me too, for about two months. "
                    "What eased it:\n\n"
                    "- Telling my ward manager I was struggling instead of pretending I was "
                    "fine. She paired me with a buddy for a few shifts, which took the edge "
                    "off.\n"
                    '- Treating "I feel wrong" as an observation in its own right. I '
                    "literally write it in the notes now with a time next to it.\n"
                    "- Letting the memory be something that shapes how I practise, rather "
                    "than trying to make it less bad.\n\n"
                    "It did ease. Not overnight, but it did."
                ),
                "helpful_from": [
                    "med-surg-nurse",
                    "sn_third_year",
                    "old_hand",
                    "ward.pharmacist",
                ],
            },
            {
                "author": "hospitalist.m",
                "hours_ago": 98,
                "body": (
                    "From the other end of the phone: I've been the doctor called at 4am, "
                    "and I've also been the doctor who reviewed a patient, put it down to "
                    "anxiety and went back to the mess. Patients who say they feel wrong "
                    "have fooled me too. I'm really glad he's home."
                ),
                "helpful_from": ["med-surg-nurse", "nightshift_rn"],
            },
            {
                "author": "sn_third_year",
                "hours_ago": 90,
                "body": (
                    "Thank you for posting this. As a student it helps more than any "
                    "lecture to know that experienced nurses carry these too."
                ),
                "helpful_from": ["med-surg-nurse"],
            },
            {
                "author": "old_hand",
                "hours_ago": 80,
                "body": (
                    "It eases. For me it took about as long as it took to have a run of "
                    "shifts where I escalated early and nothing bad happened. The "
                    "confidence came from those, not from thinking harder about the one "
                    "that went wrong."
                ),
                "helpful_from": ["med-surg-nurse", "nightshift_rn"],
            },
            {
                "author": "med-surg-nurse",
                "hours_ago": 70,
                "body": (
                    "> I literally write it in the notes now with a time next to it.\n\n"
                    "I did this twice last night. It changed how I thought about both "
                    "patients, and one of them I escalated earlier than I would have a "
                    "month ago. He was fine, but I felt steadier for having done it.\n\n"
                    "Thank you, everyone. I read these on my break and had to go and sit in "
                    "the car for a bit."
                ),
                "helpful_from": ["nightshift_rn", "old_hand"],
            },
            {
                "author": "member",
                "hours_ago": 55,
                "body": (
                    '"The staffing that night was what it always is." I felt that '
                    "sentence.\n\n"
                    "Something similar happened to me on a night with far too many "
                    "patients: a slow slide I noticed late. What helped me was joining our "
                    "hospital's deterioration working group, so the energy I was spending "
                    "on going over it at 3am had somewhere useful to go."
                ),
                "helpful_from": ["med-surg-nurse"],
            },
            {
                "author": "rural_gp",
                "hours_ago": 40,
                "body": (
                    'Sending solidarity from general practice. "I feel wrong" has caught me '
                    "out too, and I'm still learning to take it as seriously as a number."
                ),
                "helpful_from": [],
            },
            {
                "author": "ward.pharmacist",
                "hours_ago": 30,
                "body": (
                    "How are you sleeping? After my own mistake, nights were the hardest "
                    "part for about a month. An occupational health referral I'd been too "
                    "proud to ask for made a real difference."
                ),
                "helpful_from": ["med-surg-nurse"],
            },
        ],
    },
    {
        "category": "nursing",
        "author": "nightshift_rn",
        "title": "A noradrenaline infusion ran at double strength for most of my shift",
        "content_note": None,
        "hours_ago": 620,
        "body": (
            "A colleague told me about this forum and I've been reading for a "
            "while. This is my first post.\n\n"
            "Earlier this year I set up a noradrenaline infusion for a woman in her "
            "seventies with septic shock. Our unit uses a standard concentration, "
            "but that day pharmacy had supplied a double-strength premixed bag "
            "because of a stock problem. There was a note about it on the board. I "
            "hung the bag, selected the standard concentration in the pump library, "
            "and set the rate to the prescription.\n\n"
            "So for about six hours she was getting twice what the pump display "
            "said. Her blood pressure sat above target and I kept weaning the rate "
            "down, which in hindsight was the clue: she needed far less than I "
            "expected. The nurse taking over at handover checked the bag against "
            "the pump, side by side, and saw it straight away.\n\n"
            "She came to no harm that anyone could identify. She was very unwell "
            "anyway, and she did go on to recover. I reported it, and the review "
            "led to a change: the pump library now has a separate entry for the "
            "double-strength bag, and the two are stored apart.\n\n"
            "I keep thinking about how many checks I did that shift. I "
            "double-checked with a colleague, but we both checked the "
            "**prescription** against the pump, not the **bag** against the pump. "
            "I've been an ICU nurse for a long time. I'd have told anyone this "
            "couldn't happen to me.\n\n"
            "I'm fine, mostly. I just haven't said this out loud outside the "
            "review, and I wanted to."
        ),
        "helpful_from": ["ward.pharmacist", "med-surg-nurse", "hospitalist.m"],
        "replies": [
            {
                "author": "ward.pharmacist",
                "hours_ago": 600,
                "body": (
                    "I was on the pharmacy side of something very like this. A shortage, a "
                    "substitute concentration, a note on a board and a hope that everyone "
                    "would see it. Afterwards I realised the note had been my way of "
                    "handing the risk to the bedside.\n\n"
                    "We now don't release a non-standard strength to a unit unless the pump "
                    "library has a matching entry. Your report has probably made that kind "
                    "of change happen somewhere else too."
                ),
                "helpful_from": ["nightshift_rn", "hospitalist.m"],
            },
            {
                "author": "med-surg-nurse",
                "hours_ago": 590,
                "body": (
                    "\"I'd have told anyone this couldn't happen to me.\" Me too, about my "
                    "own. I think that belief is the thing that breaks, and what's left "
                    "afterwards is actually safer."
                ),
                "helpful_from": ["nightshift_rn"],
            },
            {
                "author": "hospitalist.m",
                "hours_ago": 560,
                "body": (
                    "I've been the doctor titrating to a pressure and wondering why a "
                    "patient needed so little. The bag never crossed my mind either. Thank "
                    "you for writing it down."
                ),
                "helpful_from": ["nightshift_rn", "ward.pharmacist"],
            },
        ],
    },
    {
        "category": "medicine",
        "author": "rural_gp",
        "anonymous": False,
        "title": ("Three appointments of reassurance for back pain that turned out to be myeloma"),
        "content_note": None,
        "hours_ago": 230,
        "body": (
            "A woman in her fifties came to see me with low back pain. Active, busy "
            "job, no red flags that I picked up, pain worse with sitting. I "
            "examined her, gave advice and analgesia, and referred her to physio.\n\n"
            "She came back twice over the next couple of months. Physio wasn't "
            "helping much. She mentioned she was sleeping badly because the pain "
            "woke her, and that she'd lost a bit of weight, which she put down to "
            "not eating much. I agreed with her. I think I was quite reassuring, "
            "and I think she wanted to be reassured.\n\n"
            "A locum colleague saw her at the fourth visit, put the night pain and "
            "the weight loss together, and arranged bloods and an urgent scan. It "
            "was myeloma. She is in treatment now and doing reasonably well, but "
            "she had a vertebral fracture along the way that I can't help "
            "connecting to the delay.\n\n"
            "When I went back through the notes, the pieces were all there, written "
            "by me. Night pain at the second appointment. Weight loss at the third. "
            "I had documented them and not put them together.\n\n"
            "I did speak to her. She was kinder to me than I felt I deserved, and "
            "somehow that was harder than anger would have been. We've done a "
            "significant event review as a practice, and I've changed how I handle "
            "re-attendance: if someone comes back a third time with the same "
            "problem, I start again from the beginning as if I've never met them.\n\n"
            "What I'm struggling with is that I liked her, and liking her made me "
            "less curious. Has anyone else noticed that in themselves?"
        ),
        "helpful_from": ["hospitalist.m", "fy1_survivor", "old_hand", "pharm.jo"],
        "replies": [
            {
                "author": "hospitalist.m",
                "hours_ago": 220,
                "body": (
                    "Yes. The patients I find easiest to talk to are the ones I'm most "
                    "likely to under-investigate. I once spent two admissions treating a "
                    'man\'s "viral illness" because we got on so well and he kept telling me '
                    "he was on the mend. It was endocarditis.\n\n"
                    "What helped me was a rule like yours, phrased as a question I ask "
                    "myself at the end of a consultation: *if I'd never met this person, "
                    "what would I be worried about?*"
                ),
                "helpful_from": ["rural_gp", "fy1_survivor", "old_hand"],
            },
            {
                "author": "fy1_survivor",
                "hours_ago": 200,
                "body": (
                    "As a junior this is really helpful to read. I've started doing a "
                    '"fresh eyes" read of the notes when someone re-attends, because a '
                    "registrar once told me about a case very like yours."
                ),
                "helpful_from": ["rural_gp"],
            },
            {
                "author": "old_hand",
                "hours_ago": 180,
                "body": (
                    "Kindness from a patient after a mistake is its own kind of weight. "
                    "What helped me was letting it be kindness, rather than turning it into "
                    "more evidence against myself."
                ),
                "helpful_from": ["rural_gp", "hospitalist.m"],
            },
            {
                "author": "rural_gp",
                "hours_ago": 150,
                "body": (
                    "> if I'd never met this person, what would I be worried about?\n\n"
                    "I'm borrowing this. It's on a sticky note on my monitor now. Thank you "
                    "both."
                ),
                "helpful_from": ["hospitalist.m"],
            },
            {
                "author": "pharm.jo",
                "hours_ago": 100,
                "body": (
                    "From community pharmacy: we see the same person buying painkillers "
                    "over and over, and I've had my own version of not connecting the dots. "
                    "Now, if someone has been in for the same thing three times, I ask "
                    "whether they've seen anyone recently. Take care of yourself."
                ),
                "helpful_from": ["rural_gp"],
            },
        ],
    },
    {
        "category": "medicine",
        "author": "hospitalist.m",
        "title": ("I restarted an anticoagulant after a fall and my patient died of a bleed"),
        "content_note": "patient death",
        "hours_ago": 716,
        "body": (
            "This happened some time ago and I've never written it down, so here "
            "goes.\n\n"
            "A man in his eighties was admitted after a fall at home. He was on an "
            "anticoagulant for atrial fibrillation, and we held it on admission. "
            "His first head CT was clear. He was a little confused, which we put "
            "down to a urine infection. After a few days he was brighter, we were "
            "talking about discharge, and I restarted his anticoagulant, because "
            "his stroke risk was high and I had been taught, rightly, that we stop "
            "these too often and for too long.\n\n"
            "Two days later he became drowsy. A repeat scan showed a subdural "
            "haematoma. We reversed the anticoagulation, but he was frail, and "
            "after a long and gentle conversation with the neurosurgical team his "
            "family chose comfort care. He died a few days later with them beside "
            "him.\n\n"
            "The review concluded that the decision was within reasonable practice, "
            "that delayed subdurals after falls are recognised, and that the early "
            "confusion could have been read either way. I understand all of that. I "
            "also know that I didn't rescan before restarting, and that I didn't "
            "sit down with his family to talk through the risk. I was the one who "
            "wrote the prescription.\n\n"
            "I still think of him whenever I restart an anticoagulant, which is "
            "often. I'm mostly at peace with it now, but I'd like to hear how "
            "others have carried a death that felt at least partly theirs."
        ),
        "helpful_from": [
            "nightshift_rn",
            "fy1_survivor",
            "slow.therapist",
            "rural_gp",
            "ward.pharmacist",
        ],
        "replies": [
            {
                "author": "nightshift_rn",
                "hours_ago": 700,
                "body": (
                    "I cared for a patient in ICU who died after a complication during a "
                    "procedure I was assisting with. The review said it was a recognised "
                    "risk. I still felt it was mine.\n\n"
                    "What helped, eventually, was writing a short note to the family "
                    "through the hospital's bereavement team. Not to explain anything, just "
                    "to say that I remembered him. I don't know whether they read it. It "
                    "helped me."
                ),
                "helpful_from": ["hospitalist.m", "slow.therapist"],
            },
            {
                "author": "fy1_survivor",
                "hours_ago": 690,
                "body": (
                    "Thank you for writing this. A patient recently died after a decision I "
                    'was part of, and nobody talks about the "partly mine" feeling. It '
                    "helps to hear that it doesn't go away but does become something you "
                    "can hold."
                ),
                "helpful_from": ["hospitalist.m", "nightshift_rn"],
            },
            {
                "author": "slow.therapist",
                "hours_ago": 650,
                "body": (
                    "In my work with clinicians I hear again and again that the loneliness "
                    "is worse than the guilt. What you've written isn't lonely; it's "
                    "careful and honest. I hope putting it into words has made it a little "
                    "lighter."
                ),
                "helpful_from": ["hospitalist.m"],
            },
            {
                "author": "member",
                "hours_ago": 600,
                "body": (
                    "Something similar happened to me with a patient who fell on the ward "
                    "the day after I restarted his anticoagulant. He survived, but I still "
                    "remember reading the scan report.\n\n"
                    "What helped me was presenting the case at our morbidity and mortality "
                    "meeting myself, in my own words, rather than sitting in the room while "
                    "someone else presented it."
                ),
                "helpful_from": ["hospitalist.m", "fy1_survivor"],
            },
        ],
    },
    {
        "category": "pharmacy",
        "author": "pharm.jo",
        "title": "I dispensed carbimazole instead of carbamazepine",
        "content_note": None,
        "hours_ago": 160,
        "body": (
            "Busy weekend afternoon, on my own for the last hour, a queue out of "
            "the door. A regular came in with a prescription for carbamazepine for "
            "his epilepsy. The two boxes sit a shelf apart and the names start the "
            "same way. I picked carbimazole, the label printed correctly, and my "
            "accuracy check was me, checking my own work at speed. I looked at the "
            "label and the box and saw what I expected to see.\n\n"
            "He came back six days later with his wife. He'd had two short seizures "
            "and felt unwell, and she had noticed the box looked different from "
            "usual. He had been taking a thyroid drug and missing his "
            "anti-epileptic for nearly a week. I apologised, supplied the right "
            "medicine, and called his GP and the out-of-hours service so they knew. "
            "He was reviewed the same day and he's fine now, with no lasting "
            "harm.\n\n"
            "I reported it and we've made changes:\n\n"
            "1. The two products now live on different shelves with shelf-edge "
            "warnings.\n"
            "2. No more single-person checking in the last hour at weekends. That "
            "needed the owner to agree to extra cover, and to his credit he did.\n\n"
            "What stays with me is his wife's face when she put the box on the "
            "counter. She wasn't angry. She just looked frightened. He still comes "
            "to us, which I find almost harder than if he'd gone elsewhere.\n\n"
            "I know look-alike, sound-alike errors are common. Knowing that helps "
            "less than I thought it would."
        ),
        "helpful_from": ["ward.pharmacist", "rural_gp", "sn_third_year", "slow.therapist"],
        "replies": [
            {
                "author": "ward.pharmacist",
                "hours_ago": 150,
                "body": (
                    "One of mine was hydralazine and hydroxyzine on a busy ward, caught "
                    "after a single dose. I agree that knowing it's common doesn't touch "
                    "the feeling.\n\n"
                    "What did help was seeing the shelf change I'd pushed for prevent a "
                    "near miss a few months later. A colleague picked the wrong one, saw "
                    "the warning, and put it back. I'll never know how many others it "
                    "caught."
                ),
                "helpful_from": ["pharm.jo", "sn_third_year"],
            },
            {
                "author": "rural_gp",
                "hours_ago": 140,
                "body": (
                    "From the prescribing side: I've had patients trust me more, not less, "
                    "after I owned a mistake plainly. I suspect that's part of why he's "
                    "still with you."
                ),
                "helpful_from": ["pharm.jo"],
            },
            {
                "author": "sn_third_year",
                "hours_ago": 90,
                "body": (
                    "I'm a student and I've been nervous about exactly this pair since our "
                    "pharmacology module. Reading how you dealt with it afterwards makes me "
                    "less frightened of it and more focused on the checks."
                ),
                "helpful_from": ["pharm.jo"],
            },
        ],
    },
    {
        "category": "social-work",
        "author": "casework.sam",
        "title": "I accepted a parent's explanation for a bruise and didn't follow it up",
        "content_note": "child abuse",
        "hours_ago": 520,
        "body": (
            "I'm a children's social worker. Earlier this year I made a routine "
            "visit to a family I'd been working with for a while. Things had been "
            "improving and I liked the parents. Their youngest, a toddler, was "
            "quieter than usual and had a small bruise on the side of her face. Her "
            "mum said she'd fallen against the arm of the sofa. It was plausible. I "
            "noted the bruise in one line of my visit record and didn't discuss it "
            "with my manager.\n\n"
            "About two weeks later the nursery made a referral after noticing more "
            "bruising, in places that didn't fit a fall. When the child protection "
            "medical was done, the first bruise was part of the picture. The child "
            "is safe now and living with a relative, and the parents are engaging "
            "with support.\n\n"
            "My manager was supportive but clear. I know the guidance. Bruising to "
            "the face in a small child, an explanation that is plausible but vague: "
            "I've trained other people on exactly this. I think I wanted the family "
            "to be doing well so much that I let the explanation close the question "
            "instead of opening it.\n\n"
            "I've been off work for a short while since, partly because of this and "
            "partly because of everything else this job asks. I'm going back next "
            "week, and I'm nervous about walking into homes again and trusting my "
            "own judgement.\n\n"
            "If anyone has come back to work after something like this, I'd be "
            "grateful to hear how it went."
        ),
        "helpful_from": ["old_hand", "slow.therapist", "talkingroom"],
        "replies": [
            {
                "author": "old_hand",
                "hours_ago": 500,
                "body": (
                    "I came back after something of similar weight, many years ago. The "
                    "first visit was awful. By the fifth I'd stopped noticing the dread "
                    "walking up to the door.\n\n"
                    "What helped was agreeing with my manager to talk through every visit "
                    "for the first month. Not because I couldn't do the job, but because I "
                    "needed to hear my own reasoning out loud again before I trusted it."
                ),
                "helpful_from": ["casework.sam", "slow.therapist"],
            },
            {
                "author": "slow.therapist",
                "hours_ago": 470,
                "body": (
                    "Wanting a family to be doing well is such a human thing, and it's also "
                    "part of what makes you good at building relationships with them. I "
                    "made a similar call with a client once, hoping the better weeks meant "
                    "the risk had passed. I hope you have good support going back."
                ),
                "helpful_from": ["casework.sam"],
            },
            {
                "author": "casework.sam",
                "hours_ago": 440,
                "body": (
                    "Thank you both. I went back this week and the first visit is done. I "
                    "talked it through with my manager afterwards, like you suggested, and "
                    "it helped more than I expected."
                ),
                "helpful_from": ["old_hand"],
            },
        ],
    },
    {
        "category": "emergency",
        "author": "medic_on_nights",
        "title": "I called it a panic attack and missed an overdose",
        "content_note": "overdose, self-harm",
        "hours_ago": 40,
        "body": (
            "Paramedic, about eight years in. We were called to a woman in her "
            "twenties: breathless, tearful, tingling hands, fast heart rate. A "
            "friend was with her. She had a history of panic attacks and it looked "
            "exactly like one. I coached her breathing, she settled a bit, and we "
            "talked about her seeing her GP in the morning. Honestly, the whole job "
            'had a "we see this every week" feel to it.\n\n'
            "I asked if she'd taken anything. She said no. I didn't ask the friend "
            "separately, and I didn't look around the room.\n\n"
            "About an hour after we left, the friend found empty packets in the "
            "bathroom and called back. A different crew took her in. She had taken "
            "a large amount of aspirin, and the fast breathing and the ringing in "
            "her ears, which she had mentioned and I had noted, fitted. She needed "
            "a stay on a medical ward and has recovered physically. I understand "
            "she is now linked in with mental health services.\n\n"
            "Our clinical lead told me about it, kindly. There's a review. I've "
            "been replaying that room ever since: the tingling, the ringing ears, "
            "the way she glanced at her friend when I asked about tablets.\n\n"
            "I keep wondering how many other \"panic attacks\" I've written off. I'm "
            "back on shift tomorrow night and I don't know how to walk into the "
            "next one without treating everyone as a possible overdose."
        ),
        "helpful_from": ["hospitalist.m", "nightshift_rn", "old_hand", "quiet.lantern"],
        "replies": [
            {
                "author": "hospitalist.m",
                "hours_ago": 36,
                "body": (
                    "Salicylate toxicity fools people in EDs too. I've seen very "
                    "experienced clinicians call it anxiety, and I did once myself. The "
                    "breathing looks a lot like panic until someone gets a blood gas."
                ),
                "helpful_from": ["medic_on_nights", "nightshift_rn"],
            },
            {
                "author": "nightshift_rn",
                "hours_ago": 30,
                "body": (
                    'Something similar happened to me with a patient whose "anxiety" turned '
                    "out to be a pulmonary embolism. For a while afterwards I treated every "
                    "anxious patient as if they were dying, and it wore me out.\n\n"
                    "What settled it was adding a short, fixed set of questions I ask "
                    "*every* time, including asking anyone else present, away from the "
                    "patient. That way the checking lives in the routine and not in my "
                    "head."
                ),
                "helpful_from": ["medic_on_nights", "old_hand", "med-surg-nurse"],
            },
            {
                "author": "old_hand",
                "hours_ago": 22,
                "body": (
                    "Going back on the very next night shift after something like this "
                    "takes courage. I hope you're crewed with someone you trust."
                ),
                "helpful_from": ["medic_on_nights"],
            },
            {
                "author": "medic_on_nights",
                "hours_ago": 14,
                "body": (
                    "Thank you, all of you. Shift done. Two breathing calls, both what they "
                    "looked like. I asked the family separately both times and it felt like "
                    "good practice, not paranoia.\n\n"
                    "> That way the checking lives in the routine and not in my head.\n\n"
                    "That's what I'm going to try. Going to sleep now."
                ),
                "helpful_from": ["nightshift_rn", "quiet.lantern"],
            },
            {
                "author": "quiet.lantern",
                "hours_ago": 6,
                "body": "Glad the shift went okay. How are you doing now that it's over?",
                "helpful_from": [],
            },
        ],
    },
    {
        "category": "emergency",
        "author": "old_hand",
        "anonymous": False,
        "title": "A calm caller, a lower priority, and a stroke that waited",
        "content_note": None,
        "hours_ago": 320,
        "body": (
            "I'm an emergency call handler and I've been doing this a long time. A "
            "while back I took a call from a woman whose husband \"wasn't making "
            "sense\". She was very calm, apologetic for bothering us, and said he'd "
            "had a long day and was probably just tired. I went through the "
            "questions. When I asked about face, arms and speech, she said his "
            'speech was "a bit off" but his face looked normal to her. I didn\'t ask '
            "her to get him to smile or raise both arms while I was on the line. "
            "The call came out at a lower priority than it should have.\n\n"
            "The ambulance took much longer than it would have for a stroke call. "
            "When the crew arrived they recognised it straight away, but by the "
            "time he reached hospital he was outside the window for clot-busting "
            "treatment. He survived, with weakness down one side that I'm told is "
            "improving with rehab.\n\n"
            "When I listened back to the call, I could hear it. The hesitation in "
            'his voice in the background. Her saying "he\'s not making sense" twice. '
            "I let her calm set the pace of the call.\n\n"
            "The service reviewed it and I've had extra training, which was fair. "
            "But now I find myself asking callers to do things over and over, and I "
            "can feel it slowing me down.\n\n"
            "I'm posting because call handlers don't often show up in conversations "
            'like this, and I\'d like to know whether anyone else in an "invisible" '
            "role has been through something similar."
        ),
        "helpful_from": ["medic_on_nights", "quiet.lantern", "pharm.jo"],
        "replies": [
            {
                "author": "medic_on_nights",
                "hours_ago": 300,
                "body": (
                    "From the crew side: we're grateful for call handlers every single "
                    "shift, and we've all arrived at jobs that were coded lower than they "
                    "turned out to be. It's a system thing as much as a person thing. I've "
                    "under-triaged on scene myself, so I know the feeling from the inside."
                ),
                "helpful_from": ["old_hand", "quiet.lantern"],
            },
            {
                "author": "quiet.lantern",
                "hours_ago": 260,
                "body": (
                    "Not emergency services, but I also work in a role patients rarely see. "
                    "Being invisible made my own mistake feel lonelier. Thank you for "
                    "making yours visible."
                ),
                "helpful_from": ["old_hand"],
            },
            {
                "author": "pharm.jo",
                "hours_ago": 200,
                "body": (
                    "On the slowing down: after my own dispensing error I was checking "
                    "everything three times for weeks. What helped was agreeing with my "
                    "manager on the **one** extra check that really mattered and letting "
                    "the rest go. It gave me permission to stop."
                ),
                "helpful_from": ["old_hand", "medic_on_nights"],
            },
        ],
    },
    {
        "category": "students",
        "author": "sn_third_year",
        "title": "As a student nurse I gave the morning medicines to the wrong patient",
        "content_note": None,
        "hours_ago": 70,
        "body": (
            "I'm in my final year of nursing. On placement recently I was doing the "
            "morning medicine round with my practice supervisor when she was called "
            "away to a patient who had fallen. She told me to carry on with the "
            "next bay and she'd catch up. I shouldn't have given anything "
            "unsupervised, and I know that.\n\n"
            "Two patients in that bay had similar surnames. I checked the chart, "
            "went to the bed I thought was right, said the surname, and he said "
            "yes. I didn't check his wristband. I gave him the other man's tablets: "
            "a blood pressure tablet, a statin and a diuretic.\n\n"
            "I realised when I moved to the next bed and the right patient asked "
            "where his tablets were. I went straight to the nurse in charge. The "
            "man who had the wrong medicines was monitored, his blood pressure "
            "dipped a little in the afternoon, and he was fine. The doctor was kind "
            "about it. The patient himself said \"don't worry, I'd have said yes to "
            'anything before my breakfast", which made me laugh and cry at the same '
            "time.\n\n"
            "My university and the placement handled it through the proper process. "
            "I've done reflective work on it and had a meeting that was more "
            "supportive than I expected, and I'm still on placement, supervised.\n\n"
            "I keep thinking: if I can do this as a student, what will I do when "
            "I'm qualified and on my own? I qualify in a few months and I'm scared."
        ),
        "helpful_from": [
            "nightshift_rn",
            "fy1_survivor",
            "med-surg-nurse",
            "ward.pharmacist",
            "pharm.jo",
        ],
        "replies": [
            {
                "author": "nightshift_rn",
                "hours_ago": 66,
                "body": (
                    "I've been a practice supervisor for years, and something similar "
                    "happened to me as a newly qualified nurse. I gave an antibiotic to the "
                    "patient in the bed next to the one it was prescribed for. Same thing: "
                    'a name said out loud and a "yes".\n\n'
                    "What helped me was turning it into a habit I can't skip. I ask "
                    "patients to *tell* me their name and date of birth, and I read the "
                    "wristband, every single time, even with people I've looked after for "
                    "weeks.\n\n"
                    "You did the thing that matters most, which was telling someone "
                    "straight away."
                ),
                "helpful_from": ["sn_third_year", "med-surg-nurse", "fy1_survivor"],
            },
            {
                "author": "fy1_survivor",
                "hours_ago": 60,
                "body": (
                    "I qualified as a doctor last year with exactly the same fear. The "
                    "first months were frightening, but the mistake I made as a student is "
                    "the reason some checks are automatic for me now. It made me safer, not "
                    "less safe."
                ),
                "helpful_from": ["sn_third_year"],
            },
            {
                "author": "med-surg-nurse",
                "hours_ago": 48,
                "body": (
                    "> I'd have said yes to anything before my breakfast\n\n"
                    "This made me smile. Patients are often more generous with us than we "
                    "are with ourselves."
                ),
                "helpful_from": ["sn_third_year", "nightshift_rn"],
            },
            {
                "author": "ward.pharmacist",
                "hours_ago": 30,
                "body": (
                    "Wrong-patient errors are among the most common things I see in "
                    "incident reports. Students who report them straight away are exactly "
                    "who I'd want on my ward."
                ),
                "helpful_from": ["sn_third_year"],
            },
            {
                "author": "sn_third_year",
                "hours_ago": 12,
                "body": (
                    "Thank you all so much. I read these out to my mum and she cried. I'm "
                    'starting the "tell me your name" habit from my next shift.'
                ),
                "helpful_from": ["nightshift_rn"],
            },
        ],
    },
    {
        "category": "everything-else",
        "author": "quiet.lantern",
        "title": "Occupational therapy discharge: I never asked where he slept",
        "content_note": None,
        "hours_ago": 2,
        "body": (
            "I'm an occupational therapist, which is why I'm posting here rather "
            "than under one of the other headings.\n\n"
            "I did a discharge assessment for a man in his eighties after a hip "
            "replacement. We practised transfers on the ward, I ordered a raised "
            "toilet seat and a perching stool, and I did the home assessment by "
            "phone with his son, because the ward was under pressure for beds and a "
            "home visit would have meant waiting several days.\n\n"
            "His son said the bathroom was downstairs. It was. His bedroom wasn't. "
            "I never asked where he slept. I'd written \"lives in a house, bathroom "
            'downstairs" and my brain filled in the rest.\n\n'
            "He went home at the end of the week. Two days later he tried to get "
            "upstairs to bed with a stick and fell near the top. He broke his wrist "
            "and was readmitted. He's recovering now in a care placement, which is "
            "not where he wanted to be.\n\n"
            "I've talked to my team lead and we've changed our phone assessment "
            "form so it asks about sleeping arrangements explicitly. I know that's "
            "the right sort of fix. I still feel sick when I picture him on those "
            "stairs at night.\n\n"
            "I've been reading here for a while, and other people's posts are what "
            "gave me the nerve to write this one."
        ),
        "helpful_from": ["old_hand", "nightshift_rn"],
        "replies": [
            {
                "author": "old_hand",
                "hours_ago": 1,
                "body": (
                    "Welcome, and thank you for sharing. One thing I learned from my own "
                    "mistake: a fix like the one you made to that form quietly protects "
                    "people you'll never meet."
                ),
                "helpful_from": ["quiet.lantern"],
            },
            {
                "author": "nightshift_rn",
                "hours_ago": 0,
                "body": (
                    "I've been part of plenty of discharges rushed by bed pressure, and one "
                    "of mine came back through the door too. It took me a while to stop "
                    "picturing him. How are you doing today?"
                ),
                "helpful_from": ["quiet.lantern"],
            },
        ],
    },
]


# The first demo thread's moderation queue examples (see forum.demo._queue_examples).
HELD_REPLY = {
    "author": "fy1_survivor",
    "body": (
        "I'm sorry this happened. Why didn't you call the on-call psychiatrist before ringing "
        "her emergency contact? You should have talked it through with someone first."
    ),
}
REPORT_NOTE = "This reply reads as advice to the author rather than a shared experience."
