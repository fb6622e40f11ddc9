import path from "node:path";
import { type Cell, columnLetter, dateFromExcelSerial } from "../engine";
import { type SheetTable, displayWidth } from "../workbook";
import { WorkbookFileError } from "./workbookFileError";
import { type XlsxPackage, packageOf, readInputFile } from "./xlsxPackage";
import { escapeXml, keepsSpace } from "./xml";
import { createDeflater, zipBytes } from "./zip";

/** Files read as delimited text rather than as a package: CRM and ERP exports, Excel's "CSV (逗号分隔)". */
export const TEXT_TABLE = /\.(csv|tsv|txt)$/i;

/** Excel's limits of a worksheet (a text file past them cannot become one). */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** A text table's one sheet, read as `readSheet` reads a worksheet. */
export type TextSheetTable = SheetTable & { readonly sheetProtected?: boolean };

/** How a text table was read: its encoding as found, and the delimiter. */
export type TextTableFormat = {
  readonly encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030";
  readonly delimiter: "," | ";" | "\t" | "|";
};

/**
 * Decodes a text table's bytes: a byte-order mark says UTF-8 or UTF-16; without one, text that is valid
 * UTF-8 is UTF-8, anything else GB18030 (a superset of GBK, what Excel's "CSV" writes on a Chinese
 * Windows). Nothing is guessed past that: GB18030 decodes every byte sequence.
 * @example decodeText(Buffer.from("\uFEFFa,b")).text // "a,b"
 */
export function decodeText(bytes: Buffer): { text: string; encoding: TextTableFormat["encoding"] } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: bytes.subarray(3).toString("utf8"), encoding: "utf-8" };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}

/** Lines looked at for the delimiter: past a title line or two above the header. */
const SNIFF_LINES = 20;

/**
 * The delimiter of a text table: Excel's own `sep=;` line if there is one, else the one of comma,
 * semicolon (Excel in much of Europe), tab and bar that splits the most of the first lines into the same
 * number of fields, outside quotes (then the one that splits them most; a comma on a tie). Counting
 * alone is fooled by decimal commas in a semicolon-separated file (12,5;1.234,5 has more commas); a
 * title line above the header, which has no delimiter, decides nothing either.
 */
function delimiterOf(text: string): TextTableFormat["delimiter"] {
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep && [",", ";", "\t", "|"].includes(sep[1] ?? "")) return sep[1] as TextTableFormat["delimiter"];
  const candidates = [",", ";", "\t", "|"] as const;
  const lines: number[][] = [];
  let counts = [0, 0, 0, 0];
  let quoted = false;
  for (let i = 0; i < text.length && lines.length < SNIFF_LINES; i++) {
    const c = text[i] as string;
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === "\n") {
      lines.push(counts);
      counts = [0, 0, 0, 0];
    } else if (!quoted) {
      const k = candidates.indexOf(c as (typeof candidates)[number]);
      if (k >= 0) (counts[k] as number)++;
    }
  }
  if (counts.some((n) => n > 0)) lines.push(counts);
  let best = 0;
  let bestScore = [0, 0];
  candidates.forEach((_, k) => {
    // The count most lines share, and how many share it.
    const tally = new Map<number, number>();
    for (const line of lines) tally.set(line[k] as number, (tally.get(line[k] as number) ?? 0) + 1);
    let mode = 0;
    let agree = 0;
    for (const [n, times] of tally)
      if (n > 0 && (times > agree || (times === agree && n > mode))) [mode, agree] = [n, times];
    const score = [agree, mode];
    if (score[0]! > bestScore[0]! || (score[0] === bestScore[0] && score[1]! > bestScore[1]!)) {
      best = k;
      bestScore = score;
    }
  });
  return candidates[best] as TextTableFormat["delimiter"];
}

/** Where the rows start: after Excel's `sep=` line, if there is one. */
function firstRowAt(text: string): number {
  return /^sep=.\r?\n/i.test(text) ? text.indexOf("\n") + 1 : 0;
}

/** The end of an unquoted stretch: the next delimiter or line break from `i` (or the text's end). */
function stretchEnd(text: string, i: number, d: number): number {
  const n = text.length;
  let k = i;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (c === d || c === 10 || c === 13) break;
    k++;
  }
  return k;
}

