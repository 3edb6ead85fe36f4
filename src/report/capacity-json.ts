/**
 * JSON shapes of the capacity stage for the report: the schedule table, the capacity month by month, the
 * recommendation and the funding plan. Money as decimal strings with two places, ratios with four
 * (the effective annual rate with six), rates as plain decimals.
 */
import type { AffordableAmount, CapacityMonth, LoanCapacity } from '../capacity/capacity.js';
import type { FundingPhase, FundingPlan } from '../capacity/funding-plan.js';
import type { Decision, Recommendation } from '../capacity/recommend.js';
import type { Schedule } from '../capacity/schedule.js';
import { type Dec, formatMoney, formatPlain, formatRatio, type RoundingMode } from '../money/index.js';
import { catalogs } from '../locales/index.js';
import type { Bilingual } from '../profile/errors.js';

export interface ScheduleRowJson {
  readonly period: number;
  readonly dueDate: string | null;
  readonly openingBalance: string;
  readonly payment: string;
  readonly interest: string;
  readonly principal: string;
  readonly closingBalance: string;
}

export interface ScheduleJson {
  readonly method: Schedule['method'];
  readonly amount: string;
  readonly monthlyRate: string;
  readonly months: number;
  readonly instalment: string;
  readonly maxPayment: string;
  readonly totalInterest: string;
  readonly totalPaid: string;
  readonly effectiveAnnualRate: string;
  readonly rows: readonly ScheduleRowJson[];
}

export interface CapacityMonthJson {
  readonly period: number;
  readonly dueDate: string;
  readonly calendarMonth: number;
  readonly surplus: string;
  readonly payment: string;
  readonly ratio: string | null;
  readonly net: string;
  readonly bufferBefore: string;
  readonly bufferAfter: string;
  readonly status: CapacityMonth['status'];
  readonly gap: string;
}

export interface CapacityJson {
  readonly startDate: string;
  readonly startSource: LoanCapacity['startSource'];
  readonly basis: LoanCapacity['basis'];
  readonly limit: string;
  readonly openingBuffer: string;
  readonly openingBufferSource: LoanCapacity['openingBufferSource'];
  readonly worst: { readonly periods: readonly number[]; readonly payment: string; readonly surplus: string; readonly ratio: string | null };
  readonly exceeded: boolean;
  readonly shortfallPeriods: readonly number[];
  readonly bufferPeriods: readonly number[];
  readonly uncoveredPeriods: readonly number[];
  readonly totalShortfall: string;
  readonly uncoveredGap: string;
  readonly months: readonly CapacityMonthJson[];
}

export interface AlternativeJson {
  readonly termMonths: number;
  readonly method: AffordableAmount['method'];
  readonly maxAmount: string;
  /** The first instalment at that amount (null when nothing is affordable). */
  readonly instalment: string | null;
  readonly totalInterest: string | null;
  /** The requested amount is affordable over this term. */
  readonly coversRequest: boolean;
}

export interface RecommendationJson {
  readonly decision: Decision;
  readonly reasons: readonly string[];
  readonly notes: readonly string[];
  /** The amount recommended (null for decline and refer-back). */
  readonly amount: string | null;
  readonly message: Bilingual;
  readonly requested: { readonly amount: string; readonly termMonths: number; readonly monthlyRate: string; readonly method: string };
  /** Largest affordable amount for the requested term and method, rounded down to the policy multiple. */
  readonly maxAmount: string;
  /** The closed-form bound before rounding. */
  readonly maxAmountExact: string;
  readonly binding: AffordableAmount['binding'];
  readonly roundingMultiple: string;
  readonly minimumAmount: string;
  /** null when not computed (the extras were not asked for). */
  readonly alternatives: readonly AlternativeJson[] | null;
  /** null when not computed (the extras were not asked for). */
  readonly stress: {
    readonly amount: string;
    readonly salesDropToLimit: string | null;
    readonly limitPeriods: readonly number[];
    readonly salesDropToShortfall: string | null;
    readonly shortfallPeriod: number | null;
  } | null;
}

export interface FundingPlanJson {
  readonly seasonal: boolean;
  readonly averageMonthlySales: string;
  readonly months: readonly {
    readonly month: number;
    readonly sales: string;
    readonly disposableSurplus: string;
    readonly phase: FundingPhase;
    readonly expectedDeposits: string | null;
  }[];
  readonly usingMoney: readonly number[];
  readonly holdingCash: readonly number[];
  readonly suggestedDisbursementMonth: number | null;
  readonly troughMonth: number | null;
  readonly expectedTroughDeposits: string | null;
  readonly liquidFunds: string;
  readonly workingCapital: string;
  readonly analysisMonth: number;
}

const ratioOrNull = (v: Dec | null): string | null => (v === null ? null : formatRatio(v));

