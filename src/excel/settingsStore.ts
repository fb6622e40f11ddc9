import type { ExcelMessages } from "../i18n";
import { SETTINGS_SHEET, type SavedSettings, serializeSettings } from "../workbook";
import { OfficeApiError, translateOfficeError } from "./officeApiError";
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

/**
 * Removes the settings sheet (the rules, the roster of accounts with their last tiers and sales, the
 * history of runs): what a user cannot see or delete in Excel, before the workbook is shared. A very
 * hidden sheet is made hidden first: Worksheet.delete fails on one with InvalidOperation (@types/office-js
 * index.d.ts:37511). Structure protection is found before anything changes (a protected workbook would
 * refuse the delete after the sheet had been shown in the tabs). Returns false where the workbook holds
 * none; Office's errors come back in the user's language. Two syncs.
 * @example if (await removeSettings(context, messages.excel)) say(ui.savedRemoved)
 */
export async function removeSettings(context: Excel.RequestContext, m: ExcelMessages): Promise<boolean> {
  try {
    const ws = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
    const structure = context.workbook.protection;
    structure.load("protected");
    await context.sync();
    if (ws.isNullObject) return false;
    if (structure.protected) throw new OfficeApiError("protected", m.removeProtected);
    ws.visibility = "Hidden";
    ws.delete();
    await context.sync();
    return true;
  } catch (error) {
    throw translateOfficeError(error, m, SETTINGS_SHEET);
  }
}
