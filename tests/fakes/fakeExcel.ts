/**
 * A faithful in-memory fake of the Excel JavaScript API calls the adapter makes: proxies whose property
 * sets queue until `context.sync()`, loads that resolve only at a sync (reading earlier throws
 * PropertyNotLoaded), strict 2-D shape checks, the 5 MB request limit, sheet protection, cell-edit mode,
 * injected failures, and a record of every sync (its bytes). Values set as text that starts with "="
 * become formulas unless the cell's number format is "@" or the text starts with an apostrophe, as in
 * Excel.
 */
export { FakeOfficeError, type StoredCell } from "./excel/base";
export { FakeContext, asExcelContext } from "./excel/context";
export { FakeRange } from "./excel/range";
export { type FakeConditionalFormat, FakeSheet, type FakeTable } from "./excel/sheet";
export { type FakeOptions, FakeWorkbook } from "./excel/workbook";
export { FakeWorksheet } from "./excel/worksheet";
