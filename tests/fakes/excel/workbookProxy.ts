import { FakeOfficeError, utf8 } from "./base";
import type { FakeContext } from "./context";
import { FakeRange } from "./range";
import { FakeWorksheet } from "./worksheet";

/** Epoch ms of each date system's day 0: 1899-12-30 (1900 system, serials from 61 on) and 1904-01-01. */
const DAY0 = { 1900: Date.UTC(1899, 11, 30), 1904: Date.UTC(1904, 0, 1) };

/**
 * Stands for Excel.Functions (ExcelApi 1.2), DATE only: "Returns the number that represents the date in
 * Microsoft Excel date-time code", its year "from 1900 or 1904 (depending on the workbook's date system)"
 * (@types/office-js index.d.ts, Excel.Functions.date). The result is an Excel.FunctionResult: its `value`
 * is readable once loaded and synced ("The value of function evaluation", Excel.FunctionResult.value);
 * a date before the system's first day is #NUM! in its `error`, as Excel's DATE gives.
 * https://learn.microsoft.com/javascript/api/excel/excel.functions#excel-excel-functions-date-member(1)
 */
export class FakeFunctions implements Pick<Excel.Functions, "date"> {
  constructor(private readonly ctx: FakeContext) {}
  date(year: unknown, month: unknown, day: unknown): Excel.FunctionResult<number> {
    const ctx = this.ctx;
    let loaded = false;
    const compute = (): { value: number; error: string } => {
      const days = Math.round(
        (Date.UTC(Number(year), Number(month) - 1, Number(day)) -
          DAY0[ctx.book.options.date1904 ? 1904 : 1900]) /
          86_400_000,
      );
      return days < (ctx.book.options.date1904 ? 0 : 61)
        ? { value: 0, error: "#NUM!" }
        : { value: days, error: "" };
    };
    type Result = { load: () => Result; readonly value: number; readonly error: string };
    const result: Result = {
      load: (): Result => {
        ctx.queue(0, () => void (loaded = true));
        return result;
      },
      get value(): number {
        if (!loaded)
          throw new FakeOfficeError("PropertyNotLoaded", "FunctionResult.value has not been loaded.");
        return compute().value;
      },
      get error(): string {
        if (!loaded)
          throw new FakeOfficeError("PropertyNotLoaded", "FunctionResult.error has not been loaded.");
        return compute().error;
      },
    };
    return result as unknown as Excel.FunctionResult<number>;
  }
}

export class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheets;
  /** Excel.Workbook.functions (ExcelApi 1.2). */
  readonly functions: FakeFunctions;
  /**
   * WorkbookProtection (ExcelApi 1.7): `protected` says whether the structure is protected; while it is,
   * adding or deleting a sheet fails with AccessDenied.
   * https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection
   */
  readonly protection: { load: (p?: unknown) => void } & Pick<Excel.WorkbookProtection, "protected">;
  /**
   * Workbook.styles (ExcelApi 1.7): StyleCollection.getItem(name) "Gets a Style by name" (@types/office-js
   * index.d.ts:53573), its `font` an Excel.RangeFont (Style.font). Only the Normal style is modelled, its
   * font's size readable once loaded and synced (the `normalFontSize` option, Excel's 11 otherwise); a
   * name the workbook lacks (the `styleNames` option) fails the sync with ItemNotFound, as a collection's
   * getItem does.
   */
  readonly styles: {
    getItem: (name: string) => { font: { load: (p?: unknown) => void; readonly size: number } };
  };
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.functions = new FakeFunctions(ctx);
    this.styles = {
      getItem: (name) => {
        let loaded = false;
        return {
          font: {
            load: () =>
              ctx.queue(0, () => {
                if (!(ctx.book.options.styleNames ?? ["Normal"]).includes(name))
                  throw new FakeOfficeError("ItemNotFound", `No style ${name}`);
                loaded = true;
              }),
            get size(): number {
              if (!loaded) throw new FakeOfficeError("PropertyNotLoaded", "font.size has not been loaded.");
              return ctx.book.options.normalFontSize ?? 11;
            },
          },
        };
      },
    };
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

export class FakeWorksheets {
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
  /**
   * Each sheet's name and visibility ("Visible", "Hidden", "VeryHidden": Worksheet.visibility,
   * @types/office-js index.d.ts:37447).
   */
  get items(): { name: string; visibility: string }[] {
    if (!this.namesLoaded)
      throw new FakeOfficeError("PropertyNotLoaded", "worksheets.items has not been loaded.");
    return this.ctx.book.sheets.map((sheet) => ({ name: sheet.name, visibility: sheet.visibility }));
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
