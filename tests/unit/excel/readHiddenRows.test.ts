import { isSkippableAdvice, readTarget } from "../../../src/excel";
import { readHiddenRows, rowOfAddress } from "../../../src/excel/readHiddenRows";
import type { Language } from "../../../src/engine";
import { getMessages } from "../../../src/i18n";
import { FakeWorkbook, asExcelContext } from "../../fakes/fakeExcel";

type Failure = { sync: number; code: string };

/**
 * Dealers, with row 2 hidden, another sheet of the same list or B's revenue merged over C's as asked:
 * readTarget reads each of those last, as advice.
 */
function book(hide: boolean, other: boolean, merge: boolean, failAtSync?: Failure): FakeWorkbook {
  const wb = new FakeWorkbook(failAtSync ? { failAtSync } : {});
  const rows = [
    ["Distributor", "Revenue"],
    ["A", 3],
    ["B", 2],
    ["C", 1],
  ];
  const sheet = wb.addSheet("Dealers").fill(rows);
  if (hide) sheet.hiddenRows.add(2);
  // The revenue of B merged down over C: C reads as 2, as the CLI reads it.
  if (merge) {
    sheet.merged.push({ row: 2, column: 1, rows: 2, columns: 1 });
    sheet.cells[3]![1] = undefined;
  }
  if (other) wb.addSheet("East").fill(rows);
  return wb;
}

const read = (wb: FakeWorkbook, language: Language = "en-US") =>
  readTarget(asExcelContext(wb.context()), {
    useSelection: false,
    messages: getMessages(language).excel,
    supports: wb.supports,
  });

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

  it.each([
    ["the hidden rows", true, false, false],
    ["the other sheets' tops", false, true, false],
    ["the merged areas", false, false, true],
  ])(
    "leaves %s out where Office refuses their read, and stops the run where the session ended",
    async (_what, hide, other, merge) => {
      const whole = book(hide, other, merge);
      const table = await read(whole);
      expect([table.hiddenRows, table.otherSheets?.length ?? 0, table.mergedAreas?.length ?? 0]).toEqual([
        hide ? [2] : undefined,
        other ? 1 : 0,
        merge ? 1 : 0,
      ]);
      expect(table.values[3]?.[1]).toBe(merge ? 2 : 1);
      // Each case's advice is read last: its last sync is the whole read's last.
      const last = whole.syncs;
      const refused = await read(book(hide, other, merge, { sync: last, code: "ApiNotFound" }));
      expect([refused.hiddenRows, refused.otherSheets, refused.mergedAreas]).toEqual([undefined, [], []]);
      expect(refused.values.slice(0, 3)).toEqual(table.values.slice(0, 3));
      for (const language of ["en-US", "zh-CN"] as const) {
        const ended = read(
          book(hide, other, merge, { sync: last, code: "InvalidOrTimedOutSession" }),
          language,
        );
        await expect(ended).rejects.toMatchObject({
          name: "OfficeApiError",
          problem: "session",
          message: getMessages(language).excel.sessionExpired,
        });
      }
    },
  );

  it.each([
    [{ code: "ApiNotFound" }, true],
    [{ code: "GeneralException" }, true],
    [{ code: "InvalidOrTimedOutSession" }, false],
    [{ code: "InvalidOperationInCellEditMode" }, false],
    [{ code: "ActivityLimitReached" }, false],
    [new TypeError("Cannot read properties of undefined"), false],
    ["a string", false],
  ])("skips the advice after %j: %j", (error, skip) => {
    expect(isSkippableAdvice(error)).toBe(skip);
  });
});
