import fc from "fast-check";
import { type Cell, DEFAULT_RULES, detectColumns, tierAccounts, validateRules } from "../../../src/engine";
import { AS_OF, en, zh } from "../../helpers/sheet";

const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "合计",
    "Total",
    "12,3.4万",
    "¥1.2万",
    "(300)",
    "45%",
    "重点",
    "Prospect",
    "",
    "  ",
    "=1+1",
    "#N/A",
    "停止合作",
  ),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1_000_000, max: 1_000_000_000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom({ error: "#N/A" }, { error: "#DIV/0!" }, { error: "#REF!" }),
);

const HEADERS = [
  "经销商名称",
  "Revenue",
  "去年销售额",
  "Region",
  "逾期天数",
  "Market Share",
  "手动分级",
  "Status",
  "Owner",
  "合作年限",
  "Strategic",
  "Sensitivity",
];

const sheet = fc
  .tuple(
    fc.shuffledSubarray(HEADERS, { minLength: 1 }),
    fc.integer({ min: 0, max: 3 }),
    fc.array(fc.array(anyCell, { minLength: 0, maxLength: 13 }), { maxLength: 40 }),
  )
  .map(([headers, titleRows, rows]) => {
    const values: Cell[][] = [];
    for (let i = 0; i < titleRows; i++) values.push(i === 0 ? ["Distributor list 2025"] : []);
    values.push(headers.includes("经销商名称") ? headers : ["经销商名称", ...headers]);
    values.push(...rows);
    return values;
  });

const account = fc.record({
  name: fc
    .string({ minLength: 1, maxLength: 6 })
    .filter((s) => s.trim() !== "" && !/^(合计|total)/i.test(s.trim())),
  revenue: fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.constant(null)),
});

const run = (values: Cell[][], rules?: unknown, messages = en) =>
  tierAccounts({ grid: { values, origin: { row: 0, column: 0 } }, messages, rules, asOf: AS_OF });

