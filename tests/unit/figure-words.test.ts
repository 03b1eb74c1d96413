/**
 * The figures' words come through the string seam: taxonomy labels from en.json, and the pure
 * wording, layout and writer modules worded by the caller's t or locale, never by a string of
 * their own. A stand-in translator that returns its key shows which words went through it.
 */
import { describe, expect, it } from 'vitest';
import en from '../../src/lib/i18n/en.json' with { type: 'json' };
import { defaultT, type Translate } from '../../src/lib/i18n/translate.ts';
import {
  asOfKinds,
  claimantKinds,
  conflictKinds,
  estimateQualifiers,
  estimateStatuses,
  estimateStatusRecords,
  eventCategories,
  placeKinds,
  placeRoleRecords,
  placeRoles,
  taxonomyLabels,
} from '../../src/lib/taxonomy.ts';
import { QUALIFIER_ENCODING } from '../../src/lib/charts/troop/encoding.ts';
import { referenceLabel, shortDate } from '../../src/lib/charts/troop/wording.ts';
import { layoutTimelineStrip, STRIP_VARIANTS, type StripEvent } from '../../src/lib/timeline/strip.ts';
import { stripSvg } from '../../src/lib/timeline/strip-svg.ts';
import { heuristicMeasure } from '../../src/lib/charts/kit/text-metrics.ts';

const keysOnly = ((key: string) => `<${key}>`) as Translate;

describe('taxonomy labels', () => {
  it('come from en.json under taxonomy.*, one key per value', () => {
    expect(estimateStatuses['in-russia']).toBe(en['taxonomy.status.in-russia']);
    expect(placeRoles.arrival).toBe(en['taxonomy.placeRole.arrival']);
    for (const [status, record] of Object.entries(estimateStatusRecords))
      expect(record.labelKey).toBe(`taxonomy.status.${status}`);
    for (const [role, record] of Object.entries(placeRoleRecords))
      expect(record.labelKey).toBe(`taxonomy.placeRole.${role}`);
  });

  it('keep the default-locale { key: label } records their callers read', () => {
    expect(taxonomyLabels(defaultT)).toEqual({
      eventCategories,
      estimateQualifiers,
      estimateStatuses,
      claimantKinds,
      asOfKinds,
      conflictKinds,
      placeKinds,
      placeRoles,
    });
    expect(estimateQualifiers['more-than']).toBe('more than');
    expect(claimantKinds.unattributed).toBe('Not attributed');
  });

  it('are worded by the t they are given (a page in another locale)', () => {
    const labels = taxonomyLabels(keysOnly);
    expect(labels.estimateStatuses['planned-total']).toBe('<taxonomy.status.planned-total>');
    expect(labels.eventCategories.imagery).toBe('<taxonomy.eventCategory.imagery>');
    expect(labels.asOfKinds['as-reported']).toBe('<taxonomy.asOfKind.as-reported>');
  });
});

describe('troop chart wording', () => {
  it('takes the qualifier key entries from en.json', () => {
    expect(defaultT(QUALIFIER_ENCODING.about.legendKey)).toBe('About (approximate)');
  });

  it('words reference labels and short dates from the dictionary', () => {
    expect(
      referenceLabel('Planned total', [
        { figure: '~12,000', qualifier: 'about', claimant: 'Not attributed' },
        { figure: '12,000', qualifier: 'exact', claimant: 'NIS' },
      ]),
    ).toBe('Planned total: 12,000 (NIS); ~12,000 (not attributed)');
    expect(
      shortDate({ iso: '2024-10-28/2024-11-03', precision: 'range', start: '2024-10-28', end: '2024-11-03' }),
    ).toBe('28 Oct–3 Nov');
  });
});

describe('timeline strip words', () => {
  const event = (id: string, number: number, day: string, phase: StripEvent['phase']): StripEvent => ({
    id,
    number,
    title: `Event ${id}`,
    dateText: day,
    date: { iso: day, precision: 'day', start: day, end: day },
    inferred: false,
    phase,
  });
  const events = [event('a', 1, '2022-03-01', 'background'), event('b', 2, '2024-10-18', 'deployment')];

  it('names the strip and its marks through the dictionary', () => {
    const variant = STRIP_VARIANTS.at(-1)!;
    const svg = stripSvg(layoutTimelineStrip(events, variant, heuristicMeasure), variant.id);
    expect(svg).toContain(`aria-label="${en['strip.label']}"`);
    expect(svg).toContain('<title>2. 2024-10-18: Event b</title>');
    expect(svg).toContain('with no events in these reports');
  });
});
