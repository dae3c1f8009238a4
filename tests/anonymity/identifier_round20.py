"""Round 20 of issue 14's evaluation, the latest untouched set: 160 stories (80 safe, 216 spans)
from two helpers who saw only the labeling guide (identifier_round2.md), never the check's rules,
corpora or code. E: stroke-unit nurses, early-intervention psychosis workers, podiatrists, NICU
pharmacists, prison GPs, night care assistants, family therapists, community paramedics, radiology
nurses, nursing associates (Bridlington, Tuam, Yorkton, Kabale, Emerald, South Dakota, Cardigan,
Mymensingh, Thurso, Greymouth). F: theatre recovery nurses, autism assessment clinicians,
respiratory physiotherapists, substance-misuse counsellors, community pharmacists, health visitors,
mortuary technicians, sonographers, child-protection social workers, crisis paramedics (Whitehaven,
Bantry, Swift Current, Hoima, Charters Towers, Idaho, Llandrindod Wells, Larkana, Wick, Kaikōura).
Measured once with the rules written against rounds 1 to 11, 13 to 15, 18 and 19, and nothing
written against it: see test_identifiers.py and bench/README.md. Entries as in identifier_corpus."""

ROUND_20_E = [
    (
        (
            "> Hi Tamsin,\n> Just to confirm Dylan Ferreira (MRN 7730192) was given his "
            "clozapine late again on Ward 4 at Ashcombe Infirmary — please ring me on 01632 448 "
            "901.\nThat was the email I got two days after my mistake."
        ),
        [
            ("Tamsin", "name"),
            ("Dylan Ferreira", "name"),
            ("MRN 7730192", "record"),
            ("Ashcombe Infirmary", "facility"),
            ("01632 448 901", "phone"),
        ],
    ),
    (
        (
            "Community paramedic out of Kellerby Flats. Attended Joan Sturridge, 91, after a "
            "fall at 6 Quarry Lane and left her at home because she refused. She was found on "
            "the floor the next morning."
        ),
        [
            ("Kellerby Flats", "place"),
            ("Joan Sturridge", "name"),
            ("91", "age"),
            ("6 Quarry Lane", "place"),
        ],
    ),
    (
        (
            "PGY-2 in Ontario. Ordered enoxaparin 40 mg daily on a pt with CrCl 22 and didn't "
            "adjust. Pharmacy flagged it next day. Nobody harmed, lots of learning."
        ),
        [],
    ),
    (
        (
            "Midwife. Apgar 7 at 1 min, 9 at 5, and I documented it backwards in the notes. "
            "Spotted it myself at handover and wrote a retrospective entry. Tiny thing but it "
            "rattled me."
        ),
        [],
    ),
    (
        (
            "F1, first week of August. Prescribed paracetamol 1 g QDS for a pt weighing 41 kg. "
            "Nurse caught it. ICD-10 codes I can remember, doses apparently not."
        ),
        [],
    ),
    (
        (
            "Prison healthcare, Scotland. Missed a diabetic's teatime insulin because lockdown "
            "came at 17:00 and I didn't push to get onto the wing. BM was 22 at breakfast."
        ),
        [],
    ),
    (
        (
            "MFT in South Dakota, practice out in Prairie Hollow. Left a voicemail with clinical "
            "details for my client Renata on her work line, 605-555-0147 — her boss heard it."
        ),
        [
            ("Prairie Hollow", "place"),
            ("Renata", "name"),
            ("605-555-0147", "phone"),
        ],
    ),
    (
        (
            "Marriage and family therapist. Sent a session summary to the wrong partner — both "
            "emails were on the client record and I picked the one who wasn't meant to get "
            "individual notes. Reported it within the hour."
        ),
        [],
    ),
    (
        (
            "HCA, nights, Lavender Court nursing home. Gave Stanislaw the normal diet when he "
            "was on IDDSI level 4. He coughed through the whole meal. I'm so sorry Stan."
        ),
        [
            ("Lavender Court", "facility"),
            ("Stanislaw", "name"),
        ],
    ),
    (
        (
            "Sign-off from my statement:\n> Signed, Gwenllian Parry-Evans, Community Psychiatric "
            "Nurse, 28/02/2024\nYes I'm posting my actual statement. The error was a missed "
            "depot."
        ),
        [
            ("Gwenllian Parry-Evans", "self"),
            ("28/02/2024", "date"),
        ],
    ),
    (
        (
            "Nights, HCA in a little care home in Drumshallon (if you know, you know). Gave the "
            "wrong lady her teeth back and nobody noticed till breakfast."
        ),
        [
            ("Drumshallon", "place"),
        ],
    ),
    (
        (
            "EIP worker here. Young man in his early 20s, first episode, I was sure the "
            "risperidone had settled things so I pushed his review back 2/7. He ended up in A&E "
            "on the Sunday. Nothing catastrophic but I keep replaying it."
        ),
        [],
    ),
    (
        (
            "> Discharge letter, 23/06/23\n> Patient: Wilhelmina Crace, NHS no. 482 119 7730\n> "
            "Meds: bisoprolol 2.5 mg OD\nIt should have said 1.25. My letter, my signature."
        ),
        [
            ("23/06/23", "date"),
            ("Wilhelmina Crace", "name"),
            ("NHS no. 482 119 7730", "record"),
        ],
    ),
    (
        (
            "Early intervention psychosis team, Queensland. I promised a young woman I'd call "
            "her back on the Friday and forgot. She was admitted on the Monday. Maybe unrelated. "
            "Still."
        ),
        [],
    ),
    (
        (
            "Radiographer. X-rayed the left wrist when the request said right, because the pt "
            "pointed at the left. The request was correct. IR(ME)R report done, extra dose "
            "minimal."
        ),
        [],
    ),
    (
        (
            "## What happened\nNICU, Band 7 pharmacist. Gentamicin 5 mg/kg was verified at 10x "
            "because the weight went into Epic in grams not kg. The nurse caught it at 02:15 "
            "before it ran.\n## What I changed\nI now read the weight out loud on every neonatal "
            "verification."
        ),
        [],
    ),
    (
        (
            "HCA on nights. Fed a gentleman whose 'nil by mouth' sign had fallen behind the bed. "
            "Videofluoroscopy showed silent aspiration on the Tuesday. He was ok but on "
            "antibiotics for a week."
        ),
        [],
    ),
    (
        (
            "**Things I got wrong on one ED shift in South Dakota:**\n- charted the K+ 6.1 as "
            "5.1\n- didn't repeat the ECG\n- handed over via SBAR but left out the potassium\nPt "
            "was fine after calcium gluconate and insulin-dextrose. I wasn't."
        ),
        [],
    ),
    (
        (
            "Early intervention, Bangladesh, community team based at Shapla Nagar Upazila Health "
            "Complex. My client Rafiqul, 22, stopped his olanzapine and I didn't visit for a "
            "month."
        ),
        [
            ("Shapla Nagar Upazila Health Complex", "facility"),
            ("Rafiqul", "name"),
            ("22", "age"),
        ],
    ),
    (
        (
            "Prison GP. I referred Mr Delacroix-Hume to the wrong hospital — Brantwood Royal "
            "instead of Castleton Infirmary — and he missed his chemo slot."
        ),
        [
            ("Mr Delacroix-Hume", "name"),
            ("Brantwood Royal", "facility"),
            ("Castleton Infirmary", "facility"),
        ],
    ),
    (
        (
            "School nurse at Pendlebury Heath Primary. A Year 2 girl, Isla-Rae, age 6, had her "
            "adrenaline pen in the wrong bag on the trip and I didn't check before the coach "
            "left."
        ),
        [
            ("Pendlebury Heath Primary", "facility"),
            ("Isla-Rae", "name"),
            ("age 6", "age"),
        ],
    ),
    (
        (
            "HCA on nights in a care home in Yorkshire. Lady in her 90s with a Waterlow of 18, I "
            "skipped the 4am turn because two buzzers were going at once. Found a category 2 on "
            "her sacrum at 8. I told the nurse straight away."
        ),
        [],
    ),
    (
        (
            "I'm the only nurse practitioner at the Birchwater Rural Health Centre, so yes this "
            "is traceable. Missed sepsis in a 3yo on Boxing Day."
        ),
        [
            ("the only nurse practitioner at the Birchwater Rural Health Centre", "self"),
            ("3yo", "age"),
        ],
    ),
    (
        (
            "Paramedic. Pt's wife gave me his GP's email, drmoyo.practice@quaysidemed.co, to "
            "send the ECG to. I sent it to the wrong Moyo."
        ),
        [
            ("drmoyo.practice@quaysidemed.co", "email"),
            ("Moyo", "name"),
        ],
    ),
    (
        (
            "I'm the only podiatrist covering the Dunmore Glen clinic, so anyone from round here "
            "will know it was me. Cut too deep on an ingrown nail on a diabetic gent and it got "
            "infected."
        ),
        [
            ("the only podiatrist covering the Dunmore Glen clinic", "self"),
        ],
    ),
    (
        (
            "Podiatrist. Nicked a patient on warfarin during nail surgery and hadn't checked the "
            "INR first (it was 4.1). Bled for ages. He was in his 80s and so patient with me."
        ),
        [],
    ),
    (
        (
            "Stroke unit, nights. Gave 300 mg aspirin PR to a gent in bed 6 before the CT report "
            "was back — turned out to be a bleed. Reg was lovely about it but I still feel sick. "
            "Datix done, learning session booked for April."
        ),
        [],
    ),
    (
        (
            "**Incident:** wrong patient for CT\n**Patient:** Horace Bellweather, 83\n**Ref:** "
            "IR-2023-0481\n**Reporter:** me\nI sent the wrong Horace. There were two in the "
            "department."
        ),
        [
            ("Horace Bellweather", "name"),
            ("83", "age"),
            ("IR-2023-0481", "record"),
        ],
    ),
    (
        (
            "Stroke nurse. His daughter rang the ward from 07911 302 845 to say her dad looked "
            "different and I told her it was just tiredness. He'd extended."
        ),
        [
            ("07911 302 845", "phone"),
        ],
    ),
    (
        (
            "Community paramedic, NZ. Job number 24-118830. Attended a woman at the campground "
            "at Kōtuku Bend and gave her ondansetron even though she'd told me she might be "
            "pregnant."
        ),
        [
            ("Job number 24-118830", "record"),
            ("Kōtuku Bend", "place"),
        ],
    ),
    (
        (
            "Podiatry home visit to 21 Ferrier Close on the Hollins Bank estate. Used the same "
            "scalpel handle for two residents in the house by mistake. Both were screened."
        ),
        [
            ("21 Ferrier Close", "place"),
            ("the Hollins Bank estate", "place"),
        ],
    ),
    (
        (
            "Pharmacy tech. Labelled 'sertraline 50 mg' on a bottle of sertraline 100 mg. "
            "Checker caught it. Tiny, but I'm posting because I think we underestimate these."
        ),
        [],
    ),
    (
        (
            "Radiology nurse. Dr Faircloth asked me to push contrast before the allergy check "
            "and I did. The patient, Lyle, had hives within a minute. I'm the sole IV-certified "
            "nurse in the imaging suite at Badlands Ridge Hospital, so no point hiding it."
        ),
        [
            ("Dr Faircloth", "name"),
            ("Lyle", "name"),
            ("the sole IV-certified nurse in the imaging suite at Badlands Ridge Hospital", "self"),
        ],
    ),
    (
        (
            "Radiology nurse. On 17 September 2022 I gave gadolinium to a lady with a pacemaker "
            "listed on her form. Nothing happened, thankfully. Datix ref DX-22-5519."
        ),
        [
            ("17 September 2022", "date"),
            ("DX-22-5519", "record"),
        ],
    ),
    (
        (
            "Ward 11C at Glenmoriston General, stroke unit. 03:00, Mrs Halvorsen's BP was "
            "220/120 post-thrombolysis and I waited for the next obs round instead of calling. "
            "She was ok."
        ),
        [
            ("Ward 11C at Glenmoriston General", "facility"),
            ("Mrs Halvorsen", "name"),
        ],
    ),
    (
        (
            "NICU pharmacy. Baby Ottoline, 3 days old at the time, got a 10x vancomycin because "
            "I transposed 1.4 and 14 on the worksheet. Incident ref INC-66021-Q. Consultant was "
            "kind."
        ),
        [
            ("Baby Ottoline", "name"),
            ("3 days old", "age"),
            ("INC-66021-Q", "record"),
        ],
    ),
    (
        (
            "# Omnicell override\nICU, night 3 of 4. Pulled noradrenaline on override for the "
            "wrong bed because the Omnicell screen defaulted to the last patient. Didn't give "
            "it, but the count was off and I panicked. Reported it through Datix next morning."
        ),
        [],
    ),
    (
        (
            "MFT. Couple came to me — the Abernathy-Quills — and I accidentally called the "
            "husband by the name of his wife's ex in session. They didn't come back."
        ),
        [
            ("the Abernathy-Quills", "name"),
        ],
    ),
    (
        (
            "Reflection for revalidation — Sorcha Ní Bhraonáin RN, PIN 14J2207I. On a night "
            "shift I gave enoxaparin to the wrong bed after a bay swap nobody had updated on the "
            "board."
        ),
        [
            ("Sorcha Ní Bhraonáin", "self"),
            ("14J2207I", "self"),
        ],
    ),
    (
        (
            "School nurse. Let a boy go back to class after a head bump at lunch without ringing "
            "home — our policy says call parents for any head injury. He vomited at 14:30. CT "
            "normal, thank God."
        ),
        [],
    ),
    (
        (
            "> Pt refused 02:00 obs, states 'leave me alone'. Will reattempt.\nThat was my "
            "entry. I didn't reattempt. NEWS2 at 06:00 was 7. HCA on nights, still learning when "
            "to push."
        ),
        [],
    ),
    (
        (
            "Community paramedic in rural Queensland, 4 hrs from the nearest CT. Pt was Dougal "
            "Renwick, 58, out on the Coolabah Downs property. I called it angina; it was a "
            "dissection."
        ),
        [
            ("Dougal Renwick", "name"),
            ("58", "age"),
            ("Coolabah Downs", "place"),
        ],
    ),
    (
        (
            "NA on a surgical ward over Christmas. Gave oramorph 10 mg instead of 5 because the "
            "syringe markings confused me. Pt was drowsy, RR 10, naloxone not needed. I cried in "
            "the sluice."
        ),
        [],
    ),
    (
        (
            "EIP care coordinator. I read the DSM-5 criteria out to a family in a way that made "
            "them feel their son was 'mad'. Lost engagement for months. It was my tone more than "
            "anything."
        ),
        [],
    ),
    (
        (
            "HCA on nights at Haddow Lodge. Left Mr Penwarden's call bell out of reach after the "
            "2am turn and he rang reception at 4 instead, bless him. Nurse in charge was Bryony "
            "and she was brilliant."
        ),
        [
            ("Haddow Lodge", "facility"),
            ("Mr Penwarden", "name"),
            ("Bryony", "name"),
        ],
    ),
    (
        (
            "Radiology. Case ref RAD/21/0093. Pt Mr Eberhardt, wrong side marked on the biopsy "
            "consent, caught at the time-out."
        ),
        [
            ("RAD/21/0093", "record"),
            ("Mr Eberhardt", "name"),
        ],
    ),
    (
        (
            "Community paramedic. Called a chest pain musculoskeletal after a normal 12-lead, no "
            "point-of-care trop available, man in his 50s. STEMI two hours later at the district "
            "general. He survived. I rewrote my whole approach."
        ),
        [],
    ),
    (
        (
            "Counsellor. Left a client's notes open on screen in the shared CAMHS office for "
            "about ten minutes over lunch. Nobody saw anything as far as I know, I reported it "
            "anyway."
        ),
        [],
    ),
    (
        (
            "EIP worker. My client Precious (19) had told me about voices telling her to walk "
            "into the lake at Moorcroft Park and I didn't put it in the risk assessment. She's "
            "ok now."
        ),
        [
            ("Precious", "name"),
            ("19", "age"),
            ("Moorcroft Park", "place"),
        ],
    ),
    (
        (
            "Stroke unit Band 5. Missed the 4-hourly neuro obs at 22:00 because of an admission. "
            "GCS dropped 15 to 12 by midnight. Reg came quick, CT showed extension. I'd never "
            "felt so small."
        ),
        [],
    ),
    (
        (
            "Therapist. My client (Jody, 16) told me something in session that needed "
            "safeguarding and I waited until Monday 8th to raise it."
        ),
        [
            ("Jody", "name"),
            ("16", "age"),
            ("Monday 8th", "date"),
        ],
    ),
    (
        (
            "Stroke nurse. Swallow screen done and passed, but I didn't rescreen after his "
            "second TIA overnight. Aspiration pneumonia by the weekend. Learnt: rescreen after "
            "any neuro change."
        ),
        [],
    ),
    (
        (
            "Stroke nurse in Wales. NIHSS was 4 on arrival and I scored it 2 the next morning "
            "without comparing — missed that his arm drift was worse. Consultant picked it up on "
            "ward round. It still stings."
        ),
        [],
    ),
    (
        (
            "Community paramedic, Queensland. Diabetic in his 60s, BGL 2.1, gave glucagon and "
            "oral glucose, came up to 6.4 and refused transport. I didn't leave a written hypo "
            "plan. He was found hypo again that night."
        ),
        [],
    ),
    (
        (
            "Pharmacist at a community pharmacy counter in Texas. Handed out someone else's "
            "methotrexate bag because the surnames started the same and I didn't confirm DOB. "
            "Caught them in the car park."
        ),
        [],
    ),
    (
        (
            "NICU. The Okonkwo-Lindqvist twins, born 4th May, got each other's feeds for a whole "
            "shift. I was the nurse who made up the syringes."
        ),
        [
            ("Okonkwo-Lindqvist", "name"),
            ("4th May", "date"),
        ],
    ),
    (
        (
            "Text from the daughter afterwards:\n> hi its Marguerite, mum still says her foot "
            "hurts from tuesday, can u call 0412 558 730\nI was the one who'd dismissed it as "
            "bruising. X-ray showed a 5th metatarsal fracture."
        ),
        [
            ("Marguerite", "name"),
            ("0412 558 730", "phone"),
        ],
    ),
    (
        (
            "Nursing associate on Coldharbour Ward, Saint Ebba's Hospital. Put a blood glucose "
            "of 2.8 down as 28 in the chart for Ronan Gilfeather. Nobody noticed until morning."
        ),
        [
            ("Coldharbour Ward", "facility"),
            ("Saint Ebba's Hospital", "facility"),
            ("Ronan Gilfeather", "name"),
        ],
    ),
    (
        (
            "podiatry clinic in rural Saskatchewan, middle of winter. Missed a grade 2 ulcer on "
            "a diabetic foot because the pt kept his sock on and I didnt insist. HbA1c 11.2. He "
            "lost the toe in February."
        ),
        [],
    ),
    (
        (
            "Physio on a stroke rehab ward. Stood a lady with a Berg of 12 with one assist on a "
            "Friday afternoon and she slid to the floor. No injury. Should have been two, I know "
            "that now."
        ),
        [],
    ),
    (
        (
            "MFT. Left the session notes for the Pemberton-Achebe family on the train on "
            "Thursday 12 October. Someone handed them in to lost property."
        ),
        [
            ("the Pemberton-Achebe family", "name"),
            ("Thursday 12 October", "date"),
        ],
    ),
    (
        (
            "Prison GP at HMP Wendlecombe. I signed a methadone titration for prisoner A7731CQ "
            "without reviewing the previous day's dose. He was very sedated by lunch."
        ),
        [
            ("HMP Wendlecombe", "facility"),
            ("A7731CQ", "record"),
        ],
    ),
    (
        (
            "> From: k.lisowska@marshgatehealth.org\n> Re: dose query for Ferdie Amwell, DOB "
            "02/11/2019\nI never answered that email. Ferdie went home on the wrong "
            "levetiracetam strength."
        ),
        [
            ("k.lisowska@marshgatehealth.org", "email"),
            ("Ferdie Amwell", "name"),
            ("02/11/2019", "date"),
        ],
    ),
    (
        (
            "NICU pharmacist in Bangladesh, big teaching hospital. Caffeine citrate loading dose "
            "went out as maintenance because the two bottles looked identical. Caught at the cot "
            "side. We've since separated the shelves."
        ),
        [],
    ),
    (
        (
            "MFT, private practice. I let a couple's session run 20 mins over because it felt "
            "'productive' and she missed her train and then the school pick-up. Lost them as "
            "clients. Winnicott would say good enough, my supervisor said boundaries."
        ),
        [],
    ),
    (
        (
            "Radiology nurse. Cannulated the wrong arm on a lady with a previous mastectomy "
            "because she was asleep and the alert didn't show on the PACS side. She was "
            "gracious. I wasn't gracious with myself."
        ),
        [],
    ),
    (
        (
            "Community paramedic on the West Coast of New Zealand. Left an older man at home "
            "after a fall, GCS 15, no obvious injury, on warfarin. He came in next day with a "
            "subdural. I think about him every time I drive past the river."
        ),
        [],
    ),
    (
        (
            "Nursing associate, 2nd year. Gave Sinemet 45 minutes late to a Parkinson's patient "
            "because the trolley was locked and the keyholder was on break. He froze in the "
            "bathroom. NICE NG71 basically says time-critical means time-critical 😞"
        ),
        [],
    ),
    (
        (
            "NICU pharmacist. Our TPN order page, https://tpn.wrenfordnhs.uk/order?baby=77193, "
            "was still open when I walked away and a student changed the lipid rate."
        ),
        [
            ("https://tpn.wrenfordnhs.uk/order?baby=77193", "url"),
        ],
    ),
    (
        (
            "Prison GP. Assumed a man's confusion was intoxication. Sodium 118. Reception screen "
            "at 19:00 on a Friday. He recovered in the local general hospital."
        ),
        [],
    ),
    (
        (
            "Nursing associate in our GP practice. Gave an injected flu vaccine to a child who "
            "was only due the nasal one. Mum was fine, the immunisation lead was fine, I'm not "
            "fine."
        ),
        [],
    ),
    (
        (
            "Stroke unit, nights. Mr Alwyn Treharne in bed 3 had alteplase running and I missed "
            "his 15-min obs because Mrs Dudley-Kent next door was pulling at her NG. He was fine "
            "but I keep thinking about it."
        ),
        [
            ("Mr Alwyn Treharne", "name"),
            ("Mrs Dudley-Kent", "name"),
        ],
    ),
    (
        (
            "Radiology nurse. Gave IV contrast to a pt with eGFR 28 because the form said 'renal "
            "function OK' and I didn't open the bloods myself. No AKI in the end, creatinine "
            "stable, but it shook me."
        ),
        [],
    ),
    (
        (
            "Prison healthcare. Bleep 4417 was the on-call GP and I kept bleeping 4471 for an "
            "hour. Meanwhile Mr Kaczmarek on C-wing was fitting."
        ),
        [
            ("Bleep 4417", "phone"),
            ("4471", "phone"),
            ("Mr Kaczmarek", "name"),
        ],
    ),
    (
        (
            "Pharmacist. The patient's portal link was in the referral — "
            "https://myhealth.trevannionclinic.net/pt/44812 — and I pasted the whole thing into "
            "the team chat by mistake."
        ),
        [
            ("https://myhealth.trevannionclinic.net/pt/44812", "url"),
        ],
    ),
    (
        (
            "Prison GP. Restarted pregabalin 300 mg BD on transfer without checking the last "
            "dispensing date — he'd been off it for weeks and got very drowsy. Healthcare "
            "manager was fair, the Monday MDT less so."
        ),
        [],
    ),
    (
        (
            "Marriage and family therapist, in my 30s. I disclosed my own divorce in session to "
            "'normalise' things and the husband latched onto it for weeks. Rogers would call it "
            "genuineness; my supervisor called it self-disclosure without purpose."
        ),
        [],
    ),
    (
        (
            "HCA on nights in Ireland. Forgot to re-set the bed alarm after a toileting round. "
            "Lady in her 80s fell at 03:40, no fracture. The quiet after the thump is what I "
            "keep hearing."
        ),
        [],
    ),
    (
        (
            "Healthcare assistant. Gave Mrs Thistlethwaite sugar in her tea — she's a brittle "
            "diabetic, aged 77. I'd been told twice that week."
        ),
        [
            ("Mrs Thistlethwaite", "name"),
            ("aged 77", "age"),
        ],
    ),
    (
        (
            "NA, stroke rehab. On the 9th of January I transferred Mr Obuya with one carer "
            "instead of two. He slid but didn't fall. Ward manager Kezia Marlowe was fair about "
            "it."
        ),
        [
            ("the 9th of January", "date"),
            ("Mr Obuya", "name"),
            ("Kezia Marlowe", "name"),
        ],
    ),
]

