export { applyPlan } from "./applyPlan";
export {
  type LoadedWorkbook,
  type UnsupportedContent,
  XLSX_WRITE_OPTIONS,
  loadWorkbook,
} from "./loadWorkbook";
export { pickWorksheet, readSettingsCells, readSheet, toCell } from "./readSheet";
export { WorkbookFileError, type WorkbookFileProblem, isWorkbookFileError } from "./workbookFileError";
