import type { AccountResult } from "./account";
import type { SensitivityCode } from "./classes";
import type { EngineMessages } from "./messages";
import type { Tier } from "./rules";

/**
 * Builds the per-row strategy notes: the tier's tactic from the course plus modifiers (credit C/D,
 * the sensitivity type, a promotion candidate's development rewards, a declining key account, a key
 * account with no owner). A sheet has few distinct combinations, so each note is built once.
 * @example createNoteWriter(enUS, true)(account) // "Key-account team … ; Price-sensitive: volume rebates …"
 */
export function createNoteWriter(m: EngineMessages, hasOwnerColumn: boolean): (a: AccountResult) => string {
  const cache = new Map<string, string>();
  return (a) => {
    const creditFlag = a.credit === "D" ? "D" : a.credit === "C" ? "C" : "";
    const declining = a.tier === "key" && a.growth !== null && a.growth < 0;
    const noOwner = hasOwnerColumn && a.tier === "key" && a.owner === "";
    const sensitivity = a.sensitivity ?? "";
    const key = `${a.tier}|${creditFlag}|${sensitivity}|${a.promotionCandidate ? 1 : 0}|${declining ? 1 : 0}|${noOwner ? 1 : 0}`;
    let note = cache.get(key);
    if (note === undefined) {
      note = buildNote(m, a.tier, creditFlag, sensitivity, a.promotionCandidate, declining, noOwner);
      cache.set(key, note);
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
