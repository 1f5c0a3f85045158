import { LocalDateResolver } from 'graphql-scalars';

/** Calendar dates as ISO 8601 `YYYY-MM-DD` strings; timestamps use type-graphql's DateTimeISO. */
export const LocalDate = LocalDateResolver;
