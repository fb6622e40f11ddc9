import { getMessages } from "../i18n";
import type { ExcelMessages } from "../i18n";
import type { Language } from "../engine";
import {
  type RemovalOutcome,
  type RemovalPlan,
  SETTINGS_SHEET,
  type SavedSettings,
  narrowedPrintArea,
  parseSettings,
  planRemoval,
  sheetToTakeBack,
  WRAPPED_WIDTHS,
  withoutSheetNames,
} from "../workbook";
import { OfficeApiError, isOfficeApiError, translateOfficeError } from "./officeApiError";
import { readHiddenRows } from "./readHiddenRows";
import { readSheetTops } from "./readOtherSheets";
import { rowRuns } from "./rowHeights";
import { readTarget } from "./readTarget";
import { readSettingsCells, removeSettings } from "./settingsStore";

/**
 * Takes a run back, as far as it can be known to be ours: Excel cannot undo a run (it deletes and adds
 * sheets, which clears the undo stack: "If you call an unsupported API in your add-in, the user's undo
 * stack is cleared", learn.microsoft.com, "Undo support with the Excel JavaScript API", which lists
 * Worksheet.delete). From the saved settings: our columns on the sheet the last run tiered are cleared,
 * header to last row, values and formats, back to the standard width, our tier colours deleted, an
 * Excel table shrunk back to the user's columns; the strategy sheet and change log deleted; the settings
 * sheet removed; the header freeze and the filter a run added where the sheet had none go too (the
 * settings say so), and a filter of the user's that a run widened over our columns is narrowed back to
 * theirs; a criterion on one of our columns goes with it, and a filter still filtering on the user's
 * columns is left (removing it would show the rows it hides). The user's
 * cells, the rows above the header, their own formats, freeze, filter and sheets stay.
 * Everything is checked before the first change: a protected sheet or workbook, or a table with the
 * user's own columns right of ours, stops it with nothing changed.
 * @example const { removed, columns } = await removeTiering(context, { language: "zh-CN", supports })
 */
export async function removeTiering(
  context: Excel.RequestContext,
  options: { readonly language: Language; readonly supports: (set: string, version: string) => boolean },
): Promise<RemovalOutcome> {
  const messages = getMessages(options.language);
  const m: ExcelMessages = messages.excel;
  const nothing: RemovalOutcome = { removed: false, sheetName: null, columns: [], sheets: [] };
  let cells: string[];
  try {
    cells = await readSettingsCells(context);
  } catch (error) {
    throw translateOfficeError(error, m, SETTINGS_SHEET);
  }
  const saved = parseSettings(cells, messages.engine).settings;
  if (!saved) {
    // Settings that cannot be read say nothing of what is ours: only they go, as "remove saved data" does.
    return cells.length > 0 && (await removeSettings(context, m)) ? { ...nothing, removed: true } : nothing;
  }
  const sheets = context.workbook.worksheets;
  // Worksheets.getItemOrNullObject finds a sheet by its name without case: its own name is the one read.
  const data = sheets.getItemOrNullObject(saved.sheet);
  data.load("name");
  const structure = context.workbook.protection;
  structure.load("protected");
  try {
    await context.sync();
  } catch (error) {
    throw translateOfficeError(error, m, saved.sheet);
  }
  // The sheet the last run tiered, or that sheet renamed since, as a re-run finds it (the other sheets'
  // tops read only then).
  let name: string | undefined = data.isNullObject ? undefined : data.name;
  let names: string[] | undefined;
  if (data.isNullObject) {
    sheets.load("items/name,items/visibility");
    await context.sync();
    const items = sheets.items.map((s) => ({ name: s.name, visibility: s.visibility as string }));
    names = items.map((s) => s.name);
    const ours = [saved.output.strategySheet, saved.output.changeLogSheet];
    const heads = await readSheetTops(context, items, ours);
    name = sheetToTakeBack(saved, names, heads);
  }
  const here: SavedSettings = name === undefined ? saved : { ...saved, sheet: name };
  // A sheet emptied since the run has no columns of ours left: only our sheets and the settings go.
  const table =
    name === undefined
      ? null
      : await readTarget(context, {
          sheetName: name,
          useSelection: false,
          messages: m,
          supports: options.supports,
        }).catch((error: unknown) => {
          if (isOfficeApiError(error) && error.problem === "empty") return null;
          throw error;
        });
  const plan: RemovalPlan = planRemoval(
    table,
    here,
    table?.sheetNames ?? names ?? (await sheetNames(context)),
  );
  try {
    if (structure.protected) throw new OfficeApiError("protected", m.removeTieringProtected);
    if (plan.sheetName !== null && plan.columns.length > 0)
      await clearColumns(context, plan, plan.sheetName, table?.tableName, options.supports, m);
    if (plan.sheetName !== null) await takeBackView(context, plan, plan.sheetName, here, options.supports);
    if (plan.sheetName !== null && plan.columns.length > 0)
      await takeBackHeights(context, plan, plan.sheetName);
    for (const sheet of plan.sheets) sheets.getItem(sheet).delete();
    await context.sync();
  } catch (error) {
    throw translateOfficeError(error, m, plan.sheetName ?? saved.sheet);
  }
  await removeSettings(context, m);
  return {
    removed: true,
    sheetName: plan.sheetName,
    columns: plan.columns.map((c) => c.header),
    sheets: plan.sheets,
  };
}

