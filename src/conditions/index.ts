/**
 * Loan conditions (贷款条件): what the bank asks in return for the loan, agreed before disbursement (source:
 * "回报的事情要在放款前明确的说清楚，多少利息还是多少存款"), each with the policy keys that motivate it and its figures.
 * Data only: the sentences come from the catalogs (`conditionText`, src/locales/<lang>/conditions.ts). The
 * decision (src/capacity/recommend.ts) asks for them once the outcome would be an approval. docs/conditions.md
 * has every formula with a worked example; the settings are the policy fragment `conditions` (./policy.ts).
 *
 * In this order, each only when it applies:
 * - RATE_FROM_GRID — the grid's rate differs from the requested one: the contract is made at the grid's rate
 *     (first band by `upTo`, null last, with amount ≤ upTo; standing `returning` when the profile records
 *     `openingEquity` from an earlier analysis, else `new`).
 * - COMPENSATING_DEPOSIT — share × amount, at most the deposit potential (the mean expected balance of the
 *     client's settlement pattern, ./potential.ts) when `sizeToPotential`, rounded down to
 *     policy.capacity.roundingMultiple; not asked when that is 0. Its params carry the effective cost of the whole
 *     package (./cost.ts `loanCost` at the contract rate, the deposit back at maturity with its interest at
 *     policy.relationship.depositRate) beside the contract's effective annual rate.
 * - MOVE_SETTLEMENT_ACCOUNT — the main flows moved to the bank: the expected monthly inflows
 *     (Σ sales × bankSettledShare / 12, equal to the collections' over the year) and the monitor's band (policy.relationship.flowsNotMoved).
 * - GUARANTOR_REQUIRED — amount > policy.conditions.guarantor.aboveAmount.
 * - RENEWAL_IF_NOT_KEPT — with a deposit or a settlement condition: the next loan at contract rate + rateIncrease,
 *     or with depositShare of it kept on deposit, if a condition was not kept.
 *
 * Figures are decimal strings: money with two places, shares four, rates and costs six (as the monitor's cost).
 * Never throws on a validated context: a loan the schedule cannot be built for (amount ≤ 0, term < 1) gets no
 * conditions.
 */
import { buildSchedule, effectiveAnnualRate } from '../capacity/schedule.js';
import { formatIsoDate } from '../dates/index.js';
import { type Dec, D, ZERO, floorToMultiple, formatMoney, formatRatio, toDecimal } from '../money/index.js';
import type { Policy } from '../profile/policy.js';
import type { DepositPattern } from '../profile/relationship.js';
import type { AnalysisContext } from '../rules/types.js';
import { conditions as en } from '../locales/en/conditions.js';
import { conditions as zh } from '../locales/zh/conditions.js';
import type { ConditionsTexts } from '../locales/sections/conditions.js';
import { type LoanCost, loanCost } from './cost.js';
import { depositPotential } from './potential.js';

export interface LoanCondition {
  /** e.g. 'COMPENSATING_DEPOSIT', 'MOVE_SETTLEMENT_ACCOUNT', 'RATE_FROM_GRID', 'GUARANTOR_REQUIRED' */
  readonly code: string;
  /** Figures as decimal strings (money two places, ratios four), like a Finding's params. */
  readonly params: Readonly<Record<string, string | number | boolean | null>>;
  /** The codes (flags, policy keys) that motivate it. */
  readonly reasons: readonly string[];
}

/** The codes proposeConditions gives, in the order it gives them. */
export const CONDITION_CODES = ['RATE_FROM_GRID', 'COMPENSATING_DEPOSIT', 'MOVE_SETTLEMENT_ACCOUNT', 'GUARANTOR_REQUIRED', 'RENEWAL_IF_NOT_KEPT'] as const;
export type ConditionCode = (typeof CONDITION_CODES)[number];

/**
 * The monitor check that verifies a condition after the loan (src/relationship/monitor.ts): the flows moved
 * (FLOWS_NOT_MOVED) and the deposit kept (DEPOSIT_BELOW_EXPECTATION). The others are not visible in the flows.
 */
export const MONITORED_BY: Readonly<Partial<Record<ConditionCode, 'FLOWS_NOT_MOVED' | 'DEPOSIT_BELOW_EXPECTATION'>>> = {
  COMPENSATING_DEPOSIT: 'DEPOSIT_BELOW_EXPECTATION',
  MOVE_SETTLEMENT_ACCOUNT: 'FLOWS_NOT_MOVED',
};

