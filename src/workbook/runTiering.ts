import {
  type Cell,
  type EngineMessages,
  type Field,
  type Finding,
  type Language,
  type TieringResult,
  HEADER_SCAN_ROWS,
  cellText,
  columnLetter,
  columnOn,
  detectColumns,
  foldText,
  hasBlockingFinding,
  headerFieldOf,
  passArena,
  releaseArena,
  tierAccounts,
} from "../engine";
import { type Messages, getMessages } from "../i18n";
import {
  columnsAreOurs,
  columnsHeaded,
  knownOutputHeaders,
  mappedByLetters,
  materializePlan,
  planWrite,
} from "./planWrite";
import { type MappedColumn, type SavedSettings, previousRunOf, productSheetsOf } from "./settings";
import { hiddenRowsFinding, markHiddenRows } from "./hiddenRows";
import { sameListFindings } from "./sameList";
import { type SheetTable, pivotOfData } from "./sheetTable";
import type { WritePlan } from "./writePlan";
import { type ChosenMapping, chosenOver } from "./chosenMapping";

export type { ChosenMapping } from "./chosenMapping";

export type RunOptions = {
  /** Language of everything written; omitted: detected from the sheet's headers. */
  readonly language?: Language | undefined;
  /**
   * Language of the findings (the terminal's, for the CLI), which are never written into the workbook;
   * omitted: the workbook's. Saves wording them again by running the engine a second time.
   */
  readonly findingLanguage?: Language | undefined;
  /** Rules as JSON; omitted: the rules saved by the previous run, else the defaults. */
  readonly rules?: unknown;
  /**
   * Columns the user chose by hand for this run, each over the column the previous run saved for that
   * field (null: automatic again); the saved mapping's other fields stay. Omitted: the saved mapping.
   */
  readonly mapping?: ChosenMapping | undefined;
  /** Settings the previous run saved in the workbook. */
  readonly previous?: SavedSettings | null | undefined;
  readonly asOf: Date;
  /** The door sets row heights itself (the CLI): the plan measures those the last run set (`previousHeights`). */
  readonly setsRowHeights?: boolean | undefined;
  /** The size in points of the workbook's base font, for those heights (PlanOptions.rowFontPoints). */
  readonly rowFontPoints?: number | undefined;
};

export type RunOutcome = {
  readonly language: Language;
  readonly messages: Messages;
  readonly result: TieringResult;
  /** What to write; null when a finding of severity `error` forbids writing anything. */
  readonly plan: WritePlan | null;
  /** Accounts on rows a filter or the user hid, tiered with the rest (said in a finding). */
  readonly hiddenAccounts?: number;
  /**
   * The mapping the last run saved, each column it named by letters followed to where it is now: what a
   * door that changes one field's column keeps of the others (the pane). Absent when none was saved.
   */
  readonly savedMapping?: Readonly<Partial<Record<Field, string>>>;
};

const CJK = /[\u3400-\u9fff]/;
/**
 * A sheet's language is judged on its first 256 columns (a header's own fields stand there; on a sheet
 * 2,000 columns wide of text, under test, every column took 1.7 s, these 0.3 s), and a text longer than
 * 40 characters is no header (a note is not).
 */
const LANGUAGE_COLUMNS = 256;
const HEADER_TEXT_LENGTH = 40;
/** Columns in an Excel sheet (A to XFD). */
const EXCEL_COLUMNS = 16_384;

/**
 * The sheet's language, as its headers speak it: the row near the top with the most texts that name a
 * field ("经销商名称", "Revenue") decides, Chinese when most of its header texts are. A Chinese ledger of
 * distributors with English names is a Chinese sheet, and an English export of Chinese names an English
 * one: our columns go beside the user's headers, in theirs. With no header recognised, the texts near
 * the top decide.
 * @example detectLanguage([["经销商名称", "年销售额"], ["Dealer A", 100]]) // "zh-CN"
 */
