"""Word lists for forum.anonymity.identifiers: given names, and capitalised words that are
not names (or not identifying). All entries are matched case-sensitively as whole words."""


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Common given names across cultures. Names that are also ordinary words, months, places or
# states (Will, May, June, Grace-as-noun is kept, Georgia, Jordan...) are left out on purpose.
FIRST_NAMES = _words(
    """
    Aaron Abdul Abdullah Abigail Adam Adebayo Adeola Adrian Ahmed Ahmad Aidan Aiden Aisha
    Akira Alan Albert Alejandro Alex Alexander Alexandra Alexis Ali Alice Alicia Alina Alison
    Allison Amanda Amara Amber Amelia Amina Amir Amit Amy Ana Anan Andrea Andrew Andy Angela
    Angelica Anika Anita Ann Anna Anne Annie Anthony Antonio Anya Arjun Arthur Asha Ashley
    Ava Ayesha Barbara Beatriz Ben Benjamin Beth Bethany Betty Bilal Blessing Bob Bobby
    Brandon Brenda Brian Bridget Brittany Bruce Bryan Caitlin Callum Cameron Camila Carl
    Carla Carlos Carmen Carol Caroline Catherine Charles Charlie Chen Chidi Chinedu Chiara
    Chloe Chris Christian Christina Christine Christopher Cindy Claire Clara Colin Connor
    Craig Cynthia Daisy Dan Dana Daniel Daniela Danielle Darius David Dawn Deborah Debbie
    Declan Deepak Denise Dennis Derek Desmond Diana Diego Dimitri Divya Dmitri Dolores
    Dominic Donna Doris Dorothy Duncan Dylan Eddie Edward Eileen Elaine Eleanor Elena Eli
    Elijah Elizabeth Ella Ellen Ellie Emeka Emily Emma Eric Erin Esther Ethan Eun Eve Evelyn
    Fatima Fatma Felix Fernando Fiona Francesca Francis Fraser Freya Gabriel Gabriela Gareth
    Gary Gavin Gemma George Gerald Gillian Giovanni Giulia Gloria Gordon Graham Grace Greg
    Gregory Gurpreet Hamza Hana Hannah Hans Harjit Harold Harriet Harry Hassan Heather Helen
    Henry Hiroshi Holly Hugh Hussein Ian Ibrahim Imogen Ines Ingrid Irene Isaac Isabel Isabella
    Ivan Jack Jacob Jake James Jamal Jamie Jan Jane Janet Janice Jasmine Jason Javier Jayden
    Jean Jeff Jeffrey Jen Jenna Jennifer Jenny Jeremy Jerome Jess Jessica Jill Jim Jimmy Joan
    Joanna Joanne Joe Joel John Johnny Jon Jonathan Jorge Jose Joseph Josh Joshua Juan Judith
    Judy Julia Julian Julie Justin Kaito Karen Karim Kate Katherine Kathleen Kathryn Katie Kayla
    Keith Kelly Ken Kenji Kenneth Kevin Khadija Kim Kiran Kirsty Kofi Kwame Kyle Lakshmi Laura
    Lauren Layla Leah Leila Leo Leon Leonard Liam Lily Linda Lisa Liz Lorraine Louise Lucas
    Lucia Lucy Luis Luke Lydia Lynn Maddie Madeleine Maggie Maria Mariam Marie Marina Mario
    Marcus Margaret Mark Marta Martha Martin Mary Maryam Mateo Matthew Maureen Max Maya Megan
    Mehmet Mei Melissa Mia Michael Michelle Miguel Mike Mila Milan Mohammed Mohammad Mohamed
    Molly Monica Muhammad Nadia Nancy Naomi Natalie Natasha Nathan Neil Nicholas Nicola Nicole
    Nikhil Nina Noah Nora Norman Nuno Oliver Olivia Omar Oscar Owen Pablo Pamela Paolo Patricia
    Patrick Paul Paula Pedro Peter Philip Phoebe Pierre Pooja Priya Rachel Rahul Raj Rajesh
    Ravi Raymond Rebecca Reza Rhys Ricardo Richard Rita Rob Robert Roberto Robin Roger Rohan
    Ronald Rosa Rosie Ruby Russell Ruth Ryan Sadia Salma Sam Samantha Samir Samuel Sana Sandra
    Sanjay Sara Sarah Scott Sean Sebastian Shanice Sharon Shauna Sheila Shirley Shreya Simon
    Sinead Siobhan Sofia Sophia Sophie Stacey Stella Stephanie Stephen Steve Steven Stuart
    Sunil Susan Suzanne Tanya Tara Tasha Teresa Terry Theo Thomas Tiffany Tim Timothy Tina
    Tom Tommy Tony Tracy Travis Tyler Tyrone Usman Valentina Valerie Vanessa Victor Vikram
    Vincent Violet Walter Wanjiru Wayne Wei Wendy William Xavier Yasmin Yara Yusuf Yuki Zainab
    Zara Zoe Zofia
    """
)

