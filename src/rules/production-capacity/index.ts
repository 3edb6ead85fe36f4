/**
 * PRODUCTION_CAPACITY — 生产能力交叉检验, for producers (business.kind 'production').
 *
 * The source's site visit: workers, working hours and overtime, electricity use, and consumables — "the
 * copper filings (铜粉) of a hardware workshop objectively reflect its output, and are themselves sold".
 * Each observation implies a monthly output (`profile.operations`):
 * - labour:       workers × output per worker-day × (working days + overtime day-equivalents)
 * - electricity:  (kWh a month − base load) / kWh per unit
 * - each consumable or by-product: quantity a month / quantity per unit of output
 * against the declared volume: `operations.declaredUnitsPerMonth`, or else the declared average monthly
 * sales (incomeStatement.monthlyAverage.sales) / `operations.averageUnitPrice`.
 *
 * Deviation of each: (declared − implied) / declared (docs/rules.md, PRODUCTION_CAPACITY);
 * policy.productionCapacity: 20% / 50%, xcheck's own choice. Both directions flag: above the implied output
 * the declaration is more than the site can make; below it, either capacity stands idle or part of the output
 * is sold undeclared. One finding per observation beyond the band, its subject naming the observation:
 * `{ observation: 'labour' }`, `{ observation: 'electricity' }`, `{ observation: 'by-product', consumable: 0 }`
 * (the index in `operations.consumables`).
 *
 * Worked example (fixtures/rules/production-capacity.json): 300,000 / 50 = 6,000 pieces declared; copper
 * filings 540 / 0.2 = 2,700: (6,000 − 2,700) / 6,000 = +55%, critical.
 */
import { type Dec, D, ZERO, formatMoney } from '../../money/index.js';
import { declaredCompare, formatQuantity, moneyInput, plainInput, ran, skipped } from '../flag.js';
import type { FindingParams, FlagInput, Rule, RuleFinding, Subject } from '../types.js';

const CODE = 'PRODUCTION_CAPACITY';

/**
 * The params of every PRODUCTION_CAPACITY finding: what one unit is (`unit`, null when not given) and how the
 * declared volume was found — `declaredFrom: 'units'` (operations.declaredUnitsPerMonth) or `'sales'` (monthly
 * `sales` ÷ unit `price`, money) — and those of its observation (`LabourParams`, `ElectricityParams`,
 * `ConsumableParams`). The volumes themselves are the finding's `observed` (declared) and `expected` (implied).
 */
export interface DeclaredVolumeParams {
  readonly unit: string | null;
  readonly declaredFrom: 'units' | 'sales';
  readonly sales: string | null;
  readonly price: string | null;
}

/** Labour: workers (count), output per worker-day (quantity), working days, overtime days (quantity). */
export interface LabourParams {
  readonly workers: number;
  readonly perDay: string;
  readonly workingDays: number;
  readonly overtime: string;
}

/** Electricity: kWh a month, base load kWh (quantities), kWh per unit (plain decimal). */
export interface ElectricityParams {
  readonly kwh: string;
  readonly base: string;
  readonly perUnit: string;
}

/** A consumable or by-product: its item, kind, quantity a month (quantity), per unit of output (plain), its unit. */
export interface ConsumableParams {
  readonly item: string;
  readonly kind: 'consumable' | 'by-product';
  readonly quantity: string;
  readonly perUnit: string;
  readonly itemUnit: string | null;
}

interface Measure {
  readonly subject: Subject;
  readonly value: Dec;
  readonly inputs: readonly FlagInput[];
  readonly params: LabourParams | ElectricityParams | ConsumableParams;
}

const qty = (name: string, source: string, value: Dec, defaulted = false): FlagInput =>
  plainInput(name, source, formatQuantity(value), 'units', defaulted);

