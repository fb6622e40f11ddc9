import { readHiddenRows, rowOfAddress } from "../../../src/excel/readHiddenRows";
import { FakeWorkbook, asExcelContext } from "../../fakes/fakeExcel";

describe("readHiddenRows", () => {
  it("reads a long range in parts: a part with none hidden, a mixed one through its visible rows, one all hidden", async () => {
    const wb = new FakeWorkbook();
    const rows = 200_000;
    const sheet = wb.addSheet("S").fill(Array.from({ length: rows }, (_, i) => [`Dealer ${i}`]));
    // A part holds some 111,000 rows (3 MB of addresses of 27 bytes): the first all shown but one row,
    // then the second part all hidden, from 111,111 on.
    sheet.hiddenRows.add(7);
    for (let r = 111_111; r < rows; r++) sheet.hiddenRows.add(r);
    const ctx = wb.context();
    const box = { rowIndex: 0, columnIndex: 0, rowCount: rows };
    const ws = ctx.workbook.worksheets.getItem("S");
    ws.load("name");
    await ctx.sync();
    const read = await readHiddenRows(asExcelContext(ctx), ws as unknown as Excel.Worksheet, box, null);
    expect(read.rows).toEqual([7, ...Array.from({ length: 88_889 }, (_, i) => 111_111 + i)]);
    // One sync for the parts' flags, one for the mixed part's addresses; the all-hidden part needs none.
    expect(read.syncs).toBe(2);
    expect(await readHiddenRows(asExcelContext(ctx), ws as unknown as Excel.Worksheet, box, false)).toEqual({
      rows: undefined,
      syncs: 0,
    });
    expect(
      (
        await readHiddenRows(
          asExcelContext(ctx),
          ws as unknown as Excel.Worksheet,
          { ...box, rowCount: 3 },
          true,
        )
      ).rows,
    ).toEqual([0, 1, 2]);
  });

  it.each([
    ["Sheet1!A12", 12],
    ["'华东 2025'!$A$12", 12],
    ["'It''s!'!B7", 7],
    ["A3", 3],
    [42, undefined],
  ])("reads the row of the address %j as %j", (address, row) => {
    expect(rowOfAddress(address)).toBe(row);
  });
});
