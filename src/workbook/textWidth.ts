/**
 * How much room text takes in a cell: display width in Excel's character units and lines when wrapped.
 * The data sheet's plan and the printed sheets measure with the same rules.
 */
import type { PlanCell } from "./writePlan";

/**
 * Display width in Excel's character units: CJK and full-width characters take two.
 * @example displayWidth("重点客户 A") // 10
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i += unitsAt(text, i)) w += widthAt(text, i);
  return w;
}

/** UTF-16 units of the character at `i`: two for a surrogate pair. */
function unitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/** Columns the character at `i` takes: two for East Asian wide and full-width ones, one otherwise. */
function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  // A surrogate pair: the supplementary ideographic planes (from U+20000) are wide.
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) return c >= 0xd840 ? 2 : 1;
  return (unitClasses()[c] as number) & WIDTH_BITS || 1;
}

/** East Asian wide and full-width characters of the Basic Multilingual Plane: two columns each. */
const WIDE: readonly (readonly [from: number, to: number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
];
/** White space a line may break after (and that takes no room at a line's end). */
const SPACES = [0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0xa0, 0x3000];
/** Chinese and Latin punctuation a line may break after (，。；、,;). */
const BREAK_AFTER = [0xff0c, 0x3002, 0xff1b, 0x3001, 0x2c, 0x3b];

/** Bits of a UTF-16 unit's class: its width (1 or 2), whether a line breaks after it, whether it is space. */
const WIDTH_BITS = 3;
const BREAKS = 4;
const SPACE = 8;
/** A high surrogate: its width and length depend on the unit after it (`widthAt`, `unitsAt`). */
const HIGH = 16;

let unitClass: Uint8Array | undefined;

/**
 * Every UTF-16 unit's class, filled from the lists above when first needed (0.24-0.30 ms): a
 * million rows' notes are measured for their heights, and a look-up a character is cheaper than range
 * tests.
 */
function unitClasses(): Uint8Array {
  if (unitClass) return unitClass;
  const table = new Uint8Array(0x10000).fill(1);
  for (const [from, to] of WIDE) table.fill(2, from, to + 1);
  table.fill(HIGH, 0xd800, 0xdc00);
  for (const c of SPACES) table[c] = (table[c] as number) | SPACE | BREAKS;
  for (const c of BREAK_AFTER) table[c] = (table[c] as number) | BREAKS;
  return (unitClass = table);
}

/** Whether a line may break after this unit: white space, or Chinese and Latin punctuation. */
const breaksAfter = (c: number): boolean => ((unitClasses()[c] as number) & BREAKS) !== 0;

/**
 * Lines a text needs when it wraps in a column `width` characters wide (breaking at spaces where it can).
 * @example wrappedLines("a fairly long reason that wraps", 12) // 3
 */
export function wrappedLines(v: PlanCell, width: number): number {
  return measureWrapped(v, width) >> 1;
}

/**
 * Points a line of 11-point text takes when wrapped: 15 for Latin text, as Excel sizes a row of Calibri;
 * 16.5 (22 pixels) for a line with Chinese, whose glyphs come from a CJK font with a taller line
 * (Microsoft YaHei 1.32 em, 等线 1.30 em, Noto Sans CJK 1.45 em, LibreOffice's fallback: three lines of
 * a note in a row of 45 points printed with their first line cut off).
 */
export const LINE_POINTS = 15;
export const WIDE_LINE_POINTS = 16.5;
/** The size of the text those line heights are for: Excel's default font, Calibri (or 等线) 11. */
export const BASE_FONT_POINTS = 11;

/**
 * A workbook's base type size as read (its Normal style's, its stylesheet's first font): a size a cell
 * can take, 1 to 409 points, else Excel's 11 (BASE_FONT_POINTS).
 * @example basePoints(14) // 14; basePoints(undefined) // 11
 */
export function basePoints(size: unknown): number {
  return typeof size === "number" && size >= 1 && size <= 409 ? size : BASE_FONT_POINTS;
}

/**
 * Points a wrapped line takes in type of `fontPoints`: the 11-point line scaled, in whole pixels (Excel
 * sizes rows in pixels at 96 dpi, 0.75 points each; Calibri 14's default row is 25 pixels, 18.75 points,
 * as 20 × 14 / 11 rounds to). A workbook whose base font is 14 points had three lines of an English note
 * in 45 points, their first line cut off in LibreOffice's print; a column's width, counted in that same
 * font's digits, holds as many characters at any size, so only the line's height scales.
 * @example linePoints(14, false) // 18.75
 */
export function linePoints(fontPoints: number, wide: boolean): number {
  const base = wide ? WIDE_LINE_POINTS : LINE_POINTS;
  if (fontPoints === BASE_FONT_POINTS || !(fontPoints > 0) || !Number.isFinite(fontPoints)) return base;
  return Math.max(1, Math.round(((base / 0.75) * fontPoints) / BASE_FONT_POINTS)) * 0.75;
}

/**
 * The height in points a text needs when it wraps in a column `width` characters wide, at most
 * `maxLines` lines, in type of `fontPoints` (the workbook's base font); 0 when it fits on one line (the
 * row keeps its own height).
 * @example wrappedHeight("年销售额317万元，占22.5%；重点客户小组统筹", 20) // 49.5
 */
export function wrappedHeight(
  v: PlanCell,
  width: number,
  maxLines = Number.POSITIVE_INFINITY,
  fontPoints = BASE_FONT_POINTS,
): number {
  const measured = measureWrapped(v, width);
  const lines = measured >> 1;
  if (lines <= 1) return 0;
  return Math.min(MAX_ROW_POINTS, Math.min(lines, maxLines) * linePoints(fontPoints, (measured & 1) === 1));
}

/**
 * The maximum digit width, in pixels, of Excel's default type, Calibri 11: ISO/IEC 29500-1 §18.3.1.13
 * (`col`, its `width`) gives it as its example. A plan's widths count these digits, as a file's do.
 */
export const BASE_DIGIT_PIXELS = 7;

/**
 * The points a column takes that a file would give `width` (characters of the Normal style's digit, as
 * `<col width>` counts them): ISO/IEC 29500-1 §18.3.1.13 turns a width into whole pixels as
 * Truncate(((256 × width + Truncate(128 / digit)) / 256) × digit), and a pixel is 0.75 points at 96 dpi.
 * The add-in sets widths in points (RangeFormat.columnWidth: "the unit-of-measure for columnWidth is
 * points", OfficeDev/office-js#187); it had set 7 points a character, a third wider than the CLI's
 * file (a 56-character note column 392 points against 294).
 * @example columnPoints(10) // 52.5 (70 pixels); columnPoints(8.7109375) // 45.75 (8 characters: 61 pixels)
 */
export function columnPoints(width: number, digitPixels = BASE_DIGIT_PIXELS): number {
  const digit =
    Number.isFinite(digitPixels) && digitPixels >= 1 ? Math.round(digitPixels) : BASE_DIGIT_PIXELS;
  const pixels = Math.trunc(((256 * Math.max(0, width) + Math.trunc(128 / digit)) / 256) * digit);
  return pixels * 0.75;
}

/**
 * The Normal style's digit width, in pixels, as a sheet shows it: a column at the sheet's standard width
 * (`standardWidth` characters, Worksheet.standardWidth, ExcelApi 1.7: "One unit of column width is equal
 * to the width of one character in the Normal style") is `points` wide, its digits and the 5 pixels of
 * margin and grid line ISO/IEC 29500-1 §18.3.1.13 adds. Calibri 11's 8.43 characters in 48 points give 7;
 * 等线 11's (Chinese Excel's default) 8.38 in 54 points give 8. Where the column says nothing usable (hidden,
 * set by hand, unread), the digit of Calibri at the workbook's base size.
 * @example digitPixelsOf(48, 8.43, 11) // 7; digitPixelsOf(undefined, undefined, 14) // 9
 */
export function digitPixelsOf(points: unknown, standardWidth: unknown, base = BASE_FONT_POINTS): number {
  const fallback = Math.max(1, Math.round((BASE_DIGIT_PIXELS * basePoints(base)) / BASE_FONT_POINTS));
  if (typeof points !== "number" || typeof standardWidth !== "number") return fallback;
  if (!(points > 0) || !(standardWidth >= 1) || !Number.isFinite(points + standardWidth)) return fallback;
  const digit = Math.round((points / 0.75 - 5) / standardWidth);
  // A digit far from the base size's (a sheet whose standard width was set to 1) is not believed.
  return digit >= fallback / 2 && digit <= fallback * 2 ? digit : fallback;
}

/** Excel's tallest row, in points (a row set taller is refused on opening). */
export const MAX_ROW_POINTS = 409;

/** The most lines a row grows to for its wrapped text, where a writer sets the height (the rest shows on selection). */
export const MAX_WRAPPED_LINES = 6;

/**
 * The height each row's wrapped text gives it, as a writer that sets row heights sets them: the tallest
 * of the row's wrapped cells (`column`: its index in the row; `width`: the width it wraps at), at most
 * MAX_WRAPPED_LINES lines, in type of `fontPoints`; 0 where the text fits on one line. For the rows
 * `from` to `from + count - 1`.
 * @example wrappedRowHeights(values, 1, 2, [{ column: 14, width: 56 }]) // Float32Array [49.5, 0]
 */
export function wrappedRowHeights(
  rows: readonly (readonly unknown[] | undefined)[],
  from: number,
  count: number,
  wrapped: readonly { readonly column: number; readonly width: number }[],
  fontPoints = BASE_FONT_POINTS,
): Float32Array {
  const out = new Float32Array(Math.max(0, count));
  for (let k = 0; k < count; k++) {
    const row = rows[from + k];
    if (!row) continue;
    let points = 0;
    for (const { column, width } of wrapped) {
      const v = row[column];
      if (typeof v === "string" && v.length > 0)
        points = Math.max(points, wrappedHeight(v, width, MAX_WRAPPED_LINES, fontPoints));
    }
    out[k] = points;
  }
  return out;
}

/** Lines of the wrapped text times two, plus one when it holds a wide (CJK) character. */
function measureWrapped(v: PlanCell, width: number): number {
  if (typeof v !== "string" || v === "") return 2;
  const room = Math.max(1, width - 1);
  const n = v.length;
  const classes = unitClasses();
  let lines = 1;
  let used = 0;
  let wide = 0;
  // One pass over the text, word by word (a word ends after a break character).
  let word = 0;
  for (let i = 0; i < n;) {
    const c = v.charCodeAt(i);
    const k = classes[c] as number;
    let w: number;
    if ((k & HIGH) === 0) {
      w = k & WIDTH_BITS;
      i++;
    } else if (i + 1 < n) {
      // As widthAt and unitsAt take it: a pair, the supplementary ideographic planes (from U+20000) wide.
      w = c >= 0xd840 ? 2 : 1;
      i += 2;
    } else {
      w = 1;
      i++;
    }
    wide |= w >> 1;
    word += w;
    if ((k & BREAKS) === 0 && i < n) continue;
    // A space at the end of a line takes no room.
    const trimmed = (k & SPACE) !== 0 ? word - w : word;
    if (used > 0 && used + trimmed > room) {
      lines++;
      used = 0;
    }
    used += word;
    while (used > room) {
      lines++;
      used -= room;
    }
    word = 0;
  }
  return lines * 2 + wide;
}

/**
 * A table header wider than its column, broken before its unit: wrapped where the column ends, the
 * unit's parenthesis was cut from its text ("本年累计销售额（元" over "）").
 * @example headerLines("本年累计销售额（元）", 16) // "本年累计销售额\n（元）"
 */
export function headerLines(text: string, width: number): string {
  if (/[\r\n]/.test(text) || displayWidth(text) <= width - 1) return text;
  const split = /^(.*\S)\s*([（(][^（()）]*[)）])$/.exec(text);
  return split && displayWidth(split[2] as string) <= width - 1 ? `${split[1]}\n${split[2]}` : text;
}

/**
 * A text cut into lines that fit a width of `width` characters (CJK counting two), broken where
 * `wrappedLines` breaks (after white space and punctuation), a word longer than a line cut where it must.
 * For printed sheets, whose long lines would otherwise run past the page's last column.
 * @example wrapText("one two three", 8) // ["one two", "three"]
 */
export function wrapText(v: string, width: number): string[] {
  const room = Math.max(1, width - 1);
  const lines: string[] = [];
  let line = "";
  let used = 0;
  const flush = (): void => {
    if (line.trim() !== "") lines.push(line.trimEnd());
    line = "";
    used = 0;
  };
  // Word by word, a word ending after a break character (white space, punctuation).
  for (let start = 0, i = 0; i < v.length;) {
    const c = v.charCodeAt(i);
    i += unitsAt(v, i);
    if (!breaksAfter(c) && i < v.length) continue;
    let word = v.slice(start, i);
    start = i;
    // No line starts with white space.
    if (used === 0) word = word.trimStart();
    if (word === "") continue;
    if (used > 0 && used + displayWidth(word.trimEnd()) > room) {
      flush();
      word = word.trimStart();
      if (word === "") continue;
    }
    // A word longer than a line: as much of it as fits, line by line.
    while (displayWidth(word.trimEnd()) > room - used) {
      let k = 0;
      let fits = used;
      while (k < word.length && fits + widthAt(word, k) <= room) {
        fits += widthAt(word, k);
        k += unitsAt(word, k);
      }
      if (k === 0 && used === 0) k = unitsAt(word, 0);
      line += word.slice(0, k);
      flush();
      word = word.slice(k).trimStart();
    }
    line += word;
    used += displayWidth(word);
  }
  flush();
  return lines;
}
