import { MAX_WRAPPED_LINES, type PlanColumn, wrappedHeight } from "../workbook";

/** Consecutive sheet rows (0-based) that take one treatment: fitted to their lines, or set to a height. */
export type HeightRun = { readonly from: number; readonly count: number; readonly fit: boolean };

/**
 * What the data rows' heights become after a run that wraps text, as the CLI sets them (the merge's
 * `rowStart`: "a height the user set stays where our text fits in it, and grows to our text's where it
 * does not"). Where the user had set every data row to one height (`keep`: a ledger's 20 points, a Google
 * Sheets export's 18), a row whose wrapped text fits in it keeps it, and one whose text needs more is
 * fitted to its lines (RangeFormat.autofitRows); the add-in had fitted every row, so a one-line note took
 * a 20-point row down to 15 while the CLI's file kept 20. Without such a height every row is fitted. A
 * row's need is the tallest of its wrapped cells at the width each column is given (`widthOf`), in type
 * of `fontPoints`, measured as the CLI measures it (`wrappedHeight`: 0 where the text fits on one line).
 * Returned as runs in sheet order, `fit` or not; the rows to keep are left out where they stand at `keep`
 * already (`atKeep`: the first run, the height just read), and so are `hidden` rows (a filter's, the
 * user's: their height is not ours to set, and a height set on a hidden row can show it).
 * @example heightRuns(plan, 20, true, (c) => c.width, 11, []) // [{ from: 3, count: 2, fit: true }]
 */
export function heightRuns(
  plan: { readonly firstRow: number; readonly rowCount: number; readonly columns: readonly PlanColumn[] },
  keep: number | undefined,
  atKeep: boolean,
  widthOf: (c: PlanColumn) => number,
  fontPoints: number,
  hidden: readonly number[] = [],
): HeightRun[] {
  const wrapped = plan.columns.filter((c) => c.wrap);
  if (wrapped.length === 0 || plan.rowCount <= 0) return [];
  if (keep === undefined) return [{ from: plan.firstRow, count: plan.rowCount, fit: true }];
  const widths = wrapped.map(widthOf);
  const hide = new Set(hidden);
  const runs: HeightRun[] = [];
  let open: { from: number; count: number; fit: boolean } | null = null;
  for (let k = 0; k < plan.rowCount; k++) {
    const row = plan.firstRow + k;
    let need = 0;
    for (let c = 0; c < wrapped.length && need <= keep; c++)
      need = Math.max(
        need,
        wrappedHeight(
          (wrapped[c] as PlanColumn).values.at(k) ?? null,
          widths[c] as number,
          MAX_WRAPPED_LINES,
          fontPoints,
        ),
      );
    const fit = need > keep;
    // A row to keep that stands at the height already, or that is hidden, is left as it is.
    const skip = !fit && (atKeep || hide.has(row));
    if (open && (skip || open.fit !== fit || open.from + open.count !== row)) {
      runs.push(open);
      open = null;
    }
    if (skip) continue;
    if (open) open.count++;
    else open = { from: row, count: 1, fit };
  }
  if (open) runs.push(open);
  return runs;
}

/**
 * The runs of rows from `start` (`count` of them) that leave out the rows in `skip`, in sheet order: the
 * rows a grid is drawn on, without those keeping a planner's own note in our column; the rows a height
 * goes back on, without those a filter still hides (a height set on a hidden row can show it).
 * @example rowRuns(3, 6, new Set([5, 6])) // [{ row: 3, rows: 2 }, { row: 7, rows: 2 }]
 */
export function rowRuns(
  start: number,
  count: number,
  skip: ReadonlySet<number>,
): { row: number; rows: number }[] {
  const out: { row: number; rows: number }[] = [];
  for (let r = start; r < start + count; r++) {
    if (skip.has(r)) continue;
    const last = out[out.length - 1];
    if (last && last.row + last.rows === r) last.rows++;
    else out.push({ row: r, rows: 1 });
  }
  return out;
}
