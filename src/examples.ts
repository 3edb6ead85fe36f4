/**
 * Example profiles to try xcheck with (`xcheck/examples`, the README's example): the source's worked example
 * (台州银行工作模式简介), a trader with 12,000,000 of sales a year, 45 days to customers and 30 from suppliers.
 * The same profiles as the cases fixtures/worked-example-agrees.json and fixtures/worked-example-disagrees.json
 * (a test keeps them equal), whose descriptions work every figure out by hand (docs/fixtures.md).
 */
import type { ProfileInput } from './profile/schema.js';

/** Freezes an example and everything in it, so that no caller can change it for the others. */
function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) frozen(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * The worked example with balances that agree: no cross-check flag; the requested 300,000 over 12 months takes
 * 93.61% of the monthly surplus (REPAYMENT_CAPACITY_EXCEEDED, a warning), so a lower amount is recommended.
 */
export const workedExample: ProfileInput = /* @__PURE__ */ frozen({
  analysisDate: "2026-06-30",
  business: {
    name: "Lin's fastener wholesale (worked example)",
    industry: "hardware and fastener wholesale",
    kind: "trading",
    startDate: "2005-03-01",
    address: "Hangzhou"
  },
  sales: {
    annual: "12000000"
  },
  settlement: {
    customerDays: 45,
    supplierDays: 30
  },
  grossMargin: "0.15",
  operatingCosts: {
    wages: "40000",
    rent: "15000",
    utilities: "3000",
    transport: "12000",
    taxes: "5000",
    other: "5000"
  },
  balances: {
    cash: "50000",
    bank: "450000",
    receivables: "1500000",
    inventory: "1200000",
    payables: "850000"
  },
  fixedAssets: [
    {
      name: "delivery van",
      purchaseDate: "2024-06-30",
      cost: "180000",
      usefulLifeMonths: 60
    }
  ],
  loans: [
    {
      lender: "city commercial bank",
      kind: "bank",
      balance: "300000",
      monthlyInstalment: "26000",
      evidence: [
        {
          kind: "loan-contract",
          description: "loan contract with the city commercial bank",
          collectedOnSite: true
        },
        {
          kind: "third-party",
          description: "credit report (征信报告) showing the same balance"
        }
      ]
    }
  ],
  household: {
    members: 4,
    monthlyExpenses: "15000"
  },
  history: [
    {
      date: "2005-03-01",
      kind: "start",
      amount: "500000",
      borrowed: "300000",
      lender: "relatives",
      repaidDate: "2008-06-30",
      source: "savings from three years as an apprentice (2002-2005) and a loan from relatives",
      description: "started own wholesale business"
    },
    {
      date: "2008-06-30",
      kind: "withdrawal",
      amount: "300000",
      description: "repaid the relatives' loan for the start capital"
    },
    {
      date: "2008-12-31",
      kind: "profit",
      amount: "150000",
      description: "retained profit 2005-2008"
    },
    {
      date: "2015-05-01",
      kind: "withdrawal",
      amount: "2000000",
      description: "bought the family flat in Hangzhou"
    },
    {
      date: "2018-12-31",
      kind: "profit",
      amount: "1400000",
      description: "retained profit 2009-2018 (stable since 2009)"
    },
    {
      date: "2019-08-01",
      kind: "injection",
      amount: "100000",
      description: "demolition compensation for the family house in Fujian"
    },
    {
      date: "2021-04-01",
      kind: "withdrawal",
      amount: "1000000",
      description: "down payment on a second flat"
    },
    {
      date: "2025-12-31",
      kind: "profit",
      amount: "3000000",
      description: "retained profit 2019-2025"
    },
    {
      date: "2026-06-30",
      kind: "profit",
      amount: "330000",
      description: "retained profit January-June 2026"
    }
  ],
  loanRequest: {
    amount: "300000",
    termMonths: 12,
    monthlyRate: "0.0129",
    method: "annuity",
    disbursementDate: "2026-07-10",
    purpose: "stock for the autumn season"
  },
  evidence: {
    sales: [
      {
        kind: "bank-statement",
        description: "business account statements, last 12 months",
        collectedOnSite: true
      },
      {
        kind: "ledger",
        description: "hand sales ledger",
        collectedOnSite: true
      }
    ],
    receivables: [
      {
        kind: "warehouse-slips",
        description: "out-slips of the last 45 days",
        collectedOnSite: true
      },
      {
        kind: "third-party",
        description: "statements of account from two main customers"
      }
    ],
    payables: [
      {
        kind: "invoices",
        description: "suppliers' bills of the last 30 days",
        collectedOnSite: true
      },
      {
        kind: "warehouse-slips",
        description: "in-slips of the last 30 days",
        collectedOnSite: true
      }
    ],
    inventory: [
      {
        kind: "on-site",
        description: "rough count of the warehouse by the officer"
      },
      {
        kind: "warehouse-slips",
        description: "in/out slips reconciled to the count",
        collectedOnSite: true
      }
    ],
    cashAndBank: [
      {
        kind: "bank-statement",
        description: "balance on the statement of 2026-06-30",
        collectedOnSite: true
      },
      {
        kind: "on-site",
        description: "cash in the till counted"
      }
    ],
    initialCapital: [
      {
        kind: "third-party",
        description: "phone call with the uncle who lent 300,000 in 2005 and was repaid in 2008"
      },
      {
        kind: "loan-contract",
        description: "the 2005 IOU (借条), marked repaid"
      }
    ]
  },
  talkingHabit: "neutral",
  premises: {
    visited: true,
    visitDate: "2026-06-25",
    address: "Hangzhou",
    tenure: "leased",
    observedOperating: true,
    proof: [
      {
        kind: "lease-contract",
        description: "warehouse and shop lease in Lin's name",
        collectedOnSite: true
      }
    ]
  },
  owner: {
    workStartDate: "2002-03-01",
    occupation: "apprentice in a Hangzhou fastener shop",
    monthlySavings: "1500",
    familySupport: "150000",
    description: "parents gave 150,000 towards the start (not to be repaid)"
  },
  salesEstimates: {
    bankInflows: { monthlyAverage: "1000000", months: 6 },
    sampledMonth: { amount: "1000000", month: 5, source: "the sales ledger of May 2026, sampled on site" }
  }
});

/**
 * The same business with reported balances that do not agree: receivables 2,600,000 where the turnover gives
 * 1,500,000, payables 300,000 where it gives 850,000; three critical flags: referred back with those three as
 * the open points (the file otherwise complete).
 */
export const workedExampleDisagrees: ProfileInput = /* @__PURE__ */ disagreeing(workedExample);

/** The worked example with the balances as the applicant reported them (the officer's records the same). */
function disagreeing(example: ProfileInput): ProfileInput {
  return frozen({
    ...example,
    balances: { cash: '50000', bank: '450000', receivables: '2600000', inventory: '1200000', payables: '300000' },
  });
}
