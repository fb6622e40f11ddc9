import { FakeOfficeError, utf8 } from "./base";
import type { FakeContext } from "./context";
import { FakeRange } from "./range";
import { FakeWorksheet } from "./worksheet";

export class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheets;
  /**
   * WorkbookProtection (ExcelApi 1.7): `protected` says whether the structure is protected; while it is,
   * adding or deleting a sheet fails with AccessDenied.
   * https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection
   */
  readonly protection: { load: (p?: unknown) => void } & Pick<Excel.WorkbookProtection, "protected">;
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
