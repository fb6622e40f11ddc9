import {
  type Box,
  type FakeEdge,
  type FakeSide,
  FakeOfficeError,
  type StoredCell,
  type Value,
  boxAddress,
  letters,
  utf8,
} from "./base";
import { CONDITIONAL_FORMAT_TYPES, FakeConditionalFormatProxy } from "./conditionalFormat";
import type { FakeContext } from "./context";
import { Proxy } from "./proxy";
import type { FakeConditionalFormat, FakeSheet } from "./sheet";
import type { FakeWorksheet } from "./worksheet";

/** The parts of a cell's look (StoredCell), all of which a copy of its formats carries. */
const LOOK_KEYS = [
  "format",
  "bold",
  "italic",
  "size",
  "color",
  "fill",
  "horizontal",
  "vertical",
  "wrap",
  "borders",
] as const satisfies readonly (keyof StoredCell)[];

/** Stands for Excel.Range: the members picked below must keep @types/office-js's types. */
export class FakeRange
  extends Proxy
  implements
    Pick<
      Excel.Range,
      | "rowIndex"
      | "columnIndex"
      | "rowCount"
      | "columnCount"
      | "isNullObject"
      | "values"
      | "numberFormat"
      | "select"
    >
{
  readonly format: {
    font: Record<string, unknown> & { load: (props?: unknown) => unknown; readonly size: number };
    fill: Record<string, unknown>;
    borders: { getItem: (index: string) => Record<string, unknown> };
    columnWidth: number;
    useStandardWidth: boolean;
    rowHeight: number;
    readonly useStandardHeight: boolean;
    wrapText: boolean;
    horizontalAlignment: string;
    verticalAlignment: string;
    autofitRows: () => void;
  };
  readonly conditionalFormats: {
    add: (type: string) => FakeConditionalFormatProxy;
    clearAll: () => void;
    load: (p?: unknown) => void;
    readonly items: FakeConditionalFormatItem[];
  };
  constructor(
    ctx: FakeContext,
    readonly ws: FakeWorksheet,
    private readonly box: () => Box | null,
    private readonly nullable = false,
  ) {
    super(ctx);
    const self = this;
    let itemsLoaded = false;
    // Setting a RangeFont, RangeFill or RangeBorder property, or RangeFormat's alignments, sets it on
    // every cell of the range (https://learn.microsoft.com/javascript/api/excel/excel.rangefont,
    // .rangefill, .rangeborder, .rangeformat; @types/office-js: RangeFont.bold/italic/size/color,
    // RangeFill.color "#RRGGBB", RangeBorder.style, RangeFormat.horizontalAlignment/verticalAlignment).
    const setOnCells = (patches: Record<string, ((v: unknown) => Partial<StoredCell>) | undefined>) =>
      new globalThis.Proxy({} as Record<string, unknown>, {
        set(_t, prop, value) {
          const patch = typeof prop === "string" ? patches[prop] : undefined;
          self.ws.write(16, (s) => patch && self.each(s, (r, c) => s.put(r, c, patch(value))));
          return true;
        },
      });
    const setFont = setOnCells({
      bold: (v) => ({ bold: Boolean(v) }),
      italic: (v) => ({ italic: Boolean(v) }),
      size: (v) => ({ size: Number(v) }),
      color: (v) => ({ color: String(v) }),
    });
    // RangeFont.size is read too (ExcelApi 1.1, "Font size"), once loaded through the font
    // (`format.font.load("size")`) and synced: the range's first cell's, or 11 where the cell sets none
    // (Excel's default type is Calibri 11: support.microsoft.com, "Change the default font in Excel").
    const font: FakeRange["format"]["font"] = new globalThis.Proxy(setFont as FakeRange["format"]["font"], {
      get(target, prop) {
        if (prop === "load")
          return (props?: unknown) => {
            self.load(props);
            return font;
          };
        if (prop === "size") {
          self.need();
          const b = self.b();
          return self.ws.sheet().cell(b.row, b.column)?.size ?? 11;
        }
        return Reflect.get(target, prop) as unknown;
      },
    });
    const fill = setOnCells({ color: (v) => ({ fill: String(v) }) });
    // RangeBorderCollection.getItem(index) (ExcelApi 1.1; @types/office-js Excel.RangeBorderCollection
    // .getItem, Excel.RangeBorder.style/weight/color): setting a property sets it on the cells' sides
    // the index names, as XlBordersIndex describes them: EdgeTop "Border at the top of the range" (the
    // first row's top sides), EdgeBottom, EdgeLeft, EdgeRight alike; InsideHorizontal "Horizontal
    // borders for all cells in the range except borders on the outside of the range" (each row's bottom
    // but the last's, each top but the first's), InsideVertical alike across columns
    // (https://learn.microsoft.com/previous-versions/office/developer/office-2010/ms281836(v=office.14)).
    // Diagonals are not modelled.
    const borders = {
      getItem: (index: string) => {
        const set = (key: keyof FakeEdge, value: unknown): void =>
          self.ws.write(16, (s) => {
            const b = self.b();
            const last = { row: b.row + b.rows - 1, column: b.column + b.columns - 1 };
            self.each(s, (r, c) => {
              const sides: FakeSide[] = [];
              if (index === "EdgeTop" && r === b.row) sides.push("top");
              if (index === "EdgeBottom" && r === last.row) sides.push("bottom");
              if (index === "EdgeLeft" && c === b.column) sides.push("left");
              if (index === "EdgeRight" && c === last.column) sides.push("right");
              if (index === "InsideHorizontal") {
                if (r > b.row) sides.push("top");
                if (r < last.row) sides.push("bottom");
              }
              if (index === "InsideVertical") {
                if (c > b.column) sides.push("left");
                if (c < last.column) sides.push("right");
              }
              if (sides.length === 0) return;
              const cell = s.cell(r, c);
              const next = { ...cell?.borders };
              for (const side of sides) next[side] = { ...next[side], [key]: String(value) };
              s.put(r, c, { borders: next });
            });
          });
        return new globalThis.Proxy({} as Record<string, unknown>, {
          set(_t, prop, value) {
            if (prop === "style" || prop === "weight" || prop === "color") set(prop, value);
            return true;
          },
        });
      },
    };
    this.format = {
      font,
      fill,
      borders,
      set horizontalAlignment(v: string) {
        self.ws.write(8, (s) => self.each(s, (r, c) => s.put(r, c, { horizontal: v })));
      },
      get horizontalAlignment(): string {
        return self.aligned((cell) => cell?.horizontal ?? "General", "horizontalAlignment");
      },
      set verticalAlignment(v: string) {
        self.ws.write(8, (s) => self.each(s, (r, c) => s.put(r, c, { vertical: v })));
      },
      get verticalAlignment(): string {
        return self.aligned((cell) => cell?.vertical ?? "Bottom", "verticalAlignment");
      },
      // RangeFormat.columnWidth (ExcelApi 1.2): "Specifies the width of all columns within the range. If
      // the column widths are not uniform, null will be returned" (@types/office-js, Excel.RangeFormat
      // .columnWidth), in points ("The unit-of-measure for columnWidth is points", OfficeDev/office-js#187).
      // Set, every column of the range takes it; read (once loaded), a hidden column is 0 wide and one
      // never set is at the sheet's standard width: its characters of the Normal style's digit plus 5
      // pixels of margin and grid line, 0.75 points a pixel (ISO/IEC 29500-1 §18.3.1.13: "if the cell width
      // is 8 characters wide ... [8*7+5]", Calibri 11's digit being 7 pixels; 8.43 characters, 64 pixels).
      set columnWidth(w: number) {
        self.ws.write(8, (s) => {
          const b = self.box();
          if (!b) return;
          for (let c = b.column; c < b.column + b.columns; c++) s.columnWidths.set(c, w);
        });
      },
      get columnWidth(): number {
        self.need();
        const b = self.b();
        const s = self.ws.sheet();
        const { digitPixels = 7, standardWidth = 8.43 } = self.ctx.book.options;
        const standard = (Math.round(standardWidth * digitPixels) + 5) * 0.75;
        const widths = new Set<number>();
        for (let c = b.column; c < b.column + b.columns; c++)
          widths.add(s.hiddenColumns.has(c) ? 0 : (s.columnWidths.get(c) ?? standard));
        return (widths.size === 1 ? [...widths][0] : null) as number;
      },
      // RangeFormat.useStandardWidth: "Specifies if the column width of the Range object equals the
      // standard width of the sheet" (ExcelApi 1.1): true takes the width set on its columns back; read,
      // true where no column of the range has a width of its own.
      set useStandardWidth(v: boolean) {
        self.ws.write(8, (s) => {
          const b = self.box();
          if (!b || !v) return;
          for (let c = b.column; c < b.column + b.columns; c++) {
            s.columnWidths.delete(c);
            s.wrappedColumns.delete(c);
          }
        });
      },
      get useStandardWidth(): boolean {
        self.need();
        const b = self.b();
        const s = self.ws.sheet();
        for (let c = b.column; c < b.column + b.columns; c++) if (s.columnWidths.has(c)) return false;
        return true;
      },
      // RangeFormat.wrapText; autofitRows() sets the rows' heights to their contents (ExcelApi 1.2).
      set wrapText(v: boolean) {
        self.ws.write(8, (s) => {
          const b = self.box();
          if (!b || !v) return;
          for (let c = b.column; c < b.column + b.columns; c++) s.wrappedColumns.add(c);
          if (b.rows <= 2000) self.each(s, (r, c) => s.put(r, c, { wrap: true }));
        });
      },
      // Read: "A null value indicates that the entire range doesn't have a uniform wrap setting"
      // (@types/office-js, Excel.RangeFormat.wrapText). Past 2,000 rows the fake keeps a wrap by column
      // only (not cell by cell), so there a read stands for the column's every cell.
      get wrapText(): boolean {
        const s = self.ws.sheet();
        const wraps = self.distinct((cell, c) => Boolean(cell?.wrap) || s.wrappedColumns.has(c));
        return (wraps.size === 1 ? [...wraps][0] : null) as boolean;
      },
      // RangeFormat.rowHeight (ExcelApi 1.2): "The height of all rows in the range. If the row heights
      // are not uniform, `null` will be returned" (@types/office-js, Excel.RangeFormat.rowHeight), in
      // points; set, every row of the range takes it. A row never set is at the sheet's standard height
      // (the `standardHeight` option, else Calibri 11's 15 points); one autofitted has the height of its
      // text, which the fake does not work out: read, refused.
      set rowHeight(h: number) {
        self.ws.write(8, (s) => {
          const b = self.box();
          if (b) s.rowSpans.push({ from: b.row, to: b.row + b.rows - 1, height: h });
        });
      },
      get rowHeight(): number {
        const heights = self.rowHeights();
        return (heights.size === 1 ? [...heights][0] : null) as number;
      },
      // RangeFormat.useStandardHeight (ExcelApi 1.7): "Returns `true` if the row height of the `Range`
      // object equals the standard height of the sheet. Returns `null` if the range contains more than
      // one row and the rows aren't all the same height. Returns `false` otherwise."
      get useStandardHeight(): boolean {
        const heights = self.rowHeights();
        const standard = self.ctx.book.options.standardHeight ?? 15;
        return (heights.size === 1 ? [...heights][0] === standard : null) as boolean;
      },
      autofitRows: () =>
        self.ws.write(8, (s) => {
          const b = self.box();
          s.autofitRows += b?.rows ?? 0;
          if (b) s.rowSpans.push({ from: b.row, to: b.row + b.rows - 1, height: "fitted" });
        }),
    };
    this.conditionalFormats = {
      // ConditionalFormatCollection.add(type) (ExcelApi 1.6, index.d.ts:51565): one of
      // Excel.ConditionalFormatType, else InvalidArgument (see CONDITIONAL_FORMAT_TYPES).
      add: (type) => {
        if (!CONDITIONAL_FORMAT_TYPES.includes(type as (typeof CONDITIONAL_FORMAT_TYPES)[number]))
          throw new FakeOfficeError("InvalidArgument", `No conditional format type '${type}'.`);
        const cf = new FakeConditionalFormatProxy(ctx);
        this.ws.write(32, (s) => {
          const record: FakeConditionalFormat = { address: this.address(), box: this.b(), type };
          s.conditionalFormats.push(record);
          cf.record = record;
        });
        return cf;
      },
      // ConditionalFormatCollection.clearAll: "Clears all conditional formats active on the current
      // specified range": a format wholly inside goes; one that also covers other cells loses these
      // cells (marked cut). https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection
      clearAll: () =>
        this.ws.write(8, (s) => {
          const b = this.b();
          s.conditionalFormats = s.conditionalFormats.filter((f) => {
            if (!overlaps(f.box, b)) return true;
            if (inside(f.box, b)) return false;
            f.cut = true;
            return true;
          });
        }),
      // The collection's items: the formats that apply to some cell of the range (after load + sync).
      load: () => ctx.queue(0, () => void (itemsLoaded = true)),
      get items(): FakeConditionalFormatItem[] {
        if (!itemsLoaded)
          throw new FakeOfficeError("PropertyNotLoaded", "conditionalFormats.items not loaded");
        const b = self.b();
        return self.ws
          .sheet()
          .conditionalFormats.filter((f) => overlaps(f.box, b))
          .map((f) => new FakeConditionalFormatItem(ctx, self.ws, f));
      },
    };
  }
  /** The range's cells (0-based); throws for a null object. */
  cells(): Box {
    return this.b();
  }
  /**
   * Range.getMergedAreasOrNullObject (ExcelApi 1.13): the merged areas that meet this range, a null object
   * when there are none; it fails when they are more than 512 (the d.ts: "this method will fail").
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const b = this.b();
      const areas = this.ws
        .sheet()
        .merged.filter(
          (m) =>
            m.row < b.row + b.rows &&
            m.row + m.rows > b.row &&
            m.column < b.column + b.columns &&
            m.column + m.columns > b.column,
        );
      if (areas.length > 512) throw new FakeOfficeError("GeneralException", "more than 512 merged areas");
      return areas.length === 0 ? null : areas;
    });
  }
  /**
   * Range.rowHidden (ExcelApi 1.2): "true when all rows in a range are hidden ... false when no rows in
   * the range are hidden ... null when some rows in a range are hidden and other rows in the same range
   * are not hidden" (@types/office-js, Excel.Range.rowHidden, which types it `boolean` all the same).
   */
  get rowHidden(): boolean | null {
    this.need();
    const b = this.b();
    const hidden = this.ws.sheet().hiddenRows;
    let count = 0;
    for (const r of hidden) if (r >= b.row && r < b.row + b.rows) count++;
    return count === 0 ? false : count === b.rows ? true : null;
  }
  /** The distinct heights of the range's rows in points (once loaded and synced); see format.rowHeight. */
  private rowHeights(): Set<number> {
    this.need();
    const b = this.b();
    const s = this.ws.sheet();
    const standard = this.ctx.book.options.standardHeight ?? 15;
    const seen = new Set<number>();
    let unmeasured = 0;
    for (let r = b.row; r < b.row + b.rows; r++) {
      const h = s.rowHeightOf(r);
      const fitted = h === "fitted" ? this.fittedHeight(s, r, standard) : undefined;
      if (fitted === null) unmeasured++;
      else seen.add(fitted ?? (h as number | undefined) ?? standard);
    }
    // Rows fitted to wrapped text: heights the fake does not work out, each taken as its own (several
    // read as rows of differing heights do); one alone, refused.
    if (unmeasured === 1 && b.rows === 1)
      throw new FakeOfficeError(
        "NotImplemented",
        "The height of a row fitted to wrapped text is not modelled.",
      );
    for (let k = 0; k < unmeasured; k++) seen.add(-1 - k);
    return seen;
  }
  /**
   * An autofitted row's height: "the best fit, based on the current data in the columns"
   * (RangeFormat.autofitRows): one line where no cell of the row wraps text, the sheet's standard height
   * (the fake keeps no type sizes, so every line is of the Normal style's). Null where a cell wraps
   * text: its lines are not measured here.
   */
  private fittedHeight(s: FakeSheet, r: number, standard: number): number | null {
    const row = s.cells[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell && cell.value !== "" && cell.value !== null && (cell.wrap || s.wrappedColumns.has(c)))
        return null;
    }
    return standard;
  }
  /** The distinct values `of` gives the range's cells (once loaded and synced). */
  private distinct<T>(of: (cell: StoredCell | undefined, column: number) => T): Set<T> {
    this.need();
    const b = this.b();
    const s = this.ws.sheet();
    const seen = new Set<T>();
    for (let r = b.row; r < b.row + b.rows; r++)
      for (let c = b.column; c < b.column + b.columns; c++) seen.add(of(s.cell(r, c), c));
    return seen;
  }
  /**
   * RangeFormat.horizontalAlignment and verticalAlignment, read (ExcelApi 1.1): the cells' own, Excel's
   * "General" and "Bottom" where a cell sets none. What a range whose cells differ reads is not documented
   * (the types allow no null): refused here, as anything the fake does not model.
   */
  private aligned(of: (cell: StoredCell | undefined) => string, name: string): string {
    const seen = this.distinct((cell) => of(cell));
    if (seen.size !== 1)
      throw new FakeOfficeError(
        "NotImplemented",
        `RangeFormat.${name} of cells that differ is not modelled.`,
      );
    return [...seen][0] as string;
  }
  /**
   * Range.columnHidden (ExcelApi 1.2): "true when all columns in a range are hidden ... false when no
   * columns in the range are hidden ... null when some columns in a range are hidden and other columns
   * in the same range are not hidden" (@types/office-js index.d.ts:38552, Excel.Range.columnHidden, typed
   * `boolean`, so it stays out of the Pick above, as rowHidden does); set, it hides or shows every column
   * of the range, whole (the property is the columns', as RangeFormat.columnWidth is).
   */
  get columnHidden(): boolean | null {
    this.need();
    const b = this.b();
    let count = 0;
    for (const c of this.ws.sheet().hiddenColumns) if (c >= b.column && c < b.column + b.columns) count++;
    return count === 0 ? false : count === b.columns ? true : null;
  }
  set columnHidden(v: boolean) {
    this.ws.write(8, (s) => {
      const b = this.b();
      for (let c = b.column; c < b.column + b.columns; c++)
        if (v) s.hiddenColumns.add(c);
        else s.hiddenColumns.delete(c);
    });
  }
  /**
   * Range.copyFrom(sourceRange, copyType) (ExcelApi 1.9): "Copies cell data or formatting from the source
   * range ... to the current range. The destination range can be a different size than the source range
   * ... The destination is expanded automatically if it's smaller than the source", and "if the
   * destination range is an exact multiple greater than the source range in either rows or columns, then
   * the source content is replicated multiple times" (@types/office-js index.d.ts:38873, Excel.Range.copyFrom).
   * Only "Formats" is modelled (what the add-in uses): each destination cell takes its source cell's look,
   * every part of it (number format, font, fill, alignment, wrap, border), and keeps its value. Another
   * copy type is refused, so a new use cannot pass here unmodelled.
   */
  copyFrom(sourceRange: FakeRange, copyType?: string): void {
    if (copyType !== "Formats")
      throw new FakeOfficeError("NotImplemented", `the fake models copyFrom "Formats" only, not ${copyType}`);
    this.ws.write(16, (s) => {
      const from = sourceRange.b();
      const source = sourceRange.ws.sheet();
      const to = this.b();
      const rows = to.rows % from.rows === 0 ? to.rows : from.rows;
      const columns = to.columns % from.columns === 0 ? to.columns : from.columns;
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < columns; c++) {
          const src = source.cell(from.row + (r % from.rows), from.column + (c % from.columns));
          const dest = s.cell(to.row + r, to.column + c);
          const look: StoredCell = { value: dest?.value ?? "" };
          if (dest?.formula !== undefined) look.formula = dest.formula;
          for (const key of LOOK_KEYS) if (src?.[key] !== undefined) Object.assign(look, { [key]: src[key] });
          (s.cells[to.row + r] ??= [])[to.column + c] = look;
        }
    });
  }
  /**
   * Range.getCellProperties(cellPropertiesLoadOptions) (ExcelApi 1.9): "Returns a 2D array,
   * encapsulating the data for each cell's font, fill, borders, alignment, and other properties"
   * (@types/office-js index.d.ts:38987, Excel.Range.getCellProperties), a ClientResult whose `value` is
   * read after a sync. Only `format.borders` is modelled (what the add-in asks for): each cell's
   * Excel.CellBorderCollection, its top, bottom, left and right Excel.CellBorder with the properties
   * asked (style, weight, color); a side without a line has the style "None" (Excel.BorderLineStyle).
   * Asking anything else is refused, so a new use cannot pass here unmodelled. Its response weighs the
   * JSON it holds, against Excel on the web's 5 MB.
   */
  getCellProperties(options: Excel.CellPropertiesLoadOptions): FakeCellProperties {
    const asked = options.format?.borders;
    const other =
      Object.keys(options).some((k) => k !== "format") ||
      Object.keys(options.format ?? {}).some((k) => k !== "borders");
    if (!asked || other)
      throw new FakeOfficeError("NotImplemented", "the fake models getCellProperties format.borders only");
    const keys = (["style", "weight", "color"] as const).filter((k) => asked[k] === true);
    return new FakeCellProperties(this.ctx, () => {
      const b = this.b();
      const sheet = this.ws.sheet();
      return Array.from({ length: b.rows }, (_, r) =>
        Array.from({ length: b.columns }, (_, c) => {
          const cell = sheet.cell(b.row + r, b.column + c);
          const side = (name: FakeSide): Excel.CellBorder => {
            const edge = cell?.borders?.[name];
            const line: Record<string, string> = {};
            for (const k of keys) {
              const v = k === "style" ? (edge?.style ?? "None") : edge?.[k];
              if (v !== undefined) line[k] = v;
            }
            return line as Excel.CellBorder;
          };
          return {
            format: {
              borders: { top: side("top"), bottom: side("bottom"), left: side("left"), right: side("right") },
            },
          };
        }),
      );
    });
  }
  /**
   * Range.select (ExcelApi 1.1): "Selects the specified range in the Excel UI." (@types/office-js
   * index.d.ts:39476); what `getSelectedRange` gives from the next sync on.
   */
  select(): void {
    this.ctx.queue(8, () => {
      const b = this.b();
      this.ctx.book.selection = { sheet: this.ws.sheet().name, ...b };
    });
  }
  /** Range.getVisibleView (ExcelApi 1.3): "Represents the visible rows of the current range." */
  getVisibleView(): FakeRangeView {
    return new FakeRangeView(this.ctx, this.ws, () => this.b());
  }
  /** Loaded values and number formats weigh what their JSON weighs; other properties a little. */
  override responseBytes(): number {
    const b = this.box();
    if (!b) return 64;
    let bytes = 64;
    if (this.loadedProps.includes("values")) {
      if (b.rows * b.columns > MAX_CELLS) throw new FakeOfficeError("RangeExceedsLimit", "too many cells");
      const s = this.ws.sheet();
      for (let r = b.row; r < b.row + b.rows; r++)
        for (let c = b.column; c < b.column + b.columns; c++)
          bytes += utf8(JSON.stringify(s.value(r, c))) + 1;
    }
    return bytes;
  }
  /** The cells the range stands for now, for another fake object the range is given to (Table.resize). */
  boxNow(): Box | null {
    return this.box();
  }
  private b(): Box {
    const b = this.box();
    if (!b) throw new FakeOfficeError("ItemNotFound", "null range");
    return b;
  }
  address(): string {
    const b = this.b();
    return `${letters(b.column)}${b.row + 1}:${letters(b.column + b.columns - 1)}${b.row + b.rows}`;
  }
  private each(s: FakeSheet, f: (r: number, c: number) => void): void {
    const b = this.b();
    for (let r = b.row; r < b.row + Math.min(b.rows, 2000); r++)
      for (let c = b.column; c < b.column + b.columns; c++) f(r, c);
  }
  get isNullObject(): boolean {
    this.needSync();
    return this.box() === null;
  }
  get rowIndex(): number {
    this.need();
    return this.b().row;
  }
  get columnIndex(): number {
    this.need();
    return this.b().column;
  }
  get rowCount(): number {
    this.need();
    return this.b().rows;
  }
  get columnCount(): number {
    this.need();
    return this.b().columns;
  }
  get values(): Value[][] {
    this.need();
    const b = this.b();
    const s = this.ws.sheet();
    return Array.from({ length: b.rows }, (_, r) =>
      Array.from({ length: b.columns }, (_, c) => s.value(b.row + r, b.column + c)),
    );
  }
  get numberFormat(): string[][] {
    this.need();
    const b = this.b();
    const s = this.ws.sheet();
    return Array.from({ length: b.rows }, (_, r) =>
      Array.from({ length: b.columns }, (_, c) => s.cell(b.row + r, b.column + c)?.format ?? "General"),
    );
  }
  /** values and numberFormat take a 2-D array of the range's exact shape (InvalidArgument otherwise). */
  private checkShape(v: unknown[][], what: string): void {
    const b = this.b();
    if (b.rows * b.columns > MAX_CELLS)
      throw new FakeOfficeError("RangeExceedsLimit", `${what}: too many cells`);
    if (
      !Array.isArray(v) ||
      v.length !== b.rows ||
      v.some((row) => !Array.isArray(row) || row.length !== b.columns)
    ) {
      throw new FakeOfficeError("InvalidArgument", `${what}: expected ${b.rows}×${b.columns}`);
    }
  }
  /**
   * Text that starts with "=" (or +, -, @) is entered as a formula, as typed, unless the cell's format
   * is Text ("@") or the text starts with an apostrophe; the d.ts: "If the specified value starts with
   * an equals sign, the value is interpreted as a formula" (Range.values, ExcelApi 1.1). The leading
   * apostrophe is the quote prefix, not part of the value: "'=AVERAGE(…)" is stored as the text
   * "=AVERAGE(…)" and read back without it (github.com/OfficeDev/office-js/issues/6687, Excel on the web
   * and desktop), as Excel takes a typed one; so a text that starts with one needs a second.
   */
  set values(v: Value[][]) {
    this.checkShape(v, "values");
    this.ws.write(utf8(JSON.stringify(v)), (s) => {
      this.ctx.book.addinChanged();
      autoExpandTables(s, this.b(), v);
      const b = this.b();
      v.forEach((row, r) =>
        row.forEach((value, c) => {
          const at = s.cell(b.row + r, b.column + c);
          // "Use null in 2-D arrays to leave specific cells unchanged while updating others"
          // (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
          if (value === null) return;
          if (typeof value === "string" && value.startsWith("'"))
            s.put(b.row + r, b.column + c, { value: value.slice(1), formula: undefined });
          else if (
            typeof value === "string" &&
            /^[=+\-@]/.test(value) &&
            at?.format !== "@" &&
            value.length > 1
          )
            s.put(b.row + r, b.column + c, { value: "", formula: value });
          else s.put(b.row + r, b.column + c, { value, formula: undefined });
        }),
      );
    });
  }
  /** null leaves a cell's format as it is, as in `values` (the same page). */
  set numberFormat(v: (string | null)[][]) {
    this.checkShape(v, "numberFormat");
    this.ws.write(utf8(JSON.stringify(v)), (s) => {
      const b = this.b();
      v.forEach((row, r) =>
        row.forEach((format, c) => {
          if (format !== null) s.put(b.row + r, b.column + c, { format });
        }),
      );
    });
  }
  /**
   * Range.clear(applyTo): "Clear range values and formatting, such as fill and border" (@types/office-js
   * index.d.ts:38828); applyTo "All" (the default), "Formats" or "Contents" (Excel.ClearApplyTo; the docs page
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-clear-member(1)).
   * A cleared cell's formats are gone (General, no font, fill, border, wrap or alignment of its own).
   */
  clear(applyTo: string = "All"): void {
    this.ws.write(8, (s) => {
      const b = this.b();
      for (let r = b.row; r < Math.min(b.row + b.rows, s.cells.length); r++)
        for (let c = b.column; c < b.column + b.columns; c++) {
          const cell = s.cell(r, c);
          if (!cell) continue;
          const row = s.cells[r]!;
          if (applyTo === "Formats")
            row[c] =
              cell.formula === undefined
                ? { value: cell.value }
                : { value: cell.value, formula: cell.formula };
          else if (applyTo === "Contents") {
            const { formula: _formula, ...kept } = cell;
            row[c] = { ...kept, value: "" };
          } else row[c] = { value: "" };
        }
    });
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      this.ws,
      () => {
        const outer = this.b();
        const s = this.ws.sheet();
        let last = -1;
        for (let r = outer.row; r < Math.min(outer.row + outer.rows, s.cells.length); r++) {
          for (let c = outer.column; c < outer.column + outer.columns; c++)
            if (s.value(r, c) !== "") last = r;
        }
        return last < 0
          ? null
          : { row: outer.row, column: outer.column, rows: last - outer.row + 1, columns: outer.columns };
      },
      true,
    );
  }
}