/**
 * The rows of a text table, one at a time, as RFC 4180 has them and Excel writes them: fields in double
 * quotes may hold the delimiter, line breaks and doubled quotes; CRLF, LF or CR end a row; a last empty
 * line is no row. Unquoted stretches are sliced, not built a character at a time.
 */
function* rowsOf(text: string, delimiter: string): Generator<string[]> {
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  let i = firstRowAt(text);
  let row: string[] = [];
  while (i < n) {
    let value: string;
    if (text.charCodeAt(i) === 34) {
      // A quoted field: up to the quote that is not doubled, then whatever stands before the delimiter.
      value = "";
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          value += text.slice(j);
          i = n;
          break;
        }
        value += text.slice(j, q);
        if (text.charCodeAt(q + 1) === 34) {
          value += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      const k = stretchEnd(text, i, d);
      value += text.slice(i, k);
      i = k;
    } else {
      const k = stretchEnd(text, i, d);
      value = text.slice(i, k);
      i = k;
    }
    row.push(value);
    if (i >= n) break;
    if (text.charCodeAt(i) === d) {
      i++;
      // A delimiter ending the text ends the row with an empty field.
      if (i >= n) row.push("");
      continue;
    }
    i += text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    yield row;
    row = [];
  }
  if (row.length > 0) yield row;
}

/**
 * Splits a text table into rows of fields (see `rowsOf`); Excel's `sep=` line is not a row.
 * @example parseTextTable('a,"b,c"\n1,2').rows // [["a", "b,c"], ["1", "2"]]
 */
export function parseTextTable(
  text: string,
  tsv = false,
): { rows: string[][]; delimiter: TextTableFormat["delimiter"] } {
  const delimiter = tsv ? "\t" : delimiterOf(text);
  return { rows: [...rowsOf(text, delimiter)], delimiter };
}

/** A number as Excel takes one from a text file: 12, -3.5, 1e6, 1,234.5; no leading zeros (00123 is a code). */
const NUMBER =
  /^-?(?:0|[1-9]\d{0,14})(?:\.\d+)?(?:[eE][-+]?\d{1,3})?$|^-?[1-9]\d{0,2}(?:,\d{3}){1,4}(?:\.\d+)?$/;

/**
 * A number with a decimal comma, as Excel writes one where the list separator is a semicolon (much of
 * Europe): 12,5, 1.234,5, -0,75.
 */
