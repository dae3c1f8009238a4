"""Round 16 of issue 14's evaluation, the latest untouched set: 160 stories (80 safe, 315
spans) from two helpers who saw only the labeling guide (identifier_round2.md), never the
check's rules, corpora or code: continence and diabetes specialist nurses, bereavement
counsellors, spinal-injury physiotherapists, discharge coordinators, MRI radiographers,
trainee clinical psychologists, community dental officers (Middlesbrough, Athlone, Moncton,
Mbarara, Bundaberg, Idaho, Llandudno, Sylhet); midwifery support workers, social-care
assessors, neonatal transport nurses, psychiatric liaison nurses, sports physiotherapists,
community pharmacists, hospital interpreters, dialysis technicians (Carlisle, Letterkenny,
Lethbridge, Mwanza, Whangārei, Montana, Hereford, Rawalpindi). Measured once with the rules
written against rounds 1 to 11 and 13 to 15, and nothing written against it: see
test_identifiers.py and bench/README.md. Entries as in identifier_corpus."""

ROUND_16_Y = [
    (
        (
            "Pt left her hearing aids in during a head MRI — I'd asked, she nodded, I "
            "didn't double check. Aid was damaged, no burn. Her name was Yvette Gaudet, she "
            "was 76, Medicare # 418 227 905. I was the only MRI tech on nights at Codiac "
            "Bay Hospital that week so there's no hiding who it was."
        ),
        [
            ("Yvette Gaudet", "name"),
            ("she was 76", "age"),
            ("Medicare # 418 227 905", "record"),
            ("the only MRI tech on nights at Codiac Bay Hospital that week", "self"),
        ],
    ),
    (
        (
            "- ASIA C, T11\n- day 9 post-fixation\n- I progressed to standing frame without "
            "checking the spinal precautions sheet\n\nThe surgeon had written 'no flexion "
            "beyond 60° for 6/52'. Nothing came of it, but I should have read it. The "
            "Queensland protocol is clear about this."
        ),
        [],
    ),
    (
        (
            "Sent Mr Stanley Alderson home to the Lowfield Rise estate on a Friday with no "
            "package of care in place because I assumed the reablement team had picked up "
            "my referral. They hadn't. He fell Saturday night. Referral ref REA-0091734. My "
            "email to them from discharge.hub@teesmouthgeneral.nhs.uk was sat in drafts."
        ),
        [
            ("Mr Stanley Alderson", "name"),
            ("the Lowfield Rise estate", "place"),
            ("REA-0091734", "record"),
            ("discharge.hub@teesmouthgeneral.nhs.uk", "email"),
        ],
    ),
    (
        (
            "Discharged a Medicaid patient to a SNF that wasn't in-network. Denied, and the "
            "family got a bill. I'd looked at the wrong payer list in Epic. Now I "
            "screenshot the network check and attach it. The case managers in Boise call it "
            "the 'screenshot rule' now."
        ),
        [],
    ),
    (
        (
            "On placement I left my supervision notes on the printer at Glan Morfa CMHT. "
            "Top page said:\n> Client: Gwenllian Roberts, DOB 11/05/1987, NHS no. 612 884 "
            "0937\nA receptionist found it and handed it back, but it had sat there about an "
            "hour. I'm the only trainee clinical psychologist on placement at Glan Morfa "
            "this year so everyone knew it was mine."
        ),
        [
            ("Glan Morfa CMHT", "facility"),
            ("Gwenllian Roberts", "name"),
            ("11/05/1987", "date"),
            ("NHS no. 612 884 0937", "record"),
            ("the only trainee clinical psychologist on placement at Glan Morfa this year", "self"),
        ],
    ),
    (
        (
            "Mobilising Mr Byaruhanga (IP No. 2022/4471) on the spinal unit at Rwizi Hills "
            "Referral Hospital, I didn't check the brace was fitted properly before sitting "
            "him up. He was T10 incomplete, and he slid. No new injury on imaging but his "
            "wife Kyomuhendo called me on +256 772 418 306 that evening furious, and she "
            "was right."
        ),
        [
            ("Mr Byaruhanga", "name"),
            ("IP No. 2022/4471", "record"),
            ("Rwizi Hills Referral Hospital", "facility"),
            ("Kyomuhendo", "name"),
            ("+256 772 418 306", "phone"),
        ],
    ),
    (
        (
            "> From: dsn.clinic@hillsmereregional.ca\n> To: Marc Leblanc\n> Your next "
            "appointment is 22 May 2024. Please bring your pump.\n\nMarc was on MDI, not a "
            "pump. I'd copy-pasted from another patient's template. Small thing, but he "
            "lost trust in our clinic."
        ),
        [
            ("dsn.clinic@hillsmereregional.ca", "email"),
            ("Marc Leblanc", "name"),
            ("22 May 2024", "date"),
        ],
    ),
    (
        (
            "Hi Brenda,\nJust following up on the catheter change for your dad at Silver "
            "Sage Assisted Living — I'm so sorry I used the wrong size Foley on Tuesday "
            "9th. Call me at (208) 555-0147 if he has any more bypassing.\n\nThat's the text "
            "I sent. Wrong Brenda. It went to another patient's daughter."
        ),
        [
            ("Brenda", "name"),
            ("Silver Sage Assisted Living", "facility"),
            ("Tuesday 9th", "date"),
            ("(208) 555-0147", "phone"),
        ],
    ),
    (
        (
            "Forgot to check the medical history update for Kelsey Dobson, aged 11, at "
            "Lowfield Community Dental Clinic — she'd been started on a bisphosphonate. We "
            "extracted anyway. Mum's number 07831 426 905, NHS no. 487 221 6630."
        ),
        [
            ("Kelsey Dobson", "name"),
            ("aged 11", "age"),
            ("Lowfield Community Dental Clinic", "facility"),
            ("07831 426 905", "phone"),
            ("NHS no. 487 221 6630", "record"),
        ],
    ),
    (
        (
            "I'm Karen Pettigrew, the continence CNC out of Cassowary Point Hospital, AHPRA "
            "NMW0001847263 — so yes, this will identify me, I've accepted that. I ordered "
            "an IDC without the bladder scan and the pt, Noel, 79, only had 120 mL "
            "residual."
        ),
        [
            ("Karen Pettigrew", "self"),
            ("Cassowary Point Hospital", "facility"),
            ("AHPRA NMW0001847263", "self"),
            ("Noel", "name"),
            ("79", "age"),
        ],
    ),
    (
        (
            "Arranged a nursing home bed for Mrs Bridie Fallon, 91, at Cloncarrig House "
            "Nursing Home, but I sent the Fair Deal paperwork with her old address, 6 Lough "
            "Ree View, Carrickmoy, N37 K2T9, instead of her daughter's. Delayed the whole "
            "thing a fortnight."
        ),
        [
            ("Mrs Bridie Fallon", "name"),
            ("91", "age"),
            ("Cloncarrig House Nursing Home", "facility"),
            ("6 Lough Ree View", "place"),
            ("Carrickmoy", "place"),
            ("N37 K2T9", "place"),
        ],
    ),
    (
        (
            "Transferred Md. Jalal Uddin, 45, from bed to wheelchair alone at Surma "
            "Riverside Hospital because no attendant was free. T6 paraplegic, he slipped "
            "and scraped his sacrum. His son's number is still in my phone, 01819-407253, "
            "because I called him to explain."
        ),
        [
            ("Md. Jalal Uddin", "name"),
            ("45", "age"),
            ("Surma Riverside Hospital", "facility"),
            ("01819-407253", "phone"),
        ],
    ),
    (
        (
            "In a Welsh-speaking family assessment I asked the grandmother questions via "
            "her teenage grandson rather than booking an interpreter. She said very little "
            "and what she did say, he softened. Bad practice. The Welsh Language Standards "
            "exist for a reason."
        ),
        [],
    ),
    (
        (
            "Our 1.5T went down mid-list and I rushed the restart, skipping the helium "
            "level check. Engineer said it was fine, but I had no business doing that. Lost "
            "four scans, rebooked for Monday. Western Uganda only has a handful of MRI "
            "units, so every lost slot matters."
        ),
        [],
    ),
    (
        (
            "Gave gadolinium to a patient with eGFR 24 because the creatinine was from the "
            "previous year. Mst. Hasina Akter, 63, Surma View Diagnostic Centre, patient ID "
            "SVD-230817-44. She had to go to dialysis early."
        ),
        [
            ("Mst. Hasina Akter", "name"),
            ("63", "age"),
            ("Surma View Diagnostic Centre", "facility"),
            ("SVD-230817-44", "record"),
        ],
    ),
    (
        (
            "Night shift, 02:40, BG 38 mg/dL on a man in his 60s. I gave D50 but forgot to "
            "recheck at 15 minutes because a rapid response was called on the next unit. "
            "Recheck at 03:30 was 41. He was fine, but that's an hour of hypoglycemia on my "
            "watch. Epic had the reminder; I dismissed it."
        ),
        [],
    ),
    (
        (
            "I forgot the anniversary. Marlene's son died on 17 August 2021 and she'd told "
            "me that date mattered more than Christmas. I scheduled her for that exact "
            "morning at our rooms on 14 Wattle Lane, Cassia Rise. She came, but she "
            "shouldn't have had to."
        ),
        [
            ("Marlene", "name"),
            ("17 August 2021", "date"),
            ("14 Wattle Lane", "place"),
            ("Cassia Rise", "place"),
        ],
    ),
    (
        (
            "Band 5, first solo weekend. Didn't check a patient's pre-scan form properly:\n> "
            "cochlear implant: ?\nI read the question mark as no. Pulled him out as soon as "
            "he mentioned a magnet in his head. Datix filed, debrief with my superintendent "
            "on Monday."
        ),
        [],
    ),
    (
        (
            "I arranged a home oxygen delivery for the wrong day — Sunday instead of "
            "Saturday. The patient (COPD, in her 80s) went home on Saturday with a single "
            "cylinder that ran out overnight. She called 000. Now oxygen has to be "
            "confirmed before discharge is even booked."
        ),
        [],
    ),
    (
        (
            "**What happened:** I booked patient transport for Mr Keith Lowrie, 88, back to "
            "Banksia Grove Aged Care but put the wrong number on the form (URN 772019), so "
            "the driver turned up for someone else entirely.\n**What I changed:** I now read "
            "the URN back to the ward. The family's number was (07) 4153 2286 and I had to "
            "ring them twice to explain."
        ),
        [
            ("Mr Keith Lowrie", "name"),
            ("88", "age"),
            ("Banksia Grove Aged Care", "facility"),
            ("URN 772019", "record"),
            ("(07) 4153 2286", "phone"),
        ],
    ),
    (
        (
            "School screening at Gortnaclogh National School: I put the referral letters in "
            "the wrong bags, so a parent got a letter about another child's abscess. The "
            "letter read:\n> Dear Parent of Saoirse Kenny (DOB 03/09/2016),\nIt had our "
            "clinic phone too, 090 647 3381. HSE complaint ref COM-WM-5521."
        ),
        [
            ("Gortnaclogh National School", "facility"),
            ("Saoirse Kenny", "name"),
            ("03/09/2016", "date"),
            ("090 647 3381", "phone"),
            ("COM-WM-5521", "record"),
        ],
    ),
    (
        (
            "Extracted the wrong molar on a child at our outreach camp in Noyagaon Tila — I "
            "misread the chart. The boy was Rafiul, aged 9. His father's number on the "
            "register was 01716-384529. Camp reg. no. CDO/SYL/2023/118."
        ),
        [
            ("Noyagaon Tila", "place"),
            ("Rafiul", "name"),
            ("aged 9", "age"),
            ("01716-384529", "phone"),
            ("CDO/SYL/2023/118", "record"),
        ],
    ),
    (
        (
            "Wrote 'TWOC successful' for Mr Emlyn Parry on Ward Tryfan when I'd actually "
            "copied the entry from the bed next door. He went into retention overnight, 900 "
            "mL out on recatheterisation. Datix W-23104. The email from the ward sister "
            "(s.owen@ysbytytregorlan.wales.nhs.uk) was fair but firm."
        ),
        [
            ("Mr Emlyn Parry", "name"),
            ("Ward Tryfan", "facility"),
            ("Datix W-23104", "record"),
            ("s.owen@ysbytytregorlan.wales.nhs.uk", "email"),
        ],
    ),
    (
        (
            "Friday afternoon discharge, bed 14, patient in her 90s going home with a new "
            "walker. I didn't confirm home care had started — there was a waitlist in New "
            "Brunswick that week. She spent the weekend with no help. Monday the family "
            "called the unit. I now never close a discharge after 2 pm Friday without a "
            "confirmed start."
        ),
        [],
    ),
    (
        (
            "I sent out a continence aids order under the state scheme and forgot to renew "
            "the yearly assessment, so the delivery was stopped. Pt in his 90s ran out of "
            "pads for eight days. The TENA rep actually noticed before I did."
        ),
        [],
    ),
    (
        (
            "I put the wrong link in a patient's discharge letter. Instead of the Libre "
            "training video I pasted "
            "https://sharepoint.teesmouthgeneral.nhs.uk/sites/dsn/"
            "patients/K881203-insulin-plan.docx "
            "which was another patient's plan, hospital number K881203 right there in the "
            "file name."
        ),
        [
            (
                (
                    "https://sharepoint.teesmouthgeneral.nhs.uk/sites/dsn/patients/K881203-insulin-plan.docx"
                ),
                "url",
            ),
            ("hospital number K881203", "record"),
        ],
    ),
    (
        (
            "I ran over time with one client and the next one, whose husband had died at "
            "Christmas, was left sitting in the waiting room for 25 minutes. She thought "
            "I'd forgotten her. I now build a 15-minute gap between sessions."
        ),
        [],
    ),
    (
        (
            "I sent a session summary to the wrong client. The header read:\n> To: "
            "l.cormier.family@mailbox-nb.ca\n> Re: Session 6 — grief after Réjean's death on "
            "2 February 2023\nThe client who received it knew the Cormiers from church. I "
            "still feel sick about it."
        ),
        [
            ("l.cormier.family@mailbox-nb.ca", "email"),
            ("Réjean", "name"),
            ("2 February 2023", "date"),
            ("the Cormiers", "name"),
        ],
    ),
    (
        (
            "During an outreach I forgot to ask about sickle cell before extracting a tooth "
            "on a young girl. She had HbSS and had a crisis the next day, likely triggered "
            "by pain and dehydration. I now ask every child's guardian about sickle cell "
            "first."
        ),
        [],
    ),
    (
        (
            "Forgot to give ear protection to a patient for a 45-minute lumbar spine scan "
            "on our 3T. He complained of ringing in his ears for two days. The earplugs "
            "were right there in the drawer. NO excuse."
        ),
        [],
    ),
    (
        (
            "I made our grief cafe's Facebook event public — "
            "https://facebook.com/events/griefcafe-rhiannon-memorial-2023 — it was named "
            "after a client's late mother at her request, but I hadn't checked the privacy "
            "settings. Rhiannon's daughter, Mrs Elin Jarvis, was upset that strangers could "
            "RSVP."
        ),
        [
            ("https://facebook.com/events/griefcafe-rhiannon-memorial-2023", "url"),
            ("Rhiannon", "name"),
            ("Mrs Elin Jarvis", "name"),
        ],
    ),
    (
        (
            "Told a patient to stop her metformin before a CT with contrast — that's old "
            "advice; her eGFR was 78 and current guidance doesn't require it. She ran high "
            "for 3 days. North Wales isn't behind on this, I was."
        ),
        [],
    ),
    (
        (
            "Dafydd, 34, C6 tetraplegic after a quad-bike crash on his farm above Cwm "
            "Eithin. I did passive stretches without checking for autonomic dysreflexia "
            "signs — BP went to 190/110 and he got a pounding headache. His bladder was "
            "full. Ward Enlli, Ysbyty Tre'r Gorlan. Datix W-22817."
        ),
        [
            ("Dafydd", "name"),
            ("34", "age"),
            ("Cwm Eithin", "place"),
            ("Ward Enlli", "facility"),
            ("Ysbyty Tre'r Gorlan", "facility"),
            ("Datix W-22817", "record"),
        ],
    ),
    (
        (
            "## Mistake\nTilt table session with Luc, 41, 3 weeks post-SCI — I took the BP "
            "cuff off too early and he went presyncopal at 60°.\n## Where\nRehab gym, 4th "
            "floor, Hillsmere Regional.\n## Follow-up\nSpoke to his partner Chantal at (506) "
            "555-0183."
        ),
        [
            ("Luc", "name"),
            ("41", "age"),
            ("Hillsmere Regional", "facility"),
            ("Chantal", "name"),
            ("(506) 555-0183", "phone"),
        ],
    ),
    (
        (
            "Sent a recall letter to a client with learning disabilities at his group "
            "home:\n> Dear Guy Thibodeau,\n> Your treatment under GA is booked for 7 "
            "November.\nThe date was wrong — the slot was another client's. Guy lives at "
            "Maison des Pins, 88 rue Arsenault, and staff had already arranged transport."
        ),
        [
            ("Guy Thibodeau", "name"),
            ("7 November", "date"),
            ("Maison des Pins", "facility"),
            ("88 rue Arsenault", "place"),
        ],
    ),
    (
        (
            "Text I sent to my client by mistake instead of to my supervisor:\n> hey Priya, "
            "can we talk about Jacinta's risk stuff tmrw? she said some dark things "
            "today\nJacinta's number was right above Priya's in my phone (0438 217 904). I'm "
            "a trainee at Burnett Coast Psychology Clinic."
        ),
        [
            ("Priya", "name"),
            ("Jacinta", "name"),
            ("0438 217 904", "phone"),
            ("Burnett Coast Psychology Clinic", "facility"),
        ],
    ),
    (
        (
            "Scanned a pt with a pacemaker I hadn't screened properly because the form said "
            "'no implants'. Delores Ruckman, 67, from out near Coyote Bench. MR-conditional "
            "device thankfully, but I skipped the cardiology check entirely. Incident "
            "report #IR-208-5531 at Sawtooth Valley Medical Center."
        ),
        [
            ("Delores Ruckman", "name"),
            ("67", "age"),
            ("Coyote Bench", "place"),
            ("#IR-208-5531", "record"),
            ("Sawtooth Valley Medical Center", "facility"),
        ],
    ),
    (
        (
            "A widow, Mrs Kyarikunda, came to the group at Kibona Parish Hall and I asked "
            "her to share first, not knowing her husband had died only 4 days before, on 12 "
            "March. She broke down. Her sister phoned me on 0701 553 829 afterwards."
        ),
        [
            ("Mrs Kyarikunda", "name"),
            ("Kibona Parish Hall", "facility"),
            ("12 March", "date"),
            ("0701 553 829", "phone"),
        ],
    ),
    (
        (
            "Scored the BDI-II on a client and missed that item 9 was endorsed. Only "
            "noticed when typing the report 2/7 later. Rang, safety plan done, she was "
            "okay. I now check item 9 in the room, before the client leaves."
        ),
        [],
    ),
    (
        (
            "Gave articaine to a 7-year-old without checking the weight on the form — Osian "
            "Hughes, 19 kg, dose was borderline. He was fine, but I rang his mam (07934 612 "
            "580) to come in. Clinig Bryn Gwylan, 3 Ffordd Tegid."
        ),
        [
            ("7-year-old", "age"),
            ("Osian Hughes", "name"),
            ("07934 612 580", "phone"),
            ("Clinig Bryn Gwylan", "facility"),
            ("3 Ffordd Tegid", "place"),
        ],
    ),
    (
        (
            "Did a manual muscle test on a fresh C5 injury without checking orders — still "
            "in a halo, and I had him push against resistance at the shoulder. No change on "
            "follow-up imaging but the neurosurgery PA was rightly annoyed. The PGY-2 "
            "resident had the same reaction I did: oof."
        ),
        [],
    ),
    (
        (
            "Recommended a condom catheter for a man in his 80s with dementia without "
            "thinking about whether he'd pull it off. He did, every night. The care aides "
            "were changing his bed three times a shift. Should've done a proper trial and "
            "listened to staff first."
        ),
        [],
    ),
    (
        (
            "I did a silver diamine fluoride treatment on a preschooler's front teeth "
            "without showing the parent a photo of the black staining first. Consent was "
            "technically signed, but the mom was shocked. Now I show before/after photos "
            "every time."
        ),
        [],
    ),
    (
        (
            "I recommended a 'bladder diary for 3 days' to a man in his 70s with nocturia "
            "but didn't explain how to measure volumes. He came back with a diary of times "
            "only. Wasted a month. Now I give out the measuring jug at the first visit. The "
            "HSE leaflet helps too."
        ),
        [],
    ),
    (
        (
            "Explained sick-day rules for a man on dapagliflozin but forgot to tell him to "
            "stop it when vomiting. Euglycaemic DKA, glucose only 11, ketones 5.2. ICU for "
            "two nights. I now have a printed SGLT2 sick day card and go through it line by "
            "line."
        ),
        [],
    ),
    (
        (
            "Prescribed amoxicillin 500 mg TDS for a dental abscess in an adult with a "
            "documented penicillin allergy — I hadn't scrolled down on the medical history. "
            "The pharmacist caught it. Switched to metronidazole 400 mg. Lucky."
        ),
        [],
    ),
    (
        (
            "A couple came to see me after a stillbirth at 36 weeks and I kept saying 'the "
            "baby' instead of asking his name. They told me, gently, at the end. I should "
            "have asked in the first five minutes. I've changed my intake form."
        ),
        [],
    ),
    (
        (
            "We have one tilt table for the whole ward. I left a patient on it at 70° while "
            "I answered a call, about 10 minutes. He got dizzy and his BP fell to 80/50. I "
            "lowered him straight away when I got back. Never leave the tilt table — I've "
            "said that to every intern since."
        ),
        [],
    ),
    (
        (
            "Band 6 continence nurse on Teesside here. Started a pt in her 80s on "
            "oxybutynin 5 mg BD without checking her ACB score — she was already on "
            "amitriptyline. Two weeks later she was confused and the GP rang us. Switched "
            "to mirabegron. I now do an anticholinergic burden check every time."
        ),
        [],
    ),
    (
        (
            "I advised a woman in her 50s to reduce fluids to cut urgency. In the summer "
            "heat. She ended up dehydrated with a UTI. I now talk about bladder irritants "
            "and timed voiding instead of blanket fluid restriction."
        ),
        [],
    ),
    (
        (
            "In the mobile van I gave a kid in Year 2 an adult-strength toothpaste sample "
            "(5000 ppm) to take home. Mum rang the service, understandably. Queensland "
            "Health guidance is clear — under 6s get low-fluoride paste. I now sort the "
            "samples bin by age band."
        ),
        [],
    ),
    (
        (
            "**Mistake:** used a sliding sheet alone on a T4 complete pt with a grade 2 "
            "sacral sore.\n**Why:** short-staffed, HCA on break.\n**Outcome:** shearing, "
            "Waterlow went from 18 to 22 on reassessment.\n**Change:** two-person rule, no "
            "exceptions."
        ),
        [],
    ),
    (
        (
            "A 58-year-old rickshaw driver, Abdul Motin, was told by me to take his "
            "gliclazide with or without food — I said it too quickly in Sylheti and he took "
            "it fasting during Ramadan. Hypo at 3.1, brought into Surma Riverside Hospital. "
            "Reg. No. 45117/23."
        ),
        [
            ("58-year-old", "age"),
            ("Abdul Motin", "name"),
            ("Surma Riverside Hospital", "facility"),
            ("Reg. No. 45117/23", "record"),
        ],
    ),
    (
        (
            "I planned a group session for bereaved mothers on a Friday afternoon, "
            "forgetting Jumu'ah prayers. Half the families couldn't come and one mother "
            "felt we didn't understand her at all. I moved it to Saturday mornings and "
            "asked the group what suits them."
        ),
        [],
    ),
    (
        (
            "Taught a new mum pelvic floor exercises at the postnatal clinic but missed "
            "that she had a fistula — she was leaking constantly and I put it down to "
            "stress incontinence. Ainembabazi Grace, 26, of Kashanda village. She was "
            "referred on to Bugashe Mission Hospital three weeks later than she should have "
            "been."
        ),
        [
            ("Ainembabazi Grace", "name"),
            ("26", "age"),
            ("Kashanda village", "place"),
            ("Bugashe Mission Hospital", "facility"),
        ],
    ),
    (
        (
            "I used the PHQ-9 in English with a francophone client because the French form "
            "wasn't printed. He scored 8, I wrote 'mild'. Later, in French, he described "
            "much more. DSM-5 criteria for MDD were clearly met. Language matters more than "
            "I gave it credit for."
        ),
        [],
    ),
    (
        (
            "During my placement I posted a de-identified (I thought) case reflection on "
            "our cohort's shared drive: "
            "https://docs.mbr-psytrain.org/reflections/atuhaire-case-3 — the URL itself had "
            "the client's surname. Client: Atuhaire Prossy, 23, from Rukindo cell. My "
            "supervisor Dr Natukunda caught it within a day."
        ),
        [
            ("https://docs.mbr-psytrain.org/reflections/atuhaire-case-3", "url"),
            ("Atuhaire Prossy", "name"),
            ("23", "age"),
            ("Rukindo cell", "place"),
            ("Dr Natukunda", "name"),
        ],
    ),
    (
        (
            "A client whose husband died by suicide asked me if it was her fault. I said "
            "'of course not' too quickly, and she stopped trusting that I could hear the "
            "hard stuff. Carl Rogers would have had something to say. I've since done the "
            "AAS postvention training."
        ),
        [],
    ),
    (
        (
            "Pushed a client with an L1 incomplete injury through the FES bike session even "
            "though he said his legs felt 'weird and hot'. Turned out his skin under the "
            "electrodes was reddened. Minor, but I ignored him. Listen to the patient, "
            "especially when sensation is altered."
        ),
        [],
    ),
    (
        (
            "Pt Tyler Brandvold, a 22yo bull rider from Nez Corners, T12 burst fracture. I "
            "let him transfer without the TLSO on because he said the nurse had cleared it. "
            "She hadn't. MRN 00739214, Snake River Spine & Rehab."
        ),
        [
            ("Tyler Brandvold", "name"),
            ("22yo", "age"),
            ("Nez Corners", "place"),
            ("MRN 00739214", "record"),
            ("Snake River Spine & Rehab", "facility"),
        ],
    ),
    (
        (
            "Changed a teen's insulin pump settings by phone and typed the basal rate as "
            "0.8 U/h instead of 0.08 U/h for the overnight segment. Caught by the parent, "
            "who checked it against the printout. No harm. Pump settings now only get "
            "changed with a second check."
        ),
        [],
    ),
    (
        (
            "At a school camp outside Sylhet I applied fluoride varnish (22,600 ppm) to a "
            "child who'd already had it at another camp two weeks earlier. The register "
            "didn't cross-check. No harm likely, but I now ask parents directly and write "
            "it on the child's card."
        ),
        [],
    ),
    (
        (
            "I ended a first session with a client with a history of self-harm without "
            "doing a risk assessment because we'd 'run out of time'. Supervisor was clear: "
            "risk comes first, everything else can wait. Used the Columbia protocol the "
            "following week."
        ),
        [],
    ),
    (
        (
            "I'm the only bereavement counsellor at Larchfield Hospice, so I'll keep this "
            "vague — but I mixed up two clients' children's names in a session. Called "
            "Jodie's late boy 'Kai' instead of 'Kian'. She walked out."
        ),
        [
            ("the only bereavement counsellor at Larchfield Hospice", "self"),
            ("Jodie", "name"),
            ("Kai", "name"),
            ("Kian", "name"),
        ],
    ),
    (
        (
            "I leaned too hard on Kübler-Ross stages with a client grieving a suicide and "
            "she told me, rightly, that she wasn't 'in denial', she was furious. Worden's "
            "tasks would've served her better. I took it to supervision the following week."
        ),
        [],
    ),
    (
        (
            "In my practicum I scored a WAIS subtest wrong and the report nearly went to "
            "court. Client Kayla Brennecke, DOB 2/14/2006, case #JV-23-0457. My supervisor "
            "(j.moreau@gemstatepsych.org) caught it before it was filed."
        ),
        [
            ("Kayla Brennecke", "name"),
            ("2/14/2006", "date"),
            ("#JV-23-0457", "record"),
            ("j.moreau@gemstatepsych.org", "email"),
        ],
    ),
    (
        (
            "I'm the lead MRI radiographer at Ysbyty Tre'r Gorlan, HCPC RA071449 — anyone "
            "there will know me. I didn't remove a patient's nicotine patch with foil "
            "backing. Minor burn. Pt was Mr Gareth Lloyd-Bevan, 52."
        ),
        [
            ("the lead MRI radiographer at Ysbyty Tre'r Gorlan", "self"),
            ("HCPC RA071449", "self"),
            ("Mr Gareth Lloyd-Bevan", "name"),
            ("52", "age"),
        ],
    ),
    (
        (
            "Titrated insulin glargine for a young lad, Cian Ó Floinn, 19, over the phone "
            "and read his meter numbers back wrong — 14.2 became 4.2 in my notes. He ended "
            "up in ED at St Ciarán's Regional two days later with DKA. MRN 3381046. I rang "
            "the mam on 087 412 9053 to apologise once I realised."
        ),
        [
            ("Cian Ó Floinn", "name"),
            ("19", "age"),
            ("St Ciarán's Regional", "facility"),
            ("MRN 3381046", "record"),
            ("087 412 9053", "phone"),
        ],
    ),
    (
        (
            "Faxed a discharge summary for Ray Quintana to the wrong SNF — meant to go to "
            "Cedar Hollow Skilled Nursing at fax (208) 555-0912, went to (208) 555-0921. "
            "One digit. Ticket HIM-44817."
        ),
        [
            ("Ray Quintana", "name"),
            ("Cedar Hollow Skilled Nursing", "facility"),
            ("(208) 555-0912", "phone"),
            ("(208) 555-0921", "phone"),
            ("HIM-44817", "record"),
        ],
    ),
    (
        (
            "During my clinical psychology internship I ran a CBT session for Nusrat, 17, "
            "in English without checking whether she preferred Bangla. My supervisor Dr "
            "Fahmida Chowdhury pointed out she'd barely spoken. Case no. CP-SYL-0342."
        ),
        [
            ("Nusrat", "name"),
            ("17", "age"),
            ("Dr Fahmida Chowdhury", "name"),
            ("Case no. CP-SYL-0342", "record"),
        ],
    ),
    (
        (
            "A 64-year-old cane farmer from Tarrawong Creek, Des Marchetti, got the wrong "
            "Ozempic dose chart from me. Call log shows I rang him on 0427 308 116 on "
            "4/7/23 to correct it, but he'd already doubled up."
        ),
        [
            ("64-year-old", "age"),
            ("Tarrawong Creek", "place"),
            ("Des Marchetti", "name"),
            ("0427 308 116", "phone"),
            ("4/7/23", "date"),
        ],
    ),
    (
        (
            "We discharged a diabetic foot patient on a Thursday before Eid without making "
            "sure the dressing supplies were arranged. Family couldn't find the dressing in "
            "the local pharmacy for five days. By the time he came back the wound was "
            "infected. Our discharge checklist now has a supplies line."
        ),
        [],
    ),
    (
        (
            "Did a home visit for bladder scan + pad assessment on Mrs Doreen Tweddle, 81, "
            "at 27 Ashgrove Terrace out past Thornbeck Bank. I wrote the wrong pad size on "
            "the order and she went three weeks with leaking pads before her daughter rang "
            "the clinic on 01642 854 317. Totally on me."
        ),
        [
            ("Mrs Doreen Tweddle", "name"),
            ("81", "age"),
            ("27 Ashgrove Terrace", "place"),
            ("Thornbeck Bank", "place"),
            ("01642 854 317", "phone"),
        ],
    ),
    (
        (
            "Clinic day, 60+ patients, one nurse. I wrote '30 units' for soluble insulin "
            "when the doctor meant 30 units of Mixtard split BD. The patient, a man in his "
            "40s, took the whole lot in the morning. Hypo at 2.4 mmol/L, recovered with "
            "oral glucose at the health centre. Now I read every insulin order aloud."
        ),
        [],
    ),
    (
        (
            "A 12 yr old with a VP shunt — I forgot the programmable valve needed checking "
            "after the scan. Ruairí's mum only found out when the neurosurg team in Dublin "
            "asked. St Ciarán's Regional, MRN 4410823, scan date 18/10/2023."
        ),
        [
            ("12 yr old", "age"),
            ("Ruairí", "name"),
            ("St Ciarán's Regional", "facility"),
            ("MRN 4410823", "record"),
            ("18/10/2023", "date"),
        ],
    ),
    (
        (
            "Set up a cardiac MRI with the wrong ECG lead placement — T-wave got picked up "
            "as R, gating was junk, 40 minutes wasted and the patient (late 50s, "
            "claustrophobic) had to come back. Ativan 1 mg second time around. My fault, "
            "not the Siemens."
        ),
        [],
    ),
    (
        (
            "Told the family of a 70-year-old, Mzee Tumwesigye, that discharge was on 5th "
            "June when it was the 15th. His grandson came by boda from Kabirizi village for "
            "nothing. Rwizi Hills Referral Hospital, IP No. 2023/0918."
        ),
        [
            ("70-year-old", "age"),
            ("Mzee Tumwesigye", "name"),
            ("5th June", "date"),
            ("Kabirizi village", "place"),
            ("Rwizi Hills Referral Hospital", "facility"),
            ("IP No. 2023/0918", "record"),
        ],
    ),
    (
        (
            "A patient told me she had 'a bit of metal in her eye from welding years ago'. "
            "I figured orbit X-rays had been done. They hadn't. Stopped before the scan but "
            "only because a colleague asked. I now never assume; orbit X-ray first, every "
            "time."
        ),
        [],
    ),
    (
        (
            "Booked hospital transport for a stretcher patient as 'walking with one' — the "
            "crew arrived with a car. Patient in her 70s, post-hip, waited another 6 hours "
            "in the discharge lounge. I was doing four discharges at once and ticked the "
            "wrong box."
        ),
        [],
    ),
    (
        (
            "On my first CAMHS placement I administered the RCADS and then forgot to score "
            "the parent version. The MDT discussed the case using only half the picture. My "
            "supervisor (Band 8a) was kind about it. Lesson: finish scoring before the "
            "meeting, not after."
        ),
        [],
    ),
]

