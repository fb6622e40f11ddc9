import type { AccountTable } from "./account";
import { type Cell, cellText } from "./cells";
import { isDisputeStatus, isRiskStatus } from "./classify";
import type { Finding } from "./findings";
import type { EngineMessages } from "./messages";
import { foldText, matchForm, splitHeader } from "./normalize";
import { overdueDaysOf } from "./readers";

/** A remarks column's header: 备注, 说明, 附注, Remarks, Notes, Comments. */
const REMARKS = /^(?:备注|备注说明|说明|附注|remark|remarks|note|notes|comment|comments)$/;

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

/**
 * Days overdue as a remark states them (已逾期120天, 货款逾期超过90天未付, 欠款4个月未回款, Overdue 120 days, 45
 * days past due): the figure with its unit, before or after the word of arrears.
 */
const OVERDUE_IN_REMARK: readonly RegExp[] = [
  /(?:逾期|超期|拖欠|欠款|账龄)(?:货款|账款|款项)?(?:已经?|了|已达|达到?|约|近|将近|快)?((?:超过|大于|多于)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十半]+)(?:多|余)?(?:天|日|个月|年)(?:以上|多)?)(?!账期|信用期|以?内)/,
  /((?:\d+(?:\.\d+)?|[一二两三四五六七八九十半]+)(?:多|余)?(?:天|日|个月|年)(?:以上|多)?)(?:未|没有?)(?:付|回|结|还|收)/,
  /overdue(?:by|for)?((?:over|morethan)?\d+(?:\.\d+)?(?:days?|months?))/,
  /((?:over|morethan)?\d+(?:\.\d+)?(?:days?|months?))(?:overdue|pastdue|late)/,
];
/**
 * A remark that tells of arrears settled or past (已结清, 已回款, 曾逾期, 去年, 上次, Paid): no days overdue
 * now, whatever figure it gives.
 */
const ARREARS_PAST =
  /结清|还清|付清|已回款|已收回|已收款|已付款|已还款|已支付|已补齐|已解决|已处理|曾|以前|之前|此前|去年|上年|上次|上月|历史|paid|settled|cleared|resolved|previously|formerly|lastyear|lastmonth/;

/**
 * The days overdue a remark states, where it states them plainly and as now (已逾期120天 120, 欠款4个月未
 * 回款 120, 货款逾期超过90天 91); undefined for any other remark, and for arrears settled or past
 * (上月逾期30天，已结清).
 * @example overdueInRemark("已逾期120天") // 120
 */
export function overdueInRemark(text: string): number | undefined {
  const t = matchForm(text).toLowerCase().replace(/\s+/g, "");
  if (t === "" || ARREARS_PAST.test(t)) return undefined;
  for (const re of OVERDUE_IN_REMARK) {
    const m = re.exec(t);
    if (!m) continue;
    const d = overdueDaysOf((m[1] as string).replace(/^morethan/, "over"));
    if (d.kind === "value" && d.value > 0) return d.value;
  }
  return undefined;
}

/**
 * The sheet's remarks column (备注, Remarks), among the columns that mean nothing to the detector.
 * @example remarksColumn([{ column: 5, header: "备注" }]) // { column: 5, header: "备注" }
 */
export function remarksColumn(
  unmapped: readonly { column: number; header: string }[],
): { column: number; header: string } | undefined {
  return unmapped.find((u) => REMARKS.test(foldText(splitHeader(u.header).text)));
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
