/**
 * The ribbon's notice. Shown in the pane when the pane is open (the shared runtime's page is visible),
 * else in an Office dialog on a small page of ours (notice.html): `Office.addin.showAsTaskpane()` is
 * ignored for Marketplace installs, a dialog is not. The dialog is opened with office-js-helpers'
 * `Dialog`, the one thing of that archived package the add-in uses: a promise around
 * `displayDialogAsync` that closes the dialog when its page answers (loaded on the first notice only).
 */

export type Notice = {
  readonly title: string;
  readonly message: string;
  readonly kind: "success" | "error" | "warning";
  readonly language: "zh-CN" | "en-US";
};

/**
 * The notice a URL fragment carries (`#t=…&m=…&k=…&l=…`), with safe defaults for anything missing.
 * @example parseNotice("#t=Hi&m=Done&k=success&l=en-US").message // "Done"
 */
export function parseNotice(hash: string): Notice {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const kind = p.get("k");
  return {
    title: p.get("t") ?? "",
    message: p.get("m") ?? "",
    kind: kind === "error" || kind === "warning" ? kind : "success",
    language: p.get("l") === "zh-CN" ? "zh-CN" : "en-US",
  };
}

/**
 * The fragment for a notice: the dialog page reads it back with parseNotice.
 * @example noticeFragment({ title: "T", message: "M", kind: "error", language: "zh-CN" }) // "#t=T&m=M&k=error&l=zh-CN"
 */
export function noticeFragment(n: Notice): string {
  return `#${new URLSearchParams({ t: n.title, m: n.message, k: n.kind, l: n.language }).toString()}`;
}

/** The event the pane listens to for a notice (same runtime, same window). */
export const NOTICE_EVENT = "channel-tiering:notice";

/**
 * Shows a notice in the open pane, or in a dialog when the pane is hidden. Never throws; resolves when
 * the user closed the dialog (or at once for the pane).
 * @example await showNotice({ title: "Channel Tiering", message: "Tiered 300 accounts", kind: "success", language: "en-US" })
 */
export async function showNotice(n: Notice): Promise<void> {
  if (typeof document !== "undefined" && document.visibilityState === "visible") {
    window.dispatchEvent(new CustomEvent<Notice>(NOTICE_EVENT, { detail: n }));
    return;
  }
  try {
    const { Dialog } = await import(
      /* webpackChunkName: "office-js-helpers" */ "@microsoft/office-js-helpers"
    );
    const url = new URL("notice.html", window.location.href).href + noticeFragment(n);
    await new Dialog<string>(url, 440, 280).result;
  } catch {
    // The user closed the dialog, or it could not open (another dialog is open): nothing more to do.
  }
}
