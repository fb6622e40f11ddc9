import { foldText } from "./normalize";

const TOTAL_WORDS = new Set([
  "合计",
  "总计",
  "小计",
  "总和",
  "共计",
  "累计",
  "合计数",
  "总合计",
  "本页合计",
  "全部合计",
  "total",
  "totals",
  "grandtotal",
  "subtotal",
  "sum",
  "overall",
  "alltotal",
  "total(all)",
]);

/**
 * Tells whether a name cell marks a totals row: 合计, 总计, 小计, Total, Grand Total, "合 计", "Total:".
 * A name that merely starts with "Total" ("Total Logistics Co.") is an account.
 * @example isTotalLabel("Grand Total") // true
 */
export function isTotalLabel(text: string): boolean {
  // Cheap screen first: this runs on every row of a million-row sheet.
  if (!/[合总小累计ｔＴｓＳｏＯ]|total|sum|overall/i.test(text)) return false;
  const f = foldText(text).replace(/[:：()（）]/g, "");
  if (f === "") return false;
  if (TOTAL_WORDS.has(f)) return true;
  // "华东区合计", "East subtotal": a region's subtotal.
  return /(合计|小计|总计|subtotal)$/.test(f) || /^(subtotal|totalfor|totalof)/.test(f);
}
