import { f64 } from "./memory";
import type { ShareClass } from "./classes";

import {
  type AccountTable,
  DIMENSIONS,
  type Dimension,
  type DimensionColumn,
  MOVE_DOWN,
  MOVE_UP,
  NO_TIER,
  STANDINGS,
  TIER_CODE,
  rememberText,
  createAccountTable,
  createDimensionColumn,
  isoDay,
  sliceTable,
} from "./account";
import { type Cell, type CellGrid, cellText, columnLetter, isBlankCell } from "./cells";
import {
  createManagementModeClassifier,
  createSalesModeClassifier,
  createSensitivityClassifier,
  isActiveQuestion,
  potentialFromWord,
  shareFromWord,
  shareClass,
  isDormantStatus,
  isNoStanding,
  isNotAccount,
  isRiskStatus,
  MANAGEMENT_CODES,
  SALES_MODE_CODES,
  statusFromText,
  keepsMachineTier,
  moveFromText,
  notKeyTier,
  numberedTier,
  tierFromText,
} from "./classify";
import { findDuplicateNames } from "./duplicates";
import { FOLD_AT, foldGroupNotes, foldRowNotes } from "./foldNotes";
import type { Field } from "./fields";
import type { Finding } from "./findings";
import { type HeaderDetection, headerFieldOf, isVolumeHeader, partsLabel, readColumns } from "./headers";
import type { EngineMessages } from "./messages";
import { type Currency, type SalesPeriod, foldText, splitHeader } from "./normalize";
import type { Rules, Tier } from "./rules";
import {
  endedBy,
  growthOf,
  increaseOf,
  intentOf,
  intentOfStatus,
  moneyOf,
  potentialOf,
  shareOf,
  standingOf,
} from "./readers";
import {
  PLACE_IN_ONE,
  isNoteLabel,
  groupTotalOf,
  isGrandSummary,
  isSubtotalSummary,
  summaryOfLabel,
  type SummaryFunction,
  isRegionLabel,
  isSectionHeading,
  regionHeadingText,
  isTotalLabel,
  provinceOf,
  regionKey,
  unnamedTotalLabel,
} from "./rows";
import { type Column, namesMoney, salesSpans } from "./salesSpans";
import { createCreditReader } from "./rowCredit";
import { activeBeside } from "./readBeside";
import { filledDownColumn } from "./filledDown";
import { type GroupHead, pivotGroupHeads } from "./pivotGroups";
import { columnUnits } from "./columnUnits";
import { salesCurrency } from "./salesCurrency";
import { type FieldContext, readLastVisit, readTenure } from "./rowFields";
import { countryCurrency } from "./currencies";
import { boughtBefore, owesPastDue } from "./followUp";
import {
  type Parsed,
  dayMonthOrder,
  isDateFormat,
  parseFlag,
  parseEstimate,
  parseNumber,
  parseShare,
  startOfDay,
} from "./values";

/** A row that was not tiered, and why. */
export type SkippedRow = {
  readonly row: number;
  readonly reason:
    "blank" | "total" | "noName" | "inactive" | "notAccount" | "header" | "section" | "note" | "subAccount";
  readonly text: string;
  /** The row's name, where it has one and was left out as no account now (ended, a competitor). */
  readonly name?: string;
};

/** Per-row inputs later steps need but the result does not keep (NaN: missing). */
export type RowInputs = {
  readonly marketPotential: Float64Array;
  /** Market share as a fraction, where the sheet has the column (for regions' weighted share). */
  readonly marketShare: Float64Array;
  /** 1 where the market-share cell states the class in words (强势): no share of the region's sales then. */
  readonly shareStated: Uint8Array;
};

/** How many cells of a row hold something. */
function filledCells(row: readonly Cell[] | undefined): number {
  let n = 0;
  if (row) for (const cell of row) if (!isBlankCell(cell)) n++;
  return n;
}

/**
 * A customer's rows and its total's (0-based, in `values`): the total's row, the first and last rows
 * between. Where Data > Subtotal summarized them by another function than the sum ("Acme Count"), the
 * total row with its figures summed from the lines (`sums`), and its label.
 */
type SubtotalGroup = {
  readonly total: number;
  readonly first: number;
  readonly last: number;
  readonly sums?: readonly Cell[];
  readonly label?: string;
};

/**
 * "Total for Amy's Bird Sanctuary" (QuickBooks Online), "Total - Modern Media" (NetSuite), "Total Amy's Bird
 * Sanctuary" (QuickBooks Desktop): the customer whose rows it totals. The first two name it for sure.
 */
const TOTAL_FOR = /^\s*total(?:\s+(for)\s+|\s*([-–—:：])\s*|\s+)(.+?)\s*$/i;

/** How far above its "Total for …" row a customer's own row is looked for. */
const SUB_ACCOUNTS_REACH = 1000;

/**
 * A customer with sub-customers as QuickBooks reports them (Sales by Customer Summary): the customer's
 * row, its sub-customers' rows (jobs, locations) under it, then "Total for <customer>" with their sum.
 * Each was tiered on its own: the customer a prospect with no sales, its locations as small accounts,
 * so a distributor buying through three branches was never a key account. The customer is one account
 * with its total; its sub-customers' rows are part of it. Only where the total names a row above it
 * word for word, with no other total between but an inner group's (a sub-customer's own, which is
 * then part of the outer one); "Total X", QuickBooks Desktop's, only under a heading of X with no
 * figures and rows between. By the customer's row (0-based, in `values`): the total's row and the rows
 * between.
 */
function subAccountGroups(
  values: readonly (readonly Cell[] | undefined)[],
  start: number,
  nameIndex: number,
): Map<number, SubtotalGroup> {
  const groups = new Map<number, SubtotalGroup>();
  // A sub-customer with its own (a job under a location): its group is inside its customer's.
  const ownerOfTotal = new Map<number, number>();
  for (let r = start; r < values.length; r++) {
    const cell = values[r]?.[nameIndex];
    // Cheap screen (a million names): one starting with t or T, spaces aside.
    if (typeof cell !== "string") continue;
    let at = 0;
    while (cell.charCodeAt(at) === 32) at++;
    if ((cell.charCodeAt(at) | 32) !== 116) continue;
    const m = TOTAL_FOR.exec(cell);
    const owner = m?.[3];
    if (!m || !owner) continue;
    for (let p = r - 1; p >= Math.max(start, r - SUB_ACCOUNTS_REACH); p--) {
      const above = cellText(values[p]?.[nameIndex]).trim();
      if (above === owner) {
        // "Total X" without "for" (QuickBooks Desktop's) only under a heading of X with sub-customers:
        // "Total Sports Ltd" under "Sports Ltd" with figures of its own is a company.
        const heading =
          p < r - 1 && (values[p] ?? []).every((c, k) => k === nameIndex || typeof c !== "number");
        if ((m[1] || m[2] || heading) && !groups.has(p)) {
          groups.set(p, { total: r, first: p + 1, last: r - 1 });
          ownerOfTotal.set(r, p);
        }
        break;
      }
      // Over an inner group to its customer's row; another total ends the search.
      const inner = ownerOfTotal.get(p);
      if (inner !== undefined) p = inner;
      else if (TOTAL_FOR.test(above)) break;
    }
  }
  return groups;
}

/**
 * A customer's lines as a grouped report prints them (用友's 销售统计表 by customer, a CRM's report grouped
 * by account): the customer's name on its first line only, the lines below it with the name blank, then
 * a subtotal (小计, Subtotal) with their sums. The blank lines were skipped as rows without a name and the
 * customer tiered by its first line alone. Only where the subtotal's figures are the sums of the lines
 * from the named row down (half its figures at least, one at the least): a ledger's blank names above a
 * region's 小计 are no customer's lines, their 小计 the sum of more rows. Added to `groups` by the named
 * row, as subAccountGroups gives them.
 */
function subtotalGroups(
  values: readonly (readonly Cell[] | undefined)[],
  start: number,
  nameIndex: number,
  groups: Map<number, SubtotalGroup>,
): void {
  const nameless = (r: number): boolean => isBlankCell(values[r]?.[nameIndex] ?? null);
  const nameAt = (r: number): string => cellText(values[r]?.[nameIndex]).trim();
  for (let r = start + 2; r < values.length; r++) {
    // Cheap screen (a million rows): the row above has no name, or the name of the row above it (the
    // cells compared as they are: no text made for a row).
    if (!nameless(r - 1) && values[r - 1]?.[nameIndex] !== values[r - 2]?.[nameIndex]) continue;
    const row = values[r] ?? [];
    const label = nameless(r) ? unnamedTotalLabel(row) : cellText(row[nameIndex]);
    if (label === undefined) continue;
    // Data > Subtotal at each change in the name, Excel's and LibreOffice's, by any function: "Acme
    // Total", "Acme Count", "Acme 平均值", "Acme 求和" under Acme's lines (each line was an account, and the
    // summary one more).
    const total = isTotalLabel(label);
    const ofName = total || nameless(r) ? undefined : summaryOfLabel(label);
    if (ofName === undefined && !total) continue;
    // Up through the lines without a name to the customer's, and its own lines named alike (用友 prints
    // the name on every line too: 甲 twice, then 甲 小计, was two accounts), not past another subtotal: the
    // walks cover each stretch once (a sheet of names left blank with a 小计 every few rows stays linear).
    let p = r - 1;
    let owner = "";
    let top = -1;
    let crossed = false;
    while (p >= start) {
      if (nameless(p)) {
        // Another subtotal: past the customer's first row, the previous group's (the walk ends); before
        // it, this one would span two groups.
        if (unnamedTotalLabel(values[p] ?? []) !== undefined) {
          crossed = owner === "";
          break;
        }
      } else {
        const name = nameAt(p);
        if (owner === "") owner = name;
        else if (name !== owner) break;
        top = p;
      }
      p--;
    }
    if (crossed || top < 0 || groups.has(top) || isTotalLabel(owner) || isNoteLabel(owner)) continue;
    if (ofName !== undefined && ofName.of !== owner) continue;
    // Rows without a name above the customer's first are another's lines.
    let lines = 0;
    for (let q = top + 1; q < r; q++) if (filledCells(values[q]) > 0) lines++;
    if (lines === 0) continue;
    const fn = ofName?.fn ?? "sum";
    let summed = 0;
    let matched = 0;
    // By another function than the sum, the account's figures are its lines' sums (as "Acme Total"'s).
    const sums: Cell[] | undefined = fn === "sum" ? undefined : row.slice();
    for (let k = 0; k < row.length; k++) {
      const shown = k === nameIndex ? undefined : figure(row[k]);
      if (shown === undefined) continue;
      summed++;
      const lineFigures: number[] = [];
      let filled = 0;
      for (let q = top; q < r; q++) {
        const v = figure(values[q]?.[k]);
        if (v !== undefined) lineFigures.push(v);
        if (!isBlankCell(values[q]?.[k] ?? null)) filled++;
      }
      if (summaryMatches(fn, lineFigures, filled, shown)) matched++;
      if (sums) sums[k] = lineFigures.reduce((a, b) => a + b, 0);
    }
    if (matched > 0 && matched * 2 >= summed)
      groups.set(top, { total: r, first: top + 1, last: r - 1, ...(sums ? { sums, label } : {}) });
  }
}