describe("invariants", () => {
  it("no sheet of arbitrary cells makes the engine throw, and every finding names where it is", () => {
    fc.assert(
      fc.property(sheet, fc.constantFrom(en, zh), (values, messages) => {
        const r = run(values, undefined, messages);
        for (const f of r.findings) {
          expect(typeof f.message).toBe("string");
          if (f.code.startsWith("value.") || f.code.startsWith("row.")) {
            expect(f.row).toEqual(expect.any(Number));
            expect(f.column).toMatch(/^[A-Z]+$/);
          }
        }
      }),
      {
        numRuns: 300,
        // Found by this property (seed -1770566178): an invalid date in a number column threw on its way
        // into the finding; kept as an example so it runs every time.
        examples: [
          [
            [
              ["经销商名称", "逾期天数"],
              [0, new Date(Number.NaN)],
            ],
            en,
          ],
        ],
      },
    );
  });

  it("every data row gets exactly one tier or one reason to be skipped; counts and shares add up", () => {
    fc.assert(
      fc.property(
        fc.array(account, { minLength: 1, maxLength: 80 }),
        fc.constantFrom("countShare", "cumulativeRevenue", "revenueThreshold", "scoreThreshold"),
        (accounts, method) => {
          const values: Cell[][] = [["Distributor", "Revenue"], ...accounts.map((a) => [a.name, a.revenue])];
          const r = run(values, { tiering: { method, keyMinRevenue: 500_000 } });
          const rows = new Set([...r.accounts.map((a) => a.row), ...r.skipped.map((s) => s.row)]);
          expect(rows.size).toBe(accounts.length);
          expect(r.accounts.length + r.skipped.length).toBe(accounts.length);
          const t = r.summary.tiers;
          expect(t.key.accounts + t.ordinary.accounts + t.prospect.accounts).toBe(r.accounts.length);
          if (r.summary.revenue > 0)
            expect(t.key.revenueShare + t.ordinary.revenueShare + t.prospect.revenueShare).toBeCloseTo(1, 9);
          const time = r.accounts.reduce((s, a) => s + a.timeShare, 0) + r.summary.unallocatedTimeShare;
          if (r.accounts.length > 0) expect(time).toBeCloseTo(1, 9);
          // The time left to no one is exactly the shares of the tiers named as empty.
          const shares = DEFAULT_RULES.time.share;
          const named = r.summary.unallocatedTiers.reduce((s, tier) => s + shares[tier], 0);
          expect(r.summary.unallocatedTimeShare).toBeCloseTo(named, 9);
          for (const a of r.accounts) {
            expect(["key", "ordinary", "prospect"]).toContain(a.tier);
            expect(a.reason).not.toBe("");
            if (a.revenue === null || a.revenue <= 0) expect(a.tier).toBe("prospect");
          }
        },
      ),
    );
  });

  it("a move by hand (升级 / 降级) lands one tier from the machine's own, or is said on its row, never both", () => {
    const STEP = { key: 0, ordinary: 1, prospect: 2 } as const;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            account,
            move: fc.constantFrom(null, null, null, "升级", "降级", "Upgrade", "降一级"),
          }),
          { minLength: 1, maxLength: 60 },
        ),
        fc.constantFrom("countShare", "cumulativeRevenue", "revenueThreshold", "scoreThreshold"),
        fc.nat(),
        (rows, method, pick) => {
          const rules = { tiering: { method, keyMinRevenue: 500_000 } };
          const values: Cell[][] = [
            ["Distributor", "Revenue", "手动分级"],
            ...rows.map((x) => [x.account.name, x.account.revenue, x.move]),
          ];
          const r = run(values, rules);
          const refused = new Set(
            r.findings.filter((f) => f.code === "override.moveRefused").map((f) => f.row),
          );
          for (const a of r.accounts) {
            const typed = values[a.row - 1]?.[2] ?? null;
            const up = typed === "升级" || typed === "Upgrade";
            if (typed === null) {
              expect(a.moved).toBeNull();
              continue;
            }
            // Applied or said, never both.
            expect(a.moved !== null).toBe(!refused.has(a.row));
            if (a.moved === null) {
              expect(a.tier).toBe(a.machineTier);
              continue;
            }
            expect(a.moved).toBe(up ? "up" : "down");
            expect(STEP[a.tier] - STEP[a.machineTier]).toBe(up ? -1 : 1);
            expect(a.tier).not.toBe("prospect");
            expect(a.machineTier).not.toBe("prospect");
          }
          // One move alone starts from the tier the account has without it.
          const only = pick % rows.length;
          const alone = values.map((row, i) => (i === 0 || i === only + 1 ? row : [row[0], row[1], null]));
          const bare = values.map((row) => [row[0], row[1], null]);
          const moved = run(alone, rules).accounts.find((a) => a.row === only + 2);
          const before = run(bare, rules).accounts.find((a) => a.row === only + 2);
          if (moved && before) expect(moved.machineTier).toBe(before.tier);
        },
      ),
    );
  });

  it("a move with nowhere to go, alone, changes no account's tier (升级 on a key account, 降级 on an ordinary one)", () => {
    fc.assert(
      fc.property(
        // Sales heavy-tailed, as a ledger's are: the revenue core stops at its line and places go by score,
        // where an override moves the line.
        fc.array(
          fc.record({
            account,
            sales: fc.double({ min: 0, max: 12, noNaN: true }),
            prior: fc.double({ min: 0.5, max: 1.5, noNaN: true }),
            years: fc.nat(15),
          }),
          { minLength: 20, maxLength: 60 },
        ),
        fc.nat(),
        (rows, pick) => {
          const values: Cell[][] = [
            ["Distributor", "Revenue", "Prior Year Sales", "合作年限", "手动分级"],
            ...rows.map((x) => {
              const sales = Math.round(Math.exp(x.sales));
              return [x.account.name, sales, Math.round(sales * x.prior), x.years, null];
            }),
          ];
          const bare = run(values);
          const tier = pick % 2 === 0 ? "key" : "ordinary";
          const of = bare.accounts.filter((x) => x.tier === tier);
          const a = of[pick % Math.max(1, of.length)];
          if (!a || a.tier === "prospect") return;
          const moved = values.map((row, i) =>
            i === a.row - 1 ? [...row.slice(0, 4), a.tier === "key" ? "升级" : "降级"] : row,
          );
          const r = run(moved);
          expect(r.accounts.map((x) => x.tier)).toEqual(bare.accounts.map((x) => x.tier));
          expect(r.findings.filter((f) => f.code === "override.moveRefused").map((f) => f.row)).toEqual([
            a.row,
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("gives the same tiers for the same input, in any row order", () => {
    fc.assert(
      fc.property(fc.array(account, { minLength: 1, maxLength: 60 }), fc.integer(), (accounts, seed) => {
        const values: Cell[][] = [["Distributor", "Revenue"], ...accounts.map((a) => [a.name, a.revenue])];
        const shuffled = [
          values[0] as Cell[],
          ...fc.sample(fc.shuffledSubarray(values.slice(1), { minLength: values.length - 1 }), {
            numRuns: 1,
            seed,
          })[0]!,
        ];
        const tierByRowKey = (vals: Cell[][]) => {
          const r = run(vals);
          return r.accounts.map((a) => `${a.name}|${a.revenue}|${a.tier}`).sort();
        };
        expect(run(values).accounts.map((a) => a.tier)).toEqual(run(values).accounts.map((a) => a.tier));
        expect(tierByRowKey(shuffled)).toEqual(tierByRowKey(values));
      }),
    );
  });

  it("reports every row `same` when re-run on its own output", () => {
    fc.assert(
      fc.property(
        fc.array(account, { minLength: 1, maxLength: 60 }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        (accounts, hysteresis) => {
          const values: Cell[][] = [["Distributor", "Revenue"], ...accounts.map((a) => [a.name, a.revenue])];
          const first = run(values, { tiering: { hysteresis } });
          const again: Cell[][] = [["Distributor", "Revenue", "Tier"]];
          let k = 0;
          for (let i = 1; i < values.length; i++) {
            const a = first.accounts[k];
            const row = values[i] as Cell[];
            if (a && a.row === i + 1) {
              again.push([...row, en.tier[a.tier]]);
              k++;
            } else again.push([...row, null]);
          }
          const second = run(again, { tiering: { hysteresis } });
          expect(second.accounts.every((a) => a.change === "same")).toBe(true);
        },
      ),
    );
  });

  it("the band never leaves a key place empty: a re-run after any change has at least the quota", () => {
    // A first run, then some revenues change and some rows go: the band may keep a key account below
    // the line (the tier then has more than its places), never keep an account out of a place that
    // nobody holds.
    const change = fc.oneof(
      { arbitrary: fc.constant<"same" | "gone" | number>("same"), weight: 6 },
      { arbitrary: fc.constant<"same" | "gone" | number>("gone"), weight: 1 },
      { arbitrary: fc.integer({ min: 0, max: 1_000_000 }), weight: 3 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(account, change), { minLength: 1, maxLength: 120 }),
        fc.integer({ min: 0, max: 20 }),
        fc.constantFrom(0, 0.1, 0.3),
        (rows, bandPercent, coreRevenueShare) => {
          const rules = { tiering: { hysteresis: bandPercent / 100, coreRevenueShare, revenueGate: 0 } };
          const first = run([["Distributor", "Revenue"], ...rows.map(([a]) => [a.name, a.revenue])], rules);
          const tierOfRow = new Map(first.accounts.map((a) => [a.row, en.tier[a.tier]]));
          const again: Cell[][] = [["Distributor", "Revenue", "Tier"]];
          rows.forEach(([a, c], i) => {
            if (c !== "gone")
              again.push([a.name, c === "same" ? a.revenue : c, tierOfRow.get(i + 2) ?? null]);
          });
          const r = run(again, rules);
          const withSales = r.accounts.filter((a) => (a.revenue ?? 0) > 0).length;
          const keys = r.accounts.filter((a) => a.tier === "key").length;
          const keyCount = withSales > 0 ? Math.max(1, Math.round(0.1 * withSales)) : 0;
          expect(keys).toBeGreaterThanOrEqual(keyCount);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a re-run never demotes a key account for a blank sales cell in silence, nor half the selling accounts at all", () => {
    // The last run: distinct names, its tiers and sales; this run: the same accounts, some cells blank.
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 1_000_000 }), fc.boolean(), fc.boolean()), {
          minLength: 1,
          maxLength: 80,
        }),
        (rows) => {
          const names = rows.map((_, i) => `D${i}`);
          const previousRun = {
            date: "2025-10-31",
            complete: true,
            months: 12,
            accounts: rows.map(([revenue, key], i) => ({
              name: names[i] as string,
              tier: key ? ("key" as const) : ("ordinary" as const),
              row: i + 2,
              revenue,
              score: null,
              rank: null,
            })),
          };
          const values: Cell[][] = [
            ["Distributor", "Revenue"],
            ...rows.map(([revenue, , blank], i): Cell[] => [names[i] as string, blank ? null : revenue]),
          ];
          const r = tierAccounts({
            grid: { values, origin: { row: 0, column: 0 } },
            messages: en,
            asOf: AS_OF,
            previousRun,
          });
          const blank = rows.filter(([, , b]) => b).length;
          const stopped = r.findings.some((f) => f.severity === "error");
          // Every blank (sales emptied), or half or more blank: the run stops, nothing tiered.
          expect(stopped).toBe(blank === rows.length || (rows.length >= 2 && blank * 2 >= rows.length));
          if (stopped) {
            expect(r.accounts).toHaveLength(0);
            return;
          }
          // Fewer: each key account left blank is said on its row, and no other row.
          const said = r.findings.filter((f) => f.code === "tier.keySalesBlank").map((f) => f.row);
          const keyBlank = rows.flatMap(([, key, b], i) => (key && b ? [i + 2] : []));
          expect(said).toEqual(keyBlank);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("round-trips the rules through JSON", () => {
    const arb = fc.record({
      tiering: fc.record({
        keyShare: fc.double({ min: 0, max: 1, noNaN: true }),
        method: fc.constantFrom("countShare", "scoreThreshold"),
      }),
      time: fc.record({
        monthlyCapacityHours: fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: null }),
      }),
    });
    fc.assert(
      fc.property(arb, (partial) => {
        const { rules, findings } = validateRules(partial, en);
        expect(findings).toEqual([]);
        expect(validateRules(JSON.parse(JSON.stringify(rules)), en)).toEqual({ rules, findings: [] });
      }),
    );
    expect(validateRules(JSON.parse(JSON.stringify(DEFAULT_RULES)), en).rules).toEqual(DEFAULT_RULES);
  });

  it("finds the same header and columns under a title merged across any number of cells", () => {
    const title = fc.constantFrom(
      "2025年华东区经销商台账",
      "经销商销售情况",
      "Distributor ledger 2025",
      "客户名单",
    );
    const header = fc.shuffledSubarray(HEADERS, { minLength: 2 }).filter((h) => h.includes("经销商名称"));
    fc.assert(
      fc.property(title, header, fc.integer({ min: 1, max: 40 }), (t, h, copies) => {
        const data: Cell[][] = [h, h.map((_, i) => (i === h.indexOf("经销商名称") ? "甲" : 1))];
        const plain = detectColumns(data);
        const titled = detectColumns([Array.from({ length: copies }, () => t), ...data]);
        expect(titled.headerRow).toBe(plain.headerRow + 1);
        expect(titled.mapping).toEqual(plain.mapping);
      }),
    );
  });

  it("stops a list of sales lines, and only that: ten repeats or more, a third of the rows", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 40 }),
        (distinct, times) => {
          // Distributor i appears times[i % times.length] times; the rows are interleaved.
          const rows: Cell[][] = [["经销商名称", "年销售额"]];
          const counts = Array.from({ length: distinct }, (_, i) => times[i % times.length] as number);
          for (let k = 0; k < Math.max(...counts); k++)
            for (let i = 0; i < distinct; i++)
              if (k < (counts[i] as number)) rows.push([`经销商${i}`, 10 + i]);
          const n = rows.length - 1;
          const repeats = n - distinct;
          const r = tierAccounts({
            grid: { values: rows, origin: { row: 0, column: 0 } },
            messages: zh,
            asOf: AS_OF,
          });
          const stopped = r.findings.some((f) => f.code === "rows.salesLines" && f.severity === "error");
          expect(stopped).toBe(repeats >= 10 && repeats * 3 >= n);
          if (!stopped)
            expect(r.findings.filter((f) => f.code === "row.duplicateName")).toHaveLength(repeats);
        },
      ),
    );
  });

  it("tiers a ledger with Data > Subtotal's rows (by any function, either UI) exactly as the ledger", () => {
    const UI = [
      {
        header: ["大区", "经销商名称", "销售额（元）"],
        regions: ["华东", "华南", "华北", "西南"],
        functions: ["汇总", "计数", "平均值", "最大值", "最小值"],
        grand: (fn: string) => (fn === "汇总" ? "总计" : fn === "计数" ? "总计数" : `总计${fn}`),
        messages: zh,
      },
      {
        header: ["Region", "Distributor", "Sales"],
        regions: ["East", "West", "North", "South"],
        functions: ["Total", "Count", "Average", "Max", "Min"],
        grand: (fn: string) => `Grand ${fn}`,
        messages: en,
      },
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1 }),
        fc.integer({ min: 0, max: 4 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2_000_000 })), {
          minLength: 1,
          maxLength: 40,
        }),
        (lang, f, rows) => {
          const ui = UI[lang] as (typeof UI)[number];
          const fn = ui.functions[f] as string;
          const sum = fn === "Total" || fn === "汇总";
          const sorted = rows
            .map(([g, sales], i): Cell[] => [ui.regions[g] as string, `D${i + 1}`, sales])
            .sort((a, b) => ui.regions.indexOf(a[0] as string) - ui.regions.indexOf(b[0] as string));
          const withSubtotals: Cell[][] = [ui.header];
          for (const region of ui.regions) {
            const group = sorted.filter((r) => r[0] === region);
            if (group.length === 0) continue;
            const total = group.reduce<number>((t, r) => t + (r[2] as number), 0);
            withSubtotals.push(...group, [`${region} ${fn}`, null, sum ? total : group.length]);
          }
          withSubtotals.push([ui.grand(fn), null, sorted.length]);
          const plain = run([ui.header, ...sorted], undefined, ui.messages);
          const subtotalled = run(withSubtotals, undefined, ui.messages);
          expect(subtotalled.accounts.map((a) => [a.name, a.region, a.revenue, a.tier])).toEqual(
            plain.accounts.map((a) => [a.name, a.region, a.revenue, a.tier]),
          );
          const warned = (r: typeof plain) =>
            r.findings.filter((x) => x.severity !== "info").map((x) => x.code);
          expect(warned(subtotalled)).toEqual(warned(plain));
        },
      ),
    );
  });

  it("tiers sales lines subtotalled at each change in the customer (any function, any UI) as their sums", () => {
    // Data > Subtotal over a list of sales lines, at each change in the customer: the summary in the name
    // column under each customer's lines ("Acme Count", "Acme 平均值", LibreOffice's "Acme 数值计数"), a grand
    // one last. Each customer is one account with its lines' sum, whatever the function shows.
    // Each UI's summary word and its grand total's label.
    const ZH: [string, string][] = [
      ["汇总", "总计"],
      ["计数", "总计数"],
      ["平均值", "总计平均值"],
      ["最大值", "总计最大值"],
      ["求和", "总计 求和"],
      ["数值计数", "总计 数值计数"],
    ];
    const EN = ["Total", "Count", "Average", "Min", "Sum"].map((w): [string, string] => [w, `Grand ${w}`]);
    const UI = [
      ...ZH.map(([word, grand]) => ({
        header: ["经销商名称", "产品", "销售额（元）"],
        word,
        grand,
        messages: zh,
      })),
      ...EN.map(([word, grand]) => ({
        header: ["Customer", "Product", "Sales (CNY)"],
        word,
        grand,
        messages: en,
      })),
    ];
    const summarize = (word: string, xs: readonly number[]): number => {
      const sum = xs.reduce((a, b) => a + b, 0);
      if (/计数|Count/.test(word)) return xs.length;
      if (/平均值|Average/.test(word)) return sum / xs.length;
      if (/最大值|Max/.test(word)) return Math.max(...xs);
      if (/Min/.test(word)) return Math.min(...xs);
      return sum;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: UI.length - 1 }),
        fc.array(fc.array(fc.integer({ min: 1, max: 3_000_000 }), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 30,
        }),
        (u, customers) => {
          const ui = UI[u] as (typeof UI)[number];
          const subtotalled: Cell[][] = [ui.header];
          const plain: Cell[][] = [ui.header];
          const all: number[] = [];
          customers.forEach((lines, i) => {
            const name = ui.messages === zh ? `经销商${i + 1}` : `Dealer ${i + 1}`;
            subtotalled.push(...lines.map((x, k): Cell[] => [name, `P${k + 1}`, x]));
            subtotalled.push([`${name} ${ui.word}`, null, summarize(ui.word, lines)]);
            plain.push([name, "P1", lines.reduce((a, b) => a + b, 0)]);
            all.push(...lines);
          });
          subtotalled.push([ui.grand, null, summarize(ui.word, all)]);
          // What a planner reads of a run: the accounts' tiers and sales, and the warnings.
          const seen = (rows: Cell[][]) => {
            const r = run(rows, undefined, ui.messages);
            return {
              accounts: r.accounts.map((x) => [x.name, x.revenue, x.tier]),
              warned: r.findings.filter((x) => x.severity !== "info").map((x) => x.code),
            };
          };
          const expected = seen(plain);
          expect(seen(subtotalled)).toEqual(expected);
          // The outline collapsed to its sums and copied (three customers or more): the same accounts.
          if (summarize(ui.word, [1, 2]) === 3 && customers.length >= 3)
            expect(
              seen(subtotalled.filter((row, k) => k === 0 || !String(row[1] ?? "").startsWith("P"))),
            ).toEqual(expected);
        },
      ),
    );
  });

  it("tiers a ledger kept by month exactly as the same ledger with one column of the months' totals", () => {
    const month = fc.oneof(
      fc.integer({ min: 0, max: 500_000 }),
      fc.constant(null),
      fc.integer({ min: 1, max: 90 }).map((n) => `${n}万`),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }),
        fc.array(fc.array(month, { minLength: 12, maxLength: 12 }), { minLength: 1, maxLength: 40 }),
        (count, rows) => {
          const months = Array.from({ length: count }, (_, k) => `${k + 1}月销售额`);
          const yuan = (c: Cell): number =>
            typeof c === "number" ? c : typeof c === "string" ? Number(c.replace("万", "")) * 10_000 : 0;
          const named = rows.map((r, i) => [`经销商${i}`, ...r.slice(0, count)]);
          const byMonth = run([["经销商名称", ...months], ...named]);
          const totals = run([
            ["经销商名称", "年销售额"],
            // A row with no month filled in has no total either.
            ...named.map(([name, ...r]) => [
              name,
              r.every((c) => c === null) ? null : r.reduce<number>((s, c) => s + yuan(c), 0),
            ]),
          ]);
          expect(byMonth.accounts.map((a) => [a.name, a.revenue, a.tier, a.score])).toEqual(
            totals.accounts.map((a) => [a.name, a.revenue, a.tier, a.score]),
          );
        },
      ),
    );
  });
});
