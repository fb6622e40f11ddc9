/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { detectColumns } from "../../../src/engine";
import { getMessages } from "../../../src/i18n";
import ColumnMapping from "../../../src/taskpane/components/ColumnMapping";
import type { DoorResult } from "../../../src/taskpane/door";

function renderMapping(values: (string | number)[][], language: "en-US" | "zh-CN" = "en-US") {
  const header = detectColumns(values);
  const result = { outcome: { header }, headers: values[0] } as unknown as DoorResult;
  render(
    <FluentProvider theme={webLightTheme}>
      <ColumnMapping
        m={getMessages(language)}
        result={result}
        mapping={{}}
        bodyId="columns"
        onMap={() => {}}
      />
    </FluentProvider>,
  );
}

describe("the column mapping", () => {
  it("shows sales kept by month as the sum of the months, none of them listed as unused", () => {
    renderMapping([
      ["经销商名称", "1月销售额", "2月销售额", "3月销售额", "备注"],
      ["甲", 1, 2, 3, "x"],
    ]);
    expect(screen.getByRole("combobox", { name: "Revenue" })).toHaveTextContent(
      "Sum of 3 columns: 1月销售额 … 3月销售额",
    );
    expect(screen.getByText(/^Not used: /)).toHaveTextContent("Not used: 备注");
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
      ["客户\n名称", "年销售额\n（万元）", "备\n注"],
      ["甲", 1, "x"],
    ]);
    expect(screen.getByRole("combobox", { name: "Revenue" })).toHaveValue("年销售额（万元）");
    expect(screen.getByText(/^Not used: /)).toHaveTextContent("Not used: 备注");
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
});
