import { z } from 'zod';
import { keysOf, placeKinds, placeRoles } from '../taxonomy.ts';
import { sourceList, text } from './common.ts';

const coordinate = (what: 'latitude' | 'longitude', limit: number) =>
  z
    .number({ error: `expected the ${what} as a number of degrees` })
    .min(-limit, `${what} must be between -${limit} and ${limit}`)
    .max(limit, `${what} must be between -${limit} and ${limit}`);

/** A place the reports name (content/places/<id>.yaml). */
export const placeSchema = () =>
  z.strictObject({
    /** The name readers know it by. */
    name: text('the name'),
    /** Country it lies in, for the label and the list. */
    country: text('the country'),
    /** Latitude and longitude in WGS84 degrees (a gazetteer value, not from the reports). */
    coordinates: z.strictObject({ lat: coordinate('latitude', 90), lon: coordinate('longitude', 180) }),
    /** What sort of place it is. */
    kind: z.enum(keysOf(placeKinds), { error: `expected one of: ${Object.keys(placeKinds).join(', ')}` }),
    /** Its part in the deployment story. */
    role: z.enum(keysOf(placeRoles), { error: `expected one of: ${Object.keys(placeRoles).join(', ')}` }),
    /** One sentence on why it matters, in our words. */
    summary: text('the summary'),
    /** Reports that name it, each with its evidence. */
    sources: sourceList,
  });
export type PlaceData = z.output<ReturnType<typeof placeSchema>>;
