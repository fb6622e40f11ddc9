import {
  narrowedPrintArea,
  printAreaReachesOurs,
  tableRows,
  widenedPrintArea,
  withoutSheetNames,
} from "../../../src/workbook";

/** Our columns H to R (0-based 7 to 17), as a run beside a ledger of A to G writes them. */
const OURS = Array.from({ length: 11 }, (_, k) => ({ column: 7 + k }));
/** The ledger's rows, 0-based: its header on row 1, 40 accounts under it. */
const TABLE = { top: 0, bottom: 40 };

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
    expect(widenedPrintArea(area, TABLE, OURS)).toBe(wider);
  });

  it.each([
    // Above the table (a title block), or below it (a summary the planner prints on its own).
    "'经销商'!$A$1:$G$2",
    "'经销商'!$A$45:$G$60",
    // Some columns of the user's only, short of ours: the planner prints the names and the sales.
    "'经销商'!$A$1:$C$41",
    // Covering ours already, or beyond them.
    "'经销商'!$A$1:$R$41",
    "'经销商'!$A$1:$Z$41",
    // Starting within ours, a single cell, rows only, a name we do not read.
    "'经销商'!$H$1:$K$41",
    "'经销商'!$A$1",
    "'经销商'!$1:$41",
    "Prices",
    "",
  ])("leaves %s as it is", (area) => {
    // The table from row 3 (its header) to row 43.
    expect(widenedPrintArea(area, { top: 2, bottom: 42 }, OURS)).toBeNull();
  });

  it("widens an area over the data rows alone (the header printed as a title row), or some of them", () => {
    const table = { top: 2, bottom: 42 };
    expect(widenedPrintArea("$A$3:$G$43", table, OURS)).toBe("$A$3:$R$43");
    expect(widenedPrintArea("$A$4:$G$43", table, OURS)).toBe("$A$4:$R$43");
    expect(widenedPrintArea("$A$10:$G$20", table, OURS)).toBe("$A$10:$R$20");
    expect(widenedPrintArea("$A$1:$G$3", table, OURS)).toBe("$A$1:$R$3");
    expect(widenedPrintArea("$A$1:$G$43", table, [])).toBeNull();
  });

  it("takes the table's rows from a plan: its header to its last data row", () => {
    expect(tableRows({ headerRow: 2, firstRow: 3, rowCount: 300 })).toEqual({ top: 2, bottom: 302 });
    expect(tableRows({ headerRow: 0, firstRow: 1, rowCount: 0 })).toEqual({ top: 0, bottom: 0 });
  });

  it("takes our columns off again, and only an area that reaches into them from the user's", () => {
    expect(narrowedPrintArea("'经销商'!$A$1:$R$41", OURS)).toBe("'经销商'!$A$1:$G$41");
    expect(narrowedPrintArea("$A:$M", OURS)).toBe("$A:$G");
    expect(narrowedPrintArea("Sheet1!A1:R41, Sheet1!T1:U3", OURS)).toBe("Sheet1!A1:G41, Sheet1!T1:U3");
    for (const kept of ["'经销商'!$A$1:$G$41", "'经销商'!$A$1:$Z$41", "'经销商'!$I$1:$K$4"])
      expect(narrowedPrintArea(kept, OURS)).toBeNull();
    // Widened, then narrowed: the user's own again.
    const own = "'经销商'!$A$1:$G$41,'经销商'!$A$50:$C$60";
    expect(narrowedPrintArea(widenedPrintArea(own, TABLE, OURS)!, OURS)).toBe(own);
  });

  it("says whether a print area reaches into ours, and gives the blocks without sheet names", () => {
    expect(printAreaReachesOurs("'经销商'!$A$1:$R$41", OURS)).toBe(true);
    expect(printAreaReachesOurs("'经销商'!$A$1:$G$41", OURS)).toBe(false);
    expect(printAreaReachesOurs("", OURS)).toBe(false);
    expect(withoutSheetNames("Sheet1!A1:R41, 'North, East'!T1:U3")).toBe("A1:R41, T1:U3");
  });
});
