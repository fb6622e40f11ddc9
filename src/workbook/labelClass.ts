import { type AccountTable, CREDIT_SET_BY, type EngineMessages, dimensionAt } from "../engine";

type Dimension = keyof EngineMessages["classes"];

/**
 * The label of a class code in the user's language; text the engine kept as found comes back as is.
 * @example labelClass(zhCN, "potential", "high") // "高"
 */
export function labelClass(m: EngineMessages, dimension: Dimension, code: string | null): string {
  if (code === null) return "";
  const labels = m.classes[dimension] as Readonly<Record<string, string>>;
  return Object.prototype.hasOwnProperty.call(labels, code) ? (labels[code] as string) : code;
}

/**
 * Row `i`'s credit class as the credit column writes it: the class, and the days overdue where they set
 * it ("D（逾期113天）"), or the legal dispute that did ("D（法律纠纷）": a plain D sent its owner to collect
 * what was overdue, though nothing was), or the hold ("D（供货或授信冻结）"); "" without a credit input.
 * @example creditLabelAt(table, 0, zhCN) // "D（逾期113天）"
 */
export function creditLabelAt(t: AccountTable, i: number, m: EngineMessages): string {
  const code = dimensionAt(t, "credit", i);
  if (code === null) return "";
  if (code === "D" && t.statusRisk[i] === 2) return m.creditDisputeLabel(code);
  // A hold set the D (a rating of A and no days overdue beside it): said, not left a bare D to wonder at.
  if (code === "D" && t.statusRisk[i] === 3) return m.creditHoldLabel(code);
  if (t.creditSetBy[i] === CREDIT_SET_BY.limit) return m.creditOverLimitLabel(code, t.overLimit[i] as number);
  // Grave arrears in words (严重拖欠, 坏账) set it: said so, not "D（有逾期）" as for a plain 是.
  if (t.creditSetBy[i] === CREDIT_SET_BY.severe) return m.creditSevereLabel(code);
  const days = t.overdueDays[i] as number;
  return t.creditSetBy[i] === CREDIT_SET_BY.overdue && code !== "unknown"
    ? m.creditLabel(code, Number.isNaN(days) ? null : days, t.overdueDaysTo[i] as number)
    : labelClass(m, "credit", code);
}
