/**
 * What docs/rules.md says of the check `dated-equity`, beside its policy fragment and its catalog texts. Read by
 * scripts/rules-docs.ts only: the check itself does not import it, so it stays out of the bundle.
 */
import type { RuleDoc } from '../types.js';

export const doc: RuleDoc = {
  summary:
    'The equity reconciliation walked through the history in date order. At each withdrawal (a flat, a vehicle, a repayment) it asks whether the equity the business had built by that date could pay for it; what it could not was paid with borrowed money at that date (社会负债), even when later profits make the end totals balance. The source reads the history "to find where social debt may have come from" (发现其可能的社会负债来源). A fixed asset appraised above its depreciated cost with no revaluation in the history is named as the revaluation it probably is, rather than left in the gap.',
  formulas: [
    'running equity(d) = initial + profits to d − withdrawals before d + injections to d − depreciation to d',
    'profits to d: each profit event accrues by whole months over its period (previous profit event → its date)',
    'needed = amount − borrowed; available = max(0, running equity just before the event)',
    'shortfall = max(0, needed − available); relative = shortfall / needed',
    'premium = appraised value − depreciated cost (no revaluation event in the history)',
  ],
  inputs:
    'The history (`history[]`: `start`, `profit`, `withdrawal` with `borrowed`, `lender`, `asset`, `fundingSource`, `injection`, `revaluation`), the fixed assets (`fixedAssets[]`: purchase date, cost, life, `appraisedValue`) and `loans[]` (`lender`, `startDate`) for the lenders to ask about. With no dated profit, the present monthly retained profit accrues from the start (the flag is then at most a warning).',
  skippedWhen: 'The equity reconciliation is skipped: no start event (or, with the since-opening-equity window, no `openingEquity`).',
  workedExample:
    'Start capital 100,000 on 2015-03-01; retained profit 200,000 for 2015–2018 (dated 2018-12-31); a 1,000,000 flat on 2019-01-15 "from business profit"; retained profit 1,500,000 for 2019–2025 (dated 2025-12-31). The end totals balance: 100,000 + 200,000 + 1,500,000 − 1,000,000 = 800,000 = balance-sheet equity. Walked in date order: on 2019-01-15 the running equity is 100,000 + 200,000 + 1,500,000 × 0 / 84 = 300,000 (0 whole months of the next period have passed); needed 1,000,000 − 0 = 1,000,000; shortfall 1,000,000 − 300,000 = 700,000; 700,000 / 1,000,000 = 70% > 50%: critical, naming 2019.',
  policy: ['datedEquity', 'equity'],
  examples: ['rules/dated-equity-unfunded-flat.json', 'rules/dated-equity-revaluation.json', 'worked-example-agrees.json'],
};
