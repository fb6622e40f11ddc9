import fc from "fast-check";
import { ROW_LOOK, type SheetPlan, rowLook } from "../../../src/workbook";
import { cellTail, cellXml, productSheetXml } from "../../../src/xlsx/sheetWriter";
import { MINIMAL_STYLES, StyleBook } from "../../../src/xlsx/styleBook";
import { cellsOf, cellValue } from "../../../src/xlsx/sheetXml";

const context = { sharedStrings: [], formatOf: [], date1904: false };

/** A new workbook's stylesheet whose base font is `size` points. */
const stylesAt = (size: number): StyleBook =>
  new StyleBook(MINIMAL_STYLES.replace('<sz val="11"/>', `<sz val="${size}"/>`));

/** The value a reader of ours takes from one cell element, in a row of its own. */
function readBack(xml: string, prefix = ""): unknown {
  const [cell] = cellsOf(`<${prefix}row r="5">${xml}</${prefix}row>`, prefix);
  return cell ? cellValue(cell, prefix, context).value : undefined;
}

describe("the cells we write", () => {
  it.each([
    ["重点客户", 7],
    ["=SUM(A1:A9)", 0],
    [" leading and trailing ", 3],
    ["two\nlines", 3],
    ['a < b & "c"', 0],
    [42.5, 2],
    [0, 0],
  ])("%p is the reference followed by the same tail on every row", (value, style) => {
    for (const prefix of ["", "x:"]) {
      const tail = cellTail(prefix, value, style);
      expect(cellXml(prefix, "K", 5, value, style)).toBe(`<${prefix}c r="K5${tail}`);
      expect(cellXml(prefix, "K", 6, value, style)).toBe(`<${prefix}c r="K6${tail}`);
    }
  });

  it("writes text as an inline string, never a formula, and reads back as written", () => {
    const xml = cellXml("", "K", 5, '=HYPERLINK("http://x")', 0);
    expect(xml).toContain('t="inlineStr"');
    expect(xml).not.toMatch(/<f>/);
    expect(readBack(xml)).toBe('=HYPERLINK("http://x")');
    expect(readBack(cellXml("x:", "K", 5, " 重点 ", 0), "x:")).toBe(" 重点 ");
    expect(readBack(cellXml("", "K", 5, 12.5, 4))).toBe(12.5);
  });

  it.each([[null], [undefined], [""], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    "writes nothing for %p",
    (value) => {
      expect(cellTail("", value, 3)).toBe("");
      expect(cellXml("", "K", 5, value, 3)).toBe("");
    },
  );
});

describe("white space kept", () => {
  it('marks text xml:space="preserve" exactly when it starts or ends with white space or holds a line break', () => {
    const piece = fc.constantFrom(
      " ",
      "\u3000",
      "\u00A0",
      "\n",
      "\t",
      "\r",
      "重点",
      "a",
      "\uD83D\uDE00",
      "\u2028",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", minLength: 1 }),
          fc.array(piece, { minLength: 1 }).map((p) => p.join("")),
        ),
        (text) => {
          expect(cellTail("", text, 0).includes('xml:space="preserve"')).toBe(/^\s|\s$|\n/.test(text));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("the heights of our sheets' wrapped rows (productSheetXml)", () => {
  const sheet: SheetPlan = {
    name: "Tiering Changes",
    columnWidths: [12, 30],
    wrapColumns: [1],
    replaces: [],
    rows: [
      { style: "tableHeader", cells: ["Distributor", "Why"] },
      { style: "body", cells: ["Acme", "a fairly long reason that wraps onto a second line here"] },
      { style: "body", cells: ["华东商贸", "年销售额317万元，占22.5%；重点客户小组统筹，超越客户期望"] },
    ],
  };
  const heights = (size: number): string[] =>
    [...productSheetXml(sheet, stylesAt(size), false).matchAll(/<row r="(\d+)" ht="([^"]+)"/g)].map(
      (m) => `${m[1]}:${m[2]}`,
    );

  it("is as many lines as the text takes, each as tall as a line of the workbook's base font", () => {
    expect(stylesAt(14).basePoints).toBe(14);
    expect(heights(11)).toEqual(["2:30", "3:49.5"]);
    // Calibri 14: 25 pixels a line of Latin text, 28 of Chinese.
    expect(heights(14)).toEqual(["2:37.5", "3:63"]);
  });
});

describe("our sheets in a workbook whose base font is not 11 points", () => {
  const sheet: SheetPlan = {
    name: "Tiering Strategy",
    columnWidths: [30, 12],
    replaces: [],
    rows: [
      { style: "title", cells: ["渠道分级策略"] },
      { style: "subtitle", cells: ["2025-11-30"] },
      { style: "heading", cells: ["各级汇总"] },
      { style: "body", cells: ["重点客户", 30] },
    ],
  };

  it("keeps titles and headings as far above the body's type as at 11 points", () => {
    expect(rowLook("title", 11)).toBe(ROW_LOOK.title);
    expect(rowLook("title", 14)).toEqual({ bold: true, size: 19 });
    expect(rowLook("heading", 14)).toEqual({ bold: true, size: 15 });
    expect(rowLook("heading", 9)).toEqual({ bold: true, size: 10 });
    expect(rowLook("body", 14)).toBe(ROW_LOOK.body);
  });

  it("gives the sheet a default row of the base font's line and sized rows their own: LibreOffice sets none itself", () => {
    // Found by rendering a 14-point workbook: the strategy sheet's rows printed one over another.
    const fourteen = stylesAt(14);
    const xml = productSheetXml(sheet, fourteen, false);
    expect(xml).toContain('<sheetFormatPr defaultRowHeight="18.75"/>');
    expect(xml.indexOf("<sheetFormatPr")).toBeLessThan(xml.indexOf("<cols>"));
    const heights = [...xml.matchAll(/<row r="(\d+)"( ht="([^"]+)")?/g)].map((m) => `${m[1]}:${m[3] ?? "-"}`);
    // Title 19 points, a line with Chinese of 38 pixels (28.5 points), heading 15 (30 pixels); subtitle
    // and body the sheet's default.
    expect(heights).toEqual(["1:28.5", "2:-", "3:22.5", "4:-"]);
    const fonts = /<fonts[\s\S]*<\/fonts>/.exec(fourteen.toXml())![0];
    expect(fonts).toContain('<sz val="19"/>');
    expect(fonts).toContain('<sz val="15"/>');
    // At 11 points nothing of it: every reader's default row holds 11-point type.
    const plain = productSheetXml(sheet, stylesAt(11), false);
    expect(plain).not.toContain("sheetFormatPr");
    expect(plain).not.toMatch(/ ht="/);
  });
});
