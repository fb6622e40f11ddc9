import { type Cell, isBlankCell, isErrorCell } from "./cells";
import { parseUnit } from "./normalize";

/** The outcome of reading one cell as a number: a value, nothing, or text that could not be read. */
export type Parsed<T> =
  | { readonly kind: "value"; readonly value: T }
  | { readonly kind: "blank" }
  | { readonly kind: "invalid"; readonly raw: string };

const BLANK: Parsed<never> = { kind: "blank" };
const DASHES = /^[-–—－~～]+$|^(n\/?a|na|none|null|无|暂无|空|\/|－)$/i;
const PLAIN = /^\d+(\.\d+)?$|^\.\d+$/;
const GROUPED = /^\d{1,3}([,，']\d{3})+(\.\d+)?$/;
const SPACED = /^\d{1,3}( \d{3})+(\.\d+)?$/;

/**
 * Reads a number the way people type it in Chinese and English sheets: `1,234.5`, `¥12万`, `3.2亿`,
 * `(1,200)`, `１２３`, `45%`, `12k`. `columnMultiplier` is the header's unit (万元 → 10000); a unit in
 * the cell itself wins over the column's.
 * @example parseNumber("¥12.5万", 1) // { kind: "value", value: 125000 }
 */
export function parseNumber(cell: Cell, columnMultiplier = 1): Parsed<number> {
  if (typeof cell === "number") {
    return Number.isFinite(cell)
      ? { kind: "value", value: cell * columnMultiplier }
      : { kind: "invalid", raw: String(cell) };
  }
  if (isBlankCell(cell)) return BLANK;
  if (typeof cell === "boolean" || cell instanceof Date || isErrorCell(cell) || typeof cell !== "string") {
    return { kind: "invalid", raw: rawText(cell) };
  }
  return parseNumberText(cell, columnMultiplier);
}

function rawText(cell: Cell): string {
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? "Invalid Date" : cell.toISOString().slice(0, 10);
  if (cell !== null && typeof cell === "object") return "formula" in cell ? `=${cell.formula}` : cell.error;
  return String(cell);
}

function parseNumberText(raw: string, columnMultiplier: number): Parsed<number> {
  let s = raw.normalize("NFKC").trim();
  if (DASHES.test(s)) return BLANK;
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith("-") || s.startsWith("−")) {
    negative = !negative;
    s = s.slice(1).trim();
  } else if (s.startsWith("+")) {
    s = s.slice(1).trim();
  }
  s = s.replace(/^(rmb|cny|¥|￥|\$|usd)\s*/i, "");
  let multiplier = columnMultiplier;
  let percent = false;
  const suffix = /^([\d.,，' ]*\d)\s*(\D.*)?$/.exec(s);
  if (!suffix) return { kind: "invalid", raw };
  s = suffix[1] ?? "";
  const unitText = (suffix[2] ?? "").trim();
  if (unitText !== "") {
    const unit = parseUnit(unitText);
    if (!unit) return { kind: "invalid", raw };
    if (unit.percent) {
      percent = true;
      multiplier = 1;
    } else {
      // A unit in the cell says what the number means, whatever the header's unit.
      multiplier = unit.multiplier;
    }
  }
  if (s.startsWith("-") || s.startsWith("(")) return { kind: "invalid", raw };
  let digits: string;
  if (PLAIN.test(s)) digits = s;
  else if (GROUPED.test(s) || SPACED.test(s)) digits = s.replace(/[,，' ]/g, "");
  else return { kind: "invalid", raw };
  let value = Number(digits) * multiplier;
  if (percent) value /= 100;
  if (!Number.isFinite(value)) return { kind: "invalid", raw };
  return { kind: "value", value: negative ? -value : value };
}

/**
 * Reads a share: `35%`, `0.35`, or `35` in a column whose values run above 1 (then read as percent points).
 * @example parseShare("35%", false) // { kind: "value", value: 0.35 }
 */
export function parseShare(cell: Cell, columnInPercentPoints: boolean): Parsed<number> {
  const isPercentText = typeof cell === "string" && /[%％]\s*$/.test(cell);
  const parsed = parseNumber(cell, 1);
  if (parsed.kind !== "value" || isPercentText) return parsed;
  return columnInPercentPoints ? { kind: "value", value: parsed.value / 100 } : parsed;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
export const DAY_MS = 86_400_000;

/**
 * A date (epoch milliseconds) as Excel's date serial, the inverse of how `parseDate` reads one: days
 * since 1899-12-30 (the 1900 system).
 * @example excelSerialOf(Date.UTC(1970, 0, 1)) // 25569
 */
export function excelSerialOf(ms: number): number {
  return (ms - EXCEL_EPOCH_MS) / DAY_MS;
}

/**
 * The date of an Excel serial in the 1900 date system, which Office.js's `Range.values` returns for a
 * date cell (https://learn.microsoft.com/office/troubleshoot/excel/wrongly-assumes-1900-is-leap-year):
 * serial 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was (serial 60), so serials
 * from 61 on are days since 1899-12-30 and those below 60 one day later than that count. Null when the
 * serial is not a date Excel can show (below 1 or after 9999-12-31).
 * @example dateFromExcelSerial(45474) // 2024-07-01
 */
export function dateFromExcelSerial(serial: number): Date | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const days = serial < 61 ? serial + 1 : serial;
  return new Date(EXCEL_EPOCH_MS + Math.round(days * DAY_MS));
}

/**
 * Whether an Excel number format shows a date: a day or year token (d, y; e, g, b for other calendars)
 * outside quoted text, escapes and [colour/locale] sections. Time-only formats (h:mm) are not dates.
 * @example isDateFormat("yyyy-mm-dd") // true
 * @example isDateFormat('0.0"万元"') // false
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === "General" || format === "@") return false;
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return /[dyegb]/i.test(bare.replace(/General/gi, ""));
}

/**
 * Reads a date: a Date, an Excel serial number, or text such as `2019-03-01`, `2019/3/1`, `2019年3月1日`, `2019年3月`.
 * @example parseDate("2019年3月1日") // { kind: "value", value: new Date(Date.UTC(2019, 2, 1)) }
 */
export function parseDate(cell: Cell): Parsed<Date> {
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime())
      ? { kind: "invalid", raw: "Invalid Date" }
      : { kind: "value", value: cell };
  if (typeof cell === "number") {
    const date = dateFromExcelSerial(cell);
    return date === null ? { kind: "invalid", raw: String(cell) } : { kind: "value", value: date };
  }
  if (isBlankCell(cell)) return BLANK;
  if (typeof cell !== "string" || isErrorCell(cell)) return { kind: "invalid", raw: rawText(cell) };
  const s = cell.normalize("NFKC").trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?|\s*月)?$/.exec(s);
  if (!m) return { kind: "invalid", raw: cell };
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = m[3] === undefined ? 1 : Number(m[3]);
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return { kind: "invalid", raw: cell };
  return { kind: "value", value: date };
}

/**
 * Reads a relationship length in years: a number (`6`, `6年`, `6.5 years`) or a start date (years until `asOf`).
 * @example parseYears("2018-01-01", new Date("2024-01-01")) // { kind: "value", value: 6 }
 */
export function parseYears(cell: Cell, asOf: Date): Parsed<number> {
  if (
    cell instanceof Date ||
    (typeof cell === "string" && /^\d{4}\s*[-/.年]/.test(cell.normalize("NFKC").trim()))
  ) {
    const d = parseDate(cell);
    if (d.kind !== "value") return d;
    return { kind: "value", value: Math.max(0, (asOf.getTime() - d.value.getTime()) / (365.25 * DAY_MS)) };
  }
  if (typeof cell === "number" && cell > 1900 && cell <= asOf.getUTCFullYear() && Number.isInteger(cell)) {
    return { kind: "value", value: asOf.getUTCFullYear() - cell };
  }
  const n = parseNumber(cell, 1);
  // Not a length of years: negative, or past any partnership (45,000 is a date serial without its date
  // format; a date-formatted column reads it as the date, see readers.ts tenureOf).
  if (n.kind === "value" && (n.value < 0 || n.value > MAX_YEARS))
    return { kind: "invalid", raw: rawText(cell) };
  return n;
}

/** More years of cooperation than this is not a length of years. */
const MAX_YEARS = 200;

const TRUE_WORDS = new Set([
  "是",
  "y",
  "yes",
  "true",
  "1",
  "✓",
  "✔",
  "√",
  "x",
  "战略",
  "战略客户",
  "strategic",
  "重点",
  "key",
]);
const FALSE_WORDS = new Set(["否", "n", "no", "false", "0", "不是", "非战略", "-"]);

/**
 * Reads a yes/no flag such as 是/否, Y/N, TRUE/FALSE, ✓.
 * @example parseFlag("是") // { kind: "value", value: true }
 */
export function parseFlag(cell: Cell): Parsed<boolean> {
  if (typeof cell === "boolean") return { kind: "value", value: cell };
  if (typeof cell === "number") return { kind: "value", value: cell !== 0 };
  if (isBlankCell(cell)) return BLANK;
  if (typeof cell !== "string") return { kind: "invalid", raw: rawText(cell) };
  const f = cell.normalize("NFKC").trim().toLowerCase();
  if (TRUE_WORDS.has(f)) return { kind: "value", value: true };
  if (FALSE_WORDS.has(f)) return { kind: "value", value: false };
  return { kind: "invalid", raw: cell };
}
