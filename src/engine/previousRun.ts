import { type AccountTable, NO_TIER, TIER_CODE } from "./account";
import { type SalesSpan, foldText, matchForm } from "./normalize";
import { TIERS, type Tier } from "./rules";
import type { SkippedRow } from "./readAccounts";
import type { LeftOut, RemovedAccount } from "./summarize";

/** What a run remembers of one account, for the next run to compare against. */
export type PreviousAccount = {
  readonly name: string;
  readonly tier: Tier;
  readonly row: number;
  readonly revenue: number | null;
  readonly score: number | null;
  readonly rank: number | null;
  /** A fingerprint (`noteFingerprint`) of what the note cell held after the run; absent in older rosters. */
  readonly note?: number | null;
  /** The note cell held a planner's own text, kept by the run. */
  readonly noteByHand?: boolean;
  /** The next review the run wrote (UTC midnight, epoch ms); absent in older rosters. */
  readonly review?: number | null;
  /** That next review was a planner's date, kept by the run. */
  readonly reviewByHand?: boolean;
  /** The account's customer code (客户编码), where the sheet had one. */
  readonly code?: string;
};

/** The accounts of the last run (all of them, or the key accounts only on very large sheets). */
export type PreviousRun = {
  /** The last run's date, "YYYY-MM-DD". */
  readonly date: string;
  /** The roster holds every account of the last run (false: key accounts only). */
  readonly complete: boolean;
  readonly accounts: readonly PreviousAccount[];
  /**
   * The months the last run's sales covered (`salesMonthsOf`): 12 for a year, 10 for 1-10月, null for
   * the year so far with its months unsaid (本年累计); absent in rosters saved before it was kept.
   */
  readonly months?: number | null;
};

/**
 * The months a run's sales cover, as a roster keeps them: a year's 12, part of a year's own, null for
 * the year so far with its months unsaid, for a report's period unsaid (本期金额) and for sales since
 * each account began.
 * @example salesMonthsOf({ months: 10, from: 1, to: 10 }) // 10
 */
export function salesMonthsOf(span: SalesSpan | undefined): number | null {
  return span === "toDate" || span === "lifetime" || span === "period" ? null : (span?.months ?? 12);
}

/**
 * Whether this run's sales compare with the last run's: over the same months (1-10月 both times, or a
 * year both times), and for the year so far with its months unsaid, in the same year. After 1-10月 of
 * one year, 1-2月 of the next fell by 80% for every account, and each key account was watched for it.
 * A roster that kept no months compares, as before.
 * @example lastRunComparable({ date: "2025-11-05", complete: true, accounts: [], months: 10 }, 2, 2026) // false
 */
export function lastRunComparable(previous: PreviousRun, months: number | null, year: number): boolean {
  if (previous.months === undefined) return true;
  if (previous.months !== months) return false;
  return months !== null || previous.date.slice(0, 4) === String(year);
}

/**
 * Accounts that had sales at the last run and have no sales figure now (the cell blank, or not a
 * number): `had` counts the accounts of the last run with sales still on the sheet, `blank` lists those
 * of them with no figure, by table index in row order. Call after matchPreviousRun.
 * @example salesLeftBlank(table) // { had: 270, blank: [0, 1, 2, …] } where most were left blank
 */
export function salesLeftBlank(t: AccountTable): { had: number; blank: number[] } {
  let had = 0;
  const blank: number[] = [];
  for (let i = 0; i < t.length; i++) {
    if (!((t.previousRevenue[i] as number) > 0)) continue;
    had++;
    if (Number.isNaN(t.revenue[i] as number)) blank.push(i);
  }
  return { had, blank };
}

/** A row matched to an entry of another name: by its customer code, or as the same row renamed. */
export type RenamedAccount = {
  /** The row's index in the table. */
  readonly index: number;
  /** The name the last run saved. */
  readonly before: string;
  readonly by: "code" | "row";
};

/** Text in brackets, and words of a company's name that say its kind, not which company it is. */
const NAME_KIND = [
  /[(（[【][^)）\]】]*[)）\]】]/g,
  /\b(?:co|ltd|inc|llc|limited|company|corp|corporation)\b\.?/gi,
  /有限责任公司|股份有限公司|有限公司|集团|分公司|公司|经销部|经营部|门市部|商行/g,
];

/** A Chinese character: a name with one is compared by runs of characters, not by words. */
const CHINESE = /[\u3400-\u9fff]/;

/**
 * Whether two names are one distributor's, renamed: past the words of a company's kind (有限公司, 经销部,
 * Ltd) and bracketed text, one holds the other, or they share a run of two thirds of the shorter one
 * (two characters at least): 石家庄华信商贸有限公司 and 石家庄华信商贸（华）, or 石家庄华信贸易, are alike;
 * 石家庄华信商贸 and 石家庄恒达商贸 (a city in common) are not, nor 苏州华信实业 and 石家庄华信商贸. Names in
 * letters alone share two thirds of the shorter one's words (Dealer 001 and Dealer 099 share one of two).
 * @example namesAlike("石家庄华信商贸有限公司", "石家庄华信商贸（华）") // true
 */