/**
 * The freeze and the filter the runs added (the settings' `output.added`) removed; a filter of the
 * user's reaching into our columns narrowed back to theirs, and a print area a run widened over them
 * (PageLayout, ExcelApi 1.9). A criterion on one of our columns (the planner filtered by tier) goes with
 * the column (AutoFilter.clearColumnCriteria, ExcelApi 1.14: Excel
 * filters again on what is left, and shows the rows only it hid); a filter still filtering on the user's
 * own columns after that stays as it is (AutoFilter.isDataFiltered, ExcelApi 1.9).
 * WorksheetFreezePanes.unfreeze, ExcelApi 1.7.
 */
async function takeBackView(
  context: Excel.RequestContext,
  plan: RemovalPlan,
  sheetName: string,
  saved: SavedSettings,
  supports: (set: string, version: string) => boolean,
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheetName);
  const added = saved.output.added;
  const frozen = ws.freezePanes.getLocationOrNullObject();
  frozen.load("address");
  // A navigation property: getting it reads nothing from Excel (the rule cannot tell it from a value).
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
  const autoFilter = supports("ExcelApi", "1.9") ? ws.autoFilter : null;
  autoFilter?.load(["enabled", "isDataFiltered"]);
  const range = autoFilter?.getRangeOrNullObject();
  range?.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  // A print area a run widened over our columns (PageLayout.getPrintAreaOrNullObject, ExcelApi 1.9).
  const printArea =
    added?.printArea && supports("ExcelApi", "1.9") ? ws.pageLayout.getPrintAreaOrNullObject() : null;
  printArea?.load("address");
  await context.sync();
  if (added?.freeze && !frozen.isNullObject) ws.freezePanes.unfreeze();
  // Narrowed back to the user's columns, as the CLI narrows it (narrowedPrintArea).
  const narrower =
    printArea && !printArea.isNullObject ? narrowedPrintArea(printArea.address, plan.columns) : null;
  if (narrower !== null) ws.pageLayout.setPrintArea(ws.getRanges(withoutSheetNames(narrower)));
  if (!autoFilter || !range || range.isNullObject || !autoFilter.enabled) return;
  const first = Math.min(...plan.columns.map((c) => c.column));
  const right = range.columnIndex + range.columnCount - 1;
  if (autoFilter.isDataFiltered) {
    if (!supports("ExcelApi", "1.14")) return;
    const inRange = plan.columns.filter((c) => c.column >= range.columnIndex && c.column <= right);
    if (inRange.length === 0) return;
    for (const c of inRange) autoFilter.clearColumnCriteria(c.column - range.columnIndex);
    autoFilter.load("isDataFiltered");
    try {
      await context.sync();
    } catch {
      // What Excel does with a column that has no criteria is not documented. Should it refuse one, the
      // batch stopped there (the clears before it applied): each column again in a batch of its own, a
      // refusal passed over (that column has nothing to clear), so the removal goes on to our sheets.
      for (const c of inRange) {
        autoFilter.clearColumnCriteria(c.column - range.columnIndex);
        // One batch a column, so that a refusal stops only its own (a dozen columns at most, once).
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync().catch(() => undefined);
      }
      autoFilter.load("isDataFiltered");
      await context.sync();
    }
    if (autoFilter.isDataFiltered) return;
  }
  if (added?.filter) {
    autoFilter.remove();
    return;
  }
  if (plan.columns.length === 0 || right < first || range.columnIndex >= first) return;
  autoFilter.remove();
  autoFilter.apply(
    ws.getRangeByIndexes(range.rowIndex, range.columnIndex, range.rowCount, first - range.columnIndex),
  );
}

