import { type AccountTable, NO_TIER, TIER_CODE } from "./account";
import type { Finding } from "./findings";
import { apartByUnits, medianRatio, roundRatio } from "./magnitude";
import type { EngineMessages } from "./messages";
import { type PreviousRun, salesLeftBlank } from "./previousRun";

/**
 * Checks of the sales a run read against what they should be like, made before anything is ranked: a
 * re-run from the ribbon is unseen until it has written, so sales that are not there yet, or not in the
 * unit they say, stop the run rather than demote every key account or grow each one ten thousand fold.
 * Each check returns the findings to add; `stop` where the run must end there.
 */
export type SalesCheck = { readonly stop: boolean; readonly findings: readonly Finding[] };

/** Where the sales are, and how to say them, for the checks. */
export type SalesAt = {
  readonly messages: EngineMessages;
  /** The sales column (the first of the months where they are summed), its letter and header. */
  readonly column: number;
  readonly letter: (column: number) => string;
  readonly headerText: (column: number) => string;
  /** How the sales are named in a message: the header, or the months summed (1月…12月销售额). */
  readonly label: string;
  /** The header's row on the sheet (1-based). */
  readonly headerRow: number;
  /** The last run, and whether its sales cover the same months as this run's (`lastRunComparable`). */
  readonly lastRun: PreviousRun | null | undefined;
  readonly sameMonths: boolean;
  /** The sales cell of account `i` as typed, where one column holds the sales. */
  readonly typed?: (i: number) => string;
};

const NONE: SalesCheck = { stop: false, findings: [] };

/**
 * The sales column holds no sales above zero (a new year's ledger not yet filled in, the figures cleared)
 * where the last run tiered by sales: tiering now would demote every key account, as a column gone would.
 * @example salesEmptied(table, at).stop // true where no row sells and the last run's roster did
 */
export function salesEmptied(t: AccountTable, at: SalesAt): SalesCheck {
  const last = at.lastRun;
  if (!last || !last.accounts.some((a) => a.revenue !== null && a.revenue > 0)) return NONE;
  if (t.revenue.some((r) => r > 0)) return NONE;
  return {
    stop: true,
    findings: [
      {
        code: "tier.salesEmptied",
        severity: "error",
        row: at.headerRow,
        column: at.letter(at.column),
        header: at.headerText(at.column),
        message: at.messages.finding.salesEmptied(last.date, at.letter(at.column), at.label),
      },
    ],
  };
}

/**
 * Sales left blank on rows that had sales at the last run, over the same months: the figures are still
 * being typed in (a re-run pressed halfway through a new month's ledger). Half or more blank, the run
 * stops rather than demote them all as having no sales; fewer, each key account of the last run among
 * them is said on its row (not one whose tier is set by hand). A 0 typed is a sale of nothing, no blank.
 * Call after matchPreviousRun.
 * @example salesBlankSinceLastRun(table, at).findings[0].code // "tier.salesLeftBlank" where most are blank
 */
export function salesBlankSinceLastRun(t: AccountTable, at: SalesAt): SalesCheck {
  const last = at.lastRun;
  if (!last || !at.sameMonths) return NONE;
  const { had, blank } = salesLeftBlank(t);
  const m = at.messages;
  const on = (i: number) => ({
    row: t.row[i] as number,
    column: at.letter(at.column),
    header: at.headerText(at.column),
  });
  const first = blank[0];
  if (first !== undefined && had >= 2 && blank.length * 2 >= had) {
    const message = m.finding.salesLeftBlank(last.date, had, blank.length, at.label, t.row[first] as number);
    return {
      stop: true,
      findings: [{ code: "tier.salesLeftBlank", severity: "error", ...on(first), message }],
    };
  }
  const findings: Finding[] = [];
  for (const i of blank) {
    if (t.previousTier[i] !== TIER_CODE.key || t.override[i] !== NO_TIER) continue;
    findings.push({
      code: "tier.keySalesBlank",
      severity: "warning",
      ...on(i),
      message: m.finding.keySalesBlank(
        t.row[i] as number,
        t.name[i] as string,
        m.money(t.previousRevenue[i] as number),
        at.label,
      ),
    });
  }
  return { stop: false, findings };
}

