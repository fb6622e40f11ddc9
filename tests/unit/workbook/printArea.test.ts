import {
  narrowedPrintArea,
  printAreaReachesOurs,
  widenedPrintArea,
  withoutSheetNames,
} from "../../../src/workbook";

/** Our columns H to R (0-based 7 to 17), as a run beside a ledger of A to G writes them. */
const OURS = Array.from({ length: 11 }, (_, k) => ({ column: 7 + k }));

describe("the user's print area and our columns", () => {
  it.each([
    // A file's name (openpyxl quotes the sheet, Excel quotes it where it must), whole columns, Excel's
    // RangeAreas.address (a space after each comma).
    ["'经销商'!$A$1:$G$41", "'经销商'!$A$1:$R$41"],
    ["经销商!$A$1:$G$41", "经销商!$A$1:$R$41"],
    ["'My Dealers'!$B$1:$G$41", "'My Dealers'!$B$1:$R$41"],
    ["$A:$G", "$A:$R"],
    ["Sheet1!A1:G41", "Sheet1!A1:R41"],
    // Reaching into ours already (a re-run that writes one column more).
    ["'经销商'!$A$1:$M$41", "'经销商'!$A$1:$R$41"],
    // Only the area over the header: a block below it, or to the right of ours, stays.
    ["'经销商'!$A$1:$G$41,'经销商'!$A$50:$C$60", "'经销商'!$A$1:$R$41,'经销商'!$A$50:$C$60"],
    ["Sheet1!A1:G41, Sheet1!T1:U3", "Sheet1!A1:R41, Sheet1!T1:U3"],
    // A sheet name with a comma in it.
    ["'North, East'!$A$1:$G$9", "'North, East'!$A$1:$R$9"],
  ])("widens %s over our columns to %s", (area, wider) => {
    expect(widenedPrintArea(area, 0, OURS)).toBe(wider);
  });

  it.each([
    // Not on the header row (a page of the data without it; the header row is 3 here).
    ["'经销商'!$A$5:$G$41", 2],
    // Some columns of the user's only, short of ours: the planner prints the names and the sales.
    ["'经销商'!$A$1:$C$41", 0],
    // Covering ours already, or beyond them.
    ["'经销商'!$A$1:$R$41", 0],
    ["'经销商'!$A$1:$Z$41", 0],
    // Starting within ours, a single cell, rows only, a name we do not read.
    ["'经销商'!$H$1:$K$41", 0],
    ["'经销商'!$A$1", 0],
    ["'经销商'!$1:$41", 0],
    ["Prices", 0],
    ["", 0],
  ])("leaves %s as it is (header row %d)", (area, headerRow) => {
    expect(widenedPrintArea(area, headerRow, OURS)).toBeNull();
  });

  it("widens an area holding a header lower down, and none where no column is written", () => {
    expect(widenedPrintArea("$A$3:$G$41", 2, OURS)).toBe("$A$3:$R$41");
    expect(widenedPrintArea("$A$1:$G$41", 2, OURS)).toBe("$A$1:$R$41");
    expect(widenedPrintArea("$A$1:$G$41", 0, [])).toBeNull();
  });

  it("takes our columns off again, and only an area that reaches into them from the user's", () => {
    expect(narrowedPrintArea("'经销商'!$A$1:$R$41", OURS)).toBe("'经销商'!$A$1:$G$41");
    expect(narrowedPrintArea("$A:$M", OURS)).toBe("$A:$G");
    expect(narrowedPrintArea("Sheet1!A1:R41, Sheet1!T1:U3", OURS)).toBe("Sheet1!A1:G41, Sheet1!T1:U3");
    for (const kept of ["'经销商'!$A$1:$G$41", "'经销商'!$A$1:$Z$41", "'经销商'!$I$1:$K$4"])
      expect(narrowedPrintArea(kept, OURS)).toBeNull();
    // Widened, then narrowed: the user's own again.
    const own = "'经销商'!$A$1:$G$41,'经销商'!$A$50:$C$60";
    expect(narrowedPrintArea(widenedPrintArea(own, 0, OURS)!, OURS)).toBe(own);
  });

  it("says whether a print area reaches into ours, and gives the blocks without sheet names", () => {
    expect(printAreaReachesOurs("'经销商'!$A$1:$R$41", OURS)).toBe(true);
    expect(printAreaReachesOurs("'经销商'!$A$1:$G$41", OURS)).toBe(false);
    expect(printAreaReachesOurs("", OURS)).toBe(false);
    expect(withoutSheetNames("Sheet1!A1:R41, 'North, East'!T1:U3")).toBe("A1:R41, T1:U3");
  });
});
