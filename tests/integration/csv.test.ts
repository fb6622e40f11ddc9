/**
 * CSV and tab-separated exports through the real command line. The files are written by writers nobody
 * here wrote (LibreOffice's CSV export, Python's csv module in GBK as Excel's Chinese "CSV" writes it),
 * from the samples, and the run must tier them exactly as it tiers the samples; the workbooks it writes
 * are read back by openpyxl.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { readFile, truncate, writeFile } from "node:fs/promises";
import path from "node:path";
import { ROOT, ledger, runCommand, tempDir, writeWorkbook } from "../helpers/cli";
import { readCsv } from "../helpers/packageCheck";
import { PYTHON, SOFFICE, openpyxlReads, requireReaders } from "../helpers/readers";

type Report = { rows: { row: number; name: string; tier: string; revenue: number | null }[] };

/** The report's rows of a run: sheet row, name, tier and revenue. */
async function tiersOf(input: string, dir: string, name: string, env: NodeJS.ProcessEnv = {}) {
  const report = path.join(dir, `${name}.json`);
  const out = path.join(dir, `${name}.xlsx`);
  const run = await runCommand([input, "--out", out, "--report", report, "--as-of", "2025-11-30"], env);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const rows = (JSON.parse(await readFile(report, "utf8")) as Report).rows;
  return { run, out, rows: rows.map((r) => [r.row, r.name, r.tier, r.revenue]) };
}

beforeAll(() => requireReaders());

describe("a CSV export", () => {
  it("written by LibreOffice (UTF-8, title and blank row above the header) tiers as the workbook does", async () => {
    const dir = await tempDir();
    const sample = path.join(ROOT, "samples/distributors.zh.xlsx");
    execFileSync(
      SOFFICE,
      ["--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", dir, sample],
      {
        stdio: "ignore",
      },
    );
    const csv = path.join(dir, "distributors.zh.csv");
    const fromCsv = await tiersOf(csv, dir, "csv");
    const fromXlsx = await tiersOf(sample, dir, "xlsx");
    expect(fromCsv.rows.length).toBe(300);
    expect(fromCsv.rows).toEqual(fromXlsx.rows);
    expect(fromCsv.run.stdout).toContain("Read ");
    expect(fromCsv.run.stdout).toMatch(/UTF-8, comma-separated/);
    // The workbook it writes opens in openpyxl: the sheet named after the file, the header where the CSV
    // had it, the tool's columns beside it.
    const sheet = openpyxlReads<string>(fromCsv.out, "ws.title");
    expect(sheet).toBe("distributors.zh");
    const header = openpyxlReads<string[]>(fromCsv.out, "[c.value for c in ws[3]]");
    expect(header.slice(0, 3)).toEqual(["序号", "经销商名称", "所属区域"]);
    expect(header).toContain("渠道分级");
    // Numbers are numbers, text is text.
    expect(openpyxlReads<[number, string]>(fromCsv.out, "[ws['F4'].value, ws['F4'].data_type]")).toEqual([
      4.9,
      "n",
    ]);
  });

  it("written in GBK by Python's csv module, as Excel's Chinese 'CSV' is, reads the same, and says the encoding", async () => {
    const dir = await tempDir();
    const sample = path.join(ROOT, "samples/distributors.zh.xlsx");
    const csv = path.join(dir, "台账.csv");
    execFileSync(PYTHON, [
      "-c",
      "import csv,sys,openpyxl\n" +
        "ws=openpyxl.load_workbook(sys.argv[1]).worksheets[0]\n" +
        "rows=[['' if v is None else (v.strftime('%Y-%m-%d') if hasattr(v,'strftime') else str(v)) for v in r] for r in ws.iter_rows(values_only=True)]\n" +
        "with open(sys.argv[2],'w',encoding='gbk',newline='') as f: csv.writer(f).writerows(rows)",
      sample,
      csv,
    ]);
    const fromCsv = await tiersOf(csv, dir, "gbk", { LANG: "zh_CN.UTF-8" });
    const fromXlsx = await tiersOf(sample, dir, "xlsx");
    expect(fromCsv.rows).toEqual(fromXlsx.rows);
    expect(fromCsv.run.stdout).toContain("已按文本读取");
    expect(fromCsv.run.stdout).toContain("编码 GBK，分隔符为逗号");
  });

  it("keeps its text as text: a formula's text, codes with leading zeros, quotes and line breaks", async () => {
    const dir = await tempDir();
    const csv = path.join(dir, "export [v2].csv");
    const lines = ["Distributor,Revenue,Code,Notes"];
    for (let i = 0; i < 12; i++) lines.push(`Dealer ${i + 1},${(i + 1) * 1000},00${i},ok`);
    lines.push('"=HYPERLINK(""http://x"")",5000,007,"line one\nline two, with ""quotes"""');
    await writeFile(csv, `${lines.join("\r\n")}\r\n`);
    const run = await runCommand([csv, "--as-of", "2025-11-30"]);
    expect(run.code).toBe(0);
    const out = path.join(dir, "export [v2].tiered.xlsx");
    expect(openpyxlReads<string>(out, "ws.title")).toBe("export _v2_");
    expect(
      openpyxlReads<unknown[]>(
        out,
        "[ws['A14'].value, ws['A14'].data_type, ws['C14'].value, ws['D14'].value]",
      ),
    ).toEqual(['=HYPERLINK("http://x")', "s", "007", 'line one\nline two, with "quotes"']);
  });

  it("past a worksheet's size is refused with that size, nothing written", async () => {
    const dir = await tempDir();
    const csv = path.join(dir, "wide.csv");
    await writeFile(csv, `Distributor,Revenue${",x".repeat(16_383)}\nA,1\n`);
    const run = await runCommand([csv]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `${csv}: 2 rows and 16,385 columns do not fit in a worksheet (at most 1,048,576 rows and 16,384 columns).\n`,
    );
    expect(existsSync(path.join(dir, "wide.tiered.xlsx"))).toBe(false);
  });

  it("past what a run reads as text is refused with its size, before it is decoded", async () => {
    const dir = await tempDir();
    const csv = path.join(dir, "huge.csv");
    // A sparse file: 481 MB of nothing, on disk almost none of it.
    await writeFile(csv, "");
    await truncate(csv, 481 * 1048576);
    const run = await runCommand([csv]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `${csv}: 481 MB of text, more than the 480 MB a run reads from a CSV. Open it in Excel, save it as .xlsx, and run on that.\n`,
    );
  });

  it("is never written over: --in-place is refused before anything is read, and the output is a workbook", async () => {
    const dir = await tempDir();
    const csv = path.join(dir, "a.csv");
    await writeFile(csv, "Distributor,Revenue\nA,1\n");
    const before = await readFile(csv);
    const inPlace = await runCommand([csv, "--in-place"]);
    expect(inPlace.code).toBe(1);
    expect(inPlace.stderr).toContain("--in-place: ");
    expect(await readFile(csv)).toEqual(before);
    const asCsv = await runCommand([csv, "--out", path.join(dir, "b.csv")]);
    expect(asCsv.code).not.toBe(0);
    expect(asCsv.stderr).toContain(".xlsx");
  });
});

