import { utf8 } from "./base";
import type { FakeRange } from "./range";
import type { FakeContext } from "./context";

/**
 * Stands for Excel.Chart as the adapter uses it: added by worksheet.charts.add(type, source, seriesBy),
 * titled, positioned. https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1)
 */
export class FakeChart {
  record: { title: string } | undefined;
  /** Stands for Excel.ChartTitle's text. */
  readonly title: Pick<Excel.ChartTitle, "text">;
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
