import { COUNTRY_HEADER, namesOneCurrency } from "./currencies";
import { type Cell, cellText, columnIndex, isBlankCell } from "./cells";
import { FIELD_MATCH_ORDER, FIELD_SYNONYMS, type Field } from "./fields";
import {
  type Currency,
  type HeaderUnit,
  type SalesPeriod,
  currencyFromNumberFormat,
  foldText,
  isMoneyUnit,
  isPercentFormat,
  matchForm,
  parseUnit,
  periodPartOf,
  salesPeriodOf,
  titlePeriodOf,
  splitHeader,
} from "./normalize";
import type { OutputKey } from "./outputs";
import { isGrading } from "./ownGrade";
import { agingBucketOfHeader, intentOfStatus, overdueWordOf } from "./readers";
import { PAYMENT_HEADER, arrearsInRemark, holdInRemark, overdueInRemark } from "./remarks";
import { parseNumber } from "./values";
import {
  MANAGEMENT_CODES,
  SALES_MODE_CODES,
  SENSITIVITY_CODES,
  createManagementModeClassifier,
  createSalesModeClassifier,
  createSensitivityClassifier,
  isNotAccount,
  statusFromText,
  isActiveQuestion,
} from "./classify";

/** How a column came to mean a field. */
export type MatchKind = "explicit" | "exact" | "contains" | "guessed";

/** One column the detector understood. `column` is 0-based within the grid. */
export type ColumnMatch = {
  readonly column: number;
  readonly header: string;
  readonly field: Field;
  readonly how: MatchKind;
  /** 1 for an explicit or exact match, less for a partial match or a guess. */
  readonly confidence: number;
  readonly unit: HeaderUnit | undefined;
};

/** What the detector found: where the header is, what each column means, what it could not place. */
export type HeaderDetection = {
  /** Index of the header row within the grid, or -1 when no header with a name column was found. */
  readonly headerRow: number;
  /**
   * How many rows the header takes: 2 for a two-level header (a group such as "销售额（万元）" merged over
   * "2024年" and "2025年" in the row below), else 1. The data starts below the last of them.
   */
  readonly headerRows: number;
  /**
   * The header's text for each column, as the columns are known by in findings and the report: the
   * header row's own cell, or for a two-level header the group and the column's label joined
   * ("2024年销售额（万元）").
   */
  readonly labels: readonly Cell[];
  /**
   * A money unit written for the whole sheet above the header ("单位：万元", "Unit: RMB'000"): it applies
   * to the money columns whose header and number format say none. `row` is the grid row.
   */
  readonly unitNote?:
    | {
        readonly unit: HeaderUnit;
        readonly row: number;
        readonly text: string;
        /** A currency noted alone ("币种：美元"): it states no magnitude (万, 千) for the columns. */
        readonly currencyOnly?: true;
      }
    | undefined;
  /**
   * The months the report covers, as its title or subtitle above the header says them ("日期：2025-01-01
   * 至 2025-11-30", "2025年1-11月销售统计"; see `titlePeriodOf`), for a sales column that names none.
   * `row` is the grid row.
   */
  readonly periodNote?:
    | {
        readonly period: SalesPeriod;
        readonly year: number | undefined;
        readonly row: number;
        readonly text: string;
      }
    | undefined;
  /**
   * A report of sales by customer whose header names no customer column (QuickBooks' Sales by Customer
   * Summary: a blank cell over the names, "Total" over the sales): the title above that says what its
   * rows are (`row` is the grid row), and the columns read by it (`sales` where the header names none).
   */
  readonly reportTitle?:
    | {
        readonly row: number;
        readonly text: string;
        /** Absent where the name was mapped by hand. */
        readonly name?: number | undefined;
        readonly sales?: number | undefined;
      }
    | undefined;
  readonly matches: readonly ColumnMatch[];
  readonly mapping: Readonly<Partial<Record<Field, number>>>;
  /** Columns with a header that means nothing to the detector (kept, never touched). */
  readonly unmapped: readonly { readonly column: number; readonly header: string }[];
  /** A second column that also looked like a field already mapped. */
  readonly duplicates: readonly { readonly column: number; readonly header: string; readonly field: Field }[];
  /**
   * Sales by month or quarter with no column for their whole span ("1月销售额" … "12月销售额"): the
   * sales are the sum of these columns (in column order; the first is `mapping.revenue`). Absent when
   * one column holds the sales.
   */
  readonly revenueParts?: readonly { readonly column: number; readonly header: string }[];
  /** Last year's sales by the same kind of parts, summed alike (the first is `mapping.priorRevenue`). */
  readonly priorRevenueParts?: readonly { readonly column: number; readonly header: string }[];
  /**
   * The months or quarters the sales column totals, where it is a plain total right of them (合计 after
   * 1月 … 10月): their span is the sales' period. Absent where the total names a whole year (全年合计).
   */
  readonly revenueTotalOf?: readonly { readonly column: number; readonly header: string }[];
  /**
   * The total right of the months names a whole year (全年销售额 after 1月 … 12月): it covers the months
   * filled so far only where its cells are their sum.
   */
  readonly revenueTotalNamesYear?: boolean;
  /**
   * An accounts-receivable aging laid out as columns of amounts (未到期, 1-30天, 31-60天, 90天以上), oldest
   * first, each with its bounds in days: an account's days overdue are its oldest bucket with an amount.
   * `mapping.overdue` is the oldest.
   */
  readonly overdueBuckets?: readonly AgingColumn[];
  /**
   * The money an account owes past due, where the sheet gives no days (逾期金额（万元）, 超期欠款,
   * Overdue Amount): an amount above zero is overdue, for days unknown. `mapping.overdue` is it.
   */
  readonly overdueAmount?: {
    readonly column: number;
    readonly header: string;
    /** Headed as days (Past Due, 逾期) but found money by its cells: a figure that showed it (1,234.5). */
    readonly byCells?: number;
  };
  /**
   * A CRM account export's Annual Revenue, the account's own estimated revenue (its size), where no other
   * column names the sales: not taken as the sales (left unmapped); the run stops and says so, unless the
   * mapping names it.
   */
  readonly companyRevenue?: {
    readonly column: number;
    readonly header: string;
    /** The header of a column about the company beside it (Industry, 人员规模), or Dynamics' own column. */
    readonly beside: string;
    /** `beside` is a Dynamics 365 export's own column ((Do Not Modify) Account), not one about the company. */
    readonly dynamics?: true;
  };
  /**
   * The growth column is a change in money by its cells (vs PY 12,400 beside the sales, no unit said): read
   * in the sales' unit, it gives last year's sales where no column does.
   */
  readonly growthInMoney?: true;
  /** Columns the product wrote on an earlier run, by output key. */
  readonly outputs: Readonly<Partial<Record<OutputKey, number>>>;
  /** Explicit mappings that named a header or column not found in the header row. */
  readonly missing: readonly { readonly field: Field; readonly wanted: string }[];
  /** Explicit mappings that named a column another explicit mapping had taken (`field` lost it). */
  readonly conflicts: readonly { readonly field: Field; readonly other: Field; readonly column: number }[];
};

/**
 * A mapping chosen by the user: a header text, or else the column's letters as the sheet shows them
 * ("B": a header written "B" wins), or a 0-based column index within the grid.
 */
export type ExplicitMapping = Readonly<Partial<Record<Field, string | number>>>;

export type DetectOptions = {
  readonly mapping?: ExplicitMapping | undefined;
  /** Header texts of the product's own output columns, in every language, by key. */
  readonly outputHeaders?: Readonly<Partial<Record<OutputKey, readonly string[]>>> | undefined;
  /** How many rows from the top to search for the header. */
  readonly scanRows?: number | undefined;
  /** The sheet column (0-based) of the grid's first column: a mapping by column letter counts from it. */
  readonly originColumn?: number | undefined;
  /**
   * The year of the run's date: a column of sales named by the year before it ("2024年累计销售额") beside
   * sales named this year's by a word (本年累计, 今年销售额, YTD Sales) is last year's.
   */
  readonly asOfYear?: number | undefined;
  /**
   * Each grid column's number format (its first number's), where the door reads them: a column headed
   * Past Due in a currency format is money owed, not days.
   */
  readonly columnFormats?: readonly (string | undefined)[] | undefined;
};

type Candidate = { field: Field; how: "exact" | "contains"; confidence: number };

/**
 * A money column's words that make it a cost, a profit, a tax, a commission, a discount or freight on the
 * sales (Sage's Customer Sales: Cost of Sales right of Amount was taken; Sales Tax and Sales Commission
 * left of Sales were), a rate, a plan, a date or a person instead of an amount sold; or
 * money still owed (未回款金额, 待回款, Outstanding): a CRM's balance to collect, no sales; or a price
 * (Sales Price, 销售单价: QuickBooks' Sales by Customer Detail has one beside its Amount, and it was taken).
 */
const NOT_AN_AMOUNT =
  /成本|毛利|利润|费用|税额|税金|佣金|提成|折扣(?!后)|折让(?!后)|返利|运费|cost|cogs|profit|margin|commission|(?<!after|netof|less)discount(?!ed)|rebate|freight|shipping|^salestax|taxamount|vatamount|^(?:tax|vat|gst)$|单价|售价(?![款税])|价格|price|日期|时间|周期|率|占比|比例|百分比|比重|%|percent|pct|mix$|cycle|环比|单笔|最大|最高|最低|最小|峰值|^max|max$|maximum|minimum|largest|highest|lowest|peak|目标|计划|预算|预测|指标|天数|次数|排名|名次|排行|经理|负责人|未回款|待回款|未收|^rank|rank(?:ing)?$|date|(?<!life|all)time|rate|ratio|share|target|quota|plan|budget|forecast|days|(?<!dis)count|manager|owner|rep$|salesrep|person|org|team|channel|mode|type|territory|region|area|district|office|group|division|department|dept|branch|name$|outstanding|unpaid|uncollected/;

/** The year before last (前年, 大前年; not 当前年度, this year). */
const BEFORE_LAST_YEAR = /(?<![当目])前年|twoyearsago|yearbeforelast/;
/** Last year's word alone as a header (去年 beside 今年): its sales, as the table's figures say. */
const LAST_YEAR_ALONE = /(?:去年|上年)度?$|(?:last|prior|previous)year$/;
/**
 * Words of an amount, one of which last year's sales say beside 去年 / 上年 (去年同期 and 上年累计 too;
 * Same Period Last Year, as a report heads last year's beside Current Period Sales).
 */
const AMOUNT_WORDS =
  /销|售|额|款|金|量|货|收入|营收|业绩|累计|合计|同期|完成|实绩|sales|revenue|amount|turnover|gmv|sell|ship|volume|value|total|ytd|actual|purchase|billing|order|sameperiod|ttm|ltm|12m/;

/**
 * Words that make a header holding a field's word about something else ("经销商编号" is no name,
 * "逾期金额" no days overdue, "信用额度" no rating, "大区经理" no region, "回款率" no revenue): a header
 * matched only by containing the field's word is not that field when it also holds one of these.
 */
const NOT_FOR: Readonly<Partial<Record<Field, RegExp>>> = {
  name: /编号|编码|代码|号码|序号|拼音|变更|pinyin|账号|税号|电话|手机|地址|联系人|邮箱|经理|manager|类型|类别|级别|等级|性质|状态|数量|台账|明细|统计|报表|一览|清单|名单|名录|id$|no\.?$|code|number|phone|tel$|address|contact|email|type$|level$|status$|ledger|list$|report|summary/,
  // 前年销售额: the year before last (left of 年销售额, it was taken for this year's sales).
  revenue: new RegExp(`${NOT_AN_AMOUNT.source}|${BEFORE_LAST_YEAR.source}`),
  // Last year's what? A header with 去年 / 上年 and no word of an amount is last year's something else
  // (上年资信等级 was read as last year's sales).
  priorRevenue: new RegExp(
    `${NOT_AN_AMOUNT.source}|增长|growth|${BEFORE_LAST_YEAR.source}|^(?!${LAST_YEAR_ALONE.source})(?!.*(?:${AMOUNT_WORDS.source})).*$`,
  ),
  // A change in goods (同比增减数量, YoY Change Qty), not a rate nor money: 30,000 more cases were read as
  // +30,000%. (销量增长率, a rate, is growth.)
  growth: /^(?!.*(?:率|%|幅|rate|pct|percent|ratio)).*(?:数量|件数|箱数|台数|qty|quantity|units|volume)/,
  // 区域人口, 区域面积: a figure of the region, not the region.
  // A share of the region (区域占比, 区域份额) is a figure, not a place; so is a standing or a rank in it
  // (区域影响力, 区域排名: each was taken for the region, and the accounts grouped by 高 and 第一), and
  // a kind, a level or a size of it (区域类型, 区域级别 一线 / 二线, Region Type, Territory Size, 区域GDP).
  region:
    /经理|负责人|主管|总监|编码|编号|人口|面积|人数|占比|占有|份额|影响力|排名|地位|类型|类别|级别|等级|属性|性质|规模|gdp|manager|director|head|code|population|share|rank|influence|type$|tier$|level$|size$/,
  // Last year's rating (上年资信等级) is no credit standing now. A credit term (信用期: 30, 60 days), a
  // date (资信评估日期, 信用到期日), a policy (信用政策: 月结30天) or whether credit is controlled at all
  // (金蝶's 信用管理: 是 / 否) is no rating either: each row's cell was said to be no grade.
  credit:
    /额度|金额|余额|期限|账期|天数|期$|日期|时间|到期|政策|条件|证明|管理|控制|管控|limit|line|amount|balance|term|days|period|date|time|expir|polic|condition|control|management|上年|去年|前年|lastyear|prioryear|previousyear/,
  // 逾期账款（万元）, 超期欠款（元）, 逾期应收, 逾期款: the money overdue, not its days (欠款天数 is days).
  overdue:
    /金额|余额|账款(?!.*(?:账龄|天))|款项|款额|欠款(?!.*(?:账龄|天))|应收(?!.*(?:账龄|天))|款$|笔数|amount|amt|value|balance|count/,
  // 业务员人数, Number of Sales Reps: a headcount, not the person. A CRM's Ownership (Public, Private,
  // Subsidiary) is the company's kind of owners, not the account's. Nor are the person's pay, grade or
  // title (业务员提成, 业务员级别, 负责人职务: each was taken for the owner, and the accounts shared out by
  // 3%, by 高级 or by 经理). (The person's number, 业务员工号 or Salesperson Code, names the person still.)
  owner:
    /电话|手机|邮箱|人数|数量|个数|提成|佣金|奖金|工资|薪|级别|等级|职务|职位|职级|岗位|phone|mobile|email|tel$|count|number|headcount|^no\.?of|^#|ownership|commission|bonus|salary|title$|level$|grade$/,
  // 下次拜访日期, 计划拜访, Next Visit: a visit to come, not the last one (each row's review was put off
  // from a planned date, and every row said its last visit was after today).
  // 拜访人 is who visits, not when.
  lastVisit: /次数|频率|下次|计划|预计|预约|安排|拜访人|拜访员|count|frequency|next|plan|schedul|upcoming/,
};

/** A header's last word that makes it a remark about its other words (folded: no spaces). */
const REMARK = /(?:备注|说明|原因|批注|notes?|remarks?|comments?)$/;

/**
 * Fields whose rival columns are weighed after the first pass (preferRival, the sales' steps, a finer
 * region for the shares beside the one taken: 省份 beside 所在大区 stays the shares', not the plan's).
 */
const WEIGHED_LATER: ReadonlySet<Field> = new Set(["name", "owner", "region", "revenue", "priorRevenue"]);

/** A year before or after a header's words, folded: 2025年, 25年, 2025年度, fy2025, fy25; "actual2025". */
const YEAR_AROUND =
  /^(?:(?:19|20)?\d{2}年度?|fy'?(?:20)?\d{2}|(?:19|20)\d{2})(?=\D)|(?<=\D)(?:19|20)\d{2}年?$/;

/**
 * Fields in money: a column counted in goods (吨, 箱, units) is none of them, except the sales, which
 * a ledger may count in goods alone (销量（吨）): taken where no column gives them in money.
 */
const MONEY_FIELDS: ReadonlySet<Field> = new Set(["marketPotential"]);
/** Fields that are amounts: a header of theirs in percent is a share of one, none of them. */
const AMOUNT_FIELDS: ReadonlySet<Field> = new Set([
  "revenue",
  "priorRevenue",
  "marketPotential",
  "creditLimit",
  "balance",
]);

/** How a PivotTable's value field summarizes, other than by its sum: by count, average, max, min, … */
export type PivotSummary = "count" | "average" | "max" | "min" | "other";

const PIVOT_FUNCTIONS_ZH: Readonly<Record<string, PivotSummary>> = {
  计数: "count",
  数值计数: "count",
  平均值: "average",
  最大值: "max",
  最小值: "min",
};
const PIVOT_FUNCTIONS_EN: Readonly<Record<string, PivotSummary>> = {
  count: "count",
  countnumbers: "count",
  countnums: "count",
  average: "average",
  max: "max",
  min: "min",
};

/**
 * A PivotTable's value field summarized by another function than its sum, as its caption says it: Excel's
 * 计数项:销售额 / Count of Sales, 平均值项:销售额 / Average of Sales, 最大值项, 乘积项, StdDev of …; LibreOffice's
 * "计数 - 销售额" / "Count - Sales". The function and the field's header; else undefined. Each was read as
 * the sales (计数项:销售额 tiered the accounts by their number of lines, as yuan).
 * @example pivotSummaryOf("计数项:销售额") // { summary: "count", field: "销售额" }
 */
export function pivotSummaryOf(raw: string): { summary: PivotSummary; field: string } | undefined {
  const text = matchForm(raw).trim();
  const excel =
    /^(计数|数值计数|平均值|最大值|最小值|乘积|标准偏差|总体标准偏差|方差|总体方差)项\s*[:：]\s*(\S.*)$/.exec(
      text,
    ) ??
    /^(count|count\s*numbers|average|max|min|product|std\s*devp?|var|varp)\s+of\s+(\S.*)$/i.exec(text) ??
    /^(计数|数值计数|平均值|最大值|最小值|乘积|标准偏差|总体标准偏差|方差|总体方差|count|count\s*-\s*numbers|average|max|min|product|stdevp?|varp?)\s+-\s+(\S.*)$/i.exec(
      text,
    );
  if (!excel) return undefined;
  const fn = (excel[1] as string).toLowerCase().replace(/[\s-]/g, "");
  return { summary: PIVOT_FUNCTIONS_ZH[fn] ?? PIVOT_FUNCTIONS_EN[fn] ?? "other", field: excel[2] as string };
}

/**
 * A header's field by its words; a column counted in goods is no market potential in money (市场容量（吨）),
 * though it may be the sales (销量（吨）).
 */
/** A change's words, read as the growth with a percent for unit (Change %, vs LY %, 增减%). */
const CHANGE_IN_PERCENT =
  /^(?:change|chg|δ|delta|vs(?:ly|py|lastyear|prioryear)|增减|变动|(?:比|较)(?:上年|去年)(?:增减|增长)?)$/;

function matchHeader(
  split: { text: string; quantity: boolean; unit?: HeaderUnit | undefined },
  raw: string,
): Candidate | undefined {
  // A PivotTable's count or average of a field is none of ours (计数项:销售额 was the sales).
  if (pivotSummaryOf(raw)) return undefined;
  // Dynamics 365's own columns, kept for re-import: (Do Not Modify) Account held the record's GUID and was
  // taken for the name over Account Name, every account tiered by a GUID.
  if (DO_NOT_MODIFY.test(raw)) return undefined;
  const found = matchWords(split.text);
  if (found && split.quantity && MONEY_FIELDS.has(found.field)) return undefined;
  // An amount's words in percent ("Sales %", 销售额（%）): a share of the sales, no amount (it was taken
  // for the sales, and a column of 0.2s tiered).
  if (found && split.unit?.percent && AMOUNT_FIELDS.has(found.field)) return undefined;
  // Overdue in money (Past Due $, Overdue (USD), 逾期（万元）): the amount owed past due, not its days
  // (a customer owing $250 past due was 250 days late, and D). Read as such where no days are given.
  if (found?.field === "overdue" && isMoneyUnit(split.unit)) return undefined;
  // Sales named last year's by an English word of its own (Sales LY YTD, Sales LY Full Year, Net Sales
  // PY): last year's, where the words alone read as this year's sales.
  if (
    found?.field === "revenue" &&
    PRIOR_WORD.test(matchForm(raw)) &&
    !NOT_FOR.priorRevenue?.test(split.text)
  )
    return { field: "priorRevenue", how: "contains", confidence: 0.7 };
  // A change in percent (Change %, Chg %, vs LY %, Δ%, 增减（%）): the growth, where a change alone may be
  // anything (our own "Change" column is a tier's).
  if (!found && split.unit?.percent && CHANGE_IN_PERCENT.test(split.text))
    return { field: "growth", how: "exact", confidence: 1 };
  if (!found && salesOfAPart(raw)) return { field: "revenue", how: "exact", confidence: 1 };
  // The sales by a word of their own after an average per month, week, day or year (月均提货, 月均出货,
  // 日均销售, Avg. Monthly Shipments, Monthly Avg Sell-in): each was no column (月均提货额 was read).
  if (!found && averageOfSales(split.text)) return { field: "revenue", how: "exact", confidence: 1 };
  // And last year's of the same part (Shipments LY Jan-Oct, Sales PY Q1-Q3): it was no column, and no
  // growth was reckoned beside this year's Shipments Jan-Oct.
  const n = matchForm(raw);
  if (!found && PRIOR_WORD.test(n) && salesOfAPart(n.replace(PRIOR_WORD, " ")))
    return { field: "priorRevenue", how: "contains", confidence: 0.7 };
  // Any sales header with last year's word (SAP's Net Value PY, Turnover LY, Prior Net Amount): last
  // year's. It was no column, and no growth was reckoned beside Net Value.
  if (!found && PRIOR_WORD.test(n)) {
    const rest = matchWords(splitHeader(n.replace(PRIOR_WORD, " ")).text);
    if (rest?.field === "revenue" && !NOT_FOR.priorRevenue?.test(split.text))
      return { field: "priorRevenue", how: "contains", confidence: 0.7 };
  }
  // Last year's rating with its year in parentheses (信用等级（上年）, Credit Rating (Prior Year)) is none
  // now, as 上年资信等级 is: the parenthesis was taken for a unit, and the words were the rating.
  if (found?.field === "credit" && LAST_YEAR_NOTE.test(matchForm(raw).toLowerCase())) return undefined;
  // A tier set by hand, said in parentheses (分级（手动）, 客户分级（人工调整）, Tier (manual), Tier
  // (override)): the override, not the sheet's own grade to compare (客户分级) nor a column of ours
  // (Tier): the "Key" typed in it went unread, and the account stayed ordinary.
  if (byHandTier(split.text, raw)) return { field: "override", how: "contains", confidence: 0.7 };
  // A CRM's field with its record's name before it (Pipedrive's Organization - Last activity date, a
  // report's Account: Billing State/Province): the field's own words decide (each was no column).
  const rest = found ? raw : raw.replace(RECORD_PREFIX, "");
  if (rest !== raw) return matchHeader(splitHeader(rest), rest);
  return found;
}

/**
 * The record a CRM names before its fields (Organization - Label, Account: Billing State/Province,
 * Company - Owner): an organisation's, not a person's or a deal's (Person - Name is a contact).
 */
const RECORD_PREFIX =
  /^\s*(?:organi[sz]ations?|accounts?|compan(?:y|ies)|customers?|clients?|客户|公司|组织)\s*(?:[-–—:：|]|\.(?=\S))\s*(?=\S)/i;

/**
 * Whether a header is a tier with a parenthesis saying it is set by hand: 分级（手动）, 渠道分级（手工）,
 * 客户等级（人工调整）, Tier (manual), Customer Tier (override), Tier [by hand].
 * @example byHandTier("tier", "Tier (manual)") // true
 */
function byHandTier(folded: string, raw: string): boolean {
  return TIER_WORDS.test(folded) && BY_HAND_NOTE.test(matchForm(raw).toLowerCase());
}

/** A header's words that name a tier or a grade of the account (folded), without a parenthesis. */
const TIER_WORDS =
  /^(?:渠道|客户|经销商|终端)?(?:分级|等级|级别|分类|层级)$|^(?:channel|customer|account|client|dealer)?(?:tier|grade|class|level|classification)$/;

/** A parenthesis that says by hand (（手动）, （人工调整）, (manual), (override), [by hand]). */
const BY_HAND_NOTE =
  /[(（【[][^)）】\]]*(?:手动|手工|人工|指定|调整|manual|override|by ?hand|adjusted)[^)）】\]]*[)）】\]]/;

