import {
  type AccountResult,
  type AccountTable,
  CHANGES,
  type Dimension,
  NO_DIMENSIONS,
  NO_TIER,
  TIER_CODE,
  accountAt,
  createAccountTable,
  isoDay,
  sliceTable,
} from "./account";
import { type Cell, type CellGrid, cellText, columnLetter, isUncalculated } from "./cells";
import { isCurrency } from "./currencies";
import { salesCurrencies } from "./salesCurrency";
import { checkHeader } from "./headerChecks";
import { renamedFindings, typedOverFindings } from "./sinceLastRun";
import {
  type Currency,
  currencyFromNumberFormat,
  displayScaleOf,
  isPercentFormat,
  unitFromNumberFormat,
} from "./normalize";
import { parseDate, startOfDay } from "./values";
import { explainTier } from "./explain";
import type { Field } from "./fields";
import type { Finding } from "./findings";
import {
  type ExplicitMapping,
  type HeaderDetection,
  detectColumns,
  isVolumeHeader,
  partsLabel,
} from "./headers";
import type { EngineMessages, NoteByHand } from "./messages";
import {
  countProspectsByRegion,
  keyLineLastYear,
  markPriorityProspects,
  markWatchList,
  scheduleReviews,
} from "./followUp";
import { type NoteContext, createNoteWriter } from "./notes";
import {
  type SalesAt,
  type SalesCheck,
  salesBlankSinceLastRun,
  salesOutOfScale,
  salesEmptied,
  unitsApart,
} from "./salesChecks";
import {
  type PreviousNote,
  type PreviousReview,
  type PreviousRun,
  lastRunComparable,
  matchPreviousRun,
  noteFingerprint,
  salesMonthsOf,
  withLeftOut,
} from "./previousRun";
import type { OutputKey } from "./outputs";
import { ownArena, withArena } from "./memory";
import { noneAtThreshold, rankAccounts } from "./rank";
import { type RegionLevel, chooseShareRegion, classifyRegionalShare } from "./regionalShare";
import { remarkFindings, remarksColumn } from "./remarks";
import { type SkippedRow, presentDimensions, readAccounts } from "./readAccounts";
import { type Rules, TIERS, type Tier, validateRules } from "./rules";
import { scoreAccounts, scoreParts } from "./score";
import {
  type RemovedAccount,
  type TieringSummary,
  capacityOf,
  checkOwners,
  markPromotionCandidates,
  summarize,
} from "./summarize";

const CHANGE = {
  new: CHANGES.indexOf("new"),
  same: CHANGES.indexOf("same"),
  promoted: CHANGES.indexOf("promoted"),
  demoted: CHANGES.indexOf("demoted"),
} as const;

export type TieringInput = {
  readonly grid: CellGrid;
  readonly messages: EngineMessages;
  /** Rules as read from JSON; validated here. Omitted: the defaults. */
  readonly rules?: unknown;
  readonly mapping?: ExplicitMapping | undefined;
  /** Headers of the product's own output columns in every language, to find them again on a re-run. */
  readonly outputHeaders?: Readonly<Partial<Record<OutputKey, readonly string[]>>> | undefined;
  /** Number format per grid column (of the first data cell), where a unit such as 万元 may live. */
  readonly columnFormats?: readonly (string | undefined)[] | undefined;
  /** The date relationship lengths are counted to, and reviews scheduled from. */
  readonly asOf: Date;
  /** What the last run saved of its accounts (settings), to find removed accounts and what moved. */
  readonly previousRun?: PreviousRun | null | undefined;
  /**
   * Whether the columns headed like ours are an earlier run's on this sheet (default true). False where no
   * saved run says so (a copy shared without its saved data, a user's own "Tier" column): they are the
   * user's, and never read as a last run's tiers, hand-typed notes or reviews; the run is a first one.
   */
  readonly ownColumns?: boolean | undefined;
};

/** Which classification dimensions and extras this sheet has input for (and so which columns are written). */
export type PresentDimensions = Readonly<Record<Dimension, boolean>>;

