/**
 * COLLATERAL_LTV_HIGH, COLLATERAL_LIEN_NOT_REGISTERED — 抵押物 (docs/rules.md).
 *
 * For each item of `collateral[i]`: loan-to-value = (secured amount S + prior liens P) ÷ appraised value V, where
 * S is `securedAmount` or the requested loan; a ceiling per kind (policy.collateral.maxLoanToValue.<kind>:
 * real estate warning above 0.7, critical above 1). A lien that is not registered is a finding of severity
 * policy.collateral.lienNotRegistered. Skipped when the profile lists no collateral.
 * Worked example (fixtures/rules/collateral.json): a flat appraised at 400,000 with a mortgage of 100,000 ahead,
 * securing 300,000: (300,000 + 100,000) / 400,000 = 1.00 > 0.7, a warning (not above 1).
 */
import { formatMoney, ZERO } from '../../money/index.js';
import { limitFinding, moneyInput, plainInput, ran } from '../flag.js';
import type { Rule, RuleFinding } from '../types.js';

/** Params of COLLATERAL_LTV_HIGH and COLLATERAL_LIEN_NOT_REGISTERED (money, two places), beside `limitFinding`'s. */
export interface CollateralParams {
  readonly kind: string;
  /** The item's description as the profile wrote it (applicant text: escaped wherever it lands). */
  readonly description: string;
  readonly appraisedValue: string;
  readonly appraisedBy: string;
  readonly secured: string;
  readonly priorLiens: string;
}

export const NO_COLLATERAL = 'no-collateral';

export const collateralRule: Rule = {
  id: 'collateral',
  codes: ['COLLATERAL_LTV_HIGH', 'COLLATERAL_LIEN_NOT_REGISTERED'],
  check({ profile, policy }) {
    const list = profile.collateral;
    if (list === undefined || list.length === 0) return { status: 'skipped', missing: ['collateral'], reason: { code: NO_COLLATERAL } };
    const findings: (RuleFinding | null)[] = [];
    list.forEach((c, i) => {
      const at = `collateral[${i}]`;
      const secured = c.securedAmount ?? profile.loanRequest?.amount ?? ZERO;
      const securedDefaulted = c.securedAmount === undefined;
      const prior = c.priorLiens ?? ZERO;
      const params: CollateralParams = {
        kind: c.kind,
        description: c.description,
        appraisedValue: formatMoney(c.appraisedValue),
        appraisedBy: c.appraisedBy,
        secured: formatMoney(secured),
        priorLiens: formatMoney(prior),
      };
      const head = [plainInput('collateralKind', `${at}.kind`, c.kind, 'text'), plainInput('collateral', `${at}.description`, c.description, 'text')];
      findings.push(
        limitFinding({
          code: 'COLLATERAL_LTV_HIGH',
          subject: { collateral: i },
          unit: 'ratio',
          numerator: secured.plus(prior),
          denominator: c.appraisedValue,
          limit: policy.collateral.maxLoanToValue[c.kind],
          limitPath: `collateral.maxLoanToValue.${c.kind}`,
          flagUndefined: true,
          inputs: () => [
            ...head,
            moneyInput('securedAmount', securedDefaulted ? 'loanRequest.amount' : `${at}.securedAmount`, secured, securedDefaulted),
            moneyInput('priorLiens', `${at}.priorLiens`, prior, c.priorLiens === undefined),
            moneyInput('appraisedValue', `${at}.appraisedValue`, c.appraisedValue),
            plainInput('appraisedBy', `${at}.appraisedBy`, c.appraisedBy, 'text'),
          ],
          params: () => ({ ...params }),
        }),
      );
      if (!c.lienRegistered) {
        const severity = policy.collateral.lienNotRegistered;
        findings.push({
          code: 'COLLATERAL_LIEN_NOT_REGISTERED',
          subject: { collateral: i },
          severity,
          unit: 'CNY',
          observed: null,
          expected: null,
          range: null,
          deviation: null,
          requirement: { path: 'collateral.lienNotRegistered', value: severity },
          inputs: [...head, plainInput('lienRegistered', `${at}.lienRegistered`, 'false', 'text')],
          params: { ...params },
        });
      }
    });
    return ran(findings);
  },
};