/**
 * The account a Data > Subtotal sum names ("甲商贸 汇总" → 甲商贸, "Acme Total", "Acme Sum", "甲商贸 求和"),
 * not a grand total ("总计 求和", "Grand Sum") nor a total of totals; else undefined.
 * @example sumOf("甲商贸 汇总") // "甲商贸"
 */
function sumOf(label: string): string | undefined {
  const s = summaryOfLabel(label);
  if (s === undefined || s.fn !== "sum") return undefined;
  const of = s.of.trim();
  return of === "" || isTotalLabel(of) || /^grand$/i.test(of) ? undefined : of;
}

/**
 * Whether the named rows are all Data > Subtotal's sums (three at least), each of an account and not a
 * region's ("华东 汇总" sums a region), beside the grand total and notes: the sheet a planner gets by
 * collapsing the outline to its sums and copying them. The first and last such rows, and one as written.
 */
function sumsAlone(
  values: readonly (readonly Cell[] | undefined)[],
  start: number,
  nameIndex: number,
  regionValues: () => ReadonlySet<string>,
): { readonly first: number; readonly last: number; readonly example: string } | undefined {
  let first = -1;
  let last = -1;
  let sums = 0;
  for (let r = start; r < values.length; r++) {
    const cell = values[r]?.[nameIndex];
    if (typeof cell !== "string" || cell.trim() === "") continue;
    const text = cell.trim();
    const of = sumOf(text);
    if (of !== undefined) {
      if (isRegionLabel(of, regionValues)) return undefined;
      if (first < 0) first = r;
      last = r;
      sums++;
      continue;
    }
    // The grand total, a note under the table: no account either way.
    if (isTotalLabel(text) || isGrandSummary(text) || isNoteLabel(text)) continue;
    return undefined;
  }
  return sums >= 3 ? { first, last, example: (values[first]?.[nameIndex] as string).trim() } : undefined;
}

/** A cell's figure, if it holds one. */
function figure(cell: Cell | undefined): number | undefined {
  if (isBlankCell(cell ?? null) || typeof cell === "boolean") return undefined;
  const parsed = parseNumber(cell ?? null);
  return parsed.kind === "value" ? parsed.value : undefined;
}

/**
 * Whether Data > Subtotal's row (by `fn`) summarizes the one line above it: most of its figures are that
 * line's by the function ("Beta Count" 1 under Beta's one line, "Beta Average" its sales).
 */
function summarizesLine(
  row: readonly Cell[],
  line: readonly Cell[],
  nameIndex: number,
  fn: SummaryFunction,
): boolean {
  let summed = 0;
  let matched = 0;
  for (let k = 0; k < row.length; k++) {
    const shown = k === nameIndex ? undefined : figure(row[k]);
    if (shown === undefined) continue;
    summed++;
    const v = figure(line[k]);
    if (summaryMatches(fn, v === undefined ? [] : [v], isBlankCell(line[k] ?? null) ? 0 : 1, shown))
      matched++;
  }
  return matched > 0 && matched * 2 >= summed;
}

/**
 * Whether a Data > Subtotal row's figure is its lines' by `fn`: their sum, count (of figures, SUBTOTAL 2, or
 * of cells filled, SUBTOTAL 3), average, max, min, product, standard deviation or variance.
 */
function summaryMatches(
  fn: SummaryFunction,
  figures: readonly number[],
  filled: number,
  shown: number,
): boolean {
  const near = (v: number): boolean => Math.abs(v - shown) <= 0.005 + 1e-9 * Math.abs(shown);
  const n = figures.length;
  const sum = figures.reduce((a, b) => a + b, 0);
  if (fn === "sum") return near(sum);
  if (fn === "count") return near(n) || near(filled);
  if (n === 0) return false;
  const mean = sum / n;
  const squares = figures.reduce((a, b) => a + (b - mean) ** 2, 0);
  switch (fn) {
    case "average":
      return near(mean);
    case "max":
      return near(figures.reduce((a, b) => Math.max(a, b), -Infinity));
    case "min":
      return near(figures.reduce((a, b) => Math.min(a, b), Infinity));
    case "product":
      return near(figures.reduce((a, b) => a * b, 1));
    case "stdev":
      return n > 1 && near(Math.sqrt(squares / (n - 1)));
    case "stdevp":
      return near(Math.sqrt(squares / n));
    case "var":
      return n > 1 && near(squares / (n - 1));
    case "varp":
      return near(squares / n);
  }
}

/** A customer's row with its total's figures: every cell the total row fills but the name. */
function withTotals(row: readonly Cell[], total: readonly Cell[], nameIndex: number): Cell[] {
  const merged: Cell[] = [];
  for (let k = 0; k < Math.max(row.length, total.length); k++)
    merged.push(k !== nameIndex && !isBlankCell(total[k] ?? null) ? (total[k] as Cell) : (row[k] ?? null));
  return merged;
}

/** A row under group headings in their own columns (大区 华东 over its distributors): its blank cells there filled. */
function withHeadLabels(row: readonly Cell[], heads: readonly GroupHead[]): Cell[] {
  const filled = row.slice();
  for (const h of heads) if (isBlankCell(filled[h.column] ?? null)) filled[h.column] = h.label;
  return filled;
}

/** The code of a text's last character that is not a space (NaN for none): a cheap screen. */
function lastChar(text: string): number {
  let k = text.length - 1;
  while (k >= 0 && text.charCodeAt(k) === 32) k--;
  return text.charCodeAt(k);
}

/** Region cells looked at to tell addresses from regions. */
const ADDRESS_SAMPLE = 200;
/** What follows a province in an address and not in a region's name: a street, a number, a building. */
const ADDRESS_PART = /[路街道号巷弄村镇乡楼室栋座层]|大厦|园区|广场|\d/;

/**
 * Whether a region column holds addresses: four in five of its first filled cells start with a province
 * and go on to a street, a number or a building, or six characters or more (浙江省杭州市西湖区). 浙江杭州
 * and 江苏省 are regions. The first such cell (its grid row), and its province.
 * @example addressColumn([["甲", "浙江省杭州市文三路90号"], ["乙", "江苏省南京市中山路1号"]], 0, 1)?.province // "浙江省"
 */
function addressColumn(
  values: readonly (readonly Cell[] | undefined)[],
  start: number,
  column: number,
): { row: number; example: string; province: string } | undefined {
  let seen = 0;
  let found = 0;
  let first: { row: number; example: string; province: string } | undefined;
  for (let r = start; r < values.length && seen < ADDRESS_SAMPLE; r++) {
    const text = cellText(values[r]?.[column]).trim();
    if (text === "") continue;
    seen++;
    const province = provinceOf(text);
    if (province === undefined) continue;
    const rest = text.slice(province.length);
    if (rest.length < 6 && !ADDRESS_PART.test(rest)) continue;
    found++;
    first ??= { row: r, example: text, province };
  }
  return seen >= 2 && found >= 0.8 * seen ? first : undefined;
}

/** A PivotTable's own header over its row fields in the compact form: 行标签, Row Labels (folded). */
const PIVOT_ROW_LABELS = /^(?:行标签|rowlabels)$/;

/** At most this many names alone below the data are said: more are a list (prospects by name), not notes. */
const LONE_NAMES_SAID = 3;

/**
 * The blank row that parts the data from what stands below it: rows after it hold one cell at most
 * (a name alone, a note without a label: "数据待复核"). Infinity where the sheet ends on a row of data,
 * on rows of one cell with no blank row between, holds no row of two cells at all (a list of names), or
 * more than LONE_NAMES_SAID such rows below (prospects listed by name under the accounts that sell).
 * Scanned from the bottom up to the last row of two cells or more.
 * @example loneRowsFrom([["A", 1], [], ["数据待复核"]], 0) // 1
 */
function loneRowsFrom(values: readonly (readonly Cell[] | undefined)[], start: number): number {
  let last = values.length - 1;
  let lone = 0;
  for (; last >= start; last--) {
    const filled = filledCells(values[last]);
    if (filled >= 2) break;
    if (filled === 1 && ++lone > LONE_NAMES_SAID) return Number.POSITIVE_INFINITY;
  }
  if (last < start) return Number.POSITIVE_INFINITY;
  for (let r = last + 1; r < values.length; r++) if (filledCells(values[r]) === 0) return r;
  return Number.POSITIVE_INFINITY;
}

/** Distinct texts looked at for sales modes in a management-mode column: enough to see a mix. */
const CHANNEL_TEXTS_SCANNED = 10_000;

/**
 * Whether a management-mode column's texts name a sales mode and no management mode in some row
 * (KA卖场, 电商平台 beside 一级经销商): a channel-type column that mixes the two.
 */
function namesSalesModes(
  values: readonly (readonly Cell[])[],
  start: number,
  column: number,
  mgmt: (text: string) => string,
  sales: (text: string) => string,
): boolean {
  const seen = new Set<string>();
  for (let r = start; r < values.length && seen.size < CHANNEL_TEXTS_SCANNED; r++) {
    const text = cellText(values[r]?.[column]);
    if (text === "" || seen.has(text)) continue;
    seen.add(text);
    if (!MANAGEMENT_CODES.has(mgmt(text)) && SALES_MODE_CODES.has(sales(text))) return true;
  }
  return false;
}

/** Which dimensions a sheet has input for: a header mapping decides. */
export function presentDimensions(header: HeaderDetection): Readonly<Record<Dimension, boolean>> {
  const has = (f: Field): boolean => header.mapping[f] !== undefined;
  return {
    managementMode: has("managementMode"),
    salesMode: has("salesMode"),
    // A credit limit with the balance owed against it is a credit input too.
    credit: has("credit") || has("overdue") || (has("creditLimit") && has("balance")),
    potential: has("growth") || has("priorRevenue") || has("marketPotential"),
    regionalShare: has("marketShare") || (has("region") && has("revenue")),
    sensitivity: has("sensitivity"),
  };
}

export type ReadOutcome = {
  readonly table: AccountTable;
  readonly inputs: RowInputs;
  readonly skipped: SkippedRow[];
  readonly findings: Finding[];
  /** The part of the year the sales column covers, where it is not a whole year (1-10月). */
  readonly salesPeriod?: SalesPeriod | undefined;
  /** The sales are this year's so far without their months (本年累计, YTD): no whole year, no known part. */
  readonly salesToDate: boolean;
  /** The sales are since each account began (历史累计销售额, Lifetime Sales): no year's. */
  readonly salesLifetime?: boolean;
  /** The sales are this period's, its months unsaid (本期金额 with no dates on the sheet). */
  readonly salesThisPeriod?: boolean;
  /** The currency the sales header states (万美元, USD '000), else yuan; "QTY" for sales in goods. */
  readonly currency: Currency;
  /** For sales in goods, their unit as the header writes it (销量（吨）: 吨), else "". */
  readonly goods?: string;
  /** Which dimensions the sheet has input for: its headers', and sales modes in a channel-type column. */
  readonly dimensions?: Readonly<Record<Dimension, boolean>>;
  /** For rows repeating an earlier row's name (a few, not a list of sales lines), that row's index; else -1. */
  readonly duplicateOf?: Int32Array;
  /** Rows whose cell in the product's tier column holds text that names no tier, with that text. */
  readonly typedOverTier?: readonly { readonly index: number; readonly text: string }[];
};

