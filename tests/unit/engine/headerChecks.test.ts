import { type Cell, detectColumns } from "../../../src/engine";
import { checkHeader } from "../../../src/engine/headerChecks";
import { en } from "../../helpers/sheet";

/** The header checks of a sheet, as the run makes them before reading a row. */
const check = (values: Cell[][], calculated = true) =>
  checkHeader({
    header: detectColumns(values),
    values,
    origin: { row: 0, column: 0 },
    messages: en,
    grid: { calculated },
  });

describe("checkHeader", () => {
  it.each<[string, Cell[][], boolean, string[]]>([
    ["an empty sheet", [[null], []], true, ["sheet.empty"]],
    [
      "no header",
      [
        ["x", 1],
        ["y", 2],
      ],
      true,
      ["header.notFound"],
    ],
    [
      "a header with nothing under it",
      [["Distributor", "Revenue"], [], [null, null]],
      true,
      ["sheet.noRows"],
    ],
    [
      "a sheet to tier",
      [
        ["Distributor", "Revenue"],
        ["A", 1],
      ],
      false,
      [],
    ],
    [
      "no sales column",
      [
        ["Distributor", "Region"],
        ["A", "East"],
      ],
      false,
      ["header.noRevenue"],
    ],
    [
      "a second table beside the first",
      [
        ["Distributor", "Revenue", null, "Distributor", "Revenue"],
        ["A", 1, null, "B", 2],
      ],
      false,
      ["header.secondTable"],
    ],
  ])("%s", (_, values, stop, codes) => {
    const c = check(values);
    expect(c.stop).toBe(stop);
    expect(c.findings.map((f) => f.code)).toEqual(codes);
  });

  it("stops on formulas saved without their results, each column said with its row", () => {
    const c = check(
      [
        ["Distributor", "Revenue"],
        ["A", { formula: "=B3*2" } as unknown as Cell],
      ],
      false,
    );
    expect(c.stop).toBe(true);
    expect(c.findings.map((f) => [f.code, f.row, f.column])).toEqual([["value.uncalculated", 2, "B"]]);
  });
});
