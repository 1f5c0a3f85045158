/**
 * A part of a hand-written file that is made from the manifest, between two marker
 * lines; everything outside them stays as written.
 */
export function replaceGeneratedRegion(text: string, region: string, content: string): string {
  const start = regionStart(region);
  const end = `<!-- end of ${region} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`The markers of the generated part "${region}" are missing: ${start} ... ${end}`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

export function regionStart(region: string): string {
  return `<!-- ${region}: made from packages/subgraph-manifest by npm run generate:infra; change the manifest, not these lines -->`;
}
