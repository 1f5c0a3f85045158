/** The address of a partnership's page, or of its edit form. */
export function partnershipPath(slug: string, page: '' | '/edit' = ''): string {
  return `/partnerships/${encodeURIComponent(slug)}${page}`;
}
