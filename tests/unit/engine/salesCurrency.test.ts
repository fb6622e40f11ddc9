import { type Cell, DEFAULT_RULES, detectColumns } from "../../../src/engine";
import { salesCurrency } from "../../../src/engine/salesCurrency";

/** The currency of a sheet's sales: its headers, rows, and the sales cells' number format. */
function currencyOf(headers: string[], rows: Cell[][], format?: string, rowCurrency?: "USD") {
  const values: Cell[][] = [headers, ...rows];
  const header = detectColumns(values);
  const column = header.mapping.revenue;
  const formats: (string | undefined)[] = [];
  if (column !== undefined) formats[column] = format;
  return salesCurrency(
    header,
    values,
    1,
    formats,
    DEFAULT_RULES,
    rowCurrency,
    column === undefined ? undefined : headers[column],
  );
}

describe("salesCurrency", () => {
  it.each<[string, string[], Cell[][], string | undefined, string, string | undefined, boolean]>([
    // [case, headers, rows, format, currency, conflict, said as taken by default]
    ["a unit in yuan", ["经销商名称", "年销售额（万元）"], [["甲", 12]], undefined, "CNY", undefined, false],
    [
      "a unit in dollars",
      ["经销商名称", "销售额（万美元）"],
      [["甲", 12]],
      undefined,
      "USD",
      undefined,
      false,
    ],
    ["the cells' format", ["Account", "Revenue"], [["A", 12]], '"$"#,##0', "USD", undefined, false],
    [
      "amounts typed with their sign",
      ["Account", "Revenue"],
      [["A", "$1,234.00"]],
      undefined,
      "USD",
      undefined,
      false,
    ],
    // The header wins over the cells, and the clash is said.
    [
      "a header's yuan over dollar cells",
      ["经销商名称", "销售额（元）"],
      [["甲", 12]],
      '"$"#,##0',
      "CNY",
      "USD",
      false,
    ],
    // No source at all: yuan, said on an English header, not on a Chinese one.
    ["nothing, in English", ["Account", "Revenue"], [["A", 12]], undefined, "CNY", undefined, true],
    ["nothing, in Chinese", ["经销商名称", "年销售额"], [["甲", 12]], undefined, "CNY", undefined, false],
    ["goods", ["经销商名称", "销量（吨）"], [["甲", 12]], '"$"#,##0', "QTY", undefined, false],
  ])("%s", (_, headers, rows, format, currency, conflict, noCurrency) => {
    const c = currencyOf(headers, rows, format);
    expect([c.currency, c.conflict, c.noCurrency]).toEqual([currency, conflict, noCurrency]);
  });

  it("takes a 币种 column's one currency where nothing else names one, and the goods' unit", () => {
    expect(currencyOf(["Account", "Revenue"], [["A", 12]], undefined, "USD").currency).toBe("USD");
    expect(currencyOf(["经销商名称", "销量（吨）"], [["甲", 12]]).goods).toBe("吨");
  });
});
