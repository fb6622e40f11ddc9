import type { WorkbookMessages } from "./workbookMessages";

/** Labels the product writes into a workbook, in English. */
export const workbookEnUS: WorkbookMessages = {
  strategySheetName: "Tiering Strategy",
  changeLogSheetName: "Tiering Changes",
  title: "Channel tiering strategy",
  generated: (date, sheet) => `Tiered ${date} from sheet '${sheet}'`,
  methodLine: (method) => `Method: ${method}`,
  method: {
    countShare: (share) => `top ${share} of accounts by importance score`,
    cumulativeRevenue: (share) => `accounts making the first ${share} of revenue`,
    revenueThreshold: (min) => `revenue at or above ${min}`,
    scoreThreshold: (min) => `importance score at or above ${min}`,
  },
  summaryHeading: "Summary by tier",
  summaryColumns: ["Tier", "Accounts", "Share of accounts", "Revenue (¥)", "Share of revenue", "Share of sales time", "Hours per month"],
  total: "Total",
  unallocated: (share) => `${share} of sales time is not allocated because a tier has no accounts.`,
  tacticsHeading: (tier) => `${tier}: tactics`,
  rewardsHeading: "Reward development behaviour",
  careHeading: "Caring for customers: rules for key-account owners",
  ownersHeading: "Owners",
  ownerColumns: ["Owner", "Accounts", "Key accounts", "Share of sales time", "Hours per month"],
  changesHeading: "Changes since the last run",
  changeCounts: (c) => `New ${c.new} · Same ${c.same} · Promoted ${c.promoted} · Demoted ${c.demoted}`,
  noPrevious: "First run: every account is new.",
  promotionLine: (n) => `Promotion candidates (ordinary accounts growing fast): ${n}`,
  changeLogColumns: ["Row", "Name", "Previous tier", "Tier", "Change", "Reason"],
  changeLogEmpty: "No tier changed since the last run.",
  chartTitle: "Accounts and revenue by tier",
  chartSeries: ["Share of accounts", "Share of revenue"],
};
