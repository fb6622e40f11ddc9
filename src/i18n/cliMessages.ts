import type { RunChanges } from "./format";

/** What can be wrong with a workbook part's XML (src/xlsx/wellFormed.ts's XmlProblem is this union). */
export type XmlProblemName =
  | "ampersand"
  | "reference"
  | "character"
  | "tag"
  | "mismatch"
  | "attribute"
  | "duplicateAttribute"
  | "unclosed"
  | "outsideRoot"
  | "doctype"
  | "encoding"
  | "address"
  | "missingPart";

/** What the command line says, besides the engine's findings. */
export type CliMessages = {
  readonly usage: string;
  readonly help: string;
  readonly unknownOption: (option: string) => string;
  readonly missingValue: (option: string) => string;
  readonly missingInput: string;
  readonly tooManyInputs: (extra: string) => string;
  readonly badLanguage: (value: string) => string;
  readonly badDate: (value: string) => string;
  readonly fileMissing: (path: string) => string;
  readonly notAWorkbook: (path: string) => string;
  /** Excel's lock file (~$name.xlsx) given for the workbook it stands for. */
  readonly lockFile: (path: string, workbook: string) => string;
  readonly truncated: (path: string) => string;
  readonly unknownSheet: (sheet: string, available: readonly string[]) => string;
  /** The rules file is not JSON; `line` and `column` (1-based) are where reading stopped. */
  readonly rulesUnreadable: (path: string, line: number, column: number) => string;
  readonly rulesInvalid: (path: string, detail: string) => string;
  /** The problems that stop a run, on one line: those given, then how many more there are. */
  readonly blocked: (messages: readonly string[], more: number) => string;
  readonly cannotWrite: (path: string, detail: string) => string;
  readonly encrypted: (path: string) => string;
  /** `renamed`: the file is named otherwise than .xls (an .xls renamed .xlsx), not an .xls as named. */
  readonly legacyXls: (path: string, renamed: boolean) => string;
  /** A WPS Spreadsheets workbook in its own binary format (.et, .ett), which only WPS saves as .xlsx. */
  readonly wpsEt: (path: string) => string;
  readonly odsFile: (path: string) => string;
  readonly xlsbFile: (path: string) => string;
  readonly zipBomb: (path: string) => string;
  /**
   * A part of the workbook is not well-formed XML (Excel would offer to repair it): where (`place`,
   * from `sheetPlace` or `partPlace`) and what is wrong.
   */
  readonly malformed: (path: string, place: string, problem: string) => string;
  /** In the data sheet: its name, and the row and cell where they are known. */
  readonly sheetPlace: (sheet: string, row: number | undefined, cell: string | undefined) => string;
  /** In another part: its name in the package, and the line and column. */
  readonly partPlace: (part: string, line: number | undefined, column: number | undefined) => string;
  readonly xmlProblem: Readonly<Record<XmlProblemName, string>>;
  readonly noDataSheet: (path: string, sheets: readonly string[]) => string;
  readonly phase: Readonly<Record<"reading" | "tiering" | "writing", string>>;
  readonly outIsInput: (file: string) => string;
  readonly outFolderMissing: (folder: string) => string;
  /** The output's extension does not match the workbook (macros need .xlsm, none need .xlsx). */
  readonly wrongExtension: (file: string, macros: boolean) => string;
  /** --out names the rules file. */
  readonly outCollides: (file: string, other: string) => string;
  readonly outIsFolder: (file: string) => string;
  readonly reportIsFolder: (file: string) => string;
  readonly inPlaceWithOut: string;
  /**
   * --remove-saved or --remove-tiering (`flag`) with an option of a run that tiers (--sheet, --rules,
   * --report, --map, --as-of), or with each other.
   */
  readonly removeSavedWith: (flag: string, option: string) => string;
  /** --remove-tiering on a text table (CSV): it holds no tiering. */
  readonly removeTieringText: (file: string) => string;
  /** --remove-tiering on a workbook with no saved run: nothing is written. */
  readonly nothingToRemove: (file: string) => string;
  /** After --remove-tiering: a filter on our column and the user's own; ours went, the rows stay hidden. */
  readonly filterLeftHiding: (sheet: string) => string;
  /** --remove-saved on a text table (CSV): it holds nothing saved. */
  readonly removeSavedText: (file: string) => string;
  /** --remove-saved on a workbook with nothing saved: nothing is written. */
  readonly nothingSaved: (file: string) => string;
  /** --remove-saved done: what went (rules, accounts remembered, runs of history; -1 where unreadable). */
  readonly savedRemoved: (accounts: number, runs: number) => string;
  /** --in-place on a text table (CSV): the tiers go to a new workbook, the text file stays as it is. */
  readonly inPlaceText: (file: string) => string;
  /** The input is open in Excel or LibreOffice (its lock file beside it): --in-place refused, else said. */
  readonly openElsewhere: (file: string, app: string, lock: string, inPlace: boolean) => string;
  /** A text file (a CSV) under a workbook's name. */
  readonly textNamedAsWorkbook: (file: string) => string;
  /** A text table past what one run reads as text (480 MB). */
  readonly textTooLong: (file: string, megabytes: number) => string;
  /** A text table past a worksheet's size. */
  readonly textTooLarge: (file: string, rows: number, columns: number) => string;
  /** A text table was read: its encoding and delimiter, so a wrong guess shows. */
  readonly readAsText: (file: string, encoding: string, delimiter: string) => string;
  /** --out names something other than a workbook (res.csv, result): `extension` is the one to use. */
  readonly outputNotWorkbook: (file: string, extension: string) => string;
  /** No visible sheet has a distributor header, and a hidden one has: how to tier it. */
  readonly hiddenDataSheet: (active: string, hidden: string) => string;
  readonly reportCollides: (report: string, other: string) => string;
  readonly reportFolderMissing: (folder: string) => string;
  readonly isFolder: (path: string) => string;
  readonly badMapping: (value: string) => string;
  /** One field given two columns with --map. */
  readonly mapTwice: (field: string, first: string, second: string) => string;
  /** `message` followed by how to map `field` by hand on the command line. */
  /** `header`: the column the finding names, written into the option (--map revenue="累计成交金额"). */
  readonly mapHint: (message: string, field: string, header?: string) => string;
  /** `ended`: accounts left out as ended relationships (a status of one, 停用日期 passed), 0 for none. */
  readonly summaryTitle: (accounts: number, sheet: string, ended: number) => string;
  readonly summaryColumns: readonly [string, string, string, string];
  /** A re-run's changes against the last run, the moves that happened ("no change" where none). */
  readonly changes: (changes: RunChanges) => string;
  /** The lists a manager acts on that have accounts, counted, and the sheet that names them; asked only
   * where one has. */
  readonly toAct: (watch: number, candidates: number, prospects: number, sheet: string) => string;
  /** Accounts outside the key tier with credit D (said only when there are some). */
  readonly creditHold: (accounts: number) => string;
  /** Tiers with reviews already past, each as "重点客户26家": the whole line. */
  readonly reviewsOverdue: (tiers: readonly { readonly label: string; readonly count: number }[]) => string;
  /** The heading of the findings listed after a run. */
  readonly findingsLine: (findings: number) => string;
  /** Said after a finding whose row is hidden on the sheet (a filter, or hidden by hand), as the pane marks it. */
  readonly rowHiddenMark: (row: number) => string;
  /** How many findings the list left out, and where to see every one (`inReport`: --report was given). */
  readonly findingsMore: (more: number, inReport: boolean) => string;
  readonly wrote: (path: string) => string;
  readonly backup: (path: string) => string;
  readonly reportWritten: (path: string) => string;
};
