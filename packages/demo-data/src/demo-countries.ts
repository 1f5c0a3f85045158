/**
 * Countries where the demo partnerships work, with real place names to build
 * fictional partnership and organisation names from. Codes are ISO 3166-1 alpha-3
 * and must exist in @msp-atlas/reference-data.
 */
export interface DemoCountry {
  code: string;
  /** The short name people use, e.g. 'Tanzania' rather than the UN's long form. */
  name: string;
  /** Towns, districts and landscapes. */
  places: readonly string[];
  /** Lakes, rivers and coasts, for fisheries and water themes. */
  waterPlaces: readonly string[];
  /** Crops and livestock smallholders live from. */
  commodities: readonly string[];
}

export const programCountries: readonly DemoCountry[] = [
  {
    code: 'KEN',
    name: 'Kenya',
    places: ['Kisumu', 'Turkana', 'Rift Valley', 'Machakos', 'Kakamega', 'Garissa'],
    waterPlaces: ['Lake Victoria', 'Lake Turkana', 'Tana River', 'Kenyan Coast'],
    commodities: ['Tea', 'Dairy', 'Avocado'],
  },
  {
    code: 'UGA',
    name: 'Uganda',
    places: ['Gulu', 'Mbale', 'Mbarara', 'Karamoja', 'Jinja'],
    waterPlaces: ['Lake Victoria', 'Lake Kyoga', 'Albert Nile'],
    commodities: ['Coffee', 'Cassava', 'Beans'],
  },
  {
    code: 'TZA',
    name: 'Tanzania',
    places: ['Mwanza', 'Dodoma', 'Mbeya', 'Kilimanjaro', 'Zanzibar'],
    waterPlaces: ['Lake Victoria', 'Lake Tanganyika', 'Zanzibar Coast'],
    commodities: ['Cashew', 'Coffee', 'Maize'],
  },
  {
    code: 'RWA',
    name: 'Rwanda',
    places: ['Musanze', 'Huye', 'Nyagatare', 'Rubavu'],
    waterPlaces: ['Lake Kivu', 'Akagera'],
    commodities: ['Coffee', 'Tea', 'Potato'],
  },
  {
    code: 'ETH',
    name: 'Ethiopia',
    places: ['Tigray', 'Sidama', 'Afar', 'Oromia Highlands', 'Bahir Dar'],
    waterPlaces: ['Lake Tana', 'Awash River', 'Blue Nile'],
    commodities: ['Coffee', 'Teff', 'Sesame'],
  },
  {
    code: 'MWI',
    name: 'Malawi',
    places: ['Lilongwe', 'Zomba', 'Mzuzu', 'Shire Valley'],
    waterPlaces: ['Lake Malawi', 'Shire River'],
    commodities: ['Groundnut', 'Maize', 'Soybean'],
  },
  {
    code: 'MOZ',
    name: 'Mozambique',
    places: ['Nampula', 'Sofala', 'Cabo Delgado', 'Tete'],
    waterPlaces: ['Zambezi Delta', 'Mozambique Channel'],
    commodities: ['Cashew', 'Sesame', 'Maize'],
  },
  {
    code: 'ZMB',
    name: 'Zambia',
    places: ['Copperbelt', 'Mongu', 'Kasama', 'Chipata'],
    waterPlaces: ['Lake Kariba', 'Zambezi', 'Bangweulu Wetlands'],
    commodities: ['Soybean', 'Maize', 'Honey'],
  },
  {
    code: 'MDG',
    name: 'Madagascar',
    places: ['Antananarivo', 'Toliara', 'Sava', 'Fianarantsoa'],
    waterPlaces: ['Menabe Coast', 'Lake Alaotra'],
    commodities: ['Vanilla', 'Rice', 'Cloves'],
  },
  {
    code: 'GHA',
    name: 'Ghana',
    places: ['Tamale', 'Kumasi', 'Upper West', 'Volta Region', 'Cape Coast'],
    waterPlaces: ['Lake Volta', 'Ghanaian Coast'],
    commodities: ['Cocoa', 'Shea', 'Cashew'],
  },
  {
    code: 'NGA',
    name: 'Nigeria',
    places: ['Kano', 'Kaduna', 'Enugu', 'Niger Delta', 'Jos Plateau'],
    waterPlaces: ['Niger Delta', 'Lake Chad', 'Benue River'],
    commodities: ['Cassava', 'Rice', 'Sorghum'],
  },
  {
    code: 'SEN',
    name: 'Senegal',
    places: ['Casamance', 'Thiès', 'Kaolack', 'Saint-Louis', 'Matam'],
    waterPlaces: ['Senegal River', 'Petite Côte', 'Saloum Delta'],
    commodities: ['Groundnut', 'Millet', 'Mango'],
  },
  {
    code: 'CIV',
    name: "Côte d'Ivoire",
    places: ['San-Pédro', 'Korhogo', 'Daloa', 'Bouaké'],
    waterPlaces: ['Ivorian Coast', 'Bandama River'],
    commodities: ['Cocoa', 'Cashew', 'Rubber'],
  },
  {
    code: 'BFA',
    name: 'Burkina Faso',
    places: ['Bobo-Dioulasso', 'Ouahigouya', 'Fada N’Gourma', 'Dédougou'],
    waterPlaces: ['Mouhoun River', 'Bagré Lake'],
    commodities: ['Sesame', 'Cotton', 'Shea'],
  },
  {
    code: 'MLI',
    name: 'Mali',
    places: ['Ségou', 'Mopti', 'Sikasso', 'Kayes'],
    waterPlaces: ['Inner Niger Delta', 'Niger River'],
    commodities: ['Rice', 'Cotton', 'Millet'],
  },
  {
    code: 'NER',
    name: 'Niger',
    places: ['Tillabéri', 'Maradi', 'Zinder', 'Agadez'],
    waterPlaces: ['Niger River', 'Komadougou'],
    commodities: ['Millet', 'Cowpea', 'Onion'],
  },
  {
    code: 'SLE',
    name: 'Sierra Leone',
    places: ['Bo', 'Kenema', 'Makeni', 'Kono'],
    waterPlaces: ['Sherbro Coast', 'Rokel River'],
    commodities: ['Cocoa', 'Rice', 'Palm Oil'],
  },
  {
    code: 'BEN',
    name: 'Benin',
    places: ['Parakou', 'Abomey', 'Natitingou', 'Porto-Novo'],
    waterPlaces: ['Lake Nokoué', 'Ouémé Valley'],
    commodities: ['Cotton', 'Cashew', 'Pineapple'],
  },
  {
    code: 'CMR',
    name: 'Cameroon',
    places: ['Bamenda', 'Garoua', 'Bertoua', 'Kribi'],
    waterPlaces: ['Lake Chad', 'Sanaga River', 'Kribi Coast'],
    commodities: ['Cocoa', 'Coffee', 'Plantain'],
  },
  {
    code: 'COD',
    name: 'DR Congo',
    places: ['Kivu', 'Kasaï', 'Ituri', 'Kisangani'],
    waterPlaces: ['Lake Kivu', 'Congo River', 'Lake Tanganyika'],
    commodities: ['Coffee', 'Cassava', 'Cocoa'],
  },
  {
    code: 'ZAF',
    name: 'South Africa',
    places: ['Eastern Cape', 'Limpopo', 'KwaZulu-Natal', 'Karoo'],
    waterPlaces: ['Wild Coast', 'Orange River'],
    commodities: ['Rooibos', 'Citrus', 'Wool'],
  },
  {
    code: 'MAR',
    name: 'Morocco',
    places: ['Souss-Massa', 'Drâa-Tafilalet', 'Oriental', 'Fès-Meknès'],
    waterPlaces: ['Atlantic Coast', 'Moulouya River'],
    commodities: ['Argan', 'Olive', 'Date Palm'],
  },
  {
    code: 'TUN',
    name: 'Tunisia',
    places: ['Kairouan', 'Gafsa', 'Sidi Bouzid', 'Médenine'],
    waterPlaces: ['Gulf of Gabès', 'Medjerda Valley'],
    commodities: ['Olive', 'Date Palm', 'Almond'],
  },
  {
    code: 'EGY',
    name: 'Egypt',
    places: ['Upper Egypt', 'Fayoum', 'Minya', 'Aswan'],
    waterPlaces: ['Nile Delta', 'Lake Nasser'],
    commodities: ['Cotton', 'Wheat', 'Citrus'],
  },
  {
    code: 'JOR',
    name: 'Jordan',
    places: ['Irbid', 'Mafraq', 'Zarqa', 'Ma’an'],
    waterPlaces: ['Jordan Valley', 'Aqaba Coast'],
    commodities: ['Olive', 'Tomato', 'Date Palm'],
  },
  {
    code: 'LBN',
    name: 'Lebanon',
    places: ['Bekaa Valley', 'Akkar', 'Tyre', 'Tripoli'],
    waterPlaces: ['Litani River', 'Lebanese Coast'],
    commodities: ['Olive', 'Apple', 'Grapes'],
  },
  {
    code: 'UZB',
    name: 'Uzbekistan',
    places: ['Fergana', 'Karakalpakstan', 'Samarkand', 'Khorezm'],
    waterPlaces: ['Aral Sea', 'Amu Darya'],
    commodities: ['Cotton', 'Apricot', 'Wheat'],
  },
  {
    code: 'KGZ',
    name: 'Kyrgyzstan',
    places: ['Osh', 'Naryn', 'Jalal-Abad', 'Talas'],
    waterPlaces: ['Issyk-Kul', 'Naryn River'],
    commodities: ['Walnut', 'Honey', 'Livestock'],
  },
  {
    code: 'TJK',
    name: 'Tajikistan',
    places: ['Khatlon', 'Sughd', 'Rasht Valley', 'Pamir'],
    waterPlaces: ['Vakhsh River', 'Panj River'],
    commodities: ['Cotton', 'Apricot', 'Lemon'],
  },
  {
    code: 'IND',
    name: 'India',
    places: ['Odisha', 'Bundelkhand', 'Marathwada', 'Assam', 'Jharkhand', 'Rajasthan'],
    waterPlaces: ['Sundarbans', 'Chilika Lake', 'Ganges Basin'],
    commodities: ['Millet', 'Cotton', 'Tea'],
  },
  {
    code: 'BGD',
    name: 'Bangladesh',
    places: ['Sylhet', 'Khulna', 'Rangpur', 'Cox’s Bazar'],
    waterPlaces: ['Sundarbans', 'Padma River', 'Haor Basin'],
    commodities: ['Rice', 'Jute', 'Shrimp'],
  },
  {
    code: 'NPL',
    name: 'Nepal',
    places: ['Karnali', 'Terai', 'Gandaki', 'Sudurpashchim'],
    waterPlaces: ['Koshi River', 'Karnali River'],
    commodities: ['Cardamom', 'Tea', 'Ginger'],
  },
  {
    code: 'PAK',
    name: 'Pakistan',
    places: ['Sindh', 'Balochistan', 'Punjab', 'Gilgit-Baltistan'],
    waterPlaces: ['Indus Delta', 'Makran Coast'],
    commodities: ['Cotton', 'Wheat', 'Mango'],
  },
  {
    code: 'LKA',
    name: 'Sri Lanka',
    places: ['Jaffna', 'Uva', 'Batticaloa', 'Kandy'],
    waterPlaces: ['Mannar Coast', 'Mahaweli River'],
    commodities: ['Tea', 'Cinnamon', 'Coconut'],
  },
  {
    code: 'VNM',
    name: 'Viet Nam',
    places: ['Mekong Delta', 'Central Highlands', 'Quảng Nam', 'Điện Biên'],
    waterPlaces: ['Mekong Delta', 'Red River Delta', 'Central Coast'],
    commodities: ['Rice', 'Coffee', 'Pepper'],
  },
  {
    code: 'KHM',
    name: 'Cambodia',
    places: ['Battambang', 'Siem Reap', 'Kampong Thom', 'Ratanakiri'],
    waterPlaces: ['Tonlé Sap', 'Mekong River'],
    commodities: ['Rice', 'Cassava', 'Cashew'],
  },
  {
    code: 'LAO',
    name: 'Laos',
    places: ['Luang Prabang', 'Savannakhet', 'Champasak', 'Houaphanh'],
    waterPlaces: ['Mekong River', 'Nam Ou'],
    commodities: ['Coffee', 'Rice', 'Tea'],
  },
  {
    code: 'IDN',
    name: 'Indonesia',
    places: ['Nusa Tenggara', 'Sulawesi', 'Aceh', 'West Kalimantan', 'Papua'],
    waterPlaces: ['Coral Triangle', 'Lake Toba', 'Banda Sea'],
    commodities: ['Palm Oil', 'Cocoa', 'Coffee'],
  },
  {
    code: 'PHL',
    name: 'Philippines',
    places: ['Mindanao', 'Eastern Visayas', 'Bicol', 'Cordillera'],
    waterPlaces: ['Visayan Sea', 'Laguna de Bay', 'Palawan Coast'],
    commodities: ['Coconut', 'Rice', 'Abaca'],
  },
  {
    code: 'PER',
    name: 'Peru',
    places: ['Cusco', 'Puno', 'Cajamarca', 'San Martín', 'Ayacucho'],
    waterPlaces: ['Lake Titicaca', 'Peruvian Coast', 'Amazon Lowlands'],
    commodities: ['Coffee', 'Quinoa', 'Cacao'],
  },
  {
    code: 'BOL',
    name: 'Bolivia',
    places: ['Potosí', 'Cochabamba', 'Beni', 'Chuquisaca'],
    waterPlaces: ['Lake Titicaca', 'Beni River'],
    commodities: ['Quinoa', 'Brazil Nut', 'Cacao'],
  },
  {
    code: 'ECU',
    name: 'Ecuador',
    places: ['Manabí', 'Chimborazo', 'Esmeraldas', 'Loja'],
    waterPlaces: ['Gulf of Guayaquil', 'Galápagos'],
    commodities: ['Cacao', 'Banana', 'Coffee'],
  },
  {
    code: 'COL',
    name: 'Colombia',
    places: ['Cauca', 'Nariño', 'Chocó', 'Huila', 'La Guajira'],
    waterPlaces: ['Magdalena River', 'Pacific Coast'],
    commodities: ['Coffee', 'Cacao', 'Avocado'],
  },
  {
    code: 'BRA',
    name: 'Brazil',
    places: ['Pará', 'Ceará', 'Bahia', 'Maranhão'],
    waterPlaces: ['Amazon River', 'São Francisco River'],
    commodities: ['Açaí', 'Cashew', 'Coffee'],
  },
  {
    code: 'GTM',
    name: 'Guatemala',
    places: ['Huehuetenango', 'Alta Verapaz', 'Quiché', 'Petén'],
    waterPlaces: ['Lake Atitlán', 'Motagua River'],
    commodities: ['Coffee', 'Cardamom', 'Maize'],
  },
  {
    code: 'HND',
    name: 'Honduras',
    places: ['Choluteca', 'Copán', 'Olancho', 'La Mosquitia'],
    waterPlaces: ['Gulf of Fonseca', 'Bay Islands'],
    commodities: ['Coffee', 'Cacao', 'Beans'],
  },
  {
    code: 'NIC',
    name: 'Nicaragua',
    places: ['Matagalpa', 'Estelí', 'León', 'Jinotega'],
    waterPlaces: ['Lake Nicaragua', 'Caribbean Coast'],
    commodities: ['Coffee', 'Cacao', 'Dairy'],
  },
  {
    code: 'MEX',
    name: 'Mexico',
    places: ['Oaxaca', 'Chiapas', 'Yucatán', 'Guerrero'],
    waterPlaces: ['Gulf of California', 'Yucatán Coast'],
    commodities: ['Coffee', 'Honey', 'Maize'],
  },
  {
    code: 'HTI',
    name: 'Haiti',
    places: ['Artibonite', 'Grand’Anse', 'Nord-Est', 'Les Cayes'],
    waterPlaces: ['Artibonite River', 'Gulf of Gonâve'],
    commodities: ['Coffee', 'Mango', 'Vetiver'],
  },
  {
    code: 'FJI',
    name: 'Fiji',
    places: ['Vanua Levu', 'Lautoka', 'Lau Islands', 'Nadi'],
    waterPlaces: ['Great Sea Reef', 'Rewa River'],
    commodities: ['Kava', 'Sugarcane', 'Taro'],
  },
  {
    code: 'PNG',
    name: 'Papua New Guinea',
    places: ['Eastern Highlands', 'Sepik', 'Morobe', 'Bougainville'],
    waterPlaces: ['Sepik River', 'Milne Bay'],
    commodities: ['Coffee', 'Cocoa', 'Vanilla'],
  },
  {
    code: 'VUT',
    name: 'Vanuatu',
    places: ['Espiritu Santo', 'Tanna', 'Malekula'],
    waterPlaces: ['Port Vila Harbour', 'Shefa Coast'],
    commodities: ['Kava', 'Copra', 'Cocoa'],
  },
  {
    code: 'SLB',
    name: 'Solomon Islands',
    places: ['Guadalcanal', 'Malaita', 'Western Province'],
    waterPlaces: ['Marovo Lagoon', 'Langa Langa Lagoon'],
    commodities: ['Cocoa', 'Copra', 'Coconut'],
  },
];

const byCode = new Map(programCountries.map((country) => [country.code, country]));

export function programCountry(code: string): DemoCountry {
  const country = byCode.get(code);
  if (!country) throw new Error(`No demo country ${code}`);
  return country;
}
