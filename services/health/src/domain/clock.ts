/** Today's date in UTC as `YYYY-MM-DD`, the form every date of the API takes. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