export function namesAlike(a: string, b: string): boolean {
  const bare = (s: string): string => NAME_KIND.reduce((t, kind) => t.replace(kind, ""), s);
  if (!CHINESE.test(a) && !CHINESE.test(b)) {
    const words = (s: string): string[] =>
      matchForm(bare(s))
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu) ?? [];
    const x = words(a);
    const y = words(b);
    const [few, many] = x.length <= y.length ? [x, new Set(y)] : [y, new Set(x)];
    if (few.length === 0) return false;
    return few.filter((w) => many.has(w)).length >= Math.ceil((few.length * 2) / 3);
  }
  const core = (s: string): string => foldText(bare(s));
  const x = core(a);
  const y = core(b);
  const shorter = Math.min(x.length, y.length);
  if (shorter === 0) return false;
  if (x.includes(y) || y.includes(x)) return true;
  const need = Math.max(2, Math.ceil((shorter * 2) / 3));
  // The longest common run, by dynamic programming over two short names.
  let best = 0;
  let prev = new Uint16Array(y.length + 1);
  let cur = new Uint16Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      cur[j] = x.charCodeAt(i - 1) === y.charCodeAt(j - 1) ? (prev[j - 1] as number) + 1 : 0;
      if ((cur[j] as number) > best) best = cur[j] as number;
    }
    [prev, cur] = [cur, prev];
  }
  return best >= need;
}

/** A row whose tier cell (the product's own column) says another tier than the last run wrote there. */
export type EditedTier = {
  /** The row's index in the table. */
  readonly index: number;
  /** What the cell says now. */
  readonly typed: Tier;
  /** What the last run wrote. */
  readonly written: Tier;
};

/** A row whose note cell the last run knew: what it held then, and whether that was a planner's text. */
export type PreviousNote = {
  readonly index: number;
  readonly fingerprint: number;
  readonly byHand: boolean;
};

/** A row whose next-review cell the last run knew: the date it wrote, and whether a planner's. */
export type PreviousReview = {
  readonly index: number;
  readonly written: number;
  readonly byHand: boolean;
};

/**
 * A 32-bit fingerprint of a note (FNV-1a over its UTF-16 code units): what a roster keeps of each note
 * the run wrote, to tell on the next run a note the run wrote from one a planner typed over it.
 * @example noteFingerprint("") // 2166136261
 */
