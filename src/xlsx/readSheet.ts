import type ExcelJS from "exceljs";
import type { Cell } from "../engine";
import { SETTINGS_SHEET, type SheetTable } from "../workbook";
import { WorkbookFileError } from "./workbookFileError";

/**
 * Picks the sheet to tier: the one named, else the workbook's active sheet, else the first visible one.
 * The product's own sheets (strategy, change log, settings) are never picked by default.
 * @example pickWorksheet(workbook, undefined, "in.xlsx", ["分级策略"]).name
 */
export function pickWorksheet(
  workbook: ExcelJS.Workbook,
  name: string | undefined,
  path: string,
  ownSheets: readonly string[],
): ExcelJS.Worksheet {
  const sheets = workbook.worksheets;
  if (name !== undefined) {
    const ws = workbook.getWorksheet(name);
    if (!ws) {
      const visible = sheets.filter((s) => s.state === "visible" || s.state === undefined).map((s) => s.name);
      throw new WorkbookFileError("unknownSheet", path, { sheet: name, sheets: visible });
    }
    return ws;
  }
  const candidates = sheets.filter(
    (s) =>
      s.name !== SETTINGS_SHEET &&
      !ownSheets.includes(s.name) &&
      s.state !== "veryHidden" &&
      s.state !== "hidden",
  );
  const activeTab = (workbook.views as { activeTab?: number }[] | undefined)?.[0]?.activeTab;
  const active = activeTab === undefined ? undefined : sheets[activeTab];
  const chosen = (active && candidates.includes(active) ? active : undefined) ?? candidates[0];
  if (!chosen)
    throw new WorkbookFileError("unknownSheet", path, { sheet: "", sheets: sheets.map((s) => s.name) });
  return chosen;
}

/**
 * Turns an ExcelJS value into the engine's cell: formulas give their cached result, rich text its
 * text, hyperlinks their text, errors `{ error }`.
 * @example toCell({ formula: "A1*2", result: 4 }) // 4
 */
export function toCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean" ||
    value instanceof Date
  )
    return value;
  if (typeof value === "object") {
    const v = value as unknown as Record<string, unknown>;
    if ("error" in v && typeof v.error === "string") return { error: v.error };
    if ("richText" in v && Array.isArray(v.richText))
      return (v.richText as { text?: string }[]).map((r) => r.text ?? "").join("");
    if ("formula" in v || "sharedFormula" in v)
      return "result" in v ? toCell(v.result as ExcelJS.CellValue) : null;
    if ("text" in v && typeof v.text === "string") return v.text;
    if ("hyperlink" in v && typeof v.hyperlink === "string") return v.hyperlink;
  }
  return String(value);
}

/**
 * Reads a worksheet's used range into a SheetTable, with each column's number format (where a unit
 * such as 万元 may live) and the Excel table that holds the data, if any.
 * @example readSheet(worksheet).values[0]
 */
export function readSheet(ws: ExcelJS.Worksheet): SheetTable {
  const raw = ws.getSheetValues() as (ExcelJS.CellValue[] | undefined)[];
  let firstRow = Number.POSITIVE_INFINITY;
  let lastRow = 0;
  let firstCol = Number.POSITIVE_INFINITY;
  let lastCol = 0;
  for (let r = 1; r < raw.length; r++) {
    const row = raw[r];
    if (!row) continue;
    for (let c = 1; c < row.length; c++) {
      const v = row[c];
      if (v === null || v === undefined || v === "") continue;
      if (r < firstRow) firstRow = r;
      if (r > lastRow) lastRow = r;
      if (c < firstCol) firstCol = c;
      if (c > lastCol) lastCol = c;
    }
  }
  if (lastRow === 0) return { sheetName: ws.name, values: [], origin: { row: 0, column: 0 } };
  const width = lastCol - firstCol + 1;
  const values: Cell[][] = new Array(lastRow - firstRow + 1);
  const formats: (string | undefined)[] = new Array(width).fill(undefined);
  for (let r = firstRow; r <= lastRow; r++) {
    const row = raw[r];
    const out: Cell[] = new Array(width).fill(null);
    if (row) {
      for (let c = firstCol; c <= Math.min(lastCol, row.length - 1); c++) {
        const v = row[c];
        if (v === null || v === undefined) continue;
        out[c - firstCol] = toCell(v);
        if (formats[c - firstCol] === undefined && typeof v === "number") {
          const fmt = ws.getCell(r, c).numFmt;
          formats[c - firstCol] = typeof fmt === "string" && fmt !== "" ? fmt : "";
        }
      }
    }
    values[r - firstRow] = out;
  }
  const tables = ws.getTables() as unknown as { table?: { name?: string }; name?: string }[];
  const tableName = tables
    .map((t) => t.table?.name ?? t.name)
    .find((n): n is string => typeof n === "string");
  return {
    sheetName: ws.name,
    values,
    origin: { row: firstRow - 1, column: firstCol - 1 },
    columnFormats: formats.map((f) => (f === "" ? undefined : f)),
    tableName,
  };
}

/**
 * The text of the settings sheet's column A, as `parseSettings` reads it.
 * @example readSettingsCells(workbook) // ['{"format":"channel-tiering/settings",…']
 */
export function readSettingsCells(workbook: ExcelJS.Workbook): string[] {
  const ws = workbook.getWorksheet(SETTINGS_SHEET);
  if (!ws) return [];
  const cells: string[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const v = toCell(ws.getCell(r, 1).value);
    if (typeof v !== "string" || v === "") break;
    cells.push(v);
  }
  return cells;
}
