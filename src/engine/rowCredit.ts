import { CREDIT_SET_BY, type AccountTable, type createDimensionColumn, rememberText } from "./account";
import type { Cell, CellGrid } from "./cells";
import type { CreditClass } from "./classes";
import {
  creditFromScore,
  isCreditHold,
  isCreditOverLimit,
  isCreditRunning,
  isDisputeStatus,
  isHoldStatus,
  isHoldWord,
  worseCredit,
} from "./classify";
import { readCreditColumn } from "./creditColumn";
import type { Field } from "./fields";
import type { Finding } from "./findings";
import type { HeaderDetection } from "./headers";
import type { EngineMessages } from "./messages";
import { creditOf, isOverdueFlag, isSevereOverdue, overdueBucketTo, overdueDaysOf } from "./readers";
import {
  arrearsInRemark,
  holdInRemark,
  overLimitInRemark,
  overdueInRemark,
  quoteRemark,
  type Remark,
  remarkOf,
  remarksColumns,
} from "./remarks";
import type { Say } from "./rowFields";
import type { Rules } from "./rules";
import type { Column } from "./salesSpans";
import { type Parsed, parseFlag } from "./values";

/** Reads a cell as a number in a unit, saying a cell that is none (with `consequence`); null for none. */
export type NumberReader = (
  row: readonly Cell[],
  c: Column | undefined,
  unit: number,
  sheetRow: number,
  consequence: string,
  parse?: (cell: Cell, unit: number) => Parsed<number>,
) => number | null;

/** What the credit reader needs of the sheet and of the reading around it. */
export type CreditContext = {
  readonly header: HeaderDetection;
  readonly values: CellGrid["values"];
  readonly start: number;
  readonly rules: Rules;
  readonly col: (field: Field) => Column | undefined;
  readonly columnAt: (index: number) => Column;
  readonly unitOf: (field: Field) => number;
  readonly number: NumberReader;
  readonly text: (row: readonly Cell[], c: Column | undefined) => string;
  /** The accounts read so far: a row's overdue days, their band's end, what set its credit, its excess. */
  readonly t: AccountTable;
  /** The credit dimension's encoder, null where the sheet has no credit input. */
  readonly setCredit: ReturnType<typeof createDimensionColumn> | null;
  readonly cStatus: Column | undefined;
  readonly headerSheetRow: number;
  readonly f: EngineMessages["finding"];
  readonly say: Say;
};

/**
 * What a credit column holds for an account not rated yet (未评级, Pending Review), and the terms an
 * account buys on in place of a rating (Net 30, COD, Prepaid: cash terms leave nothing to rate): no
 * class, and nothing said on the row (each term was an unknown rating, said on its row).
 */
const NO_RATING =
  /^(?:未评级|未评|待评|待评级|待审批|审批中|待审核|审核中|申请中|暂无|无|未知|待定|新客户|[-—–/／?？]+|n\/?a|none|unrated|not rated|tbd|new|pending(?: approval| review)?|under review|(?:net|n) ?\d{1,3}(?: days?)?|cod|cash only|cash on delivery|prepaid|prepay(?:ment)?|cash in advance|cia)$/i;

/**
 * The credit standing of each row (资信状况), as the course's dimension: the worse of a rating column
 * (or a score banded by the rules) and the days overdue (a count, 是否逾期 "是", an amount owed past due,
 * or an aging laid out as columns of amounts), worsened by a balance owed over the credit limit (C, D at
 * twice it) or words saying so; a legal dispute (法律诉讼) or a hold (暂停发货, 信用冻结, Credit Hold, by the
 * status, a yes/no column or the credit column's own words) puts the account on cash terms (D). Each
 * cell it cannot place, each dispute and hold, and what the columns say as a whole (an aging's buckets,
 * scores past the scale, a limit without the balance, most accounts over their limit) are findings.
 * @example createCreditReader(context).read(row, 0, 5, "active", "合作中")
 */