/** A parenthesis that says last year (（上年）, (去年), (Prior Year), (Last Year)). */
const LAST_YEAR_NOTE = /[(（][^)）]*(?:上年|去年|前年|prior ?year|last ?year|previous ?year)[^)）]*[)）]/;

/**
 * A part of the year before a header's word: 1-10月, 1至10月, 截至10月, 前三季度, 上半年, 三季度, 10月份; a
 * month or a quarter by its place (本月, 当月, 上月, 本季度, Q3) and a trailing span (近12个月, 近一年).
 */
const PART_BEFORE =
  /^(?:\d{1,2}月?份?(?:[-~～—–]|至|到)+\d{1,2}月份?|(?:截至|截止)\d{1,2}月(?:底|末)?|前[一二三两123]个?季度|[上下]半年|第?[一二三四1-4]季度|\d{1,2}月份?(?:底|末)?|[本当上]月度?|[本当上]季度?|q[1-4]|(?:近|最近|过去|滚动)(?:\d{1,2}|[一二三六十]{1,2})个月|近一年)(?:累计)?/;

/** A trailing year before a header's word (近12个月, 滚动十二个月, 近一年): no part, but a span as a year. */
const TRAILING_YEAR = /^(?:近|最近|过去|滚动)(?:12|十二)个月|^近一年/;

/**
 * A word that is the sales by its year (提货, 发货, 销售, …) after a part of the year, with or without
 * the year: 2025年1-10月提货（万元）, 今年1~10月发货, 前三季度销售, 10月份提货. The span is read from the
 * header as any sales header's is. (2025年提货 was the sales, 2025年1-10月提货 no column: a ledger's this
 * year went unread and last year's 2024年提货额 was taken for it.)
 */
function salesOfAPart(raw: string): boolean {
  if (
    periodPartOf(raw) === undefined &&
    salesPeriodOf(raw) === undefined &&
    !TRAILING_YEAR.test(matchForm(raw).trim())
  )
    return false;
  const text = matchForm(raw)
    .toLowerCase()
    .trim()
    .replace(/[(（][^)）]*[)）]$/, "");
  const word = text
    .replace(/\s+/g, "")
    .replace(/^(?:(?:19|20)?\d{2}年度?|(?:19|20)\d{2}(?=q[1-4])|今年|本年|当年)/, "")
    .replace(PART_BEFORE, "");
  if (SALES_BY_YEAR.has(word)) return true;
  // English: the sales' own word with the months, quarters, half or year around it (Shipments Jan-Oct,
  // 2025 Jan-Oct Shipments, Sell-in Q1-Q3).
  const english = text
    .replace(EN_MONTHS, " ")
    .replace(/(?<![a-z\d])q[1-4] ?(?:[-~–—]|to)+ ?q?[1-4](?![a-z\d])/g, " ")
    .replace(/(?<![a-z\d])(?:h[12]|ytd|(?:19|20)\d{2})(?![a-z\d])/g, " ");
  return FIELD_SYNONYMS.revenue.exact.includes(foldText(english));
}

/** An average's words before what it averages: 月均, 月平均, 平均每月, 日均; avg monthly, monthly average. */
const AVERAGE_BEFORE =
  /^(?:[月周日年]均|[月周日年]平均|平均每?[月周日天年]|每[月周日天年]平均)|^(?:avg\.?|average)(?:monthly|weekly|daily|annual|yearly)|^(?:monthly|weekly|daily|annual|yearly)(?:avg\.?|average)/;

/**
 * Whether a header is the sales averaged (folded): a word that is the sales with a year before it
 * (提货, 出货, 销售) or the sales' own (shipments, sell-in), after an average per month, week, day or year.
 * @example averageOfSales("月均提货") // true
 */
function averageOfSales(folded: string): boolean {
  const rest = folded.replace(AVERAGE_BEFORE, "");
  if (rest === folded || rest === "") return false;
  return SALES_BY_YEAR.has(rest) || FIELD_SYNONYMS.revenue.exact.includes(rest);
}

/** A span of English months (Jan-Oct, January to October). */
const EN_MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
const EN_MONTHS = new RegExp(`(?<![a-z])${EN_MONTH} ?(?:[-~–—]| to )+ ?${EN_MONTH}(?![a-z])`, "g");

/**
 * Last year, as an English header says it in a word of its own: LY, PY, LYTD, Prior, Previous, Last Year,
 * and the twelve months before the trailing twelve (P12M, PTTM).
 */
const PRIOR_WORD = /(?<![a-z])(?:ly|py|lytd|pytd|prior|previous|last\s*year|p12m|pttm|pltm)(?![a-z])/i;

/** Words that are the sales with a year before them (2025年发货), though alone they may be no amount. */
const SALES_BY_YEAR: ReadonlySet<string> = new Set([
  "销售",
  "提货",
  "发货",
  "出货",
  "进货",
  "开票",
  "订货",
  "拿货",
  "完成",
]);

function matchWords(folded: string): Candidate | undefined {
  if (folded === "") return undefined;
  // A header asked as a question ("Key Acct?", "是否战略客户？"): the words without the mark.
  if (folded.endsWith("?")) return matchWords(folded.replace(/\?+$/, ""));
  // A report's or a PivotTable's sum of a field as a column's header (Salesforce's Sum of Amount, 求和项:
  // 销售额): the field's (Sum of Amount was no sales, the sheet had none).
  const summed = /^(?:sumof|求和项)(.+)$/.exec(folded);
  if (summed) return matchWords(summed[1] as string);
  for (const field of FIELD_MATCH_ORDER) {
    if (FIELD_SYNONYMS[field].exact.includes(folded)) return { field, how: "exact", confidence: 1 };
  }
  // This year's sales by a word of time before an amount of sales (销售易's 本年订单金额 beside 去年订单金额:
  // no sales column was found, every account a prospect), or of the year (年度完成额 beside 年度任务: a
  // target sheet's achievement was no column, and every account a prospect).
  // So is this year's running total of one (用友's 本年累计金额 beside 上年累计金额, a two-level report's
  // 本年累计 over 金额), and an English "This Year Amount" or "Current Period Amount".
  const thisYear = folded.replace(
    /^(?:(?:本年度?|今年|当年|本期|当期|年度|全年度?)(?:累计)?|本月|当月|本季度?|当季度?|thisyear|currentyear|thisperiod|currentperiod|cy)/,
    "",
  );
  if (thisYear !== folded && FIELD_SYNONYMS.revenue.exact.includes(thisYear))
    return { field: "revenue", how: "exact", confidence: 1 };
  // A field's word with its year ("2025年实际", "FY25 Actual"): the word alone decides.
  // 全年 after the year (2024年全年销售, 2024全年提货) says the whole of it, as the year alone does.
  const bare = folded.replace(YEAR_AROUND, "").replace(/^全年度?(?=\D)/, "");
  if (bare !== folded && bare !== "") {
    for (const field of FIELD_MATCH_ORDER) {
      if (FIELD_SYNONYMS[field].exact.includes(bare)) return { field, how: "exact", confidence: 1 };
    }
    // 2025年销售, 2024年提货, 2025年发货: the sales by their year, though 销售 alone may head the
    // salesperson; 2025年完成 beside 2025年任务, what was achieved of the target.
    if (SALES_BY_YEAR.has(bare)) return { field: "revenue", how: "exact", confidence: 1 };
    // The year to date with its year (2025 YTD Sell-In, YTD 2025 Net Sales): the field's words decide.
    const toDate = bare.replace(/^ytd|ytd$/, "");
    if (toDate !== bare && FIELD_SYNONYMS.revenue.exact.includes(toDate))
      return { field: "revenue", how: "exact", confidence: 1 };
  }
  // A remark on a field (合作年限说明, 逾期原因, 信用备注, Credit Notes) is free text, not the field.
  if (REMARK.test(folded)) return undefined;
  for (const field of FIELD_MATCH_ORDER) {
    if (NOT_FOR[field]?.test(folded)) continue;
    if (FIELD_SYNONYMS[field].contains.some((w) => folded.includes(w))) {
      return { field, how: "contains", confidence: 0.7 };
    }
  }
  return undefined;
}

