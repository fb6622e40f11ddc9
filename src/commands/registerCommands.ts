import { oneAtATime } from "../excel";
import { notifyUser } from "./notifyUser";
import { rerunTiering } from "./rerunTiering";

/**
 * The ribbon's re-run wired to Office: Excel.run (waiting out a cell edit, one run at a time with the
 * pane's), the host's API sets and display language, the notice. Loaded on the first click.
 * @example Office.actions.associate("rerunTiering", (event) => rerunFromRibbon(event))
 */
export function rerunFromRibbon(event: Office.AddinCommands.Event): Promise<void> {
  return rerunTiering(event, {
    // One run at a time with the pane's (they share this runtime).
    run: (batch) => oneAtATime(() => Excel.run({ delayForCellEdit: true }, batch), { writes: true }),
    supports: (set, version) => Office.context.requirements.isSetSupported(set, version),
    displayLanguage: () => Office.context.displayLanguage,
    notify: notifyUser,
    now: () => new Date(),
  });
}
