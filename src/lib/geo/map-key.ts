/**
 * The map's key, from the place-role records (src/lib/taxonomy.ts): one entry per look, in the
 * records' order, each named for the roles it stands for ("Context and diplomacy").
 */
import { placeRoleRecords, type PlaceRole, type PlaceRoleRecord } from '../taxonomy.ts';

export interface MapKeyEntry {
  /** The role whose `.map-role-*` class paints the key's dot. */
  role: PlaceRole;
  label: string;
  /** Dot radius in the key's 16-unit box: a hollow ring is drawn smaller so its stroke fits. */
  r: number;
}

export function mapKeyEntries(): MapKeyEntry[] {
  const roles = Object.keys(placeRoleRecords) as PlaceRole[];
  const record = (role: PlaceRole): PlaceRoleRecord => placeRoleRecords[role];
  return roles
    .filter((role) => record(role).keyWith === undefined)
    .map((role) => {
      const sharing = roles.filter((other) => record(other).keyWith === role);
      const label = [record(role).label, ...sharing.map((other) => record(other).label.toLowerCase())].join(' and ');
      return { role, label, r: record(role).hollow ? 4.5 : 5 };
    });
}
