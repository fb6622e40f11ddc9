import { type Cell, type CellGrid, cellText } from "./cells";
import { type SalesCurrency as AccountsInCurrency, countryCurrency, currenciesOfSales } from "./currencies";
import { type HeaderDetection, isVolumeHeader } from "./headers";
import { type Currency, currencyFromNumberFormat, currencyOfAmountText, splitHeader } from "./normalize";
import type { Rules } from "./rules";

/** The currency the sales are counted in, and what its sources say against each other. */
export type SalesCurrency = {
  /** The sales' currency, or "QTY" for sales counted in goods. */
  readonly currency: Currency;
  /** For sales in goods, their unit as the header writes it (销量（吨）: 吨), else "". */
  readonly goods: string;
  /** The currency the cells carry where the header names another (the header's wins). */
  readonly conflict?: Currency;
  /** No source names a currency and the sales header is English: the rules' yuan is taken, and said. */
  readonly noCurrency: boolean;
  /**
   * No source names a currency, the sales header is English, and a country column names one country on
   * every row: its currency is taken (United States: dollars), and said where it is not yuan.
   */
  readonly byCountry?: {
    readonly column: number;
    readonly place: string;
    /** Where a state column said it (no country column): the first three states as written. */
    readonly states?: readonly string[];
  };
};

/**
 * The currency of the sales: their column's unit (销售额（万美元）; a unit without one is yuan), else the
 * currency their cells are formatted in ([$$-409]#,##0, "$"#,##0, €), else the sign amounts typed as text
 * carry ($1,234.00 in a CRM's CSV), else the one a 币种 column names on every row (`rowCurrency`: USD down
 * a Salesforce export's Account Currency), else the sheet's note (单位：万美元), else the rules'. A unit
 * that names no currency (（万）, (k)) leaves it to the cells like no unit at all. Sales counted in goods
 * (年销量, 销量（吨）, Sales Qty) are quantities, whatever their cells' format. Nothing anywhere on an
 * English header (a CRM's Annual Revenue, which may be in any currency) is said, as yuan is then taken,
 * unless a country column names one country on every row (`countryOf`): its currency, said.
 * @example salesCurrency(detectColumns([["Account", "Revenue (USD)"]]), values, 1, [], rules, undefined, "Revenue (USD)").currency // "USD"
 */
export function salesCurrency(
  header: HeaderDetection,
  values: CellGrid["values"],
  start: number,
  columnFormats: readonly (string | undefined)[],
  rules: Rules,
  rowCurrency: Currency | undefined,
  revenueHeader: string | undefined,
  /** The one country a country column names on every row and its currency, looked up only where needed. */
  countryOf?: () =>
    | {
        readonly currency: Currency;
        readonly column: number;
        readonly place: string;
        readonly states?: readonly string[];
      }
    | undefined,
): SalesCurrency {
  const revenueMatch = header.matches.find((x) => x.field === "revenue");
  const unit = revenueMatch?.unit;
  const named = unit && (unit.currency ?? (YUAN_WORDS.test(unit.label) ? "CNY" : undefined));
  const formatted =
    revenueMatch &&
    (currencyFromNumberFormat(columnFormats[revenueMatch.column]) ??
      currencyWrittenIn(values, start, revenueMatch.column) ??
      rowCurrency);
  const inGoods = revenueMatch !== undefined && isVolumeHeader(revenueMatch.header);
  const stated = named ?? formatted ?? header.unitNote?.unit.currency;
  // Nothing says it, on an English header (a CRM's Total Revenue): yuan by the rules, unless the sheet's
  // country column names one country on every row (United States: the notes said "Sales ¥320K").
  const unsaid =
    revenueHeader !== undefined &&
    stated === undefined &&
    !inGoods &&
    rules.sales.currency === "CNY" &&
    ENGLISH.test(revenueHeader) &&
    !CJK.test(revenueHeader);
  const byCountry = unsaid ? countryOf?.() : undefined;
  const currency = inGoods ? "QTY" : (stated ?? byCountry?.currency ?? rules.sales.currency);
  const goods = inGoods ? (splitHeader(revenueMatch.header).goods?.word ?? "") : "";
  const conflict =
    revenueHeader !== undefined && named && formatted && formatted !== named && !inGoods
      ? formatted
      : undefined;
  return {
    currency,
    goods,
    ...(conflict === undefined ? {} : { conflict }),
    noCurrency: unsaid && byCountry === undefined,
    ...(byCountry && byCountry.currency !== "CNY"
      ? {
          byCountry: {
            column: byCountry.column,
            place: byCountry.place,
            ...(byCountry.states ? { states: byCountry.states } : {}),
          },
        }
      : {}),
  };
}