export type TieringResult = {
  readonly rules: Rules;
  readonly header: HeaderDetection;
  /** 1-based sheet row of the header, or null when none was found. */
  readonly headerRow: number | null;
  /** Every tiered row, column by column. */
  readonly table: AccountTable;
  /** Every tiered row as an object, with reason and note (built on first use). */
  readonly accounts: readonly AccountResult[];
  /** The reason for row `i` of the table, in the user's language (built on demand). */
  readonly reasonOf: (i: number) => string;
  /** The strategy note for row `i` of the table (a planner's own, where the run keeps it). */
  readonly noteOf: (i: number) => string;
  /**
   * Rows (table index) whose note cell holds a planner's own text, by that text: the doors leave those
   * cells as they are (see `PlanColumn.kept`).
   */
  readonly keptNotes: ReadonlyMap<number, string>;
  /** Rows (table index) whose next review is a planner's date, kept: the roster remembers them. */
  readonly keptReviews: ReadonlySet<number>;
  /** The score parts of row `i` in points: revenue, growth, tenure, strategic. */
  readonly partsOf: (i: number) => [number, number, number, number];
  readonly skipped: readonly SkippedRow[];
  readonly findings: readonly Finding[];
  readonly summary: TieringSummary;
  readonly dimensions: PresentDimensions;
  /** The sheet holds tiers written by an earlier run (or the saved roster matched). */
  readonly hasPrevious: boolean;
  /** Accounts of the last run that are no longer on the sheet, or left out of this run. */
  readonly removed: readonly RemovedAccount[];
  /** What became of a removed account, for the change log: left out on its row, said; "" where gone. */
  readonly removedReasonOf: (r: RemovedAccount) => string;
  /** The run date (epoch ms). */
  readonly asOf: number;
  /** The workbook counts days in the 1904 date system: the dates written are its serials. */
  readonly date1904: boolean;
  /**
   * The finer region column regional shares were reckoned in (省份 beside 大区), and its level, which the
   * share's label names ("占本省份销售额"); absent where shares are of the region column's regions.
   */
  readonly shareRegion?: { readonly level: RegionLevel; readonly header: string } | undefined;
  /** countShare: key accounts the rules ask for. */
  readonly keyCount: number;
};

/**
 * Tiers a sheet of distributors: finds the header, reads every row, scores, tiers (method, hysteresis,
 * override), classifies along the six dimensions, allocates sales time, compares with the previous run,
 * and explains and annotates every row in the user's language. Never throws on a user's sheet: what is
 * wrong comes back as findings.
 * @example tierAccounts({ grid: { values, origin: { row: 0, column: 0 } }, messages: zhCN, asOf: new Date() })
 */
export function tierAccounts(input: TieringInput): TieringResult {
  return withArena(ARENA_BASE + input.grid.values.length * ARENA_BYTES_PER_ROW, () => {
    const result = tierInArena(input);
    ownArena(result);
    return result;
  });
}

/**
 * Room in the run's arena (see memory.ts): the table's columns, the rankings and their orders and the
 * largest set of temporaries taken at once come to some 270 bytes a row on a 15-column sheet, so there
 * is room to spare: pages never touched cost nothing. `ARENA_BASE` holds the radix sort's
 * counts.
 */
const ARENA_BYTES_PER_ROW = 384;
const ARENA_BASE = 1 << 21;

