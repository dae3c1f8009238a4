"""Round 9 of issue 14's evaluation: 160 stories (80 safe, 278 spans) from two helpers who
saw only the labeling guide (identifier_round2.md), never the check's rules, corpora or code:
occupational therapists, hospice nurses, emergency doctors, speech and language therapists,
community pharmacists, ICU nurses, health visitors (Yorkshire, Dublin and rural Ireland, Texas,
Singapore, Cape Town, Auckland, rural Alberta); psychiatric nurses, midwives, paramedics, school
counsellors, podiatrists, care-home managers, phlebotomists, clinical psychologists (rural Wales,
Ontario, western Kenya, Mumbai, Ohio, the Scottish Highlands, Perth). Measured untouched with
the rules written against rounds 1 to 8, then written against: see test_identifiers.py and
bench/README.md. Entries as in identifier_corpus."""

ROUND_9_K = [
    (
        (
            "Community pharmacist in Singapore. A customer asked for something for her cough and "
            "I recommended a dextromethorphan syrup without checking her meds - she was on "
            "fluoxetine 20 mg. Serotonin risk is low at OTC doses but I should have asked. I now "
            "keep a prompt card at the counter."
        ),
        [],
    ),
    (
        (
            "Health visitor in South Yorkshire. I didn't follow up a mum's EPDS score of 14 "
            "because she said she 'felt better now'. Four weeks later the GP referred her to "
            "perinatal mental health. The score is the score - escalate it."
        ),
        [],
    ),
    (
        (
            "OT on an inpatient rehab unit in Texas. I let a patient with a recent total hip do a "
            "car transfer without reminding him about hip precautions, flexion past 90. He felt a "
            "clunk. X-ray showed it was still located, thankfully. I now go through the "
            "precautions out loud before every functional task."
        ),
        [],
    ),
    (
        (
            "Paediatric SLT in Dublin. I sent a report for the wrong child to a school - right "
            "surname, wrong kid. The file was ref CHO7-SLT-20418 and I'd pulled CHO7-SLT-20481. "
            "Parents of Cian Mac Giolla rang the next morning."
        ),
        [
            ("CHO7-SLT-20418", "record"),
            ("CHO7-SLT-20481", "record"),
            ("Cian Mac Giolla", "name"),
        ],
    ),
    (
        (
            "Hospice in Dublin. I gave PRN oxycodone 5 mg without checking the MAR and the "
            "patient had already had a dose 40 minutes earlier from the day nurse. RR dropped to "
            "9. Naloxone wasn't needed. Two-person check on CDs is there for a reason."
        ),
        [],
    ),
    (
        (
            "Got this text from the daughter after her dad died at home and it still stings:\n> "
            "Siobhán, you said you'd be back by 6 with the syringe driver. Daddy was in pain for "
            "two hours. – Áine\nI'd been held up at another call near Kilbrannagh and never "
            "phoned ahead. Always phone ahead."
        ),
        [
            ("Siobhán", "name"),
            ("Áine", "name"),
            ("Kilbrannagh", "place"),
        ],
    ),
    (
        (
            "Pharmacist in a one-pharmacy town. I handed Mrs Kateryna Boychuk her husband's "
            "hydromorphone along with her own blister packs. She drove 40 minutes home to Desna "
            "Creek before noticing. I'm the only pharmacist in Desna Creek so everyone there will "
            "know it was me."
        ),
        [
            ("Mrs Kateryna Boychuk", "name"),
            ("Desna Creek", "place"),
            ("the only pharmacist in Desna Creek", "self"),
        ],
    ),
    (
        (
            "Community pharmacy, Dublin city centre. A regular came in for her methotrexate 2.5 "
            "mg and I handed over a box labelled 'take daily' from a hospital discharge script "
            "without querying it. It should have been weekly. She rang back on the Monday "
            "confused by the leaflet, thank God. I now check every methotrexate label against the "
            "weekly rule before it leaves the counter."
        ),
        [],
    ),
    (
        (
            "ICU nurse, NMBI PIN 1128473. I let a patient's family member hold the ETT during a "
            "turn because we were short-staffed. It slipped 3 cm. Mr Cathal Breathnach "
            "desaturated and we re-tubed."
        ),
        [
            ("NMBI PIN 1128473", "self"),
            ("Mr Cathal Breathnach", "name"),
        ],
    ),
    (
        (
            "I was the night nurse at Te Whare Rongomau Hospice. I gave Mrs Hēni Rāwiri's "
            "midazolam an hour early because I misread the chart. Her moko noticed she was "
            "drowsier than usual.\nAroha mai - Tania Whaanga, RN"
        ),
        [
            ("Te Whare Rongomau Hospice", "facility"),
            ("Mrs Hēni Rāwiri", "name"),
            ("Tania Whaanga", "self"),
        ],
    ),
    (
        (
            "Home assessment in Singapore for Mdm Goh Siew Lan at Blk 217 Jurong West St 24. I "
            "measured the grab bar height but didn't check the wall was concrete, not a "
            "partition. It pulled out when she leaned on it."
        ),
        [
            ("Mdm Goh Siew Lan", "name"),
            ("Blk 217 Jurong West St 24", "place"),
        ],
    ),
    (
        (
            "I left a voicemail about a baby's failed hearing screen on the wrong number - 087 "
            "555 2934, which belonged to a neighbour in Ballinacurra Upper. The actual mother, "
            "Mrs Deirdre Kavanagh, heard about it from the neighbour."
        ),
        [
            ("087 555 2934", "phone"),
            ("Ballinacurra Upper", "place"),
            ("Mrs Deirdre Kavanagh", "name"),
        ],
    ),
    (
        (
            "Public health nurse out near Sokal Coulee. At the 2-month shots for baby Mykola "
            "Fedoruk I drew up the wrong vaccine from the fridge. His mum, Tetiana, caught it "
            "before I gave it."
        ),
        [
            ("Sokal Coulee", "place"),
            ("Mykola Fedoruk", "name"),
            ("Tetiana", "name"),
        ],
    ),
    (
        (
            "Hospice nurse in rural Texas. I didn't refill the comfort kit at a home visit "
            "because I assumed the day nurse had. At 2 a.m. the patient was in respiratory "
            "distress and the family had no morphine concentrate. On-call had to drive 40 miles. "
            "I now count the kit at every visit."
        ),
        [],
    ),
    (
        (
            "Village pharmacy in North Yorkshire. I gave out a repeat of co-codamol 30/500 "
            "without noticing the GP had switched to paracetamol alone after a fall. Caught it "
            "when the carer brought the box back on the Wednesday. Our PMR had two active items. "
            "Tidy your repeats."
        ),
        [],
    ),
    (
        (
            "Email from my manager after I mixed up two clients:\n> From: "
            "d.kowalchuk@aspenparkland-rehab.ca\n> Re: aphasia reports for Mr Stepaniuk and Mrs "
            "Melnyk\n> Please re-send by Friday.\nI'd swapped their names on the reports and "
            "faxed them to the wrong family doctors."
        ),
        [
            ("d.kowalchuk@aspenparkland-rehab.ca", "email"),
            ("Mr Stepaniuk", "name"),
            ("Mrs Melnyk", "name"),
        ],
    ),
    (
        (
            "SLT in a Yorkshire stroke unit. I did a bedside swallow on a man in his 70s at 14:00 "
            "and wrote 'safe for normal diet' when I meant 'soft & bite-sized'. Nurses gave him a "
            "roast dinner. He coughed through it and his NEWS2 went up that evening. CXR showed "
            "early consolidation. My wording, my fault."
        ),
        [],
    ),
    (
        (
            "Speech-language pathologist, skilled nursing facility in Texas. I cleared a resident "
            "for nectar-thick liquids based on an MBSS from three weeks earlier without "
            "re-checking. She'd declined since. Aspiration pneumonia the following week. Reassess "
            "before you rely on an old study."
        ),
        [],
    ),
    (
        (
            "Community visits in Cape Town. I wrote the wrong callback number for Nomvula Dlamini "
            "- 072 555 8194 instead of 072 555 8149 - so when her baby's jaundice got worse no "
            "one could reach her. She walked into Ikhwezi Clinic herself."
        ),
        [
            ("Nomvula Dlamini", "name"),
            ("072 555 8194", "phone"),
            ("072 555 8149", "phone"),
            ("Ikhwezi Clinic", "facility"),
        ],
    ),
    (
        (
            "Note I wrote in the pharmacy log after the mix-up:\n> 12/05/23 - Pt Aroha Ngata "
            "collected warfarin 5 mg instead of 1 mg. Husband rang 09 555 3821 when INR came back "
            "6.4.\nMy error at final check. Tui Pharmacy Papatoetoe has since added a barcode "
            "step."
        ),
        [
            ("12/05/23", "date"),
            ("Aroha Ngata", "name"),
            ("09 555 3821", "phone"),
            ("Tui Pharmacy Papatoetoe", "facility"),
        ],
    ),
    (
        (
            "On Tuesday 7th March I was looking after Mr Ó Briain in bed 9 on St Brendan's ICU. I "
            "didn't check the cuff pressure after repositioning and he developed a leak, then "
            "aspirated. Lesson learned the hard way."
        ),
        [
            ("Tuesday 7th March", "date"),
            ("Mr Ó Briain", "name"),
            ("St Brendan's", "facility"),
        ],
    ),
    (
        (
            "Junior MO, ED in Singapore. Gave IV ceftriaxone 2 g to a lady in her 60s without "
            "re-asking allergies because triage had ticked NKDA. She had a rash within 10 min; a "
            "penicillin allergy was buried in an old note on the system. Adrenaline not needed, "
            "IV chlorphenamine and obs. Lesson: ask every time, even when the box is ticked."
        ),
        [],
    ),
    (
        (
            "SLT, Auckland. I started a speaking valve trial on a patient whose cuff hadn't been "
            "fully deflated. He went into distress within seconds and the ICU nurse whipped it "
            "off. I now physically check the cuff myself before placing a Passy-Muir, every "
            "single time."
        ),
        [],
    ),
    (
        (
            "ICU, Auckland. Forgot to pump the pressure bag back up to 300 mmHg after a blood "
            "gas, so the art line damped and read a MAP of 55. I started to up the norad before "
            "checking the waveform. Registrar asked 'is that trace real?' It wasn't. Check the "
            "line before you treat the number."
        ),
        [],
    ),
    (
        (
            "Locum pharmacist at Bergsig Apteek. Gave Oom Koos le Roux his wife's glimepiride. "
            "His daughter Annelie phoned on 082 555 6630 that evening when his sugar was 2.8."
        ),
        [
            ("Bergsig Apteek", "facility"),
            ("Oom Koos le Roux", "name"),
            ("Annelie", "name"),
            ("082 555 6630", "phone"),
        ],
    ),
    (
        (
            "I did a seating assessment at Beckside Lodge for Mr Barraclough and left his "
            "tilt-in-space chair tilted back too far. He slid and bumped his head. The manager, "
            "Janice Illingworth, was very fair about it."
        ),
        [
            ("Beckside Lodge", "facility"),
            ("Mr Barraclough", "name"),
            ("Janice Illingworth", "name"),
        ],
    ),
    (
        (
            "Rural Alberta ICU, four beds. I mixed heparin at 25,000 units in 250 mL but "
            "programmed the pump as if it were 500 mL. aPTT came back >150 at the 6-hour draw. No "
            "bleeding. We've since gone to premixed bags from pharmacy, which we should've had "
            "years ago."
        ),
        [],
    ),
    (
        (
            "Community service doctor in a Cape Town ED. Sutured a hand laceration without "
            "testing flexor function first. Patient came back on the Friday unable to flex his "
            "ring finger at the DIP. FDP was cut. Plastics were kind about it but I felt "
            "terrible. Always test FDS and FDP separately before you close."
        ),
        [],
    ),
    (
        (
            "Pharmacist in a Dales village. I posted a thank-you on our Facebook page that "
            "mentioned a customer by name - silly me. The post at "
            "facebook.com/CragsidePharmacyKettleby/posts/88213 stayed up for a day before Mrs "
            "Sugden's son asked me to take it down."
        ),
        [
            ("facebook.com/CragsidePharmacyKettleby/posts/88213", "url"),
            ("Mrs Sugden", "name"),
        ],
    ),
    (
        (
            "Medical officer in the trauma unit at Blouberg Valley Hospital. I missed a tension "
            "pneumo on a stab victim, folder number BVH-0093321, because I was listening in a "
            "noisy resus bay. Zukisa, the sister in charge, needled him."
        ),
        [
            ("Blouberg Valley Hospital", "facility"),
            ("BVH-0093321", "record"),
            ("Zukisa", "name"),
        ],
    ),
    (
        (
            "Pharmacist at a big chain store in Dallas. Counted 30 tablets of oxycodone 10 mg "
            "into a vial labeled 5 mg. Caught at the final check by my tech. Near miss, but it "
            "rattled me. Separate look-alike strengths on the shelf."
        ),
        [],
    ),
    (
        (
            "Night shift in a Singapore ICU, bed 6. I hung the noradrenaline at 16 mcg/min "
            "instead of 8 because I misread the drug library on the Alaris. MAP shot to 110 "
            "within minutes. Caught it at 03:15 on my hourly check, told the registrar, no harm "
            "but I was shaking. Now I read the concentration aloud with a second nurse every "
            "time."
        ),
        [],
    ),
    (
        (
            "SLT in a rural Irish primary care team. I put the wrong child's name - Oisín - on "
            "Ciara Ní Bhriain's feeding plan and it went to Scoil Naomh Éanna in Gortnamona. Her "
            "mam only spotted it at the school gate."
        ),
        [
            ("Oisín", "name"),
            ("Ciara Ní Bhriain", "name"),
            ("Scoil Naomh Éanna", "facility"),
            ("Gortnamona", "place"),
        ],
    ),
    (
        (
            "Retail pharmacist in Singapore. Dispensed rosuvastatin 40 mg instead of 10 mg for "
            "Encik Haziq bin Rahmat, prescription no. RX-SG-774102. He took it for a fortnight "
            "before the polyclinic flagged his CK."
        ),
        [
            ("Encik Haziq bin Rahmat", "name"),
            ("RX-SG-774102", "record"),
        ],
    ),
    (
        (
            "Hospice at home nurse covering Thwaitebeck and the dales. I left a spare ampoule of "
            "midazolam on the kitchen side at Wilf Haigh's farmhouse. His grandson found it. "
            "Nothing happened but I reported it myself on Datix, ref W-HOSP-00923."
        ),
        [
            ("Thwaitebeck", "place"),
            ("Wilf Haigh", "name"),
            ("W-HOSP-00923", "record"),
        ],
    ),
    (
        (
            "ED attending, Texas. Patient Guadalupe Salinas, MRN 70039182, was triaged ESI 4 with "
            "'back pain'. I didn't look at the triage vitals - HR 128 - and she sat in the "
            "waiting room for 3 hours with a leaking AAA. Her son Rubén still comes up in my "
            "head."
        ),
        [
            ("Guadalupe Salinas", "name"),
            ("MRN 70039182", "record"),
            ("Rubén", "name"),
        ],
    ),
    (
        (
            "The WhatsApp that made me realise what I'd done:\n> Sister, Tata is still waiting "
            "for the morphine. You said 2pm. - Lwazi\nI'd sent the script to the wrong pharmacy. "
            "Mr Sipho Mabandla died comfortably in the end, but that afternoon wasn't "
            "comfortable."
        ),
        [
            ("Lwazi", "name"),
            ("Mr Sipho Mabandla", "name"),
        ],
    ),
    (
        (
            "Letter I sent out, which I later realised had the wrong child's results in paragraph "
            "two:\n> Dear Mr and Mrs Hirst,\n> Following Alfie's assessment at Hollins Bank "
            "Clinic on 21/06/2021...\nThe paragraph described Ruby's results, not Alfie's. Both "
            "families lived in Ogdenthwaite."
        ),
        [
            ("Mr and Mrs Hirst", "name"),
            ("Alfie", "name"),
            ("Hollins Bank Clinic", "facility"),
            ("21/06/2021", "date"),
            ("Ruby", "name"),
            ("Ogdenthwaite", "place"),
        ],
    ),
    (
        (
            "Hand therapy OT, Auckland. Made a thermoplastic splint for a boxer's fracture and "
            "set the MCPs at 30 degrees instead of 70 of flexion. At the 2/52 review he had stiff "
            "collaterals. Consultant wasn't impressed. I re-read the protocol that evening and "
            "now check the angle with a goniometer every time."
        ),
        [],
    ),
    (
        (
            "ICU nurse in Singapore. I transferred Mr Lim Boon Keat to the HD ward with his "
            "arterial line still in and unlabelled. Bed booking ref BB-2207-1148. The receiving "
            "nurse, Priya, only found it at handover."
        ),
        [
            ("Mr Lim Boon Keat", "name"),
            ("BB-2207-1148", "record"),
            ("Priya", "name"),
        ],
    ),
    (
        (
            "ED at Pōhutukawa Coast Hospital. I discharged Ngaire, 79, with a 'mechanical fall' "
            "and never checked her sodium. It was 118. She came back confused two days later."
        ),
        [
            ("Pōhutukawa Coast Hospital", "facility"),
            ("Ngaire", "name"),
            ("79", "age"),
        ],
    ),
    (
        (
            "ED registrar in the west of Ireland. On 17 November 2022 I discharged a 4yo with "
            "'viral illness' - temp 39.2, no rash at the time. Came back 6 hours later with a "
            "non-blanching rash. Mother's name was Bríd Ní Chonaill and she still writes to me "
            "every year."
        ),
        [
            ("17 November 2022", "date"),
            ("4yo", "age"),
            ("Bríd Ní Chonaill", "name"),
        ],
    ),
    (
        (
            "ICU nurse in Texas. On 03/22/2023 I didn't call the on-call intensivist at ext 5518 "
            "when Mr Delgado's urine output dropped, because I didn't want to wake him. "
            "Creatinine was 3.1 by morning."
        ),
        [
            ("03/22/2023", "date"),
            ("ext 5518", "phone"),
            ("Mr Delgado", "name"),
        ],
    ),
    (
        (
            "ICU nurse in Texas. Titrated propofol up to 50 mcg/kg/min on a sedation-hold day "
            "because the pt was 'fighting the vent' and I didn't tell the team. RASS ended up -4 "
            "when we were aiming for 0. SAT failed and extubation was delayed 24 hrs. Communicate "
            "before you chase a number."
        ),
        [],
    ),
    (
        (
            "I'm the only ICU outreach nurse at Groote Vallei Private Hospital, so anyone there "
            "will know this is me. I missed a rising lactate on a post-op patient, Mrs Marietjie "
            "Steyn, and she went back to theatre late."
        ),
        [
            ("the only ICU outreach nurse at Groote Vallei Private Hospital", "self"),
            ("Mrs Marietjie Steyn", "name"),
        ],
    ),
    (
        (
            "## What I missed\nPGY-2, ED in Houston, busy Saturday. Man in his 50s with "
            "'indigestion', troponin initially 12 ng/L so I leaned toward discharge. Didn't "
            "repeat it at 3 hours per the HEART pathway. Attending caught it, repeat was 240. "
            "Posterior STEMI on the second ECG. **Always repeat the trop.**"
        ),
        [],
    ),
    (
        (
            "SLT on a Singapore rehab ward. I recommended minced and moist (IDDSI level 5) for a "
            "stroke patient but wrote level 4 on the sign above the bed. Kitchen sent puree for "
            "three days; he lost weight and was miserable. Nobody was harmed badly, but it was my "
            "documentation. Now I double-check the sign against my notes before leaving the bay."
        ),
        [],
    ),
    (
        (
            "Hospice nurse in rural Alberta over Christmas. I didn't leave enough subcut "
            "hydromorphone for the long weekend because I forgot the pharmacy would be closed "
            "Boxing Day. The family drove to Edmonton to a 24-hour pharmacy. Plan for holidays."
        ),
        [],
    ),
    (
        (
            "Postnatal home visits in Singapore. I emailed baby Ethan Tan's growth chart and "
            "bilirubin results to tan.weiling88@gmail.com - but that was a different Tan Wei Ling "
            "on our list, not his mother."
        ),
        [
            ("Ethan Tan", "name"),
            ("tan.weiling88@gmail.com", "email"),
            ("Tan Wei Ling", "name"),
        ],
    ),
    (
        (
            "Alberta, rural home care. I recommended a bath board for a client with Parkinson's "
            "without considering that his tremor got worse in the evenings when he bathed. His "
            "wife found him stuck in the tub. His COPM goals were all about independence so I "
            "pushed too fast. Went back, changed to a shower chair, and apologized."
        ),
        [],
    ),
    (
        (
            "Posting because I still think about it. I didn't chase a wheelchair seating review "
            "for a young lad with MND and he developed a sacral sore in the chair. I'm an OT "
            "registered with CORU, number OT041276, so I reported myself.\n- Niamh Ó Dálaigh"
        ),
        [
            ("OT041276", "self"),
            ("Niamh Ó Dálaigh", "self"),
        ],
    ),
    (
        (
            "Cape Town community OT here. I issued a raised toilet seat to a gentleman in his 80s "
            "without checking it fitted his pan. It wobbled, he didn't tell anyone, and he had a "
            "near-fall on a Sunday evening. Barthel had been 60 so I knew he was at risk. Now I "
            "fit and test every one before I leave."
        ),
        [],
    ),
    (
        (
            "OT in a Texas hospital. Ms Yesenia Ochoa, 52, had a new below-knee amputation and I "
            "let her try a standing transfer without her gait belt. She went down on her residual "
            "limb. Incident report #TX-RM-60117."
        ),
        [
            ("Ms Yesenia Ochoa", "name"),
            ("52", "age"),
            ("#TX-RM-60117", "record"),
        ],
    ),
    (
        (
            "SLT student on placement in Dublin. I used the wrong number of thickener scoops for "
            "a Level 2 drink and made it Level 3. Patient refused it as 'like wallpaper paste'. "
            "Small error, but it affected his hydration for a day. Check the scoop chart on the "
            "tin."
        ),
        [],
    ),
    (
        (
            "I signed off Wiremu Tānui, 67, as safe for thin fluids after a bedside swallow on "
            "Ward 12 at Manukau Heights Hospital. I didn't notice the wet voice after the third "
            "sip. He aspirated that evening. His whānau were furious, rightly."
        ),
        [
            ("Wiremu Tānui", "name"),
            ("67", "age"),
            ("Manukau Heights Hospital", "facility"),
        ],
    ),
    (
        (
            "Home visit gone wrong: I assessed Mrs Ackroyd for a perching stool at her cottage in "
            "Low Skelderby and forgot to check the bathroom floor was level. She was 88 and "
            "slipped on the first use. Nothing broken, thank god, but I should have measured."
        ),
        [
            ("Mrs Ackroyd", "name"),
            ("Low Skelderby", "place"),
            ("She was 88", "age"),
        ],
    ),
    (
        (
            "Public health nurse, Dublin. I forgot to do the developmental check on a baby whose "
            "family had moved within my area, because the transfer didn't come through on our "
            "system. Picked it up at 5 months. Baby was fine, but hip and eye checks were late. "
            "Now I run a monthly list of births against visits."
        ),
        [],
    ),
    (
        (
            "ER doc, rural Alberta. Patient with a GCS of 14 after a quad crash; I didn't get a "
            "CT head because he was talking. STAT transfer to Calgary later that night for an "
            "epidural hematoma. The Canadian CT Head Rule would've told me to scan - dangerous "
            "mechanism. Use the rule."
        ),
        [],
    ),
    (
        (
            "### Syringe driver mistake\nHospice nurse, Yorkshire. I set up a McKinley T34 for 24 "
            "hours but the line hadn't been primed, so it ran out early. Patient had breakthrough "
            "pain at about 04:00. Daughter was at the bedside and upset.\n**Takeaway:** prime, "
            "then calculate, then check with a second nurse."
        ),
        [],
    ),
    (
        (
            "Community pharmacist, Cape Town. I sold a customer pseudoephedrine cold tablets "
            "without asking about her blood pressure meds. She was on two antihypertensives and "
            "came back with a headache and BP of 190/110. Lesson: ask before every OTC "
            "decongestant."
        ),
        [],
    ),
    (
        (
            "ICU in Dublin, night shift. I gave a patient sips of water 2 hours after extubation "
            "without an SLT bedside screen. He coughed and desaturated to 88%. Our unit protocol "
            "says no oral intake until the swallow is screened. I knew that; I was just trying to "
            "be kind."
        ),
        [],
    ),
    (
        (
            "Speech therapist covering schools in the northern suburbs of Cape Town. I wrote in "
            "Pieter van der Westhuizen's report that he had a 'severe' stutter when I'd meant "
            "'moderate'. It went to his teacher at Laerskool Protea Vallei and his parents saw it "
            "before I could correct it."
        ),
        [
            ("Pieter van der Westhuizen", "name"),
            ("Laerskool Protea Vallei", "facility"),
        ],
    ),
    (
        (
            "Home hospice nurse in Singapore. I promised Mr Subramaniam's daughter Kavitha I'd "
            "arrange a hospital bed by Thursday, then forgot to submit the form. He spent his "
            "last three nights on a mattress on the floor of their flat at Blk 88 Toa Payoh "
            "Lorong 4."
        ),
        [
            ("Mr Subramaniam", "name"),
            ("Kavitha", "name"),
            ("Blk 88 Toa Payoh Lorong 4", "place"),
        ],
    ),
    (
        (
            "ED SHO in Dublin. Missed a scaphoid fracture on a FOOSH because the initial X-ray "
            "looked clear and I didn't put him in a cast or book fracture clinic. He re-presented "
            "3 weeks later with snuffbox tenderness. Treat clinically, not just on film."
        ),
        [],
    ),
    (
        (
            "Pharmacist in a small Alberta town. Filled a prescription for levothyroxine 100 mcg "
            "with '100 mg' on the label - a typo, the tablets were right, but the client panicked "
            "and called Health Link. I now proofread the label against the script out loud."
        ),
        [],
    ),
    (
        (
            "Small-town pharmacy outside Lubbock. I gave Mr Eusebio Treviño's amlodipine to his "
            "brother, same last name, same street. Called the house line 806-555-0147 the second "
            "I realised. We now check DOB at the counter every time."
        ),
        [
            ("Mr Eusebio Treviño", "name"),
            ("806-555-0147", "phone"),
        ],
    ),
    (
        (
            "Quoted from my own chart note (the bit I got wrong):\n> 0400 Rawiri Paewai, NHI "
            "ZAB4417, sedation held for SAT. Pt settled.\nHe wasn't settled - he'd self-extubated "
            "by 0415 because I'd left to answer a call bell next door."
        ),
        [
            ("Rawiri Paewai", "name"),
            ("NHI ZAB4417", "record"),
        ],
    ),
    (
        (
            "Clinic sister doing postnatal visits in Cape Town. I gave the 6-week vaccines but "
            "forgot to document them in the Road to Health booklet. The next clinic almost "
            "repeated the doses. The paper record matters as much as the computer."
        ),
        [],
    ),
    (
        (
            "Registrar at Seletar Bay General ED. Nurul Aisyah, aged 19, came in with abdo pain "
            "and I didn't do a pregnancy test before sending her to CT. She was 7 weeks. "
            "Counsellor had to be involved."
        ),
        [
            ("Seletar Bay General", "facility"),
            ("Nurul Aisyah", "name"),
            ("aged 19", "age"),
        ],
    ),
    (
        (
            "Health visitor, West Yorkshire. At a new birth visit I weighed the baby on scales "
            "that hadn't been calibrated since spring. Weight loss looked like 12% and I "
            "triggered an urgent referral that turned out unnecessary. Mum was terrified for a "
            "whole afternoon. I now check the calibration sticker before every visit."
        ),
        [],
    ),
    (
        (
            "ICU sister in a Cape Town hospital. Didn't act when a CXR showed the ETT at the "
            "carina - I saw the film but assumed the doctor would deal with it. SpO2 dropped to "
            "84% with right-sided ventilation only. Pulled back 2 cm and it came up. Speak up "
            "when you see it."
        ),
        [],
    ),
    (
        (
            "Well child nurse in Auckland. I plotted a baby's weight on the wrong centile chart "
            "(the preterm one) and missed that she'd dropped two centiles. GP caught it at the "
            "6-week check. Feeding support started late. I now double-check the chart type before "
            "plotting."
        ),
        [],
    ),
    (
        (
            "Community health nurse doing home visits in Texas. I told a new mom it was fine to "
            "use a bumper in the crib because I mixed up what I'd read. AAP guidance is clear "
            "that it isn't. I called her back the next day to correct it. She was gracious but I "
            "felt awful."
        ),
        [],
    ),
    (
        (
            "OT in a Singapore community hospital. I taught a patient one-handed dressing but "
            "didn't consider that his cognition (MoCA 18/30) meant he couldn't sequence it. He "
            "got stuck with his shirt half on and the nurses found him distressed. Now I screen "
            "cognition before teaching compensatory techniques."
        ),
        [],
    ),
    (
        (
            "A&E registrar covering a Yorkshire DGH at night. Gave IV paracetamol 1 g to a frail "
            "lady weighing 38 kg. Should've been 15 mg/kg. LFTs were fine next day, but I hadn't "
            "checked the weight on the drug chart. Weight-based dosing below 50 kg - always."
        ),
        [],
    ),
    (
        (
            "**Hospice, Auckland - things I got wrong on one night shift**\n- Gave the 22:00 "
            "morphine sulfate 5 mg subcut late because I was charting\n- Didn't reassess the pain "
            "score for an hour\n- Forgot the mouth care plan\nNone were catastrophic but the "
            "family noticed. I'm a senior nurse and should have asked for help."
        ),
        [],
    ),
    (
        (
            "Email I had to send after a missed contact:\n> Hi Karen,\n> I'm so sorry I didn't "
            "make baby Lily's 6-8 week review at 3 Tanner's Fold, Birkthwaite. It was in my diary "
            "for 9 Feb but I'd double-booked.\n> Gemma\nFamily then missed the hip check window. "
            "Small slip, big worry."
        ),
        [
            ("Karen", "name"),
            ("Lily", "name"),
            ("3 Tanner's Fold, Birkthwaite", "place"),
            ("9 Feb", "date"),
            ("Gemma", "name"),
        ],
    ),
    (
        (
            "Rural Alberta, small ICU at Two Rivers Health Centre. Our patient Mr Pidruchney was "
            "on an insulin infusion and I forgot to restart his dextrose after changing the bag. "
            "Glucose droped to 2.1. My charge nurse, Olena Hnatiuk, spotted it before I did."
        ),
        [
            ("Two Rivers Health Centre", "facility"),
            ("Mr Pidruchney", "name"),
            ("Olena Hnatiuk", "name"),
        ],
    ),
    (
        (
            "OT in Dublin, mental health. I ran a cooking group and left a knife out on the "
            "counter during a break. One service user picked it up; nothing happened, but it was "
            "a near miss with someone on 1:1 obs. I count sharps in and out now, like in theatre."
        ),
        [],
    ),
    (
        (
            "ED doc in Auckland. A 15yo from Te Awaroa Bay came in after a rugby tackle and I "
            "didn't immobilise his C-spine because he walked in. Turned out he had a C2 fracture. "
            "His coach, Mr Tamihana, brought him in."
        ),
        [
            ("15yo", "age"),
            ("Te Awaroa Bay", "place"),
            ("Mr Tamihana", "name"),
        ],
    ),
]

