/** The English catalog: every text xcheck writes, in English. */
import type { Catalog } from '../types.js';
import { equityGap } from './checks/equity-gap.js';
import { datedEquity } from './checks/dated-equity.js';
import { evidenceInsufficient } from './checks/evidence-insufficient.js';
import { grossMargin } from './checks/gross-margin.js';
import { hiddenDebt } from './checks/hidden-debt.js';
import { householdExpenses } from './checks/household-expenses.js';
import { initialCapital } from './checks/initial-capital.js';
import { inventory } from './checks/inventory.js';
import { leverage } from './checks/leverage.js';
import { liquidity } from './checks/liquidity.js';
import { monitor } from './checks/monitor.js';
import { payables } from './checks/payables.js';
import { premises } from './checks/premises.js';
import { productionCapacity } from './checks/production-capacity.js';
import { receivables } from './checks/receivables.js';
import { repaymentCapacity } from './checks/repayment-capacity.js';
import { salesTriangulation } from './checks/sales-triangulation.js';
import { seasonalShortfall } from './checks/seasonal-shortfall.js';
import { selfReport } from './checks/self-report.js';
import { householdBalance } from './checks/household-balance.js';
import { creditReport } from './checks/credit-report.js';
import { guarantors } from './checks/guarantors.js';
import { collateral } from './checks/collateral.js';
import { softInformation } from './checks/soft-information.js';
import { decision } from './decision.js';
import { errors } from './errors.js';
import { labels } from './labels.js';

export const en: Catalog = {
  lang: 'en',
  common: {
    missingInputs: (missing) => `missing ${missing.join(', ')}`,
    ruleError: (message) => `internal error in the check: ${message}`,
    noBalances: 'no balances reported: the balance sheet would be empty',
    unknownFinding: (f) => ({
      title: f.code,
      message: `${f.code}: observed ${f.observed ?? '—'}, expected ${f.expected ?? '—'}.`,
      formula: '',
      computation: '',
      evidence: [],
      questions: [],
    }),
    labels,
  },
  checks: {
    'equity-gap': equityGap,
    'evidence-insufficient': evidenceInsufficient,
    'gross-margin': grossMargin,
    'hidden-debt': hiddenDebt,
    'household-expenses': householdExpenses,
    'initial-capital': initialCapital,
    'inventory': inventory,
    'leverage': leverage,
    'liquidity': liquidity,
    'monitor': monitor,
    'payables': payables,
    'premises': premises,
    'production-capacity': productionCapacity,
    'receivables': receivables,
    'repayment-capacity': repaymentCapacity,
    'sales-triangulation': salesTriangulation,
    'seasonal-shortfall': seasonalShortfall,
    'self-report': selfReport,
    'household-balance': householdBalance,
    'credit-report': creditReport,
    'guarantors': guarantors,
    'collateral': collateral,
    'soft-information': softInformation,
    'dated-equity': datedEquity,
  },
  errors,
  decision,
};
