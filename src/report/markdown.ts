/**
 * The credit memo (信贷调查备忘) in Markdown, in Chinese or English: flags grouped by severity with
 * each formula filled in, then the balance sheet, the P&L and the equity reconciliation.
 */
import { D, groupDigits } from '../money/index.js';
import type { Flag as LegacyFlag } from '../rules/legacy.js';
import type { Flag, Severity } from '../rules/types.js';
import type { Report } from './analyze.js';
import type { PnLLineJson } from './serialize.js';
import { renderCapacitySections, renderRecommendation } from './capacity-markdown.js';

export type Lang = 'en' | 'zh';

const L = {
  memo: { en: 'Credit memo', zh: '信贷调查备忘' },
  analysisDate: { en: 'Analysis date', zh: '分析日期' },
  industry: { en: 'Industry', zh: '行业' },
  kind: { en: 'Kind', zh: '类型' },
  started: { en: 'Started', zh: '创业时间' },
  summary: { en: 'Summary', zh: '概要' },
  flags: { en: 'Flags', zh: '疑点' },
  noFlags: { en: 'No inconsistency found by the rules that ran.', zh: '已运行的规则未发现不一致。' },
  critical: { en: 'Critical', zh: '严重' },
  warning: { en: 'Warning', zh: '警告' },
  info: { en: 'Information', zh: '提示' },
  formula: { en: 'Formula', zh: '公式' },
  computation: { en: 'Computation', zh: '计算' },
  expected: { en: 'Expected', zh: '应为' },
  observed: { en: 'Reported', zh: '申报' },
  range: { en: 'Allowed range', zh: '允许范围' },
  deviation: { en: 'Deviation', zh: '偏差' },
  inputs: { en: 'Inputs', zh: '输入' },
  defaulted: { en: 'default', zh: '默认值' },
  evidence: { en: 'Evidence to collect', zh: '需核实的凭证' },
  questions: { en: 'Questions to ask', zh: '建议询问' },
  balanceSheet: { en: 'Balance sheet', zh: '资产负债表' },
  incomeStatement: { en: 'Profit and loss', zh: '损益表' },
  equity: { en: 'Equity reconciliation', zh: '权益交叉检验' },
  rules: { en: 'Rules', zh: '规则' },
  notes: { en: 'Assumptions', zh: '假设说明' },
  skipped: { en: 'skipped', zh: '未运行' },
  ran: { en: 'ran', zh: '已运行' },
  item: { en: 'Item', zh: '项目' },
  amount: { en: 'Amount', zh: '金额' },
  annual: { en: 'Year', zh: '全年' },
  monthly: { en: 'Month (average)', zh: '月均' },
  month: { en: 'Month', zh: '月份' },
  selfReport: { en: 'Figures adjusted for the talking habit', zh: '按说话习惯调整的数据' },
} as const;

const KIND_LABELS: Record<string, { en: string; zh: string }> = {
  trading: { en: 'trading', zh: '商贸' },
  production: { en: 'production', zh: '生产' },
  service: { en: 'service', zh: '服务' },
  agriculture: { en: 'agriculture', zh: '农业' },
};

const HABITS: Record<string, { en: string; zh: string }> = {
  exaggerating: { en: 'exaggerating', zh: '夸大型' },
  neutral: { en: 'neutral', zh: '中性' },
  cautious: { en: 'cautious', zh: '谨慎型' },
};

