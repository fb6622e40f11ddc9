export { labelClass } from "./labelClass";
export {
  displayWidth,
  chooseColumns,
  headerFitWidth,
  knownOutputHeaders,
  listValues,
  materializePlan,
  planWrite,
  type PlanOptions,
  BASE_FONT_POINTS,
  MAX_WRAPPED_LINES,
  WRAPPED_WIDTHS,
  basePoints,
  columnPoints,
  digitPixelsOf,
  linePoints,
  wrappedHeight,
  wrappedLines,
  wrappedRowHeights,
} from "./planWrite";
export {
  type PlainOutcome,
  type ChosenMapping,
  type RunOptions,
  type RunOutcome,
  detectLanguage,
  runTiering,
  runToPlainOutcome,
  toPlainOutcome,
} from "./runTiering";
export {
  SETTINGS_CELL_CHARS,
  SETTINGS_FORMAT,
  OUTPUT_SHEET_NAMES,
  SETTINGS_SHEET,
  SETTINGS_VERSION,
  type SavedSettings,
  type SheetAdditions,
  parseSettings,
  serializeSettings,
  settingsAfterWrite,
  NEEDS_TEXT_PREFIX,
} from "./settings";
export { type PivotTableOnSheet, type RowHeightRun, type SheetTable, handRowHeight } from "./sheetTable";
export {
  OTHER_SHEETS_COMPARED,
  OTHER_SHEET_HEAD_ROWS,
  type OtherSheet,
  type SameListMessages,
  sameListFindings,
} from "./sameList";
export { hasNameHeader, namesDistributors } from "./sheetChoice";
export {
  type RemovalOutcome,
  type RemovalPlan,
  type RemovedColumn,
  planRemoval,
  sheetToTakeBack,
} from "./removal";
export { planStrategySheet } from "./strategySheet";
export { planChangeLog } from "./planChangeLog";
export {
  type CellBlock,
  type ColumnValues,
  type ChartPlan,
  type PlanCell,
  type PlanColumn,
  type PlanRow,
  ROW_LOOK,
  rowLook,
  type RowLook,
  type RowStyle,
  type SheetPlan,
  TIER_COLORS,
  type WritePlan,
  excelNumber,
  widenedFilter,
} from "./writePlan";
export {
  type TierWorkbookOptions,
  type TierWorkbookResult,
  type WorkbookPort,
  tierWorkbook,
} from "./tierWorkbook";
export {
  narrowedPrintArea,
  printAreaReachesOurs,
  tableRows,
  widenedPrintArea,
  withoutSheetNames,
} from "./printArea";
