/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import type { Cell } from "../../../src/engine";
import { getMessages } from "../../../src/i18n";
import ResultSection from "../../../src/taskpane/components/ResultSection";
import { runTiering, toPlainOutcome } from "../../../src/workbook";
import { AS_OF } from "../../helpers/sheet";

/** The result section of a run on `values`, rendered as the pane renders it. */
function showResult(
  values: Cell[][],
  language: "zh-CN" | "en-US",
  sheetName = "台账",
  previous?: Parameters<typeof runTiering>[1]["previous"],
  hiddenRows?: number[],
) {
  const outcome = toPlainOutcome(
    runTiering(
      { sheetName, values, origin: { row: 0, column: 0 }, ...(hiddenRows ? { hiddenRows } : {}) },
      { language, asOf: AS_OF, previous },
    ),
  );
  render(
    <FluentProvider theme={webLightTheme}>
      <ResultSection
        m={getMessages(language)}
        result={{
          sheetName,
          range: `A1:D${values.length}`,
          rowCount: values.length,
          outcome,
          headers: [],
          written: null,
          savedRules: null,
        }}
        outOfDate={false}
        demo={false}
        focusRow={null}
        onGoTo={() => undefined}
      />
    </FluentProvider>,
  );
  return outcome;
}

describe("the pane's result in the sales' currency", () => {
  it("writes a promotion candidate's gap in the currency the header names", () => {
    const values: Cell[][] = [
      ["Distributor", "Revenue (USD '000)", "Prior Year Sales (USD '000)", "Owner"],
      ...Array.from({ length: 40 }, (_, i): Cell[] => [
        `Dealer ${i + 1}`,
        400 - i * 9,
        300 - i * 9,
        `Rep ${i % 4}`,
      ]),
    ];
    const outcome = showResult(values, "en-US", "Dealers");
    expect(outcome.summary.currency).toBe("USD");
    const candidates = screen.getByRole("list", { name: /^Promotion candidates \(\d+\)$/ });
    const items = within(candidates)
      .getAllByRole("listitem")
      .map((li) => li.textContent ?? "");
    expect(items.some((t) => /\$\d/.test(t))).toBe(true);
    expect(items.join(" ")).not.toContain("¥");
  });
});

describe("the pane's result: reviews past due", () => {
  const values: Cell[][] = [["经销商名称", "年销售额（万元）", "最近拜访日期"]];
  for (let i = 0; i < 20; i++)
    values.push([`经销商${i + 1}`, 200 - i, i < 3 || i > 16 ? "2025-01-05" : "2025-11-20"]);
  const show = (language: "zh-CN" | "en-US") => showResult(values, language);

  it("counts them by tier, as the sheet marks them", () => {
    const outcome = show("zh-CN");
    expect(outcome.summary.tiers.key.reviewsOverdue).toBe(2);
    expect(screen.getByText("复查已逾期：重点客户 2 家，普通客户 4 家。")).toBeTruthy();
  });

  it("says it in English", () => {
    show("en-US");
    expect(screen.getByText("Reviews past due: 2 key accounts, 4 ordinary accounts.")).toBeTruthy();
  });
});

describe("the pane's promotion candidates", () => {
  it("ask one long overdue to pay first, and one with credit C to tighten terms first", () => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "去年销售额（万元）", "逾期天数"]];
    for (let i = 0; i < 40; i++)
      values.push([`经销商${i + 1}`, 400 - i * 9, 380 - i * 9, i === 11 ? 95 : i === 12 ? 40 : 0]);
    showResult(values, "zh-CN");
    const candidates = screen.getByRole("list", { name: /^晋级候选（\d+）$/ });
    const items = within(candidates)
      .getAllByRole("listitem")
      .map((li) => li.textContent ?? "");
    expect(items.find((t) => t.startsWith("经销商12（"))).toMatch(/；资信D：先收回欠款，再评估晋级$/);
    expect(items.filter((t) => t.includes("资信D"))).toHaveLength(1);
    expect(items.find((t) => t.startsWith("经销商13（"))).toMatch(/；资信C：先收紧账期，再评估晋级$/);
  });

  it("say how far each is from the smallest key account: short of it, level with it, or above it", () => {
    // Twenty accounts of 50万: two key by the revenue core, the others level with them (said nothing).
    const level: Cell[][] = [["经销商名称", "年销售额（万元）"]];
    for (let i = 0; i < 20; i++) level.push([`经销商${i + 1}`, 50]);
    showResult(level, "zh-CN");
    const items = within(screen.getByRole("list", { name: /^晋级候选（\d+）$/ }))
      .getAllByRole("listitem")
      .map((li) => li.textContent ?? "");
    expect(items.length).toBeGreaterThan(0);
    for (const t of items) expect(t).toMatch(/^经销商\d+（第 \d+\u00a0行）：销售额与最小的重点客户持平$/);
  });
});

describe("the pane's result after a re-run", () => {
  it("counts the accounts removed from the sheet beside the promoted, demoted and new", () => {
    const values: Cell[][] = [["Distributor", "Revenue"]];
    for (let i = 0; i < 30; i++) values.push([`Dealer ${i + 1}`, (30 - i) * 1000]);
    const first = runTiering(
      { sheetName: "Dealers", values, origin: { row: 0, column: 0 } },
      {
        language: "en-US",
        asOf: AS_OF,
      },
    ).plan!;
    const again = values.map((r, k) => [
      ...r,
      ...first.columns.map((c) => (k === 0 ? c.header : (c.values.at(k - 1) ?? null))),
    ]);
    again.splice(1, 1); // the largest account is deleted: the fourth takes its place
    showResult(again, "en-US", "Dealers", first.settings);
    expect(screen.getByText("Since the last run: 1 promoted, 1 removed; 28 unchanged.")).toBeTruthy();
  });
});

