/**
 * The loan conditions agreed at disbursement, as the monitor reads them (docs/conditions.md, "After the loan"): the
 * figures its checks take from them, and whether each condition was kept. The conditions are the objects
 * `proposeConditions` makes (src/conditions/index.ts), checked by the monitor check MONITORED_BY names.
 */
import { type LoanCondition, MONITORED_BY, type ConditionCode } from '../conditions/index.js';
import { type Dec, toDecimal } from '../money/index.js';
import type { Flag } from '../rules/types.js';
import type { CheckStatus, MonitorCode } from './monitor.js';

/** What the checks read from the agreed conditions (null: not agreed, the deposit expectation alone decides). */
export interface AgreedConditions {
  /** MOVE_SETTLEMENT_ACCOUNT's bankSettledShare. */
  readonly settledShare: Dec | null;
  /** COMPENSATING_DEPOSIT's deposit. */
  readonly deposit: Dec | null;
  /** RATE_FROM_GRID's monthlyRate: the contract's rate, for the loan's cost. */
  readonly monthlyRate: Dec | null;
}

export interface ConditionKept {
  readonly code: string;
  /** The monitor check that verifies it; null for a condition the flows do not show (rate, guarantor, renewal). */
  readonly checkedBy: MonitorCode | null;
  /** false: its check raised a flag; true: its check ran without one; null: not checked (or the check was skipped). */
  readonly kept: boolean | null;
}

export interface ConditionsCheck {
  /** The conditions as given. */
  readonly agreed: readonly LoanCondition[];
  readonly kept: readonly ConditionKept[];
  /** True when RENEWAL_IF_NOT_KEPT was agreed and a checked condition was not kept: its terms apply at renewal. */
  readonly renewalApplies: boolean;
}

const param = (cs: readonly LoanCondition[] | undefined, code: ConditionCode, key: string): Dec | null => {
  const v = cs?.find((c) => c.code === code)?.params[key];
  // validated by agreedConditionsSchema: a decimal string or number when present
  return typeof v === 'string' || typeof v === 'number' ? toDecimal(v) : null;
};

export function agreedConditions(conditions: readonly LoanCondition[] | undefined): AgreedConditions {
  return {
    settledShare: param(conditions, 'MOVE_SETTLEMENT_ACCOUNT', 'bankSettledShare'),
    deposit: param(conditions, 'COMPENSATING_DEPOSIT', 'deposit'),
    monthlyRate: param(conditions, 'RATE_FROM_GRID', 'monthlyRate'),
  };
}

export function conditionsKept(
  conditions: readonly LoanCondition[],
  agreed: AgreedConditions,
  checks: readonly CheckStatus[],
  flags: readonly Flag[],
): ConditionsCheck {
  const kept = conditions.map((c): ConditionKept => {
    const checkedBy = (MONITORED_BY as Readonly<Record<string, MonitorCode | undefined>>)[c.code] ?? null;
    // a condition without the figure its check reads was not checked against it
    const readable = c.code === 'MOVE_SETTLEMENT_ACCOUNT' ? agreed.settledShare !== null : c.code === 'COMPENSATING_DEPOSIT' ? agreed.deposit !== null : false;
    if (checkedBy === null || !readable) return { code: c.code, checkedBy: null, kept: null };
    const ran = checks.find((s) => s.code === checkedBy)?.status === 'ran';
    return { code: c.code, checkedBy, kept: ran ? !flags.some((f) => f.code === checkedBy) : null };
  });
  const renewalApplies = conditions.some((c) => c.code === 'RENEWAL_IF_NOT_KEPT') && kept.some((k) => k.kept === false);
  return { agreed: conditions, kept, renewalApplies };
}