export function noteFingerprint(text: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/**
 * Matches the last run's accounts to the rows read, by name (folded as the header detector folds text),
 * then by row among accounts of the same name; fills the previous tier, revenue, score and rank, and
 * returns the accounts no row matched (removed). The previous tier is what the last run wrote, as its
 * roster says: a tier cell a planner changed by hand since is returned as edited, not taken for the last
 * run's decision (a 普通客户 typed over as 重点客户 was "demoted" by the next run, and held by the band).
 * Where no entry matches (no roster, a renamed account), the sheet's tier cell stands. Rows whose
 * entry remembers its note are returned with it (notes), for the run to find a note typed over. Where
 * the roster lists every account with its note, the rows no entry matched (a new account) come back
 * too (fresh), beside every note the roster knows: a note there that is none of them was typed by hand.
 * @example matchPreviousRun(table, { date: "2026-10-01", complete: true, accounts: [] }).fresh // every row
 */
export function matchPreviousRun(
  t: AccountTable,
  previous: PreviousRun | null | undefined,
): {
  removed: RemovedAccount[];
  edited: EditedTier[];
  notes: PreviousNote[];
  reviews: PreviousReview[];
  fresh: number[];
  knownNotes: ReadonlySet<number>;
  renamed: RenamedAccount[];
} {
  const renamed: RenamedAccount[] = [];
  const edited: EditedTier[] = [];
  const notes: PreviousNote[] = [];
  const reviews: PreviousReview[] = [];
  const fresh: number[] = [];
  const knownNotes = new Set<number>();
  if (!previous) return { removed: [], edited, notes, reviews, fresh, knownNotes, renamed };
  const matched = new Uint8Array(t.length);
  const byName = new Map<string, PreviousAccount[]>();
  for (const a of previous.accounts) {
    const key = foldText(a.name);
    const list = byName.get(key);
    if (list) list.push(a);
    else byName.set(key, [a]);
  }
  const used = new Set<PreviousAccount>();
  const pending: number[] = [];
  // Rows of a code take the entry of their code first, whatever either is named (renamed, or a name
  // retyped: the ERP's code stays); then rows take the entry of their own name at their own row, then
  // any left of that name.
  const byCode = new Map<string, PreviousAccount>();
  for (const a of previous.accounts) {
    const code = a.code === undefined ? "" : foldText(a.code);
    if (code !== "" && !byCode.has(code)) byCode.set(code, a);
  }
  const fill = (i: number, hit: PreviousAccount): void => {
    used.add(hit);
    matched[i] = 1;
    const written = TIER_CODE[hit.tier];
    const typed = t.previousTier[i] as number;
    if (typed !== NO_TIER && typed !== written)
      edited.push({ index: i, typed: TIERS[typed] as Tier, written: hit.tier });
    t.previousTier[i] = written;
    t.previousRevenue[i] = hit.revenue ?? Number.NaN;
    t.previousScore[i] = hit.score ?? Number.NaN;
    t.previousRank[i] = hit.rank ?? 0;
    if (typeof hit.note === "number")
      notes.push({ index: i, fingerprint: hit.note, byHand: hit.noteByHand === true });
    if (typeof hit.review === "number")
      reviews.push({ index: i, written: hit.review, byHand: hit.reviewByHand === true });
  };
  const take = (i: number, sameRow: boolean): void => {
    if (matched[i] === 1) return;
    const list = byName.get(foldText(t.name[i] as string));
    if (!list) return;
    const row = t.row[i] as number;
    // An entry of another code is another distributor of the same name.
    const code = foldText((t.code[i] as string | undefined) ?? "");
    const hit = list.find(
      (a) =>
        !used.has(a) &&
        (!sameRow || a.row === row) &&
        (code === "" || a.code === undefined || a.code === "" || foldText(a.code) === code),
    );
    if (!hit) {
      if (sameRow) pending.push(i);
      return;
    }
    fill(i, hit);
  };
  if (byCode.size > 0)
    for (let i = 0; i < t.length; i++) {
      const code = foldText((t.code[i] as string | undefined) ?? "");
      const hit = code === "" ? undefined : byCode.get(code);
      if (!hit || used.has(hit)) continue;
      fill(i, hit);
      if (foldText(hit.name) !== foldText(t.name[i] as string))
        renamed.push({ index: i, before: hit.name, by: "code" });
    }
  for (let i = 0; i < t.length; i++) take(i, true);
  for (const i of pending) take(i, false);
  // Then by row: a row no entry of its name or code took, and the entry of the same row that no row
  // took, are one distributor renamed (石家庄华信商贸有限公司 → 石家庄华信商贸（华）) where their names are
  // alike past the words every company name has; else a new distributor stands where a deleted one
  // stood, and each keeps its own history (a key account deleted stays on the watch list as removed).
  if (used.size < previous.accounts.length) {
    const byRow = new Map<number, PreviousAccount>();
    for (const a of previous.accounts) if (!used.has(a) && !byRow.has(a.row)) byRow.set(a.row, a);
    for (let i = 0; i < t.length && byRow.size > 0; i++) {
      if (matched[i] === 1) continue;
      const hit = byRow.get(t.row[i] as number);
      if (!hit || used.has(hit)) continue;
      // A row with a customer code is that code's distributor: its code decides, not its place.
      if (foldText((t.code[i] as string | undefined) ?? "") !== "") continue;
      if (!namesAlike(hit.name, t.name[i] as string)) continue;
      fill(i, hit);
      renamed.push({ index: i, before: hit.name, by: "row" });
    }
  }
  // A roster of every account knows each one the last run tiered: a row it does not know is new, whatever
  // its tier cell says (the cell of the row it was typed over, or copied with it): that tier is another
  // distributor's, which is removed. A roster of key accounts alone leaves the cell to say it.
  if (previous.complete) for (let i = 0; i < t.length; i++) if (matched[i] === 0) t.previousTier[i] = NO_TIER;
  const removed = previous.accounts
    .filter((a) => !used.has(a))
    .map((a) => ({
      name: a.name,
      previousTier: a.tier,
      previousRow: a.row,
      previousRevenue: a.revenue,
      previousScore: a.score,
      previousRank: a.rank,
    }));
  edited.sort((a, b) => a.index - b.index);
  notes.sort((a, b) => a.index - b.index);
  reviews.sort((a, b) => a.index - b.index);
  if (previous.complete && previous.accounts.every((a) => typeof a.note === "number")) {
    for (const a of previous.accounts) knownNotes.add(a.note as number);
    for (let i = 0; i < t.length; i++) if (matched[i] === 0) fresh.push(i);
  }
  return { removed, edited, notes, reviews, fresh, knownNotes, renamed };
}

/**
 * The accounts the last run tiered that no row matched, each with the row still on the sheet that was
 * left out as no account now (ended by its status, or a competitor), matched by name as the rows are:
 * the change log and the watch list said such a key account was "removed from the sheet".
 * @example withLeftOut([{ name: "甲", previousTier: "key", … }], [{ row: 5, reason: "inactive", text: "停止合作", name: "甲" }])[0].leftOut // { row: 5, reason: "inactive", text: "停止合作" }
 */
export function withLeftOut(
  removed: readonly RemovedAccount[],
  skipped: readonly SkippedRow[],
): RemovedAccount[] {
  if (removed.length === 0) return [];
  const byName = new Map<string, LeftOut>();
  for (const x of skipped) {
    if (x.name === undefined || (x.reason !== "inactive" && x.reason !== "notAccount")) continue;
    const key = foldText(x.name);
    if (!byName.has(key)) byName.set(key, { row: x.row, reason: x.reason, text: x.text });
  }
  return removed.map((r) => {
    const leftOut = byName.get(foldText(r.name));
    return leftOut ? { ...r, leftOut } : r;
  });
}
