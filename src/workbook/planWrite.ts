import {
  CHANGES,
  type Cell,
  type Dimension,
  type EngineMessages,
  type ExplicitMapping,
  type Field,
  type Language,
  type OutputKey,
  type Rules,
  TIERS,
  type Tier,
  type TieringResult,
  cellText,
  dimensionAt,
  sheetColumns,
  excelSerialOf,
  foldText,
} from "../engine";
import { type Messages, LANGUAGES, getMessages } from "../i18n";
import { buildHistoryEntry, buildRoster, nextHistory } from "./history";
import { creditLabelAt, labelClass } from "./labelClass";
import { type MappedColumn, SETTINGS_FORMAT, SETTINGS_VERSION, type SavedSettings } from "./settings";
import { type SheetTable, handRowHeight, pivotOfData } from "./sheetTable";
import { planChangeLog } from "./planChangeLog";
import { planStrategySheet } from "./strategySheet";
import { basePoints, displayWidth, wrappedRowHeights } from "./textWidth";
import {
  type ColumnValues,
  EXCEL_CELL_CHARS,
  type PlanCell,
  type PlanColumn,
  type PlanRow,
  TIER_COLORS,
  type WritePlan,
  excelNumber,
  excelText,
} from "./writePlan";

export {
  BASE_FONT_POINTS,
  MAX_WRAPPED_LINES,
  basePoints,
  columnPoints,
  digitPixelsOf,
  displayWidth,
  linePoints,
  wrappedHeight,
  wrappedLines,
  wrappedRowHeights,
} from "./textWidth";

/** Output columns whose text is long: they wrap at a fixed width instead of running across the sheet. */
export const WRAPPED_WIDTHS: Readonly<Partial<Record<OutputKey, number>>> = { reason: 48, note: 56 };
/** Columns are never narrower or wider than this (characters), wrapped ones aside. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 40;
/** A header takes its text plus room for bold type and a filter button. */
const HEADER_ROOM = 4;
/** Rows sampled for a column's width: enough to see its longest labels, cheap on a million rows. */
const WIDTH_SAMPLE = 2000;
/** A header lower than this (0-based row) is not frozen: the panes would hide most of the screen. */
const FREEZE_MAX_HEADER_ROW = 9;
/** The name column is frozen with the header only when it is among the first columns (A-D). */
const FREEZE_MAX_NAME_COLUMN = 3;

/** How wide a value shows: numbers as their format shows them (a date's format may add a word). */
function shownWidth(v: PlanCell, kind: PlanColumn["kind"], numberFormat: string): number {
  if (v === null || v === "") return 0;
  if (typeof v === "string") return displayWidth(v);
  if (/yyyy/.test(numberFormat)) {
    const suffix = /"([^"]*)"/.exec(numberFormat)?.[1] ?? "";
    return 10 + displayWidth(suffix);
  }
  const text = kind === "percent" ? `${(v * 100).toFixed(3)}%` : String(v);
  return text.length;
}

function columnWidth(
  key: OutputKey,
  header: string,
  values: ColumnValues,
  kind: PlanColumn["kind"],
  format: string,
): number {
  const wrapped = WRAPPED_WIDTHS[key];
  if (wrapped !== undefined) return wrapped;
  let w = displayWidth(header) + HEADER_ROOM;
  const step = Math.max(1, Math.floor(values.length / WIDTH_SAMPLE));
  for (let k = 0; k < values.length; k += step)
    w = Math.max(w, shownWidth(values.at(k) ?? null, kind, format) + 2);
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w));
}

export type PlanOptions = {
  readonly language: Language;
  readonly asOf: Date;
  /** The mapping the user chose by hand (saved so a re-run uses it again). */
  readonly mapping?: ExplicitMapping | undefined;
  /** Settings saved by the previous run, if any. */
  readonly previous?: SavedSettings | null | undefined;
  /**
   * The door sets row heights itself (the CLI; the add-in has Excel autofit them): on a re-run the plan
   * measures the heights the last run set (`previousHeights`), 2.4 s at a million rows no other door needs.
   */
  readonly setsRowHeights?: boolean | undefined;
  /**
   * The size in points of the workbook's base font, which our cells' text takes (11 when omitted): the
   * heights the last run set are measured in it, as that run set them.
   */
  readonly rowFontPoints?: number | undefined;
};