function tierInArena(input: TieringInput): TieringResult {
  let m = input.messages;
  const validated = validateRules(input.rules, m);
  const rules = validated.rules;
  const findings: Finding[] = [...validated.findings];
  const { values, origin } = input.grid;

  const header = detectColumns(values, {
    mapping: input.mapping,
    originColumn: origin.column,
    asOfYear: input.asOf.getUTCFullYear(),
    columnFormats: input.columnFormats,
    outputHeaders:
      input.outputHeaders ?? Object.fromEntries(Object.entries(m.outputHeader).map(([k, v]) => [k, [v]])),
  });
  const letter = (c: number): string => columnLetter(origin.column + c);
  const headerText = (c: number): string => cellText(header.labels[c]) || letter(c);

  // What the header says before a row is read; where the run cannot go on, nothing is read.
  const checked = checkHeader({
    header,
    values,
    origin,
    messages: m,
    grid: input.grid,
    previousRun: input.previousRun,
  });
  for (const f of checked.findings) findings.push(f);
  if (checked.stop) return emptyResult(rules, header, findings, origin.row);
  const headerSheetRow = origin.row + header.headerRow + 1;
  const nameColumn = header.mapping.name as number;

  // Sales in two currencies (an ERP's 币种 column of 人民币 and 美元, or $ and ¥ typed in the cells) cannot
  // be ranked together: read as one, a $1M account ranks as ¥1M. The run stops and says which rows.
  const revenueColumn = header.mapping.revenue;
  const currencies =
    revenueColumn === undefined
      ? []
      : salesCurrencies(values, header, rules, input.columnFormats ?? [], nameColumn, revenueColumn);
  if (currencies.length > 1 && revenueColumn !== undefined) {
    const byColumn = header.mapping.currency !== undefined;
    const column = byColumn ? (header.mapping.currency as number) : revenueColumn;
    const sheetRow = (r: number): number => origin.row + r + 1;
    const parts = currencies.map((c) => ({ ...c, rows: c.rows.map(sheetRow) }));
    const second = parts[1] as (typeof parts)[number];
    findings.push({
      code: "value.mixedCurrency",
      severity: "error",
      row: second.rows[0] as number,
      column: letter(column),
      header: headerText(column),
      message: m.finding.mixedCurrency(second.rows[0] as number, headerText(column), byColumn, parts),
    });
    return emptyResult(rules, header, findings, origin.row);
  }

  const sole = currencies.length === 1 ? (currencies[0] as (typeof currencies)[number]).currency : undefined;
  // Columns headed like ours but not known to be ours are left unread (they stay out of the fields).
  const ours = input.ownColumns === false ? {} : header.outputs;
  const read = readAccounts(
    input.grid,
    ours === header.outputs ? header : { ...header, outputs: ours },
    rules,
    input.messages,
    input.asOf,
    input.columnFormats ?? [],
    sole !== undefined && isCurrency(sole) ? sole : undefined,
  );
  // From here on amounts are written in the sales' currency (万美元, $ where the header says so).
  const goods = read.goods ?? "";
  // The part of the year the sales cover, or the year so far: notes and the watch list name it.
  const salesSpan =
    read.salesPeriod ??
    (read.salesLifetime === true
      ? "lifetime"
      : read.salesToDate
        ? "toDate"
        : read.salesThisPeriod === true
          ? "period"
          : undefined);
  m = read.currency === m.currency && goods === m.goods ? m : m.withCurrency(read.currency, goods);
  // One push per finding: spreading hundreds of thousands of arguments overflows the stack.
  for (const f of read.findings) findings.push(f);
  // Rows under the header, none of them an account (a totals row, ended relationships, notes on the
  // table): each is said on its row; nothing to tier, and nothing written.
  if (read.table.length === 0) {
    findings.push({
      code: "sheet.noAccounts",
      severity: "error",
      row: headerSheetRow,
      message: m.finding.noAccounts(headerSheetRow),
    });
    return emptyResult(rules, header, findings, origin.row, read.skipped);
  }
  const { table, inputs } = read;
  const has = (f: Field): boolean => header.mapping[f] !== undefined;
  const lastRun = input.previousRun;
  const statusHeader = header.matches.find((x) => x.field === "status")?.header;
  const salesLabel = (c: number): string => partsLabel(header.revenueParts) ?? headerText(c);
  // Whether the last run's sales cover this run's months: a fall since, blanks since, and a unit apart
  // since are judged only so (1-2月 of a new year after 1-10月 is no fall).
  const sameMonths =
    !lastRun || lastRunComparable(lastRun, salesMonthsOf(salesSpan), new Date(input.asOf).getUTCFullYear());
  const salesColumn = header.mapping.revenue;
  const salesAt: SalesAt | undefined =
    salesColumn === undefined
      ? undefined
      : {
          messages: m,
          column: salesColumn,
          letter,
          headerText,
          label: salesLabel(salesColumn),
          headerRow: headerSheetRow,
          lastRun,
          sameMonths,
          // The sales cell as typed, where one column holds the sales (months summed have none).
          ...(header.revenueParts ? {} : { typed: cellsTyped(values, table.gridIndex, salesColumn) }),
        };
  // Sales checked before anything is ranked (src/engine/salesChecks.ts): none where the last run had
  // them; then, once the last run's accounts are matched, blanks since and a unit apart.
  const stopOn = (check: SalesCheck): boolean => {
    for (const f of check.findings) findings.push(f);
    return check.stop;
  };
  if (salesAt && stopOn(salesEmptied(table, salesAt)))
    return emptyResult(rules, header, findings, origin.row, read.skipped);

  const dimensions: PresentDimensions = read.dimensions ?? presentDimensions(header);
  const scoreModel = scoreAccounts(
    table,
    inputs,
    {
      revenue: has("revenue"),
      // The growth part reads what sales potential reads: growth, prior revenue or market potential.
      growth: dimensions.potential,
      tenure: has("tenure"),
      strategic: has("strategic"),
    },
    rules,
  );
  const matchedRun = matchPreviousRun(table, lastRun);
  const { edited, notes, reviews, fresh, knownNotes, renamed } = matchedRun;
  const removed = withLeftOut(matchedRun.removed, read.skipped);
  const priorColumn = header.mapping.priorRevenue;
  const priorLabel =
    priorColumn === undefined ? undefined : (partsLabel(header.priorRevenueParts) ?? headerText(priorColumn));
  if (
    salesAt &&
    (stopOn(salesBlankSinceLastRun(table, salesAt)) || stopOn(unitsApart(table, salesAt, priorLabel)))
  )
    return emptyResult(rules, header, findings, origin.row, read.skipped);
  if (salesAt) stopOn(salesOutOfScale(table, salesAt, priorLabel));
  // Renamed since the last run, each said (or many at once, once).
  for (const f of renamedFindings(table, renamed, header.mapping.code, nameColumn, letter, headerText, m))
    findings.push(f);
  const rank = rankAccounts(table, rules, scoreModel.revenueLevels);
  // A move by hand (升级 / 降级) with no tier to go to is said on its row: the machine's tier stands.
  const overrideAt = header.mapping.override;
  if (overrideAt !== undefined && rank.movesRefused.length > 0) {
    const typed = cellsTyped(values, table.gridIndex, overrideAt);
    for (const { index, up } of rank.movesRefused) {
      const row = table.row[index] as number;
      const from = TIERS[table.machineTier[index] as number] as Tier;
      findings.push({
        code: "override.moveRefused",
        // Asked for what could not be done (down from ordinary, up from a prospect): a warning; already
        // where it asked to go (up from key, down from a prospect): information.
        severity: (from === "ordinary" && !up) || (from === "prospect" && up) ? "warning" : "info",
        row,
        column: letter(overrideAt),
        header: headerText(overrideAt),
        message: m.finding.moveRefused(row, headerText(overrideAt), typed(index), up, from),
      });
    }
  }
  // A tier typed over the run's by hand: where to set a tier instead is said on its row.
  const tierColumn = ours.tier;
  if (tierColumn !== undefined)
    for (const f of typedOverFindings(
      table,
      edited,
      read.typedOverTier ?? [],
      tierColumn,
      header.mapping.override,
      letter,
      headerText,
      m,
    ))
      findings.push(f);
  // A note cell that holds other than the note the last run wrote there was typed over by a planner:
  // their text is kept (the doors leave the cell as it is), and so is a planner's note kept before,
  // until the cell is cleared. The roster remembers each note by its fingerprint. On a row the roster
  // does not know (a new account), a note that is none of the roster's was typed there by hand; one
  // that is (a row copied with its note to start a new account) is the run's to rewrite.
  const keptNotes = new Map<number, string>();
  const noteColumn = ours.note;
  if (noteColumn !== undefined) {
    const hand = notesByHand(values, table.gridIndex, noteColumn, notes, fresh, knownNotes);
    for (const { index, text, how } of hand) {
      keptNotes.set(index, text);
      const row = table.row[index] as number;
      findings.push({
        code: how === "kept" ? "note.keptByHand" : "note.editedByHand",
        severity: how === "kept" ? "info" : "warning",
        row,
        column: letter(noteColumn),
        header: headerText(noteColumn),
        message: m.finding.noteKept(row, headerText(noteColumn), how),
      });
    }
  }
  if (has("revenue") && table.length > 0 && rank.totalRevenue <= 0) {
    const c = header.mapping.revenue as number;
    findings.push({
      code: "tier.noSales",
      severity: "warning",
      column: letter(c),
      header: headerText(c),
      message: m.finding.noSales(salesLabel(c), statusHeader),
    });
  }

  // A key threshold no account reached: the run's key accounts are those set by hand alone.
  // Key accounts set by hand that fill every key place leave none to the largest accounts by sales:
  // said once, first, on the override column's header, where it is mended, naming the largest account
  // left ordinary (a 791万 account, 10.7% of the sheet's sales, was an ordinary account whose reason
  // alone said the places were full).
  if (rules.tiering.method === "countShare" && has("revenue") && rank.keyCount > 0 && rank.quota === 0) {
    let largest = -1;
    for (let i = 0; i < table.length; i++) {
      const rev = table.revenue[i] as number;
      if (
        table.override[i] === NO_TIER &&
        rev > 0 &&
        (largest < 0 || rev > (table.revenue[largest] as number))
      )
        largest = i;
    }
    const overrideColumn = header.mapping.override;
    if (largest >= 0 && overrideColumn !== undefined) {
      const byHand = table.tier.reduce(
        (k, tier, i) => k + (tier === TIER_CODE.key && table.override[i] === TIER_CODE.key ? 1 : 0),
        0,
      );
      findings.unshift({
        code: "override.fillsKeyPlaces",
        severity: "warning",
        row: headerSheetRow,
        column: letter(overrideColumn),
        header: headerText(overrideColumn),
        message: m.finding.overridesFillKeyPlaces(
          byHand,
          rank.keyCount,
          table.name[largest] as string,
          table.revenue[largest] as number,
          rank.totalRevenue > 0 ? (table.revenue[largest] as number) / rank.totalRevenue : 0,
        ),
      });
    }
  }
  const none = has("revenue") ? noneAtThreshold(table, rules) : null;
  if (none !== null) {
    const c = header.mapping.revenue as number;
    const byRevenue = rules.tiering.method === "revenueThreshold";
    findings.push({
      code: "tier.noneAtThreshold",
      severity: "warning",
      ...(byRevenue ? { column: letter(c), header: headerText(c) } : {}),
      message: m.finding.noneAtThreshold(
        byRevenue ? "revenue" : "score",
        byRevenue ? rules.tiering.keyMinRevenue : rules.tiering.keyMinScore,
        none.best,
      ),
    });
  }

  if (has("revenue")) {
    // A finding on the sales column's unit, at the header: 年销量 alone is tiered on, as ledgers mean
    // it, but its figures are no yuan (the unitless column's finding advised writing 万元 in its header).
    const c = header.mapping.revenue as number;
    const volume = isVolumeHeader(headerText(c));
    const h = partsLabel(header.revenueParts) ?? headerText(c);
    const unitless =
      !volume && rank.totalRevenue > 0
        ? salesWithoutUnit(
            table.revenue,
            header,
            input.columnFormats ?? [],
            read.salesPeriod?.months ?? 12,
            m.currency,
          )
        : undefined;
    // Shares of the total shown as percentages (a PivotTable's values shown as % of the grand total,
    // 0.31 as 31.00%): no amounts. Tiered, the notes said 年销售额0元 and the unit was said to be missing.
    let largestShare = Number.NaN;
    if (!volume && isPercentFormat((input.columnFormats ?? [])[c])) {
      largestShare = 0;
      for (let i = 0; i < table.revenue.length; i++)
        largestShare = Math.max(largestShare, table.revenue[i] as number);
    }
    const unit: (Pick<Finding, "code" | "message"> & { error?: true }) | undefined =
      largestShare <= 1
        ? {
            code: "header.salesInPercent",
            message: m.finding.salesInPercent(h, letter(c), largestShare),
            error: true,
          }
        : volume
          ? { code: "header.salesInVolume", message: m.finding.salesInVolume(h) }
          : unitless !== undefined
            ? { code: "header.unitAssumed", message: m.finding.unitAssumed(h, unitless, m.currency) }
            : undefined;
    if (unit)
      findings.push({
        code: unit.code,
        message: unit.message,
        severity: unit.error ? "error" : "warning",
        row: origin.row + header.headerRow + 1,
        column: letter(c),
        header: h,
      });
  }

  let shareRegion: TieringResult["shareRegion"];
  if (dimensions.regionalShare && has("region") && has("revenue")) {
    // A finer level of region beside the one taken (省份 beside 大区): shares are reckoned there, said in
    // place of "also looks like a region" (the regions of the strategy sheet stay the column taken).
    const regionColumn = header.mapping.region as number;
    const finer = chooseShareRegion(
      table,
      values,
      header.duplicates.filter(
        (d) => d.field === "region" && (checked.secondTable === undefined || d.column < checked.secondTable),
      ),
    );
    if (finer) {
      shareRegion = { level: finer.level, header: headerText(finer.column) };
      const at = findings.findIndex(
        (x) =>
          (x.code === "header.duplicate" || x.code === "header.regionLevel") &&
          x.column === letter(finer.column),
      );
      const said: Finding = {
        code: "header.shareRegion",
        severity: "info",
        row: origin.row + header.headerRow + 1,
        column: letter(finer.column),
        header: headerText(finer.column),
        message: m.finding.shareRegion(
          letter(finer.column),
          headerText(finer.column),
          finer.level,
          finer.coarser ? finer.takenPeers : finer.peers,
          letter(regionColumn),
          headerText(regionColumn),
          finer.coarser,
        ),
      };
      if (at >= 0) findings.splice(at, 1, said);
      else findings.push(said);
    }
    classifyRegionalShare(
      table,
      rules,
      has("marketShare") ? inputs.marketShare : null,
      finer?.regions,
      inputs.shareStated,
    );
  }

  let hasPrevious = removed.length > 0;
  for (let i = 0; i < table.length; i++) {
    const previous = table.previousTier[i] as number;
    const now = table.tier[i] as number;
    if (previous === NO_TIER) table.change[i] = CHANGE.new;
    else {
      hasPrevious = true;
      // Tier codes follow TIERS, highest first: a smaller code is a higher tier.
      table.change[i] = now < previous ? CHANGE.promoted : now > previous ? CHANGE.demoted : CHANGE.same;
    }
  }
  const smallestKeyRevenue = markPromotionCandidates(table, rules, rank.gateRevenue);
  // Rows' findings found after the read: said among the read's, in row order.
  const said: Finding[] = [];
  if (read.duplicateOf && smallestKeyRevenue !== null) {
    const c = header.mapping.name as number;
    for (const g of rowsPastKeyLine(table, read.duplicateOf, smallestKeyRevenue)) {
      const row = table.row[g.first] as number;
      said.push({
        code: "row.duplicateKey",
        severity: "warning",
        row,
        column: letter(c),
        header: headerText(c),
        message: m.finding.duplicateKey(
          row,
          headerText(c),
          table.name[g.first] as string,
          g.rows,
          g.sum,
          smallestKeyRevenue,
        ),
      });
    }
  }
  // Remarks that say the relationship ended or a dispute, where no status column says so (备注 "已停止合作").
  const remarks = header.mapping.status === undefined ? remarksColumn(header.unmapped) : undefined;
  if (remarks)
    for (const f of remarkFindings(values, table, remarks, letter(remarks.column), m)) said.push(f);
  if (said.length > 0) {
    said.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    // Among the rows' findings, top to bottom as they were read: one pass, whatever their number.
    const merged: Finding[] = [];
    let k = 0;
    for (const f of findings) {
      while (k < said.length && (said[k]?.row ?? 0) < (f.row ?? 0)) merged.push(said[k++] as Finding);
      merged.push(f);
    }
    while (k < said.length) merged.push(said[k++] as Finding);
    // (No spread: a sheet can have 200,000 findings, past a call's argument limit.)
    findings.length = 0;
    for (const f of merged) findings.push(f);
  }
  const priorityWhy = markPriorityProspects(table, rules, m);
  // The last run's sales as a base to fall from: only over the same months (a new year's 1-2月 after
  // 1-10月 set every key account falling by 80%).
  const monthsNow = salesMonthsOf(salesSpan);
  if (lastRun && !sameMonths)
    findings.push({
      code: "lastRun.otherMonths",
      severity: "info",
      message: m.finding.lastRunOtherMonths(
        lastRun.date,
        lastRun.months ?? null,
        monthsNow,
        salesSpan === "period",
      ),
    });
  markWatchList(table, rules, has("owner"), keyLineLastYear(table, rank.gateRevenue), sameMonths);
  scheduleReviews(table, rules, input.asOf);
  // A next review a planner typed over the run's date (a visit booked) is kept, until a last visit on
  // or after it shows the review took place; the roster remembers which dates are the planner's.
  const keptReviews = new Set<number>();
  const reviewColumn = ours.nextReview;
  if (reviewColumn !== undefined) {
    const visitColumn = header.mapping.lastVisit;
    const visitHeader = visitColumn === undefined ? "" : headerText(visitColumn);
    for (const e of reviewsByHand(values, table, reviewColumn, reviews, input.grid.date1904 === true)) {
      keptReviews.add(e.index);
      table.nextReview[e.index] = e.date;
      if (!e.fresh) continue;
      const row = table.row[e.index] as number;
      findings.push({
        code: "review.editedByHand",
        severity: "info",
        row,
        column: letter(reviewColumn),
        header: headerText(reviewColumn),
        message: m.finding.reviewKept(row, headerText(reviewColumn), isoDay(e.date), visitHeader),
      });
    }
  }
  const summary = summarize(table, {
    rules,
    capacityHours: capacityOf(table, rules, has("owner")),
    removed,
    marketShare: inputs.marketShare,
    priorityWhy,
    smallestKeyRevenue,
    revenueLevels: scoreModel.revenueLevels,
    currency: read.currency,
    goods,
    salesPeriod: salesSpan,
    lastRunComparable: sameMonths,
    today: startOfDay(input.asOf.getTime()),
    ownGradeHeader: has("ownGrade") ? headerText(header.mapping.ownGrade as number) : undefined,
    endedRows: read.skipped.filter((x) => x.reason === "inactive").map((x) => x.row),
  });
  if (has("owner")) {
    const c = header.mapping.owner as number;
    for (const f of checkOwners(table, summary, { letter: letter(c), header: headerText(c) }, rules, m))
      findings.push(f);
  }
  const noteContext: NoteContext = {
    rules,
    summary,
    hasOwnerColumn: has("owner"),
    regionProspects: countProspectsByRegion(table),
    salesPeriod: salesSpan,
    lastRunComparable: sameMonths,
    gateRevenue: rank.gateRevenue,
  };
  return withRows({
    rules,
    header,
    headerRow: headerSheetRow,
    table,
    skipped: read.skipped,
    findings,
    summary,
    dimensions,
    hasPrevious,
    removed,
    keyCount: rank.keyCount,
    reasonOf: (i) => explainTier(table, i, rank, rules, m),
    removedReasonOf: (r) => (r.leftOut ? m.leftOutReason(r.leftOut.reason, r.leftOut.text) : ""),
    partsOf: (i) => scoreParts(scoreModel, table, i),
    noteOf: keptNote(createNoteWriter(m, table, noteContext), keptNotes),
    keptNotes,
    keptReviews,
    asOf: input.asOf.getTime(),
    date1904: input.grid.date1904 === true,
    ...(shareRegion ? { shareRegion } : {}),
  });
}