/**
 * Stands for Excel.RangeView (ExcelApi 1.3), "a set of visible cells of the parent range": its row count
 * ("The number of visible rows") and its cell addresses ("Represents the cell addresses of the
 * RangeView"), given as Range.address gives an address, with the sheet ("Sheet1!A1:B4", @types/office-js
 * Excel.Range.address), a name that needs it in quotes.
 */
/**
 * Stands for OfficeExtension.ClientResult<Excel.CellProperties[][]>: `value` readable after the sync
 * that follows the call (PropertyNotLoaded before, as a ClientResult's value is "not available" until
 * then: @types/office-js, OfficeExtension.ClientResult.value).
 */
export class FakeCellProperties extends Proxy {
  private found: Excel.CellProperties[][] | undefined;
  constructor(ctx: FakeContext, read: () => Excel.CellProperties[][]) {
    super(ctx);
    ctx.queue(8, () => void (this.found = read()));
    this.load();
  }
  get value(): Excel.CellProperties[][] {
    this.need();
    return this.found ?? [];
  }
  override responseBytes(): number {
    return utf8(JSON.stringify(this.found ?? []));
  }
}

export class FakeRangeView extends Proxy implements Pick<Excel.RangeView, "rowCount" | "cellAddresses"> {
  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
    private readonly box: () => Box,
  ) {
    super(ctx);
  }
  private visibleRows(): number[] {
    const b = this.box();
    const hidden = this.ws.sheet().hiddenRows;
    const rows: number[] = [];
    for (let r = b.row; r < b.row + b.rows; r++) if (!hidden.has(r)) rows.push(r);
    return rows;
  }
  get rowCount(): number {
    this.need();
    return this.visibleRows().length;
  }
  get cellAddresses(): string[][] {
    this.need();
    return this.addresses();
  }
  private addresses(): string[][] {
    const b = this.box();
    const name = this.ws.sheet().name;
    const sheet = /^[\p{L}\p{N}_.]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
    return this.visibleRows().map((r) =>
      Array.from({ length: b.columns }, (_, c) => `${sheet}!${letters(b.column + c)}${r + 1}`),
    );
  }
  override responseBytes(): number {
    return this.loadedProps.includes("cellAddresses") ? 64 + utf8(JSON.stringify(this.addresses())) : 64;
  }
}

