import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import type ExcelJS from "exceljs";
import { inflate, readZip, writeZip } from "../src/xlsx/zip";
import { generateSheet } from "./generateSheet";
import { type Measurement, time } from "./measure";

/**
 * Writes a generated sheet of `rows` rows (header included) to an .xlsx file with ExcelJS's streaming
 * writer and shared strings, as Excel stores text: a file no code of ours wrote.
 */
export async function writeGeneratedWorkbook(file: string, rows: number): Promise<void> {
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  const ws = wb.addWorksheet("经销商");
  // Generated in slices so a million rows never sit in memory twice.
  const slice = 100_000;
  for (let start = 0; start < rows; start += slice) {
    const { values } = generateSheet(Math.min(rows, start + slice));
    for (let r = start; r < Math.min(rows, start + slice); r++)
      ws.addRow(values[r] as ExcelJS.CellValue[]).commit();
  }
  ws.commit();
  await wb.commit();
}

/**
 * The ExcelJS path the CLI took before it patched packages: read the workbook, fill `extraColumns`
 * columns of plain values on every row (as many cells as the CLI adds), write it. No tiering: a lower
 * bound of that path's time.
 */
export async function copyWithExcelJS(input: string, output: string, extraColumns = 0): Promise<void> {
  const { default: Excel } = await import("exceljs");
  const wb = new Excel.Workbook();
  await wb.xlsx.readFile(input);
  const ws = wb.worksheets[0];
  if (ws && extraColumns > 0) {
    const first = ws.columnCount + 1;
    const style = { numFmt: "@" } as Partial<ExcelJS.Style>;
    for (let r = 1; r <= ws.rowCount; r++) {
      for (let c = first; c < first + extraColumns; c++) {
        const cell = ws.getCell(r, c);
        cell.value = c % 2 === 0 ? r * c : `row ${r}, column ${c}: a text about as long as a reason`;
        cell.style = style;
      }
    }
  }
  await wb.xlsx.writeFile(output);
}

/**
 * The floor of any tool that rewrites the package: inflate every part and deflate it again, with the
 * zip code and zlib level the CLI uses, and write the file. (ExcelJS is loaded only by the measurements
 * that use it: loading it takes ~0.2 s, which the floor's process must not pay.)
 */
export async function rezip(input: string, output: string): Promise<void> {
  const entries = readZip(readFileSync(input));
  await writeZip(
    output,
    entries.map((e) => ({ name: e.name, data: inflate(e) })),
  );
}

/**
 * Wall time, CPU time (user + system, every thread: the zip's deflate runs on the thread pool) and peak
 * memory (max resident set) of one command, from GNU time.
 */
function timeWithMemory(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): { ms: number; cpuMs: number; peakMB: number } {
  const t0 = performance.now();
  const run = spawnSync("/usr/bin/time", ["-f", "%U %S %M", process.execPath, ...args], {
    encoding: "utf8",
    env,
  });
  const ms = Math.round(performance.now() - t0);
  if (run.status !== 0) throw new Error(`${args.join(" ")} failed: ${run.stderr}`);
  const [user, system, kb] = (run.stderr.trim().split("\n").pop() ?? "").split(" ").map(Number);
  return {
    ms,
    cpuMs: Math.round(((user ?? 0) + (system ?? 0)) * 1000),
    peakMB: Math.round((kb ?? 0) / 1024),
  };
}

/**
 * The CLI on a generated workbook, and in the same run the package floor (unzip and re-zip every part),
 * the same floor over the CLI's output, and the ExcelJS path (read, add 13 columns, write). Each runs as a separate process, as a user runs
 * them; best of `repeat`. At a million rows the ExcelJS path is not run (it does not finish in minutes)
 * and the CLI runs once, with its peak memory.
 */
