"""Round 14 of issue 14's evaluation: 160 stories (80 safe, 328 spans) from two helpers who
saw only the labeling guide (identifier_round2.md), never the check's rules, corpora or code:
burns-unit, hospital-at-home and prison in-reach nurses, renal dietitians, child
psychotherapists, cardiac rehab physiotherapists, emergency-department pharmacists, air
ambulance paramedics (Sunderland, Waterford, Regina, Dar es Salaam, Townsville, New
Hampshire, Bangor, Kandy); palliative-care social workers, scrub nurses, school speech
therapists, community psychiatric nurses, audiologists, lactation consultants, student
midwives, rural pharmacists (Stirling, Galway, Thunder Bay, Harare, Dunedin, Alaska, Exeter,
Peshawar). Measured untouched with the rules written against rounds 1 to 11 and 13, then
written against: see test_identifiers.py and bench/README.md. Entries as in
identifier_corpus."""

ROUND_14_U = [
    (
        (
            "Ramadan on haemodialysis. I gave a standard fluid target without talking "
            "through what iftar actually looks like in a Dar es Salaam household: juice, "
            "soup, watermelon, tea, then more tea. Interdialytic weight gains went from 2 "
            "kg to 4.5 kg and one of my gentlemen came in short of breath with K+ 6.2. We "
            "should have planned the fast with him, not around him. Now we run a Ramadan "
            "clinic two weeks before, in Swahili, with the family."
        ),
        [],
    ),
    (
        (
            "Burns nurse. I posted a 'wins of the week' photo of a healed graft on my work "
            "Instagram, https://www.instagram.com/burnsnurse_tsv_ward/, cropped so I "
            "thought nothing showed. Reuben's tattoo with his daughter's name was in the "
            "corner, and so was the Kirwan Heights Burns Clinic sign. His mate recognised "
            "it within the hour. Reuben rang me on 0412 771 093 and was lovely about it, "
            "which somehow made it worse."
        ),
        [
            ("https://www.instagram.com/burnsnurse_tsv_ward/", "url"),
            ("Reuben", "name"),
            ("Kirwan Heights Burns Clinic", "facility"),
            ("0412 771 093", "phone"),
        ],
    ),
    (
        (
            "I'm a mental health nurse doing in-reach at HMP Glaslyn. I signed an ACCT "
            "review for Dylan Pritchard, A7714GF, on the 19th of August and recorded that "
            "I'd seen him face to face. I hadn't; I'd spoken to him through the observation "
            "panel. He self-harmed that night. At the investigation I had to give my NMC "
            "PIN, 04J1879W, and explain what I meant by 'seen'."
        ),
        [
            ("HMP Glaslyn", "facility"),
            ("Dylan Pritchard", "name"),
            ("A7714GF", "record"),
            ("the 19th of August", "date"),
            ("my NMC PIN, 04J1879W", "self"),
        ],
    ),
    (
        (
            "Mountain rescue handover in the rain. The team leader told me the casualty had "
            "'had a bit of morphine' and I heard 'no morphine'. I gave 10 mg IV on top of "
            "their 10 mg IM. Resps dropped to 6 in the aircraft. Naloxone 400 micrograms, "
            "fine within minutes. Since then I ask for drug, dose, route and time, and I "
            "read it back, even over the rotor noise, even when everyone wants to go."
        ),
        [],
    ),
    (
        (
            "Organophosphate poisoning in the ETU, a farmer in his 40s. I was the "
            "pharmacist covering emergency and I prepared atropine from memory of the old "
            "ampoule strength without checking that the new stock was 1 mg/mL, not 0.6 "
            "mg/mL. The doubling schedule ran ahead of itself and he became tachycardic and "
            "hot. The registrar caught it within the hour. Pralidoxime was never the issue. "
            "Kandy had changed supplier months before and the wall chart hadn't. Now I read "
            "the ampoule, not my memory."
        ),
        [],
    ),
    (
        (
            "Ward 14 burns unit at Senkadagala General. Chamari, a 24-year-old, came in "
            "with kerosene lamp burns to the chest and arms, 30%. Her mother-in-law sat "
            "with her all night and told us it was an accident while cooking. I wrote that "
            "down as the history and never asked Chamari alone. Two days later she told the "
            "night sister it was not an accident. Her home is off Pallegama Road in "
            "Wattegodella, and we nearly discharged her back there before anyone had spoken "
            "to the Women's Desk."
        ),
        [
            ("Ward 14 burns unit at Senkadagala General", "facility"),
            ("Chamari", "name"),
            ("24-year-old", "age"),
            ("Pallegama Road", "place"),
            ("Wattegodella", "place"),
        ],
    ),
    (
        (
            "Phase 3 rehab group in Kandy during the Perahera season. I set a walking "
            "target without thinking that half my group would be standing for hours in "
            "crowds at night. One man on clopidogrel and aspirin 75 mg fainted in the heat "
            "and bruised badly. I should have planned around the festival rather than "
            "pretending it wasn't happening. Now our programme calendar has the Poya days "
            "and the Perahera on it."
        ),
        [],
    ),
    (
        (
            "> Visit 06/11/23 14:10. Mr Gwilym Rowlands (aged 81), IV co-amoxiclav 1.2 g "
            "via midline, site clean, daughter present.\n\nThat was my note. Mr Rowlands is "
            "penicillin-allergic. It was written on the paper folder on his kitchen table "
            "at Cae'r Delyn, Rhosfelin, but not on the e-referral, and I didn't open the "
            "folder because his daughter 'had it all in hand'. Rash within 20 min, no "
            "airway problems, no adrenaline needed. I still think about it every time I "
            "drive past the lane."
        ),
        [
            ("06/11/23", "date"),
            ("Mr Gwilym Rowlands", "name"),
            ("aged 81", "age"),
            ("Cae'r Delyn, Rhosfelin", "place"),
        ],
    ),
    (
        (
            "I'm the weekday ED pharmacist. Mrs Brennan, 89 years old, MRN 0614472, came in "
            "from Kilbarry Heights nursing home after a fall. I reconciled her meds from "
            "the home's transfer sheet and missed that her digoxin had been stopped a month "
            "earlier. Dig level 3.1 on day two. I rang the home on 051 387 224 and the "
            "nurse said the change was on page three. It was."
        ),
        [
            ("Mrs Brennan", "name"),
            ("89 years old", "age"),
            ("MRN 0614472", "record"),
            ("Kilbarry Heights", "facility"),
            ("051 387 224", "phone"),
        ],
    ),
    (
        (
            "Reception screen at HMP Wearmouth on a Friday. New arrival, prison number "
            "A4829CK, told us he was 'on a tablet for voices'. I assumed olanzapine. It was "
            "clozapine, and by the time his CMHT up at Hetton Moor rang back on Monday he'd "
            "missed 3 days. Nobody re-titrated him properly. His sister Kerry-Ann phoned "
            "healthcare on 0191 433 8170 saying he was 'not himself'. He was on constant "
            "watch by the 24th of May."
        ),
        [
            ("HMP Wearmouth", "facility"),
            ("A4829CK", "record"),
            ("Hetton Moor", "place"),
            ("Kerry-Ann", "name"),
            ("0191 433 8170", "phone"),
            ("the 24th of May", "date"),
        ],
    ),
    (
        (
            "Home nursing in Kandy in the monsoon. A diabetic patient on insulin glargine "
            "20 units at night had stopped eating properly during a fever and the family "
            "kept giving the full dose because 'the doctor said 20'. I saw the sugar log "
            "with readings of 3.2 and 3.5 and didn't change anything until the next visit. "
            "She had a hypo at 04:00. I should have rung the doctor that day. Now I write "
            "sick-day rules in Sinhala on the fridge."
        ),
        [],
    ),
    (
        (
            "Child psychotherapist in CAMHS. I shared a recorded session with my supervisor "
            "using https://nhsnet-my.sharepoint.com/:v:/p/cp_wearside/EkR7sess14 and left "
            "the setting on 'anyone with the link'. The boy, Kaiden-Lee, aged 9, talks in "
            "it about his teacher at Hendon Bank Primary and what happens at his nana's. I "
            "found out when IG rang me. The recording had been open for 11 days."
        ),
        [
            ("https://nhsnet-my.sharepoint.com/:v:/p/cp_wearside/EkR7sess14", "url"),
            ("Kaiden-Lee", "name"),
            ("aged 9", "age"),
            ("Hendon Bank Primary", "facility"),
        ],
    ),
    (
        (
            "Mr Bandara (clinic no. RC/2291) has been on my renal diet list for two years. "
            "I emailed his new fluid and potassium plan to what I thought was his son "
            "Sunil's address, sunil.bandara77@gmail.com, and it belonged to a completely "
            "different Sunil Bandara in Colombo. The real son is on 0812 456 903 and lives "
            "near us in Wewelpitiya. Full name, K+, eGFR, dialysis days, the lot. The "
            "stranger replied very kindly and deleted it."
        ),
        [
            ("Mr Bandara", "name"),
            ("clinic no. RC/2291", "record"),
            ("Sunil", "name"),
            ("sunil.bandara77@gmail.com", "email"),
            ("0812 456 903", "phone"),
            ("Wewelpitiya", "place"),
        ],
    ),
    (
        (
            "Cardiac rehab physio. Mr Elwyn Jones-Hughes started phase 3 with us at "
            "Canolfan Iechyd Bryn Celyn after his bypass. On 8 October I uploaded our home "
            "exercise video to YouTube as 'unlisted', https://youtu.be/Xq7fP2kLm9A, and "
            "sent the link to the group, forgetting that two other patients were clearly in "
            "the background. Mr Jones-Hughes, bless him, shared it on the village Facebook "
            "page because he was proud of his squats. It had 300 views before I found out."
        ),
        [
            ("Mr Elwyn Jones-Hughes", "name"),
            ("Canolfan Iechyd Bryn Celyn", "facility"),
            ("8 October", "date"),
            ("https://youtu.be/Xq7fP2kLm9A", "url"),
        ],
    ),
    (
        (
            "Christmas Eve in ED and a supply gap meant IV paracetamol came in a different "
            "brand and bag size. I approved the switch but didn't flag the weight-based "
            "dose for small adults. A frail woman in her 80s weighing about 40 kg got 1 g "
            "four times in 24 hours. LFTs bumped, no lasting damage. HSE guidance was "
            "clear; I just didn't say it. When the product changes, the dose check has to "
            "be said out loud again, not assumed."
        ),
        [],
    ),
    (
        (
            "Mental health work in a remand prison in Tanzania. A young man was brought to "
            "me for 'madness' after shouting at night. I started haloperidol 5 mg without "
            "taking a proper history through an interpreter from his home region. He'd had "
            "a fever for three days; it was delirium from malaria. He improved with "
            "artemether-lumefantrine and fluids, not the haloperidol. Now I check a "
            "temperature and an RDT before I call anything psychosis."
        ),
        [],
    ),
    (
        (
            "Phase 3 class in a community hall in the south-east of Ireland. One of my men "
            "was itching to get back hurling with the over-40s and I cleared him to 'go at "
            "it' because his exercise test was grand. I didn't ask about his ICD. He took a "
            "belt of a hurley to the chest right over the device. Shock, A&E, device check "
            "okay, lead fine. I don't clear anyone for contact sport without a cardiology "
            "conversation now, however good their Bruce protocol looked."
        ),
        [],
    ),
    (
        (
            "Burns dressing clinic in Townsville. A bloke had chucked petrol on a "
            "green-waste pile and came in with partial-thickness burns to both forearms. I "
            "put a hydrocolloid over a wound that was clearly weeping because it was all we "
            "had in that size, and told him to leave it for a week. Tropical heat plus a "
            "sealed wet wound equals a mess. Cellulitis by day 5. I now ask 'what will you "
            "be doing in the heat this week' before I pick the dressing."
        ),
        [],
    ),
    (
        (
            "Sinhala and Tamil New Year, and we had three kids in with firecracker burns to "
            "the hands. I dressed one with the silver dressing before the wound was "
            "properly cleaned because we were short of saline and I thought the silver "
            "would 'cover it'. It didn't. Infection by day 4, pus under the dressing, back "
            "to theatre. In Sri Lanka we are always short of something at New Year. That is "
            "exactly when I should stick hardest to the basics."
        ),
        [],
    ),
    (
        (
            "Hospital-at-home in New Hampshire during a nor'easter. I had a patient on "
            "warfarin with an INR of 4.8 and the plan was a recheck in 2 days. The storm "
            "cancelled my visit and I didn't arrange a remote check or ring her to ask "
            "about bruising. She had a nosebleed that wouldn't stop and called 911. She did "
            "fine. Weather is a clinical risk in home care. Now every high-risk pt has a "
            "storm plan on day one."
        ),
        [],
    ),
    (
        (
            "BHT no. 4418/22. A 34-year-old paddy farmer from Udawela Pitiya, brought in by "
            "his wife after drinking something from the shed. Mr Herath's family only knew "
            "it was 'weed poison'. I went by the bottle they brought, said glyphosate, and "
            "told the team atropine wasn't needed. It was a mixed product with an "
            "organophosphate in it. Pinpoint pupils and secretions forty minutes later. His "
            "relatives rang the ETU on 081 238 4410 four times that night and I answered "
            "twice."
        ),
        [
            ("BHT no. 4418/22", "record"),
            ("34-year-old", "age"),
            ("Udawela Pitiya", "place"),
            ("Mr Herath", "name"),
            ("081 238 4410", "phone"),
        ],
    ),
    (
        (
            "Virtual ward in North Wales, covering a huge rural patch. A man in his 90s "
            "with a Rockwood CFS of 7 was on IV ceftriaxone 2 g OD for a UTI-ish picture. "
            "NEWS2 was 3 on my Saturday visit and I put the new confusion down to the "
            "infection. It was a subdural from a fall he didn't mention. He told me he'd "
            "'just sat down quick'. Any new confusion on the virtual ward now gets a proper "
            "head-to-toe and a question about falls in Welsh and English, because sometimes "
            "the answer changes."
        ),
        [],
    ),
    (
        (
            "Week 4 of rehab. Bevan (58yo, post-CABG) asked if he could 'actually get a "
            "sweat up'. I'd miscopied his Karvonen target as 148 instead of 128. He got to "
            "141 on the bike before he went grey. Stopped, sat, obs fine, no new ECG "
            "changes. It's in RiskMan as RM-2023-08815. I'm the only cardiac rehab physio "
            "at Ross River Community Health, so the whole group knew whose mistake it was."
        ),
        [
            ("Bevan", "name"),
            ("58yo", "age"),
            ("RM-2023-08815", "record"),
            ("the only cardiac rehab physio at Ross River Community Health", "self"),
        ],
    ),
    (
        (
            "Home nursing for the Lakvin Home Care programme. My patient, a 78-year-old "
            "lady the whole family calls Loku Amma, at No. 42/3, Siyambalagaha Mawatha, was "
            "on subcut enoxaparin. I gave the morning dose without checking whether her "
            "grandson, who is a doctor, had already given it. He had. Double dose, a big "
            "haematoma on the abdomen, no bleeding elsewhere. Her NIC number, 194612302871, "
            "went on the new dose chart I made afterwards so this never happens again."
        ),
        [
            ("Lakvin Home Care", "facility"),
            ("78-year-old", "age"),
            ("Loku Amma", "name"),
            ("No. 42/3, Siyambalagaha Mawatha", "place"),
            ("194612302871", "record"),
        ],
    ),
    (
        (
            "Helicopter tasking to a beach on the south coast, a child pulled from the "
            "water. I trusted a sats reading of 94% from a finger probe on hands that were "
            "blue with cold. In the aircraft we switched to the ear probe: 84%. Cold skin "
            "lies. Now we warm the hands or go straight to the ear on every immersion job, "
            "and I don't write a sats number down until I believe the trace."
        ),
        [],
    ),
    (
        (
            "Fixed-wing medevac from the southern regions into Dar es Salaam, a head injury "
            "after a boda boda crash, GCS 9. I gave midazolam for agitation before take-off "
            "and then handed over 'GCS 9, pupils equal' from my pre-sedation notes as if it "
            "were current. The receiving team found a blown left pupil. He went straight to "
            "theatre. I now do a fresh set of pupils at handover, whatever I wrote earlier, "
            "and say what time they were done."
        ),
        [],
    ),
    (
        (
            "Saskatchewan winter, a man brought in with frostbite and a burn on the same "
            "hand because he'd warmed it over a camp stove. I dressed the burn and charted "
            "the frostbite as 'resolved' because the colour had come back. It hadn't; there "
            "were blisters the next day that needed the burn surgeon and a tPA discussion. "
            "Frostbite and burns can look alike early. I document them as separate injuries "
            "now, and I don't call either one resolved on day one."
        ),
        [],
    ),
    (
        (
            "Winter scene call north of Regina, a snowmobiler found in a ditch, core temp "
            "29.8°C. We rolled him roughly onto the stretcher to get out of the wind, no "
            "thought to his cold heart, and he went into VF beside the aircraft. Two "
            "shocks, ROSC, and the ECMO team accepted him. The protocol says gentle "
            "handling and keep horizontal. I knew it; I was freezing and in a hurry. Now I "
            "say 'move him like glass' out loud before every hypothermia lift."
        ),
        [],
    ),
    (
        (
            "Cardiac rehab in North Wales. I taught a man the GTN spray technique in "
            "English; his first language is Welsh and he nodded along. Three weeks later he "
            "told me he'd been spraying it on his chest like a deodorant. He was in his "
            "60s, sharp as anything, just too polite to say he hadn't followed me. I use "
            "teach-back in both languages now."
        ),
        [],
    ),
    (
        (
            "Estimated TBSA on a toddler with a kettle scald using the Rule of Nines "
            "instead of the Lund and Browder chart. Legs came out too big, head too small, "
            "and I overcalled it at 12% when it was nearer 8%. Fluids were started on my "
            "number. The consultant recalculated at 03:30 and we cut back before any real "
            "harm. I was a Band 5 six months into burns and too proud to ask. Now the Lund "
            "and Browder lives laminated on the trolley."
        ),
        [],
    ),
    (
        (
            "In-reach at the Wascana Remand Centre. I didn't chase a lithium level for "
            "Clarence Desjarlais, offender #SK-30418, because his file said 'stable on "
            "lithium 900 mg'. He'd been in three weeks and was vomiting, which the unit put "
            "down to the food. Level came back 2.1 on Jan 12. His partner had left a "
            "message on our line, (306) 555-0139, saying he sounded 'drunk' on the phone. "
            "Nobody passed it on and I didn't check."
        ),
        [
            ("Wascana Remand Centre", "facility"),
            ("Clarence Desjarlais", "name"),
            ("offender #SK-30418", "record"),
            ("Jan 12", "date"),
            ("(306) 555-0139", "phone"),
        ],
    ),
    (
        (
            "In-reach, Band 6. I closed an ACCT on a lad because at review he was talking "
            "about his release date and his little girl, and I wrote 'future-focused, "
            "protective factors present'. Two days later he was found with a ligature; "
            "officers cut him down and he survived. I'd never asked what would happen if "
            "the release got pushed back, which it had, that morning, after an "
            "adjudication. Protective factors can flip overnight in prison. I ask about the "
            "worst case now, not the hopeful one."
        ),
        [],
    ),
    (
        (
            "I'm the only renal dietitian at Suir Valley Dialysis Unit, so you'll know it "
            "was me. Nuala Doherty had her review on 21/09/2022 and I meant to switch her "
            "to a renal-specific supplement but wrote the code for the standard one. Her "
            "PPS number, 7742218KA, was on the script I faxed to the chemist in Carrigmore "
            "Cross. Potassium 6.1 a fortnight later. The pharmacist there rang to query it "
            "after the second box, not the first."
        ),
        [
            ("the only renal dietitian at Suir Valley Dialysis Unit", "self"),
            ("Nuala Doherty", "name"),
            ("21/09/2022", "date"),
            ("7742218KA", "record"),
            ("Carrigmore Cross", "place"),
        ],
    ),
    (
        (
            "Child psychotherapy in Dar es Salaam, a girl in Standard 4 referred after a "
            "road accident. I used the English 'feelings faces' cards and she picked the "
            "smiling one for everything. I wrote 'minimising'. Her teacher later explained "
            "that in her family you don't show a sad face to an elder, and I was the elder. "
            "Bowlby's ideas travel; my worksheets don't. I now ask families in Swahili what "
            "feelings are allowed to look like at home."
        ),
        [],
    ),
    (
        (
            "Mzee Athumani Said, aged 67, dialyses three times a week at the Upanga Kidney "
            "Centre. I gave him a low-potassium sheet that was basically copied from a "
            "British leaflet: avoid bananas, oranges, tomatoes. Nothing about the mchicha "
            "and dagaa he eats every evening at home in Tandale, or the coconut water his "
            "daughter brings. K+ came back 6.8 and he needed an extra session. His son "
            "called me on +255 754 318 207 and asked, very politely, whether I had ever "
            "done my own shopping in Dar es Salaam. Fair question."
        ),
        [
            ("Mzee Athumani Said", "name"),
            ("aged 67", "age"),
            ("Upanga Kidney Centre", "facility"),
            ("Tandale", "place"),
            ("+255 754 318 207", "phone"),
        ],
    ),
    (
        (
            "Home-based care in Dar es Salaam in the hot season. I left a patient's "
            "pre-filled IV antibiotic syringes in the cool box on the back seat of the "
            "bajaji while I did two other visits first. By the time I arrived the ice packs "
            "were water and the box was warm. Pharmacy couldn't vouch for them, so we "
            "binned them and the dose was four hours late. The patient was fine. The cool "
            "box rides on my lap now, and the route starts with whoever has IV drugs."
        ),
        [],
    ),
    (
        (
            "Mrs Kumudini Jayasekara, aged 62, was on phase 3 rehab with us at the "
            "Mahanuwara Heart Centre after her stent. I gave her a home walking plan of 30 "
            "minutes a day and forgot that her house on Udagama Watta Lane is up about two "
            "hundred steps from the bus halt. She did the steps as a 'warm-up' and then the "
            "walk. Chest tightness on day two. Her daughter called me on 077 814 3306 in a "
            "panic."
        ),
        [
            ("Mrs Kumudini Jayasekara", "name"),
            ("aged 62", "age"),
            ("Mahanuwara Heart Centre", "facility"),
            ("Udagama Watta Lane", "place"),
            ("077 814 3306", "phone"),
        ],
    ),
    (
        (
            "Mental health in-reach at a provincial remand centre. A man on segregation "
            "status was refusing quetiapine and I documented it as 'informed refusal' "
            "without asking why. It turned out the night shift was handing out meds through "
            "the food slot in front of the whole range and he didn't want anyone to see. "
            "Two weeks unmedicated, worsening paranoia. Saskatchewan winters don't help "
            "segregation either. Now I ask 'what's getting in the way' before I write the "
            "word refusal."
        ),
        [],
    ),
    (
        (
            "Child psychotherapy with a bilingual family in North Wales. I agreed to a "
            "parent's request to sit in on a session 'just this once' because the child had "
            "started refusing to come. The child, a girl in Year 4, said nothing for 50 "
            "minutes and drew only her mum. Afterwards the referral made more sense: the "
            "worries were about home. Anna Freud wrote about the parent in the room and I'd "
            "read it; I still said yes because I wanted the attendance figures to look "
            "better. I hold the boundary now and offer parent sessions separately."
        ),
        [],
    ),
    (
        (
            "Lifted a walker off the ridge above Bwlch y Llyn Du in thick clag. Dafydd Wyn "
            "(aged 66) had a broken ankle and a bang to the head. His wife read his meds to "
            "me over the phone, 07814 662 019, and I heard 'digoxin' when she'd said "
            "'dabigatran'. I didn't think about bleeding risk with the head knock and we "
            "handed him to a land crew for the slow run to Ysbyty Eryri Fawr instead of "
            "flying him. Small subdural on CT, fine in the end, but he was hours further "
            "from a scanner than he needed to be."
        ),
        [
            ("Bwlch y Llyn Du", "place"),
            ("Dafydd Wyn", "name"),
            ("aged 66", "age"),
            ("07814 662 019", "phone"),
            ("Ysbyty Eryri Fawr", "facility"),
        ],
    ),
    (
        (
            "Phase 2 class in the middle of a Queensland summer, 36 degrees and the aircon "
            "in the gym was out. I kept the circuit as planned because the group 'liked "
            "routine'. One of my post-MI blokes on bisoprolol 5 mg hit Borg 17 on the "
            "step-ups while his HR barely moved, and I took the HR as reassurance. He "
            "vomited and went pale. GTN, sit down, ECG unchanged, home that afternoon. "
            "Beta-blocked hearts don't tell you much; RPE and the look on someone's face "
            "do."
        ),
        [],
    ),
    (
        (
            "Told a dialysis patient in his 60s he could ease off his sevelamer over the "
            "long weekend because his last phosphate was 1.4 mmol/L. I didn't check that "
            "the result predated his binder dose being halved. He came in Tuesday with a "
            "phos of 2.6 and scratching himself raw. No lasting harm, but I now read the "
            "MAR alongside the date of every lab I quote. A number without its context is "
            "just a number."
        ),
        [],
    ),
    (
        (
            "Hospital-at-home, new program. I texted the wrong video link to a patient:\n> "
            "Hi Mr. Thibodeau, your virtual visit today: "
            "https://visit.granitecare-home.org/r/ZK8812\nThat link was for another "
            "patient's room. He sat watching someone else's waiting room for twenty "
            "minutes, then drove himself to Concord Northway Hospital with the chest pain "
            "he'd been waiting to tell me about. He lives off Suncook Ridge Road, forty "
            "minutes out."
        ),
        [
            ("Mr. Thibodeau", "name"),
            ("https://visit.granitecare-home.org/r/ZK8812", "url"),
            ("Concord Northway Hospital", "facility"),
            ("Suncook Ridge Road", "place"),
        ],
    ),
    (
        (
            "Child psychotherapy in CAMHS in Sunderland. I let a primary-school boy take "
            "home the clay figure he'd made in session because he cried when I said no. "
            "After that, every session became about what he could take. Winnicott writes "
            "about transitional objects and I used that to justify it, but it was really "
            "about my own discomfort with his tears. The frame holds when I hold it."
        ),
        [],
    ),
    (
        (
            "DKA in resus, K+ 3.1 on the first VBG. I was the ED pharmacist and let the "
            "insulin infusion get hung at 0.1 units/kg/hr before the potassium went up, "
            "because everyone was in a hurry and I didn't want to be the person slowing "
            "things down. Repeat K+ was 2.6 at 04:10 with ectopy on the monitor. We caught "
            "up fast and she was fine. ADA guidance is clear and I knew it. Now I say it "
            "out loud in the room, every time: potassium first."
        ),
        [],
    ),
    (
        (
            "I sent a session summary to the wrong parent. They're separated and only Mam "
            "has consent for clinical information.\n> Dear Ms Fitzgerald,\n> Following "
            "Aoife's session on 9 February we talked about her night terrors and what she's "
            "been saying about the house in Ballinroan...\nIt went to her dad's address, "
            "d.fitzgerald.joinery@eircom.net, because the old referral from Comeragh Child "
            "and Family Service still had his details as primary. He rang the clinic the "
            "same evening. I'm still sick about it."
        ),
        [
            ("Ms Fitzgerald", "name"),
            ("Aoife", "name"),
            ("9 February", "date"),
            ("Ballinroan", "place"),
            ("d.fitzgerald.joinery@eircom.net", "email"),
            ("Comeragh Child and Family Service", "facility"),
        ],
    ),
    (
        (
            "I'm the only burn nurse educator at Granite State Regional, so this one's a "
            "bit public. A 3-year-old, Kyleigh, came up with a 'bathtub accident' scald and "
            "I accepted the story without flagging the glove-and-stocking pattern with "
            "clean margins. MRN 20-447128. Child protection got involved a week later "
            "because an OT asked the question I should have. Her grandmother lives on "
            "Birchknoll Lane and kept bringing cookies to the unit for the staff."
        ),
        [
            ("the only burn nurse educator at Granite State Regional", "self"),
            ("3-year-old", "age"),
            ("Kyleigh", "name"),
            ("MRN 20-447128", "record"),
            ("Birchknoll Lane", "place"),
        ],
    ),
    (
        (
            "Nights on Ward 22 at Roker Bay General, burns side. Pt was a 43-year-old "
            "roofer, 18% TBSA from a tar boiler. I worked out his Parkland fluids but "
            "started the clock from arrival on the ward instead of time of injury, so the "
            "first-8-hour volume went in over nearly 11. Reg picked it up on the 06:00 "
            "review. His wife rang the unit on 0191 567 3302 three times asking why he'd "
            "gone so puffy and I fobbed her off. Datix WEB48213 went in before handover."
        ),
        [
            ("Ward 22 at Roker Bay General", "facility"),
            ("43-year-old", "age"),
            ("0191 567 3302", "phone"),
            ("Datix WEB48213", "record"),
        ],
    ),
    (
        (
            "Hospital-at-home in Regina, January. Mrs. Olynyk (HSN 823 441 907) lives on "
            "Tamarack Bay, and so does another of our patients; both were on IV ertapenem. "
            "I hung the neighbour's bag, which was renally adjusted, so Mrs. Olynyk got "
            "half her dose for two days. Her son called the program line at (306) 555-0172 "
            "asking why she still had a fever. Both ladies are in their 80s and both have "
            "blue front doors, which is not an excuse."
        ),
        [
            ("Mrs. Olynyk", "name"),
            ("HSN 823 441 907", "record"),
            ("Tamarack Bay", "place"),
            ("(306) 555-0172", "phone"),
        ],
    ),
    (
        (
            "Retrieval to Bluegum Flat station, about forty minutes past Mingella Crossing. "
            "The patient was a 19-year-old jackaroo, Tyson Kerrigan, crushed under a quad "
            "bike. I drew up ketamine for 90 kg because he 'looked big'; he was 64 kg on "
            "the station's stock scale. He went apnoeic for a minute and needed bagging. "
            "The station manager had given us his weight over the sat phone, 0147 221 908, "
            "and I'd written it on my leg and not looked."
        ),
        [
            ("Bluegum Flat station", "place"),
            ("Mingella Crossing", "place"),
            ("19-year-old", "age"),
            ("Tyson Kerrigan", "name"),
            ("0147 221 908", "phone"),
        ],
    ),
    (
        (
            "Emergency department in Dar es Salaam, a child with severe malaria. I worked "
            "out the IV artesunate dose correctly for weight but reconstituted it with the "
            "wrong volume because the box was from a new supplier with different "
            "instructions. The nurse queried the cloudy syringe before anything was given. "
            "I read the package insert every time now, even for drugs I've used a hundred "
            "times."
        ),
        [],
    ),
    (
        (
            "Renal clinic in Kandy. I told a man with CKD stage 4 that king coconut water "
            "was a healthy alternative to fizzy drinks in the heat. It is, for most people. "
            "His K+ went from 5.1 to 6.7 in a fortnight because he'd switched to three a "
            "day. Nobody was hurt and the haemodialysis team sorted him out, but I'd given "
            "advice for healthy people to a man with an eGFR of 18. Now I ask what people "
            "drink, not just what they eat."
        ),
        [],
    ),
    (
        (
            "ED pharmacist. I did a med rec for Mr Dobson, NHS no. 485 771 2093, and copied "
            "his warfarin dose off a photo of his yellow book that his daughter had shared "
            "as a link (https://photos.app.goo.gl/vR7kQm2HtYp9Lx4). It was last year's "
            "page: 5 mg, not 3 mg. INR 6.2 two days later. He lives in Grindon Vale and had "
            "come in that week after a fall."
        ),
        [
            ("Mr Dobson", "name"),
            ("NHS no. 485 771 2093", "record"),
            ("https://photos.app.goo.gl/vR7kQm2HtYp9Lx4", "url"),
            ("Grindon Vale", "place"),
        ],
    ),
    (
        (
            "Overnight in the ED. Tele-stroke came through for a 71 y/o from North Wickett, "
            "MRN 4471-0932, and I checked the alteplase dose against the weight in the "
            "chart: 198, entered as kg when it was pounds. I only caught it when the pump "
            "programming didn't match the vial count. Her husband, Mr. Gagnon, kept saying "
            "'she's been ninety kilos since our wedding.' Filed as safety event SE-118204."
        ),
        [
            ("71 y/o", "age"),
            ("North Wickett", "place"),
            ("MRN 4471-0932", "record"),
            ("Mr. Gagnon", "name"),
            ("SE-118204", "record"),
        ],
    ),
    (
        (
            "Cardiac rehab in a small hospital in New Hampshire. A woman in her 70s with "
            "new AF did the treadmill warm-up and I started her 6-minute walk test without "
            "checking she'd had her metoprolol. She hadn't taken anything that morning "
            "because she was 'saving it for after'. Rate was in the 150s. We stopped, she "
            "was fine. The Borg score looked okay; her pulse did not. I check med timing "
            "before every session now, not just at intake."
        ),
        [],
    ),
    (
        (
            "Hospital in the Home. Mrs Papadakis (she's 77) lives at 14 Jacaranda Court, "
            "Aitkenvale Heights, and was on IV cefazolin through a PICC. I flushed and "
            "re-capped but didn't clamp, and her daughter rang at 9pm because there was "
            "blood up the line and on the couch. I'd also left the folder on her kitchen "
            "bench with her Medicare number, 4275 61938 1, written across the front in my "
            "handwriting."
        ),
        [
            ("Mrs Papadakis", "name"),
            ("she's 77", "age"),
            ("14 Jacaranda Court, Aitkenvale Heights", "place"),
            ("4275 61938 1", "record"),
        ],
    ),
    (
        (
            "Jaxon, aged 11, goes to Riverway Heights State School and I'd been seeing him "
            "for six months. I wrote a letter supporting his NDIS plan and left the draft "
            "on the shared printer at our practice on 14/6. It had his diagnosis, his mum "
            "Shae's name and the details of his dad's DVO. Another parent in the waiting "
            "room picked it up by mistake with her own paperwork. NDIS no. 430 118 992 was "
            "right at the top."
        ),
        [
            ("Jaxon", "name"),
            ("aged 11", "age"),
            ("Riverway Heights State School", "facility"),
            ("14/6", "date"),
            ("Shae", "name"),
            ("NDIS no. 430 118 992", "record"),
        ],
    ),
    (
        (
            "Juma Mrisho, prisoner no. KR/471/2022, was on our in-reach list at Kisiju "
            "Remand Prison for depression. I recommended a move to the hospital wing and "
            "wrote the reason on a slip that went through the ordinary wards. By 3 August "
            "every cell knew he'd been 'sent to the mad doctor'. He refused to see me "
            "again. His mother travels from Vikindu Mashariki every fortnight and she asked "
            "me why."
        ),
        [
            ("Juma Mrisho", "name"),
            ("prisoner no. KR/471/2022", "record"),
            ("Kisiju Remand Prison", "facility"),
            ("3 August", "date"),
            ("Vikindu Mashariki", "place"),
        ],
    ),
    (
        (
            "Air ambulance transfer, and I was the paramedic on the aircraft. Mr Selvaraj, "
            "a 45-year-old field supervisor from Kelegama Estate, Upper Division, had his "
            "leg crushed under a tractor trailer. The estate dispensary called our base on "
            "052 227 3318 to say he was allergic to penicillin; I heard it, nodded, and "
            "didn't write it down. The receiving team gave co-amoxiclav. He got hives and a "
            "frightening ten minutes, nothing worse."
        ),
        [
            ("Mr Selvaraj", "name"),
            ("45-year-old", "age"),
            ("Kelegama Estate, Upper Division", "place"),
            ("052 227 3318", "phone"),
        ],
    ),
    (
        (
            "Coast guard winch then our helicopter: a 52-year-old farmer, Seánie Kiely, "
            "pinned by a bull in the cliff field at Ballydrislane. The family gave us the "
            "Eircode X91 K4T7, but that's the farmhouse, and the field was two townlands "
            "over. I put the wrong location into the tasking note and we lost twelve "
            "minutes. CAD incident 24-118703, if anyone from NAS is reading this."
        ),
        [
            ("52-year-old", "age"),
            ("Seánie Kiely", "name"),
            ("Ballydrislane", "place"),
            ("X91 K4T7", "place"),
            ("CAD incident 24-118703", "record"),
        ],
    ),
    (
        (
            "I ended a session ten minutes early because I had a meeting, and told a boy in "
            "primary school it was 'just for today'. Winnicott would have had words. He "
            "spent the next three sessions testing whether I'd leave again: hiding in the "
            "press, refusing to tidy the sand tray. I had treated the frame as mine to "
            "bend. Tusla had been involved with the family for years and leaving was the "
            "whole story for him. I don't move the clock for admin any more."
        ),
        [],
    ),
    (
        (
            "I'm an in-reach clinician at Contoocook Valley Correctional Facility. I told a "
            "new intake, Mr. Leclerc, inmate ID 88213, that his buprenorphine 'would be "
            "continued', because that's our policy on paper. It wasn't continued for four "
            "days; pharmacy hadn't verified the outside script and I didn't chase it. He "
            "was released on 7/19/23 and overdosed two days later in his apartment in "
            "Penacook Mills. He survived. I chase every bup verification myself now."
        ),
        [
            ("Contoocook Valley Correctional Facility", "facility"),
            ("Mr. Leclerc", "name"),
            ("inmate ID 88213", "record"),
            ("7/19/23", "date"),
            ("Penacook Mills", "place"),
        ],
    ),
    (
        (
            "Play therapy with a Grade 3 student in Saskatchewan. I interpreted a sand-tray "
            "scene full of 'bad guys in the basement' as aggression and said so, "
            "Klein-style, far too early. He stopped playing for two sessions. Later it "
            "turned out the basement was where he got sent during his parents' fights. I'd "
            "been interpreting my theory, not his world. Bowlby would have told me to wait "
            "for safety before meaning. I wait longer now."
        ),
        [],
    ),
    (
        (
            "Burn unit, nights. I used Silvadene on a partial-thickness burn in a patient "
            "with a documented sulfa allergy because it was in the drawer and the wristband "
            "said 'sulfa' in handwriting I read as 'shellfish'. Rash by morning, no "
            "anaphylaxis. The EHR allergy banner was correct and I hadn't looked at it. Now "
            "I read the banner, not the wristband, and I ask the patient."
        ),
        [],
    ),
    (
        (
            "Wet season in North Queensland, mango trees dropping fruit in every backyard. "
            "I didn't think to ask my haemodialysis patients about mangoes at the December "
            "review; I asked about bananas and oranges like the textbook. Three of them "
            "came in with K+ over 6 the following fortnight. One needed calcium gluconate "
            "and an urgent session. Local food is seasonal and the diet history should be "
            "too. Now my checklist changes with the wet."
        ),
        [],
    ),
    (
        (
            "Baraka, aged 7, was referred to us at the Kigamboni Children's Wellbeing "
            "Clinic for bedwetting and silence at school. I met Mama Baraka first and, "
            "without thinking, asked about the father in front of the house girl. The whole "
            "street in Mjimwema knew by the weekend that he was in prison. My session notes "
            "are dated 12 May 2022; the family never came back."
        ),
        [
            ("Baraka", "name"),
            ("aged 7", "age"),
            ("Kigamboni Children's Wellbeing Clinic", "facility"),
            ("Mama Baraka", "name"),
            ("Mjimwema", "place"),
            ("12 May 2022", "date"),
        ],
    ),
    (
        (
            "Email I should never have sent from my phone:\n> Hi Dana, quick update re "
            "Kaylee R. (DOB 2014-03-22). In session she talked more about the uncle who "
            "stays at the house on Halloran Crescent...\nThere are two Danas on this case. I "
            "meant the social worker and picked the school counsellor from autocomplete. "
            "The school had no right to that. I phoned both the same afternoon and reported "
            "it to our privacy officer."
        ),
        [
            ("Dana", "name"),
            ("Kaylee R.", "name"),
            ("2014-03-22", "date"),
            ("Halloran Crescent", "place"),
        ],
    ),
    (
        (
            "Renal dietitian in the south-east. I gave a man on haemodialysis the "
            "low-potassium list and told him potatoes were fine if he double-boiled them. "
            "He heard 'boil them twice' and then roasted them in the same dripping. Not "
            "quite the point. K+ 6.3. Irish dinners are built around the spud; I need to "
            "teach the method with him standing in a kitchen, not with a handout."
        ),
        [],
    ),
    (
        (
            "Mental health in-reach at a county jail in New Hampshire. We had a man "
            "withdrawing from alcohol and I scored him on CIWA as a 7 and left it. He'd "
            "told me he drank 'a few beers' and I didn't ask how big or how many. By the "
            "morning count he was seizing. He's okay. CIWA is only as good as the history "
            "behind it, and in jail people under-report for good reasons. I ask 'what's the "
            "most you've had in a day this month' now."
        ),
        [],
    ),
    (
        (
            "I work in the emergency unit at Mwenge District Hospital as a pharmacist. Bi. "
            "Mwanaisha Hamisi, reg. no. 2023/ED/04417, was given an IV quinine loading dose "
            "after she'd already had quinine at a private dispensary in Kibamba Darajani. I "
            "didn't ask about pre-treatment because she was drowsy and I didn't wait for "
            "her husband. Glucose 1.9 an hour later. Her husband phoned the ward that "
            "evening on +255 713 602 448 and I had to explain."
        ),
        [
            ("Mwenge District Hospital", "facility"),
            ("Bi. Mwanaisha Hamisi", "name"),
            ("reg. no. 2023/ED/04417", "record"),
            ("Kibamba Darajani", "place"),
            ("+255 713 602 448", "phone"),
        ],
    ),
    (
        (
            "Prison in-reach in North Wales. A man was flagged for a Mental Health Act "
            "assessment and I wrote in English on the referral that he 'lacked insight'. "
            "He'd answered my questions in Welsh and I'd been translating badly in my head. "
            "The psychiatrist, who spoke Welsh, found a completely different man. Under the "
            "Welsh Language Standards he should have been offered a Welsh-speaking assessor "
            "from the start. I offer first now, not when it goes wrong."
        ),
        [],
    ),
    (
        (
            "I run the Tuesday class at Seacoast Heart Rehab. I sent a schedule change to "
            "the whole group with everyone in To: instead of Bcc:. One of them was a "
            "47-year-old on the transplant list, Brandon Morrissette, who hadn't told work "
            "about his heart. His address, bmorrissette.rye@gmail.com, was sitting there "
            "for 23 people, and one of them was his shift supervisor."
        ),
        [
            ("Seacoast Heart Rehab", "facility"),
            ("47-year-old", "age"),
            ("Brandon Morrissette", "name"),
            ("bmorrissette.rye@gmail.com", "email"),
        ],
    ),
    (
        (
            "Fixed-wing retrieval out of Townsville, long flight, a crush injury with a "
            "pelvis we'd bound on scene. I gave TXA 1 g at 01:15 and wrote it on my glove "
            "and nowhere else. The glove went in the bin. The receiving ED, seeing nothing "
            "charted, gave another 1 g bolus on top of the infusion we'd already started. "
            "Probably no harm, but a double dose because of a nitrile glove is not a "
            "system. Now I say every drug out loud into the headset and my partner writes "
            "it on the ATMIST card."
        ),
        [],
    ),
    (
        (
            "Paddy Phelan, a 74-year-old on our home-based cardiac rehab, got a check-in "
            "call from me on 087 402 6617. I forgot to confirm his new apixaban dose after "
            "his kidney function dropped and told him 'no changes'. He had a GI bleed on "
            "the 3rd of March. He lives out at Ballyvoyle Strand, forty minutes from "
            "anywhere. His wife answers that phone, and she told me exactly what she "
            "thought of me. Rightly."
        ),
        [
            ("Paddy Phelan", "name"),
            ("74-year-old", "age"),
            ("087 402 6617", "phone"),
            ("the 3rd of March", "date"),
            ("Ballyvoyle Strand", "place"),
        ],
    ),
    (
        (
            "Hospital-at-home, Sunderland. I took bloods on a Friday and sent them with the "
            "courier without labelling one of the tubes until I got back to the car. I "
            "labelled it from memory. Two patients, same road, same day. The potassium of "
            "5.9 was pinned on the wrong lady and her furosemide was held over the weekend. "
            "She ended up back in A&E in fluid overload. Label at the bedside, every single "
            "time. I've said it to students for years and I still did it."
        ),
        [],
    ),
    (
        (
            "Match day, ED heaving. I did a med rec on a man with Parkinson's and marked "
            "his Sinemet as 'continue' but didn't flag the time-critical doses. He sat in a "
            "cubicle for six hours and missed two. By the evening he was rigid and couldn't "
            "swallow. NICE and Parkinson's UK both say time-critical, and I'd done the "
            "training. Now I put a sticker on the board and tell the nurse in charge "
            "myself."
        ),
        [],
    ),
    (
        (
            "Aunty Noreen does her haemo at the Curlew Island community unit and flies in "
            "to us for reviews. I switched her phosphate binder to a chewable without "
            "checking her teeth; her dentures had been broken for months. She stopped "
            "taking them and didn't want to tell me. URN 2209817. She found my email on the "
            "clinic letter, k.nguyen.renaldiet@tsvhealth.qld.gov.au, and wrote to say she "
            "'couldn't chew them, love'. She was the only patient who ever used it."
        ),
        [
            ("Aunty Noreen", "name"),
            ("Curlew Island", "place"),
            ("URN 2209817", "record"),
            ("k.nguyen.renaldiet@tsvhealth.qld.gov.au", "email"),
        ],
    ),
    (
        (
            "Burn unit at Wascana Plains General, writing this as part of a reflection my "
            "manager asked for, so yes, my CRNS licence is 0042871 and I own it. Dorian "
            "Ironstar, a 31-year-old, came in with a flash burn from a propane tank in a "
            "garage. Facial burns, singed nasal hair, voice getting hoarse over two hours. "
            "I charted each finding and didn't put them together or call anesthesia. He was "
            "intubated in a hurry when the stridor started. Airway first, always."
        ),
        [
            ("Wascana Plains General", "facility"),
            ("my CRNS licence is 0042871", "self"),
            ("Dorian Ironstar", "name"),
            ("31-year-old", "age"),
        ],
    ),
    (
        (
            "Flight paramedic, rotor wing. We landed in the Schellenbergs' yard at Bergheim "
            "Corner for a 12-year-old kicked by a horse. I splinted and gave fentanyl 1 "
            "mcg/kg but used his dad's estimate of 50 kg; he was 34 kg on arrival. Resp "
            "rate 8 in the air, naloxone, fine. His mum emailed the base afterwards from "
            "l.schellenberg@sasktel.net asking why he 'was so sleepy', and she deserved a "
            "straight answer, which I gave her on 4 August."
        ),
        [
            ("the Schellenbergs", "name"),
            ("Bergheim Corner", "place"),
            ("12-year-old", "age"),
            ("l.schellenberg@sasktel.net", "email"),
            ("4 August", "date"),
        ],
    ),
    (
        (
            "I'm the only renal dietitian at Ysbyty Afon Menai, so when a PD patient's "
            "phosphate climbs everyone looks at me. Mrs Eirlys Parry prefers everything in "
            "Welsh, so I gave her the Welsh-language dairy leaflet. The English version had "
            "been revised last year to move hard cheese onto the 'limit' list; the Welsh "
            "one hadn't. She'd been having caws on toast twice a day on my advice. Phos "
            "2.3. Her hospital number, M0923817, is now on my list of people I owe a phone "
            "call and an apology."
        ),
        [
            ("the only renal dietitian at Ysbyty Afon Menai", "self"),
            ("Mrs Eirlys Parry", "name"),
            ("M0923817", "record"),
        ],
    ),
]

