/** The kinds of product on a map: the essay's vocabulary. */
export const NODE_KINDS = ['platform', 'service', 'partner'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** `supports` is directed (source lifts target); `collaborates` joins peers. */
export const LINK_KINDS = ['supports', 'collaborates'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const PARTNER_SCOPES = ['internal', 'external'] as const;
export type PartnerScope = (typeof PARTNER_SCOPES)[number];

export const MAP_FORMAT = 'ecosystem-map';
/** The format version this build writes; older documents migrate forward to it. */
export const MAP_VERSION = 1;

export interface MapNode {
  readonly id: string;
  readonly kind: NodeKind;
  readonly name: string;
  /** Finite and ≥ 0, in the map's unit. */
  readonly value: number;
  readonly description?: string;
  readonly owner?: string;
  readonly tags?: readonly string[];
  /** http, https or mailto only. */
  readonly url?: string;
  /** Partners only. */
  readonly scope?: PartnerScope;
  readonly x?: number;
  readonly y?: number;
  readonly pinned?: boolean;
}

export interface MapLink {
  readonly id?: string;
  readonly source: string;
  readonly target: string;
  readonly kind: LinkKind;
  /** > 0, default 1. */
  readonly weight: number;
}

export interface EcoMap {
  readonly format: typeof MAP_FORMAT;
  readonly version: typeof MAP_VERSION;
  readonly title: string;
  /** What `value` counts, e.g. "USD k / year" or "monthly active users". */
  readonly unit?: string;
  readonly description?: string;
  readonly nodes: readonly MapNode[];
  readonly links: readonly MapLink[];
  /** Knock-outs saved under a name, to apply and compare again later. */
  readonly scenarios?: readonly Scenario[];
  /** A presentation: the steps a facilitator walks an audience through, in order. */
  readonly scenes?: readonly Scene[];
}

/** A named knock-out: the nodes it removes from the map. */
export interface Scenario {
  readonly id: string;
  readonly name: string;
  /** Node ids, sorted by code point. */
  readonly removed: readonly string[];
}

/** Where a scene looks: the whole map, or the box around chosen nodes. */
export type SceneCamera = { readonly fit: 'all' } | { readonly fit: 'nodes'; readonly ids: readonly string[] };

/** What a scene draws on top of the map. */
export interface SceneOverlays {
  readonly flow: boolean;
  readonly hulls: boolean;
  readonly badges: boolean;
  readonly labels: boolean;
}

/** One step of a presentation: a camera, a knock-out, overlays, what to point at and what to say. */
export interface Scene {
  readonly id: string;
  readonly title?: string;
  readonly camera: SceneCamera;
  /** Node ids, sorted by code point (as in a scenario). */
  readonly knockedOut: readonly string[];
  readonly overlays: SceneOverlays;
  /** Node ids drawn emphasised, sorted by code point. */
  readonly highlighted: readonly string[];
  /** Shown to the audience under the map. */
  readonly caption: string;
  /** Speaker notes: shown in the presenter view only. */
  readonly notes: string;
}
