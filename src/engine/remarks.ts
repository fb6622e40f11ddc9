import type { AccountTable } from "./account";
import { type Cell, cellText } from "./cells";
import { isDisputeStatus, isRiskStatus } from "./classify";
import type { Finding } from "./findings";
import type { EngineMessages } from "./messages";
import { foldText, splitHeader } from "./normalize";

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
    const quoted = text.length > QUOTED ? `${text.slice(0, QUOTED)}…` : text;
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
