import { type Cell, cellText } from "./cells";
import type { Finding } from "./findings";
import type { EngineMessages } from "./messages";
import type { SkippedRow } from "./readAccounts";
import type { Column } from "./salesSpans";

/**
 * Notes that repeat down a sheet, one a row of a kind, are said once where there are more than this: a
 * sheet subtotalled by province gave 32 notes, a customer's lines and its subtotal 49 for 24 dealers, and
 * the warnings were buried among them. Three or fewer keep a note each, each naming its own rows.
 */
export const FOLD_AT = 3;

/** Examples a folded note names. */
const EXAMPLES = 3;

/** A customer's lines on the sheet (0-based rows of the grid), as the reader found them. */
type Group = {
  readonly total: number;
  readonly first: number;
  readonly last: number;
  readonly label?: string;
};

/**
 * Many customers over their lines (a PivotTable by customer and product, QuickBooks' sales by customer
 * detail, Data > Subtotal at each change in the customer): one note for them all in place of one a
 * customer and one a subtotal row. Folded by the figure taken (own row, total row, the lines' sum), each
 * kind on its own.
 */
export function foldGroupNotes(
  findings: Finding[],
  groups: ReadonlyMap<number, Group>,
  values: readonly (readonly Cell[])[],
  originRow: number,
  cName: Column,
  f: EngineMessages["finding"],
): void {
  type Kind = "own" | "total" | "summary";
  const sheetRow = (r: number): number => originRow + r + 1;
  const bySheetRow = new Map<number, { owner: number; group: Group; kind: Kind }>();
  for (const [owner, group] of groups)
    bySheetRow.set(sheetRow(owner), {
      owner,
      group,
      kind: group.label !== undefined ? "summary" : group.total === owner ? "own" : "total",
    });
  // The customers said, by kind (a customer inside another's rows was read as its part: no note).
  const said = new Map<Kind, { owner: number; group: Group }[]>();
  for (const x of findings) {
    const g = x.code === "row.subAccounts" && x.row !== undefined ? bySheetRow.get(x.row) : undefined;
    if (!g) continue;
    const list = said.get(g.kind);
    if (list) list.push(g);
    else said.set(g.kind, [g]);
  }
  const folded = new Set<number>();
  const totals = new Set<number>();
  const notes: Finding[] = [];
  for (const [kind, list] of said) {
    if (list.length <= FOLD_AT) continue;
    const { owner, group } = list[0] as { owner: number; group: Group };
    let last = 0;
    for (const x of list) {
      folded.add(sheetRow(x.owner));
      if (x.group.total !== x.owner) totals.add(sheetRow(x.group.total));
      last = Math.max(last, x.group.last, x.group.total);
    }
    notes.push({
      code: "rows.subAccounts",
      severity: "info",
      row: sheetRow(owner),
      column: cName.letter,
      header: cName.header,
      message: f.subAccountsFolded(sheetRow(owner), sheetRow(last), cName.header, list.length, kind, {
        row: sheetRow(owner),
        name: cellText(values[owner]?.[cName.index]).trim(),
        parts: group.last >= group.first ? [sheetRow(group.first), sheetRow(group.last)] : null,
        total: sheetRow(group.total),
        ...(group.label === undefined ? {} : { label: group.label }),
      }),
    });
  }
  if (notes.length === 0) return;
  drop(findings, (x) =>
    x.code === "row.subAccounts" ? folded : x.code === "row.total" ? totals : undefined,
  );
  findings.push(...notes);
}

/**
 * A pivot's group headings (广东 over its distributors, a province a group) and the totals and subtotals
 * down a sheet (Data > Subtotal by region: "广东 汇总" under each), more than `FOLD_AT` in one column: one
 * note each kind and column, with how many, the rows they span and the first few as examples. The rows
 * in `keep` (sheet rows: the subtotals of customers a note each names) keep their notes.
 */
export function foldRowNotes(
  findings: Finding[],
  skipped: readonly SkippedRow[],
  keep: ReadonlySet<number>,
  f: EngineMessages["finding"],
): void {
  const kinds = [
    { code: "row.groupHead", reason: "section", said: f.groupHeadsFolded },
    { code: "row.total", reason: "total", said: f.totalsFolded },
  ] as const;
  const notes: Finding[] = [];
  const fold = new Map<Finding["code"], Set<number>>();
  for (const kind of kinds) {
    // Each note of the kind, by its column.
    const byColumn = new Map<string, Finding[]>();
    for (const x of findings) {
      if (x.code !== kind.code || x.row === undefined || keep.has(x.row)) continue;
      const key = x.column ?? "";
      const list = byColumn.get(key);
      if (list) list.push(x);
      else byColumn.set(key, [x]);
    }
    if (![...byColumn.values()].some((list) => list.length > FOLD_AT)) continue;
    const labels = new Map<number, string>();
    for (const s of skipped) if (s.reason === kind.reason) labels.set(s.row, s.text);
    const rows = new Set<number>();
    for (const list of byColumn.values()) {
      if (list.length <= FOLD_AT) continue;
      const first = list[0] as Finding;
      // (Read top to bottom: the first row is the least, the last the greatest; no spread of a column's
      // rows into Math.min, which a million rows overflow.)
      const sheetRows = list.map((x) => x.row as number);
      for (const r of sheetRows) rows.add(r);
      notes.push({
        code: kind.code === "row.groupHead" ? "rows.groupHeads" : "rows.totals",
        severity: "info",
        row: first.row as number,
        ...(first.column === undefined ? {} : { column: first.column }),
        ...(first.header === undefined ? {} : { header: first.header }),
        message: kind.said(
          sheetRows[0] as number,
          sheetRows[sheetRows.length - 1] as number,
          first.header ?? "",
          list.length,
          sheetRows.slice(0, EXAMPLES).map((row) => ({ row, label: labels.get(row) ?? "" })),
        ),
      });
    }
    fold.set(kind.code, rows);
  }
  if (notes.length === 0) return;
  drop(findings, (x) => fold.get(x.code));
  findings.push(...notes);
}

/** Takes out of `findings`, in place, each whose row is in the set `rowsOf` gives for it. */
function drop(findings: Finding[], rowsOf: (x: Finding) => ReadonlySet<number> | undefined): void {
  let kept = 0;
  for (const x of findings) if (x.row === undefined || !rowsOf(x)?.has(x.row)) findings[kept++] = x;
  findings.length = kept;
}
