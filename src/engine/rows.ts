import type { Cell } from "./cells";
import { foldText, matchForm } from "./normalize";

const TOTAL_WORDS = new Set([
  "合计",
  "汇总",
  "总计",
  "小计",
  "总和",
  "共计",
  "累计",
  "合计数",
  "总合计",
  "本页合计",
  "全部合计",
  "total",
  "totals",
  "grandtotal",
  "subtotal",
  "sum",
  "overall",
  "alltotal",
  "total(all)",
  // LibreOffice's PivotTable grand total, in its English and Chinese UI.
  "totalresult",
  "合计结果",
  "总计结果",
]);

/** Whether the text holds any character the total words start from (a superset of the regex's matches). */
function mayNameTotal(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 128) {
      const lower = c | 32;
      if (lower === 116 || lower === 115 || lower === 111) return true;
    } else if (
      // 合 总 小 累 计 汇 其, their traditional 總 計 匯 彙, and the full-width ｔＴｓＳｏＯ
      c === 0x5408 ||
      c === 0x7e3d ||
      c === 0x8a08 ||
      c === 0x532f ||
      c === 0x5f59 ||
      c === 0x5176 ||
      c === 0x6c47 ||
      c === 0x603b ||
      c === 0x5c0f ||
      c === 0x7d2f ||
      c === 0x8ba1 ||
      c === 0xff54 ||
      c === 0xff34 ||
      c === 0xff53 ||
      c === 0xff33 ||
      c === 0xff4f ||
      c === 0xff2f
    )
      return true;
  }
  return false;
}

/**
 * Tells whether a name cell marks a totals row: 合计, 总计, 小计, Total, Grand Total, "合 计", "Total:", and
 * a part of a total, "其中：重点客户" / "of which: East".
 * A name that merely starts with "Total" ("Total Logistics Co.") is an account.
 * @example isTotalLabel("Grand Total") // true
 */
export function isTotalLabel(text: string): boolean {
  // Cheap screens first: this runs on every row of a million-row sheet. No character that a total's
  // words need (t, s, o in any case, 合总小累计汇其, their full-width letters): not a total, and no regex run.
  if (!mayNameTotal(text)) return false;
  if (!/[合总小累计汇其總計匯彙ｔＴｓＳｏＯ]|total|sum|overall|of\s*which/i.test(text)) return false;
  const f = foldText(text).replace(/[:：()（）]/g, "");
  if (f === "") return false;
  // A part of the total above it ("其中：重点客户", "其中 华东", "of which: East"), as a statement breaks one
  // down: it was tiered as an account named "其中：重点客户", its sales counted twice.
  if (/^\s*(?:其中|of\s+which\b)\s*[:：]?\s*\S/i.test(matchForm(text))) return true;
  if (TOTAL_WORDS.has(f)) return true;
  // "华东区合计", "华东汇总", "East subtotal": a region's subtotal.
  return /(合计|小计|总计|汇总|subtotal)$/.test(f) || /^(subtotal|totalfor|totalof)/.test(f);
}

/**
 * The label of a row without a name that marks it a total ("合计" in another column), trimmed, if it has
 * one: the row's first text. A LibreOffice PivotTable's subtotal too ("华东 Result" under 大区), and
 * English Excel's ("East Total", "John Smith Total": Data > Subtotal, a PivotTable's).
 * @example unnamedTotalLabel([null, " 合计 ", 300]) // "合计"
 */
export function unnamedTotalLabel(row: readonly Cell[]): string | undefined {
  const label = row.find((c) => typeof c === "string" && c.trim() !== "");
  return typeof label === "string" &&
    (isTotalLabel(label) || PIVOT_RESULT.test(label) || GROUP_TOTAL.test(label) || isSubtotalSummary(label))
    ? label.trim()
    : undefined;
}

/**
 * A group's total as English Excel labels it, Data > Subtotal's and a PivotTable's subtotals at the
 * bottom: "East Total", "John Smith Total". Beside a blank name only; in the name column only where the
 * group is a region's or the heading's above (see groupTotalOf): "Sport Total" may be a company.
 */
