"""Round 21 of issue 14's evaluation, untouched: 160 stories (80 safe, 169 spans) from two helpers
who saw only the labeling guide (identifier_round2.md), never the check's rules, corpora or code.
G: haematology nurses, community learning-disability teams, hand therapists, bereavement midwives,
hospital chaplains, prison pharmacists, school speech and language therapists, ambulance
dispatchers, receptionists turned care assistants, peer-support workers (Scunthorpe, Clonmel,
Portage la Prairie, Masaka, Roma, North Dakota, Pwllheli, Bogra, Dingwall, Hokitika). H: night A&E
nurses, perinatal mental-health workers, orthoptists, surgical trainees, residential care managers,
on-call hospital pharmacists, school nurses, hospice doctors, student paramedics, community
mental-health care coordinators (Skegness, Ballinasloe, Flin Flon, Arua, Longreach, Montana,
Porthmadog, Nawabshah, Golspie, Westport). Measured once with the same rules as round 20, and
nothing written against it: see test_identifiers.py and bench/README.md. Entries as in
identifier_corpus."""

ROUND_21_G = [
    (
        (
            "Clinical officer at Bukeeri Health Centre III. I gave artemether-lumefantrine to a "
            "2-year-old by the adult tablet count. The mother came back the next day because the "
            "child was very sleepy."
        ),
        [
            ("Bukeeri Health Centre III", "facility"),
            ("2-year-old", "age"),
        ],
    ),
    (
        (
            "Not sure I should post this, but if anyone from the investigation wants to talk off "
            "the record my mobile is 07700 900871. I was the nurse who hung the wrong unit of "
            "blood on nights."
        ),
        [
            ("07700 900871", "phone"),
        ],
    ),
    (
        (
            "Midwife at Karatoa Mother and Child Clinic. I missed a PPH because I was filling in "
            "the register: Mrs Rokeya Haldar lost 1.2 L before I looked up."
        ),
        [
            ("Karatoa Mother and Child Clinic", "facility"),
            ("Mrs Rokeya Haldar", "name"),
        ],
    ),
    (
        (
            "District nurse in rural North Dakota. Drove 90 miles for a wound check and realised "
            "I'd left the dressing pack and the Doppler in the other car. Improvised with what "
            "the patient had at home. Not a disaster but it's the kind of thing that gets you."
        ),
        [],
    ),
    (
        (
            "Paramedic, 12 yrs. Nearly gave a child the adult dose of IM adrenaline from the "
            "pre-filled — 1 mg instead of 0.3 mg. My tech caught it, not me. Kid fine, obs "
            "stable, ED aware."
        ),
        [],
    ),
    (
        (
            "Posting this as part of my own reflection.\n\nI misread a 'q' as a '4' on a "
            "handwritten chart and gave 4 doses of ondansetron in a day instead of one. No "
            "harm.\n\n— Rhiannon Tudur-Pryce, Band 7, theatres"
        ),
        [
            ("Rhiannon Tudur-Pryce", "self"),
        ],
    ),
    (
        (
            "Nurse Abernathy-Quist showed me how to prime the line and I nodded like I "
            "understood. I didn't. Air in the line on my first solo transfusion."
        ),
        [
            ("Nurse Abernathy-Quist", "name"),
        ],
    ),
    (
        (
            "Hospice nurse. The syringe driver was set to run over 12 hours instead of 24 — "
            "midazolam and morphine. Family noticed it nearly empty halfway through the night. "
            "Pt settled, no obvious harm, but it was a very long night."
        ),
        [],
    ),
    (
        (
            "OT student on a stroke unit. Transferred a pt without supporting her hemiplegic "
            "shoulder and she yelped. My educator explained the subluxation risk, we reported "
            "it, and she talked me through it. Rogers would have a lot to say about how ashamed "
            "I felt."
        ),
        [],
    ),
    (
        (
            "Called out to a farm on Kowhai Flat Road just out of Hokitika. I was so focused on "
            "the farmer's hand injury that I didn't pick up on his chest pain, which he "
            "mentioned as I was leaving."
        ),
        [
            ("Kowhai Flat Road", "place"),
            ("Hokitika", "place"),
        ],
    ),
    (
        (
            "Haem nurse, Sunday nights. K+ came back 6.3 on a pt with tumour lysis and I assumed "
            "it was haemolysed without ringing the lab. It wasn't. Repeat was 6.8 with ECG "
            "changes. Treated, survived. I ring every time now."
        ),
        [],
    ),
    (
        (
            "School nurse. A Year 10, aged 15, told me she'd taken 'a few' paracetamol the night "
            "before and I believed her when she said four. It was sixteen. She's ok after NAC."
        ),
        [
            ("aged 15", "age"),
        ],
    ),
    (
        (
            "School nurse in Queensland. Gave a Year 8 his methylphenidate 18 mg at lunch when "
            "his mum had stopped it that week. The note was in the paper diary, not the system. "
            "Phoned home straight away."
        ),
        [],
    ),
    (
        (
            "Dental nurse. Didn't update the medical history for a regular who'd started "
            "apixaban in June. Extraction went ahead and she bled for hours. She was OK, and we "
            "now ask about meds every single visit."
        ),
        [],
    ),
    (
        (
            "Counsellor (person-centred). I lost track of time and ran 25 minutes over, and the "
            "next client sat in the waiting room thinking I'd forgotten her. Small, but she'd "
            "spent years being forgotten. We worked through it the next week."
        ),
        [],
    ),
    (
        (
            "I'm an F1. Prescribed treatment-dose enoxaparin without checking the weight — pt "
            "was 48 kg with an eGFR of 24. The pharmacist caught it on the ward round. Never "
            "been so grateful to a pharmacist."
        ),
        [],
    ),
    (
        (
            "The Okonkwos had asked twice for their dad to be moved nearer the window. I kept "
            "saying 'later'. He died on the Saturday in the middle of the bay. Not a clinical "
            "error, but it's the one that stays."
        ),
        [
            ("The Okonkwos", "name"),
        ],
    ),
    (
        (
            "Radiographer. Did a portable chest X-ray on the wrong pt in bay 2 — two men with "
            "the same first name, different beds. Dose tiny but IR(ME)R reportable. The RPA was "
            "very matter-of-fact, which actually helped."
        ),
        [],
    ),
    (
        (
            "Bereavement midwife. Last spring I put the wrong footprint card in a memory box — "
            "it belonged to another loss that same week. The parents noticed at home. I rang "
            "them that evening and apologised. I think about it every time I open the cupboard."
        ),
        [],
    ),
    (
        (
            "pharmacist at a big chain in manchester. handed out methotrexate with a daily label "
            "instead of weekly. caught it on the follow-up call 2 days later, pt hadn't taken "
            "any extra. worst 2 days of my career"
        ),
        [],
    ),
    (
        (
            "## Mistake\nTeaching session on Parkinson's meds, I told the whole group Sinemet "
            "could be given 'whenever convenient'. It can't, timing is critical.\n## Fix\nSent a "
            "correction email to all 14 students that afternoon."
        ),
        [],
    ),
    (
        (
            "Aunty Folake (everyone on the street calls her that, she's 88) missed three days of "
            "furosemide because I didn't re-order her blister pack after her hospital stay. "
            "Ankles like balloons by the time I noticed."
        ),
        [
            ("Aunty Folake", "name"),
            ("88", "age"),
        ],
    ),
    (
        (
            "Hi Priya,\nYou asked me to write a reflection so here goes. On 9 October 2023 I "
            "discharged Kenny Mulgrew from Brackwater Community Hospital without his insulin "
            "pens in the bag. His daughter rang the next morning."
        ),
        [
            ("Priya", "name"),
            ("9 October 2023", "date"),
            ("Kenny Mulgrew", "name"),
            ("Brackwater Community Hospital", "facility"),
        ],
    ),
    (
        (
            "SLT in a mainstream primary. I wrote IDDSI level 2 in the care plan when I meant "
            "level 3 and the kitchen followed it for about a fortnight. The child was fine, just "
            "fed up that the drinks were thicker. Now I read every plan aloud before signing."
        ),
        [],
    ),
    (
        (
            "She was 91 and the sharpest person on the ward, and I still spoke to her daughter "
            "instead of her about the DNACPR. She told me off properly, and she was right."
        ),
        [
            ("She was 91", "age"),
        ],
    ),
    (
        (
            "Pharmacy counter, Saturday. Sold codeine linctus to a regular without asking the "
            "questions because I 'knew' him. Turned out he'd bought it at two other shops that "
            "week. Reported under our SOP. DSM-5 aside, I'd just missed that he was struggling."
        ),
        [],
    ),
    (
        (
            "Care aide at a long-term care home in Ontario. Resident was on 4-hourly turns per "
            "her Braden score but I skipped one because of a fall next door. Grade 2 sore by "
            "morning. Told my senior straight away."
        ),
        [],
    ),
    (
        (
            "Pulled the wrong notes for hospital number RX702291 — there were two with the same "
            "surname and DOB 04/11/1948. The doctor consented the wrong man for a scope before "
            "we caught it."
        ),
        [
            ("RX702291", "record"),
            ("04/11/1948", "date"),
        ],
    ),
    (
        (
            "Student midwife, 2nd year. Recorded an Apgar 9 at 1 minute when it was really 7 — I "
            "copied the 5-minute score into both boxes. My mentor corrected it in the notes with "
            "me."
        ),
        [],
    ),
    (
        (
            "ICU, ventilated pt. I silenced the art line alarm because it kept damping and "
            "forgot to turn it back on. MAP sat at 52 for nearly 10 minutes before the doc "
            "noticed. Noradrenaline up, fine. Never silencing anything again."
        ),
        [],
    ),
    (
        (
            "Hospital chaplain, part-time. A family asked for a Catholic priest for their dad in "
            "ICU and I passed the message on but didn't follow up. He died before anyone came. "
            "The entry in Epic just said 'chaplaincy informed'."
        ),
        [],
    ),
    (
        (
            "Datix ref WEB-88213 if anyone from governance is reading. A 6yo with a femur "
            "fracture got 10x the intended oral morphine because I put the decimal point in the "
            "wrong place. Naloxone given, he was ok."
        ),
        [
            ("WEB-88213", "record"),
            ("6yo", "age"),
        ],
    ),
    (
        (
            "Theatre scrub nurse. I wrote 5 swabs on the whiteboard instead of 10 at the first "
            "count, so at closure we were 'up' by 5 and everyone panicked. X-ray done, nothing "
            "retained, just my pride."
        ),
        [],
    ),
    (
        (
            "Bed booking BB-20931 was for the man in resus, not the lady in majors, and I sent "
            "the wrong one up to Kestrel Unit. Swapped back within the hour."
        ),
        [
            ("Bed booking BB-20931", "record"),
            ("Kestrel Unit", "facility"),
        ],
    ),
    (
        (
            "Haematology day unit, Christmas Eve. I ran a first-dose rituximab at the cycle-3 "
            "rate. Rigors at 40 mins, stopped it, hydrocortisone and chlorphenamine given, pt "
            "settled. Band 6, I know the protocol, I just didn't look."
        ),
        [],
    ),
    (
        (
            "I work the front desk at our GP practice and booked a two-week-wait referral as "
            "routine because the form was smudged. Picked up at audit 3 weeks later. Nothing "
            "changed clinically, thank God."
        ),
        [],
    ),
    (
        (
            "Mrs Adeyemi-Crowe, 79, on Heronsgate Ward, got her evening bisoprolol twice because "
            "I didn't see the day team had already signed it. HR 41 by 22:00. She recovered, but "
            "I was sick in the staff loo."
        ),
        [
            ("Mrs Adeyemi-Crowe", "name"),
            ("79", "age"),
            ("Heronsgate Ward", "facility"),
        ],
    ),
    (
        (
            "Dispatcher, Portage la Prairie. Caller said 118 Saskatoon Crescent and I typed "
            "Saskatoon Road. Crew went to the wrong end of town and lost 6 minutes. Her husband, "
            "58, survived but I still hear her voice."
        ),
        [
            ("Portage la Prairie", "place"),
            ("118 Saskatoon Crescent", "place"),
            ("58", "age"),
        ],
    ),
    (
        (
            "Prison pharmacy tech here. Gave a week of in-possession pregabalin 75 mg to the "
            "wrong man — two prisoners with near-identical surnames on the same landing. Got it "
            "back within the hour. Still shaking typing this."
        ),
        [],
    ),
    (
        (
            "> Hiya its Shaz, mums sugar is 2.9 again what do i do\n\nThat text came to the work "
            "phone at 18:40 and I didn't see it till morning because I'd left the phone in my "
            "locker. Her mum was ok in the end, Shaz had given her Lucozade."
        ),
        [
            ("Shaz", "name"),
        ],
    ),
    (
        (
            "Ring ext 3390 and ask for Maureen — that's what the poster said, so I did, but "
            "Maureen had retired and the extension went to the linen room. Meanwhile my patient "
            "sat in a wet bed for an hour."
        ),
        [
            ("ext 3390", "phone"),
            ("Maureen", "name"),
        ],
    ),
    (
        (
            "Domiciliary carer on the Ashby Moor estate. Left Derek's front door on the latch "
            "after a morning call and he wandered. Police found him two miles away in his "
            "slippers."
        ),
        [
            ("the Ashby Moor estate", "place"),
            ("Derek", "name"),
        ],
    ),
    (
        (
            "> From: tomas.ferreira@quarrybank-health.org\n> Subject: Re: Mr Lindqvist bloods\n> "
            "Please HOLD the enoxaparin tonight, plt 38.\n\nI read this at 23:50 and somehow it "
            "didn't register. Gave the dose at midnight. Mr Lindqvist oozed from his drain site "
            "all night."
        ),
        [
            ("tomas.ferreira@quarrybank-health.org", "email"),
            ("Mr Lindqvist", "name"),
        ],
    ),
    (
        (
            "Ambulance dispatcher, 7 yrs. Coded a caller as a Cat 3 fall when she was actually "
            "describing a stroke — slurred speech, 'my face feels funny'. I didn't run FAST "
            "properly. Crew got there 50 mins later. She's recovering but it's my worst call."
        ),
        [],
    ),
    (
        (
            "Not hiding it: my NMC PIN is 16K0533W and I've self-referred. I gave 10 units of "
            "insulin to a patient who'd been made nil by mouth and didn't check a BM."
        ),
        [
            ("16K0533W", "self"),
        ],
    ),
    (
        (
            "# Never again\n- consented a pt in A&E without an interpreter\n- used the daughter "
            "instead\n- she left out the bit about the risks\n\nGCS 15 and happy to sign, but "
            "consent without understanding isn't consent."
        ),
        [],
    ),
    (
        (
            "Social worker in the Highlands. Emailed a case summary to the wrong team inbox — "
            "same surname, different child. Recalled in 10 mins, the other team deleted it, and "
            "I reported it to our data protection lead."
        ),
        [],
    ),
    (
        (
            "> Dear Mr Fairweather-Nolan,\n> Re: your son Caleb (DOB 17/02/2016)\n> We apologise "
            "that Caleb's hearing test on 3 May was cancelled without notice.\n\nI wrote that "
            "letter. I was also the one who forgot to rebook him. Audiology, Larchfield "
            "Children's Centre."
        ),
        [
            ("Mr Fairweather-Nolan", "name"),
            ("Caleb", "name"),
            ("17/02/2016", "date"),
            ("3 May", "date"),
            ("Larchfield Children's Centre", "facility"),
        ],
    ),
    (
        (
            "> MRN 30917744 — allergy: penicillin (anaphylaxis)\n\nThat line was right there in "
            "the notes and I still prescribed Tazocin. F2, tired, no excuse. The nurse refused "
            "to hang it, bless her."
        ),
        [
            ("MRN 30917744", "record"),
        ],
    ),
    (
        (
            "Ambulance control, Wales. During a storm I read a crew the wrong grid reference — "
            "transposed two digits. They lost 15 minutes on farm tracks. The patient, a man in "
            "his 60s with chest pain, was OK."
        ),
        [],
    ),
    (
        (
            "Care home HCA in New Zealand. A resident with dysphagia got a sandwich off the tea "
            "trolley because the trolley list wasn't updated. She coughed, we did back blows, "
            "she was fine. SLT came next day and we redid the whole system."
        ),
        [],
    ),
    (
        (
            "Community physio. Told a man with a new hip he could relax the precautions at 6/52 "
            "without checking — this consultant wants 12. He was fine but I had to ring and "
            "backtrack, which was embarrassing."
        ),
        [],
    ),
    (
        (
            "Wrote the wrong NHS number on a blood form: NHS 485 777 3310 belonged to someone "
            "else. Lab processed it under another man's record and his Hb 'dropped' to 62. "
            "Caught on the recheck."
        ),
        [
            ("NHS 485 777 3310", "record"),
        ],
    ),
    (
        (
            "HCA in Dingwall. Went to 7 Greenhaugh Road for a fasting glucose and labelled the "
            "sample with the previous patient's sticker."
        ),
        [
            ("Dingwall", "place"),
            ("7 Greenhaugh Road", "place"),
        ],
    ),
    (
        (
            "Wiśniewska was in bay 6 and Wiśniewski in bay 2, same consultant, same drug chart "
            "colour. I gave the bay 6 warfarin to bay 2. INR 5.8 two days later."
        ),
        [
            ("Wiśniewska", "name"),
            ("Wiśniewski", "name"),
        ],
    ),
    (
        (
            "**What happened**\nHand therapy clinic, Tuesday afternoon. I made a thermoplastic "
            "splint for a zone II flexor tendon repair with the wrist in far too much "
            "extension.\n\n**What I learned**\nCheck the op note against the protocol every "
            "time, even when the list is running 40 mins late."
        ),
        [],
    ),
    (
        (
            "I'm the only paediatric SLT covering the primary schools around Pwllheli, so some "
            "of you will know exactly who I am. I put the wrong IDDSI level on a care plan for a "
            "little boy called Osian and the dinner staff followed it for a week."
        ),
        [
            ("the only paediatric SLT covering the primary schools around Pwllheli", "self"),
            ("Osian", "name"),
        ],
    ),
    (
        (
            "Community nurse. I put the wrong postcode (DN16 9TW) on a referral and the visits "
            "went to an empty house for a week while the real patient waited."
        ),
        [
            ("DN16 9TW", "place"),
        ],
    ),
    (
        (
            "On Tuesday 21st I let a student do obs unsupervised on a day-1 post-op pt. She "
            "charted BP 88/50 and told nobody, and I didn't look until the evening round. He "
            "went back to theatre that night with a leak."
        ),
        [
            ("Tuesday 21st", "date"),
        ],
    ),
    (
        (
            "> Pt c/o pain 8/10, Oramorph 10mg given 03:15\n\nThat was my note. I'd actually "
            "given 5 mg. Wrote the prescribed dose, not the given dose, so the CD register "
            "didn't match. Took two days to untangle."
        ),
        [],
    ),
    (
        (
            "Staff nurse on St Fintan's Ward in Clonmel. Gave IV metronidazole to the wrong lady "
            "because two patients called Bridget were in beds 3 and 4 and I only checked the "
            "first name."
        ),
        [
            ("St Fintan's Ward", "facility"),
            ("Clonmel", "place"),
            ("Bridget", "name"),
        ],
    ),
    (
        (
            "Nights. Bleeped the surgical SHO on bleep 5548 three times about a distended abdo, "
            "then gave up and waited for the morning round. Should've gone straight to the reg."
        ),
        [
            ("bleep 5548", "phone"),
        ],
    ),
    (
        (
            "Peer support worker in an adult mental health team. I shared too much of my own "
            "story in a group — details about my relapse — and one member got really triggered. "
            "My supervisor was kind but I felt I'd broken the one rule."
        ),
        [],
    ),
    (
        (
            "Used to be a GP receptionist, now an HCA. Did obs on a lady in her 80s, NEWS2 of 5, "
            "wrote it down but didn't tell the nurse straight away bc she was with another pt. "
            "40 minutes later she was septic, lactate 4.1."
        ),
        [],
    ),
    (
        (
            "HCA at the Beeches. Didn't thicken a resident's tea because the kitchen card was "
            "out of date. She aspirated and was admitted with pneumonia. I check that card every "
            "morning now."
        ),
        [
            ("the Beeches", "facility"),
        ],
    ),
    (
        (
            "Months after the fall I found her fundraising page "
            "(gofundme.com/f/help-dara-walk-again) and saw the photo of Dara in the wheelchair. "
            "I was the physio who said she was safe to mobilise without the frame."
        ),
        [
            ("gofundme.com/f/help-dara-walk-again", "url"),
            ("Dara", "name"),
        ],
    ),
    (
        (
            "Community LD team. Visited a man in his 40s with Down's syndrome and epilepsy, and "
            "left his new sodium valproate dose on a sticky note for the support worker instead "
            "of updating the MAR. Night staff gave the old dose. No harm, but I've changed how I "
            "do it."
        ),
        [],
    ),
    (
        (
            "Band 5 on a haem ward, nights. Pt in bed 4 was due platelets at 02:10 and I hung "
            "them through a giving set that had just had red cells through it. Caught it after "
            "about 10 mins when the HCA asked. Datix done, reg aware, pt fine. Still feel sick "
            "about it."
        ),
        [],
    ),
    (
        (
            "NICU nurse, Band 6. Drew up gentamicin at 5 mg/kg instead of 4 for a term baby, 3.2 "
            "kg. Level was fine. Always get your second checker, even at 4am."
        ),
        [],
    ),
    (
        (
            "Remote area nurse in Roma. Sent a man home after a fall from a horse with a 'soft "
            "tissue' shoulder; the X-ray was reported two days later in Brisbane as a "
            "fracture-dislocation."
        ),
        [
            ("Roma", "place"),
        ],
    ),
    (
        (
            "Community LD team. The safeguarding referral for case #LD-23-0457 sat in my drafts "
            "for nine days. Nine. I genuinely thought I'd pressed send."
        ),
        [
            ("case #LD-23-0457", "record"),
        ],
    ),
    (
        (
            "LD liaison nurse at a district general. Didn't flag a reasonable adjustment for a "
            "young man in his 20s with autism having an MRI. He was sedated in the end after an "
            "awful hour. His hospital passport was in his bag and nobody asked for it, me "
            "included."
        ),
        [],
    ),
    (
        (
            "Pharmacist in North Dakota. Someone used my DEA registration BK4418203 on a forged "
            "script and I only noticed because the quantity was odd. Worse part: I'd left a "
            "signed pad in an unlocked drawer."
        ),
        [
            ("BK4418203", "self"),
        ],
    ),
    (
        (
            "Prison pharmacist at HMP Wexcombe. Gave a man on the detox wing his methadone twice "
            "because a second officer brought him back and I didn't check the screen."
        ),
        [
            ("HMP Wexcombe", "facility"),
        ],
    ),
    (
        (
            "Mental health nurse in prison healthcare. A clozapine dose was missed during a "
            "lockdown and I didn't flag it; after 48 hrs it has to be re-titrated. Caught on day "
            "3. The psychiatrist was gentle with me. I was not."
        ),
        [],
    ),
    (
        (
            "Dr Nakamura-Bell asked me to hold the 6pm gentamicin pending a level and I handed "
            "it over to nights as 'give'. Level was 3.4 the next morning. Her face when she saw "
            "it..."
        ),
        [
            ("Dr Nakamura-Bell", "name"),
        ],
    ),
    (
        (
            "CAMHS nurse. I told a teenager on the waiting list we'd be in touch 'next week' "
            "because that's what the system showed. It was actually next month. She self-harmed "
            "in between. I know it isn't all on me but I made the promise."
        ),
        [],
    ),
    (
        (
            "I uploaded a pt's wound photos to the wrong record on the practice portal "
            "(https://portal.elmhurst-surgery.co.uk/records/44821). Elmhurst Surgery's IG lead "
            "sorted it but I was mortified."
        ),
        [
            ("https://portal.elmhurst-surgery.co.uk/records/44821", "url"),
            ("Elmhurst Surgery", "facility"),
        ],
    ),
    (
        (
            "Home visit out at Kilbraney Cross, no signal, and I left without re-checking the "
            "syringe driver line. The family rang out-of-hours at 2am because the site was "
            "swollen."
        ),
        [
            ("Kilbraney Cross", "place"),
        ],
    ),
    (
        (
            "Vet nurse turned human nurse. First week on an adult ward I nearly worked out a "
            "dose in mg/kg like I would for a dog. Caught it myself, told no one for ages. ICU "
            "nurses have since reassured me this is normal lol"
        ),
        [],
    ),
]

