import fc from "fast-check";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { findSheetFault } from "../../../src/xlsx/checkSheet";
import { decodeText, openTextTable, parseTextTable } from "../../../src/xlsx/csv";
import { cellContext, readSheet } from "../../../src/xlsx/readSheet";
import { checkXml } from "../../../src/xlsx/wellFormed";
import { readSharedStrings } from "../../../src/xlsx/xlsxPackage";

describe("a text table's encoding", () => {
  it("is what its byte-order mark says, else UTF-8 where the bytes are, else GBK (GB18030)", () => {
    expect(decodeText(Buffer.from("\uFEFF经销商,销售额", "utf8"))).toEqual({
      text: "经销商,销售额",
      encoding: "utf-8",
    });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("经销商\t销售额", "utf16le")]);
    expect(decodeText(utf16)).toEqual({ text: "经销商\t销售额", encoding: "utf-16le" });
    expect(decodeText(Buffer.from("经销商,销售额", "utf8")).encoding).toBe("utf-8");
    // 经销商 in GBK, as Excel's "CSV" writes it on a Chinese Windows: not UTF-8.
    const gbk = Buffer.from([0xbe, 0xad, 0xcf, 0xfa, 0xc9, 0xcc, 0x2c, 0x31]);
    expect(decodeText(gbk)).toEqual({ text: "经销商,1", encoding: "gb18030" });
  });
});

describe("a text table's rows", () => {
  it("are split as RFC 4180 has it: quotes around delimiters, line breaks and doubled quotes", () => {
    const { rows, delimiter } = parseTextTable('Name,Note\r\n"Acme, Inc.","said ""hi""\nthen left"\r\nB,\n');
    expect(delimiter).toBe(",");
    expect(rows).toEqual([
      ["Name", "Note"],
      ["Acme, Inc.", 'said "hi"\nthen left'],
      ["B", ""],
    ]);
  });

  it("take the delimiter that splits the first line most (semicolons from a European Excel, tabs), or sep=", () => {
    expect(parseTextTable("a;b;c\n1;2,5;3").rows).toEqual([
      ["a", "b", "c"],
      ["1", "2,5", "3"],
    ]);
    expect(parseTextTable("a\tb\n1\t2").delimiter).toBe("\t");
    expect(parseTextTable("sep=|\na|b\n1|2").rows).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    // A delimiter inside quotes does not count.
    expect(parseTextTable('"a;b";c;d\n').delimiter).toBe(";");
    expect(parseTextTable('"a,b,c";d\n').delimiter).toBe(";");
    expect(parseTextTable("a,b;c", true).delimiter).toBe("\t");
    // Decimal commas outnumber the semicolons; the semicolons split every line alike.
    expect(parseTextTable("名称;销售额;增长\n甲;12,5;1,2\n乙;3,75;0,5\n").delimiter).toBe(";");
    // A title line above the header (no delimiter in it) does not decide: the lines below do.
    expect(parseTextTable("经销商台账 2025\n名称\t销售额\n甲\t1\n乙\t2").delimiter).toBe("\t");
  });

  it("keep blank rows where they stand (a title and a blank line above the header)", () => {
    expect(parseTextTable("Ledger 2025,,\n,,\nName,Sales\nA,1").rows).toEqual([
      ["Ledger 2025", "", ""],
      ["", "", ""],
      ["Name", "Sales"],
      ["A", "1"],
    ]);
  });
});

