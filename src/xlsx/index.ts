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
export { type WriteResult, writeWithoutSettings, writeWorkbook } from "./writeWorkbook";
export { WorkbookFileError, type WorkbookFileProblem, isWorkbookFileError } from "./workbookFileError";
export { type SheetCheck, type SheetFault, serveSheetCheck, startSheetCheck } from "./checkSheet";
export { serveRowMerge } from "./rowThread";
export { TEXT_TABLE, type TextTableFormat, openTextTable } from "./csv";
