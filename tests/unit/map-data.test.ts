/**
 * The interactive map's data (src/components/map/map-data.ts): built from the model in the words
 * of the `t` it is given, with the figure's links, and named by its content, so the page and its
 * embed name different files and a change of words is a new URL.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel } from '../../src/lib/data/model.ts';
import { mapModel } from '../../src/lib/data/map.ts';
import { figureLinks } from '../../src/lib/charts/kit/context.ts';
import { defaultT, type Translate } from '../../src/lib/i18n/translate.ts';
import { interactiveMapData, mapDataFile } from '../../src/components/map/map-data.ts';

const content = loadContent(process.cwd());
const model = mapModel(buildModel(content), content.copy.map!);
const page = figureLinks('page', '/map/');
const embed = figureLinks('embed', '/map/');

describe('interactiveMapData', () => {
  it('has every place with its sources, and links for the figure’s context', () => {
    const onPage = interactiveMapData(model, defaultT, page, null);
    const inEmbed = interactiveMapData(model, defaultT, embed, null);
    expect(onPage.places.map((p) => p.id)).toEqual(model.places.map((p) => p.id));
    for (const p of onPage.places) expect(p.sources.length).toBeGreaterThan(0);
    expect(onPage.target).toBeNull();
    expect(onPage.places[0]!.href).toBe(`#place-${model.places[0]!.id}`);
    expect(inEmbed.target).toBe('_top');
    expect(inEmbed.places[0]!.href).toBe(`/map/#place-${model.places[0]!.id}`);
    expect(onPage.tiles).toBeNull();
  });

  it('words its labels with the t it is given, not the default locale’s', () => {
    const marked = ((key: string, vars?: never) => `«${defaultT(key as never, vars)}»`) as Translate;
    const data = interactiveMapData(model, marked, page, null);
    for (const p of data.places) expect(p.roleLabel).toMatch(/^«.+»$/);
  });

  it('is named by its content: the same data the same file, a page and its embed two', () => {
    const a = mapDataFile(interactiveMapData(model, defaultT, page, null));
    const b = mapDataFile(interactiveMapData(model, defaultT, page, null));
    const c = mapDataFile(interactiveMapData(model, defaultT, embed, null));
    expect(a).toEqual(b);
    expect(c.hash).not.toBe(a.hash);
    expect(a.path).toBe(`/map-data/${a.hash}.json`);
    expect(JSON.parse(a.body)).toEqual(interactiveMapData(model, defaultT, page, null));
  });
});
