import { CHANGES, TIERS, type TieringResult, tierCode } from "../engine";
import { type Messages, formatDecimal, formatPercent } from "../i18n";
import type { ChartPlan, PlanRow, SheetPlan } from "./writePlan";

const PCT = "0.0%";
const MONEY = "#,##0";
const HOURS = "0.0";

/**
 * The strategy sheet: per-tier summary (accounts, revenue, shares of revenue and time), the course's
 * tactics per tier, rewards for development, the care rules for key-account owners, owners, and the
 * changes since the last run, plus a chart of accounts and revenue by tier.
 * @example planStrategySheet(result, getMessages("en-US"), "Distributors", new Date()).rows[0].cells[0] // "Channel tiering strategy"
 */
export function planStrategySheet(
  result: TieringResult,
  messages: Messages,
  sheetName: string,
  asOf: Date,
): Omit<SheetPlan, "replaces"> {
  const { engine: m, workbook: w } = messages;
  const s = result.summary;
  const t = result.rules.tiering;
  const rows: PlanRow[] = [];
  const add = (style: PlanRow["style"], cells: PlanRow["cells"], formats?: PlanRow["formats"]): void => {
    rows.push(formats ? { style, cells, formats } : { style, cells });
  };
  const methodText =
    t.method === "countShare"
      ? w.method.countShare(formatPercent(t.keyShare))
      : t.method === "cumulativeRevenue"
        ? w.method.cumulativeRevenue(formatPercent(t.keyRevenueShare))
        : t.method === "revenueThreshold"
          ? w.method.revenueThreshold(m.money(t.keyMinRevenue))
          : w.method.scoreThreshold(formatDecimal(t.keyMinScore));

  add("title", [w.title]);
  add("subtitle", [w.generated(asOf.toISOString().slice(0, 10), sheetName)]);
  add("subtitle", [w.methodLine(methodText)]);
  add("body", []);
  add("heading", [w.summaryHeading]);
  const tableTop = rows.length;
  add("tableHeader", [...w.summaryColumns]);
  const hasHours = result.rules.time.monthlyCapacityHours !== null;
  const fmt = [undefined, "0", PCT, MONEY, PCT, PCT, HOURS];
  for (const tier of TIERS) {
    const x = s.tiers[tier];
    add(
      "body",
      [
        m.tier[tier],
        x.accounts,
        x.accountShare,
        x.revenue,
        x.revenueShare,
        x.timeShare,
        hasHours ? x.hours : "",
      ],
      fmt,
    );
  }
  const allocated = TIERS.reduce((sum, tier) => sum + s.tiers[tier].timeShare, 0);
  const hours = result.rules.time.monthlyCapacityHours;
  add(
    "total",
    [
      w.total,
      s.accounts,
      s.accounts > 0 ? 1 : 0,
      s.revenue,
      s.revenue > 0 ? 1 : 0,
      allocated,
      hasHours && hours !== null ? hours * allocated : "",
    ],
    fmt,
  );
  if (s.unallocatedTimeShare > 0) add("body", [w.unallocated(formatPercent(s.unallocatedTimeShare))]);

  // The chart reads a compact block of its own: tier, share of accounts, share of revenue.
  const chartColumn = 8;
  const chartTop = tableTop;
  const chartRows: PlanRow[] = [
    { style: "tableHeader", cells: ["", ...w.chartSeries] },
    ...TIERS.map((tier): PlanRow => ({
      style: "body",
      cells: [m.tier[tier], s.tiers[tier].accountShare, s.tiers[tier].revenueShare],
      formats: [undefined, PCT, PCT],
    })),
  ];
  for (let i = 0; i < chartRows.length; i++) {
    const target = rows[chartTop + i] as PlanRow;
    const extra = chartRows[i] as PlanRow;
    const cells = [...target.cells];
    const formats = [...(target.formats ?? [])];
    while (cells.length < chartColumn) cells.push(null);
    while (formats.length < chartColumn) formats.push(undefined);
    rows[chartTop + i] = {
      style: target.style,
      cells: [...cells, ...extra.cells],
      formats: [...formats, ...(extra.formats ?? [undefined, undefined, undefined])],
    };
  }
  const chart: ChartPlan = {
    title: w.chartTitle,
    kind: "columnClustered",
    source: { row: chartTop, column: chartColumn, rows: 4, columns: 3 },
    anchor: { row: chartTop + 5, column: chartColumn },
  };

  add("body", []);
  for (const tier of TIERS) {
    add("heading", [w.tacticsHeading(m.tier[tier])]);
    add("body", [m.strategy.tierSummary[tier]]);
    for (const line of m.strategy.tactics[tier]) add("bullet", [`• ${line}`]);
    add("body", []);
  }
  add("heading", [w.rewardsHeading]);
  for (const line of m.strategy.rewards) add("bullet", [`• ${line}`]);
  add("body", []);
  add("heading", [w.careHeading]);
  m.strategy.careRules.forEach((line, i) => add("bullet", [`${i + 5}. ${line}`]));
  add("body", []);

  if (s.owners.length > 0) {
    add("heading", [w.ownersHeading]);
    add("tableHeader", [...w.ownerColumns]);
    for (const o of s.owners) {
      add(
        "body",
        [o.owner, o.accounts, o.keyAccounts, o.timeShare, o.hours === null ? "" : o.hours],
        [undefined, "0", "0", PCT, HOURS],
      );
    }
    add("body", []);
  }
  add("heading", [w.changesHeading]);
  add("body", [result.hasPrevious ? w.changeCounts(s.changes) : w.noPrevious]);
  add("body", [w.promotionLine(s.promotionCandidates)]);

  return {
    name: w.strategySheetName,
    rows,
    columnWidths: [22, 12, 14, 16, 14, 16, 14, 4, 16, 16, 16],
    chart,
  };
}

/**
 * The change log: every account whose tier changed since the last run (or that is new to the sheet),
 * with its previous and current tier and the reason.
 * @example planChangeLog(result, getMessages("zh-CN")).rows[0].cells[0] // "行号"
 */
export function planChangeLog(result: TieringResult, messages: Messages): Omit<SheetPlan, "replaces"> {
  const { engine: m, workbook: w } = messages;
  const rows: PlanRow[] = [{ style: "tableHeader", cells: [...w.changeLogColumns] }];
  if (!result.hasPrevious) {
    rows.push({ style: "body", cells: [w.noPrevious] });
  } else {
    const t = result.table;
    for (let i = 0; i < t.length; i++) {
      const change = CHANGES[t.change[i] as number] ?? "same";
      if (change === "same") continue;
      const previous = tierCode(t.previousTier[i] as number);
      rows.push({
        style: "body",
        cells: [
          t.row[i] as number,
          t.name[i] as string,
          previous === null ? "" : m.tier[previous],
          m.tier[TIERS[t.tier[i] as number] ?? "prospect"],
          m.change[change],
          result.reasonOf(i),
        ],
      });
    }
    if (rows.length === 1) rows.push({ style: "body", cells: [w.changeLogEmpty] });
  }
  return { name: w.changeLogSheetName, rows, columnWidths: [8, 28, 14, 14, 10, 60] };
}
