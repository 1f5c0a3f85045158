import { GOAL_COUNT } from './framework-index.js';

/**
 * Document counts of the benchmark's words: in how many texts each word occurs, and in how
 * many of those judged about each goal. From them a Naive Bayes log-ratio per goal: how much
 * more often a word is in the texts about the goal than in all the others.
 */
export interface WordCounts {
  documents: number;
  /** Texts judged about each goal (index 0 = goal 1). */
  about: number[];
  /** Per word: [texts containing it, ...[goal index, texts about that goal containing it]]. */
  words: Record<string, number[]>;
}

const SMOOTHING = 1;

export function countWords(documents: readonly { words: ReadonlySet<string>; aboutGoal: number | null }[], vocabulary: ReadonlySet<string>): WordCounts {
  const about = new Array<number>(GOAL_COUNT).fill(0);
  const totals = new Map<string, number>();
  const perGoal = new Map<string, Map<number, number>>();
  for (const document of documents) {
    if (document.aboutGoal !== null) about[document.aboutGoal]! += 1;
    for (const word of document.words) {
      if (!vocabulary.has(word)) continue;
      totals.set(word, (totals.get(word) ?? 0) + 1);
      if (document.aboutGoal === null) continue;
      const goals = perGoal.get(word) ?? new Map<number, number>();
      goals.set(document.aboutGoal, (goals.get(document.aboutGoal) ?? 0) + 1);
      perGoal.set(word, goals);
    }
  }
  const words: Record<string, number[]> = {};
  for (const [word, total] of [...totals].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    words[word] = [total, ...[...(perGoal.get(word) ?? new Map<number, number>())].sort((a, b) => a[0] - b[0]).flat()];
  }
  return { documents: documents.length, about, words };
}

/**
 * Per goal, the mean log-ratio of the text's words (those counted). `leaveOut` takes one
 * counted text's own contribution away, so a training text is scored as an unseen one.
 */
const wordMaps = new WeakMap<WordCounts, Map<string, number[]>>();
function wordsOf(counts: WordCounts): Map<string, number[]> {
  let map = wordMaps.get(counts);
  if (!map) {
    map = new Map(Object.entries(counts.words));
    wordMaps.set(counts, map);
  }
  return map;
}

export function naiveBayesScores(words: ReadonlySet<string>, counts: WordCounts, leaveOut?: { aboutGoal: number | null }): number[] {
  const table = wordsOf(counts);
  const scores = new Array<number>(GOAL_COUNT).fill(0);
  const self = leaveOut ? 1 : 0;
  const documents = counts.documents - self;
  const about = counts.about.map((n, k) => n - (leaveOut?.aboutGoal === k ? 1 : 0));
  let used = 0;
  const inGoal = new Array<number>(GOAL_COUNT);
  for (const word of words) {
    const entry = table.get(word);
    if (!entry) continue;
    const total = entry[0]! - self;
    if (total <= 0) continue;
    used += 1;
    inGoal.fill(0);
    for (let i = 1; i < entry.length; i += 2) inGoal[entry[i]!] = entry[i + 1]!;
    if (leaveOut?.aboutGoal != null) inGoal[leaveOut.aboutGoal]! -= 1;
    for (let k = 0; k < GOAL_COUNT; k++) {
      const rest = documents - about[k]!;
      const here = (inGoal[k]! + SMOOTHING) / (about[k]! + 2 * SMOOTHING);
      const there = (total - inGoal[k]! + SMOOTHING) / (rest + 2 * SMOOTHING);
      scores[k]! += Math.log(here / there);
    }
  }
  return used === 0 ? scores : scores.map((s) => s / Math.sqrt(used));
}

/** The log-ratio of one word for one goal (0-based); undefined for a word not counted. */
export function naiveBayesRatio(word: string, goal: number, counts: WordCounts): number | undefined {
  const entry = wordsOf(counts).get(word);
  if (!entry) return undefined;
  let inGoal = 0;
  for (let i = 1; i < entry.length; i += 2) if (entry[i] === goal) inGoal = entry[i + 1]!;
  const about = counts.about[goal]!;
  const here = (inGoal + SMOOTHING) / (about + 2 * SMOOTHING);
  const there = (entry[0]! - inGoal + SMOOTHING) / (counts.documents - about + 2 * SMOOTHING);
  return Math.log(here / there);
}