/**
 * Sales in another unit than last year's (`prior`: its label, where a column holds them), or than the
 * last run's over the same months (yuan typed under a 万元 header, the header's 万元 changed to 元): 500
 * times apart or more in the middle of the accounts, every account would grow or fall ten thousand fold,
 * on the watch list and in its note ("增至上年的13,243倍"). Three accounts at least; the run stops.
 * Call after matchPreviousRun.
 * @example unitsApart(table, at, "去年销售额（万元）").stop // true where this year's were typed in yuan
 */
export function unitsApart(t: AccountTable, at: SalesAt, prior: string | undefined): SalesCheck {
  const toPrior = prior === undefined ? null : medianRatio(t.revenue, t.priorRevenue);
  const toLast = at.lastRun && at.sameMonths ? medianRatio(t.revenue, t.previousRevenue) : null;
  const m = at.messages.finding;
  for (const [off, say] of [
    [
      toPrior,
      (times: number, below: boolean, n: number) => m.unitsApartPrior(at.label, prior ?? "", times, below, n),
    ],
    [
      toLast,
      (times: number, below: boolean, n: number) =>
        m.unitsApartLastRun(at.label, at.lastRun?.date ?? "", times, below, n),
    ],
  ] as const) {
    if (!off || off.count < 3 || !apartByUnits(off.ratio)) continue;
    return {
      stop: true,
      findings: [
        {
          code: "header.unitsApart",
          severity: "error",
          row: at.headerRow,
          column: at.letter(at.column),
          header: at.headerText(at.column),
          message: say(roundRatio(off.ratio), off.ratio < 1, off.count),
        },
      ],
    };
  }
  return NONE;
}

/** One account's sales this many times its own figure to compare with: as far as a unit apart (`UNITS_APART`). */
const ROW_APART = 500;
/** At most this many such rows are said. */
const ROWS_SAID = 200;

/**
 * An account whose sales stand 500 times or more above its own last year's (or, with no prior-year
 * figure, the last run's over the same months) and above every account not so: 27.5 retyped 99999 under
 * 年度销售额（万元）, one row typed in yuan, a prior year typed a digit short. Tiered as written, it takes
 * a key place and most of the revenue with nothing said (the column's median, `unitsApart`, does not move
 * for one row). A sample buyer's ¥1,000 last year and ¥500,000 this year is 500 times too, but stays
 * below the largest accounts: unsaid. A warning on the row's sales cell; the run goes on.
 * Call after matchPreviousRun.
 * @example salesOutOfScale(table, at, "去年销售额（万元）").findings[0].code // "row.salesOutOfScale"
 */
export function salesOutOfScale(t: AccountTable, at: SalesAt, prior: string | undefined): SalesCheck {
  const byPrior = prior !== undefined;
  const byLast = at.lastRun !== null && at.lastRun !== undefined && at.sameMonths;
  if (!byPrior && !byLast) return NONE;
  /** The figure row `i`'s sales compare with, and whether it is last year's; NaN where none. */
  const base = (i: number): [number, boolean] => {
    const p = t.priorRevenue[i] as number;
    if (byPrior && p > 0) return [p, true];
    const l = t.previousRevenue[i] as number;
    return byLast && l > 0 ? [l, false] : [Number.NaN, false];
  };
  const apart: number[] = [];
  let largestOther = 0;
  for (let i = 0; i < t.length; i++) {
    const r = t.revenue[i] as number;
    if (!(r > 0)) continue;
    const [b] = base(i);
    if (r >= b * ROW_APART) apart.push(i);
    else if (r > largestOther) largestOther = r;
  }
  // Half the accounts so far apart are a column in another unit, which `unitsApart` stopped on; fewer
  // are said one by one, up to ROWS_SAID (a sheet with more has far more wrong than a slip).
  const m = at.messages;
  const findings: Finding[] = [];
  for (const i of apart) {
    const r = t.revenue[i] as number;
    if (r < largestOther) continue;
    if (findings.length === ROWS_SAID) break;
    const [b, isPrior] = base(i);
    const times = Number((r / b).toPrecision(2));
    findings.push({
      code: "row.salesOutOfScale",
      severity: "warning",
      row: t.row[i] as number,
      column: at.letter(at.column),
      header: at.headerText(at.column),
      message: m.finding.salesOutOfScale(
        t.row[i] as number,
        t.name[i] as string,
        at.label,
        at.typed?.(i) ?? "",
        m.money(r),
        isPrior ? { prior: prior ?? "" } : { date: at.lastRun?.date ?? "" },
        m.money(b),
        times,
      ),
    });
  }
  return { stop: false, findings };
}
