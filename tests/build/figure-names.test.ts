/**
 * One citable name per figure (en.json `figure.<name>.name`, read by the registry): the same
 * words head the figure on its page, title its embed page and the embed's og:title, title the
 * oEmbed response, and title the standalone image.
 */
import { describe, expect, it } from 'vitest';
import { readDist } from './dist.ts';
import { EMBEDDABLE_FIGURES, embedPath, oembedPath } from '../../src/lib/embeds.ts';

const decode = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"');
const page = (path: string) => readDist(`${path.replace(/^\//, '')}index.html`);
const figureTitle = (html: string) => decode(/class="figure-title"[^>]*>\s*([^<]*?)\s*</.exec(html)?.[1] ?? '');
const ogTitle = (html: string) => decode(/<meta property="og:title" content="([^"]*)"/.exec(html)?.[1] ?? '');
const docTitle = (html: string) => decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
/**
 * The standalone SVG's title: the root's aria-label or its first <title>; an image drawn by
 * Satori (the timeline) has neither, and its heading is the opening run of its <text> pieces.
 */
const imageTitle = (svg: string, name: string) => {
  const labelled = /<svg[^>]*aria-label="([^"]*)"/.exec(svg)?.[1] ?? /<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1];
  if (labelled !== undefined) return decode(labelled);
  const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => decode(m[1]!)).join('');
  return text.slice(0, name.length);
};

describe.each(EMBEDDABLE_FIGURES.map((f) => [f.name, f] as const))('the %s figure', (_, figure) => {
  const name = figure.title;
  it('has a name of its own', () => expect(name.length).toBeGreaterThan(10));
  it('is headed by its name on its page and in its embed', () => {
    expect(figureTitle(page(figure.fullPagePath))).toBe(name);
    expect(figureTitle(page(embedPath(figure)))).toBe(name);
  });
  it('titles its embed page, the embed og:title and the oEmbed response with the name', () => {
    const embed = page(embedPath(figure));
    expect(docTitle(embed).startsWith(`${name} · `)).toBe(true);
    expect(ogTitle(embed)).toBe(name);
    expect((JSON.parse(readDist(oembedPath(figure).slice(1))) as { title: string }).title).toBe(name);
  });
  it('titles its standalone image with the name', () => {
    expect(imageTitle(readDist(figure.standaloneSvgPath.slice(1)), name)).toBe(name);
  });
  it('closes the figure with a credit, a date, the licence and how to cite it', () => {
    const html = page(figure.fullPagePath);
    expect(html).toContain('class="figure-credit"');
    expect(html).toMatch(/Data last updated \d{1,2} \w+ \d{4}\./);
    expect(html).toContain('href="https://creativecommons.org/licenses/by/4.0/"');
    expect(decode(html)).toContain(`How to cite: North Korea’s troops in Russia: the record, “${name}”`);
  });
});
