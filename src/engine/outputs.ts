import type { Dimension } from "./account";

/** The columns the product writes right of the user's data, in this order. */
export type OutputKey =
  | "tier"
  | "score"
  | "change"
  | "reason"
  | "nextReview"
  | "timeShare"
  | "hours"
  | "mgmtClass"
  | "salesClass"
  | "creditClass"
  | "potentialClass"
  | "shareClass"
  | "sensitivityClass"
  | "promotion"
  | "note";

export const OUTPUT_KEYS: readonly OutputKey[] = [
  "tier",
  "score",
  "change",
  "reason",
  "nextReview",
  "timeShare",
  "hours",
  "mgmtClass",
  "salesClass",
  "creditClass",
  "potentialClass",
  "shareClass",
  "sensitivityClass",
  "promotion",
  "note",
];

/** The output column of each classification dimension. */
const CLASS_COLUMN = {
  managementMode: "mgmtClass",
  salesMode: "salesClass",
  credit: "creditClass",
  potential: "potentialClass",
  regionalShare: "shareClass",
  sensitivity: "sensitivityClass",
} as const satisfies Record<Dimension, OutputKey>;

/**
 * The columns a run on this sheet can write, in order, before the rules turn any off: the hours where
 * the team's capacity is known, a class column where the sheet has its dimension's input.
 * @example sheetColumns({ managementMode: true, salesMode: false, credit: false, potential: false, regionalShare: false, sensitivity: false }, null) // [..., "mgmtClass", "promotion", "note"]
 */
export function sheetColumns(
  dimensions: Readonly<Record<Dimension, boolean>>,
  capacityHours: number | null,
): OutputKey[] {
  const keys: OutputKey[] = ["tier", "score", "change", "reason", "nextReview", "timeShare"];
  if (capacityHours !== null) keys.push("hours");
  for (const [dimension, key] of Object.entries(CLASS_COLUMN) as [Dimension, OutputKey][])
    if (dimensions[dimension]) keys.push(key);
  keys.push("promotion", "note");
  return keys;
}
