import { FakeOfficeError, type Op } from "./base";
import type { Proxy } from "./proxy";
import type { FakeWorkbook } from "./workbook";
import { FakeWorkbookProxy } from "./workbookProxy";

export class FakeContext {
  readonly loads: Proxy[] = [];
  created: Proxy[] = [];
  private ops: Op[] = [];
  readonly workbook: FakeWorkbookProxy;
  // Application (ExcelApi 1.6/1.9): suspending calculation lasts until the next sync and leaves the
  // recalculation to the add-in ("it is the developer's responsibility to re-calc the workbook");
  // calculate(type) recalculates.
  // https://learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-suspendapicalculationuntilnextsync-member(1)
  /** Stands for Excel.Application (suspend*UntilNextSync, calculate). */
  readonly application: Pick<
    Excel.Application,
    "suspendApiCalculationUntilNextSync" | "suspendScreenUpdatingUntilNextSync" | "calculate"
  > = {
    suspendApiCalculationUntilNextSync: (): void => void this.book.suspended.push("calculation"),
    suspendScreenUpdatingUntilNextSync: (): void => void this.book.suspended.push("screen"),
    calculate: (type: string): void => this.queue(8, () => void this.book.calculations.push(String(type))),
  };
  constructor(
    readonly book: FakeWorkbook,
    /** Excel.RunOptions.delayForCellEdit: a sync waits while the user edits a cell, instead of failing. */
    private readonly delayForCellEdit = false,
  ) {
    this.workbook = new FakeWorkbookProxy(this);
  }
  queue(bytes: number, apply: () => void): void {
    this.ops.push({ bytes, apply });
  }
  /**
   * One round trip. Excel on the web refuses a request over 5 MB (RequestPayloadSizeLimitExceeded) and
   * applies nothing of it; a cell being edited fails the batch with InvalidOperationInCellEditMode unless
   * the run was made with `delayForCellEdit`, which makes it wait until the user leaves the cell.
   * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
   * https://learn.microsoft.com/javascript/api/excel/excel.runoptions#excel-excel-runoptions-delayforcelledit-member
   */
  async sync(): Promise<void> {
    const ops = this.ops;
    const loads = this.loads.splice(0);
    this.ops = [];
    this.book.syncs++;
    const bytes = ops.reduce((s, o) => s + o.bytes, 0) + 200;
    const fail = this.book.options.failAtSync;
    if (fail && fail.sync === this.book.syncs) throw new FakeOfficeError(fail.code);
    if (this.book.cellEditing) {
      if (!this.delayForCellEdit) throw new FakeOfficeError("InvalidOperationInCellEditMode");
      // "delays the batch request until the user exits cell edit mode" (RunOptions.delayForCellEdit).
      while (this.book.cellEditing) await new Promise((resolve) => setTimeout(resolve, 5));
    }
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

/** The fake's context as the adapter's type: the adapter only calls what the fake implements. */
export function asExcelContext(ctx: FakeContext): Excel.RequestContext {
  return ctx as unknown as Excel.RequestContext;
}
