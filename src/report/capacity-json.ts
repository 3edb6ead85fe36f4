/**
 * JSON shapes of the capacity stage for the report: the schedule table, the capacity month by month, the
 * recommendation and the funding plan, written by the report's one walker (json-format.ts). Money as decimal strings
 * with two places, ratios with four (the effective annual rate with six), rates as plain decimals.
 */
import type { AffordableAmount, CapacityCheck, CapacityMonth, CapacityWindow, LoanCapacity, Stress } from '../capacity/capacity.js';
import type { CashMonth, RunningPosition } from '../capacity/cash-model.js';
import type { FundingMonth, FundingPlan } from '../capacity/funding-plan.js';
import type { Decision, OpenPoint, Recommendation } from '../capacity/recommend.js';
import { conditionText, type LoanCondition } from '../conditions/index.js';
import type { Finding, Flag, ParamValue, Subject } from '../rules/types.js';
import type { Schedule, ScheduleRow } from '../capacity/schedule.js';
import type { SeasonalPlan } from '../capacity/seasonal-plan.js';
import type { Dec, RoundingMode } from '../money/index.js';
import { catalogs, formatFinding, type Lang } from '../locales/index.js';
import type { Bilingual } from '../profile/errors.js';
import { each, type Json, type ShapeOf, toJson } from './json-format.js';

const scheduleRowShape: ShapeOf<ScheduleRow> = {
  period: 'as-is',
  dueDate: 'date',
  openingBalance: 'money',
  payment: 'money',
  interest: 'money',
  principal: 'money',
  closingBalance: 'money',
};

const scheduleShape: ShapeOf<Schedule> = {
  method: 'as-is',
  amount: 'money',
  monthlyRate: 'plain',
  months: 'as-is',
  instalment: 'money',
  maxPayment: 'money',
  totalInterest: 'money',
  totalPaid: 'money',
  effectiveAnnualRate: 'ratio6',
  rows: each(scheduleRowShape),
};

export type ScheduleRowJson = Json<ScheduleRow>;
export type ScheduleJson = Json<Schedule>;

/** The capacity as the report gives it: the loan's terms and its month-by-month check side by side. */
type CapacityView = Pick<LoanCapacity, 'startDate' | 'startSource' | 'basis' | 'limit' | 'openingBuffer' | 'openingBufferSource'> &
  Pick<CapacityCheck, 'worst' | 'exceeded' | 'shortfallPeriods' | 'bufferPeriods' | 'uncoveredPeriods' | 'totalShortfall' | 'uncoveredGap' | 'months' | 'outsideMoney'>;

const windowShape: ShapeOf<CapacityWindow> = { periods: 'as-is', payment: 'money', surplus: 'money', ratio: 'ratio' };

const capacityMonthShape: ShapeOf<CapacityMonth> = {
  period: 'as-is',
  dueDate: 'date',
  calendarMonth: 'as-is',
  surplus: 'money',
  payment: 'money',
  ratio: 'ratio',
  net: 'money',
  bufferBefore: 'money',
  bufferAfter: 'money',
  status: 'as-is',
  gap: 'money',
};

const capacityShape: ShapeOf<CapacityView> = {
  startDate: 'date',
  startSource: 'as-is',
  basis: 'as-is',
  limit: 'ratio',
  openingBuffer: 'money',
  openingBufferSource: 'as-is',
  worst: windowShape,
  exceeded: 'as-is',
  shortfallPeriods: 'as-is',
  bufferPeriods: 'as-is',
  uncoveredPeriods: 'as-is',
  totalShortfall: 'money',
  uncoveredGap: 'money',
  months: each(capacityMonthShape),
  outsideMoney: { peak: 'money', peakPeriod: 'as-is', months: 'as-is', firstPeriod: 'as-is', repaidPeriod: 'as-is', owedAtEnd: 'money' },
};

export type CapacityMonthJson = Json<CapacityMonth>;
export type CapacityJson = Json<CapacityView>;

