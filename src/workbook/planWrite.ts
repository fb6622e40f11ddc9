import {
  CHANGES,
  type Dimension,
  type EngineMessages,
  type ExplicitMapping,
  type Field,
  type Language,
  type OutputKey,
  TIERS,
  type Tier,
  type TieringResult,
  dimensionAt,
  excelSerialOf,
} from "../engine";
import { type Messages, LANGUAGES, getMessages } from "../i18n";
import { buildHistoryEntry, buildRoster, nextHistory } from "./history";
import { labelClass } from "./labelClass";
import { SETTINGS_FORMAT, SETTINGS_VERSION, type SavedSettings } from "./settings";
import type { SheetTable } from "./sheetTable";
import { planChangeLog, planStrategySheet } from "./strategySheet";
import { type PlanCell, type PlanColumn, TIER_COLORS, type WritePlan } from "./writePlan";

export type PlanOptions = {
  readonly language: Language;
  readonly asOf: Date;
  /** The mapping the user chose by hand (saved so a re-run uses it again). */
  readonly mapping?: ExplicitMapping | undefined;
  /** Settings saved by the previous run, if any. */
  readonly previous?: SavedSettings | null | undefined;
};

type ColumnSpec = {
  readonly kind: PlanColumn["kind"];
  /** Excel's number format for the column, fixed or made for this run (a run date, a language). */
  readonly numberFormat: string | ((r: TieringResult, m: EngineMessages) => string);
  /** The value for row `i` of the result's table. */
  readonly value: (r: TieringResult, i: number, m: EngineMessages) => PlanCell;
};

const tierOf = (r: TieringResult, i: number): Tier => TIERS[r.table.tier[i] as number] as Tier;
const timeShareOf = (r: TieringResult, i: number): number => r.summary.perAccountTimeShare[tierOf(r, i)];
const dimension = (d: Dimension): ColumnSpec => ({
  kind: "text",
  numberFormat: "@",
  value: (r, i, m) => labelClass(m, d, dimensionAt(r.table, d, i)),
});

const SPECS: Readonly<Record<OutputKey, ColumnSpec>> = {
  tier: { kind: "text", numberFormat: "@", value: (r, i, m) => m.tier[tierOf(r, i)] },
  score: {
    kind: "number",
    numberFormat: "0.0",
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
      `[Red][<${Math.floor(excelSerialOf(r.asOf))}]yyyy-mm-dd" ${m.reviewOverdue}";yyyy-mm-dd`,
    value: (r, i) => excelSerialOf(r.table.nextReview[i] as number),
  },
  timeShare: { kind: "percent", numberFormat: "0.000%", value: timeShareOf },
  hours: {
    kind: "number",
    numberFormat: "0.0",
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
    value: (r, i, m) => {
      const code = dimensionAt(r.table, "credit", i);
      if (code === null) return "";
      const days = r.table.overdueDays[i] as number;
      // The cell says when the days overdue, not the rating, set the class: "D（逾期113天）".
      return r.table.creditByOverdue[i] === 1 && code !== "unknown"
        ? m.creditLabel(code, Number.isNaN(days) ? null : days)
        : labelClass(m, "credit", code);
    },
  },
  potentialClass: dimension("potential"),
  shareClass: dimension("regionalShare"),
  sensitivityClass: dimension("sensitivity"),
  promotion: {
    kind: "text",
    numberFormat: "@",
    value: (r, i, m) => (r.table.promotionCandidate[i] !== 0 ? m.yes : ""),
  },
  note: { kind: "text", numberFormat: "@", value: (r, i) => r.noteOf(i) },
};

/**
 * The output keys this result writes: tier, score, change, reason, time share, hours when a capacity is
 * set, each classification dimension the sheet has input for, promotion flag and note.
 * @example outputKeysFor(result) // ["tier", "score", "change", "reason", "timeShare", "promotion", "note"]
 */
export function outputKeysFor(result: TieringResult): OutputKey[] {
  const d = result.dimensions;
  const keys: OutputKey[] = ["tier", "score", "change", "reason", "nextReview", "timeShare"];
  if (result.summary.capacityHours !== null) keys.push("hours");
  if (d.managementMode) keys.push("mgmtClass");
  if (d.salesMode) keys.push("salesClass");
  if (d.credit) keys.push("creditClass");
  if (d.potential) keys.push("potentialClass");
  if (d.regionalShare) keys.push("shareClass");
  if (d.sensitivity) keys.push("sensitivityClass");
  keys.push("promotion", "note");
  return keys;
}

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
 * Turns a tiering result into a write plan: output columns (updating the product's own columns in place
 * on a re-run, appending the rest right of the data), the strategy sheet, the change log and the
 * settings to save. Pure data: every door applies it the same way.
 * @example planWrite(table, result, { language: "zh-CN", asOf: new Date() }).columns[0].header // "渠道分级"
 */
