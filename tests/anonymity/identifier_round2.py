"""Round 2 of issue 14's evaluation: 170 stories written by two helpers who saw only a labeling
guide (identifier_round2.md beside this file), never the check's rules, corpora or code.
ROUND_2_A (nurses, midwives, paramedics, care staff; UK and Ireland) was measured with round
1's rules; ROUND_2_B (therapists, social workers, pharmacists, doctors, dentists; North
America, Australia, New Zealand) after the rules written against ROUND_2_A's misses. The
guide calls a bed or room number alone safe; the check reports it (see bench/README.md).
Figures: bench/README.md; test_identifiers.py keeps what they reached. Entries as in
identifier_corpus: (story, [(substring, kind), ...])."""

ROUND_2_A = [
    (
        "Night shift on Heronsgate Ward at Ashcombe General. Mr Delaney, 79, was on a 1.5 "
        "litre fluid restriction and I hung a litre of 0.9% saline that was meant for bed 6. "
        "Caught it at 03:10 when the pump alarmed. Datix IR-22817 went in before handover.",
        [
            ("Heronsgate Ward", "facility"),
            ("Ashcombe General", "facility"),
            ("Mr Delaney", "name"),
            ("79", "age"),
            ("IR-22817", "record"),
        ],
    ),
    (
        "I copied the handover sheet wrong and it followed the patient for two shifts:\n> "
        "Bay 2 bed 3 - Agnes Mulcahy, 91, NOF #, ?delirium. DNACPR in place.\n> Hosp no. "
        "RJ7-448120\nShe was for full escalation. The DNACPR belonged to the lady in bed 4. "
        "Nobody questioned it until her daughter Siobhan asked why the form was clipped to "
        "her mum's notes.",
        [
            ("Agnes Mulcahy", "name"),
            ("91", "age"),
            ("RJ7-448120", "record"),
            ("Siobhan", "name"),
        ],
    ),
    (
        "Crewed out of Kilbride station, we got a Cat 2 to 17 Tullamore Crescent for a fall. "
        "Eamon Rourke, aged 68, on apixaban, had hit his head. I didn't convey because he "
        "was GCS 15 and adamant. His wife rang 999 again four hours later. PCR ref 6630192 "
        "has been reviewed and I'm on a reflective plan.",
        [
            ("Kilbride station", "facility"),
            ("17 Tullamore Crescent", "place"),
            ("Eamon Rourke", "name"),
            ("aged 68", "age"),
            ("6630192", "record"),
        ],
    ),
    (
        "I was the midwife on Willowbrook birth centre at Glenmore Maternity on 9 February "
        "2022. Baby girl born to Precious Adeyemi, Apgars 8 and 9. I gave the IM vitamin K "
        "without re-checking consent because I assumed. Mum had declined it in her birth "
        "plan.",
        [
            ("Willowbrook birth centre", "facility"),
            ("Glenmore Maternity", "facility"),
            ("9 February 2022", "date"),
            ("Precious Adeyemi", "name"),
        ],
    ),
    (
        "My senior texted me this after my shift and I still feel sick about it:\n> Hi "
        "Chloe, Mr Barraclough in room 12 says he didn't get his tea or his 6pm meds. Sheet "
        "says you signed. Can you ring me on 07812 446 903 before 8? Gemma\nI had signed the "
        "MAR before going in, then got called to a fall. Brambles Lodge have since changed "
        "to sign-after-give only.",
        [
            ("Chloe", "name"),
            ("Mr Barraclough", "name"),
            ("07812 446 903", "phone"),
            ("Gemma", "name"),
            ("Brambles Lodge", "facility"),
        ],
    ),
    (
        "Band 5 radiographer at Pennington Royal. I X-rayed the wrong wrist on a 7-year-old "
        "called Alfie because the request said L and I didn't check with Mum. Request ref "
        "XR-2219874. My superintendent, Mr Okonjo, was brilliant about it.",
        [
            ("Pennington Royal", "facility"),
            ("7-year-old", "age"),
            ("Alfie", "name"),
            ("XR-2219874", "record"),
            ("Mr Okonjo", "name"),
        ],
    ),
    (
        "As a second year student on placement at Thornfield Community Hospital I gave Mrs "
        "Pawlak her Novorapid without a second checker. My mentor, Denise Harrow, signed the "
        "countersign box later. I'm writing this because I want other students to know that "
        "is not ok.",
        [
            ("Thornfield Community Hospital", "facility"),
            ("Mrs Pawlak", "name"),
            ("Denise Harrow", "name"),
        ],
    ),
    (
        "Working healthcare at HMP Ardwell, I handed out a methadone dose to the wrong man "
        "on B wing. Both were called Kieran and both on the 8am list. The one who got it, "
        "Kieran Foy, was on 30 ml, and the other was on 65. Incident number PH/2023/0417.",
        [
            ("HMP Ardwell", "facility"),
            ("Kieran", "name"),
            ("Kieran Foy", "name"),
            ("PH/2023/0417", "record"),
        ],
    ),
    (
        "The e-mail from our ward manager:\n> From: j.whitlock@lynfordhealth.nhs.uk\n> "
        "Subject: Missed obs, bed 9, 22/11/23\n> Emma, can you pop in Monday to talk about "
        "Mr Sandhu's obs? NEWS2 was 7 at 0400 and nothing escalated until 0630.\nI had "
        "documented him as 'settled'. He went to ICU.",
        [
            ("j.whitlock@lynfordhealth.nhs.uk", "email"),
            ("22/11/23", "date"),
            ("Emma", "name"),
            ("Mr Sandhu", "name"),
        ],
    ),
    (
        "District nursing in Ballykeel, I visited Mrs Rosaleen Tierney at 4 Church Lane to "
        "do her leg ulcer dressing. I left her front door on the latch because she asked me "
        "to. She was found by her neighbour later that day after a fall, with the door wide "
        "open. Her notes are on SystmOne under 612 445 9087.",
        [
            ("Ballykeel", "place"),
            ("Mrs Rosaleen Tierney", "name"),
            ("4 Church Lane", "place"),
            ("612 445 9087", "record"),
        ],
    ),
    (
        "Staff nurse in St Bride's University Hospital, Galway. On the 3rd of May I gave IV "
        "co-amoxiclav to a man with a documented penicillin allergy. His MRN was 0081736 and "
        "the allergy band was on the other wrist. He had a rash only, thank God.",
        [
            ("St Bride's University Hospital", "facility"),
            ("3rd of May", "date"),
            ("0081736", "record"),
        ],
    ),
    (
        "I'm the only male HCA on nights at Fernlea Nursing Home so people will know it's "
        "me. I used the hoist with the wrong sling size for Mr Gault and he slipped partway. "
        "No injury but I should have checked the sling chart.",
        [
            ("the only male HCA on nights", "self"),
            ("Fernlea Nursing Home", "facility"),
            ("Mr Gault", "name"),
        ],
    ),
    (
        "Writing this as Paramedic PA104882 because I think I should own it. On 12/08/2021 I "
        "gave 10 mg of morphine when I meant 5 to a lady, 88, on the Moorside estate. She "
        "became drowsy and needed naloxone in the back of the truck.",
        [
            ("PA104882", "self"),
            ("12/08/2021", "date"),
            ("88", "age"),
            ("the Moorside estate", "place"),
        ],
    ),
    (
        "On Larchmere Ward at Kestrel Park I missed a depot. Tomasz, 34, was due his "
        "paliperidone on the Friday and I didn't check the depot card. He relapsed the "
        "following month. Datix DX-30091.",
        [
            ("Larchmere Ward", "facility"),
            ("Kestrel Park", "facility"),
            ("Tomasz", "name"),
            ("34", "age"),
            ("DX-30091", "record"),
        ],
    ),
    (
        "Community midwife note I wrote, copied here with the error:\n> 14/01/24 Home visit, "
        "Flat 3, 22 Wexford Road. Baby Ocean Lindqvist, day 5. Weight 3.02kg (birth 3.41kg). "
        "Feeding well. Plan: review 5/7.\nThat's an 11% loss. I'd done the maths wrong in my "
        "head and wrote 'feeding well'. She was readmitted with hypernatraemia two days "
        "later.",
        [
            ("14/01/24", "date"),
            ("Flat 3, 22 Wexford Road", "place"),
            ("Ocean Lindqvist", "name"),
        ],
    ),
    (
        "MRI radiographer at Carrowmore Clinic in Sligo. I didn't recheck the safety "
        "questionnaire with Mr Hennessy and he had a programmable shunt. Ref MR-77120. He "
        "was fine after a neuro check, but it could have been awful.",
        [
            ("Carrowmore Clinic", "facility"),
            ("Sligo", "place"),
            ("Mr Hennessy", "name"),
            ("MR-77120", "record"),
        ],
    ),
    (
        "Nurse in charge at Oakmere House one night. Resident Violet Ashdown, 96, was "
        "bleeding from a head wound after a fall and I rang the out of hours GP on 0161 496 "
        "0732 rather than 999 because I thought DNACPR meant no admission. DNACPR is not 'do "
        "not treat'. She died in A&E two days later of a subdural.",
        [
            ("Oakmere House", "facility"),
            ("Violet Ashdown", "name"),
            ("96", "age"),
            ("0161 496 0732", "phone"),
        ],
    ),
    (
        "Student midwife, third year, at Drumlin Women's Hospital. My sign-off mentor Aoife "
        "let me do a VE alone and I reported 6 cm when it was 2. The woman, Mrs Kaczmarek, "
        "was moved to delivery suite and got an epidural she hadn't wanted yet.",
        [
            ("Drumlin Women's Hospital", "facility"),
            ("Aoife", "name"),
            ("Mrs Kaczmarek", "name"),
        ],
    ),
    (
        "Text from my crewmate after the job:\n> mate the bloke on Pendle Street, Harold? "
        "his daughter called control, says we left his oxygen off. call me 07955 210 "
        "388\nWe'd taken him off the cylinder to move him and I never put the concentrator "
        "back on.",
        [
            ("Pendle Street", "place"),
            ("Harold", "name"),
            ("07955 210 388", "phone"),
        ],
    ),
    (
        "Scrub nurse in theatre 4 at Riverside Infirmary, Dundalk. Swab count was off by one "
        "and I let the surgeon, Mr Farrelly, close because he said the count was fine. It "
        "was in the wound. Patient Brendan Coyle had to go back in on 19th October.",
        [
            ("Riverside Infirmary", "facility"),
            ("Dundalk", "place"),
            ("Mr Farrelly", "name"),
            ("Brendan Coyle", "name"),
            ("19th October", "date"),
        ],
    ),
    (
        "School nurse for Hollinsworth Academy. Year 8 pupil Maisie, 12, had an adrenaline "
        "pen in her bag and I told the PE teacher she'd be fine with an antihistamine. She "
        "was not fine. The ambulance was called from reception on ext 2204.",
        [
            ("Hollinsworth Academy", "facility"),
            ("Maisie", "name"),
            ("12", "age"),
            ("ext 2204", "phone"),
        ],
    ),
    (
        "> 02:15 Pt Leon Achterberg NHS 487 220 9163 K+ 6.4 repeat sent. Dr Quayle "
        "aware.\nThat's what I charted. I never actually told Dr Quayle. I'd paged him on "
        "bleep 3371, he didn't answer and I got distracted. Repeat was 6.8.",
        [
            ("Leon Achterberg", "name"),
            ("487 220 9163", "record"),
            ("Dr Quayle", "name"),
            ("bleep 3371", "phone"),
        ],
    ),
    (
        "CPN at Tyneview Resource Centre. I visited Darren Foulkes at his flat in Byker and "
        "left my laptop open on his kitchen table. His care plan was on the screen when the "
        "neighbour came in. The breach ref is IG-2024-0089.",
        [
            ("Tyneview Resource Centre", "facility"),
            ("Darren Foulkes", "name"),
            ("Byker", "place"),
            ("IG-2024-0089", "record"),
        ],
    ),
    (
        "> Dear Ms Kearney,\n> Following the safeguarding meeting on 6 June 2023 regarding "
        "your father, Mr Padraig Kearney, we confirm the concern (ref SG-4471-K) has been "
        "substantiated.\nI was the carer who left his call bell out of reach. I'm writing "
        "this so I never forget.",
        [
            ("Ms Kearney", "name"),
            ("6 June 2023", "date"),
            ("Mr Padraig Kearney", "name"),
            ("SG-4471-K", "record"),
        ],
    ),
    (
        "Advanced paramedic in west Cork, operating out of Skibbereen. Woman, 58, chest "
        "pain, I read the ECG as normal and left her at home. She had a posterior MI. The "
        "incident report is AP-6192 and I'm on a development plan.",
        [
            ("Skibbereen", "place"),
            ("58", "age"),
            ("AP-6192", "record"),
        ],
    ),
    (
        "I'm a first-year nursing student at Marlowe University on placement at Ward 11, "
        "Brinkley General. I gave Paddy Walsh his paracetamol when he'd already had it 2 "
        "hours earlier because I didn't look at the PRN section.",
        [
            ("Marlowe University", "facility"),
            ("Ward 11", "facility"),
            ("Brinkley General", "facility"),
            ("Paddy Walsh", "name"),
        ],
    ),
    (
        "CT radiographer, Saturday lates. Gave IV contrast to Mrs Beatrix Holt, 81, whose "
        "eGFR was 24 because the result hadn't loaded and I didn't chase it. Accession "
        "number CT0049982. She had an AKI but recovered.",
        [
            ("Mrs Beatrix Holt", "name"),
            ("81", "age"),
            ("CT0049982", "record"),
        ],
    ),
    (
        "HCA on Puffin Ward. Mr Abbasi's daughter Nadia told me he was nil by mouth and I "
        "still gave him a cup of tea because I didn't look at the board. His op on 2/3/23 "
        "got cancelled.",
        [
            ("Puffin Ward", "facility"),
            ("Mr Abbasi", "name"),
            ("Nadia", "name"),
            ("2/3/23", "date"),
        ],
    ),
    (
        "**What happened at HMP Dunmoor**\n- Prisoner Wayne Tolley, 41, on insulin\n- "
        "Lockdown meant I didn't get onto the wing for his 5pm dose\n- I didn't escalate to "
        "the duty governor\n- He was found hypo at 22:00, BM 1.9\nI should have pushed "
        "harder.",
        [
            ("HMP Dunmoor", "facility"),
            ("Wayne Tolley", "name"),
            ("41", "age"),
        ],
    ),
    (
        "Someone posted a clip of our job at youtube.com/watch?v=Qx7Lp2Vt91k and you can see "
        "me lifting the man wrong. I dropped him onto the pavement outside the Spar on Gorse "
        "Hill Road. Please don't share it.",
        [
            ("youtube.com/watch?v=Qx7Lp2Vt91k", "url"),
            ("Gorse Hill Road", "place"),
        ],
    ),
    (
        "Labour ward, Kinloch Maternity Unit. I misread the CTG on Mrs Fiona Baird, a "
        "29-year-old primip, as reassuring. Her baby, Callum, needed cooling. CHI 1203945521 "
        "for the baby was on all the forms I signed.",
        [
            ("Kinloch Maternity Unit", "facility"),
            ("Mrs Fiona Baird", "name"),
            ("29-year-old", "age"),
            ("Callum", "name"),
            ("1203945521", "record"),
        ],
    ),
    (
        "LD nurse in a supported living house on Beech Avenue in Carrickfergus. I gave "
        "Gareth's buccal midazolam late because I'd left the kit in the office. He's 23 and "
        "his seizure went on for 12 minutes.",
        [
            ("Beech Avenue", "place"),
            ("Carrickfergus", "place"),
            ("Gareth", "name"),
            ("23", "age"),
        ],
    ),
    (
        "> Hi Dr Monaghan,\n> I wanted to let you know about an incident on my placement at "
        "Sycamore Ward. I gave a patient the wrong strength of Oramorph.\n> Thanks, Priya "
        "Raman (student no. 21048837)\nI sent that and then worried for weeks. The patient "
        "was fine.",
        [
            ("Dr Monaghan", "name"),
            ("Sycamore Ward", "facility"),
            ("Priya Raman", "self"),
            ("21048837", "record"),
        ],
    ),
    (
        "My NMC PIN is 09F1234E and I'm going to a hearing so I may as well say it. At "
        "Ravensworth Hospice I set up a syringe driver with 10x the midazolam for Mr "
        "Kavanagh. He died that night, though he was dying anyway.",
        [
            ("09F1234E", "self"),
            ("Ravensworth Hospice", "facility"),
            ("Mr Kavanagh", "name"),
        ],
    ),
    (
        "Domiciliary carer, round in Little Haddon. Missed a double-up call at Mrs Ivy "
        "Pocklington's because my rota app glitched. She was left in bed for 14 hours. "
        "Complaint ref CMP-88213.",
        [
            ("Little Haddon", "place"),
            ("Mrs Ivy Pocklington", "name"),
            ("CMP-88213", "record"),
        ],
    ),
    (
        "Our A&E handover sheet that night:\n> Cubicle 7 - Dylan Ferris 17yo OD paracetamol "
        "?staggered, level 110 at 4h. NAC started 21:40.\n> Cubicle 8 - Mrs H Gill 66yo "
        "?UTI\nI put the second bag of NAC up on cubicle 8 instead of 7 because I was "
        "reading the wrong line.",
        [
            ("Dylan Ferris", "name"),
            ("17yo", "age"),
            ("Mrs H Gill", "name"),
            ("66yo", "age"),
        ],
    ),
    (
        "Recovery nurse at Coolmine Private Clinic. Handed over Ms Dervla Quinn to the ward "
        "without mentioning her PONV had needed three antiemetics. The ward nurse rang me on "
        "01 555 4820 at midnight after she aspirated.",
        [
            ("Coolmine Private Clinic", "facility"),
            ("Ms Dervla Quinn", "name"),
            ("01 555 4820", "phone"),
        ],
    ),
    (
        "Health visitor in the Westgate patch. I missed that the Brennans' baby, Rory, "
        "hadn't been seen since 6 weeks and closed the case. Family on Hawthorn Drive, ref "
        "HV/CP/3318. Social care picked it up months later.",
        [
            ("Westgate", "place"),
            ("Brennans", "name"),
            ("Rory", "name"),
            ("Hawthorn Drive", "place"),
            ("HV/CP/3318", "record"),
        ],
    ),
    (
        "Only male mammographer at the Elmfield Breast Unit, which is rare enough. I sent "
        "Mrs Chinwe Okoro's images under another woman's name on 28/09/22. The wrong woman "
        "got a recall letter.",
        [
            ("Only male mammographer", "self"),
            ("Elmfield Breast Unit", "facility"),
            ("Mrs Chinwe Okoro", "name"),
            ("28/09/22", "date"),
        ],
    ),
    (
        "Student paramedic on placement with Carrick station. My mentor Stevie let me "
        "cannulate a man on warfarin without checking and he bled everywhere. His home was 9 "
        "Mourne View, and the neighbours all came out.",
        [
            ("Carrick station", "facility"),
            ("Stevie", "name"),
            ("9 Mourne View", "place"),
        ],
    ),
    (
        "> 11/07/2023 Nurse entry: Mr Alan Prothero, Bed 14, Ward C3, Glanyrafon Hospital. "
        "PEG feed Osmolite 1.2 at 75 ml/hr.\nI'd set it running at 750 ml/hr because I hit "
        "an extra zero. He vomited and aspirated within the hour.",
        [
            ("11/07/2023", "date"),
            ("Mr Alan Prothero", "name"),
            ("Ward C3", "facility"),
            ("Glanyrafon Hospital", "facility"),
        ],
    ),
    (
        "Sliabh Rua Nursing Home, Co. Leitrim. I'm the nurse manager and the only RGN on "
        "days, so people will know. I let Mrs Noreen Gilheany's PRN lorazepam become a daily "
        "habit with no review. HIQA flagged it at inspection.",
        [
            ("Sliabh Rua Nursing Home", "facility"),
            ("the nurse manager and the only RGN on days", "self"),
            ("Mrs Noreen Gilheany", "name"),
        ],
    ),
    (
        "Staff nurse on Starfish Ward, Harbourside Children's. Gave Isla, aged 3, 10 ml of "
        "the 250 mg/5 ml paracetamol instead of the 120 mg/5 ml. Not toxic at her weight but "
        "I rang NPIS anyway. Datix ref 55102.",
        [
            ("Starfish Ward", "facility"),
            ("Harbourside Children's", "facility"),
            ("Isla", "name"),
            ("aged 3", "age"),
            ("55102", "record"),
        ],
    ),
    (
        "Band 5 on a surgical ward at a district general. Lady in her 80s in bed 4, NEWS2 of "
        "5 at 02:40 and I put it down to pain. By 06:00 her lactate was 4.2 and she was "
        "septic. I escalate at 5 now, every time.",
        [],
    ),
    (
        "Community nurse in rural Wales. I took bloods from the wrong patient on a double "
        "visit because both were in their 70s and I didn't check name and date of birth "
        "against the form. The results went in the wrong notes for a week.",
        [],
    ),
    (
        "> Hi, is the lady in room 3 still on Sinemet at 6, 10, 2, 6? Care home says you "
        "gave it at 11 today\nThe text came from the pharmacist on Monday morning. I'd given "
        "her Parkinson's meds late all weekend because I batched them with the lunchtime "
        "round. Time critical means time critical.",
        [],
    ),
    (
        "Cat 1 call in the early hours, man in his 60s, VF arrest. I delayed the first shock "
        "by nearly a minute because I was fiddling with the pads on the LIFEPAK. ROSC after "
        "the third shock. I still replay it.",
        [],
    ),
    (
        "Band 6 midwife on a busy delivery suite in the Midlands. I didn't ask for fresh "
        "eyes on the CTG when I should have at the hour mark. Apgar 4 at one minute, 9 at "
        "ten. Baby was fine but the debrief taught me more than any study day.",
        [],
    ),
    (
        "Care assistant in a nursing home. I put a resident in her 90s back to bed without "
        "checking her Waterlow score had gone up. She had a grade 2 sore on her sacrum by "
        "Friday. I turn her 2-hourly now and chart it properly.",
        [],
    ),
    (
        "Band 6 radiographer, out of hours portable on ICU. I glanced at the NG tube "
        "position film and told the nurse it looked 'below the diaphragm'. It was coiled in "
        "the oesophagus. Thankfully the registrar looked before the feed was started.",
        [],
    ),
    (
        "Second-year student nurse on a medical ward. I was asked to do a set of obs and "
        "wrote RR 18 without counting because everyone else does. The patient's sats were "
        "89% on air. My practice assessor sat me down and it stuck.",
        [],
    ),
    (
        "Healthcare in a Category B prison. A man on the in-possession list had his whole "
        "week of pregabalin taken off him and I didn't flag it as a risk. He went into "
        "withdrawal on the Tuesday. We moved pregabalin to supervised after that.",
        [],
    ),
    (
        "> Bed 12: 70s, CAP, on IV co-amox, obs stable, for d/c tomorrow if CRP down\n> Bed "
        "14: 80s, #NOF day 2, pain ok, catheter in\nThat was my whole handover for two "
        "patients. I left out that bed 12 had new AF with a rate of 140 at 05:00. The day "
        "nurse found it at 08:00.",
        [],
    ),
    (
        "Working on the ambulances in Dublin. I gave 5 mg of salbutamol nebs to a man in his "
        "40s with a rate already at 150 and didn't get a 12-lead first. He was in SVT, not "
        "wheezy from asthma. Adenosine in the ED sorted it.",
        [],
    ),
    (
        "Band 5 on an acute psychiatric ward. I did 15-minute obs on paper but I hadn't "
        "actually seen the patient's face on two checks. She'd tied a ligature. We got to "
        "her in time. I now physically look every time, no matter how busy.",
        [],
    ),
    (
        "> Hi all,\n> Please can everyone remember the thickener chart for room 6. IDDSI "
        "level 2 only. Thanks\nI read that email the next morning, after I'd given the "
        "resident in room 6 thin tea at 22:00 because I'd been on leave. He coughed and "
        "spluttered and had a chest infection by the weekend.",
        [],
    ),
    (
        "ODP in day surgery. I didn't complete the WHO checklist sign-in properly and the "
        "site marking was missing. The surgeon caught it at time out. Near miss, Datix done, "
        "and I've never skipped the sign-in again.",
        [],
    ),
    (
        "Neonatal nurse, Band 6. I drew up gentamicin for a 28-weeker from the adult vial "
        "without checking the strength. The second checker caught it at the cot side. Double "
        "checking exists for a reason.",
        [],
    ),
    (
        "District nurse on a late. I took a patient's insulin pen into the next house in my "
        "bag by mistake. Realised at 18:30 and drove back. No harm, but she'd have missed "
        "her Lantus if I hadn't.",
        [],
    ),
    (
        "Postnatal ward, nights. A woman in her 30s told me it was the worst headache she'd "
        "ever had and I gave her paracetamol and said it was tiredness. BP was 158/104. She "
        "had postnatal pre-eclampsia and needed labetalol. Always check a BP with a "
        "headache.",
        [],
    ),
    (
        "> can u do 2 extra on sat, agency cancelled x\nI said yes to a 14-hour shift after "
        "four nights. I put a resident's hearing aids in the wrong ears and missed her "
        "morning Adcal. Small things, but they happened because I was running on nothing.",
        [],
    ),
    (
        "CT on a Sunday, stroke call. I scanned a woman without confirming pregnancy status "
        "because I assumed she was in her 50s. She was in her late 40s and nobody had asked. "
        "It was negative in the end, but I should have asked.",
        [],
    ),
    (
        "Long shift in Belfast. Man in his 70s on a DOAC fell and hit his head, and I "
        "applied the Canadian CT Head Rule wrong and called him low risk. He should have "
        "been conveyed on the anticoagulation alone. The crew that went back four hours "
        "later took him in.",
        [],
    ),
    (
        "Band 6 ICU nurse. I changed a noradrenaline syringe without double pumping and the "
        "MAP dropped to 48. Took three minutes to recover. I had been taught it on induction "
        "and got complacent.",
        [],
    ),
    (
        "> 03:00 Pt settled. Obs stable. Sleeping.\nThat was my entry. I hadn't woken her "
        "for obs at 03:00 because she'd only just dropped off. Her 06:00 NEWS2 was 9. I "
        "document what I actually do now.",
        [],
    ),
    (
        "Final placement as a student in A&E. I accepted a verbal order for IV morphine from "
        "an F1 over the phone and gave it with my supervisor. Our trust policy is no verbal "
        "orders for CDs. Reflection written, learnt loads.",
        [],
    ),
    (
        "**Lessons from my first month as a nurse in a care home**\n- Never sign the MAR "
        "before giving\n- Check covert medication plans are in date\n- Ask pharmacy before "
        "crushing (I crushed an MR tablet, Adalat LA, and her BP dropped to 80/40)\n- Use "
        "SBAR when ringing 111",
        [],
    ),
    (
        "Nurse in a young offenders institution. A lad in his teens asked for paracetamol "
        "every night and I never asked why. He'd been stockpiling it. Found in a cell "
        "search. I should have done a proper mental health check.",
        [],
    ),
    (
        "Nurse in a nursing home in the west of Ireland. I left the drug trolley unlocked in "
        "the corridor while I answered a call bell. A resident with dementia took a handful "
        "of tablets from it. She was fine after monitoring, but HIQA would be right to "
        "shout.",
        [],
    ),
    (
        "Community midwife. I didn't document a safeguarding concern after a home visit "
        "because I meant to do it in the car and then got called to a birth. It came up at a "
        "case review in the spring. If it isn't written, it didn't happen.",
        [],
    ),
    (
        "We switched from paper to ePCR last year and I left the 'no known allergies' "
        "default ticked on a woman who'd told me she was allergic to penicillin. The "
        "hospital gave her co-amoxiclav. Rash only, but I now clear the defaults on every "
        "record.",
        [],
    ),
    (
        "HCA on a stroke unit. I gave a patient a glass of water while his SALT assessment "
        "was pending because he begged. Coughing, sats down to 88%. He was ok after suction. "
        "I'll always wait for the swallow screen.",
        [],
    ),
    (
        "Student radiographer on placement. I forgot to put a lead marker on a chest film "
        "and the consultant couldn't confirm the side. The patient had to be re-exposed. "
        "Extra dose is small but it's still a dose, and IR(ME)R exists for a reason.",
        [],
    ),
    (
        "Practice nurse at our GP surgery in a town near Leeds. I gave a second MMR to a "
        "child who'd already had it. Not dangerous, but I didn't check the red book. The "
        "parents were kind about it.",
        [],
    ),
    (
        "> Subject: Reflection needed\n> Hi, following Tuesday night, please complete a "
        "reflective account using the Gibbs cycle and bring it to supervision. Thanks, "
        "Matron\nI'd left a confused patient in a chair by the window unsupervised for 20 "
        "minutes. She slid out and was found on the floor. No fracture.",
        [],
    ),
    (
        "Ambulance technician, nights in Yorkshire. We got to a call for a baby not "
        "breathing and I panicked and started compressions with two hands. The paramedic "
        "corrected me. Baby had a febrile convulsion and was breathing. Honestly the shame "
        "kept me up.",
        [],
    ),
    (
        "LD nurse in the community. I read a Hospital Passport too fast and missed that the "
        "man didn't like being touched on his head. I put a thermometer to his forehead and "
        "he hit out. Totally my fault.",
        [],
    ),
    (
        "Recovery nurse. I disconnected a PCA from a woman in her 60s for a trip to the "
        "commode and forgot to reconnect it. Pain score 9/10 by handover. Little thing, big "
        "impact.",
        [],
    ),
    (
        "> Rm 2 - fluids encouraged, poor intake\n> Rm 5 - 2 carers + hoist\n> Rm 8 - end of "
        "life, mouth care 2hrly\nI was new and did room 5 on my own with the stand aid "
        "because it was quicker. She slipped. Nobody was hurt but the sheet was right there.",
        [],
    ),
    (
        "Triage nurse in an Irish ED on Christmas Eve. I gave a man with chest pain "
        "Manchester Triage category 3 because his ECG 'looked fine' to me. He waited two "
        "hours and had a STEMI on the repeat. I don't read ECGs alone now.",
        [],
    ),
    (
        "Student midwife in my first year. I measured a fundal height and plotted it on the "
        "wrong week on the GROW chart. It looked like normal growth when it had plateaued. "
        "My mentor caught it at the next visit.",
        [],
    ),
    (
        "ER nurse in Ohio. I hung heparin at the bolus rate and left it running for an hour. "
        "aPTT came back over 150. We held it and nobody bled. Pyxis gave me the right bag, I "
        "just programmed the pump wrong.",
        [],
    ),
    (
        "Hospice nurse. I wrote in the notes that the family had been told about the change "
        "in condition, when actually I'd only left a voicemail. They arrived after she'd "
        "died. I wish I'd kept ringing.",
        [],
    ),
    (
        "Mental health nurse in an adult male prison. I wrote ACCT observations as one per "
        "hour when the assessment said four per hour. Transcription error. Nothing happened "
        "but it easily could have.",
        [],
    ),
    (
        "Band 7 sister on an elderly care ward. I let a Band 5 in her first week take six "
        "patients including two on IV antibiotics and a syringe driver, because we were "
        "short. She missed a 14:00 dose of tazocin. The error was mine for the allocation, "
        "not hers.",
        [],
    ),
]

