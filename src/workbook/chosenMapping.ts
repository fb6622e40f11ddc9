import type { ExplicitMapping, Field } from "../engine";

/**
 * Columns chosen by hand: a header, the column's letters or its 0-based index in the grid; null for
 * automatic, over a column an earlier run saved.
 */
export type ChosenMapping = Readonly<Partial<Record<Field, string | number | null>>>;

/**
 * The saved mapping with the columns chosen for this run over it, field by field (null: the field's
 * saved column dropped, automatic again). Engine-free, so the pane's first load can show it.
 * @example chosenOver({ revenue: "C", owner: "业务员" }, { owner: null }) // { revenue: "C" }
 */
export function chosenOver(
  saved: Readonly<Partial<Record<Field, string>>> | null | undefined,
  chosen: ChosenMapping | undefined,
): ExplicitMapping | undefined {
  if (chosen === undefined) return saved ?? undefined;
  const merged: Partial<Record<Field, string | number>> = { ...saved };
  for (const [field, column] of Object.entries(chosen) as [Field, string | number | null][]) {
    if (column === null) delete merged[field];
    else merged[field] = column;
  }
  return merged;
}
