import { execFileSync } from "node:child_process";
import path from "node:path";
import { ROOT } from "./cli";
import { PYTHON, SOFFICE } from "./readers";

/**
 * The checks of a workbook the CLI wrote against the one it read, by readers nobody here wrote:
 * Python's zipfile for the parts, openpyxl for the cells and what a user made, LibreOffice's CSV export.
 */
export type Comparison = {
  parts: Record<string, { present: boolean; same: boolean }>;
  added: string[];
  cells?: Record<string, [string, string | null]>;
  cellCount?: number;
  openpyxl?: {
    sheets: string[];
    comments: string[];
    images: number;
    charts: number;
    validations: string[];
    hyperlinks: string[];
    conditional: string[];
    filter: string | null;
    names: string[];
    freeze: string | null;
    printTitles: string | null;
    /** The data sheet's print area as openpyxl reads it (["$A$1:$R$25"]), and its last used column. */
    printArea: string[] | null;
    lastColumn: string;
    tables: Record<string, [string, string[]]>;
  };
  openpyxlError?: string;
};

/** What Python's zipfile and openpyxl see of a workbook before and after a run (tests/fixtures/compare_workbooks.py). */
export function compareWorkbooks(input: string, output: string): Comparison {
  return JSON.parse(
    execFileSync(PYTHON, [path.join(ROOT, "tests/fixtures/compare_workbooks.py"), input, output], {
      encoding: "utf8",
    }),
  ) as Comparison;
}

/** What tests/fixtures/check_order.py finds out of ECMA-376's element sequences in a workbook. */
export function orderProblems(file: string): string[] {
  return JSON.parse(
    execFileSync(PYTHON, [path.join(ROOT, "tests/fixtures/check_order.py"), file], { encoding: "utf8" }),
  ) as string[];
}

/** The cells of every sheet as LibreOffice exports them (CSV, every sheet, raw values). */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = (): void => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") endCell();
    else if (ch === "\n") {
      endCell();
      rows.push(row);
      row = [];
    } else if (ch !== "\r") cell += ch;
  }
  if (cell !== "" || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** Every sheet of each file as CSV in `outdir` (`<file>-<sheet>.csv`), in one LibreOffice run. */
export function exportCsv(files: readonly string[], outdir: string): void {
  execFileSync(
    SOFFICE,
    [
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      outdir,
      ...files,
    ],
    { stdio: "ignore", timeout: 300_000 },
  );
}

/** The parts of the input missing from the output, those changed, and the new ones, by name. */
export function partChanges(c: Comparison): { missing: string[]; changed: string[]; added: string[] } {
  const entries = Object.entries(c.parts);
  return {
    missing: entries.filter(([, p]) => !p.present).map(([n]) => n),
    changed: entries.filter(([, p]) => p.present && !p.same).map(([n]) => n),
    added: c.added,
  };
}

/**
 * Every non-empty cell LibreOffice exported from the input's sheets (`<csvDir>/<base>-<sheet>.csv`) that
 * reads otherwise in the output's export (`<csvDir>/out/`), as [file, row, column, before, after]; and
 * how many sheets were compared.
 */
export async function csvCellsChanged(
  csvDir: string,
  base: string,
): Promise<{ sheets: number; changed: [string, number, number, string, string | undefined][] }> {
  const { readdir, readFile } = await import("node:fs/promises");
  const files = (await readdir(csvDir)).filter((f) => f.startsWith(`${base}-`) && f.endsWith(".csv"));
  const changed: [string, number, number, string, string | undefined][] = [];
  for (const file of files) {
    const before = readCsv(await readFile(path.join(csvDir, file), "utf8"));
    const after = readCsv(await readFile(path.join(csvDir, "out", file), "utf8"));
    before.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell !== "" && after[r]?.[c] !== cell) changed.push([file, r, c, cell, after[r]?.[c]]);
      }),
    );
  }
  return { sheets: files.length, changed };
}
