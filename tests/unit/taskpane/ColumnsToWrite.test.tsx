/**
 * @jest-environment jsdom
 */
import { webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/App";
import type { DoorRunOptions } from "../../../src/taskpane/door";
import { applyPlanToGrid } from "../../../src/taskpane/demo/demoDoor";
import { type SavedSettings, runTiering } from "../../../src/workbook";
import type { Cell } from "../../../src/engine";
import { doorOn, openRules, ready, renderDemo, runButton, stubScrolling } from "../../helpers/pane";

// The columns a run writes, as the pane turns them off and on: in a file of its own (see tests/helpers/pane.tsx).
beforeAll(stubScrolling);

describe("the columns to write, in demo mode", () => {
  it("writes only the columns left ticked: one turned off after a run is cleared, said, and out of the cards", async () => {
    const user = userEvent.setup();
    renderDemo();
    await ready();
    await user.click(runButton());
    await screen.findByText(/^Tiered 300 accounts\. 15 columns written/);
    const first = within(screen.getByTestId("preview")).getAllByRole("listitem")[0]!;
    await user.click(within(first).getByRole("button", { name: /All columns/ }));
    expect(first).toHaveTextContent(/Monthly Hours\d/);
    await openRules(user);
    await user.click(screen.getByRole("button", { name: "Columns to write (15 of 15)" }));
    await user.click(screen.getByRole("checkbox", { name: "Monthly Hours" }));
    expect(screen.getByText(/· 1 column not written$/)).toBeInTheDocument();
    await user.click(runButton());
    // The cleared column is within the range, not among the columns written.
    expect(
      await screen.findByText(
        /^Tiered 300 accounts\. 14 columns written to sheet “Distributors” \(S3:AG304\)\. The plan is on sheet/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        "The rules no longer write 'Monthly Hours' (column Y): the last run's values there were cleared and its header kept; delete the column if you do not need it. To have it again, tick it under the pane's Rules › Columns to write (in a rules file: output).",
        { exact: false },
      ),
    ).toBeInTheDocument();
    // The card stays open as it was before the run.
    const card = within(screen.getByTestId("preview")).getAllByRole("listitem")[0]!;
    expect(within(card).getByRole("button", { name: /All columns/ })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    expect(card).toHaveTextContent(/Sales Time Share/);
    expect(card).not.toHaveTextContent(/Monthly Hours/);
  });
});

describe("a column of ours the planner deleted", () => {
  const asOf = new Date("2025-11-30");
  /** Twelve dealers tiered with the team's hours set, then Monthly Hours deleted from the sheet. */
  const hoursDeleted = () => {
    const values: Cell[][] = [
      ["Dealer", "Sales", "Days Overdue"],
      ...Array.from({ length: 12 }, (_, i) => [`D${i + 1}`, 600 - i * 40, (i * 17) % 120] as Cell[]),
    ];
    const rules = { time: { monthlyCapacityHours: 160 } };
    const first = runTiering(
      { sheetName: "S", values, origin: { row: 0, column: 0 } },
      { asOf, rules },
    ).plan!;
    const written = applyPlanToGrid(values, first);
    const gone = (written[0] ?? []).indexOf("Monthly Hours");
    expect(gone).toBeGreaterThan(2);
    const table = {
      sheetName: "S",
      values: written.map((r) => r.filter((_, c) => c !== gone)),
      origin: { row: 0, column: 0 },
    };
    return { first, table, asOf };
  };

  it("shows its box unticked after the run that finds it gone, and the next run keeps it out", async () => {
    const user = userEvent.setup();
    const { first, table } = hoursDeleted();
    const asked: DoorRunOptions[] = [];
    const door = doorOn(table, first.settings, { asked: (o) => asked.push(o) });
    render(<App door={door} initialLanguage="en-US" theme={webLightTheme} />);
    await screen.findByText(/^Sheet “S”/, undefined, { timeout: 10_000 });
    await openRules(user);
    await user.click(screen.getByRole("button", { name: "Columns to write (15 of 15)" }));
    expect(screen.getByRole("checkbox", { name: "Monthly Hours" })).toBeChecked();
    await user.click(runButton());
    expect(
      await screen.findByText(/The 'Monthly Hours' column written by the last run is no longer on the sheet/),
    ).toBeInTheDocument();
    // Unticked as the run saved it, counted on the rules' line, and the result is not out of date.
    await waitFor(() => expect(screen.getByRole("checkbox", { name: "Monthly Hours" })).not.toBeChecked());
    expect(screen.getByRole("group", { name: "Columns to write (14 of 15)" })).toBeInTheDocument();
    expect(screen.getByText(/· 1 column not written$/)).toBeInTheDocument();
    expect(screen.queryByText("Out of date")).not.toBeInTheDocument();
    const runs = asked.length;
    await user.click(runButton());
    await waitFor(() => expect(asked.length).toBeGreaterThan(runs));
    expect(asked.at(-1)?.rules?.output.hours).toBe(false);
  });
  it("takes the switches the ribbon saved while the pane was open, so a pane run keeps the column out", async () => {
    const user = userEvent.setup();
    const { first, table, asOf } = hoursDeleted();
    // The workbook as the pane opens on it, then as the ribbon's re-run leaves it (the column deleted).
    let saved: SavedSettings = first.settings;
    const asked: DoorRunOptions[] = [];
    const door = doorOn(table, () => saved, { asked: (o) => asked.push(o) });
    render(<App door={door} initialLanguage="en-US" theme={webLightTheme} />);
    await screen.findByText(/^Sheet “S”/, undefined, { timeout: 10_000 });
    await openRules(user);
    await user.click(screen.getByRole("button", { name: "Columns to write (15 of 15)" }));
    expect(screen.getByRole("checkbox", { name: "Monthly Hours" })).toBeChecked();
    // The ribbon re-runs with the saved rules, turns the deleted column off, and tells the pane.
    saved = runTiering(table, { asOf, rules: saved.rules, previous: saved }).plan!.settings;
    expect(saved.rules.output.hours).toBe(false);
    act(() => {
      window.dispatchEvent(
        new CustomEvent("channel-tiering:notice", {
          detail: {
            title: "Channel Tiering",
            message: "Tiered 12 accounts.",
            kind: "success",
            language: "en-US",
          },
        }),
      );
    });
    await waitFor(() => expect(screen.getByRole("checkbox", { name: "Monthly Hours" })).not.toBeChecked());
    await user.click(runButton());
    await waitFor(() => expect(asked.at(-1)?.rules?.output.hours).toBe(false));
  });
});
