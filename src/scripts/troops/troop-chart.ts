/**
 * <troop-chart>: shows a mark's details beside it. Hover or keyboard focus previews them; a
 * tap, click or Enter pins them (instead of following the mark's link down to the table row)
 * and moves focus into them, so their links can be reached; Escape or the close button closes
 * them and returns focus to the mark. The chart works without this script: marks are links to
 * their table rows, with SVG titles. The preview stays while the pointer is over it (WCAG 1.4.13).
 */

const HIDE_DELAY_MS = 250;
const GAP = 10;

class TroopChart extends HTMLElement {
  private active: { mark: Element; card: HTMLElement; pinned: boolean } | null = null;
  private hideTimer: number | undefined;
  /** Set while focus is handed back to a mark on close, so that focus does not reopen its preview. */
  private returningFocus = false;

  connectedCallback() {
    this.addEventListener('focusin', (event) => {
      const mark = markOf(event.target);
      if (mark && !this.returningFocus && this.active?.mark !== mark) this.show(mark, false);
    });
    this.addEventListener('focusout', (event) => {
      const to = event.relatedTarget as Node | null;
      if (!this.active || markOf(to) === this.active.mark || this.active.card.contains(to)) return;
      if (markOf(to)) return; // the next mark's focusin shows its own card
      this.hide();
    });
    this.addEventListener('pointerover', (event) => {
      if (this.active?.pinned) return;
      const mark = markOf(event.target);
      if (mark) this.show(mark, false);
      else if (this.active?.card.contains(event.target as Node)) window.clearTimeout(this.hideTimer);
    });
    this.addEventListener('pointerout', (event) => {
      if (!this.active || this.active.pinned) return;
      const to = event.relatedTarget as Node | null;
      const keep = this.active.mark.contains(to) || this.active.card.contains(to);
      if (!keep && !this.active.mark.matches(':focus')) this.scheduleHide();
    });
    this.addEventListener('click', (event) => {
      const target = event.target as Element | null;
      if (target?.closest('[data-close]')) {
        this.hide(true);
        return;
      }
      const mark = markOf(target);
      if (!mark) return;
      // Pin the details here rather than jump to the table row; the row is one link away in them.
      event.preventDefault();
      this.show(mark, true);
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.active) this.hide(true);
    });
    document.addEventListener('pointerdown', (event) => {
      if (!this.active?.pinned) return;
      const t = event.target as Node;
      if (!this.active.card.contains(t) && !this.active.mark.contains(t)) this.hide();
    });
  }

  private show(mark: Element, pin: boolean) {
    window.clearTimeout(this.hideTimer);
    const id = mark.getAttribute('data-estimate');
    const card = id ? this.querySelector<HTMLElement>(`[data-detail-for="${CSS.escape(id)}"]`) : null;
    if (!card) return;
    if (this.active && this.active.card !== card) this.hide();
    this.active = { mark, card, pinned: pin || (this.active?.card === card && this.active.pinned) };
    mark.classList.add('is-active');
    card.hidden = false;
    this.position(mark, card);
    if (pin) {
      card.tabIndex = -1;
      card.focus({ preventScroll: true });
      // Only as far as needed to bring the card on screen (never a jump down the page).
      card.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }

  /** Above the mark when there is room on screen and in the chart, else below; always inside the chart's width. */
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
    const fitsAbove = above >= 0 && target.top - GAP - height >= 0;
    const below = target.bottom - area.top + GAP;
    const fitsBelow = target.bottom + GAP + height <= window.innerHeight;
    const top = fitsAbove || (!fitsBelow && above >= 0) ? above : below;
    card.style.setProperty('left', `${Math.round(left)}px`);
    card.style.setProperty('top', `${Math.round(top)}px`);
  }

  private scheduleHide() {
    window.clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => this.hide(), HIDE_DELAY_MS);
  }

  /** Closes the card; `returnFocus` puts focus back on its mark when it was inside the card. */
  private hide(returnFocus = false) {
    window.clearTimeout(this.hideTimer);
    if (!this.active) return;
    const { card, mark } = this.active;
    const focusWasInside = card.contains(document.activeElement);
    this.active = null;
    card.hidden = true;
    mark.classList.remove('is-active');
    if (returnFocus && focusWasInside && mark instanceof SVGElement) {
      this.returningFocus = true;
      mark.focus({ preventScroll: true });
      this.returningFocus = false;
    }
  }
}

function markOf(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest('.tc-mark') : null;
}

if (!customElements.get('troop-chart')) customElements.define('troop-chart', TroopChart);
