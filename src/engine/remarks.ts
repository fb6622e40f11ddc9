import type { AccountTable } from "./account";
import { type Cell, cellText } from "./cells";
import { isDisputeStatus, isRiskStatus } from "./classify";
import type { Finding } from "./findings";
import type { EngineMessages } from "./messages";
import { foldText, matchForm, splitHeader } from "./normalize";
import { overdueDaysOf } from "./readers";

/**
 * A remarks column's header: 备注, 说明, 附注, 备注信息, 情况说明, 其他说明, 催收备注, Remarks, Notes, Comments,
 * Description, Collection Notes (a number after it, 备注1, is the first of several). Not Credit Notes: a
 * credit note is a document of money.
 */
const REMARKS =
  /^(?:备注|备注说明|备注信息|其[他它]备注|特别说明|情况说明|其[他它]说明|补充说明|说明|附注|备忘|(?:催收|回款|付款|收款|信用|资信|账款|客户|销售|业务)(?:备注|说明)|remarks?|notes?|comments?|description|(?:collection|payment|account|sales|internal|customer|general|ar)(?:notes?|comments?|remarks?)|credit(?:comments?|remarks?))$/;
/**
 * A header of how an account pays: 回款情况, 付款状态, 欠款情况, Payment Status, Collection Status. Its cells
 * in words are the days overdue (the detector's); left unread, in sentences, notes on payment.
 */
export const PAYMENT_HEADER = /回款|付款|收款|还款|结款|欠款|账款|拖欠|payment|paying|collection|arrears/;

/**
 * The words of an ended relationship in free text: fewer than a status column's (停止 and 关闭 alone say
 * 停止发货 or 关闭账期 in a remark), a risk of ending (流失预警) aside; a dealer merged into another
 * (已并入华信商贸, 合并到, 被收购) buys no more under its own name.
 */
const ENDED =
  /停止合作|终止合作|不再合作|解除合作|退出合作|已退出|解约|已流失|客户流失|已注销|倒闭|破产|清算|歇业|转行|清退|淘汰|黑名单|已?并入|已?合并(?:到|至|进)|被收购|terminated|churned|nolongeracustomer|outofbusiness|bankrupt|liquidat|blacklist|mergedinto|acquiredby/;

/** Characters of a remark quoted in a finding; a longer one is cut with an ellipsis. */
const QUOTED = 30;

/** A remark quoted in a finding: its first characters, a longer one cut with an ellipsis. */
export const quoteRemark = (text: string): string =>
  text.length > QUOTED ? `${text.slice(0, QUOTED)}…` : text;

/** A span of time as a remark writes it: 120天, 4个月, 半年, 两个多月, 90天以上. */
const SPAN = String.raw`(?:\d+(?:\.\d+)?|[一二两三四五六七八九十半]+)(?:多|余|\+)?(?:天|日|个月|年)(?:以上|多|\+)?`;

/**
 * Days overdue as a remark states them (已逾期120天, 货款逾期超过90天未付, 欠款4个月未回款, Overdue 120 days, 45
 * days past due, Unpaid invoices over 90 days): the figure with its unit, before or after the word of arrears.
 */
