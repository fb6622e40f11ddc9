/**
 * Small pure readers, one per concern of a row, that readAccounts composes: each takes cells or values
 * already parsed and returns what the row means, with no table, no findings and no state, so each is
 * tested on its own (tests/unit/engine/readers.test.ts).
 */
import type { Cell } from "./cells";
import type { CreditClass, PotentialClass } from "./classes";
import { creditFromOverdue, potentialFromGrowth, potentialFromHeadroom, worseCredit } from "./classify";
import { STANDINGS, type Standing } from "./account";
import type { Rules } from "./rules";
import { cellText, isBlankCell } from "./cells";
import {
  CHINESE_NUMBER,
  type DayMonthOrder,
  type Parsed,
  DAYS_1904,
  dateFromExcelSerial,
  parseDate,
  parseFlag,
  parseNumber,
  parseShare,
  parseYears,
} from "./values";
import { matchForm } from "./normalize";

/**
 * Growth as a rate: the growth column where it has one, else revenue against the prior year.
 * @example growthOf(120, 100, null) // 0.2
 */
export function growthOf(revenue: number | null, prior: number | null, given: number | null): number | null {
  if (given !== null) return given;
  if (prior !== null && prior > 0 && revenue !== null) return Math.max(revenue, 0) / prior - 1;
  return null;
}

/**
 * The absolute increase in yuan: from the prior year where given, else from the rate
 * (revenue = prior x (1 + g)); NaN without either.
 * @example increaseOf(120, 100, null) // 20
 */
export function increaseOf(revenue: number | null, prior: number | null, growth: number | null): number {
  const sold = revenue !== null && revenue > 0 ? revenue : 0;
  if (prior !== null && revenue !== null) return sold - Math.max(prior, 0);
  if (growth !== null && growth > -1 && revenue !== null) return sold - sold / (1 + growth);
  return Number.NaN;
}

/**
 * Credit standing: the worse of the rating and the overdue band, and whether the days decided it.
 * @example creditOf("A", 120, DEFAULT_RULES) // { credit: "D", byOverdue: true }
 */
export function creditOf(
  rated: CreditClass | undefined,
  overdueDays: number | null,
  rules: Rules,
): CreditRead {
  const byDays = overdueDays === null ? undefined : creditFromOverdue(Math.max(0, overdueDays), rules);
  const worse = worseCredit(rated, byDays);
  const credit = worse ?? "unknown";
  // The days set the class where they give it, alone or with the rating: the cell, the watch list and the
  // note then all say "C（逾期38天）" (the cell said "C" where the note said the days).
  const byOverdue = worse !== undefined && worse === byDays;
  // One of ten possible readings, each made once: no object a row.
  return CREDIT_READS[2 * CREDIT_ORDER.indexOf(credit) + (byOverdue ? 1 : 0)] as CreditRead;
}

export type CreditRead = { readonly credit: CreditClass | "unknown"; readonly byOverdue: boolean };

const CREDIT_ORDER = ["A", "B", "C", "D", "unknown"] as const;
const CREDIT_READS: readonly CreditRead[] = CREDIT_ORDER.flatMap((credit) =>
  [false, true].map((byOverdue) => Object.freeze({ credit, byOverdue })),
);

/**
 * Sales potential: from growth where known, else from the headroom against a market-potential figure.
 * @example potentialOf(0.35, null, 0, DEFAULT_RULES) // "high"
 */
export function potentialOf(
  growth: number | null,
  marketPotential: number | null,
  sold: number,
  rules: Rules,
): PotentialClass | "unknown" {
  if (growth !== null) return potentialFromGrowth(growth, rules);
  if (marketPotential !== null && marketPotential > 0)
    return potentialFromHeadroom(1 - sold / marketPotential, rules);
  return "unknown";
}

/** Excel's serials of 1950-01-01 and 2100-12-31: a number between them under a date's header is a date. */
const SERIAL_1950 = 18_264;
const SERIAL_2100 = 73_051;
const isDateSerial = (n: number): boolean => n >= SERIAL_1950 && n <= SERIAL_2100;

/**
 * Years of cooperation from a tenure cell: a number of years (0-200), a start date (a Date, date text,
 * or an Excel serial in a date-formatted column), years until `asOf`. Under a header that names a date
 * (合作起始日期, Start Date), a number that can only be a date's serial (1950-2100: 18264-73051) is one,
 * whatever its format (a date pasted as a number shows as 42000). A start date with day and month before
 * the year (9/1/2019) is read in the column's `order` (see dayMonthOrder). `date1904`: the workbook's
 * serials count days in the 1904 date system.
 * @example tenureOf(6, false, new Date("2025-06-30")) // { kind: "value", value: 6 }
 */
