import type { WorkbookMessages } from "./workbookMessages";

/** 写入工作簿的中文标签。 */
export const workbookZhCN: WorkbookMessages = {
  strategySheetName: "分级策略",
  changeLogSheetName: "分级变更记录",
  title: "渠道分级策略",
  generated: (date, sheet) => `${date} 根据工作表“${sheet}”分级`,
  methodLine: (method) => `分级方法：${method}`,
  method: {
    countShare: (share) => `按重要性得分取客户数的前${share}`,
    cumulativeRevenue: (share) => `累计贡献前${share}销售额的客户`,
    revenueThreshold: (min) => `销售额不低于${min}`,
    scoreThreshold: (min) => `重要性得分不低于${min}分`,
  },
  summaryHeading: "各级汇总",
  summaryColumns: ["分级", "客户数", "客户占比", "销售额（元）", "销售额占比", "销售时间占比", "月度工时"],
  total: "合计",
  unallocated: (share) => `有${share}的销售时间未分配：某一级别没有客户。`,
  tacticsHeading: (tier) => `${tier}对策`,
  rewardsHeading: "奖励客户发展行为",
  careHeading: "怎样关心客户：重点客户负责人守则",
  ownersHeading: "负责人",
  ownerColumns: ["负责人", "客户数", "重点客户数", "销售时间占比", "月度工时"],
  changesHeading: "较上次分级的变化",
  changeCounts: (c) => `新增 ${c.new} · 不变 ${c.same} · 升级 ${c.promoted} · 降级 ${c.demoted}`,
  noPrevious: "首次分级：所有客户均为新增。",
  promotionLine: (n) => `晋级候选（快速增长的普通客户）：${n}家`,
  changeLogColumns: ["行号", "名称", "上次分级", "本次分级", "变化", "分级依据"],
  changeLogEmpty: "自上次分级以来没有分级变化。",
  chartTitle: "各级客户数与销售额占比",
  chartSeries: ["客户占比", "销售额占比"],
};