type ColumnSpec = {
  readonly kind: PlanColumn["kind"];
  /** Excel's number format for the column, fixed or made for this run (a run date, a language). */
  readonly numberFormat: string | ((r: TieringResult, m: EngineMessages) => string);
  /** The value for row `i` of the result's table. */
  readonly value: (r: TieringResult, i: number, m: EngineMessages) => PlanCell;
};

const tierOf = (r: TieringResult, i: number): Tier => TIERS[r.table.tier[i] as number] as Tier;
/** A share of sales time: one decimal from 1%, up to three below it (0.018%), room for a ")" after it. */
const TIME_SHARE_FORMAT = "[<0.01]0.0##%_);0.0%_)";
const timeShareOf = (r: TieringResult, i: number): number =>
  excelNumber(r.summary.perAccountTimeShare[tierOf(r, i)]);
const dimension = (d: Dimension): ColumnSpec => ({
  kind: "text",
  numberFormat: "@",
  value: (r, i, m) => labelClass(m, d, dimensionAt(r.table, d, i)),
});

/**
 * One decimal, with the room of a ")" after it ("To create a space the width of a character in a number
 * format, include an underscore followed by the character", support.office.com, "Formats for text and
 * spacing"; Excel's accounting formats, "_(* #,##0_);…", leave such room):
 * a right-aligned number beside our left-aligned label printed as one ("2.3二级经销", "0.4一级经销").
 * The room goes on our numbers, not on the text: a text column's format stays "@", so Excel never reads
 * a note or a reason as a formula.
 */
const PADDED_ONE_DECIMAL = "0.0_)";

const SPECS: Readonly<Record<OutputKey, ColumnSpec>> = {
  tier: { kind: "text", numberFormat: "@", value: (r, i, m) => m.tier[tierOf(r, i)] },
  score: {
    kind: "number",
    numberFormat: PADDED_ONE_DECIMAL,
    value: (r, i) => Math.round((r.table.score[i] as number) * 10) / 10,
  },
  change: {
    kind: "text",
    numberFormat: "@",
    // A first run has nothing to compare with: "new" would read as "a new distributor".
    value: (r, i, m) => (r.hasPrevious ? m.change[CHANGES[r.table.change[i] as number] ?? "new"] : ""),
  },
  reason: { kind: "text", numberFormat: "@", value: (r, i) => r.reasonOf(i) },
  nextReview: {
    kind: "number",
    // A conditional number format keeps the cell a date (it sorts and filters as one) and shows a
    // review that fell before the run date in red, marked overdue, in Excel and LibreOffice alike.
    numberFormat: (r, m) =>
      `[Red][<${Math.floor(excelSerialOf(r.asOf, r.date1904))}]yyyy-mm-dd" ${m.reviewOverdue}";yyyy-mm-dd`,
    // A 1904 workbook's serials count from 1904-01-01: a 1900 serial there shows four years later.
    value: (r, i) => excelSerialOf(r.table.nextReview[i] as number, r.date1904),
  },
  // One decimal from 1% up, up to three below it: a key account's 15.0% beside an ordinary one's 1.1% (not
  // 1.111%, read as false precision beside it), a prospect's 0.018% (not 0.0%). A conditional section, as
  // the review date's: "[<0.01]" picks the section (support.microsoft.com, "Review guidelines for
  // customizing a number format": conditions in square brackets), in Excel and LibreOffice alike.
  timeShare: { kind: "percent", numberFormat: TIME_SHARE_FORMAT, value: timeShareOf },
  hours: {
    kind: "number",
    numberFormat: PADDED_ONE_DECIMAL,
    value: (r, i) => {
      const capacity = r.summary.capacityHours;
      return capacity === null ? "" : Math.round(capacity * timeShareOf(r, i) * 10) / 10;
    },
  },
  mgmtClass: dimension("managementMode"),
  salesClass: dimension("salesMode"),
  creditClass: {
    kind: "text",
    numberFormat: "@",
    // The cell says when the days overdue, not the rating, set the class: "D（逾期113天）".
    value: (r, i, m) => creditLabelAt(r.table, i, m),
  },
  potentialClass: dimension("potential"),
  shareClass: {
    kind: "text",
    numberFormat: "@",
    value: (r, i, m) => {
      const label = labelClass(m, "regionalShare", dimensionAt(r.table, "regionalShare", i));
      const ofRegion = r.table.shareOfRegion[i] as number;
      // Marked where the class came from the sheet's own sales, not a market share: "竞争（占本区域销售额18%）";
      // the one account with sales in its region has none ("未分类（本区域仅此一家有销售）").
      if (Number.isNaN(ofRegion) || label === "") return label;
      return dimensionAt(r.table, "regionalShare", i) === "unknown"
        ? m.aloneInRegionLabel(r.shareRegion?.level)
        : m.shareOfRegionLabel(label, ofRegion, r.shareRegion?.level);
    },
  },
  sensitivityClass: dimension("sensitivity"),
  promotion: {
    kind: "text",
    numberFormat: "@",
    value: (r, i, m) => (r.table.promotionCandidate[i] !== 0 ? m.yes : ""),
  },
  note: { kind: "text", numberFormat: "@", value: (r, i) => r.noteOf(i) },
};