async function sheetNames(context: Excel.RequestContext): Promise<string[]> {
  const all = context.workbook.worksheets;
  all.load("items/name");
  await context.sync();
  return all.items.map((s) => s.name);
}

/** Our columns' cells cleared, our colours deleted, a table shrunk to the user's columns; checked first. */
async function clearColumns(
  context: Excel.RequestContext,
  plan: RemovalPlan,
  sheetName: string,
  tableName: string | undefined,
  supports: (set: string, version: string) => boolean,
  m: ExcelMessages,
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheetName);
  ws.load("protection/protected");
  const table = tableName ? ws.tables.getItemOrNullObject(tableName) : null;
  const tableRange = table?.getRange();
  tableRange?.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  const first = plan.columns[0]!.column;
  const last = plan.columns[plan.columns.length - 1]!.column;
  const rows = plan.lastRow - plan.headerRow + 1;
  // Our tier colours: the rules that apply to one of our columns alone (a user's rule over more stays).
  // A navigation property: getting it reads nothing from Excel (the rule cannot tell it from a value).
  // eslint-disable-next-line office-addins/load-object-before-read
  const formats = ws.getRangeByIndexes(plan.headerRow, first, rows, last - first + 1).conditionalFormats;
  formats.load("items/type");
  await context.sync();
  if (ws.protection.protected) throw new OfficeApiError("protected", m.protectedSheet(sheetName));
  let shrinkTo: number | null = null;
  if (table && tableRange && !table.isNullObject) {
    const end = tableRange.columnIndex + tableRange.columnCount - 1;
    const inside = plan.columns.filter((c) => c.column >= tableRange.columnIndex && c.column <= end);
    if (inside.length > 0) {
      // Ours are the table's last columns (a run adds them there): the table gives them back by a resize.
      // The user's own columns after them would be cut off with ours: said, nothing changed.
      const ourLast = inside.map((c) => c.column);
      const trailing = ourLast.every((c, k) => c === end - ourLast.length + 1 + k);
      if (!trailing)
        throw new OfficeApiError(
          "unknown",
          m.tableColumnsAfterOurs(
            tableName!,
            inside.map((c) => c.header),
          ),
        );
      if (!supports("ExcelApi", "1.13"))
        throw new OfficeApiError("apiMissing", m.apiMissing("ExcelApi 1.13"));
      shrinkTo = tableRange.columnCount - inside.length;
    }
  }
  const spans = formats.items.map((cf) => {
    const applies = cf.getRangeOrNullObject();
    applies.load(["columnIndex", "columnCount"]);
    return { cf, applies };
  });
  if (spans.length > 0) await context.sync();
  const ours = new Set(plan.columns.map((c) => c.column));
  for (const { cf, applies } of spans)
    if (!applies.isNullObject && applies.columnCount === 1 && ours.has(applies.columnIndex)) cf.delete();
  // Table.resize (ExcelApi 1.13): "The new range must overlap with the original table range and the
  // headers (or the top of the table) must be in the same row." A filter on one of our columns (the
  // planner showed the key accounts only) is cleared first, and Excel shows the rows only it hid
  // (TableColumn.filter, Filter.clear: ExcelApi 1.2).
  if (table && tableRange && shrinkTo !== null && shrinkTo > 0) {
    for (let k = shrinkTo; k < tableRange.columnCount; k++) table.columns.getItemAt(k).filter.clear();
    table.resize(
      ws.getRangeByIndexes(tableRange.rowIndex, tableRange.columnIndex, tableRange.rowCount, shrinkTo),
    );
  }
  for (const c of plan.columns) {
    ws.getRangeByIndexes(plan.headerRow, c.column, rows, 1).clear("All");
    // RangeFormat.useStandardWidth: "Specifies if the column width of the Range object equals the
    // standard width of the sheet" (ExcelApi 1.1): the width our run gave the column goes with it.
    ws.getRangeByIndexes(0, c.column, 1, 1).format.useStandardWidth = true;
  }
}

