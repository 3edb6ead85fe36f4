/** production-capacity: texts (en). */
import { D } from '../../../money/index.js';
import type { ConsumableParams, DeclaredVolumeParams, ElectricityParams, LabourParams } from '../../../rules/production-capacity/index.js';
import type { Finding } from '../../../rules/types.js';
import type { CheckTexts } from '../../types.js';
import { money, signedPercent } from '../../format.js';

/** A figure of the params with thousands separators ("19760" → "19,760"). */
const n = (x: unknown): string => money(String(x));

/** One observation's id (as the formula shows it), name, formula, computation, evidence and questions. */
function observation(f: Finding) {
  const v = money(f.expected);
  if (f.subject.observation === 'labour') {
    const p = f.params as unknown as LabourParams;
    return {
      id: 'labour',
      name: 'the workers',
      formula: 'workers × output per worker-day × (working days + overtime days)',
      computation: `${n(p.workers)} × ${n(p.perDay)} × (${n(p.workingDays)} + ${n(p.overtime)}) = ${v}`,
      evidence: [
        'the wage list and the workers present on an unannounced visit',
        "a word with a worker, away from the owner, about hours, overtime and pay (the source's two-officer visit)",
      ],
      questions: ['How many people work here, and what are their hours in a busy month?', 'How much does one worker make on a normal day?'],
    };
  }
  if (f.subject.observation === 'electricity') {
    const p = f.params as unknown as ElectricityParams;
    return {
      id: 'electricity',
      name: 'the electricity used',
      formula: '(kWh a month − base load kWh) / kWh per unit',
      computation: `(${n(p.kwh)} − ${n(p.base)}) / ${n(p.perUnit)} = ${v}`,
      evidence: ["the power bills (电费单) for the last 12 months, in the business's name", "the machines' rated power and hours, to check the kWh per unit"],
      questions: ['How much is the electricity bill in a busy month and in a quiet one?', 'Which machines run most of the day?'],
    };
  }
  const p = f.params as unknown as ConsumableParams;
  const byProduct = p.kind === 'by-product';
  const u = p.itemUnit ? ` ${p.itemUnit}` : '';
  return {
    id: `${p.kind}:${p.item}`,
    name: byProduct ? `the by-product ${p.item}` : `the consumable ${p.item}`,
    formula: `${p.item} a month / ${p.item} per unit of output`,
    computation: `${n(p.quantity)}${u} / ${n(p.perUnit)}${u} = ${v}`,
    evidence: byProduct
      ? [`the receipts of the buyer of the ${p.item} (the applicant rarely thinks to hide them)`, `the ${p.item} stored on site`]
      : [`the purchase bills for ${p.item}`],
    questions: byProduct ? [`What happens to the ${p.item}, and who buys it?`] : [`How much ${p.item} do you go through in a month?`],
  };
}

export const productionCapacity: CheckTexts = {
  title: 'Declared output against what the site can produce',
  labels: {
    consumablePerMonth: 'consumable or by-product a month',
    consumablePerUnitOfOutput: 'consumable or by-product per unit of output',
    declaredUnitsPerMonth: 'declared output a month',
    declaredMonthlySales: 'declared monthly sales',
    averageUnitPrice: 'average unit price',
    workers: 'workers',
    outputPerWorkerDay: 'output per worker-day',
    workingDaysPerMonth: 'working days a month',
    overtimeDaysPerMonth: 'overtime days a month',
    kWhPerMonth: 'kWh a month',
    baseLoadKWh: 'base load kWh a month',
    kWhPerUnit: 'kWh per unit',
  },
  findings: {
    PRODUCTION_CAPACITY: (f) => {
      const p = f.params as unknown as DeclaredVolumeParams;
      const m = observation(f);
      const unit = p.unit ?? 'units';
      const relative = f.deviation?.relative ?? null;
      const declared = money(f.observed);
      const estimate = money(f.expected);
      const deviation = relative === null ? 'n/a' : signedPercent(relative);
      const over = new D(f.deviation?.absolute ?? 0).gt(0);
      const declaredText = p.declaredFrom === 'sales' ? `${money(p.sales)} / ${money(p.price)} = ${declared}` : declared;
      return {
        formula: `implied output (${m.id}) = ${m.formula}; deviation = (declared − estimate) / declared`,
        computation:
          `declared ${declaredText}; ${m.computation}; ` +
          (relative === null ? `declared ${declared}` : `(${declared} − ${estimate}) / ${declared} = ${deviation}`),
        message: over
          ? `Declared output of ${declared} ${unit} a month is more than ${m.name} can explain: ${estimate} (${deviation}).`
          : `Declared output of ${declared} ${unit} a month is less than ${m.name} implies: ${estimate} (${deviation}); idle capacity, or output sold undeclared?`,
        evidence: m.evidence,
        questions: [...m.questions, over ? 'Where else is the work done, and who does it?' : 'How full are your order books at the moment?'],
      };
    },
  },
  skips: {
    'not-production': (params) => `applies to producers only (business.kind is ${String(params.kind)})`,
    'no-declared-volume': () => 'no declared volume: give operations.declaredUnitsPerMonth or operations.averageUnitPrice',
    'no-observation': () => 'no capacity observation: give the workers with their output and days, the electricity, or a consumable or by-product',
  },
};
