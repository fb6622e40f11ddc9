import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import type { RemovalPlan } from "../../../src/workbook";
import { criteriaFate, untierDataSheet, untierTable } from "../../../src/xlsx/untierSheet";
import { type DeflatedPart, type ZipEntry, readZip, writeZip } from "../../../src/xlsx/zip";

/** Ours in C and D (0-based 2, 3), header on row 1, rows to 4. */
const PLAN: RemovalPlan = {
  sheetName: "S",
  headerRow: 0,
  lastRow: 3,
  columns: [
    { key: "tier", header: "Tier", column: 2 },
    { key: "note", header: "Strategy Note", column: 3 },
  ],
  sheets: [],
};

const inflated = (part: DeflatedPart): string => inflateRawSync(Buffer.concat(part.chunks)).toString("utf8");

let work = "";
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "ct-untier-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function entryOf(xml: string): Promise<ZipEntry> {
  const file = path.join(work, `${Math.random().toString(36).slice(2)}.zip`);
  await writeZip(file, [{ name: "xl/worksheets/sheet1.xml", data: Buffer.from(xml) }]);
  return readZip(readFileSync(file))[0] as ZipEntry;
}

const sheet = (head: string, rows: string, tail: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${head}<sheetData>${rows}</sheetData>${tail}</worksheet>`;

describe("a data sheet taken back", () => {
  it("loses our cells, widths, colours, the freeze and filter a run added, and the heights our text gave", async () => {
    const head =
      '<dimension ref="A1:D4"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
      '<cols><col min="1" max="1" width="20" customWidth="1"/><col min="3" max="4" width="30" customWidth="1" style="2"/></cols>';
    const rows =
      '<row r="1" spans="1:4"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="B1"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Tier</t></is></c><c r="D1" t="inlineStr"><is><t>Strategy Note</t></is></c></row>' +
      // Our height (45, what the last run's note gave), and the user's own (20) on the next row.
      '<row r="2" ht="45" customHeight="1"><c r="A2" t="inlineStr"><is><t>North</t></is></c><c r="C2" t="inlineStr"><is><t>Key account</t></is></c><c r="D2" t="inlineStr"><is><t>long</t></is></c></row>' +
      // Cells without `r`: the one after ours gets its place written.
      '<row r="3" ht="20" customHeight="1"><c><v>3</v></c><c><v>4</v></c><c t="inlineStr"><is><t>Prospect</t></is></c><c t="inlineStr"><is><t>x</t></is></c><c><v>5</v></c></row>' +
      // A row only our cells made.
      '<row r="4"><c r="C4" t="inlineStr"><is><t>Ordinary customer</t></is></c></row>';
    const tail =
      '<autoFilter ref="A1:D4"/><conditionalFormatting sqref="C2:C4"><cfRule type="cellIs" dxfId="0" priority="1" operator="equal"><formula>"Key account"</formula></cfRule></conditionalFormatting>' +
      '<conditionalFormatting sqref="A2:D4"><cfRule type="expression" dxfId="1" priority="2"><formula>TRUE</formula></cfRule></conditionalFormatting>';
    const entry = await entryOf(sheet(head, rows, tail));
    const result = await untierDataSheet(entry, {
      plan: PLAN,
      added: { freeze: true, filter: true },
      ownHeights: { first: 1, heights: new Float32Array([45, 0, 0]) },
    });
    expect([result.filter, result.unfroze]).toEqual([null, true]);
    const xml = inflated(result.part);
    expect(xml).toBe(
      sheet(
        '<dimension ref="A1:B4"/><sheetViews><sheetView workbookViewId="0"></sheetView></sheetViews>' +
          '<cols><col min="1" max="1" width="20" customWidth="1"/><col min="3" max="3" style="2"/><col min="4" max="4" style="2"/></cols>',
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="B1"><v>1</v></c></row>' +
          '<row r="2"><c r="A2" t="inlineStr"><is><t>North</t></is></c></row>' +
          // 20 was not what the last run gave row 3 (0): the user's, kept.
          '<row r="3" ht="20" customHeight="1"><c r="A3"><v>3</v></c><c r="B3"><v>4</v></c><c r="E3"><v>5</v></c></row>',
        '<conditionalFormatting sqref="A2:D4"><cfRule type="expression" dxfId="1" priority="2"><formula>TRUE</formula></cfRule></conditionalFormatting>',
      ),
    );
  });

  it("gives the rows our text grew the height the user had set every data row to (SavedSettings.output.rowHeight)", async () => {
    const rows =
      '<row r="1" ht="18" customHeight="1"><c r="A1"><v>1</v></c></row>' +
      '<row r="2" ht="45" customHeight="1"><c r="A2"><v>2</v></c></row>' +
      '<row r="3" ht="18" customHeight="1"><c r="A3"><v>3</v></c></row>' +
      '<row r="4" ht="30" customHeight="1"><c r="A4"><v>4</v></c></row>';
    const patch = {
      plan: PLAN,
      added: undefined,
      ownHeights: { first: 1, heights: new Float32Array([45, 0, 0]) },
    };
    const given = inflated(
      (await untierDataSheet(await entryOf(sheet("", rows, "")), { ...patch, handHeight: 18 })).part,
    );
    expect(given).toContain('<row r="2" ht="18" customHeight="1">');
    // Row 4's 30 was not the last run's: the user's own, kept.
    expect(given).toContain('<row r="4" ht="30" customHeight="1">');
    // No height saved: the sheet's own, as before.
    const none = inflated((await untierDataSheet(await entryOf(sheet("", rows, "")), patch)).part);
    expect(none).toContain('<row r="2"><c r="A2">');
  });

  it("narrows a filter of the user's widened over ours (their criteria with it, ours gone), and leaves a freeze of theirs", async () => {
    const head =
      '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
    const rows = '<row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>2</v></c></row>';
    const widened = await untierDataSheet(await entryOf(sheet(head, rows, '<autoFilter ref="A1:D9"/>')), {
      plan: PLAN,
      added: undefined,
    });
    expect([widened.filter, widened.unfroze]).toEqual(["A1:B9", false]);
    expect(inflated(widened.part)).toContain('<autoFilter ref="A1:B9"/><');
    expect(inflated(widened.part)).toContain("<pane ");
    // Filtering on the user's Name and on our Tier: ours goes with the column, theirs stays, narrowed
    // (its rows as they were: which rows it hides is Excel's to work out).
    const theirs = '<filterColumn colId="0"><filters><filter val="North"/></filters></filterColumn>';
    const filtering = `<autoFilter ref="A1:D9">${theirs}<filterColumn colId="2"><filters><filter val="Key account"/></filters></filterColumn></autoFilter>`;
    const hiddenRow = '<row r="2" hidden="1"><c r="A2"><v>5</v></c></row>';
    const kept = await untierDataSheet(await entryOf(sheet("", rows + hiddenRow, filtering)), {
      plan: PLAN,
      added: { filter: true },
    });
    expect(kept.filter).toBe("A1:B9");
    expect(inflated(kept.part)).toContain(`<autoFilter ref="A1:B9">${theirs}</autoFilter>`);
    expect(inflated(kept.part)).toContain(hiddenRow);
  });
});

describe("the table holding our columns", () => {
  const table = (ref: string, columns: string[]): string =>
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Dealers" displayName="Dealers" ref="${ref}"><autoFilter ref="${ref}"><filterColumn colId="3"><filters><filter val="x"/></filters></filterColumn></autoFilter><tableColumns count="${columns.length}">${columns.map((c, k) => `<tableColumn id="${k + 1}" name="${c}"/>`).join("")}</tableColumns></table>`;

  it("shrinks back to the user's columns, our filter buttons' settings with ours (the rows they alone hid shown)", () => {
    expect(untierTable(table("A1:D4", ["Name", "Sales", "Tier", "Strategy Note"]), PLAN)).toEqual({
      kind: "shrunk",
      showRows: { from: 1, to: 3 },
      xml: '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Dealers" displayName="Dealers" ref="A1:B4"><autoFilter ref="A1:B4"></autoFilter><tableColumns count="2"><tableColumn id="1" name="Name"/><tableColumn id="2" name="Sales"/></tableColumns></table>',
    });
  });

  it("says so where the user's own columns follow ours (they would be cut off), and leaves a table without ours", () => {
    expect(untierTable(table("A1:E4", ["Name", "Sales", "Tier", "Strategy Note", "Mine"]), PLAN)).toEqual({
      kind: "columnsAfterOurs",
      table: "Dealers",
      headers: ["Tier", "Strategy Note"],
    });
    expect(untierTable(table("A1:B4", ["Name", "Sales"]), PLAN)).toBeNull();
  });
});

describe("what taking our columns back does to a filter's rows", () => {
  const ours = (colId: number): boolean => colId >= 2;
  it.each([
    [[2], "shown"],
    [[2, 3], "shown"],
    [[0, 2], "left"],
    [[0], undefined],
    [[], undefined],
  ] as const)("criteria on %j: %s", (criteria, fate) => {
    expect(criteriaFate(criteria, ours)).toBe(fate);
  });
});
