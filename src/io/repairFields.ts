import type { PartnerScope } from '../model/types.ts';
import { MAX_TAG_LENGTH, MAX_TAGS, MAX_URL_LENGTH } from './limits.ts';
import type { Repair } from './restoreReport.ts';
import { charCount, count, cutText, fitsText, quote, show } from './restoreWords.ts';
import { isSafeUrl } from './schema.ts';

// Readers for one field each: the value as it is when valid, else the repaired value (or
// undefined to drop the field) with a note of what was done. Numbers stay numbers: a
// numeric string is read as its number, anything else falls back to the default.

type Notes = Repair[];

/** Text cut to `max`; a number or boolean read as its text; anything else dropped. */
export function readText(raw: unknown, max: number, path: string, notes: Notes): string | undefined {
  if (typeof raw === 'number' || typeof raw === 'boolean') {
    notes.push({ path, message: `${show(raw)} read as text` });
    return cutText(String(raw), max);
  }
  if (typeof raw !== 'string') {
    if (raw !== undefined) notes.push({ path, message: `${show(raw)} is not text; dropped` });
    return undefined;
  }
  if (fitsText(raw, max)) return raw;
  notes.push({ path, message: `${count(charCount(raw))} characters long; cut to ${count(max)}` });
  return cutText(raw, max);
}

/** A node's value: finite and ≥ 0, default 0. */
export function readValue(raw: unknown, path: string, notes: Notes): number {
  return readAmount(raw, 0, (n) => n >= 0, 'below 0', path, notes);
}

/** A link's weight: finite and > 0, default 1. */
export function readWeight(raw: unknown, path: string, notes: Notes): number {
  return readAmount(raw, 1, (n) => n > 0, 'not above 0', path, notes);
}

function readAmount(raw: unknown, fallback: number, fits: (n: number) => boolean, misfit: string, path: string, notes: Notes): number {
  if (raw === undefined) return fallback;
  if (typeof raw === 'number' && Number.isFinite(raw) && fits(raw)) return raw;
  const parsed = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
  if (Number.isFinite(parsed) && fits(parsed)) {
    notes.push({ path, message: `${show(raw)} read as the number ${parsed}` });
    return parsed;
  }
  const number = typeof raw === 'number' ? raw : parsed;
  const why = Number.isFinite(number) ? `${show(raw)} is ${misfit}` : typeof raw === 'number' ? `${raw} is not a finite number` : `${show(raw)} is not a number`;
  notes.push({ path, message: `${why}; set to ${fallback}` });
  return fallback;
}

/** x or y: a finite number, else dropped so the layout places the node. */
export function readCoordinate(raw: unknown, path: string, notes: Notes): number | undefined {
  if (raw === undefined || (typeof raw === 'number' && Number.isFinite(raw))) return raw;
  notes.push({ path, message: `${show(raw)} is not a finite number; dropped` });
  return undefined;
}

export function readPinned(raw: unknown, path: string, notes: Notes): boolean | undefined {
  if (raw === undefined || typeof raw === 'boolean') return raw;
  notes.push({ path, message: `${show(raw)} is not true or false; dropped` });
  return undefined;
}

/** Tags: a list of short texts. A single text such as "core, billing" is read as a comma-separated list. */
export function readTags(raw: unknown, path: string, notes: Notes): string[] | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === 'string') {
    notes.push({ path, message: `${show(raw)} read as a comma-separated list` });
    raw = raw.split(',').map((tag) => tag.trim()).filter((tag) => tag !== '');
  }
  if (!Array.isArray(raw)) {
    notes.push({ path, message: `${show(raw)} is not a list of tags; dropped` });
    return undefined;
  }
  const list = raw as unknown[];
  if (list.length > MAX_TAGS) notes.push({ path, message: `${count(list.length)} tags; kept the first ${MAX_TAGS}` });
  const tags: string[] = [];
  for (let i = 0; i < Math.min(list.length, MAX_TAGS); i++) {
    const tag = readText(list[i], MAX_TAG_LENGTH, `${path}[${i}]`, notes);
    if (tag !== undefined) tags.push(tag);
    else if (list[i] === undefined) notes.push({ path: `${path}[${i}]`, message: 'empty; dropped' });
  }
  return tags;
}

/** Only absolute http, https and mailto links survive: a map is shared, and a link is clicked. */
export function readUrl(raw: unknown, path: string, notes: Notes): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === 'string' && isSafeUrl(raw)) return raw;
  const why =
    typeof raw !== 'string'
      ? `${show(raw)} is not text`
      : raw.length > MAX_URL_LENGTH
        ? `longer than ${count(MAX_URL_LENGTH)} characters`
        : URL.canParse(raw)
          ? `${quote(raw)} is not an http, https or mailto link`
          : `${quote(raw)} is not a full web address`;
  notes.push({ path, message: `${why}; dropped` });
  return undefined;
}

/** Scope belongs to partners; on anything else it is dropped. */
export function readScope(raw: unknown, isPartner: boolean, path: string, notes: Notes): PartnerScope | undefined {
  if (raw === undefined) return undefined;
  if (!isPartner) {
    notes.push({ path, message: 'only partners have a scope; dropped' });
    return undefined;
  }
  if (raw === 'internal' || raw === 'external') return raw;
  const folded = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (folded === 'internal' || folded === 'external') {
    notes.push({ path, message: `${show(raw)} read as ${quote(folded)}` });
    return folded;
  }
  notes.push({ path, message: `${show(raw)} is not internal or external; dropped` });
  return undefined;
}
