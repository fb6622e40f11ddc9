import { type Cell, isBlankCell, isErrorCell } from "./cells";
import { MONTHS_EN, matchForm, parseUnit, withoutGloss } from "./normalize";

/** The outcome of reading one cell as a number: a value, nothing, or text that could not be read. */
export type Parsed<T> =
  | { readonly kind: "value"; readonly value: T }
  | { readonly kind: "blank" }
  | {
      readonly kind: "invalid";
      readonly raw: string;
      /** A number, but past what a double holds (1e305 in a 万元 column): said as too large, not as text. */
      readonly tooLarge?: true;
    };

const BLANK: Parsed<never> = { kind: "blank" };
const DASHES = /^[-–—－~～]+$|^(n\/?a|na|none|null|无|暂无|空|\/|－)$/i;
const PLAIN = /^\d+(\.\d+)?$|^\.\d+$/;
const GROUPED = /^\d{1,3}([,，']\d{3})+(\.\d+)?$/;
const SPACED = /^\d{1,3}( \d{3})+(\.\d+)?$/;
/**
 * Grouped by points, as a European ledger writes (1.234.567; 1.234,56 with a decimal comma): only where it
 * cannot be a decimal point, two groups or a comma after them. 1.234 alone stays one and a bit.
 */
const POINT_GROUPED = /^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$|^\d{1,3}(?:\.\d{3})+,\d+$/;

/**
 * Reads a number the way people type it in Chinese and English sheets: `1,234.5`, `¥12万`, `3.2亿`,
 * `(1,200)`, `１２３`, `45%`, `12k`. `columnMultiplier` is the header's unit (万元 → 10000); a unit in
 * the cell itself wins over the column's.
 * @example parseNumber("¥12.5万", 1) // { kind: "value", value: 125000 }
 */
export function parseNumber(cell: Cell, columnMultiplier = 1): Parsed<number> {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return { kind: "invalid", raw: String(cell) };
    const value = cell * columnMultiplier;
    return Number.isFinite(value)
      ? { kind: "value", value }
      : { kind: "invalid", raw: String(cell), tooLarge: true };
  }
  if (isBlankCell(cell)) return BLANK;
  if (typeof cell === "boolean" || cell instanceof Date || isErrorCell(cell) || typeof cell !== "string") {
    return { kind: "invalid", raw: rawText(cell) };
  }
  return parseNumberText(cell, columnMultiplier);
}

/** A cell as a finding quotes it: dates as ISO days, formulas with their '=', errors as Excel shows them. */
export function rawText(cell: Cell): string {
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? "Invalid Date" : cell.toISOString().slice(0, 10);
  if (cell !== null && typeof cell === "object") return "formula" in cell ? `=${cell.formula}` : cell.error;
  return String(cell);
}

/**
 * Words around an estimate ("约120万", "120万左右", "90天以上", "120万+", "about 50,000") or a floor said
 * before the figure ("超过50万", "≥5万", "over 500k"), as 以上 says it after: the number is read as written.
 */
const ABOUT_BEFORE =
  /^(?:约为|大约|大概|约|近|超过|不低于|不少于|至少|~|≈|≥|≧|>|about|around|approx(?:imately|\.)?|over|more than|at least)\s*/i;
const ABOUT_AFTER = /\s*(?:左右|上下|以上|多|余|\+)$/;

/** "12.5万元/年", "120万每年", "$1.2M p.a.": a yearly figure said as one (a sales column is a year's). */
const PER_YEAR = /\s*(?:[/／]\s*(?:年|yr|year)|每年|per\s*year|p\.?a\.?)$/i;

/** A word about the figure after it, in parentheses: "12万元（含税）", "120万(预计)", "45 (est.)". */
const QUALIFIED =
  /\s*[(（]\s*(?:含税|不含税|未税|税后|税前|预计|预估|估计|估|暂估|约|未审|已审|净额|净|gross|net|est\.?|estimated|approx\.?)\s*[)）]$/i;

/** A number in scientific notation, as a system's CSV export writes a large one: 1.2E+06. */
const SCIENTIFIC = /^\d+(?:\.\d+)?e[+-]?\d+$/i;

function parseNumberText(raw: string, columnMultiplier: number): Parsed<number> {
  let s = matchForm(raw).trim();
  if (DASHES.test(s)) return BLANK;
  s = s.replace(QUALIFIED, "").replace(ABOUT_BEFORE, "").replace(ABOUT_AFTER, "");
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
  } else if (/\d-$/.test(s)) {
    // SAP writes a negative amount with its sign after it: 1,234.56-.
    negative = !negative;
    s = s.slice(0, -1).trim();
  }
  s = s
    .replace(/^(rmb|cny|¥|￥|us\$|hk\$|jp¥|\$|usd|hkd|eur|gbp|jpy|€|£|人民币)\s*/i, "")
    .replace(PER_YEAR, "");
  if (SCIENTIFIC.test(s)) {
    const value = Number(s) * columnMultiplier;
    if (!Number.isFinite(value)) return { kind: "invalid", raw, tooLarge: true };
    return { kind: "value", value: negative ? -value : value };
  }
  // 整 closes an amount written out in full (12万元整, 壹拾贰万元整): nothing follows.
  s = s.replace(/(?<=[\d元圆万亿千百十拾佰仟萬億])整$/, "");
  const worded = amountInWords(s, columnMultiplier);
  if (worded !== null) return { kind: "value", value: negative ? -worded : worded };
  let multiplier = columnMultiplier;
  let percent = false;
  // A point with no decimals after it (5000., 12.万), which Excel reads as the whole number.
  s = s.replace(/(?<=\d)\.(?!\d)/, "");
  // More than, between the figure and its unit (50多万, 50余万元): the figure, as 约50万 is read.
  s = s.replace(/(?<=\d)\s*(?:多|余)(?=\s*[万萬亿億千仟百佰元])/, "");
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
  else if (POINT_GROUPED.test(s)) digits = s.replace(/\./g, "").replace(",", ".");
  else return { kind: "invalid", raw };
  let value = Number(digits) * multiplier;
  if (percent) value /= 100;
  if (!Number.isFinite(value)) return { kind: "invalid", raw, tooLarge: true };
  return { kind: "value", value: negative ? -value : value };
}

