/**
 * How much any importer takes in. They are sized so that a 100,000-node / 300,000-link map
 * (about 30 MB of JSON) opens with room to spare, while a runaway file is refused before it
 * exhausts a browser tab. Text limits keep labels drawable and messages short.
 */

/** Largest input accepted, in bytes (for a string, in UTF-16 code units, which never exceed its UTF-8 bytes). */
export const MAX_BYTES = 200_000_000;
export const MAX_NODES = 250_000;
export const MAX_LINKS = 1_000_000;

/** Ids are references: an id past this length is refused rather than cut, which would break its links. */
export const MAX_ID_LENGTH = 256;
// Text lengths count characters (code points), as zod does: an emoji is one character.
export const MAX_TITLE_LENGTH = 200;
export const MAX_NAME_LENGTH = 200;
export const MAX_UNIT_LENGTH = 100;
export const MAX_OWNER_LENGTH = 200;
export const MAX_DESCRIPTION_LENGTH = 10_000;
export const MAX_TAG_LENGTH = 100;
export const MAX_TAGS = 50;
export const MAX_URL_LENGTH = 2_048;
/** A scene's caption is read aloud from the bottom of a projected screen: a sentence or two. */
export const MAX_CAPTION_LENGTH = 500;
/** A scene's speaker notes: a page. */
export const MAX_NOTES_LENGTH = 10_000;
/** Nesting allowed inside top-level fields this version does not know (kept for forward growth). */
export const MAX_EXTRA_DEPTH = 64;

/** The limits that vary with the caller: the CLI and tests may pass smaller or larger ones. */
export interface Limits {
  readonly maxBytes: number;
  readonly maxNodes: number;
  readonly maxLinks: number;
}

export const DEFAULT_LIMITS: Limits = { maxBytes: MAX_BYTES, maxNodes: MAX_NODES, maxLinks: MAX_LINKS };
