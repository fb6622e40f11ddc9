/** Number formatting shared by both catalogs, kept free of Intl surprises across hosts. */

/** 0.082 → "8.2%"; whole numbers lose the decimal; a share too small to show is "<0.1%", not "0%". */
export function formatPercent(fraction: number): string {
  if (fraction > 0 && fraction < 0.0005) return "<0.1%";
  const p = Math.round(fraction * 1000) / 10;
  return `${Number.isInteger(p) ? p.toFixed(0) : p.toFixed(1)}%`;
}

/** 1234567.8 → "1,234,568". */
export function formatInteger(n: number): string {
  const s = Math.round(Math.abs(n))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return n < 0 ? `-${s}` : s;
}

/** One decimal, trailing zero dropped: 82.40 → "82.4", 7.0 → "7". */
export function formatDecimal(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Number.isInteger(r) ? r.toFixed(0) : r.toFixed(1);
}

/** Money in Chinese units: 123456789 → "1.23亿元", 35000 → "3.5万元". */
export function formatYuanZh(yuan: number): string {
  const a = Math.abs(yuan);
  if (a >= 1e8) return `${(yuan / 1e8).toFixed(2).replace(/\.?0+$/, "")}亿元`;
  if (a >= 1e4) return `${(yuan / 1e4).toFixed(1).replace(/\.0$/, "")}万元`;
  return `${formatInteger(yuan)}元`;
}

/** Money in English units: 1234567 → "¥1.23M", 35000 → "¥35K". */
export function formatYuanEn(yuan: number): string {
  const a = Math.abs(yuan);
  const sign = yuan < 0 ? "-" : "";
  if (a >= 1e9) return `${sign}¥${(a / 1e9).toFixed(2).replace(/\.?0+$/, "")}B`;
  if (a >= 1e6) return `${sign}¥${(a / 1e6).toFixed(2).replace(/\.?0+$/, "")}M`;
  if (a >= 1e4) return `${sign}¥${(a / 1e3).toFixed(1).replace(/\.0$/, "")}K`;
  return `${sign}¥${formatInteger(a)}`;
}