/** A row's note cell that holds a planner's text, and how it came to (see `noteKept`'s message). */
type HandNote = { index: number; text: string; how: NoteByHand };

/**
 * The rows whose note cell holds a planner's text, in table order: a cell that no longer matches the
 * note the roster remembers (edited), one an earlier run kept already (kept), and on a row the roster
 * does not know, a note that is none of the roster's (new). A function of its own: a closure over the
 * grid inside `tierInArena` would share its context with the result's closures and keep the whole grid
 * alive for as long as the result (a million rows: 130 MB more at the CLI's peak).
 */
function notesByHand(
  values: CellGrid["values"],
  gridIndex: Int32Array,
  noteColumn: number,
  notes: readonly PreviousNote[],
  fresh: readonly number[],
  knownNotes: ReadonlySet<number>,
): HandNote[] {
  // A formula the file holds no result for is the planner's too (cellText would read it as blank).
  const noteAt = (i: number): string => {
    const cell = values[gridIndex[i] as number]?.[noteColumn] ?? null;
    return isUncalculated(cell) ? `=${cell.formula}` : cellText(cell);
  };
  const hand: HandNote[] = [];
  for (const e of notes) {
    const text = noteAt(e.index);
    if (text === "" || (!e.byHand && noteFingerprint(text) === e.fingerprint)) continue;
    hand.push({ index: e.index, text, how: e.byHand ? "kept" : "edited" });
  }
  for (const i of fresh) {
    const text = noteAt(i);
    if (text !== "" && !knownNotes.has(noteFingerprint(text))) hand.push({ index: i, text, how: "new" });
  }
  return hand.sort((a, b) => a.index - b.index);
}

