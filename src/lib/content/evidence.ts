/**
 * Every evidence snippet in the content, with the report it claims to quote. The provenance
 * test checks each against the captured report text.
 */
import type { ValidatedContent } from './validate.ts';
import { copyBlocks } from './validate-references.ts';

export interface EvidenceItem {
  /** Content file the snippet is written in, and where. */
  file: string;
  path: string;
  report: string;
  evidence: string;
}

export function collectEvidence(content: ValidatedContent): EvidenceItem[] {
  const fromSources = (file: string, sources: { report: string; evidence: string }[]) =>
    sources.map((s, i) => ({ file, path: `sources[${i}].evidence`, report: s.report, evidence: s.evidence }));
  return [
    ...content.reports.flatMap(({ file, id, data }) =>
      data.claims.map((c, i) => ({ file, path: `claims[${i}].evidence`, report: id, evidence: c.evidence })),
    ),
    ...[...content.events, ...content.estimates, ...content.places].flatMap(({ file, data }) => fromSources(file, data.sources)),
    ...content.conflicts.flatMap(({ file, data }) =>
      data.sides.flatMap((side, i) => fromSources(file, side.sources).map((e) => ({ ...e, path: `sides[${i}].${e.path}` }))),
    ),
    ...Object.entries(content.copy).flatMap(([id, copy]) =>
      copyBlocks(copy).flatMap(({ path, block }) =>
        fromSources(`content/copy/${id}.yaml`, block.sources).map((e) => ({ ...e, path: `${path}.${e.path}` })),
      ),
    ),
  ];
}

/** Whitespace runs become one space and curly quotes straight, so only the words must match. */
export const normaliseForMatch = (text: string) =>
  text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
