/** The `relationship` section of the en catalog: after the loan (docs/relationship.md). */
import type { RelationshipTexts } from '../sections/relationship.js';
import { memo } from './memo.js';

export const relationship: RelationshipTexts = {
  checkTitles: {
    FLOWS_NOT_MOVED: 'The business flows have not moved to the bank',
    DEPOSIT_BELOW_EXPECTATION: 'Average balances below the deposit expectation',
    SALES_DECLINE: 'Inflows falling beyond the stress threshold',
  },
  patterns: { steady: 'steady', 'pass-through': 'pass-through', 'seasonal-trough': 'seasonal-trough', mixed: 'mixed' },
  patternReasoning: {
    steady:
      'Paid on regular cycles (like a food supplier to supermarkets): money comes in all year and part of it stays, so balances are steady.',
    'pass-through':
      'Large flows that do not stay (like a contractor): money is paid on to subcontractors and workers almost as it comes in, so little remains however large the turnover.',
    'seasonal-trough':
      'Seasonal (like a garment-market trader): money is in stock and receivables from May to October and sits idle from November to the new year; the trough balance shows the real own funds.',
    mixed: 'No clear pattern recorded: a moderate share of the inflows is expected to stay all year.',
  },
  monthReason: (pattern, phase) => {
    if (phase === 'trough') return 'trough: peak-season money sits idle on the account (real own funds)';
    if (phase === 'peak') return 'peak: money is in stock and receivables';
    if (phase === 'shoulder') return 'between seasons: stock is being bought for the peak';
    return `no season: the same every month (${pattern})`;
  },
  calendar: {
    kinds: {
      onboarding: 'onboarding',
      'interest-settlement': 'interest-settlement',
      'seasonal-peak': 'seasonal-peak',
      'idle-deposits': 'idle-deposits',
      festival: 'festival',
      birthday: 'birthday',
      maturity: 'maturity',
    },
    onboarding: (days, first) => ({
      title: `Day ${days} after disbursement`,
      purpose: first
        ? 'Set up online banking with the customer and show how to use it.'
        : 'Look at the first flows on the account; phone to ask how online banking is going and whether customers now pay into it.',
    }),
    interestSettlement: {
      title: 'Quarterly interest settlement',
      purpose: 'Get in touch at the settlement; mention the deposit and check whether the main flows are now with us.',
    },
    seasonalPeak: (month) => ({
      title: `Before the seasonal peak (from ${memo.month(month)})`,
      purpose: 'Ask about stock and funding needs for the peak; lend into the peak, and agree the trough deposit.',
    }),
    idleDeposits: (month) => ({
      title: `Idle months begin (${memo.month(month)})`,
      purpose: 'The peak’s money is coming back and will sit idle: ask for it as deposits; the balance now shows the owner’s real own funds.',
    }),
    springFestival: (date) => ({ title: `Spring Festival ${date}`, purpose: 'Visit before the Spring Festival (逢年过节去拜访).' }),
    midAutumn: (date) => ({ title: `Mid-Autumn Festival ${date}`, purpose: 'Visit before the Mid-Autumn Festival.' }),
    birthday: (name, relation) => ({ title: `Birthday: ${relation ? `${name} (${relation})` : name}`, purpose: 'Call or send greetings.' }),
    maturity: (date) => ({
      title: `Before maturity (${date})`,
      purpose: 'Talk about the renewal; review whether the deposit expectation agreed before the loan was met.',
    }),
  },
  icsOccasion: (date) => ` (occasion: ${date})`,
  dtstampInvalid: (option, value) =>
    `${option} must be a UTC date-time that exists, such as 2026-01-31T00:00:00Z (month 01–12, a day of that month, hours 00–23, minutes 00–59, seconds 00–60), got ${value}`,
  report: {
    heading: (name) => `Relationship and monitoring: ${name}`,
    businessLine: (industry, kind) => `${industry} · ${kind}`,
    flags: 'Flags',
    none: 'No monitoring flag: the flows and balances agree with the expectation.',
    skippedCheck: (code, _title, reason) => `- ${code}: skipped: ${reason}`,
    expectation: 'Deposit expectation',
    patternLine: (pattern, reasoning) => `${pattern}: ${reasoning}`,
    observed: 'Observed against expected',
    cost: 'Real cost and yield of the loan',
    calendar: 'Contact calendar',
    headings: {
      month: 'Month',
      sales: 'Sales',
      inflows: 'Inflows',
      expectedInflows: 'Expected inflows',
      retention: 'Retention',
      balance: 'Average balance',
      expectedBalance: 'Expected balance',
      reason: 'Why',
      date: 'Date',
      kind: 'Kind',
      task: 'Task',
      item: 'Item',
      value: 'Value',
    },
    costRows: {
      amount: 'Loan',
      deposit: 'Compensating deposit',
      usableAmount: 'Money really usable',
      depositInterest: 'Interest on the deposit',
      contractMonthlyRate: 'Contract monthly rate',
      contractEffectiveAnnualRate: 'Contract effective annual rate',
      monthlyCost: 'Real monthly cost (IRR)',
      effectiveAnnualCost: 'Effective annual cost',
      averageOutstanding: 'Average loan outstanding',
      loanInterest: 'Loan interest',
      depositValue: 'Deposit value at the transfer rate',
      loanYield: 'Loan yield',
      relationshipYield: 'Relationship yield',
    },
    task: (title, purpose) => `${title}: ${purpose}`,
  },
};