/** What each condition's params hold (money: two places; shares: four; monthly rates and annual costs: six). */
export interface ConditionParams {
  readonly RATE_FROM_GRID: {
    readonly amount: string;
    readonly requestedMonthlyRate: string;
    /** The grid's rate: the contract's. */
    readonly monthlyRate: string;
    /** (1 + monthlyRate)^12 − 1. */
    readonly effectiveAnnualRate: string;
    /** The band's upper bound; null for the open band. */
    readonly bandUpTo: string | null;
    readonly standing: 'new' | 'returning';
  };
  readonly COMPENSATING_DEPOSIT: {
    readonly amount: string;
    readonly termMonths: number;
    /** policy.conditions.compensatingDeposit.share. */
    readonly share: string;
    /** amount × share. */
    readonly shareAmount: string;
    /** The mean expected balance of the pattern (./potential.ts). */
    readonly potential: string;
    readonly pattern: DepositPattern;
    /** True when the potential, not the share, set the deposit. */
    readonly sizedToPotential: boolean;
    /** The deposit asked: min(shareAmount, potential) rounded down to the multiple. */
    readonly deposit: string;
    readonly depositRate: string;
    /** round_fen(deposit × depositRate × n / 12), paid at maturity. */
    readonly depositInterest: string;
    /** amount − deposit. */
    readonly usableAmount: string;
    readonly contractMonthlyRate: string;
    readonly contractEffectiveAnnualRate: string;
    /** IRR of the borrower's flows (./cost.ts), per month; null only when the flows have no rate. */
    readonly monthlyCost: string | null;
    /** (1 + monthlyCost)^12 − 1: the effective cost of the whole package. */
    readonly effectiveAnnualCost: string | null;
  };
  readonly MOVE_SETTLEMENT_ACCOUNT: {
    readonly bankSettledShare: string;
    /** Σ sales × bankSettledShare / 12. */
    readonly averageMonthlyInflows: string;
    /** FLOWS_NOT_MOVED's band: a warning below −tolerance, critical below −critical (policy.relationship.flowsNotMoved). */
    readonly tolerance: string;
    readonly critical: string;
  };
  readonly GUARANTOR_REQUIRED: {
    readonly amount: string;
    readonly aboveAmount: string;
  };
  readonly RENEWAL_IF_NOT_KEPT: {
    readonly contractMonthlyRate: string;
    readonly rateIncrease: string;
    /** contractMonthlyRate + rateIncrease. */
    readonly penaltyMonthlyRate: string;
    readonly depositShare: string;
  };
}

/** The loan the conditions are for (the request, or the lower amount or other term the decision offers). */
export interface ConditionsLoan {
  readonly amount: Dec;
  readonly termMonths: number;
}

const rate = (x: Dec) => formatRatio(x, 6);

const IRR_SETTINGS = { tolerance: new D('1e-12'), places: 10 } as const;

/** The grid's band and rate for an amount and standing; null when the grid has no band for it. */
export function gridRate(policy: Policy, amount: Dec, standing: 'new' | 'returning'): { rate: Dec; upTo: Dec | null } | null {
  const bands = policy.conditions.rateGrid
    .map((b) => ({ upTo: b.upTo === null ? null : toDecimal(b.upTo), rate: toDecimal(standing === 'new' ? b.newClient : b.returningClient) }))
    .sort((a, b) => (a.upTo === null ? (b.upTo === null ? 0 : 1) : b.upTo === null ? -1 : a.upTo.comparedTo(b.upTo)));
  return bands.find((b) => b.upTo === null || amount.lte(b.upTo)) ?? null;
}

/** The contract's monthly rate: the grid's, else the request's. */
function contractRate(context: AnalysisContext, amount: Dec): { rate: Dec; grid: ReturnType<typeof gridRate>; standing: 'new' | 'returning' } {
  const standing = context.profile.openingEquity === undefined ? 'new' : 'returning';
  const grid = gridRate(context.policy, amount, standing);
  return { rate: grid?.rate ?? context.profile.loanRequest?.monthlyRate ?? ZERO, grid, standing };
}