/**
 * Every output header in every language (plus those a previous run saved), by key: how a re-run finds
 * the columns it wrote, whatever language it wrote them in.
 * @example knownOutputHeaders(null).tier // ["渠道分级", "Tier"]
 */
export function knownOutputHeaders(
  previous: SavedSettings | null | undefined,
): Partial<Record<OutputKey, string[]>> {
  const known: Partial<Record<OutputKey, string[]>> = {};
  for (const lang of LANGUAGES) {
    for (const [k, h] of Object.entries(getMessages(lang).engine.outputHeader) as [OutputKey, string][]) {
      (known[k] ??= []).push(h);
    }
  }
  for (const [k, h] of Object.entries(previous?.output.columns ?? {}) as [OutputKey, string][]) {
    if (!known[k]?.includes(h)) (known[k] ??= []).push(h);
  }
  return known;
}

/**
 * Whether the columns headed like ours ("Tier", "Change") on a sheet are ours: only when the last run's
 * settings, saved for this sheet, say so. Else they are the user's (their own "Tier", or ours in a copy
 * shared without its saved data): never written over (new columns are added instead), never read as a
 * last run's tiers, notes or reviews.
 * @example columnsAreOurs(null, "Sheet1") // false
 */
export function columnsAreOurs(previous: SavedSettings | null | undefined, sheetName: string): boolean {
  return previous?.sheet === sheetName;
}

/**
 * The columns this run writes, and the switches it saves. The rules' `output` says which are on (the
 * tier always is). A column of ours the planner deleted since the last run (月度工时 not wanted: the last
 * run wrote it, it is not on the sheet now, while others of ours are) is not written again: its switch
 * is saved off, so the pane shows its box unticked, and it is remembered in `dropped`. It is written
 * again once its switch is turned back on (the box ticked, a rules file that says so, the rules reset),
 * or once a column headed so is typed back (its switch then saved on). Settings saved before the
 * switches existed keep a deleted column out likewise. None of this where the sheet's columns are not
 * known to be ours, or none of ours is left (a sheet that lost them all starts again, as a first run
 * would, with the rules as they are).
 * @example chooseColumns(saved, true, { tier: 18, score: 19 }, result).dropped // ["hours"] where saved wrote hours
 */
export function chooseColumns(
  previous: SavedSettings | null | undefined,
  trustDetected: boolean,
  detected: Readonly<Partial<Record<OutputKey, number>>>,
  result: TieringResult,
): { write: OutputKey[]; dropped: OutputKey[]; output: Rules["output"] } {
  const rules = result.rules;
  const ours =
    previous && trustDetected && Object.values(detected).some((c) => c !== undefined) ? previous : null;
  const deletedBefore = new Set(ours?.output.dropped ?? []);
  const output: Record<keyof Rules["output"], boolean> = { ...rules.output };
  const write: OutputKey[] = [];
  const dropped: OutputKey[] = [];
  for (const k of sheetColumns(result.dimensions, result.summary.capacityHours)) {
    if (k === "tier") {
      write.push(k);
      continue;
    }
    const on = rules.output[k];
    const here = ours !== null && detected[k] !== undefined;
    const deleted =
      ours !== null &&
      !here &&
      on &&
      // Deleted since the last run, or before it by settings that had no switches (saved on, kept out).
      (ours.output.columns[k] !== undefined || (deletedBefore.has(k) && ours.rules.output[k]));
    if (deleted) {
      dropped.push(k);
      output[k] = false;
    } else if (here && !on && deletedBefore.has(k)) {
      // Its header typed back by the planner: written there, its switch on again.
      write.push(k);
      output[k] = true;
    } else if (on) write.push(k);
    else if (deletedBefore.has(k) && !here) dropped.push(k);
  }
  return { write, dropped, output };
}

