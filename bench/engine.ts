import { type Cell, releaseArena, tierAccounts } from "../src/engine";
import { getMessages } from "../src/i18n";
import { planWrite } from "../src/workbook";
import { generateSheet } from "./generateSheet";
import { type Measurement, heapMB, time } from "./measure";

/**
 * The engine on generated 15-column sheets, beside a plain numeric sort of the same revenues: the floor
 * for any ranking. Both are timed in the same process, best of `repeat`, after a warm-up (the engine's
 * first run, printed as `firstMs`). A second line times the write plan with every value of every output
 * column read once (every reason and note written out), as a writer reads it.
 */
const messages = getMessages("zh-CN").engine;
const asOf = new Date("2025-06-30T00:00:00Z");

/**
 * The engine on a grid: the first run of the process (`firstMs`: no memory to reuse, compiling as it
 * goes), then the best of `repeat`. Each result is handed back once read, as the pane's worker does
 * after copying it out (runToPlainOutcome): a re-run reuses its memory.
 */
function timeEngine(
  values: Cell[][],
  repeat: number,
): { ms: number; firstMs: number; accounts: number; findings: number } {
  const grid = { values, origin: { row: 0, column: 0 } };
  let accounts = 0;
  let findings = 0;
  const run = (): void => {
    const result = tierAccounts({ grid, messages, asOf });
    accounts = result.table.length;
    findings = result.findings.length;
    releaseArena(result);
  };
  const t0 = performance.now();
  run();
  const firstMs = Math.round(performance.now() - t0);
  const ms = time(repeat, run, false);
  return { ms, firstMs, accounts, findings };
}

export function benchEngine(sizes: readonly number[], repeat = 3): Measurement[] {
  const out: Measurement[] = [];
  for (const rows of sizes) {
    const { values, revenues } = generateSheet(rows);
    const grid = { values, origin: { row: 0, column: 0 } };
    const { ms, firstMs, accounts } = timeEngine(values, repeat);
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
      firstMs,
      heapMB: heapMB(),
    });
    const result = tierAccounts({ grid, messages, asOf });
    let columns = 0;
    // The plan builds its cells' values when a writer reads them: the time is the plan and every value
    // of every column read once, as the CLI's patcher reads them. Best of `repeat` after a warm-up, as
    // the engine is timed.
    let cells = 0;
    const planMs = time(repeat, () => {
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

/** Remarks as a ledger keeps them: most say nothing of credit, some tell of arrears, a hold or the days. */
const REMARKS = [
  "客户回款及时，合作良好",
  "上月逾期已结清，本月又拖欠货款",
  "已暂停发货，待回款",
  "新开发客户，首单20万",
  "老客户，关系稳定，年底有大单",
  "已逾期45天，正在催收",
  "季度返利已结",
  "Visited in May, happy with service",
];

/**
 * The engine on the generated sheet with a remark on every row (each its own: a visit number after it)
 * and half the days-overdue cells blank, so that each row's remark is read for a hold and an excess over
 * the limit, and half of them for the days and the arrears too: up to four readers a row.
 */
export function benchRemarks(rows: number, repeat = 3): Measurement[] {
  const { values } = generateSheet(rows);
  for (let r = 1; r < rows; r++) {
    const row = values[r] as Cell[];
    row[14] = `${REMARKS[r % REMARKS.length]}（回访${r % 997}次）`;
    if (r % 2 === 0) row[5] = null;
  }
  const { ms, firstMs, findings } = timeEngine(values, repeat);
  return [{ bench: "remarks", rows, findings, ms, firstMs, heapMB: heapMB() }];
}
