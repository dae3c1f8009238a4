"""Round 5 of issue 14's evaluation: 160 stories (80 safe, 340 spans) from two helpers who
saw only the labeling guide (identifier_round2.md), never the check's rules, corpora or code.
C: students, care assistants, mental-health nurses, addiction counsellors, paramedics,
care-home staff, district and school nurses (USA, England, Jamaica, Ghana, Malaysia,
Ireland); D: pharmacists, radiographers, midwives, surgeons, psychologists, social workers,
dietitians, occupational therapists, optometrists, dentists (Canada, Australia, India,
Pakistan, Hong Kong, Wales). Measured untouched with the rules written against rounds 1 to 4:
see bench/README.md. Entries as in identifier_corpus: (story, [(substring, kind), ...])."""

ROUND_5_C = [
    (
        "LVN at a nursing home in the Texas Panhandle. I gave Mr. Cletus Wayne Harlan his "
        "warfarin 5 mg after his INR came back 4.8 because the lab fax went to the wrong "
        "machine. Our DON, Brenda, reported it, and the state survey named my license, LVN "
        "228813. He had a GI bleed but recovered.",
        [
            ("Mr. Cletus Wayne Harlan", "name"),
            ("Brenda", "name"),
            ("LVN 228813", "self"),
        ],
    ),
    (
        "My first med pass as a nursing student was on 5 West at Buckeye Valley Medical Center. "
        "My patient, Mr. Delmar Pruitt, 68, had Lovenox 40 mg due at 0900 and I drew it up "
        "without checking that his platelets had dropped to 62 overnight. My preceptor, Tasha, "
        "stopped me at the door. I still think about how close it was.",
        [
            ("5 West", "facility"),
            ("Buckeye Valley Medical Center", "facility"),
            ("Mr. Delmar Pruitt", "name"),
            ("68", "age"),
            ("Tasha", "name"),
        ],
    ),
    (
        "## What happened\n- Where: The Beeches, a residential home in Northamptonshire\n- Who: "
        "Arthur (resident, 86) and me, senior carer on nights\n- When: 22nd November 2022, "
        "04:00 round\n\nI gave Arthur his 22:00 paracetamol again at 04:00 because the MAR "
        "wasn't signed. He'd already had 4 g that day. NHS 111 advised monitoring; he was fine. "
        "I count what's left in the blister now, not just signatures.",
        [
            ("The Beeches", "facility"),
            ("Arthur", "name"),
            ("86", "age"),
            ("22nd November 2022", "date"),
        ],
    ),
    (
        "Paramedic in the Phoenix area. A 3yo with a febrile seizure, and I drew up intranasal "
        "midazolam off a Broselow colour I guessed rather than measured. Almost double. She got "
        "sleepy and sats dipped to 89. At Desert Palms Children's her mom, Marisol, asked why "
        "she was so drowsy, and I told her. PCR #2022-118734 has the whole thing.",
        [
            ("3yo", "age"),
            ("Desert Palms Children's", "facility"),
            ("Marisol", "name"),
            ("2022-118734", "record"),
        ],
    ),
    (
        "School nurse in Lancashire. Year 7 student Kai Donnelly, 11, told me at a drop-in "
        "about his dad's drinking. I wrote it up but didn't make the MASH referral that day "
        "because I was covering Ashgrove Academy and Pendlemoor High. By Monday he'd been hurt. "
        "The safeguarding lead, Mrs Varley, asked why. I had no good answer.",
        [
            ("Kai Donnelly", "name"),
            ("11", "age"),
            ("Ashgrove Academy", "facility"),
            ("Pendlemoor High", "facility"),
            ("Mrs Varley", "name"),
        ],
    ),
    (
        "CNA in a long-term care facility in rural Wisconsin. I did a Hoyer transfer on my own "
        "because my partner was on break. The sling wasn't hooked properly on one side and she "
        "tipped. I caught her. No injury, lots of fear. Policy says two people for a Hoyer for "
        "a reason, and I told my charge nurse straight away.",
        [],
    ),
    (
        "School nurse covering three primaries in Birmingham. I trained the Year 4 staff on the "
        "EpiPen but kept an expired real pen in the same pouch as the trainer. Weeks later a TA "
        "grabbed the wrong one during a refresher and injected her own thigh: adrenaline, a "
        "racing heart, a scare in the staffroom. Trainers are labelled in red now and never "
        "share a bag with the real thing.",
        [],
    ),
    (
        "Final-year medical student in Accra. I took blood for a malaria RDT and FBC from two "
        "febrile children on the same tray and labelled the tubes after I'd left the bedside. "
        "The FBCs came back swapped: Hb 6.2 and Hb 11.8. The house officer caught it before "
        "anyone was transfused. Label at the bedside, one patient at a time; I say it to the "
        "juniors now.",
        [],
    ),
    (
        "EMT with the National Ambulance Service in the Volta Region. A woman in labour, G4P3, "
        "bled heavily on the drive and I didn't start fundal massage because I was focused on a "
        "second IV line. By the time we reached the regional hospital she'd lost an estimated "
        "1.2 litres. She needed two units but did well. Oxytocin and a hand on the fundus "
        "before anything else now.",
        [],
    ),
    (
        "Patient care assistant at a public hospital in Kingston. I took a man in his 60s to "
        "the bathroom without checking his cannula was capped and secured; it pulled and bled "
        "all over the floor. He got anxious, BP went up to 180/100, and the nurse had to "
        "re-site it. Small thing, I know, but I look at every line before moving anyone now, "
        "even to the toilet.",
        [],
    ),
    (
        "Assistant medical officer on the ambulance in Penang. Man in his 50s with chest pain: "
        "I gave aspirin 300 mg and GTN but didn't ask about sildenafil. He'd taken it the night "
        "before. BP dropped to 80 systolic. IV fluids, legs up, and he recovered in the red "
        "zone. I ask about PDE-5 inhibitors every time now, even when the wife is in the room.",
        [],
    ),
    (
        "Community health nurse in the Northern Region. During a polio campaign I chalked a "
        "house as done before the last child, a baby on her mother's back, had her drops. The "
        "supervisor caught it on the tally sheet because the numbers didn't match. We went back "
        "that evening. Tally first, chalk last.",
        [],
    ),
    (
        "BSN student in Iowa, med-surg clinical. I gave insulin lispro because it was on the "
        "MAR for 0730, but the tray hadn't arrived. It came at 0845. BG dropped to 58, treated "
        "with juice and crackers per protocol, rechecked at 71. My instructor made me write out "
        "onset, peak and duration for every insulin we stock. I still have that index card.",
        [],
    ),
    (
        "Call taker with the national ambulance service in Ireland. A woman rang about her "
        "husband, Séamus, collapsed at the back of the mart in Drumcashel. I sent the crew to "
        "the other Drumcashel, over the county line. Eleven minutes extra. He'd a STEMI and "
        "made it. His wife's number, 085 332 0917, is still stuck in my head.",
        [
            ("Séamus", "name"),
            ("Drumcashel", "place"),
            ("085 332 0917", "phone"),
        ],
    ),
    (
        "EMT in Montego Bay. Motorbike crash, and I took the helmet off alone without in-line "
        "stabilisation because he was vomiting. My partner shouted at me. The CT later was "
        "clear, thank God. I know the technique (two people, one holding the head) but panic "
        "makes you forget. We practise it monthly now.",
        [],
    ),
    (
        "Call-taker, county 911 center in central Pennsylvania. The caller gave a callback "
        "number of 814-555-0172 and then the line dropped. I transposed two digits calling back "
        "and reached a stranger. It took six minutes to get a Phase II location. The patient, "
        "Harold Kline, was on his kitchen floor on Schoolhouse Lane in Millers Gap. He "
        "survived. I read callback numbers back first thing now.",
        [
            ("814-555-0172", "phone"),
            ("Harold Kline", "name"),
            ("Schoolhouse Lane", "place"),
            ("Millers Gap", "place"),
        ],
    ),
    (
        "Second-year adult nursing student on a surgical ward in Manchester. I added up a NEWS2 "
        "of 3 by hand on the paper chart for a post-op man and scored his new confusion as "
        "zero. The real score was 6. My practice assessor spotted it within the hour and "
        "outreach came; he had early sepsis, lactate 3.8. I recount every score aloud now.",
        [],
    ),
    (
        "Home health nurse in rural Louisiana. I taught a man to self-inject enoxaparin and "
        "didn't watch a return demo because the visit was running late. At the next visit his "
        "belly was covered in bruises; he'd been pushing the air bubble out and jabbing "
        "straight in. Teach-back, not tell-back.",
        [],
    ),
    (
        "911 telecommunicator in south Georgia. A caller said her grandson Dre wasn't breathing "
        "right at 2218 Pecan Hollow Rd. I typed the house number backwards and sent the unit to "
        "the wrong end of the road. Four minutes lost. He was okay, but the QA review (ticket "
        "CAD-23-081944) listed it plainly. I read every address back twice now.",
        [
            ("Dre", "name"),
            ("2218 Pecan Hollow Rd", "place"),
            ("CAD-23-081944", "record"),
        ],
    ),
    (
        "District nurse in north Devon. My handover note for the evening team read:\n> Mr "
        "Hollis, Flat 3 Gorse Court, Barnstaple Rd - syringe driver recharged 14:00, oxycodone "
        "10mg/midazolam 5mg\nIt was actually due at 16:00; I'd written the time I meant to go. "
        "The evening nurse trusted my note and he went two hours without. His wife, Rita, rang "
        "the out-of-hours line. I now copy the time off the T34 screen, not out of my head.",
        [
            ("Mr Hollis", "name"),
            ("Flat 3 Gorse Court, Barnstaple Rd", "place"),
            ("Rita", "name"),
        ],
    ),
    (
        "Caregiver at Gracefield Nursing Home in Manchester parish. Mr. Ransford 'Bredda' "
        "Clarke, 79, had his tablets crushed in porridge every morning, and I crushed his "
        "nifedipine retard too, not knowing slow-release shouldn't be crushed. He got dizzy and "
        "fell against the wardrobe. Nurse Whyte found him. I phoned his son at 876-555-0198 "
        "myself to explain.",
        [
            ("Gracefield Nursing Home", "facility"),
            ("Mr. Ransford 'Bredda' Clarke", "name"),
            ("79", "age"),
            ("Nurse Whyte", "name"),
            ("876-555-0198", "phone"),
        ],
    ),
    (
        "Public health nurse in west Cork. I visited a new baby at Ardnagree, Coolbawn, P72 "
        "HX40 and weighed her on scales I hadn't zeroed after weighing the changing bag, so I "
        "recorded a gain that wasn't there. Her mam, Aoife, brought her to the GP two weeks "
        "later because she wasn't feeding, and she'd actually lost weight. I zero the scales "
        "with the blanket on now.",
        [
            ("Ardnagree, Coolbawn", "place"),
            ("P72 HX40", "place"),
            ("Aoife", "name"),
        ],
    ),
    (
        "Level 300 nursing student at Nkwantanan Government Hospital. Auntie Akua, 63, was due "
        "IV ceftriaxone and I reconstituted it with the lignocaine that was for the IM orders, "
        "because both were on the trolley. My tutor, Mr Boateng, spotted the vial before I "
        "connected it. Her folder number, 0447/21, is still in my pocket book next to the "
        "lesson.",
        [
            ("Nkwantanan Government Hospital", "facility"),
            ("Auntie Akua", "name"),
            ("63", "age"),
            ("Mr Boateng", "name"),
            ("0447/21", "record"),
        ],
    ),
    (
        "HCA on Acorn Ward (older adults) at Heathfield General. Nobby on nights told me bed 9 "
        "was 'nil by mouth, don't bother with breakfast'. It was bed 8. So Mrs Dorothy Pyke, "
        "91, missed breakfast but still got her morning gliclazide, and she was hypo by "
        "lunchtime. I should have checked the board myself instead of relying on Nobby.",
        [
            ("Acorn Ward", "facility"),
            ("Heathfield General", "facility"),
            ("Nobby", "name"),
            ("Mrs Dorothy Pyke", "name"),
            ("91", "age"),
        ],
    ),
    (
        "Student paramedic on placement with a crew out of Hollin Bridge ambulance station. We "
        "went to a 19-year-old in student halls on Roper Street who'd taken sertraline. I told "
        "my mentor, Kev, she'd said 'ten tablets'. She'd said 'two packs'. Kev caught it from "
        "the boxes in the bin. Her name was Chloe and she was fine; I think about what my "
        "number might have done in ED.",
        [
            ("Hollin Bridge ambulance station", "facility"),
            ("19-year-old", "age"),
            ("Roper Street", "place"),
            ("Kev", "name"),
            ("Chloe", "name"),
        ],
    ),
    (
        "Night shift, Band 3 HCA in a nursing home outside Leeds. At 03:10 the lady in room 12 "
        "buzzed and I told her I'd be back in five minutes after the double-up in room 4. I "
        "forgot. By the time I got back at 03:50 she'd tried to get to the toilet herself and "
        "was on the floor. No injury, but her Waterlow and falls scores were already high and I "
        "knew it. I did the Datix, told the nurse in charge, and now I write every 'back in "
        "five' on my glove.",
        [],
    ),
    (
        "Diploma nursing student, Year 2, posting at a district hospital in Pahang. I did a "
        "capillary BSL on a finger that still had hand sanitiser on it and charted 22.4 mmol/L. "
        "The staff nurse was about to call the MO for sliding-scale insulin when she asked me "
        "to repeat it after washing: 8.6. Wash and dry first, always.",
        [],
    ),
    (
        "Home health RN in eastern Kentucky. I went to the wrong trailer on Hatfield Branch "
        "Road because the two Combs brothers live side by side, and I'd started wound care on "
        "Earl before realising the order was for Delbert. Same surname, same birth month, "
        "different wounds. The agency occurrence report is OR-2219. I check DOB at the door "
        "now, even when I'm sure.",
        [
            ("Hatfield Branch Road", "place"),
            ("Combs", "name"),
            ("Earl", "name"),
            ("Delbert", "name"),
            ("OR-2219", "record"),
        ],
    ),
    (
        "HCA in a nursing home in Galway. I hoisted a resident with the medium sling when her "
        "care plan said large, because the large was in the wash. She slipped a little; I got "
        "her down on the bed safely, but her arm was bruised. The DON asked me why I didn't "
        "wait. Honestly, I was behind on the 08:00 round. I wait now.",
        [],
    ),
    (
        "Community nurse doing school health visits in Johor. I gave a Standard 6 girl, Nur "
        "Aisyah binti Kamal, the HPV dose meant for her twin because they'd swapped places in "
        "the queue as a joke. Both were sorted out in the end, but the register at SK Taman "
        "Cempaka had to be corrected and I had to phone the father on 017-662 4081. I check the "
        "MyKid number on every child now.",
        [
            ("Nur Aisyah binti Kamal", "name"),
            ("SK Taman Cempaka", "facility"),
            ("017-662 4081", "phone"),
        ],
    ),
    (
        "I'm the only nurse at Bethel Hill High in St. Mary, so that alone tells you who I am. "
        "A grade 9 boy, Tajay, came to the sick bay with a headache and I gave him Panadol "
        "without checking his form. His mother, Mrs. Gayle, had written 'no medication without "
        "calling me' and left her number, 876-555-0211. She was angry, and right.",
        [
            ("the only nurse at Bethel Hill High", "self"),
            ("Tajay", "name"),
            ("Mrs. Gayle", "name"),
            ("876-555-0211", "phone"),
        ],
    ),
    (
        "Final-year med student in KL. I emailed my case write-up, with the patient's IC number "
        "and HIV status, from my uni account to my personal address, afiq.hakim92@gmail.com, so "
        "I could finish it at home. The subject line was 'Mr Lim Chee Keong bed 14'. My "
        "lecturer noticed when I forwarded it to her. The PDPA talk from first year suddenly "
        "felt very real.",
        [
            ("afiq.hakim92@gmail.com", "email"),
            ("Mr Lim Chee Keong", "name"),
        ],
    ),
    (
        "Third-year student on Ward 4B at Blue Mahoe Regional Hospital. Ms. Hyacinth Blair, 58, "
        "had a potassium of 2.9 and IV KCl prescribed. I ran it faster than ordered because the "
        "doctor wanted it finished before shift change. She complained of a burning arm and "
        "palpitations and the monitor showed ectopics. My statement is filed under docket "
        "BMR-114502.",
        [
            ("Ward 4B", "facility"),
            ("Blue Mahoe Regional Hospital", "facility"),
            ("Ms. Hyacinth Blair", "name"),
            ("58", "age"),
            ("BMR-114502", "record"),
        ],
    ),
    (
        "Ward assistant at a teaching hospital in the Western Region. I emptied a catheter bag "
        "without measuring it because the chart was at the nurses' station. The patient had AKI "
        "and was on strict input/output. That whole morning's urine output was lost. Sounds "
        "small; his creatinine was 412 and the renal team needed that number.",
        [],
    ),
    (
        "AMO on the ambulance out of Hospital Tengku Sari. Call to Jalan Merbah 7, Taman Seri "
        "Indah: a 60-year-old man, Mr Gopal, unresponsive. His wife said 'sugar patient', so I "
        "gave D50 before checking the glucometer. He was 18 mmol/L and it was a stroke. I lost "
        "minutes to the wrong idea.",
        [
            ("Hospital Tengku Sari", "facility"),
            ("Jalan Merbah 7, Taman Seri Indah", "place"),
            ("60-year-old", "age"),
            ("Mr Gopal", "name"),
        ],
    ),
    (
        "Drug and alcohol worker in a recovery service in the North East. I handed out a "
        "naloxone kit and skipped the demo because the client said he'd 'had one before'. This "
        "one was Nyxoid nasal, not the Prenoxad injection he knew. His partner couldn't work it "
        "when he overdosed. The ambulance got there in time. Demo every kit, every time, "
        "whatever they say.",
        [],
    ),
    (
        "HCA on a stroke unit in the West Midlands. I fed a lady who'd passed the bedside "
        "swallow screen yesterday, but I hadn't noticed the SLT had changed her to IDDSI level "
        "4 that morning. She coughed on the first spoonful of mince. I stopped. I check the "
        "sign above the bed AND the board at every meal now.",
        [],
    ),
    (
        "Crisis line counselor (988) in New Mexico. A caller said he was at his cousin's place "
        "on Calle Piñon in Tierra Blanca, and I didn't get the house number before he hung up. "
        "I posted his first name, Ruben, in our team Slack asking if anyone knew him, and the "
        "link (https://nmcrisis-team.slack.com/archives/C04RX2/p16993) ended up in a "
        "supervisor's report. His name should never have left the record.",
        [
            ("Calle Piñon", "place"),
            ("Tierra Blanca", "place"),
            ("Ruben", "name"),
            ("https://nmcrisis-team.slack.com/archives/C04RX2/p16993", "url"),
        ],
    ),
    (
        "Nurse on a psychiatric ward in Sarawak. The ward went smoke-free and nobody, including "
        "me, thought about the patient on clozapine who had been smoking twenty a day. A week "
        "later he was very sedated and drooling, and the level came back high. Smoking induces "
        "CYP1A2; I'd been taught it but hadn't put it together.",
        [],
    ),
    (
        "Paramedic with an ambulance trust in the East Midlands. An older man had fallen at "
        "home; I checked him over and left him there with a falls referral, but I didn't do a "
        "lying and standing BP. He was back the next night with syncope and new AF. I'd ticked "
        "the JRCALC falls box but not thought about the cause. Postural obs on every faller now.",
        [],
    ),
    (
        "Ambulance EMT in Kumasi. On 7th August 2021 we were called to Adwoa, 32, in labour at "
        "her house in Nkwanta Estates, by Ahenema junction. The baby came in the back of the "
        "ambulance and I wrapped him without drying him properly. His temp was 35.1 when we "
        "reached Abrepo Maternity Home. Dry, then wrap, then skin-to-skin.",
        [
            ("7th August 2021", "date"),
            ("Adwoa", "name"),
            ("32", "age"),
            ("Nkwanta Estates", "place"),
            ("Ahenema junction", "place"),
            ("Abrepo Maternity Home", "facility"),
        ],
    ),
    (
        "LADC at an outpatient program in New England. A client's UDS came back positive for "
        "fentanyl and I raised it in group instead of one-to-one. He walked out and didn't come "
        "back for three weeks. Miller and Rollnick would tell you not to do exactly what I did. "
        "He did come back and we're doing well now, but I lost those three weeks.",
        [],
    ),
    (
        "School nurse in a big district outside Atlanta. A 504 plan said the student could "
        "self-carry albuterol, but I kept the inhaler in the health office because I hadn't "
        "read the updated plan. During PE he got tight and had to walk all the way to me. He "
        "was fine after four puffs with a spacer, but his mom was rightly angry. I re-read "
        "every IHP in August now, not just the new ones.",
        [],
    ),
    (
        "Senior carer in a dementia home in Yorkshire. A resident on Sinemet missed her 06:00 "
        "dose because she was asleep and I thought I'd give it with breakfast at 08:30. By then "
        "she was rigid and couldn't swallow. Parkinson's UK 'Get It On Time' posters are on "
        "every wall now: Parkinson's meds can't wait for breakfast.",
        [],
    ),
    (
        "Student nurse, third year. I signed my mentor's name in the controlled drug register "
        "because she told me to 'just do it, I'm busy'. The ward was Bramble at Wyvern Park "
        "Hospital. My mentor, Staff Nurse Hayley Ormerod (PIN 12H3456E), was investigated, and "
        "so was I.",
        [
            ("Bramble", "facility"),
            ("Wyvern Park Hospital", "facility"),
            ("Hayley Ormerod", "name"),
            ("12H3456E", "record"),
        ],
    ),
    (
        "Third-year student nurse in Kingston. On a busy medical ward I gave metformin 500 mg "
        "to a patient who was NPO for an endoscopy because I read the MAR too fast. Sister "
        "caught it at the bedside, glucose was checked hourly (lowest 4.1 mmol/L) and the scope "
        "still went ahead in the afternoon. I now read the whole kardex line aloud, including "
        "the notes column.",
        [],
    ),
    (
        "Nursing student in New York City, peds rotation. I calculated an amoxicillin dose in "
        "mg/kg using the child's weight in pounds. More than double the dose, almost drawn up. "
        "My instructor asked me to say the weight in kg out loud and I couldn't. I write 'kg' "
        "on everything now, even the napkin I do the math on.",
        [],
    ),
    (
        "Healthcare assistant in Ard Mhuire Nursing Home, Co. Mayo. Our Bridie (Bridget "
        "Gallagher on the chart) was 93 and hard of hearing. I gave her tea while she was lying "
        "nearly flat because she said she was comfy. She aspirated, needed suction and a chest "
        "X-ray. Her nephew, Fr. Liam, came in and was lovely about it, which made it worse.",
        [
            ("Ard Mhuire Nursing Home", "facility"),
            ("Bridie", "name"),
            ("Bridget Gallagher", "name"),
            ("93", "age"),
            ("Fr. Liam", "name"),
        ],
    ),
    (
        "Psych RN in Minnesota. My note from that night:\n> 10/14/2021 2300 Pt (Kyle B., MRN "
        "3390-1172) resting, no SI voiced, q15 checks WNL.\nI copied it forward from the "
        "previous shift. Kyle had actually told the evening tech he had a plan. Nobody was "
        "hurt, but it could easily have gone the other way. Copy-forward is disabled on our "
        "unit at Lakewood Behavioral now, partly because of me.",
        [
            ("10/14/2021", "date"),
            ("Kyle B.", "name"),
            ("MRN 3390-1172", "record"),
            ("Lakewood Behavioral", "facility"),
        ],
    ),
    (
        "Band 5 on a PICU in the south of England. After rapid tranquillisation with IM "
        "lorazepam and haloperidol I didn't do physical obs for an hour because he was asleep. "
        "NICE NG10 is clear about monitoring after RT. When I checked, his RR was 10 and sats "
        "91%. He recovered. Asleep isn't the same as safe.",
        [],
    ),
    (
        "Nursing student in Georgia. I emailed my clinical instructor "
        "(prof.hwalker@nwgatech.edu) a care plan with my patient's full name, Mr. Roosevelt "
        "Jenkins, in the subject line. She met me on March 3rd 2023 and explained, kindly, that "
        "it was a HIPAA breach. Initials only now, and not even those in a subject line.",
        [
            ("prof.hwalker@nwgatech.edu", "email"),
            ("Mr. Roosevelt Jenkins", "name"),
            ("March 3rd 2023", "date"),
        ],
    ),
    (
        "Community health nurse at Adumasa CHPS compound. A mother brought her 9-month-old, "
        "Yaw, for his jabs and I gave a vaccine he wasn't due because I misread the Child "
        "Health Record. I called his mum on 024 553 8170 to explain. Our District Director "
        "wrote it in the AEFI book. Read the card twice.",
        [
            ("Adumasa CHPS compound", "facility"),
            ("9-month-old", "age"),
            ("Yaw", "name"),
            ("024 553 8170", "phone"),
        ],
    ),
    (
        "Registered mental nurse at Asuboni Psychiatric Hospital. Kofi Ampofo, 27, was brought "
        "in by family from their compound at Abora Junction. I didn't do a proper search at "
        "admission and his brother had left a razor in his bag. He cut his forearm that night; "
        "superficial, sutured. Mr Tetteh, our ward in-charge, wrote it up as incident "
        "2023/MH/057.",
        [
            ("Asuboni Psychiatric Hospital", "facility"),
            ("Kofi Ampofo", "name"),
            ("27", "age"),
            ("Abora Junction", "place"),
            ("Mr Tetteh", "name"),
            ("2023/MH/057", "record"),
        ],
    ),
    (
        "Flight medic in the Colorado mountains. I RSI'd a trauma patient with ketamine 2 mg/kg "
        "and rocuronium and forgot to start post-intubation sedation before lift-off. Eight "
        "minutes paralysed without sedation. I noticed when his HR climbed to 130 and BP into "
        "the 170s. Fentanyl and a ketamine drip went up straight away. Post-intubation sedation "
        "is now line 12 on our RSI checklist.",
        [],
    ),
    (
        "Med tech at an assisted living in Tucson. I gave a resident her evening Seroquel 25 mg "
        "twice because the first pass wasn't signed in the eMAR; a fall alarm had pulled me "
        "away. She was very drowsy next morning but vitals were okay. The RN called Poison "
        "Control and the PCP. I finish signing before I step away from the cart now, alarm or "
        "no alarm.",
        [],
    ),
    (
        "Band 6 district nurse in Cornwall. I set up a McKinley T34 for a man at end of life "
        "and didn't check the line was primed before pressing start, so the first hour was "
        "mostly air. His family noticed he was restless around 19:00. The out-of-hours GP came "
        "out, gave midazolam 2.5 mg s/c stat, and we restarted. I run the checklist on the lid "
        "every single time now, however late it is.",
        [],
    ),
    (
        "School nurse at Whitcombe Elementary in suburban Chicago. I sent a 2nd grader, Mateo "
        "R., home with the wrong meds bag: his classmate Ava's Focalin instead of his Keppra. "
        "His student ID 40281177 was on one bag and hers on the other, and I only looked at "
        "first names. His grandma caught it at home.",
        [
            ("Whitcombe Elementary", "facility"),
            ("Mateo R.", "name"),
            ("Ava", "name"),
            ("40281177", "record"),
        ],
    ),
    (
        "Advanced paramedic in the north-west. Farmer with a crush injury to the leg: I gave "
        "Penthrox and then IV morphine 10 mg within ten minutes without reassessing. His RR "
        "dropped to 8. Naloxone 100 mcg titrated, and he was fine by the time we met the "
        "helicopter. The CPG says titrate; I set a timer on my watch now.",
        [],
    ),
    (
        "Community RGN in the midlands. I applied four-layer compression to a leg ulcer without "
        "an up-to-date ABPI; the last one was over a year old. Her toes were dusky at the next "
        "visit. Vascular saw her in the rapid-access clinic and her ABPI was 0.6. I check the "
        "date on the Doppler result before I reach for the bandages now.",
        [],
    ),
    (
        "Care assistant at a home in Shropshire. A resident's daughter texted me on my personal "
        "phone, which I should never have given out:\n> Hi it's Julie, mum (Eileen) seems off "
        "today can u check her sats? ring me 07700 918 442\nI rang her back from my own phone "
        "after my shift and gave her the reading. It was a breach and my manager was right to "
        "pull me up on it.",
        [
            ("Julie", "name"),
            ("Eileen", "name"),
            ("07700 918 442", "phone"),
        ],
    ),
    (
        "**Reflection: missed insulin visit**\nI'm the only Band 7 caseload holder at Millbrook "
        "Health Centre, so colleagues will know me. I took Mr Obi off the evening list thinking "
        "his daughter was giving his insulin. She wasn't. His BG was 27 the next "
        "morning.\nBest,\nJo Pennington, RN",
        [
            ("the only Band 7 caseload holder at Millbrook Health Centre", "self"),
            ("Mr Obi", "name"),
            ("Jo Pennington", "self"),
        ],
    ),
    (
        "Second-year general nursing student on St Colmcille's Ward in Our Lady of the Bay "
        "Hospital. I charted a temp of 37.2 for Mr Ó Dálaigh without taking it because the "
        "probe covers had run out. He spiked 39.1 an hour later and the intern asked why there "
        "was a normal reading. My CPC, Gráinne, sat me down. I was honest and she was kind. I "
        "never estimate obs now.",
        [
            ("St Colmcille's Ward", "facility"),
            ("Our Lady of the Bay Hospital", "facility"),
            ("Mr Ó Dálaigh", "name"),
            ("Gráinne", "name"),
        ],
    ),
    (
        "I'm a school nurse at a senior high school in the Ashanti Region. During the harmattan "
        "a Form 2 boarder came to the sick bay wheezing. I gave two puffs of Ventolin and sent "
        "him back to prep at 19:30 without rechecking his peak flow. The housemaster brought "
        "him back at midnight, tight and tired, and we had to take him to the hospital by taxi. "
        "Recheck before release, always.",
        [],
    ),
    (
        "Public health nurse in rural St. Elizabeth. On a home visit for a diabetic foot ulcer "
        "I didn't check pedal pulses because the clinic had run out of Doppler gel. I dressed "
        "it with silver and moved on. Two weeks later she was admitted with critical limb "
        "ischaemia. Gel or no gel, I can palpate. I document ABPI now, or why I couldn't.",
        [],
    ),
    (
        "Addiction counsellor with an HSE service in the midlands. I left this on what I "
        "thought was a client's mobile, 086 417 2290:\n> Hi Gerry, it's Niamh from the service, "
        "your urine came back positive again, give us a ring\nIt was his mother's phone. He "
        "hadn't told her he was back on heroin. He came in the next day furious, and rightly. I "
        "confirm the number and consent to leave messages at every review now.",
        [
            ("086 417 2290", "phone"),
            ("Gerry", "name"),
            ("Niamh", "name"),
        ],
    ),
    (
        "Peer recovery coach at a program in Baltimore. I texted a client from my personal "
        "phone, which is against policy:\n> hey Shawnice its Ms. Dee, u good? saw u on Garrison "
        "Row last nite\nHer boyfriend read it and she got hurt. I didn't know he checked her "
        "phone. I only use the agency app now and never mention where I've seen someone.",
        [
            ("Shawnice", "name"),
            ("Ms. Dee", "name"),
            ("Garrison Row", "place"),
        ],
    ),
    (
        "Community nurse at Klinik Kesihatan Bandar Mas. On a home visit to Puan Rohani, 71, in "
        "Kampung Parit Seri, I left her the 30/70 mix insulin pen when her new card said "
        "Actrapid only. Her grandson Hafiz noticed the label before the next dose. Her file, "
        "KK-BM/0931, has my entry correcting it.",
        [
            ("Klinik Kesihatan Bandar Mas", "facility"),
            ("Puan Rohani", "name"),
            ("71", "age"),
            ("Kampung Parit Seri", "place"),
            ("Hafiz", "name"),
            ("KK-BM/0931", "record"),
        ],
    ),
    (
        "Paramedic in West Texas, long rural transports. Inferior STEMI on the 12-lead, and I "
        "gave nitro 0.4 mg SL before doing a right-sided V4R. Pressure fell to 76/40 within "
        "minutes. Two 250 mL boluses brought her back to the 100s and the cath lab at the "
        "receiving PCI center took her straight through. Right-sided leads before nitro on "
        "every inferior, no exceptions.",
        [],
    ),
    (
        "EMT in St. Catherine. We were called to a 54-year-old man outside a rum bar in Cedar "
        "Gully who'd been drinking and fell. GCS 14, smelled of white rum, so I let him refuse "
        "and didn't push for Brierfield Public. His sister, Miss Pauline, called the station "
        "next morning: he'd been admitted with a subdural. I no longer let 'drunk' outrank a "
        "head injury.",
        [
            ("54-year-old", "age"),
            ("Cedar Gully", "place"),
            ("Brierfield Public", "facility"),
            ("Miss Pauline", "name"),
        ],
    ),
    (
        "Mental health nurse, community team. I sent a discharge letter meant for the GP to the "
        "patient's ex-partner because Outlook autofilled the address:\n> To: "
        "d.harker@fastmailer.co.uk\n> Re: Ms Lena Farrow, DOB 03/02/1987, NHS 485 223 9017\nHe "
        "forwarded it to her. She was, understandably, devastated. I type full addresses now "
        "and autocomplete is switched off.",
        [
            ("d.harker@fastmailer.co.uk", "email"),
            ("Ms Lena Farrow", "name"),
            ("03/02/1987", "date"),
            ("485 223 9017", "record"),
        ],
    ),
    (
        "Fourth-year intern nursing student in Dublin. I hung IV vancomycin at the loading-dose "
        "rate because the Alaris still had the previous profile. Red man syndrome within twenty "
        "minutes. I stopped it, called the reg, chlorphenamine given. Clear the pump, re-enter, "
        "double-check with the CNM: every time now.",
        [],
    ),
    (
        "Fourth-year med student on the surgical posting at a government hospital in Selangor. "
        "I clerked a young man with RIF pain and wrote 'Rovsing's +ve, psoas +ve, Alvarado 8' "
        "when honestly I'd only palpated. The MO re-examined, the CT KUB showed a right "
        "ureteric stone, and he asked me quietly where my findings had come from. I had no "
        "answer. If I didn't do a test, I write 'not elicited' now.",
        [],
    ),
    (
        "Psych nurse on an adult inpatient unit in Southern California. A patient on clozapine "
        "had a temp of 38.4 and I put it down to a cold because his ANC had been fine last "
        "week. I didn't call. Next morning he had a sore throat and an ANC of 900. Fever on "
        "clozapine means call the provider, whatever time it is.",
        [],
    ),
    (
        "Call-taker in the Pacific Northwest. A man said his wife was 'breathing funny' and I "
        "went down the ProQA sick person card instead of Card 6, breathing problems, so it went "
        "out as an Alpha response. The crew upgraded themselves when they heard the notes. She "
        "had a PE. Our QA nurse walked me through the key questions; I still replay that call "
        "on Sunday nights.",
        [],
    ),
    (
        "Call handler at a MERS 999 centre. The caller was speaking a mix of Malay and Tamil "
        "and I waited too long to get a Tamil-speaking colleague. The address took four minutes "
        "longer than it should have. It was a cardiac arrest and the CPR instructions went in "
        "late. I've learned the basic CPR script in three languages since.",
        [],
    ),
    (
        "Staff nurse on an acute psychiatric unit in Cork. I gave lorazepam 1 mg PRN to an "
        "agitated man at 16:00 without checking the Kardex properly; the day staff had given "
        "one at 14:00 and written it on the back page. The 24-hour max wasn't breached, but he "
        "was very drowsy at tea and we had to do neuro obs. The CNM2 was fair about it. I read "
        "both sides of the Kardex every time now.",
        [],
    ),
    (
        "Staff nurse, psychiatric ward, Hospital Seri Kenanga. Encik Azman, 41, was on "
        "15-minute obs. I signed the chart for 02:15 and 02:30 together because I was sure he "
        "was asleep. At 02:40 the HA found him in the bathroom with a ligature; he survived. "
        "The incident report (IR/HSK/2022/0314) was fair to me, but the fact is I wrote down "
        "something I didn't see.",
        [
            ("Hospital Seri Kenanga", "facility"),
            ("Encik Azman", "name"),
            ("41", "age"),
            ("IR/HSK/2022/0314", "record"),
        ],
    ),
    (
        "Learning disability nursing student on community placement in Kent. I briefed an ED "
        "nurse from a Health Passport that was two years old, and it still listed phenytoin "
        "when he'd been switched to levetiracetam 750 mg BD. Luckily the ED pharmacist checked "
        "the SCR. I ask the family 'is this still right?' before handing anything over now.",
        [],
    ),
    (
        "CNA at a nursing home in Lafayette Parish. Miss Odile Thibodeaux liked her coffee "
        "thick, and I forgot the thickener because she'd been 'fine yesterday'. She coughed and "
        "sputtered and the nurse had to suction. Speech had her at nectar-thick for a reason. "
        "I'm writing this because Mrs. Guidry, the DON at Belle Cypress Manor, says mistakes "
        "are for learning, not hiding.",
        [
            ("Miss Odile Thibodeaux", "name"),
            ("Mrs. Guidry", "name"),
            ("Belle Cypress Manor", "facility"),
        ],
    ),
    (
        "Care assistant at Rumah Jagaan Kasih Murni in Klang. Uncle Ah Seng, 88, we all called "
        "him 'Towkay'. I left his bedrail down after his evening wash because he asked me to, "
        "and he fell at 01:30. Hip fracture. His daughter came in from Taman Bukit Kenari and "
        "asked me straight whether I had left it down. I told her yes.",
        [
            ("Rumah Jagaan Kasih Murni", "facility"),
            ("Uncle Ah Seng", "name"),
            ("88", "age"),
            ("Towkay", "name"),
            ("Taman Bukit Kenari", "place"),
        ],
    ),
]

