import type { Cell } from "./cells";
import { foldText } from "./normalize";

const TOTAL_WORDS = new Set([
  "合计",
  "汇总",
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

/** Whether the text holds any character the total words start from (a superset of the regex's matches). */
function mayNameTotal(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 128) {
      const lower = c | 32;
      if (lower === 116 || lower === 115 || lower === 111) return true;
    } else if (
      // 合 总 小 累 计 汇, and the full-width ｔＴｓＳｏＯ
      c === 0x5408 ||
      c === 0x6c47 ||
      c === 0x603b ||
      c === 0x5c0f ||
      c === 0x7d2f ||
      c === 0x8ba1 ||
      c === 0xff54 ||
      c === 0xff34 ||
      c === 0xff53 ||
      c === 0xff33 ||
      c === 0xff4f ||
      c === 0xff2f
    )
      return true;
  }
  return false;
}

/**
 * Tells whether a name cell marks a totals row: 合计, 总计, 小计, Total, Grand Total, "合 计", "Total:".
 * A name that merely starts with "Total" ("Total Logistics Co.") is an account.
 * @example isTotalLabel("Grand Total") // true
 */
export function isTotalLabel(text: string): boolean {
  // Cheap screens first: this runs on every row of a million-row sheet. No character that a total's
  // words need (t, s, o in any case, 合总小累计, their full-width letters): not a total, and no regex run.
  if (!mayNameTotal(text)) return false;
  if (!/[合总小累计汇ｔＴｓＳｏＯ]|total|sum|overall/i.test(text)) return false;
  const f = foldText(text).replace(/[:：()（）]/g, "");
  if (f === "") return false;
  if (TOTAL_WORDS.has(f)) return true;
  // "华东区合计", "华东汇总", "East subtotal": a region's subtotal.
  return /(合计|小计|总计|汇总|subtotal)$/.test(f) || /^(subtotal|totalfor|totalof)/.test(f);
}

/**
 * The label of a row without a name that marks it a total ("合计" in another column), trimmed, if it has
 * one: the row's first text.
 * @example unnamedTotalLabel([null, " 合计 ", 300]) // "合计"
 */
export function unnamedTotalLabel(row: readonly Cell[]): string | undefined {
  const label = row.find((c) => typeof c === "string" && c.trim() !== "");
  return typeof label === "string" && isTotalLabel(label) ? label.trim() : undefined;
}
