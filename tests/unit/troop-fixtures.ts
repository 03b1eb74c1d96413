/** Shared inputs for the troop-chart unit tests: the real content, and crowded made-up claims. */
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel, type Citation, type Estimate, type SiteModel } from '../../src/lib/data/model.ts';
import { measurerFrom } from '../../src/lib/charts/kit/text.ts';
import { figureFontMetrics } from '../../src/lib/charts/kit/font/faces.ts';
import {
  asOfKinds,
  claimantKinds,
  estimateQualifiers,
  estimateStatuses,
  type ClaimantKind,
  type EstimateQualifier,
  type EstimateStatus,
} from '../../src/lib/taxonomy.ts';
import type { DateSpec } from '../../src/lib/schemas/common.ts';
import { formatClaimedCount } from '../../src/lib/format/numbers.ts';
import { annotationChoices } from '../../src/lib/charts/troop/data.ts';

/** The chart's annotations as the real copy (content/copy/troops.yaml) chooses them. */
export const realAnnotations = () => annotationChoices(loadContent(process.cwd()).copy.troops!);

let model: SiteModel | undefined;
/** The project's own content, validated and joined exactly as the site build does. */
export const realModel = () => (model ??= buildModel(loadContent(process.cwd())));

export const measure = measurerFrom(figureFontMetrics());

const citation: Citation = {
  report: {
    slug: 'fixture-report',
    headline: 'A fixture headline, with a comma and "quotes"',
    outlet: 'Fixture Times',
    author: null,
    published: '2024-10-20',
    url: null,
    language: 'English',
    sourceFile: 'fixture.txt',
    standfirst: 'Fixture.',
    keyPoints: [],
    claims: [],
    shortName: 'Fixture Times',
  },
  evidence: 'a snippet',
};

export const day = (iso: string): DateSpec => ({ iso, precision: 'day', start: iso, end: iso });

export const STATUSES = Object.keys(estimateStatuses) as EstimateStatus[];
export const QUALIFIERS = Object.keys(estimateQualifiers) as EstimateQualifier[];
export const KINDS = Object.keys(claimantKinds) as ClaimantKind[];

export function fakeEstimate(i: number, overrides: Partial<Estimate> = {}): Estimate {
  const status = overrides.status ?? STATUSES[i % STATUSES.length]!;
  return {
    id: `fixture-${i}`,
    count: 1000 * ((i % 12) + 1),
    qualifier: QUALIFIERS[i % QUALIFIERS.length]!,
    status,
    asOfKind: 'stated',
    asOfLabel: asOfKinds.stated,
    statusLabel: estimateStatuses[status],
    claimant: { name: `Claimant number ${i} of the fixture`, kind: KINDS[i % KINDS.length]! },
    via: null,
    asOf: day('2024-10-18'),
    sources: [citation],
    ...overrides,
    // The report's own words: the qualifier's words and the count, as a real record states them.
    asStated:
      overrides.asStated ??
      formatClaimedCount(
        overrides.count ?? 1000 * ((i % 12) + 1),
        overrides.qualifier ?? QUALIFIERS[i % QUALIFIERS.length]!,
      ),
  };
}

/**
 * A deliberately crowded set: many claims on three days, several with identical counts, so
 * marks coincide and labels compete for the same space.
 */
export function crowdedEstimates(n = 24): Estimate[] {
  const days = ['2024-10-17', '2024-10-18', '2024-10-19'];
  return Array.from({ length: n }, (_, i) =>
    fakeEstimate(i, { asOf: day(days[i % 3]!), count: [1500, 3000, 10000, 12000][i % 4]!, status: STATUSES[i % 4]! }),
  ).sort((a, b) => a.asOf.start.localeCompare(b.asOf.start) || a.count - b.count);
}
