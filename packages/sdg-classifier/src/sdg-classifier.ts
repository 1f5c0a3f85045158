/** Languages the classifier reads; text in another language gets what its words allow. */
export type SdgTextLanguage = 'en' | 'fr' | 'es' | 'de';

/** Why a suggestion was made: a passage of the input and what it matched. */
export interface SdgEvidence {
  /** The words of the input that matched, as written there. */
  phrase: string;
  /** Where they are in the input (UTF-16 offsets, end exclusive), for highlighting. */
  start: number;
  end: number;
  /** What they matched: an official target text, an expert query, or a term learned from labelled data. */
  source: 'TARGET_TEXT' | 'EXPERT_QUERY' | 'LEARNED_TERM';
  /** The goal or target code of the text or query matched ("6", "6.1"). */
  sourceCode: string;
  /** A readable form of what was matched (the query clause or the target text's words). */
  matched: string;
}

export interface SdgSuggestion {
  goal: number;
  /** A target of the goal, or null for a suggestion of the goal as a whole. */
  target: string | null;
  /** 0..1, higher is surer; comparable across goals. */
  score: number;
  evidence: SdgEvidence[];
}

export interface SdgClassification {
  /** The goals the classifier judges the text to be about (its own threshold), ascending. */
  goals: number[];
  /** Targets of those goals it judges the text to serve, in SDG order. */
  targets: string[];
  /** A score for each of the 17 goals, keyed "1".."17". */
  scores: Record<string, number>;
}

export interface SdgClassifyOptions {
  /** The text's language where known; detected otherwise. */
  lang?: SdgTextLanguage;
}

export interface SdgClassifier {
  /** Goals and targets the text serves, best first, each with its evidence. Never throws on odd text. */
  suggest(text: string, options?: SdgClassifyOptions & { limit?: number }): SdgSuggestion[];
  /** The decision per goal, with all 17 scores, for batch use and the benchmark. */
  classify(text: string, options?: SdgClassifyOptions): SdgClassification;
}
