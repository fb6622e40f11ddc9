import { TIERS, columnLetter } from "../engine";
import { LANGUAGES, getMessages } from "../i18n";
import {
  MAX_WRAPPED_LINES,
  type PlanCell,
  type PlanColumn,
  type WritePlan,
  headerFitWidth,
  widenedFilter,
  wrappedHeight,
} from "../workbook";
import { type MergeLayout, type SheetEnds, mergeRows } from "./mergeRows";
import { type RowCells, mergeOnThread, rowSource, rowThreadScript } from "./rowThread";
import { cellTail, cellXml } from "./sheetWriter";
import { cellsOf, rowNumberOf, splitSheet } from "./sheetXml";
import type { StyleBook } from "./styleBook";
import { attribute, elements, escapeXml, criteriaColumns, parseRange, unescapeXml } from "./xml";
import { type DeflatedPart, type ZipEntry, partChunks } from "./zip";

/** The tier labels in every language: a conditional format testing one of them is ours. */
const TIER_LABELS = new Set(LANGUAGES.flatMap((l) => TIERS.map((t) => getMessages(l).engine.tier[t])));

/** Values kept per column, built once: texts up to this length (a label, not a row's note), and how many. */
const TAIL_TEXT = 48;
const TAIL_ENTRIES = 4096;

/**
 * The elements of a worksheet in the order CT_Worksheet requires (ECMA-376 Part 1, 18.3.1.99): a new
 * element goes before the first present one that must follow it.
 */
const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** Where the worksheet's own children start in a piece of its XML (depth counted from the worksheet element). */
function topLevel(text: string, startDepth: number): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  const tag =
    /<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g;
  let depth = startDepth;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    if (m[2] === undefined) continue;
    if (m[1] === "/") depth--;
    else {
      if (depth === 1) out.push({ name: m[2], start: m.index });
      if (m[3] !== "/") depth++;
    }
  }
  return out;
}

/** Inserts a worksheet child where the schema's order puts it. */
function insertChild(text: string, startDepth: number, name: string, xml: string): string {
  const rank = WORKSHEET_ORDER.indexOf(name);
  const next = topLevel(text, startDepth).find((e) => WORKSHEET_ORDER.indexOf(e.name) > rank);
  const at = next ? next.start : text.search(/<\/(?:[A-Za-z_][\w.-]*:)?worksheet\s*>/);
  return at < 0 ? text : `${text.slice(0, at)}${xml}${text.slice(at)}`;
}

/** What the data sheet's patch needs besides the plan. */
export type DataSheetPatch = {
  readonly plan: WritePlan;
  readonly styles: StyleBook;
  /** Header text per 0-based column where a table needs another (table column names are unique). */
  readonly headers: ReadonlyMap<number, string>;
  /** The sheet holds an Excel table (it has its own filter). */
  readonly hasTable: boolean;
};

/** What the patch found in the sheet, for the report and the tests. */
export type DataSheetResult = {
  readonly part: DeflatedPart;
  readonly froze: boolean;
  readonly filtered: boolean;
  /** The sheet has a freeze (or split) and a filter of the sheet's own after the patch, ours or the user's. */
  readonly hasFreeze: boolean;
  readonly hasFilter: boolean;
  /** The user's filter's new range where it was widened over our columns (A1:N41), for its defined name. */
  readonly filterRef?: string | undefined;
};

/**
 * Streams the data sheet through: every row keeps its cells, our columns' cells are replaced or added in
 * column order, rows whose text wraps get a height; the head gets our column widths, the freeze where
 * the user has none, the dimension; the tail our tier colours (our earlier ones removed) and a filter
 * where there is none. Nothing else of the sheet changes.
 */
