// npm run bench:sdg [-- --folds 5 --seed 7]   (from the repository root)
// Scores the classifier on the shipped benchmark rows as the public benchmark does, in
// sample and by stratified k-fold cross-validation, beside a plain TF-IDF baseline on the
// same folds and the expert queries alone; then times batch classification.
// With --scale it runs the gateway's scale benchmark instead (bench:sdg-scale).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
if (args.includes('--scale')) {
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  const result = spawnSync('npm', ['run', '--silent', 'bench:sdg-scale', '-w', '@msp-atlas/gateway', '--', ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) console.error(`bench:sdg --scale: npm run bench:sdg-scale -w @msp-atlas/gateway ended with ${result.error?.message ?? `exit code ${result.status}`}`);
  process.exit(result.status ?? 1);
}
await import('./bench-classifier.js');
