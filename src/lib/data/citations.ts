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