const OVERDUE_IN_REMARK: readonly RegExp[] = [
  new RegExp(
    `(?:逾期|超期|拖欠|欠款|账龄)(?:货款|账款|款项)?(?:已经?|了|已达|达到?|约|近|将近|快)?((?:超过|超|大于|多于)?${SPAN})(?!账期|信用期|以?内)`,
  ),
  new RegExp(`(${SPAN})(?:未|没有?)(?:付|回|结|还|收)`),
  // Past due 30 days as overdue 30 days (it was arrears without their days).
  /(?:overdue|pastdue)(?:by|for)?((?:over|morethan)?\d+(?:\.\d+)?\+?(?:days?|months?))/,
  /((?:over|morethan)?\d+(?:\.\d+)?\+?(?:days?|months?))(?:overdue|pastdue|late)/,
  /unpaid(?:invoices?|balance|bills?)?(?:for)?((?:over|morethan)?\d+(?:\.\d+)?(?:days?|months?))(?!terms?|credit)/,
  // Payment dragged on (货款拖了三个月) and the term passed by days (账期已过60天, 超账期45天): the term
  // alone (账期60天) is none.
  new RegExp(`(?:货款|款项?|回款|付款|账款)(?:已经?|一直)?拖(?:了|欠了?)?(${SPAN})`),
  new RegExp(`(?:超(?:过|出)?|已过|过了)(?:账期|信用期|付款期)(?:已经?|了)?(${SPAN})`),
  new RegExp(`(?:账期|信用期|付款期)(?:已经?)?(?:超(?:过|出)?了?|过了|已过)(${SPAN})`),
];
/**
 * Where a remark's clauses part, in the order written, as its punctuation and its "but" part them (上月逾期
 * 已结清，但本月又拖欠货款: three), and before an "again" (已还清旧款又逾期60天: the settling ends the old
 * arrears, not the new; it read as settled); a point or a comma before a digit (1.5个月, 20,000元) parts
 * nothing.
 */
const CLAUSE_BREAK =
  /[；;。!?、\n]+|[,.](?!\d)|但是?|可是|不过|然而|(?=又|再次|再度)|\b(?:but|however|though|although)\b/;