ROUND_21_H = [
    (
        (
            "Nursing home in Ontario, nights. Copied the Braden score from the admission form "
            "rather than reassessing. Grade 3 sacral pressure injury found a fortnight later."
        ),
        [],
    ),
    (
        (
            "Perinatal MH. Mum with an EPDS of 19 at her review. I documented 'no thoughts of "
            "self-harm' because she said so and didn't ask the follow-up about plans. She told "
            "the health visitor two days later. She's OK. I'm still shaken."
        ),
        [],
    ),
    (
        (
            "Band 5 on Ward Dyfi at Ysbyty Glanrafon. I put a DNACPR form in the wrong notes: Mr "
            "Pritchard-Owen's form went into bed 7, who was a full-for-resus lady. Nobody acted "
            "on it, thank god."
        ),
        [
            ("Ward Dyfi at Ysbyty Glanrafon", "facility"),
            ("Mr Pritchard-Owen", "name"),
        ],
    ),
    (
        (
            "House officer at Bhittai Memorial Hospital. A 45-year-old farmer with a krait bite, "
            "and I delayed the second dose of antivenom because the vial was from a different "
            "batch and I panicked. His brother Imtiaz was shouting at me the whole time."
        ),
        [
            ("Bhittai Memorial Hospital", "facility"),
            ("45-year-old", "age"),
            ("Imtiaz", "name"),
        ],
    ),
    (
        (
            "Pharmacy counter, Saturday rush. Gave out sertraline 100 mg when the script said 50 "
            "mg because I grabbed the wrong box from the Omnicell. The patient noticed at home. "
            "I thanked her about ten times."
        ),
        [],
    ),
    (
        (
            "Ward clerk put me through to ext 5582 (the lab) and I read back the K+ for the "
            "wrong surname: Mr Lindqvist instead of Mr Lindgren. The doctor treated the wrong "
            "man's result."
        ),
        [
            ("ext 5582", "phone"),
            ("Mr Lindqvist", "name"),
            ("Mr Lindgren", "name"),
        ],
    ),
    (
        (
            "Radiographer. Didn't ask about pregnancy before an abdo film on a woman in her 20s. "
            "She turned out to be 7 weeks. Physics says the dose was tiny. My stomach says "
            "otherwise."
        ),
        [],
    ),
    (
        (
            "Remote area nurse at Gidgee Flat clinic, the only RN for 200 km, so yes this "
            "identifies me. Forgot to send off the INR for a station hand on warfarin before he "
            "went back out to the muster. His wife Shaz rang me a week later because his gums "
            "wouldn't stop bleeding."
        ),
        [
            ("Remote area nurse at Gidgee Flat clinic, the only RN for 200 km", "self"),
            ("Shaz", "name"),
        ],
    ),
    (
        (
            "Apologies for posting this. If anyone wants to reach me it's "
            "deb.harrowby.cm@gmail.com. I'm the registered manager at Seacroft Lodge and we had "
            "a resident walk out overnight, found at the bus shelter on Fore Lane at 6am."
        ),
        [
            ("deb.harrowby.cm@gmail.com", "email"),
            ("the registered manager at Seacroft Lodge", "self"),
            ("Fore Lane", "place"),
        ],
    ),
    (
        (
            "Uni counsellor. A student, Priya M., disclosed self-harm in session on Thursday 7th "
            "and I waited for the following week's supervision to raise it instead of following "
            "the risk protocol."
        ),
        [
            ("Priya M.", "name"),
            ("Thursday 7th", "date"),
        ],
    ),
    (
        (
            "Writing this under my own name because I'm done hiding: Aoife Brannelly, NMC PIN "
            "11K3390E. I gave a treatment dose of enoxaparin to a lady on prophylaxis. She had a "
            "big haematoma and I had a hearing."
        ),
        [
            ("Aoife Brannelly", "self"),
            ("NMC PIN 11K3390E", "self"),
        ],
    ),
    (
        (
            "Prison healthcare. Gave the wrong man his in-possession meds on the wing because "
            "two lads had the same surname. I didn't ask for date of birth. That's the whole "
            "story."
        ),
        [],
    ),
    (
        (
            "First week as an F1 in Wales. Prescribed enoxaparin at treatment dose instead of "
            "prophylactic because I picked the wrong line on Epic. The ward pharmacist caught it "
            "the next morning."
        ),
        [],
    ),
    (
        (
            "HCA in a care home. Turned a resident on my own because we were short. Waterlow of "
            "20, and she had a skin tear the size of my palm after. I told the nurse straight "
            "away."
        ),
        [],
    ),
    (
        (
            "Physio on the stroke unit at St Elwith's. Mobilised Mr Haverty, 66, without "
            "checking his BP post-thrombolysis and he went down on me in the corridor. Caught "
            "him, just."
        ),
        [
            ("St Elwith's", "facility"),
            ("Mr Haverty", "name"),
            ("66", "age"),
        ],
    ),
    (
        (
            "Pharmacist, district hospital in Uganda. We ran out of artesunate and I dispensed "
            "oral quinine for a severe malaria case because I didn't want to send the family "
            "away with nothing. The child needed IV. Transferred next day."
        ),
        [],
    ),
    (
        (
            "Night shift in A&E. Bay 3, chest pain, NEWS2 of 5. I was juggling four cubicles and "
            "charted the 02:00 obs from memory at 02:40. They weren't right. Pt was fine but "
            "I've never done it since."
        ),
        [],
    ),
    (
        (
            "Sindh, government hospital, June heat. Heatstroke case and I cooled with fans only, "
            "no ice, because I was scared of shocking him. Core temp stayed above 40 for an "
            "hour. He survived with an AKI."
        ),
        [],
    ),
    (
        (
            "ex vet nurse, now an HCA at Linthwaite Court nursing home. I was asked to hand "
            "round tablets while the nurse was on break and gave Mrs Oduya's to her roommate Mrs "
            "Kettering. Told the nurse immediately. Obs stable."
        ),
        [
            ("Linthwaite Court", "facility"),
            ("Mrs Oduya", "name"),
            ("Mrs Kettering", "name"),
        ],
    ),
    (
        (
            "OT. Recommended a raised toilet seat but didn't check it fitted the actual toilet. "
            "Patient fell on day one home. Mostly bruises, mostly pride."
        ),
        [],
    ),
    (
        (
            "Care assistant on nights at a home out at Pennock Moor. Nana Vi (everyone called "
            "her that) had her bed rails down and I didn't check after the 2-hourly turn. Found "
            "her on the floor at 5."
        ),
        [
            ("Pennock Moor", "place"),
            ("Nana Vi", "name"),
        ],
    ),
    (
        (
            "Student nurse, yr 2. Did a set of obs and wrote the temperature in the resp rate "
            "box. Resp 37.2. My mentor laughed, which honestly helped."
        ),
        [],
    ),
    (
        (
            "Paeds nurse. Gave amoxicillin to a child with a penicillin allergy because the red "
            "band was on her ankle under a sock. Just hives, thankfully. I check every limb now."
        ),
        [],
    ),
    (
        (
            "Queensland, remote clinic. Station hand came in with a snake bite and I took the "
            "pressure bandage off to have a look. Every textbook says don't. Lucky for both of "
            "us it was a dry bite."
        ),
        [],
    ),
    (
        (
            "## ICU, PGY-3\n- Pt MRN 7730-4418-2\n- KCl ordered at double the max peripheral "
            "rate\n- my order, my units mix-up\nBedside RN caught it when the pt said the arm "
            "was burning."
        ),
        [
            ("MRN 7730-4418-2", "record"),
        ],
    ),
    (
        (
            "Our community team keeps a shared doc of 'at-risk' clients and I pasted the link "
            "into the open Teams channel by mistake: "
            "https://docs.corrbridge-care.net/s/crisis-list-v4 . It was up for two hours before "
            "someone flagged it."
        ),
        [
            ("https://docs.corrbridge-care.net/s/crisis-list-v4", "url"),
        ],
    ),
    (
        (
            "> 11/06/2024 22:10 Pt (Florence Tuamoana, 88) c/o chest tightness. Obs stable. For "
            "review.\nThat was my note. I never bleeped the doctor. Nobody saw her until the "
            "morning."
        ),
        [
            ("11/06/2024", "date"),
            ("Florence Tuamoana", "name"),
            ("88", "age"),
        ],
    ),
    (
        (
            "Hospice nurse. Set up a driver with midazolam and levomepromazine, didn't check the "
            "line was primed, and the first couple of hours went nowhere. She was agitated and I "
            "thought the drugs weren't working."
        ),
        [],
    ),
    (
        (
            "EMT, volunteer service out of Coulter Springs. We ran a 74-year-old from her ranch "
            "on Sage Hen Road to the critical access hospital and I never rechecked her glucose "
            "after the D10. She was 2.6 on arrival."
        ),
        [
            ("Coulter Springs", "place"),
            ("74-year-old", "age"),
            ("Sage Hen Road", "place"),
        ],
    ),
    (
        (
            "Student paramedic, first placement. I read the address back to control as 'Road' "
            "instead of 'Close' and we lost about four minutes. Crew lead said it happens but I "
            "keep replaying it."
        ),
        [],
    ),
    (
        (
            "CT1 on trauma. Missed a grade 3 splenic lac in a 19-year-old motorcyclist because I "
            "trusted a negative FAST and didn't push for CT sooner. He went to theatre at 2am "
            "instead of 10pm. My consultant, Mr Oyelaran, was kind about it, which somehow made "
            "it worse."
        ),
        [
            ("19-year-old", "age"),
            ("Mr Oyelaran", "name"),
        ],
    ),
    (
        (
            "Nurse at Ocea Hill Health Centre IV. I gave IV quinine to a 7 year old without "
            "checking her glucose first and she dropped to 1.9. Her mother, Mama Akello, held "
            "her while we pushed dextrose."
        ),
        [
            ("Ocea Hill Health Centre IV", "facility"),
            ("7 year old", "age"),
            ("Mama Akello", "name"),
        ],
    ),
    (
        (
            "Night shift, A&E at Harrowgill Royal. Mr Ashcombe, 77, was in cubicle 4 with chest "
            "pain and I filed his ECG in the wrong notes. The reg read a normal trace that "
            "belonged to someone else. We caught it 40 mins later when the trop came back."
        ),
        [
            ("Harrowgill Royal", "facility"),
            ("Mr Ashcombe", "name"),
            ("77", "age"),
        ],
    ),
    (
        (
            "Trauma fellow. Missed a tension pneumo on a resus chest film because the patient "
            "was rotated. The ED reg saw it before me. ATLS drilled this into us and I still "
            "missed it."
        ),
        [],
    ),
    (
        (
            "Care coordinator, CMHT. My client Anselm had his depot due on 2 October and I'd put "
            "it in the diary for 2 November. He was readmitted to Foxglove Ward a few weeks "
            "later, very unwell, and it came out in the review."
        ),
        [
            ("Anselm", "name"),
            ("2 October", "date"),
            ("2 November", "date"),
            ("Foxglove Ward", "facility"),
        ],
    ),
    (
        (
            "Nursing station at Kettle Narrows, 2 RNs, no doc overnight. A 6-week-old came in "
            "with a temp of 38.4 and I phoned the on-call in the city instead of starting the "
            "sepsis protocol myself. Baby Nakoda was fine, but she should have had antibiotics "
            "an hour earlier."
        ),
        [
            ("Kettle Narrows", "place"),
            ("6-week-old", "age"),
            ("Baby Nakoda", "name"),
        ],
    ),
    (
        (
            "Nights in northern Manitoba, nursing station. Blizzard, no medevac for 14 hours, "
            "and I under-resuscitated a DKA kid because I was scared of cerebral oedema. Bicarb "
            "8, pH 7.02. Survived. I still think about the fluids."
        ),
        [],
    ),
    (
        (
            "Montana, critical access hospital, 14 beds, I'm the only RN on nights. Hung heparin "
            "at 18 units/kg/hr instead of 12 for a PE. PTT was 190 at the 6-hour check. No "
            "bleed, thank god."
        ),
        [],
    ),
    (
        (
            "Healthcare at HMP Greystanes, nights. I gave a lad his methadone without checking "
            "the ID card photo and it was his cellmate. Both fine, but the incident number "
            "GS/24/0917 still makes me feel sick."
        ),
        [
            ("HMP Greystanes", "facility"),
            ("GS/24/0917", "record"),
        ],
    ),
    (
        (
            "On call from home, got a call from Ward 12 at Saltmarsh General (bleep 6613) asking "
            "about vanc dosing. I did the maths from memory and said 1.5 g q12h for a pt with a "
            "CrCl of 28. Trough came back at 41."
        ),
        [
            ("Ward 12 at Saltmarsh General", "facility"),
            ("bleep 6613", "phone"),
        ],
    ),
    (
        (
            "Second year student para, on placement out of the station at Corrie Bridge. Pt was "
            "a 58yo male, I went to take a BP on his fistula arm and my mentor Dev had to stop "
            "me. Not a disaster but I felt awful."
        ),
        [
            ("Corrie Bridge", "place"),
            ("58yo", "age"),
            ("Dev", "name"),
        ],
    ),
    (
        (
            "I'm the only perinatal mental health nurse covering Kilbrannagh and the islands, so "
            "people will know it's me, but I need to say it. A mum rang my work mobile (07823 "
            "441190) on 9 February and I didn't ring back for three days. She was admitted that "
            "weekend."
        ),
        [
            ("the only perinatal mental health nurse covering Kilbrannagh and the islands", "self"),
            ("07823 441190", "phone"),
            ("9 February", "date"),
        ],
    ),
    (
        (
            "Orthoptist at the eye clinic in Llanferran. I patched the wrong eye on a little "
            "girl, Mabli, aged 5, for six weeks because I transposed the VAs."
        ),
        [
            ("Llanferran", "place"),
            ("Mabli", "name"),
            ("aged 5", "age"),
        ],
    ),
    (
        (
            "I'm the district nurse for Drumlechan and Invercarrow, there's literally one of us. "
            "On 14th Jan I left the old fentanyl patch on Mr Gunn when I applied the new one, so "
            "he had two on overnight. Drowsy, RR 8, ambulance."
        ),
        [
            ("the district nurse for Drumlechan and Invercarrow", "self"),
            ("14th Jan", "date"),
            ("Mr Gunn", "name"),
        ],
    ),
    (
        (
            "PICU nurse at the Brambleside Centre. I didn't do Ezekiel's 15-min obs at 03:15 and "
            "03:30 but signed for them. He'd tied a ligature at 03:25. We got to him. Bed "
            "booking ref BB-44021 if that means anything to anyone."
        ),
        [
            ("the Brambleside Centre", "facility"),
            ("Ezekiel", "name"),
            ("Bed booking ref BB-44021", "record"),
        ],
    ),
    (
        (
            "Hospice doctor. Converted a patient from oral morphine to a subcut driver and "
            "divided by 3 (the diamorphine ratio) when we were using morphine. He was in pain "
            "all night. The family were lovely about it, which made it harder."
        ),
        [],
    ),
    (
        (
            "Hospice night sister. Held the PRN oxycodone because the last dose was at 01:30 and "
            "I misread the interval as 4-hourly when it was hourly. At 03:00 I heard her crying "
            "out. On nights again Saturday and dreading it."
        ),
        [],
    ),
    (
        (
            "Trauma surgery trainee, ST3. GCS 14 on arrival, dropped to 11 during my secondary "
            "survey and I didn't notice for maybe ten minutes because I was fixated on the "
            "pelvis. CT showed an extradural. He did well after evacuation."
        ),
        [],
    ),
    (
        (
            "Midwife, labour ward. Apgar 7 at one minute and I didn't call paeds because I "
            "thought baby would pink up. At five minutes it was 5. Paeds came, bag and mask, "
            "baby fine. But I hesitated."
        ),
        [],
    ),
    (
        (
            "A&E, Christmas Eve. Man in the corridor with a head lac and I assumed he was just "
            "drunk. GCS was actually 13 and dropping. CT showed a small subdural. I'll never "
            "assume again."
        ),
        [],
    ),
    (
        (
            "SBAR fail. Rang the reg and gave a lovely S and B and completely forgot the R. He "
            "said 'so what do you want me to do?' and I had nothing. Lactate 4.2, and fluids "
            "didn't start for another hour. NICE NG51 was right there on the wall."
        ),
        [],
    ),
    (
        (
            "Social worker. Told a mum her referral to CAMHS had gone when it hadn't. I'd "
            "written it and never pressed send. Found it in my drafts three weeks later."
        ),
        [],
    ),
    (
        (
            "Community midwife, my caseload is basically TR28 4XJ and around. Baby Harlow was "
            "born at home on 22/08/23 and the newborn exam didn't happen within 72 hours because "
            "I assumed the GP had booked it."
        ),
        [
            ("TR28 4XJ", "place"),
            ("Baby Harlow", "name"),
            ("22/08/23", "date"),
        ],
    ),
    (
        (
            "> Referral: Tobias Wren-Hallett, DOB 03/11/2017, hosp no. RT5520981\n> Reason: ?new "
            "onset esotropia\nI triaged it as routine without reading the second line. He waited "
            "14 weeks."
        ),
        [
            ("Tobias Wren-Hallett", "name"),
            ("03/11/2017", "date"),
            ("hosp no. RT5520981", "record"),
        ],
    ),
    (
        (
            "Practice nurse at Tasman Rock Medical, small town. Gave a 2-month-old her rotavirus "
            "vaccine twice because the first dose hadn't been entered. Mum texted me from 021 "
            "447 3390 that night asking if it was dangerous and I didn't know what to say."
        ),
        [
            ("Tasman Rock Medical", "facility"),
            ("2-month-old", "age"),
            ("021 447 3390", "phone"),
        ],
    ),
    (
        (
            "Radiographer, mobiles. I x-rayed the wrong patient in side room 2 on the Kestrel "
            "Unit. The request said Abdirahman Farah and the man in the bed was a different Mr "
            "Farah. We didn't do a proper ID check."
        ),
        [
            ("Kestrel Unit", "facility"),
            ("Abdirahman Farah", "name"),
        ],
    ),
    (
        (
            "District nurse, home visit. K+ 6.1 on a routine bloods and I put it in the Monday "
            "pile because it was Friday at 4. The GP rang the patient that evening. Thank God "
            "for them."
        ),
        [],
    ),
    (
        (
            "**What happened:** I'm an orthoptist. Did a cover test on a little one, missed an "
            "intermittent exotropia because she was tired and not fixating.\n**What I learned:** "
            "rebook when the kid is flagging, don't force a result."
        ),
        [],
    ),
    (
        (
            "My worst shift, in a list:\n- 4 admissions in 2 hours\n- a pump alarm I silenced "
            "and forgot\n- TPN ran dry for 40 min\n- BM of 2.9 on the next check\nAll on me. "
            "Datix submitted."
        ),
        [],
    ),
    (
        (
            "Physio. Let a gentleman with Parkinson's walk to the toilet without his frame "
            "because he said he felt steady. He fell. No fracture. I wrote it all up and told "
            "his daughter myself."
        ),
        [],
    ),
    (
        (
            "Counsellor here. Called my client by another client's name mid-session. Small slip, "
            "huge rupture. Thought about Rogers and unconditional positive regard and felt like "
            "a complete fraud."
        ),
        [],
    ),
    (
        (
            "Children's social worker. The Delacroix-Mbekis were on my caseload (case ref "
            "CP-88120) and I skipped the unannounced visit because the road was flooded. I "
            "didn't rebook for 11 days."
        ),
        [
            ("The Delacroix-Mbekis", "name"),
            ("case ref CP-88120", "record"),
        ],
    ),
    (
        (
            "Paramedic, rural New Zealand. Transport over an hour, chest pain, and I gave GTN "
            "with a systolic of 95 because he was begging for relief. BP dropped to 70. Fluids "
            "and it came back. Never again."
        ),
        [],
    ),
    (
        (
            "School nurse at Bryn Celyn Primary. Year 4 boy, Ellis Vaughan-Rees, has an epilepsy "
            "care plan and I'd left his buccal midazolam locked in my office the day his class "
            "went to the beach at Traeth Melyn. He seized on the coach. A teacher called 999 and "
            "it settled, but I was 20 miles away."
        ),
        [
            ("Bryn Celyn Primary", "facility"),
            ("Ellis Vaughan-Rees", "name"),
            ("Traeth Melyn", "place"),
        ],
    ),
    (
        (
            "Residential care manager. We had a COVID-19 outbreak last winter and I let a family "
            "visit in the garden against policy because their mum was end of life. Two staff "
            "went off sick the next week. I don't know if it was the visit. I'd probably do it "
            "again."
        ),
        [],
    ),
    (
        (
            "On-call pharmacist. Got rung at 03:10 about a gentamicin level, told the F1 to give "
            "the next dose, read the level as 0.8 when it was 8.0. Day team caught it before the "
            "dose went up. Kidneys OK."
        ),
        [],
    ),
    (
        (
            "Care coordinator. Client missed three appointments and I discharged him to the GP "
            "per the DNA policy. Two months later he was detained under the Mental Health Act. "
            "Policies exist for a reason but so does clinical judgement."
        ),
        [],
    ),
    (
        (
            "3rd yr student on Ward 4C, Marlow Park Hospital. My patient was 102, which sort of "
            "gives it away. I let her eat toast before the swallow screen was done. She coughed "
            "and coughed."
        ),
        [
            ("Ward 4C, Marlow Park Hospital", "facility"),
            ("102", "age"),
        ],
    ),
    (
        (
            "School nurse. Gave a Year 9 paracetamol 500 mg x2 for a headache without checking "
            "the consent form, which said no meds without a call home. Mum was furious, and fair "
            "enough."
        ),
        [],
    ),
    (
        (
            "Community pharmacist on Carrigeen Street, the one next to the chippy. I handed Mrs "
            "Tierney's meds to her neighbour who said she'd drop them in. Turns out they'd "
            "fallen out years ago and the bag never arrived."
        ),
        [
            ("Carrigeen Street", "place"),
            ("Mrs Tierney", "name"),
        ],
    ),
    (
        (
            "We had a resident, Gwenllian, 93, on level 2 thickened fluids. A new bank carer "
            "gave her an ordinary cup of tea in the lounge at Rowan House. She aspirated and "
            "spent five days on the medical ward. As manager I hadn't updated the handover sheet "
            "after SALT's visit."
        ),
        [
            ("Gwenllian", "name"),
            ("93", "age"),
            ("Rowan House", "facility"),
        ],
    ),
    (
        (
            "> Hi Lorcan,\n> Just confirming Mrs Breadun's warfarin is held tonight for the "
            "procedure tomorrow.\n> Thanks, Siobhan\nI read it, thought 'grand', and gave the "
            "warfarin at 18:00 anyway because it was on the chart and I was on autopilot."
        ),
        [
            ("Lorcan", "name"),
            ("Mrs Breadun", "name"),
            ("Siobhan", "name"),
        ],
    ),
    (
        (
            "Band 6 in ICU. Forgot to restart the propofol after a line change and the patient "
            "woke up agitated and grabbed at the ET tube. RASS +3. We sorted it but I was "
            "shaking for the rest of the shift."
        ),
        [],
    ),
    (
        (
            "School nurse somewhere rural (not saying where). Forgot the adrenaline pen training "
            "for new staff in September and a kid reacted at lunch in October. The teacher used "
            "the pen correctly anyway. I felt sick for a week."
        ),
        [],
    ),
    (
        (
            "> sorry to text so late its Moira, dads breathing is weird, shd I ring 111??\nThat "
            "came in at 23:50 to my personal phone and I was asleep. Her dad Alasdair died "
            "before I woke. I'd given out my own number, which I knew I shouldn't."
        ),
        [
            ("Moira", "name"),
            ("Alasdair", "name"),
        ],
    ),
    (
        (
            "> From: m.ferreira-lund@larchwoodhospice.org\n> Subject: Mr Dunstable's syringe "
            "driver\nThat email came in on the Saturday and I didn't open it until Monday. He'd "
            "been in pain for a day and a half."
        ),
        [
            ("m.ferreira-lund@larchwoodhospice.org", "email"),
            ("Mr Dunstable", "name"),
        ],
    ),
    (
        (
            "Care co-ordinator, CMHT. Client in his 40s stopped his clozapine for a week while "
            "away and I restarted at full dose instead of retitrating. He had a seizure. He "
            "recovered; I had a very long conversation with the consultant."
        ),
        [],
    ),
    (
        (
            "Datix INC-2291-KX if anyone from my trust is reading, which I know is stupid to "
            "post. I drew up the oxycodone concentrate instead of the 1 mg/ml solution because "
            "the boxes look the same. Ten times the dose. Naloxone, 1:1 for the night, full "
            "recovery."
        ),
        [
            ("Datix INC-2291-KX", "record"),
        ],
    ),
    (
        (
            "ED RN, nights, Mercy Valley Medical Center. Gave a 34 y/o toradol with a documented "
            "NSAID allergy because I didn't scroll down. Ticket #RL-556-3021 in the safety "
            "system if you work here."
        ),
        [
            ("Mercy Valley Medical Center", "facility"),
            ("34 y/o", "age"),
            ("Ticket #RL-556-3021", "record"),
        ],
    ),
    (
        (
            "Coding mix-up: I put the ICD-10 code for the wrong diagnosis on a discharge summary "
            "and it caused her a mountain of admin afterwards. DSM-5 in my head, wrong code on "
            "the page. Admin mistake, but it hurt her."
        ),
        [],
    ),
]
