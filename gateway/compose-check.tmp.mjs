import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { readFileSync } from 'node:fs';
const names = process.argv.slice(2);
const r = composeServices(names.map((n, i) => ({ name: n, url: `http://127.0.0.1:${4001 + i}/graphql`, typeDefs: parse(readFileSync(`/tmp/${n}.graphql`, 'utf8')) })));
if (r.errors) { for (const e of r.errors) console.log('ERR', e.message); process.exit(1); }
console.log('composed OK', r.supergraphSdl.length, 'chars');
for (const h of r.hints ?? []) console.log('HINT', h.definition.code, h.message.slice(0, 200));
