/**
 * The policy fragment `conditions`: what the bank asks in return for the loan, agreed before disbursement
 * (source, 台州银行工作模式简介: "回报的事情要在放款前明确的说清楚，多少利息还是多少存款"; when a promise is not kept,
 * a higher rate on the next loan or a deposit, 压存款). docs/conditions.md explains each setting and where each
 * default comes from; most of them are the bank's own choice, and say so.
 */
import * as z from 'zod';
import { boundedArray, fraction, money, monthlyRate } from '../profile/fields.js';
import { about } from '../profile/policy-parts.js';

/** One line of the rate grid: loans up to `upTo` (inclusive; null: no upper bound) at these monthly rates. */
export const rateBandSchema = z.strictObject({
  upTo: money.nullable().meta(about('The largest loan amount of the band (inclusive); null for the band without an upper bound.')),
  newClient: monthlyRate.meta(about('Monthly rate for a first loan (no `openingEquity` recorded at an earlier analysis).')),
  returningClient: monthlyRate.meta(about('Monthly rate for a client the bank analysed before (the profile records `openingEquity` from an earlier analysis, e.g. the previous loan).')),
});

export const conditionsPolicy = {
  conditions: z
    .strictObject({
      compensatingDeposit: z
        .strictObject({
          share: fraction
            .default('0.2')
            .meta(
              about(
                "COMPENSATING_DEPOSIT: the share of the loan asked to be kept on deposit at the bank for the term (压存款). 0.2: the source's borrower \"kept 20% of the loan on deposit\"; the bank's own choice (0 asks for none: interest alone is the return).",
              ),
            ),
          sizeToPotential: z
            .boolean({ error: 'boolean' })
            .default(true)
            .meta(
              about(
                "true: the deposit asked is at most the client's deposit potential, the average daily balance its settlement pattern leaves on the account (the deposit expectation's mean balance, docs/relationship.md), so that a contractor whose money does not stay is not asked what its flows cannot carry (xcheck's choice); false: share × loan whatever the pattern.",
              ),
            ),
        })
        .prefault({})
        .meta(about('The compensating deposit; rounded down to policy.capacity.roundingMultiple, and not asked when that leaves 0. Its rate is policy.relationship.depositRate.')),
      moveSettlementAccount: z
        .boolean({ error: 'boolean' })
        .default(true)
        .meta(
          about(
            'MOVE_SETTLEMENT_ACCOUNT: the main flows are to be moved to the account at the bank (source: 看看是否主要的流水已经在我们这里了, checked after the loan by FLOWS_NOT_MOVED). true: asked of every loan, as the source does; false: never.',
          ),
        ),
      rateGrid: boundedArray(rateBandSchema, 50)
        .default(() => [{ upTo: null, newClient: '0.0129', returningClient: '0.0129' }])
        .meta(
          about(
            "RATE_FROM_GRID: the contract's monthly rate by loan amount and client standing; the first band (by `upTo`, null last) whose `upTo` is at least the amount gives the rate, and a request at another rate is made at the grid's. Default: one band at 1.29% a month for everyone, the source's example rate (一分两厘九); the grid is the bank's own choice. An empty grid (or an amount above every band) keeps the requested rate.",
          ),
        ),
      guarantor: z
        .strictObject({
          aboveAmount: money
            .nullable()
            .default(null)
            .meta(about('GUARANTOR_REQUIRED: a guarantor is asked for loans above this amount; null: never (the default, the bank\'s own choice; the source names guarantors among what the file holds, without a threshold).')),
        })
        .prefault({})
        .meta(about('When a guarantor is a condition of the loan.')),
      renewal: z
        .strictObject({
          rateIncrease: fraction
            .default('0.001')
            .meta(about("RENEWAL_IF_NOT_KEPT: added to the monthly rate of the next loan when a condition was not kept (source: 下次贷款利率上浮). 0.001 (0.1% a month, about 1.2 points a year): the bank's own choice.")),
          depositShare: fraction
            .default('0.3')
            .meta(about("RENEWAL_IF_NOT_KEPT: or the share of the next loan kept on deposit instead (source: 压存款). 0.3: the bank's own choice, above the default compensating deposit of 0.2.")),
        })
        .prefault({})
        .meta(about('What happens at renewal when a deposit or settlement condition was not kept; stated only when the loan has such a condition.')),
    })
    .prefault({})
    .meta(about('Loan conditions proposed with an approval (docs/conditions.md).')),
};
