import type { HealthSignals } from '../src/index.js';

/** The signals behind a proxy that records every property path read, e.g. `registry.stakeholders.core`. */
export function recordingReads(signals: HealthSignals): { signals: HealthSignals; paths: Set<string> } {
  const paths = new Set<string>();
  const wrap = <T extends object>(target: T, prefix: string): T =>
    new Proxy(target, {
      get(object, key, receiver) {
        const value = Reflect.get(object, key, receiver);
        if (typeof key === 'symbol') return value;
        const path = prefix ? `${prefix}.${key}` : key;
        paths.add(path);
        return value !== null && typeof value === 'object' ? wrap(value, path) : value;
      },
    });
  return { signals: wrap(signals, ''), paths };
}
