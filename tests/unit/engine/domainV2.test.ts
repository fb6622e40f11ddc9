import fc from "fast-check";
import { type Cell, TIERS, noteFingerprint, tierAccounts } from "../../../src/engine";
import { getMessages } from "../../../src/i18n";
import { changesEn, changesZh } from "../../../src/i18n/format";
import { parseSettings, planStrategySheet, serializeSettings } from "../../../src/workbook";
import { AS_OF, en, run, zh } from "../../helpers/sheet";

/** A distributor base as sheets come: skewed revenue, a prior year, overdue days and a rating, status. */
const row = fc.record({
  name: fc.stringMatching(/^[A-Z][a-z]{2,6}$/),
  revenue: fc.oneof(
    {
      weight: 6,
      arbitrary: fc.double({ min: 1_000, max: 50_000_000, noNaN: true }).map((x) => Math.round(x)),
    },
    { weight: 2, arbitrary: fc.constant(0) },
    { weight: 1, arbitrary: fc.constant(null) },
  ),
  prior: fc.option(fc.integer({ min: 0, max: 40_000_000 }), { nil: null }),
  overdue: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
  rating: fc.option(fc.constantFrom("AAA", "AA", "A", "B", "C", "D"), { nil: null }),
  status: fc.option(fc.constantFrom("潜在客户", "合作中", "意向"), { nil: null }),
  strategic: fc.boolean(),
  region: fc.constantFrom("华东", "华南", "西北", ""),
});
const base = fc.array(row, { minLength: 1, maxLength: 80 });

function toSheet(rows: fc.Arbitrary<(typeof row extends fc.Arbitrary<infer T> ? T : never)[]>) {
  return rows.map((rs) => {
    const values: Cell[][] = [
      ["经销商名称", "年销售额", "去年销售额", "逾期天数", "资信等级", "客户状态", "战略客户", "所属区域"],
    ];
    rs.forEach((r, i) =>
      values.push([
        `${r.name}${i}`,
        r.revenue,
        r.prior,
        r.overdue,
        r.rating,
        r.status,
        r.strategic ? "是" : "否",
        r.region,
      ]),
    );
    return values;
  });
}
const sheets = toSheet(base);
const tier = (values: Cell[][], messages = zh) =>
  tierAccounts({ grid: { values, origin: { row: 0, column: 0 } }, messages, asOf: AS_OF });

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const CREDIT = ["A", "B", "C", "D"];
const overdueBand = (days: number): string => (days <= 0 ? "A" : days <= 30 ? "B" : days <= 90 ? "C" : "D");

