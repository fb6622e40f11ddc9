import { isOwnChange } from "./runLock";

/**
 * Office itself, for the doors: only src/excel touches the `Office` and `Excel` globals (the lint rule
 * no-restricted-globals holds the rest of src to it). Small and free of the adapter's weight, so the
 * pane's entry can import it.
 */

/** What Office.onReady tells: Excel, or no host at all (demo mode). */
export type HostInfo = {
  readonly inExcel: boolean;
  /** Office's display language (e.g. "zh-CN"), in Excel only. */
  readonly displayLanguage: string | undefined;
  /** Office's theme, in Excel only. */
  readonly theme: { readonly bodyBackgroundColor?: string } | undefined;
};

/**
 * Resolves once Office is ready. Outside Office, onReady gives `host: null`: that is demo mode.
 * @example const host = await whenOfficeReady()
 */
export async function whenOfficeReady(): Promise<HostInfo> {
  const info = await Office.onReady();
  const inExcel = info.host === Office.HostType.Excel;
  return {
    inExcel,
    displayLanguage: inExcel ? Office.context.displayLanguage : undefined,
    theme: inExcel ? Office.context.officeTheme : undefined,
  };
}

/**
 * Associates a ribbon command's FunctionName with its handler; false outside Office (nothing to do).
 * @example associateCommand("rerunTiering", (event) => run(event))
 */
export function associateCommand(
  name: string,
  handler: (event: Office.AddinCommands.Event) => void,
): boolean {
  try {
    if (typeof Office === "undefined" || !Office.actions) return false;
    Office.actions.associate(name, handler);
    return true;
  } catch {
    return false;
  }
}

/** `Office.context.requirements.isSetSupported`, false outside Office. */
export function supports(set: string, version: string): boolean {
  return typeof Office !== "undefined" && Boolean(Office.context?.requirements?.isSetSupported(set, version));
}

/** Office's display language, or undefined outside Office. */
export function displayLanguage(): string | undefined {
  return typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
}

/**
 * One batch against the workbook, waiting while the user edits a cell instead of failing.
 * @example await runInExcel((context) => tierInExcel(context, options))
 */
export function runInExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run({ delayForCellEdit: true }, batch);
}

/**
 * From a dialog's page: tells the add-in (which closes the dialog).
 * @example answerDialog("closed")
 */
export function answerDialog(message: string): void {
  void Office.onReady(() => Office.context.ui.messageParent(message));
}

/** Brings the shared runtime's pane into view where the host allows it; never throws. */
export async function showPane(): Promise<void> {
  try {
    if (supports("SharedRuntime", "1.1")) await Office.addin.showAsTaskpane();
  } catch {
    // The pane may simply stay hidden.
  }
}

/**
 * Calls `listener` when the user edits a sheet (any sheet where ExcelApi 1.9 allows, else the active one),
 * never for the add-in's own writes (see isOwnChange). Returns the unsubscribe. Failures to register or
 * remove the handler are swallowed: without the event the pane only cannot say the sheet changed.
 * @example const stop = onUserEdit(() => markStale())
 */
export function onUserEdit(listener: () => void): () => void {
  let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null = null;
  Excel.run(async (context) => {
    const source = supports("ExcelApi", "1.9")
      ? context.workbook.worksheets
      : context.workbook.worksheets.getActiveWorksheet();
    handler = source.onChanged.add(async (event) => {
      // Our own writes fire this event too (Excel: "triggered by add-in code").
      if (!isOwnChange(event)) listener();
    });
    await context.sync();
  }).catch(() => undefined);
  return () => {
    const h = handler as OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null;
    if (h)
      Excel.run(h.context, async (context) => {
        h.remove();
        await context.sync();
      }).catch(() => undefined);
  };
}
