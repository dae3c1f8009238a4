"""Round 10 of issue 14's evaluation: 160 stories (80 safe, 234 spans) from two helpers who
saw only the labeling guide (identifier_round2.md), never the check's rules, corpora or code:
physician associates, dietitians, neonatal nurses, addiction counsellors, respiratory
therapists, district nurses, crisis workers (Liverpool, Kingston, New Mexico, Hong Kong,
Tasmania, Derry, Leeds); anaesthetists, play therapists, social workers, pharmacy technicians,
healthcare assistants, optometrists, sonographers, out-of-hours GPs (Bristol, Accra, Alberta,
the rural Philippines, Georgia, Wellington, Birmingham). Measured untouched with the rules
written against rounds 1 to 8, and again with round 9's, then written against: see
test_identifiers.py and bench/README.md. Entries as in identifier_corpus."""

ROUND_10_M = [
    (
        (
            "Crisis assessment, after hours. I wrote 'no access to means' in the risk plan "
            "because the client told me the firearms had been handed in. I didn't verify with the "
            "family. They hadn't been. Nobody was hurt, but the plan was wrong from the start. I "
            "now document what's verified vs reported, separately."
        ),
        [],
    ),
    (
        (
            "Crisis team in Liverpool. I told a patient's mum that her son was 'safe on the ward' "
            "before confirming the transfer had happened. He was actually still in A&E waiting "
            "for a bed. She went to the ward and he wasn't there. Her panic was completely my "
            "fault."
        ),
        [],
    ),
    (
        (
            "Out at Wyena Flats I left a syringe driver with the wrong dose of midazolam for "
            "Bronwyn Harcourt. Her husband Des rang the after-hours line at 2am saying she was "
            "'too sleepy'. I went back, recalculated, and found I'd used the previous day's "
            "chart. She passed peacefully a few days later, but I still think about that night."
        ),
        [
            ("Wyena Flats", "place"),
            ("Bronwyn Harcourt", "name"),
            ("Des", "name"),
        ],
    ),
    (
        (
            "Visited Mrs Bashir at 22 Hawthorn Mount, LS8 4RX, to do bloods and didn't use the "
            "interpreter line because her son Imran offered to translate. He translated 'have you "
            "eaten today' as something quite different, and her fasting glucose was meaningless. "
            "Booked a proper interpreter for the repeat."
        ),
        [
            ("Mrs Bashir", "name"),
            ("22 Hawthorn Mount", "place"),
            ("LS8 4RX", "place"),
            ("Imran", "name"),
        ],
    ),
    (
        (
            "Kasia was in our crisis house and asked me not to tell her mum where she was. I rang "
            "the mum to arrange clothes and said 'she's safe at Briarfield House'. Her mum turned "
            "up at the door that night. Kasia Nowicka, if anyone worked there then, you'll "
            "remember."
        ),
        [
            ("Kasia", "name"),
            ("Briarfield House", "facility"),
            ("Kasia Nowicka", "name"),
        ],
    ),
    (
        (
            "District nursing in Northern Ireland. I didn't check the expiry on an insulin pen "
            "left in a patient's fridge; it had been opened for seven weeks. Her BMs had been in "
            "the high teens all week and I'd put it down to a UTI. Swapped the pen and things "
            "settled. Now I write the opening date on every pen myself."
        ),
        [],
    ),
    (
        (
            "NICU nurse in New Mexico. I weighed a baby with the BP cuff and leads still "
            "attached, and the weight was 60 g heavier than reality. The feeding plan was based "
            "on it for a day. Not dangerous at that size difference, but it's sloppy. Everything "
            "off the scale now, every time."
        ),
        [],
    ),
    (
        (
            "Shift on the neonatal unit at St Eunan's. I gave Oisín's 0200 gentamicin to the twin "
            "in the next cot. Both were prescribed it, same dose, so clinically nothing changed, "
            "but the ID band check was skipped. Their mum, Bronagh McLaughlin, was told by the "
            "consultant the next day and was very gracious about it."
        ),
        [
            ("St Eunan's", "facility"),
            ("Oisín", "name"),
            ("Bronagh McLaughlin", "name"),
        ],
    ),
    (
        (
            "I used a client's first name in a voicemail to his work number. His manager listened "
            "to it. He didn't lose his job but he had to explain why an addiction service was "
            "calling. Now I never leave any identifying information on voicemails, full stop."
        ),
        [],
    ),
    (
        (
            "Physician associate in a surgical assessment unit. I clerked a woman with RIF pain "
            "and forgot to do a pregnancy test before she went for CT. She wasn't pregnant, "
            "luckily, but the radiographer had to stop and ask. bHCG is now the first thing on my "
            "clerking template, above the obs."
        ),
        [],
    ),
    (
        (
            "Community nurse in Jamaica. I left a patient's insulin at room temperature in a hot "
            "car for most of the day before delivering it, in August. Her sugars were poor for a "
            "few days until we replaced the vials. Cooler bag lives in the car now."
        ),
        [],
    ),
    (
        (
            "Crisis team shift in Tasmania, winter. I accepted a phone triage at 23:40 and rated "
            "risk as low because the caller sounded calm. Calm can mean decided. Next morning the "
            "GP called us after an overdose of paracetamol and quetiapine; she survived after NAC "
            "in ED. I now ask the direct questions every single time, regardless of tone."
        ),
        [],
    ),
    (
        (
            "I was the night nurse for Baby Boy Yazzie at Red Mesa Regional, MRN 40318827. I "
            "charted a 30 ml feed as given when the mom, Marilyn, had actually breastfed and the "
            "bottle went untouched. The I&O was off for the whole shift and the day team thought "
            "he was feeding better than he was."
        ),
        [
            ("Baby Boy Yazzie", "name"),
            ("Red Mesa Regional", "facility"),
            ("MRN 40318827", "record"),
            ("Marilyn", "name"),
        ],
    ),
    (
        (
            "I'm the sole renal dietitian at Tsing Lung Hospital, so anyone there will know it's "
            "me. I recommended a high-energy formula for a toddler with a cows' milk allergy on a "
            "consult and didn't check it was extensively hydrolysed. Mum noticed hives after the "
            "second bottle."
        ),
        [
            ("the sole renal dietitian at Tsing Lung Hospital", "self"),
        ],
    ),
    (
        (
            "- **Event:** wrong-size trach inner cannula fitted\n- **Patient:** Terry Rimmer, bay "
            "2\n- **Datix:** INC-58213\n- **Outcome:** increased work of breathing, resolved "
            "after swap\nI was covering a ward I didn't usually work on and grabbed the box "
            "without reading it."
        ),
        [
            ("Terry Rimmer", "name"),
            ("INC-58213", "record"),
        ],
    ),
    (
        (
            "Tasmanian RT, mostly adult ICU. I swapped a patient from the ventilator to a T-piece "
            "for an SBT and forgot to reconnect the ETCO2. For 20 minutes we had no capnography. "
            "He was fine, but it was exactly the window where you'd want it. Added a line to our "
            "SBT checklist."
        ),
        [],
    ),
    (
        (
            "Respiratory therapist, level II trauma center in Albuquerque. I gave albuterol via a "
            "nebulizer to a patient who was on airborne precautions for suspected TB, instead of "
            "using an MDI with spacer. Infection control was not thrilled. Nobody converted on "
            "testing, but that's luck, not practice."
        ),
        [],
    ),
    (
        (
            "## Missed follow-up\nI work on a community crisis team in Hong Kong. After a "
            "late-night assessment I promised a callback within 24 hours and then went on two "
            "days' leave without handing it over. The client called the hotline instead and was "
            "seen, but felt forgotten. I now put every promised callback into the shared diary "
            "before I leave the building."
        ),
        [],
    ),
    (
        (
            "Mrs Prudencia Trujillo, 78, was on our renal caseload and I gave her a low-potassium "
            "handout that listed... bananas as a 'safe' snack. The handout was a misprint from "
            "the vendor. Her K came back 6.2 at the dialysis unit in Española. She's fine. Her "
            "granddaughter emailed me at vtrujillo.family@mailbox.com to ask what else was wrong "
            "in it."
        ),
        [
            ("Mrs Prudencia Trujillo", "name"),
            ("78", "age"),
            ("Española", "place"),
            ("vtrujillo.family@mailbox.com", "email"),
        ],
    ),
    (
        (
            "Home visit to Mr Kwok Chi-keung in Tin Wah Estate, Block C, and I forgot to reorder "
            "his stoma supplies. He ran out over the weekend and used plastic bags. His daughter "
            "phoned the centre on 2345 6789. Utterly avoidable."
        ),
        [
            ("Mr Kwok Chi-keung", "name"),
            ("Tin Wah Estate, Block C", "place"),
            ("2345 6789", "phone"),
        ],
    ),
    (
        (
            "I work in a harm reduction service in Hong Kong. I gave a client the wrong day for "
            "the methadone clinic's holiday closure over Lunar New Year, so he turned up to a "
            "locked door. He managed to get a dose elsewhere but it cost him a day of work. "
            "Printed schedules now, not verbal."
        ),
        [],
    ),
    (
        (
            "Client file mix-up at the rehab. I photocopied Delroy Campbell's intake form to send "
            "to probation and the copy included another client's page on the back. Case reference "
            "KRH-0923-447 on the top, another person's history on the reverse. We had to notify "
            "both men."
        ),
        [
            ("Delroy Campbell", "name"),
            ("KRH-0923-447", "record"),
        ],
    ),
    (
        (
            "Agnieszka Zielińska's catheter was due to be changed on 3rd May and I wrote it in "
            "the diary for the 3rd of June. She got a CAUTI in between. She lives above the "
            "chippy on Mill Lane Parade, so I see her window every time I drive past and feel "
            "guilty."
        ),
        [
            ("Agnieszka Zielińska", "name"),
            ("3rd May", "date"),
            ("3rd of June", "date"),
            ("Mill Lane Parade", "place"),
        ],
    ),
    (
        (
            "Miss Ivy Reid lives on her own up on Red Ginger Lane in Stony Hill and I'd been "
            "visiting twice weekly for her leg. I forgot to tell the doctor her BP had been "
            "creeping up, 168/98 at the last two visits. She had a TIA on 18 October. She's "
            "recovering, but I should have escalated."
        ),
        [
            ("Miss Ivy Reid", "name"),
            ("Red Ginger Lane", "place"),
            ("Stony Hill", "place"),
            ("18 October", "date"),
        ],
    ),
    (
        (
            "PA on a respiratory ward. Dr Chaudhry asked me to stop the IV co-amoxiclav and "
            "switch to oral. I stopped it but never prescribed the oral. Mrs Nazia Akhtar went 36 "
            "hours without antibiotics. Her son found out when he asked the nurse why there were "
            "no tablets on her table."
        ),
        [
            ("Dr Chaudhry", "name"),
            ("Mrs Nazia Akhtar", "name"),
        ],
    ),
    (
        (
            "Left the key safe code on a Post-it in the car and the car was broken into that "
            "night. The code was for Mr Eamonn Gallagher's house on Ballyarnett View. We changed "
            "the code first thing. My team lead reported it under ref IG-2022-1187."
        ),
        [
            ("Mr Eamonn Gallagher", "name"),
            ("Ballyarnett View", "place"),
            ("IG-2022-1187", "record"),
        ],
    ),
    (
        (
            "Handover sheet I wrote, with the mistake:\n> Cot 4 - Baby Reece Doyle, NHS 487 221 "
            "9063, 3 days old, phototherapy off 1800\nIt was meant to say 'on until 1800'. The "
            "day team turned it off at 8am. Bili rebounded. Mum Kelly was devastated when we had "
            "to restart."
        ),
        [
            ("Baby Reece Doyle", "name"),
            ("NHS 487 221 9063", "record"),
            ("3 days old", "age"),
            ("Kelly", "name"),
        ],
    ),
    (
        (
            "Neonatal unit, north of England. I drew up vitamin K 1 mg for a term baby, got "
            "called away, another nurse gave it while I was gone, and I nearly gave a second dose "
            "when I came back. The signed chart saved us. We now sign at the cot immediately."
        ),
        [],
    ),
    (
        (
            "Quoting my own note because I'm still embarrassed:\n> 2/11/23 0400 Baby Cheung "
            "Ka-lok, bed 6, TPN line disconnected at hub, approx 20 mins interruption. Dr Lau "
            "informed.\nI had left the connector untaped after a line change. Glucose dropped to "
            "2.1 and we had to bolus. Nobody was hurt long term but I tape everything now."
        ),
        [
            ("2/11/23", "date"),
            ("Baby Cheung Ka-lok", "name"),
            ("Dr Lau", "name"),
        ],
    ),
    (
        (
            "Dad asked me over the phone how his son was doing and I gave a full update. Only "
            "afterwards did I realise I hadn't checked the password. It was the right dad, Tomasz "
            "Wiśniewski, but the week before we'd had a custody issue on the unit. Baby was on "
            "Ward 41 at Aire Valley Infirmary."
        ),
        [
            ("Tomasz Wiśniewski", "name"),
            ("Ward 41 at Aire Valley Infirmary", "facility"),
        ],
    ),
    (
        (
            "**What happened:** I programmed the caffeine citrate as a loading dose instead of "
            "maintenance.\n**Caught by:** second checker at the pump.\n**Why:** two prescriptions "
            "on the chart, one crossed out badly.\n**Change:** we now reprint the chart instead "
            "of scribbling over it.\nLevel 3 NICU in the north west, nothing bad happened to the "
            "baby."
        ),
        [],
    ),
    (
        (
            "Band 6 physio on the resp team in Leeds. I did a chest physio session on a patient "
            "with a platelet count of 18 and didn't check the bloods first. Mild haemoptysis "
            "afterwards, settled. Now FBC is on my pre-treatment checklist along with the INR."
        ),
        [],
    ),
    (
        (
            "Hospital dietitian in Hong Kong. I recommended a renal formula for a patient on "
            "CRRT, not realising CRRT patients usually need higher protein. The ICU team "
            "questioned it at the MDT. We switched to a standard high-protein formula. Learned "
            "more about dialysis modalities that week than in my whole degree."
        ),
        [],
    ),
    (
        (
            "PA in family medicine, rural New Mexico. I prescribed metformin 1000 mg BID to a "
            "patient without reviewing his eGFR, which was 28. Pharmacy called before it was "
            "filled. I should have pulled the labs myself rather than relying on the MA's "
            "summary."
        ),
        [],
    ),
    (
        (
            "I told a client in group that his urine screen was 'clear' before the confirmatory "
            "result came back. It then came back positive for benzodiazepines and he felt I'd set "
            "him up in front of everyone. We repaired it, slowly, leaning on a lot of Miller and "
            "Rollnick's MI stuff, but I'll never announce screen results in group again. Leeds "
            "service, Band 6, about four years in."
        ),
        [],
    ),
    (
        (
            "Email I got back from a family, which I deserved:\n> Dear Ms Quigley,\n> You told my "
            "mother to stop her Fortisip on 12/01/2024 and nobody told us why. She has lost "
            "4kg.\n> Regards, Aoife Mullan\nI'd meant to stop one of the two daily bottles, not "
            "both."
        ),
        [
            ("Ms Quigley", "name"),
            ("12/01/2024", "date"),
            ("Aoife Mullan", "name"),
        ],
    ),
    (
        (
            "Fermin Lucero was on home O2 at 2 L and I set up his new concentrator at 5 L because "
            "I misread the order. His wife Cecilia called our line at (505) 555-0186 when he got "
            "a headache and was confused. CO2 retainer. Went back out to Cañada Seca that evening "
            "to fix it."
        ),
        [
            ("Fermin Lucero", "name"),
            ("Cecilia", "name"),
            ("(505) 555-0186", "phone"),
            ("Cañada Seca", "place"),
        ],
    ),
    (
        (
            "The referral came through with the wrong surname so I opened a new file instead of "
            "finding the existing one. Now there are two records for Declan O'Kane at Foyle "
            "Bridge Addiction Service, and his history of a previous overdose wasn't visible to "
            "the new keyworker. Merged now, and the old ref FBAS/19/0342 is flagged."
        ),
        [
            ("Declan O'Kane", "name"),
            ("Foyle Bridge Addiction Service", "facility"),
            ("FBAS/19/0342", "record"),
        ],
    ),
    (
        (
            "Baby girl Spence was born at 28 weeks and I was her nurse on the first night. I "
            "misread the prescription for dextrose 10% and ran it at 10 ml/hr instead of 4. Her "
            "mother, Nadine Spence, was on the post-natal ward at Harbour View Maternity. I told "
            "her myself the next morning."
        ),
        [
            ("Baby girl Spence", "name"),
            ("Nadine Spence", "name"),
            ("Harbour View Maternity", "facility"),
        ],
    ),
    (
        (
            "As a PA on the acute medical unit at Foyleside General I prescribed enoxaparin 40 mg "
            "for a man who'd had a GI bleed the week before. Mr Doherty's notes had it buried in "
            "a discharge letter. Pharmacist flagged it before the first dose. Hospital number "
            "D7730412 if anyone from that team remembers the datix."
        ),
        [
            ("Foyleside General", "facility"),
            ("Mr Doherty", "name"),
            ("D7730412", "record"),
        ],
    ),
    (
        (
            "Dietitian in a district general in Northern Ireland. I advised a patient on warfarin "
            "to 'eat plenty of greens' as part of a heart-healthy plan, without mentioning "
            "consistency. His INR dropped to 1.4 over a fortnight. The anticoagulation clinic "
            "picked it up. I explain vitamin K properly now."
        ),
        [],
    ),
    (
        (
            "Went on a home visit to Kenny Fitzsimmons, 34, on the Netherfold estate, without "
            "checking the police markers on the system. There was a marker. Nothing happened to "
            "me, but my manager pointed out I'd taken a student along too."
        ),
        [
            ("Kenny Fitzsimmons", "name"),
            ("34", "age"),
            ("the Netherfold estate", "place"),
        ],
    ),
    (
        (
            "RT here, night shift at a mid-size hospital in New Mexico. I set the BiPAP at 14/6 "
            "on a COPD pt and didn't check the mask size, so the leak alarm ran for an hour and "
            "his ABG at 03:15 came back pH 7.28, pCO2 68. Charge nurse caught it on rounds. Refit "
            "with a medium full-face mask and the next gas was much better. Lesson: check the "
            "leak number before you walk away."
        ),
        [],
    ),
    (
        (
            "Dietitian, Band 5 at the time. I calculated an NG feed rate using the patient's "
            "admission weight rather than the dry weight, so the regime was overestimated by "
            "about 300 kcal a day. Refeeding bloods on day two showed phosphate 0.48. We dropped "
            "the rate, replaced phos, and nobody was harmed. I use the NICE CG32 risk criteria "
            "properly now."
        ),
        [],
    ),
    (
        (
            "I'm going to be honest even though it's a small world. I'm Shauna Kavanagh, the only "
            "women's outreach worker at Birchfield Recovery, and I forgot to lock the client "
            "filing cabinet on a Friday. On Monday the cleaner had moved it to the corridor. "
            "Nothing was taken, as far as we can tell."
        ),
        [
            ("Shauna Kavanagh", "self"),
            ("the only women's outreach worker at Birchfield Recovery", "self"),
        ],
    ),
    (
        (
            "I'm a PA at a health centre in Kingston. Mr Winston Brown, 66, came in for a BP "
            "check and I didn't look at his feet even though he's diabetic. Two weeks later he "
            "presented to Sandy Gully Health Centre with an infected ulcer. His record number "
            "there was SG-55120."
        ),
        [
            ("Mr Winston Brown", "name"),
            ("66", "age"),
            ("Sandy Gully Health Centre", "facility"),
            ("SG-55120", "record"),
        ],
    ),
    (
        (
            "I'm a licensed counselor at an outpatient program in New Mexico. I documented a "
            "client's methadone dose from memory as 80 mg when it had been titrated to 95 mg the "
            "week before. The nurse caught the mismatch during dosing. No harm, but it taught me "
            "to stop charting from memory and pull the MAR every session."
        ),
        [],
    ),
    (
        (
            "Neonatal nurse in Northern Ireland. I nearly flushed a long line with heparinised "
            "saline from the adult stock instead of the neonatal concentration. The second nurse "
            "noticed the label before I connected it. No harm, just a very fast heartbeat on my "
            "side. Separate storage now."
        ),
        [],
    ),
    (
        (
            "Client Chan Wai-ming, 27, had called our crisis line twice that week. I put his call "
            "back in the queue at 21:30 because I was writing up the previous one. He rang the "
            "police instead and was taken to Tuen Lok Hospital. His sister's email to our "
            "manager, lau.mei.hk@postbox.net, was angry and fair."
        ),
        [
            ("Chan Wai-ming", "name"),
            ("27", "age"),
            ("Tuen Lok Hospital", "facility"),
            ("lau.mei.hk@postbox.net", "email"),
        ],
    ),
    (
        (
            "RT in Hong Kong. I set the alarm limits on a home ventilator for a neuromuscular "
            "patient too wide before discharge, so a disconnection would have taken a while to "
            "alarm. The community team flagged it at the first visit. I use the standard sheet "
            "every time now, no improvising."
        ),
        [],
    ),
    (
        (
            "Neonatal nurse, Hong Kong public hospital. During a busy admission I put a "
            "phototherapy baby's eye shields on and then forgot to take them off for the feed, so "
            "mum didn't get eye contact for a whole feed and was upset. Silly thing but it "
            "matters. Bilirubin was 280 and falling, for what it's worth."
        ),
        [],
    ),
    (
        (
            "Heel prick time. I collected the newborn screening card too early, before 48 hours, "
            "and it had to be repeated. The parents were annoyed about the extra prick and the "
            "extra visit. Our unit now has a sticker on the cot card with the earliest collection "
            "time."
        ),
        [],
    ),
    (
        (
            "District nurse, Leeds. I recorded a wound measurement in cm when it was mm, so the "
            "chart said the wound had grown tenfold. Tissue viability came out urgently. "
            "Embarrassing, but they were kind about it. Always write the unit."
        ),
        [],
    ),
    (
        (
            "Hey team, incident from last week I want to own. I set up the CPAP for Shane Dwyer "
            "on Ward 3 at Cradle Coast Private with a humidifier chamber but no water in it. He "
            "woke with a nosebleed and a very dry mouth.\n- Daz"
        ),
        [
            ("Shane Dwyer", "name"),
            ("Ward 3 at Cradle Coast Private", "facility"),
            ("Daz", "name"),
        ],
    ),
    (
        (
            "Did a Friday visit to Mrs Molyneux on Larkhill Crescent and forgot to re-document "
            "her dressing plan. The evening DN found the old Aquacel still on and the leg ulcer "
            "macerated. She's 91 and never complains, which is exactly why I should have been "
            "more careful."
        ),
        [
            ("Mrs Molyneux", "name"),
            ("Larkhill Crescent", "place"),
            ("She's 91", "age"),
        ],
    ),
    (
        (
            "Sent the wrong meal plan to the wrong family. The email went like this:\n> Hi Mrs "
            "Beckford,\n> Please find attached Tajay's renal diet sheet...\nExcept Tajay isn't a "
            "renal patient, he's a coeliac 9-year-old, and the sheet belonged to someone else. "
            "Mrs Beckford rang the clinic on 876-555-0148 the next morning, rightly furious."
        ),
        [
            ("Mrs Beckford", "name"),
            ("Tajay", "name"),
            ("9-year-old", "age"),
            ("876-555-0148", "phone"),
        ],
    ),
    (
        (
            "Rural district nursing in Tasmania means a lot of driving. I skipped a Waterlow "
            "reassessment on a patient whose mobility had clearly dropped, because I was running "
            "40 minutes late. By the next visit she had a stage 2 sacral pressure injury. Now the "
            "reassessment happens before I write anything else."
        ),
        [],
    ),
    (
        (
            "I let a group session run 25 minutes over because it felt productive, and one member "
            "missed his 4pm dose at the pharmacy. He went without overnight and was in withdrawal "
            "by morning, COWS score around 14. Nobody in the room knew about his dosing time but "
            "me. Keep to time, people."
        ),
        [],
    ),
    (
        (
            "I wrote Kee Tsosie's sobriety date as 4/2/21 on his certificate when it was 2/4/21. "
            "He didn't say anything at the ceremony but his sponsor Ray Nez pointed it out to me "
            "later. Small mistake, but that date means everything to people in recovery."
        ),
        [
            ("Kee Tsosie", "name"),
            ("4/2/21", "date"),
            ("2/4/21", "date"),
            ("Ray Nez", "name"),
        ],
    ),
    (
        (
            "Respiratory therapist in Jamaica, general hospital. I didn't cuff-check after "
            "repositioning a patient prone, and the cuff pressure was under 15. Noticed when I "
            "heard the leak. Did a proper check and added a cuff check to our proning steps. No "
            "aspiration, no harm."
        ),
        [],
    ),
    (
        (
            "Got a text after the callout:\n> Its Siobhan from the Glenowen crisis house. Ciarán "
            "has come back and says u told him he could stay tonight?? We've no bed. Ring me "
            "07700 314 982\nI had said 'we'll try'. He heard 'yes'. I should have been clearer."
        ),
        [
            ("Siobhan", "name"),
            ("the Glenowen crisis house", "facility"),
            ("Ciarán", "name"),
            ("07700 314 982", "phone"),
        ],
    ),
    (
        (
            "Quick one. I ordered a potassium replacement for Madam Wong Siu-fong based on a K of "
            "3.1 that was actually from the patient in the next bed, also a Wong. Caught by the "
            "nurse at the 2nd check. Kwun Lok Hospital, medical ward, a couple of years ago."
        ),
        [
            ("Madam Wong Siu-fong", "name"),
            ("Kwun Lok Hospital", "facility"),
        ],
    ),
    (
        (
            "PA in a GP practice in Liverpool. I renewed a repeat of ramipril 10 mg without "
            "noticing the last U&E showed K+ 5.9. The duty GP caught it on the workflow review "
            "that afternoon. Repeat bloods came back 5.7 and the dose was reduced. I check the "
            "most recent bloods before every renewal now, even when it's busy."
        ),
        [],
    ),
    (
        (
            "### What I got wrong\n1. Completed the risk assessment over the phone, not face to "
            "face.\n2. Accepted 'I'm fine' without exploring.\n3. Didn't involve family.\n### "
            "What happened\nPt re-presented the next day after self-harm, treated in ED and "
            "discharged w/ follow-up. Using the SAFE-T framework now."
        ),
        [],
    ),
    (
        (
            "In the ICU at Liguanea Memorial I set the vent for a man named Andre Powell using "
            "the wrong height, so the tidal volume was about 8 ml/kg instead of 6. The resident "
            "noticed on rounds. Bed booking ref LM-BB-20331. He was extubated fine a week later."
        ),
        [
            ("Liguanea Memorial", "facility"),
            ("Andre Powell", "name"),
            ("LM-BB-20331", "record"),
        ],
    ),
    (
        (
            "I'm a community dietitian in Tasmania and I recommended a thickened fluid level from "
            "the old framework instead of IDDSI. The carer read 'stage 2' and made it far too "
            "thin. The speech pathologist caught it at review. I had just been using an old "
            "template; the template is gone now."
        ),
        [],
    ),
    (
        (
            "Wrote my assessment in the wrong person's file. It should have gone under Kylie "
            "Marsh, 19, but it went under another Kylie on the system, and the risk plan ended up "
            "attached to the wrong woman. Found during audit. Her case number was TCT-7765."
        ),
        [
            ("Kylie Marsh", "name"),
            ("19", "age"),
            ("TCT-7765", "record"),
        ],
    ),
    (
        (
            "Physician associate, Hobart. I read the chest X-ray as clear and missed a small left "
            "apical pneumothorax. The radiology report came back four hours later and the patient "
            "was recalled. He was fine, no drain needed. I now scroll the apices specifically on "
            "every film."
        ),
        [],
    ),
    (
        (
            "Working as a PA in Kingston, I requested a CT head with contrast on a patient whose "
            "eGFR was 22. The radiographer queried it and we switched to non-contrast. It was on "
            "me: I'd looked at last month's creatinine, not today's. Now I check the date on "
            "every result I cite."
        ),
        [],
    ),
    (
        (
            "I was on call for a mobile crisis team covering Bitter Spring Mesa and told dispatch "
            "I'd reach Leonard Begay's place within the hour. I got lost on a dirt road past the "
            "Red Wash chapter house, no signal, and it took three. His aunt Darlene stayed with "
            "him the whole time."
        ),
        [
            ("Bitter Spring Mesa", "place"),
            ("Leonard Begay", "name"),
            ("the Red Wash chapter house", "place"),
            ("Darlene", "name"),
        ],
    ),
    (
        (
            "My GP supervisor, Dr Harriet Lim, had asked me to chase a troponin for a woman we "
            "saw on the Tuesday. I forgot. The result was raised and the lab phoned the surgery "
            "in Geeveston after we'd closed. The patient, Mrs Joan Pickett, was admitted the next "
            "day."
        ),
        [
            ("Dr Harriet Lim", "name"),
            ("Geeveston", "place"),
            ("Mrs Joan Pickett", "name"),
        ],
    ),
    (
        (
            "PA-C in an ED in northern New Mexico. I discharged Eloy Archuleta with a diagnosis "
            "of musculoskeletal back pain. He came back 9/14/2022 with a AAA. His daughter "
            "Josefita told me later he'd mentioned the pain went 'through' to his back and I "
            "hadn't written it down."
        ),
        [
            ("Eloy Archuleta", "name"),
            ("9/14/2022", "date"),
            ("Josefita", "name"),
        ],
    ),
    (
        (
            "NICU nurse in Kingston. I set the incubator to air mode instead of skin mode after a "
            "cleaning swap and the baby's temp drifted to 36.1. Caught it on the 2-hourly obs. A "
            "warm hat, a skin probe, and a red face for me. We now do a paired check of incubator "
            "settings after any equipment change."
        ),
        [],
    ),
    (
        (
            "Clinic dietitian in Kingston. I gave a pregnant woman with gestational diabetes a "
            "carb-counting sheet meant for type 1 patients on insulin pumps. It confused her "
            "completely. Midwife caught it at the next antenatal visit. We've since made a "
            "separate GDM leaflet with local foods on it like breadfruit and callaloo."
        ),
        [],
    ),
    (
        (
            "Counsellor at a residential programme in Kingston. I shared a client's relapse in a "
            "team meeting where a volunteer from his church was sitting in. I hadn't noticed he "
            "was there. We apologised and changed the meeting format so only clinical staff "
            "attend the case review part."
        ),
        [],
    ),
    (
        (
            "My HCPC number is DT174220 so I can't really hide, but here goes. I told a patient "
            "on a ketogenic diet for epilepsy that a sugar-free cough syrup was fine. It wasn't: "
            "sorbitol and glycerol. His seizures picked up for a couple of days."
        ),
        [
            ("DT174220", "self"),
        ],
    ),
    (
        (
            "Text from my senior after I handed over:\n> Ka-yan the HFNC on bed 12 was set at 60L "
            "but FiO2 0.6 not 0.4 as you said. Pt Mr Tse SpO2 100%. Pls recheck before "
            "leaving.\nSo yes, I had verbally handed over the wrong FiO2. Small thing, but it "
            "could have masked a deterioration."
        ),
        [
            ("Ka-yan", "name"),
            ("Mr Tse", "name"),
        ],
    ),
    (
        (
            "I rang Zubair's mum to check he'd got home after group, using the number on file. It "
            "was an old number and I ended up speaking to his ex-partner, who now knows he's in "
            "treatment. He'd given us a new number, 0113 496 0721, weeks earlier and I hadn't "
            "updated the file."
        ),
        [
            ("Zubair", "name"),
            ("0113 496 0721", "phone"),
        ],
    ),
    (
        (
            "Mental health crisis team, nights. I took a call from a GP at 01:10 about a man in "
            "his 40s with new command hallucinations and said we'd see him in the morning. I "
            "should have gone out. He was brought to A&E by police under s136 at 04:00. He was "
            "safe, but the s136 was avoidable and traumatic for him."
        ),
        [],
    ),
    (
        (
            "Resp physiologist in Northern Ireland. I performed spirometry on a patient 10 days "
            "post MI without checking the contraindications. Nothing happened, but the consultant "
            "rightly pointed out it shouldn't have been done. Screening questions are now on the "
            "booking form."
        ),
        [],
    ),
]

