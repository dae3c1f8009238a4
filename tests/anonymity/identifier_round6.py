"""Round 6 of issue 14's evaluation: 160 stories (80 safe, 393 spans) from two helpers who
saw only the labeling guide (identifier_round2.md), never the check's rules, corpora or code.
E: ICU and theatre nurses, midwives, health visitors, hospice staff, phlebotomists,
paramedics, crisis workers, agency nurses, care-home staff (Northern Ireland, England,
Trinidad, Zimbabwe, Sri Lanka, Quebec, the US South); F: family therapists, counsellors,
probation and youth-justice social workers, emergency physicians, psychiatrists,
podiatrists, audiologists, pharmacy technicians, chaplains (US Midwest and Northeast, New
Zealand, Ireland, Kenya, Malta, British Columbia). Measured untouched with the rules written
against rounds 1 to 5: see bench/README.md. Entries as in identifier_corpus."""

ROUND_6_E = [
    (
        "Health visitor here. Did a 6-8 week check and scored the Edinburgh Postnatal "
        "Depression Scale as 9 when I'd mis-added and it was really 14. Mum mentioned intrusive "
        "thoughts at the next visit and I realised. I've referred to the perinatal mental "
        "health team and told my team lead. Covering rural Ulster means doing paperwork in the "
        "car between visits, which is exactly when I make errors like this.",
        [],
    ),
    (
        "Psychiatric nurse on an acute unit in Trinidad. A man admitted with mania refused his "
        "lithium and I documented 'given' because I'd ticked the whole column before the round. "
        "His level the next week was low and the doctor almost increased the dose. Nobody would "
        "have known if I hadn't gone back. The Mental Health Act in T&T is old, but the "
        "documentation rule is simple: chart what you did, not what you planned.",
        [],
    ),
    (
        "## Résidence Les Jardins du Vieux-Moulin, Tuesday round\nI drew blood on Mme Thérèse "
        "Lavoie-Dion, 77, without checking her bracelet because I recognised her from last "
        "week. It was her sister, Mme Huguette Lavoie. Requisition P-2024-11873 went to the lab "
        "under the wrong name. Everyone in Sainte-Perpétue-des-Monts knows both of them, so the "
        "story was around the village before I got home.",
        [
            ("Les Jardins du Vieux-Moulin", "facility"),
            ("Mme Thérèse Lavoie-Dion", "name"),
            ("77", "age"),
            ("Mme Huguette Lavoie", "name"),
            ("P-2024-11873", "record"),
            ("Sainte-Perpétue-des-Monts", "place"),
        ],
    ),
    (
        "I'm the only public health midwife covering Pahala Wewagama, so this is hard to post. "
        "I weighed a newborn on the spring scale and wrote 2.9 kg in the CHDR instead of 2.4. "
        "Mrs Dilrukshi Herath's baby was missed for low-birth-weight follow-up for three weeks. "
        "Her NIC 199267803315 is on the form and her husband rang me on 077 341 8826 when the "
        "baby stopped feeding well.",
        [
            ("the only public health midwife covering Pahala Wewagama", "self"),
            ("Mrs Dilrukshi Herath", "name"),
            ("199267803315", "record"),
            ("077 341 8826", "phone"),
        ],
    ),
    (
        "Letter I sent that should never have gone out:\n> Dear Ms Adeyemi-Clarke,\n> Re: "
        "Mikey, DOB 02.08.2022, NHS no. 485 662 1907\n> Your child's 2-year review is booked at "
        "Fellside Children's Centre.\nI posted it to the father's address, Flat 3, 27 Tannery "
        "Street, even though the safeguarding alert on SystmOne said not to. Health visiting is "
        "all about trust and I broke it in one envelope.",
        [
            ("Ms Adeyemi-Clarke", "name"),
            ("Mikey", "name"),
            ("02.08.2022", "date"),
            ("NHS no. 485 662 1907", "record"),
            ("Fellside Children's Centre", "facility"),
            ("Flat 3, 27 Tannery Street", "place"),
        ],
    ),
    (
        "Phlebotomist in outpatients. I drew a coag screen into a light blue Vacutainer, "
        "underfilled it when the vein collapsed, and sent it anyway instead of redrawing. The "
        "INR came back falsely high and the warfarin clinic held a dose.\n- The fill line is "
        "there for a reason\n- BD literally print it on the tube\n- Our Band 3 induction covers "
        "it in week one\nI knew all of this.",
        [],
    ),
    (
        "CNA at Chênière Oaks Nursing & Rehab in St. Amand Parish. I left Mr. Alcide "
        "Broussard's call light clipped out of reach after his bath, and he tried to get up on "
        "his own. He's 88 and broke his hip on 2/14/24. His granddaughter Mallory put the whole "
        "thing up on facebook.com/mallory.broussard.52 with a photo of the room. She's not "
        "wrong.",
        [
            ("Chênière Oaks Nursing & Rehab", "facility"),
            ("St. Amand Parish", "place"),
            ("Mr. Alcide Broussard", "name"),
            ("88", "age"),
            ("2/14/24", "date"),
            ("Mallory", "name"),
            ("facebook.com/mallory.broussard.52", "url"),
        ],
    ),
    (
        "I'll say it plainly: I'm Keisha-Ann Mohammed-Ramdass, reg. no. 04418 with the Nursing "
        "Council, and on 2nd May I let a potassium infusion run at 40 mmol/hr through a "
        "peripheral line in the ICU at Cunapo Heights General. Mr Boodoo's K+ went to 6.4 and "
        "he needed calcium and insulin-dextrose. I read 40 mmol in 1 hour where the doctor "
        "wrote 40 mmol in 4.",
        [
            ("Keisha-Ann Mohammed-Ramdass", "self"),
            ("reg. no. 04418", "self"),
            ("2nd May", "date"),
            ("Cunapo Heights General", "facility"),
            ("Mr Boodoo", "name"),
        ],
    ),
    (
        "Ambulance call to Lot 14 Caymite Trace. The patient, Mr Rampersad, 57, was diabetic "
        "and shaky and I read the glucometer's 'LO' as 'HI' in the bad light. I held the "
        "dextrose and we drove him to Southland General with a sugar that was really about 1.8. "
        "His wife Savitri gave me her number, 868-647-2219, so I could update her, and I never "
        "called.",
        [
            ("Lot 14 Caymite Trace", "place"),
            ("Mr Rampersad", "name"),
            ("57", "age"),
            ("Southland General", "facility"),
            ("Savitri", "name"),
            ("868-647-2219", "phone"),
        ],
    ),
    (
        "Home treatment team. I closed a referral after two unanswered calls and this is the "
        "text I sent:\n> Hi Ciaran, it's the crisis team. We tried you twice today on 07723 418 "
        "906. Please ring 028 9504 1177 if you need us. Team 2, Lisnaharra Mental Health "
        "Centre\nNobody did a home visit. He was found by a neighbour at 22 Cairnmore Crescent "
        "the next morning. He survived. I think about the visit I didn't make every day.",
        [
            ("Ciaran", "name"),
            ("07723 418 906", "phone"),
            ("028 9504 1177", "phone"),
            ("Lisnaharra Mental Health Centre", "facility"),
            ("22 Cairnmore Crescent", "place"),
        ],
    ),
    (
        "## Handover, ICU bed 8\n- Name: Terence 'Tel' Okonkwo-Price\n- Age: 58\n- MRN: "
        "RX4471092\n- NOK: wife, Bernadette, 07700 900 482\nWhat's missing from that list is "
        "the line I forgot to write: phenytoin level due 06:00. Day staff didn't send it, he "
        "fitted at lunchtime, and Tel's wife watched it happen.",
        [
            ("Terence 'Tel' Okonkwo-Price", "name"),
            ("58", "age"),
            ("RX4471092", "record"),
            ("Bernadette", "name"),
            ("07700 900 482", "phone"),
        ],
    ),
    (
        "Evening list at Sri Sumangala Nursing Home. The surgeon's assistant called the patient "
        "'Podi' the whole time, and the consent said Kumara Jayasinghe, 52, left inguinal "
        "hernia. I prepped the right side because the arrow had smudged under the drape. The "
        "anaesthetist caught it at time-out. I told the matron, Mrs Ranasinghe, the same night.",
        [
            ("Sri Sumangala Nursing Home", "facility"),
            ("Podi", "name"),
            ("Kumara Jayasinghe", "name"),
            ("52", "age"),
            ("Mrs Ranasinghe", "name"),
        ],
    ),
    (
        "Paramedic, NIAS. Rural call, frail man, NEWS2 of 7, known COPD. I put him on 15 L via "
        "non-rebreather out of habit; sats came up to 99% and by ED his CO2 was 9.8 and he was "
        "drowsy. His target was 88-92%. I knew that. I've redone the JRCALC oxygen section and "
        "talked it through with my clinical supervisor on Tuesday.",
        [],
    ),
    (
        "Psychiatry unit at District General Hospital Kalugama. I discharged Chaminda, aged 24, "
        "to his uncle in Udawela without writing the clinic date on the slip, and nobody "
        "followed up. The uncle's number, +94 71 552 0934, was on the back of the form and "
        "nobody rang it. He was readmitted after an overdose on 5 January.",
        [
            ("District General Hospital Kalugama", "facility"),
            ("Chaminda", "name"),
            ("aged 24", "age"),
            ("Udawela", "place"),
            ("+94 71 552 0934", "phone"),
            ("5 January", "date"),
        ],
    ),
    (
        "Hospice in-patient unit. I drew up 2.5 mg of midazolam for a breakthrough dose but "
        "wrote 5 mg in the CD register because I copied the line above. The pharmacist found "
        "the mismatch at the weekly check. No harm to the patient, but it took three of us an "
        "afternoon to reconcile. Now I read the register entry aloud before signing, which is "
        "how the CQC likes it anyway.",
        [],
    ),
    (
        "ICU, Harare. We often run out of arterial line transducers, so septic patients are on "
        "non-invasive cuffs. I read a MAP off the monitor with the NIBP cycling every 60 "
        "minutes and assumed she was stable; she had dropped into the 50s between cycles. Now I "
        "set it to every 15 minutes whenever noradrenaline is running, whatever the night "
        "before looked like.",
        [],
    ),
    (
        "I signed the count as correct in main theatres at Wexcombe General even though one "
        "raytec was unaccounted for; the scrub, Jaz, was sure it had gone in the bin. X-ray the "
        "next day found it. The surgeon was Mr Oyelaran-Hughes, the patient a 41yo woman, "
        "hospital number WX0047219, and my Datix is INC-88102 if anyone from the trust is "
        "reading.",
        [
            ("Wexcombe General", "facility"),
            ("Jaz", "name"),
            ("Mr Oyelaran-Hughes", "name"),
            ("41yo", "age"),
            ("WX0047219", "record"),
            ("INC-88102", "record"),
        ],
    ),
    (
        "ICU, nights. Patient on a Hamilton C6 with a RASS of -4, and I switched the sedation "
        "off for a spontaneous awakening trial without checking the PEEP or FiO2 first. My "
        "chart note:\n> 04:10 SAT commenced. RASS -1. SpO2 84%, FiO2 increased to 0.6. Cons "
        "informed.\nThe consultant told me to reread the SAT/SBT protocol. Fair. The checklist "
        "is on the intranet; I skipped it because it was 4 am.",
        [],
    ),
    (
        "Travel assignment in the CVICU at Shoal Creek Medical Center. I pushed 10 units of "
        "regular insulin IV instead of giving it subQ to Earl Buford Tate, 71, MRN 3320-1846. "
        "His grandkids call him Pawpaw and they set up gofundme.com/f/help-for-pawpaw-earl "
        "describing 'the nurse who nearly killed him'. His glucose hit 38. I'd been on for "
        "fourteen hours.",
        [
            ("Shoal Creek Medical Center", "facility"),
            ("Earl Buford Tate", "name"),
            ("71", "age"),
            ("MRN 3320-1846", "record"),
            ("Pawpaw", "name"),
            ("gofundme.com/f/help-for-pawpaw-earl", "url"),
        ],
    ),
    (
        "This landed in my inbox on Monday:\n> From: lab.quality@nyamazura-general.co.zw\n> "
        "Subject: Rejected samples, Ward C5\n> Three U&Es from Ward C5 haemolysed again, all "
        "drawn by the same phlebotomist. Please see me. Mr Gumbo\nIt was me. The Vacutainer "
        "holders had run out so I was using 23G needles and syringes and squirting the blood "
        "into the tubes too hard.",
        [
            ("lab.quality@nyamazura-general.co.zw", "email"),
            ("Ward C5", "facility"),
            ("Mr Gumbo", "name"),
        ],
    ),
    (
        "Morning bloods on Ward 5A at Lisnamurren Hospital. Everyone calls him Wee Sammy so I "
        "never asked his full name, I just went by the bed number. Beds had been swapped "
        "overnight. The man I bled was Mr Gilmore from Ballytrummery, and his troponin went on "
        "Sammy's request form. That was Thursday 9th Nov and I still think about it.",
        [
            ("Ward 5A", "facility"),
            ("Lisnamurren Hospital", "facility"),
            ("Wee Sammy", "name"),
            ("Mr Gilmore", "name"),
            ("Ballytrummery", "place"),
            ("Thursday 9th Nov", "date"),
        ],
    ),
    (
        "Infirmière aux soins intensifs. During a transfer to CT I disconnected the ventilator "
        "to bag the patient without clamping the tube first, so he lost his PEEP and "
        "desaturated to 78%. The inhalothérapeute was furious, rightly. Recruitment manoeuvre "
        "and back up to 94%. The ARDSnet tables are on the wall, but the lesson is in the "
        "transfer checklist.",
        [],
    ),
    (
        "ICU nurse. I changed a central line dressing with a Tegaderm but skipped the "
        "ChloraPrep because the unit had run out and I didn't want to go borrow some. CLABSI "
        "three days later. I can't prove it was me, but I know it might have been. Bundle "
        "compliance is audited monthly and we're red now. Flu season in Belfast is no excuse "
        "for skipping the bundle.",
        [],
    ),
    (
        "Text that came in on the crisis line phone:\n> Miss it's Kerwin from Morne Lamotte "
        "Village, I take the whole pack of amitriptyline. Don't call my mother she doesn't "
        "know\nI replied with the health centre number from my notes and typed 1-868-656-3302 "
        "when it should have been 1-868-656-3320. He rang the wrong place and it was an hour "
        "before EHS reached him. He's 19 and alive, no thanks to me.",
        [
            ("Kerwin", "name"),
            ("Morne Lamotte Village", "place"),
            ("1-868-656-3302", "phone"),
            ("1-868-656-3320", "phone"),
            ("19", "age"),
        ],
    ),
    (
        "> Hi hun its Priya, can u do a long day on Ward 22 at Kingsmoor General tmrw? Ring me "
        "0161 496 0733 x\nI said yes after three nights in a row. On that shift I hung tazocin "
        "for Mr Whitworth with a penicillin allergy documented on the front of his notes; the "
        "red band was under his sleeve. He got a rash and a wheeze and the outreach team came. "
        "Agency work pays the bills but I wasn't safe that day.",
        [
            ("Priya", "name"),
            ("Ward 22", "facility"),
            ("Kingsmoor General", "facility"),
            ("0161 496 0733", "phone"),
            ("Mr Whitworth", "name"),
        ],
    ),
    (
        "Care assistant in a nursing home outside Belfast. I hoisted a resident with the wrong "
        "sling size because the right one was in the wash; she slid partly out and bruised both "
        "shins. Nobody checked the sling chart on the wardrobe door that day, me included. "
        "Twelfth fortnight, half the staff on holiday. It went to the staff meeting and we've "
        "ordered more slings from Arjo.",
        [],
    ),
    (
        "Hospice visit out past Pickens Crossroads, Mississippi. Miss Ella Mae Thigpen, 94, was "
        "on a morphine pump and I hadn't reloaded the cassette because I thought her son Junior "
        "had called the pharmacy. He hadn't. She spent the night hurting. Her chart number is "
        "HSP-40218 and I still have the voicemail from (662) 555-0137 on my phone.",
        [
            ("Pickens Crossroads", "place"),
            ("Miss Ella Mae Thigpen", "name"),
            ("94", "age"),
            ("Junior", "name"),
            ("HSP-40218", "record"),
            ("(662) 555-0137", "phone"),
        ],
    ),
    (
        "Outpatient draw station at St. Clement Baptist Medical Center. Two patients with the "
        "same last name in the chairs, Mrs. LaToya Fontenot and Ms. Fontenot, no relation, and "
        "I mislabeled the type and screen. Blood bank caught it on the second sample. MRN "
        "00716254 is burned into my memory. The charge nurse, Tammy, said it happens to "
        "everyone, but it doesn't feel like that.",
        [
            ("St. Clement Baptist Medical Center", "facility"),
            ("Mrs. LaToya Fontenot", "name"),
            ("Ms. Fontenot", "name"),
            ("MRN 00716254", "record"),
            ("Tammy", "name"),
        ],
    ),
    (
        "Posting this knowing it might out me, because I'm the only night charge nurse in the "
        "neuro ICU at Cypress Bend Regional Medical Center. I missed a blown pupil on a "
        "post-crani patient at 0300 because I copied the previous hour's neuro checks forward "
        "in Epic. The state board has my RN license R-891204 and I self-reported the next "
        "morning.",
        [
            (
                (
                    "the only night charge nurse in the neuro ICU at "
                    "Cypress Bend Regional Medical Center"
                ),
                "self",
            ),
            ("R-891204", "self"),
        ],
    ),
    (
        "Paramedic with EHS in Trinidad. I cardioverted a man in fast AF with the Lifepak 15 "
        "and forgot to re-press Sync after the first shock, so the second went unsynchronised. "
        "He went into VF. We defibrillated and got him back with one shock. The rest of that "
        "drive to the hospital was the longest twenty minutes of my life.",
        [],
    ),
    (
        "Infirmière en périnatalité at the CLSC de Saint-Ubalde-des-Pins. On a home visit I "
        "checked baby Léa-Rose Tremblay, born 2024-02-19, with the bilimeter and then wrote the "
        "reading in the wrong baby's file back at the office. Her mother Jessica lives out on "
        "the rang Sainte-Catherine, twenty minutes from anyone, and the jaundice follow-up "
        "slipped two days. Dossier 0045-7782 now has a correction note in my handwriting.",
        [
            ("CLSC de Saint-Ubalde-des-Pins", "facility"),
            ("Léa-Rose Tremblay", "name"),
            ("2024-02-19", "date"),
            ("Jessica", "name"),
            ("rang Sainte-Catherine", "place"),
            ("Dossier 0045-7782", "record"),
        ],
    ),
    (
        "Mobile crisis counselor in Florida. I initiated a Baker Act on a teenager after a "
        "school counselor read me a text over the phone, and I never finished my own Columbia "
        "(C-SSRS) screen because the family was shouting. The 'plan' turned out to be a lyric "
        "from a rap song. He spent 72 hours in a receiving facility he didn't need. Our "
        "agency's policy says full screen first, and now I know why.",
        [],
    ),
    (
        "Public health midwife on home visits. I gave a mother her iron and folic acid but not "
        "the calcium, because the MOH office had sent a different box that week and I didn't "
        "notice. She went a month without it. Pre-eclampsia prevention is the whole point of "
        "the calcium and the Family Health Bureau circulars are clear. I now check the "
        "Pregnancy Record against what's actually in my bag before leaving each house.",
        [],
    ),
    (
        "Carer in an old people's home in Gweru. A resident with Parkinson's missed his Sinemet "
        "for most of a day because the pharmacy delivery was late and I didn't tell the sister "
        "in charge until evening. By then he was rigid and couldn't swallow. Time-critical "
        "medication was something I'd heard about but never taken seriously. Now I phone the "
        "sister as soon as a box isn't in the trolley.",
        [],
    ),
    (
        "Sage-femme at a maison de naissance in Quebec. I documented the Bishop score at 8 when "
        "it was more like 5 because I was rushing and copied the previous visit's numbers. The "
        "plan for a membrane sweep went ahead on that basis. Nothing bad happened but the "
        "obstetrician pointed it out at transfer. The Ordre des sages-femmes du Québec has a "
        "good guide on documentation and I've reread it twice.",
        [],
    ),
    (
        "Copied from the handover sheet I left on the labour ward at Slievenagh Area "
        "Hospital:\n- **Rm 6** Aoife McCann, 31, 39+4, H&C 741 308 2265, EBL 600 ml\n- **Rm 7** "
        "Nuala Devlin-Keys, primip, epidural, EBL 200 ml\nI swapped the EBLs when I wrote up "
        "the notes. Aoife's PPH wasn't flagged to the day reg until her Hb came back at 78.",
        [
            ("Slievenagh Area Hospital", "facility"),
            ("Aoife McCann", "name"),
            ("31", "age"),
            ("H&C 741 308 2265", "record"),
            ("Nuala Devlin-Keys", "name"),
        ],
    ),
    (
        "Maison de soins palliatifs in Montérégie. I gave a breakthrough dose of hydromorphone "
        "sous-cutané and forgot to flush the butterfly, so she got most of it twenty minutes "
        "later when the next drug went in. Drowsy but comfortable; family upset. I explained in "
        "French and the aide-soignante helped with the words I didn't have. Each butterfly is "
        "now labelled with its drug and flushed every time.",
        [],
    ),
    (
        "Crisis follow-up I missed. This is the e-mail I finally sent my team lead:\n> Objet : "
        "M. Gaétan Bouchard-Roy, dossier 2211-0487\n> Bonjour Stéphanie, j'ai oublié d'appeler "
        "M. Bouchard-Roy pour le suivi post-crise du 2023-09-12. Il habite au 48, rue des "
        "Érables, à Lac-Brûlé-Nord.\nI'd promised him a call within 24 hours. He went back to "
        "the ER four days later.",
        [
            ("M. Gaétan Bouchard-Roy", "name"),
            ("dossier 2211-0487", "record"),
            ("Stéphanie", "name"),
            ("2023-09-12", "date"),
            ("48, rue des Érables", "place"),
            ("Lac-Brûlé-Nord", "place"),
        ],
    ),
    (
        "Home-based care round for Msasa Hospice out in Mabvazuva. I left Gogo Chipo a bottle "
        "of morphine 10 mg/5 ml when her chart said 5 mg/5 ml, so every dose her grandson "
        "Tinashe measured was double. She's 81 and very frail and she slept most of two days. "
        "Tinashe phoned me on 0773 418 226 to say she wasn't eating, and that's when I checked "
        "the label.",
        [
            ("Msasa Hospice", "facility"),
            ("Mabvazuva", "place"),
            ("Gogo Chipo", "name"),
            ("Tinashe", "name"),
            ("81", "age"),
            ("0773 418 226", "phone"),
        ],
    ),
    (
        "Paramedic in the Saguenay region, January. I gave salbutamol by nebulizer and didn't "
        "put the patient on the monitor after he mentioned palpitations; it was -35 outside and "
        "I was focused on getting back on the road. He was in fast AF in the truck. We got to "
        "the ED fine. The protocoles d'intervention clinique are clear on this and I skipped a "
        "step.",
        [],
    ),
    (
        "Theatre nurse, LSCS list in Kandy. I counted the swabs right but didn't put the two "
        "extra abdominal packs on the whiteboard when the surgeon asked for them. The closing "
        "count didn't match the board, closure was delayed twenty minutes, and we X-rayed with "
        "the C-arm. Nothing inside. The WHO Surgical Safety Checklist was done at the start, "
        "but a checklist is only as good as the person holding the marker.",
        [],
    ),
    (
        "At the collection centre we send reports on WhatsApp. I sent Mr Gamini Abeysekara's "
        "HIV result link, reports.sirisaru-labs.lk/r/AX88213, to 077 914 5520, which belonged "
        "to a different patient entirely. He is 58 and a school principal in Dewalegama, and "
        "now someone in his town has seen his result. Two numbers, one digit swapped.",
        [
            ("Mr Gamini Abeysekara", "name"),
            ("reports.sirisaru-labs.lk/r/AX88213", "url"),
            ("077 914 5520", "phone"),
            ("58", "age"),
            ("Dewalegama", "place"),
        ],
    ),
    (
        "The email I sent the agency afterwards:\n> Hi Denise,\n> Re the long day on Ward 11 at "
        "Glenbride Hospital on 17th Jan, I need to report that I gave IV gentamicin without "
        "waiting for the pre-dose level.\n> Thanks,\n> Orlagh Mulholland-Reid, NMC PIN "
        "14B2209N\nThe level came back high. Nobody told me the ward's own protocol and I "
        "didn't ask.",
        [
            ("Denise", "name"),
            ("Ward 11", "facility"),
            ("Glenbride Hospital", "facility"),
            ("17th Jan", "date"),
            ("Orlagh Mulholland-Reid", "self"),
            ("14B2209N", "self"),
        ],
    ),
    (
        "Antenatal clinic at Pointe Ravine Health Centre. I dated Nadira Khan-Seepersad's "
        "pregnancy off her LMP without noticing the booking scan disagreed by nearly three "
        "weeks, so her EDD went into the clinic book as 22nd August. She was induced for "
        "'post-dates' at what was really 39 weeks. Clinic number PR/AN/0377, and she lives two "
        "doors from my cousin in Caratal Junction, so I see her every Sunday.",
        [
            ("Pointe Ravine Health Centre", "facility"),
            ("Nadira Khan-Seepersad", "name"),
            ("22nd August", "date"),
            ("PR/AN/0377", "record"),
            ("Caratal Junction", "place"),
        ],
    ),
    (
        "ICU nurse in Trinidad. We were short of Propofol so the anaesthetist switched to "
        "midazolam and fentanyl infusions, and I forgot to bring the fentanyl down when the "
        "midazolam went up. BP dropped to 78/40 and we needed a bolus and noradrenaline. "
        "Everyone was talking fast, half in Trini and half in medical English, and I didn't "
        "repeat the order back. Closed-loop communication: I teach it to students and didn't do "
        "it.",
        [],
    ),
    (
        "Work in a private home for the elderly in south Trinidad. Gave a resident her "
        "Glucophage with lunch but the day nurse had already given it with breakfast; we use a "
        "paper MAR and the tick was in the wrong box. Her sugar dropped to 3.2 by evening. "
        "Juice, biscuits, recheck, fine. Divali weekend, half the staff off, but I should have "
        "looked at the whole week's chart, not just today.",
        [],
    ),
    (
        "My 2 am entry in the bed head ticket, as it stands:\n> 2022.07.14 02:10 Pt W.M. "
        "Somawathie, 63 yrs, BHT no 4417/22. Dopamine 5 mcg/kg/min started as per HO.\nIt was "
        "dobutamine that had been ordered. The HO at Base Hospital Ratnagiriya caught it on the "
        "morning round. Her son Nuwan keeps messaging me on Viber to ask why his mother's heart "
        "rate was so high that night.",
        [
            ("2022.07.14", "date"),
            ("W.M. Somawathie", "name"),
            ("63 yrs", "age"),
            ("BHT no 4417/22", "record"),
            ("Base Hospital Ratnagiriya", "facility"),
            ("Nuwan", "name"),
        ],
    ),
    (
        "Ambulance transfer from Chirembwe Mission Hospital with a snakebite, Mr Elias Chirwa, "
        "35, from Kasekete Village. I ran the antivenom too fast because I wanted it in before "
        "the bad stretch of road and he went into anaphylaxis. Adrenaline, fluids, he came "
        "round. The log for job no. ZAM-0412 is dated 19/11/2020 and my handwriting on it is a "
        "mess.",
        [
            ("Chirembwe Mission Hospital", "facility"),
            ("Mr Elias Chirwa", "name"),
            ("35", "age"),
            ("Kasekete Village", "place"),
            ("ZAM-0412", "record"),
            ("19/11/2020", "date"),
        ],
    ),
    (
        "Drew a potassium from the arm with the IV running and it came back at 2.9. The doctor "
        "nearly ordered KCl. I redrew from the other arm: 4.1. Small thing, I know, but in a "
        "busy OPD with the queue out the door it happens. I now write 'drip arm' on the request "
        "form in Sinhala and English.",
        [],
    ),
    (
        "Street triage nurse riding with the police. I agreed with the officer that a "
        "distressed man on a bridge met criteria for Section 136 without doing a proper "
        "assessment myself, because it was raining and he was swearing. He'd had a row and was "
        "walking home. The 136 suite had no beds and we spent four hours in A&E. The Code of "
        "Practice says we should be the brake, not the accelerator.",
        [],
    ),
    (
        "Run report I'd rather forget:\n> Pt: Dwayne 'Bubba' Corley, 46 y/o M. Loc: 3318 County "
        "Road 41, Sweetgum Hollow. CC: chest pain. Incident # 23-004517.\nI gave nitro SL "
        "before asking about Viagra. He'd taken it. BP went to the 70s and we ran fluids all "
        "the way in. Medical director called me in on 8/22/23 and honestly he was kinder than I "
        "deserved.",
        [
            ("Dwayne 'Bubba' Corley", "name"),
            ("46 y/o", "age"),
            ("3318 County Road 41", "place"),
            ("Sweetgum Hollow", "place"),
            ("23-004517", "record"),
            ("8/22/23", "date"),
        ],
    ),
    (
        "Hospice nurse in rural Georgia. I told a family their father probably had 'weeks' when "
        "his PPS was 30% and he was mottling; he died that night while his daughter was still "
        "driving in from Atlanta. Prognosis is hard, but I ignored the signs because I wanted "
        "to give them hope. Now I use the Palliative Performance Scale and the family's own "
        "goals when I talk about time.",
        [],
    ),
    (
        "Health visitor, 0-19 service. At a new birth visit I plotted a baby born at 34 weeks "
        "on the UK-WHO chart without correcting for gestation, told the mum he was 'below the "
        "2nd centile', and she cried for a week. The GP and the special care team had it right. "
        "The RCPCH guidance on correcting for prematurity is printed in the red book itself. "
        "Lesson learned.",
        [],
    ),
    (
        "I labelled two EDTA tubes in the outpatient queue with each other's stickers. One was "
        "Tendai Moyo, the other a woman from Chitsanga village, Mrs Nyathi. Her CD4 result went "
        "into his file under hospital number PH/22/09817 and he was told on 14/06/2022 that his "
        "count was fine. Phlebotomy is supposed to be the simple job.",
        [
            ("Tendai Moyo", "name"),
            ("Chitsanga", "place"),
            ("Mrs Nyathi", "name"),
            ("hospital number PH/22/09817", "record"),
            ("14/06/2022", "date"),
        ],
    ),
    (
        "Mobile phlebotomist for a home-draw company in Tennessee. I drew a lithium level into "
        "a green-top, lithium heparin, tube. Yes. The lab message:\n> Li 2.9 mmol/L, possible "
        "contamination, please redraw in plain tube\nThe psychiatrist had already held the meds "
        "for a day before that flag reached him. CLIA rules and our SOP both say red-top for "
        "lithium. There's a sticky note on my tray now.",
        [],
    ),
    (
        "Got this from the complaints team this morning and felt sick:\n> From: "
        "patientexperience@wessexvalleyamb.nhs.uk\n> Re: Mr Colin Ashdown, DOB 04/11/1952, ref "
        "CAS-221947\n> Mr Ashdown's daughter says the crew left him at home in Little Harcombe "
        "after a fall without a falls or frailty referral.\nThat was my crew. He had capacity "
        "and wanted to stay, but I didn't refer and he was on the floor again two days later.",
        [
            ("patientexperience@wessexvalleyamb.nhs.uk", "email"),
            ("Mr Colin Ashdown", "name"),
            ("04/11/1952", "date"),
            ("CAS-221947", "record"),
            ("Little Harcombe", "place"),
        ],
    ),
    (
        "Travel nurse, med-surg, Alabama. Pyxis let me pull oxycodone 10 mg on override for a "
        "patient whose order had been cut to 5 mg that morning, and I didn't recheck the MAR "
        "after the override. He was drowsy but rousable with an RR of 10 and we didn't need "
        "Narcan. Our hospital has a policy on overrides and I'd never actually read it. I have "
        "now.\n— RN, med-surg, nights",
        [],
    ),
    (
        "ICU nurse at Hôpital Sainte-Odile in Rivière-aux-Saules. I titrated propofol off the "
        "wrong weight because the ER had entered Mme Gagnon-Pelletier's weight in pounds. "
        "Admitted 2023-11-08, RAMQ GAGM 5307 1914, and she took almost two days to wake. Her "
        "husband Réjean still calls the unit at 450-555-0198 poste 4412 asking why, and I'm the "
        "one who answers.",
        [
            ("Hôpital Sainte-Odile", "facility"),
            ("Rivière-aux-Saules", "place"),
            ("Mme Gagnon-Pelletier", "name"),
            ("2023-11-08", "date"),
            ("RAMQ GAGM 5307 1914", "record"),
            ("Réjean", "name"),
            ("450-555-0198 poste 4412", "phone"),
        ],
    ),
    (
        "Rural clinic in Mashonaland East, one midwife on for the whole weekend. I gave "
        "oxytocin 10 IU IM for the third stage without checking for a second twin first. She "
        "was unbooked and had never had a scan. The second baby was fine, thank God, but I "
        "palpate every time now, no matter how tired. We had no Doppler that month, only a "
        "Pinard.",
        [],
    ),
    (
        "Community midwife on the Nether Combe team. At a home birth on 9 October 2022 I didn't "
        "bring a second Entonox cylinder and it ran out just as Becca started pushing. I kept "
        "telling her she was fine when I should have called for a second midwife or transfer. "
        "Her partner, Jamie Halloran-Smythe, posted about it at "
        "careopinion.org.uk/opinions/1044732 and named me.",
        [
            ("Nether Combe", "place"),
            ("9 October 2022", "date"),
            ("Becca", "name"),
            ("Jamie Halloran-Smythe", "name"),
            ("careopinion.org.uk/opinions/1044732", "url"),
        ],
    ),
    (
        "Senior carer on a dementia unit. I used the Abbey Pain Scale on a resident who "
        "couldn't tell us she was sore and scored her 3, so no PRN. A colleague scored her 11 "
        "an hour later; I'd ticked boxes without properly looking at her face. Paracetamol and "
        "a reposition and she settled. Frank conversation with my manager followed. The "
        "Alzheimer's Society training on pain helped me see what I'd missed.",
        [],
    ),
    (
        "Worst night of my career so far. On Ward 4 North at Drumgarvey Area Hospital I primed "
        "the wrong line and Mr Trimble-Hanna got a bolus of noradrenaline when he should have "
        "had a saline flush. He's a 68-year-old dairy farmer from Tullyroan and his daughter "
        "rang the ward on 028 3751 0486 before I'd even opened Datix.",
        [
            ("Ward 4 North", "facility"),
            ("Drumgarvey Area Hospital", "facility"),
            ("Mr Trimble-Hanna", "name"),
            ("68-year-old", "age"),
            ("Tullyroan", "place"),
            ("028 3751 0486", "phone"),
        ],
    ),
    (
        "Labour ward, Carnival Monday, everybody short. I started Syntocinon at 2 mU/min "
        "without checking the CTG had been reviewed, and within forty minutes we had late "
        "decels. The registrar stopped it, the baby came out with Apgars of 6 and 9, and I "
        "wrote it up honestly. Lesson for me: no matter how busy Port of Spain gets in "
        "February, nobody touches the pump until the trace is signed.",
        [],
    ),
    (
        "Crisis response nurse. I assessed a man at home in a rush and took his word that he "
        "had no tablets stockpiled; I didn't ask his partner, who was in the kitchen. He had "
        "two months of zopiclone in a biscuit tin. He's alive and engaged now. The Mental "
        "Health (Northern Ireland) Order 1986 wasn't needed, but a five-minute chat with his "
        "partner was. Zero Suicide Alliance training says exactly this.",
        [],
    ),
    (
        "Everybody at the health centre calls her Tanty Merle, so when I printed the sticker I "
        "picked the first Merle on the list. Wrong Merle. Mrs Merle Baptiste-Charles, 72, from "
        "Upper Cascadoux got a diabetic result that wasn't hers, and her clinic card "
        "CHC-0931-88 now carries a note about it. The other Merle was admitted with a sugar of "
        "28 two days later.",
        [
            ("Tanty Merle", "name"),
            ("Mrs Merle Baptiste-Charles", "name"),
            ("72", "age"),
            ("Upper Cascadoux", "place"),
            ("CHC-0931-88", "record"),
        ],
    ),
    (
        "In our ICU we still add up fluid balance by hand even though the monitors are Philips "
        "IntelliVue. I totalled the 24-hour balance wrong by a full litre and the consultant "
        "nearly started frusemide on a patient who was actually dry. Creatinine went from 110 "
        "to 190 by morning. Now I total it twice and get the Nursing Sister to check before 6 "
        "am. Colombo teaching hospitals are busy but that's no excuse.",
        [],
    ),
    (
        "Préposée aux bénéficiaires in a CHSLD in the Laurentides. I gave a resident on a "
        "minced diet a regular sandwich because the tray card had fallen off and I was covering "
        "another floor. She coughed and desatted to 86%. The nurse suctioned and there was no "
        "aspiration pneumonia after. IDDSI levels are now posted on every door, in French and "
        "English.",
        [],
    ),
    (
        "Community psychiatric nurse in Bulawayo. I restarted a client on chlorpromazine 100 mg "
        "nocte without seeing he'd been switched to haloperidol decanoate at his last review; "
        "two pages of the outpatient card were stuck together. He was very sedated by the "
        "weekend. His mother brought him in and we sorted it. I read the card back to the last "
        "entry before dispensing anything now, even on a Friday with forty in the queue.",
        [],
    ),
    (
        "In the four-bed ICU at Gwebi Provincial Hospital I forgot to re-inflate the cuff after "
        "a tube change on Baba Tatenda and he aspirated his feed. His wife, Amai Rudo, had come "
        "all the way from Nyamhara and was sleeping on the bench outside. I wrote it in the "
        "ward book on 03/09/2021 and told Sister Chikwanha myself before the doctors' round.",
        [
            ("Gwebi Provincial Hospital", "facility"),
            ("Baba Tatenda", "name"),
            ("Amai Rudo", "name"),
            ("Nyamhara", "place"),
            ("03/09/2021", "date"),
            ("Sister Chikwanha", "name"),
        ],
    ),
    (
        "Village health worker supervisor in Matabeleland North. I plotted a child's weight in "
        "the wrong column on the Road to Health card, so the line looked flat when he was "
        "actually losing weight. The MUAC tape was red when my colleague measured him the next "
        "month. He went to the stabilisation centre and is doing well. I speak Ndebele and some "
        "Tonga and explained to the mother, but I should have caught it.",
        [],
    ),
    (
        "### CVICU, hurricane season\nGenerator kicked on and two of the Alaris channels reset. "
        "I restarted the heparin at the old rate instead of the one changed after the 0600 "
        "anti-Xa, and the next level was supratherapeutic at 1.1. Nobody bled. I filed it in "
        "the safety reporting system, and our unit in Louisiana now double-checks every pump "
        "after a power event.",
        [],
    ),
    (
        "I work in an elders' home near Galle. Over the Vesak Poya holiday I gave a resident "
        "her evening Mixtard, 20 units, but she had refused dinner. Her sugar at 10 pm was 2.8. "
        "Glucose gel, a cup of sweet tea, she recovered. Now I check the meal book before any "
        "insulin. Signs on the wall in Tamil and Sinhala say the same thing.",
        [],
    ),
    (
        "Care home nights. I gave Doris her 10pm meds and then gave them again at 11 because "
        "the eMAR hadn't synced. Doris Pemberton-Leigh, 89, slept until lunchtime and the GP "
        "from Hollins Lane Surgery came out. The manager, Karen, logged it with the council as "
        "safeguarding ref SG-2024-0337. We're the Beeches on Marlow Road, so anyone local will "
        "know exactly who I am.",
        [
            ("Doris", "name"),
            ("Doris Pemberton-Leigh", "name"),
            ("89", "age"),
            ("Hollins Lane Surgery", "facility"),
            ("Karen", "name"),
            ("SG-2024-0337", "record"),
            ("the Beeches", "facility"),
            ("Marlow Road", "place"),
        ],
    ),
    (
        "Theatre recovery. I handed a patient back to the ward without mentioning he'd had "
        "ondansetron and cyclizine in recovery, so the ward gave more cyclizine an hour later. "
        "Very drowsy and tachycardic. The SBAR sheet has a box for antiemetics and I ticked "
        "'none' out of habit. Our theatres in Derry run a lot of lists and handovers get "
        "rushed, but that's exactly when the sheet matters.",
        [],
    ),
    (
        "My note from that night, word for word:\n> 03/02/23 01:40. K+ 6.8 on gas. Reg bleeped "
        "on 3182, no answer. Will repeat.\nI didn't repeat it, I didn't escalate to the "
        "consultant, and Mr Scaife arrested at 03:15. He was 74, a sheep farmer up at Skelby "
        "Moor, and his wife had only gone home for a change of clothes.",
        [
            ("03/02/23", "date"),
            ("3182", "phone"),
            ("Mr Scaife", "name"),
            ("74", "age"),
            ("Skelby Moor", "place"),
        ],
    ),
    (
        "Agency shift on a surgical floor in Montréal, charting in French when my French is "
        "mostly from Duolingo. I misread « aux 4 h » as every 4 days on a hydromorphone order "
        "and the patient in room 12 went most of the evening without analgesia. The assistante "
        "infirmière-chef caught it at 21:30 on her rounds. Now I ask someone to read orders "
        "back with me when I'm unsure of the language.",
        [],
    ),
    (
        "Being the only Irish-speaking nurse at Kilgreggan Hospice, families ask for me, which "
        "is how I ended up covering two syringe drivers on one round. I set up Seamus's T34 to "
        "run 24 hours' worth over 12. His wife Bridget noticed the alarm go early on Monday 4th "
        "March and asked me why. He was from Drumcrow and had wanted to die at home; instead he "
        "had a rough night with us.",
        [
            ("the only Irish-speaking nurse at Kilgreggan Hospice", "self"),
            ("Seamus", "name"),
            ("Bridget", "name"),
            ("Monday 4th March", "date"),
            ("Drumcrow", "place"),
        ],
    ),
    (
        "**Emergency medical technician, 1990 Suwa Seriya**\nI gave aspirin 300 mg to a chest "
        "pain patient who had told me in Tamil that he'd had a bleeding stomach ulcer last "
        "month. I didn't understand until his daughter translated in the back of the ambulance. "
        "He vomited blood at the hospital. My Tamil is poor and I should have waited for the "
        "translation before giving anything.",
        [],
    ),
    (
        "L&D nurse in the Delta. This came through on my personal phone after I'd gone home:\n> "
        "hey its Shaniqua on 3rd floor, baby Jaylen Pruitt's mom asking did he get his hep B "
        "shot?? her # is 662-555-0114\nI'd charted it but never given it. The vial was still in "
        "my scrub pocket. They'd been discharged on 10/3 and I had to call the mom myself.",
        [
            ("Shaniqua", "name"),
            ("Jaylen Pruitt", "name"),
            ("662-555-0114", "phone"),
            ("10/3", "date"),
        ],
    ),
    (
        "Scrub nurse on an ortho list. I opened the wrong size of femoral component, a 4 "
        "instead of a 5, because the Stryker and Zimmer boxes looked alike on the shelf and I "
        "didn't read it back with the surgeon. Caught before implantation, but the opened one "
        "cost the trust a fortune. WHO sign-in done, time-out done; the implant check is its "
        "own step and I rushed it.",
        [],
    ),
]

