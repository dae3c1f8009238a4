"""Round 8 of issue 14's evaluation: 160 stories (80 safe, 337 spans) from two helpers who
saw only the labeling guide (identifier_round2.md), never the check's rules, corpora or code;
every profession (Cornwall, Glasgow, Lagos, Manila, Toronto, rural Queensland, Louisiana;
Belfast, Cardiff, Nairobi, Kuala Lumpur, Vancouver Island, Adelaide, Minnesota). Measured
untouched with the rules written against rounds 1 to 6, then written against: see
test_identifiers.py and bench/README.md. Entries as in identifier_corpus."""

ROUND_8_I = [
    (
        "Trauma counsellor with an NGO in Lagos. I ended a session early because of a power cut "
        "and didn't book a follow-up, assuming the client would call. She didn't, and I learned "
        "later she'd had a crisis that week. Now I always book the next session before the "
        "current one ends, generator or no generator. Bowlby was right about predictability.",
        [],
    ),
    (
        "District nurse, west Cornwall. Did a home visit out at Polventon Cross (TR12 7QE) to "
        "Mr Jory Trebilcock, 81, for a leg ulcer redress and left his Flamazine on top of the "
        "Rayburn instead of in the fridge. His daughter rang the office on 01872 604 219 next "
        "morning, not impressed, and quite rightly.",
        [
            ("Polventon Cross", "place"),
            ("TR12 7QE", "place"),
            ("Mr Jory Trebilcock", "name"),
            ("81", "age"),
            ("01872 604 219", "phone"),
        ],
    ),
    (
        "School nurse at Bayou Gravois Elementary. A 2nd grader, Kaden Broussard, came in "
        "wheezy and I gave albuterol from the wrong inhaler bin, his cousin's, same last name. "
        "Called his mama at (985) 555-0173 and documented it in the health office log. He was "
        "fine, but the inhalers now have photos on them.",
        [
            ("Bayou Gravois Elementary", "facility"),
            ("Kaden Broussard", "name"),
            ("(985) 555-0173", "phone"),
        ],
    ),
    (
        "### Cervidil left in\nMidwife in a rural maternity unit in Queensland. A woman with a "
        "Bishop score of 5 was started on Cervidil and I forgot to remove it when she went into "
        "active labour. The CTG showed hyperstimulation. We took it out and gave terbutaline. "
        "Baby born with Apgars of 8 and 9. Removal time now goes on the whiteboard in red.",
        [],
    ),
    (
        "Radiographer in a private diagnostic centre in Lagos. I did a contrast CT on a woman "
        "without asking about metformin. Her eGFR was borderline. The radiologist caught it "
        "afterwards and we arranged a repeat creatinine at 48 hours, which was fine. Our "
        "Siemens console has a checklist now and I actually use it.",
        [],
    ),
    (
        "Counsellor with a third-sector service in Glasgow. I extended a session by 20 minutes "
        "because the client was distressed, then forgot the next client was waiting in "
        "reception. She left and didn't come back for three weeks. I'd been so focused on "
        "Rogers and unconditional positive regard for the first person that I broke my contract "
        "with the second. Supervision helped me see it as a boundaries issue.",
        [],
    ),
    (
        "## What I learned\nStaff nurse in A&E in Glasgow. I triaged a man as Manchester Triage "
        "category 4 (green) because he walked in and was chatty. His lactate was 5.1 when "
        "bloods came back and he was septic. Now I do the sepsis screen on every adult with a "
        "temperature, however well they look, and we changed the Symphony template.",
        [],
    ),
    (
        "I was a vet nurse on cattle properties before retraining as an RN, and in my grad year "
        "I nearly gave IM ceftriaxone into a deltoid with a 21G 1.5 inch needle, because that's "
        "what I'd used on calves. My CN stopped me and showed me the Z-track technique. "
        "Different anatomy, different muscle mass. I laugh now but it was close.",
        [],
    ),
    (
        "Genetic counsellor, West of Scotland. I sent a BRCA2 result letter to the wrong "
        "address for a woman whose sister had the same married name. The letter began:\n> Dear "
        "Mrs Lindsay McGarrigle,\n> Your sample (lab ref GEN/23/08817) showed a pathogenic "
        "variant...\nShe lives in Milnbrae; the letter went to her sister at 12 Ashgill Road. I "
        "phoned her on 0141 552 7093 to apologise before it arrived.",
        [
            ("Mrs Lindsay McGarrigle", "name"),
            ("GEN/23/08817", "record"),
            ("Milnbrae", "place"),
            ("12 Ashgill Road", "place"),
            ("0141 552 7093", "phone"),
        ],
    ),
    (
        "Social worker in a hospital discharge team. I closed a case before the home care "
        "package was actually confirmed. My case note:\n> 14/02/2024 - Discharge to home "
        "address (Flat 2/1, 37 Drumcairn Gardens, G33 7LP) agreed. Package starts tomorrow. "
        "Daughter Morag aware, mob 07781 403 622.\nThe package didn't start for four days.",
        [
            ("14/02/2024", "date"),
            ("Flat 2/1, 37 Drumcairn Gardens", "place"),
            ("G33 7LP", "place"),
            ("Morag", "name"),
            ("07781 403 622", "phone"),
        ],
    ),
    (
        "Hospital pharmacist, GTA. I verified a hydromorphone order as 2 mg when the prescriber "
        "meant 0.2 mg, because the leading zero was missing in the free-text field. The nurse "
        "questioned it before the Pyxis drawer opened. We reported it to ISMP Canada and added "
        "a hard stop in Meditech.",
        [],
    ),
    (
        "PT with a home health agency. I did a visit to Mr. Earl Boudreaux at 118 Lafitte Lane, "
        "Bayou Noir, and left his walker on the porch after we practised steps. He fell "
        "reaching for it that evening. Agency incident #HH-0387. Miss Lorraine, his wife, still "
        "calls me 'that PT girl'.",
        [
            ("Mr. Earl Boudreaux", "name"),
            ("118 Lafitte Lane", "place"),
            ("Bayou Noir", "place"),
            ("HH-0387", "record"),
            ("Miss Lorraine", "name"),
        ],
    ),
    (
        "FY2 in an ED. I sent a man home with a 'pulled muscle' who had an aortic dissection. "
        "I'd done a D-dimer and not a CT. He survived after surgery in Plymouth. I wrote to him "
        "afterwards; he wrote back, and I keep it:\n> Thank you for your honesty, doctor. "
        "Cornishmen don't like a fuss.\n> Jago Penrose, Tregarrick Farm, St Enyon",
        [
            ("Jago Penrose", "name"),
            ("Tregarrick Farm", "place"),
            ("St Enyon", "place"),
        ],
    ),
    (
        "PSW in a long-term care home in Mississauga. I used a Hoyer lift with the wrong sling "
        "size because the right one was in the laundry. The resident slipped partway and my "
        "co-worker caught her. Nobody hurt, but I should have waited. I documented it in "
        "PointClickCare, and now we label slings by size with coloured tape.",
        [],
    ),
    (
        "I'm the only EP covering Trewassa Academy and its feeder primaries, so this is "
        "deliberately vague. I left a consultation record in the staff room with a pupil's full "
        "name and date of birth on it, Tamsin Rowe, 02/11/2013. A TA handed it back to me the "
        "next morning.",
        [
            ("the only EP covering Trewassa Academy and its feeder primaries", "self"),
            ("Tamsin Rowe", "name"),
            ("02/11/2013", "date"),
        ],
    ),
    (
        "School psychologist in a Louisiana parish district. I scored a WISC-V and reported the "
        "FSIQ without noticing a big Processing Speed outlier; the composite hid a real "
        "learning disability. The IEP team nearly declined services under IDEA. A second "
        "evaluation with the WIAT-4 caught it. Now I write up index-level discrepancies before "
        "any global score.",
        [],
    ),
    (
        "Orthoptist in a paediatric eye clinic outside Toronto. I recorded a cover test as "
        "orthophoric on a toddler who actually had an intermittent exotropia; it only showed "
        "when he was tired, and our appointments are all mornings. The ophthalmologist repeated "
        "it with a prism bar and a Lang stereo test months later. Patching with Ortopad started "
        "late. I now ask parents for phone photos at bedtime.",
        [],
    ),
    (
        "Orthoptist, Glasgow. I measured acuity with Kay Pictures on a child who'd been tested "
        "with a Keeler crowded logMAR the month before, and wrote both in the same column. The "
        "consultant thought vision had dropped two lines and nearly changed the occlusion plan. "
        "Lesson: name the test every single time.",
        [],
    ),
    (
        "Staff nurse, male medical ward. My note from that night:\n> 21st March, 2300hrs: Mr "
        "Emeka Obiora, 58, hosp no. AMH/MM/22/11094, c/o headache. PCM 1g given. BP not "
        "rechecked.\nHe had a BP of 220/130 at 0400 and a small bleed on CT. I should have "
        "rechecked.",
        [
            ("21st March", "date"),
            ("Mr Emeka Obiora", "name"),
            ("58", "age"),
            ("AMH/MM/22/11094", "record"),
        ],
    ),
    (
        "**Incident form (my copy)**\nReporter: RN, ED, Wattle Springs MPHS\nAHPRA: "
        "NMW0002294718\nDate: 08/07/2023\nPatient: Mikaela T., 3yo\nWhat happened: CEWT score "
        "borderline at triage, rising temp and HR, I didn't escalate. Re-presented next night "
        "with sepsis.\nWhat I'd do differently: escalate on the trend, not the number.",
        [
            ("Wattle Springs MPHS", "facility"),
            ("NMW0002294718", "self"),
            ("08/07/2023", "date"),
            ("Mikaela T.", "name"),
            ("3yo", "age"),
        ],
    ),
    (
        "I'm a genetic counsellor in a hospital clinic west of the city. I quoted a 50% risk of "
        "Lynch syndrome to the wrong family member because I'd read the pedigree upside down. "
        "The Desais phoned back from (647) 555-0122 to ask why their GP's letter said something "
        "different. OHIP number on the requisition: 4821-339-604-KT.",
        [
            ("The Desais", "name"),
            ("(647) 555-0122", "phone"),
            ("4821-339-604-KT", "record"),
        ],
    ),
    (
        "Midwife in a lying-in clinic in Manila. I didn't repeat the BP of a G3P2 at 38 weeks "
        "who was 140/90 on admission because she looked comfortable. She was referred to a "
        "tertiary hospital for severe pre-eclampsia two hours later. She and the baby were "
        "fine. I now recheck every raised BP within 15 minutes and we refer earlier under the "
        "DOH protocol.",
        [],
    ),
    (
        "Community midwife. Things I got wrong on one home birth:\n- Didn't re-check the "
        "Entonox cylinder before leaving the base at Penmorvah\n- Booked Kerensa's second "
        "midwife for 17/08 instead of 17/09\n- Left the birth notes at 4 Chapel Terrace, so the "
        "obs weren't written up until the next day\nBaby fine, Apgars 9 and 10.",
        [
            ("Penmorvah", "place"),
            ("Kerensa", "name"),
            ("17/08", "date"),
            ("17/09", "date"),
            ("4 Chapel Terrace", "place"),
        ],
    ),
    (
        "Radiographer at Mulgara Creek Hospital. I did a CXR on the wrong Jenkins: Pearl "
        "Jenkins, 88, instead of her sister-in-law. Both were in the same four-bed room and I "
        "didn't check the URN against the request, 114207 vs 114270. Reported to my director, "
        "and the RIS entry was reversed.",
        [
            ("Mulgara Creek Hospital", "facility"),
            ("Pearl Jenkins", "name"),
            ("88", "age"),
            ("114207", "record"),
            ("114270", "record"),
        ],
    ),
    (
        "Hygienist in a practice off Westercraig Street. Kirsty, aged 7, came in for fissure "
        "sealants and I put Duraphat on without reading the note that she'd had varnish the "
        "week before at the school programme. Her mum's number on the form was 07845 219 330 "
        "and I rang to apologise.",
        [
            ("Westercraig Street", "place"),
            ("Kirsty", "name"),
            ("aged 7", "age"),
            ("07845 219 330", "phone"),
        ],
    ),
    (
        "Family doc in a FHT north of the city. I missed a DVT in Priya, a 34-year-old on the "
        "pill, and called it a calf strain. She came back on 2 October with a PE. Her chart at "
        "Maple Hollow Family Health Team (chart #MH-0044127) still has my note and I'm not "
        "proud of it.",
        [
            ("Priya", "name"),
            ("34-year-old", "age"),
            ("2 October", "date"),
            ("Maple Hollow Family Health Team", "facility"),
            ("MH-0044127", "record"),
        ],
    ),
    (
        "Mama Chidinma (we all called her that, she'd had five deliveries with us) came in at "
        "6cm and I didn't repeat her BP for two hours because the labour ward at Adeola "
        "Memorial was drowning. Her husband's number was on the card, 0803 417 2290, and I only "
        "rang him after she fitted. Magnesium sulphate did its job and she was fine in the end, "
        "but I still think about it.",
        [
            ("Mama Chidinma", "name"),
            ("Adeola Memorial", "facility"),
            ("0803 417 2290", "phone"),
        ],
    ),
    (
        "I was a vet tech for ten years before nursing school, and on my first med-surg "
        "rotation in Baton Rouge I worked out a heparin drip in mL/kg the way I would for a "
        "dog. My preceptor caught it before the Alaris pump was even programmed. Different "
        "species, different protocols, same pump brand. Embarrassing, but nobody got hurt.",
        [],
    ),
    (
        "Genetic counselor in New Orleans. I ordered a single-site test for a familial BRCA1 "
        "variant when the family actually had two, one an Ashkenazi founder mutation on the "
        "other side. The result came back negative and I almost told her she was in the clear. "
        "Caught at our weekly case review. Now I draw the full pedigree in Progeny before "
        "ordering anything.",
        [],
    ),
    (
        "ICU nurse at a tertiary hospital in Manila. I titrated norepinephrine in mL/hr instead "
        "of mcg/kg/min after a shift change because the Braun Perfusor screen was on the other "
        "unit. MAP dropped to 58 before I noticed. Our CI now wants double-checks on every "
        "vasopressor change, which honestly should have been standard already.",
        [],
    ),
    (
        "Care assistant, nights. Big Shug in room 9 at Kelvinbrae House kept saying his chest "
        "was sore and I put it down to his usual moaning. I didn't tell the nurse until the 6am "
        "round. He'd had an MI. His CHI was on the transfer form, 2104486731, and I remember "
        "staring at it in the ambulance bay thinking I should have said something at 2.",
        [
            ("Big Shug", "name"),
            ("Kelvinbrae House", "facility"),
            ("2104486731", "record"),
        ],
    ),
    (
        "Speech and language therapist on a Glasgow stroke unit. I passed a man on a bedside "
        "swallow screen with thin fluids when he had a wet voice after the third teaspoon that "
        "I put down to a cold. He spiked a temperature 2/7 later with a right lower lobe "
        "aspiration. Now I stop at the first wet voice and we get a FEES or a videofluoroscopy "
        "before anything thinner than IDDSI level 2.",
        [],
    ),
    (
        "School psychologist with a board in the 905. I scored the BASC-3 teacher form from the "
        "wrong teacher, the French immersion homeroom instead of the English one, and the "
        "ratings looked far worse. I nearly recommended an ADHD referral. Now I confirm who the "
        "rater is in Q-global before scoring.",
        [],
    ),
    (
        "Prison GP. At HMP Drumhollow I prescribed methadone 60 ml for a man on his first night "
        "based on a community script that had been reduced to 40. He's on the system as "
        "prisoner 218774. His sister phoned the health centre on 0141 776 3302 the next morning "
        "worried he was 'out of it'. Nursing staff had already withheld the next dose.",
        [
            ("HMP Drumhollow", "facility"),
            ("prisoner 218774", "record"),
            ("0141 776 3302", "phone"),
        ],
    ),
    (
        "Medical social worker at a teaching hospital in Lagos. I told a family that a fee "
        "waiver had been approved by the welfare office when it had only been recommended. They "
        "sold a generator to pay the pharmacy balance the next day, and they should have heard "
        "the truth from me first. Now I say 'recommended' and 'approved' very carefully, in "
        "English and in Yoruba.",
        [],
    ),
    (
        "PGY-1 resident in internal medicine in Manila. I ordered ceftriaxone for a patient "
        "with a documented penicillin allergy (rash, not anaphylaxis) without discussing it "
        "with my senior. He developed hives after the first dose; we gave diphenhydramine and "
        "hydrocortisone and switched to azithromycin. I now check the allergy tab in the HIS "
        "before every antibiotic, not just the admission note.",
        [],
    ),
    (
        "Dental hygienist in a small-town practice in Louisiana. I did an SRP with lidocaine "
        "and epinephrine on a patient whose BP was 182/104; I took it but didn't act on it. She "
        "was fine, but the usual guidance is to defer above 180/110 and I was right on the "
        "line. Now I recheck, get the dentist to decide, and chart it in Dentrix before picking "
        "up the Cavitron.",
        [],
    ),
    (
        "I'm the only guidance officer for the Tambaroo cluster, four schools and one of me. I "
        "typed the wrong student's name into a report: Jaxon Miller instead of Jaxon Mills, "
        "both Year 5 at Tambaroo State School. The report went home. His mum emailed from "
        "j.mills.family@bigpond.com asking who on earth Jaxon Miller was.",
        [
            ("the only guidance officer for the Tambaroo cluster", "self"),
            ("Jaxon Miller", "name"),
            ("Jaxon Mills", "name"),
            ("Tambaroo State School", "facility"),
            ("j.mills.family@bigpond.com", "email"),
        ],
    ),
    (
        "Ex veterinary nurse, now a Band 5 on a surgical ward. Old habits: I drew up enoxaparin "
        "for Mr Pengelly on Wheal Tamsin ward using a weight I'd transposed, 86 kg instead of "
        "68. Caught at the second check. My old practice manager in Porthcarrow would have "
        "laughed.\n-- Lowenna (NMC PIN 19J0472C)",
        [
            ("Mr Pengelly", "name"),
            ("Wheal Tamsin ward", "facility"),
            ("Porthcarrow", "place"),
            ("Lowenna", "self"),
            ("NMC PIN 19J0472C", "self"),
        ],
    ),
    (
        "School-based youth health nurse in a Queensland state high school. I gave a student "
        "paracetamol at 11:00 without checking whether she'd had Panadol at home, which she "
        "had. The total was still under the daily max, but the principle stands. Consent forms "
        "live in OneSchool and I never actually looked.",
        [],
    ),
    (
        "AIN at Banksia Rest in Koorabine. Nanna Vi, 94, told me she'd already had her tablets "
        "and I believed her and signed the Webster-pak as given. She hadn't. The RN caught it "
        "at the 2pm round. Her Medicare number, 2953 61847 1, was on the incident form, and her "
        "son's mobile is 0428 113 907. I was the one who had to ring him.",
        [
            ("Banksia Rest", "facility"),
            ("Koorabine", "place"),
            ("Nanna Vi", "name"),
            ("94", "age"),
            ("2953 61847 1", "record"),
            ("0428 113 907", "phone"),
        ],
    ),
    (
        "Medic here, York Region-ish. Responded to 38 Copperleaf Court, L4H 2R6 for "
        "'indigestion' in Mr Harjit Sandhu, 67, and my partner and I talked ourselves into "
        "GERD. The 12-lead at 19:10 had subtle ST depression I didn't read properly. He "
        "arrested in the ED at Humber Ridge General forty minutes later. ACR number 24-118307 "
        "if anyone from the service is reading this, I already self-reported.",
        [
            ("38 Copperleaf Court", "place"),
            ("L4H 2R6", "place"),
            ("Mr Harjit Sandhu", "name"),
            ("67", "age"),
            ("Humber Ridge General", "facility"),
            ("24-118307", "record"),
        ],
    ),
    (
        "Night shift LPN at Cypress Bend Manor down the bayou. Mr. Alcide Thibodeaux (everybody "
        "called him Nonc Tee) got his 21:00 Coumadin twice because the off-going aide had "
        "written it on the back of a glove and I didn't check the MAR. INR next morning was "
        "5.8. His granddaughter Shawna found out before the DON did, which is its own kind of "
        "lesson.",
        [
            ("Cypress Bend Manor", "facility"),
            ("Mr. Alcide Thibodeaux", "name"),
            ("Nonc Tee", "name"),
            ("Shawna", "name"),
        ],
    ),
    (
        "Orthoptist at Luzviminda Eye Center. I patched the wrong eye on Bea, aged 5, because I "
        "read OD/OS backwards on the referral from Dr. Santiago. Two weeks of patching the good "
        "eye. Her mum showed me the photos on her phone at follow-up and I could have cried.",
        [
            ("Luzviminda Eye Center", "facility"),
            ("Bea", "name"),
            ("aged 5", "age"),
            ("Dr. Santiago", "name"),
        ],
    ),
    (
        "Guidance counselor at St. Rafaela Academy in Marikina. I told a student's mother about "
        "his self-harm before he'd agreed, thinking it was urgent. Jun-jun stopped talking to "
        "me after that. On Feb. 3, 2024 his mother messaged me on Facebook "
        "(facebook.com/marivic.dlcruz.77) asking for details and I answered there, which I "
        "should never have done.",
        [
            ("St. Rafaela Academy", "facility"),
            ("Jun-jun", "name"),
            ("Feb. 3, 2024", "date"),
            ("facebook.com/marivic.dlcruz.77", "url"),
        ],
    ),
    (
        "Dental hygienist in a mixed NHS/private practice in Cornwall. I did a full-mouth "
        "debridement with the Cavitron on a patient whose medical history just said 'heart "
        "valve' and I didn't ask which. It was a mechanical valve, she was on warfarin, and her "
        "INR that morning was 3.4. Bleeding took ages to settle with Surgicel and pressure. Now "
        "I read the MH form before the BPE, not after.",
        [],
    ),
    (
        "Second-year RPN student, Brampton placement. I gave metoprolol without taking an "
        "apical pulse because the Dinamap showed 62. Apical was 48. Patient was asymptomatic "
        "and we held the next dose, but my instructor wrote it into my learning plan. Now I "
        "take an apical before every beta-blocker.",
        [],
    ),
    (
        "Second-year student. On placement on Ward 11 at the Southbank Royal I charted obs for "
        "the wrong patient because two men called Ross were in beds 3 and 4. The NEWS2 I put in "
        "for Mr Ross Cairney was really the other man's. My mentor, Elspeth, spotted it on her "
        "round.",
        [
            ("Ward 11", "facility"),
            ("Southbank Royal", "facility"),
            ("Mr Ross Cairney", "name"),
            ("Elspeth", "name"),
        ],
    ),
    (
        "Prison nurse in Scotland. I missed a withdrawal assessment on a man admitted on a "
        "Friday night because the Vision record said 'no alcohol' from a previous sentence. By "
        "Sunday he was tremulous and seeing things. We treated with chlordiazepoxide. Now I ask "
        "at every reception myself and don't trust historic entries.",
        [],
    ),
    (
        "Paramedic with the state ambulance service in Lagos. On a night call stuck in traffic "
        "I gave 300 mg aspirin to a man with chest pain without asking about ulcers; he'd had a "
        "GI bleed two years earlier. The receiving team at the general hospital were fine about "
        "it, but it made me think. We now carry a pictorial allergy card in Yoruba, Igbo, Hausa "
        "and Pidgin.",
        [],
    ),
    (
        "LPC in private practice. A client texted me at 2am:\n> ms dee its Keisha i cant do "
        "this anymore\nI didn't see it till 7. She was okay; her cousin had taken her to the ER "
        "at Lady of the Bayou. I now have a proper after-hours message and crisis line on my "
        "voicemail.",
        [
            ("ms dee", "self"),
            ("Keisha", "name"),
            ("Lady of the Bayou", "facility"),
        ],
    ),
    (
        "Paramedic in a rural parish. We picked up T-Boy Landry on the levee road near Pointe "
        "Cheniere after he laid his truck down. I missed a tension pneumo because I was busy "
        "with his leg. Run report #LA-2219-0556. The flight crew caught it.",
        [
            ("T-Boy Landry", "name"),
            ("Pointe Cheniere", "place"),
            ("LA-2219-0556", "record"),
        ],
    ),
    (
        "Band 7 pharmacist on a Glasgow receiving ward. I verified a gentamicin dose on "
        "TrakCare using the Hartford nomogram without noticing the level had been taken at the "
        "wrong time, so 7 mg/kg went in a second time. Creatinine rose from 88 to 141 over 2/7. "
        "Caught on the Thursday ward round, flagged through Datix, and we now have a prompt in "
        "HEPMA. Lesson: never trust a level without checking the timing against the MAR.",
        [],
    ),
    (
        "Adult social worker in Cornwall. I closed a safeguarding enquiry under section 42 of "
        "the Care Act after one phone call, without visiting. The concerns came back within "
        "weeks. I now visit in person unless there's a very strong reason not to, and I record "
        "that reason in Mosaic.",
        [],
    ),
    (
        "QAS paramedic out of a one-station town. Got called to Barcoo Downs station, 90 km on "
        "dirt, for Davo, a ringer who'd been kicked by a horse. I gave 5 mg morphine IM and "
        "forgot to put it on the eARF before handing over to the RFDS at the Koorabine "
        "airstrip. They gave him more. He was drowsy but okay. Case number on the eARF was "
        "2023-0419877.",
        [
            ("Barcoo Downs station", "place"),
            ("Davo", "name"),
            ("Koorabine", "place"),
            ("2023-0419877", "record"),
        ],
    ),
    (
        "Genetic counsellor doing outreach clinics in Cornwall. I didn't make clear that a "
        "variant of uncertain significance in SCN5A could be reclassified, and the cardiologist "
        "had already changed the treatment plan on the strength of it. We've since adopted the "
        "ACMG wording in every VUS letter and I copy cardiology in. A VUS is not a diagnosis.",
        [],
    ),
    (
        "Charge nurse on 4 West at St. Aubin Regional. I mixed up the two Ms. Heberts, "
        "Bernadette, 63, and Yvonne, 61, and the potassium rider went into the wrong one. Labs "
        "were fine by morning, but the patient-safety report (PSN 2024-08812) has my name all "
        "over it.",
        [
            ("4 West", "facility"),
            ("St. Aubin Regional", "facility"),
            ("Heberts", "name"),
            ("Bernadette", "name"),
            ("63", "age"),
            ("Yvonne", "name"),
            ("61", "age"),
            ("PSN 2024-08812", "record"),
        ],
    ),
    (
        "Occupational therapist in a rural hospital in western Queensland. I cleared a grazier "
        "for discharge after a TKR on the strength of a kitchen assessment and a decent Timed "
        "Up and Go, but didn't ask about his house: a highset Queenslander with fourteen steps. "
        "He fell on day 2 at home. Now we do a stairs assessment for anyone going back to a "
        "property, and I ring the community nurse before they're on the road.",
        [],
    ),
    (
        "Orthoptist doing outreach clinics in rural Queensland. I recorded a child's Lang "
        "stereo test as a pass when she'd only pointed at the car after a lot of prompting. Her "
        "amblyopia was picked up at the next visit, six months later. Now I don't accept "
        "prompted responses and I write 'partial' in the record.",
        [],
    ),
    (
        "Primary care paramedic in Peel Region. I applied the Canadian C-spine rule wrong on a "
        "woman in her 60s after a low-speed rear-end collision and cleared her in the field. "
        "The ED found a C2 fracture. Age over 65 is a high-risk factor and I'd guessed her age "
        "instead of asking. Now I always ask date of birth before clearing.",
        [],
    ),
    (
        "ER nurse in a private hospital in Quezon City. I texted the wrong relative about a "
        "patient's CT. The message went:\n> Good eve po Ate Marites, si Lolo Ambo po ay nasa CT "
        "na, results by 9pm. - Nurse Joy\nIt was meant for his daughter, not the neighbour with "
        "the same saved name. Her number, 0917 552 8361, had been copied into the chart wrong.",
        [
            ("Ate Marites", "name"),
            ("Lolo Ambo", "name"),
            ("Nurse Joy", "self"),
            ("0917 552 8361", "phone"),
        ],
    ),
    (
        "Hospitalist at Our Lady of the Teche Medical Center. I discharged Mrs. Odile Fontenot "
        "on metformin while her creatinine was climbing, 1.4 to 2.1, because I read yesterday's "
        "BMP. She came back through the ED on 3/14/24 with lactic acidosis. MRN 00771952, if "
        "anyone on our peer review committee reads this.",
        [
            ("Our Lady of the Teche Medical Center", "facility"),
            ("Mrs. Odile Fontenot", "name"),
            ("3/14/24", "date"),
            ("MRN 00771952", "record"),
        ],
    ),
    (
        "Care assistant in a private care home for older people in Lagos. I gave a resident her "
        "evening Glucophage without making sure she'd eaten, because she was asleep at "
        "suppertime. Her sugar was 3.1 at midnight. We gave Lucozade and she recovered. Now we "
        "check food charts before any diabetic meds.",
        [],
    ),
    (
        "Hospital social worker in south Louisiana. I set up a discharge to a SNF without "
        "confirming that Medicaid had approved the level of care. The family drove in from "
        "three parishes over and the bed wasn't there. Now I wait for the written authorization "
        "in the portal before calling anyone. Learned that the hard way in hurricane season.",
        [],
    ),
    (
        "**Handover I got wrong**\n- Bed 12, Ward 5 East, Bramble Park Hospital: Mrs. Gurpreet "
        "Kaur Gill, 79\n- Code status: I said full code; it was DNR, signed 11/03/2024\n- "
        "Daughter: Simran, 416-555-0186\nI corrected it 20 minutes later, but the float nurse "
        "had already told the family something different.",
        [
            ("Ward 5 East", "facility"),
            ("Bramble Park Hospital", "facility"),
            ("Mrs. Gurpreet Kaur Gill", "name"),
            ("79", "age"),
            ("11/03/2024", "date"),
            ("Simran", "name"),
            ("416-555-0186", "phone"),
        ],
    ),
    (
        "Student paramedic on placement with QAS. My preceptor, Shazza, told me to get a BGL "
        "and I wrote 4.2 on the ePCR when the glucometer said 2.4. He was a diabetic bloke from "
        "Gidgee Flats and the receiving nurse at Tambaroo Hospital rechecked it and gave "
        "glucose.",
        [
            ("Shazza", "name"),
            ("Gidgee Flats", "place"),
            ("Tambaroo Hospital", "facility"),
        ],
    ),
    (
        "School nurse for a cluster of primaries. An email I sent to the wrong head:\n> Hi "
        "Demelza,\n> Re: Oscar Hocking (Y4, Pendrossan School) - EpiPen expired 30/06, please "
        "get mum to replace.\nIt went to the head of a different school. I've since set up "
        "distribution lists.\n\n-- Sent from the Lostwenna office, ext 2274",
        [
            ("Demelza", "name"),
            ("Oscar Hocking", "name"),
            ("Pendrossan School", "facility"),
            ("30/06", "date"),
            ("Lostwenna", "place"),
            ("ext 2274", "phone"),
        ],
    ),
    (
        "Third-year BSN student on duty at a government hospital in Manila. I hung the wrong "
        "bag of D5LR because the labels on the two Otsuka bottles looked identical under the "
        "ward's yellow lights. My clinical instructor caught it within 10 minutes. We now read "
        "labels aloud in Tagalog and English before spiking. Nobody got hurt but I cried in the "
        "CR for a good while after.",
        [],
    ),
    (
        "Carer with a domiciliary agency in Cornwall. I helped a client onto her Stannah "
        "stairlift without checking the seatbelt, and she slid on the turn. No injury. I "
        "reported it through the Birdie app and now I check the belt every time, even when I'm "
        "running behind because of holiday traffic in August.",
        [],
    ),
    (
        "Nurse at Atchafalaya Parish Correctional Center. Inmate Lavell Guidry, DOC #604418, "
        "was on my pill line and I gave him another man's Seroquel because they had adjacent "
        "cells and I went by cell number. He slept 14 hours. I wrote it up as incident "
        "IR-22-0931.",
        [
            ("Atchafalaya Parish Correctional Center", "facility"),
            ("Lavell Guidry", "name"),
            ("DOC #604418", "record"),
            ("IR-22-0931", "record"),
        ],
    ),
    (
        "Pharmacist in a drugstore chain branch. I gave losartan 100 instead of 50 to Lola "
        "Cora. Her grandson messaged on Viber:\n> Hello po, si Lola Cora po nahilo kahapon. "
        "Yung reseta niya 50mg lang. - Paolo (0920 337 6108)\nI refunded and apologised, and "
        "our branch in Barangay Maligaya now double-checks all antihypertensives.",
        [
            ("Lola Cora", "name"),
            ("Paolo", "name"),
            ("0920 337 6108", "phone"),
            ("Barangay Maligaya", "place"),
        ],
    ),
    (
        "GP doing sessional work in a Queensland correctional centre. What went wrong:\n- "
        "Prescribed tramadol for a back injury\n- Didn't look at the opioid substitution list "
        "first\n- He was on a buprenorphine depot (Sublocade)\nNursing staff picked it up at "
        "the medication round. Now I check the OST register before any analgesic, every time.",
        [],
    ),
    (
        "Radiographer, Cornwall, out of hours. I X-rayed the wrong wrist because the request on "
        "CRIS said left and the patient pointed at the right, and I went with the request. Two "
        "exposures instead of one. Now I do the three-point ID and the side check with the "
        "patient and the request together, every time, even at 04:00 when it's just me and the "
        "Carestream DR panel.",
        [],
    ),
    (
        "Prison GP, two sessions a week at HMP Carnmoor. I restarted pregabalin for a man on "
        "the induction wing because his community GP letter said 300 mg bd, without checking "
        "the date on it. It was two years old. He was found drowsy the next evening. Reception "
        "screening had his prison number as A4417KR and I should have called his old practice "
        "on 01726 883 140 first.",
        [
            ("HMP Carnmoor", "facility"),
            ("A4417KR", "record"),
            ("01726 883 140", "phone"),
        ],
    ),
    (
        "Remote area nurse, Far North Queensland. A stockman was brought in by the RFDS after "
        "coming off a quad bike and I charted his GCS as 15 at handover when it was actually 14 "
        "(he was muddled about the day). The Brisbane retrieval team picked it up over the "
        "phone. Lesson for me: do the full AVPU and GCS yourself, don't copy the flight nurse's "
        "number straight into ieMR.",
        [],
    ),
    (
        "Community pharmacist, shop on Olorunfemi Close. I dispensed amlodipine 10 mg to Alhaji "
        "Kolawole when his prescription said 5 mg; the boxes look the same on our shelf. His "
        "son rang from +234 806 321 0047 two days later saying he was dizzy. I apologised, and "
        "we now keep strengths on separate shelves.",
        [
            ("Olorunfemi Close", "place"),
            ("Alhaji Kolawole", "name"),
            ("+234 806 321 0047", "phone"),
        ],
    ),
    (
        "Counsellor at a community agency. I sent a session summary to the wrong client because "
        "Outlook autofilled. The email read:\n> Hi Brendan,\n> Following up on Thursday 9th "
        "November, here are the grounding exercises we talked about...\nIt went to "
        "brendan.okoye@rogersmail.ca instead of the Brendan I meant. I called our privacy "
        "officer at (905) 555-0148 within the hour.",
        [
            ("Brendan", "name"),
            ("Thursday 9th November", "date"),
            ("brendan.okoye@rogersmail.ca", "email"),
            ("(905) 555-0148", "phone"),
        ],
    ),
    (
        "PT at Sta. Lucia Rehabilitation Center. Tito Boy, our stroke patient, fell in the "
        "parallel bars because I turned to answer my phone. His PhilHealth no. 01-052338714-6 "
        "was on the incident form I had to fill in, and his wife texted me at 0998 204 1175 "
        "asking why his elbow was bandaged.",
        [
            ("Sta. Lucia Rehabilitation Center", "facility"),
            ("Tito Boy", "name"),
            ("01-052338714-6", "record"),
            ("0998 204 1175", "phone"),
        ],
    ),
    (
        "House officer in a Lagos teaching hospital. I prescribed artemether-lumefantrine for a "
        "febrile child without a malaria RDT because it was 'obviously malaria'. It was a UTI. "
        "The registrar changed to cefuroxime on the ward round next morning. Now I test before "
        "treating, even in peak season, even when the parents expect Coartem.",
        [],
    ),
    (
        "Dental hygienist in a clinic in Makati. I forgot to ask about bisphosphonates before "
        "deep scaling on a lola in her 70s who'd been on alendronate for years. Her dentist "
        "caught it before any extraction was planned, but I should have asked. Our intake form "
        "is now in Filipino and English with a specific question on osteoporosis meds.",
        [],
    ),
]

