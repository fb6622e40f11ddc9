import type { Change } from "../engine";

/** Labels the product writes into a workbook besides the engine's: the strategy sheet and change log. */
export type WorkbookMessages = {
  readonly strategySheetName: string;
  readonly changeLogSheetName: string;
  readonly title: string;
  readonly generated: (date: string, sheet: string) => string;
  readonly methodLine: (method: string) => string;
  readonly method: {
    readonly countShare: (share: string) => string;
    readonly cumulativeRevenue: (share: string) => string;
    readonly revenueThreshold: (min: string) => string;
    readonly scoreThreshold: (min: string) => string;
  };
  readonly summaryHeading: string;
  readonly summaryColumns: readonly string[];
  /** The course's reference beside this run's shares: "课程：约10%客户、60%时间". */
  readonly courseReference: (accountShare: string, timeShare: string) => string;
  readonly reviewEvery: (months: number) => string;
  /** The tier's cadence with how many of its reviews are already past: 每月（12家已逾期）. */
  readonly reviewsOverdue: (every: string, overdue: number) => string;
  /** The team's monthly hours, and where they come from the owners found, how many at how many each. */
  readonly capacityLine: (hours: string, perOwner: { owners: number; each: string } | null) => string;
  /**
   * Accounts left out as ended relationships (a status of one, 停用日期 passed, 是否停用: 是), with the
   * first of their rows: the count a manager reconciles the sheet's rows with.
   */
  readonly endedLeftOut: (count: number, rows: readonly number[]) => string;
  readonly total: string;
  readonly watchHeading: string;
  readonly watchIntro: string;
  readonly watchColumns: readonly string[];
  readonly watchNone: string;
  readonly removedRow: string;
  /** Accounts outside the key tier with credit D: on cash terms until they pay. */
  readonly creditHoldHeading: string;
  readonly creditHoldIntro: string;
  readonly creditHoldColumns: readonly string[];
  readonly creditHoldNone: string;
  /**
   * The sheet's own grading against the run (`TieringSummary.ownGrading`): accounts the sheet calls key
   * that the run does not, then key accounts of the run it grades below key. `grade` is the key grade as
   * written ("A", "S/A"), empty where the sheet says key by a yes/no.
   */
  readonly ownGradeLostHeading: string;
  readonly ownGradeLostIntro: (header: string, grade: string) => string;
  readonly ownGradeLostNone: (header: string, grade: string, count: number) => string;
  readonly ownGradeNewHeading: string;
  readonly ownGradeNewIntro: (header: string, grade: string) => string;
  readonly ownGradeNewNone: (header: string, grade: string) => string;
  /** Name, row, owner, sales, the sheet's grade (its header), this run's tier, why. */
  readonly ownGradeColumns: (header: string) => readonly string[];
  readonly candidatesHeading: string;
  readonly candidatesIntro: string;
  readonly candidatesColumns: readonly string[];
  /**
   * Number format of the gap to the key line: a candidate already selling more than the smallest key
   * account shows how far above it is, in words, not as a negative gap.
   */
  readonly gapFormat: string;
  readonly candidatesNone: string;
  readonly prospectsHeading: string;
  readonly prospectsIntro: string;
  readonly prospectsColumns: readonly string[];
  readonly prospectsNone: string;
  readonly more: (count: number, column: string) => string;
  /** Accounts past a list's limit where no column of the data sheet names them (it is not written). */
  readonly moreUnlisted: (count: number) => string;
  /** A list cut to what fits a printed cell, the rest counted: 甲、乙等6家 / A, B and 4 more. */
  readonly namesAndMore: (shown: string, total: number, rest: number) => string;
  readonly ownersHeading: string;
  readonly ownerColumns: readonly string[];
  /** Under the owners: one who carries far more key-account time than the median owner. */
  readonly ownerOverloaded: (owner: string, share: string, median: string, times: string) => string;
  /**
   * Under the owners: one whose accounts need over a quarter more hours than one person has a month (the
   * line says where it starts: an owner a fifth over, unnamed, looked forgotten beside one named).
   */
  readonly ownerOverCapacity: (owner: string, hours: string, perOwner: string) => string;
  readonly regionsHeading: string;
  readonly regionsIntro: string;
  readonly regionColumns: readonly string[];
  readonly regionFlag: Readonly<Record<"noKey" | "weakShare", string>>;
  /** A region's weak market share with its figure (the accounts' shares weighted by their sales). */
  readonly regionWeakShare: (share: string) => string;
  readonly tacticsHeading: (tier: string) => string;
  /** The course's quarterly programme for key accounts, as a plan for the next four quarters. */
  readonly quarterHeading: string;
  /** The quarterly programme's intro; `every` is the key accounts' review cadence (reviewEvery's words). */
  readonly quarterIntro: (every: string) => string;
  readonly quarterColumns: readonly [string, string];
  /** A calendar quarter: 2027年第1季度（1-3月） / Q1 2027 (Jan-Mar). */
  readonly quarterLabel: (year: number, quarter: 1 | 2 | 3 | 4) => string;
  /**
   * Each calendar quarter's theme, with this run's counts: key accounts rated C/D (Q1), watched (Q3),
   * promotion candidates (Q4).
   */
  readonly quarterTheme: {
    readonly q1: (creditCD: number) => string;
    readonly q2: string;
    readonly q3: (watched: number) => string;
    readonly q4: (candidates: number) => string;
  };
  readonly courseSays: string;
  readonly rewardsHeading: string;
  readonly oursNote: string;
  readonly careHeading: string;
  readonly changesHeading: string;
  readonly changeCounts: (counts: Readonly<Record<Change | "removed", number>>) => string;
  readonly noPrevious: string;
  readonly changeLogColumns: readonly string[];
  readonly changeLogEmpty: string;
  readonly changeLogFirst: (accounts: number) => string;
  readonly changeLogMore: (count: number) => string;
  /**
   * A re-run that changed no account's tier, added none and lost none; `streak` where it is the last of
   * several such runs in a row (the first one's date, YYYY-MM-DD, and how many runs).
   */
  readonly changeLogSame: (
    accounts: number,
    streak?: { readonly since: string; readonly runs: number },
  ) => string;
  readonly removedChange: string;
  /** The change of an account of the last run still on the sheet but left out now (停止合作, Competitor). */
  readonly leftOutChange: string;
  /** The change log's reason for an account of the last run no longer on the sheet. */
  readonly removedReason: string;
  readonly chartTitle: string;
  readonly chartSeries: readonly [string, string];
};