/** The talking-habit section: original and adjusted figures side by side (empty when no habit was recorded). */
function renderSelfReport(report: Report, lang: Lang): string[] {
  const s = report.selfReport;
  if (s.talkingHabit === null) return [];
  const habit = HABITS[s.talkingHabit]?.[lang] ?? s.talkingHabit;
  const out = [`## ${L.selfReport[lang]}`, ''];
  out.push(
    lang === 'zh'
      ? `说话习惯：${habit}，调整系数 ${s.factor ?? '—'}；仅凭客户口述的数据按此调整后再做各项检验。`
      : `Talking habit: ${habit}, factor ${s.factor ?? '—'}; figures resting only on the applicant's word are adjusted by it before the checks run.`,
    '',
  );
  if (s.adjustments.length === 0) {
    out.push(lang === 'zh' ? '没有需要调整的数据。' : 'No figure needed adjusting.', '');
    return out;
  }
  out.push(
    table(
      lang === 'zh' ? ['字段', '原数', '系数', '调整后', '变动'] : ['Field', 'Original', 'Factor', 'Adjusted', 'Change'],
      s.adjustments.map((a) => [a.path, g(a.original), a.factor, g(a.adjusted), g(a.change)]),
    ),
    '',
  );
  return out;
}

const BS_LABELS: Record<string, { en: string; zh: string }> = {
  cash: { en: 'Cash', zh: '现金' },
  bank: { en: 'Bank deposits', zh: '银行存款' },
  receivables: { en: 'Receivables', zh: '应收账款' },
  inventory: { en: 'Inventory', zh: '存货' },
  prepayments: { en: 'Prepayments', zh: '预付账款' },
  otherAssets: { en: 'Other assets', zh: '其他资产' },
  current: { en: 'Current assets', zh: '流动资产合计' },
  fixedAssets: { en: 'Fixed assets (net)', zh: '固定资产净值' },
  total: { en: 'Total', zh: '合计' },
  payables: { en: 'Payables', zh: '应付账款' },
  advancesReceived: { en: 'Advances received', zh: '预收账款' },
  bankLoans: { en: 'Bank loans', zh: '银行借款' },
  privateLoans: { en: 'Private loans (社会负债)', zh: '民间借款（社会负债）' },
  otherLiabilities: { en: 'Other liabilities', zh: '其他负债' },
};

const PNL_LABELS: Record<keyof PnLLineJson, { en: string; zh: string }> = {
  sales: { en: 'Sales', zh: '销售收入' },
  costOfGoodsSold: { en: 'Cost of goods sold', zh: '销售成本' },
  grossProfit: { en: 'Gross profit', zh: '毛利' },
  operatingCosts: { en: 'Operating costs', zh: '经营费用' },
  businessProfit: { en: 'Business profit', zh: '经营利润' },
  otherIncome: { en: 'Other household income', zh: '其他家庭收入' },
  householdExpenses: { en: 'Household expenses', zh: '家庭支出' },
  existingInstalments: { en: 'Existing instalments', zh: '现有贷款月供' },
  disposableSurplus: { en: 'Disposable surplus', zh: '可支配盈余' },
};

const EQ_LABELS = {
  initialEquity: { en: 'Initial equity (start capital − part still owed)', zh: '初始权益（初始投入 − 尚未归还的借入部分）' },
  profits: { en: '+ Profits over the period', zh: '+ 期间利润' },
  withdrawals: { en: '− Withdrawals', zh: '− 期间提款' },
  injections: { en: '+ Injections', zh: '+ 期间追加资金' },
  depreciation: { en: '− Depreciation', zh: '− 折旧' },
  expectedEquity: { en: '= Expected equity', zh: '= 推算权益' },
  balanceSheetEquity: { en: 'Balance-sheet equity', zh: '表内权益' },
  gap: { en: 'Gap (balance sheet − expected)', zh: '差额（表内 − 推算）' },
} as const;

