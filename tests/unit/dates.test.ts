import { describe, expect, it } from 'vitest';
import { dateSpec } from '../../src/lib/schemas/common.ts';
import { datetimeAttr, formatDateSpec, formatRange } from '../../src/lib/format/dates.ts';
import { formatClaimedCount } from '../../src/lib/format/numbers.ts';

const spec = (iso: string) => dateSpec({ today: '2026-01-01' }).parse(iso);

describe('dateSpec', () => {
  it('normalises days, months and ranges to start and end days', () => {
    expect(spec('2024-10-18')).toEqual({ iso: '2024-10-18', precision: 'day', start: '2024-10-18', end: '2024-10-18' });
    expect(spec('2024-02')).toEqual({ iso: '2024-02', precision: 'month', start: '2024-02-01', end: '2024-02-29' });
    expect(spec('2024-10-28/2024-11-01')).toMatchObject({ precision: 'range', start: '2024-10-28', end: '2024-11-01' });
  });
  it('accepts Date objects from YAML parsers that make them', () => {
    expect(spec(new Date('2024-10-18T00:00:00Z') as unknown as string).iso).toBe('2024-10-18');
  });
  it('clamps a month that has not ended to today', () => {
    expect(dateSpec({ today: '2025-12-15' }).parse('2025-12').end).toBe('2025-12-15');
  });
  it.each(['18 October 2024', '2024-13', '2024-10-18/2024-10-18', ''])('rejects %j', (iso) => {
    expect(dateSpec({ today: '2026-01-01' }).safeParse(iso).success).toBe(false);
  });
});

describe('formatDateSpec', () => {
  it('says only what the precision allows', () => {
    expect(formatDateSpec(spec('2024-10-18'))).toBe('18 October 2024');
    expect(formatDateSpec(spec('2024-10'))).toBe('October 2024');
    expect(formatDateSpec(spec('2024-10-28/2024-11-01'))).toBe('28 Oct – 1 Nov 2024');
    expect(formatDateSpec(spec('2024-10-18/2024-10-22'))).toBe('18–22 Oct 2024');
  });
  it('names both years for a range across New Year', () => {
    expect(formatRange('2024-12-30', '2025-01-02')).toBe('30 Dec 2024 – 2 Jan 2025');
  });
  it('gives a valid <time datetime> value for each precision', () => {
    expect(datetimeAttr(spec('2024-10'))).toBe('2024-10');
    expect(datetimeAttr(spec('2024-10-28/2024-11-01'))).toBe('2024-10-28');
  });
});

describe('formatClaimedCount', () => {
  it('keeps the claimant’s hedge', () => {
    expect(formatClaimedCount(10000, 'at-least')).toBe('at least 10,000');
    expect(formatClaimedCount(12000, 'about')).toBe('about 12,000');
    expect(formatClaimedCount(1500, 'exact')).toBe('1,500');
  });
});
