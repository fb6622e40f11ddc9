import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Debian's Python, with python3-openpyxl (another python3 may come first on PATH). */
export const PYTHON = "/usr/bin/python3";
/** LibreOffice headless, from libreoffice-calc-nogui. */
export const SOFFICE = "/usr/bin/soffice";
/** LibreOffice's Chinese UI (libreoffice-l10n-zh-cn): its PivotTable's totals read 华东 结果, 合计 结果. */
const LIBREOFFICE_ZH = "/usr/lib/libreoffice/program/resource/zh_CN";

/**
 * What openpyxl reads in a workbook's active sheet, or the sheet named `sheet` (`ws`): a Python
 * expression, its value as JSON (dates as text). With `results`, formulas read as their saved results
 * (openpyxl's data_only).
 * @example openpyxlReads<number>("out.xlsx", "ws['B2'].value")
 */
export function openpyxlReads<T>(
  file: string,
  expression: string,
  options: { results?: boolean; sheet?: string } = {},
): T {
  const script =
    "import json,sys,openpyxl;" +
    `wb=openpyxl.load_workbook(sys.argv[1],data_only=${options.results ? "True" : "False"});` +
    "ws=wb[sys.argv[2]] if len(sys.argv)>2 else wb.active;" +
    `print(json.dumps(${expression},default=str))`;
  const args = ["-c", script, file, ...(options.sheet === undefined ? [] : [options.sheet])];
  return JSON.parse(execFileSync(PYTHON, args, { encoding: "utf8" })) as T;
}

/**
 * Opens `from` in openpyxl (as `wb`, with `sys` and `datetime` imported), runs `statements` (Python, one
 * per line or joined by ";"; `args` are sys.argv[3:]) and saves the workbook as `to`: an edit made by a
 * writer nobody here wrote, as a planner's tool would make it. Returns `to`.
 * @example editedInOpenpyxl("in.xlsx", "out.xlsx", "wb['S'].title='S 2026'")
 */
export function editedInOpenpyxl(from: string, to: string, statements: string, ...args: string[]): string {
  const script = `import sys,datetime,openpyxl\nwb=openpyxl.load_workbook(sys.argv[1])\n${statements}\nwb.save(sys.argv[2])`;
  execFileSync(PYTHON, ["-c", script, from, to, ...args]);
  return to;
}

/**
 * Fails with the Debian packages to install when the independent readers are missing (.ci/run installs
 * them): openpyxl and LibreOffice, PIL where fixtures carry images, XlsxWriter where it writes fixtures,
 * LibreOffice's Python bridge and Chinese UI where LibreOffice itself makes a fixture (a PivotTable).
 */
export function requireReaders(
  options: { images?: boolean; xlsxwriter?: boolean; libreofficeUno?: boolean } = {},
): void {
  const missing: string[] = [];
  const wanted: [string, string][] = [
    ["openpyxl", "python3-openpyxl"],
    ...(options.images ? ([["PIL", "python3-pil"]] as [string, string][]) : []),
    ...(options.xlsxwriter ? ([["xlsxwriter", "python3-xlsxwriter"]] as [string, string][]) : []),
    ...(options.libreofficeUno ? ([["uno", "python3-uno"]] as [string, string][]) : []),
  ];
  for (const [module, pkg] of wanted) {
    try {
      execFileSync(PYTHON, ["-c", `import ${module}`], { stdio: "ignore" });
    } catch {
      missing.push(pkg);
    }
  }
  if (!existsSync(SOFFICE)) missing.push("libreoffice-calc-nogui");
  if (options.libreofficeUno && !existsSync(LIBREOFFICE_ZH)) missing.push("libreoffice-l10n-zh-cn");
  if (missing.length > 0)
    throw new Error(`independent readers missing: apt-get install -y ${missing.join(" ")}`);
}
