import { badUserInput } from '@msp-atlas/federation';
import type { Trx } from '../database.js';
import { slugsStartingWith } from './partnership.repository.js';

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 80;

/** Lower-case ASCII words joined by hyphens: "Água Limpa für alle" -> "agua-limpa-fur-alle". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, '');
  return slug || 'partnership';
}

export function validSlug(slug: string, field: string): string {
  const trimmed = slug.trim();
  if (trimmed.length > MAX_SLUG_LENGTH || !SLUG_PATTERN.test(trimmed)) {
    throw badUserInput('Lower-case letters, digits and single hyphens, at most 80 characters', field);
  }
  return trimmed;
}

/** The name's slug, or with the lowest free numeric suffix when it is taken. */
export async function freeSlugFor(trx: Trx, name: string): Promise<string> {
  const base = slugify(name);
  const taken = new Set(await slugsStartingWith(trx, base));
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
