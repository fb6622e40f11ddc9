/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { DEFAULT_RULES, type Rules } from "../../../src/engine";
import { getMessages } from "../../../src/i18n";
import RulesFields from "../../../src/taskpane/components/RulesFields";
import { rulesSummary } from "../../../src/taskpane/components/RulesSection";

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