const DECIMAL_COMMA = /^-?(?:0|[1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d{0,14}),\d+$/;

/** A whole number grouped by dots, as the same Excel writes one with a thousands format: 2.000, 1.234.567. */
const DOT_GROUPS = /^-?[1-9]\d{0,2}(?:\.\d{3})+$/;

/**
 * A field of a semicolon-separated text that shows its numbers' dots to be thousands separators: a
 * decimal comma (12,5; 1.234,5) or a number of two dotted groups (1.234.567), quoted or not.
 */
const DOTS_ARE_GROUPS =
  /(?:^|[;\n])"?-?(?:(?:0|[1-9]\d{0,2}(?:\.\d{3})*|[1-9]\d{0,14}),\d+|[1-9]\d{0,2}(?:\.\d{3}){2,})"?(?=[;\r\n]|$)/;

/**
 * How a text table writes its numbers: with a decimal comma (a semicolon-separated file, as Excel writes
 * one where the list separator is a semicolon), and then whether its dots group thousands. Where a
 * field shows them to (12,5 or 1.234.567 anywhere in the file), 2.000 is two thousand: it was read as
 * 2, beside 1.234,5 read as 1234.5 in the same column. Where none does, a dot stays a decimal point
 * (a semicolon file from a tool that writes 2.5).
 */
type NumberStyle = { readonly decimalComma: boolean; readonly dotGroups: boolean };

function numberStyleOf(text: string, delimiter: string): NumberStyle {
  if (delimiter !== ";") return { decimalComma: false, dotGroups: false };
  return { decimalComma: true, dotGroups: DOTS_ARE_GROUPS.test(text) };
}

/** A text's `<t>` element: escaped, its white space kept where it has any to keep. */
function textElement(field: string): string {
  const space = keepsSpace(field) ? ' xml:space="preserve"' : "";
  return `<t${space}>${escapeXml(field)}</t>`;
}

/** A table's texts, each once: `index` gives a text's place in `strings`, adding it where it is new. */
type SharedText = { index: (field: string) => number; strings: string[]; uses: () => number };

/**
 * Shared strings: each distinct text once (a region, a status, a mode repeat on every row), the cells
 * pointing at it, so the sheet's XML is about a third smaller and every later step reads and writes less.
 * The table's values take the one string too: a region's name is held once, not once a row (a million
 * rows peaked at 1,208 MB so, against 1,444 MB with each row's own copies).
 */
function sharedText(): SharedText {
  const places = new Map<string, number>();
  const strings: string[] = [];
  let uses = 0;
  const index = (field: string): number => {
    let k = places.get(field);
    if (k === undefined) {
      k = strings.length;
      strings.push(field);
      places.set(field, k);
    }
    uses++;
    return k;
  };
  return { index, strings, uses: () => uses };
}

/**
 * A field's value: a number where the field is one, else the field as text (never a formula), or
 * undefined for an empty field. With a decimal comma (a semicolon-separated file), 12,5 is twelve and a
 * half, as the Excel that wrote it meant; with dots grouping thousands too, 2.000 is two thousand.
 */
function fieldValue(field: string, style: NumberStyle): number | string | undefined {
  if (field === "") return undefined;
  if (style.decimalComma && DECIMAL_COMMA.test(field)) {
    const value = Number(field.replace(/\./g, "").replace(",", "."));
    if (Number.isFinite(value)) return value;
  }
  if (style.dotGroups && DOT_GROUPS.test(field)) {
    const value = Number(field.replace(/\./g, ""));
    if (Number.isFinite(value)) return value;
  }
  if (NUMBER.test(field)) {
    const value = Number(field.replace(/,/g, ""));
    if (Number.isFinite(value)) return value;
  }
  return field;
}

/** A number with the format Excel gives it on import, or a date (its serial, and the Date it reads as). */
type Typed = { readonly value: number; readonly format: string; readonly date?: Date };

/** An amount with its currency sign first, as Excel writes one to CSV: $1,234.50, -$12, ($950.00), ¥1,234. */
const AMOUNT =
  /^(\()?(-)?(US\$|HK\$|\$|¥|￥|€|£)\s?(-)?((?:[1-9]\d{0,2}(?:,\d{3})+|0|[1-9]\d{0,14}))(?:\.(\d{1,4}))?(\))?$/;
/** A percent: 12%, 12.5%, -3.25%, 1,250%. */
const PERCENT = /^-?(?:[1-9]\d{0,2}(?:,\d{3})+|0|[1-9]\d{0,14})(?:\.(\d{1,4}))?%$/;
/** A date written year first, with its time or not: 2025-06-01, 2025/6/1, 2025-06-01 14:30(:05). */
const YEAR_FIRST_DATE =
  /^((?:19|[2-9]\d)\d{2})([-/])(\d{1,2})\2(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
/** Excel's day 0 (1899-12-30), from which its serials count days, in ms. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A field Excel's own import of a CSV makes a number with a format, where it is no plain number: an
 * amount with its currency sign (in that currency's format, so the run reads the currency from it as
 * from a workbook's), a percent (its fraction, in a percent format), a date written year first (its
 * serial, in a date format). Each stayed text: the workbook made from the file held amounts Excel's SUM
 * and sorting skip, and the run told the user to retype what the tool itself had written as text.
 * Dates written day or month first (6/1/2025) stay text: which is which depends on the computer that
 * wrote the file, and the run reads them as it reads any text date.
 */
function typedValue(field: string): Typed | undefined {
  const last = field.charCodeAt(field.length - 1);
  if (last === 37 /* % */) {
    const m = PERCENT.exec(field);
    if (!m) return undefined;
    // Shifted in its decimal text, so 33.3% is the double nearest 0.333, as Excel holds it.
    const value = Number(`${field.slice(0, -1).replace(/,/g, "")}e-2`);
    const places = m[1]?.length ?? 0;
    return Number.isFinite(value)
      ? { value, format: places === 0 ? "0%" : `0.${"0".repeat(places)}%` }
      : undefined;
  }
  const first = field.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    const d = YEAR_FIRST_DATE.exec(field);
    if (!d) return undefined;
    const at = (k: number): number => Number(d[k] ?? 0);
    const [y, mo, day, h, mi, sec] = [at(1), at(3), at(4), at(5), at(6), at(7)];
    const ms = Date.UTC(y, mo - 1, day, h, mi, sec);
    const check = new Date(ms);
    if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== day || h > 23 || mi > 59 || sec > 59)
      return undefined;
    const serial = (ms - SERIAL_EPOCH) / 86_400_000;
    // Excel's serials are one day off before 1900-03-01 (its 1900-02-29): none such here.
    const date = serial >= 61 ? dateFromExcelSerial(serial) : null;
    if (!date) return undefined;
    const day0 = d[2] === "-" ? "yyyy-mm-dd" : "yyyy/m/d";
    const time = d[5] === undefined ? "" : d[7] === undefined ? " hh:mm" : " hh:mm:ss";
    return { value: serial, format: `${day0}${time}`, date };
  }
  const m = AMOUNT.exec(field);
  if (!m) return undefined;
  const paren = m[1] !== undefined;
  const minus = m[2] !== undefined || m[4] !== undefined;
  // Parentheses on both sides or neither; one minus at most, and never with them.
  if (paren !== (m[7] !== undefined) || (m[2] !== undefined && m[4] !== undefined) || (paren && minus))
    return undefined;
  const negative = paren || minus;
  const digits = `${(m[5] as string).replace(/,/g, "")}${m[6] === undefined ? "" : `.${m[6]}`}`;
  const value = Number(digits) * (negative ? -1 : 1);
  const sign = m[3] === "￥" ? "¥" : (m[3] as string);
  const number = `#,##0${m[6] === undefined ? "" : `.${"0".repeat(m[6].length)}`}`;
  const shown = `"${sign}"${number}`;
  return Number.isFinite(value) && !Object.is(value, -0)
    ? { value, format: paren ? `${shown}_);\\(${shown}\\)` : `${shown};-${shown}` }
    : undefined;
}