/** The deposit asked and how it was sized. */
function sizeDeposit(context: AnalysisContext, amount: Dec) {
  const { policy, profile, statements } = context;
  const share = toDecimal(policy.conditions.compensatingDeposit.share);
  const potential = depositPotential(profile, policy, statements.incomeStatement);
  const shareAmount = amount.times(share);
  const sizedToPotential = policy.conditions.compensatingDeposit.sizeToPotential && potential.averageBalance.lt(shareAmount);
  const deposit = floorToMultiple(sizedToPotential ? potential.averageBalance : shareAmount, toDecimal(policy.capacity.roundingMultiple));
  return { share, shareAmount, potential, sizedToPotential, deposit };
}

/**
 * The borrower's cost of the whole package: the loan at the contract rate (the grid's, else the request's), with
 * the deposit the conditions ask (0 without one) kept for the term. Null without a loan request or for a loan the
 * schedule cannot be built for.
 */
export function packageCost(context: AnalysisContext, loan: ConditionsLoan, deposit: Dec = ZERO): LoanCost | null {
  const { profile, policy } = context;
  const req = profile.loanRequest;
  if (!req || !loan.amount.isFinite() || loan.amount.lte(0) || !Number.isInteger(loan.termMonths) || loan.termMonths < 1) return null;
  const monthlyRate = contractRate(context, loan.amount).rate;
  // the capacity stage's schedule when it is this loan's (the usual case: approved as asked at the requested rate)
  const built = context.capacity.loan?.schedule;
  const schedule =
    built && built.amount.eq(loan.amount) && built.months === loan.termMonths && built.method === (req.method ?? 'annuity') && built.monthlyRate.eq(monthlyRate)
      ? built
      : buildSchedule({
          amount: loan.amount,
          monthlyRate,
          months: loan.termMonths,
          method: req.method ?? 'annuity',
          startDate: formatIsoDate(req.disbursementDate ?? profile.analysisDate),
          rounding: policy.rounding,
        });
  return loanCost({
    schedule,
    depositShare: ZERO,
    deposit,
    depositRate: toDecimal(policy.relationship.depositRate),
    transferRate: toDecimal(policy.relationship.transferRate),
    demandDepositRate: toDecimal(policy.relationship.demandDepositRate),
    rounding: policy.rounding,
    // six places are printed: a rate to 10 places (error below 1e-12) is plenty, and a third of the solver's work
    irr: IRR_SETTINGS,
  });
}

/**
 * The conditions of a loan about to be approved (the amount and term the decision offers), from the analysis
 * context and the policy fragment `conditions`.
 *
 * @example
 * // grocery, sales 100,000 a month, steady (0.25): potential 25,000; 50,000 × 0.2 = 10,000 ≤ 25,000
 * proposeConditions(context, { amount: D(50000), termMonths: 12 }).map((c) => c.code)
 *   //=> ['COMPENSATING_DEPOSIT', 'MOVE_SETTLEMENT_ACCOUNT', 'RENEWAL_IF_NOT_KEPT']
 */
