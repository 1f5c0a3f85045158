// Values the global set-up hands to test files through vitest's provide/inject.
declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    /** Starts the name of every database this run creates, so the run's end can drop the ones left behind. */
    testRunId: string;
  }
}

export {};
