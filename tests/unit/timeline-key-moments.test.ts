import { describe, expect, it } from 'vitest';
import { daysSpanned, firstSentence, isKeyMoment } from '../../src/lib/timeline/key-moments.ts';
import { carriesEstimate, eventFigures, longestSharedRun, SHARED_PASSAGE_MIN } from '../../src/lib/timeline/figures.ts';
import type { DateSpec } from '../../src/lib/schemas/common.ts';

const day = (iso: string): DateSpec => ({ iso, precision: 'day', start: iso, end: iso });

describe('key moments', () => {
  it('takes the first sentence whole, past abbreviations, with its own punctuation', () => {
    expect(firstSentence('One thing happened. Then another.')).toBe('One thing happened.');
    expect(firstSentence('The U.S. and NATO said so. A second sentence.')).toBe('The U.S. and NATO said so.');
    expect(firstSentence('Was it? Nobody says.')).toBe('Was it?');
    expect(firstSentence('Only one sentence, without a stop')).toBe('Only one sentence, without a stop');
    // A stop inside a number or a name is not an end.
    expect(firstSentence('About 1.5 thousand went to topgab.com first. More later.')).toBe(
      'About 1.5 thousand went to topgab.com first.',
    );
  });

  it('counts the days a set of dates covers, both ends included', () => {
    expect(daysSpanned([day('2024-10-15'), day('2024-11-06')])).toBe(23);
    expect(daysSpanned([day('2024-10-18')])).toBe(1);
    expect(daysSpanned([{ iso: '2024-10', precision: 'month', start: '2024-10-01', end: '2024-10-31' }])).toBe(31);
    expect(daysSpanned([])).toBe(0);
  });

  it('is a key moment only when the content says key: true', () => {
    expect(isKeyMoment({ key: true })).toBe(true);
    expect(isKeyMoment({ key: false })).toBe(false);
    expect(isKeyMoment({})).toBe(false);
  });
});

describe('events that carry a troop figure', () => {
  const report = (slug: string) => ({ slug }) as never;
  const passage = 'the intelligence service said 1,500 soldiers had already moved to the east';
  const event = { id: 'e', sources: [{ report: report('a'), evidence: `Earlier, ${passage}, it added` }] };

  it('measures the longest shared run of characters', () => {
    expect(longestSharedRun('abcdef', 'zcdez')).toBe(3);
    expect(longestSharedRun('', 'abc')).toBe(0);
  });

  it('joins an estimate that quotes the same passage of the same report', () => {
    expect(carriesEstimate(event, { id: 'x', sources: [{ report: report('a'), evidence: passage }] })).toBe(true);
    // The same words in another report are that report's claim, not this event's.
    expect(carriesEstimate(event, { id: 'x', sources: [{ report: report('b'), evidence: passage }] })).toBe(false);
  });

  it('does not join records that only share a figure or a short phrase', () => {
    const short = '1,500 soldiers had already';
    expect(short.length).toBeLessThan(SHARED_PASSAGE_MIN);
    expect(
      carriesEstimate(event, { id: 'x', sources: [{ report: report('a'), evidence: `So: ${short} gone.` }] }),
    ).toBe(false);
  });

  it('lists the estimates per event and leaves out events with none', () => {
    const estimates = [
      { id: 'yes', sources: [{ report: report('a'), evidence: passage }] },
      { id: 'no', sources: [{ report: report('a'), evidence: 'something else entirely, nothing shared here' }] },
    ];
    const other = { id: 'f', sources: [{ report: report('a'), evidence: 'an unrelated event quoting other words' }] };
    const map = eventFigures([event, other], estimates);
    expect([...map.keys()]).toEqual(['e']);
    expect(map.get('e')!.map((e) => e.id)).toEqual(['yes']);
  });
});
