import {
  type Cell,
  type Finding,
  type TieringResult,
  cellText,
  columnLetter,
  detectColumns,
  foldText,
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

/**
 * Other sheets that hold the same kind of list as the tiered one (a ledger split a sheet per region:
 * 华东, 华南, 华北): the same name and sales headers, and accounts of their own. A sheet of the same
 * customers (last year's ledger, a copy) is none: most of the names its top shows are in this sheet.
 * Those sheets are not tiered with this one, so its key accounts are chosen among its own rows only: said
 * once, with the sheets and their rows, as a warning on the name header.
 * @example sameListFinding(table, result, message)?.code // "sheet.sameList"
 */
export function sameListFinding(
  table: SheetTable,
  result: TieringResult,
  message: (sheets: readonly string[], rows: number, sheet: string, accounts: number) => string,
): Finding | undefined {
  const others = table.otherSheets ?? [];
  const h = result.header;
  const nameAt = h.mapping.name;
  const salesAt = h.mapping.revenue;
  if (others.length === 0 || h.headerRow < 0 || nameAt === undefined || salesAt === undefined)
    return undefined;
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
  if (matching.length === 0) return undefined;
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
  const siblings = matching.filter((m) => m.names.filter((x) => here.has(x)).length * 2 < m.names.length);
  if (siblings.length === 0) return undefined;
  const rows = siblings.reduce((sum, m) => sum + m.rows, 0);
  const header = cellText(h.labels[nameAt]);
  return {
    code: "sheet.sameList",
    severity: "warning",
    row: table.origin.row + h.headerRow + 1,
    column: columnLetter(table.origin.column + nameAt),
    header,
    message: message(
      siblings.map((m) => m.name),
      rows,
      table.sheetName,
      result.summary.accounts,
    ),
  };
}
