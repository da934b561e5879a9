import { LINK_KINDS } from '../model/types.ts';
import type { LinkKind, MapLink } from '../model/types.ts';
import { MAX_ID_LENGTH } from './limits.ts';
import { readWeight } from './repairFields.ts';
import type { Repair } from './restoreReport.ts';
import { at, charCount, count, fitsText, kindOf, quote, show } from './restoreWords.ts';
import { linkSchema } from './schema.ts';
import type { CleanLink } from './schemaFast.ts';
import { isRecord } from './schemaFast.ts';

/** A link being restored; its ends are not yet checked against the nodes. */
export type LinkDraft = { -readonly [K in keyof MapLink]: MapLink[K] };

/** A fresh link with the format's fields in their fixed order, weight defaulted, no undefined id. */
export function assembleLink(f: CleanLink): LinkDraft {
  const weight = f.weight === undefined ? 1 : f.weight;
  return f.id === undefined
    ? { source: f.source, target: f.target, kind: f.kind, weight }
    : { id: f.id, source: f.source, target: f.target, kind: f.kind, weight };
}

/**
 * A clean link whose keys already come in the format's order, from a document restore parsed
 * itself: it becomes the link as it is instead of a copy (see adoptNode). A missing weight goes
 * last, where the format's order puts it.
 */
export function adoptLink(f: CleanLink): LinkDraft {
  const link = f as LinkDraft;
  if (link.weight === undefined) link.weight = 1;
  return link;
}

/**
 * A link that needs repair: zod names the wrong fields and only those are read again. A link is
 * cheap to lose and costly to guess, so one without a readable source or target is dropped.
 */
export function repairLink(raw: unknown, index: number, notes: Repair[]): LinkDraft | undefined {
  const path = (field?: string) => at('links', index, field);
  if (!isRecord(raw)) {
    notes.push({ path: path(), message: `expected a link object, got ${kindOf(raw)}; dropped` });
    return undefined;
  }
  const flagged = new Set<PropertyKey>();
  for (const issue of linkSchema.safeParse(raw).error?.issues ?? []) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) notes.push({ path: path(key), message: 'not a field of this format; dropped' });
    } else if (issue.path[0] !== undefined) flagged.add(issue.path[0]);
  }
  const source = flagged.has('source') ? readEnd(raw.source, path('source'), notes) : (raw.source as string);
  if (source === undefined) return undefined;
  const target = flagged.has('target') ? readEnd(raw.target, path('target'), notes) : (raw.target as string);
  if (target === undefined) return undefined;
  return assembleLink({
    id: flagged.has('id') ? readLinkId(raw.id, path('id'), notes) : (raw.id as string | undefined),
    source,
    target,
    kind: flagged.has('kind') ? readLinkKind(raw.kind, path('kind'), notes) : (raw.kind as LinkKind),
    weight: flagged.has('weight') ? readWeight(raw.weight, path('weight'), notes) : (raw.weight as number | undefined),
  });
}

function readEnd(raw: unknown, path: string, notes: Repair[]): string | undefined {
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    notes.push({ path, message: `the number ${raw} read as the id ${quote(String(raw))}` });
    return String(raw);
  }
  notes.push({ path, message: raw === undefined ? 'missing; link dropped' : `${show(raw)} is not a node id; link dropped` });
  return undefined;
}

/** A link whose kind cannot be read becomes `supports`, the format's default. */
function readLinkKind(raw: unknown, path: string, notes: Repair[]): LinkKind {
  const folded = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  const kind = LINK_KINDS.find((k) => k === folded);
  if (kind) {
    notes.push({ path, message: `${show(raw)} read as ${quote(kind)}` });
    return kind;
  }
  notes.push({ path, message: raw === undefined ? 'missing; set to "supports"' : `${show(raw)} is not supports or collaborates; set to "supports"` });
  return 'supports';
}

function readLinkId(raw: unknown, path: string, notes: Repair[]): string | undefined {
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    notes.push({ path, message: `the number ${raw} read as the id ${quote(String(raw))}` });
    return String(raw);
  }
  const why = typeof raw === 'string' && !fitsText(raw, MAX_ID_LENGTH) ? `${count(charCount(raw))} characters long` : `${show(raw)} is not an id`;
  notes.push({ path, message: `${why}; dropped` });
  return undefined;
}
