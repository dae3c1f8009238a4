"""Round 1 of issue 14's evaluation: 163 stories (81 with identifying spans, 134 spans)
written by a helper who saw only a labeling guide, never the check's rules or corpora.
Measured untouched: see bench/README.md; test_identifiers.py keeps what it reached.
Entries as in identifier_corpus: (story, [(substring, kind), ...])."""

ROUND_1 = [
    (
        "I'm the only Band 7 sonographer at Calder Royal, so I'll keep it "
        "short: I scanned the wrong vessel and missed a DVT.",
        [
            ("Band 7 sonographer at Calder Royal", "self"),
        ],
    ),
    (
        "The family portal link, https://portal.example-trust.nhs.uk/p/88213, "
        "was sent to the wrong mum. That was me; I copied it from the wrong "
        "tab.",
        [
            ("https://portal.example-trust.nhs.uk/p/88213", "url"),
        ],
    ),
    (
        "In the 2010s, when I trained, sepsis six wasn't taught in much "
        "detail. That's not an excuse. Last winter I missed a lactate of 4.2 "
        "on a woman in her 50s.",
        [],
    ),
    (
        "Vet nurse turned human nurse (long story). I still think in mg/kg "
        "sometimes, and I nearly gave a large man a paediatric-range dose of "
        "ondansetron.",
        [],
    ),
    (
        "Care coordinator. A man in his 40s with schizophrenia missed his "
        "depot and I didn't chase because I assumed the community team had it. "
        "He was readmitted under section three weeks later.",
        [],
    ),
    (
        "Ambulance technician. We didn't take a 12-lead on a woman in her 70s "
        "with 'epigastric pain'. The hospital found an inferior MI. Women "
        "present differently; we're taught that.",
        [],
    ),
    (
        "The surgical team booked her under bed-booking ref BB-88213 but the "
        "ward mixed her up with the other Mrs Li, and she was starved from "
        "midnight for nothing.",
        [
            ("BB-88213", "record"),
            ("Mrs Li", "name"),
        ],
    ),
    (
        "Rehab unit nurse. I gave Sinemet 30 minutes late to a patient with "
        "Parkinson's because I was doing the drug round in bed order. "
        "Time-critical meds; I knew that.",
        [],
    ),
    (
        "Physio on a stroke unit. I hoisted a patient with the wrong sling "
        "size because the right one was in the wash and I didn't want to wait. "
        "She slipped; no injury, but it was close.",
        [],
    ),
    (
        "> 14/06/23 02:10 Pt agitated, pulled out cannula. Dr Lindqvist "
        "informed, verbal order haloperidol 2.5 mg IM.\nThat was my note. There "
        "was no verbal order; I'd misheard a conversation about a different "
        "patient.",
        [
            ("14/06/23", "date"),
            ("Dr Lindqvist", "name"),
        ],
    ),
    (
        "I called the GP surgery for an allergy history and they gave me their "
        "fax, 4471-220, but I sent the discharge summary to 4417-220. It went "
        "to a dental practice across town.",
        [
            ("4471-220", "phone"),
            ("4417-220", "phone"),
        ],
    ),
    (
        "Pharmacist. Tazocin and gentamicin together on a patient with an eGFR "
        "of 28, and I approved it because the consultant had initialled it. "
        "Levels came back high. I should have questioned it.",
        [],
    ),
    (
        "GP. Antibiotics over the phone for a child with a fever, no "
        "face-to-face, during the COVID years. It was Kawasaki disease. "
        "Diagnosed late; thankfully no aneurysm.",
        [],
    ),
    (
        "Speech therapist. IDDSI level 4 recommended; the kitchen sent level 5 "
        "and I signed the tray check without looking. No aspiration that time.",
        [],
    ),
    (
        "Neonatal unit. Caffeine citrate is 20 mg/kg loading, 5 mg/kg "
        "maintenance. I drew up the loading dose for the maintenance slot. The "
        "second checker signed without recalculating, and so did I.",
        [],
    ),
    (
        "Quoted from the referral:\n> Re: Mrs Fatima Begum, DOB 04/07/51, NHS "
        "no. 485 777 3456\n> Please see urgently re leg ulcer.\nI put it in the "
        "routine pile. Four weeks later she had cellulitis to the knee.",
        [
            ("Mrs Fatima Begum", "name"),
            ("04/07/51", "date"),
            ("485 777 3456", "record"),
        ],
    ),
    (
        "Nursing home nurse. I didn't do the Waterlow on admission for a lady "
        "in her late 80s because she 'looked mobile'. Category 2 on the sacrum "
        "within a week.",
        [],
    ),
    (
        "Out-of-hours doctor. Rang a care home at 23:40 and prescribed "
        "Oramorph 2.5 mg PRN for a resident I'd never seen, based on the "
        "carer's description. Should have visited.",
        [],
    ),
    (
        "Anaesthetist. Suxamethonium given to a patient with a family history "
        "of 'problems with anaesthetic' that I didn't ask enough about. "
        "Scoline apnoea; 2 hours ventilated in recovery.",
        [],
    ),
    (
        "Orthoptist. I misread a prism cover test and reassured a parent that "
        "a squint was 'just pseudo'. The optician re-referred six months later.",
        [],
    ),
    (
        "Paramedic here. We conveyed a man we'd found outside the Co-op on "
        "Carrow Road, GCS 13, smelling of alcohol, and I anchored on that. It "
        "was a subdural. PRF 2291-44817 if anyone from the trust reads this; "
        "I've already reflected formally.",
        [
            ("the Co-op on Carrow Road", "place"),
            ("2291-44817", "record"),
        ],
    ),
    (
        "Community mental health. A lithium level of 1.4 came back on a Friday "
        "at 16:55 and I left it in my tray until Monday. The patient was "
        "tremulous and vomiting by Sunday.",
        [],
    ),
    (
        "A quoted handover note:\n> Bay 2 - ?sepsis, lactate pending, Tazocin "
        "due 18:00\nThe lactate never got chased. I was the one who wrote "
        "'pending' and walked away.",
        [],
    ),
    (
        "Paramedic. Adrenaline 1:1000 vs 1:10,000. Everyone has heard of this "
        "one. I nearly did it in a paediatric arrest; my crewmate caught my "
        "hand.",
        [],
    ),
    (
        "Midwife. A woman in her 30s with pre-eclampsia, BP 168/110, and I "
        "waited for the labetalol to be prescribed instead of escalating to "
        "the obs reg straight away.",
        [],
    ),
    (
        "Bullet list of my mistakes that night:\n- didn't recheck the BM after "
        "4 units of NovoRapid\n- assumed the CGM reading was accurate\n- left "
        "the hypo box in the treatment room\nOutcome: BM 2.3 at 02:00, treated "
        "with GlucoGel, recovered.",
        [],
    ),
    (
        "Call log ref CAD 1187-0322 shows I triaged it as a fall with no "
        "injury. It was a stroke. I was the call handler and I didn't ask the "
        "FAST questions.",
        [
            ("CAD 1187-0322", "record"),
        ],
    ),
    (
        "Social worker. I left a case file in my car outside Fenwick Road "
        "library and the car was broken into. Case ref SW/22/0913 was in that "
        "file. The family found out from the police before they heard from us.",
        [
            ("Fenwick Road library", "place"),
            ("SW/22/0913", "record"),
        ],
    ),
    (
        "Nursing associate. 'Heparin 5000 units' on the chart; I drew up 1 ml "
        "of 5000 units/ml, which was right, but I didn't get it double "
        "checked. Right dose, wrong process.",
        [],
    ),
    (
        "A&E, Friday night. Triage category 4 for a man with 'indigestion' "
        "whose ECG I didn't look at because the HCA said it was normal. It "
        "showed ST depression in V4-V6.",
        [],
    ),
    (
        "Night shift, surgical ward. I gave Mr Haddad his 22:00 enoxaparin 40 "
        "mg without seeing that the day team had already given it at 18:00. He "
        "was fine, but the Haddads were upset at visiting and they had every "
        "right to be.",
        [
            ("Mr Haddad", "name"),
            ("the Haddads", "name"),
        ],
    ),
    (
        "Paramedic, 2 years in. We left Mr Kapoor at home on 1st Feb with a "
        "'see your GP' because his ECG looked normal to me. He came back that "
        "night with an NSTEMI. His son Rohan rang the station.",
        [
            ("Mr Kapoor", "name"),
            ("1st Feb", "date"),
            ("Rohan", "name"),
        ],
    ),
    (
        "Neonatal nurse. Baby Oluwaseun's feeds were calculated on "
        "birthweight, not current weight, and I didn't notice for three shifts.",
        [
            ("Baby Oluwaseun", "name"),
        ],
    ),
    (
        "In her 90th year, Nan Hettie still did her own crossword. I left her "
        "bed rails down after a wash and she slid out. Her granddaughter "
        "Keisha made the complaint, and she was right to.",
        [
            ("In her 90th year", "age"),
            ("Nan Hettie", "name"),
            ("Keisha", "name"),
        ],
    ),
    (
        "Pharmacist at a hospital in the north of England. Insulin with a 'U' "
        "after the number that looked like a zero. 4U became 40. The nurse "
        "queried it; I'd already verified it.",
        [],
    ),
    (
        "Our practice website, www.hollybankmedical.co.uk, still lists me as "
        "the diabetes lead, so this is probably identifiable. I adjusted a "
        "gliclazide dose without checking renal function.",
        [
            ("www.hollybankmedical.co.uk", "url"),
        ],
    ),
    (
        "Student midwife. Apgar of 7 at one minute and I wrote 9 because I "
        "thought I'd heard the midwife say 9. Small thing, but the paeds reg "
        "relied on those notes.",
        [],
    ),
    (
        "I'm the pharmacist at Kingsmead Practice, the only one, so anyone "
        "local will know it's me. I signed off a methotrexate script as daily "
        "instead of weekly and the patient took it for four days.",
        [
            ("pharmacist at Kingsmead Practice", "self"),
        ],
    ),
    (
        "Pt: Gbenga A., 45-year-old with sickle cell, waited 3 hours for "
        "analgesia because I believed the 'drug seeking' label in the "
        "handover. That label was written by me, months earlier.",
        [
            ("Gbenga A.", "name"),
            ("45-year-old", "age"),
        ],
    ),
    (
        "From my handover sheet that morning:\n> Hi Dr. Patel - 0800 gent 240mg "
        "for Mr Ellis given, level due 6-14h post.\nI never sent the level. "
        "Nobody asked, and the next dose went in blind.",
        [
            ("Dr. Patel", "name"),
            ("Mr Ellis", "name"),
        ],
    ),
    (
        "Pharmacy tech. The Omnicell gave me amlodipine 10 mg when I'd "
        "selected 5 mg and I didn't read the blister. Caught at the bedside by "
        "the nurse, thank goodness.",
        [],
    ),
    (
        "The case conference was on 21 November and I hadn't sent my report to "
        "the chair. The family's other social worker, Ms Rahman, had to "
        "present it from my handwritten notes.",
        [
            ("21 November", "date"),
            ("Ms Rahman", "name"),
        ],
    ),
    (
        "Trainee ACP, surgical assessment unit. I wrote NBM on the board but "
        "not in the notes, and the night team gave breakfast at 07:00. Theatre "
        "was cancelled.",
        [],
    ),
    (
        "Student doctor. Auntie Grace, as she insisted we call her, was 79 and "
        "on apixaban, and I didn't mention it when I presented her to the reg "
        "before the LP.",
        [
            ("Auntie Grace", "name"),
            ("was 79", "age"),
        ],
    ),
    (
        "What I should have sent at 6am, and sent at 9:\n> Good morning Dr "
        "Chen,\n> Pt in bay 4 has a K+ of 6.8, result came back at 05:50. Sorry "
        "for the delay.\nI'd sat on a critical potassium for three hours.",
        [
            ("Dr Chen", "name"),
        ],
    ),
    (
        "Claim ref AB/2291 is the one the trust is defending, and it's mine. I "
        "failed to escalate a NEWS2 of 6 on a man in his 60s overnight. He "
        "went to HDU at 07:00.",
        [
            ("AB/2291", "record"),
        ],
    ),
    (
        "American nurse here, med-surg floor. We use Epic and the heparin drip "
        "titration is built into the MAR. I clicked through an alert for an "
        "aPTT of 110 without pausing the infusion.",
        [],
    ),
    (
        "Physio. I mobilised a post-op hip without checking the weight-bearing "
        "status in the notes. Pt was Desmond, 72, lovely man, and he was "
        "non-weight-bearing. No harm, but it could have dislocated.",
        [
            ("Desmond", "name"),
            ("72", "age"),
        ],
    ),
    (
        "F1 doctor. Asked to hold the metformin before a CT with contrast, I "
        "stopped it for a week instead of 48 hours. Blood sugars in the 20s by "
        "Friday.",
        [],
    ),
    (
        "Student nurse. My assessor said to use Gibbs' reflective cycle so "
        "here goes. Description: I gave the 08:00 meds at 12:00. Feelings: "
        "mortified. Evaluation: no harm, this time.",
        [],
    ),
    (
        "NHS 111 clinician. I pathwayed a 'headache' call to self-care because "
        "the caller was calm. Worst headache of his life; SAH. I ask the "
        "thunderclap question every time now.",
        [],
    ),
    (
        "The Abernathys' son is a consultant in the same trust, which is why I "
        "panicked. I'd given his mum her tramadol two hours early and didn't "
        "report it.",
        [
            ("The Abernathys", "name"),
        ],
    ),
    (
        "The ticket I raised with IT was #PX-20-118: the e-prescribing system "
        "kept defaulting gentamicin to twice daily. I should have stopped "
        "prescribing on it until it was fixed, but I carried on.",
        [
            ("#PX-20-118", "record"),
        ],
    ),
    (
        "Student nurse here (first placement!!) - i didnt know what DNACPR "
        "meant and told a relative the pt was 'not for anything'. The charge "
        "nurse had to sit with them for an hour afterwards.",
        [],
    ),
    (
        "Doctor, FY2. Paracetamol 1 g QDS for a patient weighing 42 kg. Should "
        "have been dose-adjusted. The ward pharmacist caught it on day 2, "
        "after four doses.",
        [],
    ),
    (
        "Pharmacist. A request came in from jsmith1962@gmail.com claiming to "
        "be the patient's son, and I gave out medication details by email "
        "without verifying. It was a neighbour.",
        [
            ("jsmith1962@gmail.com", "email"),
        ],
    ),
    (
        "Christmas week on the children's ward, three nurses short. I missed a "
        "4-hourly set of obs on a baby with bronchiolitis and she was on "
        "high-flow by morning.",
        [],
    ),
    (
        "Social worker. I promised a family on the phone that a care package "
        "would start 'next week' without checking with brokerage. It started "
        "five weeks later.",
        [],
    ),
    (
        "The message I sent the next morning:\n> Hi Jo,\n> Quick one before "
        "handover: the warfarin for bed 12 was written up as 5 mg, not 0.5 mg, "
        "and I gave it. Pharmacy spotted it at 10am. INR tomorrow. So sorry.",
        [
            ("Jo", "name"),
        ],
    ),
    (
        "Sister Mbeki will probably recognise this. I left a cannula in for "
        "six days without a VIP score and the arm got phlebitis. She was the "
        "one who found it.",
        [
            ("Sister Mbeki", "name"),
        ],
    ),
    (
        "Clinical nurse specialist. I told a patient their biopsy was benign "
        "on the phone before the MDT had discussed it. The final report said "
        "otherwise.",
        [],
    ),
    (
        "Health care support worker. I wrote 'ate all of breakfast' on the "
        "food chart because that's what I'd written for everyone else in the "
        "bay. She'd eaten nothing.",
        [],
    ),
    (
        "Mum's text said: 'Hi its Sharon, Liam's mam, he's had 2 of his calpol "
        "already'. I didn't read it properly and gave him another dose at "
        "14:00.",
        [
            ("Sharon", "name"),
            ("Liam", "name"),
        ],
    ),
    (
        "Nurse, urology ward. I removed a catheter and didn't document the "
        "time. The TWOC failed and the night team had no idea when it had come "
        "out. Bladder scan showed 900 ml.",
        [],
    ),
    (
        "Cardiology. Amiodarone loading: I ran the 24-hour infusion over 2 "
        "hours because the pump library default was wrong and I didn't look. "
        "BP dropped, HR down to 38.",
        [],
    ),
    (
        "Our incident was logged as INC-4471-B. In short: a blood sample was "
        "labelled at the desk rather than at the bedside, and two patients in "
        "bay 2 got each other's results for a day.",
        [
            ("INC-4471-B", "record"),
        ],
    ),
    (
        "Incident number 2023/INC/00791. Short version: a pt with a documented "
        "penicillin allergy got co-amoxiclav in recovery, and I was the "
        "recovery nurse who didn't check the wristband.",
        [
            ("2023/INC/00791", "record"),
        ],
    ),
    (
        "Outreach nurse. NEWS2 of 5 with a single red score (RR 26) and I "
        "documented 'review in 4 hours' instead of 1. When I came back, RR was "
        "34.",
        [],
    ),
    (
        "Support worker in learning disability services. I didn't recognise "
        "constipation as the cause of a man's distress; he communicates with "
        "Makaton and I put it down to behaviour.",
        [],
    ),
    (
        "Locum GP. On Thursday 2 May I prescribed amoxicillin to a woman whose "
        "penicillin allergy was on the summary screen I didn't scroll down to. "
        "The reaction was mild.",
        [
            ("Thursday 2 May", "date"),
        ],
    ),
    (
        "Our ward is on ext 4471 and the night coordinator is on 4480; I rang "
        "the wrong one twice and lost ten minutes with a deteriorating patient.",
        [
            ("ext 4471", "phone"),
            ("4480", "phone"),
        ],
    ),
    (
        "Dental hygienist. Local anaesthetic with adrenaline for a patient on "
        "a beta blocker; I hadn't updated the medical history form since their "
        "last visit 18 months ago.",
        [],
    ),
    (
        "Paediatric nurse. Calpol and Nurofen alternated 2-hourly by a parent, "
        "and I didn't ask about home doses before giving more paracetamol. "
        "Total was over 90 mg/kg that day.",
        [],
    ),
    (
        "Student paramedic. The call was to a flat above the chippy on Mill "
        "Street, and I told the woman's partner 'she'll be fine' before we'd "
        "even assessed her. She wasn't.",
        [
            ("Mill Street", "place"),
        ],
    ),
    (
        "What went wrong, as I wrote it up for my reflective log:\n- pt Mr "
        "Rashid Khan, bed 3, aged 67\n- IV paracetamol 1 g at 16:00 AND oral at "
        "17:30\n- I didn't check the MAR\nHe was fine, but his ALT the next day "
        "wasn't.",
        [
            ("Mr Rashid Khan", "name"),
            ("aged 67", "age"),
        ],
    ),
    (
        "Care home manager at Willowbrook House, and yes, I'm posting under my "
        "own name, Lorraine Pike, because I think we need to stop hiding. I "
        "didn't report a pressure ulcer as a safeguarding concern.",
        [
            ("Willowbrook House", "facility"),
            ("Lorraine Pike", "self"),
        ],
    ),
    (
        "Paramedic practitioner. Ketamine for a dislocated shoulder, no "
        "capnography. SpO2 dipped to 86% and I had nothing else monitoring "
        "ventilation.",
        [],
    ),
    (
        "Student nurse, second year. My mentor Gwen told me to 'just sign for "
        "it, I watched you' when I hadn't actually given the enoxaparin yet. "
        "Then I forgot to give it.",
        [
            ("Gwen", "name"),
        ],
    ),
    (
        "I'm a health care assistant. Bernadette, if you ever read this, I'm "
        "sorry I told the nurse you'd already eaten when you hadn't, and your "
        "insulin went in anyway.",
        [
            ("Bernadette", "name"),
        ],
    ),
    (
        "I work at Riverside Care Home and one of our residents, Doris, went "
        "missing for two hours because I left the keypad door propped open on "
        "a hot day. Police found her at the bus stop on Kingsway.",
        [
            ("Riverside Care Home", "facility"),
            ("Doris", "name"),
            ("Kingsway", "place"),
        ],
    ),
    (
        "Pharmacy technician. Jim O'Donnell (he said I could use his name) got "
        "28 days of his wife's medication in his blister pack, and I was the "
        "one who filled it.",
        [
            ("Jim O'Donnell", "name"),
        ],
    ),
    (
        "Radiology nurse. Contrast given to a patient with an eGFR under 30 "
        "and no pre-hydration. The request form said 'renal function normal' "
        "and I trusted it.",
        [],
    ),
    (
        "Speech and language therapist. I cleared Mr Tanaka-Holt for soft diet "
        "after a rushed bedside swallow. He aspirated that evening. He'd come "
        "from Oakfield Lodge, where they'd warned us he coughed on fluids.",
        [
            ("Mr Tanaka-Holt", "name"),
            ("Oakfield Lodge", "facility"),
        ],
    ),
    (
        "Dr Ana María Gutiérrez signed the chart, but I transcribed it, and it "
        "was my trailing zero that turned 1.0 mg into 10 mg.",
        [
            ("Dr Ana María Gutiérrez", "name"),
        ],
    ),
    (
        "Community pharmacist. Methadone 60 ml supervised, and I handed over a "
        "take-home bottle on a Saturday when the prescription didn't allow it. "
        "Lucky nothing happened.",
        [],
    ),
    (
        "Advanced nurse practitioner. Prescribed trimethoprim to an older man "
        "on spironolactone and lisinopril. Hyperkalaemia. The BNF interaction "
        "was right there; I was in a hurry.",
        [],
    ),
    (
        "School nurse. The EpiPen in the first aid bag had been out of date "
        "since the previous summer and I hadn't done the termly check. Found "
        "before it was needed.",
        [],
    ),
    (
        "Physician associate. Ordered a CT head without contrast when the "
        "consultant wanted a CT angiogram. Another 40 minutes of "
        "door-to-needle time lost.",
        [],
    ),
    (
        "Band 6, surgical HDU. Epidural top-up: I gave the bolus through the "
        "wrong port of the three-way tap. Nothing came of it, but the "
        "anaesthetist went white.",
        [],
    ),
    (
        "ER nurse, night shift, Texas. Tylenol PM, Benadryl and a PRN Ativan "
        "all in one patient within three hours, and nobody (me) added it up. "
        "He was hard to rouse at shift change.",
        [],
    ),
    (
        "Dr Oyelowo told me at the start of my F1 year never to sign a chart I "
        "hadn't read properly. On 12/03/24 I did exactly that, and a patient "
        "got double his usual bisoprolol.",
        [
            ("Dr Oyelowo", "name"),
            ("12/03/24", "date"),
        ],
    ),
    (
        "Community nursing, Monday round. I went to the Okafors' house on "
        "Brindle Lane with the wrong patient's insulin pen in my bag, and only "
        "noticed when Mr Okafor read the label out to me.",
        [
            ("the Okafors", "name"),
            ("Brindle Lane", "place"),
            ("Mr Okafor", "name"),
        ],
    ),
    (
        "Mental health nurse, acute admissions ward. Obs were raised to 1:1 at "
        "handover and I didn't pass it on to the HCA covering the corridor. "
        "Nothing happened, but it could have.",
        [],
    ),
    (
        "Monday morning, post-take ward round. The consultant said 'stop the "
        "ramipril' and I stopped the rivaroxaban instead. Two R words at 09:15 "
        "after a night on call.",
        [],
    ),
    (
        "> From: ward7b.manager@uhnm.example\n> Subject: Incident 22-0417\nThat "
        "was the email that landed in my inbox on my day off. I'd miscounted "
        "the Oramorph bottle and signed it as correct.",
        [
            ("ward7b.manager@uhnm.example", "email"),
            ("22-0417", "record"),
        ],
    ),
    (
        "Part of the apology letter I had to help draft:\n> Dear Mr and Mrs "
        "Kowalczyk,\n> I am writing about the delay in Tomasz's IV antibiotics "
        "on 3 March 2024. The dose was due at 14:00 and was given at 19:30.\nI "
        "was the nurse who missed it.",
        [
            ("Mr and Mrs Kowalczyk", "name"),
            ("Tomasz", "name"),
            ("3 March 2024", "date"),
        ],
    ),
    (
        "She'd come in from Little Harwood by ambulance with a query PE and I "
        "triaged her as category 3 because her sats were 95%. By the time a "
        "doctor saw her she was peri-arrest.",
        [
            ("Little Harwood", "place"),
        ],
    ),
    (
        "I'm posting the message I sent after, because it's the bit I regret "
        "most:\n> hey Priyanka, can u email me the rota at k.oyelaran@nhs.net, "
        "also re side room 3 obs, i think she'll be fine, NEWS was only 4\nShe "
        "wasn't fine.",
        [
            ("Priyanka", "name"),
            ("k.oyelaran@nhs.net", "email"),
        ],
    ),
    (
        "Prison nurse at HMP Brackenfield. A man asked for his inhaler at "
        "lock-up and I said it would wait until morning meds. He had an asthma "
        "attack at 03:00.",
        [
            ("HMP Brackenfield", "facility"),
        ],
    ),
    (
        "> Yo Marcus,\n> re last night, the potassium bag was 40 mmol in 100 ml "
        "and i ran it at 100 ml/hr. pls dont tell anyone yet\nThat's what I "
        "texted my colleague. I should have filled in the incident form "
        "instead.",
        [
            ("Marcus", "name"),
        ],
    ),
    (
        "Mr Gheorghiu, 59, came in with chest pain and I let him walk to the "
        "toilet before his troponin was back because he insisted. He collapsed "
        "in there.",
        [
            ("Mr Gheorghiu", "name"),
            ("59", "age"),
        ],
    ),
    (
        "Ward manager. I approved annual leave that left two registered nurses "
        "on a 28-bed ward on a Saturday, and I didn't escalate when the bank "
        "shifts weren't filled.",
        [],
    ),
    (
        "Nurse educator. I taught a whole cohort that NEWS2 scale 2 applies to "
        "anyone with COPD. It doesn't; only to those with a prescribed target "
        "range of 88-92%. Corrected it next term.",
        [],
    ),
    (
        "Night sister handed over 'the Dubois lady in side room 2, 84, DNACPR "
        "in place'. It wasn't in place; it had been rescinded the day before. "
        "I didn't check the form.",
        [
            ("Dubois", "name"),
            ("84", "age"),
        ],
    ),
    (
        "Hospice. Syringe driver with midazolam and diamorphine; I didn't "
        "account for the primed line when I set the rate. It ran through in 20 "
        "hours instead of 24.",
        [],
    ),
    (
        "School nurse at St Aidan's. I let a Year 9 pupil go back to lessons "
        "after a head injury in PE without calling the parents. He vomited in "
        "maths.",
        [
            ("St Aidan's", "facility"),
        ],
    ),
    (
        "I'm Tunde, the only male health visitor in our patch, so I'll keep "
        "this vague. I weighed a baby on uncalibrated scales and told the "
        "parents she'd lost 12% of her birth weight. She hadn't.",
        [
            ("Tunde", "self"),
        ],
    ),
    (
        "Dietitian. Told a kidney patient that bananas were 'fine in "
        "moderation' without checking her latest potassium. It was 6.1. She "
        "ate two a day after that chat.",
        [],
    ),
    (
        "Social care. A DoLS authorisation had lapsed and I didn't notice for "
        "six weeks because the renewal reminder went to a shared inbox nobody "
        "checked.",
        [],
    ),
    (
        "Mental health nurse. On the 4th of January I agreed section 17 leave "
        "without checking the conditions, and he went straight to his "
        "ex-partner's house on Ladywood Road.",
        [
            ("4th of January", "date"),
            ("Ladywood Road", "place"),
        ],
    ),
    (
        "Maslow would say I ignored her basic needs, and he'd be right: I was "
        "so focused on the IV antibiotics that nobody noticed she hadn't had a "
        "drink since breakfast.",
        [],
    ),
    (
        "Emergency department, the winter of corridor care. A patient on a "
        "trolley in the corridor had a bleed on rivaroxaban and I didn't "
        "notice because I couldn't see her from the nurses' station.",
        [],
    ),
    (
        "Pharmacist (hospital). Clozapine was restarted after a 3-day gap at "
        "the full 300 mg. It should have been retitrated from 12.5 mg. I "
        "didn't know the rule well enough.",
        [],
    ),
    (
        "Care worker at the Larches. I gave a resident another resident's "
        "evening meds because they were sat next to each other in the lounge "
        "and I didn't check the photo on the MAR.",
        [
            ("the Larches", "facility"),
        ],
    ),
    (
        "Licence no. DL-AK-77310 belongs to the taxi driver who brought her "
        "in; I copied it onto her ED card thinking it was hers, and the ID "
        "checks went wrong for two days.",
        [
            ("DL-AK-77310", "record"),
        ],
    ),
    (
        "Theatre ODP. We didn't do the WHO sign-out properly because the "
        "surgeon had left. The specimen went to the lab unlabelled and had to "
        "be re-identified.",
        [],
    ),
    (
        "Night shift on a respiratory ward. I gave 5 mg salbutamol nebs driven "
        "by oxygen to a man with type 2 respiratory failure instead of "
        "switching to air. His CO2 climbed; NIV sorted it.",
        [],
    ),
    (
        "Dietitian. I wrote a feed regimen for a patient on Ward 12 at St "
        "Bart's using a weight from last year's admission. Refeeding bloods "
        "went off the chart.",
        [
            ("Ward 12 at St Bart's", "facility"),
        ],
    ),
    (
        "Midwife. Syntocinon increased every 15 minutes instead of 30 because "
        "I misremembered the protocol. Hyperstimulation, CTG changes, section. "
        "Baby fine.",
        [],
    ),
    (
        "I work nights on Larkspur, the elderly care ward at Northgate "
        "General. A lady in her 80s asked for her water jug and I said I'd be "
        "back. I wasn't, for three hours.",
        [
            ("Larkspur", "facility"),
            ("Northgate General", "facility"),
        ],
    ),
    (
        "Night coordinator. Four bleeps, two arrest calls, one ED breach, and "
        "I didn't pick up that a patient with C. diff was in a bay instead of "
        "a side room. Infection control were not impressed.",
        [],
    ),
    (
        "ICU nurse. The noradrenaline syringe ran out during a transfer to CT "
        "because I didn't check the volume before we left. MAP dropped into "
        "the 40s for a couple of minutes.",
        [],
    ),
    (
        "SBAR is drilled into us, but at 04:00 with a NEWS2 of 7 I rambled to "
        "the registrar for five minutes and never actually asked him to come. "
        "He assumed I was just updating him.",
        [],
    ),
    (
        "Phlebotomist. I labelled tubes in the treatment room rather than at "
        "the bedside because the trolley was full. One tube went with the "
        "wrong form. Nobody was transfused, luckily.",
        [],
    ),
    (
        "Grandad Eddie (everyone on the unit called him that) fell on my "
        "shift. I hadn't put his falls mat down because the plug socket was "
        "broken. He was 88 and broke his hip.",
        [
            ("Grandad Eddie", "name"),
            ("He was 88", "age"),
        ],
    ),
    (
        "Reflective piece for revalidation, so it's in NMC language: I failed "
        "to 'practise effectively' when I didn't check the expiry on a bag of "
        "Hartmann's. It was two months out.",
        [],
    ),
    (
        "CAMHS nurse. I told a teenager that what they said was confidential, "
        "then had to break it the same afternoon under safeguarding. I "
        "shouldn't have promised.",
        [],
    ),
    (
        "Radiographer. Chest X-ray done on a woman who'd ticked 'yes' to "
        "possible pregnancy. I saw the tick afterwards. Low dose, and physics "
        "reassured us, but still.",
        [],
    ),
    (
        "Care worker. I used the hoist alone at 06:30 because my colleague was "
        "on break. Policy says two people. The resident's arm caught on the "
        "bar and bruised.",
        [],
    ),
    (
        "Occupational therapist. I recommended a raised toilet seat without "
        "measuring the toilet. It didn't fit and the patient went home without "
        "one.",
        [],
    ),
    (
        "Frau Schreiber was the one who noticed, not me: her pen said Humalog "
        "and I'd drawn up from the Humulin I vial. This was on my elective in "
        "Hamburg-Eppendorf.",
        [
            ("Frau Schreiber", "name"),
            ("Hamburg-Eppendorf", "place"),
        ],
    ),
    (
        "Anonymous because it's still raw. Blood transfusion: I did the "
        "bedside check alone because the other nurse was with a deteriorating "
        "patient. Right blood, right patient, but I broke the rule.",
        [],
    ),
    (
        "Midwife. Baby born at 03:12 to a mum in the pool, and I forgot the "
        "vitamin K consent in all the chaos. Mum was Aoife, first baby, from "
        "Ballyfermot, and she found the gap in the notes herself.",
        [
            ("Aoife", "name"),
            ("Ballyfermot", "place"),
        ],
    ),
    (
        "Mrs Nakamura was 91 and very deaf. I asked her consent for the "
        "catheter while her daughter Emi translated, and I never checked she'd "
        "actually understood. She hadn't.",
        [
            ("Mrs Nakamura", "name"),
            ("was 91", "age"),
            ("Emi", "name"),
        ],
    ),
    (
        "Paramedic. Fentanyl vs morphine: I chose morphine for a pt with a "
        "systolic of 88 and he dropped to 70. A fluid bolus brought him back. "
        "Should have known better.",
        [],
    ),
    (
        "My NMC PIN is 09I4821E and I'm posting it because I want to own this: "
        "I didn't recheck a controlled drug count and signed the register "
        "anyway.",
        [
            ("09I4821E", "self"),
        ],
    ),
    (
        "OT student. On a home visit to 14 Cowper Street I told the family the "
        "stair rail was fine without testing it. It came off the wall the "
        "following week.",
        [
            ("14 Cowper Street", "place"),
        ],
    ),
    (
        "I was a student midwife on placement at Marston Vale. Mrs Adebayo, "
        "34, was labouring with her second baby and I wrote the CTG up as "
        "reassuring when my mentor later said it clearly wasn't.",
        [
            ("Marston Vale", "facility"),
            ("Mrs Adebayo", "name"),
            ("34", "age"),
        ],
    ),
    (
        "Amb crew, rural. Took 40 min to find the farm because the address was "
        "'past the old chapel at Nether Kellet' and I didn't use the "
        "what3words the caller gave. Pt had a STEMI.",
        [
            ("Nether Kellet", "place"),
        ],
    ),
    (
        "I'm a district nurse covering Hebden Bridge and Mytholmroyd. I didn't "
        "re-measure a leg before compression bandaging and the patient got a "
        "pressure ulcer on the shin.",
        [
            ("Hebden Bridge", "place"),
            ("Mytholmroyd", "place"),
        ],
    ),
    (
        "Ring me on 07700 900461 if you were on shift that night at the "
        "Beeches. I need a witness statement about what time the GP was "
        "actually called.",
        [
            ("07700 900461", "phone"),
            ("the Beeches", "facility"),
        ],
    ),
    (
        "The Nguyens brought their dad in on Sunday 9th June and I was the "
        "triage nurse. I put him in minors with 'back pain'. He had a leaking "
        "AAA.",
        [
            ("The Nguyens", "name"),
            ("Sunday 9th June", "date"),
        ],
    ),
    (
        "I'm an HCA. I took the bed rails off because the patient asked and I "
        "didn't check the bed rails assessment. The nurse in charge explained "
        "why they were there.",
        [],
    ),
    (
        "GP trainee. Doxycycline for a woman who turned out to be 8 weeks "
        "pregnant. I'd asked 'any chance you could be pregnant?' and accepted "
        "'no' without a test.",
        [],
    ),
    (
        "The complaint came from tkavanagh.family@outlook.com and quoted my "
        "exact words at the bedside. Fair enough. I'd told their mum she was "
        "'just anxious'.",
        [
            ("tkavanagh.family@outlook.com", "email"),
        ],
    ),
    (
        'Quoted from our local guidance:\n> "Do not give IV potassium faster '
        'than 10 mmol/hour via a peripheral line."\nI knew that. I still ran it '
        "faster because the pump had been set by the day team and I didn't "
        "recheck.",
        [],
    ),
    (
        "US home health. The patient's callback number was 555-0192 and I "
        "wrote 555-0129 on the chart, so the lab couldn't reach her with a "
        "critical potassium.",
        [
            ("555-0192", "phone"),
            ("555-0129", "phone"),
        ],
    ),
    (
        "Hospice nurse at St Columba's. Mr Reyes wanted to die at home, and I "
        "didn't push the discharge hard enough over the bank holiday. He died "
        "with us on the Tuesday.",
        [
            ("St Columba's", "facility"),
            ("Mr Reyes", "name"),
        ],
    ),
    (
        "I'm writing this in the staff room at Ashby Road Clinic. Yesterday I "
        "vaccinated a toddler who'd already had the MMR two weeks before, "
        "because the red book wasn't updated.",
        [
            ("Ashby Road Clinic", "facility"),
        ],
    ),
    (
        "Dental nurse. I set up the wrong tray for the wrong patient at "
        "Greenbank Dental on Sefton Park Road and the dentist nearly started "
        "an extraction on the wrong side.",
        [
            ("Greenbank Dental", "facility"),
            ("Sefton Park Road", "place"),
        ],
    ),
    (
        "Health visitor. The Ages and Stages questionnaire flagged concerns "
        "and I filed it without reading the comments box. The referral was "
        "delayed by about 3 months.",
        [],
    ),
    (
        "Practice nurse. Gave a flu jab to someone with a severe egg allergy "
        "before the egg-free stock arrived. They were fine; I wasn't. Datix "
        "submitted the same day.",
        [],
    ),
    (
        "Community midwife. I missed a reduced fetal movements message on the "
        "answerphone because I didn't check it after clinic. She came to "
        "triage the next day and all was well, but that's luck.",
        [],
    ),
    (
        "Miss Achterberg was 16 and came to our sexual health clinic in "
        "Bramley on her own. I gave her the pill without a proper Fraser "
        "assessment, and her mum complained.",
        [
            ("Miss Achterberg", "name"),
            ("was 16", "age"),
            ("Bramley", "place"),
        ],
    ),
    (
        "Agency nurse, first shift on a renal ward. Gave oral potassium to a "
        "patient on dialysis because the chart wasn't clearly crossed off. K+ "
        "was 6.4 the next morning.",
        [],
    ),
    (
        "US nurse here. MRN 00482913, I'll never forget it. Gave 10 units of "
        "regular insulin instead of 10 units of NPH because the vials looked "
        "alike in the Pyxis drawer.",
        [
            ("MRN 00482913", "record"),
        ],
    ),
    (
        "Sorry Tash if you recognise this - I told you the CD cupboard had "
        "been checked when it hadn't.",
        [
            ("Tash", "name"),
        ],
    ),
    (
        "Theatre nurse. The swab count was off by one at the end of a lap "
        "chole on 30/09/2022 and I let the surgeon talk me into closing. It "
        "showed on the X-ray. The patient was Mr Obi, and I think about him a "
        "lot.",
        [
            ("30/09/2022", "date"),
            ("Mr Obi", "name"),
        ],
    ),
    (
        "> 18/04 23:45 Mrs Svensson refused obs x3. Daughter Ingrid "
        "aware.\nThat was all I wrote. She wasn't refusing; she couldn't hear "
        "me without her hearing aids.",
        [
            ("18/04", "date"),
            ("Mrs Svensson", "name"),
            ("Ingrid", "name"),
        ],
    ),
    (
        "She told me, 'I'm 103 next week, love, don't fuss.' So I didn't fuss, "
        "and I didn't do her lying and standing BP either. She fell that night.",
        [
            ("I'm 103", "age"),
        ],
    ),
    (
        "Podiatrist. I used a scalpel on a diabetic foot without checking the "
        "INR in a patient on warfarin. It bled for 40 minutes.",
        [],
    ),
    (
        "Student paramedic. GCS of 15 in my head, 14 in reality: she was "
        "confused about the year and I didn't ask. The CT showed a small bleed.",
        [],
    ),
    (
        "We call him Big Mick on the ambulance station and he's a regular. On "
        "that shift I assumed he was drunk again and didn't do a BM. He was "
        "hypoglycaemic at 1.9.",
        [
            ("Big Mick", "name"),
        ],
    ),
]
