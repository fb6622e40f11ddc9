export {
  OfficeApiError,
  type OfficeProblem,
  isOfficeApiError,
  isSkippableAdvice,
  officeErrorCode,
  translateOfficeError,
} from "./officeApiError";
export { type ExcelTable, ReadCancelled, type ReadOptions, readTarget } from "./readTarget";
export { readSettingsCells, removeSettings, writeSettings } from "./settingsStore";
export { estimateBytes, toExcelValue } from "./textCell";
export {
  TieringBlockedError,
  type TierInExcelOptions,
  type TierInExcelResult,
  tierInExcel,
} from "./tierInExcel";
export {
  REQUEST_BUDGET_BYTES,
  WriteCancelled,
  type WriteOptions,
  type WriteOutcome,
  applyPlanToExcel,
} from "./writePlanToExcel";
export { isOwnChange, oneAtATime } from "./runLock";
export {
  type HostInfo,
  associateCommand,
  displayLanguage,
  onUserEdit,
  runInExcel,
  showPane,
  supports,
  whenOfficeReady,
} from "./host";
export { NOTICE_EVENT, type Notice, noticeFragment, parseNotice, showNotice } from "./notice";
export { removeTiering } from "./removeTiering";