export function tenureOf(
  raw: Cell,
  isDateColumn: boolean,
  asOf: Date,
  dateHeader = false,
  order?: DayMonthOrder,
  date1904 = false,
): Parsed<number> {
  // A number in a date-formatted column is a date (Office.js gives dates as serials; the CLI as Dates).
  const as1900 = typeof raw === "number" && date1904 ? raw + DAYS_1904 : raw;
  const serial = typeof as1900 === "number" && (isDateColumn || (dateHeader && isDateSerial(as1900)));
  const serialDate = serial ? dateFromExcelSerial(as1900) : null;
  const cell = serialDate ?? raw;
  if (typeof cell === "number" && cell >= 0 && cell <= 200) return { kind: "value", value: cell };
  // Under a header of the start (合作开始时间), 19年 and 19年3月 are 2019 and March 2019, as people shorten
  // a year: read as a length, 19年 was nineteen years of partnership for one that began six years ago.
  if (dateHeader && typeof cell === "string") {
    const short = SHORT_YEAR.exec(matchForm(cell).trim());
    if (short) {
      const yy = Number(short[2]);
      const year = 2000 + yy <= asOf.getUTCFullYear() ? 2000 + yy : 1900 + yy;
      return parseYears(`${short[1] ?? ""}${year}${short[3] ?? ""}`, asOf, order);
    }
  }
  return parseYears(cell, asOf, order);
}

/** Whether an account is no longer used, and the day it was closed where the cell gives one. */
export type Ended = { readonly ended: boolean; readonly on: Date | null };

/** What an ERP writes for an account no longer used, or still in use, in a 是否停用 / 状态 column. */
const ENDED_WORDS =
  /^(?:已?停用|已?禁用|已?注销|已?作废|已?失效|已?关闭|inactive|disabled|deactivated|closed)$/i;
const IN_USE_WORDS = /^(?:启用|已启用|正常|在用|有效|未停用|未禁用|active|enabled|open)$/i;

/**
 * Whether a cell of a column that says an account is no longer used (停用日期, 禁用日期, 是否停用, NetSuite's
 * Inactive) says so by `today`: yes (是, Yes, 已停用), or a date on or before it. No, a word for in use
 * (启用, 正常) and a later date (use ends next month) are in use. A number is a date's serial in a
 * date-formatted column, or under a date's header where only a date of 1950-2100 has it; else yes/no.
 * @example endedBy("是", new Date("2025-11-30"), false, false) // { kind: "value", value: { ended: true, on: null } }
 */
export function endedBy(
  cell: Cell,
  today: Date,
  isDateColumn: boolean,
  dateHeader: boolean,
  date1904 = false,
): Parsed<Ended> {
  const passed = (d: Date): Parsed<Ended> => ({
    kind: "value",
    value: { ended: d.getTime() <= today.getTime(), on: d },
  });
  if (cell instanceof Date) return passed(cell);
  if (typeof cell === "number") {
    const serial = date1904 ? cell + DAYS_1904 : cell;
    if (isDateColumn || (dateHeader && isDateSerial(serial))) {
      const d = dateFromExcelSerial(serial);
      return d ? passed(d) : { kind: "invalid", raw: String(cell) };
    }
  }
  if (typeof cell === "string") {
    const t = matchForm(cell).trim();
    if (ENDED_WORDS.test(t)) return { kind: "value", value: { ended: true, on: null } };
    if (IN_USE_WORDS.test(t)) return { kind: "value", value: { ended: false, on: null } };
  }
  const flag = parseFlag(cell);
  if (flag.kind === "value") return { kind: "value", value: { ended: flag.value, on: null } };
  if (flag.kind === "blank") return flag;
  const d = parseDate(cell);
  return d.kind === "value" ? passed(d.value) : { kind: "invalid", raw: flag.raw };
}

/** A start year shortened to two digits before 年: 19年, 自19年起, 19年3月 (not 2019年, not 19 alone). */
const SHORT_YEAR = /^((?:自|从)?\s*)(\d{2})(\s*年.*)$/;

