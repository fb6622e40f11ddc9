export {
  type AccountExtras,
  type AccountResult,
  type AccountTable,
  CHANGES,
  DIMENSIONS,
  KEY_BY,
  type KeyBy,
  WATCH_REASONS,
  type WatchReason,
  isoDay,
  watchReasonsOf,
  CREDIT_SET_BY,
  type Dimension,
  type DimensionColumn,
  NO_TIER,
  STANDINGS,
  type Standing,
  TIER_CODE,
  accountAt,
  dimensionAt,
  tierCode,
} from "./account";
export {
  type Cell,
  type CellError,
  type CellFormula,
  type CellGrid,
  type ExcelError,
  cellText,
  columnIndex,
  columnLetter,
  isBlankCell,
  isErrorCell,
  isUncalculated,
} from "./cells";
export type * from "./classes";
export {
  createManagementModeClassifier,
  createSalesModeClassifier,
  createSensitivityClassifier,
  creditFromOverdue,
  creditFromLevel,
  creditFromRating,
  creditFromScore,
  potentialFromGrowth,
  potentialFromWord,
  shareFromWord,
  potentialFromHeadroom,
  shareClass,
  statusFromText,
  isDormantStatus,
  isRiskStatus,
  isDisputeStatus,
  isHoldStatus,
  tierFromText,
  moveFromText,
  notKeyTier,
  numberedTier,
  worseCredit,
} from "./classify";
export { explainTier } from "./explain";
export { FIELDS, FIELD_SYNONYMS, REQUIRED_FIELDS, type Field } from "./fields";
export {
  type Finding,
  type FindingCode,
  type Severity,
  byKind,
  fieldOf,
  fieldToChoose,
  findingsToList,
  hasBlockingFinding,
} from "./findings";
export {
  type ColumnMatch,
  type DetectOptions,
  type ExplicitMapping,
  type HeaderDetection,
  type MatchKind,
  HEADER_SCAN_ROWS,
  detectColumns,
  headerFieldOf,
  yearOf,
} from "./headers";
export { type ReadBeside, activeBeside, columnsReadBeside } from "./readBeside";
export type { EngineMessages, Language, ReasonDetails } from "./messages";
export {
  type Currency,
  type HeaderUnit,
  type SalesPeriod,
  type SalesSpan,
  currencyFromNumberFormat,
  displayScaleOf,
  foldText,
  matchForm,
  oneLine,
  parseUnit,
  periodPartOf,
  salesPeriodOf,
  splitHeader,
  unitFromNumberFormat,
} from "./normalize";
export { createNoteWriter } from "./notes";
export {
  type GradeComparison,
  type GradeDifference,
  type GradeReading,
  compareGrades,
  gradingLine,
  isGrading,
  readGrade,
} from "./ownGrade";
export { OUTPUT_KEYS, type OutputKey, sheetColumns } from "./outputs";
export { type RankOutcome, rankAccounts } from "./rank";
export { type RowInputs, type SkippedRow, presentDimensions, readAccounts } from "./readAccounts";
export { isNoteLabel, isSectionHeading, isTotalLabel, isVacantOwner, provinceOf } from "./rows";
export {
  COURSE_ACCOUNT_SHARE,
  DEFAULT_RULES,
  RULES_VERSION,
  RULE_SETTINGS,
  SALES_CURRENCIES,
  type SalesCurrency,
  type Setting,
  type SettingUnit,
  TIERS,
  TIER_METHODS,
  type Rules,
  type Tier,
  type TierMethod,
  columnOn,
  nearestKey,
  settingAt,
  settingBounds,
  validateRules,
} from "./rules";
export { type ScoreInputs, type ScoreModel, scoreAccounts, scoreParts } from "./score";
export {
  type OwnerSummary,
  type PriorityProspect,
  type PromotionCandidate,
  type RegionSummary,
  type RemovedAccount,
  type TierSummary,
  type TieringSummary,
  type WatchEntry,
  type CreditHold,
  type WatchCredit,
  allocateShares,
  describeCredit,
  describeWatch,
  checkOwners,
  overloadedOwners,
  summarize,
} from "./summarize";
export {
  type PreviousAccount,
  type PreviousNote,
  type PreviousRun,
  lastRunComparable,
  matchPreviousRun,
  noteFingerprint,
  salesMonthsOf,
} from "./previousRun";
export { addMonths } from "./followUp";
export { type ListView, type ReadonlyList, listView } from "./listView";
export { passArena, releaseArena } from "./memory";
export { type RankedValues, orderDescending, percentileAt, quantile, rankValues } from "./order";
export { type RegionLevel, regionLevel } from "./regionalShare";
export { type PresentDimensions, type TieringInput, type TieringResult, tierAccounts } from "./tierAccounts";
export {
  DAY_MS,
  type DayMonthOrder,
  type Parsed,
  ambiguousDayMonth,
  DAYS_1904,
  dateFromExcelSerial,
  dayMonthOrder,
  excelSerialOf,
  isDateFormat,
  parseDate,
  parseFlag,
  parseNumber,
  parseShare,
  parseYears,
} from "./values";
