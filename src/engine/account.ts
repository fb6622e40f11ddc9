import type { Change } from "./classes";
import type { Tier } from "./rules";

/** Why an active row is active, or why a prospect is a prospect. */
export type Standing = "sales" | "statusActive" | "noSales" | "unreadableSales" | "statusProspect" | "belowMinimum";

/** One tiered row: what was read, what was decided, and why. */
export type AccountResult = {
  /** Index of the row within the grid. */
  readonly index: number;
  /** 1-based sheet row. */
  readonly row: number;
  readonly name: string;
  /** Current revenue in yuan, parsed; null when blank or unreadable. */
  revenue: number | null;
  priorRevenue: number | null;
  growth: number | null;
  tenureYears: number | null;
  strategic: boolean;
  region: string;
  owner: string;
  standing: Standing;
  /** The raw text behind an unreadable revenue or a status, for explanations. */
  standingText: string;
  /** Importance score 0-100 and its parts in points (they add up to the score). */
  score: number;
  partRevenue: number;
  partGrowth: number;
  partTenure: number;
  partStrategic: number;
  /** Position in the method's ranking among accounts the machine tiers (1 = first), or null. */
  rank: number | null;
  /** Signed distance to the key boundary in the method's own scale; ≥ 0 means key. */
  margin: number;
  machineTier: Tier;
  override: Tier | null;
  tier: Tier;
  /** The previous run kept this tier because the account sits within the hysteresis band. */
  held: boolean;
  previousTier: Tier | null;
  change: Change;
  promotionCandidate: boolean;
  /** Class codes of the six dimensions; null where the sheet has no input for that dimension. */
  managementMode: string | null;
  salesMode: string | null;
  credit: string | null;
  potential: string | null;
  regionalShare: string | null;
  sensitivity: string | null;
  /** Share of the team's sales time (0-1) and hours per month when a capacity is set. */
  timeShare: number;
  hours: number | null;
  reason: string;
  note: string;
};
