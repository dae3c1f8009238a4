"""The vocabulary and sentence templates of the bench database's text (`forum.benchtext`).

Pure data. Each list runs from the most used term to the least: terms are drawn with a
Zipf-like weight by rank, so "insulin" is common and "flumazenil" rare, as in real posts.
A template is text with `{slot}` (a term of that list, terms may hold slots of their own)
and `[a|b|c]` (one of the choices, evenly); fixed runs are short, so almost every phrase
of four words holds a drawn term. No term holds a character Markdown reads as markup.
"""

from __future__ import annotations

from .benchlexicon import ADJECTIVES, ADVERBS, NOUNS, PAST_VERBS


def _split(text: str) -> list[str]:
    return [term.strip() for term in text.split("|")]


def _numbers(low: int, high: int, step: int = 1) -> list[str]:
    return [str(n) for n in range(low, high + 1, step)]


def _decimals(low: float, high: float, step: float) -> list[str]:
    count = round((high - low) / step)
    return [f"{low + i * step:.1f}" for i in range(count + 1)]


SLOTS: dict[str, list[str]] = {
    "drug": _split(
        "insulin | morphine | heparin | paracetamol | gentamicin | potassium chloride | "
        "enoxaparin | warfarin | oxycodone | vancomycin | furosemide | co-amoxiclav | "
        "metformin | lithium | clozapine | midazolam | lorazepam | digoxin | amoxicillin | "
        "fentanyl | methotrexate | prednisolone | diamorphine | tramadol | codeine | "
        "ibuprofen | apixaban | rivaroxaban | amiodarone | metoprolol | bisoprolol | "
        "ramipril | amlodipine | ceftriaxone | meropenem | piperacillin | clarithromycin | "
        "metronidazole | flucloxacillin | doxycycline | trimethoprim | nitrofurantoin | "
        "magnesium sulphate | calcium gluconate | sodium bicarbonate | adenosine | "
        "hydrocortisone | dexamethasone | levothyroxine | gliclazide | olanzapine | "
        "quetiapine | haloperidol | diazepam | zopiclone | sertraline | fluoxetine | "
        "citalopram | mirtazapine | venlafaxine | phenytoin | levetiracetam | "
        "sodium valproate | carbamazepine | lamotrigine | salbutamol | ipratropium | "
        "omeprazole | lansoprazole | ondansetron | cyclizine | metoclopramide | naloxone | "
        "adrenaline | noradrenaline | propofol | ketamine | rocuronium | suxamethonium | "
        "tranexamic acid | alteplase | clopidogrel | aspirin | atorvastatin | vitamin K | "
        "iron sucrose | oxytocin | labetalol | nifedipine | glucagon | dextrose | "
        "spironolactone | bumetanide | naproxen | diclofenac | teicoplanin | aciclovir | "
        "fluconazole | baclofen | pregabalin | gabapentin | buprenorphine | methadone | "
        "chlordiazepoxide | thiamine | flumazenil | desmopressin | octreotide | terlipressin | "
        "alfentanil | allopurinol | alendronate | amitriptyline | anastrozole | atropine | "
        "azathioprine | beclometasone | bendroflumethiazide | benzylpenicillin | betahistine | "
        "cefalexin | cefuroxime | chlorphenamine | ciprofloxacin | "
        "clindamycin | colchicine | cyclophosphamide | dabigatran | dalteparin | dantrolene | "
        "dihydrocodeine | docusate | donepezil | doxazosin | edoxaban | enalapril | ertapenem | "
        "esomeprazole | ethambutol | ferrous sulphate | filgrastim | finasteride | fondaparinux | "
        "fosfomycin | glyceryl trinitrate | goserelin | "
        "heparinised saline | hyoscine | ibandronate | "
        "indapamide | infliximab | isoniazid | isosorbide mononitrate | ivabradine | ketorolac | "
        "lactulose | lacosamide | lidocaine | linezolid | loperamide | losartan | macrogol | "
        "mannitol | mebeverine | memantine | mercaptopurine | mesalazine | methylprednisolone | "
        "metolazone | midodrine | milrinone | minocycline | morphine sulphate | mycophenolate | "
        "nalbuphine | nicorandil | nimodipine | nystatin | olanzapine depot | oramorph | "
        "oxybutynin | pabrinex | pamidronate | pantoprazole | paroxetine | pethidine | "
        "phenobarbital | phytomenadione | pioglitazone | prochlorperazine | promethazine | "
        "propranolol | pyridostigmine | quinine | ranitidine | remifentanil | rifampicin | "
        "risperidone | rituximab | ropinirole | salmeterol | senna | sevelamer | sildenafil | "
        "simvastatin | sitagliptin | sodium chloride | sotalol | sucralfate | sulfasalazine | "
        "tacrolimus | tamoxifen | tamsulosin | tazocin | temazepam | tinzaparin | tiotropium | "
        "tobramycin | topiramate | valganciclovir | verapamil | zoledronic acid | zuclopenthixol"
    ),
    "amount": _numbers(1, 10)
    + ["0.5", "2.5", "7.5", "12.5"]
    + _numbers(12, 100, 4)
    + _numbers(120, 1000, 40),
    "unit": _split("mg | units | micrograms | ml | mmol | grams | mg per kilo | ml an hour"),
    "dose": ["{amount} {unit}"],
    "route": _split(
        "IV | orally | subcutaneously | as a bolus | as an infusion | intramuscularly | "
        "through the NG tube | through the PEG | nebulised | sublingually | "
        "through the central line | as a patch | rectally | through the cannula | "
        "as a syringe driver | topically"
    ),
    "ward": ["ward {bed}"]
    + _split(
        "the stroke unit | cardiology | the ICU | the acute medical unit | resus | majors | "
        "the surgical assessment unit | the HDU | the elderly care ward | the labour ward | "
        "the paediatric ward | the respiratory ward | the orthopaedic ward | the renal unit | "
        "the oncology day unit | the haematology ward | the neonatal unit | minors | "
        "the psychiatric intensive care unit | the acute inpatient unit | the crisis team | "
        "the community team | the GP surgery | the walk-in centre | recovery | "
        "the endoscopy suite | the cath lab | the dialysis unit | the hospice | "
        "a nursing home | the prison wing | the back of the ambulance | the control room | "
        "the dispensary | a community pharmacy | the outpatient clinic | "
        "the eating disorder unit | the burns unit | the spinal unit | the rehab ward | "
        "the discharge lounge | the day surgery unit | the maternity triage | "
        "the learning disability unit | the frailty unit | the virtual ward | "
        "the vaccination clinic | the sexual health clinic | the memory clinic | theatre {bed} | "
        "bay {bed} | side room {bed} | cubicle {bed} | the triage desk | the plaster room | "
        "the fracture clinic | the eye clinic | "
        "the ENT ward | the urology ward | the vascular ward | "
        "the colorectal ward | the gynae ward | the antenatal clinic | the postnatal ward | "
        "the birth centre | the SCBU | the PICU | the adolescent unit | the CAMHS unit | "
        "the mother and baby unit | the forensic unit | the secure ward | the old age ward | "
        "the liaison team | the home treatment team | the early intervention team | "
        "the district nursing team | the out of hours service | the 111 hub | minor injuries | "
        "stroke rehab | the cardiac care unit | the coronary care unit | the chest pain unit | "
        "the ambulatory unit | the medical day unit | the infusion suite | the chemo suite | "
        "radiotherapy | radiology | the MRI suite | the mortuary"
    ),
    "role": _split(
        "the charge nurse | the registrar | the consultant | the pharmacist | the F1 | "
        "the nurse in charge | the night coordinator | my mentor | the SHO | the HCA | "
        "the ward manager | the student nurse | the anaesthetist | the midwife | the GP | "
        "the paramedic | my supervisor | the site manager | the physio | the OT | "
        "the junior doctor | the surgeon | the call handler | the dispatcher | "
        "the practice nurse | the district nurse | the health visitor | the social worker | "
        "the care coordinator | the psychiatrist | the psychologist | my preceptor | "
        "the agency nurse | the bank nurse | the locum | the ward clerk | the porter | "
        "the outreach team | the crash team | the matron | the on-call manager | "
        "the clinical lead | the practice educator | the pharmacy technician | the ECA | "
        "the student midwife | the F2 | the tissue viability nurse | the diabetes nurse | "
        "the team leader | "
        "the bed manager | the discharge coordinator | the flow coordinator | the AMHP | "
        "the crisis worker | the support worker | the peer worker | the nursing associate | "
        "the advanced practitioner | the ACP | the physician associate | the surgical registrar | "
        "the medical registrar | the ortho SHO | the anaesthetic registrar | the ODP | "
        "the scrub nurse | the recovery nurse | the theatre coordinator | the sonographer | "
        "the radiographer | the phlebotomist | the dietitian | the speech therapist | "
        "the infection control nurse | the palliative nurse | "
        "the stoma nurse | the heart failure nurse | "
        "the respiratory nurse | the sepsis nurse | the night sister | the day sister | "
        "the duty manager | the outreach nurse | the neonatal nurse | the paediatric registrar"
    ),
    "adjective": _split(
        "confused | frail | drowsy | agitated | anxious | septic | pale | clammy | grey | "
        "sweaty | breathless | quiet | sleepy | distressed | unwell | deteriorating | "
        "tired | frightened | chatty | independent | bedbound | diabetic | palliative | "
        "post-op | jaundiced | dehydrated | hypothermic | tachycardic | wheezy | "
        "cachectic | elderly | young | pregnant | deaf | blind | lonely | stoic | "
        "withdrawn | hostile | tearful | "
        "hypotensive | febrile | vomiting | bleeding | unsteady | immobile | obese | tiny | "
        "premature | newborn | mute | aggressive | suicidal | intoxicated | "
        "sedated | ventilated | catheterised | neutropenic | immunosuppressed | anticoagulated | "
        "nil-by-mouth | end-stage | long-stay | new | regular | well-known | unknown | complex"
    ),
    "person": _split(
        "man | woman | lad | girl | grandmother | grandfather | student | mum | dad | "
        "builder | teacher | lorry driver | farmer | carer | veteran | retired miner | chef | "
        "new mother | teenager | toddler | baby | nurse | cleaner | postman | pensioner | "
        "musician | shop owner | taxi driver | care home resident | lecturer | "
        "plumber | electrician | solicitor | accountant | hairdresser | vicar | soldier | "
        "firefighter | police officer | bus driver | gardener | artist | waitress | barista | "
        "engineer | scientist | librarian | pharmacist | midwife | doctor | dentist | carpenter | "
        "warehouse worker | delivery driver | care worker | student nurse | athlete | swimmer | "
        "asylum seeker | rough sleeper | twin | foster child | widower | widow"
    ),
    "age": _numbers(1, 99),
    "decade": _numbers(20, 90, 10),
    "patient": _split(
        "a {age}-year-old {person} | a {person} in their {decade}s | "
        "a {adjective} {person} with {condition} | the {person} in bed {bed} | "
        "a {person} of {age} with {condition} | an elderly {adjective} {person} | "
        "a {adjective} {person} | a {person} with {condition} and {condition}"
    ),
    "condition": _split(
        "sepsis | pneumonia | a PE | DKA | a hypo | heart failure | AF | a stroke | "
        "a GI bleed | a head injury | a fractured hip | COPD | asthma | anaphylaxis | "
        "cellulitis | a UTI | delirium | dementia | psychosis | depression | an overdose | "
        "alcohol withdrawal | a seizure | epilepsy | meningitis | pancreatitis | "
        "appendicitis | a bowel obstruction | an AKI | hyperkalaemia | hyponatraemia | "
        "a chest infection | COVID | bronchiolitis | croup | pre-eclampsia | a PPH | "
        "a sickle cell crisis | a pressure ulcer | chest pain | a migraine | leukaemia | "
        "neutropenic sepsis | a blocked catheter | a tracheostomy | chronic pain | "
        "bipolar disorder | schizophrenia | PTSD | a TIA | a DVT | a STEMI | an NSTEMI | "
        "cirrhosis | a brain tumour | anorexia | a burn | a stoma | Parkinson's | "
        "motor neurone disease | "
        "a subdural | a perforation | a hip dislocation | ketoacidosis | urosepsis | "
        "a pneumothorax | an aortic dissection | an ectopic | a miscarriage | a stillbirth | "
        "placental abruption | a cord prolapse | shoulder dystocia | neonatal jaundice | "
        "a febrile convulsion | sickle cell | cystic fibrosis | a Crohn's flare | colitis | "
        "a pancreatic tumour | lymphoma | myeloma | cord compression | hypercalcaemia | "
        "a hyperosmolar state | thyrotoxicosis | an Addisonian crisis | hypothermia | heatstroke | "
        "rhabdomyolysis | compartment syndrome | necrotising fasciitis | osteomyelitis | "
        "a septic joint | endocarditis | a pericardial effusion | tamponade | heart block | "
        "a VT | SVT | a bradycardia | long QT | a hypertensive crisis | a subarachnoid | "
        "encephalitis | Guillain-Barre | myasthenia | status epilepticus | a catatonic state | "
        "serotonin syndrome | NMS | lithium toxicity | a paracetamol overdose | opiate toxicity | "
        "delirium tremens | Wernicke's | an eating crisis | "
        "catatonia | mania | a psychotic relapse | "
        "a fall | a wrist fracture | a scaphoid fracture | "
        "a missed fracture | a shoulder dislocation | a tendon injury | a degloving injury | "
        "a dog bite | angioedema | a transfusion reaction | TRALI"
    ),
    "bed": _numbers(1, 36),
    "spot": _split(
        "bed {bed} | bay {bed} | side room {bed} | cubicle {bed} | room {bed} | chair {bed}"
    ),
    "clock": [f"{h:02}:{m:02}" for h in range(24) for m in range(60)],
    "obs": _split(
        "sats of {sats} | BP {systolic}/{diastolic} | a heart rate of {rate} | "
        "temperature {temperature} | a NEWS of {news} | a sugar of {sugar} | "
        "potassium {potassium} | a lactate of {lactate} | GCS {gcs} | "
        "resp rate {breaths} | an INR of {inr} | Hb {haemoglobin} | HR {rate} | "
        "BM {sugar} | temp {temperature} | sats {sats} percent"
    ),
    "sats": _numbers(70, 99),
    "systolic": _numbers(60, 220, 2),
    "diastolic": _numbers(30, 120, 2),
    "rate": _numbers(30, 190, 2),
    "temperature": _decimals(34.5, 40.9, 0.1),
    "news": _numbers(0, 16),
    "sugar": _decimals(1.0, 33.0, 0.1),
    "potassium": _decimals(2.0, 7.9, 0.1),
    "lactate": _decimals(0.5, 12.0, 0.1),
    "gcs": _numbers(3, 15),
    "breaths": _numbers(6, 44),
    "inr": _decimals(0.8, 9.9, 0.1),
    "haemoglobin": _numbers(40, 170),
    "minutes": _numbers(2, 90),
    "hours": _numbers(2, 48),
    "count": _numbers(3, 40),
    "years": _numbers(2, 30),
    "error": [
        "set the pump to {amount} instead of {amount}",
        "gave it to bed {bed}",
        "gave {drug} instead of {drug}",
        "missed the {clock} dose",
        "missed {obs}",
        "gave {dose} too many",
        *_split(
            "gave it twice | missed the evening dose | hung the wrong bag | "
            "misread the prescription | signed for a missed dose | "
            "forgot the allergy band | did not recheck the sugar | skipped the second check | "
            "picked up the wrong vial | crushed a slow release tablet | "
            "flushed the line too fast | left the rails down | did not escalate | "
            "wrote the wrong dose | transcribed it wrong | mislabelled the bloods | "
            "sent the letter astray | silenced the alarm | mixed up two patients | "
            "missed the allergy | doubled the dose | gave a tenfold overdose | "
            "forgot the fluid balance | trusted the handover | did not document the call | "
            "discharged without medication | missed a falling BP | blamed dementia | "
            "gave it an hour late | used the wrong concentration | forgot the feed | "
            "left the tourniquet on | said too much | lowered the priority | "
            "closed the referral early | missed the safeguarding concern | "
            "assumed someone rang | dispensed the wrong strength"
        ),
    ],
    "feeling": _split(
        "sick | numb | ashamed | terrified | furious with myself | useless | exposed | guilty | "
        "shaky | frozen | hollow | relieved | angry | tearful | embarrassed | small | stupid | "
        "panicky | sleepless | on edge | defensive | heartbroken | humiliated | "
        "afraid to go back | like a fraud | detached | exhausted | overwhelmed | calm at first | "
        "wobbly | raw | lost | grateful | sick to my stomach | paranoid | flat | restless | "
        "angry at the system | unable to concentrate | jumpy | weepy | ashamed to ask | "
        "tired all the time | second-guessing everything | "
        "furious | rattled | shattered | "
        "haunted | mortified | disgusted with myself | devastated | "
        "sleepless for days | guilty and sick | hypervigilant | scared of the ward | distant | "
        "irritable | brittle | ashamed and angry | naive | reckless | incompetent | unsafe | "
        "nauseous | breathless | lightheaded | clumsy | anxious all the time | cold inside | "
        "shaken | rigid | unseen | judged | blamed | alone | betrayed | unsupported | fragile | "
        "resentful | vindicated | hopeless | grief-stricken | sore | tense | sad | jittery"
    ),
    "outcome": [
        *_split(
            "the patient was fine | no harm came of it | he needed naloxone | "
            "she went to ITU | he was moved to resus | she recovered | he arrested | "
            "she died two days later | we filed a datix | the family complained | "
            "it became a serious incident | nobody noticed for hours | "
            "the pharmacist caught it | the patient noticed first | she needed blood | "
            "he stayed a week | we put out a MET call | the coroner asked questions | "
            "the family thanked us | she was intubated | he went home | "
            "it was reported | she lost the pregnancy | nothing happened | "
            "I was suspended | the checks changed | the inquest found no fault | "
            "the GP picked it up | the child was fine"
        ),
        "his sugar dropped to {sugar}",
        "her potassium came back at {potassium}",
        "he was readmitted {count} days later",
        "she went to {ward}",
        "{role} took over",
        "{role} caught it",
        "it was caught at {clock}",
    ],
    "when": [
        "at about {clock}",
        "just before {clock}",
        "not long after {clock}",
        "on my {ordinal} {shift}",
        "during {event}",
        *_split(
            "on a night shift | at handover | during the drug round | on the ward round | "
            "at the end of a long day | late in a long shift | on a bank holiday | "
            "on Christmas Eve | over the weekend | at visiting time | in my first week | "
            "on my first shift back | during a fire alarm | in a cardiac arrest | "
            "while covering two bays | after my break | in the evening rush | "
            "on a Sunday morning | on a short weekend | in the first wave | on a hot day | "
            "at three in the morning | as I was leaving | in a bed crisis | "
            "during a power cut | at the start of my shift"
        ),
    ],
    "procedure": _split(
        "a lumbar puncture | a catheter | a cannula | an NG tube | a blood transfusion | "
        "a chest drain | an ABG | a CT head | an ECG | blood cultures | a central line | "
        "a suppository | a dressing change | a bladder scan | a wound swab | "
        "a PICC line | a manual evacuation | an ascitic tap | a joint injection | "
        "a pleural tap | a sedation | a cardioversion | a feeding tube | a urine dip | "
        "a capillary gas | a plaster cast | a sling | a suture | a skin check | "
        "a mental state exam | a risk assessment | a capacity assessment | "
        "a home visit | a welfare check | a medication review | a structured handover | "
        "a bone marrow biopsy | a liver biopsy | a skin biopsy | a thoracentesis | "
        "a paracentesis | an arterial line | a tracheostomy change | suctioning | "
        "a rapid sequence induction | an intubation | an extubation | a bag and mask | "
        "a gastric lavage | an enema | a bowel washout | a hernia repair | a hip replacement | "
        "a C-section | an instrumental delivery | a membrane sweep | a fetal blood sample | "
        "a CTG | a heel prick | a lumbar drain | a nerve block | an epidural top-up | "
        "a spinal | a ketamine sedation | a reduction | a splint | a debridement | "
        "a DNACPR discussion | a best interests meeting | "
        "a section assessment | a seclusion review | "
        "a restraint | a rapid tranquillisation | a depot injection | a clozapine titration | "
        "an ECT session | a cognitive test | a falls assessment | a swallow test | a feeding plan"
    ),
    "event": _split(
        "the drug round | the ward round | handover | the safety huddle | the bed meeting | "
        "the morning meeting | the debrief | the audit | the MDT | the next drug round | "
        "the night round | the controlled drug check | the discharge checklist | "
        "the pharmacy check | teaching | supervision | the fluid chart review | "
        "the safeguarding meeting | the case review | the next shift | "
        "the rapid review | the bed huddle | the medication reconciliation | the transfer | "
        "the shift change | the tea break | the board round | the family meeting | the admission"
    ),
    "support": [
        "talking to {role}",
        "a walk at {clock}",
        "time off after {event}",
        "my {family}",
        *_split(
            "a proper debrief | my supervisor | writing it down | an honest talk | "
            "occupational health | a union rep | therapy | long walks | the chaplain | "
            "peer support | the staff counsellor | a reflective account | "
            "the Schwartz round | going back | the candour meeting | reading stories here | "
            "my preceptor | an assistance line | a senior who believed me | swimming | "
            "time off | the review itself | my GP | coffee with the matron | running | "
            "a journal | supervision | "
            "my therapist | a mindfulness app | my union | a good sleep | my faith | yoga | "
            "the gym | the allotment | my dog | a holiday | my mentor | my manager | a helpline | "
            "the clinical psychologist | a restorative supervisor | the nurse advocate | "
            "group supervision | a balint group | the wellbeing hub | a reflective practice group"
        ),
    ],
    "saying": [
        "it could have been {role}",
        "to go home by {clock}",
        "the {paper} was unclear",
        "{drug} catches everyone out",
        "the {infusion} had a fault",
        "I was the {ordinal} this {period}",
        "to ring the {family}",
        *_split(
            "it happens | nothing | to go home | to write a reflection | I was not alone | "
            "the system failed first | I should have known | to stop apologising | "
            "they were glad I spoke | to keep it quiet | I needed training | "
            "she had done it too | the patient was fine | to sleep on it"
        ),
    ],
    "paper": _split(
        "chart | drug chart | prescription | handover sheet | care plan | fluid chart | "
        "label | wristband | pump | syringe label | discharge letter | MAR chart | "
        "referral form | obs chart | allergy band | controlled drug book | ECG | "
        "request form | sliding scale | transfer letter | "
        "insulin chart | warfarin chart | TTO | kardex | EPMA screen | whiteboard | sticker | "
        "ID band | prescription pad | pump screen | care record | notes | sepsis screen"
    ),
    "ago": [
        "{years} years ago",
        "{count} weeks ago",
        "{count} months ago",
        *_split(
            "last winter | last year | in my first year | years ago | last month | "
            "two weeks ago | when I was newly qualified | before the pandemic | "
            "in my last job | early in my training | last spring | a decade ago"
        ),
    ],
    "staffing": [
        "{count} patients each",
        "{count} in the waiting room",
        "{count} admissions at once",
        "only {count} nurses",
        *_split(
            "two nurses down | no HCA | an agency nurse | a full waiting room | "
            "one doctor on site | no pharmacist | half the team off | a new student | "
            "trolleys in the corridor | every bed full | the coordinator on a break | "
            "one registered nurse"
        ),
    ],
    "action": [
        "look at {drug}",
        "go near {ward}",
        "face {role}",
        *_split(
            "sleep | eat | stop shaking | go back | tell my partner | look at a chart | "
            "stop replaying it | answer the phone | concentrate | face the family | "
            "stop checking | hold a conversation | drive past the hospital | "
            "read the incident form | open my emails | stop crying | pick up shifts | "
            "trust myself | give insulin | sit in the staff room"
        ),
    ],
    "policy": [
        "how {drug} is stored",
        "the {drug} protocol",
        "the {paper}",
        *_split(
            "the double check | insulin prescribing | the handover sheet | "
            "the pump library | the allergy bands | the escalation policy | "
            "the controlled drug book | the discharge checklist | the name alert | "
            "the sepsis screen | the falls bundle | the NEWS chart | the rota | "
            "the safeguarding form | potassium storage | the look-alike shelf | "
            "the callback policy | the triage script"
        ),
    ],
    "lesson": [
        "recheck {drug} doses",
        "escalate a NEWS of {news}",
        "ring {role} sooner",
        "check the {paper} twice",
        "read the {paper} aloud",
        *_split(
            "check the wristband | ask for a second check | escalate early | "
            "write down the time | ring pharmacy | stop when interrupted | "
            "check allergies first | trust the numbers | say I am unsure | document calls | "
            "recheck after an hour | never sign for others | slow down at handover | "
            "look at the patient | ask the family | take my break | speak up"
        ),
    ],
    "state": _split(
        "settled | stable | asleep | fine | comfortable | improving | no concerns | "
        "a bit confused | eating and drinking | mobilising | pain free | for discharge | "
        "quiet | chatty | drowsy but rousable | on the mend | back to baseline | "
        "waiting for a bed | nil by mouth | end of life | "
        "for review | on the list | waiting for theatre | on antibiotics | on fluids | on oxygen | "
        "off oxygen | awaiting bloods | medically fit | awaiting a package | due a scan"
    ),
    "gave": _split(
        "gave | drew up | hung | pushed | prescribed | dispensed | checked | signed for | "
        "started | charted | restarted | crushed | flushed | titrated | doubled | held | "
        "omitted | continued | increased | transcribed"
    ),
    "frequency": _split(
        "once daily | twice daily | at night | four hourly | PRN | stat | weekly | "
        "three times a day | every six hours | in the morning | with meals | hourly | "
        "on alternate days | as a one-off | before bed"
    ),
    "pronoun": _split("he | she | they | the patient | the baby | the resident"),
    "possessive": _split("his | her | their | the patient's | the baby's | the resident's"),
    "found": _split(
        "found | spotted | picked up | noticed | flagged | caught | queried | questioned | "
        "saw | reported"
    ),
    "called": _split(
        "rang | bleeped | called | fast-bleeped | paged | messaged | fetched | phoned"
    ),
    "ordinal": _split(
        "third | fourth | fifth | second | sixth | seventh | first | last | only | tenth"
    ),
    "shift": _split(
        "night shift | long day | late | early | weekend | bank shift | agency shift | "
        "twilight shift | on-call | double shift | nights | Sunday"
    ),
    "went": _split(
        "went ahead | carried on | did it | pushed on | started | gave it | cracked on | checked it"
    ),
    "containers": _split(
        "boxes | vials | ampoules | bags | packets | syringes | bottles | pens | "
        "blister packs | labels"
    ),
    "distraction": [
        "bed {bed} buzzed",
        "{role} called me",
        *_split(
            "the phone rang | a relative shouted | the bleep went off | an alarm went off | "
            "the fire doors slammed | the crash bell rang | a patient fell | the pump alarmed | "
            "my pager went | someone pulled the emergency cord | the lights went out"
        ),
    ],
    "adverb": _split(
        "quickly | wrongly | nervously | carefully | hurriedly | calmly | absently | "
        "confidently | automatically | stupidly | routinely | hastily | blindly | "
        "mistakenly | accidentally | unknowingly | wearily | briskly | dutifully | "
        "cheerfully | silently | clumsily | reluctantly | casually"
    ),
    "manner": _split(
        "quietly | honestly | gently | kindly | bluntly | calmly | firmly | awkwardly | "
        "over and over | without a word | in tears | out of nowhere | at last | "
        "too quickly | half asleep | almost angrily | to my surprise | on the phone"
    ),
    "days": _split("days | nights | weeks | months | shifts"),
    "infusion": _split(
        "pump | infusion | syringe driver | feed | drip | PCA | line | heparin pump | "
        "insulin infusion | fluid bag"
    ),
    "rarely": _split("never | rarely | only once | not often | never alone | hardly ever | once"),
    "body": _split("hands | legs | voice | knees | stomach | chest | face | head"),
    "reaction": _split(
        "started shaking | went cold | gave way | dropped | tightened | went numb | "
        "shook | froze | burned | went hot"
    ),
    "signed": _split(
        "co-signed | checked | countersigned | signed | witnessed | initialled | approved"
    ),
    "checking": _split(
        "looking | reading the chart | checking the band | a second glance | asking me | "
        "counting | checking the dose | reading the label | checking the allergy"
    ),
    "family": _split(
        "partner | mum | flatmate | friend | husband | wife | sister | brother | son | "
        "daughter | neighbour | dad"
    ),
    "period": _split(
        "week | night | month | weekend | winter | spring | summer | autumn | evening"
    ),
    "noticed": _split(
        "noticed | said anything | rang me | looked | checked | asked | came back | picked it up"
    ),
    "talked": _split(
        "argued | talked | cried | sat | laughed | shouted | hugged | debriefed | said nothing"
    ),
    "room": _split(
        "staff room | sluice | car park | office | treatment room | corridor | canteen | "
        "stairwell | relatives' room | ambulance bay"
    ),
    "report": _split(
        "datix | incident form | statement | reflection | timeline | apology letter | "
        "duty of candour letter"
    ),
    "attempts": _split("evenings | drafts | attempts | nights | tries | weekends"),
    "similar": _split(
        "similar | like this | very close | almost identical | much the same | just like it"
    ),
    "alike": _split("same here | similar here | exactly this | me too | same for me | likewise"),
    "team": _split("ward | team | trust | unit | practice | hospital | service | pharmacy | board"),
    "incidents": _split(
        "errors | incidents | near misses | overdoses | omissions | mix-ups | complaints"
    ),
    "colleague": _split(
        "colleague | friend | senior | junior | student | locum | mentor | manager"
    ),
    "often": _split(
        "every week | all the time | daily | most nights | often | constantly | "
        "every shift | now and then"
    ),
    "checked": _split(
        "checked | helped | been there | stopped you | asked | looked | supervised | double-checked"
    ),
    "broken": _split(
        "is broken | needs changing | is unclear | confuses everyone | failed you | "
        "caused this | is new | helps"
    ),
    "kind": _split("warm | kind | gentle | strong | quiet | good | caring | hopeful"),
    # Everyday words (forum.benchlexicon), thousands of them: the long tail of real writing.
    "thing": list(NOUNS),
    "did": list(PAST_VERBS),
    "quality": list(ADJECTIVES),
    "how": list(ADVERBS),
    # Around every sentence: an opening word or two and a closing detail, or neither.
    "tail": [""]
    + [" at {clock}", " on {ward}", " {ago}", " in {spot}", ", {manner}", " after {event}"]
    + [" with {role}", ", {when}", " that {period}", " for {condition}", ", {intensity} {feeling}"]
    + [" near the {thing}", ", {how} {quality}", " by the {quality} {thing}"],
    "opener": [""] * 6
    + _split(
        "Honestly, | Looking back, | The thing is, | Even now, | To be fair, | Worse still, | "
        "In the end, | By then, | Somehow | Of course | Still, | Later, | At first | "
        "For weeks | Strangely, | Before that, | Oddly enough, | After that"
    ),
    "intensity": _split(
        "really | completely | quite | so | utterly | a bit | properly | deeply | strangely | still"
    ),
}