export function detectLanguage(values: readonly (readonly Cell[])[]): Language {
  let zh = 0;
  let other = 0;
  let headers = { zh: 0, other: 0 };
  // Data rows repeat their texts (regions, statuses): each distinct text is judged once.
  const judged = new Map<string, boolean>();
  const isHeader = (text: string): boolean => {
    if (text.length > HEADER_TEXT_LENGTH) return false;
    let verdict = judged.get(text);
    if (verdict === undefined) {
      verdict = headerFieldOf(text) !== undefined;
      judged.set(text, verdict);
    }
    return verdict;
  };
  // As far down as the header search looks: titles and blank rows may stand above the header.
  const rows = Math.min(values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    const row = { zh: 0, other: 0 };
    const cells = values[r] ?? [];
    for (let c = 0; c < Math.min(cells.length, LANGUAGE_COLUMNS); c++) {
      const text = cells[c];
      if (typeof text !== "string" || text.trim() === "") continue;
      const chinese = CJK.test(text);
      if (chinese) zh++;
      else if (/[a-z]/i.test(text)) other++;
      if (isHeader(text)) row[chinese ? "zh" : "other"]++;
    }
    // The first row with the most header texts: a second header row under it (the same in English) ties.
    if (row.zh + row.other > headers.zh + headers.other) headers = row;
  }
  if (headers.zh + headers.other >= 2) return headers.zh >= headers.other ? "zh-CN" : "en-US";
  return zh > 0 && zh >= other ? "zh-CN" : "en-US";
}

/**
 * The workbook's messages with the findings (and the field names and expectations only they use) in
 * another language, the terminal's or the pane's; so again once the engine has read the sales' currency
 * (withCurrency): a sheet in dollars had its later findings (a key account without an owner) in the
 * workbook's language.
 */
function findingsIn(workbook: EngineMessages, said: EngineMessages): EngineMessages {
  return {
    ...workbook,
    finding: said.finding,
    fieldName: said.fieldName,
    expect: said.expect,
    withCurrency: (currency, goods) =>
      findingsIn(workbook.withCurrency(currency, goods), said.withCurrency(currency, goods)),
  };
}

/**
 * The use case every door calls: tier the sheet and, when nothing blocks, plan the write. Nothing is
 * written here; a door applies the plan only after this returned one.
 * @example runTiering(table, { asOf: new Date() }).plan?.columns.length
 */
