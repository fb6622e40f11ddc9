import { excelSerialOf } from "../engine";
import { type CurrencyCode, type Messages, headerInCurrency } from "../i18n";
import { isUnchanged } from "./history";
import type { HistoryEntry } from "./settings";
import { displayWidth } from "./textWidth";
import { type PlanRow, SPACED_TEXT, type SheetPlan, alignHeaders, excelNumber } from "./writePlan";

const MONEY = "#,##0";
const DATE = "yyyy-mm-dd";
/** The reason's column: its text wraps at this width (characters, CJK counting two), rows growing to it. */
const REASON = 12;

/**
 * A run's date (YYYY-MM-DD, as the settings keep it) as a date cell of the workbook's date system, so
 * the log sorts and filters by date; anything else stays the text it is.
 */
function dateCell(date: string, date1904: boolean): string | number {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : Number.NaN;
  return Number.isFinite(ms) ? excelSerialOf(ms, date1904) : date;
}

/**
 * The change log: each run's changes with the run's date, newest first (as the settings keep them):
 * the account, its previous and current tier, what moved it (revenue, score and rank before and now),
 * and the reason. A first run records its size. Amounts are headed in the sales' `currency` (上次销售额（元）).
 * Dates are date cells of the workbook's date system (`date1904`); the reason wraps in its column.
 * @example planChangeLog(history, getMessages("zh-CN"), "CNY").rows[0].cells[0] // "日期"
 */
export function planChangeLog(
  history: readonly HistoryEntry[],
  messages: Messages,
  currency: CurrencyCode,
  goods = "",
  date1904 = false,
): Omit<SheetPlan, "replaces"> {
  const { engine: m, workbook: w } = messages;
  const headers = w.changeLogColumns.map((c) => headerInCurrency(c, currency, goods));
  const rows: PlanRow[] = [{ style: "tableHeader", cells: headers }];
  // The name and the reason stand apart from the right-aligned number on their left ("9济南金桥实业",
  // "16属于合计贡献前50%…" printed as one cell).
  const formats = [
    DATE,
    "0",
    SPACED_TEXT,
    undefined,
    undefined,
    undefined,
    MONEY,
    MONEY,
    "0.0",
    "0.0",
    "0",
    "0",
    SPACED_TEXT,
  ];
  const dated = [DATE];
  if (history.length === 0) rows.push({ style: "body", cells: [w.changeLogEmpty] });
  for (const entry of history) {
    const date = dateCell(entry.date, date1904);
    if (entry.first) {
      rows.push({ style: "body", cells: [date, "", w.changeLogFirst(entry.accounts)], formats: dated });
      continue;
    }
    if (isUnchanged(entry)) {
      const streak =
        entry.sameSince !== undefined && entry.sameRuns !== undefined
          ? { since: entry.sameSince, runs: entry.sameRuns }
          : undefined;
      rows.push({
        style: "body",
        cells: [date, "", w.changeLogSame(entry.accounts, streak)],
        formats: dated,
      });
      continue;
    }
    for (const c of entry.changes) {
      rows.push({
        style: "body",
        cells: [
          date,
          c.row ?? "",
          c.name,
          c.from === null ? "" : m.tier[c.from],
          c.to === null ? "" : m.tier[c.to],
          // Removed with a row: still on the sheet, left out of this run (停止合作), not deleted.
          c.change === "removed" ? (c.row === null ? w.removedChange : w.leftOutChange) : m.change[c.change],
          // Sales read in 万 are yuan by a multiplication: 19.99万 is 199899.99999999997 in binary.
          excelNumber(c.revenueBefore ?? ""),
          excelNumber(c.revenueNow ?? ""),
          c.scoreBefore ?? "",
          c.scoreNow ?? "",
          c.rankBefore ?? "",
          c.rankNow ?? "",
          // A removed account has no reason of this run: the log says what became of it.
          c.change === "removed" && c.reason === "" ? w.removedReason : c.reason,
        ],
        formats,
      });
    }
    if (entry.more > 0)
      rows.push({ style: "body", cells: [date, "", w.changeLogMore(entry.more)], formats: dated });
  }
  return {
    name: w.changeLogSheetName,
    rows: alignHeaders(rows),
    // Each at least as wide as its header in this language (上次得分排名, Score rank before ran together).
    columnWidths: [12, 8, 28, 12, 12, 10, 14, 14, 10, 10, 10, 10, 60].map((width, k) =>
      Math.max(width, displayWidth(headers[k] ?? "") + 2),
    ),
    wrapColumns: [REASON],
    print: { orientation: "landscape", fitToWidth: true, breaks: [], columns: 13 },
  };
}
