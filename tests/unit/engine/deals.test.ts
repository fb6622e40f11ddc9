import { type Cell, tierAccounts } from "../../../src/engine";
import { dealList } from "../../../src/engine/deals";
import { AS_OF, en, zh } from "../../helpers/sheet";

const tiers = (values: Cell[][], messages = zh) =>
  tierAccounts({ grid: { values, origin: { row: 0, column: 0 } }, messages, asOf: AS_OF });

/** A CRM's deals export: `header`, 40 deals over 17 accounts, the stages in turn. */
function deals(header: string[], stages: string[]): Cell[][] {
  const rows: Cell[][] = [header];
  for (let i = 0; i < 40; i++)
    rows.push(
      header.map((h, k): Cell => {
        if (k === 0 && /Name|名称|Title/.test(h)) return `Deal ${i + 1}`;
        // Pipedrive's pipeline steps beside its Deal - Status.
        if (h === "Deal - Stage") return ["Qualified", "Proposal made"][i % 2] as string;
        if (/Stage|Status|阶段/.test(h)) return stages[i % stages.length] as string;
        if (/Amount|金额/.test(h)) return 10_000 + i * 1_500;
        if (/Date|日期/.test(h)) return 46_000 + i;
        if (/Company|Account|Organization|客户/.test(h)) return `Co ${i % 17}`;
        return "Amy";
      }),
    );
  return rows;
}