/**
 * What a credit controller writes for no overdue balance (否 and no in a 是否逾期 column), paid on time
 * (回款及时), or terms where nothing can fall overdue (现款现货, 款到发货, Prepaid: each of these was "not a
 * number", said on its row, and the account's credit left to the rating alone).
 */
const NOT_OVERDUE =
  /^(?:未逾期|无逾期|未超期|不逾期|没有逾期|未到期|账期内|信用期内|正常|按时|按期|已结清|否|无|notoverdue|notdue|notyetdue|withinterms|current|none|no|n|false|×|✗|✘|(?:按时|按期|及时|准时|正常)(?:回款|付款)|(?:回款|付款)(?:及时|正常|按时|准时)|无欠款|无拖欠|无坏账|已付清|现款(?:现货)?|现金|预付款?|款到发货|先款后货|paidontime|ontime|paid|paidinfull|uptodate|prepaid|prepayment|cashondelivery|cod)$/i;

/** Days in an aging bucket's unit: 天, 日 and days 1; 月 and months 30; 年 and years 365. */
function bucketUnit(unit: string | undefined): number {
  if (unit === undefined || unit === "" || /^(天|日|days?)$/.test(unit)) return 1;
  return /^(个?月|months?)$/.test(unit) ? 30 : 365;
}

const UNIT = "(天|日|days?|个?月|months?|年|years?)?";
const BUCKET_RANGE = new RegExp(`^(\\d+)${UNIT}(?:-|~|～|–|—|至|到|to)(\\d+)${UNIT}$`);
const BUCKET_OVER = new RegExp(
  `^(?:over|above|>|＞|>=|≥|超过|大于)(\\d+)${UNIT}$|^(\\d+)${UNIT}(?:\\+|以上)${UNIT}$`,
);
/** The bound itself and above (91 and over, 90 days or more, as QuickBooks' aging heads its last bucket). */
const BUCKET_FROM = new RegExp(`^(\\d+)${UNIT}(?:andover|andabove|ormore|orover|andolder|orolder)${UNIT}$`);
const BUCKET_WITHIN = new RegExp(
  `^(?:<|＜|<=|≤|within|under|少于|小于)(\\d+)${UNIT}$|^(\\d+)${UNIT}(?:以内|以下|内)$`,
);

/**
 * An aging bucket as accounts-receivable reports write one (31-60, 61~90天, 1-3个月, 90+, 180+ days,
 * over 90, 90天以上, 30天以内, <30): the days overdue it stands for, the least an account in it can be
 * (31 in 31-60; 91 past 90: the open bucket after 61-90 holds what is more than 90 days overdue, which
 * the course's bands make D; 0 within 30 days, or 0-30, counted as not overdue). Undefined for anything
 * else.
 * @example agingBucketDays("61~90天") // 61
 */
export function agingBucketDays(text: string): number | undefined {
  return agingBucket(matchForm(text))?.from;
}

/**
 * An aging bucket's bounds in days: `to` is Infinity for an open one (90+, over 90), whose `from` is one
 * past its figure; a bucket within N days is 0 to N.
 * @example agingBucket("1-3个月") // { from: 30, to: 90 }
 */
function agingBucket(text: string): { from: number; to: number } | undefined {
  let m = BUCKET_RANGE.exec(text);
  if (m) {
    const from = Number(m[1]);
    const to = Number(m[3]);
    // The unit may stand after the second bound only (1-3个月).
    const unit = bucketUnit(m[2] ?? m[4]);
    return from <= to ? { from: from * unit, to: to * bucketUnit(m[4] ?? m[2]) } : undefined;
  }
  m = BUCKET_FROM.exec(text);
  if (m) return { from: Number(m[1]) * bucketUnit(m[2] ?? m[3]), to: Number.POSITIVE_INFINITY };
  m = BUCKET_OVER.exec(text);
  if (m) {
    const n = Number(m[1] ?? m[3]);
    return { from: n * bucketUnit(m[2] ?? m[4] ?? m[5]) + 1, to: Number.POSITIVE_INFINITY };
  }
  m = BUCKET_WITHIN.exec(text);
  return m ? { from: 0, to: Number(m[1] ?? m[3]) * bucketUnit(m[2] ?? m[4]) } : undefined;
}

/**
 * The upper bound, in days, of the aging bucket a days-overdue cell holds (60 for "31-60天", Infinity for
 * "90+"); undefined where the cell gives days, not a bucket.
 * @example overdueBucketTo("逾期61~90天") // 90
 */
