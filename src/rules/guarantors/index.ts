/**
 * GUARANTOR_CAPACITY, GUARANTEE_EXPOSURE, MUTUAL_GUARANTEE — 担保人 (docs/rules.md).
 *
 * For each guarantor (`guarantors[i]`), the amount guaranteed G (`amount`, else the requested loan):
 * - capacity: net worth N ÷ G, a floor (policy.guarantors.capacity: warning below 1, critical below 0.5); a
 *   guarantor whose net worth was not recorded is a finding of severity policy.guarantors.unknownNetWorth;
 * - exposure, only when the guarantor already gave guarantees E > 0: (E + G) ÷ N, a ceiling
 *   (policy.guarantors.exposure: warning above 1, critical above 2);
 * - mutual guarantee (互保): the applicant guarantees the guarantor in turn (`guaranteedByApplicant`, or a
 *   guarantee in `household.guaranteesGiven` naming the guarantor's partyId or name), severity policy.guarantors.mutual.
 * Skipped when the profile lists no guarantors. Worked example (fixtures/rules/guarantors.json): a guarantor worth
 * 240,000 guaranteeing 300,000: 240,000 / 300,000 = 0.80 < 1, a warning; having given 200,000 already:
 * (200,000 + 300,000) / 240,000 = 2.08 > 2, critical.
 */
import { formatMoney, ZERO } from '../../money/index.js';
import type { ProfileData } from '../../profile/domain.js';
import { limitFinding, moneyInput, plainInput, ran } from '../flag.js';
import type { Rule, RuleFinding } from '../types.js';

/** Params of GUARANTOR_CAPACITY and GUARANTEE_EXPOSURE (money, two places), beside `limitFinding`'s `limit`, `side`, `undefined`. */
export interface GuarantorParams {
  /** The guarantor's name as the profile wrote it (applicant text: escaped wherever it lands). */
  readonly guarantor: string;
  readonly amount: string;
  /** The net worth, or null when not recorded (then `unknown` is true). */
  readonly netWorth: string | null;
  readonly guaranteesGiven: string;
  /** Given + this guarantee (GUARANTEE_EXPOSURE). */
  readonly exposure: string;
  readonly unknown: boolean;
}

/** Params of MUTUAL_GUARANTEE: the guarantor, what they guarantee, what the applicant guarantees them (null when not said), where it was read. */
export interface MutualParams {
  readonly guarantor: string;
  readonly amount: string;
  readonly applicantGuarantees: string | null;
  /** `guarantors` (the guarantor's `guaranteedByApplicant`) or `household.guaranteesGiven`. */
  readonly source: 'guarantors' | 'household.guaranteesGiven';
}

export const NO_GUARANTORS = 'no-guarantors';

/** A guarantee the applicant gave (`household.guaranteesGiven`): whom it is for, and its amount. */
interface GivenGuarantee {
  readonly keys: readonly string[];
  readonly amount: string | null;
}

/**
 * The guarantees the applicant gave (`household.guaranteesGiven`), each named by its beneficiary, matched exactly
 * against a guarantor's partyId or name.
 */
export function guaranteesGivenByApplicant(profile: ProfileData): readonly GivenGuarantee[] {
  return (profile.household?.guaranteesGiven ?? []).map((x) => ({ keys: [x.beneficiary], amount: formatMoney(x.amount) }));
}

