import { byKind, findingsToList } from "../../../src/engine";
import type { Finding } from "../../../src/engine";

const f = (code: Finding["code"], severity: Finding["severity"], row: number): Finding => ({
  code,
  severity,
  row,
  message: `${code} ${row}`,
});

describe("the findings the terminal lists first", () => {
  it("are one of each kind before a second of any, warnings before notes, every finding kept once", () => {
    const findings = [
      f("status.prospectWithSales", "warning", 2),
      f("status.prospectWithSales", "warning", 3),
      f("row.total", "info", 4),
      f("status.prospectWithSales", "warning", 5),
      f("owner.missingForKey", "warning", 9),
      f("value.notANumber", "warning", 7),
      f("owner.missingForKey", "warning", 12),
    ];
    expect(byKind(findings).map((x) => x.message)).toEqual([
      "status.prospectWithSales 2",
      "owner.missingForKey 9",
      "value.notANumber 7",
      "status.prospectWithSales 3",
      "owner.missingForKey 12",
      "status.prospectWithSales 5",
      "row.total 4",
    ]);
    expect(byKind([])).toEqual([]);
  });

  it("are listed top to bottom within each severity once chosen", () => {
    const findings = [
      f("value.notANumber", "warning", 5),
      f("value.notANumber", "warning", 6),
      f("value.negative", "warning", 9),
      f("row.total", "info", 3),
      f("value.notANumber", "warning", 11),
    ];
    expect(findingsToList(findings, 5).map((x) => x.message)).toEqual([
      "value.notANumber 5",
      "value.notANumber 6",
      "value.negative 9",
      "value.notANumber 11",
      "row.total 3",
    ]);
    // Three of five: the warnings before the note, one of each kind before a second of any.
    expect(findingsToList(findings, 3).map((x) => x.message)).toEqual([
      "value.notANumber 5",
      "value.notANumber 6",
      "value.negative 9",
    ]);
    expect(findingsToList(findings, 2).map((x) => x.message)).toEqual([
      "value.notANumber 5",
      "value.negative 9",
    ]);
  });
});