describe("a text table as a worksheet", () => {
  /** The package a text file becomes, as the run opens it: a part's text, and each text cell's string. */
  async function opened(name: string, text: string) {
    const { pkg, cell, sheet } = await openedWithTable(name, text);
    return { pkg, cell, sheet };
  }
  async function openedWithTable(name: string, text: string) {
    const dir = await mkdtemp(path.join(tmpdir(), "ct-csv-test-"));
    const file = path.join(dir, name);
    await writeFile(file, text);
    const { pkg, table } = await openTextTable(file);
    const strings = readSharedStrings(pkg);
    const sheet = pkg.text("xl/worksheets/sheet1.xml");
    /** A cell's XML, its shared string's index replaced by the string itself. */
    const cell = (ref: string): string =>
      (new RegExp(`<c r="${ref}"[^>]*>.*?</c>`).exec(sheet)?.[0] ?? "").replace(
        /t="s"><v>(\d+)<\/v>/,
        (_, k: string) => `t="s">${strings[Number(k)] ?? "?"}`,
      );
    return { pkg, sheet, cell, table };
  }

  it("holds numbers as numbers (a percent as its fraction) and every other field as text, a formula's text included", async () => {
    const { sheet, cell } = await opened("t.csv", '12,-3.5,"1,234.5",1e3,00123,=SUM(A1),12%, x,a<b&c\n');
    expect(cell("A1")).toBe('<c r="A1"><v>12</v></c>');
    expect(cell("B1")).toBe('<c r="B1"><v>-3.5</v></c>');
    expect(cell("C1")).toBe('<c r="C1"><v>1234.5</v></c>');
    expect(cell("D1")).toBe('<c r="D1"><v>1000</v></c>');
    expect(cell("E1")).toBe('<c r="E1" t="s">00123</c>');
    expect(cell("F1")).toBe('<c r="F1" t="s">=SUM(A1)</c>');
    expect(sheet).not.toContain("<f>");
    expect(cell("G1")).toBe('<c r="G1" s="1"><v>0.12</v></c>');
    expect(cell("H1")).toBe('<c r="H1" t="s"> x</c>');
    expect(cell("I1")).toBe('<c r="I1" t="s">a<b&c</c>');
  });

  it("makes numbers of amounts, percents and dates written year first, in formats, as Excel's import does", async () => {
    // Each stayed text: the workbook made from the file held amounts SUM skips, and the run then told
    // the user to retype them as numbers.
    const fields = [
      "$1,234.50",
      "-$12",
      "($950.00)",
      "¥1,234",
      "￥88.5",
      "US$3,000",
      "€950.00",
      "33.3%",
      "-2.5%",
      "2025-06-01",
      "2025/6/1",
      "2025-06-01 14:30",
      // Text still: no figure, a date day or month first, no such day, a mixed sign, a sign after.
      "$",
      "6/1/2025",
      "2025-02-30",
      "(-$5)",
      "1,234.50 €",
      "12%%",
    ];
    const { pkg, cell, table } = await openedWithTable("t.csv", `${fields.map((f) => `"${f}"`).join(",")}\n`);
    const values = table.values[0] ?? [];
    expect(values.slice(0, 9)).toEqual([1234.5, -12, -950, 1234, 88.5, 3000, 950, 0.333, -0.025]);
    expect(values.slice(9, 12).map((d) => (d instanceof Date ? d.toISOString() : d))).toEqual([
      "2025-06-01T00:00:00.000Z",
      "2025-06-01T00:00:00.000Z",
      "2025-06-01T14:30:00.000Z",
    ]);
    expect(values.slice(12)).toEqual(["$", "6/1/2025", "2025-02-30", "(-$5)", "1,234.50 €", "12%%"]);
    expect(cell("A1")).toBe('<c r="A1" s="1"><v>1234.5</v></c>');
    expect(cell("J1")).toMatch(/^<c r="J1" s="\d+"><v>45809<\/v><\/c>$/);
    // The formats: the currency's sign, the decimals as written, parentheses for a negative so written.
    const styles = pkg.text("xl/styles.xml");
    const formatOf = (ref: string): string => {
      const s = Number(/ s="(\d+)"/.exec(cell(ref))?.[1]);
      const id = /<cellXfs[^>]*>(.*?)<\/cellXfs>/.exec(styles)?.[1]?.match(/numFmtId="(\d+)"/g)?.[s];
      const numFmtId = /\d+/.exec(id ?? "")?.[0];
      return (
        new RegExp(`numFmtId="${numFmtId}" formatCode="([^"]*)"`)
          .exec(styles)?.[1]
          ?.replace(/&quot;/g, '"') ?? "?"
      );
    };
    expect(["A1", "B1", "C1", "D1", "F1", "G1", "H1", "I1", "J1", "K1", "L1"].map(formatOf)).toEqual([
      '"$"#,##0.00;-"$"#,##0.00',
      '"$"#,##0;-"$"#,##0',
      '"$"#,##0.00_);\\("$"#,##0.00\\)',
      '"¥"#,##0;-"¥"#,##0',
      '"US$"#,##0;-"US$"#,##0',
      '"€"#,##0.00;-"€"#,##0.00',
      "0.0%",
      "0.0%",
      "yyyy-mm-dd",
      "yyyy/m/d",
      "yyyy-mm-dd hh:mm",
    ]);
    // The run reads each column's format as it reads a workbook's (the currency of the sales from it).
    expect(table.columnFormats?.[0]).toBe('"$"#,##0.00;-"$"#,##0.00');
    expect(table.columnFormats?.[9]).toBeUndefined();
  });

  it("keeps each distinct text once in the shared strings, with its white space", async () => {
    const { pkg } = await opened("t.csv", "华东, x\n华东,y\n");
    const sst = pkg.text("xl/sharedStrings.xml");
    expect(sst).toContain('count="4" uniqueCount="3"');
    expect(sst).toContain('<si><t xml:space="preserve"> x</t></si>');
    expect(readSharedStrings(pkg)).toEqual(["华东", " x", "y"]);
  });

  it("reads a decimal comma where the file is semicolon-separated, as the Excel that wrote it meant", async () => {
    // More commas than semicolons on the data line: the header's semicolons, the same on every line, decide.
    const { cell } = await opened("t.csv", "A;B;C;D;E;F\n12,5;1.234,5;-0,75;1,234;00,5;a,b\n");
    expect(cell("A2")).toBe('<c r="A2"><v>12.5</v></c>');
    expect(cell("B2")).toBe('<c r="B2"><v>1234.5</v></c>');
    expect(cell("C2")).toBe('<c r="C2"><v>-0.75</v></c>');
    expect(cell("D2")).toBe('<c r="D2"><v>1.234</v></c>');
    expect(cell("E2")).toBe('<c r="E2" t="s">00,5</c>');
    expect(cell("F2")).toBe('<c r="F2" t="s">a,b</c>');
    // In a comma-separated file, 1,234 is a thousand and more.
    expect((await opened("u.csv", '"1,234",x\n')).cell("A1")).toBe('<c r="A1"><v>1234</v></c>');
  });

  it("reads dots as thousands where the semicolon file's numbers show them so, else as decimal points", async () => {
    // The same column as a German Excel writes it with a thousands format: 2.000 is two thousand beside
    // 1.234,5 (it was 2, a thousandth of what the sheet said).
    const grouped = await opened("t.csv", 'Name;Sales\nA;1.234,5\nB;2.000\nC;"12.000"\nD;-3.000\nE;2.5\n');
    expect(["B2", "B3", "B4", "B5", "B6"].map(grouped.cell)).toEqual([
      '<c r="B2"><v>1234.5</v></c>',
      '<c r="B3"><v>2000</v></c>',
      '<c r="B4"><v>12000</v></c>',
      '<c r="B5"><v>-3000</v></c>',
      // A dot with no group of three after it is no thousands separator: a decimal point, as before.
      '<c r="B6"><v>2.5</v></c>',
    ]);
    // Whole numbers only, one of them of two groups: the dots group thousands there too.
    const millions = await opened("m.csv", "Name;Sales\nA;1.250.000\nB;15.500\n");
    expect([millions.cell("B2"), millions.cell("B3")]).toEqual([
      '<c r="B2"><v>1250000</v></c>',
      '<c r="B3"><v>15500</v></c>',
    ]);
    // Nothing says so (a tool that writes decimal points and semicolons): 2.000 is two, 2.5 two and a half.
    const points = await opened("p.csv", "Name;Sales\nA;2.5\nB;2.000\n");
    expect([points.cell("B2"), points.cell("B3")]).toEqual([
      '<c r="B2"><v>2.5</v></c>',
      '<c r="B3"><v>2</v></c>',
    ]);
    // A comma-separated file's dots are decimal points whatever its fields look like.
    expect((await opened("c.csv", 'A,"1.250.000",2.000\n')).cell("C1")).toBe('<c r="C1"><v>2</v></c>');
  });

  it("sizes its columns to their widest text, Chinese characters counting two, within bounds", async () => {
    const { sheet } = await opened("t.csv", `经销商名称,x,备注\n杭州华信商贸有限公司,1,${"长".repeat(40)}\n`);
    // 10 characters wide twice over, plus room; a short column keeps Excel's width; a long one stops at 50.
    expect(sheet).toContain(
      '<cols><col min="1" max="1" width="22" customWidth="1"/><col min="3" max="3" width="50" customWidth="1"/></cols><sheetData>',
    );
  });

  it("is well formed whatever the text holds (the run does not check its own writing again)", async () => {
    // Fields of any characters: controls, lone surrogates, markup, quotes, delimiters, line breaks.
    const field = fc.oneof(
      fc.string({ unit: "binary", maxLength: 12 }),
      fc.constantFrom(
        "a<b&c",
        "]]>",
        '"q""uoted"',
        "_x0007_",
        "\u0001\u001F",
        "\uD800",
        "=1+1",
        "12,5",
        "经销商",
      ),
    );
    const table = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(table, async (rows) => {
        const csv = rows.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(",")).join("\r\n");
        const { pkg } = await opened("any.csv", csv);
        const sheet = pkg.entries.get("xl/worksheets/sheet1.xml");
        expect(sheet && (await findSheetFault(sheet))).toBeUndefined();
        expect(checkXml(pkg.text("xl/sharedStrings.xml"))).toBeUndefined();
        expect(checkXml(pkg.workbookXml)).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });

  it("comes with its values as reading its sheet back gives them (the run does not read its own XML)", async () => {
    // Numbers of every form, texts of any characters, empty fields, blank rows and columns around.
    const field = fc.oneof(
      fc.constant(""),
      fc.string({ unit: "binary", maxLength: 8 }),
      fc.constantFrom(
        "12",
        "-3.5",
        "1,234.5",
        "1e3",
        "00123",
        "12,5",
        "1.234,5",
        "2.000",
        "1.250.000",
        "=1+1",
        "_x0041_",
        "\uD800",
        " x ",
        "$1,234.50",
        "($950.00)",
        "¥88",
        "33.3%",
        "2025-06-01",
        "2025/6/1 9:05:07",
        "1900-01-01",
        "2025-02-30",
      ),
      fc.double({ noNaN: true }).map(String),
    );
    const table = fc.array(fc.array(field, { maxLength: 6 }), { minLength: 1, maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(table, fc.constantFrom(",", ";"), async (rows, d) => {
        const csv = rows.map((r) => r.map((f) => `"${f.replace(/"/g, '""')}"`).join(d)).join("\r\n");
        const dir = await mkdtemp(path.join(tmpdir(), "ct-csv-test-"));
        const file = path.join(dir, "t.csv");
        await writeFile(file, `sep=${d}\n${csv}`);
        const { pkg, table: direct } = await openTextTable(file);
        const read = await readSheet(pkg, pkg.sheets[0]!, cellContext(pkg));
        expect(direct).toEqual(read);
      }),
      { numRuns: 150 },
    );
  });

  it("is named after its file as Excel allows a sheet to be, escaped in the workbook", async () => {
    const { pkg } = await opened("经销商 & 客户 [v2].csv", "a\n");
    expect(pkg.sheets.map((sh) => sh.name)).toEqual(["经销商 & 客户 _v2_"]);
    expect(pkg.workbookXml).toContain('name="经销商 &amp; 客户 _v2_"');
  });
});
