import type { ShippedQuery } from '../model/model-artefact.js';

// Hand-written seed queries (this project's own work, same syntax as the expert queries) so
// that French, Spanish and German text meets the goals' key words; the official target
// texts in those languages add the rest. Deliberately short: words a project description uses.
const SEEDS: Record<'fr' | 'es' | 'de', Record<number, string[]>> = {
  fr: {
    6: ['"eau potable"', '"puits" OR "forage*" OR "latrine*" OR "toilette*"', '"assainissement" OR "eaux usees" OR "station d epuration"', '"acces" W/3 "eau"', '"hygiene" W/3 ("eau" OR "mains")'],
  },
  es: {
    6: ['"agua potable"', '"pozo*" OR "letrina*" OR "inodoro*"', '"saneamiento" OR "aguas residuales" OR "depuradora*"', '"acceso" W/3 "agua"', '"higiene" W/3 ("agua" OR "manos")'],
  },
  de: {
    6: ['"trinkwasser*"', '"brunnen" OR "latrine*" OR "toilette*"', '"sanitar*" OR "abwasser*" OR "klaranlage*"', '"zugang" W/3 ("wasser*" OR "trinkwasser*")', '"hygiene" W/3 ("wasser*" OR "hande*")'],
  },
};

export const seedQueries: ShippedQuery[] = Object.entries(SEEDS).flatMap(([lang, goals]) =>
  Object.entries(goals).flatMap(([goal, queries]) => queries.map((query) => ({ goal: Number(goal), target: null, query, seed: lang as 'fr' | 'es' | 'de' }))),
);
