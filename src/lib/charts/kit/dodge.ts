/**
 * Moves marks that would overlap sideways, keeping each at its true height (the count is the
 * value read off the chart; a shift of a few units in time misleads less than a hidden mark).
 * Marks are placed in date order, each at the free position nearest its date; then marks that
 * share a date and a count are re-centred on that date when nothing is in the way.
 *
 * With `neverBefore`, a mark only ever moves right of its date (later), and groups are not
 * re-centred: a mark drawn left of its date would sit before the announcement it comes from.
 */
export function dodgeMarks(
  points: { id: string; x: number; y: number; r: number }[],
  gap: number,
  bounds: { x1: number; x2: number },
  options: { neverBefore?: boolean } = {},
) {
  const xs = new Array<number>(points.length);
  const placed: number[] = [];
  const order = points
    .map((_, i) => i)
    .sort(
      (a, b) =>
        points[a]!.x - points[b]!.x || points[a]!.y - points[b]!.y || points[a]!.id.localeCompare(points[b]!.id),
    );
  const blocked = (i: number, x: number, ignore: Set<number> = new Set()) =>
    placed.some(
      (j) =>
        !ignore.has(j) &&
        Math.abs(points[j]!.y - points[i]!.y) < points[i]!.r + points[j]!.r + gap &&
        Math.abs(xs[j]! - x) < points[i]!.r + points[j]!.r + gap - 1e-9,
    );
  for (const i of order) {
    const p = points[i]!;
    const lo = bounds.x1 + p.r;
    const hi = bounds.x2 - p.r;
    const want = Math.min(Math.max(p.x, lo), hi);
    // The nearest free spot is the wanted x itself or the edge of some neighbour's no-go interval.
    const candidates = [want];
    for (const j of placed) {
      const reach = p.r + points[j]!.r + gap;
      if (Math.abs(points[j]!.y - p.y) < reach) candidates.push(xs[j]! - reach, xs[j]! + reach);
    }
    const free = candidates
      .filter((x) => x >= lo - 1e-9 && x <= hi + 1e-9 && !(options.neverBefore && x < want - 1e-9) && !blocked(i, x))
      .sort((a, b) => Math.abs(a - want) - Math.abs(b - want) || a - b);
    xs[i] = free[0] ?? want;
    placed.push(i);
  }
  if (options.neverBefore) return xs;
  const groups = new Map<string, number[]>();
  points.forEach((p, i) => groups.set(`${p.x}/${p.y}`, [...(groups.get(`${p.x}/${p.y}`) ?? []), i]));
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const shift = points[members[0]!]!.x - members.reduce((sum, m) => sum + xs[m]!, 0) / members.length;
    const moved = new Set(members);
    const fits = members.every((m) => {
      const x = xs[m]! + shift;
      return x >= bounds.x1 + points[m]!.r && x <= bounds.x2 - points[m]!.r && !blocked(m, x, moved);
    });
    if (fits) for (const m of members) xs[m] = xs[m]! + shift;
  }
  return xs;
}