export function createCreditReader(x: CreditContext): {
  /** Reads row `i`'s credit, dispute and hold (status: the status column's reading and text). */
  readonly read: (
    row: readonly Cell[],
    i: number,
    sheetRow: number,
    status: string | undefined,
    statusText: string,
  ) => void;
  /** Says what the credit columns say as a whole, before the rows' findings. */
  readonly sayColumns: () => void;
  /** Says what the rows showed together (most accounts over their limit), after them. */
  readonly sayAfterRows: () => void;
} {
  const { header, values, start, rules, col, columnAt, unitOf, number, text, t, setCredit, cStatus } = x;
  const { headerSheetRow, f, say } = x;
  const cHold = col("hold");
  const cCredit = col("credit");
  const cOverdue = col("overdue");
  // The balance owed against the credit limit: read as a pair for the credit class (a limit alone says
  // nothing). The balance alone still says the account has bought before (a prospect owing 5万 was told
  // to win its first order).
  const cOwed = col("balance");
  const cLimit = cOwed === undefined ? undefined : col("creditLimit");
  const cBalance = cLimit === undefined ? undefined : cOwed;
  const owedLate = header.overdueAmount !== undefined;
  // An aging laid out as columns of amounts, oldest first: the days overdue are the oldest one owed in.
  const buckets = header.overdueBuckets?.map((b) => ({
    c: columnAt(b.column),
    from: b.from,
    // An open bucket's end (Infinity) reads back as null from JSON.
    to: Number.isFinite(b.to) ? b.to : Number.POSITIVE_INFINITY,
  }));
  /** The days overdue an aging row gives (its oldest bucket with an amount), 0 with none owed, null blank. */
  const agedDays = (row: readonly Cell[], i: number, sheetRow: number): number | null => {
    let filled = false;
    for (const b of buckets ?? []) {
      const amount = number(row, b.c, 1, sheetRow, f.consequenceIgnored);
      if (amount === null) continue;
      filled = true;
      if (amount <= 0) continue;
      if (b.from > 0) t.overdueDaysTo[i] = b.to;
      return b.from;
    }
    return filled ? 0 : null;
  };
  const limitUnit = unitOf("creditLimit");
  const balanceUnit = unitOf("balance");
  // Accounts with a limit and a balance, and those over it: most over their limit is more often two
  // columns in different units (信用额度（万元） beside 应收余额 in yuan) than a credit policy.
  let limited = 0;
  let overLimitRows = 0;
  const readDispute = rememberText(isDisputeStatus);
  const readHold = rememberText(isHoldStatus);
  const readCreditHold = rememberText(isCreditHold);
  const readHoldWord = rememberText(isHoldWord);
  const readCreditRunning = rememberText(isCreditRunning);
  const readCreditOverLimit = rememberText(isCreditOverLimit);
  // Ratings or scores, as the column reads as a whole.
  const creditColumn = readCreditColumn(values, start, cCredit, rules);
  // The remarks (备注), and notes on payment (回款情况 in sentences), where a row's days overdue, its
  // arrears or a hold may be written in words (已逾期120天, 拖欠货款, 已暂停发货) and nowhere else.
  const remarkColumns = remarksColumns(header.unmapped).map((r) => columnAt(r.column));
  // The last remark of each remarks column made ready for the readers (remarkOf), for the next reader of
  // the same row (up to four read it) and a row that repeats it. Not a map of them all: remarks are mostly
  // each their own, and it would grow with the sheet.
  const lastText = remarkColumns.map(() => "");
  const lastRemark = remarkColumns.map(() => remarkOf(""));
  /**
   * What the first of the row's remarks that `read` finds something in tells, said on that remark's row
   * and column as `message` words it (its header, the remark quoted, what was found).
   */
  const told = <T>(
    row: readonly Cell[],
    sheetRow: number,
    read: (remark: Remark) => T | undefined,
    code: Finding["code"],
    message: (header: string, quoted: string, found: T) => string,
  ): T | undefined => {
    for (let k = 0; k < remarkColumns.length; k++) {
      const c = remarkColumns[k] as Column;
      const remark = text(row, c);
      if (remark === "") continue;
      if (remark !== lastText[k]) {
        lastText[k] = remark;
        lastRemark[k] = remarkOf(remark);
      }
      const found = read(lastRemark[k] as Remark);
      if (found === undefined) continue;
      say(code, "warning", sheetRow, c, message(c.header, quoteRemark(remark), found));
      return found;
    }
    return undefined;
  };
  const holdTold = (remark: Remark): true | undefined => holdInRemark(remark) || undefined;
  const overLimitTold = (remark: Remark): true | undefined => overLimitInRemark(remark) || undefined;
  /**
   * Whether a row's remark tells of owing over the credit limit (已超信用额度), where the sheet has no limit
   * and balance to weigh it; said on the row, as setting the credit or (no credit input) not.
   */
  const remarkOverLimit = (row: readonly Cell[], sheetRow: number, setting: boolean): boolean =>
    !(cLimit && cBalance) &&
    told(row, sheetRow, overLimitTold, "remark.overLimit", (h, quoted) =>
      f.remarkOverLimit(sheetRow, h, quoted, setting),
    ) === true;
  /**
   * The days overdue a row's remark states (已逾期120天), where its own columns gave none: the worse of them
   * and the rating sets the credit, said on the row (an A-rated key account 120 days overdue by its
   * remark was told to exceed its expectations, and nothing said it). Where the sheet has no credit
   * input to set, said only.
   */
  const remarkDays = (row: readonly Cell[], sheetRow: number, setting: boolean): number | null =>
    told(row, sheetRow, overdueInRemark, "remark.overdue", (h, quoted, days) =>
      f.remarkOverdue(sheetRow, h, quoted, days, setting, cOverdue?.header),
    ) ?? null;
  /**
   * Arrears a row's remark tells of without their days (拖欠货款, 长期拖欠), where its own columns and the
   * remark give no days: overdue past the first band, or the last where grave, as 拖欠 and 严重拖欠 in a
   * days cell read (an A-rated key account whose remark said 长期拖欠货款 was told to exceed its
   * expectations, unsaid). Said on the row; where the sheet has no credit input, said only.
   */
  const remarkArrears = (
    row: readonly Cell[],
    sheetRow: number,
    setting: boolean,
  ): "overdue" | "severe" | undefined =>
    told(row, sheetRow, arrearsInRemark, "remark.arrears", (h, quoted, arrears) =>
      f.remarkArrears(sheetRow, h, quoted, arrears === "severe", setting, cOverdue?.header),
    );

  const sayColumns = (): void => {
    if (owedLate && cOverdue)
      say(
        "header.overdueAmount",
        header.overdueAmount?.byCells === undefined ? "info" : "warning",
        headerSheetRow,
        cOverdue,
        f.overdueAmount(cOverdue.header, header.overdueAmount?.byCells),
      );
    if (creditColumn.offScale && cCredit && creditColumn.highestScore !== undefined)
      say(
        "header.creditScoreScale",
        "warning",
        headerSheetRow,
        cCredit,
        f.creditScoreScale(cCredit.header, creditColumn.highestScore),
      );
    // A limit or a balance alone is recognised (the column list shows it) but says nothing by itself.
    if (cLimit === undefined) {
      const limitOnly = col("creditLimit");
      const alone = limitOnly ?? col("balance");
      if (alone)
        say(
          "header.limitAlone",
          "info",
          headerSheetRow,
          alone,
          f.limitAlone(alone.header, limitOnly !== undefined),
        );
    }
    if (buckets && cOverdue)
      say(
        "header.agingBuckets",
        "info",
        headerSheetRow,
        cOverdue,
        f.agingBuckets(
          [...buckets].reverse().map((b) => b.c.header),
          cOverdue.header,
          buckets.find((b) => b.c.index === cOverdue.index) ?? { from: 0, to: 0 },
        ),
      );
  };
  const sayAfterRows = (): void => {
    if (cLimit && cBalance && limited >= 5 && overLimitRows > limited / 2)
      say(
        "header.overLimitMost",
        "warning",
        headerSheetRow,
        cBalance,
        f.overLimitMost(overLimitRows, limited, cLimit.header, cBalance.header),
      );
  };
  const read = (
    row: readonly Cell[],
    i: number,
    sheetRow: number,
    status: string | undefined,
    statusText: string,
  ): void => {
    // A status of a legal dispute (法律诉讼, 仲裁中): a customer by its sales, on cash terms (it was an
    // unknown status, and a key account in a lawsuit was told to exceed its expectations).
    const dispute = status === "active" && readDispute(statusText);
    // Deliveries or credit stopped (暂停发货, 信用冻结, Credit Hold): a customer by its sales, no new credit.
    // Said by the status, or by a yes/no column (是否冻结: 是; Credit Hold: On).
    const holdFlag = cHold ? parseFlag(row[cHold.index]) : null;
    // Or its words (冻结, 暂停, Frozen under 是否冻结): they were no yes and no no, and the hold went unread.
    const holdWord = holdFlag?.kind === "invalid" && readHoldWord(text(row, cHold));
    const holdByFlag = !dispute && ((holdFlag?.kind === "value" && holdFlag.value) || holdWord);
    const holdByStatus = !dispute && !holdByFlag && status === "active" && readHold(statusText);
    // Or by the credit column itself (信用状态: 正常 / 冻结 / 暂停): it was no rating, said on each such
    // row, and a frozen account kept no credit class at all. (Its text read once, for the rating too.)
    const ratingText = text(row, cCredit);
    const holdByCredit =
      !dispute && !holdByFlag && !holdByStatus && ratingText !== "" && readCreditHold(ratingText);
    // Or by the remarks (备注：已暂停发货, 信用冻结), where no hold column answers yes or no: a key account
    // whose deliveries were stopped kept its A and was told to exceed its expectations, unsaid.
    const holdByRemark =
      !dispute &&
      !holdByFlag &&
      !holdByStatus &&
      !holdByCredit &&
      holdFlag?.kind !== "value" &&
      told(row, sheetRow, holdTold, "remark.hold", (h, quoted) =>
        f.remarkHold(sheetRow, h, quoted, setCredit !== null),
      ) === true;
    const hold = holdByFlag || holdByStatus || holdByCredit || holdByRemark;
    if (cOwed) {
      const balance = number(row, cOwed, balanceUnit, sheetRow, f.consequenceIgnored);
      if (balance !== null) t.owed[i] = balance;
    }
    if (setCredit) {
      const score = cCredit ? creditColumn.score(row[cCredit.index]) : undefined;
      const rated =
        score !== undefined
          ? creditFromScore(score, rules)
          : ratingText === ""
            ? undefined
            : creditColumn.rating(ratingText);
      // Over the limit in words (超信用额度, Over Limit): C, as a balance over the limit is.
      const overLimitWord = rated === undefined && ratingText !== "" && readCreditOverLimit(ratingText);
      // A rating the tool cannot place is said, except the words for none yet (未评级, 暂无, N/A) and
      // those that say the credit runs as usual (已解冻, Normal).
      if (
        rated === undefined &&
        ratingText !== "" &&
        !holdByCredit &&
        !overLimitWord &&
        !readCreditRunning(ratingText) &&
        cCredit &&
        !NO_RATING.test(ratingText.trim()) &&
        !(creditColumn.offScale && creditColumn.isScore(row[cCredit.index]))
      )
        say(
          "value.unknownRating",
          "info",
          sheetRow,
          cCredit,
          f.unknownRating(sheetRow, cCredit.header, ratingText),
        );
      // 是否逾期 "是": overdue for days not given, read as the first days past the grace (the days stay
      // unknown, and the cell says "B（有逾期）").
      // An amount owed past due (逾期金额) is overdue for days not given, as 是否逾期 "是" is; none owed is none.
      const owed = owedLate ? number(row, cOverdue, 1, sheetRow, f.consequenceIgnored) : null;
      const flagged = owedLate
        ? owed !== null && owed > 0
        : !buckets && cOverdue !== undefined && isOverdueFlag(row[cOverdue.index]);
      const overdue = buckets
        ? agedDays(row, i, sheetRow)
        : flagged
          ? null
          : owedLate
            ? owed === null
              ? null
              : 0
            : number(row, cOverdue, 1, sheetRow, f.consequenceIgnored, overdueDaysOf);
      // Days written only in the remarks (备注：已逾期120天), where the columns gave none.
      const remarked = overdue === null && !flagged ? remarkDays(row, sheetRow, true) : null;
      if (remarked !== null) t.overdueDays[i] = remarked;
      // Or only arrears without their days (备注：拖欠货款), read as such a cell would be.
      const arrears =
        overdue === null && !flagged && remarked === null ? remarkArrears(row, sheetRow, true) : undefined;
      if (buckets) {
        if (overdue !== null) t.overdueDays[i] = overdue;
      } else if (overdue !== null) {
        t.overdueDays[i] = Math.max(0, overdue);
        const to = cOverdue ? overdueBucketTo(row[cOverdue.index]) : undefined;
        if (to !== undefined) t.overdueDaysTo[i] = to;
      }
      // The worse of the two sources: a good rating never hides a long overdue balance.
      // Long or gravely in arrears in words (严重拖欠, 坏账): past the last band, D ("D（严重拖欠）").
      const severe =
        arrears === "severe" ||
        (flagged && !owedLate && cOverdue !== undefined && isSevereOverdue(row[cOverdue.index]));
      const c = creditOf(
        rated,
        flagged || arrears !== undefined
          ? (severe ? rules.credit.maxDaysC : rules.credit.maxDaysA) + 1
          : (overdue ?? remarked),
        rules,
      );
      if (c.byOverdue && !dispute && !hold)
        t.creditSetBy[i] = severe ? CREDIT_SET_BY.severe : CREDIT_SET_BY.overdue;
      // A balance owed over the credit limit (应收余额 over 信用额度) breaches the terms: C, and D at
      // twice the limit or more. It sets the class where it is worse than the rating and the days (an
      // A-rated account owing 2.4 times its limit was told to be promoted). A limit of 0 or none is no
      // limit (金蝶 and 用友 keep 0 for "not controlled").
      let credit = c.credit;
      // Or in the remarks (备注：已超信用额度), where the sheet has no limit and balance to weigh: C, said.
      const overLimitRemark = !overLimitWord && remarkOverLimit(row, sheetRow, true);
      if (
        (overLimitWord || overLimitRemark) &&
        (credit === "unknown" || worseCredit(credit, "C") !== credit)
      ) {
        credit = "C";
        if (!dispute && !hold) t.creditSetBy[i] = CREDIT_SET_BY.limit;
      }
      if (cLimit && cBalance) {
        const limit = number(row, cLimit, limitUnit, sheetRow, f.consequenceIgnored);
        const owed = t.owed[i] as number;
        if (limit !== null && limit > 0 && !Number.isNaN(owed)) {
          limited++;
          if (owed > limit) {
            overLimitRows++;
            t.overLimit[i] = (owed - limit) / limit;
            const byLimit: CreditClass = owed >= 2 * limit ? "D" : "C";
            if (credit === "unknown" || worseCredit(credit, byLimit) !== credit) {
              credit = byLimit;
              if (!dispute && !hold) t.creditSetBy[i] = CREDIT_SET_BY.limit;
            }
          }
        }
      }
      // In a legal dispute (法律诉讼) or on a hold (信用冻结): cash on delivery, whatever the rating and
      // the days say.
      setCredit.set(i, dispute || hold ? "D" : credit);
    }
    // No credit input on the sheet: the remark's days, or else its arrears, and owing over the limit, are
    // said, not set.
    else {
      if (remarkDays(row, sheetRow, false) === null) remarkArrears(row, sheetRow, false);
      remarkOverLimit(row, sheetRow, false);
    }
    if (dispute) t.statusRisk[i] = 2;
    if (hold) t.statusRisk[i] = 3;
    if (dispute && cStatus)
      say(
        "status.dispute",
        "warning",
        sheetRow,
        cStatus,
        f.disputeStatus(sheetRow, cStatus.header, statusText, setCredit !== null),
      );
    const holdColumn = holdByFlag ? cHold : holdByCredit ? cCredit : cStatus;
    if (hold && !holdByRemark && holdColumn)
      say(
        "status.hold",
        "warning",
        sheetRow,
        holdColumn,
        f.holdStatus(sheetRow, holdColumn.header, text(row, holdColumn), setCredit !== null),
      );
  };
  return { read, sayColumns, sayAfterRows };
}
