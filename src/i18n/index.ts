import type { EngineMessages, Language } from "../engine";
import { engineEnUS } from "./engine.en-US";
import { excelEnUS } from "./excel.en-US";
import { excelZhCN } from "./excel.zh-CN";
import type { ExcelMessages } from "./excelMessages";
import { uiEnUS } from "./ui.en-US";
import { uiZhCN } from "./ui.zh-CN";
import type { UiMessages } from "./uiMessages";
import { engineZhCN } from "./engine.zh-CN";
import { workbookEnUS } from "./workbook.en-US";
import { workbookZhCN } from "./workbook.zh-CN";
import type { WorkbookMessages } from "./workbookMessages";

export type { CliMessages } from "./cliMessages";
export { getCliMessages } from "./cliCatalog";
export type { ExcelMessages } from "./excelMessages";
export type { UiMessages } from "./uiMessages";
export type { WorkbookMessages } from "./workbookMessages";
export {
  type CurrencyCode,
  formatDecimal,
  formatScore,
  formatInteger,
  formatMoney,
  formatPercent,
  formatYuanEn,
  formatYuanZh,
  headerInCurrency,
  joinNonEmpty,
} from "./format";

export const LANGUAGES: readonly Language[] = ["zh-CN", "en-US"];

/**
 * Everything the product says in the workbook, the pane and the ribbon, in one language. The command
 * line's own words are `getCliMessages`'s: kept apart, they stay out of the pane's first script.
 */
export type Messages = {
  readonly engine: EngineMessages;
  readonly workbook: WorkbookMessages;
  readonly excel: ExcelMessages;
  readonly ui: UiMessages;
};

const CATALOGS: Readonly<Record<Language, Messages>> = {
  "zh-CN": { engine: engineZhCN, workbook: workbookZhCN, excel: excelZhCN, ui: uiZhCN },
  "en-US": { engine: engineEnUS, workbook: workbookEnUS, excel: excelEnUS, ui: uiEnUS },
};

/**
 * The catalog for a language.
 * @example getMessages("zh-CN").engine.tier.key // "重点客户"
 */
export function getMessages(language: Language): Messages {
  return CATALOGS[language];
}

/**
 * Maps a display language such as Office's `zh-CN`, `zh-Hans-CN`, `zh-TW` or `en-GB` to one we ship.
 * @example resolveLanguage("zh-Hans") // "zh-CN"
 */
export function resolveLanguage(tag: string | null | undefined): Language {
  return typeof tag === "string" && /^zh([-_.]|$)/i.test(tag) ? "zh-CN" : "en-US";
}

/**
 * Tells whether a text is one of ours: `zh-CN` or `en-US`.
 * @example isLanguage("fr-FR") // false
 */
export function isLanguage(tag: unknown): tag is Language {
  return tag === "zh-CN" || tag === "en-US";
}