ROUND_6_F = [
    (
        "Trauma counsellor, Mombasa. I used a CBT thought record in English with a client who "
        "reads Swahili far better, and she nodded through the session so as not to embarrass "
        "me. At the next session she brought the sheet back with every line translated in "
        "pencil by her niece. I felt terrible. Swahili materials first now, English on request.",
        [],
    ),
    (
        "Spiritual health practitioner, Victoria. A Sikh patient asked me to help him tie his "
        "patka before his family arrived; I couldn't, and instead of saying so I fumbled it. "
        "His son arrived and quietly re-tied it. I've since asked volunteers from the local "
        "gurdwara to teach our team, and I say 'I don't know how; can you show me, or shall I "
        "find someone?'",
        [],
    ),
    (
        "Juvenile probation officer, Harwood County, Wisconsin. I meant to email a detention "
        "intake summary to our intake coordinator, Jess Marcotte, and Outlook autocompleted "
        "jmarcott@marcottlaw.net, a defense attorney with almost the same address. The summary "
        "covered a 14-year-old's mental health history and his case number, 2023JV000417. I "
        "reported it to our county privacy officer within the hour and the attorney confirmed "
        "deletion in writing.",
        [
            ("Harwood County", "place"),
            ("Jess Marcotte", "name"),
            ("jmarcott@marcottlaw.net", "email"),
            ("14-year-old", "age"),
            ("2023JV000417", "record"),
        ],
    ),
    (
        "> Pt: Otieno Kiprop Langat, 58M, IP No. 2023/08817\n> Referred from Kimoson Mission "
        "dispensary, BP 210/130, ?hypertensive emergency\n\nEmergency physician, county "
        "referral hospital in the Rift Valley. That was my note. I gave IV labetalol too fast "
        "and dropped him to 110 systolic within the hour, when the target is no more than a 25% "
        "drop in the first hour. He got dizzy but had no stroke, thank God. His son, Kibet, "
        "called on 0722 418 309 that night asking why his father was confused, and I owned it.",
        [
            ("Otieno Kiprop Langat", "name"),
            ("58M", "age"),
            ("IP No. 2023/08817", "record"),
            ("Kimoson Mission dispensary", "facility"),
            ("Kibet", "name"),
            ("0722 418 309", "phone"),
        ],
    ),
    (
        "ED registrar, Cork. I discharged a man with a 'simple' lateral ankle sprain by the "
        "Ottawa ankle rules without examining his proximal fibula. Maisonneuve fracture, picked "
        "up at fracture clinic three days later. The rules are for the ankle; the patient also "
        "had a knee. I squeeze the whole leg now.",
        [],
    ),
    (
        "Emergency medicine SpR, Dublin. Saturday night, 40 on trolleys. I gave 2 g of IV "
        "magnesium sulphate for acute severe asthma as a push instead of over 20 minutes. The "
        "patient went flushed and dropped to 80 systolic. Fluids, recovered. It says 'over 20 "
        "minutes' in the BTS/SIGN guideline and on the vial label.",
        [],
    ),
    (
        "Art therapist working with adolescent girls at a rescue centre. I put the girls' masks "
        "up on the corridor wall for a donor visit, and one girl had written her full name, "
        "Faith Njeri Mwangi, inside her mask and her home village, Kiamwathi, on the back. A "
        "donor photographed the wall and posted it on Facebook. It came down within hours, but "
        "she's 14 and she ran away from that village. Donor photos now only with names covered "
        "and with the girls' consent.",
        [
            ("Faith Njeri Mwangi", "name"),
            ("Kiamwathi", "place"),
            ("14", "age"),
        ],
    ),
    (
        "Pharmacy tech, retail chain, upstate New York. I bagged Rx #6104388 for Mr. Theodore "
        "Kasprzak with another patient's Humalog instead of his Humulin N because both scripts "
        "were in the same basket. He injected it at bedtime, went low, and his wife called the "
        "store at 315-555-0164 just before midnight. I'm the only overnight tech at our Clay "
        "Corners store, so yes, everyone knows. One basket at a time now.",
        [
            ("Rx #6104388", "record"),
            ("Mr. Theodore Kasprzak", "name"),
            ("315-555-0164", "phone"),
            ("the only overnight tech at our Clay Corners store", "self"),
        ],
    ),
    (
        "Youth justice coordinator, Oranga Tamariki, South Auckland. I put the wrong whānau "
        "contact in the FGC plan: Aunty Mere Tahuri-Pōtae's old number (022 471 9935) instead "
        "of the new one, so the victim's support person couldn't reach anyone before the "
        "conference. The young person, Kauri, 15, turned up with his koro and nobody from the "
        "victim's side came. CYRAS ref 2290417. I read every number back aloud at the pre-meet "
        "now.",
        [
            ("Aunty Mere Tahuri-Pōtae", "name"),
            ("022 471 9935", "phone"),
            ("Kauri", "name"),
            ("15", "age"),
            ("CYRAS ref 2290417", "record"),
        ],
    ),
    (
        "Hospital chaplain in Nairobi. A family asked me to pray with their father before "
        "theatre and I started in English; halfway through, his daughter whispered that he "
        "prays in Kikuyu and barely follows English. I stopped, apologised and asked her to "
        "lead while I held his hand. Since then I ask about language and tradition before I "
        "assume anything: Catholic, PCEA, Muslim, none. It's on our pastoral care checklist "
        "now, right after 'consent to visit'.",
        [],
    ),
    (
        "Podiatrist, diabetic foot clinic, Kisumu. I saw Mama Atieno (Mrs Rosemary Atieno "
        "Ochieng, 64) and noted a 'minor' heel fissure without probing it. It went down to "
        "bone. She had a below-knee amputation at Lakeview Referral Hospital in March. Her "
        "clinic card number was DF/0492/22. Her daughter still calls me from 0733 902 174 on "
        "Sundays to tell me her mother is walking with the prosthesis.",
        [
            ("Mama Atieno", "name"),
            ("Mrs Rosemary Atieno Ochieng", "name"),
            ("64", "age"),
            ("Lakeview Referral Hospital", "facility"),
            ("DF/0492/22", "record"),
            ("0733 902 174", "phone"),
        ],
    ),
    (
        "Psychiatrist, Nairobi. I restarted lithium at the old dose after a patient had been "
        "off it for a month, without a baseline creatinine or TSH. The level came back at 1.6 "
        "mmol/L four days later and she had a coarse tremor. We held it and she recovered. The "
        "Maudsley Prescribing Guidelines are clear on this and I didn't look.",
        [],
    ),
    (
        "Pharmacy technician, Malta. The pharmacist texted me:\n> pls prep the Lasix 40 for the "
        "3pm pick-up, ta\nand I labelled Losec 40 mg capsules instead. She caught it at final "
        "check. The two sat side by side alphabetically on our shelf. Sound-alikes live on "
        "separate bays now, with a red shelf-edge strip.",
        [],
    ),
    (
        "> Form 4, Medical Certificate (Involuntary Admission)\n> Patient: Harjit Sandhu-Gill, "
        "PHN 9083 417 226\n> Date of examination: 22/08/2023\n\nPsychiatrist, Lower Mainland. "
        "That's the certificate I completed at Kestrel Bay Hospital, except I'd examined him on "
        "the 21st, not the 22nd; I copied the date off the admission face sheet. With the real "
        "date, the second certificate fell outside the window. The Review Panel found he'd been "
        "detained without valid authority for most of a day.",
        [
            ("Harjit Sandhu-Gill", "name"),
            ("PHN 9083 417 226", "record"),
            ("22/08/2023", "date"),
            ("Kestrel Bay Hospital", "facility"),
            ("the 21st", "date"),
            ("the 22nd", "date"),
        ],
    ),
    (
        "Social worker, youth justice project, Limerick. I let a lad on the Garda Youth "
        "Diversion Programme leave the centre with his cousin instead of his mother because he "
        "said she'd rung it in. She hadn't. He was picked up later that night for a public "
        "order offence. Nobody leaves with anyone who isn't on the form; I ring the parent "
        "myself now.",
        [],
    ),
    (
        "**Incident summary (my own)**\n- Role: adult probation officer, Carrow County\n- "
        "Client: Tyler Beaudoin, DOB 7/19/1998, docket CR-22-0914\n- What happened: I approved "
        "travel to New Hampshire for a funeral without checking his no-contact conditions; the "
        "victim lived in the same town.\n- Outcome: no contact occurred, but my supervisor, "
        "Karen Leclerc, had to file an amended order.\n- Learning: check the conditions, not "
        "just the request.",
        [
            ("Carrow County", "place"),
            ("Tyler Beaudoin", "name"),
            ("7/19/1998", "date"),
            ("CR-22-0914", "record"),
            ("Karen Leclerc", "name"),
        ],
    ),
    (
        "Pharmacy technician, community pharmacy in the south of Malta. I handed out Epilim "
        "Chrono 500 instead of Epilim 200 for a child; the Schedule V entitlement said 200 mg "
        "twice daily. His mum, Charlene Vella Grech, noticed the tablets looked bigger once she "
        "got home to Ħal Bordin and rang us on 2168 3310. The POYC card was under her son Luke, "
        "ID 0372215M. We've split the two strengths onto separate shelves since.",
        [
            ("Charlene Vella Grech", "name"),
            ("Ħal Bordin", "place"),
            ("2168 3310", "phone"),
            ("Luke", "name"),
            ("0372215M", "record"),
        ],
    ),
    (
        "Clinical counsellor, RCC. I left a voicemail about a missed session on what I thought "
        "was my client's cell, 250-555-0187, and it turned out to be her workplace's main line. "
        "Her manager heard it. Her name is Marisol Quispe-Harding and she's given me permission "
        "to share this. My registration is BCACC #17733, so own it I will.",
        [
            ("250-555-0187", "phone"),
            ("Marisol Quispe-Harding", "name"),
            ("BCACC #17733", "self"),
        ],
    ),
    (
        "Counsellor, ACC sensitive claims, lower North Island. I sent a progress report to ACC "
        "under the wrong claim number; 10042719823 belongs to another client of mine. The case "
        "manager, Sione, noticed the name didn't match and rang me on 04 387 2216. Both clients "
        "live in the same small coastal town, Waiharoa Beach, which made it worse. I copy-paste "
        "the claim number from the ACC45 now, never type it.",
        [
            ("10042719823", "record"),
            ("Sione", "name"),
            ("04 387 2216", "phone"),
            ("Waiharoa Beach", "place"),
        ],
    ),
    (
        "Hospital chaplain. A nurse asked whether a dying man 'had had the priest' and I said "
        "yes, because I'd seen the Catholic chaplain on the ward earlier. It was for a "
        "different patient. He died without the Anointing of the Sick his family had asked for. "
        "I check in person now and document the sacrament in the notes with the time.",
        [],
    ),
    (
        "Audiologist, pediatric practice in Chicago. I programmed a child's Oticon aids to the "
        "NAL-NL2 target instead of DSL v5 because that's what the last adult fitting had left "
        "as the default. Gain was under target across the highs, and the parents said he "
        "'wasn't reacting much'. Measured the RECD properly and refit a week later; he turned "
        "to his name that same day.",
        [],
    ),
    (
        "Counsellor, employee assistance programme, Nairobi. I replied-all to this:\n> From: HR "
        "Wellness <wellness@tembocargo.co.ke>\n> Subject: Referral, Grace Wambui, Finance\n> "
        "Please can she be seen before Friday 17th?\nMy reply said 'Yes, is this the alcohol "
        "issue again?' The whole wellness committee saw it, and Grace heard about it from a "
        "colleague. I called her on 0711 306 842 to apologise.",
        [
            ("wellness@tembocargo.co.ke", "email"),
            ("Grace Wambui", "name"),
            ("Friday 17th", "date"),
            ("0711 306 842", "phone"),
        ],
    ),
    (
        "Pharmacy technician, hospital. Setting up blister packs for a rest home, I swapped two "
        "residents' Webster-paks: Mr Hohaia's and Mrs Findlay-Gough's, both in the same wing at "
        "Karaka Gardens Rest Home. Mrs Findlay-Gough got his metoprolol and was bradycardic at "
        "44 by lunchtime. NHIs AHP2871 and ZQT5504. I do one resident at a time now, with the "
        "pack face-up beside the chart.",
        [
            ("Mr Hohaia", "name"),
            ("Mrs Findlay-Gough", "name"),
            ("Karaka Gardens Rest Home", "facility"),
            ("AHP2871", "record"),
            ("ZQT5504", "record"),
        ],
    ),
    (
        "Podiatrist in Vermont. I did a partial nail avulsion with phenol on an ingrown hallux "
        "nail and didn't ask about anticoagulants; he was on apixaban (Eliquis) for AFib. He "
        "bled through two dressings in the parking lot. He's fine. My pre-procedure checklist "
        "now has a line for DOACs, warfarin, clopidogrel and 'any blood thinner you take for "
        "your heart'.",
        [],
    ),
    (
        "Pharmacy technician, retail, Galway. I entered a methotrexate 10 mg prescription as "
        "'daily' rather than 'weekly' on the PMR because the label template defaulted to daily. "
        "The pharmacist caught it at final check. We've since set a hard stop on the system for "
        "methotrexate frequency and put a bright WEEKLY sticker on every box.",
        [],
    ),
    (
        "Marriage and family therapist, rural Minnesota. I ran into a couple I see, the "
        "Lindqvists, at the Cenex in Oak Hollow and said 'good to see you both, same time "
        "Thursday?' loud enough for her brother to hear. He asked her what Thursday was. In a "
        "town this size I don't initiate; I wait for clients to greet me, and I never mention "
        "sessions.",
        [
            ("Lindqvists", "name"),
            ("Oak Hollow", "place"),
        ],
    ),
    (
        "Consultant psychiatrist in the west of Ireland. I signed the Form 6 admission order "
        "for Mr Declan Fahy without re-checking that the recommending GP had examined him "
        "within 24 hours; it was 26. The tribunal revoked it on that point. He'd been brought "
        "in from Cloonagh Cross by his sister Bernadette, who rang me afterwards on 087 914 "
        "2260 and was, fairly, furious. MRN 0418852 at Ardnaree University Hospital, if anyone "
        "from our own inspection team is reading: yes, this was me.",
        [
            ("Mr Declan Fahy", "name"),
            ("Cloonagh Cross", "place"),
            ("Bernadette", "name"),
            ("087 914 2260", "phone"),
            ("MRN 0418852", "record"),
            ("Ardnaree University Hospital", "facility"),
        ],
    ),
    (
        "Psych registrar, acute inpatient unit. I charted clozapine for Tāne without checking "
        "that his ANC had been uploaded to the monitoring system, because the nurse said the "
        "lab had phoned it through. The lab had phoned through a different patient's result. "
        "Pharmacy caught it the next morning. Logged as Safety1st 44120, Pōhutukawa Unit, "
        "Rangiwaea Base Hospital, NHI KDP4473.",
        [
            ("Tāne", "name"),
            ("Safety1st 44120", "record"),
            ("Pōhutukawa Unit", "facility"),
            ("Rangiwaea Base Hospital", "facility"),
            ("NHI KDP4473", "record"),
        ],
    ),
    (
        "Family therapist in Mombasa. In a session with a mother and her teenage daughter I let "
        "the father join by WhatsApp video halfway through without asking the daughter first. "
        "She shut down completely. I'd been reading Minuchin on enactments and thought it was "
        "the moment. It wasn't mine to decide. Consent from every person in the room, including "
        "the virtual room.",
        [],
    ),
    (
        "Youth justice social worker, Illinois. I read a kid his rights summary at intake in "
        "English when his first language was Spanish, then wrote 'understood' in the file. His "
        "public defender raised it, and the statement was suppressed, rightly. Miranda means "
        "nothing if it isn't understood. An interpreter every time, even when they seem fluent.",
        [],
    ),
    (
        "Pharmacy technician, hospital dispensary, BC.\n- What: pulled HYDROmorphone 10 mg/mL "
        "(HP) for a regular 2 mg/mL order\n- Why: the two sat in adjacent Pyxis pockets after a "
        "restock change\n- Caught by: pharmacist final check\n- Fix: PSLS report; HP now lives "
        "in a locked lidded pocket with tall-man labelling\nI'd done that pick a hundred times. "
        "That's exactly why I didn't look.",
        [],
    ),
    (
        "Art therapist, CAMHS, Wellington region. I hung a 12-year-old's artwork in the "
        "waiting-room exhibition for Mental Health Awareness Week with her permission, but "
        "forgot the card underneath had her full name, Aroha Winiata-Cole, and her school, "
        "Kaitūī Intermediate. Her dad saw it and rang the team leader, Bridget, on 04 566 1090. "
        "It came down within the hour.",
        [
            ("12-year-old", "age"),
            ("Aroha Winiata-Cole", "name"),
            ("Kaitūī Intermediate", "facility"),
            ("Bridget", "name"),
            ("04 566 1090", "phone"),
        ],
    ),
    (
        "Podiatrist, community clinic, Malta. Two women on my morning list were both called "
        "Marija Borg, one in her 80s and one in her 60s, and I put the wrong sticker on a wound "
        "swab. The lab reported MRSA for the wrong Marija Borg, and she spent three days in "
        "isolation at Dar il-Ħniena care home while the other went untreated. Their ID card "
        "numbers, 0774128M and 0261539M, were on both forms; I just didn't read them.",
        [
            ("Marija Borg", "name"),
            ("Dar il-Ħniena", "facility"),
            ("0774128M", "record"),
            ("0261539M", "record"),
        ],
    ),
    (
        "EM attending, Detroit.\n> Sepsis alert: lactate 4.2, MAP 58. 30 mL/kg LR ordered per "
        "SEP-1.\nThat was me, and the cardiology note two screens over said EF 20%. Flash "
        "pulmonary edema, BiPAP, MICU. The bundle isn't a reason to stop thinking.",
        [],
    ),
    (
        "Pharmacy technologist, hospital outpatient pharmacy, Nakuru. I dispensed "
        "artemether-lumefantrine (Coartem) for a child from the adult pack because the "
        "prescription didn't state a weight. The mother asked why her small son had 24 tablets. "
        "I stopped, checked the weight-band chart with the clinical officer and redid it. "
        "Weight on every paediatric script, or it doesn't get dispensed.",
        [],
    ),
    (
        "Audiologist, HSE primary care. Two children on my list shared the surname Ní Bhriain, "
        "and I sent the audiogram and report for the 6yo to the wrong family's GP without "
        "checking the DOB (03/02/2018 vs 03/12/2018). The GP in Drumcullagh rang to say she had "
        "no such patient. The report reached the right surgery, Riverlane Medical Practice, a "
        "week late, and the grommet referral was delayed accordingly.",
        [
            ("Ní Bhriain", "name"),
            ("6yo", "age"),
            ("03/02/2018", "date"),
            ("03/12/2018", "date"),
            ("Drumcullagh", "place"),
            ("Riverlane Medical Practice", "facility"),
        ],
    ),
    (
        "Family therapist, Tusla-funded service. A text from a dad I was working with:\n> Hi "
        "Siobhán its Ger Mac here, can u move Thurs to after 4, the young lad has hurling\nI "
        "replied 'No problem Ger, see you and Oisín at 4.30' to the mother's number, 086 227 "
        "4193, because I'd saved both parents as 'Mac family'. They're separated and she didn't "
        "know he'd been engaging. Tusla ref TFS-7712.",
        [
            ("Siobhán", "name"),
            ("Ger Mac", "name"),
            ("Oisín", "name"),
            ("086 227 4193", "phone"),
            ("TFS-7712", "record"),
        ],
    ),
    (
        "Hospital chaplain. I was asked to lead a karakia for a patient after death and went to "
        "Room 12 instead of 21, and started with a family who had just been told their mother "
        "was moving to palliative care. The right whānau were the Te Huia family from out at "
        "Mangatoro Flat, and their kuia, Nanny Pare, forgave me faster than I forgave myself. "
        "The whiteboard on Kōwhai Ward at Rangiwaea Base Hospital had both rooms listed one "
        "above the other.",
        [
            ("Te Huia", "name"),
            ("Mangatoro Flat", "place"),
            ("Nanny Pare", "name"),
            ("Kōwhai Ward", "facility"),
            ("Rangiwaea Base Hospital", "facility"),
        ],
    ),
    (
        "Hospital chaplain, Level I trauma center, Iowa. A nurse asked me to sit with the "
        "family of a young man who'd died in a grain bin accident, and I used his cousin's name "
        "(the cousin was in the next trauma bay) instead of his own, Colby Vanderwerf. His "
        "mother corrected me quietly. Both boys were from out near Vesper Grove Township and "
        "I'd read the census sheet too fast. I wrote to her afterwards at 2201 Pheasant Run Rd "
        "to apologise, and I now say the name back to the nurse before I go in.",
        [
            ("Colby Vanderwerf", "name"),
            ("Vesper Grove Township", "place"),
            ("2201 Pheasant Run Rd", "place"),
        ],
    ),
    (
        "Senior podiatrist, diabetic foot service. I put a man with a hot, swollen midfoot into "
        "a post-op shoe and let him walk on it for three weeks because I read it as cellulitis; "
        "the temperature difference was only 1.5°C. It was active Charcot, and by the repeat "
        "X-ray the midfoot had collapsed. IWGDF guidance talks about a 2°C difference, but that "
        "doesn't mean ignore 1.5°C. I'd offload and push for an MRI far sooner now.",
        [],
    ),
    (
        "Probation officer, BC Corrections. I'm the only Punjabi-speaking PO in the Guildvale "
        "office, so anyone local will know this is me. I translated a client's conditions for "
        "his mother at intake and softened 'no contact directly or indirectly' into something "
        "like 'don't bother her'. Mr. Bains-Toor then had his mother phone the complainant, and "
        "he was breached. File CS-44218-C. Court-certified interpreter for conditions from now "
        "on, even when I'm the one who speaks the language.",
        [
            ("the only Punjabi-speaking PO in the Guildvale office", "self"),
            ("Mr. Bains-Toor", "name"),
            ("CS-44218-C", "record"),
        ],
    ),
    (
        "Probation officer, Corrections, Hawke's Bay. I approved an electronically monitored "
        "bail address without doing the site visit because the sponsor sounded solid on the "
        "phone. The house turned out to be two doors down from the complainant. Nothing "
        "happened, because Police picked it up at the next check. Site visit every time, even "
        "when the list is 30 long.",
        [],
    ),
    (
        "Probation officer, Probation Service, north Dublin. I sent a pre-sanction report on "
        "Jamie Keogh, 19, to the District Court with the injured party's address, Apt 4, Block "
        "C, Larchfield Park, left in the offence summary. The defence solicitor spotted it. We "
        "reissued with redactions, but the first version had already gone out in the court "
        "bundle, ref DC-2024-11873. Every report gets a second reader now.",
        [
            ("Jamie Keogh", "name"),
            ("19", "age"),
            ("Apt 4, Block C", "place"),
            ("Larchfield Park", "place"),
            ("DC-2024-11873", "record"),
        ],
    ),
    (
        "ED physician, Boston suburbs. Triage note:\n> 34F, abd pain, LMP 6 wks ago, neg urine "
        "hCG\n> Callback: (617) 555-0139 (cell)\nI took the urine hCG at face value and sent "
        "her home with 'gastritis'. She turned up at our sister ED, Northfield Commons "
        "Hospital, with a ruptured ectopic; the urine had been dilute after two litres of water "
        "in the waiting room. Her name was Dana Pellegrino and I think about her every time I "
        "see 'neg UPT'. Quantitative serum beta if there's any doubt.",
        [
            ("34F", "age"),
            ("(617) 555-0139", "phone"),
            ("Northfield Commons Hospital", "facility"),
            ("Dana Pellegrino", "name"),
        ],
    ),
    (
        "Children's officer, Kenya. I wrote the wrong date for the next mention on a boy's bond "
        "papers, 14/11/2023 instead of 04/11/2023, so he missed court and a warrant was issued. "
        "Brian Omondi Owuor, 16, from Mukuyu estate, spent two nights in a police cell before "
        "it was sorted. Children's Case No. 118 of 2023. I read dates aloud to the child and "
        "the parent now and have them repeat it back.",
        [
            ("14/11/2023", "date"),
            ("04/11/2023", "date"),
            ("Brian Omondi Owuor", "name"),
            ("16", "age"),
            ("Mukuyu estate", "place"),
            ("Case No. 118 of 2023", "record"),
        ],
    ),
    (
        "Audiologist, VA community clinic, Maine. I'm the only audiologist at the Millbrook "
        "CBOC, so this one's on me alone. I left a veteran's audiogram and C&P worksheet on the "
        "shared hallway printer; it had his name, Raymond Oyelaran-Mills, and his claim number, "
        "C-file 27 441 908. Another veteran picked it up by mistake with his own paperwork and "
        "brought it back the next week. Print-to-hold now, badge release only.",
        [
            ("the only audiologist at the Millbrook CBOC", "self"),
            ("Raymond Oyelaran-Mills", "name"),
            ("C-file 27 441 908", "record"),
        ],
    ),
    (
        "School-based counsellor, Malta. I told a Year 9 student's form teacher, in the "
        "staffroom, that 'she's seeing me for family stuff'. Another teacher overheard and "
        "asked Kayleigh's mother about it at the village festa. Her mother emailed me from "
        "mariella.azzopardi84@gmail.com asking who else knew. I apologised in person and "
        "reported myself to my line manager, Ms Doris Spiteri.",
        [
            ("Kayleigh", "name"),
            ("mariella.azzopardi84@gmail.com", "email"),
            ("Ms Doris Spiteri", "name"),
        ],
    ),
    (
        "### PHQ-9, item 9\nLicensed professional counselor, Indiana. I scored item 9 as 0 at "
        "intake because the client ticked 'not at all', but she'd written 'sometimes, at night' "
        "in the margin. I didn't see it until supervision. We did a Columbia (C-SSRS) screen at "
        "the next session and she'd had passive ideation for months. Read the whole page, not "
        "just the boxes.",
        [],
    ),
    (
        "Hospital chaplain, maternity, central Kenya. After a stillbirth I prepared a "
        "certificate of blessing and spelled the baby's name wrong; she was Neema, and I'd "
        "written it the way my own niece spells hers. Her mother, Wanjiru Kamau, 23, only "
        "noticed at the burial. I drove out to Kiriko the next week with a corrected one, but "
        "it should never have needed correcting. I read the name back to parents before I print "
        "anything now.",
        [
            ("Neema", "name"),
            ("Wanjiru Kamau", "name"),
            ("23", "age"),
            ("Kiriko", "place"),
        ],
    ),
    (
        "## What I got wrong\nI'm an art therapist at a children's hospital in New Jersey. I "
        "let a 7yo take home a clay piece without turning it over; she'd scratched 'Uncle Ray "
        "hurts me' into the bottom. Her foster mom found it. DCPP reopened the investigation "
        "(ref 2023-NJ-44781). I should have looked at every surface.\n\n— Lynn, ATR-BC, "
        "Pinebrook Children's Hospital",
        [
            ("7yo", "age"),
            ("Uncle Ray", "name"),
            ("2023-NJ-44781", "record"),
            ("Lynn", "name"),
            ("Pinebrook Children's Hospital", "facility"),
        ],
    ),
    (
        "Counsellor, student counselling service, Dublin. I ran a session over by 20 minutes "
        "because the student was finally talking, and the next student sat in the waiting area "
        "and saw her leave in tears. They knew each other from halls. Nothing terrible "
        "happened, but I broke the one thing our service promises, which is that nobody sees "
        "anybody. Fifty minutes, hard stop, and clients leave by the side door now.",
        [],
    ),
    (
        "Pharmacy technician, Ohio.\n1. Restocked the Omnicell with heparin 5,000 units/mL into "
        "the 1,000 units/mL pocket; the Pfizer vials look nearly identical.\n2. BCMA scanning "
        "caught it for the first nurse.\n3. The second nurse overrode the alert on nights.\nNo "
        "bleed, but the override report landed on my manager's desk. I scan every vial at "
        "restock now, not just the first one.",
        [],
    ),
    (
        "Chaplain, Rhode Island. The spiritual care referral I completed:\n- Patient: Mr. "
        "Anselmo Duarte, Rm 614\n- Faith: Roman Catholic, requests Communion\n- Contact: "
        "daughter Fatima, 401-555-0148\n- MRN: 88103426\nI picked 'Protestant' from the "
        "drop-down, so it went to the wrong pager and the priest never came. The next day Mr. "
        "Duarte asked me why nobody had brought him Communion.",
        [
            ("Mr. Anselmo Duarte", "name"),
            ("Fatima", "name"),
            ("401-555-0148", "phone"),
            ("88103426", "record"),
        ],
    ),
    (
        "ED attending, Minnesota.\n> M, 40s, R flank pain, hx CKD 3b, Cr 2.4, eGFR 28. Plan: "
        "ketorolac 30 mg IV, CT KUB\nThat was my note at 03:10, and I typed the eGFR myself and "
        "still ordered the ketorolac. The pharmacist flagged it in Epic before verification. "
        "Swapped to low-dose fentanyl. I knew the number; I just didn't connect it to the drug.",
        [],
    ),
    (
        "ER physician, northern BC. I posted what I thought was a de-identified chest X-ray to "
        "a private physician group for a second opinion. The burned-in label was still on the "
        "film: 'CHARLIE, Wade  M 27y  TSUYA LAKE HC'. A colleague messaged me the link, "
        "https://www.facebook.com/groups/ruralERdocsBC/posts/88214455, and I deleted it within "
        "ten minutes, but 600 people are in that group. Crop, check the DICOM header, then "
        "post. Or don't post.",
        [
            ("CHARLIE, Wade", "name"),
            ("27y", "age"),
            ("TSUYA LAKE HC", "facility"),
            ("https://www.facebook.com/groups/ruralERdocsBC/posts/88214455", "url"),
        ],
    ),
    (
        "Probation officer, West Michigan. I let a client's urine screen count as negative when "
        "the cup's temperature strip read out of range; I was running behind and told myself it "
        "was cold in the lobby. Two weeks later he overdosed on fentanyl, survived, and "
        "admitted he'd been bringing in someone else's sample. I don't know if a flag would "
        "have changed anything. I know I should have flagged it.",
        [],
    ),
    (
        "School counsellor, Year 11 student, a note slid under my door:\n> miss can we talk "
        "after period 3\nI told her that what she said would stay between us, then had to break "
        "confidentiality the same afternoon when she disclosed a plan. She felt betrayed. Hope "
        "is not a safety plan, and neither is a promise I can't keep. The limits of "
        "confidentiality go first now, at the start of every first session.",
        [],
    ),
    (
        "Audiologist in the BC Interior. I fit a pair of Phonak Audéo aids with the wrong "
        "receiver length because I eyeballed the ear instead of using the sizing tool. The "
        "client, a retired logger in his 70s, came back with sore canals after a week. Real-ear "
        "measurement on the Verifit would have shown the venting was off too. Small thing, but "
        "he'd driven two hours to see me.",
        [],
    ),
    (
        "Emergency physician, Malta. I saw a tourist with chest pain, did a single "
        "high-sensitivity troponin at one hour and discharged her on a HEART score of 3. I'd "
        "missed her family history; it was a 4. She re-presented two days later with an NSTEMI. "
        "Her son later wrote to patient services at St Publius Hospital and copied me from "
        "david.ashcombe@fastmail.co.uk. Mrs Ashcombe, 67, is fine now. I never skip the second "
        "troponin.",
        [
            ("St Publius Hospital", "facility"),
            ("david.ashcombe@fastmail.co.uk", "email"),
            ("Mrs Ashcombe", "name"),
            ("67", "age"),
        ],
    ),
    (
        "Family therapist. I posted a session reminder in a WhatsApp group I'd set up for the "
        "Camilleri-Borg family, not realising the adolescent's uncle, who was the subject of a "
        "protection order, had been added by his grandmother. The reminder gave the address of "
        "our service in Ħal Kerrew and the time. Appoġġ were informed and the session was "
        "moved. The grandmother's number in the group was +356 7921 4408. Case ref APG/FT/2291.",
        [
            ("Camilleri-Borg", "name"),
            ("Ħal Kerrew", "place"),
            ("+356 7921 4408", "phone"),
            ("APG/FT/2291", "record"),
        ],
    ),
    (
        "Chaplain resident, CPE unit, Michigan. I told a Muslim family that the interfaith "
        "chapel on level 2 had a prayer rug and a qibla marker; both had gone during the "
        "renovation. They prayed facing the wrong way before a nurse noticed. Small, but it "
        "mattered to them. I keep a compass app on my phone now and check the room myself.",
        [],
    ),
    (
        "Family therapist, central Ohio. I wrote up a session summary for the Brandt-Hollis "
        "family and sent it to the school counselor instead of the parents' shared inbox. It "
        "went to mrs.kaylee.ostrow@fairmontvalleyschools.org, and it named their son Tucker, "
        "13, and his self-harm disclosure. I caught it twenty minutes later and called her at "
        "(614) 555-0172 to ask her to delete it. She was gracious, but it shouldn't have "
        "happened.",
        [
            ("Brandt-Hollis", "name"),
            ("mrs.kaylee.ostrow@fairmontvalleyschools.org", "email"),
            ("Tucker", "name"),
            ("13", "age"),
            ("(614) 555-0172", "phone"),
        ],
    ),
    (
        "Consult-liaison psychiatrist, Cleveland. At 2 a.m. I wrote 'lacks capacity' for Mrs. "
        "Evelyn Dudek, 81, after a ten-minute conversation while she was plainly delirious with "
        "a UTI, and her son Gary used my note to place her at Willowbend Manor out in Ashgrove "
        "Heights. When the delirium cleared she wanted to go home. Capacity is "
        "decision-specific and time-specific; I knew that and wrote it anyway.",
        [
            ("Mrs. Evelyn Dudek", "name"),
            ("81", "age"),
            ("Gary", "name"),
            ("Willowbend Manor", "facility"),
            ("Ashgrove Heights", "place"),
        ],
    ),
    (
        "Podiatrist, Kansas City. I injected a Morton's neuroma with Kenalog-40 and used far "
        "too much volume without thinking about fat pad atrophy. She came back months later "
        "with a thinned, painful forefoot. The plantar plate was fine; the fat pad wasn't. "
        "Lower dose, fewer injections, and orthotics and footwear first.",
        [],
    ),
    (
        "Art therapist on an adult inpatient psych unit in Massachusetts. I left a box of "
        "X-Acto knives in the group room after a collage session. Staff found it during the "
        "15-minute checks. Nobody was hurt, but one patient had been on 1:1 for cutting the day "
        "before. Sharps count at the start and end of every group now, signed by me and the MHW.",
        [],
    ),
    (
        "Podiatrist in private practice, Kelowna. I booked nail surgery for a client and the "
        "system sent the pre-op letter to her old address, 4471 Saddleback Crescent, where her "
        "ex-partner still lives. She'd told us she moved because of him; the new address was in "
        "the notes but not in the demographics. The reminder text also carried her booking "
        "link, https://bookings.sunvalefootclinic.ca/c/55190-LOF. She found out when he texted "
        "her a photo of our letter. Her name is Leanne Osei-Fraser and I've apologised to her "
        "in person.",
        [
            ("4471 Saddleback Crescent", "place"),
            ("https://bookings.sunvalefootclinic.ca/c/55190-LOF", "url"),
            ("Leanne Osei-Fraser", "name"),
        ],
    ),
    (
        "Audiologist, Malta. I did a newborn hearing screen, got a 'refer' on the left OAE, and "
        "told the parents it 'probably means fluid' before any ABR. It didn't; the baby has a "
        "moderate sensorineural loss. I set up an expectation I had no basis for. Now I explain "
        "only what the result means and what happens next.",
        [],
    ),
    (
        "Psychiatry resident, PGY-3, Pennsylvania. My admission order set:\n> Depakote ER 1000 "
        "mg PO qHS; VPA level in 5 days; LFTs, CBC\nNo urine hCG. She was seven weeks pregnant. "
        "OB and genetics got involved; we switched her to an antipsychotic and she had a "
        "healthy baby, but the boxed warning exists for exactly this. hCG before any teratogen, "
        "no exceptions.",
        [],
    ),
    (
        "Art therapist, child and youth mental health, Fraser Valley. I photographed a "
        "9-year-old's drawing for my notes and my phone auto-uploaded it to a shared Google "
        "Photos album with my family. The drawing had her name, Ivy-Rose, written across the "
        "top and her school, Cedar Bend Elementary, in the corner. My sister-in-law asked who "
        "Ivy-Rose was. I deleted it, reported it to our privacy office (PSLS #0771843), and "
        "turned off auto-sync on my work phone.",
        [
            ("9-year-old", "age"),
            ("Ivy-Rose", "name"),
            ("Cedar Bend Elementary", "facility"),
            ("PSLS #0771843", "record"),
        ],
    ),
    (
        "Social worker, youth justice, Malta. In the Juvenile Court I read the victim's name, "
        "Kyle Debono, aloud from my report even though the magistrate had ordered it not be "
        "published. A reporter on the public benches wrote it down; the editor, thankfully, "
        "didn't run it. The accused was 15 and from the same village, Ħal Żnuber, so it would "
        "have identified both boys. Juvenile Court case no. 412/2023. I redact my reading copy "
        "now.",
        [
            ("Kyle Debono", "name"),
            ("15", "age"),
            ("Ħal Żnuber", "place"),
            ("412/2023", "record"),
        ],
    ),
    (
        "Family therapist, Vancouver. I drew a genogram on the whiteboard and left it up when I "
        "went to get water. The next family came in early and their teenager read half of it "
        "before I got back. There were no surnames on it, but there were first names and the "
        "word 'overdose'. Genograms on paper now, and the paper goes in the drawer.",
        [],
    ),
    (
        "Psychiatrist, community mental health, Malta. I wrote a fitness-for-work letter that "
        "said 'under my care for bipolar affective disorder' when he'd only consented to 'a "
        "medical condition requiring follow-up'. His employer is a small family business in Ħal "
        "Għarrieb and within a week everyone knew. The patient, Joseph 'Ġużi' Farrugia, 42, "
        "came to Villa Marjanu clinic to tell me himself. A diagnosis goes in a letter only "
        "with explicit, written consent for that wording.",
        [
            ("Ħal Għarrieb", "place"),
            ("Joseph 'Ġużi' Farrugia", "name"),
            ("42", "age"),
            ("Villa Marjanu", "facility"),
        ],
    ),
    (
        "Podiatrist in a community clinic in the Waikato. I debrided a callus over the first "
        "metatarsal head on a patient with type 2 diabetes and didn't redo the 10 g "
        "monofilament test because it was 'done last visit'. It had been done 14 months ago. "
        "Two weeks later there was a Texas grade 1A ulcer under the same spot. Monofilament and "
        "ABPI every time now, whatever the notes say.",
        [],
    ),
    (
        "Psychiatrist, Auckland. I completed a Section 11 assessment under the Mental Health "
        "(Compulsory Assessment and Treatment) Act without a professional interpreter; the "
        "patient spoke Tongan and her son was translating. Later it was clear he'd been "
        "softening what she said. A professional interpreter, not family, for anything "
        "compulsory.",
        [],
    ),
    (
        "ED SMO, regional hospital. I gave 0.5 mg IM adrenaline for anaphylaxis and then a "
        "second dose at five minutes, not registering that she'd already had an EpiPen in the "
        "ambulance. Three doses in 12 minutes; she was tachy at 150 and frightened but settled. "
        "The St John handover sheet had it; I didn't read it. ISBAR only works if I listen.",
        [],
    ),
    (
        "Art therapist, hospice. I offered a 'memory box' directive to a man in his 50s who "
        "hadn't yet been told his prognosis; I assumed he knew. He asked me why I thought he "
        "needed a memory box. I went straight to the CNS and the consultant, and they had the "
        "conversation with him that afternoon. Check what's been said before you offer an "
        "intervention that says it for you.\n— art therapist, palliative care",
        [],
    ),
    (
        "Youth probation officer, Vancouver Island. I told a teenager on a deferred custody "
        "order that missing curfew 'once' wouldn't matter. It did: the Crown proceeded on the "
        "breach. I'd been trying to build rapport and gave legal advice I had no business "
        "giving. Now I say 'talk to your lawyer' and mean it.",
        [],
    ),
    (
        "Audiologist. I fitted a cochlear implant user's contralateral hearing aid and didn't "
        "do a bimodal loudness balance, so the Cochlear Nucleus processor and the Phonak were "
        "fighting each other. He said music sounded 'like two radios'. A proper balancing "
        "session the following week fixed most of it. Ask what music sounds like, not just "
        "speech.",
        [],
    ),
    (
        "Audiologist, Christchurch. I did tympanometry on a toddler without looking in the ear "
        "first; there was an extruded grommet sitting in the canal and I pushed it further in "
        "with the probe tip. The ENT registrar retrieved it the next morning. Otoscopy first, "
        "always, even when the kid is finally sitting still.",
        [],
    ),
    (
        "Addiction counsellor, HSE service. A client's partner rang and I said 'he's been doing "
        "great in group' before checking consent. He hadn't signed a release for her, and she "
        "didn't know he was attending. My note afterwards:\n> Disclosure w/o consent, phone, "
        "approx 14:15. Reported to CNM2 and Clinical Lead. Client informed at next "
        "session.\nThe consent check sits at the top of every file now, above the AUDIT score.",
        [],
    ),
]
