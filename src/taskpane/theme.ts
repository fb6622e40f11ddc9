import { type Theme, webLightTheme } from "@fluentui/react-components";

/**
 * The Fluent theme that follows Office's: high contrast when the system forces colours, dark when
 * Office's body background is dark (or, outside Office, when the system prefers dark). The light theme
 * ships in the first load; the others load only when asked for.
 * @example const theme = await pickTheme(Office.context.officeTheme)
 */
export async function pickTheme(officeTheme: { bodyBackgroundColor?: string } | undefined): Promise<Theme> {
  if (typeof window !== "undefined" && window.matchMedia?.("(forced-colors: active)").matches) {
    return (await import(/* webpackChunkName: "theme-hc" */ "./themes/highContrast")).highContrastTheme;
  }
  let dark = false;
  const bg = officeTheme?.bodyBackgroundColor;
  if (bg && /^#?[0-9a-f]{6}$/i.test(bg)) {
    const hex = bg.replace("#", "");
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
    dark = 0.299 * r + 0.587 * g + 0.114 * b < 128;
  } else if (typeof window !== "undefined") {
    dark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  }
  if (dark) return (await import(/* webpackChunkName: "theme-dark" */ "./themes/dark")).darkTheme;
  return webLightTheme;
}
