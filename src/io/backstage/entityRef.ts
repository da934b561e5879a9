/**
 * Backstage entity references: `[<kind>:][<namespace>/]<name>`, or the compound form
 * `{ kind, namespace, name }`. Which parts may be left out, and what fills them in, depends on
 * the field: the caller passes the defaults (ADR009 and @backstage/catalog-model's parseEntityRef).
 */

export const DEFAULT_NAMESPACE = 'default';

/** The parts as written; `refId` gives the lower-case form that Backstage compares. */
export interface EntityRef {
  /** Undefined when the reference gives none and the field has no default. */
  readonly kind: string | undefined;
  readonly namespace: string;
  readonly name: string;
}

export interface RefDefaults {
  readonly kind?: string;
  readonly namespace: string;
}

/** The reference, with the field's defaults filled in, or why it cannot be read. */
export function parseEntityRef(raw: unknown, defaults: RefDefaults): EntityRef | string {
  if (typeof raw === 'number') raw = String(raw);
  if (typeof raw === 'string') return parseRefString(raw.trim(), defaults);
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const { kind, namespace, name } = raw as { kind?: unknown; namespace?: unknown; name?: unknown };
    if (typeof name !== 'string' || name.trim() === '') return 'it has no "name"';
    if ((kind !== undefined && typeof kind !== 'string') || (namespace !== undefined && typeof namespace !== 'string')) {
      return 'its kind or namespace is not text';
    }
    return filled(kind?.trim() || undefined, namespace?.trim() || undefined, name.trim(), defaults);
  }
  return 'not an entity reference (one reads like "component:checkout")';
}

/** As Backstage reads it: a `/` before the first `:` means there is no kind. */
function parseRefString(ref: string, defaults: RefDefaults): EntityRef | string {
  let colon = ref.indexOf(':');
  const slash = ref.indexOf('/');
  if (slash !== -1 && slash < colon) colon = -1;
  const kind = colon === -1 ? undefined : ref.slice(0, colon);
  const namespace = slash === -1 ? undefined : ref.slice(colon + 1, slash);
  const name = ref.slice(Math.max(colon + 1, slash + 1));
  if (kind === '' || namespace === '' || name === '') return 'not of the form [kind:][namespace/]name';
  return filled(kind, namespace, name, defaults);
}

function filled(kind: string | undefined, namespace: string | undefined, name: string, defaults: RefDefaults): EntityRef {
  return { kind: kind ?? defaults.kind, namespace: namespace ?? defaults.namespace, name };
}

/** `component:default/checkout`: the full reference, which is also the node's id. */
export function refId(ref: { readonly kind: string; readonly namespace: string; readonly name: string }): string {
  return `${ref.kind}:${ref.namespace}/${ref.name}`.toLowerCase();
}
