/**
 * Number formatting shared by both catalogs, kept free of Intl surprises across hosts, and the two
 * helpers the catalogs build sentences with (`joinNonEmpty`, `appendPart`).
 */

import type { TieringSummary } from "../engine";

/**
 * 0.082 → "8.2%"; whole numbers lose the decimal. A share too small to show is "<0.1%", not "0%" (a
 * fall as small, "-<0.1%"), and one just short of all is ">99.9%", not "100%": a fall of 100% says the
 * sales are gone, a share of 100% that the account is the whole total (a fall from ¥11.6M to ¥5,000 is
 * "-99.9%", not "-100%").
 */
export function formatPercent(fraction: number): string {
  if (fraction > 0 && fraction < 0.0005) return "<0.1%";
  // A fall too small to show is no "0%": a sales fall of 0.03% read "0% growth" beside a low potential.
  if (fraction < 0 && fraction >= -0.0005) return "-<0.1%";
  if (fraction >= 0.9995 && fraction < 1) return ">99.9%";
  if (fraction <= -0.9995 && fraction > -1) return "-99.9%";
  return `${tenths(halfAway(fraction * 1000))}%`;
}

/**
 * `x` rounded to a whole number, a half away from zero, as Excel shows a figure: a fall of 14.45% is
 * "-14.5%" in a cell formatted 0.0% (Math.round made the note's -14.4%), a score of -0.25 "-0.3". A
 * product that floating point left a unit or so short of the half it stands for (1.005 × 1000 is
 * 1004.9999999999999) is that half: the nudge is two units of its last place.
 */
function halfAway(x: number): number {
  const a = Math.abs(x);
  const whole = Math.floor(a);
  const fraction = a - whole;
  let k = fraction >= 0.5 ? whole + 1 : whole;
  // Two units of the product's last place, up to 2^40 (tenths of a hundred billion): more than a decimal
  // times 10 or 1,000 can fall short of the half it stands for (one and a half at most), less than a
  // number whose own digits stop short of it. 2^-50 of the product (four to eight units) took those up
  // too: -367158234.7174997 is -36715823471.74997%, written "-36715823471.8%". Below 2^40 two units are
  // 2^-12 at most, so only a fraction that close short of the half is looked at: working the exponent
  // out for every figure (log2 and two powers) was a tenth of the time of writing a million rows' notes.
  if (fraction < 0.5 && fraction >= 0.5 - 2 ** -12 && a < 2 ** 40) {
    // The exponent of a's leading bit (log2 can round up to the next power just below one).
    let e = Math.floor(Math.log2(a));
    if (2 ** e > a) e--;
    if (fraction >= 0.5 - 2 * 2 ** (e - 52)) k = whole + 1;
  }
  return x < 0 ? -k : k;
}

/**
 * `t` tenths written with one decimal, a trailing ".0" dropped: what `(t / 10).toFixed(…)` writes, built
 * from the integer's digits (toFixed is the slow part of a million notes). Below 1e15 tenths the double
 * nearest t / 10 is within 1/128 of it, so toFixed reads back exactly t's digits; beyond, toFixed itself.
 */
function tenths(t: number): string {
  if (!Number.isFinite(t) || Math.abs(t) >= 1e15) {
    const r = t / 10;
    return Number.isInteger(r) ? r.toFixed(0) : r.toFixed(1);
  }
  const a = Math.abs(t);
  const whole = Math.floor(a / 10);
  const digit = a - whole * 10;
  const sign = t < 0 ? "-" : "";
  return digit === 0 ? (whole === 0 ? "0" : `${sign}${whole}`) : `${sign}${whole}.${digit}`;
}

/** 1234567.8 → "1,234,568". */
export function formatInteger(n: number): string {
  const digits = Math.round(Math.abs(n)).toString();
  // Only plain digits are grouped (past 1e21 toString writes an exponent; NaN and Infinity are words).
  let s = digits;
  if (digits.length > 3 && Math.abs(n) < 1e21) {
    const head = digits.length % 3 || 3;
    s = digits.slice(0, head);
    for (let k = head; k < digits.length; k += 3) s += `,${digits.slice(k, k + 3)}`;
  }
  return n < 0 ? `-${s}` : s;
}

