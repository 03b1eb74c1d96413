/** The home page's establish / open box and the sources page's glossary are content, held to a schema. */
import { describe, expect, it } from 'vitest';
import { overviewCopySchema, sourcesCopySchema } from '../../src/lib/schemas/copy.ts';

const block = (text: string, extra: Record<string, unknown> = {}) => ({ text, ...extra });
const cited = { sources: [{ report: 'report-a', evidence: 'the words of the report' }] };
const overview = (over: Record<string, unknown> = {}) => ({
  sentences: [block('A sentence.')],
  establish: [block('What a report states.', cited)],
  open: [block('What no report says.', cited)],
  figuresIntro: block('Intro.'),
  cards: { timeline: block('T.'), troops: block('C.'), map: block('M.'), disagreements: block('D.') },
  ...over,
});
const entry = (explanation: Record<string, unknown>) => ({ id: 'term-x', term: 'X', explanation });
const sources = (glossary: unknown) => ({ conflicts: [block('C.')], leftOut: block('L.'), glossary });

describe('overview copy: establish and open', () => {
  it('accepts both lists', () => expect(overviewCopySchema().safeParse(overview()).success).toBe(true));
  it.each(['establish', 'open'])('refuses the box without its "%s" side, or with it empty', (side) => {
    const without: Record<string, unknown> = overview();
    delete without[side];
    expect(overviewCopySchema().safeParse(without).success).toBe(false);
    expect(overviewCopySchema().safeParse(overview({ [side]: [] })).success).toBe(false);
  });
});

describe('glossary', () => {
  it('accepts a term explained by what a report says', () => {
    expect(sourcesCopySchema().safeParse(sources([entry(block('What the report says.', cited))])).success).toBe(true);
    expect(sourcesCopySchema().safeParse(sources([entry(block('Its event.', { events: ['an-event'] }))])).success).toBe(
      true,
    );
  });
  it('refuses a term explained without any report (general knowledge)', () => {
    const result = sourcesCopySchema().safeParse(sources([entry(block('What everybody knows.'))]));
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('cite at least one report');
  });
  it('refuses an empty glossary and an entry without a term', () => {
    expect(sourcesCopySchema().safeParse(sources([])).success).toBe(false);
    expect(sourcesCopySchema().safeParse(sources([{ id: 'term-x', explanation: block('W.', cited) }])).success).toBe(
      false,
    );
  });
});
