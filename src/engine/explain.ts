import type { AccountResult } from "./account";
import type { EngineMessages } from "./messages";
import type { RankOutcome } from "./rank";
import type { Rules } from "./rules";

/**
 * Says in one short sentence, in the user's language, why an account has its tier. An override says
 * so and nothing else; `position` is the account's index in the result; a machine tier cites the method's own measure and the score's main parts.
 * @example explainTier(account, 0, rank, DEFAULT_RULES, enUS) // "Rank 3 of 120 by score (82.4): 8.2% of revenue, 6 years as partner"
 */
export function explainTier(a: AccountResult, position: number, rank: RankOutcome, rules: Rules, m: EngineMessages): string {
  const r = m.reason;
  if (a.override !== null) return r.override(m.tier[a.override]);
  switch (a.standing) {
    case "noSales":
      return r.noSales();
    case "unreadableSales":
      return r.unreadableSales(a.standingText);
    case "statusProspect":
      return r.statusProspect(a.standingText);
    case "belowMinimum":
      return r.belowMinimum(a.revenue ?? 0, rules.tiering.ordinaryMinRevenue);
    default:
      break;
  }
  const parts: string[] = [];
  if (a.standing === "statusActive") parts.push(r.statusActive(a.standingText));
  const t = rules.tiering;
  const details = r.details({
    revenueShare: a.revenue !== null && rank.totalRevenue > 0 ? Math.max(0, a.revenue) / rank.totalRevenue : null,
    growth: a.growth,
    tenureYears: a.tenureYears,
    strategic: a.strategic,
  });
  switch (t.method) {
    case "countShare":
      parts.push(r.rank(a.rank ?? 0, rank.pool, a.score));
      if (details !== "") parts.push(details);
      if (a.machineTier !== "key") parts.push(r.keyCut(rank.quota));
      break;
    case "cumulativeRevenue":
      parts.push(r.cumulative(rank.cumulativeBefore[position] ?? 0, t.keyRevenueShare));
      if (details !== "") parts.push(details);
      break;
    case "revenueThreshold":
      parts.push(r.threshold(a.revenue ?? 0, t.keyMinRevenue, a.margin >= 0));
      if (details !== "") parts.push(details);
      break;
    case "scoreThreshold":
      parts.push(r.scoreThreshold(a.score, t.keyMinScore, a.margin >= 0));
      if (details !== "") parts.push(details);
      break;
  }
  if (a.held && a.previousTier !== null) parts.push(r.held(m.tier[a.previousTier], t.hysteresis));
  return r.join(parts);
}
