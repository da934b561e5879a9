/** The fields of the map document itself; everything else at the top level is an extra, kept as it is. */
export const DOCUMENT_FIELDS: ReadonlySet<string> = new Set(['format', 'version', 'title', 'unit', 'description', 'nodes', 'links', 'scenarios', 'scenes']);