/**
 * The data rows' heights taken back, once our columns, their filter and the view are: fitted again, or
 * the height the user had set every data row to, on the rows shown.
 */
async function takeBackHeights(
  context: Excel.RequestContext,
  plan: RemovalPlan,
  sheetName: string,
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheetName);
  const rows = plan.lastRow - plan.headerRow + 1;
  // The run fitted the data rows to our wrapped reason and note (RangeFormat.autofitRows, ExcelApi 1.2:
  // "Changes the height of the rows of the current range to achieve the best fit, based on the current
  // data in the columns"): fitted again once our text is gone, as the CLI takes back the heights it set;
  // left, rows stood three lines tall over the planner's one-line cells. Only where the run wrapped: a
  // height the planner set on a sheet the run never fitted stays. Where the planner had set every data
  // row to one height before the run (saved by it: a Google Sheets export's 18), the rows take it back
  // instead (RangeFormat.rowHeight, ExcelApi 1.2: "The height of all rows in the range"); fitted, they
  // fell to the sheet's standard height.
  // Set on the rows shown only: a filter's or the user's hidden rows keep theirs (a height set on a
  // hidden row can show it). Read once the filter on our column is cleared, whose rows are shown then
  // and take the height too.
  if (rows > 1 && plan.columns.some((c) => WRAPPED_WIDTHS[c.key] !== undefined)) {
    const box = { rowIndex: plan.headerRow + 1, columnIndex: 0, rowCount: rows - 1 };
    const dataRows = ws.getRangeByIndexes(box.rowIndex, 0, box.rowCount, 1);
    if (plan.rowHeight === undefined) {
      dataRows.format.autofitRows();
      return;
    }
    dataRows.load("rowHidden");
    // Its name sizes the hidden rows' reads (readHiddenRows).
    ws.load("name");
    await context.sync();
    // The d.ts types rowHidden as boolean; null (some rows hidden) is documented.
    const someHidden = dataRows.rowHidden as boolean | null;
    const hidden = await readHiddenRows(context, ws, box, someHidden);
    const runs = rowRuns(box.rowIndex, box.rowCount, new Set(hidden.rows));
    for (let k = 0; k < runs.length; k++) {
      const run = runs[k] as { row: number; rows: number };
      ws.getRangeByIndexes(run.row, 0, run.rows, 1).format.rowHeight = plan.rowHeight;
      // A request of its own every so many runs (a filter showing every other row has thousands).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      if ((k + 1) % HEIGHT_RUNS_PER_SYNC === 0) await context.sync();
    }
  }
}

/** Runs of rows set to a height queued a sync (each request well under Excel on the web's 5 MB). */
const HEIGHT_RUNS_PER_SYNC = 2_000;
