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
  return unitWidth(c);
}

/** Columns a character of the Basic Multilingual Plane takes (a surrogate alone takes one). */
function unitWidth(c: number): number {
  return (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6)
    ? 2
    : 1;
}

/** White space a line may break after (and that takes no room at a line's end). */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000;
}

/** Where a line may break: after white space or after Chinese and Latin punctuation (，。；、,;). */
function breaksAfter(c: number): boolean {
  return (
    isSpace(c) || c === 0xff0c || c === 0x3002 || c === 0xff1b || c === 0x3001 || c === 0x2c || c === 0x3b
  );
}

/** Bits of a UTF-16 unit's class: its width (1 or 2), whether a line breaks after it, whether it is space. */
const WIDTH_BITS = 3;
const BREAKS = 4;
const SPACE = 8;
/** A high surrogate: its width and length depend on the unit after it (`widthAt`, `unitsAt`). */
const HIGH = 16;

/**
 * Every UTF-16 unit's class, from `unitWidth`, `breaksAfter` and `isSpace`: a million rows' notes are
 * measured for their heights, and a look-up a character is cheaper than the range tests.
 */
let unitClass: Uint8Array | undefined;

/** The table, built when first needed (the pane may never measure a line: 64 KB and ~1 ms it keeps). */
function unitClasses(): Uint8Array {
  if (unitClass) return unitClass;
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++)
    table[c] =
      (c >= 0xd800 && c <= 0xdbff ? HIGH : unitWidth(c)) |
      (breaksAfter(c) ? BREAKS : 0) |
      (isSpace(c) ? SPACE : 0);
  return (unitClass = table);
}

/**
 * Lines a text needs when it wraps in a column `width` characters wide (breaking at spaces where it can).
 * @example wrappedLines("a fairly long reason that wraps", 12) // 3
 */
export function wrappedLines(v: PlanCell, width: number): number {
  if (typeof v !== "string" || v === "") return 1;
  const room = Math.max(1, width - 1);
  const n = v.length;
  const classes = unitClasses();
  let lines = 1;
  let used = 0;
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
  return lines;
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
