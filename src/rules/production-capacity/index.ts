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
 * Deviation of each: (declared − implied) / declared (DESIGN.md §6); policy.productionCapacity: 20% /
 * 50%, xcheck's own choice. Both directions flag: above the implied output the declaration is more than
 * the site can make; below it, either capacity stands idle or part of the output is sold undeclared.
 */
import { type Dec, D, ZERO, groupMoney, toDecimal } from '../../money/index.js';
import { checkDeclared, formatQuantity, moneyInput, plainInput, skipped } from '../legacy.js';
import type { Bilingual, Flag, FlagInput, Rule } from '../legacy.js';

const CODE = 'PRODUCTION_CAPACITY';
const RULE_ID = 'production-capacity';
const title = { en: 'Declared output against what the site can produce', zh: '申报产量与现场生产能力不符' };

interface Measure {
  readonly id: string;
  readonly name: Bilingual;
  readonly value: Dec;
  readonly formula: string;
  readonly computation: string;
  readonly inputs: readonly FlagInput[];
  readonly evidence: readonly Bilingual[];
  readonly questions: readonly Bilingual[];
}

const qty = (name: string, source: string, value: Dec, defaulted = false): FlagInput =>
  plainInput(name, source, formatQuantity(value), 'units', defaulted);

export const productionCapacityRule: Rule = {
  id: RULE_ID,
  codes: [CODE],
  title,
  check({ profile, policy, statements }) {
    if (profile.business.kind !== 'production')
      return skipped(['business.kind'], {
        en: `applies to producers only (business.kind is ${profile.business.kind})`,
        zh: `仅适用于生产型企业（business.kind 为 ${profile.business.kind}）`,
      });
    const ops = profile.operations;
    if (ops === undefined) return skipped(['operations']);

    // The declared volume.
    let declared: Dec;
    let declaredInputs: FlagInput[];
    let declaredText: string;
    if (ops.declaredUnitsPerMonth !== undefined) {
      declared = toDecimal(ops.declaredUnitsPerMonth);
      declaredInputs = [qty('declaredUnitsPerMonth', 'operations.declaredUnitsPerMonth', declared)];
      declaredText = formatQuantity(declared);
    } else if (ops.averageUnitPrice !== undefined) {
      const sales = statements.incomeStatement.monthlyAverage.sales;
      const price = toDecimal(ops.averageUnitPrice);
      declared = sales.div(price);
      declaredInputs = [
        moneyInput('declaredMonthlySales', 'incomeStatement.monthlyAverage.sales', sales),
        moneyInput('averageUnitPrice', 'operations.averageUnitPrice', price),
      ];
      declaredText = `${groupMoney(sales)} / ${groupMoney(price)} = ${formatQuantity(declared)}`;
    } else return skipped(['operations.declaredUnitsPerMonth', 'operations.averageUnitPrice'], {
      en: 'no declared volume: give operations.declaredUnitsPerMonth or operations.averageUnitPrice',
      zh: '没有申报产量：请填写 operations.declaredUnitsPerMonth 或 operations.averageUnitPrice',
    });

    const unit = ops.unit ?? 'units';
    const measures: Measure[] = [];
    if (ops.workers !== undefined && ops.outputPerWorkerDay !== undefined && ops.workingDaysPerMonth !== undefined) {
      const perDay = toDecimal(ops.outputPerWorkerDay);
      const overtime = toDecimal(ops.overtimeDaysPerMonth ?? 0);
      const days = overtime.plus(ops.workingDaysPerMonth);
      const value = perDay.times(ops.workers).times(days);
      measures.push({
        id: 'labour',
        name: { en: 'the workers', zh: '工人产能' },
        value,
        formula: 'workers × output per worker-day × (working days + overtime days)',
        computation: `${ops.workers} × ${formatQuantity(perDay)} × (${ops.workingDaysPerMonth} + ${formatQuantity(overtime)}) = ${formatQuantity(value)}`,
        inputs: [
          plainInput('workers', 'operations.workers', String(ops.workers), 'count'),
          qty('outputPerWorkerDay', 'operations.outputPerWorkerDay', perDay),
          plainInput('workingDaysPerMonth', 'operations.workingDaysPerMonth', String(ops.workingDaysPerMonth), 'days'),
          plainInput('overtimeDaysPerMonth', 'operations.overtimeDaysPerMonth', formatQuantity(overtime), 'days', ops.overtimeDaysPerMonth === undefined),
        ],
        evidence: [
          { en: 'the wage list and the workers present on an unannounced visit', zh: '工资表，以及不打招呼时现场在岗的工人' },
          { en: "a word with a worker, away from the owner, about hours, overtime and pay (the source's two-officer visit)", zh: '双人调查时由一人单独向工人了解工时、加班和收入' },
        ],
        questions: [
          { en: 'How many people work here, and what are their hours in a busy month?', zh: '厂里有多少工人？忙的时候一天做几个小时？' },
          { en: 'How much does one worker make on a normal day?', zh: '一个工人平常一天能做多少？' },
        ],
      });
    }
    if (ops.electricity) {
      const kwh = toDecimal(ops.electricity.kWhPerMonth);
      const base = toDecimal(ops.electricity.baseLoadKWh ?? 0);
      const perUnit = toDecimal(ops.electricity.kWhPerUnit);
      const value = D.max(kwh.minus(base), ZERO).div(perUnit);
      measures.push({
        id: 'electricity',
        name: { en: 'the electricity used', zh: '用电量' },
        value,
        formula: '(kWh a month − base load kWh) / kWh per unit',
        computation: `(${formatQuantity(kwh)} − ${formatQuantity(base)}) / ${perUnit.toFixed()} = ${formatQuantity(value)}`,
        inputs: [
          plainInput('kWhPerMonth', 'operations.electricity.kWhPerMonth', formatQuantity(kwh), 'units'),
          plainInput('baseLoadKWh', 'operations.electricity.baseLoadKWh', formatQuantity(base), 'units', ops.electricity.baseLoadKWh === undefined),
          plainInput('kWhPerUnit', 'operations.electricity.kWhPerUnit', perUnit.toFixed(), 'units'),
        ],
        evidence: [
          { en: 'the power bills (电费单) for the last 12 months, in the business\'s name', zh: '近 12 个月的电费单（户名为经营场所）' },
          { en: "the machines' rated power and hours, to check the kWh per unit", zh: '设备额定功率和开机时长，用以核对单位耗电' },
        ],
        questions: [
          { en: 'How much is the electricity bill in a busy month and in a quiet one?', zh: '忙的月份和淡的月份，电费大概各多少？' },
          { en: 'Which machines run most of the day?', zh: '哪些设备一天中开得最久？' },
        ],
      });
    }
    (ops.consumables ?? []).forEach((c, i) => {
      const quantity = toDecimal(c.quantityPerMonth);
      const perUnit = toDecimal(c.perUnitOfOutput);
      const value = quantity.div(perUnit);
      const byProduct = c.kind === 'by-product';
      const u = c.unit ? ` ${c.unit}` : '';
      measures.push({
        id: `${c.kind}:${c.item}`,
        name: byProduct ? { en: `the by-product ${c.item}`, zh: `副产品${c.item}` } : { en: `the consumable ${c.item}`, zh: `耗材${c.item}` },
        value,
        formula: `${c.item} a month / ${c.item} per unit of output`,
        computation: `${formatQuantity(quantity)}${u} / ${perUnit.toFixed()}${u} = ${formatQuantity(value)}`,
        inputs: [
          plainInput(`${c.item} per month`, `operations.consumables[${i}].quantityPerMonth`, formatQuantity(quantity), 'units'),
          plainInput(`${c.item} per unit of output`, `operations.consumables[${i}].perUnitOfOutput`, perUnit.toFixed(), 'units'),
        ],
        evidence: byProduct
          ? [
              { en: `the receipts of the buyer of the ${c.item} (the applicant rarely thinks to hide them)`, zh: `${c.item}回收方的收购单据（客户一般想不到在这里隐瞒）` },
              { en: `the ${c.item} stored on site`, zh: `现场堆放的${c.item}` },
            ]
          : [{ en: `the purchase bills for ${c.item}`, zh: `${c.item}的采购单据` }],
        questions: byProduct
          ? [{ en: `What happens to the ${c.item}, and who buys it?`, zh: `${c.item}是怎么处理的？卖给谁？` }]
          : [{ en: `How much ${c.item} do you go through in a month?`, zh: `一个月要用多少${c.item}？` }],
      });
    });
    if (measures.length === 0)
      return skipped(['operations.workers', 'operations.electricity', 'operations.consumables'], {
        en: 'no capacity observation: give the workers with their output and days, the electricity, or a consumable or by-product',
        zh: '没有生产能力观察：请填写工人及产量和天数、用电量，或耗材、副产品',
      });

    const band = policy.productionCapacity;
    const flags: Flag[] = [];
    for (const m of measures) {
      const flag = checkDeclared({
        code: CODE,
        ruleId: RULE_ID,
        title,
        unit: 'units',
        declared,
        estimate: m.value,
        band,
        format: formatQuantity,
        show: formatQuantity,
        formula: `implied output (${m.id}) = ${m.formula}`,
        computation: `declared ${declaredText}; ${m.computation}`,
        inputs: [...declaredInputs, ...m.inputs],
        evidence: m.evidence,
        questions: [
          ...m.questions,
          declared.gt(m.value)
            ? { en: 'Where else is the work done, and who does it?', zh: '还有哪些活是在别的地方或由别人做的？' }
            : { en: 'How full are your order books at the moment?', zh: '目前订单排得满不满？' },
        ],
        message: (f) =>
          f.over
            ? {
                en: `Declared output of ${f.declared} ${unit} a month is more than ${m.name.en} can explain: ${f.estimate} (${f.deviation}).`,
                zh: `申报月产量 ${f.declared}（${unit}），超过按${m.name.zh}推算的 ${f.estimate}（偏差 ${f.deviation}）。`,
              }
            : {
                en: `Declared output of ${f.declared} ${unit} a month is less than ${m.name.en} implies: ${f.estimate} (${f.deviation}); idle capacity, or output sold undeclared?`,
                zh: `申报月产量 ${f.declared}（${unit}），低于按${m.name.zh}推算的 ${f.estimate}（偏差 ${f.deviation}）：是产能闲置，还是有未申报的销售？`,
              },
      });
      if (flag) flags.push(flag);
    }
    return { status: 'ran', flags };
  },
};
