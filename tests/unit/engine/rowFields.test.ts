import type { Cell, Finding } from "../../../src/engine";
import {
  type FieldContext,
  readLastVisit,
  readTenure,
  type TenureColumn,
  type VisitColumn,
} from "../../../src/engine/rowFields";
import { en } from "../../helpers/sheet";

const AS_OF = new Date(Date.UTC(2025, 10, 30));
const TODAY = Date.UTC(2025, 10, 30);

/** A context that keeps what it is told. */
function context(): FieldContext & { said: Finding["code"][] } {
  const said: Finding["code"][] = [];
  return { asOf: AS_OF, today: TODAY, date1904: false, f: en.finding, say: (code) => said.push(code), said };
}

const tenure = (over: Partial<TenureColumn> = {}): TenureColumn => ({
  index: 0,
  letter: "A",
  header: "合作年限",
  isDate: false,
  dateHeader: false,
  order: undefined,
  ...over,
});

describe("readTenure", () => {
  it.each<[string, Cell, Partial<TenureColumn>, number | null, Finding["code"][]]>([
    ["years as a number", 5, {}, 5, []],
    ["years as text", "3年", {}, 3, []],
    ["a blank", null, {}, null, []],
    [
      "a start date (a serial under a start's header)",
      44_166,
      { header: "合作起始日期", dateHeader: true },
      4,
      [],
    ],
    [
      "a start after today",
      "2026-05-01",
      { header: "合作起始日期", dateHeader: true },
      null,
      ["value.futureStart"],
    ],
    ["months typed as years (120)", 120, {}, null, ["value.implausible"]],
    ["text that is no length", "很久", {}, null, ["value.notADate"]],
  ])("%s", (_, cell, over, years, said) => {
    const x = context();
    const got = readTenure(cell, tenure(over), 7, x);
    if (years === null) expect(got).toBeNull();
    else expect(Math.floor(got ?? -1)).toBe(years);
    expect(x.said).toEqual(said);
  });
});

const visit = (over: Partial<VisitColumn> = {}): VisitColumn => ({
  index: 0,
  letter: "A",
  header: "最近拜访日期",
  inDays: false,
  order: undefined,
  ...over,
});

describe("readLastVisit", () => {
  it.each<[string, Cell, Partial<VisitColumn>, number, Finding["code"][]]>([
    ["a date", "2025-10-21", {}, Date.UTC(2025, 9, 21), []],
    ["a count of days since", 30, { header: "距上次拜访天数", inDays: true }, TODAY - 30 * 86_400_000, []],
    ["a visit after today", "2026-10-01", {}, Number.NaN, ["value.futureVisit"]],
    ["a small number read as a serial (1900)", 45, {}, Number.NaN, ["value.notADate"]],
    ["day and month either way", "10/2/2025", {}, Number.NaN, ["value.notADate"]],
    ["days that are no count", "很久", { inDays: true }, Number.NaN, ["value.notADate"]],
    ["a blank", null, {}, Number.NaN, []],
  ])("%s", (_, cell, over, day, said) => {
    const x = context();
    expect(readLastVisit(cell, visit(over), 7, x)).toBe(day);
    expect(x.said).toEqual(said);
  });

  it("reads day and month in the order the column shows", () => {
    const x = context();
    expect(readLastVisit("10/2/2025", visit({ order: "dmy" }), 7, x)).toBe(Date.UTC(2025, 1, 10));
    expect(readLastVisit("10/2/2025", visit({ order: "mdy" }), 7, x)).toBe(Date.UTC(2025, 9, 2));
    expect(x.said).toEqual([]);
  });
});
