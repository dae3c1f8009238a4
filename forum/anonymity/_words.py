"""Word lists for forum.anonymity.identifiers: given names, capitalised words that are not names,
and the small words around a name that give it away. Capitalised lists match case-sensitively as
whole words; lower-case lists are compared with lower-cased text."""

from forum.anonymity._big_places import BIG_PLACES


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Common given names across cultures, without accents (text is compared with its accents
# removed). Names that are also ordinary words, months or places are in the three lists below.
FIRST_NAMES = _words(
    """
    Aaron Abdi Abdul Abdullah Abena Abigail Adam Adaeze Ade Adebayo Adele Adeola Aditi Aditya
    Adrian Adriana Adwoa Agnes Agnieszka Ahmad Ahmed Ahmet Aidan Aiden Aiko Ailsa Aisha Aisling
    Akash Akira Akosua Alan Alasdair Albert Aleksandra Alejandro Alessandro Alex Alexander
    Alexandra Alexis Alfie Alfred Ali Alice Alicia Alina Alison Alistair Aliyah Allison Alok
    Alvaro Ama Amal Amanda Amani Amara Amelia Amina Amir Amit Amos Amrita Amy Ana Anan Andre
    Andrea Andres Andrew Andrzej Andy Angela Angelica Anh Anika Anil Anita Anjali Anja Ann Anna
    Annabel Anne Annie Annika Anthony Antonio Anusha Anya Aoife Archie Arjun Arthur Arun Asha
    Ashley Ashok Asma Astrid Audrey Ava Ayaan Ayesha Aziz Bao Barbara Barry Bartosz Bashir
    Beatriz Bella Ben Benjamin Bernadette Bernard Beth Bethan Bethany Betty Bhavna Bilal Billy
    Binh Birgit Blessing Bogdan Bola Brandon Brenda Brendan Brian Brianna Bridget Brittany
    Bronagh Brooke Bruce Bryan Bryony Burak Bushra Caitlin Callum Calum Cameron Camila Camille
    Caoimhe Carl Carla Carlos Carlota Carly Carmen Carol Caroline Carolyn Carys Catalina
    Catherine Cecilia Cem Cerys Charles Charlene Charlie Chen Chiamaka Chiara Chidi Chidinma
    Chinedu Chioma Chloe Chris Christina Christine Christopher Cian Ciara Ciaran Cindy Claire
    Clara Clare Clive Clodagh Colin Colleen Conor Cormac Courtney Craig Cristina Cynthia Dafydd
    Damian Dan Dana Daniel Daniela Daniele Danielle Dariusz Darius Darnell Darragh Darren Davide
    David Debbie Deborah Debra Declan Deepa Deepak Deirdre Delia Deniz Denise Dennis Derek
    Dermot Desmond Deshawn Dev Diana Diane Dimitri Dinesh Divya Dmitri Dolores Dominic Donald
    Donna Doris Dorota Dorothy Duc Duncan Dwayne Dylan Eamon Eamonn Ebony Ece Eddie Edith Edward
    Edwin Efua Eileen Eilidh Eimear Ekow Elaine Eleanor Elena Eleri Eli Elif Elijah Elisa
    Elizabeth Elke Ella Ellen Ellie Elliot Elsa Elsie Emeka Emil Emilia Emilio Emily Emma
    Emmanuel Emre Enrique Enzo Eoin Eric Erik Erin Ernest Esme Esteban Esther Ethan Euan Eugene
    Eun Evan Evelyn Evie Fabio Fadumo Fahad Farah Farhan Farid Fatemeh Fatima Fatma Federico
    Felix Fergal Fergus Fernando Fiona Fionn Folake Frances Francesca Francis Franco Fraser
    Freddie Freya Frida Funmi Funmilayo Gabriel Gabriela Gail Gareth Gaurav Gavin Geeta Gemma
    Geoffrey George Georgina Gerald Gethin Gianni Gillian Giorgio Giovanni Giulia Giuseppe
    Gloria Gonzalo Gordon Graham Grainne Greg Gregory Grzegorz Guadalupe Guillermo Gunnar
    Gurpreet Gwen Gwyneth Hafsa Haruka Haruto Hakan Halima Hamish Hamza Hana Hanh Hanna Hannah
    Hans Harjit Harold Harpreet Harriet Harry Harvey Hassan Hayley Heather Heidi Helen Helga
    Henrik Henry Herbert Hiba Hina Hiroko Hiroshi Hoa Hodan Howard Hugh Hui Huong Hussain
    Hussein Huw Hyun Ian Ibrahim Ida Ifeoma Ifrah Ignacio Ikechukwu Ilona Ilse Iman Imani Imogen
    Imran Ines Inga Ingrid Irene Irina Isaac Isabel Isabela Isabella Isla Ivan Iwan Jack Jackie
    Jacob Jade Jaden Jae Jaime Jake Jakub Jamal James Jamie Jamila Jana Jane Janet Janice Jared
    Jasmine Jaspreet Jason Jasper Javier Jaya Jayden Jean Jeanette Jeff Jeffrey Jen Jenna Jennie
    Jennifer Jenny Jeremy Jermaine Jerome Jess Jesse Jessica Jia Jian Jibril Jie Jill Jim Jimmy
    Jin Jing Joan Joanna Joanne Joao Jocelyn Jodie Joe Joel John Johnny Jolanta Jon Jonathan
    Jorge Jose Joseph Josh Joshua Joyce Juan Judith Judy Julia Julian Julie Juma Justin Kaito
    Kamau Karen Kareem Karim Karl Kasia Katarzyna Kate Katherine Kathleen Kathryn Kathy Katie
    Kavita Kavya Kayla Keiko Keisha Keith Kelly Kemal Kemi Kendra Kenji Kenneth Kenta Kevin
    Khadija Khadra Khalid Khanh Kiara Kieran Kiran Kirsten Kirsty Klaus Kofi Kojo Krishna
    Krzysztof Kumar Kumiko Kwabena Kwaku Kwame Kwesi Kyle Laila Lakshmi Lan Lars Lata Latoya
    Laura Lauren Layla Leah Lee Lei Leila Lena Leo Leon Leonard Leonor Lerato Leslie Lewis Leyla
    Liam Lian Lily Lina Linda Lindiwe Lindsay Linh Lisa Liz Llinos Lois Lola Lorena Lorenzo
    Lorna Lorraine Lotte Louie Louis Louise Lourdes Luca Lucas Lucia Luciana Lucy Luigi Luis
    Lukas Luke Lydia Lynn Mabel Maddie Madeleine Magda Magdalena Maggie Mahmoud Mai Maire
    Mairead Makoto Malgorzata Malik Mandla Manish Manoj Manuel Marco Marcus Marek Margaret Maria
    Mariam Maricel Marie Mariko Marina Mario Marjorie Marlene Marta Martha Martin Marwa Mary
    Maryam Mateo Mateusz Matteo Matthew Maureen Maxine Maya Meena Megan Mehmet Mei Melanie
    Melissa Mhairi Mia Michael Michal Michelle Miguel Mike Mila Milan Milena Minh Ming Mitchell
    Mohamed Mohammad Mohammed Mohamud Mohan Molly Mona Monica Morag Morgan Muhammad Muriel Murat
    Mustafa Mwangi Nabil Nadia Nadine Nandini Naoko Naomi Nasreen Nasser Natalia Natalie Natasha
    Nathan Neha Neil Neville Ngoc Ngozi Nia Niall Niamh Nicholas Nicola Nicolas Nicole Nigel
    Nikhil Nils Nina Ning Nisha Njeri Nkechi Noah Noel Nomvula Noor Nora Norma Norman Nour Nuno
    Obinna Oisin Olga Oliver Olivia Ollie Olu Olumide Oluwaseun Omar Orla Oscar Oskar Otieno
    Owen Ozan Pablo Padraig Pamela Paola Paolo Parvati Patricia Patrick Paul Paula Pauline Pawel
    Pedro Peter Petra Philip Phoebe Phuong Pierre Piotr Pooja Pradeep Prakash Preeti Priya
    Priyanka Qing Quang Rachael Rachel Rafael Rafaela Rahul Raj Rajesh Rajiv Ralph Ramesh Ramon
    Rania Rashid Rashida Raul Ravi Raymond Rebecca Reggie Rekha Ren Reza Rhian Rhodri Rhonda
    Rhys Ricardo Riccardo Richard Rina Rita Ritu Rob Robert Roberta Roberto Robin Rodrigo Roger
    Rohan Rohit Roisin Ronald Ronan Ronnie Rory Rosa Rosie Rowena Roxanne Rui Rukhsana Russell
    Ruth Ryan Sadia Saima Saira Sakura Sally Salma Sam Samantha Sami Samir Samira Samuel Sana
    Sandra Sanjay Sanjeev Santiago Santosh Saoirse Sara Sarah Sarita Satoshi Scarlett Scott
    Seamus Sean Sebastian Segun Selin Sergei Sergey Sergio Serkan Shabnam Shane Shannon Shanice
    Sharon Shauna Shazia Sheila Shilpa Shirley Shiv Shona Shota Shreya Sian Sid Sidney Silke
    Silvia Simon Simone Simran Sinead Siobhan Sipho Sita Sneha Sofia Sonia Sophia Sophie Spencer
    Stacey Stanley Stefano Stella Stephanie Stephen Steve Steven Stuart Sunil Suresh Susan
    Suzanne Sven Swati Sylvia Tadeusz Tadhg Takashi Tamika Tamsin Tanisha Tanvi Tanya Tara Tariq
    Taro Tasha Tatiana Tendai Teresa Terrell Terry Tess Tessa Thabo Thandiwe Thanh Thao Thelma
    Themba Theo Thiago Thomas Tiago Tiffany Tim Timothy Tina Tinashe Ting Toby Tom Tomas Tomasz
    Tommy Tomoko Tomos Tony Tracy Trang Travis Trevor Troy Tuan Tunde Tyler Tyrone Uche Ulrike
    Una Ursula Usha Usman Valentina Valeria Valerie Vanessa Varun Vera Vicky Vijay Vikram Viktor
    Vincent Vinh Vinod Vivek Vivian Vladimir Waqar Walid Walter Wanjiku Wanjiru Wayne Wei Wen
    Wendy Wilfred William Winifred Wojciech Xavier Xia Xiao Ximena Xin Yan Yara Yasmin Yash Yaw
    Yetunde Ying Yoko Yousef Youssef Yui Yuki Yulia Yun Yusuf Yuto Yvonne Zach Zachary Zahra
    Zainab Zaid Zanele Zara Zayd Zeynep Zodwa Zoe Zofia Zoya Zsofia Zubair Zuzana Abbas Abbie
    Abhishek Abimbola Ada Adanna Adel Adnan Agata Ajay Akemi Alana Alejandra Alexa Alfredo Alia
    Allan Alvin Amadou Amandeep Aminata Amira Anand Anastasia Angus Annette Anwar Arash Armando
    Arnold Arturo Asif Ayman Aziza Babatunde Bahar Baljit Barney Basma Beatrice Becky Belinda
    Benny Bernice Bertie Beryl Blake Bolaji Bonnie Boris Brad Bradley Brett Bruno Bryce Byron
    Caleb Calvin Camilo Candice Carlton Cassandra Cassie Cedric Celia Cesar Chandra Chantelle
    Cheryl Chester Chinwe Chisom Chun Clarence Claudia Claudio Clifford Clint Clyde Cody Cole
    Connie Consuelo Cora Corey Cory Curtis Daisuke Damilola Damon Danny Daphne Darcy Daria
    Darryl Darshan Dave Davina Delroy Derrick Devika Dexter Dianne Dina Dmitry Dominique Donovan
    Dora Doreen Doug Douglas Duane Dumisani Dustin Edgar Edmund Edna Eduardo Efe Ehsan Eliza
    Elton Emmett Eniola Ernie Errol Esperanza Esra Estelle Ethel Eunice Everett Ewa Fadi Faisal
    Farida Farzana Fatou Faye Felicity Femi Fidel Floyd Francine Frankie Fred Freda Gabriella
    Gabrielle Galina Ganesh Garry Gerardo Geraldine Gerry Gertrude Gilbert Gina Ginny Gladys
    Glenda Glenn Gopal Graciela Greta Gus Gwendolyn Habib Hadi Halina Hamid Hanan Hank Hardeep
    Harish Harrison Hattie Hector Helena Herman Hilda Hossein Hubert Hugo Hye Idris Ifeanyi Igor
    Imtiaz Indira Irma Isaiah Ismail Isobel Ivana  Jackson Jacqueline Jacqui Jagdeep
    Jaswinder Jay Jeanne Jelena Jeremiah Jerry Jessie Jide Jiwoo Jo Jodi Joey Johanna Jolene
    Jonah Josefina Josephine Josie Jude Jules Julio Kaitlyn Kamal Kamala Karan Karima Karina
    Katrina Katya Kay Kazuki Keira Kelechi Kelvin Kenny Khalil Kirk Kris Kristen Kristina
    Kuldeep Kurt Lacey Lalita Lamin Lana Larry Laurence Lawrence Leanne Lenny Leroy Lester
    Leticia Lila Lindsey Lionel Lizzie Lloyd Logan Loretta Lou Louisa Lucille Luther Lyle Maciej
    Madhu Maha Mahesh Majid Malcolm Mamadou Mandy Manpreet Mansour Marcia Margo Marian Marianne
    Marija Marilyn Marion Marisol Marissa Marlon Marty Marvin Mason Mathew Matt Mauricio Maurice
    Mavis Meera Meg Mehdi Mel Melvin Meredith Mick Mickey Mildred Millie Milo Mina Minnie
    Miranda Modupe Mohsen Moira Monty Moses Mukesh Musa Myra Nadeem Nasrin Naveen Ned Nell
    Nellie Nestor Nikola Nima Nneka Nnamdi Noreen Nosipho Obi Octavio Odette Oksana Ola Olamide
    Olena Omari Omid Otis Pam Parisa Parminder Patsy Patty Pavel Peggy Perry Pete Phil Phyllis
    Pilar Polly Pranav Priscilla Quentin Quinn Radu Rakesh Rami Ramona Rana Randall Randy Ranjit
    Rashmi Ravinder Reginald Rex Reyna Rhoda Rick Ricky Riley Rima Rogelio Roland Ron Rosalind
    Rosario Rosemary Roy Ruben Rudo Rufus Rupert Ryo Sabrina Sachiko Sachin Sade Sadie Saeed
    Sahar Sammy Sandeep Sangeeta Sarika Sasha Saul Seth Seung Shabana Shahid Shaun Shawn Sheryl
    Shirin Silas Simba Sonny Soraya Stan Stefan Stewart Sukhwinder Sunita Susie Suzy Svetlana
    Tabitha Takumi Tamara Tammy Tanveer Ted Teddy Temitope Terence Thea Theodore Theresa Thulani
    Tilly Toni Tonya Tope Tori Tracey Trudy Tyson Uma Valentin Vandana Vaughn Vernon Vikas Vince
    Viola Wade Wale Wallace Wanda Warren Wes Wesley Whitney Wilma Winston Wyatt Yasin Yasmeen
    Yemi Yesenia Yolanda Yoshiko Younes Yuri Yusuke Zahid Zeinab Zelda Ziad Zoey Zuri
    """
)

# Given names that are also everyday words, capitalised only as a name mid-sentence:
# "I handed over to Mark", but "Mark my words" and "the Will".
WORD_NAMES = _words(
    """
    Hope Faith Grace Joy Patience Charity Mercy Honor Honour Verity Prudence Constance Will
    Bill Mark Pat Sue Bob Bobby Don Guy Ray Rich Gene Nick Frank Max Chase Hunter Miles Angel
    Sunny Sandy Rose Dawn Holly Ruby Daisy Violet Ivy Iris Hazel Olive Pearl Crystal Destiny
    Precious Harmony Melody Gary Ken Kim Eve Victor Dean Mercedes Fang Ping Glen Earl
    """
)

# Given names that are also places: a name mid-sentence unless after "in", "from", "to"...
PLACE_NAMES = _words(
    """
    Jordan Georgia Devon Florence Sydney Austin Chelsea Paris Victoria Carolina Dakota
    Virginia Madison Brooklyn Lincoln Kent Israel Sierra Savannah Charlotte Adelaide Chad
    Kerry Skye
    """
)

# Given names that are also months, seasons or colours: a name only with more to go on
# ("April, the woman in the side room", "Summer's dad", "June Okafor").
PROPER_NAMES = _words("April May June August Summer Autumn Winter Amber Christian Art")

# Capitalised words never taken as (part of) a name or a small place on their own.
NOT_NAMES = _words(
    """
    # languages and faiths: "in Marathi", "a Muslim family"
    Marathi Telugu Bengali Gujarati Kannada Malayalam Mandarin Cantonese Chinese Tagalog
    Filipino Malay Swahili Yoruba Igbo Hausa Amharic Somali Twi Shona Xhosa Afrikaans
    Maori Samoan Tongan Gaelic Creole Patois Korean Japanese Vietnamese Thai Russian
    Ukrainian Romanian Turkish Farsi Persian Dari Pashto Kurdish Traditional Simplified
    Sinhala Dholuo Luo Luhya Kikuyu Kalenjin Kiswahili Sesotho Setswana Welsh Cymraeg
    Kinyarwanda Kirundi Luganda Chichewa Nyanja Bemba Lozi Lingala Wolof Ewe Fula Fulah
    Oromo Tigrinya Tswana Tsonga Malagasy Fijian Hindi Tamil Punjabi Panjabi Sindhi Nepali
    Burmese Khmer Tibetan Mongolian Kazakh Uzbek Georgian Armenian Albanian Bosnian Croatian
    Serbian Slovak Slovenian Czech Bulgarian Hungarian Lithuanian Latvian Estonian Finnish
    Swedish Danish Norwegian Icelandic Dutch German Italian Portuguese Catalan Basque Hebrew
    Yiddish Haitian Quechua Guarani Inuktitut Indonesian Javanese Maltese Chamorro Hmong Bangla
    Muslim Hindu Sikh Christian Buddhist Catholic Jewish Orthodox Anglican Methodist
    Policy Protocol Guidance Procedure Guidelines Audit Governance Legislation Regulation
    I I'm I've I'd I'll She'd He'd She's He's She'll He'll We'd We're They'd They're
    A An The This That These Those It Its He She They We You My Our Your
    His Her Their Me Us Him Them When After Before Because But And Or So If Then There Here
    What Why How Who Where Which While Since Until As At By For From In Into Of On Off To Up
    With Without About Over Under During Being Having Yes No Not Nobody Everyone Someone
    Anyone Nothing Everything Also Just Only Even Still Maybe Perhaps Please Thanks Thank
    Sorry Oh Ok Okay Well Now Today Tonight Yesterday Tomorrow Later Afterwards Eventually
    Once Twice Every Each All Some Any Many Most Much More One Two Three Four Five Six Seven
    Eight Nine Ten First Second Third Last Next Another Other Both Either Neither Dear Hi
    Hello Edit Update Note Step Page Part Chapter Section Lesson Learned Anyway Finally Like
    Looking Working Sadly Luckily Honestly Instead Thankfully Unfortunately Grand Fools Bank
    Holiday Holidays Day Days Mass Band Class Standard Form Aotearoa Far Ensure Round Rounds
    Clerk Host Hostess
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thurs Fri
    Sat Sun Christmas Easter Eve Thanksgiving Ramadan Eid Diwali Hanukkah Passover New Year
    Halloween Boxing Spring Summer Autumn Fall Winter Morning Night Evening Weekend
    God Lord Jesus Allah Mom Mum Dad Mummy Daddy Mama Papa Grandma Grandpa Nan Nana Granny
    Doctor Nurse Sister Matron Midwife Consultant Registrar Resident Intern Attending Fellow
    Surgeon Physician Psychiatrist Psychologist Therapist Counsellor Counselor Pharmacist
    Paramedic Practitioner Manager Supervisor Director Chief Head Lead Team Staff Charge
    Professor Mr Mrs Ms Miss Dr Prof Sir Madam Patient Client Family Mother Father Attorney
    Parent Parents Caller Pt Pts Relative Relatives Residents Carer Carers
    Freud Jung Rogers Winnicott Bowlby Klein Beck Maslow Skinner Pavlov Piaget Erikson Adler
    Nightingale Seacole Hippocrates Osler Yalom Linehan Bion Kohut Lacan Perls
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
    English Spanish French Arabic Urdu Polish Chinese Black White Asian Latino Latina Irish
    Scottish British American Canadian Australian Nigerian Kenyan Indian Jamaican Physics
    Warfarin Insulin Morphine Sertraline Lithium Heparin Paracetamol Tylenol Ibuprofen
    Metoprolol Amlodipine Fluoxetine Prozac Xanax Valium Ativan Haldol Olanzapine
    Quetiapine Diazepam Lorazepam Naloxone Narcan Fentanyl Oxycodone Codeine Tramadol
    Amoxicillin Penicillin Gentamicin Vancomycin Digoxin Aspirin Clopidogrel Epic Cerner
    Covid Flu Care Health Mental Act Coma Scale Intensive Emergency Department Unit Ward
    Hospital Clinic General Medical Community Primary Royal National Trust Service Services
    Board Council Street Road Avenue Lane Drive School Practice Centre Center Surgery
    Twitter Instagram Facebook Reddit TikTok Google Zoom Teams WhatsApp Slack Medicare
    Medicaid Glasgow Coma Crohn Parkinson Alzheimer Down Tourette Asperger Cushing Addison
    Graves Hodgkin Huntington Hashimoto Raynaud Kawasaki Guillain Wernicke Korsakoff Duchenne
    Marfan Lyme Bell
    Radiology Pathology Pharmacy Switchboard Security Estates Theatres Recovery Maternity
    Haematology Hematology Microbiology Cardiology Oncology Neurology Psychiatry Psychology
    Physio Physiotherapy Dietetics Endoscopy Outpatients Admissions Triage Resus Majors
    Minors Occupational Procurement Legal Complaints Bed Management Safeguarding Social
    Datix Alaris Pyxis Omnicell
    """
)

# Words before a facility suffix that do not make it a *named* facility
# ("Intensive Care Unit", "Emergency Department", "the Psych ward").
GENERIC_FACILITY = _words(
    """
    Junior Senior Middle Grammar Comprehensive Diabetes Memory Pain Fracture Sexual
    Intensive Care High Dependency Emergency Acute Medical Surgical Mental Health Community
    Primary Secondary General District Teaching Children's Childrens Kids Women's Maternity
    Provincial Psychiatric Psych Psychiatry Stroke Cardiac Coronary Renal Burns Dementia Covid
    Oncology
    Cancer Day Assessment Admissions Observation Short Stay Rehab Rehabilitation Neonatal
    Paediatric Pediatric Geriatric Elderly Family Private Public State County City Local
    Veterans Specialist Sexual Eating Disorders Disorder Addiction Detox Respiratory Trauma
    Outpatient Inpatient Walk-in Urgent Forensic Secure Step-down Recovery Labour Labor
    Delivery Postnatal Antenatal Transplant Spinal Orthopaedic Orthopedic Medicine Surgery
    The A An Our My Their His Her This That Your Same New Old Big Small Main NHS ICU HDU
    ED A&E CAMHS GP VA Mother Baby Mother-and-baby And Of Crisis Memory Pain Sleep Attorney
    Secretary Inspector Governor Solicitor Postmaster Hospital Pharmacy Female Male Phlebotomy
    Nail Foot Wound Eye Skin Fertility Bariatric Dialysis Endoscopy Infusion Vaccination &
    Burn Virtual Audiology Hearing Vascular Neurology Haematology Hematology Cardiology Liver
    Breast Hand Plastics Ophthalmology Dermatology Urology Gynae Gynaecology Gynecology Drop-in
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
    neurologist cardiologist oncologist hygienist technician medic EMT therapists HCA RGN RMN
    mammographer phlebotomist porter carer audiologist podiatrist tech PO officer coach
    perfusionist assistant aide CNA LPN LVN NP PA RN
    """
)

# Famous clinicians and theorists: "Carl Rogers", "Melanie Klein" are not patients.
FAMOUS = _words(
    """
    Freud Jung Rogers Winnicott Bowlby Klein Beck Maslow Skinner Pavlov Piaget Erikson Adler
    Nightingale Seacole Hippocrates Osler Kubler-Ross Yalom Linehan Bion Kohut Lacan Perls
    Ellis Satir Minuchin Bandura Horney Fromm Frankl Gawande Sacks Lister Semmelweis Jenner
    Gibbs Kolb Schon
    """
)

# Lower-case words before a name that mark it as a person: "my client Tasha", "the pharmacist,
# Nguyễn Thị Lan", "her son kieran".
PEOPLE = _words(
    """
    client patient pt son daughter husband wife partner mother mum mom father dad brother sister
    friend colleague boyfriend girlfriend fiance fiancé fiancée baby grandson granddaughter
    nephew niece cousin aunt uncle grandmother grandfather carer caregiver neighbour neighbor
    supervisor boss manager student mentee mentor preceptor resident intern registrar nurse
    midwife pharmacist paramedic doctor therapist counsellor counselor psychologist
    psychiatrist consultant surgeon physician porter interpreter worker chaplain physio
    physiotherapist technician assistant aide receptionist secretary cleaner coworker
    co-worker housemate roommate flatmate stepson stepdaughter stepmother stepfather toddler
    mam mammy daughter-in-law son-in-law mother-in-law father-in-law kids children grandkids
    deputy
    infant twin teenager boy girl man woman lady gentleman kid child little pupil inmate
    prisoner detainee offender learner tenant
    """
)

# What a person has: "Okafor's mother", "Bill's wife", "Summer's chart".
BELONGINGS = _words(
    """
    mother mum mom father dad parents parent family wife husband partner son daughter sister
    brother sibling siblings children kids baby grandmother grandma grandfather grandpa nan
    aunt uncle cousin boyfriend girlfriend fiance carer friend friends teacher chart notes bed
    room meds medication bloods results funeral death discharge admission
    """
)

# Verbs that take a person as subject: "Hope told me", "Okonkwo said".
PERSON_VERBS = _words(
    """
    said says told tells asked asks replied answered whispered shouted screamed yelled cried
    sobbed laughed smiled insisted admitted explained texted emailed phoned rang refused
    wanted died woke begged pleaded
    """
)

# Verbs whose object is a person: "I told Okonjo", "we discharged Osei".
PERSON_OBJECT_VERBS = _words(
    """
    told asked rang phoned texted emailed messaged reassured thanked visited met nursed
    discharged examined assessed warned reminded promised hugged introduced paged bleeped
    """
)

# Words before a given name that make it something else: "the Will", "from Jordan".
DETERMINERS = _words("the a an this these those my our your his her their its every each")
PLACE_WORDS = _words(
    """
    in from to at near outside of via into visiting visited across around through toward
    towards back flew moved
    """
)
PLACE_NOUNS = _words(
    """
    village town hamlet city suburb township parish island estate community county district
    area neighbourhood neighborhood
    """
)
UNIT_WORDS = _words(
    "icu ed a&e er nicu picu hdu ccu ward unit department clinic hospital hospice practice lab"
)

# Lower-case words that are not a name after "my client": "my client was", "her son never".
COMMON_WORDS = _words(
    """
    couldn wouldn shouldn didn doesn isn wasn weren hasn haven hadn aren mustn needn won
    was is are were be been being had has have having did does do done will would can could
    shall should may might must who whom whose which that what when where why how and or but
    nor so yet for because if then than though although while as at by from in into of off on
    onto out over to too up with about after again against all also always am an any anyway
    around away back before behind below beside besides between both came come comes could
    didn't each early else even ever every finally first for got gets get go goes gone going
    gave give gives had hardly her here herself him himself his it its itself just kept keeps
    knew know knows last late later left let lets made make makes me more most much my myself
    never new next no nobody none not nothing now often once one only other our out own quite
    ran rang really said saw say says see seemed seems she sent sat slept soon still stood
    such sure take takes than that the their them themself themselves there these they this
    those thought through today told took tried under until upon us very wanted went what
    whether which who why with without woke wrote yesterday you your became become becomes
    began begin begins brought bought broke felt fell found heard held kept lost met paid
    put read ran rode sang sank shook spoke spent stole swore taught threw understood wore won
    ate drank drove flew forgot forgave grew hid hit hurt let lay led lent meant quit rose
    sought sold shut sang sat slid spun stuck struck swam swung tore wept wound cried died
    lied tried fried spied caught bought fought sought brought
    """
)

# Capitalised words that start or end a title, street or facility, and month names for dates.
TITLES = _words(
    """
    Mrs Mr Ms Miss Mx Dr Prof Professor Nurse Sister Matron Sir Dame Father Fr Rev Reverend
    Pastor Rabbi Imam Judge Officer Coach Auntie Aunt Uncle Grandma Grandpa Granny Nana
    Señora Señor Senora Senor Madame Monsieur Herr Frau Madam Mdm Ma'am Ma’am Mang Aling
    Baba Mama Mzee Aunty Tita Tito Lola Lolo Tanty Gogo Nanny Mme Mlle Ate Kuya Alhaji Alhaja
    Encik Puan Cik Tuan Haji Hajah Datuk Dato Nain Taid Oom Tannie Nonna Nonno Abuela Abuelo
    Babcia Dziadek Lieutenant Lt Sergeant Sgt Captain Capt Corporal Constable Bi Bibi Bw Bwana
    Koro Kui Matua
    """
)
# Street types, and the second word of a small place ("Harlan Springs", "Tallabri Creek").
STREETS = _words(
    """
    Street Road Avenue Lane Drive Close Crescent Terrace Boulevard Mews Gardens Wynd Brae
    Vennel Quay Creek Springs Falls Flats Crossing Junction Hollow Row Nagar Layout Colony
    Parish County Township Trace Village Beach Farm Downs Fold Corners Sideroad Rd Ave Ln Blvd
    Hwy Cres Tce Mawatha
    """
)
# Words that start a facility's name: "Scoil Naomh Éanna", "Ysbyty Aberderwen".
FACILITIES_FIRST = _words("Scoil Gaelscoil Coláiste Ysbyty Ysgol Meddygfa Ospedale Klinik Ward")
# Street words that are also ordinary words: a street only after a house number ("22
# Hawthorn Mount").
NUMBERED_STREETS = _words(
    "Mount Rise Grove View Walk Green Way Place Court Park Hill Square Parade"
)
FACILITIES = _words(
    """
    Hospital Clinic Infirmary Centre Center Surgery Practice Hospice School Academy College Complex
    University Home Unit Ward Prison House Lodge Wing Elementary Primary General Memorial Villa
    CAMHS Pharmacy Nursery Institute Dental Maternity Physiotherapy Physio Dentistry
    Chiropractic Optometry Osteopathy Podiatry Secondary High Intermediate Regional Medical
    Private
    """
)
MONTHS = _words(
    """
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    """
)
PLACE_PREFIXES = _words(
    "Little Great Upper Lower Old Port Fort Mount Castle King's Kings Long Market Nether"
    " Jalan Taman Calle Kampung Barangay Lorong Rua Avenida Ħal Pentre Cwm Blk"
)

ROYAL_NOT_HOSPITALS = _words(
    "Navy Mail Air Force Family Society Marines Academy College Institution Commission Mint Opera"
)

# What the writer is told for each kind of finding.
MESSAGES = {
    "name": "This looks like a person's name. Use a role instead, like “{role}”.",
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


# Issue 14: words around a capitalised word that make it a name or a place.
# Greetings and sign-offs before a name: "Hi Jo,", "Sorry Tash if...", "Cheers Marcus".
GREETINGS = _words(
    "hi hey hiya hello dear yo morning evening afternoon thanks cheers sorry bye ta ora namaste"
    " salaam shalom hola"
)
# Before a place: "in Bramley", "from Ballyfermot", "covering Hebden Bridge".
PLACE_PREPOSITIONS = _words("in from near outside covering around towards past")
# Places too big to narrow anything down, hospital shorthand and medicines, besides NOT_NAMES:
# "in Ontario", "from Paeds", "from Zoloft to Lexapro".
NOT_PLACES = _words(
    """
    Ontario Quebec Alberta Manitoba Saskatchewan Nova Scotia Brunswick Newfoundland Yukon
    Queensland Victoria Tasmania Perth Brisbane Adelaide Darwin Canberra Auckland Wellington
    Christchurch Mumbai Delhi Bangalore Bengaluru Chennai Kolkata Hyderabad Kerala Punjab
    Johannesburg Cape Town Durban Pretoria Sheffield Newcastle Nottingham Leicester Coventry
    Bradford Southampton Plymouth Aberdeen Dundee Swansea Oxford Cambridge York Brighton
    Norwich Exeter Hull Derby Wolverhampton Sunderland Reading Cork Galway Limerick Baltimore
    Portland Nashville Memphis Austin Sacramento Minneapolis Cleveland Pittsburgh Cincinnati
    Orlando Tampa Vegas Honolulu Anchorage Midlands Yorkshire Lancashire Cornwall Devon Kent
    Essex Surrey Sussex Cumbria Highlands Ulster Munster Leinster Connacht Midwest Appalachia
    Wales Scotland Ireland Europe Africa Asia America Australia Canada Zealand India Singapore
    Dubai Hong Kong Manila Nairobi Accra Lagos Karachi Lahore Dhaka Colombo Kathmandu Berlin
    Madrid Rome Lisbon Amsterdam Brussels Vienna Warsaw Prague Budapest Athens Stockholm Oslo
    Copenhagen Helsinki Zurich Geneva Munich Hamburg Milan Barcelona Beijing Shanghai Tokyo
    Seoul Bangkok Jakarta Cairo Toronto Montreal Ottawa Calgary Edmonton Winnipeg Halifax
    Paeds Peds Obs Gynae Neuro Ortho Ortho's Urology Cardio Renal Resp Gastro Derm Rheum
    Haem Onc Psych Endo Geri Gen Surg Med Medicine Surgery Theatre Theatres ICU Rehab Physio
    Training University Uni College School Church Work Home Bed Bay Recovery Labour Delivery
    Tesco Asda Sainsbury's Boots Walmart Costco Target Starbucks Aldi Lidl McDonald's Amazon
    Spanish French English German Polish Urdu Hindi Punjabi Arabic Portuguese Italian
    Doppler Holter Foley Guedel Hickman Venflon
    North South East West Northern Southern Eastern Western Central Greater British Territory
    Columbia Southland Waikato Otago Canterbury Northland Taranaki Manawatu Gisborne Nelson
    Marlborough Westland Tasman Hamilton Dunedin Tauranga Napier Hobart Geelong Wollongong Cairns
    Townsville Gujarat Maharashtra Karnataka Tamil Bengal Rajasthan Bihar Assam Goa Gauteng
    Natal Limpopo Sydney Melbourne Suburban Rural Valleys Borders Outback Mindanao Luzon
    Visayas Metro
    Zoloft Lexapro Celexa Paxil Effexor Wellbutrin Abilify Seroquel Risperdal Lamictal
    Depakote Adderall Ritalin Concerta Vyvanse Klonopin Ambien Lasix Coumadin Eliquis Xarelto
    Lantus Humalog Humulin Novorapid Tazocin Augmentin Keppra Sinemet Oramorph Oxynorm
    Zopiclone Clexane Lovenox Dilaudid Percocet Norco Suboxone Methadone Buprenorphine
    """
)
# Words that are not a person's name either, where a name is looked for after a label, before
# an age or in a signature; big places are left out of these, since many name people too
# ("Tama", "Sari").
NOT_NAMES_OR_PLACES = NOT_PLACES
# and every big city, country, state and region (generated: bench/make_big_places.py)
NOT_PLACES = NOT_PLACES | BIG_PLACES
# "the Okafors" names a family; "the Larches" names a home; these plurals name neither.
NOT_FAMILIES = _words(
    """
    Samaritans Midlands Highlands Lowlands Netherlands Philippines Bahamas Maldives Alps Andes
    Valleys Lakes Downs Moors Wolds Broads Kimberleys Grampians Territories Prairies
    Olympics Paralympics Beatles Simpsons Avengers Tories Feds Commons Lords Nationals Royals
    Marines Scouts Guides Brownies Cubs Friends Borders Hebrides Pennines Cotswolds Dales Fens
    Rockies Everglades Americas Rangers Celtics Lakers Yankees Giants Eagles Saints Sharks
    Obs Meds Notes Nurses Doctors Paeds Peds Physios Regs Juniors Seniors Consultants Rules
    Minors Majors Resus Theatres Outpatients Admissions Communications Estates Services Days
    Nights Weekends Holidays Gardens Samaritan's Teams Sats Vitals Labs Bloods Results Guidelines
    Adults Children Parents Carers Residents Patients Clients Families Wards Units
    """
)
# Plurals of trees and the like name care homes and houses: "the Larches", "the Beeches".
HOME_WORDS = _words(
    """
    larch beech willow oak pine elm cedar maple laurel poplar birch hawthorn rowan cherry lime
    fir holly gable meadow orchard paddock spinney elder chestnut sycamore yew ash hazel heather
    cypress magnolia acacia lilac briar conifer tree
    """
)

# The role a name message suggests: the one the story itself uses, so a nurse is not told to
# write "my client". The first of these in the text wins; a name after a colleague's title
# ("Dr Chen", "Sister Okafor") is "a colleague".
ROLE_SUGGESTIONS = [
    ("client", "my client"),
    ("service user", "the service user"),
    ("resident", "the resident"),
    ("pupil", "the pupil"),
    ("patient", "the patient"),
    ("pt", "the patient"),
    ("baby", "the baby"),
    ("child", "the child"),
]
COLLEAGUE_TITLES = _words("Dr Dr. Prof Prof. Professor Nurse Sister Matron")