/**
 * Reads every data row below the header into an account, skipping blank rows, totals, rows without a
 * name and inactive rows; each cell that cannot be read is a finding with its row and column.
 * @example readAccounts(grid, header, DEFAULT_RULES, enUS, new Date(), []).table.length
 */
export function readAccounts(
  grid: CellGrid,
  header: HeaderDetection,
  rules: Rules,
  given: EngineMessages,
  asOf: Date,
  columnFormats: readonly (string | undefined)[],
  /** The one currency a 币种 column gives every account with sales, where it gives one. */
  rowCurrency?: Currency,
): ReadOutcome {
  const { values, origin } = grid;
  /** The header's row as the sheet numbers it: where the findings on a column's header stand. */
  const headerSheetRow = origin.row + header.headerRow + 1;
  const findings: Finding[] = [];
  const skipped: SkippedRow[] = [];
  const capacity = Math.max(0, values.length - header.headerRow - 1);
  const mgmt = createManagementModeClassifier(rules.synonyms.managementMode);
  const sales = createSalesModeClassifier(rules.synonyms.salesMode);
  // A channel-type column that names sales modes among its management modes (渠道类型: 一级经销商, KA卖场,
  // 电商平台), with no sales-mode column beside it: those texts are read as the sales mode they name.
  const mgmtColumn = header.mapping.managementMode;
  // A two-level header's second row is header, not data.
  const start = header.headerRow + header.headerRows;
  const salesInMgmt =
    mgmtColumn !== undefined &&
    header.mapping.salesMode === undefined &&
    namesSalesModes(values, start, mgmtColumn, mgmt, sales);
  const present = {
    ...presentDimensions(header),
    salesMode: header.mapping.salesMode !== undefined || salesInMgmt,
  };
  const encoders = {} as Record<Dimension, ReturnType<typeof createDimensionColumn> | null>;
  const columns = {} as Record<Dimension, DimensionColumn | null>;
  for (const d of DIMENSIONS) {
    const e = present[d] ? createDimensionColumn(capacity) : null;
    encoders[d] = e;
    columns[d] = e ? e.column : null;
  }
  const t = createAccountTable(capacity, columns);
  // Market potential feeds the score only where the sheet has it.
  const inputs: RowInputs = {
    marketPotential: f64(header.mapping.marketPotential === undefined ? 0 : capacity).fill(Number.NaN),
    marketShare: f64(header.mapping.marketShare === undefined ? 0 : capacity).fill(Number.NaN),
    shareStated: new Uint8Array(header.mapping.marketShare === undefined ? 0 : capacity),
  };
  const sens = createSensitivityClassifier(rules.synonyms.sensitivity);
  // Each distinct status or unreadable text behind a standing, once.
  const standingTexts = new Map<string, number>();
  let n = 0;
  const headerCells = header.labels;

  /** The column at a grid index, with its letter and header ("A列" / "column A" where it has none). */
  const columnAt = (index: number): Column => ({
    index,
    letter: columnLetter(origin.column + index),
    header: cellText(headerCells[index]) || given.columnWithoutHeader(columnLetter(origin.column + index)),
  });
  const col = (field: Field): Column | undefined => {
    const index = header.mapping[field];
    return index === undefined ? undefined : columnAt(index);
  };
  const cName = col("name");
  if (!cName)
    return {
      table: sliceTable(t, 0),
      inputs,
      skipped,
      findings,
      salesToDate: false,
      currency: rules.sales.currency,
    };
  const cRevenue = col("revenue");
  // The currency of the sales, and what its sources say against each other: known before the rows are
  // read, so that a finding on a row gives its money in it (a status ending a Hong Kong account said it
  // "sold ¥800K" of HK$800K).
  const { currency, goods, conflict, noCurrency, byCountry } = salesCurrency(
    header,
    values,
    start,
    columnFormats,
    rules,
    rowCurrency,
    cRevenue?.header,
    () => countryCurrency(values, start, header.labels),
  );
  const messages =
    currency === given.currency && goods === given.goods ? given : given.withCurrency(currency, goods);
  const f = messages.finding;
  const cPrior = col("priorRevenue");
  const cGrowth = col("growth");
  const cRegion = col("region");
  const cCode = col("code");
  const cEnded = col("ended");
  const endedIsDate = cEnded !== undefined && isDateFormat(columnFormats[cEnded.index]);
  const endedDateHeader = cEnded !== undefined && /日期|时间|date/i.test(cEnded.header);
  const cShare = col("marketShare");
  const cPotential = col("marketPotential");
  const cMgmt = col("managementMode");
  const cSales = col("salesMode");
  const cSens = col("sensitivity");
  const cTenure = col("tenure");
  const tenureIsDate = cTenure !== undefined && isDateFormat(columnFormats[cTenure.index]);
  // 合作起始日期 with its dates pasted as numbers (General format): serials are still dates.
  // A header that names a date or a start (合作起始日期, 首次合作时间, 开始合作年份, Customer Since, Start
  // Year): a number there that can only be a date's serial is one (Customer Since 45000 was ignored), and
  // a year shortened to two digits is a year (19年: 2019).
  const tenureDateHeader =
    cTenure !== undefined && /日期|时间|年份|date|since|起始|开始|首次|year(?!s)/i.test(cTenure.header);
  const cStrategic = col("strategic");
  const cStatus = col("status");
  // A status column that asks a yes or no (是否合作中, Active?): its cells are read as one.
  const activeQuestion = cStatus !== undefined && isActiveQuestion(cStatus.header);
  // Beside a kind of account taken for the status (Type: Prospect, Customer - Direct), the yes or no to
  // "still a customer?" (Active) left unread: its yes makes a customer where the kind names no standing
  // (Other, Partner, blank).
  const besideActive = activeBeside(header);
  const cActive = besideActive && columnAt(besideActive.column);
  const cOverride = col("override");
  const cOwner = col("owner");
  const cLastVisit = col("lastVisit");
  const cCompetitor = col("competitor");
  const cIntent = col("intent");
  const cOwnGrade = col("ownGrade");
  const gradeCodes = new Map<string, number>([["", 0]]);
  const tierCol = header.outputs.tier;
  const typedOverTier: { index: number; text: string }[] = [];
  const setMgmt = encoders.managementMode;
  // From a mixed channel column: the management mode where the text names one (一级经销商), else none
  // where it names a sales mode (KA卖场), else the text as found; the sales mode where it names one
  // (直营门店: direct, and retail), else none.
  const mgmtOfChannel = (channel: string): string => {
    const code = mgmt(channel);
    return MANAGEMENT_CODES.has(code) || !SALES_MODE_CODES.has(sales(channel)) ? code : "unknown";
  };
  const salesOfChannel = (channel: string): string => {
    const code = sales(channel);
    return SALES_MODE_CODES.has(code) ? code : "unknown";
  };
  const setSales = encoders.salesMode;
  const setSens = encoders.sensitivity;
  const setPotential = encoders.potential;
  const setShare = cShare ? encoders.regionalShare : null;

  // Each column's unit, and the money columns beside the sales read in theirs.
  const { unitOf, unitOfColumn, inheritsUnit, unitBeside, inSalesUnit } = columnUnits(
    header,
    values,
    start,
    columnFormats,
    cRevenue,
  );
  const revenueUnit = unitOf("revenue");
  // What span this year's and last year's sales cover, and how they compare.
  const {
    revenueParts,
    reported,
    salesPeriod,
    periodStated,
    salesMonths,
    salesToDate,
    salesLifetime,
    salesThisPeriod,
    priorParts,
    priorMonths,
    prorate,
    otherMeasure,
    incomparable,
  } = salesSpans(header, values, start, asOf, cRevenue, cPrior, columnAt, unitOfColumn);
  // Last year's unit; its figures are then prorated to this year's months. (The proration rode in the
  // unit, which a figure typed with its own unit overrides: a whole year's "18万" was set against two
  // months of sales unprorated, a fall of 83% where the plain 18 beside it read no change.)
  const priorUnit = unitBeside(
    cPrior,
    "priorRevenue",
    !otherMeasure && priorParts === undefined && inheritsUnit(cPrior, "priorRevenue"),
  );

  const potentialUnit = unitBeside(cPotential, "marketPotential");
  // The order of day and month in dates such as 10/2/2026 (a last visit, a start), as the column's own
  // cells show it. Only text cells can: a column of numbers or dates allocates nothing here.
  const orderIn = (c: Column | undefined) => {
    if (!c) return undefined;
    const texts: string[] = [];
    for (let r = start; r < values.length; r++) {
      const v = values[r]?.[c.index];
      if (typeof v === "string") texts.push(v);
    }
    return texts.length === 0 ? undefined : dayMonthOrder(texts);
  };
  const visitOrder = orderIn(cLastVisit);
  // A count of days since the last visit (距上次拜访天数, Days Since Last Contact), not a date: 45 was
  // read as Excel's serial 45, a visit in February 1900, and every review overdue.
  const visitInDays = cLastVisit !== undefined && DAYS_SINCE.test(cLastVisit.header.replace(/\s+/g, ""));
  const today = startOfDay(asOf.getTime());
  const todayDate = new Date(today);
  const tenureOrder = orderIn(cTenure);
  const sharePoints = cShare ? columnRunsAboveOne(values, start, cShare.index) : false;
  const growthPoints = cGrowth ? columnRunsAboveOne(values, start, cGrowth.index) : false;
  const intentPoints = cIntent ? columnRunsAboveOne(values, start, cIntent.index) : false;
  // A change in money (同比增长额（万元）, 同比增减额, Growth Amount, YoY Change (RMB)), not a rate: 20万元
  // more was read as +20%. Read in its unit, it gives last year's sales where no column does.
  // Or so by its cells (vs PY 12,400).
  const growthInMoney =
    cGrowth !== undefined &&
    (header.growthInMoney === true ||
      (namesMoney(cGrowth.header) &&
        !splitHeader(cGrowth.header).unit?.percent &&
        !/率|rate|%|ratio|pct|percent/i.test(cGrowth.header)));
  const growthUnit = growthInMoney ? unitBeside(cGrowth, "growth") : 1;
  // A status, a tier label or a rating repeats down a column: each distinct text is read once.
  const readStatus = rememberText(statusFromText);
  const readIntentOfStatus = rememberText(intentOfStatus);
  const readRisk = rememberText(isRiskStatus);
  const readDormant = rememberText(isDormantStatus);
  const readNoStanding = rememberText(isNoStanding);
  const readNotAccount = rememberText(isNotAccount);
  const readTier = rememberText(tierFromText);
  const keepOverride = rememberText(keepsMachineTier);
  const readMove = rememberText(moveFromText);
  const readNumbered = rememberText(numberedTier);
  const readNotKey = rememberText(notKeyTier);
  const readPotentialWord = rememberText(potentialFromWord);
  const readShareWord = rememberText(shareFromWord);
  // Sales typed as text ("15.3万", '1,200 in a cell formatted as text), this year's and last, in one
  // column or by month: read, and said once a column, since Excel's SUM, sorting and filters take them
  // for text (a totals row leaves them out). By column index, in the order first met.
  type TextFigures = {
    column: Column;
    unit: number;
    count: number;
    rows: number[];
    example: string;
    value: number;
    sum: number;
  };
  const asText = new Map<number, TextFigures>();
  const typedAsText = (c: Column, unit: number, sheetRow: number, cell: string, value: number): void => {
    let t = asText.get(c.index);
    if (!t) {
      t = { column: c, unit, count: 0, rows: [], example: cell.trim(), value, sum: 0 };
      asText.set(c.index, t);
    }
    t.count++;
    if (t.rows.length < TEXT_FIGURE_ROWS_SHOWN) t.rows.push(sheetRow);
    t.sum += value;
  };
  const number = (
    row: readonly Cell[],
    c: Column | undefined,
    unit: number,
    sheetRow: number,
    consequence: string,
    parse: (cell: Cell, unit: number) => Parsed<number> = parseNumber,
  ): number | null => {
    if (!c) return null;
    const cell = row[c.index];
    // Most cells are plain numbers: read them without building a parse result.
    if (typeof cell === "number" && Number.isFinite(cell) && Number.isFinite(cell * unit)) return cell * unit;
    const p = parse(cell, unit);
    // A number past what a double holds once its unit is applied (1e305 万元) never reaches a cell.
    if (p.kind === "value" && !Number.isFinite(p.value)) {
      unreadable(sheetRow, c, { kind: "invalid", raw: cellText(cell), tooLarge: true }, consequence);
      return null;
    }
    if (p.kind === "value") return p.value;
    if (p.kind === "invalid") unreadable(sheetRow, c, p, consequence);
    return null;
  };
  /** A finding for a cell that gave no number: too large for one (1e305 万元), or not one at all. */
  const unreadable = (
    sheetRow: number,
    c: Column,
    p: Extract<Parsed<number>, { kind: "invalid" }>,
    consequence: string,
  ): void =>
    push(
      "value.notANumber",
      "warning",
      sheetRow,
      c,
      p.tooLarge
        ? f.tooLarge(sheetRow, c.header, p.raw, consequence)
        : f.notANumber(sheetRow, c.header, p.raw, consequence),
    );
  const text = (row: readonly Cell[], c: Column | undefined): string => (c ? cellText(row[c.index]) : "");
  const valueOrNull = (p: Parsed<number>): number | null => (p.kind === "value" ? p.value : null);
  /**
   * The sales of a row kept by month or quarter: the sum of its parts, blanks counting nothing. A part
   * that is no number is left out of the sum and said (with `say`), or, where no part holds a number,
   * makes the sales unreadable as a single column's would.
   */
  function sumOfMonths(
    row: readonly Cell[],
    parts: readonly (Column & { readonly unit: number })[],
    sheetRow: number,
    say: boolean,
    scale = 1,
    /** What becomes of the row where no part holds a number (last year's: the value is ignored). */
    none = f.consequenceProspect,
  ): Parsed<number> {
    let sum = 0;
    let any = false;
    let invalid: { column: Column; parsed: Extract<Parsed<number>, { kind: "invalid" }> }[] | undefined;
    for (const part of parts) {
      const cell = row[part.index];
      const p = moneyOf(cell, part.unit);
      if (p.kind === "value") {
        sum += p.value;
        any = true;
        if (say && typeof cell === "string") typedAsText(part, part.unit, sheetRow, cell, p.value);
      } else if (p.kind === "invalid") (invalid ??= []).push({ column: part, parsed: p });
    }
    if (say && invalid) {
      const consequence = any ? f.consequenceIgnored : none;
      for (const { column, parsed } of invalid) unreadable(sheetRow, column, parsed, consequence);
    }
    if (any && Number.isFinite(sum * scale)) return { kind: "value", value: sum * scale };
    if (invalid) return (invalid[0] as { parsed: Parsed<number> }).parsed;
    return any ? { kind: "invalid", raw: String(sum), tooLarge: true } : { kind: "blank" };
  }
  const push = (
    code: Finding["code"],
    severity: Finding["severity"],
    row: number,
    c: Column,
    message: string,
  ): void => {
    findings.push({ code, severity, row, column: c.letter, header: c.header, message });
  };
  // The credit standing, disputes and holds: the columns read together, row by row.
  const credit = createCreditReader({
    header,
    values,
    start,
    rules,
    col,
    columnAt,
    // A credit limit or balance stating no unit beside sales in 万元 is in 万元 where its figures are of
    // their order (余额 8 beside 销售额（万元） 150: 8万, not "8元 owed").
    unitOf: (field) =>
      field === "creditLimit" || field === "balance" ? unitBeside(col(field), field) : unitOf(field),
    number,
    text,
    t,
    setCredit: encoders.credit,
    cStatus,
    headerSheetRow,
    f,
    say: push,
  });
  // Sales summed from months are named by the months they cover ("Jan Sales…Oct Sales").
  const salesName = cRevenue ? (partsLabel(reported?.parts) ?? cRevenue.header) : "";
  const priorName = cPrior ? (partsLabel(priorParts) ?? cPrior.header) : "";
  // Against sales since each account began, the header's finding says last year's is not compared.
  if (cRevenue && cPrior && incomparable && !salesLifetime)
    push(
      otherMeasure ? "header.measureMismatch" : "header.periodUnknown",
      "warning",
      headerSheetRow,
      cRevenue,
      otherMeasure
        ? f.measureMismatch(salesName, priorName, isVolumeHeader(cRevenue.header))
        : f.periodUnknown(salesName, priorName, salesThisPeriod),
    );
  credit.sayColumns();
  if (cRevenue)
    for (const c of inSalesUnit)
      push("header.unitOfSales", "info", headerSheetRow, c, f.unitOfSales(c.header, cRevenue.header));
  if (cRevenue && cPrior && prorate !== 1)
    push(
      "header.periodProrated",
      "info",
      headerSheetRow,
      cPrior,
      f.periodProrated(
        salesName,
        salesMonths,
        priorName,
        priorMonths,
        salesPeriod?.average,
        periodStated ? { row: origin.row + periodStated.row + 1, text: periodStated.text } : undefined,
      ),
    );

  // Header rows among the data are no distributors: the header repeated further down (blocks pasted one
  // under another, each with its header), and a second header row right under the first (the same
  // headers in English, as bilingual ledgers have them), whose cells read as headers where a data row
  // holds numbers and names. Either is told by the other columns the run reads, not by the name alone.
  const others = readColumns(header).filter((c) => c !== cName.index);
  // A header repeated further down repeats the header row's cells (a two-level header's first row).
  const topCells = values[header.headerRow] ?? [];
  // All the other cells text, half of them at least headers by `isHeader`.
  const readsAsHeader = (
    row: readonly Cell[],
    isHeader: (text: string, column: number) => boolean,
  ): boolean => {
    let texts = 0;
    let headers = 0;
    for (const c of others) {
      const cell = row[c];
      if (isBlankCell(cell)) continue;
      if (typeof cell !== "string") return false;
      texts++;
      if (isHeader(cell, c)) headers++;
    }
    return headers >= 1 && headers * 2 >= texts;
  };
  const isHeaderRepeat = (row: readonly Cell[]): boolean =>
    readsAsHeader(row, (text, c) => cellText(text) === cellText(topCells[c]));
  const isHeaderEcho = (row: readonly Cell[]): boolean =>
    headerFieldOf(row[cName.index]) === "name" &&
    readsAsHeader(row, (text) => headerFieldOf(text) !== undefined);
  /**
   * A note under or over the table (制表人：张三, 注：…) in the row's cell `at`, skipped and said; a row
   * whose sales are a number is data whatever its name.
   */
  const isNote = (row: readonly Cell[], at: number, sheetRow: number): boolean => {
    const label = cellText(row[at]);
    if (!isNoteLabel(label) || (cRevenue && typeof row[cRevenue.index] === "number")) return false;
    const c = columnAt(at);
    skipped.push({ row: sheetRow, reason: "note", text: label });
    push("row.note", "info", sheetRow, c, f.noteRow(sheetRow, c.header, label));
    return true;
  };
  // With no region column, the region a heading names (华东区 alone in its row) is its rows', down to a
  // subtotal or the next heading: a ledger grouped so had no regions at all.
  let sectionRegion = "";
  // The last such heading's label: "East Total" below it is its total.
  let lastHeading = "";
  // The last row read as a total or a subtotal: a grand summary ("Grand Count") is so only under one.
  let lastTotal = -1;
  /**
   * A region's heading over its group (华东区) in the row's cell `at`, skipped and said, with the column
   * it stands in (the name column's, or 序号's where the heading is written there).
   */
  const isHeading = (row: readonly Cell[], at: number, sheetRow: number): boolean => {
    if (!isSectionHeading(row, at, regionValues)) return false;
    const c = columnAt(at);
    const heading = cellText(row[at]);
    if (!cRegion) sectionRegion = regionHeadingText(heading);
    lastHeading = heading.trim();
    skipped.push({ row: sheetRow, reason: "section", text: heading });
    push("row.sectionHeading", "info", sheetRow, c, f.sectionHeading(sheetRow, c.header, heading));
    return true;
  };
  /** A column a report fills down (see filledDownColumn): the value each blank row takes, said once. */
  const filledDown = (c: Column | undefined): Map<number, string> | undefined => {
    const found = c ? filledDownColumn(values, start, cName.index, c.index) : undefined;
    if (!c || !found) return undefined;
    const firstRow = origin.row + found.firstBlank + 1;
    push("value.filledDown", "info", firstRow, c, f.filledDown(c.letter, c.header, found.blank, firstRow));
    return found.above;
  };
  const regionAbove = filledDown(cRegion);
  const ownerAbove = filledDown(cOwner);
  // A region written two ways (华东 and 华东区, 江苏 and 江苏省, "East" and "east ") is one region, shown as
  // first written: split, each part had its own totals, its own regional shares and its own line on the
  // strategy sheet. Each distinct text is looked at once.
  const regionShown = new Map<string, string>();
  const regionByKey = new Map<string, string>();
  // A place in one cell (省市区: 浙江省杭州市西湖区) is its province: each district was a region of its own.
  // So is an address under a region header (所在地区, 区域: 浙江省杭州市西湖区文三路90号), said once: each
  // address was a region of its own, every distributor alone in its "region".
  const addresses = cRegion ? addressColumn(values, start, cRegion.index) : undefined;
  if (cRegion && addresses) {
    const row = origin.row + addresses.row + 1;
    push(
      "value.regionAddress",
      "info",
      row,
      cRegion,
      f.regionAddress(cRegion.letter, cRegion.header, row, addresses.example, addresses.province),
    );
  }
  const placeInOne =
    cRegion !== undefined &&
    (addresses !== undefined || PLACE_IN_ONE.test(foldText(splitHeader(cRegion.header).text)));
  const regionOf = (written: string, sheetRow: number): string => {
    const raw = placeInOne ? (provinceOf(written) ?? written) : written;
    if (raw === "") return "";
    const known = regionShown.get(raw);
    if (known !== undefined) return known;
    const key = regionKey(raw);
    const first = regionByKey.get(key);
    const shown = first ?? raw.trim();
    if (first === undefined) regionByKey.set(key, shown);
    else if (first !== raw.trim() && cRegion)
      push(
        "value.regionVariant",
        "info",
        sheetRow,
        cRegion,
        f.regionVariant(sheetRow, cRegion.header, raw.trim(), first),
      );
    regionShown.set(raw, shown);
    return shown;
  };
  // The region column's values (folded), read once and only when a row could be a region's heading.
  let regions: Set<string> | undefined;
  const regionValues = (): ReadonlySet<string> => {
    if (regions) return regions;
    regions = new Set();
    if (cRegion)
      for (let r = start; r < values.length; r++) {
        const v = cellText(values[r]?.[cRegion.index]);
        if (v !== "") regions.add(foldText(v));
      }
    return regions;
  };
  // The rows an Excel table marks as its total row: totals whatever they show.
  const tableTotals = new Set(grid.totalRows ?? []);
  // Customers with sub-customers (QuickBooks): the customer's row read with its total's figures, the
  // sub-customers' rows part of it.
  const groups = subAccountGroups(values, start, cName.index);
  subtotalGroups(values, start, cName.index, groups);
  // A PivotTable's (or a report's) group headings with their subtotals on top (华东 685 over its
  // distributors): no accounts; in the outline form, the label's blank cells in the rows under it take it.
  const heads = new Map<number, GroupHead>();
  const takeFromHead = new Map<number, GroupHead[]>();
  // In the compact form, with no region column, a heading that names a region (华东 under 行标签) is the
  // region of the rows under it (the outermost such: 大区 over 省份): the strategy sheet's regions table.
  const regionFromHead = new Map<number, string>();
  // The outermost headings that are years (2025, 2026年, FY2026): a pivot by year and distributor.
  const yearHeads: { readonly row: number; readonly year: number }[] = [];
  if (groups.size === 0 && cRevenue) {
    const pivotHeader = PIVOT_ROW_LABELS.test(foldText(cName.header));
    for (const h of pivotGroupHeads(
      values,
      start,
      cName.index,
      cRevenue.index,
      (label) => pivotHeader || isRegionLabel(label, regionValues),
    )) {
      // A customer over its lines (客户 > 产品): the customer is the account, with its sums, as a
      // customer over its sub-customers is (its own row is its total).
      if (h.lines) {
        groups.set(h.row, { total: h.row, first: h.first, last: h.last });
        continue;
      }
      heads.set(h.row, h);
      const year = h.level === 0 ? YEAR_TEXT.exec(h.label)?.[1] : undefined;
      if (year !== undefined) yearHeads.push({ row: h.row, year: Number(year) });
      if (h.column === cName.index) {
        if (!cRegion && isRegionLabel(h.label, regionValues))
          for (let r = h.first; r <= h.last; r++) if (!regionFromHead.has(r)) regionFromHead.set(r, h.label);
        continue;
      }
      for (let r = h.first; r <= h.last; r++) {
        const above = takeFromHead.get(r);
        if (above) above.push(h);
        else takeFromHead.set(r, [h]);
      }
    }
  }
  const partOf = new Map<number, number>();
  const groupTotals = new Set<number>();
  // Inner groups come first (their totals do): an outer customer's rows are set after, and win.
  for (const [owner, g] of groups) {
    for (let r = g.first; r <= g.last; r++) partOf.set(r, owner);
    // (A pivot's customer over its lines is its own total: an account.)
    if (g.total !== owner) groupTotals.add(g.total);
  }
  // Below the data and a blank row, a name alone in its row may be a note without a label.
  const loneFrom = loneRowsFrom(values, start);
  // Data > Subtotal's sums alone, the lines collapsed and left behind ("甲商贸 汇总" a row): each sum the
  // account it names (they were all totals, no account left, or accounts named "Acme Total" and "总计 求和"
  // among them), said once.
  const onlySums = sumsAlone(values, start, cName.index, regionValues);
  if (onlySums)
    push(
      "rows.sumsAlone",
      "info",
      origin.row + onlySums.first + 1,
      cName,
      f.sumsAlone(
        origin.row + onlySums.first + 1,
        origin.row + onlySums.last + 1,
        cName.header,
        onlySums.example,
        sumOf(onlySums.example) as string,
      ),
    );
  // How the tenure and last-visit columns read, and what reading a row's field needs.
  const tenureColumn = cTenure && {
    ...cTenure,
    isDate: tenureIsDate,
    dateHeader: tenureDateHeader,
    order: tenureOrder,
  };
  const visitColumn = cLastVisit && { ...cLastVisit, inDays: visitInDays, order: visitOrder };
  const fields: FieldContext = { asOf, today, date1904: grid.date1904, f, say: push };
  // The days-overdue column, for a finding that names it (the credit reader reads the days).
  const cOverdueDays = col("overdue");
  // The balance owed, for the same finding where a balance over the limit says the account bought before.
  const cBalance = col("balance");
  // One row at a time in a function of its own: it is optimized once and stays so from run to run,
  // where a loop a million rows long in a function called once a run is recompiled on the stack each time.
  const readRow = (r: number): void => {
    const sheetRow = origin.row + r + 1;
    if (partOf.size > 0 && partOf.has(r)) {
      const owner = partOf.get(r) as number;
      const blank = (values[r] ?? []).every((c) => isBlankCell(c));
      skipped.push(
        blank
          ? { row: sheetRow, reason: "blank", text: "" }
          : { row: sheetRow, reason: "subAccount", text: cellText(values[owner]?.[cName.index]) },
      );
      return;
    }
    const head = heads.size > 0 ? heads.get(r) : undefined;
    if (head) {
      const at = columnAt(head.column);
      skipped.push({ row: sheetRow, reason: "section", text: head.label });
      push(
        "row.groupHead",
        "info",
        sheetRow,
        at,
        f.groupHead(sheetRow, at.header, head.label, origin.row + head.first + 1, origin.row + head.last + 1),
      );
      return;
    }
    const group = groups.size > 0 ? groups.get(r) : undefined;
    const fromHeads = takeFromHead.size > 0 ? takeFromHead.get(r) : undefined;
    const row = group
      ? withTotals(values[r] ?? [], group.sums ?? values[group.total] ?? [], cName.index)
      : fromHeads
        ? withHeadLabels(values[r] ?? [], fromHeads)
        : (values[r] ?? []);
    if (group) {
      const owner = cellText(row[cName.index]).trim();
      const parts = group.last - group.first + 1;
      const between: [number, number] | null =
        parts > 0 ? [origin.row + group.first + 1, origin.row + group.last + 1] : null;
      push(
        "row.subAccounts",
        "info",
        sheetRow,
        cName,
        group.label === undefined
          ? f.subAccounts(sheetRow, cName.header, owner, between, origin.row + group.total + 1)
          : f.linesSummed(sheetRow, cName.header, owner, between, origin.row + group.total + 1, group.label),
      );
    }
    const nameCell = row[cName.index];
    const written = cellText(nameCell);
    // A PivotTable's label for the rows without a name ("(空白)", "(blank)") is no name.
    const lead = written.charCodeAt(0);
    // Nor one typed where none is known ("-", "N/A", 无, 待定): it was tiered a prospect named "N/A".
    let name =
      ((lead === 40 || lead === 0xff08) && PIVOT_BLANK.test(written)) || isPlaceholderName(written)
        ? ""
        : written;
    // A sheet of Data > Subtotal's sums alone ("甲商贸 汇总", "Acme Total"): the account, by its name.
    if (onlySums) {
      const of = sumOf(name);
      if (of !== undefined) name = of;
    }
    if (tableTotals.size > 0 && tableTotals.has(r)) {
      skipped.push({ row: sheetRow, reason: "total", text: name });
      push("row.total", "info", sheetRow, cName, f.tableTotal(sheetRow, cName.header, name));
      sectionRegion = "";
      return;
    }
    if (name === cName.header && isHeaderRepeat(row)) {
      skipped.push({ row: sheetRow, reason: "header", text: name });
      push("row.header", "info", sheetRow, cName, f.headerInData(sheetRow, cName.header, name));
      return;
    }
    if (name === "") {
      if (row.every((c, k) => k === cName.index || isBlankCell(c))) {
        skipped.push({ row: sheetRow, reason: "blank", text: "" });
        return;
      }
      const label = unnamedTotalLabel(row);
      if (label !== undefined) {
        skipped.push({ row: sheetRow, reason: "total", text: label });
        // Said where it is written (区域 "华东小计"), not in the empty name cell.
        const at = columnAt(row.findIndex((c) => typeof c === "string" && c.trim() !== ""));
        const said = isSubtotalSummary(label) ? f.summary : f.total;
        push("row.total", "info", sheetRow, at, said(sheetRow, at.header, label));
        sectionRegion = "";
        lastTotal = r;
        return;
      }
      // A heading or a note written in another column (序号's) than the names.
      const at = row.findIndex((c) => typeof c === "string" && c.trim() !== "");
      if (at >= 0 && (isNote(row, at, sheetRow) || isHeading(row, at, sheetRow))) return;
      skipped.push({ row: sheetRow, reason: "noName", text: "" });
      push("row.missingName", "warning", sheetRow, cName, f.missingName(sheetRow, cName.header));
      return;
    }
    // English Excel's subtotal of a group at its foot, in the name column ("East Total" under the
    // compact PivotTable's East and its distributors): of a region, or of the heading above.
    const end = lastChar(name);
    const ofGroup = end === 108 || end === 76 ? groupTotalOf(name) : undefined;
    // (Or of the name above it: Data > Subtotal at each change in the name, under a customer of one line.)
    const groupTotal =
      ofGroup !== undefined &&
      (ofGroup === lastHeading ||
        isRegionLabel(ofGroup, regionValues) ||
        ofGroup === cellText(values[r - 1]?.[cName.index]).trim());
    // Data > Subtotal by any function under a customer of one line ("Beta Count", "Beta 求和" under Beta),
    // and its grand summary under the last group's ("Grand Count", "总计 平均值"): each was an account.
    const above = values[r - 1]?.[cName.index];
    const ofAbove =
      // (Cheap screen, every row: the name above, then more.)
      typeof above === "string" && above !== "" && written.length > above.length && written.startsWith(above)
        ? summaryOfLabel(name)
        : undefined;
    const summary =
      !groupTotal &&
      ((ofAbove !== undefined &&
        ofAbove.of === (above as string).trim() &&
        summarizesLine(row, values[r - 1] ?? [], cName.index, ofAbove.fn)) ||
        ((onlySums !== undefined || lastTotal === r - 1) && isGrandSummary(name)));
    if (summary || groupTotal || isTotalLabel(name) || (groupTotals.size > 0 && groupTotals.has(r))) {
      skipped.push({ row: sheetRow, reason: "total", text: name });
      const said = isSubtotalSummary(name) ? f.summary : f.total;
      push("row.total", "info", sheetRow, cName, said(sheetRow, cName.header, name));
      sectionRegion = "";
      lastTotal = r;
      return;
    }
    if (isNote(row, cName.index, sheetRow) || isHeading(row, cName.index, sheetRow)) return;

    const statusText = text(row, cStatus);
    // A yes or no to "still a customer?": yes is a customer's status; no, like 不活跃, leaves it to the
    // sales (each 是 and 否 was a status not understood, and an account marked active without a sale
    // this period was a prospect).
    const answer =
      activeQuestion && statusText !== "" ? parseFlag(row[(cStatus as Column).index] ?? null) : null;
    const ofStatus =
      answer?.kind === "value"
        ? answer.value
          ? "active"
          : undefined
        : statusText === ""
          ? undefined
          : readStatus(statusText);
    const yesBeside =
      ofStatus === undefined &&
      cActive !== undefined &&
      !readDormant(statusText) &&
      !readNotAccount(statusText) &&
      isYes(row[cActive.index] ?? null);
    const status = yesBeside ? "active" : ofStatus;
    // A dormant status (休眠, 不活跃) is understood: the sales decide, nothing to say.
    if (
      cStatus &&
      statusText !== "" &&
      status === undefined &&
      answer?.kind !== "value" &&
      !readDormant(statusText) &&
      !readNoStanding(statusText) &&
      !readNotAccount(statusText)
    ) {
      push(
        "value.unknownStatus",
        "info",
        sheetRow,
        cStatus,
        f.unknownStatus(sheetRow, cStatus.header, statusText),
      );
    }
    /** Leaves the row out as an ended relationship (by `c`'s `said`), said where it sold this period. */
    const leaveOutEnded = (c: Column | undefined, said: string): void => {
      skipped.push({ row: sheetRow, reason: "inactive", text: said, name });
      // Sales this period under an ending (冻结 in an ERP export, a 停用日期 passed): left out, and said.
      const sold = cRevenue
        ? revenueParts
          ? sumOfMonths(row, revenueParts, sheetRow, false)
          : moneyOf(row[cRevenue.index], revenueUnit)
        : undefined;
      if (c && sold?.kind === "value" && sold.value > 0)
        push(
          "row.inactiveWithSales",
          "info",
          sheetRow,
          c,
          f.inactiveWithSales(sheetRow, c.header, said, sold.value),
        );
    };
    if (status === "inactive") {
      leaveOutEnded(cStatus, statusText);
      return;
    }
    // "XX商贸（停用）": a customer list's mark for an account no longer used, where no status says more.
    if (status === undefined && markedInactive(name)) {
      skipped.push({ row: sheetRow, reason: "inactive", text: name, name });
      push("row.inactiveName", "info", sheetRow, cName, f.inactiveName(sheetRow, cName.header, name));
      return;
    }
    // Found by trying: "数据待复核" typed two rows under a ledger was tiered a prospect without a word.
    // Tiered as written (a distributor listed by name alone is one), and said.
    if (r > loneFrom && filledCells(row) === 1)
      push("row.loneNameBelow", "info", sheetRow, cName, f.loneNameBelow(sheetRow, cName.header, name));

    // An account the ERP no longer uses (停用日期 passed, 是否停用: 是, NetSuite's Inactive: Yes) is an ended
    // relationship, left out as a status saying so leaves it: a customer closed last year was tiered.
    if (cEnded) {
      const cell = row[cEnded.index];
      const ended = endedBy(cell, todayDate, endedIsDate, endedDateHeader, grid.date1904);
      if (ended.kind === "value" && ended.value.ended) {
        const on = ended.value.on;
        leaveOutEnded(cEnded, on && typeof cell !== "string" ? isoDay(on.getTime()) : cellText(cell));
        return;
      }
      if (ended.kind === "invalid")
        push("value.notAFlag", "info", sheetRow, cEnded, f.endedUnread(sheetRow, cEnded.header, ended.raw));
    }

    let revenue: number | null = null;
    let unreadableRevenue: string | null = null;
    // What a negative sales figure is shown as: the cell as typed, or the months' sum.
    let negative = "";
    if (cRevenue && revenueParts) {
      const p = sumOfMonths(row, revenueParts, sheetRow, true);
      if (p.kind === "value") revenue = p.value;
      else if (p.kind === "invalid") unreadableRevenue = p.raw;
      if (revenue !== null && revenue < 0) negative = messages.money(revenue);
    } else if (cRevenue) {
      const cell = row[cRevenue.index];
      // A plain number is read here, as moneyOf would, without a result object a row; the rest
      // goes through moneyOf.
      if (typeof cell === "number" && Number.isFinite(cell * revenueUnit)) revenue = cell * revenueUnit;
      else {
        const p = moneyOf(cell, revenueUnit);
        if (p.kind === "value") {
          revenue = p.value;
          if (typeof cell === "string") typedAsText(cRevenue, revenueUnit, sheetRow, cell, p.value);
        } else if (p.kind === "invalid") {
          unreadableRevenue = p.raw;
          unreadable(sheetRow, cRevenue, p, f.consequenceProspect);
        }
      }
      if (revenue !== null && revenue < 0) negative = cellText(cell);
    }
    if (cRevenue && negative !== "") {
      push("value.negative", "warning", sheetRow, cRevenue, f.negative(sheetRow, salesName, negative));
    }
    // A CRM's kind of account that is no channel account (Competitor, Vendor, 竞争对手, 供应商) was tiered
    // a prospect, told to "win the first order": left out where it bought nothing this period, a customer
    // where it did (one deal makes a customer), said either way.
    if (cStatus && status === undefined && statusText !== "" && readNotAccount(statusText)) {
      if (revenue === null || !(revenue > 0)) {
        skipped.push({ row: sheetRow, reason: "notAccount", text: statusText, name });
        push("row.notAccount", "info", sheetRow, cStatus, f.notAccount(sheetRow, cStatus.header, statusText));
        return;
      }
      push(
        "status.notAccountWithSales",
        "info",
        sheetRow,
        cStatus,
        f.notAccountWithSales(sheetRow, cStatus.header, statusText, revenue),
      );
    }
    // A test record a CRM export keeps (测试客户1, Test Account) was tiered a prospect, told to win its
    // first order: left out where it bought nothing this period, said either way.
    if (isTestRecord(name)) {
      const sold = revenue !== null && revenue > 0;
      if (!sold) skipped.push({ row: sheetRow, reason: "notAccount", text: name, name });
      push(
        "row.testRecord",
        sold ? "warning" : "info",
        sheetRow,
        cName,
        f.testRecord(sheetRow, cName.header, name, sold ? revenue : null),
      );
      if (!sold) return;
    }
    const {
      standing,
      text: standingText,
      prospectWithSales,
    } = standingOf(
      revenue,
      unreadableRevenue,
      status,
      answer?.kind === "value" ? f.statusAnswer((cStatus as Column).header, statusText) : statusText,
      rules.tiering.ordinaryMinRevenue,
    );
    // The course: one deal makes a prospect an ordinary customer, whatever the status column says.
    if (prospectWithSales && cStatus)
      push(
        "status.prospectWithSales",
        "warning",
        sheetRow,
        cStatus,
        f.prospectWithSales(sheetRow, cStatus.header, statusText),
      );

    let priorRevenue = incomparable
      ? null
      : priorParts
        ? valueOrNull(sumOfMonths(row, priorParts, sheetRow, true, prorate, f.consequenceIgnored))
        : number(row, cPrior, priorUnit, sheetRow, f.consequenceIgnored);
    const priorCell = cPrior && !priorParts ? row[cPrior.index] : undefined;
    if (cPrior && typeof priorCell === "string" && priorRevenue !== null)
      typedAsText(cPrior, priorUnit, sheetRow, priorCell, priorRevenue);
    if (priorRevenue !== null && !priorParts && prorate !== 1) {
      const prorated = priorRevenue * prorate;
      priorRevenue = Number.isFinite(prorated) ? prorated : null;
    }
    let growth: number | null = null;
    if (cGrowth && growthInMoney) {
      const change = number(row, cGrowth, growthUnit, sheetRow, f.consequenceIgnored);
      // More than this year's sales: last year's would be negative (+300万 on 140万 was "among the largest
      // increases, 140万 more"), so none is counted, and said.
      if (priorRevenue === null && change !== null && revenue !== null) {
        if (revenue - change >= 0) priorRevenue = revenue - change;
        else {
          const said = f.changePastSales(
            sheetRow,
            cGrowth.header,
            messages.money(change),
            messages.money(revenue),
          );
          push("value.implausible", "warning", sheetRow, cGrowth, said);
        }
      }
    } else if (cGrowth) {
      const g = parseShare(row[cGrowth.index], growthPoints);
      if (g.kind === "value") growth = g.value;
      else if (g.kind === "invalid") unreadable(sheetRow, cGrowth, g, f.consequenceIgnored);
    }
    growth = growthOf(revenue, priorRevenue, growth);
    const sold = revenue !== null && revenue > 0 ? revenue : 0;
    const increase = increaseOf(revenue, priorRevenue, growth);

    const tenureYears = tenureColumn
      ? readTenure(row[tenureColumn.index], tenureColumn, sheetRow, fields)
      : null;
    let strategic = false;
    if (cStrategic) {
      const s = parseFlag(row[cStrategic.index]);
      if (s.kind === "value") strategic = s.value;
      else if (s.kind === "invalid")
        push(
          "value.notAFlag",
          "warning",
          sheetRow,
          cStrategic,
          f.notAFlag(sheetRow, cStrategic.header, s.raw),
        );
    }
    let override: Tier | null = null;
    // A move of one tier from the machine's (升级, 降级): the tier it lands on is known once ranked.
    let move: 1 | -1 | undefined;
    if (cOverride) {
      const o = text(row, cOverride);
      if (o !== "" && !keepOverride(o)) {
        override = readTier(o) ?? readNumbered(o) ?? null;
        if (override === null) move = readMove(o);
        // Out of the key tier (取消重点): ordinary where it sold; where it did not, the run's own tier,
        // never key without sales, stands.
        const notKey = override === null && move === undefined && readNotKey(o);
        if (notKey && sold > 0) override = "ordinary";
        if (override === null && move === undefined && !notKey)
          push(
            "value.unknownOverride",
            "warning",
            sheetRow,
            cOverride,
            f.unknownOverride(sheetRow, cOverride.header, o),
          );
        // "C" or 意向客户 over the largest account made it a prospect in silence: a grade's C, or a
        // wish to lower its priority, is not the course's company that has not bought yet.
        else if (override === "prospect" && sold > 0)
          push(
            "override.prospectWithSales",
            "warning",
            sheetRow,
            cOverride,
            f.overrideProspectWithSales(sheetRow, cOverride.header, o, sold),
          );
      }
    }
    let marketShare: number | null = null;
    // A class stated in words (区域占有: 强势) is the manager's, as a share would give one.
    let statedShare: ShareClass | undefined;
    if (cShare) {
      const cell = row[cShare.index];
      statedShare = typeof cell === "string" ? readShareWord(cell) : undefined;
      // A plain number as shareOf reads it; the rest goes through shareOf.
      const p =
        statedShare !== undefined
          ? ({ kind: "blank" } as const)
          : typeof cell === "number" && Number.isFinite(cell)
            ? null
            : shareOf(cell, sharePoints);
      if (p === null) marketShare = sharePoints ? (cell as number) / 100 : (cell as number);
      else if (p.kind === "value") marketShare = p.value;
      else if (p.kind === "invalid") unreadable(sheetRow, cShare, p, f.consequenceIgnored);
    }
    const lastVisit = visitColumn
      ? readLastVisit(row[visitColumn.index], visitColumn, sheetRow, fields)
      : Number.NaN;
    let competitor = false;
    if (cCompetitor) {
      const cell = row[cCompetitor.index];
      const flag = parseFlag(cell);
      // A competitor column holds a yes/no or the competitor's name: any name means yes.
      competitor = flag.kind === "value" ? flag.value : flag.kind === "invalid";
    }
    // How likely to buy (意向度 高, Rating Hot, 80%): it ranks the prospects worth developing first.
    // Or by a status's temperature (Pipedrive's Label: Hot lead), where no column rates it.
    let intent = cIntent ? 0 : readIntentOfStatus(statusText);
    if (cIntent) {
      const rated = intentOf(row[cIntent.index] ?? null, intentPoints);
      if (rated.kind === "value") intent = rated.value;
      else if (rated.kind === "invalid")
        push(
          "value.unknownIntent",
          "info",
          sheetRow,
          cIntent,
          f.unknownIntent(sheetRow, cIntent.header, rated.raw),
        );
    }
    // The sheet's own grade, as written: few distinct texts, each kept once (a column of free text,
    // thousands of them, is no grading: what is past the first thousand is not kept).
    let gradeCode = 0;
    if (cOwnGrade) {
      const grade = text(row, cOwnGrade).trim();
      gradeCode = gradeCodes.get(grade) ?? -1;
      if (gradeCode < 0 && gradeCodes.size >= 1000) gradeCode = 0;
      else if (gradeCode < 0) {
        gradeCode = t.ownGrade.texts.length;
        t.ownGrade.texts.push(grade);
        gradeCodes.set(grade, gradeCode);
      }
    }
    const previousText = tierCol === undefined ? "" : cellText(row[tierCol]);
    const previous = previousText === "" ? null : (readTier(previousText) ?? null);

    const i = n++;
    t.gridIndex[i] = r;
    t.row[i] = sheetRow;
    t.name[i] = name;
    t.revenue[i] = revenue ?? Number.NaN;
    t.priorRevenue[i] = priorRevenue ?? Number.NaN;
    t.growth[i] = growth ?? Number.NaN;
    t.increase[i] = increase;
    t.tenureYears[i] = tenureYears ?? Number.NaN;
    t.lastVisit[i] = lastVisit;
    t.competitor[i] = competitor ? 1 : 0;
    t.intent[i] = intent;
    t.statusRisk[i] = status === "active" && readRisk(statusText) ? 1 : 0;
    t.strategic[i] = strategic ? 1 : 0;
    t.ownGrade.codes[i] = gradeCode;
    t.region[i] = regionOf(
      text(row, cRegion) || (regionAbove?.get(r) ?? "") || (regionFromHead.get(r) ?? "") || sectionRegion,
      sheetRow,
    );
    t.code[i] = text(row, cCode);
    t.owner[i] = text(row, cOwner) || (ownerAbove?.get(r) ?? "");
    t.standing[i] = STANDINGS.indexOf(standing);
    if (standingText !== "") {
      let code = standingTexts.get(standingText);
      if (code === undefined) {
        code = t.standingText.texts.length;
        t.standingText.texts.push(standingText);
        standingTexts.set(standingText, code);
      }
      t.standingText.codes[i] = code;
    }
    t.override[i] = override === null ? NO_TIER : TIER_CODE[override];
    t.move[i] = move === 1 ? MOVE_UP : move === -1 ? MOVE_DOWN : 0;
    t.previousTier[i] = previous === null ? NO_TIER : TIER_CODE[previous];
    // Text in the tier column that names no tier (待定, VIP?) was typed there: said if the roster knows the row.
    if (previous === null && previousText !== "") typedOverTier.push({ index: i, text: previousText });
    // A potential stated in words (销售潜力: 高/中/低) is the manager's class; a figure is a market's size.
    const stated =
      cPotential && typeof row[cPotential.index] === "string"
        ? readPotentialWord(row[cPotential.index] as string)
        : undefined;
    const potential =
      stated === undefined
        ? number(row, cPotential, potentialUnit, sheetRow, f.consequenceIgnored, parseEstimate)
        : null;
    if (potential !== null) inputs.marketPotential[i] = potential;

    // The dimensions are classified as they are read: no column of texts is kept.
    if (salesInMgmt) {
      const channel = text(row, cMgmt);
      setMgmt?.setFromText(i, channel, mgmtOfChannel);
      setSales?.setFromText(i, channel, salesOfChannel);
    } else {
      if (setMgmt) setMgmt.setFromText(i, text(row, cMgmt), mgmt);
      if (setSales) setSales.setFromText(i, text(row, cSales), sales);
    }
    if (setSens) setSens.setFromText(i, text(row, cSens), sens);
    credit.read(row, i, sheetRow, status, statusText);
    if (setPotential) setPotential.set(i, stated ?? potentialOf(growth, potential, sold, rules));
    if (setShare)
      setShare.set(i, statedShare ?? (marketShare === null ? "unknown" : shareClass(marketShare, rules)));
    if (statedShare !== undefined) inputs.shareStated[i] = 1;
    if (marketShare !== null && inputs.marketShare.length > 0) inputs.marketShare[i] = marketShare;
    // A status saying prospect (意向, 潜在) on an account that has bought before: sales last year, years of
    // cooperation, money owed past due or over its credit limit. It is followed up as a customer that
    // stopped buying (its note says to win it back, or to collect first), which read beside its reason
    // ("a prospect by its status") as two minds: the row contradicts itself, and that is said, with the
    // figure that made the choice.
    if (standing === "statusProspect" && override === null && cStatus && boughtBefore(t, i)) {
      // The figure that says so: last year's sales (its months' sum, named by them), the years, the days,
      // the balance.
      const days = t.overdueDays[i] as number;
      const [evidence, shown] =
        priorRevenue !== null && priorRevenue > 0 && cPrior
          ? [priorName, priorParts ? messages.money(priorRevenue) : cellText(row[cPrior.index])]
          : tenureYears !== null && tenureYears > 0 && cTenure
            ? [cTenure.header, cellText(row[cTenure.index])]
            : cOverdueDays && owesPastDue(t, i)
              ? [cOverdueDays.header, cellText(row[cOverdueDays.index]) || (days > 0 ? String(days) : "")]
              : cBalance && (t.owed[i] as number) > 0
                ? [cBalance.header, cellText(row[cBalance.index])]
                : ["", ""];
      push(
        "status.prospectBoughtBefore",
        "warning",
        sheetRow,
        cStatus,
        f.prospectBoughtBefore(sheetRow, cStatus.header, statusText, shown === "" ? "" : evidence, shown),
      );
    }
  };
  // Up to two rows right under the header may be a second header.
  let first = start;
  while (first < values.length && first < start + 2 && isHeaderEcho(values[first] ?? [])) {
    const sheetRow = origin.row + first + 1;
    const label = cellText(values[first]?.[cName.index]);
    skipped.push({ row: sheetRow, reason: "header", text: label });
    push("row.header", "info", sheetRow, cName, f.headerInData(sheetRow, cName.header, label));
    first++;
  }
  for (let r = first; r < values.length; r++) readRow(r);
  // Notes repeated down the sheet (a customer over its lines, a group's heading, a subtotal), said once.
  if (groups.size > FOLD_AT) foldGroupNotes(findings, groups, values, origin.row, cName, f);
  if (skipped.length > FOLD_AT)
    foldRowNotes(findings, skipped, new Set([...groupTotals].map((r) => origin.row + r + 1)), f);
  for (const t of asText.values())
    push(
      "value.typedAsText",
      "info",
      t.rows[0] as number,
      t.column,
      f.typedAsText(
        t.column.letter,
        t.column.header,
        t.count,
        t.rows,
        t.example,
        t.value / t.unit,
        Number(t.example.replace(/[\s,]/g, "")) * t.unit === t.value,
        totalLeavingOut(values, skipped, origin.row, t.column.index, first, t.sum / t.unit),
      ),
    );
  const table = sliceTable(t, n);
  const duplicates = findDuplicateNames(table.name);
  if (cCode) distinguishByCode(table, duplicates, cCode, cName, push, f);
  let repeats = 0;
  let firstRepeat = -1;
  for (let i = 0; i < n; i++)
    if ((duplicates[i] as number) >= 0) {
      repeats++;
      if (firstRepeat < 0) firstRepeat = i;
    }
  // A third of the rows or more repeating an earlier name is a list of sales lines (a row a month or an
  // order, as an ERP exports them), not one row a distributor: tiered row by row, each line would be a
  // distributor of its own and the key accounts wrong. The run stops with the remedy, in one finding.
  const lines = repeats >= LINES_MIN_REPEATS && repeats * 3 >= n;
  // A pivot by year and distributor: its years as row headings, the distributors again under each. Tiered
  // row by row, last year's rows were distributors of this period, each one twice, a warning a row.
  const years = [...new Set(yearHeads.map((y) => y.year))].sort((a, b) => a - b);
  if (years.length >= 2 && repeats > 0) {
    const row = origin.row + (yearHeads[0] as { row: number }).row + 1;
    push("rows.salesLines", "error", row, cName, f.pivotYearsInRows(row, cName.header, years, repeats));
  } else if (lines) {
    const row = table.row[firstRepeat] as number;
    // A row a distributor a year (年度 2024, 2025): summed, two years would make one year's sales; the
    // years go side by side instead, the latest as the sales and the one before as last year's.
    const byYear = yearColumnOf(values, first, [cName.index, cRevenue?.index ?? -1]);
    push(
      "rows.salesLines",
      "error",
      row,
      cName,
      byYear
        ? f.salesLinesByYear(row, cName.header, repeats, n, columnAt(byYear.column).header, byYear.years)
        : f.salesLines(row, cName.header, repeats, n),
    );
  } else
    for (let i = 0; i < n; i++) {
      const first = duplicates[i] as number;
      if (first < 0) continue;
      const row = table.row[i] as number;
      push(
        "row.duplicateName",
        "warning",
        row,
        cName,
        table.name[i] === table.name[first]
          ? f.duplicateName(row, cName.header, table.name[i] as string, table.row[first] as number)
          : f.duplicateNameVariant(
              row,
              cName.header,
              table.name[i] as string,
              table.row[first] as number,
              table.name[first] as string,
            ),
      );
    }
  // Findings read top to bottom, whichever pass found them.
  findings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  // A header that names one currency over cells in another: the header wins, and that is said.
  if (cRevenue && conflict)
    findings.unshift({
      code: "header.currencyConflict",
      severity: "warning",
      row: headerSheetRow,
      column: cRevenue.letter,
      header: cRevenue.header,
      message: f.currencyConflict(cRevenue.header, currency, conflict),
    });
  // No currency anywhere, on an English header: yuan taken by default is said.
  if (cRevenue && noCurrency)
    findings.unshift({
      code: "header.noCurrency",
      severity: "info",
      row: headerSheetRow,
      column: cRevenue.letter,
      header: cRevenue.header,
      message: f.noCurrency(cRevenue.header),
    });
  // Nor on the header, but the sheet's one country says it (United States: dollars), or its states do
  // (CA, NY, TX): said, with the way to say another.
  const placeHeader = byCountry ? cellText(header.labels[byCountry.column]) : "";
  if (cRevenue && byCountry)
    findings.unshift({
      code: "header.currencyByCountry",
      severity: "info",
      row: headerSheetRow,
      column: cRevenue.letter,
      header: cRevenue.header,
      message: byCountry.states
        ? f.currencyByStates(cRevenue.header, placeHeader, byCountry.states, currency)
        : f.currencyByCountry(cRevenue.header, placeHeader, byCountry.place, currency),
    });
  credit.sayAfterRows();
  return {
    table,
    inputs,
    skipped,
    findings,
    salesPeriod,
    salesToDate,
    ...(salesLifetime ? { salesLifetime } : {}),
    ...(salesThisPeriod ? { salesThisPeriod } : {}),
    currency,
    goods,
    dimensions: present,
    typedOverTier,
    ...(repeats > 0 && !lines ? { duplicateOf: duplicates } : {}),
  };
}