/** The year a header names ("2025年销售额", "Sales 2024", "FY25 Sales", "Q1'25", "1Q25"), if any. */
export function yearOf(header: string): number | undefined {
  const m = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(header);
  if (m) return Number(m[1]);
  const fiscal = /(?:^|[^a-z])fy\s*'?(\d{2})(?!\d)/i.exec(header);
  if (fiscal) return 2000 + Number(fiscal[1]);
  // A year of two digits before 年 (24年销售额, 25年1-6月), not a span of years (近10年, 合作15年以上, 10年期).
  const twoDigits = /(?:^|[^\d.近前满超余过])(\d{2})年(?![限龄以内来期])/.exec(header);
  if (twoDigits) return 2000 + Number(twoDigits[1]);
  // A year written short after an apostrophe (Q1'25, Jan '24), or after a quarter or a half (1Q25, 1H25:
  // 1H25 Sales beside 1H24 Sales was one year, no growth reckoned); not a unit such as USD '000.
  const short =
    /['’](\d{2})(?!\d)/.exec(header) ?? /(?<![a-z\d.])(?:[1-4]q|[12]h)\s*(\d{2})(?!\d)/i.exec(header);
  return short ? 2000 + Number(short[1]) : undefined;
}

/**
 * The columns a run reads, each once (grid columns, left to right): the mapping's, and every part of
 * sales kept by month (`revenueParts`).
 * @example readColumns(detectColumns(grid))
 */
export function readColumns(
  header: Pick<HeaderDetection, "mapping" | "revenueParts" | "priorRevenueParts">,
): number[] {
  const parts = [...(header.revenueParts ?? []), ...(header.priorRevenueParts ?? [])].map((p) => p.column);
  return [...new Set([...mappedColumns(header.mapping), ...parts])].sort((a, b) => a - b);
}

/**
 * The columns a mapping reads, each once (grid columns, left to right).
 * @example mappedColumns({ name: 0, revenue: 2, region: 2 }) // [0, 2]
 */
export function mappedColumns(mapping: HeaderDetection["mapping"]): number[] {
  return [...new Set(Object.values(mapping))]
    .filter((c): c is number => c !== undefined)
    .sort((a, b) => a - b);
}

/**
 * The field a cell's text names as a header ("Distributor", "年销售额（万元）"), if any: how a second
 * header row under the first (the same headers in English) is told from data.
 * @example headerFieldOf("Annual Sales (10k CNY)") // "revenue"
 */
export function headerFieldOf(cell: Cell): Field | undefined {
  if (typeof cell !== "string") return undefined;
  return matchHeader(splitHeader(cell), cell)?.field;
}

function foldOutputs(outputHeaders: DetectOptions["outputHeaders"]): Map<string, OutputKey> {
  const map = new Map<string, OutputKey>();
  if (!outputHeaders) return map;
  for (const [key, headers] of Object.entries(outputHeaders) as [OutputKey, readonly string[]][]) {
    for (const h of headers) map.set(foldText(h), key);
  }
  return map;
}

/** What one header-like text says: one of our output headers, a field's header, or nothing. */
type TextVerdict = "output" | Candidate | null;

function judgeText(cell: string, outputs: Map<string, OutputKey>): TextVerdict {
  const split = splitHeader(cell);
  if (outputs.has(foldText(cell))) return "output";
  return matchHeader(split, cell) ?? null;
}

function scoreRow(
  row: readonly Cell[],
  outputs: Map<string, OutputKey>,
  seen: Map<string, TextVerdict>,
): { score: number; hasName: boolean; texts: number } {
  let score = 0;
  let hasName = false;
  let texts = 0;
  // A text is counted once a row: a title merged across the sheet reaches the engine in every cell of
  // its area, and twenty copies of "2025年经销商台账" would outscore the header under it.
  let previous: string | undefined;
  let counted: Set<string> | undefined;
  for (const cell of row) {
    if (typeof cell !== "string" || cell.trim() === "") continue;
    if (cell === previous) continue;
    previous = cell;
    if (counted?.has(cell)) continue;
    (counted ??= new Set()).add(cell);
    texts++;
    // Data rows repeat their texts (regions, statuses): each distinct text is judged once.
    let verdict = seen.get(cell);
    if (verdict === undefined) {
      verdict = judgeText(cell, outputs);
      seen.set(cell, verdict);
    }
    if (verdict === "output") score += 0.5;
    else if (verdict !== null) {
      score += verdict.confidence;
      if (verdict.field === "name") hasName = true;
    }
  }
  return { score, hasName, texts };
}

/**
 * Finds the header row (not necessarily the first: title rows, merged titles and blank rows may sit
 * above it) and maps its columns to fields by Chinese and English synonyms. An explicit mapping wins.
 * @example detectColumns([["Distributor", "Revenue"], ["A", 1]]).mapping // { name: 0, revenue: 1 }
 */
/** Titles, notes and blank rows above the header are common; 100 rows covers any report layout seen. */
export const HEADER_SCAN_ROWS = 100;

export function detectColumns(
  rows: readonly (readonly Cell[])[],
  options: DetectOptions = {},
): HeaderDetection {
  const outputs = foldOutputs(options.outputHeaders);
  const scan = Math.min(rows.length, options.scanRows ?? HEADER_SCAN_ROWS);
  const explicit = options.mapping ?? {};
  const explicitTexts = Object.values(explicit)
    .filter((v): v is string => typeof v === "string")
    .map((t) => foldText(t));

  let best = -1;
  let bestScore = 0;
  // A mapping by column (letters or a number) says where, not what the header is called: when no row
  // reads as a header, the row with the most text (a title above has one, the data rows fewer) is taken.
  const byColumn = Object.values(explicit).some(
    (v) => typeof v === "number" || (typeof v === "string" && columnIndex(v.trim()) !== undefined),
  );
  let textiest = -1;
  let mostTexts = 0;
  const seen = new Map<string, TextVerdict>();
  for (let r = 0; r < scan; r++) {
    const row = rows[r] ?? [];
    const s = scoreRow(row, outputs, seen);
    if (s.texts > mostTexts) {
      textiest = r;
      mostTexts = s.texts;
    }
    const folded =
      explicitTexts.length === 0 ? [] : row.map((c) => (typeof c === "string" ? foldText(c) : ""));
    const explicitHits = explicitTexts.filter((t) => folded.includes(t)).length;
    const total = s.score + (s.hasName ? 2 : 0) + explicitHits * 3;
    if (s.texts >= 1 && total > bestScore && (s.score >= 1 || explicitHits > 0)) {
      best = r;
      bestScore = total;
    }
  }
  // A report of sales by customer heads its names with nothing (QuickBooks): its title says what they are.
  const report =
    best < 0 || !scoreRow(rows[best] ?? [], outputs, seen).hasName ? customerReport(rows, scan) : undefined;
  if (report && (best < 0 || best === report.headerRow)) best = report.headerRow;
  if (best < 0 && byColumn) {
    // The header is the last of the rows with the most words (texts that are no figures) before the
    // first row of data under one of them (a name in the column named by hand and a figure beside it):
    // a report's company, name and dates above its header have as many words as it has.
    const wanted = explicit.name;
    const letters = typeof wanted === "string" ? columnIndex(wanted.trim()) : undefined;
    const name =
      typeof wanted === "number"
        ? wanted
        : letters === undefined
          ? undefined
          : letters - (options.originColumn ?? 0);
    best = name === undefined ? textiest : (headerOverData(rows, scan, name) ?? textiest);
  }
  if (best < 0) {
    return {
      headerRow: -1,
      headerRows: 0,
      labels: [],
      matches: [],
      mapping: {},
      unmapped: [],
      duplicates: [],
      outputs: {},
      missing: [],
      conflicts: [],
    };
  }
  const band = headerBand(rows, best, outputs);
  const byTitle = report && report.headerRow === band.top && band.rows === 1 ? report : undefined;
  const detection = mapHeaderRow(
    rows,
    band,
    explicit,
    outputs,
    options.originColumn ?? 0,
    options.asOfYear,
    byTitle,
    options.columnFormats,
  );
  const unitNote = unitNoteAbove(rows, band);
  const periodNote = periodNoteAbove(rows, band);
  if (!unitNote && !periodNote) return detection;
  return { ...detection, ...(unitNote ? { unitNote } : {}), ...(periodNote ? { periodNote } : {}) };
}

/**
 * A title naming a report of sales by customer: "Sales by Customer Summary", "Income by Customer
 * Summary" (QuickBooks), "Income by Contact" (Xero), "Revenue by Client", "客户销售汇总表", "销售统计（按客户）".
 */
const SALES_BY_CUSTOMER =
  /(?<![a-z])(?:sales|income|revenue|turnover)\s+by\s+(?:customer|client|dealer|distributor|reseller|account|contact)s?(?![a-z])|(?:客户|经销商|往来单位)(?:销售|收入|营业额)(?:汇总|统计|排行|排名|明细)|(?:销售|收入)[^，,]{0,6}按(?:客户|经销商|往来单位)|按(?:客户|经销商|往来单位)[^，,]{0,4}(?:销售|收入)/i;

/**
 * For a mapping by column with no header read: the last of the rows with the most words before the
 * first row of data under one of them (see detectColumns), or undefined where no row has a word or no
 * row of data follows (the caller takes the row with the most text then).
 */
function headerOverData(rows: readonly (readonly Cell[])[], scan: number, name: number): number | undefined {
  const wordsOf = (row: readonly Cell[]): number => new Set(row.filter((c) => isWordCell(c))).size;
  let most = 0;
  for (let r = 0; r < scan; r++) most = Math.max(most, wordsOf(rows[r] ?? []));
  if (most === 0) return undefined;
  // A figure beside the name: a number that is no year (a header of years is no data), or one as text.
  const isFigure = (c: Cell): boolean =>
    typeof c === "number"
      ? !(Number.isInteger(c) && c >= 1900 && c <= 2100)
      : typeof c === "string" && FIGURE_TEXT.test(c.trim());
  let pick: number | undefined;
  for (let r = 0; r < scan; r++) {
    const row = rows[r] ?? [];
    if (pick !== undefined && isWordCell(row[name]) && row.some((c, i) => i !== name && isFigure(c)))
      return pick;
    if (wordsOf(row) === most) pick = r;
  }
  return undefined;
}

/** What a report heads its customers with where it names them by no field's word: Xero's Contact. */
const REPORT_NAME_HEADER = /^(?:contacts?|names?|往来单位)$/i;

/** A figure written as text: "1,200.00  ", "$600.00", "(45.00)", "12%". */
const FIGURE_TEXT = /^[-+(（]?\s*[$¥￥€£]?\s*\d[\d,.\s]*[)）]?\s*%?$/;

/** Whether a cell holds text that is no figure ("Amy's Bird Sanctuary", not "1,200.00"). */
function isWordCell(cell: Cell | undefined): boolean {
  return typeof cell === "string" && cell.trim() !== "" && !FIGURE_TEXT.test(cell.trim());
}

/**
 * A report of sales by customer whose header leaves the customers' column blank, as QuickBooks exports
 * its Sales by Customer Summary: the company, the report's name and its dates over a header of ", Total",
 * the names in the first column, "TOTAL" under them. No header read as one (nothing names a field), so
 * the report was refused ("no name column"), and mapping the name by hand took the company's name for
 * the header. Its title names what the rows are: the header is the first row under it whose text
 * starts right of a column the rows below fill with names (three of the next ten, two where fewer), or
 * starts with a word that names no field over them (Xero's Contact).
 * `rows` are the grid's; undefined where no title says so or no row fits.
 */
function customerReport(
  rows: readonly (readonly Cell[])[],
  scan: number,
): { headerRow: number; name: number; titleRow: number; title: string } | undefined {
  let titleRow = -1;
  let title = "";
  for (let r = 0; r < Math.min(scan, 10) && titleRow < 0; r++)
    for (const cell of rows[r] ?? [])
      if (typeof cell === "string" && cell.length <= 80 && SALES_BY_CUSTOMER.test(matchForm(cell))) {
        titleRow = r;
        title = cell.trim();
        break;
      }
  if (titleRow < 0) return undefined;
  for (let r = titleRow + 1; r < Math.min(scan, titleRow + 8); r++) {
    const row = rows[r] ?? [];
    const first = row.findIndex((c) => typeof c === "string" && c.trim() !== "");
    if (first < 0) continue;
    // The names under a blank cell left of the header's first text, or under a word of no field (Contact).
    const named = REPORT_NAME_HEADER.test(cellText(row[first] ?? null).trim());
    if (first === 0 && !named) continue;
    const below = rows.slice(r + 1, r + 11).filter((b) => b.some((c) => !isBlankCell(c)));
    for (let c = named ? first : 0; c <= (named ? first : first - 1); c++) {
      const names = below.filter((b) => isWordCell(b[c])).length;
      if (names >= Math.min(3, Math.max(2, below.length))) return { headerRow: r, name: c, titleRow, title };
    }
  }
  return undefined;
}

/**
 * The sales of a report of sales by customer whose header names none: right of the names, its one
 * column of figures ("Jan - Nov 25", QuickBooks Desktop's), or of several its total ("Total", "TOTAL",
 * 合计), or the latest year's beside the year before's, taken as the sales (no guess: the title says
 * what the figures are), and the year before's as last year's. The sales' column, or undefined.
 */
function salesOfReport(
  sample: readonly (readonly Cell[])[],
  name: number,
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  unmapped: { column: number; header: string }[],
): number | undefined {
  const figures = unmapped.filter((u) => {
    if (u.column <= name) return false;
    const filled = sample.filter((r) => !isBlankCell(r[u.column] ?? null));
    const numbers = filled.filter(
      (r) => typeof r[u.column] === "number" || FIGURE_TEXT.test(cellText(r[u.column] ?? null).trim()),
    );
    return filled.length > 0 && numbers.length / filled.length >= 0.6;
  });
  const totals = figures.filter((u) => TOTAL_OF_PARTS.test(splitHeader(u.header).text));
  let pick = figures.length === 1 ? figures[0] : totals[totals.length - 1];
  let prior: (typeof figures)[number] | undefined;
  if (!pick) {
    // Compared with the year before (QuickBooks' "Jan - Nov, 2025" beside "Jan - Nov, 2024 (PY)"): the
    // latest year's is the sales, the year before's (or the one marked PY) last year's.
    const dated = figures.map((u) => ({
      u,
      year: yearOf(u.header),
      py: PRIOR_WORD.test(matchForm(u.header)),
    }));
    let current: (typeof dated)[number] | undefined;
    for (const d of dated)
      if (!d.py && d.year !== undefined && (current === undefined || d.year > (current.year as number)))
        current = d;
    if (current) {
      pick = current.u;
      const year = current.year as number;
      prior = dated.find((d) => d !== current && (d.py || d.year === year - 1))?.u;
    }
  }
  if (!pick) return undefined;
  takeUnmapped(matches, mapping, unmapped, pick, "revenue", "contains", 0.7);
  if (prior && mapping.priorRevenue === undefined)
    takeUnmapped(matches, mapping, unmapped, prior, "priorRevenue", "contains", 0.7);
  return pick.column;
}

/** The months a report covers, as the rows above its header say them: the note nearest the header. */
function periodNoteAbove(
  rows: readonly (readonly Cell[])[],
  band: HeaderBand,
): HeaderDetection["periodNote"] {
  let found: HeaderDetection["periodNote"];
  for (let r = Math.max(0, band.top - 10); r < band.top; r++) {
    for (const cell of rows[r] ?? []) {
      if (typeof cell !== "string" || cell.length > 80) continue;
      const stated = titlePeriodOf(cell);
      if (stated) found = { ...stated, row: r, text: cell.trim() };
    }
  }
  return found;
}

/** The rows a header takes and its text per column (see `HeaderDetection.labels`). */
type HeaderBand = { readonly top: number; readonly rows: number; readonly labels: readonly Cell[] };

/**
 * The header found at grid row `r` with the row under or above it when the two make a two-level
 * header: a group merged across columns ("销售额（万元）" over "2024年" and "2025年"), the other headers
 * merged down both rows or left blank in one. Merged cells reach the engine as their master's value in
 * every cell of the area (both doors read them so), which is how a group shows: the same text side by
 * side with different labels under it.
 */
function headerBand(
  rows: readonly (readonly Cell[])[],
  r: number,
  outputs: Map<string, OutputKey>,
): HeaderBand {
  const here = monthsOfDates(rows[r] ?? []);
  const below = rows[r + 1] && monthsOfDates(rows[r + 1] as readonly Cell[]);
  if (below) {
    const top = carryGroups(here, below, outputs);
    if (isSubHeader(top, below, outputs)) return { top: r, rows: 2, labels: joinBand(top, below) };
  }
  const units = below && unitRow(here, below, outputs);
  if (units) return { top: r, rows: 2, labels: units };
  const above = r > 0 ? rows[r - 1] && monthsOfDates(rows[r - 1] as readonly Cell[]) : undefined;
  if (above) {
    const top = carryGroups(above, here, outputs);
    if (isSubHeader(top, here, outputs)) return { top: r - 1, rows: 2, labels: joinBand(top, here) };
  }
  return { top: r, rows: 1, labels: here };
}

/**
 * A header row's dates on the first of a month as the months they stand for ("2025-01"): a row of
 * months typed or exported as dates (2025-01, Jan-25, 2025年1月 in a date format) read as days
 * ("2025-01-01") and named no period, so this year's months beside last year's sales were unread.
 * @example monthsOfDates(["Dealer", new Date(Date.UTC(2025, 0, 1))]) // ["Dealer", "2025-01"]
 */
function monthsOfDates(row: readonly Cell[]): readonly Cell[] {
  if (!row.some((c) => c instanceof Date)) return row;
  return row.map((c) =>
    c instanceof Date && !Number.isNaN(c.getTime()) && c.getUTCDate() === 1
      ? `${c.getUTCFullYear()}-${String(c.getUTCMonth() + 1).padStart(2, "0")}`
      : c,
  );
}

/** Words that qualify the group they stand under rather than name a field: actual, year to date. */
const QUALIFIER = /^(?:实际|本年实际|本年累计|今年累计|年累计|当年累计|actuals?|ytdactual)$/;

/**
 * A group of changes over the measures it compares (同比增减 over 数量 and 金额, YoY Change over Qty and
 * Revenue): each label is its change, never the measure itself (金额 under 同比增减 read as an amount of
 * sales, and 同比增减数量 as a rate of growth: 30,000 more cases said "增至上年的301倍").
 */
const CHANGE_GROUP =
  /同比|环比|增减|增长|变动|变化|差额|差异|change|variance|growth|diff|delta|vs\.?(?:ly|py)/i;

/** Whether a label reads as a header: a field's, or one of ours (an earlier run writes its headers). */
function readsAsHeader(text: string, outputs: Map<string, OutputKey>): boolean {
  return (
    headerFieldOf(text) !== undefined || outputs.has(foldText(text)) || outputs.has(splitHeader(text).text)
  );
}

/**
 * A group's text written once over its columns, not merged: carried right over the blank cells beside
 * it whose label below is a year or a header (alone or with the group), as long as the group's own
 * first column has one too.
 * Merged cells unmerged to sort or filter keep their text in the first cell only, and Center Across
 * Selection never had more: "销售额（万元）" over "2024年" and a blank over "2025年" is the same group as
 * the merged one (the 2025年 column was lost, and last year's sales taken for this year's).
 * @example carryGroups(["名称", "销售额", null], [null, "2024年", "2025年"], outputs) // ["名称", "销售额", "销售额"]
 */
function carryGroups(
  top: readonly Cell[],
  bottom: readonly Cell[],
  outputs: Map<string, OutputKey>,
): readonly Cell[] {
  // A year, a header, or a label that makes one with its group ("等级" under "资信"); under a period
  // (本期, 上年同期, Prior Year), any word: 数量 and 金额 under it are its measures.
  const label = (group: string, b: Cell | undefined): boolean => {
    const t = typeof b === "number" ? String(b) : bandText(b ?? null);
    return (
      t !== "" &&
      (YEAR_LABEL.test(t) ||
        (typeof b === "string" && YEAR_LABEL.test(group.trim())) ||
        readsAsHeader(t, outputs) ||
        readsAsHeader(joinHeader(group, t), outputs))
    );
  };
  // Our own headers (an earlier run's, on the labels' row) stand under no group of the user's.
  const ours = (b: Cell | undefined): boolean =>
    typeof b === "string" && (outputs.has(foldText(b)) || outputs.has(splitHeader(b).text));
  let out: Cell[] | undefined;
  for (let c = 1; c < Math.max(top.length, bottom.length); c++) {
    const group = (out ?? top)[c - 1];
    if (
      isBlankCell(top[c] ?? null) &&
      typeof group === "string" &&
      group.trim() !== "" &&
      // A header merged down both rows ("所属区域" over "所属区域") is no group.
      bandText(bottom[c - 1] ?? null) !== group.trim() &&
      !ours(bottom[c]) &&
      label(group, bottom[c]) &&
      label(group, bottom[c - 1])
    ) {
      out ??= [...top];
      out[c] = group;
    }
  }
  return out ?? top;
}

const bandText = (cell: Cell): string => (typeof cell === "string" ? cell.trim() : "");
/**
 * A year or a period standing as a column's label or as a group over columns: 2024 typed as a number,
 * "2024年", "FY25", and the periods of an ERP's two-level report (用友's and 金蝶's 销售统计表: 本期 and
 * 上年同期, 本年累计 and 上年累计 over 数量 and 金额; "Current Year" and "Prior Year" over Qty and Revenue).
 * The period leads the joined header ("上年同期金额"), as it would written in one row; a group of
 * another kind gives way to a label that names a field by itself, and 金额 under 上年同期 was this
 * year's sales beside 本期金额, last year's taken from 上年同期数量.
 */
const YEAR_LABEL =
  /^((19|20)\d{2}\s*(年度?|年)?|fy\s*'?(\d{2}|\d{4})|同期|当年|(?:本年|今年|去年|上年|前年|本期|上期|当期)(?:同期)?(?:累计|度)?|累计|本月|上月|当月|本季度?|上季度?|(?:this|last|current|prior|previous)\s+(?:year|period|fy)|same\s+period\s+(?:last|prior|previous)\s+year|year\s+to\s+date|ytd|cy|py|ly)$/i;

/** Whether `bottom` holds the labels of groups merged across `top`'s columns (see `headerBand`). */
function isSubHeader(
  top: readonly Cell[],
  bottom: readonly Cell[],
  outputs: Map<string, OutputKey>,
): boolean {
  // A field's header, or one of ours (an earlier run writes its headers on the labels' row).
  const reads = (text: string): boolean => readsAsHeader(text, outputs);
  const width = Math.max(top.length, bottom.length);
  const distinct = new Set<string>();
  let grouped = 0;
  let nameColumn = -1;
  for (let c = 0; c < width; c++) {
    const t = top[c] ?? null;
    const b = bottom[c] ?? null;
    if (!isBlankCell(t) && typeof t !== "string") return false;
    const tt = bandText(t);
    const spans = tt !== "" && (bandText(top[c - 1] ?? null) === tt || bandText(top[c + 1] ?? null) === tt);
    // A year typed as a number is a label under a group, any other number is data.
    if (typeof b === "number" && !(spans && Number.isInteger(b) && b >= 1900 && b < 2100)) return false;
    if (!isBlankCell(b) && typeof b !== "string" && typeof b !== "number") return false;
    const bt = typeof b === "number" ? String(b) : bandText(b);
    if (tt !== "") distinct.add(tt);
    if (nameColumn < 0 && (headerFieldOf(t) === "name" || headerFieldOf(b) === "name")) nameColumn = c;
    if (bt === "" || bt === tt) continue;
    if (spans) grouped++;
    // A label under a header of one column must read as a header itself ("逾期天数"): data do not.
    else if (tt !== "" && !reads(bt)) return false;
    else if (tt === "" && !reads(bt) && !YEAR_LABEL.test(bt)) return false;
  }
  if (grouped < 2 || distinct.size < 2 || nameColumn < 0) return false;
  // A title merged across the sheet above the header is no group: where the name column sits under a
  // group, the group spans at most half the header ("基本信息" over the name and the region).
  const tn = bandText(top[nameColumn] ?? null);
  const bn = bandText(bottom[nameColumn] ?? null);
  if (tn === "" || bn === "" || tn === bn) return true;
  let span = 0;
  for (let c = 0; c < width; c++) if (bandText(top[c] ?? null) === tn) span++;
  return span * 2 <= width;
}

/** A unit of a count or a time, as a unit row under a header writes one (年, 天, 家, 吨, days). */
const COUNT_UNIT =
  /^(?:年|天|日|月|个月|周|次|个|家|人|吨|件|箱|台|套|瓶|条|公斤|千克|days?|years?|months?|pcs|units?|kg|t)$/i;
/** The name column's cell in a unit row: blank, or the word for unit (单位, Unit). */
const UNIT_WORD = /^(?:单位|计量单位|unit|units|uom)\s*[:：]?$/i;

/**
 * A row of units under the header (万元, %, 年, 天 under 销售额, 同比增长, 合作年限, 逾期天数), as Chinese
 * reports lay them out: each column's header with its unit, "销售额（万元）". The row was taken for a
 * distributor without a name and skipped, and the sales read in yuan: 120 (万元) was ¥120. Undefined
 * where the row is anything else: two units at least, one of them money or a percent, nothing but
 * units (or 单位 / Unit) in it, and each under a header.
 */
function unitRow(
  header: readonly Cell[],
  below: readonly Cell[],
  outputs: Map<string, OutputKey>,
): Cell[] | undefined {
  let units = 0;
  let money = false;
  const labels: Cell[] = [...header];
  for (let c = 0; c < Math.max(header.length, below.length); c++) {
    const b = below[c] ?? null;
    if (isBlankCell(b)) continue;
    if (typeof b !== "string") return undefined;
    const t = b.trim().replace(/^[（(]\s*(.*?)\s*[)）]$/, "$1");
    if (UNIT_WORD.test(t)) continue;
    const h = bandText(header[c] ?? null);
    // Our headers, which a run writes on the header's last row (here, the units'), right of the units.
    if (h === "" && outputs.has(foldText(t))) {
      labels[c] = t;
      continue;
    }
    const unit = parseUnit(t);
    if (!unit && !COUNT_UNIT.test(t)) return undefined;
    if (h === "") return undefined;
    units++;
    if (unit) money = true;
    // A header with its own unit keeps it; another gets the row's.
    if (splitHeader(h).unit === undefined)
      labels[c] = /[\u3400-\u9fff]/.test(h) ? `${h}（${t}）` : `${h} (${t})`;
  }
  return units >= 2 && money ? labels : undefined;
}

/** Each column's text in a two-level header: the group and the label joined, the label alone, or the group alone. */
function joinBand(top: readonly Cell[], bottom: readonly Cell[]): Cell[] {
  const width = Math.max(top.length, bottom.length);
  const labels: Cell[] = new Array(width).fill(null);
  for (let c = 0; c < width; c++) {
    const t = bandText(top[c] ?? null);
    const b = bottom[c];
    const bt = typeof b === "number" ? String(b) : bandText(b ?? null);
    if (bt === "" || bt === t) labels[c] = t === "" ? null : t;
    else if (t === "") labels[c] = bt;
    // A year over the columns: "2024年" over "销售额" and "回款额".
    else if (YEAR_LABEL.test(t)) labels[c] = yearFirst(t, bt);
    // A label that names a field by itself ("逾期天数" under "资信", "经销商名称" under "基本信息") is
    // that field: the group only gathers the columns, and lends its unit to a label without one. A
    // word that only qualifies its group ("Actual" under "Sales") joins it.
    else if (
      headerFieldOf(bt) !== undefined &&
      !YEAR_LABEL.test(bt) &&
      !QUALIFIER.test(foldText(bt)) &&
      !CHANGE_GROUP.test(t)
    )
      labels[c] = withUnitOf(t, bt);
    else labels[c] = joinHeader(t, bt);
  }
  return labels;
}

/** Two header words side by side, a space between Latin ones ("Sales" "Target", not "2024年" "销售额"). */
function spaced(a: string, b: string): string {
  return /[A-Za-z0-9)]$/.test(a) && /^[A-Za-z0-9(]/.test(b) ? `${a} ${b}` : `${a}${b}`;
}

/** A group's trailing unit in parentheses, split off: "销售额（万元）" → ["销售额", "（万元）"]. */
function trailingUnit(header: string): [string, string] | undefined {
  const m = /^(.*?)\s*([（(【[][^（()）【】[\]]*[）)】\]])\s*$/.exec(header);
  return m && m[1] !== "" ? [m[1] as string, m[2] as string] : undefined;
}

/** A year and a header's words, the year first; "2025年" and "年度销售额" share their 年: 2025年度销售额. */
function yearFirst(year: string, words: string): string {
  if (/年$/.test(year) && /^年度/.test(words)) return `${year.slice(0, -1)}${words}`;
  if (/年$/.test(year) && /^年/.test(words)) return `${year}${words.slice(1)}`;
  return spaced(year, words);
}

/** A label with its group's unit where it has none of its own: "回款额" under "销售额（万元）" → "回款额（万元）". */
function withUnitOf(group: string, label: string): string {
  const unit = trailingUnit(group);
  if (!unit || splitHeader(label).unit || splitHeader(unit[1]).unit === undefined) return label;
  return `${label}${/^[（【]/.test(unit[1]) ? "" : " "}${unit[1]}`;
}

/**
 * A group's header and a column's label as one header: a year leads ("2024年销售额（万元）", the
 * group's own 年 not repeated: "2024年度销售额"), another label follows the group's words, before its
 * unit ("资信" + "等级" → "资信等级", "Sales (RMB 10k)" + "Target" → "Sales Target (RMB 10k)").
 */
function joinHeader(group: string, label: string): string {
  if (YEAR_LABEL.test(label)) return yearFirst(label, group);
  const unit = trailingUnit(group);
  if (unit) return `${spaced(unit[0], label)}${/^[（【]/.test(unit[1]) ? "" : " "}${unit[1]}`;
  return spaced(group, label);
}

/** "单位：万元", "金额单位：万元", "Unit: RMB'000", "(in RMB thousands)" as a whole note. */
const UNIT_NOTE =
  /^[（(]?\s*(?:(?:金额|货币|数据)?单位|unit|units|amounts?\s+in|in)\s*[:：]?\s*([^)）]+?)\s*[)）]?$/i;

/** "币种：美元", "货币：USD", "Currency: USD", "币别：人民币" as a whole note: the currency of every amount. */
const CURRENCY_NOTE = /^[（(]?\s*(?:币种|币别|货币|currency)\s*[:：]\s*([^)）]+?)\s*[)）]?$/i;

/** The currency a currency note names: a foreign one by its words or code, yuan by 人民币, RMB or CNY. */
function currencyOfNote(text: string): Currency | undefined {
  const unit = parseUnit(text);
  if (unit?.currency && unit.multiplier === 1) return unit.currency;
  return /^(?:人民币|人民币元|元|rmb|cny|¥|￥)$/i.test(text.trim()) ? "CNY" : undefined;
}

/** A PivotTable's data caption: "求和项:销售额（万元）", "Sum of Revenue (RMB 10k)"; the field after it. */
const PIVOT_CAPTION = /^(?:求和项|sum\s+of)\s*[:：]?\s*(.+)$/i;

/**
 * A money unit stated once for the sheet in the rows above the header, as Chinese reports do under their
 * title, or in a cell of its own at the header row's end: the last such note found. In the header, only a
 * cell that is nothing but the note counts ("销售额（单位：万元）" is that column's unit, not the sheet's).
 */
