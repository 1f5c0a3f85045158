interface PgError {
  code?: string;
  constraint?: string;
}

function pgError(error: unknown): PgError {
  return typeof error === 'object' && error !== null ? (error as PgError) : {};
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const { code, constraint: name } = pgError(error);
  return code === '23505' && (constraint === undefined || name === constraint);
}

export function isForeignKeyViolation(error: unknown): boolean {
  return pgError(error).code === '23503';
}
