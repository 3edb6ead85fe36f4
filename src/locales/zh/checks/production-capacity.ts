/** production-capacity：文字（中文）。 */
import { D } from '../../../money/index.js';
import type { ConsumableParams, DeclaredVolumeParams, ElectricityParams, LabourParams } from '../../../rules/production-capacity/index.js';
import type { Finding } from '../../../rules/types.js';
import type { CheckTexts } from '../../types.js';
import { money, signedPercent } from '../../format.js';

/** A figure of the params with thousands separators ("19760" → "19,760"). */
const n = (x: unknown): string => money(String(x));

/** 经营类型的中文名称。 */
const KINDS: Readonly<Record<string, string>> = { trading: '贸易型', production: '生产型', service: '服务型', agriculture: '种养殖型' };

/** 某项观察的名称、公式、计算过程、证据和问题。 */
function observation(f: Finding) {
  const v = money(f.expected);
  if (f.subject.observation === 'labour') {
    const p = f.params as unknown as LabourParams;
    return {
      name: '工人产能',
      formula: '工人数 × 每人每天产量 × (每月工作天数 + 加班天数)',
      computation: `${n(p.workers)} × ${n(p.perDay)} × (${n(p.workingDays)} + ${n(p.overtime)}) = ${v}`,
      evidence: ['工资表，以及不打招呼时现场在岗的工人', '双人调查时由一人单独向工人了解工时、加班和收入'],
      questions: ['厂里有多少工人？忙的时候一天做几个小时？', '一个工人平常一天能做多少？'],
    };
  }
  if (f.subject.observation === 'electricity') {
    const p = f.params as unknown as ElectricityParams;
    return {
      name: '用电量',
      formula: '(每月用电 kWh − 基础用电 kWh) ÷ 单位产品耗电 kWh',
      computation: `(${n(p.kwh)} − ${n(p.base)}) ÷ ${n(p.perUnit)} = ${v}`,
      evidence: ['近 12 个月的电费单（户名为经营场所）', '设备额定功率和开机时长，用以核对单位耗电'],
      questions: ['忙的月份和淡的月份，电费大概各多少？', '哪些设备一天中开得最久？'],
    };
  }
  const p = f.params as unknown as ConsumableParams;
  const byProduct = p.kind === 'by-product';
  const u = p.itemUnit ? ` ${p.itemUnit}` : '';
  return {
    name: byProduct ? `副产品${p.item}` : `耗材${p.item}`,
    formula: `每月${p.item}数量 ÷ 单位产品${p.item}数量`,
    computation: `${n(p.quantity)}${u} ÷ ${n(p.perUnit)}${u} = ${v}`,
    evidence: byProduct ? [`${p.item}回收方的收购单据（客户一般想不到在这里隐瞒）`, `现场堆放的${p.item}`] : [`${p.item}的采购单据`],
    questions: byProduct ? [`${p.item}是怎么处理的？卖给谁？`] : [`一个月要用多少${p.item}？`],
  };
}

export const productionCapacity: CheckTexts = {
  title: '申报产量与现场生产能力不符',
  labels: {
    consumablePerMonth: '耗材或副产品月用量',
    consumablePerUnitOfOutput: '单位产品耗材或副产品用量',
    declaredUnitsPerMonth: '申报月产量',
    declaredMonthlySales: '申报月销售额',
    averageUnitPrice: '平均单价',
    workers: '工人数',
    outputPerWorkerDay: '每人每天产量',
    workingDaysPerMonth: '每月工作天数',
    overtimeDaysPerMonth: '每月加班天数',
    kWhPerMonth: '每月用电 kWh',
    baseLoadKWh: '每月基础用电 kWh',
    kWhPerUnit: '单位产品耗电 kWh',
  },
  findings: {
    PRODUCTION_CAPACITY: (f) => {
      const p = f.params as unknown as DeclaredVolumeParams;
      const m = observation(f);
      const unit = p.unit ?? '件';
      const relative = f.deviation?.relative ?? null;
      const declared = money(f.observed);
      const estimate = money(f.expected);
      const deviation = relative === null ? '无法计算' : signedPercent(relative);
      const over = new D(f.deviation?.absolute ?? 0).gt(0);
      const declaredText = p.declaredFrom === 'sales' ? `${money(p.sales)} ÷ ${money(p.price)} = ${declared}` : declared;
      return {
        formula: `按${m.name}推算的月产量 = ${m.formula}；偏差 = (申报产量 − 推算产量) ÷ 申报产量`,
        computation:
          `申报 ${declaredText}；${m.computation}；` +
          (relative === null ? `申报 ${declared}` : `(${declared} − ${estimate}) ÷ ${declared} = ${deviation}`),
        message: over
          ? `申报月产量 ${declared}（${unit}），超过按${m.name}推算的 ${estimate}（偏差 ${deviation}）。`
          : `申报月产量 ${declared}（${unit}），低于按${m.name}推算的 ${estimate}（偏差 ${deviation}）：是产能闲置，还是有未申报的销售？`,
        evidence: m.evidence,
        questions: [...m.questions, over ? '还有哪些活是在别的地方或由别人做的？' : '目前订单排得满不满？'],
      };
    },
  },
  skips: {
    'not-production': (params) => {
      const kind = String(params.kind);
      return `仅适用于生产型企业（本户为${KINDS[kind] ?? kind}）`;
    },
    'no-declared-volume': () => '没有申报产量：请填写每月申报产量（operations.declaredUnitsPerMonth）或平均单价（operations.averageUnitPrice）',
    'no-observation': () => '没有生产能力观察：请填写工人及产量和天数、用电量，或耗材、副产品',
  },
};
