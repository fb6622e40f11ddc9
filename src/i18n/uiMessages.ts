import type { SalesCurrency } from "../engine";
import type { RunChanges } from "./format";

/** Every string the task pane shows (besides engine findings and labels, which come from the engine catalog). */
export type UiMessages = {
  readonly appTitle: string;
  readonly demoBadge: string;
  readonly demoNotice: string;
  readonly language: string;
  readonly languageNames: Readonly<Record<"zh-CN" | "en-US", string>>;
  readonly useSelection: string;
  readonly refresh: string;
  readonly columnsHeading: string;
  readonly notMapped: string;
  /** The sales read as the sum of columns by month or quarter (no total column). */
  readonly sumOfColumns: (first: string, last: string, count: number) => string;
  readonly automatic: string;
  readonly confidence: Readonly<Record<"explicit" | "exact" | "contains" | "guessed" | "none", string>>;
  readonly unmappedColumns: (headers: string) => string;
  /** Columns read though mapped to no field, each told with what it is read for (`readAsRemarks`, `readAsActive`). */
  readonly alsoReadColumns: (columns: string) => string;
  /** A remarks column, read for days overdue, arrears, holds and ended partnerships. */
  readonly readAsRemarks: (header: string) => string;
  /** A yes or no to "still a customer?" read where the status (`status`, a kind of account) names no standing. */
  readonly readAsActive: (header: string, status: string) => string;
  /** A column among others headed alike, told by its letters: "销售额（F列）", its "F列" never split by a line's end. */
  readonly headerInColumn: (header: string, letter: string) => string;
  /** A column whose header cell is blank, read by the run (a report's customers under no header). */
  readonly columnWithoutHeader: (letter: string) => string;
  readonly rulesHeading: string;
  readonly method: string;
  readonly methods: Readonly<
    Record<"countShare" | "cumulativeRevenue" | "revenueThreshold" | "scoreThreshold", string>
  >;
  readonly keyShare: string;
  readonly keyRevenueShare: string;
  readonly keyMinRevenue: string;
  readonly keyMinScore: string;
  readonly hysteresis: string;
  readonly capacity: string;
  readonly capacityHint: (hoursPerOwner: number) => string;
  readonly timeShares: string;
  readonly creditBands: string;
  readonly shareBands: string;
  readonly resetRules: string;
  /** The button that shows or hides the rules past the first ones (cadence, watch, promotion…). */
  readonly moreRules: string;
  readonly fewerRules: string;
  /** In the rules' summary line: how many of the further rules are not the defaults. */
  readonly moreRulesChanged: (count: number) => string;
  /** The button that shows or hides the columns a run writes, with how many of them are on. */
  readonly outputColumns: (on: number, all: number) => string;
  readonly hideOutputColumns: string;
  /** Under the columns' boxes: the tier column is always written, the class columns where their input is. */
  readonly outputColumnsHint: string;
  /** Beside a column's box where the sheet read has no data for it (a class column without its input). */
  readonly noInputHere: string;
  /** In the rules' summary line: how many of the run's columns are turned off. */
  readonly columnsOff: (count: number) => string;
  readonly coreRevenueShare: string;
  readonly revenueGate: string;
  readonly creditScoreBands: string;
  readonly reviewMonths: string;
  /** One tier's field in the review cadence's row. */
  readonly reviewField: (tier: string) => string;
  readonly fallingShare: string;
  readonly nearKey: string;
  readonly topIncreaseShare: string;
  readonly hoursPerOwner: string;
  /** The sales' currency where the sheet states none (the rules' sales.currency), and each one's name. */
  readonly salesCurrency: string;
  readonly salesCurrencyHint: string;
  readonly currencyNames: Readonly<Record<SalesCurrency, string>>;
  readonly invalidNumber: (min: number, max: number) => string;
  readonly run: string;
  readonly running: string;
  readonly cancel: string;
  readonly cancelled: string;
  readonly phases: Readonly<Record<"reading" | "tiering" | "writing", string>>;
  readonly progress: (phase: string, done: number, total: number) => string;
  readonly resultHeading: string;
  readonly resultColumns: readonly [string, string, string, string];
  readonly done: (accounts: number) => string;
  /** Accounts left out as ended relationships, after the count of those tiered. */
  readonly endedLeftOut: (count: number) => string;
  /** A re-run's changes against the last run, the moves that happened ("no change" where none). */
  readonly changes: (changes: RunChanges) => string;
  /** Tiers with reviews already past, each as "重点客户26家": the whole line. */
  readonly reviewsOverdue: (tiers: readonly { readonly label: string; readonly count: number }[]) => string;
  readonly findingsHeading: (n: number) => string;
  readonly movedHeading: string;
  readonly watchHeading: (count: number) => string;
  readonly watchNone: string;
  readonly watchItem: (name: string, row: number | null, reasons: string) => string;
  readonly candidatesHeading: (count: number) => string;
  readonly candidatesNone: string;
  readonly candidateItem: (
    name: string,
    row: number,
    owner: string | null,
    /** Its gap to the smallest key account: short of it by `money`, above it by that much, or level. */
    gap: { readonly money: string; readonly side: "short" | "above" | "level" } | null,
    credit: "B" | "C" | "D" | null,
  ) => string;
  /** Accounts outside the key tier with credit D; `credit` as the credit column says it (D（逾期120天）). */
  readonly creditHoldHeading: (count: number) => string;
  readonly creditHoldItem: (name: string, row: number, owner: string | null, credit: string) => string;
  readonly moreInSheet: (count: number) => string;
  /** The heading over the line that compares the run's key accounts with the sheet's own grading. */
  readonly ownGradingHeading: string;
  readonly moved: (name: string, row: number, from: string, to: string) => string;
  readonly moreMoved: (n: number) => string;
  readonly goToRow: (row: number) => string;
  /** "Go to row" for a row hidden on the sheet, and the link's tooltip saying what selecting it does. */
  readonly goToHiddenRow: (row: number) => string;
  readonly hiddenRowHint: string;
  readonly noFindings: string;
  /** Findings past the hundred the pane lists: more of the kinds listed. */
  readonly moreFindings: (count: number) => string;
  readonly previewHeading: string;
  readonly stale: string;
  readonly rerun: string;
  readonly chartLabel: string;
  readonly error: string;
  /** The job at the top of the pane: what will be tiered, and the one Run button. */
  readonly jobHeading: string;
  /** `headerRows`: 2 for a two-level header ("表头在第 1-2 行"). */
  readonly jobLine: (
    sheet: string,
    range: string,
    accounts: number,
    headerRow: number | null,
    headerRows?: number,
  ) => string;
  /**
   * The job line where the run stops before tiering anyone (a column to choose, a sheet to fix): the rows
   * under the header, not "0 distributors", which read as if the sheet had no data.
   */
  readonly jobLineRows: (
    sheet: string,
    range: string,
    rows: number,
    headerRow: number,
    headerRows?: number,
  ) => string;
  readonly previewCounts: (key: number, ordinary: number, prospect: number) => string;
  /** Under the open rules, after what they give, where no run wrote it yet: how to write it. */
  readonly runToWrite: string;
  /** Accounts on rows a filter or the user hid: tiered with the rest, said before the run. */
  readonly hiddenAccounts: (count: number) => string;
  readonly blockedByFindings: string;
  /** Run is held by a column to choose in the pane's Columns (gone, missing, taken twice). */
  readonly blockedByColumns: string;
  readonly blockedByRules: (labels: string) => string;
  readonly blockedNoData: string;
  /** The sheet could not be read (empty, or Excel refused it): the message above says why. */
  readonly blockedByError: string;
  readonly requiredLabel: (field: string) => string;
  readonly columnsSummary: (recognised: number, total: number, toCheck: number) => string;
  readonly showColumns: string;
  readonly hideColumns: string;
  readonly rulesSummary: (key: string, time: string, band: string) => string;
  readonly showRules: string;
  readonly hideRules: string;
  readonly keySummary: Readonly<
    Record<
      "countShare" | "cumulativeRevenue" | "revenueThreshold" | "scoreThreshold",
      (value: string) => string
    >
  >;
  readonly successTitle: string;
  readonly written: (accounts: number, sheet: string, columns: number, range: string) => string;
  readonly writtenSheets: (strategy: string, changes: string) => string;
  readonly demoWritten: string;
  readonly outOfDate: string;
  readonly outOfDateBadge: string;
  readonly dismiss: string;
  readonly loading: string;
  readonly moreOptions: string;
  readonly help: string;
  /** The "⋯" menu's item that removes the settings sheet (rules, roster, history), and its dialog. */
  readonly removeSaved: string;
  readonly removeSavedTitle: string;
  readonly removeSavedBody: string;
  readonly removeSavedConfirm: string;
  /** After the removal: done, or there was nothing saved. */
  readonly savedRemoved: string;
  readonly nothingSaved: string;
  /** The "⋯" menu's item that takes a run back (Excel cannot undo one), its dialog, and what it did. */
  readonly removeTiering: string;
  readonly removeTieringTitle: string;
  readonly removeTieringBody: string;
  readonly removeTieringConfirm: string;
  readonly tieringRemoved: (done: {
    sheet: string | null;
    columns: number;
    sheets: readonly string[];
  }) => string;
  readonly nothingToRemove: string;
  readonly refreshTip: string;
  readonly sumNot100: (total: string) => string;
  readonly creditAscending: string;
  readonly scoreDescending: string;
  readonly shareDescending: string;
  readonly showMore: (n: number) => string;
  readonly allColumns: string;
  /** A next review on a card, past the run's day: "2025-10-15（已逾期）". */
  readonly reviewOverdue: (date: string) => string;
  readonly rowLabel: (row: number) => string;
  readonly previewCount: (shown: number, total: number) => string;
};
