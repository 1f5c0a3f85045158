import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One query definition of an Aurora file: the goal, the target it is for (null: the goal), its lines. */
export interface AuroraQueryDefinition {
  goal: number;
  target: string | null;
  descriptions: string[];
  lines: string[];
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const squash = (text: string) => decode(text).replace(/\s+/g, ' ').trim();

/** Reads the query XMLs (a small, regular format: regular expressions suffice). */
export function readAuroraQueries(folder: string): AuroraQueryDefinition[] {
  const definitions: AuroraQueryDefinition[] = [];
  for (const file of readdirSync(folder).filter((name) => /^query_SDG\d+\.xml$/.test(name))) {
    const xml = readFileSync(join(folder, file), 'utf8');
    const goal = Number(/<dc:identifier type="sdg">(\d+)<\/dc:identifier>/.exec(xml)?.[1]);
    for (const block of xml.matchAll(/<aqd:query-definition\b[^>]*>([\s\S]*?)<\/aqd:query-definition>/g)) {
      const body = block[1]!;
      const uri = /<dc:identifier type="uri">[^<]*\/sdg\/([0-9a-z.]+)<\/dc:identifier>/i.exec(body)?.[1];
      const target = uri?.includes('.') ? uri : null;
      const descriptions = [...body.matchAll(/<aqd:subquery-description>([\s\S]*?)<\/aqd:subquery-description>/g)].map((m) => squash(m[1]!));
      const lines = [...body.matchAll(/<aqd:query-line\b[^>]*>([\s\S]*?)<\/aqd:query-line>/g)].map((m) => squash(m[1]!)).filter(Boolean);
      if (lines.length > 0) definitions.push({ goal, target, descriptions, lines });
    }
  }
  return definitions.sort((a, b) => a.goal - b.goal);
}

/** Each goal's description in its query file (prose on the goal, by the query authors). */
export function readAuroraGoalDescriptions(folder: string): Record<number, string> {
  const descriptions: Record<number, string> = {};
  for (const file of readdirSync(folder).filter((name) => /^query_SDG\d+\.xml$/.test(name))) {
    const xml = readFileSync(join(folder, file), 'utf8');
    const goal = Number(/<dc:identifier type="sdg">(\d+)<\/dc:identifier>/.exec(xml)?.[1]);
    descriptions[goal] = squash(/<dc:description>([\s\S]*?)<\/dc:description>/.exec(xml)?.[1] ?? '');
  }
  return descriptions;
}
