"""Round 11 of issue 14's evaluation: 160 stories (80 safe, 305 spans) from two helpers who
saw only the labeling guide (identifier_round2.md), never the check's rules, corpora or code:
oncology, practice, prison and school nurses, radiotherapy radiographers, mental-health nurses,
locum pharmacists (Glasgow, Cork, Nova Scotia, Lagos, Brisbane, Arizona, Swansea, Kuala
Lumpur); family therapists, learning-disability and occupational-health nurses, audiologists,
agency nurses, ambulance technicians, home-care workers (Manchester, Belfast, Quebec,
Johannesburg, Darwin, Kentucky, Inverness, Karachi). Measured untouched with the rules written
against rounds 1 to 10, then written against: see test_identifiers.py and bench/README.md.
Entries as in identifier_corpus."""

ROUND_11_O = [
    (
        (
            "Email I got the next morning:\n> From: Kateri Paul <kpaul.charge@example-onc.ca>\n> "
            "Subject: pump, chair 9\n> Hi, the 5-FU ambulatory pump for Mr Sylliboy was "
            "programmed for 24 hrs instead of 46. He's back on the unit now. Can we talk?\nI'd "
            "misread the order set. We recalculated and he was fine, but I triple-check pump "
            "duration now."
        ),
        [
            ("Kateri Paul", "name"),
            ("kpaul.charge@example-onc.ca", "email"),
            ("Mr Sylliboy", "name"),
        ],
    ),
    (
        (
            "## What happened\nOn Tuesday 7th February I gave Mr Gethin Prydderch cycle 4 of "
            "docetaxel without his dexamethasone premed. I was covering Dyfi Ward at Ysbyty "
            "Glanmorfa and didn't know their checklist.\n## Outcome\nMild fluid retention, "
            "nothing else. Premeds are now a hard stop before the chemo is released."
        ),
        [
            ("Tuesday 7th February", "date"),
            ("Mr Gethin Prydderch", "name"),
            ("Dyfi Ward", "facility"),
            ("Ysbyty Glanmorfa", "facility"),
        ],
    ),
    (
        (
            "School nurse, secondary, South Wales. A Year 9 lad came in wheezy and I gave two "
            "puffs from the spare salbutamol inhaler before checking he was on the emergency "
            "inhaler register. He wasn't. His mum was fine about it but the policy is there for a "
            "reason and I skipped it because the bell was going. Register first, cabinet second, "
            "now."
        ),
        [],
    ),
    (
        (
            "Mental health clinician, rural Nova Scotia. I documented a suicide risk as 'low' "
            "based mostly on the client's own account, without calling the collateral contact "
            "she'd listed. Her partner later told us about a stockpile of amitriptyline. We got "
            "it removed and she's doing alright, but I call collateral now."
        ),
        [],
    ),
    (
        (
            "Locum pharmacist covering a small-town store in Nova Scotia for two weeks. I renewed "
            "a levothyroxine prescription without noticing the TSH was 18 months old. Her "
            "physician later found TSH 9.8. Not a disaster, but I'd assumed the top result on the "
            "screen was recent. I read the date on every lab value I rely on now."
        ),
        [],
    ),
    (
        (
            "Night round at Agbado Ridge Custodial Centre. I ticked Emeka Nwachukwu's isoniazid "
            "as given on 21 May when the supply had run out and nothing was given. Inmate no. "
            "NCS/LG/4471. It was only found at the monthly audit. I should have written 'not "
            "available' and escalated."
        ),
        [
            ("Agbado Ridge Custodial Centre", "facility"),
            ("Emeka Nwachukwu", "name"),
            ("21 May", "date"),
            ("NCS/LG/4471", "record"),
        ],
    ),
    (
        (
            "Treatment note I wrote that day:\n> 12 Sept - pt Aucoin, Rosaire. Fx 8/20. 6 MV "
            "selected instead of 10 MV. Reported to physics. - Chantal Thibodeau, RTT, "
            "Pointe-Doucette Regional\nThat's me at the bottom. The dosimetric impact was small "
            "but I'd overridden the plan check because the console was slow."
        ),
        [
            ("12 Sept", "date"),
            ("Aucoin, Rosaire", "name"),
            ("Chantal Thibodeau", "self"),
            ("Pointe-Doucette Regional", "facility"),
        ],
    ),
    (
        (
            "Locum at a retail pharmacy in Lagos. A woman brought a prescription for "
            "artemether-lumefantrine for her child and I counselled twice daily for three days "
            "but forgot to say take it with fatty food or milk. The child vomited the first dose. "
            "I only realised when she came back. There's a laminated ACT counselling card by the "
            "till now."
        ),
        [],
    ),
    (
        (
            "I work at Ballyfeard Open Centre. Prisoner Cathal Ó Briain's naloxone kit was left "
            "out of his release bag by me on 19/06/2023. I found out when Probation rang me on "
            "021 455 0932 to ask where it was. He got one from a pharmacy that afternoon, but the "
            "gap scares me."
        ),
        [
            ("Ballyfeard Open Centre", "facility"),
            ("Cathal Ó Briain", "name"),
            ("19/06/2023", "date"),
            ("021 455 0932", "phone"),
        ],
    ),
    (
        (
            "Locum at Farmasi Bunga Raya Jaya. Puan Rohana binti Ismail got metformin XR 1000 mg "
            "instead of 500 mg from me. She rang on 012-555 7734 the next day with stomach "
            "cramps. I had picked the box by colour. Never again."
        ),
        [
            ("Farmasi Bunga Raya Jaya", "facility"),
            ("Puan Rohana binti Ismail", "name"),
            ("012-555 7734", "phone"),
        ],
    ),
    (
        (
            "Practice nurse at a clinic off the expressway. I gave Mrs Folasade Adebanjo, 58, a "
            "tetanus booster she'd already had three weeks earlier. Text from her son that "
            "evening:\n> Good evening nurse, mummy says she got the injection already at Ireti "
            "Clinic on 2/8. Pls confirm. Tunde\nNo harm done, but I should have asked before "
            "drawing it up."
        ),
        [
            ("Mrs Folasade Adebanjo", "name"),
            ("58", "age"),
            ("Ireti Clinic", "facility"),
            ("2/8", "date"),
            ("Tunde", "name"),
        ],
    ),
    (
        (
            "Sister Kalaivani from the next ward caught it, not me. Mr Arumugam s/o Velu, 70, bed "
            "12, got his pegfilgrastim on the same day as his chemo instead of 24 hours after. "
            "I'd read 'D1' as the day to give it. He was fine but his counts were watched "
            "closely."
        ),
        [
            ("Sister Kalaivani", "name"),
            ("Mr Arumugam s/o Velu", "name"),
            ("70", "age"),
        ],
    ),
    (
        (
            "School nurse at Ebube Heights College. Chidera Okonkwo-Eze, aged 12, told me her "
            "head hurt and I gave paracetamol syrup without seeing the note that her parents "
            "wanted a call before any medicine. Her dad, Mr Okonkwo-Eze, heard about it from her, "
            "not from me, which made it worse."
        ),
        [
            ("Ebube Heights College", "facility"),
            ("Chidera Okonkwo-Eze", "name"),
            ("aged 12", "age"),
            ("Mr Okonkwo-Eze", "name"),
        ],
    ),
    (
        (
            "I posted a photo of our vaccine clinic setup on the school page, "
            "https://facebook.com/scoilbreanainn.example/posts/7731, and a consent form was "
            "readable in the background with a student's name on it, Ciara Ní Mhurchú. Her mother "
            "spotted it before I did."
        ),
        [
            ("https://facebook.com/scoilbreanainn.example/posts/7731", "url"),
            ("Ciara Ní Mhurchú", "name"),
        ],
    ),
    (
        (
            "At Klinik Kesihatan Taman Bayu Indah I showed Madam Tan Ah Moi, 76, how to use her "
            "new insulin pen but forgot to tell her to remove the inner needle cap. On 14/9 her "
            "grandson brought her back with sugars in the 20s. She'd been 'injecting' nothing for "
            "a week."
        ),
        [
            ("Klinik Kesihatan Taman Bayu Indah", "facility"),
            ("Madam Tan Ah Moi", "name"),
            ("76", "age"),
            ("14/9", "date"),
        ],
    ),
    (
        (
            "Locum in Knockbarra for a week. Gave out methotrexate 2.5 mg labelled 'take one "
            "daily' instead of once weekly for Mrs Nóirín Twomey. Caught on day 2 when her "
            "daughter Aoife phoned the shop to ask why there were so many. PSI complaint ref "
            "PSI/C/23/0582. Bloods were ok, thank God."
        ),
        [
            ("Knockbarra", "place"),
            ("Mrs Nóirín Twomey", "name"),
            ("Aoife", "name"),
            ("PSI/C/23/0582", "record"),
        ],
    ),
    (
        (
            "Caught myself out big time. I left my visit notes in a cab after a long day. They "
            "had Shane Whitworth's details, his address out at Merrindale Heights and his case "
            "number CMH-QLD-55102. The cab company handed them in two days later. Privacy breach "
            "reported, and I don't carry paper any more."
        ),
        [
            ("Shane Whitworth", "name"),
            ("Merrindale Heights", "place"),
            ("CMH-QLD-55102", "record"),
        ],
    ),
    (
        (
            "I'm a radiation therapist at Saguaro Ridge Cancer Center. Our patient Mr Delgado, "
            "74, was treated without his bolus for fraction 3. My chart note:\n> 5/11/23 - bolus "
            "omitted fx3, physics informed, MRN 7730142. R. Yazzie RTT\nThat R. Yazzie is me. "
            "Physics said the skin dose deficit was recoverable."
        ),
        [
            ("Saguaro Ridge Cancer Center", "facility"),
            ("Mr Delgado", "name"),
            ("74", "age"),
            ("5/11/23", "date"),
            ("MRN 7730142", "record"),
            ("R. Yazzie", "self"),
        ],
    ),
    (
        (
            "**Meddygfa Bryn Afon, flu clinic.** I gave Mr Emrys Vaughan-Jones, 80, a second flu "
            "jab because his first one, given at a pharmacy, hadn't come through on the record "
            "yet. His daughter emailed from lowri.vj@example.co.uk asking why her dad had a sore "
            "arm twice."
        ),
        [
            ("Meddygfa Bryn Afon", "facility"),
            ("Mr Emrys Vaughan-Jones", "name"),
            ("80", "age"),
            ("lowri.vj@example.co.uk", "email"),
        ],
    ),
    (
        (
            "School nurse in a large district in Arizona. A kid with type 1 came in at lunch with "
            "BG 310 and I dosed off the old correction factor because the new orders were in a "
            "folder I hadn't opened. He went low at 2 pm, 58, treated with juice and glucose "
            "tabs. Parents were gracious. I check the orders folder every Monday now."
        ),
        [],
    ),
    (
        (
            "Healthcare in a Welsh prison. I wrote up a man's constant obs as 'settled, sleeping' "
            "at 02:00 after a glance through the hatch instead of a proper look. He was fine, but "
            "a later search found a ligature he'd been working on. I look now. Properly. Every "
            "time."
        ),
        [],
    ),
    (
        (
            "> Kind regards,\n> Fiona MacLeod, locum pharmacist, GPhC 2088314\nThat was the "
            "sign-off on the email I sent the GP admitting I'd given Mr Gallacher someone else's "
            "co-codamol. Same bag shelf, same first initial. He took two before noticing."
        ),
        [
            ("Fiona MacLeod", "self"),
            ("GPhC 2088314", "self"),
            ("Mr Gallacher", "name"),
        ],
    ),
    (
        (
            "Community psychiatric nurse in Kuala Lumpur. On a home visit I counted a client's "
            "olanzapine blister packs and wrote 'adherent', but they were last month's packs. "
            "He'd stopped three weeks earlier. His family told us when he became unwell again. I "
            "check the dispensing date on every pack now."
        ),
        [],
    ),
    (
        (
            "Community psychiatric nurse, Wales. On a crisis call I told a mum her son's care "
            "coordinator would ring back 'today', not knowing they were on annual leave. Nobody "
            "rang. He went to A&E that night. He was ok, but my casual promise undid months of "
            "trust. I don't promise callbacks I can't personally make."
        ),
        [],
    ),
    (
        (
            "Chart note from the Ard Gréine Unit:\n> 28.02.24 Paclitaxel started w/o checking "
            "pre-meds given. Pt hypersensitivity rxn at 6 min, infusion stopped. Mrs Bríd Ní "
            "Loingsigh, 54-year-old, recovered w/ hydrocortisone.\nI wrote that note. I'd assumed "
            "the day ward had given the premeds."
        ),
        [
            ("Ard Gréine Unit", "facility"),
            ("28.02.24", "date"),
            ("Mrs Bríd Ní Loingsigh", "name"),
            ("54-year-old", "age"),
        ],
    ),
    (
        (
            "Oncology RN, Arizona. I didn't clamp a PICC before changing the needleless connector "
            "and the patient was sitting bolt upright. Small air bubble, no symptoms, but it "
            "scared me more than anything this year. Clamp, Trendelenburg if needed, and never "
            "rush a line change."
        ),
        [],
    ),
    (
        (
            "Nurse in a Scottish prison. I did the reception screen for a new admission and "
            "missed that he was on a diazepam taper in the community. He didn't mention it and I "
            "didn't ask directly. Withdrawal seizure about 36 hours later. My screen now names "
            "every sedative out loud: diazepam, pregabalin, street Valium, the lot."
        ),
        [],
    ),
    (
        (
            "I'm the nurse at Wattle Gully State School. Jack, Year 2, 7yo, had his puffer via "
            "spacer and I sent him back to class with sats of 93% and didn't ring his mum, Kylie "
            "Brennan, on 0412 555 017 till after lunch. He was fine but she should have known "
            "straight away."
        ),
        [
            ("Wattle Gully State School", "facility"),
            ("Jack", "name"),
            ("7yo", "age"),
            ("Kylie Brennan", "name"),
            ("0412 555 017", "phone"),
        ],
    ),
    (
        (
            "Radiation therapist in Phoenix. I skipped the daily pregnancy question for a woman "
            "in her 20s having pelvic treatment because she'd said no every day for two weeks. "
            "That was the day her period was late. Test was negative, thank goodness, but I'd "
            "broken protocol exactly when it mattered."
        ),
        [],
    ),
    (
        (
            "Practice nurse in Glasgow. I did a smear and stuck the previous woman's label on the "
            "pot because I'd printed both at the start of clinic. The lab rejected it for a "
            "mismatch with the form. Both women had to be recalled. Mortifying, but the system "
            "worked. One label at a time now."
        ),
        [],
    ),
    (
        (
            "School nurse doing the HPV programme in secondary schools around Cork. One girl "
            "fainted after her dose and I let her sit up too quickly; she went again and bumped "
            "her chin on the chair. No fracture, just a bruise and a mortified teenager. Everyone "
            "lies flat for 15 minutes now, full stop."
        ),
        [],
    ),
    (
        (
            "Chemo nurse, Wales. I forgot to weigh a patient before cycle 3; she'd lost 6 kg and "
            "the dose was still on her cycle 1 weight. Pharmacy spotted it at verification. "
            "Reorder, four-hour delay, unhappy patient, fair enough. Weight is now a hard stop in "
            "our e-prescribing."
        ),
        [],
    ),
    (
        (
            "I'm the only practice nurse at Petit-Ruisseau Family Health, so folks there will "
            "probably know this is me. I gave the 4-month vaccines to the wrong baby because I "
            "pulled up the cousin's chart (same surname, born the same week). Mom caught it at "
            "the door. Public Health opened file PHNS-2022-0716 and the baby was fine."
        ),
        [
            ("the only practice nurse at Petit-Ruisseau Family Health", "self"),
            ("PHNS-2022-0716", "record"),
        ],
    ),
    (
        (
            "Locum Saturday at Paddington Creek Pharmacy (never again). I dispensed oxycodone 10 "
            "mg instead of 5 mg for a bloke called Trent Gallagher, 61, who noticed at home and "
            "rang back on (07) 3555 0184. The owner logged it as QRX-44817 and I wrote a "
            "reflection for AHPRA-style CPD."
        ),
        [
            ("Paddington Creek Pharmacy", "facility"),
            ("Trent Gallagher", "name"),
            ("61", "age"),
            ("(07) 3555 0184", "phone"),
            ("QRX-44817", "record"),
        ],
    ),
    (
        (
            "Oncology ward, government hospital in Kuala Lumpur. I pushed ondansetron 8 mg IV "
            "over about 30 seconds because the patient was retching. She got a headache and "
            "flushing and felt awful for an hour. Nothing worse, but it was my rush. Now I dilute "
            "it in 50 ml and run it over 15 min."
        ),
        [],
    ),
    (
        (
            "CT sim at Eko Bay Oncology Centre. Patient: Chinonso Udeh, 35, hospital no. "
            "EBO/RT/2291. I didn't check her pregnancy status form before the pelvic scan. She "
            "turned out to be early pregnant. The dose was low but she was frightened and so was "
            "I."
        ),
        [
            ("Eko Bay Oncology Centre", "facility"),
            ("Chinonso Udeh", "name"),
            ("35", "age"),
            ("EBO/RT/2291", "record"),
        ],
    ),
    (
        (
            "Email from physics that afternoon:\n> Hi Bronte,\n> The couch shift for URN 004418-Q "
            "was applied twice today (15/3). Can we chat before the 2pm huddle?\n> Cheers, "
            "Lachlan\nThat was me. I clicked apply, thought it hadn't registered, clicked again. "
            "1 cm error on one fraction."
        ),
        [
            ("Bronte", "name"),
            ("URN 004418-Q", "record"),
            ("15/3", "date"),
            ("Lachlan", "name"),
        ],
    ),
    (
        (
            "The care plan for Dai Pritchard, client ID CMHT-SW-30418, went to Heol Las Surgery "
            "instead of his own GP. Same surname as another patient there, and I picked from the "
            "dropdown too fast. The practice manager rang to say they had it and shredded it."
        ),
        [
            ("Dai Pritchard", "name"),
            ("CMHT-SW-30418", "record"),
            ("Heol Las Surgery", "facility"),
        ],
    ),
    (
        (
            "Mr Leonard Yellowhair's Invega Sustenna went two weeks late because I mixed up his "
            "appointment with his brother's. I drive out to Tsé Ch'ízhí Flats once a month and "
            "just didn't check the list against the chart. He was hearing voices again by the "
            "time I got there."
        ),
        [
            ("Mr Leonard Yellowhair", "name"),
            ("Tsé Ch'ízhí Flats", "place"),
        ],
    ),
    (
        (
            "Prisoner Dale Ferris, DOB 04/11/1985, was given another prisoner's clozapine by me "
            "during night meds at Capricorn Ridge Correctional Centre. I'm the only night RN at "
            "Capricorn Ridge, so anyone from there will know. He was sedated and hypotensive and "
            "went out to hospital overnight."
        ),
        [
            ("Dale Ferris", "name"),
            ("04/11/1985", "date"),
            ("Capricorn Ridge Correctional Centre", "facility"),
            ("the only night RN at Capricorn Ridge", "self"),
        ],
    ),
    (
        (
            "Text I got at the health room:\n> Hiya is this the school nurse its Kirsty, Callum "
            "McGarrigle's mum. Why did he get his flu spray I said NO on the form?? 07700 "
            "900482\nI'd mixed up two consent forms with the same first name. She had every right "
            "to be raging."
        ),
        [
            ("Kirsty", "name"),
            ("Callum McGarrigle", "name"),
            ("07700 900482", "phone"),
        ],
    ),
    (
        (
            "At HMP Pantyderi I gave a methadone dose to the wrong man on the landing. Both "
            "called Rhys, both on B wing, and I only asked first names. Rhys Llewellyn-Price had "
            "already had his 60 ml. He was 29 and tolerant, so he was monitored overnight and was "
            "ok. Full name and DOB at the hatch now, no exceptions."
        ),
        [
            ("HMP Pantyderi", "facility"),
            ("Rhys", "name"),
            ("Rhys Llewellyn-Price", "name"),
            ("He was 29", "age"),
        ],
    ),
    (
        (
            "Nurse in a Malaysian prison clinic. I didn't check a new inmate's HIV clinic card "
            "properly at reception and he went four days without his dolutegravir-based regimen "
            "while we chased supply. Not ideal at all. The clinic card now gets photocopied at "
            "reception and pharmacy is called the same day."
        ),
        [],
    ),
    (
        (
            "Nurse at a clinic in southern Arizona. Mrs Guadalupe Arvizu, 67, came in for her "
            "second Shingrix and I gave her Pneumovax instead; the boxes sat next to each other "
            "in the fridge. Her granddaughter Marisol drives her in from Piedra Verde Wells, two "
            "hours each way, so the redo visit was a big deal for them."
        ),
        [
            ("Mrs Guadalupe Arvizu", "name"),
            ("67", "age"),
            ("Marisol", "name"),
            ("Piedra Verde Wells", "place"),
        ],
    ),
    (
        (
            "Morning list on linac 3. I imaged Mr Lim Boon Keat against Madam Lee Siew Ling's "
            "plan; both H&N, both booked 08:40 and 08:50. MOSAIQ flagged the ID mismatch before "
            "beam-on. Incident form patient ID RT-KL-10277. Nobody treated wrongly, but it was "
            "close."
        ),
        [
            ("Mr Lim Boon Keat", "name"),
            ("Madam Lee Siew Ling", "name"),
            ("RT-KL-10277", "record"),
        ],
    ),
    (
        (
            "Home visit gone wrong bc I went up the wrong close. Client lives at 22 Birkmuir "
            "Brae, flat 3/1, and I chapped 2/1 and told the neighbour I was from the mental "
            "health team looking for Ms Devlin. Breach of confidentiality, plain and simple. I "
            "reported it myself the same afternoon."
        ),
        [
            ("22 Birkmuir Brae", "place"),
            ("Ms Devlin", "name"),
        ],
    ),
    (
        (
            "Nurse in a private GP clinic in Lagos. I took BP on a very anxious man with a cuff "
            "that was too small; it read 178/104 and the doctor started amlodipine. Repeat with "
            "the right cuff a week later: 138/86. We stopped it. Cuff size now goes on the triage "
            "sheet."
        ),
        [],
    ),
    (
        (
            "School nurse at an international school in KL. A Year 4 girl, Nur Aisyah binti "
            "Kamarulzaman, came in with hives after lunch and I gave cetirizine without opening "
            "her care plan, which said call parents first because of a previous anaphylaxis. Her "
            "father, Encik Kamarulzaman, was furious and he was right. Incident ref SIS-0419."
        ),
        [
            ("Nur Aisyah binti Kamarulzaman", "name"),
            ("Encik Kamarulzaman", "name"),
            ("SIS-0419", "record"),
        ],
    ),
    (
        (
            "Practice nurse in Cork, running the B12 clinic. I drew up 1 mg hydroxocobalamin and "
            "gave it before noticing he'd finished his loading doses the week before and wasn't "
            "due for three months. Extra B12 is fairly harmless but I hadn't opened the last "
            "entry. Told him, told the GP, logged it. Small thing, rattled me anyway."
        ),
        [],
    ),
    (
        (
            "> Hi Siobhán, just flagging Mr Ó Súilleabháin's depot was due on the 3rd of October "
            "and I can't see it given anywhere. Declan\n\nThat text was the first I knew I'd "
            "missed a paliperidone depot for a man on my caseload. I'd written it in the wrong "
            "week of my diary. He relapsed a fortnight later and was admitted."
        ),
        [
            ("Siobhán", "name"),
            ("Mr Ó Súilleabháin", "name"),
            ("3rd of October", "date"),
            ("Declan", "name"),
        ],
    ),
    (
        (
            "Practice nurse in Cork city. I took bloods and left the tourniquet on for ages while "
            "I answered the phone. K+ came back 6.2, haemolysed. The GP called him back in a "
            "panic; the repeat was 4.4. Technique matters, and so does ignoring the phone "
            "mid-draw."
        ),
        [],
    ),
    (
        (
            "My client Lloyd Marshall-Francis lives in Wapskek First Nation and I faxed his "
            "psychiatry referral to the old number, 902-555-0147, which nobody monitors anymore. "
            "It sat there for a month. He called me asking why he hadn't heard anything. Now I "
            "phone to confirm every fax lands."
        ),
        [
            ("Lloyd Marshall-Francis", "name"),
            ("Wapskek First Nation", "place"),
            ("902-555-0147", "phone"),
        ],
    ),
    (
        (
            "Radiographer at a big cancer centre in Scotland. I checked the wrong patient's "
            "wristband against the screen because I was still holding the printout from the "
            "earlier slot. Caught at the verbal DOB check. No exposure. Batch-printing wristbands "
            "has now been banned on our unit."
        ),
        [],
    ),
    (
        (
            "Nurse at a rural clinic in Arizona. Placed a TB skin test and told the patient to "
            "come back in a week to have it read, instead of 48 to 72 hours. He came back on day "
            "7 and we had to repeat it. Small, but it delayed his job clearance by a week."
        ),
        [],
    ),
    (
        (
            "Community mental health, Brisbane. I did a depot visit and gave the zuclopenthixol "
            "into the deltoid instead of the gluteal site because the client wouldn't lie down "
            "and I didn't want to lose the visit. 2 mL into a deltoid. It was sore for days. My "
            "team leader was kind but clear: reschedule and document. A missed visit beats the "
            "wrong site."
        ),
        [],
    ),
    (
        (
            "School nurse at an international school in Malaysia. I gave ibuprofen on sports day "
            "to a boy whose asthma is NSAID-sensitive. It was in his care plan, which I hadn't "
            "reread since the start of term. He got tight, two puffs of salbutamol, parents "
            "called, all ok. I reread every care plan each term now."
        ),
        [],
    ),
    (
        (
            "Med pass on the east yard, state facility in Arizona. I gave a man his evening "
            "quetiapine 200 mg when psych had put it on hold that afternoon for oversedation. The "
            "hold was in the eMAR but I was working off the paper pass list. He was drowsy but "
            "rousable, BP 112/70, RR 14. I've stopped using the printed list altogether."
        ),
        [],
    ),
    (
        (
            "CMHN on a rural team outside Cork. I didn't chase a missed lithium level for six "
            "weeks because the result went to a locum GP's inbox. When it came back it was 1.3 "
            "and he was tremulous and unsteady. Dose held, he recovered. We now keep a shared "
            "tracker of every lithium bloods date."
        ),
        [],
    ),
    (
        (
            "Radiotherapy, KL. We set up a pt for fx 12 of 25 using the previous day's couch "
            "shifts, 5 mm off laterally, because I read the wrong setup note. CBCT picked it up "
            "before beam-on. No dose delivered. Now two of us read the shifts aloud, every single "
            "time."
        ),
        [],
    ),
    (
        (
            "Chemo day unit in Scotland. A patient on capecitabine rang the 24-hour line with "
            "grade 3 diarrhoea and I told her loperamide and ring back if worse, instead of "
            "stopping the capecitabine and bringing her in per the UKONS triage tool. Admitted "
            "next day, dry, creatinine up. I use the tool on every call now, even when it feels "
            "obvious."
        ),
        [],
    ),
    (
        (
            "Community psychiatric nurse in Lagos. I reduced a client's haloperidol on his say-so "
            "during a home visit because he complained of stiffness, without discussing it with "
            "the psychiatrist first. I meant to call, but the network was down. He relapsed two "
            "weeks later. Even a sensible idea needs a prescriber."
        ),
        [],
    ),
    (
        (
            "Teaching hospital in Lagos, oncology ward. I ran doxorubicin through a peripheral "
            "cannula I hadn't checked for blood return. It extravasated within ten minutes. We "
            "stopped, aspirated, cold packs, called the registrar, and escalated to plastics "
            "because dexrazoxane wasn't in stock. The arm healed, slowly. I check patency before "
            "every vesicant now, however busy the bay is."
        ),
        [],
    ),
    (
        (
            "Public health nurse doing school immunizations in Nova Scotia. I gave a Grade 7 "
            "student her HPV and hep B in different arms but charted both in the left. Small "
            "error, but the record was wrong and it's a legal document. Corrected with a late "
            "entry and told my manager."
        ),
        [],
    ),
    (
        (
            "Practice nurse, suburban GP in Brisbane. Did spirometry on a man who'd had his "
            "salbutamol 20 minutes before, so the pre-bronchodilator result looked near normal. "
            "The GP nearly ruled out asthma. I now ask about reliever use before I start and "
            "write the time on the form."
        ),
        [],
    ),
    (
        (
            "Oncology at Lagoon Crest Specialist Hospital. I started cisplatin for Mr Babatunde "
            "Ogunleye before his prehydration had finished. Creatinine went from 88 to 210. His "
            "daughter, Dr Yewande Ogunleye, works at another hospital and came in to ask me "
            "exactly what happened. I told her everything."
        ),
        [
            ("Lagoon Crest Specialist Hospital", "facility"),
            ("Mr Babatunde Ogunleye", "name"),
            ("Dr Yewande Ogunleye", "name"),
        ],
    ),
    (
        (
            "Nurse in a provincial correctional facility in Nova Scotia. I let an officer hand "
            "out a man's evening meds because I was tied up at a code. It's not allowed, and one "
            "gabapentin went missing. No harm that we know of. I should have held the med pass "
            "until I was free."
        ),
        [],
    ),
    (
        (
            "Inmate Tsosie, 42, told me at med line his insulin looked different and I didn't "
            "listen. Gave Humalog 20 units instead of his Lantus 20. BG at 0300 was 38. "
            "Lieutenant Begay found him sweaty and confused on his bunk. Inmate # AZ-618823, in "
            "case anyone from that unit reads this - I'm sorry."
        ),
        [
            ("Tsosie", "name"),
            ("42", "age"),
            ("Lieutenant Begay", "name"),
            ("AZ-618823", "record"),
        ],
    ),
    (
        (
            "Locum at a chain pharmacy in a mall in KL. A lady asked for something for her cough "
            "and I sold a pseudoephedrine combination without asking about blood pressure. She "
            "came back next day: on amlodipine 10 mg and her home reading was 168/98. I "
            "apologised, swapped it for a plain dextromethorphan syrup and sent her to her "
            "doctor."
        ),
        [],
    ),
    (
        (
            "**Setting:** family practice, Halifax\n**Error:** mislabelled urine\n- Two samples "
            "on the counter, both for UA and culture\n- I labelled them at the end of the session "
            "instead of at the bedside\n- One came back with a positive culture that didn't fit "
            "the patient at all\n**Fix:** label in front of the patient, every time."
        ),
        [],
    ),
    (
        (
            "Locum pharmacist in Wales, filling in at a health centre dispensary. Gave out a "
            "Symbicort Turbohaler instead of the pMDI because the script just said "
            "budesonide/formoterol. Patient couldn't use it, wheezy by the evening, out-of-hours "
            "sorted it. Generic inhaler scripts are a trap; I always ask about the device now."
        ),
        [],
    ),
    (
        (
            "Day oncology in Brisbane. I hung rituximab at the subsequent-infusion rate for a "
            "woman who was on her FIRST infusion. At 40 min: rigors, SpO2 91%. Stopped, "
            "hydrocortisone, promethazine, restarted at half rate after an hour. She finished. "
            "The chair list now shows infusion number in bold."
        ),
        [],
    ),
    (
        (
            "Covering a weekend at Mesa Verde Drug on East Ocotillo Rd. I gave Jerome Nez "
            "lisinopril 40 mg instead of 10 mg, Rx #6601734. He was dizzy and fell in his kitchen "
            "by Monday. His wife brought the bottle back and was calmer about it than I deserved."
        ),
        [
            ("Mesa Verde Drug", "facility"),
            ("East Ocotillo Rd", "place"),
            ("Jerome Nez", "name"),
            ("Rx #6601734", "record"),
        ],
    ),
    (
        (
            "Night shift covering the chemo overflow beds and I hung cycle 2 of carboplatin for "
            "Mrs Moira McIlvanney without looking at that morning's creatinine. It had jumped to "
            "148. The reg spotted it at 22:10, about 20 min in. Datix went in as INC-GG-20931. No "
            "lasting harm but I still replay it."
        ),
        [
            ("Mrs Moira McIlvanney", "name"),
            ("INC-GG-20931", "record"),
        ],
    ),
    (
        (
            "Locum in a busy community pharmacy in Glasgow. A script for warfarin 3 mg came "
            "through and I labelled the 1 mg tablets 'take ONE daily'. INR was 1.4 at the "
            "anticoag clinic the next week. The clinic pharmacist phoned and we worked it out "
            "between us. I read every label back against the script out loud now, even when "
            "there's a queue out the door."
        ),
        [],
    ),
    (
        (
            "Leg ulcer clinic at Braidcroft Medical Practice. Wee Mrs Agnes Dunnachie, 89, came "
            "for her dressings and I put compression on without a fresh Doppler; her last ABPI "
            "was from 2019. Her foot was cold and dusky by the next visit. Vascular saw her. She "
            "forgave me faster than I forgave myself."
        ),
        [
            ("Braidcroft Medical Practice", "facility"),
            ("Mrs Agnes Dunnachie", "name"),
            ("89", "age"),
        ],
    ),
    (
        (
            "Bore da. I'm the only school nurse covering Ysgol Gynradd Pen-y-Waun, so colleagues "
            "will know it's me. I gave the Fluenz nasal spray to Cerys Hopkins-Thomas when her "
            "mam had ticked NO on the consent form; I misread the ticks. Her mam rang the school "
            "office on 01792 555 308 and I went in to explain in person."
        ),
        [
            ("the only school nurse covering Ysgol Gynradd Pen-y-Waun", "self"),
            ("Cerys Hopkins-Thomas", "name"),
            ("01792 555 308", "phone"),
        ],
    ),
    (
        (
            "Locum in a Brisbane pharmacy. Packed a Webster-pak for an aged care resident and put "
            "the furosemide in the night slot instead of the morning. Nocturia, a fall on the way "
            "to the toilet, a bruised hip. The RN at the facility rang and I repacked it that "
            "day."
        ),
        [],
    ),
    (
        (
            "At Penjara Sungai Kerayong I signed that Muthusamy a/l Rajendran had swallowed his "
            "TB meds when he'd actually pouched them. His register no. P-0088-21 was right there "
            "on the DOT sheet and I still didn't do a mouth check. Officers later found tablets "
            "in his cell."
        ),
        [
            ("Penjara Sungai Kerayong", "facility"),
            ("Muthusamy a/l Rajendran", "name"),
            ("P-0088-21", "record"),
        ],
    ),
    (
        (
            "Radiation therapist, Irish cancer centre. A head and neck patient's mask was loose "
            "by fraction 15 of 30 after weight loss and I didn't flag it. CBCT showed 4 mm shifts "
            "for days. Physics were happy with the margins, but we should have called the "
            "dietitian and planner weeks earlier."
        ),
        [],
    ),
    (
        (
            "Treatment radiographer, Wales. Bolus went on the wrong side for a chest wall patient "
            "for one fraction because the setup sheet was flipped. Physics said the dose "
            "difference was within tolerance over the course, but an error is an error and it got "
            "reported. Laterality is now on the couch card in big red letters."
        ),
        [],
    ),
]