ROUND_9_L = [
    (
        (
            "Outpatient draw station, Ohio. I left a tourniquet on for over three minutes while "
            "hunting for a vein and the potassium came back 6.4. The doc almost started treating "
            "hyperkalemia before someone suggested a redraw. Repeat was 4.1. Tourniquet off "
            "within a minute, and say so on the form if you can't."
        ),
        [],
    ),
    (
        (
            "Text from a parent at 23:40:\n> Mrs Morgan its Bethan's mum, she says you told her "
            "it was confidential and now the whole year knows. ring me 07923 448210\nI hadn't "
            "told anyone, but I'd left Bethan Rees's file open on the staffroom computer at Ysgol "
            "Bro Cennin. Someone saw it."
        ),
        [
            ("Mrs Morgan", "name"),
            ("Bethan", "name"),
            ("07923 448210", "phone"),
            ("Bethan Rees", "name"),
            ("Ysgol Bro Cennin", "facility"),
        ],
    ),
    (
        (
            "I saw Murdo Morrison for CBT at the clinic in Balnagowan Bridge. In session eight he "
            "said he'd bought a rope. I didn't do a proper risk assessment, just wrote 'passive "
            "ideation'. His wife Mhairi phoned on Tuesday 12th March to say a neighbour had found "
            "him in the byre in time."
        ),
        [
            ("Murdo Morrison", "name"),
            ("Balnagowan Bridge", "place"),
            ("Mhairi", "name"),
            ("Tuesday 12th March", "date"),
        ],
    ),
    (
        (
            "Email I got from a daughter:\n> Dear Ms Hughes, my mother Carmela Colangelo has been "
            "at Villa Santa Lucia for 3 years and nobody told me she fell twice in May. Call me "
            "at 905-555-0147. - Rosa DiNardo\nShe was right. I'd assumed the nurse on shift had "
            "called her. I never checked."
        ),
        [
            ("Ms Hughes", "name"),
            ("Carmela Colangelo", "name"),
            ("Villa Santa Lucia", "facility"),
            ("905-555-0147", "phone"),
            ("Rosa DiNardo", "name"),
        ],
    ),
    (
        (
            "Hi Coach Brennan,\nThat was how my email started, and the mistake was the To: line. "
            "I forwarded a student's counseling referral to the whole athletics staff instead of "
            "just the head coach. Tyler Voss, 16, a junior, and now twelve adults knew about his "
            "panic attacks. I work at Maple Run High in Holmes Creek and I reported it to my "
            "principal the same day."
        ),
        [
            ("Coach Brennan", "name"),
            ("Tyler Voss", "name"),
            ("16", "age"),
            ("Maple Run High", "facility"),
            ("Holmes Creek", "place"),
        ],
    ),
    (
        (
            "Inpatient psych, Ohio, nights.\n**What happened:** I did 15-minute checks on a pt on "
            "close obs but signed two checks I didn't actually do because I was stuck on the "
            "phone with pharmacy.\n**What I learned:** The form is not the observation. If I "
            "can't do it, I hand it over out loud. Nothing happened to him that night, but it "
            "could have."
        ),
        [],
    ),
    (
        (
            "Posting from the lab at Ebukhaya Sub-County Hospital. I drew a viral load sample "
            "from Mama Atieno Onyango and wrote the wrong CCC number on the form, 13920-04418 "
            "instead of hers. Her result went into someone else's file. It took a month to "
            "untangle."
        ),
        [
            ("Ebukhaya Sub-County Hospital", "facility"),
            ("Mama Atieno Onyango", "name"),
            ("13920-04418", "record"),
        ],
    ),
    (
        (
            "Rural Ontario, home birth, 40 minutes from the nearest hospital. I didn't set up for "
            "neonatal resus before pushing because everything had been textbook. Baby was floppy, "
            "Apgar 4 at one minute. I had the bag-valve-mask out in about 30 seconds but those 30 "
            "seconds felt like a year. Set up first, always."
        ),
        [],
    ),
    (
        (
            "Small care home, Highlands, 18 beds. We had a norovirus outbreak in February and I "
            "didn't close to admissions fast enough because the hospital was pleading for beds. "
            "Two more residents got sick, one needed IV fluids. I close on the second case now, "
            "no matter who calls."
        ),
        [],
    ),
    (
        (
            "Outpatient lab, small town in Ontario. Elderly gentleman, fragile veins, on "
            "apixaban. I went for a third attempt when our policy says two then hand over. He "
            "ended up with a forearm haematoma the size of an egg. Two attempts, then get someone "
            "else. Ego is not a clinical skill."
        ),
        [],
    ),
    (
        (
            "I'm a guidance teacher/counsellor in a small Highland secondary. A pupil in S4 "
            "mentioned in passing she wasn't eating much. I logged it as 'low mood' and didn't "
            "make the CAMHS referral for three weeks. By then her BMI was 15.8. She's recovering "
            "now. Three weeks is a long time in that illness."
        ),
        [],
    ),
    (
        (
            "Mental health nurse, Perth, inpatient. I granted a patient her leave without doing a "
            "mental state exam because she'd been settled all week. She was brought back by "
            "police that evening after walking along the freeway. Every leave gets an MSE now, "
            "even the 'easy' ones."
        ),
        [],
    ),
    (
        (
            "I'm the only Aboriginal mental health nurse at Wattle Grove Clinic, so anyone local "
            "will know it's me. Uncle Reggie Ugle was on my caseload. I missed his depot date "
            "because I went on leave and didn't hand over properly. He relapsed and was picked up "
            "by police in Kurrajong Flats."
        ),
        [
            ("the only Aboriginal mental health nurse at Wattle Grove Clinic", "self"),
            ("Uncle Reggie Ugle", "name"),
            ("Kurrajong Flats", "place"),
        ],
    ),
    (
        (
            "Rural midwifery in the Highlands means you're often an hour from the nearest "
            "theatre. I misjudged a slow second stage in a primip, waited too long to call for "
            "transfer, and the baby came out with Apgars of 5 and 8. Everyone was fine in the end "
            "but I now call the consultant unit at the first hint of delay, not the third."
        ),
        [],
    ),
    (
        (
            "Midwife in Perth, postnatal ward. I didn't escalate a temp of 38.1 in a woman on day "
            "2 after a caesarean because her other obs were fine and she 'felt okay'. Four hours "
            "later she was tachy at 124 with a lactate of 3.8. Endometritis, sepsis pathway, "
            "recovered. One temp is a warning, not a number to sit on."
        ),
        [],
    ),
    (
        (
            "School psych/counsellor in a Perth high school. A Year 11 student had a panic attack "
            "in my office and I sent her back to class after ten minutes because she said she was "
            "fine. She had another one in chemistry in front of everyone. I should have called "
            "home and let her go back only once she was actually settled."
        ),
        [],
    ),
    (
        (
            "Psychologist with an NGO in western Kenya. I used a depression screen that hadn't "
            "been validated in Dholuo and read the cut-offs as if it had. We over-referred a "
            "whole cohort. Nobody was harmed, but trust in the programme dipped. Validate or "
            "adapt before you score."
        ),
        [],
    ),
    (
        (
            "My client, Mr Cyrus Bharucha, 58, told me in our third session he'd stopped his "
            "lithium. I noted it and planned to raise it with his psychiatrist, Dr Zarine Wadia, "
            "but didn't get round to it until the following week. By then he was manic and had to "
            "be admitted to Pestonjee Memorial Hospital."
        ),
        [
            ("Mr Cyrus Bharucha", "name"),
            ("58", "age"),
            ("Dr Zarine Wadia", "name"),
            ("Pestonjee Memorial Hospital", "facility"),
        ],
    ),
    (
        (
            "Hi Gina,\nThis is the message I sent my preceptor after:\n> I think I missed the GBS "
            "result for Mrs Teresa Marchetti. She's in room 6 at Trillium Falls General. Baby's "
            "temp is 38.2. Can you call me on pager 3928?\nI'd seen 'GBS pending' in the prenatal "
            "record and never followed it up."
        ),
        [
            ("Gina", "name"),
            ("Mrs Teresa Marchetti", "name"),
            ("Trillium Falls General", "facility"),
            ("pager 3928", "phone"),
        ],
    ),
    (
        (
            "My note, copied as written:\n> 11/09/23 L hallux nail avulsion, pt tolerated well. "
            "F/U 2/52. A. Pemberton, DCh\nThe 'pt' was Mrs Dorothy Ashby of Tamarack Corners, on "
            "warfarin, and I hadn't checked her INR. She bled through the dressing all night."
        ),
        [
            ("11/09/23", "date"),
            ("A. Pemberton", "self"),
            ("Mrs Dorothy Ashby", "name"),
            ("Tamarack Corners", "place"),
        ],
    ),
    (
        (
            "Ambulance crew, western Kenya, long transfer to the county referral hospital. I ran "
            "oxytocin for a PPH at the wrong rate because I did the maths in my head on a bumpy "
            "road. She got about half what she should have for the first 20 minutes. She "
            "survived, with a transfusion. I use the chart taped inside the cabinet now."
        ),
        [],
    ),
    (
        (
            "Dear Dr Llewellyn,\nI am writing to apologise for the report I sent regarding your "
            "patient Iwan ap Rhys (DOB 11/06/1987). I attached the wrong assessment, which "
            "belonged to another client.\nThat was the letter I had to write. I'm a clinical "
            "psychologist in a two-person team in mid Wales and I'd named two files almost "
            "identically."
        ),
        [
            ("Dr Llewellyn", "name"),
            ("Iwan ap Rhys", "name"),
            ("11/06/1987", "date"),
        ],
    ),
    (
        (
            "Community midwife in western Kenya. A woman came to the dispensary in early labour "
            "and I sent her home because she was only 3 cm. She delivered on a boda boda on the "
            "way back. Baby was fine, mum had a second-degree tear that I sutured later. I don't "
            "send first-timers home anymore when the road is that long."
        ),
        [],
    ),
    (
        (
            "Job number 2308-44719 if you're from my station. Code 1 to a house on Quandong "
            "Street in Marri Creek. Male, 45, chest pain. I called it anxiety because he'd had "
            "panic attacks before and his partner Shane said so. The ECG was subtle and I didn't "
            "repeat it. He arrested in ED."
        ),
        [
            ("2308-44719", "record"),
            ("Quandong Street", "place"),
            ("Marri Creek", "place"),
            ("45", "age"),
            ("Shane", "name"),
        ],
    ),
    (
        (
            "A student sent me a link at midnight: instagram.com/sofia.ricci.writes. I saw it in "
            "the morning. It was a goodbye post from Sofia Ricci, grade 11, at St. Bernadette "
            "Catholic Secondary, and I'd told her just the day before to 'email if anything came "
            "up'. Her mom Antonella found her in time. I give out the crisis line now, never "
            "'email me'."
        ),
        [
            ("instagram.com/sofia.ricci.writes", "url"),
            ("Sofia Ricci", "name"),
            ("St. Bernadette Catholic Secondary", "facility"),
            ("Antonella", "name"),
        ],
    ),
    (
        (
            "Private ambulance, Mumbai. Pt Mrs Khorshed Dastur, 82, fall at home in Jamshed Baug. "
            "I splinted her leg but held off analgesia because I was worried about her BP. 40 "
            "minutes in traffic with a fractured NOF and nothing for pain. Her grandson Farhad "
            "rode with us and kept asking why."
        ),
        [
            ("Mrs Khorshed Dastur", "name"),
            ("82", "age"),
            ("Jamshed Baug", "place"),
            ("Farhad", "name"),
        ],
    ),
    (
        (
            "> Delivered 03/05/2022 at 0410 hrs, live male 3.1 kg, mother Florence Nekesa Simiyu, "
            "para 4\nI wrote that at Emusire Mission Health Centre and then skipped the 1-hour "
            "postpartum check because another woman came in fully dilated. Florence had an atonic "
            "uterus and lost over a litre before I got back to her."
        ),
        [
            ("03/05/2022", "date"),
            ("Florence Nekesa Simiyu", "name"),
            ("Emusire Mission Health Centre", "facility"),
        ],
    ),
    (
        (
            "IR1 ref 2024/HL/0332. Resident Mrs Peggy Mackay, 93, at Cnoc an Fhraoich House in "
            "Inverallan. Bed rails were left down after personal care and she rolled out at "
            "04:00. I'd stopped the two-person check on night rounds to save time. That was my "
            "decision as manager."
        ),
        [
            ("2024/HL/0332", "record"),
            ("Mrs Peggy Mackay", "name"),
            ("93", "age"),
            ("Cnoc an Fhraoich House", "facility"),
            ("Inverallan", "place"),
        ],
    ),
    (
        (
            "Clinical psych, community mental health in Ontario. I administered a WAIS-IV and "
            "used the wrong norms table for the client's age band. The FSIQ came out lower than "
            "it should have and nearly went into a disability application. A colleague spotted it "
            "in peer review. A second person checks my scoring on anything high-stakes now."
        ),
        [],
    ),
    (
        (
            "Home collection booking no. HC/87214/MUM, patient Sunanda Patil, 64, in a chawl on "
            "Gokul Nagar Lane 4. I didn't close the sharps bin properly and it tipped in my bag; "
            "one of the family's kids, Omkar, picked up the bag to help me carry it. No "
            "needlestick, thank god, but it could have been."
        ),
        [
            ("HC/87214/MUM", "record"),
            ("Sunanda Patil", "name"),
            ("64", "age"),
            ("Gokul Nagar Lane 4", "place"),
            ("Omkar", "name"),
        ],
    ),
    (
        (
            "I manage an aged care home in Perth. Agency nurse on nights, nobody oriented her to "
            "our Omnicell, she couldn't get the oxycodone out, and a resident with bony mets "
            "waited nearly two hours for breakthrough pain relief. I'd signed the orientation "
            "checklist as done because the day was chaos. That's on me."
        ),
        [],
    ),
    (
        (
            "'Nonna Filomena, I'm so sorry' is how I started that conversation. Her grandson "
            "Matteo Ianni, 22, had been on our unit at Lakeshore Regional for first-episode "
            "psychosis, and I handed her his discharge meds without checking she was his listed "
            "contact. She wasn't; his mother was, and there was a reason."
        ),
        [
            ("Nonna Filomena", "name"),
            ("Matteo Ianni", "name"),
            ("22", "age"),
            ("Lakeshore Regional", "facility"),
        ],
    ),
    (
        (
            "Diabetic foot clinic day at Kodero Bay Health Centre. Mzee Joseph Ochieng Adhola, "
            "76, came in with a heel ulcer and I didn't probe it because he winced. It was "
            "osteomyelitis. He was admitted on 5 June 2023 and spent a month on IV antibiotics."
        ),
        [
            ("Kodero Bay Health Centre", "facility"),
            ("Mzee Joseph Ochieng Adhola", "name"),
            ("76", "age"),
            ("5 June 2023", "date"),
        ],
    ),
    (
        (
            "School counsellor in a large Mumbai school. A boy in Class 9 told me his father hits "
            "him. I called the father in for a meeting, thinking I'd mediate. It made things "
            "worse at home. I should have gone to our child protection lead and the proper "
            "authorities first. I learned that the hard way, and he paid for it."
        ),
        [],
    ),
    (
        (
            "Staff nurse-midwife, busy municipal maternity hospital in Mumbai. I gave oxytocin 10 "
            "IU IM for third stage and then a colleague gave another dose because I hadn't "
            "charted mine. Good outcome, but we were lucky. Chart it before you put the syringe "
            "down."
        ),
        [],
    ),
    (
        (
            "I'm the only counsellor at St Bakhita Girls Secondary, so this is probably "
            "identifying, sorry mods. A Form 3 student, Nafula Wekesa, told me about her uncle "
            "and I wrote it in a notebook that I left on my desk. Another teacher read it. I "
            "should have locked it away."
        ),
        [
            ("the only counsellor at St Bakhita Girls Secondary", "self"),
            ("Nafula Wekesa", "name"),
        ],
    ),
    (
        (
            "Call came in from a farm out on Township Road 412 near Sugar Hollow. Pt was Eli "
            "Hochstetler, 67, thrown from a buggy, and I let his family talk me out of a c-collar "
            "because they didn't want him moved 'like that'. He ended up with a C6 fracture that "
            "thankfully stayed stable. I should have explained better instead of caving."
        ),
        [
            ("Township Road 412", "place"),
            ("Sugar Hollow", "place"),
            ("Eli Hochstetler", "name"),
            ("67", "age"),
        ],
    ),
    (
        (
            "EMT-P, rural Ohio, volunteer-heavy county. I let a first responder bag a patient too "
            "fast during a code and didn't correct him. ETCO2 dropped, BP tanked. We got ROSC "
            "eventually, but hyperventilation during CPR is something I call out immediately now: "
            "one breath every six seconds, counted out loud."
        ),
        [],
    ),
    (
        (
            "Podiatrist in a rural Welsh health board. I applied felt padding to a plantar ulcer "
            "and didn't tell the patient to keep it dry. He went to the cattle mart, got it "
            "soaked, and it macerated. Not a disaster, but the ulcer was set back about three "
            "weeks. I give written instructions now, in Welsh and English."
        ),
        [],
    ),
    (
        (
            "Female ward, government psychiatric hospital in Mumbai, 40 patients and two nurses "
            "on nights. I gave haloperidol 5 mg IM for agitation and forgot the procyclidine "
            "charted with it. By morning she had an acute dystonia, neck twisted to one side. "
            "Reversed quickly, but she was terrified. The PRN pair goes together."
        ),
        [],
    ),
    (
        (
            "Sent a session summary to the wrong address. It should have gone to "
            "tahlia.collard@example.com.au but autocomplete picked someone else. Tahlia, 19, was "
            "seeing me for PTSD, and the summary had her trauma history in it. I rang her that "
            "afternoon and she was gracious about it, which somehow made it worse."
        ),
        [
            ("tahlia.collard@example.com.au", "email"),
            ("Tahlia", "name"),
            ("19", "age"),
        ],
    ),
    (
        (
            "Clinical psychologist in a rural Welsh CMHT. I ended therapy with a client after 12 "
            "sessions because that was the service cap, without a proper relapse plan. She was "
            "back on the waiting list within two months, worse. Caps are caps, but an ending "
            "still needs planning."
        ),
        [],
    ),
    (
        (
            "Lab tech doing phlebotomy at a county hospital in western Kenya. I reused a "
            "tourniquet between patients without wiping it, on a day we were short of everything. "
            "Our IPC nurse saw it. Nothing happened that we know of, but there's a tub of wipes "
            "at my station now and I use it."
        ),
        [],
    ),
    (
        (
            "Ambulance call report ACR-24-0871-KB. We transported Mr Pasquale Ferracuti from his "
            "home on Vinegar Hill Line and I didn't bring his meds list. ED gave him a second "
            "dose of metoprolol. His BP dropped to 78 systolic. He's okay, but that list was "
            "sitting on his kitchen table."
        ),
        [
            ("ACR-24-0871-KB", "record"),
            ("Mr Pasquale Ferracuti", "name"),
            ("Vinegar Hill Line", "place"),
        ],
    ),
    (
        (
            "Got a text from my team leader after it happened:\n> Jaz can u call me re the Nannup "
            "bloods, lab rejected, unlabelled. 0412 558 301\nI'd taken bloods from Kevin Nannup "
            "at the community clinic and left the tubes in my bag unlabelled till I got back to "
            "the car. He had to come back the next day, which for him meant another 90 km drive. "
            "Felt terrible."
        ),
        [
            ("Jaz", "name"),
            ("0412 558 301", "phone"),
            ("Kevin Nannup", "name"),
        ],
    ),
    (
        (
            "### Ambiwlans\nPatient: Meirion Gruffydd, 54, farmer, crush injury to the leg at "
            "Fferm Ty'n Llwyn above Pentre Gwynfa. I put the tourniquet on and didn't write the "
            "time on it. By handover at Ysbyty Aberderwen nobody knew how long it had been on, "
            "and that mattered."
        ),
        [
            ("Meirion Gruffydd", "name"),
            ("54", "age"),
            ("Fferm Ty'n Llwyn", "place"),
            ("Pentre Gwynfa", "place"),
            ("Ysbyty Aberderwen", "facility"),
        ],
    ),
    (
        (
            "Domiciliary podiatry round in the Highlands, long drives between crofts. I cut a "
            "diabetic pt's nails with my own clippers because I'd left the sterile pack in the "
            "car and didn't want to walk back in the rain. Small nick, paronychia a week later, "
            "needed flucloxacillin. I carry spares in my coat now."
        ),
        [],
    ),
    (
        (
            "Catriona MacKinnon was admitted to Ward 3 at New Craigmhor Hospital on 9 January. I "
            "propped the fire door for the porters and didn't tell anyone; she walked out of it "
            "forty minutes later and was found by police at the bus shelter in Kinlochewan. Safe, "
            "cold, and furious with us."
        ),
        [
            ("Catriona MacKinnon", "name"),
            ("Ward 3 at New Craigmhor Hospital", "facility"),
            ("9 January", "date"),
            ("Kinlochewan", "place"),
        ],
    ),
    (
        (
            "> Session note 14/02/2024: Client (Achieng Odhiambo) reports improved sleep. No risk "
            "identified.\n\nThat's what I wrote. What I didn't write was that she mentioned her "
            "brother had been taking her tablets. I was running late for the next client at the "
            "Nyawita Community Wellness Centre and let it slide. Two weeks later she ran out "
            "early and went into withdrawal."
        ),
        [
            ("14/02/2024", "date"),
            ("Achieng Odhiambo", "name"),
            ("Nyawita Community Wellness Centre", "facility"),
        ],
    ),
    (
        (
            "Student midwife, rural Wales placement. I palpated a breech as cephalic at 36 weeks "
            "and my mentor didn't recheck. She presented in labour, footling breech, emergency "
            "section. Baby fine. I'd been too proud to say I wasn't sure. Now I say it."
        ),
        [],
    ),
    (
        (
            "Rhiannon, if you ever read this, I'm sorry. I was your midwife at the birth centre "
            "in Llanfair Dyffryn and I missed that your placenta wasn't complete. You came back "
            "to us on the 2nd of August bleeding heavily. Your mam Eirlys held your hand in the "
            "ambulance and I couldn't look at her."
        ),
        [
            ("Rhiannon", "name"),
            ("Llanfair Dyffryn", "place"),
            ("2nd of August", "date"),
            ("Eirlys", "name"),
        ],
    ),
    (
        (
            "Homebirth in an Amish farmhouse near Weaver's Ford. Lydia Beiler, aged 31, eighth "
            "baby. I underestimated blood loss because it soaked into dark quilts and towels. She "
            "was grey by the time I weighed anything. We got her to Pleasant Valley Memorial and "
            "she needed four units."
        ),
        [
            ("Weaver's Ford", "place"),
            ("Lydia Beiler", "name"),
            ("aged 31", "age"),
            ("Pleasant Valley Memorial", "facility"),
        ],
    ),
    (
        (
            "Phlebotomy clinic in a Highland health centre, one day a week. Patient fainted "
            "during a draw and I hadn't asked her to lie down, though she told me she was 'a "
            "fainter'. She bumped her head on the chair arm. GCS 15 throughout, but I write "
            "'vasovagal hx' in big letters on the form now, and anyone who says it goes on the "
            "couch."
        ),
        [],
    ),
    (
        (
            "Hi all,\nI'm a podiatrist in the eastern suburbs of Perth. I debrided a callus on "
            "Aunty Maisie Kickett's left heel and missed the ulcer underneath because I rushed. "
            "She's diabetic, HbA1c 9.4. By her next visit on 3 October it had tracked to bone. "
            "Her daughter Leanne rang me at the clinic, furious, and she had every right to be."
        ),
        [
            ("Aunty Maisie Kickett", "name"),
            ("3 October", "date"),
            ("Leanne", "name"),
        ],
    ),
    (
        (
            "Clinical psychologist in the Highlands. I did a telehealth session with a client on "
            "a remote island and didn't confirm where she was physically sitting. When she "
            "disclosed suicidal intent, I had no idea which address to send help to. We sorted it "
            "by keeping her on the line, but I confirm location at the start of every video call "
            "now."
        ),
        [],
    ),
    (
        (
            "I run an old-age home in Mumbai. We had no written DNR process, so when a resident "
            "with end-stage COPD arrested, night staff started CPR and broke two ribs while the "
            "family were on their way saying they didn't want it. We've since put proper advance "
            "care planning in place with our visiting doctor."
        ),
        [],
    ),
    (
        (
            "It was the Stoltzfuses who brought their father Menno to us for respite, and I let a "
            "new aide chart his insulin as given when he'd actually refused it. His glucose was "
            "412 by supper. As the administrator at Cedar Lane Retirement Village I took the call "
            "from his son Amos, and I had no good answer."
        ),
        [
            ("the Stoltzfuses", "name"),
            ("Menno", "name"),
            ("the administrator at Cedar Lane Retirement Village", "self"),
            ("Amos", "name"),
        ],
    ),
    (
        (
            "We were stood down from a job in Glen Orran and re-tasked to a croft outside "
            "Camusbane. Mrs Seonag MacRae had central chest pain, I gave aspirin without asking "
            "about allergies, and she's allergic. Mild wheeze, settled with salbutamol. Her son "
            "Ruaraidh kept saying 'she told you', and she had."
        ),
        [
            ("Glen Orran", "place"),
            ("Camusbane", "place"),
            ("Mrs Seonag MacRae", "name"),
            ("Ruaraidh", "name"),
        ],
    ),
    (
        (
            "As a care-home manager in rural Wales I signed off the rota knowing we'd be one "
            "carer short on nights. A resident in her 90s fell at 03:15 and lay on the floor for "
            "about twenty minutes before anyone found her. No fracture, but a large haematoma and "
            "she was frightened for weeks. I now treat staffing gaps as clinical risks, not admin "
            "problems."
        ),
        [],
    ),
    (
        (
            "I'm a school counsellor in a small Ontario board. A grade 10 student disclosed "
            "self-harm on a Friday afternoon and I let her go home with a safety plan instead of "
            "calling her parents first, because she begged me not to. I couldn't sleep all "
            "weekend. On Monday she was okay, but I now follow our protocol every time, and I "
            "talk it through with my supervisor before the bell, not after."
        ),
        [],
    ),
    (
        (
            "I'm a clinical psychologist in Ohio. I scored a PHQ-9 wrong, added it up to 14 "
            "instead of 19, and told a client her depression was moderate rather than moderately "
            "severe. I caught it when writing the letter to her PCP. I phoned her, apologized, "
            "and we adjusted the plan. I double-score everything by hand now."
        ),
        [],
    ),
    (
        (
            "For the record (Social Care Wales reg. SCW-0048821), I'm the registered manager at "
            "Plas Hafod Residential Home in Cwmderwen. We admitted Mrs Gwenllian Hopkins, 89, "
            "without her Parkinson's meds coming with her, and she went 14 hours without Sinemet. "
            "Her son Dafydd found her rigid at teatime."
        ),
        [
            ("SCW-0048821", "self"),
            ("the registered manager at Plas Hafod Residential Home", "self"),
            ("Cwmderwen", "place"),
            ("Mrs Gwenllian Hopkins", "name"),
            ("89", "age"),
            ("Dafydd", "name"),
        ],
    ),
    (
        (
            "Nursing home administrator, Ohio. We ran out of incontinence briefs over a holiday "
            "weekend because I hadn't checked the order went through. Staff improvised with "
            "towels. Two residents developed moisture lesions, and their Braden scores were "
            "already low. I have a standing order with a buffer now and I check stock every "
            "Thursday."
        ),
        [],
    ),
    (
        (
            "Barasa, the deputy, told me to 'handle it quietly'. A Form 2 boy, Kevin Otieno Ouma, "
            "15, had told me he'd been drinking with older men at Ong'ielo Beach. I didn't call "
            "his guardian. He was pulled out of the lake two days later, alive, and I have not "
            "forgiven myself for listening to the deputy."
        ),
        [
            ("Barasa", "name"),
            ("Kevin Otieno Ouma", "name"),
            ("15", "age"),
            ("Ong'ielo Beach", "place"),
        ],
    ),
    (
        (
            "Community psychiatric nurse, rural Wales. I postponed a home visit because of a "
            "flooded road and rang instead. He sounded fine on the phone. He wasn't; he'd stopped "
            "his clozapine a week before and his neighbour found him confused two days later. I "
            "try another route or ask the crisis team now, instead of counting a phone call as a "
            "visit."
        ),
        [],
    ),
    (
        (
            "Band 3 phlebotomist, rural Wales, mobile clinic in a converted van. Patient said "
            "she'd fasted, I didn't ask what 'fasted' meant to her, and she'd had a milky tea at "
            "7. Glucose came back 8.9 and she got a letter about possible diabetes. A week of "
            "worry for her, over a question I didn't ask."
        ),
        [],
    ),
    (
        (
            "**Incident ref AC-2023-00917**\nI'm the manager at Jarrah Ridge Lodge. Mr Desmond "
            "Winmar's hearing aids were lost in the laundry for the third time and I kept saying "
            "we'd label them. He stopped coming to meals because he couldn't follow the talk. His "
            "niece Cheryl rang on 17 July and said he'd told her he felt 'put away'."
        ),
        [
            ("AC-2023-00917", "record"),
            ("the manager at Jarrah Ridge Lodge", "self"),
            ("Mr Desmond Winmar", "name"),
            ("Cheryl", "name"),
            ("17 July", "date"),
        ],
    ),
    (
        (
            "Phlebotomy OPD, Mumbai, monsoon season, queue out the door. I labelled two EDTA "
            "tubes at the bench instead of at the chair, and swapped them. One showed Hb 6.2 that "
            "belonged to the other patient. Lab caught it on the delta check before anyone got "
            "transfused. Label at the bedside. Every single time."
        ),
        [],
    ),
    (
        (
            "Requisition said:\n> Pt: Gianluca Ferraro  OHIP 4471-209-338-TK  DOB 02/03/1949\nI "
            "drew from the wrong Gianluca; there were two in the waiting room. Only caught it "
            "because the second one said he'd already had his done at Bellhaven Community Lab "
            "that morning."
        ),
        [
            ("Gianluca Ferraro", "name"),
            ("4471-209-338-TK", "record"),
            ("02/03/1949", "date"),
            ("Bellhaven Community Lab", "facility"),
        ],
    ),
    (
        (
            "I was the midwife on labour ward at Shreeji Maternity Home in Kamalwadi when Hetal "
            "Mehta, 24, came in with her first. I didn't recheck her BP after a first reading of "
            "148/96 because the ward was full. She seized an hour later. Magnesium, delivery, "
            "both okay. Her husband Jignesh still sends a message every Diwali and I still feel "
            "sick reading it."
        ),
        [
            ("Shreeji Maternity Home", "facility"),
            ("Kamalwadi", "place"),
            ("Hetal Mehta", "name"),
            ("24", "age"),
            ("Jignesh", "name"),
        ],
    ),
    (
        (
            "Clinical psychologist, private practice in Mumbai. I agreed to see a "
            "friend-of-a-friend for therapy because she was desperate and the waiting lists were "
            "long. The dual relationship got messy fast when we ended up at the same wedding. I "
            "referred her on, clumsily. I hold that boundary now even when it feels unkind."
        ),
        [],
    ),
    (
        (
            "Bhavesh Shah's sister Komal called the ward asking after him, and I confirmed he'd "
            "been admitted on 22 March without checking whether he'd consented to share. She "
            "wasn't on his contact list for a reason. That was my second year at Sanjeevani "
            "Psychiatric Nursing Home and I knew better."
        ),
        [
            ("Bhavesh Shah", "name"),
            ("Komal", "name"),
            ("22 March", "date"),
            ("Sanjeevani Psychiatric Nursing Home", "facility"),
        ],
    ),
    (
        (
            "Psychiatric unit, county hospital in western Kenya. I let a patient's relative take "
            "him out for tea without checking his leave status. He wasn't on leave. He was back "
            "within the hour, calm, but the consultant was right to be angry. Leave is a clinical "
            "decision, not a kindness I get to hand out."
        ),
        [],
    ),
    (
        (
            "Night shift on the acute unit at Ysbyty Glan Tywi. I gave Mr Gwilym Pritchard his "
            "22:00 olanzapine 10 mg without checking the MAR, and it turned out the day team had "
            "already given it at 18:00 because he was agitated. He was drowsy but rousable, obs "
            "stable, and I filled in the Datix myself."
        ),
        [
            ("Ysbyty Glan Tywi", "facility"),
            ("Mr Gwilym Pritchard", "name"),
        ],
    ),
    (
        (
            "## Nail surgery gone sideways\nSmall practice in Ohio. Partial nail avulsion, local "
            "with lidocaine 2% plain. I didn't ask about Raynaud's. Toe went white and stayed "
            "white longer than I liked. It pinked up after warming, but I screen for it every "
            "time now.\n- ask about circulation\n- check pulses\n- document cap refill"
        ),
        [],
    ),
    (
        (
            "Hot day in Perth, 43 degrees. Elderly man collapsed in his garden, I put it down to "
            "the heat and didn't do a 12-lead until we were already rolling. It was an inferior "
            "STEMI. He went straight to the cath lab and did fine, but those ten minutes bother "
            "me. Heat doesn't rule anything out."
        ),
        [],
    ),
    (
        (
            "Shri Vasant Kulkarni, 71, came to our foot clinic with a black toe he said was 'just "
            "a bruise'. I believed him, didn't check his pulses, and sent him home with "
            "dressings. His daughter-in-law Madhuri brought him back four days later with wet "
            "gangrene. He lost the toe. Sahyadri Foot & Wound Clinic is small enough that I won't "
            "say more."
        ),
        [
            ("Shri Vasant Kulkarni", "name"),
            ("71", "age"),
            ("Madhuri", "name"),
            ("Sahyadri Foot & Wound Clinic", "facility"),
        ],
    ),
    (
        (
            "Single-crewed RRV, rural Wales, snow. I gave IM glucagon to a hypo patient and left "
            "once he was talking, BM 5.2, without making sure he'd eaten. His wife rang 999 again "
            "two hours later, BM 2.1. I should have stayed until he'd had some long-acting carbs."
        ),
        [],
    ),
    (
        (
            "Subject: Re: Haemolysed K+ for J. Bennell\n\nFrom the lab, to me: 'Third haemolysed "
            "sample this week from your collection room. Pls call 08 9366 0412.' Jarrah Bennell, "
            "aged 8, had been stuck three times for that potassium because I kept using a 23G "
            "butterfly and shaking the tube. Her mum Rochelle has every right never to bring her "
            "back."
        ),
        [
            ("J. Bennell", "name"),
            ("08 9366 0412", "phone"),
            ("Jarrah Bennell", "name"),
            ("aged 8", "age"),
            ("Rochelle", "name"),
        ],
    ),
    (
        (
            "Community podiatrist in Perth. I assessed an elderly patient's footwear and told her "
            "it was fine without looking inside the shoe. There was a folded insole creasing "
            "under the 2nd met head, and a blister turned into an ulcer. Look inside the shoe. "
            "Hands in, every time."
        ),
        [],
    ),
]