/** A clause without blanks, apostrophes and hyphens, as the words below are written. */
const compact = (clause: string): string => clause.replace(/[\s'’-]+/g, "");

/** A clause told as past (上月逾期, 曾拖欠, 去年, Previously late): nothing now, unless it goes on. */
const PAST =
  /曾|以前|之前|此前|去年|上年|前年|上次|上月|上个月|上季|历史|previously|formerly|inthepast|usedto|lastyear|lastmonth|lastquarter|lasttime|earlier/;
/** A clause told as going on (自上月起, 至今, 仍, 又, 目前, Since May, still, now): now, whatever past it names. */
const GOING_ON =
  /至今|以来|(?:月|年|季度?|周|天|日)起|开始|仍|还在|依然|依旧|持续|又|再次|再度|目前|现在|当前|本月|本季|今年|\b(?:since|still|again|currently|ongoing|now)\b/;
/** Arrears settled (已结清, 已回款, 还清, Paid, Settled): what the clauses before told of is no more. */
const SETTLED =
  /结清|还清|付清|已回款|已收回|已收款|已付款|已还款|已支付|已补齐|已解决|已处理|(?<!un)paid|settled|cleared|resolved/;
/**
 * Part of it ended, or its end to come or asked for (已回款一半, 仍欠, 回款后解冻, 承诺月底前付清, 要求结清, To be
 * paid, Until paid): what the clauses before told of stands.
 */
const NOT_ENDED =
  /部分|一半|小半|大半|少量|尚欠|仍欠|还欠|剩余|余款|待|后(?!续|期)|将(?:于|在|会)|即将|如果|如需|若|一旦|直到|承诺|计划|预计|争取|要求|需|须|应(?!收|付)|partial|partly|partof|remaining|balance|until|once|after|willbe|tobe|pending|expected|promised|ifpaid|when/;

/** A clause of a remark: compacted (`c`), and whether it is told as going on, or as past only. */
type Clause = { readonly c: string; readonly ongoing: boolean; readonly past: boolean };

/**
 * A remark as the readers read it, made once for all of them (a row's remark was matched in form, lowered
 * and parted once per reader, four times: 8 µs a remark, 9 s of a million-row sheet with remarks on every
 * row): its text in that form without blanks (`flat`, for a reader's words to be looked for first), and its
 * clauses, parted the first time a reader needs them.
 */
export type Remark = { readonly lowered: string; readonly flat: string; clauses?: readonly Clause[] };

/**
 * A remark's text made ready for its readers (overdueInRemark, arrearsInRemark, holdInRemark,
 * overLimitInRemark), which each take it or the text itself.
 * @example overdueInRemark(remarkOf("已逾期120天")) // 120
 */
export function remarkOf(text: string): Remark {
  const lowered = matchForm(text).toLowerCase();
  return { lowered, flat: compact(lowered) };
}

/** A remark's clauses in the order written, blank ones left out (parted once, kept on the remark). */
function clausesOf(remark: Remark): readonly Clause[] {
  if (remark.clauses) return remark.clauses;
  const clauses: Clause[] = [];
  for (const clause of remark.lowered.split(CLAUSE_BREAK)) {
    const c = compact(clause);
    if (c === "") continue;
    const ongoing = GOING_ON.test(clause);
    clauses.push({ c, ongoing, past: PAST.test(c) && !ongoing });
  }
  remark.clauses = clauses;
  return clauses;
}

/**
 * Words one of which each reader needs to find anything in a clause (逾期, 拖欠, 冻结, 额度, overdue, hold,
 * limit, …), looked for in the whole remark first: most remarks (回访记录, 季度返利已结) have none and are not
 * parted at all. A clause is part of the whole (compacted alike), so a remark without them has no clause
 * with them: the readers find what they found before, only sooner. Each is checked against its reader's
 * patterns (REMARK_PATTERNS) in tests/unit/engine/remarks.test.ts.
 */
export const REMARK_WORDS = {
  overdue: /逾期|超期|拖|欠款|账龄|未|没|overdue|pastdue|late|unpaid|账期|信用期|付款期/,
  arrears:
    /拖欠|拖款|拖延|退票|拒付|bounced|returned|dishonou?red|逾期|超期|账期|信用期|欠|未按|到期|回款|付款|压款|催|overdue|pastdue|arrears|late|slow|behind|unpaid|chasing|坏账|呆账|死账|baddebt|writ(?:ten|e)off|collection/,
  hold: /暂停|停止|中止|限制|停货|冻结|账期|额度|hold|block|stop|suspend|donotship/,
  overLimit: /额度|限额|limit/,
} as const;

/**
 * Each reader's patterns, by the name of its words in REMARK_WORDS: for the test that every text they
 * match holds one of those words (tests/unit/engine/remarks.test.ts). Read nowhere else.
 */
export const REMARK_PATTERNS = (): Readonly<Record<keyof typeof REMARK_WORDS, readonly RegExp[]>> => ({
  overdue: OVERDUE_IN_REMARK,
  arrears: [ARREARS, ARREARS_SEVERE],
  hold: [HOLD_IN_REMARK],
  overLimit: [OVER_LIMIT_IN_REMARK],
});

/**
 * What a remark tells of as now, clause by clause in the order written: a clause told as past (上月逾期,
 * 曾拖欠, Previously late) tells nothing unless it goes on (自上月起, 至今, since May); one that tells of it
 * ended (已结清, 已恢复供货, Paid), not in part nor to come, ends what the clauses before it told, unless
 * itself past while they go on (Account on hold since May; previously released in March). So 上月逾期已结清，本月又拖欠货款 tells
 * of arrears, 逾期30天，已结清 and 拖欠款已还清 of none; of two things told, the worse.
 */
function toldNow<T>(
  text: string | Remark,
  words: RegExp,
  read: (clause: string) => T | undefined,
  ended: RegExp,
  worse: (a: T, b: T) => T,
): T | undefined {
  const remark = typeof text === "string" ? remarkOf(text) : text;
  if (!words.test(remark.flat)) return undefined;
  let found: T | undefined;
  let goesOn = false;
  for (const { c, ongoing, past } of clausesOf(remark)) {
    if (ended.test(c) && !NOT_ENDED.test(c)) {
      if (!(past && goesOn)) [found, goesOn] = [undefined, false];
      continue;
    }
    if (past) continue;
    const told = read(c);
    if (told === undefined) continue;
    found = found === undefined ? told : worse(found, told);
    goesOn ||= ongoing;
  }
  return found;
}

/**
 * The days overdue a remark states, where it states them plainly and as now (已逾期120天 120, 欠款4个月未
 * 回款 120, 货款逾期超过90天 91, 之前逾期过，现在又拖欠90天 90); undefined for any other remark, and for
 * arrears settled or past (上月逾期30天, 逾期30天，已结清).
 * @example overdueInRemark("已逾期120天") // 120
 */
export function overdueInRemark(text: string | Remark): number | undefined {
  return toldNow(text, REMARK_WORDS.overdue, daysIn, SETTLED, Math.max);
}

/** The days a clause states overdue (逾期120天 120), else undefined. */
function daysIn(clause: string): number | undefined {
  for (const re of OVERDUE_IN_REMARK) {
    const m = re.exec(clause);
    if (!m) continue;
    // 超60天 as 超过60天 (it was arrears without their days); 60+ days as over 60, as 60+天 is.
    const d = overdueDaysOf((m[1] as string).replace(/^morethan/, "over").replace(/^超(?!过)/, "超过"));
    if (d.kind === "value" && d.value > 0) return d.value;
  }
  return undefined;
}

/**
 * Arrears a remark tells of without their days (拖欠货款, 欠款未还, 到期未付, 催收中, Pays late): the words a
 * days-overdue cell reads as "overdue, days not given", within free text.
 */
const ARREARS =
  /拖欠|逾期|超期|超(?:过)?(?:账期|信用期)|账期(?:已|经常|常常|总是|老是)?超|欠\S{0,6}未(?:还|付|结|清)|欠款未回|(?:到期|超期|逾期)未(?:付|回|结|还|清)|未按(?:时|期)(?:付|回|结|还)|回款(?:一直|总是|很|比较|较|偏)?(?:慢|较慢|不及时|拖延|拖拉|困难)|付款(?:一直|总是|很|比较|较|偏)?(?:慢|不及时|拖延|拖拉)|拖(?:款|延付款|延回款)|压款|催(?:收|款)|(?:支票|汇票|票据)?(?:退票|拒付)|(?:bounced|returned|dishonou?red)(?:check|cheque|payment)|overdue|pastdue|arrears|late(?:pay|in(?:pay|settl))|pay(?:s|ing)?late|paidlate|(?:often|frequently|usually|regularly|habitually|repeatedly|sometimes)(?:pays?|paying|paid)late|^(?:often|frequently|usually|regularly|habitually|repeatedly|sometimes)late$|slow(?:pay|topay)|behind(?:on|with|in)(?:its|their|the)?(?:payments?|paying|invoices?)|unpaid(?:invoice|balance|bill)|chasing(?:for)?payment/;
/** Arrears long or grave (长期拖欠, 严重逾期, 坏账, Bad debt): past the last band, as in a days cell. */
const ARREARS_SEVERE =
  /(?:严重|长期|长时间|多次|屡次|一直|总是|老是)(?:拖欠|逾期|欠款|超期|拖款)|(?:拖欠|逾期|欠款|超期)\S{0,4}(?:严重|已久|很久|多次)|坏账|呆账|死账|(?:seriously|severely|long|chronically)(?:overdue|late|pastdue)|always(?:pays?|paying|paid)late|^alwayslate$|baddebt|writtenoff|writeoff|incollections?|(?:sent|referred)tocollections?/;
/**
 * Arrears denied, feared, guarded against or allowed (无拖欠, 从未逾期, 逾期风险, 防止逾期, 逾期30天内可接受,
 * Never late, No overdue): none now. Whole clauses are read, so 回款及时，无拖欠 is none.
 */
const ARREARS_NONE =
  /(?:无|未|没有?|不|从不|从未|零|防止?|避免|谨防|以防|杜绝|减少)(?:任何|过|曾)?(?:拖欠|逾期|超期|欠款|压款)|(?:拖欠|逾期|超期|欠款)(?:的)?(?:风险|预警|隐患|可能|率低|率较低|控制)|(?:no|not|never|nothing|without|zero)(?:any|been|ever)?(?:overdue|pastdue|arrears|late|behind)|(?:overdue|late)risk|riskof(?:overdue|late|arrears)|(?:允许|可以?|容许)(?:逾期|超期|拖欠)|(?:逾期|超期)\S{0,6}(?:以?内|可接受|允许)/;

/**
 * Arrears a remark tells of as now without their days (拖欠货款 "overdue", 长期拖欠 or 坏账 "severe"); undefined
 * where it tells of none, denies or fears them (无拖欠, 逾期风险), or tells of them settled or past (曾逾期,
 * 已结清). Read clause by clause: 回款及时，无拖欠 tells of none, 曾多次拖欠，目前又逾期 of arrears.
 * @example arrearsInRemark("长期拖欠货款") // "severe"
 */
export function arrearsInRemark(text: string | Remark): "overdue" | "severe" | undefined {
  return toldNow(text, REMARK_WORDS.arrears, arrearsIn, SETTLED, (a, b) => (a === "severe" ? a : b));
}

/** The arrears a clause tells of, if it does not deny or fear them. */
const arrearsIn = (c: string): "overdue" | "severe" | undefined =>
  ARREARS_NONE.test(c)
    ? undefined
    : ARREARS_SEVERE.test(c)
      ? "severe"
      : ARREARS.test(c)
        ? "overdue"
        : undefined;

/**
 * Deliveries or credit stopped, as a remark tells it (已暂停发货, 停止供货，待回款, 信用冻结, 关闭账期, Credit
 * hold): plainer words than a status column's, since 冻结 alone in free text may be a price's (价格冻结).
 */
const HOLD_IN_REMARK =
  /(?:暂停|停止|中止|限制)(?:发货|供货|出货|下单|接单|授信|赊销)|停货|(?:关闭|取消|冻结)(?:账期|信用额度|额度)|(?:信用|账户|账号|客户|授信|额度)(?:已|被)?冻结|冻结(?:账户|账号|信用|授信|额度|客户|发货|供货)|^已?冻结$|credithold|(?:account|orders?|shipments?|deliveries)(?:is|are|placed|put)?onhold|(?:order|delivery|billing)block|stopship|(?:account|orders?|shipments?|deliveries|supply|credit)(?:is|are|hasbeen|havebeen|been)?(?:blocked|suspended|stopped)|suspended(?:account|credit|supply|deliveries|shipments?)|creditstop|stopcredit|stopsupply|donotship/;
/** A hold denied (未冻结, 从未暂停, Not on hold): none in its clause. */
const HOLD_DENIED = /(?:未|无|没有|不|从未)(?:冻结|暂停|停止|限制)|nohold|not(?:on)?(?:credit)?hold/;
/** A hold lifted (已解冻, 恢复供货, 解除冻结, Released, Resumed): what the clauses before told of is no more. */
const HOLD_LIFTED =
  /解冻|恢复|(?:解除|取消)(?:冻结|暂停|停止|限制)|released|unfrozen|unblocked|lifted|removed|resumed|reinstated/;

/**
 * Whether a remark tells of deliveries or credit stopped now (已暂停发货, 信用冻结, Credit hold), clause by
 * clause; not where lifted after, denied or past (上月暂停发货，已恢复, 未冻结, 曾冻结), but so where stopped again
 * (已恢复供货，但本月又暂停发货).
 * @example holdInRemark("停止供货，待回款") // true
 */
export function holdInRemark(text: string | Remark): boolean {
  return toldNow(text, REMARK_WORDS.hold, heldIn, HOLD_LIFTED, () => true) ?? false;
}

/** Whether a clause tells of a hold it does not deny. */
const heldIn = (c: string): true | undefined => (HOLD_IN_REMARK.test(c) && !HOLD_DENIED.test(c)) || undefined;

/** Owing over the credit limit, as a remark tells it (已超信用额度, 额度已用完, Over credit limit). */
const OVER_LIMIT_IN_REMARK =
  /(?<![未没不无])超(?:出|过)?(?:信用|授信)?(?:额度|限额)|(?:信用|授信)?额度(?:已)?(?:用完|用尽|超了)|overlimit|over(?:the|its)?creditlimit|creditlimitexceeded|exceed(?:s|ed)?(?:the|its)?(?:credit)?limit/;
/** Owing over the limit denied (未超额度, Not over): none in its clause. */
const LIMIT_DENIED = /未超|没有?超|不超|notover/;
/** Back within the limit, or the balance paid (已回到额度内, 已还款, Within limit): the clauses before are no more. */
const LIMIT_KEPT = new RegExp(
  `额度内|以内|回到额度|恢复额度|额度已?恢复|within(?:the|its)?(?:credit)?limit|${SETTLED.source}`,
);

/**
 * Whether a remark tells of the account owing over its credit limit now (已超信用额度, Over credit limit), as
 * 超信用额度 in a credit column does; not where kept, paid back or past (未超额度, 超额度，已还款回到额度内, 曾超额度).
 * @example overLimitInRemark("已超信用额度，暂缓发货") // true
 */
export function overLimitInRemark(text: string | Remark): boolean {
  return toldNow(text, REMARK_WORDS.overLimit, overLimitIn, LIMIT_KEPT, () => true) ?? false;
}

/** Whether a clause tells of owing over the limit, not denied. */
const overLimitIn = (c: string): true | undefined =>
  (OVER_LIMIT_IN_REMARK.test(c) && !LIMIT_DENIED.test(c)) || undefined;

/** A header's words, without its unit and a number after them (备注1). */
const plainHeader = (header: string): string => foldText(splitHeader(header).text).replace(/\d+$/, "");

/**
 * The sheet's remarks column (备注, Remarks), among the columns that mean nothing to the detector; else a
 * column of how an account pays left unread (回款情况 in sentences: 客户拖欠货款两个月).
 * @example remarksColumn([{ column: 5, header: "备注" }]) // { column: 5, header: "备注" }
 */
export function remarksColumn(
  unmapped: readonly { column: number; header: string }[],
): { column: number; header: string } | undefined {
  return remarksColumns(unmapped)[0];
}

/**
 * The columns a row's days overdue, arrears or a hold may be told in, in the order they are read: the
 * remarks column, then a column of how the account pays left unread (回款情况 in sentences).
 * @example remarksColumns([{ column: 5, header: "备注" }, { column: 6, header: "回款情况" }]).length // 2
 */
export function remarksColumns(
  unmapped: readonly { column: number; header: string }[],
): { column: number; header: string }[] {
  const remarks = unmapped.find((u) => REMARKS.test(plainHeader(u.header)));
  const payment = unmapped.find((u) => PAYMENT_HEADER.test(plainHeader(u.header)));
  return [remarks, payment].filter((c): c is { column: number; header: string } => c !== undefined);
}

/**
 * On a sheet without a status column, the rows whose remarks say the relationship has ended
 * (已停止合作, 2025年6月起不再合作, 已注销) or that the account is in a legal dispute (法律诉讼中): each is
 * tiered by its sales still, and said in a warning with its row and column, telling where to say so.
 * A dealer a manager noted as lost was told to be rewarded for its growth, unsaid.
 * @example remarkFindings(values, table, { column: 5, header: "备注" }, "F", zh).length
 */
export function remarkFindings(
  values: readonly (readonly Cell[])[],
  t: AccountTable,
  remarks: { column: number; header: string },
  letter: string,
  m: EngineMessages,
): Finding[] {
  const found: Finding[] = [];
  for (let i = 0; i < t.length; i++) {
    const text = cellText(values[t.gridIndex[i] as number]?.[remarks.column] ?? null);
    if (text === "") continue;
    const dispute = isDisputeStatus(text);
    if (!dispute && (!ENDED.test(foldText(text)) || isRiskStatus(text))) continue;
    const quoted = quoteRemark(text);
    const row = t.row[i] as number;
    found.push({
      code: "remark.status",
      severity: "warning",
      row,
      column: letter,
      header: remarks.header,
      message: dispute
        ? m.finding.remarkDispute(row, remarks.header, quoted)
        : m.finding.remarkEnded(row, remarks.header, quoted),
    });
  }
  return found;
}
