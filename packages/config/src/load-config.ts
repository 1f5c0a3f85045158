import { z } from 'zod';

/** Raised at start-up when the environment does not describe a runnable service. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates environment variables once, at start-up, so a service
 * fails fast with every problem listed instead of failing later on first use.
 * Empty strings count as unset, as they do in most deployment tools.
 */
export function loadConfig<Shape extends z.ZodRawShape>(shape: Shape, env: Record<string, string | undefined> = process.env): z.infer<z.ZodObject<Shape>> {
  const present = Object.fromEntries(Object.keys(shape).map((key) => [key, env[key] === '' ? undefined : env[key]]));
  const result = z.object(shape).safeParse(present);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  return result.data;
}
