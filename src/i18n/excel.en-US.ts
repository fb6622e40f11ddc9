import type { ExcelMessages } from "./excelMessages";

/** The add-in's words about Excel, in English. */
export const excelEnUS: ExcelMessages = {
  protectedSheet: (s) =>
    `Sheet '${s}' is protected. Unprotect it (Review > Unprotect Sheet) and run again; nothing was written.`,
  cellEditMode: "Excel is busy editing a cell. Press Enter or Esc to leave the cell, then run again.",
  emptySheet: (s) => `Sheet '${s}' is empty: there is nothing to tier.`,
  tooLarge: (rows, cols) =>
    `The output would need ${cols} columns beside ${rows} rows, past Excel's limits; nothing was written.`,
  payloadTooLarge: "Excel refused the data even in the smallest pieces; nothing more was written.",
  apiMissing: (set) =>
    `This version of Excel lacks ${set}, which tiering needs. Update Office or use Excel on the web.`,
  noRoom: (s) => `There is no free column right of the data on '${s}' for the tier columns.`,
  unknown: (d) => `Excel reported an error: ${d}`,
  partialWrite: (w) =>
    `Writing stopped partway. Already written: ${w}. Your own cells are untouched; run again to finish.`,
  nothingWritten: "nothing yet",
  writtenColumns: (c, r) => `${c} tier columns for ${r} rows`,
  writtenSheets: (names) => `sheets ${names.map((n) => `'${n}'`).join(", ")}`,
  rerunDone: (n, p, d, a) =>
    `Tiered ${n} accounts with the saved rules: ${p} promoted, ${d} demoted, ${a} new.`,
  rerunNoSettings:
    "No saved rules in this workbook yet: tiered with the defaults. Open the pane to adjust them.",
  rerunTitle: "Channel Tiering",
};
