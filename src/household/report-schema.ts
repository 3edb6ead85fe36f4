/**
 * The report's `household` and `creditReport` fields as zod schemas, for the report's published JSON Schema
 * (src/report/schema.ts takes them with one line each). They describe what src/household/report.ts writes.
 */
import * as z from 'zod';
import { doc } from '../profile/fields.js';
import { FAMILY_ASSET_KINDS, FAMILY_LIABILITY_KINDS } from '../profile/household.js';

const amount = z.string().regex(/^-?\d+\.\d{2}$/);
const str = z.string();
const date = z.string().meta({ format: 'date' });

export const householdReportSchema = z
  .object({
    assets: z.strictObject({ property: amount, vehicle: amount, deposit: amount, investment: amount, receivable: amount, other: amount, total: amount }).meta(doc('Σ household.assets[].value by kind.')),
    liabilities: z
      .strictObject({ mortgage: amount, 'vehicle-loan': amount, consumer: amount, 'credit-card': amount, private: amount, other: amount, total: amount })
      .meta(doc('Σ household.liabilities[].balance by kind.')),
    netWorth: amount.meta(doc('Household net worth: assets total − liabilities total.')),
    businessEquity: amount.meta(doc('The business balance sheet\'s equity (balanceSheet.equity).')),
    familyNetWorth: amount.meta(doc('The family\'s total net worth: business equity + household net worth.')),
    guaranteesGiven: amount.meta(doc('Σ household.guaranteesGiven[].amount: contingent, not subtracted.')),
    monthlyInstalments: amount.meta(doc('Σ household.liabilities[].monthlyInstalment.')),
    instalmentsAddedToCapacity: amount.meta(doc('The part of them in incomeStatement.…existingInstalments (debts not marked inLoans).')),
    assetLines: z.array(z.object({ kind: z.enum(FAMILY_ASSET_KINDS), description: str.nullable(), value: amount })),
    liabilityLines: z.array(z.object({ kind: z.enum(FAMILY_LIABILITY_KINDS), lender: str, balance: amount, monthlyInstalment: amount.nullable(), inLoans: z.boolean() })),
    guaranteeLines: z.array(z.object({ beneficiary: str, relation: str.nullable(), amount, maturityDate: date.nullable() })),
  })
  .nullable()
  .meta(doc('The household balance sheet beside the business one, with the family\'s total net worth (null when the profile lists no household assets, debts or guarantees).'));

export const creditReportReportSchema = z
  .object({
    reportDate: date,
    loans: z.array(z.object({ lender: str, kind: z.enum(['loan', 'credit-card']), balance: amount })),
    totalBalance: amount,
    overdueCount24Months: z.int().nullable(),
    worstDaysOverdue24Months: z.int().nullable(),
    queries6Months: z.int().nullable(),
    guaranteesGiven: amount.nullable().meta(doc('Σ of the report\'s guarantees (null when the report section has none listed).')),
  })
  .nullable()
  .meta(doc('The credit report (征信) summary as the officer read it (null without `creditReport`).'));
