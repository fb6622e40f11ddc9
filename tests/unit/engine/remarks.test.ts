import {
  arrearsInRemark,
  holdInRemark,
  overLimitInRemark,
  overdueInRemark,
} from "../../../src/engine/remarks";

describe("arrears a remark tells of without their days", () => {
  it.each([
    ["拖欠货款", "overdue"],
    ["欠款未还", "overdue"],
    ["客户欠我司货款未付", "overdue"],
    ["到期未付", "overdue"],
    ["未按时回款", "overdue"],
    ["回款慢", "overdue"],
    ["经常压款", "overdue"],
    ["超过账期", "overdue"],
    ["催款中", "overdue"],
    ["Pays late", "overdue"],
    ["Slow payer", "overdue"],
    ["Chasing payment", "overdue"],
    ["长期拖欠货款，多次催收未果", "severe"],
    ["货款拖欠严重", "severe"],
    ["坏账", "severe"],
    ["Bad debt", "severe"],
    ["In collections", "severe"],
  ] as const)("reads %s as %s", (text, expected) => {
    expect(arrearsInRemark(text)).toBe(expected);
  });
  it.each([
    "回款及时，无拖欠",
    "从未逾期",
    "合作良好 不拖欠",
    "有逾期风险，需关注",
    "防止逾期",
    "逾期率低",
    "逾期30天内可接受",
    "上月逾期，已结清",
    "曾拖欠",
    "拖欠款已还清",
    "有欠款",
    "信用良好",
    "Never late",
    "No overdue",
    "Risk of late payment",
    "Paid late last year",
    "",
  ])("reads %j as none now", (text) => {
    expect(arrearsInRemark(text)).toBeUndefined();
  });
  it("leaves days stated to the days' reading", () => {
    expect(overdueInRemark("拖欠货款120天")).toBe(120);
    expect(arrearsInRemark("拖欠货款120天")).toBe("overdue");
  });
});

describe("deliveries or credit stopped, as a remark tells it", () => {
  it.each([
    "已暂停发货",
    "停止供货，待回款",
    "信用冻结",
    "账户已冻结",
    "冻结",
    "关闭账期",
    "Account placed on hold",
    "Credit hold",
    "Account on hold",
  ])("reads %s as a hold", (text) => expect(holdInRemark(text)).toBe(true));
  it.each([
    "价格冻结",
    "上月暂停发货，已恢复",
    "已解冻",
    "未冻结",
    "Project on hold",
    "款到发货",
    "停发新品",
    "",
  ])("reads %j as none now", (text) => expect(holdInRemark(text)).toBe(false));
});

describe("owing over the credit limit, as a remark tells it", () => {
  it.each([
    "已超信用额度，暂缓发货",
    "超额度",
    "额度已用完",
    "Over credit limit",
    "Exceeded its credit limit",
  ])("reads %s as over the limit", (text) => expect(overLimitInRemark(text)).toBe(true));
  it.each(["未超额度", "在额度内", "曾超额度，已回款", "Within credit limit", "信用额度50万", ""])(
    "reads %j as none now",
    (text) => expect(overLimitInRemark(text)).toBe(false),
  );
});
