import { type Cell, type OutputKey, detectColumns } from "../engine";
import { knownOutputHeaders } from "./planWrite";
import { renamedSheet } from "./runTiering";
import type { SavedSettings } from "./settings";
import type { SheetTable } from "./sheetTable";

/** One column of ours on the data sheet, to be cleared: its header row down to the sheet's last row. */
export type RemovedColumn = {
  readonly key: OutputKey;
  readonly header: string;
  /** 0-based sheet column. */
  readonly column: number;
};

/** What taking a run back removes, found before anything is changed. */
export type RemovalPlan = {
  /** The sheet the last run tiered, where the workbook still has it; null where it is gone. */
  readonly sheetName: string | null;
  /** 0-based sheet row of the header our headers stand on; our cells run from it to `lastRow`. */
  readonly headerRow: number;
  readonly lastRow: number;
  /** Our columns on that sheet, left to right: only where the saved settings are this sheet's. */
  readonly columns: readonly RemovedColumn[];
  /** The strategy sheet and change log the last run wrote, where the workbook still has them. */
  readonly sheets: readonly string[];
  /**
   * The height the user had set every data row to before the runs grew them (SavedSettings.output
   * .rowHeight): the rows the runs fitted to their wrapped text take it back; absent where none was.
   */
  readonly rowHeight?: number;
};

/** What a removal took back, for a door to say. */
export type RemovalOutcome = {
  /** False where the workbook holds no saved run: nothing was changed. */
  readonly removed: boolean;
  /** The sheet whose columns were cleared; null where none were (the sheet gone, or none of ours left). */
  readonly sheetName: string | null;
  /** The headers of the columns cleared, left to right. */
  readonly columns: readonly string[];
  /** The run's own sheets deleted. */
  readonly sheets: readonly string[];
};

/**
 * What "remove the tiering" takes back, from the saved settings and the sheet they name, read as it is
 * now: our columns found by their headers on the header row (ours only because the settings of a run on
 * this very sheet say so, as a re-run takes them; a planner's own column headed "Tier" on another sheet
 * is never touched), and our two sheets by the names the run gave them. The user's columns, the rows
 * above the header (a merged title), and every other sheet are not in it.
 * @example planRemoval(table, saved, names).columns.map((c) => c.header) // ["渠道分级", …, "策略建议"]
 */
export function planRemoval(
  table: SheetTable | null,
  saved: SavedSettings,
  sheetNames: readonly string[],
): RemovalPlan {
  const present = new Set(sheetNames);
  const sheets = [saved.output.strategySheet, saved.output.changeLogSheet].filter(
    (name) => name !== "" && name !== saved.sheet && present.has(name),
  );
  if (table === null || table.sheetName !== saved.sheet)
    return { sheetName: null, headerRow: 0, lastRow: 0, columns: [], sheets };
  const header = detectColumns(table.values, {
    mapping: saved.mapping,
    outputHeaders: knownOutputHeaders(saved),
  });
  const headerGridRow = Math.max(0, header.headerRow) + Math.max(1, header.headerRows) - 1;
  const headerRow = table.origin.row + headerGridRow;
  const columns = (Object.entries(header.outputs) as [OutputKey, number][])
    .map(([key, offset]) => ({
      key,
      header: String(table.values[headerGridRow]?.[offset] ?? ""),
      column: table.origin.column + offset,
    }))
    .sort((a, b) => a.column - b.column);
  return {
    sheetName: table.sheetName,
    headerRow,
    lastRow: table.origin.row + table.values.length - 1,
    columns: header.headerRow >= 0 ? columns : [],
    sheets,
    ...(saved.output.rowHeight === undefined ? {} : { rowHeight: saved.output.rowHeight }),
  };
}

/**
 * The sheet a removal takes the last run's columns off: the one the settings name, or, where the
 * workbook no longer has it, that sheet renamed since, as a re-run finds it (`renamedSheet`: one row near
 * the top of the sheet holds every header the last run wrote). Where several sheets would be it (a copy
 * beside the renamed one), none is taken: only our sheets and the settings go. Undefined where none is.
 * @example sheetToTakeBack(saved, ["台账2025"], [{ name: "台账2025", head }]) // "台账2025"
 */
export function sheetToTakeBack(
  saved: SavedSettings,
  sheetNames: readonly string[],
  heads: readonly { readonly name: string; readonly head: readonly (readonly Cell[])[] }[],
): string | undefined {
  // Excel compares sheet names without case: "dealers" is the sheet saved as "Dealers".
  const same = sheetNames.find((n) => n.toLowerCase() === saved.sheet.toLowerCase());
  if (same !== undefined) return same;
  const found = heads.filter(
    (h) =>
      renamedSheet(
        {
          sheetName: h.name,
          values: h.head as Cell[][],
          origin: { row: 0, column: 0 },
          sheetNames: [...sheetNames],
        },
        saved,
      ) !== null,
  );
  return found.length === 1 ? found[0]?.name : undefined;
}
