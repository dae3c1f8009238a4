"""One-word names of big places (cities of 300,000 people or more, countries, US
states), written by bench/make_big_places.py from GeoNames (CC BY 4.0); do not edit
by hand."""

_NAMES = """
    Aba Abeokuta Abidjan Abobo Abuja Accra Adachi Adana Aden Afghanistan Agadir Agartala Agege
    Agra Aguascalientes Ahilyanagar Ahmedabad Ahvaz Aihara Ajegunle Ajman Ajmer Akashi Akita
    Akola Akowonjo Aksaray Aktobe Akure Alabama Alanya Alaska Albania Albuquerque Aleppo
    Alexandria Algeria Algiers Alicante Aligarh Alimosho Almaty Alwar Alīgarh Amagasaki Ambato
    Ambattur Ambon Amman Amravati Amritsar Amsterdam Anaheim Ananindeua Anapolis Andijon Andorra
    Angeles Angola Anguilla Ankang Ankara Annaba Anqing Anqiu Anshan Anshun Antakya Antalya
    Antananarivo Antarctica Antipolo Antofagasta Antwerp Anyang Anápolis Aqsu Aracaju Arak
    Ardabil Ardabīl Arequipa Argentina Arifwala Arizona Arkansas Arkhangelsk Arlington Armenia
    Aruba Arusha Arāk Asahikawa Asansol Ashgabat Asmara Assiut Astana Astrakhan Asuncion
    Asunción Aswan Aswān Atasehir Ataşehir Athens Atlanta Auckland Augsburg Aurangabad Aurora
    Australia Austria Avadi Avellaneda Awasa Azcapotzalco Azerbaijan Bacolod Bacoor Bafoussam
    Bagclar Baghdad Bahamas Bahawalpur Bahcelievler Bahrain Bahçelievler Baicheng Baise
    Bakersfield Baku Balbala Balikpapan Ballari Baltimore Bamako Bamenda Banan Bandarban Bandung
    Bangkok Bangladesh Bangui Banjarmasin Bannu Banqiao Baoding Baoji Baoshan Baotou Barbados
    Barcelona Barddhaman Barddhamān Bareilly Bari Barinas Barnaul Barquisimeto Barranquilla
    Barueri Basrah Basuo Batam Batikent Batman Battagram Bauchi Bauru Bawshar Bazhong Bağcılar
    Beian Beihai Beijing Beira Beirut Bekasi Belagavi Belarus Belem Belfast Belgium Belgorod
    Belgrade Belize Bello Belém Bengaluru Bengbu Benghazi Bengkulu Benguela Benin Benoni Benxi
    Berlin Bermuda Betim Beylikduzu Beylikdüzü Bhagalpur Bharatpur Bhatara Bhatpara Bhavnagar
    Bhawana Bhayandar Bhilai Bhilwara Bhiwandi Bhopal Bhubaneswar Bhutan Bhāgalpur Bhātpāra Bida
    Bielefeld Bijie Bikaner Bilaspur Bilbao Bilimora Bilāspur Bimbo Binan Binzhou Birkenhead
    Birmingham Bishkek Bissau Biñan Blantyre Blida Bloemfontein Blumenau Bochum Bogor Bogota
    Bogotá Bokaro Boksburg Bokāro Bolivia Bologna Bonn Borama Borivli Boston Botshabelo Botswana
    Bouake Bouaké Bozhou Bradford Brahmapur Brakpan Brampton Brasilia Brasília Bratislava Brazil
    Brazzaville Bremen Brent Brest Brisbane Bristol Brno Brunei Brussels Bryansk Bucaramanga
    Bucharest Buda Budapest Budta Buenaventura Bujumbura Bukavu Bulawayo Bulgaria Bunamwaya
    Bunia Buraydah Burewala Bursa Burundi Busan Butuan Bydgoszcz Bāndarban Cabanatuan Cabimas
    Cabinda Cabuyao Cairo Calabar Calamba Calgary Cali California Callao Caloocan Calumbo
    Camaguey Camagüey Camama Camayenne Cambodia Cameroon Campinas Canada Canberra Cancun Cancún
    Cangzhou Cankaya Canoas Caracas Carapicuiba Carapicuíba Cardiff Cariacica Carrefour
    Cartagena Caruaru Casablanca Catania Caucaia Cazenga Cebu Celaya Chanda Chandigarh Changchun
    Changde Changning Changsha Changshu Changwon Changyi Changzhi Changzhou Chaoyang Chaozhou
    Chattogram Cheboksary Chelyabinsk Chengde Chengdu Chennai Chenzhou Cheonan Cherepovets Chiba
    Chicago Chiclayo Chifeng Chihuahua Chile Chimbote Chimoio China Chiniot Chinju Chipata
    Chisinau Chita Chitungwiza Chizhou Chongjin Chongming Chongqing Chongzuo Christchurch
    Chunian Chuxiong Chuzhou Chānda Cibinong Cilegon Cimahi Cincinnati Cirebon Cixi Cleveland
    Coatzacoalcos Cochabamba Coimbatore Colombia Colombo Colorado Columbus Comilla Comoros
    Conakry Connecticut Constanta Constantine Constanţa Contagem Copenhagen Cordoba Corrientes
    Cotabato Cotonou Coventry Coyoacan Coyoacán Croatia Cuauhtemoc Cuauhtémoc Cuba Cucuta Cuenca
    Cuernavaca Cuiaba Cuiabá Cuito Culiacan Culiacán Cumana Cumaná Curacao Curitiba Cusco
    Cuttack Cuíto Cyprus Czechia Córdoba Cúcuta Dachang Daegu Daejeon Dakar Dalian Dallas Daloa
    Damanhur Damascus Damietta Dammam Dandong Daqing Darnytsya Dasmarinas Dasmariñas Datong
    Davangere Davao Daxinganling Daye Dayrah Dazhou Dehradun Delaware Delhi Delmas Denizli
    Denmark Denpasar Denver Depok Desna Detroit Deyang Dezhou Dhaka Dhanbad Dharavi Dhule
    Dhārāvi Diadema Diepsloot Dihok Dingxi Diyarbakr Diyarbakır Djibouti Dnipro Dniprovskyi
    Dodoma Doha Dombivali Dominica Donetsk Dongguan Dongying Dortmund Douala Dresden Dubai
    Dublin Duisburg Dumai Durban Durgapur Dushanbe Dusseldorf Düsseldorf Ecuador Edinburgh
    Edmonton Edogawe Egypt Elazg Elazığ Eldoret Emalahleni Ensenada Enugu Erbil Eritrea Erode
    Erzurum Esenler Esenyurt Eskisehir Eskişehir Eslamshahr Esna Espoo Essen Estonia Eswatini
    Ethiopia Etobicoke Evaton Ezhou Faisalabad Faridabad Fatih Fenghuang Fengshan Fengxiang Fes
    Fiji Finland Firozabad Florianopolis Florianópolis Florida Fortaleza Foshan Franca France
    Freetown Fresno Fujisawa Fukuoka Fukuyama Fushun Fuxin Fuyang Fuzhou Fīrozābād Gabon Gambia
    Ganja Ganzhou Gaomi Gatineau Gaya Gaza Gaziantep Gazipur Gboko Gdansk Gdańsk Geita Genoa
    Germany Ghana Ghaziabad Ghāziābād Gibraltar Gifu Giza Glasgow Goiania Goiânia Golfe Goma
    Gombe Gonder Gorakhpur Gothenburg Gqeberha Grajau Grajaú Graz Greece Greenland Grenada
    Guadalajara Guadeloupe Guam Guangan Guangyuan Guangzhou Guankou Guaruja Guarujá Guarulhos
    Guatemala Guayaquil Guediawaye Guernsey Guigang Guilin Guinea Guiyang Gujangbagh Gujranwala
    Gujrat Guli Gumi Gundupalaiyam Gundupālaiyam Guntur Gurugram Guwahati Guyana Guyuan
    Guédiawaye Gwalior Gwangju Gwangmyeong Hachioji Hachiōji Hafizabad Haikou Haiphong Haiti
    Halifax Hamadan Hamadān Hamah Hamamatsu Hamburg Hamhung Hamhŭng Hamilton Handan Hangzhou
    Hannover Hanoi Hanzhong Harare Harbin Hargeysa Hathazari Havana Hawaii Hebi Hechi Hechuan
    Hefei Hegang Helsinki Hengshui Hengyang Herat Hermosillo Herāt Heshan Heyuan Heze Hezhou
    Higashiosaka Himeji Hirakata Hiroshima Hisar Hlaingthaya Hohhot Holguin Holguín Homs Honcho
    Honchō Honduras Hongkou Honolulu Houston Howrah Hrodna Hsinchu Huaibei Huaihua Huainan
    Huambo Huancayo Huanggang Huangpu Huangshan Huangshi Hubballi Hue Huizhou Huludao Hulunbuir
    Hungary Hungnam Huocheng Huzhou Huế Hyderabad Hāthazāri Hŭngnam Iasi Iaşi Ibadan Ibague
    Ibagué Ibb Iceland Ichikawa Ichinomiya Idaho Ikare Ikeja Iksan Ilesa Iligan Illinois Iloilo
    Ilorin Imus Incheon India Indiana Indianapolis Indonesia Indore Iowa Ipoh Iquitos Iran
    Irapuato Iraq Irbid Ireland Irkutsk Iseyin Isfahan Islamabad Islington Ismailia Istanbul
    Itabashi Italy Itaquaquecetuba Ivanovo Iwaki Ixtapaluca Izhevsk Izmir Iztacalco Iztapalapa
    Jabalpur Jacksonville Jaipur Jajmau Jakarta Jalandhar Jalgaon Jamaica Jambi Jammu Jamnagar
    Jamshedpur Japan Jayapura Jeddah Jeju Jeonju Jepara Jersey Jerusalem Jhansi Jhānsi Jiading
    Jiamusi Jiangmen Jiangyin Jianshui Jiaojiang Jiaozhou Jiaozuo Jiaxing Jieyang Jijiga Jilin
    Jinan Jincheng Jingan Jingdezhen Jingmen Jingzhou Jinhua Jining Jinjiang Jinshan Jinzhong
    Jinzhou Jiujiang Jiuquan Jixi Jizhou Jodhpur Johannesburg Joinville Jos Juba Junagadh
    Jundiai Jundiaí Jājmau Jūnāgadh Kabul Kadapa Kaduna Kaechon Kaesong Kaesŏng Kafrul Kagoshima
    Kahama Kahramanmaras Kahramanmaraş Kaifeng Kakamega Kakinada Kalaburagi Kalemyo Kaliningrad
    Kalininskiy Kallakurichi Kaluga Kalyan Kalyān Kamarhati Kampala Kananga Kanayannur Kanazawa
    Kandahar Kandahār Kano Kanpur Kansas Kaohsiung Karabaglar Karabağlar Karachi Karagandy Karaj
    Karawang Karbala Karnal Karnāl Karsyaka Karşıyaka Kashan Kashgar Kashiwa Kassala Kasugai
    Kasur Kathmandu Katsina Katsushika Kawagoe Kawaguchi Kawasaki Kayseri Kazakhstan Kazan
    Kediri Keelung Kemerovo Kendari Kenitra Kennedy Kentucky Kenya Kerman Kermanshah Khabarovsk
    Kharkiv Khartoum Khorramabad Khorramshahr Khulna Kigali Kikolo Kikuyu Kikwit Kimhae Kingston
    Kinshasa Kira Kiribati Kirkuk Kirov Kisangani Kisumu Kita Kitakyushu Kitwe Kluang Kobe Kochi
    Kolhapur Kolhāpur Kolkata Kollam Koln Kolwezi Konak Konya Korba Korhogo Koriyama Korla
    Koshigaya Kosovo Kosti Kota Koto Kotō Koumassi Kowloon Kozhikode Krakow Kraków Krasnodar
    Krasnogvargeisky Krasnoyarsk Krugersdorp Kuantan Kuching Kucukcekmece Kukatpally Kulti
    Kumamoto Kumasi Kunming Kunshan Kupang Kurashiki Kurgan Kurnool Kursk Kurume Kuwait Kyiv
    Kyoto Kyrgyzstan Kyzylorda Köln Küçükçekmece Kākināda Kāmārhāti Kāshān Kōriyama Lagos Lahore
    Laibin Laiwu Laixi Langfang Lanzhou Laos Larkana Latakia Latur Latvia Laval Lebanon Leeds
    Leicester Leipzig Lekki Leshan Lesotho Lexington Lhoka Lianshan Lianyungang Liaocheng
    Liaoyang Liberia Libreville Libya Liechtenstein Likasi Lilongwe Lima Lincang Linfen Linyi
    Lipetsk Lisbon Lishui Lithuania Liupanshui Liuzhou Liverpool Lobito Lome Lomé London
    Londrina Longshan Longyan Loni Loudi Louisiana Louisville Luan Luancheng Luanda Lubango
    Lublin Lubumbashi Lucknow Ludhiana Luhansk Luliang Luohe Luoyang Lusaka Luxembourg Luxor
    Luzhou Lviv Lyon Lüliang Maanshan Macao Macapa Macapá Macau Maceio Maceió Machida Madagascar
    Madinah Madrid Madurai Maebashi Magnitogorsk Maheshtala Mahilyow Maianga Maiduguri Maine
    Maipu Maipú Makassar Makati Makhachkala Makiyivka Makkah Makurdi Malabon Malacca Malaga
    Malang Malanje Malatya Malawi Malaysia Maldives Malegaon Mali Malingao Malmo Malmö Malta
    Maltepe Manado Managua Manaus Manchester Mandalay Mandaluyong Mandaue Mangaluru Manhattan
    Manila Manizales Mannheim Mansilingan Manukau Maoming Maputo Maracaibo Maracay Maradi Mardan
    Marikina Maringa Maringá Markham Maroua Marrakesh Marseille Martinique Maryland Masan Maseru
    Mashhad Masina Massachusetts Matadi Mataram Mathura Matola Matsudo Matsuyama Maturin Maturín
    Maua Mauritania Mauritius Mauá Mawlamyine Mayotte Mazatlan Mazatlán Mbandaka Mbeya Medan
    Medellin Medellín Meerut Meishan Meizhou Meknes Melbourne Memphis Mengzi Merida Mersin Mesa
    Mexicali Mexico Miami Mianyang Michigan Micronesia Milwaukee Minato Mingora Minhang Minna
    Minneapolis Minnesota Minsk Miri Misratah Mississauga Mississippi Missouri Mixco Miyazaki
    Mogadishu Mohammadpur Moldova Mombasa Monaco Mongolia Monrovia Montana Montenegro Monteria
    Monterrey Montería Montevideo Montreal Montréal Montserrat Moradabad Morelia Morocco
    Morogoro Morādābād Moscow Mosul Mozambique Muar Mudanjiang Mukalla Mulenvos Multan Mumbai
    Munich Munster Muntinlupa Muratpasa Muratpaşa Murcia Muscat Muzaffarabad Muzaffarnagar
    Muzaffarpur Muzaffarābād Mwanza Myanmar Mykolayiv Mysuru Málaga Mérida Münster Nagano
    Nagasaki Nagoya Nagpur Naha Nairobi Najaf Najafgarh Najran Najrān Nakano Nakuru Namangan
    Namibia Nampo Nampula Nanchang Nanchong Nanded Nanjing Nanning Nanping Nanqiao Nansana
    Nantes Nantong Nanyang Naples Narela Nashik Nashville Nasiriyah Natal Natore Nauru Nawabshah
    Nazret Nazrēt Ndola Nebraska Neijiang Neiva Nellore Nepal Nevada Newcastle Niamey Nicaragua
    Nice Niger Nigeria Niigata Nilufer Nilüfer Ningbo Ningde Nishinomiya Niteroi Niterói Niue
    Nizamabad Nizāmābād Norway Nottingham Nouakchott Novokuznetsk Novosibirsk Nowrangapur Nukus
    Nuremberg Nyala Oakland Obalende Odesa Ogbomoso Ohio Oita Okara Okayama Okazaki Okene
    Oklahoma Olinda Omaha Oman Omdurman Omsk Ondo Onitsha Oral Oran Ordos Oregon Orel Orenburg
    Orlando Orumiyeh Orël Orūmīyeh Osaka Osasco Osh Oslo Osogbo Ota Otsu Ottawa Ouagadougou
    Oujda Owerri Oyo Padang Pakistan Palangkaraya Palau Palembang Palermo Pallabi Palma Palmas
    Palmira Palu Panama Panihati Panjin Panshan Panzhihua Paraguay Paranaque Parbhani Pasay
    Pasig Pasto Patiala Patiāla Patna Paulista Pavlodar Pekalongan Pekanbaru Pelentong Pelotas
    Pengze Pennsylvania Penza Percut Pereira Perm Perth Peru Peshawar Pest Petare Petionville
    Petrolina Philadelphia Philippines Phoenix Pietermaritzburg Pikine Pimpri Pingdingshan
    Pingdu Pingliang Pingxiang Piracicaba Pitcairn Pittsburgh Piura Pizhou Plovdiv Pohang
    Pokhara Poland Pontianak Popayan Popayán Portland Portoviejo Portugal Posadas Poznan Poznań
    Prague Prayagraj Preston Pretoria Pristina Pucallpa Puchong Pudong Puducherry Puebla Punasa
    Pune Puning Punāsa Putian Putuo Puxi Puyang Pyeongtaek Pyongyang Pétionville Pānihāti Qatar
    Qazvin Qingdao Qingpu Qingyang Qingyuan Qinhuangdao Qinzhou Qionghai Qiqihar Qitaihe Qods
    Qom Quanzhou Quebec Queens Quelimane Quetta Quezon Quito Qujing Quzhou Québec Rabat Raipur
    Rajamahendravaram Rajkot Rajshahi Raleigh Ramgundam Ramiros Ranchi Randburg Rangpur
    Rasapudipalem Rasapūdipalem Rasht Rawalpindi Reading Recife Reunion Reynosa Riga Riverside
    Riyadh Rizhao Rohini Rohtak Romania Rome Roodepoort Rosetta Rotterdam Ruian Ruiru Russia
    Rustenburg Rwanda Ryazan Rājkot Rāmgundam Sacramento Sadr Safi Sagamihara Saharanpur Sahiwal
    Sahāranpur Saitama Sakai Sale Salem Salta Saltillo Saltivka Salvador Salé Samara Samarinda
    Samarkand Samba Samoa Samsun Sanaa Sanandaj Sancaktepe Sandakan Sangli Sanhe Sanlurfa
    Sanmenxia Sanming Santos Sanya Sapele Sapporo Sarajevo Saransk Saratov Sargodha Saurimo
    Seattle Seeb Sejong Semarang Sendai Senegal Seoul Serang Serbia Serekunda Seremban Serra
    Setagaya Setapak Sevastopol Sevilla Seychelles Shahjanpur Shahriar Shahrīār Shanghai
    Shangluo Shangqiu Shangrao Shangyu Shantou Shanwei Shaoguan Shaoxing Shaoyang Sharjah
    Sheffield Shekhupura Shenyang Shenzhen Shibganj Shihezi Shijiazhuang Shinagawa Shinjuku
    Shiqi Shiraz Shivamogga Shiyan Shizuishan Shizuoka Sholapur Shouguang Shuangyashan Shuozhou
    Shyamnagar Shymkent Shāhjānpur Sialkot Sikasso Siliguri Simferopol Singapore Sinjhoro Siping
    Sisli Situbondo Skopje Slovakia Slovenia Smolensk Soacha Sochi Sokoto Soledad Solwezi
    Somalia Songjiang Sorocaba Soshanguve Soweto Soyapango Spain Srinagar Stavropol Stockholm
    Stockton Stuttgart Sudan Suez Suginami Suining Suita Suizhou Sukabumi Sukkur Sulaymaniyah
    Sultanah Sultanbeyli Sultangazi Sulţānah Sumbawanga Sumgayit Sunchon Suqian Surabaya
    Surakarta Surat Surgut Suriname Surrey Suwon Suzano Suzhou Swansea Sweden Switzerland Syria
    Szczecin Sāngli Tabora Tabriz Tabuk Taguig Taian Taicang Taichung Taif Tainan Taipei Taiwan
    Taiyuan Taiz Taizhou Tajikistan Takamatsu Takasaki Takatsuki Takeo Takoradi Talatona Tallinn
    Tamale Tampa Tampico Tanga Tangerang Tanggu Tangier Tangshan Tanta Tantou Tanzania Tanzhou
    Taoyuan Tapachula Taraz Tarlac Tarsus Tartus Tashkent Tasikmalaya Taubate Taubaté Tawau
    Tbilisi Tegucigalpa Tehran Temara Teni Tennessee Tepic Teresina Tete Tetouan Texas Thailand
    Thane Thembisa Thessaloniki Thessaloníki Thies Thiruvananthapuram Thiès Thoothukudi Thrissur
    Thāne Tianjin Tianshui Tieling Tijuana Tirana Tiruchirappalli Tirunelveli Tiruppur Tlahuac
    Tlalnepantla Tlalpan Tlaquepaque Tláhuac Toamasina Togo Tokelau Tokorozawa Tokyo Toluca
    Tolyatti Tomsk Tonala Tonalá Tonga Tongchuan Tonghua Tongling Tongshan Toronto Torreon
    Torreón Toshima Touba Toulouse Toyama Toyohashi Toyonaka Toyota Tripoli Trujillo Tshikapa
    Tucson Tula Tulsa Tumkur Tumkūr Tungi Tunis Tunisia Turin Turkey Turkmenistan Turmero Tuvalu
    Tuxtla Tver Tyumen Tétouan Uberaba Uberlandia Uberlândia Udaipur Ufa Uganda Uige Ujjain
    Ukraine Ulanqab Ulhasnagar Ulsan Ulyanovsk Umraniye Umuahia Uruguay Urumqi Usak Uskudar Utah
    Utrecht Utsunomiya Uvira Uyo Uzbekistan Uíge Uşak Vadodara Valencia Valenzuela Valladolid
    Valledupar Van Vancouver Vanuatu Varanasi Varna Vatican Vaughan Vellore Venezuela Veracruz
    Vereeniging Vermont Viana Vienna Vientiane Vietnam Vijayapura Vijayawada Villahermosa
    Villavicencio Vilnius Vinnytsya Virar Virār Visakhapatnam Vitebsk Vitoria Vitória
    Vladikavkaz Vladivostok Volgograd Vologda Volzhsky Voronezh Wafangdian Wakayama Wandsbek
    Wanning Wanxian Wanzhou Warangal Warder Warri Warsaw Washington Weifang Weihai Weinan Welkom
    Wellington Wenchang Wenshan Wenzhou Wichita Windhoek Winejok Winnipeg Wisconsin Wonju Wonsan
    Wrocaw Wrocław Wuhan Wuhu Wuppertal Wuwei Wuxi Wuzhong Wuzhou Wyoming Wŏnju Wŏnsan Xiamen
    Xian Xiangtan Xiangyang Xianning Xianyang Xiaogan Xichang Xico Xilinhot Xingtai Xingyi
    Xining Xinxiang Xinyang Xinyi Xinyu Xinzhou Xochimilco Xuancheng Xuanhua Xuchang Xuhui
    Xuzhou Yanan Yancheng Yangjiang Yangon Yangpu Yangquan Yangsan Yangshuo Yangzhou Yanji
    Yantai Yaounde Yaoundé Yaroslavl Yazd Yekaterinburg Yemen Yenagoa Yerevan Yibin Yichang
    Yichun Yinchuan Yingkou Yiwu Yixing Yogyakarta Yokkaichi Yokohama Yokosuka Yola Yongji
    Yongzhou Yueyang Yulin Yuncheng Yunfu Yunlong Yunusobod Zagazig Zagreb Zahedan Zambia
    Zamboanga Zanjan Zanzibar Zaozhuang Zapopan Zaporizhzhya Zaragoza Zaria Zarqa Zhabei
    Zhangjiagang Zhangjiajie Zhangjiakou Zhangye Zhangzhou Zhanjiang Zhaoqing Zhaotong Zhengzhou
    Zhenjiang Zhongshan Zhongwei Zhoukou Zhoushan Zhucheng Zhuhai Zhumadian Zhuzhou Zibo Zigong
    Zimbabwe Zinder Ziyang Zunyi Zurich Zürich Çankaya Ürümqi Üsküdar Āsansol İzmir Łódź Ōita
    Ōta Ōtsu Şanlıurfa Şişli Ţarţūs Ḩamāh
"""
BIG_PLACES = frozenset(_NAMES.split())
