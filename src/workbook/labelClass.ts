import type { EngineMessages } from "../engine";

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
