/** Date wording for readers. Pure and UTC-only, so output never depends on the machine's time zone. */
import type { DateSpec } from '../schemas/common.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const parts = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { year: y, month: m - 1, day: d };
};

/** "18 October 2024" */
export const formatDay = (iso: string) => {
  const { year, month, day } = parts(iso);
  return `${day} ${MONTHS[month]} ${year}`;
};

/** "October 2024" */
export const formatMonth = (iso: string) => {
  const { year, month } = parts(iso);
  return `${MONTHS[month]} ${year}`;
};

/** "28 Oct – 1 Nov 2024", "18–22 Oct 2024", "30 Dec 2024 – 2 Jan 2025" */
export const formatRange = (start: string, end: string) => {
  const a = parts(start);
  const b = parts(end);
  if (a.year !== b.year) return `${a.day} ${SHORT[a.month]} ${a.year} – ${b.day} ${SHORT[b.month]} ${b.year}`;
  if (a.month !== b.month) return `${a.day} ${SHORT[a.month]} – ${b.day} ${SHORT[b.month]} ${b.year}`;
  return `${a.day}–${b.day} ${SHORT[b.month]} ${b.year}`;
};

/** A date as precise as the source allows, never more. */
export const formatDateSpec = (date: DateSpec) =>
  date.precision === 'day'
    ? formatDay(date.start)
    : date.precision === 'month'
      ? formatMonth(date.start)
      : formatRange(date.start, date.end);

/** Value for <time datetime>: a valid HTML date, month, or (for ranges) the start day. */
export const datetimeAttr = (date: DateSpec) => (date.precision === 'month' ? date.start.slice(0, 7) : date.start);

/** "2024-10" → "October 2024", for grouping headings. */
export const monthKey = (iso: string) => iso.slice(0, 7);
