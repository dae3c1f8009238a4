"""Round 3 of issue 14's evaluation: 160 stories (80 safe, 277 spans) from a helper who saw
only the labeling guide (identifier_round2.md), never the check's rules, corpora or code;
every profession and eight countries. Measured untouched with the rules of rounds 1 and 2,
then tuned against: see bench/README.md; test_identifiers.py keeps what it reached. Entries
as in identifier_corpus: (story, [(substring, kind), ...])."""

ROUND_3 = [
    (
        "Night shift on Ward 9C at Thornbury General, two years qualified. Mr Adebayo "
        "Ogunleye, 67, was on a heparin infusion and I misread the APTT chart, so the rate "
        "went up when it should have gone down. Caught at handover by Sister Halloran, but I "
        "still think about it.",
        [
            ("Ward 9C", "facility"),
            ("Thornbury General", "facility"),
            ("Mr Adebayo Ogunleye", "name"),
            ("67", "age"),
            ("Sister Halloran", "name"),
        ],
    ),
    (
        "PGY-1 pharmacy resident at a community hospital in Ohio. I verified enoxaparin 40 "
        "mg daily for a patient with a CrCl of 22 and didn't flag the renal dose. The nurse "
        "caught it at 21:00 when she looked at the eGFR herself. Nobody was hurt, but I now "
        "check renal function before I verify anything anticoagulant.",
        [],
    ),
    (
        "> Dr Mehta, pt Lakshmi Venkataraman (UHID 2207-44819) desatted to 86% at 03:10, pls "
        "review\n\nThat was the WhatsApp I slept through as a JR in Pune. The sister called "
        "the SR instead and she was fine after BiPAP, but it should have been me.",
        [
            ("Dr Mehta", "name"),
            ("Lakshmi Venkataraman", "name"),
            ("UHID 2207-44819", "record"),
        ],
    ),
    (
        "Physio on a surgical ward in Auckland. I mobilised a day-1 hip without checking the "
        "Hb, which had dropped to 71 overnight. She went grey at the end of the bed and we "
        "sat her down just in time. Now I read the morning bloods before I touch anyone.",
        [],
    ),
    (
        "ALS paramedic, Gauteng. We were sent to 17 Mopani Crescent in Thabong Ridge for a "
        "4yo fitting with a fever. I drew up midazolam from the adult dosing card and my "
        "partner stopped me before I gave it. The mum, Nomvula Khumalo, never knew. I "
        "reported it myself under EMS-GP-558201.",
        [
            ("17 Mopani Crescent", "place"),
            ("Thabong Ridge", "place"),
            ("4yo", "age"),
            ("Nomvula Khumalo", "name"),
            ("EMS-GP-558201", "record"),
        ],
    ),
    (
        "Hospital social worker in Ontario. I told a family their father's long-term care "
        "bed was confirmed before the paperwork had cleared, and it fell through the next "
        "day. They had already given notice on his apartment. I say 'pending' now until it "
        "is in writing.",
        [],
    ),
    (
        "Letter I got from the family afterwards, which I keep in my locker:\n> Dear "
        "Aoife,\n> We know you were run off your feet on the 9th of November. Baby Cillian "
        "is doing great now.\n> Love from the Ó Briains\nI'd missed a drop in the CTG "
        "baseline for forty minutes at Rathmoy Maternity. He needed a few days in SCBU.",
        [
            ("Aoife", "name"),
            ("9th of November", "date"),
            ("Cillian", "name"),
            ("Ó Briains", "name"),
            ("Rathmoy Maternity", "facility"),
        ],
    ),
    (
        "**What happened**\n- Year 4 student with a known peanut anaphylaxis\n- The EpiPen "
        "in the sick bay had expired in March\n- I hadn't done the start-of-term "
        "check\n\n**What I do now**: a calendar reminder on the first Monday of every term. "
        "Nothing happened to the kid, luckily. School nurse, regional NSW.",
        [],
    ),
    (
        "I'm an LPN at Cold Creek Correctional. Inmate Ramirez, DOC #4471093, was due his "
        "insulin at pill call and I skipped him because the officer said he was in seg. His "
        "BG was 412 by evening.",
        [
            ("Cold Creek Correctional", "facility"),
            ("Ramirez", "name"),
            ("DOC #4471093", "record"),
        ],
    ),
    (
        "HCA on nights in a residential home up north. Gave a lady her second dose of "
        "Movicol when day staff had already signed for it, the MAR wasnt where it should "
        "have been. Rang out of hours, told to monitor. She's fine. I cried in the car.",
        [],
    ),
    (
        "Community nurse in the Waikato. Matiu Te Rangi, 58, had a leg ulcer we'd been "
        "dressing for months and I wrote the wrong compression class in his plan. His "
        "daughter Aroha rang me on 021 448 3920 asking why his old stockings were back on. "
        "Embarrassing, and I owned it.",
        [
            ("Matiu Te Rangi", "name"),
            ("58", "age"),
            ("Aroha", "name"),
            ("021 448 3920", "phone"),
        ],
    ),
    (
        "Hospital pharmacist, Bengaluru. I dispensed metformin 1000 mg instead of 500 mg "
        "because the two strips look almost identical on our shelf. The patient came back "
        "after three days with GI upset and we found it. We've separated them and added a "
        "tall-man label.",
        [],
    ),
    (
        "I sent this to the wrong person:\n> From: j.moreland.counselling@fastmail.co.uk\n> "
        "Hi Priyanka, just confirming our session Thurs 16th Feb at 4pm.\nIt went to a "
        "different Priyanka in my contacts who wasn't a client at all. I'm the only "
        "counsellor at Harbourside Wellbeing, so it was traced back to me within a day.",
        [
            ("j.moreland.counselling@fastmail.co.uk", "email"),
            ("Priyanka", "name"),
            ("Thurs 16th Feb", "date"),
            ("the only counsellor at Harbourside Wellbeing", "self"),
        ],
    ),
    (
        "PGY-2 in an ED in Texas. I discharged a man in his 60s with 'musculoskeletal' chest "
        "pain after one troponin. He bounced back six hours later with a delta and went "
        "straight to cath. I hadn't followed our own HEART pathway. M&M was kind, which "
        "somehow felt worse.",
        [],
    ),
    (
        "Staff nurse at Vaalkop Provincial, paeds. I connected a 2-year-old's NG feed to the "
        "IV line because we still had old Luer stock. Thando, the mum, noticed the milky "
        "line before I did and shouted.",
        [
            ("Vaalkop Provincial", "facility"),
            ("2-year-old", "age"),
            ("Thando", "name"),
        ],
    ),
    (
        "MRT in Alberta. I scanned the wrong knee because the requisition said left and the "
        "patient said right, and I went with the paper. I should have stopped and called the "
        "ordering doctor. We now do a time-out for every extremity.",
        [],
    ),
    (
        "Care assistant at Sycamore Lodge, out near Ballycarrane. I left the bed rail down "
        "for Mrs Wiśniewska after her wash and she slid out onto the crash mat. Her son "
        "Tomasz was lovely about it, which made it worse.",
        [
            ("Sycamore Lodge", "facility"),
            ("Ballycarrane", "place"),
            ("Mrs Wiśniewska", "name"),
            ("Tomasz", "name"),
        ],
    ),
    (
        "Came to nursing from vet nursing. On my first med round I worked a dose out in "
        "mg/kg like I would for a dog and nearly gave ten times the paracetamol to a 50 kg "
        "woman. The RN double-checking stopped it. Old habits die hard.",
        [],
    ),
    (
        "> 14/02/23 0210 RN note: Pt Chen Wei-Lin found on floor beside bed, no LOC, MRN "
        "6630198. MD notified.\nI wrote that note. What I didn't write was that I'd switched "
        "the bed alarm off an hour earlier because it kept going off. Lakeshore Memorial, 4 "
        "West.",
        [
            ("14/02/23", "date"),
            ("Chen Wei-Lin", "name"),
            ("MRN 6630198", "record"),
            ("Lakeshore Memorial", "facility"),
            ("4 West", "facility"),
        ],
    ),
    (
        "Paramedic, three years in. I left a frail lady at home after a fall with normal obs "
        "and no injuries, and didn't check she could actually get to the toilet. The next "
        "crew found her on the floor 14 hrs later. Now I always do a walk test and a falls "
        "referral, however long the stack is.",
        [],
    ),
    (
        "I'm a CNA at Vista del Sol Rehab. Mr Gutiérrez, 81, asked for help to the bathroom "
        "and I said 'one minute' and got pulled into another room. He tried alone and fell. "
        "His granddaughter Marisol filed a grievance, GRV-2023-0871, and she was right to.",
        [
            ("Vista del Sol Rehab", "facility"),
            ("Mr Gutiérrez", "name"),
            ("81", "age"),
            ("Marisol", "name"),
            ("GRV-2023-0871", "record"),
        ],
    ),
    (
        "LMC midwife, rural-ish. I didn't push for transfer soon enough in a long second "
        "stage because the woman really wanted her home birth. Baby's Apgars were 4 and 8. "
        "He's fine now but I replay it most weeks.",
        [],
    ),
    (
        "ICU nurse at Sri Ramaniah Hospital, Hyderabad. Potassium chloride concentrate was "
        "on the shelf next to the saline and I drew up the wrong one for a flush on bed 12, "
        "Mr Suresh Iyer. I noticed the label before pushing it.",
        [
            ("Sri Ramaniah Hospital", "facility"),
            ("Mr Suresh Iyer", "name"),
        ],
    ),
    (
        "pt 70s M on warfarin, INR 5.8, I gave the evening dose anyway bc the result came "
        "back after the drug round & nobody flagged it. no bleed thank god. we now hold "
        "warfarin until the INR is back on the ward. F2, gen med.",
        [],
    ),
    (
        "Children's social worker. I put the Asante family's new address, 22 Kestrel Way in "
        "Downholme, in a letter that was copied to the father, who had a non-molestation "
        "order against him. Case ref CS/118/4402. Kwabena, the eldest, was 14 and had to "
        "move schools again.",
        [
            ("Asante", "name"),
            ("22 Kestrel Way", "place"),
            ("Downholme", "place"),
            ("CS/118/4402", "record"),
            ("Kwabena", "name"),
            ("14", "age"),
        ],
    ),
    (
        "Community pharmacist in Nova Scotia. A methadone carry went to the wrong client "
        "because two people shared a first name and I didn't check DOB. It was caught when "
        "the second person came in. I ask for date of birth out loud every single time now.",
        [],
    ),
    (
        "Dr Rahman, the reg, told me to chase the CT report and I didn't. Mr Khalil Haddad, "
        "45, had a missed splenic lac and went to theatre the next morning at Eastmere Base "
        "Hospital.",
        [
            ("Dr Rahman", "name"),
            ("Mr Khalil Haddad", "name"),
            ("45", "age"),
            ("Eastmere Base Hospital", "facility"),
        ],
    ),
    (
        "Gave IV co-amoxiclav to a penicillin-allergic woman because the red wristband was "
        "hidden under her cannula dressing, and she came up in hives within ten minutes.",
        [],
    ),
    (
        "Text from my ward manager the next morning:\n> Hi Niamh, can you ring me before "
        "your shift? 087 552 1908. It's about Mr Fitzgerald's insulin. Maura\nI'd given "
        "NovoRapid instead of Lantus at 22:00.",
        [
            ("Niamh", "name"),
            ("087 552 1908", "phone"),
            ("Mr Fitzgerald", "name"),
            ("Maura", "name"),
        ],
    ),
    (
        "Occupational therapist in a Cape Town rehab unit. I recommended a man go home with "
        "a bath board without doing a home visit, and his bath was a completely different "
        "shape to what he described. He slipped on day one. Home visits aren't optional for "
        "me any more.",
        [],
    ),
    (
        "**Incident summary (my own notes)**\n- Student: Destiny Morales, grade 3, age 8\n- "
        "Date: 10/11/2022\n- Gave her 250 mg ibuprofen meant for her brother Josue\n- "
        "School: Riverbend Elementary\nNo harm done, but the parents were rightly furious "
        "with me.",
        [
            ("Destiny Morales", "name"),
            ("age 8", "age"),
            ("10/11/2022", "date"),
            ("Josue", "name"),
            ("Riverbend Elementary", "facility"),
        ],
    ),
    (
        "Band 5 radiographer. I didn't do the pregnancy check properly on a woman in her 20s "
        "for a pelvis X-ray because she said 'no chance'. She was seven weeks. The dose was "
        "low and the physicist reassured everyone, but I felt sick. I follow the IR(ME)R "
        "form to the letter now.",
        [],
    ),
    (
        "I'm the only band 7 tissue viability nurse at Wexcombe Community Trust, so if you "
        "know me you'll know this one. My NMC PIN is 09H1234E and I'm not hiding from it. I "
        "graded a pressure ulcer as category 2 when it was clearly a 3, and it delayed the "
        "safeguarding referral by a week.",
        [
            ("the only band 7 tissue viability nurse at Wexcombe Community Trust", "self"),
            ("09H1234E", "self"),
        ],
    ),
    (
        "Counselling psychologist, Delhi. I agreed to a former client's request to follow "
        "each other on Instagram after we finished, and within a month she was messaging me "
        "in crisis at 2am. Boundaries exist for a reason; my supervisor taught me that "
        "better than any textbook.",
        [],
    ),
    (
        "Hospital social worker at Te Awa Regional. I faxed Hemi Walker's discharge summary "
        "to Kōwhai Medical Centre instead of Manuka Street Surgery, fax 09 377 4401, because "
        "both were saved under 'KMC' in the machine.",
        [
            ("Te Awa Regional", "facility"),
            ("Hemi Walker", "name"),
            ("Kōwhai Medical Centre", "facility"),
            ("Manuka Street Surgery", "facility"),
            ("09 377 4401", "phone"),
        ],
    ),
    (
        "Primary care paramedic in rural Manitoba. During a cardiac arrest I forgot to "
        "switch the monitor back to pads after the first shock and we lost about 40 seconds. "
        "We got ROSC in the end. The debrief with my partner was honest and that helped.",
        [],
    ),
    (
        "Charge nurse on nights. Mrs Kaur's daughter, Harpreet, called at 02:15 asking why "
        "her mum's morphine had been doubled. I checked: the order was 2.5 mg and I'd given "
        "5 mg. Mrs Kaur was 91 and very drowsy. Naloxone, no lasting harm. Incident # "
        "RL-55102 at Cedarbrook Hospital.",
        [
            ("Mrs Kaur", "name"),
            ("Harpreet", "name"),
            ("91", "age"),
            ("RL-55102", "record"),
            ("Cedarbrook Hospital", "facility"),
        ],
    ),
    (
        "## Dispensing error\nI gave a customer prednisolone 25 mg tablets instead of 5 mg. "
        "She took eight a day for two days before her GP noticed. **Lesson:** scan every "
        "box, even on a busy Saturday morning in Perth.",
        [],
    ),
    (
        "On March 3rd, 2021 I hung the wrong bag of TPN in room 612. The patient was Ms "
        "Okonkwo-Davis, she was 39 and already septic. Pharmacy had labelled two bags for "
        "the same unit and I only checked the room number.",
        [
            ("March 3rd, 2021", "date"),
            ("Ms Okonkwo-Davis", "name"),
            ("39", "age"),
        ],
    ),
    (
        "Student nurse, second year placement. I wrote a resp rate of 16 without actually "
        "counting. My mentor asked me to recount and it was 28. I've never guessed one "
        "since.",
        [],
    ),
    (
        "> To: dispensary@millbrookpharmacy.co.uk\n> Re: Mr D. Kowalczyk, DOB 03/07/1949\n> "
        "You have supplied amlodipine 10 mg, the script says 5 mg.\nThat was the email from "
        "his GP. I was the responsible pharmacist at Millbrook Pharmacy that day and I'd "
        "checked it in a rush.",
        [
            ("dispensary@millbrookpharmacy.co.uk", "email"),
            ("Mr D. Kowalczyk", "name"),
            ("03/07/1949", "date"),
            ("Millbrook Pharmacy", "facility"),
        ],
    ),
    (
        "Gave adrenaline 1 mg IM instead of 0.5 mg to an adult with anaphylaxis. BP spiked "
        "and she was tachy for an hour, no lasting harm. I now read the ampoule strength out "
        "loud twice.",
        [],
    ),
    (
        "Staff midwife at Sharada Devi Maternity Home, Nashik. The oxytocin infusion for Mrs "
        "Fatima Sheikh, 24, was running at twice the prescribed rate because I'd programmed "
        "mL/hr as drops. Her husband Imran noticed the pump alarming and called me in.",
        [
            ("Sharada Devi Maternity Home", "facility"),
            ("Mrs Fatima Sheikh", "name"),
            ("24", "age"),
            ("Imran", "name"),
        ],
    ),
    (
        "Medical social worker in Chicago. I told a patient's adult son about her cancer "
        "diagnosis before she'd consented to share it. He phoned her in tears before the "
        "oncologist had even sat down with her. HIPAA training stopped being abstract that "
        "day.",
        [],
    ),
    (
        "> Progress note 21/8: Resident Joyce Pemberton, 88, refused dinner. RN aware.\nI "
        "wasn't aware. I was the RN at Banksia Gardens that night and nobody told me. She'd "
        "had a stroke by morning and nobody had done a neuro check.",
        [
            ("21/8", "date"),
            ("Joyce Pemberton", "name"),
            ("88", "age"),
            ("Banksia Gardens", "facility"),
        ],
    ),
    (
        "GP registrar. I put a young man's headache down as tension-type over the phone. He "
        "rang again two days later with a fever and a stiff neck. Meningitis; he recovered. "
        "I never triage a headache by phone without the red flag questions now.",
        [],
    ),
    (
        "Physio at Northgate Rehab.\n- Pt: Dmitri Petrov, 76\n- Fell during sit-to-stand, "
        "I'd left the gait belt on the trolley\n- Fractured distal radius\n- Incident "
        "#NR-2210-47\nHis daughter Yelena asked me straight out if it was my fault. I said "
        "yes.",
        [
            ("Northgate Rehab", "facility"),
            ("Dmitri Petrov", "name"),
            ("76", "age"),
            ("#NR-2210-47", "record"),
            ("Yelena", "name"),
        ],
    ),
    (
        "Nurse in a correctional centre in the Western Cape. I gave TB meds from the wrong "
        "blister pack because two inmates shared a surname. It was caught on the next round. "
        "We put photos on the MAR now.",
        [],
    ),
    (
        "My assessor's text after:\n> Jess it's fine, Mrs Adeyemi is ok, see you Weds. Bev "
        "x\nI'd left the side room door open for a C. diff patient on Heron Ward for most of "
        "the morning.",
        [
            ("Jess", "name"),
            ("Mrs Adeyemi", "name"),
            ("Bev", "name"),
            ("Heron Ward", "facility"),
        ],
    ),
    (
        "RN, med/surg. pt POD2 on a hydromorphone PCA. didnt check sedation score, only RR "
        "(was 12). pt was actually POSS 3. reversed w/ naloxone. I do POSS every hour now "
        "like the protocol says.",
        [],
    ),
    (
        "Medic 14 got sent to 2150 Larkin Road out in Birch Hollow for a diabetic. Tyrone "
        "Blake, 52, BG 38, came round with D10 and refused transport. I let him sign the "
        "refusal without anyone staying with him. He was found unresponsive again that "
        "night.",
        [
            ("2150 Larkin Road", "place"),
            ("Birch Hollow", "place"),
            ("Tyrone Blake", "name"),
            ("52", "age"),
        ],
    ),
    (
        "Counsellor in Brisbane. I was running late and, instead of ringing from the work "
        "line, I texted a client from my personal mobile. She kept the number and called me "
        "on a Sunday night after drinking. Mixing channels was entirely my doing.",
        [],
    ),
    (
        "JR, psychiatry. My patient Arjun Nair, 19, was on clozapine and I missed that his "
        "ANC on 5 Jan 2024 was 1.2. The consultant picked it up on rounds two days later.",
        [
            ("Arjun Nair", "name"),
            ("19", "age"),
            ("5 Jan 2024", "date"),
        ],
    ),
    (
        "## Falls on the ward\nBand 6 physio. I left a patient with Parkinson's standing at "
        "the sink while I went for a frame. **She fell.** No fracture, but her confidence "
        "was gone. I don't leave anyone mid-task now, I call for the frame instead.",
        [],
    ),
    (
        "> Kia ora Whaea Moana,\n> Thank you for staying with us after the bleed. Our boy "
        "Tamati is three months now and thriving.\n> Ngā mihi, Rangi and Huia Parata\nI'd "
        "estimated the PPH at 500 mL when it was closer to 1.2 L, and that delayed the call "
        "for help.",
        [
            ("Whaea Moana", "name"),
            ("Tamati", "name"),
            ("Rangi", "name"),
            ("Huia Parata", "name"),
        ],
    ),
    (
        "Pharmacist, Durban. A locum GP wrote carbamazepine and I read it as carbimazole; "
        "the patient took it for a week. Nobody had asked her what it was for. I always ask "
        "the indication now.",
        [],
    ),
    (
        "CNM2 on the acute unit at St Bríd's. I granted escorted leave to Declan, a "
        "17-year-old under section, with only one staff member instead of two. He ran at the "
        "car park. The Gardaí found him in Galway the next morning.",
        [
            ("St Bríd's", "facility"),
            ("Declan", "name"),
            ("17-year-old", "age"),
        ],
    ),
    (
        "Epic auto-populated the previous patient's weight into my heparin bolus and I "
        "didn't look. 120 kg instead of 62. The pharmacist caught it on verification. Night "
        "shift RN, cardiac step-down.",
        [],
    ),
    (
        "F1 at Ashgrove General. Mr Youssef Al-Amin, 64, hospital no. AG7729104, had a "
        "DNACPR form in his notes that belonged to another patient with a similar name. I "
        "almost said so at the crash call. The reg checked the sticker, thank God.",
        [
            ("Ashgrove General", "facility"),
            ("Mr Youssef Al-Amin", "name"),
            ("64", "age"),
            ("AG7729104", "record"),
        ],
    ),
    (
        "Counsellor in Vancouver. A client disclosed suicidal thoughts in the last five "
        "minutes of a session and I let her go with 'let's pick this up next week'. She was "
        "okay, but I now hold time for exactly that, Rogers or no Rogers.",
        [],
    ),
    (
        "Social worker at Khayalethu Children's Home. Lwazi, 11, was meant to be collected "
        "by his gran, and I released him to an uncle who wasn't on the approved list. He was "
        "returned safely that evening but it went to the department.",
        [
            ("Khayalethu Children's Home", "facility"),
            ("Lwazi", "name"),
            ("11", "age"),
        ],
    ),
    (
        "Staff nurse, Kolkata. Hung a unit of blood without the bedside two-person check "
        "because the other nurse was in a code. The unit was correct, but that was luck, not "
        "process.",
        [],
    ),
    (
        "I sent a referrer a PACS share link, https://pacs.eastcoastimaging.com.au/s/8Kf2Lq, "
        "that opened Mrs Nguyen Thi Hoa's CT instead of the patient he'd asked about. "
        "Radiographer, Sunshine Coast.",
        [
            ("https://pacs.eastcoastimaging.com.au/s/8Kf2Lq", "url"),
            ("Mrs Nguyen Thi Hoa", "name"),
        ],
    ),
    (
        "Care assistant in a rest home in Christchurch. I gave a resident tea with thin "
        "fluids when she was on IDDSI level 2. She coughed and went a bit blue. I read the "
        "swallow plan on the door every time now, even when I think I know it.",
        [],
    ),
    (
        "LVN at Pinecrest State Prison. Inmate Delgado, #A-88213, told me his chest hurt on "
        "the med line and I said to put in a sick call slip. He had an MI two hours later in "
        "the yard.",
        [
            ("Pinecrest State Prison", "facility"),
            ("Delgado", "name"),
            ("#A-88213", "record"),
        ],
    ),
    (
        "Community pharmacist, Dublin. I handed a bag of methotrexate to the wrong person at "
        "the counter because I called the surname and two people stood up. I check address "
        "as well now. No harm, she brought it back.",
        [],
    ),
    (
        "Registered midwife, BC. On June 22 2022 I discharged baby Oliver Tremblay at 36 hrs "
        "without a bilirubin. He was readmitted at 5 days with a level that needed "
        "phototherapy.",
        [
            ("June 22 2022", "date"),
            ("Oliver Tremblay", "name"),
        ],
    ),
    (
        "School nurse in a big secondary in Leeds. A Year 9 told me she was being hurt at "
        "home and I said I'd 'keep it between us'. I didn't make the DSL referral until the "
        "next day. I never promise confidentiality now.",
        [],
    ),
    (
        "> Hi Lucía, I wanted to apologise. In our session on 4/18 I mixed you up with "
        "another client when I mentioned your sister.\n> Dr Ana Beltrán, PsyD\nI'm Ana. I "
        "sent that after a mistake that broke her trust in therapy for months.",
        [
            ("Lucía", "name"),
            ("4/18", "date"),
            ("Dr Ana Beltrán", "self"),
            ("Ana", "name"),
        ],
    ),
    (
        "Paramedic in Adelaide. I gave GTN to a chest pain patient without checking if he'd "
        "taken sildenafil. He had. BP dropped to 70 systolic. Fluids and legs up and he came "
        "back. I ask every man now, awkward or not.",
        [],
    ),
    (
        "EMT on a 108 crew in Maharashtra. We were sent to Gokulpeth Lane 3, near the "
        "Hanuman mandir, for a woman in labour. I didn't clamp the cord properly and it "
        "bled. Her sister Sunita held the baby while I redid it.",
        [
            ("Gokulpeth Lane 3", "place"),
            ("Sunita", "name"),
        ],
    ),
    (
        "Intern, Johannesburg. I took a history through a relative because it was quicker "
        "than finding an interpreter. The 'abdominal pain' was an ectopic; she hadn't wanted "
        "her brother-in-law to know she was pregnant.",
        [],
    ),
    (
        "HCA at Glenmoor care home. I put Mr Brennan's dentures in the wrong pot and they "
        "went to the laundry. The Brennans were understanding but he couldn't eat properly "
        "for four days.",
        [
            ("Glenmoor", "facility"),
            ("Mr Brennan", "name"),
            ("Brennans", "name"),
        ],
    ),
    (
        "Nursing student, 3rd year, Toronto. Pushed IV metoprolol too fast because I didn't "
        "know it had a rate. HR went to 42. My preceptor was standing right there and still "
        "I feel it.",
        [],
    ),
    (
        "Pharmacist, Hamilton. Mr Sione Taufa's son rang on 07 849 2216 to ask why his dad's "
        "new pills looked different. I'd given him someone else's blister pack.",
        [
            ("Mr Sione Taufa", "name"),
            ("07 849 2216", "phone"),
        ],
    ),
    (
        "Radiographer, Florida. I did a portable chest on the wrong patient in a double room "
        "because I went by the bed position, not the wristband. The radiologist reported a "
        "pneumonia on a man who didn't have one.",
        [],
    ),
    (
        "Advanced paramedic, Connacht. We couldn't find the house because the caller gave a "
        "road name and no Eircode. Second time round I asked for it: H91 X2W7. Pádraig was "
        "70 and in VF by the time we got in.",
        [
            ("H91 X2W7", "place"),
            ("Pádraig", "name"),
            ("70", "age"),
        ],
    ),
    (
        "Medical social worker, Chennai. I arranged an ambulance transfer for a patient "
        "before checking the family could afford it, and they were billed. It's not a "
        "clinical error but it hurt them just the same.",
        [],
    ),
    (
        "Student nurse on placement at Wattle Creek Hospital. I bleeped the reg on 4417 "
        "about a potassium of 6.8 and then forgot to chase when he didn't call back. Mrs "
        "Doris Ellery was 79 and had runs of VT before anyone came.",
        [
            ("Wattle Creek Hospital", "facility"),
            ("4417", "phone"),
            ("Mrs Doris Ellery", "name"),
            ("79", "age"),
        ],
    ),
    (
        "BACP registered counsellor. I let a session run 20 min over because the client was "
        "distressed, then my next client sat in the waiting room and saw her leave crying. "
        "They knew each other. Winnicott talks about the frame for a reason.",
        [],
    ),
    (
        "Band 6 on a respiratory ward in Glasgow. I took a patient off high-flow to go to "
        "the loo because she begged me and 'it was only five minutes'. Sats dropped to 79 "
        "and she panicked. We got her back on and she was fine, but I'd made a clinical "
        "decision for comfort without asking the team. Now I get a physio or a second nurse "
        "and a portable cylinder, every time.",
        [],
    ),
    (
        "Ward sister's handover sheet from that morning:\n> Bed 6 - Mr Obinna Eze, 59, "
        "post-lap chole, NBM until reviewed\nI read 'post-lap chole' and gave him breakfast. "
        "Surgical team at Kingsmere Infirmary had to delay his ERCP a day.",
        [
            ("Mr Obinna Eze", "name"),
            ("59", "age"),
            ("Kingsmere Infirmary", "facility"),
        ],
    ),
    (
        "ED nurse in Melbourne. Triaged a woman as Cat 4 with 'back pain' and didn't take a "
        "full set of obs because the waiting room was overflowing. Her AAA was leaking. She "
        "survived surgery. I take obs on everyone now, whatever the board looks like.",
        [],
    ),
    (
        "Prison nurse at HMP Ravensholme. Wojciech Zieliński, 33, was on an ACCT and I "
        "missed the observation at 03:00 because I was covering two wings. He'd self-harmed "
        "by the next check.",
        [
            ("HMP Ravensholme", "facility"),
            ("Wojciech Zieliński", "name"),
            ("33", "age"),
        ],
    ),
    (
        "Pharmacist in Cape Town. A mum asked for something for her baby's cough and I sold "
        "her an adult linctus without asking the age. She came back the next day to ask "
        "about the dose. Nothing given yet, luckily.",
        [],
    ),
    (
        "Paramedic, NZ. My patient Kiri Ngata, aged 34, had a GCS of 14 after a rollover "
        "near Pūkeko Junction and I cleared her C-spine clinically. She had a C6 fracture. "
        "Claim ACC-4418-2290 is still open.",
        [
            ("Kiri Ngata", "name"),
            ("aged 34", "age"),
            ("Pūkeko Junction", "place"),
            ("ACC-4418-2290", "record"),
        ],
    ),
    (
        "Speech and language therapist in Dublin. I wrote 'soft diet' in the notes instead "
        "of 'minced and moist' and catering took me at my word. Choking episode at lunch, "
        "cleared with back blows. IDDSI levels only in my notes from now on.",
        [],
    ),
    (
        "Theatre nurse at Oakbridge Private. The swab count was one short at closure and Mr "
        "Hargreaves, the consultant, said to close anyway because 'it'll be in the bin'. It "
        "was in Mrs Lydia Chowdhury. I didn't push back hard enough.",
        [
            ("Oakbridge Private", "facility"),
            ("Mr Hargreaves", "name"),
            ("Mrs Lydia Chowdhury", "name"),
        ],
    ),
    (
        "1st year resident, Mumbai. Wrote insulin '10U' and the nurse read it as 100. She "
        "queried it, thank god, and I now write 'units' in full forever.",
        [],
    ),
    (
        "Home care nurse in Saskatchewan. I visited Mr Elias Bergstrom at 418 Tamarack Drive "
        "on the 2nd of January and didn't check his fridge. His insulin had frozen when the "
        "power went out. His BG was over 30 by the next visit.",
        [
            ("Mr Elias Bergstrom", "name"),
            ("418 Tamarack Drive", "place"),
            ("2nd of January", "date"),
        ],
    ),
    (
        "- HCA, nights, dementia unit\n- Resident grabbed my arm, I pulled away hard\n- She "
        "got a skin tear\n- I didn't report it till the morning because I was scared\nI "
        "should have reported straight away. The manager was fairer than I expected.",
        [],
    ),
    (
        "I'm the only school nurse at Hillcrest Academy. Amira Saleh, Year 7, came in with a "
        "headache on 11 October and I gave paracetamol without checking her care plan. She'd "
        "already had a dose at home.",
        [
            ("the only school nurse at Hillcrest Academy", "self"),
            ("Amira Saleh", "name"),
            ("11 October", "date"),
        ],
    ),
    (
        "Psychiatric nurse, Ontario. I did a room search and missed a lighter because I "
        "didn't check inside a shoe. Small fire in the bathroom that night, no one hurt. "
        "Searches are searches, not a tidy-up.",
        [],
    ),
    (
        "ICU reg at Harrowfield University Hospital. Mr Rashid Qureshi's wife, Nadia, asked "
        "me on the phone whether he was 'going to make it' and I said he was stable, because "
        "that's what the morning chart said. He'd arrested an hour before and nobody had "
        "told me.",
        [
            ("Harrowfield University Hospital", "facility"),
            ("Mr Rashid Qureshi", "name"),
            ("Nadia", "name"),
        ],
    ),
    (
        "Student paramedic. Attached the ECG leads backwards (red and yellow swapped) and "
        "told my mentor the pt had a new axis deviation. Embarrassing rather than dangerous, "
        "but it could have meant a pointless trip to cath lab.",
        [],
    ),
    (
        "Email I wasn't supposed to send:\n> From: kwame.boateng@riverdalehealth.ca\n> To: "
        "all-staff\n> Re: Patient Jasmine Whitehorse, 16, overdose last night\nI meant to "
        "send it to the on-call psychiatrist. I'm Kwame, the social worker, and that went to "
        "300 people.",
        [
            ("kwame.boateng@riverdalehealth.ca", "email"),
            ("Jasmine Whitehorse", "name"),
            ("16", "age"),
            ("Kwame", "name"),
        ],
    ),
    (
        "Midwife, Sydney. I gave anti-D to a woman who was Rh positive because I read the "
        "previous patient's result in the notes trolley. No harm, but I check blood group "
        "against the wristband now.",
        [],
    ),
    (
        "Physio at Lotus Valley Hospital in Kerala. Pt Thomas Kuriakose, 71, on day 1 after "
        "a TKR, I mobilised him without checking his BP after the spinal. Syncope in the "
        "corridor, no fall because his son Jijo caught him.",
        [
            ("Lotus Valley Hospital", "facility"),
            ("Thomas Kuriakose", "name"),
            ("71", "age"),
            ("Jijo", "name"),
        ],
    ),
    (
        "GP in Wellington. I renewed a repeat prescription for lithium without checking "
        "levels in over a year. She came in with a tremor and confusion. Level was 1.9. That "
        "one stays with me.",
        [],
    ),
    (
        "Case ID SAPS-CAS-991/04/2023 was opened after I wrote a police statement that named "
        "my client, Mr Bongani Dlamini, when it should only have described the injuries. "
        "Forensic nurse at a township clinic.",
        [
            ("SAPS-CAS-991/04/2023", "record"),
            ("Mr Bongani Dlamini", "name"),
        ],
    ),
    (
        "CNA, Minnesota. I used the mechanical lift by myself because the second aide was on "
        "break, and the resident swung into the bedframe. Bruising only. The two-person rule "
        "is there for a reason.",
        [],
    ),
    (
        "> Dear Nurse Sinéad,\n> Mam says you were the one who stayed. She was 93 on the "
        "Tuesday and gone by the Friday.\n> Bríd Ní Mhurchú\nThe mistake was that I didn't "
        "tell the family she was deteriorating, I assumed the doctor had. That card came "
        "anyway.",
        [
            ("Sinéad", "name"),
            ("93", "age"),
            ("Bríd Ní Mhurchú", "name"),
        ],
    ),
    (
        "RN in a rural hospital in Queensland. I didn't escalate a NEWS of 6 because the "
        "patient 'looked fine' and the doctor was an hour away. She was septic. Call the "
        "number, not the vibe.",
        [],
    ),
    (
        "Counsellor at Willowbank Family Centre. My client Farhan, 15, told me something and "
        "I wrote it in the shared notes where his dad, who volunteers there, could see the "
        "file.",
        [
            ("Willowbank Family Centre", "facility"),
            ("Farhan", "name"),
            ("15", "age"),
        ],
    ),
    (
        "Pharmacy tech, Texas. I pulled Lamictal instead of Lamisil off the shelf and the "
        "pharmacist verified it because the NDC scanner was down. Patient took it for three "
        "days. No rash, thank God.",
        [],
    ),
    (
        "Midwife at Ferncliffe Birth Centre. I didn't measure fundal height properly at 34 "
        "weeks for Mrs Precious Mahlangu and missed growth restriction. Her baby, Lindiwe, "
        "was born at 2.1 kg on 7 May.",
        [
            ("Ferncliffe Birth Centre", "facility"),
            ("Mrs Precious Mahlangu", "name"),
            ("Lindiwe", "name"),
            ("7 May", "date"),
        ],
    ),
    (
        "ED doc in Auckland, PGY-3 equivalent. I discharged an elderly man after a fall "
        "without checking his anticoagulation. He was on apixaban. Came back with a "
        "subdural. I look at the drug chart before I look at the X-ray now.",
        [],
    ),
    (
        "Nurse at Maplewood Lodge. The Kovacs daughters rang asking who gave their mum the "
        "sleeping tablet, and it was me, on a verbal order I never got countersigned. Mrs "
        "Erzsébet Kovacs was 86.",
        [
            ("Maplewood Lodge", "facility"),
            ("Kovacs", "name"),
            ("Mrs Erzsébet Kovacs", "name"),
            ("86", "age"),
        ],
    ),
    (
        "NQ nurse, Manchester. Gave IV gentamicin without checking the pre-dose level. It "
        "came back high two hours later. My preceptor said 'now you'll never forget', and "
        "she was right.",
        [],
    ),
    (
        "Paramedic on the East Rand. Pt Sipho Mokoena, 28, stab wound, and I didn't check "
        "his back. Second wound found in resus at Bluegum Trauma Unit.",
        [
            ("Sipho Mokoena", "name"),
            ("28", "age"),
            ("Bluegum Trauma Unit", "facility"),
        ],
    ),
    (
        "Occupational therapist, Bristol. I signed off a hoist assessment without watching "
        "the carers actually use it. Three weeks later the sling was the wrong size and the "
        "lady slipped. Watch the practice, not the paperwork.",
        [],
    ),
    (
        "Here's my reflective log, anonymised except for what I can't take out:\n**Date:** "
        "19/09/2022\n**Patient:** KR, 55\n**Ward:** Lavender Ward, Sutton Vale "
        "Hospital\n**What I did:** gave 2 doses of enoxaparin 12 hrs apart on a once-daily "
        "script",
        [
            ("19/09/2022", "date"),
            ("55", "age"),
            ("Lavender Ward", "facility"),
            ("Sutton Vale Hospital", "facility"),
        ],
    ),
    (
        "Nursing student, Pretoria. I charted a BP I didn't take because the cuff was broken "
        "and I was embarrassed to say. The patient had a hypertensive crisis on the next "
        "shift. That was three years ago and I still think about it most weeks.",
        [],
    ),
    (
        "US nurse practitioner. I called Mr Hiroshi Tanaka at 555-0148 to give his biopsy "
        "result and left the details on the voicemail. It was his shared family phone and "
        "his daughter heard it first.",
        [
            ("Mr Hiroshi Tanaka", "name"),
            ("555-0148", "phone"),
        ],
    ),
    (
        "Dietitian in a Canadian teaching hospital. I started a malnourished patient on "
        "full-rate feeds on day 1 and didn't check phosphate. Refeeding syndrome, phos 0.3. "
        "ICU for two days. I follow the NICE CG32-style ramp now even though we're not in "
        "the UK.",
        [],
    ),
    (
        "Community mental health nurse. My client Dermot's brother rang me on his mobile and "
        "I confirmed Dermot had an appointment that week. Dermot had specifically said no "
        "contact with him. Dermot, 41, lives at the Glenview flats and his brother found him "
        "there the next day.",
        [
            ("Dermot", "name"),
            ("41", "age"),
            ("the Glenview flats", "place"),
        ],
    ),
    (
        "ward clerk shorthand on the board said 'NFR' and I took it to mean not for resus. "
        "it meant 'not for review'. I almost stopped CPR on a pt in his 50s. the reg "
        "overrode me. never assume an abbrev.",
        [],
    ),
    (
        "Paramedic student at Tōtara Flat Station doing obs on Mere Tipene, 62. I gave "
        "aspirin without asking about her bleeding ulcer. Incident number HNZ-AMB-30211.",
        [
            ("Tōtara Flat Station", "facility"),
            ("Mere Tipene", "name"),
            ("62", "age"),
            ("HNZ-AMB-30211", "record"),
        ],
    ),
    (
        "Lagos-trained nurse, now on a stroke unit in the Midlands. I thickened fluids for "
        "the wrong bed because the whiteboard hadn't been updated after a move. We moved to "
        "wristband checks for diet too.",
        [],
    ),
    (
        "Pharmacist at Yarra Bend Community Pharmacy. I missed an interaction between "
        "clarithromycin and simvastatin for Mr Giorgos Papadakis. His CK was 14,000 when he "
        "was admitted.",
        [
            ("Yarra Bend Community Pharmacy", "facility"),
            ("Mr Giorgos Papadakis", "name"),
        ],
    ),
    (
        "Locum SHO. I prescribed co-codamol 30/500 on top of regular paracetamol. The nurse "
        "spotted it on the drug round. 8 g in 24 hrs would have been the total. Two sets of "
        "eyes saved me.",
        [],
    ),
    (
        "> WhatsApp, 23:48, from Dr Olumide Bankole: 'is bed 3 still on the noradrenaline? "
        "BP?'\n> Me, 00:20: 'sorry yes MAP 58'\nThat half hour is the mistake. I was an ICU "
        "nurse at Severn Reach Hospital and I got distracted by a relative.",
        [
            ("Dr Olumide Bankole", "name"),
            ("Severn Reach Hospital", "facility"),
        ],
    ),
    (
        "Radiographer, Johannesburg. I didn't screen a patient properly for MRI and he had "
        "an old shrapnel fragment near his eye. He mentioned it on the table, just before we "
        "went in. The checklist is not a formality.",
        [],
    ),
    (
        "Physio, Dublin. Mrs Bernadette Lynch, 84, on Ward St Kevin's at Clonmore University "
        "Hospital. I did chest physio with her head down without checking she'd had a recent "
        "stroke with raised ICP concerns.",
        [
            ("Mrs Bernadette Lynch", "name"),
            ("84", "age"),
            ("Ward St Kevin's", "facility"),
            ("Clonmore University Hospital", "facility"),
        ],
    ),
    (
        "Nurse, Calgary. I used the wrong size BP cuff on a large arm for three shifts and "
        "charted hypertension that wasn't there. Meds got increased. She got dizzy and fell. "
        "Cuff size matters.",
        [],
    ),
    (
        "Care worker doing domiciliary rounds in Kent. Mr Vikram Joshi, at 9 Orchard Close, "
        "Little Hadlow, needed his meds prompted at 8. I was running 2 hrs late and didn't "
        "ring the office. He'd double-dosed by the time I arrived.",
        [
            ("Mr Vikram Joshi", "name"),
            ("9 Orchard Close", "place"),
            ("Little Hadlow", "place"),
        ],
    ),
    (
        "Student midwife, NZ. I forgot to do the newborn check for hips on a breech baby "
        "before discharge. Picked up at six weeks by the GP. Early enough, but it should "
        "have been me.",
        [],
    ),
    (
        "Prison nurse, Texas. Lt. Hoskins ordered me to skip sick call for the whole of "
        "Block D during lockdown. One of them, Marcus Freeman, 47, had been vomiting blood. "
        "I went along with it.",
        [
            ("Lt. Hoskins", "name"),
            ("Marcus Freeman", "name"),
            ("47", "age"),
        ],
    ),
    (
        "Counsellor, Melbourne. I wrote session notes that were far too detailed and then "
        "they were subpoenaed for a family court case. Minimum necessary, factual, always.",
        [],
    ),
    (
        "**My Datix, INC-2023-77041**\nHospital no. RN88104 was given 40 mmol KCl over 1 hr "
        "via a peripheral line by me. Her name was Mrs Gloria Ansah and she was 62.",
        [
            ("INC-2023-77041", "record"),
            ("RN88104", "record"),
            ("Mrs Gloria Ansah", "name"),
            ("62", "age"),
        ],
    ),
    (
        "Intern, Kolkata. Ordered a CT with contrast for a patient on metformin with an eGFR "
        "of 24. No AKI in the end, but the radiologist called me and I deserved it.",
        [],
    ),
    (
        "I live and work in Kōtuku Bay, so anyone there will know it's me: I'm the only "
        "district nurse covering the Pīwakawaka side. I left a syringe driver without the "
        "lockbox on for Nanny Hine and her mokopuna fiddled with it.",
        [
            ("Kōtuku Bay", "place"),
            ("the only district nurse covering the Pīwakawaka side", "self"),
            ("Nanny Hine", "name"),
        ],
    ),
    (
        "ED RN, Atlanta. Triage note said 'pt states chest pain since yesterday, 2/10' and I "
        "let him wait four hours. STEMI on the second ECG. Get the ECG in 10 minutes, "
        "whatever the score.",
        [],
    ),
    (
        "My preceptor at Rosewood Children's Hospital, Nurse Ibekwe, made me re-read my own "
        "chart entry:\n> 0600 Jayla W, 6yo, IV fluids running at 100 mL/hr as per "
        "order.\nThe order was 40 mL/hr. I'd programmed the pump from the previous patient's "
        "setting.",
        [
            ("Rosewood Children's Hospital", "facility"),
            ("Nurse Ibekwe", "name"),
            ("Jayla W", "name"),
            ("6yo", "age"),
        ],
    ),
    (
        "Band 4 nursing associate. I took bloods from the wrong arm, the one with the "
        "fistula, because I didn't read the sign above the bed. The renal team were not "
        "pleased and I don't blame them.",
        [],
    ),
    (
        "Mental health social worker in Winnipeg. I gave my cell number, 204-555-0177, to "
        "Mrs Anjali Reddy's husband so he could update me, and he later used it to find out "
        "where she was staying.",
        [
            ("204-555-0177", "phone"),
            ("Mrs Anjali Reddy", "name"),
        ],
    ),
    (
        "Pharmacist, Sydney. I gave a patient the wrong strength of levothyroxine (100 mcg "
        "instead of 50) for two months of repeats. She had palpitations, AF on ECG. Check "
        "the strength against the script, not the box you picked last time.",
        [],
    ),
    (
        "HCA, Ireland. Hoisted Mr Seán Mac Giolla on 30/11 with a sling that had a torn "
        "strap. I saw the tear and used it anyway because the other sling was in the wash.",
        [
            ("Mr Seán Mac Giolla", "name"),
            ("30/11", "date"),
        ],
    ),
    (
        "Doctor in a small rural hospital in the Eastern Cape. I did an LP without checking "
        "the platelet count in a patient with HIV and low platelets. Small haematoma. "
        "Routine checks aren't routine when you're alone.",
        [],
    ),
    (
        "Health visitor. I went to the Mensah house on Fernhill Rise instead of the Mensah "
        "house on Fernhill Road, and discussed a safeguarding concern with the wrong mother. "
        "Ama, the right one, found out from a neighbour.",
        [
            ("Mensah", "name"),
            ("Fernhill Rise", "place"),
            ("Fernhill Road", "place"),
            ("Ama", "name"),
        ],
    ),
    (
        "NP, Boston. Prescribed a fluoroquinolone to an elderly woman on warfarin without a "
        "plan to recheck INR. INR went to 7. She bled from her gums. I set up a recheck for "
        "every interacting drug now.",
        [],
    ),
    (
        "Nurse, Dunedin. Heather Te Whare, who was 45, came to the clinic for her HPV result "
        "and I gave her Heather Wharekura's result. Same first name, same clinic day. Mine "
        "was a lab error I should have caught at Kotare Health.",
        [
            ("Heather Te Whare", "name"),
            ("45", "age"),
            ("Heather Wharekura", "name"),
            ("Kotare Health", "facility"),
        ],
    ),
    (
        "Student physio. I read the old weight-bearing status off the whiteboard and walked "
        "a patient fully weight-bearing when she was meant to be toe-touch only. The surgeon "
        "was furious and her fixation was fine, luckily.",
        [],
    ),
    (
        "Pharmacist in Durban, registration P-009821. I'm writing under my own name, "
        "Thandeka Zulu, because I think we should own these. I dispensed valproate to a "
        "woman of childbearing age without the PPP counselling.",
        [
            ("P-009821", "self"),
            ("Thandeka Zulu", "self"),
        ],
    ),
    (
        "Care home nurse, Yorkshire. I crushed a modified-release tablet for a resident with "
        "dysphagia and she became very hypotensive. Pharmacist explained the whole dose was "
        "released at once. Never crush MR.",
        [],
    ),
    (
        "Paramedic in rural Victoria. Job at Coorabin Station, 40 km of dirt road. Pt Jack "
        "O'Dwyer, 67, anterior STEMI. I didn't thrombolyse because I wasn't sure of my "
        "checklist; total time to cath was 5 hrs.",
        [
            ("Coorabin Station", "place"),
            ("Jack O'Dwyer", "name"),
            ("67", "age"),
        ],
    ),
    (
        "1-line version: I gave insulin to a patient who was NBM for theatre and didn't "
        "start a dextrose infusion; BG 2.1 at 07:00.",
        [],
    ),
    (
        "> Subject: Complaint ref PALS/2022/4183\n> Dear Ms Abernethy, I am writing about "
        "the care my father, Mr Kenji Morimoto, received on Birch Ward.\nI'm Ms Abernethy. I "
        "was the nurse in charge. My mistake was not escalating his confusion, which was a "
        "UTI turning into urosepsis.",
        [
            ("PALS/2022/4183", "record"),
            ("Ms Abernethy", "name"),
            ("Mr Kenji Morimoto", "name"),
            ("Birch Ward", "facility"),
        ],
    ),
    (
        "Nurse educator, Ontario. I signed off a new grad's IV competency without actually "
        "watching her do one. A month later she infiltrated vancomycin into a patient's "
        "hand. I signed. I own it.",
        [],
    ),
    (
        "I'm a nurse in Mysuru. Mr Ramesh Gowda, 58, had a BP of 80/50 and I gave his "
        "amlodipine because it was on the chart at 08:00. His son Praveen called the doctor, "
        "not me.",
        [
            ("Mr Ramesh Gowda", "name"),
            ("58", "age"),
            ("Praveen", "name"),
        ],
    ),
    (
        "Radiographer in Cardiff. I did a CT head on the wrong patient because I took the "
        "name from the trolley, not the wristband. Two patients, same surname, same "
        "corridor. Wristband, every time.",
        [],
    ),
    (
        "Nurse at Summerlea Hospice. I gave a subcut dose of midazolam that was prescribed "
        "for Mrs Olga Ivanova in room 3 to the lady in room 4. Olga's family were at the "
        "bedside when she became agitated again.",
        [
            ("Summerlea Hospice", "facility"),
            ("Mrs Olga Ivanova", "name"),
            ("Olga", "name"),
        ],
    ),
    (
        "Therapist in private practice, California. I forgot to lock my laptop at a coffee "
        "shop while writing notes. Nothing happened, that I know of. I now write notes only "
        "in the office.",
        [],
    ),
    (
        "Midwife in Limerick. Saoirse Kavanagh, 27, was on my list for 8 Aug 2023 and I "
        "forgot to send her GBS swab. She went into labour at 37 weeks without antibiotics, "
        "and her baby needed a septic screen.",
        [
            ("Saoirse Kavanagh", "name"),
            ("27", "age"),
            ("8 Aug 2023", "date"),
        ],
    ),
    (
        "Band 5 nurse. I took a verbal order for 'fifteen' of morphine and heard 'fifty'. I "
        "drew up 50 mg. The second checker asked if I was sure. I'm sure now: read back "
        "every verbal order.",
        [],
    ),
    (
        "Student social worker on placement at Bellhaven Youth Services. I left a case file "
        "for Kyle Ashworth, 13, on the bus, case #BYS-7720. It was handed in, but I had to "
        "tell his mum.",
        [
            ("Bellhaven Youth Services", "facility"),
            ("Kyle Ashworth", "name"),
            ("13", "age"),
            ("#BYS-7720", "record"),
        ],
    ),
    (
        "Anaesthetic registrar, Perth. Didn't check the machine properly before the first "
        "case and the scavenging wasn't connected. The ODP noticed. No patient harm. Checks "
        "before coffee.",
        [],
    ),
    (
        "Charge nurse, Aotearoa. I let a patient's visitor, Tui, take him outside for a "
        "smoke while he was on a heparin drip. His pressures dropped and he collapsed in the "
        "garden at Rātā Ward.",
        [
            ("Tui", "name"),
            ("Rātā Ward", "facility"),
        ],
    ),
    (
        "Pharmacist, Toronto. I didn't catch that a child's amoxicillin suspension was "
        "prescribed as mL when it should have been mg. The mother would have given five "
        "times the dose. She asked me a question at the counter and that's when I saw it.",
        [],
    ),
    (
        "Hi all, posting this because I need to get it off my chest. I'm Zainab Mohammed, RN "
        "at Eastfield Community Hospital. On 12th April I gave the wrong patient's eye "
        "drops, and he was 70 and had glaucoma. https://www.facebook.com/zainab.mo.rn is my "
        "page if anyone wants to message me.",
        [
            ("Zainab Mohammed", "self"),
            ("Eastfield Community Hospital", "facility"),
            ("12th April", "date"),
            ("70", "age"),
            ("https://www.facebook.com/zainab.mo.rn", "url"),
        ],
    ),
]
