import { type Cell, columnLetter, detectColumns } from "../../../src/engine";
import { type Column, salesSpans } from "../../../src/engine/salesSpans";

const AS_OF = new Date(Date.UTC(2025, 10, 30));

/** The spans of a sheet with these headers and rows, as the reader works them out. */
function spans(headers: string[], rows: Cell[][] = [["甲", 100, 90]]) {
  const values: Cell[][] = [headers, ...rows];
  const header = detectColumns(values);
  const columnAt = (index: number): Column => ({
    index,
    letter: columnLetter(index),
    header: String(headers[index] ?? ""),
  });
  const at = (i: number | undefined) => (i === undefined ? undefined : columnAt(i));
  return salesSpans(
    header,
    values,
    header.headerRow + header.headerRows,
    AS_OF,
    at(header.mapping.revenue),
    at(header.mapping.priorRevenue),
    columnAt,
    () => 1,
  );
}

describe("salesSpans", () => {
  it.each([
    // [headers, months this year, last year's, prorate, to date, incomparable]
    [["经销商名称", "年销售额", "去年销售额"], 12, 12, 1, false, false],
    [["经销商名称", "2025年1-10月销售额", "2024年销售额"], 10, 12, 10 / 12, false, false],
    // 同期: last year's same months, nothing to prorate.
    [["经销商名称", "2025年1-10月销售额", "去年同期销售额"], 10, 10, 1, false, false],
    // To date without its months against a whole year: no proration can be right.
    [["经销商名称", "本年累计销售额", "上年销售额"], 12, 12, 1, true, true],
    // Last year's to date beside this year's: the same span.
    [["Distributor", "YTD Sales", "Prior YTD Sales"], 12, 12, 1, true, false],
    // A year before the run's, however cumulated, is a whole year.
    [["经销商名称", "2024年累计销售额", "2023年销售额"], 12, 12, 1, false, false],
  ])("%j: %d months against %d", (headers, months, priorMonths, prorate, toDate, incomparable) => {
    const s = spans(headers as string[]);
    expect([s.salesMonths, s.priorMonths, s.salesToDate, s.incomparable]).toEqual([
      months,
      priorMonths,
      toDate,
      incomparable,
    ]);
    expect(s.prorate).toBeCloseTo(prorate as number, 12);
  });

  it("compares no goods with money, and sums the months filled so far", () => {
    const goods = spans(["经销商名称", "本年销量（吨）", "去年销售额（万元）"]);
    expect([goods.otherMeasure, goods.incomparable]).toEqual([true, true]);
    const months = spans(
      ["经销商名称", "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
      [
        ["甲", 10, 12, null],
        ["乙", 8, null, 9],
      ],
    );
    // Months no row has filled yet are still to come: the sales are of January to March.
    expect(months.revenueParts?.map((p) => p.header)).toEqual(["1月", "2月", "3月"]);
    expect(months.reported?.to).toBe(3);
    expect(months.reported?.parts.map((p) => p.header)).toEqual(["1月", "2月", "3月"]);
    expect(months.salesMonths).toBe(3);
  });
});
