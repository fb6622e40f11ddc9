import { rememberText } from "./account";
import { type CellGrid, type Cell, isBlankCell } from "./cells";
import type { CreditClass } from "./classes";
import { creditFromLevel, creditFromRating, ratesHighLow } from "./classify";
import type { Rules } from "./rules";
import type { Column } from "./salesSpans";
import { matchForm } from "./normalize";

/** How a sheet's credit column reads, worked out once from the column as a whole. */
export type CreditColumnReading = {
  /** The class a cell's text rates (each distinct text read once); undefined where it rates none known. */
  readonly rating: (text: string) => CreditClass | undefined;
  /** A cell's score where the column holds scores within the rules' scale, else undefined. */
  readonly score: (cell: Cell) => number | undefined;
  /** The column's scores run past the rules' scale (680 with bands out of 100): said once, not a row. */
  readonly offScale: boolean;
  /** The highest score of a scored column (for that finding). */
  readonly highestScore: number | undefined;
  /** Whether a cell holds a score at all (a score past the scale is no unknown rating either). */
  readonly isScore: (cell: Cell) => boolean;
};

/**
 * How the credit column reads: as ratings (AAA, 优/良/中/差, and 高/中/低 by what the header rates: 风险等级's
 * 高 is high risk, D; 信用等级's 高 good credit, A; 中 is B there, not the C of 优/良/中/差), or as scores
 * (信用评分 85, Credit Score) banded by the rules, where the header names a score and the column's scores
 * stay within the rules' scale (100, or 1,000 where the bands pass 100: 740 / 670 / 580 on a 300-850 one).
 * @example readCreditColumn(values, 1, { index: 3, letter: "D", header: "风险等级" }, rules).rating("高") // "D"
 */
export function readCreditColumn(
  values: CellGrid["values"],
  start: number,
  column: Column | undefined,
  rules: Rules,
): CreditColumnReading {
  const ratings = new Set<string>();
  if (column !== undefined)
    for (let r = start; r < values.length; r++) {
      const cell = values[r]?.[column.index] ?? null;
      if (typeof cell === "string") ratings.add(cell);
    }
  const highLow = ratesHighLow(ratings);
  const riskColumn = column !== undefined && /风险|risk/i.test(column.header);
  const rating = rememberText((t: string) =>
    highLow ? (creditFromLevel(t, riskColumn) ?? creditFromRating(t)) : creditFromRating(t),
  );
  // Read as a rating, every score was an unknown rating and the credit was left out.
  const scoreScale = rules.credit.minScoreA > 100 ? 1000 : 100;
  // Scores by the header (信用评分, 信用分, Credit Score), or by the cells under a rating's header (信用等级
  // 85, 72, 40: every one was an unknown rating).
  const scoreHeader =
    column !== undefined &&
    !riskColumn &&
    (/评分|分数|得分|分值|(?:信用|资信|信誉)分(?![级类档])|score|points/i.test(column.header) ||
      scoresByCells(values, start, column.index));
  const highestScore = scoreHeader && column ? highestScoreIn(values, start, column.index) : undefined;
  const scores = highestScore !== undefined && highestScore <= scoreScale;
  return {
    rating,
    score: scores ? scoreIn : () => undefined,
    offScale: highestScore !== undefined && !scores,
    highestScore,
    isScore: (cell) => scoreIn(cell) !== undefined,
  };
}

/** Rows looked at to tell a rating column of scores: enough to see it, cheap on a million. */
const SCORES_SAMPLE = 2000;

/**
 * Whether a rating column's cells are scores: four in five of its filled cells at least, three at least,
 * and one past 10, where no level's figure reaches (一级-五级, five stars): 信用等级 of 85, 72, 40. Judged
 * on its first rows, as the columns' kinds are.
 */
function scoresByCells(values: CellGrid["values"], start: number, column: number): boolean {
  let filled = 0;
  let scores = 0;
  let past = false;
  for (let r = start; r < Math.min(values.length, start + SCORES_SAMPLE); r++) {
    const cell = values[r]?.[column] ?? null;
    if (isBlankCell(cell)) continue;
    filled++;
    const v = scoreIn(cell);
    if (v === undefined) continue;
    scores++;
    if (v > 10) past = true;
  }
  return past && scores >= 3 && scores >= 0.8 * filled;
}

/** A cell's score: a number, or text of one ("85分"); undefined otherwise. */
function scoreIn(cell: Cell): number | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== "string") return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*分?\s*$/.exec(matchForm(cell));
  return m ? Number(m[1]) : undefined;
}

/**
 * The highest of a column's scores, undefined where it has none or one below 0 (no scale of scores):
 * the column is read as scores where it is within the rules' scale.
 */
function highestScoreIn(values: CellGrid["values"], start: number, column: number): number | undefined {
  let highest: number | undefined;
  for (let r = start; r < values.length; r++) {
    const v = scoreIn(values[r]?.[column] ?? null);
    if (v === undefined) continue;
    if (v < 0) return undefined;
    if (highest === undefined || v > highest) highest = v;
  }
  return highest;
}
