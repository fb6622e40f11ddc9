/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import { DEFAULT_RULES, OUTPUT_KEYS, type Rules, TIER_METHODS, sheetColumns } from "../../../src/engine";
import { getMessages } from "../../../src/i18n";
import RulesFields from "../../../src/taskpane/components/RulesFields";
import { rulesSummary } from "../../../src/taskpane/components/RulesSection";
import {
  MORE_RULES,
  type MoreRule,
  columnsOff,
  moreRulesActing,
  moreRulesChanged,
  ruleProblems,
} from "../../../src/taskpane/rulesCheck";

const byRevenue: Rules = {
  ...DEFAULT_RULES,
  tiering: { ...DEFAULT_RULES.tiering, method: "revenueThreshold", keyMinRevenue: 500_000 },
};

describe("the rules in the sheet's currency", () => {
  it("writes the key threshold in the currency the sheet's sales are in", () => {
    const en = getMessages("en-US");
    expect(rulesSummary(en, byRevenue)).toContain("¥500K");
    const usd = { ...en, engine: en.engine.withCurrency("USD") };
    expect(rulesSummary(usd, byRevenue)).toContain("$500K");
    const zh = getMessages("zh-CN");
    expect(rulesSummary({ ...zh, engine: zh.engine.withCurrency("USD") }, byRevenue)).toContain("50万美元");
  });

  it("names the currency in the threshold field's label", () => {
    const en = getMessages("en-US");
    render(
      <FluentProvider theme={webLightTheme}>
        <RulesFields
          m={{ ...en, engine: en.engine.withCurrency("EUR") }}
          rules={byRevenue}
          problems={{}}
          bodyId="rules"
          onChange={() => undefined}
          onReset={() => undefined}
          onValidity={() => undefined}
        />
      </FluentProvider>,
    );
    expect(screen.getByRole("textbox", { name: "Key from revenue (€)" })).toBeInTheDocument();
  });
});

describe("the rules' summary line", () => {
  it("says how many of the further rules differ from the defaults, only where any does, in both languages", () => {
    const en = getMessages("en-US");
    const zh = getMessages("zh-CN");
    expect(rulesSummary(en, DEFAULT_RULES)).toBe("key: 10% of accounts · sales time 60/30/10% · band 2%");
    const changed: Rules = {
      ...DEFAULT_RULES,
      review: { ...DEFAULT_RULES.review, keyMonths: 2 },
      sales: { currency: "USD" },
    };
    expect(rulesSummary(en, changed)).toBe(
      "key: 10% of accounts · sales time 60/30/10% · band 2% · 2 more rules changed",
    );
    expect(rulesSummary(zh, { ...DEFAULT_RULES, watch: { fallingShare: 0.3 } })).toMatch(
      /· 另有 1\u00a0项规则已调整$/,
    );
  });
});

/** The fields as the pane holds them: each change re-renders them with the new rules. */
function Harness({ initial, onChange, language }: HarnessProps) {
  const [rules, setRules] = useState(initial);
  return (
    <FluentProvider theme={webLightTheme}>
      <RulesFields
        m={getMessages(language)}
        rules={rules}
        problems={{}}
        bodyId="rules"
        onChange={(r) => {
          setRules(r);
          onChange(r);
        }}
        onReset={() => undefined}
        onValidity={() => undefined}
      />
    </FluentProvider>
  );
}
type HarnessProps = { initial: Rules; onChange: (r: Rules) => void; language: "en-US" | "zh-CN" };