describe("a CRM's list of deals", () => {
  it("stops with the remedy, the won deals summed per account, in the user's language", () => {
    // Salesforce's opportunities: each deal was an account (23 of them repeating one: the sales-lines
    // stop, whose PivotTable summed lost and open deals as sales too).
    const salesforce = tiers(
      deals(
        ["Opportunity Name", "Account Name", "Stage", "Amount", "Close Date", "Opportunity Owner"],
        ["Closed Won", "Closed Lost", "Negotiation/Review", "Prospecting"],
      ),
      en,
    );
    expect(salesforce.findings.filter((f) => f.severity === "error")).toEqual([
      expect.objectContaining({ code: "header.dealList", row: 1, column: "C", header: "Stage" }),
    ]);
    expect(salesforce.findings.find((f) => f.code === "header.dealList")?.message).toBe(
      "Column A 'Opportunity Name' names a deal on each row, and column C 'Stage' its stage ('Closed Won' and others): this is a list of deals, not one row a distributor. Tiered row by row, each deal would be an account, and deals lost or still open would count as sales. Sum each account's won deals first (Insert > PivotTable: 'Account Name' as rows, 'Amount' summed as values, 'Stage' filtered to 'Closed Won'), then run on the summary. Nothing was written.",
    );
    expect(salesforce.table.length).toBe(0);
    // HubSpot's: its Deal Name was guessed for the name, every deal an account; the company column is
    // its Associated Company.
    const hubspot = tiers(
      deals(
        ["Deal Name", "Deal Stage", "Amount", "Close Date", "Associated Company", "Deal owner"],
        ["Appointment scheduled", "Contract sent", "Closed won", "Closed lost"],
      ),
      en,
    );
    expect(hubspot.findings.find((f) => f.code === "header.dealList")?.message).toContain(
      "(Insert > PivotTable: 'Associated Company' as rows, 'Amount' summed as values, 'Deal Stage' filtered to 'Closed won')",
    );
    // 销售易's and 纷享销客's 商机: its amount (预计成交金额) is no sales column, named all the same.
    const crm = tiers(
      deals(
        ["商机名称", "客户名称", "商机阶段", "预计成交金额", "结单日期", "负责人"],
        ["方案报价", "赢单", "输单", "初步接洽"],
      ),
    );
    expect(crm.findings.filter((f) => f.severity !== "info").map((f) => f.message)).toEqual([
      "A列“商机名称”每行是一个商机，C列“商机阶段”是其阶段（有“赢单”，也有其他阶段）：这是商机列表，不是每家经销商一行的台账。逐行分级会把每个商机当作一家客户，输单和未结单的金额也会算作销售额。请先按客户汇总赢单金额（插入 > 数据透视表：“客户名称”作为行，“预计成交金额”求和作为值，“商机阶段”筛选为“赢单”），再对汇总表运行。未写入任何内容。",
    ]);
    // A stage column alone, by the closed stages it holds; no deal's name column.
    const staged = tiers(deals(["客户名称", "阶段", "金额", "负责人"], ["初步接洽", "输单", "赢单"]));
    expect(staged.findings.find((f) => f.code === "header.dealList")?.message).toMatch(
      /^B列“阶段”是每行商机的阶段（有“赢单”，也有其他阶段）：这是商机列表.*“客户名称”作为行，“金额”求和作为值，“阶段”筛选为“赢单”/,
    );
    // Pipedrive's Deal - Status (open, won, lost) after its Deal - Stage (the pipeline's steps); a lost
    // deal shown, no won one. (Its Deal - Organization was no name: no header was found.)
    expect(
      dealList(
        ["Deal - Title", "Deal - Status", "Deal - Value"],
        [
          ["A", "lost", 1],
          ["B", "open", 2],
        ],
        0,
      ),
    ).toEqual({ deal: 0, stage: 1, won: undefined });
    expect(
      tiers(
        deals(
          ["Deal - Title", "Deal - Stage", "Deal - Amount", "Deal - Organization", "Deal - Status"],
          ["open", "lost"],
        ),
        en,
      ).findings.find((f) => f.code === "header.dealList")?.message,
    ).toMatch(
      /^Column A 'Deal - Title' names a deal on each row, and column E 'Deal - Status' its stage \(lost or open\): .*'Deal - Organization' as rows, 'Deal - Amount' summed as values, 'Deal - Status' filtered to the won stage\)/,
    );
  });

  it("reads deals all won as sales lines: a report filtered to the won stage, or none shown", () => {
    // Every deal won (the report filtered to Closed Won): its amounts are sales, the account's lines.
    const won = tiers(
      [
        ["Opportunity Name", "Account Name", "Stage", "Amount"],
        ["Acme - 200 units", "Acme Corp", "Closed Won", 10_000],
        ["Globex - pilot", "Globex", "Closed Won", 2500],
        ["Initech - renewal", "Initech", "Closed Won", 7000],
      ],
      en,
    );
    expect(won.findings.some((f) => f.code === "header.dealList")).toBe(false);
    expect(won.accounts.map((a) => [a.name, a.revenue])).toEqual([
      ["Acme Corp", 10_000],
      ["Globex", 2500],
      ["Initech", 7000],
    ]);
    // A deal's name and no stage: nothing says any is not won.
    expect(dealList(["Opportunity Name", "Account Name", "Amount"], [["A", "B", 1]], 0)).toBeUndefined();
  });

  it("takes no ledger of distributors for one: a stage of the account, an opportunity graded", () => {
    // 阶段 of the relationship (成长期, 成熟期), HubSpot's lifecycle stages, an opportunity's size: columns
    // about the account, no deal closed in them.
    for (const [header, values] of [
      ["阶段", ["成长期", "成熟期", "衰退期"]],
      ["Stage", ["Lead", "Customer", "Evangelist"]],
      ["Opportunity", ["High", "Low", "Medium"]],
      ["Lifecycle Stage", ["customer", "lead", "customer"]],
    ] as const) {
      const rows: Cell[][] = [["经销商名称", header, "年销售额（万元）"]];
      for (let i = 0; i < 12; i++) rows.push([`经销商${i + 1}`, values[i % 3] as string, 300 - i * 20]);
      expect(dealList(rows[0] as Cell[], rows, 1)).toBeUndefined();
      const r = tiers(rows);
      expect(r.findings.some((f) => f.severity === "error")).toBe(false);
      expect(r.table.length).toBe(12);
    }
  });
});
