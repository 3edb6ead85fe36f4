/** The shape of the memo's cross-check table and dated equity walk texts (src/locales/{en,zh}/crosschecks.ts). */
import type { CrossCheckFigure, Verdict } from '../../crosscheck/types.js';

export interface CrossCheckTableTexts {
  /** 交叉检验表 */
  readonly heading: string;
  readonly intro: string;
  readonly figures: Readonly<Record<CrossCheckFigure, string>>;
  readonly verdicts: Readonly<Record<Verdict, string>>;
  readonly columns: {
    readonly figure: string;
    readonly estimate: string;
    readonly declared: string;
    readonly value: string;
    readonly deviation: string;
    readonly tolerance: string;
    readonly verdict: string;
    readonly basis: string;
  };
  /** A check that could not compare the figure, with why. */
  readonly notChecked: (reason: string) => string;
  /** Names of the subjects a comparison is about (`products`, `stocking-days`, `labour`, …); an unknown one is shown as it is. */
  readonly subjects: Readonly<Record<string, string>>;
  /** The basis of each check's estimates, by check id (the check's title when it has none). */
  readonly bases: Readonly<Record<string, string>>;
  /** A check ran but made no comparison of the figure (e.g. no stocking days for the stock). */
  readonly noEstimate: string;
  /** A figure's proofs: its name and the kinds that count (already joined), or none. */
  readonly proofs: (figure: string, kinds: string | null) => string;
  readonly proofsHeading: string;
  readonly walk: {
    readonly heading: string;
    readonly intro: string;
    readonly columns: {
      readonly date: string;
      readonly event: string;
      readonly amount: string;
      readonly before: string;
      readonly after: string;
      readonly shortfall: string;
    };
    readonly kinds: Readonly<Record<'start' | 'profit' | 'withdrawal' | 'injection' | 'revaluation', string>>;
    /** A suggested revaluation: the asset's name, its appraisal, depreciated cost and premium (grouped). */
    readonly revaluation: (name: string, appraised: string, depreciated: string, premium: string) => string;
  };
}
