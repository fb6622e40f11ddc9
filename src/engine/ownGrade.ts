import { type AccountTable, TIER_CODE } from "./account";
import { tierFromText } from "./classify";
import { type ListView, type ReadonlyList, listView } from "./listView";
import { changedTo, foldText, withoutGloss } from "./normalize";
import { type RankedValues, orderDescending } from "./order";
import { TIERS, type Tier } from "./rules";
import { i32 } from "./memory";
import type { OwnGradingLine } from "./messages";

/**
 * The sheet's own grading (客户等级 A/B/C, 是否重点客户 是/否, 客户分级 重点客户/普通客户): what a planner
 * already calls a key account. It never changes a tier; the run compares its key accounts with it, so a
 * manager sees at once which of the accounts he treats as key the run does not, and why.
 */

/** How a grade reads: the sheet calls the account key, or something below key. */
export type GradeReading = "key" | "below";

/** What a grade is written as: a letter, a number, a tier's name, a yes/no. */
type GradeKind = "letter" | "number" | "word" | "flag";

const YES = new Set(["是", "y", "yes", "true", "√", "✓", "✔", "☑", "对", "有"]);
const NO = new Set(["否", "n", "no", "false", "0", "×", "✗", "✘", "不是", "非", "无"]);

/**
 * Letter grades as CRMs write them, with or without 类/级/档 and 客户 (A类客户, B级, S, A+, Tier 1):
 * S and A (any plus or minus) are the key grades, as S级 / A级 are the 重点 of a Chinese CRM; the
 * first of numbered grades (1, 1级, Tier 1) too.
 */
const LETTER =
  /^(?:tier|class|grade|level)?(s{1,3}|a{1,3}|[b-e]|[1-5]|[甲乙丙丁])[+＋-]?(?:类|级|档|等)?(?:客户|户)?$/;

/** Priorities, as a CRM's priority of an account writes them. */
const PRIORITY: Readonly<Record<string, GradeReading>> = {
  high: "key",
  高: "key",
  高优先级: "key",
  p1: "key",
  critical: "key",
  medium: "below",
  中: "below",
  中优先级: "below",
  low: "below",
  低: "below",
  低优先级: "below",
  p2: "below",
  p3: "below",
  p4: "below",
};

/**
 * Grades in words a Chinese team grades by: 头部 / 腰部 / 尾部 (the head, the middle and the tail of the
 * accounts), 高价值 / 中价值 / 低价值, 重要 alone, 潜力 and 非核心 / Non-core (each was no grade, and a
 * column of them no grading).
 */
const WORD_GRADE: Readonly<Record<string, GradeReading>> = {
  重要: "key",
  头部: "key",
  腰部: "below",
  尾部: "below",
  高价值: "key",
  中价值: "below",
  低价值: "below",
  潜力: "below",
  非核心: "below",
  noncore: "below",
};

/** Roman grades (I类, Ⅱ类, Class III, Tier II): the first is the key grade, as 1 is. */
const ROMAN = /^(?:(?:tier|class|grade|level)(i{1,3}|iv|v)|(i{1,3}|iv|v)(?:类|级|档|等)(?:客户|户)?)$/;

/** Medal grades: 钻石级, 金牌经销商, 银牌, 铜牌客户, gold / silver / bronze (platinum and diamond above gold). */
const MEDAL =
  /^(钻石|金牌|黄金|银牌|白银|铜牌|青铜|diamond|platinum|gold|silver|bronze)(?:级|会员)?(?:经销商|代理商|客户)?$/;

/**
 * A grade cell's reading and kind; undefined for text that names no grade (总代理, 华东, 3.5).
 * @example readGrade("A类客户") // { reading: "key", kind: "letter" }
 * @example readGrade("否") // { reading: "below", kind: "flag" }
 */
export function readGrade(text: string): { reading: GradeReading; kind: GradeKind } | undefined {
  // A grade changed (A->B, 重点→普通): the one now (A->B was A, read as a grade with a gloss).
  const to = changedTo(text);
  if (to !== undefined) return to === "" ? undefined : readGrade(to);
  const f = foldText(text);
  if (f === "") return undefined;
  if (YES.has(f)) return { reading: "key", kind: "flag" };
  if (NO.has(f)) return { reading: "below", kind: "flag" };
  const letter = LETTER.exec(f)?.[1];
  if (letter !== undefined) {
    const key = letter.startsWith("s") || letter.startsWith("a") || letter === "1" || letter === "甲";
    return { reading: key ? "key" : "below", kind: /[1-5]/.test(letter) ? "number" : "letter" };
  }
  // A priority: High (高, P1) is key, Medium and Low below it.
  const priority = PRIORITY[f];
  if (priority !== undefined) return { reading: priority, kind: "word" };
  const worded = WORD_GRADE[f.replace(/(?:经销商|代理商|分销商|客户|户)$/, "")];
  if (worded !== undefined) return { reading: worded, kind: "word" };
  const roman = ROMAN.exec(f);
  if (roman) return { reading: (roman[1] ?? roman[2]) === "i" ? "key" : "below", kind: "letter" };
  // Medals, as dealer programmes grade: 钻石 and 金牌 are the top, like S and A.
  const medal = MEDAL.exec(f)?.[1];
  if (medal !== undefined)
    return { reading: /钻|金|diamond|platinum|gold/.test(medal) ? "key" : "below", kind: "letter" };
  // 重点经销商 as 重点客户; 非重点, 非KA: "not" before a key word.
  const word = f.replace(/(?:经销商|代理商|分销商|客户|户)$/, "") || f;
  if (word.startsWith("非") && tierFromText(word.slice(1)) === "key")
    return { reading: "below", kind: "word" };
  // A grade with its meaning beside it, as a CRM offers its levels (纷享销客's 客户级别: A（重要客户）,
  // B（普通客户）, C（非优先客户）; A - 重要, A：核心): the grade before it (the column was no grading, and
  // left unread).
  const head = withoutGloss(text) ?? SPACED.exec(text.trim())?.[1];
  const described = head !== undefined ? readGrade(head) : undefined;
  if (described !== undefined) return described;
  const tier = tierFromText(word) ?? tierFromText(f);
  return tier !== undefined ? { reading: tier === "key" ? "key" : "below", kind: "word" } : undefined;
}

