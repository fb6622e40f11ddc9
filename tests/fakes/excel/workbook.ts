import { FakeContext } from "./context";
import { FakeSheet } from "./sheet";

export type FakeOptions = {
  /** Bytes one request may carry (Excel on the web: 5 MB). */
  payloadLimit?: number;
  /** Bytes one response may carry (Excel on the web: 5 MB). */
  responseLimit?: number;
  /** Reject the n-th sync (1-based) with this code before applying anything. */
  failAtSync?: { sync: number; code: string };
  cellEditMode?: boolean;
  /** API sets this "Excel" supports. */
  supported?: (set: string, version: string) => boolean;
  /**
   * AutoFilter.clearColumnCriteria refuses a column without criteria (InvalidArgument). What Excel does
   * then is not documented ("Clears the column filter criteria of the AutoFilter"); a test sets this to
   * see that the add-in does not depend on it either way.
   */
  clearWithoutCriteriaRefused?: boolean;
  /** The workbook counts days in the 1904 date system (File > Options > Advanced, an old Mac workbook). */
  date1904?: boolean;
  /** The Normal style's type size (Home > Cell Styles > Normal > Modify); Excel's own is Calibri 11. */
  normalFontSize?: number;
  /**
   * The Normal style's maximum digit width in pixels: 7 for Calibri 11, Excel's own (ISO/IEC 29500-1
   * §18.3.1.13's example); 8 for 等线 11, Chinese Excel's default (its 8.38-character columns are 72 pixels).
   */
  digitPixels?: number;
  /** Worksheet.standardWidth, in characters of that digit: 8.43 for Calibri 11, 8.38 for 等线 11. */
  standardWidth?: number;
  /** Worksheet.standardHeight in points: 15 for Calibri 11 (Excel's own), 14.25 for 等线 11. */
  standardHeight?: number;
  /** The names `workbook.styles.getItem` knows (["Normal"] unless a test says otherwise). */
  styleNames?: readonly string[];
};

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  active = 0;
  selection: { sheet: string; row: number; column: number; rows: number; columns: number } | null = null;
  syncs = 0;
  readonly requests: number[] = [];
  /** Estimated bytes of each response (what was loaded). */
  readonly responses: number[] = [];
  readonly suspended: string[] = [];
  /** Workbook structure protection: sheets cannot be added, deleted or renamed. */
  structureProtected = false;
  /** Recalculations asked for with application.calculate(type). */
  readonly calculations: string[] = [];
  readonly changeHandlers = new Set<(args: { triggerSource?: string }) => Promise<void>>();
  /** The user is editing a cell (starts as the `cellEditMode` option says; tests may end it). */
  cellEditing: boolean;
  constructor(readonly options: FakeOptions = {}) {
    this.cellEditing = options.cellEditMode ?? false;
  }

  /** A user's edit: changes a cell and fires the worksheets' onChanged handlers. */
  async edit(sheet: string, row: number, column: number, value: string | number): Promise<void> {
    this.sheet(sheet)?.put(row, column, { value });
    for (const h of this.changeHandlers) await h(this.changeArgs("Unknown"));
  }

  /**
   * worksheets.onChanged fires for every change, the add-in's own writes included ("triggered by add-in
   * code" is one of the documented triggers); WorksheetChangedEventArgs.triggerSource ("ThisLocalAddin" or
   * "Unknown") exists from ExcelApi 1.14 only.
   * https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs#excel-excel-worksheetchangedeventargs-triggersource-member
   */
  changeArgs(source: "ThisLocalAddin" | "Unknown"): { triggerSource?: string } {
    return this.supports("ExcelApi", "1.14") ? { triggerSource: source } : {};
  }

  /** The add-in's own write changed a sheet: the event reaches the handlers after the sync, as in Excel. */
  addinChanged(): void {
    if (this.changeHandlers.size === 0) return;
    setTimeout(() => {
      for (const h of this.changeHandlers) void h(this.changeArgs("ThisLocalAddin"));
    }, 0);
  }

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name);
    this.sheets.push(s);
    return s;
  }
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
  supports = (set: string, version: string): boolean => this.options.supported?.(set, version) ?? true;
  /** A context, as `Excel.run(options, batch)` makes one; `delayForCellEdit` as in Excel.RunOptions. */
  context(runOptions: { delayForCellEdit?: boolean } = {}): FakeContext {
    return new FakeContext(this, runOptions.delayForCellEdit ?? false);
  }
}
