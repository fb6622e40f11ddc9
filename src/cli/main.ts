import { chmod, copyFile, readFile, realpath, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { version } from "../../package.json";
import {
  type Field,
  type Finding,
  HEADER_SCAN_ROWS,
  type Language,
  TIERS,
  fieldOf,
  fieldToChoose,
  findingsToList,
  gradingLine,
  validateRules,
} from "../engine";
import {
  type CliMessages,
  type Messages,
  formatInteger,
  formatPercent,
  getCliMessages,
  getMessages,
  headerInCurrency,
  resolveLanguage,
} from "../i18n";
import {
  OUTPUT_SHEET_NAMES,
  type RunOutcome,
  SETTINGS_SHEET,
  type WritePlan,
  displayWidth,
  hasNameHeader,
  namesDistributors,
  parseSettings,
  runTiering,
  tierWorkbook,
} from "../workbook";
import {
  WorkbookFileError,
  cellContext,
  hiddenWorksheets,
  isWorkbookFileError,
  TEXT_TABLE,
  openPackage,
  openTextTable,
  pickWorksheet,
  readSettingsCells,
  readSheet,
  type SheetCheck,
  type SheetEntry,
  serveRowMerge,
  serveSheetCheck,
  type XlsxPackage,
  otherSheetsOf,
  sheetNamesOf,
  startSheetCheck,
  structureLocked,
  worksheetCandidates,
  planPackageRemoval,
  writeWithoutSettings,
  writeWithoutTiering,
  writeWorkbook,
  basePointsOf,
} from "../xlsx";
import { buildReport } from "./buildReport";
import { writeJsonFile } from "./jsonStream";
import { type CliOptions, type UsageProblem, parseArguments } from "./parseArguments";
import { createProgress } from "./progress";
import { blankJsonComments } from "./jsonc";
import { terminalText } from "./terminal";

/** What the command line says: the product's catalog and its own words. */
type CliUi = Messages & { readonly cli: CliMessages };

// In a worker (the bundle is its own worker script): serve the data sheet's check, or its write.
serveSheetCheck();
serveRowMerge();

/** Findings listed on the terminal after a run; the report and the pane have every one. */
const FINDINGS_SHOWN = 5;

/** Where the CLI writes: injectable for tests. */
export type CliIO = {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readonly env: NodeJS.ProcessEnv;
  readonly now: () => Date;
  /**
   * The system's locale where no LC_ALL, LC_MESSAGES or LANG says one: Windows sets none of them, and a
   * Chinese Windows got English. Node's ICU reads the user's locale there.
   */
  readonly systemLocale?: () => string | undefined;
};

/** A text table's encoding as people know it (GB18030 reads what Excel's Chinese "CSV" writes: GBK). */
const ENCODING_NAMES = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16",
  "utf-16be": "UTF-16 BE",
  gb18030: "GBK",
} as const;

/** Bad input: one line on stderr, exit 1, nothing written. */
class InputError extends Error {
  override readonly name = "InputError";
}

function usageText(m: CliUi, p: UsageProblem): string {
  switch (p.kind) {
    case "unknownOption":
      return m.cli.unknownOption(p.option);
    case "missingValue":
      return m.cli.missingValue(p.option);
    case "missingInput":
      return m.cli.missingInput;
    case "tooManyInputs":
      return m.cli.tooManyInputs(p.extra);
    case "badLanguage":
      return m.cli.badLanguage(p.value);
    case "badDate":
      return m.cli.badDate(p.value);
    case "badMapping":
      return m.cli.badMapping(p.value);
    case "inPlaceWithOut":
      return m.cli.inPlaceWithOut;
    case "removeSavedWith":
      return m.cli.removeSavedWith(p.flag, p.option);
    case "mapTwice":
      return m.cli.mapTwice(p.field, p.first, p.second);
  }
}

/** Terminal columns a text takes: CJK and full-width characters take two. */
const padEnd = (text: string, width: number): string =>
  text + " ".repeat(Math.max(0, width - displayWidth(text)));
const padStart = (text: string, width: number): string =>
  " ".repeat(Math.max(0, width - displayWidth(text))) + text;

/**
 * `<name>.tiered.xlsx` beside the input; a macro-enabled workbook stays one (`.tiered.xlsm`); a text
 * table becomes a workbook (export.csv → export.tiered.xlsx).
 */
function defaultOutput(input: string, kind: "tiered" | "shareable" | "untiered" = "tiered"): string {
  const dir = path.dirname(input);
  const base = path
    .basename(input)
    .replace(/\.(xlsx|xlsm)$/i, "")
    .replace(TEXT_TABLE, "");
  return path.join(dir, `${base}.${kind}.${/\.xlsm$/i.test(input) ? "xlsm" : "xlsx"}`);
}

