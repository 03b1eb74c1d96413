/**
 * One variant mechanism for every figure: a figure is laid out once per variant, each for the
 * narrowest container it is shown in, all variants go into the page, and a container query shows
 * the one made for the width at hand (so the figure reads without JavaScript at any width). The
 * queries are generated from the variants' own widths into src/styles/figure-variants.css, so
 * config and CSS cannot drift apart (tests/unit/figure-variants.test.ts keeps the file current).
 */

export type VariantId = 'narrow' | 'medium' | 'wide';

export interface FigureVariant {
  id: VariantId;
  /** Narrowest container (CSS px) this variant is shown in; the first is shown from 0. */
  fromContainerWidth: number;
}

/**
 * The CSS that shows exactly one of a figure's variants: each element carries the class
 * `${prefix}-${id}`, and the nearest ancestor with `container-type: inline-size` is measured.
 */
export function variantSwitchCss(prefix: string, variants: readonly FigureVariant[]): string {
  const sorted = [...variants].sort((a, b) => a.fromContainerWidth - b.fromContainerWidth);
  if (sorted[0]?.fromContainerWidth !== 0) throw new Error(`${prefix}: the first variant must be shown from 0 px`);
  const cls = (v: FigureVariant) => `.${prefix}-${v.id}`;
  // The first is set to block outright: an SVG's own display is inline, which adds a line gap.
  const out = [
    `${cls(sorted[0]!)} {\n  display: block;\n}`,
    `${sorted.slice(1).map(cls).join(',\n')} {\n  display: none;\n}`,
  ];
  sorted.slice(1).forEach((v, i) => {
    out.push(
      `@container (min-width: ${v.fromContainerWidth}px) {\n` +
        `  ${cls(sorted[i]!)} {\n    display: none;\n  }\n` +
        `  ${cls(v)} {\n    display: block;\n  }\n}`,
    );
  });
  return out.join('\n');
}
