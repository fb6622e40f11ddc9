import { type CellGrid, isBlankCell } from "./cells";
import {
  type HeaderDetection,
  THIS_PERIOD,
  isLifetimeSales,
  isVolumeHeader,
  partsPeriod,
  yearOf,
} from "./headers";
import { type SalesPeriod, foldText, periodPartOf, salesPeriodOf, splitHeader } from "./normalize";

/** Sales to date, folded, where the header names no months: 本年累计, 累计销售额, YTD, 年初至今. */
const TO_DATE_WITHOUT_MONTHS = /累计|ytd|年初至今|今年以来|yeartodate/;
/** A whole year's total, however cumulated: 全年累计, 年度累计, annual. */
const WHOLE_YEAR_WORDS = /全年|年度|fullyear|annual/;

/** Words and units of money in a sales header (folded): 销售额, 金额, 回款, 万元, revenue, amount, ¥. */
const MONEY_WORDS = /额|金额|收入|回款|元|revenue|amount|value|gmv|turnover|rmb|cny|usd|¥|\$/;

/** Whether a sales header says its figures are money, by its words or its unit (去年销售额, 上年同期（万元）). */
export function namesMoney(header: string): boolean {
  const split = splitHeader(header);
  return !split.quantity && (split.unit !== undefined || MONEY_WORDS.test(foldText(header)));
}

/** A column of the grid: its index, its letter on the sheet, and its header (its letter where it has none). */
export type Column = { readonly index: number; readonly letter: string; readonly header: string };

/**
 * The parts of summed sales up to the last month any data row has filled (the months after it are still
 * to come), and that month. All of them where none is filled.
 */
export function monthsSoFar<T extends Column>(
  parts: readonly T[],
  values: CellGrid["values"],
  start: number,
): { parts: T[]; to: number } {
  const filled = (p: T): boolean => {
    for (let r = start; r < values.length; r++) if (!isBlankCell(values[r]?.[p.index] ?? null)) return true;
    return false;
  };
  let to = 0;
  for (const p of parts) {
    const span = periodPartOf(p.header);
    if (span && span.to > to && filled(p)) to = span.to;
  }
  if (to === 0) return { parts: [...parts], to: 12 };
  return { parts: parts.filter((p) => within(p.header, to)), to };
}

/** Rows looked at to see whether a total column sums its parts. */
const SUM_SAMPLE = 2000;

/**
 * Whether a total column's cells are the sum of the parts' (within half a percent) on
 * nine rows in ten of those that have a total, three at least.
 */
function sumsTheParts(
  values: CellGrid["values"],
  start: number,
  total: number,
  parts: readonly Column[],
): boolean {
  let seen = 0;
  let equal = 0;
  for (let r = start; r < values.length && seen < SUM_SAMPLE; r++) {
    const row = values[r];
    const t = row?.[total];
    if (typeof t !== "number" || t === 0) continue;
    seen++;
    let sum = 0;
    for (const p of parts) {
      const v = row?.[p.index];
      if (typeof v === "number") sum += v;
    }
    if (Math.abs(sum - t) <= Math.max(1e-6, Math.abs(t) * 0.005)) equal++;
  }
  return seen >= 3 && equal >= 0.9 * seen;
}

/** Whether a part's months end by month `to`. */
const within = (header: string, to: number): boolean => (periodPartOf(header)?.to ?? 12) <= to;

/** Sales kept by month or quarter: each part's column and its unit. */
export type SalesPart = Column & { readonly unit: number };

