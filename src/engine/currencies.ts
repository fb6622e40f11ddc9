import { type Cell, cellText, isBlankCell } from "./cells";
import { type Currency, currencyOfAmountText, foldText, matchForm } from "./normalize";
import { isTotalLabel, unnamedTotalLabel } from "./rows";

/**
 * Currencies by their names, codes and signs (lower case, NFKC), each to its ISO code: what an ERP's
 * 币种 / 币别 column holds (人民币, 美元, 港币), a CRM's (USD, "CNY - Chinese Yuan"), NetSuite's (US Dollar).
 */
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map(
  (
    [
      ["CNY", "人民币 人民幣 人民币元 rmb cny ¥ ￥ 元 yuan renminbi chineseyuan chineseyuanrenminbi"],
      ["USD", "美元 美金 美圆 usd us$ $ usdollar usdollars unitedstatesdollar"],
      ["HKD", "港元 港币 港幣 hkd hk$ hongkongdollar"],
      ["EUR", "欧元 歐元 eur € euro euros"],
      ["GBP", "英镑 gbp £ britishpound poundsterling"],
      ["JPY", "日元 日圆 jpy jp¥ yen japaneseyen"],
      ["SGD", "新加坡元 新币 sgd s$ singaporedollar"],
      ["AUD", "澳元 澳币 澳大利亚元 aud a$ australiandollar"],
      ["CAD", "加元 加币 加拿大元 cad c$ canadiandollar"],
      ["TWD", "新台币 台币 twd ntd nt$ newtaiwandollar taiwandollar"],
      ["MOP", "澳门元 澳门币 mop pataca"],
      ["KRW", "韩元 krw won koreanwon southkoreanwon"],
      ["THB", "泰铢 thb baht thaibaht"],
      ["MYR", "林吉特 马来西亚林吉特 马币 myr ringgit malaysianringgit"],
      ["VND", "越南盾 vnd dong vietnamesedong"],
      ["RUB", "卢布 俄罗斯卢布 rub ruble rouble russianruble"],
      ["CHF", "瑞士法郎 chf swissfranc"],
      ["INR", "印度卢比 inr rupee indianrupee"],
      ["IDR", "印尼盾 印度尼西亚盾 idr rupiah indonesianrupiah"],
      ["PHP", "菲律宾比索 php philippinepeso"],
    ] as const
  ).flatMap(([code, words]) => words.split(" ").map((w) => [w, code] as const)),
);

/** A currency's words within a longer text: a run of CJK, or of letters with a sign ("CNY - 人民币"). */
const CURRENCY_TOKEN = /[\u4e00-\u9fff]+|[a-z]*[$¥￥€£]|[a-z]+/g;

/**
 * The ISO code of the currency a cell names (人民币, "USD", "CNY - Chinese Yuan", HK$), a three-letter
 * code as written where it is one we do not list, else undefined (a text that names no currency, or two).
 * @example currencyOfText("港币") // "HKD"
 */
export function currencyOfText(text: string): string | undefined {
  const lower = matchForm(text).trim().toLowerCase();
  if (lower === "") return undefined;
  const whole = CURRENCY_WORDS.get(lower) ?? CURRENCY_WORDS.get(foldText(lower));
  if (whole) return whole;
  const codes = new Set<string>();
  for (const token of lower.match(CURRENCY_TOKEN) ?? []) {
    const code = CURRENCY_WORDS.get(token);
    if (code) codes.add(code);
  }
  if (codes.size === 1) return [...codes][0];
  if (codes.size === 0 && /^[a-z]{3}$/.test(lower)) return lower.toUpperCase();
  return undefined;
}

/** The currencies amounts can be written in (the catalogs' names and signs). */
const MONEY: ReadonlySet<string> = new Set<Currency>(["CNY", "USD", "EUR", "HKD", "GBP", "JPY"]);

/**
 * Whether an ISO code is one the messages write amounts in (¥, $, €, HK$, £, JP¥).
 * @example isCurrency("USD") // true
 */
