import * as z from 'zod/mini';
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
import { isSafeUrl } from './safeUrl.ts';

export { isSafeUrl };

// The format's fixed fields as zod schemas: the one definition of a valid item. Restore takes an
// item that passes as it is and repairs the fields these schemas flag. Ids that point nowhere,
// duplicates and self-links are relations between items, checked by the link pass instead.
// zod/mini, not the classic chained API: the same checks from zod's core, but only the ones used
// end up in the app's bundle. Note: zod 4's z.number() already refuses NaN and ±Infinity.

/** A name must show something: at least one character that is not white space. */
export const NON_BLANK = /\S/;

/** Text of at most `max` characters. */
const text = (max: number) => z.string().check(z.maxLength(max));

export const nodeSchema = z
  .strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH)),
    kind: z.enum(NODE_KINDS),
    name: z.string().check(z.maxLength(MAX_NAME_LENGTH), z.regex(NON_BLANK)),
    value: z.optional(z.number().check(z.gte(0))),
    description: z.optional(text(MAX_DESCRIPTION_LENGTH)),
    owner: z.optional(text(MAX_OWNER_LENGTH)),
    tags: z.optional(z.array(text(MAX_TAG_LENGTH)).check(z.maxLength(MAX_TAGS))),
    url: z.optional(z.string().check(z.refine(isSafeUrl, 'only http, https and mailto links'))),
    scope: z.optional(z.enum(PARTNER_SCOPES)),
    x: z.optional(z.number()),
    y: z.optional(z.number()),
    pinned: z.optional(z.boolean()),
  })
  .check(z.refine((node) => node.scope === undefined || node.kind === 'partner', { path: ['scope'], message: 'partners only' }));

export const linkSchema = z.strictObject({
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH))),
  source: z.string(),
  target: z.string(),
  kind: z.enum(LINK_KINDS),
  weight: z.optional(z.number().check(z.gt(0))),
});

/** What every version of the format shares, read before migrating: which format, which version. */
export const headerSchema = z.looseObject({
  format: z.literal(MAP_FORMAT),
  version: z.optional(z.int().check(z.gte(0))),
});

/** The current version's document around its items (items are checked one by one, then repaired). */
export const bodySchema = z.looseObject({
  title: z.optional(text(MAX_TITLE_LENGTH)),
  unit: z.optional(text(MAX_UNIT_LENGTH)),
  description: z.optional(text(MAX_DESCRIPTION_LENGTH)),
  // Any array: z.array(z.unknown()) would say the same after copying 400,000 items one by one.
  nodes: z.custom<unknown[]>((value) => Array.isArray(value)),
  links: z.custom<unknown[]>((value) => Array.isArray(value)),
});

/** A whole valid current-version map, items included: what restore always returns. */
export const mapSchema = z.looseObject({
  format: z.literal(MAP_FORMAT),
  version: z.literal(MAP_VERSION),
  title: text(MAX_TITLE_LENGTH),
  unit: z.optional(text(MAX_UNIT_LENGTH)),
  description: z.optional(text(MAX_DESCRIPTION_LENGTH)),
  nodes: z.array(nodeSchema),
  links: z.array(linkSchema),
});

export const NODE_FIELDS = Object.keys(nodeSchema.shape) as readonly (keyof z.infer<typeof nodeSchema>)[];
export const LINK_FIELDS = Object.keys(linkSchema.shape) as readonly (keyof z.infer<typeof linkSchema>)[];