export function overdueBucketTo(cell: Cell): number | undefined {
  if (typeof cell !== "string") return undefined;
  const bare = matchForm(cell).trim().replace(/\s+/g, "").replace(OVERDUE_WORDS, "").toLowerCase();
  const bucket = agingBucket(bare);
  return bucket && bucket.from > 0 ? bucket.to : undefined;
}

/** What an aging report heads its bucket of balances not yet due: 未到期, 账期内, Current, Not Due. */
const NOT_DUE_HEADER = /^(?:未到期|未逾期|未超期|账期内|信用期内|current|notdue|notyetdue|withinterms)$/i;

/**
 * The bucket a column of an accounts-receivable aging stands for, by its header (1-30天, 逾期31-60天（万元）,
 * 账龄90天以上金额, Over 90 Days, Current): its bounds in days, 0 to 0 for the balance not yet due;
 * undefined for any other header.
 * @example agingBucketOfHeader("逾期31-60天（万元）") // { from: 31, to: 60 }
 */
export function agingBucketOfHeader(text: string): { from: number; to: number } | undefined {
  const bare = matchForm(text)
    .replace(/\([^()]*\)\s*$/, "")
    .replace(/\s+/g, "")
    // The group's words before the bucket, in any order (应收账款账龄, 逾期账款, 欠款账龄, AR Aging).
    .replace(/^(?:应收账款|应收|账款|欠款|已|逾期|超期|账龄|ageing|aging|overdue|pastdue|ar)+/i, "")
    .replace(/(?:的)?(?:金额|余额|欠款|应收|amount|balance)$/i, "")
    .toLowerCase();
  if (NOT_DUE_HEADER.test(bare)) return { from: 0, to: 0 };
  // Xero's ageing by months (1 Month, 2 Months beside Current and < 1 Month): overdue that many months.
  const months = /^([1-9]|1[0-2])months?$/.exec(bare);
  if (months) {
    const n = Number(months[1]);
    return { from: n * 30 + 1, to: (n + 1) * 30 };
  }
  // Calendar months and years are no age (1-3月 is a quarter's sales, 2019-2025年 a span of years).
  if (/\d{4}|(?<!个)月/.test(bare)) return undefined;
  return agingBucket(bare);
}

/** Words before a days-overdue figure: 逾期30天, 账龄 31-60, Aging 90+. */
const OVERDUE_WORDS = /^(?:已)?(?:逾期|超期|账龄|ageing|aging|overdue|pastdue)/i;

/** An overdue balance kept as yes or no (是否逾期, Overdue?): yes, without its days. */
// In arrears without its days (拖欠, 偶有逾期, 回款慢, Late): overdue, as 是 is (each was "not a number").
const OVERDUE_YES =
  /^(?:是|有|逾期|已逾期|有逾期|超期|已超期|yes|y|true|overdue|√|✓|✔|(?:有|偶有|偶尔|时有|经常|多次)?(?:拖欠|逾期|欠款|超期)|回款(?:慢|较慢|不及时|拖延)|付款(?:慢|不及时)|late|pastdue|inarrears|slow|slowpay(?:er|ment)?|delayed|delinquent)$/i;
/**
 * Long or gravely in arrears without its days (严重拖欠, 长期欠款, 坏账, 呆账, Seriously Overdue), or a debt
 * gone to the lawyers (已起诉, 诉讼中, 移交法务, In Litigation, Sent to Collections): past the last band, D
 * (each was "not a number", and the account kept its A rating).
 */
const OVERDUE_SEVERE =
  /^(?:(?:严重|长期|长时间)(?:拖欠|逾期|欠款|超期)|坏账|呆账|死账|(?:已|正在)?(?:起诉|诉讼)(?:中|催收)?|(?:已)?(?:移交|转交?)(?:法务|律师)(?:催收|处理)?|法务催收|(?:seriously|severely|long|chronically)(?:overdue|late|pastdue)|baddebt|writtenoff|(?:in)?litigation|legalaction|(?:sent|referred)to(?:collections?|legal)|incollections?)$/i;

/**
 * Whether a days-overdue cell says the balance is long or gravely overdue without its days (严重拖欠, 坏账).
 * @example isSevereOverdue("严重拖欠") // true
 */
export function isSevereOverdue(cell: Cell): boolean {
  return typeof cell === "string" && OVERDUE_SEVERE.test(matchForm(cell).trim().replace(/\s+/g, ""));
}