# Sentences of opening posts, first person and past tense. Fixed runs are short and most
# sentences hold a number: almost every window of four words holds a term or a number
# drawn for this sentence. `{name?}` is the term and a space, or nothing, half the time.
STORY: list[str] = [
    "at {clock} on {ward} {role} asked me for {dose} of {drug} {route}.",
    "I had {patient} in {spot}, {when}.",
    "{role} handed over {spot} as {state} at {clock}.",
    "I {adverb?}{gave} {dose} {drug}, not {dose} {drug}, at {clock}.",
    "the {paper} said {dose} {frequency}; I read {dose} {frequency}.",
    "by {clock} {pronoun} had {obs}, {obs} and {obs}.",
    "I felt {intensity} {feeling}, then {feeling}, for {count} {days}.",
    "{role} {found} my {drug} error at {clock} during {event}.",
    "we {called} {role} at {clock} and {outcome}.",
    "my {ordinal} {shift} on {ward}: {staffing}, {count} patients, {condition} in {spot}.",
    "I {adverb?}{error} {when}, {ago}.",
    "{spot}, {patient}, {drug} for {condition}, {obs} at {clock}.",
    "{role} was doing {procedure} in {spot}, so I {went} alone at {clock}.",
    "{role} asked about the {drug} at {clock} and my {body} {reaction}.",
    "{outcome}, and I [drove home|went home|sat in my car|cycled home|walked out] {intensity} "
    "{feeling} at {clock}.",
    "{drug} and {drug} {containers} sat together on {ward}, {manner}.",
    "halfway through {procedure} for {patient}, {distraction}.",
    "{role} said {saying}, {manner}.",
    "for {count} {days} I replayed {procedure} on {ward}, {manner}.",
    "afterwards {outcome}; I stayed {feeling} for {count} {days}.",
    "I had {adverb?}{gave} {drug} {route} to {patient} {minutes} minutes earlier.",
    "{staffing}, and {role} also covered {ward} until {clock}.",
    "the {infusion} ran at {amount} ml an hour, not {amount}, from {clock}.",
    "I had {rarely} given {drug} {route} before that {shift} on {ward}.",
    "at {clock} {role} {called} me about {spot}: {obs}.",
    "then {obs} and {obs}, and my {body} {reaction}.",
    "[ever since|since then|these days|now] I {lesson} on {ward}, {manner}.",
    "the [review|investigation|RCA|panel|audit] changed {policy} {ago}; now I {lesson}.",
    "{years} years qualified, {count} {drug} doses before, and I {error}.",
    "{role} {signed} the {drug} without {checking} at {clock}.",
    "{possessive} {obs} had been there since {clock}.",
    "[what scared me was|the worst part was|I panicked at|I froze at] {obs} {minutes} minutes "
    "after {dose} of {drug}.",
    "my {family} [noticed|said|could tell|worried that] I was {feeling} and {feeling} that "
    "{period}.",
    "I [stood|sat|waited|froze] by {spot} on {ward}, {intensity} {feeling}, at {clock}.",
    "the {drug} went {route} over {minutes} minutes, not {hours} hours.",
    "{hours} hours passed before {role} {noticed}.",
    "{role} and I {talked} in the {room} after {event} at {clock}.",
    "I [keep asking|still wonder|can't work out|keep replaying] why I {adverb?}{error} {when}.",
    "the {report} took {count} {attempts} and {hours} hours.",
    "{role} wrote {dose} {frequency} of {drug} for {condition} at {clock}.",
    "[pharmacy|the pharmacist|the lab|switchboard] [rang|called|bleeped] at {clock} about "
    "{drug} for {spot} on {ward}.",
    "{possessive} {family} asked about the {drug} at {clock}, {manner}.",
    "{count} patients, {staffing}, {condition} in {spot} and {condition} in {spot}.",
    "the {paper} for {spot} had {drug} [crossed out|scribbled out|struck through] and {drug} "
    "[written in|added|written above].",
    "I {adverb?}{gave} {dose} {drug} {route} and {error}.",
]

