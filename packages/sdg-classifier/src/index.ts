export type { SdgClassification, SdgClassifier, SdgClassifyOptions, SdgEvidence, SdgSuggestion, SdgTextLanguage } from './sdg-classifier.js';
export { loadSdgClassifier } from './load-sdg-classifier.js';
