import { type Theme, teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

/**
 * The Fluent theme that follows Office's: high contrast when the system forces colours, dark when
 * Office's body background is dark (or, outside Office, when the system prefers dark).
 * @example pickTheme(Office.context.officeTheme)
 */
export function pickTheme(officeTheme: { bodyBackgroundColor?: string } | undefined): Theme {
  if (typeof window !== "undefined" && window.matchMedia?.("(forced-colors: active)").matches) return teamsHighContrastTheme;
  const bg = officeTheme?.bodyBackgroundColor;
  if (bg && /^#?[0-9a-f]{6}$/i.test(bg)) {
    const hex = bg.replace("#", "");
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
    return 0.299 * r + 0.587 * g + 0.114 * b < 128 ? webDarkTheme : webLightTheme;
  }
  if (typeof window !== "undefined" && window.matchMedia?.("(prefers-color-scheme: dark)").matches) return webDarkTheme;
  return webLightTheme;
}
