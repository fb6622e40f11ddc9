import type ExcelJS from "exceljs";
import { columnLetter } from "../engine";
import { type PlanRow, SETTINGS_SHEET, type SheetPlan, type WritePlan, serializeSettings } from "../workbook";

type TableModel = {
  name: string;
  tableRef?: string;
  ref?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: { name: string; filterButton?: boolean }[];
};

const ARGB = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

/**
 * Applies a write plan to an ExcelJS workbook: the output columns (as table columns when the data is an
 * Excel table), tier colours as conditional formats, the frozen header, the strategy sheet, the change
 * log and the settings. The user's own cells are never written; strings are always written as text.
 * @example applyPlan(workbook, plan) // then workbook.xlsx.writeFile(out)
 */
export function applyPlan(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  const ws = workbook.getWorksheet(plan.sheetName);
  if (!ws) throw new Error(`sheet ${plan.sheetName} vanished`);
  const headerRow = plan.headerRow + 1;
  for (const column of plan.columns) {
    const c = column.column + 1;
    const header = ws.getCell(headerRow, c);
    header.value = column.header;
    header.font = { ...(header.font ?? {}), bold: true };
    // One style object for the whole column: ExcelJS recognises a shared style by identity when it
    // writes, instead of serialising a style per cell (which doubled the write time).
    const style = { numFmt: column.numberFormat } as Partial<ExcelJS.Style>;
    for (let k = 0; k < column.values.length; k++) {
      const v = column.values[k];
      const blank = v === null || v === undefined || v === "";
      // A new column needs no cell where there is nothing to write; an old one is cleared there.
      if (blank && !column.existing) continue;
      const cell = ws.getCell(plan.firstRow + 1 + k, c);
      // A string is written as a string cell: ExcelJS never turns it into a formula, and "@" keeps
      // Excel from reading it as a number or a date when someone edits it.
      cell.value = blank ? null : v;
      cell.style = style;
    }
    const width = column.key === "reason" || column.key === "note" ? 48 : column.key === "tier" ? 12 : 14;
    const col = ws.getColumn(c);
    if (!col.width || !column.existing) col.width = width;
  }
  extendTable(ws, plan);
  colourTiers(ws, plan);
  freezeHeader(ws, headerRow);
  replaceSheet(workbook, plan.strategySheet);
  replaceSheet(workbook, plan.changeLog);
  writeSettings(workbook, plan);
}

/** New output columns right of an Excel table become table columns, so the table stays one table. */
function extendTable(ws: ExcelJS.Worksheet, plan: WritePlan): void {
  const added = plan.columns.filter((c) => !c.existing).map((c) => c.column + 1);
  if (added.length === 0) return;
  for (const table of ws.getTables() as unknown as { table?: TableModel; model?: TableModel }[]) {
    const model = table.table ?? table.model;
    const ref = model?.tableRef ?? model?.ref;
    if (!model || !ref) continue;
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
    if (!m) continue;
    const [, left, top, right, bottom] = m as unknown as [string, string, string, string, string];
    if (Number(top) !== plan.headerRow + 1) continue;
    const rightCol = letterIndex(right);
    if (Math.min(...added) !== rightCol + 1) continue;
    const last = Math.max(...added);
    const names = new Set(model.columns.map((c) => c.name));
    for (let c = rightCol + 1; c <= last; c++) {
      let name = String(ws.getCell(plan.headerRow + 1, c).value ?? columnLetter(c - 1));
      // Table headers must be unique; a clash with one of the user's headers gets a suffix.
      for (let n = 2; names.has(name); n++) name = `${name} (${n})`;
      names.add(name);
      ws.getCell(plan.headerRow + 1, c).value = name;
      model.columns.push({ name, filterButton: model.columns[0]?.filterButton ?? true });
    }
    const bottomRow = Math.max(Number(bottom), plan.firstRow + plan.rowCount);
    const newRef = `${left}${top}:${columnLetter(last - 1)}${bottomRow}`;
    model.tableRef = newRef;
    if (model.ref !== undefined) model.ref = `${left}${top}`;
    if (model.autoFilterRef)
      model.autoFilterRef = `${left}${top}:${columnLetter(last - 1)}${model.totalsRow ? bottomRow - 1 : bottomRow}`;
  }
}

function letterIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Tier colours as conditional formats on the tier column: three rules, however many rows. */
function colourTiers(ws: ExcelJS.Worksheet, plan: WritePlan): void {
  const tier = plan.columns.find((c) => c.key === "tier");
  if (!tier || plan.rowCount === 0) return;
  const letter = columnLetter(tier.column);
  const ref = `${letter}${plan.firstRow + 1}:${letter}${plan.firstRow + plan.rowCount}`;
  ws.removeConditionalFormatting((cf: { ref?: string }) => cf.ref !== ref);
  ws.addConditionalFormatting({
    ref,
    rules: plan.tierStyles.map((s, i) => ({
      type: "containsText",
      operator: "containsText",
      text: s.label,
      priority: i + 1,
      style: {
        fill: { type: "pattern", pattern: "solid", bgColor: { argb: ARGB(s.fill) } },
        font: { color: { argb: ARGB(s.font) } },
      },
    })) as unknown as ExcelJS.ConditionalFormattingRule[],
  });
}

function freezeHeader(ws: ExcelJS.Worksheet, headerRow: number): void {
  const view = (ws.views?.[0] ?? {}) as Partial<ExcelJS.WorksheetView>;
  ws.views = [
    {
      ...view,
      state: "frozen",
      xSplit: 0,
      ySplit: headerRow,
      topLeftCell: `A${headerRow + 1}`,
    } as ExcelJS.WorksheetView,
  ];
}

const STYLE: Readonly<Record<PlanRow["style"], Partial<ExcelJS.Style>>> = {
  title: { font: { bold: true, size: 16 } },
  subtitle: { font: { italic: true, color: { argb: "FF595959" } } },
  heading: { font: { bold: true, size: 12 } },
  tableHeader: {
    font: { bold: true },
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } },
  },
  body: {},
  total: { font: { bold: true }, border: { top: { style: "thin" } } },
  bullet: { alignment: { wrapText: false } },
};

/** Removes a product sheet (in any language) and writes it anew. */
function replaceSheet(workbook: ExcelJS.Workbook, sheet: SheetPlan): void {
  for (const name of [sheet.name, ...sheet.replaces]) {
    const old = workbook.getWorksheet(name);
    if (old) workbook.removeWorksheet(old.id);
  }
  const ws = workbook.addWorksheet(sheet.name);
  sheet.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  sheet.rows.forEach((row, r) => {
    const style = STYLE[row.style];
    row.cells.forEach((value, c) => {
      if (value === null || value === undefined || value === "") {
        if (row.style !== "tableHeader") return;
      }
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = value === "" ? null : value;
      if (style.font) cell.font = style.font;
      if (style.fill && value !== null) cell.fill = style.fill;
      if (style.border) cell.border = style.border;
      const fmt = row.formats?.[c];
      if (fmt) cell.numFmt = fmt;
    });
  });
}

/** The settings live in a very hidden sheet, column A, in the format the add-in reads too. */
function writeSettings(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  const old = workbook.getWorksheet(SETTINGS_SHEET);
  if (old) workbook.removeWorksheet(old.id);
  const ws = workbook.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
  serializeSettings(plan.settings).forEach((chunk, i) => {
    ws.getCell(i + 1, 1).value = chunk;
  });
}
