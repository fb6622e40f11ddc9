import type { Cell } from "../../src/engine";
import { getMessages } from "../../src/i18n";
import { type SheetTable, runTiering, type RunOptions } from "../../src/workbook";

export const zh = getMessages("zh-CN").engine;
export const en = getMessages("en-US").engine;
export const AS_OF = new Date("2025-06-30T00:00:00Z");

/** A sheet from rows, at A1. */
export function sheet(values: Cell[][], sheetName = "Sheet1"): SheetTable {
  return { sheetName, values, origin: { row: 0, column: 0 } };
}

/** Runs the use case with a fixed date. */
export function run(values: Cell[][], options: Partial<RunOptions> = {}) {
  return runTiering(sheet(values), { asOf: AS_OF, ...options });
}

/** n distributors with distinct revenues n, n-1, …, 1 (×10,000) and English headers. */
export function distributors(
  n: number,
  extra: (i: number) => Cell[] = () => [],
  extraHeaders: string[] = [],
): Cell[][] {
  const rows: Cell[][] = [["Distributor", "Revenue", ...extraHeaders]];
  for (let i = 0; i < n; i++)
    rows.push([`D${String(i + 1).padStart(4, "0")}`, (n - i) * 10_000, ...extra(i)]);
  return rows;
}
