"""Round 4 of issue 14's evaluation: 160 stories (80 safe, 273 spans) from two helpers who
saw only the labeling guide (identifier_round2.md), never the check's rules, corpora or code.
A: nurses, midwives, care staff, paramedics, pharmacists, prison healthcare, students (UK,
Ireland, India, Nigeria, Kenya, the Philippines, Canada); B: therapists, social workers,
doctors, allied health, dentists, school nurses (USA, Australia, New Zealand, South Africa,
Singapore, Scotland, Wales). Measured untouched with the rules of rounds 1 to 3: see
bench/README.md. Entries as in identifier_corpus: (story, [(substring, kind), ...])."""

ROUND_4_A = [
    (
        "I'm a second-year at the University of Northmoor. On placement on Kingfisher Ward I "
        "gave paracetamol to a patient who'd had co-codamol an hour earlier. The total for the "
        "day was 5 g. My practice supervisor, Lorraine Bates, sat me down and was kinder than I "
        "deserved.",
        [
            ("University of Northmoor", "facility"),
            ("Kingfisher Ward", "facility"),
            ("Lorraine Bates", "name"),
        ],
    ),
    (
        "The doctor's number was written on the board as 0803 441 2276 but I dialled 0803 441 "
        "2267 for twenty minutes. Mrs Eze's BP was 190/120 and she was fitting by the time Dr "
        "Okonkwo arrived from the staff quarters. Magnesium should have gone in long before.",
        [
            ("0803 441 2276", "phone"),
            ("0803 441 2267", "phone"),
            ("Mrs Eze", "name"),
            ("Dr Okonkwo", "name"),
        ],
    ),
    (
        "Labour room sister in a government hospital in Rajasthan. I didn't weigh a baby who "
        "looked big and normal, just wrote 3 kg. Later the baby had hypoglycaemia and the "
        "paediatrician asked the real weight. It was 4.3 kg. The macrosomia protocol would have "
        "meant early feeds and glucose checks.",
        [],
    ),
    (
        "Pharmacist in a Kano hospital. I dispensed co-trimoxazole to a pregnant woman in her "
        "first trimester without checking her gestation. The obstetrician caught it at her next "
        "visit. Folate antagonism in early pregnancy isn't something to be casual about. We "
        "added a pregnancy check box to the dispensing sticker.",
        [],
    ),
    (
        "Community pharmacy, Saturday rush. I handed out methotrexate 2.5 mg with the label "
        "saying 'take daily' because the prescriber had written OD instead of weekly. The "
        "patient's daughter queried it the next morning. We logged it on our internal system "
        "and I now check every methotrexate script against the BNF before bagging.",
        [],
    ),
    (
        "A mother called the pharmacy on 0722 418 905 asking if she could give her child the "
        "amoxicillin I'd dispensed at the same time as the paracetamol. I misheard and told her "
        "to double the dose. Her son Brian was aged 3. I called her back ten minutes later when "
        "it clicked.",
        [
            ("0722 418 905", "phone"),
            ("Brian", "name"),
            ("aged 3", "age"),
        ],
    ),
    (
        "My manager's email about it:\n> Hi Aoife,\n> Family of Mr Brennan (Room 9) rang about "
        "the bruising. Please ring his daughter on 087 364 1190 before 5.\n> Thanks, "
        "Deirdre\nI'd used the wrong sling and hadn't reported the mark.",
        [
            ("Aoife", "name"),
            ("Mr Brennan", "name"),
            ("087 364 1190", "phone"),
            ("Deirdre", "name"),
        ],
    ),
    (
        "Call to a bungalow in Drumcarrig, Co. Leitrim: an 82-year-old man, Seamus, with a fall "
        "and a long lie. I didn't think about rhabdo and left him at home with his neighbour. "
        "He was admitted two days later with an AKI.",
        [
            ("Drumcarrig", "place"),
            ("82-year-old", "age"),
            ("Seamus", "name"),
        ],
    ),
    (
        "ER nurse in Alberta. Triage, busy Friday. I gave a CTAS 3 to a woman with "
        "'indigestion' and sent her to the waiting room. Her troponin came back high two hours "
        "later and she ended up in the cath lab. I now do an ECG within 10 minutes for every "
        "epigastric pain over 40, no matter how well they look.",
        [],
    ),
    (
        "Staff nurse in an Irish acute hospital, medical ward. I took a verbal order for IV "
        "potassium over the phone and wrote 40 mmol in 100 ml to run over 30 minutes. Pharmacy "
        "caught it; peripherally we use 10 mmol per hour maximum. The NMBI code talks about "
        "clear documentation and it meant something different to me after that.",
        [],
    ),
    (
        "I was the locum pharmacist at Fairholme Pharmacy. I dispensed a repeat for NHS number "
        "485 712 3309 and put someone else's bag label on it. The patient, a Mrs Ruth Akers, "
        "noticed the wrong name at home and rang 01632 960 441 to tell us. She'd already taken "
        "one of the tablets, which were amlodipine.",
        [
            ("Fairholme Pharmacy", "facility"),
            ("NHS number 485 712 3309", "record"),
            ("Mrs Ruth Akers", "name"),
            ("01632 960 441", "phone"),
        ],
    ),
    (
        "Community pharmacist in Kisumu. A client came for emergency contraception and I sold "
        "her levonorgestrel without asking about the rifampicin she'd mentioned to the previous "
        "pharmacist. Enzyme inducers reduce effectiveness. She came back to ask and I referred "
        "her for a copper IUD. She wasn't pregnant, thankfully.",
        [],
    ),
    (
        "Final-year nursing student in Ibadan. I took a temperature, got 39.2, and charted 37.2 "
        "because I was rushing. The ward round thought the fever had settled and the "
        "antibiotics were nearly stopped. The night nurse rechecked. I told my tutor the truth "
        "and she made me present the case to my class.",
        [],
    ),
    (
        "I'm a nurse at Ogunpa Custodial Centre. An inmate, Musa Danjuma, told me he was on "
        "rifampicin for TB and I didn't check the other clinic's records before giving him his "
        "antiretrovirals. The interaction meant his viral load went up. His case file number "
        "was OCC/MED/0417 and I still know it by heart.",
        [
            ("Ogunpa Custodial Centre", "facility"),
            ("Musa Danjuma", "name"),
            ("OCC/MED/0417", "record"),
        ],
    ),
    (
        "I was the midwife on labour ward at Ikorodu General when Mrs Adebayo's CTG showed late "
        "decelerations. I thought it was maternal positioning and waited twenty minutes before "
        "calling the registrar. Baby came out with Apgars of 4 and 7 and spent two days in "
        "SCBU. Her husband Tunde still sends me Christmas messages, which somehow makes it "
        "worse.",
        [
            ("Ikorodu General", "facility"),
            ("Mrs Adebayo", "name"),
            ("Tunde", "name"),
        ],
    ),
    (
        "The fax I should have read more carefully:\n> Pt: Gerald Thibodeau  DOB 1951-04-22  "
        "OHIP 5582-331-904-KT\n> Warfarin 3 mg daily, hold x2 days pre-op\nI filled the blister "
        "packs without the hold. He had his hernia repair at Marchmont Regional with an INR of "
        "2.8 and bled more than expected.",
        [
            ("Gerald Thibodeau", "name"),
            ("1951-04-22", "date"),
            ("OHIP 5582-331-904-KT", "record"),
            ("Marchmont Regional", "facility"),
        ],
    ),
    (
        "Our clinical instructor Ma'am Villanueva asked me to compute the IV drip rate for Lola "
        "Caridad at San Rafael Medicare Hospital. I got 42 gtts/min instead of 14 because I "
        "used the wrong drop factor. She was 84 and got fluid overloaded before anyone noticed.",
        [
            ("Ma'am Villanueva", "name"),
            ("Lola Caridad", "name"),
            ("San Rafael Medicare Hospital", "facility"),
            ("She was 84", "age"),
        ],
    ),
    (
        "Chart note I wrote and regret:\n> 11/02/21 0300 Pt Dela Cruz, Rogelio, Hosp # "
        "21-004573, seen sleeping comfortably.\nHe wasn't sleeping; he was hypoglycaemic. The "
        "next nurse at Sta. Lucia District Hospital found him diaphoretic at 0500 with a CBG of "
        "1.8.",
        [
            ("11/02/21", "date"),
            ("Dela Cruz, Rogelio", "name"),
            ("Hosp # 21-004573", "record"),
            ("Sta. Lucia District Hospital", "facility"),
        ],
    ),
    (
        "## The wrong arm\nI was posted at Sri Venkateshwara Multispeciality, Ward 4B. Mr "
        "Subramaniam had a fistula on his left arm and I took BP on that arm for two days "
        "because nobody had put a sign above his bed. His UHID 20230098431 is burned into my "
        "memory because I wrote it on the incident form myself.",
        [
            ("Sri Venkateshwara Multispeciality", "facility"),
            ("Mr Subramaniam", "name"),
            ("UHID 20230098431", "record"),
        ],
    ),
    (
        "Emergency medical technician in Abuja. We transported a young man after a motorcycle "
        "crash and I forgot to re-secure the collar after moving him onto the stretcher. The "
        "receiving doctor noticed it had slipped. CT showed no spinal injury, but I still feel "
        "sick thinking about what could have happened.",
        [],
    ),
    (
        "Healthcare assistant in a nursing home in the west of Ireland. I used the hoist with "
        "the wrong sling size for a resident who'd just come back from hospital. She slipped "
        "down and I had to lower her to the floor. No fracture, but she was scared for a week. "
        "HIQA inspectors later asked about sling assessments and I was honest.",
        [],
    ),
    (
        "Band 5 on a respiratory ward, my first month. I set the Airvo to 60% FiO2 instead of "
        "40% for a patient with COPD and a target of 88-92%. ABG two hours later: pH 7.28, pCO2 "
        "8.1. The SpR was gracious. Lesson: check the prescription, not the last nurse's "
        "settings.",
        [],
    ),
    (
        "Staff nurse in a provincial hospital in Mindanao. I hung a unit of packed RBCs without "
        "doing the bedside check with a second nurse because we were short-staffed. It was the "
        "right blood, thank God. The DOH guidelines exist for a reason, and now I refuse to "
        "hang blood alone.",
        [],
    ),
    (
        "Rescue volunteer in Metro Manila during typhoon season. We brought in a man from the "
        "floodwaters and I didn't mention the leptospirosis exposure at handover. He was sent "
        "home with paracetamol and came back yellow a week later. Doxycycline prophylaxis "
        "exists and I should have said something.",
        [],
    ),
    (
        "Hospital pharmacist in Davao. A doctor wrote 'Losartan 50 mg' and I read it as "
        "'Lorazepam' from the handwriting. The nurse queried it because the patient was "
        "admitted for hypertension, not anxiety. I now ask for CPOE or phone the prescriber if "
        "I can't read a script.",
        [],
    ),
    (
        "First placement, St Brigid's Ward in Castlerahan Community Hospital. I fed Mrs "
        "Geraghty her porridge on the 3rd of February even though the sign said nil by mouth "
        "for her gastroscopy. Nobody had told me, but I hadn't read the sign either. The "
        "procedure was cancelled and she had to wait another week.",
        [
            ("St Brigid's Ward", "facility"),
            ("Castlerahan Community Hospital", "facility"),
            ("Mrs Geraghty", "name"),
            ("the 3rd of February", "date"),
        ],
    ),
    (
        "**Where:** Mama Neema Maternity, Kwa Mwangi\n**Who:** me, a student midwife, and "
        "Faith, a first-time mum aged 17\n**What:** I forgot to give the oxytocin injection "
        "after delivery. She bled about 800 ml. My preceptor, Sister Wambui, took over and "
        "everything settled.",
        [
            ("Mama Neema Maternity", "facility"),
            ("Kwa Mwangi", "place"),
            ("Faith", "name"),
            ("aged 17", "age"),
            ("Sister Wambui", "name"),
        ],
    ),
    (
        "Private hospital in Manila, ICU. I was titrating norepinephrine at 0.3 mcg/kg/min and "
        "changed the syringe without priming the new line. MAP dropped to 48 for about three "
        "minutes. The consultant was kind but firm. We now do a double-check for every "
        "vasopressor swap, and I teach the new grads the same.",
        [],
    ),
    (
        "Personal support worker doing home care in Nova Scotia. I transferred a client with a "
        "one-person pivot when her care plan said two-person with the sit-to-stand. She slid to "
        "the floor. No injury, but I could have broken her hip. I called the agency's on-call "
        "line and reported it myself.",
        [],
    ),
    (
        "Nurse at a hospice in central Kenya. I gave oral morphine 10 mg instead of 2.5 mg "
        "because the bottle was a different strength from the one on the chart. The patient "
        "slept most of the day and her respiratory rate went to 8. We watched her closely and "
        "she woke up. I now check the mg per ml on every bottle.",
        [],
    ),
    (
        "Nurse in a Nairobi ICU. I was suctioning a trach patient and forgot to pre-oxygenate. "
        "Sats dropped to 78% and he went bradycardic. The anaesthetist came, we bagged him up, "
        "and he was fine. I now say 'pre-ox' out loud every single time so the HCA holding the "
        "bag reminds me too.",
        [],
    ),
    (
        "I'm a nursing student and I posted a photo of my med cart on Instagram "
        "(instagram.com/nursing.with.nadia) without noticing the MAR in the corner showed a "
        "patient's name, Harold Kwan, and room 312. My clinical instructor at Lakeshore College "
        "saw it within an hour.",
        [
            ("instagram.com/nursing.with.nadia", "url"),
            ("Harold Kwan", "name"),
            ("Lakeshore College", "facility"),
        ],
    ),
    (
        "Night shift on Heronsgate Ward, I gave Mr Pritchard his 22:00 enoxaparin even though "
        "the morning team had stopped it for his OGD. Caught it at handover when the F1 asked "
        "why it was signed. He was fine, but I still think about it.",
        [
            ("Heronsgate Ward", "facility"),
            ("Mr Pritchard", "name"),
        ],
    ),
    (
        "Staff nurse in a mission hospital in the north. I gave IM quinine to a child in the "
        "buttock instead of the anterior thigh, because nurses older than me had always done it "
        "that way. Later I learned about sciatic nerve injury. The child was fine, but I found "
        "the WHO malaria guideline and read the injection section twice.",
        [],
    ),
    (
        "Posted in paediatrics at Shanti Nagar Civil Hospital. On 14/11/2022 a 6-year-old boy "
        "came in with dengue. I calculated his fluid rate using adult numbers and gave 500 ml "
        "in an hour. His mother, Sunita didi, noticed his eyes puffing and called the sister.",
        [
            ("Shanti Nagar Civil Hospital", "facility"),
            ("14/11/2022", "date"),
            ("6-year-old", "age"),
            ("Sunita didi", "name"),
        ],
    ),
    (
        "I pulled up the wrong chart in Cerner because two patients on our unit at Fraser Bend "
        "General were named Joseph Whitehorse, one 41 and one 67. I charted the insulin under "
        "the older man. PHN 9146 882 307 was the one I should have checked.",
        [
            ("Fraser Bend General", "facility"),
            ("Joseph Whitehorse", "name"),
            ("one 41", "age"),
            ("one 67", "age"),
            ("PHN 9146 882 307", "record"),
        ],
    ),
    (
        "Night carer in a residential home. A resident with Parkinson's didn't get her Sinemet "
        "at 22:00 because I thought the nurse had given it and she thought I had. By morning "
        "she was rigid and couldn't swallow. The GP came out, we sorted it, and now "
        "time-critical meds have their own checklist with two signatures.",
        [],
    ),
    (
        "Hospital pharmacist in Manitoba. I verified a vancomycin order in our EMR without "
        "noticing the patient's creatinine had doubled overnight. The trough came back at 28. "
        "Dialysis wasn't needed but his kidneys took weeks to recover. I now pull up the latest "
        "labs before I verify any aminoglycoside or vanco.",
        [],
    ),
    (
        "ED nurse, resus. A man came in with DKA and I started the FRIII at 0.1 units/kg/h but "
        "forgot to continue the long-acting insulin he normally takes, which the JBDS guidance "
        "says to keep going. His ketones rebounded when the drip came down. I keep a JBDS "
        "flowchart taped to the resus trolley now.",
        [],
    ),
    (
        "Community midwife in Cork. I did a day-5 heel prick and put the card in the post two "
        "days late because it was sitting in my bag over the bank holiday. The lab flagged it "
        "as delayed but the results were normal. Now I post them the same day, even if it means "
        "a detour.",
        [],
    ),
    (
        "I'm the only night RPN at Cedar Hollow Lodge, so when something goes wrong it's on me. "
        "Last winter I gave Mrs Leblanc her lorazepam twice because the MAR wasn't signed by "
        "the evening nurse. She was 93 and very drowsy all morning; her son Denis was furious, "
        "and he had every right to be.",
        [
            ("the only night RPN at Cedar Hollow Lodge", "self"),
            ("Cedar Hollow Lodge", "facility"),
            ("Mrs Leblanc", "name"),
            ("She was 93", "age"),
            ("Denis", "name"),
        ],
    ),
    (
        "On Tuesday 6th August I was a second-year student midwife at Whitmore Vale maternity "
        "unit. I documented a baby's weight in pounds instead of kilos in BadgerNet, and the "
        "vitamin K dose was calculated from it. My mentor, Fiona, caught it before it was given.",
        [
            ("Tuesday 6th August", "date"),
            ("Whitmore Vale", "facility"),
            ("Fiona", "name"),
        ],
    ),
    (
        "Retail pharmacist in Pune. A customer asked for Dolo 650 and I gave Dolonex by mistake "
        "because the boxes look similar on the shelf. He came back within the hour. Piroxicam "
        "isn't paracetamol and he has a history of gastritis. We've since moved the two "
        "products to different shelves.",
        [],
    ),
    (
        "I'm Grace Njeri Mwangi, NCK registration 47215, and I want to own this. I gave "
        "cefuroxime to a man with a documented penicillin allergy because his allergy band was "
        "on his other wrist under a dressing. He developed urticaria and we gave hydrocortisone "
        "and chlorphenamine.",
        [
            ("Grace Njeri Mwangi", "self"),
            ("NCK registration 47215", "self"),
        ],
    ),
    (
        "I work as a PSW in long-term care in Ontario. A resident with advanced Alzheimer's was "
        "on a minced diet, IDDSI level 5, and I gave her a regular cookie from the activity "
        "cart because she asked so nicely. She coughed for a long time. No aspiration pneumonia "
        "in the end, but the RPN and I went through every resident's diet card together that "
        "night.",
        [],
    ),
    (
        "Fourth-year BSN student in Cebu. During my OR duty I miscounted the sponges and said "
        "the count was correct. The scrub nurse recounted and one was missing; it was in the "
        "kick bucket, not the patient. I learned that 'correct' means you actually counted, not "
        "that you think you did.",
        [],
    ),
    (
        "Community pharmacist in Dublin. I handed out a child's amoxicillin suspension without "
        "reconstituting it, the powder still dry in the bottle. Mum came back baffled. "
        "Harmless, but imagine if she'd guessed the water amount. I now do a final check where "
        "I physically shake the bottle.",
        [],
    ),
    (
        "Night on Tumaini Ward at Mwangaza Sub-County Hospital. I gave magnesium sulphate to "
        "Akinyi Otieno, 19, without checking her reflexes or urine output first. She became "
        "drowsy with a resp rate of 10 and we gave calcium gluconate. Her NHIF number, "
        "88034127, was the only thing I'd written correctly that night.",
        [
            ("Tumaini Ward", "facility"),
            ("Mwangaza Sub-County Hospital", "facility"),
            ("Akinyi Otieno", "name"),
            ("19", "age"),
            ("NHIF number, 88034127", "record"),
        ],
    ),
    (
        "I was the only midwife on duty at the barangay health station in San Isidro that "
        "night. A primigravida came in fully dilated and I didn't check for a second twin after "
        "the first baby. The second one came 20 minutes later, breech, and thankfully "
        "fine.\n\n— Marites, RM, PRC license no. 0198442",
        [
            ("San Isidro", "place"),
            ("Marites", "name"),
            ("PRC license no. 0198442", "self"),
        ],
    ),
    (
        "I handed the discharge papers for Mohammed Shafiq to the wrong family. They had his "
        "mobile, +91 98450 22716, and his address in Kalyan Layout 3rd Block printed on top. "
        "The other family returned them the next day, but it still counts as a breach.",
        [
            ("Mohammed Shafiq", "name"),
            ("+91 98450 22716", "phone"),
            ("Kalyan Layout 3rd Block", "place"),
        ],
    ),
    (
        "What went wrong, in order:\n- Pt: Wanjiru Kamau, 31, para 2, PPH after home "
        "delivery\n- Arrived at Nyahururu County Referral Hospital at 23:10\n- I hung the "
        "oxytocin in the wrong bag and it ran at the wrong rate\nShe survived after three units "
        "of blood. I still remember her mother praying in the corridor.",
        [
            ("Wanjiru Kamau", "name"),
            ("31", "age"),
            ("Nyahururu County Referral Hospital", "facility"),
        ],
    ),
    (
        "We were called to a farmhouse on Concession Road 9 outside Arnprior for a 79-year-old "
        "with chest pain. I gave nitro without checking whether he'd taken sildenafil. He had. "
        "His pressure dropped to 70 systolic. His wife, Marguerite, had the pill bottle on the "
        "counter the whole time.",
        [
            ("Concession Road 9", "place"),
            ("Arnprior", "place"),
            ("79-year-old", "age"),
            ("Marguerite", "name"),
        ],
    ),
    (
        "Diploma nursing student on my medical rotation in Nairobi. I was asked to give IV "
        "metronidazole and I pushed it as a bolus instead of running it over 30 minutes. The "
        "patient felt nauseated but nothing worse. My clinical instructor made me read the drug "
        "leaflet out loud to the whole group, which was embarrassing, but I've never forgotten "
        "it.",
        [],
    ),
    (
        "Primary care paramedic in British Columbia. I gave ASA 160 mg to a man with chest pain "
        "without asking about his recent GI bleed. His wife mentioned it in the back of the "
        "ambulance. He didn't bleed, but I felt awful. Our protocol has the contraindications "
        "right there and I skipped the page.",
        [],
    ),
    (
        "I replied to the wrong thread and sent a list of our narcotic register entries, "
        "including 'Ramesh Iyer, morphine 10 mg, bed 22', to "
        "medicalrep.north@pharmazenix.co.in. It should have gone to the audit team at "
        "Kaverinagar Heart Institute. The rep deleted it, but it still went on record as a "
        "breach.",
        [
            ("Ramesh Iyer", "name"),
            ("medicalrep.north@pharmazenix.co.in", "email"),
            ("Kaverinagar Heart Institute", "facility"),
        ],
    ),
    (
        "We picked up a boda boda rider near Githure junction and I put the pelvic binder over "
        "the iliac crests instead of the greater trochanters. At Kirimara Level 4 Hospital they "
        "re-applied it straight away. His name was Kevin Mutua and he was 22.",
        [
            ("Githure junction", "place"),
            ("Kirimara Level 4 Hospital", "facility"),
            ("Kevin Mutua", "name"),
            ("he was 22", "age"),
        ],
    ),
    (
        "Third-year student on placement in a GP surgery. I gave a B12 injection into the "
        "deltoid but didn't check it was the right patient; two people with the same first name "
        "were in the waiting room. The other person also had a B12 due, by chance, so no harm. "
        "My practice assessor and I now use two identifiers even for 'simple' jobs.",
        [],
    ),
    (
        "Prison nurse, Cat B. During a code blue on the wing I couldn't find the naloxone in "
        "the grab bag because it had been moved into a different pouch after the last audit. We "
        "used the spare from the treatment room and the man survived. Now we check the bag "
        "every shift and the checklist lists pouch locations.",
        [],
    ),
    (
        "Ambulance call to a road traffic collision on the highway outside Nairobi, GCS 13 on "
        "arrival. I gave 1 g of tranexamic acid but forgot to record the time on the PRF. The "
        "receiving team at the county referral hospital had to guess whether a second dose was "
        "due. Now I write TXA times on my glove before anything else.",
        [],
    ),
    (
        "Nurse in a CHSLD in Quebec during the pandemic. I moved between a COVID-19 positive "
        "unit and a clean unit without changing my gown because we were short of PPE. Two "
        "residents on the clean unit tested positive a week later. I'll never know if it was "
        "me. I still think about it every time I glove up.",
        [],
    ),
    (
        "I'm a senior carer at the Beeches in Low Hesket. Doris in room 14 was on thickened "
        "fluids and the night agency worker gave her plain tea. I'd written it in the handover "
        "book but hadn't said it out loud. She was fine, thank God.",
        [
            ("the Beeches", "facility"),
            ("Low Hesket", "place"),
            ("Doris", "name"),
        ],
    ),
    (
        "I sent a discharge summary to the wrong GP. The e-mail read:\n> To: "
        "reception@ballyconnellmedical.ie\n> Re: Patricia Doherty, MRN 4471902, discharged 9 "
        "March\nThe practice rang back to say they'd never heard of her. Nobody was hurt, but "
        "it was a data breach and I had to fill in the form myself.",
        [
            ("reception@ballyconnellmedical.ie", "email"),
            ("Patricia Doherty", "name"),
            ("MRN 4471902", "record"),
            ("9 March", "date"),
        ],
    ),
    (
        "I'm a nurse in a dialysis centre. I told a patient's wife the wrong time for his next "
        "session and she took him home. I texted her the correction from my own phone, 0917 553 "
        "2084, which is against policy. Mang Ernesto missed one session and came in with a "
        "potassium of 6.8 the next day.",
        [
            ("0917 553 2084", "phone"),
            ("Mang Ernesto", "name"),
        ],
    ),
    (
        "Nurse Chioma and I were on night duty at Oke-Odan Specialist Hospital. She asked me to "
        "co-sign the insulin and I signed without looking because we'd been together 12 hours. "
        "The dose was 40 units instead of 4. Baba Ogunleye was 71 and his sugar dropped to 1.9. "
        "We caught it on the 2am check.",
        [
            ("Nurse Chioma", "name"),
            ("Oke-Odan Specialist Hospital", "facility"),
            ("Baba Ogunleye", "name"),
            ("was 71", "age"),
        ],
    ),
    (
        "Midwife in a busy teaching hospital in the south-west. I gave misoprostol for PPH "
        "prevention but forgot to check whether the woman had a previous caesarean. She did. "
        "Nothing happened, but the consultant made us all re-read the WHO guidance. I now ask "
        "about uterine scars before anything goes in.",
        [],
    ),
    (
        "CAD ref 230714-0192. Called to 17 Larkmead Close for a woman with anaphylaxis after a "
        "wasp sting. I gave IM adrenaline into the thigh but used the 150 mcg auto-injector "
        "meant for her kid. Her husband, Gavin, pointed it out. Second dose five minutes later "
        "and she was fine.",
        [
            ("CAD ref 230714-0192", "record"),
            ("17 Larkmead Close", "place"),
            ("Gavin", "name"),
        ],
    ),
    (
        "I work in healthcare at HMP Kestrel Fields. I gave Mr Osei, 35, the clozapine meant "
        "for the man in the next cell. His prison number, A7392DF, was on the script and I "
        "didn't read it. He was drowsy and hypotensive for a day.",
        [
            ("HMP Kestrel Fields", "facility"),
            ("Mr Osei", "name"),
            ("35", "age"),
            ("A7392DF", "record"),
        ],
    ),
    (
        "The WhatsApp message from the ward group:\n> Sister, bed 7 Lakshmi amma sugar 42, "
        "given 25% dextrose? pls confirm\nI read it as 420 and replied 'give Actrapid 8 units "
        "as per scale'. The duty doctor, Dr Farhan, saw the group and stopped it. I was on "
        "leave that day, half asleep.",
        [
            ("Lakshmi amma", "name"),
            ("Dr Farhan", "name"),
        ],
    ),
    (
        "Second-year BSc nursing student on a medical ward in Chennai. I was told to check the "
        "CBG before insulin and wrote 'HI' as 'H1' in the chart. The staff nurse nearly gave 2 "
        "units instead of calling the doctor. Glucose was actually above 600. I learnt that day "
        "to write out HIGH in full.",
        [],
    ),
    (
        "Staff nurse in a cardiac ICU in Hyderabad. I connected the heparin infusion to the "
        "lumen of the central line already running amiodarone. We noticed precipitation in the "
        "line within minutes and nothing reached the patient. Our unit now labels every lumen "
        "with coloured tape.",
        [],
    ),
    (
        "EMT on a 108 ambulance in Maharashtra. We picked up a snakebite patient and I applied "
        "a tight tourniquet because that's what the family had seen in films. The doctor at the "
        "district hospital removed it immediately and explained why. I now carry the national "
        "snakebite protocol printed in my pocket.",
        [],
    ),
    (
        "> Ma'am Joy, pt Reyes bed 12 BP 80/50 after the nicardipine drip, pls advise\nI sent "
        "that text to the wrong resident at 3am. By the time the right one answered, 40 minutes "
        "had passed. He was 68 and he recovered, but I never again texted from memory.",
        [
            ("Joy", "name"),
            ("Reyes", "name"),
            ("He was 68", "age"),
        ],
    ),
    (
        "I'm a nurse at HMP Greyfriars Moor. During evening meds I gave one man's methadone to "
        "another on the same landing because both were called Wilson and I only checked the "
        "surname. The one who got the extra dose was 24 and barely tolerant; we monitored him "
        "overnight and he was okay. Now we use photo ID at every hatch.",
        [
            ("HMP Greyfriars Moor", "facility"),
            ("Wilson", "name"),
            ("was 24", "age"),
        ],
    ),
    (
        "I'm a band 3 HCA. I did a full set of obs on a post-op patient, NEWS2 came out at 6, "
        "and I told the nurse verbally but didn't escalate when she got busy. An hour later he "
        "was septic. The nurse-in-charge told me I'm allowed to bleep the outreach team myself, "
        "and I do now.",
        [],
    ),
    (
        "Cat 2 call, elderly man on the floor for hours. I did a 12-lead, saw peaked T waves, "
        "and still gave him a litre of Hartmann's before thinking about potassium. ED got K+ "
        "7.2 on the VBG. He got calcium gluconate and insulin-dextrose and survived. I was the "
        "one who had to own up at the huddle.",
        [],
    ),
    (
        "Band 6 midwife on delivery suite. I started a Syntocinon infusion at double the "
        "prescribed rate because I misread the regimen. The CTG showed hyperstimulation within "
        "20 minutes. I stopped it, gave terbutaline, and the baby was born later with good "
        "Apgars. Datix filed, debrief done, and I now read the regimen chart aloud with the "
        "second checker.",
        [],
    ),
    (
        "The complaint letter started:\n> Dear Manager,\n> My mother, Irene Blackwood, aged 88, "
        "resident at Thornleigh House since 2019...\nI was the carer who left her bedroom "
        "window open overnight in January. She got a chest infection. Her family were right to "
        "complain.",
        [
            ("Irene Blackwood", "name"),
            ("aged 88", "age"),
            ("Thornleigh House", "facility"),
        ],
    ),
    (
        "Hospital pharmacist in Lagos. A prescription came for artemether-lumefantrine and I "
        "dispensed it with instructions for once daily instead of twice daily. The mother came "
        "back on day 3 because the child still had fevers. Malaria RDT was still positive. We "
        "restarted the course properly and I added a counselling checklist to the dispensary.",
        [],
    ),
    (
        "Text from the nurse in charge after my shift:\n> Hi Priya, did u do Mr Hollis's "
        "pressure areas at 4? Tissue viability coming at 10\nI hadn't. I'd signed the SSKIN "
        "bundle because I'd done everyone else in bay 2. He had a grade 2 on his sacrum by "
        "morning.",
        [
            ("Priya", "name"),
            ("Mr Hollis", "name"),
        ],
    ),
    (
        "Email I received the next morning:\n> From: "
        "k.ashworth@hmpthornfell.justice.example.uk\n> Subject: Incident ref IR-22-0563, "
        "insulin not given on A wing\nI'd missed the evening insulin for a man on A wing "
        "because he was at a legal visit and nobody rebooked him. His morning BM was 24.",
        [
            ("k.ashworth@hmpthornfell.justice.example.uk", "email"),
            ("IR-22-0563", "record"),
        ],
    ),
]