export function isCurrency(code: string): code is Exclude<Currency, "QTY"> {
  return MONEY.has(code);
}

/** One currency the sales of a sheet are in: how many accounts, and the first of their rows. */
export type SalesCurrency = {
  /** An ISO code (CNY, USD, SGD), or the cell's text where it names no currency we know. */
  readonly currency: string;
  /** Whether `currency` is an ISO code (else the text as found). */
  readonly known: boolean;
  readonly count: number;
  /** 0-based grid rows of the first accounts in it (five at most). */
  readonly rows: readonly number[];
  /** The amounts that state no currency, taken to be in the column's own (`currency`). */
  readonly presumed?: boolean;
};

/** The currencies the sales state, most accounts first, and the amounts that state none. */
export type SalesCurrencies = {
  readonly stated: SalesCurrency[];
  /** Accounts whose sales state no currency (a plain figure, no 币种): how many, and the first rows. */
  readonly unstated: { readonly count: number; readonly rows: readonly number[] };
};

/** Where a sheet's accounts start (0-based grid row) and the columns that say their sales' currency. */
export type SalesColumns = {
  readonly start: number;
  readonly name: number;
  readonly revenue: number;
  /** The sales column's header, as written. */
  readonly revenueHeader: string;
  /** The 币种 / Currency column, where the sheet has one. */
  readonly currency: number | undefined;
};

/** Rows named per currency (enough to find them; the count says how many there are). */
const ROWS_NAMED = 5;

/**
 * A sales header that names the home currency (本币金额, 价税合计（本位币）, Amount (Base Currency)): its
 * amounts are converted already, whatever currency each row's order was in.
 */
const HOME_CURRENCY =
  /本币|本位币|基本币|记账币|base\s*currency|functional|company\s*currency|reporting\s*currency|home\s*currency|local\s*currency/i;

/**
 * A sales header that names its currency (销售额（人民币）, Sales (CNY), 销售额（万美元）): a column converted to
 * one currency, as the stop on mixed currencies asks for, whatever the 币种 column says of each row's
 * order. (元 and 万元 alone name no currency here: a ledger heads any amount so.)
 */
const NAMED_CURRENCY = /人民币|rmb|cny|美元|美金|usd|港币|港元|hkd|欧元|eur|英镑|gbp|日元|jpy|[$€£¥￥]/i;

/**
 * Whether a sales header says its amounts are in one currency: the home currency (本币金额, Amount (Base
 * Currency)) or one it names (销售额（人民币）, Sales (CNY)).
 * @example namesOneCurrency("销售额（人民币）") // true
 */
export function namesOneCurrency(header: string): boolean {
  return HOME_CURRENCY.test(header) || NAMED_CURRENCY.test(header);
}

/**
 * The currencies the accounts' sales are in, most accounts first: each row's 币种 / Currency cell, else
 * the sign its sales amount is typed with ($1,234, ¥5,000); rows whose sales are blank or 0 and total
 * rows are left out, and those that state no currency are counted apart (`unstated`). None where the
 * sales header names the home currency (本币金额) or a currency of its own (销售额（人民币）: converted).
 * More than one stated means the sales cannot be ranked together (a $1M account ranked as ¥1M).
 * @example currenciesOfSales([["名称", "币种", "销售额"], ["甲", "人民币", 5], ["乙", "美元", 3]],
 *   { start: 1, name: 0, revenue: 2, revenueHeader: "销售额", currency: 1 }).stated.length // 2
 */
