import type { RegionLevel } from "./regionalShare";
import type {
  Change,
  CreditClass,
  ManagementModeCode,
  PotentialClass,
  SalesModeCode,
  SensitivityCode,
  ShareClass,
} from "./classes";
import type { WatchReason } from "./account";
import type { SalesCurrency } from "./currencies";
import type { Field } from "./fields";
import type { PivotSummary } from "./headers";
import type { Currency, SalesSpan } from "./normalize";
import type { GradeComparison } from "./ownGrade";
import type { OutputKey } from "./outputs";
import type { Tier } from "./rules";

export type Language = "zh-CN" | "en-US";

/** The parts of an importance score that a reason may cite. */
export type ReasonDetails = {
  readonly revenueShare: number | null;
  readonly growth: number | null;
  readonly tenureYears: number | null;
  readonly strategic: boolean;
};

/**
 * What `ownGrading` says: the comparison's header and counts, the key grades as one text (`grade`: "A",
 * "S/A"; empty where the sheet says key by a yes/no), the first names the sheet calls key that the run
 * does not, and how many there are.
 */
export type OwnGradingLine = Pick<GradeComparison, "header" | "sheetKey" | "bothKey"> & {
  readonly grade: string;
  readonly notKeyNames: readonly string[];
  readonly notKeyCount: number;
  readonly keyNow: number;
};

/**
 * Everything the engine says, in one language. The engine takes it as a parameter (as date-fns takes a
 * locale) so that it imports nothing; `src/i18n` supplies zh-CN and en-US.
 */

/**
 * Rows of one kind in one column, said once (`count` of them from row `first` to row `last` under
 * `header`, the first few as `examples`, each its row and its label as written).
 */
export type FoldedRows = (
  first: number,
  last: number,
  header: string,
  count: number,
  examples: readonly { readonly row: number; readonly label: string }[],
) => string;

