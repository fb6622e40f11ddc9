import {
  type AccountTable,
  KEY_BY_CODE,
  MOVE_KEPT_DOWN,
  MOVE_KEPT_UP,
  MOVE_UP,
  STANDINGS,
  TIER_CODE,
  textAt,
  tierCode,
} from "./account";
import type { EngineMessages } from "./messages";
import type { RankOutcome } from "./rank";
import { type Rules, TIERS, type Tier } from "./rules";

const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

/** The lines every row of a run shares (the key line, the gate), worded once per run and language. */
const linesOfRun = new WeakMap<RankOutcome, Map<EngineMessages, { keyLine: string; belowGate: string }>>();

function runLines(rank: RankOutcome, m: EngineMessages): { keyLine: string; belowGate: string } {
  let byLanguage = linesOfRun.get(rank);
  if (!byLanguage) linesOfRun.set(rank, (byLanguage = new Map()));
  let lines = byLanguage.get(m);
  if (!lines) {
    const r = m.reason;
    lines = {
      keyLine: r.placesTaken(
        rank.keyCount,
        // Every account set key by hand, where they are more than the places (said so on the column).
        rank.byHand,
        rank.core,
        rank.quota - rank.core,
        rank.keyMoved,
      ),
      belowGate: r.belowGate(rank.gateRevenue),
    };
    byLanguage.set(m, lines);
  }
  return lines;
}

/**
 * Says in one short sentence, in the user's language, why row `i` has its tier. An override says so and
 * nothing else; a machine tier cites the way it came in (revenue core, rank by score, the revenue gate,
 * the hysteresis band in places) and the score's main figures.
 * @example explainTier(table, 0, rank, DEFAULT_RULES, enUS) // "Score 82.4, place 3 among the accounts competing for the 12 key places filled by score; …"
 */
export function explainTier(
  t: AccountTable,
  i: number,
  rank: RankOutcome,
  rules: Rules,
  m: EngineMessages,
): string {
  const r = m.reason;
  const override = tierCode(t.override[i] as number);
  if (override !== null) {
    const move = t.move[i] as number;
    if (move === 0) return r.override(m.tier[override]);
    if (move === MOVE_KEPT_UP || move === MOVE_KEPT_DOWN) return r.moveKept(move === MOVE_KEPT_UP);
    return r.moved(move === MOVE_UP, m.tier[TIERS[t.machineTier[i] as number] as Tier]);
  }
  const standing = STANDINGS[t.standing[i] as number];
  const text = textAt(t.standingText, i);
  const revenue = t.revenue[i] as number;
  switch (standing) {
    case "noSales":
      return r.noSales();
    case "unreadableSales":
      return r.unreadableSales(text);
    case "negativeSales":
      return r.negativeSales(revenue);
    case "statusProspect":
      return r.statusProspect(text);
    case "belowMinimum":
      return r.belowMinimum(revenue, rules.tiering.ordinaryMinRevenue);
    default:
      break;
  }
  const parts: string[] = [];
  // A customer by its status without a sale this period says so, not that its sales are below the gate.
  const noSales = standing === "statusActive" && !(revenue > 0);
  if (standing === "statusActive") parts.push(r.statusActive(text));
  if (noSales) parts.push(r.noSales());
  const tr = rules.tiering;
  const details = r.details({
    revenueShare: rank.totalRevenue > 0 && revenue > 0 ? revenue / rank.totalRevenue : null,
    growth: orNull(t.growth[i] as number),
    tenureYears: orNull(t.tenureYears[i] as number),
    strategic: t.strategic[i] === 1,
  });
  const margin = t.margin[i] as number;
  const isKey = t.machineTier[i] === TIER_CODE.key;
  // countShare: the places filled by score; an account's place among those competing for them is
  // `places - margin` (margin 0 is the last key place). Its rank among every account would mislead: the
  // revenue core and the accounts below the gate rank too but take none of those places.
  const places = rank.quota - rank.core;
  const competes = Number.isFinite(margin) && places > 0;
  switch (tr.method) {
    case "countShare":
      if (t.keyBy[i] === KEY_BY_CODE.revenueCore) parts.push(r.core(tr.coreRevenueShare));
      else if (competes) parts.push(r.scorePlace(places - margin, places, t.score[i] as number));
      else parts.push(r.score(t.score[i] as number));
      break;
    case "cumulativeRevenue":
      parts.push(r.cumulative(rank.cumulativeBefore[i] ?? 0, tr.keyRevenueShare));
      break;
    case "revenueThreshold":
      parts.push(r.threshold(revenue > 0 ? revenue : 0, tr.keyMinRevenue, margin >= 0));
      break;
    case "scoreThreshold":
      parts.push(r.scoreThreshold(t.score[i] as number, tr.keyMinScore, margin >= 0));
      break;
  }
  if (details !== "") parts.push(details);
  // Why an ordinary account is not key: below the gate, or no place left to compete for (a place among
  // the competitors says it by itself; no sales said it already).
  if (tr.method === "countShare" && !isKey && !noSales) {
    const line = runLines(rank, m);
    if (margin === Number.NEGATIVE_INFINITY && rank.gateRevenue > 0) parts.push(line.belowGate);
    else if (!competes) parts.push(line.keyLine);
  }
  const previous = tierCode(t.previousTier[i] as number);
  if (t.held[i] === 1 && previous !== null) {
    parts.push(
      tr.method === "countShare"
        ? r.heldPlaces(m.tier[previous], rank.bandPlaces)
        : r.held(m.tier[previous], tr.hysteresis),
    );
  }
  return r.join(parts);
}
