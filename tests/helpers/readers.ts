import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Debian's Python, with python3-openpyxl (another python3 may come first on PATH). */
export const PYTHON = "/usr/bin/python3";
/** LibreOffice headless, from libreoffice-calc-nogui. */
export const SOFFICE = "/usr/bin/soffice";

/**
 * Fails with the Debian packages to install when the independent readers are missing (.ci/run installs
 * them): openpyxl and LibreOffice, PIL where fixtures carry images, XlsxWriter where it writes fixtures.
 */
export function requireReaders(options: { images?: boolean; xlsxwriter?: boolean } = {}): void {
  const missing: string[] = [];
  const wanted: [string, string][] = [
    ["openpyxl", "python3-openpyxl"],
    ...(options.images ? ([["PIL", "python3-pil"]] as [string, string][]) : []),
    ...(options.xlsxwriter ? ([["xlsxwriter", "python3-xlsxwriter"]] as [string, string][]) : []),
  ];
  for (const [module, pkg] of wanted) {
    try {
      execFileSync(PYTHON, ["-c", `import ${module}`], { stdio: "ignore" });
    } catch {
      missing.push(pkg);
    }
  }
  if (!existsSync(SOFFICE)) missing.push("libreoffice-calc-nogui");
  if (missing.length > 0)
    throw new Error(`independent readers missing: apt-get install -y ${missing.join(" ")}`);
}
