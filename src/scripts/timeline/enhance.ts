/** Client enhancements for the timeline: filters and copy-link. Nothing here is needed to read the page. */
import './filters.ts';
import { enhancePermalinks } from './copy-link.ts';

for (const timeline of document.querySelectorAll<HTMLElement>('[data-timeline]')) {
  const status = timeline.querySelector<HTMLElement>('[data-copy-status]');
  enhancePermalinks(timeline, (message) => {
    if (status) status.textContent = message;
  });
}
