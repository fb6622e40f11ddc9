import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";

import { generateSheet } from "./generateSheet";
import { type Measurement, time } from "./measure";

/** Writes a generated sheet of `rows` rows (header included) to an .xlsx file. */
export async function writeGeneratedWorkbook(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("经销商");
  const { values } = generateSheet(rows);
  for (const row of values) ws.addRow(row as ExcelJS.CellValue[]);
  await wb.xlsx.writeFile(file);
}

/**
 * ExcelJS reading and writing the workbook with no tiering, with the CLI's write options: the floor.
 * With `extraColumns`, it also fills that many columns of plain values on every row, as many cells as
 * the CLI adds: the floor for writing the CLI's output, whatever computes it.
 */
export async function copyWithExcelJS(input: string, output: string, extraColumns = 0): Promise<void> {
  const wb = new ExcelJS.Workbook();
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
  await wb.xlsx.writeFile(output, {
    zip: { compression: "DEFLATE", compressionOptions: { level: 1 } },
  } as unknown as Partial<ExcelJS.XlsxWriteOptions>);
}

/**
 * The CLI on a generated workbook, and in the same run ExcelJS reading and writing it with no tiering
 * (the I/O floor). Both run as separate processes, as a user runs them; best of `repeat`.
 */
export async function benchCli(rows: number, repeat = 3): Promise<Measurement[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "ct-bench-"));
  const input = path.join(dir, "in.xlsx");
  await writeGeneratedWorkbook(input, rows);
  const node = process.execPath;
  const cli = path.resolve("bin/channel-tiering.cjs");
  const bench = path.resolve("dist/bench.cjs");
  // Each run is a fresh process: nothing to warm up.
  const ms = time(
    repeat,
    () => execFileSync(node, [cli, input, "--out", path.join(dir, "out.xlsx"), "--quiet"]),
    false,
  );
  const floorMs = time(
    repeat,
    () => execFileSync(node, [bench, "copy", input, path.join(dir, "copy.xlsx")]),
    false,
  );
  const sameCellsMs = time(
    repeat,
    () => execFileSync(node, [bench, "copy", input, path.join(dir, "cells.xlsx"), "13"]),
    false,
  );
  return [
    { bench: "cli", rows, ms, floorMs, ratio: Math.round((ms / floorMs) * 100) / 100 },
    {
      bench: "cli-same-cells-floor",
      rows,
      ms: sameCellsMs,
      note: "ExcelJS copy that also writes 13 columns of plain values",
    },
  ];
}