export type EngineMessages = {
  readonly language: Language;
  readonly tier: Readonly<Record<Tier, string>>;
  readonly change: Readonly<Record<Change, string>>;
  readonly outputHeader: Readonly<Record<OutputKey, string>>;
  readonly classes: {
    readonly managementMode: Readonly<Record<ManagementModeCode, string>>;
    readonly salesMode: Readonly<Record<SalesModeCode, string>>;
    readonly credit: Readonly<Record<CreditClass | "unknown", string>>;
    readonly potential: Readonly<Record<PotentialClass | "unknown", string>>;
    readonly regionalShare: Readonly<Record<ShareClass | "unknown", string>>;
    readonly sensitivity: Readonly<Record<SensitivityCode, string>>;
  };
  readonly fieldName: Readonly<Record<Field, string>>;
  readonly yes: string;
  readonly percent: (fraction: number) => string;
  /** A list of names or labels as the language writes one: "甲、乙、丙" / "A, B, C". */
  readonly list: (items: readonly string[]) => string;
  /**
   * A column with no header, as a finding on one of its rows names it: "A列" / "column A" (a report's
   * customers under a blank cell: "Row 6: A 'Taiyuan…'" read as an article).
   */
  readonly columnWithoutHeader: (letter: string) => string;
  /**
   * Sales time the tiers' shares leave to no one, the tiers without accounts named: "有60%的销售时间未分配：
   * 重点客户没有客户。" Said wherever the shares are shown, so they never just add up to 40%.
   */
  readonly unallocatedTime: (share: number, emptyTiers: readonly string[]) => string;
  /**
   * The run's key accounts against the sheet's own grading, in one sentence: "对照表中“客户等级”：标为A的
   * 12家中，本次9家为重点客户，3家不是（西部渠道、…）；本次另有2家表中未标为A的客户列为重点客户。"
   */
  readonly ownGrading: (c: OwnGradingLine) => string;
  /**
   * A sales header with the span the sales cover where not a whole year: "销售额（元）" → "1-10月销售额（元）",
   * "Revenue (¥)" → "Jan-Oct revenue (¥)". Other headers are returned as they are.
   */
  readonly salesHeaderIn: (header: string, period: SalesSpan | undefined) => string;
  /** An amount in the catalog's currency: "12.5万元" / "¥125K"; "12.5万美元" / "$125K" in dollars. */
  readonly money: (amount: number) => string;
  /** The currency amounts are written in (yuan unless the sales header states another). */
  readonly currency: Currency;
  /** For sales counted in goods (currency "QTY"), the goods' unit as the header writes it (吨), or "". */
  readonly goods: string;
  /**
   * The same words with amounts in `currency` (a sheet whose sales are in US dollars: 万美元, $), or as
   * quantities of `goods` ("QTY": 年销量563吨).
   */
  readonly withCurrency: (currency: Currency, goods?: string) => EngineMessages;
  readonly reason: {
    readonly override: (tier: string) => string;
    /** A move by hand of one tier (升级 / 降级): which way, and the run's own tier (`from`, its name). */
    readonly moved: (up: boolean, from: string) => string;
    /** A move by hand with no tier to go to, the tier held: up from key, or down from ordinary. */
    readonly moveKept: (up: boolean) => string;
    readonly noSales: () => string;
    readonly unreadableSales: (raw: string) => string;
    /** Net sales below zero (returns or credit notes beyond the period's deliveries). */
    readonly negativeSales: (revenue: number) => string;
    readonly statusProspect: (status: string) => string;
    readonly statusActive: (status: string) => string;
    readonly belowMinimum: (revenue: number, minimum: number) => string;
    /**
     * An account competing for the key places filled by score: its place in that competition (the revenue
     * core and accounts below the gate do not compete) and how many places it fills.
     */
    readonly scorePlace: (place: number, places: number, score: number) => string;
    /** The score alone, where the account does not compete by score or no place is left to it. */
    readonly score: (score: number) => string;
    readonly core: (share: number) => string;
    /**
     * The key accounts (the strategy sheet's line) and the ways they came in: in all, by override (`moved`
     * of them by a move by hand, 升级), by the revenue core, by score (`held` of those kept by the band).
     */
    readonly keyLine: (
      keyCount: number,
      byOverride: number,
      byCore: number,
      byScore: number,
      held: number,
      moved: number,
    ) => string;
    /**
     * An ordinary account's reason where no key place was left to compete for by score: every place
     * taken, and by what (in all, by override with `moved` of them by a move, by the revenue core, by score).
     */
    readonly placesTaken: (
      keyCount: number,
      byOverride: number,
      byCore: number,
      byScore: number,
      moved: number,
    ) => string;
    readonly belowGate: (gate: number) => string;
    readonly heldPlaces: (tier: string, places: number) => string;
    readonly cumulative: (before: number, target: number) => string;
    readonly threshold: (revenue: number, minimum: number, above: boolean) => string;
    readonly scoreThreshold: (score: number, minimum: number, above: boolean) => string;
    readonly details: (d: ReasonDetails) => string;
    readonly held: (tier: string, band: number) => string;
    readonly join: (parts: readonly string[]) => string;
  };
  readonly note: {
    /**
     * The row's figure: revenue, its share of the total, and growth where known; `period` where the sales
     * column covers part of a year (1-10月), which the figure names instead of "a year's".
     */
    /** The row's figure; `share` null leaves the share of total out (a note crowded with actions). */
    readonly revenue: (
      yuan: number,
      share: number | null,
      growth: number | null,
      period?: SalesSpan,
    ) => string;
    readonly regionProspects: (region: string, count: number) => string;
    readonly noSalesYears: (years: number) => string;
    readonly noSales: () => string;
    /**
     * A prospect only because its sales cell could not be read (#N/A, text): the cell, last year's sales
     * where known, and the remedy, instead of a prospect's first-deal tactics.
     */
    readonly salesUnreadable: (raw: string, prior: number | null, period?: SalesSpan) => string;
    /** The same for net sales below zero: the figure, last year's, and what to check. */
    readonly salesNegative: (revenue: number, prior: number | null, period?: SalesSpan) => string;
    /** A prospect that bought last year and nothing this period: the figure, and winning it back. */
    readonly lapsed: (prior: number, period?: SalesSpan) => string;
    readonly winBack: string;
    /**
     * A customer by its status (合作中) with no sale this period and nothing to say it bought before:
     * why it has not ordered, not "keep service steady".
     */
    readonly noOrder: string;
    /**
     * A key account (by override or the strategic flag) that has never bought: a target the key-account
     * team wins a first order from, not a customer whose expectations to exceed.
     */
    readonly keyTarget: string;
    /** No sale this period from an account that still owes money past due: collect before new business. */
    readonly collectFirst: string;
    /**
     * No sale this period from an account that still owes a balance (due or not; the sheet gives no
     * days): reconcile and collect before new business.
     */
    readonly collectOwed: string;
    /** No sale this period and nothing else said of it but the balance it owes: the figure. */
    readonly noSalesOwed: (owed: number) => string;
    /** A prospect by the rules' minimum for an ordinary account, though it buys: grow its volume. */
    readonly smallBuyer: string;
    readonly base: Readonly<Record<Tier, string>> & {
      /**
       * The ordinary routine beside a high potential's "invest" or on cash terms (credit D, a dispute, a
       * hold): the rep's coverage, no "keep steady".
       */
      readonly ordinaryRising: string;
    };
    /**
     * A key account's fall; `drop` null where the note's figure shows it already (the year-on-year).
     * `owned` false where the owner column names nobody: the review cannot be "with the owner", and
     * naming one comes first.
     */
    readonly keyFalling: (drop: number | null, owned: boolean) => string;
    /** A key account whose status flags a risk of ending (流失预警); `owned` as for `keyFalling`. */
    readonly keyAtRisk: (owned: boolean) => string;
    /**
     * A key account with credit D (long overdue): collecting comes first, with its owner (`owned` as for
     * `keyFalling`); the credit line after it says the terms.
     */
    readonly keyCreditD: (owned: boolean) => string;
    /**
     * A key account rated D whose days overdue do not make it so (none, a few, or no such column): the
     * rating is looked into with its owner (`owned` as for `keyFalling`); "long overdue, collect" was said
     * of one 0 days overdue. The credit line after it says the terms.
     */
    readonly keyRatedD: (owned: boolean) => string;
    /** A key account of the last run that is no longer key; `owned` as for `keyFalling`. */
    readonly demoted: (owned: boolean) => string;
    /**
     * No key account, but one by last year's sales, fallen since: `prior` those sales (null where the
     * note's figure shows them), `owned` as for `keyFalling`.
     */
    readonly keyLastYear: (prior: number | null, owned: boolean, period?: SalesSpan) => string;
    /**
     * A promotion candidate: by its increase on last year (`increase`, in yuan: among the sheet's largest,
     * which may be a small share of its sales), or else close to the smallest key account (gap in yuan).
     */
    readonly candidate: (increase: number | null, gapToKey: number | null) => string;
    /**
     * A candidate by its sales beside the key line whose sales fell (`drop`, 0.31 for -31%): why it fell
     * comes before any reward or promotion.
     */
    readonly candidateFalling: (gapToKey: number | null, drop: number | null) => string;
    /**
     * A candidate with credit C or D: collect (or check its credit) before any reward, as the strategy
     * sheet's candidates say. `overdue`: days overdue drove or stand beside the class.
     */
    readonly candidateUnpaid: (
      increase: number | null,
      gapToKey: number | null,
      credit: "B" | "C" | "D",
      overdue: boolean,
    ) => string;
    readonly priority: string;
    readonly competitor: string;
    /** A prospect rated high by an intent column (意向度高, Hot): quote soon, push for a trial order. */
    readonly intentHigh: string;
    /** A prospect rated low (意向度低, Cold): keep in touch, spend little. */
    readonly intentLow: string;
    readonly coordination: Readonly<Partial<Record<ManagementModeCode, string>>>;
    readonly salesMode: Readonly<Partial<Record<SalesModeCode, string>>>;
    readonly sensitivity: Readonly<Partial<Record<SensitivityCode, string>>>;
    readonly potentialHigh: string;
    readonly potentialLow: string;
    /** The same for an account selling at least the median's, falling: why, not a cost to cut. */
    readonly potentialLowLarge: string;
    readonly shareDefend: string;
    readonly shareWeak: string;
    /** `to`: the aging bucket's upper bound where the cell gave one (Infinity for 90+), else NaN. */
    readonly creditC: (days: number | null, to?: number) => string;
    readonly creditD: (days: number | null, to?: number) => string;
    /**
     * Credit C or D set by a balance over the credit limit (0.2: 20% over; NaN where the credit column
     * said so in words, 超信用额度): what to do.
     */
    readonly creditOverLimit: (credit: "C" | "D", over: number) => string;
    /** A status of a legal dispute (法律诉讼): cash terms, no reward until it is settled. */
    readonly dispute: string;
    /** A status stopping deliveries or credit (暂停发货, 信用冻结, Credit Hold): cash terms till it is lifted. */
    readonly hold: string;
    /**
     * The same where the credit column shows its D (D（供货或授信冻结）): the class, why, and the terms;
     * "资信D：现款现货" alone named no reason beside a cell that gives one.
     */
    readonly creditHold: string;
    readonly noOwner: string;
    /** Between the parts of a note. */
    readonly separator: string;
    /** A note grows by optional parts only while it stays this long (about 80 Chinese, 160 English characters). */
    readonly maxLength: number;
  };
  /** Why a prospect is a priority: its strong regional share, its potential, a competitor's customer. */
  readonly prospectWhy: (x: {
    share: string | null;
    potential: string | null;
    competitor: boolean;
    /** Its intent, where high or medium (意向度高, Rating Hot). */
    intent: "high" | "medium" | null;
  }) => string;
  /**
   * The credit cell when days overdue drove it: the class and the days ("D（逾期113天）"), or, null, an
   * overdue balance whose days the sheet does not give ("B（有逾期）", from a 是否逾期 column); an aging
   * bucket as its span (`to`, Infinity for an open one: "C（逾期31-60天）", "D（逾期90天以上）").
   */
  readonly creditLabel: (creditClass: string, daysOverdue: number | null, to?: number) => string;
  /** A credit class set by arrears the sheet calls grave without their days (严重拖欠, 坏账): "D（严重拖欠）". */
  readonly creditSevereLabel: (creditClass: string) => string;
  /** A credit class set by a legal dispute (法律诉讼 in the status): "D（法律纠纷）". */
  readonly creditDisputeLabel: (creditClass: string) => string;
  /** A credit class a hold set (暂停发货, 信用冻结, Credit Hold, On Hold): "D（供货或授信冻结）". */
  readonly creditHoldLabel: (creditClass: string) => string;
  /** A credit class a balance over the credit limit set: "C（超信用额度20%）", "C（超信用额度）" (NaN: in words). */
  readonly creditOverLimitLabel: (creditClass: string, over: number) => string;
  /**
   * A regional share class that came from the sheet's own sales, marked so: 竞争（占本区域销售额18%）; the
   * level of region the share is of when a finer column gave it (占本省份销售额).
   */
  readonly shareOfRegionLabel: (shareClass: string, shareOfRegion: number, level?: RegionLevel) => string;
  /** The regional share cell of the one account with sales in its region: no class, and why. */
  readonly aloneInRegionLabel: (level?: RegionLevel) => string;
  readonly watchReason: Readonly<Record<WatchReason, string>>;
  /** "falling" with the size of the fall (a fraction). */
  readonly watchFalling: (drop: number) => string;
  /** "keyLastYear" with last year's sales: 去年41.9万元，达重点客户水平. */
  readonly watchKeyLastYear: (prior: number, period?: SalesSpan) => string;
  /** A key account gone from the sheet, with its sales at the last run. */
  readonly watchRemoved: (lastSales: number) => string;
  /**
   * A key account of the last run still on the sheet but left out now (`text`: the status that ended it,
   * or says it is no account, or its name marked 停用), with its sales at the last run where it had any.
   */
  readonly watchLeftOut: (
    reason: "inactive" | "notAccount",
    text: string,
    lastSales: number | null,
  ) => string;
  /** The change log's reason for an account of the last run left out now (its row beside): not removed. */
  readonly leftOutReason: (reason: "inactive" | "notAccount", text: string) => string;
  /** A watched account's credit class as the credit column says it: 资信D（逾期113天）. */
  readonly watchCredit: (creditLabel: string) => string;
  /** Beside a next-review date already past. */
  readonly reviewOverdue: string;
  readonly strategy: {
    readonly tierSummary: Readonly<Record<Tier, string>>;
    readonly tactics: Readonly<Record<Tier, readonly string[]>>;
    readonly rewards: readonly string[];
    readonly careRules: readonly string[];
  };
  readonly finding: {
    readonly sheetEmpty: () => string;
    /** A header (sheet row `row`) with no row of data under it: a blank template. */
    readonly noRows: (row: number) => string;
    /** Rows under the header (sheet row `row`), none of them an account to tier (each said on its row). */
    readonly noAccounts: (row: number) => string;
    /**
     * Columns headed like the tool's (`theirs`, first and last letters) that no saved run on this sheet
     * wrote: left as they are, this run's written at `ours`.
     */
    readonly besideOthers: (theirs: readonly [string, string], ours: readonly [string, string]) => string;
    /**
     * The Excel table `table` holding the data has its own header on sheet row `tableRow`, above the
     * header read (`headerRow`): headers not promoted (Power Query's Column1, Column2). This run's columns
     * are written beside the table, not in it.
     */
    readonly outsideTable: (table: string, tableRow: number, headerRow: number, first: string) => string;
    /**
     * The rows read are PivotTable `name`'s (at `range`, A3:C31): ours are written beside it, and its rows
     * move when it is refreshed or rearranged. `source`: its source as Excel writes it, "" where unknown.
     */
    readonly pivotTable: (name: string, range: string, source: string) => string;
    /**
     * Columns the last run wrote (`headers`, as this run would head them) are no longer on the sheet, a
     * planner deleted them: not written again until a column headed so is typed back.
     */
    readonly outputDropped: (headers: readonly string[]) => string;
    /**
     * Columns the last run wrote that the rules now turn off: their cells cleared, their headers kept
     * (the planner deletes them if they are not wanted).
     */
    readonly outputOff: (columns: readonly { header: string; letter: string }[]) => string;
    /** The tool's columns would go past Excel's last column (XFD). */
    readonly noRoom: (sheet: string) => string;
    /**
     * The sheet the last run tiered is gone and this one holds its tier columns: the same sheet renamed,
     * its columns, roster and history carried on.
     */
    readonly sheetRenamed: (before: string, now: string) => string;
    /** The sheet to tier is one an earlier run wrote (`kind`), not the distributors; `data` is theirs. */
    readonly sheetIsOutput: (
      sheet: string,
      kind: "strategy" | "changeLog" | "settings",
      data: string,
    ) => string;
    /**
     * Other sheets with this sheet's name and sales headers and accounts of their own (a sheet per region):
     * not tiered with it, so its key accounts come from its own `accounts` only. `rows` under their headers.
     */
    readonly sameListSheets: (
      sheets: readonly string[],
      rows: number,
      sheet: string,
      accounts: number,
    ) => string;
    /**
     * Other sheets of this sheet's accounts and headers, named as months or quarters as this one is (a
     * sheet a month): only this sheet's sales, one period's, are counted.
     */
    readonly periodSheets: (sheets: readonly string[], sheet: string) => string;
    /**
     * Accounts on hidden rows (a filter's, or hidden by hand), tiered and written with the rest: the first
     * `rows` (1-based, at most five), `count` in all, of the sheet's `accounts`.
     */
    readonly hiddenRows: (rows: readonly number[], count: number, accounts: number) => string;
    /** Last year's ledger (`prior`) beside this one, which has no last year's sales: its sales could give the growth. */
    readonly priorYearSheet: (prior: string, sheet: string) => string;
    /** Merged cells where a tier column goes: the range, the sheet and the column's header. */
    readonly mergedOutput: (range: string, sheet: string, column: string) => string;
    readonly headerNotFound: () => string;
    /**
     * A second column that reads as a field already taken, named by its letter beside the one used (two
     * tables side by side had "'经销商名称' is used and '经销商名称' is left alone").
     */
    readonly headerDuplicate: (
      header: string,
      field: string,
      kept: string,
      letter: string,
      keptLetter: string,
    ) => string;
    /**
     * The sales taken are since each account began (历史累计销售额, Lifetime Sales): no year's beside;
     * last year's column (`prior`), where there is one, is not compared with them.
     */
    readonly lifetimeSales: (header: string, letter: string, prior: string | null) => string;
    /** The sales column is an average that does not say over what (平均销售额): read as a year's sales. */
    readonly averageUnstated: (header: string, letter: string) => string;
    /** The same sales with their tax (`header`, column `letter`) beside those taken (`kept`): left alone. */
    readonly taxedTwin: (header: string, kept: string, letter: string, keptLetter: string) => string;
    /** The same sales before returns (Gross Sales, 提货额) beside the net taken (Net Sales, 净销售额). */
    readonly grossTwin: (header: string, kept: string, letter: string, keptLetter: string) => string;
    /** The same sales in each order's own currency (原币价税合计) beside the home currency's taken. */
    readonly currencyTwin: (header: string, kept: string, letter: string, keptLetter: string) => string;
    /** This period's sales (本期金额) beside this year's running total taken (本年累计金额). */
    readonly periodTwin: (header: string, kept: string, letter: string, keptLetter: string) => string;
    /**
     * A second region column at another level of place than the one taken (城市 or 国家 beside 省份,
     * City beside State/Region): no rival to choose between, only which level the regions are summed by.
     */
    readonly regionLevel: (
      header: string,
      kept: string,
      letter: string,
      keptLetter: string,
      /** The other column is a country's: no offer to sum the regions by it. */
      country: boolean,
    ) => string;
    /**
     * Regional shares reckoned in another region column (`letter`) than the one taken for regions
     * (`regionLetter`): a finer one (省份 beside 大区), whose regions typically hold `peers` accounts
     * with sales, or where `coarser`, a coarser one (省份 beside 城市), the taken column's regions
     * typically holding only `peers`.
     */
    readonly shareRegion: (
      letter: string,
      header: string,
      level: RegionLevel,
      peers: number,
      regionLetter: string,
      regionHeader: string,
      coarser: boolean,
    ) => string;
    readonly headerGuessed: (header: string) => string;
    /**
     * A report of sales by customer whose header names no customer column: by its title (`title`, on
     * sheet row `titleRow`), column `name` (letter and header, "" where blank) is read as the customers
     * (null: mapped by hand), and `sales` (letter and header) as the sales where the header names none.
     */
    readonly byReportTitle: (
      title: string,
      titleRow: number,
      name: { readonly letter: string; readonly header: string } | null,
      sales: { readonly letter: string; readonly header: string } | null,
    ) => string;
    /** A second table beside the first, from column `at` on: its `rows` are not tiered. */
    readonly secondTable: (first: string, at: string, rows: number) => string;
    /** Sales by month or quarter with no total: the sales are the sum of `count` columns, `first` to `last`. */
    readonly revenueSummed: (first: string, last: string, count: number) => string;
    /** Last year's sales by the same months, summed alike. */
    /** `byMonth`: the parts are months or quarters, compared month for month; else lines, line for line. */
    readonly priorSummed: (first: string, last: string, count: number, byMonth: boolean) => string;
    /**
     * This year's sales by month or quarter (`first` … `last`) beside a sales column of the year before
     * (`prior`): that column is last year's, to compare with.
     */
    readonly priorBesideParts: (prior: string, first: string, last: string) => string;
    /**
     * The last run (on `date`) tiered sales of other months than this run's (`before`, `now`: months,
     * null for the year so far with its months unsaid): no fall from the last run's sales is said.
     */
    readonly lastRunOtherMonths: (
      date: string,
      before: number | null,
      now: number | null,
      /** This run's sales are a report's period unsaid (本期金额), its months null. */
      nowPeriod?: boolean,
    ) => string;
    /** No sales header, a total right of months or quarters taken as the year's sales. */
    readonly revenueGuessed: (header: string) => string;
    /** No sales header, the latest year's column (a header of a year alone) taken as the sales, and the year before's as last year's. */
    readonly yearGuessed: (header: string, prior: string | null) => string;
    /**
     * A column headed by the year after a whole year's sales (2025年1-6月 beside 2024年实际) taken as this
     * period's sales, and that year's as last year's.
     */
    readonly laterYearGuessed: (header: string, prior: string) => string;
    /**
     * The last run (`date`) tiered by sales and no sales column is found now (its header retitled): the
     * run stops rather than demote every key account; `amount` as for noRevenueColumn.
     */
    readonly revenueGone: (
      date: string,
      amount?: { readonly letter: string; readonly header: string },
    ) => string;
    /**
     * No sales column, but a PivotTable's value field of the sales summarized by another function than
     * their sum (计数项:销售额, Average of Sales): to be set to Sum in the pivot.
     */
    readonly pivotSummary: (header: string, letter: string, summary: PivotSummary) => string;
    /**
     * No column holds the sales, in money or in goods (年销量 is read as the sales where it stands alone);
     * `amount`: a column of amounts that may be them; `status`: the header of a status column, by which
     * accounts with no sales are still customers (合作中) rather than prospects.
     */
    readonly noRevenueColumn: (
      amount?: { readonly letter: string; readonly header: string },
      status?: string,
    ) => string;
    /**
     * A CRM account export's Annual Revenue (年营业额), the account's own size by the column about the
     * company `beside` it (Industry, 人员规模), and no other sales column: the run stops. `dynamics`:
     * `beside` is a Dynamics 365 export's own column ((Do Not Modify) Account), which says whose field it is.
     */
    readonly companyRevenue: (header: string, beside: string, dynamics: boolean) => string;
    /**
     * A CRM's list of deals, some not won, not of distributors: the column naming each row's deal (null
     * where none does) and the deal's stage, the won stage as written (null where no row shows it), the
     * account and amount columns for the remedy (a PivotTable of the won deals summed per account). The
     * run stops.
     */
    readonly dealList: (
      deal: { readonly letter: string; readonly header: string } | null,
      stage: { readonly letter: string; readonly header: string },
      won: string | null,
      account: string | null,
      amount: string | null,
    ) => string;
    readonly mappingMissing: (field: string, wanted: string) => string;
    /**
     * The last run read `field` from the column headed `header`, not found now (retitled, deleted): the
     * run goes on without it. `credit`: a field of credit (rating, days overdue, a hold), whose loss
     * takes the warnings on accounts that owe past due away with it. `maybe`: an unused column whose header
     * holds the old one's or is held by it (天数 for 逾期天数), named as the one it may be.
     */
    readonly fieldGone: (
      field: string,
      header: string,
      credit: boolean,
      maybe?: { readonly letter: string; readonly header: string },
    ) => string;
    /**
     * A column an earlier run was told by its letters (`was`), the `nth` of the columns headed `header`,
     * is gone: `count` columns are headed so now. The run stops.
     */
    readonly mappingMoved: (field: string, was: string, header: string, nth: number, count: number) => string;
    /**
     * That column is now at `letter` (columns were inserted or moved): read from there, and said.
     */
    readonly mappingFollowed: (
      field: string,
      letter: string,
      was: string,
      header: string,
      nth: number,
      count: number,
    ) => string;
    readonly notANumber: (row: number, header: string, raw: string, consequence: string) => string;
    /** A number past what a double holds once the column's unit is applied (1e305 in a 万元 column). */
    readonly tooLarge: (row: number, header: string, raw: string, consequence: string) => string;
    /**
     * A formula the file holds no result for, first at `row` (`formula` without "=", "" when the cell
     * carries none), `count` such cells in the column.
     */
    readonly uncalculated: (row: number, header: string, formula: string, count: number) => string;
    /**
     * Sales in more than one currency, by a 币种 column (`header`) or by the signs their amounts are typed
     * with (`header` the sales'; `byColumn` false), most accounts first, each part's rows as the sheet
     * numbers them; `row` the first account in the second currency. The run stops: the amounts cannot be
     * ranked together.
     */
    readonly mixedCurrency: (
      row: number,
      header: string,
      byColumn: boolean,
      parts: readonly SalesCurrency[],
    ) => string;
    readonly negative: (row: number, header: string, raw: string) => string;
    /**
     * A change in money (同比增长额) more than this year's sales: last year's would be negative. `change` and
     * `sales` are money as shown.
     */
    readonly changePastSales: (row: number, header: string, change: string, sales: string) => string;
    /** A tenure cell that is neither a number of years nor a start year or date. */
    readonly notAYears: (row: number, header: string, raw: string) => string;
    /** A partnership longer than a century: a number of months, or a date typed wrong. */
    readonly tenureTooLong: (row: number, header: string, raw: string, years: number) => string;
    /**
     * The product's tier cell says another tier than the last run wrote: typed over by hand. The run
     * rewrites it; a tier is set by hand in the override column (`hasOverride`: the sheet has one).
     */
    readonly tierEdited: (
      row: number,
      header: string,
      typed: string,
      written: string,
      overrideHeader: string,
      hasOverride: boolean,
    ) => string;
    /**
     * A note cell kept as a planner wrote it, and how to have a fresh note written instead: typed over
     * since the last run (`edited`), kept by an earlier run already (`kept`), or written on a row the
     * last run did not have (`new`).
     */
    readonly noteKept: (row: number, header: string, how: NoteByHand) => string;
    /**
     * A next review typed over the run's date: kept until a last visit on or after it shows the review
     * took place. `date` is "YYYY-MM-DD"; `visit` the last-visit header, empty without one.
     */
    readonly reviewKept: (row: number, header: string, date: string, visit: string) => string;
    /** A last-visit cell that is not a date: the next review counts from the run date. */
    readonly notADate: (row: number, header: string, raw: string) => string;
    /** A last visit after the run's day (2026-10-01 typed for 2025-10-01): no visit made yet. */
    readonly futureVisit: (row: number, header: string, raw: string, today: Date) => string;
    /** A start of the relationship after the run's day: no partnership yet, ignored. */
    readonly futureStart: (row: number, header: string, raw: string, today: Date) => string;
    /** A count of days since the last visit that is no count of days. */
    readonly notDaysSince: (row: number, header: string, raw: string) => string;
    /** 10/2/2026 where nothing in the column says whether the month or the day comes first: both readings. */
    readonly ambiguousDate: (
      row: number,
      header: string,
      raw: string,
      monthFirst: Date,
      dayFirst: Date,
    ) => string;
    /** A cell of a 停用日期 / 是否停用 column that is neither a date nor yes/no: the account is read as in use. */
    readonly endedUnread: (row: number, header: string, raw: string) => string;
    readonly notAFlag: (row: number, header: string, raw: string) => string;
    readonly unknownOverride: (row: number, header: string, raw: string) => string;
    readonly unknownStatus: (row: number, header: string, raw: string) => string;
    /** An intent cell that is neither a level in words (高, Hot) nor a probability. */
    readonly unknownIntent: (row: number, header: string, raw: string) => string;
    /** A yes to a status column's question (是否合作中: 是), as the reason quotes it: "是否合作中：是". */
    readonly statusAnswer: (header: string, answer: string) => string;
    /** A remark (备注) that says the relationship ended, on a sheet without a status column. */
    readonly remarkEnded: (row: number, header: string, remark: string) => string;
    /** A remark (备注) that says the account is in a legal dispute, on a sheet without a status column. */
    readonly remarkDispute: (row: number, header: string, remark: string) => string;
    /**
     * A row's remarks state its days overdue (已逾期120天) where its columns give none: with `setting`, the
     * credit is set by them (`overdueHeader`: the days column, blank on the row); without, the sheet has
     * no credit input and they are only said.
     */
    readonly remarkOverdue: (
      row: number,
      header: string,
      remark: string,
      days: number,
      setting: boolean,
      overdueHeader: string | undefined,
    ) => string;
    /**
     * A row's remarks tell of arrears without their days (拖欠货款; `severe`: 长期拖欠, 坏账) where its
     * columns give none: with `setting`, the credit is set as overdue (B at best, D where severe; by
     * `overdueHeader`, the days column blank on the row); without, the sheet has no credit input.
     */
    readonly remarkArrears: (
      row: number,
      header: string,
      remark: string,
      severe: boolean,
      setting: boolean,
      overdueHeader: string | undefined,
    ) => string;
    /**
     * A row's remarks tell of deliveries or credit stopped (已暂停发货, 信用冻结) where no column says so: a
     * customer by its sales, its credit D where the sheet has a credit input (`credit`), else advised.
     */
    readonly remarkHold: (row: number, header: string, remark: string, credit: boolean) => string;
    /**
     * A row's remarks tell of owing over the credit limit (已超信用额度) where no limit and balance columns
     * weigh it: with `setting`, the credit C at best, as 超信用额度 in a credit column; without, the sheet
     * has no credit input and it is only said.
     */
    readonly remarkOverLimit: (row: number, header: string, remark: string, setting: boolean) => string;
    readonly unknownRating: (row: number, header: string, raw: string) => string;
    readonly missingName: (row: number, header: string) => string;
    /** A name marked as no longer in use ("XX商贸（停用）") with no status to say otherwise: skipped. */
    readonly inactiveName: (row: number, header: string, name: string) => string;
    /**
     * A name of a test record (测试客户1, Test Account): left out where `revenue` is null (no sales this
     * period); with sales, tiered as a customer.
     */
    readonly testRecord: (row: number, header: string, name: string, revenue: number | null) => string;
    /** A row whose status ends the relationship (冻结, 停止合作) though it sold this period: skipped, said. */
    readonly inactiveWithSales: (row: number, header: string, status: string, revenue: number) => string;
    /**
     * A row whose kind of account is no channel account (a CRM's Competitor, Vendor, 竞争对手, 供应商) and
     * which bought nothing this period: skipped, said (it was tiered a prospect, "win the first order").
     */
    readonly notAccount: (row: number, header: string, kind: string) => string;
    /**
     * A column (大区, 负责人) written only on the first row of each group, as a report that hides repeated
     * values prints it: the blank cells below are read as the value above.
     */
    readonly filledDown: (letter: string, header: string, rows: number, firstRow: number) => string;
    /**
     * The region column holds addresses (浙江省杭州市西湖区文三路90号, on sheet row `row`): regions are
     * summed by the province each starts with (`province`, the example's).
     */
    readonly regionAddress: (
      letter: string,
      header: string,
      row: number,
      example: string,
      province: string,
    ) => string;
    /**
     * Sales typed as text (“15.3万”, '1,200' in a cell formatted as text) in a column of sales (this
     * year's, last year's, a month's), said once a column: read as numbers, but Excel's SUM, sorting and
     * filters take them for text. `rows` the first few of `count`; `example` one as typed and
     * `exampleValue` its figure in the column's unit. `total`, where the sheet's
     * totals row is Excel's sum of the figures typed as numbers: its row, label and figure, and what the
     * text figures add up to (the amount that total leaves out).
     */
    readonly typedAsText: (
      letter: string,
      header: string,
      count: number,
      rows: readonly number[],
      example: string,
      exampleValue: number,
      /** The example is digits alone ('1,200'): Excel's own Convert to Number fixes them. */
      convertible: boolean,
      total?: {
        readonly row: number;
        readonly label: string;
        readonly value: number;
        readonly missing: number;
      },
    ) => string;
    /** A region written another way than before (华东区 after 华东): counted as that one. */
    readonly regionVariant: (row: number, header: string, text: string, first: string) => string;
    /** A region's name alone in a row, heading the group of distributors below it. */
    readonly sectionHeading: (row: number, header: string, name: string) => string;
    /**
     * A group's heading with its subtotal on top (a PivotTable's 华东 over its distributors): the rows its
     * figures sum (`first`, `last`).
     */
    readonly groupHead: (row: number, header: string, name: string, first: number, last: number) => string;
    /**
     * `count` group headings in one column (more than a few: a pivot by province), from row `first` to row
     * `last`, the first few `examples`: said once in place of `groupHead` a heading.
     */
    readonly groupHeadsFolded: FoldedRows;
    /** `count` totals and subtotals in one column (Data > Subtotal by region), as `groupHeadsFolded`'s. */
    readonly totalsFolded: FoldedRows;
    /**
     * A customer's row over its sub-customers or its sales' lines (`parts`: the first and last row, null
     * where none stand between) and "Total for …" on row `total`: one account with the total's figures.
     */
    readonly subAccounts: (
      row: number,
      header: string,
      name: string,
      parts: readonly [number, number] | null,
      total: number,
    ) => string;
    /**
     * A customer's row over the lines of its sales (`parts`, as `subAccounts`'s) and Data > Subtotal's
     * summary of them by another function than the sum on row `total` (`label`: "Acme Count", "Acme 平均值"):
     * one account with the lines' sums.
     */
    readonly linesSummed: (
      row: number,
      header: string,
      name: string,
      parts: readonly [number, number] | null,
      total: number,
      label: string,
    ) => string;
    /**
     * Many customers over their lines, said once rather than a note a customer (and one a subtotal row):
     * `count` customers from row `first` to row `last`, each tiered as one account as `example`'s is.
     * `kind` says by what figure: `own`, the customer's own row (a PivotTable by customer and product);
     * `total`, a total row under its lines (QuickBooks' "Total for …", Data > Subtotal's 汇总);
     * `summary`, the lines' sum, the row under them a count, an average or the like (`example.label`).
     */
    readonly subAccountsFolded: (
      first: number,
      last: number,
      header: string,
      count: number,
      kind: "own" | "total" | "summary",
      example: {
        readonly row: number;
        readonly name: string;
        readonly parts: readonly [number, number] | null;
        readonly total: number;
        readonly label?: string;
      },
    ) => string;
    /**
     * Rows `first` to `last` are Data > Subtotal's sums alone (`example`: "甲商贸 汇总"), their lines not on
     * the sheet: each tiered as the account it names (`name`: 甲商贸).
     */
    readonly sumsAlone: (
      first: number,
      last: number,
      header: string,
      example: string,
      name: string,
    ) => string;
    /** A note written under or over the table (制表人：张三, 注：…). */
    readonly noteRow: (row: number, header: string, text: string) => string;
    /**
     * A name alone in its row below the data, a blank row between (数据待复核 under a ledger): tiered as
     * written (a prospect), but it may be a note without a label.
     */
    readonly loneNameBelow: (row: number, header: string, text: string) => string;
    /** Most rows repeat an earlier name: a list of sales lines, to be summed per distributor first. */
    readonly salesLines: (row: number, header: string, repeats: number, rows: number) => string;
    /** Most rows repeat an earlier name, a row a distributor a year (`yearHeader`): the years to be put side by side. */
    readonly salesLinesByYear: (
      row: number,
      header: string,
      repeats: number,
      rows: number,
      yearHeader: string,
      years: readonly number[],
    ) => string;
    /**
     * A PivotTable with its years as row headings (2025 over its distributors, 2026 over them again): the
     * year field to be moved to the columns.
     */
    readonly pivotYearsInRows: (
      row: number,
      header: string,
      years: readonly number[],
      repeats: number,
    ) => string;
    readonly duplicateName: (row: number, header: string, name: string, firstRow: number) => string;
    /** A name repeated under another customer code: two distributors, tiered as two. */
    readonly sameNameOtherCode: (
      row: number,
      header: string,
      name: string,
      firstRow: number,
      code: string,
      firstCode: string,
    ) => string;
    /** A customer code on two rows of different names (`firstName` at `firstRow`). */
    readonly duplicateCode: (
      row: number,
      header: string,
      code: string,
      firstRow: number,
      firstName: string,
    ) => string;
    /** A row matched to the last run by its customer code, under another name then (`before`). */
    readonly renamed: (row: number, codeHeader: string, code: string, before: string, now: string) => string;
    /**
     * A row whose name the last run did not have, on the row where the last run had a name alike
     * (`before`) that is gone now: compared as that distributor renamed.
     */
    readonly renamedAtRow: (row: number, before: string, now: string) => string;
    /** `count` rows so renamed (names retyped across the sheet), the first on `row`. */
    readonly renamedAtRows: (count: number, row: number, before: string, now: string) => string;
    /**
     * Rows of one name (a distributor's product lines) that together sell past the key line (`line`, the
     * smallest key account's sales) while none of them is key, tiered row by row.
     */
    readonly duplicateKey: (
      row: number,
      header: string,
      name: string,
      rows: readonly number[],
      sum: number,
      line: number,
    ) => string;
    /** The same name typed another way (spaces, full-width brackets, case): probably one distributor. */
    readonly duplicateNameVariant: (
      row: number,
      header: string,
      name: string,
      first: number,
      firstName: string,
    ) => string;
    readonly total: (row: number, header: string, text: string) => string;
    /** Data > Subtotal's summary by Count, Average, Max… ("East Average", "华东 计数"), left out. */
    readonly summary: (row: number, header: string, text: string) => string;
    /** An Excel table's total row (`text`: what its name column shows, a label, a count or nothing). */
    readonly tableTotal: (row: number, header: string, text: string) => string;
    /** A header row among the data: a second one under the first, or the header repeated (`text`: its name cell). */
    readonly headerInData: (row: number, header: string, text: string) => string;
    /** A key account with no owner: the cell blank (`text` ""), or a placeholder or a departed owner. */
    readonly ownerMissing: (row: number, header: string, name: string, text: string) => string;
    readonly ownerOverloaded: (header: string, owner: string, share: number, median: number) => string;
    readonly rulesInvalid: (setting: string, value: string, expected: string) => string;
    /** A cadence that is not a whole number of months (a rules file's 1.6): `used` months are used. */
    readonly rulesRounded: (setting: string, value: string, used: number) => string;
    /** Two fields mapped by hand to one column (`first` kept it, `second` did not). */
    readonly mappingConflict: (header: string, first: string, second: string) => string;
    /** A setting the rules do not have: a typo, or a setting of another version; `suggestion` is the nearest one. */
    readonly rulesUnknown: (setting: string, suggestion: string | undefined) => string;
    /**
     * No row of the sales column (`header`) holds sales above zero: all accounts are prospects, or, where
     * a status column (`status`, its header) says who are customers, those are ordinary accounts.
     */
    readonly noSales: (header: string, status?: string) => string;
    /**
     * The last run (`date`) tiered by sales and no row of the sales column (`header`, at `letter`) holds
     * any now (a new ledger not yet filled in, the figures cleared): the run stops rather than demote
     * every key account.
     */
    readonly salesEmptied: (date: string, letter: string, header: string) => string;
    /**
     * The sales (`header`) are about `times` times (`below`: 1/`times` of) last year's (`prior`), the
     * median of `count` accounts: the two columns are in different units; the run stops.
     */
    readonly unitsApartPrior: (
      header: string,
      prior: string,
      times: number,
      below: boolean,
      count: number,
    ) => string;
    /**
     * The sales (`header`) are about `times` times (`below`: 1/`times` of) the last run's (`date`), the
     * median of `count` accounts: their unit changed since; the run stops.
     */
    readonly unitsApartLastRun: (
      header: string,
      date: string,
      times: number,
      below: boolean,
      count: number,
    ) => string;
    /**
     * Of the `had` accounts with sales at the last run (`date`), `blank` have no figure in the sales
     * column (`header`) now, the first on `row`: half or more, the sales are still being filled in, and
     * the run stops rather than demote them all as having no sales.
     */
    readonly salesLeftBlank: (
      date: string,
      had: number,
      blank: number,
      header: string,
      row: number,
    ) => string;
    /**
     * A key account of the last run (`name`, with `sales` then) has no figure in the sales column
     * (`header`) on `row` now: tiered as having no sales, said on its row.
     */
    readonly keySalesBlank: (row: number, name: string, sales: string, header: string) => string;
    /**
     * Row `row`'s sales (`header`: `typed` in the cell, "" where months are summed; `sales`, money) are
     * `times` its own figure to compare with (`base`,
     * money): last year's (`prior`: that column's label) or the last run's (`date`), and above every
     * account not so: one of the two typed in another unit or with a digit too many; tiered as written.
     */
    readonly salesOutOfScale: (
      row: number,
      name: string,
      header: string,
      typed: string,
      sales: string,
      against: { readonly prior: string } | { readonly date: string },
      base: string,
      times: number,
    ) => string;
    /**
     * Under a threshold method, no account reached the key threshold (`minimum`: sales in the rules'
     * currency, or a score); `best` is the largest sales or the highest score.
     */
    readonly noneAtThreshold: (by: "revenue" | "score", minimum: number, best: number) => string;
    /**
     * Key accounts set by hand (`byHand`) fill every one of the `places` key places: the largest account
     * by sales not set by hand (its name, sales and share of the sheet's) is an ordinary account.
     */
    readonly overridesFillKeyPlaces: (
      byHand: number,
      places: number,
      name: string,
      revenue: number,
      share: number,
    ) => string;
    /**
     * Sales without a unit anywhere, read in their currency's units (yuan; dollars where the cells say
     * $), when even the largest is small (`largest`): in 万元, or in thousands of another currency.
     */
    readonly unitAssumed: (header: string, largest: number, currency: Currency) => string;
    /** The sales column shows shares of the total as percentages (`largest` the largest, 0.31): no amounts. */
    readonly salesInPercent: (header: string, letter: string, largest: number) => string;
    /**
     * A money column beside the sales (last year's, a change, a market's potential) that states no unit,
     * read in the sales' unit because its figures are of their order.
     */
    readonly unitOfSales: (header: string, salesHeader: string) => string;
    /** The sales read from a column of goods sold (年销量): its figures are quantities, not money. */
    readonly salesInVolume: (header: string) => string;
    /**
     * Sales of `months` against prior sales of `priorMonths`: last year's is taken pro rata. `average`
     * where the sales are an average per month, week or day (月均, 日均): last year's is averaged alike.
     * `stated`: the title above the header that says the months (its sheet row and text).
     */
    readonly periodProrated: (
      header: string,
      months: number,
      priorHeader: string,
      priorMonths: number,
      average?: "month" | "week" | "day",
      stated?: { readonly row: number; readonly text: string },
    ) => string;
    /**
     * Sales to date without their months (本年累计, YTD), or with `thisPeriod` a report's period unsaid
     * (本期金额), against a whole prior year: not comparable, so no growth is computed from them.
     */
    readonly periodUnknown: (header: string, priorHeader: string, thisPeriod: boolean) => string;
    /** The sales and last year's in different measures (goods and money): no growth is worked out. */
    readonly measureMismatch: (header: string, priorHeader: string, salesInGoods: boolean) => string;
    /** The sales header names one currency (万元: yuan) and its cells are formatted in another ($): the header's is taken. */
    readonly currencyConflict: (header: string, headerCurrency: Currency, formatCurrency: Currency) => string;
    /**
     * The money owed past due, without its days (逾期金额): an amount above zero is overdue, days unknown.
     * `byCells`: headed as days (Past Due, 逾期), found money by a figure such as this (1,234.5).
     */
    readonly overdueAmount: (header: string, byCells?: number) => string;
    /** Credit scores past the rules' scale (680 where the bands are out of 100): not read, said once. */
    readonly creditScoreScale: (header: string, highest: number) => string;
    /**
     * A credit limit without the balance owed beside it, or the balance without a limit: read as a pair
     * for the credit class, so the limit is unused and the balance only tells who has bought before; and
     * what column would make it count.
     */
    readonly limitAlone: (header: string, isLimit: boolean) => string;
    /** Most accounts with a limit owe more than it: the two columns' units are worth a look. */
    readonly overLimitMost: (
      over: number,
      limited: number,
      limitHeader: string,
      balanceHeader: string,
    ) => string;
    /**
     * Columns of an aging (1-30天 … 90天以上): each account's days overdue are its oldest bucket owed in;
     * `days` are the oldest's bounds (`to` Infinity for an open one, 90天以上, Over 90 Days).
     */
    readonly agingBuckets: (
      headers: readonly string[],
      oldest: string,
      days: { readonly from: number; readonly to: number },
    ) => string;
    /** An English sales header, its cells and the sheet state no currency: the sales are read as yuan. */
    readonly noCurrency: (header: string) => string;
    /**
     * An English sales header, its cells and the sheet state no currency, and the country column names
     * one country on every row: the sales are read in its currency (United States: dollars).
     */
    readonly currencyByCountry: (
      header: string,
      countryHeader: string,
      place: string,
      currency: Currency,
    ) => string;
    /**
     * The same, where no country column is and a state column names a US state on every row (`states`:
     * the first three as written, CA, NY, TX): the sales are read in dollars.
     */
    readonly currencyByStates: (
      header: string,
      statesHeader: string,
      states: readonly string[],
      currency: Currency,
    ) => string;
    readonly prospectWithSales: (row: number, header: string, status: string) => string;
    /** A row of a kind that is no channel account (Vendor, 供应商) that bought this period: a customer. */
    readonly notAccountWithSales: (row: number, header: string, kind: string, revenue: number) => string;
    /**
     * A status saying prospect on an account that has bought before: the column that says so (last
     * year's sales, years of cooperation, days overdue; "" where none names it) and its value as shown.
     */
    readonly prospectBoughtBefore: (
      row: number,
      header: string,
      status: string,
      evidence: string,
      value: string,
    ) => string;
    /**
     * A move by hand (升级 / 降级, `typed`) with no tier to go to from the run's own (`from`): up from key,
     * down from ordinary, either way from a prospect. The machine's tier stands.
     */
    readonly moveRefused: (row: number, header: string, typed: string, up: boolean, from: Tier) => string;
    /** An override to prospect on an account with sales (`revenue`): the override stands, the word is said. */
    readonly overrideProspectWithSales: (
      row: number,
      header: string,
      typed: string,
      revenue: number,
    ) => string;
    /** A status of a legal dispute (法律诉讼): credit D where the sheet has a credit column, else advised. */
    readonly disputeStatus: (row: number, header: string, status: string, creditColumn: boolean) => string;
    /** A status of deliveries or credit stopped (信用冻结): a customer, on cash terms. */
    readonly holdStatus: (row: number, header: string, status: string, creditColumn: boolean) => string;
    readonly consequenceProspect: string;
    readonly consequenceIgnored: string;
  };
  readonly expect: {
    readonly object: string;
    readonly version: (max: number) => string;
    readonly range: (min: number, max: number) => string;
    /** A share (a fraction) out of its range: says how a percentage is written. */
    readonly shareRange: (min: number, max: number) => string;
    readonly oneOf: (allowed: readonly string[]) => string;
    readonly wordMap: string;
    /** A setting that is on or off. */
    readonly flag: string;
    readonly sumToOne: string;
    readonly positiveSum: string;
    readonly ascending: string;
    readonly above: (other: string) => string;
    readonly atMost: (other: string) => string;
    readonly atLeast: (other: string) => string;
  };
};

/** How a note cell came to hold a planner's text: typed over since the last run, kept before, or new. */
export type NoteByHand = "edited" | "kept" | "new";