function unitNoteAbove(rows: readonly (readonly Cell[])[], band: HeaderBand): HeaderDetection["unitNote"] {
  let found: { unit: HeaderUnit; row: number; text: string } | undefined;
  let currency: { currency: Currency; row: number; text: string } | undefined;
  for (let r = Math.max(0, band.top - 10); r < band.top + band.rows; r++) {
    for (const cell of rows[r] ?? []) {
      if (typeof cell !== "string" || cell.length > 40) continue;
      // The note may share its cell with the title: "2025年经销商销售情况（单位：万元）".
      const parts = r < band.top ? cell.split(/\s{2,}|[，,;；]\s*|(?=[（(](?:金额|货币|数据)?单位)/) : [cell];
      for (const part of parts) {
        // A PivotTable's data caption over its table: its field's unit is the unit of every figure.
        const pivot = r < band.top ? PIVOT_CAPTION.exec(part.trim()) : null;
        const captionUnit = pivot ? splitHeader(pivot[1] as string).unit : undefined;
        if (captionUnit && !captionUnit.percent && captionUnit.multiplier !== 1) {
          found = { unit: captionUnit, row: r, text: part.trim() };
          continue;
        }
        const named = CURRENCY_NOTE.exec(part.trim());
        const noted = named ? currencyOfNote(named[1] as string) : undefined;
        if (noted) {
          currency = { currency: noted, row: r, text: part.trim() };
          continue;
        }
        const m = UNIT_NOTE.exec(part.trim());
        const unit = m ? parseUnit(m[1] as string) : undefined;
        if (
          unit &&
          !unit.percent &&
          /元|rmb|cny|yuan|¥|￥|万|千|亿|k|'000|thousand|million/i.test(m?.[1] ?? "")
        )
          found = { unit, row: r, text: part.trim() };
      }
    }
  }
  // A currency noted apart ("币种：美元" beside "单位：千元") is the unit's currency.
  if (!currency) return found;
  if (!found)
    return {
      unit: { label: currency.text, multiplier: 1, percent: false, currency: currency.currency },
      row: currency.row,
      text: currency.text,
      currencyOnly: true,
    };
  return found.unit.currency ? found : { ...found, unit: { ...found.unit, currency: currency.currency } };
}

function mapHeaderRow(
  rows: readonly (readonly Cell[])[],
  band: HeaderBand,
  explicit: ExplicitMapping,
  outputs: Map<string, OutputKey>,
  originColumn: number,
  asOfYear: number | undefined,
  report?: { readonly name: number; readonly titleRow: number; readonly title: string },
  columnFormats?: readonly (string | undefined)[],
): HeaderDetection {
  const headerRow = band.top;
  const header = band.labels;
  // Columns right of the header's last cell have no header: only an explicit column (a number or
  // letters) can name one, so only then is every row's width read (a million row arrays touched costs
  // ~20 ms).
  let widest = -1;
  const widthOfAll = (): number => {
    if (widest < 0) {
      widest = header.length;
      for (let r = 0; r < rows.length; r++) widest = Math.max(widest, (rows[r] as readonly Cell[]).length);
    }
    return widest;
  };
  const matches: ColumnMatch[] = [];
  const mapping: Partial<Record<Field, number>> = {};
  const unmapped: { column: number; header: string }[] = [];
  const duplicates: { column: number; header: string; field: Field }[] = [];
  const outputCols: Partial<Record<OutputKey, number>> = {};
  const missing: { field: Field; wanted: string }[] = [];
  const conflicts: { field: Field; other: Field; column: number }[] = [];
  const explicitAt = new Map<number, Field>();
  const taken = new Set<number>();

  for (const [field, wanted] of Object.entries(explicit) as [Field, string | number][]) {
    let column = -1;
    if (typeof wanted === "number") {
      column = wanted >= 0 && (wanted < header.length || wanted < widthOfAll()) ? wanted : -1;
    } else {
      const target = foldText(wanted);
      const at = (cells: readonly Cell[]): number =>
        cells.findIndex((c) => !isBlankCell(c) && foldText(cellText(c)) === target);
      column = at(header);
      // Under a group, a column's own label names it too ("2025年" for "2025年销售额（万元）").
      if (column < 0 && band.rows === 2) column = at(rows[band.top + 1] ?? []);
      const letters = column < 0 ? columnIndex(wanted.trim()) : undefined;
      if (letters !== undefined) {
        const c = letters - originColumn;
        if (c >= 0 && (c < header.length || c < widthOfAll())) column = c;
      }
    }
    if (column < 0) {
      missing.push({ field, wanted: String(wanted) });
      continue;
    }
    // One column, two fields (--map name=B --map region=B): the second is refused, not read twice.
    const other = explicitAt.get(column);
    if (other !== undefined) {
      conflicts.push({ field, other, column });
      continue;
    }
    explicitAt.set(column, field);
    const text = cellText(header[column]);
    mapping[field] = column;
    taken.add(column);
    matches.push({
      column,
      header: text,
      field,
      how: "explicit",
      confidence: 1,
      unit: splitHeader(text).unit,
    });
  }

  for (let c = 0; c < header.length; c++) {
    if (taken.has(c)) continue;
    const cell = header[c];
    if (isBlankCell(cell)) continue;
    const text = cellText(cell);
    const split = splitHeader(text);
    // Our header as we write it, whole: with a parenthesis it is the user's (Tier (2024), last year's;
    // 分级（手动）, set by hand), which we never write over.
    const out = outputs.get(foldText(text));
    if (out !== undefined) {
      // Ours are written right of the user's data: with two columns headed alike ("Tier"), the
      // rightmost is ours, the other is the user's and is never written over.
      outputCols[out] = c;
      continue;
    }
    const m = matchHeader(split, text);
    if (!m) {
      unmapped.push({ column: c, header: text });
      continue;
    }
    const held = mapping[m.field];
    if (held !== undefined) {
      // A header that is the field's own word outranks one that only holds it, whichever comes first:
      // 信用期 (a credit term) left of 信用评级 took the credit and the rating went unread, every row's
      // 30 or 60 days said to be no grade. (Not over a column mapped by hand; nor for the name, the
      // owner, the region and the sales, whose rivals the steps below weigh by what they are.)
      const at = matches.findIndex((x) => x.column === held);
      const heldMatch = matches[at];
      if (m.how !== "exact" || heldMatch?.how !== "contains" || WEIGHED_LATER.has(m.field)) {
        duplicates.push({ column: c, header: text, field: m.field });
        continue;
      }
      // In column order, as the findings on them are said.
      const before = duplicates.findIndex((x) => x.column > held);
      const displaced = { column: held, header: heldMatch.header, field: m.field };
      duplicates.splice(before < 0 ? duplicates.length : before, 0, displaced);
      matches.splice(at, 1);
    }
    mapping[m.field] = c;
    matches.push({
      column: c,
      header: text,
      field: m.field,
      how: m.how,
      confidence: m.confidence,
      unit: split.unit,
    });
  }

  if (!explicitAt.has(mapping.name ?? -1))
    preferRival("name", PARENT_NAME, false, matches, mapping, duplicates);
  // The full name over a short one left of it (客户简称 before 客户名称 was taken for the name).
  if (!explicitAt.has(mapping.name ?? -1))
    preferRival("name", SHORT_NAME, true, matches, mapping, duplicates);
  if (!explicitAt.has(mapping.owner ?? -1))
    preferRival("owner", LINE_MANAGER, true, matches, mapping, duplicates);
  if (!explicitAt.has(mapping.tenure ?? -1))
    preferRival("tenure", RECORD_DATE, true, matches, mapping, duplicates);
  preferCurrent(matches, mapping, duplicates, explicitAt, asOfYear);
  if (!explicitAt.has(mapping.revenue ?? -1)) preferThisMonth(matches, mapping, duplicates);
  const sample = rows.slice(band.top + band.rows, band.top + band.rows + 200);
  if (!explicitAt.has(mapping.name ?? -1)) nameOverNumbers(sample, matches, mapping, unmapped, duplicates);
  if (!explicitAt.has(mapping.revenue ?? -1)) figuresOverText(sample, matches, mapping, unmapped, duplicates);
  gradeByCells(sample, matches, mapping, unmapped, explicitAt);
  statusByCells(sample, matches, mapping, unmapped, explicitAt);
  if (mapping.intent === undefined) intentByCells(sample, matches, mapping, unmapped);
  salesModeBeside(sample, matches, mapping, duplicates);
  kindByCells(sample, matches, mapping, unmapped, explicitAt);
  paymentStandingByCells(sample, matches, mapping, unmapped, duplicates, explicitAt);
  const growthInMoney =
    mapping.growth === undefined &&
    growthByCells(sample, matches, mapping, unmapped, columnFormats) === "money";
  const overdueBuckets = agingColumns(header, matches, mapping, unmapped, duplicates, explicitAt);
  const overdueAmount = overdueBuckets
    ? undefined
    : (overdueAmountColumn(matches, mapping, unmapped) ??
      overdueMoneyByCells(sample, matches, mapping, explicitAt, columnFormats));
  // Last year's first: this year's is then the one of its measure (see preferMoney).
  for (const field of ["priorRevenue", "revenue"] as const)
    if (!explicitAt.has(mapping[field] ?? -1)) preferMoney(field, matches, mapping, duplicates);
  let revenueParts: Parts | undefined;
  let priorParts: Parts | undefined;
  if (!explicitAt.has(mapping.revenue ?? -1)) preferNet(header, matches, mapping, duplicates);
  if (!explicitAt.has(mapping.revenue ?? -1)) preferDealRevenue(matches, mapping, duplicates);
  const companyRevenue = explicitAt.has(mapping.revenue ?? -1)
    ? undefined
    : companySizeNotSales(header, matches, mapping, duplicates, unmapped);
  if (
    !explicitAt.has(mapping.revenue ?? -1) &&
    (mapping.currency !== undefined || ORIGINAL_CURRENCY.test(cellText(header[mapping.revenue ?? -1])))
  )
    preferOneCurrency(matches, mapping, duplicates);
  if (!explicitAt.has(mapping.revenue ?? -1)) {
    lastYearBesideParts(
      rows.slice(band.top + band.rows, band.top + band.rows + 50),
      matches,
      mapping,
      duplicates,
    );
    preferWholeYear(matches, mapping, duplicates);
    preferYearToDate(matches, mapping, duplicates);
    preferOverLifetime(matches, mapping, duplicates);
    const summed = sumOfParts(matches, mapping, duplicates);
    revenueParts = summed?.revenue;
    priorParts = summed?.prior;
    preferLatestYear(matches, mapping, duplicates);
    if (asOfYear !== undefined && !explicitAt.has(mapping.priorRevenue ?? -1))
      lastYearByItsYear(matches, mapping, duplicates, asOfYear);
    if (!revenueParts) {
      const split = salesByLine(matches, mapping, duplicates, unmapped);
      revenueParts = split?.revenue;
      priorParts = split?.prior;
    }
  }
  if (!explicitAt.has(mapping.priorRevenue ?? -1))
    samePeriodPrior(matches, mapping, duplicates, revenueParts);
  rivalsOfLastYear(header, mapping, duplicates);
  // Under a PivotTable's caption that names the sales ("求和项:销售额（万元）"), its columns are the sales by
  // the caption's word: a total or the years taken there are no guess.
  const captioned = salesCaptionAbove(rows, band) || report !== undefined;
  if (!explicitAt.has(mapping.revenue ?? -1) && !explicitAt.has(mapping.priorRevenue ?? -1) && !revenueParts)
    revenueParts = partsBesideLastYear(
      rows.slice(band.top + band.rows, band.top + band.rows + 50),
      matches,
      mapping,
      unmapped,
    );
  if (mapping.revenue === undefined) guessTotalOfPeriods(matches, mapping, unmapped, captioned);
  // Under a title of sales by customer, its one column of figures, or its total, is the sales.
  const reportSales =
    report && mapping.revenue === undefined
      ? salesOfReport(
          rows.slice(band.top + band.rows, band.top + band.rows + 50),
          report.name,
          matches,
          mapping,
          unmapped,
        )
      : undefined;
  if (mapping.revenue === undefined) {
    const sample = rows.slice(band.top + band.rows, band.top + band.rows + 50);
    const guessed = guessParts(sample, matches, mapping, unmapped);
    revenueParts = guessed?.revenue;
    priorParts = guessed?.prior;
  }
  if (mapping.revenue === undefined) guessYearColumns(rows, band, matches, mapping, unmapped, captioned);
  else if (
    asOfYear !== undefined &&
    mapping.priorRevenue === undefined &&
    !revenueParts &&
    !explicitAt.has(mapping.revenue)
  )
    laterYearBeside(
      rows.slice(band.top + band.rows, band.top + band.rows + 50),
      matches,
      mapping,
      unmapped,
      asOfYear,
    );

  runningTotalNotOwed(sample, matches, mapping, unmapped, explicitAt);

  if (!explicitAt.has(mapping.region ?? -1))
    preferCoarserRegion(
      rows.slice(band.top + band.rows, band.top + band.rows + 200),
      matches,
      mapping,
      duplicates,
    );

  const nameByTitle =
    report !== undefined &&
    mapping.name === undefined &&
    !taken.has(report.name) &&
    !Object.values(mapping).includes(report.name);
  if (nameByTitle) {
    // Under a word of no field (Xero's Contact) the column was left unread; under a blank cell, unlisted.
    const unread = unmapped.find((u) => u.column === report.name);
    if (unread) takeUnmapped(matches, mapping, unmapped, unread, "name", "contains", 0.7);
    else {
      mapping.name = report.name;
      matches.push({
        column: report.name,
        header: "",
        field: "name",
        how: "contains",
        confidence: 0.7,
        unit: undefined,
      });
    }
  }
  if (mapping.name === undefined) guessNameColumn(rows, band, taken, outputCols, matches, mapping, unmapped);
  matches.sort((a, b) => a.column - b.column);
  const totalled = revenueParts ? undefined : partsTotalled(header, mapping.revenue);
  const revenueTotalOf = totalled?.parts;
  return {
    headerRow,
    headerRows: band.rows,
    labels: header,
    ...(report && (nameByTitle || reportSales !== undefined)
      ? {
          reportTitle: {
            row: report.titleRow,
            text: report.title,
            ...(nameByTitle ? { name: report.name } : {}),
            ...(reportSales === undefined ? {} : { sales: reportSales }),
          },
        }
      : {}),
    matches,
    mapping,
    unmapped,
    duplicates,
    ...(revenueParts ? { revenueParts } : {}),
    ...(priorParts ? { priorRevenueParts: priorParts } : {}),
    ...(revenueTotalOf ? { revenueTotalOf } : {}),
    ...(totalled?.namesYear ? { revenueTotalNamesYear: true } : {}),
    ...(overdueBuckets ? { overdueBuckets } : {}),
    ...(overdueAmount ? { overdueAmount } : {}),
    ...(growthInMoney ? { growthInMoney: true as const } : {}),
    ...(companyRevenue ? { companyRevenue } : {}),
    outputs: outputCols,
    missing,
    conflicts,
  };
}

type Rival = { column: number; header: string; field: Field };

/**
 * A rival of the sales named by last year's year, where last year's column is that year's and the sales
 * another's (2025年回款额 beside 2025年销售额, under 2026年销售额 and 2026年回款额): last year's rival, said
 * beside last year's column. It was said to look like the sales beside 2026年销售额.
 */
function rivalsOfLastYear(
  header: readonly Cell[],
  mapping: Partial<Record<Field, number>>,
  duplicates: Rival[],
): void {
  const sales = mapping.revenue;
  const prior = mapping.priorRevenue;
  if (sales === undefined || prior === undefined) return;
  const lastYear = yearOf(cellText(header[prior]));
  const thisYear = yearOf(cellText(header[sales]));
  if (lastYear === undefined || thisYear === undefined || lastYear >= thisYear) return;
  for (const [k, d] of duplicates.entries())
    if (d.field === "revenue" && yearOf(d.header) === lastYear)
      duplicates[k] = { ...d, field: "priorRevenue" };
}

/** The money owed past due, by a header's words: 逾期金额, 逾期账款, 超期欠款, 逾期应收, Past Due Balance. */
const OVERDUE_MONEY =
  /(?:逾期|超期|拖欠|overdue|pastdue).*(?:金额|余额|账款|款项|款额|欠款|应收|款$|amount|amt|balance|value|ar$)|(?:amount|amt|balance)(?:overdue|pastdue)/;

/** A header's words that say overdue and nothing else (逾期, 超期, Past Due, Overdue). */
const OVERDUE_ALONE = /^(?:逾期|超期|已逾期|overdue|pastdue)$/;

/**
 * The money an account owes past due, where nothing gives its days (逾期金额（万元）, Overdue Amount): it
 * was left unread, or read as days (超期欠款（元）: 30,000 yuan overdue were 30,000 days), and a balance
 * past due behind an A rating stayed A. An amount above zero is overdue, for days the sheet does not say.
 */
function overdueAmountColumn(
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  unmapped: { column: number; header: string }[],
): { column: number; header: string } | undefined {
  if (mapping.overdue !== undefined) return undefined;
  const found = unmapped.find((u) => {
    const split = splitHeader(u.header);
    const text = foldText(split.text);
    // Or overdue with a unit of money (Past Due $, Overdue (USD), 逾期（万元）).
    if (OVERDUE_ALONE.test(text) && isMoneyUnit(split.unit)) return true;
    return OVERDUE_MONEY.test(text) && !/笔数|次数|率|占比|count|ratio|rate|share|days|天/.test(text);
  });
  if (found) takeUnmapped(matches, mapping, unmapped, found, "overdue");
  return found;
}

/**
 * A change against last year whose header does not say in what (vs PY, vs LY, vs Prior Year, Var vs PY,
 * Diff vs LY, Δ vs PY, 较上年, 比上年, 同比上年): a rate or an amount, as its cells show. With a % (Var % vs
 * PY, vs PY %) a rate.
 */
const CHANGE_VS_LAST_YEAR =
  /^(?:(?:var(?:iance)?|diff(?:erence)?|δ|delta|chg|change)(%)?)?(?:vs\.?|versus|to)(?:py|ly|lastyear|prioryear|previousyear|pytd|lytd)(%)?$|^(?:较|比|同比)(?:上年|去年)(?:同期)?$/;

/**
 * A change against last year headed without its unit (vs PY, vs LY, Var vs PY, 较上年, 比上年) is the growth:
 * a rate where its cells are rates (in a percent format, typed with %, or fractions: no figure past ±10,
 * some with a decimal), an amount where they are money (in a currency format, typed with its sign, or
 * figures of a hundred or more: vs PY 12,400; 12 or -15 may be points), in four of five of its figures,
 * three at least. Each was no column, and no account had a growth. "money" where it is an amount, read in
 * the sales' unit, which then gives last year's sales.
 */
function growthByCells(
  sample: readonly (readonly Cell[])[],
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  unmapped: { column: number; header: string }[],
  columnFormats: readonly (string | undefined)[] = [],
): "rate" | "money" | undefined {
  for (const u of unmapped) {
    const split = splitHeader(u.header);
    const named = CHANGE_VS_LAST_YEAR.exec(foldText(split.text));
    if (!named) continue;
    const percent = named[1] !== undefined || named[2] !== undefined || split.unit?.percent === true;
    const inPercent = percent || isPercentFormat(columnFormats[u.column]);
    const inCurrency = currencyFromNumberFormat(columnFormats[u.column]) !== undefined;
    let figures = 0;
    let rates = 0;
    let amounts = 0;
    let zeros = 0;
    for (const row of sample) {
      const cell = row[u.column] ?? null;
      if (isBlankCell(cell)) continue;
      const parsed = parseNumber(cell);
      if (parsed.kind !== "value") continue;
      figures++;
      const typed = typeof cell === "string" && /%\s*$/.test(cell);
      const fraction = Math.abs(parsed.value) <= 10 && !Number.isInteger(parsed.value);
      if (parsed.value === 0 && !typed && !inPercent) zeros++;
      if (inPercent || typed || fraction || parsed.value === 0) rates++;
      const signed = typeof cell === "string" && /[¥$€£]/.test(cell);
      if (
        !inPercent &&
        !typed &&
        (inCurrency || signed || parsed.value === 0 || Math.abs(parsed.value) >= 100)
      )
        amounts++;
    }
    // Zeros say nothing of a rate or an amount: one rate (or amount) at least beside them.
    if (figures < 3) continue;
    const kind =
      rates >= 0.8 * figures && rates > zeros
        ? "rate"
        : amounts >= 0.8 * figures && amounts > zeros && !split.quantity
          ? "money"
          : undefined;
    if (kind === undefined) continue;
    takeUnmapped(matches, mapping, unmapped, u, "growth", "exact", 0.8);
    return kind;
  }
  return undefined;
}

/** Days overdue past this many (ten years) are no days anyone counts: money. */
const DAYS_IMPLAUSIBLE = 3650;

/**
 * A column headed overdue and nothing more (Past Due, Overdue, 逾期, 超期) whose cells are money, not
 * days: cents (1,234.56) or sums no days reach (past ten years), in half its figures above zero, two at
 * least, or a currency sign typed with them ($1,234) or in their number format ("$"#,##0.00). QuickBooks
 * and NetSuite head the balance past due so; each such balance was read as days (an account owing 250.00
 * was 250 days late, and D). The amount is then read as any 逾期金额 is; a column mapped by hand stays as
 * mapped. The figure returned is one that showed it (the first in a currency format, else the first money).
 */
function overdueMoneyByCells(
  sample: readonly (readonly Cell[])[],
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  explicitAt: ReadonlyMap<number, Field>,
  columnFormats: readonly (string | undefined)[] = [],
): { column: number; header: string; byCells: number } | undefined {
  const c = mapping.overdue;
  if (c === undefined || explicitAt.has(c)) return undefined;
  const match = matches.find((m) => m.column === c && m.field === "overdue");
  if (!match || !OVERDUE_ALONE.test(foldText(splitHeader(match.header).text))) return undefined;
  let positive = 0;
  let money = 0;
  let signed = 0;
  let example: number | undefined;
  // Or its cells are shown in a currency (QuickBooks' and a CSV's $1,250.00 as Excel imports it).
  const currency = currencyFromNumberFormat(columnFormats[c]) !== undefined;
  for (const row of sample) {
    const cell = row[c];
    const parsed = parseNumber(cell ?? null);
    if (parsed.kind !== "value" || parsed.value <= 0) continue;
    positive++;
    const sign = typeof cell === "string" && /[$¥￥€£]|元/.test(cell);
    if (sign) signed++;
    if (currency) example ??= parsed.value;
    if (sign || !Number.isInteger(Math.round(parsed.value * 1e6) / 1e6) || parsed.value > DAYS_IMPLAUSIBLE) {
      money++;
      example ??= parsed.value;
    }
  }
  const isMoney = currency || signed >= 1 || (money >= 2 && money * 2 >= positive);
  return isMoney && example !== undefined ? { column: c, header: match.header, byCells: example } : undefined;
}

/** A column of an aging: the amounts owed between `from` and `to` days overdue (to Infinity: open). */
export type AgingColumn = {
  readonly column: number;
  readonly header: string;
  readonly from: number;
  readonly to: number;
};

/**
 * An accounts-receivable aging laid out as columns (未到期, 1-30天, 31-60天, 61-90天, 90天以上; Current,
 * 1-30 Days, Over 90 Days), each the amount in its bucket: the days overdue are the oldest bucket with an
 * amount. They were read as one column or none: 账龄0-30天 was the days overdue, its 10万元 ten days, and
 * a balance more than 90 days past due left the credit A. Two buckets at least, one past due; a days
 * column of its own (逾期天数) stays the days, and one mapped by hand is as mapped.
 */
function agingColumns(
  header: readonly Cell[],
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  unmapped: { column: number; header: string }[],
  duplicates: Rival[],
  explicitAt: ReadonlyMap<number, Field>,
): AgingColumn[] | undefined {
  const days = mapping.overdue;
  if (days !== undefined && (explicitAt.has(days) || !agingBucketOfHeader(cellText(header[days]))))
    return undefined;
  const found: AgingColumn[] = [];
  for (let c = 0; c < header.length; c++) {
    const text = cellText(header[c]);
    const bucket = text === "" || explicitAt.has(c) ? undefined : agingBucketOfHeader(text);
    const free =
      days === c ||
      unmapped.some((u) => u.column === c) ||
      duplicates.some((d) => d.column === c && d.field === "overdue");
    if (bucket && free) found.push({ column: c, header: text, ...bucket });
  }
  if (found.length < 2 || !found.some((b) => b.from > 0)) return undefined;
  // Beside a bucket not yet due (Current, 未到期), one within a bound (< 1 Month, 30天以内) is overdue
  // already: from its first day (it read as not due, and an account owing there stayed A).
  if (found.some((b) => b.to === 0))
    for (const [k, b] of found.entries()) if (b.from === 0 && b.to > 0) found[k] = { ...b, from: 1 };
  // The last bucket by its word alone (Xero's Older, 更早, 更久), past the others' bounds.
  const last = Math.max(...found.map((b) => b.to));
  if (Number.isFinite(last) && last > 0)
    for (let c = 0; c < header.length; c++) {
      const text = cellText(header[c]);
      const free =
        unmapped.some((u) => u.column === c) ||
        duplicates.some((d) => d.column === c && d.field === "overdue");
      if (free && !explicitAt.has(c) && /^(?:older|olderthanthat|更早|更久|更长)$/.test(foldText(text)))
        found.push({ column: c, header: text, from: last + 1, to: Number.POSITIVE_INFINITY });
    }
  const columns = new Set(found.map((b) => b.column));
  for (let k = unmapped.length - 1; k >= 0; k--)
    if (columns.has(unmapped[k]?.column ?? -1)) unmapped.splice(k, 1);
  for (let k = duplicates.length - 1; k >= 0; k--)
    if (columns.has(duplicates[k]?.column ?? -1)) duplicates.splice(k, 1);
  found.sort((a, b) => b.from - a.from);
  const oldest = found[0] as AgingColumn;
  const at = matches.findIndex((m) => m.field === "overdue");
  const match: ColumnMatch = {
    column: oldest.column,
    header: oldest.header,
    field: "overdue",
    how: "contains",
    confidence: 0.8,
    unit: undefined,
  };
  if (at >= 0) matches.splice(at, 1, match);
  else matches.push(match);
  mapping.overdue = oldest.column;
  return found;
}

/** A customer number as ERPs write one: 100001, C-1001, KH1000, 0000100234. */
const NUMBER_LIKE = /^[a-z]{0,4}[-_.]?\d{3,}[a-z]?$/i;

/**
 * The share of a column's filled cells in the sample that pass `test`; undefined under three filled
 * cells, too few to tell a column by.
 */
function shareOfFilled(
  sample: readonly (readonly Cell[])[],
  column: number,
  test: (cell: Cell) => boolean,
): number | undefined {
  let filled = 0;
  let passed = 0;
  for (const row of sample) {
    const cell = row[column] ?? null;
    if (isBlankCell(cell)) continue;
    filled++;
    if (test(cell)) passed++;
  }
  return filled >= 3 ? passed / filled : undefined;
}

/**
 * A name column whose cells are numbers (SAP's Sold-To Party holding 100001, beside Customer Name) gives
 * way to a rival whose cells are names: every account was named by its number, in the notes and the
 * lists, and the names left unread. The numbers are then the code, where no column is. Three filled
 * cells at least; four in five numbers, against one in five at most.
 */
function nameOverNumbers(
  sample: readonly (readonly Cell[])[],
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  unmapped: { column: number; header: string }[],
  duplicates: Rival[],
): void {
  const numbered = (column: number): number | undefined =>
    shareOfFilled(
      sample,
      column,
      (cell) => typeof cell === "number" || NUMBER_LIKE.test(cellText(cell).trim()),
    );
  const column = mapping.name;
  const first = matches.find((m) => m.field === "name" && m.column === column);
  if (column === undefined || !first || (numbered(column) ?? 0) < 0.8) return;
  const pick = duplicates.find((d) => d.field === "name" && (numbered(d.column) ?? 1) <= 0.2);
  if (!pick) return;
  takeRival(first, pick, false, matches, mapping, duplicates);
  if (mapping.code === undefined) {
    mapping.code = column;
    matches.push({ ...first, field: "code", how: "contains", confidence: 0.8 });
  } else {
    unmapped.push({ column, header: first.header });
    unmapped.sort((a, b) => a.column - b.column);
  }
}

/**
 * The sales column whose cells are words, not figures (Inside Sales holding the reps' names, left of
 * Revenue (USD)), gives way to a rival that holds figures: it was taken for the sales, the figures left
 * as a rival, and every account's sales "could not be read", each a prospect. The column of words is
 * left unread, and so is a rival of words beside the figures, not asked about on every run. Three
 * filled cells at least; at most one in five a figure, three in five of the rival's.
 */
function figuresOverText(
  sample: readonly (readonly Cell[])[],
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  unmapped: { column: number; header: string }[],
  duplicates: Rival[],
): void {
  const figures = (column: number): number | undefined =>
    shareOfFilled(sample, column, (cell) => parseNumber(cell).kind === "value");
  const column = mapping.revenue;
  const first = matches.find((m) => m.field === "revenue" && m.column === column);
  if (column === undefined || !first) return;
  const words = (c: number): boolean => (figures(c) ?? 1) <= 0.2;
  if (words(column)) {
    const pick = duplicates.find((d) => d.field === "revenue" && (figures(d.column) ?? 0) >= 0.6);
    if (!pick) return;
    takeRival(first, pick, false, matches, mapping, duplicates);
    unmapped.push({ column, header: first.header });
  }
  // Beside the sales in figures, a rival of words is no sales to ask about (Inside Sales right of
  // Revenue was said on every run to look like the sales).
  for (let k = duplicates.length - 1; k >= 0; k--) {
    const d = duplicates[k] as Rival;
    if (d.field !== "revenue" || !words(d.column)) continue;
    duplicates.splice(k, 1);
    unmapped.push({ column: d.column, header: d.header });
  }
  unmapped.sort((a, b) => a.column - b.column);
}

/**
 * A column of how an account pays whose cells say it in words (回款情况: 按时回款 / 拖欠 / 严重拖欠; Payment
 * Status: On time / Late) is the overdue column, where none is: 回款情况 was taken for a rival of the sales
 * ("C列也像是销售额"), Payment Status for the status (Late an unknown status on its row), and 严重拖欠
 * beside an AA rating left the account A. Where the sheet has its days
 * overdue, such a column is no sales either: it is left unread, without the finding. Bare yes and no do
 * not decide (是否回款: 是 is paid); three filled cells at least, four in five of them such words.
 * One in sentences (客户拖欠货款两个月, 已暂停发货: four in five of its cells text, one in five telling of
 * arrears or a hold) is notes on payment: out of the sales and the status too, left for the remarks'
 * reading, not the days column.
 */
function paymentStandingByCells(
  sample: readonly (readonly Cell[])[],
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  unmapped: { column: number; header: string }[],
  duplicates: Rival[],
  explicitAt: ReadonlyMap<number, Field>,
): void {
  // A column in sentences (客户拖欠货款两个月, 已暂停发货, 回款及时) is notes on payment, read as remarks are:
  // it was a rival of the sales, or Payment Status the status with each sentence an unknown one.
  const notesAt = new Set<number>();
  const inWords = (column: number, header: string): boolean => {
    if (explicitAt.has(column) || !PAYMENT_HEADER.test(foldText(splitHeader(header).text))) return false;
    let filled = 0;
    let words = 0;
    let yesNo = 0;
    let texts = 0;
    let told = 0;
    for (const row of sample) {
      const cell = row[column] ?? null;
      if (isBlankCell(cell)) continue;
      filled++;
      const kind = overdueWordOf(cell);
      if (kind === "words") words++;
      else if (kind === "yes-no") yesNo++;
      if (typeof cell !== "string" || parseNumber(cell, 1).kind === "value") continue;
      texts++;
      if (kind === "words" || arrearsInRemark(cell) || holdInRemark(cell) || overdueInRemark(cell)) told++;
    }
    if (filled >= 3 && words > 0 && words + yesNo >= 0.8 * filled) return true;
    // Sentences are notes however few: a column of them is often blank but for the accounts in trouble.
    const notes = filled > 0 && texts >= 0.8 * filled && told >= Math.max(1, 0.2 * texts);
    if (notes) notesAt.add(column);
    return notes;
  };
  const rivals = duplicates.filter((d) => inWords(d.column, d.header));
  const held = (["revenue", "priorRevenue", "status"] as const).flatMap((field) => {
    const column = mapping[field];
    const match = matches.find((m) => m.field === field && m.column === column);
    return column !== undefined && match && inWords(column, match.header) ? [{ field, match }] : [];
  });
  const free = unmapped.filter((u) => inWords(u.column, u.header));
  if (rivals.length + held.length + free.length === 0) return;
  // Each such column out of the sales and the status: a rival dropped, a mapped one replaced by its
  // first rival.
  for (const r of rivals) duplicates.splice(duplicates.indexOf(r), 1);
  for (const { field, match } of held) {
    const next = duplicates.find((d) => d.field === field);
    if (next) takeRival(match, next, false, matches, mapping, duplicates);
    else {
      matches.splice(matches.indexOf(match), 1);
      delete mapping[field];
    }
  }
  const taken = [...rivals, ...held.map((h) => h.match), ...free].sort((a, b) => a.column - b.column);
  for (const c of taken)
    if (!unmapped.some((u) => u.column === c.column)) unmapped.push({ column: c.column, header: c.header });
  unmapped.sort((a, b) => a.column - b.column);
  if (mapping.overdue !== undefined) return;
  const words = taken.find((c) => !notesAt.has(c.column));
  const first = words && unmapped.find((u) => u.column === words.column);
  if (first) takeUnmapped(matches, mapping, unmapped, first, "overdue");
}

/**
 * A balance that runs the sales' total down the rows is no balance owed: QuickBooks' Sales by Customer
 * Detail lists each invoice's Amount and, beside it, Balance: the customer's amounts so far. Read as what
 * the customer owes, it had the sheet said to hold balances with no credit limit to weigh them against.
 * A balance column whose figures are, line after line, the one above plus the line's sales (the sales
 * alone where a customer's lines start) is left unread; one mapped by hand stays as mapped.
 */
function runningTotalNotOwed(
  sample: readonly (readonly Cell[])[],
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  unmapped: { column: number; header: string }[],
  explicitAt: ReadonlyMap<number, Field>,
): void {
  const balanceAt = mapping.balance;
  const salesAt = mapping.revenue;
  if (balanceAt === undefined || salesAt === undefined || explicitAt.has(balanceAt)) return;
  const figure = (cell: Cell | undefined): number | undefined => {
    const parsed = parseNumber(cell ?? null);
    return parsed.kind === "value" ? parsed.value : undefined;
  };
  const same = (a: number, b: number): boolean => Math.abs(a - b) <= 0.005 + 1e-9 * Math.abs(b);
  let lines = 0;
  let running = 0;
  let carried = 0;
  let above: number | undefined;
  for (const row of sample) {
    const balance = figure(row[balanceAt]);
    const sales = figure(row[salesAt]);
    if (balance === undefined || sales === undefined) {
      above = undefined;
      continue;
    }
    lines++;
    if (above !== undefined && above !== 0 && sales !== 0 && same(balance, above + sales)) {
      running++;
      carried++;
    } else if (same(balance, sales)) running++;
    above = balance;
  }
  if (carried >= 2 && running >= 0.8 * lines) moveField(matches, mapping, unmapped, "balance", null);
}

/** Cells that name a channel's level or kind (一级, 总代理, 经销商, Distributor): a management mode. */
const MODE_CELL =
  /[一二三1-3]级|代理|经销|分销|直营|直销|加盟|批发|零售|dealer|distributor|agent|wholesal|retail|direct/i;

/**
 * Moves a mapped column from one field to another its cells decided (or, `to` null, to the unmapped).
 * Its header matched (a guess is a column taken without one): it is less sure, at 0.8 at most.
 */
function moveField(
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  unmapped: { column: number; header: string }[],
  from: Field,
  to: Field | null,
): void {
  const column = mapping[from] as number;
  const at = matches.findIndex((m) => m.field === from && m.column === column);
  const match = matches[at] as ColumnMatch;
  delete mapping[from];
  if (to === null) {
    matches.splice(at, 1);
    unmapped.push({ column, header: match.header });
    unmapped.sort((a, b) => a.column - b.column);
    return;
  }
  mapping[to] = column;
  matches.splice(at, 1, { ...match, field: to, confidence: Math.min(match.confidence, 0.8) });
}

/**
 * Takes an unmapped column (one of `unmapped`) for `field`, as its cells or its place decided rather than
 * its header's words alone: at 0.8 by its cells, lower for a guess.
 */
function takeUnmapped(
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  unmapped: { column: number; header: string }[],
  u: { column: number; header: string },
  field: Field,
  how: ColumnMatch["how"] = "contains",
  confidence = 0.8,
): void {
  mapping[field] = u.column;
  matches.push({
    column: u.column,
    header: u.header,
    field,
    how,
    confidence,
    unit: splitHeader(u.header).unit,
  });
  unmapped.splice(unmapped.indexOf(u), 1);
}

/**
 * A column's cells decide between the sheet's own grading and a channel's kind where the header could
 * be either: 客户类别 / 客户类型 holding A / B / C is a grading (it read as the management mode "A"), and
 * 经销商等级 holding 一级 / 二级 is the management mode. A grading column whose cells are no
 * grades is left unread: comparing with it would say nothing. Columns mapped by hand stay as mapped.
 */
function gradeByCells(
  sample: readonly (readonly Cell[])[],
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  unmapped: { column: number; header: string }[],
  explicitAt: ReadonlyMap<number, Field>,
): void {
  const textsOf = (column: number): string[] => sample.map((row) => cellText(row[column] ?? null));
  const move = (from: Field, to: Field | null): void => moveField(matches, mapping, unmapped, from, to);
  for (const field of ["managementMode", "salesMode"] as const) {
    const column = mapping[field];
    if (column === undefined || explicitAt.has(column) || mapping.ownGrade !== undefined) continue;
    if (isGrading(textsOf(column), true)) move(field, "ownGrade");
  }
  // A column of classes by its header (客户分类, 客户类别 left unread, Customer Category) is the grading
  // where its cells are grades (I类 / II类 / III类, A / B / C); of channels, it is left to kindByCells.
  if (mapping.ownGrade === undefined) {
    const found = unmapped.find(
      (u) => CLASS_HEADER.test(foldText(u.header)) && isGrading(textsOf(u.column), true),
    );
    if (found) takeUnmapped(matches, mapping, unmapped, found, "ownGrade");
  }
  const grade = mapping.ownGrade;
  if (grade === undefined || explicitAt.has(grade)) return;
  const texts = textsOf(grade);
  if (isGrading(texts)) return;
  const filled = texts.filter((t) => t.trim() !== "");
  const modes = filled.filter((t) => MODE_CELL.test(t)).length;
  move(
    "ownGrade",
    mapping.managementMode === undefined && modes > 0.6 * filled.length ? "managementMode" : null,
  );
}

/** Headers of a class of customers, a grading where the cells are grades. */
const CLASS_HEADER = /^(?:客户|经销商)?(?:分类|类别)$|^(?:customer|account|client)?(?:category|class)$/;

/** Headers of a kind of account (Type, Account Type, 客户类型): a CRM writes its stages there. */
// Dynamics 365's Relationship Type (Customer, Reseller, Prospect, Competitor …) too: it was left unread.
const TYPE_HEADERS = new Set([
  "type",
  "accounttype",
  "customertype",
  "relationshiptype",
  "类型",
  "客户类型",
  "accountstatus",
  // Pipedrive's organisation Label (Customer, Hot lead, Warm lead, Cold lead): it was unread.
  "label",
  "organizationlabel",
  "organisationlabel",
  "标签",
  "客户标签",
]);

/**
 * A column of a kind of account whose cells are a CRM's stages (Salesforce's Type: Prospect, Customer -
 * Direct, Channel Partner / Reseller; 客户类型: 意向客户, 合作客户, 流失客户) is the status, where no
 * column is: Type was left unread, and 客户类型 taken for the management mode with nothing in it one.
 */
function statusByCells(
  sample: readonly (readonly Cell[])[],
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  unmapped: { column: number; header: string }[],
  explicitAt: ReadonlyMap<number, Field>,
): void {
  const status = mapping.status;
  // A yes or no to "still a customer?" (Active: Yes / No) says less than a kind of account beside it
  // (Type: Prospect, Customer - Direct): the kind is the status, the yes read where it names no standing.
  // Five accounts typed Prospect were customers "with no order yet" by their Active Yes, unsaid.
  const question =
    status !== undefined &&
    !explicitAt.has(status) &&
    isActiveQuestion(matches.find((m) => m.field === "status" && m.column === status)?.header ?? "");
  if (status !== undefined && !question) return;
  const stages = (column: number): boolean => {
    const filled = sample.map((row) => cellText(row[column] ?? null)).filter((t) => t.trim() !== "");
    // A kind that is no account (Competitor, Vendor) is a CRM's Type read too.
    const read = filled.filter((t) => statusFromText(t) !== undefined || isNotAccount(t)).length;
    return filled.length >= 3 && read >= 0.6 * filled.length;
  };
  const mode = mapping.managementMode;
  const modeMatch = matches.find((m) => m.field === "managementMode" && m.column === mode);
  if (
    mode !== undefined &&
    modeMatch &&
    !explicitAt.has(mode) &&
    TYPE_HEADERS.has(foldText(modeMatch.header)) &&
    stages(mode)
  ) {
    if (question) moveField(matches, mapping, unmapped, "status", null);
    moveField(matches, mapping, unmapped, "managementMode", "status");
    return;
  }
  const column = unmapped.find((u) => TYPE_HEADERS.has(foldText(u.header)) && stages(u.column));
  if (!column) return;
  if (question) moveField(matches, mapping, unmapped, "status", null);
  takeUnmapped(matches, mapping, unmapped, column, "status");
}

/**
 * A column whose cells are a lead's temperature (Salesforce's Rating: Hot / Warm / Cold, Hot lead), in three of
 * five of its filled cells, three at least, is the intent, whatever its header: Rating was left unread,
 * and a Hot prospect was no priority.
 */
function intentByCells(
  sample: readonly (readonly Cell[])[],
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  unmapped: { column: number; header: string }[],
): void {
  const column = unmapped.find((u) => {
    const filled = sample.map((row) => cellText(row[u.column] ?? null)).filter((t) => t.trim() !== "");
    const temperatures = filled.filter((t) => intentOfStatus(t) !== 0).length;
    return filled.length >= 3 && temperatures >= 0.6 * filled.length;
  });
  if (column) takeUnmapped(matches, mapping, unmapped, column, "intent");
}

const salesModeOf = createSalesModeClassifier({});

/**
 * A second channel column beside the management mode's (Dealer Level T1 / T2, then Channel TT / MT /
 * E-commerce) whose cells name sales modes is the sales mode, where no column is: it was left alone as
 * a rival of the first.
 */
function salesModeBeside(
  sample: readonly (readonly Cell[])[],
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  duplicates: Rival[],
): void {
  if (mapping.salesMode !== undefined || mapping.managementMode === undefined) return;
  const rival = duplicates.find((d) => {
    if (d.field !== "managementMode") return false;
    const filled = sample.map((row) => cellText(row[d.column] ?? null)).filter((t) => t.trim() !== "");
    const named = filled.filter((t) => SALES_MODE_CODES.has(salesModeOf(t))).length;
    return filled.length > 0 && named >= 0.6 * filled.length;
  });
  if (!rival) return;
  duplicates.splice(duplicates.indexOf(rival), 1);
  mapping.salesMode = rival.column;
  matches.push({
    column: rival.column,
    header: rival.header,
    field: "salesMode",
    how: "contains",
    confidence: 0.8,
    unit: splitHeader(rival.header).unit,
  });
}

const managementModeOf = createManagementModeClassifier({});
const sensitivityOf = createSensitivityClassifier({});

/**
 * A column's cells say which kind of channel it sorts by, whatever its header: 经营类型, 业态 or Segment
 * holding 批发 / 零售 / 电商 / 工程 is the sales mode (it was left unread, and the notes said nothing of
 * the channel), one holding 直营 / 一级经销 / 加盟 the management mode, one holding 价格 / 服务 / 返利 (关注因素,
 * Key Concern) the sensitivity, one holding both kinds (一级经销商, KA卖场, 电商) the management mode with the
 * sales mode where a cell names one. And a channel column taken for the
 * management mode whose cells name sales modes and no management mode at all (Channel: Retail,
 * E-commerce) is the sales mode: read as management mode, every row's class was "unknown".
 * A kind is a few texts repeated: a column of names or remarks, mostly distinct, is none.
 */
function kindByCells(
  sample: readonly (readonly Cell[])[],
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  unmapped: { column: number; header: string }[],
  explicitAt: ReadonlyMap<number, Field>,
): void {
  type Counts = {
    filled: number;
    distinct: number;
    sales: number;
    modes: number;
    either: number;
    /** Cells that name a sales mode and no management mode (批发, 电商; not 分销商, both). */
    salesOnly: number;
    levers: number;
  };
  // Each column's cells are counted once, whichever kinds ask.
  const counted = new Map<number, Counts>();
  const count = (column: number): Counts => {
    let c = counted.get(column);
    if (!c) {
      const filled = sample.map((row) => cellText(row[column] ?? null).trim()).filter((t) => t !== "");
      c = {
        filled: filled.length,
        distinct: new Set(filled).size,
        sales: filled.filter((t) => SALES_MODE_CODES.has(salesModeOf(t))).length,
        modes: filled.filter((t) => MANAGEMENT_CODES.has(managementModeOf(t))).length,
        either: filled.filter(
          (t) => MANAGEMENT_CODES.has(managementModeOf(t)) || SALES_MODE_CODES.has(salesModeOf(t)),
        ).length,
        salesOnly: filled.filter(
          (t) => SALES_MODE_CODES.has(salesModeOf(t)) && !MANAGEMENT_CODES.has(managementModeOf(t)),
        ).length,
        levers: filled.filter((t) => SENSITIVITY_CODES.has(sensitivityOf(t))).length,
      };
      counted.set(column, c);
    }
    return c;
  };
  const mode = mapping.managementMode;
  if (mapping.salesMode === undefined && mode !== undefined && !explicitAt.has(mode)) {
    const c = count(mode);
    if (c.filled >= 3 && c.modes === 0 && c.sales >= 0.6 * c.filled)
      moveField(matches, mapping, unmapped, "managementMode", "salesMode");
  }
  // And the other way: a column taken for the sales mode by its header (经营模式, 业务模式) whose cells name
  // management modes and no sales mode of their own (总代理, 区域代理, 直营, 加盟) is the management mode:
  // every row's sales mode was "总代理", unknown, and the coordination line left out of the notes.
  const sales = mapping.salesMode;
  if (mapping.managementMode === undefined && sales !== undefined && !explicitAt.has(sales)) {
    const c = count(sales);
    if (c.filled >= 3 && c.salesOnly === 0 && c.modes >= 0.6 * c.filled)
      moveField(matches, mapping, unmapped, "salesMode", "managementMode");
  }
  const take = (
    field: "salesMode" | "managementMode" | "sensitivity",
    of: (c: Counts) => number,
    kinds = 6,
  ): void => {
    if (mapping[field] !== undefined) return;
    const found = unmapped.find((u) => {
      const c = count(u.column);
      return c.filled >= 3 && c.distinct <= Math.max(kinds, c.filled / 3) && of(c) >= 0.8 * c.filled;
    });
    if (found) takeUnmapped(matches, mapping, unmapped, found, field);
  };
  take("salesMode", (c) => c.sales);
  take("managementMode", (c) => c.modes);
  // One channel column of both kinds, neither alone most of it (客户分类: 一级经销商, 二级经销商, KA卖场,
  // 电商, 直营门店): the management mode's, whose cells naming a sales mode give the sales mode (as a
  // 渠道类型 column's do). It was left unread, and the notes said nothing of the channel.
  // (Two kinds' worth of texts: up to 10 of them.)
  if (mapping.salesMode === undefined)
    take("managementMode", (c) => (c.modes > 0 && c.sales > 0 ? c.either : 0), 10);
  take("sensitivity", (c) => c.levers);
}

/** The revenue column detection took (the leftmost), and it with every other column that read as revenue. */
function revenueCandidates(
  matches: readonly ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  duplicates: readonly Rival[],
): { first: ColumnMatch; all: { column: number; header: string }[] } | undefined {
  const first = matches.find((m) => m.field === "revenue" && m.column === mapping.revenue);
  return first && { first, all: [first, ...duplicates.filter((d) => d.field === "revenue")] };
}

/** Makes the rival `pick` the revenue column in place of `first`, which stays a rival, said. */
function takeRevenue(
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  duplicates: Rival[],
  first: ColumnMatch,
  pick: { column: number; header: string },
): void {
  const kept = duplicates.filter((d) => !(d.field === "revenue" && d.column === pick.column));
  moveRevenue(matches, mapping, duplicates, first, pick, kept, true);
}

/**
 * Makes `to` the revenue column in place of `first`, and leaves the duplicates `kept` (sorted): `first`
 * joins them when `keepFirst` says it is a rival still (not a part of the year, not the prior year).
 */
function moveRevenue(
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  duplicates: Rival[],
  first: ColumnMatch,
  to: { column: number; header: string },
  kept: Rival[],
  keepFirst: boolean,
): void {
  if (to.column !== first.column) {
    if (keepFirst) kept.push({ column: first.column, header: first.header, field: "revenue" });
    const unit = splitHeader(to.header).unit;
    matches.splice(matches.indexOf(first), 1, { ...first, column: to.column, header: to.header, unit });
    mapping.revenue = to.column;
  }
  duplicates.splice(0, duplicates.length, ...kept.sort((a, b) => a.column - b.column));
}

/** The distributor a retailer or a second-tier dealer buys through: 所属经销商, 上级经销商, Parent Distributor. */
const PARENT_NAME = /上级|所属|供货|归属|隶属|parent|upline/;
/**
 * Another name of the account beside its name: short (客户简称, 缩写, Short Name), another it goes by
 * (别名, Alias), its old one (曾用名, Former Name). Short names repeat across companies (two 上海华联):
 * the full name is the account's. Folded (foldText).
 */
export const SHORT_NAME = /简称|缩写|别名|曾用名|昵称|short|abbr|alias|nickname|formername/;
/** The name in another script beside the name: 客户名称（英文）, 拼音, Customer Name (EN), English Name. */
export const NAME_IN_OTHER_SCRIPT = /英文|拼音|外文|english|pinyin|\(en\)|romanized/;
/** A manager over the reps (区域经理, 销售经理, Region Manager), not the account's own 客户经理 / Account Manager. */
const LINE_MANAGER =
  /(?:区域|城市|大区|省区|片区|战区|销售|渠道|业务|办事处)经理|(?:region|regional|area|areasales|district|city|territory|sales|channel)manager|^(?:asm|rsm|tsm)$/;

/**
 * The day a record was made (建档日期, 创建日期, 录入时间), which may be long after the first deal (a
 * system moved to in 2023 dates every customer 2023): a first deal's or a contract's date beside it
 * (首次交易日期, 签约日期) tells the years of cooperation better (建档日期 left of 首次交易日期 was taken).
 */
const RECORD_DATE = /建档|创建|录入|建立档案|created/;

/**
 * Where the column taken for `field` reads as `weaker` and a rival of the same field does not, the rival
 * is taken: the row's own name over the distributor it buys through (所属经销商 left of 客户名称 was taken
 * for the name, a sheet of retailers tiered by their distributors; it is no rival name then), the rep
 * over the manager above the reps (区域经理 left of 业务员 was taken for the owner; it stays a rival, said).
 * Alone, the weaker column stays the field's (a region's list of "its" distributors heads them 所属经销商).
 */
function preferRival(
  field: Field,
  weaker: RegExp,
  keepAsRival: boolean,
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  duplicates: Rival[],
): void {
  const first = matches.find((m) => m.field === field && m.column === mapping[field]);
  if (!first || !weaker.test(foldText(first.header))) return;
  const pick = duplicates.find((d) => d.field === field && !weaker.test(foldText(d.header)));
  if (!pick) return;
  takeRival(first, pick, keepAsRival, matches, mapping, duplicates);
}

/**
 * Maps `first`'s field to the rival `pick` instead, matched by its own header (exact or contains); the
 * column it had stays a rival (said, in column order) where `keepAsRival`.
 */
function takeRival(
  first: ColumnMatch,
  pick: Rival,
  keepAsRival: boolean,
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  duplicates: Rival[],
): void {
  const split = splitHeader(pick.header);
  const own = matchHeader(split, pick.header);
  matches.splice(matches.indexOf(first), 1, {
    ...first,
    column: pick.column,
    header: pick.header,
    how: own?.how ?? first.how,
    confidence: own?.confidence ?? first.confidence,
    unit: split.unit,
  });
  mapping[first.field] = pick.column;
  duplicates.splice(duplicates.indexOf(pick), 1);
  if (keepAsRival) {
    duplicates.push({ column: first.column, header: first.header, field: first.field });
    duplicates.sort((a, b) => a.column - b.column);
  }
}

/** A header's words for an earlier time or holder: 上年, 上月, 原负责人, 负责人（原）, 旧, Previous, Former. */
const PAST =
  /上年|去年|前年|上期|上月|上季|上次|以前|历史|[(（]原[)）]|^原(?!有|因)|旧|前任|(?<![a-z])(?:previous|prior|former|old|last ?year|last ?month)(?![a-z])/;
/** A header's words for now: 本年, 本月, 当前, 现负责人, 最新, 负责人（新）, Current, Latest, New. */
const NOW =
  /本年|今年|本期|本月|本季|当前|目前|^现(?!金|款|货|场)|[(（]新[)）]|最新|(?<![a-z])(?:current|latest|new|now)(?![a-z])/;

/**
 * This month's sales over last month's beside it (上月提货 left of 本月提货, Last Month Sales left of This
 * Month Sales): the leftmost was taken, and a monthly report was tiered on last month. Last month's stays
 * a rival, said (it is no year's to compare growth with).
 */
function preferThisMonth(
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  duplicates: Rival[],
): void {
  const first = matches.find((m) => m.field === "revenue" && m.column === mapping.revenue);
  if (!first || !LAST_MONTH.test(foldText(first.header))) return;
  const pick = duplicates.find((d) => d.field === "revenue" && THIS_MONTH.test(foldText(d.header)));
  if (pick) takeRival(first, pick, true, matches, mapping, duplicates);
}

/** Fields whose rivals are weighed by other steps, or for which an older column is no older value. */
const NOT_BY_TIME: ReadonlySet<Field> = new Set([
  "name",
  "code",
  "region",
  "revenue",
  "priorRevenue",
  "growth",
]);

/**
 * Of two columns for one field, the one for now over an earlier one (资信等级（2025年） over
 * 资信等级（2024年）, 逾期天数（本月） over 逾期天数（上月）, 现负责人 over 原负责人): the leftmost was
 * taken, and a ledger that adds each year's rating on the right was read by last year's, an account
 * rated D this year kept its A. A year before the run's is earlier, the run's or later is now; between
 * two years, the later. The other stays a rival, said.
 */
function preferCurrent(
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  duplicates: Rival[],
  explicitAt: ReadonlyMap<number, Field>,
  asOfYear: number | undefined,
): void {
  const when = (header: string): [number, number] => {
    const h = matchForm(header).toLowerCase().trim();
    const year = yearOf(header);
    const level =
      PAST.test(h) || (year !== undefined && asOfYear !== undefined && year < asOfYear)
        ? -1
        : NOW.test(h) || (year !== undefined && asOfYear !== undefined && year >= asOfYear)
          ? 1
          : 0;
    return [level, year ?? Number.NaN];
  };
  // Between two years, the later; a year against none is not compared (the level decides).
  const later = (a: [number, number], b: [number, number]) => a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
  for (const field of Object.keys(mapping) as Field[]) {
    const held = mapping[field] as number;
    if (NOT_BY_TIME.has(field) || explicitAt.has(held)) continue;
    const first = matches.find((m) => m.field === field && m.column === held);
    if (!first) continue;
    let best: Rival | undefined;
    let bestWhen = when(first.header);
    for (const d of duplicates) {
      if (d.field !== field) continue;
      const w = when(d.header);
      if (later(w, bestWhen)) [best, bestWhen] = [d, w];
    }
    if (best) takeRival(first, best, true, matches, mapping, duplicates);
  }
}

/**
 * Of two or more region columns (省份 and 大区, State and Territory, 城市 and 区域), the coarsest: the one
 * with the fewest places in the rows, as long as it names two or more and fills nearly as many rows as
 * the leftmost; the leftmost gives way to any such column where it is a country or names one place. The regions table and the notes' "华东共有14家意向客户" are the channel's regions; the
 * leftmost was taken, and a ledger with 省份 left of 大区 had a table of 28 provinces. Ties keep the
 * leftmost; the other stays a rival, said.
 */
function preferCoarserRegion(
  sample: readonly (readonly Cell[])[],
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  duplicates: Rival[],
): void {
  const first = matches.find((m) => m.field === "region" && m.column === mapping.region);
  const rivals = duplicates.filter((d) => d.field === "region");
  if (!first || rivals.length === 0) return;
  const places = (column: number): { distinct: number; filled: number } => {
    const seen = new Set<string>();
    let filled = 0;
    for (const row of sample) {
      const text = cellText(row[column]).trim();
      if (text === "") continue;
      filled++;
      seen.add(text);
    }
    return { distinct: seen.size, filled };
  };
  const own = places(first.column);
  let pick: Rival | undefined;
  // A country, or one place on every row (United States all down a CRM's Country/Region), is no
  // channel region: any rival that names two places or more is (its State/Region beside it: the
  // prospects were "one of 2 in United States", the regions table one row).
  let fewest =
    own.distinct < 2 || COUNTRY_HEADER.test(foldText(first.header)) ? Number.POSITIVE_INFINITY : own.distinct;
  for (const r of rivals) {
    // A country is no channel region, however few (China and Vietnam beside seven 大区).
    if (COUNTRY_HEADER.test(foldText(r.header))) continue;
    const p = places(r.column);
    if (p.distinct >= 2 && p.distinct < fewest && p.filled >= 0.8 * own.filled) {
      pick = r;
      fewest = p.distinct;
    }
  }
  if (!pick) return;
  matches.splice(matches.indexOf(first), 1, { ...first, column: pick.column, header: pick.header });
  mapping.region = pick.column;
  duplicates.splice(duplicates.indexOf(pick), 1);
  duplicates.push({ column: first.column, header: first.header, field: "region" });
  duplicates.sort((a, b) => a.column - b.column);
}

/**
 * A sales header that gives way to another: one that counts goods by its words (年销量, 销售数量, Sales
 * Qty, Volume), whatever its unit, or a bare amount (金额, Amount) beside a column that names the sales.
 */
const VOLUME_WORDS = /销量|销售量|货量|数量|件数|箱数|台数|吨数|qty|quantity|volume|units?$|pcs|cases/;
const BARE_AMOUNT = /^(?:总?金额|(?:total)?amount)$/;
/** Money a ledger may keep beside its sales: contracts signed, orders, the dealer's payments, turnover. */
const BESIDE_SALES = /合同|签约|打款|订单|流水|成交/;

/**
 * How a sales header gives way to the others, least first: sales in money (0); contracts, orders,
 * payments or turnover beside them (1); a bare amount (2); goods by their words or unit (3).
 */
function salesRank(header: string): number {
  const split = splitHeader(header);
  if (split.quantity || VOLUME_WORDS.test(split.text)) return 3;
  if (BARE_AMOUNT.test(split.text)) return 2;
  return BESIDE_SALES.test(split.text) ? 1 : 0;
}

/**
 * Whether a sales header counts goods by its words (年销量, Sales Qty), though it states no unit: taken
 * as the sales where nothing names them in money, its figures are quantities, not yuan.
 * @example isVolumeHeader("年销量") // true
 */
export function isVolumeHeader(header: string): boolean {
  const split = splitHeader(header);
  return split.quantity || VOLUME_WORDS.test(split.text);
}

/** A period's words in a sales header (本年, 去年, 2025年, LY, Prior Year), and an amount's (额, 金额). */
const PERIOD_OF_MEASURE =
  /(?:19|20)\d{2}(?:年度?|财年)?|fy\d{2,4}|本年度?|今年|当年|本期|去年|上年度?|上一年度?|前年|年度|全年|^年|^已|(?:金额|额)$|^(?:ly|py|cy)|(?:ly|py|cy)$|prior(?:year)?|previous(?:year)?|last(?:year)?|this(?:year)?|current(?:year)?|year/g;

/**
 * What a sales header measures, its period's words taken off: 成交 for 本年成交金额 and 去年成交金额, 回款
 * for 已回款金额, sales for Sales 2025 and Sales LY.
 * @example measureOf("本年成交金额（元）") // "成交"
 */
function measureOf(header: string): string {
  return foldText(splitHeader(header).text).replace(PERIOD_OF_MEASURE, "");
}

/**
 * Sales counted in goods beside sales in money, neither with a unit ("年销量" and "年销售额", "Sales Qty"
 * and "Sales Value"), or a bare 金额 beside 销售额: the money is the field, whichever stands first (the
 * volume was taken, being the leftmost, and the notes called 1,234 cases ¥1,234). The weaker column is
 * no rival and is not said; alone it is still read as the sales, as ledgers often mean it. This year's
 * sales of last year's measure come first (本年成交金额 beside 去年成交金额: a CRM's 已回款金额, money
 * collected, was taken over it, every account "fell" against last year's deals, and nothing was said);
 * the other money column stays a rival, said.
 */
function preferMoney(
  field: "revenue" | "priorRevenue",
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  duplicates: Rival[],
): void {
  const first = matches.find((m) => m.field === field && m.column === mapping[field]);
  if (!first) return;
  const prior =
    field === "revenue"
      ? matches.find((m) => m.field === "priorRevenue" && m.column === mapping.priorRevenue)
      : undefined;
  const measure = prior && salesRank(prior.header) <= 1 ? measureOf(prior.header) : undefined;
  // Money of last year's measure ranks first; the rank still says which others are weaker.
  const choice = (header: string): number => {
    const rank = salesRank(header);
    return rank <= 1 && measure !== undefined && measure !== "" && measureOf(header) === measure ? -1 : rank;
  };
  const rank = salesRank(first.header);
  // The leftmost of the least rank: sales in money over a contract's amount over a bare 金额 over goods.
  let money: Rival | undefined;
  for (const d of duplicates)
    if (d.field === field && choice(d.header) < (money ? choice(money.header) : choice(first.header)))
      money = d;
  if (!money) {
    // The first is the best: the weaker ones beside it are no rivals either, wherever they stand.
    const kept = duplicates.filter((d) => !(d.field === field && salesRank(d.header) > rank));
    duplicates.splice(0, duplicates.length, ...kept);
    return;
  }
  const best = salesRank(money.header);
  const unit = splitHeader(money.header).unit;
  matches.splice(matches.indexOf(first), 1, { ...first, column: money.column, header: money.header, unit });
  mapping[field] = money.column;
  const chosen = money;
  const kept = duplicates.filter((d) => d !== chosen && !(d.field === field && salesRank(d.header) > best));
  // The first gives way to last year's measure though it is no weaker (已回款金额): a rival, said.
  if (rank <= best) kept.push({ column: first.column, header: first.header, field });
  duplicates.splice(0, duplicates.length, ...kept.sort((a, b) => a.column - b.column));
}

/**
 * Sales by year side by side ("2025年销售额", "2024年销售额"): the latest year is this period's revenue
 * and the year before it the prior year's (where no column says prior year), wherever the columns
 * stand. The first revenue column found (the leftmost) gives way; the others stay duplicates.
 */
function preferLatestYear(
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  duplicates: Rival[],
): void {
  const candidates = revenueCandidates(matches, mapping, duplicates);
  if (!candidates) return;
  const { first } = candidates;
  const byYear = candidates.all
    .map((c) => ({ column: c.column, header: c.header, year: yearOf(c.header) }))
    .filter((c): c is { column: number; header: string; year: number } => c.year !== undefined)
    .sort((a, b) => b.year - a.year || a.column - b.column);
  const latest = byYear[0];
  if (!latest || !byYear.some((c) => c.year < latest.year)) return;
  const prior =
    mapping.priorRevenue === undefined ? byYear.find((c) => c.year === latest.year - 1) : undefined;
  const moved = new Set([latest.column, prior?.column]);
  const kept = duplicates.filter((d) => !(d.field === "revenue" && moved.has(d.column)));
  moveRevenue(matches, mapping, duplicates, first, latest, kept, first.column !== prior?.column);
  if (prior) {
    mapping.priorRevenue = prior.column;
    const unit = splitHeader(prior.header).unit;
    const { column, header } = prior;
    matches.push({ column, header, field: "priorRevenue", how: "contains", confidence: 0.7, unit });
  }
}

/** This year's sales by a word, with no year written: 本年累计, 今年销售额, 当年, YTD, This Year, Current Year. */
const THIS_YEAR = /本年|今年|当年|ytd|thisyear|currentyear|^cy|cy$/;

/**
 * Sales named this year's by a word beside sales named by last year's number ("本年累计" and "2024年累计
 * 销售额", run in 2025): the number is last year's, as the run's date says. The second column was taken
 * for a rival of the sales and left unread, and no account had a growth.
 */
function lastYearByItsYear(
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  duplicates: Rival[],
  asOfYear: number,
): void {
  if (mapping.priorRevenue !== undefined) return;
  const revenue = matches.find((m) => m.field === "revenue" && m.column === mapping.revenue);
  if (!revenue || yearOf(revenue.header) !== undefined || !THIS_YEAR.test(foldText(revenue.header))) return;
  const pick = duplicates.find((d) => d.field === "revenue" && yearOf(d.header) === asOfYear - 1);
  if (!pick) return;
  duplicates.splice(duplicates.indexOf(pick), 1);
  mapping.priorRevenue = pick.column;
  const unit = splitHeader(pick.header).unit;
  const { column, header } = pick;
  matches.push({ column, header, field: "priorRevenue", how: "contains", confidence: 0.7, unit });
}

/**
 * A part of the year in a header: a month, a quarter, a half ("1月", "二季度", "Q3", "上半年", "H1", "Jan",
 * 本月, MTD).
 * A range to date ("1-10月", YTD) is no part: it is the year so far.
 */
const PERIOD =
  /(?:^|\D)(?:1[0-2]|[1-9])\s*月(?!\s*[-~～至到])|[一二三四1-4]季度|第[一二三四1-4]季|(?:^|[^a-z])[qh][1-4](?!\d)|(?:^|[^a-z\d.])[1-4]q(?![a-z])|(?<![\d\-/.])(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])(?![-/.\d])|[上下]半年|本月|当月|上个?月|本季|当季|上季|本周|当周|当日|今日|(?:^|[^a-z])(?:mtd|qtd)(?![a-z])|(?:this|current|last|prior|previous)\s*(?:month|quarter)|(?:^|[^a-z])(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sept?|september|oct|october|nov|november|dec|december)(?![a-z])/i;
