/**
 * A seeded generator of plausible applicant profiles, shared by the benchmarks (bench/) and the
 * property tests (test/property/). The same seed gives the same profile on every machine, so
 * benchmark runs compare and a failing property can be replayed from its seed.
 *
 * The profiles look like what a loan officer brings back: a trader, workshop, service or farm with
 * sales of 0.2 to 20 million a year, settlement days, balances near (and sometimes far from) what
 * the turnover implies, a few fixed assets, loans, a household and a business history. Amounts are
 * decimal strings (sometimes JSON numbers, as a spreadsheet would send them). Every generated
 * profile is valid: `parseInput` accepts it.
 *
 * Amounts are built as whole yuan or fen with integer arithmetic: they are inputs, not expected
 * values, and are written out as decimal strings.
 */

/** mulberry32: a small, fast, seedable 32-bit PRNG (public domain). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  /** Inventory count lines (0: the profile reports an inventory balance instead). Default 0..6. */
  readonly inventoryLines?: number;
  /** Fixed assets. Default 0..3. */
  readonly fixedAssets?: number;
  /** History events besides the start event. Default 3..8. */
  readonly historyEvents?: number;
  /** Loans. Default 0..2. */
  readonly loans?: number;
  /**
   * A typical file of today: besides the figures, the officer's evidence for each key figure, the talking
   * habit, the premises visit, the owner's background, independent sales estimates, products, stock days,
   * the region class (and the operations of a producer), and always a loan request, so that every rule and
   * the capacity stage run. The fields are drawn after all the others, so the rest of the profile is the
   * same as without the option. Default false (the profiles of the first benchmarks).
   */
  readonly typical?: boolean;
}

type Rng = () => number;
const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const chance = (r: Rng, p: number): boolean => r() < p;

/** Whole yuan as a decimal string, or now and then as a JSON number (spreadsheets send numbers). */
function yuan(r: Rng, value: number): string | number {
  return chance(r, 0.2) ? value : String(value);
}

