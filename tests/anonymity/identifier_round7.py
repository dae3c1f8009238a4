"""Round 7 of issue 14's evaluation, the held-out set: 160 stories (80 safe, 314 spans) from
two helpers who saw only the labeling guide (identifier_round2.md), never the check's rules,
corpora or code; every profession (Scotland, Ghana, the Philippines, rural Australia, Texas,
Ontario, Bangladesh; California, New York, Wales, Uganda, India, New Zealand, Northern
Ireland). Measured untouched with the rules written against rounds 1 to 6, and not read
since: see test_identifiers.py and bench/README.md. Entries as in identifier_corpus."""

ROUND_7_G = [
    (
        "PT with a home health agency covering the Panhandle. I demoed a new rollator without "
        "locking the brakes, and when my patient sat back it rolled out from under her. She "
        "landed on her bottom, no fracture. The OASIS visit was already late and I was rushing. "
        "I now do the brake lock before anything else and have the patient do it twice.",
        [],
    ),
    (
        "I was the CPN covering Strathkinnon and I'd visited Mr Ewan Baird, 58, on a Thursday "
        "without checking the depot card. He'd already had his paliperidone from the practice "
        "nurse two days earlier. His daughter rang me on 07700 900418 that night, furious, and "
        "rightly so.",
        [
            ("Strathkinnon", "place"),
            ("Mr Ewan Baird", "name"),
            ("58", "age"),
            ("07700 900418", "phone"),
        ],
    ),
    (
        "Physio at a regional hospital in the Ashanti Region. I did chest physio with "
        "percussion on a man with a platelet count of 18 because I didn't look at the FBC "
        "before starting. He coughed up streaks of blood and got a big bruise across his back. "
        "The house officer wasn't cross but I was. Now labs are part of my pre-treatment check, "
        "and I write the platelet count at the top of my treatment sheet before I touch anyone.",
        [],
    ),
    (
        "Perfusionist at a big Houston heart center. I went on bypass for a redo valve with an "
        "ACT of 380 instead of over 480 because I misread the Hemochron display. The "
        "anesthesiologist caught it a minute in and we gave more heparin; the oxygenator didn't "
        "clot. It went into the QA log and the M&M. Now our checklist has an out-loud ACT "
        "read-back before anyone says 'go on'.",
        [],
    ),
    (
        "I cc'd the wrong person on a child protection notification:\n> From: Leah (Social "
        "Work) <lnorris@wheatlandshealth.org.au>\n> Cc: kirra.mcmahon@outlook.com\n> Re: Jaxon "
        "M, aged 6\nKirra is the child's aunt, not the caseworker. The Department still has the "
        "email.",
        [
            ("Leah", "name"),
            ("lnorris@wheatlandshealth.org.au", "email"),
            ("kirra.mcmahon@outlook.com", "email"),
            ("Jaxon M", "name"),
            ("aged 6", "age"),
            ("Kirra", "name"),
        ],
    ),
    (
        "A client's partner posted a thank-you on our practice Facebook page, "
        "facebook.com/TrilliumRiverMidwives, tagging me and naming the baby: Isla Makwa, born 9 "
        "January at 02:15. I 'liked' it. Our college says that's a confidentiality problem even "
        "when the family posts first.",
        [
            ("facebook.com/TrilliumRiverMidwives", "url"),
            ("Isla Makwa", "name"),
            ("9 January", "date"),
        ],
    ),
    (
        "Night shift in the CVICU at St. Brendan's, Sudbury. I titrated norepinephrine on the "
        "wrong pump channel for Mr Arthur Lemieux; I thought channel B was the norepi and it "
        "was his propofol. MRN S0048817. My manager's email was "
        "margot.dufresne@stbrendans-sudbury.ca and she was kind, which made it worse.",
        [
            ("St. Brendan's", "facility"),
            ("Mr Arthur Lemieux", "name"),
            ("S0048817", "record"),
            ("margot.dufresne@stbrendans-sudbury.ca", "email"),
        ],
    ),
    (
        "I filled a methadone carry for the wrong day for a client at our pharmacy in Port "
        "Alvar. He's on the log as D. Whiteduck, DOB 1986-08-21, and the witnessing sheet I "
        "uploaded to https://drive.google.com/file/d/1bXq7RkP0tZa/view got shared with the "
        "whole staff by mistake. OCP complaint number 24-PH-07731.",
        [
            ("Port Alvar", "place"),
            ("D. Whiteduck", "name"),
            ("1986-08-21", "date"),
            ("https://drive.google.com/file/d/1bXq7RkP0tZa/view", "url"),
            ("24-PH-07731", "record"),
        ],
    ),
    (
        "As the PHN for Barangay Malinao Sur I recorded a BCG as given when the vial had "
        "actually run out. The baby, Princess Joy Salazar, born 2 February 2023, never got it "
        "until her mother asked at the RHU in Sta. Lucia del Monte months later. I still have "
        "her mother's number, 0917 842 6613.",
        [
            ("the PHN for Barangay Malinao Sur", "self"),
            ("Princess Joy Salazar", "name"),
            ("2 February 2023", "date"),
            ("Sta. Lucia del Monte", "place"),
            ("0917 842 6613", "phone"),
        ],
    ),
    (
        "From my ACR (yes, I know):\nPatient: Marguerite Oakes\nAge: 79\nHCN: "
        "6630-214-588-PL\nAddress: 22 Concession Road 9, Stoney Mills Corners\nI'd documented "
        "'no LOC' when her husband told me she'd been out for a minute. Base hospital flagged "
        "it.",
        [
            ("Marguerite Oakes", "name"),
            ("79", "age"),
            ("6630-214-588-PL", "record"),
            ("22 Concession Road 9, Stoney Mills Corners", "place"),
        ],
    ),
    (
        "I was the LVN on pill line at the Harlan Unit and handed Offender Jesse Montoya, TDCJ "
        "#02184739, his cellmate's clonidine. The unit's only bilingual nurse is pretty easy to "
        "pick out, and that's me, so I'll keep this short. He got dizzy and was seen in the "
        "infirmary.",
        [
            ("Harlan Unit", "facility"),
            ("Jesse Montoya", "name"),
            ("02184739", "record"),
            ("The unit's only bilingual nurse", "self"),
        ],
    ),
    (
        "Group text from our imaging department after I shot the wrong knee:\n> Lead tech: who "
        "did the L knee on Rodriguez, Esperanza 4/2 at 1415??\n> Me: me, sorry 😞 order was R\n> "
        "Lead tech: call Dr. Whitfield x5532\nShe got an extra dose for nothing and a second "
        "copay. Her MRN was 004418827 and it was right there on the wristband.",
        [
            ("Rodriguez, Esperanza", "name"),
            ("4/2", "date"),
            ("Dr. Whitfield", "name"),
            ("x5532", "phone"),
            ("004418827", "record"),
        ],
    ),
    (
        "## Wrong insulin, my fault\n- Patient: Aunty Dulcie Barlow, 64\n- Where: MPS at Wattle "
        "Ridge, acute bay\n- URN: 118204\n- What: gave NovoRapid instead of Protaphane at "
        "21:00\nShe had a hypo at 02:00, BGL 2.1, treated with glucose gel and sandwiches. I "
        "was the only RN on.",
        [
            ("Aunty Dulcie Barlow", "name"),
            ("64", "age"),
            ("MPS at Wattle Ridge", "facility"),
            ("118204", "record"),
        ],
    ),
    (
        "Paramedic with the Scottish Ambulance Service on a rural island shift. I gave IM "
        "adrenaline 500 mcg for what I thought was anaphylaxis; it was a vasovagal with cold "
        "urticaria after a sea swim. No harm, but his HR went to 140 and he was scared stiff. "
        "The JRCALC guidance is clear about airway, breathing or circulation compromise, and he "
        "didn't have it. I've talked it through with my clinical team leader and now I say the "
        "criteria out loud before I draw up.",
        [],
    ),
    (
        "I was the circulating nurse for Dr. Ferdinand Alcaraz's lap chole on Mrs. Lourdes "
        "Pangilinan, 52, and my sponge count was off by one at closure. I signed it as correct "
        "because the surgeon was impatient. The X-ray found the gauze. Her case no. is "
        "OR-2024-1193 at Holy Child General Hospital, Legazpi.",
        [
            ("Dr. Ferdinand Alcaraz", "name"),
            ("Mrs. Lourdes Pangilinan", "name"),
            ("52", "age"),
            ("OR-2024-1193", "record"),
            ("Holy Child General Hospital", "facility"),
        ],
    ),
    (
        "Second-year student nurse on placement in a care home near Inverness. I made up a "
        "resident's Laxido in the wrong amount of water because I'd never done it before and "
        "didn't want to look daft asking. She didn't drink most of it and it wasn't a big deal "
        "clinically, but my practice supervisor pointed out I'd also not checked the MAR "
        "against the Boots blister pack. Now I ask, every time, even if it's the tenth thing "
        "I've asked that shift.",
        [],
    ),
    (
        "I forwarded a safeguarding concern to the wrong address:\n> To: "
        "pastoral@dunmore-academy.sch.uk\n> Subject: Concern re: Callum R, S1, DOB "
        "14/06/2012\nIt should have gone to the named person only. Callum Rennie's pastoral "
        "care teacher, Mr Gilfillan, ended up reading it in a shared inbox.",
        [
            ("pastoral@dunmore-academy.sch.uk", "email"),
            ("Callum R", "name"),
            ("14/06/2012", "date"),
            ("Callum Rennie", "name"),
            ("Mr Gilfillan", "name"),
        ],
    ),
    (
        "Nursing student on clinical rotation on 6 West at Lone Star Memorial. I charted vitals "
        "on the wrong patient in Epic because I had two charts open: Mr. Raymond Tibbs in 612 "
        "and Mr. Raymond Tubbs in 614. My clinical instructor, Professor Halvorsen, caught it "
        "at post-conference.",
        [
            ("6 West at Lone Star Memorial", "facility"),
            ("Mr. Raymond Tibbs", "name"),
            ("Mr. Raymond Tubbs", "name"),
            ("Professor Halvorsen", "name"),
        ],
    ),
    (
        "Texted a parent from my personal cell, which is already the first mistake:\n> Hi Mrs "
        "Guerrero, this is Nurse Dana at Pecan Hollow Elementary. Mateo's EpiPen expired last "
        "month, can you bring a new one?\nI sent it to the wrong Guerrero. The right mom's "
        "number was (956) 555-0147 and I'd transposed the last two digits.",
        [
            ("Mrs Guerrero", "name"),
            ("Nurse Dana", "self"),
            ("Pecan Hollow Elementary", "facility"),
            ("Mateo", "name"),
            ("(956) 555-0147", "phone"),
        ],
    ),
    (
        "I work on an ACT team in northern Ontario and I gave a client his Invega Sustenna on "
        "the wrong week because I went by my Outlook calendar instead of the MAR in our EMR. "
        "He'd had it from my colleague seven days earlier. He was more sedated than usual and "
        "we watched him for EPS for a fortnight; nothing serious. The team now uses one shared "
        "injection log and we both initial it. It's humbling how much a calendar reminder can "
        "lie.",
        [],
    ),
    (
        "Medical officer at a district hospital in the Upper East Region. I diagnosed malaria "
        "on an RDT and started artesunate but never did a lumbar puncture on a febrile child "
        "with a stiff neck in the dry season. The paediatrician from Tamale reviewed her on his "
        "outreach and started ceftriaxone; she recovered but has mild hearing loss. The "
        "Harmattan months are the meningitis belt months and I knew that. I now check Kernig's "
        "and Brudzinski's signs on every febrile child, and I don't stop at a positive RDT.",
        [],
    ),
    (
        "I'm a guidance counsellor at a high school in the Ottawa Valley and a Grade 10 student "
        "told me she'd been self-harming. I promised I wouldn't tell anyone, which I had no "
        "right to promise under our board's duty-to-report policy. When I broke that promise "
        "later in the day she felt betrayed and stopped coming to my office. Kids Help Phone "
        "and the school social worker picked up some of the slack. Now I say, at the start of "
        "every conversation, what I can and cannot keep private.",
        [],
    ),
    (
        "Hospital pharmacist, weekend cover. A prescription came down for Coartem 4 tablets "
        "twice daily for 3 days and I dispensed it for a child of 12 kg who should have had 1 "
        "tablet per dose. I'd looked at the adult band on the pack and not the folder weight. "
        "The nurse on the children's ward caught it at the first dose. I now circle the weight "
        "on every antimalarial script in red, and I've asked for the weight-band chart to be "
        "laminated above the counter.",
        [],
    ),
    (
        "Radiographer at a private diagnostic centre in Chattogram. I X-rayed a woman's lumbar "
        "spine without asking about pregnancy because the request slip said 'age 40s, back "
        "pain' and I assumed. She was eight weeks pregnant. The radiologist calculated the dose "
        "and reassured her, but she had a frightening week. We now have a Bangla "
        "pregnancy-check poster at the door and a tick box on every request.",
        [],
    ),
    (
        "ER nurse in a Level II trauma center in West Texas. I gave a full dose of Toradol to a "
        "man with a kidney stone and a creatinine of 2.4 because I didn't look at the BMP "
        "before pushing it. The ED doc had ordered it before the labs were back. His creatinine "
        "was up the next morning. Now I hold NSAIDs until I've seen the renal panel, and I tell "
        "the provider why. Epic even has a best-practice alert for it; I clicked straight "
        "through.",
        [],
    ),
    (
        "Night shift on the labour ward, one midwife to six women. I gave oxytocin 10 IU IM "
        "after the birth but never palpated for a second twin, and there was one. The Leopold "
        "manoeuvres would have told me in ten seconds. The Apgars were 8 and 9 in the end, "
        "thank God. Since then I palpate before any uterotonic, every single time, and I teach "
        "the students on rotation to do the same. Ghana Health Service guidance says it "
        "clearly; I just rushed.",
        [],
    ),
    (
        "CNA on nights at Bluebonnet Gardens out by Cotton Gin Crossing. I left Miss Loretta "
        "Pruitt's bed alarm off after changing her at 0300 and she fell at 0420. She's 88. "
        "Incident report #IR-2024-0612 says I was 'unaware', which isn't quite true. I forgot.",
        [
            ("Bluebonnet Gardens", "facility"),
            ("Cotton Gin Crossing", "place"),
            ("Miss Loretta Pruitt", "name"),
            ("88", "age"),
            ("IR-2024-0612", "record"),
        ],
    ),
    (
        "Midwife in a lying-in clinic in the Visayas. I gave oxytocin and then forgot the "
        "newborn's eye prophylaxis and vitamin K because the next mother was already crowning. "
        "The Essential Intrapartum and Newborn Care (EINC) protocol is pinned to our wall, and "
        "I still missed it. The baby got both in the morning. I've started saying the Unang "
        "Yakap steps out loud, like a checklist, even if it sounds silly.",
        [],
    ),
    (
        "The note I wrote still embarrasses me:\n> 03/11/23 22:40. Pt Kwabena Asamoah-Boadu, "
        "45M, folder no. KRH/0419287, Male Medical B. Hb 6.2. Transfuse 2 units.\nI never "
        "checked the crossmatch slip and the first unit was group B for a group O man.",
        [
            ("03/11/23", "date"),
            ("Kwabena Asamoah-Boadu", "name"),
            ("45M", "age"),
            ("KRH/0419287", "record"),
        ],
    ),
    (
        "I'm an RDMS in a busy OB practice in San Antonio and I measured a crown-rump length to "
        "the yolk sac edge instead of the fetal pole. The dating came out nearly a week off and "
        "the provider almost scheduled a 39-week induction too early. The MFM sonographer "
        "re-scanned on the Voluson E10 and caught it. I now freeze three images and take the "
        "mean, and I ask for a second look whenever the CRL and LMP disagree by more than 5 "
        "days.",
        [],
    ),
    (
        "Medical officer, upazila level. A farmer came in with OP poisoning and I gave atropine "
        "in small boluses but didn't double the dose every five minutes as the protocol says; I "
        "was afraid of the tachycardia. His chest kept crackling and his SpO2 sat at 86% for "
        "far too long. The consultant in Rajshahi talked me through proper atropinisation on "
        "the phone. He survived after a stay in ICU. Pralidoxime we didn't have, but atropine "
        "we did, and I was too timid with it.",
        [],
    ),
    (
        "Third-year BSN student on my RLE in a provincial hospital in Mindanao. I took a manual "
        "BP on a toddler with an adult cuff because the pedia cuff was missing and I was too "
        "shy to ask my CI. The reading was falsely low and I nearly reported hypotension at "
        "endorsement. My clinical instructor rechecked with the right cuff and it was normal. "
        "Lesson: ask, even when it's 5 a.m. and everyone is tired. I wrote it up in my RLE "
        "journal and we discussed it at post-conference.",
        [],
    ),
    (
        "School-based youth health nurse in central Queensland. A Year 9 student came in "
        "wheezing and I gave her Ventolin through a spacer but didn't check her asthma action "
        "plan, which said four puffs every four minutes and call 000 if no better. I waited too "
        "long before calling the ambulance. She was okay after nebs at the hospital. I keep a "
        "copy of every student's plan in the blue folder now and read it first.",
        [],
    ),
    (
        "Family doc, rural clinic. I renewed Mr Gerald Bouchard's warfarin by fax without "
        "seeing his INR of 5.8 from the lab in Pembrook Falls. He's 76 and came in with a GI "
        "bleed two days later. Our fax is 613-555-0188 and I'd sent the renewal to the wrong "
        "pharmacy line.",
        [
            ("Mr Gerald Bouchard", "name"),
            ("Pembrook Falls", "place"),
            ("76", "age"),
            ("613-555-0188", "phone"),
        ],
    ),
    (
        "Mental health nurse doing home visits under the provincial program in Northern Luzon. "
        "I gave a client fluphenazine decanoate 25 mg when his card said 12.5 mg, because I "
        "read the dose the psychiatrist had reduced from. He had an acute dystonia the next "
        "morning and his family brought him to the RHU; biperiden helped. I now read the card "
        "in Ilocano with the family, together, before I open the ampoule.",
        [],
    ),
    (
        "I discharged a man with a scaphoid fracture I'd called a sprain. The consultant's "
        "email came the next morning:\n> Dear Dr Kerr,\n> The radiology report for Mr Fergus "
        "Dunlop (CHI 2207594418) came back positive. Please call him today.\n> Best, Ailsa\n> "
        "Ailsa Moncrieff, Consultant in Emergency Medicine, Ardlinnie General",
        [
            ("Dr Kerr", "name"),
            ("Mr Fergus Dunlop", "name"),
            ("2207594418", "record"),
            ("Ailsa", "name"),
            ("Ailsa Moncrieff", "name"),
            ("Ardlinnie General", "facility"),
        ],
    ),
    (
        "Nurse at a prison infirmary in the Central Region. I gave an inmate his TB meds "
        "without watching him swallow; DOTS means directly observed and I'd broken the one rule "
        "in the name. His sputum stayed positive at month two and we found the tablets in his "
        "bedding. I've put the DOT card next to the water cup so I can't hand over without "
        "watching. The regional TB coordinator was fairly gentle about it.",
        [],
    ),
    (
        "HCA on a medical ward in a Glasgow hospital. I took a patient's obs and wrote his "
        "NEWS2 as 3 when, counted properly, it was 6, because I forgot that new confusion "
        "scores 3 on its own. I didn't escalate to the nurse in charge for over an hour. He had "
        "sepsis and got his antibiotics late. I now use the NEWS2 chart on the wall, add it up "
        "twice, and say the number out loud at the nurses' station.",
        [],
    ),
    (
        "Physio at Meghna View Rehab Centre. I progressed Mr Abdul Karim Sarder's spinal cord "
        "injury programme to the standing frame without checking his BP lying and standing. "
        "He's 42, T6 complete, and he went grey and dropped to 70/40. His attendant's number is "
        "01911-552804 and she called me later, very kind.",
        [
            ("Meghna View Rehab Centre", "facility"),
            ("Mr Abdul Karim Sarder", "name"),
            ("42", "age"),
            ("01911-552804", "phone"),
        ],
    ),
    (
        "I'm a carer with a care at home service in Fife and I missed a lunchtime visit to Mrs "
        "Agnes McPhail at 7 Kinloch Wynd, Auchtermair because the rota app showed her as "
        "cancelled. She's 91 and diabetic, and she'd not eaten. The office number is 01592 496 "
        "873 if you want to tell me off yourself.",
        [
            ("Mrs Agnes McPhail", "name"),
            ("7 Kinloch Wynd, Auchtermair", "place"),
            ("91", "age"),
            ("01592 496 873", "phone"),
        ],
    ),
    (
        "Counsellor at an English-medium school in Dhaka. A Class 9 boy told me his cousin had "
        "been hitting him and I mentioned it to his class teacher in the staffroom, within "
        "earshot of others. It reached his family before I'd made a plan. Our child protection "
        "policy says one designated person and a private room, and Rogers would have been "
        "appalled at my lack of care. I now speak only to the designated safeguarding lead, and "
        "my notes stay in the locked cabinet, not the shared drive.",
        [],
    ),
    (
        "At the Bonomala Upazila Health Complex I was the only trained midwife on nights, so "
        "anyone there will know this was me. I gave oxytocin 10 IU as a fast IV push instead of "
        "IM to Mst. Rokeya Begum, 31, and her BP dropped sharply. Her registration was "
        "2024/LR/1187. We managed it, and I wrote it up.",
        [
            ("Bonomala Upazila Health Complex", "facility"),
            ("the only trained midwife on nights", "self"),
            ("Mst. Rokeya Begum", "name"),
            ("31", "age"),
            ("2024/LR/1187", "record"),
        ],
    ),
    (
        "Single-officer response out of Mundoolah Creek to a property on Brigalow Gap Road. "
        "Farmer, Col Pettigrew, 71, chest pain, and I gave GTN without getting a BP first "
        "because the monitor cable was in the other truck. He dropped to 80 systolic. Case "
        "number 24-0338172 if you know it.",
        [
            ("Mundoolah Creek", "place"),
            ("Brigalow Gap Road", "place"),
            ("Col Pettigrew", "name"),
            ("71", "age"),
            ("24-0338172", "record"),
        ],
    ),
    (
        "Community psychiatric nurse in the Volta Region. A family asked for help when their "
        "son, in his 20s, was chained at a prayer camp, and I went alone without telling the "
        "district mental health coordinator. The pastor refused to let me in and the family "
        "blamed me for making it worse. The Mental Health Act 846 of 2012 gives us the backing, "
        "but I needed the team and the police with me. We went back a week later together and "
        "he was released to the district hospital.",
        [],
    ),
    (
        "Staff nurse in a private hospital ICU in Dhaka. I suctioned a ventilated patient for "
        "too long without pre-oxygenating because the closed-suction catheter had been swapped "
        "for open suction and I wasn't used to it. His SpO2 fell to 72% and his HR dropped to "
        "40 before I stopped. The duty doctor bagged him back up on 100% O2. I've since done "
        "the in-house airway module and I now pre-oxygenate and limit each pass to 10-15 "
        "seconds, counting out loud.",
        [],
    ),
    (
        "Our charge nurse forwarded me this after I hung the wrong IV bag:\n> From: Ma. "
        "Cristina Villaluz <cvillaluz.ns@sanroquemedical.ph>\n> Re: Bed 12, Ward 3-North, San "
        "Roque Medical Center. Patient Rodolfo Dimaculangan, 66/M, Hosp No. 2023-118604\n> "
        "Please see me before your next duty.\nI had swapped his D5LR with the D5NM meant for "
        "bed 14. No harm came of it, but it was careless.",
        [
            ("Ma. Cristina Villaluz", "name"),
            ("cvillaluz.ns@sanroquemedical.ph", "email"),
            ("Ward 3-North, San Roque Medical Center", "facility"),
            ("Rodolfo Dimaculangan", "name"),
            ("66/M", "age"),
            ("2023-118604", "record"),
        ],
    ),
    (
        "Sonographer at a private scan centre. I told Mrs Akosua Sarpong the baby was a boy and "
        "wrote it on the report (ref US/0623/0451) when she had asked specifically not to know. "
        "Her husband called from 0551 238 904 the next day, upset. I now ask first and write "
        "'sex not disclosed' at the top.",
        [
            ("Mrs Akosua Sarpong", "name"),
            ("US/0623/0451", "record"),
            ("0551 238 904", "phone"),
        ],
    ),
    (
        "I was a veterinary technician for eight years before nursing school, so you'd think "
        "I'd know doses by weight. In my first week at Ridgeview Clinic, Sunyani Road, I gave "
        "Nana Yaw Boateng, 7, a paracetamol syrup dose worked out for his weight in pounds. His "
        "mum's WhatsApp is +233 20 718 4426 and she has been very gracious.",
        [
            ("Ridgeview Clinic", "facility"),
            ("Sunyani Road", "place"),
            ("Nana Yaw Boateng", "name"),
            ("7", "age"),
            ("+233 20 718 4426", "phone"),
        ],
    ),
    (
        "Rural physio covering three towns in western Queensland. I taught a post-op knee to "
        "use crutches on the ward but never asked about the steps at his house. He went home, "
        "tried the back stairs with the wrong sequence and fell, luckily onto the lawn. The OT "
        "in Toowoomba had asked me to call about a home visit and I never did. Now I ring every "
        "family before discharge and ask them to send a photo of the steps.",
        [],
    ),
    (
        "I'm one of two perfusionists at the Clydesmuir Cardiothoracic Centre, so this narrows "
        "it down a lot. On 28 August I forgot to restart the cardioplegia timer for Mr Hamish "
        "Stirrat, 67, and his second dose went in 12 minutes late. Page me on bleep 4417 if you "
        "want the full story.",
        [
            ("one of two perfusionists at the Clydesmuir Cardiothoracic Centre", "self"),
            ("28 August", "date"),
            ("Mr Hamish Stirrat", "name"),
            ("67", "age"),
            ("bleep 4417", "phone"),
        ],
    ),
    (
        "Final-year student midwife. I did a vaginal exam without reading the partograph and "
        "documented 6 cm when the midwife before me had written 8 cm an hour earlier; I'd just "
        "misjudged. My preceptor re-examined and she was 9. Nobody was harmed, but on paper it "
        "looked like labour had gone backwards. I now read the whole WHO partograph before I "
        "glove up, and I ask my preceptor to confirm any finding that doesn't fit.",
        [],
    ),
    (
        "School nurse in a public high school in Pampanga. On deworming day I gave albendazole "
        "to a Grade 8 student who said she was 'okay', without asking privately about "
        "pregnancy. She later told the guidance counselor she was pregnant. The DepEd and DOH "
        "memo specifically says to screen for it. I now ask one at a time, behind the screen, "
        "not in the line.",
        [],
    ),
    (
        "Hospital social worker in the Rio Grande Valley. I called CPS on a family about a "
        "toddler's bruising before the child-abuse pediatrician had seen him, and it turned out "
        "to be congenital dermal melanocytosis documented at birth. The intake worker was "
        "polite, but the parents were terrified and spoke mostly Spanish; I hadn't used the "
        "interpreter line. I now read the whole chart, nursery notes included, before every "
        "report, and I use Language Line even when I think my Spanish is good enough.",
        [],
    ),
    (
        "I sent a superbill to the wrong client. The email went from my practice account, "
        "jmartinez.lpc@hillcountrycounseling.com, to Brandon Ochoa instead of Brenda Ochoa, and "
        "it listed her diagnosis code and session dates. I'm the only Spanish-speaking LPC at "
        "Hill Country Counseling in Blanco Springs, so I won't pretend this is anonymous.",
        [
            ("jmartinez.lpc@hillcountrycounseling.com", "email"),
            ("Brandon Ochoa", "name"),
            ("Brenda Ochoa", "name"),
            ("the only Spanish-speaking LPC at Hill Country Counseling in Blanco Springs", "self"),
        ],
    ),
    (
        "A mother messaged me after I shared her son's HIV status with the wrong uncle:\n> Apa, "
        "you told Kamal bhai about Tanvir. Now the whole para in Nayanpur Char knows. He is "
        "only 16. My number is 01819-307562 if you want to explain.\nI am a counsellor at an "
        "NGO drop-in centre. I had not verified who the caller was.",
        [
            ("Kamal bhai", "name"),
            ("Tanvir", "name"),
            ("Nayanpur Char", "place"),
            ("16", "age"),
            ("01819-307562", "phone"),
        ],
    ),
    (
        "**What happened**\nBooking appointment at Kirkbrae Health Centre, first baby, mum "
        "Kirsty Lennox, 23. I recorded her CHI as 0812001147 without double-checking and her "
        "bloods went to another woman's record.\n**What I learned**\nRead the CHI back against "
        "the letter or the wristband, every time.",
        [
            ("Kirkbrae Health Centre", "facility"),
            ("Kirsty Lennox", "name"),
            ("23", "age"),
            ("0812001147", "record"),
        ],
    ),
    (
        "I'm a play therapist in CAMHS and I posted this letter:\n> 12 Feb 2024\n> Dear Mrs "
        "Urquhart,\n> Following Ruaridh's session at the Lochview Centre on Tuesday...\nIt went "
        "to 3 Bracken Brae, Drumfinlay instead of his dad's address, and the parents are "
        "separated with a court order.",
        [
            ("12 Feb 2024", "date"),
            ("Mrs Urquhart", "name"),
            ("Ruaridh", "name"),
            ("Lochview Centre", "facility"),
            ("3 Bracken Brae, Drumfinlay", "place"),
        ],
    ),
    (
        "I see clients at a small faith-based counselling centre, Grace Haven on the Spintex "
        "Road, and I left a session note in the printer tray:\n> Client: Efua Quartey, 29. "
        "Referred by Rev. Amoako. Disclosed IPV 17/05/24.\nAnother client picked it up. I've "
        "since moved to locked notes only.",
        [
            ("Grace Haven", "facility"),
            ("Spintex Road", "place"),
            ("Efua Quartey", "name"),
            ("29", "age"),
            ("Rev. Amoako", "name"),
            ("17/05/24", "date"),
        ],
    ),
    (
        "Nurse at the infirmary of a city jail in the Visayas. I gave PDL Arnel Bacus, jail no. "
        "BJMP-2023-04417, isoniazid twice in one morning because the dose log wasn't signed. "
        "He's 34 and already had hepatitis. The warden's office number is (032) 412-5573.",
        [
            ("Arnel Bacus", "name"),
            ("BJMP-2023-04417", "record"),
            ("34", "age"),
            ("(032) 412-5573", "phone"),
        ],
    ),
    (
        "Remote clinic, 03:10, and a stockman came in off a quad bike with a GCS of 14 and a "
        "boggy parietal haematoma. I rang the Royal Flying Doctor Service and started the "
        "retrieval on the phone, but I didn't repeat neuro obs every 15 minutes like the CARPA "
        "manual says. By the time the King Air landed his GCS was 11. He did okay after a burr "
        "hole in Adelaide, but I now set a timer on my phone and write every set down, even "
        "when I'm alone and juggling the radio.",
        [],
    ),
    (
        "Hospital social worker in Toronto. I told a family the patient could get into an LTC "
        "home in their neighbourhood within a month; the wait in that part of the GTA was "
        "closer to two years. They turned down an interim bed and she stayed in an ALC bed for "
        "three more months. My advice came from an outdated Home and Community Care Support "
        "Services sheet. I now check current wait-time data before I say anything with a number "
        "in it.",
        [],
    ),
    (
        "PGY-2 in IM at a tertiary hospital in Metro Manila. I ordered potassium chloride 40 "
        "mEq 'IVP'; I meant incorporate into 1 L PNSS over 8 hours. The staff nurse, bless her, "
        "called me back and read the order aloud. I'd been on 36-hour duty and charted in "
        "Taglish shorthand that nobody could parse. Our department now bans 'IVP' on any KCl "
        "order in the HIS and pharmacy double-checks.",
        [],
    ),
    (
        "I dispense at a busy model pharmacy in Dhaka and one evening a man asked for Napa "
        "Extra for his mother's headache. I didn't ask what else she took; she was already on "
        "Ace Plus from another shop and paracetamol suppositories her grandson had bought. The "
        "total came close to 5 g a day for a lady in her 70s. Her son came back two days later "
        "to say the upazila doctor had stopped everything and her LFTs were deranged. Now I ask "
        "every customer, in Bangla and slowly, to list all their tablets, including the ones in "
        "the shopping bag.",
        [],
    ),
    (
        "Medical social worker here. I released the PhilHealth MDR of Nenita Cabrera, a widow "
        "from Purok 4, Barangay Tabunok Ilaya, to her nephew without an SPA. Her PIN was "
        "02-051734219-8 and he used it to file a claim somewhere else. Lesson learned the hard "
        "way, with an incident report on my file.",
        [
            ("Nenita Cabrera", "name"),
            ("Purok 4, Barangay Tabunok Ilaya", "place"),
            ("02-051734219-8", "record"),
        ],
    ),
    (
        "During a home visit at Abodwe Junction I gave Maame Adjoa her pentavalent dose without "
        "checking the card; she'd had it three weeks before at the outreach point. Her mother "
        "showed me the card afterwards: NHIS 07281934, next visit written as 12/09/22. I called "
        "the sub-district on 0244 615 302 to report it.",
        [
            ("Abodwe Junction", "place"),
            ("Maame Adjoa", "name"),
            ("07281934", "record"),
            ("12/09/22", "date"),
            ("0244 615 302", "phone"),
        ],
    ),
    (
        "OT in home care in eastern Ontario. I recommended a raised toilet seat and grab bars "
        "for a client after a stroke but didn't assess her shower transfer; I'd run out of time "
        "and ticked 'independent' on the form based on what her daughter said. She slipped a "
        "week later. No fracture, lots of bruising. I now watch every transfer I document, or I "
        "write 'not assessed'.",
        [],
    ),
    (
        "Rural midwife, small maternity unit with no obstetrician on site. I documented a CTG "
        "as 'reassuring' for a woman at 41 weeks without noticing shallow late decelerations "
        "because the paper had folded. The GP-obstetrician reviewed it and she went by road to "
        "the regional base hospital for a caesar; the cord gases were acidotic but the baby is "
        "fine. I've redone my K2 training and I now unfold and review the full strip, not the "
        "last ten minutes. RANZCOG's guideline was right in front of me.",
        [],
    ),
    (
        "I'm a PCA in an aged care home out in the Wheatbelt and I used the Maxi Move hoist "
        "with a medium sling on a resident who needed a large. She slipped down and I caught "
        "her under the arms, which I'm not meant to do. No fracture, but a big skin tear that "
        "the RN dressed with Mepitel. The sling chart was right there on the wardrobe door. Now "
        "I check the colour tag every time, even on nights when it's just me and one RN for 40 "
        "residents.",
        [],
    ),
    (
        "We got toned out to a rollover on FM 1187 just past Caddo Springs around 2 a.m. The "
        "driver, Travis Delacroix, 19, kept telling us he was fine and I let him sign the "
        "refusal without a proper c-spine assessment. Run number was 23-044719 if anyone from "
        "Hollis County EMS reads this. He came back by POV the next day with a C6 fracture.",
        [
            ("Caddo Springs", "place"),
            ("Travis Delacroix", "name"),
            ("19", "age"),
            ("23-044719", "record"),
            ("Hollis County EMS", "facility"),
        ],
    ),
    (
        "MHO in a rural part of the Highlands. I attended a short-term detention certificate "
        "assessment and didn't check that the patient had been told about her right to a named "
        "person under the Mental Health (Care and Treatment) (Scotland) Act 2003. The Mental "
        "Welfare Commission picked it up at their visit. She wasn't harmed, but her rights "
        "were. I now carry a laminated checklist and read the rights aloud, in Gaelic too when "
        "it's wanted.",
        [],
    ),
    (
        "I'm the sole pharmacist at the only pharmacy in Mallee Downs, so people will know. I "
        "gave Mrs Beryl Thorne, 83, someone else's Webster-pak. Her Medicare number is 2951 "
        "63084 1 and it was printed on the wrong pack's label. The GP practice, Mallee Downs "
        "Medical, rang me on (03) 5081 2297.",
        [
            ("the sole pharmacist at the only pharmacy in Mallee Downs", "self"),
            ("Mrs Beryl Thorne", "name"),
            ("83", "age"),
            ("2951 63084 1", "record"),
            ("Mallee Downs Medical", "facility"),
            ("(03) 5081 2297", "phone"),
        ],
    ),
    (
        "Band 5 radiographer, out-of-hours CT. The request on TrakCare said 'CT head, no "
        "contrast' but I read the line below for the previous patient and gave IV Omnipaque to "
        "a man with an eGFR of 24. Nobody had flagged it and I didn't scroll. He was fine after "
        "fluids and a repeat U&E at 48 hours, but I filed a Datix and now I read every request "
        "out loud before I inject anything. NHS Lothian's policy was never the problem; my pace "
        "was.",
        [],
    ),
    (
        "I copied the wrong risk assessment forward in the notes:\n> 19/03/24. Reviewed Shane "
        "Hollis (URN 00733512) at his caravan, Lot 14 Kookaburra Caravan Park, Yallanbee Flats. "
        "Denies SI. Low risk.\nThe 'denies SI' was from the week before. He'd told me that day "
        "he'd been thinking about the rifle.",
        [
            ("19/03/24", "date"),
            ("Shane Hollis", "name"),
            ("00733512", "record"),
            ("Lot 14 Kookaburra Caravan Park, Yallanbee Flats", "place"),
        ],
    ),
    (
        "As an intern at Chandrapur Sadar Hospital I wrote ceftriaxone 2 g for a 4-year-old, "
        "Rafiul, weight 16 kg; it should have been about 800 mg. Ward 5 sister Shahnaz Apa "
        "caught it. His father's number, 01712-448093, is still in my phone because I called "
        "him to apologise, which our registrar said I shouldn't have done alone.",
        [
            ("Chandrapur Sadar Hospital", "facility"),
            ("4-year-old", "age"),
            ("Rafiul", "name"),
            ("Shahnaz Apa", "name"),
            ("01712-448093", "phone"),
        ],
    ),
    (
        "I'm the only female sonologist at Shapla Diagnostic on Station Road, so this one's "
        "easy to trace. I reported a normal gallbladder on Mrs Nasima Khatun, 38 (ID "
        "SD-24-07781), and missed a 1.4 cm stone because she hadn't fasted and I didn't say so "
        "on the report.",
        [
            ("the only female sonologist at Shapla Diagnostic on Station Road", "self"),
            ("Mrs Nasima Khatun", "name"),
            ("38", "age"),
            ("SD-24-07781", "record"),
        ],
    ),
    (
        "I was the perfusionist on a CABG in Cebu and I primed the Stockert S5 circuit but "
        "didn't de-air the arterial filter properly. The bubble detector alarmed about ten "
        "minutes into bypass and the surgeon was, understandably, loud. No gas reached the "
        "patient because the Sorin level sensor and the detector did their job. I'd been on "
        "call for 30 hours. Our checklist now has a second signature for de-airing and nobody "
        "goes past 24 hours without relief.",
        [],
    ),
    (
        "I mobilised Mrs Yvette Charbonneau on 4 South at Tamarack Falls General without "
        "checking her weight-bearing status after her hip ORIF. The order said TTWB and I had "
        "her full weight bearing to the chair. Her OHIP number was on the handover sheet I "
        "photographed for my notes (4512-338-907-KT), which is its own problem.",
        [
            ("Mrs Yvette Charbonneau", "name"),
            ("4 South at Tamarack Falls General", "facility"),
            ("4512-338-907-KT", "record"),
        ],
    ),
    (
        "Community pharmacist in a town in Aberdeenshire. I handed out a Pharmacy First "
        "trimethoprim supply to a woman without asking if she could be pregnant; she was, first "
        "trimester. She came back the next day asking if it was okay. I spoke to the GP, the "
        "antibiotic was changed and she was started on folic acid 5 mg. NHS Inform and the PGD "
        "both say to ask, and I'd asked a thousand times before. Just not that Saturday.",
        [],
    ),
    (
        "Things I got wrong on my first night on the medicine ward:\n- Hung a second bag of "
        "Hartmann's when the order said 0.9% saline\n- Charted the 22:00 insulin as given "
        "before I'd actually drawn it up\n- Didn't tell the Senior Staff Nurse until "
        "handover\nNo patient came to harm, but the insulin one scares me. Our Nursing "
        "Superintendent now gives a ten-minute talk on documentation to every new BSc batch, in "
        "Bangla and English, and I volunteered to give it this year.",
        [],
    ),
    (
        "Sonographer doing a DVT scan on the Philips EPIQ in a regional practice in the "
        "Riverina. I scanned the femoral vein and stopped above the knee because the room was "
        "booked for the next patient. The GP had asked for a full leg and the calf clot showed "
        "up three days later as a PE. The patient was okay after a few days on the ward. Now I "
        "refuse to cut a scan short; the booking system can wait.",
        [],
    ),
]