/** An alternative term: its largest affordable amount, and whether the requested amount fits. */
interface AlternativeView {
  readonly termMonths: number;
  readonly method: AffordableAmount['method'];
  readonly maxAmount: Dec;
  /** The first instalment at that amount (null when nothing is affordable). */
  readonly instalment: Dec | null;
  readonly totalInterest: Dec | null;
  /** The requested amount is affordable over this term. */
  readonly coversRequest: boolean;
}

const seasonalPlanShape: ShapeOf<SeasonalPlan> = {
  kind: 'as-is',
  amount: 'money',
  monthlyRate: 'plain',
  months: 'as-is',
  interestOnlyPeriods: 'as-is',
  balloonPeriod: 'as-is',
  maxPayment: 'money',
  totalInterest: 'money',
  totalPaid: 'money',
  effectiveAnnualRate: 'ratio6',
  rows: each(scheduleRowShape),
};

/** A proposed seasonal plan: the periods where equal instalments fail, the plan, and its capacity month by month. */
interface SeasonalPlanView {
  readonly slowPeriods: readonly number[];
  readonly plan: SeasonalPlan;
  readonly capacity: Pick<CapacityCheck, 'worst' | 'exceeded' | 'uncoveredPeriods' | 'months'>;
}

/** The stress test of the requested amount. */
type StressView = { readonly amount: Dec } & Stress;

/** The recommendation as the report gives it: the decision with its sentence, the request, the affordable amounts. */
interface RecommendationView {
  readonly decision: Decision;
  readonly reasons: readonly string[];
  readonly notes: readonly string[];
  /** The amount recommended (null for decline and refer-back). */
  readonly amount: Dec | null;
  readonly message: Bilingual;
  readonly requested: { readonly amount: Dec; readonly termMonths: number; readonly monthlyRate: Dec; readonly method: string };
  /** Largest affordable amount for the requested term and method, rounded down to the policy multiple. */
  readonly maxAmount: Dec;
  /** The closed-form bound before rounding. */
  readonly maxAmountExact: Dec;
  readonly binding: AffordableAmount['binding'];
  readonly roundingMultiple: Dec;
  readonly minimumAmount: Dec;
  /** null when not computed (the extras were not asked for). */
  readonly alternatives: readonly AlternativeView[] | null;
  /** null when not computed (the extras were not asked for). */
  readonly stress: StressView | null;
  /** The seasonal plan proposed instead of equal instalments, with its capacity month by month; null when none. */
  readonly seasonalPlan: SeasonalPlanView | null;
}

const recommendationShape: ShapeOf<RecommendationView> = {
  decision: 'as-is',
  reasons: 'as-is',
  notes: 'as-is',
  amount: 'money',
  message: { en: 'as-is', zh: 'as-is' },
  requested: { amount: 'money', termMonths: 'as-is', monthlyRate: 'plain', method: 'as-is' },
  maxAmount: 'money',
  maxAmountExact: 'money',
  binding: { kind: 'as-is', periods: 'as-is' },
  roundingMultiple: 'money',
  minimumAmount: 'money',
  alternatives: each<ShapeOf<AlternativeView>>({
    termMonths: 'as-is',
    method: 'as-is',
    maxAmount: 'money',
    instalment: 'money',
    totalInterest: 'money',
    coversRequest: 'as-is',
  }),
  stress: { amount: 'money', salesDropToLimit: 'ratio', limitPeriods: 'as-is', salesDropToShortfall: 'ratio', shortfallPeriod: 'as-is' },
  seasonalPlan: {
    slowPeriods: 'as-is',
    plan: seasonalPlanShape,
    capacity: { worst: windowShape, exceeded: 'as-is', uncoveredPeriods: 'as-is', months: each(capacityMonthShape) },
  },
};

export type AlternativeJson = Json<AlternativeView>;
export type SeasonalPlanJson = Json<SeasonalPlanView>;
export type SeasonalPlanScheduleJson = Json<SeasonalPlan>;