const GROUP_TOTAL = /^\s*(\S.*?)\s+total\s*$/i;

/**
 * Data > Subtotal's other summaries (Use function: Count, Average, Max, …) as Excel labels them, in its
 * English and Chinese UI: "East Average" / "华东 平均值" under a group, "Grand Average" / "总计平均值" (and
 * "总计数") at the foot; and LibreOffice's Data > Subtotals, by any function, its sum too: "East Sum" /
 * "华东 求和", "Grand Sum" / "总计 求和", "华东 数值计数" (made by LibreOffice through UNO in the tests).
 * Each was a row without a name, a warning.
 */
const SUMMARY_EN = /^\s*\S.*?\s+(?:sum|count(?:\s+nums)?|average|max|min|product|stddevp?|varp?)\s*$/i;
const SUMMARY_ZH =
  /^\s*\S.*?\s*(?:求和|计数|平均值|最大值|最小值|乘积|数值计数|标准偏差|总体标准偏差|方差|总体方差)\s*$/;

/**
 * Whether a label is Data > Subtotal's summary of a group ("East Average", "华东 计数", "Grand Max", "总计数";
 * LibreOffice's "华东 求和" too): beside a blank name only, as Excel's sum ("East Total") is.
 * @example isSubtotalSummary("华东 平均值") // true
 */
export function isSubtotalSummary(label: string): boolean {
  return SUMMARY_EN.test(label) || SUMMARY_ZH.test(label);
}

/** How Data > Subtotal summarized a group ("Use function"), as its label names it. */
export type SummaryFunction =
  "sum" | "count" | "average" | "max" | "min" | "product" | "stdev" | "stdevp" | "var" | "varp";

/** The words after a group's name, English (Excel's and LibreOffice's) and Chinese, by their function. */
const SUMMARY_WORD: Readonly<Record<string, SummaryFunction>> = {
  total: "sum",
  sum: "sum",
  count: "count",
  countnums: "count",
  countnumbers: "count",
  average: "average",
  max: "max",
  min: "min",
  product: "product",
  stddev: "stdev",
  stdev: "stdev",
  stddevp: "stdevp",
  stdevp: "stdevp",
  var: "var",
  varp: "varp",
  汇总: "sum",
  求和: "sum",
  计数: "count",
  数值计数: "count",
  平均值: "average",
  最大值: "max",
  最小值: "min",
  乘积: "product",
  标准偏差: "stdev",
  总体标准偏差: "stdevp",
  方差: "var",
  总体方差: "varp",
};
const OF_GROUP_EN =
  /^\s*(\S.*?)\s+(total|sum|count(?:\s*(?:nums|numbers))?|average|max|min|product|std?devp?|varp?)\s*$/i;
const OF_GROUP_ZH =
  /^\s*(\S.*?)\s*(汇总|求和|数值计数|计数|平均值|最大值|最小值|乘积|总体标准偏差|标准偏差|总体方差|方差)\s*$/;

/**
 * The group a Data > Subtotal label summarizes and by which function, where a name reads so: Excel's
 * "Acme Total" / "Acme 汇总", "Acme Count", "Acme Average" / "Acme 平均值"; LibreOffice's "Acme Sum" / "Acme
 * 求和", "Acme 数值计数" (its words, read from files it made). Else undefined.
 * @example summaryOfLabel("经销商01 数值计数") // { of: "经销商01", fn: "count" }
 */
export function summaryOfLabel(
  label: string,
): { readonly of: string; readonly fn: SummaryFunction } | undefined {
  const m = OF_GROUP_EN.exec(label) ?? OF_GROUP_ZH.exec(label);
  const fn = m && SUMMARY_WORD[(m[2] as string).toLowerCase().replace(/\s+/g, "")];
  return m && fn ? { of: m[1] as string, fn } : undefined;
}