/**
 * Turns a tiering result into a write plan: output columns (updating the product's own columns in place
 * on a re-run, appending the rest right of the data), the strategy sheet, the change log and the
 * settings to save. Pure data: every door applies it the same way.
 * @example planWrite(table, result, { language: "zh-CN", asOf: new Date() }).columns[0].header // "渠道分级"
 */
export function planWrite(table: SheetTable, result: TieringResult, options: PlanOptions): WritePlan {
  const messages: Messages = getMessages(options.language);
  const m = messages.engine;
  const topGridRow = Math.max(0, result.header.headerRow);
  // Our headers stand on the header's last row, right above the data and with the filter's buttons: for a
  // two-level header, its labels' row (2024年, 2025年), not the groups' above it.
  const headerGridRow = topGridRow + Math.max(1, result.header.headerRows) - 1;
  const rowCount = Math.max(0, table.values.length - headerGridRow - 1);
  // Table index of each sheet row below the header, or -1 for rows not tiered.
  const byOffset = new Int32Array(rowCount).fill(-1);
  const t = result.table;
  for (let i = 0; i < t.length; i++) byOffset[(t.gridIndex[i] as number) - headerGridRow - 1] = i;
  // Header rows among the data (a second header row in English, the header repeated over pasted blocks)
  // get our headers too, in the language of the row: "Tier" on the English row, 渠道分级 on a Chinese one.
  const headerRowsAt = new Map<number, Messages["engine"]>();
  for (const x of result.skipped) {
    if (x.reason !== "header") continue;
    const k = x.row - 1 - table.origin.row - headerGridRow - 1;
    const language = /[\u3400-\u9fff]/.test(x.text) ? "zh-CN" : "en-US";
    if (k >= 0 && k < rowCount) headerRowsAt.set(k, getMessages(language).engine);
  }

  const detected = result.header.outputs;
  const trustDetected = columnsAreOurs(options.previous, table.sheetName);
  // An indexed loop: this runs once a run, over a million rows (for-of allocates a step each).
  let width = 0;
  for (let r = 0; r < table.values.length; r++) width = Math.max(width, table.values[r]?.length ?? 0);
  let next = table.origin.column + width;
  const { write: keys, dropped, output } = chooseColumns(options.previous, trustDetected, detected, result);
  const stale = trustDetected ? (Object.keys(detected) as OutputKey[]).filter((k) => !keys.includes(k)) : [];

  const columns: PlanColumn[] = [];
  for (const key of [...keys, ...stale]) {
    const spec = SPECS[key];
    const found = trustDetected ? detected[key] : undefined;
    const column = found === undefined ? next++ : table.origin.column + found;
    const writing = keys.includes(key);
    const values: ColumnValues = {
      length: rowCount,
      at: (k: number): PlanCell | undefined => {
        if (!(k >= 0 && k < rowCount)) return undefined;
        const i = byOffset[k] as number;
        if (i < 0 && writing && headerRowsAt.size > 0) {
          const said = headerRowsAt.get(k);
          if (said) return said.outputHeader[key];
        }
        const v = i < 0 || !writing ? "" : spec.value(result, i, m);
        // A number a cell cannot hold (NaN, ±Infinity) is never written: the file would be corrupt;
        // nor a text longer than a cell holds.
        return typeof v === "number" ? (Number.isFinite(v) ? v : "") : excelText(v);
      },
    };
    const numberFormat =
      typeof spec.numberFormat === "string" ? spec.numberFormat : spec.numberFormat(result, m);
    // A planner's own note, and a next review a planner typed, stay in their cells untouched (the
    // engine found them and said so): a date typed as text or a formula is not rewritten as our date.
    const byHand =
      key === "note" ? [...result.keptNotes.keys()] : key === "nextReview" ? [...result.keptReviews] : [];
    const kept =
      found !== undefined && byHand.length > 0
        ? byHand.map((i) => (t.gridIndex[i] as number) - headerGridRow - 1).sort((a, b) => a - b)
        : undefined;
    columns.push({
      key,
      header: m.outputHeader[key],
      column,
      existing: found !== undefined,
      kind: spec.kind,
      numberFormat,
      width: columnWidth(key, m.outputHeader[key], values, spec.kind, numberFormat),
      wrap: WRAPPED_WIDTHS[key] !== undefined,
      values,
      ...(kept ? { kept } : {}),
      ...(writing ? {} : { cleared: true as const }),
    });
  }

  // Our sheets are the ones the last run's settings name; any other sheet is the
  // user's, whatever it is called: never replaced, never deleted. A name the user's sheet holds gets a
  // suffix instead. Excel compares sheet names without case.
  const key = (name: string): string => name.toLowerCase();
  const previous = options.previous;
  const own = new Set(
    [previous?.output.strategySheet, previous?.output.changeLogSheet]
      .filter((n): n is string => typeof n === "string" && n !== "")
      .map(key),
  );
  own.delete(key(table.sheetName));
  const taken = new Set([...(table.sheetNames ?? []), table.sheetName].map(key).filter((n) => !own.has(n)));
  taken.add(key(table.sheetName));
  const freeName = (wanted: string): string => {
    let name = wanted;
    for (let k = 2; taken.has(key(name)); k++) name = `${wanted} (${k})`;
    taken.add(key(name));
    return name;
  };
  const strategySheetName = freeName(messages.workbook.strategySheetName);
  const changeLogName = freeName(messages.workbook.changeLogSheetName);
  /** The last run's sheet of this kind, when it is ours and now goes by another name (a language switch). */
  const ourOld = (saved: string | undefined, chosen: string): string[] =>
    saved && own.has(key(saved)) && key(saved) !== key(chosen) ? [saved] : [];

  const mapping: Partial<Record<Field, string>> = {};
  const mappedColumns: Partial<Record<Field, MappedColumn>> = {};
  for (const [field, wanted] of Object.entries(options.mapping ?? {}) as [Field, string | number][]) {
    const col = result.header.mapping[field];
    const text = col === undefined ? undefined : result.header.labels[col];
    mapping[field] = typeof wanted === "string" ? wanted : typeof text === "string" ? text : String(wanted);
    // A column chosen by its letters: its header and place among those headed alike are kept with it,
    // for the next run to follow it there.
    if (col !== undefined && mappedByLetters(wanted, text)) {
      const column = columnByHeader(result.header.labels, col);
      if (column) mappedColumns[field] = column;
    }
  }
  // Every field's column as read, chosen or found, for the next run to miss one gone.
  const read: Partial<Record<Field, string>> = {};
  for (const [field, col] of Object.entries(result.header.mapping) as [Field, number | undefined][]) {
    const text = col === undefined ? "" : cellText(result.header.labels[col] ?? null);
    if (text.trim() !== "") read[field] = text;
  }
  const settings: SavedSettings = {
    format: SETTINGS_FORMAT,
    version: SETTINGS_VERSION,
    savedAt: options.asOf.toISOString(),
    language: options.language,
    sheet: table.sheetName,
    // The switches as this run leaves them: a column the planner deleted saved off, one typed back on.
    rules: { ...result.rules, output },
    mapping,
    ...(Object.keys(mappedColumns).length > 0 ? { mappedColumns } : {}),
    ...(Object.keys(read).length > 0 ? { read } : {}),
    output: {
      columns: Object.fromEntries(columns.filter((c) => keys.includes(c.key)).map((c) => [c.key, c.header])),
      strategySheet: strategySheetName,
      changeLogSheet: changeLogName,
      ...(dropped.length > 0 ? { dropped } : {}),
      // What earlier runs of this sheet added (a freeze, a filter): each door adds what this run adds
      // and keeps those the sheet still has (settingsAfterWrite) before it saves.
      ...(trustDetected && options.previous?.output.added ? { added: options.previous.output.added } : {}),
    },
    roster: buildRoster(result, options.asOf),
    history: nextHistory(
      options.previous,
      buildHistoryEntry(result, options.asOf),
      result.rules.history.runs,
    ),
  };

  // The heights the last run's wrapped text gave its rows (a writer that sets heights took them as its
  // own, custom, so Excel keeps them): a re-run recognises them and sets each row's anew.
  const wrappedBefore =
    trustDetected && options.setsRowHeights
      ? (Object.keys(WRAPPED_WIDTHS) as OutputKey[]).flatMap((key) => {
          const found = detected[key];
          return found === undefined ? [] : [{ column: found, width: WRAPPED_WIDTHS[key] as number }];
        })
      : [];
  const previousHeights =
    wrappedBefore.length > 0
      ? wrappedRowHeights(table.values, headerGridRow + 1, rowCount, wrappedBefore, options.rowFontPoints)
      : undefined;

  // The height the user set every data row to, where the door read the rows' heights (the CLI): saved,
  // so that taking the tiering back gives it back. The rows holding the height the last run's text gave
  // them are that run's, not the user's; where they all are, the height saved then stands.
  const firstDataRow = table.origin.row + headerGridRow + 1;
  const handHeight =
    table.rowHeights && rowCount > 0
      ? handRowHeight(
          table.rowHeights,
          firstDataRow,
          firstDataRow + rowCount - 1,
          previousHeights ? { first: firstDataRow, heights: previousHeights } : undefined,
        )
      : undefined;

  const headerRow = table.origin.row + topGridRow;
  const headerLook = table.tableName
    ? undefined
    : headerLookColumn(table, headerGridRow, new Set(columns.map((c) => c.column)));
  const nameColumn =
    result.header.mapping.name === undefined ? null : table.origin.column + result.header.mapping.name;
  const lastColumn = Math.max(table.origin.column + width - 1, ...columns.map((c) => c.column));
  // A two-level header's second row, and a second header row right under the header (the same headers
  // in English), stay in view with it, and the filter sits on the last, so a sort keeps all above the data.
  // (The engine skips those first: they lead the skipped rows.)
  let headerRows = Math.max(1, result.header.headerRows);
  for (const x of result.skipped.slice(0, 2))
    if (x.reason === "header" && x.row === headerRow + headerRows + 1) headerRows++;
  const lastHeaderRow = headerRow + headerRows - 1;
  return {
    language: options.language,
    sheetName: table.sheetName,
    headerRow: table.origin.row + headerGridRow,
    firstRow: table.origin.row + headerGridRow + 1,
    rowCount,
    columns,
    ...(previousHeights ? { previousHeights } : {}),
    ...(headerLook === undefined ? {} : { headerLook }),
    tableName: table.tableName,
    freeze:
      lastHeaderRow <= FREEZE_MAX_HEADER_ROW
        ? {
            rows: lastHeaderRow + 1,
            columns: nameColumn !== null && nameColumn <= FREEZE_MAX_NAME_COLUMN ? nameColumn + 1 : 0,
          }
        : null,
    // None in an Excel table (its own filter buttons) nor over a PivotTable (Excel filters none: its
    // row labels carry their own).
    autoFilter:
      table.tableName || pivotOfData(table)
        ? null
        : {
            row: lastHeaderRow,
            column: table.origin.column,
            rows: table.origin.row + table.values.length - lastHeaderRow,
            columns: lastColumn - table.origin.column + 1,
          },
    tierStyles: TIERS.map((t) => ({ tier: t, label: m.tier[t], ...TIER_COLORS[t] })),
    strategySheet: {
      ...inCells(planStrategySheet(result, messages, table.sheetName, options.asOf, keys)),
      name: strategySheetName,
      replaces: ourOld(previous?.output.strategySheet, strategySheetName),
    },
    changeLog: {
      ...inCells(
        planChangeLog(
          settings.history ?? [],
          messages,
          result.summary.currency,
          result.summary.goods,
          result.date1904,
        ),
      ),
      name: changeLogName,
      replaces: ourOld(previous?.output.changeLogSheet, changeLogName),
    },
    settings: withRowHeight(settings, handHeight ?? (trustDetected ? previous?.output.rowHeight : undefined)),
  };
}