export async function patchDataSheet(
  entry: ZipEntry,
  patch: DataSheetPatch,
  script = rowThreadScript(entry),
): Promise<DataSheetResult> {
  const { plan, styles } = patch;
  // Our headers take the look of the user's last header cell (WritePlan.headerLook), as the add-in copies
  // its formats; bold where there is none to take.
  const look =
    plan.headerLook === undefined ? undefined : await cellStyleOf(entry, plan.headerRow, plan.headerLook);
  const headerXf = look ?? styles.xf({ bold: true });
  // A new column is as wide as its header in the look's type (a 14-point header row's).
  const lookPoints = look === undefined ? undefined : styles.fontSizeOf(look);
  const widthOf = (column: PlanColumn): number =>
    headerFitWidth(column, lookPoints, styles.basePoints, patch.headers.get(column.column) ?? column.header);
  // In sheet order: a row's cells must be (a user may have moved our columns since an earlier run).
  const columns = plan.columns
    .map((c) => ({
      ...c,
      letter: columnLetter(c.column),
      // Wrapped text keeps Excel's default bottom alignment, as the add-in leaves it: the user's cells
      // beside it sit at the bottom of a tall row too, so a row reads on one line (top-aligned, a reason
      // started level with the row above's figures).
      xf: styles.xf({ numFmt: c.numberFormat, wrap: c.wrap }),
    }))
    .sort((a, b) => a.column - b.column);
  const lastPlanRow = plan.firstRow + plan.rowCount - 1;
  // Cells of ours a planner wrote in by hand (0-based sheet rows, per column): the row's own cell stays.
  const kept = new Map<number, Set<number>>();
  for (const c of columns)
    if (c.kept && c.kept.length > 0) kept.set(c.column, new Set(c.kept.map((k) => plan.firstRow + k)));
  const isKept = (column: number, r: number): boolean => kept.get(column)?.has(r) === true;
  let prefix = "";
  let froze = false;
  let filtered = false;
  let filterRef: string | undefined;
  let hasFreeze = false;
  let hasFilter = false;

  // The plan builds a value when it is read (a note is written out then): each row's values are read
  // once, for its height and its cells, and only the row in hand is kept.
  let valuesRow = -1;
  const rowValues: PlanCell[] = new Array<PlanCell>(columns.length).fill(null);
  const valuesOf = (r: number): PlanCell[] => {
    if (valuesRow !== r) {
      for (let k = 0; k < columns.length; k++)
        rowValues[k] = (columns[k] as (typeof columns)[number]).values.at(r - plan.firstRow) ?? null;
      valuesRow = r;
    }
    return rowValues;
  };
  // The grid the user's rows are drawn with, carried on over our cells (rowGrids): each row's border,
  // 0 where its look cell draws none; our blank cells take it too, so the grid has no holes.
  const grid =
    plan.headerLook === undefined || plan.rowCount === 0
      ? undefined
      : await rowGrids(entry, plan.headerLook, plan.firstRow, lastPlanRow, (s) => styles.gridBorderOf(s));
  const gridXf = columns.map(() => new Map<number, number>());
  const xfOn = (k: number, border: number): number => {
    const c = columns[k] as (typeof columns)[number];
    if (border === 0) return c.xf;
    const known = (gridXf[k] as Map<number, number>).get(border);
    if (known !== undefined) return known;
    const xf = styles.xf({ numFmt: c.numberFormat, wrap: c.wrap }, border);
    (gridXf[k] as Map<number, number>).set(border, xf);
    return xf;
  };
  // Each column's cells from the reference on, per border and value: most of our columns hold a few
  // labels or scores, built and escaped once instead of once a row.
  const tails = columns.map(() => new Map<number, Map<PlanCell | undefined, string>>());
  /** Our cell of the k-th column (sheet order) on 0-based sheet row `r`: the header, a value, or "". */
  const ourCell = (k: number, r: number): string => {
    const c = columns[k] as (typeof columns)[number];
    if (r === plan.headerRow)
      return cellXml(prefix, c.letter, r + 1, patch.headers.get(c.column) ?? c.header, headerXf);
    if (r < plan.firstRow || r > lastPlanRow || isKept(c.column, r)) return "";
    const value = valuesOf(r)[k];
    const border = grid ? (grid[r - plan.firstRow] as number) : 0;
    const xf = xfOn(k, border);
    if (typeof value === "string" && value.length > TAIL_TEXT)
      return cellXml(prefix, c.letter, r + 1, value, xf);
    const byBorder = tails[k] as Map<number, Map<PlanCell | undefined, string>>;
    let cache = byBorder.get(border);
    if (!cache) byBorder.set(border, (cache = new Map()));
    let tail = cache.get(value);
    if (tail === undefined) {
      tail = cellTail(prefix, value, xf);
      // A blank cell on a row drawn as a grid is written, empty, with the grid's border.
      if (tail === "" && border !== 0) tail = `" s="${xf}"/>`;
      if (cache.size < TAIL_ENTRIES) cache.set(value, tail);
    }
    return tail === "" ? "" : `<${prefix}c r="${c.letter}${r + 1}${tail}`;
  };
  const wrappedAt = columns.flatMap((c, k) => (c.wrap ? [k] : []));
  // Our cells take the workbook's base font (their format names none): their lines are that tall.
  const size = styles.basePoints;
  const heightOf = (r: number): number | undefined => {
    if (r < plan.firstRow || r > lastPlanRow || wrappedAt.length === 0) return undefined;
    const values = valuesOf(r);
    let points = 0;
    for (const k of wrappedAt)
      points = Math.max(
        points,
        wrappedHeight(
          values[k] ?? null,
          (columns[k] as (typeof columns)[number]).width,
          MAX_WRAPPED_LINES,
          size,
        ),
      );
    return points > 0 ? points : undefined;
  };
  const cells: RowCells = { ours: columns.map((c) => c.column), cell: ourCell, height: heightOf };
  const layout: MergeLayout = {
    headerRow: plan.headerRow,
    lastRow: lastPlanRow,
    ours: cells.ours,
    kept: [...kept].map(([column, rows]) => [column, [...rows]] as const),
    ...(plan.previousHeights ? { ownHeights: { first: plan.firstRow, heights: plan.previousHeights } } : {}),
    ...(plan.settings.output.rowHeight === undefined ? {} : { handHeight: plan.settings.output.rowHeight }),
  };
  // The head and the tail are patched here, where the plan and the style book are.
  const ends: SheetEnds = {
    head: (text, p) => {
      prefix = p;
      const result = patchHead(text, plan, prefix, widthOf);
      froze = result.froze;
      hasFreeze = result.hasFreeze;
      return result.text;
    },
    tail: (text) => {
      const result = patchTail(text, plan, styles, prefix, patch.hasTable);
      filtered = result.filtered;
      filterRef = result.filterRef;
      hasFilter = result.hasFilter;
      return result.text;
    },
  };
  const part = script
    ? await mergeOnThread(script, entry, layout, cells, ends)
    : await mergeRows(partChunks(entry), layout, rowSource(cells), ends);
  return { part, froze, filtered, filterRef, hasFreeze, hasFilter };
}

