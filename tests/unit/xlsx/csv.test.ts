import { decodeText, packageParts, parseTextTable } from "../../../src/xlsx/csv";

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
  const sheetXml = (rows: string[][]): string =>
    packageParts(rows, "Sheet")
      .find((p) => p.name === "xl/worksheets/sheet1.xml")!
      .data.toString("utf8");

  it("holds numbers as numbers and every other field as text, a formula's text included", () => {
    const xml = sheetXml([["12", "-3.5", "1,234.5", "1e3", "00123", "=SUM(A1)", "12%", " x", "a<b&c"]]);
    expect(xml).toContain('<c r="A1"><v>12</v></c>');
    expect(xml).toContain('<c r="B1"><v>-3.5</v></c>');
    expect(xml).toContain('<c r="C1"><v>1234.5</v></c>');
    expect(xml).toContain('<c r="D1"><v>1000</v></c>');
    expect(xml).toContain('<c r="E1" t="inlineStr"><is><t>00123</t></is></c>');
    expect(xml).toContain('<c r="F1" t="inlineStr"><is><t>=SUM(A1)</t></is></c>');
    expect(xml).not.toContain("<f>");
    expect(xml).toContain('<c r="G1" t="inlineStr"><is><t>12%</t></is></c>');
    expect(xml).toContain('<t xml:space="preserve"> x</t>');
    expect(xml).toContain("<t>a&lt;b&amp;c</t>");
  });

  it("reads a decimal comma where the file is semicolon-separated, as the Excel that wrote it meant", () => {
    const xml = packageParts([["12,5", "1.234,5", "-0,75", "1,234", "00,5", "a,b"]], "Sheet", true)
      .find((p) => p.name === "xl/worksheets/sheet1.xml")!
      .data.toString("utf8");
    expect(xml).toContain('<c r="A1"><v>12.5</v></c>');
    expect(xml).toContain('<c r="B1"><v>1234.5</v></c>');
    expect(xml).toContain('<c r="C1"><v>-0.75</v></c>');
    expect(xml).toContain('<c r="D1"><v>1.234</v></c>');
    expect(xml).toContain('<c r="E1" t="inlineStr"><is><t>00,5</t></is></c>');
    expect(xml).toContain('<c r="F1" t="inlineStr"><is><t>a,b</t></is></c>');
    // In a comma-separated file, 1,234 is a thousand and more.
    expect(sheetXml([["1,234"]])).toContain("<v>1234</v>");
  });

  it("writes its sheet's name escaped", () => {
    const workbook = (name: string) =>
      packageParts([["a"]], name)
        .find((p) => p.name === "xl/workbook.xml")!
        .data.toString("utf8");
    expect(workbook("经销商 & 客户")).toContain('name="经销商 &amp; 客户"');
  });
});