# Sentences of replies: peer experience, support, what changed.
REPLY: list[str] = [
    "I {adverb?}{error} on {ward} {ago}, at {clock}.",
    "something {similar} [happened|went wrong|occurred] [with|to me with|on my shift with] "
    "{drug} {route} {when}.",
    "[what helped was|helpful for me:|I leaned on|I needed|I got through with|it took] "
    "{support}, {support} and {support}.",
    "{role} told me {saying}, {manner}, {ago}.",
    "[you are not alone|not just you|it is not only you|same|me too|I did it too|been there]: I "
    "{error} {ago} on {ward}.",
    "our {team} changed {policy} after {count} {drug} {incidents}.",
    "I was {intensity} {feeling} for {count} {days} after my {drug} error.",
    "{staffing} on {ward} that {shift} sounds {intensity} familiar.",
    "{support} helped more than {support}, {manner}.",
    "[ever since|since then|these days|now] I {lesson} and {lesson}.",
    "try {support} or {support} this {period}.",
    "you {noticed} at {clock} on {ward}, and that matters.",
    "a {colleague} on {ward} gave {dose} of {drug} {route} by mistake {ago}.",
    "{outcome} [for us|in the end|that time|thankfully|luckily], [but|and|yet|still] I felt "
    "{feeling} for {count} {days}.",
    "on {ward} we see {condition} on {drug} {often}.",
    "{role} should have {checked} too, {manner}.",
    "I [still picture|remember|can see|dream about] the {paper} from {spot} on {ward}.",
    "{years} years on, I {lesson} and {lesson}.",
    "when I {error} {ago}, {role} said {saying}.",
    "[look after yourself|be kind to yourself|go easy on yourself|rest up|take care]; {support} "
    "and {support} [help|helped me|work|are worth it].",
    "{alike} with {drug} and {condition} on {ward}, {ago}.",
    "we had {patient} on {dose} of {drug}, and {outcome}.",
    "I [could not|couldn't|did not|was unable to] {action} for {count} {days} "
    "[after mine|afterwards|after that|after it].",
    "on {ward} we [do|check|witness|sign] {procedure} in pairs since {ago}.",
    "reading this at {clock} after my {ordinal} {shift}, {intensity} {feeling} for you.",
    "ask {role} about {policy}; it {broken}.",
    "my {drug} error was {ago}, on {ward}, {when}.",
    "{hours} hours [later|on|after] I could {action} [again|at last|once more].",
    "{support} and {support} [got me through|helped me through|carried me through|saved me] "
    "that {period}.",
    "sending {kind} thoughts from {ward} at {clock}.",
    "exactly this with {dose} of {drug} {route} on {ward} {ago}.",
    "[at|in] my {team}, {policy} [came in|changed|was added|was rewritten] after {outcome}.",
    "I gave {dose} {route} to {patient} on {ward} {ago}.",
    "{role} on {ward} {adverb?}{error} {when}.",
    "{possessive} {obs} at {clock} would [worry anyone|scare me too|have fooled me|fool anyone].",
    "I was the {colleague} who {error}, {count} {days} in.",
]