/** What span this year's and last year's sales columns cover, and how the two compare. */
export type SalesSpans = {
  /** Sales by month or quarter with no column for the whole span: the parts, each in its own unit. */
  readonly revenueParts: SalesPart[] | undefined;
  /** Of those, the ones filled so far (a ledger filled in as the year goes), and their last month. */
  readonly reported: { readonly parts: SalesPart[]; readonly to: number } | undefined;
  /** The part of the year the sales cover, where the header, the parts or the title above say it. */
  readonly salesPeriod: SalesPeriod | undefined;
  /** The title above the header that said it (its grid row and text), where it was the title. */
  readonly periodStated: { readonly row: number; readonly text: string } | undefined;
  readonly salesMonths: number;
  /** This year's sales to date without their months (本年累计, YTD). */
  readonly salesToDate: boolean;
  /** Sales since each account began (历史累计销售额, Lifetime Sales): no year's, and no comparing. */
  readonly salesLifetime: boolean;
  /** This period's sales, no months said (用友's 本期金额 with no dates on the sheet): a month, or a year. */
  readonly salesThisPeriod: boolean;
  /** Last year's by month or quarter, up to this year's last month reported. */
  readonly priorParts: SalesPart[] | undefined;
  readonly priorMonths: number;
  /** Last year's figures times this, to compare with this year's months (1 where the spans match). */
  readonly prorate: number;
  /** One year's sales in goods, the other's in money: no comparison. */
  readonly otherMeasure: boolean;
  /**
   * Last year's column is left unread: another measure, a whole year against sales to date, or any year
   * against sales since each account began.
   */
  readonly incomparable: boolean;
};

/**
 * What span the sales column and last year's cover (a year, 1-10月, months summed, to date), read from
 * their headers and, for months, from which ones the data rows have filled; and how last year's is
 * compared with this year's: pro rata where the spans differ, not at all where no proration can be right
 * (sales to date without their months against a whole year; goods against money).
 * @example salesSpans(header, values, 1, asOf, revenue, prior, columnAt, unitOf).prorate // 10 / 12
 */
