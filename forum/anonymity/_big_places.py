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
