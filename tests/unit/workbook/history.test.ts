import fc from "fast-check";
import { isUnchanged, nextHistory } from "../../../src/workbook/history";
import type { HistoryEntry, SavedSettings } from "../../../src/workbook/settings";
import { earlierRunOn } from "../../helpers/sheet";

/** A run's entry on day `day`: the first run, a re-run with `changes` changes (0: none). */
function entry(day: number, changes: number | "first"): HistoryEntry {
  const date = new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
  if (changes === "first") return { date, first: true, accounts: 10, changes: [], more: 0 };
  // The changes listed do not matter here, only whether there are any: counted as not listed.
  return { date, first: false, accounts: 10, changes: [], more: changes };
}

describe("the change log's runs (property)", () => {
  it("keeps every run that changed something, one line a streak of runs that changed nothing, and its size", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 3 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 25 }),
        (runs, limit) => {
          let settings: SavedSettings = { ...earlierRunOn(), history: [] };
          const entries = [entry(0, "first"), ...runs.map((n, k) => entry(k + 1, n))];
          for (const e of entries) settings = { ...settings, history: nextHistory(settings, e, limit) };
          const log = settings.history!;
          // Never over the limit, never two lines of no change in a row.
          expect(log.length).toBeLessThanOrEqual(limit);
          for (let k = 1; k < log.length; k++)
            expect(isUnchanged(log[k - 1]!) && isUnchanged(log[k]!)).toBe(false);
          // Newest first; a streak's line is dated by its last run and says its first and how many.
          const expected: { date: string; runs: number; since?: string }[] = [];
          for (const e of entries) {
            const top = expected[0];
            if (isUnchanged(e) && top && isUnchanged(entries.find((x) => x.date === top.date)!))
              expected[0] = { date: e.date, runs: top.runs + 1, since: top.since ?? top.date };
            else expected.unshift({ date: e.date, runs: 1 });
          }
          expect(
            log.map((e) => ({
              date: e.date,
              runs: e.sameRuns ?? 1,
              ...(e.sameSince ? { since: e.sameSince } : {}),
            })),
          ).toEqual(expected.slice(0, limit));
        },
      ),
    );
  });
});
