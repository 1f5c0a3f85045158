import type { SeededRandom } from '../seeded-random.js';
import type { LessonLanguage } from './demo-lesson.js';

// Fictional practitioners, named to fit the lesson's language and where it comes from:
// whole names per country for English and French lessons (so given and family names belong
// together), German and Spanish names for German and Spanish lessons, international names
// for lessons from nowhere in particular.

const englishByCountry: Readonly<Record<string, readonly string[]>> = {
  KEN: ['Wanjiru Mwangi', 'Otieno Odhiambo', 'Faith Mutua', 'Kamau Njoroge'],
  UGA: ['Grace Nansubuga', 'Joseph Okello', 'Ruth Namaganda'],
  TZA: ['Daniel Kimaro', 'Neema Massawe', 'Halima Mrisho'],
  RWA: ['Eric Niyonzima', 'Claudine Uwimana'],
  ETH: ['Tesfaye Bekele', 'Hanna Girma', 'Meron Tadesse', 'Dawit Alemu'],
  MWI: ['Chikondi Phiri', 'Mercy Banda', 'Thokozani Chirwa'],
  MOZ: ['Celso Macuácua', 'Alda Cossa'],
  ZMB: ['Chanda Mulenga', 'Joyce Mwale', 'Mutinta Hamoonga'],
  ZAF: ['Thandiwe Dlamini', 'Sipho Nkosi', 'Lerato Mokoena'],
  GHA: ['Kwame Asante', 'Abena Boateng', 'Efua Owusu', 'Yaw Mensah'],
  NGA: ['Chinedu Okafor', 'Ngozi Adeyemi', 'Aisha Bello', 'Tunde Bakare'],
  SLE: ['Fatmata Kamara', 'Mohamed Sesay', 'Isatu Conteh'],
  EGY: ['Hani Abdelrahman', 'Mona Fathy', 'Sherif Mostafa'],
  JOR: ['Omar Nasser', 'Rania Khalil', 'Dana Haddadin'],
  LBN: ['Layla Haddad', 'Karim Mansour', 'Nour Saleh'],
  UZB: ['Dilnoza Karimova', 'Farrukh Rakhimov'],
  KGZ: ['Gulnara Abdyldaeva', 'Nurlan Toktogulov'],
  TJK: ['Aziz Usmonov', 'Firuza Nazarova'],
  IND: ['Priya Sharma', 'Suresh Iyer', 'Kavya Nair', 'Rahul Das', 'Anjali Mishra'],
  BGD: ['Farhana Rahman', 'Tanvir Hossain', 'Nusrat Jahan'],
  NPL: ['Sunita Gurung', 'Tashi Sherpa', 'Bikash Thapa'],
  PAK: ['Imran Qureshi', 'Ayesha Siddiqui', 'Bilal Ahmed'],
  LKA: ['Nirmala Perera', 'Ruwan Jayasinghe'],
  VNM: ['Nguyen Thi Linh', 'Tran Van Minh', 'Pham Thu Ha'],
  KHM: ['Sok Dara', 'Chea Sophal'],
  LAO: ['Noy Phommachanh', 'Somphone Keoduangchai'],
  IDN: ['Bayu Wijaya', 'Siti Rahmawati', 'Dewi Kusuma'],
  PHL: ['Maria Cristina Santos', 'Ana Reyes', 'Jose Dela Cruz'],
  BRA: ['Ana Paula Ferreira', 'João Carlos Souza', 'Luciana Oliveira'],
  FJI: ['Litia Naivalu', 'Ratu Vuniwaqa'],
  PNG: ['Joseph Kaupa', 'Grace Wari'],
  VUT: ['Miriam Tarivonda', 'Kalo Natuman'],
  SLB: ['Peter Taloi', 'Ellen Maelasi'],
  international: ['Sarah Thompson', 'David Clarke', 'Emma Walsh', 'Michael Evans', 'Rebecca Murray', 'Thomas Bennett', 'Hannah Hughes', 'James Carter'],
};