ROUND_5_D = [
    (
        "I ran the BDI-II in English with a client whose first language was Cantonese, and "
        "misread her answer on item 9: she had circled a 2, not a 0. The Chinese version was in "
        "the cupboard behind me. She was admitted to a psychiatric ward in the New Territories "
        "a week later. I ask item 9 out loud, in the client's language, every time now.",
        [],
    ),
    (
        "Emergency appendicectomy at 2am in a district hospital in Uttar Pradesh. Alvarado "
        "score 8, and I didn't send a urine pregnancy test because she said she wasn't married. "
        "On the table it was a ruptured ectopic and the gynae registrar had to take over. UPT "
        "is on our pre-op checklist for every woman of reproductive age now, no exceptions and "
        "no assumptions.",
        [],
    ),
    (
        "Free eye camp in a school in Basti Lalpur, 200 refractions in one day. Mai Sughran had "
        "an IOP of 32 on the Schiotz and I wrote it on her card as 23. Her camp registration "
        "card was EC-114. She came back the next year nearly blind in that eye from glaucoma.",
        [
            ("Basti Lalpur", "place"),
            ("Mai Sughran", "name"),
            ("EC-114", "record"),
        ],
    ),
    (
        "I prescribed a wheelchair cushion for a woman with a T6 spinal cord injury without "
        "checking her Braden score on the ward. She developed a stage 3 sacral pressure injury "
        "within ten days of going home to rural Maharashtra. I chose the cheaper foam model "
        "because the family said money was tight, and I explained the pressure-relief routine "
        "only in English, not in Marathi. We now use pictorial handouts and a teach-back "
        "checklist.",
        [],
    ),
    (
        "I'm registered as PSY0002481937 and I'm posting this in case anyone recognises the "
        "habit. I faxed a report about a client, Bronte, to her employer's HR instead of her GP "
        "because the numbers sat next to each other in our system: (07) 4955 2210 and (07) 4955 "
        "2201. Her surname, Ashcroft-Lee, was on every page.",
        [
            ("PSY0002481937", "self"),
            ("Bronte", "name"),
            ("(07) 4955 2210", "phone"),
            ("(07) 4955 2201", "phone"),
            ("Ashcroft-Lee", "name"),
        ],
    ),
    (
        "Home birth in rural Wales, 2am, and I didn't call the second midwife early enough. "
        "Shoulder dystocia, and I was working through HELPERR on my own with the partner "
        "holding a torch. Apgars were 3 at one minute and 7 at five. The ambulance took 50 "
        "minutes. I call the second midwife at the start of active second stage now, not when I "
        "start to worry.",
        [],
    ),
    (
        "**Postnatal visit, missed jaundice**\n- Baby: Lachlan Petrovic\n- Mum: Kezia Petrovic, "
        "mob 0437 210 688\n- Address: 7/41 Gidgee St, Wirralong\nDay 4, I looked at him in a "
        "dim lounge room and wrote 'mild jaundice, feeding well'. His SBR was 420 the next day "
        "at the children's hospital.",
        [
            ("Lachlan Petrovic", "name"),
            ("Kezia Petrovic", "name"),
            ("0437 210 688", "phone"),
            ("7/41 Gidgee St", "place"),
            ("Wirralong", "place"),
        ],
    ),
    (
        "Fitted ortho-k lenses for a primary school kid and didn't watch the parent handle them "
        "before sending them home. He'd been rinsing the lenses under the tap. A corneal team "
        "in Kowloon diagnosed Acanthamoeba keratitis. Every family now does a supervised "
        "handling test with me before release, and the care handout is in Traditional Chinese "
        "as well as English.",
        [],
    ),
    (
        "I'm the only clinical psychologist on the perinatal team at Ysbyty Maes Derw. Nia told "
        "me about intrusive thoughts of harming her baby, and I wrote 'thoughts of harm to "
        "infant' in the shared record with no context about OCD. The health visitor made a "
        "safeguarding referral. Nia stopped coming, and her partner Gethin rang to tell me "
        "exactly what he thought of me.",
        [
            ("the only clinical psychologist on the perinatal team at Ysbyty Maes Derw", "self"),
            ("Nia", "name"),
            ("Gethin", "name"),
        ],
    ),
    (
        "Gave an inferior alveolar nerve block with articaine 4% to a kid who weighed about 20 "
        "kg and went on to a second carpule without recalculating the max dose. She got drowsy "
        "and twitchy in the chair. We called 911; she was fine, but I hadn't written her weight "
        "in the chart at all. Now my assistant writes weight and max mg on the tray card before "
        "I pick up the syringe.",
        [],
    ),
    (
        "Chart note from the department:\n> 14:20 Pt Mrs Yvonne Castellano URN 0091827 for CXR "
        "post PICC. Transferred from Blackwood Ward.\nI didn't look at the image before sending "
        "her back up, and the PICC tip was sitting in the right IJ. They ran TPN through it for "
        "a day before anyone noticed.",
        [
            ("Mrs Yvonne Castellano", "name"),
            ("URN 0091827", "record"),
            ("Blackwood Ward", "facility"),
        ],
    ),
    (
        "Home visit for hip precautions. I told Mrs Vandermeer she was fine to use her low "
        "couch with a cushion, which was flat-out wrong at 3 weeks post THR. Her son Rohan rang "
        "the next morning: she'd slumped back into it and felt a clunk. Dislocation. She lives "
        "alone at 22 Banksia Crescent, Tallong, and I keep picturing her trying to get up off "
        "that couch by herself.",
        [
            ("Mrs Vandermeer", "name"),
            ("Rohan", "name"),
            ("22 Banksia Crescent", "place"),
            ("Tallong", "place"),
        ],
    ),
    (
        "## Wrong-level spine\nL4/5 was on the consent. I did L3/4. My registrar, Tash, asked "
        "whether we should get another image and I said no because I was sure. The patient was "
        "Mr Dominic Fitzgerald, 61, UR 7730218 at Wattle Bay Private. I've told this story at "
        "M&M twice now and it doesn't get easier.",
        [
            ("Tash", "name"),
            ("Mr Dominic Fitzgerald", "name"),
            ("61", "age"),
            ("UR 7730218", "record"),
            ("Wattle Bay Private", "facility"),
        ],
    ),
    (
        "Placed a composite on an upper premolar without rubber dam and the patient inhaled a "
        "small piece of the sectional matrix. The chest X-ray in A&E showed it in the right "
        "main bronchus and she needed a bronchoscopy under GA. She was in her 40s, a nurse "
        "herself, and far more gracious than I deserved. Rubber dam is the default for every "
        "restoration in our clinic now, and anything small gets floss tied to it.",
        [],
    ),
    (
        "After-hours in regional NSW. A hospital social worker reported a baby with a torn "
        "frenulum and I decided it could wait for Monday's triage. The SDM screening tool was "
        "open on my laptop and I didn't run it. The baby came back on the Sunday with a "
        "fractured femur. I run the SDM on every infant report now, 2am or not.",
        [],
    ),
    (
        "I'm the only renal dietitian at Ysbyty Glan Teifi, so there was nobody to double-check "
        "me. I advised Mr Emrys Bowen to eat more bananas when his K+ was already 5.9, because "
        "I'd read the wrong column on the results screen. His wife Megan brought him into ED "
        "two days later with a K+ of 7.2 and peaked T waves.",
        [
            ("the only renal dietitian at Ysbyty Glan Teifi", "self"),
            ("Mr Emrys Bowen", "name"),
            ("Megan", "name"),
        ],
    ),
    (
        "PPH after a normal delivery, EBL 1200 ml, and I was slow to give the second-line drugs "
        "because I was waiting for the MO to come up from casualty. The carboprost was in the "
        "locked cupboard and the key was with the sister on the other floor. Hb dropped from "
        "10.8 to 6.1 and she needed 3 units. Our labour room now has a PPH trolley with the key "
        "on a chain, and we drill it every month.",
        [],
    ),
    (
        "Hospital pharmacy in Lahore. Mrs Rukhsana Begum's prescription said insulin glargine "
        "20 units and I wrote 20 ml on the label because the handwriting was bad and I didn't "
        "call the ward. Her son Imran noticed at home in Bagh-e-Noor Colony and rang our "
        "counter on 042-35718824 before she injected. Her MR# 88-4417 is on the incident form I "
        "wrote that night.",
        [
            ("Mrs Rukhsana Begum", "name"),
            ("Imran", "name"),
            ("Bagh-e-Noor Colony", "place"),
            ("042-35718824", "phone"),
            ("MR# 88-4417", "record"),
        ],
    ),
    (
        "Dr Farhan, my consultant, had asked me to hold the spinal until the platelet count "
        "came back. I didn't wait. The patient was Mrs Shazia Parveen, 29, bed 7, booked for an "
        "elective section at Rahmat Memorial Hospital. Platelets came back at 48. She developed "
        "an epidural haematoma and a foot drop that took months to recover.",
        [
            ("Dr Farhan", "name"),
            ("Mrs Shazia Parveen", "name"),
            ("29", "age"),
            ("Rahmat Memorial Hospital", "facility"),
        ],
    ),
    (
        "Mr Iwan Pritchard, 77, came in from the Cae Glas care home in Llanddewi Fach with a "
        "sore under his lower denture. I took out the loose molar next to it without asking "
        "about his alendronic acid. He developed MRONJ and spent months on chlorhexidine and "
        "antibiotics.",
        [
            ("Mr Iwan Pritchard", "name"),
            ("77", "age"),
            ("Cae Glas care home", "facility"),
            ("Llanddewi Fach", "place"),
        ],
    ),
    (
        "Left a swab in. The count was called correct at closure and it wasn't. It turned up on "
        "an abdominal X-ray four days later when she spiked a temperature on the surgical ward. "
        "The WHO checklist was done, the scrub nurse was a Band 5 in her second week, and I "
        "rushed the count because a laparotomy was waiting in ED. I now stop, put my hands down "
        "and wait for the count before I pick up a needle holder.",
        [],
    ),
    (
        "There were two Mohammed Rafiqs in the X-ray queue, different fathers' names. I called "
        "out the name and shot the chest of Mohammed Rafiq s/o Abdul Kareem, registration no. "
        "23-OPD-66128, when the request was for the other one, a 72yo farmer from Khirdi "
        "Budruk. Nobody checked the father's name, least of all me.",
        [
            ("Mohammed Rafiq s/o Abdul Kareem", "name"),
            ("23-OPD-66128", "record"),
            ("72yo", "age"),
            ("Khirdi Budruk", "place"),
        ],
    ),
    (
        "Lowri, 24, came into our branch in Aberwern with headaches on waking. I saw blurred "
        "disc margins on the fundus photo and put it down to a crowded disc. Her mum rang the "
        "practice on 01970 555 218 three weeks later from the neurosurgical ward: IIH, with her "
        "vision now threatened.",
        [
            ("Lowri", "name"),
            ("24", "age"),
            ("Aberwern", "place"),
            ("01970 555 218", "phone"),
        ],
    ),
    (
        "ASA 3, Mallampati IV, and I still went for a standard Mac 3 because the "
        "videolaryngoscope was in the next theatre. Cormack-Lehane grade 3 view, two attempts, "
        "sats down to 84% before the second-gen LMA went in. My fellow had drawn up sugammadex "
        "16 mg/kg without being asked, which is the only reason this is a near miss. The "
        "Difficult Airway Society flowchart is now taped to the wall in every theatre on our "
        "floor.",
        [],
    ),
    (
        "> Referral: Tomos and Elis Llywelyn-Hughes, 4 and 7, 12 Maes yr Ysgol, Pentre Isaf. "
        "School concern re hunger and head lice. Ref CP/23/1184.\nI filed it as 'information "
        "only' on a Friday afternoon. The school rang again three weeks later because Tomos had "
        "been found eating out of the bins at break.",
        [
            ("Tomos", "name"),
            ("Elis Llywelyn-Hughes", "name"),
            ("4 and 7", "age"),
            ("12 Maes yr Ysgol", "place"),
            ("Pentre Isaf", "place"),
            ("CP/23/1184", "record"),
        ],
    ),
    (
        "Prescribed amoxicillin for a dental abscess without asking about allergies because our "
        "case sheet had NKDA pre-printed in the corner. He developed urticaria and wheeze "
        "twenty minutes after the first dose, sitting in the waiting area. Adrenaline 0.5 mg IM "
        "from the emergency kit and a long wait for the ambulance. The pre-printed NKDA has "
        "been removed from every case sheet in the college.",
        [],
    ),
    (
        "Working in a private hospital in Bengaluru, I calculated a renal patient's tube feed "
        "from his admission weight instead of his dry weight. He got almost 400 ml more fluid a "
        "day than intended for 3 days. The nephrology PG noticed the raised JVP and pedal "
        "oedema on rounds. I now write DRY WT in capitals on every renal feeding chart and the "
        "HOD made it part of the ICU nutrition proforma.",
        [],
    ),
    (
        "POD 2 after a Whipple, the drain amylase was more than 3 times serum and I called it a "
        "biochemical leak and advanced her diet. By day 4 she had a grade C pancreatic fistula "
        "and went back to the OR. The ISGPF definitions are clear and I fudged them because I "
        "wanted her on the discharge list before the long weekend. The staff surgeon was kind; "
        "the PGY-4 who flagged it was right.",
        [],
    ),
    (
        "The consult e-mail I should have acted on:\n> From: "
        "jlaroche.midwife@lakesmidwives.ca\n> Re: Amélie Gagnon, EDD 2 June, BP 148/96 at 36 "
        "wks\n> Could you see her at home tomorrow?\nI didn't get out to her place on "
        "Côte-des-Pins Road until two days later. She was pre-eclamptic by then and delivered "
        "by section at 37 weeks.",
        [
            ("jlaroche.midwife@lakesmidwives.ca", "email"),
            ("Amélie Gagnon", "name"),
            ("2 June", "date"),
            ("Côte-des-Pins Road", "place"),
        ],
    ),
    (
        "Community pharmacy in the Valleys. I handed a blister pack to the wrong person because "
        "two people were collecting for relatives with the same surname and I didn't ask for "
        "the address. It held zopiclone, sertraline and amlodipine. The error came back via the "
        "GP practice the next day. Nobody took anything, but I ask for the first line of the "
        "address every time now and tick it on the bag label.",
        [],
    ),
    (
        "Extracted the wrong tooth. The referral slip said LR6 and I read LR7, and I took a "
        "perfectly healthy molar out of Mr Naveed Akhtar, 34, who had travelled in from Chak "
        "118 near Faisalabad. His brother phoned me from 0301-4478213 that evening and I had to "
        "explain it. The OPD register number was 2219/D and it is still in my head.",
        [
            ("Mr Naveed Akhtar", "name"),
            ("34", "age"),
            ("Chak 118", "place"),
            ("0301-4478213", "phone"),
            ("2219/D", "record"),
        ],
    ),
    (
        "WhatsApp from the husband at 01:12:\n> Midwife Ho, my wife Cheung Mei-ling bleeding a "
        "lot at home, what to do?? pls call 9172 6650\nShe'd been discharged from Ward 5A that "
        "afternoon and I told him to watch and wait because I was alone on the floor. It was a "
        "secondary PPH and she arrived by ambulance an hour later.",
        [
            ("Midwife Ho", "name"),
            ("Cheung Mei-ling", "name"),
            ("9172 6650", "phone"),
            ("Ward 5A", "facility"),
        ],
    ),
    (
        "Strategy meeting: two police officers, a health visitor, the school's DSL and me. I "
        "minuted 'no concerns raised by health' when the HV had clearly said the 6-8 week check "
        "had been missed twice. The minutes went out to everyone and fed into the decision not "
        "to convene an initial child protection conference. Two months later the baby came into "
        "the children's ward with a subdural. I listen back to the recording now before I sign "
        "off any minutes.",
        [],
    ),
    (
        "Hina, a 22-year-old student, told me in session about her brother's threats. I wrote "
        "her full name, Hina Malik, and her hostel room, Room 12, Noor Hall, on a referral form "
        "and e-mailed it unencrypted to counselling.desk@uniwell.edu.pk, which three staff "
        "members read. Her brother knew one of them.",
        [
            ("Hina", "name"),
            ("22-year-old", "age"),
            ("Hina Malik", "name"),
            ("Room 12, Noor Hall", "place"),
            ("counselling.desk@uniwell.edu.pk", "email"),
        ],
    ),
    (
        "I couldn't intubate in resus and didn't call for help early enough. I bleeped Dr "
        "Llewelyn on bleep 6632 after the third attempt, not the first. The patient was Rhodri, "
        "19, a rugby player brought in from Pont-y-Cwm after a collision at training. He's "
        "fine, and it was luck.",
        [
            ("Dr Llewelyn", "name"),
            ("bleep 6632", "phone"),
            ("Rhodri", "name"),
            ("19", "age"),
            ("Pont-y-Cwm", "place"),
        ],
    ),
    (
        "Transposed right and left on a spectacle Rx for a 9-year-old named Aarav. His mother "
        "Sunita phoned the optical counter at Sai Netralaya on +91 98230 41176 after a week of "
        "headaches and squinting. With his anisometropia, his amblyopic eye got the weaker lens "
        "for a fortnight.",
        [
            ("9-year-old", "age"),
            ("Aarav", "name"),
            ("Sunita", "name"),
            ("Sai Netralaya", "facility"),
            ("+91 98230 41176", "phone"),
        ],
    ),
    (
        "Birth suite, 2am, third birth of the shift. I documented the third stage as complete "
        "without actually checking the placenta and membranes. She came back on day 5 with a "
        "secondary PPH and retained products. The NUM pulled the notes and there it was in my "
        "handwriting: 'placenta & membranes complete'. I now lay every placenta out on the tray "
        "and check both sides before I type a word into PowerChart.",
        [],
    ),
    (
        "Root canal on a lower molar at a private clinic in Lahore. I hadn't confirmed working "
        "length on the IOPA properly and I irrigated with 5.25% hypochlorite with too much "
        "pressure on the plunger. Her cheek swelled within seconds and she was in agony. "
        "Hypochlorite accident, managed conservatively, but she was bruised for weeks. Rubber "
        "dam, apex locator, side-vented needle, gentle hands.",
        [],
    ),
    (
        "I left a client's file open on the desk in the interview room. The next client, a "
        "secondary school teacher, saw the name on the folder, Chan Ka-yan, and recognised her "
        "as a former student. The intake form on top also had her HKID, Y482913(6). She found "
        "out, and ended therapy with our centre at Shing Tak Estate the same week.",
        [
            ("Chan Ka-yan", "name"),
            ("Y482913(6)", "record"),
            ("Shing Tak Estate", "place"),
        ],
    ),
    (
        "Refeeding syndrome. A young woman with anorexia nervosa, BMI 12.8, on a general "
        "medical ward in Hong Kong. I escalated her feed on day 2 without looking at the "
        "phosphate, which had fallen to 0.32 mmol/L by day 3, and she became confused and "
        "oedematous. MEED and the old MARSIPAN guidance both say bloods daily for the first "
        "week. I knew that and didn't check.",
        [],
    ),
    (
        "Mr Subramaniam Iyer, 67, bed 22 in the cardiac ward at Nandanvan Heart Centre. The "
        "chart said Lasix 40 and I sent up Losar 50 because the brand names looked alike on the "
        "handwritten order. He got two days of losartan on top of his ramipril and his "
        "creatinine climbed. His son Karthik drove in from Sadashiv Colony to ask why his "
        "father was suddenly so dizzy.",
        [
            ("Mr Subramaniam Iyer", "name"),
            ("67", "age"),
            ("Nandanvan Heart Centre", "facility"),
            ("Karthik", "name"),
            ("Sadashiv Colony", "place"),
        ],
    ),
    (
        "Things I got wrong on the discharge for Mr Pelletier:\n- Didn't ask about the three "
        "steps at the back door of his place on Birchbark Lane in Lac-aux-Huards\n- Ordered a "
        "raised toilet seat that didn't fit his toilet\n- Told his daughter Nathalie the grab "
        "bars would be installed by Friday 14 October\nHe fell on those steps on the 15th. "
        "Nathalie left me a voicemail from 819-555-0147 that I still haven't deleted.",
        [
            ("Mr Pelletier", "name"),
            ("Birchbark Lane", "place"),
            ("Lac-aux-Huards", "place"),
            ("Nathalie", "name"),
            ("Friday 14 October", "date"),
            ("the 15th", "date"),
            ("819-555-0147", "phone"),
        ],
    ),
    (
        "I'm the only dentist at Currawong Creek, so the whole town knows when something goes "
        "wrong. I had Billy Ngarra, aged 8, on nitrous for a couple of extractions and left him "
        "with my assistant in recovery while I took a phone call. He vomited and aspirated a "
        "bit. His nan, Aunty June, still won't look at me at the shop.",
        [
            ("the only dentist at Currawong Creek", "self"),
            ("Billy Ngarra", "name"),
            ("aged 8", "age"),
            ("Aunty June", "name"),
        ],
    ),
    (
        "At a rural health centre in Sindh I gave misoprostol for induction to a woman with a "
        "previous caesarean scar, because the lady doctor had gone to the district hospital and "
        "I thought it would be hours before labour started. Within 4 hours her uterus had "
        "ruptured. She survived after transfer to Hyderabad; the baby did not. The FIGO dosing "
        "table and the scar contraindication were on the wall and I knew them.",
        [],
    ),
    (
        "Community pharmacist in Ontario here. I keyed Mr Thibodeau's methotrexate 15 mg as "
        "daily instead of weekly and nobody caught it at the final check. His daughter Chantal "
        "called on day three because he had mouth ulcers and his gums were bleeding. The "
        "interaction report still had his health card number, 4417-082-561-KT, printed across "
        "the top, which I only noticed when I was shredding it weeks later.",
        [
            ("Mr Thibodeau", "name"),
            ("Chantal", "name"),
            ("4417-082-561-KT", "record"),
        ],
    ),
    (
        "> From: Dr Cerys Vaughan\n> To: theatre.incidents@brynheulog.wales.nhs.uk\n> Subject: "
        "Retained guidewire, Theatre 4, 09/03/2022\nThat was the e-mail. I'd put in the femoral "
        "line during the trauma laparotomy and never confirmed the wire was out. Mr Alun "
        "Griffiths, aged 45, needed an interventional radiology retrieval the next day.",
        [
            ("Dr Cerys Vaughan", "name"),
            ("theatre.incidents@brynheulog.wales.nhs.uk", "email"),
            ("09/03/2022", "date"),
            ("Mr Alun Griffiths", "name"),
            ("aged 45", "age"),
        ],
    ),
    (
        "The letter I sent out without proofreading:\n> Dear Dr Okonjo,\n> Re: Kirra Dunstan, "
        "DOB 12/08/2015, Medicare 4128 55731 2\n> Kirra's weight has stabilised on the 1.5 "
        "kcal/ml formula and I suggest weaning the overnight feeds.\n> Kind regards,\n> Mel "
        "Harrow, Paediatric Dietitian\nIt went to the wrong GP entirely. The family had moved "
        "to Mundawarra months before and nobody updated the address.",
        [
            ("Dr Okonjo", "name"),
            ("Kirra Dunstan", "name"),
            ("12/08/2015", "date"),
            ("Medicare 4128 55731 2", "record"),
            ("Mel Harrow", "self"),
            ("Mundawarra", "place"),
        ],
    ),
    (
        "Kitchen assessment on the stroke unit. I set him up with the kettle on his right and "
        "never checked whether he could find the tap on his left. He passed my checklist. In "
        "his first week home he left a gas ring on under an empty pan. The community team "
        "picked it up on their Barthel and I reread my own note: 'Independent with hot drinks'. "
        "Every kitchen assessment I do now has items placed on the neglected side.",
        [],
    ),
    (
        "First year as a child protection worker in Ontario. A daycare called about a "
        "preschooler with repeated burns on both palms, and I accepted 'she touched the stove' "
        "without asking to see the stove. I rated it low on the Eligibility Spectrum and closed "
        "at intake. Three months later a pediatrician at a Toronto hospital reported immersion "
        "burns. I see the scene now for every burn referral, whatever the rating.",
        [],
    ),
    (
        "MRI department in Islamabad. A man with a cochlear implant had been screened by the "
        "ward on a paper form, and I didn't re-screen him at the door because the form said 'no "
        "implants'. The implant magnet flipped in the bore at 1.5T. He was in severe pain and "
        "needed surgery to reseat it. Everyone now gets a verbal screen from a radiographer, in "
        "Urdu or English, at the Zone III door, whatever the form says.",
        [],
    ),
    (
        "I scored a WAIS-IV by hand at the end of a long clinic and transposed two subtest "
        "scaled scores, which dropped the client's Working Memory Index by 15 points. The "
        "report went to the consultant psychiatrist and was quoted in a capacity assessment "
        "before I caught it on re-audit. I've written to everyone involved and corrected the "
        "report. Everything gets double-scored in Q-global now, and Tuesday afternoons are no "
        "longer for scoring.",
        [],
    ),
    (
        "I closed a file too early. The referral from the school said Kayden, aged 6, had come "
        "in with a bruise shaped like a belt buckle, and I accepted his mother's explanation "
        "over the phone without seeing him. File CAS-2021-08813 sat closed for five weeks until "
        "the public health nurse in Rainy Ridge rang us again.",
        [
            ("Kayden", "name"),
            ("aged 6", "age"),
            ("CAS-2021-08813", "record"),
            ("Rainy Ridge", "place"),
        ],
    ),
    (
        "Hong Kong public housing bathrooms are tiny, and I recommended a bath board without "
        "measuring the rim of the tub, which was narrower than the board's grips. She slipped "
        "off it in the first week. Only a bruised hip, thankfully. My home assessment form now "
        "has 'rim width in cm' in bold, and the tape measure lives in my uniform pocket, not my "
        "bag.",
        [],
    ),
    (
        "I drew up rocuronium into an unlabelled syringe and gave it to Mrs Gloria Bianchi "
        "while she was still awake, thinking it was the propofol. Paige, the anaesthetic nurse, "
        "saw her eyes and said 'she's paralysed' before I'd realised. Recall of paralysis, "
        "documented in her file at St Brendan's Private, MRN 50-338-217. I label every syringe "
        "the moment it's drawn up.",
        [
            ("Mrs Gloria Bianchi", "name"),
            ("Paige", "name"),
            ("St Brendan's Private", "facility"),
            ("MRN 50-338-217", "record"),
        ],
    ),
    (
        "Our OT list that morning:\n> 1. Ramesh Yadav, 58M, lap chole, UHID 20230417556\n> 2. "
        "Lakshmi Bai, 46F, R inguinal hernia repair\nI marked the left side on Lakshmi because "
        "the consent form had been filled in by a different PG. Sister Mercy at sign-in asked "
        "me to show her the OPD card, and that is the only reason we didn't cut.",
        [
            ("Ramesh Yadav", "name"),
            ("58M", "age"),
            ("UHID 20230417556", "record"),
            ("Lakshmi Bai", "name"),
            ("46F", "age"),
            ("Sister Mercy", "name"),
        ],
    ),
    (
        "I did a PHQ-9 at intake, got 19 with a 2 on item 9, and didn't do a proper suicide "
        "risk assessment because the session was ending and she said she had plans for the "
        "weekend. She was admitted to an inpatient unit in Vancouver nine days later after an "
        "overdose. She survived. Item 9 now triggers a C-SSRS before anything else, and I "
        "stopped booking intakes at 4:30.",
        [],
    ),
    (
        "At Grandview Regional I pulled up the priors for the wrong Tremblay. The screening "
        "patient was Hélène Tremblay-Roy, DOB 03/11/1958, and I hung another woman's old films "
        "beside her new mammogram. The radiologist called the new calcification 'stable' "
        "against the wrong comparison. It was found a year later under accession ACC 7720-44913.",
        [
            ("Grandview Regional", "facility"),
            ("Hélène Tremblay-Roy", "name"),
            ("03/11/1958", "date"),
            ("ACC 7720-44913", "record"),
        ],
    ),
    (
        "Lap chole in a teaching hospital in Peshawar. I clipped and cut what I took for the "
        "cystic duct without getting a proper critical view of safety, and it was the common "
        "bile duct. The HPB team did a hepaticojejunostomy. Strasberg's CVS and the Tokyo "
        "Guidelines were on a poster in our own OT. I now call time-out before clipping and "
        "show the view to the assistant.",
        [],
    ),
    (
        "Outpatient pharmacy in Kowloon. The order said colchicine 0.5 mg BD and I labelled it "
        "QID in both English and Chinese. The patient took it for four days and came back "
        "through A&E with diarrhoea and vomiting. CMS prints the label but I had overridden the "
        "frequency after the doctor phoned down. Lesson learnt: verbal changes go back into CMS "
        "by the prescriber, not by me.",
        [],
    ),
    (
        "Text from my team leader that I left until Monday:\n> Shanice's mum rang, says the new "
        "bf is back at the flat in Koorabel. Can u do a home visit 2day? call me 0412 558 "
        "903\nI didn't go. Jaxon, aged 3, was taken to hospital that weekend with a spiral "
        "fracture of his humerus.",
        [
            ("Shanice", "name"),
            ("Koorabel", "place"),
            ("0412 558 903", "phone"),
            ("Jaxon", "name"),
            ("aged 3", "age"),
        ],
    ),
    (
        "From our case file:\n> Child: Priyanka Jadhav, 11 yrs. Address: Room 14, Shivneri "
        "Chawl, Ambedkar Nagar. Referred by Childline, case CWC/PN/2022/0417.\nThe CWC had "
        "ordered a home visit within 24 hours and I went after four days because of court work. "
        "By then the family had sent her to relatives and nobody would say where.",
        [
            ("Priyanka Jadhav", "name"),
            ("11 yrs", "age"),
            ("Room 14, Shivneri Chawl", "place"),
            ("Ambedkar Nagar", "place"),
            ("CWC/PN/2022/0417", "record"),
        ],
    ),
    (
        "Rehab centre in Rawalpindi. I made a resting hand splint for a burns patient, Zainab "
        "Bibi, 14, and didn't check the strap pressure after the swelling came up. Her father "
        "called from Dhok Mirza on 0345-2210987 three days later saying she was crying at "
        "night. There was a pressure sore over the ulnar styloid when I took it off.",
        [
            ("Zainab Bibi", "name"),
            ("14", "age"),
            ("Dhok Mirza", "place"),
            ("0345-2210987", "phone"),
        ],
    ),
    (
        "Our FCPSU file FCPSU-KT-22-0391 had a note saying the grandmother, Wong Siu-fong, was "
        "not to have unsupervised contact. I let her take Ah Lok, aged 5, home from the school "
        "gate because she was on the pickup form and I didn't re-read the file. He was found at "
        "her flat in Hoi Fung Estate that evening, unharmed, but it should never have happened.",
        [
            ("FCPSU-KT-22-0391", "record"),
            ("Wong Siu-fong", "name"),
            ("Ah Lok", "name"),
            ("aged 5", "age"),
            ("Hoi Fung Estate", "place"),
        ],
    ),
    (
        "Night shift in a big Brisbane ED. I did a portable chest on bed 12 and sent it to PACS "
        "under the patient in bed 21 on the worklist. The reporting registrar asked about an NG "
        "tube that wasn't there at 03:15. We merged and corrected it in Synapse, filed it in "
        "RiskMan, and I now read the wristband back aloud every single time, even when it feels "
        "silly.",
        [],
    ),
    (
        "I prescribed a standard shower commode rated to 136 kg for a client who weighed about "
        "160, because I took the weight from a referral that was two years old. It buckled in "
        "the shower. NDIS funded the bariatric model within a week once the fall was "
        "documented, which shows how easily it could have been done right the first time. I "
        "weigh every client myself or I don't prescribe.",
        [],
    ),
    (
        "The e-mail I got the next day:\n> Hi Ffion,\n> The CT head for Mr Gwilym Rowlands "
        "(hospital no. W0582231) was done without contrast despite the request. Can you "
        "complete a Datix please? Ref DTX-33817.\n> Thanks, Owain\nThe request did say "
        "contrast. I saw 'head injury' on the front and went on autopilot.",
        [
            ("Ffion", "name"),
            ("Mr Gwilym Rowlands", "name"),
            ("W0582231", "record"),
            ("DTX-33817", "record"),
            ("Owain", "name"),
        ],
    ),
    (
        "Spinal for a caesarean at a district hospital, bupivacaine heavy 0.5% 2.4 ml, and I "
        "didn't check the block height before the obstetrician started. She felt the skin "
        "incision and screamed. We converted to GA with RSI, but she remembers the pain "
        "clearly. The level was T10 when I finally tested it with ice. I now test to T5 on both "
        "sides with cold and light touch and say the level out loud before anyone picks up a "
        "knife.",
        [],
    ),
    (
        "Mr Tsang Chi-keung, 71, new trigeminal neuralgia, carbamazepine 100 mg BD. The "
        "HLA-B*1502 result wasn't back and I released the drug anyway because the clinic was "
        "pushing. SJS by day 10. His wife rang the pharmacy from their flat in Yan Hing Estate "
        "on 2345 6781, asking why his mouth was peeling.",
        [
            ("Mr Tsang Chi-keung", "name"),
            ("71", "age"),
            ("Yan Hing Estate", "place"),
            ("2345 6781", "phone"),
        ],
    ),
    (
        "Pharmacist in a busy Calgary pharmacy. I counselled a man on his new hydromorphone "
        "script and didn't offer a naloxone kit because he 'didn't seem the type'. His roommate "
        "found him unresponsive two weeks later; paramedics gave Narcan and he survived. The "
        "Alberta program makes kits free and I skipped it on a judgment I had no business "
        "making. Every opioid script gets the offer now, documented in Kroll.",
        [],
    ),
    (
        "I gave the MMSE in English to a retired schoolteacher whose first language was "
        "Malayalam, scored him 23/30 and wrote 'probable mild NCD' in my report. The "
        "neurologist started donepezil. Six weeks later a Malayalam-speaking colleague did the "
        "ACE-III and he scored 88/100. He had been anxious and second-guessing every English "
        "instruction. I ask about language before I pick up any form now.",
        [],
    ),
    (
        "Pre-op in day surgery at Lakeshore Memorial, I didn't read the allergy band properly. "
        "Mrs Ouellette had a documented cefazolin anaphylaxis and I pushed 2 g at induction. "
        "Her systolic dropped to 60 and we were giving epi within the minute. Her husband "
        "Gilles still sends me a Christmas card, which somehow makes it worse.",
        [
            ("Lakeshore Memorial", "facility"),
            ("Mrs Ouellette", "name"),
            ("Gilles", "name"),
        ],
    ),
    (
        "Routine eye test on a diabetic in her 50s. I photographed the fundus on the Optos and "
        "didn't scroll through the peripheral images properly because the central ones looked "
        "clear. Proliferative changes were sitting in the nasal periphery. Her GP sent her to "
        "an ophthalmologist in Adelaide six months later after a vitreous haemorrhage. I billed "
        "Medicare item 10910 for a comprehensive exam I didn't really complete, and that part "
        "sits with me too.",
        [],
    ),
    (
        "Didn't dilate a man in his 60s with new floaters because the clinic was running 40 "
        "minutes behind and he said they'd been there a while. Two days later he was in an eye "
        "emergency department in Toronto with a macula-on retinal detachment. The retina fellow "
        "got to it in time and he's 20/30 now. Every flashes-and-floaters patient in my chair "
        "gets a dilated exam with the 90D and indentation, no exceptions.",
        [],
    ),
    (
        "Clozapine. The script came in on a Friday at 5:50pm and the pathology portal showed "
        "last week's ANC, which was fine. I dispensed without noticing that the monitoring was "
        "overdue. Monday's result was 1.2 and he was admitted through the clozapine clinic in "
        "Perth. Our pharmacy won't release clozapine now without a result dated within 7 days, "
        "printed and stapled to the script.",
        [],
    ),
    (
        "Injected 100 ml of Omnipaque for a CT abdomen on a patient with an eGFR of 24 because "
        "the request said 'renal function normal' and I trusted the form over the result "
        "sitting right there in CMS. Her creatinine had doubled by day 3. The ESUR contrast "
        "guidelines were on our shared drive the whole time.",
        [],
    ),
    (
        "Still thinking about this one. My handover note from that night:\n> Siân Prydderch, "
        "G2P1, 39+4, SROM 02:10 clear liquor. Lives at 3 Heol y Felin, Cwmgarw. Plan IOL if no "
        "contractions by 14:00.\nI never reviewed the CTG after the epidural top-up and the "
        "decels had been there for 25 minutes before Bethan, the coordinator, walked in and "
        "pulled the bell.",
        [
            ("Siân Prydderch", "name"),
            ("3 Heol y Felin", "place"),
            ("Cwmgarw", "place"),
            ("Bethan", "name"),
        ],
    ),
    (
        "Long-term care home in Manitoba. I upgraded a resident from minced & moist to regular "
        "on the strength of one good lunch, without an SLP consult. That's IDDSI level 5 to "
        "level 7 overnight. She aspirated at supper two days later and needed IV antibiotics. "
        "IDDSI exists precisely so that I don't have to guess.",
        [],
    ),
    (
        "Night call, 2am. The nurse on Ward 8C at Kwong Lok Hospital phoned me about Mr Lau "
        "Wing-kei, 82, tachycardic at 130 after his anterior resection, and I didn't go because "
        "I was stuck in A&E. By the time I reviewed him he was peritonitic from an anastomotic "
        "leak. His daughter, Ah Yee, had left her mobile, 6128 3390, on the chart and nobody "
        "called her until morning.",
        [
            ("Ward 8C", "facility"),
            ("Kwong Lok Hospital", "facility"),
            ("Mr Lau Wing-kei", "name"),
            ("82", "age"),
            ("Ah Yee", "name"),
            ("6128 3390", "phone"),
        ],
    ),
    (
        "Diabetes clinic in a teaching hospital in Karachi. I gave a standard Ramadan plan to a "
        "type 1 patient on basal-bolus without talking to the endocrinologist. He kept his "
        "usual glargine dose through the fast and was brought into ER hypoglycaemic just before "
        "Asr. Every patient on insulin now gets the IDF-DAR risk score before I say a word "
        "about fasting.",
        [],
    ),
    (
        "Labour epidural at 04:00, Tuohy in at L3-4 and the catheter threaded easily. I skipped "
        "the test dose because she was in so much pain and went straight to 10 ml of 0.1% "
        "ropivacaine with fentanyl. Her legs went dense and her BP fell to 70/40: the catheter "
        "was intrathecal. Phenylephrine, left uterine displacement and a very long hour. The "
        "test dose is back, every time.",
        [],
    ),
]
