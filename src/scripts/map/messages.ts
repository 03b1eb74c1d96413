/**
 * What the map island and the Leaflet map say, worded at build time in the page's language and
 * written into <deployment-map data-messages> by MapFigure.astro, so neither script ships strings.
 * The client imports only the type; mapMessages runs in the component.
 */
import type { Translate } from '../../lib/i18n/translate.ts';

export interface MapMessages {
  explore: string;
  back: string;
  showingStatic: string;
  loading: string;
  loaded: string;
  failed: string;
  /** The interactive map's accessible name. */
  label: string;
  /** Credit for the built-in base layer. */
  baseCredit: string;
  popupSources: string;
  popupEvents: string;
  /** A marker's accessible name, with {name} and {role} filled in by the client. */
  marker: string;
}

export const mapMessages = (t: Translate): MapMessages => ({
  explore: t('map.explore'),
  back: t('map.back'),
  showingStatic: t('map.showingStatic'),
  loading: t('map.loading'),
  loaded: t('map.loaded'),
  failed: t('map.failed'),
  label: t('map.label'),
  baseCredit: t('map.baseCredit'),
  popupSources: t('map.popup.sources'),
  popupEvents: t('map.popup.events'),
  // Placeholders kept for the client, which knows the place.
  marker: t('map.markerLabel', { name: '{name}', role: '{role}' }),
});
