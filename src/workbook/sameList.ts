import {
  type Cell,
  type EngineMessages,
  type Finding,
  type TieringResult,
  cellText,
  columnLetter,
  detectColumns,
  foldText,
  periodPartOf,
  yearOf,
} from "../engine";
import type { SheetTable } from "./sheetTable";

/** The rows of another sheet's top a door reads to compare headers: enough for titles above a header. */
export const OTHER_SHEET_HEAD_ROWS = 40;
/** Other sheets compared at most (a workbook of a sheet per province has 34). */
export const OTHER_SHEETS_COMPARED = 40;

/** Another sheet of the workbook: its top rows and how many rows it has in all. */
export type OtherSheet = {
  readonly name: string;
  /** Its first rows (up to OTHER_SHEET_HEAD_ROWS), from the top-left of its used range. */
  readonly head: readonly (readonly Cell[])[];
  /** Rows of its used range, the head's included. */
  readonly rows: number;
};

/** What the findings on other sheets say, in the run's language. */
export type SameListMessages = Pick<
  EngineMessages["finding"],
  "sameListSheets" | "periodSheets" | "priorYearSheet"
>;

/**
 * Other sheets with the tiered sheet's name and sales headers, said as a warning on the name header:
 * - with accounts of their own (a ledger split a sheet per region: 华东, 华南, 华北): they are not tiered
 *   with this one, so its key accounts are chosen among its own rows only;
 * - with this sheet's accounts, where this sheet and they are named as months or quarters (1月, 2月, Q1:
 *   a sheet a month): only this sheet's sales are counted, one month's, not the year's.
 * - with this sheet's accounts, named as the year before this sheet's (2024 beside 2025), where this sheet
 *   has no last year's sales: an info that its sales could give the growth.
 * A sheet of the same customers under another name (a copy) is none of these.
 * @example sameListFindings(table, result, messages).map((f) => f.code) // ["sheet.sameList"]
 */
export function sameListFindings(
  table: SheetTable,
  result: TieringResult,
  messages: SameListMessages,
): Finding[] {
  const others = table.otherSheets ?? [];
  const h = result.header;
  const nameAt = h.mapping.name;
  const salesAt = h.mapping.revenue;
  if (others.length === 0 || h.headerRow < 0 || nameAt === undefined || salesAt === undefined) return [];
  const label = (labels: readonly Cell[], at: number): string => foldText(cellText(labels[at]));
  const nameHeader = label(h.labels, nameAt);
  const salesHeader = label(h.labels, salesAt);
  const matching: { name: string; rows: number; names: string[] }[] = [];
  for (const other of others) {
    if (other.name === table.sheetName) continue;
    const d = detectColumns(other.head, { scanRows: other.head.length });
    const n = d.mapping.name;
    const s = d.mapping.revenue;
    if (d.headerRow < 0 || n === undefined || s === undefined) continue;
    if (label(d.labels, n) !== nameHeader || label(d.labels, s) !== salesHeader) continue;
    const first = d.headerRow + d.headerRows;
    const names = other.head
      .slice(first)
      .map((row) => foldText(cellText(row[n])))
      .filter((x) => x !== "");
    const rows = other.rows - first;
    if (rows > 0 && names.length > 0) matching.push({ name: other.name, rows, names });
  }
  if (matching.length === 0) return [];
  // The names the other sheets' tops show, looked up once in this sheet's name column.
  const wanted = new Set(matching.flatMap((m) => m.names));
  const here = new Set<string>();
  const column = nameAt;
  for (let r = h.headerRow + h.headerRows; r < table.values.length && here.size < wanted.size; r++) {
    const v = table.values[r]?.[column];
    if (v === null || v === undefined || v === "") continue;
    const key = foldText(cellText(v));
    if (wanted.has(key)) here.add(key);
  }
  const ownAccounts = (m: (typeof matching)[number]): boolean =>
    m.names.filter((x) => here.has(x)).length * 2 < m.names.length;
  const siblings = matching.filter(ownAccounts);
  // A sheet a month or a quarter, this one among them: its sales are one period's.
  const periods =
    periodPartOf(table.sheetName) === undefined
      ? []
      : matching.filter((m) => !ownAccounts(m) && periodPartOf(m.name) !== undefined);
  const at = {
    severity: "warning" as const,
    row: table.origin.row + h.headerRow + 1,
    column: columnLetter(table.origin.column + nameAt),
    header: cellText(h.labels[nameAt]),
  };
  const out: Finding[] = [];
  if (siblings.length > 0)
    out.push({
      ...at,
      code: "sheet.sameList",
      message: messages.sameListSheets(
        siblings.map((m) => m.name),
        siblings.reduce((sum, m) => sum + m.rows, 0),
        table.sheetName,
        result.summary.accounts,
      ),
    });
  if (periods.length > 0)
    out.push({
      ...at,
      code: "sheet.periodSheets",
      message: messages.periodSheets(
        periods.map((m) => m.name),
        table.sheetName,
      ),
    });
  // Last year's ledger beside this year's, where this one has no last year's sales.
  const year = periodPartOf(table.sheetName) === undefined ? yearOf(table.sheetName) : undefined;
  const lastYear =
    year === undefined || h.mapping.priorRevenue !== undefined
      ? undefined
      : matching.find(
          (m) => !ownAccounts(m) && yearOf(m.name) === year - 1 && periodPartOf(m.name) === undefined,
        );
  if (lastYear)
    out.push({
      ...at,
      severity: "info",
      code: "sheet.priorYearSheet",
      message: messages.priorYearSheet(lastYear.name, table.sheetName),
    });
  return out;
}
