/**
 * The command line on workbooks written by other tools (openpyxl, LibreOffice, hand-written packages as
 * the Open XML SDK and strict-OOXML writers make them, a macro-enabled workbook), judged by readers
 * nobody here wrote: Python's zipfile for the parts, openpyxl and LibreOffice headless for the cells.
 * Fixtures are made by tests/fixtures/make_fixtures.py (seeded) at the start of the run.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, readFile, readdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import JSZip from "jszip";
import { PYTHON, SOFFICE, openpyxlReads, requireReaders } from "../helpers/readers";
import { createRandom } from "../../src/taskpane/demo/sampleSheet";
import { writeGeneratedWorkbook } from "../../bench/cli";
import { ROOT, ledger, runCommand, tempDir, writeWorkbook } from "../helpers/cli";
import {
  type Comparison,
  compareWorkbooks,
  csvCellsChanged,
  exportCsv,
  orderProblems,
  partChanges,
  readCsv,
} from "../helpers/packageCheck";

/** The sheets of openpyxl-everything.xlsx after a run: the user's two, then ours. */
const EVERYTHING_SHEETS = ["经销商", "汇总", "分级策略", "分级变更记录", "_ChannelTiering"];

/** The parts a run may change: the data sheet and its table, the workbook part, its rels, types, styles, app.xml. */
const MAY_CHANGE =
  /^(xl\/worksheets\/sheet1\.xml|xl\/tables\/table\d+\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|\[Content_Types\]\.xml|xl\/styles\.xml|docProps\/app\.xml)$/;

const FIXTURES = [
  "openpyxl-comments.xlsx",
  "openpyxl-image.xlsx",
  "openpyxl-chart.xlsx",
  "openpyxl-validation.xlsx",
  "openpyxl-names.xlsx",
  "openpyxl-hyperlinks.xlsx",
  "openpyxl-autofilter.xlsx",
  "openpyxl-colourscale.xlsx",
  "openpyxl-formulas.xlsx",
  "openpyxl-everything.xlsx",
  "openpyxl-table.xlsx",
  "openpyxl-table-totals.xlsx",
  "openpyxl-two-level.xlsx",
  "openpyxl-ledger-layout.xlsx",
  "openpyxl-monthly.xlsx",
  "openpyxl-graded.xlsx",
  "extras.xlsx",
  "libreoffice-saved.xlsx",
  "xlsxwriter.xlsx",
  "sdk-prefixed.xlsx",
  "strict.xlsx",
  "date1904.xlsx",
  "absolute-targets.xlsx",
  "bare.xlsx",
  "macros.xlsm",
] as const;

const dir = { root: "", fixtures: "", out: "", csv: "" };
const results = new Map<string, { code: number; stderr: string; compare: Comparison; output: string }>();

beforeAll(async () => {
  requireReaders({ images: true, xlsxwriter: true });
  dir.root = await tempDir();
  dir.fixtures = path.join(dir.root, "in");
  dir.out = path.join(dir.root, "out");
  dir.csv = path.join(dir.root, "csv");
  execFileSync(PYTHON, [path.join(ROOT, "tests/fixtures/make_fixtures.py"), dir.fixtures]);
  // LibreOffice's own .xlsx: the openpyxl workbook with everything, opened and saved by LibreOffice.
  const lo = path.join(dir.root, "lo");
  execFileSync(
    SOFFICE,
    [
      "--headless",
      "--convert-to",
      "xlsx",
      "--outdir",
      lo,
      path.join(dir.fixtures, "openpyxl-everything.xlsx"),
    ],
    {
      stdio: "ignore",
      timeout: 120_000,
    },
  );
  await rename(path.join(lo, "openpyxl-everything.xlsx"), path.join(dir.fixtures, "libreoffice-saved.xlsx"));
  await mkdir(dir.out);
  for (const name of FIXTURES) {
    const input = path.join(dir.fixtures, name);
    const output = path.join(dir.out, name);
    const run = await runCommand([input, "--out", output, "--quiet"]);
    const compare = compareWorkbooks(input, output);
    results.set(name, { code: run.code, stderr: run.stderr, compare, output });
  }
  // LibreOffice exports every sheet of every input, then of every output, as CSV (raw values).
  exportCsv(
    FIXTURES.map((n) => path.join(dir.fixtures, n)),
    dir.csv,
  );
  exportCsv(
    FIXTURES.map((n) => path.join(dir.out, n)),
    path.join(dir.csv, "out"),
  );
}, 600_000);

describe.each(FIXTURES)("%s through the CLI", (name) => {
  const result = () => {
    const r = results.get(name);
    if (!r) throw new Error(`no result for ${name}`);
    return r;
  };

  it("exits 0 and says nothing on stderr", () => {
    expect(result().stderr).toBe("");
    expect(result().code).toBe(0);
  });

  it("keeps every part of the input, and every part it need not change byte for byte", () => {
    const { missing, changed, added } = partChanges(result().compare);
    expect(missing).toEqual([]);
    expect(changed.filter((n) => !MAY_CHANGE.test(n))).toEqual([]);
    // The data sheet is among the changed ones (it has our columns); our sheets are new parts.
    expect(changed).toContain("xl/worksheets/sheet1.xml");
    expect(added.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))).toHaveLength(3);
  });

  it("puts every element where ECMA-376's sequences want it (Excel refuses a part out of order)", () => {
    expect(orderProblems(result().output)).toEqual([]);
  });

  it("leaves every original cell as openpyxl reads it", () => {
    const c = result().compare;
    if (name === "strict.xlsx") {
      // openpyxl cannot read strict OOXML at all (it finds no sheets, before or after): LibreOffice judges it.
      expect(c.openpyxl?.sheets ?? []).toEqual([]);
      return;
    }
    expect(c.openpyxlError).toBeUndefined();
    expect(c.cellCount).toBeGreaterThan(90);
    expect(c.cells).toEqual({});
  });

  it("leaves every original cell as LibreOffice reads it, and LibreOffice reads our columns", async () => {
    const base = name.replace(/\.xlsx?m?$/, "");
    const { sheets, changed } = await csvCellsChanged(dir.csv, base);
    expect(sheets).toBeGreaterThan(0);
    expect(changed).toEqual([]);
    const data = readCsv(await readFile(path.join(dir.csv, "out", `${base}-经销商.csv`), "utf8"));
    // Over a two-level header, our headers stand on its second row, right above the data.
    const ourRow =
      { "openpyxl-two-level.xlsx": 1, "openpyxl-ledger-layout.xlsx": 3, "openpyxl-monthly.xlsx": 1 }[
        name as string
      ] ?? 0;
    expect(data[ourRow]).toContain("渠道分级");
    expect(data.slice(1).filter((row) => row.includes("重点客户")).length).toBeGreaterThan(0);
  });
});

