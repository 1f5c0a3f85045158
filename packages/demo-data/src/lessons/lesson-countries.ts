import { getCountry } from '@msp-atlas/reference-data';
import { programCountries, programCountry, type DemoCountry } from '../demo-countries.js';
import type { LessonLanguage } from './demo-lesson.js';

// Which demo countries lessons in each language come from, and the countries' names in
// that language (CLDR names through Intl, with a few shorter or more usual forms).

const frenchSpeaking = ['SEN', 'CIV', 'BFA', 'MLI', 'NER', 'BEN', 'CMR', 'COD', 'MDG', 'MAR', 'TUN', 'HTI', 'RWA'];
const spanishSpeaking = ['PER', 'BOL', 'ECU', 'COL', 'GTM', 'HND', 'NIC', 'MEX'];
const englishWorking = programCountries.map((country) => country.code).filter((code) => !frenchSpeaking.includes(code) && !spanishSpeaking.includes(code));

const countryPools: Readonly<Record<LessonLanguage, readonly string[]>> = {
  en: englishWorking,
  fr: frenchSpeaking,
  es: spanishSpeaking,
  de: programCountries.map((country) => country.code),
};

const nameOverrides: Readonly<Partial<Record<LessonLanguage, Readonly<Record<string, string>>>>> = {
  fr: { COD: 'RD Congo' },
  es: { COD: 'RD Congo', CIV: 'Costa de Marfil' },
  de: { COD: 'DR Kongo' },
};

export function lessonCountryPool(language: LessonLanguage): readonly DemoCountry[] {
  return countryPools[language].map(programCountry);
}

export function countryNameIn(language: LessonLanguage, country: DemoCountry): string {
  if (language === 'en') return country.name;
  const override = nameOverrides[language]?.[country.code];
  if (override) return override;
  const alpha2 = getCountry(country.code)?.alpha2;
  const localName = alpha2 ? new Intl.DisplayNames([language], { type: 'region' }).of(alpha2) : undefined;
  return localName ?? country.name;
}
