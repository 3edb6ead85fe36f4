/** The policy fragment of the check `initial-capital`: its settings, each with its default and where that comes from. */
import * as z from 'zod';
import { fraction, positiveDecimal } from '../../profile/fields.js';
import { about, warningNotAboveCritical } from '../../profile/policy-parts.js';

export const initialCapitalPolicy = {
  initialCapital: z
    .strictObject({
      tolerance: fraction
        .default('0.1')
        .meta(
          about(
            "Warning when the unexplained share (capital − savings − family support − borrowed) ÷ capital is above this. 10%: xcheck's choice (the source gives no band), as for the equity reconciliation.",
          ),
        ),
      critical: positiveDecimal.default('0.3').meta(about("Critical when the unexplained share is above this. xcheck's choice.")),
      savingsRate: fraction
        .default('0.3')
        .meta(
          about(
            "Share of the monthly income saved, when the profile gives the income but not the savings. xcheck's choice, of the order of what Chinese households saved of their disposable income in the 2000s (roughly a quarter to a third); a bank sets its own.",
          ),
        ),
    })
    .check(warningNotAboveCritical('tolerance'))
    .prefault({})
    .meta(about('INITIAL_CAPITAL_UNEXPLAINED: how much of the start capital its stated sources must explain.')),
};
