/** One change restore made to make a document valid: where, and what was done. */
export interface Repair {
  /** Where in the document, e.g. `links[3].target`; empty for the document as a whole. */
  readonly path: string;
  readonly message: string;
}

/** `links[3].target: no node "pay"; link dropped` — one line for a warning list or a terminal. */
export function formatRepair(r: Repair): string {
  return r.path ? `${r.path}: ${r.message}` : r.message;
}
