import { simplifiedForm } from "./hanzi";

/**
 * Text as the tool matches it: full-width to half-width (NFKC), and traditional characters in their
 * simplified form (萬 as 万, 銷售額 as 销售额). Never what a cell shows.
 * @example matchForm("年銷售額（萬元）") // "年销售额(万元)"
 */
export function matchForm(text: string): string {
  return simplifiedForm(text.normalize("NFKC"));
}

/**
 * Folds text for matching: full-width to half-width (NFKC), traditional characters as simplified, lower
 * case, no spaces or separators.
 * @example foldText("年度 销售额（万元）") // "年度销售额(万元)"
 */
export function foldText(text: string): string {
  return matchForm(text)
    .toLowerCase()
    .replace(/[\s_\-·・:：/\\.]+/g, "");
}

/** A line break in a cell (Alt+Enter), with the blanks around it: CRLF from Windows, CR from old Macs. */
const LINE_BREAK = /[ \t]*(?:\r\n|\n|\r|\u2028|\u2029)[ \t]*/g;
/** Chinese characters and full-width punctuation, which Chinese writes with no space between. */
const WIDE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/**
 * A class cell with what it means beside it, as CRMs and ledgers offer their choices (A（良好）, C - 较差,
 * 一级（省代）, 批发（流通）, AAA级：优秀): the class before it; undefined for text without such a gloss.
 * Read only where the whole text names no class.
 * @example withoutGloss("A（良好）") // "A"
 */
export function withoutGloss(text: string): string | undefined {
  const head = GLOSSED.exec(text.trim())?.[1];
  return head === undefined || head === "" ? undefined : head;
}
const GLOSSED = /^([^（(【[\-－—:：]+?)\s*(?:[（(【[][^）)】\]]*[）)】\]]|[-－—:：]\s*[^-－—:：\s].*)$/;

/** An arrow between what a cell was and what it is now (A→C, 重点->普通, Weak -> Strong, 潜在=>合作中). */
const CHANGE_ARROW = /\s*(?:→|⟶|➔|➝|➡|⇒|-+>|—+>|=+>)\s*/;

/**
 * What a cell says now where it writes a change (A→C, Key -> Ordinary: C, Ordinary), as planners mark a
 * class they moved; "" for an arrow to nothing; undefined where the cell writes no change. Read as a class
 * with a gloss, A->C was A.
 * @example changedTo("AA -> B") // "B"
 */
export function changedTo(text: string): string | undefined {
  if (!CHANGE_ARROW.test(text)) return undefined;
  const parts = text.split(CHANGE_ARROW);
  return (parts[parts.length - 1] ?? "").trim();
}

/**
 * A cell typed on several lines (a header's most common layout, "年销售额⏎（万元）") as one line, for a
 * list, a dropdown or a terminal: one space where a line broke, none between two Chinese characters.
 * @example oneLine("年销售额\n（万元）") // "年销售额（万元）"
 * @example oneLine("Annual\r\nSales") // "Annual Sales"
 */
export function oneLine(text: string): string {
  if (!/[\r\n\u2028\u2029]/.test(text)) return text;
  return text.replace(LINE_BREAK, (match: string, at: number) =>
    WIDE.test(text[at - 1] ?? "") && WIDE.test(text[at + match.length] ?? "") ? "" : " ",
  );
}

/**
 * What the sales are counted in: yuan or another currency, or "QTY" where the only sales column counts
 * goods (年销量（吨）, Sales Qty): its figures are quantities, written with their unit where the header
 * gives one (563吨), never as money.
 */
export type Currency = "CNY" | "USD" | "EUR" | "HKD" | "GBP" | "JPY" | "QTY";

/** A unit that counts goods, as a header writes it: 吨, 箱 (万箱: 10,000 of them), cases. */
export type GoodsUnit = { readonly word: string; readonly multiplier: number };

/**
 * A unit written in a header or a number format, as a multiplier of the base unit, and the currency
 * where the unit names one other than yuan (万美元, USD '000, $K).
 */
export type HeaderUnit = {
  readonly label: string;
  readonly multiplier: number;
  readonly percent: boolean;
  readonly currency?: Currency;
};

/** A foreign currency's words and signs, as headers write them (folded: lower case, no spaces). */
const FOREIGN_CURRENCIES: readonly (readonly [RegExp, Currency])[] = [
  [/美元|美金|usd|us\$/, "USD"],
  [/港元|港币|hkd|hk\$/, "HKD"],
  [/欧元|eur|€/, "EUR"],
  [/英镑|gbp|£/, "GBP"],
  [/日元|jpy|jp¥/, "JPY"],
  [/\$/, "USD"],
];