# Sentences of the life around the work, in stories and replies alike: everyday words from
# a vocabulary of thousands, as real writing has them.
EVERYDAY: list[str] = [
    "I remember the {quality} {thing} on the {thing} that {shift}.",
    "I {did} home past the {thing} and the {quality} {thing}.",
    "there was a {quality} {thing} by the {thing}, and I {did} {how}.",
    "my {family} {did} the {thing} while I {did} about the {thing}.",
    "I kept thinking of the {thing}, the {thing} and the {quality} {thing}.",
    "it felt like a {quality} {thing}, {how} {quality}.",
    "that {period} I {did} a {thing} and {did} the {thing} {how}.",
    "even the {thing} in the {room} seemed {quality}.",
    "at home I {did} the {thing}, {did} the {thing} and {did} {how}.",
    "I [made|had|bought|skipped] a {quality} {thing} and {did} by the {thing}.",
    "the {thing} outside was {quality}, the {thing} {quality}.",
    "I {how} {did} my {thing} and left the {thing} behind.",
    "what helped me was a {quality} {thing} and a {thing} with my {family}.",
    "I {how} {did} the {thing} after mine, then {did} the {thing}.",
    "the {quality} {thing} you describe sounds so {quality}.",
    "I still think of the {thing} by the {thing} when I pass a {thing}.",
    "we {did} the {thing} together and it {did} me {how}.",
    "a {thing}, a {quality} {thing}, anything {quality} helps.",
]