/**
 * Whether a days-overdue cell says only that the balance is overdue ("是", "Y", TRUE in a 是否逾期 column),
 * not for how long.
 * @example isOverdueFlag("是") // true
 */
export function isOverdueFlag(cell: Cell): boolean {
  if (cell === true) return true;
  if (typeof cell !== "string") return false;
  const t = matchForm(cell).trim().replace(/\s+/g, "");
  return OVERDUE_YES.test(t) || OVERDUE_SEVERE.test(t);
}

/** Yes and no alone, which say nothing of payment without a header that asks (是否回款: 是 is paid). */
const YES_OR_NO = /^(?:是|否|有|无|yes|no|y|n|true|false|none|√|✓|✔|×|✗|✘)$/i;

/**
 * How a cell reads as a word of payment standing (按时回款, 拖欠, 严重拖欠, Paid on time, Late): "words"
 * for one of those, "yes-no" for a bare yes or no, undefined for anything else (a number, a name).
 * @example overdueWordOf("偶有逾期") // "words"
 */
export function overdueWordOf(cell: Cell): "words" | "yes-no" | undefined {
  if (typeof cell !== "string") return undefined;
  const t = matchForm(cell).trim().replace(/\s+/g, "");
  if (YES_OR_NO.test(t)) return "yes-no";
  return NOT_OVERDUE.test(t) || OVERDUE_YES.test(t) || OVERDUE_SEVERE.test(t) ? "words" : undefined;
}

/**
 * Days overdue from a cell: a number (`30`, `30天`, `60多天` 60), with the words around it (`逾期30天`,
 * `超期45天`), in months or years of ageing (`3个月` is 90 days, `1年` 365, `逾期半年` 180, `两个月` 60,
 * `4 months` 120), or a word for none (`未逾期`, `正常`: 0).
 * @example overdueDaysOf("逾期30天") // { kind: "value", value: 30 }
 */
export function overdueDaysOf(cell: Cell): Parsed<number> {
  if (cell === false) return { kind: "value", value: 0 };
  if (typeof cell !== "string") return parseNumber(cell, 1);
  const t = matchForm(cell).trim().replace(/\s+/g, "");
  if (NOT_OVERDUE.test(t)) return { kind: "value", value: 0 };
  // Months and years in words: 半年 (six months), 两个月, 一年; with "more than" before them (超过一年 was
  // no number, though 1年以上 was a year).
  const bare = t
    .replace(OVERDUE_WORDS, "")
    .replace(/^(?:超过|超出|大于|多于|>)([\d.一二两三四五六七八九十半]+(?:个?月|年))$/, "$1以上")
    .replace(/^半年/, "6个月")
    .replace(
      /^([一二两三四五六七八九十])(个?月|年)/,
      (_, n: string, unit: string) => `${CHINESE_NUMBER[n] ?? n}${unit}`,
    );
  const bucket = agingBucketDays(bare.toLowerCase());
  if (bucket !== undefined) return { kind: "value", value: bucket };
  // In months or years, Chinese or English (4个月, 1年, 4 months, 2 yrs), and days "and more" (60多天).
  const ageing = /^([\d.]+)(多|余)?(天|日|days?|个?月|months?|mos?|年|years?|yrs?)(?:以上|左右|多)?$/i.exec(
    bare,
  );
  if (ageing) {
    const n = Number(ageing[1]);
    const unit = (ageing[3] as string).toLowerCase();
    const days = /^(?:天|日|day)/.test(unit) ? 1 : /^(?:年|y)/.test(unit) ? 365 : 30;
    if (Number.isFinite(n)) return { kind: "value", value: n * days };
  }
  const p = parseNumber(bare, 1);
  return p.kind === "invalid" ? { kind: "invalid", raw: cell } : p;
}

/**
 * Money from a revenue cell in the column's unit (万元 → x10,000): a plain number directly, text through
 * the number parser; a value past what a double holds once its unit is applied (1e305 万元) is
 * unreadable, so it never reaches a cell or a sum.
 * @example moneyOf(12.5, 10_000) // { kind: "value", value: 125000 }
 */
export function moneyOf(cell: Cell, unit: number): Parsed<number> {
  if (typeof cell === "number" && Number.isFinite(cell) && Number.isFinite(cell * unit))
    return { kind: "value", value: cell * unit };
  const parsed = parseNumber(cell, unit);
  return parsed.kind === "value" && !Number.isFinite(parsed.value)
    ? { kind: "invalid", raw: cellText(cell), tooLarge: true }
    : parsed;
}

