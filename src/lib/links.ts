/**
 * Addresses of one record on another figure's page, built in one place so a page that changes
 * how it ids its rows is followed everywhere by one edit here.
 */

/** The troop table's row for an estimate (src/components/troops/TroopTable.astro ids rows `estimate-<id>`). */
export const estimateHref = (estimateId: string) => `/troops/#estimate-${estimateId}`;

/** A place on the map page (src/components/map/PlaceList.astro ids entries `place-<id>`). */
export const placeHref = (placeId: string) => `/map/#place-${placeId}`;

/** The compact timeline (/timeline/) and the full record (/timeline/full/). */
export const TIMELINE_PATH = '/timeline/';
export const TIMELINE_FULL_PATH = '/timeline/full/';

/** An event on the compact timeline, which lists every event (the key ones in full). */
export const eventHref = (eventId: string) => `${TIMELINE_PATH}#${eventId}`;

/** One event in the full record, where its sources and evidence are. */
export const fullRecordHref = (eventId: string) => `${TIMELINE_FULL_PATH}#${eventId}`;