export function proposeConditions(context: AnalysisContext, loan: ConditionsLoan): readonly LoanCondition[] {
  const { policy, profile } = context;
  const req = profile.loanRequest;
  if (!req || !loan.amount.isFinite() || loan.amount.lte(0) || !Number.isInteger(loan.termMonths) || loan.termMonths < 1) return [];
  const cp = policy.conditions;
  const out: LoanCondition[] = [];
  const contract = contractRate(context, loan.amount);

  if (contract.grid !== null && !contract.grid.rate.eq(req.monthlyRate)) {
    const params: ConditionParams['RATE_FROM_GRID'] = {
      amount: formatMoney(loan.amount),
      requestedMonthlyRate: rate(req.monthlyRate),
      monthlyRate: rate(contract.rate),
      effectiveAnnualRate: rate(effectiveAnnualRate(contract.rate)),
      bandUpTo: contract.grid.upTo === null ? null : formatMoney(contract.grid.upTo),
      standing: contract.standing,
    };
    out.push({ code: 'RATE_FROM_GRID', params, reasons: ['conditions.rateGrid'] });
  }

  const sized = sizeDeposit(context, loan.amount);
  if (sized.deposit.gt(0)) {
    const cost = packageCost(context, loan, sized.deposit);
    if (cost !== null) {
      const params: ConditionParams['COMPENSATING_DEPOSIT'] = {
        amount: formatMoney(loan.amount),
        termMonths: loan.termMonths,
        share: formatRatio(sized.share),
        shareAmount: formatMoney(sized.shareAmount),
        potential: formatMoney(sized.potential.averageBalance),
        pattern: sized.potential.pattern,
        sizedToPotential: sized.sizedToPotential,
        deposit: formatMoney(cost.deposit),
        depositRate: rate(toDecimal(policy.relationship.depositRate)),
        depositInterest: formatMoney(cost.depositInterest),
        usableAmount: formatMoney(cost.usableAmount),
        contractMonthlyRate: rate(cost.contractMonthlyRate),
        contractEffectiveAnnualRate: rate(cost.contractEffectiveAnnualRate),
        monthlyCost: cost.monthlyCost === null ? null : rate(cost.monthlyCost),
        effectiveAnnualCost: cost.effectiveAnnualCost === null ? null : rate(cost.effectiveAnnualCost),
      };
      const reasons = ['conditions.compensatingDeposit.share', 'relationship.depositRate'];
      if (sized.sizedToPotential) reasons.push('conditions.compensatingDeposit.sizeToPotential');
      out.push({ code: 'COMPENSATING_DEPOSIT', params, reasons });
    }
  }

  if (cp.moveSettlementAccount) {
    const band = policy.relationship.flowsNotMoved;
    const params: ConditionParams['MOVE_SETTLEMENT_ACCOUNT'] = {
      bankSettledShare: formatRatio(sized.potential.bankSettledShare),
      averageMonthlyInflows: formatMoney(sized.potential.averageInflows),
      tolerance: formatRatio(toDecimal(band.tolerance)),
      critical: formatRatio(toDecimal(band.critical)),
    };
    out.push({ code: 'MOVE_SETTLEMENT_ACCOUNT', params, reasons: ['conditions.moveSettlementAccount', 'relationship.bankSettledShare'] });
  }

  const above = cp.guarantor.aboveAmount;
  if (above !== null && loan.amount.gt(toDecimal(above))) {
    const params: ConditionParams['GUARANTOR_REQUIRED'] = { amount: formatMoney(loan.amount), aboveAmount: formatMoney(toDecimal(above)) };
    out.push({ code: 'GUARANTOR_REQUIRED', params, reasons: ['conditions.guarantor.aboveAmount'] });
  }

  const kept = out.filter((c) => c.code === 'COMPENSATING_DEPOSIT' || c.code === 'MOVE_SETTLEMENT_ACCOUNT').map((c) => c.code);
  if (kept.length > 0) {
    const increase = toDecimal(cp.renewal.rateIncrease);
    const params: ConditionParams['RENEWAL_IF_NOT_KEPT'] = {
      contractMonthlyRate: rate(contract.rate),
      rateIncrease: rate(increase),
      penaltyMonthlyRate: rate(contract.rate.plus(increase)),
      depositShare: formatRatio(toDecimal(cp.renewal.depositShare)),
    };
    out.push({ code: 'RENEWAL_IF_NOT_KEPT', params, reasons: ['conditions.renewal', ...kept] });
  }
  return out;
}

const CATALOGS: Readonly<Record<'en' | 'zh', ConditionsTexts>> = { en, zh };

const isKnown = (code: string): code is ConditionCode => (CONDITION_CODES as readonly string[]).includes(code);

/**
 * A condition's sentence in one language, from the catalogs (src/locales/<lang>/conditions.ts). A condition of a
 * code the catalogs do not know is named by its code and reasons.
 *
 * @example
 * conditionText({ code: 'GUARANTOR_REQUIRED', params: { amount: '600000.00', aboveAmount: '500000.00' }, reasons: [] }, 'en')
 *   //=> 'A guarantor: the loan of 600,000.00 is above 500,000.00, the amount above which the bank asks for one.'
 */
export function conditionText(condition: LoanCondition, lang: 'zh' | 'en'): string {
  const t = CATALOGS[lang];
  const { code } = condition;
  if (!isKnown(code)) return t.unknown(code, condition.reasons);
  // the params of a known code are the ones proposeConditions wrote for it (ConditionParams[code])
  const write = t.sentences[code] as (p: unknown) => string;
  return write(condition.params);
}
