"""Round 15 of issue 14's evaluation: 160 stories (80 safe, 274 spans) from two helpers who
saw only the labeling guide (identifier_round2.md), never the check's rules, corpora or code:
haemophilia and tissue-viability nurses, eating-disorder dietitians, crisis-line counsellors,
hospice chaplains, paediatric intensive care nurses, podiatrists, ambulance call handlers,
immunisation nurses (Swindon, Kilkenny, Halifax, Kisumu, Cairns, Wisconsin, Wrexham,
Chittagong); hand therapists, learning-disability liaison nurses, drama therapists, cath-lab
nurses, school mental-health practitioners, blood-bank scientists, district-nurse team
leaders, homeless-health GPs (Inverness, Tralee, Kelowna, Gulu, Rotorua, New Orleans, Lincoln,
Multan). Measured untouched with the rules written against rounds 1 to 11, 13 and 14, then
written against: see test_identifiers.py and bench/README.md. Entries as in
identifier_corpus."""

ROUND_15_W = [
    (
        (
            "Haemophilia outreach nurse, western Kenya. I gave factor VIII to the wrong "
            "brother — two boys with haemophilia in one family, both came in that morning, "
            "and I checked the name but not the date of birth. No harm done this time. I "
            "have reported it myself and my NCK licence no. 87412 is on the report."
        ),
        [
            ("NCK licence no. 87412", "self"),
        ],
    ),
    (
        (
            "Eating disorder dietitian. I shared a meal-plan spreadsheet with a patient "
            "using a link that was set to 'anyone with the link': "
            "https://drive.google.com/file/d/1xQ4mbT9sNNk2aPpLr7Kw/view — it had her "
            "weights going back a year. Her dad found it forwarded around a group chat. "
            "Reported to IG on 4 May 2022."
        ),
        [
            ("https://drive.google.com/file/d/1xQ4mbT9sNNk2aPpLr7Kw/view", "url"),
            ("4 May 2022", "date"),
        ],
    ),
    (
        (
            "Hemophilia nurse in Canada. I taught a teen with mild hemophilia A about DDAVP "
            "nasal spray and forgot the fluid restriction. He played hockey, drank three "
            "litres of Gatorade and came in with a sodium of 124 and a seizure. "
            "Hyponatremia is the teaching point everyone forgets."
        ),
        [],
    ),
    (
        (
            "Community wound care nurse. I ordered full compression for a client after "
            "misreading her ABPI (0.6, not 0.9). She lives out at Crane Hollow and the next "
            "visit wasn't for a week; by then her toes were dusky. Worse, I'd photographed "
            "her health card, 0043 118 726, on my personal phone to save time. Two "
            "mistakes, one visit."
        ),
        [
            ("Crane Hollow", "place"),
            ("0043 118 726", "record"),
        ],
    ),
    (
        (
            "RD, residential ED program. I emailed a patient's weight trend graph to the "
            "wrong Emily — emily.raskin.wi@outlook.com instead of the parent's address. "
            "I've since reread the policy at "
            "https://ashgroverecovery.org/privacy/breach-reporting and filed it the same "
            "afternoon, on March 3rd."
        ),
        [
            ("Emily", "name"),
            ("emily.raskin.wi@outlook.com", "email"),
            ("https://ashgroverecovery.org/privacy/breach-reporting", "url"),
            ("March 3rd", "date"),
        ],
    ),
    (
        (
            "I am a nurse at Lakeview Sub-County Dispensary. I gave BCG to a baby who had "
            "already received it at birth, because the mother forgot her clinic card at "
            "home. Child welfare card no. CWC/0419/23. Mama Achieng only remembered when we "
            "saw the scar on the other arm afterwards. I called her on 0733 905 118 to "
            "explain."
        ),
        [
            ("Lakeview Sub-County Dispensary", "facility"),
            ("CWC/0419/23", "record"),
            ("Mama Achieng", "name"),
            ("0733 905 118", "phone"),
        ],
    ),
    (
        (
            "Tissue viability nurse, HSE. I recommended a hydrocolloid for a diabetic foot "
            "wound. Hydrocolloids on diabetic feet can mask infection, and within a week "
            "the forefoot was cellulitic. I knew that, I just didn't apply it. Checklists "
            "don't make you stupid."
        ),
        [],
    ),
    (
        (
            "Ambulance call handler, Wales. I took a call at 04:50 about a man 'breathing "
            "funny'. I followed the script but didn't push on 'is he breathing normally?' "
            "and classed it lower than I should have. It was agonal breathing. The crew "
            "started CPR on arrival. I listen back to that call every few months."
        ),
        [],
    ),
    (
        (
            "Haemophilia nurse. We use an online bleed diary and I sent a family the wrong "
            "patient's login link: https://haemtrack-fnq.com.au/p/88241. The other child, "
            "Jarrah, aged 6, had his whole infusion history on there. The mum who got it "
            "was kind and rang to tell me, but that's not the point."
        ),
        [
            ("https://haemtrack-fnq.com.au/p/88241", "url"),
            ("Jarrah", "name"),
            ("aged 6", "age"),
        ],
    ),
    (
        (
            "Podiatrist. I missed an active Charcot foot in a 61-year-old man and called it "
            "cellulitis. He drove himself in from Pennant Cove, an hour each way, and I "
            "sent him home on antibiotics. The X-ray I should have requested came three "
            "weeks later. I faxed my apology to his family doctor at (902) 555-0186, which "
            "felt inadequate."
        ),
        [
            ("61-year-old", "age"),
            ("Pennant Cove", "place"),
            ("(902) 555-0186", "phone"),
        ],
    ),
    (
        (
            "**Pressure ulcer I categorised wrong**\n\nI documented a Category 2 as 'moisture "
            "lesion' because it was in the natal cleft. Braden 12, NEWS2 of 3, on a dynamic "
            "mattress. Two days later it was clearly unstageable. Lesson: if in doubt, get "
            "a second pair of eyes and photograph it under policy, not on your own phone."
        ),
        [],
    ),
    (
        (
            "EPI vaccinator in Bangladesh. I gave OPV and IPV but forgot to tick the IPV on "
            "the card, so the child got it again at the next session. An extra IPV is "
            "harmless, but it wasted vaccine and shook the mother's trust. Tick the card "
            "before the child leaves the table."
        ),
        [],
    ),
    (
        (
            "Pastoral care at Bayside General Hospital. I prayed with the wrong patient — "
            "Mrs. Rosaline Gomes had asked for me, and I went to the bed of a woman of a "
            "different faith who was too unwell to say no. Mrs. Gomes's niece rang from "
            "Ferighat Lane to ask why I never came. I had no answer."
        ),
        [
            ("Bayside General Hospital", "facility"),
            ("Mrs. Rosaline Gomes", "name"),
            ("Ferighat Lane", "place"),
        ],
    ),
    (
        (
            "Eating-disorder dietitian in Nova Scotia. I missed that a patient's magnesium "
            "was 0.58 before starting a 1400 kcal plan. MEED (the old MARSIPAN) says check "
            "and replace first. She developed mild oedema by day 4. Nothing catastrophic, "
            "but I won't sign off a plan now without a full electrolyte panel from the last "
            "24 hours."
        ),
        [],
    ),
    (
        (
            "PICU, nights. I hung TPN on a line that was also running vancomycin without "
            "checking compatibility.\n> 03:15 line occluded. Resited L saphenous. SpO2 84% "
            "during, recovered on FiO2 0.4.\nThe toddler was on a midazolam/morphine combo "
            "and still fought the resite. Datix done, no lasting harm, but I check the "
            "Y-site chart every single time now."
        ),
        [],
    ),
    (
        (
            "Subject: RE: missed prophylaxis\nFrom: kbelliveau@nshealth-hemo.ca\n\n> "
            "Katherine, Jacob's mom says the home delivery was never booked and he's been "
            "without for 10 days.\n\nThat was me. I'd ticked the delivery as done. He's 9 and "
            "had a target-joint bleed that weekend."
        ),
        [
            ("kbelliveau@nshealth-hemo.ca", "email"),
            ("Katherine", "name"),
            ("Jacob", "name"),
            ("He's 9", "age"),
        ],
    ),
    (
        (
            "Nurse in a thalassaemia and haemophilia day unit, Bangladesh. I gave "
            "cryoprecipitate to a boy with haemophilia A when we had no factor VIII, on a "
            "verbal order at 23:00. Next morning the doctor denied saying it. Lesson: get "
            "it in writing, even at night, even when you trust them."
        ),
        [],
    ),
    (
        (
            "Haemophilia CNS. I did emicizumab teaching with parents and didn't stress that "
            "high-dose aPCC on top of it risks TMA. Their GP prescribed FEIBA after a fall. "
            "Thankfully the on-call haematologist caught it. I rewrote our leaflet and we "
            "now give every family a wallet card."
        ),
        [],
    ),
    (
        (
            "I'm a haemophilia CNS and I sent the wrong brand of factor VIII out to a pt on "
            "home treatment. Mr Dunleavy, 34, had switched products months before but my "
            "delivery form still had the old one ticked. His wife rang the unit on 01793 "
            "604218 when the box arrived and I told her it was 'basically the same', which "
            "it isn't. No bleed, no harm, but it's on Datix as W-118402 and it should be."
        ),
        [
            ("Mr Dunleavy", "name"),
            ("34", "age"),
            ("01793 604218", "phone"),
            ("W-118402", "record"),
        ],
    ),
    (
        (
            "Nurse in a haemophilia outreach clinic in western Kenya. A boy in his early "
            "teens came in with a swollen elbow and I assumed it was a fall. It was a joint "
            "bleed, and we had factor in the fridge. By the time the clinical officer "
            "reviewed him on Monday the joint was tense and hot. Every swollen joint gets "
            "factor first, questions later."
        ),
        [],
    ),
    (
        (
            "Wound care nurse at Halda Valley Diabetic Centre. I left an alginate dressing "
            "in a deep heel wound for five days instead of two. Mrs. Nurjahan Begum, 60 "
            "yrs, came back with a smell we could notice from the corridor. Her husband "
            "phoned the centre at +880 31 271 4486 and I took the call myself."
        ),
        [
            ("Halda Valley Diabetic Centre", "facility"),
            ("Mrs. Nurjahan Begum", "name"),
            ("60 yrs", "age"),
            ("+880 31 271 4486", "phone"),
        ],
    ),
    (
        (
            "Podiatrist, diabetic limb salvage. I offloaded a plantar ulcer with a felt pad "
            "and never asked about footwear. Patient in his 70s went home in the same "
            "shoes. The ulcer tracked to bone; MRI showed osteomyelitis at the 1st MTPJ. A "
            "total contact cast should have been the plan from day one."
        ),
        [],
    ),
    (
        (
            "Chaplain in Wisconsin. A Hmong family asked for a shaman to perform a ceremony "
            "at the bedside, and I told them it 'probably wasn't allowed' without checking. "
            "It was allowed; our policy actually supports it. The patient died before we "
            "sorted it out. I think about that family every spring."
        ),
        [],
    ),
    (
        (
            "Podiatrist, high-risk foot service in Queensland. I didn't do toe pressures on "
            "a patient with calcified vessels because the ABI looked 'normal' at 1.3. "
            "Falsely elevated, of course. He ended up needing a fem-pop bypass. Toe "
            "pressures on every diabetic with an ABI over 1.2, no exceptions."
        ),
        [],
    ),
    (
        (
            "Tissue viability, community. I took Mrs Lillian Ashdown off my caseload when "
            "her sacral wound looked better and didn't hand over to the district nurses "
            "properly. The Orchards care home on Bramble Way didn't know to keep turning "
            "her. Six weeks later it was a grade 4."
        ),
        [
            ("Mrs Lillian Ashdown", "name"),
            ("The Orchards care home", "facility"),
            ("Bramble Way", "place"),
        ],
    ),
    (
        (
            "PICU nurse at Karnaphuli Children's Hospital. I gave a tenfold dose of "
            "morphine to a baby aged 8 months because I read 0.05 as 0.5. Baby of Shahnaz "
            "Akter, reg. no. 2311/88. Naloxone given, baby recovered. The duty doctor, Dr. "
            "Tanvir Chowdhury, stayed with me the whole night."
        ),
        [
            ("Karnaphuli Children's Hospital", "facility"),
            ("aged 8 months", "age"),
            ("Shahnaz Akter", "name"),
            ("2311/88", "record"),
            ("Dr. Tanvir Chowdhury", "name"),
        ],
    ),
    (
        (
            "Diabetic foot clinic, Chattogram. I used a 10 g monofilament over a heel "
            "callus instead of the healthy skin next to it and recorded 'sensation intact'. "
            "HbA1c was 11.2% and he came back eight weeks later with a neuropathic ulcer. I "
            "test on the IWGDF sites only now, never over callus."
        ),
        [],
    ),
    (
        (
            "I'm on a listening line and I'm the only Welsh-speaking volunteer on Tuesday "
            "nights at the Wrexham branch. A man rang from Pentre Maelog and I switched him "
            "to English because I was tired, even though he'd asked for Welsh. He hung up. "
            "I don't know if he rang back."
        ),
        [
            ("the only Welsh-speaking volunteer on Tuesday nights at the Wrexham branch", "self"),
            ("Pentre Maelog", "place"),
        ],
    ),
    (
        (
            "Hospice chaplain. I told a family at the bedside that 'he can still hear you' "
            "with more certainty than I had any right to. It was meant to comfort, but the "
            "daughter later felt guilty about what she'd said in the room. Be careful with "
            "reassurances."
        ),
        [],
    ),
    (
        (
            "Emergency call taker, Chattogram. A caller reported stroke symptoms in a "
            "relative in her 60s and I downgraded it because she was 'talking again'. TIA "
            "or not, FAST still applied. I should have dispatched at the higher priority."
        ),
        [],
    ),
    (
        (
            "Chaplain in a mission hospital in Chattogram. A Muslim patient's family asked "
            "for an imam and I delayed because I thought I should 'see him first'. They "
            "waited nearly two hours. My job is to connect people with their own tradition, "
            "not to be the gatekeeper."
        ),
        [],
    ),
    (
        (
            "Dietitian, adolescent eating disorders. I told a 15 yo she could skip the "
            "afternoon supplement 'just this once' and she dropped 1.8 kg that week. Her "
            "mum Kylie-Ann rang the ward on 0491 570 823, furious and rightly so. I wrote "
            "it up under UR 551927 and apologised to the family in person."
        ),
        [
            ("15 yo", "age"),
            ("Kylie-Ann", "name"),
            ("0491 570 823", "phone"),
            ("UR 551927", "record"),
        ],
    ),
    (
        (
            "Text I got on my work phone:\n> Hiya its Ffion's mum, she's refusing the "
            "Fortisip again and says you said 2 a day not 3?? ring me 07700 900561\nI had "
            "said that, in a moment of trying to keep her onside. She was 16 and her "
            "potassium dropped to 3.1 that week."
        ),
        [
            ("Ffion", "name"),
            ("07700 900561", "phone"),
            ("She was 16", "age"),
        ],
    ),
    (
        (
            "Dietitian, outpatient ED clinic. I told a client with bulimia that 'some gum "
            "is fine' — she was chewing sugar-free gum by the pack and had sorbitol "
            "diarrhoea on top of purging. Ask about gum, diet drinks and laxatives at every "
            "session."
        ),
        [],
    ),
    (
        (
            "911 dispatcher. On 2/11/23 a caller gave her address as W4173 Hillcrest Lane "
            "and I entered it as W4713. The rig went five miles the wrong way. CFS "
            "23-041186. The patient was an elderly man with a hip fracture so the delay "
            "didn't change the outcome, but it could have."
        ),
        [
            ("2/11/23", "date"),
            ("W4173 Hillcrest Lane", "place"),
            ("CFS 23-041186", "record"),
        ],
    ),
    (
        (
            "PICU nurse. Transferring a baby back to the regional unit, I forgot to send "
            "the last blood gas with the handover. Baby Ruairí, 11 days old, MRN 0087115. "
            "The receiving SHO had to ring round and finally got me on bleep 381. Gas was "
            "fine but the delay wasn't."
        ),
        [
            ("Ruairí", "name"),
            ("11 days old", "age"),
            ("0087115", "record"),
            ("bleep 381", "phone"),
        ],
    ),
    (
        (
            "Wound care RN. I probed an ulcer with a cotton tip and charted 'probe to bone "
            "negative' — then the surgeon probed it with a metal probe and hit bone "
            "immediately. I'd been too gentle. Osteomyelitis confirmed on MRI. Sterile "
            "metal probe every time."
        ),
        [],
    ),
    (
        (
            "Wound care nurse in Far North Queensland. I put a negative pressure dressing "
            "on a wound over a cellulitic leg I hadn't fully debrided. In the wet season "
            "humidity the seal kept failing and I didn't escalate. Infection spread, IV "
            "flucloxacillin for 5/7. I should've called vascular, not just changed the "
            "drape."
        ),
        [],
    ),
    (
        (
            "Hi all, dietitian with an adult ED program. I under-calculated a refeeding "
            "plan for a 19-year-old whose phosphate was already at the bottom of normal. "
            "She was admitted to 4 West at Harbourview Health Centre two days later with a "
            "phos of 0.42. My supervisor Dr Anneliese Corkum was kinder about it than I "
            "deserved."
        ),
        [
            ("19-year-old", "age"),
            ("4 West at Harbourview Health Centre", "facility"),
            ("Dr Anneliese Corkum", "name"),
        ],
    ),
    (
        (
            "Crisis support line, Queensland. I ended a call when the caller went quiet for "
            "a couple of minutes, thinking it had dropped out. She rang back furious and "
            "distressed. Silence is part of the call. Now I say 'I'm still here' and wait."
        ),
        [],
    ),
    (
        (
            "RD at a residential eating disorder program in Wisconsin. I let a client do a "
            "'blind' weigh but left the readout visible on the tablet. She saw the number "
            "and spiralled for days. We turn the screen around now and use the "
            "hidden-weight flag in Epic."
        ),
        [],
    ),
    (
        (
            "Crisis line, overnight. A caller in his 50s said he had 'a box of paracetamol "
            "and a bottle of whiskey'. I spent too long on rapport and not enough on "
            "location — Rogers would be proud, my supervisor less so. We got there, but it "
            "took 40 minutes longer than it should have. I ask about means and whereabouts "
            "in the first few minutes now."
        ),
        [],
    ),
    (
        (
            "Hospice chaplain. On Christmas Eve I offered communion to a patient who was "
            "nil by mouth pending a swallow assessment. The nurse caught it before she took "
            "the wafer. I hadn't looked at the sign above the bed. Small thing, but it "
            "could have been an aspiration. I check with the nurse in charge before "
            "anything involving food or drink."
        ),
        [],
    ),
    (
        (
            "Crisis line, rural Wisconsin. Caller was a dairy farmer, 46, who'd been "
            "drinking and had a rifle in the truck. He told me he was parked at Pike Creek "
            "off County Road QQ. I typed the wrong letter into the dispatch note and the "
            "deputies went to the wrong road. They found him in time. Ticket #WCL-30918 if "
            "my supervisor ever wants to use it for training."
        ),
        [
            ("46", "age"),
            ("Pike Creek off County Road QQ", "place"),
            ("WCL-30918", "record"),
        ],
    ),
    (
        (
            "Helpline counsellor in Bangladesh. A caller told me in Bangla that she 'wanted "
            "to sleep and not wake up', and I wrote it in my notes as 'insomnia'. The "
            "reviewer on the next shift flagged it. I had heard what I wanted to hear. "
            "Document the exact words, always."
        ),
        [],
    ),
    (
        (
            "Call-taker, National Ambulance Service. I didn't read back an Eircode and the "
            "crew went to the wrong end of a long rural road at 02:10 in the rain. Lesson: "
            "the whole code, read back, every time, no matter how sure the caller sounds."
        ),
        [],
    ),
    (
        (
            "Practice nurse doing vaccines at Saltwater Reach Medical. I gave an MMR to a "
            "baby who was only 10 months old because I read the due date off the wrong line "
            "of the recall list. Her Medicare number, 4027 61539 2, was right there on the "
            "AIR screen. We repeated it later on the normal schedule."
        ),
        [
            ("Saltwater Reach Medical", "facility"),
            ("10 months old", "age"),
            ("4027 61539 2", "record"),
        ],
    ),
    (
        (
            "Paeds HDU. I didn't escalate a lactate of 4.8 on a 4-year-old with sepsis "
            "because the registrar was in theatre and I didn't want to bother him. He went "
            "to PICU in Brisbane the next day. Signing this so I own it:\n\nRebecca "
            "Thornquist RN, AHPRA NMW0002274815"
        ),
        [
            ("4-year-old", "age"),
            ("Rebecca Thornquist", "self"),
            ("NMW0002274815", "self"),
        ],
    ),
    (
        (
            "Chaplaincy, St Fiachra's Hospice. I anointed the wrong man. Two men with the "
            "same surname on the unit, both in their 80s, and I went to room 6 instead of "
            "room 9. Paddy Brennan's family are Church of Ireland and were mortified. I "
            "wrote it up that evening, the 17th of November, and apologised to both "
            "families."
        ),
        [
            ("St Fiachra's Hospice", "facility"),
            ("Paddy Brennan", "name"),
            ("17th of November", "date"),
        ],
    ),
    (
        (
            "School immunisation team. I gave a second HPV dose to a 1st year whose consent "
            "had been withdrawn. Her mam had emailed me at n.phelan.phn@hse-southeast.ie "
            "the week before and it sat unread. I'm the only immunisation nurse for the "
            "schools around Clashmore Bridge, so everyone knew exactly who'd done it."
        ),
        [
            ("n.phelan.phn@hse-southeast.ie", "email"),
            ("the only immunisation nurse for the schools around Clashmore Bridge", "self"),
        ],
    ),
    (
        (
            "**What happened**\n- Nail surgery on a diabetic pt without checking foot pulses "
            "myself\n- Pt was Mr Alun Bevan, 67, from Coed-y-Rhos\n\n**Outcome**\n- Toe never "
            "healed, vascular referral, later amputation\n- I'm the only Band 7 podiatrist "
            "in the Wrexham high-risk foot service, so anyone local will know it was me"
        ),
        [
            ("Mr Alun Bevan", "name"),
            ("67", "age"),
            ("Coed-y-Rhos", "place"),
            ("the only Band 7 podiatrist in the Wrexham high-risk foot service", "self"),
        ],
    ),
    (
        (
            "Triple zero call-taker. A woman rang about her husband fitting at Tamarind Bay "
            "Holiday Park and I let her go before confirming the site number. The crew "
            "spent 11 minutes driving the loops looking for them. Case ref QAS-2310-55812. "
            "He was post-ictal and fine, but that was luck."
        ),
        [
            ("Tamarind Bay Holiday Park", "place"),
            ("QAS-2310-55812", "record"),
        ],
    ),
    (
        (
            "Community wound nurse. I applied a silver sulfadiazine dressing to a leg ulcer "
            "on a patient with a documented sulfa allergy.\n> Patient: Jane Awino Ouma, 52 "
            "years, IP No. 24/06338, Winam Lakeside Hospital\nShe came back with a rash "
            "spreading up the thigh. The allergy was written on the front of the file. I "
            "just didn't read it."
        ),
        [
            ("Jane Awino Ouma", "name"),
            ("52 years", "age"),
            ("24/06338", "record"),
            ("Winam Lakeside Hospital", "facility"),
        ],
    ),
    (
        (
            "Dear team,\n\nFurther to our call, Dafydd Ellis-Hughes (DOB 03/09/2011) attended "
            "with a L knee bleed and was discharged without factor as the on-call "
            "haemophilia nurse was not contacted.\n\nRegards,\nSioned\nHaemophilia Centre, "
            "Ysbyty Bryn Alyn\n\nThat letter was about my shift. I'd assumed the registrar "
            "had rung the on-call nurse and never checked."
        ),
        [
            ("Dafydd Ellis-Hughes", "name"),
            ("03/09/2011", "date"),
            ("Sioned", "name"),
            ("Ysbyty Bryn Alyn", "facility"),
        ],
    ),
    (
        (
            "Pressure damage I missed because I trusted handover.\n\n> 12/01/23 Cat 3 L heel "
            "noted. Pt Mrs Gwenda Price-Roberts, NHS no 627 448 1903. Waterlow 21. TVN "
            "review requested.\n\nThat note is mine, but the damage had clearly been there "
            "for days. Ward Alwen were two down and nobody, including me on my previous "
            "visit, had taken her bed socks off."
        ),
        [
            ("12/01/23", "date"),
            ("Mrs Gwenda Price-Roberts", "name"),
            ("627 448 1903", "record"),
            ("Ward Alwen", "facility"),
        ],
    ),
    (
        (
            "Hospice chaplain in Kisumu. I arranged a prayer meeting at a patient's bedside "
            "with a big group from his church. It was too loud and too long and he was in "
            "pain. The nurses were too polite to stop us. I ask the patient, privately, "
            "what they actually want now."
        ),
        [],
    ),
    (
        (
            "PICU RN. I titrated a dexmedetomidine drip up twice in an hour because RASS "
            "was +2, but the kid was actually in pain post-op — FLACC 7. Sedation isn't "
            "analgesia. HR dropped to 62 before I paused it and called the fellow."
        ),
        [],
    ),
    (
        (
            "Chaplain, inpatient hospice. At a bedside blessing I said 'Harold' when the "
            "man in the bed was Gerald Vandenberg. His wife corrected me gently, which was "
            "worse than if she'd shouted. This was Birchwood Hospice House up in Oriole "
            "Lake, and I'd been reading from the wrong list."
        ),
        [
            ("Harold", "name"),
            ("Gerald Vandenberg", "name"),
            ("Birchwood Hospice House", "facility"),
            ("Oriole Lake", "place"),
        ],
    ),
    (
        (
            "Call handler, four years in. I coded a chest pain call as Cat 3 because the "
            "caller kept saying 'it's his indigestion'. The patient was a 58-year-old man "
            "at 27 Marlow Crescent, Haydon End. CAD 0412-23-1187. He arrested before the "
            "crew got to him. I should have pushed the questions harder."
        ),
        [
            ("58-year-old", "age"),
            ("27 Marlow Crescent, Haydon End", "place"),
            ("0412-23-1187", "record"),
        ],
    ),
    (
        (
            "Call handler, county ambulance. On 14/02/2023 a caller said a woman was in "
            "labour near Obwolo stage, and I logged it as a non-urgent transfer. The baby "
            "was born on the roadside. Incident no. KCA/23/1180. Mother and baby ok, but I "
            "misread every cue."
        ),
        [
            ("14/02/2023", "date"),
            ("Obwolo stage", "place"),
            ("KCA/23/1180", "record"),
        ],
    ),
    (
        (
            "Haemophilia nurse, Band 7. I taught a dad to reconstitute factor IX and "
            "skipped the filter needle step. At 21:30 he rang the out-of-hours line because "
            "the vial looked cloudy — he'd used it anyway. His son was fine, Hb 128 next "
            "morning and no inhibitor change at 3/12. I use a teach-back checklist every "
            "time now."
        ),
        [],
    ),
    (
        (
            "Diabetic foot clinic, Chattogram. I sharp-debrided a plantar ulcer on Mr. Abul "
            "Kashem without checking his INR. He was on warfarin from a private "
            "cardiologist and it wasn't on our sheet. The bleeding would not stop. His son "
            "phoned me at 01819-447206 near midnight. Patient reg. no. DF/2022/0917, if "
            "anyone from the hospital reads this: it was me."
        ),
        [
            ("Mr. Abul Kashem", "name"),
            ("01819-447206", "phone"),
            ("DF/2022/0917", "record"),
        ],
    ),
    (
        (
            "PICU nurse, Halifax. I gave a potassium bolus through a peripheral IV because "
            "the central line was busy. K+ was 2.9 and the order said central. The child "
            "complained of arm burning and the site went red. No extravasation injury in "
            "the end. I check the route before I even spike the bag now."
        ),
        [],
    ),
    (
        (
            "- Pt: bed 14, bay 2\n- Waterlow 24\n- Heels: blanching at 08:00, non-blanching "
            "at 20:00\n\nI wrote the first line of that handover and didn't check heels again "
            "all shift. Twelve hours is a long time for heels on a standard mattress. I'm "
            "Band 5, first year, and I've since done React to Red properly."
        ),
        [],
    ),
    (
        (
            "911 call-taker in Nova Scotia. I asked 'is she conscious?' and accepted 'I "
            "think so'. She wasn't. I should have had them shout at her and tap her "
            "shoulder. The ProQA prompts are there for a reason and I skipped one."
        ),
        [],
    ),
    (
        (
            "Immunisation nurse, Kisumu. During a measles campaign I used reconstituted MR "
            "vaccine past the six-hour discard time because we were running low. No AEFI "
            "reported, but it was a cold-chain breach. I told my supervisor on Friday and "
            "we retrained the whole team."
        ),
        [],
    ),
    (
        (
            "I volunteer on a crisis line and last year I handled a caller's details badly. "
            "He gave his name as Otieno and said he was at his sister's place in Kodhiambo "
            "Flats. I wrote the number he called from, +254 722 481 095, on the shared "
            "whiteboard instead of the locked log, and someone wiped it at shift change. "
            "When the police asked for it we lost nearly an hour."
        ),
        [
            ("Otieno", "name"),
            ("Kodhiambo Flats", "place"),
            ("+254 722 481 095", "phone"),
        ],
    ),
    (
        (
            "Immunisation nurse, Queensland. I forgot to record a Boostrix dose on the AIR "
            "for a woman at 28 weeks. She got a second dose at her GP two weeks later. Not "
            "harmful, but it's a data failure, and I now enter it before the patient leaves "
            "the room."
        ),
        [],
    ),
    (
        (
            "Vaccine clinic RN at Fox Hollow Clinic. I gave Tdap instead of DTaP to a "
            "4-month-old (DOB 06/02/2023). They look almost identical in the fridge. "
            "Reported in the WIR and to VAERS even though there was no reaction. Parents "
            "asked for the write-up at immunizations@foxhollowclinic.org and I sent it "
            "myself."
        ),
        [
            ("Fox Hollow Clinic", "facility"),
            ("4-month-old", "age"),
            ("06/02/2023", "date"),
            ("immunizations@foxhollowclinic.org", "email"),
        ],
    ),
    (
        (
            "Podiatrist in a diabetic foot clinic. I took an MRSA swab, put it in my tunic "
            "pocket to drop at the lab, and found it at home that night. The result came "
            "four days late and the flucloxacillin wasn't covering it. Specimens go in the "
            "box, straight away."
        ),
        [],
    ),
    (
        (
            "Paediatric ICU nurse, Kisumu. Night shift, one oxygen concentrator failed and "
            "I moved the nasal prongs to another child without re-checking SpO2 on the "
            "first. He dropped to 78%. We had the cylinder running within minutes. I chart "
            "SpO2 every 15 min after any oxygen change now."
        ),
        [],
    ),
    (
        (
            "Chaplain, so not clinical, but I made a mistake all the same. I told the "
            "family of Uncle Barry (he was 71) that he had asked for a priest, when it was "
            "actually the night nurse who'd suggested it. The Thorsbys are Uniting Church "
            "and his daughter was hurt that I'd got it so wrong. This was at Coral Grove "
            "Hospice, out at Barron Vale, and I still drive past it."
        ),
        [
            ("Uncle Barry", "name"),
            ("he was 71", "age"),
            ("The Thorsbys", "name"),
            ("Coral Grove Hospice", "facility"),
            ("Barron Vale", "place"),
        ],
    ),
    (
        (
            "Podiatry, diabetic foot. I nicked Mr Seán Ó Murchú's toe with a scalpel during "
            "callus debridement and didn't tell him — I just put a dressing on. His "
            "daughter found it and rang the clinic on 056 772 4419. The public health nurse "
            "had to go out to him at R95 K7X2 three times a week for dressings. I should "
            "have been honest straight away."
        ),
        [
            ("Mr Seán Ó Murchú", "name"),
            ("056 772 4419", "phone"),
            ("R95 K7X2", "place"),
        ],
    ),
    (
        (
            "Crisis text line. A texter sent me her Instagram, "
            "instagram.com/saltmarsh.sadie_ , and I clicked it from my own account to "
            "'check she was real'. Now she could see me in her viewers. Our case ref is "
            "2023-HX-04417 and yes, I reported myself."
        ),
        [
            ("instagram.com/saltmarsh.sadie_", "url"),
            ("2023-HX-04417", "record"),
        ],
    ),
    (
        (
            "Dietitian here, North Wales. Wrote 'Ensure Plus x2' in the notes when I meant "
            "Ensure Compact. Different volumes, different calories, and the patient on the "
            "anorexia pathway noticed straight away. She lost trust in the plan for weeks. "
            "Small transcription slip, big therapeutic cost."
        ),
        [],
    ),
    (
        (
            "Crisis helpline counsellor. A young woman called from a house on Shantibag "
            "Road, Block C. She said her name was Mitu and she was 17. I should have "
            "escalated to my supervisor at once and I waited until the end of the call. "
            "Call log #HL-7719. She was safe, but not because of me."
        ),
        [
            ("Shantibag Road, Block C", "place"),
            ("Mitu", "name"),
            ("she was 17", "age"),
            ("HL-7719", "record"),
        ],
    ),
    (
        (
            "Volunteer counsellor on a crisis line in Kenya. A teenage caller said her "
            "uncle 'touches her' and I focused on her low mood because that's what the call "
            "was flagged as. Safeguarding first. Always. We escalated on her second call, "
            "but the first one was mine to act on."
        ),
        [],
    ),
    (
        (
            "Immunisation nurse, school flu programme. I gave the nasal flu to a child "
            "whose asthma plan said she'd had oral steroids in the last two weeks. It was "
            "on the consent form; I skimmed it. No harm, but we now read the health "
            "questions aloud with every child before the spray."
        ),
        [],
    ),
    (
        (
            "Immunisation nurse, Ireland. I drew up two vaccines at once and set them both "
            "on the tray unlabelled, then gave MenB where the PCV should have gone. Both "
            "were due that day so the schedule was fine, but the sites were wrong on the "
            "record. One vaccine, one label, one child at a time."
        ),
        [],
    ),
    (
        (
            "PICU RN, six years in. I programmed a heparin infusion at 10x the rate on a "
            "7-week-old post cardiac cath — the pump's soft limit caught it, thank god. The "
            "MRN on the syringe label was 00719346; I still remember it. Filed safety event "
            "SE-22-04871 at Lakeshore Children's before I left that morning."
        ),
        [
            ("7-week-old", "age"),
            ("00719346", "record"),
            ("SE-22-04871", "record"),
            ("Lakeshore Children's", "facility"),
        ],
    ),
]

