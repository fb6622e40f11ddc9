/**
 * A faithful in-memory fake of the Excel JavaScript API calls the adapter makes: proxies whose property
 * sets queue until `context.sync()`, loads that resolve only at a sync (reading earlier throws
 * PropertyNotLoaded), strict 2-D shape checks, the 5 MB request limit, sheet protection, cell-edit mode,
 * injected failures, and a record of every sync (its bytes). Values set as text that starts with "="
 * become formulas unless the cell's number format is "@" or the text starts with an apostrophe, as in
 * Excel.
 */

type Value = string | number | boolean | null;
export type StoredCell = { value: Value; formula?: string; format?: string; bold?: boolean };

export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
  }
}

export type FakeTable = {
  name: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columns: string[];
};
export type FakeConditionalFormat = {
  address: string;
  type: string;
  text?: string;
  /** CellValue rules: the comparison and its first formula (e.g. "EqualTo", '="Key account"'). */
  operator?: string;
  formula1?: string;
  fill?: string;
  font?: string;
};

export class FakeSheet {
  readonly cells: (StoredCell | undefined)[][] = [];
  protected = false;
  visibility = "Visible";
  frozenRows = 0;
  frozenColumns = 0;
  /** The sheet's AutoFilter range (A1), or null. */
  autoFilter: string | null = null;
  /** Column widths in points set through the API, by 0-based column. */
  readonly columnWidths = new Map<number, number>();
  /** Columns whose data cells were set to wrap, and rows autofitted (by 0-based index). */
  readonly wrappedColumns = new Set<number>();
  autofitRows = 0;
  readonly pageLayout: { orientation?: string; zoom?: unknown; printArea?: string } = {};
  readonly pageBreaks: number[] = [];
  /** Merged areas (0-based); as in Excel, only the top-left cell of each holds the value. */
  readonly merged: { row: number; column: number; rows: number; columns: number }[] = [];
  readonly tables: FakeTable[] = [];
  conditionalFormats: FakeConditionalFormat[] = [];
  readonly charts: { type: string; source: string; title: string }[] = [];
  constructor(public name: string) {}

  cell(r: number, c: number): StoredCell | undefined {
    return this.cells[r]?.[c];
  }
  put(r: number, c: number, patch: Partial<StoredCell>): void {
    const row = (this.cells[r] ??= []);
    row[c] = { ...(row[c] ?? { value: "" }), ...patch };
  }
  /** Fills rows from A1 (or from `row`, `column`) with plain values, as a user's data. */
  fill(values: Value[][], row = 0, column = 0): this {
    values.forEach((vals, r) =>
      vals.forEach((v, c) => v !== null && v !== "" && this.put(row + r, column + c, { value: v })),
    );
    return this;
  }
  value(r: number, c: number): Value {
    return this.cell(r, c)?.value ?? "";
  }
  usedBounds(): { row: number; column: number; rows: number; columns: number } | null {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    this.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell || cell.value === "" || cell.value === null) return;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }),
    );
    return bottom < 0 ? null : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }
}

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
};

type Op = { bytes: number; apply: () => void };

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
  constructor(readonly options: FakeOptions = {}) {}

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
  context(): FakeContext {
    return new FakeContext(this);
  }
}

const utf8 = (text: string): number => Buffer.byteLength(text, "utf8");
const letters = (c: number): string => {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** A proxy object: loads resolve at the next sync; reading an unloaded property throws. */
class Proxy {
  protected loaded = false;
  protected pendingLoad = false;
  /** A sync has run since this proxy was made: `isNullObject` can be read (no load needed, as in Excel). */
  protected synced = false;
  constructor(readonly ctx: FakeContext) {
    ctx.created.push(this);
  }
  markSynced(): void {
    this.synced = true;
  }
  protected needSync(): void {
    if (!this.synced)
      throw new FakeOfficeError("PropertyNotLoaded", "isNullObject is known only after context.sync().");
  }
  /** The properties asked for, e.g. ["values"], to size the response. */
  loadedProps: string[] = [];
  load(props?: unknown): this {
    this.loadedProps = typeof props === "string" ? [props] : Array.isArray(props) ? (props as string[]) : [];
    this.pendingLoad = true;
    this.ctx.loads.push(this);
    return this;
  }
  resolve(): void {
    this.loaded = true;
    this.pendingLoad = false;
  }
  /** What the loaded properties weigh as JSON, as Excel sends them. */
  responseBytes(): number {
    return 64;
  }
  protected need(): void {
    if (!this.loaded)
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        "The property has not been loaded: call load() and context.sync() first.",
      );
  }
}

