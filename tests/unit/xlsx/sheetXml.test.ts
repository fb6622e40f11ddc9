import { type CellContext, cellValue, cellsOf, isRowHidden } from "../../../src/xlsx/sheetXml";

const ctx: CellContext = { sharedStrings: ["甲公司"], formatOf: ["General", "yyyy-mm-dd"], date1904: false };

/** The engine's value of the one cell in `<row>…</row>`, as the sheet reader reads it. */
function valueOf(cellXml: string, prefix = "", context: CellContext = ctx): unknown {
  const [cell] = cellsOf(`<${prefix}row r="2">${cellXml}</${prefix}row>`, prefix);
  if (!cell) throw new Error("no cell");
  return cellValue(cell, prefix, context).value;
}

describe("a cell's value, as ECMA-376 18.3.1.4 and ST_CellType store it", () => {
  it.each([
    ['<c r="B2"><v>12.5</v></c>', 12.5],
    ['<c r="B2" t="s"><v>0</v></c>', "甲公司"],
    ['<c r="B2" t="inlineStr"><is><t>乙</t></is></c>', "乙"],
    ['<c r="B2" t="b"><v>1</v></c>', true],
    ['<c r="B2" t="e"><v>#N/A</v></c>', { error: "#N/A" }],
    ['<c r="B2" s="1"><v>46000</v></c>', new Date(Date.UTC(2025, 11, 9))],
    ['<c r="B2"/>', null],
  ])("%s", (xml, expected) => {
    expect(valueOf(xml)).toEqual(expected);
  });

  it("gives a formula's saved result, whatever its type", () => {
    expect(valueOf('<c r="B2"><f>E2*F2</f><v>684.2</v></c>')).toBe(684.2);
    expect(valueOf('<c r="B2" t="str"><f>A2&amp;"公司"</f><v>甲公司</v></c>')).toBe("甲公司");
    // A formula whose result is the empty string (Excel writes <v></v>): a blank, calculated.
    expect(valueOf('<c r="B2" t="str"><f>""</f><v></v></c>')).toBe("");
  });

  it("tells a formula saved without its result (openpyxl, pandas) from a blank", () => {
    expect(valueOf('<c r="B2"><f>E2*F2</f><v></v></c>')).toEqual({ formula: "E2*F2" });
    expect(valueOf('<c r="B2"><f>E2*F2</f></c>')).toEqual({ formula: "E2*F2" });
    expect(valueOf('<c r="B2"><f>IF(E2&gt;0,E2,"")</f></c>')).toEqual({ formula: 'IF(E2>0,E2,"")' });
    // A shared formula's later cells carry no text of their own.
    expect(valueOf('<c r="B3"><f t="shared" si="0"/></c>')).toEqual({ formula: "" });
    expect(valueOf('<x:c r="B2"><x:f>E2*F2</x:f></x:c>', "x:")).toEqual({ formula: "E2*F2" });
    // A workbook that asks for a full calculation on opening (XlsxWriter: every result saved as 0, and
    // fullCalcOnLoad) holds placeholders: a formula is a formula, its value or not; plain values stay.
    const placeholders = { ...ctx, formulaResults: false };
    expect(valueOf('<c r="B2"><f>E2*F2</f><v>0</v></c>', "", placeholders)).toEqual({ formula: "E2*F2" });
    expect(valueOf('<c r="B2"><v>12.5</v></c>', "", placeholders)).toBe(12.5);
    // No formula and no value: a blank cell with a style.
    expect(valueOf('<c r="B2" s="1"></c>')).toBeNull();
  });
});

describe("a hidden row, as CT_Row's hidden attribute (18.3.1.73) marks it", () => {
  it.each([
    ['<row r="5" hidden="1" spans="1:3"><c r="A5"/></row>', true],
    ["<x:row r='5' hidden='true'><x:c r='A5'/></x:row>", true],
    ['<row r="5" hidden = "1"/>', true],
    ['<row r="5" hidden="0"><c r="A5"/></row>', false],
    ['<row r="5" customHeight="1" ht="0"><c r="A5"><v>1</v></c></row>', false],
    // Only the row's own tag: a cell's text that says hidden="1" hides nothing.
    ['<row r="5"><c r="A5" t="inlineStr"><is><t> hidden="1"</t></is></c></row>', false],
  ])("%s is hidden: %s", (row, hidden) => {
    expect(isRowHidden(row)).toBe(hidden);
  });
});