ROUND_2_B = [
    (
        "Community pharmacist in a small town in Manitoba. I filled a methotrexate script as "
        "daily instead of weekly for Mr Dufresne, a 68-year-old retired farmer. His daughter "
        "Colette caught it at the pickup counter when she read the label. I still think "
        "about it every time I see a weekly dose.",
        [
            ("Mr Dufresne", "name"),
            ("68-year-old", "age"),
            ("Colette", "name"),
        ],
    ),
    (
        "I'm an LMFT in private practice in Oregon. I forgot to turn on the waiting room "
        "white-noise machine and a client in her 40s overheard part of the previous session "
        "through the door. We talked about it openly the following week, and I've since "
        "moved my chairs and added a second machine. Nothing said was identifiable, but it "
        "shook both of us.",
        [],
    ),
    (
        "School nurse, K-8. I gave the noon dose of methylphenidate to the wrong Aiden — we "
        "have two in 3rd grade.\n> From: Lisa Carrow <lcarrow.home@fastmail.com>\n> Re: "
        "Aiden M. — medication today\n> He said he got a pill at lunch but he doesn't take "
        "anything??\nThe call with Mom was the worst ten minutes of my year. Poison control "
        "was reassuring, and we now use photo cards on every med bin at Hollis Creek "
        "Elementary.",
        [
            ("Aiden", "name"),
            ("Lisa Carrow", "name"),
            ("lcarrow.home@fastmail.com", "email"),
            ("Aiden M.", "name"),
            ("Hollis Creek Elementary", "facility"),
        ],
    ),
    (
        "Dentist, regional Queensland. Did an IDB with articaine 4% with adrenaline and "
        "didn't recheck the med history update — pt had started warfarin two weeks earlier "
        "after an AF diagnosis. INR turned out to be 3.4 and the extraction site oozed for "
        "hours. She was fine after packing and Surgicel, but I now ask 'any new medicines?' "
        "out loud at every visit, even if the form was filled in at reception.",
        [],
    ),
    (
        "Social worker, child and family team. I copied the wrong address into a safety "
        "plan.\n> Case note 2/9/21: whānau hui held at 27 Tawa Crescent, Ōtaki. Grandmother "
        "(Mere Rangi) to have kids Tues/Thurs.\n> Ref: OT-CF-20931\nThe plan went to the "
        "other parent, who was not meant to know where the grandmother lived. We had to move "
        "the kids that week.",
        [
            ("2/9/21", "date"),
            ("27 Tawa Crescent", "place"),
            ("Ōtaki", "place"),
            ("Mere Rangi", "name"),
            ("OT-CF-20931", "record"),
        ],
    ),
    (
        "Physio in an outpatient clinic in Alberta. I progressed a post-op ACL patient to "
        "single-leg hops at week 6 because he was 'ahead of schedule' — he felt a pop and "
        "the graft was later found to be partially torn on MRI. The protocol said 12 weeks "
        "minimum for plyometrics. I got ahead of the evidence because he was keen and I "
        "liked him.",
        [],
    ),
    (
        "Rural GP out past Bellbrae Junction. Mrs Tennant, 79, came in with 'just a bit of "
        "indigestion' and I sent her home with a PPI. She had an inferior STEMI the next "
        "morning and was flown out from the Coorabin Bush Nursing Hospital. She survived. I "
        "should have done the ECG.",
        [
            ("Bellbrae Junction", "place"),
            ("Mrs Tennant", "name"),
            ("79", "age"),
            ("Coorabin Bush Nursing Hospital", "facility"),
        ],
    ),
    (
        "Counsellor at a university health service in New Zealand. I ran 10 minutes over "
        "with a student who'd disclosed SI and the next client left the waiting room before "
        "I came out. I didn't follow up that day. He came back the next week and said he'd "
        "assumed I'd forgotten him. Now reception calls the next person at 5 past if I'm not "
        "out.",
        [],
    ),
    (
        "Hospital pharmacist, overnight. Verified a vanc dose off a weight that was in lb, "
        "not kg.\n> From: Dr. Priya Venkataraman\n> To: Night Pharmacy\n> Subject: step-down "
        "bed 12 — trough 38??\n> Can someone call me at 614-555-0178.\nThe patient (MRN "
        "2290417) had an AKI that took a week to settle. Our Epic weight field now forces "
        "units.",
        [
            ("Dr. Priya Venkataraman", "name"),
            ("614-555-0178", "phone"),
            ("MRN 2290417", "record"),
        ],
    ),
    (
        "School nurse covering three elementary schools in rural Saskatchewan. I missed that "
        "a Grade 2 student's EpiPen had expired in August because I only checked the ones in "
        "the office, not the one in her classroom backpack. Nothing happened, thank God, but "
        "at the next audit I found four more. Now every pen gets a date sticker and a "
        "reminder in my calendar.",
        [],
    ),
    (
        "Home health OT. I recommended a tub transfer bench for Mr. Abernathy without "
        "measuring the tub depth; his wife Lorraine fell using it on 11/18/2022 and "
        "fractured her wrist. They live out on Quarry Hollow Road, 40 minutes from any "
        "urgent care. The agency incident number was HH-22-0847.",
        [
            ("Mr. Abernathy", "name"),
            ("Lorraine", "name"),
            ("11/18/2022", "date"),
            ("Quarry Hollow Road", "place"),
            ("HH-22-0847", "record"),
        ],
    ),
    (
        "PGY-2 in emergency medicine, Ontario. I anchored on anxiety for a woman in her 30s "
        "with palpitations and a HR of 128; she'd been started on the combined pill three "
        "months earlier. CTPA the next day showed bilateral PEs. My attending didn't blame "
        "me, but I go through Wells and PERC out loud now, every time.",
        [],
    ),
    (
        "Counsellor in private practice. A client texted at 11pm:\n> hey its Jess from "
        "thurs. can we move to 9 tmrw? my number changed its 0412 883 915\nI replied from my "
        "personal phone because the work phone was flat, and now she had my number. Not a "
        "disaster, but boundaries took months to re-establish.",
        [
            ("Jess", "name"),
            ("0412 883 915", "phone"),
        ],
    ),
    (
        "General dentist, Texas. Took out a lower left first molar when the referral meant "
        "lower right — the hygienist's charting used a different numbering system from the "
        "oral surgeon's letter. I caught it when I looked at the pano after, not before. We "
        "now read the tooth number aloud, point to it on the film and in the mouth, and the "
        "patient confirms in a mirror.",
        [],
    ),
    (
        "Hospital social worker. I faxed a discharge referral to the wrong home care "
        "office.\n> Re: Gordon Whitfield, DOB 04/02/1941\n> Health card 4417-229-806\n> "
        "Lives alone, 88 Millrace Lane, Perth, ON — needs daily PSW visits\nIt sat in an "
        "unattended fax tray for three days. He went home with no support and was "
        "readmitted.",
        [
            ("Gordon Whitfield", "name"),
            ("04/02/1941", "date"),
            ("4417-229-806", "record"),
            ("88 Millrace Lane", "place"),
            ("Perth, ON", "place"),
        ],
    ),
    (
        "Physio on a rehab ward in Victoria. I mobilised a patient with a Hb of 71 because "
        "the overnight results weren't on the whiteboard yet, and he went grey and syncopal "
        "halfway to the bathroom. Caught him, no injury. I now check the pathology screen "
        "myself before any first mobilisation of the day rather than trusting handover.",
        [],
    ),
    (
        "GP registrar at Te Arahi Road Medical Centre. I prescribed trimethoprim to a woman "
        "on methotrexate without seeing the interaction alert — it was buried under six "
        "others. Her daughter, Aroha, rang four days later because her mum had mouth ulcers "
        "and a temp. Neutrophils 0.4. She spent a week at Whenuatahi Hospital.",
        [
            ("Te Arahi Road Medical Centre", "facility"),
            ("Aroha", "name"),
            ("Whenuatahi Hospital", "facility"),
        ],
    ),
    (
        "Pharmacist in a community pharmacy in Christchurch. I handed out a blister pack for "
        "the wrong week — the packs for weeks 3 and 4 look identical apart from a small "
        "printed date. The patient took two days of the next week's doses before her carer "
        "noticed. No harm. We now use coloured labels by week and the carer signs on "
        "collection.",
        [],
    ),
    (
        "School nurse at a secondary college. Autocomplete sent a parent email to the wrong "
        "family.\n> Hi Deb,\n> Just a heads up that Kayden had another hypo in PE today (BGL "
        "2.9). He's 14 so I'd like to talk about him carrying his own glucagon.\n> Cheers, "
        "Nurse Fiona — Wattle Ridge Secondary\nThe other Deb had no idea who Kayden was. The "
        "privacy officer got involved.",
        [
            ("Deb", "name"),
            ("Kayden", "name"),
            ("He's 14", "age"),
            ("Nurse Fiona", "name"),
            ("Wattle Ridge Secondary", "facility"),
        ],
    ),
    (
        "Psychologist, group practice in Illinois. I used a client's old diagnosis code on a "
        "superbill after we'd revised it from F43.10 to F43.22 — insurance denied the claim "
        "and the client got a bill for the full fee. I hadn't told her the diagnosis had "
        "changed, so the letter was how she found out. I now review codes in session before "
        "anything goes to billing.",
        [],
    ),
    (
        "I'm the only paediatric dentist at Kinnear Bay Dental, in a town of 4,000, so this "
        "is hard to write anonymously. I over-sedated a 6-year-old with oral midazolam by "
        "calculating on his previous weight, and he desatted to 86% in the chair. We bagged "
        "him briefly and he recovered fully. The college file is 2023-DC-0412.",
        [
            ("the only paediatric dentist at Kinnear Bay Dental", "self"),
            ("6-year-old", "age"),
            ("2023-DC-0412", "record"),
        ],
    ),
    (
        "Child protection caseworker in NSW. I closed a case after two home visits where "
        "everything looked fine, and didn't wait for the school's report, which came in a "
        "week later flagging bruises. The case was re-opened within the month. My supervisor "
        "was kind but clear: a closure is a decision, not an admin task. I wait for every "
        "collateral now, even with a caseload of 30.",
        [],
    ),
    (
        "Home health PT. My visit note said the opposite of what I meant.\n> 3/14/23 — Pt "
        "Harold Beaumont, 81yo, amb 150 ft w/ RW, min A. Safe to be left alone for short "
        "periods.\nI meant NOT safe. The daughter read it on the portal and went to work. He "
        "fell that afternoon. Agency report #QA-5531.",
        [
            ("3/14/23", "date"),
            ("Harold Beaumont", "name"),
            ("81yo", "age"),
            ("QA-5531", "record"),
        ],
    ),
    (
        "Retail pharmacist, night shift, Florida. I counselled the wrong patient on a new "
        "warfarin script — two customers with the same last name picked up within ten "
        "minutes. I read the bag label but didn't confirm date of birth. The second customer "
        "went home with the other person's atorvastatin. Nobody took anything, but it was a "
        "near miss. Two identifiers, every time.",
        [],
    ),
    (
        "Counsellor at a campus wellness centre. I cc'd instead of bcc'd a group email.\n> "
        "To: group list (23 recipients)\n> From: Marc-André Lévesque, MSW, RSW #71104\n> "
        "Subject: Grief support group — room change\nEveryone in the group could see each "
        "other's addresses, and several were students' full names. I reported myself to the "
        "college.",
        [
            ("Marc-André Lévesque", "self"),
            ("RSW #71104", "self"),
        ],
    ),
    (
        "Emergency reg at a regional base hospital in WA. I discharged a teenager with a "
        "sore throat and a rash as viral; I didn't ask about contacts or look at the rash "
        "properly under good light. She came back 18 hours later with meningococcal sepsis. "
        "She survived, but needed skin grafts. I take every febrile rash seriously now.",
        [],
    ),
    (
        "Public health nurse covering schools around Rangiora. A Year 9 girl told me about "
        "her boyfriend, and I documented it in the wrong student's file — another girl with "
        "the same first name, Ana. The file went to Hillcrest Park School's pastoral meeting "
        "on 7 May 2021. The wrong Ana's mum found out before we did.",
        [
            ("Rangiora", "place"),
            ("Ana", "name"),
            ("Hillcrest Park School", "facility"),
            ("7 May 2021", "date"),
        ],
    ),
    (
        "Physio in private practice. I dry-needled someone's upper traps without asking "
        "about their lung history — thin, tall, smoker, textbook risk. She rang that evening "
        "short of breath. Small pneumothorax, managed conservatively. I now screen every "
        "time and angle away from the chest wall, or I just don't needle there.",
        [],
    ),
    (
        "School-based SLP. I emailed a draft IEP to the wrong Mr. Kowalczyk — there are two "
        "families with that name in the district. The draft had Mateo's full diagnosis, his "
        "2nd-grade teacher's notes, and the home phone (708) 555-0143. District privacy case "
        "#PR-24-019.",
        [
            ("Mr. Kowalczyk", "name"),
            ("Mateo", "name"),
            ("(708) 555-0143", "phone"),
            ("PR-24-019", "record"),
        ],
    ),
    (
        "Medical social worker, hospice, Ohio. I told a family their dad qualified for the "
        "general inpatient level of care before checking with the team, and then he didn't. "
        "The family felt lied to. I never promise a level of care, a bed, or a date now — I "
        "say what I'll ask for and when I'll call back.",
        [],
    ),
    (
        "Pharmacist at Bayview Terrace Pharmacy. The Webster-pak for Mr Nguyen was packed "
        "with the old dose of digoxin after his cardiologist halved it. His son Tuan rang on "
        "22/08/2023 saying dad was nauseous and seeing yellow. Level was 3.1. The pharmacy's "
        "packing log number was WP-7719.",
        [
            ("Bayview Terrace Pharmacy", "facility"),
            ("Mr Nguyen", "name"),
            ("Tuan", "name"),
            ("22/08/2023", "date"),
            ("WP-7719", "record"),
        ],
    ),
    (
        "Dental hygienist in British Columbia. I nearly scaled a patient with a prosthetic "
        "heart valve without antibiotic cover because the health history form had 'heart "
        "murmur' crossed out and I assumed the whole line no longer applied. The dentist "
        "caught it before I started. Now we verbally review any crossings-out with the "
        "patient.",
        [],
    ),
    (
        "Family doc at Sweetwater Flats Clinic, population 1,200. I missed a slipped capital "
        "femoral epiphysis in a 12-year-old football player because he complained of knee "
        "pain, not hip. Brody came back two weeks later limping worse and needed pinning. "
        "Board complaint #21-0387.",
        [
            ("Sweetwater Flats Clinic", "facility"),
            ("12-year-old", "age"),
            ("Brody", "name"),
            ("21-0387", "record"),
        ],
    ),
    (
        "AOD counsellor in Melbourne. I wrote a client's relapse up as a 'failure' in my "
        "notes and read it back to him in session without thinking. He went quiet and didn't "
        "come back for a month. Language matters: I now write 'return to use' and review my "
        "notes as if the client is reading them, because sometimes they do.",
        [],
    ),
    (
        "Outpatient therapist, community mental health. A portal message landed in a shared "
        "inbox nobody was watching.\n> MyChart message from Dana Whitlock: I can't do this "
        "anymore, I have the pills counted out\nIt came in at 4:50 on a Friday and I didn't "
        "see it until Monday. Dana was okay — her sister had taken her to St. Bridget's "
        "Behavioral Health. I check every inbox before I leave now.",
        [
            ("Dana Whitlock", "name"),
            ("St. Bridget's Behavioral Health", "facility"),
        ],
    ),
    (
        "School nurse, large high school in California. A sophomore came in with a headache "
        "after a soccer header, and I sent her back to class with ibuprofen without a "
        "concussion screen because it was 2:55 and the bell was about to ring. Mom took her "
        "to the ER that evening with vomiting. Concussion, no bleed. We do the SCAT6 on "
        "every head knock now, whatever the time.",
        [],
    ),
    (
        "Physio at Pinegrove Physiotherapy in Deep River. I did a cervical manipulation on "
        "Mrs. Ferreira without a proper VBI screen because my colleague Kyle had manipulated "
        "her before. She had dizziness and diplopia that evening. Thankfully it resolved, "
        "but I filed incident CPO-INC-3309 on 9 January 2024.",
        [
            ("Pinegrove Physiotherapy", "facility"),
            ("Deep River", "place"),
            ("Mrs. Ferreira", "name"),
            ("Kyle", "name"),
            ("CPO-INC-3309", "record"),
            ("9 January 2024", "date"),
        ],
    ),
    (
        "Pharmacist in Nova Scotia. I renewed a patient's hydromorphone under our "
        "prescribing authority without checking the PMP, and she'd had two other prescribers "
        "fill the same week. It was caught at the next pharmacy, not mine. Embarrassing and "
        "a real risk. I check the monitoring program before every opioid now.",
        [],
    ),
    (
        "Counsellor, kaupapa Māori service. I forwarded a referral without stripping the "
        "header.\n> From: Hemi Walker <hemi.walker@northlandwhanau.org.nz>\n> Referral: Tama "
        "Pōtae, 17, Kaitāia — whānau report threats\nThe person I forwarded it to knew "
        "Tama's uncle. Small place; everyone's related. We had to do a safety review.",
        [
            ("Hemi Walker", "name"),
            ("hemi.walker@northlandwhanau.org.nz", "email"),
            ("Tama Pōtae", "name"),
            ("17", "age"),
            ("Kaitāia", "place"),
        ],
    ),
    (
        "House officer on nights. I charted IV potassium as 40 mmol over 1 hour through a "
        "peripheral line when the guideline said max 10 mmol/hr peripherally. The nurse "
        "questioned it, I said 'it's fine', and she was right to push back — she went to the "
        "reg. I apologised the next night. Listen to the nurse.",
        [],
    ),
    (
        "Dentist. Referral letter to the oral surgeon, which I wrote in a rush:\n> Dear Dr "
        "Halloran,\n> Please see Ms Sienna Cartwright, 24, re: impacted 38. Medical hx "
        "nil.\n> Kind regards, Dr Ben Takahashi, Ironbark Creek Family Dental\nMedical hx "
        "was not nil: she was on a bisphosphonate for a bone condition. The surgeon found "
        "out at consult, thankfully.",
        [
            ("Dr Halloran", "name"),
            ("Sienna Cartwright", "name"),
            ("24", "age"),
            ("Ben Takahashi", "self"),
            ("Ironbark Creek Family Dental", "facility"),
        ],
    ),
    (
        "Art therapist at a children's hospital in Quebec. I displayed kids' artwork in the "
        "hallway with their first names on it, thinking it was sweet — one piece showed a "
        "child's home and family in a way a visiting relative recognised. Nothing serious "
        "came of it, but I no longer put names on displayed work and I ask the families "
        "first.",
        [],
    ),
    (
        "Community social worker. Left my work phone on the Gillespies' kitchen bench after "
        "a home visit in Wangaratta South. By the time I got it back, their 16-year-old had "
        "read my notes about her dad. Incident report IR-2022-4418.",
        [
            ("Gillespies", "name"),
            ("Wangaratta South", "place"),
            ("16-year-old", "age"),
            ("IR-2022-4418", "record"),
        ],
    ),
    (
        "PT in a SNF in Pennsylvania. I used the Hoyer lift with a sling one size too big "
        "because the right size was in the laundry; the resident slipped partway through and "
        "we lowered her to the floor. No injury, but it was close. Sling size is on the care "
        "plan now and there's a spare of every size on each unit.",
        [],
    ),
    (
        "Independent pharmacy in rural Kansas. I called a prescriber's office to clarify a "
        "dose and left a voicemail with the patient's name and diagnosis — but I'd "
        "transposed two digits and dialled 785-555-0196. Mrs. Ledbetter's HIV status ended "
        "up on a stranger's voicemail. I self-reported to the board on June 3rd, 2022.",
        [
            ("785-555-0196", "phone"),
            ("Mrs. Ledbetter", "name"),
            ("June 3rd, 2022", "date"),
        ],
    ),
    (
        "School counselor, middle school in Georgia. I promised a 7th grader I wouldn't tell "
        "anyone what she told me before I knew what it was. It was self-harm. I had to break "
        "that promise the same afternoon, and she didn't speak to me for the rest of the "
        "semester. Never promise confidentiality before you've heard it.",
        [],
    ),
    (
        "Endocrinologist. My inbox auto-released a result to the wrong patient portal "
        "account.\n> https://portal.northbaymedical.ca/results/884120\n> Patient: Evelyn "
        "Sorensen — TSH <0.01, free T4 48\nThe other account belonged to someone with the "
        "same surname on the same street, Larch Avenue. The hospital privacy case is "
        "PRIV-2024-066.",
        [
            ("https://portal.northbaymedical.ca/results/884120", "url"),
            ("Evelyn Sorensen", "name"),
            ("Larch Avenue", "place"),
            ("PRIV-2024-066", "record"),
        ],
    ),
    (
        "Social worker in a hospital in Auckland. I booked a family meeting about "
        "withdrawing treatment and forgot to arrange a Samoan interpreter, assuming the son "
        "would translate. He was grieving and didn't want to be the one saying it to his "
        "mother. We rescheduled. Never use family as interpreters for the big conversations.",
        [],
    ),
    (
        "School nurse. I handed a student the wrong inhaler on a field trip to Bonnechere "
        "Caves on 12 October 2023 — the bag labelled for Liam Okonkwo-Barrett had his "
        "brother's Flovent in it, not his Ventolin. Liam was 9 and wheezing; the Flovent did "
        "nothing. The bus driver called 911.",
        [
            ("Bonnechere Caves", "place"),
            ("12 October 2023", "date"),
            ("Liam Okonkwo-Barrett", "name"),
            ("was 9", "age"),
        ],
    ),
    (
        "Dentist in a small-town practice in Southland. I prescribed amoxicillin to a "
        "patient whose penicillin allergy was only written on the paper file, not in the new "
        "software, because our migration didn't carry the alerts across. She came back with "
        "hives. I audited every allergy field by hand over the next fortnight.",
        [],
    ),
    (
        "Therapist, solo practice. I sent an appointment reminder to a client's old "
        "number.\n> Hi Trevor, reminder of your session w/ Dr. Amy Lindqvist tomorrow at "
        "3pm. Reply C to confirm.\nThe new owner of that number was his ex-wife's brother. "
        "The divorce was half of what we were working on.",
        [
            ("Trevor", "name"),
            ("Amy Lindqvist", "self"),
        ],
    ),
    (
        "Hospital pharmacist in South Australia. I didn't catch that a patient's enoxaparin "
        "was dosed on actual body weight when her eGFR was 22. Anti-Xa came back high and "
        "she had a haematoma at the injection site. I now run a checklist for every LMWH: "
        "weight, renal function, indication, platelets.",
        [],
    ),
    (
        "Physio at Ngarra Sports Medicine in Mount Barker. Cleared a 17yo footballer to "
        "return after a hamstring strain without doing the repeated sprint test. Re-tore it "
        "in the final on Saturday 16 September. His coach, Robbo, still doesn't talk to me.",
        [
            ("Ngarra Sports Medicine", "facility"),
            ("Mount Barker", "place"),
            ("17yo", "age"),
            ("Saturday 16 September", "date"),
            ("Robbo", "name"),
        ],
    ),
    (
        "Hospitalist, Midwest. I signed out a patient as 'stable, nothing to do' when his "
        "sodium had dropped from 131 to 124 in twelve hours. The night resident had no "
        "reason to check. He seized at 03:10. Sign-out should include trends, not just "
        "numbers. I use I-PASS properly now.",
        [],
    ),
    (
        "LPC, community agency. A case note of mine went out verbatim:\n> 10/02/2023 — "
        "Client (Ray Donnelly, DOB 5/5/1979) reports ongoing DV from partner Shonda. Safety "
        "plan reviewed. Next appt 10/09.\nThe partner requested the records through a lawyer "
        "and got the note. I should have known the release process better.",
        [
            ("10/02/2023", "date"),
            ("Ray Donnelly", "name"),
            ("5/5/1979", "date"),
            ("Shonda", "name"),
            ("10/09", "date"),
        ],
    ),
    (
        "School nurse at a primary school in Tasmania. I gave a child's midday insulin "
        "without checking the carb count the teacher's aide had written, which was for the "
        "wrong lunchbox. BGL dropped to 3.1 by 2pm. She was treated with jelly beans and was "
        "fine. Two-person check on every insulin dose now, even at school.",
        [],
    ),
    (
        "Rural GP, West Coast. I read a CXR for Mr Rewi Tautahi as clear; the radiologist's "
        "report from Greymouth came 10 days later flagging a mass. He lives up at Kōtuku "
        "Bluff, an hour's drive each way, so we lost a lot of time. HDC complaint ref "
        "23HDC01192.",
        [
            ("Mr Rewi Tautahi", "name"),
            ("Greymouth", "place"),
            ("Kōtuku Bluff", "place"),
            ("23HDC01192", "record"),
        ],
    ),
    (
        "OT in acute care, Manitoba. I recommended discharge home with a walker for a man in "
        "his 80s without doing a stair assessment; I didn't know his bathroom was upstairs. "
        "He slept on the couch for two weeks and used a bucket. Family were furious, "
        "rightly. I ask 'walk me through your house' now, room by room.",
        [],
    ),
    (
        "Hospital pharmacist. Sent a TDM summary to the wrong distribution list.\n> To: "
        "icu-pharm-all@rcvhospital.ca\n> Gentamicin levels for Beatrice Osei (bed 4, Ward 3C "
        "at Riverview Community), trough 2.8\nThe list included a student who turned out to "
        "be Beatrice's neighbour.",
        [
            ("icu-pharm-all@rcvhospital.ca", "email"),
            ("Beatrice Osei", "name"),
            ("Ward 3C at Riverview Community", "facility"),
        ],
    ),
    (
        "Counsellor in Wellington. I gave a client a CBT worksheet with the previous "
        "client's answers still on the back. Only first-person notes about anxiety, no "
        "names, but still. I shred every sheet after scanning now and print fresh for each "
        "person. Such a small thing, and it felt huge.",
        [],
    ),
    (
        "Home health MSW in eastern Kentucky. I told Mrs. Pruitt's son about her advance "
        "directive before confirming he was the healthcare surrogate — he wasn't, his sister "
        "Darlene was. They live at the end of Lick Branch Road and the siblings haven't "
        "spoken in years. The agency grievance ID was G-6823.",
        [
            ("Mrs. Pruitt", "name"),
            ("Darlene", "name"),
            ("Lick Branch Road", "place"),
            ("G-6823", "record"),
        ],
    ),
    (
        "Physio on a cardiac ward. I walked a post-CABG patient without checking his sternal "
        "precautions had been explained, and he pushed up from the chair with both arms. "
        "Sternal click the next day. Not a dehiscence, but close. I re-teach precautions "
        "before every first mobilisation now.",
        [],
    ),
    (
        "Psychiatrist, private rooms. My practice manager sent a letter using the wrong "
        "portal template.\n> Dear Mr Fitzgerald,\n> Re: your son Declan (DOB 19/11/2006)\n> "
        "Medicare no. 2953 17481 2\nDeclan was 18 by then, and hadn't consented to his "
        "father getting anything.",
        [
            ("Mr Fitzgerald", "name"),
            ("Declan", "name"),
            ("19/11/2006", "date"),
            ("2953 17481 2", "record"),
            ("was 18", "age"),
        ],
    ),
    (
        "Pharmacist at a long-term care pharmacy in Arizona. I missed a duplicate therapy: "
        "the resident was on both quetiapine and olanzapine because the hospital discharge "
        "list and the facility's list were merged without reconciliation. She was "
        "over-sedated for a week. We now require a pharmacist reconciliation call on every "
        "readmission.",
        [],
    ),
    (
        "I'm the only nurse for the whole of the Cedar Bluff Unified district, so anyone "
        "local will know it's me. I forgot to send home the scoliosis screening referral for "
        "a 13-year-old in 8th grade. By the time her mom brought her in herself, the curve "
        "was 42°. Her name was Maddie and I think about her a lot.",
        [
            ("the only nurse for the whole of the Cedar Bluff Unified district", "self"),
            ("13-year-old", "age"),
            ("Maddie", "name"),
        ],
    ),
    (
        "Oral surgeon in Perth. I did a wisdom tooth extraction under IV sedation and "
        "discharged the patient to a friend who turned out to be 'just dropping her off' and "
        "then left. She took a taxi home alone, still drowsy. Now we phone the escort before "
        "sedation, confirm they'll stay, and don't start until they're in the waiting room.",
        [],
    ),
    (
        "Family therapist. I saw the Bouchards for couples work and in the third session "
        "accidentally called Mrs. Bouchard by her husband's ex's name, Geneviève. That ex "
        "came up a lot. They didn't come back. I was tired and overbooked — 9 clients that "
        "Tuesday.",
        [
            ("the Bouchards", "name"),
            ("Mrs. Bouchard", "name"),
            ("Geneviève", "name"),
        ],
    ),
    (
        "Child welfare worker in Ontario. I did a home visit solo when policy was two "
        "workers for any home with a history of violence, because my partner was off sick "
        "and I didn't want to reschedule a third time. Dad came home early and it got tense. "
        "I left, no one hurt. I reschedule now, no matter how many times.",
        [],
    ),
    (
        "Peds resident. I emailed my attending a photo of a rash from my personal phone.\n> "
        "From: jlee.peds@gmail.com\n> Subject: 4mo w/ rash — Harper, bed 22\n> Dr. "
        "Osterberg, pic attached, thoughts?\nThe photo had her hospital bracelet in frame "
        "with MRN 10448273 on it. IT flagged it a week later.",
        [
            ("jlee.peds@gmail.com", "email"),
            ("4mo", "age"),
            ("Harper", "name"),
            ("Dr. Osterberg", "name"),
            ("MRN 10448273", "record"),
        ],
    ),
    (
        "Speech pathologist in a hospital in Brisbane. I upgraded a stroke patient from "
        "minced-moist to soft and bite-sized after a single good session, without re-doing "
        "the swallow trial at a different time of day. He coughed through dinner and spiked "
        "a temp the next morning. Aspiration pneumonia. Fatigue matters; one good session "
        "isn't enough.",
        [],
    ),
    (
        "Pharmacist at Kōwhai Street Pharmacy. I gave out a methadone takeaway to Shane's "
        "partner without written authority from the prescriber. Shane, 34, had been on the "
        "programme at Te Awa Community Alcohol and Drug Service since March. The partner "
        "used it. Incident number PH-NZ-2233.",
        [
            ("Kōwhai Street Pharmacy", "facility"),
            ("Shane", "name"),
            ("34", "age"),
            ("Te Awa Community Alcohol and Drug Service", "facility"),
            ("PH-NZ-2233", "record"),
        ],
    ),
    (
        "Family doctor in Nova Scotia. I refilled a patient's lithium for a year without "
        "ordering levels because she 'felt fine' and I was behind on charting. Level came "
        "back at 1.6 when she finally had bloodwork for something else, with a TSH through "
        "the roof. Every lithium patient has a recall in the EMR now.",
        [],
    ),
    (
        "Counsellor, EAP provider. I replied-all to a manager's referral email.\n> From: "
        "Karen Botha <k.botha@dunmoreminerals.com.au>\n> Can you please see Josh from the "
        "Pilbara crew? Phone 08 9144 6627.\nMy reply mentioned Josh's previous sessions with "
        "us, which his manager didn't know about.",
        [
            ("Karen Botha", "name"),
            ("k.botha@dunmoreminerals.com.au", "email"),
            ("Josh", "name"),
            ("08 9144 6627", "phone"),
        ],
    ),
    (
        "School nurse at a large high school in Hamilton. I let a Year 11 student "
        "self-administer her Ritalin from a bottle she kept in her bag, which was against "
        "policy, because she seemed 'responsible'. Turned out she was selling some. All "
        "controlled meds are kept in the office and counted weekly now.",
        [],
    ),
    (
        "PT at Granite Peaks Physical Therapy. I missed red flags in a 58-year-old with 'low "
        "back pain' — night pain, weight loss, history of prostate cancer. He was Mr. "
        "Delgado, a retired teacher from Silver Plume. Metastatic cord compression was "
        "diagnosed 3 weeks later.",
        [
            ("Granite Peaks Physical Therapy", "facility"),
            ("58-year-old", "age"),
            ("Mr. Delgado", "name"),
            ("Silver Plume", "place"),
        ],
    ),
    (
        "Marriage and family therapist in Washington state. I did a telehealth session "
        "without confirming the client was alone; her partner was in the next room and heard "
        "her talk about leaving. She messaged later that night that she was safe, but I "
        "shudder to think. I ask 'are you somewhere private?' and agree a code word before "
        "any DV work online now.",
        [],
    ),
    (
        "Hospital SW, discharge planning. Our referral to a long-term care home:\n> "
        "Applicant: Wilfred Ashdown, 91\n> Preferred home: Maple Hollow Lodge, Gananoque\n> "
        "Contact: son Neil, (613) 555-0127\nI attached the wrong psych consult — it belonged "
        "to another patient and described aggression he'd never shown. He was refused a bed.",
        [
            ("Wilfred Ashdown", "name"),
            ("91", "age"),
            ("Maple Hollow Lodge", "facility"),
            ("Gananoque", "place"),
            ("Neil", "name"),
            ("(613) 555-0127", "phone"),
        ],
    ),
    (
        "Community pharmacist, small chain in Alberta. I gave a flu shot without opening the "
        "patient's profile because I was doing 40 shots in a clinic day. It turned out fine, "
        "and the old egg allergy on there isn't a contraindication any more, but what "
        "bothered me was that I didn't read the profile at all. Slow down.",
        [],
    ),
    (
        "Dentist at Brightwater Family Dentistry. Our front desk posted a 'happy patient' "
        "photo without consent — https://instagram.com/brightwaterfamilydentistry/p/Cx82kLm "
        "— and the patient, Rosalind Imbert, was visible in the chair with her treatment "
        "plan on the screen behind her. She found it on 2/27/2024.",
        [
            ("Brightwater Family Dentistry", "facility"),
            ("https://instagram.com/brightwaterfamilydentistry/p/Cx82kLm", "url"),
            ("Rosalind Imbert", "name"),
            ("2/27/2024", "date"),
        ],
    ),
    (
        "GP in suburban Sydney. I started a teenager on an SSRI and didn't book a 1-week "
        "follow-up, just 'see you in a month'. Her mum called after 10 days because she felt "
        "worse, with new suicidal thoughts. She was okay. The black box warning exists for a "
        "reason, and so does early review.",
        [],
    ),
    (
        "School nurse. A parent texted my personal cell because it was on an old field trip "
        "form.\n> this is Tasha, Jaylen's mom. he took 2 of his seizure pills this morning "
        "by mistake, is he ok to be at school??\nI answered from home at 7am without "
        "consulting the prescriber. Jaylen had a drowsy day and slept in my office at "
        "Pinecrest Middle. I was lucky.",
        [
            ("Tasha", "name"),
            ("Jaylen", "name"),
            ("Pinecrest Middle", "facility"),
        ],
    ),
    (
        "Physiotherapist in a hospital in Quebec. I used a therapeutic ultrasound unit that "
        "was overdue for calibration; the tag said so, I just didn't look. The patient "
        "complained of burning halfway through. Superficial, no blister. We do a pre-use "
        "check sheet now and an overdue unit gets taped off.",
        [],
    ),
    (
        "Psychologist. I left a client file on the passenger seat while I stopped for coffee "
        "in Hood River; the car got broken into. The file was for Emmett Sato, a 16yo, and "
        "included his school (Cascade Locks Middle School) and his safety plan. Police "
        "report number 23-HR-4412.",
        [
            ("Hood River", "place"),
            ("Emmett Sato", "name"),
            ("16yo", "age"),
            ("Cascade Locks Middle School", "facility"),
            ("23-HR-4412", "record"),
        ],
    ),
    (
        "Hospital social worker in Adelaide. I signed as witness on an advance care "
        "directive when I was also the patient's allocated worker, which our policy doesn't "
        "allow. The directive had to be redone. Not harmful, but the family had to go "
        "through it twice. Check your role before you sign anything.",
        [],
    ),
    (
        "**What happened:** I'm a dental therapist in a school dental service in Waikato. I "
        "applied fluoride varnish to a child whose consent form said 'no' because two kids "
        "had swapped seats and I went by the seating list.\n**What I changed:** name check "
        "with the child, then the form, then the chair — every time.\n**Harm:** none, but "
        "the parent's trust took a hit.",
        [],
    ),
]