# Capitalised words never taken as (part of) a name or a small place on their own.
NOT_NAMES = _words(
    """
    I I'm I've I'd I'll A An The This That These Those It Its He She They We You My Our Your
    His Her Their Me Us Him Them When After Before Because But And Or So If Then There Here
    What Why How Who Where Which While Since Until As At By For From In Into Of On Off To Up
    With Without About Over Under During Being Having Yes No Not Nobody Everyone Someone
    Anyone Nothing Everything Also Just Only Even Still Maybe Perhaps Please Thanks Thank
    Sorry Oh Ok Okay Well Now Today Tonight Yesterday Tomorrow Later Afterwards Eventually
    Once Twice Every Each All Some Any Many Most Much More One Two Three Four Five Six Seven
    Eight Nine Ten First Second Third Last Next Another Other Both Either Neither Dear Hi
    Hello Edit Update Note Step Page Part Chapter Section Lesson Learned Anyway Finally
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thurs Fri
    Sat Sun Christmas Easter Eve Thanksgiving Ramadan Eid Diwali Hanukkah Passover New Year
    Halloween Boxing Day Spring Summer Autumn Fall Winter Morning Night Evening Weekend
    God Lord Jesus Allah Mom Mum Dad Mummy Daddy Mama Papa Grandma Grandpa Nan Nana Granny
    Doctor Nurse Sister Matron Midwife Consultant Registrar Resident Intern Attending Fellow
    Surgeon Physician Psychiatrist Psychologist Therapist Counsellor Counselor Pharmacist
    Paramedic Practitioner Manager Supervisor Director Chief Head Lead Team Staff Charge
    Professor Mr Mrs Ms Miss Dr Prof Sir Madam Patient Client Family Mother Father
    Freud Jung Rogers Winnicott Bowlby Klein Beck Maslow Skinner Pavlov Piaget Erikson Adler
    Nightingale Seacole Hippocrates Osler Kubler Ross Yalom Linehan Bion Kohut Lacan Perls
    England Scotland Wales Ireland Britain UK America USA Canada Australia Zealand India
    Pakistan Nigeria Ghana Kenya France Germany Spain Italy Poland Portugal Mexico Brazil
    China Japan Korea Philippines Jordan Israel Egypt Africa Europe Asia
    London Paris Manchester Birmingham Glasgow Edinburgh Leeds Liverpool Bristol Cardiff
    Belfast Dublin Sydney Melbourne Toronto Vancouver Chicago Boston Houston Dallas Seattle
    Atlanta Denver Phoenix York Angeles Francisco Diego Philadelphia Detroit Miami Lagos
    Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland
    Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Hampshire
    Jersey Mexico Carolina Dakota Ohio Oklahoma Oregon Pennsylvania Rhode Island Tennessee
    Texas Utah Vermont Virginia Washington Wisconsin Wyoming
    English Spanish French Arabic Urdu Polish Chinese Black White Asian Latino Latina
    Warfarin Insulin Morphine Sertraline Lithium Heparin Paracetamol Tylenol Ibuprofen
    Metoprolol Amlodipine Fluoxetine Prozac Xanax Valium Ativan Haldol Olanzapine
    Quetiapine Diazepam Lorazepam Naloxone Narcan Fentanyl Oxycodone Codeine Tramadol
    Amoxicillin Penicillin Gentamicin Vancomycin Digoxin Aspirin Clopidogrel Epic Cerner
    Covid Flu Care Health Mental Act Coma Scale Intensive Emergency Department Unit Ward
    Hospital Clinic General Medical Community Primary Royal National Trust Service Services
    Board Council Street Road Avenue Lane Drive School Practice Centre Center Surgery
    Twitter Instagram Facebook Reddit TikTok Google Zoom Teams WhatsApp Slack
    Glasgow Coma Crohn Parkinson Alzheimer Down Tourette Asperger Cushing Addison Graves
    """
)

