import { SETTINGS_SHEET, type SavedSettings, serializeSettings } from "../workbook";
import { syncInBatches } from "./syncInBatches";

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

/** UTF-16 text sent as JSON: up to 3 bytes a character, plus the cell's own framing. */
const cellBytes = (text: string): number => text.length * 3 + 16;

/**
 * Writes the settings into the very hidden settings sheet (created when missing), in batches of cells
 * that stay under the request budget (the roster of a large sheet spans many 32,000-character cells).
 * @example await writeSettings(context, plan.settings, false, 4e6, sync);
 */
export async function writeSettings(
  context: Excel.RequestContext,
  settings: SavedSettings,
  exists: boolean,
  budget: number,
  sync: (bytes: number) => Promise<void>,
): Promise<void> {
  const sheets = context.workbook.worksheets;
  const ws = exists ? sheets.getItem(SETTINGS_SHEET) : sheets.add(SETTINGS_SHEET);
  ws.visibility = "VeryHidden";
  ws.getRange("A:A").clear("Contents");
  await sync(64);
  const chunks = serializeSettings(settings);
  await syncInBatches({
    count: chunks.length,
    bytesOf: (k) => cellBytes(chunks[k] as string),
    budget,
    queue: (start, n) => {
      const part = chunks.slice(start, start + n);
      const range = ws.getRangeByIndexes(start, 0, n, 1);
      range.numberFormat = part.map(() => ["@"]);
      range.values = part.map((c) => [c]);
    },
    sync,
  });
}
