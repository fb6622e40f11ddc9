import {
  SETTINGS_SHEET,
  type SavedSettings,
  type SheetPlan,
  type WritePlan,
  narrowedPrintArea,
  printAreaReachesOurs,
  tableRows,
  serializeSettings,
  settingsAfterWrite,
  widenedPrintArea,
} from "../workbook";
import { extendTable, patchDataSheet } from "./patchSheet";
import { type UntierSheet, untierDataSheet } from "./untierSheet";
import { XML_DECLARATION, chartXml, drawingXml, printAreaOf, productSheetXml } from "./sheetWriter";
import { MINIMAL_STYLES, StyleBook } from "./styleBook";
import type { SheetEntry, XlsxPackage } from "./xlsxPackage";
import {
  attribute,
  elements,
  escapeXml,
  firstElement,
  readRelationships,
  relativeTarget,
  relsPathOf,
  unescapeXml,
} from "./xml";
import { type ZipPart, writeZip } from "./zip";

/** Content types of the parts we add (ECMA-376 Part 1, Annex / [Content_Types].xml). */
const TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;
/** Relationship types, transitional (a strict-OOXML workbook keeps its own for what it had). */
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
/** Strict OOXML's relationship types (ECMA-376 Part 1, strict conformance class). */
const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";

/** What the write did besides the plan's cells, for the summary and the tests. */
export type WriteResult = {
  /** Parts of the input copied byte for byte (compressed bytes untouched). */
  readonly copied: readonly string[];
  /** Parts rewritten with changes. */
  readonly patched: readonly string[];
  readonly added: readonly string[];
  /** Our own earlier parts removed (a product sheet's old drawing and chart). */
  readonly removed: readonly string[];
};

/**
 * Writes the tiered workbook: every part of the input the run does not change is copied as it is
 * (compressed bytes and all); the data sheet, its table, the workbook part and its relationships, the
 * content types, the styles and docProps/app.xml are patched; the strategy sheet (with its chart), the
 * change log and the settings are new parts, or take the place of our earlier ones.
 * @example await writeWorkbook(pkg, sheet, plan, "out.xlsx")
 */