/** The head of the data sheet: dimension, freeze, our column widths. */
function patchHead(
  text: string,
  plan: WritePlan,
  prefix: string,
  widthOf: (column: PlanColumn) => number,
): { text: string; froze: boolean; hasFreeze: boolean } {
  let head = text;
  const right = Math.max(...plan.columns.map((c) => c.column));
  const bottom = plan.firstRow + plan.rowCount - 1;
  head = head.replace(
    /(<(?:[A-Za-z_][\w.-]*:)?dimension\b[^>]*?\sref\s*=\s*")([^"]*)(")/,
    (all, a: string, ref: string, z: string) => {
      const from = ref.split(":")[0];
      const box = parseRange(ref);
      if (!box || !from) return all;
      const r2 = Math.max(box.bottom, bottom);
      const c2 = Math.max(box.right, right);
      return `${a}${from.replace(/\$/g, "")}:${columnLetter(c2)}${r2 + 1}${z}`;
    },
  );
  let froze = false;
  if (plan.freeze && !/<(?:[A-Za-z_][\w.-]*:)?pane\b/.test(head)) {
    const { rows, columns } = plan.freeze;
    const active = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
    const pane =
      `<${prefix}pane${columns > 0 ? ` xSplit="${columns}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""}` +
      ` topLeftCell="${columnLetter(columns)}${rows + 1}" activePane="${active}" state="frozen"/>`;
    const view = new RegExp(`<${prefix}sheetView\\b([^>]*?)(/?)>`).exec(head);
    if (view) {
      const open = `<${prefix}sheetView${view[1]}>`;
      const replacement = view[2] === "/" ? `${open}${pane}</${prefix}sheetView>` : `${open}${pane}`;
      head = `${head.slice(0, view.index)}${replacement}${head.slice(view.index + view[0].length)}`;
    } else {
      head = insertChild(
        head,
        0,
        "sheetViews",
        `<${prefix}sheetViews><${prefix}sheetView workbookViewId="0">${pane}</${prefix}sheetView></${prefix}sheetViews>`,
      );
    }
    froze = true;
  }
  return {
    text: patchCols(head, plan, prefix, widthOf),
    froze,
    hasFreeze: froze || /<(?:[A-Za-z_][\w.-]*:)?pane\b/.test(head),
  };
}