/**
 * The last row of Data > Subtotal by a function other than the sum, in the name column: "Grand Count",
 * "Grand Average" (Excel's and LibreOffice's English), "总计数", "总计 平均值", "总计 数值计数" (Chinese).
 * Taken so only under a group's summary (see readAccounts): tiered, "Grand Average" was an account.
 * @example isGrandSummary("总计 数值计数") // true
 */
export function isGrandSummary(label: string): boolean {
  const m = /^\s*(?:grand|总计)\s*(\S.*?)\s*$/i.exec(label);
  const word = m?.[1]?.toLowerCase().replace(/\s+/g, "");
  return label.trim() === "总计数" || (word !== undefined && SUMMARY_WORD[word] !== undefined);
}

/**
 * The group "East Total" totals ("East"), where a name reads so; else undefined.
 * @example groupTotalOf("East Total") // "East"
 */
export function groupTotalOf(name: string): string | undefined {
  return GROUP_TOTAL.exec(name)?.[1];
}

/**
 * A LibreOffice PivotTable's subtotal beside its group's rows, the name cell blank: "华东 Result", "华东 结果"
 * (its English and Chinese UI). Only there: in the name column, "Best Result" is a company.
 */
const PIVOT_RESULT = /\S\s+(?:Result|结果)\s*$/;

/** An ordinal before a heading: 一、 二. （三） (4) 5、 第一部分. */
const ORDINAL =
  /^(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|\d{1,2}\s*[、.．]|第[一二三四五六七八九十\d]+(?:部分|片|组)[：:、]?)\s*/;
/** What names a sales region's group: 大区, 片区, 区域, 地区, 区, 省, 市, 办事处, 分公司. */
const REGION_SUFFIX = /(?:大区|片区|区域|地区|战区|办事处|分公司|事业部|自治区|省|市|区)$/;
/** China's regions as sales teams divide it, and its provinces and municipalities. */
const REGION_NAMES = new Set(
  (
    "华东 华南 华北 华中 华西 西南 西北 东北 东南 中南 北方 南方 东部 西部 南部 北部 中部 东区 西区 南区 北区 中区 " +
    "北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 " +
    "重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 台湾 香港 澳门"
  ).split(" "),
);
/**
 * A province at the start of a place in one cell, as written with its suffix: 浙江省杭州市西湖区 → 浙江省,
 * 上海市浦东新区 → 上海市, 广西壮族自治区南宁市 → 广西壮族自治区, 浙江/杭州/西湖 → 浙江. None where the
 * cell starts with no province (华东, an English state).
 * @example provinceOf("浙江省/杭州市/西湖区") // "浙江省"
 */
export function provinceOf(text: string): string | undefined {
  return PROVINCE_FIRST.exec(text.trim())?.[0];
}

const PROVINCE_FIRST =
  /^(?:内蒙古|黑龙江|北京|天津|河北|山西|辽宁|吉林|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|台湾|香港|澳门)(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)?/;

/** A header of a place in one cell: 省市区, 省/市/区, 所在省市, Province/City (folded). */
export const PLACE_IN_ONE = /^(?:所在地?)?省(?:份)?(?:市|城市)(?:区|县|区县)?$|^provincecity$/;

/** An English region heading: "East", "North-East Region", "Southern Area". */
const EN_REGION =
  /^(?:north|south|east|west|central|midwest|north\s*-?\s*east|north\s*-?\s*west|south\s*-?\s*east|south\s*-?\s*west)(?:ern)?(?:\s+(?:region|area|zone|territory|district))?$/i;
/** "Region: East", "区域：华东". */
const LABELLED = /^(?:region|area|zone|territory|区域|大区|片区|地区)\s*[:：]\s*(.+)$/i;

/**
 * Tells whether a row is a section heading among the distributors: its only text is the name of a sales
 * region ("华东区", "二、华南大区", "Region: East", or a value the region column holds), in the name
 * column and nowhere else but the cells merged with it. Ledgers that group distributors by region put
 * one above each group, with a 小计 row below; as a row it would be tiered a prospect named "华东区".
 * @example isSectionHeading(["华东区", null, null], 0, () => new Set()) // true
 */