export function currenciesOfSales(
  values: readonly (readonly Cell[])[],
  columns: SalesColumns,
): SalesCurrencies {
  const { start, name: nameColumn, revenue: revenueColumn, currency: currencyColumn } = columns;
  const unstated = { count: 0, rows: [] as number[] };
  if (namesOneCurrency(columns.revenueHeader)) return { stated: [], unstated };
  const found = new Map<string, { known: boolean; count: number; rows: number[] }>();
  // A column repeats a handful of texts: each is read once.
  const read = new Map<string, string | undefined>();
  for (let r = start; r < values.length; r++) {
    const row = values[r];
    if (!row) continue;
    const amount = row[revenueColumn] ?? null;
    if (isBlankCell(amount) || amount === 0) continue;
    const named = currencyColumn === undefined ? "" : cellText(row[currencyColumn]);
    let currency: string | undefined;
    let known = true;
    if (named !== "" && typeof row[currencyColumn as number] === "string") {
      if (!read.has(named)) read.set(named, currencyOfText(named));
      currency = read.get(named);
      if (currency === undefined) {
        currency = named.length > 20 ? `${named.slice(0, 19)}…` : named;
        known = false;
      }
    } else if (typeof amount === "string") currency = currencyOfAmountText(amount);
    if (currency === undefined) {
      // A figure with no currency (not a dash or N/A); a totals row among them changes nothing said.
      if (typeof amount === "number" || (typeof amount === "string" && /\d/.test(amount))) {
        unstated.count++;
        if (unstated.rows.length < ROWS_NAMED) unstated.rows.push(r);
      }
      continue;
    }
    const name = cellText(row[nameColumn]);
    if (name !== "" ? isTotalLabel(name) : unnamedTotalLabel(row) !== undefined) continue;
    const seen = found.get(currency);
    if (seen) {
      seen.count++;
      if (seen.rows.length < ROWS_NAMED) seen.rows.push(r);
    } else found.set(currency, { known, count: 1, rows: [r] });
  }
  const stated = [...found]
    .map(([currency, x]) => ({ currency, ...x }))
    .sort((a, b) => b.count - a.count || (a.rows[0] ?? 0) - (b.rows[0] ?? 0));
  return { stated, unstated };
}

/**
 * Countries by their names, codes and Chinese names (folded: lower case, letters and CJK only), each to
 * the currency its home sales are booked in, for the currencies amounts can be written in; the second
 * of each pair numbers the country (USA and United States are one).
 */
const COUNTRY_CURRENCY: ReadonlyMap<string, readonly [Exclude<Currency, "QTY">, number]> = new Map(
  (
    [
      ["USD", "unitedstates unitedstatesofamerica usa us america 美国"],
      ["GBP", "unitedkingdom uk gb greatbritain britain 英国"],
      ["JPY", "japan jp 日本"],
      ["HKD", "hongkong hk hongkongsar hongkongsarchina 香港 中国香港"],
      ["CNY", "china cn prc mainlandchina chinamainland peoplesrepublicofchina 中国 中国大陆 中华人民共和国"],
      ["EUR", "germany de deutschland 德国"],
      ["EUR", "france fr 法国"],
      ["EUR", "italy it 意大利"],
      ["EUR", "spain es 西班牙"],
      ["EUR", "netherlands nl holland 荷兰"],
      ["EUR", "belgium be 比利时"],
      ["EUR", "austria at 奥地利"],
      ["EUR", "ireland ie 爱尔兰"],
      ["EUR", "portugal pt 葡萄牙"],
      ["EUR", "finland fi 芬兰"],
      ["EUR", "greece gr 希腊"],
    ] as const
  ).flatMap(([code, words], country) => words.split(" ").map((w) => [w, [code, country] as const] as const)),
);

/** A country's header, folded: 国家, 国别, 国家/地区, Country, Country/Region, Billing Country, Nation. */
export const COUNTRY_HEADER = /国家|国别|country|nation/;
/** A country's words in a header that names no country but a person or a currency (Country Manager). */
const NOT_COUNTRY = /经理|负责|manager|owner|rep|currency|币/;

/** Rows looked at for the country: enough to see it is one, cheap on a million. */
const COUNTRY_SAMPLE = 2000;

/**
 * The currency of the one country a country column names on every row read (United States all down a
 * CRM's Country/Region: dollars), with the column and the country as its first row writes it; undefined
 * where the sheet has no such column, where its rows name two countries, or one we know no currency of.
 * @example countryCurrency([["Account", "Country"], ["A", "USA"], ["B", "USA"], ["C", "USA"]], 1, ["Account", "Country"])
 *   // { currency: "USD", column: 1, place: "USA" }
 */
