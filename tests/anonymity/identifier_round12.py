"""Round 12 of issue 14's evaluation: 160 stories (80 safe, 228 spans) from two helpers who
saw only the labeling guide (identifier_round2.md), never the check's rules, corpora or code:
nurse practitioners, ward managers, bank and student nurses, trainee psychotherapists, hospital
pharmacists, outreach nurses, midwifery support workers (London, Cardiff, Saskatchewan,
Nairobi, Christchurch, Florida, Newcastle, Chennai); GP registrars, paediatric and dental
nurses, drug-and-alcohol workers, stroke physios, care coordinators, dispatchers, rural doctors
(Edinburgh, Galway, Manitoba, Kampala, outback Queensland, Oregon, Plymouth, Dhaka). Measured
untouched with the rules written against rounds 1 to 11; nothing was written against it yet,
and its misses are not printed: see test_identifiers.py and bench/README.md. Entries as in
identifier_corpus."""

ROUND_12_Q = [
    (
        (
            "Bank nurse, Saskatchewan, nights in a small hospital. Didn't check the glucometer QC "
            "log before using it. It was out of range and readings were off by about 3 mmol/L. I "
            "only found out when the lab glucose came back."
        ),
        [],
    ),
    (
        (
            "Ward manager, Chennai, surgical ward. I signed a roster with no one trained in NIV "
            "on Saturday night. We had a patient on BiPAP from 22:00 and the ICU sister had to "
            "come down. I check skill mix, not just numbers."
        ),
        [],
    ),
    (
        (
            "Final-year BSc nursing student in Chennai. I recorded a GCS of 15 when it was really "
            "13 (E3 V4 M6) because I didn't wait long enough for eye opening. The registrar "
            "reassessed. In head injury the small things are the big things."
        ),
        [],
    ),
    (
        (
            "Pharmacist in Newcastle. Approved gentamicin 7 mg/kg once daily but didn't check the "
            "Hartford nomogram timing. The level was drawn at the wrong time and we redosed too "
            "early. Ototoxicity isn't a risk you take on a guess."
        ),
        [],
    ),
    (
        (
            "First-year student in Saskatchewan. I hung normal saline at 125 mL/h when the order "
            "said KVO. My preceptor caught it after about 90 minutes. The patient, an elderly man "
            "with CHF, needed furosemide 40 mg IV and was fine by morning."
        ),
        [],
    ),
    (
        (
            "Telehealth visit. I prescribed amoxicillin to Guadalupe Ferrer without opening the "
            "allergy tab: PCN, hives. Her message afterwards is still in the portal at "
            "https://mychart.palmettobayhealth.org/msg/88213. She was fine after Benadryl but I "
            "wasn't."
        ),
        [
            ("Guadalupe Ferrer", "name"),
            ("https://mychart.palmettobayhealth.org/msg/88213", "url"),
        ],
    ),
    (
        (
            "> Hi Marisol,\n> The family in bed 6 (Mr Osvaldo Peña) want to know why nobody "
            "reported his pressure injury. Call me at (305) 555-0147.\n> Lourdes\nThat was my "
            "charge nurse. I was the unit manager who'd told staff that stage 2s could wait till "
            "Monday."
        ),
        [
            ("Marisol", "name"),
            ("Mr Osvaldo Peña", "name"),
            ("(305) 555-0147", "phone"),
            ("Lourdes", "name"),
        ],
    ),
    (
        (
            "Bank nurse at Tōtara Lodge rest home. I gave Mrs Margaret Dunstan (NHI ZKT4471) her "
            "evening meds from the wrong blister pack — her room-mate's. Doctor reviewed, no "
            "harm, but I'd skipped the photo check."
        ),
        [
            ("Tōtara Lodge", "facility"),
            ("Mrs Margaret Dunstan", "name"),
            ("NHI ZKT4471", "record"),
        ],
    ),
    (
        (
            "Bank nurse, Nairobi. Gave IV metronidazole 500 mg through a cannula that had tissued "
            "and the arm swelled up. I hadn't flushed first. VIP score should have been 2 at "
            "least. Flush and check before every IV, no exceptions."
        ),
        [],
    ),
    (
        (
            "Pharmacist, paeds. I checked a gentamicin dose for Mwikali Kiilu, aged 6, against "
            "the adult weight band. Her mum, Mrs Kiilu, asked why the bag looked bigger than "
            "yesterday's. Mothers notice."
        ),
        [
            ("Mwikali Kiilu", "name"),
            ("aged 6", "age"),
            ("Mrs Kiilu", "name"),
        ],
    ),
    (
        (
            "Support worker on the birthing unit at Red Willow Health Centre. Mrs Louise "
            "Desjarlais delivered on 14 February 2021 and I took the baby's first temp under the "
            "warmer with the probe still in the wrong mode. Baby was cold for an hour before "
            "anyone noticed."
        ),
        [
            ("Red Willow Health Centre", "facility"),
            ("Mrs Louise Desjarlais", "name"),
            ("14 February 2021", "date"),
        ],
    ),
    (
        (
            "Nursing student in Christchurch. I let a patient walk to the shower without checking "
            "her falls assessment. She had a near-fall and I caught her. Her chart said 'high "
            "risk, assist x1' in red, right there on the front."
        ),
        [],
    ),
    (
        (
            "student nurse, 3rd yr, newcastle. pt w/ Parkinson's, meds due 1200, i was on break "
            "and came back at 1250. he'd frozen in the chair and couldnt swallow his Sinemet. "
            "time critical meds are time critical, full stop."
        ),
        [],
    ),
    (
        (
            "Critical-care outreach, Chennai. ABG at 04:00: pH 7.21, pCO2 9.8, HCO3 28. I called "
            "it metabolic and suggested bicarb. The registrar gently pointed out it was "
            "respiratory. The patient went onto NIV and did well, no thanks to me."
        ),
        [],
    ),
    (
        (
            "Trainee psychotherapist. My client Mr Prabhu, 34, asked me to visit his home at 12 "
            "Thiruvalluvar Street because he couldn't face leaving the house, and I went without "
            "telling my supervisor. Nothing bad happened. It still shouldn't have happened."
        ),
        [
            ("Mr Prabhu", "name"),
            ("34", "age"),
            ("12 Thiruvalluvar Street", "place"),
        ],
    ),
    (
        (
            "Bank nurse in Chennai. Removed a urinary catheter at 22:00 and didn't document it. "
            "The day team started a TWOC chart and waited for output from a bag that wasn't "
            "there. Eight hours lost. Document the small things."
        ),
        [],
    ),
    (
        (
            "I emailed a mother's discharge summary to the wrong address. It should have gone to "
            "her sister at lakshmi.venkat88@gmail.com and it went to lakshmi.venkat86 instead. "
            "The mother, Mrs Deepa Venkataraman, was very gracious about it."
        ),
        [
            ("lakshmi.venkat88@gmail.com", "email"),
            ("Mrs Deepa Venkataraman", "name"),
        ],
    ),
    (
        (
            "> 14:20 Reviewed. Cough 3/52, afebrile, chest clear. Plan: safety net.\nThat was my "
            "note as an NP in Newcastle. I didn't ask about weight loss or night sweats. CXR two "
            "months later showed a mass. Smoker, in his 60s. Red-flag questions even when I'm "
            "behind."
        ),
        [],
    ),
    (
        (
            "Hospital pharmacist in Chennai. I approved metformin 1 g BD for a woman in her 60s "
            "whose eGFR was 24. The renal team flagged it on the Thursday ward round. She came to "
            "no harm, but I now look at U&Es before I sign anything."
        ),
        [],
    ),
    (
        (
            "I'm the ward manager of the only paediatric burns unit at Kariobangi Sisters "
            "Hospital. I let the dressing trolley run short of silver sulfadiazine over a weekend "
            "and baby Muthoni's dressing change was done with plain gauze."
        ),
        [
            (
                "the ward manager of the only paediatric burns unit at Kariobangi Sisters Hospital",
                "self",
            ),
            ("Muthoni", "name"),
        ],
    ),
    (
        (
            "NP in a GP clinic out in Kahikatea Heights. I missed a raised troponin for Aroha "
            "Ngata, 49, because it hit my inbox on 24/12/2022 and I'd gone on leave without "
            "setting a delegate."
        ),
        [
            ("Kahikatea Heights", "place"),
            ("Aroha Ngata", "name"),
            ("49", "age"),
            ("24/12/2022", "date"),
        ],
    ),
    (
        (
            "## What I got wrong\nAs a midwifery support worker I did postnatal obs at 06:15, "
            "recorded a temp of 38.2 and didn't tell the midwife. I assumed she'd see it on the "
            "MEOWS chart.\n## What changed\nI say abnormal numbers out loud now, every time."
        ),
        [],
    ),
    (
        (
            "MSW in Nairobi. In a packed postnatal clinic I mixed up two mothers' cards at the "
            "weighing table; both babies were born the same day. The nurse spotted that the "
            "birthweights didn't match. We check wristbands at the scale now."
        ),
        [],
    ),
    (
        (
            "I'm the only nurse practitioner at the Sandy Willow Lake nursing station, so anyone "
            "local will know this is me. I sent a Métis elder, Mr Norbert Laframboise, home with "
            "a UTI script when his sodium was 121. He was flown out two days later, confused."
        ),
        [
            ("the only nurse practitioner at the Sandy Willow Lake nursing station", "self"),
            ("Mr Norbert Laframboise", "name"),
        ],
    ),
    (
        (
            "Trainee psychotherapist, Christchurch. I cancelled a session by text on the morning "
            "itself, 'something came up'. My client had been building up to talking about a loss "
            "for weeks. Next time she said it felt like I'd gone too. Attachment theory 101, and "
            "I knew it."
        ),
        [],
    ),
    (
        (
            "Second-year student, rural placement in Prokop Lake. I charted Mrs Olena Hrycenko's "
            "sugar as 7.2 when the meter said 2.7. She was 91 and on gliclazide. The Hrycenkos "
            "were lovely about it, which somehow made it worse."
        ),
        [
            ("Prokop Lake", "place"),
            ("Mrs Olena Hrycenko", "name"),
            ("91", "age"),
            ("The Hrycenkos", "name"),
        ],
    ),
    (
        (
            "Pharmacist at Whitespruce Union Hospital. I dispensed hydromorphone 10 mg/mL instead "
            "of 1 mg/mL for Mrs Anastasia Kowalchuk, DOB 02/05/1939. The nurse drew it up, "
            "paused, and phoned me. That pause is the only reason this story isn't worse."
        ),
        [
            ("Whitespruce Union Hospital", "facility"),
            ("Mrs Anastasia Kowalchuk", "name"),
            ("02/05/1939", "date"),
        ],
    ),
    (
        (
            "Ward manager in London. I didn't report a near miss with a 10x insulin dose because "
            "the nurse was upset and I wanted to protect her. When it happened on another ward "
            "there was no record to learn from. Reporting isn't blaming."
        ),
        [],
    ),
    (
        (
            "Bleep 3382 went at 01:50 for Mr Velmurugan Pillai on cardiac step-down at Marina "
            "Heights Hospital. I did a manual BP of 88/50, decided the cuff was wrong and "
            "repeated it until I got 102. He was in cardiogenic shock."
        ),
        [
            ("Bleep 3382", "phone"),
            ("Mr Velmurugan Pillai", "name"),
            ("Marina Heights Hospital", "facility"),
        ],
    ),
    (
        (
            "Trainee on placement at Tynebridge Counselling Service. My client — everyone calls "
            "him Gaz, proper name Gary Robson — told me about a plan to hurt himself and I "
            "promised to keep it between us. That isn't what the contract says and it isn't safe."
        ),
        [
            ("Tynebridge Counselling Service", "facility"),
            ("Gaz", "name"),
            ("Gary Robson", "name"),
        ],
    ),
    (
        (
            "Bank shift at the Royal Stepney Infirmary. Mr Ronnie Gosling's PEG feed was meant to "
            "pause at 22:00 for his morning bloods and I left it running. His missus Pat was a "
            "retired nurse and told me so, politely, at 7am."
        ),
        [
            ("Royal Stepney Infirmary", "facility"),
            ("Mr Ronnie Gosling", "name"),
            ("Pat", "name"),
        ],
    ),
    (
        (
            "Outreach nurse in Newcastle. Called at 02:40 to a man in his 70s with NEWS2 of 6, RR "
            "28, SpO2 89% on 4 L. I gave 500 mL of Hartmann's before listening to his chest. He "
            "was already in pulmonary oedema. A before C, every single time."
        ),
        [],
    ),
    (
        (
            "Outreach review of Mr Dafydd Rhys-Morgan on the 3rd of August. I wrote 'A-E stable' "
            "but never actually added up his fluid balance, which was minus 2.1 L. His AKI was "
            "picked up by the biochemist, not by me."
        ),
        [
            ("Mr Dafydd Rhys-Morgan", "name"),
            ("3rd of August", "date"),
        ],
    ),
    (
        (
            "Nurse practitioner, northern Saskatchewan, fly-in community. Assumed a kid's ear "
            "pain was otitis media and gave amoxicillin. Didn't look at the mastoid. Medevac two "
            "days later. I look behind the ear every time now."
        ),
        [],
    ),
    (
        (
            "Message on the clinic phone that I read too late:\n> pls call back Wanjiru Kamau re "
            "baby fever, her no 0722 418 906\nIt came in at 16:50 and I left at 17:00. I rang the "
            "next morning. Baby had been taken to casualty overnight from Mumbi Gardens Health "
            "Centre's catchment with a temp of 39.6."
        ),
        [
            ("Wanjiru Kamau", "name"),
            ("0722 418 906", "phone"),
            ("Mumbi Gardens Health Centre", "facility"),
        ],
    ),
    (
        (
            "CCOT nurse in London. Reviewed a pt on a Saturday, NEWS2 5, lactate 2.1, wrote 'for "
            "r/v in 4h'. The 20:00 handover didn't mention it and the night team never came. "
            "Lactate at 06:00 was 4.7. Hand over every outstanding review."
        ),
        [],
    ),
    (
        (
            "Second-year trainee. In a group session I let slip that Bethan had been "
            "self-harming, something she'd told me one-to-one. She's 19 and the group ran out of "
            "Canton Youth Hub, so half the room knew her from school."
        ),
        [
            ("Bethan", "name"),
            ("19", "age"),
            ("Canton Youth Hub", "facility"),
        ],
    ),
    (
        (
            "Inpatient pharmacist, Florida. Verified enoxaparin 1 mg/kg BID for a pt with CrCl 22 "
            "mL/min. Epic fired an alert and I overrode it by reflex. Renal dosing is once daily. "
            "Anti-Xa came back high and we got lucky."
        ),
        [],
    ),
    (
        (
            "Hospital pharmacist, Saskatchewan. Reconciled home meds from a community pharmacy "
            "printout that was six months old. Missed that the pt had stopped apixaban. We "
            "restarted it post-op and he bled. Confirm with the patient or family, always."
        ),
        [],
    ),
    (
        (
            "Nurse practitioner in a London walk-in centre. Man in his 40s with chest pain 'like "
            "indigestion', ECG normal, sent home with omeprazole 20 mg. The troponin was raised. "
            "I skipped the HEART score because I was running 50 minutes behind."
        ),
        [],
    ),
    (
        (
            "CCOT. Went to see Mrs Violet Pearce, 88, on Cedar Ward at Bow Common Hospital. Sats "
            "86% on air, I put her on 15 L non-rebreathe and forgot she was a known CO2 retainer. "
            "ABG an hour later was not pretty."
        ),
        [
            ("Mrs Violet Pearce", "name"),
            ("88", "age"),
            ("Cedar Ward at Bow Common Hospital", "facility"),
        ],
    ),
    (
        (
            "Clinical pharmacist on elderly care. Missed a duplicate: Mr Emlyn Parry was written "
            "up for co-codamol and regular paracetamol. His grandson Rhodri drove in from Cwm "
            "Eithin to ask why Taid was so drowsy and confused."
        ),
        [
            ("Mr Emlyn Parry", "name"),
            ("Rhodri", "name"),
            ("Cwm Eithin", "place"),
        ],
    ),
    (
        (
            "NP in Nairobi. Saw a toddler with fever and a rash on a Monday, called it a viral "
            "exanthem and sent them home on paracetamol. Back on Wednesday with measles "
            "complications. I hadn't asked about MMR. It's my first question now."
        ),
        [],
    ),
    (
        (
            "Trainee psychotherapist, London. I ran ten minutes over with a client because I "
            "didn't want to interrupt her, and she missed her train. My supervisor pointed out, "
            "via Winnicott, that the frame is part of the holding. I'd been treating the boundary "
            "as a wall rather than a container."
        ),
        [],
    ),
    (
        (
            "Hi all, MSW here. On 9 November 2022 I weighed baby Gruffydd on the wrong scales and "
            "wrote 2.9 kg instead of 3.4 kg. Mum, Ffion Pritchard, was sent home with a top-up "
            "plan she never needed. The community midwife who covers Pen-y-Garth picked it up on "
            "day 5."
        ),
        [
            ("9 November 2022", "date"),
            ("Gruffydd", "name"),
            ("Ffion Pritchard", "name"),
            ("Pen-y-Garth", "place"),
        ],
    ),
    (
        (
            "- Pt: Graham Wilkins\n- Seen: 2 Sept 2023\n- Missed: scaphoid fracture\nHe came back "
            "six weeks later from his farm at Kōhatu Downs with a wrist that wouldn't bend. I'd "
            "called it a sprain because the first X-ray looked clear."
        ),
        [
            ("Graham Wilkins", "name"),
            ("2 Sept 2023", "date"),
            ("Kōhatu Downs", "place"),
        ],
    ),
    (
        (
            "Outreach in Saskatchewan, winter, short-staffed. Took a phone referral from a rural "
            "site and advised 'observe' for a man with a qSOFA of 2. He should have been "
            "transferred that night. Roads were bad, which is exactly why you decide early."
        ),
        [],
    ),
    (
        (
            "Things I got wrong on my first placement as a student nurse in Cardiff:\n1. Took a "
            "BP on the arm with the fistula\n2. Didn't wash hands between bay 2 and bay 3\n3. "
            "Said 'back in a sec' and wasn't\nNumber 1 could have been serious. The ward sister "
            "explained without making me feel stupid."
        ),
        [],
    ),
    (
        (
            "Mme Islande Jean-Baptiste asked me in Kreyòl if her baby could have formula and I "
            "said yes without checking the chart. Baby was on the hypoglycemia protocol at "
            "Biscayne Shores Women's Pavilion and needed a set volume. Her husband Wesner was the "
            "one who noticed the nurse's face when she walked in."
        ),
        [
            ("Mme Islande Jean-Baptiste", "name"),
            ("Biscayne Shores Women's Pavilion", "facility"),
            ("Wesner", "name"),
        ],
    ),
    (
        (
            "NP, Chennai, outpatient clinic. Started a woman in her 50s on amlodipine 10 mg "
            "straight away instead of 5 mg. Ankle swelling within the week and she got dizzy on "
            "the stairs. Start low, go slow. I knew that."
        ),
        [],
    ),
    (
        (
            "Text I sent to the wrong number:\n> Hiya Shannon, ur glucose tolerance test is "
            "booked Thurs 8th at 9, nowt to eat after midnight x\nIt went to a different Shannon "
            "in the contacts. The right one, Shannon Charlton, ate breakfast and had to be "
            "rebooked at 30 weeks."
        ),
        [
            ("Shannon", "name"),
            ("Thurs 8th", "date"),
            ("Shannon Charlton", "name"),
        ],
    ),
    (
        (
            "Outreach pager 5529 went off during handover and I let it go to the next shift. It "
            "was Mr Taras Melnyk's nurse, worried about his resp rate of 32. Nobody answered for "
            "25 minutes."
        ),
        [
            ("pager 5529", "phone"),
            ("Mr Taras Melnyk", "name"),
        ],
    ),
    (
        (
            "Trainee counselling psychologist in Nairobi. I used DSM-5 language with a client "
            "('you meet criteria for...') before we'd built any trust. She didn't come back for "
            "three weeks. My supervisor's note just said: Rogers before criteria."
        ),
        [],
    ),
    (
        (
            "As ward manager I changed the handover sheet template and the allergy column dropped "
            "off. Mr Karthikeyan Rajendran (IP no. 2024/MH/55103) got ceftriaxone despite a "
            "documented cephalosporin rash. Template fixed the same day."
        ),
        [
            ("Mr Karthikeyan Rajendran", "name"),
            ("2024/MH/55103", "record"),
        ],
    ),
    (
        (
            "Letter I should never have signed off:\n> Dear Mr Bell,\n> Your blood results from "
            "19/06/2023 are within normal limits.\n> Heaton Lodge Surgery\nHis ALT was three "
            "times the upper limit. I'd read the wrong line."
        ),
        [
            ("Mr Bell", "name"),
            ("19/06/2023", "date"),
            ("Heaton Lodge Surgery", "facility"),
        ],
    ),
    (
        (
            "Bank shift on a surgical floor. Mutua Musyoka, hospital no. KNR/0045821, was nil by "
            "mouth for theatre and I let his wife Ndinda give him tea and mandazi. List was "
            "delayed and the surgeon was not pleased with me."
        ),
        [
            ("Mutua Musyoka", "name"),
            ("KNR/0045821", "record"),
            ("Ndinda", "name"),
        ],
    ),
    (
        (
            "Pharmacist on AMU in Cardiff.\n**Error:** transcribed levothyroxine 25 micrograms as "
            "250.\n**Caught by:** the night nurse, who thought the tablet count looked "
            "odd.\n**Fix:** second check on all high-dose thyroid replacement."
        ),
        [],
    ),
    (
        (
            "Outreach bleep went at 03:10 for Mr Alan Dodds, 67, on Ward 19 at Walker Bank "
            "General. NEWS2 was 7 and I let the FY1 talk me into a recheck in an hour instead of "
            "escalating. By 04:15 his lactate was 5.8 and he went up to ICU. His daughter Kerry "
            "still sends the unit a card every spring."
        ),
        [
            ("Mr Alan Dodds", "name"),
            ("67", "age"),
            ("Ward 19 at Walker Bank General", "facility"),
            ("Kerry", "name"),
        ],
    ),
    (
        (
            "Bank/agency nurse in Florida. Floated to med-surg, didn't know their Pyxis, pulled "
            "hydromorphone 2 mg on override for a pt whose order had been d/c'd at 1400. Wasted "
            "it with a witness but the discrepancy report still stung. Re-check the MAR after "
            "every float."
        ),
        [],
    ),
    (
        (
            "MSW in Newcastle. A mam asked if her baby's jaundice was normal and I said 'aye, "
            "loads of babies get it' without checking the SBR. Bilirubin was above the treatment "
            "line on the NICE chart. Phototherapy for two days. Not my call to reassure."
        ),
        [],
    ),
    (
        (
            "Nursing student, Florida. I checked a pt's ID against the MAR by room number only "
            "(rm 412) and nearly gave Lasix 20 mg to the wrong person. My instructor stopped me. "
            "Two identifiers. Always."
        ),
        [],
    ),
    (
        (
            "> Handover: bed 4 NBM from midnight, theatre list 0830\nAs ward manager I'd approved "
            "a new handover template that put NBM status at the very bottom. Bed 4 got breakfast. "
            "Surgery slipped a day. NBM is now the first line."
        ),
        [],
    ),
    (
        (
            "Ward manager in Christchurch. I let a newly qualified RN take charge on her third "
            "shift because we were short. A deteriorating patient's EWS went unescalated for two "
            "hours. That was my decision, not hers, and I said so at the review."
        ),
        [],
    ),
    (
        (
            "Trainee psychotherapist, Cardiff. I brought my own grief into a session with a "
            "bereaved client and cried before she did. My supervisor was gentle: "
            "countertransference isn't the problem, not noticing it is. Back to personal therapy "
            "for me."
        ),
        [],
    ),
    (
        (
            "Rapid response nurse in Florida (our version of outreach). My SBAR to the "
            "hospitalist was a mess: I led with history instead of the BP of 78/40. He didn't "
            "come for 20 min. The S in SBAR is now the sickest number."
        ),
        [],
    ),
    (
        (
            "> Rx: vancomycin 1 g IV q12h. Pt: Mrs Kalaivani Subramaniam, MRN CH-2291874\nI "
            "verified this at 22:30 without looking at her creatinine (it was 214). Dr "
            "Senthilnathan had copied the dose from her last admission. She spent three extra "
            "weeks on the renal floor at Adyar Riverside Hospital."
        ),
        [
            ("Mrs Kalaivani Subramaniam", "name"),
            ("MRN CH-2291874", "record"),
            ("Dr Senthilnathan", "name"),
            ("Adyar Riverside Hospital", "facility"),
        ],
    ),
    (
        (
            "Midwifery support tech in Florida. Apgars were 8 and 9, and I skipped the 2-hour "
            "glucose because mom was breastfeeding well. Glucose was 38 at 3 hours. NICU for 24 "
            "hours. I set a phone alarm for every check now."
        ),
        [],
    ),
    (
        (
            "Picked up a per diem shift at Coral Hammock Medical Center, 4 West. Gave Sr. Rodolfo "
            "Echevarría his 0900 metoprolol even though his HR was 48 — never read the hold "
            "parameters. Charge nurse Yamilé caught it at 10 and we filed IR-2023-08812 together."
        ),
        [
            ("Coral Hammock Medical Center", "facility"),
            ("Sr. Rodolfo Echevarría", "name"),
            ("Yamilé", "name"),
            ("IR-2023-08812", "record"),
        ],
    ),
    (
        (
            "Student nurse, 2nd yr. Mrs Shahana Miah in bay 4 asked for her insulin before lunch, "
            "I said I'd tell someone and then forgot. BM was 22.6 at 16:00. Her daughter Tania "
            "put in a complaint, ref COMP/23/0917."
        ),
        [
            ("Mrs Shahana Miah", "name"),
            ("Tania", "name"),
            ("COMP/23/0917", "record"),
        ],
    ),
    (
        (
            "> From: d.mcgarrity@stbarnabyhealth.nhs.uk\n> Subject: warfarin script 7 "
            "Feb\nDerek's email landed after I'd dispensed 5 mg tablets instead of 0.5 mg for Mr "
            "Terry Fensome. His INR hit 9.4 and he needed vitamin K."
        ),
        [
            ("d.mcgarrity@stbarnabyhealth.nhs.uk", "email"),
            ("7 Feb", "date"),
            ("Derek", "name"),
            ("Mr Terry Fensome", "name"),
        ],
    ),
    (
        (
            "Student nurse, year 3. Whaea Rangi's whānau asked me to hold off on the morning "
            "cares until they'd finished karakia, and I forgot to hand that over. The day nurse "
            "walked in mid-prayer. They'd travelled down from Te Kōpua marae that morning."
        ),
        [
            ("Whaea Rangi", "name"),
            ("Te Kōpua marae", "place"),
        ],
    ),
    (
        (
            "Student nurse at Thigiri Hill Mission Hospital. On 12/03/2024 I took out Njeri "
            "Wambui's cannula when the order was to take out her catheter. She needed IV "
            "antibiotics that evening and it took three attempts to re-site."
        ),
        [
            ("Thigiri Hill Mission Hospital", "facility"),
            ("12/03/2024", "date"),
            ("Njeri Wambui", "name"),
        ],
    ),
    (
        (
            "Bank shift, Cardiff, medical ward. Waterlow of 18 on admission and I didn't order a "
            "pressure-relieving mattress because stores were shut on a Sunday. By Tuesday she had "
            "a category 2 on her sacrum. I should have escalated to the site manager."
        ),
        [],
    ),
    (
        (
            "Midwifery support worker in Christchurch. I told a whānau they could take baby home "
            "before the newborn hearing screen because the screener had gone for the day. It "
            "should have been rebooked, not skipped. Baby was screened at 6 weeks and was fine, "
            "but we were lucky."
        ),
        [],
    ),
    (
        (
            "Critical-care outreach, Nairobi. I put out a MET call for a woman with a HR of 140 "
            "and then left. I assumed the team had it; they were two people short. Stay until "
            "someone explicitly takes over."
        ),
        [],
    ),
    (
        (
            "Gave paracetamol to bed 12 instead of bed 21. The man in 21, Mr Arumugam, 74, had "
            "already had 1 g at 14:00. My clinical instructor Mrs Revathi Natarajan made me call "
            "the doctor myself, which I'm grateful for now."
        ),
        [
            ("Mr Arumugam", "name"),
            ("74", "age"),
            ("Mrs Revathi Natarajan", "name"),
        ],
    ),
    (
        (
            "My supervisor, Dr Marie-Claude Étienne, asked why my notes on Jean-Robert stopped "
            "after week four. Truth is I'd stopped writing them up. He's a 16yo with a "
            "safeguarding history and there was a gap exactly when it mattered."
        ),
        [
            ("Dr Marie-Claude Étienne", "name"),
            ("Jean-Robert", "name"),
            ("16yo", "age"),
        ],
    ),
    (
        (
            "NP, London. I'll say it plainly: my PIN is 11C4482W and I'm owning this. I renewed a "
            "repeat of diazepam for a patient who'd been flagged by the practice for possible "
            "diversion, because I didn't open the alerts."
        ),
        [
            ("11C4482W", "self"),
        ],
    ),
    (
        (
            "**What happened:** as ward manager I approved leave for two senior RNs on the same "
            "night.\n**Result:** Hemi Tawhiri, 58, fell on his way to the toilet at 02:00 and "
            "broke his hip.\n**Where:** Kōwhai Ward, Avonhead Private Hospital."
        ),
        [
            ("Hemi Tawhiri", "name"),
            ("58", "age"),
            ("Kōwhai Ward, Avonhead Private Hospital", "facility"),
        ],
    ),
    (
        (
            "In supervision I had to admit I'd left my process notes for client R. Begum on the "
            "number 25 bus. They had her address (41 Cannon Lane) and the name of her son's "
            "school, Harford Street Primary. Nothing came of it, but I'd broken every rule we'd "
            "been taught in first year."
        ),
        [
            ("R. Begum", "name"),
            ("41 Cannon Lane", "place"),
            ("Harford Street Primary", "facility"),
        ],
    ),
]