ROUND_11_P = [
    (
        (
            "ambulance tech, NIAS. Called to a fall at 14 Cregagh Terrace, man in his 80s. His "
            "wife Sadie kept saying 'he's grand, he's grand'. I didn't check anticoag; Wilbur was "
            "on apixaban and had hit his head. We left him at home. He was back in ED at 3am with "
            "a subdural."
        ),
        [
            ("14 Cregagh Terrace", "place"),
            ("Sadie", "name"),
            ("Wilbur", "name"),
        ],
    ),
    (
        (
            "OH nurse at Harland Quay Engineering. I emailed the wrong Roisin, Roisin McCrea in "
            "payroll instead of Roisin McAteer in welding, with a note about her hep B vaccine "
            "non-response. It went straight to roisin.mccrea@harlandquay.co.uk and was forwarded "
            "round the office by lunch."
        ),
        [
            ("Harland Quay Engineering", "facility"),
            ("Roisin McCrea", "name"),
            ("Roisin McAteer", "name"),
            ("roisin.mccrea@harlandquay.co.uk", "email"),
        ],
    ),
    (
        (
            "I'm the only occupational health nurse at Kliprand Platinum's No. 2 shaft, so this "
            "narrows things down, but here goes. I passed Sipho Dlamini fit for underground work "
            "on 17 August 2021 without noticing his audiogram showed a 30 dB notch at 4 kHz. His "
            "employee number, EMP-88204, is on the form I signed."
        ),
        [
            ("the only occupational health nurse at Kliprand Platinum's No. 2 shaft", "self"),
            ("Sipho Dlamini", "name"),
            ("17 August 2021", "date"),
            ("EMP-88204", "record"),
        ],
    ),
    (
        (
            "Audiologiste in Quebec. Tinnitus patient, very distressed, mentioned she wasn't "
            "sleeping and 'didn't see the point'. I gave her sound therapy advice and a "
            "CBT-for-tinnitus leaflet and booked her in 4 weeks. I didn't ask directly about "
            "suicide. She was OK, thankfully, but I ask the direct question now and know the "
            "crisis line by heart."
        ),
        [],
    ),
    (
        (
            "Locum staff nurse at Al-Noor Medical Complex, Ward C-2. Patient Mr Ali Nawaz Soomro, "
            "MR# 2023-118847, was NPO for surgery and I let his wife feed him biryani because I "
            "misread the board. Surgery postponed. He's 58, diabetic, and his sugars went "
            "everywhere."
        ),
        [
            ("Al-Noor Medical Complex", "facility"),
            ("Ward C-2", "facility"),
            ("Mr Ali Nawaz Soomro", "name"),
            ("2023-118847", "record"),
            ("He's 58", "age"),
        ],
    ),
    (
        (
            "OH nurse, mining camp out of Darwin, FIFO workers. Breath alcohol came back at 0.03 "
            "and I stood the guy down without doing the confirmatory retest after 15 minutes. The "
            "second test would have been 0.00: mouthwash. He lost a shift's pay and was furious. "
            "Follow AS 3547 procedure every time."
        ),
        [],
    ),
    (
        (
            "Agency nurse, 4-week contract on Ward 5A, Larrakeyah Bay Hospital. Mr Wayne Gumana, "
            "48, had a K+ of 6.4 and I didn't escalate for 2 hours because I assumed it was "
            "haemolysed. Incident IIMS-NT-55201 was opened."
        ),
        [
            ("Ward 5A, Larrakeyah Bay Hospital", "facility"),
            ("Mr Wayne Gumana", "name"),
            ("48", "age"),
            ("IIMS-NT-55201", "record"),
        ],
    ),
    (
        (
            "Home-based carer in Johannesburg. Mevrou Annatjie van der Merwe, 88, lives alone in "
            "Melville and I do her evening visit. I forgot to lock her security gate on the way "
            "out on Tuesday 9th. She was fine, but her son Pieter reported it to the agency and "
            "he was right to."
        ),
        [
            ("Mevrou Annatjie van der Merwe", "name"),
            ("88", "age"),
            ("Melville", "place"),
            ("Tuesday 9th", "date"),
            ("Pieter", "name"),
        ],
    ),
    (
        (
            "Text from our team leader after the job:\n> Gaz, need ur statement re Mrs Hilda "
            "Brierley by fri. Incident ref CAD 4471902. Ring me on 0161 496 0733\nI'd lifted her "
            "off the floor without a proper secondary survey. Neck of femur, which I'd missed."
        ),
        [
            ("Gaz", "name"),
            ("Mrs Hilda Brierley", "name"),
            ("CAD 4471902", "record"),
            ("0161 496 0733", "phone"),
        ],
    ),
    (
        (
            "Domiciliary carer, Belfast.\n- applied a fentanyl patch without taking the old one "
            "off, couldn't find it (it had migrated round to her back)\n- drowsy all afternoon, "
            "resps 10\n- GP came out, removed both, she perked up by evening\nWe now write the "
            "site on the MAR chart and check the whole body before applying."
        ),
        [],
    ),
    (
        (
            "I'm a carer with an agency in Longsight. Mr Farah Ismail had his Friday call at 12 "
            "and I turned up at 1:40 because I'd been double booked. He'd missed his metformin "
            "with lunch and his daughter Ayaan messaged the office: 'this is the third time'."
        ),
        [
            ("Longsight", "place"),
            ("Mr Farah Ismail", "name"),
            ("Ayaan", "name"),
        ],
    ),
    (
        (
            "Occupational health RN at a plant in Kentucky. Worker with a chemical splash to the "
            "eye. I irrigated for 5 min with a bottle of saline and sent him back to the line. A "
            "pH check would have shown it was still 9. Should have been 15-20 min with pH "
            "testing. He had a corneal abrasion by end of shift. Eyewash signage was updated the "
            "next day."
        ),
        [],
    ),
    (
        (
            "Family therapist in Belfast, CAMHS. Ciarán, 15, and his dad attended, and I referred "
            "to his late cousin by the wrong name: Oisín, not Odhrán. Dad walked out. Session was "
            "at our Lisburn Road base."
        ),
        [
            ("Ciarán", "name"),
            ("15", "age"),
            ("Oisín", "name"),
            ("Odhrán", "name"),
            ("Lisburn Road", "place"),
        ],
    ),
    (
        (
            "OH adviser, public sector, Inverness. Management referral asked 'is she fit to "
            "work?' and I wrote 'fit with adjustments' without listing them because I ran out of "
            "time. Her manager read that as 'fit' and put her straight back on full shifts. Off "
            "sick again within a fortnight. Specific, practical adjustments or nothing."
        ),
        [],
    ),
    (
        (
            "Préposée doing home care in Quebec. Winter, client on warfarin. I salted the front "
            "steps but didn't clear the back door, which is the one he actually uses. He slipped; "
            "no fracture, big haematoma on the thigh, INR 3.4. Small thing. I clear both doors "
            "now, whatever the care plan says."
        ),
        [],
    ),
    (
        (
            "Agency RN, two-week block at Craigmore Community Hospital near Inverness. I was the "
            "only agency nurse they had that fortnight, so they'll know. I gave Mrs Eilidh Munro "
            "her oxycodone MR 10mg at 08:00 and the day staff gave it again at 10:00 because I "
            "hadn't signed. My NMC PIN is 14J0931S if anyone wants to report me, honestly."
        ),
        [
            ("Craigmore Community Hospital", "facility"),
            ("the only agency nurse they had that fortnight", "self"),
            ("Mrs Eilidh Munro", "name"),
            ("14J0931S", "self"),
        ],
    ),
    (
        (
            "Audiologist. I told Darlene Mullins (DOB 3/22/1958) in the parking lot of the "
            "Hindman satellite clinic that her grandson's ABR was 'probably fine' before I'd "
            "written the report. It wasn't. The callback number I gave her was my cell, "
            "859-555-0172."
        ),
        [
            ("Darlene Mullins", "name"),
            ("3/22/1958", "date"),
            ("Hindman", "place"),
            ("859-555-0172", "phone"),
        ],
    ),
    (
        (
            "Audiologist at Seaview ENT & Hearing Centre in Clifton. I tested Master Zain "
            "Farooqui, aged 6, and sent his parents away saying hearing was 'normal for his age' "
            "after a play audiometry session where he was clearly guessing. His mother Ayesha "
            "brought him back three months later with a school report saying he couldn't follow "
            "the teacher."
        ),
        [
            ("Seaview ENT & Hearing Centre", "facility"),
            ("Clifton", "place"),
            ("Master Zain Farooqui", "name"),
            ("aged 6", "age"),
            ("Ayesha", "name"),
        ],
    ),
    (
        (
            "Audiologist in Johannesburg. I fitted hearing aids to an older man and disabled the "
            "volume control because I find clients fiddle with them. He couldn't turn them down "
            "in church and stopped wearing them. Came back at 3 months with a 'these don't work' "
            "complaint. His autonomy matters more than my tidy fitting."
        ),
        [],
    ),
    (
        (
            "I'm a disability nurse with the NT community team. Visiting Bobby Garrawurra, 37, at "
            "his supported unit in Nightcliff, I didn't notice his seizure diary had been blank "
            "since 4 December. Support staff had simply stopped filling it in."
        ),
        [
            ("Bobby Garrawurra", "name"),
            ("37", "age"),
            ("Nightcliff", "place"),
            ("4 December", "date"),
        ],
    ),
    (
        (
            "Audiologist, Belfast. I did pure-tone audiometry on a teenager and didn't mask bone "
            "conduction when I should have; the Rinne and Weber results were pointing me there "
            "and I ignored them. Reported a mild conductive loss that was actually a "
            "moderate-to-severe mixed loss on the left. Picked up at review 6 weeks later. The "
            "BSA recommended procedure is literally on my desk now."
        ),
        [],
    ),
    (
        (
            "Marriage and family therapist in Kentucky. I missed that a couple's 'we argue a lot' "
            "included coercive control. Joint sessions for 5 weeks before she disclosed in a "
            "one-off individual call. Conjoint therapy with ongoing IPV can make things worse. I "
            "screen each partner separately at intake now, every time."
        ),
        [],
    ),
    (
        (
            "OH nurse for a Belfast manufacturer. A forklift driver came for his annual medical "
            "and I recorded BP 168/104 but didn't repeat it or refer because he said he'd had "
            "three coffees. Two months later he had a TIA on shift. My check might not have "
            "changed that, but our own protocol says repeat at 5 min and refer if still over "
            "160/100."
        ),
        [],
    ),
    (
        (
            "I'm a home carer in Protea Glen. Ntate Tšepo Mokoena's insulin pen was empty and I "
            "didn't report it because he said his grandson Mpho would fetch a new one. He's 69 "
            "and his glucose was 22 on my next visit."
        ),
        [
            ("Protea Glen", "place"),
            ("Ntate Tšepo Mokoena", "name"),
            ("Mpho", "name"),
            ("He's 69", "age"),
        ],
    ),
    (
        (
            "Home attendant in Karachi. Elderly man on an NG tube, I didn't check placement "
            "before the feed because the family said 'it's fine, it's been in since last week'. "
            "He coughed through the feed. No aspiration on the X-ray, lucky. pH aspirate before "
            "every feed, no exceptions for confidence."
        ),
        [],
    ),
    (
        (
            "LD nurse in Quebec. Client with Down syndrome and early-onset dementia. I used a "
            "capacity form in English with a French-speaking client and family. Consent obviously "
            "wasn't informed. We redid it with a bilingual colleague and an easy-read version. "
            "Language isn't a minor detail in consent."
        ),
        [],
    ),
    (
        (
            "Family therapist with a community org in Darwin. Working with Rosalind Marika and "
            "her grandson Wandjuk (he's 12), I booked an interpreter for the wrong language: "
            "Rosalind speaks Djambarrpuyŋu, not Gupapuyŋu. She told me off very kindly at the "
            "Coconut Grove office."
        ),
        [
            ("Rosalind Marika", "name"),
            ("Wandjuk", "name"),
            ("he's 12", "age"),
            ("Coconut Grove", "place"),
        ],
    ),
    (
        (
            "Carer in a home care team around Inverness. Double-up call, hoist transfer. My "
            "colleague was running late so I did it on my own with the rota manager's verbal OK. "
            "Sling was the wrong size (medium instead of large) and the lady slid to the floor. "
            "No fracture, bruised hip. Single-handed hoisting was against policy and I knew it. "
            "Now I wait, even if the call runs over."
        ),
        [],
    ),
    (
        (
            "## Reflecting team gone wrong\nSystemic therapist, Inverness. I set up a reflecting "
            "team for a family who had only agreed to one therapist. I mentioned 'colleagues "
            "might watch' in passing and never explained the one-way screen. The teenage daughter "
            "found out mid-session and walked. Consent for reflecting teams has to be explicit, "
            "not a throwaway line."
        ),
        [],
    ),
    (
        (
            "Home carer, east Belfast. I let myself into Mrs Agnes Gillespie's in Ballyhackamore "
            "and left the heating off on the coldest night in January. Her grandson Davy phoned "
            "the agency on 028 9046 0317 the next morning. She's 90."
        ),
        [
            ("Mrs Agnes Gillespie", "name"),
            ("Ballyhackamore", "place"),
            ("Davy", "name"),
            ("028 9046 0317", "phone"),
            ("She's 90", "age"),
        ],
    ),
    (
        (
            "**What went wrong:** I let a family session in Belfast run 20 minutes over because "
            "the dad had finally started talking, and the youngest, still in primary school, was "
            "left sitting in the waiting room on her own.\n**What I do now:** check who is in the "
            "building before the door closes. Systemic training talks a lot about Bowen and "
            "Minuchin; nobody mentions head counts."
        ),
        [],
    ),
    (
        (
            "Agency nurse, did a run of nights up in Darwin. First shift, no orientation, handed "
            "7 pts. I gave the 22:00 enoxaparin 40 mg to the lady in bed 12 who'd already had it "
            "at 18:00, because the previous nurse documented on paper and the eMAR hadn't been "
            "updated. Anti-Xa fine, no bleed. I now ask 'paper or electronic?' at every handover."
        ),
        [],
    ),
    (
        (
            "Night shift, ambulance tech out of the Orlando East base. We picked up a "
            "23-year-old, Lerato Mofokeng, after a stabbing at the taxi rank on Mahalefele Road. "
            "I packed the wound and tunnelled on it; missed a second entry wound under her bra "
            "strap. Our PRF number was JHB-EMS-770913."
        ),
        [
            ("Orlando East", "place"),
            ("23-year-old", "age"),
            ("Lerato Mofokeng", "name"),
            ("Mahalefele Road", "place"),
            ("JHB-EMS-770913", "record"),
        ],
    ),
    (
        (
            "I do home visits for an agency in Gulshan-e-Iqbal. Mrs Rukhsana Siddiqui is on "
            "Mixtard twice a day and her son asked me to 'just give the evening one early' so "
            "they could go to a wedding. I did, at 4pm. By 11pm her sugar was 3.1 and the family "
            "rang me in a panic on 0321-4478102, my own mobile, which I should never have given "
            "out."
        ),
        [
            ("Gulshan-e-Iqbal", "place"),
            ("Mrs Rukhsana Siddiqui", "name"),
            ("0321-4478102", "phone"),
        ],
    ),
    (
        (
            "LD nurse at a group home outside Paintsville. Our resident Junior Hensley is 42, "
            "nonverbal, and I missed that he'd gone 6 days without a BM because the bowel chart "
            "lived in a binder nobody opened. He ended up at Big Sandy Regional with an impaction "
            "on 10/2/2022."
        ),
        [
            ("Paintsville", "place"),
            ("Junior Hensley", "name"),
            ("42", "age"),
            ("Big Sandy Regional", "facility"),
            ("10/2/2022", "date"),
        ],
    ),
    (
        (
            "Agency nurse in Johannesburg, ICU shift. I took over a patient on noradrenaline at "
            "0.1 mcg/kg/min and changed the syringe without double-pumping. MAP dropped to 48 for "
            "about 90 seconds. Recovered, no harm. The unit's own staff all double-pump; nobody "
            "told me and I didn't ask. I ask now."
        ),
        [],
    ),
    (
        (
            "Family therapist in Karachi. I used a genogram exercise with a joint family, three "
            "generations in one room, and asked the daughter-in-law to describe her relationship "
            "with her mother-in-law. In front of everyone. Predictably she said 'fine' and didn't "
            "come back. I forgot that hierarchy in the room shapes what can be said. Now I do "
            "individual check-ins first, in Urdu or English as they prefer."
        ),
        [],
    ),
    (
        (
            "Agency nurse in Belfast, at a Trust I'd never worked for.\n1. Used the purple-lid "
            "cytotoxic bin for a normal cannula. Got an earful, fine.\n2. Worse: didn't know "
            "their sepsis screen triggered at NEWS2 of 5, not 7, and sat on a 5 for an "
            "hour.\nLactate was 3.8 when I finally escalated. Ask for the local triggers on shift "
            "one."
        ),
        [],
    ),
    (
        (
            "Learning disability nurse, Highlands. Gentleman with autism and a strong routine. I "
            "changed his outpatient time without making a social story or visual timetable, just "
            "told his support staff that morning. He refused to get in the car and missed the "
            "appointment. Then the next one. Six weeks lost over a conversation I didn't bother "
            "to have properly."
        ),
        [],
    ),
    (
        (
            "Audiologist in Darwin doing outreach clinics. Kid in the school screening programme, "
            "flat tympanograms both sides, history of chronic otitis media. I noted it and wrote "
            "'review next visit', which was 6 months away. Should have referred to ENT the same "
            "day given the perforation risk. Otitis media in remote communities is not a "
            "watch-and-wait thing."
        ),
        [],
    ),
    (
        (
            "LD nurse in Belfast. Annual health check, woman with profound and multiple learning "
            "disabilities. I wrote weight as 'unable, uses wheelchair' and moved on. No one "
            "weighed her for 14 months. She'd lost 9 kg. Wheelchair scales exist. A MUST score "
            "would have flagged her months earlier."
        ),
        [],
    ),
    (
        (
            "Home care worker, Darwin rural outreach. Visiting Gapirri Wununmurra out at Knuckey "
            "Lagoon, I left her Webster pack on the table instead of handing it to her niece "
            "Dhalulu as agreed. Gapirri's 71 and ended up taking Tuesday and Wednesday doses "
            "together."
        ),
        [
            ("Gapirri Wununmurra", "name"),
            ("Knuckey Lagoon", "place"),
            ("Dhalulu", "name"),
            ("Gapirri's 71", "age"),
        ],
    ),
    (
        (
            "Agency nurse on a surgical ward in Inverness. Post-op day 1 hip, I removed the "
            "catheter at 06:00 with no trial-without-catheter plan and he hadn't voided by 14:00. "
            "Bladder scan 780 mL. Re-catheterised. The ward's TWOC protocol says mid-morning "
            "removal for a reason: staff around to monitor."
        ),
        [],
    ),
    (
        (
            "LD liaison nurse. Patient Shaun, 26, autistic, came into A&E and I didn't get his "
            "hospital passport to the ward in time. Staff on Ward F5 held him down for bloods. "
            "His mum Bernadette rang me at home that night. I'm the only LD liaison nurse at "
            "Baguley Park Hospital, so yes, it was me."
        ),
        [
            ("Shaun", "name"),
            ("26", "age"),
            ("Ward F5", "facility"),
            ("Bernadette", "name"),
            ("the only LD liaison nurse at Baguley Park Hospital", "self"),
        ],
    ),
    (
        (
            "Text I got from the family at 2am:\n> Baji please come, Ammi is not waking. "
            "Naseem\nI'm a home nurse in North Nazimabad. Mrs Nasreen Qureshi is 79 and I'd given "
            "her double her glibenclamide that evening because the new blister pack was laid out "
            "differently."
        ),
        [
            ("Naseem", "name"),
            ("North Nazimabad", "place"),
            ("Mrs Nasreen Qureshi", "name"),
            ("79", "age"),
        ],
    ),
    (
        (
            "I'm a family therapist in private practice in Rosebank. During a session with the "
            "Ndlovu family I assumed the uncle, Bab' Mandla, was the children's father and "
            "addressed him that way for twenty minutes. Nomvula, the mum, corrected me coldly and "
            "they didn't rebook."
        ),
        [
            ("Rosebank", "place"),
            ("the Ndlovu family", "name"),
            ("Bab' Mandla", "name"),
            ("Nomvula", "name"),
        ],
    ),
    (
        (
            "home care aide in eastern Kentucky here. client is in her 70s w/ CHF, on furosemide "
            "40mg and a 1.5 L fluid restriction. i didnt weigh her for 3 days because the scale "
            "was in the back bedroom and she said she felt fine. day 4 she was up 2.8 kg and "
            "short of breath at rest. admitted, diuresed, home after 5 days. daily weights now, "
            "no matter what."
        ),
        [],
    ),
    (
        (
            "Infirmière d'agence here, shift at Hôpital Saint-Éloi de Lévis. M. Gaétan Pelletier "
            "in room 412 had a fall on 22 janvier 2024 and I charted 'no head strike' without "
            "asking him properly. He's 83, hard of hearing, and had actually hit his head on the "
            "bedside table."
        ),
        [
            ("Hôpital Saint-Éloi de Lévis", "facility"),
            ("M. Gaétan Pelletier", "name"),
            ("22 janvier 2024", "date"),
            ("He's 83", "age"),
        ],
    ),
    (
        (
            "Occupational health nurse for a logistics depot in Trafford Park. Driver Dwayne "
            "Whittaker (staff ID TP-40913) failed a drug screen and I told the shift manager "
            "before the MRO had reviewed it. Turned out to be codeine on prescription. He'd been "
            "suspended for 2 days by then."
        ),
        [
            ("Trafford Park", "place"),
            ("Dwayne Whittaker", "name"),
            ("TP-40913", "record"),
        ],
    ),
    (
        (
            "> Dear Mrs McIlwaine,\n> I am writing to apologise for the incident on 2nd November "
            "involving your son Stephen at Ballyhenry Lodge.\nThat's the opening of the letter I "
            "helped draft after I missed that his rescue med had gone out of date. Stephen is 34 "
            "and has lived in supported living for years. The buccal midazolam in his grab bag "
            "expired in the summer and nobody, including me, checked."
        ),
        [
            ("Mrs McIlwaine", "name"),
            ("2nd November", "date"),
            ("Stephen", "name"),
            ("Ballyhenry Lodge", "facility"),
            ("Stephen is 34", "age"),
        ],
    ),
    (
        (
            "Family therapist, CAMHS, Manchester. In a session with a mum and her 2 teenagers I "
            "reflected back something the older one had told me privately; I genuinely thought "
            "I'd heard it in the family session. Trust gone. We repaired some of it over 4 "
            "sessions. I keep separate notes for individual and joint work now and reread them "
            "before each."
        ),
        [],
    ),
    (
        (
            "LD nurse, community team in Manchester. A man I support uses Makaton and a few signs "
            "of his own. At his flu jab I signed 'finished' when the nurse was only halfway, he "
            "pulled his arm away and got a scratch from the needle. Nothing serious. But I'd "
            "rushed our usual countdown because clinic was running 40 min late. Easy read "
            "leaflets and extra time are reasonable adjustments, not extras."
        ),
        [],
    ),
    (
        (
            "> Bonjour Mme Gagnon,\n> Votre prochaine séance est le 15 mars à 14h.\n> Sophie, "
            "Centre familial Les Pins\nI sent that reminder to the wrong Mme Gagnon. Both "
            "families were in the middle of custody cases."
        ),
        [
            ("Mme Gagnon", "name"),
            ("15 mars", "date"),
            ("Sophie", "name"),
            ("Centre familial Les Pins", "facility"),
        ],
    ),
    (
        (
            "EMT-B in rural Kentucky. Cardiac arrest, I was on compressions and my rate drifted "
            "to about 140. Nobody had turned on the metronome. No ROSC. I don't know that it "
            "changed the outcome, but 100-120 is the number for a reason. Metronome on at every "
            "code now."
        ),
        [],
    ),
    (
        (
            "LD nurse in Karachi. Our service user Marvi Jatoi, 19, was admitted for dental work "
            "under GA and I assumed her brother Ghulam could consent for her. He couldn't, "
            "legally, and nobody had done a capacity assessment. The procedure went ahead on 11th "
            "March anyway."
        ),
        [
            ("Marvi Jatoi", "name"),
            ("19", "age"),
            ("Ghulam", "name"),
            ("11th March", "date"),
        ],
    ),
    (
        (
            "Basic ambulance assistant, Johannesburg. Paeds call, toddler with a febrile seizure, "
            "post-ictal by the time we arrived. I checked glucose (5.2) and temp (39.4) but "
            "forgot to get the time of seizure onset from the mother. ED asked and I had to "
            "guess. Timings first, then everything else."
        ),
        [],
    ),
    (
        (
            "Audiologiste à Québec, writing in English so it's less obvious. I programmed the "
            "wrong side of a cochlear implant processor for Réjean Gagnon, 68, at Clinique des "
            "Trois-Pignons. He said nothing during the appt; his wife Francine phoned the next "
            "morning to say he couldn't follow the news. File no. QC-AUD-44719."
        ),
        [
            ("Réjean Gagnon", "name"),
            ("68", "age"),
            ("Clinique des Trois-Pignons", "facility"),
            ("Francine", "name"),
            ("QC-AUD-44719", "record"),
        ],
    ),
    (
        (
            "Technicien ambulancier paramédic, Quebec City. Call to 37 rue des Érables in "
            "Saint-Lambert-de-Lauzon, Ti-Guy Lavoie, chest pain. I read the 12-lead as normal; it "
            "was an inferior STEMI. The ER at Hôtel-Dieu de Bellechasse caught it on arrival."
        ),
        [
            ("37 rue des Érables", "place"),
            ("Saint-Lambert-de-Lauzon", "place"),
            ("Ti-Guy Lavoie", "name"),
            ("Hôtel-Dieu de Bellechasse", "facility"),
        ],
    ),
    (
        (
            "> From: Kirsty Matheson <k.matheson@glenurquhart-distillery.co.uk>\n> Subject: "
            "Hamish's return to work\nThat email came to me as the OH nurse and I hit reply-all "
            "with his full fit note attached, mental health diagnosis and all. Hamish Fraser had "
            "specifically asked that his line manager only see the adjustments."
        ),
        [
            ("Kirsty Matheson", "name"),
            ("k.matheson@glenurquhart-distillery.co.uk", "email"),
            ("Hamish", "name"),
            ("Hamish Fraser", "name"),
        ],
    ),
    (
        (
            "OH nurse at a textile mill in Karachi. I did annual audiometry for the weavers with "
            "a portable audiometer in a room right next to the looms. Background noise was "
            "obviously too high. Half the workers 'failed' and were told they had noise-induced "
            "hearing loss. Rescreened properly in a booth: most were normal. The panic I caused "
            "was real."
        ),
        [],
    ),
    (
        (
            "EMT with a private ambulance service in Karachi. RTC, motorbike, rider with no "
            "helmet. I put the collar on but then let him sit up in the back because he was "
            "vomiting and I panicked about aspiration. Log-roll and suction was the answer. CT "
            "was clear, thank God. Our team now drills vomiting-on-a-spinal-board once a month."
        ),
        [],
    ),
    (
        (
            "Agency shift on Ward 14 at North Irwell General. Pt Mr Dennis Heywood, DOB "
            "04/07/1941, hospital no. M228190. I hung his IV co-amox; he had a penicillin allergy "
            "on the paper drug chart but not on his wristband, and I didn't check the chart. "
            "Anaphylaxis, 2 doses of IM adrenaline, he pulled through."
        ),
        [
            ("Ward 14 at North Irwell General", "facility"),
            ("Mr Dennis Heywood", "name"),
            ("04/07/1941", "date"),
            ("M228190", "record"),
        ],
    ),
    (
        (
            "Travel/agency RN in Kentucky, PCU. I titrated a heparin drip off the wrong nomogram: "
            "the facility had two, one for ACS and one for VTE, both in the same binder. aPTT "
            "came back at 112. Held for an hour, restarted at the lower rate per pharmacy. No "
            "bleed. Ask which protocol before you touch the pump."
        ),
        [],
    ),
    (
        (
            "Carer, out on the Black Isle. Went to Murdo MacKenzie's croft at Culbokie for the "
            "lunch call and he wasn't answering. I assumed he'd gone to the shop and left. He'd "
            "fallen in the byre. His daughter Seonag found him at teatime. Murdo is 91."
        ),
        [
            ("Black Isle", "place"),
            ("Murdo MacKenzie", "name"),
            ("Culbokie", "place"),
            ("Seonag", "name"),
            ("Murdo is 91", "age"),
        ],
    ),
    (
        (
            "LD nurse, residential service in Johannesburg. One of our residents is non-verbal "
            "and fed via PEG. I gave his 08:00 meds with the feed still running and didn't flush "
            "between phenytoin and feed. Levels came back subtherapeutic a month later (4 mg/L) "
            "and he had a breakthrough seizure. Hold the feed 2 hours either side of phenytoin. I "
            "knew that. I was just behind."
        ),
        [],
    ),
    (
        (
            "Audiologist in Kentucky. I missed a sudden sensorineural hearing loss because the "
            "patient described it as 'plugged up' and I went straight to cerumen management. "
            "Three days later an ENT started oral prednisone, but the best window for recovery "
            "was mostly gone. Sudden SNHL is an emergency. Any unilateral fullness gets a full "
            "audiogram from me now."
        ),
        [],
    ),
    (
        (
            "Ambo tech in Darwin. Transported Jimmy Dhamarrandji from the airport after a medevac "
            "from Galiwin'ku. I handed over the wrong weight, 62 kg when he was 82 kg, and the ED "
            "team dosed his ceftriaxone off mine. Case number NT-AMB-2298174."
        ),
        [
            ("Jimmy Dhamarrandji", "name"),
            ("Galiwin'ku", "place"),
            ("NT-AMB-2298174", "record"),
        ],
    ),
    (
        (
            "Audiologist at Parkhurst Hearing. Newborn hearing screen on Baby boy Zulu (mum "
            "Thandeka), OAE refer on the left, and I entered it in the system as a pass. Patient "
            "ref PHH-00931-N. He wasn't picked up until his 9-month check."
        ),
        [
            ("Parkhurst Hearing", "facility"),
            ("Baby boy Zulu", "name"),
            ("Thandeka", "name"),
            ("PHH-00931-N", "record"),
        ],
    ),
    (
        (
            "LD nurse in Kentucky. Resident in a group home on clozapine, weekly ANC for 6 months "
            "then monthly. I missed the monthly draw by 3 weeks because the lab slip fell behind "
            "the fridge. ANC was fine (2.1) when we caught up. Monitoring schedules aren't "
            "optional."
        ),
        [],
    ),
    (
        (
            "Ambulance technician, Highlands. Long transfer, patient with a known AAA on a "
            "90-minute run into Inverness. I didn't recheck BP between 20 and 50 minutes because "
            "it had been stable and I was catching up on paperwork. At 50 min it was 84/50. Blue "
            "lights the rest of the way and he made it to theatre. Paperwork can wait; obs can't."
        ),
        [],
    ),
    (
        (
            "I'm the only nurse at the Korangi plant of Mehran Textiles, so colleagues will "
            "recognise this. I gave a hep B booster to Sassui Abro on 7/8/2023 from a vial that "
            "had been out of the fridge since the morning."
        ),
        [
            ("the only nurse at the Korangi plant of Mehran Textiles", "self"),
            ("Sassui Abro", "name"),
            ("7/8/2023", "date"),
        ],
    ),
    (
        (
            "Ambulance tech (ECA) in Manchester. Cat 2 fall, lady in her 90s, long lie. I did a "
            "full set of obs, NEWS2 of 3, and we were planning a non-conveyance with a falls team "
            "referral. My crewmate did lying and standing BP: 142 systolic down to 98. I'd never "
            "have caught it. Lesson: orthostatic obs aren't optional on a faller, even when she's "
            "desperate to stay home."
        ),
        [],
    ),
    (
        (
            "Crew debrief, posting anon. We took a call out past Hazard to a 67-year-old man, Mr "
            "Earl Caudill, on Troublesome Creek Road. I read his DNR wrong and we started "
            "compressions his family had begged us not to do.\n> From: shift supervisor\n> Re: "
            "run #KY-23-08812, 9/14/23\n> Please come see me before your next shift."
        ),
        [
            ("Hazard", "place"),
            ("67-year-old", "age"),
            ("Mr Earl Caudill", "name"),
            ("Troublesome Creek Road", "place"),
            ("KY-23-08812", "record"),
            ("9/14/23", "date"),
        ],
    ),
    (
        (
            "Family therapist in Kentucky. I was seeing the Slones, and the mom, Loretta, texted "
            "me:\n> hey its Loretta can we move thursday to 3, Virgil cant get off work. call me "
            "606-555-0148\nI answered from my personal phone and then kept texting her about "
            "session content for weeks. Boundaries went fuzzy fast."
        ),
        [
            ("the Slones", "name"),
            ("Loretta", "name"),
            ("Virgil", "name"),
            ("606-555-0148", "phone"),
        ],
    ),
    (
        (
            "Home carer, Manchester. Lad in his 20s with MS, I do his morning call. I put his "
            "baclofen out but didn't watch him take it because he said he'd have it with his "
            "brew. Found three days' worth down the side of his chair at the weekend. He'd been "
            "having spasms all week and blamed the weather. Watch them take it. Always."
        ),
        [],
    ),
    (
        (
            "Infirmière en santé au travail, Quebec. I put Sylvie Bouchard's psych assessment in "
            "the general HR file instead of the confidential medical file. Her manager read it "
            "before I noticed. Claim #CNESST-23-55619 is still open."
        ),
        [
            ("Sylvie Bouchard", "name"),
            ("CNESST-23-55619", "record"),
        ],
    ),
    (
        (
            "Home care worker, Darwin. Build-up heat, client with COPD who wouldn't run the air "
            "con because of the power bill. I noticed he was flushed and breathless, gave him "
            "water and left. SpO2 was 87% when his nurse came the next day. I should have called "
            "it in. Heat is a clinical risk in the Top End, not just discomfort."
        ),
        [],
    ),
    (
        (
            "Audiologist at a hospital clinic in Inverness. I ran a tympanogram on a man in his "
            "80s, got a flat trace on the right, and wrote 'Type B, ?OME' without looking in the "
            "ear first. It was wax. Full occlusion. Referred him on for a grommet opinion he "
            "never needed. Otoscopy comes before anything now, every single time, even at 16:50 "
            "on a Friday."
        ),
        [],
    ),
    (
        (
            "Family therapist in Quebec. Separated parents and their two kids; I met the father "
            "alone first and let his account frame the whole first joint session. The mother felt "
            "ambushed and said so. Circular questions in the Milan style might have helped if I'd "
            "actually used them. I now meet all adults together at the start, or not at all."
        ),
        [],
    ),
    (
        (
            "Audiologist, Manchester. Hodan Warsame came for a hearing aid fitting with her dad, "
            "Mr Abdirahman Warsame, 76, and I spoke to Hodan the whole time instead of to him. He "
            "said afterwards, through her, that he'd felt like furniture."
        ),
        [
            ("Hodan Warsame", "name"),
            ("Mr Abdirahman Warsame", "name"),
            ("76", "age"),
        ],
    ),
]
