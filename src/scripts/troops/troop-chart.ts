/**
 * <troop-chart>: shows a mark's details card while the mark is hovered or focused. The chart
 * works without it (marks are links to table rows, with SVG titles); this only adds the card.
 * The card stays while the pointer is over it and Escape dismisses it (WCAG 1.4.13).
 */

const HIDE_DELAY_MS = 250;
const GAP = 10;

class TroopChart extends HTMLElement {
  private active: { mark: Element; card: HTMLElement } | null = null;
  private hideTimer: number | undefined;

  connectedCallback() {
    this.addEventListener('focusin', (event) => {
      const mark = markOf(event.target);
      if (mark) this.show(mark);
    });
    this.addEventListener('focusout', (event) => {
      if (!markOf(event.relatedTarget)) this.hide();
    });
    this.addEventListener('pointerover', (event) => {
      const mark = markOf(event.target);
      if (mark) this.show(mark);
      else if (this.active?.card.contains(event.target as Node)) window.clearTimeout(this.hideTimer);
    });
    this.addEventListener('pointerout', (event) => {
      const to = event.relatedTarget as Node | null;
      const keep = this.active && (this.active.mark.contains(to) || this.active.card.contains(to));
      if (!keep && this.active && !this.active.mark.matches(':focus')) this.scheduleHide();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.active) this.hide();
    });
  }

  private show(mark: Element) {
    window.clearTimeout(this.hideTimer);
    const id = mark.getAttribute('data-estimate');
    const card = id ? this.querySelector<HTMLElement>(`[data-detail-for="${CSS.escape(id)}"]`) : null;
    if (!card) return;
    if (this.active && this.active.card !== card) this.hide();
    this.active = { mark, card };
    mark.classList.add('is-active');
    card.hidden = false;
    this.position(mark, card);
  }

  /** Above the mark when there is room, else below; always inside the chart's width. */
  private position(mark: Element, card: HTMLElement) {
    const stage = card.offsetParent as HTMLElement | null;
    if (!stage) return;
    const area = stage.getBoundingClientRect();
    const target = (mark.querySelector('.tc-focus-ring') ?? mark).getBoundingClientRect();
    const width = card.offsetWidth;
    const height = card.offsetHeight;
    const centre = target.left + target.width / 2 - area.left;
    const left = Math.max(0, Math.min(centre - width / 2, area.width - width));
    const above = target.top - area.top - GAP - height;
    const top = above >= 0 ? above : target.bottom - area.top + GAP;
    card.style.setProperty('left', `${Math.round(left)}px`);
    card.style.setProperty('top', `${Math.round(top)}px`);
  }

  private scheduleHide() {
    window.clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => this.hide(), HIDE_DELAY_MS);
  }

  private hide() {
    window.clearTimeout(this.hideTimer);
    if (!this.active) return;
    this.active.card.hidden = true;
    this.active.mark.classList.remove('is-active');
    this.active = null;
  }
}

function markOf(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest('.tc-mark') : null;
}

if (!customElements.get('troop-chart')) customElements.define('troop-chart', TroopChart);
