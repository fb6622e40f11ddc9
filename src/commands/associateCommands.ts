import { associateCommand } from "../excel/host";

/** The ribbon's FunctionName values; the manifest tests check each is associated here. */
export const COMMAND_IDS = ["rerunTiering"] as const;

/**
 * Associates the ribbon's ExecuteFunction handlers with Office. Called at the top level of the shared
 * runtime's entry, before `Office.onReady`, as Microsoft's pattern has it, so a first click is never
 * lost; the handler's code loads on the first click. The event is completed even if that load fails.
 * https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime
 * @example associateCommands()
 */
export function associateCommands(): void {
  associateCommand("rerunTiering", (event) => {
    import(/* webpackChunkName: "commands" */ "./registerCommands")
      .then(({ rerunFromRibbon }) => rerunFromRibbon(event))
      .catch(() => event.completed());
  });
}
