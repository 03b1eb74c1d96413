/**
 * <timeline-filters>: filters the timeline by category and source report. The state lives in
 * the URL query, so a filtered view can be shared; a link to one event always wins over the
 * filters, so /timeline/?category=x#event never lands on a hidden event.
 */
import {
  FILTER_PARAMS,
  isFiltered,
  matchesFilters,
  NO_FILTERS,
  optionCounts,
  optionWording,
  reachableState,
  readFilters,
  resultSummary,
  writeFilters,
  type Filterable,
  type FilterState,
  type SummaryWordings,
} from '../../lib/timeline/filters.ts';

/**
 * The element id a URL fragment names. A link may carry any bytes (`#%E0%A4%A` is not valid
 * percent-encoding): such a fragment names no event, and must not throw.
 */
export function hashId(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

const optionValues = (select: HTMLSelectElement) => [...select.options].map((o) => o.value).filter(Boolean);

class TimelineFilters extends HTMLElement {
  connectedCallback() {
    // Wire up once, even if the element is moved in the document.
    if (this.hasAttribute('data-ready')) return;
    this.setAttribute('data-ready', '');
    const root = this.closest('[data-timeline]') ?? document;
    const fields = this.querySelector('fieldset')!;
    const category = fields.querySelector<HTMLSelectElement>('[name=category]')!;
    const report = fields.querySelector<HTMLSelectElement>('[name=report]')!;
    const clear = this.querySelector<HTMLButtonElement>('[data-clear]')!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    // The status wordings, rendered by TimelineFilters.astro for this page's language and count.
    const summary = JSON.parse(this.dataset['summary'] ?? '{}') as SummaryWordings;
    const allowed = { category: optionValues(category), report: optionValues(report) };
    const events = [...root.querySelectorAll<HTMLElement>('[data-event]')];
    const filterable: Filterable[] = events.map((el) => ({
      category: el.dataset.category ?? '',
      reports: (el.dataset.reports ?? '').split(' '),
    }));
    const selects = { category, report };
    // The intro above the strip, when the page has one, says how many events the filters leave.
    const intro = root.querySelector<HTMLElement>('[data-filter-intro]');
    const introWordings = intro ? (JSON.parse(intro.dataset['summary'] ?? '{}') as SummaryWordings) : null;
    const groups = [...root.querySelectorAll<HTMLElement>('[data-month], [data-phase]')];
    const gaps = [...root.querySelectorAll<HTMLElement>('[data-gap]')];
    // Each strip mark links to its event: the id is its href's fragment (after a page path in an embed).
    const marks = new Map(
      [...root.querySelectorAll<SVGAElement>('a.mark')].map((m) => [m, m.getAttribute('href')?.split('#')[1]]),
    );

    const apply = (state: FilterState) => {
      category.value = state.category ?? '';
      report.value = state.report ?? '';
      const shown = new Set<string>();
      events.forEach((el, i) => {
        el.hidden = !matchesFilters(filterable[i]!, state);
        if (!el.hidden) shown.add(el.id);
      });
      // Each option counts with the other filter's value; one that would leave nothing is off.
      const counts = optionCounts(filterable, state, allowed);
      for (const key of FILTER_PARAMS) {
        for (const option of selects[key].options) {
          const n = counts[key][option.value] ?? 0;
          option.textContent = optionWording(option.dataset['wording'] ?? '', n);
          option.disabled = n === 0;
        }
      }
      if (intro && introWordings) intro.textContent = resultSummary(shown.size, state, introWordings);
      for (const group of groups) group.hidden = !group.querySelector('[data-event]:not([hidden])');
      // Gaps measure time between the events of the whole record, so they mean nothing in a filtered view.
      for (const gap of gaps) gap.hidden = isFiltered(state);
      for (const [mark, id] of marks) {
        const dim = !shown.has(id ?? '');
        mark.classList.toggle('is-dimmed', dim);
        if (dim) {
          mark.setAttribute('aria-hidden', 'true');
          mark.setAttribute('tabindex', '-1');
        } else {
          mark.removeAttribute('aria-hidden');
          mark.removeAttribute('tabindex');
        }
      }
      clear.hidden = !isFiltered(state);
      status.textContent = `${resultSummary(shown.size, state, summary)}.`;
    };

    const update = (state: FilterState) => {
      apply(state);
      history.replaceState(
        history.state,
        '',
        `${location.pathname}${writeFilters(state, location.search)}${location.hash}`,
      );
    };

    /** The event the URL points at, shown even if that means dropping the filters. */
    const revealTarget = (afterLayoutChange: boolean) => {
      const target = location.hash.length > 1 ? document.getElementById(hashId(location.hash)) : null;
      if (!target || !root.contains(target)) return;
      const hiddenBy = target.closest('[hidden]');
      if (hiddenBy) update(NO_FILTERS);
      if (hiddenBy || afterLayoutChange) target.scrollIntoView({ block: 'start' });
    };

    fields.addEventListener('change', () => update({ category: category.value || null, report: report.value || null }));
    clear.addEventListener('click', () => {
      update(NO_FILTERS);
      category.focus();
    });
    addEventListener('hashchange', () => revealTarget(false));

    // A shared URL may name a combination with no events: fall back to one that has some.
    const initial = reachableState(filterable, readFilters(location.search, allowed));
    const fromUrl = readFilters(location.search, allowed);
    if (initial.category !== fromUrl.category || initial.report !== fromUrl.report) update(initial);
    else apply(initial);
    revealTarget(isFiltered(initial));
  }
}

if (!customElements.get('timeline-filters')) customElements.define('timeline-filters', TimelineFilters);