/** The settings with the data rows' height set by hand (`SavedSettings.output.rowHeight`), where known. */
function withRowHeight(settings: SavedSettings, rowHeight: number | undefined): SavedSettings {
  return rowHeight === undefined ? settings : { ...settings, output: { ...settings.output, rowHeight } };
}

/** A sheet's rows with every text as a cell can hold it (`excelText`); the same rows where none is longer. */
function inCells<T extends { readonly rows: readonly PlanRow[] }>(sheet: T): T {
  if (!sheet.rows.some((r) => r.cells.some((c) => typeof c === "string" && c.length > EXCEL_CELL_CHARS)))
    return sheet;
  return { ...sheet, rows: sheet.rows.map((r) => ({ ...r, cells: r.cells.map(excelText) })) };
}

/**
 * Every value of a column, read once, as a plain array.
 * @example listValues(plan.columns[0]) // ["重点客户", "普通客户", …]
 */
export function listValues(column: PlanColumn): PlanCell[] {
  const { values } = column;
  const out = new Array<PlanCell>(values.length);
  for (let k = 0; k < values.length; k++) out[k] = values.at(k) ?? null;
  return out;
}

/**
 * The plan with every column's values built into arrays: plain data, for a plan that crosses to
 * another thread (`postMessage` clones no functions).
 * @example worker.postMessage(materializePlan(plan))
 */
