const MIN_RADIUS = 14;
const MAX_RADIUS = 40;

/** A node's radius: area grows with its share of the map's largest value. */
export function nodeRadius(value: number, maxValue: number): number {
  if (maxValue <= 0 || value <= 0) return MIN_RADIUS;
  return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(Math.min(1, value / maxValue));
}