const UNIT_PATTERNS: readonly { re: RegExp; multiplier: number; percent: boolean }[] = [
  // The English names of 万, 十万, 千万 and 亿 in words ("ten thousand yuan" was read as thousands).
  { re: /^(亿元|亿|億元|億|hundredmillions?)$/, multiplier: 1e8, percent: false },
  { re: /^(千万元|千万|千萬元|千萬|tenmillions?)$/, multiplier: 1e7, percent: false },
  { re: /^(十万元|十万|十萬元|十萬|hundredthousands?)$/, multiplier: 1e5, percent: false },
  // w: 万 as typed in a hurry ("12.5w", "年销120W").
  { re: /^(万元|万|萬元|萬|wan|w|10k|10,?000元?|tenthousands?)$/, multiplier: 1e4, percent: false },
  { re: /^(千元|千|k|'?000s?|thousands?|kcny|krmb)$/, multiplier: 1e3, percent: false },
  { re: /^(百万|百万元|m|mn|mm|mio|millions?|mcny|mrmb)$/, multiplier: 1e6, percent: false },
  // A billion, as an English report writes it after the figure ($1.2bn, 1.2B).
  { re: /^(bn|b|billions?)$/, multiplier: 1e9, percent: false },
  // 百: 8百 is 800 (it was no number, though 5千 and 2百万 were read).
  { re: /^(百元|百|佰元|佰)$/, multiplier: 100, percent: false },
  { re: /^(元|rmb|cny|¥|￥|yuan)$/, multiplier: 1, percent: false },
  { re: /^(%|百分比|percent|pct)$/, multiplier: 1, percent: true },
  { re: /^(年|years?|yrs?)$/, multiplier: 1, percent: false },
  { re: /^(天|日|days?)$/, multiplier: 1, percent: false },
];

/** Units of time, which a header without parentheses keeps as its words. */
const TIME_WORD = /^(年|years?|yrs?|天|日|days?)$/;

/**
 * Whether a header's unit is money (元, 万元, $, USD '000), not a percent nor a time (天, years).
 * @example isMoneyUnit(parseUnit("$")) // true
 */
export function isMoneyUnit(unit: HeaderUnit | undefined): boolean {
  return (
    unit !== undefined &&
    !unit.percent &&
    !TIME_WORD.test(foldText(unit.label).replace(/^(单位|unit|in)/, ""))
  );
}

/**
 * Units of quantity, not money (folded): 销量（吨）, Volume (cases). A column so counted is no sales in yuan.
 * @example QUANTITY_UNIT.test("万箱") // true
 */
const QUANTITY_UNIT =
  /^(?:单位|unit|in)?(万|千|百)?(吨|公斤|千克|斤|箱|件|台|个|瓶|只|套|袋|包|桶|盒|支|罐|提|条|升|立方米?|平方米?|平米|kg|tons?|tonnes?|mt|units?|pcs|pieces?|cases?|boxes|cartons?|bottles?|litres?|liters?|m3|sqm)$/;
const GOODS_MULTIPLIER: Readonly<Record<string, number>> = { 万: 1e4, 千: 1e3, 百: 1e2 };

/** The goods a folded unit counts, and how many of them one figure is (万箱: 10,000 cases). */
function goodsUnit(folded: string): GoodsUnit | undefined {
  const m = QUANTITY_UNIT.exec(folded);
  return m ? { word: m[2] ?? "", multiplier: GOODS_MULTIPLIER[m[1] ?? ""] ?? 1 } : undefined;
}

/**
 * Splits a header into its words and the unit in parentheses, e.g. `年度销售额（万元）`; `quantity` when
 * the unit counts goods (吨, 箱, units), not money, and `goods` that unit.
 * @example splitHeader("Annual Sales (RMB 10k)") // { text: "annualsales", unit: undefined, quantity: false }
 */
export function splitHeader(header: string): {
  text: string;
  unit: HeaderUnit | undefined;
  quantity: boolean;
  goods?: GoodsUnit | undefined;
} {
  // A header set in brackets whole to stand out (【客户名称】, [Customer]): its words, not a unit alone
  // (a unit in brackets, [万元] under a two-level header's field, stays the unit).
  const whole = matchForm(header).trim();
  const inner = /^[【[]([^【】[\]]+)[】\]]$/.exec(whole)?.[1]?.trim();
  const n = inner !== undefined && parseUnit(inner) === undefined ? inner : whole;
  let unit: HeaderUnit | undefined;
  let goods: GoodsUnit | undefined;
  const units = [...n.matchAll(/[([【]([^)\]】]*)[)\]】]/g)].map((m) => m[1] ?? "");
  for (const u of units) {
    // The unit among words about the figure: （含税，万元）, (万元, 含税), （含税/万元）.
    unit = parseUnit(u) ?? unitAmong(u) ?? unit;
    goods = goodsUnit(foldText(u)) ?? goods;
  }
  let stripped = n.replace(/[([【][^)\]】]*[)\]】]/g, "");
  // A money unit after a slash or a space, without parentheses: "销售额/万元", "销售额 万元", "Sales '000"
  // (years and days stay words of the header: "Relationship Years", "合作 年"); a quantity's the same way
  // ("销量/吨").
  // A database field's underscore or a dash does the same: "销售额_万元", "销售额-万元".
  const trailing = unit ? null : /^(.*\S)\s*[/／_－—-]\s*(\S+)$|^(.*\S)\s+(\S+)$/.exec(stripped);
  const word = trailing ? (trailing[2] ?? trailing[4] ?? "") : "";
  const trailingUnit = TIME_WORD.test(foldText(word)) ? undefined : parseUnit(word);
  if (trailing && trailingUnit && !trailingUnit.percent) {
    unit = trailingUnit;
    stripped = trailing[1] ?? trailing[3] ?? stripped;
    // A currency and its multiplier as two words, either first: "Revenue, RMB thousands", "Sales USD
    // '000" (the thousands alone named no currency, and the sales were said to be read as yuan by
    // assumption); "Sales in 10K RMB", "Sales thousand RMB" (the RMB alone was the unit, and 120 meaning
    // ¥1.2 million was read as ¥120).
    const before = /^(.*?)[\s,，]+(\S+)$/.exec(stripped);
    const other =
      before && !TIME_WORD.test(foldText(before[2] ?? "")) ? parseUnit(before[2] ?? "") : undefined;
    if (before && other && !other.percent && (other.multiplier === 1) !== (unit.multiplier === 1)) {
      const scaled = unit.multiplier === 1 ? other : unit;
      const currency = unit.currency ?? other.currency;
      unit = {
        ...scaled,
        label: `${(before[2] ?? "").trim()} ${word}`,
        ...(currency ? { currency } : {}),
      };
      stripped = before[1] ?? stripped;
    }
    // "Revenue in thousands", "Sales in RMB thousands": the "in" before the unit is no word of the header.
    stripped = stripped.replace(/[\s,，]+in$/i, "");
  } else if (trailing && QUANTITY_UNIT.test(foldText(word))) {
    goods = goodsUnit(foldText(word));
    stripped = trailing[1] ?? trailing[3] ?? stripped;
  }
  let text = foldText(stripped);
  // A trailing % outside parentheses ("Market Share %") is a unit too.
  if (text.endsWith("%")) {
    text = text.slice(0, -1);
    unit = unit ?? { label: "%", multiplier: 1, percent: true };
  }
  const quantity = goods !== undefined && unit === undefined;
  return { text, unit, quantity, goods: quantity ? goods : undefined };
}

