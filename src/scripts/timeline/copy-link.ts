/**
 * Upgrades each event's permalink into "Copy link": a click copies the event's address and
 * says so, on screen and to screen readers. The link still navigates to the event as before
 * (except in an embed, where it would take the reader away from the host page).
 */
const CONFIRM_MS = 2500;

/** The script's words, rendered by TimelineList.astro into data-permalink-messages; `announce` holds `{title}`. */
export interface PermalinkMessages {
  copy: string;
  copied: string;
  announce: string;
  untitled: string;
  failed: string;
  failedShowsAddress: string;
}

export function enhancePermalinks(root: ParentNode, announce: (message: string) => void) {
  const json = root.querySelector<HTMLElement>('[data-permalink-messages]')?.dataset['permalinkMessages'];
  if (!navigator.clipboard || !json) return;
  const say = JSON.parse(json) as PermalinkMessages;
  for (const label of root.querySelectorAll('[data-permalink-label]')) label.textContent = say.copy;

  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[data-permalink]');
    if (!link) return;
    if (link.target === '_top') event.preventDefault();
    const url = new URL(link.href);
    url.search = '';
    const label = link.querySelector('[data-permalink-label]')!;
    const title = document.getElementById(link.getAttribute('aria-describedby') ?? '')?.textContent ?? say.untitled;
    navigator.clipboard.writeText(url.href).then(
      () => {
        label.textContent = say.copied;
        link.classList.add('is-copied');
        announce(say.announce.replace('{title}', title));
        setTimeout(() => {
          label.textContent = say.copy;
          link.classList.remove('is-copied');
        }, CONFIRM_MS);
      },
      () => announce(link.target === '_top' ? say.failed : say.failedShowsAddress),
    );
  });
}
