export { type XlsxPackage, type SheetEntry, openPackage, structureLocked } from "./xlsxPackage";
export {
  cellContext,
  hiddenWorksheets,
  pickWorksheet,
  readSettingsCells,
  readSheet,
  otherSheetsOf,
  sheetNamesOf,
  worksheetCandidates,
} from "./readSheet";
export {
  type PackageRemoval,
  type WriteResult,
  writeWithoutSettings,
  writeWithoutTiering,
  writeWorkbook,
} from "./writeWorkbook";
export { type PackageRemovalPlan, planPackageRemoval } from "./removal";
export { basePointsOf } from "./styleBook";
export { WorkbookFileError, type WorkbookFileProblem, isWorkbookFileError } from "./workbookFileError";
export { type SheetCheck, type SheetFault, serveSheetCheck, startSheetCheck } from "./checkSheet";
export { serveRowMerge } from "./rowThread";
export { TEXT_TABLE, type TextTableFormat, openTextTable } from "./csv";
