import fc from "fast-check";
import { deflateRawSync, crc32 } from "node:zlib";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { findSheetFault, startSheetCheck } from "../../../src/xlsx/checkSheet";
import { XmlChecker, checkXml, lineAndColumn } from "../../../src/xlsx/wellFormed";
import { escapeXml, unescapeXml } from "../../../src/xlsx/xml";
import type { ZipEntry } from "../../../src/xlsx/zip";

/** A part as the zip reader gives it, deflated from `bytes`. */
function entryOf(bytes: Buffer): ZipEntry {
  const raw = deflateRawSync(bytes);
  return {
    name: "xl/worksheets/sheet1.xml",
    method: 8,
    flags: 0,
    crc: crc32(bytes),
    compressedSize: raw.length,
    size: bytes.length,
    raw,
    time: 0,
    date: 0,
  };
}

/** The whole document fed in pieces cut at `cuts`, as a streamed part arrives. */
function inPieces(text: string, cuts: number[]): ReturnType<typeof checkXml> {
  const checker = new XmlChecker();
  let carry = "";
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const piece = carry + text.slice(from, cut);
    from = cut;
    const checked = checker.feed(piece, false);
    if (typeof checked !== "number") return checked;
    carry = piece.slice(checked);
  }
  const checked = checker.feed(carry + text.slice(from), true);
  return typeof checked === "number" ? undefined : checked;
}

describe("XML as real writers produce it is well formed", () => {
  it.each([
    [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="m"><sheetData/></worksheet>',
    ],
    [
      '<x:worksheet xmlns:x="m"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>',
    ],
    ["<a b='1' c = \"2\"\n\td='>'>text > still text</a >"],
    ["<a><!-- a comment with <tags> & ampersands --><?pi anything?><b/></a>"],
    ["<a><![CDATA[<not markup> & no reference]]></a>"],
    ['<t xml:space="preserve"> A &amp; B &lt; &gt; &quot; &apos; &#x4E2D;&#25991;&#x1F600; </t>'],
    ['<si><t>经销商01</t><rPh sb="0" eb="3"><t>jingxiaoshang</t></rPh></si>'],
    ["\n  <root/>\n  <!-- after -->\n"],
    ['<c ra="1" r="2" rr="3" a:r="4"/>'],
  ])("%s", (xml) => {
    expect(checkXml(xml)).toBeUndefined();
  });

  it("escapeXml's output of any text is well formed, in a text node and an attribute", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const e = escapeXml(text);
        expect(checkXml(`<a b="${e}">${e}</a>`)).toBeUndefined();
      }),
    );
  });
});

describe("damage Excel would have to repair", () => {
  it.each([
    ["<t>A & B</t>", "ampersand", 5],
    ["<t>&nbsp;</t>", "ampersand", 3],
    ["<t>&#0;</t>", "reference", 3],
    ["<t>&#99999999;</t>", "reference", 3],
    ["<t>&#xD800;</t>", "reference", 3],
    ["<t>tab\u000Bbed</t>", "character", 6],
    ["<c><v>1</v>", "unclosed", 11],
    ["<c><v>1</c></v>", "mismatch", 7],
    ["</c>", "mismatch", 0],
    ['<c r="A1>1</c>', "tag", 0],
    ["<c r=A1>1</c>", "tag", 0],
    ['<c r="A1" r="B1"/>', "duplicateAttribute", 10],
    ['<c r="a<b"/>', "tag", 0],
    ["<c r = \"A1\"  s='1' r='B1'/>", "duplicateAttribute", 19],
    ['<c x:r="1" y:r="2" x:r="3"/>', "duplicateAttribute", 19],
    ["<a/><b/>", "outsideRoot", 4],
    ["text<a/>", "outsideRoot", 0],
    ['<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', "doctype", 0],
    ["<a><!-- never closed </a>", "tag", 3],
    ["", "unclosed", 0],
  ])("%s: %s at %d", (xml, problem, at) => {
    expect(checkXml(xml)).toEqual({ problem, at });
  });

  it("places a fault by line and column", () => {
    const xml = "<a>\n  <b>\n  </c>\n</a>";
    const fault = checkXml(xml);
    expect(fault?.problem).toBe("mismatch");
    expect(lineAndColumn(xml, fault?.at ?? 0)).toEqual({ line: 3, column: 3 });
  });

  it("gives the same verdict whatever pieces the document arrives in", () => {
    const samples = [
      '<?xml version="1.0"?><w><d><r n="1"><c r="A1" t="inlineStr"><is><t>A &amp; B &#x4E2D;</t></is></c></r></d><!-- x > y --><![CDATA[ <z> ]]></w>',
      "<w><r><c>A & B</c></r></w>",
      '<w><r><c r="A1" r="B1"/></r></w>',
      "<w><r><c>1</r></c></w>",
      "<w><r><c>&#99999999;</c></r></w>",
      "<w><r><c>1</c></r>",
    ];
    for (const xml of samples)
      fc.assert(
        fc.property(fc.uniqueArray(fc.integer({ min: 1, max: xml.length - 1 }), { maxLength: 6 }), (cuts) => {
          expect(inPieces(xml, cuts)?.problem).toBe(checkXml(xml)?.problem);
        }),
      );
  });
});

