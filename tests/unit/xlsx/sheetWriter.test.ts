import fc from "fast-check";
import type { SheetPlan } from "../../../src/workbook";
import { cellTail, cellXml, productSheetXml } from "../../../src/xlsx/sheetWriter";
import { MINIMAL_STYLES, StyleBook } from "../../../src/xlsx/styleBook";
import { cellsOf, cellValue } from "../../../src/xlsx/sheetXml";

const context = { sharedStrings: [], formatOf: [], date1904: false };

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
  const book = (size: number): StyleBook =>
    new StyleBook(MINIMAL_STYLES.replace('<sz val="11"/>', `<sz val="${size}"/>`));
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
    [...productSheetXml(sheet, book(size), false).matchAll(/<row r="(\d+)" ht="([^"]+)"/g)].map(
      (m) => `${m[1]}:${m[2]}`,
    );

  it("is as many lines as the text takes, each as tall as a line of the workbook's base font", () => {
    expect(book(14).basePoints).toBe(14);
    expect(heights(11)).toEqual(["2:30", "3:49.5"]);
    // Calibri 14: 25 pixels a line of Latin text, 28 of Chinese.
    expect(heights(14)).toEqual(["2:37.5", "3:63"]);
  });
});