export async function writeWorkbook(
  pkg: XlsxPackage,
  dataSheet: SheetEntry,
  plan: WritePlan,
  file: string,
): Promise<WriteResult> {
  const replaced = new Map<string, ZipPart>();
  const added: ZipPart[] = [];
  const removed = new Set<string>();
  // Names in lower case: a new part may not differ from one in the package by case alone (ECMA-376
  // Part 2, 8.1.1.2 [M1.12]).
  const taken = new Set([...pkg.entries.keys()].map((n) => n.toLowerCase()));
  const newPart = (pattern: (n: number) => string): string => {
    for (let n = 1; ; n++) {
      const name = pattern(n);
      if (!taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase());
        return name;
      }
    }
  };
  const put = (name: string, text: string): void => {
    const part = { name, data: Buffer.from(text, "utf8") };
    if (pkg.has(name) && !removed.has(name)) replaced.set(name, part);
    else added.push(part);
  };

  // Styles: ours are appended to the workbook's.
  const stylesRel = pkg.workbookRels.find((r) => r.type === "styles");
  const stylesPart = stylesRel?.target ?? newPart((n) => `xl/styles${n === 1 ? "" : n}.xml`);
  const styles = new StyleBook(stylesRel ? pkg.text(stylesPart) : MINIMAL_STYLES);

  // The table holding the data grows by our columns; its header names are the cells' headers.
  const sheetPart = dataSheet.part ?? "";
  const sheetRels = readRelationships(pkg.text(relsPathOf(sheetPart)), sheetPart);
  const tableRel = sheetRels.find((r) => r.type === "table");
  let headers = new Map<number, string>();
  if (tableRel) {
    const extended = extendTable(pkg.text(tableRel.target), plan);
    if (extended) {
      headers = extended.headers;
      if (extended.xml !== pkg.text(tableRel.target)) put(tableRel.target, extended.xml);
    }
  }
  const entry = pkg.entries.get(sheetPart);
  if (!entry) throw new Error(`sheet part ${sheetPart} vanished`);
  const data = await patchDataSheet(entry, {
    plan,
    styles,
    headers,
    hasTable: sheetRels.some((r) => r.type === "table"),
  });
  replaced.set(sheetPart, { name: sheetPart, deflated: data.part });
  // The settings say what this run and earlier ones added to the sheet (a freeze, a filter), for taking
  // the tiering back: as the add-in saves them.
  // The user's print area widened over our columns (widenedPrintArea): a printout by it had no tiers.
  const dataIndex = pkg.sheets.indexOf(dataSheet);
  let workbookXml = pkg.workbookXml;
  const printArea = scopedNameText(workbookXml, "_xlnm.Print_Area", dataIndex);
  const widerPrint =
    printArea === undefined ? null : widenedPrintArea(printArea, tableRows(plan), plan.columns);
  if (widerPrint !== null)
    workbookXml = setScopedNameText(workbookXml, "_xlnm.Print_Area", dataIndex, widerPrint);
  const saved = settingsAfterWrite(plan.settings, {
    froze: data.froze,
    filtered: data.filtered,
    hasFreeze: data.hasFreeze,
    hasFilter: data.hasFilter,
    widenedPrint: widerPrint !== null,
    printReachesOurs: printAreaReachesOurs(widerPrint ?? printArea ?? "", plan.columns),
  });

  // Our sheets: each takes the place of our earlier one (same tab, same position), or comes last.
  // The user's filter widened over our columns: the name Excel keeps for a sheet's filtered range
  // (_xlnm._FilterDatabase, hidden, scoped to the sheet) follows it, where the workbook has one.
  if (data.filterRef) workbookXml = setFilterDatabase(workbookXml, dataIndex, dataSheet.name, data.filterRef);
  let rels =
    pkg.text(relsPathOf(pkg.workbookPart)) ||
    `${XML_DECLARATION}<Relationships xmlns="${PKG_REL}"></Relationships>`;
  let types = pkg.text("[Content_Types].xml");
  const sheets = [...pkg.sheets];
  const product: { plan: SheetPlan | null; names: string[]; state: string | undefined }[] = [
    {
      plan: plan.strategySheet,
      names: [plan.strategySheet.name, ...plan.strategySheet.replaces],
      state: undefined,
    },
    { plan: plan.changeLog, names: [plan.changeLog.name, ...plan.changeLog.replaces], state: undefined },
    { plan: null, names: [SETTINGS_SHEET], state: "veryHidden" },
  ];
  let nextSheetId = Math.max(0, ...pkg.sheets.map((s) => s.sheetId)) + 1;
  let nextRel = nextRelId(rels);
  // Relationship types and r:id in the package's own flavour: transitional, or strict OOXML's namespace.
  // Only those two: a type the package misspells is not copied into ours.
  const relBase = /Type\s*=\s*["']([^"']*)\/worksheet["']/.exec(rels)?.[1] === STRICT_REL ? STRICT_REL : REL;
  for (const item of product) {
    const old = sheets.filter((s) => item.names.includes(s.name) && s !== dataSheet);
    for (const s of old) for (const p of ownedParts(pkg, s)) removed.add(p);
    const sheetPlan: SheetPlan = item.plan ?? settingsSheet(saved);
    const part = newPart((n) => `xl/worksheets/sheet${n}.xml`);
    const relId = `rId${nextRel++}`;
    const chart = item.plan?.chart;
    put(part, productSheetXml(sheetPlan, styles, chart !== undefined));
    types = addOverride(types, part, TYPES.worksheet);
    if (chart) {
      const drawing = newPart((n) => `xl/drawings/drawing${n}.xml`);
      const chartPart = newPart((n) => `xl/charts/chart${n}.xml`);
      put(drawing, drawingXml(chart));
      put(chartPart, chartXml(chart, sheetPlan));
      put(
        relsPathOf(part),
        relsXml([{ id: "rId1", type: `${REL}/drawing`, target: relativeTarget(part, drawing) }]),
      );
      put(
        relsPathOf(drawing),
        relsXml([{ id: "rId1", type: `${REL}/chart`, target: relativeTarget(drawing, chartPart) }]),
      );
      types = addOverride(addOverride(types, drawing, TYPES.drawing), chartPart, TYPES.chart);
    }
    rels = addRelationship(rels, relId, `${relBase}/worksheet`, relativeTarget(pkg.workbookPart, part));
    // The r prefix is declared on the element itself: writers declare it on the root, on each sheet
    // (openpyxl), or under another name, and a second declaration on the root would be an error.
    const element = `<sheet xmlns:r="${relBase}" name="${escapeXml(sheetPlan.name)}" sheetId="${nextSheetId++}"${item.state ? ` state="${item.state}"` : ""} r:id="${relId}"/>`;
    const first = old[0];
    const result = placeSheet(workbookXml, sheets, first, old.slice(1), element, sheetPlan.name);
    workbookXml = result.xml;
    sheets.splice(0, sheets.length, ...result.sheets);
    const area = printAreaOf(sheetPlan);
    workbookXml = setPrintArea(workbookXml, result.index, area);
    for (const s of old) rels = removeRelationship(rels, s.relId);
  }
  for (const p of removed) {
    types = removeOverride(types, p);
    taken.delete(p.toLowerCase());
  }
  if (!stylesRel) {
    rels = addRelationship(
      rels,
      `rId${nextRel++}`,
      `${relBase}/styles`,
      relativeTarget(pkg.workbookPart, stylesPart),
    );
    types = addOverride(types, stylesPart, TYPES.styles);
  }
  if (styles.changed || !stylesRel) put(stylesPart, styles.toXml());
  put(pkg.workbookPart, workbookXml);
  put(relsPathOf(pkg.workbookPart), rels);
  put("[Content_Types].xml", types);
  const app = pkg.text("docProps/app.xml");
  if (app) {
    const patched = patchAppProperties(
      app,
      sheets.map((s) => s.name),
    );
    if (patched !== app) put("docProps/app.xml", patched);
  }

  const { parts, copied } = keptParts(pkg, removed, replaced);
  parts.push(...added);
  await writeZip(file, parts);
  return { copied, patched: [...replaced.keys()], added: added.map((p) => p.name), removed: [...removed] };
}

