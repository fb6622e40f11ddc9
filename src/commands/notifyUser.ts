import type { Language } from "../engine";
import { showNotice } from "../excel/notice";

/**
 * Tells the user what a ribbon command did: in the pane when it is open, else in a small Office dialog
 * (src/excel/notice.ts). Never throws.
 * @example await notifyUser("Tiered 300 accounts", "Channel Tiering", "success", "en-US")
 */
export function notifyUser(
  message: string,
  title: string,
  type: "success" | "error" | "warning",
  language: Language,
): Promise<void> {
  return showNotice({ title, message, kind: type, language });
}