describe("DOMAIN.md v2 invariants, on generated sheets", () => {
  it("no key account sells less than the median account with sales, but for strategic accounts", () => {
    fc.assert(
      fc.property(sheets, (values) => {
        const r = tier(values);
        const sold = r.accounts.filter((a) => (a.revenue ?? 0) > 0).map((a) => a.revenue as number);
        if (sold.length === 0) return;
        const mid = median(sold);
        for (const a of r.accounts)
          if (a.tier === "key" && !a.strategic && a.override === null)
            expect(a.revenue ?? 0).toBeGreaterThanOrEqual(mid);
      }),
    );
  });

  it("every account of the revenue core is key, as far as the quota reaches", () => {
    fc.assert(
      fc.property(sheets, (values) => {
        const r = tier(values);
        const active = r.accounts.filter((a) => a.standing === "sales" || a.standing === "statusActive");
        const total = active.reduce((s, a) => s + Math.max(0, a.revenue ?? 0), 0);
        const byRevenue = [...active]
          .filter((a) => (a.revenue ?? 0) > 0)
          .sort(
            (x, y) =>
              (y.revenue as number) - (x.revenue as number) || (x.name < y.name ? -1 : 1) || x.row - y.row,
          );
        let before = 0;
        for (let k = 0; k < Math.min(r.keyCount, byRevenue.length); k++) {
          if (!(before < 0.5 * total)) break;
          const a = byRevenue[k]!;
          expect([a.name, a.tier, a.keyBy]).toEqual([a.name, "key", "revenueCore"]);
          before += a.revenue as number;
        }
      }),
    );
  });

  it("a non-key account is watched as a key account lost over the year exactly when it is one", () => {
    fc.assert(
      fc.property(sheets, (values) => {
        const r = tier(values);
        const keys = r.accounts.filter((a) => a.tier === "key").length;
        const priors = r.accounts
          .map((a) => a.priorRevenue ?? 0)
          .filter((p) => p > 0)
          .sort((x, y) => y - x);
        const sold = r.accounts.filter((a) => (a.revenue ?? 0) > 0).map((a) => a.revenue as number);
        const gate = sold.length > 0 ? median(sold) : 0;
        // Last year's key line: the N-th largest of last year's sales (N this run's key accounts), and
        // at least this year's median.
        const line =
          keys === 0 || priors.length === 0
            ? Number.POSITIVE_INFINITY
            : Math.max(priors[Math.min(keys, priors.length) - 1] as number, gate);
        for (const a of r.accounts) {
          if (a.tier === "key") continue;
          const prior = a.priorRevenue ?? 0;
          const fell = prior > 0 && 1 - Math.max(0, a.revenue ?? 0) / prior >= 0.2 - 1e-12;
          const broken = a.standing === "unreadableSales" || a.standing === "negativeSales";
          const lost = prior >= line && fell && !a.promotionCandidate && a.override === null && !broken;
          expect([a.name, a.watchReasons.includes("keyLastYear")]).toEqual([a.name, lost]);
        }
      }),
    );
  });

  it("credit is never better than the overdue band, and the cell says when the days drove it", () => {
    fc.assert(
      fc.property(sheets, (values) => {
        const r = tier(values);
        for (const a of r.accounts) {
          if (a.daysOverdue === null) continue;
          expect(CREDIT.indexOf(a.credit ?? "A")).toBeGreaterThanOrEqual(
            CREDIT.indexOf(overdueBand(a.daysOverdue)),
          );
        }
      }),
    );
  });

  it("a regional share without a market share is the account's share of its region's sales in the sheet, classed among peers", () => {
    const band = (s: number) =>
      s >= 0.42 ? "dominant" : s >= 0.26 ? "strong" : s >= 0.11 ? "competitive" : "weak";
    fc.assert(
      fc.property(sheets, (values) => {
        const r = tier(values);
        const sums = new Map<string, number>();
        for (const a of r.accounts) {
          if (a.shareOfRegion === null) {
            // Nothing to measure: no sales, or no region.
            expect(a.regionalShare).toBe("unknown");
            expect((a.revenue ?? 0) > 0 && a.region !== "").toBe(false);
            continue;
          }
          // The one account with sales in its region holds all of it, and has no class: no peer.
          const alone = r.accounts.filter((b) => b.region === a.region && (b.revenue ?? 0) > 0).length === 1;
          expect(a.regionalShare).toBe(alone ? "unknown" : band(a.shareOfRegion));
          if (alone) expect(a.shareOfRegion).toBe(1);
          sums.set(a.region, (sums.get(a.region) ?? 0) + a.shareOfRegion);
        }
        for (const sum of sums.values()) expect(sum).toBeCloseTo(1, 9);
      }),
    );
  });

  it("of the region's sales in the sheet, an ordinary account is told to be reconsidered exactly when under half its region's average", () => {
    // Sales and a region only: the notes have room for the regional part.
    const plain = fc
      .array(
        fc.record({
          revenue: fc.integer({ min: 1_000, max: 5_000_000 }),
          region: fc.constantFrom("华东", "华南", "西北"),
        }),
        { minLength: 2, maxLength: 60 },
      )
      .map((rs) => [
        ["经销商名称", "年销售额", "所属区域"] as Cell[],
        ...rs.map((x, i): Cell[] => [`经销商${i}`, x.revenue, x.region]),
      ]);
    let told = 0;
    let spared = 0;
    fc.assert(
      fc.property(plain, (values) => {
        const r = tier(values);
        const withSales = new Map<string, number>();
        for (const a of r.accounts) withSales.set(a.region, (withSales.get(a.region) ?? 0) + 1);
        for (const a of r.accounts) {
          const small = (a.shareOfRegion as number) < 0.5 / (withSales.get(a.region) as number);
          const said = a.note.includes("区域占有弱：加大支持或重新评估");
          expect(said).toBe(a.tier === "ordinary" && a.regionalShare === "weak" && small);
          if (said) told++;
          else if (a.tier === "ordinary" && a.regionalShare === "weak") spared++;
        }
      }),
    );
    // Both sides were met: weak accounts told, and weak accounts near their region's average spared.
    expect(told).toBeGreaterThan(0);
    expect(spared).toBeGreaterThan(0);
  });

  it("the accounts with credit D outside the key tier are listed, largest sales first, on cash terms", () => {
    const sold = (a: { revenue: number | null }): number =>
      (a.revenue ?? 0) > 0 ? (a.revenue as number) : -1;
    fc.assert(
      fc.property(sheets, (values) => {
        const r = tier(values);
        const expected = r.accounts
          .filter((a) => a.credit === "D" && a.tier !== "key")
          // Accounts without sales (0 or blank) alike, last, in sheet order.
          .sort((a, b) => sold(b) - sold(a) || a.row - b.row)
          .map((a) => a.row);
        const held = r.summary.creditHold.slice();
        expect(held.map((e) => e.row)).toEqual(expected);
        for (const e of held) expect(e.credit.grade).toBe("D");
        // A key account with credit D is on the watch list instead.
        for (const a of r.accounts.filter((x) => x.credit === "D" && x.tier === "key"))
          expect(
            r.summary.watchList.slice().some((w) => w.row === a.row && w.reasons.includes("credit")),
          ).toBe(true);
      }),
    );
  });

  it("no account with sales is a prospect, whatever its status says", () => {
    fc.assert(
      fc.property(sheets, (values) => {
        for (const a of tier(values).accounts) if ((a.revenue ?? 0) > 0) expect(a.tier).not.toBe("prospect");
      }),
    );
  });

  it("no account that buys, bought last year or owes past due is told to win a first deal, nor is a priority prospect", () => {
    fc.assert(
      fc.property(
        sheets,
        fc.constantFrom(0, 5_000, 200_000),
        fc.constantFrom(zh, en),
        (values, ordinaryMinRevenue, messages) => {
          const r = tierAccounts({
            grid: { values, origin: { row: 0, column: 0 } },
            messages,
            asOf: AS_OF,
            rules: { tiering: { ordinaryMinRevenue } },
          });
          for (const a of r.accounts) {
            const before = (a.revenue ?? 0) > 0 || (a.priorRevenue ?? 0) > 0 || (a.daysOverdue ?? 0) > 0;
            if (a.tier !== "prospect" || !before) continue;
            expect(a.note).not.toMatch(/争取首单|first order/);
            expect(a.priorityProspect).toBe(false);
          }
        },
      ),
    );
  });

  it("time per account is never higher in a lower tier", () => {
    fc.assert(
      fc.property(sheets, fc.double({ min: 0.05, max: 0.9, noNaN: true }), (values, key) => {
        const rest = 1 - key;
        const r = tierAccounts({
          grid: { values, origin: { row: 0, column: 0 } },
          messages: en,
          asOf: AS_OF,
          rules: { time: { share: { key, ordinary: rest * 0.75, prospect: rest * 0.25 } } },
        });
        const per = TIERS.filter((t) => r.summary.tiers[t].accounts > 0).map(
          (t) => r.summary.perAccountTimeShare[t],
        );
        for (let k = 1; k < per.length; k++) expect(per[k]!).toBeLessThanOrEqual(per[k - 1]! + 1e-12);
      }),
    );
  });

  it("every note names a figure of its row (or of its region), in both languages", () => {
    fc.assert(
      fc.property(sheets, fc.constantFrom(zh, en), (values, messages) => {
        for (const a of tier(values, messages).accounts) expect(a.note).toMatch(/\d/);
      }),
    );
  });

  it("every share on the strategy sheet stands beside the course's reference", () => {
    fc.assert(
      fc.property(sheets, fc.constantFrom("zh-CN" as const, "en-US" as const), (values, language) => {
        const r = tier(values, getMessages(language).engine);
        const s = planStrategySheet(r, getMessages(language), "S", AS_OF);
        const top = s.rows.findIndex((x) => x.style === "tableHeader");
        for (let k = 1; k <= TIERS.length; k++) {
          const cells = s.rows[top + k]!.cells;
          expect(typeof cells[2]).toBe("number");
          expect(String(cells[8])).toMatch(
            language === "zh-CN"
              ? /^课程：约\d+%客户、\d+%时间$/
              : /^course: ~\d+% of accounts, \d+% of time$/,
          );
        }
      }),
    );
  });
});

