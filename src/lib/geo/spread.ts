/**
 * Spreads markers that would sit on top of each other at a zoom (Vladivostok and Ussuriysk are
 * 75 km apart, a few pixels at the first view): each point is pushed away from any neighbour
 * closer than `minDistance`, a little at a time, until none is. Points already clear of the
 * others do not move. Deterministic (no randomness), pure, in screen pixels; the interactive
 * map draws a leader from each moved marker to its true position.
 */
export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

export function spreadPoints(points: readonly ScreenPoint[], minDistance: number, iterations = 200): ScreenPoint[] {
  const out = points.map((p) => ({ ...p }));
  for (let step = 0; step < iterations; step++) {
    let moved = false;
    for (let i = 0; i < out.length; i++)
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i]!;
        const b = out[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d >= minDistance - 1e-6) continue;
        if (d < 1e-9) {
          // Same spot: part them along a direction fixed by their order, so the result is stable.
          const angle = (j * 2.399963) % (2 * Math.PI); // the golden angle
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          d = 1;
        }
        // Each moves half the shortfall (a hair more, so rounding never leaves them touching).
        const push = ((minDistance - Math.hypot(b.x - a.x, b.y - a.y)) / 2) * 1.01;
        const ux = dx / d;
        const uy = dy / d;
        a.x -= ux * push;
        a.y -= uy * push;
        b.x += ux * push;
        b.y += uy * push;
        moved = true;
      }
    if (!moved) break;
  }
  return out;
}
