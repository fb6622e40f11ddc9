import { teamsHighContrastTheme } from "@fluentui/react-components";

/** High contrast, loaded on demand. */
export const highContrastTheme = teamsHighContrastTheme;
