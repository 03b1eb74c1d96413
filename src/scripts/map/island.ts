/**
 * <deployment-map>: the static SVG map stays the figure; this element adds the interactive one.
 * Leaflet is a separate chunk fetched with import() only when the figure scrolls into view (once
 * the page has settled, so it is ready by the time a reader reaches the button) or when the button
 * is pressed, whichever comes first, together with the map's data (the file named by
 * data-map-data-src); nothing is fetched for readers who never get that far.
 */
import type { MapData } from './types.ts';
import type { MapMessages } from './messages.ts';

type Mount = typeof import('./leaflet-map.ts');

/**
 * Runs `task` once the page has loaded and the browser is idle, so a prefetch of the map when it
 * is in view from the start (the embed, a tall phone) never competes with the first paint.
 */
function afterPageSettles(task: () => void) {
  const whenIdle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 2000 }) : setTimeout(task, 200);
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}

class DeploymentMap extends HTMLElement {
  private loading: Promise<Mount> | undefined;
  private data: Promise<MapData> | undefined;
  private mounted: import('./leaflet-map.ts').MountedMap | undefined;

  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('[data-map-activate]');
    if (!button || !('IntersectionObserver' in window)) return;
    button.hidden = false;
    button.addEventListener('click', () => void this.toggle(button));
    for (const preset of this.querySelectorAll<HTMLButtonElement>('[data-map-view]'))
      preset.addEventListener('click', () =>
        this.mounted?.view(preset.dataset['mapView'] as Parameters<import('./leaflet-map.ts').MountedMap['view']>[0]),
      );
    const prefetch = () => {
      void this.load().catch(() => undefined);
      void this.loadData().catch(() => undefined);
    };
    // In an embed the map is in view at once on someone else's page, where most readers never
    // open it: fetch Leaflet only when a reader reaches for the button.
    if (this.dataset['prefetch'] === 'intent') {
      for (const type of ['pointerenter', 'focus', 'touchstart'])
        button.addEventListener(type, prefetch, { once: true, passive: true });
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        afterPageSettles(prefetch);
      }
    });
    observer.observe(this.querySelector('[data-map-static]') ?? this);
  }

  private load(): Promise<Mount> {
    // Fetch the stylesheet alongside the script, so mounting does not wait for a second round trip.
    return (this.loading ??= import('./leaflet-map.ts').then((mount) => {
      void mount.loadStylesheet().catch(() => undefined);
      return mount;
    }));
  }

  private loadData(): Promise<MapData> {
    return (this.data ??= fetch(this.dataset['mapDataSrc'] ?? '')
      .then((response) => {
        if (!response.ok) throw new Error(`map data: HTTP ${response.status}`);
        return response.json() as Promise<MapData>;
      })
      // A failed prefetch (a dropped connection) must not fail the reader's press later: try again then.
      .catch((error: unknown) => {
        this.data = undefined;
        throw error;
      }));
  }

  private async toggle(button: HTMLButtonElement) {
    const staticMap = this.querySelector<HTMLElement>('[data-map-static]')!;
    const container = this.querySelector<HTMLElement>('[data-map-interactive]')!;
    const status = this.querySelector<HTMLElement>('[data-map-status]')!;
    const say = JSON.parse(this.dataset['messages'] ?? '{}') as MapMessages;
    const views = this.querySelector<HTMLElement>('[data-map-views]');
    if (this.mounted) {
      this.mounted.unmount();
      this.mounted = undefined;
      if (views) views.hidden = true;
      container.hidden = true;
      staticMap.hidden = false;
      button.textContent = say.explore;
      status.textContent = say.showingStatic;
      return;
    }
    button.disabled = true;
    status.textContent = say.loading;
    try {
      const [{ mountLeafletMap }, data] = await Promise.all([this.load(), this.loadData()]);
      staticMap.hidden = true;
      container.hidden = false;
      this.mounted = await mountLeafletMap(container, data, say);
      if (views) views.hidden = false;
      button.textContent = say.back;
      status.textContent = say.loaded;
      // Focus goes into the map (the button was disabled while it loaded, which drops focus to
      // <body>): the next Tab reaches the first marker, west to east.
      container.focus();
    } catch {
      container.hidden = true;
      staticMap.hidden = false;
      status.textContent = say.failed;
    } finally {
      button.disabled = false;
    }
  }
}

customElements.define('deployment-map', DeploymentMap);

/**
 * A place link (/map/#place-<id>, from the timeline, the corrections log and the popups) lands on
 * the map with that place marked, instead of on its list entry thousands of pixels below. The
 * list entry stays the fragment's target, so without JavaScript the link still lands on it.
 */
function showLinkedPlace() {
  for (const el of document.querySelectorAll('.map-place-linked')) el.classList.remove('map-place-linked');
  const id = /^#place-([a-z0-9-]+)$/.exec(location.hash)?.[1];
  if (!id) return;
  const marks = document.querySelectorAll(`.map-svg [data-place="${id}"], .map-svg [data-label-for="${id}"]`);
  const stage = document.querySelector('.deployment-map');
  if (marks.length === 0 || !stage) return;
  for (const mark of marks) mark.classList.add('map-place-linked');
  stage.scrollIntoView({ block: 'start' });
}
addEventListener('hashchange', showLinkedPlace);
// After the browser's own scroll to the fragment, which happens once the page has loaded.
if (document.readyState === 'complete') showLinkedPlace();
else addEventListener('load', () => requestAnimationFrame(showLinkedPlace), { once: true });