export const guarantorsRule: Rule = {
  id: 'guarantors',
  codes: ['GUARANTOR_CAPACITY', 'GUARANTEE_EXPOSURE', 'MUTUAL_GUARANTEE'],
  check({ profile, policy }) {
    const list = profile.guarantors;
    if (list === undefined || list.length === 0) return { status: 'skipped', missing: ['guarantors'], reason: { code: NO_GUARANTORS } };
    const given = guaranteesGivenByApplicant(profile);
    const findings: (RuleFinding | null)[] = [];
    list.forEach((g, i) => {
      const at = `guarantors[${i}]`;
      const amount = g.amount ?? profile.loanRequest?.amount ?? ZERO;
      const amountDefaulted = g.amount === undefined;
      const e = g.guaranteesGiven ?? ZERO;
      const params = (netWorth: string | null): GuarantorParams => ({
        guarantor: g.name,
        amount: formatMoney(amount),
        netWorth,
        guaranteesGiven: formatMoney(e),
        exposure: formatMoney(e.plus(amount)),
        unknown: netWorth === null,
      });
      const amountInput = () => moneyInput('guaranteedAmount', amountDefaulted ? 'loanRequest.amount' : `${at}.amount`, amount, amountDefaulted);
      if (g.netWorth === undefined) {
        const severity = policy.guarantors.unknownNetWorth;
        findings.push({
          code: 'GUARANTOR_CAPACITY',
          subject: { guarantor: i },
          severity,
          unit: 'ratio',
          observed: null,
          expected: null,
          range: null,
          deviation: null,
          requirement: { path: 'guarantors.unknownNetWorth', value: severity },
          inputs: [plainInput('guarantor', `${at}.name`, g.name, 'text'), amountInput()],
          params: { ...params(null) },
        });
      } else {
        const n = g.netWorth;
        if (amount.gt(0))
          findings.push(
            limitFinding({
              code: 'GUARANTOR_CAPACITY',
              subject: { guarantor: i },
              unit: 'ratio',
              numerator: n,
              denominator: amount,
              limit: policy.guarantors.capacity,
              limitPath: 'guarantors.capacity',
              flagUndefined: false,
              inputs: () => [plainInput('guarantor', `${at}.name`, g.name, 'text'), moneyInput('guarantorNetWorth', `${at}.netWorth`, n), amountInput()],
              params: () => ({ ...params(formatMoney(n)) }),
            }),
          );
        if (e.gt(0))
          findings.push(
            limitFinding({
              code: 'GUARANTEE_EXPOSURE',
              subject: { guarantor: i },
              unit: 'ratio',
              numerator: e.plus(amount),
              denominator: n,
              limit: policy.guarantors.exposure,
              limitPath: 'guarantors.exposure',
              flagUndefined: true,
              inputs: () => [
                plainInput('guarantor', `${at}.name`, g.name, 'text'),
                moneyInput('guaranteesGiven', `${at}.guaranteesGiven`, e),
                amountInput(),
                moneyInput('guarantorNetWorth', `${at}.netWorth`, n),
              ],
              params: () => ({ ...params(formatMoney(n)) }),
            }),
          );
      }
      const fromHousehold = given.find((x) => x.keys.includes(g.name) || (g.partyId !== undefined && x.keys.includes(g.partyId)));
      if (g.guaranteedByApplicant === true || fromHousehold !== undefined) {
        const severity = policy.guarantors.mutual;
        const own = g.guaranteedByApplicant === true;
        const back = own ? (g.guaranteedByApplicantAmount === undefined ? null : formatMoney(g.guaranteedByApplicantAmount)) : (fromHousehold?.amount ?? null);
        const p: MutualParams = { guarantor: g.name, amount: formatMoney(amount), applicantGuarantees: back, source: own ? 'guarantors' : 'household.guaranteesGiven' };
        findings.push({
          code: 'MUTUAL_GUARANTEE',
          subject: { guarantor: i },
          severity,
          unit: 'CNY',
          observed: back,
          expected: null,
          range: null,
          deviation: null,
          requirement: { path: 'guarantors.mutual', value: severity },
          inputs: [
            plainInput('guarantor', `${at}.name`, g.name, 'text'),
            amountInput(),
            plainInput('guaranteedByApplicant', own ? `${at}.guaranteedByApplicant` : 'household.guaranteesGiven', 'true', 'text'),
          ],
          params: { ...p },
        });
      }
    });
    return ran(findings);
  },
};
