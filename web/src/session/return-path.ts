/**
 * Where to go after signing in: the `next` parameter if it is a path of this app,
 * else the list. A full URL or `//host` would make the sign-in page an open redirect.
 */
export function safeReturnPath(next: string | null | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters (a newline could smuggle a header) is the point
  if (/[\u0000-\u001f]/.test(next)) return '/';
  return next;
}
