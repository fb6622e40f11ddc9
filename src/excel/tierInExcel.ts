import type { Finding, Language } from "../engine";
import { getMessages } from "../i18n";
import {
  type ChosenMapping,
  type PlainOutcome,
  type RunOptions,
  type SavedSettings,
  type SheetTable,
  hasNameHeader,
  namesDistributors,
  tierWorkbook,
} from "../workbook";
import { OfficeApiError, translateOfficeError } from "./officeApiError";
import { readHiddenSheets } from "./readOtherSheets";
import { type ExcelTable, readTarget } from "./readTarget";
import { readSettingsCells } from "./settingsStore";
import { type WriteOutcome, applyPlanToExcel } from "./writePlanToExcel";

export type TierInExcelOptions = {
  /** Language of everything written; omitted: the last run's (saved), else detected from the headers. */
  readonly language?: Language | undefined;
  /** Language of the messages to the user (errors); omitted: `language`, else English. */
  readonly uiLanguage?: Language | undefined;
  /** Rules from the pane; omitted: the rules saved in the workbook, else the defaults. */
  readonly rules?: unknown;
  /** Columns chosen in the pane, over those the workbook saved (null: automatic again). */
  readonly mapping?: ChosenMapping | undefined;
  readonly useSelection?: boolean | undefined;
  readonly supports: (set: string, version: string) => boolean;
  readonly onProgress?:
    ((phase: "reading" | "tiering" | "writing", done: number, total: number) => void) | undefined;
  readonly isCancelled?: (() => boolean) | undefined;
  readonly asOf: Date;
  /**
   * Tier the sheet the saved settings name (the ribbon's re-run), not whatever sheet is active; the
   * active sheet when there are no settings or their sheet is gone.
   */
  readonly savedSheet?: boolean | undefined;
  /** Compute only: read and tier, write nothing (the pane's preview). */
  readonly dryRun?: boolean | undefined;
  /** A sheet read moments ago, with its saved settings: tier it again without reading (a preview after a rule change). */
  readonly reuse?: { readonly table: ExcelTable; readonly saved: SavedSettings | null } | undefined;
  /** Where the engine runs: in this thread by default; the pane passes a worker so it stays responsive. */
  readonly compute?: ((table: SheetTable, options: RunOptions) => Promise<PlainOutcome>) | undefined;
};

/** The engine in this thread, loaded on first use so the pane's first paint never waits for it. */
const computeHere = async (table: SheetTable, options: RunOptions): Promise<PlainOutcome> => {
  const { runToPlainOutcome } = await import(/* webpackChunkName: "engine" */ "../workbook/runTiering");
  return runToPlainOutcome(table, options);
};

/** The sheet's name if the workbook has it, else undefined. */
async function existingSheet(context: Excel.RequestContext, name: string): Promise<string | undefined> {
  const ws = context.workbook.worksheets.getItemOrNullObject(name);
  ws.load("name");
  await context.sync();
  return ws.isNullObject ? undefined : ws.name;
}

/** The engine refused to write: findings of severity `error` say why, with rows and columns. */
export class TieringBlockedError extends Error {
  override readonly name = "TieringBlockedError";
  /** `sheetName`: the sheet the findings' rows and columns are on. */
  constructor(
    readonly findings: readonly Finding[],
    readonly sheetName?: string,
  ) {
    super(findings[0]?.message ?? "blocked");
  }
}

export type TierInExcelResult = {
  readonly table: ExcelTable;
  readonly outcome: PlainOutcome;
  readonly write: WriteOutcome | null;
  readonly hadSettings: boolean;
  /** The settings an earlier run saved in the workbook. */
  readonly saved: SavedSettings | null;
};

/**
 * The whole job in a live workbook: read the saved settings and the sheet, tier, and (unless a dry run)
 * apply the write plan. Everything is computed before the first write.
 * @example await Excel.run((context) => tierInExcel(context, { supports, asOf: new Date() }))
 */