export class FakeContext {
  readonly loads: Proxy[] = [];
  created: Proxy[] = [];
  private ops: Op[] = [];
  readonly workbook: FakeWorkbookProxy;
  // Application (ExcelApi 1.6/1.9): suspending calculation lasts until the next sync and leaves the
  // recalculation to the add-in ("it is the developer's responsibility to re-calc the workbook");
  // calculate(type) recalculates.
  // https://learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-suspendapicalculationuntilnextsync-member(1)
  readonly application = {
    suspendApiCalculationUntilNextSync: (): void => void this.book.suspended.push("calculation"),
    suspendScreenUpdatingUntilNextSync: (): void => void this.book.suspended.push("screen"),
    calculate: (type: string): void => this.queue(8, () => void this.book.calculations.push(type)),
  };
  constructor(readonly book: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }
  queue(bytes: number, apply: () => void): void {
    this.ops.push({ bytes, apply });
  }
  async sync(): Promise<void> {
    const ops = this.ops;
    const loads = this.loads.splice(0);
    this.ops = [];
    this.book.syncs++;
    const bytes = ops.reduce((s, o) => s + o.bytes, 0) + 200;
    const fail = this.book.options.failAtSync;
    if (fail && fail.sync === this.book.syncs) throw new FakeOfficeError(fail.code);
    if (this.book.options.cellEditMode) throw new FakeOfficeError("InvalidOperationInCellEditMode");
    if (bytes > (this.book.options.payloadLimit ?? 5 * 1024 * 1024))
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded");
    this.book.requests.push(bytes);
    // Excel on the web also refuses to send a response over 5 MB: ResponsePayloadSizeLimitExceeded
    // (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization
    // #excel-add-ins). The ops before it are applied; nothing loaded is delivered.
    for (const op of ops) op.apply();
    const responseBytes = loads.reduce((sum, p) => sum + p.responseBytes(), 0);
    if (responseBytes > (this.book.options.responseLimit ?? 5 * 1024 * 1024))
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded");
    this.book.responses.push(responseBytes);
    const created = this.created;
    this.created = [];
    for (const p of loads) p.resolve();
    for (const p of created) p.markSynced();
  }
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheets;
  /**
   * WorkbookProtection (ExcelApi 1.7): `protected` says whether the structure is protected; while it is,
   * adding or deleting a sheet fails with AccessDenied.
   * https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection
   */
  readonly protection: { load: (p?: unknown) => void; readonly protected: boolean };
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    let loaded = false;
    this.protection = {
      load: () => ctx.queue(0, () => void (loaded = true)),
      get protected(): boolean {
        if (!loaded)
          throw new FakeOfficeError("PropertyNotLoaded", "protection.protected has not been loaded.");
        return ctx.book.structureProtected;
      },
    };
  }
  getSelectedRange(): FakeRange {
    const sel = this.ctx.book.selection;
    const ws = new FakeWorksheet(this.ctx, () => (sel ? this.ctx.book.sheet(sel.sheet) : undefined));
    return new FakeRange(this.ctx, ws, () =>
      sel ? { row: sel.row, column: sel.column, rows: sel.rows, columns: sel.columns } : null,
    );
  }
}