const MAGNITUDE: Readonly<Record<string, number>> = {
  亿: 1e8,
  億: 1e8,
  万: 1e4,
  萬: 1e4,
  千: 1e3,
  仟: 1e3,
  百: 100,
  佰: 100,
  十: 10,
  拾: 10,
};
const DIGIT_WORD: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

/**
 * An amount in yuan written in parts or in Chinese numerals, as people type and finance writes it:
 * 3万5千 and 3万5 (35,000: a lone digit after a unit is the next unit down), 1亿2000万, 3万500,
 * 四十五万, 壹拾贰万元 (大写). Null for anything else, a plain number with one unit included (12.5万 is
 * read by the unit's own path). An amount that names its unit (万, 亿, 元) is in yuan whatever the column's
 * unit; Chinese numerals without one (四十五) are in the column's, as digits there are.
 * @example amountInWords("3万5", 1) // 35000
 */
function amountInWords(text: string, columnMultiplier: number): number | null {
  const yuan = /[元圆]$/.test(text.trim());
  const s = text.replace(/\s+/g, "").replace(/[元圆]$/, "");
  if (s === "") return null;
  if (/^[\d.]/.test(s)) return amountInParts(s);
  const n = chineseNumeral(s);
  // Only with a unit (十, 百, 千, 万, 亿) or yuan: 三 alone under a sales header is no figure.
  if (n === null || (n.largest === 1 && !yuan)) return null;
  // 四十五 under 销售额（万元） is 45万, as 45 there is; 四十五万 and 四十五元 name their own unit.
  return n.largest >= 1e4 || yuan ? n.value : n.value * columnMultiplier;
}

/**
 * A number in Chinese numerals, 大写 included (两, 十二, 一百零五, 二十三万四千五百, 壹拾贰万, 一亿二千万), with
 * `largest` the largest unit it names (1 for none); a lone digit after a unit is the next unit down
 * (一万五 is 15,000, 二百五 250). Null where it is no such number (三四万, two digits in a row).
 * @example chineseNumeral("一万五") // { value: 15000, largest: 10000 }
 */
function chineseNumeral(s: string): { value: number; largest: number } | null {
  let total = 0; // whole 亿
  let wan = 0; // whole 万 below them
  let section = 0; // below 万
  let digit: number | null = null;
  let last = 0; // the last unit read (0 after 零: a digit after it is ones)
  let largest = 1;
  for (const ch of s) {
    const d = DIGIT_WORD[ch];
    if (d !== undefined) {
      if (digit !== null && digit !== 0 && d !== 0) return null;
      digit = d;
      if (d === 0) last = 0;
      continue;
    }
    const m = MAGNITUDE[ch];
    if (m === undefined) return null;
    if (m >= 1e4) {
      const part = (m === 1e8 ? wan : 0) + section + (digit ?? 0);
      if (part === 0) return null;
      if (m === 1e8) {
        total = (total + part) * m;
        wan = 0;
      } else wan = part * m;
      section = 0;
    } else {
      // 十万 and 拾万: a 十 with no digit before it is one ten.
      if (digit === null && m !== 10) return null;
      section += (digit ?? 1) * m;
    }
    digit = null;
    last = m;
    largest = Math.max(largest, m);
  }
  const tail = digit === null ? 0 : last >= 100 ? digit * (last / 10) : digit;
  return { value: total + wan + section + tail, largest };
}

/** 3万5千, 3万5, 1亿2000万, 3万500: digits, each with a unit smaller than the one before. */
function amountInParts(s: string): number | null {
  const part = /(\d+(?:\.\d+)?)([亿億万萬千仟百佰])?/y;
  let total = 0;
  let last = Infinity;
  let parts = 0;
  for (let pos = 0; pos < s.length;) {
    part.lastIndex = pos;
    const m = part.exec(s);
    if (!m || m[0] === "") return null;
    pos = part.lastIndex;
    const digits = m[1] as string;
    // A fraction only alone with its unit (12.5万, read by the unit's own path): 3.5万5 says no amount.
    if (digits.includes(".")) return null;
    let magnitude: number;
    if (m[2] !== undefined) magnitude = MAGNITUDE[m[2]] as number;
    else {
      // Only last, after a unit: one digit is the next unit down (3万5: 5千), more are yuan (3万500).
      if (pos !== s.length || parts === 0) return null;
      magnitude = digits.length === 1 ? last / 10 : 1;
    }
    const value = Number(digits) * magnitude;
    if (magnitude >= last || value >= last) return null;
    total += value;
    last = magnitude;
    parts++;
  }
  return parts >= 2 ? total : null;
}

/**
 * Reads a share: `35%`, `0.35`, or `35` in a column whose values run above 1 (then read as percent points).
 * @example parseShare("35%", false) // { kind: "value", value: 0.35 }
 */