ROUND_12_R = [
    (
        (
            "Dental nurse, Oregon. I didn't confirm the patient had taken the amoxicillin premed "
            "their cardiologist wanted before a procedure. The dentist assumed I'd asked. Nobody "
            "had. It's a line on our checklist now."
        ),
        [],
    ),
    (
        (
            "> Hi Dr Villanueva, the pt you saw on 3/14 (Rosa Ibarra) called back, still has the "
            "rash\nI'd missed that it was shingles. GP resident, Oregon. Antivirals started late."
        ),
        [
            ("Dr Villanueva", "name"),
            ("3/14", "date"),
            ("Rosa Ibarra", "name"),
        ],
    ),
    (
        (
            "We were three nurses for forty children on Nakato Ward. I ran baby Kizza's quinine "
            "over 2 hrs instead of 4 because I read the old chart. He's 11 months old and his "
            "glucose dropped to 2.1, caught on the next check."
        ),
        [
            ("Nakato Ward", "facility"),
            ("Kizza", "name"),
            ("11 months old", "age"),
        ],
    ),
    (
        (
            "I'm Niamh Ní Fhlatharta, senior physio on the stroke unit in Galway. I didn't check "
            "the swallow plan before a sitting-balance session and let a man sip tea. He coughed "
            "and spiked a temp the next day."
        ),
        [
            ("Niamh Ní Fhlatharta", "self"),
        ],
    ),
    (
        (
            "> To: m.alvarado@coastcare-or.example.org\n> Subject: discharge plan for Mr "
            "Estrada\nI attached another client's discharge plan to that email. Both surnames "
            "started with E and I was rushing before a 4pm cutoff. Care coordinator, Oregon "
            "coast."
        ),
        [
            ("m.alvarado@coastcare-or.example.org", "email"),
            ("Mr Estrada", "name"),
        ],
    ),
    (
        (
            "Case note I wrote:\n> 12/09/23 client Callum Baird declined naloxone, referred to "
            "Pilrig Walk hub\nI never chased the referral. He overdosed on the 19th of September. "
            "Drug and alcohol worker, Edinburgh."
        ),
        [
            ("12/09/23", "date"),
            ("Callum Baird", "name"),
            ("Pilrig Walk hub", "facility"),
            ("19th of September", "date"),
        ],
    ),
    (
        (
            "Rural dispatch, Manitoba. The caller, Marlene Bighetty, said 'Road 34 off the 6' and "
            "I entered Road 43. The ambulance arrived 11 min late. Her mum was 82 and did okay in "
            "the end. Call ID MB-2210-7734."
        ),
        [
            ("Marlene Bighetty", "name"),
            ("Road 34 off the 6", "place"),
            ("was 82", "age"),
            ("MB-2210-7734", "record"),
        ],
    ),
    (
        (
            "Emergency dispatcher in Galway. The caller was speaking Irish and I panicked and "
            "asked for English instead of transferring to a colleague who speaks it. Time lost "
            "while a frightened granny hunted for words. We all know who speaks what on each "
            "shift now."
        ),
        [],
    ),
    (
        (
            "Rural generalist, outback Queensland. I posted an ECG to a clinicians' group chat "
            "for a second read, and the patient label was visible in the corner. The link was "
            "https://imgshare.example.net/r/kx81pq until I deleted it. Mr Darcy Kemarre never "
            "knew, but I did."
        ),
        [
            ("https://imgshare.example.net/r/kx81pq", "url"),
            ("Mr Darcy Kemarre", "name"),
        ],
    ),
    (
        (
            "Dispatcher, Oregon. A caller said 'he's turning blue' and I stayed on the address "
            "script for another 30 seconds before starting compressions coaching. Protocol lets "
            "you start. I was scared of sending them to the wrong place. Our training has changed "
            "since."
        ),
        [],
    ),
    (
        (
            "As a paediatric nurse in Dhaka I once had ORS made up with double the sachets "
            "because a new brand's instructions were different. The baby's sodium went to 152. We "
            "corrected slowly and the little one recovered. Read the packet, every brand, every "
            "time."
        ),
        [],
    ),
    (
        (
            "**Stroke unit, Plymouth.** I stood Mr Trewin up with one assist on day 2 because the "
            "whiteboard said 'mobilise'. The actual plan said two. He slid down my leg to the "
            "floor, no fracture, but the Datix (W-22871) was rightly mine. Read the plan, not the "
            "board."
        ),
        [
            ("Mr Trewin", "name"),
            ("W-22871", "record"),
        ],
    ),
    (
        (
            "> From: fiona.mcleish@lothianpaeds.example.scot\n> Re: drug error, bay 2\nThat's the "
            "email I got after I gave Isla Drummond her second dose of paracetamol an hour early. "
            "She's 3 and it was within the daily max, but still. I'd misread the time on the "
            "chart."
        ),
        [
            ("fiona.mcleish@lothianpaeds.example.scot", "email"),
            ("Isla Drummond", "name"),
            ("She's 3", "age"),
        ],
    ),
    (
        (
            "Care coordinator for a community-controlled health service. I booked Aunty June "
            "Anderson's dialysis transport from Coorinda Creek for Thursday 9th instead of "
            "Tuesday 7th. She missed a session and came in with a K+ of 6.9."
        ),
        [
            ("Aunty June Anderson", "name"),
            ("Coorinda Creek", "place"),
            ("Thursday 9th", "date"),
            ("Tuesday 7th", "date"),
        ],
    ),
    (
        (
            "Care coordinator, Edinburgh. I put a client forward for a care home with no "
            "bariatric equipment because I didn't read the OT report. She was moved by ambulance "
            "for nothing, two hours in the back of a van. Read the whole referral."
        ),
        [],
    ),
    (
        (
            "Care coordinator, Queensland. I booked an interpreter for the wrong language because "
            "I assumed Kriol. The family spoke something else entirely. The appointment was "
            "wasted and the old fella didn't come back for a month. I ask now."
        ),
        [],
    ),
    (
        (
            "## What went wrong\n- Wrong sling size for Mr Hamish Ure\n- Pre-use hoist check not "
            "done\n- Written up as INC-88213 by the charge nurse on Ward 4C at Braidburn\nHe "
            "wasn't hurt. I was lucky, and I was a stroke physio who should have known better."
        ),
        [
            ("Mr Hamish Ure", "name"),
            ("INC-88213", "record"),
            ("Ward 4C at Braidburn", "facility"),
        ],
    ),
    (
        (
            "Dental nurse, Edinburgh. I mixed up upper left and upper right on the FDI chart when "
            "writing up, 26 vs 16. The dentist caught it before drilling. We say the tooth number "
            "and quadrant out loud now."
        ),
        [],
    ),
    (
        (
            "GP registrar, Plymouth. I stopped a PPI at a med review without realising it was "
            "gastroprotection for clopidogrel plus aspirin after a stent. Melaena a month later. "
            "Read the indication before you deprescribe."
        ),
        [],
    ),
    (
        (
            "Rural doc in Manitoba. I missed a scaphoid fracture because I only had an AP view "
            "and didn't order scaphoid views. Picked up at the 2-week follow-up. I explained the "
            "avascular necrosis risk and the patient was gracious about it."
        ),
        [],
    ),
    (
        (
            "PT on a stroke unit in Portland. My patient (Guadalupe Reyes, 67) had a left neglect "
            "I didn't document clearly, so the weekend therapist walked her without cueing and "
            "she clipped the doorframe. Ticket #ORH-55102 if anyone on my team is reading this."
        ),
        [
            ("Guadalupe Reyes", "name"),
            ("67", "age"),
            ("Ticket #ORH-55102", "record"),
        ],
    ),
    (
        (
            "Drug and alcohol worker in Kampala. I assumed a client who smelled of alcohol at "
            "group had relapsed and said so in front of everyone. He'd come straight from a "
            "funeral. I apologised privately and again at the next group."
        ),
        [],
    ),
    (
        (
            "Stroke physio, Galway. I used a rotunda with a man who had a dense hemiplegia and "
            "poor sitting balance because the hoist was in use. He slumped sideways mid-transfer "
            "and two of us caught him. Wait for the right kit."
        ),
        [],
    ),
    (
        (
            "Locum in a fly-in community up north. Mrs Flett's INR was 5.8 and I wrote 'hold x1' "
            "meaning hold one dose; the nurse read it as 'hold 1 mg'. Her nephews, the "
            "Kakegamics, drove her two hours to the nursing station when she started bruising. "
            "Call the station on ext 212 if you want the whole timeline."
        ),
        [
            ("Mrs Flett", "name"),
            ("the Kakegamics", "name"),
            ("ext 212", "phone"),
        ],
    ),
    (
        (
            "Night shift, peds, St Brigid Medical Center. Mom (Yesenia Contreras) asked me three "
            "times why the IV pump kept alarming and I silenced it each time. The line had "
            "tissued. Her son's hand was swollen by morning."
        ),
        [
            ("St Brigid Medical Center", "facility"),
            ("Yesenia Contreras", "name"),
        ],
    ),
    (
        (
            "I coordinate home-based HIV care for an NGO in Kampala. I booked Nalwoga Sarah's ARV "
            "refill visit for the 3rd of May instead of the 30th of April and she ran out for "
            "four days. Her son Ssekandi called me, furious, and he was right to be."
        ),
        [
            ("Nalwoga Sarah", "name"),
            ("3rd of May", "date"),
            ("30th of April", "date"),
            ("Ssekandi", "name"),
        ],
    ),
    (
        (
            "GP registrar, ST2. I treated a UTI in a woman in her 80s with nitrofurantoin without "
            "checking her eGFR, which was 28. She became nauseous and muddled over 3/7. My "
            "trainer was kind, but there's now a sticker on my monitor that says 'eGFR?'."
        ),
        [],
    ),
    (
        (
            "Drug and alcohol worker, Dhaka. A client told me he'd been using heroin that morning "
            "and I started buprenorphine without checking his COWS. Precipitated withdrawal "
            "within the hour. COWS of 12 or more before the first dose, always."
        ),
        [],
    ),
    (
        (
            "> Pt: Ailsa Cowan, CHI 2003914471, UL6 crown\nI wrote that on the lab docket and "
            "dropped it in the unsealed courier bag. The crown came back fine, but her full CHI "
            "number rode around in a van all day. Dental nurse, Edinburgh."
        ),
        [
            ("Ailsa Cowan", "name"),
            ("CHI 2003914471", "record"),
        ],
    ),
    (
        (
            "Call-taker at the national emergency line. A woman from House 22, Road 9, Shyamoli "
            "Extension rang about her husband, Abdul Karim, slurring and drooping. I coded it as "
            "a fall. FAST would have taken me ten seconds."
        ),
        [
            ("House 22, Road 9, Shyamoli Extension", "place"),
            ("Abdul Karim", "name"),
        ],
    ),
    (
        (
            "## Dispatch, Kampala\nThe caller couldn't give an address, only a landmark: a petrol "
            "station and a big mango tree. I didn't ask for the nearest boda stage. The ambulance "
            "circled for 20 min. We have a landmark checklist now."
        ),
        [],
    ),
    (
        (
            "> Subject: Your blood results\n> Your results are normal, no action needed.\nThat's "
            "the template text I sent from our GP practice system without opening the full "
            "report. Ferritin was 4. Registrar year. I read everything now."
        ),
        [],
    ),
    (
        (
            "ST3 GP registrar on a Kampala rotation. I treated a negative malaria RDT as gospel "
            "and missed a smear-positive falciparum two days later. RDTs miss. If the story fits, "
            "send the smear."
        ),
        [],
    ),
    (
        (
            "> hi kelly its jase cant make 2moro can u tell the chemist\nI never passed it on. "
            "Jason missed his methadone pickup at the pharmacy on Stokehill Parade for three days "
            "running and got flagged as a lapse. That was on me, not him."
        ),
        [
            ("kelly", "name"),
            ("jase", "name"),
            ("Jason", "name"),
            ("Stokehill Parade", "place"),
        ],
    ),
    (
        (
            "> 0315 pt restless, HR 122, T 38.4, paracetamol 1g PO given. Will recheck.\nThat was "
            "my note. I didn't recheck for two hours and never thought sepsis. Lactate was 3.9 "
            "when the day team drew it. Small rural hospital in Oregon, I was the only RN on."
        ),
        [],
    ),
    (
        (
            "Dental nurse on a mobile van in the Channel Country. At Mulga Downs Station I gloved "
            "up in latex for Tyson Brown, aged 9, whose form said latex allergy. Hives within "
            "minutes; antihistamine and a very long drive back."
        ),
        [
            ("Mulga Downs Station", "place"),
            ("Tyson Brown", "name"),
            ("aged 9", "age"),
        ],
    ),
    (
        (
            "Medical officer at a health centre outside Kampala. Mr Ssemakula, 53, had a BP of "
            "190/110 and I sent him home with lifestyle advice only. He came back a fortnight "
            "later with a bleed."
        ),
        [
            ("Mr Ssemakula", "name"),
            ("53", "age"),
        ],
    ),
    (
        (
            "Rural doctor, outback Queensland. I gave IV ceftriaxone to a man with a penicillin "
            "allergy listed as 'rash' without asking what kind of rash. It had been "
            "Stevens-Johnson. He was okay after an RFDS retrieval, but I never skip that question "
            "now."
        ),
        [],
    ),
    (
        (
            "GP registrar in Galway. I prescribed prednisolone 5 mg when I meant 50 mg for an "
            "asthma flare, clicking the wrong line in the dropdown. The pharmacist queried it. I "
            "read the dose back aloud before signing now."
        ),
        [],
    ),
    (
        (
            "Band 5 on a paeds ward in Edinburgh. I hung maintenance fluids at 60 mL/hr instead "
            "of 40 mL/hr because I used the wrong weight band. Caught at the 02:00 check, sodium "
            "fine at 138. I recalculate from the charted weight now, never from memory."
        ),
        [],
    ),
    (
        (
            "> Obs 4 hrly, pt Ciarán Ó Flaithearta aged 6, NKDA\nI copied that straight from "
            "handover on St Enda's Ward and never checked his allergy band. His file from the "
            "health centre in Kilbrackan listed a penicillin rash. Pharmacist caught the "
            "co-amoxiclav, thank God."
        ),
        [
            ("Ciarán Ó Flaithearta", "name"),
            ("aged 6", "age"),
            ("St Enda's Ward", "facility"),
            ("Kilbrackan", "place"),
        ],
    ),
    (
        (
            "### Three things I got wrong on nights\n1. Didn't escalate a toddler's RR of 48\n2. "
            "Charted the PEWS as 3 when it was 5\n3. Waited till 05:30 to call the reg\nPaeds "
            "nurse, Galway. The kid was fine after a fluid bolus. I wasn't."
        ),
        [],
    ),
    (
        (
            "Staff nurse, neonatal unit. Baby of Nasrin Sultana, born 22 January, was given her "
            "vitamin K twice because I didn't check the first one had been signed. No harm, but "
            "the mother found out from the chart before I told her."
        ),
        [
            ("Nasrin Sultana", "name"),
            ("22 January", "date"),
        ],
    ),
    (
        (
            "I'm the only doctor on Inis Ghlas, so there's no second opinion at 3am. Peadar Ó "
            "Ceallaigh, 70, had a headache I put down to his BP. It was a subarachnoid. The "
            "coastguard helicopter got him to the mainland in time."
        ),
        [
            ("the only doctor on Inis Ghlas", "self"),
            ("Peadar Ó Ceallaigh", "name"),
            ("70", "age"),
        ],
    ),
    (
        (
            "Dental nurse in Kampala. I forgot to change the suction tip between patients on a "
            "busy school outreach day. Told the dentist straight away, we did a risk assessment "
            "and the school was informed. Low risk, but it shouldn't have happened."
        ),
        [],
    ),
    (
        (
            "Hi all,\nRegistrar at Tobar Mhuire Medical Centre. I told Seán Mac Donncha, 44, his "
            "PSA was normal, but I'd opened his brother's result. Same surname, same birth year, "
            "same townland. Caught it at his next visit. Please use two identifiers."
        ),
        [
            ("Tobar Mhuire Medical Centre", "facility"),
            ("Seán Mac Donncha", "name"),
            ("44", "age"),
        ],
    ),
    (
        (
            "GP resident in Oregon, PGY-2. I sent a patient home labelled 'viral' with a temp of "
            "39.2 and a new murmur I blamed on the fever. It was endocarditis. Fever plus murmur "
            "means blood cultures first."
        ),
        [],
    ),
    (
        (
            "Dispatcher for a private ambulance service in Kampala. The caller on 0772 418903 "
            "said 'near the church at Kigowa' and I didn't ask which church. Mukasa, her husband, "
            "waited forty minutes."
        ),
        [
            ("0772 418903", "phone"),
            ("Kigowa", "place"),
            ("Mukasa", "name"),
        ],
    ),
    (
        (
            "Stroke unit physio, Dhaka. I didn't check the SALT recommendation and offered thin "
            "water during therapy. The patient coughed and dropped to 89%, then recovered. I look "
            "at the swallow plan at every bed before I bring in a drink."
        ),
        [],
    ),
    (
        (
            "I'm the only doctor at the Wirrabilla clinic, so nobody was there to double-check "
            "me. I told Uncle Reggie Mundine over the phone that his chest pain sounded like "
            "reflux. The RFDS flew him out that night with an inferior STEMI."
        ),
        [
            ("the only doctor at the Wirrabilla clinic", "self"),
            ("Uncle Reggie Mundine", "name"),
        ],
    ),
    (
        (
            "> Dear Mrs Chudleigh,\n> Your mother's care package at Tamar View will start on 1 "
            "July 2024.\nIt was her mother-in-law, and Tamar View was the wrong home. Care "
            "coordinator, Plymouth. I sent that letter without reading it back."
        ),
        [
            ("Mrs Chudleigh", "name"),
            ("Tamar View", "facility"),
            ("1 July 2024", "date"),
        ],
    ),
    (
        (
            "Paediatric nurse, Plymouth. A teenager on the ward asked me not to tell her mum "
            "something and I promised before hearing what it was. It was a safeguarding issue, "
            "and I had to break that promise. Never promise confidentiality up front."
        ),
        [],
    ),
    (
        (
            "Dental nurse here. I handed Dr Rahman a lidocaine cartridge with adrenaline for Mrs "
            "Shirin Akter, 61, whose notes said uncontrolled hypertension. He spotted it on the "
            "label before injecting. We both signed the incident form at Green Crescent Dental "
            "Care that afternoon."
        ),
        [
            ("Dr Rahman", "name"),
            ("Mrs Shirin Akter", "name"),
            ("61", "age"),
            ("Green Crescent Dental Care", "facility"),
        ],
    ),
    (
        (
            "Care coordinator, Plymouth. I booked dialysis transport for Mon/Wed/Fri instead of "
            "Tue/Thu/Sat over a bank holiday week. She missed a session and came in with a "
            "potassium of 6.8. I double-check the rota now."
        ),
        [],
    ),
    (
        (
            "Drug and alcohol worker, Oregon. I handed out fentanyl test strips without "
            "explaining that a negative doesn't make pressed pills safe. A client used on a "
            "negative and needed naloxone. I explain the limits every single time now."
        ),
        [],
    ),
    (
        (
            "Home care coordinator, Winnipeg. Lola Corazon Dizon's caregiver visits were "
            "cancelled when I closed the wrong file, and she's 91. Her granddaughter Jhoanna "
            "found her without her meds two days later."
        ),
        [
            ("Lola Corazon Dizon", "name"),
            ("she's 91", "age"),
            ("Jhoanna", "name"),
        ],
    ),
    (
        (
            "Emergency dispatcher, Manitoba. During a blizzard I told a caller an ambulance was "
            "on its way when it hadn't been assigned. She relied on that and didn't drive her "
            "husband in herself. It took 70 minutes. Never give an ETA you can't stand behind."
        ),
        [],
    ),
    (
        (
            "Counsellor at a residential rehab in Dhaka. I let Rafiq's elder brother Tanvir sit "
            "in on his session because I assumed Rafiq had agreed. He hadn't, and he stopped "
            "talking to me for a week."
        ),
        [
            ("Rafiq", "name"),
            ("Tanvir", "name"),
        ],
    ),
    (
        (
            "Peds nurse, Manitoba. Nearly gave Mason Spence (7yo) a double dose of ondansetron "
            "because the order was in mg and I drew it up thinking mL. The second check on "
            "Bluebird Unit caught it."
        ),
        [
            ("Mason Spence", "name"),
            ("7yo", "age"),
            ("Bluebird Unit", "facility"),
        ],
    ),
    (
        (
            "Harm reduction worker, Winnipeg. I handed a naloxone kit to a client, Darnell "
            "Keeshig, without doing the nasal spray demo because I assumed he'd had one before. "
            "His cousin rang our line at 204-555-0187 a week later saying they'd fumbled it "
            "during an overdose. Everyone survived. I do the demo every single time now."
        ),
        [
            ("Darnell Keeshig", "name"),
            ("204-555-0187", "phone"),
        ],
    ),
    (
        (
            "Call handler, Devon. A woman at 7 Hallerton Close rang because her husband, Colin "
            "Yeo, was fitting. I started CPR instructions while he was still breathing. The crew "
            "were kind but it shook me."
        ),
        [
            ("7 Hallerton Close", "place"),
            ("Colin Yeo", "name"),
        ],
    ),
    (
        (
            "Stroke physio, Oregon. I progressed a patient to a cane once her ataxia improved but "
            "didn't check vitals after lunch: BP 88/50 on a new antihypertensive. She got "
            "lightheaded in the hallway and I sat her down just in time."
        ),
        [],
    ),
    (
        (
            "Rural doctor, outback Queensland. I prescribed doxycycline and forgot to warn a "
            "stockman about the sun, in summer, when he worked outdoors all day. Blistering burns "
            "within a week. Small thing on paper, big thing for him."
        ),
        [],
    ),
    (
        (
            "I'm the only dental nurse at Ballinderry Dental, so this one is mine alone. A "
            "handpiece went back in the drawer without its autoclave cycle. I caught it before it "
            "went near Mr Ó Conghaile, but only just."
        ),
        [
            ("the only dental nurse at Ballinderry Dental", "self"),
            ("Mr Ó Conghaile", "name"),
        ],
    ),
    (
        (
            "Care coordinator, Manitoba. I closed a referral as 'no response' after two phone "
            "attempts. Lots of families up north don't answer unknown numbers, I later learned. "
            "Three months' delay for a wheelchair. Now I text first and go through the band "
            "office."
        ),
        [],
    ),
    (
        (
            "Stroke physio in Plymouth. I did a sit-to-stand with a patient whose BP after "
            "thrombolysis was 185/105, above our limit for mobilising. Nothing happened, which "
            "isn't the point. I check the NEWS2 and BP parameters before every session now."
        ),
        [],
    ),
    (
        (
            "Stroke unit, Edinburgh. As a Band 6 physio I signed off stairs as 'independent' "
            "after watching four steps. He had fourteen at home and fell on day 2, bruises only. "
            "Test the real thing."
        ),
        [],
    ),
    (
        (
            "GP registrar, second year, Edinburgh. Mrs Morag Sinclair, 78, came in about swollen "
            "ankles and I didn't notice her furosemide had been stopped when she left Leithbank "
            "Infirmary. She was readmitted three days later, breathless and frightened. I still "
            "think about that consult."
        ),
        [
            ("Mrs Morag Sinclair", "name"),
            ("78", "age"),
            ("Leithbank Infirmary", "facility"),
        ],
    ),
    (
        (
            "Dispatcher, six years in. Caller said her dad wasn't breathing at 4417 Sandhill Rd "
            "out by Alder Flats and I keyed 4471. Forty seconds lost before the crew noticed the "
            "mismatch. Logged as CAD #23-081544. I read every address back now, digit by digit."
        ),
        [
            ("4417 Sandhill Rd", "place"),
            ("Alder Flats", "place"),
            ("CAD #23-081544", "record"),
        ],
    ),
    (
        (
            "Paediatric nurse, outback Queensland clinic. I weighed a toddler with his shoes and "
            "nappy on and dosed paracetamol off that. Only 0.6 kg out, so no harm, but with a "
            "narrow-window drug it could have mattered."
        ),
        [],
    ),
    (
        (
            "Drug & alcohol nurse, Edinburgh. Scored a CIWA of 8 and went on break. Came back and "
            "it was 19, the patient tremulous and seeing insects. Our protocol said "
            "chlordiazepoxide on the first score. I assumed the number would hold."
        ),
        [],
    ),
    (
        (
            "**Dental nurse, Dhaka.** I didn't update the medical history at recall. The patient "
            "had started apixaban over the winter and bled for hours after an extraction. "
            "Tranexamic mouthwash sorted it. Ask about new meds every visit, even when they say "
            "nothing's changed."
        ),
        [],
    ),
    (
        (
            "Dear colleagues,\nI prescribed trimethoprim for Mrs Pengelly at Efford Lane Surgery "
            "without spotting she was on methotrexate. The community pharmacist rang me on 01752 "
            "649208 before it was dispensed. GP registrar, ST2, very humbled."
        ),
        [
            ("Mrs Pengelly", "name"),
            ("Efford Lane Surgery", "facility"),
            ("01752 649208", "phone"),
        ],
    ),
    (
        (
            "> text from my nurse in charge: 'did u give the 10 o'clock IV abx?'\nI had not. I'd "
            "been pulled to help with a deteriorating baby in bay 2 and forgot. Dose given 90 "
            "minutes late. Paeds nurse, Kampala. Small delay, but I never handed it over."
        ),
        [],
    ),
    (
        (
            "**What happened:** I ran salbutamol nebs off the oxygen flowmeter at 2 L/min, far "
            "too low to nebulise.\n**Why:** autopilot after a COPD patient who needed air-driven "
            "nebs.\n**Fix:** nebs at 6 to 8 L/min. Peds nurse, Manitoba, 3 years in."
        ),
        [],
    ),
    (
        (
            "Country doc, eastern Oregon. Patient Ignacio Villaseñor (DOB 02/11/1958) drove in "
            "from out past Juniper Gap. I read his creatinine as 1.1 when it was 1.7 and left his "
            "metformin at full dose. Lactate 4.4 two weeks later."
        ),
        [
            ("Ignacio Villaseñor", "name"),
            ("02/11/1958", "date"),
            ("Juniper Gap", "place"),
        ],
    ),
    (
        (
            "Emergency call handler, Plymouth. A man rang at 4am saying his wife was 'sleeping "
            "funny'. I took it as a Cat 3. It was a stroke. FAST takes ten seconds and it's the "
            "first thing I ask now."
        ),
        [],
    ),
    (
        (
            "Rural GP, Manitoba, January. I treated a frostbitten foot with rapid rewarming and "
            "sent him off before asking whether he had heat at home. He refroze it. Ask about the "
            "journey home and the house at the end of it."
        ),
        [],
    ),
    (
        (
            "Physio at a stroke rehab centre in Dhaka. I taught Mr Habibur Rahman's family a "
            "stand-pivot transfer but never watched them do it. His wife hurt her back on the "
            "first night home. Hospital no. 2301-88-0042 if my manager is reading."
        ),
        [
            ("Mr Habibur Rahman", "name"),
            ("Hospital no. 2301-88-0042", "record"),
        ],
    ),
    (
        (
            "Nursing-station doctor, northern Manitoba. Pelletier was in the only exam room when "
            "I told him to stop his metoprolol and forgot to tell him to taper. Rebound "
            "tachycardia. My CPSM registration 41772 is on the chart, so yes, it was me."
        ),
        [
            ("Pelletier", "name"),
            ("CPSM registration 41772", "self"),
        ],
    ),
]
