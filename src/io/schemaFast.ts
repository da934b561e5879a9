import type { MapLink, MapNode } from '../model/types.ts';
import * as limits from './limits.ts';
import { fitsText } from './restoreWords.ts';
import { LINK_FIELDS, NODE_FIELDS, NON_BLANK, isSafeUrl } from './schema.ts';

// Hand-written twins of nodeSchema and linkSchema for the hot path: a large map is almost all
// valid items, and these checks are several times faster than safeParse on a cold start.
// They must accept exactly what the schemas accept; a property test holds them to it.

/** A node as it may arrive when it needs no repair (value may still be left to its default). */
export type CleanNode = Omit<MapNode, 'value'> & { readonly value?: number };

/** A link as it may arrive when it needs no repair (weight may still be left to its default). */
export type CleanLink = Omit<MapLink, 'weight'> & { readonly weight?: number };

// Local copies: module bindings compiled to getters (tsx, some bundlers) cost a call per read.
const { MAX_DESCRIPTION_LENGTH, MAX_ID_LENGTH, MAX_NAME_LENGTH, MAX_OWNER_LENGTH, MAX_TAG_LENGTH, MAX_TAGS } = limits;
const NODE_KEYS: ReadonlySet<string> = new Set(NODE_FIELDS);
const LINK_KEYS: ReadonlySet<string> = new Set(LINK_FIELDS);

/** What the clean checks say of an item: needs repair, clean, or clean with its keys in the format's order. */
export type Cleanness = 0 | 1 | 2;
export const DIRTY = 0;
export const CLEAN = 1;
export const IN_ORDER = 2;

/** Same verdict as `nodeSchema.safeParse(raw).success`, faster. */
export function isCleanNode(raw: unknown): raw is CleanNode {
  return nodeCleanness(raw) !== DIRTY;
}

/** Same verdict as `linkSchema.safeParse(raw).success`, faster. */
export function isCleanLink(raw: unknown): raw is CleanLink {
  return linkCleanness(raw) !== DIRTY;
}

/** As isCleanNode, and whether the node's keys already come in NODE_FIELDS order. */
export function nodeCleanness(raw: unknown): Cleanness {
  if (!isRecord(raw)) return DIRTY;
  const keys = keyOrder(raw, NODE_FIELDS, NODE_KEYS);
  return keys !== DIRTY && hasCleanNodeFields(raw) ? keys : DIRTY;
}

/** As isCleanLink, and whether the link's keys already come in LINK_FIELDS order. */
export function linkCleanness(raw: unknown): Cleanness {
  if (!isRecord(raw)) return DIRTY;
  const keys = keyOrder(raw, LINK_FIELDS, LINK_KEYS);
  return keys !== DIRTY && hasCleanLinkFields(raw) ? keys : DIRTY;
}

function hasCleanNodeFields(raw: Record<string, unknown>): boolean {
  const { id, kind, name, value, description, owner, tags, url, scope, x, y, pinned } = raw;
  return (
    isId(id) &&
    (kind === 'platform' || kind === 'service' || kind === 'partner') &&
    typeof name === 'string' &&
    fitsText(name, MAX_NAME_LENGTH) &&
    NON_BLANK.test(name) &&
    (value === undefined || (isFiniteNumber(value) && value >= 0)) &&
    isOptionalText(description, MAX_DESCRIPTION_LENGTH) &&
    isOptionalText(owner, MAX_OWNER_LENGTH) &&
    (tags === undefined || isTagList(tags)) &&
    (url === undefined || (typeof url === 'string' && isSafeUrl(url))) &&
    (scope === undefined || (kind === 'partner' && (scope === 'internal' || scope === 'external'))) &&
    (x === undefined || isFiniteNumber(x)) &&
    (y === undefined || isFiniteNumber(y)) &&
    (pinned === undefined || typeof pinned === 'boolean')
  );
}

function hasCleanLinkFields(raw: Record<string, unknown>): boolean {
  const { id, source, target, kind, weight } = raw;
  return (
    (id === undefined || isId(id)) &&
    typeof source === 'string' &&
    typeof target === 'string' &&
    (kind === 'supports' || kind === 'collaborates') &&
    (weight === undefined || (isFiniteNumber(weight) && weight > 0))
  );
}

/** A non-array object, whose fields can be read by name. */
export function isRecord(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

/**
 * Objects made by JSON.parse, object literals or Object.create(null), in this realm or another
 * (an iframe, a worker); not arrays, Dates, Maps or class instances.
 */
export function isPlainObject(raw: unknown): raw is Record<string, unknown> {
  if (!isRecord(raw)) return false;
  const proto: unknown = Object.getPrototypeOf(raw);
  return proto === null || (Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(raw) === '[object Object]');
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isId(id: unknown): id is string {
  return typeof id === 'string' && id.length > 0 && fitsText(id, MAX_ID_LENGTH);
}

function isOptionalText(text: unknown, max: number): boolean {
  return text === undefined || (typeof text === 'string' && fitsText(text, max));
}

function isTagList(tags: unknown): boolean {
  if (!Array.isArray(tags) || tags.length > MAX_TAGS) return false;
  for (const tag of tags) if (typeof tag !== 'string' || !fitsText(tag, MAX_TAG_LENGTH)) return false;
  return true;
}

/**
 * IN_ORDER when the keys are a subsequence of `order`, CLEAN when they are known but in another
 * order, DIRTY when one is unknown. Walking `order` alongside compares interned key strings by
 * reference, which costs less than a set lookup per key; the set decides only the rare rest.
 */
function keyOrder(raw: object, order: readonly string[], known: ReadonlySet<string>): Cleanness {
  let j = 0;
  for (const key in raw) {
    while (j < order.length && order[j] !== key) j++;
    if (j === order.length) return hasOnlyKeys(raw, known) ? CLEAN : DIRTY;
    j++;
  }
  return IN_ORDER;
}

function hasOnlyKeys(raw: object, keys: ReadonlySet<string>): boolean {
  for (const key in raw) if (!keys.has(key)) return false;
  return true;
}
