export type RouteParams = Record<string, string>;

/**
 * Matches a path against a pattern such as `/partnerships/:slug`; returns the
 * decoded parameters, or null when the path does not fit. A trailing slash is ignored.
 */
export function matchRoute(pattern: string, pathname: string): RouteParams | null {
  const patternParts = segmentsOf(pattern);
  const pathParts = segmentsOf(pathname);
  if (patternParts.length !== pathParts.length) return null;
  const params: RouteParams = {};
  for (const [index, patternPart] of patternParts.entries()) {
    const pathPart = pathParts[index] ?? '';
    if (patternPart.startsWith(':')) {
      const value = safeDecode(pathPart);
      if (value === null || value === '') return null;
      params[patternPart.slice(1)] = value;
    } else if (patternPart !== pathPart) {
      return null;
    }
  }
  return params;
}

function segmentsOf(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
