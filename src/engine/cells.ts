/** An error value as a spreadsheet shows it, e.g. `#N/A` or `#DIV/0!`. */
export type CellError = { readonly error: string };

/**
 * A formula whose result the file does not hold: programs that write workbooks without calculating
 * (openpyxl, pandas) save the formula and no value, and leave the calculation to Excel when it opens
 * the file. Only the CLI's .xlsx reader gives one; Office.js always reads calculated values.
 */
export type CellFormula = { readonly formula: string };

/** One cell as any door reads it: Office.js values, the CLI's .xlsx reader's values, or test data. */
export type Cell = string | number | boolean | Date | CellError | CellFormula | null | undefined;

/** A rectangle of cells and where its top-left corner sits in the sheet (0-based). */
export type CellGrid = {
  readonly values: readonly (readonly Cell[])[];
  readonly origin: { readonly row: number; readonly column: number };
  /**
   * True when the reader vouches that no cell is a CellFormula (Office.js reads calculated values; the
   * CLI's reader says so when it met none), which spares the engine a look at every cell it reads.
   */
  readonly calculated?: boolean;
  /**
   * Rows of `values` (0-based) that an Excel table marks as its total row, whatever they say: a total
   * row whose name column shows a count (24) instead of a label is no account.
   */
  readonly totalRows?: readonly number[];
  /**
   * The workbook counts days in the 1904 date system (old Mac workbooks): a number read as a date is a
   * 1904 serial, 1,462 days short of the same day's 1900 serial.
   */
  readonly date1904?: boolean;
};

/**
 * Tells whether a cell holds nothing a person would call a value.
 * @example isBlankCell("  ") // true
 */
export function isBlankCell(cell: Cell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === "string") return cell.trim() === "";
  return false;
}

/** Excel's error values, as a cell shows them: a formula that failed, not a figure someone typed. */
export const EXCEL_ERRORS = [
  "#N/A",
  "#NAME?",
  "#REF!",
  "#VALUE!",
  "#DIV/0!",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#BUSY!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
] as const;
export type ExcelError = (typeof EXCEL_ERRORS)[number];
const ERROR_TEXTS: ReadonlySet<string> = new Set(EXCEL_ERRORS);

/**
 * Tells whether a cell is a spreadsheet error such as `#N/A` (as an object or as Excel's error text).
 * @example isErrorCell({ error: "#N/A" }) // true
 */
export function isErrorCell(cell: Cell): boolean {
  if (cell !== null && typeof cell === "object" && !(cell instanceof Date)) return true;
  return typeof cell === "string" && ERROR_TEXTS.has(cell);
}

/** Whether String.prototype.trim could remove this character (all of its white space, and some more). */
function mayBeSpace(c: number): boolean {
  return (
    c <= 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Renders a cell as the text a person sees, for names, labels and messages.
 * @example cellText(12.5) // "12.5"
 */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") {
    // Most texts have nothing to trim: both ends are looked at first (trim is a call a cell).
    const n = cell.length;
    if (n === 0) return cell;
    return mayBeSpace(cell.charCodeAt(0)) || mayBeSpace(cell.charCodeAt(n - 1)) ? cell.trim() : cell;
  }
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  if ("formula" in cell) return "";
  return typeof cell.error === "string" ? cell.error : "#ERROR";
}

/**
 * Tells whether a cell is a formula the file holds no result for (see CellFormula).
 * @example isUncalculated({ formula: "B2*2" }) // true
 */
export function isUncalculated(cell: Cell): cell is CellFormula {
  return typeof cell === "object" && cell !== null && !(cell instanceof Date) && "formula" in cell;
}

/**
 * Converts a 0-based column index to its spreadsheet letters.
 * @example columnLetter(27) // "AB"
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Excel's last column, XFD, 0-based. */
const LAST_COLUMN = 16_383;

/**
 * The 0-based column of spreadsheet letters ("A" to "XFD", either case), or undefined for anything else.
 * @example columnIndex("ab") // 27
 */
export function columnIndex(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1 <= LAST_COLUMN ? n - 1 : undefined;
}
