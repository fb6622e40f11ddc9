import { columnLetter } from "../engine";
import type { RemovalPlan, SheetAdditions } from "../workbook";
import { HEIGHT_ATTRIBUTES, SPANS, isOwnHeight } from "./mergeRows";
import { type Col, colsXml, readCols } from "./patchSheet";
import { cellsOf, rowNumberOf, splitSheet } from "./sheetXml";
import { attribute, elements, escapeXml, criteriaColumns, parseRange, withoutFilterColumns } from "./xml";
import { type DeflatedPart, type ZipEntry, createDeflater, partChunks } from "./zip";

/**
 * Taking a run back from the data sheet, as the add-in's "Remove the tiering…" does in Excel
 * (src/excel/removeTiering.ts): our columns' cells go from the header row to the last row, with their
 * widths and our tier colours; the height the last run gave a row for its wrapped text goes (a height
 * the user set stays); the freeze and the filter a run added go, and a filter of the user's that a run
 * widened over our columns is narrowed back to theirs. A criterion on one of our columns goes with it:
 * where the filter had no other, the rows it hid show; where the user's own criteria are left, the filter
 * keeps them, narrowed to their columns, and its rows stay as they were (which rows those criteria hide
 * is Excel's to work out: Data › Reapply; the add-in has Excel filter again). Every other byte of the
 * sheet stays as it is.
 */

/** What the sheet's patch needs: the plan, what the runs added, the heights the last run set. */
export type UntierSheet = {
  readonly plan: RemovalPlan;
  readonly added: SheetAdditions | undefined;
  /** The height the last run's wrapped text gave each row from `first` (see WritePlan.previousHeights). */
  readonly ownHeights?: { readonly first: number; readonly heights: Float32Array };
  /** The height the user had set every data row to before the runs (SavedSettings.output.rowHeight). */
  readonly handHeight?: number;
  /**
   * Rows (0-based, `from` to `to`) a filter hid by criteria on our columns only, shown: the sheet's
   * filter's or its table's, whose criteria go with our columns (a filter with no criteria hides none).
   */
  readonly showRows?: { readonly from: number; readonly to: number };
};

/** What the patch did besides the cells, for the workbook part and the tests. */
export type UntierSheetResult = {
  readonly part: DeflatedPart;
  /** The sheet's own filter: removed (null), narrowed to this range ("A3:D40"), or as it was (undefined). */
  readonly filter: string | null | undefined;
  readonly unfroze: boolean;
};