describe("the promotion candidates on the strategy sheet", () => {
  it("ask a candidate long overdue to pay before any reward, in its note and beside it in the list", () => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "去年销售额（万元）", "逾期天数"]];
    for (let i = 0; i < 40; i++) values.push([`经销商${i + 1}`, 400 - i * 9, 380 - i * 9, 0]);
    // 经销商12, just below the key places, 95 days overdue (D); 经销商13, 40 days (C).
    (values[12] as Cell[])[3] = 95;
    (values[13] as Cell[])[3] = 40;
    const r = run(values);
    const d = r.result.accounts[11]!;
    expect(d).toMatchObject({ tier: "ordinary", promotionCandidate: true, credit: "D" });
    expect(d.note).toContain("但逾期未回款：先收回欠款，再评估晋级");
    expect(d.note).not.toContain("奖励其发展行为");
    expect(d.note).toContain("资信D（逾期95天）：现款现货，停止新增授信");
    // Credit C, 40 days overdue, as the list's line says: collect first too, no reward yet.
    const c = r.result.accounts[12]!;
    expect(c).toMatchObject({ tier: "ordinary", promotionCandidate: true, credit: "C" });
    expect(c.note).toContain("但逾期未回款：先收回欠款，再评估晋级");
    expect(c.note).not.toContain("奖励其发展行为");
    const sheet = r.plan!.strategySheet.rows.map((row) => row.cells);
    const header = sheet.findIndex((c) => c[0] === "名称" && c[4] === "距重点客户线（元）");
    expect(sheet[header]?.[6]).toBe("资信");
    const candidates = sheet.slice(header);
    expect(candidates.find((c) => c[0] === "经销商12")?.[6]).toBe("D（逾期95天）");
    expect(candidates.find((c) => c[0] === "经销商13")?.[6]).toBe("C（逾期40天）");
    expect(candidates.find((c) => c[0] === "经销商14")?.[6]).toBe("");
    // On cash terms, it is also among the accounts with credit D, above the candidates.
    const hold = sheet.findIndex((c) => c[0] === "资信D客户");
    expect(hold).toBeGreaterThan(0);
    expect(hold).toBeLessThan(header);
    expect(sheet[hold + 2]).toEqual(["名称", "行号", "负责人", "销售额（元）", "资信"]);
    expect(sheet[hold + 3]).toEqual(["经销商12", 13, "", 3_010_000, "D（逾期95天）"]);
    expect(r.result.summary.creditHold.slice().map((e) => e.name)).toEqual(["经销商12"]);
    // Without a credit input, no credit column.
    const plain = run(values.map((row) => row.slice(0, 3))).plan!.strategySheet.rows.map((row) => row.cells);
    expect(plain.find((c) => c[0] === "名称" && c[4] === "距重点客户线（元）")).toHaveLength(6);
    const en = run(values, { language: "en-US" }).result.accounts[11]!;
    expect(en.note).toContain("but long overdue: collect before promoting");
    const enC = run(values, { language: "en-US" }).result.accounts[12]!;
    expect(enC.note).toContain("but overdue: collect before promoting");
    // A C by its rating alone (no days overdue): its credit is checked first.
    const rated = values.map((row, k) => [...row, k === 0 ? "资信等级" : k === 13 ? "C" : "A"]);
    (rated[13] as Cell[])[3] = 0;
    const byRating = run(rated).result.accounts[12]!;
    expect(byRating).toMatchObject({ promotionCandidate: true, credit: "C" });
    expect(byRating.note).toContain("但资信C：先核实资信、收紧账期，再评估晋级");
    // … and said once: the credit line would repeat it ("…再评估晋级；资信C：收紧账期，盯紧回款").
    expect(byRating.note.match(/资信C/g)).toHaveLength(1);
    // A D by its rating alone: cash terms, said once, not "tighten terms".
    (rated[13] as Cell[])[4] = "D";
    const byD = run(rated).result.accounts[12]!;
    expect(byD).toMatchObject({ promotionCandidate: true, credit: "D" });
    expect(byD.note).toContain("但资信D：现款现货，停止新增授信，再评估晋级");
    expect(byD.note.match(/资信D/g)).toHaveLength(1);
    const enD = run(rated, { language: "en-US" }).result.accounts[12]!;
    expect(enD.note).toContain(
      "but credit D: cash on delivery and no new credit, then review before promoting",
    );
    expect(enD.note.match(/Credit D|credit D/g)).toHaveLength(1);
  });

  it("say how far above the key line a candidate already is, in words, not as a negative gap", () => {
    for (const [language, above] of [
      ["zh-CN", '"已超出 "'],
      ["en-US", '"above by "'],
    ] as const) {
      const m = getMessages(language);
      const values: Cell[][] = [
        ["Distributor", "Revenue", "Prior Year Sales"],
        // A small key account by score (strong growth) and an ordinary account selling more.
        ...Array.from({ length: 40 }, (_, i): Cell[] => [
          `Dealer ${i + 1}`,
          (40 - i) * 10_000,
          (40 - i) * 10_000,
        ]),
      ];
      const r = tier(values, m.engine);
      const s = planStrategySheet(r, m, "S", AS_OF);
      const header = s.rows.findIndex(
        (x) => x.style === "tableHeader" && x.cells[4] === m.workbook.candidatesColumns[4],
      );
      expect(header).toBeGreaterThan(0);
      const first = s.rows[header + 1]!;
      expect(typeof first.cells[4]).toBe("number");
      // Negative gaps take the second section of the format: words, no minus sign.
      expect(first.formats?.[4]).toBe(m.workbook.gapFormat);
      expect(m.workbook.gapFormat.split(";")[1]).toContain(above);
      // Beside it, the candidate's growth with its sign (here flat: the same sales as last year).
      expect(s.rows[header]!.cells[5]).toBe(language === "zh-CN" ? "同比" : "YoY");
      expect(first.cells[5]).toBe(0);
      expect(first.formats?.[5]).toBe("+0.0%;-0.0%;0.0%");
    }
  });
});