export const productionCapacityRule: Rule = {
  id: 'production-capacity',
  codes: [CODE],
  check({ profile, policy, statements }) {
    if (profile.business.kind !== 'production')
      return { status: 'skipped', missing: ['business.kind'], reason: { code: 'not-production', params: { kind: profile.business.kind } } };
    const ops = profile.operations;
    if (ops === undefined) return skipped(['operations']);

    // The declared volume.
    let declared: Dec;
    let declaredInputs: FlagInput[];
    let volume: DeclaredVolumeParams;
    const unit = ops.unit ?? null;
    if (ops.declaredUnitsPerMonth !== undefined) {
      declared = ops.declaredUnitsPerMonth;
      declaredInputs = [qty('declaredUnitsPerMonth', 'operations.declaredUnitsPerMonth', declared)];
      volume = { unit, declaredFrom: 'units', sales: null, price: null };
    } else if (ops.averageUnitPrice !== undefined) {
      const sales = statements.incomeStatement.monthlyAverage.sales;
      const price = ops.averageUnitPrice;
      declared = sales.div(price);
      declaredInputs = [
        moneyInput('declaredMonthlySales', 'incomeStatement.monthlyAverage.sales', sales),
        moneyInput('averageUnitPrice', 'operations.averageUnitPrice', price),
      ];
      volume = { unit, declaredFrom: 'sales', sales: formatMoney(sales), price: formatMoney(price) };
    } else
      return {
        status: 'skipped',
        missing: ['operations.declaredUnitsPerMonth', 'operations.averageUnitPrice'],
        reason: { code: 'no-declared-volume' },
      };

    const measures: Measure[] = [];
    if (ops.workers !== undefined && ops.outputPerWorkerDay !== undefined && ops.workingDaysPerMonth !== undefined) {
      const perDay = ops.outputPerWorkerDay;
      const overtime = ops.overtimeDaysPerMonth ?? ZERO;
      const days = overtime.plus(ops.workingDaysPerMonth);
      measures.push({
        subject: { observation: 'labour' },
        value: perDay.times(ops.workers).times(days),
        inputs: [
          plainInput('workers', 'operations.workers', String(ops.workers), 'count'),
          qty('outputPerWorkerDay', 'operations.outputPerWorkerDay', perDay),
          plainInput('workingDaysPerMonth', 'operations.workingDaysPerMonth', String(ops.workingDaysPerMonth), 'days'),
          plainInput('overtimeDaysPerMonth', 'operations.overtimeDaysPerMonth', formatQuantity(overtime), 'days', ops.overtimeDaysPerMonth === undefined),
        ],
        params: { workers: ops.workers, perDay: formatQuantity(perDay), workingDays: ops.workingDaysPerMonth, overtime: formatQuantity(overtime) },
      });
    }
    if (ops.electricity) {
      const kwh = ops.electricity.kWhPerMonth;
      const base = ops.electricity.baseLoadKWh ?? ZERO;
      const perUnit = ops.electricity.kWhPerUnit;
      measures.push({
        subject: { observation: 'electricity' },
        value: D.max(kwh.minus(base), ZERO).div(perUnit),
        inputs: [
          plainInput('kWhPerMonth', 'operations.electricity.kWhPerMonth', formatQuantity(kwh), 'units'),
          plainInput('baseLoadKWh', 'operations.electricity.baseLoadKWh', formatQuantity(base), 'units', ops.electricity.baseLoadKWh === undefined),
          plainInput('kWhPerUnit', 'operations.electricity.kWhPerUnit', perUnit.toFixed(), 'units'),
        ],
        params: { kwh: formatQuantity(kwh), base: formatQuantity(base), perUnit: perUnit.toFixed() },
      });
    }
    (ops.consumables ?? []).forEach((c, i) => {
      const quantity = c.quantityPerMonth;
      const perUnit = c.perUnitOfOutput;
      measures.push({
        subject: { observation: c.kind, consumable: i },
        value: quantity.div(perUnit),
        inputs: [
          plainInput('consumablePerMonth', `operations.consumables[${i}].quantityPerMonth`, formatQuantity(quantity), 'units'),
          plainInput('consumablePerUnitOfOutput', `operations.consumables[${i}].perUnitOfOutput`, perUnit.toFixed(), 'units'),
        ],
        params: { item: c.item, kind: c.kind, quantity: formatQuantity(quantity), perUnit: perUnit.toFixed(), itemUnit: c.unit ?? null },
      });
    });
    if (measures.length === 0)
      return {
        status: 'skipped',
        missing: ['operations.workers', 'operations.electricity', 'operations.consumables'],
        reason: { code: 'no-observation' },
      };

    const band = policy.productionCapacity;
    const compared = measures.map((m) =>
      declaredCompare({
        code: CODE,
        subject: m.subject,
        unit: 'units',
        declared,
        estimate: m.value,
        band,
        bandPath: 'productionCapacity',
        format: formatQuantity,
        inputs: () => [...declaredInputs, ...m.inputs],
        params: (): FindingParams => ({ ...volume, ...m.params }),
      }, 'sales'),
    );
    return ran(compared.map((c) => c.finding), compared.map((c) => c.comparison));
  },
};
