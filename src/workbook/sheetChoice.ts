import { type Cell, type Field, detectColumns } from "../engine";

/**
 * Whether a sheet's cells have a header with a distributor name column (a guessed one too): where the
 * sheet a run would take has none (a cover or a 填表说明 tab left in front), both doors take the first
 * other visible sheet that has one (the CLI from the package, the add-in through Office.js).
 * @example hasNameHeader([["经销商名称", "销售额"], ["华信", 12]]) // true
 */
export function hasNameHeader(values: readonly (readonly Cell[])[]): boolean {
  const header = detectColumns(values);
  return header.headerRow >= 0 && header.mapping.name !== undefined;
}

/**
 * Whether a sheet's header names a distributor column and a sales column by their headers (no guess): a
 * hidden sheet is named only so (a hidden lookup of 区域 and 大区 has a column a guess would take). Both
 * doors name such a sheet where no visible one holds distributors, and neither takes it unasked.
 * @example namesDistributors([["经销商名称", "销售额"], ["华信", 12]]) // true
 */
export function namesDistributors(values: readonly (readonly Cell[])[]): boolean {
  const header = detectColumns(values);
  const by = (field: Field): boolean => header.matches.some((m) => m.field === field && m.how !== "guessed");
  return header.headerRow >= 0 && by("name") && by("revenue");
}
