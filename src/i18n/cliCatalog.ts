import type { Language } from "../engine";
import { cliEnUS } from "./cli.en-US";
import { cliZhCN } from "./cli.zh-CN";
import type { CliMessages } from "./cliMessages";

const CATALOGS: Readonly<Record<Language, CliMessages>> = { "zh-CN": cliZhCN, "en-US": cliEnUS };

/**
 * What the command line says, in one language: its usage, its errors and its summary. The pane never
 * imports it, so its ~30 KB of text are not in the pane's first script.
 * @example getCliMessages("en-US").usage.startsWith("Usage") // true
 */
export function getCliMessages(language: Language): CliMessages {
  return CATALOGS[language];
}