/** Rows named in the finding on sales typed as text, before "and 13 more". */
const TEXT_FIGURE_ROWS_SHOWN = 3;

/**
 * The sheet's one totals row where it leaves the sales typed as text out, as Excel's SUM does ("If a
 * reference argument is … text …, it is ignored", support.microsoft.com, SUM function): its figure is
 * the sum of the cells typed as numbers in the column, the other rows', within five parts in a million
 * (a total saved rounded to the column's decimals). Several totals rows (a region's 小计 and the 合计) or
 * a figure that is no such sum say nothing: what they add up is not known.
 * @example totalLeavingOut(values, skipped, 2, 5, 3, 954.4) // { row: 304, label: "合计", value: 18454.7, missing: 954.4 }
 */
function totalLeavingOut(
  values: readonly (readonly Cell[] | undefined)[],
  skipped: readonly SkippedRow[],
  originRow: number,
  column: number,
  first: number,
  missing: number,
): { row: number; label: string; value: number; missing: number } | undefined {
  const totals = skipped.filter((s) => s.reason === "total");
  if (totals.length !== 1) return undefined;
  const total = totals[0] as SkippedRow;
  const at = total.row - originRow - 1;
  const value = values[at]?.[column];
  if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
  let sum = 0;
  for (let r = first; r < values.length; r++) {
    const cell = values[r]?.[column];
    if (r !== at && typeof cell === "number") sum += cell;
  }
  if (!(Math.abs(sum - value) <= Math.abs(value) * 5e-6)) return undefined;
  return { row: total.row, label: total.text, value, missing };
}