describe("the pane's time shares", () => {
  it("says under them which tier's time no account takes, where they add up to less than the whole", () => {
    showResult(
      [["经销商名称", "年销售额"], ...Array.from({ length: 10 }, (_, i): Cell[] => [`意向${i}`, null])],
      "zh-CN",
    );
    expect(
      screen.getByText("有60%的销售时间未分配：本表没有重点客户，课程留给这一级的时间暂无客户可用。"),
    ).toBeInTheDocument();
  });

  it("says nothing of it where every tier has accounts", () => {
    showResult(
      [
        ["Distributor", "Revenue"],
        ...Array.from({ length: 30 }, (_, i): Cell[] => [`D${i}`, i < 20 ? i * 1000 : null]),
      ],
      "en-US",
    );
    expect(screen.queryByText(/not allocated/)).not.toBeInTheDocument();
  });
});

describe("the pane against the sheet's own grading", () => {
  const values: Cell[][] = [
    ["经销商名称", "年销售额（万元）", "客户等级"],
    ...Array.from({ length: 20 }, (_, i): Cell[] => [`经销商${i + 1}`, 200 - i * 5, i === 3 ? "A" : "B"]),
  ];

  it("says which accounts the sheet grades key that the run does not, in both languages", () => {
    showResult(values, "zh-CN");
    expect(screen.getByRole("heading", { name: "对照表中原有分级" })).toBeInTheDocument();
    expect(
      screen.getByText(
        "对照表中“客户等级”：标为A的1家（经销商4）本次未列为重点客户；本次另有2家表中未标为A的客户列为重点客户。",
      ),
    ).toBeInTheDocument();
  });

  it("says it in English", () => {
    showResult(values, "en-US");
    expect(
      screen.getByText(
        "Against the sheet's '客户等级': the one account graded A (经销商4) is not a key account this run; 2 more accounts are key accounts this run though not graded A there.",
      ),
    ).toBeInTheDocument();
  });

  it("says nothing without a grading column", () => {
    showResult(
      values.map((r) => r.slice(0, 2)),
      "en-US",
    );
    expect(screen.queryByText(/Against the sheet's/)).not.toBeInTheDocument();
  });
});

describe("the pane's 'go to row' on a row hidden on the sheet", () => {
  // Sales in words on sheet rows 3 (hidden by a filter) and 5 (shown).
  const values: Cell[][] = [["经销商名称", "年销售额（万元）"]];
  for (let i = 0; i < 8; i++) values.push([`经销商${i + 1}`, i === 1 || i === 3 ? "待定" : 100 - i]);

  it("says the row is hidden, and what selecting it does, in Chinese", () => {
    showResult(values, "zh-CN", "台账", undefined, [2]);
    const hidden = screen.getAllByRole("button", { name: "转到第 3\u00a0行（已隐藏）" });
    expect(hidden.length).toBeGreaterThan(0);
    for (const link of hidden)
      expect(link).toHaveAttribute(
        "title",
        "该行已隐藏（筛选或手动隐藏）：会选中该行的单元格，清除筛选或取消隐藏后才能看到。",
      );
    const shown = screen.getAllByRole("button", { name: "转到第 5\u00a0行" });
    for (const link of shown) expect(link).not.toHaveAttribute("title");
  });

  it("says it in English", () => {
    showResult(values, "en-US", "Ledger", undefined, [2]);
    expect(screen.getAllByRole("button", { name: "Go to row 3 (hidden)" }).length).toBeGreaterThan(0);
    expect(screen.getAllByRole("button", { name: "Go to row 5" }).length).toBeGreaterThan(0);
    expect(screen.queryByRole("button", { name: "Go to row 5 (hidden)" })).not.toBeInTheDocument();
  });
});

describe("the pane's findings", () => {
  it("name a header typed on two lines as one line, with no space between Chinese characters", () => {
    const values: Cell[][] = [
      ["经销商\n名称", "年销售额\n（万元）", "区域"],
      ...Array.from({ length: 12 }, (_, i): Cell[] => [`经销商${i + 1}`, 100 - i, "华东"]),
      ["经销商13", "见附表", "华东"],
    ];
    showResult(values, "zh-CN");
    const item = screen.getByText(/“见附表”不是数字/);
    expect(item.textContent).toContain("第14行：年销售额（万元）“见附表”不是数字");
  });
});

describe("the pane's findings, many of one kind", () => {
  it("list warnings first and say how many more are not listed", () => {
    // 130 statuses the tool does not know (a note each, rows 2-131), and the largest account, a key
    // account, without an owner (a warning, found after them).
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "合作状态", "负责人"]];
    for (let i = 0; i < 130; i++)
      values.push([`经销商${i + 1}`, 1000 - i, `状态码${i}`, i === 0 ? null : `业务员${i % 9}`]);
    const outcome = showResult(values, "zh-CN");
    const shown = outcome.findings.filter((f) => f.severity !== "info" || f.row !== undefined);
    expect(shown.length).toBe(131);
    const list = screen.getByRole("heading", { name: "提示（131）" }).nextElementSibling as HTMLElement;
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(100);
    expect(items[0]?.textContent).toMatch(/^第2行：重点客户“经销商1”没有负责人/);
    expect(items[1]?.textContent).toMatch(/^第2行：合作状态“状态码0”/);
    expect(list.nextElementSibling?.textContent).toBe("……另有31条同类提示未列出。");
  });
});