ROUND_4_B = [
    (
        "Counsellor at a university student wellness centre in Johannesburg. I put a student, "
        "Naledi Khumalo, into a trauma-processing group without checking the list against her "
        "intake form, which named her ex-boyfriend. He was in the same group. She walked in, "
        "saw him, and left. Her file, UCW-2022-3381, now carries a big red flag, and we "
        "cross-check every group list.",
        [
            ("Naledi Khumalo", "name"),
            ("UCW-2022-3381", "record"),
        ],
    ),
    (
        "GP. I sent a cardiology referral with the wrong patient's demographics because I had "
        "two tabs open. The letter header read:\n> Re: Wiremu Paki, DOB 23/11/1961, NHI "
        "JXB5572\n> 44 Kahikatea Drive, Rangiātea Bay\nThe clinic booked Mr Paki for an echo he "
        "didn't need, and the man who did need it waited another six weeks. I close every "
        "patient before opening the next now.",
        [
            ("Wiremu Paki", "name"),
            ("23/11/1961", "date"),
            ("JXB5572", "record"),
            ("44 Kahikatea Drive", "place"),
            ("Rangiātea Bay", "place"),
        ],
    ),
    (
        "Speech therapist at a government clinic in Gauteng. I discharged a Grade 1 boy with a "
        "stutter after six sessions because his parents said it was much better, without a "
        "formal measure. When a colleague saw him later his %SS was still around 8 and his "
        "teacher reported he'd stopped answering in class. I take a speech sample and a %SS "
        "before every discharge now, whatever the family says.",
        [],
    ),
    (
        "Physio on a cardiac ward in Wellington. I did an ACBT session with a patient two days "
        "after CABG without checking that sternal precautions had been explained, and he pushed "
        "up from the chair with both arms. Sternal click that night. I teach 'keep your move in "
        "the tube' on day 1 now and check it before every session.",
        [],
    ),
    (
        "Clinical psychologist in private practice in Cape Town. I scored a client's BDI-II as "
        "19 when it was actually 29 because I added the columns wrong, and told him his "
        "depression was mild to moderate. At the next session his PHQ-9 was 22 and he disclosed "
        "passive suicidal ideation. I'd been about to drop him to fortnightly. I now "
        "double-score every inventory and use the scoring template in the practice software "
        "instead of adding by hand.",
        [],
    ),
    (
        "Physio on a stroke unit. I stood a patient up without checking she'd eaten; she'd been "
        "NBM for 24 hours pending a SALT review. She vasovagalled and I lowered her to the "
        "floor. No injury, Datix'd as WEB-128870, and the ward manager was lovely about "
        "it.\n\n- Fiona Gillespie, Band 6 physio, Ardmore Royal Infirmary",
        [
            ("WEB-128870", "record"),
            ("Fiona Gillespie", "self"),
            ("Ardmore Royal Infirmary", "facility"),
        ],
    ),
    (
        "Psychologist doing family court reports. I sent a report to the opposing solicitor "
        "instead of my client's, because both firms had similar names in my contacts. My "
        "covering email ended:\n> Kind regards,\n> Dr Hannah Whitcombe\n> Clinical Psychologist "
        "| PSY0001876543\n> hannah@clearpathpsych.com.au\nSo yes, this is me. I self-reported "
        "to AHPRA and the client's solicitor sought orders about how the report could be used.",
        [
            ("Dr Hannah Whitcombe", "self"),
            ("PSY0001876543", "self"),
            ("hannah@clearpathpsych.com.au", "email"),
        ],
    ),
    (
        "Dentist on a mobile unit visiting Tōtara Heights School. I gave a 9-year-old bilateral "
        "IANBs with lignocaine and adrenaline without working out her max dose for 24 kg. She "
        "went pale and drowsy and we called an ambulance; she recovered fully in ED. Her name "
        "was Mia and she was already terrified of dentists. I write the max dose in the notes "
        "before I pick up the syringe now.",
        [
            ("Tōtara Heights School", "facility"),
            ("9-year-old", "age"),
            ("Mia", "name"),
        ],
    ),
    (
        "Dentist in a private clinic in Singapore. I placed a composite on the lower right 5 "
        "and didn't check the bite properly because she was still numb and said it felt fine. "
        "She came back three days later with acute apical periodontitis from the high spot. A "
        "10-minute fix, but she'd had three nights of pain over Chinese New Year. Articulating "
        "paper and side-to-side grinding, every time.",
        [],
    ),
    (
        "GP in a practice in Hamilton. A PSA of 7.2 for a man in his 60s got lost because I "
        "marked it as seen on a Friday at 17:45, meaning to action it Monday, and then I was "
        "off sick on Monday. Six months later he came in with bone pain. I never mark a result "
        "as seen until it's actioned, and we use a Medtech task for every abnormal now.",
        [],
    ),
    (
        "Dentist in a small country practice in NSW. On Friday 17 March I took out a lower "
        "molar for a farmer from out past Tallabri Creek who was on warfarin, without checking "
        "his INR; it turned out to be 4.3. He bled in the ute all the way home. Kooringal "
        "Dental is the only practice for 100 km, so I see him every six months and he's never "
        "let me forget it.",
        [
            ("Friday 17 March", "date"),
            ("Tallabri Creek", "place"),
            ("Kooringal Dental", "facility"),
        ],
    ),
    (
        "School nurse in the Highlands. I gave a P7 girl her HPV vaccine after checking only "
        "the online consent, which said yes. The paper form her parents had sent in said no. "
        "Her dad called the health board, understandably. I now check both forms and flag any "
        "conflict the day before the session, not during it.",
        [],
    ),
    (
        "OT in a mental health inpatient unit in Dunedin. I took a client to the supermarket "
        "and let her use the bathroom alone, not realising her leave conditions under the "
        "Mental Health Act required escort at all times. She came back fine, but she could have "
        "left. I read the leave form itself before any outing now, not the whiteboard.",
        [],
    ),
    (
        "Consultant psychiatrist in north Wales. I discharged a man from our CMHT without "
        "confirming that his GP at Heol Dinas Surgery had accepted lithium monitoring. Nobody "
        "checked his level for five months. He came into the ED at Ysbyty Glan Hafren with "
        "coarse tremor and a level of 1.8. NHS number 486 223 9184 was on every letter, but the "
        "shared care agreement was never signed. I don't close a case until shared care is "
        "confirmed in writing.",
        [
            ("Heol Dinas Surgery", "facility"),
            ("Ysbyty Glan Hafren", "facility"),
            ("486 223 9184", "record"),
        ],
    ),
    (
        "Radiographer at an imaging centre. I X-rayed the wrong wrist because I checked the "
        "name but not the side. The request said:\n> Pt: Tan Mei Ling, NRIC S8234517H, L wrist "
        "pain post fall 03/02/2024\nI took the right wrist. The radiologist caught it, we "
        "re-imaged, and she got a dose she didn't need. Now I ask every patient to point to the "
        "sore side before I position.",
        [
            ("Tan Mei Ling", "name"),
            ("S8234517H", "record"),
            ("03/02/2024", "date"),
        ],
    ),
    (
        "Hospital social worker. I copied my case note template from a previous patient and "
        "forgot to change a paragraph, so my new patient's chart said:\n> SW r/v. Pt lives "
        "alone at 27 Banksia Crescent, Bilbarra Flats. Daughter Kylie (0412 558 093) is "
        "NOK.\nThat was the previous patient's address and daughter. It surfaced when the "
        "discharge coordinator rang Kylie. Reported in RiskMan and the record was corrected.",
        [
            ("27 Banksia Crescent", "place"),
            ("Bilbarra Flats", "place"),
            ("Kylie", "name"),
            ("0412 558 093", "phone"),
        ],
    ),
    (
        "Counsellor in private practice in the Borders. A client texted me at 01:10:\n> its "
        "jen. cant do this anymore. at the bridge at Craigmarnock\nI didn't see it until after "
        "7. Police found her and she's ok, but I had never agreed an out-of-hours plan with "
        "her. Every client now has a written crisis plan with NHS 24 and Samaritans details, "
        "and my voicemail says I don't monitor messages overnight.",
        [
            ("jen", "name"),
            ("Craigmarnock", "place"),
        ],
    ),
    (
        "GP in Melbourne. I billed a telehealth consult to the wrong patient, a different Tran "
        "with the same date of birth. The right patient was Minh Tran, Medicare 2953 41087 1. "
        "The wrong one got a statement and rang us, very confused, from Kalbeena North. "
        "Eastlink Family Medical refunded it and we now check three identifiers at billing.",
        [
            ("Tran", "name"),
            ("Minh Tran", "name"),
            ("2953 41087 1", "record"),
            ("Kalbeena North", "place"),
            ("Eastlink Family Medical", "facility"),
        ],
    ),
    (
        "OT in a provincial hospital, writing up a near miss.\n\n**What happened**\n- Client: "
        "Sipho Mahlangu, 45, right CVA, rehab ward at Kwaggasrand Provincial Hospital\n- I "
        "issued a loan wheelchair without checking the brakes\n- It rolled back on the ramp at "
        "his home in Tsholofelo Ext 4 and he tipped into the wall\n\n**Learning**\nCheck every "
        "chair before issue, not just the new ones.",
        [
            ("Sipho Mahlangu", "name"),
            ("45", "age"),
            ("Kwaggasrand Provincial Hospital", "facility"),
            ("Tsholofelo Ext 4", "place"),
        ],
    ),
    (
        "Acute care OT in a Level I trauma center in Arizona. I had a patient with a fresh hip "
        "fracture do a toilet transfer without reinforcing posterior hip precautions because "
        "the order set said anterior approach. The op note, updated later, said posterolateral. "
        "No dislocation, but I'd coached her into well over 90 degrees of flexion. I read the "
        "op note itself now, never the summary.",
        [],
    ),
    (
        "OT working with NDIS participants in Melbourne. I recommended a shower commode without "
        "measuring the recess, and the supplier delivered a chair that wouldn't clear the hob. "
        "The participant had no safe way to shower for eleven days while we waited for a "
        "replacement. I've added recess width, hob height and door clearance to my template and "
        "I take photos at every home visit.",
        [],
    ),
    (
        "Dentist in an NHS practice in Aberdeen. I didn't ask about bisphosphonates before "
        "extracting a lower molar for a woman in her 70s who'd been on alendronic acid for "
        "years. She developed MRONJ. The SDCEP guidance is crystal clear and I'd read it. "
        "There's a specific question on our medical history form now, and I check the ECS "
        "before any extraction.",
        [],
    ),
    (
        "Substance use counselor at an outpatient program in Chicago. A client on buprenorphine "
        "16 mg daily had a UDS positive for fentanyl and I wrote 'relapse, discuss next "
        "session' instead of escalating to the prescriber that day. She overdosed that weekend "
        "and survived thanks to Narcan. Our protocol now says same-day prescriber contact for "
        "any fentanyl positive, and a naloxone check every visit.",
        [],
    ),
    (
        "Rad tech in a big hospital in Houston. I scanned a patient in MRI whose screening form "
        "said no implants but who had a programmable VP shunt. I didn't ask about the scar on "
        "her scalp. The setting changed and she needed a skull X-ray and reprogramming by "
        "neurosurgery. I do a verbal screen and a visual check myself now, and I ask about "
        "Codman and Strata valves by name.",
        [],
    ),
    (
        "Home health PT in rural Montana. I started soft tissue work on a patient's lumbar "
        "spine without re-checking her med list, and she'd started warfarin the week before for "
        "AFib. She had a big bruise over the paraspinals, nothing worse. I review the last "
        "visit note and the hospital discharge summary before every session now, not just at "
        "SOC.",
        [],
    ),
    (
        "GP partner in Lanarkshire. A patient emailed the practice inbox about his sexual "
        "health results and I forwarded it to the wrong Dr Ross in the health board directory, "
        "a dermatologist rather than the GUM consultant. The original read:\n> From: "
        "kenny.mcallister77@gmail.com\n> Sent: 09/08/2023 21:14\n> Hi doc, results back from "
        "the clinic, can you explain?\nI told him and reported it to our Caldicott Guardian.",
        [
            ("Dr Ross", "name"),
            ("kenny.mcallister77@gmail.com", "email"),
            ("09/08/2023", "date"),
        ],
    ),
    (
        "Hospice social worker in Kentucky. I left a voicemail about DNR paperwork for Mr "
        "Leonard Pruitt on the wrong number. It went to a neighbor, who told half of Harlan "
        "Springs that the Pruitts' dad was dying. The number I should have dialed was (502) "
        "555-0144, the son's cell, printed right under his address, 1128 Sycamore Bend Rd, on "
        "the face sheet. I read numbers back from the chart before leaving any message now.",
        [
            ("Mr Leonard Pruitt", "name"),
            ("Harlan Springs", "place"),
            ("the Pruitts", "name"),
            ("(502) 555-0144", "phone"),
            ("1128 Sycamore Bend Rd", "place"),
        ],
    ),
    (
        "Social worker at a hospital in Auckland. I organised a family meeting for a kaumātua "
        "with advanced COPD and booked the room for 2 pm, but told the whānau 12. Eleven people "
        "waited two hours in the corridor over Waitangi Day weekend, including a nephew who'd "
        "driven up from Wellington. The palliative team were gracious, but it dented trust "
        "before we'd started. I now send written confirmation of times and check with the "
        "kaiāwhina before any hui.",
        [],
    ),
    (
        "Family medicine PGY-1 in Minnesota. I refilled lisinopril for a patient whose last BMP "
        "was eighteen months old without ordering a new one. At her next visit her potassium "
        "was 5.9 and her creatinine had doubled. Epic had flagged it and I clicked past the "
        "BPA. I don't refill ACE inhibitors without labs from the past year now, and I treat "
        "every BPA as a real stop.",
        [],
    ),
    (
        "Physio on an ortho ward in Sydney. I stood a day 0 TKR patient up while his adductor "
        "canal block was still working, without checking quads activation first. His knee "
        "buckled and I lowered him into the chair. No injury. The ward protocol says check SLR "
        "before standing anyone after a femoral or adductor canal block. I skipped it because "
        "it was 4:40 pm and I wanted him up before handover.",
        [],
    ),
    (
        "F2 doing GP in the Valleys. I documented a normal cardiovascular exam on a patient I "
        "hadn't actually auscultated because I ran out of time and the template filled it in. A "
        "week later the practice nurse heard an obvious ejection systolic murmur and echo "
        "showed moderate aortic stenosis. My note didn't cause harm, but it could have. I "
        "delete template lines I haven't done now.",
        [],
    ),
    (
        "Radiographer doing a portable chest at Warrumbul Base Hospital. The request said bed "
        "9, but the patient had moved to bed 11 and someone new was in bed 9. My patient was "
        "Doris Kemp, 86, UR 0338146, and I X-rayed the wrong woman because I didn't check the "
        "wristband. Reported in RiskMan. Two identifiers for every patient, including portables.",
        [
            ("Warrumbul Base Hospital", "facility"),
            ("Doris Kemp", "name"),
            ("86", "age"),
            ("0338146", "record"),
        ],
    ),
    (
        "LCSW at a community mental health center in Ohio. I mixed up two clients' safety plans "
        "and Mr Delgado, 34, went home with a plan listing his ex-wife as a support contact. I "
        "only found out when she rang the front desk at (614) 555-0187 asking why she'd been "
        "named. We filed incident report IR-22-0913 and I rewrote the plan with him the next "
        "morning.",
        [
            ("Mr Delgado", "name"),
            ("34", "age"),
            ("(614) 555-0187", "phone"),
            ("IR-22-0913", "record"),
        ],
    ),
    (
        "Physio in a community MSK service in Swansea. I gave a man a McKenzie extension "
        "programme for what I thought was discogenic back pain, having asked about bladder "
        "function but not saddle anaesthesia. He went into retention the following week and had "
        "an emergency decompression. He's recovered well. I use the full CES card every time "
        "now and give it to the patient to take home.",
        [],
    ),
    (
        "GP in a small practice in the Free State. I wrote a sick note with the previous "
        "patient's record still open, so it had Lerato Dube's name and ID number, "
        "8804150432087, on it, and I handed it to a completely different woman. Her employer "
        "phoned Lerato to check. We apologised to both, and I print notes from inside the "
        "consult now, never from the search screen.",
        [
            ("Lerato Dube", "name"),
            ("8804150432087", "record"),
        ],
    ),
    (
        "Dentist in Pretoria. I separated a file in the MB canal of a lower left 6 and didn't "
        "tell the patient; I just obturated around it. Her next dentist spotted it on a "
        "periapical and told her. She complained to the HPCSA (ref. COMP/2023/0812), and she "
        "was right to. I'm writing this as Dr Johan van Rooyen because hiding behind anonymity "
        "feels wrong. Tell the patient. Always.",
        [
            ("COMP/2023/0812", "record"),
            ("Dr Johan van Rooyen", "self"),
        ],
    ),
    (
        "Counsellor working with ACC sensitive claims in Auckland. I sent an assessment report "
        "to ACC before the client had read it, which broke the agreement we'd made at the first "
        "session. She found out when her case manager rang her about it. I now share every "
        "report with the client first, record their consent in the notes, and build that time "
        "into the ISSC timeframes.",
        [],
    ),
    (
        "OT in a day rehab centre in Singapore. I gave a man with early Parkinson's a weighted "
        "cutlery set from the loan cupboard without checking whether his tremor was resting or "
        "action. It barely helped, and meanwhile he'd let his Madopar timings slide because he "
        "thought the spoon would fix things. I now explain equipment versus medication clearly "
        "and write the home programme in English and Mandarin.",
        [],
    ),
    (
        "Radiographer in Singapore. I injected iodinated contrast for a CT abdomen without "
        "checking the patient's metformin or eGFR, which was 38. Under the ESUR and local "
        "guidelines it wasn't strictly contraindicated, but it should have prompted a "
        "discussion about holding metformin for 48 hours. I check both for every contrast "
        "patient now and document it on the RIS checklist.",
        [],
    ),
    (
        "Dentist, regional practice in Queensland. I gave an IANB with articaine 4% to a "
        "patient who'd ticked 'no' to anticoagulants on the medical history but was on "
        "apixaban; she just didn't think of it as a blood thinner. Post-extraction bleeding "
        "went on for hours and she ended up in ED. Now I ask about Eliquis, Xarelto, warfarin "
        "and aspirin by name and check the med list from her GP, not just the tick-box form.",
        [],
    ),
    (
        "Medical social worker at Punggol Waters General. I approved a Medifund application "
        "against the wrong file because two patients shared a surname and I didn't check the "
        "NRIC. Mr Goh Boon Keat, a 79-year-old on haemodialysis, had his subsidy delayed by a "
        "month. His daughter called our office on 6378 2240 almost daily. I check full name and "
        "NRIC on every form now.",
        [
            ("Punggol Waters General", "facility"),
            ("Mr Goh Boon Keat", "name"),
            ("79-year-old", "age"),
            ("6378 2240", "phone"),
        ],
    ),
    (
        "LPC here. On March 3rd I told a 16-year-old client, Kaylee, that what she shared would "
        "stay between us, without explaining the limits of confidentiality. Then she disclosed "
        "that her stepdad was hitting her. I had to report to CPS and she felt betrayed. The "
        "agency case # was 24-0311-CW. I now go through informed consent and mandated reporting "
        "at every first session, especially with teenagers.",
        [
            ("March 3rd", "date"),
            ("16-year-old", "age"),
            ("Kaylee", "name"),
            ("24-0311-CW", "record"),
        ],
    ),
    (
        "Radiographer in an ED in Christchurch. I did a CT head without asking about pregnancy "
        "because it was 'just a head'. The dose to the uterus is negligible, but our protocol "
        "still requires the question to be asked and documented, and she was 8 weeks pregnant. "
        "She found out at her booking scan and was frightened. I now ask everyone of "
        "childbearing age, every time, and tick it in the RIS.",
        [],
    ),
    (
        "Psychologist. I ran a telehealth session and had emailed the wrong link, so a "
        "different client joined mid-session. The link was zoom.us/j/84512290733. My client, "
        "Danielle, 27, was talking about her divorce at the time. Both live in Tulsa, and I "
        "still don't know whether the second one recognised her. Waiting rooms on, unique "
        "links, always.",
        [
            ("zoom.us/j/84512290733", "url"),
            ("Danielle", "name"),
            ("27", "age"),
        ],
    ),
    (
        "OT on an acute medical ward in Glasgow. I signed off a home visit report saying the "
        "patient could manage stairs independently, based on what she told me, not what I saw. "
        "Her Barthel was 60 and her Berg was 34, which should have rung alarm bells. She fell "
        "on the second day home. I now do a stair assessment on the ward before any discharge "
        "recommendation, and I write observed vs reported function separately.",
        [],
    ),
    (
        "GP in a busy practice in Durban. I started metformin 850 mg BD for a man whose eGFR "
        "turned out to be 28; the result came back after I'd written the script. Two weeks "
        "later he was vomiting with a lactate of 4.1. He recovered, but it was avoidable. I now "
        "wait for the U&E before starting any renally cleared drug, and the SEMDSA guideline "
        "lives on my desktop.",
        [],
    ),
    (
        "SLT on a stroke ward in Cardiff. After a bedside swallow screen I didn't put a nil by "
        "mouth sign above the bed, assuming the nurses would read my entry in the notes. A "
        "relative gave her a cup of tea from the trolley at 15:00. She coughed, spiked a "
        "temperature overnight and needed IV co-amoxiclav. I put the sign up and tell the nurse "
        "in charge face to face before I leave the bay now.",
        [],
    ),
    (
        "Attending in a community ED in Ohio. I discharged Gerald Fitch, 52, with chest pain on "
        "a single troponin because his HEART score was 3, missing that the pain had started "
        "only 40 minutes before arrival. He came back six hours later with an NSTEMI (MRN "
        "004417820). He's okay. The peer review case was QA-2023-118 and I deserved it.",
        [
            ("Gerald Fitch", "name"),
            ("52", "age"),
            ("004417820", "record"),
            ("QA-2023-118", "record"),
        ],
    ),
    (
        "## Near miss: wrong patient TENS\n\nSenior physio at Kembangan Rise Community "
        "Hospital. Two patients with near-identical names were on the same ward, Mdm Lim Siew "
        "Choo and Mdm Lim Siew Hoon. I went to bed 14 instead of bed 12 and started TENS on Mdm "
        "Lim Siew Hoon, who has a pacemaker. She mentioned her 'heart machine' within a minute "
        "and I stopped. Filed as IR-2023-04417. Two identifiers, every time, even when you "
        "think you know the patient.",
        [
            ("Kembangan Rise Community Hospital", "facility"),
            ("Mdm Lim Siew Choo", "name"),
            ("Mdm Lim Siew Hoon", "name"),
            ("IR-2023-04417", "record"),
        ],
    ),
    (
        "GP in west Wales. On 2nd February I did a home visit to a man in his 80s out in "
        "Cwmbrynach and put his confusion down to a UTI, started nitrofurantoin and left. His "
        "NEWS2 would have been 6 if I'd bothered to do one. He died two days later in Ysbyty "
        "Glanmeurig with urosepsis. His name was Gwilym Prosser and I still think about him "
        "every week.",
        [
            ("2nd February", "date"),
            ("Cwmbrynach", "place"),
            ("Ysbyty Glanmeurig", "facility"),
            ("Gwilym Prosser", "name"),
        ],
    ),
    (
        "GP registrar (ST2) in Fife. I filed a blood result as 'normal, no action' when the "
        "potassium was 6.4. The lab phoned the practice on 01592 648 201 the next morning. The "
        "patient, Mrs Agnes Baird, CHI 1504438827, came in for an ECG and it was fine, thank "
        "goodness. I'd been clearing 140 results on Docman between surgeries. I never file "
        "results in a rush at the end of the day now.",
        [
            ("01592 648 201", "phone"),
            ("Mrs Agnes Baird", "name"),
            ("1504438827", "record"),
        ],
    ),
    (
        "Outpatient PT at Lakeshore Rehab & Sports in Millbrook Heights. I put a hot pack on "
        "the low back of a patient with a spinal cord stimulator without re-checking sensation "
        "over the area. Mr Raymond Okoye, 71, ended up with a superficial burn. I called him at "
        "home the next day to apologise. Full contraindication screen every single time, even "
        "with regulars.",
        [
            ("Lakeshore Rehab & Sports", "facility"),
            ("Millbrook Heights", "place"),
            ("Mr Raymond Okoye", "name"),
            ("71", "age"),
        ],
    ),
    (
        "Clinical psychologist in a CMHT in Edinburgh. At review I handed a client a CORE-10 "
        "that turned out to be a colleague's copy with notes scribbled on the back, nothing "
        "identifying but words like 'resistance' and 'splitting'. She read them and asked if "
        "that's what I thought of her. We repaired it over two sessions. Clean forms only now, "
        "and nothing written on anything that goes into a client's hands.",
        [],
    ),
    (
        "Psychologist at a hospital in Singapore. I used a Malay GAD-7 that turned out to be an "
        "unvalidated in-house translation. The client scored 6 and I told her the anxiety was "
        "mild; in English at the next session she scored 15. Validated translations exist and I "
        "should have checked. I keep a folder of validated versions only now and deleted the "
        "rest.",
        [],
    ),
    (
        "Community OT in Ceredigion. I arranged grab rails and a key safe for a man in his 80s "
        "in Pentre Eithin and changed the code at the end of the visit, but forgot to tell his "
        "daughter, Siân. She rang me on 07700 900 442 at 11 pm, standing outside his door while "
        "he was on the floor inside. The ambulance crew got in eventually. I text new codes to "
        "every named contact before I leave the driveway now.",
        [
            ("Pentre Eithin", "place"),
            ("Siân", "name"),
            ("07700 900 442", "phone"),
        ],
    ),
    (
        "School nurse at an elementary school in Georgia. I gave children's Tylenol to a 7yo, "
        "Jaxon, for a headache when his mom had written 'no acetaminophen, liver condition' on "
        "his health form. I'd pulled up the wrong kid's form. He was fine, but his mom was "
        "furious and rightly so. I'm posting under my real details because owning it matters: "
        "RN license 4072215.",
        [
            ("7yo", "age"),
            ("Jaxon", "name"),
            ("4072215", "self"),
        ],
    ),
    (
        "Psychologist in private practice in Perth. A client's K10 was 38 at intake and I wrote "
        "'K10 28, moderate' in the Mental Health Treatment Plan review letter to his GP. Typo. "
        "The GP reasonably didn't escalate when he came in with worsening mood three weeks "
        "later. I copy scores straight from the scoring software now and read every letter back "
        "before it goes.",
        [],
    ),
    (
        "Social worker in a paediatric unit in Pretoria. I told a mother her child would go to "
        "temporary safe care over the weekend before the placement had been confirmed by the "
        "designated social worker from DSD. It fell through and the child stayed on the ward "
        "until Tuesday, after the mother had already told her family. I only discuss placement "
        "once it's confirmed in writing now, as the Children's Act process intends.",
        [],
    ),
    (
        "Physio in a private clinic in Brisbane. I progressed a post-ACL reconstruction patient "
        "to single-leg hops at week 10 because his Y-balance and hop symmetry looked great. The "
        "surgeon's protocol said week 16; I'd skimmed the PDF at 7:50 between patients and "
        "misread it. He felt a clunk on landing and Lachman's was soft at review, MRI showed "
        "graft laxity. Now I read the whole protocol before every progression and write the "
        "week in the plan.",
        [],
    ),
    (
        "Children's OT in Glasgow. I recommended a wobble cushion and weighted lap pad for a P3 "
        "boy with ADHD and sensory processing difficulties without checking weight guidance. "
        "The pad was more than 10% of his body weight and the school used it for 40 minutes at "
        "a time. No harm came, but I now calculate it, write the limit on the label, and give "
        "staff a one-page sheet.",
        [],
    ),
    (
        "Physio in private practice. I texted a client about his next appointment but it went "
        "to his ex-partner, whose number was still on file from an old ACC claim:\n> Kia ora "
        "Hemi, reminder of your physio for your knee Thurs 14 Nov 3pm at Te Awa Physio. Reply Y "
        "to confirm\nShe replied with some choice words. His claim number was PQ48812 and we "
        "fixed the contact details that afternoon. I now confirm numbers at the first visit of "
        "every new claim.",
        [
            ("Hemi", "name"),
            ("Thurs 14 Nov", "date"),
            ("Te Awa Physio", "facility"),
            ("PQ48812", "record"),
        ],
    ),
    (
        "Dentist in a mixed NHS/private practice. I extracted the upper left 6 instead of the "
        "upper left 7 on Mr Hughes at Bryn Teg Dental Care, because I'd looked at the "
        "radiograph the wrong way round. He was 58 and had been dreading it for weeks. I told "
        "him straight away, reported it to the health board and rang the indemnity advice line "
        "on 029 2048 7731. We now do a WHO-style pause before every extraction.",
        [
            ("Mr Hughes", "name"),
            ("Bryn Teg Dental Care", "facility"),
            ("58", "age"),
            ("029 2048 7731", "phone"),
        ],
    ),
    (
        "I'm the only clinical psychologist at Te Kōpua Health Centre, so posting this probably "
        "identifies me, but here goes. I didn't repeat a suicide risk assessment after a young "
        "man told me his partner had left him, because I'd done a full one two weeks earlier "
        "and rated him low. He took a paracetamol overdose that night and survived after NAC. "
        "Risk is dynamic. I reassess at any significant change now, and document it even when "
        "it's brief.",
        [
            ("the only clinical psychologist at Te Kōpua Health Centre", "self"),
        ],
    ),
    (
        "School nurse covering three primaries in Gwynedd. At Ysgol Pen y Waun I gave a Year 4 "
        "girl, Cerys Morgan, her lunchtime Ritalin when she'd already had a long-acting dose at "
        "home; her mum had changed the routine and emailed me from "
        "j.morgan.teulu@btinternet.com the week before. I hadn't read it. Cerys was jittery and "
        "tearful all afternoon but nothing worse. I check my inbox before every med round now.",
        [
            ("Ysgol Pen y Waun", "facility"),
            ("Cerys Morgan", "name"),
            ("j.morgan.teulu@btinternet.com", "email"),
        ],
    ),
    (
        "SLP in a SNF in Florida. I upgraded a resident to IDDSI level 7 after a bedside "
        "swallow where she managed a cracker, without an instrumental. Two days later she had a "
        "temp of 38.4 and RLL changes on CXR. Probably aspiration. The MBSS was already booked "
        "for Monday and I should have waited. I don't upgrade past level 6 without instrumental "
        "when there's any pneumonia history.",
        [],
    ),
    (
        "### What I got wrong\n\n1. Saw Mr Ravi s/o Krishnan at Jurong Crest Family Clinic for "
        "knee pain.\n2. Prescribed etoricoxib 90 mg without checking his last creatinine; he "
        "has CKD stage 3b.\n3. The lab alert came 3 days later. I called him on 9123 4588 and "
        "stopped it.\n\n### What I do now\nCheck eGFR before any NSAID, every time, no matter "
        "how busy the session.",
        [
            ("Mr Ravi s/o Krishnan", "name"),
            ("Jurong Crest Family Clinic", "facility"),
            ("9123 4588", "phone"),
        ],
    ),
    (
        "Speech therapist in a paediatric clinic in Singapore. I discussed a little boy's "
        "autism assessment results with the woman who brought him in, assuming she was his "
        "mother. She was his grandmother, and the parents hadn't told the family yet. Ethan "
        "Koh, aged 4, is doing well in therapy, but his parents moved him from Tampines Grove "
        "Child Development Centre after that. I confirm who I'm talking to before sharing "
        "anything now.",
        [
            ("Ethan Koh", "name"),
            ("aged 4", "age"),
            ("Tampines Grove Child Development Centre", "facility"),
        ],
    ),
    (
        "School counsellor. I left a student's file open on my desk when I popped out and "
        "another student saw the front sheet: her name (Aroha Whaanga), DOB 07/05/2009 and "
        "'self-harm' in the referral box. By lunchtime it was going round Year 10. Pūriri Grove "
        "College is small and everyone knows everyone. I now lock my screen and my drawer every "
        "single time I leave the room.",
        [
            ("Aroha Whaanga", "name"),
            ("07/05/2009", "date"),
            ("Pūriri Grove College", "facility"),
        ],
    ),
    (
        "School nurse in a big district in Texas. A 2nd grader with type 1 diabetes came in at "
        "10:15 with a CGM reading of 68, I gave 15 g of glucose tabs and rechecked at 10:30: "
        "74. I sent him back to class without the snack his 504 plan specified. By lunch he was "
        "shaky and at 52. Nothing serious, but his parents were rightly upset. The rule of 15 "
        "and the 504 requirements are now laminated beside the Dexcom receiver.",
        [],
    ),
    (
        "Physio on a surgical ward in Johannesburg. I mobilised a day 1 laparotomy patient "
        "without checking his Hb, which was 6.8 after an overnight bleed. He went grey and we "
        "got him back to bed. The registrar had written 'hold mobilisation' in the plan at "
        "06:30 but it hadn't made it to nursing handover. I check the latest bloods and the "
        "doctors' plan every morning now.",
        [],
    ),
    (
        "School nurse at a big public high school in Adelaide. A Year 8 student with peanut "
        "anaphylaxis had an EpiPen that had expired in February and I missed it at the Term 1 "
        "check. We only found out when he reacted at sport in May; luckily the spare in the "
        "sick bay was in date. Every expiry now goes in a spreadsheet with reminders, and I "
        "check ASCIA plans at the start of each term.",
        [],
    ),
    (
        "GP in a rural practice. Little Ruby Tane, aged 3, came in with ear pain and I "
        "prescribed amoxicillin without looking at the allergy banner in Medtech, which clearly "
        "flagged a penicillin rash. Her mum rang from Kaiwhero Flat that evening saying she'd "
        "come out in hives. It settled with cetirizine. NHI on the incident form was ZKT4821. I "
        "now say the allergies out loud before every script.",
        [
            ("Ruby Tane", "name"),
            ("aged 3", "age"),
            ("Kaiwhero Flat", "place"),
            ("ZKT4821", "record"),
        ],
    ),
    (
        "Speech pathologist in a community team. I sent a report to the wrong family because "
        "autofill picked the wrong address. The email said:\n> Hi Priya,\n> Please find "
        "attached Arjun's swallowing assessment from 12 September.\n> Kind regards, Leah\nIt "
        "went to priya.raman84@outlook.com, a completely different Priya. We told the family "
        "and our Privacy Officer the same day.",
        [
            ("Priya", "name"),
            ("Arjun", "name"),
            ("12 September", "date"),
            ("Leah", "name"),
            ("priya.raman84@outlook.com", "email"),
        ],
    ),
    (
        "Medical officer, PGY-2 equivalent, on nights in a restructured hospital in Singapore. "
        "I charted enoxaparin 1 mg/kg BD for a patient with an eGFR of 22 without renal "
        "adjustment. The pharmacist flagged it at 08:00 before the second dose. Anti-Xa wasn't "
        "needed in the end, but I'd have missed it completely. I now use the CrCl calculator in "
        "the EMR before any LMWH rather than eyeballing the eGFR.",
        [],
    ),
    (
        "PGY-3 psychiatry resident on consult-liaison in Boston. I recommended haloperidol 2 mg "
        "IV for agitation in a patient whose QTc was 512 on that morning's ECG; I'd looked at "
        "the admission one, which was 448. The primary team caught it when the nurse asked "
        "about telemetry. I now open the most recent ECG myself instead of trusting the note, "
        "and I write the QTc and its time in my recommendation.",
        [],
    ),
    (
        "CT1 psychiatry in Dundee. On nights I prescribed lorazepam 2 mg IM for an agitated "
        "patient with an unclear history, then found he'd already had 2 mg PO at 22:00 from the "
        "ward. His RR dropped to 10 and we had flumazenil at the bedside. I check HEPMA for "
        "everything administered in the last 24 hours before any PRN now, not just the regular "
        "chart.",
        [],
    ),
    (
        "Dentist in Kansas City. I posted a before/after of a veneer case on our practice "
        "Instagram without written consent: instagram.com/brightsmilesdentalkc/p/C3xQ9. The "
        "patient, Brianna Hollis, was recognised by coworkers within the hour. She filed a "
        "complaint with the state board (complaint no. 2024-DB-0457). We took it down and now "
        "have a separate social media consent form in Dentrix.",
        [
            ("instagram.com/brightsmilesdentalkc/p/C3xQ9", "url"),
            ("Brianna Hollis", "name"),
            ("2024-DB-0457", "record"),
        ],
    ),
    (
        "Counsellor in a third-sector service in Cardiff. I ran over with one client because "
        "she was mid-disclosure, and left my next client sitting in reception for 25 minutes "
        "with no explanation. He left before I came out and didn't rebook. Rogers would say "
        "unconditional positive regard, but that includes the person who's waiting. Now I let "
        "reception know if I'm running late and I keep a 10-minute buffer between sessions.",
        [],
    ),
    (
        "Adult protection social worker in Ayrshire. On 22 January I posted a letter about a "
        "financial harm referral to Mrs Elspeth Rennie's home, 3 Cauldhame Wynd in "
        "Strathmorrie, and her husband opened it. Things got worse for her at home before they "
        "got better, and the Rennies' GP was the one who told me. We now phone first and agree "
        "a safe way to contact every adult at risk.",
        [
            ("22 January", "date"),
            ("Mrs Elspeth Rennie", "name"),
            ("3 Cauldhame Wynd", "place"),
            ("Strathmorrie", "place"),
            ("the Rennies", "name"),
        ],
    ),
    (
        "Psychologist in Durban. I replied-all to a referral chain that had the client's "
        "details in the subject line:\n> From: Dr N. Pillay\n> Subject: RE: Referral – Thandeka "
        "Zulu, 29, PTSD\n> Please call me on 031 562 4480 to discuss.\nIt went to 14 people on "
        "a GP group list. I reported it to our Information Officer under POPIA. Never put "
        "identifiers in a subject line.",
        [
            ("Dr N. Pillay", "name"),
            ("Thandeka Zulu", "name"),
            ("29", "age"),
            ("031 562 4480", "phone"),
        ],
    ),
]
