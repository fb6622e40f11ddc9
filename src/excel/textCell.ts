import { NEEDS_TEXT_PREFIX, type PlanCell } from "../workbook";

/**
 * A plan value as Excel's `values` must receive it so that text stays text, as it is: a leading
 * apostrophe makes Excel store `=1+1` as the text "=1+1" (the apostrophe is a prefix, not part of the
 * value), and `''Smith` as "'Smith" (a name that starts with one keeps it).
 * @example toExcelValue("=1+1") // "'=1+1"
 */
export function toExcelValue(v: PlanCell): string | number {
  if (v === null) return "";
  if (typeof v === "string" && NEEDS_TEXT_PREFIX.test(v)) return `'${v}`;
  return v;
}

/**
 * An upper bound of the bytes one value adds to a request's JSON: UTF-8 text can take three bytes a
 * character, and escaping adds a few; numbers at most 24. Used to size chunks below the payload limit.
 * @example estimateBytes("重点客户") // 17
 */
export function estimateBytes(v: string | number): number {
  return typeof v === "number" ? 24 : v.length * 3 + 5;
}
