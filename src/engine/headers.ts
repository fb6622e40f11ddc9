import { type Cell, cellText, columnIndex, isBlankCell } from "./cells";
import { FIELD_MATCH_ORDER, FIELD_SYNONYMS, type Field } from "./fields";
import { type HeaderUnit, foldText, splitHeader } from "./normalize";
import type { OutputKey } from "./outputs";

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
  readonly matches: readonly ColumnMatch[];
  readonly mapping: Readonly<Partial<Record<Field, number>>>;
  /** Columns with a header that means nothing to the detector (kept, never touched). */
  readonly unmapped: readonly { readonly column: number; readonly header: string }[];
  /** A second column that also looked like a field already mapped. */
  readonly duplicates: readonly { readonly column: number; readonly header: string; readonly field: Field }[];
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
};

type Candidate = { field: Field; how: "exact" | "contains"; confidence: number };

/** A money column's words that make it a rate, a plan, a date or a person instead of an amount sold. */
const NOT_AN_AMOUNT =
  /日期|时间|率|占比|比例|目标|计划|预算|预测|天数|次数|经理|负责人|date|time|rate|ratio|share|target|plan|budget|forecast|days|count|manager|owner|rep$|person|org|team|channel|mode|type|territory|region|area|district/;

/**
 * Words that make a header holding a field's word about something else ("经销商编号" is no name,
 * "逾期金额" no days overdue, "信用额度" no rating, "大区经理" no region, "回款率" no revenue): a header
 * matched only by containing the field's word is not that field when it also holds one of these.
 */
const NOT_FOR: Readonly<Partial<Record<Field, RegExp>>> = {
  name: /编号|编码|代码|号码|序号|账号|税号|电话|手机|地址|联系人|邮箱|类型|类别|级别|等级|性质|状态|数量|id$|no\.?$|code|number|phone|tel$|address|contact|email|type$|level$|status$/,
  revenue: NOT_AN_AMOUNT,
  priorRevenue: new RegExp(`${NOT_AN_AMOUNT.source}|增长|growth`),
  region: /经理|负责人|主管|总监|编码|编号|manager|director|head|code/,
  credit: /额度|金额|余额|limit|line|amount|balance/,
  overdue: /金额|余额|笔数|amount|value|balance|count/,
  owner: /电话|手机|邮箱|phone|mobile|email|tel$/,
  lastVisit: /次数|频率|count|frequency/,
};

function matchHeader(folded: string): Candidate | undefined {
  if (folded === "") return undefined;
  for (const field of FIELD_MATCH_ORDER) {
    if (FIELD_SYNONYMS[field].exact.includes(folded)) return { field, how: "exact", confidence: 1 };
  }
  for (const field of FIELD_MATCH_ORDER) {
    if (NOT_FOR[field]?.test(folded)) continue;
    if (FIELD_SYNONYMS[field].contains.some((w) => folded.includes(w))) {
      return { field, how: "contains", confidence: 0.7 };
    }
  }
  return undefined;
}

/** The year a header names ("2025年销售额", "Sales 2024", "FY25 Sales"), if any. */
function yearOf(header: string): number | undefined {
  const m = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(header);
  if (m) return Number(m[1]);
  const fiscal = /(?:^|[^a-z])fy\s*'?(\d{2})(?!\d)/i.exec(header);
  return fiscal ? 2000 + Number(fiscal[1]) : undefined;
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
  return matchHeader(splitHeader(cell).text)?.field;
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
  const { text } = splitHeader(cell);
  if (outputs.has(foldText(cell)) || outputs.has(text)) return "output";
  return matchHeader(text) ?? null;
}

