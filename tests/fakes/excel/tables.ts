import { FakeOfficeError, utf8 } from "./base";
import type { FakeContext } from "./context";
import { Proxy } from "./proxy";
import { FakeRange } from "./range";
import type { FakeTable } from "./sheet";
import type { FakeWorksheet } from "./worksheet";

/**
 * Stands for Excel.TableCollection of a sheet: getItemOrNullObject(name), items after load.
 * https://learn.microsoft.com/javascript/api/excel/excel.tablecollection
 */
export class FakeTables extends Proxy {
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

/**
 * Stands for Excel.Table: columns.add(index, values, name) appends a column whose header is `name`
 * (names must be unique in a table: InvalidArgument otherwise); getRange() is header and body;
 * columns.getItemAt(index).filter.clear(): TableColumn.filter (ExcelApi 1.2), Filter.clear() "Clear the
 * filter on the given column" (https://learn.microsoft.com/javascript/api/excel/excel.filter): the rows
 * of the table are then hidden by its criteria left and by no other rule ("AutoFilter temporarily hides
 * rows based on a filter criteria, which is applied column by column", ECMA-376 Part 1, 18.3.1.2; a
 * table's filter is an autoFilter, 18.5.1.2).
 * https://learn.microsoft.com/javascript/api/excel/excel.tablecolumncollection#excel-excel-tablecolumncollection-add-member(1)
 */
export class FakeTableProxy extends Proxy {
  readonly columns: {
    add: (index?: number, values?: unknown, name?: string) => void;
    getItemAt: (index: number) => { filter: { clear: () => void } };
  };
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
      getItemAt: (index) => ({
        filter: {
          clear: () =>
            ws.write(8, (s) => {
              const t = this.table()!;
              if (!t.filterCriteria?.delete(index)) return;
              const left = [...t.filterCriteria.values()];
              for (let r = t.rowIndex + 1; r <= t.rowIndex + t.rowCount; r++)
                if (left.some((rows) => rows.has(r))) s.hiddenRows.add(r);
                else s.hiddenRows.delete(r);
            }),
        },
      }),
    };
  }
  get isNullObject(): boolean {
    return !this.table();
  }
  get name(): string {
    return this.table()!.name;
  }
  /** "Specifies if the total row is visible" (@types/office-js index.d.ts:41800). */
  get showTotals(): boolean {
    return this.table()!.showTotals ?? false;
  }
  /**
   * Table.resize(newRange) (ExcelApi 1.13): "Resize the table to the new range. The new range must overlap
   * with the original table range and the headers (or the top of the table) must be in the same row"
   * (@types/office-js Excel.Table.resize). Cells left out of the table keep their values as plain cells.
   * Only the top-left corner kept is modelled (ours shrinks a table from the right); another is refused.
   */
  resize(newRange: FakeRange): void {
    this.ws.write(32, () => {
      const t = this.table()!;
      const b = newRange.boxNow();
      if (!b || b.row !== t.rowIndex || b.column !== t.columnIndex || b.columns < 1)
        throw new FakeOfficeError(
          "InvalidArgument",
          "the fake resizes a table from its own top-left cell only",
        );
      t.columns = t.columns.slice(0, b.columns);
      t.rowCount = Math.max(0, b.rows - 1 - (t.showTotals ? 1 : 0));
    });
  }
  /** "Gets the range object associated with the entire table" (index.d.ts:41857): header, body, total row. */
  getRange(): FakeRange {
    return new FakeRange(this.ctx, this.ws, () => {
      const t = this.table();
      return t
        ? {
            row: t.rowIndex,
            column: t.columnIndex,
            rows: t.rowCount + 1 + (t.showTotals ? 1 : 0),
            columns: t.columns.length,
          }
        : null;
    });
  }
}
