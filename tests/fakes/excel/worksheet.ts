import { type Box, FakeOfficeError, SHEET_ROWS, boxAddress } from "./base";
import { FakeChart } from "./chart";
import type { FakeContext } from "./context";
import { Proxy } from "./proxy";
import { FakeRange, FakeRangeAreas } from "./range";
import type { FakeSheet } from "./sheet";
import { FakePivotTables } from "./pivotTables";
import { FakeTables } from "./tables";

/** Stands for Excel.Worksheet. */
export class FakeWorksheet
  extends Proxy
  implements Pick<Excel.Worksheet, "name" | "isNullObject" | "activate" | "position" | "standardWidth">
{
  readonly tables: FakeTables;
  readonly pivotTables: FakePivotTables;
  readonly freezePanes: {
    freezeRows: (n: number) => void;
    freezeAt: (range: FakeRange) => void;
    getLocationOrNullObject: () => FakeRange;
    unfreeze: () => void;
  };
  readonly autoFilter: {
    apply: (range: FakeRange) => void;
    remove: () => void;
    clearColumnCriteria: (columnIndex: number) => void;
    getRangeOrNullObject: () => FakeRange;
    load: (p?: unknown) => void;
    readonly enabled: boolean;
    readonly isDataFiltered: boolean;
  };
  readonly pageLayout: {
    orientation: string;
    zoom: unknown;
    setPrintArea: (printArea: FakeRange | FakeRangeAreas | string) => void;
    getPrintAreaOrNullObject: () => FakeRangeAreas;
  };
  readonly horizontalPageBreaks: { add: (range: FakeRange) => void };
  readonly charts: { add: (type: string, source: FakeRange, by: string) => FakeChart };
  constructor(
    ctx: FakeContext,
    readonly target: () => FakeSheet | undefined,
    private readonly nullable = false,
  ) {
    super(ctx);
    this.tables = new FakeTables(ctx, this);
    this.pivotTables = new FakePivotTables(ctx, this);
    const self = this;
    // FreezePanes (ExcelApi 1.7): freezeRows(count) freezes the top rows; freezeAt(range) freezes the
    // cells of the range as the top-left pane; getLocationOrNullObject() is the frozen range, a null
    // object when nothing is frozen; unfreeze() "Removes all frozen panes in the worksheet".
    // https://learn.microsoft.com/javascript/api/excel/excel.worksheetfreezepanes
    this.freezePanes = {
      unfreeze: () =>
        this.write(8, (s) => {
          s.frozenRows = 0;
          s.frozenColumns = 0;
        }),
      freezeRows: (n) =>
        this.write(8, (s) => {
          s.frozenRows = n;
          s.frozenColumns = 0;
        }),
      freezeAt: (range) =>
        this.write(16, (s) => {
          const b = range.cells();
          s.frozenRows = b.row + b.rows;
          s.frozenColumns = b.column + b.columns;
        }),
      getLocationOrNullObject: () =>
        new FakeRange(
          ctx,
          this,
          () => {
            const s = this.sheet();
            if (s.frozenRows === 0 && s.frozenColumns === 0) return null;
            return {
              row: 0,
              column: 0,
              rows: s.frozenRows || 1_048_576,
              columns: s.frozenColumns || 16_384,
            };
          },
          true,
        ),
    };
    // AutoFilter (ExcelApi 1.9): apply(range) filters on the range's first row; remove() "Removes the
    // AutoFilter for the range"; getRangeOrNullObject() "Returns the Range object that represents the
    // range to which the AutoFilter applies" (a null object where there is none); `enabled` and
    // `isDataFiltered` ("Specifies if the AutoFilter has filter criteria") must be loaded;
    // clearColumnCriteria(columnIndex) (ExcelApi 1.14) "Clears the column filter criteria of the
    // AutoFilter". A filter's criteria are the rows each hides here (FakeSheet.filterCriteria, set by a
    // test); as the filter is applied again without one, or removed, the rows of its range are hidden
    // by the criteria left and by no other rule: "AutoFilter temporarily hides rows based on a filter
    // criteria, which is applied column by column" (ECMA-376 Part 1, 18.3.1.2 autoFilter).
    // https://learn.microsoft.com/javascript/api/excel/excel.autofilter
    let filterLoaded = false;
    const loaded = (what: string): void => {
      if (!filterLoaded)
        throw new FakeOfficeError("PropertyNotLoaded", `AutoFilter.${what} has not been loaded.`);
    };
    this.autoFilter = {
      apply: (range) => this.write(16, (s) => void (s.autoFilter = range.address())),
      remove: () =>
        this.write(8, (s) => {
          s.filterCriteria.clear();
          refilter(s);
          s.autoFilter = null;
        }),
      clearColumnCriteria: (columnIndex) =>
        this.write(8, (s) => {
          if (ctx.book.options.clearWithoutCriteriaRefused && !s.filterCriteria.has(columnIndex))
            throw new FakeOfficeError("InvalidArgument", `Column ${columnIndex} has no criteria`);
          s.filterCriteria.delete(columnIndex);
          refilter(s);
        }),
      getRangeOrNullObject: () =>
        new FakeRange(
          ctx,
          this,
          () => {
            const a = self.sheet().autoFilter;
            const box = a ? boxOf(a) : undefined;
            return box ?? null;
          },
          true,
        ),
      load: () => ctx.queue(0, () => void (filterLoaded = true)),
      get enabled(): boolean {
        loaded("enabled");
        return self.sheet().autoFilter !== null;
      },
      get isDataFiltered(): boolean {
        loaded("isDataFiltered");
        return self.sheet().autoFilter !== null && self.sheet().filterCriteria.size > 0;
      },
    };
    // PageLayout and HorizontalPageBreaks (ExcelApi 1.9): orientation "Landscape"/"Portrait", zoom
    // {horizontalFitToPages, verticalFitToPages, scale}, setPrintArea(range), a break added above a
    // range's top row. https://learn.microsoft.com/javascript/api/excel/excel.pagelayout
    this.pageLayout = {
      set orientation(v: string) {
        self.write(8, (s) => void (s.pageLayout.orientation = v));
      },
      get orientation(): string {
        return self.sheet().pageLayout.orientation ?? "Portrait";
      },
      set zoom(v: unknown) {
        self.write(16, (s) => void (s.pageLayout.zoom = v));
      },
      get zoom(): unknown {
        return self.sheet().pageLayout.zoom;
      },
      // setPrintArea(printArea: Range | RangeAreas | string): "Sets the worksheet's print area", "The range
      // or ranges of the content to print" (@types/office-js Excel.PageLayout.setPrintArea); a string as
      // Worksheet.getRanges reads one. Kept as its blocks' addresses ("A1:G41, J1:K3").
      setPrintArea: (printArea) =>
        this.write(16, (s) => {
          const boxes =
            typeof printArea === "string"
              ? boxesOf(printArea)
              : printArea instanceof FakeRangeAreas
                ? printArea.found
                : [printArea.cells()];
          if (!boxes || boxes.length === 0) throw new FakeOfficeError("InvalidArgument", "Not a print area");
          s.pageLayout.printArea = boxes.map(boxAddress).join(", ");
        }),
      // getPrintAreaOrNullObject(): "Gets the RangeAreas object, comprising one or more rectangular ranges,
      // that represents the print area for the worksheet. If there is no print area, then this method
      // returns an object with its isNullObject property set to true" (@types/office-js).
      getPrintAreaOrNullObject: () =>
        new FakeRangeAreas(
          ctx,
          () => {
            const area = self.sheet().pageLayout.printArea;
            return area ? (boxesOf(area) ?? null) : null;
          },
          () => self.sheet().name,
        ),
    };
    this.horizontalPageBreaks = {
      add: (range) => this.write(16, (s) => void s.pageBreaks.push(range.cells().row)),
    };
    this.charts = {
      add: (type, source, _by) => {
        const chart = new FakeChart(ctx);
        this.write(64, (s) => {
          s.charts.push({ type, source: source.address(), title: "" });
          chart.record = s.charts[s.charts.length - 1];
        });
        return chart;
      },
    };
  }
  /**
   * Worksheet.activate (ExcelApi 1.1): "Activate the worksheet in the Excel UI." (@types/office-js
   * index.d.ts:37457); the workbook's active sheet from the next sync on.
   */
  activate(): void {
    this.ctx.queue(8, () => void (this.ctx.book.active = this.ctx.book.sheets.indexOf(this.sheet())));
  }
  sheet(): FakeSheet {
    const s = this.target();
    if (!s) throw new FakeOfficeError("ItemNotFound");
    return s;
  }
  /** Queues a write, refused on a protected sheet. */
  write(bytes: number, apply: (s: FakeSheet) => void): void {
    this.ctx.queue(bytes, () => {
      const s = this.sheet();
      // A protected sheet refuses writes with AccessDenied (the error-code list: "the operation is not
      // allowed in the current state", e.g. protection).
      // https://learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-excel-error-codes
      if (s.protected) throw new FakeOfficeError("AccessDenied", `Sheet ${s.name} is protected`);
      apply(s);
    });
  }
  get isNullObject(): boolean {
    this.needSync();
    return !this.target();
  }
  get name(): string {
    this.need();
    return this.sheet().name;
  }
  /** The sheet's place as the sync that loaded it found it. */
  private loadedPosition = -1;
  override resolve(): void {
    super.resolve();
    const s = this.target();
    this.loadedPosition = s ? this.ctx.book.sheets.indexOf(s) : -1;
  }
  /**
   * Worksheet.position (ExcelApi 1.1): "The zero-based position of the worksheet within the workbook."
   * (@types/office-js index.d.ts:37383). Read, the place at the sync that loaded it; set, the tab moves
   * there and the tabs between shift by one, the active sheet staying the same sheet. A place outside
   * the workbook is refused (InvalidArgument): the page does not say what Excel does with one.
   * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-position-member
   */
  get position(): number {
    this.need();
    return this.loadedPosition;
  }
  set position(at: number) {
    this.ctx.queue(8, () => {
      const book = this.ctx.book;
      const s = this.sheet();
      if (!Number.isInteger(at) || at < 0 || at >= book.sheets.length)
        throw new FakeOfficeError("InvalidArgument", `No place ${at} among ${book.sheets.length} sheets`);
      const active = book.sheets[book.active];
      book.sheets.splice(book.sheets.indexOf(s), 1);
      book.sheets.splice(at, 0, s);
      if (active) book.active = book.sheets.indexOf(active);
    });
  }
  /**
   * Worksheet.standardWidth (ExcelApi 1.7): "Specifies the standard (default) width of all the columns in
   * the worksheet. One unit of column width is equal to the width of one character in the Normal style"
   * (@types/office-js, Excel.Worksheet.standardWidth): the `standardWidth` option, else Calibri 11's 8.43
   * ("The default column width is 8.43 characters": support.microsoft.com, "Change the column width and
   * row height"). Read once loaded; setting it is not modelled (the add-in never sets it).
   */
  get standardWidth(): number {
    this.need();
    return this.ctx.book.options.standardWidth ?? 8.43;
  }
  get protection(): { protected: boolean } {
    this.need();
    return { protected: this.sheet().protected };
  }
  set visibility(v: string) {
    this.ctx.queue(16, () => void (this.sheet().visibility = v));
  }
  delete(): void {
    this.ctx.queue(8, () => {
      if (this.ctx.book.structureProtected)
        throw new FakeOfficeError("AccessDenied", "The workbook is protected.");
      const s = this.sheet();
      // "If the worksheet's visibility is set to "VeryHidden", the delete operation will fail with an
      // InvalidOperation exception. You should first change its visibility to hidden or visible before
      // deleting it." (@types/office-js index.d.ts:37511, Worksheet.delete, ExcelApi 1.1)
      if (s.visibility === "VeryHidden")
        throw new FakeOfficeError("InvalidOperation", `Sheet ${s.name} is very hidden`);
      const book = this.ctx.book;
      const active = book.sheets[book.active];
      book.sheets.splice(book.sheets.indexOf(s), 1);
      // The active sheet stays the same sheet (the index moves with it). Which sheet Excel activates when
      // the active one goes is not documented: here the one now in its place, else the last.
      book.active =
        active && active !== s ? book.sheets.indexOf(active) : Math.min(book.active, book.sheets.length - 1);
    });
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    if (rows < 1 || columns < 1)
      throw new FakeOfficeError("InvalidArgument", "A range needs at least one row and one column");
    return new FakeRange(this.ctx, this, () => ({ row, column, rows, columns }));
  }
  /**
   * Worksheet.getRange(address) (ExcelApi 1.1): "Gets the range object, representing a single
   * rectangular block of cells, specified by the address or name" (@types/office-js). Modelled: a whole
   * column ("B:B"), a cell ("B9") and a block ("A1:C3"), without a sheet name.
   */
  getRange(address: string): FakeRange {
    const whole = /^([A-Z]+):\1$/.exec(address);
    if (whole) {
      const col = columnOf(whole[1] as string);
      return new FakeRange(this.ctx, this, () => ({ row: 0, column: col, rows: 1_048_576, columns: 1 }));
    }
    const box = boxOf(address);
    if (!box) throw new Error(`fake: unsupported address ${address}`);
    return new FakeRange(this.ctx, this, () => box);
  }
  /**
   * Worksheet.getRanges(address) (ExcelApi 1.9): "Gets the RangeAreas object, representing one or more
   * blocks of rectangular ranges, specified by the address or name", address "A string containing the
   * comma-separated or semicolon-separated addresses … For example, "A1:B2, A5:B5" or "A1:B2; A5:B5""
   * (@types/office-js). Modelled: blocks, cells and whole columns, without a sheet name.
   */
  getRanges(address: string): FakeRangeAreas {
    const boxes = boxesOf(address);
    if (!boxes) throw new FakeOfficeError("InvalidArgument", `fake: unsupported address ${address}`);
    return new FakeRangeAreas(
      this.ctx,
      () => boxes,
      () => this.sheet().name,
    );
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this, () => this.sheet().usedBounds(), true);
  }
}

