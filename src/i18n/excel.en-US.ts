import type { ExcelMessages } from "./excelMessages";
import { changesEn, countOf } from "./format";

/** The add-in's words about Excel, in English. */
export const excelEnUS: ExcelMessages = {
  protectedSheet: (s) =>
    `Sheet '${s}' is protected. Unprotect it (Review > Unprotect Sheet) and run again; nothing was written.`,
  cellEditMode: "Excel is busy editing a cell. Press Enter or Esc to leave the cell, then run again.",
  emptySheet: (s) => `Sheet '${s}' is empty: there is nothing to tier.`,
  tableColumnsAfterOurs: (table, ours) =>
    `Table '${table}' has columns of your own right of the columns this add-in wrote (${ours.map((h) => `'${h}'`).join(", ")}): removing them would cut yours out of the table. Delete the add-in's columns by hand (right-click a header › Delete › Table Columns), then remove the tiering again. Nothing was changed.`,
  hiddenDataSheet: (active, hidden) =>
    `Sheet '${active}' has no header with a distributor name column, and no other visible sheet has one; the hidden sheet '${hidden}' has. To tier it, right-click a sheet tab, choose Unhide… and unhide '${hidden}', then select it and run again. Nothing was written.`,
  tooLarge: (rows, cols) =>
    `The output would need ${cols} columns beside ${rows} rows, past Excel's limits; nothing was written.`,
  payloadTooLarge: "Excel refused the data even in the smallest pieces; nothing more was written.",
  apiMissing: (set) =>
    `This version of Excel lacks ${set}, which tiering needs. Update Office or use Excel on the web.`,
  noRoom: (s) => `There is no free column right of the data on '${s}' for the tier columns.`,
  unknown: (d) => `Excel reported an error: ${d}`,
  removeProtected:
    "The workbook's structure is protected, so the saved data cannot be removed. Unprotect it (Review > Protect Workbook) and try again; nothing was removed.",
  removeTieringProtected:
    "The workbook's structure is protected, so the sheets the tiering added cannot be deleted. Unprotect it (Review > Protect Workbook) and try again; nothing was changed.",
  protectedWorkbook:
    "The workbook's structure is protected, so the strategy sheet cannot be added. Unprotect it (Review > Protect Workbook) and run again; nothing was written.",
  invalidOperation:
    "Excel refused the operation in its current state (a dialog or another add-in may be busy with the workbook). Close it and run again.",
  tooManyCells:
    "Excel refused so many cells in one operation. Select fewer rows or columns (or let the add-in read the used range) and run again.",
  invalidSelection:
    "The selection is not one block of cells. Select one range, or turn off “use my selection”.",
  activityLimit: "Excel is busy with many requests from add-ins. Wait a moment and run again.",
  sessionExpired: "Excel on the web lost its connection to this workbook. Reload the page and run again.",
  responseTooLarge:
    "Excel could not send the sheet even in small pieces (very long texts in its cells). Select fewer columns and run again.",
  partialWrite: (text, w) =>
    `${text}${/[.!?]$/.test(text) ? "" : "."} Writing stopped partway. Already written: ${w}. Your own cells are untouched; run again to finish.`,
  nothingWritten: "nothing yet",
  writtenColumns: (c, r) => `${countOf(c, "tier column")} for ${countOf(r, "row")}`,
  writtenSheets: (names) =>
    `${names.length === 1 ? "sheet" : "sheets"} ${names.map((n) => `'${n}'`).join(", ")}`,
  writtenSeparator: "; ",
  rerunDone: (n, changes, saved) =>
    `Tiered ${countOf(n, "account")} with the ${saved ? "saved" : "default"} rules${
      changes ? `. Since the last run: ${changesEn(changes, true)}` : ""
    }.`,
  rerunNoSettings: "This workbook has no saved rules yet: open the pane to adjust them.",
  rerunCellSelected: (cell, hidden) =>
    hidden
      ? `Cell ${cell} is selected; its row is hidden (by a filter or by hand) and shows once you clear the filter or unhide it.`
      : `Cell ${cell} is selected.`,
  rerunChooseColumn: "Open the pane to choose the column under Columns.",
  rerunTitle: "Channel Tiering",
};
