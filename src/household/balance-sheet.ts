/**
 * The household balance sheet (家庭资产负债表), beside the business one (docs/rules.md, "household"): the family's
 * assets and debts outside the business by kind, its net worth, the guarantees it has given (contingent, shown
 * apart and never subtracted), and the family's total net worth = business equity + household net worth. Pure:
 * the converted profile and the business equity in, Decimals out.
 *
 * The household's instalments enter the capacity through `householdInstalments` (read by the P&L,
 * src/statements): every household debt's monthly instalment, except a debt marked `inLoans` (counted with the
 * loans already).
 */
import { type Dec, sum, ZERO } from '../money/index.js';
import type { ProfileData } from '../profile/domain.js';
import { FAMILY_ASSET_KINDS, FAMILY_LIABILITY_KINDS, type FamilyAssetKind, type FamilyLiabilityKind } from '../profile/household.js';

export interface HouseholdBalanceSheet {
  /** Σ value by kind, then the total. */
  readonly assets: Readonly<Record<FamilyAssetKind, Dec>> & { readonly total: Dec };
  /** Σ balance by kind, then the total. */
  readonly liabilities: Readonly<Record<FamilyLiabilityKind, Dec>> & { readonly total: Dec };
  /** assets − liabilities. */
  readonly netWorth: Dec;
  /** The business balance sheet's equity. */
  readonly businessEquity: Dec;
  /** business equity + household net worth. */
  readonly familyNetWorth: Dec;
  /** Σ guarantees given (declared): contingent, not subtracted. */
  readonly guaranteesGiven: Dec;
  /** Σ monthly instalments of every household debt. */
  readonly monthlyInstalments: Dec;
  /** The part the capacity adds to the existing instalments (debts not marked `inLoans`). */
  readonly instalmentsAddedToCapacity: Dec;
}

/** The household's monthly instalments the P&L adds to the loans' (debts not marked `inLoans`); 0 without any. */
export function householdInstalments(profile: Pick<ProfileData, 'household'>): Dec {
  const debts = profile.household?.liabilities ?? [];
  return sum(debts.filter((l) => l.inLoans !== true).map((l) => l.monthlyInstalment ?? ZERO));
}

/** Whether the profile says anything of the household's balance sheet (assets, debts or guarantees given). */
export function hasHouseholdBalance(profile: Pick<ProfileData, 'household'>): boolean {
  const h = profile.household;
  return h !== undefined && (h.assets !== undefined || h.liabilities !== undefined || h.guaranteesGiven !== undefined);
}

function byKind<K extends string>(kinds: readonly K[], items: readonly { readonly kind: K; readonly amount: Dec }[]): Record<K, Dec> & { total: Dec } {
  const out: Record<string, Dec> = {};
  for (const k of kinds) out[k] = sum(items.filter((i) => i.kind === k).map((i) => i.amount));
  out.total = sum(items.map((i) => i.amount));
  return out as Record<K, Dec> & { total: Dec };
}

/** The household balance sheet of a profile, with the business equity it stands beside. */
export function householdBalanceSheet(profile: Pick<ProfileData, 'household'>, businessEquity: Dec): HouseholdBalanceSheet {
  const h = profile.household;
  const assets = byKind(FAMILY_ASSET_KINDS, (h?.assets ?? []).map((a) => ({ kind: a.kind, amount: a.value })));
  const liabilities = byKind(FAMILY_LIABILITY_KINDS, (h?.liabilities ?? []).map((l) => ({ kind: l.kind, amount: l.balance })));
  const netWorth = assets.total.minus(liabilities.total);
  return {
    assets,
    liabilities,
    netWorth,
    businessEquity,
    familyNetWorth: businessEquity.plus(netWorth),
    guaranteesGiven: sum((h?.guaranteesGiven ?? []).map((g) => g.amount)),
    monthlyInstalments: sum((h?.liabilities ?? []).map((l) => l.monthlyInstalment ?? ZERO)),
    instalmentsAddedToCapacity: householdInstalments(profile),
  };
}
