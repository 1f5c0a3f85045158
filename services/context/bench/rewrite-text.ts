import type { BenchRandom } from '@msp-atlas/bench-harness';

// How a second registrant words the same thing: other words for the same things, the
// sentences in another order, one left out. Written for the bench, not taken from the
// service's concept lexicon (which knows concepts across languages, not synonyms).
const SYNONYMS: Record<string, readonly string[]> = {
  households: ['families', 'homes'],
  safe: ['clean', 'secure'],
  'water source': ['water point', 'source of water'],
  broken: ['out of order', 'out of service'],
  months: ['many weeks'],
  smallholders: ['small-scale farmers', 'family farmers'],
  farmers: ['growers', 'producers'],
  yields: ['harvests', 'crop output'],
  buyers: ['traders', 'off-takers'],
  pupils: ['learners', 'schoolchildren'],
  children: ['kids', 'young children'],
  teachers: ['educators', 'school staff'],
  classrooms: ['classes'],
  'health posts': ['health centres', 'clinics'],
  clinics: ['health facilities'],
  deaths: ['fatalities'],
  young: ['youthful'],
  'young people': ['youth', 'young women and men'],
  women: ['female'],
  waste: ['refuse', 'rubbish'],
  collected: ['picked up', 'gathered'],
  forests: ['woodlands'],
  forest: ['woodland'],
  land: ['soils'],
  floods: ['inundations'],
  droughts: ['dry spells'],
  villages: ['rural communities', 'settlements'],
  catches: ['landings', 'fish catches'],
  fishers: ['fishermen', 'fisherfolk'],
  electricity: ['power', 'grid power'],
  partnership: ['initiative', 'alliance', 'programme'],
  partners: ['members', 'organisations'],
  initiated: ['started', 'launched', 'founded'],
  share: ['split', 'divide'],
  maintenance: ['upkeep', 'repairs'],
  improve: ['strengthen', 'raise'],
  access: ['entry', 'reach'],
  'now counts': ['today has', 'brings together'],
  cannot: ['are unable to', 'fail to'],
  most: ['the majority of'],
  many: ['numerous', 'a lot of'],
  every: ['each'],
  Establish: ['Set up', 'Create'],
  Give: ['Provide', 'Bring'],
  Keep: ['Maintain', 'Hold'],
  Make: ['Render', 'Turn'],
  Train: ['Coach', 'Prepare'],
  Reduce: ['Cut', 'Lower'],
  Increase: ['Raise', 'Grow'],
};

const ORDERED = Object.keys(SYNONYMS).sort((a, b) => b.length - a.length);

/** Each known phrase replaced with a synonym at `rate`. */
export function withSynonyms(random: BenchRandom, text: string, rate = 0.7): string {
  let result = text;
  for (const phrase of ORDERED) {
    const pattern = new RegExp(`\\b${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
    result = result.replace(pattern, (match) => (random.chance(rate) ? random.pick(SYNONYMS[phrase]!) : match));
  }
  return result;
}

/** The sentences shuffled, one dropped when there are three or more, the rest reworded. */
export function rewriteText(random: BenchRandom, text: string): string {
  const sentences = text.split(/(?<=[.!?])\s+/).filter(Boolean);
  const kept = sentences.length >= 3 ? random.shuffle(sentences).slice(0, sentences.length - 1) : random.shuffle(sentences);
  return kept.map((sentence) => withSynonyms(random, sentence)).join(' ');
}

const NAME_WORDS: Record<string, readonly string[]> = {
  Alliance: ['Coalition', 'Network'],
  Partnership: ['Initiative', 'Programme'],
  Compact: ['Pact', 'Agreement'],
  Platform: ['Forum', 'Network'],
  Initiative: ['Programme', 'Project'],
  Coalition: ['Alliance', 'Network'],
  Clean: ['Safe'],
  Sustainable: ['Responsible'],
  Smallholder: ['Small Farmers'],
};

/** Another registrant's name for the same thing: words swapped, the place moved to the end. */
export function rewriteName(random: BenchRandom, name: string, place: string | null): string {
  let words = name.split(' ').map((word) => (NAME_WORDS[word] && random.chance(0.8) ? random.pick(NAME_WORDS[word]!) : word));
  if (place && name.startsWith(place) && random.chance(0.5)) {
    words = [...words.slice(place.split(' ').length), 'in', place];
  }
  // Editions ("II") are the registry's, not the initiative's.
  return words.filter((word) => !/^(II|III|IV|V|VI|VII|VIII|IX|X|\d+)$/.test(word)).join(' ');
}