/**
 * A money unit among the words of a parenthesis (含税，万元): the one word that reads as a money unit, with
 * the others words about the figure (含税, 不含税, 税后), not a unit of their own.
 */
function unitAmong(group: string): HeaderUnit | undefined {
  // "ten thousand" and its like are one multiplier, not "ten" beside "thousand".
  const words = group
    .replace(/\b(ten|hundred)\s+(thousands?|millions?)\b/gi, "$1$2")
    .split(/[,，、/／;；\s]+/)
    .filter((w) => w !== "");
  if (words.length < 2) return undefined;
  const units = words.map((w) => parseUnit(w)).filter((u): u is HeaderUnit => u !== undefined && !u.percent);
  // A currency and its multiplier as two words: (CNY, thousands), ($, thousands).
  const scaled = units.filter((u) => u.multiplier !== 1);
  if (units.length === 2 && scaled.length === 1) {
    const currency = units.find((u) => u.multiplier === 1)?.currency ?? scaled[0]?.currency;
    return { ...(scaled[0] as HeaderUnit), label: group.trim(), ...(currency ? { currency } : {}) };
  }
  return units.length === 1 ? units[0] : undefined;
}

/**
 * Reads a unit label such as 万元, RMB, % or "RMB 10k".
 * @example parseUnit("万元")?.multiplier // 10000
 */
