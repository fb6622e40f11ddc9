import type { EngineMessages, Finding, Language } from "../engine";
import { type SavedSettings, parseSettings, productSheetsOf } from "./settings";
import type { SheetTable } from "./sheetTable";
import type { ChosenMapping, RunOptions } from "./runTiering";
import type { WritePlan } from "./writePlan";

/** What a door does with its workbook: every door (CLI, pane, ribbon) implements these three. */
export type WorkbookPort<Written, Table extends SheetTable = SheetTable> = {
  /** The settings sheet's cells in order, or none when there is no settings sheet. */
  readonly readSettings: () => Promise<readonly unknown[]>;
  /**
   * Reads the sheet to tier: `savedSheet` when given (and the workbook has it), else the door's choice;
   * when that choice falls on a sheet an earlier run wrote (`ours.sheets`: its strategy sheet, change log
   * or settings), the sheet that run tiered (`ours.dataSheet`) instead, when the workbook still has it.
   */
  readonly readTable: (savedSheet: string | undefined, ours: OurSheets | undefined) => Promise<Table>;
  /** Writes a plan (only ever one that was computed in full first) made from `table`, the sheet as read. */
  readonly applyPlan: (plan: WritePlan, table: Table) => Promise<Written>;
};

/** The sheets an earlier run wrote, by its settings, and the sheet it tiered. */
export type OurSheets = { readonly sheets: readonly string[]; readonly dataSheet: string };

/** What the saved settings say of the workbook's sheets, or undefined when there are none. */
function ourSheetsOf(saved: SavedSettings | null): OurSheets | undefined {
  if (!saved || saved.sheet === "") return undefined;
  return { sheets: [...productSheetsOf(saved).keys()], dataSheet: saved.sheet };
}

export type TierWorkbookOptions<Outcome, Table extends SheetTable = SheetTable> = {
  /** Language of everything written; omitted: the last run's (saved), else detected from the headers. */
  readonly language?: Language | undefined;
  readonly rules?: unknown;
  /** Columns chosen by hand, over the saved mapping (see `RunOptions.mapping`). */
  readonly mapping?: ChosenMapping | undefined;
  readonly asOf: Date;
  /** Tier the sheet the saved settings name (the ribbon), not the door's own choice. */
  readonly savedSheet?: boolean | undefined;
  /** Read and tier, write nothing (the pane's preview). */
  readonly dryRun?: boolean | undefined;
  /** The engine: in this thread (CLI) or in a worker (the add-in). */
  readonly compute: (table: Table, options: RunOptions) => Promise<Outcome>;
  /** The plan an outcome carries, or null when a finding of severity `error` forbids writing. */
  readonly planOf: (outcome: Outcome) => WritePlan | null;
  /** Messages for the settings' own findings (the user's language). */
  readonly messages: EngineMessages;
  /** Language of the run's findings; omitted: the workbook's (see RunOptions.findingLanguage). */
  readonly findingLanguage?: Language | undefined;
  /** A sheet read moments ago, with its settings: tier it again without reading (a preview). */
  readonly reuse?: { readonly table: Table; readonly saved: SavedSettings | null } | undefined;
};

export type TierWorkbookResult<Outcome, Written, Table extends SheetTable = SheetTable> = {
  readonly table: Table;
  readonly outcome: Outcome;
  /** The settings an earlier run saved, or null (none, or unreadable: see settingsFindings). */
  readonly saved: SavedSettings | null;
  /** What is wrong with the saved settings (a hand-edited or damaged settings sheet): every door says it. */
  readonly settingsFindings: readonly Finding[];
  /** What the door wrote, or null for a dry run or a blocked run. */
  readonly written: Written | null;
};

/**
 * The one run sequence of every door: read the saved settings, read the sheet (the saved one when asked),
 * tier with one rule for the language (asked for, else the last run's, else the headers'), and write the
 * plan only when nothing blocks it. The settings' own findings come back to be shown, never dropped.
 * @example await tierWorkbook(port, { asOf, compute, planOf: (o) => o.plan, messages })
 */
export async function tierWorkbook<Outcome, Written, Table extends SheetTable = SheetTable>(
  port: WorkbookPort<Written, Table>,
  options: TierWorkbookOptions<Outcome, Table>,
): Promise<TierWorkbookResult<Outcome, Written, Table>> {
  let saved: SavedSettings | null;
  let settingsFindings: readonly Finding[] = [];
  let table: Table;
  if (options.reuse) {
    ({ table, saved } = options.reuse);
  } else {
    const parsed = parseSettings(await port.readSettings(), options.messages);
    saved = parsed.settings;
    // The run goes on with the defaults for what could not be read: a warning, never a block.
    settingsFindings = parsed.findings.map((f) => ({ ...f, severity: "warning" as const }));
    table = await port.readTable(options.savedSheet && saved ? saved.sheet : undefined, ourSheetsOf(saved));
  }
  const outcome = await options.compute(table, {
    language: options.language ?? saved?.language,
    findingLanguage: options.findingLanguage,
    rules: options.rules,
    mapping: options.mapping,
    previous: saved,
    asOf: options.asOf,
  });
  const plan = options.planOf(outcome);
  const written = plan && !options.dryRun ? await port.applyPlan(plan, table) : null;
  return { table, outcome, saved, settingsFindings, written };
}
