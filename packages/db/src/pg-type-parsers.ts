import pg from 'pg';

const { builtins } = pg.types;

/**
 * Column types as the services want them: `date` stays an ISO string (no time-zone
 * shift), `bigint` and `numeric` become numbers (sequence numbers and money amounts
 * here stay far below 2^53).
 */
const overrides: Record<number, (value: string) => unknown> = {
  [builtins.DATE]: (value) => value,
  [builtins.INT8]: (value) => Number(value),
  [builtins.NUMERIC]: (value) => Number(value),
};

export const pgTypeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    const override = overrides[oid];
    if (override && format !== 'binary') return override;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;
