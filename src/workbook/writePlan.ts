import { BASE_FONT_POINTS } from "./textWidth";
import type { Language, OutputKey, Tier } from "../engine";
import type { SavedSettings } from "./settings";

/** A value to write. Strings are always literal text: adapters must never let Excel read them as formulas. */
export type PlanCell = string | number | null;

/**
 * A computed number as Excel keeps it: 15 significant digits ("Excel stores 15 significant digits of
 * precision", learn.microsoft.com, "Floating-point arithmetic may give inaccurate results in Excel").
 * A share of 60% over 6 accounts is 0.09999999999999999 in binary arithmetic, which Excel's formula bar
 * shows as 9.99999999999999%; written as 0.1 it shows 10%. No digit Excel would keep is lost.
 * @example excelNumber(0.6 / 6) // 0.1
 * @example excelNumber(0.3 / 214) // 0.0014018691588785 (was 0.001401869158878505)
 */
export function excelNumber<T extends PlanCell>(x: T): T {
  return typeof x === "number" && Number.isFinite(x) && !Number.isInteger(x)
    ? (Number(x.toPrecision(15)) as T)
    : x;
}

/**
 * The most characters a cell holds ("Total number of characters that a cell can contain: 32,767
 * characters", support.microsoft.com, "Excel specifications and limits"): a longer text is a cell no Excel
 * holds, whichever door writes it.
 */
export const EXCEL_CELL_CHARS = 32_767;

/**
 * A value as a cell can hold it: a text longer than a cell holds is cut there, ending in "…" (between
 * code points). Our texts quote the sheet's (a 32,767-character sales cell quoted in a reason would be
 * 32,789), so every text the plan writes passes here.
 * @example excelText("x".repeat(40_000)).length // 32767
 */