const RANGE_TO_DATE = /\d{1,2}\s*[-~～至到]\s*\d{1,2}\s*月|ytd|累计|至今|截至|截止|前[一二三两1-3]个?季度/i;
/** The words of a whole-year figure beside its parts: 合计, 全年, 总计, Total, Full Year. */
const WHOLE_YEAR = /合计|全年|总计|年度|年累计|total|fullyear|annual|fy/i;

/** A header that is only a total (folded): 合计, 全年合计, 总计, Total, Full Year. */
const TOTAL_OF_PARTS = /^(?:(?:全年|年度)?(?:合计|总计|汇总)|全年|total|fullyear|annualtotal|yeartotal)$/;

function isPeriodHeader(header: string): boolean {
  const t = matchForm(header);
  return PERIOD.test(t) && !RANGE_TO_DATE.test(t);
}

/**
 * Sales by month or quarter beside the year's ("1月销售额" … "12月销售额", "销售额合计"; a group over
 * 一季度 … 四季度 and 合计): the year's column is the revenue, not the leftmost month. The parts are no
 * rival columns: nothing is said of them.
 */
function preferWholeYear(
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  duplicates: Rival[],
): void {
  const candidates = revenueCandidates(matches, mapping, duplicates);
  if (!candidates) return;
  const { first, all } = candidates;
  const whole = all.filter((c) => !isPeriodHeader(c.header));
  if (whole.length === 0 || whole.length === all.length) return;
  // One part that runs from January (上半年, 一季度, H1 beside 2024年销售额) is no breakdown: it is this
  // year's sales so far, and the year's column last year's. This month's (本月) stays a part.
  const parts = all.filter((c) => isPeriodHeader(c.header));
  if (parts.length === 1 && salesPeriodOf((parts[0] as (typeof parts)[number]).header)?.from === 1) return;
  const pick = whole.find((c) => WHOLE_YEAR.test(foldText(c.header))) ?? (whole[0] as (typeof whole)[number]);
  const kept = duplicates.filter(
    (d) => !(d.field === "revenue" && (d.column === pick.column || isPeriodHeader(d.header))),
  );
  moveRevenue(matches, mapping, duplicates, first, pick, kept, !isPeriodHeader(first.header));
}

