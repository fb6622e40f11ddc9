import { execFileSync, spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeGeneratedWorkbook } from "./cli";
import { generateSheet } from "./generateSheet";

/** A field as a CSV writer quotes it: in double quotes where it holds a delimiter, a quote or a line break. */
function csvField(v: unknown): string {
  const s = v === null || v === undefined ? "" : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes the generated sheet of `rows` rows as a UTF-8 CSV (with a byte-order mark, as Excel writes one). */
async function writeGeneratedCsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write("\uFEFF");
  const slice = 100_000;
  for (let start = 0; start < rows; start += slice) {
    const { values } = generateSheet(Math.min(rows, start + slice));
    let text = "";
    for (let r = start; r < Math.min(rows, start + slice); r++)
      text += `${(values[r] ?? []).map(csvField).join(",")}\r\n`;
    if (!out.write(text)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

/** Wall time and peak memory (max resident set, from GNU time) of one command. */
function run(args: string[]): { ms: number; peakMB: number } {
  const t0 = performance.now();
  const done = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, ...args], { encoding: "utf8" });
  const ms = Math.round(performance.now() - t0);
  if (done.status !== 0) throw new Error(`${args.join(" ")} failed: ${done.stderr}`);
  return { ms, peakMB: Math.round(Number(done.stderr.trim().split("\n").pop() ?? 0) / 1024) };
}

/**
 * The CLI on a CSV export of the generated sheet beside the same rows as an .xlsx, each in its own
 * process: what reading a text table costs over reading the workbook. The two run alternately, best of
 * each kept (three pairs, two at a million rows): one after the other, the machine's drift through a
 * run of a minute went into the difference (+7.9 s at a million rows in one bench, level when alternated).
 */
export async function benchCsv(rows: number): Promise<object[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "ct-bench-csv-"));
  const csv = path.join(dir, "in.csv");
  const xlsx = path.join(dir, "in.xlsx");
  await writeGeneratedCsv(csv, rows);
  await writeGeneratedWorkbook(xlsx, rows);
  const cli = path.resolve("bin/channel-tiering.cjs");
  const memory = rows > 200_000 ? ["--max-old-space-size=4096"] : [];
  // One run first: the page cache holds both inputs for the measured ones.
  execFileSync(process.execPath, [cli, csv, "--out", path.join(dir, "warm.xlsx"), "--quiet"]);
  const csvRuns: { ms: number; peakMB: number }[] = [];
  const xlsxRuns: { ms: number; peakMB: number }[] = [];
  for (let pair = 0; pair < (rows > 200_000 ? 2 : 3); pair++) {
    csvRuns.push(run([...memory, cli, csv, "--out", path.join(dir, "csv.xlsx"), "--quiet"]));
    xlsxRuns.push(run([...memory, cli, xlsx, "--out", path.join(dir, "xlsx.xlsx"), "--quiet"]));
  }
  const best = (runs: { ms: number; peakMB: number }[]) => runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  const fromCsv = best(csvRuns);
  const fromXlsx = best(xlsxRuns);
  return [
    {
      bench: "csv",
      rows,
      ms: fromCsv.ms,
      peakMB: fromCsv.peakMB,
      xlsxMs: fromXlsx.ms,
      xlsxPeakMB: fromXlsx.peakMB,
      readingTextMs: fromCsv.ms - fromXlsx.ms,
      csvRunsMs: csvRuns.map((x) => x.ms),
      xlsxRunsMs: xlsxRuns.map((x) => x.ms),
      csvMB: Math.round(statSync(csv).size / 1048576),
    },
  ];
}
