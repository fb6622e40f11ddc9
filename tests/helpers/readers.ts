import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Debian's Python, with python3-openpyxl (another python3 may come first on PATH). */
export const PYTHON = "/usr/bin/python3";
/** LibreOffice headless, from libreoffice-calc-nogui. */
export const SOFFICE = "/usr/bin/soffice";

/**
 * Fails with the Debian packages to install when the independent readers are missing (.ci/run installs
 * them): openpyxl and LibreOffice, and PIL where fixtures carry images.
 */
export function requireReaders(options: { images?: boolean } = {}): void {
  const missing: string[] = [];
  const modules = options.images ? "openpyxl, PIL" : "openpyxl";
  try {
    execFileSync(PYTHON, ["-c", `import ${modules}`], { stdio: "ignore" });
  } catch {
    missing.push(options.images ? "python3-openpyxl python3-pil" : "python3-openpyxl");
  }
  if (!existsSync(SOFFICE)) missing.push("libreoffice-calc-nogui");
  if (missing.length > 0)
    throw new Error(`independent readers missing: apt-get install -y ${missing.join(" ")}`);
}