export async function tierInExcel(
  context: Excel.RequestContext,
  options: TierInExcelOptions,
): Promise<TierInExcelResult> {
  const ui = getMessages(options.uiLanguage ?? options.language ?? "en-US");
  // The manifest asks for ExcelApi 1.7; an older host gets a clear message instead of a failed call.
  if (!options.supports("ExcelApi", "1.7"))
    throw new OfficeApiError("apiMissing", ui.excel.apiMissing("ExcelApi 1.7"));
  const compute = options.compute ?? computeHere;
  const run = await tierWorkbook<PlainOutcome, WriteOutcome, ExcelTable>(
    {
      readSettings: async () => {
        try {
          return await readSettingsCells(context);
        } catch (error) {
          throw translateOfficeError(error, ui.excel, "");
        }
      },
      readTable: async (savedSheet, ours) => {
        let sheetName = savedSheet ? await existingSheet(context, savedSheet) : undefined;
        // The active sheet is the strategy sheet or change log an earlier run wrote (the planner was
        // reading it): the sheet that run tiered is meant.
        if (sheetName === undefined && ours) {
          const active = context.workbook.worksheets.getActiveWorksheet();
          active.load("name");
          await context.sync();
          if (ours.sheets.includes(active.name)) sheetName = await existingSheet(context, ours.dataSheet);
        }
        const read = (name: string | undefined, useSelection: boolean): Promise<ExcelTable> =>
          readTarget(context, {
            sheetName: name,
            ourSheets: ours?.sheets,
            supports: options.supports,
            useSelection,
            messages: ui.excel,
            onProgress: (done, total) => options.onProgress?.("reading", done, total),
            isCancelled: options.isCancelled,
          });
        const selection = (options.useSelection ?? false) && sheetName === undefined;
        const table = await read(sheetName, selection);
        // The active sheet holds no distributors (a cover or a 填表说明 tab left in front) and nothing was
        // chosen (a sheet, a selection, a column): the sheet the last run tiered, else the first other
        // visible sheet whose header has a name column, is the one, as the CLI takes it; else the active
        // one, and its finding. Another sheet is read whole only where its top shows such a header, or
        // where the header could lie below its top.
        const chosen = Object.values(options.mapping ?? {}).some((v) => v !== null && v !== undefined);
        if (sheetName !== undefined || selection || chosen || hasNameHeader(table.values)) return table;
        const others = new Map((table.otherSheets ?? []).map((s) => [s.name, s]));
        const last = ours && others.has(ours.dataSheet) ? [ours.dataSheet] : [];
        for (const name of new Set([...last, ...others.keys()])) {
          const top = others.get(name);
          if (top && !hasNameHeader(top.head) && top.rows <= top.head.length) continue;
          const other = await read(name, false);
          if (hasNameHeader(other.values)) return other;
        }
        // Only a hidden sheet holds the distributors: it is not taken unasked (a hidden sheet is often a
        // lookup), but named, with how to unhide it, instead of "map the name column by hand", as the CLI.
        const hidden = await readHiddenSheets(context, table.hiddenSheets ?? [], ours?.sheets ?? []);
        const holder = hidden.find((h) => namesDistributors(h.head));
        if (holder)
          throw new OfficeApiError("hiddenSheet", ui.excel.hiddenDataSheet(table.sheetName, holder.name));
        return table;
      },
      applyPlan: (plan, table) =>
        applyPlanToExcel(context, plan, {
          messages: getMessages(options.uiLanguage ?? plan.language).excel,
          supports: options.supports,
          onProgress: (done, total) => options.onProgress?.("writing", done, total),
          isCancelled: options.isCancelled,
          hiddenRows: table.hiddenRows,
        }),
    },
    {
      language: options.language,
      rules: options.rules,
      mapping: options.mapping,
      asOf: options.asOf,
      savedSheet: options.savedSheet,
      dryRun: options.dryRun,
      reuse: options.reuse,
      messages: ui.engine,
      // The ribbon speaks Office's language, the workbook may speak another: its findings are the user's.
      findingLanguage: options.uiLanguage,
      planOf: (o) => o.plan,
      compute: (table, runOptions) => {
        options.onProgress?.("tiering", 0, table.values.length);
        return compute(table, runOptions);
      },
    },
  );
  // A damaged or hand-edited settings sheet is said, with the run's own findings.
  const outcome: PlainOutcome =
    run.settingsFindings.length > 0
      ? { ...run.outcome, findings: [...run.settingsFindings, ...run.outcome.findings] }
      : run.outcome;
  // A preview of a sheet the engine cannot tier yet is the pane's to show, its findings by the columns to
  // choose: thrown, it left the pane with an error bar and no columns to map, so a sheet whose name or
  // sales column went unrecognised could not be mapped in Excel at all (the demo door showed them).
  if (!outcome.plan && !options.dryRun)
    throw new TieringBlockedError(
      outcome.findings.filter((f) => f.severity === "error"),
      run.table.sheetName,
    );
  return { table: run.table, outcome, write: run.written, hadSettings: run.saved !== null, saved: run.saved };
}
