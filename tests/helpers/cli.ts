import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Cell } from "../../src/engine";

export const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin/channel-tiering.cjs");

export type CliRun = { code: number; stdout: string; stderr: string };

/** Runs the real command, as a user would, in its own process. */
export function runCommand(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { PATH: process.env.PATH, LANG: "en_US.UTF-8", ...env }, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export async function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), "ct-"));
}

/** Writes a workbook with one sheet of rows (row 1 first) and returns its path. */
export async function writeWorkbook(
  file: string,
  sheets: Record<string, Cell[][]>,
  decorate?: (wb: ExcelJS.Workbook) => void,
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
      });
    });
  }
  decorate?.(wb);
  await wb.xlsx.writeFile(file);
  return file;
}

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every cell value of every sheet, by "sheet!address", for before/after comparisons. */
export function snapshotCells(wb: ExcelJS.Workbook, only?: string[]): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const ws of wb.worksheets) {
    if (only && !only.includes(ws.name)) continue;
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        out.set(`${ws.name}!${cell.address}`, JSON.parse(JSON.stringify(cell.value)));
      });
    });
  }
  return out;
}

/** A header row and n distributors with distinct revenues. */
export function ledger(n: number, header = ["Distributor", "Revenue", "Region"]): Cell[][] {
  const rows: Cell[][] = [header];
  for (let i = 0; i < n; i++)
    rows.push([`Dealer ${String(i + 1).padStart(3, "0")}`, (n - i) * 1000, i % 2 ? "East" : "West"]);
  return rows;
}