export function runTiering(table: SheetTable, options: RunOptions): RunOutcome {
  // The sheet the last run tiered, renamed since: the settings go on as this sheet's.
  const renamedFrom = renamedSheet(table, options.previous ?? null);
  const saved =
    renamedFrom !== null && options.previous
      ? { ...options.previous, sheet: table.sheetName }
      : (options.previous ?? null);
  // The roster and the change log belong to the sheet they were saved for.
  const previous =
    saved && saved.sheet !== "" && saved.sheet !== table.sheetName
      ? { ...saved, roster: undefined, history: undefined }
      : saved;
  const language = options.language ?? detectLanguage(table.values);
  const messages = getMessages(language);
  // Findings, and the field names and expectations only they use, in their own language.
  const said =
    options.findingLanguage && options.findingLanguage !== language
      ? getMessages(options.findingLanguage).engine
      : messages.engine;
  const engineMessages = said === messages.engine ? messages.engine : findingsIn(messages.engine, said);
  // A column the saved mapping names by its letters is followed to where it is now: an inserted column
  // moves the letters, and the run would read its neighbour.
  const followed = previous?.mappedColumns ? followColumns(table, previous, options.asOf, said) : undefined;
  const savedMapping =
    previous && Object.keys(previous.mapping).length > 0
      ? (followed?.mapping ?? previous.mapping)
      : undefined;
  const mapping = chosenOver(savedMapping, options.mapping);
  const kept = savedMapping ? { savedMapping } : {};
  let result = tierAccounts({
    grid: table,
    messages: engineMessages,
    rules: options.rules !== undefined ? options.rules : previous?.rules,
    mapping,
    outputHeaders: knownOutputHeaders(previous),
    columnFormats: table.columnFormats,
    asOf: options.asOf,
    previousRun: previousRunOf(previous),
    ownColumns: columnsAreOurs(previous, table.sheetName),
  });
  // Said for the columns taken from the saved mapping, not for those chosen again.
  const chosen = options.mapping ?? {};
  const saidFollowed = (followed?.findings ?? []).filter(
    (f) => !Object.hasOwn(chosen, (f.setting ?? "").replace(/^mapping\./, "")),
  );
  if (saidFollowed.length > 0) result = withFindings(result, [...saidFollowed, ...result.findings]);
  // Columns the last run read that are gone now (retitled, deleted): the run goes on without them, said
  // under each field, lest a retitled 逾期天数 take every overdue account's warning away unseen.
  const gone =
    previous && previous.sheet === table.sheetName ? fieldsGone(table, previous, result, chosen, said) : [];
  if (gone.length > 0) result = withFindings(result, [...gone, ...result.findings]);
  if (renamedFrom !== null) {
    const renamed: Finding = {
      code: "sheet.renamed",
      severity: "warning",
      message: said.finding.sheetRenamed(renamedFrom, table.sheetName),
    };
    result = withFindings(result, [renamed, ...result.findings]);
  }
  // The strategy sheet, change log or settings an earlier run wrote is no list of distributors: tiering
  // it would write a strategy for the strategy. Said, with the sheet the settings name, nothing written.
  const output = productSheetsOf(saved).get(table.sheetName);
  if (output) {
    const finding = {
      code: "sheet.isOutput" as const,
      severity: "error" as const,
      message: said.finding.sheetIsOutput(table.sheetName, output, saved?.sheet ?? ""),
    };
    return {
      language,
      messages,
      result: withFindings(result, [finding, ...result.findings]),
      plan: null,
      ...kept,
    };
  }
  // Other sheets holding the same list (a sheet per region) are not tiered with this one: said.
  const sameList = sameListFindings(table, result, said.finding);
  if (sameList.length > 0) result = withFindings(result, [...sameList, ...result.findings]);
  // Accounts on rows a filter hides are tiered with the rest: said, lest the run be taken for the filter's.
  // Findings on hidden rows are marked so, a blocked run's too (the finding on hidden accounts only
  // comes where accounts were read).
  const hidden = hiddenRowsFinding(table, result, said.finding);
  const marked = markHiddenRows(table, hidden ? [hidden.finding, ...result.findings] : result.findings);
  if (marked !== result.findings) result = withFindings(result, marked);
  const hiddenAccounts = hidden?.count ?? 0;
  let plan = hasBlockingFinding(result.findings)
    ? null
    : planWrite(table, result, {
        language,
        asOf: options.asOf,
        mapping,
        previous,
        setsRowHeights: options.setsRowHeights,
        rowFontPoints: options.rowFontPoints,
      });
  // Data up to Excel's last column (XFD) leaves no room for ours: said, nothing written.
  if (plan && Math.max(...plan.columns.map((c) => c.column)) >= EXCEL_COLUMNS) {
    plan = null;
    const noRoom = {
      code: "output.noRoom" as const,
      severity: "error" as const,
      message: said.finding.noRoom(table.sheetName),
    };
    return {
      language,
      messages,
      result: withFindings(result, [...result.findings, noRoom]),
      plan,
      hiddenAccounts,
      ...kept,
    };
  }
  // Merged cells where our columns go would scramble them (a merged area shows one value over many
  // rows): said with the range and the column, nothing written.
  const merged = plan ? mergedInOutput(table, plan) : undefined;
  if (plan && merged) {
    const finding = {
      code: "output.merged" as const,
      severity: "error" as const,
      message: said.finding.mergedOutput(merged.range, table.sheetName, merged.header),
      row: merged.row,
      column: merged.letter,
      header: merged.header,
    };
    return {
      language,
      messages,
      result: withFindings(result, [...result.findings, ...markHiddenRows(table, [finding])]),
      plan: null,
      hiddenAccounts,
      ...kept,
    };
  }
  // Columns headed like ours that no saved run on this sheet wrote stay as they are, beside ours: said,
  // with both places, lest the older ones be read as this run's (a copy shared without its saved data).
  const beside = plan ? columnsBeside(table, result, plan, previous) : undefined;
  if (plan && beside) {
    const finding: Finding = {
      code: "output.besideOthers",
      severity: "warning",
      row: plan.headerRow + 1,
      column: beside.theirs[0] as string,
      message: said.finding.besideOthers(beside.theirs, beside.ours),
    };
    result = withFindings(result, [finding, ...result.findings]);
  }
  // An Excel table whose own header is above the one read (Power Query's Column1, Column2 over headers
  // not promoted): ours go beside it, not in it, and a sort of the table leaves them behind. Said.
  const tableTop = table.tableTop;
  // (Above the header's top row: a two-level header's group row may be the table's own.)
  const headerTop = plan ? plan.headerRow - Math.max(1, result.header.headerRows) + 1 : 0;
  if (plan && table.tableName && tableTop !== undefined && tableTop < headerTop) {
    const tableHeader = table.values[tableTop - table.origin.row] ?? [];
    const at = Math.max(
      0,
      tableHeader.findIndex((c) => cellText(c).trim() !== ""),
    );
    const first = cellText(tableHeader[at] ?? null).trim();
    const finding: Finding = {
      code: "output.outsideTable",
      severity: "warning",
      row: tableTop + 1,
      column: columnLetter(table.origin.column + at),
      message: said.finding.outsideTable(table.tableName, tableTop + 1, headerTop + 1, first),
    };
    result = withFindings(result, [finding, ...result.findings]);
  }
  // A PivotTable's rows read: ours go beside it and stay put when it is refreshed or re-sorted, its rows
  // moving under them. Said, with its source to tier instead.
  const pivot = plan ? pivotOfData(table) : undefined;
  if (plan && pivot) {
    const r = pivot.range;
    const address = `${columnLetter(r.column)}${r.row + 1}:${columnLetter(r.column + r.columns - 1)}${r.row + r.rows}`;
    const finding: Finding = {
      code: "output.pivotTable",
      severity: "warning",
      row: r.row + 1,
      column: columnLetter(r.column),
      message: said.finding.pivotTable(pivot.name, address, pivot.source),
    };
    result = withFindings(result, [finding, ...result.findings]);
  }
  // Our columns a planner deleted since the last run: not written again, said once, with how to have
  // them back (later runs keep them out in silence, the settings remembering them).
  const deleted = (plan?.settings.output.dropped ?? []).filter(
    (k) => previous?.output.columns[k] !== undefined,
  );
  if (plan && deleted.length > 0) {
    const finding: Finding = {
      code: "output.dropped",
      severity: "info",
      row: plan.headerRow + 1,
      message: said.finding.outputDropped(deleted.map((k) => said.outputHeader[k])),
    };
    result = withFindings(result, [...result.findings, finding]);
  }
  // Our columns the rules now turn off, written by the last run: cleared, their headers kept, said once
  // with their letters (later runs find them empty and say nothing).
  const off = plan
    ? plan.columns.filter(
        (c) => c.existing && !columnOn(result.rules, c.key) && previous?.output.columns[c.key] !== undefined,
      )
    : [];
  if (plan && off.length > 0) {
    const finding: Finding = {
      code: "output.off",
      severity: "info",
      row: plan.headerRow + 1,
      column: columnLetter(off[0]?.column ?? 0),
      message: said.finding.outputOff(off.map((c) => ({ header: c.header, letter: columnLetter(c.column) }))),
    };
    result = withFindings(result, [...result.findings, finding]);
  }
  return { language, messages, result, plan, hiddenAccounts, ...kept };
}