/**
 * The rows whose next-review cell holds a planner's date: one other than the last run wrote, or one an
 * earlier run kept already. A date on or before the row's last visit is past: the review took place,
 * and the cycle sets the next one. `fresh`: typed since the last run (said once, as a finding).
 */
function reviewsByHand(
  values: CellGrid["values"],
  t: AccountTable,
  column: number,
  reviews: readonly PreviousReview[],
  date1904: boolean,
): { index: number; date: number; fresh: boolean }[] {
  const out: { index: number; date: number; fresh: boolean }[] = [];
  for (const e of reviews) {
    const cell = values[t.gridIndex[e.index] as number]?.[column] ?? null;
    const parsed = parseDate(cell, undefined, undefined, date1904);
    if (parsed.kind !== "value") continue;
    const date = startOfDay(parsed.value.getTime());
    if (!e.byHand && date === e.written) continue;
    const visit = t.lastVisit[e.index] as number;
    if (!Number.isNaN(visit) && startOfDay(visit) >= date) continue;
    out.push({ index: e.index, date, fresh: !e.byHand || date !== e.written });
  }
  return out;
}

/** The note of a row: the planner's own where the run keeps it, else the run's. */
function keptNote(written: (i: number) => string, kept: ReadonlyMap<number, string>): (i: number) => string {
  return kept.size === 0 ? written : (i) => kept.get(i) ?? written(i);
}