/** A share's figure in a bound or a range: digits, a percent sign or not. */
const SHARE_FIGURE = String.raw`\d+(?:\.\d+)?\s*[%％]?`;
/** A share under a figure (<5%, 5%以下, 不足5%, under 5%). */
const SHARE_UNDER = new RegExp(
  String.raw`^(?:<|＜|低于|不足|不到|少于|小于|under|below|lessthan|less than)\s*(${SHARE_FIGURE})$|^(${SHARE_FIGURE})\s*(?:以下|以内|之下)$`,
  "i",
);
/** A share over a figure (>30%, 30%以上, 超过30%, over 30%). */
const SHARE_OVER = new RegExp(
  String.raw`^(?:>|＞|≥|>=|高于|超过|大于|over|above|morethan|more than)\s*(${SHARE_FIGURE})$|^(${SHARE_FIGURE})\s*(?:以上|之上)$`,
  "i",
);
/** A share between two figures (10-15%, 10%~15%). */
const SHARE_RANGE = new RegExp(String.raw`^(${SHARE_FIGURE})\s*[-~～—–至到]\s*(${SHARE_FIGURE})$`);

/**
 * A share from a cell (0.35, "35%", or 35 in a column of percent points); under a figure half of it (<5%,
 * 5%以下), over one the figure (30%以上), between two their middle (10-15%), as a manager estimates a
 * region's share: each was "not a number".
 * @example shareOf(35, true) // { kind: "value", value: 0.35 }
 * @example shareOf("10-15%", false) // { kind: "value", value: 0.125 }
 */
export function shareOf(cell: Cell, percentPoints: boolean): Parsed<number> {
  if (typeof cell === "number" && Number.isFinite(cell))
    return { kind: "value", value: percentPoints ? cell / 100 : cell };
  const parsed = parseShare(cell, percentPoints);
  // A bound or a range is looked for only where the cell is no share as it stands (a million 15% cells
  // cost nothing more).
  if (parsed.kind !== "invalid" || typeof cell !== "string") return parsed;
  const t = matchForm(cell).trim();
  // Either figure with a percent sign makes both percentages (10-15%).
  const percent = /[%％]/.test(t);
  const figure = (x: string | undefined): number | undefined => {
    const p = parseShare(percent && !/[%％]/.test(x ?? "") ? `${x}%` : (x ?? ""), percentPoints);
    return p.kind === "value" ? p.value : undefined;
  };
  const under = SHARE_UNDER.exec(t);
  const over = under ? null : SHARE_OVER.exec(t);
  const range = under || over ? null : SHARE_RANGE.exec(t);
  const bound = under ?? over;
  if (bound) {
    const v = figure(bound[1] ?? bound[2]);
    if (v !== undefined && v >= 0) return { kind: "value", value: under ? v / 2 : v };
  } else if (range) {
    const [lo, hi] = [figure(range[1]), figure(range[2])];
    if (lo !== undefined && hi !== undefined && lo >= 0 && lo <= hi)
      return { kind: "value", value: (lo + hi) / 2 };
  }
  return parsed;
}

/** What a row's status column says, once read: a known word, or nothing to go on. */
export type StatusWord = "prospect" | "active" | "inactive" | undefined;

/**
 * Why an account is a customer or a prospect (DOMAIN.md, "one deal makes a customer"): sales make it a
 * customer whatever the status says (then `prospectWithSales` is a finding); without sales, a status
 * of prospect or active decides; unreadable sales and sales under the minimum leave it a prospect.
 * `text` is what the row said that decided it (the status, or the unreadable revenue).
 * @example standingOf(5000, null, "prospect", "潜在", 0) // { standing: "sales", text: "", prospectWithSales: true }
 */
export function standingOf(
  revenue: number | null,
  unreadable: string | null,
  status: StatusWord,
  statusText: string,
  ordinaryMinRevenue: number,
): StandingRead {
  let standing: Standing =
    unreadable !== null ? "unreadableSales" : revenue !== null && revenue < 0 ? "negativeSales" : "noSales";
  let text = unreadable ?? "";
  if (revenue !== null && revenue > 0) {
    standing = revenue < ordinaryMinRevenue ? "belowMinimum" : "sales";
    text = "";
  }
  if (status === "prospect" && standing === "sales") return { standing, text, prospectWithSales: true };
  // Sales under the minimum are sales: the reason says them ("…低于客户门槛…"), not "no sales this period".
  if (status === "prospect" && standing !== "belowMinimum") return read("statusProspect", statusText);
  if (status === "active" && standing !== "sales") return read("statusActive", statusText);
  return read(standing, text);
}

