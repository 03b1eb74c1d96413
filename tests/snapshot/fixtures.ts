/**
 * Small made-up inputs for the SVG snapshots: a few records of each kind, chosen to reach each
 * figure's features (every estimate status and qualifier, a planned-total reference line, a
 * month-precision date, inferred dates, both phases), and nothing read from content/, so an edit
 * to the real content never changes a golden.
 */
import type { TimelineEvent } from '../../src/lib/data/model.ts';
import type { MapPlaceInput } from '../../src/lib/geo/map-layout.ts';
import type { StripEvent } from '../../src/lib/timeline/strip.ts';
import type { AnnotationChoice } from '../../src/lib/charts/troop/config.ts';
import type { DateSpec } from '../../src/lib/schemas/common.ts';
import { day, fakeEstimate } from '../unit/troop-fixtures.ts';

const month = (iso: string, last: string): DateSpec => ({
  iso,
  precision: 'month',
  start: `${iso}-01`,
  end: `${iso}-${last}`,
});

/** Six claims over four dates; two planned totals share a count, so one reference line names both. */
export const snapshotEstimates = [
  fakeEstimate(1, {
    id: 'est-a',
    count: 1500,
    qualifier: 'about',
    status: 'in-russia',
    asOf: day('2024-10-18'),
    claimant: { name: 'Agency A', kind: 'intelligence' },
  }),
  fakeEstimate(2, {
    id: 'est-b',
    count: 3000,
    qualifier: 'more-than',
    status: 'in-russia',
    asOf: day('2024-10-23'),
    claimant: { name: 'Minister B', kind: 'official' },
  }),
  fakeEstimate(3, {
    id: 'est-c',
    count: 12000,
    qualifier: 'exact',
    status: 'planned-total',
    asOf: day('2024-10-18'),
    claimant: { name: 'Agency A', kind: 'intelligence' },
  }),
  fakeEstimate(4, {
    id: 'est-d',
    count: 12000,
    qualifier: 'up-to',
    status: 'planned-total',
    asOf: day('2024-10-25'),
    claimant: { name: 'Outlet D', kind: 'media' },
  }),
  fakeEstimate(5, {
    id: 'est-e',
    count: 10000,
    qualifier: 'at-least',
    status: 'possibility-raised',
    asOf: day('2024-10-25'),
    claimant: { name: 'President E', kind: 'official' },
  }),
  fakeEstimate(6, {
    id: 'est-f',
    count: 8000,
    qualifier: 'about',
    status: 'at-front',
    asOf: day('2024-11-04'),
    claimant: { name: 'Ministry F', kind: 'government' },
  }),
];

/**
 * The two events the chart annotates. The chart reads only id, date and title of an event
 * (pickAnnotationEvents), so the rest of a TimelineEvent is left out.
 */
export const snapshotEvents = [
  { id: 'ev-first', date: day('2024-10-18'), title: 'First fixture event' },
  { id: 'ev-second', date: day('2024-11-04'), title: 'Second fixture event' },
] as TimelineEvent[];

export const snapshotAnnotations: AnnotationChoice[] = [
  { eventId: 'ev-first', label: 'first event' },
  { eventId: 'ev-second', label: 'second event' },
];

/** Four places, one of each role the map draws differently; the route joins arrival and front. */
export const snapshotPlaces: MapPlaceInput[] = [
  { id: 'pyongyang', name: 'Pyongyang', lon: 125.75, lat: 39.02, role: 'origin', weight: 600 },
  { id: 'vladivostok', name: 'Vladivostok', lon: 131.89, lat: 43.12, role: 'arrival', weight: 600 },
  { id: 'kursk', name: 'Kursk region', lon: 36.19, lat: 51.73, role: 'front', weight: 600 },
  { id: 'moscow', name: 'Moscow', lon: 37.62, lat: 55.76, role: 'diplomacy', weight: 400 },
];
export const snapshotRoute = { from: 'vladivostok', to: 'kursk', label: 'Fixture route label' };

/** Six events in both phases: days, a month, a span of days, two inferred, a long gap to break the axis. */
export const snapshotStripEvents: StripEvent[] = [
  {
    id: 'ev-1',
    number: 1,
    title: 'Treaty fixture',
    dateText: '19 June 2024',
    date: day('2024-06-19'),
    inferred: false,
    phase: 'background',
  },
  {
    id: 'ev-2',
    number: 2,
    title: 'Summer fixture',
    dateText: 'August 2024',
    date: month('2024-08', '31'),
    inferred: true,
    phase: 'background',
  },
  {
    id: 'ev-3',
    number: 3,
    title: 'Arrival fixture',
    dateText: '8 October 2024',
    date: day('2024-10-08'),
    inferred: false,
    phase: 'deployment',
  },
  {
    id: 'ev-4',
    number: 4,
    title: 'Announcement fixture',
    dateText: '18 October 2024',
    date: day('2024-10-18'),
    inferred: false,
    phase: 'deployment',
  },
  {
    id: 'ev-5',
    number: 5,
    title: 'Movement fixture',
    dateText: '28 October to 1 November 2024',
    date: { iso: '2024-10-28/2024-11-01', precision: 'range', start: '2024-10-28', end: '2024-11-01' },
    inferred: true,
    phase: 'deployment',
  },
  {
    id: 'ev-6',
    number: 6,
    title: 'Front fixture',
    dateText: '4 November 2024',
    date: day('2024-11-04'),
    inferred: false,
    phase: 'deployment',
  },
];
