/**
 * Upgrades each event's permalink into "Copy link": a click copies the event's address and
 * says so, on screen and to screen readers. The link still navigates to the event as before
 * (except in an embed, where it would take the reader away from the host page).
 */
const CONFIRM_MS = 2500;

export function enhancePermalinks(root: ParentNode, announce: (message: string) => void) {
  if (!navigator.clipboard) return;
  for (const label of root.querySelectorAll('[data-permalink-label]')) label.textContent = 'Copy link';

  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[data-permalink]');
    if (!link) return;
    if (link.target === '_top') event.preventDefault();
    const url = new URL(link.href);
    url.search = '';
    const label = link.querySelector('[data-permalink-label]')!;
    const title = document.getElementById(link.getAttribute('aria-describedby') ?? '')?.textContent ?? 'this event';
    navigator.clipboard.writeText(url.href).then(
      () => {
        label.textContent = 'Link copied';
        link.classList.add('is-copied');
        announce(`Link to “${title}” copied.`);
        setTimeout(() => {
          label.textContent = 'Copy link';
          link.classList.remove('is-copied');
        }, CONFIRM_MS);
      },
      () =>
        announce(
          link.target === '_top'
            ? 'Could not copy the link.'
            : 'Could not copy the link; the address bar now shows it.',
        ),
    );
  });
}
