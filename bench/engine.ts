import { tierAccounts } from "../src/engine";
import { getMessages } from "../src/i18n";
import { planWrite } from "../src/workbook";
import { generateSheet } from "./generateSheet";
import { type Measurement, heapMB, time } from "./measure";

/**
 * The engine on generated 15-column sheets, beside a plain numeric sort of the same revenues: the floor
 * for any ranking. Both are timed in the same process, best of `repeat`, after a warm-up. A second line
 * times the write plan with every value of every output column read once (every reason and note written
 * out), as a writer reads it.
 */
export function benchEngine(sizes: readonly number[], repeat = 3): Measurement[] {
  const out: Measurement[] = [];
  const messages = getMessages("zh-CN").engine;
  const asOf = new Date("2025-06-30T00:00:00Z");
  for (const rows of sizes) {
    const { values, revenues } = generateSheet(rows);
    const grid = { values, origin: { row: 0, column: 0 } };
    let accounts = 0;
    const ms = time(repeat, () => {
      accounts = tierAccounts({ grid, messages, asOf }).table.length;
    });
    const floorMs = time(repeat, () => {
      const copy = revenues.slice();
      copy.sort((a, b) => a - b);
    });
    out.push({
      bench: "engine",
      rows,
      accounts,
      ms,
      floorMs,
      ratio: Math.round((ms / floorMs) * 100) / 100,
      heapMB: heapMB(),
    });
    const result = tierAccounts({ grid, messages, asOf });
    let columns = 0;
    // The plan builds its cells' values when a writer reads them: the time is the plan and every value
    // of every column read once, as the CLI's patcher reads them.
    let cells = 0;
    const planMs = time(1, () => {
      const plan = planWrite({ sheetName: "经销商", ...grid }, result, { language: "zh-CN", asOf });
      columns = plan.columns.length;
      cells = 0;
      for (const c of plan.columns)
        for (let k = 0; k < c.values.length; k++) if (c.values.at(k) !== "") cells++;
    });
    out.push({ bench: "plan", rows, columns, cells, ms: planMs, heapMB: heapMB() });
  }
  return out;
}