# Sentences in the shorthand of notes and timelines, in stories and replies alike: every
# word or two a term or a number, so their phrases are the most distinctive.
NOTES: list[str] = [
    "{clock}: {role} {gave} {dose} {drug} {route}, {spot}.",
    "{clock}: {obs}, {obs}, {obs}.",
    "{clock}: {called} {role}; {outcome}.",
    "{clock}: {patient}, {condition}, {obs}.",
    "{spot}, {ward}: {drug} {dose} {frequency}, {obs}.",
    "{dose} {drug} {route} at {clock}, {obs} by {clock}.",
    "{role} {found} the error at {clock}; {obs}, {obs}.",
    "{ward}, {shift}, {staffing}, {count} patients, {clock}.",
    "{drug} {dose} {frequency} charted, {drug} {dose} {frequency} given.",
    "{obs} at {clock}, {obs} at {clock}, {obs} at {clock}.",
    "{clock} {procedure} in {spot}, {clock} {procedure} in {spot}.",
    "{spot}: {adjective} {person}, {age}, {condition}, {drug} {dose}.",
    "{clock}, {ward}, {role}, {dose} {drug} {route}.",
    "{feeling}, {feeling}, {feeling}, {count} {days} on.",
    "{ago}, {ward}, {drug} {dose}, {outcome}.",
    "{drug} {route} {minutes} minutes late, {obs}, {role} {noticed}.",
    "{count} {drug} {incidents} on {ward} since {ago}.",
    "{clock} {role}, {clock} {role}, {clock} {role}.",
]

# Items of a Markdown list in a post ("What I do now:").
LIST_ITEMS: list[str] = [
    "{lesson}",
    "check {drug} against the {paper}",
    "ask {role} for a second check",
    "never give {drug} {route} alone",
    "write {clock} next to the {drug} dose",
    "ring {role} before {event}",
    "recheck {obs} after {minutes} minutes",
    "try {support}",
    "do {procedure} with two of us",
    "keep {drug} and {drug} apart",
]