/**
 * Runs the command line and returns its exit code: 0 success, 1 bad input, 2 usage.
 * @example await runCli(["samples/distributors.zh.xlsx"], { stdout, stderr, env, now: () => new Date() })
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArguments(argv);
  if (parsed.kind === "version") {
    io.stdout.write(`channel-tiering ${version}\n`);
    return 0;
  }
  const uiLanguage: Language =
    (parsed.kind === "run" ? parsed.options.lang : parsed.lang) ??
    resolveLanguage(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG || io.systemLocale?.());
  const ui: CliUi = { ...getMessages(uiLanguage), cli: getCliMessages(uiLanguage) };
  if (parsed.kind === "help") {
    io.stdout.write(`${ui.cli.help}\n`);
    return 0;
  }
  if (parsed.kind === "usage") {
    io.stderr.write(`${terminalText(usageText(ui, parsed.problem))}\n${ui.cli.usage}\n`);
    return 2;
  }
  try {
    if (parsed.options.removeSaved) await removeSavedFile(parsed.options, io, ui);
    else if (parsed.options.removeTiering) await removeTieringFile(parsed.options, io, ui);
    else await tierFile(parsed.options, io, ui);
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr.write(`${terminalText(error.message)}\n`);
      return 1;
    }
    if (isWorkbookFileError(error)) {
      io.stderr.write(`${terminalText(describeFileError(error, ui))}\n`);
      return 1;
    }
    throw error;
  }
}

function describeFileError(e: WorkbookFileError, m: CliUi): string {
  switch (e.problem) {
    case "missing":
      return m.cli.fileMissing(e.path);
    case "folder":
      return m.cli.isFolder(e.path);
    case "notWorkbook":
      return m.cli.notAWorkbook(e.path);
    case "lockFile":
      return m.cli.lockFile(e.path, e.detail.workbook ?? "");
    case "truncated":
      return m.cli.truncated(e.path);
    case "unknownSheet":
      return m.cli.unknownSheet(e.detail.sheet ?? "", e.detail.sheets ?? []);
    case "encrypted":
      return m.cli.encrypted(e.path);
    case "legacyXls":
      // WPS's own .et is a compound file as an .xls is: named so, it is WPS's to save as .xlsx.
      if (/\.ett?$/i.test(e.path)) return m.cli.wpsEt(e.path);
      return m.cli.legacyXls(e.path, !/\.xls$/i.test(e.path));
    case "ods":
      return m.cli.odsFile(e.path);
    case "xlsb":
      return m.cli.xlsbFile(e.path);
    case "bomb":
      return m.cli.zipBomb(e.path);
    case "malformed": {
      const d = e.detail;
      const place =
        d.sheet !== undefined
          ? m.cli.sheetPlace(d.sheet, d.row, d.cell)
          : m.cli.partPlace(d.part ?? "", d.line, d.column);
      return m.cli.malformed(e.path, place, m.cli.xmlProblem[d.problem ?? "tag"]);
    }
    case "noDataSheet":
      return m.cli.noDataSheet(e.path, e.detail.sheets ?? []);
    case "textNamedAsWorkbook":
      return m.cli.textNamedAsWorkbook(e.path);
    case "textTooLong":
      return m.cli.textTooLong(e.path, e.detail.megabytes ?? 0);
    case "textTooLarge":
      return m.cli.textTooLarge(e.path, e.detail.rows ?? 0, e.detail.columns ?? 0);
    case "write":
      return m.cli.cannotWrite(e.path, e.detail.reason ?? "");
  }
}

/**
 * Where JSON.parse stopped, as a line and a column (1-based) the user can find in an editor. V8 names a
 * character position ("… in JSON at position 12"), or for an unexpected token quotes the text around
 * it, up to 10 characters each side, "..." where it cut (`Unexpected token ',', ..."b": ,\n  "c": 1"...
 * is not valid JSON`): the token stands 10 characters into a quote cut at its start, 10 from the end of
 * one cut only at its end (a stray comma on line 4 was placed at the file's end). An input that ends
 * too early stops at its end. `text` is what JSON.parse read.
 * @example jsonErrorPlace('{\n  "a": }', new SyntaxError("Unexpected token '}' … at position 9")) // { line: 2, column: 8 }
 */
