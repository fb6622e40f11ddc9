import { displayLanguage, oneAtATime, runInExcel, supports } from "../excel";
import { sharedCompute } from "../taskpane/compute";
import { showNotice } from "../excel/notice";
import { rerunTiering } from "./rerunTiering";

/**
 * The ribbon's re-run wired to Office: Excel.run (waiting out a cell edit, one run at a time with the
 * pane's), the host's API sets and display language, the notice. Loaded on the first click.
 * @example Office.actions.associate("rerunTiering", (event) => rerunFromRibbon(event))
 */
export function rerunFromRibbon(event: { completed: () => void }): Promise<void> {
  return rerunTiering(event, {
    // One run at a time with the pane's (they share this runtime).
    run: (batch) => oneAtATime(() => runInExcel(batch), { writes: true }),
    supports,
    displayLanguage,
    // In the pane when it is open, else in a small Office dialog (src/excel/notice.ts).
    notify: (message, title, kind, language) => showNotice({ title, message, kind, language }),
    now: () => new Date(),
    // In the worker, not on the shared runtime's UI thread: a million rows take seconds, and Office
    // restarts an add-in that stops responding for five.
    compute: sharedCompute(),
  });
}
