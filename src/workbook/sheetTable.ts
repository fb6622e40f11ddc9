import type { CellGrid } from "../engine";
import type { OtherSheet } from "./sameList";
import type { CellBlock } from "./writePlan";

/** A sheet as every door reads it: the used range's values and where it sits, plus what Excel knows. */
export type SheetTable = CellGrid & {
  readonly sheetName: string;
  /** Number format of each column's first data cell, where a unit such as 万元 may live. */
  readonly columnFormats?: readonly (string | undefined)[];
  /** The Excel table (ListObject) holding the data, when there is one. */
  readonly tableName?: string | undefined;
  /** Every sheet of the workbook, so the plan never takes the name of a sheet that is not ours. */
  readonly sheetNames?: readonly string[] | undefined;
  /** Merged areas of the sheet (0-based sheet coordinates): none may lie where the output goes. */
  readonly mergedAreas?: readonly CellBlock[] | undefined;
  /**
   * Rows hidden by a filter or by hand (0-based sheet rows, ascending), where the door can tell: their
   * accounts are tiered with the rest, and the run says so.
   */
  readonly hiddenRows?: readonly number[] | undefined;
  /**
   * The workbook's other visible worksheets, their top rows and sizes: one holding the same list (a sheet
   * per region) is said, since it is not tiered with this one.
   */
  readonly otherSheets?: readonly OtherSheet[] | undefined;
};