/** How much of a sheet part's rows is read looking for the header row's cell before giving up. */
const LOOK_SEARCH_CHARS = 8 << 20;

/** Ends the row-by-row read of `rowGrids` once its answer is known. */
const GRID_READ = Symbol("grid read");

/**
 * The grid each data row (0-based sheet rows `firstRow` to `lastRow`) is drawn with: the border its cell
 * in the look column (WritePlan.headerLook) takes where that cell's format draws a grid (`gridOf`: the
 * stylesheet's gridBorderOf), 0 where it draws none. Undefined, read no further, where the first data
 * row draws none: the user's rows are not a grid, and our cells take no border (as the add-in reads
 * them: readGrid in src/excel/writePlanToExcel.ts). Our cells on a grid's row take its border, so the grid runs on.
 * @example await rowGrids(entry, 4, 1, 40, (s) => book.gridBorderOf(s)) // Int32Array [2, 2, …, 0]
 */
export async function rowGrids(
  entry: ZipEntry,
  column: number,
  firstRow: number,
  lastRow: number,
  gridOf: (xf: number) => number,
): Promise<Int32Array | undefined> {
  const out = new Int32Array(lastRow - firstRow + 1);
  const letter = columnLetter(column);
  let prefix = "";
  let rowNumber = 0;
  let first = true;
  try {
    await splitSheet(partChunks(entry), {
      head: (_text, p) => {
        prefix = p;
      },
      row: (text) => {
        const r = (rowNumber = rowNumberOf(text) ?? rowNumber + 1) - 1;
        if (r < firstRow) return;
        if (r > lastRow) throw GRID_READ;
        const s = styleAt(text, prefix, `${letter}${r + 1}`, column);
        const border = s === undefined ? 0 : gridOf(s);
        // The first data row, the sheet's or one it leaves out, says whether there is a grid.
        if (first && (r > firstRow || border === 0)) throw GRID_READ;
        first = false;
        out[r - firstRow] = border;
      },
      tail: () => undefined,
    });
  } catch (end) {
    if (end !== GRID_READ) throw end;
  }
  return first ? undefined : out;
}

/**
 * The format (`s`, 0 where none) of a row's cell at `ref` (column `column`), found by its reference, or
 * by its place where the row's cells leave out r; undefined where the row has no such cell.
 */
function styleAt(text: string, prefix: string, ref: string, column: number): number | undefined {
  const at = text.indexOf(` r="${ref}"`);
  if (at >= 0) {
    const start = text.lastIndexOf(`<${prefix}c`, at);
    const end = text.indexOf(">", at);
    if (start >= 0 && end > at && !text.slice(start, at).includes(">"))
      return Number(attribute(text.slice(start + prefix.length + 2, end), "s") ?? 0) || 0;
  }
  const cell = cellsOf(text, prefix).find((c) => c.column === column);
  return cell ? Number(attribute(cell.attributes, "s") ?? 0) || 0 : undefined;
}

