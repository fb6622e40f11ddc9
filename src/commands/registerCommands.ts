import { oneAtATime } from "../excel";
import { notifyUser } from "./notifyUser";
import { rerunTiering } from "./rerunTiering";

/** The ribbon's FunctionName values; the manifest tests check each is associated here. */
export const COMMAND_IDS = ["rerunTiering"] as const;

/**
 * Associates the ribbon's ExecuteFunction handlers with Office (shared runtime: call once, at start-up).
 * @example Office.onReady(() => registerCommands())
 */
export function registerCommands(): void {
  Office.actions.associate("rerunTiering", (event: Office.AddinCommands.Event) =>
    rerunTiering(event, {
      // One run at a time with the pane's (they share this runtime).
      run: (batch) => oneAtATime(() => Excel.run({ delayForCellEdit: true }, batch), { writes: true }),
      supports: (set, version) => Office.context.requirements.isSetSupported(set, version),
      displayLanguage: () => Office.context.displayLanguage,
      notify: notifyUser,
      now: () => new Date(),
    }),
  );
}
