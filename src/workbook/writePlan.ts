import type { Language, OutputKey, Tier } from "../engine";
import type { SavedSettings } from "./settings";

/** A value to write. Strings are always literal text: adapters must never let Excel read them as formulas. */
export type PlanCell = string | number | null;

/**
 * A column's values, row by row from `firstRow`. The plan builds them when they are read, not before:
 * a million rows' reasons and notes are never held at once, only as many as the writer has in hand
 * (each `at` builds its value anew, so a writer reads each row once). A plain array is one too: that is
 * what `materializePlan` makes for a plan that must cross to another thread.
 */
export type ColumnValues = {
  readonly length: number;
  at(index: number): PlanCell | undefined;
};

/** One output column, written right of the user's data or over the product's own earlier column. */
export type PlanColumn = {
  readonly key: OutputKey;
  readonly header: string;
  /** 0-based sheet column. */
  readonly column: number;
  /** The column held this output already (a re-run updates it in place). */
  readonly existing: boolean;
  readonly kind: "text" | "number" | "percent";
  readonly numberFormat: string;
  /** Width in Excel's character units, wide enough for the header and the values (CJK counts two). */
  readonly width: number;
  /** Long text (reason, note) wraps at the column's width, top-aligned, instead of one endless line. */
  readonly wrap: boolean;
  /** One value per sheet row from `firstRow`; "" clears a row that is no longer tiered. */
  readonly values: ColumnValues;
  /**
   * Rows (offsets from `firstRow`, ascending) whose cell a writer leaves exactly as it is: a note a
   * planner wrote there by hand (its value above is that text, for widths and row heights), or a next
   * review a planner typed (its value above is that date).
   */
  readonly kept?: readonly number[];
};

export type RowStyle = "title" | "subtitle" | "heading" | "tableHeader" | "body" | "total" | "bullet";

export type PlanRow = {
  readonly style: RowStyle;
  readonly cells: readonly PlanCell[];
  /** Number format per cell, where it matters (shares as %, money with separators). */
  readonly formats?: readonly (string | undefined)[];
};

/** A chart the strategy sheet should carry, over a block of its own cells (0-based, within that sheet). */
export type ChartPlan = {
  readonly title: string;
  readonly kind: "columnClustered";
  /** The block: first column holds categories (tiers), the next columns one series each, first row names. */
  readonly source: {
    readonly row: number;
    readonly column: number;
    readonly rows: number;
    readonly columns: number;
  };
  /** Where its top-left corner goes (0-based row and column of the strategy sheet). */
  readonly anchor: { readonly row: number; readonly column: number };
  /** How many rows and columns it covers from there. */
  readonly size: { readonly rows: number; readonly columns: number };
};

/** How a sheet prints: one page wide, in the orientation that suits it, a new page before each section. */
export type PrintPlan = {
  readonly orientation: "landscape" | "portrait";
  /** Scale to one page wide (any number of pages tall). */
  readonly fitToWidth: boolean;
  /** 0-based rows that start a new page. */
  readonly breaks: readonly number[];
  /** The print area's width in columns from A (all rows). */
  readonly columns: number;
};

/** A block of cells (0-based), e.g. a filter's range. */
export type CellBlock = {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
};

export type SheetPlan = {
  readonly name: string;
  readonly rows: readonly PlanRow[];
  readonly columnWidths: readonly number[];
  readonly print?: PrintPlan | undefined;
  readonly chart?: ChartPlan | undefined;
  /** Names of earlier versions of this sheet (other language) to remove. */
  readonly replaces: readonly string[];
};

/** Everything a door writes, decided before the first write: adapters only apply it. */
export type WritePlan = {
  readonly language: Language;
  readonly sheetName: string;
  /** 0-based sheet row of the header and of the first data row. */
  readonly headerRow: number;
  readonly firstRow: number;
  readonly rowCount: number;
  readonly columns: readonly PlanColumn[];
  /** The Excel table holding the data, to which new columns are added as table columns. */
  readonly tableName: string | undefined;
  /**
   * Panes to freeze so the header and the name stay in view (rows and columns from A1), or null when the
   * header sits too low for a freeze to help. Doors apply it only where the user has no freeze of their own.
   */
  readonly freeze: { readonly rows: number; readonly columns: number } | null;
  /** A filter over the header row and every column, data and ours; null for a table (it has its own).
   * Doors add it only where the sheet has no filter yet. */
  readonly autoFilter: CellBlock | null;
  /** Tier labels as written and their colours, for conditional formats on the tier column. */
  readonly tierStyles: readonly {
    readonly tier: Tier;
    readonly label: string;
    readonly fill: string;
    readonly font: string;
  }[];
  readonly strategySheet: SheetPlan;
  readonly changeLog: SheetPlan;
  readonly settings: SavedSettings;
};

/** Colours chosen to stay readable in Excel's light and dark themes and in print. */
export const TIER_COLORS: Readonly<Record<Tier, { fill: string; font: string }>> = {
  key: { fill: "#C6EFCE", font: "#006100" },
  ordinary: { fill: "#DDEBF7", font: "#1F4E78" },
  prospect: { fill: "#F2F2F2", font: "#404040" },
};
