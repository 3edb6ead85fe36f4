/**
 * What docs/rules.md says of the check `production-capacity`, beside its policy fragment and its catalog texts. Read by
 * scripts/rules-docs.ts only: the check itself does not import it, so it stays out of the bundle.
 */
import type { RuleDoc } from '../types.js';

export const doc: RuleDoc = {
  summary:
    'For producers: the declared monthly output against what each site observation implies — the workers and their days, the electricity used, each consumable or by-product (the source\'s copper filings, 铜粉, which measure a hardware workshop\'s output). Both directions flag: above, the site cannot make it; below, capacity stands idle or output is sold undeclared.',
  formulas: [
    'labour = workers × output per worker-day × (working days + overtime days)',
    'electricity = (kWh a month − base load kWh) / kWh per unit',
    'consumable = quantity a month / quantity per unit of output',
    'declared = operations.declaredUnitsPerMonth, else monthly sales / average unit price',
    'deviation = (declared − implied) / declared',
  ],
  inputs:
    '`operations.declaredUnitsPerMonth`, or `incomeStatement.monthlyAverage.sales` with `operations.averageUnitPrice`; `operations.workers`, `.outputPerWorkerDay`, `.workingDaysPerMonth`, `.overtimeDaysPerMonth` (default 0); `operations.electricity` (`baseLoadKWh` default 0); `operations.consumables`.',
  skippedWhen:
    '`business.kind` is not `production`; there is no `operations`; no declared volume (neither `operations.declaredUnitsPerMonth` nor `operations.averageUnitPrice`); or no observation (workers with output and days, electricity, or a consumable).',
  workedExample:
    'A hardware workshop declares 300,000 a month at about 50 a piece: 6,000 pieces. Workers 10 × 25 × (26 + 4) = 7,500: (6,000 − 7,500) / 6,000 = −25%, warning; electricity (13,000 − 1,000) / 2 = 6,000 agrees; copper filings 540 / 0.2 = 2,700: (6,000 − 2,700) / 6,000 = +55%, critical.',
  policy: ['productionCapacity'],
  examples: ['rules/production-capacity.json', 'corpus/hardware-workshop-inflated-sales.json'],
};
