import { FakeOfficeError } from "./base";
import type { FakeContext } from "./context";
import type { FakeConditionalFormat } from "./sheet";

/**
 * Excel.ConditionalFormatType, what ConditionalFormatCollection.add takes (ExcelApi 1.6, @types/office-js
 * index.d.ts:60724). Another text is an argument Excel refuses: InvalidArgument, "The argument is invalid
 * or missing or has an incorrect format" (https://learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-office-error-codes).
 */
export const CONDITIONAL_FORMAT_TYPES: readonly `${Excel.ConditionalFormatType}`[] = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];

/** Excel.ConditionalCellValueOperator (ExcelApi 1.6, index.d.ts:61105), "Invalid" aside: a rule's operator. */
const OPERATORS: readonly `${Excel.ConditionalCellValueOperator}`[] = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
];

/**
 * Stands for Excel.ConditionalRangeFormat's fill and font (index.d.ts:52879): each `color` set is queued
 * for the sync, as every property set on a proxy is ("an HTML color code … or a named HTML color",
 * ConditionalRangeFill.color, index.d.ts:53049).
 */
type FakeRangeFormat = {
  readonly fill: Pick<Excel.ConditionalRangeFill, "color">;
  readonly font: Pick<Excel.ConditionalRangeFont, "color">;
};

/**
 * Stands for Excel.ConditionalFormat as ConditionalFormatCollection.add(type) returns it, "a new
 * conditional format … at the first/top priority" (ExcelApi 1.6, index.d.ts:51565): its `cellValue`, "the
 * cell value conditional format properties if the current conditional format is a CellValue type"
 * (index.d.ts:51654), an Excel.CellValueConditionalFormat with a `format` and a `rule`, an
 * Excel.ConditionalCellValueRule { formula1, formula2?, operator } (index.d.ts:52850). What is set lands
 * on the sheet's record at the next sync.
 * https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat
 */
export class FakeConditionalFormatProxy {
  record: FakeConditionalFormat | undefined;
  readonly cellValue: { readonly format: FakeRangeFormat; rule: Excel.ConditionalCellValueRule | undefined };
  constructor(ctx: FakeContext) {
    const self = this;
    const later = (f: () => void): void => ctx.queue(16, f);
    const color = (set: (record: FakeConditionalFormat, value: string) => void): { color: string } => ({
      set color(v: string) {
        later(() => set(self.record as FakeConditionalFormat, String(v)));
      },
      // A property read before load and sync is not available: none of ours reads it.
      get color(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "The conditional format's color is not loaded.");
      },
    });
    this.cellValue = {
      format: {
        fill: color((r, v) => void (r.fill = v)),
        font: color((r, v) => void (r.font = v)),
      },
      set rule(r: Excel.ConditionalCellValueRule | undefined) {
        if (!r || !OPERATORS.includes(r.operator as (typeof OPERATORS)[number]) || r.formula1 === "")
          throw new FakeOfficeError("InvalidArgument", `No cell value rule: ${JSON.stringify(r)}.`);
        later(() => {
          const record = self.record as FakeConditionalFormat;
          record.formula1 = r.formula1;
          record.operator = r.operator;
        });
      },
      get rule(): Excel.ConditionalCellValueRule | undefined {
        return undefined;
      },
    };
  }
}