export function parseShare(cell: Cell, columnInPercentPoints: boolean): Parsed<number> {
  if (typeof cell === "string") {
    // A change said in words or arrows: "增长12%", "同比下降5%", "↑12%", "▲12%", "12%↑", "持平".
    const t = matchForm(cell).trim();
    if (/^(?:持平|flat|unchanged)$/i.test(t)) return { kind: "value", value: 0 };
    // No change to give: an account new this year (新客户, 新增, New) or a report's "not meaningful"
    // (NM, n.m.): no growth, as a blank is, not a cell said unreadable on every new account's row.
    if (NO_CHANGE_TO_GIVE.test(t)) return BLANK;
    const after = ARROW_AFTER.exec(t);
    if (after)
      return parseShare(`${after[2] === undefined ? "↑" : "↓"}${after[1] ?? ""}`, columnInPercentPoints);
    const worded = CHANGE_WORDS.exec(t);
    if (worded) {
      const p = parseShare(worded[3] ?? "", columnInPercentPoints);
      if (p.kind !== "value") return { kind: "invalid", raw: cell };
      // "下降5%" and "下降-5%" both fall; "增长-5%" falls too (the figure's own sign stands).
      return { kind: "value", value: worded[2] !== undefined ? -Math.abs(p.value) : p.value };
    }
  }
  // A percent sign anywhere makes the figure a percentage, whatever the column's scale: "15%左右" is 15%
  // in a column of percent points too (it was read as 0.15 points there).
  const isPercentText = typeof cell === "string" && /[%％]/.test(cell);
  if (typeof cell === "string" && cell.includes("成")) {
    const tenths = tenthsOf(cell);
    if (tenths !== null) return { kind: "value", value: tenths };
  }
  const parsed = parseNumber(cell, 1);
  if (parsed.kind !== "value" || isPercentText) return parsed;
  return columnInPercentPoints ? { kind: "value", value: parsed.value / 100 } : parsed;
}

/**
 * A share said in tenths, as Chinese business speech says it: 三成 is 30%, 三成五 35%, 3成 30%, 十成 all;
 * an estimate's words around it (约三成, 三成左右) as elsewhere. Null for anything else.
 * @example tenthsOf("约三成五") // 0.35
 */