export function isSectionHeading(
  row: readonly Cell[],
  nameIndex: number,
  regionValues: () => ReadonlySet<string>,
): boolean {
  const cell = row[nameIndex];
  if (typeof cell !== "string") return false;
  const name = cell.trim();
  // Short: a heading is a place's name, not a company's.
  if (name === "" || name.length > 24) return false;
  for (let k = 0; k < row.length; k++) {
    const c = row[k];
    if (k === nameIndex || c === null || c === undefined) continue;
    if (typeof c === "string" && (c.trim() === "" || c.trim() === name)) continue;
    return false;
  }
  return isRegionLabel(name, regionValues);
}

/**
 * The region a group's heading names, without its ordinal, label or colon: "二、华南大区" → 华南大区,
 * "区域：华北" → 华北, "Region: East" → East.
 * @example regionHeadingText("（三）西北片区：") // "西北片区"
 */
export function regionHeadingText(name: string): string {
  const label = name
    .replace(ORDINAL, "")
    .replace(/[:：]$/, "")
    .trim();
  return LABELLED.exec(label)?.[1]?.trim() ?? label;
}

/**
 * Whether a label names a sales region as a group's heading does: "华东区", "二、华南大区", "Region: East",
 * 浙江省, or a value the region column holds.
 * @example isRegionLabel("二、华南大区", () => new Set()) // true
 */
export function isRegionLabel(name: string, regionValues: () => ReadonlySet<string>): boolean {
  const label = regionHeadingText(name);
  if (EN_REGION.test(label)) return true;
  const base = label.replace(REGION_SUFFIX, "");
  if (REGION_NAMES.has(label) || REGION_NAMES.has(base)) return true;
  const regions = regionValues();
  return regions.size > 0 && (regions.has(foldText(label)) || (base !== "" && regions.has(foldText(base))));
}

/**
 * A label that opens a note under (or over) a table: 注：, 备注：, 制表人：, 填表日期：, 数据来源：, Note:, Prepared by:,
 * Date: …; or the word alone (说明, 备注, Notes), a cell no company is named; or a report's foot as the
 * package prints it: QuickBooks' "Accrual basis Monday, December 1, 2025 10:30 AM", "Printed on …",
 * "Page 1 of 2", "第1页/共2页"; Salesforce's "Confidential Information - Do Not Distribute" and "Copyright (c)
 * 2000-2025 salesforce.com, inc. All rights reserved." (tiered as two prospects), 版权所有.
 */