# Words before a facility suffix that do not make it a *named* facility
# ("Intensive Care Unit", "Emergency Department", "the Psych ward").
GENERIC_FACILITY = _words(
    """
    Intensive Care High Dependency Emergency Acute Medical Surgical Mental Health Community
    Primary Secondary General District Teaching Children's Childrens Kids Women's Maternity
    Psychiatric Psych Psychiatry Stroke Cardiac Coronary Renal Burns Dementia Covid Oncology
    Cancer Day Assessment Admissions Observation Short Stay Rehab Rehabilitation Neonatal
    Paediatric Pediatric Geriatric Elderly Family Private Public State County City Local
    Veterans Specialist Sexual Eating Disorders Disorder Addiction Detox Respiratory Trauma
    Outpatient Inpatient Walk-in Urgent Forensic Secure Step-down Recovery Labour Labor
    Delivery Postnatal Antenatal Transplant Spinal Orthopaedic Orthopedic Medicine Surgery
    The A An Our My Their His Her This That Your Same New Old Big Small Main NHS ICU HDU
    ED A&E CAMHS GP VA Mother Baby Mother-and-baby And Of Crisis Memory Pain Sleep
    """
)

# Professions and roles for "the only … nurse" style self-identification.
ROLES = _words(
    """
    nurse nurses midwife doctor doctors physician psychiatrist psychologist therapist
    pharmacist surgeon GP consultant resident registrar intern counsellor counselor
    paramedic dentist vet physio physiotherapist OT anaesthetist anesthetist radiographer
    chaplain dietitian dietician optometrist clinician practitioner provider worker
    man woman sonographer midwives obstetrician paediatrician pediatrician
    neurologist cardiologist oncologist hygienist technician medic EMT therapists
    """
)

# Famous clinicians and theorists: "Carl Rogers", "Melanie Klein" are not patients.
FAMOUS = _words(
    """
    Freud Jung Rogers Winnicott Bowlby Klein Beck Maslow Skinner Pavlov Piaget Erikson Adler
    Nightingale Seacole Hippocrates Osler Kubler-Ross Yalom Linehan Bion Kohut Lacan Perls
    Ellis Satir Minuchin Bandura Horney Fromm Frankl Gawande Sacks Lister Semmelweis Jenner
    """
)

# Given names that are also everyday words: taken as names only with a surname after them
# ("Grace Adeyemi") or a title or relation before them ("my client Grace").
AMBIGUOUS_NAMES = _words(
    """
    Grace Mark Dawn Max Jack Frank Rob Holly Ruby Lily Violet Daisy Amber Stella Jean Eve
    Bob Bobby Bill Joy Faith Hope Rose Rosie Pat Sue Gene Sky Summer Ray Rich Don Guy Gary
    Miles Chase Hunter Angel Victor Ken Jan Kim Lynn Will Art Nick
    """
)


# Trigger words: a pattern is only tried where one of its words starts (see identifiers).
RECORD_WORDS = """
    mrn nhs hospital patient record medical case claim chart file account policy reference
    ref id
"""
MONTH_WORDS = """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sept sep oct nov dec
"""
NUMBER_WORDS = """
    twenty thirty forty fifty sixty seventy eighty ninety one two three four five six seven
    eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
    nineteen
"""
TITLE_WORDS = """
    mrs mr ms miss mx dr prof professor nurse sister matron sir dame father fr rev reverend
    pastor rabbi imam judge officer coach auntie aunt uncle grandma grandpa granny nana
    señora señor senora senor madame monsieur herr frau
"""
RELATION_WORDS = """
    client patient son daughter husband wife partner mother mum mom father dad brother
    sister friend colleague boyfriend girlfriend baby grandson granddaughter nephew niece
    carer neighbour neighbor supervisor boss manager student mentee resident intern
    registrar named little call
"""

# Capitalised suffix words that end a street name or a named facility.
STREETS = _words("Street Road Avenue Lane Drive Close Crescent Terrace Boulevard Mews Gardens")
FACILITIES = _words(
    """
    Hospital Clinic Infirmary Centre Center Surgery Practice Hospice School Academy College
    University Home Unit Ward Prison House Lodge Wing
    """
)

# What the writer is told for each kind of finding.
MESSAGES = {
    "name": "This looks like a person's name. Use a role instead, like “my client”.",
    "date": "This is an exact date. Say “one spring” or “a few years ago” instead.",
    "age": "An exact age can identify someone. Try “in her thirties” or “a teenager”.",
    "phone": "This looks like a phone number. Remove it.",
    "email": "This looks like an email address. Remove it.",
    "record": "This looks like a record, case, bed or room number. Remove it.",
    "facility": "This names a hospital, clinic, school or unit. Try “a hospital” instead.",
    "place": "This looks like an address, postcode or small named place. Keep it vague.",
    "url": "This is a link or social media handle, which can lead back to you. Remove it.",
    "self": "This detail could single you out. Consider leaving it out.",
}
