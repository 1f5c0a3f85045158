// Values the global set-up hands to test files through vitest's provide/inject.
declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}

export {};
