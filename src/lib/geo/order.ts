/**
 * The one order the map's places are read in: west to east by longitude, as the place list's
 * heading says and as the interactive map's markers are reached with Tab. Ties (the same
 * longitude) fall back to the id, so the order never depends on the input's order. Pure.
 */
export function westToEast<T extends { id: string; coordinates: { lon: number } }>(places: readonly T[]): T[] {
  return [...places].sort((a, b) => a.coordinates.lon - b.coordinates.lon || a.id.localeCompare(b.id));
}
