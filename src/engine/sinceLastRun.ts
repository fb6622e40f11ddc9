import { type AccountTable, NO_TIER, TIER_CODE } from "./account";
import type { Finding } from "./findings";
import type { EngineMessages } from "./messages";
import type { EditedTier, RenamedAccount } from "./previousRun";
import { TIERS, type Tier } from "./rules";

/** Up to this many accounts renamed where they stood are said each on its row; more, once. */
export const RENAMED_SAID_EACH = 3;

/**
 * The accounts renamed since the last run, as findings: by a customer code, each on its row (in the code
 * column); where they stood (the same row, a name alike), each on its row, or, many at once (names
 * retyped across the sheet), once with the count and the first.
 * @example renamedFindings(table, renamed, 0, 1, letter, headerText, zhCN)[0]?.code // "row.renamed"
 */
export function renamedFindings(
  table: AccountTable,
  renamed: readonly RenamedAccount[],
  codeColumn: number | undefined,
  nameColumn: number,
  letter: (column: number) => string,
  headerText: (column: number) => string,
  m: EngineMessages,
): Finding[] {
  const findings: Finding[] = [];
  const atRow = renamed.filter((x) => x.by === "row");
  const nameAt = (index: number) => ({
    row: table.row[index] as number,
    column: letter(nameColumn),
    header: headerText(nameColumn),
  });
  if (codeColumn !== undefined)
    for (const { index, before } of renamed.filter((x) => x.by === "code")) {
      const row = table.row[index] as number;
      findings.push({
        code: "row.renamed",
        severity: "info",
        row,
        column: letter(codeColumn),
        header: headerText(codeColumn),
        message: m.finding.renamed(
          row,
          headerText(codeColumn),
          table.code[index] as string,
          before,
          table.name[index] as string,
        ),
      });
    }
  const first = atRow[0];
  if (first && atRow.length > RENAMED_SAID_EACH)
    findings.push({
      code: "row.renamed",
      severity: "info",
      ...nameAt(first.index),
      message: m.finding.renamedAtRows(
        atRow.length,
        table.row[first.index] as number,
        first.before,
        table.name[first.index] as string,
      ),
    });
  else
    for (const { index, before } of atRow)
      findings.push({
        code: "row.renamed",
        severity: "info",
        ...nameAt(index),
        message: m.finding.renamedAtRow(table.row[index] as number, before, table.name[index] as string),
      });
  return findings;
}

/**
 * Tiers a planner typed over the run's in the tier column, as findings on their rows: a tier other than
 * the one the rules give (重点客户 over 普通客户), and text that names none (待定) where the roster knows
 * what the run wrote; not where the row's override sets the tier. Each says where a tier is set instead
 * (the override column, named where the sheet has one), since the tier column is the run's to rewrite.
 * @example typedOverFindings(table, edited, [], 8, 9, letter, headerText, zhCN)[0]?.code // "tier.editedByHand"
 */
export function typedOverFindings(
  table: AccountTable,
  edited: readonly EditedTier[],
  typedOverTier: readonly { readonly index: number; readonly text: string }[],
  tierColumn: number,
  overrideColumn: number | undefined,
  letter: (column: number) => string,
  headerText: (column: number) => string,
  m: EngineMessages,
): Finding[] {
  const findings: Finding[] = [];
  // A planner who typed over the tier column meant to set the tier: say where that is done, since
  // the column is the run's to rewrite.
  const overrideHeader =
    overrideColumn === undefined ? (m.fieldName.override ?? "") : headerText(overrideColumn);
  // A tier typed over the run's (重点客户 over 普通客户), and text that names none (待定) where the
  // roster knows what the run wrote; not where the row's override sets the tier, nor where the rules
  // give what was typed anyway.
  const typedOver = [
    ...edited
      .filter((e) => table.tier[e.index] !== TIER_CODE[e.typed])
      .map((e) => ({ index: e.index, typed: m.tier[e.typed], written: e.written })),
    ...typedOverTier
      .filter((e) => table.previousTier[e.index] !== NO_TIER)
      .map((e) => ({
        index: e.index,
        typed: e.text,
        written: TIERS[table.previousTier[e.index] as number] as Tier,
      })),
  ]
    .filter((e) => table.override[e.index] === NO_TIER)
    .sort((a, b) => a.index - b.index);
  for (const e of typedOver) {
    const row = table.row[e.index] as number;
    findings.push({
      code: "tier.editedByHand",
      severity: "warning",
      row,
      column: letter(tierColumn),
      header: headerText(tierColumn),
      message: m.finding.tierEdited(
        row,
        headerText(tierColumn),
        e.typed,
        m.tier[e.written],
        overrideHeader,
        overrideColumn !== undefined,
      ),
    });
  }
  return findings;
}
