import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cellStyleOf, rowGrids } from "../../../src/xlsx/patchSheet";
import { MINIMAL_STYLES, StyleBook } from "../../../src/xlsx/styleBook";
import { type ZipEntry, readZip, writeZip } from "../../../src/xlsx/zip";

const work = mkdtempSync(path.join(tmpdir(), "ct-patch-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A sheet part holding `rows` (their XML), as the one entry of a package. */
async function part(rows: string, prefix = ""): Promise<ZipEntry> {
  const p = prefix ? `${prefix}:` : "";
  const ns = prefix ? ` xmlns:${prefix}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"` : "";
  const xml = `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet${ns}><${p}sheetData>${rows}</${p}sheetData></${p}worksheet>`;
  const file = path.join(work, `${Math.random().toString(36).slice(2)}.xlsx`);
  await writeZip(file, [{ name: "xl/worksheets/sheet1.xml", data: Buffer.from(xml) }]);
  return readZip(readFileSync(file))[0] as ZipEntry;
}

describe("the format of the header cell our headers take their look from (cellStyleOf)", () => {
  it("is the cell's s, 0 where it writes none, undefined where the cell or the row is not there", async () => {
    const rows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>台账</t></is></c></row>' +
      '<row r="3" spans="1:3"><c r="A3" s="4" t="s"><v>0</v></c><c r="B3" s="7" t="s"><v>1</v></c><c r="C3" t="s"><v>2</v></c></row>' +
      '<row r="4"><c r="A4" s="9"><v>1</v></c></row>';
    const entry = await part(rows);
    expect(await cellStyleOf(entry, 2, 1)).toBe(7);
    expect(await cellStyleOf(entry, 2, 2)).toBe(0);
    expect(await cellStyleOf(entry, 2, 3)).toBeUndefined();
    expect(await cellStyleOf(entry, 1, 0)).toBeUndefined();
    // A prefixed part (Open XML SDK), and a self-closing cell.
    const prefixed = await part('<x:row r="2"><x:c r="B2" s="5"/></x:row>', "x");
    expect(await cellStyleOf(prefixed, 1, 1)).toBe(5);
  });

  it("finds a header row far into the part, across the 64 KB chunks it is read in", async () => {
    // 3 MB of rows above it (a title block kept long), read 64 KB at a time.
    const filler = Array.from(
      { length: 30_000 },
      (_, r) =>
        `<row r="${r + 1}"><c r="A${r + 1}" t="inlineStr"><is><t>${"说".repeat(20)}</t></is></c></row>`,
    ).join("");
    const entry = await part(
      `${filler}<row r="30001"><c r="A30001" s="3"/><c r="D30001" s="12" t="s"><v>0</v></c></row>`,
    );
    expect(await cellStyleOf(entry, 30_000, 3)).toBe(12);
  });

  it("counts rows that carry no r as the readers do: each the one after the last", async () => {
    // Some writers leave out r on rows and cells: the add-in copies the look there, so the CLI must too.
    const entry = await part(
      '<row><c t="inlineStr"><is><t>台账</t></is></c></row><row><c s="4" t="s"><v>0</v></c><c s="6" t="s"><v>1</v></c></row>' +
        '<row r="5"><c s="8"><v>1</v></c></row><row><c s="9"><v>2</v></c></row>',
    );
    expect(await cellStyleOf(entry, 1, 0)).toBe(4);
    expect(await cellStyleOf(entry, 1, 1)).toBe(6);
    expect(await cellStyleOf(entry, 0, 0)).toBe(0);
    expect(await cellStyleOf(entry, 5, 0)).toBe(9);
    expect(await cellStyleOf(entry, 2, 0)).toBeUndefined();
  });
});

describe("the type size of a cell format (StyleBook.fontSizeOf)", () => {
  it("is its font's sz, by the xf's fontId; undefined where the font or its size is not there", () => {
    const book = new StyleBook(
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        '<fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="14"/><color rgb="FFFFFFFF"/></font></fonts>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="1"/></cellStyleXfs>' +
        '<cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="0" fontId="1" applyFont="1"/><xf numFmtId="0" fontId="7"/></cellXfs>' +
        "</styleSheet>",
    );
    expect(book.fontSizeOf(0)).toBe(11);
    expect(book.fontSizeOf(1)).toBe(14);
    expect(book.fontSizeOf(2)).toBeUndefined();
    expect(book.fontSizeOf(9)).toBeUndefined();
  });
});

describe("the workbook's base type size (StyleBook.basePoints)", () => {
  const sheet = (fonts: string): string =>
    `<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${fonts}` +
    '<x:cellXfs count="1"><x:xf numFmtId="0" fontId="0"/></x:cellXfs></x:styleSheet>';

  it("is the first font's size (the Normal style's), prefixed or not", () => {
    expect(
      new StyleBook(
        sheet('<x:fonts count="1"><x:font><x:sz val="14"/><x:name val="Calibri"/></x:font></x:fonts>'),
      ).basePoints,
    ).toBe(14);
    expect(
      new StyleBook(sheet('<x:fonts count="1"><x:font><x:sz val="10.5"/></x:font></x:fonts>')).basePoints,
    ).toBe(10.5);
  });

  it("is 11, Excel's default, where the stylesheet gives none, or one no row could hold", () => {
    for (const fonts of [
      "",
      '<x:fonts count="1"><x:font><x:name val="Arial"/></x:font></x:fonts>',
      '<x:fonts count="1"><x:font><x:sz val="huge"/></x:font></x:fonts>',
      '<x:fonts count="1"><x:font><x:sz val="0"/></x:font></x:fonts>',
      '<x:fonts count="1"><x:font><x:sz val="5000"/></x:font></x:fonts>',
    ])
      expect([fonts, new StyleBook(sheet(fonts)).basePoints]).toEqual([fonts, 11]);
  });
});

describe("a user's grid, carried on over our cells (StyleBook.gridBorderOf, rowGrids)", () => {
  const thin = '<x:color rgb="FF000000"/>';
  const side = (name: string, style = "thin", color = thin): string =>
    `<x:${name} style="${style}">${color}</x:${name}>`;
  const book = new StyleBook(
    '<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<x:fonts count="1"><x:font><x:sz val="11"/></x:font></x:fonts>' +
      '<x:borders count="5"><x:border><x:left/><x:right/><x:top/><x:bottom/><x:diagonal/></x:border>' +
      `<x:border>${side("left")}${side("right")}${side("top")}${side("bottom")}<x:diagonal/></x:border>` +
      `<x:border>${side("left")}${side("right")}${side("top", "double")}${side("bottom")}<x:diagonal/></x:border>` +
      `<x:border>${side("left", "thin", "")}${side("right", "thin", "")}<x:top/>${side("bottom", "thin", "")}</x:border>` +
      `<x:border>${side("start", "medium", "")}${side("end", "medium", "")}${side("top", "medium", "")}${side("bottom", "medium", "")}</x:border></x:borders>` +
      '<x:cellXfs count="6"><x:xf fontId="0" borderId="0"/><x:xf fontId="0" borderId="1"/><x:xf borderId="2"/>' +
      '<x:xf borderId="3"/><x:xf borderId="4"/><x:xf borderId="9"/></x:cellXfs></x:styleSheet>',
  );

  it("is the border of a format whose four sides carry one line; 0 for none, some sides, or sides unlike", () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((xf) => book.gridBorderOf(xf))).toEqual([0, 1, 0, 0, 4, 0, 0]);
  });

  it("gives our format that border, with our number format and wrap", () => {
    const b = new StyleBook(MINIMAL_STYLES);
    const plain = b.xf({ numFmt: "0.0", wrap: true });
    const gridded = b.xf({ numFmt: "0.0", wrap: true }, 1);
    expect(gridded).not.toBe(plain);
    expect(b.xf({ numFmt: "0.0", wrap: true }, 1)).toBe(gridded);
    const cellXfs = /<cellXfs[\s\S]*<\/cellXfs>/.exec(b.toXml())![0];
    const xfs = [...cellXfs.matchAll(/<xf [^>]*>/g)].map((m) => m[0]);
    expect(xfs[gridded]).toMatch(/borderId="1".*applyBorder="1"/);
    expect(xfs[plain]).toMatch(/borderId="0"/);
  });

  it("reads each data row's look cell: its grid's border, 0 where it draws none or is not there", async () => {
    const rows =
      '<row r="1"><c r="A1" s="7" t="s"><v>0</v></c><c r="B1" s="7" t="s"><v>1</v></c></row>' +
      '<row r="2"><c r="A2" s="1"><v>1</v></c><c r="B2" s="1"><v>2</v></c></row>' +
      '<row r="3"><c r="A3" s="1"/><c r="B3" s="2"><v>2</v></c></row>' +
      '<row r="5"><c r="B5" s="4"><v>3</v></c></row>' +
      '<row r="6"><c r="A6" s="1"><v>1</v></c></row>';
    const grid = await rowGrids(await part(rows), 1, 1, 5, (s) => book.gridBorderOf(s));
    // B2 thin all round; B3 a double top; row 4 not there; B5 medium all round; B6 not there.
    expect(grid && [...grid]).toEqual([1, 0, 0, 4, 0]);
  });

  it("reads no further where the first data row draws no grid, or is not there", async () => {
    const noGrid = '<row r="2"><c r="B2" s="2"><v>2</v></c></row><row r="3"><c r="B3" s="1"/></row>';
    expect(await rowGrids(await part(noGrid), 1, 1, 2, (s) => book.gridBorderOf(s))).toBeUndefined();
    const missing = '<row r="3"><c r="B3" s="1"/></row>';
    expect(await rowGrids(await part(missing), 1, 1, 2, (s) => book.gridBorderOf(s))).toBeUndefined();
  });

  it("finds the look cell on prefixed parts and on rows and cells that leave out r, as the readers do", async () => {
    const prefixed = await part(
      '<x:row r="2"><x:c r="A2" s="1"/><x:c r="B2" s="4"/></x:row><x:row r="3"><x:c r="B3" s="1"/></x:row>',
      "x",
    );
    expect([...((await rowGrids(prefixed, 1, 1, 2, (s) => book.gridBorderOf(s))) ?? [])]).toEqual([4, 1]);
    const bare = await part(
      '<row><c s="7"/></row><row><c s="1"/><c s="1"/></row><row><c s="1"/><c s="2"/></row>',
    );
    expect([...((await rowGrids(bare, 1, 1, 2, (s) => book.gridBorderOf(s))) ?? [])]).toEqual([1, 0]);
  });
});
