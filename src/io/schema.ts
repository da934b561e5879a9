import * as z from 'zod';
import { LINK_KINDS, MAP_FORMAT, MAP_VERSION, NODE_KINDS, PARTNER_SCOPES } from '../model/types.ts';
import {
  MAX_DESCRIPTION_LENGTH,
  MAX_ID_LENGTH,
  MAX_NAME_LENGTH,
  MAX_OWNER_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MAX_TITLE_LENGTH,
  MAX_UNIT_LENGTH,
  MAX_URL_LENGTH,
} from './limits.ts';

// The format's fixed fields as zod schemas: the one definition of a valid item. Restore takes an
// item that passes as it is and repairs the fields these schemas flag. Ids that point nowhere,
// duplicates and self-links are relations between items, checked by the link pass instead.
// Note: zod 4's z.number() already refuses NaN and ±Infinity.

const SAFE_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/** True for an absolute http, https or mailto URL: the only links a map may open. */
export function isSafeUrl(url: string): boolean {
  if (url.length > MAX_URL_LENGTH) return false;
  try {
    return SAFE_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** A name must show something: at least one character that is not white space. */
export const NON_BLANK = /\S/;

export const nodeSchema = z
  .strictObject({
    id: z.string().min(1).max(MAX_ID_LENGTH),
    kind: z.enum(NODE_KINDS),
    name: z.string().max(MAX_NAME_LENGTH).regex(NON_BLANK),
    value: z.number().min(0).optional(),
    description: z.string().max(MAX_DESCRIPTION_LENGTH).optional(),
    owner: z.string().max(MAX_OWNER_LENGTH).optional(),
    tags: z.array(z.string().max(MAX_TAG_LENGTH)).max(MAX_TAGS).optional(),
    url: z.string().refine(isSafeUrl, 'only http, https and mailto links').optional(),
    scope: z.enum(PARTNER_SCOPES).optional(),
    x: z.number().optional(),
    y: z.number().optional(),
    pinned: z.boolean().optional(),
  })
  .refine((node) => node.scope === undefined || node.kind === 'partner', { path: ['scope'], message: 'partners only' });

export const linkSchema = z.strictObject({
  id: z.string().min(1).max(MAX_ID_LENGTH).optional(),
  source: z.string(),
  target: z.string(),
  kind: z.enum(LINK_KINDS),
  weight: z.number().gt(0).optional(),
});

/** What every version of the format shares, read before migrating: which format, which version. */
export const headerSchema = z.looseObject({
  format: z.literal(MAP_FORMAT),
  version: z.int().min(0).optional(),
});

/** The current version's document around its items (items are checked one by one, then repaired). */
export const bodySchema = z.looseObject({
  title: z.string().max(MAX_TITLE_LENGTH).optional(),
  unit: z.string().max(MAX_UNIT_LENGTH).optional(),
  description: z.string().max(MAX_DESCRIPTION_LENGTH).optional(),
  nodes: z.array(z.unknown()),
  links: z.array(z.unknown()),
});

/** A whole valid current-version map, items included: what restore always returns. */
export const mapSchema = z.looseObject({
  format: z.literal(MAP_FORMAT),
  version: z.literal(MAP_VERSION),
  title: z.string().max(MAX_TITLE_LENGTH),
  unit: z.string().max(MAX_UNIT_LENGTH).optional(),
  description: z.string().max(MAX_DESCRIPTION_LENGTH).optional(),
  nodes: z.array(nodeSchema),
  links: z.array(linkSchema),
});

export const NODE_FIELDS = Object.keys(nodeSchema.shape) as readonly (keyof z.infer<typeof nodeSchema>)[];
export const LINK_FIELDS = Object.keys(linkSchema.shape) as readonly (keyof z.infer<typeof linkSchema>)[];
