/**
 * The heights rows were set to by hand: read with the values (SheetTable.rowHeights, as runs), the one
 * every data row shares (handRowHeight), saved by a run (SavedSettings.output.rowHeight); given back
 * when the tiering is taken back in untierSheet.test.ts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SETTINGS_FORMAT, handRowHeight, parseSettings, settingsAfterWrite } from "../../../src/workbook";
import { openPackage } from "../../../src/xlsx/xlsxPackage";
import { cellContext, readSheet } from "../../../src/xlsx/readSheet";
import { customRowHeight } from "../../../src/xlsx/sheetXml";
import { writeZip } from "../../../src/xlsx/zip";
import { earlierRunOn, en } from "../../helpers/sheet";

let work = "";
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "ct-heights-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const sheetXml = (rows: string, head = ""): string =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}">${head}<sheetData>${rows}</sheetData></worksheet>`;

/** A one-sheet package of `rows` (the sheet's <row> elements). */
async function book(rows: string, head = ""): Promise<string> {
  const file = path.join(work, `${Math.random().toString(36).slice(2)}.xlsx`);
  const text = (s: string) => Buffer.from(s, "utf8");
  await writeZip(file, [
    {
      name: "[Content_Types].xml",
      data: text(
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      ),
    },
    {
      name: "_rels/.rels",
      data: text(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: "xl/workbook.xml",
      data: text(
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: text(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    { name: "xl/worksheets/sheet1.xml", data: text(sheetXml(rows, head)) },
  ]);
  return file;
}

const row = (r: number, attributes = ""): string =>
  `<row r="${r}"${attributes}><c r="A${r}"><v>${r}</v></c></row>`;

async function runsOf(rows: string, head = "") {
  const pkg = await openPackage(await book(rows, head));
  return (await readSheet(pkg, pkg.sheets[0]!, cellContext(pkg))).rowHeights;
}

describe("heights set by hand", () => {
  it("reads a row's height only where it is set by hand (customHeight), in points", () => {
    expect(customRowHeight('<row r="4" ht="18" customHeight="1">')).toBe(18);
    expect(customRowHeight("<row r='4' customHeight='true' ht='20.25'>")).toBe(20.25);
    // A height Excel fitted to the text is no one's choice; none, or nonsense, is none.
    expect(customRowHeight('<row r="4" ht="30">')).toBeNaN();
    expect(customRowHeight('<row r="4" customHeight="1">')).toBeNaN();
    expect(customRowHeight('<row r="4" ht="0" customHeight="1">')).toBeNaN();
    expect(customRowHeight('<row r="4" ht="x" customHeight="1"><c/></row>')).toBeNaN();
  });

  it("are read with the values, as runs from row 0; a row the XML leaves out keeps the sheet's height", async () => {
    const set = ' ht="18" customHeight="1"';
    expect(await runsOf(row(1) + row(2) + row(3))).toBeUndefined();
    expect(
      await runsOf(row(1, ' ht="30" customHeight="1"') + row(2, set) + row(3, set) + row(5, set)),
    ).toEqual([
      { row: 0, height: 30 },
      { row: 1, height: 18 },
      // Row 4 is not in the XML: the sheet's own height.
      { row: 3, height: Number.NaN },
      { row: 4, height: 18 },
    ]);
    // Every row set alike (a Google Sheets export): one run.
    expect(await runsOf(row(1, set) + row(2, set) + row(3, set))).toEqual([{ row: 0, height: 18 }]);
    // Set to the sheet's standard height (its defaultRowHeight): at the standard height, as the add-in's
    // RangeFormat.useStandardHeight reads it there; nothing to give back.
    expect(await runsOf(row(1, set) + row(2, set), '<sheetFormatPr defaultRowHeight="18"/>')).toBeUndefined();
    // The first rows left out, a title at its own height: NaN first.
    expect(await runsOf(row(3, ' ht="24" customHeight="1"') + row(4, set))).toEqual([
      { row: 0, height: Number.NaN },
      { row: 2, height: 24 },
      { row: 3, height: 18 },
    ]);
  });

  it("are one height for the data rows where every one is set to it, those our last run grew left out", () => {
    const runs = [
      { row: 0, height: 30 },
      { row: 1, height: 18 },
      { row: 3, height: Number.NaN },
      { row: 4, height: 18 },
    ];
    expect(handRowHeight(runs, 1, 2)).toBe(18);
    // A row at the sheet's own height, or a title of another height among them: none.
    expect(handRowHeight(runs, 1, 4)).toBeUndefined();
    expect(handRowHeight(runs, 0, 2)).toBeUndefined();
    expect(handRowHeight(runs, 4, 40)).toBe(18);
    expect(handRowHeight(runs, 5, 4)).toBeUndefined();
    // Rows our last run grew (45: what its text gives them) are its own, not the user's.
    const grown = [
      { row: 0, height: 18 },
      { row: 2, height: 45 },
      { row: 3, height: 18 },
    ];
    const ours = { first: 1, heights: new Float32Array([0, 45, 0]) };
    expect(handRowHeight(grown, 1, 3)).toBeUndefined();
    expect(handRowHeight(grown, 1, 3, ours)).toBe(18);
    // Every row grown by the last run (all 45, alike): none of them the user's; nothing found.
    expect(
      handRowHeight([{ row: 0, height: 45 }], 1, 3, { first: 1, heights: new Float32Array([45, 45, 45]) }),
    ).toBeUndefined();
  });

  it("are saved with the run's settings, kept by a re-run that finds none, and read back checked", () => {
    const saved = earlierRunOn("Dealers");
    const first = settingsAfterWrite(saved, {
      froze: false,
      filtered: false,
      hasFreeze: false,
      hasFilter: false,
      rowHeight: 18,
    });
    expect(first.output.rowHeight).toBe(18);
    // A re-run that finds no one height (its own grew some rows) keeps the one saved; a new one wins.
    expect(
      settingsAfterWrite(first, { froze: false, filtered: false, hasFreeze: false, hasFilter: false }).output
        .rowHeight,
    ).toBe(18);
    expect(
      settingsAfterWrite(first, {
        froze: false,
        filtered: false,
        hasFreeze: false,
        hasFilter: false,
        rowHeight: 22.5,
      }).output.rowHeight,
    ).toBe(22.5);
    const read = (rowHeight: unknown) =>
      parseSettings(
        [JSON.stringify({ ...first, format: SETTINGS_FORMAT, output: { ...first.output, rowHeight } })],
        en,
      ).settings?.output.rowHeight;
    expect(read(18)).toBe(18);
    // Excel's rows are at most 409 points; anything else saved is no height.
    for (const bad of [0, -3, 410, "18", null, Number.NaN]) expect(read(bad)).toBeUndefined();
  });
});