/**
 * Where columns headed like ours are not ours (no run saved on this sheet says so) and the plan writes
 * its own beside them: their first and last letters, and the plan's.
 */
function columnsBeside(
  table: SheetTable,
  result: TieringResult,
  plan: WritePlan,
  previous: SavedSettings | null,
): { theirs: [string, string]; ours: [string, string] } | undefined {
  if (columnsAreOurs(previous, table.sheetName)) return undefined;
  const found = Object.values(result.header.outputs).filter((c): c is number => c !== undefined);
  if (found.length === 0 || plan.columns.length === 0) return undefined;
  const at = (c: number): string => columnLetter(table.origin.column + c);
  const ours = plan.columns.map((c) => c.column);
  return {
    theirs: [at(Math.min(...found)), at(Math.max(...found))],
    ours: [columnLetter(Math.min(...ours)), columnLetter(Math.max(...ours))],
  };
}

/**
 * A result with other findings. Its properties are copied as they are defined: a spread would read the
 * lazily built `accounts` (an object a row, a million of them) only to copy it.
 */
function withFindings(result: TieringResult, findings: readonly Finding[]): TieringResult {
  const copy = Object.defineProperties(
    Object.create(Object.getPrototypeOf(result) as object | null) as TieringResult,
    { ...Object.getOwnPropertyDescriptors(result), findings: { value: findings, enumerable: true } },
  );
  // The run's memory goes with the copy: the door hands it back through the copy (releaseArena).
  passArena(result, copy);
  return copy;
}