/** The number formats a text table's cells were given, each once: its style's index (from 1). */
type TypedStyles = { index: (format: string) => number; formats: string[] };

function typedStyles(): TypedStyles {
  const places = new Map<string, number>();
  const formats: string[] = [];
  return {
    formats,
    index: (format) => {
      let k = places.get(format);
      if (k === undefined) {
        formats.push(format);
        k = formats.length;
        places.set(format, k);
      }
      return k;
    },
  };
}

/** A sheet name from a file name, as Excel allows one: no []:*?/\, at most 31 characters, not blank. */
function sheetNameOf(file: string): string {
  const base = path
    .basename(file)
    .replace(TEXT_TABLE, "")
    .replace(/[[\]:*?/\\]/g, "_")
    .replace(/^'+|'+$/g, "")
    .slice(0, 31)
    .trim();
  return base === "" ? "Sheet1" : base;
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
  "</Types>";
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  "</Relationships>";
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' +
  "</Relationships>";
/**
 * Excel's own minimal styles (one font, the two fills it requires, one border, the Normal style), and a
 * cell format for each number format the table's typed fields took (custom formats from id 164).
 */
function stylesXml(formats: readonly string[]): string {
  const numFmts =
    formats.length === 0
      ? ""
      : `<numFmts count="${formats.length}">${formats
          .map((f, k) => `<numFmt numFmtId="${164 + k}" formatCode="${escapeXml(f)}"/>`)
          .join("")}</numFmts>`;
  const xfs = formats
    .map(
      (_, k) =>
        `<xf numFmtId="${164 + k}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
    )
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    numFmts +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${1 + formats.length}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${xfs}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    "</styleSheet>"
  );
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

/** Rows looked at for the columns' widths, and the widths' bounds (characters). */
const WIDTH_SAMPLE = 2000;
const MIN_WIDTH = 8;
const MAX_WIDTH = 50;

/**
 * The sheet's `<cols>`: each column as wide as its widest text among the first rows (Chinese characters
 * count two), within bounds, so names are not cut off as they are at Excel's default width.
 */
function columnsXml(text: string, delimiter: string): string {
  const widths: number[] = [];
  let r = 0;
  for (const row of rowsOf(text, delimiter)) {
    row.forEach((field, c) => {
      const w = displayWidth(field.split("\n")[0] ?? "");
      if (w > (widths[c] ?? 0)) widths[c] = w;
    });
    if (++r >= WIDTH_SAMPLE) break;
  }
  const cols = widths
    .map((w, c) => ({ c: c + 1, width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2)) }))
    .filter((x) => x.width > MIN_WIDTH)
    .map((x) => `<col min="${x.c}" max="${x.c}" width="${x.width}" customWidth="1"/>`)
    .join("");
  return cols === "" ? "" : `<cols>${cols}</cols>`;
}
const SHEET_TAIL = "</sheetData></worksheet>";

/**
 * A row's XML: its cells (numbers as numbers, every other field as text), or "" for a blank row; the
 * same values go into `values` (its length the last column with one), as reading the XML would give them.
 */
function rowXml(
  row: readonly string[],
  r: number,
  letters: string[],
  style: NumberStyle,
  shared: SharedText,
  values: Cell[],
  typed: TypedStyles,
  formats: (string | undefined)[],
): string {
  let cells = "";
  for (let c = 0; c < row.length; c++) {
    let value: Cell | undefined = fieldValue(row[c] as string, style);
    if (value === undefined) continue;
    letters[c] ??= columnLetter(c);
    const ref = `${letters[c]}${r}`;
    if (typeof value === "number") {
      cells += `<c r="${ref}"><v>${value}</v></c>`;
      formats[c] ??= "";
    } else {
      const t = typedValue(value);
      if (t) {
        cells += `<c r="${ref}" s="${typed.index(t.format)}"><v>${t.value}</v></c>`;
        // A date reads back as its Date; a number's column takes the format of its first number.
        if (t.date) value = t.date;
        else {
          value = t.value;
          formats[c] ??= t.format;
        }
      } else {
        const k = shared.index(value);
        cells += `<c r="${ref}" t="s"><v>${k}</v></c>`;
        value = shared.strings[k] as string;
      }
    }
    while (values.length < c) values.push(null);
    values[c] = value;
  }
  return cells === "" ? "" : `<row r="${r}">${cells}</row>`;
}

/**
 * The table a text table's sheet holds, as `readSheet` would read it back from the XML written for it
 * (numbers as numbers, texts as they are, the used range from its first row and column with a value):
 * built while the rows are written, so the run does not inflate and scan its own XML again.
 */
function tableOf(
  sheetName: string,
  rows: (Cell[] | undefined)[],
  firstRow: number,
  formats: readonly (string | undefined)[],
): TextSheetTable {
  let firstCol = Number.POSITIVE_INFINITY;
  let lastCol = -1;
  for (let r = firstRow; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    if (row.length - 1 > lastCol) lastCol = row.length - 1;
    for (let c = 0; c < row.length && c < firstCol; c++)
      if (row[c] !== null && row[c] !== undefined) {
        firstCol = c;
        break;
      }
  }
  const none = { tableName: undefined, mergedAreas: [], sheetProtected: false };
  if (lastCol < 0) return { sheetName, values: [], origin: { row: 0, column: 0 }, ...none };
  const width = lastCol - firstCol + 1;
  const values: Cell[][] = new Array(rows.length - firstRow);
  for (let r = firstRow; r < rows.length; r++) {
    let row = rows[r] ?? [];
    rows[r] = undefined;
    if (firstCol > 0) row = row.slice(firstCol);
    while (row.length < width) row.push(null);
    values[r - firstRow] = row;
  }
  return {
    sheetName,
    values,
    origin: { row: firstRow, column: firstCol },
    calculated: true,
    date1904: false,
    totalRows: [],
    columnFormats: Array.from({ length: width }, (_, c) => formats[firstCol + c] || undefined),
    ...none,
  };
}

/**
 * The parts of a package around its one worksheet and its shared strings: content types, relationships,
 * workbook, styles.
 */
function frameParts(sheetName: string, formats: readonly string[]): { name: string; data: Buffer }[] {
  const workbook =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const part = (name: string, text: string) => ({ name, data: Buffer.from(text, "utf8") });
  return [
    part("[Content_Types].xml", CONTENT_TYPES),
    part("_rels/.rels", ROOT_RELS),
    part("xl/workbook.xml", workbook),
    part("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
    part("xl/styles.xml", stylesXml(formats)),
  ];
}

/** Past this many bytes a text table is not decoded: its text would pass what one string can hold. */
const MAX_TEXT_BYTES = 480 << 20;

/**
 * Opens a text table (a CSV or tab-separated export) as a workbook of one sheet named after the file,
 * for the same run as a workbook's; the file itself is only read. Its encoding and delimiter are found
 * as `decodeText` and the first line say; a table past a worksheet's size is refused. The rows stream
 * into the sheet's XML and on to zlib (a million rows never sit in memory as fields or as one string);
 * texts go into shared strings, as Excel writes them. The sheet's values come too (`table`), as reading
 * the sheet back would give them: the run reads them from there, and the XML only for the write.
 * @example const { pkg, format, table } = await openTextTable("crm-export.csv")
 */
export async function openTextTable(
  file: string,
): Promise<{ pkg: XlsxPackage; format: TextTableFormat; table: TextSheetTable }> {
  const bytes = await readInputFile(file);
  const tooLarge = (rows: number, columns: number): WorkbookFileError =>
    new WorkbookFileError("textTooLarge", file, { rows, columns });
  if (bytes.length > MAX_TEXT_BYTES)
    throw new WorkbookFileError("textTooLong", file, { megabytes: Math.ceil(bytes.length / 1048576) });
  const { text, encoding } = decodeText(bytes);
  const delimiter = /\.tsv$/i.test(file) ? "\t" : delimiterOf(text);
  const deflater = createDeflater(1);
  await deflater.write(`${SHEET_HEAD}${columnsXml(text, delimiter)}<sheetData>`);
  const letters: string[] = [];
  const style = numberStyleOf(text, delimiter);
  const shared = sharedText();
  const typed = typedStyles();
  // Each column's first number's format ("" for none), as reading the sheet back gives it.
  const formats: (string | undefined)[] = [];
  let r = 0;
  let widest = 0;
  // The values as the sheet's XML holds them, by 0-based row, from the first row with one.
  const cells: (Cell[] | undefined)[] = [];
  let firstRow = -1;
  const rows = rowsOf(text, delimiter);
  for (const row of rows) {
    r++;
    widest = Math.max(widest, row.length);
    if (r > MAX_ROWS || widest > MAX_COLUMNS) {
      // Said with the table's whole size: the rest is counted, not written.
      for (const rest of rows) {
        r++;
        widest = Math.max(widest, rest.length);
      }
      await deflater.end();
      throw tooLarge(r, widest);
    }
    const values: Cell[] = [];
    const xml = rowXml(row, r, letters, style, shared, values, typed, formats);
    if (xml === "") continue;
    if (firstRow < 0) firstRow = r - 1;
    cells[r - 1] = values;
    const wait = deflater.write(xml);
    if (wait) await wait;
  }
  await deflater.write(SHEET_TAIL);
  const sheet = await deflater.end();
  // The shared strings, each once, in the order the cells first used them.
  const sst = createDeflater(1);
  await sst.write(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.uses()}" uniqueCount="${shared.strings.length}">`,
  );
  for (const s of shared.strings) {
    const wait = sst.write(`<si>${textElement(s)}</si>`);
    if (wait) await wait;
  }
  await sst.write("</sst>");
  const strings = await sst.end();
  // The package is made in memory: no temporary file to write, read back, or leave behind if the run is
  // killed.
  const sheetName = sheetNameOf(file);
  const pkg = packageOf(
    await zipBytes([
      ...frameParts(sheetName, typed.formats),
      { name: "xl/sharedStrings.xml", deflated: strings },
      { name: "xl/worksheets/sheet1.xml", deflated: sheet },
    ]),
    file,
  );
  // Named as the package names its sheet, as a read of it would be.
  const table = tableOf(pkg.sheets[0]?.name ?? sheetName, cells, Math.max(0, firstRow), formats);
  return { pkg, format: { encoding, delimiter }, table };
}
