import type { SeededRandom } from '../seeded-random.js';
import type { LessonLanguage } from './demo-lesson.js';

// Fictional practitioners. French, Spanish and German lessons draw from one pool per
// language; English lessons from a pool for the region of the lesson's first country.

interface NamePool {
  given: readonly string[];
  family: readonly string[];
}

const frenchNames: NamePool = {
  given: ['Aminata', 'Moussa', 'Fatou', 'Ibrahima', 'Claire', 'Jean-Baptiste', 'Mariam', 'Ousmane', 'Nadia', 'Hery', 'Rivo', 'Awa', 'Koffi', 'Élodie', 'Youssef', 'Salimata', 'Théodore', 'Aïcha'],
  family: ['Diallo', 'Traoré', 'Ouédraogo', 'Koné', 'Ndiaye', 'Rakotomalala', 'Mensah', 'Kaboré', 'Benali', 'Dubois', 'Sawadogo', 'Mbarga', 'Andrianina', 'Diop', 'Kouassi', 'Lefèvre', 'Bamba', 'Hounkpatin'],
};

const spanishNames: NamePool = {
  given: ['María José', 'Carlos', 'Lucía', 'Andrés', 'Rosa', 'Javier', 'Ximena', 'Diego', 'Carmen', 'Luis Fernando', 'Valentina', 'Jorge', 'Gabriela', 'Ernesto', 'Paola', 'Wilmer'],
  family: ['Quispe', 'Mamani', 'García', 'Rodríguez', 'Huamán', 'López', 'Castillo', 'Mendoza', 'Flores', 'Chávez', 'Morales', 'Vargas', 'Gutiérrez', 'Ramírez', 'Condori', 'Pérez'],
};

const germanNames: NamePool = {
  given: ['Anna', 'Jonas', 'Katharina', 'Matthias', 'Sabine', 'Felix', 'Julia', 'Tobias', 'Miriam', 'Stefan', 'Lena', 'Andreas', 'Franziska', 'Lukas', 'Ursula', 'Jan'],
  family: ['Müller', 'Schneider', 'Becker', 'Hoffmann', 'Wagner', 'Fischer', 'Keller', 'Braun', 'Zimmermann', 'Hartmann', 'Krüger', 'Lehmann', 'Schmitt', 'Vogel', 'Brunner', 'Huber'],
};

const englishNamesByRegion: Readonly<Record<string, NamePool>> = {
  eastAfrica: {
    given: ['Wanjiru', 'Otieno', 'Grace', 'Daniel', 'Amina', 'Joseph', 'Nakato', 'Tesfaye', 'Chikondi', 'Mercy'],
    family: ['Mwangi', 'Odhiambo', 'Nansubuga', 'Kimaro', 'Uwimana', 'Bekele', 'Phiri', 'Banda', 'Mutua', 'Okello'],
  },
  westAfrica: {
    given: ['Kwame', 'Abena', 'Chinedu', 'Ngozi', 'Kofi', 'Adaeze', 'Mohamed', 'Fatmata', 'Yaw', 'Efua'],
    family: ['Asante', 'Boateng', 'Okafor', 'Adeyemi', 'Kamara', 'Sesay', 'Owusu', 'Eze', 'Bello', 'Mensah'],
  },
  southernAfrica: {
    given: ['Thandiwe', 'Sipho', 'Lerato', 'Mandla', 'Naledi', 'Tinashe'],
    family: ['Dlamini', 'Nkosi', 'Mokoena', 'Ndlovu', 'Khumalo', 'Zulu'],
  },
  middleEastCentralAsia: {
    given: ['Layla', 'Omar', 'Rania', 'Karim', 'Dilnoza', 'Aziz', 'Gulnara', 'Nurlan'],
    family: ['Haddad', 'Nasser', 'Khalil', 'Mansour', 'Karimov', 'Usmonov', 'Abdyldaev', 'Saleh'],
  },
  southAsia: {
    given: ['Priya', 'Rahul', 'Anjali', 'Farhana', 'Suresh', 'Sunita', 'Imran', 'Nirmala', 'Kavya', 'Tashi'],
    family: ['Sharma', 'Das', 'Rahman', 'Patel', 'Gurung', 'Perera', 'Iyer', 'Chowdhury', 'Khan', 'Thapa'],
  },
  southeastAsiaPacific: {
    given: ['Linh', 'Dara', 'Maria Cristina', 'Bayu', 'Siti', 'Ana', 'Mele', 'Joseph', 'Noy', 'Ratu'],
    family: ['Nguyen', 'Sok', 'Santos', 'Wijaya', 'Rahmawati', 'Reyes', 'Tuilagi', 'Kaupa', 'Phommachanh', 'Vuniwaqa'],
  },
  international: {
    given: ['Sarah', 'David', 'Emma', 'Michael', 'Rebecca', 'Thomas', 'Hannah', 'James'],
    family: ['Thompson', 'Clarke', 'Walsh', 'Evans', 'Murray', 'Bennett', 'Hughes', 'Carter'],
  },
};

const regionOfCountry: Readonly<Record<string, string>> = Object.fromEntries([
  ...['KEN', 'UGA', 'TZA', 'RWA', 'ETH', 'MWI', 'MOZ', 'ZMB', 'MDG', 'COD'].map((code) => [code, 'eastAfrica']),
  ...['GHA', 'NGA', 'SEN', 'CIV', 'BFA', 'MLI', 'NER', 'SLE', 'BEN', 'CMR'].map((code) => [code, 'westAfrica']),
  ...['ZAF'].map((code) => [code, 'southernAfrica']),
  ...['MAR', 'TUN', 'EGY', 'JOR', 'LBN', 'UZB', 'KGZ', 'TJK'].map((code) => [code, 'middleEastCentralAsia']),
  ...['IND', 'BGD', 'NPL', 'PAK', 'LKA'].map((code) => [code, 'southAsia']),
  ...['VNM', 'KHM', 'LAO', 'IDN', 'PHL', 'FJI', 'PNG', 'VUT', 'SLB'].map((code) => [code, 'southeastAsiaPacific']),
]);

export function pickAuthorName(random: SeededRandom, language: LessonLanguage, countries: readonly string[]): string {
  const pool = namePool(language, countries[0]);
  return `${random.pick(pool.given)} ${random.pick(pool.family)}`;
}

function namePool(language: LessonLanguage, country: string | undefined): NamePool {
  if (language === 'fr') return frenchNames;
  if (language === 'es') return spanishNames;
  if (language === 'de') return germanNames;
  return englishNamesByRegion[(country && regionOfCountry[country]) ?? 'international'] ?? englishNamesByRegion.international!;
}