export function materializePlan(plan: WritePlan): WritePlan {
  return { ...plan, columns: plan.columns.map((c) => ({ ...c, values: listValues(c) })) };
}

/**
 * Whether a mapping named its column by letters ("D"), not by the header it found there: the engine
 * takes a header first, so letters that are the column's own header ("B" headed "B") name it by header.
 */
export function mappedByLetters(wanted: string | number, header: Cell | undefined): boolean {
  return (
    typeof wanted === "string" &&
    /^[A-Za-z]{1,3}$/.test(wanted.trim()) &&
    foldText(cellText(header ?? null)) !== foldText(wanted)
  );
}

/** The columns of a header row headed as `header` is (folded), in order. */
export function columnsHeaded(labels: readonly Cell[], header: string): number[] {
  const wanted = foldText(header);
  const found: number[] = [];
  labels.forEach((c, i) => {
    if (foldText(cellText(c ?? null)) === wanted) found.push(i);
  });
  return found;
}

/** Column `col` of a header row by its header and place among those headed alike; none when blank. */
function columnByHeader(labels: readonly Cell[], col: number): MappedColumn | undefined {
  const header = cellText(labels[col] ?? null).trim();
  if (header === "") return undefined;
  return { header, nth: columnsHeaded(labels, header).indexOf(col) + 1 };
}

