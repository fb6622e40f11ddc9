/**
 * @jest-environment jsdom
 */
import { webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/App";
import { createCompute } from "../../../src/taskpane/compute";
import { applyPlanToGrid, createDemoDoor } from "../../../src/taskpane/demo/demoDoor";
import { sampleSheet } from "../../../src/taskpane/demo/sampleSheet";
import { runTiering } from "../../../src/workbook";

function renderDemo(language: "en-US" | "zh-CN" = "en-US") {
  const door = createDemoDoor(language === "zh-CN" ? "zh" : "en", createCompute());
  render(<App door={door} initialLanguage={language} theme={webLightTheme} />);
  return door;
}

const summaryRow = (tier: string) =>
  screen.getByRole("rowheader", { name: tier }).closest("tr") as HTMLElement;

describe("the task pane in demo mode", () => {
  it("reads the sample, shows the header it found and a preview of the tiers", async () => {
    renderDemo();
    expect(
      await screen.findByText("300 rows; header in row 3", undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText("Sheet: Distributors")).toBeInTheDocument();
    expect(screen.getByText("Range read: A1:R304")).toBeInTheDocument();
    expect(within(summaryRow("Key account")).getAllByRole("cell")[0]).toHaveTextContent("30");
    expect(screen.getByRole("heading", { name: "Findings (6)" })).toBeInTheDocument();
    // The watch list and the candidates by name, ten at most, the rest on the strategy sheet.
    const watch = screen.getByRole("list", { name: /^Key accounts to watch \(\d+\)$/ });
    expect(within(watch).getAllByRole("listitem")).toHaveLength(10);
    expect(within(watch).getAllByRole("listitem")[0]).toHaveTextContent(/\(row \d+\): /);
    const candidates = screen.getByRole("list", { name: /^Promotion candidates \(\d+\)$/ });
    expect(within(candidates).getAllByRole("listitem").length).toBeGreaterThan(0);
    expect(screen.getAllByText(/more on the strategy sheet$/).length).toBeGreaterThan(0);
  });

  it("runs, shows the written columns in the preview and the change count on a second run", async () => {
    const user = userEvent.setup();
    renderDemo();
    await screen.findByText("300 rows; header in row 3", undefined, { timeout: 10_000 });
    await user.click(screen.getByRole("button", { name: "Tier distributors" }));
    expect(await screen.findByText("Tiered 300 accounts.")).toBeInTheDocument();
    const preview = screen.getByTestId("preview");
    expect(
      within(preview)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(expect.arrayContaining(["Distributor", "Tier", "Importance Score", "Strategy Note"]));
    await user.click(screen.getByRole("button", { name: "Tier distributors" }));
    expect(await screen.findByText("Since the last run: 0 promoted, 0 demoted, 0 new.")).toBeInTheDocument();
  });

  it("re-tiers when a rule changes, validating the number inline", async () => {
    const user = userEvent.setup();
    renderDemo();
    await screen.findByText("300 rows; header in row 3", undefined, { timeout: 10_000 });
    const share = screen.getByRole("textbox", { name: "Key accounts, % of accounts" });
    await user.clear(share);
    await user.type(share, "150");
    await user.tab();
    expect(screen.getByText("Enter a number from 0 to 100.")).toBeInTheDocument();
    await user.clear(share);
    await user.type(share, "20{Enter}");
    await waitFor(() =>
      expect(within(summaryRow("Key account")).getAllByRole("cell")[0]).toHaveTextContent("60"),
    );
    await user.click(screen.getByRole("button", { name: "Reset to defaults" }));
    await waitFor(() =>
      expect(within(summaryRow("Key account")).getAllByRole("cell")[0]).toHaveTextContent("30"),
    );
  });

  it("lets the user fix a column mapping", async () => {
    const user = userEvent.setup();
    renderDemo();
    await screen.findByText("300 rows; header in row 3", undefined, { timeout: 10_000 });
    await user.click(screen.getByRole("combobox", { name: "Revenue" }));
    await user.click(screen.getByRole("option", { name: "Prior Year Sales (RMB 10k)" }));
    await waitFor(() =>
      expect(screen.getByRole("combobox", { name: "Revenue" })).toHaveTextContent(
        "Prior Year Sales (RMB 10k)",
      ),
    );
    await waitFor(() => expect(screen.getByText(/Not used: .*Annual Sales/)).toBeInTheDocument());
  });

  it("switches language", async () => {
    const user = userEvent.setup();
    renderDemo();
    await screen.findByText("300 rows; header in row 3", undefined, { timeout: 10_000 });
    await user.selectOptions(screen.getByRole("combobox", { name: "Language" }), "zh-CN");
    expect(await screen.findByRole("button", { name: "开始分级" })).toBeInTheDocument();
    expect(await screen.findByRole("rowheader", { name: "重点客户" })).toBeInTheDocument();
  });
});

describe("promotions after an edit", () => {
  it("lists the accounts that moved since the last run", async () => {
    const user = userEvent.setup();
    renderDemo();
    await screen.findByText("300 rows; header in row 3", undefined, { timeout: 10_000 });
    await user.click(screen.getByRole("button", { name: "Tier distributors" }));
    await screen.findByText("Tiered 300 accounts.");
    const share = screen.getByRole("textbox", { name: "Key accounts, % of accounts" });
    await user.clear(share);
    await user.type(share, "20{Enter}");
    expect(await screen.findByRole("heading", { name: "Promoted and demoted" })).toBeInTheDocument();
    expect(screen.getAllByText(/: Ordinary account → Key account$/).length).toBeGreaterThan(0);
  });
});

describe("the demo door", () => {
  it("writes exactly the plan the CLI writes, leaving the data alone", () => {
    const values = sampleSheet("zh");
    const plan = runTiering(
      { sheetName: "x", values, origin: { row: 0, column: 0 } },
      { asOf: new Date("2025-06-30") },
    ).plan!;
    const out = applyPlanToGrid(values, plan);
    values.forEach((row, r) => row.forEach((v, c) => expect(out[r]?.[c]).toEqual(v)));
    expect(out[2]?.[plan.columns[0]!.column]).toBe("渠道分级");
  });
});
