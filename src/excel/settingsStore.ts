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

/** UTF-16 text sent as JSON: up to 3 bytes a character, plus the cell's own framing. */
const cellBytes = (text: string): number => text.length * 3 + 16;

/**
 * Writes the settings into the very hidden settings sheet (created when missing), in batches of cells
 * that stay under the request budget (the roster of a large sheet spans many 32,000-character cells),
 * halving a batch that Excel still finds too large.
 * @example await writeSettings(context, plan.settings, false, 4e6, sync, isPayloadError);
 */
export async function writeSettings(
  context: Excel.RequestContext,
  settings: SavedSettings,
  exists: boolean,
  budget: number,
  sync: (bytes: number) => Promise<void>,
  isPayloadError: (error: unknown) => boolean,
): Promise<void> {
  const sheets = context.workbook.worksheets;
  const ws = exists ? sheets.getItem(SETTINGS_SHEET) : sheets.add(SETTINGS_SHEET);
  ws.visibility = "VeryHidden";
  ws.getRange("A:A").clear("Contents");
  await sync(64);
  const chunks = serializeSettings(settings);
  for (let start = 0; start < chunks.length;) {
    let n = 0;
    let bytes = 0;
    while (start + n < chunks.length) {
      const b = cellBytes(chunks[start + n] as string);
      if (n > 0 && bytes + b > budget) break;
      bytes += b;
      n++;
    }
    for (;;) {
      const part = chunks.slice(start, start + n);
      const range = ws.getRangeByIndexes(start, 0, n, 1);
      range.numberFormat = part.map(() => ["@"]);
      range.values = part.map((c) => [c]);
      try {
        await sync(bytes);
        break;
      } catch (error) {
        if (!isPayloadError(error) || n === 1) throw error;
        n = Math.ceil(n / 2);
        bytes = chunks.slice(start, start + n).reduce((s, c) => s + cellBytes(c), 0);
      }
    }
    start += n;
  }
}
