// Kept only for gateway/bench/health until that bench moves to services/health (the health
// branch): the platform as it started it before the helpers moved to @msp-atlas/bench-harness
// (accounts always run, a larger registry pool). Delete this file with that move.
import { startBenchPlatform as startPlatform, type BenchPlatform, type BenchPlatformOptions } from '@msp-atlas/bench-harness';

export function startBenchPlatform(options: BenchPlatformOptions = {}): Promise<BenchPlatform> {
  return startPlatform({
    ...options,
    subgraphs: options.subgraphs && [...options.subgraphs, 'accounts'],
    subgraphEnv: { partnerships: { DATABASE_POOL_SIZE: '20' }, ...options.subgraphEnv },
  });
}
