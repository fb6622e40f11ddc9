import type { Cell, EngineMessages } from "../engine";
import { HEADER_SCAN_ROWS } from "../engine";
import {
  OUTPUT_SHEET_NAMES,
  type RemovalOutcome,
  SETTINGS_SHEET,
  WRAPPED_WIDTHS,
  parseSettings,
  planRemoval,
  sheetToTakeBack,
  wrappedRowHeights,
} from "../workbook";
import { cellContext, readSettingsCells, readSheet, sheetNamesOf, worksheetCandidates } from "./readSheet";
import { type TableRemoval, type UntierSheet, criteriaFate, untierTable } from "./untierSheet";
import { basePointsOf } from "./styleBook";
import type { PackageRemoval } from "./writeWorkbook";
import type { XlsxPackage } from "./xlsxPackage";
import { readRelationships, relsPathOf } from "./xml";

/** What taking a run back from a package comes to, found before anything is written. */
export type PackageRemovalPlan =
  /** The workbook holds no saved run: nothing to take back. */
  | { readonly kind: "nothing" }
  | {
      readonly kind: "ready";
      readonly removal: PackageRemoval;
      readonly outcome: RemovalOutcome;
      /**
       * The data sheet's filter (or its table's) had criteria on our columns and on the user's: ours went,
       * and the rows stay hidden as they were until the user reapplies the filter (the door says so).
       */
      readonly filterLeft?: boolean;
    }
  /** The sheet whose columns would be cleared is protected: nothing is written. */
  | { readonly kind: "sheetProtected"; readonly sheet: string }
  /** The table holding our columns has the user's own columns right of them: nothing is written. */
  | Extract<TableRemoval, { readonly kind: "columnsAfterOurs" }>;

/**
 * What "remove the tiering" takes out of a package, as the add-in finds it in Excel: from the saved
 * settings, our columns on the sheet the last run tiered (planRemoval: by their headers, ours only on
 * that sheet), the heights that run's wrapped text gave its rows, the table holding them shrunk back, and
 * our sheets. Settings that cannot be read say nothing of what is ours: only they go. Checked first: a
 * protected data sheet, or a table with the user's columns right of ours (the caller checks the
 * workbook's structure).
 * @example const found = await planPackageRemoval(pkg, messages.engine) // { kind: "ready", … }
 */
export async function planPackageRemoval(
  pkg: XlsxPackage,
  engine: EngineMessages,
): Promise<PackageRemovalPlan> {
  if (!pkg.sheets.some((s) => s.name === SETTINGS_SHEET)) return { kind: "nothing" };
  const ctx = cellContext(pkg);
  const saved = parseSettings(await readSettingsCells(pkg, ctx), engine).settings;
  const nothing: PackageRemoval = { dataSheet: undefined, sheet: emptySheet, sheets: [] };
  if (!saved)
    return {
      kind: "ready",
      removal: nothing,
      outcome: { removed: true, sheetName: null, columns: [], sheets: [] },
    };
  // The sheet the last run tiered, or that sheet renamed since (the other sheets' tops read only then).
  const names = sheetNamesOf(pkg);
  let name = sheetToTakeBack(saved, names, []);
  if (name === undefined) {
    const heads: { name: string; head: readonly (readonly Cell[])[] }[] = [];
    const ours = [...OUTPUT_SHEET_NAMES, saved.output.strategySheet, saved.output.changeLogSheet];
    for (const sheet of worksheetCandidates(pkg, ours)) {
      const top = await readSheet(pkg, sheet, ctx, HEADER_SCAN_ROWS).catch(() => undefined);
      if (top) heads.push({ name: sheet.name, head: top.values });
    }
    name = sheetToTakeBack(saved, names, heads);
  }
  const dataSheet = pkg.sheets.find((s) => s.name === name && s.part !== undefined);
  const read = dataSheet ? await readSheet(pkg, dataSheet, ctx) : null;
  // A sheet emptied since the run has no columns of ours left: only our sheets and the settings go.
  const table = read && read.values.length > 0 ? read : null;
  const plan = planRemoval(table, name === undefined ? saved : { ...saved, sheet: name }, names);
  const outcome: RemovalOutcome = {
    removed: true,
    sheetName: plan.sheetName,
    columns: plan.columns.map((c) => c.header),
    sheets: plan.sheets,
  };
  if (!dataSheet?.part || !table || plan.columns.length === 0)
    return {
      kind: "ready",
      removal: {
        dataSheet: table ? dataSheet : undefined,
        sheet: { plan, added: saved.output.added },
        sheets: plan.sheets,
      },
      outcome,
    };
  if (read?.sheetProtected) return { kind: "sheetProtected", sheet: dataSheet.name };
  // The table holding our columns, shrunk back to the user's.
  let tablePart: PackageRemoval["table"];
  let tableRows: UntierSheet["showRows"];
  let tableFilterLeft = false;
  for (const rel of readRelationships(pkg.text(relsPathOf(dataSheet.part)), dataSheet.part)) {
    if (rel.type !== "table" || rel.external || !pkg.has(rel.target)) continue;
    const shrunk = untierTable(pkg.text(rel.target), plan);
    if (shrunk?.kind === "columnsAfterOurs") return shrunk;
    if (shrunk) tablePart = { part: rel.target, xml: shrunk.xml };
    if (shrunk?.showRows) tableRows = shrunk.showRows;
    if (shrunk?.filterLeft) tableFilterLeft = true;
  }
  // The heights the last run gave its rows for its wrapped text, measured on that text as it is now.
  const wrapped = plan.columns.flatMap((c) => {
    const width = WRAPPED_WIDTHS[c.key];
    return width === undefined ? [] : [{ column: c.column - table.origin.column, width }];
  });
  // The sheet's own filter, filtering on our columns (the planner showed the key accounts only): its
  // rows shown where those were all its criteria, as Excel shows them once the filter has none left (the
  // add-in's clearColumnCriteria); said where the user's own are left (see criteriaFate).
  const f = read?.sheetFilter;
  const ourFirst = Math.min(...plan.columns.map((c) => c.column));
  const fate = f ? criteriaFate(f.criteria, (colId) => f.box.left + colId >= ourFirst) : undefined;
  const showRows = f && fate === "shown" ? { from: f.box.top + 1, to: f.box.bottom } : tableRows;
  const filterLeft = tableFilterLeft || fate === "left";
  const first = plan.headerRow + 1;
  const heights =
    wrapped.length > 0
      ? wrappedRowHeights(
          table.values,
          first - table.origin.row,
          plan.lastRow - first + 1,
          wrapped,
          basePointsOf(pkg),
        )
      : undefined;
  return {
    kind: "ready",
    removal: {
      dataSheet,
      sheet: {
        plan,
        added: saved.output.added,
        ...(heights ? { ownHeights: { first, heights } } : {}),
        ...(heights && saved.output.rowHeight !== undefined ? { handHeight: saved.output.rowHeight } : {}),
        ...(showRows ? { showRows } : {}),
      },
      ...(tablePart ? { table: tablePart } : {}),
      sheets: plan.sheets,
    },
    outcome,
    ...(filterLeft ? { filterLeft } : {}),
  };
}

const emptySheet: PackageRemoval["sheet"] = {
  plan: { sheetName: null, headerRow: 0, lastRow: 0, columns: [], sheets: [] },
  added: undefined,
};