describe("cells checked a run at a time", () => {
  /** The same document with every element's name prefixed, which only the tag-by-tag check reads. */
  const prefixed = (xml: string): string => xml.replace(/<(\/?)(w|row|c|v|is|t)(?=[\s/>])/g, "<$1x:$2");
  const unprefixed = (tag: string): string => tag.replace(/<(\/?)x:/g, "<$1");
  /** The verdict of a check fed in pieces cut at `cuts`, with the row and cell it places a fault by. */
  const verdict = (xml: string, cuts: number[]): { problem?: string; row: string; cell: string } => {
    const checker = new XmlChecker(true);
    let carry = "";
    let from = 0;
    let checked: ReturnType<XmlChecker["feed"]> = 0;
    for (const cut of [...cuts, xml.length].sort((a, b) => a - b)) {
      const piece = carry + xml.slice(from, cut);
      from = cut;
      checked = checker.feed(piece, cut === xml.length);
      if (typeof checked !== "number") break;
      carry = piece.slice(checked);
    }
    return {
      ...(typeof checked === "number" ? {} : { problem: checked.problem }),
      row: unprefixed(checker.lastRow),
      cell: unprefixed(checker.lastCell),
    };
  };
  // Cells as writers write them and as damage leaves them: addresses at and past the grid's edges, in
  // either case, with leading zeros; values with references, stray `&` and `<`; elements cut short.
  const address = fc.tuple(
    fc.constantFrom("A", "b", "AZ", "XFD", "xfd", "XFE", "XGA", "WZZ", "AAAA", ""),
    fc.constantFrom("1", "9", "01", "0", "1048576", "1048577", "999999", "10485760", ""),
  );
  const text = fc.constantFrom(
    ...["", "12.5", "经销商", "A &amp; B", "A & B", "a > b", "a < b", "&#0;", " ", "&lt;&gt;&quot;&apos;"],
    // Characters by reference, as openpyxl writes Chinese: at and past the edges of what XML allows.
    ...[
      "&#21517;&#31216;",
      "&#x4E2D;",
      "&#31;",
      "&#32;",
      "&#20;",
      "&#9;",
      "&#55295;",
      "&#55296;",
      "&#65534;",
    ],
    ...["&#0065;", "&#;", "&amp", "&nbsp;", "&#99999999;"],
  );
  const cell = fc
    .record({
      r: fc.option(address, { nil: undefined }),
      s: fc.constantFrom("", ' s="3"', " s='3'", ' s="x"'),
      t: fc.constantFrom("", ' t="s"', ' t="inlineStr"', ' t="n"', ' s="4"'),
      body: fc.oneof(
        fc.constant("/>"),
        text.map((v) => `><v>${v}</v></c>`),
        text.map((v) => `><is><t>${v}</t></is></c>`),
        text.map((v) => `><is><t xml:space="preserve">${v}</t></is></c>`),
        text.map((v) => `><is><t xml:space="preserve" xml:space="preserve">${v}</t></is></c>`),
        fc.constantFrom("></c>", "><v>1</c>", "><v>1</v>", "><f>A1</f><v>1</v></c>", ">"),
      ),
    })
    .map(({ r, s, t, body }) => `<c${r ? ` r="${r[0]}${r[1]}"` : ""}${s}${t}${body}`);
  const sheet = fc
    .array(fc.array(cell, { maxLength: 6 }), { minLength: 1, maxLength: 4 })
    .map((rows) => `<w>${rows.map((cells, i) => `<row r="${i + 1}">${cells.join("")}</row>`).join("")}</w>`);

  it("give the verdict the tag-by-tag check gives, and place a fault by the same row and cell", () => {
    fc.assert(
      fc.property(sheet, fc.uniqueArray(fc.nat(), { maxLength: 4 }), (xml, cuts) => {
        const at = cuts.map((c) => c % xml.length);
        const fast = verdict(xml, at);
        const tagByTag = verdict(prefixed(xml), []);
        expect(fast).toEqual(tagByTag);
      }),
      { numRuns: 2000 },
    );
  });

  it("holds the grid's edges and leading zeros as the tag-by-tag check does", () => {
    for (const [r, problem] of [
      ["XFD1048576", undefined],
      ["xfd1048576", undefined],
      ["A01", undefined],
      ["XFE1", "address"],
      ["A1048577", "address"],
      ["A0", "address"],
    ] as const) {
      const xml = `<w><row r="1"><c r="A1"><v>1</v></c><c r="${r}"><v>2</v></c></row></w>`;
      expect(verdict(xml, []).problem).toBe(problem);
      expect(verdict(xml, []).cell).toBe(`<c r="${r}">`);
    }
  });

  it("checks a row of millions of cells without running out of stack", () => {
    const xml = `<w><row r="1">${'<c r="A1" t="s"><v>1</v></c>'.repeat(2_000_000)}</row></w>`;
    expect(checkXml(xml)).toBeUndefined();
  });
});

