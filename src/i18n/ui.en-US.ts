import { changesEn, countOf } from "./format";
import type { UiMessages } from "./uiMessages";

/** The task pane in English. */
export const uiEnUS: UiMessages = {
  appTitle: "Channel Tiering",
  demoBadge: "Demo",
  demoNotice:
    "Demo mode: no Excel here, so the pane works on a built-in sample of 300 distributors (a 2025 ledger, next reviews counted from 2025-11-30). The written tier columns show in the preview below.",
  language: "Language",
  languageNames: { "zh-CN": "中文", "en-US": "English" },
  useSelection: "Use my selection instead of the whole sheet",
  refresh: "Read again",
  columnsHeading: "Columns",
  notMapped: "(not mapped)",
  sumOfColumns: (first, last, count) => `Sum of ${count} columns: ${first} … ${last}`,
  automatic: "(automatic)",
  confidence: {
    explicit: "chosen by you",
    exact: "sure",
    contains: "likely",
    guessed: "guessed: check",
    none: "",
  },
  unmappedColumns: (h) => `Not used: ${h}`,
  alsoReadColumns: (c) => `Also read: ${c}`,
  readAsRemarks: (h) => `${h} (for days overdue, arrears and holds)`,
  readAsActive: (h, status) => `${h} (Yes makes a customer where ${status} says nothing)`,
  // "(column" at a line's end and "C)" on the next: a no-break space keeps them together.
  headerInColumn: (header, letter) => `${header} (column\u00a0${letter})`,
  columnWithoutHeader: (letter) => `Column\u00a0${letter} (no header)`,
  rulesHeading: "Rules",
  method: "Key accounts are",
  methods: {
    countShare: "a share of the account count",
    cumulativeRevenue: "the accounts making most of the revenue",
    revenueThreshold: "accounts above a revenue threshold",
    scoreThreshold: "accounts above a score threshold",
  },
  keyShare: "Key accounts, % of accounts",
  keyRevenueShare: "Key accounts make, % of revenue",
  keyMinRevenue: "Key from revenue (¥)",
  keyMinScore: "Key from score (0-100)",
  hysteresis: "Hysteresis band on re-runs, %",
  capacity: "Team sales hours per month",
  capacityHint: (h) =>
    `Leave empty for ${h} hours a month per owner found; shares only without an owner column`,
  timeShares: "Sales time: key / ordinary / prospect, %",
  creditBands: "Credit by days overdue: A up to / B up to / C up to",
  shareBands: "Regional share: dominant / strong / competitive from %",
  resetRules: "Reset to defaults",
  moreRules: "More rules",
  fewerRules: "Fewer rules",
  moreRulesChanged: (n) => (n === 1 ? "1 more rule changed" : `${n} more rules changed`),
  outputColumns: (on, all) => `Columns to write (${on} of ${all})`,
  hideOutputColumns: "Hide the columns to write",
  outputColumnsHint:
    "The tier column is always written; a class column only where the sheet has its data. A column turned off that a run wrote before is cleared, its header kept.",
  noInputHere: "(no data in this sheet)",
  columnsOff: (n) => (n === 1 ? "1 column not written" : `${n} columns not written`),
  coreRevenueShare: "Largest accounts first, up to this % of revenue",
  revenueGate: "Key by score: sales from this percentile (50 = median)",
  creditScoreBands: "Credit by score, where the sheet has one: A from / B from / C from, points",
  reviewMonths: "Review every: key / ordinary / prospect, months",
  reviewField: (tier) => `${tier}, months`,
  fallingShare: "Watch key accounts whose sales fell by, %",
  nearKey: "Promotion candidates: within % of the smallest key account",
  topIncreaseShare: "Promotion candidates: top % of sales increases",
  hoursPerOwner: "Sales hours per owner a month",
  salesCurrency: "Sales currency where the sheet names none",
  salesCurrencyHint: "A currency in the sales header, its cells' format or a currency column comes first",
  currencyNames: {
    CNY: "Chinese yuan (¥)",
    USD: "US dollar ($)",
    EUR: "Euro (€)",
    HKD: "Hong Kong dollar (HK$)",
    GBP: "Pound sterling (£)",
    JPY: "Japanese yen (JP¥)",
  },
  invalidNumber: (min, max) => `Enter a number from ${min} to ${max}.`,
  run: "Tier distributors",
  running: "Tiering…",
  cancel: "Cancel",
  cancelled: "Cancelled. Nothing more was written.",
  phases: { reading: "Reading", tiering: "Tiering", writing: "Writing" },
  progress: (phase, done, total) =>
    `${phase}: ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} rows`,
  resultHeading: "Result",
  resultColumns: ["Tier", "Accounts", "Revenue", "Sales time"],
  done: (n) => `Tiered ${countOf(n, "account")}.`,
  endedLeftOut: (n) =>
    `${n} more ${n === 1 ? "has" : "have"} ended or ${n === 1 ? "is" : "are"} no longer in use: not tiered.`,
  changes: (c) => `Since the last run: ${changesEn(c)}.`,
  reviewsOverdue: (tiers) =>
    `Reviews past due: ${tiers.map((x) => `${x.count} ${x.label.toLowerCase()}${x.count === 1 ? "" : "s"}`).join(", ")}.`,
  findingsHeading: (n) => `Findings (${n})`,
  movedHeading: "Promoted and demoted",
  watchHeading: (n) => `Key accounts to watch (${n})`,
  watchNone: "No key account needs special attention.",
  watchItem: (name, row, reasons) => `${name}${row === null ? "" : ` (row ${row})`}: ${reasons}`,
  candidatesHeading: (n) => `Promotion candidates (${n})`,
  candidatesNone: "No promotion candidate.",
  candidateItem: (name, row, owner, gap, credit) =>
    `${name} (row ${row})${owner ? `, ${owner}` : ""}${
      gap === null
        ? ""
        : gap.side === "above"
          ? `: sells ${gap.money} more than the smallest key account`
          : gap.side === "level"
            ? ": sells as much as the smallest key account"
            : `: ${gap.money} below the key line`
    }${
      credit === "D"
        ? "; credit D: collect what is owed first"
        : credit === "C"
          ? "; credit C: tighten terms before any promotion"
          : credit === "B"
            ? "; owes money past due: collect it first"
            : ""
    }`,
  creditHoldHeading: (n) => `Credit D: cash on delivery, no new credit (${n})`,
  creditHoldItem: (name, row, owner, credit) =>
    `${name} (row ${row})${owner ? `, ${owner}` : ""}: credit ${credit}`,
  moreInSheet: (n) => `and ${n} more on the strategy sheet`,
  ownGradingHeading: "Against the sheet's own grading",
  moved: (name, row, from, to) => `${name} (row ${row}): ${from} → ${to}`,
  moreMoved: (n) => `and ${n} more in the change log sheet`,
  goToRow: (row) => `Go to row ${row}`,
  goToHiddenRow: (row) => `Go to row ${row} (hidden)`,
  hiddenRowHint:
    "This row is hidden (by a filter or by hand): its cell is selected, and shows once you clear the filter or unhide the row.",
  moreFindings: (n) => `…and ${countOf(n, "more finding")} of the kinds above.`,
  noFindings: "No findings.",
  previewHeading: "The written rows",
  stale: "The sheet changed since the last run.",
  rerun: "Run again",
  chartLabel: "Share of accounts, revenue and sales time by tier",
  error: "Something went wrong",
  jobHeading: "Tier this sheet",
  jobLine: (sheet, range, n, header, rows = 1) =>
    header === null
      ? `Sheet “${sheet}” (${range}): no header row found yet`
      : `Sheet “${sheet}” (${range}): ${n.toLocaleString("en-US")} ${n === 1 ? "distributor" : "distributors"}, ${rows > 1 ? `header in rows ${header}-${header + rows - 1}` : `header in row ${header}`}`,
  jobLineRows: (sheet, range, n, header, rows = 1) =>
    `Sheet “${sheet}” (${range}): ${rows > 1 ? `header in rows ${header}-${header + rows - 1}` : `header in row ${header}`}, ${n.toLocaleString("en-US")} ${n === 1 ? "row" : "rows"} below it, not tiered yet`,
  previewCounts: (k, o, p) =>
    `With these rules: ${countOf(k, "key account")}, ${countOf(o, "ordinary account")}, ${countOf(p, "prospect")}.`,
  runToWrite: "Press “Tier distributors” at the top to write them.",
  hiddenAccounts: (n) =>
    `${n === 1 ? "One of them is on a hidden row" : `${n} of them are on hidden rows`} (filtered or hidden by hand), tiered with the rest.`,
  blockedByFindings: "Run is unavailable until the problem above is fixed in the sheet.",
  blockedByColumns: "Run is unavailable until the column marked under Columns below is chosen.",
  blockedByRules: (labels) => `Run is unavailable: fix the rules marked below (${labels}).`,
  blockedNoData: "Run is unavailable: the sheet has not been read yet.",
  blockedByError: "Run is unavailable until the problem above is solved; then choose Read again.",
  requiredLabel: (f) => `${f} (required)`,
  columnsSummary: (r, t, c) =>
    `${r} of the sheet's ${t} columns recognised${c > 0 ? `; ${c} to check` : ""}.`,
  showColumns: "Check columns",
  hideColumns: "Hide columns",
  rulesSummary: (key, time, band) => `${key} · sales time ${time} · band ${band}`,
  showRules: "Change rules",
  hideRules: "Hide rules",
  keySummary: {
    countShare: (v) => `key: ${v} of accounts`,
    cumulativeRevenue: (v) => `key: ${v} of revenue`,
    revenueThreshold: (v) => `key from ${v}`,
    scoreThreshold: (v) => `key from score ${v}`,
  },
  successTitle: "Done",
  written: (n, sheet, columns, range) =>
    `Tiered ${countOf(n, "account")}. ${countOf(columns, "column")} written to sheet “${sheet}” (${range}).`,
  writtenSheets: (strategy, changes) => `The plan is on sheet “${strategy}”, the changes on “${changes}”.`,
  demoWritten: "Demo: the workbook is the sample in this page; the written rows are shown below.",
  outOfDateBadge: "Out of date",
  dismiss: "Dismiss",
  loading: "Loading…",
  moreOptions: "More options",
  removeSaved: "Remove saved data…",
  removeSavedTitle: "Remove the data saved in this workbook?",
  removeSavedBody:
    "Channel Tiering keeps its rules, each account's last tier and sales, and the history of runs in a sheet Excel does not show. Remove it in the copy you share outside the team (File > Save a Copy first), not in your working file: a run after this treats the workbook as never tiered and writes its columns and sheets anew beside the ones here. The tier columns and sheets here stay as they are.",
  removeSavedConfirm: "Remove",
  savedRemoved: "The data saved in this workbook was removed.",
  nothingSaved: "This workbook holds no saved data.",
  removeTiering: "Remove the tiering…",
  removeTieringTitle: "Remove the tiering from this workbook?",
  removeTieringBody:
    "Clears the columns Channel Tiering wrote on the sheet it tiered, deletes the strategy sheet and change log it wrote, and removes the rules and history saved in the workbook. Your own columns, cells and sheets stay as they are, edits made since the run included, and so do a freeze and a filter of your own; the ones a run added go, and a print area it widened over its columns is narrowed back to yours. Excel cannot undo this, nor a run, with Ctrl+Z: to keep the current result, save a copy first (File > Save a Copy).",
  removeTieringConfirm: "Remove the tiering",
  tieringRemoved: ({ sheet, columns, sheets }) =>
    `Tiering removed: ${[
      ...(sheet !== null && columns > 0
        ? [`${columns}\u00a0column${columns === 1 ? "" : "s"} cleared on '${sheet}'`]
        : []),
      ...(sheets.length > 0
        ? [`sheet${sheets.length === 1 ? "" : "s"} ${sheets.map((n) => `'${n}'`).join(" and ")} deleted`]
        : []),
      "the saved data removed",
    ].join(", ")}.`,
  nothingToRemove: "This workbook holds no tiering saved by Channel Tiering: there is nothing to remove.",
  help: "Help",
  refreshTip: "Reads the sheet again, for example after rows were added or a column was renamed.",
  outOfDate: "Out of date: the rules or columns changed after this run. Run again to write them.",
  sumNot100: (total) => `The three shares must add up to 100% (now ${total}).`,
  scoreDescending: "The scores must fall from A to C.",
  creditAscending: "The days must rise from A to C.",
  shareDescending: "The shares must fall from dominant to competitive.",
  showMore: (n) => `Show ${n} more`,
  allColumns: "All columns",
  reviewOverdue: (date) => `${date} (overdue)`,
  rowLabel: (row) => `Row ${row}`,
  previewCount: (shown, total) => `${shown} of ${countOf(total, "account")} shown.`,
};