export function jsonErrorPlace(text: string, error: unknown): { line: number; column: number } {
  const message = error instanceof Error ? error.message : "";
  const found = /at position (\d+)/.exec(message);
  let at = found ? Number(found[1]) : text.length;
  const quoted = found
    ? null
    : /^Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(message);
  if (quoted) {
    const [, token = "", cutStart, context = "", cutEnd] = quoted;
    const from = text.indexOf(context);
    if (from >= 0) {
      const within = cutStart ? CONTEXT : cutEnd ? context.length - CONTEXT : context.indexOf(token);
      if (within >= 0 && text[from + within] === token) at = from + within;
    }
  }
  at = Math.min(text.length, at);
  const before = text.slice(0, at);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: at - lineStart + 1 };
}

/** The characters V8 quotes each side of an unexpected token in JSON (JsonParser's kMaxContextCharacters). */
const CONTEXT = 10;

async function readRulesFile(file: string, m: CliUi): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new InputError(m.cli.fileMissing(file));
  }
  // Notepad and Windows PowerShell save UTF-8 with a byte order mark, which JSON.parse refuses.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Comments and trailing commas are allowed (JSONC), as in the README's example: blanked in place.
  const readable = blankJsonComments(text);
  let json: unknown;
  try {
    json = JSON.parse(readable);
  } catch (error) {
    const { line, column } = jsonErrorPlace(readable, error);
    throw new InputError(m.cli.rulesUnreadable(file, line, column));
  }
  // A cadence of 1.6 months is used as 2: the run's findings say so; only what cannot be used is refused.
  const invalid = validateRules(json, m.engine).findings.filter((f) => f.severity === "error");
  if (invalid.length > 0) throw new InputError(m.cli.rulesInvalid(file, shownProblems(m, invalid)));
  return json;
}

/** Problems shown on the one line of a failure: a rules file's mistakes are all said at once (up to
 * five), so one edit fixes them; it used to say the first and "(and 2 more problems)". */
const SHOWN_PROBLEMS = 5;
/**
 * A finding's message, marked where its row is hidden on the sheet (the pane's "go to row" says so too;
 * the rows.hidden finding names the hidden rows itself).
 */
function markHidden(m: CliUi, f: Finding): string {
  return f.rowHidden && f.row !== undefined && f.code !== "rows.hidden"
    ? `${f.message}${m.cli.rowHiddenMark(f.row)}`
    : f.message;
}

function shownProblems(m: CliUi, findings: readonly { readonly message: string }[]): string {
  const shown = findings.slice(0, SHOWN_PROBLEMS).map((f) => f.message);
  return m.cli.blocked(shown, findings.length - shown.length);
}

/** The path as the file system resolves it (a symlink followed), or as given when it does not exist yet. */
async function realPathOf(file: string): Promise<string> {
  const absolute = path.resolve(file);
  try {
    return await realpath(absolute);
  } catch {
    return absolute;
  }
}

/**
 * Checks every path before anything is read or written: the output, the report, the input and the rules
 * file must be different files (else the input, the rules or the workbook would be overwritten), neither
 * output may be a folder, and the folders they go in must exist.
 */
async function checkPaths(o: CliOptions, ui: CliUi): Promise<{ out: string }> {
  if (o.inPlace && TEXT_TABLE.test(o.input)) throw new InputError(ui.cli.inPlaceText(o.input));
  if (o.removeSaved && TEXT_TABLE.test(o.input)) throw new InputError(ui.cli.removeSavedText(o.input));
  if (o.removeTiering && TEXT_TABLE.test(o.input)) throw new InputError(ui.cli.removeTieringText(o.input));
  const kind = o.removeSaved ? "shareable" : o.removeTiering ? "untiered" : "tiered";
  const out = o.inPlace ? o.input : path.resolve(o.out ?? defaultOutput(o.input, kind));
  const input = await realPathOf(o.input);
  const outReal = await realPathOf(out);
  const rules = o.rules === undefined ? undefined : await realPathOf(o.rules);
  const isFolder = async (file: string): Promise<boolean> =>
    (await stat(file).catch(() => null))?.isDirectory() === true;
  if (!o.inPlace && outReal === input) throw new InputError(ui.cli.outIsInput(o.out ?? out));
  if (!o.inPlace && outReal === rules) throw new InputError(ui.cli.outCollides(o.out ?? out, o.rules ?? ""));
  if (!o.inPlace && (await isFolder(out))) throw new InputError(ui.cli.outIsFolder(o.out ?? out));
  const outFolder = path.dirname(path.resolve(out));
  if (!(await isFolder(outFolder))) throw new InputError(ui.cli.outFolderMissing(outFolder));
  if (o.report) {
    const report = await realPathOf(o.report);
    if (report === input) throw new InputError(ui.cli.reportCollides(o.report, o.input));
    if (report === outReal) throw new InputError(ui.cli.reportCollides(o.report, out));
    if (report === rules) throw new InputError(ui.cli.reportCollides(o.report, o.rules ?? ""));
    if (await isFolder(report)) throw new InputError(ui.cli.reportIsFolder(o.report));
    const folder = path.dirname(path.resolve(o.report));
    if (!(await isFolder(folder))) throw new InputError(ui.cli.reportFolderMissing(folder));
  }
  return { out };
}