ROUND_8_J = [
    (
        "Used to be a veterinary nurse, now a Band 5 on a care of the elderly ward in Cardiff. "
        "I worked out a maintenance fluid rate from a weight in pounds, like the old clinic "
        "scales, and then treated it as kilos. The IV ran at more than double for three hours "
        "in a woman in her 90s with heart failure before the Band 7 asked why her chest sounded "
        "wet. Furosemide, a Datix and a long chat with the ward sister followed.",
        [],
    ),
    (
        "Speech therapist at Ruaraka Cottage Hospital. I cleared Mr Odera for thin fluids on "
        "21st March 2023 after a rushed bedside swallow. He aspirated on his evening chai and "
        "developed pneumonia. His daughter emailed me from odera.family@yahoo.com asking why "
        "I'd said it was safe. I had no good answer.",
        [
            ("Ruaraka Cottage Hospital", "facility"),
            ("Mr Odera", "name"),
            ("21st March 2023", "date"),
            ("odera.family@yahoo.com", "email"),
        ],
    ),
    (
        "Responding out past Cedar Hollow in the snow, I gave 0.5 mg epi IM to a guy I'd "
        "decided was anaphylactic. Turned out Wayne was having a panic attack and a rash from "
        "new laundry soap. His wife Lorna called the station the next day (250-748-3391) to say "
        "thanks anyway, which somehow made it worse.",
        [
            ("Cedar Hollow", "place"),
            ("Wayne", "name"),
            ("Lorna", "name"),
            ("250-748-3391", "phone"),
        ],
    ),
    (
        "PGY-2, internal medicine, Minneapolis. I ordered a contrast CT for a patient on "
        "metformin with a creatinine of 2.4 because the Epic alert fired on every order and I'd "
        "stopped reading it. She developed contrast-associated AKI. Alert fatigue is real, but "
        "it isn't an excuse. I read every hard stop in full now.",
        [],
    ),
    (
        "Child protection social worker on Vancouver Island. I uploaded a safety plan for the "
        "Harrisons, case CFD-2021-0448, into a different Harrison family's file in our Port "
        "Ellery office. The other mom read it out loud in a meeting.",
        [
            ("the Harrisons", "name"),
            ("CFD-2021-0448", "record"),
            ("Port Ellery", "place"),
        ],
    ),
    (
        "Nursing educator. I left my third-years on the paeds ward at Baraka Riverside Hospital "
        "to take a phone call, and one of them gave paracetamol syrup as 15 ml instead of 1.5 "
        "ml to baby Wanjiku, 11 months. I sent my report to principal@barakanursing.ac.ke that "
        "night and offered to resign. It wasn't accepted, but the supervision rules changed.",
        [
            ("Baraka Riverside Hospital", "facility"),
            ("Wanjiku", "name"),
            ("11 months", "age"),
            ("principal@barakanursing.ac.ke", "email"),
        ],
    ),
    (
        "Occupational therapist in a rehab centre in Kuala Lumpur. I issued a raised toilet "
        "seat without checking the bathroom, and the family had a squat toilet. The patient "
        "tried to use it anyway and slipped. I'd assumed the layout from the housing type. I "
        "ask for a photo or video of the home on WhatsApp now before ordering any equipment.",
        [],
    ),
    (
        "**Session notes I should never have sent**\n\nEating-disorder therapist in Adelaide. I "
        "emailed a client's weight graph to the wrong Jess in my contacts. The right one was "
        "jess.moretti94@bigpond.com; the other was her old netball coach. Jess (17) found out "
        "at training in Wattlebrook that Saturday, in front of the whole team.",
        [
            ("Jess", "name"),
            ("jess.moretti94@bigpond.com", "email"),
            ("17", "age"),
            ("Wattlebrook", "place"),
        ],
    ),
    (
        "As a clinical nurse educator in Minnesota I signed off a new grad on insulin "
        "competencies after watching her draw up Humalog once. A week later she gave 10 units "
        "of Lantus at 17:30 instead of Humalog because the pens sat side by side in the Pyxis. "
        "I now require three observed doses and a teach-back before I sign anything in the Epic "
        "competency module.\n\n— Clinical Nurse Educator, Med-Surg",
        [],
    ),
    (
        "Third-year nursing student at Hospital Bukit Damai. I took a blood sample from the arm "
        "with the dextrose drip running and the glucose came back 28 for Uncle Lim Boon Keat, "
        "66. The HO nearly gave insulin. My tutor, Sister Norazlina, made me write a reflection "
        "with my matric number, BN21-0377, on the front.",
        [
            ("Hospital Bukit Damai", "facility"),
            ("Uncle Lim Boon Keat", "name"),
            ("66", "age"),
            ("Sister Norazlina", "name"),
            ("BN21-0377", "self"),
        ],
    ),
    (
        "Community pharmacist in suburban Adelaide. I dispensed Endone 10 mg instead of 5 mg "
        "because the boxes sit side by side and it was 6:55 pm on a Friday. The patient's carer "
        "noticed the tablets looked different. I rang the prescriber, rang the carer, logged it "
        "in our QCPP incident register and moved the strengths to separate shelves that night.",
        [],
    ),
    (
        "Private practice counsellor. A client texted me at midnight:\n> cant do this anymore. "
        "sorry Bec\nI saw it at 7 am. I'd switched my phone off and my voicemail didn't give a "
        "crisis number. Tayla was 22; she survived, and she's the reason my after-hours message "
        "now points to Lifeline. That mobile, 0412 557 903, went in the bin afterwards.",
        [
            ("Bec", "name"),
            ("Tayla", "name"),
            ("22", "age"),
            ("0412 557 903", "phone"),
        ],
    ),
    (
        "I'm the only healthcare assistant on nights at HMP Caerllan, which tells you how "
        "easily I could be identified. I missed a man's insulin because the wing was locked "
        "down and I didn't push. Tyrone Evans, prisoner number A7731CK, was found hypo at 06:40 "
        "with a BM of 1.9.",
        [
            ("the only healthcare assistant on nights at HMP Caerllan", "self"),
            ("Tyrone Evans", "name"),
            ("A7731CK", "record"),
        ],
    ),
    (
        "I'm a counsellor with an NGO in Nairobi and I once ended a session ten minutes early "
        "because of a staff meeting. My client had been building up to disclosing something "
        "about an uncle. She didn't come back for six weeks. I use a Rogers-style check-in now "
        "— 'Is there anything you came in wanting to say that we haven't got to?' — at the "
        "40-minute mark.",
        [],
    ),
    (
        "911 dispatcher, metro Minnesota. I took a call from a woman speaking Somali and waited "
        "almost four minutes for the language line before sending units on the address alone. "
        "Her husband was in cardiac arrest. I should have sent first and interpreted second. We "
        "run ProQA and a good CAD, but no software fixes hesitation.",
        [],
    ),
    (
        "Dialysis nurse, private centre, Kuala Lumpur. I connected a patient to a Fresenius "
        "4008S with the wrong concentrate — a 1 mmol potassium bath instead of 2. Pre-dialysis "
        "K+ was 3.6. She got palpitations at the two-hour mark and her ECG showed U waves. We "
        "now do a two-person bath check, in Malay and English, before anyone presses start.",
        [],
    ),
    (
        "Tamil interpreter at a government hospital in Selangor. I was interpreting consent for "
        "a hysterectomy for Puan Letchumi a/p Muniandy, 47, and skipped the part about her "
        "ovaries being removed because I assumed the surgeon would repeat it. She found out at "
        "follow-up on 3 Ogos 2023. Her IC was 760214-08-5562.",
        [
            ("Puan Letchumi a/p Muniandy", "name"),
            ("47", "age"),
            ("3 Ogos 2023", "date"),
            ("760214-08-5562", "record"),
        ],
    ),
    (
        "Houseman year, medical ward. I wrote insulin as '10u' and the staff nurse read it as "
        "100. Puan Rohani binti Ismail, 63, had a hypo at 04:00 with a glucose of 1.8. Her RN "
        "was 2019-0048812 and I still remember it. I write 'units' in full now, always.",
        [
            ("Puan Rohani binti Ismail", "name"),
            ("63", "age"),
            ("2019-0048812", "record"),
        ],
    ),
    (
        "> From: Nuala\n> Sent: Thursday 9th\n> please stop weighing me blind, i know its going "
        "up\n\nThat came to the work phone from a 16yo client after I slipped and said 'that's "
        "a good gain' out loud. Blind weighing was agreed in her plan and I broke it. Nuala "
        "didn't come to her next appointment at Ravenhill Lodge.",
        [
            ("Nuala", "name"),
            ("Thursday 9th", "date"),
            ("16yo", "age"),
            ("Ravenhill Lodge", "facility"),
        ],
    ),
    (
        "I was the midwife on labour ward at Kileleshwa Mission Hospital when I missed a "
        "second-degree tear on a young mother, Akinyi Odhiambo. She came back on 14/6/2022 with "
        "a wound infection and pain she'd hidden for a week. Her file, IP/2022/07731, still has "
        "my handwriting all over it.",
        [
            ("Kileleshwa Mission Hospital", "facility"),
            ("Akinyi Odhiambo", "name"),
            ("14/6/2022", "date"),
            ("IP/2022/07731", "record"),
        ],
    ),
    (
        "Ex-vet nurse, now an RN at Mallee Springs District Hospital. I calculated a heparin "
        "infusion with my old mg/kg habits and nearly gave a tenfold dose to Mr Kostas "
        "Papadakis, 81. The pharmacist stopped it at 10:15. My AHPRA registration is "
        "NMW0002184736 and I genuinely thought I'd lose it.",
        [
            ("Mallee Springs District Hospital", "facility"),
            ("Mr Kostas Papadakis", "name"),
            ("81", "age"),
            ("NMW0002184736", "self"),
        ],
    ),
    (
        "School counsellor at a secondary school in Kuala Lumpur. A Form 4 student told me she "
        "was self-harming and I promised to keep it between us. Two weeks later the cuts were "
        "deeper and I had to break that promise anyway, so she felt betrayed twice over. I "
        "never promise confidentiality without explaining the limits now, in Malay or English, "
        "whichever they choose.",
        [],
    ),
    (
        "Night shift on the renal unit at Carnmoney Royal and I programmed the wrong UF goal — "
        "3.5 L instead of 2.5. Mr Gilliland, 68, cramped badly and dropped to a systolic of 78 "
        "before I caught it. His daughter rang the unit on 028 9067 4412 the next morning "
        "asking why he'd come home grey. Still makes me feel sick.",
        [
            ("Carnmoney Royal", "facility"),
            ("Mr Gilliland", "name"),
            ("68", "age"),
            ("028 9067 4412", "phone"),
        ],
    ),
    (
        "Licensed counselor in Minnesota. I took a PHQ-9 of 8 as reassurance and skipped the "
        "C-SSRS because the client was joking around. Item 9 was a 1. I didn't see it until I "
        "was scoring after she'd left. I called her that evening and she was okay, but I read "
        "item 9 before anything else now.",
        [],
    ),
    (
        "## What I got wrong\n\nI processed a fee waiver for Chebet Rotich instead of Chebet "
        "Ruto because the files were stacked together. The family who actually needed it, out "
        "in Githogoro West, were told they owed 48,000 shillings and stopped coming for "
        "dialysis. I reported it to socialwork@ngonghillsmemorial.or.ke the same day.",
        [
            ("Chebet Rotich", "name"),
            ("Chebet Ruto", "name"),
            ("Githogoro West", "place"),
            ("socialwork@ngonghillsmemorial.or.ke", "email"),
        ],
    ),
    (
        "I'm a call handler with the Welsh Ambulance Service. One night I let a chest pain call "
        "sit as a Green because the caller said he was 'just a bit tight'. ProQA gave me the "
        "determinant and I overrode my gut. The crew found him in VF at 03:10 and got ROSC "
        "after two shocks with the Lifepak 15. Nobody blamed me, but I've never trusted a "
        "'just' since.",
        [],
    ),
    (
        "On the methadone round at HMP Tullyvane I gave 60 ml to the wrong man because Ciaran "
        "Quinn and another lad on the landing shared a surname. The right one, prisoner number "
        "T48213, went into withdrawal by teatime. The other one slept for fourteen hours and I "
        "sat on the end of my bed that night shaking.",
        [
            ("HMP Tullyvane", "facility"),
            ("Ciaran Quinn", "name"),
            ("T48213", "record"),
        ],
    ),
    (
        "Physiotherapist in Nairobi. I progressed a post-stroke patient to stairs without "
        "checking his latest BP because he was keen and his family were watching. On the third "
        "step he went grey — 210/118. We sat him down, called the MO, and he was fine. Keenness "
        "is not a vital sign.",
        [],
    ),
    (
        "ER nurse in a small hospital on Vancouver Island. I triaged an older man with "
        "'indigestion' as CTAS 4 because he was chatty and pink. His ECG, done 40 minutes "
        "later, showed an inferior STEMI and he was flown to Victoria for PCI. Every epigastric "
        "pain over 40 gets an ECG within ten minutes from me now, no matter how pink.",
        [],
    ),
    (
        "Clinical nurse educator, Adelaide. I ran a BLS refresher from an old slide deck with "
        "the 15:2 ratio and nobody noticed until an ALS course months later. I'd taught forty "
        "people a superseded algorithm; ANZCOR had updated years before. I check the version on "
        "every deck now and date-stamp the footers.",
        [],
    ),
    (
        "I work nights at Tŷ Derwen care home and I used the medium sling on Bopa Gwen — that's "
        "what everyone calls her, she's 93 — when her care plan said large. She slipped partway "
        "out and bruised her arm. I wrote the Datix myself: DAT-CRD-55104. Her granddaughter "
        "works in the kitchen, so the whole home knew by breakfast.",
        [
            ("Tŷ Derwen", "facility"),
            ("Bopa Gwen", "name"),
            ("93", "age"),
            ("DAT-CRD-55104", "record"),
        ],
    ),
    (
        "Pharmacist in Tillicum Creek, a town small enough that everyone knows the pharmacy. I "
        "filled a methotrexate script as daily instead of weekly for Joan Fairweather, who'd "
        "just turned 79. Her PHN, 9046 218 775, is on the label I printed. She spent five days "
        "at Nanoose Valley Hospital with mucositis and a white count of 1.1.",
        [
            ("Tillicum Creek", "place"),
            ("Joan Fairweather", "name"),
            ("79", "age"),
            ("9046 218 775", "record"),
            ("Nanoose Valley Hospital", "facility"),
        ],
    ),
    (
        "Dialysis RN in a Minnesota outpatient unit. I cannulated a brand-new AV fistula with "
        "15-gauge needles instead of the 17s in the order because the tray was already set up. "
        "It infiltrated and the patient needed a tunneled catheter for another six weeks. "
        "New-access chairs now get a bright orange tag, in Epic and on the chair itself.",
        [],
    ),
    (
        "Radiographer in a KL hospital. I positioned a patient for an MRI without removing her "
        "tudung pin because I assumed the ward nurse had done the MRI safety checklist. The pin "
        "flew toward the bore when she was halfway in. No injury — it stuck to the coil. Now I "
        "do the checklist myself, face to face, in Malay or English.",
        [],
    ),
    (
        "Student paramedic on placement in Cardiff. I read a manual BP as 120/80 because that's "
        "what I expected, and my mentor rechecked: 88/50. The patient had a GI bleed. I'd been "
        "listening for Korotkoff sounds in the back of a noisy ambulance at 23:15. Now I say "
        "the number I actually hear, even when it's awkward.",
        [],
    ),
    (
        "Nursing assistant in a memory care unit in Minnesota. I gave a resident regular Ensure "
        "instead of the thickened one because the cartons looked alike during the supper rush. "
        "He coughed through the whole thing, and speech therapy redid his swallow eval the next "
        "day. I read the IDDSI level on the tray card now, not the carton.",
        [],
    ),
    (
        "Ortho physio in KL. I mobilised Encik Faizal bin Rosli on day one post-THR without "
        "checking the op note for posterior precautions. He flexed past 90 degrees and "
        "dislocated in the corridor outside Wad 7C. His MyKad number, 710305-10-6627, was on "
        "every form I didn't read properly.",
        [
            ("Encik Faizal bin Rosli", "name"),
            ("Wad 7C", "facility"),
            ("710305-10-6627", "record"),
        ],
    ),
    (
        "School nurse, public high school in Adelaide. A Year 9 student with type 1 diabetes "
        "told me she'd 'already done her insulin' and I didn't check the Libre reading on her "
        "phone. She hadn't bolused for lunch, and by sixth period she was at 22 with ketones. "
        "Her diabetes action plan from the hospital clinic was on file. I check the app with "
        "them now. Every time.",
        [],
    ),
    (
        "I teach simulation at a nursing program on Vancouver Island. In one SimMan scenario I "
        "forgot to reset the monitor and the students spent 15 minutes treating a rhythm from "
        "the previous group's case. Nobody questioned it, including me. That debrief was "
        "humbling. The pre-sim checklist now has 'reset Laerdal LLEAP' in bold.",
        [],
    ),
    (
        "Home birth at a farmhouse on Alder Bend Road. I underestimated the bleed because it "
        "soaked into a foam mattress — I called it 400 mL when it was closer to 1200. Mel, 29, "
        "went to Salish Bay General by air. Her partner texted that night:\n> she's ok. they "
        "gave 2 units. dont blame yourself\nI did anyway.",
        [
            ("Alder Bend Road", "place"),
            ("Mel", "name"),
            ("29", "age"),
            ("Salish Bay General", "facility"),
        ],
    ),
    (
        "I'm a Welsh/English interpreter. At a memory clinic I softened what the consultant "
        "said to Mr Emlyn Pugh because I knew the family from chapel — 'some memory problems' "
        "instead of 'Alzheimer's'. His son Rhodri found out three months later and phoned the "
        "service on 029 2054 8817 to complain. He was right to.",
        [
            ("Mr Emlyn Pugh", "name"),
            ("Rhodri", "name"),
            ("029 2054 8817", "phone"),
        ],
    ),
    (
        "> Hi Mrs. Thao, I'm so sorry. Kou's inhaler had expired and I didn't catch it at the "
        "fall check.\n\nThat's the email I had to write after Kou, age 9, had an attack at "
        "recess and the albuterol did nothing. I'm the only nurse at Birchwood Falls Elementary "
        "and I'd ticked the box without looking at the canister.",
        [
            ("Mrs. Thao", "name"),
            ("Kou", "name"),
            ("age 9", "age"),
            ("the only nurse at Birchwood Falls Elementary", "self"),
        ],
    ),
    (
        "I was a care assistant at a private nursing home in Kuala Lumpur and I gave a resident "
        "on a minced-and-moist diet a piece of roti canai because her family had brought it and "
        "she begged. She coughed, desatted to 86% and needed suction. The IDDSI Level 5 sign "
        "was right above her bed. I tell every new hire that story, in Malay and in English.",
        [],
    ),
    (
        "Art therapist, paediatric oncology. I put a child's painting up in the playroom with "
        "her name on it, and her parents hadn't told the extended family about the diagnosis. "
        "Aishah, 8, had signed it 'Aishah, Kampung Sungai Lalang'. An aunt visiting another "
        "child on Wad Kanak-Kanak 3 saw it and the whole village knew by Friday.",
        [
            ("Aishah", "name"),
            ("8", "age"),
            ("Kampung Sungai Lalang", "place"),
            ("Wad Kanak-Kanak 3", "facility"),
        ],
    ),
    (
        "Radiographer. This is the incident form I filled in, more or less:\n\nSite: Kariobangi "
        "North Medical Centre\nPatient: Fatuma Abdi\nAge: 24\nOP no.: 2023/OP/55812\nWhat "
        "happened: CXR done without LMP check; pt 9/40 pregnant.\n\nI was rushing the TB queue. "
        "I ask every woman now.",
        [
            ("Kariobangi North Medical Centre", "facility"),
            ("Fatuma Abdi", "name"),
            ("24", "age"),
            ("2023/OP/55812", "record"),
        ],
    ),
    (
        "Radiographer, CT, Sunday. I scanned the wrong Mrs Kerr — two on the list, one for a CT "
        "head and one for a CT abdo with contrast. Margaret Kerr got IV contrast she didn't "
        "need with an eGFR of 28. Her H&C number was 392 047 1183 and the other lady's was one "
        "digit off.",
        [
            ("Mrs Kerr", "name"),
            ("Margaret Kerr", "name"),
            ("392 047 1183", "record"),
        ],
    ),
    (
        "**Incident summary**\n- Patient: Gladys Bergquist, 88\n- Unit: 5 West at Lakehaven "
        "Lutheran\n- MRN: 30047719\n- What happened: I hung the potassium rider at 40 mEq/hr "
        "instead of 10 because I keyed the Alaris wrong.\n\nShe's fine. I'm still not, two "
        "years on.",
        [
            ("Gladys Bergquist", "name"),
            ("88", "age"),
            ("5 West", "facility"),
            ("Lakehaven Lutheran", "facility"),
            ("30047719", "record"),
        ],
    ),
    (
        "Working as a Swahili–English interpreter at a busy outpatient clinic in Nairobi, I "
        "rendered 'mara mbili kwa siku' as twice a week instead of twice a day for a metformin "
        "500 mg script. The pharmacist caught it at dispensing because it made no clinical "
        "sense. Now I read every frequency back in both Kiswahili and English before the "
        "patient leaves the room.",
        [],
    ),
    (
        "Hospital pharmacist here. A script came down for Mzee Kiprono Langat, 74, for warfarin "
        "5 mg, and I dispensed from a pot a colleague had refilled with 10 mg tablets. He bled "
        "into his knee and was admitted to Ward 4B at Ngong Hills Memorial. The incident number "
        "was PH-INC-2219 and I think of it every time I open that drawer.",
        [
            ("Mzee Kiprono Langat", "name"),
            ("74", "age"),
            ("Ward 4B", "facility"),
            ("Ngong Hills Memorial", "facility"),
            ("PH-INC-2219", "record"),
        ],
    ),
    (
        "Community midwife. I didn't repeat the BP at a day 5 visit in Cloughmore Gardens "
        "because she said she always had white-coat hypertension. It was 162/104. Two days "
        "later Roisin McCartan, 34, seized at home and spent three days in ICU at Lagan Bridge "
        "Hospital. She'd delivered on 2 May 2021 and I'd signed her off as low risk.",
        [
            ("Cloughmore Gardens", "place"),
            ("Roisin McCartan", "name"),
            ("34", "age"),
            ("Lagan Bridge Hospital", "facility"),
            ("2 May 2021", "date"),
        ],
    ),
    (
        "Emergency call handler with NIAS. A man rang from a farm near Carrowcreagh and I typed "
        "the townland in wrong, so the crew went to the other end of the county. His wife, "
        "Bernadette McAlinden, waited 48 minutes on the kitchen floor. The incident reference "
        "was NI-24-118390. I think about that drive every time I type a townland.",
        [
            ("Carrowcreagh", "place"),
            ("Bernadette McAlinden", "name"),
            ("NI-24-118390", "record"),
        ],
    ),
    (
        "Staff nurse, Band 5, surgical ward in Cardiff. I took down a PCA at handover without "
        "checking the pump log and binned the syringe. We couldn't account for 18 mg of "
        "morphine. CD audit, a very long statement and a meeting with the ward sister. Now I "
        "reconcile every PCA with the outgoing nurse at the bedside before anything goes in the "
        "sharps bin.",
        [],
    ),
    (
        "Paramedic with a private ambulance service in Nairobi. I gave 10 mg of diazepam to a "
        "man with a GCS of 9 because I assumed the jerking was a seizure, then couldn't assess "
        "his neuro status en route. CT at the receiving ED showed a bleed. Rush-hour traffic "
        "through the CBD added 40 minutes, but the diazepam was my decision. I don't sedate "
        "before a proper AVPU and pupils anymore.",
        [],
    ),
    (
        "> Dr. Whitfield — pls call re Eli's cough, still bad. Sarah\n\nI read that message on "
        "a Friday afternoon and decided it could wait. Eli Thorsen, 4, was admitted with "
        "pneumonia on the Sunday. I'm the only locum at Kelp Harbour Medical Clinic, so yes, "
        "I'm Dr. Whitfield.",
        [
            ("Dr. Whitfield", "self"),
            ("Eli", "name"),
            ("Sarah", "name"),
            ("Eli Thorsen", "name"),
            ("4", "age"),
            ("the only locum at Kelp Harbour Medical Clinic", "self"),
        ],
    ),
    (
        "Nurse in charge on a Saturday night, female medical ward. I accepted a verbal order "
        "for 'KCl 20' and hung it as a fast bolus. Mama Njeri — Grace Njeri Kamau, 61 — "
        "arrested at 23:40. The matron called me on +254 722 418 903 at midnight. She survived, "
        "barely.",
        [
            ("Mama Njeri", "name"),
            ("Grace Njeri Kamau", "name"),
            ("61", "age"),
            ("+254 722 418 903", "phone"),
        ],
    ),
    (
        "I'm a school nurse at a boarding school outside Nairobi. During a malaria scare I gave "
        "Coartem to a Form 2 student on symptoms alone because the RDT kits had run out. His "
        "blood smear the next day was negative, and it turned out to be typhoid. Treating on a "
        "hunch cost him two days of the right antibiotics.",
        [],
    ),
    (
        "Hospital pharmacist in Belfast. I clinically screened a gentamicin dose using actual "
        "body weight (120 kg) instead of adjusted body weight, and the trough came back at 3.1 "
        "before the next dose. No harm, thankfully. Now I open the trust's gentamicin "
        "calculator for every single one rather than trusting mental arithmetic at 16:45 on a "
        "Friday.",
        [],
    ),
    (
        "BC Emergency Health Services paramedic on Vancouver Island. I splinted what I thought "
        "was a simple ankle fracture on a logger and missed that his foot was cold and "
        "pulseless. I'd been distracted by the long extrication and the rain. He kept the foot "
        "only because the ER doc reduced it fast. CSM checks before and after every splint, "
        "every time.",
        [],
    ),
    (
        "Home haemodialysis trainer. I signed off Dai — Dafydd Lloyd-Hughes on paper — as safe "
        "to self-needle before he was ready. He blew his fistula at home in Cwm Tawel and the "
        "renal unit at Ysbyty Glan Hafren took him in at midnight.\n\n— Ceri Watkins, renal "
        "nurse",
        [
            ("Dai", "name"),
            ("Dafydd Lloyd-Hughes", "name"),
            ("Cwm Tawel", "place"),
            ("Ysbyty Glan Hafren", "facility"),
            ("Ceri Watkins", "self"),
        ],
    ),
    (
        "Second-year student, placement on a surgical ward in Belfast. I recorded a NEWS2 of 3 "
        "when it was really 5 because I forgot the point for supplemental O2. My mentor, a Band "
        "6, redid the obs at 14:20 and escalated to the F2. The patient was fine; my confidence "
        "wasn't. Now I say every parameter out loud as I score it.",
        [],
    ),
    (
        "School nurse for a cluster of primaries. I gave the flu nasal spray to Oisín in P3 at "
        "St Brigid's Primary up at Knockmourne even though his mum had ticked 'no' — I'd read "
        "the wrong row. His mum, Siobhan, rang me on 07812 446 093 that afternoon. I don't "
        "blame her for a word she said.",
        [
            ("Oisín", "name"),
            ("St Brigid's Primary", "facility"),
            ("Knockmourne", "place"),
            ("Siobhan", "name"),
            ("07812 446 093", "phone"),
        ],
    ),
    (
        "> 10/14/22 0312 — 54 y/o M, CP, NTG x3, BP 84/50 after 3rd\n\nThat's my run report. I "
        "gave the third nitro without a right-sided 12-lead because the monitor was slow to "
        "print. Mr. Lindahl had an inferior MI with RV involvement. His wife reached me at "
        "218-555-0147 months later, just to ask what happened.",
        [
            ("10/14/22", "date"),
            ("54 y/o", "age"),
            ("Mr. Lindahl", "name"),
            ("218-555-0147", "phone"),
        ],
    ),
    (
        "CBT-E therapist in an adult eating disorder service in South Wales. I agreed to pause "
        "weekly weighing because the client found it distressing, and for five weeks we 'worked "
        "on thoughts' while she lost 4 kg. The MEED red flags were all there in hindsight — "
        "pulse in the 40s, a SUSS test she couldn't finish. Collaborative weighing is "
        "non-negotiable for me now, Fairburn's manual or not.",
        [],
    ),
    (
        "**Wrong side, Band 5, first month**\n- Request: right wrist\n- What I X-rayed: left "
        "wrist\n- Why: she held out her left and I didn't re-check the Welsh PAS label\n- "
        "Outcome: re-imaged, extra dose, a Datix and an IR(ME)R notification\n\nThe reporting "
        "radiographer in Cardiff flagged it within the hour.",
        [],
    ),
    (
        "Medical social officer, KL. I told a family the welfare application had been approved "
        "when it had only been submitted. Mak Cik Salmah, 70, was discharged to her son's flat "
        "in Taman Seri Kenanga expecting help that didn't come. The file, JKM/KL/2023/1147, sat "
        "in a queue for two more months. Her son Hafiz called me on 012-738 4419 every week.",
        [
            ("Mak Cik Salmah", "name"),
            ("70", "age"),
            ("Taman Seri Kenanga", "place"),
            ("JKM/KL/2023/1147", "record"),
            ("Hafiz", "name"),
            ("012-738 4419", "phone"),
        ],
    ),
    (
        "I interpret Cantonese at a hospital on Vancouver Island. A doctor asked whether the "
        "patient had any chest pain and I used a phrase that can also mean heartache in the "
        "emotional sense. He said yes and talked about his late wife, and the team nearly "
        "ordered a troponin and a CT angiogram. Five minutes of clarifying would have saved an "
        "hour. I check ambiguous words before I render them now.",
        [],
    ),
    (
        "PT in a skilled nursing facility in Minnesota. I left a patient with Parkinson's "
        "standing at the parallel bars while I grabbed a gait belt. She had a freezing episode "
        "and sat down hard — no fracture, but a jump in her Morse Fall Scale score and a family "
        "care conference. The gait belt goes on before we stand. Always.",
        [],
    ),
    (
        "I was a vet tech for eleven years before nursing. Second month on 3 North at Salish "
        "Bay General, I programmed a hydromorphone PCA with a basal rate because that's how I'd "
        "always run CRIs on dogs. Darlene Fisher, 52, was hard to rouse by the 04:00 obs. "
        "Naloxone, rapid response, the lot.",
        [
            ("3 North", "facility"),
            ("Salish Bay General", "facility"),
            ("Darlene Fisher", "name"),
            ("52", "age"),
        ],
    ),
    (
        "Care aide at Arbutus Grove Lodge. I let Old Stan shower by himself because he was "
        "'fine yesterday'. He fell, split his eyebrow and needed six stitches. Stanley "
        "Beauchamp, 91, had a care plan that said standby assist, in bold. I signed my "
        "statement K. Nguyen-Reid, and there's only one of me on that wing.",
        [
            ("Arbutus Grove Lodge", "facility"),
            ("Old Stan", "name"),
            ("Stanley Beauchamp", "name"),
            ("91", "age"),
            ("K. Nguyen-Reid", "self"),
        ],
    ),
    (
        "SA Ambulance Service triage, nights. A caller described her husband as 'drunk and "
        "slurring' and I let the Category 4 stand without running the stroke questions. He had "
        "a left MCA infarct, and by the time a crew arrived he was outside the thrombolysis "
        "window. I ask the FAST questions on every 'drunk' call now, even at 3 am on a Saturday.",
        [],
    ),
    (
        "Respiratory on-call physio. I was called at 02:00 to a man with a trach on Ward C5 at "
        "Penylan Vale Hospital and suctioned too deep with the wrong catheter size. Mr Alun "
        "Beddoe, 58, bled from the stoma and desaturated to 79%. My HCPC number is PH112847 and "
        "I wrote it on the incident form at 04:15 with shaking hands.",
        [
            ("Ward C5", "facility"),
            ("Penylan Vale Hospital", "facility"),
            ("Mr Alun Beddoe", "name"),
            ("58", "age"),
            ("PH112847", "self"),
        ],
    ),
    (
        "I'm an LPN in a county jail in Minnesota. My own chart note from that night:\n> 01:50 "
        "COWS 14. Detainee vomiting x2. Will recheck.\nI'd charted 6, 9, 11 and 14 across the "
        "shift without looking at the trend. He aspirated around 02:00 and spent four days in "
        "the ICU. I trend every COWS and CIWA-Ar now, and I call the on-call provider at the "
        "second jump.",
        [],
    ),
    (
        "Former vet tech, now an RN on a med-surg floor in Minnesota. I entered a weight in "
        "pounds into the kilogram field in Epic because every scale at the clinic read in lb. "
        "The enoxaparin dose calculated to more than double and pharmacy caught it on "
        "verification. I read the units next to every number now, even on a quiet Sunday.",
        [],
    ),
    (
        "I'm a clinical psychologist working with eating disorders in Kuala Lumpur. I let a "
        "client's improving EDE-Q score reassure me when her BMI had dropped to 14.9 and her "
        "resting pulse was 44. I didn't refer for a medical review until the following week, "
        "and she was admitted with refeeding risk. Questionnaires start a conversation; they "
        "don't replace vitals.",
        [],
    ),
    (
        "Prison nurse in South Australia. I gave a prisoner his quetiapine from the wrong "
        "Webster-pak because two packs were stuck together with a rubber band. He was drowsy "
        "all day and missed a court video link. Nothing worse happened. I split every "
        "Webster-pak now and check the photo ID card against the man in front of me before "
        "popping a single blister.",
        [],
    ),
    (
        "Hospital social worker in Adelaide. I arranged a discharge to residential aged care "
        "without confirming the ACAT assessment had gone through. The patient sat in the "
        "transit lounge for six hours and was back in a medical bed by 19:00. My team leader "
        "was kind about it. I now ring My Aged Care myself before booking patient transport.",
        [],
    ),
    (
        "Student nurse, final placement at Torrens Reach Private. My preceptor, Dimitra, let me "
        "do the 0800 meds alone and I gave Mr Ferraro his Xarelto even though he was fasting "
        "for a colonoscopy. Procedure cancelled. I had to quote my student ID, a1739284, on the "
        "uni incident form.",
        [
            ("Torrens Reach Private", "facility"),
            ("Dimitra", "name"),
            ("Mr Ferraro", "name"),
            ("a1739284", "self"),
        ],
    ),
    (
        "Occupational therapist, community team. I assessed Big Tam — Thomas Devenney, 77 — for "
        "a stairlift at 14 Drumcairn Walk and measured the wrong staircase. The rail arrived a "
        "foot short and he fell on the top step waiting for the refit. Referral ref OT/NB/2231 "
        "is still in my notebook.",
        [
            ("Big Tam", "name"),
            ("Thomas Devenney", "name"),
            ("77", "age"),
            ("14 Drumcairn Walk", "place"),
            ("OT/NB/2231", "record"),
        ],
    ),
    (
        "F1 in a Belfast hospital, first week of nights. I prescribed Augmentin to a patient "
        "with a penicillin allergy documented on NIECR because I only looked at the paper "
        "kardex. The nurse caught it on the 22:00 drug round. I'd love to say I never slipped "
        "again, but what I actually do now is check both every single time, out loud.",
        [],
    ),
    (
        "Midwife in an Adelaide birthing unit. I documented an Apgar of 9 at one minute without "
        "really looking because the baby was crying. Ten minutes later the registrar noticed "
        "central cyanosis and the baby went to NICU with a congenital heart lesion. Crying "
        "isn't the same as pink. I do the score with my hands on the baby now.",
        [],
    ),
]
