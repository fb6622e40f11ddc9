import { type Cell, cellText } from "./cells";
import type { Finding } from "./findings";
import type { EngineMessages } from "./messages";
import { overdueDaysOf, tenureOf } from "./readers";
import type { Column } from "./salesSpans";
import { DAY_MS, type DayMonthOrder, ambiguousDayMonth, parseDate, rawText } from "./values";

/** Says a finding on a cell: its code, severity, sheet row, column and message. */
export type Say = (
  code: Finding["code"],
  severity: Finding["severity"],
  row: number,
  c: Column,
  message: string,
) => void;

/** What a row's reading of a field needs besides the cell: the run's day, the findings' words, a voice. */
export type FieldContext = {
  readonly asOf: Date;
  /** The run's day, as startOfDay gives it (UTC ms). */
  readonly today: number;
  readonly date1904: boolean | undefined;
  readonly f: EngineMessages["finding"];
  readonly say: Say;
};

/** Years of partnership beyond which a tenure cell is a slip (months, a mistyped date), not a length. */
export const MAX_TENURE_YEARS = 100;
/** The earliest last visit taken as one: an earlier date is a number misread as Excel's serial. */
export const EARLIEST_VISIT = Date.UTC(1950, 0, 1);

/** The tenure column and how its cells read: dates (a start) or years. */
export type TenureColumn = Column & {
  /** Its cells are formatted as dates. */
  readonly isDate: boolean;
  /** Its header names a date or a start (合作起始日期, Customer Since): a serial there is a date. */
  readonly dateHeader: boolean;
  /** The order of day and month in its text dates, as the column shows it. */
  readonly order: DayMonthOrder | undefined;
};

/**
 * The years of partnership a tenure cell gives: years as a number or text, or a start date (years to
 * the run's day). A start after today is no partnership yet, and a length past a century is a slip
 * (合作年限 120 is months; a serial of 6 a typo): each is said and read as none; so is a cell that reads
 * as neither. Null where the cell gives no years.
 * @example readTenure(5, tenure, 9, context) // 5
 */
export function readTenure(cell: Cell, c: TenureColumn, sheetRow: number, x: FieldContext): number | null {
  // Years as a plain number, read as tenureOf reads them; the rest goes through tenureOf.
  const y =
    typeof cell === "number" && !c.isDate && cell >= 0 && cell <= 200
      ? null
      : tenureOf(cell, c.isDate, x.asOf, c.dateHeader, c.order, x.date1904);
  let years: number | null = null;
  if (y === null) years = cell as number;
  else if (y.kind === "value") years = y.value;
  else if (y.kind === "invalid")
    x.say("value.notADate", "warning", sheetRow, c, x.f.notAYears(sheetRow, c.header, y.raw));
  // A start after today (2026-05-01 for 2025-05-01) is no partnership yet: it read as 0 years, unsaid.
  if (years !== null && years < 0) {
    x.say(
      "value.futureStart",
      "warning",
      sheetRow,
      c,
      x.f.futureStart(sheetRow, c.header, rawText(cell ?? null), new Date(x.today)),
    );
    return null;
  }
  // No distributor has partnered for a century: 合作年限 120 is months, a serial of 6 is a slip.
  if (years !== null && years > MAX_TENURE_YEARS) {
    x.say(
      "value.implausible",
      "warning",
      sheetRow,
      c,
      x.f.tenureTooLong(sheetRow, c.header, rawText(cell ?? null), years),
    );
    return null;
  }
  return years;
}

/** The last-visit column and how its cells read: dates, or a count of days since the visit. */
export type VisitColumn = Column & {
  /** Its header counts days since the visit (距上次拜访天数, Days Since Last Contact), not a date. */
  readonly inDays: boolean;
  /** The order of day and month in its text dates, as the column shows it. */
  readonly order: DayMonthOrder | undefined;
};

/**
 * The day of the last visit a cell gives (UTC ms), NaN where none: a date, or a count of days before the
 * run's day. A visit after today was not made yet (it would put off the next review by as long) and one
 * before 1950 is a small number read as Excel's serial (45 is 1900): each is said and counts as none;
 * so is a date written so that day and month could be either (said with both readings).
 * @example readLastVisit("2025-10-21", visit, 9, context) // Date.UTC(2025, 9, 21)
 */
export function readLastVisit(cell: Cell, c: VisitColumn, sheetRow: number, x: FieldContext): number {
  if (c.inDays) {
    const p = overdueDaysOf(cell);
    if (p.kind === "value" && p.value >= 0) return x.today - Math.round(p.value) * DAY_MS;
    if (p.kind !== "blank")
      x.say(
        "value.notADate",
        "warning",
        sheetRow,
        c,
        x.f.notDaysSince(sheetRow, c.header, p.kind === "invalid" ? p.raw : String(p.value)),
      );
    return Number.NaN;
  }
  const d = parseDate(cell, x.asOf, c.order, x.date1904);
  if (d.kind === "value" && d.value.getTime() >= x.today + DAY_MS)
    x.say(
      "value.futureVisit",
      "warning",
      sheetRow,
      c,
      x.f.futureVisit(sheetRow, c.header, cellText(cell), new Date(x.today)),
    );
  else if (d.kind === "value" && d.value.getTime() >= EARLIEST_VISIT) return d.value.getTime();
  else if (d.kind === "value")
    x.say("value.notADate", "warning", sheetRow, c, x.f.notADate(sheetRow, c.header, cellText(cell)));
  else if (d.kind === "invalid") {
    const both = ambiguousDayMonth(cell);
    x.say(
      "value.notADate",
      "warning",
      sheetRow,
      c,
      both
        ? x.f.ambiguousDate(sheetRow, c.header, d.raw, both[0], both[1])
        : x.f.notADate(sheetRow, c.header, d.raw),
    );
  }
  return Number.NaN;
}
