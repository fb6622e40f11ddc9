/** Class codes of the six classification dimensions. Unrecognised text is kept as found. */
export type ManagementModeCode =
  "direct" | "generalAgent" | "regionalAgent" | "primary" | "secondary" | "franchise" | "unknown";
export type SalesModeCode = "wholesale" | "distribution" | "retail" | "project" | "ecommerce" | "unknown";
export type CreditClass = "A" | "B" | "C" | "D";
export type PotentialClass = "high" | "medium" | "low";
export type ShareClass = "dominant" | "strong" | "competitive" | "weak";
export type SensitivityCode =
  "price" | "service" | "brand" | "rebate" | "quality" | "relationship" | "terms" | "unknown";

export type Change = "new" | "same" | "promoted" | "demoted";
