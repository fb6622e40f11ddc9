import { type Cell, detectColumns } from "../../../src/engine";
import { columnUnits } from "../../../src/engine/columnUnits";
import type { Column } from "../../../src/engine/salesSpans";

/** The units of a sheet with these headers, rows and number formats (by column). */
function units(values: Cell[][], formats: (string | undefined)[] = []) {
  const header = detectColumns(values);
  const at = (i: number | undefined): Column | undefined =>
    i === undefined ? undefined : { index: i, letter: "", header: String(values[header.headerRow]?.[i]) };
  return {
    header,
    at,
    u: columnUnits(header, values, header.headerRow + 1, formats, at(header.mapping.revenue)),
  };
}

describe("columnUnits", () => {
  it.each([
    [["经销商名称", "年销售额（万元）"], [], 10_000],
    [["Distributor", "Revenue ($K)"], [], 1_000],
    // A number format that shows the cells scaled: they hold the whole amount.
    [["经销商名称", "年销售额（万元）"], [undefined, '0!.0,"万"'], 1],
    // A number format's own unit, where the header states none.
    [["经销商名称", "年销售额"], [undefined, '#,##0"万元"'], 10_000],
    [["经销商名称", "年销售额"], [], 1],
  ])("%j with formats %j: the sales read times %d", (headers, formats, expected) => {
    const { u } = units([headers, ["甲", 12]], formats);
    expect(u.unitOf("revenue")).toBe(expected);
  });

  it("reads a money column without a unit in the sales' where its figures are of their order", () => {
    const rows: Cell[][] = [["经销商名称", "年销售额（万元）", "去年销售额"]];
    for (let i = 0; i < 20; i++) rows.push([`甲${i}`, 100 + i, 90 + i]);
    const { u, at, header } = units(rows);
    const prior = at(header.mapping.priorRevenue);
    expect(u.inheritsUnit(prior, "priorRevenue")).toBe(true);
    expect(u.unitBeside(prior, "priorRevenue")).toBe(10_000);
    expect(u.inSalesUnit.map((c) => c.header)).toEqual(["去年销售额"]);
    // In yuan (figures 10,000 times the sales'): its own unit, 1.
    const yuan = rows.map((r, i) => (i === 0 ? r : [r[0], r[1], (r[2] as number) * 10_000]));
    const other = units(yuan);
    const priorYuan = other.at(other.header.mapping.priorRevenue);
    expect(other.u.unitBeside(priorYuan, "priorRevenue")).toBe(1);
    expect(other.u.inSalesUnit).toEqual([]);
  });
});
