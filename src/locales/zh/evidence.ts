/** 证据种类及其所证明的关键数据的名称（中文），供各证据类检验共用。 */
import type { EvidenceFigure, EvidenceKind } from '../../profile/evidence.js';

export const evidenceKinds: Readonly<Record<EvidenceKind, string>> = {
  'bank-statement': '银行流水',
  'warehouse-slips': '出入库单',
  ledger: '记账本',
  invoices: '发票及账单',
  'tax-record': '纳税记录',
  'utility-bills': '水电费单',
  'lease-contract': '租赁合同',
  'ownership-papers': '产权证明',
  'loan-contract': '借款合同或借条',
  'on-site': '实地盘点或观察',
  'third-party': '第三方核实',
  'applicant-word': '客户口述',
};

export const evidenceFigures: Readonly<Record<EvidenceFigure | 'loan', string>> = {
  sales: '销售额',
  receivables: '应收账款',
  payables: '应付账款',
  inventory: '存货',
  cashAndBank: '现金及银行存款',
  initialCapital: '初始投入资金',
  loan: '借款',
};

/** 一项关键数据的名称：`销售额`，或 `loans[]` 中一笔借款的 `<出借人>借款`。 */
export function figureName(f: { readonly figure: EvidenceFigure | 'loan'; readonly lender?: string }): string {
  return f.figure === 'loan' && f.lender !== undefined ? `${f.lender}借款` : evidenceFigures[f.figure];
}

/** 证据种类列表（用顿号分隔）；没有时为“无”。 */
export function kindList(kinds: readonly EvidenceKind[]): string {
  return kinds.length === 0 ? '无' : kinds.map((k) => evidenceKinds[k]).join('、');
}
