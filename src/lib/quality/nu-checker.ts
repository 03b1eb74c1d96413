/**
 * Reading the W3C Nu HTML checker's JSON report (`vnu.jar --format json`): which messages count
 * against a page. Errors always do; warnings do unless one of the listed, explained exceptions
 * matches; "info" notes never do. Used by tests/build/nu-html.test.ts.
 *
 * Its CSS validator's verdicts on inline <style> are left out: since the build inlines each
 * page's critical CSS (scripts/postbuild/70-critical-css.ts), the site's stylesheet is checked as
 * part of the HTML, and that validator predates CSS the site relies on (`@container`,
 * `paint-order`, `field-sizing`), so it rejects valid rules. The stylesheet was never checked
 * while it was only a linked file either; the HTML itself still is, every error counting.
 */
export interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** A warning the site accepts, for the pages it names, with the reason (shown in the test's source). */
export interface AcceptedWarning {
  pages: RegExp;
  message: RegExp;
  reason: string;
}

/** The messages of a report, or a thrown error naming what the checker printed when it is not a report. */
export function parseNuReport(output: string): NuMessage[] {
  let report: { messages?: NuMessage[] };
  try {
    report = JSON.parse(output) as { messages?: NuMessage[] };
  } catch {
    throw new Error(`the Nu HTML checker did not print a JSON report: ${output.slice(0, 300)}`);
  }
  if (!Array.isArray(report.messages)) throw new Error('the Nu HTML checker report has no "messages" list');
  return report.messages;
}

/** "file:///…/dist/reports/index.html" → "reports/index.html" (relative to `root`). */
export const pageOfUrl = (url: string | undefined, root: string) => {
  const path = url ? decodeURIComponent(url.replace(/^file:/, '')) : '';
  const at = path.indexOf(`${root}/`);
  return at >= 0 ? path.slice(at + root.length + 1) : path;
};

/** A message of the checker's CSS validator (about a <style> block), not of the HTML checker. */
export const isCssVerdict = (m: NuMessage) => m.message.startsWith('CSS: ');

/** Problems per page ("file:line: message"), leaving out accepted warnings and info notes. */
export function nuProblems(
  messages: NuMessage[],
  root: string,
  accepted: AcceptedWarning[] = [],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of messages) {
    const page = pageOfUrl(m.url, root);
    const isWarning = m.type === 'info' && m.subType === 'warning';
    if (m.type === 'info' && !isWarning) continue;
    if (isCssVerdict(m)) continue;
    if (isWarning && accepted.some((a) => a.pages.test(page) && a.message.test(m.message))) continue;
    const list = out.get(page) ?? [];
    list.push(`${page}:${m.lastLine ?? '?'}: ${isWarning ? 'warning' : m.type}: ${m.message}`);
    out.set(page, list);
  }
  return out;
}