describe.each(FIXTURES)("%s tiered, then taken back with --remove-tiering", (name) => {
  // The workbook as it was before the run, read by openpyxl and LibreOffice: every cell, both ways (none
  // of ours left), the user's comments, images, charts, validations, links, colours, filter, names and
  // freeze; every part back, those a run does not change byte for byte.
  const base = name.replace(/\.xlsx?m?$/, "");
  const untiered = (): string => path.join(dir.root, "untiered", name);
  let run: { code: number; stdout: string; stderr: string };
  beforeAll(async () => {
    await mkdir(path.join(dir.root, "untiered"), { recursive: true });
    const tiered = results.get(name)?.output ?? "";
    run = await runCommand([tiered, "--remove-tiering", "--out", untiered(), "--lang", "en"]);
    exportCsv([untiered()], path.join(dir.csv, "untiered"));
  }, 120_000);

  it("exits 0, says what it took back, and writes every part of the input back, the untouched ones byte for byte", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Tiering removed: \d+\u00a0columns cleared on '[^']+', sheets '.+' and '.+' deleted, the saved data removed\.\n/,
    );
    const c = compareWorkbooks(path.join(dir.fixtures, name), untiered());
    const { missing, changed, added } = partChanges(c);
    expect(missing).toEqual([]);
    expect(changed.filter((n) => !MAY_CHANGE.test(n))).toEqual([]);
    // The styles a run appended stay (cells may still use them after a user's copy); nothing else is new.
    expect(added.filter((n) => !/^xl\/styles\.xml$/.test(n))).toEqual([]);
    expect(orderProblems(untiered())).toEqual([]);
  });

  it("reads in openpyxl cell for cell as the input did, with the user's own things as they were", () => {
    if (name === "strict.xlsx") return; // openpyxl reads no sheet of strict OOXML: LibreOffice judges it.
    const input = path.join(dir.fixtures, name);
    const there = compareWorkbooks(input, untiered());
    const back = compareWorkbooks(untiered(), input);
    expect(there.openpyxlError).toBeUndefined();
    expect(there.cells).toEqual({});
    expect(back.cells).toEqual({});
    expect(there.openpyxl).toEqual(compareWorkbooks(input, input).openpyxl);
  });

  it("reads in LibreOffice as the input did, every sheet, nothing right of the user's columns", async () => {
    // This fixture's sheets: "openpyxl-table-经销商.csv", not "openpyxl-table-totals-经销商.csv".
    const longer = FIXTURES.map((n) => n.replace(/\.xlsx?m?$/, "")).filter(
      (b) => b !== base && b.startsWith(`${base}-`),
    );
    const ours = (f: string): boolean =>
      f.startsWith(`${base}-`) && f.endsWith(".csv") && !longer.some((b) => f.startsWith(`${b}-`));
    const before = (await readdir(dir.csv)).filter(ours);
    const after = (await readdir(path.join(dir.csv, "untiered"))).filter(ours);
    expect(after.sort()).toEqual(before.sort());
    for (const file of before)
      expect([file, await readFile(path.join(dir.csv, "untiered", file), "utf8")]).toEqual([
        file,
        await readFile(path.join(dir.csv, file), "utf8"),
      ]);
  });
});

describe("the element-order check itself", () => {
  it("finds an element out of CT_Worksheet's sequence and a cell out of column order", async () => {
    const bad = path.join(dir.root, "out-of-order.xlsx");
    execFileSync(PYTHON, [
      "-c",
      [
        "import sys, zipfile",
        "src, dst = sys.argv[1:3]",
        "zin = zipfile.ZipFile(src); zout = zipfile.ZipFile(dst, 'w')",
        "for i in zin.infolist():",
        "    d = zin.read(i.filename)",
        "    if i.filename == 'xl/worksheets/sheet1.xml':",
        '        d = d.replace(b\'<sheetData>\', b\'<pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/><sheetData>\', 1)',
        "        d = d.replace(b'<c r=\"A2\"', b'<c r=\"Z2\"', 1)",
        "    zout.writestr(i, d)",
        "zout.close()",
      ].join("\n"),
      path.join(dir.fixtures, "openpyxl-comments.xlsx"),
      bad,
    ]);
    const problems = orderProblems(bad);
    expect(problems.some((p) => /<worksheet> children out of order/.test(p))).toBe(true);
    expect(problems.some((p) => /row 2 cells out of order/.test(p))).toBe(true);
  });
});

describe("what the other writers' workbooks carry, after the run", () => {
  const seen = (name: string) => results.get(name)?.compare.openpyxl;

  it("keeps comments, images, charts, validations, hyperlinks, names, the user's filter (widened over ours) and colour scale", () => {
    const all = seen("openpyxl-everything.xlsx");
    expect(all).toMatchObject({
      sheets: EVERYTHING_SHEETS,
      comments: ["A2", "B5"],
      images: 1,
      charts: 1,
      validations: ["C2:C25"],
      hyperlinks: ["A3", "A4"],
      filter: "A1:N25",
      names: ["Rate", "销售额区域"],
    });
    // The user's colour scale stays; our three tier rules sit on our tier column.
    expect(all?.conditional).toEqual([
      "B2:B25:colorScale",
      "E2:E25:cellIs",
      "E2:E25:cellIs",
      "E2:E25:cellIs",
    ]);
    expect(seen("openpyxl-comments.xlsx")?.comments).toEqual(["A2", "B5"]);
    expect(seen("openpyxl-image.xlsx")?.images).toBe(1);
    expect(seen("openpyxl-chart.xlsx")?.charts).toBe(1);
    expect(seen("libreoffice-saved.xlsx")).toMatchObject({ comments: ["A2", "B5"], images: 1, charts: 1 });
  });

  it("adds a header filter and a freeze where the user has none, and never a second filter", () => {
    expect(seen("openpyxl-comments.xlsx")).toMatchObject({ filter: "A1:N25", freeze: "B2" });
    // The user's own filter over A:D, nothing filtered: widened over our columns (an arrow on 渠道分级).
    expect(seen("openpyxl-autofilter.xlsx")?.filter).toBe("A1:N25");
  });

  it("adds our columns to the user's Excel table, which keeps its own filter", () => {
    const t = seen("openpyxl-table.xlsx");
    const [ref, columns] = t?.tables.Dealers ?? ["", []];
    expect(ref).toBe("A1:N25");
    expect(columns.slice(0, 5)).toEqual([
      "经销商名称",
      "年度销售额（万元）",
      "所属区域",
      "负责人",
      "渠道分级",
    ]);
    expect(columns).toHaveLength(14);
    expect(t?.filter).toBeNull();
  });

  it("keeps print titles, the user's own freeze, external links, customXml, custom properties, printer settings", () => {
    const r = results.get("extras.xlsx");
    expect(r?.compare.openpyxl).toMatchObject({ printTitles: "1:1", freeze: "B1" });
    // The print area over the ledger (A1:D25) widened over our columns, as openpyxl reads it: a printout
    // by it had no tiers.
    const last = r?.compare.openpyxl?.lastColumn;
    expect(last).toMatch(/^[M-Z]$/);
    expect(r?.compare.openpyxl).toMatchObject({ printArea: [`$A$1:$${last}$25`] });
    for (const part of [
      "xl/externalLinks/externalLink1.xml",
      "xl/externalLinks/_rels/externalLink1.xml.rels",
      "customXml/item1.xml",
      "customXml/itemProps1.xml",
      "docProps/custom.xml",
      "xl/printerSettings/printerSettings1.bin",
    ])
      expect([part, r?.compare.parts[part]]).toEqual([part, { present: true, same: true }]);
  });

  it("reads and writes dates in the 1904 system as the same days as in the 1900 system", () => {
    const csv = async (n: string) => readFile(path.join(dir.csv, "out", `${n}-经销商.csv`), "utf8");
    return Promise.all([csv("date1904"), csv("sdk-prefixed")]).then(([a, b]) => {
      // Same dates, same tenure, same tiers, and the same next reviews as LibreOffice shows them: the two
      // files differ only in their date system (a 1900 serial written into the 1904 workbook showed every
      // review four years late, 2029-12-30 for 2025-12-30).
      const rows = readCsv(a);
      expect(rows[0]).toContain("下次复查");
      expect(rows.length).toBeGreaterThan(5);
      expect(rows).toEqual(readCsv(b));
    });
  });

  it("reads rich text without its phonetic guide, and finds parts named by absolute paths", async () => {
    const rows = readCsv(await readFile(path.join(dir.csv, "out", "absolute-targets-经销商.csv"), "utf8"));
    expect(rows[1]?.[0]).toBe("经销商01");
    expect(rows.flat().join()).not.toContain("JINGXIAOSHANG");
    expect(rows[0]).toContain("渠道分级");
  });

  it("keeps a macro-enabled workbook macro-enabled, as <name>.tiered.xlsm by default", async () => {
    const input = path.join(dir.root, "book.xlsm");
    await copyFile(path.join(dir.fixtures, "macros.xlsm"), input);
    const run = await runCommand([input, "--quiet"]);
    expect(run.code).toBe(0);
    const out = path.join(dir.root, "book.tiered.xlsm");
    expect(existsSync(out)).toBe(true);
    const compare = compareWorkbooks(input, out);
    expect(compare.parts["xl/vbaProject.bin"]).toEqual({ present: true, same: true });
    const types = execFileSync(
      PYTHON,
      [
        "-c",
        `import zipfile,sys; print(zipfile.ZipFile(sys.argv[1]).read("[Content_Types].xml").decode())`,
        out,
      ],
      {
        encoding: "utf8",
      },
    );
    expect(types).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  });
});

