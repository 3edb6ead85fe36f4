/** The policy fragment of the check `liquidity`: its settings, each with its default and where that comes from. */
import * as z from 'zod';
import { about, floor } from '../../profile/policy-parts.js';

export const liquidityPolicy = {
  liquidity: z
    .strictObject({
      currentRatio: floor('1', '0.7', {
        warning: "1: xcheck's own choice, in line with common credit-analysis rules of thumb that want the current ratio comfortably above 1.",
        critical: "xcheck's own choice.",
      }).meta(about('Current assets ÷ current liabilities (all liabilities count as current: micro-enterprise loans run a year or less).')),
      quickRatio: floor('0.5', '0.3', {
        warning: "xcheck's own choice.",
        critical: "xcheck's own choice.",
      }).meta(about('(Current assets − inventory) ÷ current liabilities.')),
    })
    .prefault({})
    .meta(about('LIQUIDITY_LOW: the current and quick ratios against floors.')),
};