/** A grade and, after a space, what it means (Gold Partner): its first group the grade. */
const SPACED = /^(\S+)\s+\S.*$/;

/**
 * Whether a column's texts are a grading: most of its filled cells read as grades. `strict` asks for
 * letters or tier names (a 客户类别 column of A/B/C), not numbers or yes/no: a channel column of 1 / 2
 * is a code, and one of 是/否 no grading of accounts.
 * @example isGrading(["A", "B", "C", "A"], true) // true
 */
export function isGrading(texts: readonly string[], strict = false): boolean {
  let filled = 0;
  let graded = 0;
  for (const text of texts) {
    if (foldText(text) === "") continue;
    filled++;
    const g = readGrade(text);
    if (g && (!strict || g.kind === "letter" || g.kind === "word")) graded++;
  }
  return filled > 0 && graded >= (strict ? 0.9 : 0.6) * filled;
}

/** An account whose grade on the sheet and tier in the run disagree on being key. */
export type GradeDifference = {
  readonly row: number;
  readonly name: string;
  readonly owner: string | null;
  readonly revenue: number | null;
  /** The grade as the sheet writes it (A, 是, 重点客户). */
  readonly grade: string;
  readonly tier: Tier;
};

/** The run's key accounts against the sheet's own grading. */
export type GradeComparison = {
  /** The grading column's header (客户等级). */
  readonly header: string;
  /** The grades that read as key, as written, most common first (A, A类). */
  readonly keyGrades: readonly string[];
  /** The sheet says key by a yes/no (是否重点客户: 是), not by a grade. */
  readonly byFlag: boolean;
  /** Accounts with a grade that reads. */
  readonly graded: number;
  /** Accounts the sheet calls key, and of them those the run makes key. */
  readonly sheetKey: number;
  readonly bothKey: number;
  /** Key on the sheet, not in the run: the largest sales first. */
  readonly notKeyNow: ReadonlyList<GradeDifference>;
  /** Key in the run, graded below key on the sheet: the largest sales first. */
  readonly keyNow: ReadonlyList<GradeDifference>;
};

/**
 * Compares the run's tiers with the grades in `t.ownGrade`; null where no cell reads as a grade.
 * Accounts with a blank or unreadable grade are left out of both lists: the sheet says nothing of them.
 */
export function compareGrades(
  t: AccountTable,
  header: string,
  revenueLevels: RankedValues | null,
): GradeComparison | null {
  const { codes, texts } = t.ownGrade;
  const grades = texts.map(readGrade);
  const keyCounts = new Map<string, number>();
  let flags = 0;
  let graded = 0;
  let sheetKey = 0;
  let bothKey = 0;
  const notKey = i32(t.length);
  const newKey = i32(t.length);
  let notKeyCount = 0;
  let newKeyCount = 0;
  for (let i = 0; i < t.length; i++) {
    const code = codes[i] as number;
    const grade = grades[code];
    if (grade === undefined) continue;
    graded++;
    const isKey = t.tier[i] === TIER_CODE.key;
    if (grade.reading === "key") {
      sheetKey++;
      const text = texts[code] as string;
      keyCounts.set(text, (keyCounts.get(text) ?? 0) + 1);
      if (grade.kind === "flag") flags++;
      if (isKey) bothKey++;
      else notKey[notKeyCount++] = i;
    } else if (isKey) newKey[newKeyCount++] = i;
  }
  if (graded === 0) return null;
  const list = (members: Int32Array): ListView<GradeDifference> => {
    const order = revenueLevels === null ? members : orderDescending(revenueLevels, members);
    return listView(order.length, (k) => {
      const i = order[k] as number;
      const rev = t.revenue[i] as number;
      const owner = t.owner[i] as string;
      return {
        row: t.row[i] as number,
        name: t.name[i] as string,
        owner: owner === "" ? null : owner,
        revenue: Number.isFinite(rev) ? rev : null,
        grade: texts[codes[i] as number] as string,
        tier: TIERS[t.tier[i] as number] as Tier,
      };
    });
  };
  return {
    header,
    keyGrades: [...keyCounts].sort((a, b) => b[1] - a[1]).map(([text]) => text),
    byFlag: sheetKey > 0 && flags === sheetKey,
    graded,
    sheetKey,
    bothKey,
    notKeyNow: list(notKey.subarray(0, notKeyCount)),
    keyNow: list(newKey.subarray(0, newKeyCount)),
  };
}

/**
 * What the command line and the pane say of a comparison: its counts and the first `names` accounts the
 * sheet calls key that the run does not.
 */
export function gradingLine(c: GradeComparison, names = 3): OwnGradingLine {
  return {
    header: c.header,
    grade: c.byFlag ? "" : c.keyGrades.slice(0, 3).join("/"),
    sheetKey: c.sheetKey,
    bothKey: c.bothKey,
    notKeyNames: c.notKeyNow.slice(0, names).map((d) => d.name),
    notKeyCount: c.notKeyNow.length,
    keyNow: c.keyNow.length,
  };
}
