"""Round 19 of issue 14's evaluation: 160 stories (80 safe, 239 spans) from two helpers who saw
only the labeling guide (identifier_round2.md), never the check's rules, corpora or code. C:
cardiac physiologists, community mental-health nurses, paediatric dietitians, hospice chaplains,
custody nurses, ophthalmic nurses, trainee counsellors, care-home pharmacy technicians, ambulance
technicians, youth workers (Hartlepool, Dungarvan, Brandon, Jinja, Bundaberg, New Mexico, Bangor,
Rajshahi, Fort William, Gisborne). D: practice nurses, learning-support assistants in special
schools, neuro physiotherapists, prison psychologists, aseptic-unit pharmacists, birth-centre
midwives, adult social workers, dialysis nurses, receptionists turned care assistants, out-of-hours
GPs (Workington, Ballina, Camrose, Lira, Warwick, Nebraska, Stranraer, Sukkur, Westport, Oamaru).
Measured once with the rules of round 16, as round 18 was: see test_identifiers.py and
bench/README.md. Entries as in identifier_corpus."""

ROUND_19_C = [
    (
        (
            "PGY-1 in New Mexico. On 3/17/22 I wrote for hydromorphone 10 mg instead of 1 mg for "
            "Mr Ortega-Baca. Pharmacy paged me (pager 4172) and I didn't pick up for 15 minutes. "
            "The nurse held the dose. I owe her everything."
        ),
        [
            ("3/17/22", "date"),
            ("Mr Ortega-Baca", "name"),
            ("pager 4172", "phone"),
        ],
    ),
    (
        (
            "RN in regional Queensland. I gave a bolus of Hartmann's through a cannula that had "
            "tissued. Arm swelled up, extravasation protocol, plastics reviewed. The patient was "
            "kinder to me than I was to myself."
        ),
        [],
    ),
    (
        (
            "I copied the wrong plan into the clinic letter:\n> Re: Elis Rowlands, DOB "
            "30.06.2019, Hosp No. B7730412\n> Plan: increase Infatrini to 150 ml/kg/day\nIt was "
            "meant to be 120. Paeds dietitian, 4 years qualified, and I did not proofread."
        ),
        [
            ("Elis Rowlands", "name"),
            ("30.06.2019", "date"),
            ("B7730412", "record"),
        ],
    ),
    (
        (
            "Ambulance tech out of Fort William. Job came in as a 67 yo male, fall, at a croft "
            "just past Corrieglas Bridge, CAD 0412-3317. I didn't push for a 12-lead because he "
            "'just tripped'. He was in complete heart block."
        ),
        [
            ("Fort William", "place"),
            ("67 yo", "age"),
            ("Corrieglas Bridge", "place"),
            ("CAD 0412-3317", "record"),
        ],
    ),
    (
        (
            "Paediatric dietitian, Dungarvan. Worked out a catch-up feed for baby Ruairí (hosp "
            "no. WG-0093341) off his birth weight instead of todays weight. His mam rang me on "
            "087 441 9026 three days later saying he was bringing up every bottle."
        ),
        [
            ("Dungarvan", "place"),
            ("Ruairí", "name"),
            ("WG-0093341", "record"),
            ("087 441 9026", "phone"),
        ],
    ),
    (
        (
            "Tech on a DCA in Hartlepool. Called to an older lady, 91, at 4 Mariner's Row on the "
            "Gullcrest estate. She refused to come in and I accepted it without doing a proper "
            "capacity assessment. A neighbour found her on the floor the next morning."
        ),
        [
            ("Hartlepool", "place"),
            ("91", "age"),
            ("4 Mariner's Row", "place"),
            ("the Gullcrest estate", "place"),
        ],
    ),
    (
        (
            "My supervisor's email, word for word:\n> Hi Priya,\n> Please don't take client "
            "files home. The one for Mr H (ref CL-3390) was handed in from the car park this "
            "morning.\n> Dr Moira Tennant\n> Clinical Lead, Ashgrove Psychological Services\nI'm "
            "a trainee and I'm mortified."
        ),
        [
            ("Priya", "name"),
            ("CL-3390", "record"),
            ("Dr Moira Tennant", "name"),
            ("Ashgrove Psychological Services", "facility"),
        ],
    ),
    (
        (
            "Theatre scrub nurse. Swab count was 1 short at closing and I let myself believe I'd "
            "miscounted. Surgeon agreed to an X-ray, swab found. The WHO checklist did its job; "
            "I didn't."
        ),
        [],
    ),
    (
        (
            "A&E, majors. Triaged a woman in her 40s as Manchester Triage yellow with "
            "'indigestion'. Troponin 3,400 ng/L two hours later. I'd never seen an atypical MI "
            "that clearly. Learning: women, diabetes, epigastric pain."
        ),
        [],
    ),
    (
        (
            "Prison healthcare, HMP Ravensmoor. Gave 60 ml methadone to the wrong man on C-wing: "
            "Dillon and Dylan, cells next door to each other, and I didn't check the photo "
            "against prison number A8842KT. Dylan wasn't on opiates at all."
        ),
        [
            ("HMP Ravensmoor", "facility"),
            ("Dillon", "name"),
            ("Dylan", "name"),
            ("A8842KT", "record"),
        ],
    ),
    (
        (
            "I'm Siobhán Mulcahy, CMHN, and I'm posting under my real name because I think "
            "hiding is part of the problem. I missed a client's relapse signature — she'd "
            "stopped texting back — and she was admitted a week later."
        ),
        [
            ("Siobhán Mulcahy", "self"),
        ],
    ),
    (
        (
            "Ambulance tech in Jinja. Mzee Okello's family called us on +256 772 418 903 and I "
            "told them to bring him by boda because we only had one vehicle. He was having a "
            "stroke and the delay mattered."
        ),
        [
            ("Jinja", "place"),
            ("Mzee Okello", "name"),
            ("+256 772 418 903", "phone"),
        ],
    ),
    (
        (
            "OT in a rehab unit. Set up a perching stool for a gentleman with Parkinson's "
            "without checking his Berg score from that morning. He slid off. No injury. We now "
            "do a joint huddle at 09:00."
        ),
        [],
    ),
    (
        (
            "Physio on Larchmere Ward. Stood Mr Oyelaran up day 1 post THR without reading the "
            "op note, which said TTWB because of a calcar crack. He put full weight through it. "
            "X-ray showed no displacement thank god."
        ),
        [
            ("Larchmere Ward", "facility"),
            ("Mr Oyelaran", "name"),
        ],
    ),
    (
        (
            "**What happened**\nCMHN in a community team in Queensland. Client on clozapine, "
            "bloods due, and I forgot to chase the FBC before the pharmacy release. Neutrophils "
            "came back 1.4. Caught by the clozapine monitoring service, not by me.\n\n**What I'm "
            "doing now**\nSupervision Thursday, and a reflective account using Gibbs."
        ),
        [],
    ),
    (
        (
            "Physio, ICU. Sat a pt out on day 3 post-CABG with a MAP of 58 because I misread the "
            "monitor trend. Dropped to 50, back to bed, no harm. My SBAR handover to the nurse "
            "in charge was a mess."
        ),
        [],
    ),
    (
        (
            "Ophthalmic nurse at Harbourview Eye Clinic. I gave Mr Wiremu Tane (NHI ZKH4419) the "
            "wrong post-op drops to take home, Maxidex instead of chloramphenicol. He rang back "
            "on 06 867 3301 when the pharmacy queried it."
        ),
        [
            ("Harbourview Eye Clinic", "facility"),
            ("Mr Wiremu Tane", "name"),
            ("NHI ZKH4419", "record"),
            ("06 867 3301", "phone"),
        ],
    ),
    (
        (
            "Youth worker (not clinical but our service is NHS-funded). A young person disclosed "
            "self-harm at the very end of a session and I said we'd talk next week. I should've "
            "followed our safeguarding procedure there and then. CAMHS were told the next day. "
            "He is ok."
        ),
        [],
    ),
    (
        (
            "I'm an ophthalmic nurse at Ysbyty Glanrhyd eye unit in Bangor. Put phenylephrine "
            "10% into the wrong man's eyes because there were two Mr Joneses on the list, Mr "
            "Emrys Jones and Mr Dafydd Jones, both in their 80s and both down for cataracts. The "
            "one I dilated has a heart history."
        ),
        [
            ("Ysbyty Glanrhyd", "facility"),
            ("Bangor", "place"),
            ("Mr Emrys Jones", "name"),
            ("Mr Dafydd Jones", "name"),
        ],
    ),
    (
        (
            "Ambulance tech on a DCA. Patient in her 80s, fallen, NEWS2 of 3, I thought we'd "
            "leave her at home with a falls referral. My paramedic crewmate said convey. Hip "
            "fracture on X-ray. I'd been so sure."
        ),
        [],
    ),
    (
        (
            "Ophthalmic nurse in a day-case unit. Instilled G. tropicamide 1% and G. "
            "phenylephrine 2.5% into the right eye when the list said LEFT. Caught it myself "
            "before the consultant arrived but had to do a Datix and tell the patient. Worst "
            "conversation of my career so far."
        ),
        [],
    ),
    (
        (
            "Our band 6s share the handover sheet as a google sheet and I pasted the link into "
            "the WRONG group chat (my netball team 😭): "
            "https://docs.google.com/spreadsheets/d/1xQvR7kestrel-handover-07 — it has every "
            "patient on Kestrel Ward on it. Link was revoked 20 min later."
        ),
        [
            ("https://docs.google.com/spreadsheets/d/1xQvR7kestrel-handover-07", "url"),
            ("Kestrel Ward", "facility"),
        ],
    ),
    (
        (
            "ambo tech, 3 yrs in. didn't take a BM on a man we thought was just drunk. he was "
            "1.9. paramedic took it in the back of the truck 5 mins later. glucagon, fine. never "
            "again."
        ),
        [],
    ),
    (
        (
            "Tech on a rural ambulance in the Highlands. Forgot to restock the Entonox after a "
            "job and the next crew went out to a fractured femur with none. They had IV morphine "
            "so they coped. Vehicle checks at shift start are now something I actually do "
            "properly."
        ),
        [],
    ),
    (
        (
            "Staff nurse at Padma View Clinic, Rajshahi. Rahima Begum, 52, was on IV insulin and "
            "I forgot to recheck her glucose at the hour because the ward was full. She dropped "
            "to 2.4 mmol. Recovered with dextrose."
        ),
        [
            ("Padma View Clinic", "facility"),
            ("Rahima Begum", "name"),
            ("52", "age"),
        ],
    ),
    (
        (
            "Youth worker in Gisborne 🙈 A 15-year-old from our drop-in, Tama, asked to add me on "
            "Snapchat and I said yes. Link was snapchat.com/add/tama.k.2009. Nothing "
            "inappropriate was ever said but my manager found out and I know it was wrong."
        ),
        [
            ("Gisborne", "place"),
            ("15-year-old", "age"),
            ("Tama", "name"),
            ("snapchat.com/add/tama.k.2009", "url"),
        ],
    ),
    (
        (
            "Midwife at Kellingworth Birth Centre. On the 23rd of August I missed a "
            "second-degree tear that turned out to be a 3b. Shereen, 29, first baby, came back "
            "with incontinence at six weeks. I checked. I just didn't check properly."
        ),
        [
            ("Kellingworth Birth Centre", "facility"),
            ("23rd of August", "date"),
            ("Shereen", "name"),
            ("29", "age"),
        ],
    ),
    (
        (
            "Band 5, nights, ward of 28. Hung IV co-amoxiclav for the pt in bay 3 bed 4 — the "
            "one with the penicillin allergy was bay 3 bed 5. Caught it after about 10 ml. Obs "
            "fine, no reaction. Still shaking writing this."
        ),
        [],
    ),
    (
        (
            "Pharmacy tech supporting care homes in Ontario. Monthly cycle came in and I didn't "
            "spot that a resident's Sinemet had been switched to Madopar on the hospital "
            "discharge. Two days of both. Staff noticed the dyskinesia. Escalated to the GP and "
            "it was sorted, but still."
        ),
        [],
    ),
    (
        (
            "Care home pharmacy technician. At the Hollies on Wakerley Lane I booked in the new "
            "MAR charts and missed that Mrs Penhaligon's warfarin had come down from 3 mg to 2 "
            "mg. INR was 7.9 four days later. Incident ref DX-22871 if anyone from the CCG is "
            "reading, which I doubt."
        ),
        [
            ("the Hollies", "facility"),
            ("Wakerley Lane", "place"),
            ("Mrs Penhaligon", "name"),
            ("DX-22871", "record"),
        ],
    ),
    (
        (
            "Pharmacist at Nakabugo Health Centre IV outside Jinja. I dispensed adult-strength "
            "cotrimoxazole tabs for Nakato, a 3-year-old, and told her grandmother to give a "
            "whole one twice daily. She came back vomiting. We corrected it and she recovered."
        ),
        [
            ("Nakabugo Health Centre IV", "facility"),
            ("Jinja", "place"),
            ("Nakato", "name"),
            ("3-year-old", "age"),
        ],
    ),
    (
        (
            "I'm a chaplain in a hospice in Manitoba. A family asked for the Anointing of the "
            "Sick and I promised to come back after lunch. I got caught up with another death "
            "and by the time I returned at 15:30 he had died. Nobody blamed me. I blame me."
        ),
        [],
    ),
    (
        (
            "Care assistant. This was the text:\n> Hiya Bev its Sandra from the Poplars, Mr "
            "Lenehan been sick again can u ring me 07700 900582\nI didn't see it until I got "
            "home. He'd aspirated. I think about that text every day."
        ),
        [
            ("Bev", "name"),
            ("Sandra", "name"),
            ("the Poplars", "facility"),
            ("Mr Lenehan", "name"),
            ("07700 900582", "phone"),
        ],
    ),
    (
        (
            "2nd yr student nurse. Took a manual BP on the wrong arm — the one with the fistula. "
            "Nobody had told me, but it was on the board in big letters. Mentor was lovely. "
            "Still mortified."
        ),
        [],
    ),
    (
        (
            "Social worker, adults team in Scotland. Missed the review date under our Adult "
            "Support and Protection procedures because it sat in a colleague's tray over the "
            "Easter holidays. The review happened 6 days late. Nothing happened to the person "
            "but it could have."
        ),
        [],
    ),
    (
        (
            "My own note, copied from the chart:\n> 02:15 Pt Desmond Achterberg (NHS 486 211 "
            "7093) c/o chest tightness. Obs stable. Plan: r/v in AM. — S. Fairclough RN\nNo ECG. "
            "No troponin. He arrested at 06:40."
        ),
        [
            ("Desmond Achterberg", "name"),
            ("NHS 486 211 7093", "record"),
            ("S. Fairclough", "self"),
        ],
    ),
    (
        (
            "Cardiac physiologist, Band 6. Doing an exercise tolerance test on a man in his 60s, "
            "Bruce protocol stage 3, and I missed 2 mm ST depression in V5-V6 because I was "
            "watching the BP cuff. Consultant spotted it on the printout at 16:20. He was fine, "
            "but I've not stopped thinking about it."
        ),
        [],
    ),
    (
        (
            "> Dear Rev. Alun,\n> Thank you for sitting with Dad on the night of 2nd February. "
            "It meant so much that he wasn't alone.\n> Gwen Pritchard\n\nI'm the only chaplain "
            "at Tŷ Celyn Hospice so that card could only be for me. The truth is I fell asleep "
            "in the chair and he died while I was asleep. I haven't told her."
        ),
        [
            ("Rev. Alun", "name"),
            ("2nd February", "date"),
            ("Gwen Pritchard", "name"),
            ("the only chaplain at Tŷ Celyn Hospice", "self"),
        ],
    ),
    (
        (
            "Youth worker in Bangor. Drove Cerys home from youth club on my own, no second "
            "adult, because it was chucking it down and she lives way out on the Maes Tegid "
            "estate. Nothing happened but it broke every lone-working rule we have."
        ),
        [
            ("Bangor", "place"),
            ("Cerys", "name"),
            ("the Maes Tegid estate", "place"),
        ],
    ),
    (
        (
            "Hospice chaplain. At a bedside I used the phrase 'a better place' with a family who "
            "are atheists. The daughter left the room. I apologised later. Rogers would say I "
            "wasn't congruent; I was reaching for a script."
        ),
        [],
    ),
    (
        (
            "Custody nurse, nights. Detained person Kyle Ventham, 19, custody record "
            "41/88207/24, told me he'd taken 'a few' of his nan's tramadol. I wrote it down and "
            "didn't ask for him to go on level 2 rousing obs. He was found hard to rouse at "
            "05:20."
        ),
        [
            ("Kyle Ventham", "name"),
            ("19", "age"),
            ("41/88207/24", "record"),
        ],
    ),
    (
        (
            "Pacing clinic, cardiac physiology. Changed a pacemaker from DDD to VVI for a test "
            "and forgot to switch it back before the patient left. Picked up at the next check "
            "4/52 later. He'd been tired but nothing worse. Our checklist now has a line for it."
        ),
        [],
    ),
    (
        (
            "Care assistant, nights. Waterlow was 20 and I didn't reposition on the 2-hourly "
            "round at 04:00 because we were short. Grade 2 on the sacrum by morning. I told the "
            "nurse straight away."
        ),
        [],
    ),
    (
        (
            "Midwife, delivery suite. Apgar 7 at 1 min, 9 at 5 mins, and I didn't do the baby "
            "obs at the 1 hr mark because the room next door had a PPH. Baby was 36.1 when the "
            "next midwife checked. Warmed up skin-to-skin."
        ),
        [],
    ),
    (
        (
            "Radiographer. Didn't do the pregnancy check (28-day rule) on a woman in her 30s "
            "having an abdo X-ray because she said 'definitely not'. She was 5 weeks. Dose was "
            "tiny, the physicist reassured us. I've not skipped the form since."
        ),
        [],
    ),
    (
        (
            "Pharmacy tech, care homes. Ordered the wrong strength of buprenorphine patches "
            "through the supplier portal, https://portal.brightmedsupply.co.uk/orders/88104, and "
            "the query came back as Ticket #RX-88104 from j.mcgarrity@brightmedsupply.co.uk, "
            "which I ignored for a week because I thought it was spam."
        ),
        [
            ("https://portal.brightmedsupply.co.uk/orders/88104", "url"),
            ("Ticket #RX-88104", "record"),
            ("j.mcgarrity@brightmedsupply.co.uk", "email"),
        ],
    ),
    (
        (
            "Care home pharmacy technician. I did the monthly order and missed the fentanyl 12 "
            "mcg/hr patches. Weekend, no out-of-hours pharmacy nearby, resident went 24 hrs "
            "without. Pain score 7/10. Nurses used PRN Oramorph and it was managed, but I'm the "
            "reason."
        ),
        [],
    ),
    (
        (
            "Chaplain at the Marram Hospice. At the memorial service on Sunday the 5th of "
            "November I read out Maureen instead of Marian Collerton. Her husband was in the "
            "front row. I wanted the floor to swallow me."
        ),
        [
            ("the Marram Hospice", "facility"),
            ("Sunday the 5th of November", "date"),
            ("Maureen", "name"),
            ("Marian Collerton", "name"),
        ],
    ),
    (
        (
            "I'm a paediatric nutritionist in Rajshahi. I got the F-75 to F-100 transition wrong "
            "for a child with severe acute malnutrition (MUAC 10.8 cm) and he developed "
            "refeeding problems. We caught the low phosphate early. The WHO protocol is pinned "
            "above my desk now."
        ),
        [],
    ),
    (
        (
            "Social worker, Bundaberg. Sent a family's safety plan to their old address at 27 "
            "Quandong Street, case #CS-19-40712, where the dad they were hiding from was still "
            "living. The Whitcombes had to move again. I can't forgive myself."
        ),
        [
            ("Bundaberg", "place"),
            ("27 Quandong Street", "place"),
            ("case #CS-19-40712", "record"),
            ("The Whitcombes", "name"),
        ],
    ),
    (
        (
            "Contract custody nurse for the RCMP. Man brought in, Corey Lachance, DOB "
            "1987-05-02, detachment file 2024-118734. I cleared him fit to detain without "
            "checking his sugar. He was hypo in the cell two hours later."
        ),
        [
            ("Corey Lachance", "name"),
            ("1987-05-02", "date"),
            ("2024-118734", "record"),
        ],
    ),
    (
        (
            "Medical officer in eastern Uganda. Calculated IV quinine off the adult protocol for "
            "a child because the paeds dosing charts had run out. The nurse questioned it. "
            "Switched to artesunate per the national guideline."
        ),
        [],
    ),
    (
        (
            "### Custody suite, Friday night\nDetainee on a CIWA-Ar of 14, I gave "
            "chlordiazepoxide 20 mg and forgot to write the time on the drug chart. Next shift "
            "gave another dose. He was drowsy but rousable. Obs level upgraded. Our inspector "
            "was actually decent about it."
        ),
        [],
    ),
    (
        (
            "CMHN in a rural team. Hemi's whānau rang the duty line (06 862 1174) to say he was "
            "talking about the river again. I was out at Waikōhatu Flats on another visit and "
            "didn't pick up the message until the end of the day."
        ),
        [
            ("Hemi", "name"),
            ("06 862 1174", "phone"),
            ("Waikōhatu Flats", "place"),
        ],
    ),
    (
        (
            "Pharmacy tech covering care homes around the county. At St Declan's Nursing Home on "
            "Tues 7th March I packed Mr Foley's blister pack with his old furosemide dose — 80 "
            "mg when it had gone down to 40. He got very dry and his kidneys took a hit."
        ),
        [
            ("St Declan's Nursing Home", "facility"),
            ("Tues 7th March", "date"),
            ("Mr Foley", "name"),
        ],
    ),
    (
        (
            "Cardiac physiologist at Burnett Coast Private. Reported an EF of 55% on Mrs Dolores "
            "Ferrante, 74, when it was actually 35% — I'd typed it wrong into the report. Her "
            "heart failure meds were held for a fortnight."
        ),
        [
            ("Burnett Coast Private", "facility"),
            ("Mrs Dolores Ferrante", "name"),
            ("74", "age"),
        ],
    ),
    (
        (
            "F2 on a rural GP rotation in Fort William. On Tuesday 12th I forgot to action "
            "bloods for Mr Calum Strachan — Hb 68 sat in my inbox over the weekend. He collapsed "
            "at home on the Sunday."
        ),
        [
            ("Fort William", "place"),
            ("Tuesday 12th", "date"),
            ("Mr Calum Strachan", "name"),
        ],
    ),
    (
        (
            "I was a vet nurse for 10 years before retraining. First month on an adult ward I "
            "calculated a dose in mg/kg out of habit and it came out at nearly 3x. Pharmacist "
            "caught it on the Omnicell override. I laughed at the time. I'm not laughing now."
        ),
        [],
    ),
    (
        (
            "trainee counsellor on placement. I left my process notes in the shared printer at "
            "Brightwater Counselling Service, with the client's full name (Rhiannon Keely) and "
            "DOB 14/11/1998 in the header. Someone from admin handed them back to me, but who "
            "else saw them??"
        ),
        [
            ("Brightwater Counselling Service", "facility"),
            ("Rhiannon Keely", "name"),
            ("14/11/1998", "date"),
        ],
    ),
    (
        (
            "Prison healthcare, in-possession meds. I gave a man a 7-day pregabalin supply "
            "instead of daily supervised because the prescription on SystmOne had changed and I "
            "missed the note. It turned up traded on the wing."
        ),
        [],
    ),
    (
        (
            "Custody nurse. DP in his 20s, GCS 14 on arrival, smelt of alcohol, I put it down to "
            "drink. Reassessed at 03:10 and he was GCS 11. Turned out to be a subdural. PACE "
            "doesn't make you feel any better at 4am."
        ),
        [],
    ),
    (
        (
            "Trainee counsellor. Skipped the risk questions at assessment because the client was "
            "so articulate. She disclosed suicidal thoughts at session 4. We did a safety plan. "
            "My supervisor pointed out PHQ-9 item 9 was a 2 at intake and I just hadn't read it."
        ),
        [],
    ),
    (
        (
            "Radiographer in Brandon. X-rayed the wrong wrist on a 6yo, booking ref "
            "RAD-55-01928. Mom called me back on 204-555-0147 to ask why they were sent home "
            "with the 'good' arm imaged. Embarrassing and an unnecessary dose for a kid."
        ),
        [
            ("Brandon", "place"),
            ("6yo", "age"),
            ("RAD-55-01928", "record"),
            ("204-555-0147", "phone"),
        ],
    ),
    (
        (
            "Paeds dietitian here. Wrote up a feed plan in kcal/kg using the 50th centile weight "
            "off the WHO chart rather than actual weight for a toddler with faltering growth. "
            "Over-fed for 2/7 before the weekend dietitian noticed. No harm but I feel sick "
            "about it."
        ),
        [],
    ),
    (
        (
            "F1, first week on call. K+ 6.4 came back at 01:40 and I didn't recognise the ECG "
            "changes. Registrar did. Calcium gluconate, insulin-dextrose, all fine. I keep "
            "replaying the tented T waves."
        ),
        [],
    ),
    (
        (
            "The discharge summary went to the wrong consultant:\n> From: "
            "nicola.haverstock@fenmoorhealth.org\n> To: j.abiodun@fenmoorhealth.org\n> Re: Baby "
            "Orla Strickland, MRN 70315528\nIt was meant for neonates, not Dr Abiodun in adult "
            "gastro. He was very kind about it but it's still a breach."
        ),
        [
            ("nicola.haverstock@fenmoorhealth.org", "email"),
            ("j.abiodun@fenmoorhealth.org", "email"),
            ("Orla Strickland", "name"),
            ("MRN 70315528", "record"),
            ("Dr Abiodun", "name"),
        ],
    ),
    (
        (
            "Community psych nurse in New Mexico. I gave a 2-week lithium supply to a client "
            "without checking her level was due, and she came back at 1.6 mmol/L. Confused, "
            "tremor, admitted for 3 days. I'm the one who signed it off."
        ),
        [],
    ),
    (
        (
            "Honestly if they want to find me they will, my NMC PIN is 09J4471E. I gave a "
            "patient someone else's morning meds on a busy surgical ward and I'm done hiding "
            "behind 'anonymous'."
        ),
        [
            ("09J4471E", "self"),
        ],
    ),
    (
        (
            "Community mental health nurse, Band 7. **I forgot a depot.** Client due haloperidol "
            "decanoate 100 mg every 4 weeks; I was on annual leave over Christmas and the "
            "handover sheet didn't include it. He relapsed in January and was admitted under "
            "Section 2 of the MHA. I wrote that handover sheet."
        ),
        [],
    ),
    (
        (
            "I'm the only male student on placement on Fernhill Ward this term, so I'll keep the "
            "rest vague. I documented a set of obs I hadn't actually done because the machine "
            "was in use and I meant to go back. I never went back."
        ),
        [
            ("the only male student on placement on Fernhill Ward", "self"),
        ],
    ),
    (
        (
            "School nurse. In the allergy training I handed round a real EpiPen thinking it was "
            "the trainer. A Year 4 boy, Alfie Marchetti, aged 8, fired it into his thumb at "
            "Copperbeech Primary. He was fine after A&E but his parents are (rightly) furious."
        ),
        [
            ("Alfie Marchetti", "name"),
            ("aged 8", "age"),
            ("Copperbeech Primary", "facility"),
        ],
    ),
    (
        (
            "ophth nurse. told a pt with flashes and a curtain over his vision to 'come back "
            "tomorrow if it gets worse' on the phone triage line. it was a macula-on RD and he "
            "needed to be seen same day. came in next morning and the macula was off. ICD-10 H33 "
            "is now a code I can't look at."
        ),
        [],
    ),
    (
        (
            "Youth worker, rural Ireland. Let a young person borrow my phone to call home and "
            "didn't realise my work WhatsApp was open with other kids' messages on it. I don't "
            "think he saw anything but I reported it to our DPO anyway under GDPR."
        ),
        [],
    ),
    (
        (
            "I'm a cardiac physiologist and I fitted a 24-hr Holter on Mr Brannigan on 9 October "
            "2023, but I logged it under the wrong hospital number (H557120) so his trace got "
            "filed against someone else's. Nobody at Seaton Road Clinic noticed for 11 days."
        ),
        [
            ("Mr Brannigan", "name"),
            ("9 October 2023", "date"),
            ("H557120", "record"),
            ("Seaton Road Clinic", "facility"),
        ],
    ),
    (
        (
            "trainee counsellor, level 4 diploma. i ran over by 20 mins with a client because "
            "she was crying and i couldnt find a way to end. my supervisor says boundaries are "
            "part of the holding (very Winnicott of her) but i feel like i failed her and the "
            "next client"
        ),
        [],
    ),
    (
        (
            "School nurse. Didn't update the care plan for a child with type 1 diabetes after "
            "her pump settings changed over the summer holidays. Her teacher followed the old "
            "hypo plan in September. She was fine. Plans are now reviewed every term."
        ),
        [],
    ),
    (
        (
            "Depot day. Lorraine, 46, was due her paliperidone and I went to her old flat on "
            "Tanyard Close because I hadn't updated RiO after she moved. By the time I found her "
            "she was 9 days overdue and already unwell. CMHN, feeling like rubbish."
        ),
        [
            ("Lorraine", "name"),
            ("46", "age"),
            ("Tanyard Close", "place"),
        ],
    ),
    (
        (
            "Mental health nurse on an acute ward in Wales. Did the 15-min obs at 22:45 and "
            "marked 'asleep' when he wasn't actually in his bed — I'd looked at the shape of the "
            "duvet. He'd gone to the bathroom. It could have been so much worse."
        ),
        [],
    ),
    (
        (
            "Care assistant at the Willowmere. Eileen in room 14 is 96 and on thickened fluids, "
            "and I gave her a normal cup of tea because she begged for one. She coughed and "
            "coughed. Chest infection a few days later."
        ),
        [
            ("the Willowmere", "facility"),
            ("Eileen", "name"),
            ("96", "age"),
        ],
    ),
    (
        (
            "Community pharmacist. A mum asked for something for her toddler's cough and I sold "
            "a product that isn't licensed under 6 years. Realised once she'd gone. No way to "
            "contact her. Reported internally and via the MHRA Yellow Card. Haven't slept."
        ),
        [],
    ),
]

