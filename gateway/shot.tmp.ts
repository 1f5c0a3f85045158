import { launchTestBrowser } from '@msp-atlas/test-harness/browser';
const base = 'http://localhost:4000';
const res = await fetch(base + '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ partnerships(filter: { isDemo: true, phases: [IMPLEMENTATION] }, first: 3) { edges { node { slug } } } }' }) });
const slug = (await res.json()).data.partnerships.edges[0].node.slug;
const browser = await launchTestBrowser();
const page = await browser.newPage({ viewport: { width: 1280, height: 1800 } });
for (const [name, path] of [['detail', `/partnerships/${slug}`], ['overview', '/health'], ['overview-country', '/health?groupBy=COUNTRY'], ['self', `/partnerships/${slug}/self-assessment`]] as const) {
  await page.goto(base + path);
  await page.waitForTimeout(4000);
  if (name === 'detail') {
    const health = page.locator('#health, [aria-labelledby*="health"], section:has(h2:text-matches("health","i"))').first();
    if (await health.count()) { await health.scrollIntoViewIfNeeded(); await health.screenshot({ path: `/tmp/shots/${name}.png` }); continue; }
  }
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: false });
}
await browser.close();
console.log('slug', slug);
