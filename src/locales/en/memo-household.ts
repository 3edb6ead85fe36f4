/** The memo's household and credit-report texts (en). */
import type { MemoHouseholdTexts } from '../sections/memo-household.js';

const recorded = (v: number | null, text: (n: number) => string) => (v === null ? 'not recorded' : text(v));

export const household: MemoHouseholdTexts = {
  heading: 'Household balance sheet',
  assets: 'Family assets',
  liabilities: 'Family debts',
  amount: 'Amount (CNY)',
  total: 'Total',
  assetKinds: { property: 'Property', vehicle: 'Vehicles', deposit: 'Deposits', investment: 'Investments', receivable: 'Lent to others', other: 'Other' },
  liabilityKinds: { mortgage: 'Mortgages', 'vehicle-loan': 'Car loans', consumer: 'Consumer loans', 'credit-card': 'Credit cards', private: 'Private debts', other: 'Other' },
  netWorth: 'Household net worth',
  familyNetWorth: (business, household, total) =>
    `Family total net worth: business equity ${business} + household net worth ${household} = ${total}.`,
  assetLines: 'Family assets, item by item',
  assetColumns: ['Kind', 'Description', 'Value'],
  liabilityLines: 'Family debts, item by item',
  liabilityColumns: ['Kind', 'Lender', 'Balance', 'Monthly instalment', 'Also in the loans'],
  yes: 'yes',
  no: 'no',
  instalments: (total, added) => `Household instalments: ${total} a month, of which ${added} are added to the existing instalments of the capacity.`,
  guarantees: 'Guarantees given for others (contingent)',
  guaranteeColumns: ['For whom', 'Relation', 'Amount', 'Ends'],
  guaranteesTotal: (total) => `Guarantees given: ${total} in all, contingent: not subtracted from the net worth.`,
  creditReport: {
    heading: 'Credit report',
    date: (date) => `Report of ${date}.`,
    columns: ['Lender', 'Kind', 'Balance'],
    kinds: { loan: 'loan', 'credit-card': 'credit card' },
    total: 'Total',
    none: 'The report shows no loan or card with a balance.',
    overdue: (count, worst) =>
      `Overdue in the last 24 months: ${recorded(count, (n) => `${n} time${n === 1 ? '' : 's'}`)}; worst delay: ${recorded(worst, (n) => `${n} days`)}.`,
    queries: (count) => `Approval queries in the last 6 months: ${recorded(count, String)}.`,
    guarantees: (total) => `Guarantees given in the report: ${total ?? 'not recorded'}.`,
  },
};
