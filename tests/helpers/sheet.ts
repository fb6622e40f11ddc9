import { type Cell, DEFAULT_RULES } from "../../src/engine";
import { getMessages } from "../../src/i18n";
import {
  SETTINGS_FORMAT,
  type SavedSettings,
  type SheetTable,
  runTiering,
  type RunOptions,
} from "../../src/workbook";

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

/**
 * What an earlier run on the sheet saved, without its roster (as settings saved before version 2 are): the
 * columns headed like ours are then its, and their tiers are the last run's.
 */
export function earlierRunOn(sheetName = "Sheet1"): SavedSettings {
  return {
    format: SETTINGS_FORMAT,
    version: 1,
    savedAt: "2025-05-31T00:00:00.000Z",
    language: "en-US",
    sheet: sheetName,
    rules: DEFAULT_RULES,
    mapping: {},
    output: { columns: {}, strategySheet: "", changeLogSheet: "" },
  };
}

/** Runs the use case on a sheet an earlier run tiered: its tier column (typed by the test) is the last run's. */
export function rerun(values: Cell[][], options: Partial<RunOptions> = {}) {
  return run(values, { previous: earlierRunOn(), ...options });
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