/** The first free backup name: name.bak.xlsx, then name.bak-2.xlsx, … (every earlier backup is kept). */
async function freeBackupName(input: string): Promise<string> {
  const base = input.replace(/\.(xlsx|xlsm)$/i, "");
  const ext = /\.xlsm$/i.test(input) ? ".xlsm" : ".xlsx";
  for (let k = 1; ; k++) {
    const name = `${base}.bak${k === 1 ? "" : `-${k}`}${ext}`;
    if (!(await stat(name).catch(() => null))) return name;
  }
}

/** What a run leaves for the write: the plan and the words to say after it; the engine's data is let go. */
type Prepared = {
  readonly pkg: XlsxPackage;
  readonly worksheet: SheetEntry;
  readonly plan: WritePlan;
  /** The report, written already to a temporary file beside its place, renamed there once the workbook is. */
  readonly reportTemp: string | undefined;
  readonly summary: string[];
  /** The findings as the terminal shows them: a heading, the first few, how many more. */
  readonly found: string[];
};

/**
 * Excel keeps "~$name.xlsx" beside a workbook (or a CSV) while it has it open, LibreOffice
 * ".~lock.name.xlsx#". Their unsaved edits are not in the file; written in place, their next save would
 * put their own copy over ours: refused with --in-place, else said (whatever --quiet).
 */
async function checkOpenElsewhere(o: CliOptions, io: CliIO, ui: CliUi): Promise<void> {
  const folder = path.dirname(o.input);
  const base = path.basename(o.input);
  for (const [app, lock] of [
    ["Excel", path.join(folder, `~$${base}`)],
    ["LibreOffice", path.join(folder, `.~lock.${base}#`)],
  ] as const) {
    if (!(await stat(lock).catch(() => null))?.isFile()) continue;
    if (o.inPlace) throw new InputError(ui.cli.openElsewhere(o.input, app, lock, true));
    io.stderr.write(`${terminalText(ui.cli.openElsewhere(o.input, app, lock, false))}\n`);
    break;
  }
}

/**
 * Writes the output through `write` into a temporary file beside its place, then renames it there; in
 * place, after keeping a backup of the input (every earlier one kept), the file keeps its mode, and a
 * symlink its target. Returns the backup's name. On failure nothing is left but what was there.
 */
async function writeBeside(
  o: CliOptions,
  out: string,
  write: (temp: string) => Promise<unknown>,
  cleanUp: () => Promise<void> = async () => undefined,
): Promise<string | undefined> {
  let backup: string | undefined;
  // In place: the file as the user has it (through a symlink, its target keeps its name and mode).
  const target = o.inPlace ? await realPathOf(o.input) : out;
  const mode = o.inPlace ? (await stat(target)).mode & 0o7777 : undefined;
  if (o.inPlace) {
    backup = await freeBackupName(o.input);
    await copyFile(target, backup);
  }
  const temp = `${target}.${process.pid}.tmp`;
  try {
    // Every part the run does not change is copied byte for byte; the file is synced before the rename.
    await write(temp);
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    await cleanUp().catch(() => undefined);
    throw new WorkbookFileError(
      "write",
      out,
      { reason: error instanceof Error ? error.message : String(error) },
      { cause: error },
    );
  }
  return backup;
}

/**
 * Excel opens a macro-enabled package only as .xlsm and any other only as .xlsx: an --out named otherwise
 * is refused before anything is written (with --in-place the input's own name stands).
 */
function checkOutputName(o: CliOptions, out: string, pkg: XlsxPackage, ui: CliUi): void {
  if (o.inPlace || o.out === undefined) return;
  if (!/\.xls[xm]$/i.test(out))
    throw new InputError(ui.cli.outputNotWorkbook(o.out, pkg.macroEnabled ? ".xlsm" : ".xlsx"));
  if (/\.xlsm$/i.test(out) !== pkg.macroEnabled)
    throw new InputError(ui.cli.wrongExtension(o.out, pkg.macroEnabled));
}

/**
 * --remove-saved: the workbook without the settings sheet (rules, roster, history), as the pane's
 * "Remove saved data" leaves it; nothing is tiered, every other part is copied byte for byte. A workbook
 * with nothing saved is said so, and nothing is written.
 */