/** "1500000.00" → "1,500,000.00". */
export const g = (s: string | null): string => (s === null ? '—' : groupDigits(s));
export const pct = (s: string | null): string => (s === null ? '—' : `${new D(s).times(100).toFixed(2)}%`);
/** Escapes the characters that would break a table cell. */
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function table(header: readonly string[], rows: readonly (readonly string[])[], alignRight = true): string {
  const head = `| ${header.map(cell).join(' | ')} |`;
  const sep = `|${header.map((_, i) => (i === 0 || !alignRight ? ' --- ' : ' ---: ')).join('|')}|`;
  return [head, sep, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

export function renderFlag(f: Flag, lang: Lang): string {
  const out: string[] = [];
  out.push(`#### ${f.code} — ${f.title[lang]}`, '', f.message[lang], '');
  out.push(`- ${L.formula[lang]}: \`${f.formula[lang]}\``);
  out.push(`- ${L.computation[lang]}: ${f.computation[lang]}`);
  const money = f.unit === 'CNY';
  const fmt = (s: string | null) => (money ? g(s) : f.unit === 'ratio' ? pct(s) : s ?? '—');
  if (f.expected !== null) out.push(`- ${L.expected[lang]}: ${fmt(f.expected)}`);
  if (f.observed !== null) out.push(`- ${L.observed[lang]}: ${fmt(f.observed)}`);
  if (f.range) out.push(`- ${L.range[lang]}: ${fmt(f.range.min)} – ${fmt(f.range.max)}`);
  if (f.deviation) out.push(`- ${L.deviation[lang]}: ${fmt(f.deviation.absolute)} (${pct(f.deviation.relative)})`);
  if (f.inputs.length > 0)
    out.push(
      `- ${L.inputs[lang]}: ${f.inputs
        .map((i) => `${i.name} = ${i.unit === 'CNY' ? g(i.value) : i.value}${i.defaulted ? ` (${L.defaulted[lang]})` : ''}`)
        .join('; ')}`,
    );
  if (f.evidence.length > 0) {
    out.push(`- ${L.evidence[lang]}:`);
    for (const e of f.evidence) out.push(`  - ${e[lang]}`);
  }
  if (f.questions.length > 0) {
    out.push(`- ${L.questions[lang]}:`);
    for (const q of f.questions) out.push(`  - ${q[lang]}`);
  }
  return out.join('\n');
}

/** MIGRATION ONLY: the monitor's prose flags (formula and computation in English). */
export function renderLegacyFlag(f: LegacyFlag, lang: Lang): string {
  return renderFlag({ ...f, formula: { en: f.formula, zh: f.formula }, computation: { en: f.computation, zh: f.computation }, inputs: f.inputs.map((i) => ({ ...i, path: i.source })) } as unknown as Flag, lang);
}

/** Renders the report as a Markdown credit memo. */
export function renderMarkdown(report: Report, lang: Lang = 'en'): string {
  const out: string[] = [];
  const b = report.business;
  out.push(`# ${L.memo[lang]}: ${b.name}`, '');
  out.push(
    `${L.analysisDate[lang]}: ${report.analysisDate} · ${L.industry[lang]}: ${b.industry} · ${L.kind[lang]}: ${KIND_LABELS[b.kind]?.[lang] ?? b.kind} · ${L.started[lang]}: ${b.startDate}`,
    '',
  );
  const s = report.summary;
  out.push(`## ${L.summary[lang]}`, '');
  out.push(
    lang === 'zh'
      ? `严重 ${s.critical} 项，警告 ${s.warning} 项，提示 ${s.info} 项；运行规则 ${s.rulesRun} 条，未运行 ${s.rulesSkipped} 条。`
      : `${s.critical} critical, ${s.warning} warning, ${s.info} information; ${s.rulesRun} rules ran, ${s.rulesSkipped} skipped.`,
    '',
  );

  out.push(...renderRecommendation(report, lang));
  out.push(`## ${L.flags[lang]}`, '');
  if (report.flags.length === 0) out.push(L.noFlags[lang], '');
  for (const severity of ['critical', 'warning', 'info'] as Severity[]) {
    const group = report.flags.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    out.push(`### ${L[severity][lang]} (${group.length})`, '');
    for (const f of group) out.push(renderFlag(f, lang), '');
  }

  out.push(...renderSelfReport(report, lang));

  const bs = report.balanceSheet;
  out.push(`## ${L.balanceSheet[lang]}`, '');
  const assetRows = (['cash', 'bank', 'receivables', 'inventory', 'prepayments', 'otherAssets', 'current', 'fixedAssets', 'total'] as const).map(
    (k) => [BS_LABELS[k]?.[lang] ?? k, g(bs.assets[k])],
  );
  const liabilityRows = (['payables', 'advancesReceived', 'bankLoans', 'privateLoans', 'otherLiabilities', 'total'] as const).map(
    (k) => [BS_LABELS[k]?.[lang] ?? k, g(bs.liabilities[k])],
  );
  out.push(table([lang === 'zh' ? '资产' : 'Assets', L.amount[lang]], assetRows), '');
  out.push(
    table(
      [lang === 'zh' ? '负债与权益' : 'Liabilities and equity', L.amount[lang]],
      [...liabilityRows, [lang === 'zh' ? '所有者权益（资产 − 负债）' : 'Equity (assets − liabilities)', g(bs.equity)]],
    ),
    '',
  );

  const pl = report.incomeStatement;
  out.push(`## ${L.incomeStatement[lang]}`, '');
  out.push(
    table(
      [L.item[lang], L.annual[lang], L.monthly[lang]],
      (Object.keys(PNL_LABELS) as (keyof PnLLineJson)[]).map((k) => [PNL_LABELS[k][lang], g(pl.annual[k]), g(pl.monthlyAverage[k])]),
    ),
    '',
  );
  out.push(`${lang === 'zh' ? '毛利率' : 'Gross margin'}: ${pct(pl.grossMargin)}`, '');
  if (pl.seasonal) {
    out.push(
      table(
        [L.month[lang], PNL_LABELS.sales[lang], PNL_LABELS.businessProfit[lang], PNL_LABELS.disposableSurplus[lang]],
        pl.months.map((m) => [String(m.month), g(m.sales), g(m.businessProfit), g(m.disposableSurplus)]),
      ),
      '',
    );
  }

  out.push(`## ${L.equity[lang]}`, '');
  const eq = report.equity;
  if (eq.status === 'skipped') {
    out.push(`${L.skipped[lang]}: ${eq.reason[lang]}`, '');
  } else {
    out.push(
      lang === 'zh'
        ? `期间 ${eq.periodStart} 至 ${eq.periodEnd}（${eq.periodMonths} 个月）${eq.profitsEstimated ? '；期间利润按当前损益表估算' : ''}`
        : `Period ${eq.periodStart} to ${eq.periodEnd} (${eq.periodMonths} months)${eq.profitsEstimated ? '; profits estimated from the present P&L' : ''}`,
      '',
    );
    out.push(
      table(
        [L.item[lang], L.amount[lang]],
        [
          ...(Object.keys(EQ_LABELS) as (keyof typeof EQ_LABELS)[]).map((k) => [EQ_LABELS[k][lang], g(eq[k])]),
          [lang === 'zh' ? '差额 ÷ 表内权益' : 'Gap ÷ balance-sheet equity', pct(eq.gapShareOfEquity)],
          [lang === 'zh' ? '差额 ÷ 期间利润' : 'Gap ÷ profits over the period', pct(eq.gapShareOfProfits)],
        ],
      ),
      '',
    );
  }

  out.push(...renderCapacitySections(report, lang));
  out.push(`## ${L.rules[lang]}`, '');
  for (const r of report.rules) {
    out.push(
      r.status === 'ran'
        ? `- ${r.id} (${r.title[lang]}): ${L.ran[lang]}, ${lang === 'zh' ? `${r.flagCount ?? 0} 项疑点` : `${r.flagCount ?? 0} flag${r.flagCount === 1 ? '' : 's'}`}`
        : `- ${r.id} (${r.title[lang]}): ${L.skipped[lang]}: ${r.reason?.[lang] ?? ''}`,
    );
  }
  out.push('');
  if (report.notes.length > 0) {
    out.push(`## ${L.notes[lang]}`, '');
    for (const n of report.notes) out.push(`- \`${n.path}\`: ${n.message[lang]}`);
    out.push('');
  }
  return out.join('\n');
}