/**
 * The sheet column of the rightmost non-empty header cell of the user's (not one of `ours`, outside any
 * merged area: a cell merged down a two-level header is no cell to copy a look from), or undefined.
 * @example headerLookColumn(table, 0, new Set([5, 6])) // 4, where E holds the last header of the user's
 */
export function headerLookColumn(
  table: SheetTable,
  headerGridRow: number,
  ours: ReadonlySet<number>,
): number | undefined {
  const row = table.values[headerGridRow] ?? [];
  const sheetRow = table.origin.row + headerGridRow;
  const merged = table.mergedAreas ?? [];
  for (let k = row.length - 1; k >= 0; k--) {
    const column = table.origin.column + k;
    if (ours.has(column) || cellText(row[k] ?? null).trim() === "") continue;
    const inMerge = merged.some(
      (m) =>
        m.row <= sheetRow && sheetRow < m.row + m.rows && m.column <= column && column < m.column + m.columns,
    );
    if (!inMerge) return column;
  }
  return undefined;
}

/**
 * A column's width where its header is set in larger type than the workbook's base (a header row in 14
 * points, whose look our headers take, over 11-point data: "重要性得分" filled its column edge to edge):
 * wide enough for the header at that size, never narrower than the plan's width. Widths count the base
 * font's digits, so a header as large as the base needs nothing more (a 14-point workbook's 14-point
 * header had been widened by 14/11 all the same).
 * @example headerFitWidth({ header: "重要性得分", width: 14 } as PlanColumn, 14, 11) // 17
 */
export function headerFitWidth(
  column: PlanColumn,
  points: number | undefined,
  base: number,
  header = column.header,
): number {
  const size = basePoints(base);
  if (points === undefined || !(points > size)) return column.width;
  const fit = Math.ceil((displayWidth(header) * points) / size) + HEADER_ROOM;
  return Math.max(column.width, Math.min(fit, MAX_WIDTH));
}