/**
 * Writes the workbook without the settings sheet (the rules, the roster of accounts with their last
 * tiers and sales, the history of runs), as the pane's "Remove saved data" leaves it: the sheet, what
 * only it leads to, its relationship, content type and place among the sheets go (names scoped to later
 * sheets, the active and first tab keep pointing at the same sheet); every other part is copied byte for
 * byte. Null where the workbook holds no settings sheet (nothing is written then).
 * @example await writeWithoutSettings(pkg, "shareable.xlsx") // { removed: ["xl/worksheets/sheet4.xml"], … }
 */
export async function writeWithoutSettings(pkg: XlsxPackage, file: string): Promise<WriteResult | null> {
  const sheet = pkg.sheets.find((s) => s.name === SETTINGS_SHEET);
  if (!sheet) return null;
  return writeWithout(pkg, [sheet], new Map(), undefined, file);
}

/** What taking a run back changes in the package, decided (and checked) before the write. */
export type PackageRemoval = {
  /** The data sheet, where a run's columns are to be taken off it; undefined where none are. */
  readonly dataSheet: SheetEntry | undefined;
  readonly sheet: UntierSheet;
  /** The Excel table holding our columns, shrunk back to the user's (untierTable). */
  readonly table?: { readonly part: string; readonly xml: string };
  /** Our sheets to delete, by name (the strategy sheet, the change log; the settings sheet always goes). */
  readonly sheets: readonly string[];
};

/**
 * Writes the workbook as the pane's "Remove the tiering…" leaves it: our columns off the data sheet
 * (untierDataSheet), its table shrunk back, the sheet's filtered-range name following its filter, our
 * sheets and the settings sheet deleted with what only they lead to (as writeWithoutSettings); every
 * other part copied byte for byte.
 * @example await writeWithoutTiering(pkg, removal, "book.untiered.xlsx")
 */
