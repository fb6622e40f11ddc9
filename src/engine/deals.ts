import { type Cell, cellText } from "./cells";
import { foldText } from "./normalize";

/**
 * A deal's own name, the column that makes each row a deal (folded): Salesforce's Opportunity Name,
 * HubSpot's Deal Name, Pipedrive's Deal - Title, 销售易's and 纷享销客's 商机名称 (the bare word is not enough:
 * "Opportunity" in a ledger may grade the account's).
 */
const DEAL_NAME = /^(?:deal|opportunity|opp)(?:name|title)$|^商机(?:名称|主题|标题)$|^(?:销售)?机会名称$/;
/**
 * A deal's stage (folded): Stage, Deal Stage, Opportunity Stage, 商机阶段, 销售阶段, and Pipedrive's Deal -
 * Status (open, won, lost).
 */
const STAGE =
  /^(?:deal|opportunity|opp|sales|pipeline)?stage(?:name)?$|^dealstatus$|^(?:商机|销售|机会)?阶段$/;
/** A deal won or lost, as CRMs name the closed stages (folded): Closed Won, 赢单, 输单, 丢单. */
const WON = /^(?:closed)?won$|^(?:已)?赢单$/;
const LOST = /^(?:closed)?lost$|^(?:已)?(?:输单|丢单)$/;
/** Stage cells looked at for a closed stage. */
const SAMPLE = 2000;

/** A CRM's list of deals: the deal's name and stage columns (index in the row), a won stage as written. */
export type DealList = {
  readonly deal: number | undefined;
  readonly stage: number;
  /** The won stage as the sheet writes it (Closed Won, 赢单), where a row shows one. */
  readonly won: string | undefined;
};

/**
 * Whether the rows are deals, not distributors, some of them not won (a CRM's opportunities export): a
 * stage column holds the stages a deal closes in (Closed Won, Closed Lost, 赢单, 输单) and a row that is
 * not won. Tiered row by row, each deal was an account and lost or open deals were sales: a
 * distributor's sales are its won deals summed. Deals all won (a report filtered to Closed Won, grouped
 * by account with its subtotals) are read as sales lines are. With the column naming each deal, where
 * there is one (Opportunity Name, Deal Name, 商机名称).
 * @example dealList(["商机名称", "客户名称", "商机阶段", "金额"], [["商机1", "甲", "赢单", 5], ["商机2", "乙", "输单", 3]], 0)?.won // "赢单"
 */
export function dealList(
  labels: readonly Cell[],
  values: readonly (readonly Cell[] | undefined)[],
  first: number,
): DealList | undefined {
  let deal: number | undefined;
  const stages: number[] = [];
  labels.forEach((label, k) => {
    const f = foldText(cellText(label));
    if (f === "") return;
    if (deal === undefined && DEAL_NAME.test(f)) deal = k;
    else if (STAGE.test(f)) stages.push(k);
  });
  // The first that shows a closed stage (Pipedrive's Deal - Stage names the pipeline's steps, its Deal -
  // Status the outcome).
  for (const stage of stages) {
    const shown = closedStages(values, first, stage);
    if (shown) return { deal, stage, won: shown.won };
  }
  return undefined;
}

/** A stage column's won stage as written, where it shows a closed stage and a row not won. */
function closedStages(
  values: readonly (readonly Cell[] | undefined)[],
  first: number,
  stage: number,
): { readonly won: string | undefined } | undefined {
  let won: string | undefined;
  let closed = false;
  let notWon = false;
  for (let r = first; r < Math.min(values.length, first + SAMPLE); r++) {
    const text = cellText(values[r]?.[stage]).trim();
    if (text === "") continue;
    const f = foldText(text);
    if (WON.test(f)) {
      won ??= text;
      closed = true;
    } else {
      notWon = true;
      if (LOST.test(f)) closed = true;
    }
    if (won !== undefined && notWon) break;
  }
  return closed && notWon ? { won } : undefined;
}
