/**
 * The map's key, from the place-role records (src/lib/taxonomy.ts): one entry per look, in the
 * records' order, each named for the roles it stands for ("Context and diplomacy"), in the
 * words of the caller's `t` (a page passes Astro.locals.t).
 */
import { placeRoleRecords, type PlaceRole, type PlaceRoleRecord } from '../taxonomy.ts';
import type { Translate } from '../i18n/translate.ts';

export interface MapKeyEntry {
  /** The role whose `.map-role-*` class paints the key's dot. */
  role: PlaceRole;
  label: string;
  /** Dot radius in the key's 16-unit box: a hollow ring is drawn smaller so its stroke fits. */
  r: number;
}

export function mapKeyEntries(t: Translate): MapKeyEntry[] {
  const roles = Object.keys(placeRoleRecords) as PlaceRole[];
  const record = (role: PlaceRole): PlaceRoleRecord => placeRoleRecords[role];
  return roles
    .filter((role) => record(role).keyWith === undefined)
    .map((role) => {
      const sharing = roles.filter((other) => record(other).keyWith === role);
      const label = [t(record(role).labelKey), ...sharing.map((other) => t(record(other).labelKey).toLowerCase())].join(
        t('map.key.joiner'),
      );
      return { role, label, r: record(role).hollow ? 4.5 : 5 };
    });
}