/**
 * Rows of one name under different customer codes (客户编码 C1000 and C1050: two distributors an ERP tells
 * apart) are no repeats: unmarked in `duplicates` (so neither warned as entered twice nor summed as one
 * distributor's lines), said once as info. A code on two rows of different names is warned (a code the
 * ERP gives once, entered twice or pasted down); on rows of one name the name's warning says it already.
 */
function distinguishByCode(
  t: AccountTable,
  duplicates: Int32Array,
  cCode: Column,
  cName: Column,
  push: (
    code: Finding["code"],
    severity: Finding["severity"],
    row: number,
    c: Column,
    message: string,
  ) => void,
  f: EngineMessages["finding"],
): void {
  const codeOf = (i: number): string => foldText(t.code[i] as string);
  for (let i = 0; i < t.length; i++) {
    const first = duplicates[i] as number;
    if (first < 0) continue;
    const mine = codeOf(i);
    const theirs = codeOf(first);
    if (mine === "" || theirs === "" || mine === theirs) continue;
    duplicates[i] = -1;
    const row = t.row[i] as number;
    push(
      "row.sameNameOtherCode",
      "info",
      row,
      cName,
      f.sameNameOtherCode(
        row,
        cName.header,
        t.name[i] as string,
        t.row[first] as number,
        t.code[i] as string,
        t.code[first] as string,
      ),
    );
  }
  const firstOf = new Map<string, number>();
  for (let i = 0; i < t.length; i++) {
    const code = codeOf(i);
    if (code === "") continue;
    const first = firstOf.get(code);
    if (first === undefined) {
      firstOf.set(code, i);
      continue;
    }
    if (foldText(t.name[i] as string) === foldText(t.name[first] as string)) continue;
    const row = t.row[i] as number;
    push(
      "row.duplicateCode",
      "warning",
      row,
      cCode,
      f.duplicateCode(
        row,
        cCode.header,
        t.code[i] as string,
        t.row[first] as number,
        t.name[first] as string,
      ),
    );
  }
}