/** Adds the lazily built `accounts` view to a result. */
function withRows(result: Omit<TieringResult, "accounts">): TieringResult {
  let rows: AccountResult[] | undefined;
  return {
    ...result,
    get accounts(): readonly AccountResult[] {
      if (rows === undefined) {
        const t = result.table;
        rows = new Array<AccountResult>(t.length);
        const capacity = result.summary.capacityHours;
        for (let i = 0; i < t.length; i++) {
          const timeShare = result.summary.perAccountTimeShare[TIERS[t.tier[i] as number] as Tier];
          rows[i] = accountAt(t, i, {
            parts: result.partsOf(i),
            timeShare,
            hours: capacity === null ? null : capacity * timeShare,
            reason: result.reasonOf(i),
            note: result.noteOf(i),
            asOf: result.asOf,
          });
        }
      }
      return rows;
    },
  };
}

function emptyResult(
  rules: Rules,
  header: HeaderDetection,
  findings: Finding[],
  originRow: number,
  skipped: readonly SkippedRow[] = [],
): TieringResult {
  const table = sliceTable(createAccountTable(0, { ...NO_DIMENSIONS }), 0);
  return withRows({
    rules,
    header,
    headerRow:
      header.headerRow >= 0 && header.mapping.name !== undefined ? originRow + header.headerRow + 1 : null,
    table,
    skipped,
    findings,
    summary: summarize(table, {
      rules,
      capacityHours: null,
      removed: [],
      marketShare: new Float64Array(0),
      priorityWhy: () => "",
      smallestKeyRevenue: null,
      revenueLevels: null,
    }),
    dimensions: {
      managementMode: false,
      salesMode: false,
      credit: false,
      potential: false,
      regionalShare: false,
      sensitivity: false,
    },
    hasPrevious: false,
    removed: [],
    keyCount: 0,
    reasonOf: () => "",
    removedReasonOf: () => "",
    noteOf: () => "",
    keptNotes: new Map(),
    keptReviews: new Set(),
    partsOf: () => [0, 0, 0, 0],
    asOf: 0,
    date1904: false,
  });
}

