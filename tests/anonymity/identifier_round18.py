"""Round 18 of issue 14's evaluation, the latest untouched set: 160 stories (80 safe, 244 spans)
from two helpers who saw only the labeling guide (identifier_round2.md), never the check's rules,
corpora or code. A: perioperative practitioners, learning-disability nurses, hospital social
workers, CAMHS therapists, orthotists, pharmacy dispensers, ambulance call-takers, student
midwives, occupational health nurses, veterinary nurses turned care assistants (Grimsby, Ennis,
Sudbury, Eldoret, Mackay, Vermont, Aberystwyth, Khulna, Oban, Nelson). B: district nurses,
sexual-assault examiners, rehab physiotherapists, eating-disorder therapists, clinical pharmacists,
flight nurses, school social workers, phlebotomists, mental-health support workers, outpatient
radiographers (Barrow-in-Furness, Castlebar, Red Deer, Mbale, Gympie, Wyoming, Ayr, Hyderabad,
Tralee, Timaru). Measured once with the rules of 2026-12-07, and nothing written against it: see
test_identifiers.py and bench/README.md. Entries as in identifier_corpus."""

ROUND_18_A = [
    (
        (
            "Pharmacy dispenser in Wales. Sent out a controlled drug without the patient's "
            "representative signing the back of the script. The auditor picked it up in June. "
            "Minor, but I know exactly why it happened: I was covering two tills."
        ),
        [],
    ),
    (
        (
            "Nursing student on the paeds ward at Kapsoya Mission Hospital. I drew up a "
            "paracetamol dose for a 20 kg child when Chebet was 11 kg. Her mother, Jepkorir, "
            "noticed the syrup looked like more than usual and asked me. She saved her daughter "
            "from my mistake."
        ),
        [
            ("Kapsoya Mission Hospital", "facility"),
            ("Chebet", "name"),
            ("Jepkorir", "name"),
        ],
    ),
    (
        (
            "Practice nurse at a rural GP practice in New Zealand. I gave the wrong vaccine "
            "because both vials were sitting in the same fridge tray and I didn't read the label "
            "twice. Reported it straight away. The family were more gracious than I deserved."
        ),
        [],
    ),
    (
        (
            "vet nurse for 12 years, HCA for 8 months. went to do a manual BP and without "
            "thinking reached for the clippers like i would on a dog 😩 patient laughed, i didnt, "
            "sister had a quiet word. tiny thing but it shook me how much i'm on autopilot"
        ),
        [],
    ),
    (
        (
            "Theatre recovery, Queensland. I handed over 'no allergies' for Mrs Delahunty when "
            "her chart said latex in red. UR number 771-0932. She came up in welts on the ward."
        ),
        [
            ("Mrs Delahunty", "name"),
            ("UR number 771-0932", "record"),
        ],
    ),
    (
        (
            "Orthotics clinic. I issued insoles to a diabetic patient and didn't look at their "
            "feet at the fitting. Two weeks later a blister, then an ulcer. Podiatry and "
            "vascular involved. New rule: shoes and socks off, every time."
        ),
        [],
    ),
    (
        (
            "perioperative practitioner in anaesthetics. I'd connected the capnography line "
            "loosely and for a good 30 seconds I put the flat trace down to the tubing. It was "
            "an oesophageal intubation. The anaesthetist picked it up. That 30 seconds plays on "
            "a loop."
        ),
        [],
    ),
    (
        (
            "I'm the only orthotist covering Mull and the islands out of Oban, so I won't say "
            "much. I fitted a spinal brace too tight on a lad from Glenarrach and he got a "
            "pressure sore over his iliac crest."
        ),
        [
            ("the only orthotist covering Mull and the islands out of Oban", "self"),
            ("Glenarrach", "place"),
        ],
    ),
    (
        (
            "Pharmacy dispenser. Sent out a repeat for the wrong Mrs Singh - there are two on "
            "our books, both on Langstone Avenue. The one who got it is 79 and already on a "
            "DOAC."
        ),
        [
            ("Mrs Singh", "name"),
            ("Langstone Avenue", "place"),
            ("79", "age"),
        ],
    ),
    (
        (
            "LD nurse, community team in Aberystwyth. Gethin (26) missed his depot because I'd "
            "written the appointment for 12/09 in the diary as 09/12. He became unwell and "
            "needed admission to Hafan Ward."
        ),
        [
            ("Aberystwyth", "place"),
            ("Gethin", "name"),
            ("26", "age"),
            ("12/09", "date"),
            ("09/12", "date"),
            ("Hafan Ward", "facility"),
        ],
    ),
    (
        (
            "Student midwife, 2nd year. At a water birth I called the 1-minute Apgar as 7 when "
            "it was more like 5 and didn't shout for help early enough. My mentor stepped in. "
            "Baby was fine by 5 mins but I keep replaying it."
        ),
        [],
    ),
    (
        (
            "Pharmacy dispenser in rural Vermont. Handed out sertraline 100 mg instead of 50 mg "
            "because the pharmacist's check sticker was on the wrong bag. The customer noticed "
            "at home and phoned us. I still feel sick about it."
        ),
        [],
    ),
    (
        (
            "Prison healthcare team. I handed out methadone from the wrong cell list because the "
            "landing had been reshuffled that morning. An officer spotted it. Doses were similar "
            "and nobody was harmed, but it's the worst thing that can go wrong in that room."
        ),
        [],
    ),
    (
        (
            "CAMHS. I missed a second appointment with a young person in crisis because the "
            "Outlook invite came through as tentative and I never accepted it. They were seen by "
            "the crisis team that night. I reread my calendar obsessively now."
        ),
        [],
    ),
    (
        (
            "I'm on the perioperative team at Lakeshore Surgical Centre. "
            "https://lakeshoresurgical.ca/staff/periop-team has my photo on it so I'm trusting "
            "you all lol. I didn't re-check the consent form and we started prepping the wrong "
            "knee."
        ),
        [
            ("Lakeshore Surgical Centre", "facility"),
            ("https://lakeshoresurgical.ca/staff/periop-team", "url"),
        ],
    ),
    (
        (
            "Ex vet nurse, now HCA on a care of the elderly ward. I did a Waterlow and scored it "
            "low because I forgot to add the continence points. The heel went red over the "
            "weekend. Caught at grade 1, but that was me."
        ),
        [],
    ),
    (
        (
            "> Hi Tomasz,\n> Following the incident on 2 March please complete a reflective "
            "account by Friday.\n> Kind regards,\n> Deborah Llewellyn-Smart, Matron, "
            "Theatres\n\nThat's the email I got. Still drafting it three weeks later."
        ),
        [
            ("Tomasz", "name"),
            ("2 March", "date"),
            ("Deborah Llewellyn-Smart", "name"),
        ],
    ),
    (
        (
            "LD nurse. Kerry-Ann has lived at the Heathers for eleven years and I've known her "
            "since she moved in. I gave her evening meds at 17:00 instead of 20:00 because I was "
            "covering two houses. She was fine but drowsy through tea. Her sister Marguerite "
            "rang me on 07811 402 993 to ask why, and I told her the truth."
        ),
        [
            ("Kerry-Ann", "name"),
            ("the Heathers", "facility"),
            ("Marguerite", "name"),
            ("07811 402 993", "phone"),
        ],
    ),
    (
        (
            "Theatre practitioner. On Tuesday 11th I was scrubbed for a lap chole and miscounted "
            "the swabs. The surgeon, Mr Abernethy-Cole, was great about it. The patient, a 52yo "
            "man, had an X-ray before he left recovery."
        ),
        [
            ("Tuesday 11th", "date"),
            ("Mr Abernethy-Cole", "name"),
            ("52yo", "age"),
        ],
    ),
    (
        (
            "Hosp social worker. I wrote 'family declined to be involved' on the assessment "
            "after one missed call. The daughter found out weeks later and it became a "
            "complaint. She'd been on a plane. I assumed, and I was wrong."
        ),
        [],
    ),
    (
        (
            "CAMHS therapist in Sudbury. I saw Brayden, aged 13, for his third session on "
            "21/02/2023 and forgot to lock the session notes on the shared drive. His dad found "
            "them. The clinic is Northridge Youth Wellness and I'm the only art therapist they "
            "have, so anyone there would know it's me."
        ),
        [
            ("Sudbury", "place"),
            ("Brayden", "name"),
            ("aged 13", "age"),
            ("21/02/2023", "date"),
            ("Northridge Youth Wellness", "facility"),
            ("the only art therapist they have", "self"),
        ],
    ),
    (
        (
            "Vermont, small town, one-pharmacist shop. Please don't be a jerk about this. I "
            "filled Mr. Dubois's lisinopril at his son's dose - son is also Mr. Dubois, same "
            "house, 41 Birchwood Lane. DOB 6/2/1948 for the dad."
        ),
        [
            ("Mr. Dubois", "name"),
            ("41 Birchwood Lane", "place"),
            ("6/2/1948", "date"),
        ],
    ),
    (
        (
            "## Reflection (Gibbs, sort of)\n**Description:** Nights, Band 6, gave 10 units of "
            "insulin instead of 1 because the 'u' looked like a zero.\n**Feelings:** "
            "sick.\n**Evaluation:** pt hypo at 05:00, BM 2.1, treated.\n**Action plan:** never "
            "accept a handwritten 'u', always query."
        ),
        [],
    ),
    (
        (
            "Pharmacy counter, Saturday rush. I gave a blister pack meant for Thursday's "
            "delivery to the wrong carer because they both said they were collecting for 'mum'. "
            "Caught within the hour. The pharmacist was lovely. I cried in the stockroom."
        ),
        [],
    ),
    (
        (
            "Message I sent the on-call at 3am:\n> Hi Dr Mensah-Boateng, bed 12 sats 86% on 4L, "
            "can u come?\nShe never got it because I'd texted the old mobile linked to bleep "
            "4412. Should've just bleeped."
        ),
        [
            ("Dr Mensah-Boateng", "name"),
            ("bleep 4412", "phone"),
        ],
    ),
    (
        (
            "> Pt: Ngaire Whitcombe, 73F, NHI HBX9921\n> Dx: #NOF L\n\nI copied that line into "
            "the wrong patient's discharge summary. Ward 4 at Te Awa Hospital, Nelson. The GP "
            "rang the ward very confused."
        ),
        [
            ("Ngaire Whitcombe", "name"),
            ("73F", "age"),
            ("NHI HBX9921", "record"),
            ("Te Awa Hospital", "facility"),
            ("Nelson", "place"),
        ],
    ),
    (
        (
            "**What happened:** I took a call at 02:40 from a woman whose dad had collapsed. I "
            "coded it as a fall instead of a possible cardiac arrest because she said he "
            "'slipped'. The crew still got there in 11 minutes but it should have been Cat "
            "1.\n\n**What I changed:** I ask 'is he breathing normally?' before anything else "
            "now."
        ),
        [],
    ),
    (
        (
            "OH nurse. A porter, Desmond Achterberg, came to me after a needlestick on 14/11/21. "
            "I logged it under the wrong reference, OH/2021/5532, so his follow-up bloods never "
            "got booked. Six weeks later he rang me on ext 3318 asking where his results were."
        ),
        [
            ("Desmond Achterberg", "name"),
            ("14/11/21", "date"),
            ("OH/2021/5532", "record"),
            ("ext 3318", "phone"),
        ],
    ),
    (
        (
            "Hospital social worker. I wrote to Mr and Mrs Kaczanowski at their old address, "
            "Flat 3, Henley Court, so they missed the best interests meeting for their son on 19 "
            "January."
        ),
        [
            ("Mr and Mrs Kaczanowski", "name"),
            ("Flat 3, Henley Court", "place"),
            ("19 January", "date"),
        ],
    ),
    (
        (
            "CAMHS therapist. I told a teenage client in our first session that everything she "
            "said was confidential, full stop. Then she disclosed something I had to share. She "
            "felt betrayed and I don't blame her. Explain the limits of confidentiality at the "
            "start. Always."
        ),
        [],
    ),
    (
        (
            "Khulna, during my community health posting. I wrote down the wrong village for a TB "
            "contact trace - Char Kalibari instead of Char Kalinagar - so the team went to the "
            "wrong place. The contact, Rokeya Khatun, wasn't screened for a month."
        ),
        [
            ("Char Kalibari", "place"),
            ("Char Kalinagar", "place"),
            ("Rokeya Khatun", "name"),
        ],
    ),
    (
        (
            "ICU nurse in Scotland. left a pt on the bedpan for 45 mins because I got pulled "
            "into a crash call next door and didn't hand it over. she was in tears when I came "
            "back. She was in her 90s and proud and I took that from her."
        ),
        [],
    ),
    (
        (
            "dispenser, grimsby, 19yrs on the counter. gave a lad called Kieran Dobbs someone "
            "elses inhaler because they had the same first name on the bag. his mum rang the "
            "shop on 01472 355 019 to complain and rightly so"
        ),
        [
            ("grimsby", "place"),
            ("Kieran Dobbs", "name"),
            ("01472 355 019", "phone"),
        ],
    ),
    (
        (
            "Student midwife. I recorded the fetal heart as 140 without palpating the maternal "
            "pulse. It was mum's heart rate. The CTG later showed decels. My mentor was kind; "
            "the debrief was not."
        ),
        [],
    ),
    (
        (
            "Quick one. I paged the wrong registrar at 04:00 for a deteriorating pt (NEWS2 of 7) "
            "and waited 20 min before realising. No crash call needed. Band 5, nights, three "
            "months in."
        ),
        [],
    ),
    (
        (
            "K+ was 6.1 on the afternoon gas and I didn't tell anyone until evening handover "
            "because I assumed the doctor had seen it on the system. They hadn't. Calcium "
            "gluconate at 19:30, ECG changes resolved. I'm a Band 6, I should know better."
        ),
        [],
    ),
    (
        (
            "CAMHS therapist in Ennis. Our team inbox is camhs.ennis.team@hsemail-west.ie and I "
            "sent a young person's risk assessment to their school's general address instead, "
            "office@scoilbhride-ennis.ie. The principal rang the mother before I could."
        ),
        [
            ("Ennis", "place"),
            ("camhs.ennis.team@hsemail-west.ie", "email"),
            ("office@scoilbhride-ennis.ie", "email"),
        ],
    ),
    (
        (
            "Call-taker at the Mackay comms centre. 02:14 on 5 August, the caller gave an "
            "address on Tarrant Rd, Mirrabook and I typed Tarrant St. The crew went to the wrong "
            "suburb. Job number 7719204-Q. The patient survived, no thanks to me."
        ),
        [
            ("Mackay comms centre", "facility"),
            ("5 August", "date"),
            ("Tarrant Rd, Mirrabook", "place"),
            ("7719204-Q", "record"),
        ],
    ),
    (
        (
            "Crisis line, Sudbury (Ontario). I gave a caller the wrong callback number - "
            "705-555-0148 instead of 705-555-0184. He couldn't get through. His name was Gord "
            "and he was 45. He's ok now, but only just."
        ),
        [
            ("Sudbury", "place"),
            ("705-555-0148", "phone"),
            ("705-555-0184", "phone"),
            ("Gord", "name"),
            ("he was 45", "age"),
        ],
    ),
    (
        (
            "Bangladesh, a district-level hospital, years ago. I hung a unit of blood without "
            "the bedside check with a second person because there wasn't one on the ward. It was "
            "the right unit. I still think about what would have happened if it wasn't."
        ),
        [],
    ),
    (
        (
            "HCA, used to be a vet nurse at Pawprint Vets in Nelson. Now at Riverside Rest Home. "
            "I gave a resident, Walter, his morning meds from his roommate's blister pack. He's "
            "88 and deaf, so he didn't question it."
        ),
        [
            ("Pawprint Vets", "facility"),
            ("Nelson", "place"),
            ("Riverside Rest Home", "facility"),
            ("Walter", "name"),
            ("He's 88", "age"),
        ],
    ),
    (
        (
            "OH nurse at Brightwater Occupational Health Clinic. I uploaded a manager's referral "
            "letter about an employee's alcohol dependence to the wrong staff file - employee "
            "no. 004417 instead of 004471. Half of HR could see it for a week."
        ),
        [
            ("Brightwater Occupational Health Clinic", "facility"),
            ("employee no. 004417", "record"),
            ("004471", "record"),
        ],
    ),
    (
        (
            "Occupational health. I cleared a nurse for exposure-prone procedures with only her "
            "surface antibody result and no core antibody. The audit caught it three months "
            "later. She was fine, but it was a proper gap and my signature was on it."
        ),
        [],
    ),
    (
        (
            "LD nurse in supported living. I didn't use the person's communication passport "
            "before their dental appointment and they became very distressed. We had to abandon "
            "it. Small in the grand scheme, but for them it was massive."
        ),
        [],
    ),
    (
        (
            "## What I did\nThe Pemberton-Ashes were adamant their mum wasn't to go to "
            "Larchfield Lodge, and I put it on the referral anyway because it was the only bed. "
            "She died there three weeks later. Complaint ref CMP/4412/23 is still open.\n## What "
            "I'd do now\nListen. Then listen again."
        ),
        [
            ("The Pemberton-Ashes", "name"),
            ("Larchfield Lodge", "facility"),
            ("CMP/4412/23", "record"),
        ],
    ),
    (
        (
            "Ambulance call-taker. The caller was Mr Horvath at 17 Quarry Close, Tullagreen. He "
            "told me it was his wife and she was 58. I sent a Cat 3 response when it should have "
            "been Cat 2."
        ),
        [
            ("Mr Horvath", "name"),
            ("17 Quarry Close", "place"),
            ("Tullagreen", "place"),
            ("she was 58", "age"),
        ],
    ),
    (
        (
            "Orthotist. I mixed up two patients' KAFO paperwork: **Mrs Aldous-Grey** and **Mr "
            "Penhale** were both booked for fitting on Thursday 16th. Their numbers were "
            "RJ-448120 and RJ-448210, one transposition apart. Mr Penhale ended up with a brace "
            "made to her measurements."
        ),
        [
            ("Mrs Aldous-Grey", "name"),
            ("Mr Penhale", "name"),
            ("Thursday 16th", "date"),
            ("RJ-448120", "record"),
            ("RJ-448210", "record"),
        ],
    ),
    (
        (
            "> 03:15 pt agitated, pulled out cannula. PRN haloperidol 0.5 mg given as per "
            "chart.\n\nThat was my entry. I'd missed that the chart had been changed to stop "
            "haloperidol because of his Parkinson's. The F1 hadn't updated the paper copy but I "
            "should have checked Epic. Pt ok, but it could have been really bad."
        ),
        [],
    ),
    (
        (
            "I'm a learning-disability nurse in the community. A man in his 30s with Down "
            "syndrome had his lamotrigine doubled by a locum and I didn't pick it up at my 2/7 "
            "review because I only looked at the front page of the MAR. He was drowsy for a "
            "week. No lasting harm, but I'm gutted."
        ),
        [],
    ),
    (
        (
            "I gave IV co-amoxiclav to a woman in her 80s with a penicillin allergy written on "
            "the front of the drug chart. The red band was missing. She got a rash, no "
            "anaphylaxis. The NICE NG51 sepsis clock had me rushing and I skipped the allergy "
            "question completely."
        ),
        [],
    ),
    (
        (
            "CAMHS therapist. I used a Winnicott-style 'good enough parent' framing in a session "
            "and the mum heard it as me saying her parenting was only just acceptable. She "
            "withdrew her son from therapy. I should have explained what I meant instead of "
            "assuming."
        ),
        [],
    ),
    (
        (
            "Dispenser at Cregan's Pharmacy on Dalkin Street. I handed Mrs Vella's methotrexate "
            "to her neighbour, who said she was collecting for 'the lady at number 9'. She "
            "wasn't. She's 84 and housebound, and I've served her for years."
        ),
        [
            ("Cregan's Pharmacy", "facility"),
            ("Dalkin Street", "place"),
            ("Mrs Vella", "name"),
            ("She's 84", "age"),
        ],
    ),
    (
        (
            "Writing this as myself: Dr. Elspeth Marrow-Quinn, child psychologist in Vermont, "
            "license #PSY-004812. I missed a disclosure in a family session because I was "
            "focused on the parents. I'm done hiding behind anonymity."
        ),
        [
            ("Elspeth Marrow-Quinn", "self"),
            ("license #PSY-004812", "self"),
        ],
    ),
    (
        (
            "Ex-veterinary nurse, now an HCA on Corrie Ward at the community hospital in Oban. I "
            "was the one who left the commode brake off. Mr Lachlan Tierney slid, bruised his "
            "hip, and his wife gave me a look I won't forget."
        ),
        [
            ("Corrie Ward", "facility"),
            ("Oban", "place"),
            ("Mr Lachlan Tierney", "name"),
        ],
    ),
    (
        (
            "I'm Priya Raghunathan, RGN, NMC PIN 09K7731E - yes, I'm posting under my own "
            "details because I'm done hiding. I gave the wrong insulin to a patient on Alderbank "
            "Ward in March. Mixups happen and I want to own mine."
        ),
        [
            ("Priya Raghunathan", "self"),
            ("NMC PIN 09K7731E", "self"),
            ("Alderbank Ward", "facility"),
        ],
    ),
    (
        (
            "Ambulance call-taker in Queensland. Caller was a teenager whose mum wasn't "
            "responding. I stuck to the script so rigidly that I missed her saying mum was "
            "diabetic. The crew found a BGL of 1.8 and glucagon sorted her. I keep thinking "
            "about those extra minutes."
        ),
        [],
    ),
    (
        (
            "Orthotist. I cast a child's AFO in too much plantarflexion and didn't re-check the "
            "angle before sending it off for manufacture. Within a week there was a pressure "
            "area over the navicular. Remade, reported, still annoyed with myself."
        ),
        [],
    ),
    (
        (
            "Perioperative. At WHO sign-out I said the instrument count was correct while the "
            "scrub nurse was still counting. We found a swab on the trolley, not in the patient, "
            "but I'd already said it out loud. Terrifying how easy that was."
        ),
        [],
    ),
    (
        (
            "Northern Ontario, inpatient mental health. I documented a restraint episode four "
            "hours late and got the times wrong. The review team picked it up and it looked like "
            "I'd hidden something, which I hadn't. Write it while it's fresh, even when you're "
            "exhausted."
        ),
        [],
    ),
    (
        (
            "Perioperative practitioner at Humberfield General in Grimsby. On 9 October 2022 I "
            "read the wrong side off the list for Mr Tennant because the list had been reordered "
            "after the first case. Caught at time-out, thank god. Datix INC-22-30917 if anyone "
            "from my trust wants to learn from it."
        ),
        [
            ("Humberfield General", "facility"),
            ("Grimsby", "place"),
            ("9 October 2022", "date"),
            ("Mr Tennant", "name"),
            ("INC-22-30917", "record"),
        ],
    ),
    (
        (
            "Student MW. my mentor asked me to do the newborn exam and i wrote the hips as "
            "normal without doing Barlow and Ortolani properly because baby was screaming and i "
            "was embarrassed. Told her after. She rechecked. Still mortified."
        ),
        [],
    ),
    (
        (
            "Student MW. Baby boy born at 03:12, Apgars 8 and 9. I labelled his cot card with "
            "the wrong surname - Hallworth instead of Haworth - and it went all the way to the "
            "hearing screen before Mum (Jodie, 19) spotted it."
        ),
        [
            ("Hallworth", "name"),
            ("Haworth", "name"),
            ("Jodie", "name"),
            ("19", "age"),
        ],
    ),
    (
        (
            "> From: j.oduya@stbrendanshosp.ie\n> Re: discharge for Mr Fitzgerald-Hayes\n\nThat "
            "was the email I ignored because it landed at 16:58 on a Friday. I'm the hospital "
            "social worker for the medical wards at St Brendan's in Ennis. He went home to no "
            "package of care."
        ),
        [
            ("j.oduya@stbrendanshosp.ie", "email"),
            ("Mr Fitzgerald-Hayes", "name"),
            ("the hospital social worker for the medical wards", "self"),
            ("St Brendan's", "facility"),
            ("Ennis", "place"),
        ],
    ),
    (
        (
            "Short one. Student midwife, Grimsby. Filed the CTG printout for Ms Ruth "
            "Adeyemi-Clark in the wrong set of notes. MRN 30118274. Found it two days later."
        ),
        [
            ("Grimsby", "place"),
            ("Ms Ruth Adeyemi-Clark", "name"),
            ("MRN 30118274", "record"),
        ],
    ),
    (
        (
            "LD nurse. I'd promised Dougie I'd be there for his blood test on the 4th of April "
            "at Kilbride Health Centre, his first in ten years. Got called to another crisis and "
            "didn't go. He refused, and nobody else knew his plan."
        ),
        [
            ("Dougie", "name"),
            ("4th of April", "date"),
            ("Kilbride Health Centre", "facility"),
        ],
    ),
    (
        (
            "Occ health nurse here. I signed someone off as fit for nights without reading their "
            "GP's note about uncontrolled epilepsy, because the referral had been scanned "
            "sideways and I skipped page 3. They had a seizure on shift in the sluice. They're "
            "ok. I'm not."
        ),
        [],
    ),
    (
        (
            "OH nurse. A student came in after a splash incident and I didn't document it, so "
            "later she was told there was no record. Her name's Amara Ilesanmi and she tagged my "
            "practice at instagram.com/amara.nurses.life in a post about it. I deserved it."
        ),
        [
            ("Amara Ilesanmi", "name"),
            ("instagram.com/amara.nurses.life", "url"),
        ],
    ),
    (
        (
            "Placement in Khulna with a charity team. I gave a family oral rehydration "
            "instructions at the wrong dilution because I'd converted a cup measurement badly. A "
            "local nurse caught it the next day. It changed how I use interpreters forever."
        ),
        [],
    ),
    (
        (
            "CAMHS. I put the wrong young person's initials on a safeguarding referral, case ref "
            "SG-23-00781. The social worker, Mr Oyelaran, rang me from 01472 880 214 to ask why "
            "I'd referred a child who had never been seen by us."
        ),
        [
            ("SG-23-00781", "record"),
            ("Mr Oyelaran", "name"),
            ("01472 880 214", "phone"),
        ],
    ),
    (
        (
            "Student midwife at Ysbyty Glan Teifi, Aberystwyth. On community placement I left a "
            "baby's blood spot card in my car for two days. Baby Ffion's card finally went off "
            "on 3rd May. My mentor, Sian Prydderch, made me ring the mum myself."
        ),
        [
            ("Ysbyty Glan Teifi", "facility"),
            ("Aberystwyth", "place"),
            ("Ffion", "name"),
            ("3rd May", "date"),
            ("Sian Prydderch", "name"),
        ],
    ),
    (
        (
            "Band 5 in theatres. I opened the wrong size implant tray because the two boxes are "
            "near-identical and I was rushing between lists. It was caught before incision but "
            "we lost 40 minutes and the consultant was fuming. Datix filed, my fault, lesson "
            "learnt."
        ),
        [],
    ),
    (
        (
            "OH nurse. I told a manager about an employee's diagnosis (bipolar, from my summary) "
            "when she had only consented to me sharing the adjustments. It was left over in the "
            "letter template from the previous case and I didn't edit it. Reportable breach. I'm "
            "absolutely sick about it."
        ),
        [],
    ),
    (
        (
            "## Near miss in recovery\nI silenced the PCA alarm because it kept going off and "
            "then forgot to re-enable it. Nothing happened, the pump was fine, but I only "
            "realised at the end of my shift. Perioperative practitioner, 5 years in."
        ),
        [],
    ),
    (
        (
            "Hospital social worker. I arranged a discharge to a care home over the Easter "
            "weekend without confirming they could manage a PEG feed. He was back through A&E 36 "
            "hours later. Every part of me knows I rushed it to free a bed."
        ),
        [],
    ),
    (
        (
            "Call handler. Ticket #CAD-230817-0442. The caller, Shauna, said her little boy was "
            "fitting and I got distracted by the address check. He's 4. He's fine. I'm not."
        ),
        [
            ("CAD-230817-0442", "record"),
            ("Shauna", "name"),
            ("He's 4", "age"),
        ],
    ),
    (
        (
            "On elective in Eldoret. We ran out of oxytocin on the labour ward and I didn't tell "
            "the midwife in charge until it was actually needed. The PPH was managed with "
            "misoprostol but it was far too close."
        ),
        [],
    ),
    (
        (
            "Student midwife on placement at Carrow Birth Centre. I documented the third stage "
            "as physiological when the midwife, Bronagh, had actually given syntometrine. Mum's "
            "notes (hosp no. C7731092) now have my wrong entry crossed out in red."
        ),
        [
            ("Carrow Birth Centre", "facility"),
            ("Bronagh", "name"),
            ("hosp no. C7731092", "record"),
        ],
    ),
    (
        (
            "Pharmacy tech in Nelson. I entered a warfarin dose for a 91-year-old as 5 mg daily "
            "instead of alternate days. NHI ZKT4471. Her GP at Maitai Medical caught it at the "
            "INR check, thank goodness."
        ),
        [
            ("Nelson", "place"),
            ("91-year-old", "age"),
            ("NHI ZKT4471", "record"),
            ("Maitai Medical", "facility"),
        ],
    ),
    (
        (
            "Hosp SW. Did a mental capacity assessment on a man in his 70s on a day when his UTI "
            "was clearly affecting him. Concluded he lacked capacity about discharge "
            "destination. Reassessed a week later and he absolutely had it. I nearly made a huge "
            "decision for him."
        ),
        [],
    ),
    (
        (
            "Call-taker, 8 months in. Caller on a bad line said 'chest' and I heard 'test'. "
            "Coded it as non-urgent. A colleague listening in flagged it within 2 minutes and we "
            "upgraded. I was shaking for the rest of the shift."
        ),
        [],
    ),
]

