/**
 * The only status anyone may read until moderation and caller identity arrive:
 * drafts stay invisible to every query, including entity references.
 */
export const PUBLISHED = 'PUBLISHED';
