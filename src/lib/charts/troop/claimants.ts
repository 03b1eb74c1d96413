/**
 * Who stands behind a claimant, for honest counting. Three of the reports' claimant names are
 * bodies of one government (South Korea's NIS, "South Korean intelligence", and South Korea
 * itself via Yonhap): counted as three claimants they would look like independent corroboration.
 * A sub-headline and "not named in the report" are not claimants at all. The grouping is a
 * table of the names the reports use, not a guess from the words: a new name stands alone
 * (counted as its own claimant) until someone adds it here.
 */
import type { Estimate } from '../../data/model.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/config.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { shortClaimant } from './wording.ts';

export type ClaimantGroupId = 'south-korea-government' | 'ukraine';

/** Names the reports give, grouped by the state the name itself says they speak for. */
const GROUP_OF_NAME: Record<string, ClaimantGroupId> = {
  "South Korea's National Intelligence Service (NIS)": 'south-korea-government',
  'South Korean intelligence': 'south-korea-government',
  'South Korea': 'south-korea-government',
  'Volodymyr Zelensky, President of Ukraine': 'ukraine',
  'A Ukrainian intelligence official (unnamed)': 'ukraine',
};

/** The group a claimant counts in: a shared group, its own name, or null when no one is named (no claimant). */
export function claimantGroup(claimant: Pick<Estimate['claimant'], 'name' | 'kind'>): string | null {
  // A news outlet's own sub-headline and an unattributed figure name no one who made the claim.
  if (claimant.kind === 'unattributed' || claimant.kind === 'media') return null;
  return GROUP_OF_NAME[claimant.name] ?? claimant.name;
}

export interface ClaimantCount {
  /** Distinct claimants after grouping. */
  claimants: number;
  /** Groups of more than one name, with the names in first-seen order and their record count. */
  merged: { group: ClaimantGroupId; names: string[]; records: number }[];
  /** Records that name no claimant (a sub-headline, "not named in the report"). */
  unnamedRecords: number;
}

/** How many claimants the records really come from. */
export function countClaimants(estimates: Pick<Estimate, 'claimant'>[]): ClaimantCount {
  const groups = new Map<string, { names: string[]; records: number }>();
  let unnamedRecords = 0;
  for (const { claimant } of estimates) {
    const group = claimantGroup(claimant);
    if (group === null) {
      unnamedRecords++;
      continue;
    }
    const entry = groups.get(group) ?? { names: [], records: 0 };
    if (!entry.names.includes(claimant.name)) entry.names.push(claimant.name);
    entry.records++;
    groups.set(group, entry);
  }
  return {
    claimants: groups.size,
    merged: [...groups]
      .filter(([, g]) => g.names.length > 1)
      .map(([group, g]) => ({ group: group as ClaimantGroupId, ...g })),
    unnamedRecords,
  };
}

/**
 * "Behind them stand 3 claimants, counting each government's bodies once (NIS, South Korean
 * intelligence, South Korea; …). 2 records name no claimant." Built from the records, so it
 * never counts more claimants than the grouping allows.
 */
export function claimantSentence(estimates: Pick<Estimate, 'claimant'>[], locale: Locale = DEFAULT_LOCALE): string {
  const t = useTranslations(locale);
  const { claimants, merged, unnamedRecords } = countClaimants(estimates);
  const kindOf = new Map(estimates.map((e) => [e.claimant.name, e.claimant]));
  const groups = merged
    .map((g) => g.names.map((n) => shortClaimant(kindOf.get(n)!, locale)).join(t('list.separator')))
    .join(t('troops.page.claimantGroupSeparator'));
  const parts = [
    merged.length
      ? t('troops.page.claimantsGrouped', { count: claimants, groups })
      : t('troops.page.claimants', { count: claimants }),
  ];
  if (unnamedRecords) parts.push(t('troops.page.unnamedRecords', { count: unnamedRecords }));
  return parts.join(' ');
}