/**
 * This period's sales as a report heads them, folded (本期发货金额, 当期销售额, Current Period Sales, This
 * Period Amount): the report's span, often a month, which the header does not say.
 */
export const THIS_PERIOD = /^(?:本期|当期|thisperiod|currentperiod)/;

/** Last month's or quarter's sales by their words (folded): 上月提货, 上季度销售额, Last Month Sales. */
const LAST_MONTH = /^(?:上月|上个月|上季度?|上期)|^(?:last|prior|previous)(?:month|quarter)/;
/** This month's or quarter's (folded): 本月提货, 当月出货, 本季度销售额, This Month Sales; or the period's. */
const THIS_MONTH = new RegExp(
  `${THIS_PERIOD.source}|^(?:本月|当月|本季度?|当季度?|thismonth|currentmonth|thisquarter|currentquarter)`,
);
/** This year's running total: 本年累计, 今年累计, 当年累计, 年累计, YTD. */
const YEAR_TO_DATE = /(?:本年|今年|当年|^年)累计|ytd/;

/**
 * This period's sales beside this year's running total (用友's and 金蝶's 本期发货金额 and 本年累计发货金额,
 * with 上年同期累计发货金额): the year so far is the sales, and the period (a month) stays a rival, said.
 * The leftmost was taken: a month's shipments were set against last year's running total.
 */
function preferYearToDate(
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  duplicates: Rival[],
): void {
  giveWayToRival(
    matches,
    mapping,
    duplicates,
    (h) => THIS_PERIOD.test(foldText(h)),
    (h) => YEAR_TO_DATE.test(foldText(h)) && yearOf(h) === undefined,
  );
}

/**
 * The sales column whose header `yields` says it is not the year's gives way to the first rival whose
 * header `takes` says it is; the column it leaves stays a rival, said.
 */
function giveWayToRival(
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  duplicates: Rival[],
  yields: (header: string) => boolean,
  takes: (header: string) => boolean,
): void {
  const candidates = revenueCandidates(matches, mapping, duplicates);
  if (!candidates || !yields(candidates.first.header)) return;
  const pick = candidates.all.find((c) => c !== candidates.first && takes(c.header));
  if (pick) takeRevenue(matches, mapping, duplicates, candidates.first, pick);
}

/**
 * Sales since the account began (累计销售额, 历史累计, Lifetime Sales, Cumulative Sales), as a customer list
 * keeps them beside this year's: no year's sales. This year's running total (本年累计, YTD) is not one.
 */
const LIFETIME = /^(?:历史|总|合计)?累计|历史|lifetime|alltime|cumulative|sinceinception/;

/**
 * Sales since the account began taken for the sales, beside a rival that is a year's (用友's and 金蝶's
 * customer lists: 累计销售额 left of 本年销售额 and 上年销售额): the year's is the sales, and the lifetime
 * stays a rival, said. Every account's years of buying were set against last year's, and a customer of
 * ten years outranked a larger one of two.
 */