export function parseUnit(label: string): HeaderUnit | undefined {
  const folded = foldText(label).replace(/^(单位|unit|in)/, "");
  // A foreign currency, alone or with its multiplier (万美元, USD '000, $K, 欧元): what is left of the
  // label once the currency is taken out is the multiplier, or nothing.
  for (const [words, currency] of FOREIGN_CURRENCIES) {
    const rest = folded.replace(words, "");
    if (rest === folded) continue;
    if (rest === "") return { label: label.trim(), multiplier: 1, percent: false, currency };
    for (const p of UNIT_PATTERNS)
      if (!p.percent && p.re.test(rest) && !TIME_WORD.test(rest))
        return { label: label.trim(), multiplier: p.multiplier, percent: false, currency };
    return undefined;
  }
  // Yuan, with its name before or after the multiplier (万元人民币, 人民币万元, RMB 10k).
  const yuan = folded.replace(/^人民币|人民币$/, "");
  const candidates = [yuan, yuan.replace(/^(rmb|cny|¥|￥)/, ""), yuan.replace(/(rmb|cny|元|yuan|¥|￥)$/, "")];
  for (const c of candidates) {
    for (const p of UNIT_PATTERNS) {
      if (p.re.test(c)) return { label: label.trim(), multiplier: p.multiplier, percent: p.percent };
    }
  }
  return undefined;
}

/**
 * How many times smaller an Excel number format shows a value than the cell holds: 1,000 for each
 * scaling comma after the last digit (`#,##0,"K"`, `0.0,,"百万"`), and 10 for each digit after a
 * literal point (`0!.0,"万"` shows 123456 as 12.3万, `0"."0000"万元"` as 12.3456万元: Chinese ledgers'
 * way of showing 万 while keeping 元 in the cell). Undefined where the format shows the value as it is.
 * Only the format's first section (positive numbers) is read.
 * @example displayScaleOf('0!.0,"万"') // 10000
 */
export function displayScaleOf(format: string | undefined): number | undefined {
  if (!format || format === "General" || format === "@") return undefined;
  // A literal point written as "." or \. is the same as !. ; then the other quoted texts, colours and
  // conditions, escapes and the padding of _x and *x go.
  let f = format.replace(/"\."|\\\./g, "!.");
  f = f.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, "");
  f = f.split(";")[0] ?? "";
  let scale = 1;
  const point = /!\.([0#?]+)/.exec(f);
  if (point) scale *= 10 ** (point[1] as string).length;
  const commas = /[0#?](,+)(?![0#?,])/.exec(f.replace(/!\./g, ""));
  if (commas) scale *= 1000 ** (commas[1] as string).length;
  return scale > 1 ? scale : undefined;
}

/**
 * Whether an Excel number format shows its numbers as percentages (`0.00%`, `0%`): a % outside quoted
 * text, escapes and [colour/locale] sections, in its first section.
 * @example isPercentFormat("0.00%") // true
 * @example isPercentFormat('0"%"') // false
 */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format || format === "General" || format === "@") return false;
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "").split(";")[0] ?? "";
  return bare.includes("%");
}

/**
 * Finds a money unit inside an Excel number format such as `0.00"万元"` or `#,##0,"K"`.
 * @example unitFromNumberFormat('#,##0.0"万元"')?.multiplier // 10000
 */
