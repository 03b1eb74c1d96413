/** Every built HTML file is valid HTML under html-validate:recommended (.htmlvalidate.json). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { DIST, htmlFiles } from './dist.ts';

const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as {
  extends: string[];
  rules?: Record<string, unknown>;
};
const reasons = JSON.parse(readFileSync('.htmlvalidate.reasons.json', 'utf8')) as Record<string, string>;
const files = htmlFiles();

describe('html-validate', () => {
  it('extends html-validate:recommended, and every rule turned off has a written reason', () => {
    expect(config.extends).toContain('html-validate:recommended');
    const off = Object.entries(config.rules ?? {})
      .filter(([, v]) => v === 'off' || v === 0 || (Array.isArray(v) && (v[0] === 'off' || v[0] === 0)))
      .map(([k]) => k);
    for (const rule of off)
      expect(reasons[rule]?.length ?? 0, `.htmlvalidate.reasons.json explains why "${rule}" is off`).toBeGreaterThan(
        40,
      );
  });

  it('finds the pages in dist/', () => {
    expect(files).toContain('index.html');
    expect(files.length).toBeGreaterThan(5);
  });

  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const format = formatterFactory('text');
  it.each(files)('%s has no errors', async (file) => {
    const report = await validator.validateFile(`${DIST}/${file}`);
    expect(report.valid, format(report.results)).toBe(true);
  });
});