/** Ends the row-by-row read of `cellStyleOf` once its answer is known. */
class LookFound {
  constructor(readonly style: number | undefined) {}
}

/**
 * The cell format (`s`, 0 where the cell writes none) of the cell at 0-based `row` and `column` of a
 * sheet part, read row by row (splitSheet, cellsOf: the readers' own) up to that row; undefined where the
 * row or the cell is not there, or past the first 8 MB of the part's rows. A row that leaves out `r` is
 * the one after the last, as the readers take it.
 * @example await cellStyleOf(entry, 2, 4) // 7, where E3 is <c r="E3" s="7" t="s">
 */
export async function cellStyleOf(entry: ZipEntry, row: number, column: number): Promise<number | undefined> {
  let prefix = "";
  let read = 0;
  let rowNumber = 0;
  try {
    await splitSheet(partChunks(entry), {
      head: (_text, p) => {
        prefix = p;
      },
      row: (text) => {
        // A row without r is the one after the last, as the readers (readSheet) and the merge count it.
        const r = (rowNumber = rowNumberOf(text) ?? rowNumber + 1);
        if (r === row + 1) {
          const cell = cellsOf(text, prefix).find((c) => c.column === column);
          throw new LookFound(cell ? Number(attribute(cell.attributes, "s") ?? 0) || 0 : undefined);
        }
        read += text.length;
        if (r > row + 1 || read > LOOK_SEARCH_CHARS) throw new LookFound(undefined);
      },
      tail: () => undefined,
    });
  } catch (end) {
    if (end instanceof LookFound) return end.style;
    throw end;
  }
  return undefined;
}

/** A `<col>` element: its 1-based column span and its other attributes as written. */
export type Col = { min: number; max: number; attrs: string };

