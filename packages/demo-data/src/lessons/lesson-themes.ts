import type { LessonLanguage } from './demo-lesson.js';

/**
 * Fields of work lessons are about. The first thirteen match the demo partnerships' themes
 * (same key, SDG targets and DAC sectors as ../demo-themes.ts), so a lesson can be linked to
 * partnerships sharing a country and goal; the last four cover the goals those themes leave
 * out (9, 10, 16, 17).
 */
export interface LessonTheme {
  key: string;
  sdgTargets: readonly string[];
  sectors: readonly string[];
  /** The field as a prepositional phrase after 'our partnership': 'on safe drinking water'. */
  field: Readonly<Record<LessonLanguage, string>>;
}

export const lessonThemes: readonly LessonTheme[] = [
  {
    key: 'water',
    sdgTargets: ['6.1', '6.2', '6.b', '6.4'],
    sectors: ['140', '410'],
    field: {
      en: 'on safe drinking water and sanitation',
      fr: 'en matière d’eau potable et d’assainissement',
      es: 'en materia de agua potable y saneamiento',
      de: 'im Bereich Trinkwasser und Sanitärversorgung',
    },
  },
  {
    key: 'agriculture',
    sdgTargets: ['2.3', '2.4', '5.a', '12.3'],
    sectors: ['311', '250'],
    field: {
      en: 'on smallholder farming',
      fr: 'en matière d’agriculture familiale',
      es: 'en materia de agricultura familiar',
      de: 'im Bereich kleinbäuerliche Landwirtschaft',
    },
  },
  {
    key: 'education',
    sdgTargets: ['4.1', '4.c', '4.2', '4.a'],
    sectors: ['112', '111', '113'],
    field: {
      en: 'on foundational learning in primary schools',
      fr: 'en matière d’éducation de base',
      es: 'en materia de educación básica',
      de: 'im Bereich Grundbildung',
    },
  },
  {
    key: 'health',
    sdgTargets: ['3.1', '3.2', '3.8'],
    sectors: ['122', '121', '130'],
    field: {
      en: 'on maternal and newborn health',
      fr: 'en matière de santé maternelle et néonatale',
      es: 'en materia de salud materna y neonatal',
      de: 'im Bereich Mütter- und Neugeborenengesundheit',
    },
  },
  {
    key: 'infectious-disease',
    sdgTargets: ['3.3', '3.8'],
    sectors: ['122', '121'],
    field: {
      en: 'on malaria and tuberculosis control',
      fr: 'en matière de lutte contre le paludisme',
      es: 'en materia de control de la malaria',
      de: 'im Bereich Malaria- und Tuberkulosebekämpfung',
    },
  },
  {
    key: 'energy',
    sdgTargets: ['7.1', '7.2', '7.b'],
    sectors: ['232', '236', '231'],
    field: {
      en: 'on off-grid solar energy',
      fr: 'en matière d’énergie solaire hors réseau',
      es: 'en materia de energía solar fuera de la red',
      de: 'im Bereich netzunabhängige Solarenergie',
    },
  },
  {
    key: 'fisheries',
    sdgTargets: ['14.4', '14.b', '14.7', '14.2'],
    sectors: ['313', '410'],
    field: {
      en: 'on small-scale fisheries',
      fr: 'en matière de pêche artisanale',
      es: 'en materia de pesca artesanal',
      de: 'im Bereich handwerkliche Fischerei',
    },
  },
  {
    key: 'landscapes',
    sdgTargets: ['15.3', '15.1', '15.2', '13.1'],
    sectors: ['312', '410', '311'],
    field: {
      en: 'on forest protection and land restoration',
      fr: 'en matière de restauration des terres',
      es: 'en materia de restauración de paisajes',
      de: 'im Bereich Waldschutz und Landschaftsrenaturierung',
    },
  },
  {
    key: 'resilience',
    sdgTargets: ['13.1', '11.5', '1.5', '11.b'],
    sectors: ['740', '410'],
    field: {
      en: 'on disaster preparedness',
      fr: 'en matière de prévention des catastrophes',
      es: 'en materia de gestión del riesgo de desastres',
      de: 'im Bereich Katastrophenvorsorge',
    },
  },
  {
    key: 'jobs',
    sdgTargets: ['8.6', '4.4', '8.5'],
    sectors: ['113', '250', '321'],
    field: {
      en: 'on skills and jobs for young people',
      fr: 'en matière d’emploi des jeunes',
      es: 'en materia de empleo juvenil',
      de: 'im Bereich Ausbildung und Beschäftigung junger Menschen',
    },
  },
  {
    key: 'financial-inclusion',
    sdgTargets: ['5.5', '8.10', '5.a', '1.4'],
    sectors: ['240', '250'],
    field: {
      en: 'on financial inclusion for women',
      fr: 'en matière d’inclusion financière des femmes',
      es: 'en materia de inclusión financiera de las mujeres',
      de: 'im Bereich finanzielle Teilhabe von Frauen',
    },
  },
  {
    key: 'urban-waste',
    sdgTargets: ['11.6', '12.5', '6.3'],
    sectors: ['140', '410'],
    field: {
      en: 'on urban waste and recycling',
      fr: 'en matière de gestion des déchets urbains',
      es: 'en materia de gestión de residuos urbanos',
      de: 'im Bereich städtische Abfallwirtschaft',
    },
  },
  {
    key: 'nutrition',
    sdgTargets: ['2.2', '2.1'],
    sectors: ['122', '520', '311'],
    field: { en: 'on child nutrition', fr: 'en matière de nutrition infantile', es: 'en materia de nutrición infantil', de: 'im Bereich Kinderernährung' },
  },
  {
    key: 'digital',
    sdgTargets: ['9.c', '9.1', '17.8'],
    sectors: ['220'],
    field: {
      en: 'on rural internet access',
      fr: 'en matière d’accès rural à internet',
      es: 'en materia de conectividad rural',
      de: 'im Bereich ländlicher Internetzugang',
    },
  },
  {
    key: 'inclusion',
    sdgTargets: ['10.2', '10.7', '16.9'],
    sectors: ['160', '151'],
    field: {
      en: 'on the inclusion of migrants and refugees',
      fr: 'en matière d’inclusion des personnes migrantes',
      es: 'en materia de inclusión de personas migrantes',
      de: 'im Bereich Integration von Geflüchteten',
    },
  },
  {
    key: 'governance',
    sdgTargets: ['16.6', '16.7', '16.3'],
    sectors: ['151', '152'],
    field: {
      en: 'on local governance and access to justice',
      fr: 'en matière de gouvernance locale',
      es: 'en materia de gobernanza local',
      de: 'im Bereich lokale Regierungsführung',
    },
  },
  {
    key: 'data',
    sdgTargets: ['17.18', '17.17', '17.9'],
    sectors: ['151', '160'],
    field: {
      en: 'on open data for development',
      fr: 'en matière de données statistiques',
      es: 'en materia de datos estadísticos',
      de: 'im Bereich Entwicklungsstatistik',
    },
  },
];
