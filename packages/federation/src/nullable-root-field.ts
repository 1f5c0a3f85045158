/**
 * Why a root field that always has an answer is still nullable: when its service is
 * down, the gateway answers null for it with an error naming the service, and a
 * query that also asks other services keeps their data (a non-null field would
 * null the whole response).
 */
export const NULLABLE_WHY = 'Null only when this service is unavailable (an error then names it).';
