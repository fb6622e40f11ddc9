import type { Field, TieringResult } from "../engine";
import { type Finding, cellText } from "../engine";
import { type SheetTable, excelNumber } from "../workbook";

/** The JSON report, as documented in docs/cli.md ("The report"): people script against these names. */
export type Report = {
  readonly sheet: string;
  readonly headerRow: number | null;
  readonly language: string;
  readonly fields: Partial<Record<Field, string>>;
  /** Where the sales are the sum of columns by month or quarter (no total column): their headers. */
  readonly revenueParts?: readonly string[];
  /** Last year's sales summed alike, where they are kept by the same months: their headers. */
  readonly priorRevenueParts?: readonly string[];
  readonly rows: readonly ReportRow[];
  /** Accounts of the last run that are no longer on the sheet. */
  readonly removed: readonly {
    readonly name: string;
    readonly previousTier: string;
    readonly previousRow: number;
    /** Its sales (yuan), score and rank at the last run, where the last run saved them. */
    readonly previousRevenue: number | null;
    readonly previousScore: number | null;
    readonly previousRank: number | null;
  }[];
  readonly skipped: readonly { readonly row: number; readonly reason: string }[];
  readonly findings: readonly {
    readonly code: string;
    readonly severity: string;
    readonly row: number | null;
    readonly column: string | null;
    /** The column's header as the sheet writes it, where the finding is about a column. */
    readonly header?: string;
    readonly message: string;
    /** True where the finding's row is hidden on the sheet (a filter, or hidden by hand); left out otherwise. */
    readonly rowHidden?: true;
  }[];
  readonly summary: TieringResult["summary"] & { readonly output: string | null };
};

export type ReportRow = {
  readonly row: number;
  /** True where the row is hidden on the sheet (a filter, or hidden by hand); left out otherwise. */
  readonly hidden?: true;
  readonly name: string;
  /** The customer code (客户编码), where the sheet has one: to join the report back to the ERP or CRM. */
  readonly code?: string;
  /** The region and the owner as the sheet writes them; null where blank or the sheet has no such column. */
  readonly region: string | null;
  readonly owner: string | null;
  readonly revenue: number | null;
  readonly tier: string;
  readonly score: number;
  readonly credit: string | null;
  /** How far the balance owed runs over the credit limit (0.2: 20% over), where it does. */
  readonly overLimit?: number;
  readonly potential: string | null;
  readonly regionalShare: string | null;
  readonly managementMode: string | null;
  readonly salesMode: string | null;
  readonly sensitivity: string | null;
  readonly previousTier: string | null;
  readonly change: string;
  readonly override: boolean;
  readonly promotionCandidate: boolean;
  /** How a key account came in: "override" | "revenueCore" | "score"; null for other tiers. */
  readonly keyBy: string | null;
  /** "YYYY-MM-DD": the last visit plus the tier's cadence, else the run date plus it. */
  readonly nextReview: string;
  readonly timeShare: number;
  readonly hours: number | null;
  readonly reason: string;
  readonly note: string;
};

/**
 * Builds the report of a run: every tiered row, every skipped row, every finding, and the summary.
 * @example buildReport(table, result, "zh-CN", "out.xlsx").rows[0].tier // "key"
 */
export function buildReport(
  table: SheetTable,
  result: TieringResult,
  language: string,
  output: string | null,
  /** Findings about the saved settings themselves (a damaged settings sheet), listed first. */
  settingsFindings: readonly Finding[] = [],
): Report {
  const headerCells = result.header.labels;
  const fields: Partial<Record<Field, string>> = {};
  for (const m of result.header.matches) fields[m.field] = cellText(headerCells[m.column]) || m.header;
  // 1-based sheet rows, as accounts and findings carry them.
  const hidden = new Set((table.hiddenRows ?? []).map((r) => r + 1));
  return {
    sheet: table.sheetName,
    headerRow: result.headerRow,
    language,
    fields,
    ...(result.header.revenueParts ? { revenueParts: result.header.revenueParts.map((p) => p.header) } : {}),
    ...(result.header.priorRevenueParts
      ? { priorRevenueParts: result.header.priorRevenueParts.map((p) => p.header) }
      : {}),
    rows: result.accounts.map((a) => ({
      row: a.row,
      ...(hidden.has(a.row) ? { hidden: true as const } : {}),
      name: a.name,
      ...(a.code === "" ? {} : { code: a.code }),
      region: a.region === "" ? null : a.region,
      owner: a.owner === "" ? null : a.owner,
      // Figures as the workbook writes them: 19.99万 is 199,900, not 199899.99999999997, a key account's
      // time 0.1, not 0.09999999999999999, its hours 48 (one decimal, as its cell), not 47.99999999999999.
      revenue: a.revenue === null ? null : excelNumber(a.revenue),
      tier: a.tier,
      score: Math.round(a.score * 10) / 10,
      credit: a.credit,
      ...(a.overLimit === null ? {} : { overLimit: Math.round(a.overLimit * 10_000) / 10_000 }),
      potential: a.potential,
      regionalShare: a.regionalShare,
      managementMode: a.managementMode,
      salesMode: a.salesMode,
      sensitivity: a.sensitivity,
      previousTier: a.previousTier,
      change: a.change,
      override: a.override !== null,
      promotionCandidate: a.promotionCandidate,
      keyBy: a.keyBy,
      nextReview: a.nextReview,
      timeShare: excelNumber(a.timeShare),
      hours: a.hours === null ? null : Math.round(a.hours * 10) / 10,
      reason: a.reason,
      note: a.note,
    })),
    removed: result.removed.map((r) => ({
      name: r.name,
      previousTier: r.previousTier,
      previousRow: r.previousRow,
      previousRevenue: r.previousRevenue,
      previousScore: r.previousScore,
      previousRank: r.previousRank,
    })),
    skipped: result.skipped.map((s) => ({ row: s.row, reason: s.reason })),
    findings: [...settingsFindings, ...result.findings].map((f) => ({
      code: f.code,
      severity: f.severity,
      row: f.row ?? null,
      column: f.column ?? null,
      ...(f.header ? { header: f.header } : {}),
      message: f.message,
      ...(f.rowHidden ? { rowHidden: true as const } : {}),
    })),
    summary: { ...tidyNumbers(result.summary), output },
  };
}

/**
 * A copy of a summary with every fractional number at Excel's 15 significant digits (`excelNumber`):
 * shares and sums made by binary arithmetic (0.09999999999999999 for 60% over 6 accounts).
 * @example tidyNumbers({ a: [0.6 / 6] }) // { a: [0.1] }
 */
function tidyNumbers<T>(value: T): T {
  if (typeof value === "number") return excelNumber(value) as T;
  if (Array.isArray(value)) return value.map(tidyNumbers) as T;
  // Plain objects only: a Date (toJSON) or anything else is written as it is.
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = tidyNumbers(v);
    return out as T;
  }
  return value;
}
