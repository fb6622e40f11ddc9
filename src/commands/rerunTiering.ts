import { type Language } from "../engine";
import { isOfficeApiError, tierInExcel, TieringBlockedError } from "../excel";
import { getMessages, resolveLanguage } from "../i18n";

export type CommandDeps = {
  readonly run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  readonly supports: (set: string, version: string) => boolean;
  readonly displayLanguage: () => string | undefined;
  readonly notify: (message: string, title: string, type: "success" | "error" | "warning") => Promise<void>;
  readonly now: () => Date;
};

/**
 * The "Re-run tiering / 重新分级" ribbon button: re-runs with the rules saved in the workbook, with the
 * pane closed, tells the user what happened, and always completes the event.
 * @example Office.actions.associate("rerunTiering", (event) => rerunTiering(event, deps))
 */
export async function rerunTiering(event: { completed: () => void }, deps: CommandDeps): Promise<void> {
  const language: Language = resolveLanguage(deps.displayLanguage());
  const m = getMessages(language);
  try {
    // The sheet and the language the last run used (the saved settings), not the active sheet and
    // Office's display language: pressed while the strategy sheet is in view, it still tiers the data.
    const result = await deps.run((context) =>
      tierInExcel(context, {
        savedSheet: true,
        uiLanguage: language,
        supports: deps.supports,
        asOf: deps.now(),
      }),
    );
    const s = result.outcome.summary;
    const lines = [
      m.excel.rerunDone(
        s.accounts,
        s.changes.promoted,
        s.changes.demoted,
        result.outcome.hasPrevious ? s.changes.new : 0,
      ),
    ];
    if (!result.hadSettings) lines.push(m.excel.rerunNoSettings);
    await deps.notify(lines.join(" "), m.excel.rerunTitle, "success");
  } catch (error) {
    const message =
      error instanceof TieringBlockedError || isOfficeApiError(error)
        ? error.message
        : m.excel.unknown(error instanceof Error ? error.message : String(error));
    await deps.notify(message, m.excel.rerunTitle, "error").catch(() => undefined);
  } finally {
    event.completed();
  }
}
