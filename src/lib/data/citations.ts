import type { Citation, ReportCard } from './model.ts';

/** Citations grouped by report, in first-seen order, with repeated snippets dropped. */
export function groupCitations(citations: Citation[]): { report: ReportCard; evidence: string[] }[] {
  const groups = new Map<string, { report: ReportCard; evidence: string[] }>();
  for (const { report, evidence } of citations) {
    const group = groups.get(report.slug) ?? { report, evidence: [] };
    if (!group.evidence.includes(evidence)) group.evidence.push(evidence);
    groups.set(report.slug, group);
  }
  return [...groups.values()];
}

const CITE = /<Cite\s+id=["']([^"']+)["']/g;

/**
 * A report's claims in the order a reader meets them in the summary (first <Cite> of each), so
 * the numbers run 1, 2, 3… down the page; claims never cited keep their declared order at the end.
 */
export function readingOrder<T extends { id: string }>(claims: T[], body: string): T[] {
  const order = [...new Set([...body.matchAll(CITE)].map((m) => m[1]!))];
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length + claims.findIndex((c) => c.id === id) : i;
  };
  return [...claims].sort((a, b) => rank(a.id) - rank(b.id));
}
