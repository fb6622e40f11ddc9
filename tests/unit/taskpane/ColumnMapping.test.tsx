/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { type ExplicitMapping, detectColumns } from "../../../src/engine";
import { getMessages } from "../../../src/i18n";
import ColumnMapping from "../../../src/taskpane/components/ColumnMapping";
import { type DoorResult, headerTexts } from "../../../src/taskpane/door";
import { runToPlainOutcome } from "../../../src/workbook";
import { AS_OF, sheet } from "../../helpers/sheet";

function renderMapping(
  values: (string | number | null)[][],
  language: "en-US" | "zh-CN" = "en-US",
  mapping: Record<string, string> = {},
  onMap: (field: string, header: string | null) => void = () => {},
) {
  const table = sheet(values);
  const header = detectColumns(values, { mapping: mapping as ExplicitMapping });
  const outcome = runToPlainOutcome(table, { asOf: AS_OF });
  const result = { outcome: { header }, headers: headerTexts(table, outcome) } as unknown as DoorResult;
  render(
    <FluentProvider theme={webLightTheme}>
      <ColumnMapping
        m={getMessages(language)}
        result={result}
        mapping={mapping}
        bodyId="columns"
        onMap={onMap}
      />
    </FluentProvider>,
  );
}

describe("the column mapping", () => {
  it("shows sales kept by month as the sum of the months, none of them listed as unused", () => {
    renderMapping([
      ["经销商名称", "1月销售额", "2月销售额", "3月销售额", "传真"],
      ["甲", 1, 2, 3, "x"],
    ]);
    expect(screen.getByRole("combobox", { name: "Revenue" })).toHaveTextContent(
      "Sum of 3 columns: 1月销售额 … 3月销售额",
    );
    expect(screen.getByText(/^Not used: /)).toHaveTextContent("Not used: 传真");
  });

  it("lists the remarks and an Active beside a Type as read, with what for, not as unused", () => {
    // 备注 was listed "Not used" while its 已逾期120天 set the credit.
    const values = [
      ["Account Name", "Type", "Active", "Sales", "备注", "Fax"],
      ["A", "Prospect", "Yes", 1, "已逾期120天", "x"],
      ["B", "Customer - Direct", "Yes", 2, "", "x"],
      ["C", "Other", "No", 3, "", "x"],
    ];
    renderMapping(values);
    expect(screen.getByText(/^Also read: /)).toHaveTextContent(
      "Also read: Active (Yes makes a customer where Type says nothing), 备注 (for days overdue, arrears and holds)",
    );
    expect(screen.getByText(/^Not used: /)).toHaveTextContent("Not used: Fax");
    cleanup();
    renderMapping(values, "zh-CN");
    expect(screen.getByText(/^另外读取：/)).toHaveTextContent(
      "另外读取：Active（“Type”未注明时，“是”视为合作客户）、备注（从中读取逾期、欠款和冻结）",
    );
  });

  it("says it in Chinese too", () => {
    renderMapping(
      [
        ["经销商名称", "1月销售额", "2月销售额"],
        ["甲", 1, 2],
      ],
      "zh-CN",
    );
    expect(screen.getByRole("combobox", { name: "销售额" })).toHaveTextContent(
      "1月销售额至2月销售额共 2 列之和",
    );
  });

  it("shows a header typed on two lines as one line, as chosen and as unused", () => {
    renderMapping([
      ["客户\n名称", "年销售额\n（万元）", "传\n真"],
      ["甲", 1, "x"],
    ]);
    expect(screen.getByRole("combobox", { name: "Revenue" })).toHaveValue("年销售额（万元）");
    expect(screen.getByText(/^Not used: /)).toHaveTextContent("Not used: 传真");
  });

  it("shows last year's months summed alike", () => {
    renderMapping([
      ["Dealer", "Jan 2024 Sales", "Feb 2024 Sales", "Jan 2025 Sales", "Feb 2025 Sales"],
      ["A", 1, 2, 3, 4],
    ]);
    expect(screen.getByRole("combobox", { name: "Revenue" })).toHaveTextContent(
      "Sum of 2 columns: Jan 2025 Sales … Feb 2025 Sales",
    );
    expect(screen.getByRole("combobox", { name: "Prior-year revenue" })).toHaveTextContent(
      "Sum of 2 columns: Jan 2024 Sales … Feb 2024 Sales",
    );
  });

  describe("two columns headed alike", () => {
    const twoSales = [
      ["Dealer", "Sales", "Region", "Sales"],
      ["A", 10, "East", 7],
      ["B", 20, "West", 9],
    ];

    it("offers each by its letters, and picking the second maps its letters", async () => {
      const user = userEvent.setup();
      const onMap = jest.fn();
      renderMapping(twoSales, "en-US", {}, onMap);
      const revenue = screen.getByRole("combobox", { name: "Revenue" });
      // Read by the first, as the run reads it, and said so.
      expect(revenue).toHaveTextContent("Sales (column B)");
      expect(screen.getByText(/^Not used: /)).toHaveTextContent("Not used: Sales (column D)");
      await user.click(revenue);
      const options = screen.getAllByRole("option").map((o) => o.textContent);
      expect(options).toEqual(
        expect.arrayContaining(["Dealer", "Sales (column\u00a0B)", "Region", "Sales (column\u00a0D)"]),
      );
      await user.click(screen.getByRole("option", { name: "Sales (column\u00a0D)" }));
      expect(onMap).toHaveBeenCalledWith("revenue", "D");
    });

    it("shows a report's customers under no header by their letters, in both languages", async () => {
      // QuickBooks' Sales by Customer Summary: the names under a blank cell, read by the report's title.
      const report = [
        ["Sales by Customer Summary", null],
        ["January 1 - November 30, 2025", null],
        [null, "Total"],
        ["Amy's Bird Sanctuary", 1158.29],
        ["Cool Cars", 66.06],
        ["Kate Whelan", 16773],
      ];
      const user = userEvent.setup();
      const onMap = jest.fn();
      renderMapping(report, "en-US", {}, onMap);
      const name = screen.getByRole("combobox", { name: "Name" });
      expect(name).toHaveTextContent("Column A (no header)");
      expect(screen.getByRole("combobox", { name: "Revenue" })).toHaveTextContent("Total");
      await user.click(name);
      await user.click(screen.getByRole("option", { name: "Column\u00a0A (no header)" }));
      expect(onMap).toHaveBeenCalledWith("name", "A");
      renderMapping(report, "zh-CN");
      expect(screen.getByRole("combobox", { name: "名称" })).toHaveTextContent("A\u2060列（无表头）");
    });

    it("shows a mapping by letters as its column, and one by the header as the first of them", () => {
      renderMapping(twoSales, "en-US", { revenue: "D" });
      expect(screen.getByRole("combobox", { name: "Revenue" })).toHaveTextContent("Sales (column D)");
      expect(screen.getByText(/^Not used: /)).toHaveTextContent("Not used: Sales (column B)");
    });

    it("shows a mapping saved by the header as the column the run reads", () => {
      renderMapping(twoSales, "en-US", { revenue: "sales" });
      expect(screen.getByRole("combobox", { name: "Revenue" })).toHaveTextContent("Sales (column B)");
    });

    it("says the letters in Chinese too", () => {
      renderMapping(
        [
          ["经销商名称", "销售额", "销售额"],
          ["甲", 1, 2],
        ],
        "zh-CN",
      );
      expect(screen.getByRole("combobox", { name: "销售额" })).toHaveTextContent("销售额（B\u2060列）");
      expect(screen.getByText(/^未使用的列：/)).toHaveTextContent("未使用的列：销售额（C\u2060列）");
    });
  });
});
