/** 'Lake Victoria Clean Water Alliance' -> 'lake-victoria-clean-water-alliance', ASCII only. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
