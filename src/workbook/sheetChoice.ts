import { type Cell, detectColumns } from "../engine";

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