function tenthsOf(text: string): number | null {
  const t = matchForm(text).trim().replace(ABOUT_BEFORE, "").replace(ABOUT_AFTER, "");
  const m = /^(十|[一二两三四五六七八九]|\d(?:\.\d+)?)成([一二三四五六七八九]|\d)?$/.exec(t);
  if (!m) return null;
  const whole = CHINESE_NUMBER[m[1] as string] ?? Number(m[1]);
  const part = m[2] === undefined ? 0 : (CHINESE_NUMBER[m[2]] ?? Number(m[2]));
  const value = (whole + part / 10) / 10;
  return value <= 1 ? value : null;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
export const DAY_MS = 86_400_000;

/**
 * The UTC midnight of a moment, in epoch ms: the run's day, a visit's day. A next review before the
 * run's day is overdue, as the sheet's red "已逾期" format says.
 * @example startOfDay(Date.UTC(2026, 10, 30, 15)) // Date.UTC(2026, 10, 30)
 */
export function startOfDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/**
 * Days from the 1900 date system's day 0 to the 1904 system's (1904-01-01): a serial of the 1904 system
 * plus this is the same day's serial in the 1900 system.
 * https://learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system
 */
export const DAYS_1904 = 1462;

/**
 * A date (epoch milliseconds) as Excel's date serial, the inverse of how `parseDate` reads one: days
 * since 1899-12-30 (the 1900 system), or since 1904-01-01 in a workbook of the 1904 system.
 * @example excelSerialOf(Date.UTC(1970, 0, 1)) // 25569
 * @example excelSerialOf(Date.UTC(1970, 0, 1), true) // 24107
 */
export function excelSerialOf(ms: number, date1904 = false): number {
  return (ms - EXCEL_EPOCH_MS) / DAY_MS - (date1904 ? DAYS_1904 : 0);
}

/**
 * The date of an Excel serial in the 1900 date system, which Office.js's `Range.values` returns for a
 * date cell (https://learn.microsoft.com/office/troubleshoot/excel/wrongly-assumes-1900-is-leap-year):
 * serial 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was (serial 60), so serials
 * from 61 on are days since 1899-12-30 and those below 60 one day later than that count. Null when the
 * serial is not a date Excel can show (below 1 or after 9999-12-31). With `date1904`, a serial of the
 * 1904 system (0 is 1904-01-01).
 * @example dateFromExcelSerial(45474) // 2024-07-01
 * @example dateFromExcelSerial(44012, true) // 2024-07-01
 */
export function dateFromExcelSerial(serial: number, date1904 = false): Date | null {
  if (date1904)
    return Number.isFinite(serial) && serial >= 0 ? dateFromExcelSerial(serial + DAYS_1904) : null;
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
 * "增长12%" / "同比下降5%" / "↑12%" / "↓5%", and the filled triangles Chinese reports draw (▲12% up,
 * ▼5% down): up (group 1) or down (group 2), then the figure. Not the hollow △, which Japanese
 * accounts write for a minus (△5% is a fall there): left unread, said.
 */
const CHANGE_WORDS =
  /^(?:同比|环比)?(?:(增长|上升|提高|上涨|增加|[↑▲⬆↗])|(下降|减少|下滑|降低|下跌|[↓▼⬇↘]))\s*(\S.*)$/;
/** The figure with its arrow after it (12%↑, 5%▼): the figure (group 1), then down (group 2) or up. */
const ARROW_AFTER = /^(\S.*?)\s*(?:[↑▲⬆↗]|([↓▼⬇↘]))$/;
/** A growth cell that says there is none to give: a new account (新客户, 新增, New), or NM / n.m. */
const NO_CHANGE_TO_GIVE =
  /^(?:新客户?|新增(?:客户)?|新开(?:户|发)?|新签(?:客户)?|本年新增|首年|new(?:\s*(?:customer|account|client))?|n\.?\s?m\.?|not\s*meaningful)$/i;

/**
 * A date written as text: `2019-03-01`, `2019/3/1`, `2019.3.1`, `2019年3月1日` (or 号), `2019年3月`, with a
 * time of day after it as exports from order and CRM systems write one (`2019-03-01 14:30:00`,
 * `2019-03-01T14:30:00Z`; the time is dropped, a visit's day is what counts).
 */
const DATE_TEXT =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*[日号]?|\s*月)?(?:(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|(?:UTC|GMT)?[+-]\d{2}:?\d{2})?)?$/;
/**
 * A part of a month or a year in words, as planners write a date they do not know to the day: 2025年11月上旬
 * (early November: the 1st), 中旬 (the 11th), 下旬 (the 21st), 11月底 (its last day); 2019年初 and 2019年上半年
 * (January), 年中 and 下半年 (July), 年底 (December). Each reads as the first day it can mean, as
 * 2019年3月 reads as the 1st, except a month's end, its last day.
 */
const MONTH_PART = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*(上旬|月初|初|中旬|月中|中|下旬|月底|底|月末|末)$/;
const YEAR_PART = /^(\d{4})\s*年?\s*(年初|初|上半年|年中|下半年|年底|底|年末|末|年尾)$/;

/** The date a part of a month or a year in words stands for (see MONTH_PART), or null. */
function dateInWords(s: string): Date | null {
  const m = MONTH_PART.exec(s);
  if (m) {
    const [y, mo, part] = [Number(m[1]), Number(m[2]), m[3] ?? ""];
    // Day 0 of the next month is this one's last.
    if (/底|末/.test(part)) return dateOf(y, mo, new Date(Date.UTC(y, mo, 0)).getUTCDate());
    return dateOf(y, mo, /中/.test(part) ? 11 : part === "下旬" ? 21 : 1);
  }
  const yp = YEAR_PART.exec(s);
  if (!yp) return null;
  const part = yp[2] ?? "";
  return dateOf(Number(yp[1]), /初|上半年/.test(part) ? 1 : /中|下半年/.test(part) ? 7 : 12, 1);
}

/** `20190301`, as ERP exports write a date: eight digits, read as a date only when they make one. */
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/** The date of a year, month and day, or null when they make none (30 February) or the year is not 1900-2199. */
function dateOf(y: number, mo: number, d: number): Date | null {
  if (y < 1900 || y > 2199) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : null;
}

/** The date of eight digits yyyymmdd (a number or text), or null. */
function compactDate(digits: string): Date | null {
  const m = COMPACT_DATE.exec(digits);
  return m ? dateOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/**
 * A date with its month in English letters, as English exports and people write one: `Mar 5, 2025`,
 * `March 5th 2025`, `5 March 2025`, `5-Mar-25` (Excel's d-mmm-yy; a two-digit year is 19xx from 30 up,
 * 20xx below, as Excel reads it). Null for anything else.
 */
function englishDate(text: string): Date | null {
  const monthOf = (word: string): number => {
    const w = word.toLowerCase().replace(/\.$/, "");
    const i = MONTHS_EN.indexOf(w.slice(0, 3));
    const full =
      [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
      ][i] ?? "";
    return i >= 0 && (w.length === 3 || full.startsWith(w) || (w === "sept" && i === 8)) ? i + 1 : 0;
  };
  const yearOf = (y: string): number =>
    y.length === 4 ? Number(y) : Number(y) < 30 ? 2000 + Number(y) : 1900 + Number(y);
  // A time of day after the date (Nov 20, 2025 2:35 PM, as Salesforce and HubSpot export one) is dropped.
  const s = text.replace(/,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?$/i, "");
  let m = /^([a-z]{3,9}\.?)\s*(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(s);
  if (m) return monthOf(m[1] ?? "") ? dateOf(yearOf(m[3] ?? ""), monthOf(m[1] ?? ""), Number(m[2])) : null;
  m = /^(\d{1,2})(?:st|nd|rd|th)?[-\s]([a-z]{3,9}\.?)[-\s,]\s*(\d{4}|\d{2})$/i.exec(s);
  if (m) return monthOf(m[2] ?? "") ? dateOf(yearOf(m[3] ?? ""), monthOf(m[2] ?? ""), Number(m[1])) : null;
  // A month and a year (Nov 2025, November 2025, Nov-25): its first day, as 2025年11月 is read.
  m = /^([a-z]{3,9}\.?)[-\s,]\s*(\d{4}|\d{2})$/i.exec(s);
  if (m) return monthOf(m[1] ?? "") ? dateOf(yearOf(m[2] ?? ""), monthOf(m[1] ?? ""), 1) : null;
  return null;
}

/** Day and month as numbers with the year last: 3/5/2025, 15.03.2025, 3-5-2025, a time of day after it. */
const NUMERIC_DAY_MONTH =
  /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?$/i;

/** The order of day and month in dates such as 3/5/2025: month first (US exports) or day first. */
export type DayMonthOrder = "mdy" | "dmy";

/** The order one such date shows by itself (15/3/2025 can only be day first), else undefined. */
function orderShown(a: number, b: number): DayMonthOrder | undefined {
  if (a > 12 && b >= 1 && b <= 12) return "dmy";
  if (b > 12 && a >= 1 && a <= 12) return "mdy";
  return undefined;
}

/**
 * The order a column's day-and-month dates follow, as its cells show it: 1/15/2019 anywhere in the column
 * makes 10/2/2026 the 2nd of October (a Salesforce export), 15/1/2019 the 10th of February. Undefined
 * where no cell shows it, or cells show both (then each ambiguous one stays refused).
 * @example dayMonthOrder(["1/15/2019", "10/2/2026"]) // "mdy"
 */
export function dayMonthOrder(cells: Iterable<Cell>): DayMonthOrder | undefined {
  let found: DayMonthOrder | undefined;
  for (const cell of cells) {
    if (typeof cell !== "string") continue;
    const m = NUMERIC_DAY_MONTH.exec(matchForm(cell).trim());
    const shown = m ? orderShown(Number(m[1]), Number(m[2])) : undefined;
    if (shown === undefined) continue;
    if (found !== undefined && found !== shown) return undefined;
    found = shown;
  }
  return found;
}

/**
 * Both readings of a date whose day and month could each come first (10/2/2026: 2 October or 10
 * February), month first then day first; undefined for any other cell.
 * @example ambiguousDayMonth("10/2/2026") // [2026-10-02, 2026-02-10]
 */
export function ambiguousDayMonth(cell: Cell): readonly [Date, Date] | undefined {
  if (typeof cell !== "string") return undefined;
  const m = NUMERIC_DAY_MONTH.exec(matchForm(cell).trim());
  if (!m || /^\s*\d{1,2}\s*\.\s*\d{1,2}\s*\./.test(cell)) return undefined;
  const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const monthFirst = dateOf(y, a, b);
  const dayFirst = dateOf(y, b, a);
  return monthFirst && dayFirst && a !== b ? [monthFirst, dayFirst] : undefined;
}

/** `3月5日` (or 号): a month and day without their year. */
const MONTH_DAY = /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]$/;
/** `6月`, `6月份`, `6月中旬`, `6月底`: a month, or a part of one, without its year. */
const MONTH_ALONE = /^(\d{1,2})\s*月份?\s*((?:上旬|中旬|下旬|初|中|底|末))?$/;
/** Two digits, a dot, one or two, a dot, two: 25.11.30 (a year first) or 30.11.25 (a day first). */
const SHORT_DOTTED = /^(\d{2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{2})$/;
/** A date whose year is shortened to two digits before 年: 25年11月3日, 25年11月. */
const SHORT_YEAR_DATE = /^(\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?$/;
/** A time of day in words after a date: 上午, 下午, 晚上, with an hour (下午3点, 上午10:30) or without. */
const TIME_OF_DAY = /\s*(?:上午|下午|中午|晚上|早上)(?:\s*\d{1,2}(?:[:：]\d{2}|点(?:\d{1,2}分?|半)?)?)?$/;
/**
 * The day of the week a long date names beside it (2025年6月1日星期日, 2025-06-01 (周日), Sunday, June 1,
 * 2025 as Excel's Long Date shows it, and a CSV export or a paste keeps as text): the date says the day.
 */
const WEEKDAY_AFTER = /\s*[(（]?(?:星期|礼拜|周)[一二三四五六日天][)）]?$/;
const WEEKDAY_BEFORE =
  /^(?:(?:星期|礼拜|周)[一二三四五六日天]\s*[,，、]?\s*|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?\s*,?\s+)/i;
/**
 * A date's text with words after it: in brackets (2025-6-3（电话）, 2025-06-03 (phone)), or after a blank, a
 * comma or a dash with no figure among them (2025/6/3 电话拜访, 2025-06-03, on site).
 */
const DATE_GLOSS =
  /^(.*\d.*?)\s*(?:[(（[【][^()（）[\]【】]*[)）\]】]|(?:\s+|\s*[,，、;；-]\s*)[^\d\s,，、;；-][^\d]*)$/;
/** The words for no date yet where a date belongs: 未拜访, 从未拜访, 尚未, 未联系, 待定, never, not yet. */
const NO_DATE =
  /^(?:未拜访|从未拜访|尚未拜访|没有拜访|未联系|尚未联系|从未|尚未|待定|待拜访|never|notyet|not yet|tbd)$/i;

/**
 * Reads a date: a Date, an Excel serial number, eight digits yyyymmdd (a number no serial reaches, or
 * text), or text such as `2019-03-01`, `2019/3/1`, `2019年3月1日`, `2019年3月`, `2019-03-01 14:30`,
 * `Mar 5, 2025`, `5-Mar-25`. A serial counts days in the 1904 date system with `date1904`.
 * With `before` (a date in the past: a last visit), a month and day without a year (3月5日) is the last
 * such day on or before it, and so is a month alone (6月, 6月中旬: its first day the words can mean), as a planner writing this year's visits means it (Excel, given 3月5日, takes
 * the current year); 3/5 stays refused (March or May?). Day and month as numbers before the year
 * (1/15/2019, 15/1/2019) are read where only one order makes a date, or in `order` (the column's, see
 * dayMonthOrder); 3/5/2025 alone stays refused.
 * @example parseDate("2019年3月1日") // { kind: "value", value: new Date(Date.UTC(2019, 2, 1)) }
 * @example parseDate("12月20日", new Date("2025-06-30")) // 2024-12-20
 */
export function parseDate(cell: Cell, before?: Date, order?: DayMonthOrder, date1904 = false): Parsed<Date> {
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime())
      ? { kind: "invalid", raw: "Invalid Date" }
      : { kind: "value", value: cell };
  if (typeof cell === "number") {
    // Excel's last serial is 2,958,465 (9999-12-31): 20,190,301 can only be yyyymmdd.
    const date =
      dateFromExcelSerial(cell, date1904) ?? (Number.isInteger(cell) ? compactDate(String(cell)) : null);
    return date === null ? { kind: "invalid", raw: String(cell) } : { kind: "value", value: date };
  }
  if (isBlankCell(cell)) return BLANK;
  if (typeof cell !== "string" || isErrorCell(cell)) return { kind: "invalid", raw: rawText(cell) };
  // A time of day in words after the date (2025年11月20日 下午, 2025-11-20 上午10点) says nothing of the day.
  // Nor does the day of the week beside it (2025年6月1日星期日, Sunday, June 1, 2025).
  const s = matchForm(cell)
    .trim()
    .replace(TIME_OF_DAY, "")
    .replace(WEEKDAY_AFTER, "")
    .replace(WEEKDAY_BEFORE, "");
  // No date (—, 无, 暂无, 未拜访, never): blank, not a date someone mistyped.
  if (DASHES.test(s) || NO_DATE.test(s)) return BLANK;
  const m = DATE_TEXT.exec(s);
  const date = m
    ? dateOf(Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3]))
    : (compactDate(s) ?? englishDate(s) ?? dateInWords(s));
  if (date !== null) return { kind: "value", value: date };
  const dm = NUMERIC_DAY_MONTH.exec(s);
  if (dm) {
    const [a, b, y] = [Number(dm[1]), Number(dm[2]), Number(dm[3])];
    // Dots with the year last are written day first (05.03.2025, as SAP and much of Europe write it).
    const how = orderShown(a, b) ?? (/^\d{1,2}\s*\.\s*\d{1,2}\s*\./.test(s) ? "dmy" : order);
    const value = how === "mdy" ? dateOf(y, a, b) : how === "dmy" ? dateOf(y, b, a) : null;
    return value === null ? { kind: "invalid", raw: cell } : { kind: "value", value };
  }
  // A year shortened to two digits before 年 (25年11月3日, 25年11月): this century's, unless that is
  // after the run's year (98年3月: 1998). It was no date, and the visit's review counted from the run.
  const short = SHORT_YEAR_DATE.exec(s);
  if (short) {
    const yy = Number(short[1]);
    const year = before && 2000 + yy > before.getUTCFullYear() ? 1900 + yy : 2000 + yy;
    const value = dateOf(year, Number(short[2]), short[3] === undefined ? 1 : Number(short[3]));
    return value === null ? { kind: "invalid", raw: cell } : { kind: "value", value };
  }
  // Two digits each side of two dots (25.11.30): a year first, as Chinese sheets shorten a date, or a
  // day first with the year last, as much of Europe does. Where one reading only is a day on or before
  // the run's (a last visit), it is that one; where both are, it is no date to guess.
  const dotted = before ? SHORT_DOTTED.exec(s) : null;
  if (dotted && before) {
    const [a, b, c] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
    const readings = [dateOf(2000 + a, b, c), dateOf(2000 + c, b, a)].filter(
      (d): d is Date => d !== null && d.getTime() <= before.getTime(),
    );
    return readings.length === 1 && readings[0]
      ? { kind: "value", value: readings[0] }
      : { kind: "invalid", raw: cell };
  }
  // A month without its year (6月, 6月份, 6月中旬): the last such month on or before the day, as 3月5日 is
  // read, on the first day its words can mean (6月 the 1st, as 2025年6月 is). Each was no date.
  const month = before ? MONTH_ALONE.exec(s) : null;
  if (month && before) {
    const year = before.getUTCFullYear();
    for (const y of [year, year - 1]) {
      const d = parseDate(`${y}年${month[1]}月${month[2] ?? ""}`);
      if (d.kind === "value" && d.value.getTime() <= before.getTime()) return d;
    }
  }
  const md = before ? MONTH_DAY.exec(s) : null;
  if (md && before) {
    const year = before.getUTCFullYear();
    const [mo, d] = [Number(md[1]), Number(md[2])];
    // 2月29日 goes back to the last leap year's.
    for (let y = year; y > year - 8; y--) {
      const candidate = dateOf(y, mo, d);
      if (candidate && candidate.getTime() <= before.getTime()) return { kind: "value", value: candidate };
    }
  }
  // A date with how or why beside it, as a rep notes a visit (2025-6-3（电话）, 2025/6/3 电话拜访,
  // 2025-06-03 (phone)): the date. Each was no date, and the visit's review counted from the run.
  const glossed = s.length <= 80 ? DATE_GLOSS.exec(s) : null;
  if (glossed?.[1]) {
    const head = parseDate(glossed[1], before, order, date1904);
    if (head.kind === "value") return head;
  }
  return { kind: "invalid", raw: cell };
}

/** Chinese numerals zero to ten, 大写 included, as counts of months and years are written (两年, 三个月). */
export const CHINESE_NUMBER: Readonly<Record<string, number>> = { ...DIGIT_WORD, 十: 10 };

/**
 * A relationship's length as people write it in words: 8个月 and 18个月 (in years), 半年, 2年半, 两年, 十年,
 * a range (3-5年: its lower bound, as an aging bucket's), under a year or N (不足1年, 1年以内: half of it),
 * a new account (新客户, 新开户: none). Undefined for anything else.
 * @example yearsInWords("3-5年") // 3
 */
function yearsInWords(s: string): number | undefined {
  const t = s.replace(/\s+/g, "");
  if (/^(?:新客户?|新开户?|新签约?|新增客户?|今年新开|本年新开|首年|new(?:account|customer)?)$/i.test(t))
    return 0;
  // 第3年 (in its third year): two whole years; 第一年 as 首年, none (each was no length).
  const nth = new RegExp(`^第(${COUNT})年$`).exec(t);
  if (nth) {
    const n = countOf(nth[1] ?? "");
    return n !== undefined && n >= 1 && Number.isInteger(n) ? n - 1 : undefined;
  }
  if (t === "半年") return 0.5;
  // 2年半, 一年半, 十二年半: a year and a half.
  const half = new RegExp(`^(${COUNT})年半$`).exec(t);
  if (half) return (countOf(half[1] ?? "") as number) + 0.5;
  // 3年2个月, 3年零2个月, 三年两个月, 3years2months, 3y2m: years and months.
  // (Two digits of years at most: 2015年1月 is a start month.)
  let m = new RegExp(`^(\\d{1,2}|${CHINESE_COUNT})年零?(${COUNT})个?月(?:以上|左右|多)?$`).exec(t);
  m ??= /^(\d{1,2})(?:years?|yrs?|y)(?:and)?(\d{1,2})(?:months?|mos?|m)$/i.exec(t);
  if (m) return (countOf(m[1] ?? "") as number) + (countOf(m[2] ?? "") as number) / 12;
  m = /^(\d+(?:\.\d+)?)个?月$/.exec(t);
  if (m) return Number(m[1]) / 12;
  // 十二年, 二十年以上, 两年多: Chinese numerals (digits go through parseNumber).
  m = new RegExp(`^(${CHINESE_COUNT})年(?:以上|左右|多)?$`).exec(t);
  if (m) return countOf(m[1] ?? "");
  m = /^(\d+(?:\.\d+)?)\s*[-~～—–至到]\s*(\d+(?:\.\d+)?)\s*年$/.exec(t);
  if (m && Number(m[1]) <= Number(m[2])) return Number(m[1]);
  // A bare figure after < is years as well, in a column of them (<1, ＜2).
  m = new RegExp(
    `^(?:不足|未满|不满|少于|不到|<|＜)(${COUNT})年$|^(${COUNT})年(?:以内|以下|内)$|^[<＜](\\d+(?:\\.\\d+)?)$`,
  ).exec(t);
  if (m) return (countOf(m[1] ?? m[2] ?? m[3] ?? "") as number) / 2;
  // The same in English: about 6 years, over 10 years (its figure), less than 1 year (half of it).
  m =
    /^(?:about|approx\.?|approximately|around|over|morethan|atleast)(\d+(?:\.\d+)?)\+?(?:years?|yrs?)$/i.exec(
      t,
    );
  if (m) return Number(m[1]);
  m = /^(?:lessthan|under|within)(\d+(?:\.\d+)?)(?:years?|yrs?)$/i.exec(t);
  if (m) return Number(m[1]) / 2;
  return undefined;
}

/** A count in Chinese numerals up to 99: 两, 十, 十二, 二十, 二十五. */
const CHINESE_COUNT = "[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九]";
/** A count in digits (3, 2.5) or in Chinese numerals. */
const COUNT = `\\d+(?:\\.\\d+)?|${CHINESE_COUNT}`;

/**
 * The number a count writes: digits as they are, Chinese numerals up to 99 (十二 12, 二十 20, 两 2).
 * @example countOf("二十五") // 25
 */
function countOf(text: string): number | undefined {
  return /^\d/.test(text) ? Number(text) : chineseNumeral(text)?.value;
}

/** "自2019年起", "从2019年开始", "since 2019": the words around a start year or date, to be taken off. */
const SINCE_BEFORE = /^(?:自|从|since)\s*/i;
// "2019-" and "2019~": from 2019 on, the end left open; "2019-至今", "2019年~现在" (each was no year).
const SINCE_AFTER =
  /\s*(?:起|开始|(?:[-~～—–]\s*)?(?:至今|至现在|现在|今)|以来|onwards|on|-?\s*now|-?\s*present|(?<=\d{4}\s*年?\s*)[-~～—–])$/i;

/**
 * Reads a relationship length in years: a number (`6`, `6年`, `6.5 years`), a start year (`2015`,
 * `2015年`, `2015年起`, `since 2015`) or a start date (`2015-03-01`, `2015年3月起`, `20150301`, 9/1/2015
 * in the column's `order`), as the years until `asOf` (negative for a start after it).
 * @example parseYears("2018-01-01", new Date("2024-01-01")) // { kind: "value", value: 6 }
 * @example parseYears("2018年起", new Date("2024-06-01")) // { kind: "value", value: 6 }
 */
export function parseYears(cell: Cell, asOf: Date, order?: DayMonthOrder): Parsed<number> {
  // A start after today is negative (the caller says so); one later today is none yet.
  const since = (d: Parsed<Date>): Parsed<number> => {
    if (d.kind !== "value") return d;
    const years = (asOf.getTime() - d.value.getTime()) / (365.25 * DAY_MS);
    return { kind: "value", value: years > -1 / 365.25 ? Math.max(0, years) : years };
  };
  const thisYear = asOf.getUTCFullYear();
  const isYear = (y: number): boolean => Number.isInteger(y) && y > 1900 && y <= thisYear;
  if (cell instanceof Date) return since(parseDate(cell));
  if (typeof cell === "number") {
    if (isYear(cell)) return { kind: "value", value: thisYear - cell };
    // 2019.3 typed as a number (Excel keeps no text of it): the year and month 2019.3 written as text is.
    if (!Number.isInteger(cell) && isYear(Math.floor(cell)) && /^\d{4}\.\d{1,2}$/.test(String(cell)))
      return parseYears(String(cell), asOf, order);
    if (cell > MAX_YEARS && Number.isInteger(cell) && compactDate(String(cell)))
      return since(parseDate(cell));
    if (Number.isInteger(cell) && YEAR_MONTH.test(String(cell))) return parseYears(String(cell), asOf, order);
  }
  if (typeof cell === "string") {
    const s = matchForm(cell).trim().replace(SINCE_BEFORE, "").replace(SINCE_AFTER, "");
    const spoken = yearsInWords(s);
    if (spoken !== undefined) return { kind: "value", value: spoken };
    // 2015-2025: from its start year, as 2015年至今.
    const span = /^(\d{4})\s*[-~～—–至到]\s*(\d{4})\s*年?$/.exec(s);
    if (span && isYear(Number(span[1])) && Number(span[2]) >= Number(span[1]))
      return { kind: "value", value: thisYear - Number(span[1]) };
    const year = /^(\d{4})\s*年?$/.exec(s);
    if (year && isYear(Number(year[1]))) return { kind: "value", value: thisYear - Number(year[1]) };
    // A year and month as ERPs write a period (201905): its first day.
    const period = YEAR_MONTH.exec(s);
    if (period && isYear(Number(period[1]))) return since(parseDate(`${period[1]}-${period[2]}`));
    // A month in English letters (May 2019, Mar 1, 2019, 1-Jan-15), as English exports write a start.
    if (/[a-z]/i.test(s)) {
      const d = parseDate(s, undefined, order);
      if (d.kind === "value") return since(d);
    }
    if (/^\d{4}\s*[-/.年]/.test(s) || COMPACT_DATE.test(s) || NUMERIC_DAY_MONTH.test(s)) {
      const d = parseDate(s, undefined, order);
      return d.kind === "invalid" ? { kind: "invalid", raw: cell } : since(d);
    }
  }
  const n = parseNumber(cell, 1);
  // Not a length of years: negative, or past any partnership (45,000 is a date serial without its date
  // format; a date-formatted column reads it as the date, see readers.ts tenureOf).
  if (n.kind === "value" && (n.value < 0 || n.value > MAX_YEARS))
    return { kind: "invalid", raw: rawText(cell) };
  return n;
}

/** Six digits yyyymm, a month as ERPs write a period (201905): read only where the year is one. */
const YEAR_MONTH = /^(\d{4})(0[1-9]|1[0-2])$/;

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
  "有",
  "战略",
  "战略客户",
  "战略合作",
  "战略级",
  "战略伙伴",
  "核心",
  "核心客户",
  "strategic",
  "重点",
  "key",
  // A filled mark or a ticked box (●, ■, ☑, ✅), as a form's check column shows yes.
  "●",
  "■",
  "☑",
  "✅",
  // An ERP's switch (NetSuite's Credit Hold: On / Off).
  "on",
  "已冻结",
  // 是的, and a star marking the row (★; ☆ unmarked): each was "not yes/no".
  "是的",
  "★",
]);
const FALSE_WORDS = new Set([
  "否",
  "n",
  "no",
  "off",
  "未冻结",
  "false",
  "0",
  "不是",
  "非战略",
  "-",
  "×",
  "✗",
  "✘",
  "无",
  "没有",
  "非核心",
  "一般",
  "普通",
  // Not the flagged kind, in words (非重点, Non-strategic): each was "not yes/no". (Normal stays none:
  // under Active? or a hold it would say the opposite.)
  "非重点",
  "non-strategic",
  "nonstrategic",
  "not strategic",
  "☆",
  // An empty mark or box, a cross, a dash of any length: no.
  "○",
  "□",
  "☐",
  "❌",
  "—",
  "–",
  "--",
]);