export function unitFromNumberFormat(format: string | undefined): HeaderUnit | undefined {
  if (!format) return undefined;
  // `#,##0,"K"` shows the value divided by 1000: the cell still holds the full amount.
  if (/[0#],+(?:"|\s|;|$)/.test(format)) return undefined;
  const quoted = [...format.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? "");
  for (const q of quoted) {
    const unit = parseUnit(q);
    if (unit && !unit.percent && unit.multiplier !== 1) return unit;
  }
  return undefined;
}

/** Currency signs in number formats: `[$$-409]`, `"US$"`, `€`, `[$€-407]`, `£`, `HK$` (yuan's ¥ is the default). */
const FORMAT_CURRENCIES: readonly (readonly [RegExp, Currency])[] = [
  [/HK\$|\[\$HK\$|HKD/i, "HKD"],
  [/US\$|USD|\[\$\$|"\$"|\\\$|(?:^|[^\w"\\[])\$(?=[*#0? ])/i, "USD"],
  [/€|EUR/i, "EUR"],
  [/£|GBP/i, "GBP"],
  [/JP¥|JPY|\[\$¥-411\]/i, "JPY"],
  [/¥|￥|CNY|RMB|\[\$¥-804\]/i, "CNY"],
];

/**
 * The currency an Excel number format shows amounts in (Accounting or Currency formats: `[$$-409]#,##0.00`,
 * `"$"#,##0`, `€#,##0`, `[$€-407] #,##0`), or undefined where it shows none.
 * @example currencyFromNumberFormat('[$$-409]#,##0.00') // "USD"
 */
export function currencyFromNumberFormat(format: string | undefined): Currency | undefined {
  if (!format || format === "General") return undefined;
  for (const [sign, currency] of FORMAT_CURRENCIES) if (sign.test(format)) return currency;
  return undefined;
}

/** A currency written before an amount in a cell: $1,234.00, US$ 12k, €950, HK$3,000, ¥12万, RMB 5,000. */
const AMOUNT_CURRENCY =
  /^[-−(\s]*(?:(hk\$|hkd)|(us\$|usd|\$)|(€|eur)|(£|gbp)|(jp¥|jpy)|(¥|￥|rmb|cny|人民币))\s*[\d.]/i;
const AMOUNT_CURRENCIES: readonly Currency[] = ["HKD", "USD", "EUR", "GBP", "JPY", "CNY"];

/**
 * The currency an amount typed as text names before its figure, or undefined where it names none.
 * @example currencyOfAmountText("$1,234.00") // "USD"
 */
export function currencyOfAmountText(text: string): Currency | undefined {
  const m = AMOUNT_CURRENCY.exec(matchForm(text).trim());
  if (!m) return undefined;
  const k = m.slice(1).findIndex((g) => g !== undefined);
  return AMOUNT_CURRENCIES[k];
}

/**
 * The months a sales column covers when it is not a whole year: a calendar range (`from`-`to`, 1-based
 * months) or, for a rolling window, only a count.
 */
/**
 * Part of a year: `months` of it, from `from` to `to` where the header names them (1-10月). A header
 * that names a month or a quarter without saying which (月销售额, 本季度回款, Monthly Sales) is `unnamed`;
 * an average per month, week or day (月均销售额, 日均销量, Avg Monthly Revenue) is `average`: one
 * month's (week's, day's) worth, either way.
 */
export type SalesPeriod = {
  readonly months: number;
  readonly from?: number;
  readonly to?: number;
  readonly unnamed?: "month" | "quarter";
  readonly average?: "month" | "week" | "day";
};
/**
 * The span a note names for the sales: part of a year, "toDate" (本年累计, YTD: the year so far, months
 * unknown), "lifetime" (历史累计, Lifetime Sales: since the account began), or "period" (本期金额,
 * Current Period Sales: a report's period, which nothing on the sheet says: a month, a quarter, a year).
 */
export type SalesSpan = SalesPeriod | "toDate" | "lifetime" | "period";

const CHINESE_DIGIT: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 两: 2 };
export const MONTHS_EN = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function range(from: number, to: number): SalesPeriod | undefined {
  if (!(from >= 1 && to <= 12 && from <= to)) return undefined;
  // The whole year is no period of its own.
  if (from === 1 && to === 12) return undefined;
  return { months: to - from + 1, from, to };
}

/** A date as a report's title writes one: 2025-01-01, 2025/1/1, 2025.01.01, 2025年1月1日. */
const TITLE_DATE = String.raw`((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?`;
const TITLE_RANGE = new RegExp(String.raw`${TITLE_DATE}\s*(?:至|到|~|～|—|–|-|to)\s*${TITLE_DATE}`, "i");
/** A month as a title writes one in a range: 2025年1月, 2025-01, 2025/1, 2025.01. */
const TITLE_MONTH = String.raw`((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})(?!\d)\s*月?`;
const TITLE_MONTHS = new RegExp(String.raw`${TITLE_MONTH}\s*(?:至|到|~|～|—|–|-|to)\s*${TITLE_MONTH}`, "i");
/** An English month's name in a title's date, as its first three letters. */
const EN_MONTH = String.raw`(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
const EN_TO = String.raw`\s*(?:-|–|—|~|to|through|thru)\s*`;
/** "January 1 - November 30, 2025" (QuickBooks), "Jan 1, 2025 – Nov 30, 2025". */
const EN_MONTH_FIRST = new RegExp(
  String.raw`(?<![a-z])${EN_MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s*((?:19|20)\d{2}))?${EN_TO}${EN_MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s*((?:19|20)\d{2})`,
  "i",
);
/** "1 January 2025 to 30 November 2025" (Xero's "For the period …"), "1 Jan - 30 Nov 2025". */
const EN_DAY_FIRST = new RegExp(
  String.raw`(?<!\d)(\d{1,2})\s+${EN_MONTH}(?:\s+((?:19|20)\d{2}))?${EN_TO}(\d{1,2})\s+${EN_MONTH}\s+((?:19|20)\d{2})`,
  "i",
);
/** "01/01/2025 - 11/30/2025": month first (American) or day first, whichever makes whole months. */
const SLASHED = new RegExp(
  String.raw`(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})${EN_TO}(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\d/])`,
  "i",
);

/** A range's two dates as a match gives them, as numbers: its six groups. */
function sixNumbers(m: RegExpExecArray): [number, number, number, number, number, number] {
  return m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
}

/** The months from one day to another, where the span is whole months of one year. */
function wholeMonths(
  y1: number,
  m1: number,
  d1: number,
  y2: number,
  m2: number,
  d2: number,
): { period: SalesPeriod; year: number } | undefined {
  if (!(m2 >= 1 && m2 <= 12)) return undefined;
  const lastDay = new Date(Date.UTC(y2, m2, 0)).getUTCDate();
  if (y1 !== y2 || d1 !== 1 || d2 !== lastDay) return undefined;
  const period = range(m1, m2);
  return period ? { period, year: y1 } : undefined;
}

/** A title's span of whole months written in English dates (see the three patterns above). */
function englishDays(t: string): { period: SalesPeriod; year: number } | undefined {
  const month = (name: string | undefined): number =>
    MONTHS_EN.indexOf((name ?? "").slice(0, 3).toLowerCase()) + 1;
  const first = EN_MONTH_FIRST.exec(t);
  if (first) {
    const [, n1, d1, y1, n2, d2, y2] = first;
    return wholeMonths(Number(y1 ?? y2), month(n1), Number(d1), Number(y2), month(n2), Number(d2));
  }
  const dayFirst = EN_DAY_FIRST.exec(t);
  if (dayFirst) {
    const [, d1, n1, y1, d2, n2, y2] = dayFirst;
    return wholeMonths(Number(y1 ?? y2), month(n1), Number(d1), Number(y2), month(n2), Number(d2));
  }
  const slashed = SLASHED.exec(t);
  if (slashed) {
    const [a1, b1, y1, a2, b2, y2] = sixNumbers(slashed);
    return wholeMonths(y1, a1, b1, y2, a2, b2) ?? wholeMonths(y1, b1, a1, y2, b2, a2);
  }
  return undefined;
}

/**
 * The months of one year a report's title or subtitle says its figures cover, above the header: a range
 * of whole months by its dates ("日期：2025-01-01 至 2025-11-30", as 管家婆 and other accounting
 * packages head a report) or by its months ("2025年1-11月销售统计", "前三季度", "Jan–Oct 2025"); and the
 * year where it names one. A single month (a title "10月销售例会" says when, not what) and a span of two
 * years are none.
 * @example titlePeriodOf("日期：2025-01-01 至 2025-11-30") // { period: { months: 11, from: 1, to: 11 }, year: 2025 }
 */
export function titlePeriodOf(text: string): { period: SalesPeriod; year: number | undefined } | undefined {
  const t = matchForm(text);
  const m = TITLE_RANGE.exec(t);
  if (m) {
    const [y1, m1, d1, y2, m2, d2] = sixNumbers(m);
    return wholeMonths(y1, m1, d1, y2, m2, d2);
  }
  const english = englishDays(t);
  if (english) return english;
  // Months with their year: "期间：2025年1月-2025年10月", "2025-01 至 2025-10".
  const months = TITLE_MONTHS.exec(t);
  if (months) {
    const [y1, m1, y2, m2] = months.slice(1).map(Number) as [number, number, number, number];
    const period = y1 === y2 ? range(m1, m2) : undefined;
    return period ? { period, year: y1 } : undefined;
  }
  const period = salesPeriodOf(t);
  if (!period || period.average || period.unnamed || (period.from !== undefined && period.from === period.to))
    return undefined;
  const year = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(t)?.[1];
  return { period, year: year === undefined ? undefined : Number(year) };
}

/**
 * The months of the year one column of a breakdown covers: a month (1月销售额, 10月, Jan Sales), a
 * quarter (一季度, Q3), a half (上半年, H2), or a range (1-3月). Undefined where the header names no
 * months of its own (年度销售额, 本月, 近6个月, 1-12月).
 * @example periodPartOf("3月销售额（万元）") // { from: 3, to: 3 }
 */
export function periodPartOf(header: string): { from: number; to: number } | undefined {
  const p = salesPeriodOf(header);
  if (p?.from !== undefined && p.to !== undefined) return { from: p.from, to: p.to };
  if (p !== undefined) return undefined;
  const h = matchForm(header).toLowerCase().replace(/\s+/g, "");
  // A month as a date writes it: 2025-01, 2025/1, 2025.01 (a PivotTable's or an export's months).
  const iso = /(?<![\d-/.])(?:19|20)\d{2}[-/.](0?[1-9]|1[0-2])(?![-/.\d])/.exec(h);
  if (iso) return { from: Number(iso[1]), to: Number(iso[1]) };
  const m = /(?<![\d\-~～—–至到])(1[0-2]|[1-9])月(?!份?(?:[-~～—–至到]|底|末|累计))/.exec(h);
  if (m) return { from: Number(m[1]), to: Number(m[1]) };
  const en = MONTH_NAME.exec(matchForm(header).toLowerCase());
  if (en) {
    const month = MONTHS_EN.indexOf((en[1] ?? "").slice(0, 3)) + 1;
    return { from: month, to: month };
  }
  return undefined;
}

/**
 * Whether a sales header is an average that does not say over what (平均销售额, Average Sales, Avg
 * Revenue): not a month's, week's or day's (月均, 平均月), nor a year's (年均, 近三年平均, Average Annual
 * Sales), which read as they say. Taken as a year's sales, its notes said 年销售额.
 * @example isUnstatedAverage("平均销售额（万元）") // true
 */
export function isUnstatedAverage(header: string): boolean {
  const h = matchForm(header).toLowerCase();
  if (!/平均|均值|average|\bavg\b|\bmean\b/.test(h)) return false;
  if (salesPeriodOf(header) !== undefined) return false;
  return !/年均|年平均|平均年|年度平均|平均每年|\d\s*年平均|[一二三四五两几]年平均|annual|yearly|per\s*year|\/\s*yr|\bfy\b/.test(
    h,
  );
}

/** An English month, abbreviated or in full, as a word of its own (not "Mayor", "Marketing"). */
const MONTH_NAME =
  /(?<![a-z])(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?![a-z])/;

/**
 * The part of a year a sales header names: 2025年1-10月销售额 (January to October), 截至10月, 10月底累计,
 * 前三季度, 上半年, 三季度, Q1-Q3, H1, Jan-Oct, 近6个月, a single month (10月销售额). Undefined for a
 * whole year or a header that names no period (年度销售额, 2024年销售额, YTD without its months): a
 * ledger updated each month compares 1-10月 with last year's twelve, which would show every account
 * falling by a sixth.
 * @example salesPeriodOf("2025年1-10月销售额（万元）") // { months: 10, from: 1, to: 10 }
 */
export function salesPeriodOf(header: string): SalesPeriod | undefined {
  const spaced = matchForm(header).toLowerCase().replace(/\s+/g, " ");
  // Chinese reads without spaces ("1 - 10 月"); English keeps them, its words end there.
  const h = spaced.replace(/ /g, "");
  let m = /(?<!\d)(\d{1,2})月?(?:份)?(?:[-~～—–]|至|到)+(\d{1,2})月/.exec(h);
  if (m) return range(Number(m[1]), Number(m[2]));
  m = /(?:截至|截止|至)(\d{1,2})月/.exec(h) ?? /(?<!\d)(\d{1,2})月(?:底|末)?累计/.exec(h);
  if (m) return range(1, Number(m[1]));
  m = /前([一二三两123])(?:个)?季度/.exec(h);
  if (m) return range(1, 3 * (CHINESE_DIGIT[m[1] ?? ""] ?? Number(m[1])));
  if (/上半年/.test(h) || /(?<![a-z\d])h1(?![a-z\d])/.test(spaced)) return range(1, 6);
  if (/下半年/.test(h) || /(?<![a-z\d])h2(?![a-z\d])/.test(spaced)) return range(7, 12);
  // A half as finance writes it, before its year (1H25, 2H 2024), as 3Q25 is a quarter.
  m = /(?<![a-z\d.])([12])h(?=$|[^a-z\d]|['’]?\d{2}(?!\d)|(?:19|20)\d{2}(?!\d))/.exec(spaced);
  if (m) return m[1] === "1" ? range(1, 6) : range(7, 12);
  m = /(?<![a-z])q([1-4]) ?(?:[-~～—–]|至|到|to)+ ?q?([1-4])(?!\d)/.exec(spaced);
  if (m) return range(3 * Number(m[1]) - 2, 3 * Number(m[2]));
  // A quarter: 三季度, 第3季度, Q3, 2025Q3, 2025-Q3, and finance's 3Q25 / 3Q 2025.
  m =
    /(?:第)?([一二三四1-4])季度/.exec(h) ??
    /(?:(?<![a-z\d])|(?<=(?<!\d)(?:19|20)\d{2}[-_]?))q([1-4])(?![a-z\d])/.exec(spaced) ??
    /(?<![a-z\d.])([1-4])q(?=$|[^a-z\d]|['’]?\d{2}(?!\d)|(?:19|20)\d{2}(?!\d))/.exec(spaced);
  if (m) {
    const q = CHINESE_DIGIT[m[1] ?? ""] ?? Number(m[1]);
    return range(3 * q - 2, 3 * q);
  }
  const month = `(${MONTHS_EN.join("|")})[a-z]*\\.?`;
  m = new RegExp(`(?<![a-z])${month} ?(?:[-~–—]| to )+ ?${month}(?![a-z])`).exec(spaced);
  if (m) return range(MONTHS_EN.indexOf(m[1] ?? "") + 1, MONTHS_EN.indexOf(m[2] ?? "") + 1);
  m = /(?:近|最近|过去)(\d{1,2})个月/.exec(h) ?? /(?:last|trailing|past) ?(\d{1,2}) ?months?/.exec(spaced);
  if (m) {
    const months = Number(m[1]);
    return months >= 1 && months < 12 ? { months } : undefined;
  }
  // A single month's sales: 10月销售额, 10月份回款.
  m = /(?<![\d-~～—–至到])(\d{1,2})月(?:份)?(?:销售|回款|提货|发货|出货|收入|营业|业绩|进货|采购|订货)/.exec(
    h,
  );
  if (m) return range(Number(m[1]), Number(m[1]));
  // An average per month, week or day (月均销售额, 平均月销售额, 日均销量, Avg Monthly Revenue): written as such, one
  // month's worth against a year (it was written as the year's sales, 月均100万 as 年销售额100万元).
  if (
    /月均|月平均|平均每?月(?!份)|每月平均/.test(h) ||
    /(?:avg|average) ?monthly|monthly ?(?:avg|average)/.test(spaced)
  )
    return { months: 1, average: "month" };
  if (
    /周均|周平均|平均每?周|每周平均/.test(h) ||
    /(?:avg|average) ?weekly|weekly ?(?:avg|average)/.test(spaced)
  )
    return { months: 12 / 52, average: "week" };
  if (
    /日均|日平均|平均每?[天日]|每天平均|每日平均/.test(h) ||
    /(?:avg|average) ?daily|daily ?(?:avg|average)/.test(spaced)
  )
    return { months: 12 / 365, average: "day" };
  // A month or a quarter, unnamed: 月销售额, 本月回款, 当月提货, Monthly Sales; 季度销售额, 本季度, Quarterly.
  const SOLD = "(?:销售|销量|回款|提货|发货|出货|收入|营业|业绩|进货|采购|订货)";
  // (本月金额 and 本季金额 too, as a monthly report's two-level header, 本月 over 数量 and 金额, reads.)
  // This month's or last month's by English words too (This Month Sales, Last Month Sales, MTD Sales),
  // and 上个月 / 上季度: each was a whole year, and Last Month Sales was taken over This Month Sales.
  if (
    new RegExp(`(?:^|本|当|^\\D{0,8}?[^\\d个年])月度?${SOLD}`).test(h) ||
    /^(?:本|当)月(?:金额|总?额)/.test(h) ||
    /^上个?月/.test(h) ||
    /(?<![a-z])(?:monthly|mtd|(?:this|current|last|prior|previous) ?month)(?![a-z])/.test(spaced)
  )
    return { months: 1, unnamed: "month" };
  if (
    new RegExp(`(?:^|本|当|上)季度?${SOLD}`).test(h) ||
    /^(?:本|当|上)季度?(?:金额|总?额)/.test(h) ||
    /(?<![a-z])(?:quarterly|qtd|(?:this|current|last|prior|previous) ?quarter)(?![a-z])/.test(spaced)
  )
    return { months: 3, unnamed: "quarter" };
  return undefined;
}
