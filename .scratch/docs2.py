p='src/profile/schema.ts'
s=open(p).read()
R=[
("    purpose: text.optional(),\n  })\n  .refine((r) => endsBy9999","    purpose: text.optional().meta(doc('What the loan is for.', { examples: ['autumn stock'] })),\n  })\n  .refine((r) => endsBy9999"),
("monthlyRate: monthlyRate.meta(doc('Monthly interest rate as a fraction: 0.0129 is 1.29% a month (一分两厘九). Zero, or at least 1e-12.'))","monthlyRate: monthlyRate.meta(doc('Monthly interest rate as a fraction: 0.0129 is 1.29% a month (一分两厘九). Zero, or at least 1e-12.', { unit: 'per month', examples: ['0.0129'] }))"),
("doc('The last due date (disbursement + termMonths) must fall by 9999-12-31.')","doc('When the loan is paid out; without it the schedule starts at `analysisDate`. The last due date (disbursement + termMonths) must fall by 9999-12-31.', { examples: ['2026-07-10'] })"),
("doc('The date the figures describe. All ages and depreciation are counted to this date.')","doc('The date the figures describe. All ages and depreciation are counted to this date; no other date of the profile (business start, purchases, history, visit, work start) may be after it.', { examples: ['2026-06-30'] })"),
("    business: businessSchema,\n    sales: salesSchema,\n    settlement: settlementSchema.optional(),\n    purchases: purchasesSchema.optional(),",
 "    business: businessSchema.meta(doc('The business: its name, industry, kind and start date.')),\n    sales: salesSchema.meta(doc('Declared sales: `annual` or `monthly` (or both) is required.')),\n    settlement: settlementSchema.optional().meta(doc('Settlement terms with customers and suppliers (RECEIVABLES_INCONSISTENT, PAYABLES_INCONSISTENT).')),\n    purchases: purchasesSchema.optional().meta(doc('Declared purchases. `purchases` or `grossMargin` is required, to work out the cost of goods sold.')),"),
("doc('Gross margin as a fraction of sales (毛利率).')","doc('Gross margin as a fraction of sales (毛利率). `grossMargin` or `purchases` is required: cost of goods sold = sales × (1 − margin), else the purchases.', { examples: ['0.15'] })"),
("""    balances: balancesSchema.optional(),
    inventoryCount: boundedArray(inventoryLineSchema, LIST_LIMITS.inventoryCount).optional(),
    fixedAssets: boundedArray(fixedAssetSchema, LIST_LIMITS.fixedAssets).optional(),
    loans: boundedArray(loanSchema, LIST_LIMITS.loans).optional(),
    household: householdSchema.optional(),
    history: boundedArray(historyEventSchema, LIST_LIMITS.history).optional(),""","""    balances: balancesSchema.optional().meta(doc('The balance sheet at the analysis date as reported or found (missing ones are noted in the report).')),
    inventoryCount: boundedArray(inventoryLineSchema, LIST_LIMITS.inventoryCount)
      .optional()
      .meta(doc("The officer's count of the stock (at most 10,000 lines); when present, inventory = Σ quantity × unitCost.")),
    fixedAssets: boundedArray(fixedAssetSchema, LIST_LIMITS.fixedAssets).optional().meta(doc('Fixed assets (at most 1,000).')),
    loans: boundedArray(loanSchema, LIST_LIMITS.loans).optional().meta(doc('Loans outstanding at the analysis date, bank and private (at most 200).')),
    household: householdSchema.optional().meta(doc("The owner's household: members, living expenses, other income.")),
    history: boundedArray(historyEventSchema, LIST_LIMITS.history)
      .optional()
      .meta(doc('Dated events of the equity since the start (at most 1,000; at most one `start` event).')),"""),
("openingEquity: z.strictObject({ date: isoDate, amount: signedMoney }).optional()","openingEquity: z\n      .strictObject({ date: isoDate.meta(doc('When it was recorded.')), amount: signedMoney.meta(doc('The equity then.', { unit: 'CNY' })) })\n      .optional()"),
("    loanRequest: loanRequestSchema.optional(),","    loanRequest: loanRequestSchema.optional().meta(doc('The loan asked for; without it there is no schedule, capacity or recommendation.')),"),
]
for a,b in R:
    if a not in s: print('MISSING',a[:80]); continue
    s=s.replace(a,b,1)
open(p,'w').write(s)
