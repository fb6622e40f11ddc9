import { TRADITIONAL_SIMPLIFIED } from "./hanziTable";

/**
 * Traditional Chinese read as simplified, for matching only: a sheet from Taiwan or Hong Kong
 * (經銷商名稱, 年銷售額（萬元）, 客戶狀態: 停止合作) or a tiered workbook run through Excel's 简转繁 reads as
 * its simplified form does. It was a sheet of 301 prospects with no sales column. What a cell shows
 * is never changed: names, regions and owners are written back as the user typed them.
 */
const PAIRS = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL_SIMPLIFIED.length; i += 2)
  PAIRS.set(TRADITIONAL_SIMPLIFIED[i] as string, TRADITIONAL_SIMPLIFIED[i + 1] as string);
const TRADITIONAL = new RegExp(`[${[...PAIRS.keys()].join("")}]`);
const TRADITIONAL_ALL = new RegExp(TRADITIONAL.source, "g");

/**
 * The text with each traditional character of the tool's words in its simplified form; the text itself
 * where it has none (the common case, one test).
 * @example simplifiedForm("經銷商名稱") // "经销商名称"
 */
export function simplifiedForm(text: string): string {
  if (!TRADITIONAL.test(text)) return text;
  return text.replace(TRADITIONAL_ALL, (c) => PAIRS.get(c) ?? c);
}