ROUND_10_N = [
    (
        (
            "At a school screening outreach I recorded VA as 6/9 when the child was reading the "
            "6/60 line with the wrong eye uncovered. The form went back as 'pass'. I now cover "
            "and check the occluder myself."
        ),
        [],
    ),
    (
        (
            "**What happened**\n- Spinal for Mrs Gurpreet Kaur Dhillon, 34, elective section\n- "
            "Missed that her platelets were 68 on the morning bloods\n- Found on review after the "
            "block was in\n\n**Where**: Theatre 3, Moseley Green Women's Unit"
        ),
        [
            ("Mrs Gurpreet Kaur Dhillon", "name"),
            ("34", "age"),
            ("Moseley Green Women's Unit", "facility"),
        ],
    ),
    (
        (
            "After-hours at Te Awaroa Medical. Saw Malia Tuilagi's baby, 7 months, with a temp of "
            "38.9 and a bit of a grizzle. I didn't get a urine. Came back 2/7 later with a UTI "
            "and pyelo on the scan."
        ),
        [
            ("Te Awaroa Medical", "facility"),
            ("Malia Tuilagi", "name"),
            ("7 months", "age"),
        ],
    ),
    (
        (
            "Phone triage: Lurleen Hatcher, 43, with a headache she said was the worst of her "
            "life. I was running behind and gave her the migraine advice. Her sister drove her to "
            "the ER in Cotter's Mill that night - subarachnoid. I think about the phrase 'worst "
            "of her life' every shift."
        ),
        [
            ("Lurleen Hatcher", "name"),
            ("43", "age"),
            ("Cotter's Mill", "place"),
        ],
    ),
    (
        (
            "Mrs Losa Leota, 59, came into the practice on Tawhiri Street for a routine eye test. "
            "Pressures 24 and 26, I put it down to her being anxious and didn't refer. Eight "
            "months later she was dx'd with POAG and field loss. I now repeat and refer, full "
            "stop."
        ),
        [
            ("Mrs Losa Leota", "name"),
            ("59", "age"),
            ("Tawhiri Street", "place"),
        ],
    ),
    (
        (
            "Pre-op for Mr Gareth Pascoe, 68, on the Thursday list at Avonleigh General. I didn't "
            "clock that he'd taken his apixaban that morning; Dr Vowles, the surgeon, spotted it "
            "at sign-in and we cancelled. Embarrassing but no harm done."
        ),
        [
            ("Mr Gareth Pascoe", "name"),
            ("68", "age"),
            ("Avonleigh General", "facility"),
            ("Dr Vowles", "name"),
        ],
    ),
    (
        (
            "Dispensed methadone carries for Jolene Cardinal from the Moosehorn clinic without "
            "checking the witnessed-dose calendar. She was only meant to have one carry that "
            "week, I gave her three. Prescriber licence #AB-20981 was on the script and I didn't "
            "call him to check."
        ),
        [
            ("Jolene Cardinal", "name"),
            ("Moosehorn clinic", "facility"),
            ("#AB-20981", "record"),
        ],
    ),
    (
        (
            "Power cut in theatre mid-case. The backup generator took 40 seconds and my "
            "ventilator had no battery because nobody had plugged it in after cleaning. "
            "Hand-bagged with the Ambu. Now I check battery status at the morning machine check."
        ),
        [],
    ),
    (
        (
            "Labelled a fetal anatomy scan as 20 weeks when the LMP dating was 22. The EDD in "
            "Epic changed and the OB plan shifted. Caught at the 28-week visit. Date against the "
            "first-trimester CRL, not memory."
        ),
        [],
    ),
    (
        (
            "During a group session on the children's ward at Selly Heath Hospital I read out the "
            "wrong child's worry-box note. It was Amarjot's, 9, about her dad's drinking, and the "
            "other kids heard every word."
        ),
        [
            ("Selly Heath Hospital", "facility"),
            ("Amarjot", "name"),
            ("9", "age"),
        ],
    ),
    (
        (
            "I'm an HCA in Birmingham. A man in bay 3 was on thickened fluids, level 2, and I "
            "gave him a normal cup of tea because it wasn't on the whiteboard. He coughed and "
            "SALT got called. No aspiration pneumonia, thankfully."
        ),
        [],
    ),
    (
        (
            "Bank HCA shift. Helped a man with Parkinson's to the toilet but didn't check if his "
            "Sinemet had been given - it was 2 hours late. He froze and we struggled. "
            "Time-critical meds are everyone's job, not just the nurse's."
        ),
        [],
    ),
    (
        (
            "Working locums in Georgia I got used to a different drug-cart layout and grabbed "
            "phenylephrine 10 mg/mL undiluted instead of the 100 mcg/mL syringe. Caught it before "
            "pushing. The PGY-4 resident saw me freeze."
        ),
        [],
    ),
    (
        (
            "Sent a capacity report to the wrong address - autocomplete picked the wrong "
            "Gladue.\n\n> To: t.gladue@northcreekfs.ca\n> Re: Mr Moosomin, AMHA review\n\nHe "
            "lives out at Kinosew Lake and the recipient turned out to be a cousin. I reported it "
            "to our privacy officer the same afternoon."
        ),
        [
            ("Gladue", "name"),
            ("t.gladue@northcreekfs.ca", "email"),
            ("Mr Moosomin", "name"),
            ("Kinosew Lake", "place"),
        ],
    ),
    (
        (
            "Tonometry with a probe I hadn't changed between patients - the disposable tips had "
            "run out and I 'just wiped it'. Nobody got infected that I know of, but I reported "
            "myself to the practice manager."
        ),
        [],
    ),
    (
        (
            "Me and another HCA hoisted Mrs Gullick with the wrong sling size at Combe Hollow "
            "care home. She slipped partway and we lowered her to the floor. Shaken but not hurt. "
            "My name's Tamsin Chard and I'd rather own this properly than hide it."
        ),
        [
            ("Mrs Gullick", "name"),
            ("Combe Hollow care home", "facility"),
            ("Tamsin Chard", "self"),
        ],
    ),
    (
        (
            "I missed a DVT on Darlene Auger's calf because I didn't compress the peroneals "
            "properly. She came back on 4 Feb with a PE. Requisition 2023-0419-US. I now scan the "
            "calf veins every time the req says calf pain."
        ),
        [
            ("Darlene Auger", "name"),
            ("4 Feb", "date"),
            ("Requisition 2023-0419-US", "record"),
        ],
    ),
    (
        (
            "Label said 'one tablet three times a day' for Mr Clement Thompson's amitriptyline 10 "
            "mg - should have been at night. His daughter Beverley rang us at Kingsmoor Pharmacy "
            "after he'd been drowsy for two days."
        ),
        [
            ("Mr Clement Thompson", "name"),
            ("Beverley", "name"),
            ("Kingsmoor Pharmacy", "facility"),
        ],
    ),
    (
        (
            "Nonoy Cabahug, 11, came in for an appendicectomy at Don Pepito Memorial District "
            "Hospital. I dosed his paracetamol for 45 kg when he weighed 25. The ward nurse "
            "questioned the volume and we caught it before the second dose."
        ),
        [
            ("Nonoy Cabahug", "name"),
            ("11", "age"),
            ("Don Pepito Memorial District Hospital", "facility"),
        ],
    ),
    (
        (
            "> Note: sertraline 50 mg OD, 28 tabs\n\nI dispensed sertraline 100 mg. Same shelf, "
            "same box colour. Patient noticed the tablets looked bigger on day 2 and rang. I've "
            "since moved the strengths apart."
        ),
        [],
    ),
    (
        (
            "Reported a 'normal gallbladder' when the patient had eaten breakfast at 07:00. "
            "Contracted GB, I couldn't see stones and didn't say the study was limited. Repeat on "
            "a proper fast showed multiple calculi."
        ),
        [],
    ),
    (
        (
            "I texted the wrong client.\n> Hi Delroy, just confirming your tribunal is Mon 9th "
            "Oct at 10, bring your letter. Marcia\nIt went to a different Delroy saved in my work "
            "phone, someone I'd closed months ago. The real client missed the hearing."
        ),
        [
            ("Delroy", "name"),
            ("Mon 9th Oct", "date"),
            ("Marcia", "name"),
        ],
    ),
    (
        (
            "Prepped a child for an MRI with a cardboard tunnel and forgot to warn her about the "
            "noise. I played the sound clip only after she was already in the scanner room. She "
            "wouldn't go in. GA needed the next week."
        ),
        [],
    ),
    (
        (
            "I keyed Ms Earlene Tuckett's warfarin as 5 mg tabs instead of 2.5 mg. Rx #6604183, "
            "filled at Hollis Creek Drug on 11/14/23. The pharmacist verified it too, so two of "
            "us missed it. She called back when the pills looked a different color."
        ),
        [
            ("Ms Earlene Tuckett", "name"),
            ("Rx #6604183", "record"),
            ("Hollis Creek Drug", "facility"),
            ("11/14/23", "date"),
        ],
    ),
    (
        (
            "Wellington winter, a kid in Year 4 came in on a school referral. I did the vision "
            "with both eyes open by mistake and missed amblyopia in one eye. Picked up at a "
            "recheck six months later. Still within the window, but close."
        ),
        [],
    ),
    (
        (
            "Bristol DGH, Friday 16:55. Rushed an early pregnancy scan and called it a PUL "
            "without looking at the adnexa properly. It was an ectopic. She came back via A&E at "
            "02:00 with a rupture."
        ),
        [],
    ),
    (
        (
            "I wrote up a Mental Health Act assessment and put the wrong section - s2 instead of "
            "s3 - on the form. The AMHP review on Monday caught it, but the client had been given "
            "the wrong appeal rights for a whole weekend."
        ),
        [],
    ),
    (
        (
            "Rural health unit, no play room, so I used a corner of the waiting area. I showed a "
            "boy a photo of an injection on my phone and another mother's child saw it and "
            "panicked. Think about who else is watching."
        ),
        [],
    ),
    (
        (
            "> Dear Mr Faleafa,\n> I am writing regarding your mother's anaesthetic on 17 August "
            "and the difficulty we had securing her airway.\n\nI drafted that letter of apology "
            "myself. She'd had a documented difficult intubation on a previous list and I never "
            "opened the old anaesthetic chart."
        ),
        [
            ("Mr Faleafa", "name"),
            ("17 August", "date"),
        ],
    ),
    (
        (
            "Did a Waterlow on a lady in her 80s and scored her 9 because I missed the "
            "incontinence. Real score was 15. By the time the day team rescored she had a grade 2 "
            "on her sacrum."
        ),
        [],
    ),
    (
        (
            "Put Ioane Sefo's insulin in a bag with someone else's prescription stapled to it. "
            "The other person's name and NHI ZKT4821 went home with him. He brought it back the "
            "next morning, thank God."
        ),
        [
            ("Ioane Sefo", "name"),
            ("NHI ZKT4821", "record"),
        ],
    ),
    (
        (
            "Winter in Alberta means lots of hip fractures. I did a fascia iliaca block with 40 "
            "mL of 0.5% bupivacaine in a small, frail woman without calculating mg/kg. She got "
            "perioral tingling. Intralipid was in the room. Now I calculate first."
        ),
        [],
    ),
    (
        (
            "Report for Efua Boateng, 29, said 'no fetal heart seen' and I'd only scanned "
            "transabdominally. She was listed for evacuation. Dr Kpodo rescanned TV before "
            "theatre and there was a heartbeat. Lab no. RAD/2271/22."
        ),
        [
            ("Efua Boateng", "name"),
            ("29", "age"),
            ("Dr Kpodo", "name"),
            ("RAD/2271/22", "record"),
        ],
    ),
    (
        (
            "Provincial hospital in the Philippines, one working suction unit for two theatres. I "
            "started an RSI without checking it was at my end. Vomit at intubation, we managed "
            "with the Yankauer from next door. Check suction first, always."
        ),
        [],
    ),
    (
        (
            "Did a renal ultrasound on a kaumatua and forgot to ask if he wanted whanau in the "
            "room. He'd have preferred his son there. I apologised and we rebooked. Small thing, "
            "big thing."
        ),
        [],
    ),
    (
        (
            "Maricel Bautista, 24, came to the RHU from Barangay Mabini Sur for her dating scan. "
            "I measured the CRL off the yolk sac by mistake and dated her two weeks ahead. Our "
            "midwife Aling Nena questioned it when the fundal height didnt match."
        ),
        [
            ("Maricel Bautista", "name"),
            ("24", "age"),
            ("Barangay Mabini Sur", "place"),
            ("Aling Nena", "name"),
        ],
    ),
    (
        (
            "Miss Mae Belle Pruitt was 92 and I didn't put her bed alarm back on after I changed "
            "her. She got up to find the bathroom and went down at 0415. Hip fracture. Magnolia "
            "Oaks had a policy for exactly this and I skipped it."
        ),
        [
            ("Miss Mae Belle Pruitt", "name"),
            ("92", "age"),
            ("Magnolia Oaks", "facility"),
        ],
    ),
    (
        (
            "Working with a barangay health worker I let her translate a suicide risk interview. "
            "She softened the questions because she knew the family. I recorded 'low risk'. Use a "
            "proper interpreter or at least brief the one you have."
        ),
        [],
    ),
    (
        (
            "Wellington after-hours, ANZAC Day. Teenager with abdo pain, I didn't do a pregnancy "
            "test because she said she wasn't sexually active in front of her mum. Ectopic. Ask "
            "privately, every time."
        ),
        [],
    ),
    (
        (
            "Went to see Sefa Mata'afa at 22 Karamu Crescent for a follow-up and left my notebook "
            "with his risk assessment on the kitchen bench. His flatmates read it before he rang "
            "me."
        ),
        [
            ("Sefa Mata'afa", "name"),
            ("22 Karamu Crescent", "place"),
        ],
    ),
    (
        (
            "**Lesson learned**: never promise a child 'it won't hurt'. I said it before a "
            "cannula at 14:20, it did hurt, and she wouldn't let me back in the room for 3/7. "
            "Winnicott would have had something to say about that."
        ),
        [],
    ),
    (
        (
            "I'm a CNA on nights. I took a resident's blood pressure on the arm with the fistula. "
            "Nobody had told me and there was no sign over the bed. The nurse on shift explained "
            "the risk. I read the care plan first now."
        ),
        [],
    ),
    (
        (
            "Telemed urgent care, Saturday night. Guy with a swollen calf after a long drive from "
            "Savannah. I told him to ice it. DVT. Atlanta, Savannah, doesnt matter where - ask "
            "about travel and use the Wells score."
        ),
        [],
    ),
    (
        (
            "Christmas Eve, out-of-hours base, 23:40. Toddler with a rash I thought was viral. I "
            "didn't do the glass test in good light. Parents came back 4 hours later - "
            "meningococcal. Child recovered. I now undress every febrile child fully."
        ),
        [],
    ),
    (
        (
            "Wrote a referral for Mr Yaw Owusu-Ansah and put his home address, House No. 14, "
            "Nkansa Lane, in the section that was copied to the church pastor. The family had "
            "specifically asked us not to share where he was staying."
        ),
        [
            ("Mr Yaw Owusu-Ansah", "name"),
            ("House No. 14, Nkansa Lane", "place"),
        ],
    ),
    (
        (
            "Eid weekend, pharmacy slammed. I handed out a bag to a man who said the right "
            "surname but I didn't confirm date of birth. Wrong patient - same surname, different "
            "first initial. He came back within the hour."
        ),
        [],
    ),
    (
        (
            "In Accra a lot of our families want the pastor involved in care decisions. I assumed "
            "consent from the client because his brother said it was fine. It wasn't, and the "
            "client felt betrayed. I should have asked him on his own."
        ),
        [],
    ),
    (
        (
            "Auntie Adwoa Mensah on the female medical ward asked me for water and I gave it even "
            "though she was on a fluid restriction for her heart failure. Sister Dzifa Agbeko "
            "pulled me aside afterwards. I'm writing this because I was the only HCA on nights "
            "that week and nobody else would have known."
        ),
        [
            ("Auntie Adwoa Mensah", "name"),
            ("Sister Dzifa Agbeko", "name"),
        ],
    ),
    (
        (
            "Mrs Brimble rang the out-of-hours line at 03:10 about her husband's chest pain. I "
            "triaged it as reflux and told her to ring back if worse. He had an inferior STEMI. "
            "Her callback number on the record was 0117 496 0382, which I keep seeing in my head."
        ),
        [
            ("Mrs Brimble", "name"),
            ("0117 496 0382", "phone"),
        ],
    ),
    (
        (
            "Case #DFCS-22-04817. I closed the file on Tyrese Whitfield before his psychiatric "
            "follow-up was actually booked, because the referral form said 'pending'. He was "
            "readmitted three weeks later."
        ),
        [
            ("Case #DFCS-22-04817", "record"),
            ("Tyrese Whitfield", "name"),
        ],
    ),
    (
        (
            "Pulled the wrong syringe - rocuronium instead of neostigmine at the end of the "
            "case.\n\n> Pt: Beauregard, Hollis T.  MRN 00731526\n> DOS 03/08/2024\n\nHe stayed "
            "tubed an extra hour in PACU at Chattahoochee Valley Medical. Color-coded labels are "
            "now mandatory on my cart."
        ),
        [
            ("Beauregard, Hollis T.", "name"),
            ("MRN 00731526", "record"),
            ("03/08/2024", "date"),
            ("Chattahoochee Valley Medical", "facility"),
        ],
    ),
    (
        (
            "Home visit to the Sandhus on the Alder Rise estate. Grandad was mottled and I didn't "
            "do a full set of obs because the family said he was 'just tired'. Pager 4417 went "
            "off and I left. He died of sepsis that weekend."
        ),
        [
            ("the Sandhus", "name"),
            ("Alder Rise estate", "place"),
            ("Pager 4417", "phone"),
        ],
    ),
    (
        (
            "Used a medical-play kit with Keenan Laboucan, aged 5, that still had a real lancet "
            "in the bottom of the bag. He didn't get hurt but he could have. The kit came from "
            "the Sturgeon Flats Children's Centre playroom and nobody had checked it since the "
            "last outbreak clean."
        ),
        [
            ("Keenan Laboucan", "name"),
            ("aged 5", "age"),
            ("Sturgeon Flats Children's Centre", "facility"),
        ],
    ),
    (
        (
            "My mistake was cultural. I scheduled a family conference with a Cree client on a day "
            "the community had a funeral, and then wrote in my notes that the family 'did not "
            "engage'. An Elder set me straight. I amended the note."
        ),
        [],
    ),
    (
        (
            "Gave cefazolin 2 g before checking the allergy band. Pt had a penicillin allergy "
            "listed as 'rash' from the 1990s. No reaction, but I now read the band aloud at the "
            "WHO sign-in. The Band 6 ODP caught it before I did."
        ),
        [],
    ),
    (
        (
            "Gave a diabetic patient his tray of kenkey and fish at lunch without checking if his "
            "sugar had been done. BM was 2.9 an hour later. I've learnt that meals and glucose "
            "checks go together."
        ),
        [],
    ),
    (
        (
            "Mobile eye mission in Sitio Malinao. I gave +3.00 readers to Lola Conching without "
            "checking her for cataract. Her daughter said she still couldn't read her Bible. I "
            "should have looked with the ophthalmoscope first."
        ),
        [
            ("Sitio Malinao", "place"),
            ("Lola Conching", "name"),
        ],
    ),
    (
        (
            "Night shift on Elmdon Ward. Mr Balwinder Singh Gill, 81, was down as nil by mouth "
            "for a scope and I gave him his tea and toast because the NBM sign had fallen behind "
            "the bed. His son Jaspal was the one who noticed when he visited at 8."
        ),
        [
            ("Elmdon Ward", "facility"),
            ("Mr Balwinder Singh Gill", "name"),
            ("81", "age"),
            ("Jaspal", "name"),
        ],
    ),
    (
        (
            "Pharmacy tech, small-town Georgia. Filled a pediatric amoxicillin suspension at 400 "
            "mg/5 mL when the script said 250 mg/5 mL. Mom noticed the label didn't match the "
            "last bottle. I now read the concentration out loud every time."
        ),
        [],
    ),
    (
        (
            "At Dogwood Springs Children's I let Bobby Ray, age 8, keep the syringe toy after a "
            "session - it was a real 5 ml syringe without the needle. He used it to squirt water "
            "into his brother's ear."
        ),
        [
            ("Dogwood Springs Children's", "facility"),
            ("Bobby Ray", "name"),
            ("age 8", "age"),
        ],
    ),
    (
        (
            "Took over a case mid-list and didn't get a proper handover of the remifentanil. The "
            "line was disconnected under the drapes. BIS crept up to 70. Pt had no recall but I "
            "felt sick. Handover checklist now, even for a coffee break."
        ),
        [],
    ),
    (
        (
            "Measured the nuchal translucency with the calipers on the wrong lines. 3.1 mm became "
            "2.1 mm on my report. Combined screening came back low-chance when it shouldn't have. "
            "Caught at audit and the woman was rebooked."
        ),
        [],
    ),
    (
        (
            "Called Elikem's mother back on 024 555 0178 and gave the dose of ibuprofen for a 20 "
            "kg child. He was 12 kg. She'd said 12 and I wrote 20. She measured it out before "
            "questioning it, luckily."
        ),
        [
            ("Elikem", "name"),
            ("024 555 0178", "phone"),
        ],
    ),
    (
        (
            "At the Botika ng Barangay San Roque I gave Mang Dodong amoxicillin when the paper "
            "said amlodipine. The handwriting was bad but I didn't ask. He came back after a week "
            "still hypertensive."
        ),
        [
            ("Botika ng Barangay San Roque", "facility"),
            ("Mang Dodong", "name"),
        ],
    ),
    (
        (
            "Restocked the Omnicell with hydromorphone 10 mg/mL in the 2 mg/mL pocket. Caught at "
            "the next count, nobody got a dose. Lookalike vials, same purple cap. We've split "
            "them into different drawers now."
        ),
        [],
    ),
    (
        (
            "Dispensed a blister pack for a rest home resident with the morning and night doses "
            "swapped. Quetiapine at breakfast. She was drowsy all day. Checked by the pharmacist "
            "too but we both missed it."
        ),
        [],
    ),
    (
        (
            "Rural Alberta, night telehealth. Woman with pleuritic pain, Wells score I calculated "
            "as 1.5 when it was 4.5 because I missed the tachycardia. No CT for 12 hours. She had "
            "a PE. I use the calculator every time now."
        ),
        [],
    ),
    (
        (
            "Sent a safeguarding referral on a Friday afternoon and assumed the duty team would "
            "pick it up. They didn't until Tuesday. Four days in which a vulnerable adult was at "
            "home with the person exploiting her. I ring now, I don't just email."
        ),
        [],
    ),
    (
        (
            "Continuing care, night shift. I gave a resident her dentures from the wrong cup. "
            "Both cups were unlabelled in the sink. She had a sore mouth for a week. We label "
            "everything now, including cups."
        ),
        [],
    ),
    (
        (
            "I signed the controlled drug register for fentanyl I'd wasted without a witness, "
            "then asked a colleague to countersign later. It was found on audit. CPSA reg. 028841 "
            "- that's me, and I'm not hiding behind the anonymity."
        ),
        [
            ("CPSA reg. 028841", "self"),
        ],
    ),
    (
        (
            "Kwabena, aged 6, was due a dressing change on the burns unit and I did my usual "
            "medical-play prep with a teddy and a pretend lighter. His mum Akosua had told the "
            "night staff he was terrified of anything to do with flames, but I hadn't read the "
            "handover. He screamed for forty minutes. As the only play therapist at Osu Ridge "
            "Children's Hospital I should have built that check into my routine."
        ),
        [
            ("Kwabena", "name"),
            ("aged 6", "age"),
            ("Akosua", "name"),
            ("the only play therapist at Osu Ridge Children's Hospital", "self"),
        ],
    ),
    (
        (
            "I'm the only vascular sonographer at Sparkbrook Community Diagnostics, so when I "
            "rushed a carotid at 17:50 nobody double-read it. I called Mrs Hyacinth Campbell's "
            "stenosis 50% when it was nearer 80%. Vascular picked it up on CTA."
        ),
        [
            ("the only vascular sonographer at Sparkbrook Community Diagnostics", "self"),
            ("Mrs Hyacinth Campbell", "name"),
        ],
    ),
    (
        (
            "I shared a photo of the Matariki morning tea on our staff page "
            "www.facebook.com/kowhaigrovecare and Mr Vaifale was in the background in his chair. "
            "His family saw it before we took it down."
        ),
        [
            ("www.facebook.com/kowhaigrovecare", "url"),
            ("Mr Vaifale", "name"),
        ],
    ),
    (
        (
            "Dispensed Mr Tucker's varifocals with the cyl axis at 180 instead of 18. He came "
            "back to the shop in Chardwell Village saying the floor was tilted. Order ref "
            "OPT-33721. I hadn't done the final check against the script."
        ),
        [
            ("Mr Tucker", "name"),
            ("Chardwell Village", "place"),
            ("OPT-33721", "record"),
        ],
    ),
    (
        (
            "Incident ref INC-58203. I confirmed to Mr Pengelly's landlord that he was under the "
            "crisis team, which I had no consent to share. He lives in Kellaway Mead and now "
            "everyone on the street knows."
        ),
        [
            ("INC-58203", "record"),
            ("Mr Pengelly", "name"),
            ("Kellaway Mead", "place"),
        ],
    ),
    (
        (
            "Missed a small retinal detachment because I didn't dilate - pt in his 50s, flashes "
            "for 2 days, said it was 'probably nothing'. I didn't push. He came back a week later "
            "with a curtain over his vision. Always dilate flashes and floaters."
        ),
        [],
    ),
    (
        (
            "Scanned Tavita Faleolo's left kidney and labelled the images as right. The report "
            "went out with a right renal mass. Accession WLG-US-448120. The urologist caught it "
            "at the MDM before anything was booked."
        ),
        [
            ("Tavita Faleolo", "name"),
            ("WLG-US-448120", "record"),
        ],
    ),
    (
        (
            "Forwarded a patient's retinal photos to the wrong practice.\n\n> From: "
            "jthibodeaux@peachtreeeyes-demo.com\n> Subject: Fundus images - Odell Barnes DOB "
            "2/19/1958\n\nThey went to a clinic in another county. Autocomplete again."
        ),
        [
            ("jthibodeaux@peachtreeeyes-demo.com", "email"),
            ("Odell Barnes", "name"),
            ("2/19/1958", "date"),
        ],
    ),
    (
        (
            "I ran a hospital-play session with a child with autism and didn't check the sensory "
            "plan. The bubble machine was too loud. Meltdown, then no procedure that day. DSM-5 "
            "labels don't tell you what a kid needs - the care plan does."
        ),
        [],
    ),
    (
        (
            "## Out-of-hours error\n- Phoned a prescription for Oramorph to the wrong pharmacy\n- "
            "Family drove across the city at 22:00\n- Patient in pain for 3 extra hours\n\nFix: I "
            "read the pharmacy details back now."
        ),
        [],
    ),
]
