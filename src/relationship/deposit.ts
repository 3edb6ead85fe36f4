/**
 * Deposit expectation (存款预期), month by month: the average daily balance the bank can expect on the
 * borrower's operating account once its flows have moved to the bank. The figures are the deposit potential of
 * src/conditions/potential.ts (one definition, also used to size the loan conditions' compensating deposit; its
 * formulas there and in docs/relationship.md); this module adds why each month's balance is what it is.
 *
 * The balance is tied to the year's average inflows, not to the month's own: a garment trader's trough
 * balance is the money collected in the peak that now sits idle, not a share of the thin trough sales.
 * The retention shapes follow the source (台州银行工作模式简介): a supermarket food supplier leaves steady
 * balances; a contractor's large flows do not stay; a garment trader uses its money from May to October
 * and leaves it on the account from November to the new year, when the balance shows its real own funds.
 * The levels are policy (policy.relationship.retention), xcheck's own choice by default.
 */
import { type DepositPhase, type DepositPotential, depositPatternFor, depositPotential, type MonthDepositPotential } from '../conditions/potential.js';
import { relationshipTexts } from '../locales/relationship.js';
import type { RelationshipTexts } from '../locales/sections/relationship.js';
import type { Bilingual } from '../profile/errors.js';
import type { Policy } from '../profile/policy.js';
import type { DepositPattern } from '../profile/relationship.js';
import type { ProfileData } from '../profile/domain.js';
import type { IncomeStatement } from '../statements/index.js';

export type { DepositPhase };

export interface MonthDepositExpectation extends MonthDepositPotential {
  readonly reason: Bilingual;
}

export interface DepositExpectation extends Omit<DepositPotential, 'months'> {
  readonly months: readonly MonthDepositExpectation[];
  /** Why the pattern's balances look as they do (from the catalogs). */
  readonly reasoning: Bilingual;
}

/** A text of the catalogs' relationship section in both languages. */
function bilingual(write: (t: RelationshipTexts) => string): Bilingual {
  return { en: write(relationshipTexts.en), zh: write(relationshipTexts.zh) };
}

/** Why a month's expected balance is what it is, in both languages (src/locales/<lang>/relationship.ts). */
function monthReason(pattern: DepositPattern, phase: DepositPhase): Bilingual {
  return bilingual((t) => t.monthReason(pattern, phase));
}

/** The pattern in force (src/conditions/potential.ts: the loan conditions size the deposit from the same definition). */
export { depositPatternFor };

/**
 * The month-by-month deposit expectation of a validated profile.
 *
 * @example
 * expectDeposits(profile, policy, statements.incomeStatement).months[11].expectedBalance
 */
export function expectDeposits(profile: ProfileData, policy: Policy, incomeStatement: IncomeStatement): DepositExpectation {
  const potential = depositPotential(profile, policy, incomeStatement);
  return {
    ...potential,
    months: potential.months.map((m) => ({ ...m, reason: monthReason(potential.pattern, m.phase) })),
    reasoning: bilingual((t) => t.patternReasoning[potential.pattern]),
  };
}
