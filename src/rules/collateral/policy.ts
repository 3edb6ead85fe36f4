/** The policy fragment of the check `collateral`: its settings, each with its default and where that comes from. */
import * as z from 'zod';
import { about, ceiling, severity } from '../../profile/policy-parts.js';

/** Where every loan-to-value default comes from. */
const BASIS = "indicative: within the mortgage rates (抵押率) Chinese banks commonly apply to small-business collateral; xcheck's choice of the figure, a bank sets its own.";
const OVER = "1: the secured debt exceeds the appraised value (xcheck's choice).";

export const collateralPolicy = {
  collateral: z
    .strictObject({
      maxLoanToValue: z
        .strictObject({
          'real-estate': ceiling('0.7', '1', { warning: `0.7 (70%), ${BASIS}`, critical: OVER }).meta(about('Residential or commercial property.')),
          'land-use-right': ceiling('0.6', '1', { warning: `0.6, ${BASIS}`, critical: OVER }).meta(about('A land-use right (土地使用权).')),
          vehicle: ceiling('0.5', '1', { warning: `0.5, ${BASIS}`, critical: OVER }).meta(about('A vehicle: its value falls fast.')),
          equipment: ceiling('0.5', '1', { warning: `0.5, ${BASIS}`, critical: OVER }).meta(about('Machinery and equipment.')),
          inventory: ceiling('0.3', '1', { warning: `0.3, ${BASIS}`, critical: OVER }).meta(about('Pledged stock: hard to control and to sell.')),
          deposit: ceiling('0.9', '1', { warning: `0.9, ${BASIS}`, critical: OVER }).meta(about('A pledged deposit or certificate.')),
          other: ceiling('0.5', '1', { warning: `0.5, ${BASIS}`, critical: OVER }).meta(about('Anything else.')),
        })
        .prefault({})
        .meta(about('COLLATERAL_LTV_HIGH: the largest (secured amount + prior liens) ÷ appraised value, per kind of collateral.')),
      lienNotRegistered: severity
        .default('warning')
        .meta(about("COLLATERAL_LIEN_NOT_REGISTERED: collateral whose lien (抵押登记) is not registered. warning: an unregistered lien does not rank against other creditors, so it may not secure anything (xcheck's choice).")),
    })
    .prefault({})
    .meta(about('COLLATERAL_LTV_HIGH, COLLATERAL_LIEN_NOT_REGISTERED: what the collateral secures.')),
};