ROUND_15_X = [
    (
        (
            "Night shift in the blood bank at Qasimpur Teaching Hospital. A unit of B "
            "positive was issued against MR No. 2023-44817 for Mrs Naseem Akhtar, 61, but "
            "the crossmatch had been run on her daughter-in-law's sample because both tubes "
            "just said 'Naseem' in marker pen. The ward nurse caught it at the bedside. I "
            "had signed the issue slip without checking the second identifier."
        ),
        [
            ("Qasimpur Teaching Hospital", "facility"),
            ("MR No. 2023-44817", "record"),
            ("Mrs Naseem Akhtar", "name"),
            ("61", "age"),
        ],
    ),
    (
        (
            "Hemi, 27, has Down syndrome and came into Ward 4 at Whakarewa Hospital with "
            "aspiration pneumonia. I put the LD flag against NHI PXR3184 but didn't check "
            "the eating and drinking plan had gone up to the ward with him. He was given a "
            "normal tray at tea. He coughed his way through it and spiked a temp overnight."
        ),
        [
            ("Hemi", "name"),
            ("27", "age"),
            ("Ward 4 at Whakarewa Hospital", "facility"),
            ("NHI PXR3184", "record"),
        ],
    ),
    (
        (
            "Primary PCI at 02:30, LAD occlusion. I drew up adenosine for the slow flow but "
            "the label slipped off the syringe and I nearly handed over the noradrenaline "
            "instead. Caught it only because the cardiologist asked me to read it out. "
            "Pre-filled labelled syringes in our cath lab now, and we read everything "
            "aloud."
        ),
        [],
    ),
    (
        (
            "**Lesson: ACT before you pull**\nDiagnostic cath, 6 Fr femoral sheath. Heparin "
            "5,000 units given by the fellow without telling me, and it wasn't charted in "
            "Epic until after. I pulled the sheath at 16:40 with an ACT I assumed was under "
            "150. It was 238. Thirty minutes of manual pressure and a haematoma the size of "
            "a grapefruit. Now I check the MAR and ask out loud."
        ),
        [],
    ),
    (
        (
            "Post-op flexor tendon, zone II. I fitted the dorsal blocking splint at 30 "
            "degrees wrist flexion as the old protocol says, but the surgeon had done a "
            "four-strand repair and wanted early active motion. I didn't read the op note. "
            "The pt was stiff at 12 weeks. Op note before splint, every time."
        ),
        [],
    ),
    (
        (
            "Antibody screen positive; the panel showed anti-E plus something I couldn't "
            "pin down. Rather than send it to the reference lab I called it anti-E only and "
            "issued E-negative units. Mild reaction, and the reference lab later found an "
            "anti-Fya as well. Being alone on a Saturday in a Highland lab makes you want "
            "to be done. Don't."
        ),
        [],
    ),
    (
        (
            "A Grade 10 student scored 19 on the PHQ-A and ticked item 9. It was the Friday "
            "before Thanksgiving and I told myself I'd call home on Tuesday. I didn't do a "
            "safety plan. She was okay, but she told me later that long weekend was when "
            "she came closest. I never leave a positive item 9 over a weekend now."
        ),
        [],
    ),
    (
        (
            "Two units of FFP were thawed for a pt who then went to the OR for a different "
            "procedure. I put them back in the fridge without relabelling the 24-hour "
            "expiry, and they were later issued on a 5-day expiry to someone else. No harm, "
            "but a clear deviation, reported through our QA system per AABB standards."
        ),
        [],
    ),
    (
        (
            "Emergency O neg via the MHP. I issued four units but didn't note which went to "
            "which patient when two MHPs were running at once. Traceability broke down and "
            "it took the whole next day to reconcile. MHRA reportable. The LIMS should have "
            "forced it, but I overrode the warning."
        ),
        [],
    ),
    (
        (
            "Men sleeping at the shelter near the old city in Multan come to my weekly "
            "clinic. I started one man on rifampicin and isoniazid on clinical grounds "
            "without GeneXpert because the lab was backed up. He turned out to have MDR-TB, "
            "so he'd had two months of the wrong regimen. We now send every sputum and "
            "chase it ourselves."
        ),
        [],
    ),
    (
        (
            "Rough sleeper in his 30s with a heroin habit came for a wound review. I gave "
            "him naloxone but didn't show him how to use it because the clinic was rammed. "
            "He OD'd a month later and his mate had the kit but didn't know what to do with "
            "it. Thankfully an ambulance got there. I do the five-minute demo with everyone "
            "now."
        ),
        [],
    ),
    (
        (
            "Cath lab 2 at the Witham Cardiac Centre. Mr Geoffrey Tunnicliffe, NHS no. 485 "
            "219 6630, was in for a diagnostic angio and I ticked metformin as 'held' on "
            "the checklist because that's what the ward usually does. It hadn't been held. "
            "eGFR was 38. Nobody rechecked renals and he ended up with an AKI."
        ),
        [
            ("Witham Cardiac Centre", "facility"),
            ("Mr Geoffrey Tunnicliffe", "name"),
            ("NHS no. 485 219 6630", "record"),
        ],
    ),
    (
        (
            "Platelets went to the wrong patient in the ICU because two patients shared a "
            "last name and the unit tag had only the surname and bed 7. I'd filled in the "
            "tag. The nurse caught it at the two-person check. We now print full name and "
            "PHN on tags, never handwritten."
        ),
        [],
    ),
    (
        (
            "Rukhsana Bibi, 45, had a tendon transfer for a radial nerve palsy and I taught "
            "her the exercises in Urdu but gave her the English sheet. She couldn't read "
            "it. When she didn't turn up for follow-up I rang the number on her file, "
            "061-4517832, and her husband said she'd stopped because it hurt. The Sarwar "
            "Hand Clinic has bilingual sheets now."
        ),
        [
            ("Rukhsana Bibi", "name"),
            ("45", "age"),
            ("061-4517832", "phone"),
            ("Sarwar Hand Clinic", "facility"),
        ],
    ),
    (
        (
            "Ross, aged 22, lives in supported accommodation on the Culdaroch estate and "
            "came in for an endoscopy. I'm the LD liaison so I was supposed to do the "
            "easy-read consent with him. I was off sick and didn't hand it over. The "
            "endoscopist took a 'yes' from him as consent. His support worker, Fiona "
            "Urquhart, complained and she was right."
        ),
        [
            ("Ross", "name"),
            ("aged 22", "age"),
            ("the Culdaroch estate", "place"),
            ("Fiona Urquhart", "name"),
        ],
    ),
    (
        (
            "MHP activation at Sunpeak Regional at 0310 for a 24-year-old MVC. I issued the "
            "first cooler of O neg and then, when the group came back A pos, switched to "
            "group-specific without confirming a second sample had been drawn. PHN 9871 204 "
            "336 had a historic record under a different spelling showing an anti-Jka. "
            "Delayed haemolytic reaction on day 6."
        ),
        [
            ("Sunpeak Regional", "facility"),
            ("24-year-old", "age"),
            ("PHN 9871 204 336", "record"),
        ],
    ),
    (
        (
            "Dupuytren's release, little finger, and I made the night extension splint on "
            "day 5. I strapped it too tightly over the PIPJ and didn't teach the pt to "
            "check his colour. He came back at 2/52 with a blister over the dorsum. Band 6 "
            "me should have known better; our hand clinic in Inverness now has a cap refill "
            "check and written sheet in the competency pack."
        ),
        [],
    ),
    (
        (
            "Saw Mr Calum Rennie, 58, in the hand clinic at Craigdhu Infirmary on 9 October "
            "for his flexor tendon review. I misread the post-op protocol in his notes and "
            "let him start active fist at 2 weeks instead of 4. He rang the clinic on 01463 "
            "705 218 two days later saying something had 'gone twang' in his palm. "
            "Re-rupture of FDP, back to theatre, and I had to tell him it was my call."
        ),
        [
            ("Mr Calum Rennie", "name"),
            ("58", "age"),
            ("Craigdhu Infirmary", "facility"),
            ("9 October", "date"),
            ("01463 705 218", "phone"),
        ],
    ),
    (
        (
            "A man with cerebral palsy and an intellectual disability was boarded in the ED "
            "for 30 hours. I'm the IDD nurse and never got paged because the flag in Epic "
            "wasn't set. He had a sacral pressure injury by the time I found him. Braden "
            "was 11. I check the ED census at 07:30 every morning myself now."
        ),
        [],
    ),
    (
        (
            "A client in her 70s asked to do an empty chair with her late husband. I hadn't "
            "done enough grounding first and she couldn't come out of the grief afterwards. "
            "I let her drive home anyway. She phoned the next morning and was okay, but it "
            "was a risk. Grounding, de-roling and a cup of tea before anyone leaves now."
        ),
        [],
    ),
    (
        (
            "Blood sciences at St Fiachra's Regional. A sample came down for group and "
            "screen labelled 'Noreen O'Sullivan 12/09/2022' with MRN K0093318, and the "
            "request form said 12/09/1952. I assumed the tube date was just the collection "
            "date in the wrong box and processed it. Turned out to be a different patient "
            "entirely."
        ),
        [
            ("St Fiachra's Regional", "facility"),
            ("Noreen O'Sullivan", "name"),
            ("12/09/2022", "date"),
            ("MRN K0093318", "record"),
            ("12/09/1952", "date"),
        ],
    ),
    (
        (
            "Haji Ghulam Rasool, 66, was on the table for primary PCI in our cath lab at "
            "Qasimpur. I connected the heparinised saline flush bag that had been hanging "
            "since the morning case and never relabelled it. The consultant asked me when "
            "it was hung and I guessed. His son later gave the ward their address in Basti "
            "Pir Sultan and we had to call him back for a line infection review."
        ),
        [
            ("Haji Ghulam Rasool", "name"),
            ("66", "age"),
            ("Qasimpur", "facility"),
            ("Basti Pir Sultan", "place"),
        ],
    ),
    (
        (
            "District team lead. I shared our visit schedule as a Google Sheet — "
            "https://docs.google.com/spreadsheets/d/1xQeKLw84vTnPzr0sHa2/edit — with a new "
            "casual nurse's personal email, mel.santoro.rn@shawmail.ca, and forgot to "
            "remove her when she left. It had Mrs. Pelletier at 1180 Pinecrest Drive and "
            "her door code on it."
        ),
        [
            ("https://docs.google.com/spreadsheets/d/1xQeKLw84vTnPzr0sHa2/edit", "url"),
            ("mel.santoro.rn@shawmail.ca", "email"),
            ("Mrs. Pelletier", "name"),
            ("1180 Pinecrest Drive", "place"),
        ],
    ),
    (
        (
            "Saw Mr. Boudreaux, 49, at the Pellerin Street camp from the van. I renewed his "
            "lisinopril on the LA Medicaid ID 8812047716 he gave me without checking — it "
            "was his brother's card. His brother's chart now says hypertensive and his own "
            "BP is still nowhere."
        ),
        [
            ("Mr. Boudreaux", "name"),
            ("49", "age"),
            ("the Pellerin Street camp", "place"),
            ("LA Medicaid ID 8812047716", "record"),
        ],
    ),
    (
        (
            "I lead the community nursing team that covers the sub-counties east of town. I "
            "sent a new VHT volunteer alone to dress Mzee Okello's foot wound in Ajulu-Kal "
            "village because the motorbike was needed elsewhere. She didn't know he was "
            "diabetic and he went three more days before anyone saw the cellulitis. He lost "
            "two toes."
        ),
        [
            ("Mzee Okello", "name"),
            ("Ajulu-Kal village", "place"),
        ],
    ),
    (
        (
            "Winter outreach in the Okanagan. A woman in her 20s with a frostbitten foot "
            "refused transfer to ER. I accepted that without a proper capacity assessment "
            "even though she was intoxicated. She came in two days later with wet gangrene. "
            "I think a lot now about the difference between 'refused' and 'couldn't "
            "decide'."
        ),
        [],
    ),
    (
        (
            "School-based counselor at Bayou Crescent Middle. A 7th grader told me her "
            "mom's boyfriend hit her. I filed the report with DCFS but put my own cell as "
            "the callback and then missed the intake worker for two days (ref "
            "LA-CW-2023-118274). I'd also cc'd an update to "
            "k.broussard77@bellsouthmail.net, which was the boyfriend's address, not mom's. "
            "By the time they went to the house on Toulaine Street, he knew."
        ),
        [
            ("Bayou Crescent Middle", "facility"),
            ("LA-CW-2023-118274", "record"),
            ("k.broussard77@bellsouthmail.net", "email"),
            ("Toulaine Street", "place"),
        ],
    ),
    (
        (
            "Woman in her 50s with Down syndrome, new-onset confusion, admitted through ED. "
            "The team said 'baseline' and I didn't push back, I hadn't met her before "
            "either. Her carer said she used to do her own shopping. It was a UTI plus a "
            "sodium of 121. I'm the liaison nurse; pushing back is literally the job. HSE "
            "incident form done."
        ),
        [],
    ),
    (
        (
            "Mrs Bridie Fitzgerald, 79, came to the hand clinic after a Colles' fracture. I "
            "made her a thermoplastic wrist splint on Tuesday 7th and didn't check the "
            "ulnar border properly. I texted her daughter on 087 341 9062 to say everything "
            "was grand. A week later there was a pressure sore over the ulnar styloid."
        ),
        [
            ("Mrs Bridie Fitzgerald", "name"),
            ("79", "age"),
            ("Tuesday 7th", "date"),
            ("087 341 9062", "phone"),
        ],
    ),
    (
        (
            "Street outreach night behind the Harvest Lane shelter. I photographed a guy's "
            "leg wound and uploaded it to https://teamdrive.okoutreach.ca/wounds/jt-0412 so "
            "the wound nurse could see it, not realising the link was set to "
            "anyone-with-link. Jordan T. had his face in the corner of one of the photos. "
            "Our privacy officer caught it two weeks later."
        ),
        [
            ("the Harvest Lane shelter", "facility"),
            ("https://teamdrive.okoutreach.ca/wounds/jt-0412", "url"),
            ("Jordan T.", "name"),
        ],
    ),
    (
        (
            "Mr Hōhepa Te Rangi, 52, had his angiogram on 21/11/2023 in our lab. I was "
            "scrubbed and didn't count the guidewires back properly; a wire was left on the "
            "trolley tray and nearly went out with the drapes. The second nurse caught it. "
            "Nobody was hurt but I do counts out loud now."
        ),
        [
            ("Mr Hōhepa Te Rangi", "name"),
            ("52", "age"),
            ("21/11/2023", "date"),
        ],
    ),
    (
        (
            "STEMI call at 23:50, team called in from home. I set up for femoral out of "
            "habit, but the pt was on dual antiplatelets plus a DOAC. The interventionalist "
            "went radial in the end and we lost minutes swapping trays. Door-to-balloon "
            "times are audited and I know ours were worse that night because of me."
        ),
        [],
    ),
    (
        (
            "Playback theatre session with young mothers at Pagik Community Centre. I "
            "invited Akello Grace, 19, to tell a moment from her week and didn't stop the "
            "enactment when it drifted towards her time in the bush. She dissociated and "
            "was shaking afterwards. The counsellor on call, reached on +256 772 418 093, "
            "came out to us, but I should have held the frame much more tightly."
        ),
        [
            ("Pagik Community Centre", "facility"),
            ("Akello Grace", "name"),
            ("19", "age"),
            ("+256 772 418 093", "phone"),
        ],
    ),
    (
        (
            "Radial angio, and I didn't do a Barbeau test because the fellow said the "
            "Allen's was fine. Post-procedure the hand was cool and the pulse ox on the "
            "thumb showed no waveform. Vascular came: radial occlusion, managed with "
            "heparin. I won't prep now until I've seen the oximetry myself."
        ),
        [],
    ),
    (
        (
            "Our team covers a big rural patch around Rotorua. A new grad got a complex "
            "wound list on her first solo day because two of us were off with COVID-19. I "
            "put myself down as her phone support, then sat in a 3-hour meeting with my "
            "phone on silent. She rang four times. A NPWT dressing was left off suction all "
            "afternoon because she couldn't get the canister to seal."
        ),
        [],
    ),
    (
        (
            "> From: Dana Thibodeaux <dthibodeaux.ot@crescentbayhand.com>\n> Subject: home "
            "program + splint wear for Mrs. Guidry\n\nWe had two Mrs. Guidrys on the hand "
            "therapy schedule that week. I attached the wrong one's op note and exercise "
            "sheet and sent it to the wrong family, so a stranger got her whole surgical "
            "history. My manager made me call both of them myself."
        ),
        [
            ("Dana Thibodeaux", "self"),
            ("dthibodeaux.ot@crescentbayhand.com", "email"),
            ("Mrs. Guidry", "name"),
        ],
    ),
    (
        (
            "I'm a Band 7 team leader. A pt with a sacral sore was coded as 'moisture "
            "lesion' on SystmOne by a new starter, and I signed off the caseload review "
            "without looking at the photo. It was category 3 a fortnight later. Waterlow "
            "22, Braden 12: all the signs were there."
        ),
        [],
    ),
    (
        (
            "ABO discrepancy on a 6-year-old with severe malaria anaemia, Hb 3.1. Lab no. "
            "LBH/BT/2291. I was alone on the bench, released O units because the ward kept "
            "calling from 0782 551 604, and never documented the discrepancy. The child, "
            "Atim, was fine, but the next sample showed an anti-B nobody had written down."
        ),
        [
            ("6-year-old", "age"),
            ("Lab no. LBH/BT/2291", "record"),
            ("0782 551 604", "phone"),
            ("Atim", "name"),
        ],
    ),
    (
        (
            "Scaphoid fracture, and I was asked to make a thumb spica. I didn't leave "
            "enough room at the MCP and the lady came back with numbness. She'd been taking "
            "Difene from the pharmacy and just putting up with it. We have a splint check "
            "leaflet now. Use it."
        ),
        [],
    ),
    (
        (
            "I was trained in Landy's role method and a lot of Boal, and I brought Forum "
            "Theatre to a group of ex-combatant women in Gulu without adapting it. Asking "
            "the audience to 'stop' and replace a protagonist felt, to them, like being "
            "accused in front of the village. Two women didn't come back. The Acholi have "
            "their own ways of telling hard stories and I should have started there."
        ),
        [],
    ),
    (
        (
            "Eighth grader, and I used the C-SSRS screener over Zoom during the hurricane "
            "closures. I didn't check whether she was alone, and her stepdad was in the "
            "room the whole time. She said no to everything. When school reopened in "
            "October she told me the truth. Ask who's there before any risk screen, even on "
            "video."
        ),
        [],
    ),
    (
        (
            "Opiyo Denis, 31, a boda-boda rider, came to the Kiteny Orthopaedic Unit with a "
            "crush injury to his dominant hand. I fitted a resting splint in the wrong "
            "position — wrist flexed instead of the safe position — and he wore it for "
            "three weeks. IP No. 0417/23 should have been flagged for weekly review but I "
            "never booked him."
        ),
        [
            ("Opiyo Denis", "name"),
            ("31", "age"),
            ("Kiteny Orthopaedic Unit", "facility"),
            ("IP No. 0417/23", "record"),
        ],
    ),
    (
        (
            "Post-TAVI recovery, and I missed that the temporary pacing wire had been left "
            "in with the box switched off.\n\n> 21:10 HR 28, CHB, pacing box found OFF. Reg "
            "informed, box on, capture at 70.\n\nI didn't check the settings at handover. Box "
            "settings go on the SBAR every time now."
        ),
        [],
    ),
    (
        (
            "Palliative pt at home in rural Kerry on a syringe driver, morphine 15 mg and "
            "midazolam 10 mg over 24 hours. I'm the team leader and I let the rota go out "
            "with nobody trained on the driver covering the Sunday. The battery died "
            "overnight. Family rang out-of-hours at 05:00 after a dreadful night of "
            "agitation. The local hospice nurse came out in the end."
        ),
        [],
    ),
    (
        (
            "I run a district team in the Highlands. A pt on warfarin had her INR checked "
            "by a student and the result, 6.4, was written on the back of a glove. It never "
            "made it to the GP. I should have had the student report to me before she went "
            "off shift. Next day the pt had a nosebleed that wouldn't stop."
        ),
        [],
    ),
    (
        (
            "Man in his 40s with a severe LD and epilepsy, admitted via A&E with a chest "
            "infection.\n- I did the capacity assessment for the cannula under the MCA\n- I "
            "didn't document the best interests decision properly\n- He pulled it out at "
            "03:15 and nights weren't sure if they could hold him to replace it\n\nNEWS2 was "
            "6 by then. He went four hours without IV antibiotics."
        ),
        [],
    ),
    (
        (
            "**Reasonable adjustments that never happened**\n\nI'm one of the LD liaison "
            "nurses covering surgery. Darren Whitlock, 34, autistic and mostly non-verbal, "
            "was booked for dental clearance under GA on Hawthorn Ward. His mum had emailed "
            "his hospital passport to ldliaison@withamvale.nhs.uk the week before and I "
            "never forwarded it. He was left nil by mouth from midnight with no explanation "
            "and by 11am he'd lashed out at a HCA.\n\nI raised Datix WV-22-08817 on myself "
            "the next day."
        ),
        [
            ("Darren Whitlock", "name"),
            ("34", "age"),
            ("Hawthorn Ward", "facility"),
            ("ldliaison@withamvale.nhs.uk", "email"),
            ("Datix WV-22-08817", "record"),
        ],
    ),
    (
        (
            "I'm the LD nurse for adults in acute. On June 3rd a man from Cedarbrae House "
            "came through ER after a seizure and I wasn't told until the next day. His "
            "group-home staff had phoned and I missed the message; they'd even posted on "
            "https://www.facebook.com/cedarbraehouse.ok asking if anyone knew where he'd "
            "been taken. His name is Trevor and he spent 14 hours on a stretcher in a "
            "hallway, terrified."
        ),
        [
            ("June 3rd", "date"),
            ("Cedarbrae House", "facility"),
            ("https://www.facebook.com/cedarbraehouse.ok", "url"),
            ("Trevor", "name"),
        ],
    ),
    (
        (
            "I'm the only dramatherapist at Te Ara Whānau Centre, so I run every group "
            "myself. After a performance project I uploaded the final piece to "
            "https://vimeo.com/tearawhanau/matariki-stories with no password, and one "
            "rangatahi in it had a protection order against her father. Her social worker, "
            "Aroha, spotted it the same night."
        ),
        [
            ("the only dramatherapist at Te Ara Whānau Centre", "self"),
            ("https://vimeo.com/tearawhanau/matariki-stories", "url"),
            ("Aroha", "name"),
        ],
    ),
    (
        (
            "A Class 9 girl at Bahar Colony Girls High School disclosed self-harm to me in "
            "the counselling room. I promised her I wouldn't tell her parents, which I had "
            "no right to promise. When the principal insisted, her father rang me from "
            "0300-7145628 shouting, and she stopped coming to see me. Her name was Sana and "
            "I still think about her."
        ),
        [
            ("Bahar Colony Girls High School", "facility"),
            ("0300-7145628", "phone"),
            ("Sana", "name"),
        ],
    ),
    (
        (
            "Carpal tunnel release, and I told the pt to keep the dressing dry for 10 days "
            "then start scar massage. The surgeon's protocol said 2/52. He got a wound "
            "infection after soaking it in a hot pool on day 6. I'd never mentioned "
            "geothermal pools specifically. In Rotorua you probably should."
        ),
        [],
    ),
    (
        (
            "Cath lab, evening list. Mr. Halvorsen, 71, was on apixaban and I didn't flag "
            "it at the time-out because I thought the resident had. Femoral access, big "
            "groin haematoma. I've written this up for my BCCNM registration #0419382 "
            "portfolio because the college asks us to reflect openly."
        ),
        [
            ("Mr. Halvorsen", "name"),
            ("71", "age"),
            ("BCCNM registration #0419382", "self"),
        ],
    ),
    (
        (
            "Street medicine shift in New Orleans in August. A man in his 60s was confused "
            "in the heat and I assumed alcohol. Didn't check a glucose. It was 38 mg/dL. "
            "EMS picked him up an hour later after a passer-by called 911. He was OK but "
            "could have died on my watch. The glucometer is now the first thing out of the "
            "bag."
        ),
        [],
    ),
    (
        (
            "> 03/14/23 1142 RN: pt Terrance Arceneaux Jr, MRN 7730418, s/p R radial PCI, "
            "TR band 15 mL, radial pulse +2.\n\nThat's my note. Stepdown kept calling for the "
            "bed so I let 6 mL out at once instead of 2 mL q15min. He oozed through the "
            "dressing and the sheet before anyone noticed. No harm in the end, but I've "
            "never rushed a band since."
        ),
        [
            ("03/14/23", "date"),
            ("Terrance Arceneaux Jr", "name"),
            ("MRN 7730418", "record"),
        ],
    ),
    (
        (
            "Kayden, aged 14, told me in a session at Ravendale Academy that his dad was "
            "'coming for him' after a custody fight. I logged it on CPOMS but didn't "
            "escalate it to the DSL the same day. I emailed his head of year at "
            "j.meakin@ravendale.lincs.sch.uk instead and she was off. Police were called to "
            "the house on the Tanyard Rise estate that weekend."
        ),
        [
            ("Kayden", "name"),
            ("aged 14", "age"),
            ("Ravendale Academy", "facility"),
            ("j.meakin@ravendale.lincs.sch.uk", "email"),
            ("the Tanyard Rise estate", "place"),
        ],
    ),
    (
        (
            "On 2 February 2024 I did a home visit to Ojok, a young man with a severe "
            "learning disability, in Kal-Okuru village. His family had been told by a "
            "health worker to keep him tied for his own safety and I didn't challenge it "
            "strongly enough. I wrote 'family coping' in the notes. A month later he had "
            "rope sores on both ankles."
        ),
        [
            ("2 February 2024", "date"),
            ("Ojok", "name"),
            ("Kal-Okuru village", "place"),
        ],
    ),
    (
        (
            "Our community team does home visits in the villages around Gulu. I sent nurses "
            "out with metformin but no glucometer strips because the store had run out, and "
            "I didn't escalate it. One nurse guessed a dose increase for a man whose sugars "
            "she couldn't measure. He went hypo. Stock-outs need escalating on day one, not "
            "day ten."
        ),
        [],
    ),
    (
        (
            "Johnny Sheahan sleeps in a doorway off Strand Lane most nights. I gave him a "
            "week's diazepam from the outreach van without checking his record under PPSN "
            "8841027KA, which showed he'd already been given two weeks by his old GP. He "
            "sold most of it. I only found out when the Gardaí rang the practice."
        ),
        [
            ("Johnny Sheahan", "name"),
            ("Strand Lane", "place"),
            ("PPSN 8841027KA", "record"),
        ],
    ),
    (
        (
            "Drop-in clinic at the Tomnabrae Yard hub. Stevie Mackay came in asking for "
            "something for his nerve pain and I wrote up pregabalin without checking ECS "
            "under his CHI 2107629183. He was already getting it from two other surgeries. "
            "He was found unresponsive in a stairwell three days later. He survived, and I "
            "now check every single time."
        ),
        [
            ("the Tomnabrae Yard hub", "facility"),
            ("Stevie Mackay", "name"),
            ("CHI 2107629183", "record"),
        ],
    ),
    (
        (
            "Rh D negative woman, 28 weeks, came in after a fall. I issued anti-D 625 IU "
            "but didn't check the Kleihauer was back first. It showed a bleed needing more "
            "than double that. The midwife had to call her back for a second dose 36 hours "
            "later. Still inside the window, but I was lucky."
        ),
        [],
    ),
    (
        (
            "**What I got wrong**\n- Ran a masks session with a forensic group at HMP Lindum "
            "Heath without checking who'd been moved onto the wing that week\n- Two men with "
            "a history between them ended up in the same pair\n- I froze instead of stopping "
            "the exercise\n\nI'm writing this as myself, HCPC AS01873, because I think "
            "dramatherapists don't talk about this enough."
        ),
        [
            ("HMP Lindum Heath", "facility"),
            ("HCPC AS01873", "self"),
        ],
    ),
    (
        (
            "Mallet finger, and I told the pt he could take the stack splint off to shower "
            "'as long as he kept it straight'. He didn't. At 6 weeks there was a 30° "
            "extensor lag and we had to restart the clock. Every hand therapist knows the "
            "rule, I just didn't say it firmly enough. Handout updated in the clinic "
            "binder."
        ),
        [],
    ),
    (
        (
            "I'm Dr Farhan Qureshi, PMDC 47112-P, and I run the weekly clinic for "
            "street-living men near the bus stand. Bashir, a heroin user from Basti "
            "Khokhran, had a productive cough for six weeks and I put it down to smoking. I "
            "didn't send sputum. Three months later he was diagnosed with TB, by which time "
            "two men sleeping next to him were coughing too."
        ),
        [
            ("Dr Farhan Qureshi", "self"),
            ("PMDC 47112-P", "self"),
            ("Bashir", "name"),
            ("Basti Khokhran", "place"),
        ],
    ),
    (
        (
            "A boarding school asked me to see a Senior 2 boy who wasn't eating. I didn't "
            "ask about the punishments because I was the outsider and didn't want to upset "
            "the school. He was being caned daily. Child protection isn't optional for "
            "visitors."
        ),
        [],
    ),
    (
        (
            "In an adolescent group at Okanagan Ridge Youth House I ran a family sculpt and "
            "asked Kiera to place her people in the room. I hadn't read the update that her "
            "stepdad had been arrested that week, and the whole thing landed on her in "
            "front of everyone. She walked out. Her youth worker texted me at (250) "
            "555-0147 that night: 'what did you do in there??'"
        ),
        [
            ("Okanagan Ridge Youth House", "facility"),
            ("Kiera", "name"),
            ("(250) 555-0147", "phone"),
        ],
    ),
    (
        (
            "Running a drama therapy group for veterans, I used a Mardi Gras mask exercise, "
            "thinking the local culture would make it feel safe. One man associated masks "
            "with an ambush overseas and had a flashback. I hadn't screened for trauma "
            "cues. DSM-5 criteria aside, I just didn't ask."
        ),
        [],
    ),
    (
        (
            "I lead a district nursing team out of the Ōturoa base. Koro Tipene at 14 "
            "Kōwhai Crescent was on twice-daily insulin and I took him off the visit list "
            "when the practice said his daughter would do it. Nobody checked she'd been "
            "taught. He was found hypo at 7am by a neighbour, who rang us on 07 348 2291."
        ),
        [
            ("the Ōturoa base", "facility"),
            ("Koro Tipene", "name"),
            ("14 Kōwhai Crescent", "place"),
            ("07 348 2291", "phone"),
        ],
    ),
    (
        (
            "I used a genogram-style exercise with a whānau group without thinking about "
            "whakapapa and how naming the dead can be tapu. A kuia quietly told me "
            "afterwards that it had upset people. I hadn't consulted our cultural advisor. "
            "Karakia at the start isn't enough if the exercise itself is wrong."
        ),
        [],
    ),
    (
        (
            "Closing a group in a secure unit, I ran a de-roling exercise that was too "
            "short because we'd overrun. One man left the room still speaking as the "
            "'voice' character. Ward staff didn't know why he was so agitated at 19:00. "
            "Jennings and Landy both hammer on about de-roling and I skipped it to save ten "
            "minutes."
        ),
        [],
    ),
    (
        (
            "As team leader I reallocated a new leg ulcer visit to an agency nurse and "
            "didn't hand over that Mr Dineen at 4 Church View, Kilcorrig also had a "
            "reddened heel. Nobody looked at it for eight days. By the time I went out "
            "myself on the 19th of May it was a category 3 and his daughter was, rightly, "
            "furious."
        ),
        [
            ("Mr Dineen", "name"),
            ("4 Church View, Kilcorrig", "place"),
            ("the 19th of May", "date"),
        ],
    ),
    (
        (
            "Matric exam season. A boy came to me panicking and I taught him box breathing "
            "and sent him back to class. I didn't ask about sleep, appetite or thoughts of "
            "death. His mother brought him to paediatric OPD a week later because he hadn't "
            "eaten for three days. I use the Urdu PHQ-9 with every referral now."
        ),
        [],
    ),
    (
        (
            "A Senior 3 student at Laminto Hill Secondary School, Apio, 16, was referred to "
            "me for 'behaviour'. I wrote it off as exam stress and didn't screen for "
            "anything else. Two weeks later the matron found her with a bottle of "
            "chloroquine tablets. I should have asked the direct question."
        ),
        [
            ("Laminto Hill Secondary School", "facility"),
            ("Apio", "name"),
            ("16", "age"),
        ],
    ),
    (
        (
            "Year 11 student, referred by a form tutor on a Monday. I saw her on the "
            "Thursday and did a full assessment, but I wrote the notes on my phone in the "
            "car park and they never synced. The DSL asked for them for a CAMHS referral "
            "and I had nothing. Everything goes in on the school laptop now, before I leave "
            "the building."
        ),
        [],
    ),
    (
        (
            "Saw a man at the homeless service with a chronic cough and weight loss and "
            "treated it as COPD with Ventolin and Spiriva. I didn't think about TB in a "
            "hostel setting and didn't request a chest X-ray. He was sputum positive when "
            "it was finally done. Public health traced 14 contacts."
        ),
        [],
    ),
    (
        (
            "A girl with Down syndrome came for a cardiac echo and was sent home without it "
            "because she 'wouldn't cooperate'. I hadn't arranged a quiet slot or asked her "
            "mother what helps. The echo finally happened under sedation three months "
            "later. Reasonable adjustments aren't just a UK thing."
        ),
        [],
    ),
    (
        (
            "Specimen accession 23-BB-018842 came up with a positive DAT and a new "
            "antibody. I called it to the floor on ext 4418 but never wrote who I'd spoken "
            "to. The pt, Mrs. LaRose, was crossmatched again next morning by day shift off "
            "the old screen because nobody knew. Her Hb dropped and her bilirubin doubled. "
            "Date on the incident: 08/22/2023."
        ),
        [
            ("23-BB-018842", "record"),
            ("ext 4418", "phone"),
            ("Mrs. LaRose", "name"),
            ("08/22/2023", "date"),
        ],
    ),
    (
        (
            "Team leader for the north patch. Mrs Pickering, in the bungalows on the "
            "Ferncroft estate (LN6 4QX), was on a syringe driver. I signed off the night "
            "handover without noticing the midazolam had been prescribed at 10 mg but drawn "
            "up as 20. She was very drowsy by the morning visit. Her son was told honestly "
            "and I wrote a statement."
        ),
        [
            ("Mrs Pickering", "name"),
            ("the Ferncroft estate", "place"),
            ("LN6 4QX", "place"),
        ],
    ),
    (
        (
            "A young man with a learning disability was admitted with cerebral malaria. "
            "Staff thought his screaming was 'just his condition' and I didn't go to see "
            "him until day 2 because I was on the other side of town. Glucose was 2.1 when "
            "someone finally checked. Diagnostic overshadowing is the phrase I teach, and I "
            "still let it happen."
        ),
        [],
    ),
    (
        (
            "> Hi Eilidh, it's Morag from the Ardcullen unit. Can you ring me on 07700 "
            "900481 re: last night's group? x\n\nI knew what it was about before I called. "
            "I'd let a role reversal run with a client with psychosis and he'd gone home "
            "still half in role. Thankfully nothing happened, but Morag had spent the night "
            "on the phone with his mother."
        ),
        [
            ("Eilidh", "name"),
            ("Morag", "name"),
            ("the Ardcullen unit", "facility"),
            ("07700 900481", "phone"),
        ],
    ),
    (
        (
            "I'm the only mental health practitioner at Kaharoa Heights Intermediate, so "
            "the buck stops with me. A Year 8 boy, Tama, told me on a Friday he'd been "
            "thinking about ending it. I rang home but used an old number off the SMS roll "
            "and left a detailed voicemail on 027 418 5529, which turned out to be a "
            "stranger. His whānau didn't find out until after 6pm."
        ),
        [
            ("the only mental health practitioner at Kaharoa Heights Intermediate", "self"),
            ("Tama", "name"),
            ("027 418 5529", "phone"),
        ],
    ),
]