export function excelText<T extends PlanCell>(x: T): T {
  if (typeof x !== "string" || x.length <= EXCEL_CELL_CHARS) return x;
  let end = EXCEL_CELL_CHARS - 1;
  // Not between the halves of a surrogate pair.
  const c = x.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${x.slice(0, end)}…` as T;
}

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
  /**
   * Long text (reason, note) wraps at the column's width instead of running on as one endless line,
   * bottom-aligned as Excel's default leaves the user's cells beside it (a row reads on one line).
   */
  readonly wrap: boolean;
  /** One value per sheet row from `firstRow`; "" clears a row that is no longer tiered. */
  readonly values: ColumnValues;
  /**
   * Rows (offsets from `firstRow`, ascending) whose cell a writer leaves exactly as it is: a note a
   * planner wrote there by hand (its value above is that text, for widths and row heights), or a next
   * review a planner typed (its value above is that date).
   */
  readonly kept?: readonly number[];
  /**
   * A column of ours this run no longer writes (the rules turn it off, or its input is gone): every
   * value is "", its header stays. Not counted among the columns written, not shown as a row's value.
   */
  readonly cleared?: true;
};

export type RowStyle = "title" | "subtitle" | "heading" | "tableHeader" | "body" | "total" | "bullet";

/** How a row of a product sheet looks, whichever door writes it. */
export type RowLook = {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points. */
  readonly size?: number;
  /** Font colour, "#RRGGBB". */
  readonly color?: string;
  /** Solid fill, "#RRGGBB". */
  readonly fill?: string;
  readonly topBorder?: boolean;
  readonly wrap?: boolean;
  readonly vertical?: "top" | "bottom";
};

/**
 * Each row style's look, the same from the add-in and the command line: the pane's strategy sheet had
 * bold headers only, without the band, the wrap, the grey subtitle or the line above the total.
 */
export const ROW_LOOK: Readonly<Record<RowStyle, RowLook>> = {
  title: { bold: true, size: 16 },
  subtitle: { italic: true, color: "#595959" },
  heading: { bold: true, size: 12 },
  // A long header wraps inside its column instead of being cut by the next one.
  tableHeader: { bold: true, fill: "#D9E1F2", wrap: true, vertical: "bottom" },
  body: {},
  total: { bold: true, topBorder: true },
  bullet: {},
};

/**
 * A row style's look in a workbook whose base font is `basePoints` (ROW_LOOK's sizes are for Excel's
 * 11): a title and a heading stand as far above the body's type as they do at 11 points. Found by
 * rendering a workbook whose base font is 14 points: its headings (12) stood smaller than its figures.
 * @example rowLook("title", 14) // { bold: true, size: 19 }
 */
export function rowLook(style: RowStyle, basePoints: number): RowLook {
  const look = ROW_LOOK[style];
  if (look.size === undefined || basePoints === BASE_FONT_POINTS || !(basePoints > 0)) return look;
  return { ...look, size: Math.min(409, look.size + basePoints - BASE_FONT_POINTS) };
}

export type PlanRow = {
  readonly style: RowStyle;
  readonly cells: readonly PlanCell[];
  /** Number format per cell, where it matters (shares as %, money with separators). */
  readonly formats?: readonly (string | undefined)[];
  /**
   * Horizontal alignment per cell where it is not the value's own: a table header over a column of
   * numbers stands right, over its numbers, instead of at the left edge nearer the next column's.
   */
  readonly align?: readonly ("right" | undefined)[];
};

/**
 * Text with a space before it, apart from a right-aligned number (or header) on its left: a row number
 * before an owner printed "44Wang Fang" as one cell.
 */
export const SPACED_TEXT = '" "@';

/**
 * The rows with each table header aligned right over the columns whose cells below it, down to the
 * next header or heading, hold numbers (and no text but blanks): "Key" over 6, not over "Ordinary". A
 * column left all blank stands right where its cells are formatted as numbers (a share of revenue on a
 * sheet without sales): its header at the left ran into the number header before it.
 */
export function alignHeaders(rows: readonly PlanRow[]): PlanRow[] {
  return rows.map((row, r) => {
    if (row.style !== "tableHeader") return row;
    const numbers = row.cells.map(() => 0);
    const texts = row.cells.map(() => 0);
    const numberFormats = row.cells.map(() => 0);
    for (let k = r + 1; k < rows.length; k++) {
      const below = rows[k] as PlanRow;
      if (below.style !== "body" && below.style !== "total") break;
      // A line of text across the table (a note under it) is not one of its rows.
      if (below.cells.length === 1 && row.cells.length > 1) continue;
      below.cells.forEach((v, c) => {
        if (c >= numbers.length) return;
        if (typeof v === "number") numbers[c] = (numbers[c] ?? 0) + 1;
        else if (typeof v === "string" && v !== "") texts[c] = (texts[c] ?? 0) + 1;
        const format = below.formats?.[c];
        if (format !== undefined && format !== SPACED_TEXT && format !== "@")
          numberFormats[c] = (numberFormats[c] ?? 0) + 1;
      });
    }
    const align = numbers.map((n, c) =>
      texts[c] === 0 && (n > 0 || (numberFormats[c] ?? 0) > 0) ? ("right" as const) : undefined,
    );
    if (!align.includes("right")) return row;
    // A header at the left after one at the right gets a space, as the text under it does
    // ("Share of revenue Note", not "Share of revenueNote").
    const spaced = align.map((a, c) =>
      a === undefined && c > 0 && align[c - 1] === "right" ? SPACED_TEXT : undefined,
    );
    return {
      ...row,
      align,
      ...(spaced.some((f) => f !== undefined)
        ? { formats: row.cells.map((_, c) => spaced[c] ?? row.formats?.[c]) }
        : {}),
    };
  });
}

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
  /**
   * Columns (0-based) whose text in the body rows wraps at the column's width, the row as tall as its
   * lines and its cells top-aligned: the change log's reasons, which ran past the printed page.
   */
  readonly wrapColumns?: readonly number[];
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
  /**
   * On a re-run, for a door that sets row heights itself (the CLI; PlanOptions.setsRowHeights): the
   * height in points the last run's wrapped text (reason, note, as the sheet holds it now) gave each row
   * from `firstRow`, 0 where it gave none, as `wrappedRowHeights` measures it. The writer takes a row of
   * exactly that height as its own to set anew or take back; any other height is the user's.
   */
  readonly previousHeights?: Float32Array;
  /**
   * The 0-based sheet column of the user's header cell whose look (fill, font, borders, alignment) our
   * header cells take, as Excel's own "extend data range formats" carries a table's look to the column
   * typed beside it: the rightmost non-empty header cell of the user's, outside any merged area.
   * Undefined where there is none, or for an Excel table (its style draws the header): our headers bold.
   */
  readonly headerLook?: number | undefined;
  /** The Excel table holding the data, to which new columns are added as table columns. */
  readonly tableName: string | undefined;
  /**
   * Panes to freeze so the header and the name stay in view (rows and columns from A1), or null when the
   * header sits too low for a freeze to help. Doors apply it only where the user has no freeze of their own.
   */
  readonly freeze: { readonly rows: number; readonly columns: number } | null;
  /** A filter over the header row and every column, data and ours; null for a table (it has its own).
   * Doors add it only where the sheet has no filter yet, and widen the user's own over our columns where
   * it filters the data's header row up to them (see `widenedFilter`). */
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

/**
 * The user's own filter, widened over our columns, or null where it stays as it is. A ledger kept with a
 * filter over its columns (A1:D41) got our columns beside it unfiltered: no arrow on 渠道分级, the
 * column a manager filters first. Widened where the filter stands on the header row our headers stand
 * on, and reaches the column right before our first one (or into ours) without covering them all; its
 * rows reach the last data row. Not where it has criteria applied (rows hidden by it): Excel's
 * AutoFilter.apply would take them off, and the file's criteria count columns from its left edge, which
 * stays. Both doors apply it: the CLI in the sheet's autoFilter ref, the add-in by AutoFilter.apply.
 * @example widenedFilter({ row: 0, column: 0, rows: 41, columns: 4 }, false, plan) // { …, columns: 19 }
 */
export function widenedFilter(existing: CellBlock, criteria: boolean, plan: WritePlan): CellBlock | null {
  const f = plan.autoFilter;
  if (!f || criteria || plan.columns.length === 0) return null;
  const ours = plan.columns.map((c) => c.column);
  const first = Math.min(...ours);
  const last = Math.max(...ours);
  const right = existing.column + existing.columns - 1;
  if (existing.row !== f.row || existing.column >= first || right < first - 1 || right >= last) return null;
  return {
    row: existing.row,
    column: existing.column,
    rows: Math.max(existing.rows, f.row + f.rows - existing.row),
    columns: last - existing.column + 1,
  };
}