export async function writeWithoutTiering(
  pkg: XlsxPackage,
  removal: PackageRemoval,
  file: string,
): Promise<WriteResult> {
  const replaced = new Map<string, ZipPart>();
  let names = (xml: string): string => xml;
  const data = removal.dataSheet;
  const entry = data?.part ? pkg.entries.get(data.part) : undefined;
  if (data?.part && entry) {
    const patched = await untierDataSheet(entry, removal.sheet);
    replaced.set(data.part, { name: data.part, deflated: patched.part });
    const index = pkg.sheets.indexOf(data);
    // The name Excel keeps for a sheet's filtered range follows the filter: gone with it, or narrowed.
    let filterName = (xml: string): string => xml;
    if (patched.filter === null) filterName = (xml) => removeSheetName(xml, "_xlnm._FilterDatabase", index);
    else if (patched.filter !== undefined) {
      const ref = patched.filter;
      filterName = (xml) => setFilterDatabase(xml, index, data.name, ref);
    }
    // A print area a run widened over our columns narrowed back to the user's.
    const columns = removal.sheet.plan.columns;
    const area = removal.sheet.added?.printArea
      ? scopedNameText(pkg.workbookXml, "_xlnm.Print_Area", index)
      : undefined;
    const narrower = area === undefined ? null : narrowedPrintArea(area, columns);
    names = (xml) => {
      const out = filterName(xml);
      return narrower === null ? out : setScopedNameText(out, "_xlnm.Print_Area", index, narrower);
    };
  }
  if (removal.table)
    replaced.set(removal.table.part, {
      name: removal.table.part,
      data: Buffer.from(removal.table.xml, "utf8"),
    });
  const gone = pkg.sheets.filter(
    (s) => s !== data && (s.name === SETTINGS_SHEET || removal.sheets.includes(s.name)),
  );
  return writeWithout(pkg, gone, replaced, data, file, names);
}

/**
 * Writes the package without `gone` sheets: each sheet, what only it leads to, its relationship, content
 * type and place among the sheets go (names scoped to it go, later ones move down; the active tab, where
 * it was one of them, becomes `stay`), docProps/app.xml lists the rest; `replaced` parts are written in
 * place of theirs; every other part is copied byte for byte. `names` patches the workbook part first
 * (indexes as they were).
 */
