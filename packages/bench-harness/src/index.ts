export { startBenchPlatform, BENCH_GATEWAY_SETTINGS, BENCH_SUBGRAPH_SETTINGS, type BenchPlatform, type BenchPlatformOptions } from './bench-platform.js';
export { createBenchDatabase, type BenchDatabase } from './bench-database.js';
export { benchClient, failureOf, dataOrThrow, type BenchGraphql, type BenchResponse } from './bench-client.js';
export { signUpForBench } from './sign-up.js';
export { percentile, describeLatencies } from './latency.js';
export { benchRandom, type BenchRandom } from './bench-random.js';
export { processMemory } from './process-memory.js';
