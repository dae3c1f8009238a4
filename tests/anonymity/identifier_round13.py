"""Round 13 of issue 14's evaluation: 160 stories (80 safe, 316 spans) from two helpers who
saw only the labeling guide (identifier_round2.md), never the check's rules, corpora or code:
endoscopy and infection-prevention nurses, paediatric physiotherapists, community midwives,
pharmacy dispensers, forensic psychologists, advanced paramedics, urgent-care nurse
practitioners (Aberdeen, Limerick, Winnipeg, Kigali, Hobart, Vermont, Norwich, Colombo);
sexual-health and stoma nurses, art therapists, hospital social workers, neurophysiology
technicians, care-home nurses, orthodontic therapists, telehealth nurses, psychiatry trainees
(Dundee, Sligo, Saskatoon, Lusaka, Suva, Maine, Hull, Lahore). Measured untouched with the
rules written against rounds 1 to 11, then written against: see test_identifiers.py and
bench/README.md. Entries as in identifier_corpus."""

ROUND_13_S = [
    (
        (
            "Gave morphine to a woman with a suspected NOF without checking she'd had "
            "tramadol at home an hour earlier. She got very drowsy, RR 8, needed naloxone. "
            "Fine by the time we reached ED. I ask 'what have you taken today, including "
            "anything over the counter' every single time now."
        ),
        [],
    ),
    (
        (
            "I taught a family home stretches for a child with cerebral palsy using a "
            "diagram, but I didn't check they could read the English labels. Mum was doing "
            "the hamstring stretch on the wrong leg for a month. Next review I "
            "demonstrated, then had her show me back. Teach-back every time now, in "
            "Kinyarwanda where I can."
        ),
        [],
    ),
    (
        (
            "Gave a child's amoxicillin to the wrong family at the counter. Prescription "
            "no. RX/2024/03317 was for baby Ishimwe. The mother's number was 0783 604 118 "
            "on the form and I called her that night to swap it back. Two identifiers at "
            "handover now."
        ),
        [
            ("RX/2024/03317", "record"),
            ("Ishimwe", "name"),
            ("0783 604 118", "phone"),
        ],
    ),
    (
        (
            "Assessment at HMP Craiglomond. I mentioned in a case conference that my client "
            "had a brother in the same hall, which I'd only been told in confidence. Client "
            "is Darren M., and the brother is Stuart. SPS number 0917742 was on the "
            "minutes. My fault entirely."
        ),
        [
            ("HMP Craiglomond", "facility"),
            ("Darren M.", "name"),
            ("Stuart", "name"),
            ("SPS number 0917742", "record"),
        ],
    ),
    (
        (
            "Prescribed trimethoprim to a woman on methotrexate. Mrs Eilidh Grassie, 71, "
            "from Cullenbrae, came back a week later with mouth ulcers and a WCC of 1.8. "
            "Her GP at Kirkbrae Medical Practice phoned us on 01224 619 402 ext 233 to ask "
            "what we'd been thinking. Fair question."
        ),
        [
            ("Mrs Eilidh Grassie", "name"),
            ("71", "age"),
            ("Cullenbrae", "place"),
            ("Kirkbrae Medical Practice", "facility"),
            ("01224 619 402 ext 233", "phone"),
        ],
    ),
    (
        (
            "Pre-assessment for a colonoscopy and I read the wrong CHI off the sticker. Mr "
            "Farquharson, 67, got bowel prep instructions meant for someone else's diabetic "
            "regime. Caught it when his daughter phoned the unit on 01224 558 301 asking "
            "why he'd been told to stop his metformin. CHI 1409561123 vs 1409561132, two "
            "digits swapped. I read them aloud now."
        ),
        [
            ("Mr Farquharson", "name"),
            ("67", "age"),
            ("01224 558 301", "phone"),
            ("CHI 1409561123", "record"),
            ("1409561132", "record"),
        ],
    ),
    (
        (
            "I left a draft pre-sentence report on the shared printer at Derwent Bank "
            "Correctional Centre. It had the full name, Lachlan Brierley, and his date of "
            "birth, 02/08/2004, in the header. A custodial officer returned it unread (he "
            "says). I've since moved to secure print. My AHPRA number PSY0001839264 was on "
            "the signature page too."
        ),
        [
            ("Derwent Bank Correctional Centre", "facility"),
            ("Lachlan Brierley", "name"),
            ("02/08/2004", "date"),
            ("PSY0001839264", "self"),
        ],
    ),
    (
        (
            "My email to the floor about an MRSA contact ended up copied to the patient's "
            "family. It said 'Mr Dunleavy in room 12 is colonized' and went to his son at "
            "r.dunleavy82@fastmail.example. IT ticket INC0048812. I'm the only infection "
            "preventionist at Green Hollow Medical Center, so everyone knew who sent it."
        ),
        [
            ("Mr Dunleavy", "name"),
            ("r.dunleavy82@fastmail.example", "email"),
            ("INC0048812", "record"),
            ("the only infection preventionist at Green Hollow Medical Center", "self"),
        ],
    ),
    (
        (
            "Gave a fluid bolus to a child with severe acute malnutrition at the standard "
            "rate. She got puffy and breathless. SAM kids need slower rehydration, ReSoMal "
            "orally where possible. I have the WHO chart laminated at the bedside now."
        ),
        [],
    ),
    (
        (
            "Didn't check the consent form properly; pt had consented to a gastroscopy "
            "only, and a dilatation got added on the list. Consultant stopped before "
            "dilating when I raised it halfway. Consent check is mine at the WHO sign-in, "
            "not someone else's."
        ),
        [],
    ),
    (
        (
            "Chest physio on a 4-year-old with CF and I didn't check the hypertonic saline "
            "had been given after the salbutamol. Kaylee wheezed badly within minutes. Her "
            "mum texted me after from 204-555-0187:\n> hi its Trina, Kaylee still tight, "
            "should we go back to Children's at Red River Mercy?\nWe now do a pre-treatment "
            "check out loud every time."
        ),
        [
            ("4-year-old", "age"),
            ("Kaylee", "name"),
            ("204-555-0187", "phone"),
            ("Trina", "name"),
            ("Red River Mercy", "facility"),
        ],
    ),
    (
        (
            "Forgot to remove a patient's dentures before an upper GI scope. Bite block "
            "went in, denture cracked. Apologised, filed it through the system, replaced. "
            "Pre-procedure checklist now has 'dentures / plates / loose teeth' in bold."
        ),
        [],
    ),
    (
        (
            "Pt had a PEG insertion and I restarted feeds too early, at 2 hours instead of "
            "the 4 our protocol says. No leak, no harm, but I only realised at handover. I "
            "now write the earliest feed time on the bed sign in marker."
        ),
        [],
    ),
    (
        (
            "Referral note I wrote:\n> Mukamana Claudine, 19 yrs, G1, 39 wks, BP 150/100, "
            "Nyamweru village\nI wrote it but didn't call ahead to Kanyinya Hope Hospital, "
            "and they had no theatre that night. Her husband called me on 0788 551 203 from "
            "the road. She ended up transferred twice."
        ),
        [
            ("Mukamana Claudine", "name"),
            ("19 yrs", "age"),
            ("Nyamweru", "place"),
            ("Kanyinya Hope Hospital", "facility"),
            ("0788 551 203", "phone"),
        ],
    ),
    (
        (
            "Sent out a measles exposure letter with the wrong date of exposure: 3 March "
            "instead of 5 March. One family, the Dhillons, kept their unvaccinated baby at "
            "home on the wrong days. Exposure site was the waiting room at Derwentvale "
            "District Hospital. Public health ref TAS-PH-2023-0419."
        ),
        [
            ("3 March", "date"),
            ("5 March", "date"),
            ("the Dhillons", "name"),
            ("Derwentvale District Hospital", "facility"),
            ("TAS-PH-2023-0419", "record"),
        ],
    ),
    (
        (
            "Gave a patient prep instructions for a morning colonoscopy when they were "
            "booked for the afternoon. They finished the split-dose too early, prep was "
            "poor, scope had to be repeated. I now circle the procedure time on the "
            "printout with them."
        ),
        [],
    ),
    (
        (
            "Called to a snakebite, I left a tight tourniquet on because the family had "
            "already tied one and I didn't want to remove it. Guidance says pressure "
            "immobilisation at most, and for viper bites not even that. Limb was badly "
            "swollen by the time we got to the base hospital. I now take control of first "
            "aid from scratch."
        ),
        [],
    ),
    (
        (
            "Pt came in with a 'UTI', I gave nitrofurantoin without a pregnancy test. Mrs "
            "Jayawardena, 29, turned out to be 7 weeks. Her husband called the clinic line "
            "011 2584 716 furious and fair enough. We're a small walk-in on Pansala Lane "
            "and everyone knows everyone. Urine hCG is the first thing I do now for anyone "
            "who could be pregnant."
        ),
        [
            ("Mrs Jayawardena", "name"),
            ("29", "age"),
            ("011 2584 716", "phone"),
            ("Pansala Lane", "place"),
        ],
    ),
    (
        (
            "Dispensed 10 mg methotrexate tablets instead of 2.5 mg for a weekly script. "
            "Pharmacist checked it but we were slammed. Pt was Mrs Dorothy Vickery from out "
            "on Tasman Ridge Road, she noticed the tablets looked different and rang back. "
            "Script number on the label was RX-3389214. I still feel sick thinking about "
            "it."
        ),
        [
            ("Mrs Dorothy Vickery", "name"),
            ("Tasman Ridge Road", "place"),
            ("RX-3389214", "record"),
        ],
    ),
    (
        (
            "Handed out a bag to the wrong patient because two people with the same surname "
            "were waiting and I only checked the surname. Caught it at the door when she "
            "said she wasn't on warfarin. We do name, date of birth and first line of "
            "address now. It's in the Band 3 induction."
        ),
        [],
    ),
    (
        (
            "Offshore transfer from the heliport, and I didn't hand over the time of the "
            "last TXA dose. ED gave a second loading dose. No harm. I write times on tape "
            "on the pt's chest now, the old-fashioned way."
        ),
        [],
    ),
    (
        (
            "Booked a home birth for a G3P2 at 37+2 and didn't flag her previous PPH. "
            "Joelle bled ~1200 mL after delivery and her partner phoned me on 431-555-0142 "
            "while I was still drawing up the oxytocin. We transferred to Assiniboine "
            "Women's Pavilion. Her PHIN 118 204 573 was on the booking form with the PPH "
            "history right underneath."
        ),
        [
            ("Joelle", "name"),
            ("431-555-0142", "phone"),
            ("Assiniboine Women's Pavilion", "facility"),
            ("PHIN 118 204 573", "record"),
        ],
    ),
    (
        (
            "I misread a TB contact list and told the wrong household they'd need "
            "screening. The family in Nyabirama cell were terrified. The index case, Uwase, "
            "34, lived in the next compound. The notification had gone to the district "
            "under case #TB-GAS-2021-088 and I never cross-checked it."
        ),
        [
            ("Nyabirama", "place"),
            ("Uwase", "name"),
            ("34", "age"),
            ("case #TB-GAS-2021-088", "record"),
        ],
    ),
    (
        (
            "Called to a diabetic hypo, gave IM glucagon, pt came round and refused "
            "transport. I left without making sure he'd eaten. Crew got called back 90 "
            "minutes later, he was hypo again, on a long-acting sulfonylurea. Sulfonylurea "
            "hypos get conveyed. I know that now."
        ),
        [],
    ),
    (
        (
            "Treated a teen after ACL reconstruction and progressed him to plyometrics at 8 "
            "weeks because he looked strong. Protocol said 12. Graft held, thank god. I now "
            "print the protocol timeline and tape it to the front of the chart."
        ),
        [],
    ),
    (
        (
            "Set adult targets on an incentive spirometer for a primary-school kid after an "
            "appendicectomy and he got distressed and stopped trying. Parent said he'd "
            "'failed'. I now use the paediatric chart and make it a game, bubbles and all."
        ),
        [],
    ),
    (
        (
            "Letter I wrote:\n> Dear Dr Okonjo,\n> Re: Wayne Pilgrim, NHS 719 304 2286, "
            "Blythwood Secure Unit\n> Please find my updated risk assessment attached.\nI "
            "sent it to the wrong Dr Okonjo, a GP with the same surname two counties over."
        ),
        [
            ("Dr Okonjo", "name"),
            ("Wayne Pilgrim", "name"),
            ("NHS 719 304 2286", "record"),
            ("Blythwood Secure Unit", "facility"),
        ],
    ),
    (
        (
            "Recorded the wrong EDD on the pregnancy record during a home visit. Mrs "
            "Nadeeka Perera, 24, at No. 17 Siriwardena Place, was told she was 34 weeks "
            "when she was 38. Record no. MOH/KOT/2023/516. Her mother called me on 077 318 "
            "4426 when the pains started and I said it was too early. It wasn't."
        ),
        [
            ("Mrs Nadeeka Perera", "name"),
            ("24", "age"),
            ("No. 17 Siriwardena Place", "place"),
            ("MOH/KOT/2023/516", "record"),
            ("077 318 4426", "phone"),
        ],
    ),
    (
        (
            "CD register: I entered a delivery of oxycodone 5 mg on the 10 mg page. Balance "
            "was off at the weekly check. Nothing was missing, just my error, but it took "
            "two hours to find. I slow down for CD entries now."
        ),
        [],
    ),
    (
        (
            "Called to a fall at a farmhouse outside Millbrook Falls. 81yo man, on "
            "apixaban, hit his head, GCS 15. I let him refuse transport. His wife called "
            "back three hours later, he was vomiting. ePCR #VT-2219-0473. He had a "
            "subdural. I documented capacity but I didn't push hard enough on the "
            "anticoagulant risk."
        ),
        [
            ("Millbrook Falls", "place"),
            ("81yo", "age"),
            ("ePCR #VT-2219-0473", "record"),
        ],
    ),
    (
        (
            "Interviewing a young man at Rwabuye Rehabilitation Centre, I wrote his "
            "mother's number, +250 722 908 415, on a loose sheet in my notes and lost it on "
            "the bus. His name, Jean-Paul Habimana, was at the top. Everything goes in the "
            "bound notebook now."
        ),
        [
            ("Rwabuye Rehabilitation Centre", "facility"),
            ("+250 722 908 415", "phone"),
            ("Jean-Paul Habimana", "name"),
        ],
    ),
    (
        (
            "> Hi Priya, Mrs Abernethy out in Wensley Green called, says her BP machine "
            "reads 152/98, can you pop round? - Gail\nI read that text late and went after "
            "my clinic. She had pre-eclampsia and went straight to Colney Park Maternity. "
            "Her NHS no. was on the handheld notes: 486 221 7039. I check messages between "
            "every visit now."
        ),
        [
            ("Priya", "name"),
            ("Mrs Abernethy", "name"),
            ("Wensley Green", "place"),
            ("Gail", "name"),
            ("Colney Park Maternity", "facility"),
            ("486 221 7039", "record"),
        ],
    ),
    (
        (
            "Home visit to the Featherstones out at Oxwick Green. I left their front gate "
            "open and their son, Alfie, aged 3, got onto the lane. A neighbour brought him "
            "back. Referral ref PT/2291/C. I close every gate behind me now, like I'm on a "
            "farm."
        ),
        [
            ("the Featherstones", "name"),
            ("Oxwick Green", "place"),
            ("Alfie", "name"),
            ("aged 3", "age"),
            ("PT/2291/C", "record"),
        ],
    ),
    (
        (
            "Rang up an insulin pen order with pen needles for the wrong pen. Pt got home "
            "and they didn't fit. She went a night without her basal. I now check the "
            "device, needle and strength together, not just the drug."
        ),
        [],
    ),
    (
        (
            "During a dengue cluster I posted an update to the staff WhatsApp group with "
            "the patient's BHT 44719/23 in it. Name: Kumari, 41, from Ranmuthu Lane. Her "
            "neighbour is a cleaner on our ward and saw it. I should have used bed numbers "
            "only."
        ),
        [
            ("BHT 44719/23", "record"),
            ("Kumari", "name"),
            ("41", "age"),
            ("Ranmuthu Lane", "place"),
        ],
    ),
    (
        (
            "Went to a chest pain call and read the 12-lead as early repol. Didn't transmit "
            "it. ED called STEMI 40 minutes later. I now transmit every 12-lead, even the "
            "ones I think are fine."
        ),
        [],
    ),
    (
        (
            "Gave midazolam for an upper GI endoscopy and didn't have flumazenil drawn up "
            "or even in the room. Pt oversedated, sats 82%. We bagged, it passed. Reversal "
            "agent on the trolley before the first list starts, every day."
        ),
        [],
    ),
    (
        (
            "Did the newborn screening heel prick on day 1 instead of 48-72 hrs. Had to "
            "redo it, mum was not impressed. Baby Harrison Tuck, born 09/04/2023, mum's URN "
            "0447215. I'm the only midwife doing home visits around Dover Bay, so she'll "
            "know it was me reading this."
        ),
        [
            ("Harrison Tuck", "name"),
            ("09/04/2023", "date"),
            ("URN 0447215", "record"),
            ("the only midwife doing home visits around Dover Bay", "self"),
        ],
    ),
    (
        (
            "Saw a lad in his 20s with a 'sprained' wrist after a FOOSH. X-ray looked clear "
            "to me so I discharged w/ a wrist splint. Radiology report next day flagged a "
            "possible scaphoid fracture. We recalled him, cast, and he's healed. Lesson: "
            "snuffbox tenderness means scaphoid until proven otherwise, no matter how the "
            "film looks at 19:30 on a Friday."
        ),
        [],
    ),
    (
        (
            "Labelled amoxicillin suspension with '5 mL three times a day' when the script "
            "said 2.5 mL. Pharmacist missed it too. Mum noticed the spoon dose didn't match "
            "what the GP told her. We reissued. We now read the dose back against the "
            "script with a finger on each line."
        ),
        [],
    ),
    (
        (
            "Fitted a child with new AFOs and didn't do a skin check after the first hour. "
            "Red pressure area over the navicular by the weekend. Orthotics adjusted them. "
            "Wear schedule and skin checks are written on the box now, and I phone parents "
            "on day 2."
        ),
        [],
    ),
    (
        (
            "Sent a CPE alert list from my personal email, aoife.brosnan.ipc@gmail.example, "
            "on 7/11/23 because the work laptop was down. My signature had Aoife Brosnan "
            "and NMBI PIN 108734 in it, so it's all traceable. Never again, I'd rather wait "
            "for IT."
        ),
        [
            ("aoife.brosnan.ipc@gmail.example", "email"),
            ("7/11/23", "date"),
            ("Aoife Brosnan", "self"),
            ("NMBI PIN 108734", "self"),
        ],
    ),
    (
        (
            "Forgot to check the weight limit on a walker before issuing it to a teen. It "
            "buckled in the first week. No injury, luckily. I now read the label on every "
            "piece of equipment before it leaves the department."
        ),
        [],
    ),
    (
        (
            "Gave a patient artemether-lumefantrine and explained the dosing but forgot to "
            "say take it with food or milk. She came back saying it wasn't working. "
            "Absorption matters with that one. I now have a printed card in Kinyarwanda and "
            "English that I go through with everyone."
        ),
        [],
    ),
    (
        (
            "Discharged a baby with a head bump without feeling the fontanelle. Rían, aged "
            "8 months, was vomiting by teatime and mum rang back from Ballycarrow. CT "
            "showed a small bleed. MRN 00774125. I examine every infant head injury fully "
            "undressed now."
        ),
        [
            ("Rían", "name"),
            ("aged 8 months", "age"),
            ("Ballycarrow", "place"),
            ("MRN 00774125", "record"),
        ],
    ),
    (
        (
            "Treated a dog bite with just a dressing, didn't start co-amoxiclav. Hand "
            "cellulitis by day 2. Pt was Shane, 52, a fisherman from Snug Hollow. He rang "
            "the clinic on 0412 558 907 when it started tracking up his arm. Hand bites get "
            "antibiotics, every time."
        ),
        [
            ("Shane", "name"),
            ("52", "age"),
            ("Snug Hollow", "place"),
            ("0412 558 907", "phone"),
        ],
    ),
    (
        (
            "Gave adrenaline 1 mg IM instead of 0.5 mg for an adult anaphylaxis because I "
            "grabbed the wrong pre-filled syringe. Pt got tachy, 150s, settled within 20 "
            "minutes. No lasting harm. I now read the ampoule out loud to my partner before "
            "anything goes in."
        ),
        [],
    ),
    (
        (
            "Cardiac arrest, ROSC after 3 shocks, and I let the crew load before I'd "
            "secured the ETT properly. Tube dislodged on the stretcher. Capnography saved "
            "us; trace went flat, I re-intubated in the back of the truck. Waveform "
            "capnography on every tube, every move, full stop."
        ),
        [],
    ),
    (
        (
            "Long transport at -35°C and I didn't check the IV fluids had been kept in the "
            "warmer. Gave a cold bolus to a hypothermic trauma pt. Core temp dropped "
            "further. Warmed fluids only in winter, and I check the warmer at shift start."
        ),
        [],
    ),
    (
        (
            "Sedation obs lapsed for a good 10 mins during an ERCP because I was sorting "
            "the specimen pots. Sats dropped to 84%. Consultant was Dr Ní Bhriain and she "
            "was great about it. Incident logged as NIMS ref 2023/LK/00871. I was the only "
            "endoscopy nurse on for the lists at St Brendan's Regional that day, which is "
            "no excuse."
        ),
        [
            ("Dr Ní Bhriain", "name"),
            ("NIMS ref 2023/LK/00871", "record"),
            ("the only endoscopy nurse on for the lists at St Brendan's Regional", "self"),
        ],
    ),
    (
        (
            "Wrote a fitness-to-stand-trial report and got the date of the index offence "
            "wrong: 12 October 2021 instead of 21 October. The accused, Mr Ruwan "
            "Dissanayake, had an alibi that only made sense for the real date. Case no. "
            "HC/COL/1187/21. Defence counsel took the report apart."
        ),
        [
            ("12 October 2021", "date"),
            ("21 October", "date"),
            ("Mr Ruwan Dissanayake", "name"),
            ("HC/COL/1187/21", "record"),
        ],
    ),
    (
        (
            "Kid with an ear infection, I prescribed amoxicillin without checking the "
            "allergy field. Mom said 'she breaks out in hives' on the way out the door. "
            "Ava, aged 6, PHIN 220 115 863. We're a small walk-in, Prairie Gate Urgent "
            "Care, and I was alone on shift. Allergy check first, before I even open the "
            "order screen."
        ),
        [
            ("Ava", "name"),
            ("aged 6", "age"),
            ("PHIN 220 115 863", "record"),
            ("Prairie Gate Urgent Care", "facility"),
        ],
    ),
    (
        (
            "Postnatal visit, I weighed the baby with the nappy on and recorded a good "
            "gain. Next visit, naked weight showed a loss. Feeding was actually poor. Same "
            "scale, naked, every time."
        ),
        [],
    ),
    (
        (
            "A customer asked for 'Panadol for the baby' and I nearly gave the adult "
            "tablets because the syrup shelf was empty and I assumed they'd halve them. The "
            "pharmacist stopped me. Paediatric dosing is by weight. I don't guess any more; "
            "I refer."
        ),
        [],
    ),
    (
        (
            "I posted hand hygiene audit results on the unit board with staff names on it, "
            "including a porter, Dale Kowalchuk, who'd been off sick that week and got "
            "marked as non-compliant. Audit # HH-2024-117. I'm the only IPAC nurse at "
            "Riverbend Personal Care Home, so it was obviously me."
        ),
        [
            ("Dale Kowalchuk", "name"),
            ("HH-2024-117", "record"),
            ("the only IPAC nurse at Riverbend Personal Care Home", "self"),
        ],
    ),
    (
        (
            "Our outbreak line list got emailed externally by mistake. It went to the "
            "manager at the Rowan Lea care home as a link, "
            "https://sharepoint.grampianhealth.example/ipc/outbreak-linelist-v3.xlsx, and "
            "it listed every resident including Ina Strachan, 92, who wasn't even in their "
            "home. IG were involved for weeks."
        ),
        [
            ("the Rowan Lea care home", "facility"),
            ("https://sharepoint.grampianhealth.example/ipc/outbreak-linelist-v3.xlsx", "url"),
            ("Ina Strachan", "name"),
            ("92", "age"),
        ],
    ),
    (
        (
            "Biopsy pots labelled in the wrong order on a busy list: antrum in the duodenum "
            "pot and vice versa. Histology flagged the mismatch. We re-did the biopsies. "
            "One pot, one label, one specimen at a time now, even when the consultant is "
            "rushing."
        ),
        [],
    ),
    (
        (
            "Text from a colleague:\n> Siobhán pls can u cover Mrs Cusack in Castlecorrib "
            "Drive, 087 442 9135, baby weight check\nI didn't see it till evening. Baby had "
            "lost 13% and was admitted to the neonatal unit at Shannonside Maternity. I "
            "check my phone at lunch now, no matter what."
        ),
        [
            ("Siobhán", "name"),
            ("Mrs Cusack", "name"),
            ("Castlecorrib Drive", "place"),
            ("087 442 9135", "phone"),
            ("Shannonside Maternity", "facility"),
        ],
    ),
    (
        (
            "Pushed a post-op scoliosis teen to stand on day 1 without checking her Hb, "
            "which was 72. She went grey and near-syncopal. Back to bed, transfused. Check "
            "bloods before first mobilisation, every time."
        ),
        [],
    ),
    (
        (
            "Did chest physio on a baby with bronchiolitis, which our guidance says doesn't "
            "help and can distress them. Sats dipped. I should have questioned the "
            "referral. I now check the referral indication against the pathway before I "
            "touch anyone."
        ),
        [],
    ),
    (
        (
            "I wrote a risk formulation using the HCR-20 and leaned too hard on a static "
            "factor without updating it after a year of treatment. The tribunal queried it "
            "and they were right. Sloppy. Now I re-score every item from scratch for each "
            "review, even if nothing seems to have changed."
        ),
        [],
    ),
    (
        (
            "Missed a Lyme rash because it didn't look like a bullseye. Pt was Gary "
            "Provencher, 58, from West Dunmore, and he called me at 802-555-0163 two weeks "
            "later with facial palsy. Any expanding rash after a tick season hike gets "
            "treated now."
        ),
        [
            ("Gary Provencher", "name"),
            ("58", "age"),
            ("West Dunmore", "place"),
            ("802-555-0163", "phone"),
        ],
    ),
    (
        (
            "I left my laptop unlocked in an interview room at Caledon Ridge Correctional "
            "Facility with a client's file open: DOC #VT-447128, Jesse Tatro, 38. An "
            "officer closed the lid and told me. Lock screen every time I stand up."
        ),
        [
            ("Caledon Ridge Correctional Facility", "facility"),
            ("DOC #VT-447128", "record"),
            ("Jesse Tatro", "name"),
            ("38", "age"),
        ],
    ),
    (
        (
            "Missed that my client's GBS swab was positive because the result came into the "
            "portal after our last prenatal visit. Baby, born 6/17/23, was septic on day 2. "
            "The result was sitting at "
            "https://portal.greenmountainmidwifery.example/results/88213 the whole time. "
            "Client: Bethany Lavoie. I'm the only licensed midwife covering Pellford and "
            "Ashby, so this will be recognisable."
        ),
        [
            ("6/17/23", "date"),
            ("https://portal.greenmountainmidwifery.example/results/88213", "url"),
            ("Bethany Lavoie", "name"),
            ("the only licensed midwife covering Pellford and Ashby", "self"),
        ],
    ),
    (
        (
            "I signed off a side room as clean after a C. diff case without checking the "
            "curtains had been changed. Two days later we had a second toxin-positive pt in "
            "the same bay. Chlorine 1,000 ppm, curtains, the whole lot should have been on "
            "the checklist. Now I physically look at the curtain date tag before I sign "
            "anything."
        ),
        [],
    ),
    (
        (
            "Didn't check the anticoagulation plan before a polypectomy list; pt was still "
            "on rivaroxaban. Post-polypectomy bleed that evening, clipped next morning. "
            "Anticoagulant check is now on the pre-assessment call script."
        ),
        [],
    ),
    (
        (
            "Missed a DVT in a woman on the pill who'd flown back from Spain. Cheryl, 44, "
            "calf swollen and tender, and I said muscle strain. She came back on 22nd "
            "August with a PE. She lives in Little Brampford and her sister works at our "
            "front desk, so I hear about it every week."
        ),
        [
            ("Cheryl", "name"),
            ("44", "age"),
            ("22nd August", "date"),
            ("Little Brampford", "place"),
        ],
    ),
    (
        (
            "Home visit day 3 postnatal, baby looked a bit yellow and I told mum it was "
            "normal physiological jaundice without checking a bilirubin. Next day the "
            "health centre measured it and it was near exchange level. Baby had "
            "phototherapy for 48 hours and was fine. I now refer every visibly jaundiced "
            "baby in the first week, no exceptions."
        ),
        [],
    ),
    (
        (
            "I scored a PCL-R item from file information alone when the interview "
            "contradicted it. Peer review caught it. The total barely changed but that's "
            "not the point. File and interview both, and I document why when they conflict."
        ),
        [],
    ),
    (
        (
            "**What happened**\n- booked Morag Thain for her 36 wk check at the wrong "
            "address\n- drove to Inverbrae instead of Inverbrae Mains, lost 40 min\n- by the "
            "time I got there BP was 160/104\n\nShe was admitted to Ward 42 at Kincraig "
            "Maternity. Her CHI 0203914487 was right on the system; I just misread the "
            "address field."
        ),
        [
            ("Morag Thain", "name"),
            ("Inverbrae", "place"),
            ("Inverbrae Mains", "place"),
            ("Ward 42 at Kincraig Maternity", "facility"),
            ("CHI 0203914487", "record"),
        ],
    ),
    (
        (
            "Dispensed an early repeat of clonazepam drops because the pt said they'd spilt "
            "the bottle, without checking with the pharmacist. Turned out to be the third "
            "'spill' this month. Pharmacist now signs off every early S8 or S4D supply."
        ),
        [],
    ),
    (
        (
            "During a norovirus outbreak I let a unit reopen to admissions 24 hours early "
            "because I counted from the last onset instead of the last resolution. Two new "
            "cases that weekend. Our protocol says 48 hours after the last symptoms. I now "
            "write the date of last symptom on the whiteboard and count on the calendar, "
            "not in my head."
        ),
        [],
    ),
    (
        (
            "Scope came back from the washer-disinfector with a failed cycle flag and I "
            "didn't see it because the printout had curled behind the machine. It got used "
            "on the next list. Traceability caught it the same day and the patient was "
            "notified and tested. Now the printout gets taped to the tracking sheet before "
            "the scope goes on the rack."
        ),
        [],
    ),
    (
        (
            "Transported Mr Lalith Fonseka, 63, from Thalagama Gardens with chest pain. "
            "Misread his allergy bracelet and gave aspirin though he's allergic. Wheeze and "
            "hives en route, settled with treatment. Incident no. SS-IR-22-0391."
        ),
        [
            ("Mr Lalith Fonseka", "name"),
            ("63", "age"),
            ("Thalagama Gardens", "place"),
            ("SS-IR-22-0391", "record"),
        ],
    ),
    (
        (
            "## Blister pack error\nFilled a blister pack and put the evening lorazepam in "
            "the morning slot. Pt's daughter noticed her mum was drowsy at breakfast. We "
            "repacked. Now a second person checks every compliance pack against the MAR "
            "before sealing."
        ),
        [],
    ),
    (
        (
            "**What I did wrong**\n- put a toddler in a standing frame\n- didn't look at the "
            "latest hip surveillance X-ray\n- migration had got worse since the last "
            "one\n\nOrtho were not happy. No harm, but I should have read the last clinic "
            "letter. Reading the letter before the session is non-negotiable for me now."
        ),
        [],
    ),
    (
        (
            "I emailed a draft assessment to the solicitor's old address. It went to "
            "ciara.hourigan@hourigan-law.example instead of the new firm. Client: Mr Tadhg "
            "Mulcahy, DOB 11/09/1987. Court ref 2022/445 CC. My CORU reg PS041172 was on "
            "the letterhead, so it's traceable to me too."
        ),
        [
            ("ciara.hourigan@hourigan-law.example", "email"),
            ("Mr Tadhg Mulcahy", "name"),
            ("11/09/1987", "date"),
            ("Court ref 2022/445 CC", "record"),
            ("CORU reg PS041172", "self"),
        ],
    ),
    (
        (
            "Discharged a young man with 'malaria' after a positive RDT and didn't check "
            "his glucose. He came back confused 6 hours later, BG 2.1. His brother Emmanuel "
            "left me a voicemail from +250 788 413 902. Clinic file no. KG/UC/2022/1147. "
            "Every febrile pt gets a glucose now."
        ),
        [
            ("Emmanuel", "name"),
            ("+250 788 413 902", "phone"),
            ("KG/UC/2022/1147", "record"),
        ],
    ),
    (
        (
            "Session notes for a client went into the wrong chart at Red Willow Forensic "
            "Unit. Client: Corey Beardy, 23. The other chart was under file #FMH-30219 and "
            "that man's lawyer saw the notes at a review board. I check the header on every "
            "page now."
        ),
        [
            ("Red Willow Forensic Unit", "facility"),
            ("Corey Beardy", "name"),
            ("23", "age"),
            ("file #FMH-30219", "record"),
        ],
    ),
    (
        (
            "> From: Helen Pask\n> Sent: 14 February 2024\n> Subject: CPE screening "
            "Marlingham Ward\n> Please can bays 1-4 be swabbed today.\n\nI forwarded this to "
            "the wrong ward. Two days of CPE contacts unscreened. It's now Datix W-228931."
        ),
        [
            ("Helen Pask", "name"),
            ("14 February 2024", "date"),
            ("Marlingham Ward", "facility"),
            ("Datix W-228931", "record"),
        ],
    ),
]