function preferOverLifetime(
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  duplicates: Rival[],
): void {
  const lifetime = (header: string): boolean => {
    const f = foldText(splitHeader(header).text);
    // A year or months named (累计1-10月, 2025年累计) make it a year's.
    return LIFETIME.test(f) && !YEAR_TO_DATE.test(f) && !/\d/.test(f);
  };
  giveWayToRival(matches, mapping, duplicates, lifetime, (h) => !lifetime(h) && !isPeriodHeader(h));
}

/**
 * Sales since the account began by a word that says so and no other (历史累计销售额, 合作以来累计, Lifetime
 * Sales, All-time Revenue, Sales since Inception), read as the sales where no year's stands beside them,
 * and said: 累计销售额 and Cumulative Sales alone are as often this year's running total, and are not.
 * @example isLifetimeSales("Lifetime Sales (USD)") // true
 */
export function isLifetimeSales(header: string): boolean {
  const f = foldText(splitHeader(header).text);
  return (
    /历史|合作以来|以来累计|lifetime|alltime|sinceinception/.test(f) && !YEAR_TO_DATE.test(f) && !/\d/.test(f)
  );
}

/** Words of a figure to date: the same period (同期), a running total (累计), year to date. */
const TO_DATE = /同期|累计|至今|截至|截止|ytd/;

/**
 * Last year's whole year beside last year's to date (上年全年销售额 and 上年同期销售额; Sales LY Full Year
 * and Sales LY YTD; 2024年全年 and 2024年1-10月): where this year's sales cover part of the year, the
 * same part of last year is what they compare with, wherever its column stands. The first column was
 * taken: this year's ten months were set against last year's twelve, pro rata, with last year's own ten
 * months beside them. The whole year stays a rival, said.
 */
function samePeriodPrior(
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  duplicates: Rival[],
  parts: Parts | undefined,
): void {
  const revenue = matches.find((m) => m.field === "revenue" && m.column === mapping.revenue);
  const prior = matches.find((m) => m.field === "priorRevenue" && m.column === mapping.priorRevenue);
  if (!revenue || !prior) return;
  // Last year's rivals: by their words (上年, LY), or sales of the same year as the one taken (2024年).
  const year = yearOf(prior.header);
  const rivals = duplicates.filter(
    (d) =>
      d.field === "priorRevenue" ||
      (d.field === "revenue" && year !== undefined && yearOf(d.header) === year),
  );
  if (rivals.length === 0) return;
  const span = (h: string): string | undefined => {
    const p = salesPeriodOf(h);
    return p?.from !== undefined && p.to !== undefined ? `${p.from}-${p.to}` : undefined;
  };
  // This year's months: the parts' where the sales are their sum (none for a whole year's twelve), else
  // the sales header's.
  const partsSpan = parts && partsPeriod(parts);
  const current = parts ? partsSpan && `${partsSpan.from}-${partsSpan.to}` : span(revenue.header);
  const toDate = current !== undefined || TO_DATE.test(foldText(revenue.header));
  if (!toDate) return;
  // A column of last year's that covers this year's months: by its months, or by its words (上年同期).
  const fits = (h: string): boolean => {
    const s = span(h);
    return s !== undefined ? s === current : TO_DATE.test(foldText(h));
  };
  if (fits(prior.header)) return;
  const pick = rivals.find((r) => fits(r.header));
  if (!pick) return;
  const unit = splitHeader(pick.header).unit;
  matches.splice(matches.indexOf(prior), 1, { ...prior, column: pick.column, header: pick.header, unit });
  mapping.priorRevenue = pick.column;
  const kept = duplicates.filter((d) => d !== pick);
  kept.push({ column: prior.column, header: prior.header, field: "priorRevenue" });
  duplicates.splice(0, duplicates.length, ...kept.sort((a, b) => a.column - b.column));
}

/**
 * A CRM's firmographic Annual Revenue beside the revenue of the deals won with us (HubSpot's Total
 * Revenue): the company's own size is no sales to us. The run tiered by it, and a large company that
 * bought little from us was a key account; the deals' revenue is the sales, the other a rival, said.
 */
function preferDealRevenue(
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  duplicates: Rival[],
): void {
  const candidates = revenueCandidates(matches, mapping, duplicates);
  if (!candidates || foldText(splitHeader(candidates.first.header).text) !== "annualrevenue") return;
  const pick = candidates.all.find((c) =>
    /^(?:totalrevenue|closedwonrevenue|wonrevenue|revenuewon|totaldealvalue|dealrevenue)$/.test(
      foldText(splitHeader(c.header).text),
    ),
  );
  if (!pick) return;
  takeRevenue(matches, mapping, duplicates, candidates.first, pick);
}

/**
 * The columns a CRM's account export keeps beside Annual Revenue, about the company itself (Salesforce's
 * Industry, Employees, Account Source, SIC Code; HubSpot's Number of Employees, Lifecycle Stage; a Chinese
 * CRM's 所属行业, 人员规模, 注册资本, 成立日期): where one stands, its annual revenue is the account's own.
 */
const FIRMOGRAPHIC =
  /^(?:industry|employees|numberofemployees|noofemployees|employeecount|accountsource|leadsource|siccode|sicdescription|naicscode|tickersymbol|lifecyclestage|ownership|所属行业|行业|行业类别|人员规模|企业规模|公司规模|注册资本|注册资金|成立日期|成立时间)$/;

/** Deals won, as a CRM heads them: Closed Won, Won Amount, 赢单金额. */
const WON_DEALS = /closedwon|wonamount|amountwon|wonrevenue|赢单/;

/** A company's own yearly revenue, as CRMs head it: Annual Revenue, 年营业额 (its turnover, not ours with it). */
const COMPANY_SIZE = /^(?:annualrevenue|年营业额|企业年营业额|公司年营业额)$/;

/**
 * The columns Microsoft Dynamics 365 (Dataverse) writes first, hidden, in an export to Excel, for the file's
 * re-import: (Do Not Modify) Account (the record's GUID), (Do Not Modify) Row Checksum, (Do Not Modify)
 * Modified On; English in every language of the app. No field of ours, and the mark of an export of its
 * records: an account's Annual Revenue there is the account's own ("Type the annual revenue for the
 * account", the field's description in the app).
 */
const DO_NOT_MODIFY = /^\s*[(（]\s*do\s*not\s*modify\s*[)）]/i;

/**
 * A CRM account export's Annual Revenue, "Estimated annual revenue of the account" (Salesforce's Account
 * object reference, AnnualRevenue): the company's size, not what it buys from us. Tiered by it, the
 * largest companies were key accounts and accounts typed Prospect "had sales". Another sales column
 * (Sales 2025, YTD Sales, a custom field) is taken instead, the other said as a rival; with none, it is
 * left unmapped and returned with the column about the company beside it, for the run to stop on.
 */
function companySizeNotSales(
  header: readonly Cell[],
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  duplicates: Rival[],
  unmapped: { column: number; header: string }[],
): { column: number; header: string; beside: string } | undefined {
  const candidates = revenueCandidates(matches, mapping, duplicates);
  if (!candidates) return undefined;
  const { first, all } = candidates;
  const dynamics = header.find((c): c is string => typeof c === "string" && DO_NOT_MODIFY.test(c));
  const isCompanySize = (h: string): boolean => COMPANY_SIZE.test(foldText(splitHeader(h).text));
  if (!isCompanySize(first.header)) return undefined;
  // Deals won beside it (Closed Won Amount, 赢单金额) are what the account bought, whatever else stands.
  const won = all.find((c) => WON_DEALS.test(foldText(c.header)));
  if (won) {
    takeRevenue(matches, mapping, duplicates, first, won);
    return undefined;
  }
  const firmographic = header.find(
    (c): c is string => typeof c === "string" && FIRMOGRAPHIC.test(foldText(c)),
  );
  const beside = firmographic ?? dynamics;
  if (beside === undefined) return undefined;
  const other = all.find((c) => !isCompanySize(c.header));
  if (other) {
    takeRevenue(matches, mapping, duplicates, first, other);
    return undefined;
  }
  matches.splice(matches.indexOf(first), 1);
  delete mapping.revenue;
  unmapped.push({ column: first.column, header: first.header });
  unmapped.sort((a, b) => a.column - b.column);
  return {
    column: first.column,
    header: first.header,
    beside: beside.trim(),
    ...(firmographic === undefined ? { dynamics: true as const } : {}),
  };
}

/**
 * Beside a 币种 / Currency column, of two sales columns the one that says its amounts are in one currency
 * (销售额（人民币）, Amount (Base Currency)) is the sales: the other is each order's own currency, which
 * cannot be ranked (the run stopped on it, though the sheet had the converted column the stop asks for).
 * So with no currency column where the first says it is each order's own (金蝶's 原币价税合计 left of its
 * 本位币价税合计; Amount (Transaction Currency)).
 */
function preferOneCurrency(
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  duplicates: Rival[],
): void {
  const candidates = revenueCandidates(matches, mapping, duplicates);
  if (!candidates || namesOneCurrency(candidates.first.header)) return;
  const pick = candidates.all.find((c) => namesOneCurrency(c.header));
  if (!pick) return;
  takeRevenue(matches, mapping, duplicates, candidates.first, pick);
}

/**
 * Whether a rival of the sales is this period's beside this year's running total taken (用友's 本期金额
 * beside 本年累计金额, 本期发货金额 beside 本年累计发货金额; see preferYearToDate): the report's two spans of the
 * same sales, the choice no question.
 * @example isPeriodTwin("本期金额", "本年累计金额") // true
 */
export function isPeriodTwin(rival: string, kept: string): boolean {
  const r = foldText(splitHeader(rival).text);
  const k = foldText(splitHeader(kept).text);
  // The same measure (金额, 发货金额) in both: 本期回款 beside 本年累计金额 is payments, a question still.
  return (
    THIS_PERIOD.test(r) &&
    YEAR_TO_DATE.test(k) &&
    yearOf(kept) === undefined &&
    r.replace(THIS_PERIOD, "") === k.replace(YEAR_TO_DATE, "")
  );
}

/** A sales header in each order's own currency, not converted: 原币价税合计, Amount (Transaction Currency). */
const ORIGINAL_CURRENCY = /原币|(?:transaction|document|original)\s*currency/i;

/**
 * Whether a rival of the sales is the same sales in each order's own currency beside those in the home
 * currency taken (原币价税合计 beside 本位币价税合计): no question, the home currency's compare.
 * @example isCurrencyTwin("原币价税合计", "本位币价税合计") // true
 */
export function isCurrencyTwin(rival: string, kept: string): boolean {
  return ORIGINAL_CURRENCY.test(rival) && !ORIGINAL_CURRENCY.test(kept) && namesOneCurrency(kept);
}

/**
 * A header of net sales (净销售额, 净回款, Net Sales, Net Revenue), or of sales without VAT (无税金额,
 * 不含税金额, 未税金额 beside an ERP's 价税合计).
 */
const NET_SALES = /净|无税|不含税|未税|除税|\bnet\b|\bnsv\b/i;

/**
 * A header of sales with their tax (含税销售额, 价税合计, Sales With Tax, Sales incl. VAT, Gross of Tax);
 * 不含税 is without.
 */
const WITH_TAX =
  /(?<!不)含税|价税合计|with\s*(?:sales\s*)?(?:tax|vat|gst)|incl(?:uding|\.|usive\s+of)?\s*(?:sales\s*)?(?:tax|vat|gst)|(?:tax|vat|gst)\s*incl|gross\s+of\s+(?:tax|vat|gst)/i;

/**
 * Whether a rival of the sales is the sales taken with their tax (含税销售额 beside 不含税销售额, 价税合计
 * beside 不含税金额, Sales incl. VAT beside Sales): the same sales, the choice no question.
 * @example isTaxedTwin("含税销售额", "不含税销售额") // true
 */
export function isTaxedTwin(rival: string, kept: string): boolean {
  const taxed = matchForm(rival);
  const plain = matchForm(kept);
  if (!WITH_TAX.test(taxed) || WITH_TAX.test(plain) || yearOf(rival) !== yearOf(kept)) return false;
  // The kept column says it is without the tax, or is the same header without the tax's words (Sales
  // With Tax beside Sales): not another measure (回款额 beside 含税销售额).
  return (
    NO_TAX.test(plain) ||
    foldText(splitHeader(taxed.replace(WITH_TAX, "")).text) === foldText(splitHeader(plain).text)
  );
}

/**
 * Whether a rival of the sales is the same sales before returns, the net being taken: Gross Sales beside
 * Net Sales, 提货额 beside 净销售额 with 退货额 between, 销售金额 beside 实际销售额 with 退货金额 (what the
 * account kept is the sales, the choice no question). Only of the same year and span, the rival no net
 * itself, and by a returns column beside or the word gross (回款额 beside 净销售额 stays a rival).
 * @example isGrossTwin("Gross Sales", "Net Sales", ["Dealer", "Gross Sales", "Net Sales"]) // true
 */
export function isGrossTwin(rival: string, kept: string, labels: readonly Cell[]): boolean {
  const returns = hasReturns(labels);
  const net = (h: string): boolean => isNetSales(h, returns);
  return (
    net(kept) &&
    !net(rival) &&
    !WITH_TAX.test(matchForm(rival)) &&
    yearOf(rival) === yearOf(kept) &&
    isPeriodHeader(rival) === isPeriodHeader(kept) &&
    (returns || /gross|毛/i.test(rival))
  );
}

/** A header of sales without their tax: 不含税, 未税, 无税, 除税, excl. VAT, ex VAT, net of tax, pre-tax. */
const NO_TAX =
  /不含税|未税|无税|除税|excl(?:uding|\.|usive\s+of)?\s*(?:sales\s*)?(?:tax|vat|gst)|(?:ex|net\s+of|before|pre)[\s-]*(?:tax|vat|gst)|without\s+(?:tax|vat|gst)/i;

/** A column of returns or credit notes (退货金额, 销售退回, 红冲金额, Returns, Credit Notes). */
const RETURNS = /退货|退回|红冲|冲红|冲销|returns?|refunds?|creditnotes?|creditmemos?/;
/** Actual sales (实际销售额, Actual Sales): the sales less returns, where a returns column stands beside. */
const ACTUAL_SALES = /^(?:实际|actual)/i;

/** Whether a header row holds a column of returns (退货金额, Returns). */
function hasReturns(header: readonly Cell[]): boolean {
  return header.some((c) => typeof c === "string" && RETURNS.test(foldText(c)));
}

/** Whether a sales header is the net (净销售额, Net Sales, 不含税), or the actual sales beside returns. */
function isNetSales(h: string, returns: boolean): boolean {
  return NET_SALES.test(matchForm(h)) || (returns && ACTUAL_SALES.test(matchForm(h)));
}

/**
 * Gross and net sales side by side (提货额, 退货额 and 净销售额; Gross Sales and Net Sales): the net is the
 * sales, what the account kept; the gross stays a rival, said. Sales without their tax are taken over
 * the same sales with it (Sales over Sales With Tax, 不含税 over 含税). Beside a column of returns (销售金额,
 * 退货金额, 实际销售额: 速达's and many ledgers' sales, returns and what was kept), the actual sales are the
 * net. Only between columns of the same year and span, so last year's net never stands in for this
 * year's sales.
 */
function preferNet(
  header: readonly Cell[],
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  duplicates: Rival[],
): void {
  const candidates = revenueCandidates(matches, mapping, duplicates);
  if (!candidates) return;
  const { first, all } = candidates;
  const returns = hasReturns(header);
  const net = (h: string): boolean => isNetSales(h, returns);
  if (net(first.header)) return;
  const like = (h: string): boolean =>
    yearOf(h) === yearOf(first.header) && isPeriodHeader(h) === isPeriodHeader(first.header);
  // A net rival; else, over sales with their tax (Zoho's Sales With Tax left of Sales), the same sales
  // without it, as 不含税销售额 is taken over 含税销售额.
  const taxed = WITH_TAX.test(matchForm(first.header));
  const pick =
    all.find((c) => c.column !== first.column && net(c.header) && like(c.header)) ??
    (taxed
      ? all.find((c) => c.column !== first.column && !WITH_TAX.test(matchForm(c.header)) && like(c.header))
      : undefined);
  if (!pick) return;
  takeRevenue(matches, mapping, duplicates, first, pick);
}

/**
 * Months of sales beside one year's total ("1月销售额" … "10月销售额" and "2024年销售额"): where the
 * total is not the months' sum (in the rows sampled, or by its year, the year before the months'), it is
 * last year's, to compare with, and the months are this year's sales; else it is their total and stays
 * the sales (`preferWholeYear`).
 */
function lastYearBesideParts(
  sample: readonly (readonly Cell[])[],
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  duplicates: Rival[],
): void {
  const candidates = revenueCandidates(matches, mapping, duplicates);
  if (!candidates || mapping.priorRevenue !== undefined) return;
  const whole = candidates.all.filter((c) => !isPeriodHeader(c.header));
  const parts = candidates.all.filter((c) => isPeriodHeader(c.header));
  const total = whole[0];
  if (whole.length !== 1 || !total || !partsFollowOn(parts)) return;
  const year = yearOf(total.header);
  if (year === undefined) return;
  const partsYear = yearOf((parts[0] as (typeof parts)[number]).header);
  if (partsYear === undefined) {
    // The months name no year: the data says whether the year's column adds them up.
    if (addsUp(sample, total.column, parts)) return;
  } else if (year !== partsYear - 1) return;
  // The leftmost month is the sales column and the other months its rivals, until `sumOfParts` adds
  // them up; the total leaves them for last year's.
  const leftmost = [...parts].sort((a, b) => a.column - b.column)[0] as (typeof parts)[number];
  const moved = new Set([total.column, leftmost.column]);
  const kept = duplicates.filter((d) => !(d.field === "revenue" && moved.has(d.column)));
  moveRevenue(matches, mapping, duplicates, candidates.first, leftmost, kept, false);
  takeParts("priorRevenue", [total], matches, mapping, "contains");
}

/**
 * The words sales in money end with, as a column of one product line's or one channel's names them
 * (goods are not summed across lines: tiles by the square metre and basins by the piece add up to
 * nothing).
 */
const SALES_WORD =
  /(?:销售额|销售收入|销售金额|回款额|回款金额|回款|提货额|提货金额|出货额|出货金额|进货额|业绩|sales|revenue)$/;
/** Words that make a sales column another kind of figure than one line's share of the same sales. */
const NOT_A_LINE =
  /年|月|季|期|[本今当每](?:周|日)|累计|合计|总|净|含税|税|实际|目标|预计|预测|平均|均|同比|环比|total|net|gross|ytd|mtd|qtd|actual|annual|average|avg|monthly|quarterly|weekly|daily|prior|last|previous|current|this|(?:19|20)\d{2}|fy\d|^[qh]\d$/;

/**
 * Sales split across columns by product line or channel (瓷砖销售额, 卫浴销售额, 橱柜销售额; 线上销售额,
 * 线下销售额; Product A Sales, Product B Sales), with no column for their total: the sales are their sum,
 * as for months. The run tiered on the first line alone and said the others "also look like sales". A
 * plain total right of them (合计, 总计, Total) is the sales instead. Last year's, split by the same
 * lines (去年瓷砖销售额 …), are summed alike. Each line must end with the same word of sales and name a
 * line before it (no year, period, total, net or tax word), all in one unit.
 */
function salesByLine(
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  duplicates: Rival[],
  unmapped: { column: number; header: string }[],
): { revenue: Parts; prior?: Parts } | undefined {
  const candidates = revenueCandidates(matches, mapping, duplicates);
  if (!candidates) return undefined;
  // A whole beside its breakdown (销售额, 线上销售额, 线下销售额): the whole is the sales, and its lines are
  // no rivals to say ("也像是销售额" was said of each).
  const whole = candidates.all.find((c) => SALES_WORD.exec(splitHeader(c.header).text)?.index === 0);
  if (whole) {
    const breakdown = linesOf(
      candidates.all.filter((c) => c !== whole),
      undefined,
      1,
    );
    if (breakdown?.word !== SALES_WORD.exec(splitHeader(whole.header).text)?.[0]) return undefined;
    const lines = new Set([whole.column, ...(breakdown?.parts ?? []).map((p) => p.column)]);
    const kept = duplicates.filter((d) => !(d.field === "revenue" && lines.has(d.column)));
    moveRevenue(matches, mapping, duplicates, candidates.first, whole, kept, false);
    return undefined;
  }
  const lines = linesOf(candidates.all);
  if (!lines) return undefined;
  // A plain total right after the lines: the sales, their sum already.
  const last = lines.parts[lines.parts.length - 1] as Parts[number];
  const next = unmapped.find((u) => u.column === last.column + 1);
  const kept = duplicates.filter(
    (d) => !(d.field === "revenue" && lines.parts.some((p) => p.column === d.column)),
  );
  if (next && TOTAL_OF_PARTS.test(splitHeader(next.header).text)) {
    const unit = splitHeader(next.header).unit;
    matches.splice(matches.indexOf(candidates.first), 1, {
      ...candidates.first,
      column: next.column,
      header: next.header,
      how: "contains",
      confidence: 0.7,
      unit,
    });
    mapping.revenue = next.column;
    unmapped.splice(unmapped.indexOf(next), 1);
    duplicates.splice(0, duplicates.length, ...kept);
    return undefined;
  }
  moveRevenue(matches, mapping, duplicates, candidates.first, lines.parts[0] as Parts[number], kept, false);
  // Last year's by the same lines, where last year's is one of them.
  const priorAll = matches
    .filter((m) => m.field === "priorRevenue" && m.column === mapping.priorRevenue)
    .map(({ column, header }) => ({ column, header }))
    .concat(duplicates.filter((d) => d.field === "priorRevenue"));
  const prior = priorAll.length > 1 ? linesOf(priorAll, PRIOR_LINE) : undefined;
  if (!prior || prior.names.join("|") !== lines.names.join("|")) return { revenue: lines.parts };
  const first = matches.find((m) => m.field === "priorRevenue" && m.column === mapping.priorRevenue);
  if (first) matches.splice(matches.indexOf(first), 1);
  takeParts("priorRevenue", prior.parts, matches, mapping, "contains");
  const priorColumns = new Set(prior.parts.map((p) => p.column));
  duplicates.splice(
    0,
    duplicates.length,
    ...duplicates.filter((d) => !(d.field === "priorRevenue" && priorColumns.has(d.column))),
  );
  return { revenue: lines.parts, prior: prior.parts };
}

/** Last year's words before a line's sales (去年瓷砖销售额, 上年线上销售额, Prior Year Product A Sales). */
const PRIOR_LINE = /^(?:去年|上年|上年度|prioryear|lastyear|previousyear|ly|py)/;

