// The URL's query string as flat key=value pairs (lists comma-separated), not
// TanStack Router's default JSON values: addresses stay short, readable and the
// same as before the router moved (e.g. ?q=water&country=KEN&goals=6,7).

/** The raw parameters of `?a=1&b=x,y`; each route's validateSearch types them. */
export function parseSearchString(searchString: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(searchString));
}

/** `?a=1&b=x,y` for the parameters that are set, or '' when none is. */
export function toSearchString(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    const text = Array.isArray(value) ? value.join(',') : value === undefined || value === null ? '' : String(value);
    if (text !== '') params.set(key, text);
  }
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}