describe("a US CRM's CSV (amounts with $, percents, dates year first, a balance past due)", () => {
  it("makes numbers of them as Excel's import does: tiered in dollars, SUM-able in openpyxl, shown as written in LibreOffice", async () => {
    const dir = await tempDir();
    const csv = path.join(dir, "accounts.csv");
    const lines = [
      "Customer,Sales,Prior Year Sales,YoY %,Last Visit,Past Due,Credit Rating",
      'Acme Corp,"$512,345.00","$420,000.00",22.0%,2025-06-01,$0.00,A',
      'Bolt Inc,"$312,000.50","$330,000.00",-5.5%,2025-05-12,"$1,250.00",A',
      "Cogs LLC,$0.00,$0.00,,,$0.00,",
      'Dyna Co,"$120,000.00","$80,000.00",50.0%,2025-01-10,$45.20,B',
      'Edge Ltd,"$98,000.00","$99,000.00",-1.0%,2025-03-06,"$8,900.75",A',
      'Fox Inc,"$75,000.00","$70,000.00",7.1%,2025-04-01,$0.00,A',
    ];
    await writeFile(csv, `${lines.join("\r\n")}\r\n`);
    const out = path.join(dir, "out.xlsx");
    const report = path.join(dir, "r.json");
    const run = await runCommand([
      csv,
      "--out",
      out,
      "--report",
      report,
      "--as-of",
      "2025-06-30",
      "--lang",
      "en-US",
    ]);
    expect(run.code).toBe(0);
    // No finding that the amounts are text, the dollars read from the cells' format, the balance past due
    // read as money (Bolt owes $1,250: B, not 1,250 days and D).
    expect(run.stdout).not.toMatch(/typed as text|states no currency/);
    expect(run.stdout).toMatch(/'Past Due' is money owed past due/);
    const rows = (
      JSON.parse(await readFile(report, "utf8")) as {
        rows: { name: string; revenue: number; credit: string }[];
      }
    ).rows;
    expect(rows.map((r) => [r.name, r.revenue, r.credit])).toEqual([
      ["Acme Corp", 512345, "A"],
      ["Bolt Inc", 312000.5, "B"],
      ["Cogs LLC", 0, "A"],
      ["Dyna Co", 120000, "B"],
      ["Edge Ltd", 98000, "B"],
      ["Fox Inc", 75000, "A"],
    ]);
    expect(openpyxlReads<string>(out, "ws['H2'].value")).toBe("Key account");
    // openpyxl: numbers, in the currency's, the percent's and the date's formats.
    expect(
      openpyxlReads<unknown[]>(
        out,
        "[ws['B2'].value, ws['B2'].number_format, ws['D3'].value, ws['D3'].number_format, str(ws['E2'].value), ws['E2'].number_format, sum(c.value for c in ws['B'][1:])]",
      ),
    ).toEqual([
      512345,
      '"$"#,##0.00;-"$"#,##0.00',
      -0.055,
      "0.0%",
      "2025-06-01 00:00:00",
      "yyyy-mm-dd",
      1117345.5,
    ]);
    // LibreOffice shows each as the CSV wrote it.
    execFileSync(
      SOFFICE,
      ["--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", dir, out],
      { stdio: "ignore" },
    );
    const shown = readCsv(readFileSync(path.join(dir, "out.csv"), "utf8"));
    expect(shown.slice(1, 3).map((r) => r.slice(0, 6))).toEqual([
      ["Acme Corp", "$512,345.00", "$420,000.00", "22.0%", "2025-06-01", "$0.00"],
      ["Bolt Inc", "$312,000.50", "$330,000.00", "-5.5%", "2025-05-12", "$1,250.00"],
    ]);
  });
});