class FakeWorksheets {
  /** `worksheets.onChanged`: handlers registered at the next sync, fired by `FakeWorkbook.edit`. */
  readonly onChanged: {
    add: (handler: (args: { triggerSource?: string }) => Promise<void>) => {
      remove: () => void;
      context: FakeContext;
    };
  };
  constructor(private readonly ctx: FakeContext) {
    this.onChanged = {
      add: (handler) => {
        ctx.queue(8, () => void ctx.book.changeHandlers.add(handler));
        return { remove: () => void ctx.book.changeHandlers.delete(handler), context: ctx };
      },
    };
  }
  private namesLoaded = false;
  /** `worksheets.load("items/name")`: the collection's items are readable after the next sync. */
  load(_props?: unknown): this {
    this.ctx.queue(0, () => void (this.namesLoaded = true));
    return this;
  }
  get items(): { name: string }[] {
    if (!this.namesLoaded)
      throw new FakeOfficeError("PropertyNotLoaded", "worksheets.items has not been loaded.");
    return this.ctx.book.sheets.map((sheet) => ({ name: sheet.name }));
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheets[this.ctx.book.active]);
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = this.ctx.book.sheet(name);
      if (!s) throw new FakeOfficeError("ItemNotFound", `No sheet ${name}`);
      return s;
    });
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(name), true);
  }
  add(name: string): FakeWorksheet {
    this.ctx.queue(utf8(name), () => {
      if (this.ctx.book.structureProtected)
        throw new FakeOfficeError("AccessDenied", "The workbook is protected.");
      if (this.ctx.book.sheet(name)) throw new FakeOfficeError("ItemAlreadyExists", name);
      this.ctx.book.addSheet(name);
    });
    return this.getItem(name);
  }
}

