/**
 * Natural Earth country shapes (from the world-atlas package's TopoJSON) turned into the map's
 * land and border layers. Pure: takes the parsed topology, so tests can feed it fixtures.
 *
 * Crimea: Natural Earth's admin-0 data (as world-atlas ships it) draws Crimea inside Russia's
 * polygon, following the de facto line of control. Most states and the UN General Assembly
 * (resolution 68/262) recognise it as part of Ukraine, which is how news maps draw it, so the
 * Crimean polygon is moved to Ukraine before anything is drawn: it is filled as Ukraine and the
 * Perekop isthmus gets no border line.
 */
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { geoContains } from 'd3';
import type { AreaGeometry, Feature, LineGeometry } from './trim.ts';

/** A point well inside the Crimean peninsula (near Simferopol). */
export const CRIMEA_POINT: [number, number] = [34.1, 45.0];

export type CountryProps = { name: string };
export type Countries = Topology<{ countries: GeometryCollection<CountryProps> }>;

type CountryGeometry = (Polygon<CountryProps> | MultiPolygon<CountryProps>) & { id?: string | number };

const byName = (topology: Countries, name: string) =>
  topology.objects.countries.geometries.find((g) => (g.properties as CountryProps | undefined)?.name === name) as
    CountryGeometry | undefined;

/**
 * A copy of the topology with the Crimean polygon moved from Russia to Ukraine. Returns the
 * topology unchanged (and says so) when Crimea is already Ukraine's, so a future world-atlas
 * that draws it so needs no code change.
 */
export function reassignCrimea(topology: Countries): { topology: Countries; moved: boolean } {
  const russia = byName(topology, 'Russia');
  const ukraine = byName(topology, 'Ukraine');
  if (!russia || !ukraine) throw new Error('Natural Earth data has no Russia or Ukraine');
  if (russia.type !== 'MultiPolygon') return { topology, moved: false };
  const index = russia.arcs.findIndex((polygon) => {
    const shape = feature(topology, { type: 'Polygon', arcs: polygon, properties: {} } as never) as unknown as {
      geometry: GeoJSON.Polygon;
    };
    return geoContains(shape.geometry, CRIMEA_POINT);
  });
  if (index < 0) return { topology, moved: false };
  const crimea = russia.arcs[index]!;
  const ukraineArcs = ukraine.type === 'MultiPolygon' ? ukraine.arcs : [ukraine.arcs];
  const geometries = topology.objects.countries.geometries.map((g) => {
    if (g === russia) return { ...russia, arcs: russia.arcs.filter((_, i) => i !== index) };
    if (g === ukraine) return { ...ukraine, type: 'MultiPolygon' as const, arcs: [...ukraineArcs, crimea] };
    return g;
  });
  return {
    topology: {
      ...topology,
      objects: { ...topology.objects, countries: { ...topology.objects.countries, geometries } },
    },
    moved: true,
  };
}

export interface BaseGeometry {
  countries: Feature<AreaGeometry, CountryProps>[];
  /** Land borders between countries (shared edges only, so coastlines are not stroked). */
  borders: LineGeometry;
}

/** Countries as GeoJSON features and their shared borders, Crimea drawn as Ukraine. */
export function baseGeometry(raw: Countries): BaseGeometry {
  const { topology } = reassignCrimea(raw);
  const collection = feature(topology, topology.objects.countries) as unknown as {
    features: Feature<AreaGeometry | null, CountryProps>[];
  };
  const countries = collection.features.filter((f): f is Feature<AreaGeometry, CountryProps> => f.geometry !== null);
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b) as unknown as LineGeometry;
  return { countries, borders };
}
