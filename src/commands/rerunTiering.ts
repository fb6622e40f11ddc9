import { type Language, fieldToChoose } from "../engine";
import { type TierInExcelOptions, isOfficeApiError, tierInExcel, TieringBlockedError } from "../excel";
import { getMessages, resolveLanguage } from "../i18n";

export type CommandDeps = {
  readonly run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  readonly supports: (set: string, version: string) => boolean;
  readonly displayLanguage: () => string | undefined;
  readonly notify: (
    message: string,
    title: string,
    type: "success" | "error" | "warning",
    language: Language,
  ) => Promise<void>;
  readonly now: () => Date;
  /** Where the engine runs: the worker the pane uses too, so the runtime's UI thread stays free. */
  readonly compute?: TierInExcelOptions["compute"];
};

/**
 * The "Re-run tiering / 重新分级" ribbon button: re-runs with the rules saved in the workbook, on the sheet
 * they were saved for, completes the event as soon as the work is done, then tells the user (in the pane
 * when it is open, else in a dialog).
 * @example Office.actions.associate("rerunTiering", (event) => rerunTiering(event, deps))
 */
export async function rerunTiering(event: { completed: () => void }, deps: CommandDeps): Promise<void> {
  const language: Language = resolveLanguage(deps.displayLanguage());
  const m = getMessages(language);
  let notice: { message: string; kind: "success" | "error" };
  try {
    // The sheet and the language the last run used (the saved settings), not the active sheet and
    // Office's display language: pressed while the strategy sheet is in view, it still tiers the data.
    const result = await deps.run((context) =>
      tierInExcel(context, {
        savedSheet: true,
        uiLanguage: language,
        supports: deps.supports,
        asOf: deps.now(),
        compute: deps.compute,
      }),
    );
    const s = result.outcome.summary;
    const lines = [
      m.excel.rerunDone(s.accounts, result.outcome.hasPrevious ? s.changes : null, result.hadSettings),
    ];
    // Accounts left out as ended, so the count adds up to the sheet's rows (as the pane says).
    if (s.ended.count > 0) lines.push(m.ui.endedLeftOut(s.ended.count));
    if (!result.hadSettings) lines.push(m.excel.rerunNoSettings);
    // A damaged settings sheet is said here too (the run went on with the defaults); it and each notable
    // finding are a paragraph of their own under the counts, not run on after them as one block.
    const said: string[] = [];
    const settings = result.outcome.findings.filter((f) => f.code === "rules.invalid");
    if (settings[0]) said.push(settings[0].message);
    for (const f of result.outcome.findings) if (NOTABLE.has(f.code)) said.push(f.message);
    notice = { message: [sentences(lines, language), ...said].join(PARAGRAPH), kind: "success" };
  } catch (error) {
    const message =
      error instanceof TieringBlockedError || isOfficeApiError(error)
        ? error.message
        : m.excel.unknown(error instanceof Error ? error.message : String(error));
    // A run that stopped on a cell (sales typed in two currencies): the cell is selected, as the pane's
    // "go to row" does, so the planner lands where the notice says.
    const selected = error instanceof TieringBlockedError ? await selectProblem(error, deps) : undefined;
    // A column to choose (gone since it was chosen, missing, taken twice) is chosen in the pane: said where.
    const choose =
      error instanceof TieringBlockedError &&
      error.findings[0] !== undefined &&
      fieldToChoose(error.findings[0]) !== undefined &&
      m.excel.rerunChooseColumn;
    notice = {
      message: sentences(
        [
          message,
          ...(selected ? [m.excel.rerunCellSelected(selected.cell, selected.hidden)] : []),
          ...(choose ? [choose] : []),
        ],
        language,
      ),
      kind: "error",
    };
  }
  // The work is done: Office is told at once, never kept waiting on the notice (the user may leave a
  // dialog open for minutes; until the event completes, the ribbon button stays busy).
  event.completed();
  await deps.notify(notice.message, m.excel.rerunTitle, notice.kind, language).catch(() => undefined);
}

/**
 * What changes how the whole run reads, said in its notice: other sheets of the same list, a sheet a
 * month, accounts a filter hides (tiered with the rest), the sheet renamed since the last run and a column
 * chosen by hand followed to where it moved (the run took both as before), columns headed like ours left
 * as the user's beside this run's, columns of ours the planner deleted, no longer written, and columns the
 * last run read that are gone (the run went on without them).
 */
const NOTABLE: ReadonlySet<string> = new Set([
  "sheet.sameList",
  "sheet.periodSheets",
  "rows.hidden",
  "sheet.renamed",
  "mapping.followed",
  "output.besideOthers",
  "output.outsideTable",
  "output.pivotTable",
  "output.dropped",
  "mapping.gone",
]);

/**
 * Between a notice's paragraphs: a blank line, which the dialog's page (white-space: pre-wrap) and the
 * pane's message bar (pre-line) both show.
 */
const PARAGRAPH = "\n\n";

/** Sentences of a notice in turn: after a Chinese full stop without a space, as Chinese text is written. */
const sentences = (parts: readonly string[], language: Language): string =>
  parts.join(language === "zh-CN" ? "" : " ");

/**
 * Selects the cell of a stopped run's first problem (the one its notice says) on the sheet it read.
 * Undefined where the problem names no cell, or the selection failed (the run's message stands alone).
 */
async function selectProblem(
  error: TieringBlockedError,
  deps: CommandDeps,
): Promise<{ cell: string; hidden: boolean } | undefined> {
  const first = error.findings[0];
  const sheet = error.sheetName;
  if (!first || first.row === undefined || first.column === undefined || !sheet) return undefined;
  const cell = `${first.column}${first.row}`;
  try {
    await deps.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
    return { cell, hidden: first.rowHidden === true };
  } catch {
    return undefined;
  }
}
