import type { RunChanges } from "./format";

/** What the add-in says about Excel itself: errors, partial writes, the ribbon command's outcome. */
export type ExcelMessages = {
  readonly protectedSheet: (sheet: string) => string;
  readonly cellEditMode: string;
  readonly emptySheet: (sheet: string) => string;
  /** A removal stopped: the table holds the user's own columns right of ours, which a shrink would cut off. */
  readonly tableColumnsAfterOurs: (table: string, ours: readonly string[]) => string;
  /** The active sheet has no distributors, no visible sheet has, and the hidden sheet `hidden` has. */
  readonly hiddenDataSheet: (active: string, hidden: string) => string;
  readonly tooLarge: (rows: number, columns: number) => string;
  readonly payloadTooLarge: string;
  readonly apiMissing: (set: string) => string;
  readonly noRoom: (sheet: string) => string;
  readonly unknown: (detail: string) => string;
  /** Workbook structure protection: sheets cannot be added or deleted. */
  readonly protectedWorkbook: string;
  /** Structure protection stops the saved data's (very hidden) sheet from being removed. */
  readonly removeProtected: string;
  /** Taking a run back in a workbook whose structure is protected: no sheet may be deleted. */
  readonly removeTieringProtected: string;
  /** InvalidOperation: Excel refused the operation in its current state. */
  readonly invalidOperation: string;
  /** RangeExceedsLimit / OperationCellsExceedLimit: too many cells in one operation. */
  readonly tooManyCells: string;
  /** InvalidSelection: the selection is not one range. */
  readonly invalidSelection: string;
  /** ActivityLimitReached: Excel is throttling the add-in. */
  readonly activityLimit: string;
  /** InvalidOrTimedOutSession: Excel on the web lost the session. */
  readonly sessionExpired: string;
  /** ResponsePayloadSizeLimitExceeded that survived halving. */
  readonly responseTooLarge: string;
  /**
   * The error's text, then what was written before it stopped: one sentence after another as the
   * language writes them (no space between Chinese sentences; a stop first where the text has none).
   */
  readonly partialWrite: (text: string, written: string) => string;
  readonly nothingWritten: string;
  readonly writtenColumns: (columns: number, rows: number) => string;
  readonly writtenSheets: (names: readonly string[]) => string;
  /** Between what was written: the columns, then the sheets ("；" in Chinese text, "; " in English). */
  readonly writtenSeparator: string;
  /**
   * The ribbon's re-run done: `changes` against the last run, null where there was none; `saved`: with
   * the rules saved in the workbook, not the defaults (none saved yet).
   */
  readonly rerunDone: (accounts: number, changes: RunChanges | null, saved: boolean) => string;
  readonly rerunNoSettings: string;
  /** After a re-run that stopped: the cell of its first problem was selected (`hidden`: its row is hidden). */
  readonly rerunCellSelected: (cell: string, hidden: boolean) => string;
  /** After a stopped re-run's message, where a column is to be chosen: in the pane. */
  readonly rerunChooseColumn: string;
  readonly rerunTitle: string;
};