describe("re-runs against the saved roster", () => {
  const ledger = (): Cell[][] => [
    ["Distributor", "Revenue", "Prior Year Sales", "Owner"],
    ...Array.from({ length: 30 }, (_, i): Cell[] => [
      `Dealer ${String(i + 1).padStart(2, "0")}`,
      (30 - i) * 100_000,
      (30 - i) * 100_000,
      "Wang",
    ]),
  ];
  const withOutputs = (values: Cell[][], plan: NonNullable<ReturnType<typeof run>["plan"]>): Cell[][] =>
    values.map((r, k) => {
      const out = [...r];
      for (const c of plan.columns) out[c.column] = k === 0 ? c.header : (c.values.at(k - 1) ?? null);
      return out;
    });
  /** The strategy sheet's rows, as cells (the printed watch list among them). */
  const strategyCells = (plan: NonNullable<ReturnType<typeof run>["plan"]>) =>
    plan.strategySheet.rows.map((r) => r.cells);
  /** The change log's cell on the line of `name`, under the header that starts with `h`. */
  const logCell = (plan: NonNullable<ReturnType<typeof run>["plan"]>, name: string, h: string) => {
    const log = plan.changeLog.rows.map((r) => r.cells);
    const header = log[0]!;
    return log.find((cells) => cells[2] === name)![header.findIndex((c) => String(c).startsWith(h))];
  };

  it("changes nothing when nothing was edited", () => {
    const first = run(ledger()).plan!;
    const again = run(withOutputs(ledger(), first), { previous: first.settings });
    expect(again.result.summary.changes).toEqual({ new: 0, same: 30, promoted: 0, demoted: 0, removed: 0 });
    expect(again.result.summary.watchList.slice()).toEqual([]);
    // The log says the re-run happened and changed nothing; the first run's line stays.
    const [latest, ...earlier] = again.plan!.settings.history!;
    expect(latest).toEqual({ date: "2025-06-30", first: false, accounts: 30, changes: [], more: 0 });
    expect(earlier).toEqual(first.settings.history);
  });

  it("keeps a streak of re-runs that changed nothing as one line, dated by the last, saying since when", () => {
    const first = run(ledger()).plan!;
    const values = withOutputs(ledger(), first);
    let previous = first.settings;
    for (const day of ["2025-07-01", "2025-07-15", "2025-07-31"]) {
      previous = run(values, { previous, asOf: new Date(`${day}T00:00:00Z`) }).plan!.settings;
    }
    const history = previous.history!;
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({
      date: "2025-07-31",
      changes: [],
      sameSince: "2025-07-01",
      sameRuns: 3,
    });
    expect(history[1]).toEqual(first.settings.history![0]);
    // Saved and read back as it was written.
    expect(parseSettings(serializeSettings(previous), en).settings?.history).toEqual(history);
    // A run that changes something starts a new line above the streak.
    const fewer = values.filter((r) => r[0] !== "Dealer 30");
    const changed = run(fewer, { previous, asOf: new Date("2025-08-31T00:00:00Z") }).plan!.settings.history!;
    expect(changed.map((e) => [e.date, e.changes.length, e.sameRuns])).toEqual([
      ["2025-08-31", 1, undefined],
      ["2025-07-31", 0, 3],
      [first.settings.history![0]!.date, 0, undefined],
    ]);
  });

  it("lists a deleted key account as removed, with what it sold, and puts it on the watch list", () => {
    const firstRun = run(ledger());
    const first = firstRun.plan!;
    const was = firstRun.result.accounts.find((a) => a.name === "Dealer 01")!;
    const values = withOutputs(ledger(), first);
    values.splice(1, 1); // Dealer 01, the largest account, is deleted
    const again = run(values, { previous: first.settings });
    expect(again.result.removed).toEqual([
      {
        name: "Dealer 01",
        previousTier: "key",
        previousRow: 2,
        previousRevenue: 3_000_000,
        previousScore: Math.round(was.score * 10) / 10,
        previousRank: 1,
      },
    ]);
    expect(again.result.summary.changes.removed).toBe(1);
    expect(again.result.summary.watchList.slice()).toContainEqual({
      row: null,
      name: "Dealer 01",
      reasons: ["removed"],
      drop: null,
      credit: null,
      lastSales: 3_000_000,
    });
    // The change log says how much left the sheet: its sales, score and rank at the last run.
    const removedRow = again
      .plan!.changeLog.rows.map((r) => r.cells)
      .find((cells) => cells[2] === "Dealer 01")!;
    const at = (h: string) => logCell(again.plan!, "Dealer 01", h);
    expect(removedRow).toEqual(expect.arrayContaining(["Dealer 01", "Key account", "Removed"]));
    expect(at("Revenue before")).toBe(3_000_000);
    expect(at("Score before")).toBe(Math.round(was.score * 10) / 10);
    expect(at("Score rank before")).toBe(1);
    expect(at("Revenue now")).toBe("");
    // Its reason says what became of it (it was blank).
    expect(at("Reason")).toBe("No longer on the sheet");
    // The printed watch list names it, with no row to go to, and the sales that left with it.
    expect(strategyCells(again.plan!)).toContainEqual([
      "Dealer 01",
      "removed",
      "",
      "",
      "removed from the sheet (revenue ¥3M at the last run)",
    ]);
  });

  it("lists a key account ended by its status as left out on its row, not as removed from the sheet", () => {
    const withStatus = (status: (i: number) => string): Cell[][] =>
      ledger().map((r, k) => [...r, k === 0 ? "Status" : status(k - 1)]);
    const first = run(withStatus(() => "Active")).plan!;
    // Dealer 01, the largest, churned; Dealer 30 turns out to be a competitor, and sold nothing.
    const values = withOutputs(
      withStatus((i) => (i === 0 ? "Churned" : i === 29 ? "Competitor" : "Active")),
      first,
    );
    (values[30] as Cell[])[1] = 0;
    // Dealer 02 and Dealer 03, key accounts, fall by half: demoted and watched too.
    (values[2] as Cell[])[1] = 1_450_000;
    (values[3] as Cell[])[1] = 1_400_000;
    const again = run(values, { previous: first.settings });
    expect(again.result.removed.map((r) => [r.name, r.leftOut])).toEqual([
      ["Dealer 01", { row: 2, reason: "inactive", text: "Churned" }],
      ["Dealer 30", { row: 31, reason: "notAccount", text: "Competitor" }],
    ]);
    // Counted apart from the accounts gone from the sheet: the summary said "2 removed", and a manager
    // looked for deleted rows.
    expect(again.result.summary.changes).toMatchObject({ removed: 0, leftOut: 2 });
    expect(changesEn(again.result.summary.changes)).toBe("3 promoted, 2 demoted, 2 left out; 23 unchanged");
    expect(changesZh(again.result.summary.changes)).toBe("晋级 3 家，降级 2 家，转为未分级 2 家；23 家不变");
    // The watch list and the change log said "removed from the sheet", "No longer on the sheet".
    // It leads the list, by the ¥3M it sold at the last run: the largest loss was listed last.
    expect(again.result.summary.watchList.slice().map((e) => [e.row, e.name, e.reasons])).toEqual([
      [2, "Dealer 01", ["removed"]],
      [3, "Dealer 02", ["demoted", "falling"]],
      [4, "Dealer 03", ["demoted", "falling"]],
    ]);
    expect(strategyCells(again.plan!)).toContainEqual([
      "Dealer 01",
      2,
      "",
      "",
      "ended ('Churned'; revenue ¥3M at the last run)",
    ]);
    const at = (name: string, h: string) => logCell(again.plan!, name, h);
    expect([at("Dealer 01", "Row"), at("Dealer 01", "Change"), at("Dealer 01", "Reason")]).toEqual([
      2,
      "Left out",
      "Still on the sheet, but 'Churned': ended or no longer in use",
    ]);
    expect(at("Dealer 30", "Reason")).toBe(
      "Still on the sheet, but 'Competitor': neither a customer nor a prospect",
    );
    // In Chinese, alike; its status is not quoted where it says what the label says.
    for (const [status, said] of [
      ["Churned", "已停止合作（“Churned”，上次分级时销售额300万元）"],
      ["停止合作", "已停止合作（上次分级时销售额300万元）"],
    ]) {
      const ended = values.map((r, k) => (k === 1 ? r.map((c) => (c === "Churned" ? status : c)) : r));
      const zhRun = run(ended, { previous: first.settings, language: "zh-CN" });
      expect(strategyCells(zhRun.plan!)).toContainEqual(["Dealer 01", 2, "", "", said]);
    }
  });

  it("takes the last run's tiers from its roster, and says where a planner typed over the tier column", () => {
    const first = run(ledger()).plan!;
    const tierAt = first.columns.find((c) => c.key === "tier")!.column;
    const values = withOutputs(ledger(), first);
    (values[20] as Cell[])[tierAt] = "Key account"; // Dealer 20, ordinary, typed over as key …
    (values[1] as Cell[])[tierAt] = "Ordinary account"; // … and Dealer 01, key, as ordinary
    const again = run(values, { previous: first.settings });
    const dealer = (name: string) => again.result.accounts.find((a) => a.name === name)!;
    // Nothing moved: the run wrote ordinary and key there, and nothing it reads has changed.
    expect(again.result.summary.changes).toEqual({ new: 0, same: 30, promoted: 0, demoted: 0, removed: 0 });
    expect(dealer("Dealer 20").tier).toBe("ordinary");
    expect(dealer("Dealer 01").tier).toBe("key");
    expect(dealer("Dealer 01").note).not.toContain("No longer a key account");
    expect(again.result.summary.watchList.slice()).toEqual([]);
    const edits = again.result.findings.filter((f) => f.code === "tier.editedByHand");
    expect(edits.map((f) => [f.row, f.column, f.header])).toEqual([
      [2, "E", "Tier"],
      [21, "E", "Tier"],
    ]);
    expect(edits[1]?.message).toBe(
      "Row 21: Tier was changed by hand to 'Key account' (the last run wrote 'Ordinary account'). The run " +
        "rewrites this column by its rules, so the change was not taken; to set a tier by hand, add a column " +
        "headed 'Tier override' and run again.",
    );
    // Where the sheet has an override column, the finding names it.
    const withOverride = values.map((r, k) => [...r, k === 0 ? "手动分级" : null]);
    const zhRun = run(withOverride, { previous: first.settings, language: "zh-CN" });
    expect(zhRun.result.findings.find((f) => f.code === "tier.editedByHand" && f.row === 21)?.message).toBe(
      "第21行：Tier被手动改为“重点客户”（上次分级为“普通客户”）。此列每次运行都会按规则重写，本次未采用这一修改；" +
        "如需手动指定分级，请填写“手动分级”列，再运行。",
    );
    // Text that names no tier, typed over the cell, is said too, as typed.
    const pending = values.map((r) => [...r]);
    (pending[7] as Cell[])[tierAt] = "待定";
    const typedText = run(pending, { previous: first.settings }).result.findings.filter(
      (f) => f.code === "tier.editedByHand",
    );
    expect(typedText.map((f) => f.row)).toEqual([2, 8, 21]);
    expect(typedText[1]?.message).toMatch(
      /^Row 8: Tier was changed by hand to '待定' \(the last run wrote 'Ordinary account'\)/,
    );
    // Nor where the row's override sets the tier it was typed over with.
    const overridden = withOverride.map((r, k) => (k === 20 ? [...r.slice(0, -1), "重点"] : r));
    const byOverride = run(overridden, { previous: first.settings, language: "zh-CN" }).result;
    expect(byOverride.accounts.find((a) => a.name === "Dealer 20")?.tier).toBe("key");
    expect(byOverride.findings.filter((f) => f.code === "tier.editedByHand").map((f) => f.row)).toEqual([2]);
    // A tier cell cleared by hand says nothing: the roster knows what was there.
    (values[20] as Cell[])[tierAt] = null;
    (values[1] as Cell[])[tierAt] = null;
    expect(run(values, { previous: first.settings }).result.findings.map((f) => f.code)).not.toContain(
      "tier.editedByHand",
    );
  });

  it("keeps a next review a planner typed over until a visit on or after it, and remembers it as theirs", () => {
    const visits = (values: Cell[][], visit: (k: number) => Cell): Cell[][] =>
      values.map((r, k) => [...r, k === 0 ? "Last Visit" : visit(k)]);
    const base = visits(ledger(), () => "2025-05-20");
    const first = run(base).plan!;
    const at = first.columns.find((c) => c.key === "nextReview")!.column;
    const values = withOutputs(base, first);
    // Dealer 05 (ordinary: next review 2025-08-20) is booked for 2025-07-10, typed as text; Dealer 06 as
    // a date; Dealer 07's cell is left as the run wrote it.
    (values[5] as Cell[])[at] = "2025-07-10";
    (values[6] as Cell[])[at] = new Date(Date.UTC(2025, 8, 1));
    const again = run(values, { previous: first.settings });
    const review = (r: ReturnType<typeof run>, name: string) =>
      r.result.accounts.find((a) => a.name === name)?.nextReview;
    expect(review(again, "Dealer 05")).toBe("2025-07-10");
    expect(review(again, "Dealer 06")).toBe("2025-09-01");
    expect(review(again, "Dealer 07")).toBe("2025-08-20");
    const found = again.result.findings.filter((f) => f.code === "review.editedByHand");
    expect(found.map((f) => [f.severity, f.row, f.column, f.header])).toEqual([
      ["info", 6, "J", "Next Review"],
      ["info", 7, "J", "Next Review"],
    ]);
    expect(found[0]?.message).toBe(
      "Row 6: Next Review was changed by hand to 2025-07-10; it is kept, until 'Last Visit' shows a visit on or after it, when the review cycle sets it again.",
    );
    const zhRun = run(values, { previous: first.settings, language: "zh-CN" }).result;
    expect(zhRun.findings.find((f) => f.code === "review.editedByHand")?.message).toBe(
      "第6行：Next Review手工改为2025-07-10，本次保留；“Last Visit”记到该日或之后时，再按复查周期重新计算。",
    );
    // The written cell holds the planner's date, and the roster remembers it as theirs, through the cells.
    // The writers leave the two cells as the planner typed them (a text stays a text).
    const againReview = again.plan!.columns.find((c) => c.key === "nextReview")!;
    expect(againReview.values.at(4)).toBe(45848);
    expect(againReview.kept).toEqual([4, 5]);
    expect(first.columns.find((c) => c.key === "nextReview")!.kept).toBeUndefined();
    const saved = parseSettings(
      serializeSettings(again.plan!.settings),
      getMessages("en-US").engine,
    ).settings!;
    expect(saved.roster?.handReviews).toEqual([4, 5]);
    expect(saved.roster?.reviews?.[4]).toBe(Date.UTC(2025, 6, 10) / 86_400_000);
    // The next run keeps them, silently, though the cell is just as the run wrote it …
    const third = run(withOutputs(base, again.plan!), { previous: saved });
    expect(review(third, "Dealer 05")).toBe("2025-07-10");
    expect(third.result.findings.filter((f) => f.code === "review.editedByHand")).toEqual([]);
    // … until the visit is on the sheet: the cycle sets the next review from it again.
    const visited = withOutputs(
      visits(ledger(), (k) => (k === 5 ? "2025-07-12" : "2025-05-20")),
      third.plan!,
    );
    // (Run in mid-July, after that visit: a visit after the run's day is no visit yet.)
    const fourth = run(visited, { previous: third.plan!.settings, asOf: new Date("2025-07-15T00:00:00Z") });
    expect(review(fourth, "Dealer 05")).toBe("2025-10-12");
    expect(review(fourth, "Dealer 06")).toBe("2025-09-01");
    expect(fourth.result.findings.filter((f) => f.code === "review.editedByHand")).toEqual([]);
  });

  it("keeps a note a planner typed over, says so on its cell, and writes a fresh one once the cell is cleared", () => {
    const first = run(ledger()).plan!;
    const noteColumn = first.columns.find((c) => c.key === "note")!;
    const at = noteColumn.column;
    const values = withOutputs(ledger(), first);
    const written = (values[5] as Cell[])[at] as string;
    (values[5] as Cell[])[at] = "Met the owner in March: annual rebate agreed"; // Dealer 05
    (values[3] as Cell[])[2] = 2_900_000; // Dealer 03's sales move: its note changes, and is the run's
    const again = run(values, { previous: first.settings });
    const dealer = (r: ReturnType<typeof run>, name: string) =>
      r.result.accounts.find((a) => a.name === name)!;
    expect(dealer(again, "Dealer 05").note).toBe("Met the owner in March: annual rebate agreed");
    expect(dealer(again, "Dealer 03").note).not.toBe((values[3] as Cell[])[at]);
    const kept = again.result.findings.filter((f) => f.code.startsWith("note."));
    expect(kept.map((f) => [f.code, f.severity, f.row, f.column, f.header])).toEqual([
      ["note.editedByHand", "warning", 6, "N", "Strategy Note"],
    ]);
    expect(kept[0]?.message).toBe(
      "Row 6: Strategy Note was edited by hand since the last run; your text is kept and no longer updated. " +
        "To have a note written from the latest figures, clear the cell and run again.",
    );
    // The writers leave that one cell as it is: its value is the planner's text (for widths and heights).
    const againNote = again.plan!.columns.find((c) => c.key === "note")!;
    expect(againNote.kept).toEqual([4]);
    expect(againNote.values.at(4)).toBe("Met the owner in March: annual rebate agreed");
    expect(first.columns.every((c) => c.kept === undefined)).toBe(true);
    // The roster remembers it as the planner's, through the settings' cells and back.
    const saved = parseSettings(
      serializeSettings(again.plan!.settings),
      getMessages("en-US").engine,
    ).settings!;
    expect(saved.roster?.handNotes).toEqual([4]);
    expect(saved.roster?.notes).toHaveLength(30);
    expect(saved.roster?.notes?.[4]).toBe(noteFingerprint("Met the owner in March: annual rebate agreed"));
    // The next run keeps it again, now as the planner's (an info), in Chinese too …
    const third = run(withOutputs(ledger(), again.plan!), { previous: saved, language: "zh-CN" });
    expect(dealer(third, "Dealer 05").note).toBe("Met the owner in March: annual rebate agreed");
    const keptAgain = third.result.findings.filter((f) => f.code.startsWith("note."));
    expect(keptAgain.map((f) => [f.code, f.severity, f.row])).toEqual([["note.keptByHand", "info", 6]]);
    expect(keptAgain[0]?.message).toBe(
      "第6行：Strategy Note是手工填写的内容，本次照旧保留；如需按最新数据重新生成建议，清空该单元格后再运行。",
    );
    // … until the cell is cleared: a fresh note, nothing said, nothing kept.
    const cleared = withOutputs(ledger(), third.plan!);
    (cleared[5] as Cell[])[at] = null;
    const fourth = run(cleared, { previous: third.plan!.settings, language: "en-US" });
    expect(dealer(fourth, "Dealer 05").note).toBe(written);
    expect(fourth.result.findings.filter((f) => f.code.startsWith("note."))).toEqual([]);
    expect(fourth.plan!.columns.find((c) => c.key === "note")!.kept).toBeUndefined();
    // New accounts: one a planner typed a note on is kept; one started as a copy of Dealer 07's row,
    // note and all, gets its own (the roster knows that note as the run's).
    const grown = withOutputs(ledger(), first);
    const copied = [...(grown[7] as Cell[])];
    copied[0] = "Dealer 31";
    copied[1] = 150_000;
    const typed = [...(grown[8] as Cell[])];
    typed[0] = "Dealer 32";
    typed[at] = "New in Q4: trial order";
    grown.push(copied, typed);
    const withNew = run(grown, { previous: first.settings });
    expect(dealer(withNew, "Dealer 32").note).toBe("New in Q4: trial order");
    expect(dealer(withNew, "Dealer 31").note).not.toBe(copied[at]);
    expect(dealer(withNew, "Dealer 31").note).toMatch(/^Sales ¥150K/);
    const newFound = withNew.result.findings.filter((f) => f.code.startsWith("note."));
    expect(newFound.map((f) => [f.code, f.row])).toEqual([["note.editedByHand", 33]]);
    expect(newFound[0]?.message).toBe(
      "Row 33: Strategy Note holds text written by hand on an account new since the last run; it is kept, " +
        "and no note is written there. To have a note written from the latest figures, clear the cell and run again.",
    );
    expect(withNew.plan!.columns.find((c) => c.key === "note")!.kept).toEqual([31]);
    const zhNew = run(grown, { previous: first.settings, language: "zh-CN" }).result.findings;
    expect(zhNew.find((f) => f.code === "note.editedByHand")?.message).toBe(
      "第33行（新增客户）：Strategy Note是手工填写的内容，本次保留，不自动生成；如需按最新数据重新生成建议，清空该单元格后再运行。",
    );
    // A formula typed into a note cell, which the file holds no result for, is the planner's as well.
    const formula = withOutputs(ledger(), first);
    (formula[9] as Cell[])[at] = { formula: 'B10&" to visit"' };
    const withFormula = run(formula, { previous: first.settings });
    expect(withFormula.result.findings.filter((f) => f.code.startsWith("note.")).map((f) => f.row)).toEqual([
      10,
    ]);
    expect(withFormula.plan!.columns.find((c) => c.key === "note")!.kept).toEqual([8]);
    // A roster saved before notes were remembered keeps the old way: the run's note, nothing said.
    const { notes: _notes, handNotes: _hand, ...older } = first.settings.roster!;
    const oldRoster = run(values, { previous: { ...first.settings, roster: older } });
    expect(dealer(oldRoster, "Dealer 05").note).toBe(written);
    expect(oldRoster.result.findings.filter((f) => f.code.startsWith("note."))).toEqual([]);
  });

  it("asks to name an owner first where a key account at risk has none, instead of a review with the owner", () => {
    const first = run(ledger()).plan!;
    const values = withOutputs(ledger(), first);
    // Dealer 03, a key account, is overtaken by seven others and its owner has left; Dealer 01 falls by
    // half and has nobody either.
    for (let k = 4; k <= 10; k++) (values[k] as Cell[])[1] = 5_000_000;
    (values[3] as Cell[])[3] = "待分配";
    (values[1] as Cell[])[1] = 1_500_000;
    (values[1] as Cell[])[3] = null;
    const again = run(values, { previous: first.settings });
    const noteOf = (name: string) => again.result.accounts.find((a) => a.name === name)?.note ?? "";
    expect(again.result.accounts.find((a) => a.name === "Dealer 03")?.change).toBe("demoted");
    expect(noteOf("Dealer 03")).toContain(
      "no longer a key account, and no owner: assign one, review the causes, plan a recovery",
    );
    expect(noteOf("Dealer 01")).toContain("no owner: name one of our best, review the causes");
    for (const name of ["Dealer 01", "Dealer 03"]) {
      expect(noteOf(name)).not.toContain("with the owner");
      // Said once: the recovery line names the missing owner, no second line does.
      expect(noteOf(name)).not.toContain("No owner");
    }
    // An owner still there reviews it with the owner.
    (values[3] as Cell[])[3] = "Wang";
    const owned = run(values, { previous: first.settings }).result.accounts.find(
      (a) => a.name === "Dealer 03",
    );
    expect(owned?.note).toContain("no longer a key account: review the causes with the owner");
  });

  it("leaves a key account a planner set to ordinary by hand off the watch list, its note not asking it back", () => {
    const first = run(ledger()).plan!;
    const values = withOutputs(ledger(), first).map((r, k) => [...r, k === 0 ? "Tier Override" : null]);
    const override = (values[0] as Cell[]).length - 1;
    (values[2] as Cell[])[override] = "Ordinary"; // Dealer 02, a key account, set to ordinary by hand
    (values[2] as Cell[])[1] = 1_450_000; // … and its sales halved
    const again = run(values, { previous: first.settings });
    const d2 = again.result.accounts[1]!;
    expect(d2).toMatchObject({
      name: "Dealer 02",
      tier: "ordinary",
      change: "demoted",
      override: "ordinary",
    });
    expect(again.result.summary.watchList.slice().map((e) => e.name)).not.toContain("Dealer 02");
    expect(d2.note).not.toMatch(/No longer a key account|plan a recovery/);
  });

  it("watches a key account whose revenue halves since the last run", () => {
    const first = run(ledger()).plan!;
    const values = withOutputs(ledger(), first);
    (values[2] as Cell[])[1] = 1_450_000; // Dealer 02: ¥2.9M last run
    const again = run(values, { previous: first.settings });
    const entry = again.result.summary.watchList.slice().find((e) => e.name === "Dealer 02");
    expect(entry?.reasons).toContain("falling");
    // The fall is the year-on-year the note shows already: said once.
    expect(again.result.accounts[1]?.note).toContain("-50% YoY; falling: review the causes");
    expect(again.result.accounts[1]?.note).not.toContain("Sales down");
    expect(strategyCells(again.plan!)).toContainEqual(
      expect.arrayContaining(["Dealer 02", 3, "Wang", 1_450_000]),
    );
  });

  it("measures the fall against whichever of the prior year and the last run it fell further from", () => {
    const first = run(ledger()).plan!;
    const values = withOutputs(ledger(), first);
    (values[2] as Cell[])[1] = 1_450_000; // Dealer 02: ¥2.9M last run …
    (values[2] as Cell[])[2] = 1_500_000; // … though the prior-year column now says ¥1.5M (a 3% fall)
    const again = run(values, { previous: first.settings });
    expect(again.result.summary.watchList.slice().find((e) => e.name === "Dealer 02")?.reasons).toContain(
      "falling",
    );
    expect(again.result.accounts[1]?.note).toContain("; sales down 50%");
  });

  it("watches a key account whose own year-on-year column says it fell, without last year's sales", () => {
    const values: Cell[][] = [
      ["经销商名称", "年销售额（万元）", "同比增长率"],
      ["永辉超市", 800, "-45%"],
      ["华润万家", 500, "-15%"],
      ...Array.from({ length: 18 }, (_, i): Cell[] => [`经销商${i + 1}`, 10 + i, `${i}%`]),
    ];
    const r = run(values);
    const watch = r.result.summary.watchList.slice();
    expect(watch.find((e) => e.name === "永辉超市")?.reasons).toContain("falling");
    // 15% is within the rules' 20%.
    expect(watch.find((e) => e.name === "华润万家")).toBeUndefined();
    expect(r.result.accounts[0]?.note).toContain("同比下降45%；销售下滑：本月与负责人一起复盘原因");
    // The printed list says by how much, as the note does.
    const sheet = r.plan!.strategySheet.rows.map((row) => row.cells);
    expect(sheet).toContainEqual(["永辉超市", 2, "", 8_000_000, "销售下滑45%"]);
  });

  it("says which credit class put a key account on the watch list, and what set it", () => {
    const values: Cell[][] = [
      ["经销商名称", "年销售额（万元）", "资信等级", "逾期天数"],
      ["永辉超市", 800, "A", 113],
      ["华润万家", 700, "C", 0],
      ["大润发", 600, "B", "31-60天"],
      ...Array.from({ length: 27 }, (_, i): Cell[] => [`经销商${i + 1}`, 10 + i, "A", 0]),
    ];
    const r = run(values);
    const watch = r.result.summary.watchList.slice();
    expect(watch.find((e) => e.name === "永辉超市")?.credit).toEqual({
      grade: "D",
      byOverdue: true,
      days: 113,
      to: null,
    });
    // The printed list says it as the credit column does: the class, and the days where they set it.
    const sheet = r.plan!.strategySheet.rows.map((row) => row.cells);
    expect(sheet).toContainEqual(["永辉超市", 2, "", 8_000_000, "资信D（逾期113天）"]);
    expect(sheet).toContainEqual(["华润万家", 3, "", 7_000_000, "资信C"]);
    expect(sheet).toContainEqual(["大润发", 4, "", 6_000_000, "资信C（逾期31-60天）"]);
    const inEnglish = run(values, { language: "en-US" }).plan!.strategySheet.rows.map((row) => row.cells);
    expect(inEnglish).toContainEqual(["永辉超市", 2, "", 8_000_000, "credit D (113 days overdue)"]);
  });

  it("lists the key accounts to watch with the largest sales first, as the credit list is", () => {
    // In sheet order a manager working down the list met a ¥50万 account before a ¥1,480万 one.
    const values: Cell[][] = [
      ["经销商名称", "年销售额（万元）", "资信等级"],
      ...Array.from({ length: 40 }, (_, i): Cell[] => [`经销商${i + 1}`, 10 + i, "A"]),
      ["兰州天成", 300, "C"],
      ["长沙宏远", 1480, "C"],
      ["重庆瑞丰", 500, "C"],
      ["贵阳鑫源", 900, "A"],
      ["南宁嘉禾", 700, "D"],
    ];
    const r = run(values);
    const names = r.result.summary.watchList.slice().map((e) => e.name);
    expect(names).toEqual(["长沙宏远", "南宁嘉禾", "重庆瑞丰", "兰州天成"]);
    const sheet = r.plan!.strategySheet.rows.map((row) => row.cells[0]);
    const first = sheet.indexOf("长沙宏远");
    expect(sheet.slice(first, first + 4)).toEqual(["长沙宏远", "南宁嘉禾", "重庆瑞丰", "兰州天成"]);
  });
});