export function planWrite(table: SheetTable, result: TieringResult, options: PlanOptions): WritePlan {
  const messages: Messages = getMessages(options.language);
  const m = messages.engine;
  const headerGridRow = Math.max(0, result.header.headerRow);
  const rowCount = Math.max(0, table.values.length - headerGridRow - 1);
  // Table index of each sheet row below the header, or -1 for rows not tiered.
  const byOffset = new Int32Array(rowCount).fill(-1);
  const t = result.table;
  for (let i = 0; i < t.length; i++) byOffset[(t.gridIndex[i] as number) - headerGridRow - 1] = i;

  const detected = result.header.outputs;
  const trustDetected = Boolean(options.previous) || Object.keys(detected).length >= 2;
  const width = table.values.reduce((w, r) => Math.max(w, r.length), 0);
  let next = table.origin.column + width;
  const keys = outputKeysFor(result);
  const stale = trustDetected ? (Object.keys(detected) as OutputKey[]).filter((k) => !keys.includes(k)) : [];

  const columns: PlanColumn[] = [];
  for (const key of [...keys, ...stale]) {
    const spec = SPECS[key];
    const found = trustDetected ? detected[key] : undefined;
    const column = found === undefined ? next++ : table.origin.column + found;
    const writing = keys.includes(key);
    const values: PlanCell[] = new Array(rowCount);
    for (let k = 0; k < rowCount; k++) {
      const i = byOffset[k] as number;
      values[k] = i < 0 || !writing ? "" : spec.value(result, i, m);
    }
    columns.push({
      key,
      header: m.outputHeader[key],
      column,
      existing: found !== undefined,
      kind: spec.kind,
      numberFormat: typeof spec.numberFormat === "string" ? spec.numberFormat : spec.numberFormat(result, m),
      values,
    });
  }

  const strategySheetName = messages.workbook.strategySheetName;
  const changeLogName = messages.workbook.changeLogSheetName;
  const otherNames = (pick: (x: Messages) => string, current: string, saved: string | undefined): string[] =>
    [...new Set([...LANGUAGES.map((l) => pick(getMessages(l))), saved ?? ""])].filter(
      (n) => n !== "" && n !== current,
    );

  const mapping: Partial<Record<Field, string>> = {};
  for (const [field, wanted] of Object.entries(options.mapping ?? {}) as [Field, string | number][]) {
    const col = result.header.mapping[field];
    const text = col === undefined ? undefined : table.values[headerGridRow]?.[col];
    mapping[field] = typeof wanted === "string" ? wanted : typeof text === "string" ? text : String(wanted);
  }
  const settings: SavedSettings = {
    format: SETTINGS_FORMAT,
    version: SETTINGS_VERSION,
    savedAt: options.asOf.toISOString(),
    language: options.language,
    sheet: table.sheetName,
    rules: result.rules,
    mapping,
    output: {
      columns: Object.fromEntries(columns.filter((c) => keys.includes(c.key)).map((c) => [c.key, c.header])),
      strategySheet: strategySheetName,
      changeLogSheet: changeLogName,
    },
    roster: buildRoster(result, options.asOf),
    history: nextHistory(
      options.previous,
      buildHistoryEntry(result, options.asOf),
      result.rules.history.runs,
    ),
  };

  return {
    language: options.language,
    sheetName: table.sheetName,
    headerRow: table.origin.row + headerGridRow,
    firstRow: table.origin.row + headerGridRow + 1,
    rowCount,
    columns,
    tableName: table.tableName,
    tierStyles: TIERS.map((t) => ({ tier: t, label: m.tier[t], ...TIER_COLORS[t] })),
    strategySheet: {
      ...planStrategySheet(result, messages, table.sheetName, options.asOf),
      replaces: otherNames(
        (x) => x.workbook.strategySheetName,
        strategySheetName,
        options.previous?.output.strategySheet,
      ),
    },
    changeLog: {
      ...planChangeLog(settings.history ?? [], messages),
      replaces: otherNames(
        (x) => x.workbook.changeLogSheetName,
        changeLogName,
        options.previous?.output.changeLogSheet,
      ),
    },
    settings,
  };
}