export class FakeWorksheet extends Proxy {
  readonly tables: FakeTables;
  readonly freezePanes: {
    freezeRows: (n: number) => void;
    freezeAt: (range: FakeRange) => void;
    getLocationOrNullObject: () => FakeRange;
  };
  readonly autoFilter: {
    apply: (range: FakeRange) => void;
    load: (p?: unknown) => void;
    readonly enabled: boolean;
  };
  readonly pageLayout: {
    orientation: string;
    zoom: unknown;
    setPrintArea: (range: FakeRange) => void;
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
    const self = this;
    // FreezePanes (ExcelApi 1.7): freezeRows(count) freezes the top rows; freezeAt(range) freezes the
    // cells of the range as the top-left pane; getLocationOrNullObject() is the frozen range, a null
    // object when nothing is frozen. https://learn.microsoft.com/javascript/api/excel/excel.worksheetfreezepanes
    this.freezePanes = {
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
    // AutoFilter (ExcelApi 1.9): apply(range) filters on the range's first row; `enabled` must be loaded.
    // https://learn.microsoft.com/javascript/api/excel/excel.autofilter
    let filterLoaded = false;
    this.autoFilter = {
      apply: (range) => this.write(16, (s) => void (s.autoFilter = range.address())),
      load: () => ctx.queue(0, () => void (filterLoaded = true)),
      get enabled(): boolean {
        if (!filterLoaded)
          throw new FakeOfficeError("PropertyNotLoaded", "AutoFilter.enabled has not been loaded.");
        return self.sheet().autoFilter !== null;
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
      setPrintArea: (range) => this.write(16, (s) => void (s.pageLayout.printArea = range.address())),
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
  sheet(): FakeSheet {
    const s = this.target();
    if (!s) throw new FakeOfficeError("ItemNotFound");
    return s;
  }
  /** Queues a write, refused on a protected sheet. */
  write(bytes: number, apply: (s: FakeSheet) => void): void {
    this.ctx.queue(bytes, () => {
      const s = this.sheet();
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
      this.ctx.book.sheets.splice(this.ctx.book.sheets.indexOf(s), 1);
    });
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    if (rows < 1 || columns < 1)
      throw new FakeOfficeError("InvalidArgument", "A range needs at least one row and one column");
    return new FakeRange(this.ctx, this, () => ({ row, column, rows, columns }));
  }
  getRange(address: string): FakeRange {
    const whole = /^([A-Z]+):\1$/.exec(address);
    if (!whole) throw new Error(`fake: unsupported address ${address}`);
    const col = (whole[1] as string).charCodeAt(0) - 65;
    return new FakeRange(this.ctx, this, () => ({ row: 0, column: col, rows: 1_048_576, columns: 1 }));
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this, () => this.sheet().usedBounds(), true);
  }
}

type Box = { row: number; column: number; rows: number; columns: number };

export class FakeRange extends Proxy {
  readonly format: {
    font: Record<string, unknown>;
    fill: Record<string, unknown>;
    columnWidth: number;
    wrapText: boolean;
    autofitRows: () => void;
  };
  readonly conditionalFormats: { add: (type: string) => FakeConditionalFormatProxy; clearAll: () => void };
  constructor(
    ctx: FakeContext,
    readonly ws: FakeWorksheet,
    private readonly box: () => Box | null,
    private readonly nullable = false,
  ) {
    super(ctx);
    const self = this;
    const fontTarget: Record<string, unknown> = {};
    this.format = {
      font: new globalThis.Proxy(fontTarget, {
        set(_t, prop, value) {
          self.ws.write(16, (s) =>
            self.each(s, (r, c) => (prop === "bold" ? s.put(r, c, { bold: Boolean(value) }) : undefined)),
          );
          return true;
        },
      }),
      fill: new globalThis.Proxy({}, { set: () => (self.ws.write(16, () => undefined), true) }),
      // RangeFormat.columnWidth sets the width of every column of the range, in points.
      set columnWidth(w: number) {
        self.ws.write(8, (s) => {
          const b = self.box();
          if (!b) return;
          for (let c = b.column; c < b.column + b.columns; c++) s.columnWidths.set(c, w);
        });
      },
      get columnWidth(): number {
        return 0;
      },
      // RangeFormat.wrapText; autofitRows() sets the rows' heights to their contents (ExcelApi 1.2).
      set wrapText(v: boolean) {
        self.ws.write(8, (s) => {
          const b = self.box();
          if (!b || !v) return;
          for (let c = b.column; c < b.column + b.columns; c++) s.wrappedColumns.add(c);
        });
      },
      get wrapText(): boolean {
        return false;
      },
      autofitRows: () =>
        self.ws.write(8, (s) => {
          s.autofitRows += self.box()?.rows ?? 0;
        }),
    };
    this.conditionalFormats = {
      add: (type) => {
        const cf = new FakeConditionalFormatProxy(ctx);
        this.ws.write(32, (s) => {
          const record: FakeConditionalFormat = { address: this.address(), type };
          s.conditionalFormats.push(record);
          cf.record = record;
        });
        return cf;
      },
      clearAll: () =>
        this.ws.write(
          8,
          (s) =>
            void (s.conditionalFormats = s.conditionalFormats.filter((f) => f.address !== this.address())),
        ),
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
  /** Loaded values and number formats weigh what their JSON weighs; other properties a little. */
  override responseBytes(): number {
    const b = this.box();
    if (!b) return 64;
    let bytes = 64;
    if (this.loadedProps.includes("values")) {
      const s = this.ws.sheet();
      for (let r = b.row; r < b.row + b.rows; r++)
        for (let c = b.column; c < b.column + b.columns; c++)
          bytes += utf8(JSON.stringify(s.value(r, c))) + 1;
    }
    return bytes;
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
  private checkShape(v: unknown[][], what: string): void {
    const b = this.b();
    if (
      !Array.isArray(v) ||
      v.length !== b.rows ||
      v.some((row) => !Array.isArray(row) || row.length !== b.columns)
    ) {
      throw new FakeOfficeError("InvalidArgument", `${what}: expected ${b.rows}×${b.columns}`);
    }
  }
  set values(v: Value[][]) {
    this.checkShape(v, "values");
    this.ws.write(utf8(JSON.stringify(v)), (s) => {
      this.ctx.book.addinChanged();
      const b = this.b();
      v.forEach((row, r) =>
        row.forEach((value, c) => {
          const at = s.cell(b.row + r, b.column + c);
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
  set numberFormat(v: string[][]) {
    this.checkShape(v, "numberFormat");
    this.ws.write(utf8(JSON.stringify(v)), (s) => {
      const b = this.b();
      v.forEach((row, r) => row.forEach((format, c) => s.put(b.row + r, b.column + c, { format })));
    });
  }
  clear(_applyTo?: string): void {
    this.ws.write(8, (s) => {
      const b = this.b();
      for (let r = b.row; r < Math.min(b.row + b.rows, s.cells.length); r++)
        for (let c = b.column; c < b.column + b.columns; c++) if (s.cell(r, c)) s.put(r, c, { value: "" });
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

/** RangeAreas with its `areas` collection (rowIndex, columnIndex, rowCount, columnCount per area). */
class FakeRangeAreas extends Proxy {
  private found: Box[] | null = null;
  readonly areas: {
    load: (p?: unknown) => void;
    readonly items: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }[];
  };
  constructor(ctx: FakeContext, find: () => Box[] | null) {
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
}

class FakeConditionalFormatProxy {
  record: FakeConditionalFormat | undefined;
  readonly textComparison: {
    format: { fill: Record<string, string>; font: Record<string, string> };
    rule: unknown;
  };
  /** CellValueConditionalFormat (ExcelApi 1.6): a format and a rule {formula1, operator}. */
  readonly cellValue: {
    format: { fill: Record<string, string>; font: Record<string, string> };
    rule: unknown;
  };
  constructor(ctx: FakeContext) {
    const self = this;
    const later = (f: () => void): void => ctx.queue(16, f);
    const format = () => ({
      fill: new globalThis.Proxy(
        {},
        { set: (_t, _p, v) => (later(() => void (self.record!.fill = String(v))), true) },
      ),
      font: new globalThis.Proxy(
        {},
        { set: (_t, _p, v) => (later(() => void (self.record!.font = String(v))), true) },
      ),
    });
    this.textComparison = {
      format: format(),
      set rule(r: { text: string }) {
        later(() => void (self.record!.text = r.text));
      },
      get rule(): unknown {
        return undefined;
      },
    };
    this.cellValue = {
      format: format(),
      set rule(r: { formula1: string; operator: string }) {
        later(() => {
          self.record!.formula1 = r.formula1;
          self.record!.operator = r.operator;
        });
      },
      get rule(): unknown {
        return undefined;
      },
    };
  }
}

class FakeChart {
  record: { title: string } | undefined;
  readonly title: { text: string };
  constructor(ctx: FakeContext) {
    const self = this;
    this.title = {
      set text(t: string) {
        ctx.queue(utf8(t), () => void (self.record!.title = t));
      },
      get text(): string {
        return self.record?.title ?? "";
      },
    };
  }
  setPosition(_start: FakeRange, _end?: FakeRange): void {}
}

class FakeTables extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(ctx);
  }
  get items(): FakeTableProxy[] {
    this.need();
    return this.ws.sheet().tables.map((t) => new FakeTableProxy(this.ctx, this.ws, () => t));
  }
  getItemOrNullObject(name: string): FakeTableProxy {
    return new FakeTableProxy(this.ctx, this.ws, () => this.ws.sheet().tables.find((t) => t.name === name));
  }
}

class FakeTableProxy extends Proxy {
  readonly columns: { add: (index?: number, values?: unknown, name?: string) => void };
  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
    private readonly table: () => FakeTable | undefined,
  ) {
    super(ctx);
    this.loaded = true;
    this.columns = {
      add: (_index, _values, name) =>
        ws.write(utf8(name ?? ""), (s) => {
          const t = this.table()!;
          const header = name ?? `Column${t.columns.length + 1}`;
          if (t.columns.includes(header))
            throw new FakeOfficeError("InvalidArgument", "duplicate table column");
          s.put(t.rowIndex, t.columnIndex + t.columns.length, { value: header });
          t.columns.push(header);
        }),
    };
  }
  get isNullObject(): boolean {
    return !this.table();
  }
  get name(): string {
    return this.table()!.name;
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, this.ws, () => {
      const t = this.table();
      return t
        ? { row: t.rowIndex, column: t.columnIndex, rows: t.rowCount + 1, columns: t.columns.length }
        : null;
    });
  }
}

/** The fake's context as the adapter's type: the adapter only calls what the fake implements. */
export function asExcelContext(ctx: FakeContext): Excel.RequestContext {
  return ctx as unknown as Excel.RequestContext;
}
