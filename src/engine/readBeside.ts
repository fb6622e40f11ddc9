import { isActiveQuestion } from "./classify";
import type { HeaderDetection } from "./headers";
import { remarksColumns } from "./remarks";

/** A column the run reads though it is mapped to no field, and what for. */
export type ReadBeside = {
  readonly column: number;
  readonly header: string;
  /**
   * `remarks`: free text read for days overdue, arrears, holds and ended partnerships (备注, 回款情况 in
   * sentences); `active`: a yes or no to "still a customer?" read where the status beside it (a kind of
   * account) names no standing.
   */
  readonly as: "remarks" | "active";
};

type Detected = Pick<HeaderDetection, "mapping" | "matches" | "unmapped">;

/**
 * The yes or no to "still a customer?" (Active, 是否合作中) left unmapped beside a status that is a kind of
 * account (Type: Prospect, Customer - Direct): its yes makes a customer where the kind names no standing.
 * @example activeBeside(detectColumns([["Account Name", "Type", "Active"], …]))?.header // "Active"
 */
export function activeBeside(header: Detected): { column: number; header: string } | undefined {
  const status = header.mapping.status;
  if (status === undefined) return undefined;
  const statusHeader = header.matches.find((m) => m.field === "status" && m.column === status)?.header;
  if (statusHeader === undefined || isActiveQuestion(statusHeader)) return undefined;
  return header.unmapped.find((u) => isActiveQuestion(u.header));
}

/**
 * The columns the run reads beside the mapped fields, in sheet order: the remarks (备注, Remarks, and a
 * column of how the account pays in sentences) and an Active beside a kind of account. The pane lists
 * them as read, not as unused (备注 was listed "Not used" while its 已逾期120天 set the credit).
 * @example columnsReadBeside(detectColumns([["经销商名称", "备注"], ["甲", "已逾期120天"]])) // [{ column: 1, header: "备注", as: "remarks" }]
 */
export function columnsReadBeside(header: Detected): ReadBeside[] {
  const active = activeBeside(header);
  return [
    ...remarksColumns(header.unmapped).map((c) => ({ ...c, as: "remarks" as const })),
    ...(active ? [{ ...active, as: "active" as const }] : []),
  ].sort((a, b) => a.column - b.column);
}