/** A loan condition as the report gives it: the data of src/conditions and its text in both languages. */
export interface ConditionJson extends LoanCondition {
  readonly text: Bilingual;
}

/** An open point (one entry of the next visit's checklist) with its lines in both languages. */
export interface OpenPointJson {
  readonly source: OpenPoint['source'];
  readonly code: string;
  readonly subject: Subject;
  readonly params: Readonly<Record<string, ParamValue>>;
  /** The checklist lines in both languages; left out when the report was asked for figures only (like a flag's texts). */
  readonly documents?: readonly Bilingual[];
  readonly questions?: readonly Bilingual[];
  readonly observe?: readonly Bilingual[];
}

/** The recommendation's fields after the capacity figures: conditions, open points, whether the figures are verified. */
export interface RecommendationDecisionJson {
  /** The loan conditions of an approval (empty otherwise). */
  readonly conditions: readonly ConditionJson[];
  /** The next visit's checklist of a refer-back (empty otherwise). */
  readonly openPoints: readonly OpenPointJson[];
  /**
   * false for a refer-back, or a decline on grounds other than the capacity: the affordable amounts, the
   * alternatives and the stress test were computed from figures not verified, and are not an offer.
   */
  readonly figuresVerified: boolean;
}

export type RecommendationJson = Json<RecommendationView> & RecommendationDecisionJson;

/** Whether the decision rests on verified figures, so its affordable amounts may be shown as offers. */
export function figuresVerified(rec: Recommendation): boolean {
  if (rec.decision === 'refer-back') return false;
  return rec.decision !== 'decline' || rec.params.grounds.length === 0;
}

function openPointJson(point: OpenPoint, flags: readonly Finding[], texts: boolean): OpenPointJson {
  if (!texts) return { source: point.source, code: point.code, subject: point.subject, params: point.params };
  const f = point.source === 'flag' ? flags.find((x) => x.code === point.code && JSON.stringify(x.subject) === JSON.stringify(point.subject)) : undefined;
  // A flag with its texts (the report's default) gives them as they are; a bare finding is rendered here.
  if (f !== undefined && 'evidence' in f && 'questions' in f) {
    const flag = f as Flag;
    return { source: point.source, code: point.code, subject: point.subject, params: point.params, documents: flag.evidence, questions: flag.questions, observe: [] };
  }
  const lines = (lang: Lang) => {
    if (point.source !== 'flag') return catalogs[lang].decision.openPoint(point);
    const t = f === undefined ? undefined : formatFinding(f, lang);
    return { documents: t?.evidence ?? [], questions: t?.questions ?? [], observe: [] };
  };
  const en = lines('en');
  const zh = lines('zh');
  const both = (a: readonly string[], b: readonly string[]): Bilingual[] => a.map((text, i) => ({ en: text, zh: b[i] ?? text }));
  return {
    source: point.source,
    code: point.code,
    subject: point.subject,
    params: point.params,
    documents: both(en.documents, zh.documents),
    questions: both(en.questions, zh.questions),
    observe: both(en.observe, zh.observe),
  };
}

const fundingMonthShape: ShapeOf<FundingMonth> = {
  month: 'as-is',
  sales: 'money',
  disposableSurplus: 'money',
  phase: 'as-is',
  expectedDeposits: 'money',
};

