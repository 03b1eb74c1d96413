/**
 * <deployment-map>: the static SVG map stays the figure; this element adds the interactive one.
 * Leaflet is a separate chunk fetched with import() only when the figure scrolls into view (so
 * it is ready by the time a reader reaches the button) or when the button is pressed, whichever
 * comes first; nothing is fetched for readers who never get that far.
 */
import type { MapData } from './types.ts';

type Mount = typeof import('./leaflet-map.ts');

class DeploymentMap extends HTMLElement {
  private loading: Promise<Mount> | undefined;
  private unmount: (() => void) | undefined;

  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('[data-map-activate]');
    if (!button || !('IntersectionObserver' in window)) return;
    button.hidden = false;
    button.addEventListener('click', () => void this.toggle(button));
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        void this.load().catch(() => undefined);
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

  private async toggle(button: HTMLButtonElement) {
    const staticMap = this.querySelector<HTMLElement>('[data-map-static]')!;
    const container = this.querySelector<HTMLElement>('[data-map-interactive]')!;
    const status = this.querySelector<HTMLElement>('[data-map-status]')!;
    if (this.unmount) {
      this.unmount();
      this.unmount = undefined;
      container.hidden = true;
      staticMap.hidden = false;
      button.textContent = 'Explore the map: pan and zoom';
      status.textContent = 'Showing the static map.';
      return;
    }
    button.disabled = true;
    status.textContent = 'Loading the interactive map…';
    try {
      const { mountLeafletMap } = await this.load();
      const data = JSON.parse(this.querySelector('[data-map-data]')!.textContent ?? '{}') as MapData;
      staticMap.hidden = true;
      container.hidden = false;
      this.unmount = await mountLeafletMap(container, data);
      button.textContent = 'Back to the static map';
      status.textContent = 'Interactive map loaded. Tab to a place and press Enter for its details.';
    } catch {
      container.hidden = true;
      staticMap.hidden = false;
      status.textContent = 'The interactive map could not load; the map above and the list of places still show everything.';
    } finally {
      button.disabled = false;
    }
  }
}

customElements.define('deployment-map', DeploymentMap);