ROUND_16_Z = [
    (
        (
            "At an underage GAA blitz I did a quick Lachman on a hurler on the sideline and "
            "said it was 'just a sprain'. MRI showed an ACL rupture. I should have referred "
            "to the sports medicine clinic instead of giving a confident answer in front of "
            "his parents. Humility is a clinical skill."
        ),
        [],
    ),
    (
        (
            "The water treatment alarm went at 05:30 for chlorine breakthrough and I "
            "started the first patients anyway because the test strip looked 'close "
            "enough'. Biomed shut us down an hour later. The total chlorine limit is 0.1 "
            "mg/L, and close enough isn't a standard."
        ),
        [],
    ),
    (
        (
            "I was the MSW on the birthing suite at Te Puāwai Maternity and gave the "
            "vitamin K consent form to the wrong whānau to sign. Baby Tautahi's NHI ZKR4419 "
            "ended up on the other baby's form. The midwife caught it before the injection. "
            "Small thing, but it could easily have been the wrong baby."
        ),
        [
            ("Te Puāwai Maternity", "facility"),
            ("Baby Tautahi", "name"),
            ("ZKR4419", "record"),
        ],
    ),
    (
        (
            "Road transfer from a regional hospital to Auckland. The incubator battery died "
            "90 minutes in because nobody had plugged it back in after the last job - "
            "including me. Baby's temp dropped to 35.8. Battery check is part of our "
            "handover now."
        ),
        [],
    ),
    (
        (
            "Set up the machine for Mr. Kowalczyk in chair 9 at the Coulee View Renal Unit "
            "with a 2K bath instead of his prescribed 3K. The RN caught it 40 minutes in "
            "and his K+ was fine. Safety report # SLR-510392. His PHN 40117-3382 was "
            "printed right above the bath order on the run sheet and I still misread it."
        ),
        [
            ("Mr. Kowalczyk", "name"),
            ("Coulee View Renal Unit", "facility"),
            ("SLR-510392", "record"),
            ("40117-3382", "record"),
        ],
    ),
    (
        (
            "We were moving a 29-weeker from the SCBU at Lough Swilly General down to "
            "Dublin. Baby Boyle's long line tissued somewhere on the N2 and I hadn't looked "
            "at the site since we left because the incubator cover was down. Caught it at "
            "the handover check, arm swollen to the elbow. NTP incident ref N-24-0193."
        ),
        [
            ("Lough Swilly General", "facility"),
            ("Baby Boyle", "name"),
            ("N-24-0193", "record"),
        ],
    ),
    (
        (
            "> Patient: Shazia Bibi   Age: 24 yrs   G3P2   MR# 2210-4478\n> Admitted "
            "14-02-2024, labour room B\n\nI was supposed to measure her urine hourly and I "
            "wrote 'passed urine' without measuring anything. By the time the LMO looked, "
            "she'd barely made 50 ml in six hours and her BP was 160/110."
        ),
        [
            ("Shazia Bibi", "name"),
            ("24 yrs", "age"),
            ("MR# 2210-4478", "record"),
            ("14-02-2024", "date"),
        ],
    ),
    (
        (
            "Did a Care Act assessment for a 91-year-old man living alone out at Wyebrook "
            "Cross and recorded that his daughter visited daily. She actually lives in "
            "Leeds and comes monthly - I'd misheard on a bad line and never read it back. "
            "Package was set too low and he fell a fortnight later. His son rang me on "
            "01432 760418 and had every right to be furious."
        ),
        [
            ("91-year-old", "age"),
            ("Wyebrook Cross", "place"),
            ("01432 760418", "phone"),
        ],
    ),
    (
        (
            "A mother asked for ORS for her baby's diarrhoea and I gave her the adult "
            "sachets with the 1-litre instructions, but she only had a 250 ml feeder and "
            "mixed it strong. Baby was irritable and the sodium was 152 at the children's "
            "hospital. I show every parent how to mix it at the counter now."
        ),
        [],
    ),
    (
        (
            "Reviewing a care package for a woman in her 80s with Parkinson's, I copied "
            "last year's med list into the support plan instead of asking for the current "
            "one. Her Sinemet had gone to four times a day, so carers were visiting at the "
            "wrong times for weeks. Nobody was harmed but her freezing got worse. I ring "
            "the GP practice before every review now."
        ),
        [],
    ),
    (
        (
            "Interpreting Portuguese for a man in the ED in Dublin. He said his father died "
            "of a 'derrame' and I said heart attack instead of stroke. The family history "
            "went in the notes wrong. I rang the team the next day and they amended it."
        ),
        [],
    ),
    (
        (
            "Home-support assessment for Bríd McFadden out at Ardnaglass, Eircode F92 K7R3. "
            "I put down that she had a working smoke alarm because she said so. There "
            "wasn't one. A neighbour smelled the pan fire. I press the test button myself "
            "now."
        ),
        [
            ("Bríd McFadden", "name"),
            ("Ardnaglass", "place"),
            ("F92 K7R3", "place"),
        ],
    ),
    (
        (
            "Covering a high school ski team in Montana, I let an athlete race two days "
            "after a fall because her SCAT5 symptom score was back to 2. I didn't repeat "
            "the balance testing. She crashed on her second run. Graded return-to-sport "
            "exists for a reason and I skipped a stage."
        ),
        [],
    ),
    (
        (
            "Fixed-wing transport, and we landed with a baby whose glucose I hadn't "
            "rechecked since departure. It was 1.8 mmol/L on arrival (about 32 mg/dL). I "
            "was busy with the vent. Our checklist now has a mandatory glucose at 30 "
            "minutes in the air."
        ),
        [],
    ),
    (
        (
            "Did an in-home assessment for waiver services for Mr. Halvorsen, 78, out past "
            "Sawtooth Junction. I scored his ADLs from the kitchen table and never went "
            "upstairs, where the only bathroom is. Approved hours didn't cover bathing. His "
            "Medicaid ID 0048817263 is on my screen right now while I write this, which "
            "tells you how much I'm still chewing on it."
        ),
        [
            ("Mr. Halvorsen", "name"),
            ("78", "age"),
            ("Sawtooth Junction", "place"),
            ("0048817263", "record"),
        ],
    ),
    (
        (
            "Labour ward night. Joyce Kulwa, aged 16, first baby. I was told to call the "
            "midwife when she felt the urge to push and instead I went to fetch water, and "
            "the baby came in the bed with nobody there. Both fine, thank God. Her file IP "
            "No. 2024/7731 has a note from me in it now."
        ),
        [
            ("Joyce Kulwa", "name"),
            ("aged 16", "age"),
            ("IP No. 2024/7731", "record"),
        ],
    ),
    (
        (
            "I interpret Polish, a lot of it for seasonal farm workers. In the ED at Lugg "
            "Meadow Hospital I interpreted for Pan Wiśniewski and mixed up 'wczoraj' and "
            "'przedwczoraj', so the timeline of his chest pain was a day off. It mattered "
            "for how the troponins were read. Booking ref for the job was HRF-331902 and I "
            "flagged it to the agency myself."
        ),
        [
            ("Lugg Meadow Hospital", "facility"),
            ("Pan Wiśniewski", "name"),
            ("HRF-331902", "record"),
        ],
    ),
    (
        (
            "Transport call from the critical access hospital in Tamarack Falls for a "
            "34-weeker w/ grunting and retractions. I drew up the caffeine load off the "
            "referral weight instead of the updated 1.9 kg. The receiving NICU at St. "
            "Anselm's Regional flagged it at handover, before it went in. Safety ticket "
            "RL-2023-04417. Dad's cell was 406-555-0187 and I called him myself to explain."
        ),
        [
            ("Tamarack Falls", "place"),
            ("St. Anselm's Regional", "facility"),
            ("RL-2023-04417", "record"),
            ("406-555-0187", "phone"),
        ],
    ),
    (
        (
            "I'm the only PT/athletic trainer covering the high school teams in Cedar "
            "Forks, so this is identifying enough already. I taped a freshman's ankle and "
            "let her finish a tournament on what turned out to be a Maisonneuve fracture. "
            "Her mom emailed me at kbrandt.pt@cedarforks-k12.org with the X-ray report and "
            "I just sat in my truck for a while."
        ),
        [
            ("the only PT/athletic trainer covering the high school teams in Cedar Forks", "self"),
            ("kbrandt.pt@cedarforks-k12.org", "email"),
        ],
    ),
    (
        (
            "In a busy government hospital labour room in Rawalpindi, I was told to get "
            "oxytocin 10 units IM ready after the birth and I walked off to fetch it while "
            "the mother was already bleeding. I should have shouted for help first. She "
            "lost about 1200 ml and needed two units. We run PPH drills every month now."
        ),
        [],
    ),
    (
        (
            "Hospital discharge, and I agreed a reablement package over the phone without "
            "asking about stairs. He went home with a bed upstairs and a Waterlow and falls "
            "score that should have screamed at me. He fell on the stairs the first night. "
            "Look at the house before agreeing the plan."
        ),
        [],
    ),
    (
        (
            "> No previous contact with MH services\n\nThat's what I wrote, because the "
            "system search came back empty. He'd been known to CAMHS for years under a "
            "different spelling of his surname. The history changed the whole plan. Search "
            "variations, and ask the patient."
        ),
        [],
    ),
    (
        (
            "Filled Mr. Dueck's hydromorphone three days early because the override reason "
            "looked legit. Rx #7730215. His wife had already picked up the last bottle. She "
            "called the store at 403-555-0164 worried he was taking too many. He was okay, "
            "but I override nothing now without talking to the prescriber."
        ),
        [
            ("Mr. Dueck", "name"),
            ("Rx #7730215", "record"),
            ("403-555-0164", "phone"),
        ],
    ),
    (
        (
            "> Retrieval 7/3/23 0240 - Baby of Kerehoma, NHI FTN8830, 2.1 kg, CPAP "
            "6\n\nThat's my own note. I wrote CPAP 6 but actually set 8 on the transport "
            "driver and never corrected it, so the Auckland NICU team weaned from the wrong "
            "number. The discrepancy came up at their review."
        ),
        [
            ("7/3/23", "date"),
            ("Kerehoma", "name"),
            ("FTN8830", "record"),
        ],
    ),
    (
        (
            "Picked up a term baby for cooling from a district general about two hours "
            "away. I started passive cooling but didn't put the rectal probe in until we "
            "were on the road, and at the 45-minute check the temp was 32.1 - too low. We "
            "rewarmed slowly and the NICU consultant was kind about it, but it was my miss. "
            "Probe goes in before we leave the unit, every time."
        ),
        [],
    ),
    (
        (
            "After a long labour I helped a mother walk to the toilet and she fainted in "
            "the doorway. I hadn't checked her Hb, which turned out to be 7.2. She bumped "
            "her head. Nothing serious, but I ask the midwife before anyone mobilises now."
        ),
        [],
    ),
    (
        (
            "Gave out amoxicillin 250 mg/5 ml to a parent when the script said 125 mg/5 ml. "
            "Caught it myself the next morning when the stock didn't reconcile. Rang the "
            "family, the child had had two doses, GP said no harm done. We now keep the "
            "strengths on different shelves and the ACT initials every bottle."
        ),
        [],
    ),
    (
        (
            "I interpret Sukuma and Swahili at Kiruma Consolidated Hospital. During "
            "discharge teaching for Mama Rehema's son, aged 6, I rendered 'mara tatu kwa "
            "siku' as twice a day. The boy was back three days later still febrile. The "
            "doctor rang her on +255 754 318 902 to correct it but the first doses were "
            "already missed."
        ),
        [
            ("Kiruma Consolidated Hospital", "facility"),
            ("Mama Rehema", "name"),
            ("aged 6", "age"),
            ("+255 754 318 902", "phone"),
        ],
    ),
    (
        (
            "Saw a lad in resus after he was pulled out of the river near Stanbeck Bridge. "
            "Jordan was aged 17, said he'd only been messing about with mates, and I took "
            "that far too readily. I discharged him back to his nan's on the Carrick "
            "Lonning estate with a leaflet. He re-presented four days later. I've not let a "
            "'just messing about' go unchallenged since."
        ),
        [
            ("Stanbeck Bridge", "place"),
            ("Jordan", "name"),
            ("aged 17", "age"),
            ("the Carrick Lonning estate", "place"),
        ],
    ),
    (
        (
            "Night shift on the labour ward at Eden Vale Maternity. I was asked to do a set "
            "of obs on Mrs Hetherington in room 6 and wrote them on the wrong partogram - "
            "they belonged to the lady next door. The midwife caught it at 03:10 before "
            "anyone acted on them. Datix went in as WEB-88127 and I now read the wristband "
            "out loud every single time."
        ),
        [
            ("Eden Vale Maternity", "facility"),
            ("Mrs Hetherington", "name"),
            ("WEB-88127", "record"),
        ],
    ),
    (
        (
            "We collected a 31-weeker from Noor Mahal Maternity Home in Dhok Sabzpir. I "
            "checked the cylinder gauge at the clinic but not the spare, and the main "
            "cylinder ran dry halfway back. Sats dropped into the 70s for a few minutes "
            "before we swapped. The clinic's owner called our desk on 051-5567213 the next "
            "day asking why nobody had phoned her back."
        ),
        [
            ("Noor Mahal Maternity Home", "facility"),
            ("Dhok Sabzpir", "place"),
            ("051-5567213", "phone"),
        ],
    ),
    (
        (
            "Tuesday afternoon shift, I set the heparin pump at 1000 units/hr instead of "
            "500 because I was looking at the previous patient's prescription on the Epic "
            "screen. Nurse spotted it within 20 min on the safety round. APTT was fine. We "
            "close the chart between patients now rather than just switching tabs."
        ),
        [],
    ),
    (
        (
            "Renal unit at Lugg Meadow, Tuesday 5th March. I connected Mrs Price's lines "
            "reversed after a rushed changeover. Recirculation meant her Kt/V was poor for "
            "the session and nobody noticed till the monthly bloods. Her daughter emailed "
            "renal.feedback@luggmeadow.nhs.uk to complain and she was right to."
        ),
        [
            ("Lugg Meadow", "facility"),
            ("Tuesday 5th March", "date"),
            ("Mrs Price", "name"),
            ("renal.feedback@luggmeadow.nhs.uk", "email"),
        ],
    ),
    (
        (
            "Interpreting Urdu for a cardiology consent. The consultant said 'a small "
            "chance of stroke' and I said 'a small problem with the brain', which is much "
            "softer. The patient signed. Afterwards the SpR asked me to repeat exactly what "
            "I'd said and I admitted it. We redid the consent with the exact wording. I now "
            "ask clinicians to pause every two sentences."
        ),
        [],
    ),
    (
        (
            "On a Saturday run I forgot to clamp the venous line before disconnecting and "
            "we had blood all over the chair and floor. No harm except to my pride and the "
            "housekeeper's evening. Clamp, check, disconnect - in that order."
        ),
        [],
    ),
    (
        (
            "Mzee Lwamba, 63, was on the afternoon session and I primed his circuit with a "
            "reprocessed dialyser that had another patient's label half peeled off. The "
            "nurse noticed the name didn't match before we connected. Unit incident book "
            "entry KRH/HD/0412. We now read the dialyser label aloud with the patient."
        ),
        [
            ("Mzee Lwamba", "name"),
            ("63", "age"),
            ("KRH/HD/0412", "record"),
        ],
    ),
    (
        (
            "Pitch-side at Tōtara Flats Domain on Saturday I cleared our winger Tama Rāwiri "
            "to go back on after a head knock because he 'passed' my quick screen. He "
            "vomited in the changing shed 20 min later. Should have stood him down, full "
            "stop. His mum texted me that night from 021 845 3307 and I still think about "
            "that message."
        ),
        [
            ("Tōtara Flats Domain", "place"),
            ("Tama Rāwiri", "name"),
            ("021 845 3307", "phone"),
        ],
    ),
    (
        (
            "Interpreting Tagalog in an Alberta hospital, I summarised the patient's long "
            "answer instead of rendering it in full. I left out that she'd stopped her "
            "insulin 'sometimes, when money is short'. The team only found it on the "
            "glucose logs. Summarising is not interpreting."
        ),
        [],
    ),
    (
        (
            "Reply I got from the whānau after my assessment:\n> Kia ora Hemi, you've "
            "written that Nan can shower herself. She can't, she just told you that. Please "
            "ring me - Moana, 09 437 2281.\n\nI ticked the box on her say-so and never "
            "watched her try. Reassessment is booked for 22 August and I'm doing it "
            "properly this time."
        ),
        [
            ("Hemi", "name"),
            ("Moana", "name"),
            ("09 437 2281", "phone"),
            ("22 August", "date"),
        ],
    ),
    (
        (
            "Handed a methadone dose to the wrong client at the counter - two men with the "
            "same first name, both in at opening. The man I dosed was Séamus Ó Gallchóir, "
            "DOB 03/11/1978, and he'd already had his that morning. Rang the prescriber at "
            "the clinic on Drumlough Road straight away and we kept an eye on him for "
            "hours. My PSI registration is 22871, so if you recognise this, yes, it was me."
        ),
        [
            ("Séamus Ó Gallchóir", "name"),
            ("03/11/1978", "date"),
            ("Drumlough Road", "place"),
            ("22871", "self"),
        ],
    ),
    (
        (
            "Pashto interpreting on the medical ward: Bibi Gul Pari, 55 years, CNIC "
            "37405-6612039-2 on the form. The doctor asked whether she was taking her "
            "'sugar tablets' and I translated it as sweets. She said no. Her metformin was "
            "missed off the drug chart for 2/7."
        ),
        [
            ("Bibi Gul Pari", "name"),
            ("55 years", "age"),
            ("37405-6612039-2", "record"),
        ],
    ),
    (
        (
            "In the delivery suite I took a baby to the resuscitaire to weigh, and the dad "
            "followed me asking questions. I got distracted and didn't put the second ID "
            "band on. The midwife found it at the postnatal check. Two bands before the "
            "baby leaves the room, no exceptions."
        ),
        [],
    ),
    (
        (
            "I did a mental capacity assessment about a move to residential care in one "
            "visit, at 4pm, with a man with vascular dementia who is always worse in the "
            "afternoon. He 'lacked capacity'. My manager asked why I hadn't tried a "
            "morning. Second visit at 10am, he could weigh it all up. MCA principle 2 "
            "exists for a reason."
        ),
        [],
    ),
    (
        (
            "Night retrieval for a baby w/ meconium aspiration. I didn't re-secure the ETT "
            "tape properly after the X-ray, and at the transfer onto the ambulance trolley "
            "the tube moved. Sats dipped into the 60s and we reintubated in the back of the "
            "vehicle. The ETCO2 detector was the only thing that told us fast. Tape twice, "
            "check twice."
        ),
        [],
    ),
    (
        (
            "Season opener, I strapped a player's AC joint and let him play on. Post-match "
            "he had a step deformity and a grade III on imaging. The team doctor pointed "
            "out I'd never done a proper exam, just a quick squeeze, because kick-off was "
            "in 10 min. Fifteen years in the job doesn't let you skip steps."
        ),
        [],
    ),
    (
        (
            "At the pharmacy counter in Mwanza a man asked for something for his cough and "
            "I sold him codeine linctus without asking what else he was on. He was already "
            "on tramadol from a private clinic. His wife brought him back drowsy that "
            "evening. Nobody died, but two questions would have prevented it."
        ),
        [],
    ),
    (
        (
            "A 19-year-old girl came into the emergency at Rehmat Bibi Teaching Hospital "
            "after taking her mother's alprazolam. I did the whole assessment with her "
            "uncle sitting in and never asked him to step out, so of course she denied "
            "everything. Later she told the HO the uncle was the problem. Her brother's "
            "number was on the file the whole time - 0333-5182047 - and he's who we should "
            "have called."
        ),
        [
            ("19-year-old", "age"),
            ("Rehmat Bibi Teaching Hospital", "facility"),
            ("0333-5182047", "phone"),
        ],
    ),
    (
        (
            "I interpret Plautdietsch for Low German Mennonite families. At a pre-op "
            "consent for Mrs. Agatha Friesen at Oldman River Regional, I softened 'you "
            "could lose the leg' into 'it may not heal so well'. She signed. When the "
            "surgeon saw her on June 3rd she had no idea amputation was on the table. I "
            "went to my coordinator the same day."
        ),
        [
            ("Mrs. Agatha Friesen", "name"),
            ("Oldman River Regional", "facility"),
            ("June 3rd", "date"),
        ],
    ),
    (
        (
            "Did a needs assessment for a kaumātua in his 70s up in Northland and filled in "
            "the form as if his whānau would cover personal cares at weekends. I never "
            "actually asked them. They all worked weekends. The gap wasn't found until a "
            "district nurse visit three weeks on. Asking the whānau directly should have "
            "been step one."
        ),
        [],
    ),
    (
        (
            "Dispensed doxycycline 100 mg and forgot to counsel about sun. The patient was "
            "a farmer and came back burnt to a crisp after a weekend haymaking. Minor, but "
            "the cautionary label was in the system and I just didn't use it."
        ),
        [],
    ),
    (
        (
            "Minor footballer Oisín Gallagher came to me after training at Lisnacorran with "
            "a hamstring twinge. I sent him a return-to-play plan at oisin.g2007@eircom.net "
            "without his parents copied in, and never checked his age. He pushed it too "
            "fast and tore it properly. The club secretary reminded me of the safeguarding "
            "policy, deservedly."
        ),
        [
            ("Oisín Gallagher", "name"),
            ("Lisnacorran", "place"),
            ("oisin.g2007@eircom.net", "email"),
        ],
    ),
    (
        (
            "A mother came to the duka la dawa asking for malaria tabs for Baraka, 3 years "
            "old. I sold an adult pack of artemether-lumefantrine and told her to give "
            "half, without weighing him. A colleague saw the sale in the book and we went "
            "round to her house in Mtaa wa Nyamwiza that evening. She gave us her number, "
            "+255 767 204 551, and I now ring every parent back."
        ),
        [
            ("Baraka", "name"),
            ("3 years old", "age"),
            ("Mtaa wa Nyamwiza", "place"),
            ("+255 767 204 551", "phone"),
        ],
    ),
    (
        (
            "A ward rang me asking whether a patient detained under Section 2 could go down "
            "for a cigarette. I said yes, assuming Section 17 leave had been granted. It "
            "hadn't. He walked out the front door and the police brought him back that "
            "night. Check the paperwork, always."
        ),
        [],
    ),
    (
        (
            "I'm the physio for the under-19 squad at Pindi Lions Cricket Academy. Fast "
            "bowler Hamza Qureshi, 17, had low back pain for two weeks and I treated it as "
            "muscular. It was a pars stress fracture. The coach now wants an MRI for every "
            "back complaint, and honestly, fair."
        ),
        [
            ("the physio for the under-19 squad at Pindi Lions Cricket Academy", "self"),
            ("Hamza Qureshi", "name"),
            ("17", "age"),
        ],
    ),
    (
        (
            "A woman in her 30s came to the emergency after swallowing aluminium phosphide "
            "tablets. I spent 20 minutes on her psychiatric history before realising "
            "medical hadn't done her ECG yet. The psych assessment could wait; the "
            "arrhythmia couldn't. She survived, barely, and I learned where I sit in the "
            "queue."
        ),
        [],
    ),
    (
        (
            "I emailed a crisis safety plan to d.whitecalf84@gmail.com - the mother's old "
            "address - instead of the one the patient gave me. The plan listed his triggers "
            "and his ex's name. The mother forwarded it to half the family. My manager "
            "logged it as privacy breach PB-0921 and I called Darnell myself to apologise."
        ),
        [
            ("d.whitecalf84@gmail.com", "email"),
            ("PB-0921", "record"),
            ("Darnell", "name"),
        ],
    ),
    (
        (
            "Koro Hōne Pītama, 81, picks up his blister pack every Friday. I packed his "
            "methotrexate daily instead of weekly for one week. His moko rang us on 09 438 "
            "6612 because he had mouth ulcers. NHI PQS2208. He spent four nights in "
            "hospital."
        ),
        [
            ("Hōne Pītama", "name"),
            ("81", "age"),
            ("09 438 6612", "phone"),
            ("PQS2208", "record"),
        ],
    ),
    (
        (
            "Gave dry needling to a footballer's upper trapezius and didn't think hard "
            "enough about the lung apex. He reported shortness of breath the next day and "
            "had a small pneumothorax. I use safer angles now and my consent conversation "
            "is much longer."
        ),
        [],
    ),
    (
        (
            "A man in his 50s came to A&E saying his neighbour was poisoning his water. I "
            "wrote 'paranoid, likely psychotic' and referred on. Turned out there was a "
            "real dispute over a septic tank at Ashbrook Lees Farm and his confusion was "
            "from a sodium of 121. His GP wrote to liaison.hfd@wyemarch-nhs.net on 19th "
            "November, politely, with a link to the parish minutes "
            "(https://ashbrookparish.org.uk/minutes/nov-planning) that backed him up."
        ),
        [
            ("Ashbrook Lees Farm", "place"),
            ("liaison.hfd@wyemarch-nhs.net", "email"),
            ("19th November", "date"),
            ("https://ashbrookparish.org.uk/minutes/nov-planning", "url"),
        ],
    ),
    (
        (
            "Dispensed warfarin 5 mg instead of 0.5 mg - the strengths sat next to each "
            "other on our shelf. The bag went out to Mr Pritchard at 7 Wellbrook Lane, HR4 "
            "7QN and his INR came back at 6.8 on the 9th of January. He was ok after "
            "vitamin K but I moved the stock that same afternoon."
        ),
        [
            ("Mr Pritchard", "name"),
            ("7 Wellbrook Lane", "place"),
            ("HR4 7QN", "place"),
            ("9th of January", "date"),
        ],
    ),
    (
        (
            "On the birthing suite I emptied a catheter bag and forgot to write the volume "
            "on the fluid balance chart. The midwife thought the woman with pre-eclampsia "
            "had been oliguric for four hours and nearly escalated to the obstetric reg. It "
            "was actually 400 ml. Write it down before you leave the room."
        ),
        [],
    ),
    (
        (
            "Pt in ED denied SI, was calm and convincing, and I didn't ask about firearms. "
            "In Montana that's a basic question. He had several rifles at home and his "
            "sister told triage on her way out. Lethal means counselling is the first thing "
            "I cover now."
        ),
        [],
    ),
    (
        (
            "Filled a naloxone kit and didn't show the mom how to use it because the line "
            "was long. Two weeks later she found her son unresponsive and had to read the "
            "box instructions with shaking hands. He's alive. Training takes two minutes, I "
            "had two minutes."
        ),
        [],
    ),
    (
        (
            "**What happened:** I was asked to take a cord gas to the analyser and left it "
            "in my pocket for 25 minutes while I restocked room 4. By the time it ran the "
            "lactate was 6.3 and the pH looked awful, and the registrar nearly called a "
            "debrief for a baby who was pink with Apgars of 9 and 10.\n**What I learned:** "
            "samples first, stock cupboard second."
        ),
        [],
    ),
    (
        (
            "During a power cut our generator took 40 seconds to kick in and I hand-cranked "
            "blood back on three machines but forgot the fourth. The circuit clotted and "
            "the pt lost about 250 ml. Hb went from 9.1 to 8.0. There's a laminated "
            "power-failure checklist on every station now."
        ),
        [],
    ),
    (
        (
            "Young man, Emmanuel Masanja, 22, brought in by police after threats online. I "
            "read his posts at facebook.com/emmanuel.masanja.77 and decided it was bravado. "
            "I didn't ask about the knife in the photo. He was admitted the next week after "
            "cutting his brother."
        ),
        [
            ("Emmanuel Masanja", "name"),
            ("22", "age"),
            ("facebook.com/emmanuel.masanja.77", "url"),
        ],
    ),
    (
        (
            "I'm Dustin Kreller, one of two techs at our rural unit, so there's no hiding. "
            "Mrs. Lucero told me her fistula felt 'quiet' before a holiday weekend and I "
            "didn't call the charge nurse because the thrill was there, just weak. It had "
            "clotted by her next run. Her daughter called me at home on 406-555-0133 and I "
            "deserved it."
        ),
        [
            ("Dustin Kreller", "self"),
            ("Mrs. Lucero", "name"),
            ("406-555-0133", "phone"),
        ],
    ),
    (
        (
            "Our unit in Mwanza reprocesses dialysers. I skipped the residual disinfectant "
            "test before priming because we were behind. The patient complained of burning "
            "and itching within minutes. We stopped, flushed, and the nurse wrote it up. "
            "The test strip takes 30 seconds."
        ),
        [],
    ),
    (
        (
            "Spanish interpreter, on-call by video, interpreter ID MT-INT-0447. For Sra. "
            "Castañeda's discharge from Elk River Memorial I interpreted fine but never "
            "checked the printed label, which said 'Take once daily'. She read 'once' as "
            "eleven. The after-visit summary at "
            "https://mychart.elkrivermemorial.org/avs/55213 was English only too."
        ),
        [
            ("MT-INT-0447", "self"),
            ("Sra. Castañeda", "name"),
            ("Elk River Memorial", "facility"),
            ("https://mychart.elkrivermemorial.org/avs/55213", "url"),
        ],
    ),
    (
        (
            "I assessed a senior for home care and noted 'independent with meds' because "
            "she showed me her blister pack. I didn't notice it was last month's pack, "
            "still mostly full. She'd missed her apixaban for weeks. I look inside the pack "
            "now, not just at it."
        ),
        [],
    ),
    (
        (
            "- Baby on phototherapy for transport\n- I didn't check the bulbs after "
            "loading\n- SBR went from 310 to 370 umol/L over the journey\n\nThe unit on the "
            "other end was polite but clear. Equipment checks happen in the nursery, not in "
            "the ambulance."
        ),
        [],
    ),
    (
        (
            "Treated a club hockey player with therapeutic ultrasound over a thigh "
            "haematoma on day one. Should have been rest, ice and compression. The swelling "
            "got much worse and he ended up with myositis ossificans. I was relying on a "
            "machine instead of the basics."
        ),
        [],
    ),
    (
        (
            "Text I sent from the ward phone:\n> Hi Aoife, your bloods from 12/09 are back "
            "and the midwife wants you in today for a CTG x\n\nIt went to 086 204 7719, which "
            "belonged to a different Aoife on the list. She wasn't pregnant any more. I'll "
            "never forget her reply."
        ),
        [
            ("Aoife", "name"),
            ("12/09", "date"),
            ("086 204 7719", "phone"),
        ],
    ),
    (
        (
            "I'm the only physio for Stainmoor Rangers' women's side, which narrows it "
            "down. Our keeper Ellie Graham was three months post ACL reconstruction and I "
            "progressed her to plyometrics a phase early because she was flying. I'd even "
            "posted her hop test on instagram.com/stainmoorrangerswfc. Graft was fine but "
            "she flared badly. Her surgeon's letter dated 2 May 2024 was in my bag the "
            "whole time with the protocol in it."
        ),
        [
            ("the only physio for Stainmoor Rangers' women's side", "self"),
            ("Ellie Graham", "name"),
            ("instagram.com/stainmoorrangerswfc", "url"),
            ("2 May 2024", "date"),
        ],
    ),
    (
        (
            "Saw a man in his 40s at 02:40 who'd been drinking and said he 'wanted it all "
            "to stop'. I scored him low on the risk tool because he was calm and "
            "future-focused by morning. Didn't ring his partner for collateral because it "
            "was the middle of the night. He came back by ambulance that weekend. "
            "Collateral isn't optional, even at 4am."
        ),
        [],
    ),
    (
        (
            "Finished my assessment for Mrs Armstrong at Greenrigg House and uploaded the "
            "draft to the wrong shared folder - https://nwcumbria-asc.org.uk/share/f/88Q1d7 "
            "- which her estranged son still had access to from an old safeguarding. He "
            "read her wishes about contact before she'd agreed to share them."
        ),
        [
            ("Mrs Armstrong", "name"),
            ("Greenrigg House", "facility"),
            ("https://nwcumbria-asc.org.uk/share/f/88Q1d7", "url"),
        ],
    ),
    (
        (
            "Interpreting Urdu for a visiting surgeon in Rawalpindi, I rendered 'nil by "
            "mouth after midnight' as 'don't eat after dinner', and the patient had chai "
            "with sugar at 6am. Surgery was pushed back a day. Fasting instructions have to "
            "include drinks, explicitly."
        ),
        [],
    ),
    (
        (
            "We picked up a baby girl with suspected coarctation from the nursery at Oldman "
            "River Regional on 11/02/2024 and I didn't check the alprostadil was on the "
            "right channel after we moved pumps to the transport isolette. It had stopped. "
            "Femorals were gone by the time we landed. Baby Redcrow, AHS incident "
            "24-00317-RL."
        ),
        [
            ("Oldman River Regional", "facility"),
            ("11/02/2024", "date"),
            ("Baby Redcrow", "name"),
            ("24-00317-RL", "record"),
        ],
    ),
    (
        (
            "At Eamont Satellite Dialysis Unit I put Mr Bell on the machine with another "
            "pt's dry weight still programmed - hospital number RNL0088214 on the sheet but "
            "not on the screen. We pulled off 1.5 L more than planned and he cramped and "
            "dropped his pressure. Nurse in charge put out bleep 4471 for the renal reg."
        ),
        [
            ("Eamont Satellite Dialysis Unit", "facility"),
            ("Mr Bell", "name"),
            ("RNL0088214", "record"),
            ("bleep 4471", "phone"),
        ],
    ),
    (
        (
            "Interpreting Samoan at a family meeting, I translated the consultant's "
            "'comfort care' too literally and the family understood that we'd keep treating "
            "her and just make her comfortable. A week of confusion followed. I should have "
            "done a teach-back before the meeting ended."
        ),
        [],
    ),
]