async function removeSavedFile(o: CliOptions, io: CliIO, ui: CliUi): Promise<void> {
  const { out } = await checkPaths(o, ui);
  await checkOpenElsewhere(o, io, ui);
  const pkg = await openPackage(o.input);
  if (!pkg.sheets.some((s) => s.name === SETTINGS_SHEET)) {
    if (!o.quiet) io.stdout.write(`${terminalText(ui.cli.nothingSaved(o.input))}\n`);
    return;
  }
  checkOutputName(o, out, pkg, ui);
  // As in the add-in: a protected structure is the user's word that no sheet is to be removed.
  if (structureLocked(pkg)) throw new InputError(ui.excel.removeProtected);
  // What goes, for the summary: the accounts remembered and the runs of history (said plainly where the
  // saved data cannot be read).
  const { settings } = parseSettings(await readSettingsCells(pkg, cellContext(pkg)), ui.engine);
  const backup = await writeBeside(o, out, (temp) => writeWithoutSettings(pkg, temp));
  if (o.quiet) return;
  const lines = [
    settings
      ? ui.cli.savedRemoved(settings.roster?.names.length ?? 0, settings.history?.length ?? 0)
      : ui.cli.savedRemoved(-1, -1),
    ui.cli.wrote(out),
  ];
  if (backup) lines.push(ui.cli.backup(backup));
  io.stdout.write(`${lines.map(terminalText).join("\n")}\n`);
}

/**
 * --remove-tiering: the workbook as the pane's "Remove the tiering…" leaves it (our columns off the
 * sheet the last run tiered, our sheets and the saved data deleted, the freeze and filter a run added
 * taken off); nothing is tiered, every other part is copied byte for byte. Checked before anything is
 * written: a workbook with no saved run (said so, nothing written), a protected structure or data sheet,
 * a table with the user's own columns right of ours.
 */
async function removeTieringFile(o: CliOptions, io: CliIO, ui: CliUi): Promise<void> {
  const { out } = await checkPaths(o, ui);
  await checkOpenElsewhere(o, io, ui);
  const pkg = await openPackage(o.input);
  const found = await planPackageRemoval(pkg, ui.engine);
  if (found.kind === "nothing") {
    if (!o.quiet) io.stdout.write(`${terminalText(ui.cli.nothingToRemove(o.input))}\n`);
    return;
  }
  checkOutputName(o, out, pkg, ui);
  if (structureLocked(pkg)) throw new InputError(ui.excel.removeTieringProtected);
  if (found.kind === "sheetProtected") throw new InputError(ui.excel.protectedSheet(found.sheet));
  if (found.kind === "columnsAfterOurs")
    throw new InputError(ui.excel.tableColumnsAfterOurs(found.table, found.headers));
  const backup = await writeBeside(o, out, (temp) => writeWithoutTiering(pkg, found.removal, temp));
  if (o.quiet) return;
  const { outcome } = found;
  const lines = [
    ui.ui.tieringRemoved({
      sheet: outcome.sheetName,
      columns: outcome.columns.length,
      sheets: outcome.sheets,
    }),
    ...(found.filterLeft && outcome.sheetName !== null ? [ui.cli.filterLeftHiding(outcome.sheetName)] : []),
    ui.cli.wrote(out),
  ];
  if (backup) lines.push(ui.cli.backup(backup));
  io.stdout.write(`${lines.map(terminalText).join("\n")}\n`);
}

async function tierFile(o: CliOptions, io: CliIO, ui: CliUi): Promise<void> {
  const { out } = await checkPaths(o, ui);
  await checkOpenElsewhere(o, io, ui);
  const progress = createProgress(io.stderr, !o.quiet);
  // Prepared in its own function: the sheet's cells and the engine's results are garbage by the time the
  // (memory-hungry) write starts, which halves the live heap the collector walks at a million rows.
  const { pkg, worksheet, plan, reportTemp, summary, found } = await prepare(o, io, ui, out, progress);
  const m = ui;
  progress.phase(m.cli.phase.writing, 0, plan.rowCount);
  const backup = await writeBeside(
    o,
    out,
    (temp) => writeWorkbook(pkg, worksheet, plan, temp),
    async () => {
      if (reportTemp) await rm(reportTemp, { force: true });
    },
  );
  if (o.report && reportTemp) await rename(reportTemp, o.report);
  progress.end();
  if (o.quiet) return;
  const lines = [...summary, ...found];
  lines.push(m.cli.wrote(out));
  if (backup) lines.push(m.cli.backup(backup));
  if (o.report) lines.push(m.cli.reportWritten(o.report));
  io.stdout.write(`${lines.map(terminalText).join("\n")}\n`);
}