/**
 * The largest sale, where the revenue column states no unit anywhere (header, number format, a note
 * above the header) and even that largest is under 100,000 yuan across five accounts or more: a
 * distributor ledger in yuan has accounts larger than that, one in 万元 has not (338 read as 338 yuan).
 * For part of a year, or an average a month or a day, the line is that part of 100,000 (a month's
 * 50,000 yuan was "only" 50,000). Undefined otherwise.
 */
function salesWithoutUnit(
  revenue: Float64Array,
  header: HeaderDetection,
  columnFormats: readonly (string | undefined)[],
  /** The months the sales cover, as the reader found them (a whole year: 12). */
  months: number,
  /**
   * The sales' currency: yuan kept in 万 are the slip to catch (under 100,000 a year); another currency
   * is kept in thousands (under 1,000 a year; 100,000 yen), where a small business's $16,800 is plausible.
   */
  currency: Currency,
): number | undefined {
  const match = header.matches.find((x) => x.field === "revenue");
  // A unit in the header, above it or in the cells' format, or amounts formatted as money (¥#,##0,
  // "$"#,##0): the magnitude is stated.
  const format = columnFormats[match?.column ?? -1];
  if (
    !match ||
    match.unit ||
    (header.unitNote && !header.unitNote.currencyOnly) ||
    unitFromNumberFormat(format) ||
    displayScaleOf(format) !== undefined ||
    currencyFromNumberFormat(format)
  )
    return undefined;
  let largest = 0;
  let sold = 0;
  for (let i = 0; i < revenue.length; i++) {
    const v = revenue[i] as number;
    if (v > 0) {
      sold++;
      if (v > largest) largest = v;
    }
  }
  const floor = currency === "CNY" || currency === "QTY" || currency === "JPY" ? 100_000 : 1_000;
  return sold >= 5 && largest < (floor * months) / 12 ? largest : undefined;
}