ROUND_19_D = [
    (
        (
            "Pool birth. I estimated the blood loss in the water at 300 ml; once she was out and "
            "we weighed everything it was closer to 900. Syntocinon given, she was fine. Our PPH "
            "proforma now says get her out early if in doubt."
        ),
        [],
    ),
    (
        (
            "I left a message for Dr Ashworth on ext 6620 saying the ECG was normal when I "
            "hadn't even printed it. Staff nurse Maeve caught it when she went to file it. ST "
            "elevation."
        ),
        [
            ("Dr Ashworth", "name"),
            ("ext 6620", "phone"),
            ("Maeve", "name"),
        ],
    ),
    (
        (
            "Bellbird Satellite Renal Unit in Warwick. Mrs Ngata's venous needle dislodged "
            "mid-run because I taped it over the sleeve of her cardi. Caught by the alarm, but "
            "not before a fair bit of blood on the floor."
        ),
        [
            ("Bellbird Satellite Renal Unit", "facility"),
            ("Warwick", "place"),
            ("Mrs Ngata", "name"),
        ],
    ),
    (
        (
            "Dialysis nurse in Karachi. Water treatment alarm at 06:15 and I silenced it "
            "thinking it was the usual chlorine test lag. It wasn't. We stopped all machines, "
            "tested, and restarted an hour late. Nobody harmed but the patients were rightly "
            "angry."
        ),
        [],
    ),
    (
        (
            "Hospital number M2291746 — I documented a full neuro assessment in the wrong "
            "patient's notes (M2291764). Both were in bay 2 on Elmstead Ward."
        ),
        [
            ("M2291746", "record"),
            ("M2291764", "record"),
            ("Elmstead Ward", "facility"),
        ],
    ),
    (
        (
            "Community pharmacy counter, Friday rush. Handed a bag of warfarin 5 mg to the wrong "
            "person — same surname, both collecting that day. Caught it when the second person "
            "came in 10 minutes later. Rang, retrieved, apologised, filled in the report."
        ),
        [],
    ),
    (
        (
            "OOH GP. I uploaded a consultation summary to the wrong patient in the shared portal "
            "(https://portal.wyvernhealthlink.org/records/77412) and his carers could see it for "
            "two days. Incident ref CC-OOH-2291."
        ),
        [
            ("https://portal.wyvernhealthlink.org/records/77412", "url"),
            ("CC-OOH-2291", "record"),
        ],
    ),
    (
        (
            "### Stranraer patch\nReferral ref SW/22/7730, for a woman everyone on the team "
            "calls Birdie. I closed the live referral by mistake instead of the duplicate and "
            "nobody visited for 3 weeks."
        ),
        [
            ("Stranraer", "place"),
            ("SW/22/7730", "record"),
            ("Birdie", "name"),
        ],
    ),
    (
        (
            "forgot to re-heparinise the circuit after a clotting alarm on a busy afternoon. "
            "lost the whole circuit, roughly 200 ml, Hb went from 102 to 94. pt was lovely about "
            "it which somehow made it worse"
        ),
        [],
    ),
    (
        (
            "Inpatient rehab in Nebraska. I put a patient with a new PEG into the standing frame "
            "without checking the tube was clamped. Feed everywhere, no harm, but I felt like an "
            "idiot in front of the whole gym."
        ),
        [],
    ),
    (
        (
            "Coded a smear as 'ceased' for the wrong woman — NHS no. 999 041 7736 — instead of "
            "her sister, who lives at the same address. Her recall was missed for 18 months."
        ),
        [
            ("NHS no. 999 041 7736", "record"),
        ],
    ),
    (
        (
            "Aseptic unit. Batch ASU-24-0917 of cyclophosphamide went out with a 7-day expiry "
            "instead of 24h. I was the checking pharmacist so this one's on me. The ward rang me "
            "on bleep 5528 after the nurse spotted the date."
        ),
        [
            ("ASU-24-0917", "record"),
            ("bleep 5528", "phone"),
        ],
    ),
    (
        (
            "Practice nurse, Monday morning B12 clinic. Two men in their 60s with the same first "
            "name were in the waiting room, I called the name and gave the hydroxocobalamin to "
            "the wrong one. I didn't check DOB. No harm from an extra 1 mg but I've been rattled "
            "all week."
        ),
        [],
    ),
    (
        (
            "Forgot to pack a student's Buccolam in the trip bag for swimming. No seizure, "
            "nothing happened, but the policy is clear and I only realised halfway through the "
            "session. Told the teacher and the school nurse drove it over."
        ),
        [],
    ),
    (
        (
            "I shared a formulation draft at an MDT with the victim details unredacted. Everyone "
            "in the room was entitled to the file but it wasn't necessary. Raised it with my "
            "supervisor on Christmas Eve and didn't sleep that night."
        ),
        [],
    ),
    (
        (
            "Aseptic unit, Tuesday afternoon. I released a batch of 5-FU syringes where the "
            "worksheet said 2,400 mg but the label printed 2,040 mg. Caught on the ward by the "
            "chemo nurse before administration. Deviation raised; the root cause was a manual "
            "transcription step we've since automated."
        ),
        [],
    ),
    (
        (
            'I used Winnicott\'s "good enough" idea in a session and the client heard it as me '
            "saying he wasn't good enough. He walked out and refused the next two sessions. My "
            "fault for not checking what he'd taken from it."
        ),
        [],
    ),
    (
        (
            "Pharmacist in an aseptic unit. I did the final check on a TPN bag and missed that "
            "the potassium had been entered as mmol/L instead of mmol per bag. A sharp nurse "
            "quarantined it on the ward. Our EPMA flags it now."
        ),
        [],
    ),
    (
        (
            "Posted a photo of our sensory walk on the school page "
            "(facebook.com/HollybankSENSchool) and didn't notice Rosie's face was in it — "
            "there's a court order about her."
        ),
        [
            ("facebook.com/HollybankSENSchool", "url"),
            ("Rosie", "name"),
        ],
    ),
    (
        (
            "I let the Abernathys move their mum, 91, out of her flat on Cairnside Road into "
            "respite without a capacity assessment. She'd have said no. She told the care home "
            "staff exactly that on day one."
        ),
        [
            ("the Abernathys", "name"),
            ("91", "age"),
            ("Cairnside Road", "place"),
        ],
    ),
    (
        (
            "Former receptionist, now HCA in ED at Saint Aldric's. I left an 81yo lady, Mrs "
            "Pennock, on a trolley in the corridor without a call bell. She tried to get up on "
            "her own and fell."
        ),
        [
            ("Saint Aldric's", "facility"),
            ("81yo", "age"),
            ("Mrs Pennock", "name"),
        ],
    ),
    (
        (
            "Birth centre midwife in Oamaru. Tui, 19, first baby, came in at 5 cm. I missed her "
            "positive GBS swab because the result was sitting on the old system. Baby went to "
            "SCBU at 14 hrs with grunting. Both fine now."
        ),
        [
            ("Oamaru", "place"),
            ("Tui", "name"),
            ("19", "age"),
        ],
    ),
    (
        (
            "Night shift on the renal unit, I connected a pt to the wrong dialysate bath — 2K "
            "instead of 3K. Pre-dialysis K+ was 3.9 so it mattered. Spotted it at 02:40 on the "
            "hourly check, switched, repeat bloods fine. Reported on Datix and told the nurse in "
            "charge. Still feel sick about it."
        ),
        [],
    ),
    (
        (
            "Travel clinic. Gave yellow fever vaccine to Hamish, 61, on 5th May without spotting "
            "he'd just started methotrexate. Live vaccine + immunosuppression. Rheumatology were "
            "not impressed."
        ),
        [
            ("Hamish", "name"),
            ("61", "age"),
            ("5th May", "date"),
        ],
    ),
    (
        (
            "Home visit out past Ballina to a farmhouse on the Drumkeelan road. Old Mr Finnegan, "
            "88, chest infection. I left doxycycline but never looked at his warfarin. INR came "
            "back at 7."
        ),
        [
            ("Ballina", "place"),
            ("Drumkeelan road", "place"),
            ("Mr Finnegan", "name"),
            ("88", "age"),
        ],
    ),
    (
        (
            "Rural birth centre in Queensland. On intermittent auscultation I counted the FHR "
            'for 30 sec instead of a full 60 after a contraction, got 120 and wrote "normal". '
            "Next listen was 98. Transferred to the obstetric unit in Brisbane; baby fine, "
            "Apgars 8 and 9. I now count the full minute every single time."
        ),
        [],
    ),
    (
        (
            "Case #ASC-22-40981. Autocomplete got me: I emailed the safeguarding referral to "
            "omarsh74@nortelmail.com — the alleged abuser — instead of Olivia Marsh, the "
            "client's niece."
        ),
        [
            ("#ASC-22-40981", "record"),
            ("omarsh74@nortelmail.com", "email"),
            ("Olivia Marsh", "name"),
        ],
    ),
    (
        (
            "I wrote the wrong release address in my risk management plan — 9 Orchard Close in "
            "Westport instead of his mother's. Probation visited a stranger's house on 1 March."
        ),
        [
            ("9 Orchard Close", "place"),
            ("Westport", "place"),
            ("1 March", "date"),
        ],
    ),
    (
        (
            "I'm the only neuro physio covering the stroke unit at Pellworth General, so anyone "
            "there will know this is me. Mrs Halloran was on the tilt table and I didn't recheck "
            "her BP at 60 degrees. She syncoped; we got her flat fast, no injury."
        ),
        [
            ("the only neuro physio covering the stroke unit at Pellworth General", "self"),
            ("Mrs Halloran", "name"),
        ],
    ),
    (
        (
            "I'm a TA at Ferncliffe School. I left Amari's home-school diary on the minibus and "
            "it had his seizure log and his mum's mobile, 07700 900461, written inside the "
            "cover. The driver found it the next day."
        ),
        [
            ("Ferncliffe School", "facility"),
            ("Amari", "name"),
            ("07700 900461", "phone"),
        ],
    ),
    (
        (
            "Community neuro physio, home visit. Parkinson's, on Sinemet, and I booked her "
            'session straight after lunch when she\'s always "off". She froze at the door and '
            "sat down hard on the sofa. No injury. Now I check med timings before every booking."
        ),
        [],
    ),
    (
        (
            "Aseptic pharmacist, bank holiday Monday. Put a 7-day expiry on an ertapenem "
            "elastomeric that should have had 24h. The OPAT nurse queried it before it was "
            "connected. Label template has been locked since."
        ),
        [],
    ),
    (
        (
            "On the 28th of February a lad, Corey Baines, 17, came to the desk with chest pain "
            "and I put him down as minors because he looked fine. Not my call to make, but I "
            "made it. Pneumothorax."
        ),
        [
            ("the 28th of February", "date"),
            ("Corey Baines", "name"),
            ("17", "age"),
        ],
    ),
    (
        (
            "My incident ref is RIS/MAT/0552 and it happened on 17 July 2024, so I'll keep the "
            "rest vague. Second stage in the pool, I didn't listen in after every contraction "
            "for about 20 min. Baby born flat, Apgar 4, responded to inflation breaths."
        ),
        [
            ("RIS/MAT/0552", "record"),
            ("17 July 2024", "date"),
        ],
    ),
    (
        (
            "Nebraska, rural dialysis clinic (Prairie Vista Kidney Care). On 11/14/2022 I ran a "
            "59-year-old's treatment with the wrong dialyzer size. Clearance was poor and nobody "
            "caught it until the monthly labs."
        ),
        [
            ("Prairie Vista Kidney Care", "facility"),
            ("11/14/2022", "date"),
            ("59-year-old", "age"),
        ],
    ),
    (
        (
            "As the only male midwife at Kestrel Birth Centre I'm easy to spot, so be gentle. I "
            "told Precious's partner he could cut the cord before I'd clamped properly and there "
            "was a bleed from the baby's end. Baby fine."
        ),
        [
            ("the only male midwife at Kestrel Birth Centre", "self"),
            ("Precious", "name"),
        ],
    ),
    (
        (
            "> Hi Bronagh,\n> Just a heads up that the INR you phoned through for Mr Caddick was "
            "actually last month's.\n> Cheers, Faisal (pharmacy)\nThat was the email. I'd read "
            "the wrong row in the anticoag clinic. I'm Bronagh Tierney, practice nurse, so "
            "anyone I work with will know."
        ),
        [
            ("Bronagh", "name"),
            ("Mr Caddick", "name"),
            ("Faisal", "name"),
            ("Bronagh Tierney", "self"),
        ],
    ),
    (
        (
            "Handover at 13:00 and I forgot to mention that bed 4's access had bled for 20 min "
            "after needle removal last session. He bled again at home and came back through A&E. "
            "No transfusion needed, thankfully."
        ),
        [],
    ),
    (
        (
            "Before I became an HCA I was on the front desk in ED. Once I booked a patient in "
            "under someone with the same name and DOB on the system — I didn't check the "
            "address. His ECG ended up in the wrong notes and it took IT a week to unpick."
        ),
        [],
    ),
    (
        (
            "Social worker in northern Uganda. I promised a family a home visit on a Thursday "
            "and never went — the vehicle was taken for another district and I didn't call to "
            "let them know. The grandmother waited all day. I went the following week and "
            "apologised."
        ),
        [],
    ),
    (
        (
            "> Hi it's Shona from Larchmoss Birth Centre, can u ring me back on 07700 900187 re "
            "Mrs Dewar's bloods\nSaw that at the end of my shift and didn't ring back. Her Hb "
            "was 74."
        ),
        [
            ("Shona", "name"),
            ("Larchmoss Birth Centre", "facility"),
            ("07700 900187", "phone"),
            ("Mrs Dewar", "name"),
        ],
    ),
    (
        (
            "Midwife in New Zealand. I discharged mum and baby at 24h without checking a TSB "
            "even though the grandmother said he looked yellow. Readmitted day 4 for "
            "phototherapy, SBR 310. I wish I'd listened to her."
        ),
        [],
    ),
    (
        (
            "Hospital pharmacist in Sindh, I work in the cytotoxic reconstitution room at Indus "
            "Crescent Hospital. On 2 Feb 2024 I approved a carboplatin dose calculated on last "
            "month's creatinine. Caught at the ward check."
        ),
        [
            ("Indus Crescent Hospital", "facility"),
            ("2 Feb 2024", "date"),
        ],
    ),
    (
        (
            "Charted a Hb against the wrong MRN — 0081-4429 instead of 0081-4492 — on 22/08/23. "
            "The second pt's haemoglobin looked falsely fine for a week and his ESA dose wasn't "
            "increased."
        ),
        [
            ("0081-4429", "record"),
            ("0081-4492", "record"),
            ("22/08/23", "date"),
        ],
    ),
    (
        (
            "LSA at Thornlea Special School. On 9 November I left Kacper's rescue med in the "
            "classroom when we went out to the sensory garden. He didn't seize, thank god, but I "
            "froze when I realised."
        ),
        [
            ("Thornlea Special School", "facility"),
            ("9 November", "date"),
            ("Kacper", "name"),
        ],
    ),
    (
        (
            "I'm a learning support assistant in a special school. At lunch I gave a student "
            "IDDSI level 6 soft & bite-sized instead of level 4 puréed. He coughed, went red, "
            "then settled. The school nurse checked sats (97%) and I told the class teacher "
            "straight away. We updated the eating and drinking plan that afternoon."
        ),
        [],
    ),
    (
        (
            "Adult social worker here. I closed a case for a man in his 80s after a review call "
            'where his daughter said "we\'re managing". Six weeks later he was admitted with '
            "grade 3 pressure damage, Waterlow 22. I should have visited in person. I've taken "
            "it to supervision."
        ),
        [],
    ),
    (
        (
            "Cold chain fail. The fridge thermometer read 11°C on Monday morning and I assumed "
            "it was a door-open blip and carried on with the flu clinic. We ended up recalling "
            "40-odd patients for revaccination. Public Health were kind but firm."
        ),
        [],
    ),
    (
        (
            "## Sit-to-stand gone wrong\nBand 6 neuro physio, acute stroke unit. Pt in his 70s, "
            "L hemi, NIHSS 9. I did a sit-to-stand with one HCA instead of two because we were "
            "short. His knee buckled and we lowered him to the floor, no injury, but I didn't "
            "document it until the next day. Lesson learned re: documentation."
        ),
        [],
    ),
    (
        (
            "A non-verbal student in my class bit another child on the arm while I was filling "
            "in the ABC chart for a different incident. Skin broken. I'd turned my back for "
            "maybe 20 seconds. Parents informed, first aid given, safeguarding lead told."
        ),
        [],
    ),
    (
        (
            "GP out-of-hours in the west of Ireland. Prescribed amoxicillin for a child with a "
            "penicillin allergy — the allergy was on the GP summary we can't see from the OOH "
            "system. Mum mentioned it at the pharmacy. Now I ask out loud, every time."
        ),
        [],
    ),
    (
        (
            "I sent a DoLS letter to the wrong family member — the one the client had "
            "specifically asked us not to share with. It was in the notes under Alerts and I "
            "didn't scroll down. Reported as a data breach; it didn't need to go to the ICO in "
            "the end."
        ),
        [],
    ),
    (
        (
            "OOH GP, Saturday night phone triage. Woman in her 30s with a headache, I advised "
            "paracetamol and ibuprofen and to call back if worse. She self-presented to A&E 4 "
            "hours later — SAH on CT. She's recovering. I've reread the NICE headache guidance "
            "three times since."
        ),
        [],
    ),
    (
        (
            "Coding audit found I'd entered F32.1 (ICD-10) for a patient I'd meant to code as "
            "F41.1. It went onto his summary and his insurer saw it. Fixed and apologised, but "
            "the damage to trust was real."
        ),
        [],
    ),
    (
        (
            "The oncology day unit emailed me at s.arkwright@lindenvale-nhs.net to say the "
            "pembrolizumab bag for Mrs Fenwick-Hale was labelled with the wrong infusion time. "
            "I'd checked it at 17:55 while rushing to get out."
        ),
        [
            ("s.arkwright@lindenvale-nhs.net", "email"),
            ("Mrs Fenwick-Hale", "name"),
        ],
    ),
    (
        (
            "Midwife in a freestanding birth centre. Primip, 39+4, Apgar 7 at 1 min and 9 at 5. "
            "The parents had been undecided about vitamin K and I took their hesitation as a no "
            "without re-asking. Realised at the 6-hour check, gave it with consent, apologised, "
            "documented. Small in the end but it shook me."
        ),
        [],
    ),
    (
        (
            "Edmonton, inpatient neuro. I took a patient with a craniectomy for a walk without "
            "his helmet — it was literally on the chair. He stumbled but didn't fall. Walked him "
            "straight back, told the charge nurse, filed the report."
        ),
        [],
    ),
    (
        (
            "Text from the dispatcher:\n> Visit: Mrs Jean Pettigrew, 17 Pelham Wynd, DG9 7WQ, "
            "fall, ?#NOF\nI graded it as routine and she waited on the floor for 5 hours."
        ),
        [
            ("Mrs Jean Pettigrew", "name"),
            ("17 Pelham Wynd", "place"),
            ("DG9 7WQ", "place"),
        ],
    ),
    (
        (
            "Psychologist at HMP Greywater. I filed a parole risk report under the wrong "
            "prisoner number — A7731KD instead of A7731DK — so the board received a report about "
            "a different man. Caught the week before the hearing."
        ),
        [
            ("HMP Greywater", "facility"),
            ("A7731KD", "record"),
            ("A7731DK", "record"),
        ],
    ),
    (
        (
            "Prison healthcare, evening meds round. I handed out methadone 60 ml when the chart "
            "had been reduced to 55 ml that morning. The officer and I both missed it. Reported "
            "straight away; the prescriber reviewed and there was no harm."
        ),
        [],
    ),
    (
        (
            "As the sole forensic psychologist at HMP Castlemere I'm pretty recognisable, but "
            "here goes. I told a prisoner, Reuben Ashdown, that his parole assessment looked "
            "positive before it had been finalised. It wasn't positive. He kicked off on the "
            "wing."
        ),
        [
            ("the sole forensic psychologist at HMP Castlemere", "self"),
            ("Reuben Ashdown", "name"),
        ],
    ),
    (
        (
            "Satellite dialysis unit in Alberta. I cannulated a fistula with the arterial needle "
            "pointing the wrong way. Recirculation, poor clearance, Kt/V of 0.9 that week. "
            "Picked up on monthly bloods. The nephrologist was calm about it but I wasn't."
        ),
        [],
    ),
    (
        (
            "As an HCA in A&E I got a BM of 2.8 and didn't tell anyone for about 15 mins because "
            "the nurse was in resus. Should've just interrupted. Pt in his 50s, T1DM, fine after "
            "Hypostop and toast."
        ),
        [],
    ),
    (
        (
            "Sat 4/11/23, seg unit. I wrote in the ACCT for Tallis (KX4120) that he was "
            '"settled" based on a 2-min chat through the door. He wasn\'t.'
        ),
        [
            ("4/11/23", "date"),
            ("Tallis", "name"),
            ("KX4120", "record"),
        ],
    ),
    (
        (
            "Adult social worker. I left a voicemail about Mr Dunmore's care package on the "
            "wrong number — 01632 960418 instead of his son's. The woman who got it lives up the "
            "road from him on Drumloch Brae and knows the whole family."
        ),
        [
            ("Mr Dunmore", "name"),
            ("01632 960418", "phone"),
            ("Drumloch Brae", "place"),
        ],
    ),
    (
        (
            "Psychologist working in a prison in Scotland. I wrote up an HCR-20 formulation and "
            "forgot to feed the news about his sister's death into the ACCT review. He "
            "self-harmed on the Friday — superficial, he's ok. The review panel was fair but I "
            "keep going back over it."
        ),
        [],
    ),
    (
        (
            "Sent a patient's cervical screening result to the wrong email address. Realised "
            "when this came back:\n> From: k.tremaine88@kiwinetmail.co.nz\n> Hi, I think this is "
            "meant for someone called Lorna Vickery? I don't know her.\nPractice manager "
            "reported it the same day."
        ),
        [
            ("k.tremaine88@kiwinetmail.co.nz", "email"),
            ("Lorna Vickery", "name"),
        ],
    ),
    (
        (
            "I was on A&E reception for years and moved to HCA last spring. Second week doing "
            "obs I wrote a resp rate of 18 out of habit without actually counting. The nurse "
            "recounted: 28. NEWS2 jumped from 3 to 6. Nobody was hurt but I know exactly what I "
            "did."
        ),
        [],
    ),
    (
        (
            "Pt called Gideon rang the unit on 0161 496 0733 to say his fistula arm was swollen "
            "and I told him to wait till his Thursday session. It was a clot. Lost the fistula."
        ),
        [
            ("Gideon", "name"),
            ("0161 496 0733", "phone"),
        ],
    ),
    (
        (
            "Tuesday 3rd October, Heronsgate Ward. I stood a pt with Guillain-Barré without "
            "doing lying/standing BP first. He went grey and I sat him back down. BP 74/40. "
            "Should have been obvious."
        ),
        [
            ("Tuesday 3rd October", "date"),
            ("Heronsgate Ward", "facility"),
        ],
    ),
    (
        (
            "Gave the teenage 3-in-1 booster instead of the preschool 4-in-1 at a child's "
            "immunisation appt. Spotted it while writing up. Rang the immunisation advice line: "
            "no harm, but she needed re-dosing. Mum was very understanding."
        ),
        [],
    ),
    (
        (
            "I support a 12-year-old called Ellis in a special school near Workington. During a "
            "meltdown I used a hold I'm not trained in and Ellis has a bruise on his wrist. I "
            "reported it to the head the same afternoon."
        ),
        [
            ("12-year-old", "age"),
            ("Ellis", "name"),
            ("Workington", "place"),
        ],
    ),
    (
        (
            "Safeguarding strategy meeting, and I read out the wrong family's chronology for the "
            "first two minutes. Stopped when the police officer frowned at me. Mortifying. "
            "Nobody outside the room heard it but I reported it anyway."
        ),
        [],
    ),
    (
        (
            "I'm a dialysis nurse at Brackwater Renal Centre. Mr Oyelaran, 67, came in for his "
            "usual session and I didn't notice his target weight had been changed. Took off 3.5 "
            "kg instead of 2. He cramped and dropped to 82/50."
        ),
        [
            ("Brackwater Renal Centre", "facility"),
            ("Mr Oyelaran", "name"),
            ("67", "age"),
        ],
    ),
    (
        (
            "I'm Priyanka Solberg, GPhC 2098415, and I'm writing this because I made a mistake I "
            "only caught afterwards. I released a set of intravitreal syringes without the "
            "particulate check."
        ),
        [
            ("Priyanka Solberg", "self"),
            ("GPhC 2098415", "self"),
        ],
    ),
    (
        (
            "Patient from the Tollgate estate, Darren, came in drunk and I wrote him off to the "
            'nurse as "another frequent flyer". He had a subdural.'
        ),
        [
            ("the Tollgate estate", "place"),
            ("Darren", "name"),
        ],
    ),
    (
        (
            "> hi just to say the smear result letter u sent was for someone else??\nThat text "
            "came in on a Wednesday. I'd attached the wrong PDF in our clinical system. Two "
            "patients affected; we rang both, apologised and reported it."
        ),
        [],
    ),
    (
        (
            "Community neuro rehab out of Camrose. I visited Mrs Dubchak at Aspen Crest Lodge "
            "and set her up with a rollator without checking the brakes. She rolled into the "
            "dining room wall. Bruised shoulder, very embarrassed (both of us)."
        ),
        [
            ("Camrose", "place"),
            ("Mrs Dubchak", "name"),
            ("Aspen Crest Lodge", "facility"),
        ],
    ),
    (
        (
            "**Lesson from my first month as an HCA:** never assume the bay number matches the "
            "whiteboard. I took bay 3's breakfast order to bay 5 and an NBM pt got toast. "
            "Theatre list delayed 4 hours."
        ),
        [],
    ),
    (
        (
            "Home visit at 03:00, man in his 90s, palliative. I wrote up morphine sulfate 2.5–5 "
            "mg SC PRN but forgot to write a max in 24h on the chart. The district nurse picked "
            "it up at 08:00. No harm, but it could easily have gone differently."
        ),
        [],
    ),
]
