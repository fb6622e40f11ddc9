import {
  type GradeDifference,
  type OutputKey,
  type ReadonlyList,
  TIERS,
  type TieringResult,
  columnOn,
  describeWatch,
  gradingLine,
  overloadedOwners,
  sheetColumns,
} from "../engine";
import { type Messages, formatDecimal, formatPercent, headerInCurrency } from "../i18n";
import { displayWidth, headerLines, wrapText } from "./textWidth";
import { fitNames } from "./fitNames";
import { creditLabelAt } from "./labelClass";
import { quarterPlan } from "./quarterPlan";
import {
  type ChartPlan,
  type PlanCell,
  type PlanRow,
  SPACED_TEXT,
  type SheetPlan,
  alignHeaders,
  excelNumber,
} from "./writePlan";

const PCT = "0.0%";

/** A share of the sheet's revenue, or blank where the sheet has none: a share of nothing is no 0.0%. */
function revenueShareCell(share: number, revenue: number): number | "" {
  return revenue > 0 ? share : "";
}
const MONEY = "#,##0";
const HOURS = "0.0";
/** A change with its sign: +24.4%, -31.0%. */
const GROWTH = "+0.0%;-0.0%;0.0%";
/** An owner whose accounts need a quarter more hours than one person has is pointed out (a few hours
 * over is the give of a month; with capacity per owner, about half the team is a little over). */
const OVER_CAPACITY = 1.25;
/** Names listed per section of the printed playbook; the rest are in the data sheet's columns. */
const LIST_LIMIT = 30;
/** The playbook's printed width: the nine summary columns (A-I); the chart sits inside it. */
const PRINT_COLUMNS = 9;
/** The chart spans these rows and columns, right of its own small data block (A-C), up to column I. */
const CHART_AT_COLUMN = 4;
const CHART_ROWS = 15;
/** Wide enough for English names and headers; printing fits the width to the page. */
const COLUMN_WIDTHS = [36, 10, 18, 16, 20, 20, 16, 24, 40];
/** The printed width in character units (A-I), less a margin: a longer line of text runs off the page. */
const PRINT_WIDTH = COLUMN_WIDTHS.reduce((a, b) => a + b, 0) - 4;
/** The owners' key accounts start in column G and must end within the print area (G-I), less a margin. */
const OWNER_NAMES_WIDTH =
  (COLUMN_WIDTHS[6] as number) + (COLUMN_WIDTHS[7] as number) + (COLUMN_WIDTHS[8] as number) - 2;

/**
 * The strategy sheet, the playbook a sales manager prints: this run's summary by tier beside the
 * course's reference shares, how key accounts came in, the watch list, promotion candidates, priority
 * prospects (by name, with owner and gap), owners, regions, the course's tactics per tier, rewards for
 * development behaviour (marked as Channel Tiering's suggestions), the care rules 5-20, and the changes
 * since the last run; plus a chart of accounts and revenue by tier.
 * @example planStrategySheet(result, getMessages("en-US"), "Distributors", new Date()).rows[0].cells[0] // "Channel tiering strategy"
 */