/**
 * Rows of one name (a distributor's product lines, its branches) that together sell at least the
 * smallest key account while none of them is key: tiered row by row, the largest distributor of the
 * sheet was three ordinary accounts, said only as "both are tiered".
 */
function rowsPastKeyLine(
  t: AccountTable,
  duplicateOf: Int32Array,
  line: number,
): { first: number; rows: number[]; sum: number }[] {
  const groups = new Map<number, { first: number; rows: number[]; sum: number; key: boolean }>();
  const sales = (i: number): number => Math.max(0, (t.revenue[i] as number) || 0);
  for (let i = 0; i < t.length; i++) {
    const first = duplicateOf[i] as number;
    if (first < 0) continue;
    let g = groups.get(first);
    if (!g) {
      g = { first, rows: [t.row[first] as number], sum: sales(first), key: t.tier[first] === TIER_CODE.key };
      groups.set(first, g);
    }
    g.rows.push(t.row[i] as number);
    g.sum += sales(i);
    if (t.tier[i] === TIER_CODE.key) g.key = true;
  }
  return [...groups.values()].filter((g) => !g.key && g.sum >= line).sort((a, b) => a.first - b.first);
}

/**
 * Account `i`'s cell in `column` as typed. Made here, not in tierInArena: a closure there shares that
 * function's context with the result's closures, and kept the whole grid alive after the run (+210 MB at
 * a million rows).
 */
function cellsTyped(
  values: readonly (readonly Cell[])[],
  gridIndex: Int32Array,
  column: number,
): (i: number) => string {
  return (i) => cellText(values[gridIndex[i] as number]?.[column] ?? null);
}