/** The first merged area lying across an output column, between the header and the last written row. */
function mergedInOutput(
  table: SheetTable,
  plan: WritePlan,
): { range: string; header: string; letter: string; row: number } | undefined {
  const bottom = plan.firstRow + plan.rowCount - 1;
  for (const area of table.mergedAreas ?? []) {
    if (area.row > bottom || area.row + area.rows - 1 < plan.headerRow) continue;
    const column = plan.columns.find((c) => c.column >= area.column && c.column < area.column + area.columns);
    if (!column) continue;
    const range = `${columnLetter(area.column)}${area.row + 1}:${columnLetter(area.column + area.columns - 1)}${area.row + area.rows}`;
    return { range, header: column.header, letter: columnLetter(column.column), row: area.row + 1 };
  }
  return undefined;
}

/** What a run decided, as plain data: safe to send from a worker, enough for any door to report and write. */
export type PlainOutcome = {
  readonly language: Language;
  readonly plan: WritePlan | null;
  readonly findings: TieringResult["findings"];
  readonly summary: TieringResult["summary"];
  readonly header: TieringResult["header"];
  readonly headerRow: number | null;
  readonly hasPrevious: boolean;
  readonly dimensions: TieringResult["dimensions"];
  readonly keyCount: number;
  /** Accounts on hidden rows (a filter's, or hidden by hand), tiered with the rest. */
  readonly hiddenAccounts?: number;
  /** See `RunOutcome.savedMapping`. */
  readonly savedMapping?: Readonly<Partial<Record<Field, string>>>;
};

/**
 * Runs the engine for a door that needs only plain data (the pane's worker, the ribbon's re-run): the
 * outcome is copied out and the run's memory handed back, never to be read again here, so the next run
 * (a planner's re-run, a preview after a rule change) reuses it instead of allocating anew (see
 * engine/memory.ts; a million-row re-run measured 1.50-1.65 s → 1.25-1.40 s).
 * @example postMessage(runToPlainOutcome(table, options))
 */
export function runToPlainOutcome(table: SheetTable, options: RunOptions): PlainOutcome {
  const outcome = runTiering(table, options);
  const plain = toPlainOutcome(outcome);
  releaseArena(outcome.result);
  return plain;
}

/**
 * Strips a run's outcome to plain data (no functions, no typed-array views shared with the engine).
 * @example toPlainOutcome(runTiering(table, options)).plan?.columns.length
 */
export function toPlainOutcome(outcome: RunOutcome): PlainOutcome {
  const r = outcome.result;
  return {
    language: outcome.language,
    plan: outcome.plan && materializePlan(outcome.plan),
    findings: r.findings,
    // The long lists are built when read: a worker posts them built.
    summary: {
      ...r.summary,
      promotionCandidates: r.summary.promotionCandidates.slice(),
      watchList: r.summary.watchList.slice(),
      creditHold: r.summary.creditHold.slice(),
      ownGrading: r.summary.ownGrading && {
        ...r.summary.ownGrading,
        notKeyNow: r.summary.ownGrading.notKeyNow.slice(),
        keyNow: r.summary.ownGrading.keyNow.slice(),
      },
    },
    header: r.header,
    headerRow: r.headerRow,
    hasPrevious: r.hasPrevious,
    dimensions: r.dimensions,
    keyCount: r.keyCount,
    hiddenAccounts: outcome.hiddenAccounts ?? 0,
    ...(outcome.savedMapping ? { savedMapping: outcome.savedMapping } : {}),
  };
}

/** Fields of credit: without them, accounts that owe past due are no longer flagged. */
const CREDIT_FIELDS: ReadonlySet<Field> = new Set(["credit", "overdue", "hold", "creditLimit", "balance"]);

/**
 * A warning for each field the last run read from a column this run does not find (its header
 * retitled, the column deleted), unless chosen again in this run (`chosen`), with the column it may be
 * now where one is headed alike. The name and the sales have findings of their own (no header;
 * header.revenueGone).
 */
