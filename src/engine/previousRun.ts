import { type AccountTable, NO_TIER, TIER_CODE } from "./account";
import { foldText } from "./normalize";
import type { Tier } from "./rules";
import type { RemovedAccount } from "./summarize";

/** What a run remembers of one account, for the next run to compare against. */
export type PreviousAccount = {
  readonly name: string;
  readonly tier: Tier;
  readonly row: number;
  readonly revenue: number | null;
  readonly score: number | null;
  readonly rank: number | null;
};

/** The accounts of the last run (all of them, or the key accounts only on very large sheets). */
export type PreviousRun = {
  /** The last run's date, "YYYY-MM-DD". */
  readonly date: string;
  /** The roster holds every account of the last run (false: key accounts only). */
  readonly complete: boolean;
  readonly accounts: readonly PreviousAccount[];
};

/**
 * Matches the last run's accounts to the rows read, by name (folded as the header detector folds text),
 * then by row among accounts of the same name; fills the previous tier (where the sheet's own tier
 * column gave none), revenue, score and rank, and returns the accounts no row matched: removed.
 * @example matchPreviousRun(table, { date: "2026-10-01", complete: true, accounts: [] }) // []
 */
export function matchPreviousRun(
  t: AccountTable,
  previous: PreviousRun | null | undefined,
): RemovedAccount[] {
  if (!previous) return [];
  const byName = new Map<string, PreviousAccount[]>();
  for (const a of previous.accounts) {
    const key = foldText(a.name);
    const list = byName.get(key);
    if (list) list.push(a);
    else byName.set(key, [a]);
  }
  const used = new Set<PreviousAccount>();
  const pending: number[] = [];
  // Rows first take the entry of their own name at their own row, then any left of that name.
  const take = (i: number, sameRow: boolean): void => {
    const list = byName.get(foldText(t.name[i] as string));
    if (!list) return;
    const row = t.row[i] as number;
    const hit = list.find((a) => !used.has(a) && (!sameRow || a.row === row));
    if (!hit) {
      if (sameRow) pending.push(i);
      return;
    }
    used.add(hit);
    if (t.previousTier[i] === NO_TIER) t.previousTier[i] = TIER_CODE[hit.tier];
    t.previousRevenue[i] = hit.revenue ?? Number.NaN;
    t.previousScore[i] = hit.score ?? Number.NaN;
    t.previousRank[i] = hit.rank ?? 0;
  };
  for (let i = 0; i < t.length; i++) take(i, true);
  for (const i of pending) take(i, false);
  return previous.accounts
    .filter((a) => !used.has(a))
    .map((a) => ({ name: a.name, previousTier: a.tier, previousRow: a.row }));
}