/**
 * The lines a set of sales columns (`least` of them at least) splits the sales by: the same word of
 * sales at their end, a line's name before it each, all distinct, in money (each read in its own unit,
 * 万元 or 元); undefined where they are not so.
 */
function linesOf(
  all: readonly { column: number; header: string }[],
  strip?: RegExp,
  least = 2,
): { parts: Parts; names: string[]; word: string } | undefined {
  if (all.length < least) return undefined;
  const split = all.map((c) => ({ ...c, split: splitHeader(c.header) }));
  let word: string | undefined;
  const names: string[] = [];
  for (const c of split) {
    if (c.split.quantity) return undefined;
    let text = c.split.text;
    if (strip) {
      if (!strip.test(text)) return undefined;
      text = text.replace(strip, "");
    }
    const m = SALES_WORD.exec(text);
    if (!m || (word !== undefined && m[0] !== word)) return undefined;
    word = m[0];
    const name = text.slice(0, m.index);
    if (name === "" || NOT_A_LINE.test(name) || names.includes(name)) return undefined;
    names.push(name);
  }
  const parts = split.map(({ column, header }) => ({ column, header })).sort((a, b) => a.column - b.column);
  const order = new Map(split.map((c, k) => [c.column, names[k] as string]));
  return { parts, names: parts.map((p) => order.get(p.column) as string), word: word as string };
}

/** Parts of a year (two or more) that each name their months and follow on without a gap or overlap. */
/** A plain total's words (合计, 销售额合计, Total), and the words that make it a whole year's. */
const PLAIN_TOTAL = /合计|总计|汇总|total/;
const YEAR_WORDS = /全年|年度|fullyear|annual|year/;

/**
 * The months or quarters a total sums: the parts that follow on right before its column (1月 … 10月,
 * 合计). A whole year's total by its words (全年合计, 全年销售额, 年销售额, Annual Total) is said to be one
 * (`namesYear`): its cells decide whether it sums the months filled so far (see `readAccounts`).
 */
function partsTotalled(
  labels: readonly Cell[],
  column: number | undefined,
): { parts: Parts; namesYear: boolean } | undefined {
  if (column === undefined) return undefined;
  const words = splitHeader(cellText(labels[column])).text;
  const namesYear = YEAR_WORDS.test(words) || /^年/.test(words);
  if (!PLAIN_TOTAL.test(words) && !namesYear) return undefined;
  const parts: Parts = [];
  for (let c = column - 1; c >= 0; c--) {
    const header = cellText(labels[c]);
    if (!isPeriodHeader(header)) break;
    parts.unshift({ column: c, header });
  }
  if (partsFollowOn(parts)) return { parts, namesYear };
  // Months with their quarters' subtotals among them (1月 2月 3月 一季度合计 4月 … 全年合计): the months
  // (they overlapped, and 全年合计 of ten months was said to be a whole year's).
  const months = parts.filter((p) => {
    const span = periodPartOf(p.header);
    return span !== undefined && span.from === span.to;
  });
  return months.length < parts.length && partsFollowOn(months) ? { parts: months, namesYear } : undefined;
}

function partsFollowOn(parts: readonly { header: string }[]): boolean {
  if (parts.length < 2) return false;
  const spans = parts.map((p) => (isPeriodHeader(p.header) ? periodPartOf(p.header) : undefined));
  if (spans.some((s) => s === undefined)) return false;
  if (new Set(parts.map((p) => yearOf(p.header))).size > 1) return false;
  const byMonth = (spans as { from: number; to: number }[]).sort((a, b) => a.from - b.from);
  for (let k = 1; k < byMonth.length; k++)
    if ((byMonth[k] as { from: number }).from !== (byMonth[k - 1] as { to: number }).to + 1) return false;
  return true;
}

/** Columns of one year's sales by month or quarter, in column order. */
type Parts = { column: number; header: string }[];

/**
 * Sales by month or quarter and nothing for their whole span ("1月销售额" … "12月销售额"; "一季度销售额" …
 * "三季度销售额"): the sales are the parts' sum, not the leftmost month's (which ranked a ledger by its
 * January). The parts must each name their months and follow on from one another without a gap or an
 * overlap. Where they name two years (a group "2024年销售额" over 1月 … 10月 beside "2025年销售额" over the
 * same months), the latest year's are the sales and the year before's last year's, summed alike (where no
 * other column is last year's). Else the leftmost stays the sales and the others rivals, as before. The
 * parts are no rivals then: nothing is said of them but the sum.
 */
function sumOfParts(
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  duplicates: Rival[],
): { revenue: Parts; prior?: Parts } | undefined {
  const candidates = revenueCandidates(matches, mapping, duplicates);
  if (!candidates) return undefined;
  const split = byYear(candidates.all);
  if (!split) return undefined;
  // Last year's months where another column is last year's (上年销售额): that column stays last year's,
  // and the months stay rivals, said.
  const prior = mapping.priorRevenue === undefined ? split.prior : undefined;
  const taken = new Set([...split.revenue, ...(prior ?? [])].map((p) => p.column));
  const kept = duplicates.filter((d) => !(d.field === "revenue" && taken.has(d.column)));
  const first = split.revenue[0] as Parts[number];
  moveRevenue(
    matches,
    mapping,
    duplicates,
    candidates.first,
    first,
    kept,
    !taken.has(candidates.first.column),
  );
  if (prior) takeParts("priorRevenue", prior, matches, mapping, "contains");
  return prior ? { revenue: split.revenue, prior } : { revenue: split.revenue };
}

/**
 * Parts of the year split by the years their headers name: all of them where they name one year (or
 * none), else the latest year's as the sales and the year before's as last year's, each following on
 * (older years' are left out: rivals, said). Undefined where they do not follow on.
 */
function byYear(
  all: readonly { column: number; header: string }[],
): { revenue: Parts; prior?: Parts } | undefined {
  const inOrder = (parts: readonly { column: number; header: string }[]): Parts =>
    parts.map(({ column, header }) => ({ column, header })).sort((a, b) => a.column - b.column);
  const years = [...new Set(all.map((c) => yearOf(c.header)))];
  if (years.length === 1) return partsFollowOn(all) ? { revenue: inOrder(all) } : undefined;
  if (years.some((y) => y === undefined)) return undefined;
  const latest = Math.max(...(years as number[]));
  const current = all.filter((c) => yearOf(c.header) === latest);
  const previous = all.filter((c) => yearOf(c.header) === latest - 1);
  if (!partsFollowOn(current) || !partsFollowOn(previous)) return undefined;
  return { revenue: inOrder(current), prior: inOrder(previous) };
}

/** A field (this year's sales or last year's) is the sum of `parts`: the first of them is its column. */
function takeParts(
  field: "revenue" | "priorRevenue",
  parts: Parts,
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  how: "contains" | "guessed",
): void {
  const p = parts[0] as Parts[number];
  mapping[field] = p.column;
  const unit = splitHeader(p.header).unit;
  const confidence = how === "guessed" ? 0.4 : 0.7;
  matches.push({ column: p.column, header: p.header, field, how, confidence, unit });
}

/**
 * Summed sales as findings name them: the first part's header and the last's ("1月销售额…10月销售额");
 * undefined for fewer than two parts.
 * @example partsLabel([{ header: "1月销售额" }, { header: "2月销售额" }]) // "1月销售额…2月销售额"
 */
export function partsLabel(parts: readonly { readonly header: string }[] | undefined): string | undefined {
  const first = parts?.[0];
  const last = parts?.[parts.length - 1];
  return first && last && parts.length > 1 ? `${first.header}…${last.header}` : undefined;
}

/**
 * The months the sales cover where they are the sum of parts (`revenueParts`): from the first part's
 * first month to the last part's last; undefined for none or the whole year.
 * @example partsPeriod([{ column: 2, header: "1月销售额" }, { column: 3, header: "2月销售额" }]) // { months: 2, from: 1, to: 2 }
 */
export function partsPeriod(
  parts: readonly { readonly header: string }[] | undefined,
): SalesPeriod | undefined {
  if (!parts || parts.length === 0) return undefined;
  const spans = parts.map((p) => periodPartOf(p.header));
  const from = Math.min(...spans.map((s) => s?.from ?? 1));
  const to = Math.max(...spans.map((s) => s?.to ?? 12));
  return from === 1 && to === 12 ? undefined : { months: to - from + 1, from, to };
}

/**
 * No sales header, but a total right of two or more parts of the year ("一季度" … "四季度", "全年合计";
 * "1月" … "12月", "合计"): the total is the best guess for the year's sales, said as a guess.
 */
function guessTotalOfPeriods(
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  unmapped: { column: number; header: string }[],
  captioned: boolean,
): void {
  let periods = 0;
  for (const u of unmapped) {
    if (isPeriodHeader(u.header)) {
      periods++;
      continue;
    }
    const split = splitHeader(u.header);
    if (periods >= 2 && TOTAL_OF_PARTS.test(split.text)) {
      if (captioned) takeUnmapped(matches, mapping, unmapped, u, "revenue", "contains", 0.7);
      else takeUnmapped(matches, mapping, unmapped, u, "revenue", "guessed", 0.4);
      return;
    }
    periods = 0;
  }
}

/**
 * A header that is a part of the year and nothing more, folded: a month, a quarter or a half, with its
 * year or not (1月, 2025年1月, 1月份, Jan, Jan2024, Q1, Q1'25, 2025Q1, 1Q25, 2025-01, 一季度, 上半年).
 * 1月拜访次数 or 1月目标 names something else by the month.
 */
const BARE_PERIOD =
  /^(?:(?:19|20)\d{2}年?|fy'?\d{2}|['’]\d{2})?(?:(?:1[0-2]|0?[1-9])月份?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|q[1-4]|[1-4]q|h[12]|第?[一二三四1-4]季度?|[上下]半年)(?:(?:19|20)\d{2}年?|['’]?\d{2}|fy'?\d{2})?$|^(?:19|20)\d{2}(?:0[1-9]|1[0-2])$/;

/**
 * No sales header and no total, but columns headed by months or quarters alone ("1月" … "12月", "Q1" …
 * "Q4") holding figures: their sum is the best guess for the sales, said as a guess. They must follow on
 * as `sumOfParts` asks, and most of their filled cells in the rows sampled be numbers.
 */
function guessParts(
  sample: readonly (readonly Cell[])[],
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  unmapped: { column: number; header: string }[],
): { revenue: Parts; prior?: Parts } | undefined {
  const split = byYear(bareParts(sample, unmapped));
  if (!split || (split.prior && mapping.priorRevenue !== undefined)) return undefined;
  takeParts("revenue", split.revenue, matches, mapping, "guessed");
  if (split.prior) takeParts("priorRevenue", split.prior, matches, mapping, "guessed");
  const taken = new Set([...split.revenue, ...(split.prior ?? [])].map((p) => p.column));
  unmapped.splice(0, unmapped.length, ...unmapped.filter((u) => !taken.has(u.column)));
  if (!split.prior && mapping.priorRevenue === undefined)
    yearBeforeParts(split.revenue, matches, mapping, unmapped);
  return split;
}

/** Unmapped columns headed by a month, a quarter or a half alone, most of their filled cells numbers. */
function bareParts(
  sample: readonly (readonly Cell[])[],
  unmapped: readonly { column: number; header: string }[],
): { column: number; header: string }[] {
  return unmapped.filter((u) => {
    if (
      !isPeriodHeader(u.header) ||
      !periodPartOf(u.header) ||
      !BARE_PERIOD.test(foldText(splitHeader(u.header).text))
    )
      return false;
    return holdsFigures(sample, u.column);
  });
}

/** Whether a column holds figures: filled in the rows sampled, and most of its filled cells numbers. */
function holdsFigures(sample: readonly (readonly Cell[])[], column: number): boolean {
  const filled = sample.filter((r) => !isBlankCell(r[column] ?? null));
  return (
    filled.length > 0 && filled.filter((r) => typeof r[column] === "number").length / filled.length >= 0.6
  );
}

/**
 * Beside this year's parts (1Q25 … 4Q25), a column headed by the year before alone (FY24, 2024年) is
 * last year's sales, said as a guess as the parts are.
 */
function yearBeforeParts(
  parts: Parts,
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  unmapped: { column: number; header: string }[],
): void {
  const year = yearOf((parts[0] as Parts[number]).header);
  if (year === undefined) return;
  const before = unmapped.find((u) => {
    const alone = yearAlone(u.header);
    return alone !== undefined && !alone.span && alone.year === year - 1;
  });
  if (before) takeUnmapped(matches, mapping, unmapped, before, "priorRevenue", "guessed", 0.4);
}

/**
 * This year's sales by month or quarter under headers that name the period alone (Q1 2025 … Q4 2025,
 * 2025年1月 … 2025年10月, 2025-01 …) beside a sales column of the year before (FY2024 Sales,
 * 2024年销售额): that column is last year's, and the parts, summed, are the sales. It was taken for the
 * sales, and a ledger of this year's quarters was tiered by last year's. Parts that name no year go
 * the same way where the column is not their sum in the rows sampled (else it is their total).
 */
function partsBesideLastYear(
  sample: readonly (readonly Cell[])[],
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  unmapped: { column: number; header: string }[],
): Parts | undefined {
  const total = matches.find((m) => m.field === "revenue" && m.column === mapping.revenue);
  if (!total || mapping.priorRevenue !== undefined || isPeriodHeader(total.header)) return undefined;
  const year = yearOf(total.header);
  if (year === undefined || salesPeriodOf(total.header) !== undefined) return undefined;
  const split = byYear(bareParts(sample, unmapped));
  if (!split || split.prior) return undefined;
  const partsYear = yearOf((split.revenue[0] as Parts[number]).header);
  if (
    partsYear === undefined
      ? addsUp(sample, total.column, split.revenue) || !alike(sample, total.column, split.revenue)
      : partsYear !== year + 1
  )
    return undefined;
  const revenue = split.revenue;
  matches.splice(matches.indexOf(total), 1, {
    ...total,
    field: "priorRevenue",
    how: "guessed",
    confidence: 0.4,
  });
  mapping.priorRevenue = total.column;
  delete mapping.revenue;
  takeParts("revenue", revenue, matches, mapping, "guessed");
  const taken = new Set(revenue.map((p) => p.column));
  unmapped.splice(0, unmapped.length, ...unmapped.filter((u) => !taken.has(u.column)));
  return revenue;
}

/**
 * Whether parts that name no year add up to about as much as the year's column (their sum a tenth of
 * it to ten times it, in the median row): sales by month beside last year's sales, not visits or orders
 * counted by month beside them.
 */
function alike(sample: readonly (readonly Cell[])[], column: number, parts: Parts): boolean {
  const ratios: number[] = [];
  for (const row of sample) {
    const t = row[column];
    if (typeof t !== "number" || t <= 0) continue;
    let sum = 0;
    for (const p of parts) {
      const v = row[p.column];
      if (typeof v === "number") sum += v;
    }
    ratios.push(sum / t);
  }
  if (ratios.length === 0) return false;
  ratios.sort((a, b) => a - b);
  const median = ratios[Math.floor(ratios.length / 2)] as number;
  return median >= 0.1 && median <= 10;
}

/** Whether a column is its parts' sum in most of the rows sampled that fill it (within 2%). */
function addsUp(sample: readonly (readonly Cell[])[], column: number, parts: Parts): boolean {
  let checked = 0;
  let adds = 0;
  for (const row of sample) {
    const t = row[column];
    if (typeof t !== "number") continue;
    let sum = 0;
    let numbers = true;
    for (const p of parts) {
      const v = row[p.column];
      if (typeof v === "number") sum += v;
      else if (!isBlankCell(v ?? null)) numbers = false;
    }
    if (!numbers) continue;
    checked++;
    // Within 2%: months typed rounded (to 0.1万) still add up to a total kept exact.
    if (Math.abs(t - sum) <= Math.max(0.01, Math.abs(t) * 0.02)) adds++;
  }
  return checked === 0 || adds / checked >= 0.8;
}

/** A year opening a header (unit and blanks taken off): 2025, 2025年, 2025年度, 25年, FY25, CY2025. */
const YEAR_TOKEN = /^(?:((?:19|20)\d{2})年?度?|(\d{2})年度?|(?:fy|cy)'?((?:20)?\d{2}))/;
/** What may follow the year in a header of the year's sales by a span of it alone: 1-6月, 上半年, Q1-Q2. */
const SPAN_ONLY =
  /^(?:(?:1[0-2]|0?[1-9])月?份?[-~～—–至到](?:1[0-2]|0?[1-9])月份?|[上下]半年|h1|1h|q[1-4][-~～—–至到]q?[1-4]|前[一二三四1-4]季度?|jan[a-z]*(?:[-~～—–]|to)(?:feb|mar|apr|may|jun|jul|aug|sep|oct|nov)[a-z]*)$/;
/** A year closing a header, after the span of it (H1 2025, Jan-Jun 2025, Q1-Q3 FY25). */
const YEAR_AFTER = /(?:((?:19|20)\d{2})年?度?|(?:fy|cy)'?((?:20)?\d{2}))$/;

/**
 * The year a header names and nothing else (2025年, 25年, FY25, CY2024), or a span of it from its start
 * (2025年1-6月, 2025年上半年, 2025年前三季度, 2025 H1, Jan-Jun 2025: `span`); undefined for a header naming
 * anything more (2025年目标, 2025年拜访次数) or a month or a quarter alone (a part, summed with the others).
 * @example yearAlone("2025年1-6月（万元）") // { year: 2025, span: true }
 */
export function yearAlone(header: string): { year: number; span: boolean } | undefined {
  const text = matchForm(header)
    .toLowerCase()
    .replace(/[(（][^()（）]*[)）]/g, "")
    .replace(/\s+/g, "");
  const m = YEAR_TOKEN.exec(text);
  const after = m ? null : YEAR_AFTER.exec(text);
  if (!m && !after) return undefined;
  const year = m
    ? m[1]
      ? Number(m[1])
      : 2000 + (Number(m[2] ?? m[3]) % 100)
    : after?.[1]
      ? Number(after[1])
      : 2000 + (Number(after?.[2]) % 100);
  const rest = m ? text.slice(m[0].length) : text.slice(0, text.length - (after?.[0].length ?? 0));
  if (rest === "") return { year, span: false };
  if (!SPAN_ONLY.test(rest)) return undefined;
  const p = salesPeriodOf(header);
  return p?.from === 1 && p.to !== undefined && p.to > 1 && p.to < 12 ? { year, span: true } : undefined;
}

/**
 * Whether a header is a year and nothing else ("2025年", "FY25"), or a span of it ("2025年1-6月"), as a
 * column of sales by year alone.
 * @example isYearHeader("2025年（万元）") // true
 */
export function isYearHeader(header: string): boolean {
  return yearAlone(header) !== undefined;
}

/**
 * With no sales header at all, columns headed by a year alone (2024年, 2025年: a ledger whose sales
 * columns are named by their year only) holding figures: the latest year's is taken as this period's
 * sales and the year before's as last year's, each marked as a guess (said as such, to be checked).
 */
function guessYearColumns(
  rows: readonly (readonly Cell[])[],
  band: HeaderBand,
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  unmapped: { column: number; header: string }[],
  captioned: boolean,
): void {
  const start = band.top + band.rows;
  const sample = rows.slice(start, start + 50);
  const years = new Map<number, { column: number; header: string }>();
  for (const u of unmapped) {
    const year = yearAlone(u.header)?.year;
    if (year !== undefined && !years.has(year) && holdsFigures(sample, u.column)) years.set(year, u);
  }
  if (years.size === 0) return;
  const latest = Math.max(...years.keys());
  const take = (field: Field, u: { column: number; header: string }): void =>
    captioned
      ? takeUnmapped(matches, mapping, unmapped, u, field, "contains", 0.7)
      : takeUnmapped(matches, mapping, unmapped, u, field, "guessed", 0.4);
  take("revenue", years.get(latest) as { column: number; header: string });
  const prior = years.get(latest - 1);
  if (prior && mapping.priorRevenue === undefined) take("priorRevenue", prior);
}

/**
 * The sales read under a year's header of a whole year (2024年实际, 2024 Actual), and beside it a column
 * headed by the next year alone, or a span of it (2025年1-6月, 2025), up to the run's year, holding
 * figures: that column is this period's sales and the first last year's, said as a guess. The ledger
 * was tiered by last year, this year's half unread and unsaid.
 */
function laterYearBeside(
  sample: readonly (readonly Cell[])[],
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  unmapped: { column: number; header: string }[],
  asOfYear: number,
): void {
  const column = mapping.revenue as number;
  const match = matches.find((m) => m.field === "revenue" && m.column === column);
  const year = match ? yearOf(match.header) : undefined;
  if (!match || year === undefined || year >= asOfYear || salesPeriodOf(match.header) !== undefined) return;
  const later = unmapped.find(
    (u) => yearAlone(u.header)?.year === year + 1 && holdsFigures(sample, u.column),
  );
  if (!later) return;
  moveField(matches, mapping, unmapped, "revenue", "priorRevenue");
  const prior = matches.find((m) => m.field === "priorRevenue" && m.column === column);
  if (prior) matches.splice(matches.indexOf(prior), 1, { ...prior, how: "guessed", confidence: 0.4 });
  takeUnmapped(matches, mapping, unmapped, later, "revenue", "guessed", 0.4);
}

/** Whether a PivotTable's data caption right above the header names the sales ("Sum of Revenue"). */
function salesCaptionAbove(rows: readonly (readonly Cell[])[], band: HeaderBand): boolean {
  for (let r = Math.max(0, band.top - 2); r < band.top; r++)
    for (const cell of rows[r] ?? []) {
      const m = typeof cell === "string" ? PIVOT_CAPTION.exec(cell.trim()) : null;
      if (m && headerFieldOf(m[1] as string) === "revenue") return true;
    }
  return false;
}

/** With no name header, the first column of mostly text values is the best guess, said as a guess. */
function guessNameColumn(
  rows: readonly (readonly Cell[])[],
  band: HeaderBand,
  taken: Set<number>,
  outputCols: Partial<Record<OutputKey, number>>,
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  unmapped: { column: number; header: string }[],
): void {
  const used = new Set([...Object.values(mapping), ...Object.values(outputCols), ...taken]);
  const start = band.top + band.rows;
  const sample = rows.slice(start, start + 50);
  if (sample.length === 0) return;
  // A column no sampled row reaches holds no text to guess from.
  const width = Math.max(band.labels.length, ...sample.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    if (used.has(c)) continue;
    const texts = sample.filter((r) => isWordCell(r[c])).length;
    if (texts / sample.length >= 0.6) {
      const header = cellText(band.labels[c]);
      mapping.name = c;
      matches.push({ column: c, header, field: "name", how: "guessed", confidence: 0.4, unit: undefined });
      const i = unmapped.findIndex((u) => u.column === c);
      if (i >= 0) unmapped.splice(i, 1);
      return;
    }
  }
}