const NOTE_LABEL =
  /^(?:注\s*\d*|附注|备注|说明|填表说明|制表人?|制表日期|填表人|填表日期|填报人|填报日期|制单人?|制单日期|报表日期|报送日期|日期|编制人?|审核人?|审批人?|复核人?|批准人?|数据来源|来源|统计日期|统计口径|截止日期|截至日期|更新日期|打印日期|导出日期|金额单位|单位)\s*[:：]|^(?:注|说明)\s*\d+\s*[.、．]|^(?:注|附注|备注|说明|notes?)$|^(?:以上|上述)(?:数据|金额|客户|经销商|销售额)|^[※＊*]\s*\S|^(?:notes?|source|sources|remarks?|prepared\s+by|approved\s+by|reviewed\s+by|checked\s+by|data\s+as\s+of|as\s+of|updated|last\s+updated|report\s+date|date)\s*[:：]|^(?:accrual|cash)\s+basis\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|^(?:printed|generated|exported|run)\s+(?:on|at)\s+(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|^page\s+\d+(?:\s+of\s+\d+)?$|^confidential\s+information\b|^(?:copyright\s*)?(?:\(c\)|©)\s*\d{4}|^版权所有|^第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?$|^共\s*\d+\s*页/i;

/**
 * Tells whether a name cell holds a note written under or over the table: "注：销售额为含税金额",
 * "制表人：张三", "数据来源：ERP系统", "以上数据截至10月底", "* 新客户以签约日期为准", "Note: …". No
 * company's name opens so.
 * @example isNoteLabel("制表人：张三") // true
 */
export function isNoteLabel(text: string): boolean {
  const t = text.trim();
  return t !== "" && NOTE_LABEL.test(t);
}

/**
 * The key a region is counted under: its folded text, with a region's or province's suffix dropped
 * where what is left names one (华东区, 华东大区 and 华东 are one region; 江苏省 and 江苏 one province).
 * @example regionKey(" 华东大区 ") === regionKey("华东") // true
 */
export function regionKey(text: string): string {
  const folded = foldText(text);
  const base = folded.replace(REGION_SUFFIX, "");
  if (base !== folded && REGION_NAMES.has(base)) return base;
  // A province by its one-character name (粤, 沪, 浙) or in pinyin (Guangdong, Zhejiang Province): the
  // province (粤 beside 广东 was a region of its own, and each account's share of its region was wrong).
  return (
    PROVINCE_ALIAS.get(folded) ?? PROVINCE_ALIAS.get(folded.replace(/(?:province|sheng|shi)$/, "")) ?? folded
  );
}

/**
 * The provinces by their one-character names (粤 广东, 沪 上海, 浙 浙江; not 宁, 新 or 青, which name cities
 * and more as often) and in pinyin (guangdong, zhejiang, shaanxi; Inner Mongolia, Tibet), folded.
 */
const PROVINCE_ALIAS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    北京: "京 beijing",
    天津: "津 tianjin",
    河北: "冀 hebei",
    山西: "晋 shanxi",
    内蒙古: "蒙 neimenggu innermongolia",
    辽宁: "辽 liaoning",
    吉林: "jilin",
    黑龙江: "黑 heilongjiang",
    上海: "沪 shanghai",
    江苏: "苏 jiangsu",
    浙江: "浙 zhejiang",
    安徽: "皖 anhui",
    福建: "闽 fujian",
    江西: "赣 jiangxi",
    山东: "鲁 shandong",
    河南: "豫 henan",
    湖北: "鄂 hubei",
    湖南: "湘 hunan",
    广东: "粤 guangdong",
    广西: "桂 guangxi",
    海南: "琼 hainan",
    重庆: "渝 chongqing",
    四川: "川 蜀 sichuan",
    贵州: "黔 guizhou",
    云南: "滇 yunnan",
    西藏: "藏 xizang tibet",
    陕西: "陕 shaanxi",
    甘肃: "甘 陇 gansu",
    青海: "qinghai",
    宁夏: "ningxia",
    新疆: "xinjiang",
  }).flatMap(([province, aliases]) => aliases.split(" ").map((a): [string, string] => [a, province])),
);

/** What a ledger writes where a distributor has nobody: 无, -, /, 待分配, 暂无, N/A, TBD, unassigned … */
const NO_OWNER = new Set(
  (
    "无 - -- — / \\ n/a na none null nil 暂无 待分配 未分配 待定 待指定 空缺 空 tbd unassigned vacant open " +
    "没有 未指定 待安排 " +
    // A CRM's public pool (公海): the account released to whoever takes it, nobody's yet.
    "公海 公海池 公海客户 公共池 客户池 无人跟进 无人负责 unowned nobody"
  ).split(" "),
);
/** An owner marked as gone: 张三（已离职）, 李四(离职), 王五-离职, 已离职, Zhang San (left). */
const DEPARTED = /(?:^|[（(\s\-－—_])(?:已)?离职\s*[)）]?$|\((?:left|former|departed)\)$/i;

/**
 * Whether an owner cell names nobody who can own the account: blank, a placeholder (无, 待分配, N/A), or
 * someone marked as having left (张三（已离职）). A key account with such an owner has none.
 * @example isVacantOwner("张三（已离职）") // true
 */