export function serializeSchedule(s: Schedule, mode: RoundingMode = 'half-up'): ScheduleJson {
  const m = (v: Dec) => formatMoney(v, mode);
  return {
    method: s.method,
    amount: m(s.amount),
    monthlyRate: formatPlain(s.monthlyRate),
    months: s.months,
    instalment: m(s.instalment),
    maxPayment: m(s.maxPayment),
    totalInterest: m(s.totalInterest),
    totalPaid: m(s.totalPaid),
    effectiveAnnualRate: formatRatio(s.effectiveAnnualRate, 6),
    rows: s.rows.map((r) => ({
      period: r.period,
      dueDate: r.dueDate,
      openingBalance: m(r.openingBalance),
      payment: m(r.payment),
      interest: m(r.interest),
      principal: m(r.principal),
      closingBalance: m(r.closingBalance),
    })),
  };
}

export function serializeCapacity(loan: LoanCapacity, mode: RoundingMode = 'half-up'): CapacityJson {
  const m = (v: Dec) => formatMoney(v, mode);
  const c = loan.check;
  return {
    startDate: loan.startDate,
    startSource: loan.startSource,
    basis: loan.basis,
    limit: formatRatio(loan.limit),
    openingBuffer: m(loan.openingBuffer),
    openingBufferSource: loan.openingBufferSource,
    worst: { periods: c.worst.periods, payment: m(c.worst.payment), surplus: m(c.worst.surplus), ratio: ratioOrNull(c.worst.ratio) },
    exceeded: c.exceeded,
    shortfallPeriods: c.shortfallPeriods,
    bufferPeriods: c.bufferPeriods,
    uncoveredPeriods: c.uncoveredPeriods,
    totalShortfall: m(c.totalShortfall),
    uncoveredGap: m(c.uncoveredGap),
    months: c.months.map((x) => ({
      period: x.period,
      dueDate: x.dueDate,
      calendarMonth: x.calendarMonth,
      surplus: m(x.surplus),
      payment: m(x.payment),
      ratio: ratioOrNull(x.ratio),
      net: m(x.net),
      bufferBefore: m(x.bufferBefore),
      bufferAfter: m(x.bufferAfter),
      status: x.status,
      gap: m(x.gap),
    })),
  };
}

/** The recommendation; its alternatives and stress test when computed and `extras` is not false, else null. */
export function serializeRecommendation(loan: LoanCapacity, rec: Recommendation, mode: RoundingMode = 'half-up', extras = true): RecommendationJson {
  const m = (v: Dec) => formatMoney(v, mode);
  const alt = (a: AffordableAmount): AlternativeJson => ({
    termMonths: a.termMonths,
    method: a.method,
    maxAmount: m(a.amount),
    instalment: a.instalment === null ? null : m(a.instalment),
    totalInterest: a.totalInterest === null ? null : m(a.totalInterest),
    coversRequest: a.amount.gte(loan.amount),
  });
  return {
    decision: rec.decision,
    reasons: rec.reasons,
    notes: rec.notes,
    amount: rec.amount === null ? null : m(rec.amount),
    message: {
      en: catalogs.en.decision.recommendation(rec.decision, rec.params),
      zh: catalogs.zh.decision.recommendation(rec.decision, rec.params),
    },
    requested: { amount: m(loan.amount), termMonths: loan.termMonths, monthlyRate: formatPlain(loan.monthlyRate), method: loan.method },
    maxAmount: m(loan.maxAmount.amount),
    maxAmountExact: m(loan.maxAmount.exact),
    binding: loan.maxAmount.binding,
    roundingMultiple: m(loan.roundingMultiple),
    minimumAmount: m(loan.minimumAmount),
    alternatives: extras && loan.alternatives !== null ? loan.alternatives.map(alt) : null,
    stress:
      extras && loan.stress !== null
        ? {
            amount: m(loan.amount),
            salesDropToLimit: ratioOrNull(loan.stress.salesDropToLimit),
            limitPeriods: loan.stress.limitPeriods,
            salesDropToShortfall: ratioOrNull(loan.stress.salesDropToShortfall),
            shortfallPeriod: loan.stress.shortfallPeriod,
          }
        : null,
  };
}

export function serializeFundingPlan(p: FundingPlan, mode: RoundingMode = 'half-up'): FundingPlanJson {
  const m = (v: Dec) => formatMoney(v, mode);
  return {
    seasonal: p.seasonal,
    averageMonthlySales: m(p.averageMonthlySales),
    months: p.months.map((x) => ({
      month: x.month,
      sales: m(x.sales),
      disposableSurplus: m(x.disposableSurplus),
      phase: x.phase,
      expectedDeposits: x.expectedDeposits === null ? null : m(x.expectedDeposits),
    })),
    usingMoney: p.usingMoney,
    holdingCash: p.holdingCash,
    suggestedDisbursementMonth: p.suggestedDisbursementMonth,
    troughMonth: p.troughMonth,
    expectedTroughDeposits: p.expectedTroughDeposits === null ? null : m(p.expectedTroughDeposits),
    liquidFunds: m(p.liquidFunds),
    workingCapital: m(p.workingCapital),
    analysisMonth: p.analysisMonth,
  };
}
