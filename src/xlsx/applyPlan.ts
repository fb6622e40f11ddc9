import type ExcelJS from "exceljs";
import { TIERS, columnLetter } from "../engine";
import { LANGUAGES, getMessages } from "../i18n";
import {
  type PlanRow,
  SETTINGS_SHEET,
  type SheetPlan,
  type WritePlan,
  serializeSettings,
  wrappedLines,
} from "../workbook";

/** The tier labels in every language: a conditional format testing one of them is ours. */
const TIER_LABELS = new Set(LANGUAGES.flatMap((l) => TIERS.map((t) => getMessages(l).engine.tier[t])));

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
    const style = (
      column.wrap
        ? { numFmt: column.numberFormat, alignment: { wrapText: true } }
        : { numFmt: column.numberFormat }
    ) as Partial<ExcelJS.Style>;
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
    const col = ws.getColumn(c);
    if (!col.width || !column.existing) col.width = column.width;
  }
  fitWrappedRows(ws, plan);
  extendTable(ws, plan);
  colourTiers(ws, plan);
  freezePanes(ws, plan);
  addFilter(ws, plan);
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

/**
 * Tier colours as conditional formats on the tier column: three "cell value equal to" rules, however
 * many rows. ExcelJS writes them as Excel does (`<cfRule type="cellIs" operator="equal"><formula>"Key
 * account"</formula>`), which LibreOffice renders too; its "text contains" rules lack the `operator` and
 * `text` attributes Excel writes, and LibreOffice shows no colour for them. Our earlier rules on the tier
 * column (any row count, any language) are replaced; the user's own formats stay.
 */
function colourTiers(ws: ExcelJS.Worksheet, plan: WritePlan): void {
  const tier = plan.columns.find((c) => c.key === "tier");
  if (!tier || plan.rowCount === 0) return;
  const letter = columnLetter(tier.column);
  const ref = `${letter}${plan.firstRow + 1}:${letter}${plan.firstRow + plan.rowCount}`;
  const onTierColumn = new RegExp(`^${letter}\\d+:${letter}\\d+$`);
  ws.removeConditionalFormatting(
    (cf: { ref?: string; rules?: { text?: string; formulae?: unknown[] }[] }) =>
      !(onTierColumn.test(cf.ref ?? "") && (cf.rules ?? []).every(isOurTierRule)),
  );
  ws.addConditionalFormatting({
    ref,
    rules: plan.tierStyles.map((s, i) => ({
      type: "cellIs",
      operator: "equal",
      formulae: [`"${s.label.replace(/"/g, '""')}"`],
      priority: i + 1,
      style: {
        fill: { type: "pattern", pattern: "solid", bgColor: { argb: ARGB(s.fill) } },
        font: { color: { argb: ARGB(s.font) } },
      },
    })) as unknown as ExcelJS.ConditionalFormattingRule[],
  });
}

function isOurTierRule(rule: { text?: string; formulae?: unknown[] }): boolean {
  if (rule.text !== undefined) return TIER_LABELS.has(rule.text);
  const f = String(rule.formulae?.[0] ?? "");
  const quoted = /"([^"]*)"/.exec(f)?.[1];
  return quoted !== undefined && TIER_LABELS.has(quoted);
}

/** Points per line of 11-point text, and the most lines a row grows to (the rest shows on selection). */
const LINE_POINTS = 15;
const MAX_LINES = 6;

/**
 * Rows whose reason or note wraps get the height their lines need: a file says nothing about heights
 * unless told, and Excel and LibreOffice then show one line of wrapped text (Excel's add-in door asks
 * Excel to autofit instead).
 */
function fitWrappedRows(ws: ExcelJS.Worksheet, plan: WritePlan): void {
  const wrapped = plan.columns.filter((c) => c.wrap);
  if (wrapped.length === 0) return;
  for (let k = 0; k < plan.rowCount; k++) {
    let lines = 1;
    for (const c of wrapped) lines = Math.max(lines, wrappedLines(c.values[k] ?? null, c.width));
    if (lines > 1) ws.getRow(plan.firstRow + 1 + k).height = Math.min(lines, MAX_LINES) * LINE_POINTS;
  }
}

/** The plan's freeze (header row, name column), unless the user froze or split the sheet already. */
function freezePanes(ws: ExcelJS.Worksheet, plan: WritePlan): void {
  const view = (ws.views?.[0] ?? {}) as Partial<ExcelJS.WorksheetView> & { xSplit?: number; ySplit?: number };
  if (!plan.freeze || view.state === "frozen" || view.state === "split") return;
  const { rows, columns } = plan.freeze;
  ws.views = [
    {
      ...view,
      state: "frozen",
      xSplit: columns,
      ySplit: rows,
      topLeftCell: `${columnLetter(columns)}${rows + 1}`,
    } as ExcelJS.WorksheetView,
  ];
}

/** A filter on the header row, where the sheet has none and the data is not a table. */
function addFilter(ws: ExcelJS.Worksheet, plan: WritePlan): void {
  const f = plan.autoFilter;
  if (!f || ws.autoFilter || ws.getTables().length > 0) return;
  ws.autoFilter = `${columnLetter(f.column)}${f.row + 1}:${columnLetter(f.column + f.columns - 1)}${f.row + f.rows}`;
}

/** Page setup: orientation, one page wide, a page break before each section. */
function applyPrint(ws: ExcelJS.Worksheet, sheet: SheetPlan): void {
  if (!sheet.print) return;
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: sheet.print.orientation,
    fitToPage: sheet.print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: `A1:${columnLetter(sheet.print.columns - 1)}${Math.max(1, sheet.rows.length)}`,
  };
  // ExcelJS puts a row's break below it: the break before 0-based row r goes on 1-based row r.
  for (const r of sheet.print.breaks) if (r > 0) ws.getRow(r).addPageBreak();
}

const STYLE: Readonly<Record<PlanRow["style"], Partial<ExcelJS.Style>>> = {
  title: { font: { bold: true, size: 16 } },
  subtitle: { font: { italic: true, color: { argb: "FF595959" } } },
  heading: { font: { bold: true, size: 12 } },
  tableHeader: {
    font: { bold: true },
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } },
    // A long header wraps inside its column instead of being cut by the next one.
    alignment: { wrapText: true, vertical: "bottom" },
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
  applyPrint(ws, sheet);
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
      if (style.alignment) cell.alignment = style.alignment;
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