export async function benchCli(rows: number, repeat = 3): Promise<Measurement[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "ct-bench-"));
  const input = path.join(dir, "in.xlsx");
  await writeGeneratedWorkbook(input, rows);
  const node = process.execPath;
  const cli = path.resolve("bin/channel-tiering.cjs");
  const bench = path.resolve("dist/bench.cjs");
  const out = path.join(dir, "out.xlsx");
  const inputMB = Math.round(statSync(input).size / 1048576);
  // The CLI with its data sheet written on one thread (src/xlsx/rowThread.ts), for the same-run gain.
  const oneThread = { ...process.env, CHANNEL_TIERING_ROW_THREAD: "0" };
  if (rows > 200_000) {
    const run = timeWithMemory(["--max-old-space-size=4096", cli, input, "--out", out, "--quiet"]);
    const single = timeWithMemory(
      ["--max-old-space-size=4096", cli, input, "--out", out, "--quiet"],
      oneThread,
    );
    const floor = timeWithMemory([bench, "rezip", input, path.join(dir, "copy.xlsx")]);
    return [
      {
        bench: "cli",
        rows,
        ms: run.ms,
        peakMB: run.peakMB,
        oneThreadMs: single.ms,
        oneThreadPeakMB: single.peakMB,
        floorMs: floor.ms,
        ratio: Math.round((run.ms / floor.ms) * 100) / 100,
        cpuMs: run.cpuMs,
        floorCpuMs: floor.cpuMs,
        cores: availableParallelism(),
        leastRatio: Math.round((run.cpuMs / availableParallelism() / floor.ms) * 100) / 100,
        inputMB,
        outputMB: Math.round(statSync(out).size / 1048576),
      },
    ];
  }
  // Each run is a fresh process: nothing to warm up.
  const ms = time(repeat, () => execFileSync(node, [cli, input, "--out", out, "--quiet"]), false);
  const oneThreadMs = time(
    repeat,
    () => execFileSync(node, [cli, input, "--out", out, "--quiet"], { env: oneThread }),
    false,
  );
  const floorMs = time(
    repeat,
    () => execFileSync(node, [bench, "rezip", input, path.join(dir, "copy.xlsx")]),
    false,
  );
  // What re-zipping the CLI's own output costs, the same way: a floor for any tool that writes this
  // package with this zip code, whatever it does before (the output is several times the input).
  const outputFloorMs = time(
    repeat,
    () => execFileSync(node, [bench, "rezip", out, path.join(dir, "copy-out.xlsx")]),
    false,
  );
  const excelJsMs = time(
    repeat,
    () => execFileSync(node, [bench, "copy", input, path.join(dir, "cells.xlsx"), "13"]),
    false,
  );
  const peak = timeWithMemory([cli, input, "--out", out, "--quiet"]);
  // The work, not the wait: on this machine's cores no run of the CLI can take less wall time than its
  // CPU time spread over every core, which says how near the floor any schedule of the same work gets.
  const floorRun = timeWithMemory([bench, "rezip", input, path.join(dir, "copy.xlsx")]);
  const cores = availableParallelism();
  return [
    {
      bench: "cli",
      rows,
      ms,
      peakMB: peak.peakMB,
      oneThreadMs,
      floorMs,
      ratio: Math.round((ms / floorMs) * 100) / 100,
      outputFloorMs,
      outputRatio: Math.round((ms / outputFloorMs) * 100) / 100,
      excelJsMs,
      timesFaster: Math.round((excelJsMs / ms) * 10) / 10,
      cpuMs: peak.cpuMs,
      floorCpuMs: floorRun.cpuMs,
      cores,
      leastRatio: Math.round((peak.cpuMs / cores / floorMs) * 100) / 100,
      inputMB,
      outputMB: Math.round(statSync(out).size / 1048576),
    },
  ];
}

/**
 * A re-run: the CLI on its own output, as a planner re-runs after editing rows (`--in-place`, or a new
 * file). It reads back fifteen columns of ours, a note and a reason on every row, and the saved roster.
 * Beside it, in the same run, the first run on the generated workbook. Each is a fresh process, run
 * once, with its peak memory (GNU time); the re-run is timed `repeat` times and its best taken.
 */
export async function benchRerun(rows: number, repeat = rows > 200_000 ? 1 : 3): Promise<Measurement[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "ct-bench-"));
  const input = path.join(dir, "in.xlsx");
  await writeGeneratedWorkbook(input, rows);
  const cli = path.resolve("bin/channel-tiering.cjs");
  const heap = rows > 200_000 ? ["--max-old-space-size=4096"] : [];
  const tiered = path.join(dir, "tiered.xlsx");
  const first = timeWithMemory([...heap, cli, input, "--out", tiered, "--quiet"]);
  const out = path.join(dir, "again.xlsx");
  let best = { ms: Number.POSITIVE_INFINITY, cpuMs: 0, peakMB: 0 };
  for (let k = 0; k < repeat; k++) {
    const run = timeWithMemory([...heap, cli, tiered, "--out", out, "--quiet"]);
    if (run.ms < best.ms) best = run;
  }
  return [
    {
      bench: "rerun",
      rows,
      ms: best.ms,
      peakMB: best.peakMB,
      cpuMs: best.cpuMs,
      firstRunMs: first.ms,
      firstRunPeakMB: first.peakMB,
      ratio: Math.round((best.ms / first.ms) * 100) / 100,
      inputMB: Math.round(statSync(tiered).size / 1048576),
      outputMB: Math.round(statSync(out).size / 1048576),
    },
  ];
}
