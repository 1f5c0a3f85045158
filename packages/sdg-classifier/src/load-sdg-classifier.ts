import { readFileSync } from 'node:fs';
import { createSdgClassifier } from './create-sdg-classifier.js';
import { seedQueries } from './lexicon/seed-queries.js';
import type { SdgModelArtefact, ShippedQuery } from './model/model-artefact.js';
import type { SdgClassifier } from './sdg-classifier.js';

// The model is built ahead of time (scripts/build-model.ts) from the shipped data; loading
// only reads two JSON files and compiles the query lines.
const MODEL_URL = new URL('../model/sdg-model.json', import.meta.url);
const QUERIES_URL = new URL('../model/aurora-queries.json', import.meta.url);

let loaded: SdgClassifier | undefined;

export function loadSdgClassifier(): SdgClassifier {
  loaded ??= createSdgClassifier(readModelArtefact(), [...readExpertQueries(), ...seedQueries]);
  return loaded;
}

export function readModelArtefact(): SdgModelArtefact {
  return JSON.parse(readFileSync(MODEL_URL, 'utf8')) as SdgModelArtefact;
}

export function readExpertQueries(): ShippedQuery[] {
  return JSON.parse(readFileSync(QUERIES_URL, 'utf8')) as ShippedQuery[];
}