describe("the strategy sheet in the sales' currency", () => {
  it("names the currency in its money columns and amounts", () => {
    const m = getMessages("zh-CN");
    const values: Cell[][] = [
      ["经销商名称", "年销售额（万美元）", "上年销售额（万美元）"],
      ...Array.from({ length: 40 }, (_, i): Cell[] => [`经销商${i + 1}`, 40 - i, 40 - i]),
    ];
    const r = tierAccounts({
      grid: { values, origin: { row: 0, column: 0 } },
      messages: m.engine,
      asOf: AS_OF,
    });
    const s = planStrategySheet(r, m, "S", AS_OF);
    const headers = s.rows.filter((x) => x.style === "tableHeader").flatMap((x) => x.cells.map(String));
    expect(headers).toContain("销售额（美元）");
    expect(headers.some((h) => h.includes("（元）"))).toBe(false);
  });
});

describe("key accounts lost over the year (a first run, from the prior-year column)", () => {
  // Thirty accounts: three key places. Last year 老大 and 老二 were the two largest; this year 老大 sells
  // 14% of last year's and 老二 nothing. 小店 fell as far, from a size no key account ever had.
  const ledger = (): Cell[][] => [
    ["经销商名称", "年销售额（万元）", "去年销售额（万元）", "负责人"],
    ["老大", 60, 419, "王芳"],
    ["老二", 0, 380, ""],
    ["小店", 1, 8, "李强"],
    ...Array.from({ length: 27 }, (_, i): Cell[] => [`经销商${i + 1}`, 300 - i * 10, 290 - i * 10, "张伟"]),
  ];

  it("watches them, says what they sold, and asks for a review instead of routine and cost cutting", () => {
    const r = run(ledger());
    const watch = r.result.summary.watchList.slice();
    expect(watch.map((e) => [e.name, e.reasons])).toEqual([
      ["老大", ["falling", "keyLastYear"]],
      ["老二", ["falling", "keyLastYear"]],
    ]);
    const note = (name: string) => r.result.accounts.find((a) => a.name === name)?.note ?? "";
    expect(note("老大")).toBe(
      "年销售额60万元，占1.3%，同比下降85.7%；去年419万元，达重点客户水平：本月与负责人一起复盘原因，制定挽回措施",
    );
    // 老二 bought nothing this year and has nobody: its figure says last year's sales, its line says who.
    expect(note("老二")).toBe(
      "本期无销售（去年380万元）；去年达重点客户水平，且无负责人：尽快指派能力最强的人员，复盘原因，制定挽回措施",
    );
    expect(note("小店")).not.toContain("重点客户水平");
    const sheet = r.plan!.strategySheet.rows.map((row) => row.cells);
    expect(sheet).toContainEqual(["老大", 2, "王芳", 600_000, "销售下滑85.7%、去年419万元，达重点客户水平"]);
    const en = run(ledger(), { language: "en-US" });
    expect(en.result.accounts[0]?.note).toContain(
      "key-account size last year (¥4.19M): review the causes with the owner this month, plan a recovery",
    );
    expect(en.plan!.strategySheet.rows.map((row) => row.cells)).toContainEqual([
      "老大",
      2,
      "王芳",
      600_000,
      "sales down 85.7%, key-account size last year (¥4.19M)",
    ]);
  });

  it("keeps a crowded note near its length (no owner, credit C): last year's sales said once", () => {
    const values = ledger();
    values[0] = [...(values[0] as Cell[]), "逾期天数"];
    values[1] = ["老大", 60, 419, "", 45];
    for (const language of ["zh-CN", "en-US"] as const) {
      const r = run(values, { language });
      const note = r.result.accounts[0]?.note ?? "";
      const max = language === "zh-CN" ? 80 : 160;
      // About the note's length: what is particular to the account is never dropped to fit.
      expect(note.length).toBeLessThanOrEqual(max * 1.1);
      // Beside last year's sales, the fall's percentage would say it twice.
      expect(note).not.toMatch(/85\.7%/);
      expect(note).toMatch(language === "zh-CN" ? /去年419万元.*资信C/ : /\(¥4\.19M\).*credit C/);
    }
  });

  it("names last year's sales as the span they cover, where the sales cover part of a year", () => {
    const values = ledger();
    values[0] = ["经销商名称", "1-10月销售额（万元）", "去年同期销售额（万元）", "负责人"];
    const r = run(values);
    const sheet = r.plan!.strategySheet.rows.map((row) => row.cells);
    expect(sheet).toContainEqual([
      "老大",
      2,
      "王芳",
      600_000,
      "销售下滑85.7%、去年同期419万元，达重点客户水平",
    ]);
    expect(r.result.accounts[0]?.note).toContain("；去年同期419万元，达重点客户水平：");
  });

  it("leaves out one set below key by hand, and a prior year given only for small accounts", () => {
    const values = ledger().map((row, k) => [...row, k === 0 ? "手动分级" : k === 1 ? "普通" : null]);
    expect(
      run(values)
        .result.summary.watchList.slice()
        .map((e) => e.name),
    ).toEqual(["老二"]);
    // Only three prior-year figures, all small: the third largest of them is no key account's size.
    const sparse = ledger().map((row, k) => (k > 3 ? [row[0], row[1], null, row[3]] : row));
    (sparse[1] as Cell[])[2] = 3;
    (sparse[2] as Cell[])[2] = 2;
    expect(run(sparse).result.summary.watchList.slice()).toEqual([]);
  });
});
