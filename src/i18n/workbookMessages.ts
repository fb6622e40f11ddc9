import type { Change } from "../engine";

/** Labels the product writes into a workbook besides the engine's: the strategy sheet and change log. */
export type WorkbookMessages = {
  readonly strategySheetName: string;
  readonly changeLogSheetName: string;
  readonly title: string;
  readonly generated: (date: string, sheet: string) => string;
  readonly methodLine: (method: string) => string;
  readonly method: {
    readonly countShare: (share: string) => string;
    readonly cumulativeRevenue: (share: string) => string;
    readonly revenueThreshold: (min: string) => string;
    readonly scoreThreshold: (min: string) => string;
  };
  readonly summaryHeading: string;
  readonly summaryColumns: readonly string[];
  readonly total: string;
  readonly unallocated: (share: string) => string;
  readonly tacticsHeading: (tier: string) => string;
  readonly rewardsHeading: string;
  readonly careHeading: string;
  readonly ownersHeading: string;
  readonly ownerColumns: readonly string[];
  readonly changesHeading: string;
  readonly changeCounts: (counts: Readonly<Record<Change, number>>) => string;
  readonly noPrevious: string;
  readonly promotionLine: (n: number) => string;
  readonly changeLogColumns: readonly string[];
  readonly changeLogEmpty: string;
  readonly chartTitle: string;
  readonly chartSeries: readonly [string, string];
};