describe("unescapeXml on a reference to no character", () => {
  it("leaves it as written (the part's check says it is damaged) instead of throwing", () => {
    expect(unescapeXml("a&#99999999;b&#x110000;")).toBe("a&#99999999;b&#x110000;");
  });
});

describe("the data sheet's check", () => {
  const sheet = (rows: string): string =>
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="m"><sheetData>${rows}</sheetData></worksheet>`;
  const row = (r: number, cells: string): string => `<row r="${r}">${cells}</row>`;
  const good = Array.from({ length: 3000 }, (_, i) =>
    row(
      i + 1,
      `<c r="A${i + 1}" t="inlineStr"><is><t>经销商${i}</t></is></c><c r="B${i + 1}"><v>${i}</v></c>`,
    ),
  ).join("");

  it("finds nothing wrong with a sound sheet of many chunks", async () => {
    expect(await findSheetFault(entryOf(Buffer.from(sheet(good))))).toBeUndefined();
  });

  it("names the row and the cell of a fault", async () => {
    const bad = good.replace("<t>经销商2500</t>", "<t>A & B</t>");
    expect(await findSheetFault(entryOf(Buffer.from(sheet(bad))))).toEqual({
      problem: "ampersand",
      row: 2501,
      cell: "A2501",
    });
  });

  it("names the row and cell of bytes that are not UTF-8 (GBK text in a UTF-8 part)", async () => {
    const [before, after] = sheet(good).split("经销商1700");
    const gbk = Buffer.from([0xbe, 0xad, 0xcf, 0xfa, 0xc9, 0xcc]);
    const bytes = Buffer.concat([Buffer.from(before ?? ""), gbk, Buffer.from(after ?? "")]);
    expect(await findSheetFault(entryOf(bytes))).toEqual({ problem: "encoding", row: 1701, cell: "A1701" });
  });

  it("refuses addresses outside Excel's grid: a column past XFD, a row past 1,048,576", async () => {
    expect(
      await findSheetFault(entryOf(Buffer.from(sheet(row(5, '<c r="XFD5"><v>1</v></c>'))))),
    ).toBeUndefined();
    expect(await findSheetFault(entryOf(Buffer.from(sheet(row(5, '<c r="XFE5"><v>1</v></c>')))))).toEqual({
      problem: "address",
      row: 5,
      cell: "XFE5",
    });
    expect(await findSheetFault(entryOf(Buffer.from(sheet(row(1048577, "<c><v>1</v></c>")))))).toMatchObject({
      problem: "address",
    });
    expect(await findSheetFault(entryOf(Buffer.from(sheet(row(0, "")))))).toEqual({ problem: "address" });
    expect(await findSheetFault(entryOf(Buffer.from(sheet('<row r="abc"/>'))))).toEqual({
      problem: "address",
    });
  });

  it("is made on this thread when the worker fails, and the run goes on", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "ct-check-"));
    const failing = path.join(dir, "failing.cjs");
    await writeFile(failing, 'throw new Error("a worker that cannot start");');
    const bad = good.replace("<t>经销商2500</t>", "<t>A & B</t>");
    expect(await startSheetCheck(entryOf(Buffer.from(sheet(bad))), failing).result()).toEqual({
      problem: "ampersand",
      row: 2501,
      cell: "A2501",
    });
    expect(await startSheetCheck(entryOf(Buffer.from(sheet(good))), failing).result()).toBeUndefined();
  });

  it("says a sheet saved in UTF-16 is not UTF-8", async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sheet(good), "utf16le")]);
    expect(await findSheetFault(entryOf(bytes))).toEqual({ problem: "encoding" });
  });
});