const frenchByCountry: Readonly<Record<string, readonly string[]>> = {
  SEN: ['Fatou Ndiaye', 'Ibrahima Sow', 'Aminata Diallo', 'Cheikh Faye'],
  CIV: ['Koffi Kouassi', 'Awa Koné', 'Adjoua Yao'],
  BFA: ['Salimata Ouédraogo', 'Ousmane Kaboré', 'Mariam Sawadogo'],
  MLI: ['Moussa Traoré', 'Abdoulaye Maïga', 'Kadiatou Coulibaly'],
  NER: ['Hadiza Moussa', 'Abdou Garba'],
  BEN: ['Rosine Hounkpatin', 'Sylvain Ahouansou'],
  CMR: ['Théodore Mbarga', 'Clarisse Ngo Nyemb'],
  COD: ['Jean-Pierre Mukendi', 'Esther Mwamba', 'Patrick Ilunga'],
  MDG: ['Hery Rakotomalala', 'Rivo Andrianina', 'Voahangy Randriamampionona', 'Tiana Rasoanaivo'],
  MAR: ['Youssef Benali', 'Karim El Idrissi', 'Leïla Mansouri'],
  TUN: ['Nadia Bouzid', 'Samira Trabelsi', 'Mehdi Jaziri'],
  HTI: ['Jean-Baptiste Pierre', 'Marie-Claude Joseph', 'Wilner Saint-Fleur', 'Nadège Louis'],
  RWA: ['Claudine Uwimana', 'Eric Niyonzima'],
  international: ['Claire Dubois', 'Élodie Lefèvre', 'Mathieu Girard', 'Sophie Marchand', 'Antoine Rousseau'],
};

const spanishGiven = [
  'María José',
  'Carlos',
  'Lucía',
  'Andrés',
  'Rosa',
  'Javier',
  'Ximena',
  'Diego',
  'Carmen',
  'Luis Fernando',
  'Valentina',
  'Jorge',
  'Gabriela',
  'Ernesto',
  'Paola',
  'Wilmer',
];
const spanishFamily = [
  'García',
  'Rodríguez',
  'López',
  'Castillo',
  'Mendoza',
  'Flores',
  'Chávez',
  'Morales',
  'Vargas',
  'Gutiérrez',
  'Ramírez',
  'Pérez',
  'Hernández',
  'Aguilar',
];
/** Quechua and Aymara family names, for lessons from the Andes. */
const andeanFamily = ['Quispe', 'Mamani', 'Huamán', 'Condori', 'Choque', 'Apaza'];
const germanGiven = [
  'Anna',
  'Jonas',
  'Katharina',
  'Matthias',
  'Sabine',
  'Felix',
  'Julia',
  'Tobias',
  'Miriam',
  'Stefan',
  'Lena',
  'Andreas',
  'Franziska',
  'Lukas',
  'Ursula',
  'Jan',
];
const germanFamily = [
  'Müller',
  'Schneider',
  'Becker',
  'Hoffmann',
  'Wagner',
  'Fischer',
  'Keller',
  'Braun',
  'Zimmermann',
  'Hartmann',
  'Krüger',
  'Lehmann',
  'Schmitt',
  'Vogel',
  'Brunner',
  'Huber',
];

/** The region a demo country belongs to, for pairing neighbouring countries. */
export const regionOfCountry: Readonly<Record<string, string>> = Object.fromEntries([
  ...['KEN', 'UGA', 'TZA', 'RWA'].map((code) => [code, 'eastAfrica']),
  ['ETH', 'ethiopia'],
  ...['MWI', 'MOZ', 'ZMB', 'ZAF'].map((code) => [code, 'southernAfrica']),
  ['MDG', 'madagascar'],
  ...['GHA', 'NGA', 'SEN', 'CIV', 'BFA', 'MLI', 'NER', 'SLE', 'BEN'].map((code) => [code, 'westAfrica']),
  ...['CMR', 'COD'].map((code) => [code, 'centralAfrica']),
  ...['MAR', 'TUN'].map((code) => [code, 'maghreb']),
  ...['EGY', 'JOR', 'LBN'].map((code) => [code, 'middleEast']),
  ...['UZB', 'KGZ', 'TJK'].map((code) => [code, 'centralAsia']),
  ...['IND', 'BGD', 'NPL', 'PAK', 'LKA'].map((code) => [code, 'southAsia']),
  ...['VNM', 'KHM', 'LAO', 'IDN', 'PHL'].map((code) => [code, 'southeastAsia']),
  ...['FJI', 'PNG', 'VUT', 'SLB'].map((code) => [code, 'pacific']),
  ...['PER', 'BOL', 'ECU', 'COL'].map((code) => [code, 'andes']),
  ...['GTM', 'HND', 'NIC', 'MEX'].map((code) => [code, 'centralAmerica']),
  ['BRA', 'brazil'],
  ['HTI', 'haiti'],
]);

export function pickAuthorName(random: SeededRandom, language: LessonLanguage, countries: readonly string[]): string {
  if (language === 'es') {
    const andean = countries[0] !== undefined && regionOfCountry[countries[0]] === 'andes';
    return `${random.pick(spanishGiven)} ${random.pick(andean ? [...spanishFamily, ...andeanFamily] : spanishFamily)}`;
  }
  if (language === 'de') return `${random.pick(germanGiven)} ${random.pick(germanFamily)}`;
  const byCountry = language === 'fr' ? frenchByCountry : englishByCountry;
  return random.pick((countries[0] && byCountry[countries[0]]) || byCountry.international!);
}