export type StandingRead = {
  readonly standing: Standing;
  readonly text: string;
  readonly prospectWithSales: boolean;
};

/** The readings without a text, made once each: most rows of a sheet get one of these. */
const PLAIN_READS = new Map<Standing, StandingRead>(
  STANDINGS.map((standing) => [standing, Object.freeze({ standing, text: "", prospectWithSales: false })]),
);

function read(standing: Standing, text: string): StandingRead {
  return (
    (text === "" ? PLAIN_READS.get(standing) : undefined) ?? { standing, text, prospectWithSales: false }
  );
}

/** How likely a prospect is to buy, as an intent column rates it: 3 high, 2 medium, 1 low. */
export type IntentLevel = 1 | 2 | 3;

/** A lead's temperature, as a CRM rates it (Salesforce's Rating: Hot, Warm, Cold; 热 / 温 / 冷). */
const TEMPERATURE: Readonly<Record<string, IntentLevel>> = { hot: 3, 热: 3, warm: 2, 温: 2, cold: 1, 冷: 1 };

/** Intent in words, folded: 高/中/低, a temperature, Hot/Warm/Cold, A/B/C as 意向等级 grades it. */
const INTENT_WORDS: Readonly<Record<string, IntentLevel>> = {
  ...TEMPERATURE,
  高: 3,
  很高: 3,
  较高: 3,
  强: 3,
  强烈: 3,
  high: 3,
  veryhigh: 3,
  strong: 3,
  likely: 3,
  verylikely: 3,
  a: 3,
  中: 2,
  一般: 2,
  中等: 2,
  medium: 2,
  moderate: 2,
  possible: 2,
  b: 2,
  低: 1,
  较低: 1,
  很低: 1,
  弱: 1,
  low: 1,
  weak: 1,
  unlikely: 1,
  c: 1,
};

/**
 * A prospect's intent as its cell rates it: a word (高 / 中 / 低, 热 / 温 / 冷 and the same with 意向 or 级
 * after them, Hot / Warm / Cold, High / Medium / Low, A / B / C) or a probability (80%, 0.8, 80, or "80" in a
 * column of points: 70% and up high, 40% and up medium, below low). Blank is none; anything else invalid.
 * @example intentOf("Hot") // { kind: "value", value: 3 }
 * @example intentOf(0.55) // { kind: "value", value: 2 }
 */
export function intentOf(cell: Cell, percentPoints = false): Parsed<IntentLevel> {
  if (isBlankCell(cell)) return { kind: "blank" };
  if (typeof cell === "string") {
    const word = matchForm(cell)
      .toLowerCase()
      .replace(/[\s_-]+/g, "")
      .replace(/(?:意向|意愿|热度|级|类|lead|intent|probability)$/, "");
    const level = INTENT_WORDS[word];
    if (level !== undefined) return { kind: "value", value: level };
  }
  const share = parseShare(cell, percentPoints || (typeof cell === "number" && cell > 1));
  if (share.kind !== "value" || share.value < 0 || share.value > 1)
    return { kind: "invalid", raw: cellText(cell) };
  return { kind: "value", value: share.value >= 0.7 ? 3 : share.value >= 0.4 ? 2 : 1 };
}

/** A lead's temperature in a status (Pipedrive's Label: Hot lead, Warm lead, Cold lead; 热线索, 冷客户). */
const TEMPERATURE_STATUS = /^(hot|warm|cold|热|温|冷)(?:leads?|prospects?|线索|客户|意向)?$/;

/**
 * The intent a text says by a lead's temperature (Hot lead 3, Warm lead 2, Cold lead 1, Hot 3): a status's
 * where no intent column is, and a column's cells that make it the intent; 0 for any other text.
 * @example intentOfStatus("Hot lead") // 3
 */
export function intentOfStatus(text: string): 0 | IntentLevel {
  const m = TEMPERATURE_STATUS.exec(
    matchForm(text)
      .toLowerCase()
      .replace(/[\s_-]+/g, ""),
  );
  return m ? (TEMPERATURE[m[1] as string] ?? 0) : 0;
}
