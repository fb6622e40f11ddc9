import type { FakeContext } from "./context";
import type { FakeConditionalFormat } from "./sheet";

export class FakeConditionalFormatProxy {
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
