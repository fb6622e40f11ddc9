import { SETTINGS_SHEET, type SavedSettings, serializeSettings } from "../workbook";

/**
 * Reads the text cells of the settings sheet's column A (empty when the workbook has none), in the
 * format the CLI writes too. One sync.
 * @example parseSettings(await readSettingsCells(context), messages.engine)
 */
export async function readSettingsCells(context: Excel.RequestContext): Promise<string[]> {
  const ws = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
  await context.sync();
  if (ws.isNullObject) return [];
  const used = ws.getRange("A:A").getUsedRangeOrNullObject(true);
  used.load("values");
  await context.sync();
  if (used.isNullObject) return [];
  const cells: string[] = [];
  for (const row of used.values as unknown[][]) {
    const v = row[0];
    if (typeof v !== "string" || v === "") break;
    cells.push(v);
  }
  return cells;
}

/**
 * Queues the settings into the very hidden settings sheet (created when missing); the caller syncs.
 * @example queueSettings(context, plan.settings); await context.sync();
 */
export function queueSettings(context: Excel.RequestContext, settings: SavedSettings, exists: boolean): void {
  const sheets = context.workbook.worksheets;
  const ws = exists ? sheets.getItem(SETTINGS_SHEET) : sheets.add(SETTINGS_SHEET);
  ws.visibility = "VeryHidden";
  ws.getRange("A:A").clear("Contents");
  const chunks = serializeSettings(settings);
  const range = ws.getRangeByIndexes(0, 0, chunks.length, 1);
  range.numberFormat = chunks.map(() => ["@"]);
  range.values = chunks.map((c) => [c]);
}