/** An estimate not made yet (不详, 待评估, Unknown, TBD): no figure, and nothing mistyped. */
const NOT_ESTIMATED =
  /^(?:不详|未知|待评估|待估|待定|暂无数据|暂无|无法估计|无法评估|unknown|tbd|tba|n\/?a)$/i;

/**
 * An estimate as a planner writes one (a market's size, 市场容量): a figure, or a range read as its
 * middle (50-80, 50~80万, 50万-80万; the lower bound takes the upper's unit where it has none), and a
 * word for not estimated yet as blank. Each range was "not a number", its row's potential lost.
 * @example parseEstimate("50~80万") // { kind: "value", value: 650000 }
 */
export function parseEstimate(cell: Cell, columnMultiplier = 1): Parsed<number> {
  const p = parseNumber(cell, columnMultiplier);
  if (p.kind !== "invalid" || typeof cell !== "string") return p;
  const text = matchForm(cell).trim();
  if (NOT_ESTIMATED.test(text.replace(/\s+/g, ""))) return BLANK;
  const m = /^([^-~～–—至到]+?)\s*(?:-|~|～|–|—|至|到)\s*([^-~～–—至到]+)$/.exec(text);
  if (!m) return p;
  const upper = (m[2] as string).trim();
  let lower = (m[1] as string).trim();
  if (/^[\d.,]+$/.test(lower)) lower += upper.replace(/^[\d.,\s]+/, "");
  const a = parseNumber(lower, columnMultiplier);
  const b = parseNumber(upper, columnMultiplier);
  if (a.kind !== "value" || b.kind !== "value" || a.value < 0 || a.value > b.value) return p;
  return { kind: "value", value: (a.value + b.value) / 2 };
}

/**
 * Reads a yes/no flag such as 是/否, Y/N, TRUE/FALSE, ✓.
 * @example parseFlag("是") // { kind: "value", value: true }
 */
export function parseFlag(cell: Cell): Parsed<boolean> {
  if (typeof cell === "boolean") return { kind: "value", value: cell };
  if (typeof cell === "number") return { kind: "value", value: cell !== 0 };
  if (isBlankCell(cell)) return BLANK;
  if (typeof cell !== "string") return { kind: "invalid", raw: rawText(cell) };
  const f = matchForm(cell).trim().toLowerCase();
  if (TRUE_WORDS.has(f)) return { kind: "value", value: true };
  if (FALSE_WORDS.has(f)) return { kind: "value", value: false };
  // A yes or no with why beside it (是（集团指定）, 否 - 未签约): the yes or no.
  const head = withoutGloss(cell);
  if (head !== undefined) {
    const said = parseFlag(head);
    if (said.kind === "value") return said;
  }
  return { kind: "invalid", raw: cell };
}
