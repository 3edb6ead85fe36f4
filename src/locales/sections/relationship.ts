/**
 * The shape of the catalog's `relationship` section (filled in src/locales/en/relationship.ts and
 * src/locales/zh/relationship.ts): after the loan (docs/relationship.md): the deposit expectation's reasoning,
 * the contact calendar's tasks, the .ics file's notes and the monitoring report's labels. The monitor's
 * findings and skip reasons are a check's texts (src/locales/<lang>/checks/monitor.ts).
 */
import type { ContactKind } from '../../relationship/calendar.js';
import type { MonitorCode } from '../../relationship/monitor.js';
import type { DepositPhase } from '../../relationship/deposit.js';
import type { DepositPattern } from '../../profile/relationship.js';
import type { BusinessKind } from '../../profile/schema.js';

/** A contact task's title and purpose. */
export interface TaskTexts {
  readonly title: string;
  readonly purpose: string;
}

export interface RelationshipTexts {
  /** The title of each monitor check (its findings' title, and the name of a check that did not run). */
  readonly checkTitles: Readonly<Record<MonitorCode, string>>;
  /** The name of each deposit pattern. */
  readonly patterns: Readonly<Record<DepositPattern, string>>;
  /** Why a pattern's balances look as they do. */
  readonly patternReasoning: Readonly<Record<DepositPattern, string>>;
  /** Why a month's expected balance is what it is (the month's phase in the pattern's year). */
  readonly monthReason: (pattern: DepositPattern, phase: DepositPhase) => string;
  /** The contact calendar's tasks. */
  readonly calendar: {
    /** The name of each kind of task. */
    readonly kinds: Readonly<Record<ContactKind, string>>;
    /** Day N after disbursement: the first day (set up online banking), the later ones (look at the flows). */
    readonly onboarding: (days: number, first: boolean) => TaskTexts;
    readonly interestSettlement: TaskTexts;
    /** Before the peak starting in `month` (1–12). */
    readonly seasonalPeak: (month: number) => TaskTexts;
    /** The first idle month of the client's cycle (1–12). */
    readonly idleDeposits: (month: number) => TaskTexts;
    /** The festival's date (ISO). */
    readonly springFestival: (date: string) => TaskTexts;
    readonly midAutumn: (date: string) => TaskTexts;
    /** Whose birthday: the name and the relation the officer recorded (both as written in the profile). */
    readonly birthday: (name: string, relation: string | undefined) => TaskTexts;
    /** The last due date (ISO). */
    readonly maturity: (date: string) => TaskTexts;
  };
  /** The .ics file: the occasion's own date after a task's purpose, when the task comes before it. */
  readonly icsOccasion: (date: string) => string;
  /**
   * A DTSTAMP that is not a real UTC date-time: `option` names where it came from (`--dtstamp` on the command
   * line, `dtstamp` in toICalendar's options), `value` is what was given, already quoted (JSON) so that no
   * control character reaches the terminal.
   */
  readonly dtstampInvalid: (option: string, value: string) => string;
  /** The monitoring report (Markdown). */
  readonly report: {
    /** The report's title with the business's name. */
    readonly heading: (name: string) => string;
    /** The line under the title: industry (as the profile writes it) and kind of business. */
    readonly businessLine: (industry: string, kind: BusinessKind) => string;
    readonly flags: string;
    readonly none: string;
    /** A check that did not run: its code, its title and why. */
    readonly skippedCheck: (code: string, title: string, reason: string) => string;
    readonly expectation: string;
    /** The deposit pattern and why (`steady: Paid on regular cycles …`). */
    readonly patternLine: (pattern: DepositPattern, reasoning: string) => string;
    readonly observed: string;
    readonly cost: string;
    readonly calendar: string;
    readonly headings: {
      readonly month: string;
      readonly sales: string;
      readonly inflows: string;
      readonly expectedInflows: string;
      readonly retention: string;
      readonly balance: string;
      readonly expectedBalance: string;
      readonly reason: string;
      readonly date: string;
      readonly kind: string;
      readonly task: string;
      readonly item: string;
      readonly value: string;
    };
    /** The cost table's rows. */
    readonly costRows: {
      readonly amount: string;
      readonly deposit: string;
      readonly usableAmount: string;
      readonly depositInterest: string;
      readonly contractMonthlyRate: string;
      readonly contractEffectiveAnnualRate: string;
      readonly monthlyCost: string;
      readonly effectiveAnnualCost: string;
      readonly averageOutstanding: string;
      readonly loanInterest: string;
      readonly depositValue: string;
      readonly loanYield: string;
      readonly relationshipYield: string;
    };
    /** A calendar row's task: its title and purpose. */
    readonly task: (title: string, purpose: string) => string;
  };
}
