import RandExp from "randexp";
import {
  REMARK_PATTERNS,
  REMARK_WORDS,
  arrearsInRemark,
  holdInRemark,
  overLimitInRemark,
  overdueInRemark,
  remarkOf,
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
    // How often, in words a rep writes (each was none, the account's A kept).
    ["Often late", "overdue"],
    ["Frequently pays late", "overdue"],
    ["Net 60, sometimes late", "overdue"],
    ["回款一直慢", "overdue"],
    ["付款比较慢", "overdue"],
    ["经常拖款", "overdue"],
    ["Always late", "severe"],
    ["总是拖款", "severe"],
    ["老是拖欠", "severe"],
    // A payment that failed: a cheque bounced, a draft refused (each was none).
    ["支票退票", "overdue"],
    ["承兑汇票拒付", "overdue"],
    ["Bounced check", "overdue"],
    ["Returned cheque, chasing", "overdue"],
    // Behind on payments, payment dragging, the term often passed (each was none).
    ["Behind on payments", "overdue"],
    ["付款拖拉", "overdue"],
    ["回款拖拉", "overdue"],
    ["账期经常超", "overdue"],
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
    "Never behind on payments",
    "Behind schedule on delivery",
    "No overdue",
    "Risk of late payment",
    "Paid late last year",
    "拖延发货",
    // Late said of our deliveries is no arrears of theirs (it was D by "always late").
    "Deliveries often late",
    "Our shipments always late",
    "",
  ])("reads %j as none now", (text) => {
    expect(arrearsInRemark(text)).toBeUndefined();
  });
  it.each([
    ["货款拖了三个月", 90],
    ["回款一直拖了两个月", 60],
    ["账期已过60天", 60],
    ["超账期45天", 45],
    ["信用期超过30天", 30],
    // Past a figure, as aging buckets write it (60+), or 超 alone (each was arrears, days unread: B).
    ["逾期60+天", 61],
    ["逾期超60天", 61],
    ["60+ days late", 61],
    ["Invoices 90+ days overdue", 91],
    // Past due by its days, as overdue by them (it was arrears without their days, B at best).
    ["Past due 30 days", 30],
    ["past due by 45 days", 45],
  ] as const)("reads the days of %s (%d): payment dragged on, the term passed by them", (text, days) => {
    // Each was none, or overdue with its days unread (B at best, where 60 days are C).
    expect(overdueInRemark(text)).toBe(days);
  });
  it.each(["账期60天", "信用期30天", "发货拖了三天"])(
    "reads %j as no days overdue: the term, or our own delay",
    (text) => {
      expect(overdueInRemark(text)).toBeUndefined();
    },
  );
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
    // Each was none: an English ledger's words for a stop.
    "Account suspended pending payment",
    "Shipments blocked",
    "Orders blocked until paid",
    "Supply has been stopped",
    "On credit stop",
    "Do not ship",
    "Stop supply until paid",
  ])("reads %s as a hold", (text) => expect(holdInRemark(text)).toBe(true));
  it.each([
    "价格冻结",
    "上月暂停发货，已恢复",
    "已解冻",
    "未冻结",
    "Project on hold",
    "Orders are not blocked",
    "COD only",
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

describe("a remark read as told now, clause by clause in the order written", () => {
  it.each([
    ["上月逾期已结清，本月又拖欠货款", undefined, "overdue"],
    ["之前逾期过，现在又拖欠90天", 90, "overdue"],
    ["曾多次拖欠，目前逾期60天未付", 60, "overdue"],
    ["已回款一半，仍拖欠20万", undefined, "overdue"],
    ["逾期120天，催收中，已回款部分", 120, "overdue"],
    ["逾期60天，结清后再发货", 60, "overdue"],
    ["逾期45天，要求本月结清", 45, "overdue"],
    ["逾期30天，将于月底结清", 30, "overdue"],
    ["逾期30天，应于月底前付清", 30, "overdue"],
    ["拖欠货款，客户承诺月底前付清", undefined, "overdue"],
    ["自去年起一直拖欠", undefined, "severe"],
    ["Paid last invoice late; now 60 days overdue", 60, "overdue"],
    ["Previously late, currently 45 days past due", 45, "overdue"],
    ["Overdue 90 days, to be paid next week", 90, "overdue"],
    ["Unpaid invoices over 90 days", 91, "overdue"],
    // Settled, then again, in one breath (each read as settled): the settling ends only what came before.
    ["已还清旧款又逾期60天", 60, "overdue"],
    ["旧账已结清又拖欠货款", undefined, "overdue"],
    ["已结清再次逾期45天", 45, "overdue"],
    ["上月逾期又拖欠", undefined, "overdue"],
  ] as const)("reads %j as arrears now (%j days)", (text, days, arrears) => {
    expect(overdueInRemark(text)).toBe(days);
    expect(arrearsInRemark(text)).toBe(arrears);
  });
  it.each([
    "逾期30天，已结清",
    "上月逾期30天，已结清",
    "拖欠货款已结清",
    "去年坏账，今年正常",
    "Settled in March",
    // Settled in words that also say a future or a duty elsewhere: 应收 is the receivable, 已将 "have".
    "逾期30天，应收账款已结清",
    "逾期30天，已将货款全部结清",
  ])("reads %j as no arrears now", (text) => {
    expect(overdueInRemark(text)).toBeUndefined();
    expect(arrearsInRemark(text)).toBeUndefined();
  });
  it.each([
    ["已恢复供货，但本月又暂停发货", true],
    ["曾被冻结，现再次冻结账期", true],
    ["已冻结，待回款后解冻", true],
    ["Credit hold until paid", true],
    ["Account on hold since May; previously released in March", true],
    ["上月暂停发货，现已恢复", false],
    ["已恢复供货又暂停发货", true],
  ] as const)("reads %j as a hold now: %s", (text, held) => {
    expect(holdInRemark(text)).toBe(held);
  });
  it.each([
    ["曾超额度，本月又超信用额度", true],
    ["超额度，已还款回到额度内", false],
    ["已还款回到额度内又超信用额度", true],
  ] as const)("reads %j as over the limit now: %s", (text, over) => {
    expect(overLimitInRemark(text)).toBe(over);
  });
});

describe("the words each reader looks for first in a whole remark (REMARK_WORDS)", () => {
  // Texts each of a reader's patterns matches, by every branch (randexp picks each alternative at
  // random: 3,000 texts a pattern reach every one); a lookbehind only narrows a match, and is dropped.
  const matching = (pattern: RegExp, count: number): string[] => {
    const gen = new RandExp(new RegExp(pattern.source.replace(/\(\?<[!=][^)]*\)/g, "")));
    gen.max = 3;
    return Array.from({ length: count }, () => gen.gen());
  };
  const patterns = REMARK_PATTERNS();

  it.each(Object.keys(REMARK_WORDS) as (keyof typeof REMARK_WORDS)[])(
    "%s: every text its patterns match holds one of its words",
    (reader) => {
      for (const pattern of patterns[reader])
        for (const text of matching(pattern, 3_000))
          expect([pattern.source, text]).toEqual([
            pattern.source,
            expect.stringMatching(REMARK_WORDS[reader]),
          ]);
    },
  );

  it("finds what the remark's text finds, the remark made ready once for all four readers", () => {
    for (const text of [
      "上月逾期已结清，本月又拖欠货款",
      "已暂停发货，待回款",
      "已超信用额度",
      "Overdue 120 days",
      "季度返利已结",
    ]) {
      const remark = remarkOf(text);
      expect([
        overdueInRemark(remark),
        arrearsInRemark(remark),
        holdInRemark(remark),
        overLimitInRemark(remark),
      ]).toEqual([overdueInRemark(text), arrearsInRemark(text), holdInRemark(text), overLimitInRemark(text)]);
    }
    expect(holdInRemark(remarkOf("已暂停发货，待回款"))).toBe(true);
  });
});
