/**
 * A sleep that ends early when woken. A wake-up that arrives while nobody sleeps is
 * kept for the next sleep, so a notification during a batch is never lost.
 */
export class WakeableSleep {
  private pending = false;
  private endCurrent: (() => void) | null = null;

  sleep(ms: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const end = () => {
        clearTimeout(timer);
        this.endCurrent = null;
        resolve();
      };
      const timer = setTimeout(end, ms);
      this.endCurrent = end;
    });
  }

  wake(): void {
    if (this.endCurrent) this.endCurrent();
    else this.pending = true;
  }

  /** Forgets a kept wake-up, e.g. when a restart begins with a pass anyway. */
  reset(): void {
    this.pending = false;
  }
}