ROUND_7_H = [
    (
        "I was the only male student in the 2019 GNM batch at Amritha College of Nursing, so "
        "everyone will know this is me. On my medicine posting I flushed a cannula with heparin "
        "saline from the wrong tray. My clinical instructor, Sr. Mini Varghese, made me write "
        "it up in front of the whole ward.",
        [
            (
                "I was the only male student in the 2019 GNM batch at Amritha College of Nursing",
                "self",
            ),
            ("Sr. Mini Varghese", "name"),
        ],
    ),
    (
        "Chain of custody form missing a signature. I was the SARC nurse on call and handed the "
        "kit to PSNI without the second signature. The defence barrister spotted it. "
        "Levonorgestrel 1.5 mg and HIV PEP were given correctly, at least.",
        [],
    ),
    (
        "First posting on surgical ward. I inserted a Ryle's tube and started feeds without "
        "checking placement with an aspirate. Sister scolded me in Malayalam in front of "
        "everyone. The INC syllabus had covered it and every hospital in Kerala teaches it, I "
        "just got excited.",
        [],
    ),
    (
        "Gave aspirin 300 mg to a man with a clear GI bleed history because he said he'd "
        "'stopped the pills'. It was a STEMI and PPCI activation was right, but I should have "
        "asked more. NIAS crews cover the Causeway Coast in long runs and I was alone.",
        [],
    ),
    (
        "Rapid Response activation delayed 40 minutes. Lactate 3.6, MAP 58, and I thought it "
        "was the Lopressor. California mandated ratios didn't help when two of my four patients "
        "were tanking. Cerner alerts were firing and I'd gotten used to clicking through them.",
        [],
    ),
    (
        "Baby on the Dräger Babylog VN500 with a tube that had migrated. I saw the sats drop, "
        "bagged with the NeoPuff, and didn't check the length at the lip. The reg re-taped it "
        "at 7.5 cm. Waikato has bigger units than ours; we're Level 2 and I thought it couldn't "
        "happen here.",
        [],
    ),
    (
        "Counselling intake I mishandled. My supervisor asked me to paste the form in so here "
        "it is:\n> Name: Jasmine Ortiz-Pell\n> DOB: 09/22/1989\n> Address: 31-40 83rd St, "
        "Jackson Heights\n> Presenting: panic, insomnia\nI scored her C-SSRS as low risk "
        "without asking the behaviour questions.",
        [
            ("Jasmine Ortiz-Pell", "name"),
            ("09/22/1989", "date"),
            ("31-40 83rd St", "place"),
            ("Jackson Heights", "place"),
        ],
    ),
    (
        "Controlled drug register, Schedule 2. I entered a Matrifen 25 patch as 12 and the "
        "running balance was wrong for a week. Our superintendent found it during the County "
        "Tyrone audit. The pharmacist in charge was not amused.",
        [],
    ),
    (
        "My clinical year at nursing school in Uganda. I posted a photo from the ward on my "
        "page (facebook.com/nakato.brenda.rn.stud) and you could see the patient board behind "
        "me with names. The school found it. I am still ashamed.",
        [
            ("facebook.com/nakato.brenda.rn.stud", "url"),
        ],
    ),
    (
        "- Job: chest pain, rural\n- Location: end of Kauri Gully Road, Pūriri Flat\n- Incident "
        "no: 2401-88273\n- Patient: male, 61\nWe took the wrong turn at the woolshed and added "
        "eighteen minutes. I hadn't put the address into the tablet, I went from memory.",
        [
            ("Kauri Gully Road", "place"),
            ("Pūriri Flat", "place"),
            ("2401-88273", "record"),
            ("61", "age"),
        ],
    ),
    (
        "Pinard only on a woman who was 41 weeks and reduced movements. I should have gone "
        "straight to CTG. When we did, Dawes-Redman criteria weren't met. Syntocinon was "
        "started later. She was Welsh-speaking and I didn't offer to do the conversation in "
        "Cymraeg.",
        [],
    ),
    (
        "Coartem for a child who couldn't keep anything down. Should have been IV artesunate. "
        "The RDT was positive and I thought tablets were fine. I was a student; the DHIS2 "
        "report later listed it as 'treatment failure'. Kampala trainers gave us the protocol "
        "but I didn't read the vomiting bit.",
        [],
    ),
    (
        "TENS electrodes placed over a pacemaker site because I didn't look at the discharge "
        "summary. IFT was planned next. The patient spoke Hindi and I assumed the 'wire' he "
        "mentioned was the ECG. Bengaluru outpatient clinics run back to back and I rushed.",
        [],
    ),
    (
        "Pharmacy error I still think about: dispensed Losar-H instead of Lasix for Mr. "
        "Raghunath Kulkarni (UHID SVH-22-038714) from our counter at Shanthi Vihar "
        "Multispeciality Hospital. The handwriting was bad, but I should have called the ward. "
        "His son came back two days later from Anandwadi asking why his father's ankles were "
        "still swollen.",
        [
            ("Mr. Raghunath Kulkarni", "name"),
            ("UHID SVH-22-038714", "record"),
            ("Shanthi Vihar Multispeciality Hospital", "facility"),
            ("Anandwadi", "place"),
        ],
    ),
    (
        "Healthcare at Naravali District Jail. Prisoner no. NDJ/UT/4471 was on DOTS and I "
        "marked his dose as given for six days when he'd actually been moved to another "
        "barrack. Dr. Pradeep Shinde found out at the monthly review.",
        [
            ("Naravali District Jail", "facility"),
            ("NDJ/UT/4471", "record"),
            ("Dr. Pradeep Shinde", "name"),
        ],
    ),
    (
        "Arrest in a Manhattan deli. LUCAS on, Lifepak 15 showing VF, shocked three times. I "
        "pushed Narcan 4 mg IN before we'd even secured the airway, because someone said "
        "'overdose'. Not wrong, but not the priority. ROSC came after the fourth shock.",
        [],
    ),
    (
        "Using Te Whare Tapa Whā, I focused on taha tinana and missed taha wairua entirely. "
        "Durie would've winced. The Kessler 10 was 32 and I still thought this was just grief. "
        "Tikanga around tangihanga was why he'd been away, and I didn't ask.",
        [],
    ),
    (
        "IDDSI level 4 ordered and I gave level 6 because the trolley labels were switched. She "
        "coughed through the whole meal. I'm a care assistant in Ulster and we do the dysphagia "
        "training once a year. Sudocrem and Waterlow charts I never miss; textures I did.",
        [],
    ),
    (
        "Radiographer. Called the ward to check pregnancy status and wrote down the answer for "
        "the wrong patient on the IR(ME)R form. The lady in Bay 6, Mrs Anjali Desai, was in "
        "fact 8 weeks. Datix W-2023-18840. No harm as it was a chest film with shielding, but "
        "I'll never forget the checklist again.",
        [
            ("Mrs Anjali Desai", "name"),
            ("Datix W-2023-18840", "record"),
        ],
    ),
    (
        "RT at Kingsbridge Presbyterian, nights. The trach patient in 9 South pulled his inner "
        "cannula out and the nurse paged me on 4-6612. I was in the ED with a vent and didn't "
        "call back for twenty minutes. Mr. Abernathy desatted to the 70s before I got there.",
        [
            ("Kingsbridge Presbyterian", "facility"),
            ("9 South", "facility"),
            ("4-6612", "phone"),
            ("Mr. Abernathy", "name"),
        ],
    ),
    (
        "Clexane 40 mg given twice because MedChart showed it as due after a transfer from "
        "another ward. Pharmac funded the antidote later, but still. Auckland wards move "
        "patients fast; in the Bay of Plenty we'd never lost a dose history like that.",
        [],
    ),
    (
        "Postnatal on Ward Cennin. Baby Eleri was given the vitamin K meant for the baby in the "
        "next bed because I read the NHS number 6428 119 034 off the cot card and not the "
        "wristband. Same first letters of surname, same birth weight almost. Her mam asked me "
        "why I was crying.",
        [
            ("Ward Cennin", "facility"),
            ("Eleri", "name"),
            ("6428 119 034", "record"),
        ],
    ),
    (
        "Rifampicin given with a food-heavy breakfast every day for a month. DOTS requires "
        "empty stomach dosing. I'm the jail nurse and Nikshay records looked fine. Madhya "
        "Pradesh TB officers did an audit and the inmates' sputum conversion was delayed.",
        [],
    ),
    (
        "Mzee Okello Charles, 78, from Abako-Ogur village, was on oral morphine with our "
        "palliative team. I promised his daughter I'd bring the refill on Friday and didn't go "
        "because the vehicle was booked. She called +256 701 552 309 three times. He had a bad "
        "weekend.",
        [
            ("Mzee Okello Charles", "name"),
            ("78", "age"),
            ("Abako-Ogur village", "place"),
            ("+256 701 552 309", "phone"),
        ],
    ),
    (
        "We picked up a 54-year-old at 1187 Tremont Ave, fourth floor walk-up, chest pain. I "
        "did a 12-lead, read it as nonspecific, and we transported BLS. He STEMI'd in the ED. "
        "The PCR number was 2024-0311-4472 and my partner Luis still won't let me forget it.",
        [
            ("54-year-old", "age"),
            ("1187 Tremont Ave", "place"),
            ("PCR number was 2024-0311-4472", "record"),
            ("Luis", "name"),
        ],
    ),
    (
        "I did the reception screen at HMP Glanmorfa and missed that Pryce was on 60 ml "
        "methadone in the community. Prison no. A4471CK. He went into withdrawal on the wing on "
        "his second night and I had written 'no current medication' because the SystmOne record "
        "hadn't come across yet.",
        [
            ("HMP Glanmorfa", "facility"),
            ("Pryce", "name"),
            ("A4471CK", "record"),
        ],
    ),
    (
        "I didn't do a carer's assessment under the Social Services and Well-being (Wales) Act "
        "2014 because I thought the husband had declined. He hadn't, he'd said 'not yet'. Powys "
        "is huge and visits take half a day, but I should have gone back.",
        [],
    ),
    (
        "Pyxis override for hydromorphone when the order was for morphine. Two drugs, two "
        "milligram amounts, and I read the 'H' as part of the brand label. New York State "
        "requires a report for this kind of thing and I filled it in that same night.",
        [],
    ),
    (
        "Gram stain showed gram-negative diplococci and I didn't start ceftriaxone until the "
        "consultant review the next morning. Intern year, Northern Region, one doctor per 80 "
        "beds. Not an excuse. Just how it was.",
        [],
    ),
    (
        "Text I got at 11pm as the on-call hospice social worker:\n> Hi Ms. Fairweather its "
        "Dana Kowalczyk-Reyes, dad's breathing is different, the nurse line isn't picking up\nI "
        "told her to call 911. We had a DNR and an in-home hospice plan. I gave the wrong "
        "instruction because I panicked.",
        [
            ("Ms. Fairweather", "name"),
            ("Dana Kowalczyk-Reyes", "name"),
        ],
    ),
    (
        "Oral morphine 5 mg in 5 ml, and I told the family to give 5 ml when the prescription "
        "was 2.5 ml. He slept for fourteen hours. We do home visits all over Northern Uganda in "
        "Ateso and Luo and Acholi; I'd explained the dose in English and not checked they "
        "understood.",
        [],
    ),
    (
        "Community physio visit out at 42 Pukerangi Road, Matarawa. Mr Hohepa Walker had a new "
        "frame and I showed him how to use it on the carpet, never on the back step. He fell "
        "off that step two days later. His wife rang our office on 06 555 0172 and I was the "
        "one who picked up.",
        [
            ("42 Pukerangi Road", "place"),
            ("Matarawa", "place"),
            ("Mr Hohepa Walker", "name"),
            ("06 555 0172", "phone"),
        ],
    ),
    (
        "Methadone 60 ml poured, Espranor 8 mg for the next man in the queue, and I swapped the "
        "cups. Both on opioid substitution, both on the same landing. HMPPS guidance says two "
        "checks. We had one nurse and an officer. I'm a Band 5 and I still should have stopped.",
        [],
    ),
    (
        "As a SANE I'm supposed to be meticulous. On case no. SB-SART-24-0117 I forgot to "
        "document the time of the last void, which matters for tox. Ms. Villanueva's attorney "
        "raised it at the preliminary hearing on March 8, 2024.",
        [
            ("SB-SART-24-0117", "record"),
            ("Ms. Villanueva", "name"),
            ("March 8, 2024", "date"),
        ],
    ),
    (
        "Vapotherm at 40 L and 60% on a guy who needed BiPAP. I didn't escalate because the "
        "attending said 'give it an hour'. He intubated at 04:20. Shiley 6 trach later, "
        "Passy-Muir eventually. NYC winter surge, every RT was stretched.",
        [],
    ),
    (
        "School nurse at Kowhainui College. Year 10 student Tama, 14, told me he'd taken 'a "
        "few' of his mum's tablets. I believed him when he said it was two. It was twelve "
        "paracetamol. We got him to ED but I'd wasted an hour.",
        [
            ("Kowhainui College", "facility"),
            ("Tama", "name"),
            ("14", "age"),
        ],
    ),
    (
        "Panadol syrup dispensed in a teaspoon dose that was right for a 20 kg child. The baby "
        "in front of me was 6 kg. I read the weight box wrong. The NDA recall that week had "
        "everyone busy. Mbarara pharmacy was queueing out the door.",
        [],
    ),
    (
        "School nurse at Rancho Verde Elementary. Mateo, 7, came in with a bee sting and I gave "
        "him Benadryl and sent him back to class without checking his allergy action plan. His "
        "plan said EpiPen for any sting. He was fine, but his mom, Ms. Aguilar, found out from "
        "the teacher, not me.",
        [
            ("Rancho Verde Elementary", "facility"),
            ("Mateo", "name"),
            ("7", "age"),
            ("Ms. Aguilar", "name"),
        ],
    ),
    (
        "## Re: Mr Emrys Bevan (WCCIS ref 8834127)\nI closed this case without the final "
        "welfare visit because the system said he had moved into residential care. He hadn't. "
        "He was still at home in Cwmderwen with no package of care for eleven days.",
        [
            ("Mr Emrys Bevan", "name"),
            ("WCCIS ref 8834127", "record"),
            ("Cwmderwen", "place"),
        ],
    ),
    (
        "My NMC PIN is 14C0937W so I know this is identifying, but I want to own it. Nights on "
        "an acute medical ward in Swansea, I signed for a second check on IV gentamicin I never "
        "actually watched being drawn up.",
        [
            ("NMC PIN is 14C0937W", "self"),
        ],
    ),
    (
        "Omnipaque 350 given with an eGFR of 28 because the referral hadn't been updated and I "
        "didn't check the latest U&Es. The Siemens scanner doesn't know. IR(ME)R training "
        "covers justification; I just didn't look.",
        [],
    ),
    (
        "NEWS2 7 at 02:00 and I called the outreach team at 03:15 because I was finishing drug "
        "rounds. Sepsis Six was started late. The Welsh Nursing Care Record shows exactly when "
        "I saw the score, and the gap is damning.",
        [],
    ),
    (
        "I let a session go over with a young man who had disclosed self-harm and didn't do a "
        "safety plan before he left. He was okay, but I wasn't. Signing this one because I've "
        "done the reflection with my supervisor and I own it.\n\nNgā mihi,\nAroha Whaanga, "
        "counsellor, Whakaora Health",
        [
            ("Aroha Whaanga", "self"),
            ("Whakaora Health", "facility"),
        ],
    ),
    (
        "Comfort kit opened, Ativan and Haldol given by family per my phone instruction, but I "
        "said 0.5 ml instead of 0.25 ml of Haldol. The hospice nurse corrected it. I'm a social "
        "worker, not a nurse. I shouldn't have answered the dosing question. Sacramento heat "
        "wave week, everyone overwhelmed.",
        [],
    ),
    (
        "Timed Up and Go was 24 seconds and Berg was 38 and I still discharged her home alone "
        "because she said she had a neighbour. ACC paid for the hip after she fell. I work in "
        "Canterbury, it's a big region, so nobody will know which one of us, but I know.",
        [],
    ),
    (
        "A customer asked for Dolo 650 and I gave him Dolo plus a strip of Pan-D because I "
        "thought it was on the same prescription. It wasn't. Nothing serious, but in "
        "Maharashtra the FDA inspectors could have had my licence for a Schedule H slip like "
        "that.",
        [],
    ),
    (
        "PHQ-9 of 21, item 9 answered 2, and I only saw it after the client left. I'd got "
        "caught up in his story about Zoloft side effects. Rogers would say I was present. My "
        "supervisor said I was not safe. Both are true.",
        [],
    ),
    (
        "Dispensary, St. Kizito Health Centre III. Nalwoga Sarah, 24yrs, came for her ARVs and "
        "I gave her the paediatric syrup pack by mistake. She brought it back the next week and "
        "said 'this is for babies, musawo'.",
        [
            ("St. Kizito Health Centre III", "facility"),
            ("Nalwoga Sarah", "name"),
            ("24yrs", "age"),
        ],
    ),
    (
        "I was the only midwife on labour suite at Kitemba Health Centre IV that night. "
        "Nansubuga Prossy, 19, primip, was in bed 2 and I didn't review her partograph for "
        "nearly three hours because another woman came in fully dilated. Her husband kept "
        "ringing me on 0772 418 903 and I stopped answering.",
        [
            ("I was the only midwife on labour suite at Kitemba Health Centre IV", "self"),
            ("Nansubuga Prossy", "name"),
            ("19", "age"),
            ("0772 418 903", "phone"),
        ],
    ),
    (
        "The e-mail I sent went to the wrong Claire.\n\n> From: "
        "s.mcilwaine@glenarda-hsc.example.net\n> To: claire.dunlop@glenarda-hsc.example.net\n> "
        "Re: H&C 320 571 8842, Ballymoran review\n\nIt should have gone to the hospital social "
        "work team, not a Claire in finance. It had the whole family history in it.",
        [
            ("s.mcilwaine@glenarda-hsc.example.net", "email"),
            ("claire.dunlop@glenarda-hsc.example.net", "email"),
            ("H&C 320 571 8842", "record"),
            ("Ballymoran", "place"),
        ],
    ),
    (
        "I charted a heparin drip rate change on the wrong patient in Cerner. Nothing happened, "
        "thank God, but here's my sign-off from the incident reply so you know I'm "
        "real:\n\nThanks,\nKelsey Ngata, RN\n4 West Telemetry, Santa Inez Medical Center\n(805) "
        "555-0193",
        [
            ("Kelsey Ngata", "self"),
            ("4 West Telemetry", "facility"),
            ("Santa Inez Medical Center", "facility"),
            ("(805) 555-0193", "phone"),
        ],
    ),
    (
        "ProAir from the nurse's office stock, not the student's own prescription. Medicaid "
        "forms weren't complete. I'd been a school nurse upstate for ten years and never done "
        "that before. It was a Friday, 2:45 pm, buses leaving at 3.",
        [],
    ),
    (
        "Intern on Ward 3C at Rwenkobe Regional Referral Hospital. I missed a falling GCS on a "
        "boy called Ssemakula Joel, aged 9, because I was covering two wards. His mother was "
        "sleeping on the floor next to him and woke me when he started fitting.",
        [
            ("Ward 3C", "facility"),
            ("Rwenkobe Regional Referral Hospital", "facility"),
            ("Ssemakula Joel", "name"),
            ("aged 9", "age"),
        ],
    ),
    (
        "Vet tech for 9 years before nursing school, now on nights at Cedar Flat Skilled "
        "Nursing. I mixed up two residents with the same first name, Marjorie in 12A and "
        "Marjorie in 14B, and gave the 14B Marjorie the evening Coumadin. I'm the only ex-vet "
        "on staff there, which is probably why I still check species before I check name.",
        [
            ("Cedar Flat Skilled Nursing", "facility"),
            ("Marjorie", "name"),
            ("I'm the only ex-vet on staff there", "self"),
        ],
    ),
    (
        "Caregiver at Riverslea Rest Home. Koro Pita always has his hearing aids in a blue case "
        "and I put them in the laundry by mistake. He missed a whole week of his moko's visits "
        "before the whānau figured out why he wasn't talking.",
        [
            ("Riverslea Rest Home", "facility"),
            ("Koro Pita", "name"),
        ],
    ),
    (
        "I gave out a family member's email (ktran.home@outlook.example) to the funeral home "
        "without checking with the rest of the family. Mr. Tran's son Kevin hadn't wanted his "
        "siblings to know he was the contact. It caused a huge fight at the bedside, and I'd "
        "also forwarded them the obituary draft at legacy.example.com/tributes/minh-tran-draft "
        "before it was public.",
        [
            ("ktran.home@outlook.example", "email"),
            ("legacy.example.com/tributes/minh-tran-draft", "url"),
            ("Mr. Tran", "name"),
            ("Kevin", "name"),
        ],
    ),
    (
        "Hamilton-C6 alarmed at 03:10 and I silenced it twice before I looked properly. I'd "
        "left PEEP at 5 instead of 8 after suctioning. ABG came back pH 7.29, PaCO2 58. The "
        "attending was kind about it, but the RT lead made me present it at the Tuesday huddle.",
        [],
    ),
    (
        "Sat 9th November, sent to a fall in Ballymacrory. I didn't immobilise the neck because "
        "she was walking about the kitchen. Mrs Eileen Devlin turned out to have a C2 fracture. "
        "I should have used the criteria, not my gut.",
        [
            ("Sat 9th November", "date"),
            ("Ballymacrory", "place"),
            ("Mrs Eileen Devlin", "name"),
        ],
    ),
    (
        "Vet tech habits die hard. I was ready to draw up Cerenia until I remembered I was on a "
        "human med-surg floor and it's ondansetron here. Then I programmed the Alaris for the "
        "wrong concentration anyway. Central Valley hospitals are short-staffed, but that's not "
        "an excuse.",
        [],
    ),
    (
        "The Sara Stedy brake wasn't on. She slid and I caught her, barely. interRAI had her "
        "flagged as high falls risk. It was Matariki weekend and we were two staff down. I'm a "
        "health care assistant and should've refused the transfer alone.",
        [],
    ),
    (
        "Band 7 in a community team. Under the Mental Capacity Act (Northern Ireland) 2016 I "
        "should have done a formal assessment before the move. I wrote 'capacity assumed' in "
        "NIECR and moved on. The complaint came six months later. Belfast is a small place for "
        "social work, everyone heard.",
        [],
    ),
    (
        "Care assistant, Drumcarrow House. Sadie from the Rathmore estate used to visit her "
        "husband every day and I told her he'd had his tea when he hadn't. I was rushing. She "
        "found the tray under the bed the next morning.",
        [
            ("Drumcarrow House", "facility"),
            ("Sadie", "name"),
            ("the Rathmore estate", "place"),
        ],
    ),
    (
        "qSOFA 2 and I sat on it, started ceftriaxone 4 hours late because I wanted the culture "
        "results first. I was a JR1 preparing for NEET-PG, exhausted. The family only spoke "
        "Tamil and I didn't find an interpreter to explain.",
        [],
    ),
    (
        "Penthrox given to a woman who told me she had kidney trouble. I didn't ask what kind. "
        "Hato Hone St John guidance lists renal impairment as a caution. I'm an EMT, not a "
        "paramedic, and I should've asked the crew lead first.",
        [],
    ),
    (
        "- Pt: Harold Beaumont\n- MRN: 7730-2281\n- Rm 1142, 11 Lachman\n- Allergy: PCN "
        "(rash)\nI hung Unasyn because the allergy banner in Epic was collapsed and I didn't "
        "expand it. He broke out in hives within ten minutes.",
        [
            ("Harold Beaumont", "name"),
            ("MRN: 7730-2281", "record"),
            ("11 Lachman", "facility"),
        ],
    ),
    (
        "Forensic exam at the Linden Centre. I labelled the swab boxes with the wrong case ref, "
        "LC/24/0193 instead of LC/24/0139, and didn't catch it until the police courier was "
        "signing for them. The client, Orla, had waited four hours to be seen already.",
        [
            ("the Linden Centre", "facility"),
            ("LC/24/0193", "record"),
            ("LC/24/0139", "record"),
            ("Orla", "name"),
        ],
    ),
    (
        "Level III NICU at Lotus Mother & Child Hospital. B/O Sunita Yadav, IP no. "
        "LMC/NICU/2309/117, was under phototherapy and I forgot to put the eye shields back "
        "after a feed. Her mother noticed the baby squinting into the lights.",
        [
            ("Lotus Mother & Child Hospital", "facility"),
            ("Sunita Yadav", "name"),
            ("LMC/NICU/2309/117", "record"),
        ],
    ),
    (
        "We're a small pharmacy. McAleer's on the Antrim Road, I'm the only pharmacist there on "
        "Saturdays. I handed over a methotrexate box labelled daily instead of weekly. The GP "
        "caught it when Mrs Bernadette Quinn rang asking about the new directions.",
        [
            ("McAleer's", "facility"),
            ("the Antrim Road", "place"),
            ("I'm the only pharmacist there on Saturdays", "self"),
            ("Mrs Bernadette Quinn", "name"),
        ],
    ),
    (
        "Gave Plan B without documenting the time since assault. Toluidine blue was applied but "
        "photos weren't saved to the encrypted drive. SART protocols in the Bay Area are very "
        "specific about that. Title IX office asked for records and I had gaps.",
        [],
    ),
    (
        "Phototherapy started with bilirubin 18 but I didn't recheck at 6 hours as charted, I "
        "left it till morning. Kangaroo mother care was stopped too long. Vitamin K was given. "
        "In Odisha the NICU takes babies from three districts and I had seven.",
        [],
    ),
    (
        "JR1 in Male Medical Ward 14 at Sri Kanchi Government Hospital. I wrote insulin 40 "
        "units instead of 4.0 for a post-op diabetic. Sister caught it at 2 am and phoned me on "
        "+91 94430 27718. Dr. Kavitha Subramanian, my senior, told me to never use a decimal "
        "point with insulin again and I never have.",
        [
            ("Male Medical Ward 14", "facility"),
            ("Sri Kanchi Government Hospital", "facility"),
            ("+91 94430 27718", "phone"),
            ("Dr. Kavitha Subramanian", "name"),
        ],
    ),
    (
        "## Feeds, and the line I didn't trace\nWorking nights in Kōwhai NICU at Te Awaroa "
        "Hospital. Baby of Mereana Tipene (NHI ZRT4417) had an NG and a long line, both with "
        "purple-ended syringes. I connected the feed to the NG, but only because her nana asked "
        "me what I was doing and I looked again.",
        [
            ("Kōwhai NICU", "facility"),
            ("Te Awaroa Hospital", "facility"),
            ("Mereana Tipene", "name"),
            ("NHI ZRT4417", "record"),
        ],
    ),
    (
        "Waterlow 18, nutrition poor, and I still didn't put her on an air mattress because the "
        "stores said none were free. I didn't escalate. By the end of the week there was a "
        "grade 3 on her sacrum. District nursing across Carmarthenshire is stretched but that's "
        "not the point.",
        [],
    ),
    (
        "Radiographer, CT at Ysbyty Bryn Dyfi. I scanned the right patient with the wrong "
        "request: hospital no. M447812 belonged to a different Mr Jones on Ward Teifi. Both in "
        "their 70s, both for CT head. I skipped the third identifier because the porter said "
        "'this is your Jones'.",
        [
            ("Ysbyty Bryn Dyfi", "facility"),
            ("M447812", "record"),
            ("Mr Jones", "name"),
            ("Ward Teifi", "facility"),
        ],
    ),
    (
        "**Lesson:** read the 504 plan before lunch duty.\n\nA kid with type 1 on a Dexcom G7 "
        "showed a downward arrow and I sent him to eat instead of treating with glucose tabs "
        "first. He was 54 mg/dL when the teacher walked him back. Glucagon stayed in the "
        "drawer, thankfully.",
        [],
    ),
    (
        "MOLST form not on the fridge where EMS look. I'd left it in my bag after the family "
        "meeting. The patient was in the Hudson Valley, 40 minutes from anyone. They coded him. "
        "His daughter speaks Spanish and I'd only given her the English Medicare hospice "
        "benefit leaflet too.",
        [],
    ),
    (
        "Night shift on the step-down unit at Harbor Vista Medical Center. I was the RT who set "
        "up home BiPAP for Mr. Delgado and put him on S/T with a backup rate of 4 instead of "
        "14. He was 67 and retaining, and by 0500 his gas was worse than on admission. The RN "
        "caught it on her hourly check. I still remember his MRN 40027715 because I had to type "
        "it into the event report four times.",
        [
            ("Harbor Vista Medical Center", "facility"),
            ("Mr. Delgado", "name"),
            ("He was 67", "age"),
            ("MRN 40027715", "record"),
        ],
    ),
    (
        "> DN visit 14/02/2024. Mrs Gwenllian Hopcyn, 81, Tŷ Gwyn, Heol y Felin, Pentre Meurig. "
        "Leg ulcer redressed, Aquacel Ag + K-Two, review 2/7.\n\nThat's what I wrote in the "
        "notes. What I didn't write was that I'd left her old dressings in a bag on the kitchen "
        "table, and her daughter found them first.",
        [
            ("14/02/2024", "date"),
            ("Mrs Gwenllian Hopcyn", "name"),
            ("81", "age"),
            ("Tŷ Gwyn, Heol y Felin", "place"),
            ("Pentre Meurig", "place"),
        ],
    ),
    (
        "Running oxytocin 10 IU in 500 ml at the wrong rate because the giving set was a "
        "different drop factor than the one we'd trained on. Strong contractions, fetal heart "
        "dropping. We stopped it and she delivered fine. I learned that day to count the drops, "
        "not guess, in any Health Centre IV in Uganda.",
        [],
    ),
    (
        "School nurse in the Bronx. At P.S. 214, Aaliyah came down with her inhaler empty and I "
        "gave her a puff from another kid's ProAir because her mom wasn't picking up at (347) "
        "555-0128. Not allowed, and I knew it.",
        [
            ("P.S. 214", "facility"),
            ("Aaliyah", "name"),
            ("(347) 555-0128", "phone"),
        ],
    ),
]
