import { showPane } from "../excel/host";

/**
 * Tells the user what a ribbon command did. The archived `@microsoft/office-js-helpers` draws the
 * notice (its `UI.notify` banner) in the shared runtime's page, which `Office.addin.showAsTaskpane`
 * brings into view; the package is imported lazily, here only, so the pane's first load never pays
 * for it and nothing else depends on it. The banner sets the message with `textContent`, so sheet text
 * quoted in a message stays text.
 * @example await notifyUser("Tiered 300 accounts", "Channel Tiering", "success")
 */
export async function notifyUser(
  message: string,
  title: string,
  type: "success" | "error" | "warning",
): Promise<void> {
  await showPane();
  const { UI } = await import(/* webpackChunkName: "office-js-helpers" */ "@microsoft/office-js-helpers");
  UI.notify(message, title, type);
}
