import { FakeOfficeError } from "./base";
import type { FakeContext } from "./context";
import { Proxy } from "./proxy";
import { FakeRange } from "./range";
import type { FakePivotTable } from "./sheet";
import type { FakeWorksheet } from "./worksheet";

/**
 * Stands for Excel.PivotTableCollection of a sheet (Worksheet.pivotTables, ExcelApi 1.3: "Collection of
 * PivotTables that are part of the worksheet", @types/office-js index.d.ts:37319): items after load.
 * https://learn.microsoft.com/javascript/api/excel/excel.pivottablecollection
 */
export class FakePivotTables extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(ctx);
  }
  get items(): FakePivotTableProxy[] {
    this.need();
    return this.ws.sheet().pivotTables.map((p) => new FakePivotTableProxy(this.ctx, this.ws, p));
  }
}

/**
 * Stands for Excel.PivotTable: its `name` (ExcelApi 1.3); `layout.getRange()`, "the range the PivotTable
 * exists on, excluding the filter area" (Excel.PivotLayout.getRange, ExcelApi 1.8, index.d.ts:49717);
 * `getDataSourceString()`, "the string representation of the data source for the PivotTable. This method
 * currently supports string representations for table and range objects. Otherwise, it returns an empty
 * string." (ExcelApi 1.15, index.d.ts:49490): a ClientResult whose `value` is readable after the sync.
 * https://learn.microsoft.com/javascript/api/excel/excel.pivottable
 */
export class FakePivotTableProxy extends Proxy implements Pick<Excel.PivotTable, "name"> {
  readonly layout: { getRange: () => FakeRange };
  constructor(
    ctx: FakeContext,
    ws: FakeWorksheet,
    private readonly pivot: FakePivotTable,
  ) {
    super(ctx);
    this.loaded = true;
    this.layout = {
      getRange: () =>
        new FakeRange(ctx, ws, () => ({
          row: pivot.row,
          column: pivot.column,
          rows: pivot.rows,
          columns: pivot.columns,
        })),
    };
  }
  get name(): string {
    return this.pivot.name;
  }
  getDataSourceString(): { readonly value: string } {
    if (!this.ctx.book.supports("ExcelApi", "1.15"))
      throw new FakeOfficeError("ApiNotFound", "getDataSourceString needs ExcelApi 1.15.");
    let synced = false;
    this.ctx.queue(0, () => void (synced = true));
    const source = this.pivot.source;
    return {
      get value(): string {
        if (!synced)
          throw new FakeOfficeError("PropertyNotLoaded", "ClientResult.value is read after context.sync().");
        return source;
      },
    };
  }
}
