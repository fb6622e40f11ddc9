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
    const outcome = toPlainOutcome(
      runTiering(
        { sheetName: "Dealers", values, origin: { row: 0, column: 0 } },
        { language: "en-US", asOf: AS_OF },
      ),
    );
    expect(outcome.summary.currency).toBe("USD");
    render(
      <FluentProvider theme={webLightTheme}>
        <ResultSection
          m={getMessages("en-US")}
          result={{
            sheetName: "Dealers",
            range: "A1:D41",
            rowCount: 41,
            outcome,
            headers: values[0] as string[],
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
    const candidates = screen.getByRole("list", { name: /^Promotion candidates \(\d+\)$/ });
    const items = within(candidates)
      .getAllByRole("listitem")
      .map((li) => li.textContent ?? "");
    expect(items.some((t) => /\$\d/.test(t))).toBe(true);
    expect(items.join(" ")).not.toContain("¥");
  });
});