async function prepare(
  o: CliOptions,
  io: CliIO,
  ui: CliUi,
  out: string,
  progress: ReturnType<typeof createProgress>,
): Promise<Prepared> {
  const rules = o.rules === undefined ? undefined : await readRulesFile(o.rules, ui);
  progress.phase(ui.cli.phase.reading);
  // A CSV export is read as a workbook of one sheet (its encoding and delimiter said after the run).
  const text = TEXT_TABLE.test(o.input) ? await openTextTable(o.input) : undefined;
  const pkg = text?.pkg ?? (await openPackage(o.input));
  checkOutputName(o, out, pkg, ui);
  // Protection is the user's word that the workbook is not to be changed so: the add-in cannot write
  // there, and the CLI, which could, does not either (the same message as the add-in's).
  if (structureLocked(pkg)) throw new InputError(ui.excel.protectedWorkbook);
  // A text table's package is this run's own, of one sheet read as it was written: no cell of it is read
  // from its XML (its shared strings, a million at a million distinct names, are not read back: ~1 s).
  let context: ReturnType<typeof cellContext> | undefined;
  const cells = (): ReturnType<typeof cellContext> => (context ??= cellContext(pkg));
  const own = OUTPUT_SHEET_NAMES;
  const mapping = Object.keys(o.mapping).length > 0 ? o.mapping : undefined;
  const asOf = o.asOf ?? io.now();
  const reportOnly = o.report !== undefined && o.quiet;
  let worksheet: ReturnType<typeof pickWorksheet> | undefined;
  const noCheck: SheetCheck = { result: () => Promise.resolve(undefined), cancel: () => undefined };
  const checkOf = (sheet: SheetEntry): SheetCheck => {
    // The sheet a text table becomes is this run's own writing (escaped text, UTF-8, its size checked
    // as it was written), well formed by construction, as a unit test holds it for any text: checking
    // it again would cost a core through the read (a million rows: ~18 s of it).
    if (text) return noCheck;
    const entry = sheet.part ? pkg.entries.get(sheet.part) : undefined;
    return entry ? startSheetCheck(entry) : noCheck;
  };
  let sheetCheck = noCheck;
  // The one run sequence of every door (src/workbook/tierWorkbook.ts); the CLI writes after checking
  // its output path, so the plan is applied below, not by the port.
  const run = await tierWorkbook<RunOutcome, never>(
    {
      readSettings: () => (text ? Promise.resolve([]) : readSettingsCells(pkg, cells())),
      // --sheet, else the sheet the last run tiered (when the workbook still has it), else the active one.
      readTable: async (savedSheet) => {
        const named =
          o.sheet ??
          (savedSheet && pkg.sheets.some((s) => s.name === savedSheet && s.part) ? savedSheet : undefined);
        worksheet = pickWorksheet(pkg, named, own);
        // The sheet's XML is checked beside the read and the tiering, on a second core.
        sheetCheck = checkOf(worksheet);
        // A text table's one sheet was read as it was written (its XML is kept for the write only).
        let read =
          text && worksheet === pkg.sheets[0] ? text.table : await readSheet(pkg, worksheet, cells());
        // No sheet named: where the active one holds no distributors (a 填表说明 tab left in front), the
        // first other visible sheet whose header has a name column is the one; else the active one, and
        // its finding.
        if (named === undefined && !mapping && !hasNameHeader(read.values)) {
          let found = false;
          for (const other of worksheetCandidates(pkg, own).slice(1)) {
            const candidate = await readSheet(pkg, other, cells());
            if (!hasNameHeader(candidate.values)) continue;
            worksheet = other;
            read = candidate;
            sheetCheck.cancel();
            sheetCheck = checkOf(other);
            found = true;
            break;
          }
          // Only a hidden sheet holds the distributors (the visible one a cover page): it is not taken
          // unasked (a hidden sheet is often a lookup), but named, with the option that tiers it, instead
          // of "map the name column by hand".
          if (!found)
            for (const hidden of hiddenWorksheets(pkg, own)) {
              const candidate = await readSheet(pkg, hidden, cells(), HEADER_SCAN_ROWS);
              if (!namesDistributors(candidate.values)) continue;
              sheetCheck.cancel();
              throw new InputError(ui.cli.hiddenDataSheet(worksheet.name, hidden.name));
            }
        }
        if (read.sheetProtected) throw new InputError(ui.excel.protectedSheet(worksheet.name));
        // Every sheet's name: the plan never takes (or deletes) a sheet that is not ours.
        // The other sheets' tops: a list split a sheet per region is said (only this one is tiered).
        const otherSheets = text ? [] : await otherSheetsOf(pkg, worksheet, own, cells());
        const table = { ...read, sheetNames: sheetNamesOf(pkg), otherSheets };
        progress.phase(ui.cli.phase.tiering, 0, table.values.length);
        return table;
      },
      applyPlan: () => Promise.reject(new Error("the CLI applies its plan itself")),
    },
    {
      language: o.lang,
      rules,
      mapping,
      asOf,
      savedSheet: true,
      dryRun: true,
      messages: ui.engine,
      // Findings are worded once, in the language they are read in: the terminal's (--lang, else LANG),
      // or, when they go only to the report (--quiet), the workbook's, which the report speaks.
      findingLanguage: reportOnly ? undefined : ui.engine.language,
      planOf: (x) => x.plan,
      // The CLI sets the rows' heights for the wrapped notes itself (the add-in has Excel autofit them).
      // The heights are in lines of the workbook's base font, which our cells' text takes.
      compute: async (t, options) =>
        runTiering(t, { ...options, setsRowHeights: true, rowFontPoints: basePointsOf(pkg) }),
    },
  );
  const outcome = run.outcome;
  // A damaged sheet is said before anything the run found in it (what it read may not be what Excel shows).
  const fault = await sheetCheck.result();
  if (fault && worksheet)
    throw new WorkbookFileError("malformed", o.input, {
      sheet: worksheet.name,
      part: worksheet.part,
      problem: fault.problem,
      row: fault.row,
      cell: fault.cell,
    });
  // A damaged or hand-edited settings sheet: said on stderr whatever --quiet says (the run went on with
  // the defaults), and listed in the report.
  for (const f of run.settingsFindings) io.stderr.write(`${terminalText(f.message)}\n`);
  const m = ui;
  // Where the terminal and the workbook speak different languages and both need the findings (a report
  // with findings on the terminal, or a blocked run with a quiet report), they are worded once more in
  // the other language: the engine run again.
  const worded = reportOnly ? outcome.language : ui.engine.language;
  const findingsIn = (language: Language): readonly Finding[] =>
    language === worded
      ? outcome.result.findings
      : runTiering(run.table, {
          language: outcome.language,
          findingLanguage: language,
          rules,
          mapping,
          previous: run.saved,
          asOf,
        }).result.findings;
  if (!outcome.plan || outcome.result.findings.some((f) => f.severity === "error")) {
    progress.end();
    const errors = findingsIn(ui.engine.language).filter((f) => f.severity === "error");
    // Where a column must be chosen by hand, say how on the command line, for the field in question.
    // (A CRM's Annual Revenue, taken for the company's size, is the sales once mapped: --map revenue=….)
    const unmapped = errors.find((f) => f.code === "header.notFound" || fieldToChoose(f) !== undefined);
    const field = unmapped?.code === "header.notFound" ? "name" : unmapped && fieldToChoose(unmapped);
    const message =
      errors.length > 0
        ? shownProblems(
            m,
            errors.map((f) => ({ message: markHidden(m, f) })),
          )
        : m.cli.blocked([m.engine.finding.headerNotFound()], 0);
    throw new InputError(unmapped && field ? m.cli.mapHint(message, field) : message);
  }

  if (!worksheet) throw new Error("no sheet was read");
  // The report is streamed out now (a million rows make more JSON than one string holds), to a temporary
  // file that becomes the report only once the workbook is written.
  const reportTemp = o.report ? `${path.resolve(o.report)}.${process.pid}.tmp` : undefined;
  if (o.report && reportTemp) {
    try {
      await writeJsonFile(
        reportTemp,
        buildReport(
          run.table,
          { ...outcome.result, findings: findingsIn(outcome.language) },
          outcome.language,
          out,
          run.settingsFindings,
        ),
      );
    } catch (error) {
      await rm(reportTemp, { force: true }).catch(() => undefined);
      throw new WorkbookFileError(
        "write",
        o.report,
        { reason: error instanceof Error ? error.message : String(error) },
        { cause: error },
      );
    }
  }
  const s = outcome.result.summary;
  const lines = [m.cli.summaryTitle(s.accounts, run.table.sheetName, s.ended.count), ""];
  if (text)
    lines.unshift(m.cli.readAsText(o.input, ENCODING_NAMES[text.format.encoding], text.format.delimiter));
  // A table sized to its cells (Chinese characters take two columns in a terminal).
  const summaryRows = [
    m.cli.summaryColumns.map((c) => headerInCurrency(c, s.currency, s.goods)),
    ...TIERS.map((t) => {
      const x = s.tiers[t];
      return [
        m.engine.tier[t],
        formatInteger(x.accounts),
        formatPercent(x.revenueShare),
        formatPercent(x.timeShare),
      ];
    }),
  ];
  const widths = summaryRows[0]!.map((_, c) => Math.max(...summaryRows.map((r) => displayWidth(r[c] ?? ""))));
  for (const r of summaryRows)
    lines.push(
      `  ${r.map((cell, c) => (c === 0 ? padEnd(cell, widths[c]!) : padStart(cell, widths[c]! + 2))).join("")}`,
    );
  // The time shares add up to less than the whole where a tier is empty: said under them.
  if (s.unallocatedTimeShare > 0)
    lines.push(
      "",
      m.engine.unallocatedTime(
        s.unallocatedTimeShare,
        s.unallocatedTiers.map((t) => m.engine.tier[t]),
      ),
    );
  lines.push("");
  if (outcome.result.hasPrevious) lines.push(m.cli.changes(s.changes));
  const toAct = s.watchList.length + s.promotionCandidates.length + s.priorityProspects.length;
  if (outcome.plan && toAct > 0)
    lines.push(
      m.cli.toAct(
        s.watchList.length,
        s.promotionCandidates.length,
        s.priorityProspects.length,
        outcome.plan.strategySheet.name,
      ),
    );
  if (outcome.plan && s.creditHold.length > 0) lines.push(m.cli.creditHold(s.creditHold.length));
  // The sheet's own grading against the run's key accounts: which of those it calls key the run does not.
  if (s.ownGrading !== null) lines.push(m.engine.ownGrading(gradingLine(s.ownGrading)));
  const overdue = TIERS.filter((t) => s.tiers[t].reviewsOverdue > 0).map((t) => ({
    label: m.engine.tier[t],
    count: s.tiers[t].reviewsOverdue,
  }));
  if (overdue.length > 0) lines.push(m.cli.reviewsOverdue(overdue));
  if (lines[lines.length - 1] !== "") lines.push("");
  // What the run found (a key account without an owner, a total row left out), the most pressing
  // first, each naming its row and column; the report and the pane list every one.
  const found: string[] = [];
  if (outcome.result.findings.length > 0 && !o.quiet) {
    const all = findingsIn(ui.engine.language);
    found.push(m.cli.findingsLine(all.length));
    // "…and 1 more" would take the line the last one needs.
    const shown = all.length <= FINDINGS_SHOWN + 1 ? all.length : FINDINGS_SHOWN;
    // A column guessed, missing or passed over is chosen by hand with --map: said so, for the command
    // line, with the field and, where the finding names it, the header to write.
    const { matches, duplicates } = outcome.result.header;
    const guessedSales = matches.find((x) => x.how === "guessed" && x.field === "revenue");
    const priorFirst = outcome.result.header.priorRevenueParts?.[0]?.header;
    const mapHintOf = (f: Finding): { field: Field; named?: string } | undefined => {
      // A second column that looks like a field taken from another (发货额 beside 回款额): by its
      // header, or by its letter where the column taken is headed alike.
      const rival =
        f.code === "header.duplicate" || f.code === "header.regionLevel"
          ? duplicates.find((d) => d.header === f.header)
          : undefined;
      if (rival) {
        const alike =
          matches.some((x) => x.field === rival.field && x.header === f.header) ||
          duplicates.filter((d) => d.header === f.header).length > 1;
        return { field: rival.field, named: alike ? f.column : f.header };
      }
      // The amount the finding names (累计成交金额) goes into the option as written.
      if (f.code === "header.noRevenue") return { field: "revenue", named: f.header };
      // A column the last run read, gone now: mapped by hand where it is retitled.
      const gone = f.code === "mapping.gone" ? fieldOf(f) : undefined;
      if (gone) return { field: gone };
      if (
        f.code === "header.priorBesideParts" ||
        (f.code === "header.revenueSummed" && f.header === priorFirst)
      )
        return { field: "priorRevenue" };
      if (
        f.code === "header.revenueSummed" ||
        (f.code === "header.guessed" && f.header === guessedSales?.header)
      )
        return { field: "revenue" };
      return undefined;
    };
    for (const f of findingsToList(all, shown)) {
      const hint = mapHintOf(f);
      found.push(`  - ${hint ? m.cli.mapHint(f.message, hint.field, hint.named) : markHidden(m, f)}`);
    }
    if (all.length > shown) found.push(`  ${m.cli.findingsMore(all.length - shown, o.report !== undefined)}`);
  }
  return {
    pkg,
    worksheet,
    plan: outcome.plan,
    reportTemp,
    summary: lines,
    found,
  };
}

/** The process entry point: runs with the real streams and sets the exit code. */
export function main(): void {
  runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    now: () => new Date(),
    systemLocale: () => Intl.DateTimeFormat().resolvedOptions().locale,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
