import { webDarkTheme } from "@fluentui/react-components";

/** Office's dark theme, loaded on demand. */
export const darkTheme = webDarkTheme;
