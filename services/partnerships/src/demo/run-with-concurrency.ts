/**
 * Runs `work` on every item with at most `concurrency` at a time; stops taking
 * new items after the first failure and rethrows it once the running ones end.
 */
export async function runWithConcurrency<T>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const failures: unknown[] = [];
  const worker = async () => {
    while (failures.length === 0 && next < items.length) {
      const index = next++;
      try {
        // biome-ignore lint/style/noNonNullAssertion: index is below items.length, checked just before
        await work(items[index]!, index);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  if (failures.length > 0) throw failures[0];
}