ROUND_14_V = [
    (
        (
            "I'm the only palliative care social worker at Strathallan Hospice, so there "
            "was nobody to catch this. I left a DS1500 in my tray over a long weekend. Mrs "
            "Agnes Drummond, aged 79, was relying on it for her fast-track benefits claim. "
            "Her daughter rang on 07700 914382 on the Tuesday in tears, and the form "
            "finally went off on 8 May 2023, two days before Agnes died."
        ),
        [
            ("the only palliative care social worker at Strathallan Hospice", "self"),
            ("Mrs Agnes Drummond", "name"),
            ("aged 79", "age"),
            ("07700 914382", "phone"),
            ("8 May 2023", "date"),
        ],
    ),
    (
        (
            "Palliative care social worker, central Scotland. I assumed a man in his 70s "
            "had capacity to decide on going home and didn't document the assessment under "
            "the Adults with Incapacity Act. He went home on a Friday, fell at 03:10 on the "
            "Sunday and lay on the kitchen floor until the carers came at 08:00. The family "
            "were right to be angry. I do the AWI paperwork before anything else now."
        ),
        [],
    ),
    (
        (
            "Scrub nurse, Galway. Opened a tray for a hip hemiarthroplasty and didn't spot "
            "that the indicator tape hadn't changed colour. The CSSD batch had failed. We "
            "found it at the count, re-prepped, and the pt got an extra 40 mins under GA "
            "plus IV cefuroxime 1.5 g. No infection at 6/52 but it was avoidable. Always "
            "check the tape, always."
        ),
        [],
    ),
    (
        (
            "Swab count discrepancy in Theatre 3 at St Enda's University Hospital. I was "
            "scrubbed for a lap chole and signed the count off as correct when it was one "
            "short. The surgeon, Mr Fitzgerald, had already started closing. X-ray found "
            "it. It went in as NIMS ref GAL-22-04417 and I still think about it every time "
            "I open a pack."
        ),
        [
            ("St Enda's University Hospital", "facility"),
            ("Mr Fitzgerald", "name"),
            ("GAL-22-04417", "record"),
        ],
    ),
    (
        (
            "School SLP here. I sent a progress report home to the wrong family - two kids "
            "in the same Grade 2 class with similar first names.\n\n> Dear Mr. and Mrs. "
            "Beardy, Kaylee has made great gains on her /r/ sounds this term...\n\nKaylee's "
            "report went to the Kakegamics over on Wolfcrest Crescent instead. The office "
            "at Northern Lights Public School got the call on 807-555-0148 before I even "
            "knew."
        ),
        [
            ("Mr. and Mrs. Beardy", "name"),
            ("Kaylee", "name"),
            ("the Kakegamics", "name"),
            ("Wolfcrest Crescent", "place"),
            ("Northern Lights Public School", "facility"),
            ("807-555-0148", "phone"),
        ],
    ),
    (
        (
            "School SLP in northwestern Ontario. I used a standardized test (CELF-5) normed "
            "on urban English speakers with a Grade 1 student whose first language is "
            "Ojibwe, and wrote him up as 'severe language disorder'. The score went "
            "straight into his IEP. It took a year and an Elder's input at a case "
            "conference to unpick it. Dynamic assessment first, now, always."
        ),
        [],
    ),
    (
        (
            "**CPN, Zimbabwe.** Client on clozapine 300 mg nocte. I didn't chase the FBC "
            "because the lab was out of reagents for a week, and then I just forgot. ANC "
            "came back 0.9 on the repeat. Stopped, recovered, but two weeks of no "
            "monitoring on clozapine is on me. We now keep a paper list of due bloods taped "
            "inside the drug cupboard."
        ),
        [],
    ),
    (
        (
            "Audiologist, Dunedin. Did real-ear measurement with the probe tube not far "
            "enough in and fitted to a curve that was about 10 dB under target in the "
            "highs. Client in her 80s came back at 2 weeks saying speech still sounded "
            "'mushy'. Redid REM, fixed in 15 mins. NAL-NL2 only works if the measurement is "
            "right."
        ),
        [],
    ),
    (
        (
            "CPN in Harare. I missed a depot for Mr Tendai Chikowore because I wrote the "
            "wrong date in the clinic diary - 14/09/2022 instead of the 4th. He relapsed "
            "and his brother brought him to Chirembe Polyclinic after a neighbour called "
            "the police. The brother's number, 0772 418 905, was on the card the whole time "
            "and nobody rang it."
        ),
        [
            ("Mr Tendai Chikowore", "name"),
            ("14/09/2022", "date"),
            ("Chirembe Polyclinic", "facility"),
            ("0772 418 905", "phone"),
        ],
    ),
    (
        (
            "I programmed the wrong hearing aids. Two clients booked back to back, both "
            "with the same receiver-in-canal model, both fitted the same month. I loaded Mr "
            "Trevor Hollis's prescription onto Mrs Whitcombe's aids. NHI ZKD4821 on the "
            "fitting record belonged to him, not her. She went home to Tamatea Rise "
            "thinking everything sounded tinny and it was 'just old age'."
        ),
        [
            ("Mr Trevor Hollis", "name"),
            ("Mrs Whitcombe", "name"),
            ("ZKD4821", "record"),
            ("Tamatea Rise", "place"),
        ],
    ),
    (
        (
            "IBCLC in Alaska. Mom on sertraline 100 mg asked me if it was safe to "
            "breastfeed and I said 'I'd have to check' and never got back to her. She "
            "stopped her meds on her own. Ended up with PPD bad enough for an ED visit at 2 "
            "weeks postpartum. LactMed would've taken me two minutes."
        ),
        [],
    ),
    (
        (
            "IBCLC at a small regional hospital in Alaska. I told a mom her baby's weight "
            "loss was within normal limits on day 3 without rechecking the birth weight - "
            "it was actually 11%. She flew home to Nuvaqsiut the next morning. The public "
            "health nurse out there emailed me from r.ahgeak@nuvaqsiutclinic.org two days "
            "later. Baby was readmitted."
        ),
        [
            ("Nuvaqsiut", "place"),
            ("r.ahgeak@nuvaqsiutclinic.org", "email"),
        ],
    ),
    (
        (
            "Second-year student midwife, placement at Clyst Meadow Birth Centre. I "
            "documented a CTG as 'reassuring' because my mentor said so, without looking "
            "myself. The decels were there. Baby born flat, Apgar 3 at 1 min. The woman was "
            "Jodie, 22, first baby. I've reflected on it with my PA but my initials are on "
            "that entry."
        ),
        [
            ("Clyst Meadow Birth Centre", "facility"),
            ("Jodie", "name"),
            ("22", "age"),
        ],
    ),
    (
        (
            "I run a pharmacy in a village outside Peshawar. A man brought a slip for his "
            "mother, Gul Bano, 67, and I read glibenclamide 5 mg as twice daily when the "
            "doctor had written once. She collapsed with low sugar two days later and was "
            "taken to Shaheen Medical Complex. Her son has called me three times since from "
            "0314-9027761. I have not told the Pharmacy Council."
        ),
        [
            ("Gul Bano", "name"),
            ("67", "age"),
            ("Shaheen Medical Complex", "facility"),
            ("0314-9027761", "phone"),
        ],
    ),
    (
        (
            "Student midwife, year 2, Devon. I did a set of postnatal obs - BP 152/98 - and "
            "wrote them down but didn't escalate because it was 'only a bit up' and the "
            "midwife was on her break. Two hours later she had a headache and visual "
            "disturbance. Magnesium sulphate started, she was fine. I know what PET looks "
            "like now. MEOWS exists for a reason."
        ),
        [],
    ),
    (
        (
            "Pharmacist in Khyber Pakhtunkhwa. A man asked for 'Panadol for a baby' and I "
            "gave adult 500 mg tablets and told him to give half. The baby was 9 kg. Nobody "
            "was harmed as far as I know, but half of 500 is way over 15 mg/kg. We keep "
            "paediatric syrup at the front now and I ask the weight every single time."
        ),
        [],
    ),
    (
        (
            "Community psych nurse. I left my diary in a client's close on Allanwater "
            "Terrace. It had names, CHI numbers and next-visit times for the whole "
            "caseload. A neighbour found it two days later and handed it in at Bannock "
            "House CMHT. First line on the open page was 'Kenny M, CHI 1403728815, 10:30'."
        ),
        [
            ("Allanwater Terrace", "place"),
            ("Bannock House CMHT", "facility"),
            ("Kenny M", "name"),
            ("1403728815", "record"),
        ],
    ),
    (
        (
            "SLT in Scottish primary schools. I ran a phonological awareness group in a P2 "
            "class and let a child with a known stammer get put on the spot reading aloud. "
            "He didn't speak in group again that term. Small thing, but the teacher and I "
            "should have planned it. Lidcombe principles don't stop at the clinic door."
        ),
        [],
    ),
    (
        (
            "> Hi Siobhán, just to say thanks for the visit on the 21st of January, the "
            "latch is loads better. Aoife x\n\nThat was the text. What she didn't know was "
            "that I'd suggested a nipple shield and never arranged follow-up, and her "
            "supply tanked. She was back in to the Cloonbeg maternity unit with baby at 14% "
            "weight loss the following week."
        ),
        [
            ("Siobhán", "name"),
            ("21st of January", "date"),
            ("Aoife", "name"),
            ("Cloonbeg maternity unit", "facility"),
        ],
    ),
    (
        (
            "Community mental health nurse, west of Ireland. I gave a client his "
            "paliperidone depot 100 mg in the deltoid when the chart said gluteal for "
            "maintenance. Not dangerous, but different kinetics and I didn't check. "
            "Reported it on NIMS, told him, and we reviewed the MAR layout at the Wednesday "
            "team meeting."
        ),
        [],
    ),
    (
        (
            "Audiology clinic in Thunder Bay. Tympanometry showed a flat type B on the left "
            "and I put it down to wax without looking properly with the otoscope. It was a "
            "perforation with discharge. I went ahead and took impressions with foam "
            "blocks. ENT was not impressed. Otoscopy first, properly, every time."
        ),
        [],
    ),
    (
        (
            "I'm the only pharmacist at the Sturgeon Narrows Co-op, so this one is hard to "
            "post. Filled a methadone carry for the wrong patient - two men with the same "
            "last name on the same day. Dispensed under Clifford Meekis's profile what was "
            "meant for his cousin. It was logged as incident TB-2021-0387 and the college "
            "knows."
        ),
        [
            ("the only pharmacist at the Sturgeon Narrows Co-op", "self"),
            ("Clifford Meekis", "name"),
            ("TB-2021-0387", "record"),
        ],
    ),
    (
        (
            "Speech therapist visiting schools in Harare. I wrote in a report that Tatenda "
            "'presents with features consistent with autism' - not my call to make, and not "
            "a diagnosis. The headmistress at Chipembere Junior School read it out at a "
            "parents' meeting. Mrs Moyo phoned me on 0242 791 336 the same evening, furious "
            "and frightened."
        ),
        [
            ("Tatenda", "name"),
            ("Chipembere Junior School", "facility"),
            ("Mrs Moyo", "name"),
            ("0242 791 336", "phone"),
        ],
    ),
    (
        (
            "Lactation consultant in Harare. Mum with HIV on TLD asked about mixed feeding "
            "and I gave her the old advice from before WHO changed it. She got confused and "
            "stopped breastfeeding at 6 weeks. Viral load was suppressed the whole time. My "
            "knowledge was five years out of date."
        ),
        [],
    ),
    (
        (
            "**What happened:** third-year student midwife, gave a woman her 2nd dose of IV "
            "antibiotics for GBS an hour late because I assumed the core midwife "
            "had.\n**Who:** Hana Te Rangi, 31, at Taieri Lodge maternity unit.\n**Date:** 3 "
            "August 2022.\n**Outcome:** baby fine, but I signed the chart as if it was on "
            "time."
        ),
        [
            ("Hana Te Rangi", "name"),
            ("31", "age"),
            ("Taieri Lodge maternity unit", "facility"),
            ("3 August 2022", "date"),
        ],
    ),
    (
        (
            "Third-year midwifery student in Aotearoa. Drew up Syntometrine and nearly gave "
            "it to a woman with BP 160/105. My preceptor stopped me. I had read the order "
            "but not the obs. Still makes me feel sick."
        ),
        [],
    ),
    (
        (
            "Psych RN doing outreach in Alaska. Long winters, tiny villages, and I let a "
            "PHQ-9 of 19 sit in the inbox over the holidays.\n> Item 9: 2. Pt declines "
            "safety plan at this time.\nClient was ok in the end. I should have called the "
            "same day. Anything with item 9 above 0 goes to the top of my list now."
        ),
        [],
    ),
    (
        (
            "Scrub nurse at a small OR in Alaska. Wrong-site marking slipped past me on a "
            "knee scope. Pt was Walter Nanouk, 58yo, flown in from Kiyaliq. It only got "
            "caught because his daughter called the OR desk from 907-555-0163 asking why "
            "they'd marked the left."
        ),
        [
            ("Walter Nanouk", "name"),
            ("58yo", "age"),
            ("Kiyaliq", "place"),
            ("907-555-0163", "phone"),
        ],
    ),
    (
        (
            "Audiologist, Exeter. I booked a client for microsuction but left the referral "
            "sitting in my drafts. Mr Derek Ashworth waited 6 weeks for nothing. His wife "
            "emailed from pat.ashworth64@hillmail.co.uk and the complaint came back to me "
            "as PALS/EX/23/0912."
        ),
        [
            ("Mr Derek Ashworth", "name"),
            ("pat.ashworth64@hillmail.co.uk", "email"),
            ("PALS/EX/23/0912", "record"),
        ],
    ),
    (
        (
            "Palliative social worker at the cancer hospital. I promised Haji Sardar Khan's "
            "sons I would arrange the ambulance to take him home to Banda Sher Ali before "
            "he died. I wrote the booking on a sticky note and lost it. He died on the ward "
            "at Irfan Cancer Centre on 17 Ramzan with his sons still arguing with security. "
            "The booking should have been under MR No. 2304-118764."
        ),
        [
            ("Haji Sardar Khan", "name"),
            ("Banda Sher Ali", "place"),
            ("Irfan Cancer Centre", "facility"),
            ("17 Ramzan", "date"),
            ("2304-118764", "record"),
        ],
    ),
    (
        (
            "Theatre scrub nurse, Band 5. During a lap appendix I passed a 15 blade when "
            "the surgeon asked for an 11. Not a disaster, but it meant a bigger port-site "
            "incision than needed. The surgeon was kind about it; I was not kind to myself. "
            "Listen, repeat back, then pass."
        ),
        [],
    ),
    (
        (
            "Student midwife in Peshawar. Partograph crossed the action line at 04:30 and I "
            "didn't tell anyone because the LHV on duty was asleep and I was scared to wake "
            "her. Baby born with Apgar 5 then 8 at 5 min. I still wonder what another hour "
            "would have done."
        ),
        [],
    ),
    (
        (
            "Writing this knowing someone might recognise me, so be it: school-based SLT in "
            "central Scotland. I uploaded a whole class's screening results to the shared "
            "drive with the wrong permissions. Anyone in the school could see that Callum "
            "Reid, P3, had 'suspected verbal dyspraxia' next to his name. My HCPC number is "
            "SL31458 if anyone wants to report me, honestly."
        ),
        [
            ("Callum Reid", "name"),
            ("SL31458", "self"),
        ],
    ),
    (
        (
            "Community pharmacist, rural Scotland. Dispensed amoxicillin 500 mg caps for a "
            "child when the script said 250 mg/5 mL suspension. Parent noticed before "
            "giving it. Near miss logged. Two-person check now for every paediatric item, "
            "even when I'm the only one in."
        ),
        [],
    ),
    (
        (
            "CPN, Galway city. A client rang me at the weekend on my personal mobile, which "
            "I should never have given out. I didn't pick up. Next morning his sister rang "
            "the team base at Corrib House to say Declan had taken an overdose. He lives "
            "alone above the chipper on Lisnacree Lane. The missed call was from 085 771 "
            "2094, Saturday night."
        ),
        [
            ("Corrib House", "facility"),
            ("Declan", "name"),
            ("Lisnacree Lane", "place"),
            ("085 771 2094", "phone"),
        ],
    ),
    (
        (
            "Audiologist. I posted a 'before and after' audiogram on Superior Sound "
            "Hearing's Facebook page to show off a good fitting. Cropped the name but left "
            "the DOB and chart number visible. Link was "
            "facebook.com/superiorsoundhearing/posts/88213 - it was up for 4 days before a "
            "client's daughter spotted it."
        ),
        [
            ("Superior Sound Hearing", "facility"),
            ("facebook.com/superiorsoundhearing/posts/88213", "url"),
        ],
    ),
    (
        (
            "Lactation consultant in a Galway maternity unit. I didn't check for tongue-tie "
            "in a baby with clicking and poor weight gain because a colleague had 'already "
            "looked'. It was a posterior tie. Mum was in agony for 3 weeks before a GP "
            "referral. Look for yourself."
        ),
        [],
    ),
    (
        (
            "Mental health nurse in northwestern Ontario. Missed a lithium level because "
            "the result came to the office fax on a Friday afternoon.\n> Li 1.6 mmol/L. Pt "
            "reports N&V x2/7, coarse tremor.\nFound it Monday. He was vomiting and "
            "tremulous by then. Fax machines in 2023, honestly."
        ),
        [],
    ),
    (
        (
            "Scrub nurse, central hospital in Harare. Diathermy plate placed over a bony "
            "prominence on a very thin patient. Small burn found at the end of the case. "
            "Partial thickness, healed with dressings. We'd run short of pads and I rushed "
            "the placement."
        ),
        [],
    ),
    (
        (
            "Lactation consultant, private practice in Harare. On 2 February I told Rutendo "
            "Nyathi, 19, that her milk would come in by day 2 and she didn't need to worry. "
            "By day 5 baby was lethargic and jaundiced and admitted to Mukwati Children's "
            "Hospital. I hadn't weighed him once."
        ),
        [
            ("2 February", "date"),
            ("Rutendo Nyathi", "name"),
            ("19", "age"),
            ("Mukwati Children's Hospital", "facility"),
        ],
    ),
    (
        (
            "Rural pharmacist, Otago. Gave warfarin 5 mg tabs instead of 1 mg to a regular, "
            "Mrs Beverley Knox. She was at our counter on 12/6/23. INR came back 9.4 at the "
            "medical centre in Kowhai Flat three days later. She bruised everywhere but no "
            "bleed, thank god."
        ),
        [
            ("Mrs Beverley Knox", "name"),
            ("12/6/23", "date"),
            ("Kowhai Flat", "place"),
        ],
    ),
    (
        (
            "Rural pharmacy, Otago. Dispensed Sinemet 25/100 as 10/100 because the boxes "
            "look almost identical on the shelf. Patient with Parkinson's had worse 'off' "
            "periods for a week. We moved them to different shelves."
        ),
        [],
    ),
    (
        (
            "Psych nurse doing village visits by bush plane. I left a client's crisis plan "
            "on the seat of the Cessna. The plan had his full name (Elmer Tungwenuk) and "
            "his sister's number, 907-555-0127. The pilot found it and posted a photo in a "
            "community group asking whose it was."
        ),
        [
            ("Elmer Tungwenuk", "name"),
            ("907-555-0127", "phone"),
        ],
    ),
    (
        (
            "OR nurse, Alaska.\n- Count came back correct\n- but I'd only counted the raytecs "
            "on the back table, not the kick bucket\n- double-counted by accident, correct "
            "by luck\nCount out loud, both of you, every time."
        ),
        [],
    ),
    (
        (
            "NHS audiology, Devon. I fitted a client with open domes when her audiogram "
            "clearly showed a severe low-frequency loss. She came back saying the aids did "
            "'nothing'. Switched to closed domes, did REM, much better. Read the audiogram "
            "before choosing the coupling."
        ),
        [],
    ),
    (
        (
            "Scrub nurse, main theatres at Exe Valley Hospital. I opened a sterile hip "
            "implant in the wrong size before the surgeon confirmed - £2,400 wasted. No "
            "harm to the patient, but Mr Okonkwo-Bell made me fill in the Datix myself: "
            "W-118832. My NMC PIN is 09C1847E and I'm worried it'll come up at "
            "revalidation."
        ),
        [
            ("Exe Valley Hospital", "facility"),
            ("Mr Okonkwo-Bell", "name"),
            ("W-118832", "record"),
            ("09C1847E", "self"),
        ],
    ),
    (
        (
            "Student midwife, Peshawar. On my labour ward rotation at Lady Rahim Maternity "
            "Hospital I gave oxytocin as an IV push when it was meant for infusion. Patient "
            "Shazia Bibi, 24 years old, G3P2. Her husband's CNIC, 17301-4418263-5, was "
            "stapled to the admission slip and I copied it into my logbook, which I then "
            "lost on the bus."
        ),
        [
            ("Lady Rahim Maternity Hospital", "facility"),
            ("Shazia Bibi", "name"),
            ("24 years old", "age"),
            ("17301-4418263-5", "record"),
        ],
    ),
    (
        (
            "Social worker at a cancer hospital in Peshawar. Told a family the patient had "
            "'weeks' left when the oncologist had said 'days'. They went to the village for "
            "Eid and he died before they came back. Pass on the prognosis exactly as given, "
            "or don't."
        ),
        [],
    ),
    (
        (
            "Audiologist doing care-home rounds near Stirling. After cleaning aids at "
            "Ochilview care home I put them back in the wrong residents. Mrs Isa Henderson "
            "spent from 30 October until the following Tuesday wearing Mr Grant's aid, "
            "programmed for a much flatter loss. Nobody noticed because 'she never hears "
            "much anyway', which is its own problem."
        ),
        [
            ("Ochilview care home", "facility"),
            ("Mrs Isa Henderson", "name"),
            ("30 October", "date"),
            ("Mr Grant", "name"),
        ],
    ),
    (
        (
            "Student midwife, Scotland. I didn't book the newborn hearing screen follow-up "
            "because I thought the ward clerk did. Baby missed the window. Referred late, "
            "audiology caught it. A 'refer' result on the AABR should never wait."
        ),
        [],
    ),
    (
        (
            "SLT working in Galway schools. Recommended an iPad AAC app for a child without "
            "checking the family could afford it. €250 isn't small. Mum was too embarrassed "
            "to say. Six months of nothing. Ask about money, gently, early."
        ),
        [],
    ),
    (
        (
            "Student midwife in Galway. I filmed part of a birth on my phone for my "
            "portfolio (with consent, I thought) and uploaded it to what I believed was a "
            "private link: youtu.be/Qm7x2LpR9aE. Turned out it was unlisted, not private, "
            "and the mum, Niamh, found it being passed round a student group chat."
        ),
        [
            ("youtu.be/Qm7x2LpR9aE", "url"),
            ("Niamh", "name"),
        ],
    ),
    (
        (
            "Social worker on the palliative unit. I emailed a family meeting summary to "
            "r.sutherland@tbaymail.ca - autocomplete - instead of Ruth "
            "Sutherland-Kwandibens, the patient's daughter. The stranger replied politely. "
            "The summary described Gordon Kwandibens, 81, as 'actively dying' and gave his "
            "home address on Birchwood Drive."
        ),
        [
            ("r.sutherland@tbaymail.ca", "email"),
            ("Ruth Sutherland-Kwandibens", "name"),
            ("Gordon Kwandibens", "name"),
            ("81", "age"),
            ("Birchwood Drive", "place"),
        ],
    ),
    (
        (
            "Palliative social work, Ontario. Missed that the patient's substitute "
            "decision-maker under the HCCA was his sister, not his wife. Had the MAID "
            "conversation with the wrong person in the room. Nobody was harmed, but trust "
            "was. Check the SDM hierarchy first."
        ),
        [],
    ),
    (
        (
            "Theatre scrub nurse, Harare. We ran out of sterile gowns mid-list and I reused "
            "a gown pack that had been opened in the previous case. Patient was Blessing "
            "Chiweshe, a 34-year-old having an emergency caesar. She developed a wound "
            "infection. Theatre register number HCH/OT/2022/1187. I know I should have "
            "stopped the list."
        ),
        [
            ("Blessing Chiweshe", "name"),
            ("34-year-old", "age"),
            ("HCH/OT/2022/1187", "record"),
        ],
    ),
    (
        (
            "Student midwife in Harare. Gave the loading dose of MgSO4 4 g IV over 5 min "
            "instead of 15-20 min. Woman felt flushed and hot, RR dropped to 14. Calcium "
            "gluconate was drawn up but not needed. I read the protocol wrong."
        ),
        [],
    ),
    (
        (
            "Hospice social worker, South Island. I forgot to cancel a home-care package "
            "after the patient died. The carers turned up the next morning and the widow "
            "answered the door. I do a checklist within the hour now."
        ),
        [],
    ),
    (
        (
            "I'm the only speech-language therapist covering Ōtāwhiri Valley's three "
            "primary schools, so anyone local will know it's me. I missed a referral for a "
            "Year 4 boy, Nikau, who stutters severely, because I filed it under 'monitor'. "
            "His mum emailed the principal on 5 March and that's when it came out."
        ),
        [
            (
                (
                    "the only speech-language therapist covering Ōtāwhiri Valley's three "
                    "primary schools"
                ),
                "self",
            ),
            ("Nikau", "name"),
            ("5 March", "date"),
        ],
    ),
    (
        (
            "School SLP in rural Alaska, mostly teletherapy. A session was recorded for "
            "supervision and I forgot to turn off auto-upload to the shared district drive. "
            "It was up for a morning. Caught by IT. FERPA training for me, again."
        ),
        [],
    ),
    (
        (
            "Audiologist travelling to villages. Billed Medicaid for a pair of aids under "
            "the wrong patient - two Marys in the same village. Claim AK-MCD-4471920 went "
            "through for Mary Sipary instead of Mary Ayagalria. The tribal clinic at "
            "Qavlunaq noticed when Mary S came in asking about aids she'd never had."
        ),
        [
            ("AK-MCD-4471920", "record"),
            ("Mary Sipary", "name"),
            ("Mary Ayagalria", "name"),
            ("Qavlunaq", "place"),
        ],
    ),
    (
        (
            "E-mail I got, pasted because it's exactly what I did wrong:\n> From: Dr Priya "
            "Mandal\n> Sent: 19 April 2023\n> Subject: Risk assessment for Mr L. Tremayne\n> "
            "You documented 'no current thoughts of self-harm'. He was admitted to Belmont "
            "Lodge that afternoon.\n\nI'd copied forward the previous visit's risk section "
            "without re-asking."
        ),
        [
            ("Dr Priya Mandal", "name"),
            ("19 April 2023", "date"),
            ("Mr L. Tremayne", "name"),
            ("Belmont Lodge", "facility"),
        ],
    ),
    (
        (
            "CPN in Devon. Client told me on a home visit she'd stopped her quetiapine 300 "
            "mg and I wrote 'compliant' in the notes out of habit. She relapsed a month "
            "later. The template default is 'compliant' and I didn't change it. Templates "
            "are dangerous."
        ),
        [],
    ),
    (
        (
            "Psychiatric nurse, Peshawar. I told a family their son's olanzapine was "
            "'addictive' and they stopped it suddenly. It isn't, and stopping suddenly made "
            "things worse. I was mixing it up with benzodiazepines. Corrected it with the "
            "psychiatrist at the next OPD."
        ),
        [],
    ),
    (
        (
            "Lactation counsellor at a teaching hospital in Peshawar. I told Nasreen to top "
            "up with formula without asking whether she had safe water at home in Mohalla "
            "Sher Khel. Baby came back at 3 weeks with watery diarrhoea and dehydration. "
            "Her husband rang the ward on 091-2584930 asking why we'd told them to use "
            "powdered milk at all."
        ),
        [
            ("Nasreen", "name"),
            ("Mohalla Sher Khel", "place"),
            ("091-2584930", "phone"),
        ],
    ),
    (
        (
            "Audiologist doing care home visits in central Scotland. Changed batteries in a "
            "resident's aids and put the left aid in the right ear. She was in her 90s and "
            "couldn't tell us. Staff noticed she was more withdrawn. Colour coding: red "
            "right, blue left. I knew that."
        ),
        [],
    ),
    (
        (
            "I'm the sole pharmacist in Balquhairn, which is why I've waited a year to "
            "write this. I handed a bag to the wrong Mr Stewart - both on the same repeat "
            "day, both in their 80s. The bag had Gordon Stewart's morphine sulphate MR in "
            "it. The other Mr Stewart's wife brought it back the next morning unopened."
        ),
        [
            ("the sole pharmacist in Balquhairn", "self"),
            ("Gordon Stewart", "name"),
        ],
    ),
    (
        (
            "HSE audiology, Galway. I typed the wrong medical card number for a client, so "
            "her aid order was rejected twice and she went 4 months without. Mrs Bríd Ní "
            "Fhlatharta, 88, from out past Cill Uraigh, thought she'd been forgotten. She "
            "had been. Correct number was 2719486K."
        ),
        [
            ("Mrs Bríd Ní Fhlatharta", "name"),
            ("88", "age"),
            ("Cill Uraigh", "place"),
            ("2719486K", "record"),
        ],
    ),
    (
        (
            "Student midwife, Ireland. Did a VE without checking the woman still consented "
            "after she'd said 'wait' the first time. I heard 'wait', took it as 'ready in a "
            "sec'. It wasn't. I apologised and reported it. Consent is ongoing, not a box."
        ),
        [],
    ),
    (
        (
            "IBCLC, northern Ontario. Recommended fenugreek to boost supply to a mum with "
            "type 1 diabetes. It can lower glucose. Her BG dropped to 3.1 overnight. I "
            "should have taken a proper medical history."
        ),
        [],
    ),
    (
        (
            "Student midwife on placement in Thunder Bay. The client, Mrs Sainnawap, spoke "
            "mostly Oji-Cree and I let her 12yo niece interpret while I explained a "
            "membrane sweep. She'd come down from Kingfisher Narrows to wait out her due "
            "date in a boarding home. Nobody booked a proper interpreter and I didn't push."
        ),
        [
            ("Mrs Sainnawap", "name"),
            ("12yo", "age"),
            ("Kingfisher Narrows", "place"),
        ],
    ),
    (
        (
            "Hospice social worker, Harare. On 11 November 2021 I emailed the Mutasa "
            "family's school-fees application - with Mr Mutasa's HIV status in the medical "
            "section - to sponsors@ruvimbotrust.org.zw instead of our internal finance "
            "address. The sponsor was discreet, but the family had asked for it to stay "
            "in-house."
        ),
        [
            ("11 November 2021", "date"),
            ("Mutasa", "name"),
            ("sponsors@ruvimbotrust.org.zw", "email"),
        ],
    ),
    (
        (
            "Audiologist in Harare. Fitted a child with BTE aids and sent them home without "
            "a retention cord. One aid lost in the first week. Family couldn't afford "
            "another. A second-hand donor aid turned up eventually."
        ),
        [],
    ),
    (
        (
            "Scrub nurse, New Zealand. Passed a loaded needle holder without announcing it "
            "and the registrar got a needlestick. Hep B immune, bloods clear at 6 months. "
            "Neutral zone now, always."
        ),
        [],
    ),
    (
        (
            "> Text to client, 7:42pm: 'Hi Jared, it's your CPN, running late, be there by "
            "8.'\n\nSent it to Jared Pōmare's mum's number instead of his - he'd asked us "
            "specifically not to contact her. She turned up at his flat on Kilgour Street "
            "that night."
        ),
        [
            ("Jared", "name"),
            ("Jared Pōmare", "name"),
            ("Kilgour Street", "place"),
        ],
    ),
    (
        (
            "Pharmacist in rural Alaska, the only one for a long way. I sent Mr. Pete "
            "Kanayurak's refill reminder to the wrong patient's phone. The link, "
            "mychart.tundraview-health.org/refill?rx=5518204, opened straight onto his med "
            "list, naltrexone and all. The other patient called to tell me, kindly."
        ),
        [
            ("Mr. Pete Kanayurak", "name"),
            ("mychart.tundraview-health.org/refill?rx=5518204", "url"),
        ],
    ),
    (
        (
            "Palliative care social worker in Alaska. Family wanted their father to die at "
            "home in his village, but I didn't get the charter flight arranged in time "
            "because I didn't know the charter company closes on weekends. He died in the "
            "hospital. The charter hours are on a sticky on my monitor now."
        ),
        [],
    ),
    (
        (
            "Infant feeding lead. A mum at the group at Lyndale Rise Children's Centre, "
            "Kerry-Anne, 17, asked me to check her baby's weight and I wrote the baby's NHS "
            "number, 485 772 3016, on my hand because the laptop was flat. Then I went to "
            "the next visit and shook hands. Stupid, and I told my manager."
        ),
        [
            ("Lyndale Rise Children's Centre", "facility"),
            ("Kerry-Anne", "name"),
            ("17", "age"),
            ("485 772 3016", "record"),
        ],
    ),
    (
        (
            "Village pharmacy, Devon. Sold co-codamol 30/500 over the counter when a "
            "customer asked for 'the strong ones'. That's prescription-only. She was in her "
            "60s and already on tramadol 50 mg. My dispenser caught it at the till. Near "
            "miss, reported internally."
        ),
        [],
    ),
    (
        (
            "Lactation counsellor, Pakistan. Told a mother with mastitis to stop feeding "
            "from the affected side. That's wrong - keep feeding. It turned into an abscess "
            "needing I&D at 10 days. Fluconazole vs flucloxacillin - I didn't know the "
            "difference then either."
        ),
        [],
    ),
    (
        (
            "Speech therapist visiting schools in Peshawar. I recommended a boy be moved to "
            "a special class based on one session - turned out he was just shy and spoke "
            "Pashto at home, not Urdu. Student: Ahmad Zeb, age 7, at Sunrise Grammar "
            "School, Gulshan-e-Rahim Sector B. His father cried in the principal's office."
        ),
        [
            ("Ahmad Zeb", "name"),
            ("age 7", "age"),
            ("Sunrise Grammar School", "facility"),
            ("Gulshan-e-Rahim Sector B", "place"),
        ],
    ),
]
