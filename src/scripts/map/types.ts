/** The data block MapFigure.astro writes for the interactive map. */
export interface MapData {
  /** Path of the vector base layer (GeoJSON). */
  base: string;
  /** A raster tile layer, only when configured at build time. */
  tiles: { url: string; attribution: string } | null;
  route: { from: string; to: string; label: string };
  /** Preset views: the places each frames (src/lib/geo/map-views.ts); 'route' fits the line itself. */
  views: { farEast: string[]; front: string[]; route: string[] };
  /** "_top" in the embed, so links leave the iframe. */
  target: '_top' | null;
  places: {
    id: string;
    name: string;
    country: string;
    lat: number;
    lon: number;
    role: string;
    roleLabel: string;
    summary: string;
    href: string;
    sources: { report: string; href: string; evidence: string }[];
    events: { title: string; href: string }[];
  }[];
}