const HAS_REF = /(?:^|\s)r\s*=/;
/** A row start tag that says nothing but where it is: a row only our cells made. */
const BARE_ROW = /^<(?:[A-Za-z_][\w.-]*:)?row(?:\s+(?:r|spans)\s*=\s*(?:"[^"]*"|'[^']*'))*\s*$/;

/**
 * Streams the data sheet through without our columns (see above). Returns the deflated part.
 * @example await untierDataSheet(entry, { plan, added: saved.output.added })
 */
export async function untierDataSheet(entry: ZipEntry, patch: UntierSheet): Promise<UntierSheetResult> {
  const { plan } = patch;
  const ours = new Set(plan.columns.map((c) => c.column));
  const out = createDeflater();
  const write = async (text: string): Promise<void> => {
    const wait = out.write(text);
    if (wait) await wait;
  };
  const own = patch.ownHeights;
  const ownHeight = (r: number): number | undefined =>
    own && r >= own.first ? own.heights[r - own.first] || undefined : undefined;
  const show = patch.showRows;
  let prefix = "";
  let rowNumber = 0;
  let filter: string | null | undefined;
  let unfroze = false;
  await splitSheet(partChunks(entry), {
    head: async (text, p) => {
      prefix = p;
      const head = untierHead(text, plan, patch.added, prefix);
      unfroze = head.unfroze;
      await write(head.text);
    },
    row: (text) => {
      rowNumber = rowNumberOf(text) ?? rowNumber + 1;
      const r = rowNumber - 1;
      const row = show && r >= show.from && r <= show.to ? shownRow(text) : text;
      if (r < plan.headerRow || r > plan.lastRow) return out.write(row);
      return out.write(untierRow(row, r, ours, prefix, ownHeight(r), patch.handHeight));
    },
    tail: async (text) => {
      const tail = untierTail(text, plan, patch.added);
      filter = tail.filter;
      await write(tail.text);
    },
  });
  return { part: await out.end(), filter, unfroze };
}

/** A row's start tag without its `hidden` (CT_Row, 18.3.1.73): the row shown. */
function shownRow(text: string): string {
  const end = text.indexOf(">");
  const start = text.slice(0, end);
  const shown = start.replace(HIDDEN, "");
  return shown === start ? text : `${shown}${text.slice(end)}`;
}

const HIDDEN = /\shidden\s*=\s*(?:"[^"]*"|'[^']*')/;

/** A row without our cells, and without the height the last run gave it. */
function untierRow(
  text: string,
  r: number,
  ours: ReadonlySet<number>,
  prefix: string,
  ownHeight: number | undefined,
  handHeight: number | undefined,
): string {
  const startEnd = text.indexOf(">");
  const selfClosing = text.charCodeAt(startEnd - 1) === 47;
  let start = text.slice(0, selfClosing ? startEnd - 1 : startEnd);
  const oursHeight = isOwnHeight(start, ownHeight);
  // The last run's height goes: the user's own comes back where they had set every data row to one.
  if (oursHeight)
    start = `${start.replace(HEIGHT_ATTRIBUTES, "")}${handHeight === undefined ? "" : ` ht="${handHeight}" customHeight="1"`}`;
  if (selfClosing) return oursHeight ? `${start}/>` : text;
  const cells = cellsOf(text, prefix);
  if (!oursHeight && !cells.some((c) => ours.has(c.column))) return text;
  if (start.includes("spans")) start = start.replace(SPANS, "");
  // Cells without `r` take their place from the cell before them: once ours are gone, each needs its own.
  const needsRefs = cells.some((c) => !HAS_REF.test(c.attributes));
  const close = `</${prefix}row>`;
  let body = "";
  let at = startEnd + 1;
  for (const c of cells) {
    body += text.slice(at, c.start);
    at = c.end;
    if (ours.has(c.column)) continue;
    let xml = text.slice(c.start, c.end);
    if (needsRefs && !HAS_REF.test(c.attributes))
      xml = `<${prefix}c r="${columnLetter(c.column)}${r + 1}"${xml.slice(prefix.length + 2)}`;
    body += xml;
  }
  body += text.slice(at, text.length - close.length);
  // A row the run wrote only for our cells (a writer had left it out) goes with them.
  if (body.trim() === "" && BARE_ROW.test(start)) return "";
  return `${start}>${body}${close}`;
}

/** The head without our columns' widths, and without the freeze a run added. */
function untierHead(
  text: string,
  plan: RemovalPlan,
  added: SheetAdditions | undefined,
  prefix: string,
): { text: string; unfroze: boolean } {
  let head = text;
  let unfroze = false;
  if (added?.freeze) {
    const pane = elements("pane").exec(head);
    if (pane && /frozen/.test(attribute(pane[1] ?? "", "state") ?? "")) {
      head = `${head.slice(0, pane.index)}${head.slice(pane.index + pane[0].length)}`;
      // The selections of the panes that are gone go with them; the top-left one stays.
      head = head.replace(elements("selection"), (all, attrs: string) => {
        const of = attribute(attrs, "pane");
        return of === undefined || of === "topLeft" ? all : "";
      });
      unfroze = true;
    }
  }
  // The used range's corner moves back left over our columns where they were its right edge.
  head = head.replace(
    /(<(?:[A-Za-z_][\w.-]*:)?dimension\b[^>]*?\sref\s*=\s*")([^"]*)(")/,
    (all, a: string, ref: string, z: string) => {
      const box = parseRange(ref);
      if (!box || !ref.includes(":")) return all;
      const ours = new Set(plan.columns.map((c) => c.column));
      let right = box.right;
      while (right > box.left && ours.has(right)) right--;
      return right === box.right
        ? all
        : `${a}${columnLetter(box.left)}${box.top + 1}:${columnLetter(right)}${box.bottom + 1}${z}`;
    },
  );
  const colsMatch = elements("cols").exec(head);
  if (!colsMatch || plan.columns.length === 0) return { text: head, unfroze };
  let cols = readCols(colsMatch[2] ?? "");
  for (const { column } of plan.columns) {
    const c = column + 1;
    const at = cols.findIndex((x) => x.min <= c && c <= x.max);
    const covering = cols[at];
    if (!covering) continue;
    // Our width goes (RangeFormat.useStandardWidth in the add-in); a style the column has stays.
    const rest = covering.attrs.replace(/\s+(width|customWidth|bestFit)\s*=\s*("[^"]*"|'[^']*')/g, "");
    const pieces: Col[] = [];
    if (covering.min < c) pieces.push({ ...covering, max: c - 1 });
    if (rest.trim() !== "") pieces.push({ min: c, max: c, attrs: rest });
    if (covering.max > c) pieces.push({ ...covering, min: c + 1 });
    cols.splice(at, 1, ...pieces);
  }
  cols = cols.sort((a, b) => a.min - b.min);
  // A `<cols>` holds at least one `<col>` (CT_Cols, ECMA-376 Part 1, 18.3.1.17): none left, it goes.
  const xml = cols.length === 0 ? "" : colsXml(cols, prefix);
  head = `${head.slice(0, colsMatch.index)}${xml}${head.slice(colsMatch.index + colsMatch[0].length)}`;
  return { text: head, unfroze };
}

/** The tail without our tier colours, and with the filter as it was before the runs. */
function untierTail(
  text: string,
  plan: RemovalPlan,
  added: SheetAdditions | undefined,
): { text: string; filter: string | null | undefined } {
  let tail = text;
  const ours = new Set(plan.columns.map((c) => c.column));
  // Our tier colours: the rules that apply to one of our columns alone (a user's rule over more stays),
  // as the add-in finds them.
  const blocks = [...tail.matchAll(elements("conditionalFormatting"))].filter((m) => {
    const refs = (attribute(m[1] ?? "", "sqref") ?? "").split(/\s+/).filter((x) => x !== "");
    const boxes = refs.map((ref) => parseRange(ref));
    const column = boxes[0]?.left;
    return (
      column !== undefined &&
      ours.has(column) &&
      boxes.every((b) => b !== undefined && b.left === column && b.right === column)
    );
  });
  for (const block of blocks.reverse())
    tail = `${tail.slice(0, block.index)}${tail.slice((block.index ?? 0) + block[0].length)}`;

  let filter: string | null | undefined;
  const first = Math.min(...plan.columns.map((c) => c.column));
  let found = elements("autoFilter").exec(tail);
  const box = parseRange(attribute(found?.[1] ?? "", "ref") ?? "");
  if (found && box && plan.columns.length > 0) {
    // A criterion on one of our columns goes with the column (colId counts from the filter's left):
    // the rows it alone hid are shown (UntierSheet.showRows), and a Reapply would hide every row by it.
    const kept = withoutFilterColumns(found[0], (colId) => box.left + colId >= first);
    if (kept !== found[0]) {
      tail = `${tail.slice(0, found.index)}${kept}${tail.slice(found.index + found[0].length)}`;
      found = elements("autoFilter").exec(tail);
    }
  }
  if (found) {
    const criteria = criteriaColumns(found[2] ?? "").length > 0;
    const cut = (replacement: string): string =>
      `${tail.slice(0, found.index)}${replacement}${tail.slice(found.index + found[0].length)}`;
    if (!criteria && added?.filter) {
      tail = cut("");
      filter = null;
    } else if (box && plan.columns.length > 0 && box.left < first && box.right >= first) {
      // Narrowed to the user's columns, with the criteria they set there (their colIds unchanged).
      filter = `${columnLetter(box.left)}${box.top + 1}:${columnLetter(first - 1)}${box.bottom + 1}`;
      tail = cut(found[0].replace(/(\sref\s*=\s*)(["'])[^"']*\2/, `$1"${escapeXml(filter)}"`));
    }
  }
  return { text: tail, filter };
}

/** An Excel table's part without our columns, or why it cannot be. */
export type TableRemoval =
  /**
   * `showRows`: the table's filter had criteria on our columns only, and the rows they hid show;
   * `filterLeft`: on the user's columns too, and its rows stay as they were.
   */
  | {
      readonly kind: "shrunk";
      readonly xml: string;
      readonly showRows?: UntierSheet["showRows"];
      readonly filterLeft?: boolean;
    }
  | { readonly kind: "columnsAfterOurs"; readonly table: string; readonly headers: readonly string[] };

/**
 * The table holding our columns shrunk back to the user's (as Table.resize does in the add-in): ours are
 * its last columns, as a run adds them. The user's own columns right of ours would be cut off with them:
 * that is said instead, and nothing is written. Null where the table holds none of ours.
 */
export function untierTable(tableXml: string, plan: RemovalPlan): TableRemoval | null {
  const table = elements("table").exec(tableXml);
  const box = parseRange(attribute(table?.[1] ?? "", "ref") ?? "");
  if (!table || !box) return null;
  const inside = plan.columns.filter((c) => c.column >= box.left && c.column <= box.right);
  if (inside.length === 0) return null;
  const name = attribute(table[1] ?? "", "displayName") ?? attribute(table[1] ?? "", "name") ?? "";
  const trailing = inside.every((c, k) => c.column === box.right - inside.length + 1 + k);
  if (!trailing || inside.length > box.right - box.left)
    return { kind: "columnsAfterOurs", table: name, headers: inside.map((c) => c.header) };
  const keep = box.right - box.left + 1 - inside.length;
  const columnsEl = elements("tableColumns").exec(tableXml);
  if (!columnsEl) return null;
  const prefix = /<([A-Za-z_][\w.-]*:)?table[\s>]/.exec(tableXml)?.[1] ?? "";
  const kept = [...(columnsEl[2] ?? "").matchAll(elements("tableColumn"))].slice(0, keep).map((m) => m[0]);
  const right = columnLetter(box.right - inside.length);
  let xml =
    tableXml.slice(0, columnsEl.index) +
    `<${prefix}tableColumns count="${kept.length}">${kept.join("")}</${prefix}tableColumns>` +
    tableXml.slice(columnsEl.index + columnsEl[0].length);
  const shrink = (ref: string): string => ref.replace(/:\$?[A-Za-z]{1,3}(\$?\d+)$/, `:${right}$1`);
  xml = xml.replace(
    /(<(?:[A-Za-z_][\w.-]*:)?table\b[^>]*?\sref\s*=\s*")([^"]*)(")/,
    (_, a: string, ref: string, z: string) => `${a}${shrink(ref)}${z}`,
  );
  xml = xml.replace(
    /(<(?:[A-Za-z_][\w.-]*:)?autoFilter\b[^>]*?\sref\s*=\s*")([^"]*)(")/,
    (_, a: string, ref: string, z: string) => `${a}${shrink(ref)}${z}`,
  );
  // A filter button's settings on one of our columns go with the column (colId counts from 0); where
  // they were the table's only criteria, the rows they hid show (a filter with none hides no row).
  const fate = criteriaFate(criteriaColumns(xml), (colId) => colId >= keep);
  xml = withoutFilterColumns(xml, (colId) => colId >= keep);
  const totals = Number(attribute(table[1] ?? "", "totalsRowCount") ?? 0) || 0;
  return {
    kind: "shrunk",
    xml,
    ...(fate === "shown" ? { showRows: { from: box.top + 1, to: box.bottom - totals } } : {}),
    ...(fate === "left" ? { filterLeft: true } : {}),
  };
}

/**
 * What taking our columns back does to a filter's rows, by its criteria (colIds, `criteriaColumns`):
 * "shown" where all of them are on our columns (they go with the columns, and a filter with no criteria
 * hides no row), "left" where the user's own are left beside ours that go (the rows stay as they are:
 * which rows those hide is Excel's to work out), undefined where none is ours.
 * @example criteriaFate([3], (colId) => colId >= 3) // "shown"
 */
export function criteriaFate(
  criteria: readonly number[],
  ours: (colId: number) => boolean,
): "shown" | "left" | undefined {
  const onOurs = criteria.filter(ours).length;
  if (onOurs === 0) return undefined;
  return onOurs === criteria.length ? "shown" : "left";
}
