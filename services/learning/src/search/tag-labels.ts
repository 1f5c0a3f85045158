import type { Phase, SuccessFactor } from '@msp-atlas/msp-vocabulary';
import type { TagLabelLanguage } from '../lesson/lesson-languages.js';
import type { LessonKind } from '../lesson/lesson-kind.js';

type Labels = Readonly<Record<TagLabelLanguage, string>>;

// The words a practitioner would search for a tag, in each language of the library: the
// tag's name and a few near words. They go into a lesson's search documents, so that a
// query in one language finds lessons written in another through their tags.

export const PHASE_LABELS: Readonly<Record<Phase, Labels>> = {
  INITIATION: {
    en: 'initiation start problem stakeholders',
    fr: 'initiation lancement démarrage',
    es: 'iniciación inicio arranque',
    de: 'Initiierung Anfang Start',
  },
  DESIGN: {
    en: 'design roadmap agreement',
    fr: 'conception feuille de route accord',
    es: 'diseño hoja de ruta acuerdo',
    de: 'Gestaltung Planung Fahrplan Vereinbarung',
  },
  IMPLEMENTATION: { en: 'implementation delivery', fr: 'mise en œuvre réalisation', es: 'implementación ejecución', de: 'Umsetzung Durchführung' },
  FURTHER_DEVELOPMENT: {
    en: 'further development scaling continuation',
    fr: 'développement ultérieur pérennisation',
    es: 'desarrollo ulterior continuidad',
    de: 'Weiterentwicklung Verstetigung',
  },
};

export const SUCCESS_FACTOR_LABELS: Readonly<Record<SuccessFactor, Labels>> = {
  JOINT_OBJECTIVES: {
    en: 'joint objectives vision milestones',
    fr: 'objectifs communs vision jalons',
    es: 'objetivos comunes visión hitos',
    de: 'gemeinsame Ziele Vision Meilensteine',
  },
  LEADERSHIP: { en: 'leadership core group', fr: 'leadership groupe central', es: 'liderazgo grupo central', de: 'Führung Kerngruppe' },
  HIGH_LEVEL_SUPPORT: {
    en: 'high-level support champions political backing',
    fr: 'soutien politique haut niveau champions',
    es: 'apoyo político alto nivel',
    de: 'politische Unterstützung Fürsprecher',
  },
  RIGHT_STAKEHOLDERS: {
    en: 'right stakeholders partners affected groups',
    fr: 'bonnes parties prenantes partenaires',
    es: 'actores adecuados socios',
    de: 'richtige Akteure Partner Beteiligte',
  },
  TRUST: { en: 'trust respect', fr: 'confiance respect', es: 'confianza respeto', de: 'Vertrauen Respekt' },
  SHARED_LANGUAGE: {
    en: 'shared language terminology culture',
    fr: 'langage commun terminologie culture',
    es: 'lenguaje común terminología cultura',
    de: 'gemeinsame Sprache Begriffe Kultur',
  },
  SECRETARIAT: {
    en: 'secretariat coordination',
    fr: 'secrétariat coordination',
    es: 'secretaría coordinación',
    de: 'Sekretariat Koordination Geschäftsstelle',
  },
  EQUAL_GOVERNANCE: {
    en: 'equal governance decisions',
    fr: 'gouvernance équitable décisions',
    es: 'gobernanza equitativa decisiones',
    de: 'gleichberechtigte Steuerung Entscheidungen',
  },
  RESOURCES: {
    en: 'resources funding budget money financing',
    fr: 'ressources financement budget',
    es: 'recursos financiación presupuesto',
    de: 'Ressourcen Finanzierung Budget Geld',
  },
  CONTEXT_ALIGNMENT: {
    en: 'context alignment duplication',
    fr: 'alignement contexte duplication',
    es: 'alineación contexto duplicación',
    de: 'Kontext Abstimmung Doppelarbeit',
  },
  AGENDA_2030: {
    en: 'agenda 2030 sustainable development goals',
    fr: 'agenda 2030 objectifs de développement durable',
    es: 'agenda 2030 objetivos de desarrollo sostenible',
    de: 'Agenda 2030 Nachhaltigkeitsziele',
  },
  RESULTS_MONITORING: {
    en: 'results monitoring indicators',
    fr: 'suivi des résultats indicateurs',
    es: 'monitoreo de resultados indicadores',
    de: 'Wirkungsmonitoring Indikatoren',
  },
  EVALUATION_REPORTING: {
    en: 'evaluation reporting reports',
    fr: 'évaluation rapports',
    es: 'evaluación informes',
    de: 'Evaluierung Berichterstattung Berichte',
  },
  LEARNING: { en: 'learning lessons', fr: 'apprentissage leçons', es: 'aprendizaje lecciones', de: 'Lernen Erfahrungen' },
  RESULTS_ORIENTATION: {
    en: 'results orientation impact',
    fr: 'orientation résultats impact',
    es: 'orientación a resultados impacto',
    de: 'Ergebnisorientierung Wirkung',
  },
  ROLES_COMMITMENTS: {
    en: 'roles commitments memorandum agreement',
    fr: 'rôles engagements protocole accord',
    es: 'roles compromisos memorando',
    de: 'Rollen Verpflichtungen Absichtserklärung',
  },
  TRANSPARENT_COMMUNICATION: {
    en: 'transparent communication information',
    fr: 'communication transparente information',
    es: 'comunicación transparente información',
    de: 'transparente Kommunikation Information',
  },
  SCALING_HANDOVER: { en: 'scaling handover continuation', fr: 'mise à échelle transfert', es: 'escalamiento traspaso', de: 'Skalierung Übergabe' },
};

export const KIND_LABELS: Readonly<Record<LessonKind, Labels>> = {
  SUCCESS: { en: 'success', fr: 'succès réussite', es: 'éxito', de: 'Erfolg' },
  FAILURE: { en: 'failure', fr: 'échec', es: 'fracaso', de: 'Misserfolg Scheitern' },
  PRACTICE: { en: 'practice', fr: 'pratique', es: 'práctica', de: 'Praxis' },
  TOOL: { en: 'tool', fr: 'outil', es: 'herramienta', de: 'Werkzeug Instrument' },
};