/**
 * Stands for Excel.RangeAreas (ExcelApi 1.9): its `areas` collection (rowIndex, columnIndex, rowCount,
 * columnCount per area), `areaCount` ("the number of rectangular ranges that comprise this RangeAreas
 * object") and `address` ("Address value will contain the worksheet name for each rectangular block of
 * cells (e.g., "Sheet1!A1:B4, Sheet1!D1:D4")", @types/office-js Excel.RangeAreas.address), where a
 * sheet name is given. A sheet name is quoted where it holds more than letters, digits, _ and . (as
 * Range.cellAddresses quotes it here; the page shows an unquoted one only).
 */
export class FakeRangeAreas extends Proxy implements Pick<Excel.RangeAreas, "isNullObject" | "areaCount"> {
  /** The blocks, as the sync that ran the request found them. */
  found: Box[] | null = null;
  readonly areas: {
    load: (p?: unknown) => void;
    readonly items: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }[];
  };
  constructor(
    ctx: FakeContext,
    find: () => Box[] | null,
    private readonly sheetName?: () => string,
  ) {
    super(ctx);
    const self = this;
    ctx.queue(8, () => void (self.found = find()));
    this.areas = {
      load: (p) => void self.load(p),
      get items() {
        self.need();
        return (self.found ?? []).map((b) => ({
          rowIndex: b.row,
          columnIndex: b.column,
          rowCount: b.rows,
          columnCount: b.columns,
        }));
      },
    };
  }
  get isNullObject(): boolean {
    this.needSync();
    return this.found === null;
  }
  get areaCount(): number {
    this.need();
    return (this.found ?? []).length;
  }
  get address(): string {
    this.need();
    const name = this.sheetName?.() ?? "";
    const sheet = /^[\p{L}\p{N}_.]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
    return (this.found ?? []).map((b) => `${sheet}!${boxAddress(b)}`).join(", ");
  }
}

