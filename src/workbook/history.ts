import {
  CHANGES,
  DAY_MS,
  TIERS,
  type Tier,
  type TieringResult,
  isoDay,
  noteFingerprint,
  salesMonthsOf,
  tierCode,
} from "../engine";
import {
  HISTORY_CHANGES_LIMIT,
  type HistoryChange,
  type HistoryEntry,
  ROSTER_LIMIT,
  type SavedRoster,
  type SavedSettings,
  tierLetter,
} from "./settings";

const round1 = (x: number): number | null => (Number.isFinite(x) ? Math.round(x * 10) / 10 : null);

/**
 * What this run remembers of its accounts for the next one: every account up to ROSTER_LIMIT, else the
 * key accounts only (the ones whose removal the watch list must catch).
 * @example buildRoster(result, new Date()).names.length
 */
export function buildRoster(result: TieringResult, asOf: Date): SavedRoster {
  const t = result.table;
  const complete = t.length <= ROSTER_LIMIT;
  const names: string[] = [];
  let tiers = "";
  const rows: number[] = [];
  const revenue: (number | null)[] = [];
  const score: (number | null)[] = [];
  const rank: (number | null)[] = [];
  const notes: number[] = [];
  const handNotes: number[] = [];
  const reviews: number[] = [];
  const handReviews: number[] = [];
  const codes: string[] = [];
  for (let i = 0; i < t.length; i++) {
    const tier = TIERS[t.tier[i] as number] as Tier;
    if (!complete && tier !== "key") continue;
    names.push(t.name[i] as string);
    codes.push((t.code[i] as string | undefined) ?? "");
    tiers += tierLetter(tier);
    rows.push(t.row[i] as number);
    const rev = t.revenue[i] as number;
    revenue.push(Number.isFinite(rev) ? rev : null);
    score.push(round1(t.score[i] as number));
    rank.push(t.rank[i] === 0 ? null : (t.rank[i] as number));
    // What the note cell holds after this run: the run's note, or the planner's text it kept.
    if (result.keptNotes.has(i)) handNotes.push(notes.length);
    notes.push(noteFingerprint(result.noteOf(i)));
    // The next review as written (a planner's date where the run kept one), in whole days.
    if (result.keptReviews.has(i)) handReviews.push(reviews.length);
    reviews.push(Math.round((t.nextReview[i] as number) / DAY_MS));
  }
  return {
    date: isoDay(asOf.getTime()),
    complete,
    names,
    tiers,
    rows,
    revenue,
    score,
    rank,
    notes,
    handNotes,
    reviews,
    handReviews,
    months: salesMonthsOf(result.summary.salesPeriod),
    // Customer codes, where the sheet has them: the next run knows a renamed distributor by its code.
    ...(codes.some((c) => c !== "") ? { codes } : {}),
  };
}

/**
 * This run's entry in the change log: every account whose tier changed, every new account on a re-run,
 * every removed one, with what moved it (revenue, score and rank before and now) and the reason. A first
 * run records its size only; a re-run that changed nothing, its size and no changes (the log says it ran:
 * a month with no line looked like a month not run).
 * @example buildHistoryEntry(result, new Date()).changes.length
 */
export function buildHistoryEntry(result: TieringResult, asOf: Date): HistoryEntry {
  const date = isoDay(asOf.getTime());
  if (!result.hasPrevious) return { date, first: true, accounts: result.table.length, changes: [], more: 0 };
  const t = result.table;
  const changes: HistoryChange[] = [];
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const change = CHANGES[t.change[i] as number] ?? "same";
    if (change === "same") continue;
    total++;
    if (changes.length >= HISTORY_CHANGES_LIMIT) continue;
    const rev = t.revenue[i] as number;
    changes.push({
      row: t.row[i] as number,
      name: t.name[i] as string,
      from: tierCode(t.previousTier[i] as number),
      to: TIERS[t.tier[i] as number] ?? null,
      change,
      revenueBefore: round1(t.previousRevenue[i] as number),
      revenueNow: Number.isFinite(rev) ? rev : null,
      scoreBefore: round1(t.previousScore[i] as number),
      scoreNow: round1(t.score[i] as number),
      rankBefore: t.previousRank[i] === 0 ? null : (t.previousRank[i] as number),
      rankNow: t.rank[i] === 0 ? null : (t.rank[i] as number),
      reason: result.reasonOf(i),
    });
  }
  for (const r of result.removed) {
    total++;
    if (changes.length >= HISTORY_CHANGES_LIMIT) continue;
    changes.push({
      row: r.leftOut?.row ?? null,
      name: r.name,
      from: r.previousTier,
      to: null,
      change: "removed",
      // What the last run saved of it: the log says how much left the sheet.
      revenueBefore: r.previousRevenue,
      revenueNow: null,
      scoreBefore: r.previousScore,
      scoreNow: null,
      rankBefore: r.previousRank,
      rankNow: null,
      // Still on the sheet, left out now (停止合作, Competitor): said, where "no longer on the sheet" was.
      reason: result.removedReasonOf(r),
    });
  }
  return { date, first: false, accounts: t.length, changes, more: total - changes.length };
}

/**
 * True for the entry of a re-run that changed nothing.
 * @example isUnchanged({ date: "2025-12-01", first: false, accounts: 30, changes: [], more: 0 }) // true
 */
export function isUnchanged(entry: HistoryEntry): boolean {
  return !entry.first && entry.changes.length === 0 && entry.more === 0;
}

/**
 * The change log after this run: its entry first, then the earlier ones, trimmed to `runs` entries. A
 * re-run that changed nothing right after another such run takes that entry's place, counting the runs
 * since the first of them, so a day of re-runs without a change is one line and evicts no real change.
 * @example nextHistory(previous, entry, 20).length
 */
export function nextHistory(
  previous: SavedSettings | null | undefined,
  entry: HistoryEntry,
  runs: number,
): HistoryEntry[] {
  const earlier = previous?.history ?? [];
  const last = earlier[0];
  const joined =
    last !== undefined && isUnchanged(entry) && isUnchanged(last)
      ? [
          { ...entry, sameSince: last.sameSince ?? last.date, sameRuns: (last.sameRuns ?? 1) + 1 },
          ...earlier.slice(1),
        ]
      : [entry, ...earlier];
  return joined.slice(0, Math.max(1, Math.round(runs)));
}