describe("the tiered workbook's figures as LibreOffice shows them", () => {
  it("gives a share of sales time one decimal from 1% up and up to three below it", async () => {
    // Found by rendering: 40 dealers' ordinary accounts showed 1.111% beside the key accounts' 15.0%.
    const dir = await tempDir();
    const input = await writeWorkbook(path.join(dir, "dealers.xlsx"), { Dealers: ledger(40) });
    const out = path.join(dir, "out.xlsx");
    expect((await runCommand([input, "--out", out, "--lang", "en-US", "--quiet"])).code).toBe(0);
    const small = await writeWorkbook(path.join(dir, "small.xlsx"), {
      Dealers: [...ledger(400), ...Array.from({ length: 20 }, (_, i) => [`Lead ${i + 1}`, 0, "East"])],
    });
    const smallOut = path.join(dir, "small-out.xlsx");
    expect((await runCommand([small, "--out", smallOut, "--lang", "en-US", "--quiet"])).code).toBe(0);
    const shown = (file: string): Map<string, Set<string>> => {
      const csvDir = path.join(dir, path.basename(file, ".xlsx"));
      // The CSV filter's ninth token left at its default: "save cell contents as shown".
      execFileSync(
        SOFFICE,
        [
          "--headless",
          "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76,1",
          "--outdir",
          csvDir,
          file,
        ],
        { stdio: "ignore" },
      );
      const [header, ...rows] = readCsv(
        readFileSync(path.join(csvDir, `${path.basename(file, ".xlsx")}.csv`), "utf8"),
      );
      const [tier, share] = ["Tier", "Sales Time Share"].map((h) => header!.indexOf(h));
      expect([tier, share].every((k) => k! >= 0)).toBe(true);
      const byTier = new Map<string, Set<string>>();
      for (const row of rows)
        byTier.set(row[tier!]!, (byTier.get(row[tier!]!) ?? new Set()).add(row[share!]!.trim()));
      return byTier;
    };
    // 60% of the time over 4 key accounts, 40% over 36 ordinary ones (1.111...%).
    expect(shown(out)).toEqual(
      new Map([
        ["Key account", new Set(["15.0%"])],
        ["Ordinary account", new Set(["1.1%"])],
      ]),
    );
    // 420 accounts: 42 key ones at 60% / 42 (1.43%), the ordinary ones below 1% with three decimals.
    const smallShown = shown(smallOut);
    expect(smallShown.get("Ordinary account")).toEqual(new Set(["0.111%"]));
    expect(smallShown.get("Key account")).toEqual(new Set(["1.4%"]));
    expect([...(smallShown.get("Prospect") ?? [])][0]).toMatch(/^0\.0\d{1,2}%$/);
  });
});