describe("the rules past the first ones", () => {
  const renderFields = (rules: Rules, onChange: (r: Rules) => void, language: "en-US" | "zh-CN" = "en-US") =>
    render(<Harness initial={rules} onChange={onChange} language={language} />);

  it("open on a button, and each sets its rule: review cadence in whole months, the watch list's fall, promotion, an owner's hours", () => {
    let rules: Rules = DEFAULT_RULES;
    renderFields(rules, (r) => (rules = r));
    expect(screen.queryByRole("textbox", { name: "Key account, months" })).toBeNull();
    const more = screen.getByRole("button", { name: "More rules" });
    expect(more).toHaveAttribute("aria-expanded", "false");
    fireEvent.click(more);
    expect(screen.getByRole("button", { name: "Fewer rules" })).toHaveAttribute("aria-expanded", "true");
    const type = (name: string, text: string): void => {
      const box = screen.getByRole("textbox", { name });
      fireEvent.change(box, { target: { value: text } });
      fireEvent.blur(box);
    };
    // Each field, what is typed, and the rule it sets (shares typed as percentages).
    const fields: [string, string, (r: Rules) => number, number][] = [
      ["Key account, months", "1.6", (r) => r.review.keyMonths, 2],
      ["Prospect, months", "12", (r) => r.review.prospectMonths, 12],
      ["Watch key accounts whose sales fell by, %", "30", (r) => r.watch.fallingShare, 0.3],
      ["Promotion candidates: within % of the smallest key account", "10", (r) => r.promotion.nearKey, 0.1],
      ["Promotion candidates: top % of sales increases", "5", (r) => r.promotion.topIncreaseShare, 0.05],
      ["Sales hours per owner a month", "120", (r) => r.time.hoursPerOwner, 120],
      ["Largest accounts first, up to this % of revenue", "40", (r) => r.tiering.coreRevenueShare, 0.4],
      ["Key by score: sales from this percentile (50 = median)", "60", (r) => r.tiering.revenueGate, 0.6],
    ];
    for (const [label, text, read, value] of fields) {
      type(label, text);
      expect(read(rules)).toBeCloseTo(value);
    }
    // Each set its own rule and left the others as they were.
    expect(rules.review).toEqual({ keyMonths: 2, ordinaryMonths: 3, prospectMonths: 12 });
    const currency = screen.getByRole("combobox", { name: "Sales currency where the sheet names none" });
    expect(currency).toHaveValue("CNY");
    fireEvent.change(currency, { target: { value: "USD" } });
    expect(rules.sales.currency).toBe("USD");
    expect(screen.getByRole("option", { name: "US dollar ($)" })).toBeInTheDocument();
    // Out of its bounds, a field says so and commits nothing.
    type("Key account, months", "0");
    expect(screen.getByText("Enter a number from 1 to 60.")).toBeInTheDocument();
    expect(rules.review.keyMonths).toBe(2);
  });

  const en = getMessages("en-US");
  const zh = getMessages("zh-CN");
  it("set the credit score bands for a score column of another scale (300-850), and say where they do not fall from A to C", () => {
    let rules: Rules = DEFAULT_RULES;
    renderFields(rules, (r) => (rules = r));
    fireEvent.click(screen.getByRole("button", { name: "More rules" }));
    const bands = screen.getByRole("group", {
      name: "Credit by score, where the sheet has one: A from / B from / C from, points",
    });
    const box = (name: string): HTMLElement => within(bands).getByRole("textbox", { name });
    expect([box("A ≥"), box("B ≥"), box("C ≥")].map((b) => (b as HTMLInputElement).value)).toEqual([
      "80",
      "70",
      "60",
    ]);
    for (const [name, text] of [
      ["A ≥", "740"],
      ["B ≥", "670"],
      ["C ≥", "580"],
    ] as const) {
      fireEvent.change(box(name), { target: { value: text } });
      fireEvent.blur(box(name));
    }
    expect(rules.credit).toEqual({ ...DEFAULT_RULES.credit, minScoreA: 740, minScoreB: 670, minScoreC: 580 });
    expect(ruleProblems(rules, en.ui)).toEqual({});
    // Past the setting's bound (1,000), the field says so and commits nothing.
    fireEvent.change(box("A ≥"), { target: { value: "1200" } });
    fireEvent.blur(box("A ≥"));
    expect(screen.getByText("Enter a number from 0 to 1000.")).toBeInTheDocument();
    expect(rules.credit.minScoreA).toBe(740);
    // Out of order (B above A): a problem for the group, in both languages.
    const inverted: Rules = { ...rules, credit: { ...rules.credit, minScoreB: 760 } };
    expect(ruleProblems(inverted, en.ui)).toEqual({ creditScore: "The scores must fall from A to C." });
    expect(ruleProblems(inverted, zh.ui)).toEqual({ creditScore: "分数须从 A 到 C 逐级递减。" });
  });

  it("are open from the start where one differs from the defaults (a rule saved in the workbook), in Chinese too", () => {
    const saved: Rules = { ...DEFAULT_RULES, review: { ...DEFAULT_RULES.review, keyMonths: 2 } };
    renderFields(saved, () => undefined, "zh-CN");
    expect(screen.getByRole("button", { name: "收起更多规则" })).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("textbox", { name: "重点客户（月）" })).toHaveValue("2");
    expect(screen.getByRole("group", { name: "复查周期：重点 / 普通 / 意向（月）" })).toBeInTheDocument();
  });

  it("open from the start where the rules give the sales another currency", () => {
    const saved: Rules = { ...DEFAULT_RULES, sales: { currency: "HKD" } };
    renderFields(saved, () => undefined, "zh-CN");
    expect(screen.getByRole("combobox", { name: "表中未注明币种时，销售额的币种" })).toHaveValue("HKD");
    expect(screen.getByRole("option", { name: "港元（HK$）" })).toBeInTheDocument();
  });

  it("show a field for each further rule that acts under the method, and count those alone as changed", () => {
    // A value other than the default for each (typed by the list: a rule added there needs one here).
    const changed: Record<MoreRule, number | string> = {
      "tiering.coreRevenueShare": 0.4,
      "tiering.revenueGate": 0.6,
      "review.keyMonths": 2,
      "review.ordinaryMonths": 4,
      "review.prospectMonths": 12,
      "watch.fallingShare": 0.3,
      "promotion.nearKey": 0.1,
      "promotion.topIncreaseShare": 0.05,
      "sales.currency": "USD",
      "time.hoursPerOwner": 120,
      "credit.minScoreA": 740,
      "credit.minScoreB": 670,
      "credit.minScoreC": 580,
    };
    const everyChanged = JSON.parse(JSON.stringify(DEFAULT_RULES)) as Record<string, Record<string, unknown>>;
    for (const rule of MORE_RULES) {
      const [group, key] = rule.split(".") as [string, string];
      everyChanged[group]![key] = changed[rule];
    }
    for (const method of TIER_METHODS) {
      const rules = { ...everyChanged, tiering: { ...everyChanged.tiering, method } } as unknown as Rules;
      const acting = moreRulesActing(rules);
      expect(acting.length).toBe(method === "countShare" ? MORE_RULES.length : MORE_RULES.length - 2);
      expect(moreRulesChanged(rules)).toBe(acting.length);
      const { unmount } = renderFields(rules, () => undefined);
      // Open by itself (rules differ), its controls one for each rule acting, none for the others.
      const region = document.getElementById(
        screen.getByRole("button", { name: "Fewer rules" }).getAttribute("aria-controls")!,
      )!;
      const controls = region.querySelectorAll("input, select");
      expect([method, controls.length]).toEqual([method, acting.length]);
      expect(region.querySelector("input")).toHaveValue(method === "countShare" ? "40" : "2");
      unmount();
    }
    // Changed under another method, the revenue gate acts on nothing: not counted.
    const gateOnly: Rules = {
      ...DEFAULT_RULES,
      tiering: { ...DEFAULT_RULES.tiering, method: "scoreThreshold", revenueGate: 0.6 },
    };
    expect(moreRulesChanged(gateOnly)).toBe(0);
    expect(moreRulesChanged({ ...gateOnly, tiering: { ...gateOnly.tiering, method: "countShare" } })).toBe(1);
  });
});

