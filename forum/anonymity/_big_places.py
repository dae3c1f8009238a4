"""One-word names of big places (cities of 300,000 people or more, countries, states,
provinces, regions, counties), written by bench/make_big_places.py from GeoNames (CC BY
4.0) and ISO 3166-2; do not edit by hand."""

_NAMES = """
    Abeokuta Aberdeen Aberdeenshire Abia Abidjan Abobo Abra Abruzzo Abuja Abyan Accra Aceh
    Adachi Adamaoua Adamawa Adan Adana Aden Afar Afghanistan Agadir Agartala Agder Agege Agra
    Aguascalientes Ahafo Ahal Ahilyanagar Ahmedabad Ahvaz Aichi Aihara Aimeliik Airai Ajegunle
    Ajman Ajmer Akashi Akita Akkar Aklan Akola Akowonjo Aksaray Aktobe Akure Alabama Alagoas
    Alanya Alaska Alava Albania Albay Alberta Alborz Albuquerque Aleppo Alexandria Alger Algeria
    Algiers Alibori Alicante Aligarh Alimosho Almaty Alwar Alīgarh Amagasaki Amambay Amapa Amapá
    Amazonas Ambato Ambattur Ambon Amman Amravati Amritsar Amsterdam Anaheim Anambra Ananindeua
    Anapolis Ancash Andhra Andijon Andorra Angaur Angeles Angola Anguilla Ankang Ankara Annaba
    Annobon Anqing Anqiu Ansaba Ansabā Anshan Anshun Antakya Antalya Antananarivo Antarctica
    Antigua Antioquia Antipolo Antique Antofagasta Antwerp Antwerpen Anyang Anzoategui
    Anzoátegui Anápolis Apayao Apure Apurimac Apurímac Aqsu Aracaju Aragacotn Aragon Aragua
    Aragón Arak Arbil Arbīl Ardabil Ardabīl Arequipa Argentina Arges Argeș Arhangay Arifwala
    Arizona Arkansas Arkhangelsk Arlington Armenia Artibonite Aruba Arunachal Arunāchal Arusha
    Arāk Asahikawa Asansol Ashanti Ashgabat Asmara Assaba Assam Assiut Astana Astrakhan Asturias
    Asuncion Asunción Aswan Aswān Asyut Asyūţ Atacama Atacora Atasehir Ataşehir Athens Atlanta
    Atlantico Atlantida Atlantique Atlántico Atlántida Attapu Attiki Attikí Auckland Augsburg
    Aurangabad Aurora Australia Austria Austurland Avadi Avellaneda Awasa Awdal Ayeyarwady
    Azcapotzalco Azerbaijan Azuay Babil Bacolod Bacoor Badakhshan Badakhshān Badghis Bafoussam
    Bagclar Baghdad Baghdād Bagmati Bahamas Bahawalpur Bahcelievler Bahia Bahrain Bahçelievler
    Baicheng Baise Bakersfield Bakool Baku Balbala Bale Balikpapan Balkan Ballari Balochistan
    Baltimore Balé Bamako Bamenda Banaadir Banan Bandarban Bandung Bangkok Bangladesh Bangui
    Banjarmasin Bannu Banqiao Banten Banwa Baoding Baoji Baoruco Baoshan Baotou Barahona Baranya
    Barbados Barbuda Barcelona Barddhaman Barddhamān Bareilly Bari Barinas Baringo Barnaul
    Barquisimeto Barranquilla Barueri Basilan Basilicata Basrah Basuo Bataan Batam Batanes Batha
    Batikent Batman Battagram Bauchi Bauru Bawshar Bayelsa Bayern Bayrut Bayrūt Bazega Bazhong
    Bazèga Bağcılar Beian Beihai Beijing Beira Beirut Bekasi Belagavi Belarus Belem Belfast
    Belgium Belgorod Belgrade Belize Bello Belém Bengaluru Bengbu Benghazi Bengkulu Bengo
    Benguela Benguet Benin Benoni Benue Benxi Berlin Bermuda Betim Beylikduzu Beylikdüzü
    Bhagalpur Bharatpur Bhatara Bhatpara Bhavnagar Bhawana Bhayandar Bhilai Bhilwara Bhiwandi
    Bhopal Bhubaneswar Bhutan Bhāgalpur Bhātpāra Bida Bielefeld Bihar Bihor Bihār Bijie Bikaner
    Bilaspur Bilbao Bilimora Biliran Bilāspur Bimbo Binan Binzhou Biobio Biobío Biombo
    Birkenhead Birmingham Bishkek Bissau Bizkaia Biñan Blantyre Blida Bloemfontein Blumenau
    Bochum Boffa Bogor Bogota Bogotá Bohol Bokaro Bokeo Boksburg Bokèo Bokāro Bolikhamxai
    Bolivar Bolivia Bologna Bolívar Bomet Bomi Bong Bonn Bono Boqueron Boquerón Borama Borgou
    Borivli Borkou Borno Bosnia Boston Botosani Botoșani Botshabelo Botswana Bouake Bouaké
    Bouenza Bougainville Bougouriba Bouira Boulemane Boulgou Boulkiemde Boulkiemdé Boumerdes
    Boumerdès Boyaca Boyacá Bozhou Bradford Brahmapur Brakna Brakpan Brampton Brandenburg
    Brasilia Brasov Brasília Bratislava Brazil Brazzaville Brașov Bremen Brent Brest Brisbane
    Bristol Brno Bromley Brunei Brussels Bryansk Bucaramanga Bucharest Buckinghamshire Buda
    Budapest Budta Buenaventura Bujumbura Bukavu Bukidnon Bulawayo Bulgaria Bunamwaya Bunia
    Buraydah Burewala Burgenland Bursa Burundi Bururi Busan Bushehr Butuan Buxoro Bydgoszcz
    Bābil Bādghīs Bāndarban Būshehr Cabanas Cabanatuan Cabañas Cabimas Cabinda Cabuyao Cacheu
    Cadiz Cagayan Cairo Cakaudrove Calabar Calabria Calamba Calarasi Calderdale Calgary Cali
    California Callao Caloocan Calumbo Camaguey Camagüey Camama Camayenne Cambodia
    Cambridgeshire Cameroon Camiguin Campania Campinas Canada Canar Canarias Canberra Cancun
    Cancún Cangzhou Canillo Canindeyu Canindeyú Cankaya Cankuzo Canoas Cantabria Capiz Caqueta
    Caquetá Carabobo Caracas Carapicuiba Carapicuíba Carazo Carchi Cardiff Cariacica Carrefour
    Cartagena Caruaru Casablanca Casanare Cascades Castellon Castellón Catanduanes Catania Cauca
    Caucaia Cavan Cavite Cazenga Cañar Ceara Ceará Cebu Celaya Central Centrale Centre Chaco
    Champasak Chanda Chandigarh Chandīgarh Changchun Changde Changning Changsha Changshu
    Changwon Changyi Changzhi Changzhou Chaoyang Chaozhou Chattogram Cheboksary Chelyabinsk
    Chengde Chengdu Chennai Chenzhou Cheonan Cherepovets Cheshire Chhattisgarh Chhattīsgarh
    Chiapas Chiayi Chiba Chicago Chiclayo Chifeng Chihuahua Chile Chimborazo Chimbote Chimbu
    Chimoio Chin China Chiniot Chinju Chipata Chiriqui Chiriquí Chisinau Chita Chitungwiza
    Chizhou Choco Chocó Choiseul Choluteca Chongjin Chongming Chongqing Chongzuo Chontales
    Christchurch Chubut Chunian Chuquisaca Chuuk Chuxiong Chuy Chuzhou Chüy Chānda Cibinong
    Cilegon Cimahi Cincinnati Cirebon Cixi Clackmannanshire Clarendon Cleveland Cluj Coast
    Coatzacoalcos Cochabamba Cocle Coclé Coimbatore Cojedes Collines Colombia Colombo Colorado
    Columbus Comilla Comoe Comoros Comoé Conakry Connaught Connecticut Constanta Constantine
    Constanţa Constanța Contagem Conwy Copan Copenhagen Copperbelt Copán Cordillera Cordoba
    Corrientes Cortes Cortés Cotabato Cotonou Cotopaxi Couffo Covasna Coventry Coyoacan Coyoacán
    Croatia Cuauhtemoc Cuauhtémoc Cuba Cucuta Cuenca Cuernavaca Cuiaba Cuiabá Cuito Culiacan
    Culiacán Cumana Cumaná Cumbria Cundinamarca Cunene Curacao Curaçao Curitiba Cuscatlan
    Cuscatlán Cusco Cuttack Cuvette Cuíto Cyprus Czechia Cádiz Córdoba Cúcuta Călărași Dachang
    Daegu Daejeon Dahuk Dahūk Dakar Dalaba Dalian Dallas Daloa Damanhur Damascus Dambovita
    Damietta Dammam Dandong Daqing Darien Darién Darnytsya Dasmarinas Dasmariñas Datong
    Davangere Davao Daxinganling Daye Daykundi Dayrah Dazhou Dehradun Delaware Delhi Delmas
    Denizli Denmark Denpasar Denver Depok Derbyshire Desna Detroit Deyang Dezhou Dhaka Dhanbad
    Dharavi Dhule Dhārāvi Diadema Diber Dibër Diepsloot Dihok Dimashq Dingxi Diyala Diyarbakr
    Diyarbakır Diyālá Djanet Djibloho Djibouti Dnipro Dniprovskyi Dodoma Doha Dolj Dolnoslaskie
    Dolnośląskie Dombivali Dominica Donegal Donetsk Donga Dongguan Dongying Dornod Dornogovi
    Dornogovĭ Dorset Dortmund Douala Drenthe Dresden Dubai Dubayy Dublin Duisburg Dumai Dumyat
    Dumyāţ Dundee Dundgovi Dundgovĭ Durban Durgapur Dushanbe Dusseldorf Dzavhan Dâmbovița
    Düsseldorf Dāykundī Ealing East Eastern Ebonyi Ecuador Edinburgh Edmonton Edogawe Egypt
    Ehime Ekiti Elazg Elazığ Eldoret Emalahleni Encamp Enga England Enriquillo Ensenada Enugu
    Equateur Erbil Eritrea Erode Erongo Erzurum Esenler Esenyurt Esfahan Eskisehir Eskişehir
    Eslamshahr Esna Espaillat Espoo Essen Estonia Estuaire Eswatini Ethiopia Etobicoke Evaton
    Extremadura Ezhou Eşfahān Faisalabad Falcon Falcón Fargona Faridabad Fars Faryab Farāh Fatih
    Fejer Fejér Fenghuang Fengshan Fengxiang Fife Figuig Fiji Finland Firozabad Flevoland
    Florianopolis Florianópolis Florida Fortaleza Foshan Franca France Free Freetown Fresno
    Fryslan Fryslân Fujisawa Fukui Fukuoka Fukuyama Fushun Futuna Fuxin Fuyang Fuzhou Fārs
    Fāryāb Fīrozābād Gabon Galapagos Galati Galați Galguduud Galápagos Gambia Gandaki Ganja
    Ganzhou Ganzourgou Gaomi Gaoual Gatineau Gauteng Gaya Gaza Gaziantep Gazipur Gbarpolu Gboko
    Gdansk Gdańsk Gedaref Gedo Geita Gelderland Genoa Germany Gezira Ghana Ghaziabad Ghazni
    Ghaznī Ghor Ghāziābād Ghōr Gibraltar Gifu Gilan Gipuzkoa Giza Glasgow Gloucestershire Gnagna
    Goiania Goiânia Golfe Goma Gombe Gonder Gorakhpur Gorgol Gorj Gothenburg Gourma Gqeberha
    Grajau Grajaú GrandeAnse Granma Graz Greece Greenland Grenada Grenadines Guadalajara
    Guadalcanal Guadeloupe Guainia Guainía Guaira Guairá Guam Guanacaste Guangan Guangyuan
    Guangzhou Guankou Guarico Guaruja Guarujá Guarulhos Guatemala Guaviare Guayaquil Guayas
    Guediawaye Guekedou Guera Guernsey Guerrero Guidimaka Guigang Guilin Guimaras Guinea Guiyang
    Gujangbagh Gujarat Gujarāt Gujranwala Gujrat Gulf Guli Gumi Gundupalaiyam Gundupālaiyam
    Gunma Guntur Guria Gurugram Guwahati Guyana Guyuan Guárico Guédiawaye Guékédou Guéra Gwalior
    Gwangju Gwangmyeong Gwynedd Gīlān Hachioji Hachiōji Hackney Hadramawt Hafizabad Haikou
    Hainaut Haiphong Haiti Halab Halifax Halton Hamadan Hamadān Hamah Hamamatsu Hamburg Hamhung
    Hamhŭng Hamilton Hamkyeongnamto Hamkyeongpukto Hampshire Handan Hangzhou Hannover Hanoi
    Hanzhong Harare Harbin Hardap Hargeysa Harghita Haringey Harjumaa Haryana Haryāna Hatay
    Hathazari Hatohobei Havana Havering Hawaii Hebi Hechi Hechuan Hefei Hegang Hela Helmand
    Helsinki Hengshui Hengyang Hentiy Herat Herefordshire Hermosillo Herrera Hertfordshire
    Herzegovina Herāt Heshan Hessen Heves Heyuan Heze Hezhou Hhohho Higashiosaka Higuamo Hiiraan
    Hiiumaa Hillingdon Himachal Himeji Hims Himāchal Hirakata Hiroshima Hisar Hlaingthaya
    Hofuborgarsvi Hohhot Hokkaido Holguin Holguín Homs Honcho Honchō Honduras Hongkou Honolulu
    Hormozgan Hormozgān Houaphan Houet Houston Hovd Hovedstaden Hovsgol Howrah Hrodna Hsinchu
    Huaibei Huaihua Huainan Hualien Huambo Huancayo Huanggang Huangpu Huangshan Huangshi
    Hubballi Huila Huizhou Huludao Hulunbuir Hungary Hungnam Huocheng Huzhou Huíla Hwanghainamto
    Hwanghaipukto Hyderabad Hyogo Höfuðborgarsvæði Hövsgöl Hāthazāri Hŭngnam Ialomita Ialomița
    Iasi Iaşi Iași Ibadan Ibague Ibagué Iceland Ichikawa Ichinomiya Idaho Ifugao Ikare Ikeja
    Iksan Ilesa Ilfov Iligan Illinois Illizi Iloilo Ilorin Imbabura Imereti Imus Incheon Inchiri
    Independencia India Indiana Indianapolis Indonesia Indore Innlandet Intibuca Intibucá
    Inverclyde Ioba Iowa Ipeiros Ipoh Iquitos Iran Irapuato Iraq Irbid Ireland Irkutsk Iseyin
    Isfahan Islamabad Islington Ismailia Istanbul Itabashi Italy Itapua Itapúa Itaquaquecetuba
    Ituri Ivanovo Iwaki Iwate Ixtapaluca Izabal Izhevsk Izmir Iztacalco Iztapalapa Jabalpur
    Jacksonville Jaipur Jajmau Jakangto Jakarta Jalandhar Jalgaon Jalisco Jamaica Jambi Jammu
    Jamnagar Jamshedpur Japan Jarvamaa Jayapura Jazan Jeddah Jeju Jenin Jeonju Jepara Jersey
    Jerusalem Jhansi Jharkhand Jhānsi Jhārkhand Jiading Jiamusi Jiangmen Jiangyin Jianshui
    Jiaojiang Jiaozhou Jiaozuo Jiaxing Jieyang Jigawa Jijiga Jilin Jinan Jincheng Jingan
    Jingdezhen Jingmen Jingzhou Jinhua Jining Jinjiang Jinshan Jinzhong Jinzhou Jiujiang Jiuquan
    Jiwaka Jixi Jizhou Jodhpur Jogevamaa Johannesburg Johor Joinville Jonglei Jowzjan Jowzjān
    Juba Jujuy Junagadh Jundiai Jundiaí Järvamaa Jõgevamaa Jājmau Jāzān Jūnāgadh Kabul Kachin
    Kadapa Kadavu Kadiogo Kaduna Kaeb Kaechon Kaesong Kaesŏng Kafrul Kagawa Kagera Kagoshima
    Kahama Kahramanmaras Kahramanmaraş Kaifeng Kainuu Kakamega Kakinada Kalaburagi Kalemyo
    Kalinga Kaliningrad Kalininskiy Kallakurichi Kaluga Kalyan Kalyān Kamarhati Kampala Kanagawa
    Kananga Kanayannur Kanazawa Kandaal Kandahar Kandahār Kanem Kangweonto Kano Kanpur Kansas
    Kaohsiung Kapisa Karabaglar Karabağlar Karachi Karagandy Karaj Karawang Karbala Karnal
    Karnali Karnataka Karnten Karnāl Karnātaka Karsyaka Karuzi Karşıyaka Kasai Kasaï Kashan
    Kashgar Kashiwa Kassala Kasugai Kasur Katavi Kathmandu Katsina Katsushika Kavango Kawagoe
    Kawaguchi Kawasaki Kayah Kayangel Kayin Kayseri Kazakhstan Kazan Kebbi Kebili Kedah Kediri
    Keelung Kelantan Kemerovo Kendari Kenedougou Kenitra Kennedy Kentucky Kenya Kerala Kerman
    Kermanshah Kermān Kermānshāh Khabarovsk Khammouan Kharkiv Khartoum Khatlon Khemisset
    Khenifra Khomas Khorramabad Khorramshahr Khulna Khuzestan Khémisset Khénifra Khūzestān
    Kigali Kikolo Kikuyu Kikwit Kildare Kilimanjaro Kimhae Kingston Kinmen Kinshasa Kira
    Kiribati Kirinyaga Kirklees Kirkuk Kirkūk Kirov Kisangani Kisumu Kita Kitakyushu Kitwe
    Kluang Knowsley Kobe Kocaeli Kochi Kogi Kolhapur Kolhāpur Kolkata Kollam Koln Kolwezi
    Komondjari Konak Kongo Konya Korba Kordestan Kordestān Korhogo Koriyama Korla Koror Koshi
    Koshigaya Kosovo Kosrae Kossi Kosti Kota Koto Kotō Koubia Kouilou Koulpelogo Koulpélogo
    Koumassi Kouritenga Kourweogo Kourwéogo Kowloon Kozhikode Kracheh Krakow Kraków Krasnodar
    Krasnogvargeisky Krasnoyarsk Kriti Krugersdorp Kríti Kuantan Kuching Kucukcekmece Kukatpally
    Kulti Kumamoto Kumasi Kunar Kunaṟ Kunene Kunming Kunshan Kupang Kurashiki Kurgan Kurnool
    Kursk Kurume Kuwait Kwango Kwara Kwilu Kyiv Kymenlaakso Kyoto Kyrgyzstan Kyzylorda Kärnten
    Kébili Kénitra Kénédougou Köln Küçükçekmece Kābul Kākināda Kāmārhāti Kāpīsā Kāshān Kōriyama
    Laanemaa Ladakh Ladākh Laghman Laghmān Lagos Lahore Laibin Laikipia Laiwu Laixi Lakes
    Lakshadweep Lambeth Lampung Lancashire Langfang Lanzhou Laois Laos Lappi Larkana Latakia
    Latur Latvia Laval Lavalleja Lazio Lebanon Lebap Leeds Leicester Leicestershire Leinster
    Leipzig Leitrim Lekki Lekoumou Lelouma Lempira Leraba Leshan Lesotho Leste Lewisham
    Lexington Leyte Lhoka Lianshan Lianyungang Liaocheng Liaoyang Liberia Libreville Libya
    Liechtenstein Lienchiang Liguria Likasi Likouala Lilongwe Lima Limburg Limpopo Lincang
    Lincolnshire Linfen Linyi Lipetsk Lisbon Lishui Lithuania Littoral Liupanshui Liuzhou
    Liverpool Lobaye Lobito Lofa Logar Lomaiviti Lomami Lombardia Lome Lomé London Londrina
    Longford Longshan Longyan Loni Lorestan Lorestān Lori Loroum Louangphabang Loudi Louisiana
    Louisville Loṙi Lualaba Luan Luancheng Luanda Luapula Lubango Lubelskie Lublin Lubombo
    Lubumbashi Lubuskie Lucknow Ludhiana Luhansk Luliang Lumbini Luohe Luoyang Lusaka Luxembourg
    Luxor Luzhou Lviv Lyon Läänemaa Lékoumou Lélouma Léraba Lüliang Lōgar Maan Maanshan Macao
    Macapa Macapá Macau Maceio Maceió Machida Macuata Madagascar Madhesh Madhya Madinah Madrid
    Madriz Madurai Maebashi Magallanes Magnitogorsk Maharashtra Maheshtala Mahilyow Mahārāshtra
    Maianga Maiduguri Maine Maipu Maipú Makamba Makassar Makati Makhachkala Makiyivka Makkah
    Makueni Makurdi Malabon Malacca Malaga Malaita Malampa Malang Malange Malanje Malatya Malawi
    Malaysia Maldives Malegaon Mali Malingao Malmo Malmö Malta Maltepe Maluku Manabi Manabí
    Manado Managua Manaus Manchester Mandalay Mandaluyong Mandaue Mandoul Mangaluru Manhattan
    Manicaland Maniema Manila Manipur Manitoba Manizales Mannheim Mansilingan Mantova Manukau
    Manus Manyara Maoming Maopolskie Maputo Mara Maracaibo Maracay Maradi Maramures Maramureș
    Maranhao Maranhão Marche Mardan Margibi Marib Marikina Marinduque Maringa Maringá Markazi
    Markazī Markham Maroua Marrakech Marrakesh Marseille Martinique Maryland Masan Maseru
    Mashhad Mashonaland Masina Masqat Masqaţ Massachusetts Matabeleland Matadi Mataram Mathura
    Matola Matruh Matsudo Matsuyama Maturin Maturín Maua Maule Mauritania Mauritius Mauá
    Mawlamyine Mayabeque Mayo Mayotte Maysan Maysān Mazandaran Mazatlan Mazatlán Mazowieckie
    Małopolskie Maţrūḩ Mbandaka Mbeya Mbomou Meath Medan Medellin Medellín Medenine Mediouna
    Medway Meerut Meghalaya Meghālaya Mehedinti Mehedinți Meishan Meizhou Meknes Meknès Melaka
    Melbourne Melekeok Memphis Menaka Mengzi Merida Mersin Merton Mesa Meta Mexicali Mexico
    Miami Mianyang Michigan Micronesia Midlands Midtjylland Milwaukee Minato Mingora Minhang
    Minna Minneapolis Minnesota Minsk Miquelon Miri Misiones Misratah Mississauga Mississippi
    Missouri Mixco Miyagi Miyazaki Mizoram Mogadishu Mohammadpur Moldova Molise Mombasa Monaco
    Monagas Monaghan Mongala Mongolia Mono Monrovia Montana Montenegro Monteria Monterrey
    Montería Montevideo Montreal Montréal Montserrado Montserrat Moradabad Moray Morazan Morazán
    Morelia Morelos Morobe Morocco Morogoro Morādābād Moscow Mosul Mouhoun Mountain Moxico
    Mozambique Muar Muchinga Mudanjiang Mudug Mukalla Mulenvos Multan Mumbai Munich Munster
    Muntinlupa Muramvya Muratpasa Muratpaşa Murcia Mures Mureș Musandam Muscat Muyinga
    Muzaffarabad Muzaffarnagar Muzaffarpur Muzaffarābād Mwanza Mwaro Myanmar Mykolayiv Mysuru
    Málaga Médenine Médiouna Ménaka Mérida México Münster Māzandarān Naama Nagaland Nagano
    Nagasaki Nagoya Nagpur Naha Nahouri Nairobi Naitasiri Najaf Najafgarh Najran Najrān Nakano
    Nakuru Namangan Namentenga Namibe Namibia Namosi Nampo Nampula Nanchang Nanchong Nanded
    Nandi Nangarhar Nangarhār Nanjing Nanning Nanping Nanqiao Nansana Nantes Nantong Nanyang
    Naples Napo Narela Narino Nariño Nashik Nashville Nasiriyah Natal Natore Nauru Navarra
    Nawabshah Nayala Nayarit Nazret Nazrēt Ndola Neamt Neamț Nebraska Neembucu Neijiang Neiva
    Nellore Nepal Nevada Nevis Newcastle Newham Ngaraard Ngarchelong Ngardmau Ngatpang Ngchesar
    Ngeremlengui Ngiwal Ngounie Ngounié Niamey Niari Niassa Nicaragua Nice Niederosterreich
    Niedersachsen Niederösterreich Niger Nigeria Niigata Nilufer Nilüfer Nimba Nimroz Ninawa
    Ningbo Ningde Nishinomiya Niteroi Niterói Niuas Niue Nizamabad Nizāmābād Nograd Nonthaburi
    Nord Nordjylland Nordland Norte North Northern Northland Northumberland Norway Nottingham
    Nottinghamshire Nouaceur Nouakchott Noumbiel Novokuznetsk Novosibirsk Nowrangapur Nuble
    Nugaal Nukus Nunavut Nuremberg Nuristan Nyala Nyandarua Nyanga Nógrád Nāgāland Nīmrōz Nīnawá
    Nūristān Oakland Obalende Oberosterreich Oberösterreich Ocotepeque Odesa Odisha Offaly
    Ogbomoso Ogun Ohangwena Ohio Oita Okara Okayama Okazaki Okene Oklahoma Olancho Olinda Omaha
    Omaheke Oman Omdurman Omnogovi Omsk Omusati Ondo Onitsha Opolskie Oral Oran Ordino Ordos
    Oregon Orel Orellana Orenburg Orhon Orlando Oromia Orumiyeh Orël Orūmīyeh Osaka Osasco
    Oshana Oshikoto Oslo Osogbo Osun Otago Otjozondjupa Otsu Ottawa Ouaddai Ouaddaï Ouagadougou
    Ouaka Oubritenga Oudalan Oudomxai Oudômxai Oueme Ouest Ouham Oujda Ouémé Overijssel
    Ovorhangay Owerri Oxfordshire Ozama Padang Padova Pahang Pakistan Paktika Paktiya Paktiyā
    Paktīkā Palangkaraya Palau Palawan Palembang Palermo Palestinian Pallabi Palma Palmas
    Palmira Palu Pampanga Panama Panamá Pangasinan Panihati Panjin Panjshayr Panshan Panzhihua
    Papua Para Paraguari Paraguarí Paraguay Paraiba Paranaque Paraíba Parbhani Parnumaa Parwan
    Parwān Pará Pasay Pasig Passore Passoré Pastaza Pasto Patiala Patiāla Patna Paulista
    Pavlodar Pedernales Pekalongan Pekanbaru Peleliu Pelentong Peloponnisos Pelopónnisos Pelotas
    Pemba Penama Penghu Pengze Pennsylvania Penza Perak Peravia Percut Pereira Perlis Perm
    Pernambuco Perth Peru Peshawar Pest Petare Peten Petionville Petrolina Petén Phangnga
    Philadelphia Philippines Phoenix Phongsali Phyeongannamto Phyeonganpukto Phôngsali Piaui
    Piauí Pichincha Piemonte Pietermaritzburg Pikine Pimpri Pingdingshan Pingdu Pingliang
    Pingtung Pingxiang Piracicaba Pirkanmaa Pitcairn Pittsburgh Piura Pizhou Plateau Plateaux
    Plovdiv Podkarpackie Podlaskie Pohang Pohjanmaa Pohnpei Pokhara Poland Polvamaa Pomorskie
    Poni Pontianak Pool Popayan Popayán Portland Portoviejo Portugal Portuguesa Posadas Pousaat
    Powys Poznan Poznań Prague Prahova Prayagraj Preston Pretoria Principe Pristina Príncipe
    Pucallpa Puchong Pudong Puducherry Puebla Puglia Punasa Pune Puning Punjab Punāsa Putian
    Putumayo Putuo Puxi Puyang Pyeongtaek Pyongyang Pärnumaa Pénama Pétionville Põlvamaa
    Pānihāti Qalqilya Qashqadaryo Qatar Qazvin Qazvīn Qina Qingdao Qingpu Qingyang Qingyuan
    Qinhuangdao Qinzhou Qinā Qionghai Qiqihar Qitaihe Qods Quanzhou Quebec Queens Queensland
    Quelimane Queretaro Querétaro Quetta Quezon Quiche Quiché Quinara Quindio Quindío Quirino
    Quito Qujing Quzhou Québec Rabat Rafah Raipur Rajamahendravaram Rajasthan Rajkot Rajshahi
    Rakhine Raleigh Ramgundam Ramiros Ranchi Randburg Rangpur Raplamaa Rasapudipalem
    Rasapūdipalem Rasht Rawalpindi Raymah Reading Recife Redbridge Rehamna Renfrewshire Reunion
    Reynosa Riau Riga Risaralda Rivers Riverside Riyadh Rizhao Rogaland Rohini Rohtak Romania
    Rome Rondonia Rondônia Roodepoort Roraima Roscommon Rosetta Rotterdam Ruian Ruiru Rukwa
    Russia Rustenburg Rutana Ruvuma Ruyigi Rwanda Ryangkangto Ryazan Rājasthān Rājkot Rāmgundam
    Saaremaa Saarland Saba Sabah Sabaragamuwa Sacatepequez Sacatepéquez Sachsen Sacramento Sadah
    Sadr Safi Sagamihara Saharanpur Sahel Sahiwal Sahāranpur Saitama Sakai Sakarya Salaj Salamat
    Salavan Sale Salem Salfit Salta Saltillo Saltivka Salvador Salé Samana Samangan Samangān
    Samaná Samara Samarinda Samarkand Samarqand Samba Samburu Samoa Samsun Sanaa Sanaag Sanandaj
    Sancaktepe Sandakan Sandwell Sangha Sangli Sanguie Sanguié Sanhe Sankuru Sanlurfa Sanma
    Sanmatenga Sanmenxia Sanming Santos Sanya Sapele Sapporo Sarajevo Sarangani Saransk Saratov
    Sarawak Sardegna Sargodha Saskatchewan Satakunta Saurimo Savanes Savannakhet Savannakhét
    Scotland Seattle Seeb Sefton Sejong Selangor Selenge Semarang Semnan Semnān Sendai Senegal
    Seno Seoul Serang Serbia Serekunda Seremban Sergipe Serra Serua Setagaya Setapak Sevastopol
    Sevilla Seychelles Shabwah Shahjanpur Shahriar Shahrīār Shan Shanghai Shangluo Shangqiu
    Shangrao Shangyu Shantou Shanwei Shaoguan Shaoxing Shaoyang Sharjah Shefa Sheffield
    Shekhupura Shenyang Shenzhen Shibganj Shiga Shihezi Shijiazhuang Shimane Shinagawa Shinjuku
    Shiqi Shiraz Shiselweni Shivamogga Shiyan Shizuishan Shizuoka Sholapur Shouguang Shropshire
    Shuangyashan Shuozhou Shyamnagar Shymkent Shéfa Shāhjānpur Sialkot Sicilia Sidama Sikasso
    Sikkim Sila Siliguri Simferopol Simiyu Sinaloa Sindh Singapore Sinjhoro Sinoe Siparia Siping
    Siquijor Sirak Sisli Sissili Situbondo Sjlland Sjælland Skopje Slaskie Slovakia Slovenia
    Smolensk Soacha Sochi Sofala Sokoto Soledad Solwezi Somali Somalia Somogy Songjiang Songwe
    Sonora Sonsorol Sool Soriano Sorocaba Soshanguve Soum Sourou South Southern Southland
    Southwark Soweto Soyapango Spain Srinagar Staffordshire Stavropol Steiermark Stockholm
    Stockton Stuttgart Suchitepequez Suchitepéquez Sucumbios Sucumbíos Sudan Sudurpashchim Suez
    Sughd Suginami Suhaj Suining Suita Suizhou Sukabumi Sukkur Sulaymaniyah Sultanah Sultanbeyli
    Sultangazi Sulu Sulţānah Sumbawanga Sumgayit Sunchon Suqian Surabaya Surakarta Surat Surgut
    Suriname Surrey Surxondaryo Suurland Suurnes Suwon Suzano Suzhou Suðurland Suðurnes Svalbard
    Swansea Sweden Swietokrzyskie Switzerland Syddanmark Syria Szczecin Séno Sāngli Sălaj Sūhāj
    Taakaev Tabasco Tabora Tabriz Tabuk Tabūk Tachira Tadjourah Tafea Taféa Tagant Taguig Taian
    Taicang Taichung Taif Tailevu Tainan Taipei Taiwan Taiyuan Taiz Taizhou Taizz Tajikistan
    Takamatsu Takasaki Takatsuki Takeo Takhar Takhār Takoradi Talatona Tallinn Tamale
    Tamanrasset Tamaulipas Tameside Tampa Tampico Tandjile Tandjilé Tanga Tanganyika Tangerang
    Tanggu Tangier Tangshan Tanintharyi Tanta Tantou Tanzania Tanzhou Taoudenit Taoudénit
    Taoyuan Tapachula Tapoa Taraba Taranaki Tarapaca Tarapacá Taraz Tarlac Taroudannt Tarsus
    Tartumaa Tartus Tashkent Tasikmalaya Tasman Tasmania Taubate Taubaté Tavus Tavuš Tawau
    Tbilisi Tegucigalpa Tehran Tehrān Telangana Telangāna Teleorman Temara Temotu Teni Tennessee
    Tepic Terengganu Teresina Tete Tetouan Texas Thailand Thane Thembisa Thessalia Thessaloniki
    Thessaloníki Thessalía Thies Thiruvananthapuram Thiès Thoothukudi Thrissur Thuringen
    Thurrock Thüringen Thāne Tianjin Tianshui Tibesti Tieling Tigrai Tijuana Timis Timiș Tipaza
    Tipperary Tirana Tirane Tiranë Tirol Tiruchirappalli Tirunelveli Tiruppur Tlahuac
    Tlalnepantla Tlalpan Tlaquepaque Tláhuac Toamasina Tobago Togdheer Togo Tokelau Tokorozawa
    Tokyo Tolima Tolna Toluca Tolyatti Tombali Tombouctou Tomsk Tonala Tonalá Tonga Tongatapu
    Tongchuan Tonghua Tongling Tongshan Torba Torbay Toronto Torreon Torreón Toscana Toshima
    Toshkent Tottori Touba Toulouse Toyama Toyohashi Toyonaka Toyota Trafford Trarza Trelawny
    Trinidad Tripoli Tripura Trndelag Trujillo Trøndelag Tshikapa Tshopo Tshuapa Tubas Tucson
    Tucuman Tucumán Tula Tulkarm Tulsa Tumkur Tumkūr Tungi Tungurahua Tunis Tunisia Turin
    Turkana Turkey Turkmenistan Turks Turmero Tuvalu Tuxtla Tver Tyumen Táchira Tétouan Tāʻizz
    Uberaba Uberlandia Uberlândia Ucayali Udaipur Uganda Uige Ujjain Ukraine Ulanqab Ulhasnagar
    Ulsan Ulster Ulyanovsk Umbria Umraniye Umuahia Unity Upper Uruguay Urumqi Uruzgan Uruzgān
    Usak Uskudar Utah Utrecht Utsunomiya Uttar Uttarakhand Uttarākhand Uusimaa Uvira Uzbekistan
    Uíge Uşak Vadodara Vakaga Valcea Valdesia Valencia Valenzuela Valgamaa Valladolid Valle
    Valledupar Vancouver Vanuatu Varanasi Varna Vatican Vaughan Vaupes Vaupés Vellore Veneto
    Venezuela Veracruz Veraguas Vereeniging Vermont Vestfirir Vestfirðir Vestland Vesturland
    Viana Viangchan Vichada Vienna Vientiane Vietnam Vihiga Vijayapura Vijayawada Viken
    Viljandimaa Villahermosa Villavicencio Vilnius Vinnytsya Virar Virār Visakhapatnam Vitebsk
    Vitoria Vitória Vladikavkaz Vladivostok Volgograd Vologda Volta Volzhsky Vorarlberg Voronezh
    Vorumaa Vrancea Vâlcea Võrumaa Wafangdian Waikato Wakayama Wallis Wandsbek Wandsworth
    Wanning Wanxian Wanzhou Warangal Wardak Warder Warrap Warri Warsaw Warwickshire Washington
    Wasit Weifang Weihai Weinan Welkom Wellington Wenchang Wenshan Wenzhou West Western
    Westmeath Westmoreland Wichita Wicklow Wielkopolskie Wien Wiltshire Windhoek Winejok
    Winnipeg Wirral Wisconsin Wonju Wonsan Worcestershire Wrocaw Wrocław Wuhan Wuhu Wuppertal
    Wuwei Wuxi Wuzhong Wuzhou Wyoming Wāsiţ Wŏnju Wŏnsan Xaignabouli Xaisomboun Xaisômboun
    Xekong Xiamen Xian Xiangkhouang Xiangtan Xiangyang Xianning Xianyang Xiaogan Xichang Xico
    Xilinhot Xingtai Xingyi Xining Xinxiang Xinyang Xinyi Xinyu Xinzhou Xochimilco Xorazm
    Xuancheng Xuanhua Xuchang Xuhui Xuzhou Xékong Yagha Yanan Yancheng Yangjiang Yangon Yangpu
    Yangquan Yangsan Yangshuo Yangzhou Yanji Yantai Yaounde Yaoundé Yaracuy Yaroslavl Yatenga
    Yazd Yekaterinburg Yemen Yenagoa Yerevan Yibin Yichang Yichun Yinchuan Yingkou Yiwu Yixing
    Yobe Yogyakarta Yokkaichi Yokohama Yokosuka Yola Yomou Yongji Yongzhou Yucatan Yucatán
    Yueyang Yulin Yuncheng Yunfu Yunlin Yunlong Yunusobod Zabul Zachodniopomorskie Zagazig
    Zagreb Zahedan Zaire Zala Zambales Zambezia Zambia Zamboanga Zambézia Zamfara Zanjan Zanjān
    Zanzibar Zaozhuang Zapopan Zaporizhzhya Zaragoza Zaria Zarqa Zeeland Zhabei Zhangjiagang
    Zhangjiajie Zhangjiakou Zhangye Zhangzhou Zhanjiang Zhaoqing Zhaotong Zhengzhou Zhenjiang
    Zhongshan Zhongwei Zhoukou Zhoushan Zhucheng Zhuhai Zhumadian Zhuzhou Zibo Zigong Zimbabwe
    Zinder Ziro Ziyang Zondoma Zoundweogo Zoundwéogo Zufar Zulia Zunyi Zurich Zürich Zābul Álava
    Çankaya Équateur Ípeiros Ñeembucú Ñuble Ömnögovĭ Övörhangay Ürümqi Üsküdar Āsansol İstanbul
    İzmir Łódzkie Łódź Ōita Ōtsu Śląskie Świętokrzyskie Şanlıurfa Şişli Şāʻdah Širak Ţarţūs
    Ḩalab Ḩamāh Ḩaḑramawt Ḩimş
"""
BIG_PLACES = frozenset(_NAMES.split())
# Cities of 100,000 to 300,000 people and capitals: a place standing alone only.
_CITIES = """
    Aachen Aalborg Abadan Abaetetuba Abakaliki Abakan Abbotsford Abbottabad Abeche Abengourou
    Abha Abiko Abilene Abnub Abnūb Abohar Abomey Abéché Acailandia Acarigua Achalpur Acheng
    Achinsk Adamstown Adapazar Adapazarı Adigrat Adilabad Adiwerna Admiralteisky Adoni Adyaman
    Adıyaman Afyonkarahisar Agadez Ageo Ahar Ahmadpur Aihui Airoli Aizawl Ajapnyak Ajax Ajdabiya
    Ajlun Akademicheskoe Akhmim Akhmīm Akishima Akron Aktau Alagoinhas Alamar Alandur Alappuzha
    Alasia Albacete Albany Alberton Alchevsk Alcobendas Alcorcon Alcorcón Aley Algeciras
    Alhambra Aliayabiagba Allentown Almendares Almeria Almería Almetyevsk Alofi Altamira Altona
    Alvorada Amadora Amaigbo Amanfrom Amarapura Amaravati Amarillo Amasya Ambala Ambarnath
    Ambikapur Ambikāpur Ambur Ambāla Americana Amersfoort Amherst Amiens Amol Ampang Amreli
    Amroha Anaco Anantapur Anantnag Anbu Anchorage Anda Anderlecht Andimeshk Andisheh Andong
    Andīmeshk Andīsheh Angarsk Angers Angoche Angono Angren Anjo Anjō Anliu Anning Antioch
    Antsirabe Antsiranana Anyama Aomori Apalit Apatzingan Apatzingán Apeldoorn Apia Apopa
    Apucarana Arabi Arabkir Aracatuba Arad Araguaina Araguari Araguaína Arakawa Arapiraca
    Arapongas Arar Araraquara Araras Araruama Araucaria Araucária Araure Araxa Araxá Araçatuba
    Arcahaie Archway Arezzo Arganzuela Argenteuil Arhus Arica Arish Arjawinangun Arlit Armavir
    Arnavutkoy Arnavutköy Arnhem Arrah Arsuz Artem Artux Artëm Arvada Aryanah Arzamas Arīsh
    Asaka Asela Ashaiman Ashdod Ashikaga Ashkelon Ashmun Ashmūn Ashuganj Assis Astanajapura
    Astoria Atani Atbara Athlone Atibaia Atsiaman Atsugi Attock Atyrau Aurangābād Avarua
    Avtozavodskyi Awka Ayacucho Aydn Aydın Azamgarh Azare Açailândia Ağrı Babol Bacabal Bacau
    Bachuan Bacău Badajoz Badalona Bade Badin Badlapur Bagaha Bagalkot Bagerhat Baghlan Baghlān
    Bago Baguio Bahadurgarh Baharampur Baharestan Baharkah Bahawalnagar Bahraigh Bahārestān
    Baidoa Baidyabati Baidyabāti Baisha Baishan Baiyin Bakwa Balakovo Balashikha Balasore Bali
    Baliuag Balkesir Balkh Ballarat Balombo Balsas Balti Balurghat Balvanera Balıkesir Bama
    Banda Bandrma Bandundu Bandırma Baneh Banfora Bangaon Banha Banhā Banjar Banjaran Banjarbaru
    Banjul Bankura Bansbaria Banswara Banyuwangi Baqubah Barakaldo Baraki Barakpur Baran
    Baranagar Baranovichi Barasat Barbacena Barcarena Bariadi Baripada Baripāda Barishal Barking
    Barnala Barnāla Barrancabermeja Barreiras Barretos Barrie Barshi Baruta Barysaw Basaksehir
    Basel Bashan Basildon Basingstoke Basirhat Basseterre Basti Bastī Bata Batala Batang
    Batangas Bataysk Bath Bathinda Batna Battambang Batu Batumi Baturaja Batāla Baubau Bayambang
    Bayamo Bayamon Bayamón Bayawan Bayji Bayjī Bayugan Başakşehir Baḥarkah Beaumont Beawar
    Bechar Becontree Bedford Beed Beersheba Begoua Begusarai Behbahan Behbahān Beibei Beiliu
    Beining Beipiao Bejaia Belawan Belgrano Bellevue Belmopan Bemowo Bender Bendigo Benfica Beni
    Beppu Berazategui Berbera Berberati Berbérati Bercham Berdyansk Berezniki Bergamo Bergedorf
    Bergen Berkane Berkeley Bern Berrechid Bertoua Besancon Besançon Bettiah Betul Betūl Bexley
    Beāwar Bhadrak Bhadravati Bhadreswar Bhadrāvati Bhakkar Bharuch Bharūch Bhetia Bhimavaram
    Bhind Bhisho Bhiwadi Bhiwani Bhiwāni Bhuj Bhusawal Biaoeka Biaystok Białołeka Białystok
    Bibirevo Bidar Bielany Bilbeis Billings Bilqas Bilqās Bima Binangonan Bingol Bingöl Binjai
    Bintulu Biratnagar Birendranagar Birganj Birgañj Birigui Birjand Biryulevo Biryulëvo Bishan
    Bishoftu Biskra Bitung Biysk Bizerte Blackburn Blackpool Blagoveshchensk Blitar Bobruysk
    Bocoio Bogorodskoye Bogra Bohuniya Boise Bojnurd Bojnūrd Bokhtar Bole Bolton Bolu Bolzano
    Boma Bondoukou Bonon Bontang Borazjan Bordeaux Borshchahivka Borujerd Borāzjān Borūjerd
    Boshan Botad Bottrop Botucatu Bouafle Bouaflé Boulder Bournemouth Bouskoura Boyeros Braga
    Braganca Bragança Brahmanbaria Braila Brantford Brasilandia Brateyevo Bratsk Braunschweig
    Braşov Breda Bremerhaven Brescia Breves Bridgeport Bridgetown Brighton Brits Brovary
    Brownsville Brugge Brusque Brāhmanbāria Brăila Budaun Buea Buenavista Buffalo Buguma Buhe
    Bukama Bukan Bukhara Bukittinggi Bukoba Bulandshahr Bulaon Bumba Bunda Bundi Bunkyo Burari
    Burayu Burbank Burgas Burgos Burhanpur Burhānpur Burlington Burnaby Burnley Burāri Bush
    Bushwick Butanta Butembo Butterworth Butwal Butwāl Buxar Buyukcekmece Buzau Buzău Bytom
    Béchar Bégoua Béjaïa Büyükçekmece Bābol Bāli Bālurghāt Bānda Bāneh Bānkura Bānsbāria
    Bānswāra Bārākpur Bārān Bārāsat Bălţi Bīrjand Būkān Būndi Būsh Caala Cabudare Cabudwaaq
    Cacak Cachoeirinha Cacuaco Caen Cagliari Cagua Caieiras Cainta Cairns Cajamarca Calabozo
    Calama Calasiao Calumpit Camacari Camaragibe Camaçari Cambe Cambridge Cambé Cameta Cametá
    Campeche Canakkale Candelaria Cangaiba Capas Capiata Capiatá Carabanchel Caraguatatuba
    Carletonville Carlsbad Carmona Carnot Carora Carrollton Cartago Carupano Cary Carúpano
    Cascavel Castanhal Castelar Castries Catacamas Catalao Catalão Catamarca Catanduva
    Catbalogan Catchiungo Caxias Cayenne Caála Ceilandia Ceilândia Centennial Centralniy
    Centurion Cerro Chakwal Chakwama Chalco Chalus Chaman Chamartin Chamartín Chamberi Chamberí
    Chandannagar Chandler Chandpur Chanduasi Changhua Changji Changle Changyuan Changzheng
    Chaohu Chapeco Chapecó Chapra Charallave Charleroi Charleston Charlottenburg Charsadda Chas
    Chattanooga Chatuchak Chelmsford Cheltenham Chemnitz Chenggu Chenghua Chengqiao Chengtangcun
    Chengzhong Cheras Cheremushki Cheremushky Cherkasy Cherkessk Chernihiv Chernivtsi
    Cherëmushki Chesapeake Chesterfield Chetumal Chhatarpur Chhindwara Chhindwāra Chia
    Chichawatni Chichicastenango Chico Chicoloapan Chigasaki Chikmagalur Chikmagalūr Chikusei
    Chilakalurupet Chilakalūrupet Chilanzar Chililabombwe Chillan Chilliwack Chillán
    Chilpancingo Chinandega Chinatown Chinautla Chingola Chiquimula Chirchiq Chirmiri Chishtian
    Chitato Chitradurga Chittoor Chittorgarh Chlef Chofu Choloma Cholula Chongfu Chorzow Chorzów
    Chumakivskyi Chuncheon Chunga Chungju Chuo Churu Chust Chía Chóngfú Chālūs Chāndpur Chāpra
    Chōfu Chūru Chūō Ciamis Ciampea Cianjur Cienfuegos Cigli Cikampek Cikarang Cikupa Cilacap
    Cileungsir Cileunyi Ciputat Citeureup Cizre Clarksville Clearwater Clovis Coacalco
    Coatepeque Coban Cobán Codo Codó Coimbra Colatina Colchester Colima Colina Columbia Comitan
    Comitán Commonwealth Concepcion Concepción Concord Concordia Copacabana Copiapo Copiapó
    Coquimbo Coquitlam Cork Corlu Coro Corona Coronel Corum Cotia Craiova Crato Crawley Criciuma
    Criciúma Croydon Cuautitlan Cuautitlán Cuautla Cubatao Cubatão Cuddalore Curico Curicó
    Cursino Curug Cypress Czestochowa Częstochowa Dabou Dadu Dagenham Dagupan Daito Daitō Dajal
    Dakhla Dali Daliang Dalupura Daly Dalūpura Damoh Danli Danlí Danshui Daoukro Darbhanga
    Darjiling Darmstadt Darnah Dartmouth Darwin Dasha Dasoguz Datia Datun Daule Daur Davenport
    Davie Dawei Dawukou Daxing Dayrut Dayrūţ Dayton Daşoguz Debrecen Deesa Dehui Delicias Delta
    Dengzhou Denton Deoghar Deoli Deoria Derbent Derby Derince Desnyanskyi Dessalines Dessie
    Dewas Dezful Dhamar Dhamtari Dhamār Dhangadhi Dharan Dharashiv Dharmavaram Dharān Dhaulpur
    Dhirkot Dibrugarh Didao Digos Digri Dijon Dikirnis Dila Dili Dimapur Dimitrovgrad Dimāpur
    Dinaig Dinajpur Dinapore Dindigul Dingzhou Diourbel Disuq Disūq Divinopolis Divinópolis Divo
    Dixinn Djelfa Dohad Doilungdeqen Doilungdêqên Dokri Dolisie Donaustadt Doncaster Donghae
    Donghai Dongling Dongtai Dongyang Dordrecht Dorud Dorūd Dosquebradas Douliu Dourados Downey
    Drammen Dubreka Dubréka Dudley Duekoue Duekoué Duma Dumaguete Dundo Dunedin Dunhua Dunhuang
    Durg Durham Durres Durrës Dusit Duyun Duzce Dzerzhinsk Düzce Dārjiling Dīla Dūmā Eastbourne
    Ebetsu Ebina Ebolowa Edea Edirne Edison Edéa Eimsbuttel Eimsbüttel Eindhoven Eixample Ejido
    Ejigbo Ekibastuz Elbasan Elblag Elbląg Elche Elektrostal Elgin Elista Elmhurst Eluru
    Eminabad Encheng Engels Enschede Enshi Entebbe Enterprise Envigado Epworth Erebuni Eregli
    Ereğli Erfurt Erlangen Ermelo Errachidia Erzincan Escondido Escuintla Esmeraldas Etah Etawah
    Etwatwa Etāwah Eunapolis Eunápolis Evansville Exeter Ezeiza Facatativa Facatativá Fairfield
    Fangchenggang Fanling Faqus Fardis Fardīs Fargo Faridpur Farrukhabad Farrukhābād Farīdpur
    Fatehpur Favoriten Fayetteville Fendou Fengcheng Fergana Ferrara Fianarantsoa Firozpur
    Florencia Floridablanca Floridsdorf Foggia Fontana Fontanar Forli Forlì Formosa Fortechnyi
    Foumban Franceville Francistown Freiburg Fremont Fresnillo Friedrichshain Frisco Fuan Fuchu
    Fuchū Fuding Fuencarral Fuenlabrada Fujairah Fuji Fujieda Fujimino Fujinomiya Fukayacho
    Fukayachō Fukushima Fuling Fullerton Funafuti Funchal Funtua Funza Furth Fuyu Fyzabad
    Fyzābād Fürth Fāqūs Gabela Gabes Gaborone Gabès Gadag Gagnoa Gainesville Gajuwaka Galaţi
    Gama Gandajika Gandhidham Gandhinagar Gangapur Gangavati Gangneung Gangtok Gangāpur Gaojing
    Gaoping Gaozhou Gapan Garanhuns Gardez Garissa Garland Garut Gashua Gbongan Gdynia Gebze
    Geelong Gejiu Gelsenkirchen Gemena Geneva Gent Geoje Georgetown Gera Gereida Germiston
    Getafe Geylang Ghardaia Ghardaïa Ghazipur Ghazīpur Ghotki Ghulja Gijang Gijon Gijón Gilgit
    Gillingham Gimcheon Gingoog Ginowan Girardot Giresun Girga Giridih Giron Girona Girón
    Gisenyi Gitega Glazov Glendale Gliwice Gloucester Godhra Godome Godomè Gojra Gokalpur Golbas
    Golestan Golestān Golyanovo Gonda Gondal Gondia Gondiā Gondā Gongheyong Gongzhuling Gorgan
    Gorgān Gorontalo Gottingen Gracia Granada Gravatai Gravataí Gravesend Greeley Greensboro
    Grenoble Gresham Grogol Groningen Grozny Grytviken Gràcia Guacara Guaianases Guanabacoa
    Guanare Guangshui Guantanamo Guantánamo Guara Guarapari Guarapuava Guaratingueta
    Guaratinguetá Guarenas Guará Guatire Gucun Gudivada Gudivāda Guelma Guelmim Guelph Guiguinto
    Guixi Gulin Gulu Guna Gunan Gunpo Gunsan Guntakal Gunungsitoli Gurue Gurúè Gusau Gustavia
    Guyong Gwangyang Gweru Gyanpur Gyeongju Gyor Gyumri Gyānpur Győr Gölbaşı Göttingen
    Gāndhīdhām Haarlem Habikino Habra Hachinohe Hadano Hadejia Haeju Hagatna Hagen Hagonoy
    Haicheng Haifa Hailar Hailin Hailun Haimen Hajipur Hakodate Haldia Haldwani Halisahar Halwan
    Hami Hamm Hammamet Hammanskraal Hampton Hanam Handa Handeni Hanfeng Hangu Hanjia Hanumangarh
    Hanumāngarh Hapur Harar Harburg Hardoi Hardoī Haridwar Harlem Harrow Hartford Harunabad
    Hashtsal Hashtsāl Hasilpur Hathras Hatsukaichi Hawalli Hayward Hazaribagh Hazāribāgh Hebron
    Hedong Heidelberg Heihe Heilbronn Hejiang Helsingborg Henderson Hengshan Hepo Hepu Herne
    Hetauda Hialeah Higashihiroshima Higashikurume Higashimurayama Hikone Hildesheim Hillsboro
    Himamaylan Hindaun Hindupur Hinganghat Hinganghāt Hino Hinthada Hiratsuka Hirnytskyi
    Hirosaki Hitachi Hobart Hofu Hoima Hollywood Holon Honggang Honiara Honmachi Hoofddorp
    Horlivka Hortaleza Hortolandia Hortolândia Hosaina Hosapete Hoshiarpur Hoshiārpur Hosur
    Hosūr Huacheng Huadian Huangzhou Huanuco Huaraz Huayin Huddersfield Huelva Hugli Huicheng
    Huinong Huixing Huixquilucan Hulan Humen Huntsville Hurghada Huánuco Hwado Hyesan Hābra
    Hājīpur Hālīsahar Hāpur Hāthras Hōfu Ibanda Ibaraki Ibarra Ibirite Ibirité Ibri Ichalkaranji
    Ichihara Ichinoseki Idku Idkū Idlib Ifakara Igarassu Igboho Igdr Iguatemi Iida Iizuka Ijok
    Ikeda Ikire Ikirun Ikoma Ilagan Ilam Ilebo Ilford Ilheus Ilhéus Ilobu Imabari Imperatriz
    Imphal Inazawa Indaiatuba Independence Indramayu Inegol Inezgane Inglewood Ingolstadt
    Ingombota Inisa Inkisi Innsbruck Insein International Inzai Ipatinga Ipiranga Ipojuca
    Ipswich Iquique Irakleion Iranshahr Irewe Iriga Iringa Iruma Irvine Irving Irákleion Isahaya
    Isehara Isesaki Isfara Ishinomaki Isiro Iskenderun Isparta Istaravshan Isulan Itabaiana
    Itabira Itaborai Itaboraí Itabuna Itacoatiara Itaguai Itaguaí Itagui Itagüí Itaituba Itajai
    Itajaí Itami Itanhaem Itanhaém Itaperuna Itapetininga Itapevi Itapipoca Itaquera Itarsi
    Itatiba Ituiutaba Ituzaingo Ituzaingó Itārsi Ivanovskoye Iwakuni Iwata Iwatsuki Izeh
    Izmaylovo Izmit Izumi Izumisano Izumo Iğdır Jabalya Jabaquara Jabālyā Jacarei Jacareí Jacmel
    Jacobabad Jaen Jaffa Jaffna Jagadhri Jagdalpur Jagtial Jagtiāl Jagādhri Jahanabad Jahrom
    Jahānābād Jaigaon Jalalabad Jalapa Jalingo Jalna Jalpaiguri Jalpāiguri Jalālābād Jamalpur
    Jamestown Jampur Jamuria Jamālpur Janakpur Jandira Janzur Janzūr Japeri Jaragua Jaraguá
    Jaranwala Jatai Jataí Jauharabad Jaunpur Jaén Jember Jena Jeongeup Jequie Jequié Jessore
    Jetpur Jhelum Jhunjhunun Jhunjhunūn Jiagedaqi Jianchang Jiangyou Jiaohe Jiashan Jiawang
    Jiayuguan Jiazi Jieshi Jieshou Jijel Jijiang Jimeta Jimma Jinchang Jind Jinfeng Jinghong
    Jingling Jingzhi Jinshanlu Jiroft Jishou Jishu Jiupu Jiutai Jiutepec Jiyuan Jizan Jizzax
    Joetsu Joliet Jolo Jombang Jomvu Jonkoping Jorhat Juazeiro Juja Juliaca Jurong Jutiapa
    Jyvaskyla Jyväskylä Jönköping Jālna Jāmuria Jīnd Jīroft Jōetsu Kabankalan Kabinda Kabwe
    Kadoma Kafue Kaili Kairouan Kaithal Kaiyuan Kajang Kajansi Kakamigahara Kakegawa Kalemie
    Kalisz Kallang Kallithea Kallithéa Kalmiuskyi Kalmunai Kalol Kalulushi Kalynivskyi Kamagaya
    Kamakura Kamalia Kamalshahr Kamina Kamirenjaku Kamloops Kamoke Kamsar Kamyanske Kamyshin
    Kamālshahr Kanchipuram Kanchrapara Kandy Kangding Kanggye Kangnyong Kangnyŏng Kangson
    Kangsŏn Kanhangad Kani Kankan Kanoya Kansk Kaolack Kapar Kara Karabuk Karabük Karaikkudi
    Karaman Karamay Karatsu Karawalnagar Kariega Karimnagar Kariya Karlsruhe Karnaphuli Karur
    Karuri Karāwalnagar Karīmnagar Kasama Kasangati Kasese Kashipur Kashiwara Kashmar Kassel
    Kastamonu Kasuga Kasukabe Kasulu Katabi Kati Katihar Katowice Katsuta Katumba Kaunas
    Kawanishi Kaya Kayes Kazerun Kazo Kecskemet Kecskemét Kedungwuni Kelar Kelowna Kembangan
    Kenema Kentron Kerch Khammam Khanaqin Khandwa Khanna Khanpur Kharagpur Khardah Khargone
    Kharian Khasavyurt Khasnahzan Khasnahzān Khenchela Khimki Khirdalan Khmelnytskyi Khobar
    Khouribga Khujand Khurja Khushab Khushāb Khuy Khuzdar Khwisero Khānaqīn Khūy Kiambu Kibaha
    Kiel Kielce Kigoma Kilamba Kilis Killeen Kimberley Kindia Kindrativskyi Kindu Kingstown
    Kipushi Kirdasah Kirdāsah Kirishima Kiryu Kiryū Kisaran Kisarazu Kiselevsk Kiselëvsk
    Kishanganj Kishangarh Kishiwada Kisi Kisii Kislovodsk Kismayo Kissidougou Kitale Kitami
    Kitchener Kitengela Klaipeda Klaipėda Klang Klaten Klerksdorp Klungkung Knoxville Koblenz
    Kodaira Koforidua Kofu Koga Koganei Kohat Koidu Kokshetau Kokubunji Kolar Kolda Kolomna
    Kolpino Kolār Komaki Komatsu Kombolcha Konibodom Konosu Koreatown Korolev Korolyov Koronadal
    Kosice Kostanay Kostroma Koszalin Kotamobagu Kotri Koudougou Kousseri Kousséri Koutiala
    Kovpakivskyi Kovrov Košice Kragujevac Kramatorsk Krefeld Kremenchuk Kresek Kreuzberg
    Krishnanagar Kristiansand Krkkale Kroonstad Kropyvnytskyi Krsehir Kufa Kukichuo Kukichūō
    Kulim Kulob Kumagaya Kumarapalayam Kumba Kumbakonam Kumbo Kunduz Kuningan Kunri Kuntsevo
    Kuopio Kure Kurichchi Kusatsu Kushinagar Kushiro Kushtia Kutahya Kutaisi Kuwana Kuzminki
    KwaDukuza Kwekwe Kyaukpyu Kyauktan Kyengera Kyimyindine Kyivskyi Kyzyl Kzltepe Kütahya
    Kānchrāpāra Kāraikkudi Kāshmar Kāzerūn Kırıkkale Kırşehir Kızıltepe Kōnosu Kŭlob Laayoune
    Labe Labé Ladysmith Lafayette Lafia Lafiagi Lagarto Lages Laghouat Lahan Lahijan Lahti Lahān
    Laiyang Laizhou Lajeado Lakeland Lakewood Lakhimpur Lakhīmpur Lalitpur Lambare Lambaré Lampa
    Lampang Lancaster Lander Langley Langsa Lansing Lanus Lanús Laoag Laohekou Larache Laredo
    Larisa Lashio Lasnamae Lasnamäe Latacunga Latina Latkrabang Lausanne Lavras Lawang Layyah
    Lecheng Leeuwarden Leganes Leganés Legaspi Legnica Leiden Leiria Leiyang Lembang
    Lengshuijiang Leogane Lethbridge Leuven Leverkusen Levis Lewisville León Lhasa Lhokseumawe
    Lianghu Liangping Lianhe Lianjiang Liberec Libertad Licheng Lichinga Lichuan Lida Liege
    Lijiang Lille Limassol Limbe Limeira Limerick Limoges Limuru Linhares Linkoping Linköping
    Linqu Linshui Linxi Linz Lipa Lira Lisala Liuzhi Livingstone Livoberezhnyi Livorno Lizhi
    Liège Ljubljana Lleida Lodhran Logrono Logroño Loja Longfeng Longgang Longjiang Longjing
    Longling Longshui Longueuil Longyearbyen Louga Lowell Luanshya Lubbock Lubeck Lubuklinggau
    Lucapa Lucena Luena Lugazi Lumajang Luodian Luojiang Lusail Lushui Luton Lutsk Luziania
    Luziânia Lyubertsy Lyublino Lárisa Léogâne Lévis Lübeck Lāhījān Maastricht Maba Mabalacat
    Mabopane Macae Macaé Machala Macheng Machilipatnam Machilīpatnam Machiques Madanapalle
    Madhavaram Madhyamgram Madiun Magangue Magangué Magdeburg Mage Magelang Maghaghah Maghāghah
    Magé Mahabad Mahajanga Maharagama Mahbubnagar Mahbūbnagar Mahesana Mahesāna Mahābād Maicao
    Maidstone Maijdi Mailsi Mainz Mairipora Mairiporã Majie Majuro Makumbako Malabo Malakal
    Malambo Malappuram Malayer Malda Maldonado Male Malindi Malita Malkajgiri Mallawi Mallawī
    Malolos Malāyer Mamoudzou Manacapuru Manama Manas Mandaqui Mandera Mandimba Mandoli Mandsaur
    Mandurah Mandya Maneah Manfalut Manfalūţ Mangalagiri Mango Manisa Manjhand Manokwari Manpo
    Mansa Mansfield Manta Mantampay Mantilla Manzanillo Manzini Manéah Maraba Marabá Maracanau
    Maracanaú Maragheh Maramag Maran Marand Maranguape Marawi Marbella Marcory Mardin Margilon
    Marianao Mariara Marica Maricá Mariehamn Marienthal Marigot Marilia Marino Marituba Mariupol
    Marivan Mariveles Marka Martapura Marugame Marvdasht Maryvale Marzahn Marília Marāgheh
    Marīvān Masai Masaka Masaya Mascara Masindi Matagalpa Matanzas Mataro Mataró Mati Matsubara
    Matsue Matsumoto Matsusaka Matsuto Matsutō Matuga Maxixe Maykop Mazabuka Mazyr Mbabane Mbake
    Mbaké Mbale Mbarara Mbombela Mbour McAllen McKinney Mdantsane Meads Medea Medinipur
    Medinīpur Meguro Meiktila Mejicanos Melitopol Mendip Mendoza Mengmao Menongue Mentougou
    Merauke Merkezefendi Merlo Mesquite Messina Mestre Metairie Metro Metz Meycauayan
    Mezhdurechensk Miandoab Mianeh Mianwali Miass Middelburg Middlesbrough Midland Midsayap
    Milagro Milton Minamirinkan Minatitlan Minatitlán Mingachevir Mingaladon Mingshui Minoh
    Minya Miraflores Miramar Miryalaguda Mirzapur Mirzāpur Mishima Miskolc Mito Mitrovice
    Mitrovicë Mitte Mityana Miyakonojo Miyakonojō Mlolongo Moanda Mobile Mocuba Modakeke Modena
    Modesto Moers Moga Mohali Mohammedia Mojokerto Mokopane Mokotow Mokotów Mokpo
    Monchengladbach Monclova Mongu Montgomery Montpellier Montreuil Monywa Monza Mopti Moratalaz
    Moratuwa Morena Moreno Moriguchi Morioka Mormugao Moro Moroni Morvi Moshi Mosquera
    Mossamedes Mossoro Mossoró Mostaganem Mostar Mostoles Mothihari Mothīhāri Motijheel Moundou
    Mpanda Mpumalanga Mthatha Mtwara Mubende Mubi Mufulira Mukono Muktsar Mulheim Mulhouse
    Mulugu Munger Munuf Munūf Murfreesboro Muriae Muriaé Muricay Muridke Murmansk Murom Murrieta
    Murwara Murwāra Musaffah Musanze Musashino Mushin Musoma Mustafabad Mustafakemalpasa
    Mustafakemalpaşa Mustafābād Mutare Muzaffargarh Mwala Mwene Myeik Myingyan Mymensingh
    Mytishchi Mzuzu Médéa Móstoles Mönchengladbach Mülheim Mīāndoāb Mīāneh Nablus Nacala Nada
    Nadiad Nadiād Nador Naga Nagahama Nagaoka Nagaon Nagapattinam Nagareyama Nagarpur Nagaur
    Nagda Nagercoil Naihati Naihāti Naivasha Najafabad Najafābād Nakhodka Nalchik Nalgonda Namur
    Nanbin Nanchuan Nancun Nancy Nandurbar Nandyal Nandyāl Nanjin Nanpiao Nantou Naperville
    Narasaraopet Narashino Narayanganj Narita Narmadapuram Narowal Narsingdi Nasimshahr Nassau
    Nasushiobara Navadwip Navadwīp Navegantes Navoiy Navojoa Navotas Navsari Nawabganj Nawābganj
    Nazarabad Nazilli Nazran Neftekamsk Nefteyugansk Negara Negombo Nehe Neihu Neili Nekemte
    Nepalgunj Nepean Netanya Neukolln Neukölln Neuquen Neuquén Neuss Nevinnomyssk Newark Newport
    Newton Neyagawa Neyshabur Neyshābūr Neyveli Ngaoundere Ngaoundéré Ngong Nguru Nianbo Nicosia
    Niihama Niiza Nijmegen Nikopol Nilopolis Nilópolis Nimach Nimes Ninger Nippes Nishio
    Nizhnekamsk Nizhnevartovsk Njeru Nkayi Nkongsamba Nkpor Nnewi Nobeoka Noda Nogales Noginsk
    Noida Norfolk Norilsk Northampton Norwalk Norwich Norzagaray Nouadhibou Noumea Novara
    Novocheboksarsk Novocherkassk Novokuybyshevsk Novomoskovsk Novorossiysk Novotroitsk
    Novozavodskyi Noyabrsk Nsukka Ntuzuma Numazu Nunoa Nuuk Nyagatare Nyingchi Nyiregyhaza
    Nyzhnodniprovsk Nyíregyháza Nzega Nzerekore Nzérékoré Nîmes Nāgarpur Nāgaur Nāgercoil
    Oakville Oaxaca Oberhausen Obihiro Obninsk Obolon Obuase Ocana Ocaña Oceanside Odawara
    Odense Odessa Odintsovo Offa Offenbach Ogaki Okigwe Okinawa Okrika Oktyabrsky Olanchito
    Olathe Oldenburg Oldham Oleksandrivskyi Oleksiyivka Olmaliq Olongapo Olsztyn Omuta Ondjiva
    Ongole Onojo Onomichi Ontario Ooty Opole Oradea Orai Orange Oranjestad Ordu Orebro Orihuela
    Orizaba Orkney Orleans Orléans Ormoc Orsha Orsk Oruro Osaki Osan Oshawa Oshodi Oshu Osmaniye
    Osnabruck Osnabrück Osorno Ostrava Otaru Ottakring Ouahigouya Ouargla Oulu Ourense Ourinhos
    Oviedo Oxford Oxnard Oyama Paarl Pabna Padalarang Padangsidempuan Paderborn Padua Pagadian
    Pailou Pakdasht Pakokku Pakpattan Palakkad Palanpur Palhoca Palhoça Pali Palikir Pallavaram
    Pallāvaram Palmdale Palopo Paltan Palwal Pamanukan Pamplona Pamulang Panabo Panalanoy
    Panchkula Pandi Pangkalanbuun Pangkalpinang Panguila Panguíla Panipat Paniqui Panvel Papeete
    Paradise Paragominas Parakou Paramaribo Parana Paranagua Paranaguá Paraná Parauapebas Pardis
    Pardīs Pare Parelheiros Parepare Parintins Parla Parma Parnaiba Parnamirim Parnaíba Parsabad
    Parung Pasadena Pasarkemis Paseh Pasrur Passos Pasuruan Patan Paterson Pathankot Pathein
    Pathānkot Pati Patra Pattaya Pattoki Paulinia Paulínia Pavlohrad Payakumbuh Pearland
    Pechersk Pecs Pedreira Peicheng Pelabuhanratu Pemalang Pematangsiantar Penalolen Pengpu
    Peoria Perbaungan Perdizes Peristeri Peristéri Perling Perpignan Perugia Pervouralsk Pescara
    Petapa Peterborough Petrogradka Petropavl Petropolis Petrozavodsk Petrzalka Petrópolis
    Petržalka Peñalolén Pforzheim Phagwara Phagwāra Phalaborwa Philipsburg Phusro Piacenza
    Piedecuesta Pilibhit Pilsen Pindamonhangaba Pindiga Pinetown Pingshan Pingwu Pinhais Pinsk
    Piraeus Piranshahr Piraquara Pirituba Pisa Pitalito Pitesti Piteşti Pithampur Planaltina
    Plano Plaridel Pleiku Ploiesti Ploieşti Plumbon Plymouth Poblacion Pock Podgorica Podolsk
    Polokwane Poltava Pomona Ponce Ponnani Ponnāni Poole Porbandar Porlamar Portmore Porto
    Portsmouth Potchefstroom Potosi Potosí Potsdam Pozniaky Prabumulih Praia Prato Presnenskiy
    Prizren Probolinggo Proddatur Proddatūr Prokopyevsk Providence Provo Pskov Pudukkottai
    Pueblo Pulandian Pulilan Punggol Puno Puqi Puri Purnia Puruliya Purwakarta Purwodadi
    Purwokerto Pushkino Putatan Puthia Pyatigorsk Pyay Pyongsong Pátra Pécs Pābna Pākdasht
    Pālanpur Pāli Pārsābād Pātan Pīlibhīt Płock Qalyub Qarchak Qarshi Qeadize Qeładizê Qianjiang
    Qiaotou Qibao Qingnian Qingzhou Qoqon Quchan Queenstown Queimados Queluz Quetzaltenango
    Quevedo Quibdo Quibdó Quilicura Quillacollo Quilmes Quilpue Quilpué Qurayyat Quthbullapur
    Qūchān Rabak Radom Raebareli Rafaḩ Rafsanjan Rafsanjān Raichur Raiganj Raigarh Rajapalayam
    Ramadi Ramagundam Ramenki Rampur Rancagua Randfontein Ranebennur Rangamati Rangel
    Rangkasbitung Raniganj Ranipet Rantauprapat Ranyah Ratlam Ratlām Rawang Rawson Rayong
    Recklinghausen Regensburg Regina Rehovot Reims Relizane Remscheid Renca Rengasdengklok
    Rennes Reno Renton Resende Resistencia Retiro Reus Reutlingen Rewa Rewari Rewāri Reykjavik
    Reykjavík Reẖovot Rialto Richardson Richmond Rijeka Rimini Riobamba Riohacha Rionegro Rishra
    Rivne Rize Roanoke Robertsonpet Rochester Rockford Rodenkirchen Rodriguez Rondonopolis
    Rondonópolis Roorkee Rosarito Roseau Roseville Rostock Rotherham Rouen Rouiba Rourkela Roxas
    Rubtsovsk Rudnyy Rudrapur Rufisque Rugao Ruqi Ruse Russeifa Rustaq Rustavi Rutchenkivskyi
    Ryazanskiy Rybinsk Rybnik Rzeszow Rzeszów Rāichūr Rāiganj Rāmpur Rāniganj Rānipet Rānyah
    Rānīganj Saaba Saanich Saarbrucken Saarbrücken Sabadell Sabanalarga Sabara Sabará Sabha
    Sabya Sabzevar Sacaba Sacoma Sacomã Saddiqabad Saga Saguenay Saham Saharsa Saida Saidpur
    Saijo Saijō Saipan Sakado Sakakah Sakata Saki Salalah Salamanca Salaqi Salatiga Salavat
    Salerno Salford Salihli Salinas Salto Salzburg Salzgitter Samalut Samambaia Samandag
    Samandağ Samarra Sambalpur Sambhal Sambizanga Sambrial Sampit Samālūţ Sandacho Sandachō
    Sangju Sano Sanshui Santana Santander Santarem Santarém Santol Sanxia Sapopemba Saqqez
    Sarandi Sarh Sari Sasaram Sasarām Sasebo Saskatoon Sasolburg Satara Satkhira Satna Saugor
    Savar Saveh Sawangan Sayama Saïda Schaerbeek Schoneberg Schöneberg Scottsdale Sebeta
    Secunderabad Segou Seguela Sehore Sejoumi Sekondi Semey Sengerema Sennar Sentul Seogwipo
    Seoni Sepang Sepatan Serangoon Sergeli Serilingampalle Serpukhov Sertaozinho Sertãozinho
    Setif Seto Settat Setubal Setúbal Severnyy Severodvinsk Seversk Sfax Shabqadar Shache
    Shagamu Shahdadpur Shahecheng Shahkot Shahreza Shahreẕā Shahrisabz Shahrud Shahuwadi
    Shahzadpur Shajing Shakargarh Shakhty Shangzhi Shanhaiguan Shantipur Shaoshan Shaowu Shaping
    Shashamane Shchukino Shchyolkovo Shengavit Shenglilu Sherbrooke Sherpur Shevchenkivskyi
    Shevchenko Shibuya Shijie Shikarpur Shillong Shilong Shimla Shimonoseki Shimotoda Shinyanga
    Shiqiao Shivpuri Shomolu Shreveport Shrirampur Shrīrāmpur Shuangcheng Shuanglonghu Shuifu
    Shuizhai Shujaabad Shulin Shunan Shunyi Shushtar Shāhzādpur Shāntipur Shūnan Shūshtar Sibiu
    Sibu Sidoarjo Sidon Siegen Siguatepeque Siguiri Siheungdong Siirt Sikar Silang Silchar
    Silifke Silopi Simele Simmering Sinah Sincelejo Sinfra Singa Singaraja Singida Singkawang
    Singosari Singrauli Sinnuris Sinnūris Sinop Sinpo Sinuiju Sinŭiju Siracusa Sirajganj Sirjan
    Sirsa Sirte Sitapur Sitiawan Sittwe Sivakasi Sivas Siverek Siwan Siwān Skardu Skikda Skudai
    Slough Slovyansk Smolyanskyi Sobral Sodermalm Sodo Sogamoso Sohag Sohar Soka Sokode Sokodé
    Solihull Solikamsk Solingen Sollentuna Solntsevo Somaroboro Somerset Sonargaon Songcheng
    Songea Songnan Songyuan Sonipat Sonārgaon Sonīpat Soreang Sorong Sorriso Sorsogon Sosnowiec
    Soubre Soubré Sousse Southampton Soyibug Soyo Soyībug Split Spokane Springfield Springs
    Srikakulam Stamford Standerton Stavanger Sterlitamak Stockport Strasbourg Strogino Subang
    Subotica Subulussalam Sucre Suicheng Suihua Sujangarh Sujiatun Sukawati Sukrah Suleja
    Sullana Sultanpur Sultānpur Sumare Sumaré Sumayl Sumbe Sumedang Sumida Sumy Suncheon
    Sunderland Sungailiat Sunggal Sunnyvale Surendranagar Suriapet Suriāpet Surprise Suruc
    Surulere Suruç Sutton Suva Suwaylih Suzuka Swindon Sykhiv Syktyvkar Sylhet Syracuse Syzran
    Szeged Szekesfehervar Székesfehérvár Ségou Séguéla Sétif Södermalm Sātkhira Sāveh Sīkar
    Sīnah Sītāpur Sōka Sūjāngarh Tacheng Tachikawa Tacloban Tacna Tacoma Tacurong Tadepalligudem
    Tadpatri Taganrog Taganskiy Taguatinga Tahoua Tahta Taibai Taipa Taiping Taishan Taito
    Taitung Tajimi Tajura Takaoka Takarazuka Talca Talcahuano Taldykorgan Talhar Talisay Talkha
    Tallahassee Tama Tambacounda Tambaram Tambov Tampere Tandil Tangail Tanghe Tanjungbalai
    Tanza Taonan Taourirt Taozhou Tarakan Taranto Tarawa Targowek Targówek Tariba Tarija Tarime
    Tarnow Tarnów Tarragona Tatui Tatuí Taunggyi Taungoo Taunsa Tauranga Tayabas Taytay Taza
    Tebessa Tebingtinggi Tegal Tehuacan Tehuacán Tekirdag Tekirdağ Tekstilshchiki Telde Telford
    Teluknaga Tema Temecula Temirtau Tempe Temuco Tengyue Tepexpan Teresopolis Teresópolis
    Ternate Terni Ternopil Terrassa Terrebonne Teziutlan Thanesar Thanjavur Thaton Thenali Thika
    Thimphu Thohoyandou Thornton Thuqbah Thānesar Tianfu Tiaret Tiebo Tieli Tigwav Tilburg Tima
    Timika Timisoara Timişoara Timon Tinaquillo Tinsukia Tiraspol Tirmiz Tirupati Tiruvannamalai
    Tiruvottiyur Tiruvottiyūr Titagarh Titiwangsa Titāgarh Tivaouane Tiébo Tlemcen Tobolsk
    Tobruk Tochigi Tocoa Tokai Tokat Tokchon Tokoza Tokushima Tokuyama Toledo Toliara Tomakomai
    Tondabayashicho Tondabayashichō Tongchuanshi Tongliao Tongren Tongzhou Tonk Toowoomba Topeka
    Tordher Toride Torrance Torshavn Torun Toruń Totonicapan Totonicapán Tottenham Toufen
    Touggourt Toulon Tours Townsville Toyokawa Trabzon Trento Trier Trieste Trincomalee Trindade
    Trondheim Troparevo Troparëvo Tsaritsyno Tsentralnyi Tshilenge Tsuchiura Tsukuba Tsuruoka
    Tsuyama Tubarao Tubarão Tuguegarao Tulancingo Tulua Tuluá Tumxuk Tunduma Tungipara Tunja
    Turgutlu Turhal Turkistan Turkmenabat Turku Turpan Tuscaloosa Tuxtepec Tuzla Tychy Tyre
    Táriba Tébessa Türkmenabat Tōkai Udgir Udgīr Udine Udupi Ueda Ugep Ujpest Ukhta Ulaanbaatar
    Ulanhot Ullyul Uluberiya Umarkot Umea Umeå Umuarama Unaizah Ungaran Universal Unnao Unnāo
    Upata Uppsala Urasoe Urayasu Urdaneta Urganch Uromi Ursynow Ursynów Uruapan Uruguaiana Uruma
    Usera Ussuriysk Uzhhorod Vacoas Vaduz Valdivia Valera Valinhos Vallejo Valletta Valparaiso
    Valparaíso Valsad Valsād Vanderbijlpark Vantaa Vapi Varamin Varginha Varāmīn Vasteras Vedado
    Vejalpur Venlo Veraval Verhunskyi Verona Verāval Veshnyaki Vespasiano Viamao Viamão Vicenza
    Victorville Vidisha Vigo Vihari Vilkhivskyi Villaverde Villeurbanne Viransehir Viranşehir
    Visalia Viseu Vista Vizianagaram Vlore Vlorë Volgodonsk Votorantim Vryheid Västerås Wabrzych
    Waco Wakefield Walsall Walthamstow Wansheng Wardha Warisan Warrington Warīsān Watampone
    Waterbury Waterloo Watford Watthana Wayaobu Wazirabad Wałbrzych Weldiya Weru Westminster
    Westonaria Whalley Whitby Wiesbaden Wigan Willemstad Wilmersdorf Wilmington Windsor
    Winterthur Wocawek Woking Wola Wolfsburg Wollongong Wolverhampton Woodlands Worcester
    Worthing Wuchuan Wuda Wugang Wuhai Wujiaqu Wurzburg Wushan Wuxue Wuyishan Wuzhishan Würzburg
    Włocławek Xiangcheng Xiantao Xiayang Xiazhen Xigang Xincheng Xindi Xinghua Xingning Xinji
    Xinqiao Xintai Xinyuan Xinzhai Xiulin Xiuying Xiva Xizhi Xunchang Xuyong Yachiyo Yaizu
    Yakeshi Yakutsk Yamagata Yamaguchi Yamato Yamoussoukro Yanbu Yangcheng Yangchun Yanghang
    Yangju Yanzhou Yaren Yaritagua Yasenevo Yautepec Yavatmal Yavatmāl Yawnghwe Yelahanka Yelets
    Yenangyaung Yeoju Yeosu Yevlakh Yevpatoriya Yezhou Yidu Yingtan Yintai Yizhou Yonago Yongan
    Yongchuan Yongkang Yonkers Yono Yopal York Youkaichi Yuanlin Yuci Yuepu Yushu Yuxi Yuyao
    Zaanstad Zabol Zabrze Zacatecas Zama Zango Zaoyang Zarichnyi Zawiya Zefta Zelenograd Zemun
    Zenica Zeytinburnu Zhalantun Zhanaozen Zhaodong Zhaoyuan Zhaozhou Zheleznodorozhnyy
    Zhengding Zhenping Zhenzhou Zhezqazghan Zhicheng Zhonghe Zhongxiang Zhoucun Zhubei Zhuji
    Zhujing Zhulebino Zhytomyr Ziguinchor Zipaquira Zipaquirá Zitong Zlatoust Zliten Zoetermeer
    Zomba Zonguldak Zoucheng Zuglo Zugló Zumpango Zwolle Zyablikovo Zyuzino Zābol Århus
    Çanakkale Çiğli Çorlu Çorum Ébolowa Ñuñoa Örebro Újpest Ādilābād Ādīgrat Āmol Ārabī Āsela
    Čačak Īlām İnegol İskenderun İzmit Ōgaki Ōmuta Ōnojō Ōsaki Ōshū Şabyā Şalālah Şaḩam Ţahţā
    Ţalkhā Ţimā Ŭllyul Ḩalwān Ḩawallī Ṣuwayliḥ
"""
CITIES = frozenset(_CITIES.split())
# Names of several words, whole.
BIG_PHRASES = frozenset(
    {
        " Willemstad",
        "6th of October City",
        "A Coruna",
        "A Coruna [La Coruna]",
        "Abay oblysy",
        "Aberdeen City",
        "Abreu e Lima",
        "Abu Dhabi",
        "Abu Ghurayb",
        "Abu Kabir",
        "Abu Tij",
        "Abu Zaby",
        "Abu al-Kahsib",
        "Acapulco de Juarez",
        "Acilia-Castel Fusano-Ostia Antica",
        "Ad Dakhiliyah",
        "Ad Dali",
        "Ad Daqahliyah",
        "Addis Ababa",
        "Adygeya, Respublika",
        "Aguas Claras",
        "Aguas Lindas de Goias",
        "Agusan del Norte",
        "Agusan del Sur",
        "Ahmadpur East",
        "Ain Beida",
        "Ain Temouchent",
        "Aisen del General Carlos Ibanez del Campo",
        "Ait Melloul",
        "Akwa Ibom",
        "Al Ahmadi",
        "Al Ain City",
        "Al Ajaylat",
        "Al Amarah",
        "Al Anbar",
        "Al Aqabah",
        "Al Ashir min Ramadan",
        "Al Asimah",
        "Al Awsat",
        "Al Bab",
        "Al Bahah",
        "Al Bahr al Ahmar",
        "Al Balqa",
        "Al Basrah",
        "Al Basrah al Qadimah",
        "Al Bayda",
        "Al Biqa",
        "Al Buhayrah",
        "Al Diwaniyah",
        "Al Fallujah",
        "Al Fashn",
        "Al Faw",
        "Al Fayyum",
        "Al Fqih Ben Calah",
        "Al Fujayrah",
        "Al Gharbiyah",
        "Al Haouz",
        "Al Hasakah",
        "Al Hawamidiyah",
        "Al Hillah",
        "Al Hindiyah",
        "Al Hoceima",
        "Al Hudaydah",
        "Al Hudud ash Shamaliyah",
        "Al Hufuf",
        "Al Iskandariyah",
        "Al Isma'iliyah",
        "Al Jadid",
        "Al Janub",
        "Al Janubi",
        "Al Janubiyah",
        "Al Jizah",
        "Al Jubayl",
        "Al Jumayl",
        "Al Karak",
        "Al Kharj",
        "Al Khums",
        "Al Khusus",
        "Al Ladhiqiyah",
        "Al Madinah",
        "Al Madinah al Munawwarah",
        "Al Mafraq",
        "Al Mahallah al Kubra",
        "Al Mahmudiyah",
        "Al Mahrah",
        "Al Mahwit",
        "Al Majaz",
        "Al Manaqil",
        "Al Mansurah",
        "Al Manzalah",
        "Al Matariyah",
        "Al Mawsil al Jadidah",
        "Al Minufiyah",
        "Al Minya",
        "Al Miqdadiyah",
        "Al Mubarraz",
        "Al Muharraq",
        "Al Muthanna",
        "Al Qadarif",
        "Al Qadisiyah",
        "Al Qahirah",
        "Al Qahirah al Jadidah",
        "Al Qalyubiyah",
        "Al Qamishli",
        "Al Qasim",
        "Al Qurnah",
        "Al Uqsur",
        "Al Wadi al Jadid",
        "Al Wusta",
        "Aland Islands",
        "Alcala de Henares",
        "Ali Sabieh",
        "Almaty oblysy",
        "Almere Stad",
        "Almirante Tamandare",
        "Alor Setar",
        "Alta Verapaz",
        "Altay, Respublika",
        "Alto Barinas",
        "Alto Hospicio",
        "Alto Paraguay",
        "Alto Parana",
        "Alvaro Obregon",
        "Alytaus apskritis",
        "Ambala Sadar",
        "American Samoa",
        "Amurskaya oblast'",
        "An Giang",
        "An Nabatiyah",
        "An Najaf",
        "An Nhon",
        "An Nuhud",
        "An Numaniyah",
        "Anatoliki Makedonia kai Thraki",
        "Andaman and Nicobar Islands",
        "Andhra Pradesh",
        "Andorra la Vella",
        "Ang Mo Kio New Town",
        "Ang Thong",
        "Angeles City",
        "Angra dos Reis",
        "Anhui Sheng",
        "Ann Arbor",
        "Aousserd (EH)",
        "Aparecida de Goiania",
        "Aqmola oblysy",
        "Aqtobe oblysy",
        "Ar Ramtha",
        "Ar Raqqah",
        "Ar Rayyan",
        "Ar Rifa",
        "Arba Minch",
        "Argyll and Bute",
        "Arica y Parinacota",
        "Arif Wala",
        "Arkhabil Suqutra",
        "Arkhangel'skaya oblast'",
        "Arroyo Naranjo",
        "Artur Alvim",
        "Arunachal Pradesh",
        "As Salimiyah",
        "As Salt",
        "As Samawah",
        "As Sinbillawayn",
        "As Sulaymaniyah",
        "As Suwayda'",
        "As Suwayq",
        "As Suways",
        "Ash Shamaliyah",
        "Ash Shariqah",
        "Ash Sharqat",
        "Ash Sharqiyah",
        "Ash Shatrah",
        "Ash Shimal",
        "Ashoknagar Kalyangarh",
        "Ashuganj City",
        "Assa-Zag (EH-partial)",
        "Astrakhanskaya oblast'",
        "Asturias, Principado de",
        "Attock City",
        "Atyrau oblysy",
        "Australian Capital Territory",
        "Autonomous Region in Muslim Mindanao (ARMM)",
        "Avtonomna Respublika Krym",
        "Az Zahirah",
        "Az Zarqa",
        "Az Zawiyah",
        "Az Zubayr",
        "Az Zulfi",
        "Azarbayjan-e Gharbi",
        "Azarbayjan-e Sharqi",
        "Ba Dinh",
        "Ba Ria - Vung Tau",
        "Ba Vi",
        "Ba on",
        "Baat Dambang",
        "Bab Ezzouar",
        "Bac Giang",
        "Bac Lieu",
        "Bac Ninh",
        "Bac Quang",
        "Bac Tu Liem",
        "Bacolod City",
        "Bago City",
        "Bagong Silang",
        "Bagong Silangan",
        "Bahia Blanca",
        "Bahir Dar",
        "Bahr el Ghazal",
        "Baia Farta",
        "Baia Mare",
        "Bairro da Penha",
        "Baja California",
        "Baja California Sur",
        "Baja Verapaz",
        "Balabak-Al Hirmil",
        "Balcon de la Lisa",
        "Balneario Camboriu",
        "Ban I Chang",
        "Ban Khlong Prawet",
        "Ban Samae Dam",
        "Banda Aceh",
        "Bandar Abbas",
        "Bandar Bukit Raja",
        "Bandar Lampung",
        "Bandar Mahkota Cheras",
        "Bandar Seri Alam",
        "Bandar Seri Begawan",
        "Bandar Sunway",
        "Bandar Tasik Puteri",
        "Bandar Utama",
        "Bandar-e Anzali",
        "Bandar-e Mahshahr",
        "Bandundu Province",
        "Bang Bon",
        "Bang Kapi",
        "Bang Khae",
        "Bang Khun Thian",
        "Bang Sue",
        "Bangkok Noi",
        "Bani Mazar",
        "Bani Suwayf",
        "Banja Luka",
        "Banskobystricky kraj",
        "Banteay Mean Choay",
        "Bao Loc",
        "Bao'an Centre",
        "Barcelona [Barcelona]",
        "Barking and Dagenham",
        "Barra Mansa",
        "Bashkortostan, Respublika",
        "Basirhat City",
        "Bat Yam",
        "Bath and North East Somerset",
        "Baton Rouge",
        "Batu Caves",
        "Batu Pahat",
        "Batys Qazaqstan oblysy",
        "Bay of Plenty",
        "Bayan Lepas",
        "Bayan Nur",
        "Beau Bassin-Rose Hill",
        "Bedok New Town",
        "Belford Roxo",
        "Belgorodskaya oblast'",
        "Bella Vista",
        "Belo Horizonte",
        "Ben Cat",
        "Ben Tre",
        "Beni Abbes",
        "Beni Mellal",
        "Beni Mellal-Khenifra",
        "Benin City",
        "Benito Juarez",
        "Bento Goncalves",
        "Bergisch Gladbach",
        "Bet Shemesh",
        "Bhairab Bazar",
        "Bhalswa Jahangirpur",
        "Bicol (Region V)",
        "Bien Hoa",
        "Bihar Sharif",
        "Bila Tserkva",
        "Binh Duong",
        "Binh Phuoc",
        "Binh Thanh",
        "Binh Thuan",
        "Binh Thuy",
        "Binh inh",
        "Bioko Nord",
        "Bioko Sud",
        "Birnin Kebbi",
        "Bjelovarsko-bilogorska zupanija",
        "Blackburn with Darwen",
        "Blaenau Gwent",
        "Blekinge lan [SE-10]",
        "Blue Nile",
        "Bnei Brak",
        "Bo e",
        "Boa Vista",
        "Bocas del Toro",
        "Bolama / Bijagos",
        "Bonaire, Saint Eustatius",
        "Bono East",
        "Bordj Badji Mokhtar",
        "Bordj Bou Arreridj",
        "Bordj el Kiffan",
        "Borough Park",
        "Bosque Saude",
        "Bou Saada",
        "Boucle du Mouhoun",
        "Boujdour (EH)",
        "Bournemouth, Christchurch and Poole",
        "Bouvet Island",
        "Brabant wallon",
        "Bracknell Forest",
        "Braganca Paulista",
        "Bratislavsky kraj",
        "Bresckaja voblasc",
        "Bridgend [Pen-y-bont ar Ogwr GB-POG]",
        "Brighton and Hove",
        "Bristol, City of",
        "British Columbia",
        "British Indian Ocean Territory",
        "British Virgin Islands",
        "Brodsko-posavska zupanija",
        "Broken Arrow",
        "Bruxelles-Capitale, Region de",
        "Bryanskaya oblast'",
        "Budapest III. kerulet",
        "Budapest XI. kerulet",
        "Budapest XIII. kerulet",
        "Bueng Kan",
        "Bueng Kum",
        "Buenos Aires",
        "Bujumbura Mairie",
        "Bujumbura Rural",
        "Bukit Batok New Town",
        "Bukit Bintang",
        "Bukit Jalil",
        "Bukit Merah Estate",
        "Bukit Mertajam",
        "Bukit Panjang New Town",
        "Bukit Rahman Putra",
        "Buon Ho",
        "Buon Ma Thuot",
        "Bur Said",
        "Burkina Faso",
        "Burton upon Trent",
        "Buryatiya, Respublika",
        "Business Bay",
        "Ca Mau",
        "Cabanatuan City",
        "Cabo Delgado",
        "Cabo Frio",
        "Cabo San Lucas",
        "Cabo Verde",
        "Cabo de Santo Agostinho",
        "Cachoeiro de Itapemirim",
        "Caerphilly [Caerffili GB-CAF]",
        "Cagayan Valley (Region II)",
        "Cagayan de Oro",
        "Cai Lay",
        "Caicos Islands",
        "Calabarzon (Region IV-A)",
        "Cam Pha",
        "Cam Pha Mines",
        "Cam Ranh",
        "Camarines Norte",
        "Camarines Sur",
        "Campina Grande",
        "Campo Grande",
        "Campo Largo",
        "Campo Limpo",
        "Campos dos Goytacazes",
        "Can Giuoc",
        "Can Tho",
        "Cao Lanh",
        "Capao Redondo",
        "Cape Coast",
        "Cape Coral",
        "Cape Town",
        "Caraga (Region XIII)",
        "Cardiff [Caerdydd GB-CRD]",
        "Carmarthenshire [Sir Gaerfyrddin GB-GFY]",
        "Castello de la Plana",
        "Castilla y Leon",
        "Castilla-La Mancha",
        "Catalunya [Cataluna]",
        "Catia La Mar",
        "Cau Giay",
        "Cavite City",
        "Caxias do Sul",
        "Cayman Islands",
        "Cebu City",
        "Cedar Rapids",
        "Central African Republic",
        "Central Bedfordshire",
        "Central Coast",
        "Central Darfur",
        "Central Equatoria",
        "Central Luzon (Region III)",
        "Central Province",
        "Central Region",
        "Central River",
        "Central Visayas (Region VII)",
        "Centro Habana",
        "Centro Sud",
        "Ceredigion [Sir Ceredigion]",
        "Cerro Largo",
        "Chahar Mahal va Bakhtiari",
        "Chak Jhumra",
        "Charlotte Amalie",
        "Chechenskaya Respublika",
        "Chelyabinskaya oblast'",
        "Chengguan Qu",
        "Cherkaska oblast",
        "Chernihivska oblast",
        "Chernivetska oblast",
        "Chertanovo Yuzhnoye",
        "Cheshire East",
        "Cheshire West and Chester",
        "Chi Linh",
        "Chiang Mai",
        "Chiayi City",
        "Chincha Alta",
        "Cho Lon",
        "Choa Chu Kang New Town",
        "Chom Thong",
        "Chon Buri",
        "Chon Thanh",
        "Christ Church",
        "Christ Church Nichola Town",
        "Christmas Island",
        "Chtouka-Ait Baha",
        "Chula Vista",
        "Chuvashskaya Respublika",
        "Cibao Nordeste",
        "Cibao Noroeste",
        "Cibao Norte",
        "Cibao Sur",
        "Cidade Ademar",
        "Cidade Dutra",
        "Cidade Lider",
        "Cidade Tiradentes",
        "Ciego de Avila",
        "Circoiscrizione II",
        "Circoiscrizione III",
        "Circoiscrizione V",
        "Circoiscrizione VI",
        "Circoiscrizione VIII",
        "City of Port Phillip",
        "City of Westminster",
        "Ciudad Acuna",
        "Ciudad Apodaca",
        "Ciudad Benito Juarez",
        "Ciudad Bolivar",
        "Ciudad Camilo Cienfuegos",
        "Ciudad Delicias",
        "Ciudad General Escobedo",
        "Ciudad Guayana",
        "Ciudad Guzman",
        "Ciudad Juarez",
        "Ciudad Lazaro Cardenas",
        "Ciudad Lineal",
        "Ciudad Lopez Mateos",
        "Ciudad Madero",
        "Ciudad Nezahualcoyotl",
        "Ciudad Obregon",
        "Ciudad Ojeda",
        "Ciudad Valles",
        "Ciudad Victoria",
        "Ciudad de Villa de Alvarez",
        "Ciudad de la Paz",
        "Ciudad del Carmen",
        "Ciudad del Este",
        "Ciutat Vella",
        "Co o",
        "Coahuila de Zaragoza",
        "Cockburn Town",
        "Cocos Islands",
        "College Station",
        "Colonia Lindavista",
        "Colonia del Valle",
        "Colorado Springs",
        "Comodoro Rivadavia",
        "Conselheiro Lafaiete",
        "Cook Islands",
        "Coral Springs",
        "Cordillera Administrative Region (CAR)",
        "Coronel Fabriciano",
        "Corpus Christi",
        "Costa Caribe Norte",
        "Costa Caribe Sur",
        "Costa Mesa",
        "Costa Rica",
        "Coxs Bazar",
        "Cross River",
        "Cuando Cubango",
        "Cuautitlan Izcalli",
        "Da Nang",
        "Dabrowa Gornicza",
        "Dadra and Nagar Haveli and Daman and Diu",
        "Dagestan, Respublika",
        "Dakhla-Oued Ed-Dahab (EH)",
        "Dakhlet Nouadhibou",
        "Dalarnas lan [SE-20]",
        "Daly City",
        "Dam Dam",
        "Dar Bouazza",
        "Dar es Salaam",
        "Darhan uul",
        "Daska Kalan",
        "Davao (Region XI)",
        "Davao Occidental",
        "Davao Oriental",
        "Davao de Oro",
        "Davao del Norte",
        "Davao del Sur",
        "Dayr az Zawr",
        "Dchira El Jihadia",
        "Debre Birhan",
        "Debre Markos",
        "Debre Tabor",
        "Deer Valley",
        "Dehiwala-Mount Lavinia",
        "Deir El Balah",
        "Deir ez-Zor",
        "Delegacion Cuajimalpa de Morelos",
        "Delhi Cantonment",
        "Delta Amacuro",
        "Democratic Republic of the Congo",
        "Denbighshire [Sir Ddinbych GB-DDB]",
        "Dera Ghazi Khan",
        "Dera Ismail Khan",
        "Dera Murad Jamali",
        "Des Moines",
        "Dhi Qar",
        "Di An",
        "Diego Garcia",
        "Diez de Octubre",
        "Din Daeng",
        "Dinagat Islands",
        "Dinapur Nizamat",
        "Dire Dawa",
        "District of Columbia",
        "Dnipropetrovska oblast",
        "Dominican Republic",
        "Donetska oblast",
        "Donghae City",
        "Donostia / San Sebastian",
        "Dos Hermanas",
        "Dubai Investments Park",
        "Dubai Marina",
        "Dubrovacko-neretvanska zupanija",
        "Dumfries and Galloway",
        "Dundee City",
        "Duque de Caxias",
        "Durham, County",
        "Dytiki Ellada",
        "Dytiki Makedonia",
        "East Ayrshire",
        "East Berbice-Corentyne",
        "East Chattanooga",
        "East Darfur",
        "East Dunbartonshire",
        "East Flatbush",
        "East Hampton",
        "East Harlem",
        "East Helsinki",
        "East Independence",
        "East Jerusalem",
        "East London",
        "East Los Angeles",
        "East Lothian",
        "East New Britain",
        "East New York",
        "East Renfrewshire",
        "East Riding of Yorkshire",
        "East Sepik",
        "East Sussex",
        "Eastern Cape",
        "Eastern Equatoria",
        "Eastern Highlands",
        "Eastern Province",
        "Eastern Samar",
        "Eastern Visayas (Region VIII)",
        "Ebute Ikorodu",
        "Ecatepec de Morelos",
        "Edinburgh, City of",
        "Eilean Siar",
        "El Achir",
        "El Beni",
        "El Cajon",
        "El Callao",
        "El Daein",
        "El Dibir",
        "El Eulma",
        "El Fasher",
        "El Geneina Fort",
        "El Jadida",
        "El Kelaa des Sraghna",
        "El Kelaa des Srarhna",
        "El Limon",
        "El Meghaier",
        "El Meniaa",
        "El Monte",
        "El Mourouj",
        "El Obeid",
        "El Oro",
        "El Oued",
        "El Paso",
        "El Progreso",
        "El Salvador",
        "El Seibo",
        "El Tarf",
        "El Tigre",
        "El Valle",
        "El Vigia",
        "Elias Pina",
        "Elk Grove",
        "Eloy Alfaro",
        "Embu das Artes",
        "Enfield Town",
        "Entre Rios",
        "Equatorial Guinea",
        "Ermelino Matarazzo",
        "Es-Semara (EH-partial)",
        "Espirito Santo",
        "Essequibo Islands-West Demerara",
        "Esuk Oron",
        "Falkland Islands",
        "Far North",
        "Faroe Islands",
        "Fazenda Rio Grande",
        "Feira de Santana",
        "Fernando de la Mora",
        "Ferraz de Vasconcelos",
        "Fes al Bali",
        "Flintshire [Sir y Fflint GB-FFL]",
        "Flying Fish Cove",
        "Fort Collins",
        "Fort Lauderdale",
        "Fort Wayne",
        "Fort Worth",
        "Foz do Iguacu",
        "Fquih Ben Salah",
        "Francisco Morato",
        "Francisco Morazan",
        "Franco da Rocha",
        "Frankfurt am Main",
        "Free State",
        "Freguesia do O",
        "French Guiana",
        "French Polynesia",
        "French Southern Territories",
        "Friuli Venezia Giulia",
        "Fuencarral-El Pardo",
        "Fujian Sheng",
        "Galicia [Galicia]",
        "Gambela Peoples",
        "Gangu Chengguanzhen",
        "Gansu Sheng",
        "Garden Grove",
        "Garhi Khairo",
        "Gasteiz / Vitoria",
        "Gavleborgs lan [SE-21]",
        "General Santos",
        "George Town",
        "Gia Lai",
        "Gia Lam",
        "Gia Rai",
        "Girardot City",
        "Girona [Gerona]",
        "Glasgow City",
        "Go Vap",
        "Gold Coast",
        "Gomez Palacio",
        "Gonbad-e Kavus",
        "Gonda City",
        "Gorzow Wielkopolski",
        "Gotlands lan [SE-09]",
        "Governador Valadares",
        "Gracias a Dios",
        "Grand Bassa",
        "Grand Cape Mount",
        "Grand Gedeh",
        "Grand Kru",
        "Grand Prairie",
        "Grand Rapids",
        "Greater Accra",
        "Greater Noida",
        "Greater Sudbury",
        "Greater Wellington",
        "Green Bay",
        "Guadalajara de Buga",
        "Guangdong Sheng",
        "Guangxi Zhuangzu Zizhiqu",
        "Guatemala City",
        "Guelmim-Oued Noun (EH-partial)",
        "Guizhou Sheng",
        "Gustavo Adolfo Madero",
        "Ha Long",
        "Ha Nam",
        "Ha Tien",
        "Ha Tinh",
        "Hadaiq al Qubbah",
        "Hadjer Lamis",
        "Hafar Al-Batin",
        "Hai Ba Trung",
        "Hai Chau",
        "Hai Duong",
        "Hainan Sheng",
        "Hallands lan [SE-13]",
        "Halle (Saale)",
        "Hammersmith and Fulham",
        "Harari People",
        "Hat Yai",
        "Hato Mayor",
        "Hau Giang",
        "Haute-Sangha / Mambere-Kadei",
        "Haveli Lakha",
        "Hawke's Bay",
        "Hayy Khilda",
        "Heard Island",
        "Hebei Sheng",
        "Heilongjiang Sheng",
        "Henan Sheng",
        "Hermanas Mirabal",
        "Heroica Guaymas",
        "Heroica Matamoros",
        "Hidalgo del Parral",
        "High Point",
        "High Wycombe",
        "Himachal Pradesh",
        "Ho Chi Minh City",
        "Hoa Binh",
        "Hoa Cuong",
        "Hoa Thanh",
        "Hoan Kiem",
        "Hoang Mai",
        "Hodh ech Chargui",
        "Hodh el Gharbi",
        "Hoji ya Henda",
        "Homielskaja voblasc",
        "Hong Kong",
        "Hong Kong Island",
        "Hong Ngu",
        "Hougang New Town",
        "Hrodzienskaja voblasc",
        "Hua Hin",
        "Hubei Sheng",
        "Hulan Ergi",
        "Hunan Sheng",
        "Hung Yen",
        "Huntington Beach",
        "Huyen Lam Ha",
        "Iguala de la Independencia",
        "Ijebu Ode",
        "Ikot Ekpene",
        "Ila Orangun",
        "Iligan City",
        "Illes Balears [Islas Baleares]",
        "Ilocos (Region I)",
        "Ilocos Norte",
        "Ilocos Sur",
        "In Guezzam",
        "Inda Silase",
        "Inezgane-Ait Melloul",
        "Ingushetiya, Respublika",
        "International City",
        "Ionia Nisia",
        "Iqlim Kurdistan",
        "Iriga City",
        "Irkutskaya oblast'",
        "Isidro Casanova",
        "Iskandar Puteri",
        "Islas de la Bahia",
        "Isle of Anglesey [Sir Ynys Mon GB-YNM]",
        "Isle of Man",
        "Isle of Wight",
        "Isles of Scilly",
        "Istarska zupanija",
        "Itaim Bibi",
        "Itaim Paulista",
        "Itapecerica da Serra",
        "Ivano-Frankivska oblast",
        "Ivanovskaya oblast'",
        "Ivory Coast",
        "Ivory Park",
        "Jabal Lubnan",
        "Jaboatao dos Guararapes",
        "Jalai Nur",
        "Jalalpur Jattan",
        "Jalalpur Pirwala",
        "Jambi City",
        "Jammu and Kashmir",
        "Jamtlands lan [SE-23]",
        "Jan Mayen",
        "Janub Sina'",
        "Janub al Batinah",
        "Janub ash Sharqiyah",
        "Janubi al Bahri al Ahmar",
        "Jaragua do Sul",
        "Jardim Angela",
        "Jardim Helena",
        "Jardim Sao Luis",
        "Jawa Barat",
        "Jawa Tengah",
        "Jawa Timur",
        "Jebel Ali",
        "Jeju City",
        "Jerez de la Frontera",
        "Jericho and Al Aghwar",
        "Jersey City",
        "Jhang Sadr",
        "Ji Parana",
        "Jiangsu Sheng",
        "Jiangxi Sheng",
        "Jihocesky kraj",
        "Jihomoravsky kraj",
        "Jilin Sheng",
        "Joao Pessoa",
        "Johor Bahru",
        "Jonkopings lan [SE-06]",
        "Jose Bonifacio",
        "Jose C. Paz",
        "Juan Diaz",
        "Juazeiro do Norte",
        "Jubbada Dhexe",
        "Jubbada Hoose",
        "Juiz de Fora",
        "Jurong Town",
        "Jurong West",
        "Kabardino-Balkarskaya Respublika",
        "Kabin Buri",
        "Kafr ad Dawwar",
        "Kafr ash Shaykh",
        "Kalaban Koro",
        "Kalimantan Barat",
        "Kalimantan Selatan",
        "Kalimantan Tengah",
        "Kalimantan Timur",
        "Kalimantan Utara",
        "Kaliningradskaya oblast'",
        "Kalmar lan [SE-08]",
        "Kalmykiya, Respublika",
        "Kaluzhskaya oblast'",
        "Kampong Baharu Cheras Batu Sebelas",
        "Kampong Chaam",
        "Kampong Pasir Ris",
        "Kampong Spueu",
        "Kampong Thum",
        "Kampung Baru Subang",
        "Kampung Kangkar Teberau",
        "Kampung Larkin Lama",
        "Kampung Pasir Gudang Baru",
        "Kampung Sungai Ara",
        "Kampung Sungai Glugur",
        "Kanpur Cantonment",
        "Kansas City",
        "Kaoh Kong",
        "Karachayevo-Cherkesskaya Respublika",
        "Kareliya, Respublika",
        "Karlovacka zupanija",
        "Karlovarsky kraj",
        "Karol Bagh",
        "Kasai Central",
        "Kasai Oriental",
        "Kauno apskritis",
        "Kavango East",
        "Kavango West",
        "Kemerovskaya oblast'",
        "Keng Tung",
        "Kensington and Chelsea",
        "Kentriki Makedonia",
        "Kepulauan Bangka Belitung",
        "Kepulauan Riau",
        "Kfar Saba",
        "Khairpur Mirs",
        "Khakasiya, Respublika",
        "Khamis Mushait",
        "Khan Yunis",
        "Kharkivska oblast",
        "Khartoum North",
        "Khersonska oblast",
        "Khlong Luang",
        "Khlong Sam Wa",
        "Khlong Toei",
        "Khmelnytska oblast",
        "Khomeyni Shahr",
        "Khon Kaen",
        "Khorasan-e Jonubi",
        "Khorasan-e Razavi",
        "Khorasan-e Shomali",
        "Khuraybat as Suq",
        "Khyber Pakhtunkhwa",
        "Kien An",
        "Kien Giang",
        "Kima Kieza",
        "Kingston upon Hull",
        "Kingston upon Thames",
        "Kirari Sulemannagar",
        "Kirovohradska oblast",
        "Kirovskaya oblast'",
        "Klagenfurt am Worthersee",
        "Klaipedos apskritis",
        "Kohgiluyeh va Bowyer Ahmad",
        "Kom Ombo",
        "Komi, Respublika",
        "Kon Tum",
        "Kongo Central",
        "Koprivnicko-krizevacka zupanija",
        "Kosicky kraj",
        "Kostromskaya oblast'",
        "Kot Addu",
        "Kot Radha Kishan",
        "Kota Bharu",
        "Kota Damansara",
        "Kota Kinabalu",
        "Kota Kuala Muda",
        "Kowloon City",
        "Kowloon City Centre",
        "Kraj Vysocina",
        "Kralovehradecky kraj",
        "Krapinsko-zagorska zupanija",
        "Kronobergs lan [SE-07]",
        "Kryvyy Rih",
        "Ksar El Kebir",
        "Kuala Krai",
        "Kuala Kubu Baharu",
        "Kuala Lumpur",
        "Kuala Terengganu",
        "Kuhistoni Badakhshon",
        "Kurganskaya oblast'",
        "Kurskaya oblast'",
        "Kuwait City",
        "Kvemo Kartli",
        "Kwai Chung",
        "Ky Anh",
        "Kyivska oblast",
        "L'Hospitalet de Llobregat",
        "La Altagracia",
        "La Araucania",
        "La Ceiba",
        "La Cite-Limoilou",
        "La Concepcion",
        "La Gi",
        "La Guajira",
        "La Habana",
        "La Laguna",
        "La Manouba",
        "La Massana",
        "La Pampa",
        "La Paz",
        "La Pintana",
        "La Plata",
        "La Rioja",
        "La Romana",
        "La Serena",
        "La Trinidad",
        "La Union",
        "La Vega",
        "La Victoria",
        "Laayoune (EH)",
        "Laayoune-Sakia El Hamra (EH-partial)",
        "Labuan Bajo",
        "Lahad Datu",
        "Lak Si",
        "Lal Bahadur Nagar",
        "Lam ong",
        "Lanao del Norte",
        "Lanao del Sur",
        "Landskapet Aland",
        "Lang Son",
        "Lao Cai",
        "Lapu-Lapu City",
        "Las Cruces",
        "Las Palmas",
        "Las Palmas de Gran Canaria",
        "Las Pinas",
        "Las Tunas",
        "Las Vegas",
        "Lat Krabang",
        "Lat Phrao",
        "Lauro de Freitas",
        "Le Havre",
        "Le Kef",
        "Le Mans",
        "Le Plateau-Mont-Royal",
        "Le Vieux-Longueuil",
        "Leningradskaya oblast'",
        "Leon de los Aldama",
        "Les Cayes",
        "Liaoning Sheng",
        "Liberecky kraj",
        "Libertador General Bernardo O'Higgins",
        "Licko-senjska zupanija",
        "Linxia Chengguanzhen",
        "Lipa City",
        "Lipetskaya oblast'",
        "Little Rock",
        "Lleida [Lerida]",
        "Lo Prado",
        "Loa Janan",
        "Logan City",
        "Lomas de Zamora",
        "Long An",
        "Long Beach",
        "Long Bien",
        "Long Khanh",
        "Long Xuyen",
        "Longling County",
        "Los Angeles",
        "Los Banos",
        "Los Lagos",
        "Los Mochis",
        "Los Puertos de Altagracia",
        "Los Rastrojos",
        "Los Rios",
        "Los Santos",
        "Los Teques",
        "Louang Namtha",
        "Lower Hutt",
        "Lower River",
        "Ludwigshafen am Rhein",
        "Lugo [Lugo]",
        "Luhanska oblast",
        "Luis Eduardo Magalhaes",
        "Luohu District",
        "Lvivska oblast",
        "Lyon 03",
        "Ma On Shan",
        "Mabalacat City",
        "Madhurampur Dehri",
        "Madhya Pradesh",
        "Madhyapur Thimi",
        "Madinat Hamad",
        "Madinat an Nasr",
        "Madre de Dios",
        "Madrid Centro",
        "Madrid, Comunidad de",
        "Mae Hong Son",
        "Magadanskaya oblast'",
        "Magdalena Contreras",
        "Magugpo Poblacion",
        "Maguindanao del Norte",
        "Maguindanao del Sur",
        "Mahiliouskaja voblasc",
        "Makati City",
        "Makkah al Mukarramah",
        "Maler Kotla",
        "Malir Cantonment",
        "Maluku Utara",
        "Mandaluyong City",
        "Mandaue City",
        "Mandi Bahauddin",
        "Mangghystau oblysy",
        "Manolo Fortich",
        "Manukau City",
        "Mar del Plata",
        "Marawi City",
        "Maria Trinidad Sanchez",
        "Marijampoles apskritis",
        "Marikina City",
        "Maritime (Region)",
        "Mariy El, Respublika",
        "Marne La Vallee",
        "Marsa Matruh",
        "Marshall Islands",
        "Mashonaland Central",
        "Mashonaland East",
        "Mashonaland West",
        "Masjed Soleyman",
        "Mata Utu",
        "Matabeleland North",
        "Matabeleland South",
        "Mato Grosso",
        "Mato Grosso do Sul",
        "Mayaro-Rio Claro",
        "Mazar-e Sharif",
        "Mbanza Kongo",
        "McDonald Islands",
        "Medina Estates",
        "Meimurska zupanija",
        "Merthyr Tydfil [Merthyr Tudful GB-MTU]",
        "Metairie Terrace",
        "Mexico City",
        "Miami Gardens",
        "Mian Channun",
        "Mianzhu, Deyang, Sichuan",
        "Michoacan de Ocampo",
        "Miguel Hidalgo",
        "Milne Bay",
        "Milton Keynes",
        "Mimaropa (Region IV-B)",
        "Minas Gerais",
        "Minato City",
        "Mindoro Occidental",
        "Mindoro Oriental",
        "Mingala Tangnyunt",
        "Minskaja voblasc",
        "Mirpur Khas",
        "Mirpur Model Thana",
        "Misamis Occidental",
        "Misamis Oriental",
        "Misato, Saitama",
        "Mit Ghamr",
        "Model Town",
        "Mogi Guacu",
        "Mogi das Cruzes",
        "Mohammad Shahr",
        "Mondol Kiri",
        "Mong Cai",
        "Mong Yang",
        "Monmouthshire [Sir Fynwy GB-FYN]",
        "Monsenor Nouel",
        "Monte Cristi",
        "Montes Claros",
        "Monza e Brianza",
        "Moravskoslezsky kraj",
        "Mordoviya, Respublika",
        "Moreno Valley",
        "Morona Santiago",
        "Moskovskaya oblast'",
        "Moulay Yacoub",
        "Mountain Province",
        "Mre og Romsdal",
        "Mubarak al Kabir",
        "Mueang Nonthaburi",
        "Mukim Pulai",
        "Murcia, Region de",
        "Murmanskaya oblast'",
        "My Hao",
        "My Tho",
        "Mykilska Borshchahivka",
        "Mykolaivska oblast",
        "NIA Valencia",
        "Nabatiye et Tahta",
        "Naberezhnyye Chelny",
        "Nadroga and Navosa",
        "Nagar Naluakot",
        "Nahiyat al Iskandariyah",
        "Nairobi City",
        "Nakhon Pathom",
        "Nakhon Ratchasima",
        "Nakhon Si Thammarat",
        "Nam inh",
        "Nangloi Jat",
        "Nankana Sahib",
        "Nasim Shahr",
        "National Capital Region",
        "Naucalpan de Juarez",
        "Navarra, Comunidad Foral de",
        "Navi Mumbai",
        "Nay Pyi Taw",
        "Neath Port Talbot [Castell-nedd Port Talbot GB-CTL]",
        "Negeri Sembilan",
        "Negros Occidental",
        "Negros Oriental",
        "Nei Mongol Zizhiqu",
        "Netherlands Antilles",
        "Neue Neustadt",
        "New Bedford",
        "New Cairo",
        "New Caledonia",
        "New Delhi",
        "New Hampshire",
        "New Haven",
        "New Ireland",
        "New Jersey",
        "New Kingston",
        "New Mexico",
        "New Mirpur City",
        "New Orleans",
        "New South Memphis",
        "New South Wales",
        "New Taipei City",
        "New Territories",
        "New York",
        "New York City",
        "New Zealand",
        "Newcastle under Lyme",
        "Newcastle upon Tyne",
        "Newfoundland and Labrador",
        "Newport News",
        "Newport [Casnewydd GB-CNW]",
        "Nga Bay",
        "Nghe An",
        "Nghi Son",
        "Nghi Xuan",
        "Nha Trang",
        "Nicolas Romero",
        "Ningxia Huizu Zizhiqu",
        "Ninh Hoa",
        "Ninh Thuan",
        "Nitriansky kraj",
        "Nizhegorodskaya oblast'",
        "Nizhniy Novgorod",
        "Nizhny Tagil",
        "Nong Bua Lam Phu",
        "Nong Chok",
        "Nong Khaem",
        "Nor Nork",
        "Norfolk Island",
        "Norrbottens lan [SE-25]",
        "Norte de Santander",
        "North Ayrshire",
        "North Bank",
        "North Carolina",
        "North Central Province",
        "North Charleston",
        "North Dakota",
        "North Darfur",
        "North East",
        "North East Lincolnshire",
        "North Gaza",
        "North Kordofan",
        "North Korea",
        "North Lanarkshire",
        "North Las Vegas",
        "North Lincolnshire",
        "North Macedonia",
        "North Northamptonshire",
        "North Peoria",
        "North Shore",
        "North Somerset",
        "North Stamford",
        "North Tyneside",
        "North Western",
        "North Western Province",
        "North Yorkshire",
        "Northern Bahr el Ghazal",
        "Northern Cape",
        "Northern Ireland",
        "Northern Mariana Islands",
        "Northern Mindanao (Region X)",
        "Northern Province",
        "Northern Region",
        "Northern Samar",
        "Northern Territory",
        "Northwest Territories",
        "Norurland eystra",
        "Norurland vestra",
        "Nossa Senhora de Fatima",
        "Nossa Senhora do Socorro",
        "Notio Aigaio",
        "Nou Barris",
        "Nouakchott Nord",
        "Nouakchott Ouest",
        "Nouakchott Sud",
        "Nova Friburgo",
        "Nova Iguacu",
        "Nova Lima",
        "Nova Scotia",
        "Nova Serrana",
        "Nova Vida",
        "Novgorodskaya oblast'",
        "Novi Sad",
        "Novo Gama",
        "Novo Hamburgo",
        "Novosibirskaya oblast'",
        "Novyye Cheremushki",
        "Novyye Kuzminki",
        "Nueva Ecija",
        "Nueva Esparta",
        "Nueva Segovia",
        "Nueva Vizcaya",
        "Nuevo Laredo",
        "Nuevo Leon",
        "Nusa Tenggara Barat",
        "Nusa Tenggara Timur",
        "O Mon",
        "Ocumare del Tuy",
        "Odeska oblast",
        "Ojo de Agua",
        "Oklahoma City",
        "Olomoucky kraj",
        "Omskaya oblast'",
        "Ongata Rongai",
        "Orebro lan [SE-18]",
        "Orekhovo-Borisovo Severnoye",
        "Orenburgskaya oblast'",
        "Orkney Islands",
        "Orlovskaya oblast'",
        "Osjecko-baranjska zupanija",
        "Ostergotlands lan [SE-05]",
        "Otdar Mean Chey",
        "Ottawa South",
        "Oued Ed-Dahab (EH)",
        "Oued Zem",
        "Ourense [Orense]",
        "Overland Park",
        "Pachuca de Soto",
        "Paco do Lumiar",
        "Pago Pago",
        "Pais Vasco",
        "Pak Kret",
        "Palestinian Territory",
        "Palm Bay",
        "Palma Soriano",
        "Palo Negro",
        "Panama City",
        "Panama Oeste",
        "Pandit Deen Dayal Upadhyaya Nagar",
        "Panevezio apskritis",
        "Pano Aqil",
        "Papua Barat",
        "Papua Barat Daya",
        "Papua New Guinea",
        "Papua Pengunungan",
        "Papua Selatan",
        "Papua Tengah",
        "Par Naogaon",
        "Paranaque City",
        "Pardubicky kraj",
        "Paris 11 Popincourt",
        "Paris 11e Arrondissement",
        "Paris 12 Reuilly",
        "Paris 12e Arrondissement",
        "Paris 13 Gobelins",
        "Paris 13e Arrondissement",
        "Paris 14 Observatoire",
        "Paris 15 Vaugirard",
        "Paris 16 Passy",
        "Paris 17 Batignolles-Monceau",
        "Paris 18 Buttes-Montmartre",
        "Paris 19 Buttes-Chaumont",
        "Paris 20 Menilmontant",
        "Pasig City",
        "Pasir Gudang",
        "Pasir Mas",
        "Pasir Puteh",
        "Passo Fundo",
        "Patos de Minas",
        "Paulo Afonso",
        "Pavlodar oblysy",
        "Paya Terubong",
        "Pemba North",
        "Pemba South",
        "Pembroke Pines",
        "Pembrokeshire [Sir Benfro GB-BNF]",
        "Penzenskaya oblast'",
        "Perth and Kinross",
        "Pesaro e Urbino",
        "Petah Tiqva",
        "Petaling Jaya",
        "Phan Rang-Thap Cham",
        "Phan Thiet",
        "Phasi Charoen",
        "Phnom Penh",
        "Pho Yen",
        "Phong ien",
        "Phool Nagar",
        "Phra Pradaeng",
        "Phu Ly",
        "Phu My",
        "Phu Quoc",
        "Phu Yen",
        "Phuc Yen",
        "Piatra Neamt",
        "Piedras Negras",
        "Pinar del Rio",
        "Pindi Bhattian",
        "Pingwu County",
        "Pita Kotte",
        "Plano Piloto",
        "Playa del Carmen",
        "Plaza de la Revolucion",
        "Plzensky kraj",
        "Pocos de Caldas",
        "Poltavska oblast",
        "Pompano Beach",
        "Ponta Grossa",
        "Pontevedra [Pontevedra]",
        "Por do Sol",
        "Port Blair",
        "Port Dickson",
        "Port Harcourt",
        "Port Louis",
        "Port Moresby",
        "Port Said",
        "Port Saint Lucie",
        "Port Sudan",
        "Port Vila",
        "Port of Spain",
        "Porto Alegre",
        "Porto Seguro",
        "Porto Velho",
        "Porz am Rhein",
        "Pouso Alegre",
        "Poza Rica de Hidalgo",
        "Pozesko-slavonska zupanija",
        "Praga Poudnie",
        "Praia Grande",
        "Pravyi Bereh",
        "Preah Sihanouk",
        "Preah Vihear",
        "Prenzlauer Berg",
        "Presidente Hayes",
        "Presidente Prudente",
        "Presovsky kraj",
        "Prey Veaeng",
        "Primorsko-goranska zupanija",
        "Prince Edward Island",
        "Princes Town",
        "Pskovskaya oblast'",
        "Puente Alto",
        "Puente de Vallecas",
        "Puerto Ayacucho",
        "Puerto Barrios",
        "Puerto Cabello",
        "Puerto Cortez",
        "Puerto La Cruz",
        "Puerto Montt",
        "Puerto Plata",
        "Puerto Princesa",
        "Puerto Rico",
        "Puerto Vallarta",
        "Pulau Pinang",
        "Pulong Santa Cruz",
        "Punta Arenas",
        "Punta Cana",
        "Punta Cardon",
        "Punto Fijo",
        "Puyang Chengguanzhen",
        "Pyin Oo Lwin",
        "Qadirpur Ran",
        "Qaem Shahr",
        "Qalat Sukkar",
        "Qaraghandy oblysy",
        "Qasr Bin Ghashir",
        "Qinghai Sheng",
        "Qoraqalpogiston Respublikasi",
        "Qostanay oblysy",
        "Quan Ba",
        "Quan Bon",
        "Quan Muoi",
        "Quan Muoi Mot",
        "Quan Nam",
        "Quan Sau",
        "Quan uc Thinh",
        "Quang Binh",
        "Quang Nam",
        "Quang Ngai",
        "Quang Ninh",
        "Quang Tri",
        "Quarto Oggiaro",
        "Queenstown Estate",
        "Quezon City",
        "Qui Nhon",
        "Quintana Roo",
        "Qyzylorda oblysy",
        "Rach Gia",
        "Rach'a-Lechkhumi-Kvemo Svaneti",
        "Rahim Yar Khan",
        "Raja Jang",
        "Rajpur Sonarpur",
        "Ramat Gan",
        "Ramna Maidan",
        "Rancho Cucamonga",
        "Raposo Tavares",
        "Ras Al Khaimah",
        "Ras Bayrut",
        "Ras al Khaymah",
        "Raurkela Industrial Township",
        "Rayon KTZ",
        "Recanto das Emas",
        "Red Deer",
        "Red Sea",
        "Redcar and Cleveland",
        "Reggio Calabria",
        "Reggio Emilia",
        "Reggio nell'Emilia",
        "Regiao Autonoma da Madeira",
        "Regiao Autonoma dos Acores",
        "Region Continentale",
        "Region Insulaire",
        "Region Metropolitana de Santiago",
        "Renala Khurd",
        "Rennell and Bellona",
        "Republic of the Congo",
        "Ressano Garcia",
        "Rhode Island",
        "Rhondda Cynon Taff [Rhondda CynonTaf]",
        "Riacho Fundo II",
        "Ribeirao Pires",
        "Ribeirao Preto",
        "Ribeirao das Neves",
        "Richards Bay",
        "Richmond Hill",
        "Richmond upon Thames",
        "Rif Dimashq",
        "Rio Branco",
        "Rio Claro",
        "Rio Cuarto",
        "Rio Grande",
        "Rio Grande do Norte",
        "Rio Grande do Sul",
        "Rio Negro",
        "Rio Pequeno",
        "Rio San Juan",
        "Rio Verde",
        "Rio das Ostras",
        "Rio de Janeiro",
        "Rishon LeTsiyyon",
        "River Cess",
        "River Gee",
        "River Nile",
        "Rivnenska oblast",
        "Road Town",
        "Robat Karim",
        "RosemontLa Petite-Patrie",
        "Rostovskaya oblast'",
        "Rotanak Kiri",
        "Round Rock",
        "Roxas City",
        "Ruda Slaska",
        "Rufisque est",
        "Ryazanskaya oblast'",
        "Sa Dec",
        "Saba ",
        "Sabah as Salim",
        "Sabaragamuwa Province",
        "Sabt Alalayah",
        "Sadr City",
        "Saha, Respublika",
        "Sai Mai",
        "Saint Andrew",
        "Saint Ann",
        "Saint Anne Sandy Point",
        "Saint Barthelemy",
        "Saint Catherine",
        "Saint David",
        "Saint Elizabeth",
        "Saint George Basseterre",
        "Saint George Gingerland",
        "Saint Helena",
        "Saint Helier",
        "Saint James",
        "Saint James Windward",
        "Saint John Capisterre",
        "Saint John Figtree",
        "Saint Kitts",
        "Saint Lucia",
        "Saint Lucy",
        "Saint Luke",
        "Saint Mark",
        "Saint Martin",
        "Saint Mary",
        "Saint Mary Cayon",
        "Saint Patrick",
        "Saint Paul",
        "Saint Paul Capisterre",
        "Saint Paul Charlestown",
        "Saint Peter",
        "Saint Peter Basseterre",
        "Saint Peters",
        "Saint Petersburg",
        "Saint Philip",
        "Saint Pierre",
        "Saint Thomas",
        "Saint Thomas Lowland",
        "Saint Thomas Middle Island",
        "Saint Vincent",
        "Sakhalinskaya oblast'",
        "Sakiet ed Daier",
        "Sakiet ez Zit",
        "Salah ad Din",
        "Sale Al Jadida",
        "Salt Lake City",
        "Salvaleon de Higuey",
        "Sam Son",
        "Samarskaya oblast'",
        "Samegrelo-Zemo Svaneti",
        "Samut Prakan",
        "San Andres, Providencia y Santa Catalina",
        "San Antonio",
        "San Bernardino",
        "San Bernardo",
        "San Blas-Canillejas",
        "San Carlos",
        "San Carlos del Zulia",
        "San Cristobal",
        "San Cristobal de las Casas",
        "San Diego",
        "San Felipe",
        "San Fernando",
        "San Fernando de Apure",
        "San Francisco",
        "San Francisco De Borja",
        "San Francisco de Macoris",
        "San Jose",
        "San Jose del Cabo",
        "San Jose del Monte",
        "San Juan",
        "San Juan Sacatepequez",
        "San Juan de los Morros",
        "San Juan del Rio",
        "San Juan-Laventille",
        "San Justo",
        "San Lorenzo",
        "San Luis",
        "San Luis Potosi",
        "San Luis Rio Colorado",
        "San Marino",
        "San Martin",
        "San Martin Texmelucan de Labastida",
        "San Mateo",
        "San Miguel",
        "San Miguel de Allende",
        "San Miguel de Tucuman",
        "San Miguel del Padron",
        "San Miguelito",
        "San Nicolas de los Arroyos",
        "San Nicolas de los Garza",
        "San Pablo",
        "San Pablo de las Salinas",
        "San Pedro",
        "San Pedro Garza Garcia",
        "San Pedro Sula",
        "San Pedro de Macoris",
        "San Pedro de la Paz",
        "San Rafael",
        "San Salvador",
        "San Salvador de Jujuy",
        "San Tung Chung Hang",
        "Sanchez Ramirez",
        "Sancti Spiritus",
        "Sandy Springs",
        "Sangla Hill",
        "Sant Andreu",
        "Sant Julia de Loria",
        "Sant Marti",
        "Santa Ana",
        "Santa Anita - Los Ficus",
        "Santa Barbara d'Oeste",
        "Santa Catarina",
        "Santa Clara",
        "Santa Clarita",
        "Santa Coloma de Gramenet",
        "Santa Cruz",
        "Santa Cruz de Tenerife",
        "Santa Cruz de la Sierra",
        "Santa Cruz do Sul",
        "Santa Fe",
        "Santa Lucia Cotzumalguapa",
        "Santa Luzia",
        "Santa Maria",
        "Santa Marta",
        "Santa Rita",
        "Santa Rosa",
        "Santa Tecla",
        "Santa Teresa del Tuy",
        "Santana de Parnaiba",
        "Santiago Rodriguez",
        "Santiago de Cuba",
        "Santiago de Queretaro",
        "Santiago de Surco",
        "Santiago de los Caballeros",
        "Santiago del Estero",
        "Santo Andre",
        "Santo Antonio",
        "Santo Antonio de Jesus",
        "Santo Domingo",
        "Santo Domingo Este",
        "Santo Domingo Oeste",
        "Santo Domingo de los Colorados",
        "Santo Domingo de los Tsachilas",
        "Sao Bernardo do Campo",
        "Sao Caetano do Sul",
        "Sao Carlos",
        "Sao Goncalo do Amarante",
        "Sao Joao de Meriti",
        "Sao Jose",
        "Sao Jose de Ribamar",
        "Sao Jose do Rio Preto",
        "Sao Jose dos Campos",
        "Sao Jose dos Pinhais",
        "Sao Leopoldo",
        "Sao Lourenco da Mata",
        "Sao Lucas",
        "Sao Luis",
        "Sao Mateus",
        "Sao Paulo",
        "Sao Pedro da Aldeia",
        "Sao Rafael",
        "Sao Tome",
        "Sao Vicente",
        "Sapucaia do Sul",
        "Saratovskaya oblast'",
        "Sarria-Sant Gervasi",
        "Satu Mare",
        "Saudi Arabia",
        "Sawai Madhopur",
        "Scottish Borders",
        "Sector 1",
        "Sector 2",
        "Sector 3",
        "Sector 4",
        "Sector 5",
        "Sector 6",
        "Selayang Baru Utara",
        "Sembawang Estate",
        "Senador Canedo",
        "Sengkang New Town",
        "Serangoon New Town",
        "Sergiyev Posad",
        "Seri Kembangan",
        "Seri Manjung",
        "Set Ka Lay",
        "Sete Lagoas",
        "Setia Alam",
        "Severnaya Osetiya, Respublika",
        "Sha Tin",
        "Shaanxi Sheng",
        "Shabeellaha Dhexe",
        "Shabeellaha Hoose",
        "Shah Alam",
        "Shahdad Kot",
        "Shahin Shahr",
        "Shahr-e Kord",
        "Shahr-e Sadra",
        "Shahrak-e Pardisan",
        "Shahre Jadide Andisheh",
        "Sham Shui Po",
        "Shamal Sina'",
        "Shamal al Batinah",
        "Shamal ash Sharqiyah",
        "Shandong Sheng",
        "Shanxi Sheng",
        "Sheepshead Bay",
        "Shetland Islands",
        "Shibin al Kawm",
        "Shida Kartli",
        "Shimali al Bahri al Ahmar",
        "Shivaji Nagar",
        "Shubra al Khaymah",
        "Shyghys Qazaqstan oblysy",
        "Si Maha Phot",
        "Si Racha",
        "Siauliu apskritis",
        "Sibensko-kninska zupanija",
        "Sichuan Sheng",
        "Sidi Bel Abbes",
        "Sidi Slimane",
        "Siem Reab",
        "Siem Reap",
        "Sierra Leone",
        "Simi Valley",
        "Simoes Filho",
        "Sint Maarten",
        "Sioux Falls",
        "Sisacko-moslavacka zupanija",
        "Sistan va Baluchestan",
        "Skane lan [SE-12]",
        "Skhidni Kvartaly",
        "Smolenskaya oblast'",
        "Soc Trang",
        "Soccsksargen (Region XII)",
        "Sodermanlands lan [SE-04]",
        "Soledad de Graciano Sanchez",
        "Solomon Islands",
        "Soltustik Qazaqstan oblysy",
        "Somerset West",
        "Son La",
        "Son Tay",
        "Souk Ahras",
        "South Africa",
        "South Australia",
        "South Ayrshire",
        "South Bend",
        "South Boston",
        "South Carolina",
        "South Cotabato",
        "South Dakota",
        "South Darfur",
        "South Dublin",
        "South Fulton",
        "South Georgia",
        "South Gloucestershire",
        "South Kordofan",
        "South Korea",
        "South Lanarkshire",
        "South Sudan",
        "South Tangerang",
        "South Tyneside",
        "Southern Highlands",
        "Southern Leyte",
        "Southern Nations, Nationalities and Peoples",
        "Southern Province",
        "Southern Region",
        "Southwest Ethiopia Peoples",
        "Spanish Town",
        "Splitsko-dalmatinska zupanija",
        "Spring Valley",
        "Sri Ganganagar",
        "Sri Jayewardenepura Kotte",
        "Sri Lanka",
        "St Helens",
        "St Peter Port",
        "St. Catharines",
        "St. George's",
        "St. Helens",
        "St. John's",
        "St. Louis",
        "St. Petersburg",
        "Stara Zagora",
        "Staryy Oskol",
        "Staten Island",
        "Sterea Ellada",
        "Sterling Heights",
        "Stockholms lan [SE-01]",
        "Stredocesky kraj",
        "Stueng Traeng",
        "Suan Luang",
        "Subang Jaya",
        "Sud Sardegna",
        "Sulawesi Barat",
        "Sulawesi Selatan",
        "Sulawesi Tengah",
        "Sulawesi Tenggara",
        "Sulawesi Utara",
        "Sultan Kudarat",
        "Sultan Pur Majra",
        "Sumatera Barat",
        "Sumatera Selatan",
        "Sumatera Utara",
        "Sumedang Utara",
        "Sumska oblast",
        "Sungai Buloh",
        "Sungai Penuh",
        "Sungai Petani",
        "Sunrise Manor",
        "Sunset Park",
        "Sunshine Coast",
        "Surat Thani",
        "Surigao del Norte",
        "Surigao del Sur",
        "Sutton Coldfield",
        "Svaay Rieng",
        "Sverdlovskaya oblast'",
        "Swansea [Abertawe GB-ATA]",
        "Taboao da Serra",
        "Tai Po",
        "Taiwan Sheng",
        "Taling Chan",
        "Tam Ky",
        "Taman Petaling",
        "Tambovskaya oblast'",
        "Tamil Nadu",
        "Tampines Estate",
        "Tampines New Town",
        "Tan An",
        "Tan Chau",
        "Tan-Tan (EH-partial)",
        "Tana River",
        "Tando Adam",
        "Tando Allahyar",
        "Tando Bago",
        "Tando Muhammad Khan",
        "Tangara da Serra",
        "Tanger-Tetouan-Al Hoceima",
        "Tanjung Pandan",
        "Tanjung Pinang",
        "Tarfaya (EH-partial)",
        "Targu Mures",
        "Tarlac City",
        "Tarragona [Tarragona]",
        "Tasek Glugor",
        "Tatarstan, Respublika",
        "Taurages apskritis",
        "Tay Ho",
        "Tay Ninh",
        "Tbong Khmum",
        "Teixeira de Freitas",
        "Tel Aviv",
        "Telford and Wrekin",
        "Telsiu apskritis",
        "Teluk Intan",
        "Tempe Junction",
        "Teofilo Otoni",
        "Ternopilska oblast",
        "Teshi Old Town",
        "Tetuan de las Victorias",
        "Texcoco de Mora",
        "Thai Nguyen",
        "Thanh Hoa",
        "Thanh Khe",
        "Thanh Pho Ba Ria",
        "Thanh Xuan",
        "Thanh pho Song Cong",
        "The Bronx",
        "The Hague",
        "The Netherlands",
        "The Valley",
        "Thi Tran Thuan Chau",
        "Thi Tran ai Tu",
        "Thi Tran ong Trieu",
        "Thies Nones",
        "Thoi Lai",
        "Thon Buri",
        "Thot Not",
        "Thousand Oaks",
        "Thu Dau Mot",
        "Thu uc",
        "Thua Thien-Hue",
        "Thuan An",
        "Thuan Thanh",
        "Thunder Bay",
        "Thung Khru",
        "Tien Giang",
        "Tierra del Fuego",
        "Timor Leste",
        "Tin Shui Wai",
        "Tinh Bien",
        "Tiris Zemmour",
        "Tizi Ouzou",
        "Toa Payoh New Town",
        "Toba Tek Singh",
        "Tomskaya oblast'",
        "Torbat-e Heydariyeh",
        "Torfaen [Tor-faen]",
        "Torrejon de Ardoz",
        "Tower Hamlets",
        "Tra Vinh",
        "Trang Bang",
        "Trans Nzoia",
        "Trenciansky kraj",
        "Trentino-Alto Adige",
        "Trinity Palmetto Point",
        "Trnavsky kraj",
        "Troms og Finnmark",
        "Tseung Kwan O",
        "Tsing Yi Town",
        "Tsuen Wan",
        "Tuen Mun",
        "Tul'skaya oblast'",
        "Tung Chung",
        "Turkistan oblysy",
        "Tuy Hoa",
        "Tuyen Quang",
        "Tuz Khurmatu",
        "Tverskaya oblast'",
        "Twifu Praso",
        "Tyoply Stan",
        "Tyumenskaya oblast'",
        "Tyva, Respublika",
        "U.S. Virgin Islands",
        "Uasin Gishu",
        "Ubon Ratchathani",
        "Udmurtskaya Respublika",
        "Udon Thani",
        "Ul'yanovskaya oblast'",
        "Ulan Bator",
        "Ulu Bedok",
        "Ulytau oblysy",
        "Umm Qasr",
        "Umm al Qaywayn",
        "United Arab Emirates",
        "United Kingdom",
        "United States",
        "United States Minor Outlying Islands",
        "Universal City",
        "Uppal Kalan",
        "Upper Demerara-Berbice",
        "Upper East",
        "Upper Nile",
        "Upper River",
        "Upper Takutu-Upper Essequibo",
        "Upper West",
        "Upper West Side",
        "Uppsala lan [SE-03]",
        "Ustecky kraj",
        "Utenos apskritis",
        "Uttar Pradesh",
        "Uva Province",
        "Vale of Glamorgan, The [Bro Morgannwg GB-BMG]",
        "Valenciana, Comunidad",
        "Valle d'Aosta",
        "Valle de La Pascua",
        "Valle del Cauca",
        "Valparaiso de Goias",
        "Van Nuys",
        "Varazdinska zupanija",
        "Varmlands lan [SE-17]",
        "Varzea Grande",
        "Varzea Paulista",
        "Vasco da Gama",
        "Vasterbottens lan [SE-24]",
        "Vasternorrlands lan [SE-22]",
        "Vastmanlands lan [SE-19]",
        "Vastra Gotalands lan [SE-14]",
        "Vasyl'evsky Ostrov",
        "Vatican City",
        "Vayoc Jor",
        "Velikiy Novgorod",
        "Velikiye Luki",
        "Venustiano Carranza",
        "Veracruz de Ignacio de la Llave",
        "Vestfold og Telemark",
        "Viciebskaja voblasc",
        "Victoria de Durango",
        "Viet Tri",
        "Viet Yen",
        "Vila Andrade",
        "Vila Curuca",
        "Vila Flor",
        "Vila Jacui",
        "Vila Maria",
        "Vila Mariana",
        "Vila Matilde",
        "Vila Medeiros",
        "Vila Prudente",
        "Vila Velha",
        "Villa Canales",
        "Villa Clara",
        "Villa Lugano",
        "Villa Mercedes",
        "Villa Nueva",
        "Ville de Ndjamena",
        "Vilniaus apskritis",
        "Vina del Mar",
        "Vinh Chau",
        "Vinh Long",
        "Vinh Phuc",
        "Vinh Yen",
        "Vinnytska oblast",
        "Virginia Beach",
        "Viroviticko-podravska zupanija",
        "Vitoria da Conquista",
        "Vitoria de Santo Antao",
        "Vlaams Gewest",
        "Vladimirskaya oblast'",
        "Volgogradskaya oblast'",
        "Vologodskaya oblast'",
        "Volta Redonda",
        "Volynska oblast",
        "Voreio Aigaio",
        "Voronezhskaya oblast'",
        "Vukovarsko-srijemska zupanija",
        "Vung Tau",
        "Wad Medani",
        "Wadi Fira",
        "Wadi as Sir",
        "Wah Cantt",
        "Wales [Cymru GB-CYM]",
        "Waltham Forest",
        "Wan Chai",
        "Wang Thonglang",
        "Wangsa Maju",
        "Washington Heights",
        "Wenshan City",
        "West Bengal",
        "West Berkshire",
        "West Bromwich",
        "West Coast",
        "West Covina",
        "West Darfur",
        "West Dunbartonshire",
        "West Island",
        "West Jerusalem",
        "West Jordan",
        "West Kordofan",
        "West Lothian",
        "West New Britain",
        "West Northamptonshire",
        "West Palm Beach",
        "West Pokot",
        "West Raleigh",
        "West Sepik",
        "West Sussex",
        "West Valley City",
        "West Virginia",
        "Western Australia",
        "Western Bahr el Ghazal",
        "Western Cape",
        "Western Equatoria",
        "Western Highlands",
        "Western North",
        "Western Province",
        "Western Sahara",
        "Western Visayas (Region VI)",
        "White Nile",
        "Wichita Falls",
        "Wilayah Persekutuan Kuala Lumpur",
        "Wilayah Persekutuan Labuan",
        "Wilayah Persekutuan Putrajaya",
        "Windsor and Maidenhead",
        "Wong Tai Sin",
        "Woqooyi Galbeed",
        "Wrexham [Wrecsam GB-WRC]",
        "Xalapa de Enriquez",
        "Xilin Hot",
        "Xinjiang Uygur Zizhiqu",
        "Xizang Zizhiqu",
        "Xuan Loc",
        "Yamuna Nagar",
        "Yaroslavskaya oblast'",
        "Yen Bai",
        "Yen Vinh",
        "Yevreyskaya avtonomnaya oblast'",
        "Yishun New Town",
        "Yuen Long",
        "Yuen Long Kau Hui",
        "Yuen Long San Hui",
        "Yunnan Sheng",
        "Zadarska zupanija",
        "Zagrebacka zupanija",
        "Zakarpatska oblast",
        "Zamboanga Peninsula (Region IX)",
        "Zamboanga Sibugay",
        "Zamboanga del Norte",
        "Zamboanga del Sur",
        "Zamora Chinchipe",
        "Zamora de Hidalgo",
        "Zanzibar North",
        "Zanzibar South",
        "Zanzibar West",
        "Zaporizka oblast",
        "Zhambyl oblysy",
        "Zhejiang Sheng",
        "Zhetisu oblysy",
        "Zhu Cheng City",
        "Zhytomyrska oblast",
        "Zielona Gora",
        "Zilinsky kraj",
        "Zlinsky kraj",
        "a Lat",
        "ak Lak",
        "ak Nong",
        "ien Ban",
        "ien Bien",
        "ong Ha",
        "ong Hoi",
        "ong Nai",
        "ong Thap",
        "ong Xoai",
        "ong a",
        "the Grenadines",
        "the South Sandwich Islands",
        "uc Pho",
        "uc Trong",
        "wallonne, Region",
    }
)
