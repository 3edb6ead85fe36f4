/** The policy fragment of the check `liquidity`: its settings, defaults and where each default comes from. */
import * as z from 'zod';
import { floor } from '../../profile/policy-parts.js';

export const liquidityPolicy = {
  /**
   * LIQUIDITY_LOW: current ratio below 1 warns, below 0.7 critical; quick ratio below 0.5 warns, below
   * 0.3 critical. xcheck's own choice (common credit-analysis rules of thumb put the current ratio
   * comfortably above 1; micro-enterprise liabilities are all treated as current here).
   */
  liquidity: z
    .strictObject({
      currentRatio: floor('1', '0.7'),
      quickRatio: floor('0.5', '0.3'),
    })
    .prefault({}),
};
