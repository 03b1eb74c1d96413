declare namespace App {
  interface Locals {
    /**
     * Set by a report page before it renders its MDX body: claim id → footnote number, so that
     * <Cite> (which only receives its own props) can number itself like the claim list below.
     */
    citeNumbers?: Map<string, number>;
    /** Claim ids already rendered, so that a claim cited twice gets one back-link anchor. */
    citesRendered?: Set<string>;
    /** The page's locale, set by src/middleware.ts. */
    locale: import('./lib/i18n/config.ts').Locale;
    /** The page's UI strings: t(key, vars?), keys from src/lib/i18n/en.json (set by src/middleware.ts). */
    t: import('./lib/i18n/translate.ts').Translate;
  }
}