export function isVacantOwner(text: string): boolean {
  const t = matchForm(text).trim().toLowerCase();
  return t === "" || NO_OWNER.has(t) || DEPARTED.test(t);
}

/**
 * Between the names of an account's co-owners: 张三/李四, 张三、李四, Zhang & Li, 张三 和 李四 (a 和
 * inside a name, 李和平, is no separator).
 */
const CO_OWNERS = /\s*(?:[/／、,，;；&＆+＋|]|\s(?:和|and)\s)\s*/i;

/**
 * The people an owner cell names: one, or the co-owners of a shared account (张三/李四), each once and
 * without the placeholders or the departed (张三/待分配 is 张三's alone); none for a vacant cell.
 * @example ownersIn("张三/李四") // ["张三", "李四"]
 */
function ownersIn(text: string): string[] {
  // N/A is no two people.
  if (isVacantOwner(text)) return [];
  const names = text
    .split(CO_OWNERS)
    .map((n) => unpadded(withoutUnit(withoutTitle(withoutNote(withoutPhone(n.trim()))))))
    .filter((n) => !isVacantOwner(n));
  // A team or a region beside a person (李四/销售一部, 华东/王五) is where the person sits, not a second
  // owner: 销售一部 was an owner of its own, with half of the account and a month of hours.
  const people = names.filter((n) => !isOrgUnit(n));
  return [...new Set(people.length > 0 ? people : names)];
}

/** A team's or a department's name: 销售一部, 渠道二组, 大客户部, 华东大区, 上海办事处, KA部, Sales Team 2. */
const ORG_UNIT =
  /^.{2,12}?(?:部|组|科|室|中心|事业部|分公司|办事处|大区|片区|战区)$|^(?:sales|channel|key account|ka)?\s*(?:team|dept\.?|department|division|branch|office)\b|\b(?:team|dept\.?|department|division|branch|office|region)(?:\s+\w{1,3})?$/i;

/**
 * Whether a part of an owner cell names a team, a department or a region rather than a person (销售一部,
 * 华东, 华东区, 江苏省, East Region).
 * @example isOrgUnit("销售一部") // true
 * @example isOrgUnit("王五") // false
 */
function isOrgUnit(text: string): boolean {
  const t = text.trim();
  if (ORG_UNIT.test(t)) return true;
  const folded = foldText(t);
  return REGION_NAMES.has(folded) || REGION_NAMES.has(folded.replace(REGION_SUFFIX, ""));
}

/** A person and a team or region beside them, set apart by a dash (王五-华东, 华东 - 王五, Li Wei - East Region). */
const PARTS_BY_DASH = /^(.+?)[\s\u3000]*[-－—–_][\s\u3000]*(.+)$/;
/** A Chinese name and a team or region beside it, set apart by a space (王五 华东, 销售一部 李四). */
const PARTS_BY_SPACE = /^(\p{Script=Han}{2,12})[\s\u3000]+(\p{Script=Han}{2,12})$/u;

/**
 * A name without the team or region written beside it (王五-华东 and 华东-王五 are 王五: each was an
 * owner of its own, beside 王五). Where neither or both sides name a unit, the cell stays as written.
 * @example withoutUnit("王五-华东") // "王五"
 */
function withoutUnit(name: string): string {
  const m = PARTS_BY_DASH.exec(name) ?? PARTS_BY_SPACE.exec(name);
  if (!m) return name;
  const [left, right] = [m[1] as string, m[2] as string];
  const leftUnit = isOrgUnit(left);
  if (leftUnit === isOrgUnit(right)) return name;
  return leftUnit ? right : left;
}

/**
 * A phone number after a name, as a roster gives the person's line (李四 13812345678, 王五（139-1234-5678）,
 * 张三 0571-88886666): 李四 with his number was an owner of his own, beside 李四.
 */
const PHONE_AFTER =
  /\s*[:：]?\s*[（(]?(?:(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}|0\d{2,3}[-\s]?\d{7,8}(?:-\d{1,5})?)[)）]?$/;