/**
 * A table grows to take in a column written right beside it on its header row, the header becoming the
 * new table column's name (Excel's automatic table expansion, which applies to API writes as to typing:
 * https://support.microsoft.com/office/resize-a-table-by-adding-or-removing-rows-and-columns-e65ae4bb-e44b-43f4-ad8b-7d68784f1165).
 */
function autoExpandTables(s: FakeSheet, b: Box, v: Value[][]): void {
  for (const t of s.tables) {
    const right = t.columnIndex + t.columns.length;
    if (b.column !== right || t.rowIndex < b.row || t.rowIndex >= b.row + b.rows) continue;
    for (let c = 0; c < b.columns; c++) {
      const header = v[t.rowIndex - b.row]?.[c];
      if (header === null || header === undefined || header === "") break;
      let name = String(header);
      for (let k = 2; t.columns.includes(name); k++) name = `${String(header)}${k}`;
      t.columns.push(name);
    }
  }
}

/**
 * Cells one read or write of values may span: Excel on the web refuses more (RangeExceedsLimit); the
 * resource-limits page asks for large ranges to be read and written in parts.
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large
 */
const MAX_CELLS = 5_000_000;

const overlaps = (a: Box, b: Box): boolean =>
  a.row < b.row + b.rows &&
  a.row + a.rows > b.row &&
  a.column < b.column + b.columns &&
  a.column + a.columns > b.column;
const inside = (a: Box, b: Box): boolean =>
  a.row >= b.row &&
  a.row + a.rows <= b.row + b.rows &&
  a.column >= b.column &&
  a.column + a.columns <= b.column + b.columns;

/** Stands for Excel.ConditionalFormat: its type, the range it applies to, delete(). */
export class FakeConditionalFormatItem implements Pick<Excel.ConditionalFormat, "type"> {
  readonly type:
    | Excel.ConditionalFormatType
    | "Custom"
    | "DataBar"
    | "ColorScale"
    | "IconSet"
    | "TopBottom"
    | "PresetCriteria"
    | "ContainsText"
    | "CellValue";
  constructor(
    private readonly ctx: FakeContext,
    private readonly ws: FakeWorksheet,
    private readonly record: FakeConditionalFormat,
  ) {
    this.type = record.type as FakeConditionalFormatItem["type"];
  }
  /** ConditionalFormat.getRangeOrNullObject (ExcelApi 1.6): the cells it applies to. */
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this.ctx, this.ws, () => this.record.box, true);
  }
  delete(): void {
    this.ws.write(
      8,
      (s) => void (s.conditionalFormats = s.conditionalFormats.filter((f) => f !== this.record)),
    );
  }
}