function fieldsGone(
  table: SheetTable,
  previous: SavedSettings,
  result: TieringResult,
  chosen: Readonly<Partial<Record<Field, unknown>>>,
  said: EngineMessages,
): Finding[] {
  if (result.header.headerRow < 0) return [];
  const findings: Finding[] = [];
  for (const [field, header] of Object.entries(previous.read ?? {}) as [Field, string][]) {
    if (field === "name" || field === "revenue" || Object.hasOwn(chosen, field)) continue;
    if (result.header.mapping[field] !== undefined) continue;
    // Its column is still there, headed as it was: not gone, only no longer taken for the field (a
    // credit term, 信用期, that an earlier version read as the rating, every cell "no grade").
    const was = foldText(header);
    if (was !== "" && result.header.labels.some((l) => foldText(cellText(l ?? null)) === was)) continue;
    const name = said.fieldName[field] ?? field;
    // An unused column headed with part of the old header, or the old header and more (天数 for 逾期天数,
    // 逾期天数（截至11月） for 逾期天数): named as the one it may be.
    const alike = result.header.unmapped.find((u) => {
      const now = foldText(u.header);
      return now.length >= 2 && (was.includes(now) || now.includes(was));
    });
    const maybe = alike && { letter: columnLetter(table.origin.column + alike.column), header: alike.header };
    findings.push({
      code: "mapping.gone",
      severity: "warning",
      ...(result.headerRow === null ? {} : { row: result.headerRow }),
      header,
      ...(maybe ? { column: maybe.letter } : {}),
      setting: `mapping.${field}`,
      message: said.finding.fieldGone(name, header, CREDIT_FIELDS.has(field), maybe),
    });
  }
  return findings;
}

/**
 * The name the last run's sheet had, where this is that sheet renamed: the saved sheet is no longer in
 * the workbook (Excel compares sheet names without case), and one row near the top holds every header
 * the last run wrote. A copy of the sheet leaves the saved one in place, so a copy is never taken for
 * it; without the workbook's sheet names nothing is inferred. Null otherwise.
 */
export function renamedSheet(table: SheetTable, saved: SavedSettings | null): string | null {
  if (!saved || saved.sheet === "" || saved.sheet === table.sheetName || !table.sheetNames) return null;
  const was = saved.sheet.toLowerCase();
  if (table.sheetNames.some((n) => n.toLowerCase() === was)) return null;
  const wrote = Object.values(saved.output.columns)
    .filter((h): h is string => typeof h === "string" && h.trim() !== "")
    .map((h) => foldText(h));
  if (wrote.length === 0) return null;
  const rows = Math.min(table.values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    const here = new Set((table.values[r] ?? []).map((c) => foldText(cellText(c ?? null))));
    if (wrote.every((h) => here.has(h))) return saved.sheet;
  }
  return null;
}

/**
 * The saved mapping with each column it names by letters followed to where its column is now: the column
 * of the header saved with it, the same of those headed alike (the second "Sales" stays the second when
 * a column is inserted before them). Followed, a warning says so; gone (fewer columns so headed), an
 * error asks for the column again, and the letters stay, for nothing to be written.
 */
function followColumns(
  table: SheetTable,
  previous: SavedSettings,
  asOf: Date,
  said: EngineMessages,
): { mapping: Partial<Record<Field, string>>; findings: Finding[] } {
  const mapping: Partial<Record<Field, string>> = { ...previous.mapping };
  const findings: Finding[] = [];
  const header = detectColumns(table.values, {
    mapping: previous.mapping,
    originColumn: table.origin.column,
    asOfYear: asOf.getUTCFullYear(),
    outputHeaders: knownOutputHeaders(previous),
  });
  if (header.headerRow < 0) return { mapping, findings };
  const row = table.origin.row + header.headerRow + 1;
  const letter = (c: number): string => columnLetter(table.origin.column + c);
  for (const [field, saved] of Object.entries(previous.mappedColumns ?? {}) as [Field, MappedColumn][]) {
    const wanted = previous.mapping[field];
    const col = header.mapping[field];
    // Letters that are now a column's header name that column, as the engine takes them.
    if (wanted === undefined || (col !== undefined && !mappedByLetters(wanted, header.labels[col]))) continue;
    const alike = columnsHeaded(header.labels, saved.header);
    const target = alike[saved.nth - 1];
    const name = said.fieldName[field] ?? field;
    const was = wanted.trim().toUpperCase();
    if (target === undefined) {
      findings.push({
        code: "mapping.moved",
        severity: "error",
        row,
        column: was,
        header: saved.header,
        setting: `mapping.${field}`,
        message: said.finding.mappingMoved(name, was, saved.header, saved.nth, alike.length),
      });
    } else if (target !== col) {
      mapping[field] = letter(target);
      findings.push({
        code: "mapping.followed",
        severity: "warning",
        row,
        column: letter(target),
        header: saved.header,
        setting: `mapping.${field}`,
        message: said.finding.mappingFollowed(
          name,
          letter(target),
          was,
          saved.header,
          saved.nth,
          alike.length,
        ),
      });
    }
  }
  return { mapping, findings };
}