/**
 * A figure as a sheet shows it: grouped, up to two decimals, trailing zeros dropped (18454.7 → "18,454.7",
 * 954.4000000000001 → "954.4", 1.005 → "1.01", 1200 → "1,200"): an amount in the column's own unit
 * (万元), as typed; rounded half away from zero as Excel shows it (halfAway).
 * @example formatFigure(18454.7) // "18,454.7"
 */
export function formatFigure(n: number): string {
  const cents = halfAway(Math.abs(n) * 100);
  const whole = Math.floor(cents / 100);
  const part = cents - whole * 100;
  const decimals = part === 0 ? "" : `.${String(part).padStart(2, "0").replace(/0+$/, "")}`;
  return `${n < 0 && cents > 0 ? "-" : ""}${formatInteger(whole)}${decimals}`;
}

/**
 * An English count with its noun, singular for one: "1 account", "1,200 accounts", "1 key account".
 * @example countOf(1, "account") // "1 account"
 */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${formatInteger(n)} ${n === 1 ? one : many}`;
}

/** A re-run's changes against the last run, by kind, as the engine's summary counts them. */
export type RunChanges = TieringSummary["changes"];

/**
 * A re-run's changes as a manager reads them: the moves that happened, then how many stayed; "no change"
 * where none moved, rather than four zeros. `space` goes between a number and 家 (a no-break space where
 * a line may wrap, as in a notice or the pane); `counted`: the accounts were just counted (the ribbon's
 * "已按保存的规则对 30 家客户分级。"), so no change is said without counting them again.
 * @example changesZh({ promoted: 2, demoted: 1, new: 0, same: 27, removed: 0 }) // "晋级 2 家，降级 1 家；27 家不变"
 */
export function changesZh(c: RunChanges, space = " ", counted = false): string {
  const n = (x: number): string => `${formatInteger(x)}${space}家`;
  const moves = [
    c.promoted > 0 ? `晋级 ${n(c.promoted)}` : "",
    c.demoted > 0 ? `降级 ${n(c.demoted)}` : "",
    c.new > 0 ? `新增 ${n(c.new)}` : "",
    c.removed > 0 ? `移除 ${n(c.removed)}` : "",
    (c.leftOut ?? 0) > 0 ? `转为未分级 ${n(c.leftOut ?? 0)}` : "",
  ].filter((x) => x !== "");
  if (moves.length === 0)
    return c.same > 0 && !counted ? `无变化，${n(c.same)}客户的分级均与上次相同` : "无变化";
  return `${moves.join("，")}${c.same > 0 ? `；${n(c.same)}不变` : ""}`;
}

/**
 * The same in English.
 * @example changesEn({ promoted: 2, demoted: 1, new: 0, same: 27, removed: 0 }) // "2 promoted, 1 demoted; 27 unchanged"
 */
export function changesEn(c: RunChanges, counted = false): string {
  const moves = [
    c.promoted > 0 ? `${formatInteger(c.promoted)} promoted` : "",
    c.demoted > 0 ? `${formatInteger(c.demoted)} demoted` : "",
    c.new > 0 ? `${formatInteger(c.new)} new` : "",
    c.removed > 0 ? `${formatInteger(c.removed)} removed` : "",
    (c.leftOut ?? 0) > 0 ? `${formatInteger(c.leftOut ?? 0)} left out` : "",
  ].filter((x) => x !== "");
  if (moves.length === 0)
    return counted
      ? "no change"
      : c.same === 1
        ? "no change, the 1 account kept its tier"
        : c.same > 0
          ? `no change, all ${formatInteger(c.same)} accounts kept their tier`
          : "no change";
  return `${moves.join(", ")}${c.same > 0 ? `; ${formatInteger(c.same)} unchanged` : ""}`;
}

/**
 * Growth from a base so small that a percentage says nothing a reader can weigh: from ten times last
 * year up, the sales are said as a multiple of last year's (an account that bought a sample for ¥1,000
 * last year and ¥500,000 this year grew "+49900%", read as a typo; it is 500 times last year's).
 */
export const GROWTH_AS_MULTIPLE = 9;

/**
 * This year's sales over last year's for a growth of `growth` (0.5 is +50%): one decimal below 100,
 * whole and grouped above. For growth of `GROWTH_AS_MULTIPLE` or more.
 * @example formatMultiple(11.4) // "12.4"
 * @example formatMultiple(499) // "500"
 */
export function formatMultiple(growth: number): string {
  const ratio = 1 + growth;
  return ratio < 100 ? tenths(halfAway(ratio * 10)) : formatInteger(ratio);
}

/** One decimal, trailing zero dropped: 82.40 → "82.4", 7.0 → "7". */
export function formatDecimal(n: number): string {
  return tenths(halfAway(n * 10));
}

/**
 * An importance score as its cell shows it (`0.0_)`): one decimal, kept when zero, so that a reason
 * beside the score cell says "得分48.0", not "得分48" beside 48.0.
 * @example formatScore(48) // "48.0"
 * @example formatScore(82.44) // "82.4"
 */
export function formatScore(n: number): string {
  const s = formatDecimal(n);
  return s.includes(".") || !Number.isFinite(n) ? s : `${s}.0`;
}

/**
 * `steps` of a unit's 10^-decimals written with up to `decimals` decimals, trailing zeros dropped:
 * steps(1045, 2) → "10.45", steps(1050, 2) → "10.5", steps(1000, 2) → "10".
 */
function ofSteps(steps: number, decimals: number): string {
  const p = 10 ** decimals;
  const whole = Math.floor(steps / p);
  const part = String(steps - whole * p)
    .padStart(decimals, "0")
    .replace(/0+$/, "");
  return part === "" ? `${whole}` : `${whole}.${part}`;
}

/**
 * An amount in a large unit, rounded half up as the figure is written: 104,500 yuan is 10.5万, as
 * Excel's 0.0 shows 10.45 and as ¥104.5K says it. (toFixed rounded the quotient, and 104,500 / 10,000
 * is the double 10.4499…: "10.4万元" beside "¥104.5K".) The steps are counted from the amount itself,
 * whose division by a power of ten is exact at a half step; the unit is chosen after the rounding, so
 * 99,999,960 is 1亿 (not 10000万) and 999,960 is ¥1M (not ¥1000K). `units` are [size, decimals, name],
 * the largest first; null below the smallest (the amount is written whole).
 */
function inUnits(a: number, units: readonly (readonly [number, number, string])[]): string | null {
  let i = units.length - 1;
  if (!Number.isFinite(a) || Math.round(a) < units[i]![0]) return null;
  while (i > 0 && a >= units[i - 1]![0]) i--;
  for (;;) {
    const [size, decimals, name] = units[i]!;
    const steps = Math.round(a / (size / 10 ** decimals));
    const next = units[i - 1];
    // Rounded up to the next unit's size (10000.0万): written in it.
    if (next !== undefined && steps >= (next[0] / size) * 10 ** decimals) i--;
    else return `${ofSteps(steps, decimals)}${name}`;
  }
}

const ZH_UNITS = [
  [1e8, 2, "亿"],
  [1e4, 1, "万"],
] as const;
const EN_UNITS = [
  [1e9, 2, "B"],
  [1e6, 2, "M"],
  [1e3, 1, "K"],
] as const;

/** Money in Chinese units: 123456789 → "1.23亿元", 35000 → "3.5万元". */
export function formatYuanZh(yuan: number): string {
  return formatMoney("zh-CN", yuan, "CNY");
}

/** Money in English units: 1234567 → "¥1.23M", 35000 → "¥35K". */
export function formatYuanEn(yuan: number): string {
  return formatMoneyEn(yuan, "¥");
}

/** Money in English units after `symbol`: formatMoneyEn(1234567, "$") → "$1.23M". */
function formatMoneyEn(amount: number, symbol: string): string {
  const a = Math.abs(amount);
  const sign = amount < 0 ? "-" : "";
  // Thousands from ¥10K up: ¥9,999 is written whole.
  const large = Math.round(a) >= 1e4 ? inUnits(a, EN_UNITS) : null;
  return `${sign}${symbol}${large ?? formatInteger(a)}`;
}

/**
 * The currencies a sales header may state (the engine's Currency), and QTY: sales counted in goods,
 * written as quantities with the goods' unit where the header gives one.
 */
export type CurrencyCode = "CNY" | "USD" | "EUR" | "HKD" | "GBP" | "JPY" | "QTY";

const SYMBOL: Readonly<Record<CurrencyCode, string>> = {
  CNY: "¥",
  USD: "$",
  EUR: "€",
  HKD: "HK$",
  GBP: "£",
  JPY: "JP¥",
  QTY: "",
};
/** 元 for yuan; the currency's name for the others, as Chinese amounts write it (12.5万美元). */
const NAME_ZH: Readonly<Record<CurrencyCode, string>> = {
  CNY: "元",
  USD: "美元",
  EUR: "欧元",
  HKD: "港元",
  GBP: "英镑",
  JPY: "日元",
  QTY: "",
};

/**
 * Money in a currency, as each language writes it: formatMoney("zh-CN", 125000, "USD") → "12.5万美元",
 * formatMoney("en-US", 1234567, "EUR") → "€1.23M"; yuan as formatYuanZh and formatYuanEn write it.
 * Quantities (QTY) with their goods' unit, if any: "5.6万吨", "56K cases", "563".
 * @example formatMoney("en-US", 35000, "USD") // "$35K"
 */
export function formatMoney(
  language: "zh-CN" | "en-US",
  amount: number,
  currency: CurrencyCode,
  goods = "",
): string {
  if (language === "en-US") {
    if (currency !== "QTY") return formatMoneyEn(amount, SYMBOL[currency]);
    const figure = Math.abs(amount) < 100 ? formatDecimal(amount) : formatMoneyEn(amount, "");
    return goods === "" ? figure : `${figure} ${goods}`;
  }
  // Goods named in letters stand apart from the figure: "563 cases", "563吨".
  const name = currency === "QTY" ? (/^[a-z]/i.test(goods) ? ` ${goods}` : goods) : NAME_ZH[currency];
  const a = Math.abs(amount);
  const large = inUnits(a, ZH_UNITS);
  if (large !== null) return `${amount < 0 ? "-" : ""}${large}${name}`;
  // A few tons are said in tenths (还差0.1吨, not 还差0吨); money and larger quantities in whole units.
  if (currency === "QTY" && a < 100) return `${formatDecimal(amount)}${name}`;
  return `${formatInteger(amount)}${name}`;
}

/**
 * The non-empty parts joined by `separator`, as one flat string; no filtered copy of the list when none
 * is empty (the common case, a million times a run).
 * @example joinNonEmpty(["a", "", "b"], "; ") // "a; b"
 */
export function joinNonEmpty(parts: readonly string[], separator: string): string {
  return (parts.includes("") ? parts.filter((p) => p !== "") : parts).join(separator);
}

/**
 * English clauses joined by "; ", each after the first opening in lower case as a clause after a
 * semicolon does ("Customer by status 'Active'; no sales this period; score 0"): a part that opens with a
 * capitalised word of ours is lowered, one opening with a figure or an acronym ("ABC", "<0.1%") is not.
 * The parts are the catalog's own, never a cell's text at their start.
 * @example joinClauses(["Score 48", "", "Sales below the gate"]) // "Score 48; sales below the gate"
 */
export function joinClauses(parts: readonly string[]): string {
  let out = "";
  for (const part of parts) {
    if (part === "") continue;
    if (out === "") {
      out = part;
      continue;
    }
    const a = part.charCodeAt(0);
    const b = part.charCodeAt(1);
    const lower = a >= 65 && a <= 90 && b >= 97 && b <= 122;
    out += lower ? `; ${String.fromCharCode(a + 32)}${part.slice(1)}` : `; ${part}`;
  }
  return out;
}

/**
 * The first `shown` names joined by `separator`, and `more(hidden)` after them when there are more (a
 * workbook of a sheet per province names 33); all of them shown, the last after `last` ("a, b and c").
 * @example fewNames(["a", "b", "c", "d", "e"], ", ", (n) => ` and ${n} more`, 3) // "a, b, c and 2 more"
 */
export function fewNames(
  names: readonly string[],
  separator: string,
  more: (hidden: number) => string,
  shown = 4,
  last = separator,
): string {
  if (names.length > shown) return names.slice(0, shown).join(separator) + more(names.length - shown);
  return names.length < 2
    ? names.join("")
    : names.slice(0, -1).join(separator) + last + names[names.length - 1];
}

/**
 * `text` and `more` with `separator` between, or either alone when the other is empty: for a phrase built
 * part by part that a caller joins into its sentence (no list a phrase).
 * @example appendPart("8.2% of revenue", ", ", "+3% growth") // "8.2% of revenue, +3% growth"
 */
export function appendPart(text: string, separator: string, more: string): string {
  return text === "" ? more : more === "" ? text : text + separator + more;
}

/** The longest formula a message quotes whole; a longer one is cut with "…". */
const FORMULA_SHOWN = 40;

/**
 * A formula as a message quotes it: with its "=", cut to a readable length.
 * @example formulaText("C2*D2") // "=C2*D2"
 */
export function formulaText(formula: string): string {
  return `=${clip(formula, FORMULA_SHOWN)}`;
}

/** The longest text from a cell a message quotes whole (a note under a table can run to a paragraph). */
const TEXT_SHOWN = 30;

/**
 * A cell's text as a message quotes it: trimmed, cut with "…" past `shown` characters.
 * @example clip("注：1. 销售额为含税金额；2. 数据截至2025年10月31日，以财务确认的数据为准") // "注：1. 销售额为含税金额；2. 数据截至2025年10月…"
 */
export function clip(text: string, shown = TEXT_SHOWN): string {
  const t = text.trim();
  if (t.length <= shown) return t;
  // Cut between code points: half of a character beyond the BMP is no character.
  const points = Array.from(t);
  return points.length > shown ? `${points.slice(0, shown - 1).join("")}…` : t;
}

/**
 * A column header's money unit in `currency`: "销售额（元）" → "销售额（美元）", "Revenue (¥)" →
 * "Revenue ($)"; yuan headers as they are. Sales in goods (QTY) are a volume in the goods' unit:
 * "销售额（元）" → "销量（吨）", "Revenue share" → "Volume share".
 * @example headerInCurrency("Gap to key line (¥)", "USD") // "Gap to key line ($)"
 */
export function headerInCurrency(text: string, currency: CurrencyCode, goods = ""): string {
  if (currency === "CNY") return text;
  if (currency === "QTY") {
    // Sales in goods: 销量（吨）, Volume (cases); a gap or a threshold in the goods' unit, or in none.
    const zh = goods === "" ? "" : `（${goods}）`;
    const en = goods === "" ? "" : ` (${goods})`;
    return text
      .replace("（元）", zh)
      .replace(/销售额/g, "销量")
      .replace(" (¥)", en)
      .replace(/Revenue/g, "Volume")
      .replace(/revenue/g, "volume");
  }
  return text.replace("（元）", `（${NAME_ZH[currency]}）`).replace("(¥)", `(${SYMBOL[currency]})`);
}

/**
 * `build` remembered per currency (and goods' unit, for sales counted in goods): each catalog is built
 * once for each currency a run asks for.
 * @example const catalogIn = memoByCurrency(build); catalogIn("USD") === catalogIn("USD") // true
 */
export function memoByCurrency<T>(
  build: (currency: CurrencyCode, goods: string) => T,
): (currency: CurrencyCode, goods?: string) => T {
  const built = new Map<string, T>();
  return (currency, goods = "") => {
    const key = currency === "QTY" ? `QTY ${goods}` : currency;
    let x = built.get(key);
    if (x === undefined) {
      x = build(currency, currency === "QTY" ? goods : "");
      built.set(key, x);
    }
    return x;
  };
}

/** A cell's text quoted in a message is shown whole up to this many characters. */
export const SHOWN_TEXT_MAX = 120;

/**
 * A cell's text as a message quotes it: whole when short, else its start and end around an ellipsis, so
 * a 5,000-character name makes one readable line, not pages of terminal, pane or reason cell. Cut
 * between code points (a character beyond the BMP is never split).
 * @example shownText("甲".repeat(500)) // "甲甲…甲甲": 99 characters, "…", the last 20
 */
export function shownText(text: string, max = SHOWN_TEXT_MAX): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  if (points.length <= max) return text;
  const tail = Math.floor(max / 6);
  return `${points.slice(0, max - tail - 1).join("")}…${points.slice(points.length - tail).join("")}`;
}

/**
 * A group of messages whose every text argument (and each text of a list argument) is shown as
 * `shownText` does: the findings quote names, headers, sheet names and raw cells, any of which may be as
 * long as a cell holds (32,767 characters).
 */
export function withShownArgs<T extends object>(group: T): T {
  const shown = (a: unknown): unknown =>
    typeof a === "string"
      ? shownText(a)
      : Array.isArray(a)
        ? a.map((x: unknown) => (typeof x === "string" ? shownText(x) : x))
        : a;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(group)) {
    out[k] =
      typeof v === "function"
        ? (...args: unknown[]) => (v as (...a: unknown[]) => unknown)(...args.map(shown))
        : v;
  }
  return out as T;
}
