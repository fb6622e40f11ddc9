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
