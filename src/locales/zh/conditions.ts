/** The `conditions` section of the zh catalog（贷款条件的表述，docs/conditions.md）. */
import { money, percent } from '../format.js';
import type { ConditionsTexts } from '../sections/conditions.js';

const standing = { new: '新客户', returning: '老客户' } as const;

export const conditions: ConditionsTexts = {
  names: {
    RATE_FROM_GRID: '按利率表定价',
    COMPENSATING_DEPOSIT: '存款回报（压存款）',
    MOVE_SETTLEMENT_ACCOUNT: '主要流水转入本行',
    GUARANTOR_REQUIRED: '保证人',
    RENEWAL_IF_NOT_KEPT: '未履行条件时的续贷安排',
  },
  patterns: {
    steady: '存款稳定',
    'pass-through': '资金过路不留存',
    'seasonal-trough': '季节性，淡季资金闲置',
    mixed: '混合',
  },
  sentences: {
    RATE_FROM_GRID: (p) =>
      `合同月利率 ${percent(p.monthlyRate)}（实际年利率 ${percent(p.effectiveAnnualRate)}），按本行利率表中${standing[p.standing] ?? p.standing}${p.bandUpTo === null ? '' : `、${money(p.bandUpTo)} 元以内贷款`}的利率执行，不按申请的 ${percent(p.requestedMonthlyRate)}。`,
    COMPENSATING_DEPOSIT: (p) =>
      `贷款期 ${p.termMonths} 个月内保留存款 ${money(p.deposit)} 元，年利率 ${percent(p.depositRate)}（到期付息 ${money(p.depositInterest)} 元）：` +
      (p.sizedToPotential
        ? `按贷款额的 ${percent(p.share)} 应为 ${money(p.shareAmount)} 元，超过客户结算方式（${conditions.patterns[p.pattern] ?? p.pattern}）在账户上能留存的 ${money(p.potential)} 元，故按存款潜力确定。`
        : `为贷款额 ${money(p.amount)} 元的 ${percent(p.share)}，在客户结算方式（${conditions.patterns[p.pattern] ?? p.pattern}）能留存的 ${money(p.potential)} 元之内。`) +
      `客户实际可用 ${money(p.usableAmount)} 元；整笔业务的综合年化成本为 ${percent(p.effectiveAnnualCost)}，合同利率年化为 ${percent(p.contractEffectiveAnnualRate)}（月利率 ${percent(p.contractMonthlyRate)}）。`,
    MOVE_SETTLEMENT_ACCOUNT: (p) =>
      `主要流水转入本行账户：销售额的 ${percent(p.bankSettledShare)}，约每月 ${money(p.averageMonthlyInflows)} 元，通过转账进入本行。贷后检查：入账比预期少 ${percent(p.tolerance)} 以上为警示，少 ${percent(p.critical)} 以上为严重。`,
    GUARANTOR_REQUIRED: (p) => `需提供保证人：贷款 ${money(p.amount)} 元，超过本行要求保证人的金额 ${money(p.aboveAmount)} 元。`,
    RENEWAL_IF_NOT_KEPT: (p) =>
      `上述条件如未履行，下次贷款月利率上浮至 ${percent(p.penaltyMonthlyRate)}（${percent(p.contractMonthlyRate)} 加 ${percent(p.rateIncrease)}），或按贷款额的 ${percent(p.depositShare)} 压存款。`,
  },
  unknown: (code, reasons) => `贷款条件 ${code}${reasons.length > 0 ? `（${reasons.join('、')}）` : ''}。`,
};