/** A workbook's bytes with the central directory's uncompressed size of one part replaced. */
function withDeclaredSize(zip: Buffer, part: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const name = Buffer.from(part);
  for (let at = out.length - 22; at >= 0; at--) {
    if (out.readUInt32LE(at) !== 0x02014b50) continue;
    const length = out.readUInt16LE(at + 28);
    if (length === name.length && out.subarray(at + 46, at + 46 + length).equals(name)) {
      out.writeUInt32LE(size, at + 24);
      return out;
    }
  }
  throw new Error(`${part} not found`);
}

describe("files that are not a workbook we can read: one line each, exit 1, nothing written", () => {
  let work = "";
  let sample = "";
  beforeAll(async () => {
    work = await tempDir();
    sample = path.join(dir.fixtures, "openpyxl-comments.xlsx");
    for (const format of ["xls", "ods"]) {
      execFileSync(SOFFICE, ["--headless", "--convert-to", format, "--outdir", work, sample], {
        stdio: "ignore",
        timeout: 120_000,
      });
      await rename(path.join(work, `openpyxl-comments.${format}`), path.join(work, `renamed-${format}.xlsx`));
    }
  }, 240_000);

  const cases: [string, () => Promise<string>, RegExp][] = [
    [
      "a password-protected workbook (an OLE file holding EncryptionInfo)",
      async () => {
        const file = path.join(work, "locked.xlsx");
        const cfb = Buffer.alloc(4096);
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
        Buffer.from("EncryptionInfo", "utf16le").copy(cfb, 1024);
        Buffer.from("EncryptedPackage", "utf16le").copy(cfb, 1152);
        await writeFile(file, cfb);
        return file;
      },
      /protected with a password/,
    ],
    [
      "an .xls saved under the .xlsx name",
      async () => path.join(work, "renamed-xls.xlsx"),
      /Excel 97-2003 \(\.xls\) workbook saved under another name/,
    ],
    [
      "an .xls as named: not called renamed, and told how to convert it",
      async () => {
        const file = path.join(work, "经销商.xls");
        await copyFile(path.join(work, "renamed-xls.xlsx"), file);
        return file;
      },
      /an Excel 97-2003 \(\.xls\) workbook; this tool reads \.xlsx \(Excel 2007 and later\)\. Save it as \.xlsx in Excel, or convert it with soffice --headless --convert-to xlsx ".*经销商\.xls", and run on the \.xlsx\./,
    ],
    [
      "a compound file named .et, as WPS Spreadsheets saves its own format: WPS's to save as .xlsx",
      async () => {
        const file = path.join(work, "经销商.et");
        await copyFile(path.join(work, "renamed-xls.xlsx"), file);
        return file;
      },
      /a WPS Spreadsheets workbook in its own format \(\.et\); this tool reads \.xlsx\. In WPS, Save As an Excel workbook/,
    ],
    [
      "an .ods saved under the .xlsx name",
      async () => path.join(work, "renamed-ods.xlsx"),
      /OpenDocument \(\.ods\)/,
    ],
    [
      "Excel's lock file of a workbook it has open, picked for the workbook",
      async () => {
        // The owner file: the user's name, padded, in 165 bytes (Excel writes it as ~$ and the name).
        const file = path.join(work, "~$经销商台账.xlsx");
        const owner = Buffer.alloc(165, 0x20);
        owner[0] = 4;
        Buffer.from("Wang").copy(owner, 1);
        Buffer.from("Wang", "utf16le").copy(owner, 56);
        await writeFile(file, owner);
        return file;
      },
      /the lock file Excel keeps while '经销商台账\.xlsx' is open, not a workbook\. Run on '经销商台账\.xlsx'/,
    ],
    [
      "a zip cut short",
      async () => {
        const file = path.join(work, "cut.xlsx");
        const bytes = await readFile(sample);
        await writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
        return file;
      },
      /damaged or truncated/,
    ],
    [
      "a zip bomb declaring 3 GB for its sheet",
      async () => {
        const file = path.join(work, "bomb.xlsx");
        await writeFile(
          file,
          withDeclaredSize(await readFile(sample), "xl/worksheets/sheet1.xml", 3_000_000_000),
        );
        return file;
      },
      /zip bomb/,
    ],
    [
      "a zip bomb whose sheet inflates past the size it declares",
      async () => {
        const file = path.join(work, "liar.xlsx");
        await writeFile(file, withDeclaredSize(await readFile(sample), "xl/worksheets/sheet1.xml", 200));
        return file;
      },
      /zip bomb/,
    ],
  ];

  /** The sample with one part edited, as a writer that damaged it would have left it. */
  const damaged = async (
    name: string,
    part: string,
    edit: (xml: string) => string | Buffer,
  ): Promise<string> => {
    const zip = await JSZip.loadAsync(await readFile(sample));
    const xml = await zip.file(part)?.async("string");
    if (xml === undefined) throw new Error(`${part} not in the sample`);
    const edited = edit(xml);
    if (edited === xml) throw new Error(`the edit of ${part} changed nothing`);
    zip.file(part, edited);
    const file = path.join(work, name);
    await writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    return file;
  };
  /** openpyxl writes each character of its inline strings as a reference: 经销商 as &#32463;&#38144;&#21830;. */
  const DEALER = "&#32463;&#38144;&#21830;";
  const xmlCases: [string, () => Promise<string>, RegExp][] = [
    [
      "an unescaped & in a distributor's name (an exporter that writes XML by hand)",
      () => damaged("amp.xlsx", "xl/worksheets/sheet1.xml", (x) => x.replace(`${DEALER}03`, "A & B 03")),
      /damaged: sheet '经销商', row 4 \(cell A4\) has an '&' that is not escaped/,
    ],
    [
      "a control character pasted into a cell",
      () =>
        damaged("control.xlsx", "xl/worksheets/sheet1.xml", (x) =>
          x.replace(`${DEALER}05`, "经销商\u000B05"),
        ),
      /row 6 \(cell A6\) has a control character XML does not allow/,
    ],
    [
      "a cell whose closing tag was lost",
      () =>
        damaged("unclosed.xlsx", "xl/worksheets/sheet1.xml", (x) =>
          x.replace(/(<c r="B5"[^>]*><v>[^<]*<\/v>)<\/c>/, "$1"),
        ),
      /row 5 \(cell B5\) has a closing tag that does not match the open one/,
    ],
    [
      "GBK bytes where UTF-8 belongs (an exporter that ignored the declared encoding)",
      () =>
        damaged("gbk.xlsx", "xl/worksheets/sheet1.xml", (x) => {
          const [before, after] = x.split(`${DEALER}07`);
          const gbk = Buffer.from([0xbe, 0xad, 0xcf, 0xfa, 0xc9, 0xcc]);
          return Buffer.concat([Buffer.from(before ?? ""), gbk, Buffer.from(`07${after ?? ""}`)]);
        }),
      /row 8 \(cell A8\) has text that is not UTF-8/,
    ],
    [
      "a cell beyond Excel's last column",
      () => damaged("xfe.xlsx", "xl/worksheets/sheet1.xml", (x) => x.replace('r="D9"', 'r="XFE9"')),
      /row 9 \(cell XFE9\) has a cell or row address outside Excel's grid/,
    ],
    [
      "a sheet whose part the package lacks altogether",
      async () => {
        const zip = await JSZip.loadAsync(await readFile(sample));
        zip.remove("xl/worksheets/sheet1.xml");
        const file = path.join(work, "no-part.xlsx");
        await writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
        return file;
      },
      /the workbook is damaged: its part xl\/worksheets\/sheet1\.xml is missing from the file/,
    ],
    [
      "a DTD in the workbook part (the package's rules forbid one)",
      () => damaged("dtd.xlsx", "xl/workbook.xml", (x) => `<!DOCTYPE workbook [<!ENTITY e "x">]>${x}`),
      /its part xl\/workbook\.xml \(line 1, column 1\) has a DTD declaration/,
    ],
    [
      "a reference to no character in the sheet's relationships",
      () =>
        damaged("ref.xlsx", "xl/worksheets/_rels/sheet1.xml.rels", (x) =>
          x.replace(/Target="([^"]*)"/, 'Target="$1&#99999999;"'),
        ),
      /its part xl\/worksheets\/_rels\/sheet1\.xml\.rels \(line 1, column \d+\) has a reference to a character XML does not allow/,
    ],
  ];

  it.each(xmlCases)("%s: the part and the place are named", async (_, make, message) => {
    const input = await make();
    const out = path.join(work, `${path.basename(input)}.out.xlsx`);
    const run = await runCommand([input, "--out", out]);
    expect(run.stderr).toMatch(message);
    // The remedy: Excel's recovery where Excel would find the part damaged; its save where it would not.
    expect(run.stderr).toMatch(
      /Open (it in Excel, let it recover|the workbook in Excel), save(| it), and run again; nothing was written\.$/m,
    );
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  it("reads parts stored under their names in another case, as Excel does, and writes them as named", async () => {
    // Part names are compared without case (ECMA-376 Part 2, 8.1.1.2): Sheet1.xml is the sheet1.xml the
    // workbook names. openpyxl looks names up as spelled and reads nothing of this input.
    const zip = await JSZip.loadAsync(await readFile(sample));
    const stored: Record<string, string> = {
      "xl/worksheets/sheet1.xml": "xl/worksheets/Sheet1.xml",
      "xl/worksheets/_rels/sheet1.xml.rels": "xl/worksheets/_rels/SHEET1.xml.rels",
      "xl/_rels/workbook.xml.rels": "xl/_rels/Workbook.xml.rels",
    };
    for (const [name, other] of Object.entries(stored)) {
      const bytes = await zip.file(name)?.async("nodebuffer");
      if (!bytes) throw new Error(`${name} not in the sample`);
      zip.remove(name);
      zip.file(other, bytes);
    }
    const input = path.join(work, "other-case.xlsx");
    await writeFile(input, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    expect(() => openpyxlReads(input, "ws['A2'].value")).toThrow();
    const out = path.join(work, "other-case.out.xlsx");
    const run = await runCommand([input, "--out", out, "--quiet"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const names = Object.keys((await JSZip.loadAsync(await readFile(out))).files);
    for (const [name, other] of Object.entries(stored)) {
      expect(names).toContain(name);
      expect(names).not.toContain(other);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    const columns = openpyxlReads<number>(sample, "ws.max_column");
    const original = openpyxlReads<unknown[]>(
      sample,
      `[[str(c.value) for c in r] for r in ws.iter_rows(max_col=${columns})]`,
    );
    const seen = openpyxlReads<{ cells: unknown[]; header: unknown[]; comments: string[] }>(
      out,
      `{'cells': [[str(c.value) for c in r] for r in ws.iter_rows(max_col=${columns})], 'header': [c.value for c in ws[1]],` +
        " 'comments': [c.coordinate for r in ws.iter_rows() for c in r if c.comment]}",
    );
    expect(seen.cells).toEqual(original);
    expect(seen.header).toContain("渠道分级");
    expect(seen.comments).toEqual(["A2", "B5"]);
  });

  it("says so in Chinese where the terminal speaks it", async () => {
    const input = await damaged("amp-zh.xlsx", "xl/worksheets/sheet1.xml", (x) =>
      x.replace(`${DEALER}03`, "A & B"),
    );
    const run = await runCommand([input, "--out", path.join(work, "amp-zh.out.xlsx")], {
      LANG: "zh_CN.UTF-8",
    });
    expect(run.stderr.trim()).toBe(
      `${input}：工作簿已损坏：工作表“经销商”第 4 行（A4 单元格）有未转义的“&”（应写作 &amp;）。Excel 打开时也会提示“发现部分内容有问题”并尝试恢复。请在 Excel 中打开、恢复后另存，再运行；本次未写入任何文件。`,
    );
  });

  it.each([
    [
      "a protected sheet (Review > Protect Sheet)",
      "xl/worksheets/sheet1.xml",
      (x: string) =>
        x.replace("</sheetData>", '</sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/>'),
      "Sheet '经销商' is protected. Unprotect it (Review > Unprotect Sheet) and run again; nothing was written.",
    ],
    [
      "a workbook whose structure is protected (Review > Protect Workbook)",
      "xl/workbook.xml",
      (x: string) => x.replace("<workbookProtection/>", '<workbookProtection lockStructure="1"/>'),
      "The workbook's structure is protected, so the strategy sheet cannot be added. Unprotect it (Review > Protect Workbook) and run again; nothing was written.",
    ],
  ])("refuses %s, as the add-in does", async (_, part, edit, message) => {
    const input = await damaged(`protected-${part.length}.xlsx`, part, edit);
    const out = path.join(work, `protected-${part.length}.out.xlsx`);
    const run = await runCommand([input, "--out", out]);
    expect(run.stderr.trim()).toBe(message);
    expect(run.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('tiers a sheet whose protection is switched off (sheet="0")', async () => {
    const input = await damaged("unprotected.xlsx", "xl/worksheets/sheet1.xml", (x) =>
      x.replace("</sheetData>", '</sheetData><sheetProtection sheet="0" objects="1"/>'),
    );
    expect(
      (await runCommand([input, "--out", path.join(work, "unprotected.out.xlsx"), "--quiet"])).code,
    ).toBe(0);
  });

  it("reads a workbook part saved in UTF-16, which the package's rules allow", async () => {
    const input = await damaged("utf16.xlsx", "xl/workbook.xml", (x) =>
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(x.replace(/^<\?xml[^>]*\?>/, ""), "utf16le")]),
    );
    const out = path.join(work, "utf16.out.xlsx");
    const run = await runCommand([input, "--out", out, "--quiet"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(openpyxlReads<string[]>(out, "ws.parent.sheetnames")).toContain("分级策略");
  });

  it("writes its own relationships in the transitional namespace where the package misspells one", async () => {
    const input = await damaged("misspelled.xlsx", "xl/_rels/workbook.xml.rels", (x) =>
      x.replace("officeDocument/2006/relationships/worksheet", "officeDocumnt/2006/relationships/worksheet"),
    );
    const out = path.join(work, "misspelled.out.xlsx");
    expect((await runCommand([input, "--out", out, "--quiet"])).code).toBe(0);
    const rels =
      (await (
        await JSZip.loadAsync(await readFile(out))
      )
        .file("xl/_rels/workbook.xml.rels")
        ?.async("string")) ?? "";
    const ours = [...rels.matchAll(/Type="([^"]*)" Target="worksheets\/sheet\d+\.xml"/g)].map((m) => m[1]);
    expect(ours.length).toBeGreaterThan(0);
    for (const type of ours)
      expect(type).toBe("http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet");
  });

  it.each(cases)("%s", async (_, make, message) => {
    const input = await make();
    const out = path.join(work, `${path.basename(input)}.out.xlsx`);
    const run = await runCommand([input, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    // A valid but unsupported file is never called damaged.
    if (!/damaged/.test(message.source)) expect(run.stderr).not.toMatch(/damaged/);
    expect(existsSync(out)).toBe(false);
  });
});

describe("merged cells where our columns go", () => {
  it("are found before anything is written, with the range and the column named", async () => {
    const work = await tempDir();
    const input = await writeWorkbook(path.join(work, "merged.xlsx"), { S: ledger(6) }, (wb) => {
      wb.getWorksheet("S")!.mergeCells("D3:E5");
    });
    const out = path.join(work, "out.xlsx");
    const run = await runCommand([input, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Cells D3:E5 on sheet 'S' are merged where the column 'Tier' goes/);
    expect(existsSync(out)).toBe(false);
  });
});

describe("re-runs", () => {
  it("replace our tier colours when the row count changes, and keep the user's", async () => {
    const work = await tempDir();
    const first = path.join(work, "first.xlsx");
    expect(
      (await runCommand([path.join(dir.fixtures, "openpyxl-everything.xlsx"), "--out", first])).code,
    ).toBe(0);
    // A planner adds five distributors (openpyxl saves the file, as a script of theirs would), then re-runs.
    const edited = path.join(work, "edited.xlsx");
    execFileSync(PYTHON, [
      "-c",
      "import openpyxl,sys\nwb=openpyxl.load_workbook(sys.argv[1])\nws=wb['经销商']\nfor i in range(5): ws.append([f'新客户{i}', 50+i, '华东', '业务员1'])\nwb.save(sys.argv[2])",
      first,
      edited,
    ]);
    const second = path.join(work, "second.xlsx");
    expect((await runCommand([edited, "--out", second, "--quiet"])).code).toBe(0);
    const compare = compareWorkbooks(edited, second);
    expect(compare.openpyxl?.conditional).toEqual([
      "B2:B25:colorScale",
      "E2:E30:cellIs",
      "E2:E30:cellIs",
      "E2:E30:cellIs",
    ]);
    // One strategy sheet, one change log, one settings sheet: ours replaced, not added again.
    expect(compare.openpyxl?.sheets).toEqual(EVERYTHING_SHEETS);
  });
});

describe("a re-run on our own output", () => {
  it("replaces our strategy sheet with its chart and drawing, leaving no orphan part and the user's chart", async () => {
    const work = await tempDir();
    const first = path.join(work, "first.xlsx");
    const second = path.join(work, "second.xlsx");
    expect(
      (await runCommand([path.join(dir.fixtures, "openpyxl-everything.xlsx"), "--out", first])).code,
    ).toBe(0);
    expect((await runCommand([first, "--out", second, "--quiet"])).code).toBe(0);
    const names = (file: string): string[] =>
      JSON.parse(
        execFileSync(
          PYTHON,
          ["-c", "import zipfile,sys,json; print(json.dumps(zipfile.ZipFile(sys.argv[1]).namelist()))", file],
          {
            encoding: "utf8",
          },
        ),
      ) as string[];
    const charts = (file: string) => names(file).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts(first)).toHaveLength(2);
    expect(charts(second)).toHaveLength(2);
    expect(names(second).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))).toHaveLength(5);
    const compare = compareWorkbooks(first, second);
    expect(compare.openpyxl).toMatchObject({ charts: 1, images: 1, comments: ["A2", "B5"] });
    // Our cells now replace our earlier ones (the general merge of a row, not the append): still in order.
    expect(orderProblems(second)).toEqual([]);
    expect(compare.openpyxl?.sheets).toEqual(EVERYTHING_SHEETS);
  });
});

describe("--remove-saved", () => {
  it("writes a copy without the saved data, every other part byte for byte, which a later run leaves as it is", async () => {
    const work = await tempDir();
    const tiered = path.join(work, "tiered.xlsx");
    const source = path.join(dir.fixtures, "openpyxl-everything.xlsx");
    expect((await runCommand([source, "--out", tiered, "--quiet"])).code).toBe(0);
    const run = await runCommand([tiered, "--remove-saved", "--lang", "en"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Removed the data saved in the workbook: the rules, \d+ accounts with their last tier and sales, 1 run of history\./,
    );
    const shareable = path.join(work, "tiered.shareable.xlsx");
    const c = compareWorkbooks(tiered, shareable);
    const { missing, changed, added } = partChanges(c);
    expect(added).toEqual([]);
    // The settings sheet's part, and nothing else, is gone.
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
    expect(changed.filter((n) => !MAY_CHANGE.test(n) || /styles|sheet1|table/.test(n))).toEqual([]);
    expect(changed).toEqual(expect.arrayContaining(["xl/workbook.xml", "[Content_Types].xml"]));
    // Every cell of every other sheet reads the same in openpyxl; the user's chart, image and comments stay.
    expect(Object.keys(c.cells ?? {}).filter((k) => !k.startsWith("_ChannelTiering!"))).toEqual([]);
    expect(Object.keys(c.cells ?? {}).length).toBeGreaterThan(0);
    expect(c.openpyxl).toMatchObject({ charts: 1, images: 1, comments: ["A2", "B5"] });
    expect(c.openpyxl?.sheets).toEqual(EVERYTHING_SHEETS.filter((n) => n !== "_ChannelTiering"));
    expect(orderProblems(shareable)).toEqual([]);
    // LibreOffice opens it and reads the tiers.
    const csv = path.join(work, "csv");
    exportCsv([shareable], csv);
    const data = readCsv(await readFile(path.join(csv, "tiered.shareable-经销商.csv"), "utf8"));
    expect(data[0]).toContain("渠道分级");

    // Nothing saved now: said, nothing written.
    const again = await runCommand([
      shareable,
      "--remove-saved",
      "--lang",
      "en",
      "--out",
      path.join(work, "x.xlsx"),
    ]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(`${shareable} holds no saved data: nothing was written.\n`);
    expect(existsSync(path.join(work, "x.xlsx"))).toBe(false);
    // A run on the copy treats it as never tiered: our earlier columns and sheets are no longer claimed
    // by saved settings, so they stay as they are, and the run writes its own beside them.
    const next = path.join(work, "next.xlsx");
    const nextRun = await runCommand([shareable, "--out", next, "--lang", "zh"]);
    expect(nextRun.code).toBe(0);
    // A first run: nothing compared with the tiers in the earlier columns, which are now the user's.
    expect(nextRun.stdout).toMatch(/^已对工作表“经销商”中的 \d+ 家客户分级/);
    expect(nextRun.stdout).not.toMatch(/较上次分级/);
    // The earlier columns, left as they are, and this run's, each said by its place.
    expect(nextRun.stdout).toMatch(
      / {2}- [A-Z]+至[A-Z]+列的表头与本工具的分级列相同，但本表没有保存的分级记录表明是本工具写入的（保存的数据已清除，或是您自己的列）：保持不变；本次结果写在[A-Z]+至[A-Z]+列。\n/,
    );
    const after = compareWorkbooks(shareable, next);
    expect(after.cells).toEqual({});
    expect(after.openpyxl?.sheets).toEqual(
      expect.arrayContaining(["分级策略", "分级变更记录", "分级策略 (2)", "_ChannelTiering"]),
    );

    // In place: a backup first, as for a run.
    expect((await runCommand([tiered, "--remove-saved", "--in-place", "--quiet"])).code).toBe(0);
    expect(existsSync(path.join(work, "tiered.bak.xlsx"))).toBe(true);
    expect(compareWorkbooks(tiered, shareable).parts["xl/workbook.xml"]?.same).toBe(true);
  });

  it("keeps a later sheet's print area and the active tab on their sheets when the settings sheet is not last", async () => {
    const work = await tempDir();
    const tiered = path.join(work, "tiered.xlsx");
    expect(
      (await runCommand([path.join(dir.fixtures, "openpyxl-everything.xlsx"), "--out", tiered, "--quiet"]))
        .code,
    ).toBe(0);
    // openpyxl adds a sheet after ours, gives it a print area and makes it the active one.
    const later = path.join(work, "later.xlsx");
    const script = [
      "import openpyxl, sys",
      "wb = openpyxl.load_workbook(sys.argv[1])",
      "ws = wb.create_sheet('Later')",
      "ws['A1'] = 'after'",
      "ws.print_area = 'A1:B2'",
      "wb.active = len(wb.sheetnames) - 1",
      "wb.save(sys.argv[2])",
    ].join("\n");
    execFileSync(PYTHON, ["-c", script, tiered, later]);
    const out = path.join(work, "out.xlsx");
    expect((await runCommand([later, "--remove-saved", "--out", out, "--quiet"])).code).toBe(0);
    const read = JSON.parse(
      execFileSync(
        PYTHON,
        [
          "-c",
          "import openpyxl, sys, json; wb = openpyxl.load_workbook(sys.argv[1]); print(json.dumps([wb.sheetnames, wb.active.title, wb['Later'].print_area, wb['Later']['A1'].value, wb['分级策略'].print_area is not None]))",
          out,
        ],
        { encoding: "utf8" },
      ),
    ) as unknown[];
    expect(read).toEqual([
      EVERYTHING_SHEETS.filter((n) => n !== "_ChannelTiering").concat("Later"),
      "Later",
      ["$A$1:$B$2"],
      "after",
      true,
    ]);
  });

  it("is refused with an option of a run that tiers, and on a CSV, before anything is read", async () => {
    const work = await tempDir();
    const csv = path.join(work, "list.csv");
    await writeFile(csv, "经销商,销售额\n甲,100\n");
    const withMap = await runCommand([csv, "--remove-saved", "--map", "name=经销商", "--lang", "en"]);
    expect(withMap.code).toBe(2);
    expect(withMap.stderr).toMatch(/^--remove-saved tiers nothing, so --map would be ignored/);
    const text = await runCommand([csv, "--remove-saved", "--lang", "zh"]);
    expect(text.code).toBe(1);
    expect(text.stderr).toBe(`--remove-saved：${csv} 是文本（CSV）文件，其中没有保存的分级数据。\n`);
    expect(await readdir(work)).toEqual(["list.csv"]);
  });
});

describe("the output's extension", () => {
  it.each([
    [
      "macros.xlsm",
      "out.xlsx",
      /has macros, which Excel opens only from an \.xlsm file: name the output \.xlsm\.$/,
    ],
    [
      "openpyxl-comments.xlsx",
      "out.xlsm",
      /has no macros, and Excel opens an \.xlsm only when it has: name the output \.xlsx\.$/,
    ],
    [
      "openpyxl-comments.xlsx",
      "out.csv",
      /--out .*out\.csv: the output is an Excel workbook.*: name it \.xlsx\.$/,
    ],
    [
      "openpyxl-comments.xlsx",
      "result",
      /--out .*result: the output is an Excel workbook.*: name it \.xlsx\.$/,
    ],
    ["macros.xlsm", "out.xls", /name it \.xlsm\.$/],
  ])("%s to --out %s is refused before anything is written", async (input, output, message) => {
    const work = await tempDir();
    const out = path.join(work, output);
    const run = await runCommand([path.join(dir.fixtures, input), "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
});

/** The report of a quiet run on a fixture, and where the run wrote the workbook. */
type FixtureReport = {
  headerRow: number;
  fields: Record<string, string>;
  rows: { row: number; name: string; revenue: number | null; credit: string | null }[];
  skipped: { row: number; reason: string }[];
  findings: { code: string; row?: number }[];
  revenueParts?: string[];
  summary: {
    salesPeriod?: unknown;
    ownGrading?: { sheetKey: number; notKeyNow: { name: string }[]; keyNow: { name: string }[] } | null;
  };
};
async function reportOf(fixture: string): Promise<{ report: FixtureReport; out: string }> {
  const work = await tempDir();
  const report = path.join(work, "r.json");
  const out = path.join(work, "out.xlsx");
  const run = await runCommand([
    path.join(dir.fixtures, fixture),
    "--out",
    out,
    "--report",
    report,
    "--quiet",
  ]);
  expect([run.code, run.stderr]).toEqual([0, ""]);
  return { report: JSON.parse(await readFile(report, "utf8")) as FixtureReport, out };
}

describe("an Excel table's total row", () => {
  it("is no account, whatever its name column shows (a count)", async () => {
    const { report: r } = await reportOf("openpyxl-table-totals.xlsx");
    expect(r.rows).toHaveLength(24);
    expect(r.rows.map((x) => x.name)).not.toContain("24");
    expect(r.skipped).toEqual([{ row: 26, reason: "total" }]);
  });
});

describe("a ledger kept by month with no total (openpyxl)", () => {
  it("tiers on the ten months' sum as openpyxl reads the cells, with last year's total to compare", async () => {
    const { report: r } = await reportOf("openpyxl-monthly.xlsx");
    expect(r.fields).toMatchObject({ revenue: "1月销售额", priorRevenue: "2024年销售额" });
    expect(r.revenueParts).toEqual(Array.from({ length: 10 }, (_, k) => `${k + 1}月销售额`));
    expect(r.summary.salesPeriod).toEqual({ months: 10, from: 1, to: 10 });
    expect(r.findings.filter((f) => f.code === "header.duplicate")).toEqual([]);
    expect(r.findings.filter((f) => f.code === "header.revenueSummed")).toHaveLength(1);
    // The sums openpyxl makes of the same cells (text numbers read as numbers, blanks as nothing), in yuan.
    const sums = openpyxlReads<(number | null)[]>(
      path.join(dir.fixtures, "openpyxl-monthly.xlsx"),
      "[None if all(c.value is None for c in row[3:13]) else round(sum(float(c.value or 0) for c in row[3:13]) * 10000, 2) for row in ws.iter_rows(min_row=3)]",
    );
    const read = new Map(r.rows.map((x) => [x.row, x.revenue]));
    sums.forEach((sum, k) => {
      const mine = read.get(k + 3);
      expect([k + 3, mine === null || mine === undefined ? null : Math.round(mine * 100) / 100]).toEqual([
        k + 3,
        sum,
      ]);
    });
  });
});

describe("a ledger with its own grading (openpyxl)", () => {
  it("compares the run's key accounts with the sheet's grades as openpyxl reads both back", async () => {
    const { report: r, out } = await reportOf("openpyxl-graded.xlsx");
    expect(r.fields).toMatchObject({ ownGrade: "客户类别" });
    expect(r.fields.managementMode).toBeUndefined();
    // The grade and our tier of every row, as openpyxl reads the workbook the CLI wrote.
    const read = openpyxlReads<[string, string, string][]>(
      out,
      "[[r[0].value, r[4].value, r[[c.value for c in ws[1]].index('渠道分级')].value] for r in ws.iter_rows(min_row=2) if r[0].value]",
    );
    const own = r.summary.ownGrading;
    expect(own).toBeTruthy();
    const notKey = read.filter(([, g, t]) => g === "A" && t !== "重点客户").map(([n]) => n);
    const newKey = read.filter(([, g, t]) => g !== "A" && t === "重点客户").map(([n]) => n);
    expect(own?.sheetKey).toBe(read.filter(([, g]) => g === "A").length);
    expect(new Set(own?.notKeyNow.map((d) => d.name))).toEqual(new Set(notKey));
    expect(new Set(own?.keyNow.map((d) => d.name))).toEqual(new Set(newKey));
    expect(notKey.length + newKey.length).toBeGreaterThan(0);
    // The strategy sheet names them under its headings, as openpyxl reads it.
    const names = openpyxlReads<string[]>(
      out,
      "[r[0].value for r in ws.parent['分级策略'].iter_rows() if isinstance(r[0].value, str)]",
    );
    const lost = names.indexOf("表中标为重点、本次未列入的客户");
    const gained = names.indexOf("本次新列为重点的客户");
    if (notKey.length > 0)
      expect(names.slice(lost, lost + 4 + notKey.length)).toEqual(expect.arrayContaining(notKey));
    if (newKey.length > 0)
      expect(names.slice(gained, gained + 4 + newKey.length)).toEqual(expect.arrayContaining(newKey));
  });
});

describe("a two-level header (openpyxl's merged cells)", () => {
  it("reads each year's sales under the group, tiers the data below both rows, and freezes both", async () => {
    const { report: r, out } = await reportOf("openpyxl-two-level.xlsx");
    expect(r.fields).toMatchObject({
      revenue: "2025年度销售额（万元）",
      priorRevenue: "2024年度销售额（万元）",
      credit: "资信等级",
      overdue: "逾期天数",
    });
    expect(r.rows).toHaveLength(24);
    expect(r.skipped).toEqual([]);
    // The sales the run read are the 2025 column's as openpyxl reads them, in yuan.
    const read = openpyxlReads<{
      sales: (number | null)[];
      freeze: string;
      filter: string;
      merged: string[];
      ours: unknown[];
      note: unknown[];
    }>(
      out,
      "{'sales':[c.value for c in ws['C'][2:26]],'freeze':ws.freeze_panes,'filter':ws.auto_filter.ref," +
        "'merged':sorted(str(m) for m in ws.merged_cells.ranges),'ours':[ws.cell(1,8).value,ws.cell(2,8).value]," +
        "'note':[ws.cell(2,ws.max_column).value,ws.cell(3,ws.max_column).alignment.wrap_text," +
        "ws.cell(3,ws.max_column).alignment.vertical]}",
    );
    expect(r.rows.map((x) => x.row)).toEqual(Array.from({ length: 24 }, (_, i) => i + 3));
    expect(r.rows.map((x) => (x.revenue === null ? null : Math.round(x.revenue)))).toEqual(
      read.sales.map((v) => (v === null ? null : Math.round(v * 10_000))),
    );
    expect(read.freeze).toBe("B3");
    expect(read.filter).toMatch(/^A2:[A-Z]+26$/);
    expect(read.merged).toEqual(["A1:A2", "B1:C1", "D1:D2", "E1:E2", "F1:G1"]);
    // Our headers stand on the labels' row, right above the data.
    expect(read.ours).toEqual([null, "渠道分级"]);
    // The note wraps at Excel's default bottom alignment, as the user's cells beside it (and as the add-in
    // leaves it): top-aligned, a tall row's note started level with the figures of the row above.
    expect(read.note).toEqual(["策略建议", true, null]);
  });
});

describe("a ledger as Chinese sales teams lay one out (openpyxl)", () => {
  it("finds the header under a merged title, reads 万元 from the note, the year from 合计, credit from 是否逾期", async () => {
    const input = path.join(dir.fixtures, "openpyxl-ledger-layout.xlsx");
    const { report: r } = await reportOf("openpyxl-ledger-layout.xlsx");
    expect(r.headerRow).toBe(3);
    expect(r.fields).toMatchObject({
      name: "经销商名称",
      revenue: "2025年销售额合计",
      priorRevenue: "2024年销售额",
      credit: "信用等级",
      overdue: "是否逾期",
      status: "合作状态",
    });
    // The total row is left out; the frozen account (冻结: its credit stopped, not the relationship) is
    // tiered by its sales, its credit D, and warned.
    expect(r.skipped).toEqual([{ row: 29, reason: "total" }]);
    expect(r.rows).toHaveLength(24);
    expect(r.rows.find((x) => x.row === 10)?.credit).toBe("D");
    expect(r.findings.filter((f) => f.code === "status.hold").map((f) => f.row)).toEqual([10]);
    // 合计 in 万元, as openpyxl reads the cells.
    const totals = openpyxlReads<Record<string, number>>(
      input,
      "{str(r):ws.cell(r,18).value for r in range(5,29)}",
    );
    for (const x of r.rows)
      expect([x.row, x.revenue]).toEqual([x.row, Math.round((totals[String(x.row)] as number) * 10_000)]);
    expect(r.findings.map((f) => f.code)).toContain("row.duplicateName");
    expect(r.rows.every((x) => x.credit !== null)).toBe(true);
  });
});

describe("sales saved as formulas without results (openpyxl calculates nothing)", () => {
  const input = () => path.join(dir.fixtures, "openpyxl-uncalculated.xlsx");

  it("stop the run before anything is written: the first cell, how many, and what to do, in one line", async () => {
    const work = await tempDir();
    const before = await readFile(input());
    for (const [lang, message] of [
      [
        "en_US.UTF-8",
        /^Row 2: 年度销售额（万元） is a formula \(=E2\*F2\) whose result the file does not keep \(24 such cells in this column\).*Open the workbook in Excel, save it, and run again\.$/,
      ],
      [
        "zh_CN.UTF-8",
        /^第2行：年度销售额（万元）是公式（=E2\*F2），.*（此列共24个这样的单元格）.*请先用 Excel 或 WPS 打开并保存，再运行。$/,
      ],
    ] as const) {
      const out = path.join(work, "out.xlsx");
      const run = await runCommand([input(), "--out", out], { LANG: lang });
      expect(run.code).toBe(1);
      // The total row's =SUM is not counted: the run leaves that row out anyway.
      expect(run.stderr.trim()).toMatch(message);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(existsSync(out)).toBe(false);
    }
    expect(await readFile(input())).toEqual(before);
    expect(await readdir(work)).toEqual([]);
  });

  it("stop the run too where XlsxWriter saved 0 for each result and asked Excel to calculate on opening", async () => {
    const work = await tempDir();
    const out = path.join(work, "out.xlsx");
    const run = await runCommand([path.join(dir.fixtures, "xlsxwriter-formulas.xlsx"), "--out", out]);
    expect(run.code).toBe(1);
    // Read as results, the zeros made every account a prospect.
    expect(run.stderr.trim()).toMatch(
      /^Row 2: 年度销售额（万元） is a formula \(=E2\*F2\) whose result the file does not keep \(24 such cells/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("tier on the results once a program that calculates has saved the file (LibreOffice)", async () => {
    const work = await tempDir();
    execFileSync(SOFFICE, ["--headless", "--convert-to", "xlsx", "--outdir", work, input()], {
      stdio: "ignore",
      timeout: 120_000,
    });
    const saved = path.join(work, "openpyxl-uncalculated.xlsx");
    const report = path.join(work, "report.json");
    const run = await runCommand([
      saved,
      "--out",
      path.join(work, "out.xlsx"),
      "--report",
      report,
      "--quiet",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // LibreOffice's results, as openpyxl reads them, are the sales the run tiered (in yuan).
    const results = openpyxlReads<number[]>(saved, "[c.value for c in ws['B'][1:25]]", { results: true });
    const rows = (JSON.parse(await readFile(report, "utf8")) as { rows: { row: number; revenue: number }[] })
      .rows;
    expect(rows).toHaveLength(24);
    for (const r of rows) expect(r.revenue).toBeCloseTo((results[r.row - 2] as number) * 10_000, 6);
  });
});

describe("a workbook with no sheet to tier", () => {
  it("says so and how to choose one, instead of naming an empty sheet", async () => {
    const work = await tempDir();
    const input = await writeWorkbook(path.join(work, "only-ours.xlsx"), { "Tiering Strategy": ledger(3) });
    const run = await runCommand([input]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(
      /no sheet of distributors to tier \(only: Tiering Strategy\)\. Name one with --sheet\.$/,
    );
    expect(run.stderr).not.toMatch(/''/);
  });
});

describe("an output that cannot be written", () => {
  it("is refused before anything is read or written: no report, no temporary file", async () => {
    const work = await tempDir();
    const notAFolder = path.join(work, "file");
    await writeFile(notAFolder, "x");
    const report = path.join(work, "report.json");
    const run = await runCommand([
      path.join(dir.fixtures, "openpyxl-comments.xlsx"),
      "--out",
      path.join(notAFolder, "out.xlsx"),
      "--report",
      report,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/The folder for the output does not exist: .*file$/m);
    expect(await readdir(work)).toEqual(["file"]);
  });
});

/**
 * The CLI's output for openpyxl-comments.xlsx as a planner then edits it in openpyxl: the tier (E) and
 * score (F) columns swapped, headers and all, as dragging them would; `edits` (Python lines on `ws`); and
 * a new distributor below, whose row has none of our cells yet (the append path). Returns the file.
 */
async function editedOutput(work: string, edits: string[] = []): Promise<string> {
  const first = path.join(work, "first.xlsx");
  const edited = path.join(work, "edited.xlsx");
  expect((await runCommand([path.join(dir.fixtures, "openpyxl-comments.xlsx"), "--out", first])).code).toBe(
    0,
  );
  execFileSync(PYTHON, [
    "-c",
    [
      "import openpyxl, sys",
      "wb = openpyxl.load_workbook(sys.argv[1]); ws = wb['经销商']",
      "for row in ws.iter_rows(min_col=5, max_col=6):",
      "    row[0].value, row[1].value = row[1].value, row[0].value",
      ...edits,
      "ws.append(['新经销商', 88, '华东', '业务员1'])",
      "wb.save(sys.argv[2])",
    ].join("\n"),
    first,
    edited,
  ]);
  return edited;
}

describe("a re-run after the user moved our columns", () => {
  it("still writes each row's cells in column order", async () => {
    const work = await tempDir();
    const second = path.join(work, "second.xlsx");
    expect((await runCommand([await editedOutput(work), "--out", second, "--quiet"])).code).toBe(0);
    expect(orderProblems(second)).toEqual([]);
  });
});

describe("the data sheet written on a worker thread (large sheets)", () => {
  /** Every part of a package but the settings sheet (it says when it was saved), as bytes. */
  const partsOf = async (file: string): Promise<Map<string, Buffer>> => {
    const zip = await JSZip.loadAsync(await readFile(file));
    const parts = new Map<string, Buffer>();
    for (const [name, f] of Object.entries(zip.files)) {
      const bytes = await f.async("nodebuffer");
      if (!bytes.includes("channel-tiering/settings")) parts.set(name, bytes);
    }
    return parts;
  };
  const bothWays = async (input: string, work: string): Promise<void> => {
    const one = path.join(work, `one-${path.basename(input)}`);
    const two = path.join(work, `two-${path.basename(input)}`);
    const a = await runCommand([input, "--out", one, "--quiet"], { CHANNEL_TIERING_ROW_THREAD: "0" });
    const b = await runCommand([input, "--out", two, "--quiet"], { CHANNEL_TIERING_ROW_THREAD: "1" });
    expect([a.code, a.stderr, b.code, b.stderr]).toEqual([0, "", 0, ""]);
    const [x, y] = [await partsOf(one), await partsOf(two)];
    expect([...y.keys()]).toEqual([...x.keys()]);
    for (const [name, bytes] of x)
      expect({ name, same: y.get(name)?.equals(bytes) }).toEqual({ name, same: true });
  };

  it("is byte for byte the one written on one thread, for every fixture", async () => {
    const work = await tempDir();
    for (const name of FIXTURES) await bothWays(path.join(dir.fixtures, name), work);
  }, 300_000);

  it("is the same over batches the worker hands back to serve again (10,000 rows, five batches)", async () => {
    const work = await tempDir();
    const input = path.join(work, "ten-thousand.xlsx");
    await writeGeneratedWorkbook(input, 10_001);
    await bothWays(input, work);
  }, 120_000);

  it("is written by the worker that checked the sheet, not a second one started for it", async () => {
    const work = await tempDir();
    const input = path.join(work, "ten-thousand.xlsx");
    await writeGeneratedWorkbook(input, 10_001);
    // Loaded before the command (NODE_OPTIONS): counts the workers the main thread starts.
    const counter = path.join(work, "count-workers.cjs");
    const counted = path.join(work, "workers.txt");
    await writeFile(
      counter,
      [
        'const threads = require("node:worker_threads");',
        "if (threads.isMainThread) {",
        "  const Worker = threads.Worker;",
        "  let started = 0;",
        "  threads.Worker = class extends Worker { constructor(...a) { super(...a); started++; } };",
        `  process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(counted)}, String(started)));`,
        "}",
      ].join("\n"),
    );
    const out = path.join(work, "out.xlsx");
    const run = await runCommand([input, "--out", out, "--quiet"], {
      CHANNEL_TIERING_ROW_THREAD: "1",
      NODE_OPTIONS: `--require ${counter}`,
    });
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(await readFile(counted, "utf8")).toBe("1");
  }, 120_000);

  it("is the same on a re-run after the planner moved our columns, typed over a note and added a row", async () => {
    const work = await tempDir();
    // A note typed over by hand: the planner's own cell stays, the run writes around it.
    const edited = await editedOutput(work, [
      "note = [c.value for c in ws[1]].index('策略建议') + 1",
      "ws.cell(row=3, column=note).value = '已与老板面谈，下季度加大投入'",
    ]);
    await bothWays(edited, work);
  }, 120_000);
});

describe("damaged packages, made by a seeded mutation of the fixtures", () => {
  const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  /** Damage as writers and transfers leave it: a span lost, a cut, a tag dropped, a stray character. */
  const mutations: ((x: string, r: () => number) => string)[] = [
    (x, r) => {
      const at = Math.floor(r() * x.length);
      return x.slice(0, at) + x.slice(at + 1 + Math.floor(r() * 40));
    },
    (x, r) => x.slice(0, Math.floor(r() * x.length)),
    (x, r) => {
      const closes = [...x.matchAll(/<\/[\w:]+>/g)];
      const m = closes.length > 0 ? pick(r, closes) : undefined;
      return m?.index === undefined ? x : x.slice(0, m.index) + x.slice(m.index + m[0].length);
    },
    (x, r) => {
      const at = Math.floor(r() * x.length);
      return (
        x.slice(0, at) + pick(r, ["&", "<", "\u000B", "&#0;", "&nbsp;", '"', "<!DOCTYPE x>"]) + x.slice(at)
      );
    },
    (x, r) => {
      const rows = [...x.matchAll(/<(\w+:)?row[ >][\s\S]*?<\/(\w+:)?row>/g)];
      if (rows.length < 2) return x;
      const a = pick(r, rows);
      const at = (a.index ?? 0) + a[0].length;
      return x.slice(0, at) + a[0] + x.slice(at);
    },
    (x, r) => {
      const refs = [...x.matchAll(/\b(r|ref|s|t)="([^"]*)"/g)];
      const m = refs.length > 0 ? pick(r, refs) : undefined;
      if (m?.index === undefined) return x;
      const value = pick(r, ["A0", "XFE1", "1e9", "", "zz", "-1", "inlineStr", "A1048577"]);
      return `${x.slice(0, m.index)}${m[1]}="${value}"${x.slice(m.index + m[0].length)}`;
    },
  ];
  const SOURCES = [
    "openpyxl-comments.xlsx",
    "openpyxl-everything.xlsx",
    "sdk-prefixed.xlsx",
    "xlsxwriter.xlsx",
  ];
  const PARTS = [
    "xl/worksheets/sheet1.xml",
    "xl/worksheets/sheet1.xml",
    "xl/worksheets/sheet1.xml",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "xl/styles.xml",
    "[Content_Types].xml",
    "xl/sharedStrings.xml",
  ];

  it("never crash, say each refusal in one line, and write only what openpyxl opens (40 cases)", async () => {
    const work = await tempDir();
    const r = createRandom(20261130);
    const cases: { input: string; out: string; code: number; stderr: string }[] = [];
    for (let k = 0; k < 40; k++) {
      const source = path.join(dir.fixtures, pick(r, SOURCES));
      const zip = await JSZip.loadAsync(await readFile(source));
      const part = pick(
        r,
        PARTS.filter((p) => zip.file(p)),
      );
      const xml = (await zip.file(part)?.async("string")) ?? "";
      zip.file(part, pick(r, mutations)(xml, r));
      const input = path.join(work, `damaged-${k}.xlsx`);
      await writeFile(input, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
      const out = path.join(work, `damaged-${k}.out.xlsx`);
      const run = await runCommand([input, "--out", out, "--quiet"]);
      cases.push({ input, out, code: run.code, stderr: run.stderr });
    }
    for (const c of cases) {
      // 0 or 1, never 70 (a crash); no stack trace; a refusal is one line and leaves no file.
      expect([c.input, [0, 1]]).toEqual([c.input, expect.arrayContaining([c.code])]);
      expect(c.stderr).not.toMatch(/^\s+at /m);
      if (c.code === 1) {
        expect(c.stderr.trim().split("\n")).toHaveLength(1);
        expect(existsSync(c.out)).toBe(false);
      }
    }
    // Every output whose input openpyxl opens, openpyxl opens too (one Python process for all of them).
    const written = cases.filter((c) => c.code === 0);
    const script =
      "import json,sys,warnings,openpyxl\nwarnings.simplefilter('ignore')\nout=[]\n" +
      "for f in sys.argv[1:]:\n  try:\n    wb=openpyxl.load_workbook(f)\n    [list(ws.iter_rows(values_only=True)) for ws in wb.worksheets]\n    out.append(True)\n  except Exception:\n    out.append(False)\n" +
      "print(json.dumps(out))";
    const opens = (files: string[]): boolean[] =>
      files.length === 0
        ? []
        : (JSON.parse(execFileSync(PYTHON, ["-c", script, ...files], { encoding: "utf8" })) as boolean[]);
    const inputsOpen = opens(written.map((c) => c.input));
    const outputsOpen = opens(written.map((c) => c.out));
    written.forEach((c, k) => {
      if (inputsOpen[k]) expect([c.out, outputsOpen[k]]).toEqual([c.out, true]);
    });
    // The damage is real: most cases are refused, some still tier.
    expect(cases.filter((c) => c.code === 1).length).toBeGreaterThan(10);
    expect(written.length).toBeGreaterThan(5);
  }, 180_000);
});