const fundingPlanShape: ShapeOf<FundingPlan> = {
  seasonal: 'as-is',
  averageMonthlySales: 'money',
  months: each(fundingMonthShape),
  usingMoney: 'as-is',
  holdingCash: 'as-is',
  suggestedDisbursementMonth: 'as-is',
  troughMonth: 'as-is',
  expectedTroughDeposits: 'money',
  liquidFunds: 'money',
  workingCapital: 'money',
  analysisMonth: 'as-is',
  buildUpMonth: 'as-is',
  peakWorkingCapitalNeed: 'money',
  peakNeedMonth: 'as-is',
  fundingGap: 'money',
  idleMonths: 'as-is',
  slowMonths: 'as-is',
  cashModel: {
    stockingLeadDays: 'as-is',
    stockingLeadSource: 'as-is',
    customerDays: 'as-is',
    supplierDays: 'as-is',
    months: each<ShapeOf<CashMonth>>({
      month: 'as-is',
      sales: 'money',
      collections: 'money',
      purchases: 'money',
      supplierPayments: 'money',
      operatingCosts: 'money',
      householdExpenses: 'money',
      otherIncome: 'money',
      existingInstalments: 'money',
      netCashFlow: 'money',
      workingCapitalNeed: 'money',
      phase: 'as-is',
      slow: 'as-is',
    }),
    position: each<ShapeOf<RunningPosition>>({ month: 'as-is', yearOffset: 'as-is', netCashFlow: 'money', position: 'money' }),
  },
};

export type FundingPlanJson = Json<FundingPlan>;

export function serializeSchedule(s: Schedule, mode: RoundingMode = 'half-up'): ScheduleJson {
  return toJson(s, scheduleShape, mode);
}

/** A seasonal plan on its own (`xcheck schedule --plan`, the spreadsheet's SEASONAL_SCHEDULE). */
export function serializeSeasonalPlan(p: SeasonalPlan, mode: RoundingMode = 'half-up'): SeasonalPlanScheduleJson {
  return toJson(p, seasonalPlanShape, mode);
}

export function serializeCapacity(loan: LoanCapacity, mode: RoundingMode = 'half-up'): CapacityJson {
  return toJson<CapacityView>({ ...loan, ...loan.check }, capacityShape, mode);
}

/** The recommendation; its alternatives and stress test when computed and `extras` is not false, else null. */
export function serializeRecommendation(
  loan: LoanCapacity,
  rec: Recommendation,
  mode: RoundingMode = 'half-up',
  extras = true,
  flags: readonly Finding[] = [],
  texts = true,
): RecommendationJson {
  const alternative = (a: AffordableAmount): AlternativeView => ({
    termMonths: a.termMonths,
    method: a.method,
    maxAmount: a.amount,
    instalment: a.instalment,
    totalInterest: a.totalInterest,
    coversRequest: a.amount.gte(loan.amount),
  });
  const view: RecommendationView = {
    decision: rec.decision,
    reasons: rec.reasons,
    notes: rec.notes,
    amount: rec.amount,
    message: {
      en: catalogs.en.decision.recommendation(rec.decision, rec.params),
      zh: catalogs.zh.decision.recommendation(rec.decision, rec.params),
    },
    requested: { amount: loan.amount, termMonths: loan.termMonths, monthlyRate: loan.monthlyRate, method: loan.method },
    maxAmount: loan.maxAmount.amount,
    maxAmountExact: loan.maxAmount.exact,
    binding: loan.maxAmount.binding,
    roundingMultiple: loan.roundingMultiple,
    minimumAmount: loan.minimumAmount,
    alternatives: extras && loan.alternatives !== null ? loan.alternatives.map(alternative) : null,
    stress: extras && loan.stress !== null ? { amount: loan.amount, ...loan.stress } : null,
    seasonalPlan: rec.seasonalPlan ? { slowPeriods: rec.seasonalPlan.slowPeriods, plan: rec.seasonalPlan.plan, capacity: rec.seasonalPlan.check } : null,
  };
  return {
    ...toJson(view, recommendationShape, mode),
    conditions: rec.conditions.map((c) => ({ ...c, text: { en: conditionText(c, 'en'), zh: conditionText(c, 'zh') } })),
    openPoints: rec.openPoints.map((p) => openPointJson(p, flags, texts)),
    figuresVerified: figuresVerified(rec),
  };
}

export function serializeFundingPlan(p: FundingPlan, mode: RoundingMode = 'half-up'): FundingPlanJson {
  return toJson(p, fundingPlanShape, mode);
}