/** A name without the phone number after it; a number alone stays (it names someone, if not by name). */
function withoutPhone(name: string): string {
  const bare = name.replace(PHONE_AFTER, "");
  return bare === "" ? name : bare;
}

/** A note after a name, in brackets: 王五（代管）, 李四(兼), 张三【主】, Li Wei (acting). */
const NAME_NOTE = /^(.+?)\s*(?:[（(][^（()）]*[)）]|【[^【】]*】|\[[^[\]]*\])$/;

/**
 * A name without the note a ledger adds after it (王五（代管）: 王五 minding the account), so the person is
 * one owner with all of their accounts (王五（代管） was an owner of its own, beside 王五). The departed
 * (张三（已离职）) are vacant before this is asked.
 * @example withoutNote("王五（代管）") // "王五"
 */
function withoutNote(name: string): string {
  const m = NAME_NOTE.exec(name);
  return m ? (m[1] ?? name) : name;
}

/** A job title after a name, set apart: 张三 经理, 李四-主管, 王五 区域经理. */
const TITLE_AFTER =
  /^(\S+?)[\s\u3000]*[\s\u3000\-－—_][\s\u3000]*(?:(?:区域|大区|城市|客户|销售|渠道)?经理|主管|总监|专员|助理|业务员|销售代表|manager|director|supervisor)$/i;

/**
 * A name without the job title a roster sets after it (张三 经理 was an owner of its own, beside 张三).
 * A title joined to a surname (王经理, Manager Wang) stays: it names the person no better.
 * @example withoutTitle("张三 经理") // "张三"
 */
function withoutTitle(name: string): string {
  return TITLE_AFTER.exec(name)?.[1] ?? name;
}

/** A Chinese name spaced out a character at a time: 张 三, 王五 with an ideographic space (padded to line up). */
const PADDED_NAME = /^\p{Script=Han}(?:[\s\u3000]+\p{Script=Han})+$/u;

/**
 * A name as one person: 张 三, padded with spaces to line up under three-character names as Chinese
 * rosters do, is 张三 (it was an owner of its own, beside 张三, with half of his accounts). Names of
 * several characters between spaces (张三 李四) and Latin names (Li Wei) stay as written.
 * @example unpadded("张 三") // "张三"
 */
function unpadded(name: string): string {
  return PADDED_NAME.test(name) ? name.replace(/[\s\u3000]+/g, "") : name;
}

/**
 * `ownersIn`, remembered per text: owners repeat down a column of a million rows.
 * @example const people = ownersOf(); people("张三、李四") // ["张三", "李四"]
 */
export function ownersOf(): (text: string) => readonly string[] {
  const seen = new Map<string, readonly string[]>();
  // One person however the case or the spaces run (Zhang San, zhang san, ZHANG  SAN): each was an owner
  // of their own, the accounts and hours split between them. Shown as first written.
  const spelled = new Map<string, string>();
  const person = (name: string): string => {
    const key = name.toLowerCase().replace(/\s+/g, " ");
    let first = spelled.get(key);
    if (first === undefined) {
      first = name;
      spelled.set(key, first);
    }
    return first;
  };
  return (text) => {
    let v = seen.get(text);
    if (v === undefined) {
      v = text === "" ? [] : [...new Set(ownersIn(text).map(person))];
      seen.set(text, v);
    }
    return v;
  };
}

/**
 * `isVacantOwner`, remembered per text: owners repeat down a column of a million rows.
 * @example const vacant = vacantOwners(); vacant("待分配") // true
 */
export function vacantOwners(): (text: string) => boolean {
  const seen = new Map<string, boolean>();
  return (text) => {
    if (text === "") return true;
    let v = seen.get(text);
    if (v === undefined) {
      // 张三/待分配 has an owner; 待分配/待定 none.
      v = isVacantOwner(text) || ownersIn(text).length === 0;
      seen.set(text, v);
    }
    return v;
  };
}
