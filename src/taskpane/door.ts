import { type Cell, type Language, type OutputKey, type Rules, columnLetter } from "../engine";
import type { ChosenMapping, PlainOutcome, RemovalOutcome, SheetTable, RunOptions } from "../workbook";

export type Phase = "reading" | "tiering" | "writing";

export type DoorRunOptions = {
  readonly language: Language;
  readonly rules: Rules | undefined;
  /** Columns chosen in the pane, over those the workbook saved (null: automatic again). */
  readonly mapping: ChosenMapping | undefined;
  readonly useSelection: boolean;
  readonly onProgress: (phase: Phase, done: number, total: number) => void;
  readonly isCancelled: () => boolean;
};

/** The written columns as the demo shows them: the name column and the output columns, a few rows. */
export type WrittenPreview = {
  /** The name column's header, then each output column's header. */
  readonly headers: readonly string[];
  /** The output columns' keys, in the order of `headers` after the name. */
  readonly keys: readonly OutputKey[];
  /** Columns holding shares (0-1), shown as percentages. */
  readonly percent: readonly boolean[];
  /** Columns holding dates (Excel serials), shown as YYYY-MM-DD. */
  readonly dates: readonly boolean[];
  readonly rows: readonly (readonly Cell[])[];
  /** 1-based sheet row of the first preview row. */
  readonly firstRow: number;
  /** The run's day as an Excel serial: a next review before it is overdue, and the card says so. */
  readonly today?: number;
  readonly total: number;
};

export type DoorResult = {
  readonly sheetName: string;
  /** The range read, e.g. "A1:P304". */
  readonly range: string;
  readonly rowCount: number;
  readonly outcome: PlainOutcome;
  /** The header row's columns, for the column dropdowns. */
  readonly headers: readonly HeaderChoice[];
  readonly written: WrittenPreview | null;
  /** Rules saved in the workbook by an earlier run, if any. */
  readonly savedRules: Rules | null;
};

/** Where the pane's work happens: a live workbook (Excel) or the built-in sample (demo). */
export type Door = {
  readonly mode: "excel" | "demo";
  /** Read and tier, write nothing: what the pane shows before Run. */
  readonly preview: (options: DoorRunOptions) => Promise<DoorResult>;
  /** Read, tier and write. */
  readonly run: (options: DoorRunOptions) => Promise<DoorResult>;
  /** Selects a cell so the user sees the row a finding is about. */
  readonly goToCell: (sheet: string, row: number, column: string) => Promise<void>;
  /** Drops whatever the door remembers of the sheet, so the next preview reads it again. */
  readonly forget: () => void;
  /**
   * Removes the data the runs saved in the workbook (rules, roster, history); false where there was none.
   * The tier columns and the product's visible sheets stay.
   */
  readonly removeSaved: (language: Language) => Promise<boolean>;
  /**
   * Takes the last run back (Excel cannot undo one): our columns on the sheet it tiered cleared, its
   * strategy sheet and change log deleted, the saved data removed; the user's cells stay.
   */
  readonly removeTiering: (language: Language) => Promise<RemovalOutcome>;
  /** Calls back when the user edits the data; returns the unsubscribe. */
  readonly onDataChanged: (listener: () => void) => () => void;
};

/** How the engine is run: in a worker where there is one, else here. */
export type Compute = (table: SheetTable, options: RunOptions) => Promise<PlainOutcome>;

/**
 * The A1 address of the range a table was read from.
 * @example rangeAddress({ origin: { row: 2, column: 0 }, values: [["a", "b"]] }) // "A3:B3"
 */
export function rangeAddress(table: Pick<SheetTable, "origin" | "values">): string {
  const width = table.values.reduce((w, r) => Math.max(w, r.length), 1);
  const top = table.origin.row + 1;
  const bottom = table.origin.row + Math.max(1, table.values.length);
  return `${columnLetter(table.origin.column)}${top}:${columnLetter(table.origin.column + width - 1)}${bottom}`;
}

/** A column of the header as a mapping dropdown offers it: its text and its letters on the sheet. */
export type HeaderChoice = {
  readonly text: string;
  /** Its 0-based column in the table read, as the run's findings count columns. */
  readonly column: number;
  readonly letter: string;
};

/**
 * The header's columns of a table, for the mapping dropdowns: each column as the run knows it (a two-level
 * header's group and label joined, "2025年销售额（万元）", not the group twice), with the letters the sheet
 * shows it under, which tell apart two columns headed alike. A column with a blank header is offered
 * where the run reads it (a report's customers under no header, by its title), its text "".
 */
export function headerTexts(table: SheetTable, outcome: PlainOutcome): HeaderChoice[] {
  const row = outcome.header.headerRow;
  if (row < 0) return likelyHeader(table);
  const labels = outcome.header.labels.length > 0 ? outcome.header.labels : (table.values[row] ?? []);
  const read = new Set(outcome.header.matches.map((x) => x.column));
  return labels
    .map((c, i) => ({
      text: typeof c === "string" ? c.trim() : c === null || c === undefined ? "" : String(c),
      column: i,
      letter: columnLetter(table.origin.column + i),
    }))
    .filter((h) => h.text !== "" || read.has(h.column));
}

/** How far down a header is looked for where the run found none. */
const LIKELY_HEADER_ROWS = 30;

/**
 * Where the run found no header (its words unknown to the detector: 商号, 今年, 地方), the columns of the
 * row most likely to be it, to be chosen by hand as the finding asks: the pane offered none, and a sheet the
 * command line tiers with `--map name=商号` could not be tiered from the pane. The likeliest is the row of
 * the most text cells (two at least) among the first rows, the first of them where they tie: a title above
 * has one, the data rows hold figures.
 */
function likelyHeader(table: SheetTable): HeaderChoice[] {
  let best: readonly Cell[] | undefined;
  let most = 1;
  for (let r = 0; r < Math.min(table.values.length, LIKELY_HEADER_ROWS); r++) {
    const row = table.values[r] ?? [];
    let texts = 0;
    for (const c of row) if (typeof c === "string" && c.trim() !== "" && !FIGURE.test(c)) texts++;
    if (texts > most) {
      most = texts;
      best = row;
    }
  }
  if (!best) return [];
  return best
    .map((c, i) => ({
      text: typeof c === "string" ? c.trim() : "",
      column: i,
      letter: columnLetter(table.origin.column + i),
    }))
    .filter((h) => h.text !== "");
}

/** A cell of text that is a figure (1,200, ¥35万, 12%, 2025-01-01): no header's word. */
const FIGURE = /^[\s\d.,，:：/%¥$€£万亿元+-]+$/;
