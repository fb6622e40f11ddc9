import { type EngineMessages, type Finding, type TieringResult, cellText, columnLetter } from "../engine";
import type { SheetTable } from "./sheetTable";

/** The table's hidden rows as 1-based sheet rows, as accounts and findings carry them. */
function hiddenSheetRows(table: SheetTable): Set<number> {
  const set = new Set<number>();
  for (const r of table.hiddenRows ?? []) set.add(r + 1);
  return set;
}

/**
 * The findings, those on a hidden row marked so (`rowHidden`): the pane's "go to row" says the row is
 * hidden, as selecting a cell in it shows nothing. The same array when no row is hidden.
 * @example markHiddenRows({ ...table, hiddenRows: [4] }, [{ code, severity, row: 5, message }])[0].rowHidden // true
 */
export function markHiddenRows(table: SheetTable, findings: readonly Finding[]): readonly Finding[] {
  const set = hiddenSheetRows(table);
  if (set.size === 0) return findings;
  return findings.map((f) =>
    f.row !== undefined && set.has(f.row) ? { ...f, rowHidden: true as const } : f,
  );
}

/** Hidden rows named in the finding; the rest are counted. */
export const HIDDEN_ROWS_NAMED = 5;

/**
 * Accounts on rows hidden by a filter or by hand (Home > Format > Hide Rows, a collapsed outline), said as
 * a warning on the first of them, in its name column: they are tiered and written with the rest, since a tier compares every
 * account of the sheet, and a planner who filtered the list to one region before running would
 * otherwise take the run for that region's alone. None when no account's row is hidden.
 * Returns the finding and how many accounts are hidden.
 * @example hiddenRowsFinding({ ...table, hiddenRows: [11] }, result, messages)?.finding.row // 12
 */
export function hiddenRowsFinding(
  table: SheetTable,
  result: TieringResult,
  messages: Pick<EngineMessages["finding"], "hiddenRows">,
): { readonly finding: Finding; readonly count: number } | undefined {
  const set = hiddenSheetRows(table);
  if (set.size === 0) return undefined;
  const rows = result.table.row;
  const named: number[] = [];
  let count = 0;
  for (let i = 0; i < result.table.length; i++) {
    const row = rows[i] as number;
    if (!set.has(row)) continue;
    count++;
    if (named.length < HIDDEN_ROWS_NAMED) named.push(row);
  }
  if (count === 0) return undefined;
  named.sort((a, b) => a - b);
  // The row's name cell, as every finding names a row and a column (the sheet-wide ones the name header).
  const nameAt = result.header.mapping.name;
  const finding: Finding = {
    code: "rows.hidden",
    severity: "warning",
    row: named[0] as number,
    ...(nameAt === undefined
      ? {}
      : {
          column: columnLetter(table.origin.column + nameAt),
          header: cellText(result.header.labels[nameAt]),
        }),
    message: messages.hiddenRows(named, count, result.table.length),
  };
  return { finding, count };
}
