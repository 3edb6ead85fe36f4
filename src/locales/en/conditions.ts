/** The `conditions` section of the en catalog: the loan conditions' sentences (docs/conditions.md). */
import { money, percent } from '../format.js';
import type { ConditionsTexts } from '../sections/conditions.js';

const standing = { new: 'a new client', returning: 'a returning client' } as const;

export const conditions: ConditionsTexts = {
  names: {
    RATE_FROM_GRID: 'Rate from the grid',
    COMPENSATING_DEPOSIT: 'Compensating deposit',
    MOVE_SETTLEMENT_ACCOUNT: 'Main flows moved to the bank',
    GUARANTOR_REQUIRED: 'Guarantor',
    RENEWAL_IF_NOT_KEPT: 'At renewal, if a condition was not kept',
  },
  patterns: {
    steady: 'steady balances',
    'pass-through': 'money that passes through',
    'seasonal-trough': 'seasonal, idle in the trough',
    mixed: 'mixed',
  },
  sentences: {
    RATE_FROM_GRID: (p) =>
      `Contract rate ${percent(p.monthlyRate)} a month (${percent(p.effectiveAnnualRate)} a year effective), the bank's rate grid for ${standing[p.standing] ?? p.standing}${p.bandUpTo === null ? '' : ` and loans up to ${money(p.bandUpTo)}`}, instead of the ${percent(p.requestedMonthlyRate)} requested.`,
    COMPENSATING_DEPOSIT: (p) =>
      `Keep ${money(p.deposit)} on deposit for the ${p.termMonths} months at ${percent(p.depositRate)} a year (interest ${money(p.depositInterest)} at maturity): ` +
      (p.sizedToPotential
        ? `${percent(p.share)} of the loan would be ${money(p.shareAmount)}, more than the ${money(p.potential)} the client's pattern (${conditions.patterns[p.pattern] ?? p.pattern}) leaves on the account, so the deposit is sized to that. `
        : `${percent(p.share)} of the loan of ${money(p.amount)}, within the ${money(p.potential)} the client's pattern (${conditions.patterns[p.pattern] ?? p.pattern}) leaves on the account. `) +
      `The client can use ${money(p.usableAmount)}; the effective cost of the package is ${percent(p.effectiveAnnualCost)} a year against the contract's ${percent(p.contractEffectiveAnnualRate)} (${percent(p.contractMonthlyRate)} a month).`,
    MOVE_SETTLEMENT_ACCOUNT: (p) =>
      `Move the main flows to the account at the bank: ${percent(p.bankSettledShare)} of sales, about ${money(p.averageMonthlyInflows)} a month, to come in by transfer. Checked after the loan: inflows more than ${percent(p.tolerance)} short are a warning, more than ${percent(p.critical)} critical.`,
    GUARANTOR_REQUIRED: (p) => `A guarantor: the loan of ${money(p.amount)} is above ${money(p.aboveAmount)}, the amount above which the bank asks for one.`,
    RENEWAL_IF_NOT_KEPT: (p) =>
      `If a condition above was not kept, the next loan is made at ${percent(p.penaltyMonthlyRate)} a month (${percent(p.contractMonthlyRate)} + ${percent(p.rateIncrease)}), or with ${percent(p.depositShare)} of it kept on deposit.`,
  },
  unknown: (code, reasons) => `Condition ${code}${reasons.length > 0 ? ` (${reasons.join(', ')})` : ''}.`,
};
