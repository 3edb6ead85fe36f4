import re,sys
p='src/profile/schema.ts'
s=open(p).read()
R=[
("  address: text.optional(),\n});\n\nexport const salesSchema","  address: text.optional().meta(doc('Where the business is.', { examples: ['Hangzhou'] })),\n});\n\nexport const salesSchema"),
("name: name.meta(doc('Trading name or the owner\\'s name.'))","name: name.meta(doc('Trading name or the owner\\'s name.', { examples: [\"Lin's fastener wholesale\"] }))"),
("startDate: isoDate.meta(doc('When the applicant started this business on their own.'))","startDate: isoDate.meta(doc('When the applicant started this business on their own. Not after `analysisDate`.', { examples: ['2005-03-01'] }))"),
("annual: money.optional().meta(doc('Declared annual sales (年销售额).'))","annual: money.optional().meta(doc('Declared annual sales (年销售额). `annual` or `monthly` is required.', { unit: 'CNY/year', examples: ['12000000'] }))"),
("doc('Twelve monthly sales amounts, January to December, for a seasonal business.')","doc('Twelve monthly sales amounts, January to December, for a seasonal business; when given, the P&L uses them (annual = their sum; a different `annual` is noted).', { unit: 'CNY/month' })"),
("doc('Share of sales sold on credit (赊销比例), 0..1. Default 1: all sales are collected later.')","doc('Share of sales sold on credit (赊销比例), 0..1. Default 1: all sales are collected later.', { examples: ['0.8'] })"),
("doc('Days customers take to pay (应收账款回笼天数).')","doc('Days customers take to pay (应收账款回笼天数).', { unit: 'days', examples: [45] })"),
("doc('Days of credit suppliers allow (上家账期).')","doc('Days of credit suppliers allow (上家账期).', { unit: 'days', examples: [30] })"),
("doc('Annual purchases of goods or materials (年进货额).')","doc('Annual purchases of goods or materials (年进货额).', { unit: 'CNY/year', examples: ['10200000'] })"),
]
for field,d in [('wages','Wages paid a month.'),('rent','Rent of the premises a month.'),('utilities','Electricity, water and gas a month.'),('transport','Transport and vehicle costs a month.'),('taxes','Taxes and fees a month.'),('other','Other cash operating costs a month.')]:
    R.append((f"  {field}: money.optional(),\n", f"  {field}: money.optional().meta(doc('{d} Missing ones count 0.', {{ unit: 'CNY/month' }})),\n"))
for field,d,ex in [('cash','Cash on hand at the analysis date.','50000'),('bank','Bank deposits at the analysis date.','450000'),('receivables','Receivables (应收账款): what customers owe.','1500000'),('inventory','Inventory at cost, used when there is no `inventoryCount`.','1200000'),('prepayments','Prepayments to suppliers (预付账款).','0'),('otherAssets','Other current assets.','0'),('payables','Payables (应付账款): what the business owes suppliers.','850000'),('advancesReceived','Advances from customers (预收账款).','0'),('otherLiabilities','Other liabilities (loans are listed in `loans`).','0')]:
    R.append((f"  {field}: money.optional(),\n", f"  {field}: money.optional().meta(doc('{d}', {{ unit: 'CNY', examples: ['{ex}'] }})),\n"))
R+= [
("""export const inventoryLineSchema = z.strictObject({
  item: name,
  quantity: money,
  unitCost: money,
  unit: text.optional(),
});""","""export const inventoryLineSchema = z.strictObject({
  item: name.meta(doc('What was counted.', { examples: ['M8 bolts'] })),
  quantity: money.meta(doc('How many were counted (in `unit`).', { unit: 'units', examples: ['1200'] })),
  unitCost: money.meta(doc('Cost of one unit.', { unit: 'CNY/unit', examples: ['0.85'] })),
  unit: text.optional().meta(doc('What one unit is.', { examples: ['box'] })),
});"""),
("""    name,
    purchaseDate: isoDate,
    cost: money,
    usefulLifeMonths""","""    name: name.meta(doc('What the asset is.', { examples: ['delivery van'] })),
    purchaseDate: isoDate.meta(doc('When it was bought. Not after `analysisDate`.')),
    cost: money.meta(doc('What it cost.', { unit: 'CNY' })),
    usefulLifeMonths"""),
("doc('Straight-line useful life in months.')","doc('Straight-line useful life in months; `usefulLifeMonths` or `appraisedValue` is required. Net book value = cost − (cost − salvage) × whole months used / life, capped at the life.', { unit: 'months', examples: [60] })"),
("""  lender: name,
  kind: z.enum(LOAN_KINDS""","""  lender: name.meta(doc('Who lent it.', { examples: ['Rural Commercial Bank'] })),
  kind: z.enum(LOAN_KINDS"""),
("""  startDate: isoDate.optional(),
  maturityDate: isoDate.optional(),
  purpose: text.optional(),
  evidence: boundedArray(evidenceItemSchema""","""  startDate: isoDate.optional().meta(doc('When the loan was taken.')),
  maturityDate: isoDate.optional().meta(doc('When it falls due.')),
  purpose: text.optional().meta(doc('What the loan was for.')),
  evidence: boundedArray(evidenceItemSchema"""),
("""  members: count,
  monthlyExpenses: money,
  otherMonthlyIncome: money.optional(),""","""  members: count.meta(doc('People living on the household\\'s money.', { unit: 'people', examples: [4] })),
  monthlyExpenses: money.meta(doc('Household living expenses.', { unit: 'CNY/month', examples: ['15000'] })),
  otherMonthlyIncome: money.optional().meta(doc('Other household income (a spouse\\'s wage, rent).', { unit: 'CNY/month', examples: ['0'] })),"""),
("""  date: isoDate,
  kind: z.enum(HISTORY_KINDS""","""  date: isoDate.meta(doc('When it happened (for profit: the end of the period). Not after `analysisDate`.')),
  kind: z.enum(HISTORY_KINDS"""),
("""  amount: signedMoney,
  description: text.optional(),
  source:""","""  amount: signedMoney.meta(doc('How much; may be negative for profit and revaluation.', { unit: 'CNY' })),
  description: text.optional().meta(doc('What happened.')),
  source:"""),
("doc('When the borrowed part was repaid in full.')","doc('When the borrowed part was repaid in full. Not after `analysisDate`.')"),
("""    amount: positiveDecimal,
    termMonths: z.int({ error: 'wholeNumber' }).min(1, { error: 'positive' }).max(360, { error: 'termTooLong' }),""","""    amount: positiveDecimal.meta(doc('The loan asked for, above 0.', { unit: 'CNY', examples: ['300000'] })),
    termMonths: z
      .int({ error: 'wholeNumber' })
      .min(1, { error: 'positive' })
      .max(360, { error: 'termTooLong' })
      .meta(doc('The term, 1 to 360 months. The last due date (disbursement, or `analysisDate` without one, + the term) must fall by 9999-12-31.', { unit: 'months', examples: [12] })),"""),
]
for a,b in R:
    if a not in s: print('MISSING',a[:80]); continue
    s=s.replace(a,b,1)
open(p,'w').write(s)
