import { isUtf8 } from "node:buffer";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { checkXml, lineAndColumn } from "./wellFormed";
import { WorkbookFileError } from "./workbookFileError";
import {
  type Relationship,
  attribute,
  elements,
  firstElement,
  readRelationships,
  relsPathOf,
  stringItemText,
} from "./xml";
import { type ZipEntry, ZipError, inflate, readZip } from "./zip";

/** A sheet as the workbook part lists it. */
export type SheetEntry = {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  /** The worksheet part (undefined for a chart sheet or a dangling relationship). */
  readonly part: string | undefined;
  /** A worksheet's part its relationship names but the file lacks (a damaged package). */
  readonly missingPart?: string;
};

/**
 * An .xlsx or .xlsm opened as the package it is: every part's compressed bytes (untouched until asked
 * for), the workbook part, its sheets and the few workbook-wide facts a read needs.
 */
export type XlsxPackage = {
  readonly path: string;
  readonly entries: ReadonlyMap<string, ZipEntry>;
  /** Part names in the order of the zip, kept for the written package. */
  readonly order: readonly string[];
  readonly workbookPart: string;
  readonly workbookXml: string;
  readonly workbookRels: readonly Relationship[];
  readonly sheets: readonly SheetEntry[];
  /** The 1904 date system (old Mac workbooks): serial 0 is 1904-01-01. */
  readonly date1904: boolean;
  /**
   * The writer asked Excel to calculate every formula on opening (`<calcPr fullCalcOnLoad="1"/>`, ECMA-376
   * Part 1, 18.2.2): what the file holds as formula results is no result (XlsxWriter saves 0 for each).
   */
  readonly fullCalcOnLoad: boolean;
  /** 0-based index of the sheet Excel opens on. */
  readonly activeTab: number;
  readonly macroEnabled: boolean;
  /** A part's text, inflated once and cached. */
  text(part: string): string;
  has(part: string): boolean;
};

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = 0x04034b50;
/** Stream names in an OLE compound file, as UTF-16LE: Office's encrypted package (MS-OFFCRYPTO 2.3.4.x). */
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");

/**
 * An input file's bytes; a missing file or a folder is its own WorkbookFileError (named `shownAs`).
 * @example const bytes = await readInputFile("in.xlsx")
 */
export async function readInputFile(file: string, shownAs = file): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (cause) {
    const code = (cause as { code?: string }).code;
    throw new WorkbookFileError(code === "EISDIR" ? "folder" : "missing", shownAs, {}, { cause });
  }
}

/**
 * Whether a file's first bytes are delimited text (a CSV saved under the .xlsx name): no NUL byte (or a
 * UTF-16 byte-order mark), and a line break or a delimiter.
 */
function looksLikeText(buffer: Buffer): boolean {
  const head = buffer.subarray(0, 4096);
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)))
    return true;
  return head.length > 0 && !head.includes(0) && /[\n,;\t]/.test(head.toString("latin1"));
}

/**
 * Opens a workbook file and tells apart, each with its own error, a missing file, a folder, an encrypted
 * workbook, a legacy .xls, an .ods or .xlsb saved under the .xlsx name, a damaged zip and a zip bomb.
 * @example const pkg = await openPackage("samples/distributors.zh.xlsx"); pkg.sheets[0].name
 */
export async function openPackage(file: string): Promise<XlsxPackage> {
  return packageOf(await readInputFile(file), file);
}

/**
 * A package from its bytes, as `openPackage` reads a file's; `shownAs` is the name messages give it (a
 * text table's, for the package made from it in memory).
 * @example packageOf(await zipBytes(parts), "export.csv").sheets[0].name
 */