const columnOf = (letters: string): number =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** The blocks of a list of addresses ("A1:G41, J1:K3", "A:G"; see getRanges), or undefined. */
function boxesOf(address: string): Box[] | undefined {
  const boxes: Box[] = [];
  for (const part of address.split(/[,;]/)) {
    const text = part.trim();
    const whole = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(text);
    const box = whole
      ? {
          row: 0,
          column: columnOf(whole[1] as string),
          rows: SHEET_ROWS,
          columns: columnOf(whole[2] as string) - columnOf(whole[1] as string) + 1,
        }
      : boxOf(text);
    if (!box || box.columns < 1) return undefined;
    boxes.push(box);
  }
  return boxes;
}

/** The cells of an A1 address without a sheet name ("B9", "A1:C3"), or undefined. */
/** The rows under the filter's header shown or hidden by its criteria alone (see the AutoFilter above). */
function refilter(s: FakeSheet): void {
  const box = s.autoFilter ? boxOf(s.autoFilter) : undefined;
  if (!box) return;
  for (let r = box.row + 1; r < box.row + box.rows; r++) {
    const hidden = [...s.filterCriteria.values()].some((rows) => rows.has(r));
    if (hidden) s.hiddenRows.add(r);
    else s.hiddenRows.delete(r);
  }
}

function boxOf(address: string): { row: number; column: number; rows: number; columns: number } | undefined {
  const block = /^([A-Z]{1,3})([1-9]\d*)(?::([A-Z]{1,3})([1-9]\d*))?$/.exec(address);
  if (!block) return undefined;
  const [top, left] = [Number(block[2]) - 1, columnOf(block[1] as string)];
  const [bottom, right] = block[3] ? [Number(block[4]) - 1, columnOf(block[3])] : [top, left];
  return {
    row: Math.min(top, bottom),
    column: Math.min(left, right),
    rows: Math.abs(bottom - top) + 1,
    columns: Math.abs(right - left) + 1,
  };
}