ROUND_13_T = [
    (
        (
            "Sexual health nurse, Hull. Posted the chlamydia recall letter to 27 Wendover "
            "Close, HU8 9RJ without checking the address was current. She'd moved out and "
            "her ex opened it. Clinic ID on the letter was HSH-219934 and her name, Jade "
            "Lister, showed through the envelope window."
        ),
        [
            ("27 Wendover Close, HU8 9RJ", "place"),
            ("HSH-219934", "record"),
            ("Jade Lister", "name"),
        ],
    ),
    (
        (
            "Discharge to assess, Hull. I arranged for Mr Haddon to go home on Friday 17th "
            "November to his flat on Fenby Walk on the Kingsgate estate, but the key safe "
            "code in the referral was for his old place on Cottam Street. Carers couldn't "
            "get in and he spent the night in his chair w/ a pad he couldn't change."
        ),
        [
            ("Mr Haddon", "name"),
            ("Friday 17th November", "date"),
            ("Fenby Walk", "place"),
            ("the Kingsgate estate", "place"),
            ("Cottam Street", "place"),
        ],
    ),
    (
        (
            "Dental therapist doing ortho follow-ups in Suva. Bonded a bracket from the "
            "wrong torque kit because the trays were mixed up. Weeks of wrong movement "
            "before the orthodontist spotted it. Kits get checked at the start of every "
            "session now."
        ),
        [],
    ),
    (
        (
            "Sexual health nurse, Suva. A client messaged the clinic page about his "
            "syphilis result and I answered from my personal account without thinking. His "
            "profile is https://www.facebook.com/semi.tuilagi.55 and now we're 'connected'. "
            "I told him to call +679 836 2291 and he said his cousin answers that phone."
        ),
        [
            ("https://www.facebook.com/semi.tuilagi.55", "url"),
            ("+679 836 2291", "phone"),
        ],
    ),
    (
        (
            "Art therapist, Hull. I sent the Zoom link for the closed bereavement group, "
            "https://us02web.zoom.us/j/84412097731?pwd=Rk9hYmVud, to the whole mailing list "
            "of the Humberlea Centre instead of the six members. A former member, Gemma, "
            "joined on Thursday 9th May and heard things she shouldn't have."
        ),
        [
            ("https://us02web.zoom.us/j/84412097731?pwd=Rk9hYmVud", "url"),
            ("the Humberlea Centre", "facility"),
            ("Gemma", "name"),
            ("Thursday 9th May", "date"),
        ],
    ),
    (
        (
            "I'm the only stoma nurse covering Ward 9 at Tayhaugh Infirmary at weekends, so "
            "this one is on me. Mr Lindores, 68, went home with the wrong size flange "
            "template and his wife rang the stoma line on 01382 497 206 in tears three days "
            "later. His CHI was 2304561187 and I'd copied the measurements off the sheet "
            "for the man in the next bed."
        ),
        [
            ("the only stoma nurse covering Ward 9 at Tayhaugh Infirmary", "self"),
            ("Mr Lindores", "name"),
            ("68", "age"),
            ("01382 497 206", "phone"),
            ("2304561187", "record"),
        ],
    ),
    (
        (
            "Stoma review on Ward 3 East at Nabukalou Memorial Hospital, 22/08/2023. I "
            "didn't check whether Mr Vikash Prasad's family could read the English leaflet. "
            "They went home to Navualevu settlement and were changing the bag once a week "
            "'to make the supplies last'."
        ),
        [
            ("Ward 3 East at Nabukalou Memorial Hospital", "facility"),
            ("22/08/2023", "date"),
            ("Mr Vikash Prasad", "name"),
            ("Navualevu settlement", "place"),
        ],
    ),
    (
        (
            "CT2 psych on call in Dundee. I completed an emergency detention for Callum "
            "Birrell on Saturday 2nd March without contacting the MHO and wrote his CHI as "
            "1107930452 on one form and a different number on the other. He sat in "
            "Glenarden Unit for 72 hours on a defective certificate."
        ),
        [
            ("Callum Birrell", "name"),
            ("Saturday 2nd March", "date"),
            ("1107930452", "record"),
            ("Glenarden Unit", "facility"),
        ],
    ),
    (
        (
            "Stoma nurse in Lusaka. I measured a new stoma once in recovery and pre-cut all "
            "the flanges to that size. Stomas shrink. Excoriation by week 3. Re-measure at "
            "every visit for the first couple of months."
        ),
        [],
    ),
    (
        (
            "House officer turned psychiatry trainee in Lahore. Gave haloperidol 5 mg IM "
            "plus promethazine 25 mg to an agitated man without checking the ECG from the "
            "ED. QTc was 520. No arrhythmia, but that was luck."
        ),
        [],
    ),
    (
        (
            "Telehealth triage, overnight. Caller was a 34-year-old on an acreage out past "
            "Morrin Coulee, fever and flank pain, HSN 904 338 172. I told her to wait and "
            "see her family doc Monday. She was admitted to Riverbend Health Centre with "
            "urosepsis about six hours later. I never asked about rigors."
        ),
        [
            ("34-year-old", "age"),
            ("Morrin Coulee", "place"),
            ("904 338 172", "record"),
            ("Riverbend Health Centre", "facility"),
        ],
    ),
    (
        (
            "Stoma care nurse at Ravi Kinara Hospital. Bilal, 24, went home with a loop "
            "colostomy and I only taught him, not his mother, who does all the changes "
            "because his hands shake. She called the ward landline, 042-3578 1126, four "
            "days later when the skin was raw."
        ),
        [
            ("Ravi Kinara Hospital", "facility"),
            ("Bilal", "name"),
            ("24", "age"),
            ("042-3578 1126", "phone"),
        ],
    ),
    (
        (
            "PG trainee psych, Lahore.\n\n- shared our ward census sheet in the residents' "
            "WhatsApp: https://docs.google.com/spreadsheets/d/1hQz7PkLmR0vTa93/edit\n- it "
            "had diagnoses + phone nos of every inpt\n- Dr Farah Naqvi (my supervisor) saw "
            "it 40 mins later and made me delete it\n\nStill don't know who downloaded it "
            "before then."
        ),
        [
            ("https://docs.google.com/spreadsheets/d/1hQz7PkLmR0vTa93/edit", "url"),
            ("Dr Farah Naqvi", "name"),
        ],
    ),
    (
        (
            "Art therapist working with adolescents living with HIV in Lusaka. I put "
            "finished artwork up on the clinic wall for an 'exhibition' without asking each "
            "young person. One piece disclosed status to anyone who read it. We took it "
            "down, but too late."
        ),
        [],
    ),
    (
        (
            "HSE sexual health clinic in the west. I read a gonorrhoea NAAT as negative "
            "because I was looking at the chlamydia column. Client was treated 10 days late "
            "with ceftriaxone 1 g IM. No harm clinically, but partner notification was a "
            "mess. The results screen has since been changed so the two columns aren't side "
            "by side."
        ),
        [],
    ),
    (
        (
            "Band 6 stoma nurse in Dundee. New ileostomy in bay 3 was putting out 2.4 L a "
            "day and I kept saying 'it'll settle'. By day 4 his creatinine had doubled and "
            "Na+ was 129. Loperamide 4 mg QDS and oral rehydration could have started 48 "
            "hours earlier if I'd looked at the fluid balance chart instead of the pouch."
        ),
        [],
    ),
    (
        (
            "Hospital social worker, Dundee. ASP referral for Mrs Isla Cargill, 79, home "
            "address 4/2, 18 Kinloch Terrace. I sent the inquiry letter to that address "
            "without clocking that the son she was frightened of lived there too. Ref "
            "ASP/DC/24/0371."
        ),
        [
            ("Mrs Isla Cargill", "name"),
            ("79", "age"),
            ("4/2, 18 Kinloch Terrace", "place"),
            ("ASP/DC/24/0371", "record"),
        ],
    ),
    (
        (
            "Neurophysiology, northwest. NCS on a woman with ?carpal tunnel at Ballinfoyle "
            "University Hospital; I recorded the left and labelled it right. Report went "
            "out 03/05/2024 under MRN 2290447 and she was listed for release on the wrong "
            "hand. Siobhán, the pre-op nurse, caught it."
        ),
        [
            ("Ballinfoyle University Hospital", "facility"),
            ("03/05/2024", "date"),
            ("MRN 2290447", "record"),
            ("Siobhán", "name"),
        ],
    ),
    (
        (
            "Night shift at Vunivesi Rest Home. Bu Litia, 91, got her roommate's evening "
            "warfarin because both blister packs were in the same tray. I rang her "
            "granddaughter on 992 4817 at 3am, no answer, and didn't try again, so the "
            "family heard about it at church the next morning instead of from us."
        ),
        [
            ("Vunivesi Rest Home", "facility"),
            ("Bu Litia", "name"),
            ("91", "age"),
            ("992 4817", "phone"),
        ],
    ),
    (
        (
            "Youth corner at Nsansa Road Clinic. A 16yo came in for PrEP and I wrote her "
            "full name, Mutinta Banda, and NRC 441902/10/1 on the lab slip that goes in the "
            "shared box at reception. Her aunt does the filing there."
        ),
        [
            ("Nsansa Road Clinic", "facility"),
            ("16yo", "age"),
            ("Mutinta Banda", "name"),
            ("441902/10/1", "record"),
        ],
    ),
    (
        (
            "Band 6 sexual health nurse, Hull. A young person under 16 came in for EHC. I "
            "gave levonorgestrel 1.5 mg and didn't do Fraser competence or the safeguarding "
            "screen properly. It came out later there was a much older partner. CSE "
            "referral was delayed."
        ),
        [],
    ),
    (
        (
            "Ortho therapist doing outreach clinics out of Saskatoon. Texted 306-555-0177 "
            "'Tyson's retainer appt moved, pls bring the $340 balance' - wrong family. The "
            "right mom lives out at Kettlebrook and heard about it from the other parent at "
            "hockey."
        ),
        [
            ("306-555-0177", "phone"),
            ("Tyson", "name"),
            ("Kettlebrook", "place"),
        ],
    ),
    (
        (
            "Nora Feeney, 87, was on level 2 thickened fluids and I handed her a regular "
            "tea off the trolley at Rathmoyle House. She coughed, it went to aspiration "
            "pneumonia. Her son Declan rang me on 071 915 3380 asking how it happened and I "
            "had no good answer."
        ),
        [
            ("Nora Feeney", "name"),
            ("87", "age"),
            ("Rathmoyle House", "facility"),
            ("Declan", "name"),
            ("071 915 3380", "phone"),
        ],
    ),
    (
        (
            "Orthodontic therapist in Hull. Fitted a TPA and didn't check the band had "
            "seated fully on the upper right 6. Pt came back after 3 weeks with a swollen, "
            "sore gum. Simple fix, but I'd rushed because the list was overbooked on a "
            "Friday afternoon."
        ),
        [],
    ),
    (
        (
            "Ostomy RN. Mr. Lachance was discharged from Prairie Rose Hospital on Dec. 19 "
            "with nothing ordered because I assumed SAIL would ship supplies automatically. "
            "It doesn't without the form. HSN 117 402 985, and the form sat in my drawer "
            "over Christmas."
        ),
        [
            ("Mr. Lachance", "name"),
            ("Prairie Rose Hospital", "facility"),
            ("Dec. 19", "date"),
            ("117 402 985", "record"),
        ],
    ),
    (
        (
            "BST in psychiatry. I signed the wrong section on a detention form and Eamon's "
            "order was revoked at tribunal because of my error. He left that afternoon and "
            "was back in ED within the week. I signed it Dr Orla Geraghty, MCRN 421187, so "
            "it's on the record forever."
        ),
        [
            ("Eamon", "name"),
            ("Dr Orla Geraghty", "self"),
            ("MCRN 421187", "self"),
        ],
    ),
    (
        (
            "EEG tech, Maine. Routine sleep-deprived EEG, the kid had a generalized "
            "tonic-clonic on the table and I froze for maybe 30 seconds before hitting the "
            "call button. Buccal midazolam was in the cart the whole time. Nothing bad "
            "happened but I replay those 30 seconds a lot."
        ),
        [],
    ),
    (
        (
            "Hospital social worker in Lusaka. An elderly man on the medical ward was "
            "medically fit for two weeks but nobody could find relatives. I assumed the "
            "police had been contacted because the notes said 'family tracing in progress'. "
            "They hadn't been. He stayed in a bed someone else needed for 16 more days."
        ),
        [],
    ),
    (
        (
            "EEG technologist in Lusaka. Power cut mid-recording and I didn't redo the "
            "calibration when the generator kicked in. Half the record had an impedance "
            "problem and it got read as slowing. We repeated it, but the child got an extra "
            "week of phenobarbital they didn't need."
        ),
        [],
    ),
    (
        (
            "Orthodontic therapist, Hull. Kiera, 13, came to Sutton Garth Orthodontics for "
            "her debond check and I missed obvious decalcification on the upper left 3. Her "
            "dad sent photos from r.whitcombe73@outlook.com a month later asking why nobody "
            "had mentioned the white marks."
        ),
        [
            ("Kiera", "name"),
            ("13", "age"),
            ("Sutton Garth Orthodontics", "facility"),
            ("r.whitcombe73@outlook.com", "email"),
        ],
    ),
    (
        (
            "Nurse at an STI clinic in Suva. I handed a client his HIV viral load result in "
            "the waiting area because it was 'undetectable, good news' and I was excited "
            "for him. Other people heard. Good news is still confidential."
        ),
        [],
    ),
    (
        (
            "Psych resident, Saskatoon. Sent this to the wrong Jordan:\n> Hi Jordan,\n> "
            "Attached is your assessment summary incl. the collateral from your mom.\n> Dr. "
            "K. Ostrowski, PGY-3\nIt went to jordan.r.fehr@sasktel.net. Case "
            "#SHA-PSY-22-0914. I'm the only Ostrowski in the program so yeah."
        ),
        [
            ("Jordan", "name"),
            ("Dr. K. Ostrowski", "self"),
            ("jordan.r.fehr@sasktel.net", "email"),
            ("SHA-PSY-22-0914", "record"),
        ],
    ),
    (
        (
            "Art therapist, Hull. Online group over Teams. I shared my screen to show an "
            "example and a chat notification from a previous client popped up. No name "
            "visible, thankfully, but notifications are off before every session now."
        ),
        [],
    ),
    (
        (
            "Care home nurse, Suva. Resident in her 80s with a Waterlow of 18. I signed the "
            "two-hourly turns chart at handover as if the night staff had done them, and "
            "they hadn't. Grade 3 sacral pressure injury found on the Monday. I only sign "
            "what I've seen now."
        ),
        [],
    ),
    (
        (
            "**What happened:**\n- telehealth RN covering several critical access hospitals "
            "in Maine, nights\n- told a floor nurse to hold the heparin drip for an aPTT of "
            "98\n- forgot to say restart at a lower rate per the nomogram\n\n**Result:** it "
            "sat off for 5 hours. Pt had a PE. No harm we could prove, but I think about "
            "it."
        ),
        [],
    ),
    (
        (
            "Medical social worker in Maine. Set up MaineCare transport for a dialysis "
            "patient but picked the wrong pickup window. She missed a run, K+ 6.8 the next "
            "day, admitted. I double check the actual ride now, not just the referral."
        ),
        [],
    ),
    (
        (
            "Art therapist, adult mental health, Dundee. In a group I encouraged a woman to "
            "'keep going' with a piece that was clearly bringing up trauma, because I was "
            "thinking about Winnicott and holding. She dissociated and walked out. I should "
            "have paused and grounded her. Supervision helped."
        ),
        [],
    ),
    (
        (
            "Orthodontic therapist in Saskatoon. Placed Class II elastics on the wrong side "
            "on a teenager's transfer visit, following the previous note which had the "
            "sides swapped. Four weeks of movement the wrong way. Read the photos, not just "
            "the note."
        ),
        [],
    ),
    (
        (
            "Psychiatry trainee, year two, Lahore. Mr Tariq Mehmood was discharged from the "
            "acute ward with lithium restarted but no level booked. His MR no. was "
            "PSY-LHR-558120 and the brother's number on file, 0321-4478902, was "
            "disconnected. He came back toxic from his home in Gali Noorwala three weeks "
            "later."
        ),
        [
            ("Mr Tariq Mehmood", "name"),
            ("PSY-LHR-558120", "record"),
            ("0321-4478902", "phone"),
            ("Gali Noorwala", "place"),
        ],
    ),
    (
        (
            "I'm the only EEG technologist at Mwaiseni Neuro Centre so this is probably "
            "identifiable. I labelled a 7-year-old's recording with another child's details "
            "and it was reported as normal. My HPCZ reg is HPCZ/NT/0412 and I've "
            "self-reported."
        ),
        [
            ("the only EEG technologist at Mwaiseni Neuro Centre", "self"),
            ("7-year-old", "age"),
            ("HPCZ/NT/0412", "self"),
        ],
    ),
    (
        (
            "Phone triage from my kitchen table in Saskatoon. Caller in her 40s with chest "
            "tightness 'only when shovelling'. I followed the protocol but didn't push the "
            "911 recommendation hard enough when she said she'd drive herself. She made it "
            "to the ED; troponin was up. Lesson: repeat the disposition, don't just state "
            "it once."
        ),
        [],
    ),
    (
        (
            "RN in a long-term care home in Saskatoon. Gave a resident her morning "
            "metformin 500 mg while she was NPO for a scope. BG was fine, but the procedure "
            "got pushed. The NPO sign was on the door, not on the MAR."
        ),
        [],
    ),
    (
        (
            "Nurse in a care home outside Hull. Covered a fentanyl 25 mcg patch change and "
            "put the new one on without finding the old one. It was under her arm. Very "
            "drowsy by lunchtime, RR 8. Naloxone given, she recovered. Body map every "
            "patch."
        ),
        [],
    ),
    (
        (
            "Stoma nurse, Lusaka.\n> Discharged 14 Sept 2022. File no. L/ST/2291. Pt Mwansa "
            "Phiri, colostomy, family to collect bags monthly.\nI never gave him a number to "
            "call when supplies ran out. His wife finally got me on +260 977 438 115 a "
            "month later; he'd been using plastic and tape."
        ),
        [
            ("14 Sept 2022", "date"),
            ("L/ST/2291", "record"),
            ("Mwansa Phiri", "name"),
            ("+260 977 438 115", "phone"),
        ],
    ),
    (
        (
            "Neurophysiology Band 5, Hull.\n> Referral: ?JME, photic please\nI skimmed that "
            "and didn't ask about migraine or family history, which was on page 2. "
            "Photoparoxysmal response and a brief absence on the couch. She was OK but "
            "frightened, and I hadn't warned her properly."
        ),
        [],
    ),
    (
        (
            "Phone triage from home for a Scottish service. Call on 23/12/2023 from a mum "
            "in Kirkbraes whose baby was 6 weeks old with a temp of 38.2. I typed the "
            "callback as 07700 914 552 with one digit wrong, so the OOH GP couldn't reach "
            "her for two hours."
        ),
        [
            ("23/12/2023", "date"),
            ("Kirkbraes", "place"),
            ("6 weeks old", "age"),
            ("07700 914 552", "phone"),
        ],
    ),
    (
        (
            "I work nights at Alder Brook Living. Mrs Pelletier, she was 94, fell at 0300 "
            "and I didn't call her son because the number on the face sheet, (207) "
            "555-0148, went to voicemail and I figured morning was fine. She had a hip "
            "fracture."
        ),
        [
            ("Alder Brook Living", "facility"),
            ("Mrs Pelletier", "name"),
            ("she was 94", "age"),
            ("(207) 555-0148", "phone"),
        ],
    ),
    (
        (
            "Medical social worker, Maine. I wrote up an APS report about the Ouellettes on "
            "June 6th and faxed it to 207-555-0193, which was the old regional number. "
            "Nobody read it for nine days. Their camp off Tannery Falls Road has no cell "
            "service so nobody checked in either."
        ),
        [
            ("the Ouellettes", "name"),
            ("June 6th", "date"),
            ("207-555-0193", "phone"),
            ("Tannery Falls Road", "place"),
        ],
    ),
    (
        (
            "LPN at a nursing home in Maine. A resident with Parkinson's got her Sinemet "
            "25/100 late on three shifts running because the med pass started with the "
            "other hall. Freezing episode, then a fall. Time-critical meds go first now, "
            "whatever hall."
        ),
        [],
    ),
    (
        (
            "I'm the only art therapist at Balmuir House Hospice, so anyone from the "
            "bereavement group will know it's me. I left a folder of client artwork in the "
            "family room and one piece had a widower's name written on the back, Mr "
            "Gourlay. My HCPC number is AS09271 if anyone wants to report me, honestly I'd "
            "understand."
        ),
        [
            ("the only art therapist at Balmuir House Hospice", "self"),
            ("Mr Gourlay", "name"),
            ("AS09271", "self"),
        ],
    ),
    (
        (
            "Orthodontic assistant, Maine. Took retainer impressions and sent the lab slip "
            "with the wrong arch ticked. Retainer didn't fit and the teeth shifted over "
            "Thanksgiving. Cost the family another visit and a new retainer."
        ),
        [],
    ),
    (
        (
            "FCPS psychiatry trainee, Lahore. I started a young man on olanzapine 10 mg for "
            "first-episode psychosis and didn't do baseline fasting glucose or lipids. "
            "Three months later HbA1c was 7.4%. My supervisor was kind about it, but it's "
            "basic NICE CG178 stuff that I knew and skipped."
        ),
        [],
    ),
    (
        (
            "SHO in psychiatry, west of Ireland. Started lithium and didn't check thyroid "
            "and eGFR at baseline, assumed the GP had. Level was 0.8 mmol/L at day 7, fine, "
            "but TSH turned out to be 9. Baseline bloods aren't someone else's job."
        ),
        [],
    ),
    (
        (
            "Sexual health nurse in Lusaka. Rapid syphilis test positive in an ANC client, "
            "I gave benzathine penicillin 2.4 MU but forgot to write it in the register. "
            "She got dosed again at her next visit. Nothing happened, adrenaline was ready, "
            "but double dosing is totally avoidable."
        ),
        [],
    ),
    (
        (
            "Staff nurse in a nursing home. We use the Abbey Pain Scale for residents with "
            "dementia and I scored a man as 'no pain' because he was quiet. Quiet was the "
            "pain. X-ray showed a hip fracture after 2/7."
        ),
        [],
    ),
    (
        (
            "Core trainee in psychiatry, Dundee. I didn't realise an emergency detention "
            "certificate needs MHO consent where practicable, and I didn't even try. Nobody "
            "was harmed but the detention was challenged. Now I phone the duty MHO first, "
            "every time."
        ),
        [],
    ),
    (
        (
            "Telehealth nurse for a Lahore app. Caller said her father was 'very sleepy' "
            "and I triaged as routine because the home BP machine readings looked fine. It "
            "was hypoglycaemia, BSR 38 mg/dL when the son checked. I didn't ask about "
            "diabetes meds. Always ask about glimepiride."
        ),
        [],
    ),
    (
        (
            "PGY-2 psychiatry, Saskatoon. I documented 'no SI' after a 10-minute follow-up "
            "without asking directly because the patient seemed brighter. Brighter in the "
            "first week of an SSRI is exactly when you ask. He was fine, but the nurse who "
            "asked the next morning got a very different answer."
        ),
        [],
    ),
    (
        (
            "Hospital social worker, Hull. I completed a CHC checklist with the patient's "
            "daughter on speakerphone without checking the patient consented to sharing. "
            "She'd said no to her daughter being involved a month earlier. It was in the "
            "notes, I just didn't read back far enough."
        ),
        [],
    ),
    (
        (
            "Ostomy nurse in Saskatoon. I used a convex pouch on a brand new, very "
            "oedematous stoma because it looked retracted. Pressure injury at the "
            "mucocutaneous junction by the next change. Flat pouch, cut to fit, recheck "
            "sizing weekly for the first 6-8 weeks."
        ),
        [],
    ),
    (
        (
            "Two kids called Bryson on the EEG schedule the same morning at Kennebago "
            "Valley Medical. I pulled MRN 00731462 instead of 00731426, hooked up the wrong "
            "one and ran 20 min of photic before his mom said he'd never had a seizure in "
            "his life. Incident filed 04/11/23. I read back full DOB every single time now."
        ),
        [
            ("Bryson", "name"),
            ("Kennebago Valley Medical", "facility"),
            ("MRN 00731462", "record"),
            ("00731426", "record"),
            ("04/11/23", "date"),
        ],
    ),
    (
        (
            "Working from home for NHS 24. Caller with chest pain and I went down the "
            "indigestion pathway because he said he'd had a curry. I should have sent an "
            "ambulance. It was a STEMI. He survived, no thanks to me."
        ),
        [],
    ),
    (
        (
            "Stoma nurse, Suva. New colostomy pt going home to a village with no reliable "
            "running water. I taught the standard change routine at the ward sink without "
            "asking about his setup at home. Skin excoriation within a week. Now I ask "
            "about water, privacy and supplies first."
        ),
        [],
    ),
    (
        (
            "School ortho follow-up programme, Suva. I emailed the treatment plan and "
            "intraoral photos for Adi Salote, 12, to the school office inbox, "
            "office@nadonumai-primary.edu.fj, instead of to her mum. The head teacher "
            "printed it for her file."
        ),
        [
            ("Adi Salote", "name"),
            ("12", "age"),
            ("office@nadonumai-primary.edu.fj", "email"),
        ],
    ),
    (
        (
            "> Hi Aoife,\n> Flagging that the HIV POCT for client GUM-SL-20417 was texted to "
            "the wrong mobile. Can you ring Ciarán back on 087 214 6693 before the "
            "weekend?\n> Thanks, Deirdre (deirdre.mcg@nwshclinic.ie)\n\nThat email sat unread "
            "from the 9th of February because I was on annual leave and nobody had set up "
            "my out-of-office. The result was reactive and he heard about it from a "
            "stranger first."
        ),
        [
            ("Aoife", "name"),
            ("GUM-SL-20417", "record"),
            ("Ciarán", "name"),
            ("087 214 6693", "phone"),
            ("Deirdre", "name"),
            ("deirdre.mcg@nwshclinic.ie", "email"),
            ("the 9th of February", "date"),
        ],
    ),
    (
        (
            "## Stoma care and Ramadan\nStoma nurse in Lahore. Pt was embarrassed to change "
            "his appliance during fasting hours and was skipping changes. I'd never asked "
            "about prayer or wudu routines. Leakage, skin breakdown. It's on my assessment "
            "sheet now."
        ),
        [],
    ),
    (
        (
            "Clinical measurement scientist, neurophysiology, west of Ireland. Ran NCS on a "
            "diabetic man with cold feet and didn't warm the limbs. Sural responses looked "
            "absent and the report said severe axonal neuropathy. Repeated at 32°C a month "
            "later: mild. The first report had already driven a referral."
        ),
        [],
    ),
    (
        (
            "Mrs Chanda Mwale's grandson had been sleeping under her bed on Ward C4 at "
            "Lubumba Level One Hospital for a week before I noticed nobody had done a child "
            "welfare referral. He was 11 and hadn't been to school in a month. I wrote the "
            "family address as Plot 2217, Kabwelume Extension, but that turned out to be "
            "the uncle's house, and that's where the boy got sent."
        ),
        [
            ("Mrs Chanda Mwale", "name"),
            ("Lubumba Level One Hospital", "facility"),
            ("He was 11", "age"),
            ("Plot 2217, Kabwelume Extension", "place"),
        ],
    ),
    (
        (
            "Hospital social worker in Dundee. I started an Adult Support and Protection "
            "inquiry and told the patient's son about it before checking whether he was the "
            "alleged harmer. He was. He took her off the ward that afternoon."
        ),
        [],
    ),
    (
        (
            "Art therapist, adolescent group. I posted a photo of the mural to our NGO "
            "website (https://www.tiyendepamodzi.org.zm/gallery/mural-day) and you could "
            "read a girl's painted signature, 'Natasha M.', plus the gate sign for Tiyende "
            "Pamodzi Youth Centre in the background."
        ),
        [
            ("https://www.tiyendepamodzi.org.zm/gallery/mural-day", "url"),
            ("Natasha M.", "name"),
            ("Tiyende Pamodzi Youth Centre", "facility"),
        ],
    ),
    (
        (
            "Psychiatry registrar training in Suva. Discharged a man on a depot and wrote "
            "the next dose as due in 4 weeks when his regime was 2-weekly. He relapsed. "
            "Check the chart, not your memory."
        ),
        [],
    ),
    (
        (
            "Telehealth RN, Maine. I sent the video visit link "
            "https://visit.pinecrestcare.org/room/88213-kw that belonged to the previous "
            "patient, Mrs Doucette, so two patients ended up in the same room and one heard "
            "the other's wound being discussed. Pinecrest Telehealth is tiny, everyone will "
            "know who did it."
        ),
        [
            ("https://visit.pinecrestcare.org/room/88213-kw", "url"),
            ("Mrs Doucette", "name"),
            ("Pinecrest Telehealth", "facility"),
        ],
    ),
    (
        (
            "Telehealth nurse for a Lahore health app. I gave insulin glargine titration "
            "advice to the wrong profile on https://app.sehatline.pk/p/77120: Mrs Rukhsana "
            "Bibi, 58, instead of her daughter-in-law who shares the account. Ticket "
            "TKT-77120-LHR. The family lives in Mohalla Kamangran Wala and half the street "
            "knew by evening."
        ),
        [
            ("https://app.sehatline.pk/p/77120", "url"),
            ("Mrs Rukhsana Bibi", "name"),
            ("58", "age"),
            ("TKT-77120-LHR", "record"),
            ("Mohalla Kamangran Wala", "place"),
        ],
    ),
    (
        (
            "PGY-3 psychiatry, Maine. Restarted a patient's clozapine at the previous dose "
            "after a 72-hour gap. Orthostatic hypotension, fell in the bathroom. After 48 "
            "hours off, you retitrate. I knew that."
        ),
        [],
    ),
    (
        (
            "> 05/07/2022, Tamana Psychiatric Unit. Pt Josefa Naivalu (hosp no. SV-0093381) "
            "agitated, IM haloperidol 5 mg given.\n\nI wrote that note in the wrong patient's "
            "file. The other man was never agitated and it followed him all the way to his "
            "review board."
        ),
        [
            ("05/07/2022", "date"),
            ("Tamana Psychiatric Unit", "facility"),
            ("Josefa Naivalu", "name"),
            ("SV-0093381", "record"),
        ],
    ),
    (
        (
            "Care home nurse, Hull. This is the email I sent, still cringing:\n> To: All "
            "relatives\n> Please note Mr Albert Cheeseman's DNACPR has been reviewed and "
            "remains in place.\nMeant only for his daughter, j.cheeseman@hotmail.co.uk. "
            "Every family at the Larchmere got it."
        ),
        [
            ("Mr Albert Cheeseman", "name"),
            ("j.cheeseman@hotmail.co.uk", "email"),
            ("the Larchmere", "facility"),
        ],
    ),
    (
        (
            "I'm the only EFDA at Ashcombe Falls Orthodontics, so if my boss reads this, "
            "hi. Kaylee, aged 9, had a palatal expander and I gave her mom a turn schedule "
            "of twice daily instead of once. A week later it was way overexpanded."
        ),
        [
            ("the only EFDA at Ashcombe Falls Orthodontics", "self"),
            ("Kaylee", "name"),
            ("aged 9", "age"),
        ],
    ),
    (
        (
            "Needle EMG clinic, Hull. I left a used concentric needle uncapped in the tray "
            "on Ward 12 at Wyke Royal and the F1, Dr Mensah-Boateng, got a needlestick "
            "clearing up. I got her on bleep 3318 and sent her to occ health; the form is "
            "dated 14/10/22."
        ),
        [
            ("Ward 12 at Wyke Royal", "facility"),
            ("Dr Mensah-Boateng", "name"),
            ("bleep 3318", "phone"),
            ("14/10/22", "date"),
        ],
    ),
    (
        (
            "PGY-2 psych in Maine. I forwarded Mr. Gagnon's safety plan and med list to my "
            "personal email, dr.tmarceau.md@gmail.com, so I could print it at home because "
            "the unit printer was down. Compliance found it in an audit."
        ),
        [
            ("Mr. Gagnon", "name"),
            ("dr.tmarceau.md@gmail.com", "email"),
        ],
    ),
    (
        (
            "RN, special care home in Saskatoon. I told the Hryniuks over the phone their "
            "dad had 'a quiet night' on Oct 3, reading off the wrong resident's note. He'd "
            "actually had an unwitnessed fall at 0200. They found out from the bruise. "
            "Wheatland Villa has since moved to bedside charting."
        ),
        [
            ("the Hryniuks", "name"),
            ("Oct 3", "date"),
            ("Wheatland Villa", "facility"),
        ],
    ),
]