export function packageOf(buffer: Buffer, shownAs: string): XlsxPackage {
  const path = shownAs;
  if (buffer.length >= 8 && buffer.subarray(0, 8).equals(CFB_MAGIC))
    throw new WorkbookFileError(buffer.includes(ENCRYPTION_INFO) ? "encrypted" : "legacyXls", path);
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== ZIP_MAGIC) {
    // Excel keeps "~$name.xlsx" beside a workbook it has open (the owner file: a few hundred bytes with
    // the user's name); picked by tab completion, it was "not an .xlsx workbook" and nothing more.
    const lock = /^~\$(.+)$/.exec(basename(shownAs));
    if (lock && buffer.length <= 4096)
      throw new WorkbookFileError("lockFile", path, { workbook: lock[1] as string });
    throw new WorkbookFileError(looksLikeText(buffer) ? "textNamedAsWorkbook" : "notWorkbook", path);
  }
  let list: ZipEntry[];
  try {
    list = readZip(buffer);
  } catch (cause) {
    throw fromZipError(cause, path);
  }
  // Every part under the name the package's relationships give it (see `spellingsOf`).
  const spelled = spellingsOf(list, (entry) => {
    try {
      return xmlText(inflate(entry), entry.name, path);
    } catch {
      return "";
    }
  });
  if (spelled.size > 0) list = list.map((e) => ({ ...e, name: spelled.get(e.name) ?? e.name }));
  const entries = new Map(list.map((e) => [e.name, e]));
  const cache = new Map<string, string>();
  const text = (part: string): string => {
    let t = cache.get(part);
    if (t === undefined) {
      const entry = entries.get(part);
      if (!entry) return "";
      let bytes: Buffer;
      try {
        bytes = inflate(entry);
      } catch (cause) {
        throw fromZipError(cause, path);
      }
      t = /\.(xml|rels)$/i.test(part) ? xmlText(bytes, part, path) : bytes.toString("utf8");
      cache.set(part, t);
    }
    return t;
  };
  const mimetype = entries.get("mimetype");
  if (mimetype && text("mimetype").startsWith("application/vnd.oasis.opendocument"))
    throw new WorkbookFileError("ods", path);
  const officeDocument = readRelationships(text("_rels/.rels"), "").find((r) => r.type === "officeDocument");
  const workbookPart = officeDocument?.target ?? "xl/workbook.xml";
  if (workbookPart.endsWith(".bin") || entries.has("xl/workbook.bin"))
    throw new WorkbookFileError("xlsb", path);
  if (!entries.has(workbookPart)) throw new WorkbookFileError("notWorkbook", path);
  const workbookXml = text(workbookPart);
  const workbookRels = readRelationships(text(relsPathOf(workbookPart)), workbookPart);
  const byId = new Map(workbookRels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [...workbookXml.matchAll(elements("sheet"))].map((m) => {
    const a = m[1] ?? "";
    const relId = attribute(a, "id") ?? "";
    const rel = byId.get(relId);
    const state = attribute(a, "state");
    return {
      name: attribute(a, "name") ?? "",
      sheetId: Number(attribute(a, "sheetId") ?? 0),
      relId,
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
      part: rel && rel.type === "worksheet" && entries.has(rel.target) ? rel.target : undefined,
      ...(rel && rel.type === "worksheet" && !entries.has(rel.target) ? { missingPart: rel.target } : {}),
    };
  });
  const pr = firstElement(workbookXml, "workbookPr")?.attributes ?? "";
  const d1904 = attribute(pr, "date1904");
  const view = firstElement(workbookXml, "workbookView")?.attributes ?? "";
  const fullCalc = attribute(firstElement(workbookXml, "calcPr")?.attributes ?? "", "fullCalcOnLoad");
  const types = text("[Content_Types].xml");
  return {
    path,
    entries,
    order: list.map((e) => e.name),
    workbookPart,
    workbookXml,
    workbookRels,
    sheets,
    date1904: d1904 === "1" || d1904 === "true",
    fullCalcOnLoad: fullCalc === "1" || fullCalc === "true",
    activeTab: Number(attribute(view, "activeTab") ?? 0) || 0,
    macroEnabled: contentTypeOf(types, workbookPart).includes("macroEnabled"),
    text,
    has: (part) => entries.has(part),
  };
}

/**
 * Parts stored under a name their relationships spell in another case, and the name they spell: part
 * names are compared without case (ECMA-376 Part 2, 8.1.1.2 [M1.12]), so a sheet stored as Sheet1.xml is
 * the sheet1.xml the workbook names, and Excel reads it; LibreOffice and openpyxl look names up as
 * spelled and find nothing. Walking the relationships from the package's root, each part reached takes
 * the name its relationship gives it (and its .rels part the matching name), so the rest of the run, and
 * every reader of what we write, finds parts by their exact name. A part stored under the exact name
 * keeps it; one no relationship reaches keeps its own.
 * @example spellingsOf(entries, read) // Map { "xl/worksheets/Sheet1.xml" => "xl/worksheets/sheet1.xml" }
 */
function spellingsOf(list: readonly ZipEntry[], read: (entry: ZipEntry) => string): Map<string, string> {
  const exact = new Map(list.map((e) => [e.name, e]));
  const byCase = new Map<string, ZipEntry>();
  for (const e of list) if (!byCase.has(e.name.toLowerCase())) byCase.set(e.name.toLowerCase(), e);
  const renamed = new Map<string, string>();
  const spelled = new Set<string>();
  const find = (name: string): ZipEntry | undefined => {
    const e = exact.get(name) ?? byCase.get(name.toLowerCase());
    if (e && e.name !== name && !renamed.has(e.name) && !spelled.has(name)) {
      renamed.set(e.name, name);
      spelled.add(name);
    }
    return e;
  };
  const seen = new Set<string>([""]);
  const queue = [""];
  while (queue.length > 0) {
    const source = queue.shift() as string;
    const rels = find(relsPathOf(source));
    if (!rels) continue;
    for (const r of readRelationships(read(rels), source)) {
      if (r.external || seen.has(r.target) || !find(r.target)) continue;
      seen.add(r.target);
      queue.push(r.target);
    }
  }
  return renamed;
}

/**
 * An XML part's text, checked: well formed (a part Excel would have to repair is said to be damaged, and
 * where), in UTF-8 or UTF-16 as the package's rules allow (ECMA-376 Part 2, 8.1.4 [M1.17]).
 */
