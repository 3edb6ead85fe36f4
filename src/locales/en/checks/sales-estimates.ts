/**
 * The texts of each independent sales estimate (SALES_TRIANGULATION, `salesEstimates`), in English: its name,
 * formula, computation, evidence and questions, from its id, params and value. The check's findings use them,
 * and so can a caller rendering `salesEstimates(profile, statements)`.
 */
import type { EstimateParamsById } from '../../../rules/sales-triangulation/index.js';
import type { FindingParams } from '../../../rules/types.js';
import { money } from '../../format.js';
import { groupDigits } from '../../../money/index.js';

/** An estimate's texts in one language. */
export interface EstimateTexts {
  readonly name: string;
  readonly formula: string;
  readonly computation: string;
  readonly evidence: readonly string[];
  readonly questions: readonly string[];
}

type P<K extends keyof EstimateParamsById> = EstimateParamsById[K];

/** An estimate's name (`bank inflows`, `sales ledger of a sampled month (month 3)`), from its id and params. */
export function estimateName(id: string, params: FindingParams): string {
  switch (id) {
    case 'bank-inflows':
      return 'bank inflows';
    case 'purchases-margin':
      return 'purchases and margin';
    case 'sampled-month': {
      const month = params.month;
      return `sales ledger of a sampled month${month ? ` (month ${String(month)})` : ''}`;
    }
    case 'daily-sales':
      return 'average daily sales';
    case 'till':
      return 'till count';
    case 'piece-rate':
      return 'piece-rate wage bill';
    case 'commissions':
      return 'sales commissions';
    case 'twelve-month-average':
      return params.source === 'pos' ? '12-month POS average' : '12-month ledger average';
    default:
      return id;
  }
}

/** An estimate's texts from its id, params and value (money with two places). */
export function estimateTexts(id: string, params: FindingParams, value: string | null): EstimateTexts {
  const name = estimateName(id, params);
  const v = money(value);
  switch (id) {
    case 'bank-inflows': {
      const p = params as unknown as P<'bank-inflows'>;
      return {
        name,
        formula: '(monthly inflows − non-sales inflows) / (1 − cash share)',
        computation: `(${money(p.inflows)} − ${money(p.nonSales)}) / (1 − ${p.cashShare}) = ${v}`,
        evidence: ['statements of every account the business is paid into (bank, WeChat, Alipay), 12 months', 'the largest inflows matched to customers and invoices'],
        questions: ['Which accounts do your customers pay into, and how do the others pay?', 'What else comes into these accounts besides payments for goods?'],
      };
    }
    case 'purchases-margin': {
      const p = params as unknown as P<'purchases-margin'>;
      return {
        name,
        formula: 'annual purchases / 12 / (1 − gross margin)',
        computation: `${money(p.purchases)} / 12 / (1 − ${p.margin}) = ${v}`,
        evidence: ["suppliers' invoices and warehouse in-slips for the last 12 months", 'the price list against the purchase prices of the main products'],
        questions: ['Where do you buy your goods, and how much did you buy over the last few months?', 'How do you set your selling prices?'],
      };
    }
    case 'sampled-month': {
      const p = params as unknown as P<'sampled-month'>;
      return {
        name,
        formula: "the sampled month's ledger or slips total",
        computation: `${money(p.amount)}${p.record ? ` (${p.record})` : ''}`,
        evidence: ['the ledger or out-slips of another month, chosen by the officer on site without notice', "that month's bank inflows against the ledger total"],
        questions: ['How do you record what you sell each day?', 'How did that month compare with a usual month?'],
      };
    }
    case 'daily-sales': {
      const p = params as unknown as P<'daily-sales'>;
      return {
        name,
        formula: 'average daily sales × opening days a month',
        computation: `${money(p.daily)} × ${p.days} = ${v}`,
        evidence: ['daily records: receipts (小票), the WeChat and Alipay daily totals', 'a count of customers during part of the visit'],
        questions: ['What does a normal day of selling look like, and a slow one?', 'On which days are you closed?'],
      };
    }
    case 'till': {
      const p = params as unknown as P<'till'>;
      return {
        name,
        formula: '(till cash − opening float) / hours open so far × hours a day × opening days / cash share',
        computation: `(${money(p.cash)} − ${money(p.float)}) / ${p.hoursSoFar} × ${p.hoursPerDay} × ${p.days} / ${p.cashShare} = ${v}`,
        evidence: ['a second till count at closing time on another day', "the day's WeChat and Alipay receipts next to the till"],
        questions: ['How do your customers usually pay?', 'How busy is this time of day compared with the rest of the day?'],
      };
    }
    case 'piece-rate': {
      const p = params as unknown as P<'piece-rate'>;
      return {
        name,
        formula: 'piece-rate wage bill / rate per unit × unit price',
        computation: `${money(p.bill)} / ${p.rate} = ${groupDigits(p.units)} units; × ${money(p.price)} = ${v}`,
        evidence: ['the piece-rate wage sheets (计件工资表) and the bank transfers of wages', 'a word with a worker about what they earn and make in a day'],
        questions: ['How are your workers paid, and what did the wages come to last month?', 'How many pieces does a worker make on a normal day?'],
      };
    }
    case 'commissions': {
      const p = params as unknown as P<'commissions'>;
      return {
        name,
        formula: 'commissions paid / commission rate',
        computation: `${money(p.paid)} / ${p.rate} = ${v}`,
        evidence: ['commission statements from the platform or the agents, and their payment records'],
        questions: ['Who sells for you, and how are they paid?'],
      };
    }
    case 'twelve-month-average': {
      const pos = params.source === 'pos';
      return {
        name,
        formula: `12-month monthly average from the ${pos ? 'POS terminal' : 'ledger'}`,
        computation: v,
        evidence: [pos ? "the POS terminal's monthly settlement reports" : "the ledger's monthly totals, read on site"],
        questions: ['How did sales move over the last twelve months?'],
      };
    }
    default:
      return { name, formula: id, computation: v, evidence: [], questions: [] };
  }
}