/** A name marked as no longer in use, as ERP customer lists mark them: "XX（停用）", "XX(已注销)", "XX-作废". */
const INACTIVE_NAME =
  /(?:[（(【[]\s*(?:已)?(?:停用|注销|作废|关闭|停止合作|终止合作|冻结|清退|inactive|closed|obsolete|do\s*not\s*use)\s*[)）】\]]|[-—_－]\s*(?:已)?(?:停用|注销|作废))\s*$/i;

/** Characters a marked name ends in (）, ), 】, ], 用, 销, 废, a space): only those names meet the pattern. */
const MARK_ENDS = [0xff09, 0x29, 0x3011, 0x5d, 0x7528, 0x9500, 0x5e9f, 0x20, 0x3000];

/**
 * The same mark before the name, as lists also put it: "【作废】XX", "(停用) XX", "停用-XX", SAP's
 * "ZZ-DO NOT USE XX" (each was tiered a prospect).
 */
const INACTIVE_BEFORE =
  /^\s*(?:[（(【[]\s*(?:已)?(?:停用|注销|作废|关闭|停止合作|终止合作|冻结|清退|inactive|closed|obsolete|do\s*not\s*use)\s*[)）】\]]|(?:已)?(?:停用|注销|作废)\s*[-—_－:：]|(?:zz+\s*[-_ ]\s*)?do\s*not\s*use\b)/i;

