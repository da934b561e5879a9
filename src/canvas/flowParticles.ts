// The arithmetic of the value-flow particles, apart from any canvas so it can be tested headless.
// Particles ride each supports link from its target (the node that earns) to its source (the
// node that supports it): value streams upstream.
//
// The particles of a link sit on a lattice, `spacing` map units apart, that slides along the
// link. Spacing is a power of two in map units, so zooming out doubles it and every other particle
// goes while the rest stay where they were; the number drawn follows what is on screen, not the
// size of the map (software raster pays per particle: ~6,000 small shapes is one frame's worth).

/** How the flow is drawn. All lengths are screen pixels. */
export interface ParticleStyle {
  /** Radius of a particle on the link with the largest flow. */
  readonly maxRadius: number;
  /** Radius below which no flow is drawn smaller, so a trickle still shows. */
  readonly minRadius: number;
  /** Least distance between consecutive particles on a link. */
  readonly spacing: number;
  /** Pixels per second. */
  readonly speed: number;
  /** Particles on one link at most, however long it is. */
  readonly maxPerLink: number;
  /** Particles on screen at most, unless there are more links on screen than that (each shows one). */
  readonly budget: number;
  /** A link shorter than this on screen shows no particles. */
  readonly minLength: number;
}

export const PARTICLE_STYLE: ParticleStyle = { maxRadius: 4.5, minRadius: 1.6, spacing: 40, speed: 45, maxPerLink: 16, budget: 4000, minLength: 6 };

/**
 * Radius of each link's particles, into `out`: the area is proportional to the link's share of
 * the largest flow (a link carrying a quarter as much shows dots of half the radius), never below
 * `minRadius`. A link that carries nothing (0, negative or not a number) gets 0: no particles.
 */
export function particleRadii(amounts: ArrayLike<number>, style: ParticleStyle = PARTICLE_STYLE, out = new Float32Array(amounts.length)): Float32Array {
  let largest = 0;
  for (let k = 0; k < amounts.length; k++) if (amounts[k]! > largest) largest = amounts[k]!;
  for (let k = 0; k < amounts.length; k++) {
    const a = amounts[k]!;
    out[k] = a > 0 ? Math.max(style.minRadius, style.maxRadius * Math.sqrt(a / largest)) : 0;
  }
  return out;
}

/**
 * How much larger than its radius a particle is drawn at zoom `scale`: links thicken as the map
 * zooms in and particles grow with them, more slowly (√scale), within ×0.75 to ×3.
 */
export function zoomedSize(scale: number): number {
  return Math.min(3, Math.max(0.75, Math.sqrt(scale)));
}

/** The spacing in map units that keeps particles at least `pixels` apart at zoom `scale`: a power of two. */
export function latticeSpacing(pixels: number, scale: number): number {
  return 2 ** Math.ceil(Math.log2(pixels / scale));
}

/** Particles on a link `length` map units long: one per `spacing`, at least one, at most `maxPerLink`; none on a link with no length. */
export function particleCount(length: number, spacing: number, style: ParticleStyle = PARTICLE_STYLE): number {
  if (!(length > 0)) return 0;
  return Math.min(style.maxPerLink, Math.max(1, Math.floor(length / spacing)));
}

/**
 * The spacing, from `spacing` up by doublings, at which the links of these lengths (0: not on
 * screen) hold at most `budget` particles, or at which each holds one when even that is too many.
 */
export function spacingWithin(lengths: ArrayLike<number>, spacing: number, style: ParticleStyle = PARTICLE_STYLE): number {
  let longest = 0;
  for (let k = 0; k < lengths.length; k++) if (lengths[k]! > longest) longest = lengths[k]!;
  for (;;) {
    let total = 0;
    for (let k = 0; k < lengths.length; k++) total += particleCount(lengths[k]!, spacing, style);
    if (total <= style.budget || spacing >= longest) return spacing;
    spacing *= 2;
  }
}

/**
 * Where particle `j` of a link is, as the fraction of the way from target (0) to source (1),
 * once the lattice has slid `travelled` map units along a link `length` long. Each particle wraps
 * round from the source back to the target.
 */
export function particlePhase(j: number, spacing: number, length: number, travelled: number): number {
  if (!(length > 0)) return 0;
  const d = travelled + j * spacing;
  return (d - Math.floor(d / length) * length) / length;
}

/** A fixed offset in [0, 1) for link `k`, so that neighbouring links do not pulse in step. */
export function linkOffset(k: number): number {
  // Fractional part of k × the golden ratio: well spread for consecutive k.
  const p = k * 0.6180339887498949;
  return p - Math.floor(p);
}

/** Size factor at `phase`: particles grow out of the target and shrink into the source instead of popping. */
export function endTaper(phase: number): number {
  return Math.min(1, phase * 8, (1 - phase) * 8);
}

/**
 * The stretch of a link that particles ride, into `out` at `k * 5`: start x, y (at the target's
 * rim), dx, dy (to the source's rim) and length, in map units. Length 0 when the nodes overlap.
 */
export function linkSpan(out: Float32Array, k: number, tx: number, ty: number, sx: number, sy: number, targetRadius: number, sourceRadius: number): void {
  const dx = sx - tx;
  const dy = sy - ty;
  const full = Math.hypot(dx, dy);
  const length = full - targetRadius - sourceRadius;
  const o = k * 5;
  if (!(length > 0)) {
    out[o] = tx;
    out[o + 1] = ty;
    out[o + 2] = out[o + 3] = out[o + 4] = 0;
    return;
  }
  const ux = dx / full;
  const uy = dy / full;
  out[o] = tx + ux * targetRadius;
  out[o + 1] = ty + uy * targetRadius;
  out[o + 2] = ux * length;
  out[o + 3] = uy * length;
  out[o + 4] = length;
}