export function planStrategySheet(
  result: TieringResult,
  messages: Messages,
  sheetName: string,
  asOf: Date,
  written: readonly OutputKey[] = sheetColumns(result.dimensions, result.summary.capacityHours).filter((k) =>
    columnOn(result.rules, k),
  ),
): Omit<SheetPlan, "replaces"> {
  const { workbook: w } = messages;
  const s = result.summary;
  // Amounts in the sales' currency (万美元 where the header says so).
  const m = messages.engine.withCurrency(s.currency, s.goods);
  const t = result.rules.tiering;
  const rows: PlanRow[] = [];
  const add = (style: PlanRow["style"], cells: readonly PlanCell[], formats?: PlanRow["formats"]): void => {
    const only = cells.length === 1 ? cells[0] : undefined;
    if (
      (style === "body" || style === "bullet") &&
      typeof only === "string" &&
      displayWidth(only) > PRINT_WIDTH
    ) {
      // A line longer than the page is printed as several, a bullet's further lines under its text.
      const indent = " ".repeat(displayWidth(/^(• |\d+\. )/.exec(only)?.[0] ?? ""));
      wrapText(only, PRINT_WIDTH - indent.length).forEach((line, k) =>
        rows.push({ style, cells: [k === 0 ? line : indent + line] }),
      );
      return;
    }
    // Shares and sums as Excel keeps them (0.1, not 0.09999999999999999 shown as 9.99999999999999%);
    // a table header too wide for its column on two lines, its unit whole on the second.
    const kept = cells.map((v, c) =>
      style === "tableHeader" && typeof v === "string"
        ? headerLines(v, COLUMN_WIDTHS[c] ?? 0)
        : excelNumber(v),
    );
    rows.push(formats ? { style, cells: kept, formats } : { style, cells: kept });
  };
  const gap = (): void => add("body", []);
  // Printed, each part of the playbook starts a page: the summary, the accounts to act on, the team and
  // the regions, the course's tactics and rules.
  const breaks: number[] = [];
  const newPage = (): void => {
    // An empty section adds no blank page.
    if (rows.length > 0 && breaks[breaks.length - 1] !== rows.length) breaks.push(rows.length);
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
  add("subtitle", [headerInCurrency(w.methodLine(methodText), s.currency, s.goods)]);
  add("subtitle", [
    m.reason.keyLine(
      s.tiers.key.accounts,
      s.keyBy.override,
      s.keyBy.revenueCore,
      s.keyBy.score,
      s.keyHeld,
      s.keyMoved,
    ),
  ]);
  gap();

  // Summary by tier, each share beside the course's reference.
  add("heading", [w.summaryHeading]);
  // Amounts in the sales' currency, over the span the sales cover (1-10月销售额（元）).
  const inCurrency = (columns: readonly string[]): string[] =>
    columns.map((c) => headerInCurrency(m.salesHeaderIn(c, s.salesPeriod), s.currency, s.goods));
  add("tableHeader", inCurrency(w.summaryColumns));
  const hasHours = s.capacityHours !== null;
  // The cadence beside the hours (right-aligned) gets a space before it.
  const fmt = [undefined, "0", PCT, MONEY, PCT, PCT, HOURS, SPACED_TEXT, undefined];
  for (const tier of TIERS) {
    const x = s.tiers[tier];
    const courseTime = result.rules.time.share[tier];
    add(
      "body",
      [
        m.tier[tier],
        x.accounts,
        x.accountShare,
        x.revenue,
        revenueShareCell(x.revenueShare, s.revenue),
        x.timeShare,
        hasHours ? x.hours : "",
        w.reviewsOverdue(w.reviewEvery(x.reviewMonths), x.reviewsOverdue),
        w.courseReference(formatPercent(x.courseAccountShare), formatPercent(courseTime)),
      ],
      fmt,
    );
  }
  const allocated = TIERS.reduce((sum, tier) => sum + s.tiers[tier].timeShare, 0);
  add(
    "total",
    [
      w.total,
      s.accounts,
      s.accounts > 0 ? 1 : 0,
      s.revenue,
      revenueShareCell(1, s.revenue),
      allocated,
      hasHours && s.capacityHours !== null ? s.capacityHours * allocated : "",
      "",
      "",
    ],
    fmt,
  );
  if (s.unallocatedTimeShare > 0)
    add("body", [
      m.unallocatedTime(
        s.unallocatedTimeShare,
        s.unallocatedTiers.map((t) => m.tier[t]),
      ),
    ]);
  if (s.capacityHours !== null)
    add("body", [
      w.capacityLine(
        formatDecimal(s.capacityHours),
        result.rules.time.monthlyCapacityHours === null
          ? { owners: s.owners.length, each: formatDecimal(result.rules.time.hoursPerOwner) }
          : null,
      ),
    ]);
  // The accounts left out as ended: 30 rows in the customer list, 27 tiered, and here is why.
  if (s.ended.count > 0) add("body", [w.endedLeftOut(s.ended.count, s.ended.rows)]);
  gap();
  const chart = placeChartBlock(rows, result, messages);
  gap();

  // Only the rows the lists name are looked up: one pass, without a map of the whole sheet.
  const listed = [
    ...s.watchList.slice(0, LIST_LIMIT).map((e) => e.row),
    ...s.creditHold.slice(0, LIST_LIMIT).map((e) => e.row),
    ...s.promotionCandidates.slice(0, LIST_LIMIT).map((c) => c.row),
    ...s.priorityProspects.slice(0, LIST_LIMIT).map((p) => p.row),
    ...(s.ownGrading?.notKeyNow.slice(0, LIST_LIMIT).map((d) => d.row) ?? []),
    ...(s.ownGrading?.keyNow.slice(0, LIST_LIMIT).map((d) => d.row) ?? []),
  ];
  const indexOfRow = tableIndexOfRows(result, listed);
  const field = <T>(row: number | null, read: (i: number) => T, none: T): T => {
    const i = row === null ? undefined : indexOfRow.get(row);
    return i === undefined ? none : read(i);
  };
  /** A figure of a listed row, blank where unknown. */
  const figureAt = (row: number | null, figures: Float64Array): PlanCell =>
    field(row, (i) => (Number.isFinite(figures[i]) ? (figures[i] as number) : ""), "");
  const revenueAt = (row: number | null): PlanCell => figureAt(row, result.table.revenue);
  // To the tenth of a percent it shows: a fall of 0.04% printed as "-0.0%" (+ 0 makes -0 a zero).
  const growthAt = (row: number | null): PlanCell => {
    const g = figureAt(row, result.table.growth);
    return typeof g === "number" ? Math.round(g * 1000) / 1000 + 0 : g;
  };
  const ownerAt = (row: number | null): string => field(row, (i) => result.table.owner[i] as string, "");
  const regionAt = (row: number | null): string => field(row, (i) => result.table.region[i] as string, "");

  /** Our column's header where this run writes it (the rules may turn it off, or the planner delete it). */
  const ours = (key: OutputKey): string | null => (written.includes(key) ? m.outputHeader[key] : null);
  /** A section that names accounts: heading, the course's or our words, then a table or a "none" line. */
  const addNamedList = <T>(section: {
    heading: string;
    intro: string;
    none: string;
    columns: readonly string[];
    items: ReadonlyList<T>;
    cells: (item: T) => PlanCell[];
    formats: PlanRow["formats"];
    /** The data sheet's column where the accounts past the limit can be found; null where none is written. */
    moreIn: string | null;
  }): void => {
    add("heading", [section.heading]);
    add("body", [section.intro]);
    if (section.items.length === 0) add("body", [section.none]);
    else {
      add("tableHeader", [...section.columns]);
      for (const item of section.items.slice(0, LIST_LIMIT)) {
        const cells = section.cells(item);
        // A last text longer than the room left of the page goes on under itself, on rows of its own
        // (a reason in English ran past the printed edge).
        const last = cells.length - 1;
        const text = cells[last];
        const room = COLUMN_WIDTHS.slice(last, PRINT_COLUMNS).reduce((a, b) => a + b, 0) - 2;
        if (last < PRINT_COLUMNS && typeof text === "string" && displayWidth(text) > room) {
          const blank = cells.slice(0, last).map(() => "");
          wrapText(text, room).forEach((line, k) =>
            add("body", k === 0 ? [...cells.slice(0, last), line] : [...blank, line], section.formats),
          );
        } else add("body", cells, section.formats);
      }
      if (section.items.length > LIST_LIMIT)
        add("body", [
          section.moreIn === null
            ? w.moreUnlisted(section.items.length - LIST_LIMIT)
            : w.more(section.items.length - LIST_LIMIT, section.moreIn),
        ]);
    }
    gap();
  };
  newPage();
  addNamedList({
    heading: w.watchHeading,
    intro: w.watchIntro,
    none: w.watchNone,
    columns: inCurrency(w.watchColumns),
    items: s.watchList,
    cells: (e) => [e.name, e.row ?? w.removedRow, ownerAt(e.row), revenueAt(e.row), describeWatch(e, m)],
    formats: [undefined, "0", SPACED_TEXT, MONEY, SPACED_TEXT],
    // The notes of watched accounts lead with the reason.
    moreIn: ours("note"),
  });
  const hasCredit = result.dimensions.credit;
  // Beside the key accounts at risk, the others on cash terms (a key account with D is watched above).
  if (hasCredit)
    addNamedList({
      heading: w.creditHoldHeading,
      intro: w.creditHoldIntro,
      none: w.creditHoldNone,
      columns: inCurrency(w.creditHoldColumns),
      items: s.creditHold,
      cells: (e) => [
        e.name,
        e.row,
        e.owner ?? "",
        e.revenue ?? "",
        field(e.row, (i) => creditLabelAt(result.table, i, m), ""),
      ],
      formats: [undefined, "0", SPACED_TEXT, MONEY, SPACED_TEXT],
      moreIn: ours("creditClass"),
    });
  // The sheet's own grading: the accounts it calls key that the run does not, and the run's new ones.
  const own = s.ownGrading;
  if (own !== null) {
    const { grade } = gradingLine(own);
    const cells = (d: GradeDifference): PlanCell[] => [
      d.name,
      d.row,
      d.owner ?? "",
      d.revenue ?? "",
      d.grade,
      m.tier[d.tier],
      field(d.row, (i) => result.reasonOf(i), ""),
    ];
    const formats: PlanRow["formats"] = [
      undefined,
      "0",
      SPACED_TEXT,
      MONEY,
      SPACED_TEXT,
      undefined,
      undefined,
    ];
    const columns = inCurrency(w.ownGradeColumns(own.header));
    if (own.sheetKey > 0)
      addNamedList({
        heading: w.ownGradeLostHeading,
        intro: w.ownGradeLostIntro(own.header, grade),
        none: w.ownGradeLostNone(own.header, grade, own.sheetKey),
        columns,
        items: own.notKeyNow,
        cells,
        formats,
        moreIn: own.header,
      });
    if (own.keyNow.length > 0)
      addNamedList({
        heading: w.ownGradeNewHeading,
        intro: w.ownGradeNewIntro(own.header, grade),
        none: w.ownGradeNewNone(own.header, grade),
        columns,
        items: own.keyNow,
        cells,
        formats,
        moreIn: own.header,
      });
  }
  const gapInTenths = w.gapFormat.replaceAll("#,##0", "#,##0.0");
  // The growth column only where a listed candidate has a growth figure (an empty 同比 column stood on
  // sheets without last year's sales), the credit column only where the sheet gives a credit input.
  const hasGrowth = s.promotionCandidates
    .slice(0, LIST_LIMIT)
    .some((c) => typeof growthAt(c.row) === "number");
  const kept = [true, true, true, true, true, hasGrowth, hasCredit];
  const keep = <T>(all: readonly T[]): T[] => all.filter((_, k) => kept[k] !== false);
  addNamedList({
    heading: w.candidatesHeading,
    intro: w.candidatesIntro,
    none: w.candidatesNone,
    columns: keep(inCurrency(w.candidatesColumns)),
    items: s.promotionCandidates,
    // Growth beside the gap: a candidate by its sales alone may be one whose sales fell.
    // Credit beside them too: one long overdue is asked to pay before any reward.
    cells: (c) =>
      keep([
        c.name,
        c.row,
        c.owner ?? "",
        revenueAt(c.row),
        c.gapToKey ?? "",
        growthAt(c.row),
        c.credit === null ? "" : field(c.row, (i) => creditLabelAt(result.table, i, m), ""),
      ]),
    // A space before the credit: the growth (or the gap) beside it is right-aligned.
    // A gap in goods may be a tenth of a ton: "还差 0" said the candidate had arrived.
    formats: keep([
      undefined,
      "0",
      SPACED_TEXT,
      MONEY,
      s.currency === "QTY" ? gapInTenths : w.gapFormat,
      GROWTH,
      SPACED_TEXT,
    ]),
    moreIn: ours("promotion"),
  });
  addNamedList({
    heading: w.prospectsHeading,
    intro: w.prospectsIntro,
    none: w.prospectsNone,
    columns: w.prospectsColumns,
    items: s.priorityProspects,
    cells: (p) => [p.name, p.row, regionAt(p.row), ownerAt(p.row), p.why],
    formats: [undefined, "0", SPACED_TEXT],
    moreIn: ours("note"),
  });

  newPage();
  if (s.owners.length > 0) {
    add("heading", [w.ownersHeading]);
    add("tableHeader", [...w.ownerColumns]);
    for (const o of s.owners) {
      add(
        "body",
        [
          o.owner,
          o.accounts.key,
          o.accounts.ordinary,
          o.accounts.prospect,
          o.timeShare,
          o.hours === null ? "" : o.hours,
          fitNames(o.keyAccounts, OWNER_NAMES_WIDTH, messages),
        ],
        [undefined, "0", "0", "0", PCT, HOURS, SPACED_TEXT],
      );
    }
    // What the table shows but a reader may miss: one person on most key accounts (the finding's
    // check), and a portfolio that needs more hours than one person has, where capacity is per owner.
    for (const { owner, median } of overloadedOwners(s, result.rules))
      add("body", [
        w.ownerOverloaded(
          owner.owner,
          formatPercent(owner.keyTimeShare),
          formatPercent(median),
          formatDecimal(Math.round((owner.keyTimeShare / median) * 10) / 10),
        ),
      ]);
    const perOwner = result.rules.time.monthlyCapacityHours === null ? result.rules.time.hoursPerOwner : null;
    if (perOwner !== null && perOwner > 0)
      for (const o of s.owners)
        if (o.hours !== null && o.hours > perOwner * OVER_CAPACITY)
          add("body", [
            w.ownerOverCapacity(o.owner, formatDecimal(Math.round(o.hours)), formatDecimal(perOwner)),
          ]);
    gap();
  }

  if (s.regions.length > 0) {
    add("heading", [w.regionsHeading]);
    add("body", [w.regionsIntro]);
    add("tableHeader", inCurrency(w.regionColumns));
    for (const r of s.regions) {
      add(
        "body",
        [
          r.region,
          r.accounts,
          r.key,
          r.ordinary,
          r.prospect,
          revenueShareCell(r.revenueShare, s.revenue),
          // A weak share says its figure: beside the share of revenue, "weak" alone read as that one's.
          m.list(
            r.flags.map((f) =>
              f === "weakShare" && r.marketShare !== null
                ? w.regionWeakShare(formatPercent(r.marketShare))
                : w.regionFlag[f],
            ),
          ),
        ],
        [undefined, "0", "0", "0", "0", PCT, SPACED_TEXT],
      );
    }
    gap();
  }

  newPage();
  for (const tier of TIERS) {
    add("heading", [w.tacticsHeading(m.tier[tier])]);
    add("body", [m.strategy.tierSummary[tier]]);
    for (const line of m.strategy.tactics[tier]) add("bullet", [`• ${line}`]);
    gap();
    if (tier === "key" && s.tiers.key.accounts > 0) {
      // The course's quarterly programme (its example: the "June 1st project"), as the next four quarters.
      add("heading", [w.quarterHeading]);
      add("body", [w.quarterIntro(w.reviewEvery(s.tiers.key.reviewMonths))]);
      add("tableHeader", [...w.quarterColumns]);
      for (const q of quarterPlan(result, messages, asOf)) add("body", [q.quarter, q.programme]);
      gap();
    }
  }
  add("heading", [w.rewardsHeading]);
  add("body", [w.oursNote]);
  for (const line of m.strategy.rewards) add("bullet", [`• ${line}`]);
  gap();
  add("heading", [w.careHeading]);
  m.strategy.careRules.forEach((line, i) => add("bullet", [`${i + FIRST_CARE_RULE}. ${line}`]));
  gap();

  add("heading", [w.changesHeading]);
  add("body", [result.hasPrevious ? w.changeCounts(s.changes) : w.noPrevious]);

  return {
    name: w.strategySheetName,
    rows: alignHeaders(rows),
    columnWidths: COLUMN_WIDTHS,
    chart,
    // Nine columns, the chart among them: landscape, scaled to one page wide.
    print: { orientation: "landscape", fitToWidth: true, breaks, columns: PRINT_COLUMNS },
  };
}

/** Table index of each of the given sheet rows (null rows, removed accounts, are left out). */
function tableIndexOfRows(result: TieringResult, rows: readonly (number | null)[]): Map<number, number> {
  const wanted = new Set(rows.filter((r): r is number => r !== null));
  const out = new Map<number, number>();
  if (wanted.size === 0) return out;
  const t = result.table;
  for (let i = 0; i < t.length && out.size < wanted.size; i++) {
    const row = t.row[i] as number;
    if (wanted.has(row)) out.set(row, i);
  }
  return out;
}

/** The course's text keeps its care rules from number 5 on. */
const FIRST_CARE_RULE = 5;

/**
 * Below the summary: the chart's compact data block (tier, share of accounts, share of revenue) in A-C,
 * the chart beside it in E-I, and room for it, so page one prints the summary and its chart together.
 */
function placeChartBlock(rows: PlanRow[], result: TieringResult, messages: Messages): ChartPlan {
  const { engine: m, workbook: w } = messages;
  const s = result.summary;
  const top = rows.length;
  const inMeasure = (text: string): string => headerInCurrency(text, s.currency, s.goods);
  rows.push({ style: "tableHeader", cells: ["", ...w.chartSeries.map(inMeasure)] });
  for (const tier of TIERS)
    rows.push({
      style: "body",
      cells: [
        m.tier[tier],
        excelNumber(s.tiers[tier].accountShare),
        excelNumber(revenueShareCell(s.tiers[tier].revenueShare, s.revenue)),
      ],
      formats: [undefined, PCT, PCT],
    });
  while (rows.length < top + CHART_ROWS) rows.push({ style: "body", cells: [] });
  return {
    title: inMeasure(w.chartTitle),
    kind: "columnClustered",
    source: { row: top, column: 0, rows: TIERS.length + 1, columns: 3 },
    anchor: { row: top, column: CHART_AT_COLUMN },
    size: { rows: CHART_ROWS, columns: PRINT_COLUMNS - CHART_AT_COLUMN },
  };
}