/** Rows looked at for the currency amounts typed as text carry: enough to see it, cheap on a million. */
const CURRENCY_SAMPLE = 2000;

/**
 * The currency most of a column's amounts typed as text carry before their figures ($1,234.00, €950),
 * among the first rows, where it is on half its figures at least; undefined where fewer carry one. A
 * few amounts typed with a sign among plain figures ($1.2M in a yuan ledger) speak for themselves, not
 * for the column: they made every plain figure dollars.
 */
function currencyWrittenIn(
  values: readonly (readonly Cell[])[],
  start: number,
  column: number,
): Currency | undefined {
  const counts = new Map<Currency, number>();
  let figures = 0;
  for (let r = start; r < Math.min(values.length, start + CURRENCY_SAMPLE); r++) {
    const cell = values[r]?.[column];
    if (typeof cell === "number") {
      if (cell !== 0) figures++;
      continue;
    }
    if (typeof cell !== "string") continue;
    const currency = currencyOfAmountText(cell);
    if (currency) {
      figures++;
      counts.set(currency, (counts.get(currency) ?? 0) + 1);
    } else if (/\d/.test(cell)) figures++;
  }
  let best: Currency | undefined;
  for (const [currency, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = currency;
  return best !== undefined && 2 * (counts.get(best) ?? 0) >= figures ? best : undefined;
}

/** Chinese (or Japanese) characters: a header written in them. */
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/** A header in words of Latin letters (a year as a PivotTable's column header is none). */
const ENGLISH = /[a-z]{2}/i;

/** A unit's words that name yuan: 万元, 元, RMB, CNY, ¥ (a bare 万 or k names no currency). */
const YUAN_WORDS = /元|rmb|cny|[¥￥]|yuan|人民币/i;

/**
 * The currencies the sales are in, most accounts first (see currenciesOfSales). Amounts of one currency
 * typed on fewer accounts than those with a plain figure ($1.2M among a yuan ledger's figures) stand
 * beside the plain figures in the column's own currency (its format, its country, the rules' yuan): two,
 * where they differ. They made every plain figure dollars, unsaid.
 */
export function salesCurrencies(
  values: CellGrid["values"],
  header: HeaderDetection,
  rules: Rules,
  columnFormats: readonly (string | undefined)[],
  name: number,
  revenue: number,
): AccountsInCurrency[] {
  const start = header.headerRow + header.headerRows;
  const revenueHeader = cellText(header.labels[revenue]);
  const found = currenciesOfSales(values, {
    start,
    name,
    revenue,
    revenueHeader,
    currency: header.mapping.currency,
  });
  const stated = found.stated;
  const typed = stated[0];
  if (stated.length !== 1 || !typed || header.mapping.currency !== undefined) return stated;
  // Typed so on most amounts, the column's own currency is theirs (salesCurrency reads it so): no need to look.
  if (found.unstated.count <= typed.count) return stated;
  const own = salesCurrency(header, values, start, columnFormats, rules, undefined, revenueHeader, () =>
    countryCurrency(values, start, header.labels),
  ).currency;
  if (own === "QTY" || own === typed.currency) return stated;
  return [{ currency: own, known: true, ...found.unstated, presumed: true }, typed];
}
