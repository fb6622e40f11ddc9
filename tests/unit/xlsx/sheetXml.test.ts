import fc from "fast-check";
import type { Cell } from "../../../src/engine";
import {
  type CellContext,
  cellValue,
  cellsOf,
  isRowHidden,
  plainRowValues,
  splitSheet,
} from "../../../src/xlsx/sheetXml";

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

describe("the values a sheet's cells share as they are read", () => {
  /** Each cell's value of a row, as the sheet reader reads it (plainly written, or cell by cell). */
  const rowValues = (row: string, c: CellContext): Cell[] => {
    const plain: Cell[] = [];
    expect(plainRowValues(row, c, (column, value) => (plain[column] = value))).toBe(true);
    const byCell = cellsOf(row, "").map((cell) => cellValue(cell, "", c).value);
    expect(byCell).toEqual(plain.filter((v) => v !== undefined));
    return plain;
  };
  const row = (r: number): string =>
    `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>重点客户</t></is></c>` +
    `<c r="B${r}" s="1"><v>46000</v></c>` +
    `<c r="C${r}" t="inlineStr"><is><t>得分47.4；占销售额&lt;0.1%，同比下降12%，合作11年</t></is></c></row>`;

  // (A string's identity cannot be seen from JavaScript: that a short text is one string, and a long one
  // a copy of its own, is seen in memory, `node dist/bench.cjs rerun`; here, that they read the same.)
  it("is one Date for a date serial, read in any row of the workbook; texts read as they are", () => {
    const c: CellContext = { ...ctx };
    const [tier, review, reason] = rowValues(row(2), c);
    const [tier2, review2, reason2] = rowValues(row(3), c);
    expect([tier, tier2]).toEqual(["重点客户", "重点客户"]);
    expect(review2).toBe(review);
    expect(review).toEqual(new Date(Date.UTC(2025, 11, 9)));
    expect(reason).toBe("得分47.4；占销售额<0.1%，同比下降12%，合作11年");
    expect(reason2).toEqual(reason);
    // Another workbook shares nothing with this one.
    const other = rowValues(row(2), { ...ctx });
    expect(other[0]).toBe("重点客户");
    expect(other[1]).not.toBe(review);
    expect(other[1]).toEqual(review);
  });

  it("stops sharing at 65,536 distinct texts or dates and reads every cell the same after", () => {
    const c: CellContext = { ...ctx };
    const texts = Array.from({ length: 70_000 }, (_, i) => `名${i}`);
    const read = texts.map(
      (t, i) =>
        rowValues(`<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${t}</t></is></c></row>`, c)[0],
    );
    expect(read).toEqual(texts);
    const serials = Array.from({ length: 70_000 }, (_, i) => 1 + i);
    const dates = serials.map((v) => rowValues(`<row r="1"><c r="A1" s="1"><v>${v}</v></c></row>`, c)[0]);
    expect(dates.map((d) => (d as Date).getTime())).toEqual(
      serials.map((v) => Date.UTC(1899, 11, 31) + (v < 61 ? v : v - 1) * 86_400_000),
    );
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

describe("a row of plainly written cells, read one pattern a cell", () => {
  const context: CellContext = {
    sharedStrings: ["甲公司", "", " 乙 ", "A & B"],
    // General, a date, a number format, a date written as text, an unknown style (none past the list).
    formatOf: ["General", "yyyy-mm-dd", "0.00", "@", "m/d/yy h:mm"],
    date1904: false,
  };
  type Put = [number, Cell, string | undefined];
  /** What the reader cell by cell (cellsOf, cellValue) reads in a row. */
  const cellByCell = (row: string, c: CellContext): Put[] =>
    cellsOf(row, "").map((cell) => {
      const { value, format } = cellValue(cell, "", c);
      return [cell.column, value, format];
    });
  // Cells as writers write them and as they should not: columns in either case and past XFD, every
  // type, styles in and past the list, values that are numbers, not numbers, empty, out of the list of
  // strings, with references; formulas, inline strings, and space between cells.
  const cell = fc
    .record({
      column: fc.constantFrom("A", "b", "Z", "AA", "xfd", "XFE", "AAAA"),
      style: fc.constantFrom("", ' s="0"', ' s="1"', ' s="2"', ' s="3"', ' s="4"', ' s="9"', " s='1'"),
      type: fc.constantFrom(
        "",
        ' t="s"',
        ' t="n"',
        ' t="b"',
        ' t="str"',
        ' t="e"',
        ' t="d"',
        ' t="inlineStr"',
      ),
      body: fc.oneof(
        fc.constantFrom("/>", "></c>", "><v></v></c>", "><f>A1</f><v>3</v></c>", "><is><t>x</t></is></c>"),
        // Inline text as openpyxl writes it (Chinese by reference), with Excel's escapes, rich or cut.
        fc
          .tuple(
            fc.constantFrom("<t>", '<t xml:space="preserve">', "<t  xml:space='preserve'>", "<r><t>"),
            fc.constantFrom(
              "甲",
              "&#30002;&#20844;&#21496;",
              "A &amp; B",
              "a & b",
              " a ",
              "",
              "_x000D_",
              "&#0;",
            ),
            fc.constantFrom("</t></is></c>", "</t></r></is></c>", "</t><t>乙</t></is></c>", "</t></is>"),
          )
          .map(([open, t, close]) => `><is>${open}${t}${close}`),
        fc
          .constantFrom(
            "0",
            "1",
            "2",
            "3",
            "4",
            "45000",
            "1e400",
            "-1",
            " 7 ",
            "abc",
            "&amp;1",
            "1.5",
            "2958466",
            " ",
            "",
          )
          .map((v) => `><v>${v}</v></c>`),
      ),
      space: fc.constantFrom("", "", "", "\n"),
    })
    .map(({ column, style, type, body, space }) => `${space}<c r="${column}7"${style}${type}${body}`);
  const row = fc
    .tuple(fc.array(cell, { maxLength: 6 }), fc.constantFrom('<row r="7">', '<row r="7" spans="1:3">'))
    .map(([cells, open]) => `${open}${cells.join("")}</row>`);

  it("reads what the reader cell by cell reads, or gives the row back to it", () => {
    for (const date1904 of [false, true])
      fc.assert(
        fc.property(row, (text) => {
          const c = { ...context, date1904 };
          const puts: Put[] = [];
          const plain = plainRowValues(text, c, (column, value, format) =>
            puts.push([column, value, format]),
          );
          const expected = cellByCell(text, c);
          // Every cell it read, read alike; all of them when it takes the row (blanks it leaves out).
          const shown = (p: Put[]): Put[] => p.filter(([, value]) => value !== null && value !== "");
          if (plain) expect(puts).toEqual(shown(expected));
          else expect(puts).toEqual(shown(expected).slice(0, puts.length));
        }),
        { numRuns: 3000 },
      );
  });

  it("takes the rows Excel, openpyxl and LibreOffice write, dates and formats as the reader reads them", () => {
    const puts: Put[] = [];
    const text =
      '<row r="7" spans="1:5"><c r="A7" t="s"><v>0</v></c><c r="B7" s="2"><v>12.5</v></c>' +
      '<c r="C7" s="1"><v>45000</v></c><c r="D7" s="1" t="n"><v>45000</v></c><c r="E7" s="0"/></row>';
    expect(plainRowValues(text, context, (...p) => puts.push(p))).toBe(true);
    expect(puts).toEqual([
      [0, "甲公司", undefined],
      [1, 12.5, "0.00"],
      [2, new Date(Date.UTC(2023, 2, 15)), undefined],
      [3, new Date(Date.UTC(2023, 2, 15)), undefined],
    ]);
    const inline: Put[] = [];
    const openpyxl = '<row r="7"><c r="A7" t="inlineStr"><is><t>&#30002;&#20844;&#21496;</t></is></c></row>';
    expect(plainRowValues(openpyxl, context, (...p) => inline.push(p))).toBe(true);
    expect(inline).toEqual([[0, "甲公司", undefined]]);
    // A formula is read cell by cell.
    expect(plainRowValues('<row r="7"><c r="A7"><f>B7</f><v>1</v></c></row>', context, () => 0)).toBe(false);
  });
});

describe("a sheet split into its head, rows and tail as it streams", () => {
  const HEAD = '\uFEFF<?xml version="1.0"?><worksheet><sheetPr codeName="经销商"/><sheetData>';
  const ROWS = [
    '<row r="1"><c r="A1" t="inlineStr"><is><t>太原同心建材商行 𠀋</t></is></c></row>',
    '<row r="2"/>',
    '<row r="3"><c r="A3" t="inlineStr"><is><t>名称 &#x1F600; 😀</t></is></c></row>',
  ];
  const TAIL = "</sheetData><headerFooter><oddHeader>渠道分级</oddHeader></headerFooter></worksheet>";
  const bytes = Buffer.from(`${HEAD}${ROWS.join("")}${TAIL}`, "utf8");

  const split = async (cuts: number[], asBytes: boolean) => {
    const at = [...new Set(cuts)].sort((a, b) => a - b);
    const chunks = [0, ...at].map((from, k) => bytes.subarray(from, at[k] ?? bytes.length));
    const got = { head: "", rows: [] as string[], tail: "" };
    await splitSheet(
      chunks,
      {
        head: (t) => void (got.head = t),
        row: (t) => void got.rows.push(t),
        tail: (t) => void (got.tail = t),
      },
      { bytes: asBytes },
    );
    return got;
  };

  it("gives the same text wherever the chunks cut a character, the BOM kept; rows as bytes where asked", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 6 }),
        async (cuts) => {
          expect(await split(cuts, false)).toEqual({ head: HEAD, rows: ROWS, tail: TAIL });
          // As bytes: each row one unit a byte (its UTF-8 as read); the head and the tail decoded.
          const raw = await split(cuts, true);
          expect(raw.head).toBe(HEAD);
          expect(raw.tail).toBe(TAIL);
          expect(raw.rows).toEqual(ROWS.map((row) => Buffer.from(row, "utf8").toString("latin1")));
        },
      ),
      { numRuns: 200 },
    );
  });
});
