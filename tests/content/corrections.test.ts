/** The real corrections log: valid, and dated no earlier than the site (the rules on fixtures: tests/unit/corrections.test.ts). */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';

describe('the real corrections log', () => {
  const content = loadContent(process.cwd());

  it('validates, and every correction is dated on or after the site’s publication', () => {
    const published = content.site[0]!.data.published;
    expect(content.corrections.length).toBeGreaterThan(0);
    for (const c of content.corrections) expect(c.data.date >= published, c.id).toBe(true);
  });
});