/** Fen (integer) as a decimal string with two places. */
function fen(value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date between two (year, month) points, day 1..28 so it always exists. */
function dateBetween(r: Rng, from: { year: number; month: number }, to: { year: number; month: number }): string {
  const a = from.year * 12 + from.month - 1;
  const b = to.year * 12 + to.month - 1;
  const m = int(r, a, Math.max(a, b));
  return isoDate(Math.floor(m / 12), (m % 12) + 1, int(r, 1, 28));
}

const INDUSTRIES = [
  ['trading', 'garment wholesale'],
  ['trading', 'hardware and fastener wholesale'],
  ['trading', 'grocery retail'],
  ['production', 'plastic moulding workshop'],
  ['production', 'hardware machining'],
  ['service', 'car repair'],
  ['service', 'restaurant'],
  ['agriculture', 'fishing boat'],
  ['agriculture', 'greenhouse vegetables'],
] as const;

/** A plausible, valid profile for `seed`. */
export function generateProfile(seed: number, options: GenerateOptions = {}): Record<string, unknown> {
  const r = prng(seed);
  const [kind, industry] = pick(r, INDUSTRIES);
  const analysisYear = int(r, 2024, 2026);
  const analysisMonth = int(r, 1, 12);
  const analysisDate = isoDate(analysisYear, analysisMonth, int(r, 1, 28));
  const startYear = analysisYear - int(r, 1, 20);
  const startMonth = int(r, 1, 12);
  const startDate = isoDate(startYear, startMonth, int(r, 1, 28));
  const start = { year: startYear, month: startMonth };
  // Events strictly before the analysis month, so they are never after the analysis date.
  const lastMonth = analysisMonth === 1 ? { year: analysisYear - 1, month: 12 } : { year: analysisYear, month: analysisMonth - 1 };

  const annualSales = int(r, 20, 2000) * 10_000; // 200,000 .. 20,000,000
  const seasonal = chance(r, 0.3);
  const sales: Record<string, unknown> = {};
  if (seasonal) {
    // A monthly profile around the average, with a peak season.
    const base = Math.floor(annualSales / 12);
    const peak = int(r, 0, 11);
    sales.monthly = Array.from({ length: 12 }, (_, m) => {
      const distance = Math.min(Math.abs(m - peak), 12 - Math.abs(m - peak));
      return yuan(r, Math.floor((base * (160 - distance * int(r, 8, 15))) / 100));
    });
    if (chance(r, 0.5)) sales.annual = String(annualSales);
  } else {
    sales.annual = yuan(r, annualSales);
  }
  if (chance(r, 0.5)) sales.creditShare = pick(r, ['0.5', '0.7', '0.8', '1', 0.6, '0.95']);

  const customerDays = pick(r, [0, 15, 30, 45, 60, 90]);
  const supplierDays = pick(r, [0, 15, 30, 45, 60]);
  const marginPct = int(r, 5, 40);
  const profile: Record<string, unknown> = {
    analysisDate,
    business: { name: `business ${seed}`, industry, kind, startDate, ...(chance(r, 0.5) ? { address: 'Taizhou' } : {}) },
    sales,
    settlement: { customerDays, supplierDays, ...(chance(r, 0.3) ? { creditPurchaseShare: '0.8' } : {}) },
  };
  if (chance(r, 0.8)) profile.grossMargin = `0.${String(marginPct).padStart(2, '0')}`;
  if (profile.grossMargin === undefined || chance(r, 0.3))
    profile.purchases = { annual: yuan(r, Math.floor((annualSales * (100 - marginPct)) / 100)) };

  const monthlyCost = Math.floor(annualSales / 12 / 100) * int(r, 3, 12);
  profile.operatingCosts = {
    wages: yuan(r, Math.floor(monthlyCost / 2)),
    rent: yuan(r, Math.floor(monthlyCost / 5)),
    utilities: yuan(r, Math.floor(monthlyCost / 20)),
    ...(chance(r, 0.6) ? { transport: yuan(r, Math.floor(monthlyCost / 10)) } : {}),
    ...(chance(r, 0.6) ? { taxes: yuan(r, Math.floor(monthlyCost / 20)) } : {}),
    ...(chance(r, 0.4) ? { other: fen(int(r, 0, 1_000_000)) } : {}),
  };

  // Balances near what the turnover implies, off by a factor of 0.4 .. 1.9.
  const factor = () => int(r, 40, 190);
  const receivables = Math.floor((annualSales * customerDays * factor()) / 36_000);
  const payables = Math.floor((((annualSales * (100 - marginPct)) / 100) * supplierDays * factor()) / 36_000);
  // Net worth in fen, tracked so that most histories can be made to reconcile (see below).
  const cash = int(r, 1, 200) * 1_000;
  const bank = int(r, 0, 100_000_000);
  let netFen = (cash + receivables - payables) * 100 + bank;
  const balances: Record<string, unknown> = {
    cash: yuan(r, cash),
    bank: fen(bank),
    receivables: yuan(r, receivables),
    payables: yuan(r, payables),
  };
  const inventoryLines = options.inventoryLines ?? (chance(r, 0.3) ? int(r, 1, 6) : 0);
  if (inventoryLines === 0) {
    const inventory = Math.floor(annualSales / int(r, 4, 24));
    balances.inventory = yuan(r, inventory);
    netFen += inventory * 100;
  }
  if (chance(r, 0.2)) {
    const prepayments = int(r, 0, 50) * 1_000;
    balances.prepayments = yuan(r, prepayments);
    netFen += prepayments * 100;
  }
  if (chance(r, 0.2)) {
    const advances = int(r, 0, 50) * 1_000;
    balances.advancesReceived = yuan(r, advances);
    netFen -= advances * 100;
  }
  profile.balances = balances;
  if (inventoryLines > 0)
    profile.inventoryCount = Array.from({ length: inventoryLines }, (_, i) => {
      const quantity = int(r, 1, 5_000);
      const unitCost = int(r, 50, 500_000);
      netFen += quantity * unitCost;
      return {
        item: `item ${i + 1}`,
        quantity: yuan(r, quantity),
        unitCost: fen(unitCost),
        ...(chance(r, 0.5) ? { unit: 'pcs' } : {}),
      };
    });

  const fixedAssets = options.fixedAssets ?? int(r, 0, 3);
  if (fixedAssets > 0)
    profile.fixedAssets = Array.from({ length: fixedAssets }, (_, i) => {
      const cost = int(r, 5, 500) * 1_000;
      const appraised = chance(r, 0.15);
      // A depreciated asset bought within the history adds cost − depreciation to the balance sheet and
      // takes the same depreciation off the expected equity: net, its cost. An appraised one adds its appraisal.
      netFen += (appraised ? Math.floor(cost / 2) : cost) * 100;
      return {
        name: `asset ${i + 1}`,
        purchaseDate: dateBetween(r, start, lastMonth),
        cost: yuan(r, cost),
        ...(appraised ? { appraisedValue: yuan(r, Math.floor(cost / 2)) } : { usefulLifeMonths: pick(r, [24, 36, 60, 96, 120]) }),
        ...(!appraised && chance(r, 0.3) ? { salvageValue: yuan(r, Math.floor(cost / 10)) } : {}),
      };
    });

  const loans = options.loans ?? int(r, 0, 2);
  if (loans > 0)
    profile.loans = Array.from({ length: loans }, (_, i) => {
      const balance = int(r, 10, 1_000) * 1_000;
      netFen -= balance * 100;
      return {
        lender: i === 0 ? 'city commercial bank' : `lender ${i + 1}`,
        kind: chance(r, 0.7) ? 'bank' : 'private',
        balance: yuan(r, balance),
        ...(chance(r, 0.8) ? { monthlyInstalment: yuan(r, Math.floor(balance / 11)) } : {}),
      };
    });

  if (chance(r, 0.9))
    profile.household = {
      members: int(r, 1, 6),
      monthlyExpenses: yuan(r, int(r, 2, 30) * 1_000),
      ...(chance(r, 0.3) ? { otherMonthlyIncome: yuan(r, int(r, 1, 10) * 1_000) } : {}),
    };

  const events = options.historyEvents ?? int(r, 3, 8);
  if (chance(r, 0.9) || options.historyEvents !== undefined) {
    const initial = int(r, 5, 100) * 10_000;
    let explainedFen = initial * 100;
    const history: Record<string, unknown>[] = [
      { date: startDate, kind: 'start', amount: yuan(r, initial), ...(chance(r, 0.4) ? { borrowed: '100000' } : {}) },
    ];
    for (let i = 0; i < events; i++) {
      const eventKind = pick(r, ['profit', 'profit', 'profit', 'withdrawal', 'withdrawal', 'injection', 'revaluation'] as const);
      const size = int(r, 1, 300) * 10_000;
      const amount = eventKind === 'profit' && chance(r, 0.1) ? -size : size;
      explainedFen += (eventKind === 'withdrawal' ? -amount : amount) * 100;
      history.push({
        date: dateBetween(r, start, lastMonth),
        kind: eventKind,
        amount: chance(r, 0.2) ? amount : String(amount),
        ...(chance(r, 0.5) ? { description: `${eventKind} ${i + 1}` } : {}),
      });
    }
    // Most applicants' histories roughly explain their equity: a last retained-profit event closes
    // the gap to within about ±6% of it; the others are left as generated (usually far off).
    if (chance(r, 0.6)) {
      const gap = netFen - explainedFen;
      const noise = Math.floor((Math.abs(netFen) * int(r, -6, 6)) / 100);
      history.push({ date: isoDate(lastMonth.year, lastMonth.month, 28), kind: 'profit', amount: fen(gap + noise) });
    }
    profile.history = history;
  }

  if (options.typical === true || chance(r, 0.8))
    profile.loanRequest = {
      amount: yuan(r, int(r, 2, 1_000) * 1_000),
      termMonths: pick(r, [6, 12, 12, 12, 24, 36]),
      monthlyRate: pick(r, ['0.0129', '0.0099', '0.0085', 0.0115]),
      ...(chance(r, 0.5) ? { method: pick(r, ['annuity', 'equal-principal']) } : {}),
    };
  if (options.typical === true) addObservations(r, profile, { annualSales, marginPct, kind, analysisDate, startYear });
  return profile;
}

const EVIDENCE_SETS: readonly (readonly string[])[] = [
  ['bank-statement', 'ledger'],
  ['warehouse-slips', 'third-party'],
  ['invoices', 'warehouse-slips'],
  ['on-site', 'warehouse-slips'],
  ['bank-statement', 'on-site'],
  ['applicant-word'],
];

/** The newer profile fields of a typical file (see GenerateOptions.typical). */
function addObservations(
  r: Rng,
  profile: Record<string, unknown>,
  g: { annualSales: number; marginPct: number; kind: string; analysisDate: string; startYear: number },
): void {
  const monthly = Math.floor(g.annualSales / 12);
  // Estimates within about ±40% of the declared sales: most agree, some do not.
  const near = (x: number) => Math.floor((x * int(r, 60, 140)) / 100);
  const items = (i: number) =>
    pick(r, EVIDENCE_SETS).map((k, j) => ({ kind: k, description: `evidence ${i + 1}.${j + 1}`, ...(chance(r, 0.6) ? { collectedOnSite: true } : {}) }));
  const evidence: Record<string, unknown> = {};
  for (const [i, figure] of ['sales', 'receivables', 'payables', 'inventory', 'cashAndBank', 'initialCapital'].entries())
    if (chance(r, 0.85)) evidence[figure] = items(i);
  profile.evidence = evidence;
  profile.talkingHabit = pick(r, ['neutral', 'neutral', 'exaggerating', 'cautious']);
  const visited = chance(r, 0.9);
  profile.premises = visited
    ? {
        visited,
        visitDate: g.analysisDate,
        tenure: pick(r, ['owned', 'leased', 'leased', 'family']),
        observedOperating: chance(r, 0.9),
        ...(chance(r, 0.7) ? { proof: [{ kind: pick(r, ['lease-contract', 'ownership-papers', 'utility-bills']), description: 'papers', collectedOnSite: true }] } : {}),
      }
    : { visited };
  profile.owner = {
    workStartDate: isoDate(g.startYear - int(r, 1, 10), int(r, 1, 12), int(r, 1, 28)),
    occupation: 'worker',
    monthlySavings: yuan(r, int(r, 5, 50) * 100),
    ...(chance(r, 0.4) ? { familySupport: yuan(r, int(r, 1, 30) * 10_000) } : {}),
  };
  profile.salesEstimates = {
    bankInflows: { monthlyAverage: yuan(r, near(Math.floor((monthly * 7) / 10))), cashShare: '0.3', months: 12 },
    ...(chance(r, 0.6) ? { sampledMonth: { amount: yuan(r, near(monthly)), month: int(r, 1, 12), source: 'ledger' } } : {}),
    ...(chance(r, 0.5) ? { dailySales: { averageDaily: yuan(r, near(Math.floor(monthly / 26))), openingDaysPerMonth: 26 } } : {}),
    ...(chance(r, 0.4) ? { twelveMonthAverage: { monthlyAverage: yuan(r, near(monthly)), source: pick(r, ['pos', 'ledger']) } } : {}),
  };
  // Two products whose margins straddle the declared one.
  const price = int(r, 10, 500);
  const margin = (pct: number) => Math.max(0, Math.min(95, pct));
  profile.products = [
    { name: 'product 1', price: String(price), cost: fen(Math.floor((price * (100 - margin(g.marginPct + int(r, -8, 8)))) )), shareOfSales: '0.6' },
    { name: 'product 2', price: String(price * 2), cost: fen(Math.floor(price * 2 * (100 - margin(g.marginPct + int(r, -8, 8))))), shareOfSales: '0.4' },
  ];
  profile.stock = { stockingDays: int(r, 15, 120), ...(chance(r, 0.3) ? { unsaleable: yuan(r, int(r, 1, 50) * 1_000) } : {}) };
  profile.regionClass = pick(r, ['city', 'town', 'rural']);
  if (g.kind === 'production') {
    const unitPrice = int(r, 5, 200);
    const units = Math.max(1, Math.floor(monthly / unitPrice));
    profile.operations = {
      unit: 'pcs',
      declaredUnitsPerMonth: yuan(r, units),
      averageUnitPrice: String(unitPrice),
      workers: int(r, 2, 30),
      outputPerWorkerDay: yuan(r, Math.max(1, near(Math.floor(units / 26 / 10)))),
      workingDaysPerMonth: 26,
    };
  }
}

/** `n` profiles from consecutive seeds starting at `firstSeed`. */
export function generateProfiles(n: number, firstSeed = 1, options: GenerateOptions = {}): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => generateProfile(firstSeed + i, options));
}