export function countryCurrency(
  values: readonly (readonly Cell[])[],
  start: number,
  labels: readonly Cell[],
):
  | { currency: Exclude<Currency, "QTY">; column: number; place: string; states?: readonly string[] }
  | undefined {
  const column = labels.findIndex((label) => {
    const h = foldText(cellText(label));
    return COUNTRY_HEADER.test(h) && !NOT_COUNTRY.test(h);
  });
  if (column < 0) return usStates(values, start, labels);
  let first: readonly [Exclude<Currency, "QTY">, number] | undefined;
  let place = "";
  let filled = 0;
  for (let r = start; r < Math.min(values.length, start + COUNTRY_SAMPLE); r++) {
    const text = cellText(values[r]?.[column] ?? null).trim();
    if (text === "") continue;
    const found = COUNTRY_CURRENCY.get(foldText(text).replace(/[^a-z\u4e00-\u9fff]/g, ""));
    // A country we know no currency of, or a second country: the sheet's country says nothing.
    if (found === undefined || (first !== undefined && found[1] !== first[1])) return undefined;
    if (first === undefined) {
      first = found;
      place = text;
    }
    filled++;
  }
  return first !== undefined && filled >= 3 ? { currency: first[0], column, place } : undefined;
}

/** A state's or province's header (State, Billing State/Province, Shipping State), not a status's. */
const STATE_HEADER = /state|province/;
const NOT_STATE = /status|statement|estate|manager|owner/;

/** The fifty states and DC, by their postal codes and their names (folded). */
const US_STATES = new Set(
  (
    "al,ak,az,ar,ca,co,ct,de,dc,fl,ga,hi,id,il,in,ia,ks,ky,la,me,md,ma,mi,mn,ms,mo,mt,ne,nv,nh,nj,nm,ny,nc," +
    "nd,oh,ok,or,pa,ri,sc,sd,tn,tx,ut,vt,va,wa,wv,wi,wy,alabama,alaska,arizona,arkansas,california," +
    "colorado,connecticut,delaware,districtofcolumbia,washingtondc,florida,georgia,hawaii,idaho,illinois," +
    "indiana,iowa,kansas,kentucky,louisiana,maine,maryland,massachusetts,michigan,minnesota,mississippi," +
    "missouri,montana,nebraska,nevada,newhampshire,newjersey,newmexico,newyork,northcarolina,northdakota," +
    "ohio,oklahoma,oregon,pennsylvania,rhodeisland,southcarolina,southdakota,tennessee,texas,utah,vermont," +
    "virginia,washington,westvirginia,wisconsin,wyoming"
  ).split(","),
);

/**
 * Dollars where no country column is and a state column names a US state on every row read, three at
 * least (a Salesforce export's Billing State/Province: CA, NY, TX; each note said "Sales ¥320K"), with
 * the first three states as written (`states`; `place` the first). A Canadian province or any
 * other text among them says nothing.
 */
function usStates(
  values: readonly (readonly Cell[])[],
  start: number,
  labels: readonly Cell[],
): { currency: "USD"; column: number; place: string; states: readonly string[] } | undefined {
  const column = labels.findIndex((label) => {
    const h = foldText(cellText(label));
    return STATE_HEADER.test(h) && !NOT_STATE.test(h);
  });
  if (column < 0) return undefined;
  const seen: string[] = [];
  let filled = 0;
  for (let r = start; r < Math.min(values.length, start + COUNTRY_SAMPLE); r++) {
    const text = cellText(values[r]?.[column] ?? null).trim();
    if (text === "") continue;
    if (!US_STATES.has(foldText(text).replace(/[^a-z]/g, ""))) return undefined;
    if (seen.length < 3 && !seen.includes(text)) seen.push(text);
    filled++;
  }
  return filled >= 3 ? { currency: "USD", column, place: seen[0] as string, states: seen } : undefined;
}
