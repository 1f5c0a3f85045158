/** Where in the partnership's record a piece of evidence was found. */
export type EvidenceField = 'NAME' | 'SUMMARY' | 'DESCRIPTION' | 'OBJECTIVES';

export interface StoredEvidence {
  phrase: string;
  field: EvidenceField;
  /** Offsets in that field's text (objectives joined by new lines), end exclusive. */
  start: number;
  end: number;
  source: string;
  sourceCode: string;
  matched: string;
}

/** One suggestion as the projection keeps it. */
export interface StoredSuggestion {
  goal: number;
  target: string | null;
  score: number;
  evidence: StoredEvidence[];
}