function scoreRow(
  row: readonly Cell[],
  outputs: Map<string, OutputKey>,
  seen: Map<string, TextVerdict>,
): { score: number; hasName: boolean; texts: number } {
  let score = 0;
  let hasName = false;
  let texts = 0;
  for (const cell of row) {
    if (typeof cell !== "string" || cell.trim() === "") continue;
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
export function detectColumns(
  rows: readonly (readonly Cell[])[],
  options: DetectOptions = {},
): HeaderDetection {
  const outputs = foldOutputs(options.outputHeaders);
  // Titles, notes and blank rows above the header are common; 100 rows covers any report layout seen.
  const scan = Math.min(rows.length, options.scanRows ?? 100);
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
  if (best < 0 && byColumn) best = textiest;
  if (best < 0) {
    return {
      headerRow: -1,
      matches: [],
      mapping: {},
      unmapped: [],
      duplicates: [],
      outputs: {},
      missing: [],
      conflicts: [],
    };
  }
  return mapHeaderRow(rows, best, explicit, outputs, options.originColumn ?? 0);
}

function mapHeaderRow(
  rows: readonly (readonly Cell[])[],
  headerRow: number,
  explicit: ExplicitMapping,
  outputs: Map<string, OutputKey>,
  originColumn: number,
): HeaderDetection {
  const header = rows[headerRow] ?? [];
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
      column = header.findIndex((c) => !isBlankCell(c) && foldText(cellText(c)) === target);
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
    const out = outputs.get(foldText(text)) ?? outputs.get(split.text);
    if (out !== undefined) {
      // Ours are written right of the user's data: with two columns headed alike ("Tier"), the
      // rightmost is ours, the other is the user's and is never written over.
      outputCols[out] = c;
      continue;
    }
    const m = matchHeader(split.text);
    if (!m) {
      unmapped.push({ column: c, header: text });
      continue;
    }
    if (mapping[m.field] !== undefined) {
      duplicates.push({ column: c, header: text, field: m.field });
      continue;
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

  if (!explicitAt.has(mapping.revenue ?? -1)) preferLatestYear(matches, mapping, duplicates);

  if (mapping.name === undefined)
    guessNameColumn(rows, headerRow, taken, outputCols, matches, mapping, unmapped);
  matches.sort((a, b) => a.column - b.column);
  return { headerRow, matches, mapping, unmapped, duplicates, outputs: outputCols, missing, conflicts };
}

/**
 * Sales by year side by side ("2025年销售额", "2024年销售额"): the latest year is this period's revenue
 * and the year before it the prior year's (where no column says prior year), wherever the columns
 * stand. The first revenue column found (the leftmost) gives way; the others stay duplicates.
 */
function preferLatestYear(
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  duplicates: { column: number; header: string; field: Field }[],
): void {
  const first = matches.find((m) => m.field === "revenue" && m.column === mapping.revenue);
  if (!first) return;
  const byYear = [first, ...duplicates.filter((d) => d.field === "revenue")]
    .map((c) => ({ column: c.column, header: c.header, year: yearOf(c.header) }))
    .filter((c): c is { column: number; header: string; year: number } => c.year !== undefined)
    .sort((a, b) => b.year - a.year || a.column - b.column);
  const latest = byYear[0];
  if (!latest || !byYear.some((c) => c.year < latest.year)) return;
  const prior =
    mapping.priorRevenue === undefined ? byYear.find((c) => c.year === latest.year - 1) : undefined;
  const moved = new Set([latest.column, prior?.column]);
  const kept = duplicates.filter((d) => !(d.field === "revenue" && moved.has(d.column)));
  if (latest.column !== first.column) {
    if (first.column !== prior?.column)
      kept.push({ column: first.column, header: first.header, field: "revenue" });
    const unit = splitHeader(latest.header).unit;
    matches.splice(matches.indexOf(first), 1, {
      ...first,
      column: latest.column,
      header: latest.header,
      unit,
    });
    mapping.revenue = latest.column;
  }
  if (prior) {
    mapping.priorRevenue = prior.column;
    const unit = splitHeader(prior.header).unit;
    const { column, header } = prior;
    matches.push({ column, header, field: "priorRevenue", how: "contains", confidence: 0.7, unit });
  }
  duplicates.splice(0, duplicates.length, ...kept.sort((a, b) => a.column - b.column));
}

/** With no name header, the first column of mostly text values is the best guess, said as a guess. */
function guessNameColumn(
  rows: readonly (readonly Cell[])[],
  headerRow: number,
  taken: Set<number>,
  outputCols: Partial<Record<OutputKey, number>>,
  matches: ColumnMatch[],
  mapping: Partial<Record<Field, number>>,
  unmapped: { column: number; header: string }[],
): void {
  const used = new Set([...Object.values(mapping), ...Object.values(outputCols), ...taken]);
  const sample = rows.slice(headerRow + 1, headerRow + 51);
  if (sample.length === 0) return;
  // A column no sampled row reaches holds no text to guess from.
  const width = Math.max(rows[headerRow]?.length ?? 0, ...sample.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    if (used.has(c)) continue;
    const texts = sample.filter(
      (r) =>
        typeof r[c] === "string" && (r[c] as string).trim() !== "" && !/^[\d.,\s%¥-]+$/.test(r[c] as string),
    ).length;
    if (texts / sample.length >= 0.6) {
      const header = cellText(rows[headerRow]?.[c]);
      mapping.name = c;
      matches.push({ column: c, header, field: "name", how: "guessed", confidence: 0.4, unit: undefined });
      const i = unmapped.findIndex((u) => u.column === c);
      if (i >= 0) unmapped.splice(i, 1);
      return;
    }
  }
}