/** The `<col>` elements of a `<cols>` element's content. */
export function readCols(content: string): Col[] {
  return [...content.matchAll(elements("col"))].map((m) => {
    const a = m[1] ?? "";
    return {
      min: Number(attribute(a, "min")),
      max: Number(attribute(a, "max")),
      attrs: a.replace(/\s+(min|max)\s*=\s*("[^"]*"|'[^']*')/g, ""),
    };
  });
}

/** A `<cols>` element of `cols`, in their order. */
export function colsXml(cols: readonly Col[], prefix: string): string {
  return `<${prefix}cols>${cols.map((c) => `<${prefix}col min="${c.min}" max="${c.max}"${c.attrs.replace(/\s+$/, "")}/>`).join("")}</${prefix}cols>`;
}

/**
 * Our columns' widths in `<cols>`: a new column gets its width, and is shown where the user hid the empty
 * columns right of the data (a sheet tidied by hiding D:XFD had every tier column written hidden); a
 * re-run keeps a width the user set, and one of ours the user hid stays hidden.
 */
function patchCols(
  head: string,
  plan: WritePlan,
  prefix: string,
  widthOf: (column: PlanColumn) => number,
): string {
  const colsMatch = elements("cols").exec(head);
  const cols: Col[] = colsMatch ? readCols(colsMatch[2] ?? "") : [];
  let changed = false;
  for (const column of plan.columns) {
    const c = column.column + 1;
    const at = cols.findIndex((x) => x.min <= c && c <= x.max);
    const covering = cols[at];
    if (covering && column.existing && /\swidth\s*=/.test(covering.attrs)) continue;
    const attrs = ` width="${widthOf(column)}" customWidth="1"`;
    changed = true;
    if (!covering) {
      cols.push({ min: c, max: c, attrs });
      continue;
    }
    const own = covering.attrs.replace(/\s+(width|customWidth|hidden)\s*=\s*("[^"]*"|'[^']*')/g, "");
    const pieces: Col[] = [];
    if (covering.min < c) pieces.push({ ...covering, max: c - 1 });
    pieces.push({ min: c, max: c, attrs: `${own}${attrs}` });
    if (covering.max > c) pieces.push({ ...covering, min: c + 1 });
    cols.splice(at, 1, ...pieces);
  }
  if (!changed) return head;
  cols.sort((a, b) => a.min - b.min);
  const xml = colsXml(cols, prefix);
  if (colsMatch)
    return `${head.slice(0, colsMatch.index)}${xml}${head.slice(colsMatch.index + colsMatch[0].length)}`;
  // The head ends with `<sheetData>`; cols goes right before it.
  const at = head.lastIndexOf("<");
  return `${head.slice(0, at)}${xml}${head.slice(at)}`;
}

/** The tail of the data sheet: our tier colours (replacing our earlier ones) and a filter where none is. */
function patchTail(
  text: string,
  plan: WritePlan,
  styles: StyleBook,
  prefix: string,
  hasTable: boolean,
): { text: string; filtered: boolean; filterRef: string | undefined; hasFilter: boolean } {
  let tail = text;
  const tier = plan.columns.find((c) => c.key === "tier");
  if (tier && plan.rowCount > 0) {
    const letter = columnLetter(tier.column);
    // Our earlier rules: on the tier column alone, every rule a "cell equals <a tier label>".
    const blocks = [...tail.matchAll(elements("conditionalFormatting"))].filter((m) => {
      const sqref = attribute(m[1] ?? "", "sqref") ?? "";
      const onTier = sqref.split(/\s+/).every((ref) => {
        const box = parseRange(ref);
        return box !== undefined && box.left === tier.column && box.right === tier.column;
      });
      const rules = [...(m[2] ?? "").matchAll(elements("cfRule"))];
      return (
        onTier &&
        rules.length > 0 &&
        rules.every((rule) => {
          const formula = elements("formula").exec(rule[2] ?? "")?.[2] ?? "";
          const quoted = /^"((?:[^"]|"")*)"$/.exec(unescapeXml(formula).trim())?.[1]?.replace(/""/g, '"');
          return (
            attribute(rule[1] ?? "", "type") === "cellIs" && quoted !== undefined && TIER_LABELS.has(quoted)
          );
        })
      );
    });
    for (const block of blocks.reverse())
      tail = `${tail.slice(0, block.index)}${tail.slice((block.index ?? 0) + block[0].length)}`;
    const priorities = [...tail.matchAll(elements("cfRule"))].map((m) =>
      Number(attribute(m[1] ?? "", "priority") ?? 0),
    );
    let priority = Math.max(0, ...priorities);
    const ref = `${letter}${plan.firstRow + 1}:${letter}${plan.firstRow + plan.rowCount}`;
    const rules = plan.tierStyles
      .map((s) => {
        const dxf = styles.dxf(s.fill, s.font);
        const formula = `"${s.label.replace(/"/g, '""')}"`;
        return `<${prefix}cfRule type="cellIs" dxfId="${dxf}" priority="${++priority}" operator="equal"><${prefix}formula>${escapeXml(formula)}</${prefix}formula></${prefix}cfRule>`;
      })
      .join("");
    tail = insertChild(
      tail,
      2,
      "conditionalFormatting",
      `<${prefix}conditionalFormatting sqref="${ref}">${rules}</${prefix}conditionalFormatting>`,
    );
  }
  let filtered = false;
  let filterRef: string | undefined;
  const f = plan.autoFilter;
  const refOf = (b: { row: number; column: number; rows: number; columns: number }): string =>
    `${columnLetter(b.column)}${b.row + 1}:${columnLetter(b.column + b.columns - 1)}${b.row + b.rows}`;
  const own = topLevel(tail, 2).find((e) => e.name === "autoFilter");
  if (f && !hasTable && !own) {
    tail = insertChild(tail, 2, "autoFilter", `<${prefix}autoFilter ref="${refOf(f)}"/>`);
    filtered = true;
  } else if (f && !hasTable && own) {
    // The user's filter, widened over our columns where it filters the header row up to them and no
    // criteria are set (a filterColumn child); its other children stay as they are.
    const found = elements("autoFilter");
    found.lastIndex = own.start;
    const el = found.exec(tail);
    const box = el && el.index === own.start ? parseRange(attribute(el[1] ?? "", "ref") ?? "") : undefined;
    const criteria = criteriaColumns(el?.[2] ?? "").length > 0;
    const wider =
      el && box
        ? widenedFilter(
            {
              row: box.top,
              column: box.left,
              rows: box.bottom - box.top + 1,
              columns: box.right - box.left + 1,
            },
            criteria,
            plan,
          )
        : null;
    if (el && wider) {
      filterRef = refOf(wider);
      const start = el.index;
      const opening = el[0].replace(/(\sref\s*=\s*)(["'])[^"']*\2/, `$1"${filterRef}"`);
      tail = `${tail.slice(0, start)}${opening}${tail.slice(start + el[0].length)}`;
    }
  }
  return { text: tail, filtered, filterRef, hasFilter: filtered || own !== undefined };
}

/**
 * Extends the Excel table holding the data over our new columns (so the table stays one table), and
 * returns the header each new column must carry: table column names are unique, so a clash with one of
 * the user's headers gets a suffix. Null when no table starts at the header row next to our columns.
 */
export function extendTable(
  tableXml: string,
  plan: WritePlan,
): { xml: string; headers: Map<number, string> } | null {
  const added = plan.columns.filter((c) => !c.existing);
  const table = elements("table").exec(tableXml);
  if (!table) return null;
  const ref = attribute(table[1] ?? "", "ref") ?? "";
  const box = parseRange(ref);
  if (!box || box.top !== plan.headerRow) return null;
  const headers = new Map<number, string>();
  const columnsEl = elements("tableColumns").exec(tableXml);
  const names = new Set(
    [...(columnsEl?.[2] ?? "").matchAll(elements("tableColumn"))].map(
      (m) => attribute(m[1] ?? "", "name") ?? "",
    ),
  );
  // A re-run: our columns are table columns already, under the names the table gave them.
  for (const c of plan.columns) if (c.existing && c.column <= box.right) headers.set(c.column, c.header);
  if (added.length === 0 || Math.min(...added.map((c) => c.column)) !== box.right + 1)
    return { xml: tableXml, headers };
  if (!columnsEl) return null;
  const prefix = /<([A-Za-z_][\w.-]*:)?table[\s>]/.exec(tableXml)?.[1] ?? "";
  const ids = [...(columnsEl[2] ?? "").matchAll(elements("tableColumn"))].map((m) =>
    Number(attribute(m[1] ?? "", "id") ?? 0),
  );
  let id = Math.max(0, ...ids);
  const last = Math.max(...added.map((c) => c.column));
  const extra: string[] = [];
  for (const c of [...added].sort((a, b) => a.column - b.column)) {
    let name = c.header;
    for (let n = 2; names.has(name); n++) name = `${c.header} (${n})`;
    names.add(name);
    headers.set(c.column, name);
    extra.push(`<${prefix}tableColumn id="${++id}" name="${escapeXml(name)}"/>`);
  }
  const count = ids.length + extra.length;
  const bottom = Math.max(box.bottom, plan.firstRow + plan.rowCount - 1);
  const left = columnLetter(box.left);
  const newRef = `${left}${box.top + 1}:${columnLetter(last)}${bottom + 1}`;
  const totals = Number(attribute(table[1] ?? "", "totalsRowCount") ?? 0);
  const filterRef = `${left}${box.top + 1}:${columnLetter(last)}${bottom + 1 - totals}`;
  let xml =
    tableXml.slice(0, columnsEl.index) +
    `<${prefix}tableColumns count="${count}">${columnsEl[2] ?? ""}${extra.join("")}</${prefix}tableColumns>` +
    tableXml.slice(columnsEl.index + columnsEl[0].length);
  xml = xml.replace(/(<(?:[A-Za-z_][\w.-]*:)?table\b[^>]*?\sref\s*=\s*")[^"]*(")/, `$1${newRef}$2`);
  xml = xml.replace(/(<(?:[A-Za-z_][\w.-]*:)?autoFilter\b[^>]*?\sref\s*=\s*")[^"]*(")/, `$1${filterRef}$2`);
  return { xml, headers };
}