describe("the columns to write", () => {
  it("open on a button that counts them; each box turns its column off and on, the tier's cannot", () => {
    let rules: Rules = DEFAULT_RULES;
    render(<Harness initial={rules} onChange={(r) => (rules = r)} language="en-US" />);
    expect(screen.queryByRole("checkbox", { name: "Monthly Hours" })).toBeNull();
    const open = screen.getByRole("button", { name: "Columns to write (15 of 15)" });
    expect(open).toHaveAttribute("aria-expanded", "false");
    fireEvent.click(open);
    const group = screen.getByRole("group", { name: "Columns to write (15 of 15)" });
    const boxes = within(group).getAllByRole("checkbox");
    expect(boxes.map((b) => (b as HTMLInputElement).labels?.[0]?.textContent)).toEqual(
      OUTPUT_KEYS.map((k) => getMessages("en-US").engine.outputHeader[k]),
    );
    expect(within(group).getByRole("checkbox", { name: "Tier" })).toBeDisabled();
    expect(within(group).getByRole("checkbox", { name: "Tier" })).toBeChecked();
    expect(group).toHaveAccessibleDescription(
      "The tier column is always written; a class column only where the sheet has its data. A column turned off that a run wrote before is cleared, its header kept.",
    );
    fireEvent.click(within(group).getByRole("checkbox", { name: "Monthly Hours" }));
    expect(rules.output.hours).toBe(false);
    // Every other switch as it was, every other rule too.
    expect({ ...rules.output, hours: true }).toEqual(DEFAULT_RULES.output);
    expect({ ...rules, output: DEFAULT_RULES.output }).toEqual(DEFAULT_RULES);
    expect(screen.getByRole("button", { name: "Hide the columns to write" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    expect(screen.getByRole("group", { name: "Columns to write (14 of 15)" })).toBeInTheDocument();
    fireEvent.click(screen.getByRole("checkbox", { name: "Monthly Hours" }));
    expect(rules.output.hours).toBe(true);
  });

  it("are open from the start where the rules turn one off (saved in the workbook), in Chinese too", () => {
    const off: Rules = { ...DEFAULT_RULES, output: { ...DEFAULT_RULES.output, note: false, score: false } };
    render(<Harness initial={off} onChange={() => undefined} language="zh-CN" />);
    const group = screen.getByRole("group", { name: "写入的列（13/15）" });
    expect(within(group).getByRole("checkbox", { name: "策略建议" })).not.toBeChecked();
    expect(within(group).getByRole("checkbox", { name: "重要性得分" })).not.toBeChecked();
    expect(within(group).getByRole("checkbox", { name: "分级依据" })).toBeChecked();
    expect(screen.getByRole("button", { name: "收起写入的列" })).toHaveAttribute("aria-expanded", "true");
  });

  it("say beside a column's box where the sheet read has no data for it", () => {
    const m = getMessages("en-US");
    const written = sheetColumns(
      {
        managementMode: true,
        salesMode: false,
        credit: true,
        potential: false,
        regionalShare: false,
        sensitivity: false,
      },
      null,
    );
    render(
      <FluentProvider theme={webLightTheme}>
        <RulesFields
          m={m}
          rules={{ ...DEFAULT_RULES, output: { ...DEFAULT_RULES.output, note: false } }}
          problems={{}}
          sheetColumns={written}
          bodyId="rules"
          onChange={() => undefined}
          onReset={() => undefined}
          onValidity={() => undefined}
        />
      </FluentProvider>,
    );
    const group = screen.getByRole("group", { name: "Columns to write (14 of 15)" });
    const none = within(group)
      .getAllByRole("checkbox")
      .map((b) => (b as HTMLInputElement).labels?.[0]?.textContent ?? "")
      .filter((t) => t.endsWith("(no data in this sheet)"))
      .map((t) => t.replace(" (no data in this sheet)", ""));
    expect(none).toEqual([
      "Monthly Hours",
      "Sales Mode Class",
      "Potential Class",
      "Regional Share Class",
      "Sensitivity Class",
    ]);
    expect(within(group).getByRole("checkbox", { name: "Credit Class" })).toBeChecked();
    expect(within(group).getByRole("checkbox", { name: "Strategy Note" })).not.toBeChecked();
    // In Chinese too.
    expect(getMessages("zh-CN").ui.noInputHere).toBe("（本表无此数据）");
  });

  it("turned off, are counted on the rules' summary line, in both languages", () => {
    const off: Rules = { ...DEFAULT_RULES, output: { ...DEFAULT_RULES.output, hours: false } };
    expect(columnsOff(DEFAULT_RULES)).toBe(0);
    expect(rulesSummary(getMessages("en-US"), off)).toBe(
      "key: 10% of accounts · sales time 60/30/10% · band 2% · 1 column not written",
    );
    const both: Rules = {
      ...off,
      review: { ...off.review, keyMonths: 2 },
      output: { ...off.output, note: false },
    };
    expect(rulesSummary(getMessages("zh-CN"), both)).toBe(
      `${rulesSummary(getMessages("zh-CN"), DEFAULT_RULES)} · 另有 1\u00a0项规则已调整 · 2\u00a0列不写入`,
    );
  });
});