function xmlText(bytes: Buffer, part: string, path: string): string {
  let text: string;
  const utf16 = bytes.length >= 2 && (bytes[0] === 0xff || bytes[0] === 0xfe) && bytes[1] === (bytes[0] ^ 1);
  if (utf16 && bytes.length % 2 === 1)
    throw new WorkbookFileError("malformed", path, { part, problem: "encoding" });
  if (utf16 && bytes[0] === 0xff) text = bytes.toString("utf16le", 2);
  else if (utf16) text = Buffer.from(bytes.subarray(2)).swap16().toString("utf16le");
  else if (!isUtf8(bytes)) throw new WorkbookFileError("malformed", path, { part, problem: "encoding" });
  else text = bytes.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const fault = checkXml(text);
  if (fault) {
    const { line, column } = lineAndColumn(text, fault.at);
    throw new WorkbookFileError("malformed", path, { part, problem: fault.problem, line, column });
  }
  return text;
}

/** A part's content type from [Content_Types].xml: its Override, else the Default of its extension. */
function contentTypeOf(types: string, part: string): string {
  for (const m of types.matchAll(elements("Override")))
    if ((attribute(m[1] ?? "", "PartName") ?? "").replace(/^\//, "").toLowerCase() === part.toLowerCase())
      return attribute(m[1] ?? "", "ContentType") ?? "";
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  for (const m of types.matchAll(elements("Default")))
    if ((attribute(m[1] ?? "", "Extension") ?? "").toLowerCase() === ext)
      return attribute(m[1] ?? "", "ContentType") ?? "";
  return "";
}

/** A zip problem met while reading a part, as the file error the CLI words. */
export function fromZipError(cause: unknown, path: string): WorkbookFileError {
  if (cause instanceof ZipError) {
    const problem =
      cause.problem === "bomb" ? "bomb" : cause.problem === "encrypted" ? "encrypted" : "truncated";
    return new WorkbookFileError(problem, path, { reason: cause.message }, { cause });
  }
  return new WorkbookFileError("truncated", path, {}, { cause });
}

/** The shared string table (ECMA-376 Part 1, 18.4): each item's text, rich text runs joined. */
export function readSharedStrings(pkg: XlsxPackage): string[] {
  const rel = pkg.workbookRels.find((r) => r.type === "sharedStrings");
  if (!rel) return [];
  const xml = pkg.text(rel.target);
  const out: string[] = [];
  // Items found by indexOf (a million-row sheet may have a million of them); an empty <si/> is "".
  const prefix = /<([A-Za-z_][\w.-]*:)?sst[\s>]/.exec(xml)?.[1] ?? "";
  const open = `<${prefix}si`;
  const close = `</${prefix}si>`;
  for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at + 1)) {
    const next = xml.charCodeAt(at + open.length);
    if (next !== 62 && next !== 32 && next !== 47) continue;
    const tagEnd = xml.indexOf(">", at);
    if (xml.charCodeAt(tagEnd - 1) === 47) {
      out.push("");
      continue;
    }
    const end = xml.indexOf(close, tagEnd);
    if (end < 0) break;
    out.push(stringItemText(xml.slice(tagEnd + 1, end)));
    at = end;
  }
  return out;
}

/** Built-in number formats (ECMA-376 Part 1, 18.8.30), with the zh-CN dates Excel shows for 27-36 and 50-58. */
const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "yyyy/m/d",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "yyyy/m/d h:mm",
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** The styles a read needs: each cell format's (xf's) number format code. */
export type CellStyles = { readonly formatOf: readonly string[]; readonly stylesPart: string | undefined };

/**
 * Each cell format's number format code, indexed by the cell's `s` attribute.
 * @example readCellStyles(pkg).formatOf[3] // '0.0"万元"'
 */
export function readCellStyles(pkg: XlsxPackage): CellStyles {
  const rel = pkg.workbookRels.find((r) => r.type === "styles");
  if (!rel) return { formatOf: [], stylesPart: undefined };
  const xml = pkg.text(rel.target);
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(elements("numFmt"))) {
    const a = m[1] ?? "";
    custom.set(Number(attribute(a, "numFmtId")), attribute(a, "formatCode") ?? "");
  }
  const xfs = firstElement(xml, "cellXfs")?.content ?? "";
  const formatOf = [...xfs.matchAll(elements("xf"))].map((m) => {
    const id = Number(attribute(m[1] ?? "", "numFmtId") ?? 0);
    return custom.get(id) ?? BUILTIN_FORMATS[id] ?? "General";
  });
  return { formatOf, stylesPart: rel.target };
}

/**
 * Whether the workbook's structure is locked (Review > Protect Workbook: CT_WorkbookProtection's
 * `lockStructure`, 18.2.29): no sheet may be added, as the strategy sheet would be.
 * @example structureLocked(pkg) // true for <workbookProtection lockStructure="1"/>
 */
export function structureLocked(pkg: XlsxPackage): boolean {
  const a = firstElement(pkg.workbookXml, "workbookProtection")?.attributes ?? "";
  const lock = attribute(a, "lockStructure");
  return lock === "1" || lock === "true";
}