ROUND_18_B = [
    (
        (
            "MH support worker at the Rowans. I let Declan go out on unescorted leave when his "
            "paperwork clearly said escorted. He came back 2 hours later, fine, but I didn't "
            "know that for 2 hours."
        ),
        [
            ("the Rowans", "facility"),
            ("Declan", "name"),
        ],
    ),
    (
        (
            "Radiographer. I attached the report to the wrong record and the pt portal showed it "
            "to someone else: https://myimaging.westbrae.example/report/77451 — the scan was "
            "actually Fergus Lindqvist's."
        ),
        [
            ("https://myimaging.westbrae.example/report/77451", "url"),
            ("Fergus Lindqvist", "name"),
        ],
    ),
    (
        (
            "Flight nurse. Picked up a 3-year-old from the airstrip at Coldwater Flats and "
            "forgot to do a Broselow estimate before the ketamine. Dose was fine by luck, not by "
            "me."
        ),
        [
            ("3-year-old", "age"),
            ("Coldwater Flats", "place"),
        ],
    ),
    (
        (
            "Phlebotomist. Put the wrong label on Dorothy Quayle's INR sample, bed 12 on Heron "
            "Ward. She's 88 and her warfarin got doubled off a result that wasn't hers."
        ),
        [
            ("Dorothy Quayle", "name"),
            ("Heron Ward", "facility"),
            ("She's 88", "age"),
        ],
    ),
    (
        (
            "Mental-health support worker, supported living. I gave a resident her sertraline 50 "
            "mg twice because the MAR wasn't signed from the morning. GP said monitor, she was "
            "fine. I should've checked the blister pack."
        ),
        [],
    ),
    (
        (
            "Sexual-assault examiner. Forgot to offer emergency contraception before the client "
            "left. Rang her that afternoon and she came back, still well within 72h. My "
            "checklist has a big red box for it now."
        ),
        [],
    ),
    (
        (
            "Care assistant in a care home in Queensland. Didn't notice a resident had been "
            "pocketing her Sinemet for three days. Her Parkinson's got noticeably worse before "
            "we twigged. I was on all three of those shifts."
        ),
        [],
    ),
    (
        (
            "Eating-disorder therapist. My letter:\n> Dear Dr Nwachukwu,\n> Re: Imogen "
            "Fairweather, DOB 02/05/2006, NHS 485 772 1093\n\nI faxed it to the wrong practice "
            "entirely — it went to Lowther Road Surgery."
        ),
        [
            ("Dr Nwachukwu", "name"),
            ("Imogen Fairweather", "name"),
            ("02/05/2006", "date"),
            ("NHS 485 772 1093", "record"),
            ("Lowther Road Surgery", "facility"),
        ],
    ),
    (
        (
            "District nurse in rural Scotland. Changed a syringe driver at 14:00 and set it to "
            "run over 12h instead of 24h. Family rang at 22:00 saying it was alarming empty. He "
            "was comfortable but I'm gutted."
        ),
        [],
    ),
    (
        (
            "Outpatient radiographer. X-rayed the left knee instead of the right on a "
            "44-year-old man, request ref RAD/22/55120. My PIN is 09J1123E if anyone wants to "
            "report me lol (I already reported myself)."
        ),
        [
            ("44-year-old", "age"),
            ("RAD/22/55120", "record"),
            ("09J1123E", "self"),
        ],
    ),
    (
        (
            "Radiographer. Pressed expose before the pt had fully held his breath. Image "
            "blurred, had to repeat. Extra dose tiny but still."
        ),
        [],
    ),
    (
        (
            "Counsellor, very Rogers-leaning. I disclosed too much about my own bereavement in a "
            "session and the client ended up looking after *me*. Took it to supervision. Lesson "
            "learned."
        ),
        [],
    ),
    (
        (
            "Prison nurse at HMP Kestrel Fell. The man with prisoner number A7742DK got someone "
            "else's insulin on the evening round because the pens were in the wrong slots and I "
            "didn't read the label."
        ),
        [
            ("HMP Kestrel Fell", "facility"),
            ("A7742DK", "record"),
        ],
    ),
    (
        (
            "Flight nurse. At handover in the receiving ICU I forgot to mention the pt had "
            "ketamine 1 mg/kg in the air. They found it in my notes an hour later. No harm. My "
            "SBAR card lives in my pocket now."
        ),
        [],
    ),
    (
        (
            "Mental-health nurse in Sindh. I was late doing a 15-min obs check on a busy evening "
            "and the pt had self-harmed, superficially. Minor, but that's what obs are for."
        ),
        [],
    ),
    (
        (
            "I'm Bernadette Ó Cinnéide, I'll just own it. Let a forensic kit sit unrefrigerated "
            "over a long weekend because I didn't check the fridge log before I left."
        ),
        [
            ("Bernadette Ó Cinnéide", "self"),
        ],
    ),
    (
        (
            "Prison healthcare nurse. Did the methadone round and gave a man his dose without "
            "checking ID because 'everyone knows him'. It wasn't him. Both fine, logged on "
            "Datix."
        ),
        [],
    ),
    (
        (
            "Pharmacist. Bleep 4419 went off and I ignored it because I was on the phone to a "
            "GP. It was the ward asking about Mr Haverstock's digoxin. He'd had two doses by "
            "then."
        ),
        [
            ("Bleep 4419", "phone"),
            ("Mr Haverstock", "name"),
        ],
    ),
    (
        (
            "SANE here. Patient was a 19yo from the Carrow Heights estate. I forgot to "
            "photograph the bruising on her left forearm before she showered and it's now just "
            "my word in the notes."
        ),
        [
            ("19yo", "age"),
            ("the Carrow Heights estate", "place"),
        ],
    ),
    (
        (
            "Phlebotomy at Harrowgate Lane Clinic. Drew bloods from Tomasz Wierzbicki, 58, and "
            "stuck the previous pt's label on. Lab ticket LAB-88213 if anyone from the trust is "
            "reading, sorry."
        ),
        [
            ("Harrowgate Lane Clinic", "facility"),
            ("Tomasz Wierzbicki", "name"),
            ("58", "age"),
            ("LAB-88213", "record"),
        ],
    ),
    (
        (
            "I'm the only clinical pharmacist covering Kilbrannock Community Hospital at "
            "weekends, so this will probably out me anyway. I missed a vancomycin trough and the "
            "next dose went in on top of a level of 28."
        ),
        [
            (
                "the only clinical pharmacist covering Kilbrannock Community Hospital at weekends",
                "self",
            ),
        ],
    ),
    (
        (
            "Outpatient radiographer. Logged the dose under accession ACC2219904 for the wrong "
            "pt. Dr Fenwick-Hale caught it at reporting."
        ),
        [
            ("ACC2219904", "record"),
            ("Dr Fenwick-Hale", "name"),
        ],
    ),
    (
        (
            "PGY-2 on nights. Prescribed IV paracetamol 1 g for a pt who was maybe 40 kg. "
            "Pharmacist caught it on the morning round, only one dose went in. I was on my 4th "
            "night and barely standing."
        ),
        [],
    ),
    (
        (
            "Forensic nurse examiner, rural programme. Wrote the wrong collection time on a swab "
            "box and the lab flagged it.\n> Box 3: time amended, see late entry.\nChain of "
            "custody held, but I was mortified. Took it to peer review on Thursday."
        ),
        [],
    ),
    (
        (
            "Paramedic in Alberta. Called dispatch on 403-555-0178 with the wrong grid ref and "
            "the second crew went to the wrong end of the Sundance Trailer Park. Pt was Wendell "
            "Okimaw, cardiac arrest."
        ),
        [
            ("403-555-0178", "phone"),
            ("the Sundance Trailer Park", "place"),
            ("Wendell Okimaw", "name"),
        ],
    ),
    (
        (
            "Mental health nurse. I'd written a pt's Instagram in my notes "
            "(https://instagram.com/moth.girl.xo) and read it out in ward round with students "
            "there. Not my finest hour."
        ),
        [
            ("https://instagram.com/moth.girl.xo", "url"),
        ],
    ),
    (
        (
            "HCA on nights. Took a temp of 38.4 and didn't report it because the RN was on "
            "break. Told her 40 min later and the sepsis screen started then. 40 minutes."
        ),
        [],
    ),
    (
        (
            "Flight nurse, rotor wing, Wyoming. Forgot to reconnect the EtCO2 after moving the "
            "pt across from the stretcher. Noticed at 02:40 when the monitor alarmed for "
            "something else. No harm but 6 min with no capnography on an intubated pt."
        ),
        [],
    ),
    (
        (
            "Clinical pharmacist. The script for Mrs Evangelou said levothyroxine 1 mg — meant "
            "to be 100 micrograms. I didn't query it. Incident ref DX-2023-0917.\n\nPosted by "
            "Oluwaseun Barraclough, feel free to DM."
        ),
        [
            ("Mrs Evangelou", "name"),
            ("DX-2023-0917", "record"),
            ("Oluwaseun Barraclough", "self"),
        ],
    ),
    (
        (
            "Student nurse, 2nd yr. Manual BP was 160/95, I charted 106/95. Mentor spotted it on "
            "the NEWS chart within the hour. Tiny transposition but it properly shook me."
        ),
        [],
    ),
    (
        (
            "Outpatient physio. Did dry needling over the upper trap on a very slim pt without "
            "palpating properly. No pneumothorax, thank goodness, but I've stopped needling that "
            "area."
        ),
        [],
    ),
    (
        (
            "School social worker. A Year 9 disclosed something on a Friday afternoon and I "
            "waited until Monday to pass it to the DSL. Nothing happened over the weekend, but "
            "it could have."
        ),
        [],
    ),
    (
        (
            "Sexual-assault examiner. The officer, DC Harkins, gave me the crime ref 11/47762/23 "
            "and I wrote it on the wrong client's paperwork."
        ),
        [
            ("DC Harkins", "name"),
            ("11/47762/23", "record"),
        ],
    ),
    (
        (
            "Student midwife. I called a CTG 'normal' that my mentor classified as suspicious "
            "under NICE NG229. Baby was fine but I'd completely missed the decels."
        ),
        [],
    ),
    (
        (
            "ICU nurse. Took an ABG off the art line and didn't close the three-way tap "
            "properly. Noticed blood on the sheet 5 min later. Hb dropped from 98 to 95. Nobody "
            "shouted at me but I shouted at myself."
        ),
        [],
    ),
    (
        (
            "ED therapist. My client Saoirse (17) told me in session on the 3rd of February that "
            "she'd been skipping lunch again. I wrote it down and didn't tell the dietitian for "
            "a fortnight."
        ),
        [
            ("Saoirse", "name"),
            ("17", "age"),
            ("the 3rd of February", "date"),
        ],
    ),
    (
        (
            "Flight nurse, Wyoming. On 7/19/22 we flew Ruth-Ann Kessler out of Pinebluff "
            "Memorial and I programmed the norepi pump in mL/hr instead of mcg/kg/min. Caught it "
            "10 min in."
        ),
        [
            ("7/19/22", "date"),
            ("Ruth-Ann Kessler", "name"),
            ("Pinebluff Memorial", "facility"),
        ],
    ),
    (
        (
            "> 14/09/23 02:15 Pt Gerald Maunsey, MRN 71120458, found on floor beside bed. Obs "
            "stable. Dr informed.\n\nThat was my note. I'd left the bed rails down after turning "
            "him."
        ),
        [
            ("14/09/23", "date"),
            ("Gerald Maunsey", "name"),
            ("MRN 71120458", "record"),
        ],
    ),
    (
        (
            "Rehab physio in Queensland. Progressed a post-ACL pt to jumping at week 8. Effusion "
            "the next day and the surgeon was not impressed. Protocol says 12."
        ),
        [],
    ),
    (
        (
            "Physio in Alberta. Mrs Beaudry, 76, at Aspen Ridge Lodge — I forgot to put her hip "
            "protectors back on after hydro and she fell that evening. No fracture."
        ),
        [
            ("Mrs Beaudry", "name"),
            ("76", "age"),
            ("Aspen Ridge Lodge", "facility"),
        ],
    ),
    (
        (
            "District nursing out past Hollins Moss. The Ackroyds are both on insulin and I "
            "swapped their pens on a double visit. Their son rang the surgery on 01632 960418 "
            "when his dad went hypo."
        ),
        [
            ("Hollins Moss", "place"),
            ("The Ackroyds", "name"),
            ("01632 960418", "phone"),
        ],
    ),
    (
        (
            "Phlebotomist. Pt told me she 'sometimes faints' and I didn't lie her down. She went "
            "over in the chair and hit her head on the armrest. Obs fine, CT clear. I'm not."
        ),
        [],
    ),
    (
        (
            "Supported housing worker. The email chain:\n> From: m.lomax@greystonehousing.org\n> "
            "Subject: Shane Dwyer, room 4\nand I hit reply-all with his crisis plan attached. "
            "Eleven people got it."
        ),
        [
            ("m.lomax@greystonehousing.org", "email"),
            ("Shane Dwyer", "name"),
        ],
    ),
    (
        (
            "Vet nurse turned RN. First week on an acute medical unit I hung 0.9% NaCl on a pt "
            "with a 1.5 L/day fluid restriction. Caught at the 2-hourly check, about 200 mL in."
        ),
        [],
    ),
    (
        (
            "Paramedic. Job number CAD 4471-0923, 62 yo male at 4 Quarry Close, Brenthill. I "
            "didn't do a 12-lead because he said it was indigestion."
        ),
        [
            ("CAD 4471-0923", "record"),
            ("62 yo", "age"),
            ("4 Quarry Close", "place"),
            ("Brenthill", "place"),
        ],
    ),
    (
        (
            "District nurse. Wrote the key safe code for 19 Birchwood Rise on a sticky note and "
            "left it on the pt's kitchen table where the carers come and go. Code's been changed "
            "now."
        ),
        [
            ("19 Birchwood Rise", "place"),
        ],
    ),
    (
        (
            "counsellor in our GP practice. ran over by 20 mins w/ one client and the next one "
            "left before I came out. she didnt rebook for months. Winnicott would say something "
            "wise here, I just feel bad"
        ),
        [],
    ),
    (
        (
            "Paramedic in Alberta. Gave midazolam 5 mg IM to a seizing pt, then a second dose "
            "without noting when the first went in. Resps dropped to 8. BVM for a few minutes, "
            "full recovery in ED."
        ),
        [],
    ),
    (
        (
            "## What happened\nPhlebotomy clinic, Monday morning rush. I labelled two EDTA tubes "
            "at the desk instead of at the chair. Lab rejected one as a mismatch.\n\n## What I "
            "learned\nLabel at the chair. Every time. Even when the queue is out the door."
        ),
        [],
    ),
    (
        (
            "MH support worker. Text from a client:\n> hi its Jodie, can u ring me 07700 900447 "
            "im not ok\nSaw it at 9pm on my personal phone and didn't reply till morning. She "
            "was ok. I wasn't."
        ),
        [
            ("Jodie", "name"),
            ("07700 900447", "phone"),
        ],
    ),
    (
        (
            "Eating disorder therapist (CBT-E). Client's weight had dropped 1.2 kg over 2/52 and "
            "I didn't escalate to the MDT because she seemed so engaged. She was admitted the "
            "following week with a K+ of 2.8. Stable now, thank god."
        ),
        [],
    ),
    (
        (
            "Flight nurse, Queensland. We landed at the Murrumbine strip — tiny place, maybe 200 "
            "people — and I'd left the paeds bag at base. Child was 5."
        ),
        [
            ("Murrumbine", "place"),
            ("Child was 5", "age"),
        ],
    ),
    (
        (
            "ED therapist, adolescent service in New Zealand. Didn't ask about purging at "
            "assessment because the referral said restrictive only. Found out months later. "
            "DSM-5 criteria would've changed the whole plan."
        ),
        [],
    ),
    (
        (
            "Clinical pharmacist. Verified a gentamicin dose off last week's creatinine — the "
            "new one was 180. Level came back high, no AKI in the end. We've since changed the "
            "verification screen in Epic so it shows the latest U&E."
        ),
        [],
    ),
    (
        (
            "Rehab physio, neuro unit. Stood a pt with a recent stroke without checking postural "
            "BP first. He went grey and we sat him straight back down — BP 84/50. His NEWS2 had "
            "been 1 that morning. Felt awful."
        ),
        [],
    ),
    (
        (
            "Physio at Wakerley Rehab Unit. Used the wrong sling size on Mr Te Awa and he "
            "slipped in the hoist. Not hurt. ACC claim 8830217-K went in the next day."
        ),
        [
            ("Wakerley Rehab Unit", "facility"),
            ("Mr Te Awa", "name"),
            ("8830217-K", "record"),
        ],
    ),
    (
        (
            "Pharmacist in Hyderabad. Gave the wrong strength of glibenclamide to Mr Qureshi, "
            "aged 67. He was found hypo at home on Gulmohar Lane and his son called me on "
            "0300-5512844."
        ),
        [
            ("Mr Qureshi", "name"),
            ("aged 67", "age"),
            ("Gulmohar Lane", "place"),
            ("0300-5512844", "phone"),
        ],
    ),
    (
        (
            "School social worker: I put Tyrese's home address, 8 Cranmoor Walk, on a referral "
            "that went to the wrong agency. He's 12."
        ),
        [
            ("Tyrese", "name"),
            ("8 Cranmoor Walk", "place"),
            ("He's 12", "age"),
        ],
    ),
    (
        (
            "Outpatient radiographer. Did a PA chest on the wrong patient because I called a "
            "first name only in a packed waiting room and two people stood up. IR(ME)R "
            "notification made. I ask DOB every single time now."
        ),
        [],
    ),
    (
        (
            "care assistant at the Beeches. didnt write down that Nan Ellery refused her tea AND "
            "her jug. she was dry as anything by morning, sodium up. my fault"
        ),
        [
            ("the Beeches", "facility"),
            ("Nan Ellery", "name"),
        ],
    ),
    (
        (
            "Rehab physio on Fernhill Ward. Mr Dubicki slid to the floor during a transfer — I "
            "hadn't locked the wheelchair brakes. His daughter rang me on ext 3390 the next day, "
            "furious, and rightly."
        ),
        [
            ("Fernhill Ward", "facility"),
            ("Mr Dubicki", "name"),
            ("ext 3390", "phone"),
        ],
    ),
    (
        (
            "School social worker. Sent a referral for a Year 4 boy to "
            "j.hollinshead@brackmoor.sch.uk instead of the safeguarding inbox. His full name was "
            "in the subject line: Kayden Pryce."
        ),
        [
            ("j.hollinshead@brackmoor.sch.uk", "email"),
            ("Kayden Pryce", "name"),
        ],
    ),
    (
        (
            "Student nurse. My mentor, Nurse Okonkwo-Reid, asked me to recheck obs in bed 3 on "
            "Sunday 9th and I forgot. Pt had a NEWS of 7 by the time anyone looked."
        ),
        [
            ("Nurse Okonkwo-Reid", "name"),
            ("Sunday 9th", "date"),
        ],
    ),
    (
        (
            "Radiographer. Forgot to ask LMP before an AXR on a woman in her 20s. Turned out she "
            "was 6 weeks pregnant. Medical physics said the dose was negligible but I've never "
            "felt worse at work."
        ),
        [],
    ),
    (
        (
            "School social worker in Scotland. Emailed the whole staff list instead of just the "
            "head. It named Lacey and her little brother Cody and said where they'd been placed "
            "— Moorhouse Farm Cottages."
        ),
        [
            ("Lacey", "name"),
            ("Cody", "name"),
            ("Moorhouse Farm Cottages", "place"),
        ],
    ),
    (
        (
            "**Pharmacy counter, Saturday.** Handed a bag to the wrong person with the same "
            "surname. Caught it when the right pt came in ten minutes later. Rang the first "
            "lady, she came straight back. Breach reported."
        ),
        [],
    ),
    (
        (
            "MH support worker. Left a client's risk assessment on the printer in a shared "
            "office and someone from another team found it. Didn't go beyond the building but "
            "still."
        ),
        [],
    ),
    (
        (
            "Pharmacist. Dispensed metformin 850 mg instead of 500 mg — the boxes look almost "
            "identical on the shelf. Pt noticed at home. We've moved the boxes apart."
        ),
        [],
    ),
    (
        (
            "Midwife. Baby born 23:47 on 30 November 2021 to Precious Mbabazi at Kiborongo "
            "Health Centre III and I put 22:47 in the register. Took weeks to fix."
        ),
        [
            ("30 November 2021", "date"),
            ("Precious Mbabazi", "name"),
            ("Kiborongo Health Centre III", "facility"),
        ],
    ),
    (
        (
            "ED therapist in Ireland. Family session with Aoife and her mum Gráinne on Tuesday "
            "14th, then I left the food diary on the bus out to Kilcrenagh. Someone handed it "
            "in, but still."
        ),
        [
            ("Aoife", "name"),
            ("Gráinne", "name"),
            ("Tuesday 14th", "date"),
            ("Kilcrenagh", "place"),
        ],
    ),
    (
        (
            "Care home nurse in Ireland. Over Christmas I missed that a resident's food chart "
            "had been blank for two days. MUST went from 1 to 3."
        ),
        [],
    ),
    (
        (
            "Community midwife. Apgar 7 at 1 min, 9 at 5 — and I wrote 9 and 9 in the notes. "
            "Corrected it with a late entry once I realised. Small thing but it matters."
        ),
        [],
    ),
    (
        (
            "Hi Ciarán,\n\nJust to let you know the kit from Tuesday was logged under case "
            "#SA-19-0442 instead of -0424. Can you ring me on 087 441 9032?\n\nThat email from "
            "our lab is how I found out I'd transposed the case number on a sexual assault kit."
        ),
        [
            ("Ciarán", "name"),
            ("case #SA-19-0442", "record"),
            ("087 441 9032", "phone"),
        ],
    ),
    (
        (
            "Band 5 on a surgical ward. Gave the 18:00 enoxaparin 40 mg to the pt in bed 6 "
            "instead of bed 7 — both in their 70s, both post-op hips. Realised at 18:20, told "
            "the nurse in charge, anti-Xa came back fine. Still feel sick about it."
        ),
        [],
    ),
    (
        (
            "Clinical pharmacist at St Colmcille's. Approved a TPN bag for the wrong weight — "
            "Baby Ní Fhlannagáin was 1.1 kg, not 1.7. Neonatal team caught it before it went up."
        ),
        [
            ("St Colmcille's", "facility"),
            ("Baby Ní Fhlannagáin", "name"),
        ],
    ),
    (
        (
            "Clinical pharmacist on ICU. Missed that a pt on linezolid was also on an SSRI. Mild "
            "serotonin toxicity the next day — clonus, temp 38.1, lactate 4.2 at worst. Resolved "
            "within 48h."
        ),
        [],
    ),
    (
        (
            "Paramedic. Left a pt's bag of meds in the ambulance after handover. Drove them back "
            "to A&E the next morning, but she'd missed her levothyroxine."
        ),
        [],
    ),
    (
        (
            "District nurse. Went to Mrs Threlkeld at 22 Ashdown Terrace for her leg dressings "
            "and put the wrong compression bandage on. She's 91 and didn't say a word about the "
            "pain for two days."
        ),
        [
            ("Mrs Threlkeld", "name"),
            ("22 Ashdown Terrace", "place"),
            ("She's 91", "age"),
        ],
    ),
    (
        (
            "District nurse on a rural round. I did the Waterlow but skipped the heel check "
            "because the pt was asleep and I didn't want to wake him. Two days later, grade 2 "
            "pressure ulcer. Datix done, family told. I keep replaying it."
        ),
        [],
    ),
    (
        (
            "School nurse. Gave a child paracetamol without checking the consent form was "
            "current for this school year. Parent was fine about it but the policy exists for a "
            "reason."
        ),
        [],
    ),
]
