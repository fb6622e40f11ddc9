import { type AccountTable, dimensionAt } from "./account";
import type { SensitivityCode } from "./classes";
import type { EngineMessages } from "./messages";
import { TIERS, type Tier } from "./rules";

/**
 * Builds the per-row strategy notes: the tier's tactic from the course plus modifiers (credit C/D,
 * the sensitivity type, a promotion candidate's development rewards, a declining key account, a key
 * account with no owner). A sheet has few distinct combinations, so each note is built once.
 * @example createNoteWriter(enUS, true)(table, 0) // "Key-account team …; Price-sensitive: volume rebates …"
 */
export function createNoteWriter(
  m: EngineMessages,
  hasOwnerColumn: boolean,
): (t: AccountTable, i: number) => string {
  // Per sensitivity text, 72 combinations of tier × credit × three flags.
  const cache = new Map<string, (string | undefined)[]>();
  return (t, i) => {
    const tier = TIERS[t.tier[i] as number] as Tier;
    const credit = dimensionAt(t, "credit", i);
    const creditFlag = credit === "D" ? "D" : credit === "C" ? "C" : "";
    const declining = tier === "key" && (t.growth[i] as number) < 0;
    const noOwner = hasOwnerColumn && tier === "key" && t.owner[i] === "";
    const sensitivity = dimensionAt(t, "sensitivity", i) ?? "";
    const promotion = t.promotionCandidate[i] === 1;
    const key =
      (tier === "key" ? 0 : tier === "ordinary" ? 1 : 2) +
      3 * (creditFlag === "" ? 0 : creditFlag === "C" ? 1 : 2) +
      9 * (promotion ? 1 : 0) +
      18 * (declining ? 1 : 0) +
      36 * (noOwner ? 1 : 0);
    let notes = cache.get(sensitivity);
    if (notes === undefined) {
      notes = new Array<string | undefined>(72);
      cache.set(sensitivity, notes);
    }
    let note = notes[key];
    if (note === undefined) {
      note = buildNote(m, tier, creditFlag, sensitivity, promotion, declining, noOwner);
      notes[key] = note;
    }
    return note;
  };
}

function buildNote(
  m: EngineMessages,
  tier: Tier,
  credit: "" | "C" | "D",
  sensitivity: string,
  promotion: boolean,
  declining: boolean,
  noOwner: boolean,
): string {
  const n = m.note;
  const parts = [n.base[tier]];
  if (promotion) parts.push(n.promotion);
  if (declining) parts.push(n.declining);
  const s = n.sensitivity[sensitivity as SensitivityCode];
  if (s) parts.push(s);
  if (credit === "C") parts.push(n.creditWatch);
  if (credit === "D") parts.push(n.creditCash);
  if (noOwner) parts.push(n.noOwner);
  return n.join(parts);
}