ROUND_20_F = [
    (
        (
            "Pharmacist. A repeat went to the wrong house because the portal page "
            "https://repeats.fernleafpharmacy.example/patient/88312 pulled up a different person "
            "with the same surname. The Gallardos were very understanding."
        ),
        [
            ("https://repeats.fernleafpharmacy.example/patient/88312", "url"),
            ("The Gallardos", "name"),
        ],
    ),
    (
        (
            "Theatre recovery, Ward 12C at St Aldhelm's. I gave morphine to Gwen Farrant without "
            "checking her allergy band. Rash within minutes. My chart note:\n> 14/06/23 03:15 "
            "urticarial rash post morphine 2mg IV. Dr Obuya informed. RN K. Maitland"
        ),
        [
            ("Ward 12C at St Aldhelm's", "facility"),
            ("Gwen Farrant", "name"),
            ("14/06/23", "date"),
            ("Dr Obuya", "name"),
            ("K. Maitland", "self"),
        ],
    ),
    (
        (
            "Pharmacist. Email from the surgery:\n> Dear colleague, re: Mr Hamish Auld, DOB "
            "30/07/1951, please note dose change to 2.5 mg.\nI read it as 25 mg. Surgery was "
            "Loch Harran Medical Practice."
        ),
        [
            ("Mr Hamish Auld", "name"),
            ("30/07/1951", "date"),
            ("Loch Harran Medical Practice", "facility"),
        ],
    ),
    (
        (
            "Social worker. Text from the foster carer that I didn't read till morning:\n> Hi "
            "its Marguerite, Jaylen has gone missing again, last seen by the co-op on Weaver St, "
            "ring me on 07391 228504\nI was off shift and my phone was on silent."
        ),
        [
            ("Marguerite", "name"),
            ("Jaylen", "name"),
            ("Weaver St", "place"),
            ("07391 228504", "phone"),
        ],
    ),
    (
        (
            "Counsellor. My client (DOB 12/03/1989) disclosed a plan and I didn't follow the "
            "risk protocol because it was the end of the day. She's okay. Case ref SMS-44190."
        ),
        [
            ("12/03/1989", "date"),
            ("SMS-44190", "record"),
        ],
    ),
    (
        (
            "Substance misuse counsellor. Gave a client a lift home after group because it was "
            "raining and she'd had a rough day. Completely outside our lone-working policy and "
            "our boundaries. Supervision the next week was uncomfortable but right."
        ),
        [],
    ),
    (
        (
            "Resp physio. NIV patient Mr Dunleavy, NHS no. 482 119 6037, was set up on the wrong "
            "mask size and ended up with a pressure sore on his nasal bridge. My registration "
            "PIN is PH48219 if anyone wants to report me, honestly."
        ),
        [
            ("Mr Dunleavy", "name"),
            ("482 119 6037", "record"),
            ("PH48219", "self"),
        ],
    ),
    (
        (
            "Health visitor. Baby Kofi, 11 days old, jaundiced, and I told mum it was normal. "
            "Readmitted to Stanwick Children's with a bilirubin of 390."
        ),
        [
            ("Kofi", "name"),
            ("11 days old", "age"),
            ("Stanwick Children's", "facility"),
        ],
    ),
    (
        (
            "I run the post-diagnostic autism group at Tilbury Mead (I'm the only OT there) and "
            "I forwarded a parent's email to the whole group by mistake:\n> From: "
            "kerryanne.bosch@mailbox.example\n> Re: Finley's meltdowns at home"
        ),
        [
            ("Tilbury Mead", "facility"),
            ("I'm the only OT there", "self"),
            ("kerryanne.bosch@mailbox.example", "email"),
            ("Finley", "name"),
        ],
    ),
    (
        (
            "Crisis paramedic. Detained a man under Section 136 and forgot to take his belt. We "
            "were in the back of the car, 10 minutes out. He didn't use it, but he could have. I "
            "search everyone now, properly, every time."
        ),
        [],
    ),
    (
        (
            "Crisis paramedic. ePCR 20230419-0331. I signed a man off as having capacity to "
            "refuse transport; he was found in the river near Glanmere Lock the next day."
        ),
        [
            ("ePCR 20230419-0331", "record"),
            ("Glanmere Lock", "place"),
        ],
    ),
    (
        (
            "Mental health crisis team, Queensland. Triage call, I rated the risk as moderate "
            "and booked a next-day visit.\n> Called back x2, no answer, will visit AM\nShe was "
            "in ED by 22:00 after self-harm. She's okay. I've gone back over that call a hundred "
            "times."
        ),
        [],
    ),
    (
        (
            "Crisis response car in Saskatchewan. Called to Darnell Voss, 45, at the Kestrel "
            "Motel out past Coldwater Flats. I didn't search his bag."
        ),
        [
            ("Darnell Voss", "name"),
            ("45", "age"),
            ("Kestrel Motel", "place"),
            ("Coldwater Flats", "place"),
        ],
    ),
    (
        (
            "Health visitor covering Hartshill Green. I missed the signs in the Delacroix "
            "household: four kids, dad recently out of prison. I had a 15-minute slot and didn't "
            "go upstairs."
        ),
        [
            ("Hartshill Green", "place"),
            ("the Delacroix household", "name"),
        ],
    ),
    (
        (
            "Child protection SW for the Oldacre estate patch. Case #CP-5581-K. I didn't chase "
            "the school after Kacey (aged 6) told her teacher about the belt. The strategy "
            "meeting happened 10 days late."
        ),
        [
            ("Oldacre estate", "place"),
            ("CP-5581-K", "record"),
            ("Kacey", "name"),
            ("aged 6", "age"),
        ],
    ),
    (
        (
            "**What happened:** I was running the autism assessment clinic solo and scored an "
            "ADOS-2 module 3 item wrong, which tipped the total over the cut-off. Caught at the "
            "MDT review against DSM-5 criteria before any letter went out.\n**What I learned:** "
            "never score in the gap between two families."
        ),
        [],
    ),
    (
        (
            "Sonographer. 28yo in for a dating scan, I gave the EDD as 3 October when it should "
            "have been 13 October. She booked an induction off it. Her partner Lewin rang the "
            "department on ext 5520 furious, and rightly."
        ),
        [
            ("28yo", "age"),
            ("3 October", "date"),
            ("13 October", "date"),
            ("Lewin", "name"),
            ("ext 5520", "phone"),
        ],
    ),
    (
        (
            "Health visitor. At the 6-8 week check I plotted the weight on the wrong chart (the "
            "preterm one) and reassured mum. The GP picked it up at the next immunisations. Baby "
            "is thriving now, but it took me a long time to forgive myself."
        ),
        [],
    ),
    (
        (
            "Mortuary technician at Dunmere Cottage Hospital. There are only two of us and I'm "
            "the one on nights. I mixed up the paperwork for Ernest Baptiste and Ernest Bapty."
        ),
        [
            ("Dunmere Cottage Hospital", "facility"),
            ("I'm the one on nights", "self"),
            ("Ernest Baptiste", "name"),
            ("Ernest Bapty", "name"),
        ],
    ),
    (
        (
            "Crisis paramedic in Queensland. Called to a man on the railway bridge at Yarrabin "
            "Creek. His name was Tomasz and he was 34. I took my eyes off him to radio in. He's "
            "alive; I'm not okay yet."
        ),
        [
            ("Yarrabin Creek", "place"),
            ("Tomasz", "name"),
            ("he was 34", "age"),
        ],
    ),
    (
        (
            "Physio, community. Saw Mr Kettleborough at 7 Saltings Close for a falls assessment "
            "and left without checking he had his pendant alarm on. He fell that night and lay "
            "on the floor till morning."
        ),
        [
            ("Mr Kettleborough", "name"),
            ("7 Saltings Close", "place"),
        ],
    ),
    (
        (
            "Sonographer, anomaly scan. I measured the femur at the 10th centile and didn't flag "
            "it because everything else looked fine. The growth scan at 32 weeks showed FGR. "
            "Fetal medicine said it might not have changed much but I still carry it."
        ),
        [],
    ),
    (
        (
            "School nurse here. I ran EpiPen training for staff and demonstrated with what I "
            "thought was a trainer pen, but it was a real one from the spares box. Went straight "
            "into my thumb. A&E, fine, very embarrassed."
        ),
        [],
    ),
    (
        (
            "Resp physio on nights in Saskatchewan. Man in his 60s with COPD, SpO2 84% on 2L, I "
            "went up to 4L without thinking about his CO2 and the ABG an hour later showed pH "
            "7.28, pCO2 9.1. He was fine after NIV but I've not stopped thinking about it."
        ),
        [],
    ),
    (
        (
            "Mortuary. Mrs Ivy Ashworth-Penn, 91, was tagged with the wrong NHS number (601 337 "
            "2284) on her toe tag. Her daughter noticed at the viewing."
        ),
        [
            ("Mrs Ivy Ashworth-Penn", "name"),
            ("91", "age"),
            ("601 337 2284", "record"),
        ],
    ),
    (
        (
            "Theatre recovery, Band 5, about 02:40. Pt back from a lap chole with PONV, I gave "
            "ondansetron 4 mg and didn't notice the anaesthetist had already given it in "
            "theatre. QTc was fine on the repeat ECG but I felt sick all shift. Datix done, "
            "debrief with the Band 7 next morning."
        ),
        [],
    ),
    (
        (
            "Recovery nurse. Theatre handover for Bernard Quaye, MRN 00739152, left out his "
            "insulin pump and I didn't ask. BM was 22 by the time he reached the ward."
        ),
        [
            ("Bernard Quaye", "name"),
            ("00739152", "record"),
        ],
    ),
    (
        (
            "Health visitor. Left my notebook in the car outside 22 Briarwood Terrace; it was "
            "stolen with details of 14 families including the Ferreiras. Reported to IG, ticket "
            "IG-30917."
        ),
        [
            ("22 Briarwood Terrace", "place"),
            ("the Ferreiras", "name"),
            ("IG-30917", "record"),
        ],
    ),
    (
        (
            "Prison healthcare nurse. During the in-possession meds check I missed that a man "
            "had two weeks of pregabalin saved up in his cell. Found on a cell search. No harm "
            "but it could have been so much worse."
        ),
        [],
    ),
    (
        (
            "Vet nurse turned HCA in a care home. I skipped a resident's 2-hourly turn because "
            "she was asleep and I didn't want to wake her. Her Waterlow was high. Grade 2 "
            "pressure injury on her sacrum by morning."
        ),
        [],
    ),
    (
        (
            "Health visitor. Baby Amara, born 2/2/23, weighed at the Pennycross clinic. I "
            "recorded 4.1 kg instead of 3.1 and missed the faltering growth. Mum's text "
            "afterwards:\n> hi its Shanice, just wanted to say thanks for being honest x"
        ),
        [
            ("Amara", "name"),
            ("2/2/23", "date"),
            ("Pennycross clinic", "facility"),
            ("Shanice", "name"),
        ],
    ),
    (
        (
            "Physio. My post about a 'funny' patient (https://facebook.com/emrys.physio.runs) "
            "got screenshotted. No names, but she recognised herself."
        ),
        [
            ("https://facebook.com/emrys.physio.runs", "url"),
        ],
    ),
    (
        (
            "Substance misuse counsellor here. I told a client his buprenorphine script would be "
            "ready Monday when the prescriber had actually moved it to Wednesday. He went two "
            "days without and used on Sunday. He's okay. I've apologised and we've changed how "
            "we confirm collection days."
        ),
        [],
    ),
    (
        (
            "Social worker, child protection, Idaho. Kinship placement, I accepted the "
            "grandmother's word that the boyfriend had moved out and didn't run the background "
            "check. He hadn't. Child safe, placement reviewed, and I got supervision and a "
            "formal warning I think was fair."
        ),
        [],
    ),
    (
        (
            "Recovery nurse at Oriel Park Hospital. I left a patient's epidural running after "
            "the team said stop. Hi to anyone from Thistle Recovery who recognises this: yes "
            "it's me, Bronwen Tallis."
        ),
        [
            ("Oriel Park Hospital", "facility"),
            ("Thistle Recovery", "facility"),
            ("Bronwen Tallis", "self"),
        ],
    ),
    (
        (
            "Community pharmacist, the only pharmacist at Gorsley Road Pharmacy out in "
            "Tregaddon. Dispensed tramadol to the wrong Mr Pell; there are two on our books, "
            "father and son."
        ),
        [
            ("the only pharmacist at Gorsley Road Pharmacy", "self"),
            ("Tregaddon", "place"),
            ("Mr Pell", "name"),
        ],
    ),
    (
        (
            "Crisis paramedic, nights. Gave buccal midazolam 10 mg for an agitated man and "
            "didn't have capnography on him. RR dropped to 8. Bag-valve-mask, he came round. The "
            "monitor has never stayed in the bag since."
        ),
        [],
    ),
    (
        (
            "Counsellor, drug and alcohol service. In a group session I mentioned a detail from "
            "another client's 1:1 without thinking. Nobody was named, but it was recognisable. I "
            "told my manager, we followed the confidentiality breach process, and I apologised."
        ),
        [],
    ),
    (
        (
            "> From: Priya Venkataram <p.venkataram@caldmoor-nhs.example>\n> Subject: ADOS "
            "feedback for Rhys\n\nThat was the email I replied-all to by mistake, with the full "
            "assessment report attached. The autism team at Brindlecote Child Development Centre "
            "is three people, so I'm easy to find."
        ),
        [
            ("Priya Venkataram", "name"),
            ("p.venkataram@caldmoor-nhs.example", "email"),
            ("Rhys", "name"),
            ("Brindlecote Child Development Centre", "facility"),
        ],
    ),
    (
        (
            "Counsellor. I saw my client Rhiannon in the Tesco at Pontbrenin and said 'see you "
            "Thursday' in front of her mum, who didn't know she was in treatment."
        ),
        [
            ("Rhiannon", "name"),
            ("Pontbrenin", "place"),
        ],
    ),
    (
        (
            "Autism assessment clinician in New Zealand. I told a family at feedback that their "
            "son 'definitely wasn't autistic' before the MDT had met. The MDT then went the "
            "other way. Rebuilding trust with that family took months. I say 'the team will "
            "decide together' now, every time."
        ),
        [],
    ),
    (
        (
            "Pharmacist. Mr Jaswinder Okonedo rang on 0161 555 0187 asking about his warfarin "
            "and I read him the dose from another patient's PMR."
        ),
        [
            ("Mr Jaswinder Okonedo", "name"),
            ("0161 555 0187", "phone"),
        ],
    ),
    (
        (
            "Midwife, labour ward, second stage. The CTG looked 'fine' to me but I hadn't "
            "counted the decels properly. Registrar came in, category 1 section. Apgar 6 at 1 "
            "min, 9 at 5. Baby okay. Fresh Eyes every hour for me now, however busy it is."
        ),
        [],
    ),
    (
        (
            "F1, surgical nights. Missed a K+ of 6.4 because the result came back after handover "
            "and nobody was bleeped. I saw it at 07:10 on the ward round. Calcium gluconate, "
            "insulin-dextrose, repeat was 5.2. I now check every pending result before I go "
            "home."
        ),
        [],
    ),
    (
        (
            "Resp physio, weekend on-call. Chest clearance on a young lad with cystic fibrosis, "
            "I didn't check the platelets and he had a small haemoptysis with percussion. "
            "Platelets were 48. Stopped, escalated, he was fine. Checklist now taped inside my "
            "on-call bag."
        ),
        [],
    ),
    (
        (
            "Theatre recovery, Sunday 8th. A 19-year-old called Ellis had a laryngospasm in the "
            "bay and I was at the desk on my phone."
        ),
        [
            ("Sunday 8th", "date"),
            ("19-year-old", "age"),
            ("Ellis", "name"),
        ],
    ),
    (
        (
            "Mortuary technician at Hollinsgate Infirmary. I released Albert Crewe to the wrong "
            "funeral director on Thursday 17th. Incident ref MRT-0922-14."
        ),
        [
            ("Hollinsgate Infirmary", "facility"),
            ("Albert Crewe", "name"),
            ("Thursday 17th", "date"),
            ("MRT-0922-14", "record"),
        ],
    ),
    (
        (
            "Child protection. I spelt the surname wrong in the court statement, 'Thorogood' "
            "instead of Thoroughgood, and the application for the kids on Pitcairn Row got "
            "bounced. Hearing was 2 February 2024."
        ),
        [
            ("Thoroughgood", "name"),
            ("Pitcairn Row", "place"),
            ("2 February 2024", "date"),
        ],
    ),
    (
        (
            "Physio on Fennick Ward. I mobilised Mr Achterberg (hospital no. RQ7730158) on day 1 "
            "post-thoracotomy without checking his chest drain was unclamped. He desatted to 82% "
            "in the corridor."
        ),
        [
            ("Fennick Ward", "facility"),
            ("Mr Achterberg", "name"),
            ("RQ7730158", "record"),
        ],
    ),
    (
        (
            "Recovery nurse at Harlow Brae General. Mrs Tindall, 67, came out of theatre with "
            "sats of 91 and I didn't escalate because the anaesthetist was already with the next "
            "case. She needed reintubation."
        ),
        [
            ("Harlow Brae General", "facility"),
            ("Mrs Tindall", "name"),
            ("67", "age"),
        ],
    ),
    (
        (
            "> Pt settled, obs stable, NEWS2 1\n\nThat was my last note before I went on break. "
            "Twenty minutes later he had a rigor and a NEWS2 of 7. The note wasn't wrong when I "
            "wrote it, but I hadn't repeated the temp. Sepsis six done, he went to HDU."
        ),
        [],
    ),
    (
        (
            "Community pharmacist in Uganda. I dispensed amoxicillin suspension and forgot to "
            "reconstitute it, just handed mum the powder. She brought it back the next morning "
            "asking how much water to add, thank goodness. No harm."
        ),
        [],
    ),
    (
        (
            "Counsellor at the Threadneedle Lane recovery hub. On 9 November 2022 I breached "
            "confidentiality by leaving a voicemail on the wrong number, 07812 446093, asking "
            "for Dean about his relapse."
        ),
        [
            ("Threadneedle Lane recovery hub", "facility"),
            ("9 November 2022", "date"),
            ("07812 446093", "phone"),
            ("Dean", "name"),
        ],
    ),
    (
        (
            "Community pharmacist. Methadone 1 mg/mL, script for 60 mL daily supervised, and I "
            "poured 80 mL because I misread the label in bad light. Client stayed in the "
            "consultation room for 4 hrs on the GP's advice, no sedation. Reported, and we moved "
            "the pump under a proper lamp."
        ),
        [],
    ),
    (
        (
            "Sonographer at Kelvale Women's Unit. On 21/08/2021 I missed an ectopic on a TV "
            "scan. She came back via ED that night. Her GP, Dr Halloran, wrote a very measured "
            "letter."
        ),
        [
            ("Kelvale Women's Unit", "facility"),
            ("21/08/2021", "date"),
            ("Dr Halloran", "name"),
        ],
    ),
    (
        (
            "Autism assessment. I wrote the diagnostic report and pasted the formulation section "
            "from a template without fixing one pronoun. The parents spotted it immediately and "
            "it made the whole report feel generic. I proofread on paper now."
        ),
        [],
    ),
    (
        (
            "Mortuary. Handed the wrong property bag to a family, same ward, same day of death. "
            "They opened it in the car park and rang us. I drove the right bag out to them "
            "myself and apologised in person. We've had a double-sign process since."
        ),
        [],
    ),
    (
        (
            "## Reflection\nI'm a Band 6 theatre recovery nurse. I removed an arterial line "
            "without checking the clotting after a big blood loss case. INR 1.9. It oozed for 40 "
            "minutes under pressure. Not a disaster, but it should never have happened on my "
            "watch."
        ),
        [],
    ),
    (
        (
            "PGY-2 in Saskatchewan. Wrote subcut heparin prophylaxis on a patient who was "
            "already on apixaban because I didn't reconcile the home meds in Epic. Pharmacy "
            "caught it on verification. The lesson cost nothing but pride."
        ),
        [],
    ),
    (
        (
            "Resp physio. Set a home NIV patient's IPAP to 20 instead of 12 on a new machine "
            "because the menu was different from the old ResMed. He rang the helpline that night "
            "with a dry mouth and bloating. Corrected over the phone, and I've asked for "
            "training on the new devices."
        ),
        [],
    ),
    (
        (
            "School nurse at Brackley Heath Academy. I forgot to pack Mia's inhaler for the trip "
            "to Scarrow Point on 5 May. She had an attack on the coach."
        ),
        [
            ("Brackley Heath Academy", "facility"),
            ("Mia", "name"),
            ("Scarrow Point", "place"),
            ("5 May", "date"),
        ],
    ),
    (
        (
            "Prison nurse. Hep B course, I gave a second dose to a man who'd already had all "
            "three at his previous establishment because his records hadn't transferred. No harm "
            "at all, but it showed how bad our record transfer is."
        ),
        [],
    ),
    (
        (
            "Sonographer. Referral from Dr Mwangi-Lutz, bleep 4416, for query appendicitis in a "
            "9-year-old. I called it normal; it perforated."
        ),
        [
            ("Dr Mwangi-Lutz", "name"),
            ("bleep 4416", "phone"),
            ("9-year-old", "age"),
        ],
    ),
    (
        (
            "Mental health crisis paramedic in Queensland. Woman in her 30s, paracetamol "
            "overdose she said was 'about 10 tabs'. I didn't push for a timed level because she "
            "seemed well. ED did one: above the treatment line. NAC started in time. Lesson: the "
            "nomogram, not my gut."
        ),
        [],
    ),
    (
        (
            "Substance misuse service, Corran House. My client Leanne's urine screen (sample ID "
            "UDS-77312) was logged under another client's name and she was nearly taken off her "
            "script."
        ),
        [
            ("Corran House", "facility"),
            ("Leanne", "name"),
            ("UDS-77312", "record"),
        ],
    ),
    (
        (
            "Community pharmacist, Christmas Eve, queue out the door. I handed a dosette box to "
            "the wrong carer: two ladies in their 80s on the same round, both on warfarin and "
            "amlodipine. The carer noticed at the door 20 mins later. INRs checked the following "
            "week, both fine."
        ),
        [],
    ),
    (
        (
            "Health visitor, Scotland. I didn't ask about domestic abuse at a new birth visit "
            "because dad was in the room and it felt awkward. That's exactly when you're "
            "supposed to find a way. Found out later via MARAC. Routine enquiry, alone, every "
            "time now."
        ),
        [],
    ),
    (
        (
            "Theatre recovery. I took a patient's PCA handset off him because he was drowsy and "
            "forgot to tell the ward it was disconnected. Pain score 9/10 by the time they "
            "noticed. Datix, apology, and I now write PCA status on the SBAR in capitals."
        ),
        [],
    ),
    (
        (
            "Prison nurse. Wrote up the wrong man's methadone after a wing move, landing 3, cell "
            "14. His name was Ruairi Dempsey. Incident INC-2217-PH."
        ),
        [
            ("Ruairi Dempsey", "name"),
            ("INC-2217-PH", "record"),
        ],
    ),
    (
        (
            "Child protection SW. Strategy discussion on a Friday at 16:30, I wrote 'no further "
            "action' in the notes when the police had said 'NFA pending interview'. The Section "
            "47 ended up delayed by a week. Nobody was hurt. I now read back every outcome aloud "
            "before I close a call."
        ),
        [],
    ),
    (
        (
            "Autism assessment. I sent the diagnostic letter for Zainab Hussaini (our ref "
            "ASD/2291/ZH) to her old address in Millbeck Vale."
        ),
        [
            ("Zainab Hussaini", "name"),
            ("ASD/2291/ZH", "record"),
            ("Millbeck Vale", "place"),
        ],
    ),
    (
        (
            "Radiographer, night shift in Sindh. Chest X-ray on the wrong patient: two men in "
            "the same bay, similar age, both with cannulas. I didn't check the wristband against "
            "the request. Reported through the department's incident system. The right patient "
            "got his film 40 mins late."
        ),
        [],
    ),
    (
        (
            "Sonographer in Ireland. Early pregnancy scan, I said 'no heartbeat' out loud before "
            "getting a second opinion. It was transabdominal at 6 weeks and the TV scan showed "
            "cardiac activity. The woman's face. I'll never do that again."
        ),
        [],
    ),
    (
        (
            "Mortuary technician in Wales. A pacemaker wasn't removed before cremation because "
            "the form said 'none' and I didn't palpate the chest. The crematorium caught it on "
            "their own check. Our SOP now says palpate every time, whatever the paperwork says."
        ),
        [],
    ),
    (
        (
            "Prison healthcare at HMP Ravensholt. Prisoner A7742KD was given another man's "
            "clozapine because nobody checked the photo card, me included."
        ),
        [
            ("HMP Ravensholt", "facility"),
            ("A7742KD", "record"),
        ],
    ),
    (
        (
            "Sonographer. DVT scan, I didn't image the calf veins because the protocol then was "
            "proximal only and the waiting list was huge. Patient came back with a PE in the "
            "spring. Not strictly an error by policy, but it sits with me."
        ),
        [],
    ),
    (
        (
            "Child protection SW. I sent a core assessment to the wrong parent's solicitor: "
            "separated couple, both represented, similar email prefixes. Nothing redacted. "
            "Breach reported to the ICO within 72 hours. Worst week of my career."
        ),
        [],
    ),
    (
        (
            "Health visitor. Missed that mum's EPDS had gone from 9 to 16 between visits because "
            "the second form was scanned into the wrong part of the record. She got to her GP "
            "herself. I've told her what happened. She was more gracious than I deserved."
        ),
        [],
    ),
    (
        (
            "Mortuary tech. Two deceased with the same surname came in on the same night. I put "
            "the wrong tag on a fridge door; my colleague caught it at the 3-point ID check "
            "before the viewing. Nothing reached the family, but I haven't worked a night since "
            "without re-reading every tag twice."
        ),
        [],
    ),
    (
        (
            "I'm the autism lead at Quillfield Primary and the only one trained in ADOS there. I "
            "shared Ollie Brant's draft report with the wrong parent at pickup."
        ),
        [
            ("the autism lead at Quillfield Primary", "self"),
            ("Ollie Brant", "name"),
        ],
    ),
]
