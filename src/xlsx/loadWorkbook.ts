import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { WorkbookFileError } from "./workbookFileError";

/** Parts of a workbook ExcelJS does not carry through a read and a write. */
export type UnsupportedContent = "charts" | "pivotTables" | "images" | "macros";

export type LoadedWorkbook = {
  readonly workbook: ExcelJS.Workbook;
  readonly unsupported: readonly UnsupportedContent[];
};

const CONTENT: readonly [UnsupportedContent, RegExp][] = [
  ["charts", /^xl\/charts\/chart\d*\.xml$/],
  ["pivotTables", /^xl\/pivotTables\//],
  ["images", /^xl\/media\//],
  ["macros", /^xl\/vbaProject\.bin$/],
];

/**
 * Opens an .xlsx file, telling a missing file, a file that is not a workbook and a damaged one apart,
 * and listing the content ExcelJS would drop on the way through.
 * @example const { workbook } = await loadWorkbook("samples/distributors.zh.xlsx")
 */
export async function loadWorkbook(path: string): Promise<LoadedWorkbook> {
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (cause) {
    const code = (cause as { code?: string }).code;
    throw new WorkbookFileError(code === "EISDIR" ? "folder" : "missing", path, {}, { cause });
  }
  const isZip = buffer.length >= 4 && buffer.readUInt32LE(0) === 0x04034b50;
  if (!isZip) throw new WorkbookFileError("notWorkbook", path);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch (cause) {
    throw new WorkbookFileError("truncated", path, {}, { cause });
  }
  const names = Object.keys(zip.files);
  if (!names.includes("xl/workbook.xml") && !names.includes("xl/workbook.bin"))
    throw new WorkbookFileError("notWorkbook", path);
  const unsupported = CONTENT.filter(([, re]) => names.some((n) => re.test(n))).map(([kind]) => kind);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (cause) {
    throw new WorkbookFileError("truncated", path, {}, { cause });
  }
  return { workbook, unsupported };
}

/**
 * How workbooks are written: deflate at level 1. pako's default level spends most of a large write in
 * searching for longer matches; level 1 writes several times faster for files a few percent larger.
 */
export const XLSX_WRITE_OPTIONS = {
  zip: { compression: "DEFLATE", compressionOptions: { level: 1 } },
} as const;