export function salesSpans(
  header: HeaderDetection,
  values: CellGrid["values"],
  start: number,
  asOf: Date,
  cRevenue: Column | undefined,
  cPrior: Column | undefined,
  columnAt: (index: number) => Column,
  unitOfColumn: (column: number, header: string) => number,
): SalesSpans {
  // Sales by month or quarter with no column for the whole span: each part read in its own unit, summed.
  const revenueParts = cRevenue
    ? header.revenueParts?.map((p) => ({ ...columnAt(p.column), unit: unitOfColumn(p.column, p.header) }))
    : undefined;
  // Sales of part of a year (2025年1-10月) against a prior column of another span (2024年, twelve
  // months): last year's is taken pro rata, so growth, the increase and a key account's fall compare like
  // with like (unprorated, an account at last year's pace fell by a sixth at 1-10月, by a quarter at
  // 1-9月, where every key account passed the watch list's 20% fall).
  // A ledger of twelve months filled in as the year goes: the months after the last one any row has
  // filled are still to come, so the sales are the year so far (1-10月), compared with the same months.
  const reported = revenueParts ? monthsSoFar(revenueParts, values, start) : undefined;
  // A plain total right of months (1月 … 10月, 合计) covers their span, filled so far: 1-10月, not a year.
  // One named for the year (全年销售额) does where its cells are those months' sum: a ledger's 全年 column
  // summing twelve months of which ten are in is the year so far (every account "fell" by a sixth), but a
  // full-year figure of its own (a forecast, the finance department's) is a year.
  const soFar =
    cRevenue && !revenueParts && header.revenueTotalOf
      ? monthsSoFar(
          header.revenueTotalOf.map((p) => columnAt(p.column)),
          values,
          start,
        )
      : undefined;
  const totalled =
    soFar && cRevenue && header.revenueTotalNamesYear
      ? soFar.to < 12 && sumsTheParts(values, start, cRevenue.index, soFar.parts)
        ? soFar
        : undefined
      : soFar;
  const ownPeriod = cRevenue
    ? reported
      ? partsPeriod(reported.parts)
      : totalled
        ? partsPeriod(totalled.parts)
        : salesPeriodOf(cRevenue.header)
    : undefined;
  // A sales column that names no span of its own (销售金额, 本年累计) under a report's title that says
  // which months it covers ("日期：2025-01-01 至 2025-11-30", as 管家婆 heads a report): those months.
  // Not a column that names a whole year (年销售额, 全年) or another year than the title's.
  const note = header.periodNote;
  const folded = cRevenue ? foldText(splitHeader(cRevenue.header).text) : "";
  const periodStated =
    cRevenue &&
    note &&
    ownPeriod === undefined &&
    !reported &&
    !totalled &&
    !WHOLE_YEAR_WORDS.test(folded) &&
    !/^年/.test(folded) &&
    (yearOf(cRevenue.header) === undefined || yearOf(cRevenue.header) === note.year)
      ? { row: note.row, text: note.text }
      : undefined;
  const salesPeriod = periodStated ? note?.period : ownPeriod;
  const salesMonths = salesPeriod?.months ?? 12;
  // Sales to date without their months (本年累计, YTD) against a whole year: no proration can be right,
  // so last year's column is left unread (unread, 本年累计 at October "fell" by a sixth against 上年销售额).
  // A year before the run's (2025年累计 read in 2026) is a whole year, however cumulated.
  const headerYear = cRevenue ? yearOf(cRevenue.header) : undefined;
  // Since each account began (历史累计销售额): no year so far, and nothing of last year's compares (the
  // notes said 本年累计销售额, and last year's was said to be a year's against months unsaid).
  const salesLifetime =
    cRevenue !== undefined && salesPeriod === undefined && !revenueParts && isLifetimeSales(cRevenue.header);
  const salesToDate =
    cRevenue !== undefined &&
    salesPeriod === undefined &&
    TO_DATE_WITHOUT_MONTHS.test(foldText(cRevenue.header)) &&
    !WHOLE_YEAR_WORDS.test(foldText(cRevenue.header)) &&
    !(headerYear !== undefined && headerYear < asOf.getUTCFullYear());
  // This period's, with no months said anywhere (用友's 本期金额 run for a month, with no title of dates):
  // the notes said 年销售额 of a month's figure, and a whole year of last year's was set against it.
  const salesThisPeriod =
    cRevenue !== undefined &&
    salesPeriod === undefined &&
    !revenueParts &&
    !salesToDate &&
    THIS_PERIOD.test(foldText(cRevenue.header));
  // 同期 ("the same period", 去年同期销售额), PYTD / LYTD, same period: last year's months are this year's.
  // So are last year's to date beside this year's to date or months (Prior YTD Sales beside YTD Sales,
  // 上年累计 beside 本年累计 or 1-10月销售额): each year's same span (Prior YTD was read as a whole year,
  // and the growth of every row dropped as incomparable). A whole year's words (上年全年累计) make it a
  // whole year, and so does a year's own number beside 累计 (2024年累计, a year ended); YTD is to date
  // whatever year it names.
  const priorFolded = cPrior ? foldText(cPrior.header) : "";
  const thisYearInPart = salesToDate || (salesPeriod !== undefined && salesPeriod.months < 12);
  const samePeriod =
    cPrior !== undefined &&
    (/同期|same\s*period|\b(?:py|ly)td\b/i.test(cPrior.header) ||
      (thisYearInPart &&
        salesPeriodOf(cPrior.header) === undefined &&
        !WHOLE_YEAR_WORDS.test(priorFolded) &&
        (/ytd|yeartodate/.test(priorFolded) ||
          (TO_DATE_WITHOUT_MONTHS.test(priorFolded) && yearOf(cPrior.header) === undefined))));
  const priorParts = cPrior
    ? header.priorRevenueParts
        ?.filter((p) => reported === undefined || within(p.header, reported.to))
        .map((p) => ({ ...columnAt(p.column), unit: unitOfColumn(p.column, p.header) }))
    : undefined;
  const priorMonths = cPrior
    ? samePeriod
      ? salesMonths
      : ((priorParts ? partsPeriod(priorParts) : salesPeriodOf(cPrior.header))?.months ?? 12)
    : 12;
  const prorate = cRevenue && cPrior && salesMonths !== priorMonths ? salesMonths / priorMonths : 1;
  // Sales in goods against last year's in money, or the other way round, do not compare either; a
  // header that names neither (上年同期 beside 本年销量) is taken in the other's measure.
  const otherMeasure =
    cRevenue !== undefined &&
    cPrior !== undefined &&
    ((isVolumeHeader(cRevenue.header) && namesMoney(cPrior.header)) ||
      (isVolumeHeader(cPrior.header) && namesMoney(cRevenue.header)));
  const incomparable =
    otherMeasure ||
    (salesLifetime && cPrior !== undefined) ||
    ((salesToDate || salesThisPeriod) && cPrior !== undefined && !samePeriod && priorMonths === 12);
  return {
    revenueParts,
    reported,
    salesPeriod,
    periodStated,
    salesMonths,
    salesToDate,
    salesLifetime,
    salesThisPeriod,
    priorParts,
    priorMonths,
    prorate,
    otherMeasure,
    incomparable,
  };
}
