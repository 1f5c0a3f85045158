// npm run bench:sdg [-- --folds 5 --seed 7]   (from the repository root)
// Scores the classifier on the shipped benchmark rows as the public benchmark does, in
// sample and by stratified k-fold cross-validation, beside a plain TF-IDF baseline on the
// same folds and the expert queries alone; then times batch classification.
// The scale benchmark of the SDG service is its own command now: `npm run bench:sdg-scale`.
if (process.argv.includes('--scale')) {
  console.error('bench:sdg --scale: the scale benchmark is `npm run bench:sdg-scale` (from the repository root)');
  process.exit(2);
}
await import('./bench-classifier.js');
