/**
 * The pane as its tests drive it (jsdom): the demo door or a door on a sheet of the test's own, and the
 * controls they press. Each test file gets a page of its own, and some controls are best kept to a file
 * of theirs: once the fifteen check boxes of Rules › Columns to write had been rendered in App.test, every
 * later test there ran slower (the file 17 s → 55 s; the styles a page collects stay in its head, and
 * jsdom's getComputedStyle, which every role query calls, reads them all).
 */
import { webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import type userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { createCompute } from "../../src/taskpane/compute";
import {
  type Door,
  type DoorResult,
  type DoorRunOptions,
  headerTexts,
  rangeAddress,
} from "../../src/taskpane/door";
import { createDemoDoor } from "../../src/taskpane/demo/demoDoor";
import type { PlainOutcome, SavedSettings, SheetTable } from "../../src/workbook";

/** jsdom lays nothing out and has no scrollIntoView; the browser tests check the scrolling itself. */
export function stubScrolling(): void {
  Element.prototype.scrollIntoView = function scrollIntoView() {};
}

export function renderDemo(language: "en-US" | "zh-CN" = "en-US") {
  const door = createDemoDoor(language === "zh-CN" ? "zh" : "en", createCompute());
  render(<App door={door} initialLanguage={language} theme={webLightTheme} />);
  return door;
}

/** A door that reads (and "writes") through `read` alone: a sheet of the test's own. */
export function doorReading(read: (o: DoorRunOptions) => Promise<DoorResult>): Door {
  return {
    mode: "demo",
    preview: read,
    run: read,
    forget: () => undefined,
    removeSaved: async () => false,
    removeTiering: async () => ({ removed: false, sheetName: null, columns: [], sheets: [] }),
    goToCell: async () => undefined,
    onDataChanged: () => () => undefined,
  };
}

/**
 * A door on one table of the test's own, tiered as the pane's doors tier (in the engine's worker where
 * there is one), with what an earlier run saved (`saved`, or what `saved()` gives at each run);
 * `asked` hears each run's options before it starts, `tiered` each outcome.
 */
export function doorOn(
  table: SheetTable,
  saved: SavedSettings | null | (() => SavedSettings | null),
  hear: {
    asked?: (o: DoorRunOptions) => void;
    tiered?: (outcome: PlainOutcome) => void;
  } = {},
): Door {
  const compute = createCompute();
  const savedNow = typeof saved === "function" ? saved : () => saved;
  return doorReading(async (o) => {
    hear.asked?.(o);
    const previous = savedNow();
    const outcome = await compute(table, {
      language: o.language,
      rules: o.rules,
      mapping: o.mapping,
      previous,
      asOf: new Date("2025-11-30"),
    });
    hear.tiered?.(outcome);
    return {
      sheetName: table.sheetName,
      range: rangeAddress(table),
      rowCount: table.values.length,
      outcome,
      headers: headerTexts(table, outcome),
      written: null,
      savedRules: previous?.rules ?? null,
    };
  });
}

export const JOB = "Sheet “Distributors” (A1:R304): 300 distributors, header in row 3";
export const ready = () => screen.findByText(JOB, undefined, { timeout: 10_000 });
export const runButton = () => screen.getByRole("button", { name: "Tier distributors" });

export async function openRules(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Change rules" }));
  // The fields load when the section first opens.
  await screen.findByRole("button", { name: "Reset to defaults" });
}