/** Whether a name ends in a mark of no longer in use: the last character is looked at before the pattern. */
function markedInactive(name: string): boolean {
  return (
    (MARK_ENDS.includes(name.charCodeAt(name.length - 1)) && INACTIVE_NAME.test(name)) ||
    INACTIVE_BEFORE.test(name)
  );
}

/** What a list writes where no name is known: "-", "/", N/A, none, TBD, 无, 暂无, 待定, 未知, "?". */
const PLACEHOLDER_NAME = /^\s*(?:[-—–_/\\.·?？]+|n\/?a|none|null|nil|tbd|无|暂无|待定|空|未知)\s*$/i;

/** Whether a name cell holds a placeholder for none (short: the pattern runs on a few characters only). */
function isPlaceholderName(text: string): boolean {
  return text.length > 0 && text.length <= 6 && PLACEHOLDER_NAME.test(text);
}

/**
 * A test record a CRM or ERP export keeps: 测试, 测试客户1, 测试经销商, Test, Test Account, Demo Customer.
 * Only such a name whole: 杭州测试设备有限公司 and Testing Solutions Inc are companies.
 */
const TEST_RECORD =
  /^\s*(?:测试|测试(?:客户|经销商|账号|账户|数据|公司|门店)|示例客户|样例客户|test|testing|demo|test\s*(?:account|customer|client|company|dealer|record|data|user)|demo\s*(?:account|customer|client|company))\s*[-_#]?\s*\d*\s*$/i;

/** Whether a name is a test record's (short names only: the pattern runs on few). */
function isTestRecord(name: string): boolean {
  if (name.length > 24) return false;
  // Cheap screen (a million names): 测, 示, 样, t, d or a space first.
  const lead = name.charCodeAt(0) | 0;
  const letter = lead | 32;
  if (
    lead !== 0x6d4b &&
    lead !== 0x793a &&
    lead !== 0x6837 &&
    letter !== 116 &&
    letter !== 100 &&
    lead !== 32
  )
    return false;
  return TEST_RECORD.test(name);
}

/** Fewest repeated names that make a sheet a list of sales lines (with a third of its rows repeating). */
const LINES_MIN_REPEATS = 10;

/** Whether a cell answers yes (是, Yes, TRUE, 1). */
const isYes = (cell: Cell): boolean => {
  const flag = parseFlag(cell);
  return flag.kind === "value" && flag.value;
};

/** What a PivotTable shows for an empty name: (空白) in Chinese Excel and WPS, (blank) in English. */
const PIVOT_BLANK = /^[（(]\s*(?:空白|空|blank)\s*[)）]$/i;

/** A year as a ledger writes it in a column of its own: 2024, "2024", 2024年, 2024年度, FY2024. */
const YEAR_TEXT = /^(?:fy\s*)?((?:19|20)\d\d)\s*(?:年度?)?$/i;

/**
 * A column of years beside the names (年度, 年份, Year), other than `not`: every filled cell a year, two
 * years at least. Its grid column and its years, earliest first; undefined where there is none.
 */
function yearColumnOf(
  values: readonly (readonly Cell[])[],
  start: number,
  not: readonly number[],
): { column: number; years: number[] } | undefined {
  const width = values[start]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    if (not.includes(c)) continue;
    const years = new Set<number>();
    let filled = 0;
    let other = false;
    for (let r = start; r < values.length && !other; r++) {
      const v = values[r]?.[c];
      if (v === null || v === undefined || v === "") continue;
      filled++;
      const y =
        typeof v === "number"
          ? v
          : typeof v === "string"
            ? Number(YEAR_TEXT.exec(v.trim())?.[1])
            : Number.NaN;
      if (Number.isInteger(y) && y >= 1990 && y <= 2100) years.add(y);
      else other = true;
    }
    if (!other && years.size >= 2 && filled >= LINES_MIN_REPEATS)
      return { column: c, years: [...years].sort((a, b) => a - b) };
  }
  return undefined;
}

/** A share column whose numbers run above 1 holds percent points (35 means 35%). */
function columnRunsAboveOne(values: readonly (readonly Cell[])[], start: number, column: number): boolean {
  for (let r = start; r < values.length; r++) {
    const v = values[r]?.[column];
    if (typeof v === "number" && Math.abs(v) > 1) return true;
    if (typeof v === "string" && !/%\s*$/.test(v)) {
      const p = parseNumber(v, 1);
      if (p.kind === "value" && Math.abs(p.value) > 1) return true;
    }
  }
  return false;
}

/** A last-visit header that counts days since the visit: 距上次拜访天数, 未拜访天数, Days Since Last Contact. */
const DAYS_SINCE = /天数|距今|dayssince|daysago/i;
