import { formatDay } from './dates.ts';

/** "22 October 2024", or "date not stated". */
export const formatPublished = (published: string) =>
  published === 'not stated' ? 'date not stated' : formatDay(published);
