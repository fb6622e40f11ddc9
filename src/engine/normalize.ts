/**
 * Folds text for matching: full-width to half-width (NFKC), lower case, no spaces or separators.
 * @example foldText("年度 销售额（万元）") // "年度销售额(万元)"
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-·・:：/\\.]+/g, "");
}

/** A unit written in a header or a number format, as a multiplier of the base unit. */
export type HeaderUnit = { readonly label: string; readonly multiplier: number; readonly percent: boolean };

const UNIT_PATTERNS: readonly { re: RegExp; multiplier: number; percent: boolean }[] = [
  { re: /^(亿元|亿|億元|億)$/, multiplier: 1e8, percent: false },
  { re: /^(千万元|千万|千萬元|千萬)$/, multiplier: 1e7, percent: false },
  { re: /^(万元|万|萬元|萬|wan|10k|10000元)$/, multiplier: 1e4, percent: false },
  { re: /^(千元|千|k|'?000s?|thousands|kcny|krmb)$/, multiplier: 1e3, percent: false },
  { re: /^(百万|百万元|m|mn|millions|mcny|mrmb)$/, multiplier: 1e6, percent: false },
  { re: /^(元|rmb|cny|¥|￥|yuan)$/, multiplier: 1, percent: false },
  { re: /^(%|百分比|percent|pct)$/, multiplier: 1, percent: true },
  { re: /^(年|years?|yrs?)$/, multiplier: 1, percent: false },
  { re: /^(天|日|days?)$/, multiplier: 1, percent: false },
];

/** Units of time, which a header without parentheses keeps as its words. */
const TIME_WORD = /^(年|years?|yrs?|天|日|days?)$/;

/**
 * Splits a header into its words and the unit in parentheses, e.g. `年度销售额（万元）`.
 * @example splitHeader("Annual Sales (RMB 10k)") // { text: "annualsales", unit: undefined }
 */
export function splitHeader(header: string): { text: string; unit: HeaderUnit | undefined } {
  const n = header.normalize("NFKC").trim();
  let unit: HeaderUnit | undefined;
  const units = [...n.matchAll(/[([【]([^)\]】]*)[)\]】]/g)].map((m) => m[1] ?? "");
  for (const u of units) {
    unit = parseUnit(u) ?? unit;
  }
  let stripped = n.replace(/[([【][^)\]】]*[)\]】]/g, "");
  // A money unit after a slash or a space, without parentheses: "销售额/万元", "销售额 万元", "Sales '000"
  // (years and days stay words of the header: "Relationship Years", "合作 年").
  const trailing = unit ? null : /^(.*\S)\s*[/／]\s*(\S+)$|^(.*\S)\s+(\S+)$/.exec(stripped);
  const word = trailing ? (trailing[2] ?? trailing[4] ?? "") : "";
  const trailingUnit = TIME_WORD.test(foldText(word)) ? undefined : parseUnit(word);
  if (trailing && trailingUnit && !trailingUnit.percent) {
    unit = trailingUnit;
    stripped = trailing[1] ?? trailing[3] ?? stripped;
  }
  let text = foldText(stripped);
  // A trailing % outside parentheses ("Market Share %") is a unit too.
  if (text.endsWith("%")) {
    text = text.slice(0, -1);
    unit = unit ?? { label: "%", multiplier: 1, percent: true };
  }
  return { text, unit };
}

/**
 * Reads a unit label such as 万元, RMB, % or "RMB 10k".
 * @example parseUnit("万元")?.multiplier // 10000
 */
export function parseUnit(label: string): HeaderUnit | undefined {
  const folded = foldText(label).replace(/^(单位|unit|in)/, "");
  const candidates = [folded, folded.replace(/^(rmb|cny|¥|￥)/, ""), folded.replace(/(rmb|cny|元)$/, "")];
  for (const c of candidates) {
    for (const p of UNIT_PATTERNS) {
      if (p.re.test(c)) return { label: label.trim(), multiplier: p.multiplier, percent: p.percent };
    }
  }
  return undefined;
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