async function writeWithout(
  pkg: XlsxPackage,
  gone: readonly SheetEntry[],
  replaced: Map<string, ZipPart>,
  stay: SheetEntry | undefined,
  file: string,
  names: (xml: string) => string = (xml) => xml,
): Promise<WriteResult> {
  const removed = new Set(gone.flatMap((s) => ownedParts(pkg, s)));
  const put = (name: string, text: string): void => {
    replaced.set(name, { name, data: Buffer.from(text, "utf8") });
  };
  let workbookXml = names(pkg.workbookXml);
  let sheets = [...pkg.sheets];
  const active = sheets[pkg.activeTab];
  // From the last: each removal moves only the sheets after it.
  for (const sheet of [...gone].sort((a, b) => sheets.indexOf(b) - sheets.indexOf(a))) {
    const index = sheets.indexOf(sheet);
    workbookXml = shiftIndexes(replaceSheetElement(workbookXml, index, ""), index);
    sheets = sheets.filter((s) => s !== sheet);
  }
  // No names left: no `<definedNames>` either, as Excel writes a workbook without names.
  workbookXml = workbookXml.replace(/<((?:[A-Za-z_][\w.-]*:)?)definedNames\s*>\s*<\/\1definedNames\s*>/, "");
  if (active && gone.includes(active)) {
    const tab = Math.max(0, stay ? sheets.indexOf(stay) : 0);
    workbookXml = workbookXml.replace(/(\sactiveTab\s*=\s*["'])\d+(["'])/, `$1${tab}$2`);
  }
  // A first tab past the last sheet shows no tab at all.
  workbookXml = workbookXml.replace(
    /(\sfirstSheet\s*=\s*["'])(\d+)(["'])/,
    (all, a: string, n: string, z: string) => (Number(n) >= sheets.length ? `${a}0${z}` : all),
  );
  if (workbookXml !== pkg.workbookXml) put(pkg.workbookPart, workbookXml);
  const relsName = relsPathOf(pkg.workbookPart);
  let rels = pkg.text(relsName);
  for (const s of gone) if (s.relId) rels = removeRelationship(rels, s.relId);
  if (pkg.has(relsName) && rels !== pkg.text(relsName)) put(relsName, rels);
  let types = pkg.text("[Content_Types].xml");
  for (const p of removed) types = removeOverride(types, p);
  if (types !== pkg.text("[Content_Types].xml")) put("[Content_Types].xml", types);
  const app = pkg.text("docProps/app.xml");
  if (app) {
    const patched = patchAppProperties(
      app,
      sheets.map((s) => s.name),
    );
    if (patched !== app) put("docProps/app.xml", patched);
  }
  const { parts, copied } = keptParts(pkg, removed, replaced);
  await writeZip(file, parts);
  return { copied, patched: [...replaced.keys()], added: [], removed: [...removed] };
}

/** The text of a name scoped to the sheet at `index` (_xlnm.Print_Area), unescaped; undefined: none. */
function scopedNameText(xml: string, name: string, index: number): string | undefined {
  if (index < 0) return undefined;
  for (const m of xml.matchAll(elements("definedName")))
    if (attribute(m[1] ?? "", "name") === name && attribute(m[1] ?? "", "localSheetId") === String(index))
      return unescapeXml(m[2] ?? "");
  return undefined;
}

/** The text of a name scoped to the sheet at `index` set to `text`, where the name is there. */
function setScopedNameText(xml: string, name: string, index: number, text: string): string {
  return xml.replace(elements("definedName"), (all, attrs: string) =>
    attribute(attrs, "name") === name && attribute(attrs, "localSheetId") === String(index)
      ? all.replace(/>[\s\S]*?</, `>${escapeXml(text)}<`)
      : all,
  );
}

/** A name scoped to the sheet at `index` removed (_xlnm._FilterDatabase, _xlnm.Print_Area). */
function removeSheetName(xml: string, name: string, index: number): string {
  if (index < 0) return xml;
  return xml.replace(elements("definedName"), (all, attrs: string) =>
    attribute(attrs, "name") === name && attribute(attrs, "localSheetId") === String(index) ? "" : all,
  );
}

/**
 * The package's parts in their order, less the removed ones, a patched part in the place of its original
 * and every other one as it is (its compressed bytes copied); `copied` names those.
 */
function keptParts(
  pkg: XlsxPackage,
  removed: ReadonlySet<string>,
  replaced: ReadonlyMap<string, ZipPart>,
): { parts: ZipPart[]; copied: string[] } {
  const parts: ZipPart[] = [];
  const copied: string[] = [];
  for (const name of pkg.order) {
    if (removed.has(name)) continue;
    const patched = replaced.get(name);
    const entry = pkg.entries.get(name);
    if (patched) parts.push(patched);
    else if (entry) {
      parts.push({ name, entry });
      copied.push(name);
    }
  }
  return { parts, copied };
}

/** The settings as a sheet: column A, one chunk of the JSON per cell, as the add-in reads it. */
function settingsSheet(settings: SavedSettings): SheetPlan {
  return {
    name: SETTINGS_SHEET,
    rows: serializeSettings(settings).map((chunk) => ({ style: "body", cells: [chunk] })),
    columnWidths: [],
    replaces: [],
  };
}

/**
 * Parts that belong to a sheet of ours alone: the sheet, its relationships and what they lead to
 * (drawing, chart, the chart's style and colours), unless another part still points at them.
 */
function ownedParts(pkg: XlsxPackage, sheet: SheetEntry): string[] {
  if (!sheet.part) return [];
  const owned = new Set<string>();
  const pointedAt = new Map<string, Set<string>>();
  for (const name of pkg.order) {
    if (!name.endsWith(".rels")) continue;
    const source = name.replace(/_rels\/([^/]+)\.rels$/, "$1");
    for (const r of readRelationships(pkg.text(name), source)) {
      if (r.external) continue;
      const from = pointedAt.get(r.target) ?? new Set<string>();
      from.add(source);
      pointedAt.set(r.target, from);
    }
  }
  const queue = [sheet.part];
  while (queue.length > 0) {
    const part = queue.pop() as string;
    if (owned.has(part)) continue;
    owned.add(part);
    const relsName = relsPathOf(part);
    if (pkg.has(relsName)) owned.add(relsName);
    for (const r of readRelationships(pkg.text(relsName), part)) {
      if (r.external || !pkg.has(r.target)) continue;
      const others = [...(pointedAt.get(r.target) ?? [])].filter((s) => !owned.has(s) && s !== part);
      if (others.length === 0) queue.push(r.target);
    }
  }
  return [...owned];
}

/**
 * Puts our sheet's element in the place of our earlier one (or last), removes further earlier copies,
 * and keeps every sheet index in the workbook (defined names' localSheetId, the active and first tab)
 * pointing at the same sheet.
 */
function placeSheet(
  xml: string,
  sheets: SheetEntry[],
  first: SheetEntry | undefined,
  extra: readonly SheetEntry[],
  element: string,
  name: string,
): { xml: string; sheets: SheetEntry[]; index: number } {
  let out = xml;
  let list = [...sheets];
  for (const s of extra) {
    const index = list.indexOf(s);
    out = replaceSheetElement(out, index, "");
    out = shiftIndexes(out, index);
    list = list.filter((x) => x !== s);
  }
  const entry: SheetEntry = { name, sheetId: 0, relId: "", state: "visible", part: undefined };
  if (first) {
    const index = list.indexOf(first);
    out = replaceSheetElement(out, index, element);
    list[index] = entry;
    return { xml: out, sheets: list, index };
  }
  const sheetsEl = firstElement(out, "sheets");
  if (!sheetsEl) throw new Error("workbook has no sheets element");
  const prefix = /<([A-Za-z_][\w.-]*:)?sheets[\s>]/.exec(out)?.[1] ?? "";
  const close = out.lastIndexOf("</", sheetsEl.index + sheetsEl.length - 1);
  const withPrefix = prefix ? element.replace(/^<sheet/, `<${prefix}sheet`) : element;
  out = `${out.slice(0, close)}${withPrefix}${out.slice(close)}`;
  list.push(entry);
  return { xml: out, sheets: list, index: list.length - 1 };
}

function replaceSheetElement(xml: string, index: number, element: string): string {
  const sheetsEl = firstElement(xml, "sheets");
  if (!sheetsEl) return xml;
  const re = elements("sheet");
  const body = xml.slice(sheetsEl.index, sheetsEl.index + sheetsEl.length);
  let k = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (k++ !== index) continue;
    const prefix = /^<([A-Za-z_][\w.-]*:)?sheet/.exec(m[0])?.[1] ?? "";
    const el = prefix && element ? element.replace(/^<sheet/, `<${prefix}sheet`) : element;
    const at = sheetsEl.index + m.index;
    return `${xml.slice(0, at)}${el}${xml.slice(at + m[0].length)}`;
  }
  return xml;
}

/** After the sheet at `index` is gone: names scoped to it go, later indexes move down one. */
function shiftIndexes(xml: string, index: number): string {
  let out = xml.replace(elements("definedName"), (all, attrs: string) => {
    const local = attribute(attrs, "localSheetId");
    if (local === undefined) return all;
    const n = Number(local);
    if (n === index) return "";
    return n > index ? all.replace(/localSheetId\s*=\s*["']\d+["']/, `localSheetId="${n - 1}"`) : all;
  });
  out = out.replace(
    /(\s(?:activeTab|firstSheet)\s*=\s*["'])(\d+)(["'])/g,
    (all, a: string, n: string, z: string) => (Number(n) > index ? `${a}${Number(n) - 1}${z}` : all),
  );
  return out;
}

/** The sheet's _xlnm._FilterDatabase, where there is one, set to `ref` (A1:N41) on that sheet. */
function setFilterDatabase(xml: string, index: number, sheet: string, ref: string): string {
  if (index < 0) return xml;
  const [from, to] = ref.split(":") as [string, string];
  const abs = (cell: string): string => cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const target = `'${sheet.replace(/'/g, "''")}'!${abs(from)}:${abs(to)}`;
  return setScopedNameText(xml, "_xlnm._FilterDatabase", index, target);
}

/** Our print area on our sheet: an earlier one of that sheet is replaced. */
function setPrintArea(xml: string, index: number, area: string | undefined): string {
  let out = removeSheetName(xml, "_xlnm.Print_Area", index);
  if (!area) return out;
  const prefix = /<([A-Za-z_][\w.-]*:)?workbook[\s>]/.exec(out)?.[1] ?? "";
  const el = `<${prefix}definedName name="_xlnm.Print_Area" localSheetId="${index}">${escapeXml(area)}</${prefix}definedName>`;
  const names = firstElement(out, "definedNames");
  if (names && names.content !== undefined) {
    const close = names.index + names.length - `</${prefix}definedNames>`.length;
    return `${out.slice(0, close)}${el}${out.slice(close)}`;
  }
  out = out.replace(/<((?:[A-Za-z_][\w.-]*:)?)definedNames\s*\/>/, "");
  // definedNames follows sheets and functionGroups/externalReferences (CT_Workbook, 18.2.27).
  const after = ["externalReferences", "functionGroups", "sheets"]
    .map((n) => firstElement(out, n))
    .find((e) => e);
  if (!after) return out;
  const at = after.index + after.length;
  return `${out.slice(0, at)}<${prefix}definedNames>${el}</${prefix}definedNames>${out.slice(at)}`;
}

function nextRelId(rels: string): number {
  let max = 0;
  for (const m of rels.matchAll(elements("Relationship"))) {
    const id = /^rId(\d+)$/.exec(attribute(m[1] ?? "", "Id") ?? "");
    if (id) max = Math.max(max, Number(id[1]));
  }
  return max + 1;
}

function relsXml(list: { id: string; type: string; target: string }[]): string {
  return `${XML_DECLARATION}<Relationships xmlns="${PKG_REL}">${list
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`)
    .join("")}</Relationships>`;
}

function addRelationship(rels: string, id: string, type: string, target: string): string {
  const close = rels.search(/<\/(?:[A-Za-z_][\w.-]*:)?Relationships\s*>/);
  const prefix = /<([A-Za-z_][\w.-]*:)?Relationships[\s>]/.exec(rels)?.[1] ?? "";
  const el = `<${prefix}Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  if (close < 0)
    return rels.replace(
      /<((?:[A-Za-z_][\w.-]*:)?)Relationships([^>]*)\/>/,
      `<$1Relationships$2>${el}</$1Relationships>`,
    );
  return `${rels.slice(0, close)}${el}${rels.slice(close)}`;
}

function removeRelationship(rels: string, id: string): string {
  return rels.replace(elements("Relationship"), (all, attrs: string) =>
    attribute(attrs, "Id") === id ? "" : all,
  );
}

function addOverride(types: string, part: string, type: string): string {
  const close = types.search(/<\/(?:[A-Za-z_][\w.-]*:)?Types\s*>/);
  const prefix = /<([A-Za-z_][\w.-]*:)?Types[\s>]/.exec(types)?.[1] ?? "";
  return `${types.slice(0, close)}<${prefix}Override PartName="/${part}" ContentType="${type}"/>${types.slice(close)}`;
}

function removeOverride(types: string, part: string): string {
  return types.replace(elements("Override"), (all, attrs: string) =>
    (attribute(attrs, "PartName") ?? "").replace(/^\//, "") === part ? "" : all,
  );
}

/**
 * docProps/app.xml lists the workbook's sheets (HeadingPairs and TitlesOfParts, ECMA-376 Part 1, 22.2):
 * rewritten with the sheets as they now are, under the heading the file used ("Worksheets", "工作表");
 * left as it is when it holds more than a sheet list (named ranges, charts) we would have to keep in step.
 */
function patchAppProperties(app: string, names: readonly string[]): string {
  const pairs = firstElement(app, "HeadingPairs");
  const titles = firstElement(app, "TitlesOfParts");
  if (!pairs?.content || !titles?.content) return app;
  const labels = [...pairs.content.matchAll(elements("lpstr"))].map((m) => m[2] ?? "");
  if (labels.length !== 1) return app;
  const vt = /<([A-Za-z_][\w.-]*:)lpstr/.exec(pairs.content)?.[1] ?? "vt:";
  const p = /<([A-Za-z_][\w.-]*:)?HeadingPairs/.exec(app)?.[1] ?? "";
  const newPairs = `<${p}HeadingPairs><${vt}vector size="2" baseType="variant"><${vt}variant><${vt}lpstr>${labels[0]}</${vt}lpstr></${vt}variant><${vt}variant><${vt}i4>${names.length}</${vt}i4></${vt}variant></${vt}vector></${p}HeadingPairs>`;
  const newTitles = `<${p}TitlesOfParts><${vt}vector size="${names.length}" baseType="lpstr">${names
    .map((n) => `<${vt}lpstr>${escapeXml(n)}</${vt}lpstr>`)
    .join("")}</${vt}vector></${p}TitlesOfParts>`;
  let out = app.slice(0, titles.index) + newTitles + app.slice(titles.index + titles.length);
  const again = firstElement(out, "HeadingPairs");
  if (!again) return app;
  out = out.slice(0, again.index) + newPairs + out.slice(again.index + again.length);
  return out;
}
