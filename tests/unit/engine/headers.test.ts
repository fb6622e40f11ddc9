import {
  type Cell,
  columnIndex,
  columnsReadBeside,
  currencyFromNumberFormat,
  detectColumns,
  displayScaleOf,
  salesPeriodOf,
  splitHeader,
  tierAccounts,
  unitFromNumberFormat,
} from "../../../src/engine";
import { cellText as cellTextOf } from "../../../src/engine/cells";
import { headerFieldOf, partsPeriod, pivotSummaryOf, yearOf } from "../../../src/engine/headers";
import { AS_OF, en } from "../../helpers/sheet";

/** The mapping of a sheet with a column beside the sales, left of them: `left` must give way to them. */
const leftOfSales = (left: string, name = "客户名称", sales = "年销售额") =>
  detectColumns([
    [name, left, sales],
    ["甲", 0.2, 100],
  ]).mapping;

describe("detectColumns", () => {
  it("finds a header below title rows, merged titles and blank rows", () => {
    const d = detectColumns([
      ["2025年华东区经销商销售台账", null, null],
      [null, null, null],
      ["制表：渠道部", null, "单位：万元"],
      ["序号", "经销商名称", "年度销售额（万元）"],
      [1, "甲", 10],
    ]);
    expect(d.headerRow).toBe(3);
    expect(d.mapping).toEqual({ name: 1, revenue: 2 });
    expect(d.unmapped).toEqual([{ column: 0, header: "序号" }]);
    expect(d.matches.find((m) => m.field === "revenue")?.unit?.multiplier).toBe(10_000);
  });

  it.each([
    ["经销商名称", "name"],
    ["客户名称", "name"],
    ["Customer Name", "name"],
    ["DEALER", "name"],
    // A web shop's customer export: the buyer's business (First Name was guessed for the name).
    ["Default Address Company", "name"],
    ["Billing Company", "name"],
    ["年销售额", "revenue"],
    ["年度销售额（万元）", "revenue"],
    ["回款额", "revenue"],
    ["Annual Sales", "revenue"],
    ["去年销售额", "priorRevenue"],
    ["Prior Year Sales", "priorRevenue"],
    ["所属区域", "region"],
    ["Territory", "region"],
    ["资信等级", "credit"],
    ["Credit Rating", "credit"],
    ["逾期天数", "overdue"],
    ["账龄", "overdue"],
    ["Days Overdue", "overdue"],
    ["区域市场占有率", "marketShare"],
    ["Market Share (%)", "marketShare"],
    ["管理模式", "managementMode"],
    ["渠道类型", "managementMode"],
    ["Channel Type", "managementMode"],
    ["销售模式", "salesMode"],
    ["Sales Mode", "salesMode"],
    ["敏感类型", "sensitivity"],
    ["合作年限", "tenure"],
    ["Years as Partner", "tenure"],
    // 合作年限 as Chinese teams translate it.
    ["Years of Cooperation", "tenure"],
    ["Cooperation Years", "tenure"],
    ["合作时长", "tenure"],
    ["客户年限", "tenure"],
    ["经销年限（年）", "tenure"],
    ["代理年限", "tenure"],
    ["客户状态", "status"],
    ["Status", "status"],
    ["手动分级", "override"],
    ["Tier Override", "override"],
    ["负责人", "owner"],
    ["业务员", "owner"],
    ["销售代表", "owner"],
    ["Sales Rep", "owner"],
    ["ＯＷＮＥＲ", "owner"],
    // What distributors buy from us, as ledgers name it; the capacity of a region is its potential.
    ["出库金额（元）", "revenue"],
    // Sales actually made, as FMCG ledgers head them beside a target (each was no column).
    ["实销", "revenue"],
    ["实销金额（万元）", "revenue"],
    ["销售实绩", "revenue"],
    ["上年实销额", "priorRevenue"],
    ["订货额", "revenue"],
    ["采购金额（万元）", "revenue"],
    ["实际完成", "revenue"],
    ["累计提货", "revenue"],
    // This year's sales by a word of time before 销售 (the sheet had no sales), revenue as finance
    // writes it, and year to date alone or with its year.
    ["本年累计销售（万元）", "revenue"],
    ["本年销售", "revenue"],
    ["当年销售", "revenue"],
    ["本期销售", "revenue"],
    ["2025年销售", "revenue"],
    ["销售累计", "revenue"],
    ["营收（万元）", "revenue"],
    ["营业收入", "revenue"],
    ["YTD 2025", "revenue"],
    // Last year's by an English word of its own, where the rest reads as this year's sales.
    ["Sales LY YTD", "priorRevenue"],
    ["Sales LY Full Year", "priorRevenue"],
    ["Net Sales PY", "priorRevenue"],
    ["Prior YTD", "priorRevenue"],
    // ... and where the words alone are an amount of a sales document (SAP's Net Value PY: no column).
    ["Net Value PY", "priorRevenue"],
    ["Turnover LY", "priorRevenue"],
    ["Net Amount (Prior)", "priorRevenue"],
    ["Untaxed Amount LY", "priorRevenue"],
    ["Monthly Sales", "revenue"],
    ["Priority Sales", "revenue"],
    // More of what ledgers and CRMs head their columns with.
    ["渠道商名称", "name"],
    ["辖区", "region"],
    ["区县", "region"],
    ["AM", "owner"],
    ["归属人", "owner"],
    ["Max DPD", "overdue"],
    ["Onboard Date", "tenure"],
    // Odoo's contact list: no name was found, no sales (every account a prospect), and its Credit Limit
    // was read with no balance.
    ["Display Name", "name"],
    // 销售易's this year's orders, by a word of time before an amount of sales (no sales column was found).
    ["本年订单金额", "revenue"],
    ["今年出库金额", "revenue"],
    ["本期开票金额", "revenue"],
    ["Total Invoiced", "revenue"],
    ["Total Receivable", "balance"],
    ["Relationship Length (yrs)", "tenure"],
    // A channel account manager, a BDM, the owner's name as a Salesforce report heads it, who handles the
    // account (each was no column).
    // The addressable market, total or served, as the potential (each was no column).
    ["Addressable Market", "marketPotential"],
    ["SAM", "marketPotential"],
    // A geography, a prefecture city, a location (each was no column).
    ["Geo", "region"],
    ["Geography", "region"],
    ["地级市", "region"],
    ["所在地", "region"],
    ["Location", "region"],
    ["CAM", "owner"],
    ["BDM", "owner"],
    ["Account Owner Name", "owner"],
    ["Handled By", "owner"],
    ["Managed By", "owner"],
    ["Responsible", "owner"],
    ["Years as Dealer", "tenure"],
    ["Years as Client", "tenure"],
    ["最近跟进时间", "lastVisit"],
    ["最后联系时间", "lastVisit"],
    ["最近走访日期", "lastVisit"],
    ["区域市占率（%）", "marketShare"],
    ["Share of Market", "marketShare"],
    ["经销级别", "managementMode"],
    ["Route to Market", "salesMode"],
    // The kind of outlet, trade channel or agency (each was no column).
    ["终端类型", "salesMode"],
    ["Outlet Type", "salesMode"],
    ["Trade Channel", "salesMode"],
    ["代理类型", "managementMode"],
    ["Distribution Type", "managementMode"],
    ["采购偏好", "sensitivity"],
    ["区域容量", "marketPotential"],
    // A region's potential, and a rating of it (区域潜力 was the region column, 潜力评级 no column).
    ["区域潜力", "marketPotential"],
    ["潜力评级", "marketPotential"],
    ["区域市场容量（万元）", "marketPotential"],
    ["省区", "region"],
    ["所在城市", "region"],
    ["Sales District", "region"],
    ["Zone", "region"],
    ["所属销售", "owner"],
    ["业务经理", "owner"],
    ["首次合作年份", "tenure"],
    ["合作起始年份", "tenure"],
    // The first deal or the signing as the start of the relationship.
    ["签约时间", "tenure"],
    ["首次交易日期", "tenure"],
    ["首单日期", "tenure"],
    // The start of the cooperation as ledgers word it (开始合作日期 was left unread: no years in the score).
    ["开始合作日期", "tenure"],
    ["合作起始时间", "tenure"],
    ["首次合作签约日", "tenure"],
    ["开始合作日期（年/月）", "tenure"],
    ["入网日期", "tenure"],
    ["签约年限", "tenure"],
    ["Relationship Start", "tenure"],
    ["Account Open Date", "tenure"],
    ["Date Onboarded", "tenure"],
    // The distributor's purchases from us are our sales to it.
    ["年采购额", "revenue"],
    ["2025年度采购额（万元）", "revenue"],
    // And in English: they were no column, every account a prospect.
    ["Purchases (USD)", "revenue"],
    ["Total Purchases", "revenue"],
    ["Purchase Amount", "revenue"],
    ["Order Value", "revenue"],
    ["Billings", "revenue"],
    ["Purchases LY", "priorRevenue"],
    ["First Order Date", "tenure"],
    // English exports: last year's sales after their words (PY/LY), potential revenue, meetings, start years.
    ["PY Revenue", "priorRevenue"],
    ["Revenue LY", "priorRevenue"],
    ["Potential Revenue", "marketPotential"],
    ["TAM", "marketPotential"],
    ["AR Aging", "overdue"],
    ["Last Meeting", "lastVisit"],
    ["Years with Us", "tenure"],
    ["Start Year", "tenure"],
    // ERP and CRM exports: invoice totals and receipts as sales, a rep's name as the owner (it was read
    // as the sales: "Sales Rep Name" holds "sales").
    ["价税合计", "revenue"],
    ["不含税金额", "revenue"],
    ["实收金额", "revenue"],
    ["Invoice Amount", "revenue"],
    ["Sales Rep Name", "owner"],
    ["对接销售", "owner"],
    ["跟单员", "owner"],
    ["竞争品牌", "competitor"],
    // Whom an account buys from besides us, as an English CRM heads it (each was no column).
    ["Competing Vendor", "competitor"],
    ["Competitors", "competitor"],
    // Actuals beside targets, and year-to-date reports.
    ["实际（万元）", "revenue"],
    ["2025年实际", "revenue"],
    ["FY25 Actual", "revenue"],
    ["本年累计", "revenue"],
    ["上年累计", "priorRevenue"],
    ["LY Actual", "priorRevenue"],
    ["同比增长率", "growth"],
    ["战略客户", "strategic"],
    ["市场潜力（万元）", "marketPotential"],
  ])("maps %p to %p", (header, field) => {
    const row = field === "name" ? [header, "Revenue"] : ["Distributor", header];
    const d = detectColumns([row, ["x", 1]]);
    expect(d.mapping[field as keyof typeof d.mapping]).toBe(field === "name" ? 0 : 1);
  });

  it("takes no count of orders for the sales", () => {
    for (const header of ["Total Orders", "Orders", "Number of Orders"])
      expect(
        detectColumns([
          ["Distributor", header],
          ["x", 12],
        ]).mapping.revenue,
      ).toBeUndefined();
  });

  it("takes a CRM's deals won with us for the sales, not the company's own Annual Revenue beside them", () => {
    const hubspot = [
      "Company name",
      "Company owner",
      "Annual Revenue",
      "Total Revenue",
      "Number of Employees",
    ];
    const d = detectColumns([hubspot, ["Acme", "Ann", 5_000_000, 120_000, 50]]);
    expect(d.mapping).toMatchObject({ name: 0, owner: 1, revenue: 3 });
    expect(d.duplicates).toEqual([{ column: 2, header: "Annual Revenue", field: "revenue" }]);
    // Alone, Annual Revenue is the sales still.
    expect(
      detectColumns([
        ["Account Name", "Annual Revenue"],
        ["Acme", 5],
      ]).mapping.revenue,
    ).toBe(1);
  });

  it("takes deals won (Closed Won Amount, 赢单金额) over Annual Revenue, with no column about the company", () => {
    // A Salesforce report of accounts with their won deals: the won amount was a rival, left unread.
    const d = detectColumns([
      ["Account Name", "Billing State/Province", "Type", "Annual Revenue", "Closed Won Amount (This FY)"],
      ["Acme", "CA", "Distributor", 50_000_000, 120_000],
    ]);
    expect(d.mapping.revenue).toBe(4);
    expect(d.duplicates).toEqual([{ column: 3, header: "Annual Revenue", field: "revenue" }]);
    expect(
      detectColumns([
        ["客户名称", "年营业额", "赢单金额（元）"],
        ["甲", 5_000_000, 120_000],
      ]).mapping.revenue,
    ).toBe(2);
  });

  it("reads the sales by their year in a ledger's own verbs (2025年发货, 2024年出货), said beside 2025年回款", () => {
    const d = detectColumns([
      ["经销商名称", "2025年回款（万元）", "2025年发货（万元）", "2024年出货（万元）"],
      ["甲", 100, 110, 90],
    ]);
    expect(d.mapping).toEqual({ name: 0, revenue: 1, priorRevenue: 3 });
    expect(d.duplicates).toEqual([{ column: 2, header: "2025年发货（万元）", field: "revenue" }]);
  });

  it("says last year's rival beside last year's column, not beside this year's sales", () => {
    // 销售额 and 回款额 under each of two years: 2025年回款额 was said to look like the sales, beside
    // 2026年销售额, though it is last year's.
    const d = detectColumns([
      ["经销商名称", "2026年销售额", "2026年回款额", "2025年销售额", "2025年回款额"],
      ["甲", 100, 90, 80, 70],
    ]);
    expect(d.mapping).toMatchObject({ name: 0, revenue: 1, priorRevenue: 3 });
    expect(d.duplicates).toEqual([
      { column: 2, header: "2026年回款额", field: "revenue" },
      { column: 4, header: "2025年回款额", field: "priorRevenue" },
    ]);
    // A year of its own (2024年回款额, neither year's) stays a rival of the sales.
    const third = detectColumns([
      ["经销商名称", "2026年销售额", "2025年销售额", "2024年回款额"],
      ["甲", 100, 80, 70],
    ]);
    expect(third.duplicates.map((x) => [x.header, x.field])).not.toContainEqual([
      "2024年回款额",
      "priorRevenue",
    ]);
  });

  it("takes no CRM account export's Annual Revenue, the company's own size, for the sales", () => {
    // Salesforce's Account export: Industry and Employees say the revenue is the account's own.
    const salesforce = ["Account Name", "Account Owner", "Type", "Industry", "Annual Revenue", "Employees"];
    const row = ["Acme", "Ann", "Prospect", "Retail", 90_000_000, 400];
    const alone = detectColumns([salesforce, row]);
    expect(alone.mapping.revenue).toBeUndefined();
    expect(alone.companyRevenue).toEqual({ column: 4, header: "Annual Revenue", beside: "Industry" });
    expect(alone.unmapped.map((u) => u.header)).toContain("Annual Revenue");
    // A column of our own sales beside it (a custom field) is the sales; Annual Revenue its rival.
    const beside = detectColumns([
      [...salesforce, "Sales 2025"],
      [...row, 120_000],
    ]);
    expect(beside.mapping.revenue).toBe(6);
    expect(beside.companyRevenue).toBeUndefined();
    expect(beside.duplicates).toEqual([{ column: 4, header: "Annual Revenue", field: "revenue" }]);
    // Mapped by hand, it is the sales: the user says so.
    const mapped = detectColumns([salesforce, row], { mapping: { revenue: "Annual Revenue" } });
    expect(mapped.mapping.revenue).toBe(4);
    expect(mapped.companyRevenue).toBeUndefined();
    // A Chinese CRM's customers: 年营业额 beside 所属行业 and 人员规模 is the company's turnover.
    const chinese = detectColumns([
      ["客户名称", "负责人", "所属行业", "人员规模", "年营业额", "成交状态"],
      ["甲公司", "张三", "建材", "100-499人", 5_000, "已成交"],
    ]);
    expect(chinese.mapping.revenue).toBeUndefined();
    expect(chinese.companyRevenue).toEqual({ column: 4, header: "年营业额", beside: "所属行业" });
    // Without a column about the company, Annual Revenue is a ledger's own word for our sales.
    expect(
      detectColumns([
        ["Dealer", "Owner", "Region", "Annual Revenue"],
        ["Acme", "Ann", "East", 5],
      ]).mapping.revenue,
    ).toBe(3);
  });

  it("reads a Dynamics 365 export: its (Do Not Modify) columns are no field, its Annual Revenue the company's", () => {
    // Export to Excel writes three hidden columns first, for re-import; the first held the record's GUID
    // and was taken for the name, every account tiered by a GUID and Account Name left as a rival.
    const system = ["(Do Not Modify) Account", "(Do Not Modify) Row Checksum", "(Do Not Modify) Modified On"];
    const ids = ["5bc8fbbc-bde5-c099-4164-d8399f767c45", "Ab3+Zk1q", 46_000.4];
    const view = ["Account Name", "Main Phone", "Address 1: City", "Owner", "Relationship Type"];
    const account = ["Contoso Dealer 1", "555-0100", "Seattle", "Alex Wu", "Customer"];
    // Relationship Type is read by its cells (Customer, Prospect, Reseller: a status).
    const d = detectColumns([
      [...system, ...view, "Sales 2025"],
      [...ids, ...account, 120_000],
      [...ids, "Fabrikam", "555-0101", "Redmond", "Sam Li", "Prospect", null],
      [...ids, "Litware", "555-0102", "Portland", "Sam Li", "Reseller", 80_000],
    ]);
    expect(d.mapping).toEqual({ name: 3, region: 5, owner: 6, status: 7, revenue: 8 });
    expect(d.duplicates).toEqual([]);
    expect(d.unmapped.slice(0, 3)).toEqual(system.map((header, column) => ({ column, header })));
    // Its Annual Revenue is the account's own: the run stops on it, unless mapped by hand.
    const alone = detectColumns([
      [...system, ...view, "Annual Revenue"],
      [...ids, ...account, 9_000_000],
    ]);
    expect(alone.mapping.revenue).toBeUndefined();
    expect(alone.companyRevenue).toEqual({
      column: 8,
      header: "Annual Revenue",
      beside: "(Do Not Modify) Account",
      dynamics: true,
    });
    // Beside a column about the company, that column is said.
    expect(
      detectColumns([
        [...system, ...view, "Industry", "Annual Revenue"],
        [...ids, ...account, "Retail", 9_000_000],
      ]).companyRevenue,
    ).toEqual({ column: 9, header: "Annual Revenue", beside: "Industry" });
  });

  it("reads an AR summary (应收款汇总表): the period's invoices are the sales, the closing balance what is owed", () => {
    // It found no sales: every account a prospect "still owing" its closing balance.
    const kingdee = ["客户代码", "客户名称", "期初余额", "本期应收", "本期收款", "期末余额"];
    const d = detectColumns([kingdee, ["C01", "甲", 1000, 5000, 4000, 2000]]);
    expect(d.mapping).toEqual({ code: 0, name: 1, revenue: 3, balance: 5 });
    expect(d.duplicates).toEqual([]);
  });

  it("reads an ERP's sales report: the amount without VAT over the amount with it", () => {
    const yonyou = ["客户编码", "客户名称", "业务员", "销售数量", "无税金额", "税额", "价税合计"];
    const d = detectColumns([yonyou, ["C01", "甲", "张三", 10, 100, 13, 113]]);
    expect(d.mapping).toMatchObject({ name: 1, owner: 2, revenue: 4 });
    expect(d.duplicates).toEqual([{ column: 6, header: "价税合计", field: "revenue" }]);
    // In the home currency (本币): it found no sales at all.
    const home = ["客户名称", "数量", "本币无税金额", "本币价税合计"];
    expect(detectColumns([home, ["甲", 1, 100, 113]]).mapping.revenue).toBe(2);
    expect(
      detectColumns([
        ["客户名称", "价税合计", "不含税金额"],
        ["甲", 113, 100],
      ]).mapping.revenue,
    ).toBe(2);
  });

  it("takes a price (Sales Price, 销售单价) for no sales, beside the amount or alone", () => {
    for (const h of ["Sales Price", "Avg Sales Price", "销售单价", "销售价格"])
      expect([h, headerFieldOf(h)]).toEqual([h, undefined]);
    // QuickBooks' Sales by Customer Detail: the price left of the amount was taken for the sales.
    expect(
      detectColumns([
        ["Customer", "Qty", "Sales Price", "Amount"],
        ["A", 2, 120, 240],
      ]).mapping.revenue,
    ).toBe(3);
  });

  it("takes a balance that runs the sales' total down the lines for no balance owed", () => {
    // QuickBooks' Sales by Customer Detail: Balance is the customer's amounts so far. Read as what it
    // owes, the sheet was said to hold balances with no credit limit to weigh them against.
    const detail = [
      [null, "Date", "Transaction Type", "Qty", "Sales Price", "Amount", "Balance"],
      ["Amy's Bird Sanctuary"],
      [null, "03/05/2025", "Invoice", 2, 120, 240, 240],
      [null, "07/09/2025", "Invoice", 1, 80, 80, 320],
      [null, "08/19/2025", "Sales Receipt", 1, 80, "80.00", "400.00"],
      ["Total for Amy's Bird Sanctuary", null, null, null, null, 400, 400],
      ["Kate Whelan"],
      [null, "05/01/2025", "Invoice", 10, 892.3, 8923, 8923],
      [null, "05/21/2025", "Invoice", 1, 0.1, 0.1, 8923.1],
      ["Total for Kate Whelan", null, null, null, null, 8923.1, 8923.1],
    ];
    const running = detectColumns([["Customer", ...(detail[0] as Cell[]).slice(1)], ...detail.slice(1)]);
    expect(running.mapping.revenue).toBe(5);
    expect(running.mapping.balance).toBeUndefined();
    expect(running.unmapped).toContainEqual({ column: 6, header: "Balance" });
    // What each customer owes, beside its sales, is a balance; so is one mapped by hand.
    const owed = [
      ["Customer", "Sales", "Balance"],
      ["A", 240, 240],
      ["B", 80, 320],
      ["C", 100, 400],
      ["D", 400, 90],
      ["E", 50, 140],
    ];
    expect(detectColumns(owed).mapping.balance).toBe(2);
    const byHand = detectColumns([["Customer", ...(detail[0] as Cell[]).slice(1)], ...detail.slice(1)], {
      mapping: { balance: "Balance" },
    });
    expect(byHand.mapping.balance).toBe(6);
  });

  it("takes money still to collect (未回款金额, Outstanding) for no sales", () => {
    for (const h of ["待回款金额", "Outstanding Amount", "Unpaid Revenue"])
      expect([h, headerFieldOf(h)]).toEqual([h, undefined]);
    // The balance owed, read against a credit limit where the sheet has one.
    expect(headerFieldOf("未回款金额")).toBe("balance");
    const crm = ["客户名称", "回款金额", "未回款金额"];
    expect(detectColumns([crm, ["甲", 40, 10]]).duplicates).toEqual([]);
  });

  it("reads the abbreviations of a hand-kept English ledger (Cust. Name, Acct Mgr, Mkt Share)", () => {
    const heads: [string, string][] = [
      ["Cust. Name", "name"],
      ["Client", "name"],
      ["Client Name", "name"],
      ["Acct Name", "name"],
      ["Cust No.", "code"],
      ["Client ID", "code"],
      ["Acct #", "code"],
      ["Acct Mgr", "owner"],
      ["Account Mgr", "owner"],
      ["Assigned To", "owner"],
      ["Rep Name", "owner"],
      ["跟进销售", "owner"],
      ["Region Manager", "owner"],
      ["Area Manager", "owner"],
      ["Mkt Share", "marketShare"],
      ["Mkt. Share %", "marketShare"],
      ["Wallet Size", "marketPotential"],
      ["Client Since", "tenure"],
      ["Client Tier", "ownGrade"],
      ["Key Acct?", "ownGrade"],
      ["是否战略客户？", "strategic"],
    ];
    for (const [h, field] of heads) expect([h, headerFieldOf(h)]).toEqual([h, field]);
    // A phone or a team beside the abbreviation is not the person.
    for (const h of ["Acct Mgr Phone", "Assigned To Team", "Client Type"])
      expect([h, headerFieldOf(h)]).toEqual([h, undefined]);
    const ledger = ["Cust. Name", "Sales 2025 ($)", "Sales 2024 ($)", "Acct Mgr", "Mkt Share"];
    expect(detectColumns([ledger, ["Dealer 001 Inc.", 1000, 900, "Ann", 0.2]]).mapping).toEqual({
      name: 0,
      revenue: 1,
      priorRevenue: 2,
      owner: 3,
      marketShare: 4,
    });
  });

  it("reads a column for moving accounts by a tier (调级, 升降级, 级别调整) as the override", () => {
    // Each was no column: the 升级 typed in it went unread.
    for (const h of ["调级", "人工调级", "调整分级", "升降级", "级别调整", "客户级别调整", "Tier Move"])
      expect([h, headerFieldOf(h)]).toEqual([h, "override"]);
    // A rating's adjustment is the rating; a price's is none.
    expect(headerFieldOf("信用等级调整")).toBe("credit");
    expect(headerFieldOf("调价")).toBeUndefined();
  });

  it("reads a tier said to be set by hand in parentheses as the override, not as a grade or as ours", () => {
    // 分级（手动） was no column at all, 客户分级（手工） the sheet's own grade to compare, and Tier (manual)
    // taken for a column of ours: the "Key" typed in each went unread and the account stayed ordinary.
    for (const h of [
      "分级（手动）",
      "客户分级（手工）",
      "渠道分级(人工调整)",
      "客户等级【指定】",
      "Tier (manual)",
      "Customer Tier (override)",
      "Tier [by hand]",
      "Account Class (adjusted)",
      "调整后分级",
      "手工分级",
    ])
      expect([h, headerFieldOf(h)]).toEqual([h, "override"]);
    // A rating or a tier with another note is none: 信用等级（人工调整） is the credit rating.
    expect(headerFieldOf("信用等级（人工调整）")).toBe("credit");
    expect(headerFieldOf("客户分级（2024）")).toBe("ownGrade");
    const outputs = { tier: ["渠道分级", "Tier"] };
    const d = detectColumns(
      [
        ["Customer", "Sales", "Tier (manual)", "Tier (2024)"],
        ["Acme", 100, "Key", "A"],
      ],
      { outputHeaders: outputs },
    );
    expect(d.mapping.override).toBe(2);
    // Nor is our header with a note of another kind ours (Tier (2024): last year's, the user's own): it
    // was said to be "headed like this tool's" and left; now it is one of the user's columns.
    expect([d.outputs.tier, d.unmapped]).toEqual([undefined, [{ column: 3, header: "Tier (2024)" }]]);
  });

  it("takes the row's own name over the distributor it buys through (所属经销商, 上级经销商)", () => {
    // Left of the row's own name it was taken for it: a sheet of retailers tiered by their distributors.
    for (const [parent, own] of [
      ["所属经销商", "客户名称"],
      ["上级经销商", "经销商名称"],
      ["Parent Distributor", "Dealer"],
    ]) {
      const d = detectColumns([
        [parent, own, "年销售额"],
        ["甲", "乙", 100],
      ]);
      expect([parent, d.mapping]).toEqual([parent, { name: 1, revenue: 2 }]);
      expect(d.duplicates).toEqual([]);
    }
    // Alone, it is the name a region's list of its distributors gives (a partial match, less sure).
    for (const revenue of ["年销售额", "本季度销售额合计"]) {
      const alone = detectColumns([
        ["所属经销商", revenue],
        ["甲", 100],
      ]);
      expect(alone.mapping).toEqual({ name: 0, revenue: 1 });
    }
  });

  it("takes the full name over a short one left of it (客户简称 before 客户名称), the short one a rival", () => {
    // 客户简称 first was taken for the name: short names repeat across companies (two 上海华联).
    expect(
      detectColumns([
        ["客户简称", "客户名称", "年销售额"],
        ["甲", "甲有限公司", 100],
      ]).duplicates,
    ).toEqual([{ column: 0, header: "客户简称", field: "name" }]);
    for (const [short, full] of [
      ["客户简称", "客户名称"],
      ["经销商简称", "经销商全称"],
      ["Short Name", "Customer Name"],
      ["Dealer Alias", "Dealer Name"],
    ]) {
      const d = detectColumns([
        [short, full, "年销售额"],
        ["甲", "甲有限公司", 100],
      ]);
      expect([short, d.mapping.name]).toEqual([short, 1]);
      // Where the short one reads as a name at all, it stays a rival (said, or left alone: tierAccounts).
      expect(d.duplicates.filter((x) => x.column !== 0)).toEqual([]);
    }
    // Alone, or right of the full name, nothing moves.
    expect(
      detectColumns([
        ["客户简称", "年销售额"],
        ["甲", 100],
      ]).mapping.name,
    ).toBe(0);
    expect(
      detectColumns([
        ["客户名称", "客户简称", "年销售额"],
        ["甲有限公司", "甲", 100],
      ]).mapping.name,
    ).toBe(0);
    // A name in another script left of the Chinese one stays the name (a choice the planner is asked).
    expect(
      detectColumns([
        ["客户名称（英文）", "客户名称", "年销售额"],
        ["Jia Co.", "甲有限公司", 100],
      ]).mapping.name,
    ).toBe(0);
  });

  it("takes the rep over the manager above the reps for the owner (业务员 beside 区域经理)", () => {
    for (const [manager, rep] of [
      ["区域经理", "业务员"],
      ["销售经理", "客户经理"],
      ["Region Manager", "Sales Rep"],
      ["Sales Manager", "Account Manager"],
    ]) {
      const d = detectColumns([
        ["客户名称", manager, rep, "年销售额"],
        ["甲", "王", "李", 100],
      ]);
      expect([manager, d.mapping.owner]).toEqual([manager, 2]);
      // The manager stays a rival, said.
      expect(d.duplicates).toEqual([{ column: 1, header: manager, field: "owner" }]);
    }
    // Alone, the manager is the owner the sheet gives.
    expect(
      detectColumns([
        ["客户名称", "区域经理", "年销售额"],
        ["甲", "王", 100],
      ]).mapping.owner,
    ).toBe(1);
  });

  it("takes a first deal's date over the day the record was made for the years of cooperation", () => {
    for (const [record, deal] of [
      ["建档日期", "首次交易日期"],
      ["建档日期", "签约日期"],
    ]) {
      const d = detectColumns([
        ["客户名称", record, deal, "年销售额"],
        ["甲", "2023-01-05", "2016-04-01", 100],
      ]);
      // 建档日期 was taken, and a system moved to in 2023 made every customer two years old.
      expect([record, d.mapping.tenure]).toEqual([record, 2]);
      expect(d.duplicates).toEqual([{ column: 1, header: record, field: "tenure" }]);
    }
    // Alone, the record's date is the one the sheet gives.
    expect(detectColumns([["客户名称", "建档日期", "年销售额"]]).mapping.tenure).toBe(1);
  });

  it("reads 代码 and 编码 beside 名称 as the code (金蝶's and 用友's lists)", () => {
    for (const h of ["代码", "编码"])
      expect(detectColumns([[h, "名称", "年度销售额"]]).mapping).toEqual({ code: 0, name: 1, revenue: 2 });
  });

  it("takes the year before last (前年销售额) for no sales, and last year's other figures for no sales", () => {
    // Left of the sales, 前年销售额 was taken for this year's; 上年资信等级 was read as last year's sales.
    for (const h of [
      "前年销售额",
      "上年资信等级",
      "去年资信等级",
      "信用等级（上年）",
      "Credit Rating (Prior Year)",
    ])
      expect([h, headerFieldOf(h)]).toEqual([h, undefined]);
    expect(leftOfSales("前年销售额")).toEqual({ name: 0, revenue: 2 });
    expect(
      detectColumns([
        ["客户名称", "前年销售额", "去年销售额", "本年销售额"],
        ["甲", 1, 2, 3],
      ]).mapping,
    ).toEqual({ name: 0, priorRevenue: 2, revenue: 3 });
    // This year's rating is the credit, last year's none.
    expect(
      detectColumns([
        ["客户名称", "年销售额", "上年资信等级", "资信等级"],
        ["甲", 1, "A", "B"],
      ]).mapping,
    ).toEqual({ name: 0, revenue: 1, credit: 3 });
    // Last year's sales by their words, or by the year's word alone beside this year's.
    for (const h of ["去年", "上年度", "Last Year", "去年同期", "上年累计", "上年度回款", "去年实绩"])
      expect([h, headerFieldOf(h)]).toEqual([h, "priorRevenue"]);
    expect(headerFieldOf("当前年度销售额")).toBe("revenue");
  });

  it("takes a share of the sales in percent (销售额百分比, Sales %) for no sales", () => {
    for (const h of [
      "销售额百分比",
      "销售额比重",
      "销售额（%）",
      "Sales %",
      "% of Sales",
      "Sales (%)",
      "Revenue Mix",
    ])
      expect([h, headerFieldOf(h)]).toEqual([h, undefined]);
    // Left of the sales, it was taken for them, and a column of 0.2s tiered.
    expect(leftOfSales("销售额百分比", "经销商名称")).toEqual({ name: 0, revenue: 2 });
    expect(leftOfSales("Sales %", "Dealer", "Sales")).toEqual({ name: 0, revenue: 2 });
    // Nor a month-on-month change or one order's, one month's peak (单笔最大销售额 was the sales).
    for (const h of ["销售额环比", "单笔最大销售额", "最高月销售额", "Max Sales", "Peak Sales"]) {
      expect([h, headerFieldOf(h)]).toEqual([h, undefined]);
      expect([h, leftOfSales(h)]).toEqual([h, { name: 0, revenue: 2 }]);
    }
    expect(headerFieldOf("Terminal Sales")).toBe("revenue");
    // A share's own field in percent stays itself.
    expect(headerFieldOf("Market Share %")).toBe("marketShare");
    expect(headerFieldOf("Growth %")).toBe("growth");
  });

  it("takes a CRM's Ownership (Public, Private) for no owner", () => {
    expect(headerFieldOf("Ownership")).toBeUndefined();
    expect(headerFieldOf("Account Owner")).toBe("owner");
  });

  it("takes a visit to come for no last visit, and the last visit beside it", () => {
    for (const next of [
      "下次拜访日期",
      "计划拜访日期",
      "拜访计划",
      "下次回访",
      "Next Visit Date",
      "Planned Visit",
    ])
      expect([next, headerFieldOf(next)]).toEqual([next, undefined]);
    const d = detectColumns([
      ["经销商名称", "下次拜访日期", "上次拜访日期"],
      ["甲", new Date(Date.UTC(2026, 0, 5)), new Date(Date.UTC(2025, 10, 5))],
    ]);
    expect(d.mapping).toEqual({ name: 0, lastVisit: 2 });
  });

  it("reads actuals by year beside their targets: the latest year's is this year's sales", () => {
    const d = detectColumns([
      ["经销商名称", "2024年目标", "2024年实际", "2025年目标", "2025年实际", "完成率"],
      ["甲", 100, 90, 120, 110, 0.92],
    ]);
    expect(d.mapping).toEqual({ name: 0, priorRevenue: 2, revenue: 4 });
  });

  /** Five distributors under `headers`, a name then figures, as of 2025. */
  const detectYears = (headers: string[]) =>
    detectColumns(
      [
        headers,
        ...Array.from({ length: 5 }, (_, i) => [
          `甲${i}`,
          ...headers.slice(1).map((_, j) => 100 * (j + 1) - i),
        ]),
      ],
      { asOfYear: 2025 },
    );

  it("reads years headed short (25年, CY2025) or by a span of the year (2025年1-6月) as sales by year", () => {
    // Each was no sales at all, or 2024年 taken as the latest year's, the half of 2025 beside it unread.
    for (const headers of [
      ["客户", "24年", "25年"],
      ["Customer", "CY2024", "CY2025"],
      ["经销商", "2024年", "2025年1-6月"],
      ["经销商", "2024年1-6月", "2025年1-6月"],
      ["经销商", "2024年（万元）", "2025年上半年（万元）"],
      ["Dealer", "2024", "Jan-Jun 2025"],
      ["Dealer", "FY24", "Q1-Q3 FY25"],
    ]) {
      const d = detectYears(headers);
      expect([headers, d.mapping]).toEqual([headers, { name: 0, priorRevenue: 1, revenue: 2 }]);
      expect(d.matches.filter((m) => m.how === "guessed").map((m) => m.field)).toEqual(
        expect.arrayContaining(["revenue", "priorRevenue"]),
      );
    }
    expect(detectYears(["经销商", "2025年1-6月"]).mapping).toEqual({ name: 0, revenue: 1 });
    // A year's target is no year alone.
    expect(detectYears(["经销商", "2025年目标"]).mapping).toEqual({ name: 0 });
  });

  it("takes the next year beside a whole year's actuals for this period's sales, up to the run's year", () => {
    // The ledger was tiered by 2024's actuals, the half of 2025 beside them unread and unsaid.
    const d = detectYears(["经销商名称", "2024年实际", "2025年1-6月", "2025年目标"]);
    expect(d.mapping).toEqual({ name: 0, priorRevenue: 1, revenue: 2 });
    expect(d.matches.filter((m) => m.how === "guessed").map((m) => m.field)).toEqual([
      "priorRevenue",
      "revenue",
    ]);
    // A year after the run's is a plan; a sales column that names its period keeps it.
    expect(detectYears(["Dealer", "2024 Actual", "2025 H1"]).mapping).toEqual({
      name: 0,
      priorRevenue: 1,
      revenue: 2,
    });
    expect(detectYears(["经销商名称", "2024年实际", "2026年"]).mapping).toEqual({ name: 0, revenue: 1 });
    expect(detectYears(["经销商名称", "2025年1-6月销售额", "2025年"]).mapping).toEqual({
      name: 0,
      revenue: 1,
    });
  });

  it("ignores case, spaces, full-width forms and units", () => {
    const d = detectColumns([
      ["  Distributor ", "ａｎｎｕａｌ　ｓａｌｅｓ（ＲＭＢ）"],
      ["A", 1],
    ]);
    expect(d.mapping).toEqual({ name: 0, revenue: 1 });
    expect(d.matches.every((m) => m.how === "exact" && m.confidence === 1)).toBe(true);
  });

  it("says a partial match is less sure", () => {
    const d = detectColumns([
      ["所属经销商", "本季度销售额合计"],
      ["A", 1],
    ]);
    expect(d.matches.map((m) => [m.field, m.how])).toEqual([
      ["name", "contains"],
      ["revenue", "contains"],
    ]);
    expect(d.matches[0]?.confidence).toBeLessThan(1);
  });

  it("lets an explicit mapping win over detection", () => {
    const d = detectColumns(
      [
        ["Distributor", "Revenue", "Net Sales"],
        ["A", 1, 2],
      ],
      { mapping: { revenue: "Net Sales" } },
    );
    expect(d.mapping.revenue).toBe(2);
    expect(d.matches.find((m) => m.field === "revenue")?.how).toBe("explicit");
  });

  it("takes an explicit column number past the header's last cell only where a row reaches it", () => {
    const rows = [
      ["Distributor", "Revenue"],
      ["A", 1],
      ["B", 2, undefined, "East"],
    ];
    expect(detectColumns(rows, { mapping: { region: 3 } }).mapping.region).toBe(3);
    expect(detectColumns(rows, { mapping: { region: 4 } }).missing).toEqual([
      { field: "region", wanted: "4" },
    ]);
  });

  it("judges a repeated text alike in every row it appears in", () => {
    // Data rows repeat the header's words ("Revenue" as a value); the header row still wins.
    const rows = [
      ["Report"],
      ["Distributor", "Revenue", "Region"],
      ...Array.from({ length: 50 }, () => ["Revenue", 1, "Region"]),
    ];
    const d = detectColumns(rows);
    expect(d.headerRow).toBe(1);
    expect(d.mapping).toEqual({ name: 0, revenue: 1, region: 2 });
  });

  it("reports an explicit mapping to a header that is not there", () => {
    const d = detectColumns(
      [
        ["Distributor", "Revenue"],
        ["A", 1],
      ],
      { mapping: { owner: "Rep" } },
    );
    expect(d.missing).toEqual([{ field: "owner", wanted: "Rep" }]);
  });

  it("reports a second column for the same field and keeps the first", () => {
    const d = detectColumns([
      ["Distributor", "Revenue", "Sales"],
      ["A", 1, 2],
    ]);
    expect(d.mapping.revenue).toBe(1);
    expect(d.duplicates).toEqual([{ column: 2, header: "Sales", field: "revenue" }]);
  });

  it("takes a header that is the field's word over one left of it that only holds it, but not for the sales, name, owner or region", () => {
    // 信用期 (a credit term) left of 信用评级 took the credit: the rating went unread and each row's term
    // was said to be no grade. 合作年限说明 (text) left of 合作年限, likewise for the years.
    for (const [held, own, field] of [
      ["信用情况", "信用评级", "credit"],
      ["Credit Check", "Credit Rating", "credit"],
      ["合作年限情况", "合作年限", "tenure"],
      ["逾期情况", "逾期天数", "overdue"],
    ] as const) {
      const d = detectColumns([
        ["经销商名称", "年销售额", held, own],
        ["甲", 100, "x", "A"],
      ]);
      expect([own, d.mapping[field]]).toEqual([own, 3]);
      expect(d.duplicates).toEqual([{ column: 2, header: held, field }]);
      expect(d.matches.filter((m) => m.field === field)).toEqual([
        expect.objectContaining({ column: 3, how: "exact" }),
      ]);
    }
    // Told in column order, with the rivals of other fields between.
    const two = detectColumns([
      ["经销商名称", "年销售额", "信用情况", "Revenue", "信用评级"],
      ["甲", 100, "x", 1, "A"],
    ]);
    expect(two.duplicates.map((x) => x.column)).toEqual([2, 3]);
    // A region's rivals are weighed by their level: the first stays the plan's (所在大区 over 省份).
    const regions = detectColumns([
      ["经销商名称", "年销售额", "所在大区", "省份"],
      ["甲", 100, "华东", "江苏"],
    ]);
    expect(regions.mapping.region).toBe(2);
    // Mapped by hand, the partial match stays.
    const byHand = detectColumns(
      [
        ["经销商名称", "年销售额", "信用情况", "信用评级"],
        ["甲", 100, "A", "B"],
      ],
      { mapping: { credit: "信用情况" } },
    );
    expect(byHand.mapping.credit).toBe(2);
  });

  it("takes the column for now over an earlier one for the same field, whichever comes first", () => {
    // A ledger that adds each year's rating on the right was read by last year's: an account rated D
    // this year kept its A.
    for (const [old, now, field] of [
      ["资信等级（2024年）", "资信等级（2025年）", "credit"],
      ["2024年资信等级", "2025年资信等级", "credit"],
      ["资信等级（2024年）", "资信等级", "credit"],
      ["信用等级（上季）", "信用等级（本季）", "credit"],
      ["Credit Rating 2024", "Credit Rating 2025", "credit"],
      ["逾期天数（上月）", "逾期天数（本月）", "overdue"],
      ["负责人（原）", "负责人", "owner"],
      ["原负责人", "现负责人", "owner"],
      ["Previous Owner", "Owner", "owner"],
      ["客户状态", "最新状态", "status"],
    ] as const) {
      const d = detectColumns(
        [
          ["经销商名称", "年销售额", old, now],
          ["甲", 100, "A", "D"],
        ],
        { asOfYear: 2025 },
      );
      expect([old, now, d.mapping[field]]).toEqual([old, now, 3]);
      expect(d.duplicates).toEqual([{ column: 2, header: old, field }]);
      // And the other way round, the one for now is kept.
      const kept = detectColumns(
        [
          ["经销商名称", "年销售额", now, old],
          ["甲", 100, "D", "A"],
        ],
        { asOfYear: 2025 },
      );
      expect([now, old, kept.mapping[field]]).toEqual([now, old, 2]);
    }
    // Two columns of one kind with no time in their headers keep the leftmost; a year against none is
    // not compared where the run's year is not known.
    const plain = detectColumns([
      ["经销商名称", "年销售额", "资信等级（2024年）", "资信等级"],
      ["甲", 100, "A", "D"],
    ]);
    expect(plain.mapping.credit).toBe(2);
  });

  it("recognises the product's own output columns and does not map them as inputs", () => {
    const d = detectColumns(
      [
        ["Distributor", "Revenue", "Tier", "Credit Class"],
        ["A", 1, "Key account", "A"],
      ],
      {
        outputHeaders: { tier: ["Tier", "渠道分级"], creditClass: ["Credit Class"] },
      },
    );
    expect(d.outputs).toEqual({ tier: 2, creditClass: 3 });
    expect(d.mapping.credit).toBeUndefined();
  });

  it("guesses a name column of text when no name header is known, and says so", () => {
    const d = detectColumns([
      ["Firma", "Revenue"],
      ["Alpha GmbH", 1],
      ["Beta AG", 2],
    ]);
    expect(d.mapping.name).toBe(0);
    expect(d.matches.find((m) => m.field === "name")?.how).toBe("guessed");
  });

  it("never takes a code, a number or a contact of the account for its name", () => {
    const d = detectColumns([
      ["经销商编号", "经销商电话", "客户名称", "Dealer Code", "销售额"],
      [5001, "13800000000", "甲公司", "D1", 10],
    ]);
    expect(d.mapping.name).toBe(2);
    for (const header of [
      "经销商编号",
      "经销商地址",
      "经销商联系人",
      "Dealer ID",
      "Dealer No.",
      "Customer Number",
    ])
      expect(
        detectColumns([
          [header, "销售额"],
          ["x", 1],
        ]).matches.some((m) => m.field === "name" && m.how !== "guessed"),
      ).toBe(false);
    // A name column's own header still reads as one.
    expect(
      detectColumns([
        ["经销商全称", "销售额"],
        ["甲", 1],
      ]).mapping.name,
    ).toBe(0);
  });

  it.each([
    // An amount, a rate, a plan, a date or a person is not what the field's word alone would say.
    // The money owed past due is read as such (`overdueAmount`), never as days.
    ["逾期金额", "overdue"],
    ["逾期账款（万元）", "overdue"],
    ["应收账款账龄", "overdue"],
    ["欠款天数", "overdue"],
    ["信誉等级", "credit"],
    ["Overdue Amount", "overdue"],
    // A credit limit and the balance owed are read as a pair (a balance over the limit is a breach).
    ["信用额度", "creditLimit"],
    ["Credit Limit", "creditLimit"],
    ["应收余额", "balance"],
    ["Balance", "balance"],
    ["Overdue Balance", "overdue"],
    ["大区经理", undefined],
    ["回款率", undefined],
    ["销售额占比", undefined],
    ["目标销售额", undefined],
    ["Sales Target", undefined],
    ["最近回款日期", undefined],
    ["拜访次数", undefined],
    ["负责人电话", undefined],
    ["区域人口", undefined],
    // FMCG exports: sell-in and shipments are our sales, GSV and NSV too; last year's by LY.
    ["Sell-in", "revenue"],
    ["Sell-in 2025 (RMB)", "revenue"],
    ["Shipments (RMB)", "revenue"],
    ["GSV", "revenue"],
    ["Sell-in LY", "priorRevenue"],
    ["Dealer Level", "managementMode"],
    ["ASM", "owner"],
    // The person as dealer ledgers name them (each was no owner: no workload, key accounts "without one").
    ["业务代表", "owner"],
    ["归属销售", "owner"],
    ["维护人", "owner"],
    ["渠道经理", "owner"],
    ["Channel Manager", "owner"],
    ["Gross Sales Value", "revenue"],
    ["Key Account Manager", "owner"],
    ["本年完成（万元）", "revenue"],
    // A target sheet's achievement by the year's word (年度完成额 beside 年度任务: no sales, all prospects).
    ["年度完成额（万元）", "revenue"],
    ["全年完成金额", "revenue"],
    ["年度任务（万元）", undefined],
    ["年度完成率", undefined],
    ["上年度完成额", "priorRevenue"],
    // A CRM's place in one cell (省市区: 浙江省杭州市西湖区): the region, read by its province.
    ["省市区", "region"],
    ["省/市/区", "region"],
    ["所在省市", "region"],
    ["Province/City", "region"],
    // A B2B ordering platform's (易订货): what the dealer ordered; its count of orders is none.
    ["下单金额", "revenue"],
    ["近一年下单金额", "revenue"],
    ["订单总额", "revenue"],
    ["下单次数", undefined],
    // What a customer owes now: 当前应收 (a dealer ledger's), SAP Business One's Account Balance.
    ["当前应收（万元）", "balance"],
    ["目前应收款", "balance"],
    ["Account Balance", "balance"],
    // An AR summary's invoices of the period (应收款汇总表): the sales; its collections are none.
    ["本期应收", "revenue"],
    ["本期应收金额", "revenue"],
    ["本期收款", undefined],
    ["渠道", "managementMode"],
    // A headcount of reps is no rep (a dealer master's 业务员人数 named owners "8" and "15").
    ["业务员人数", undefined],
    ["Number of Sales Reps", undefined],
    ["销售代表数量", undefined],
    ["同期增长率", "growth"],
    ["Inside Sales Owner", "owner"],
    ["Sales Org.", undefined],
    ["Sales Territory", "region"],
    // Names of revenue and people in distributor ledgers and SAP exports.
    ["开票金额", "revenue"],
    ["出货金额（万元）", "revenue"],
    ["进货额", "revenue"],
    ["Net Sales", "revenue"],
    ["Sales LY", "priorRevenue"],
    ["KAM", "owner"],
    ["City", "region"],
    // What the words do mean still reads.
    ["逾期天数（天）", "overdue"],
    ["超期天数", "overdue"],
    ["信用评级", "credit"],
    ["Lifecycle Stage", "status"],
    ["客户阶段", "status"],
    ["生命周期阶段", "status"],
    ["销售大区", "region"],
    ["2025年回款额（万元）", "revenue"],
    ["年度提货额（万元）", "revenue"],
    ["对接人", "owner"],
    ["区域经理", "owner"],
    ["开户日期", "tenure"],
    ["建档日期", "tenure"],
    ["上次回访日期", "lastVisit"],
    ["Last Call Date", "lastVisit"],
    ["风险等级", "credit"],
    ["Risk Level", "credit"],
    ["战区", "region"],
    ["经销商级别", "managementMode"],
    ["经营模式", "salesMode"],
    ["业态", "salesMode"],
    ["客户关注点", "sensitivity"],
    ["我司份额", "marketShare"],
    // A CRM's account export (Salesforce's names).
    ["Billing State/Province", "region"],
    ["Ship-to State", "region"],
    // A company's own units as the accounts' region (each was left unread).
    ["所属分公司", "region"],
    ["营销中心", "region"],
    ["所属办事处", "region"],
    ["Last Activity", "lastVisit"],
    ["最近跟进日期", "lastVisit"],
    // A customer list from an ERP (用友, 金蝶): the credit term is no rating, the development date a start.
    ["信用期限", undefined],
    // Nor is a credit term written short, a date of the credit, a policy or a remark on it; nor any
    // remark (说明, 备注, 原因, Notes) on a field's word.
    ["信用期", undefined],
    ["信用期（天）", undefined],
    ["信用到期日", undefined],
    ["资信评估日期", undefined],
    ["Credit Review Date", undefined],
    ["信用政策", undefined],
    ["信用条件", undefined],
    ["信用备注", undefined],
    ["Credit Notes", undefined],
    ["逾期原因", undefined],
    ["合作年限说明", undefined],
    ["Owner Comments", undefined],
    ["信用评分", "credit"],
    ["客户信用", "credit"],
    // 金蝶's and 用友's customer reports: the most days owed, what is owed now, whether credit is
    // controlled (是 / 否, no rating); a CRM's open receivables.
    ["信用管理", undefined],
    ["Credit Control", undefined],
    ["最大欠款天数", "overdue"],
    ["当前欠款", "balance"],
    ["Open AR", "balance"],
    ["发展日期", "tenure"],
    ["全年出货额", "revenue"],
    // A distributor master list's level (一级 / 二级), and an export abroad's country.
    ["渠道层级", "managementMode"],
    ["经销层级", "managementMode"],
    ["Country", "region"],
    ["Country/Region", "region"],
    ["国家", "region"],
  ])("%p is read as %p", (header, field) => {
    const d = detectColumns([
      ["经销商名称", header],
      ["甲", "x"],
    ]);
    expect(d.matches.find((m) => m.column === 1)?.field).toBe(field);
    expect(d.overdueAmount !== undefined).toBe(
      /逾期|overdue/i.test(header) && /金额|账款|amount|balance/i.test(header),
    );
  });

  it("reads sales by year side by side as this year's and the prior year's, wherever they stand", () => {
    const d = detectColumns([
      ["客户名称", "2023年销售额（元）", "2024年销售额（元）", "2025年销售额（元）", "回款额（元）"],
      ["甲", 1, 2, 3, 4],
    ]);
    expect(d.mapping).toMatchObject({ name: 0, revenue: 3, priorRevenue: 2 });
    expect(d.duplicates.map((x) => [x.column, x.field])).toEqual([
      [1, "revenue"],
      [4, "revenue"],
    ]);
    expect(d.matches.find((m) => m.field === "revenue")?.header).toBe("2025年销售额（元）");
    // Fiscal years as SAP writes them, and a sold-to party as the name.
    expect(
      detectColumns([
        ["Sold-to Party", "FY24 Sales", "FY25 Sales"],
        ["x", 1, 2],
      ]).mapping,
    ).toEqual({ name: 0, priorRevenue: 1, revenue: 2 });
    // The prior year on the left, as most ledgers have it: no duplicate left behind.
    const two = detectColumns([
      ["客户名称", "2024年销售额", "2025年销售额"],
      ["甲", 1, 2],
    ]);
    expect(two.mapping).toEqual({ name: 0, priorRevenue: 1, revenue: 2 });
    expect(two.duplicates).toEqual([]);
    // A prior year named as such, or a revenue chosen by hand, stays.
    expect(
      detectColumns([
        ["客户名称", "2025年销售额", "去年销售额", "2024年销售额"],
        ["甲", 1, 2, 3],
      ]).mapping,
    ).toMatchObject({ revenue: 1, priorRevenue: 2 });
    expect(
      detectColumns(
        [
          ["客户名称", "2024年销售额", "2025年销售额"],
          ["甲", 1, 2],
        ],
        { mapping: { revenue: "2024年销售额" } },
      ).mapping,
    ).toEqual({ name: 0, revenue: 1 });
  });

  it("reads a report's sum of a field (Sum of Amount, 求和项:销售额) and a year to date with its year (2025 YTD Sell-In)", () => {
    expect(
      detectColumns([
        ["Account Name", "Account Owner", "Billing State/Province", "Sum of Amount"],
        ["Acme", "Ann", "CA", 120_000],
      ]).mapping,
    ).toEqual({ name: 0, owner: 1, region: 2, revenue: 3 });
    expect(
      detectColumns([
        ["客户名称", "求和项:销售额（万元）"],
        ["甲", 12],
      ]).mapping.revenue,
    ).toBe(1);
    expect(
      detectColumns([
        ["Distributor Name", "2025 YTD Sell-In (USD)", "2024 YTD Sell-In (USD)"],
        ["A", 2, 1],
      ]).mapping,
    ).toEqual({ name: 0, revenue: 1, priorRevenue: 2 });
  });

  it("takes no PivotTable's count or average of the sales for the sales (计数项:销售额, Average of Sales)", () => {
    // Each was the sales: 计数项:销售额 tiered the accounts by their number of lines, read as yuan.
    for (const caption of [
      "计数项:销售额",
      "平均值项:销售额（万元）",
      "最大值项:销售额",
      "Count of Sales",
      "Average of Sales (USD)",
      "StdDev of Sales",
      "计数 - 销售额",
      "Count - Sales",
    ])
      expect([
        caption,
        detectColumns([
          ["客户名称", caption],
          ["甲", 12],
        ]).mapping.revenue,
      ]).toEqual([caption, undefined]);
    // Beside the sum, the sum is the sales and the count no rival.
    const both = detectColumns([
      ["行标签", "求和项:销售额", "计数项:销售额"],
      ["甲", 120, 3],
    ]);
    expect(both.mapping.revenue).toBe(1);
    expect(both.duplicates).toEqual([]);
    // LibreOffice's sum (求和 - 销售额, Sum - Sales) is the sales, as Excel's is.
    expect(
      detectColumns([
        ["客户名称", "求和 - 销售额"],
        ["甲", 12],
      ]).mapping.revenue,
    ).toBe(1);
    expect(pivotSummaryOf("数值计数项:销售额")).toEqual({ summary: "count", field: "销售额" });
    expect(pivotSummaryOf("Average of Sales")).toEqual({ summary: "average", field: "Sales" });
    expect(pivotSummaryOf("Sum of Sales")).toBeUndefined();
  });

  it("reads years of two digits (25年销售额, 24年销售额) as years, not spans of them (近10年, 合作15年以上)", () => {
    // 24年销售额 was a rival of 25年销售额, left unread, and no account had a growth.
    expect(
      detectColumns([
        ["经销商名称", "25年销售额（万元）", "24年销售额（万元）"],
        ["甲", 2, 1],
      ]).mapping,
    ).toEqual({ name: 0, revenue: 1, priorRevenue: 2 });
    expect(
      detectColumns([
        ["经销商名称", "24年1-6月销售额", "25年1-6月销售额"],
        ["甲", 1, 2],
      ]).mapping,
    ).toEqual({ name: 0, priorRevenue: 1, revenue: 2 });
    expect([
      yearOf("25年销售额"),
      yearOf("24年末应收余额"),
      yearOf("近10年销售额"),
      yearOf("合作15年以上"),
      yearOf("10年期"),
      yearOf("1.25年"),
      yearOf("125年"),
    ]).toEqual([2025, 2024, undefined, undefined, undefined, undefined, undefined]);
  });

  it("reads an ERP's report of this period beside this year's running total: the year so far is the sales", () => {
    // 用友 / 金蝶: 本期发货金额 (a month), 本年累计发货金额, 上年同期累计发货金额. The month was taken, and
    // 发货金额 inside a longer header was no sales at all.
    const d = detectColumns([
      ["客户名称", "本期发货金额", "本年累计发货金额", "上年同期累计发货金额"],
      ["甲", 1, 10, 9],
    ]);
    expect(d.mapping).toEqual({ name: 0, revenue: 2, priorRevenue: 3 });
    expect(d.duplicates.map((x) => [x.column, x.field])).toEqual([[1, "revenue"]]);
    // This period's sales alone are the sales.
    expect(
      detectColumns([
        ["客户名称", "本期销售额", "上年同期销售额"],
        ["甲", 1, 2],
      ]).mapping,
    ).toEqual({ name: 0, revenue: 1, priorRevenue: 2 });
  });

  it("reads what was achieved of a target by its year (2025年完成 beside 2025年任务, 2024年完成)", () => {
    const d = detectColumns([
      ["经销商", "2025年任务（万元）", "2025年完成（万元）", "完成率", "2024年完成（万元）"],
      ["甲", 120, 100, 0.83, 90],
    ]);
    expect(d.mapping).toEqual({ name: 0, revenue: 2, priorRevenue: 4 });
  });

  it("reads sales named by last year's number beside sales named this year's by a word, as the run's year says", () => {
    const grid = [
      ["经销商名称", "本年累计（万元）", "2024年累计销售额（万元）"],
      ["甲", 2, 1],
    ];
    // Run in 2025: 2024 is last year (it was a rival of the sales, left unread).
    expect(detectColumns(grid, { asOfYear: 2025 }).mapping).toEqual({ name: 0, revenue: 1, priorRevenue: 2 });
    expect(detectColumns(grid, { asOfYear: 2025 }).duplicates).toEqual([]);
    // Run in 2024, or with no date: 2024 is no last year; the column stays a rival, said.
    expect(detectColumns(grid, { asOfYear: 2024 }).mapping).toEqual({ name: 0, revenue: 1 });
    expect(detectColumns(grid).mapping).toEqual({ name: 0, revenue: 1 });
    // English: YTD Sales beside 2024 Sales.
    expect(
      detectColumns(
        [
          ["Dealer", "YTD Sales", "2024 Sales"],
          ["A", 2, 1],
        ],
        { asOfYear: 2025 },
      ).mapping,
    ).toEqual({ name: 0, revenue: 1, priorRevenue: 2 });
    // Sales that say no year by a word (销售额) are not taken for this year's: the sheet may be last year's.
    expect(
      detectColumns(
        [
          ["经销商名称", "销售额", "2024年销售额"],
          ["甲", 2, 1],
        ],
        { asOfYear: 2025 },
      ).mapping.priorRevenue,
    ).toBeUndefined();
  });

  it("takes no title merged across the sheet for the header, however many cells it fills", () => {
    const title = "2025年华东区经销商台账";
    const d = detectColumns([
      Array.from({ length: 20 }, () => title),
      ["经销商名称", "年销售额", ...Array.from({ length: 18 }, (_, i) => `备注${i + 1}`)],
      ["甲", 100],
    ]);
    expect(d.headerRow).toBe(1);
    expect(d.mapping).toEqual({ name: 0, revenue: 1 });
    // A ledger's title is no name header either.
    expect(detectColumns([["经销商台账"], ["x"]]).mapping.name).toBeUndefined();
  });

  it("gives headerRow -1 when nothing looks like a header", () => {
    expect(
      detectColumns([
        [1, 2],
        [3, 4],
      ]).headerRow,
    ).toBe(-1);
    expect(detectColumns([]).headerRow).toBe(-1);
  });
});

describe("units", () => {
  it.each([
    ["年度销售额（万元）", 10_000],
    ["销售额(亿元)", 1e8],
    ["Revenue (RMB 10k)", 10_000],
    ["Sales (k)", 1000],
    ["Sales (元)", 1],
    ["销售额（千万元）", 1e7],
    ["Sales (RMB'000)", 1000],
    // Without parentheses, after a slash or a space.
    ["销售额/万元", 10_000],
    ["销售额 万元", 10_000],
    ["Sales '000", 1000],
    // Among words about the figure, and after a field name's underscore or a dash (read as yuan, they
    // were 10,000 times too small).
    ["销售额（含税，万元）", 10_000],
    ["销售额(万元,含税)", 10_000],
    ["销售额（不含税/万元）", 10_000],
    ["销售额_万元", 10_000],
    ["销售额-万元", 10_000],
    ["销售额（十万元）", 100_000],
    // 万 and its like in English words (ten thousand yuan was read as thousands, ten times too small).
    ["Sales (ten thousand yuan)", 10_000],
    ["Sales (RMB ten thousand)", 10_000],
    ["Sales (hundred million yuan)", 1e8],
    ["Sales (thousand yuan)", 1000],
    ["Net sales (k¥)", 1000],
    ["Revenue in thousands", 1000],
  ])("reads the unit of %p", (header, multiplier) => {
    expect(splitHeader(header).unit?.multiplier).toBe(multiplier);
  });
  it("keeps years and days, and words that are no unit, as the header's words", () => {
    expect(splitHeader("Relationship Years")).toEqual({
      text: "relationshipyears",
      unit: undefined,
      quantity: false,
    });
    // A currency with its multiplier, and yuan named in words around it.
    for (const [header, multiplier, currency] of [
      ["销售额（万美元）", 1e4, "USD"],
      ["Revenue (USD '000)", 1e3, "USD"],
      ["Revenue ($K)", 1e3, "USD"],
      ["Sales (US$ m)", 1e6, "USD"],
      ["Sales (€k)", 1e3, "EUR"],
      ["销售额（万港元）", 1e4, "HKD"],
      ["Sales (GBP)", 1, "GBP"],
      ["销售额（万元人民币）", 1e4, undefined],
      ["销售额（人民币万元）", 1e4, undefined],
      ["Sales (RMB'000)", 1e3, undefined],
      // A currency and its multiplier as two words, the multiplier in full or as finance writes it
      // (each was yuan, or no unit).
      ["Revenue (CNY, thousands)", 1e3, undefined],
      ["Sales ($, thousands)", 1e3, "USD"],
      ["Revenue (RMB million)", 1e6, undefined],
      ["Revenue (USD mm)", 1e6, "USD"],
      ["Sales (RMB 10,000)", 1e4, undefined],
      // The currency before its multiplier without parentheses: RMB named (it was said to be assumed).
      ["Revenue, RMB thousands", 1e3, undefined],
      ["Sales USD '000", 1e3, "USD"],
      // The multiplier before its currency without parentheses (the currency alone was the unit: 120
      // meaning ¥1.2 million was read as ¥120).
      ["Sales in 10K RMB", 1e4, undefined],
      ["Sales 10K RMB", 1e4, undefined],
      ["Sales thousand RMB", 1e3, undefined],
      ["Sales mn RMB", 1e6, undefined],
      ["Sales, 10k CNY", 1e4, undefined],
      ["Revenue k USD", 1e3, "USD"],
    ] as const) {
      expect([header, splitHeader(header).unit?.multiplier, splitHeader(header).unit?.currency]).toEqual([
        header,
        multiplier,
        currency,
      ]);
    }
    expect(splitHeader("Sales (Europe)").unit).toBeUndefined();
    expect(splitHeader("合作 年").unit).toBeUndefined();
    expect(splitHeader("Annual Sales").unit).toBeUndefined();
    expect(splitHeader("销售额/万元").text).toBe("销售额");
    expect(splitHeader("销售额_万元").text).toBe("销售额");
    expect(splitHeader("Revenue, RMB thousands")).toMatchObject({
      text: "revenue",
      unit: { label: "RMB thousands" },
    });
    expect(splitHeader("Revenue in thousands").text).toBe("revenue");
    expect(splitHeader("Sales in 10K RMB")).toMatchObject({ text: "sales", unit: { label: "10K RMB" } });
    expect(splitHeader("Revenue in RMB '000").text).toBe("revenue");
    // Two money units in one parenthesis name none for sure; words alone name none.
    expect(splitHeader("销售额（万元/千元）").unit).toBeUndefined();
    expect(splitHeader("拜访频率（次/月）").unit).toBeUndefined();
    expect(splitHeader("Sell-in").unit).toBeUndefined();
    expect(splitHeader("1-10月销售额").unit).toBeUndefined();
  });
  it("tells goods counted (吨, 箱, units) from money, and takes such a column for the sales only alone", () => {
    for (const h of [
      "年销量（吨）",
      "销量/吨",
      "销量 万箱",
      "Volume (cases)",
      "Sales (units)",
      "销售量（kg）",
    ])
      expect([h, splitHeader(h).quantity]).toEqual([h, true]);
    for (const h of ["年销量", "销售额（万元）", "合作年限（年）", "Sales (k)", "门店数"])
      expect([h, splitHeader(h).quantity]).toEqual([h, false]);
    // Beside the sales in money, the volume in tonnes used to be taken as the sales (the first of two).
    expect(detectColumns([["经销商", "年销量（吨）", "年销售额（万元）"]]).mapping).toEqual({
      name: 0,
      revenue: 2,
    });
    expect(detectColumns([["Distributor", "Sales (units)", "Sales (USD)"]]).mapping).toEqual({
      name: 0,
      revenue: 2,
    });
    // Alone, it is the sales, as ledgers of goods sold by the ton or the case mean it (年销量（吨） was no
    // sales column: every account became a prospect), with or without its unit.
    for (const h of [
      "年销量（吨）",
      "年销量",
      "销量(箱)",
      "提货量（万箱）",
      "出货量",
      "销售数量（件）",
      "Volume (cases)",
    ])
      expect([h, detectColumns([["经销商", h]]).mapping.revenue]).toEqual([h, 1]);
    expect(detectColumns([["经销商", "去年销量（吨）", "年销量（吨）"]]).mapping).toEqual({
      name: 0,
      priorRevenue: 1,
      revenue: 2,
    });
    // The goods and how many a figure counts.
    expect(splitHeader("提货量（万箱）").goods).toEqual({ word: "箱", multiplier: 10_000 });
    expect(splitHeader("销量/吨").goods).toEqual({ word: "吨", multiplier: 1 });
    expect(splitHeader("Volume (cases)").goods).toEqual({ word: "cases", multiplier: 1 });
    expect(splitHeader("销售额（万元）").goods).toBeUndefined();
    // A market's potential in goods is still no potential in money.
    expect(detectColumns([["经销商", "销售额", "市场容量（吨）"]]).mapping).toEqual({ name: 0, revenue: 1 });
  });
  it("takes the sales in money over the sales in goods or a bare amount, whichever stands first", () => {
    // 年销量 (cases, no unit written) stood left of 年销售额 and was taken: notes called 1,234 cases ¥1,234.
    const cases: [string[], Record<string, number>][] = [
      [["经销商名称", "年销量", "年销售额"], { name: 0, revenue: 2 }],
      [
        ["经销商名称", "年销量", "年销售额", "去年销量", "去年销售额"],
        { name: 0, revenue: 2, priorRevenue: 4 },
      ],
      [["客户名称", "销售数量", "销售金额"], { name: 0, revenue: 2 }],
      [["Customer", "Sales Qty", "Sales Value"], { name: 0, revenue: 2 }],
      [["客户名称", "金额", "销售额"], { name: 0, revenue: 2 }],
      [["Customer", "Amount", "Revenue"], { name: 0, revenue: 2 }],
      // A rank or a target of the sales is no amount sold.
      [["客户名称", "销售额排名", "销售额"], { name: 0, revenue: 2 }],
      [["客户名称", "业绩排名", "业绩目标", "业绩"], { name: 0, revenue: 3 }],
      [["Customer", "Sales Rank", "Sales"], { name: 0, revenue: 2 }],
      // A rank is a word, not any run of its letters: Frankfurt's sales are sales.
      [["Customer", "Frankfurt Sales"], { name: 0, revenue: 1 }],
    ];
    for (const [header, mapping] of cases) {
      const d = detectColumns([header]);
      expect([header, d.mapping]).toEqual([header, mapping]);
      // The weaker column is not said as a second sales column.
      expect([header, d.duplicates]).toEqual([header, []]);
    }
  });

  it("reads the sales under the names sales sheets give them: 业绩, 金额, Amount, GMV", () => {
    for (const h of [
      "业绩",
      "销售业绩",
      "年度业绩（万元）",
      "金额",
      "总金额",
      "Amount",
      "Total Amount",
      "GMV",
      "Sales Value",
    ])
      expect([h, detectColumns([["客户名称", h]]).mapping.revenue]).toEqual([h, 1]);
    // Other amounts stay what they are: receivables and overdue balances are no sales.
    expect(detectColumns([["客户名称", "应收金额", "逾期金额"]]).mapping.revenue).toBeUndefined();
  });

  it("takes last year's sales written after their words (Revenue LY) for last year's, whatever their place", () => {
    // Revenue LY first: it was read as this year's sales, and Revenue as a second such column.
    expect(detectColumns([["Account", "Revenue LY", "Revenue"]]).mapping).toEqual({
      name: 0,
      priorRevenue: 1,
      revenue: 2,
    });
  });
  it("reads a unit from a number format, but not from a scaling format", () => {
    expect(unitFromNumberFormat('#,##0.00"万元"')?.multiplier).toBe(10_000);
    expect(unitFromNumberFormat('#,##0,"K"')).toBeUndefined();
    expect(unitFromNumberFormat("0.00")).toBeUndefined();
  });

  it("tells how many times smaller a format shows its cells: scaling commas and a literal point", () => {
    const cases: [string, number | undefined][] = [
      ['0!.0,"万"', 10_000],
      ['0"."0000"万元"', 10_000],
      ["0\\.0000\\万", 10_000],
      ['#,##0,"K"', 1000],
      ['#,##0.00,,"百万"', 1_000_000],
      ['[$$-409]#,##0.0,,"M";[Red]-#,##0.0,,"M"', 1_000_000],
      ["#,##0", undefined],
      ["#,##0.00", undefined],
      ['#,##0.0"万元"', undefined],
      ["0.0%", undefined],
      ["yyyy-mm-dd", undefined],
      ["General", undefined],
      ['_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-', undefined],
    ];
    for (const [format, scale] of cases) expect([format, displayScaleOf(format)]).toEqual([format, scale]);
  });
});

describe("a mapping by column letter", () => {
  const sheet = [
    ["Händlerliste 2025"],
    ["Firma", "Umsatz", "Gebiet"],
    ["Händler 1", 1000, "Süd"],
    ["Händler 2", 900, "Nord"],
  ];

  it("names the sheet's column, counted from where the grid starts, and finds the header row by its texts", () => {
    const d = detectColumns(sheet, { mapping: { name: "a", revenue: "B" } });
    expect(d.headerRow).toBe(1);
    expect(d.mapping).toEqual({ name: 0, revenue: 1 });
    // The same grid read from column C of the sheet: C and D are its first two columns.
    expect(detectColumns(sheet, { mapping: { name: "C", revenue: "D" }, originColumn: 2 }).mapping).toEqual({
      name: 0,
      revenue: 1,
    });
    expect(detectColumns(sheet, { mapping: { name: "A" }, originColumn: 2 }).missing).toEqual([
      { field: "name", wanted: "A" },
    ]);
  });

  it("gives way to a header written as the same letters", () => {
    // Column C is headed "A": --map revenue=A means that header, not column A.
    const d = detectColumns(
      [
        ["Dealer", "Region", "A"],
        ["X", "East", 2],
      ],
      { mapping: { revenue: "A" } },
    );
    expect(d.mapping.revenue).toBe(2);
    expect(d.mapping.name).toBe(0);
  });

  it("refuses a second field on a column another mapping took", () => {
    const d = detectColumns(sheet, { mapping: { name: "A", region: "Firma" } });
    expect(d.mapping.name).toBe(0);
    expect(d.mapping.region).toBeUndefined();
    expect(d.conflicts).toEqual([{ field: "region", other: "name", column: 0 }]);
  });

  it("reads only real columns", () => {
    expect(["A", "ab", "xfd", "XFE", "A1", "", "ABCD", "名"].map(columnIndex)).toEqual([
      0,
      27,
      16_383,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

// Merged cells reach the engine as their master's value in every cell of the area (both doors read
// them so): a group merged across two columns shows as its text twice, a header merged down two rows
// as its text in both.
describe("two channel columns", () => {
  it("take the second for the sales mode where its cells name sales modes (Dealer Level, then Channel)", () => {
    const d = detectColumns([
      ["Distributor", "Dealer Level", "Channel", "Sell-in"],
      ["Alpha", "T1", "TT", 10],
      ["Beta", "T2", "MT", 5],
      ["Gamma", "T1", "E-commerce", 3],
    ]);
    expect(d.mapping).toMatchObject({ managementMode: 1, salesMode: 2, revenue: 3 });
    expect(d.duplicates).toEqual([]);
    // A second column of other texts stays a rival, said.
    const other = detectColumns([
      ["Distributor", "Dealer Level", "Channel", "Sell-in"],
      ["Alpha", "T1", "North", 10],
      ["Beta", "T2", "South", 5],
    ]);
    expect(other.mapping.salesMode).toBeUndefined();
    expect(other.duplicates.map((x) => x.header)).toEqual(["Channel"]);
  });
});

describe("a column sorted by kind, whatever its header", () => {
  const grid = (header: string, cells: string[]): Cell[][] => [
    ["经销商名称", "销售额", header],
    ...cells.map((c, i): Cell[] => [`经销商${i}`, 100 * i, c]),
  ];
  it("is the sales mode where its cells are sales modes (经营类型, 业态, Segment)", () => {
    const modes = ["批发", "零售", "电商", "工程", "零售", "批发"];
    for (const h of ["经营类型", "业态", "Segment", "备注"])
      expect([h, detectColumns(grid(h, modes)).mapping]).toEqual([h, { name: 0, revenue: 1, salesMode: 2 }]);
  });
  it("is the management mode where its cells are management modes", () => {
    const d = detectColumns(grid("合作方式", ["一级经销", "直营", "加盟", "一级经销", "总代理"]));
    expect(d.mapping).toEqual({ name: 0, revenue: 1, managementMode: 2 });
    expect(d.matches.find((m) => m.column === 2)?.confidence).toBe(0.8);
  });
  it("is the sensitivity where its cells are levers (关注因素, Key Concern)", () => {
    for (const [h, cells] of [
      ["关注因素", ["价格", "服务", "品牌", "返利", "价格", "质量"]],
      ["Key Concern", ["Price", "Service", "Brand", "Rebate", "Price"]],
    ] as const)
      expect([h, detectColumns(grid(h, [...cells])).mapping]).toEqual([
        h,
        { name: 0, revenue: 1, sensitivity: 2 },
      ]);
  });
  it("is the sales mode where the management mode's column names sales modes and no mode at all", () => {
    const channel = ["Retail", "E-commerce", "Wholesale", "Project", "Retail"];
    expect(detectColumns(grid("Channel", channel)).mapping).toEqual({ name: 0, revenue: 1, salesMode: 2 });
    // One level among them keeps it the (mixed) channel column it was.
    expect(detectColumns(grid("Channel", [...channel, "一级经销商"])).mapping).toEqual({
      name: 0,
      revenue: 1,
      managementMode: 2,
    });
  });
  it("is the management mode where the sales mode's column (经营模式) names management modes and no sales mode", () => {
    // 经营模式 is a sales mode's header (批发 / 零售); under it 总代理, 区域代理, 直营 were each an unknown sales
    // mode, and the coordination line was left out of the notes.
    const modes = ["总代理", "区域代理", "直营", "加盟", "一级代理", "区域代理"];
    const d = detectColumns(grid("经营模式", modes));
    expect(d.mapping).toEqual({ name: 0, revenue: 1, managementMode: 2 });
    expect(d.matches.find((m) => m.column === 2)?.confidence).toBe(0.8);
    // 分销商 is both kinds: it keeps the move.
    expect(detectColumns(grid("经营模式", [...modes, "分销商"])).mapping.managementMode).toBe(2);
    // One sales mode of its own among them keeps it the sales mode's, as the header says.
    expect(detectColumns(grid("经营模式", [...modes, "批发"])).mapping).toEqual({
      name: 0,
      revenue: 1,
      salesMode: 2,
    });
    // Its own: sales modes stay there.
    expect(detectColumns(grid("经营模式", ["批发", "零售", "批零兼营", "零售"])).mapping.salesMode).toBe(2);
  });
  it("is the management mode, giving the sales mode too, where its cells mix the two kinds", () => {
    // 客户分类 of an ERP's customer list: levels and outlets in one column, neither 80% of it; left
    // unread, the notes said nothing of the channel.
    const mixed = ["一级经销商", "二级经销商", "KA卖场", "电商", "直营门店", "一级经销商", "商超", "批发商"];
    expect(detectColumns(grid("客户分类", mixed)).mapping).toEqual({
      name: 0,
      revenue: 1,
      managementMode: 2,
    });
    const r = tierAccounts({
      grid: { values: grid("客户分类", mixed), origin: { row: 0, column: 0 } },
      messages: en,
      asOf: AS_OF,
    });
    expect(r.accounts.map((a) => [a.managementMode, a.salesMode])).toEqual([
      ["primary", "unknown"],
      ["secondary", "unknown"],
      ["unknown", "retail"],
      ["unknown", "ecommerce"],
      ["direct", "retail"],
      ["primary", "unknown"],
      ["unknown", "retail"],
      ["unknown", "wholesale"],
    ]);
    // Beside a sales-mode column it is not taken: the sales mode is that column's alone.
    const beside = grid("客户分类", mixed).map((row, i) => [...row, i === 0 ? "销售模式" : "零售"]);
    expect(detectColumns(beside).mapping).toEqual({ name: 0, revenue: 1, salesMode: 3 });
    // Grades, or a few texts of one kind among others, are no channel: grades under 客户分类 are the
    // sheet's own grading (they were no column).
    expect(detectColumns(grid("客户分类", ["A", "B", "C", "A", "B"])).mapping).toEqual({
      name: 0,
      revenue: 1,
      ownGrade: 2,
    });
    expect(
      detectColumns(grid("客户分类", ["一级经销商", "老客户", "电商", "重点培养", "新开发", "待定"])).mapping,
    ).toEqual({ name: 0, revenue: 1 });
  });
  it("is none for names, remarks and a few cells, and never overrides a column the header names", () => {
    const stores = ["万家零售店", "好邻居零售", "家乐零售", "华联零售", "物美零售", "永辉零售", "联华零售"];
    expect(detectColumns(grid("门店", stores)).mapping).toEqual({ name: 0, revenue: 1 });
    expect(detectColumns(grid("备注", ["零售", "", "电商"])).mapping).toEqual({ name: 0, revenue: 1 });
    expect(detectColumns(grid("备注", ["零售", "老客户", "电商", "重点培养", "零售"])).mapping).toEqual({
      name: 0,
      revenue: 1,
    });
    const both: Cell[][] = [
      ["经销商名称", "销售额", "销售模式", "经营类型"],
      ["甲", 1, "零售", "批发"],
      ["乙", 2, "零售", "批发"],
      ["丙", 3, "电商", "批发"],
    ];
    expect(detectColumns(both).mapping.salesMode).toBe(2);
    expect(
      detectColumns(grid("经营类型", ["批发", "零售", "电商"]), { mapping: { managementMode: "经营类型" } })
        .mapping,
    ).toEqual({ name: 0, revenue: 1, managementMode: 2 });
  });
});

describe("a two-level header", () => {
  const merged = [
    ["序号", "经销商名称", "销售额（万元）", "销售额（万元）", "所属区域", "资信", "资信"],
    ["序号", "经销商名称", "2024年", "2025年", "所属区域", "等级", "逾期天数"],
    [1, "甲", 100, 120, "华东", "A", 0],
  ];

  it("reads each column under a group by the group and its label, and the data below both rows", () => {
    const d = detectColumns(merged);
    expect(d.headerRow).toBe(0);
    expect(d.headerRows).toBe(2);
    expect(d.mapping).toEqual({ name: 1, priorRevenue: 2, revenue: 3, region: 4, credit: 5, overdue: 6 });
    expect(d.labels).toEqual([
      "序号",
      "经销商名称",
      "2024年销售额（万元）",
      "2025年销售额（万元）",
      "所属区域",
      "资信等级",
      // A label naming a field of its own is that field: the group only gathers the columns.
      "逾期天数",
    ]);
    expect(d.matches.find((m) => m.field === "revenue")?.unit?.multiplier).toBe(10_000);
    expect(d.duplicates).toEqual([]);
  });

  it("finds it from its second row too, with headers left blank instead of merged down, years typed as numbers", () => {
    const d = detectColumns([
      ["2025年经销商台账", "2025年经销商台账", "2025年经销商台账", "2025年经销商台账"],
      ["Dealer", "Sales (RMB 10k)", "Sales (RMB 10k)", "Credit"],
      [null, 2024, 2025, "Days Overdue"],
      ["Alpha", 100, 120, 30],
    ]);
    expect([d.headerRow, d.headerRows]).toEqual([1, 2]);
    expect(d.labels).toEqual(["Dealer", "2024 Sales (RMB 10k)", "2025 Sales (RMB 10k)", "Days Overdue"]);
    expect(d.mapping).toEqual({ name: 0, priorRevenue: 1, revenue: 2, overdue: 3 });
  });

  it("is the same header with its groups unmerged (text in each group's first cell only)", () => {
    // Unmerged to sort or filter, or centred across the selection: the merged header above, as it
    // reads without its merges. The 2025年 column was lost, and 2024年 taken for this year's sales.
    const unmerged = [
      ["序号", "经销商名称", "销售额（万元）", null, "所属区域", "资信", null],
      [null, null, "2024年", "2025年", null, "等级", "逾期天数"],
      [1, "甲", 100, 120, "华东", "A", 0],
    ];
    const d = detectColumns(unmerged);
    const m = detectColumns(merged);
    expect([d.headerRow, d.headerRows, d.labels, d.mapping]).toEqual([
      m.headerRow,
      m.headerRows,
      m.labels,
      m.mapping,
    ]);
    expect(d.mapping).toMatchObject({ priorRevenue: 2, revenue: 3 });
    // A blank beside a single header over data is no group.
    const single = detectColumns([
      ["经销商名称", "年销售额", null, "所属区域"],
      ["甲", "100万", "备注", "华东"],
      ["乙", "90万", "", "华南"],
    ]);
    expect([single.headerRow, single.headerRows]).toEqual([0, 1]);
  });

  it("joins a label that is no year after the group's words and before its unit", () => {
    const d = detectColumns([
      ["Dealer", "Sales (RMB 10k)", "Sales (RMB 10k)", "Region"],
      ["Dealer", "Target", "Actual", "Region"],
      ["Alpha", 100, 120, "East"],
    ]);
    expect(d.labels).toEqual(["Dealer", "Sales Target (RMB 10k)", "Sales Actual (RMB 10k)", "Region"]);
    const yearly = detectColumns([
      ["经销商名称", "年度销售额", "年度销售额", "年销售额", "年销售额"],
      ["经销商名称", "2024年", "2025年", "2023年", "2022年"],
      ["甲", 100, 120, 90, 80],
    ]);
    expect(yearly.labels.slice(1)).toEqual([
      "2024年度销售额",
      "2025年度销售额",
      "2023年销售额",
      "2022年销售额",
    ]);
    // A target is no amount sold.
    expect(d.mapping).toEqual({ name: 0, revenue: 2, region: 3 });
  });

  it("is not a title merged across the sheet, nor a first data row under a header with a merged cell", () => {
    const titled = detectColumns([
      ["2025年经销商台账", "2025年经销商台账", "2025年经销商台账", "单位：万元"],
      ["经销商名称", "年销售额", "去年销售额", "所属区域"],
      ["甲", 100, 90, "华东"],
    ]);
    expect([titled.headerRow, titled.headerRows]).toEqual([1, 1]);
    expect(titled.labels).toEqual(["经销商名称", "年销售额", "去年销售额", "所属区域"]);
    const contact = detectColumns([
      ["经销商名称", "联系方式", "联系方式", "年销售额"],
      ["甲", "13800000000", "jia@example.com", 100],
      ["乙", "13900000000", "yi@example.com", 90],
    ]);
    expect([contact.headerRow, contact.headerRows]).toEqual([0, 1]);
    expect(contact.mapping).toMatchObject({ name: 0, revenue: 3 });
    // A row of data under a group holds numbers other than years.
    const figures = detectColumns([
      ["经销商名称", "销售额（万元）", "销售额（万元）"],
      [null, 100, 120],
    ]);
    expect(figures.headerRows).toBe(1);
  });

  it("takes a label that names a field by itself as that field, a year over columns as their year", () => {
    const d = detectColumns([
      ["基本信息", "基本信息", "2024年", "2024年", "2025年", "2025年", "销售额（万元）"],
      ["经销商名称", "所属区域", "销售额", "回款额", "销售额", "回款额", "去年销售额"],
      ["甲", "华东", 100, 90, 120, 110, 95],
    ]);
    expect(d.headerRows).toBe(2);
    expect(d.labels).toEqual([
      "经销商名称",
      "所属区域",
      "2024年销售额",
      "2024年回款额",
      "2025年销售额",
      "2025年回款额",
      // A header of one column over a label of its own: the label, with the header's unit.
      "去年销售额（万元）",
    ]);
    // The latest year's sales are the revenue; a column that says prior year is the prior year.
    expect(d.mapping).toMatchObject({ name: 0, region: 1, revenue: 4, priorRevenue: 6 });
    // A label without a unit takes its group's.
    const unit = detectColumns([
      ["经销商名称", "金额（万元）", "金额（万元）"],
      ["经销商名称", "回款额", "去年回款额"],
      ["甲", 100, 90],
    ]);
    expect(unit.labels).toEqual(["经销商名称", "回款额（万元）", "去年回款额（万元）"]);
    expect(unit.matches.find((m) => m.field === "revenue")?.unit?.multiplier).toBe(10_000);
  });

  it("reads an ERP report's periods over its measures as one-row headers, merged or not", () => {
    // 用友's and 金蝶's 销售统计表: 本期 and 上年同期 (or 本年累计 and 上年累计) over 数量 and 金额. 金额
    // under 上年同期 was this year's sales (a field's word alone), last year's taken from 上年同期数量,
    // and growth not worked out (quantities against money).
    const report = (now: string, before: string, qty: string, money: string, gap = false) => [
      ["客户编码", "客户名称", now, gap ? null : now, before, gap ? null : before],
      [gap ? null : "客户编码", gap ? null : "客户名称", qty, money, qty, money],
      ["C01", "甲商贸", 120, 560_000, 100, 480_000],
      ["C02", "乙商贸", 80, 310_000, 90, 350_000],
    ];
    for (const gap of [false, true]) {
      const d = detectColumns(report("本期", "上年同期", "数量", "金额", gap));
      expect([d.headerRow, d.headerRows]).toEqual([0, 2]);
      expect(d.labels.slice(2)).toEqual(["本期数量", "本期金额", "上年同期数量", "上年同期金额"]);
      expect(d.mapping).toEqual({ code: 0, name: 1, revenue: 3, priorRevenue: 5 });
      expect(d.duplicates).toEqual([]);
      expect(detectColumns(report("本年累计", "上年累计", "数量", "金额", gap)).mapping).toEqual({
        code: 0,
        name: 1,
        revenue: 3,
        priorRevenue: 5,
      });
      expect(detectColumns(report("本期", "去年同期", "数量", "销售额", gap)).labels[5]).toBe(
        "去年同期销售额",
      );
      for (const [now, before, money] of [
        ["Current Year", "Prior Year", "Revenue"],
        ["This Year", "Last Year", "Amount"],
        ["Current Period", "Same Period Last Year", "Sales"],
        ["CY", "PY", "Revenue"],
      ]) {
        const e = detectColumns(report(now as string, before as string, "Qty", money as string, gap));
        expect([e.labels[3], e.labels[5], e.mapping]).toEqual([
          `${now} ${money}`,
          `${before} ${money}`,
          { code: 0, name: 1, revenue: 3, priorRevenue: 5 },
        ]);
      }
    }
    // Written in one row, the same: this year's running total by its amount, a month's amount a month's.
    expect(
      detectColumns([
        ["客户名称", "本年累计金额", "上年累计金额"],
        ["甲", 1, 2],
      ]).mapping,
    ).toEqual({
      name: 0,
      revenue: 1,
      priorRevenue: 2,
    });
    expect(
      detectColumns([
        ["Customer", "This Year Amount", "Last Year Amount"],
        ["A", 1, 2],
      ]).mapping,
    ).toEqual({
      name: 0,
      revenue: 1,
      priorRevenue: 2,
    });
    const monthly = tierAccounts({
      grid: {
        values: [
          ["客户名称", "本月金额"],
          ["甲商贸", 50_000],
          ["乙商贸", 20_000],
        ],
        origin: { row: 0, column: 0 },
      },
      messages: en,
      asOf: AS_OF,
    });
    expect(monthly.header.mapping).toEqual({ name: 0, revenue: 1 });
    expect(monthly.summary.salesPeriod).toMatchObject({ months: 1 });
  });

  it("reads a change over the measures as each measure's change, never the measure itself nor a quantity as a rate", () => {
    // 用友's 销售统计表 with its comparison: 本期, 上年同期累计 and 同比增减 over 数量 and 金额. 金额 under
    // 上年同期累计 and under 同比增减 was a bare amount (the group dropped), and 同比增减数量 the growth:
    // 30,000 more cases read as +30,000% ("增至上年的301倍").
    const groups = ["本期", "上年同期累计", "同比增减"];
    const d = detectColumns([
      ["客户名称", ...groups.flatMap((g) => [g, g])],
      ["客户名称", ...groups.flatMap(() => ["数量", "金额"])],
      ["甲商贸", 120, 560_000, 100, 480_000, 20, 80_000],
    ]);
    expect(d.labels).toEqual([
      "客户名称",
      "本期数量",
      "本期金额",
      "上年同期累计数量",
      "上年同期累计金额",
      "同比增减数量",
      "同比增减金额",
    ]);
    expect(d.mapping).toEqual({ name: 0, revenue: 2, priorRevenue: 4, growth: 6 });
    // In one row too: a change in goods is no growth; a rate of it is.
    for (const h of ["同比增减数量", "YoY Change Qty", "销量增减数量"])
      expect(
        detectColumns([
          ["客户名称", "销售额", h],
          ["甲", 1, 2],
        ]).mapping.growth,
      ).toBeUndefined();
    for (const h of ["销量增长率", "同比增减金额", "YoY Change %"])
      expect(
        detectColumns([
          ["客户名称", "销售额", h],
          ["甲", 1, 2],
        ]).mapping.growth,
      ).toBe(2);
  });

  it("lets a mapping name a column by its own label under the group", () => {
    const d = detectColumns(merged, { mapping: { revenue: "2024年" } });
    expect(d.mapping.revenue).toBe(2);
    expect(d.matches.find((m) => m.field === "revenue")?.how).toBe("explicit");
  });
});

describe("a money unit noted above the header", () => {
  it.each([
    ["单位：万元", 10_000],
    ["金额单位：万元", 10_000],
    ["（单位：元）", 1],
    ["单位:千元", 1_000],
    ["Unit: RMB'000", 1_000],
    ["Amounts in RMB 10k", 10_000],
  ])("reads %s", (note, multiplier) => {
    const d = detectColumns([["2025年经销商销售情况"], [note], ["经销商名称", "销售额"], ["甲", 338]]);
    expect(d.unitNote).toEqual({ unit: expect.objectContaining({ multiplier }), row: 1, text: note });
  });

  it("reads it from the title it shares a cell with, and not from words that only look like one", () => {
    const d = detectColumns([["2025年经销商销售情况（单位：万元）"], ["经销商名称", "销售额"], ["甲", 338]]);
    expect(d.unitNote?.unit.multiplier).toBe(10_000);
    expect(d.unitNote?.text).toBe("（单位：万元）");
    // In a cell of its own at the header row's end; a column's own unit is no note for the sheet.
    const inHeader = detectColumns([
      ["经销商名称", "销售额", "去年销售额", "单位：万元"],
      ["甲", 338, 300],
    ]);
    expect(inHeader.unitNote).toEqual({
      unit: expect.objectContaining({ multiplier: 10_000 }),
      row: 0,
      text: "单位：万元",
    });
    expect(
      detectColumns([
        ["经销商名称", "销售额（单位：万元）", "去年销售额"],
        ["甲", 338, 300],
      ]).unitNote,
    ).toBeUndefined();
    for (const title of ["单位：渠道部", "制表单位：华东区", "In progress", "单位：%"])
      expect(detectColumns([[title], ["经销商名称", "销售额"], ["甲", 338]]).unitNote).toBeUndefined();
  });

  it.each([
    // A currency noted above the header (the amounts were read as yuan: "Sales ¥100K", "10万元").
    [["币种：美元"], { multiplier: 1, currency: "USD" }],
    [["Currency: USD"], { multiplier: 1, currency: "USD" }],
    [["货币：港币"], { multiplier: 1, currency: "HKD" }],
    [["币别：人民币"], { multiplier: 1, currency: "CNY" }],
    // With a unit beside it, in its cell or another: the unit's multiplier in that currency.
    [["币种：美元    单位：千元"], { multiplier: 1_000, currency: "USD" }],
    [["单位：万元", "币种：欧元"], { multiplier: 10_000, currency: "EUR" }],
  ])("reads a currency noted as %j", (notes, unit) => {
    const d = detectColumns([["经销商销售统计"], notes, ["经销商名称", "销售额"], ["甲", 338]]);
    expect(d.unitNote?.unit).toMatchObject(unit);
  });

  it("reads no currency from a note that names none", () => {
    for (const note of ["币种：多币种", "Currency: see column F", "币种"])
      expect(detectColumns([[note], ["经销商名称", "销售额"], ["甲", 338]]).unitNote).toBeUndefined();
  });
});

describe("names as ledgers head them", () => {
  it.each([
    "客户简称",
    "客户全称",
    "经销商全称",
    "门店名称",
    "终端名称",
    "网点名称",
    "Outlet Name",
    "Retailer",
  ])("%p is the name column", (header) => {
    const d = detectColumns([
      [header, "销售额"],
      ["甲", 1],
    ]);
    expect(d.mapping).toEqual({ name: 0, revenue: 1 });
    expect(d.matches[0]?.how).toBe("exact");
  });
});

describe("CRM exports as they head their columns", () => {
  it.each([
    [
      // 纷享销客: won deals this year, the address split in 省, 市, 区.
      ["客户名称", "负责人", "最后跟进时间", "省", "市", "本年成交金额"],
      { name: 0, owner: 1, lastVisit: 2, region: 3, revenue: 5 },
    ],
    [
      // 销售易: the record's 所有人, its latest activity, this year's deals.
      ["客户名称", "所有人", "省份", "城市", "最新活动记录时间", "今年成交金额"],
      { name: 0, owner: 1, region: 2, lastVisit: 4, revenue: 5 },
    ],
    [
      // Dynamics 365: Address 1's city and state.
      ["Account Name", "Address 1: City", "Address 1: State/Province", "Owner", "Annual Revenue"],
      { name: 0, region: 1, owner: 3, revenue: 4 },
    ],
    [
      // SAP Business One: the business partner and its sales employee (the employee was a second sales).
      ["BP Code", "BP Name", "Sales Employee", "Territory", "Net Sales"],
      { code: 0, name: 1, owner: 2, region: 3, revenue: 4 },
    ],
    [
      // The account's share of its region: 区域占比 was read as a second region column.
      ["经销商名称", "区域", "年销售额（万元）", "区域占比"],
      { name: 0, region: 1, revenue: 2, marketShare: 3 },
    ],
    [
      // Beside a 币种 column, the sales converted to one currency: 销售额 (each order's own) stopped the run.
      ["客户名称", "币种", "销售额", "销售额（人民币）"],
      { name: 0, currency: 1, revenue: 3 },
    ],
    [["Customer", "Currency", "Amount", "Amount (Base Currency)"], { name: 0, currency: 1, revenue: 3 }],
    [
      // 管家婆: the counterparty (往来单位) and the handler of the sale (经手人); neither was read.
      ["往来单位编号", "往来单位名称", "地区", "经手人", "净销售额"],
      { code: 0, name: 1, region: 2, owner: 3, revenue: 4 },
    ],
    [["单位全名", "销售净额"], { name: 0, revenue: 1 }],
    [["客户名称", "销售净收入（万元）"], { name: 0, revenue: 1 }],
    [["客户名称", "目标", "实际销售金额", "完成率"], { name: 0, revenue: 2 }],
    [
      // A small ledger's full name of the unit (单位全名: no name column was found).
      ["单位全名", "所属地区", "业务员", "本期销售"],
      { name: 0, region: 1, owner: 2, revenue: 3 },
    ],
    [
      // The rep who visits (拜访人) beside the last visit: 拜访人 was read as the visit's date.
      ["终端名称", "所属区域", "拜访人", "最近拜访", "月进货额"],
      { name: 0, region: 1, owner: 2, lastVisit: 3, revenue: 4 },
    ],
    [
      // Odoo: the sales without tax.
      ["Customer", "Salesperson", "Untaxed Amount"],
      { name: 0, owner: 1, revenue: 2 },
    ],
    [
      // 金蝶's sales invoices: the buyer (no name column was found).
      ["购货单位", "业务员", "销售金额"],
      { name: 0, owner: 1, revenue: 2 },
    ],
    [
      // An e-invoice list summed by buyer: the buyer's name beside its tax number, 开票收入 the sales
      // (the sheet had no name column, nor any sales).
      ["购买方名称", "购买方纳税人识别号", "开票收入"],
      { name: 0, revenue: 2 },
    ],
    [
      // Business Central's customer sales: the customer billed (no name column was found).
      ["Bill-to Customer No.", "Bill-to Name", "Salesperson Code", "Sales (LCY)"],
      { name: 1, owner: 2, revenue: 3 },
    ],
    [
      // Headers set in brackets whole to stand out, as some templates do (each was no column): their
      // words; a unit in brackets stays a unit.
      ["【客户名称】", "【年销售额（万元）】", "[Owner]"],
      { name: 0, revenue: 1, owner: 2 },
    ],
    [
      // A planner's words: what each dealer took from us this year and last (拿货金额 was no column).
      ["经销商", "今年拿货金额", "去年拿货金额"],
      { name: 0, revenue: 1, priorRevenue: 2 },
    ],
    [
      // A partner programme's list (Partner Center, a PRM's export): the partner is the account, its
      // manager the owner (no name column was found, nor an owner).
      ["Partner ID", "Partner Account", "Partner Type", "Partner Manager", "Revenue"],
      { code: 0, name: 1, managementMode: 2, owner: 3, revenue: 4 },
    ],
    [["Channel Partner", "PAM", "Revenue"], { name: 0, owner: 1, revenue: 2 }],
    [
      ["合作伙伴编号", "合作伙伴名称", "合作伙伴类型", "商务经理", "年销售额"],
      { code: 0, name: 1, managementMode: 2, owner: 3, revenue: 4 },
    ],
    [
      // The one answerable for the account (责任人, 责任销售: no owner was found).
      ["渠道伙伴", "责任人", "年销售额"],
      { name: 0, owner: 1, revenue: 2 },
    ],
    [["经销商名称", "责任销售", "年销售额"], { name: 0, owner: 1, revenue: 2 }],
    // The sales averaged by a word of their own (月均提货 was no column, though 月均提货额 was read).
    [["经销商名称", "月均提货（万元）"], { name: 0, revenue: 1 }],
    [["经销商名称", "月均出货"], { name: 0, revenue: 1 }],
    [["经销商", "月均拿货"], { name: 0, revenue: 1 }],
    [["经销商", "2025年拿货"], { name: 0, revenue: 1 }],
    [["Customer", "Avg. Monthly Shipments"], { name: 0, revenue: 1 }],
    [["Customer", "Monthly Avg Sell-in"], { name: 0, revenue: 1 }],
    // Days past the term and the debt's age (each was no column, and a long arrears hid behind an A).
    [["客户名称", "销售额", "超账期天数"], { name: 0, revenue: 1, overdue: 2 }],
    [["客户名称", "销售额", "超信用期天数"], { name: 0, revenue: 1, overdue: 2 }],
    [["客户名称", "销售额", "欠款账龄"], { name: 0, revenue: 1, overdue: 2 }],
    [["Customer", "Sales", "Days Beyond Terms"], { name: 0, revenue: 1, overdue: 2 }],
    [["Customer", "Sales", "DBT"], { name: 0, revenue: 1, overdue: 2 }],
    [["Customer", "Sales", "Avg Days Late"], { name: 0, revenue: 1, overdue: 2 }],
    // The last visit or call as CRMs and ledgers head it (each was no column: every review from the run).
    [["Company name", "Revenue", "Last Engagement Date"], { name: 0, revenue: 1, lastVisit: 2 }],
    [["Customer", "Sales", "Last Touch"], { name: 0, revenue: 1, lastVisit: 2 }],
    [["经销商名称", "年销售额", "上次走访"], { name: 0, revenue: 1, lastVisit: 2 }],
    [["经销商名称", "年销售额", "最近沟通时间"], { name: 0, revenue: 1, lastVisit: 2 }],
    [["经销商名称", "年销售额", "最后跟进"], { name: 0, revenue: 1, lastVisit: 2 }],
    // When the relationship began, as contracts and CRMs date it (each was no column).
    [["Company name", "Became a Customer Date", "Total Revenue"], { name: 0, tenure: 1, revenue: 2 }],
    [["Customer", "Years Active", "Sales"], { name: 0, tenure: 1, revenue: 2 }],
    [["经销商名称", "合同开始日期", "年销售额"], { name: 0, tenure: 1, revenue: 2 }],
    [["经销商名称", "代理开始时间", "年销售额"], { name: 0, tenure: 1, revenue: 2 }],
    [["经销商名称", "建档时间", "年销售额"], { name: 0, tenure: 1, revenue: 2 }],
    // The first deal, the agency's and the authorisation's start, the years in other words (each was no
    // column); Dealer Since left of Dealer was taken for the name (right of it, for the code).
    // The trailing twelve months and the twelve before them (P12M was a rival of L12M, Prior TTM and
    // PTTM no column: no growth reckoned).
    [["Customer", "L12M Revenue", "P12M Revenue"], { name: 0, revenue: 1, priorRevenue: 2 }],
    [["Customer", "TTM Revenue", "Prior TTM"], { name: 0, revenue: 1, priorRevenue: 2 }],
    [["Customer", "TTM", "PTTM"], { name: 0, revenue: 1, priorRevenue: 2 }],
    [["Customer", "R12M", "P12M"], { name: 0, revenue: 1, priorRevenue: 2 }],
    // A grade of how the account pays is its credit (回款评级 was a rival of the sales, the grade unread).
    [["经销商名称", "年销售额", "回款评级"], { name: 0, revenue: 1, credit: 2 }],
    [["经销商名称", "付款等级", "年销售额"], { name: 0, credit: 1, revenue: 2 }],
    [["Customer", "Sales", "Payment Rating"], { name: 0, revenue: 1, credit: 2 }],
    // A regional or territory sales manager is the owner where no rep is, and gives way to the rep.
    [["Customer", "RSM", "Revenue"], { name: 0, owner: 1, revenue: 2 }],
    [["Customer", "RSM", "Sales Rep", "Revenue"], { name: 0, owner: 2, revenue: 3 }],
    [["Customer", "TSM", "Account Manager", "Revenue"], { name: 0, owner: 2, revenue: 3 }],
    [["经销商名称", "首次成交日期", "年销售额"], { name: 0, tenure: 1, revenue: 2 }],
    [["经销商名称", "代理起始日", "年销售额"], { name: 0, tenure: 1, revenue: 2 }],
    [["经销商名称", "授权日期", "年销售额"], { name: 0, tenure: 1, revenue: 2 }],
    [["经销商名称", "合作几年", "年销售额"], { name: 0, tenure: 1, revenue: 2 }],
    [["经销商名称", "建立合作日期", "年销售额"], { name: 0, tenure: 1, revenue: 2 }],
    [["Dealer Since", "Dealer", "Sales"], { tenure: 0, name: 1, revenue: 2 }],
    [["Dealer", "Sales", "Dealer Since"], { name: 0, revenue: 1, tenure: 2 }],
    [["Customer", "Member Since", "Sales"], { name: 0, tenure: 1, revenue: 2 }],
    [["Customer", "Date Joined", "Sales"], { name: 0, tenure: 1, revenue: 2 }],
    [["Customer", "Partnership Years", "Sales"], { name: 0, tenure: 1, revenue: 2 }],
    // The province, the sales area and a branch as ledgers head them (each was no column).
    [["经销商名称", "所在省", "年销售额"], { name: 0, region: 1, revenue: 2 }],
    [["经销商名称", "销售片区", "年销售额"], { name: 0, region: 1, revenue: 2 }],
    [["Customer", "Branch", "Sales"], { name: 0, region: 1, revenue: 2 }],
    // Whom a prospect buys from now, and the other brands a dealer carries (each was no column).
    [["Company", "Current Supplier", "Revenue"], { name: 0, competitor: 1, revenue: 2 }],
    [["Dealer", "Competing Brand", "Sales"], { name: 0, competitor: 1, revenue: 2 }],
    [["经销商名称", "现有供应商", "年销售额"], { name: 0, competitor: 1, revenue: 2 }],
    [["经销商名称", "同时代理品牌", "年销售额"], { name: 0, competitor: 1, revenue: 2 }],
  ])("%j", (header, mapping) => {
    expect(detectColumns([header]).mapping).toEqual(mapping);
  });
});

describe("growth as reports head it", () => {
  it("is a change in percent or against last year, not a change alone nor a variance", () => {
    const growthOf = (h: string) =>
      detectColumns([
        ["客户名称", "销售额", h],
        ["甲", 120, 0.2],
      ]).mapping.growth;
    for (const h of [
      "% Change",
      "Change %",
      "Chg %",
      "% Chg",
      "% vs LY",
      "vs LY %",
      "Δ%",
      "Change vs Prior Year",
      "较上年增长",
      "比上年增减%",
      "增减幅度",
      "增减（%）",
    ])
      expect([h, growthOf(h)]).toEqual([h, 2]);
    // A change alone may be money or a tier's (our own Change column); a variance is often to a target;
    // 环比 is against the month before.
    for (const h of ["Change", "Var %", "Variance", "环比", "vs PY"])
      expect([h, growthOf(h)]).toEqual([h, undefined]);
  });
  it("is a change against last year without its unit (vs PY, vs LY, 较上年), a rate or an amount by its cells", () => {
    const detect = (h: string, cells: Cell[], formats?: (string | undefined)[]) =>
      detectColumns(
        [["Customer", "Sales", h], ...cells.map((c, i): Cell[] => [`C${i}`, 100_000 - i, c])],
        formats ? { columnFormats: formats } : {},
      );
    const growthOf = (h: string, cells: Cell[], formats?: (string | undefined)[]) =>
      detect(h, cells, formats).mapping.growth;
    // Each was no column, and no account had a growth.
    expect(growthOf("vs PY", [0.12, -0.05, 0.3, 0, 0.081])).toBe(2);
    expect(growthOf("vs LY", ["12%", "-5%", "30%", "0%", "8.1%"])).toBe(2);
    expect(growthOf("较上年", ["12%", "-5%", "30%"])).toBe(2);
    expect(growthOf("比上年", [1, 0, -1], [undefined, undefined, "0%"])).toBe(2);
    expect(growthOf("Var % vs PY", [12.5, -3, 40])).toBe(2);
    expect(detect("Var % vs PY", [12.5, -3, 40]).growthInMoney).toBeUndefined();
    // Amounts (vs PY 12,400, Var vs PY $5,000, Δ vs LY in a currency format) too, as money: each was unread.
    for (const [h, cells, formats] of [
      ["vs PY", [12400, -3000, 5000, 0, 800], undefined],
      ["Var vs PY", ["$5,000", "-$2,000", "$12,000"], undefined],
      ["Δ vs LY", [50, -20, 12], [undefined, undefined, '"$"#,##0']],
      ["Diff vs PY", [1200, -300, 450], undefined],
    ] as const) {
      const d = detect(h, [...cells], formats && [...formats]);
      expect([h, d.mapping.growth, d.growthInMoney]).toEqual([h, 2, true]);
    }
    // Whole numbers below a hundred unformatted (points or money?), or too few figures to tell stay unread.
    expect(growthOf("vs PY", [12, -15, 30, 0, 18])).toBeUndefined();
    expect(growthOf("vs PY", [0.12, 0.3])).toBeUndefined();
    // Zeros alone say nothing of a rate or an amount.
    expect(growthOf("vs PY", [0, 0, 0, 0])).toBeUndefined();
  });
});

describe("sales by month or quarter", () => {
  it("take the year's column beside them as the revenue, and say nothing of the parts", () => {
    const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月销售额`);
    const d = detectColumns([
      ["经销商名称", ...months, "销售额合计"],
      ["甲", ...months.map(() => 1), 12],
    ]);
    expect(d.mapping).toEqual({ name: 0, revenue: 13 });
    expect(d.duplicates).toEqual([]);
    const quarters = detectColumns([
      ["经销商名称", "Q1销售额", "Q2销售额", "Q3销售额", "Q4销售额", "年度销售额", "上年销售额"],
      ["甲", 1, 2, 3, 4, 10, 8],
    ]);
    expect(quarters.mapping).toEqual({ name: 0, revenue: 5, priorRevenue: 6 });
    // Under a group: 2025年销售额（万元） over 1月 … 12月 and 合计.
    const group = "2025年销售额（万元）";
    const grouped = detectColumns([
      ["经销商名称", ...months.map(() => group), group],
      ["经销商名称", ...months.map((_, i) => `${i + 1}月`), "合计"],
      ["甲", ...months.map(() => 1), 12],
    ]);
    expect(grouped.mapping).toEqual({ name: 0, revenue: 13 });
    expect(grouped.labels[13]).toBe("2025年销售额合计（万元）");
  });

  it("take the year to date over this month's (本月, MTD)", () => {
    for (const month of ["本月销售额", "当月销售额", "Sales MTD", "Sales this month"])
      expect(
        detectColumns([
          ["客户名称", month, "本年累计销售额"],
          ["甲", 1, 20],
        ]).mapping.revenue,
      ).toBe(2);
  });

  it("leave this year's sales so far as the revenue beside last year's total, however the span is written", () => {
    // A lone half or the first quarters beside a year's column is no breakdown of it (the year's column,
    // last year's, was taken for this period's sales).
    for (const [current, prior, mapping] of [
      ["前三季度销售额（万元）", "2024年销售额（万元）", { name: 0, revenue: 1 }],
      ["截至10月销售额", "2024年销售额", { name: 0, revenue: 1 }],
      ["2025年上半年销售额", "2024年销售额", { name: 0, revenue: 1, priorRevenue: 2 }],
      ["上半年销售额（万元）", "去年销售额（万元）", { name: 0, revenue: 1, priorRevenue: 2 }],
    ] as const)
      expect([
        current,
        detectColumns([
          ["客户", current, prior],
          ["甲", 100, 90],
        ]).mapping,
      ]).toEqual([current, mapping]);
  });

  it("read a word of the sales by its year after a part of the year (2025年1-10月提货) as the sales", () => {
    // A distributor ledger of an FMCG maker: this year's pick-up to October went unread, and last year's
    // 2024年提货额 was taken for this year's sales.
    const ledger = detectColumns(
      [
        [
          "序号",
          "大区",
          "经销商名称",
          "2024年提货额（万元）",
          "2025年任务（万元）",
          "2025年1-10月提货（万元）",
          "完成率",
          "账龄",
          "客户经理",
          "备注",
        ],
        [1, "华东", "甲", 120, 150, 110, 0.73, 30, "张三", ""],
      ],
      { asOfYear: 2025 },
    );
    expect(ledger.mapping).toEqual({
      region: 1,
      name: 2,
      priorRevenue: 3,
      revenue: 5,
      overdue: 7,
      owner: 8,
    });
    for (const header of [
      "1-10月提货（万元）",
      "2025年1~10月发货",
      "今年1-10月提货",
      "前三季度销售",
      "截至10月提货",
      "上半年出货",
      "2025年1至10月开票",
      "Shipments Jan-Oct",
      "2025 Jan-Oct Shipments",
      "Sell-in Q1-Q3",
    ])
      expect([header, detectColumns([["经销商名称", header]]).mapping.revenue]).toEqual([header, 1]);
    // A part of the year alone, or with a word that is not the sales, is none.
    for (const header of [
      "1-10月",
      "2025年1-10月",
      "1-10月任务",
      "上半年完成率",
      "Jan-Oct",
      "Shipments LY Jan-Oct",
    ])
      expect([header, detectColumns([["经销商名称", header]]).mapping.revenue]).toEqual([header, undefined]);
    // Last year's of the same part (it was no column, and no growth was reckoned), and last year's whole
    // with 全年 after its year (2024年全年销售 was none).
    for (const [current, prior] of [
      ["Shipments Jan-Oct", "Shipments LY Jan-Oct"],
      ["Shipments Jan-Oct", "Shipments Jan-Oct PY"],
      ["Sell-in Q1-Q3", "Sell-in Q1-Q3 LY"],
      ["2025年1-10月销售", "2024年全年销售"],
      ["2025年1-10月提货", "2024全年提货（万元）"],
    ])
      expect([prior, detectColumns([["经销商名称", current, prior]], { asOfYear: 2025 }).mapping]).toEqual([
        prior,
        { name: 0, revenue: 1, priorRevenue: 2 },
      ]);
  });

  it("leave a range to date (1-10月) as the revenue, and a second year's total as the prior year", () => {
    const ytd = detectColumns([
      ["客户", "2025年1-10月销售额", "2024年同期销售额"],
      ["甲", 100, 90],
    ]);
    expect(ytd.mapping).toEqual({ name: 0, revenue: 1, priorRevenue: 2 });
    const twoYears = detectColumns([
      ["经销商名称", "2024年销售额合计", "2025年1月销售额", "2025年2月销售额", "2025年销售额合计"],
      ["甲", 100, 5, 6, 110],
    ]);
    expect(twoYears.mapping).toEqual({ name: 0, revenue: 4, priorRevenue: 1 });
  });

  it.each([
    [["经销商名称", "提货额", "退货额", "净销售额"], "净销售额", "提货额"],
    [["Dealer", "Gross Sales", "Net Sales"], "Net Sales", "Gross Sales"],
    [["经销商名称", "销售额（含税）", "净销售额（不含税）"], "净销售额（不含税）", "销售额（含税）"],
    // 管家婆's 销售单位排行: sales, returns, and sales less returns (销售净额 was unread, the gross used).
    [["单位全名", "销售金额", "退货金额", "销售净额"], "销售净额", "销售金额"],
    [
      ["客户名称", "销售金额（元）", "退货金额（元）", "净销售金额（元）"],
      "净销售金额（元）",
      "销售金额（元）",
    ],
    // Beside a column of returns, the actual sales are what the account kept (the gross was taken).
    [["客户名称", "销售金额", "退货金额", "实际销售额"], "实际销售额", "销售金额"],
    [["客户名称", "销售额", "销售退回", "实际销售金额"], "实际销售金额", "销售额"],
    [["Customer", "Sales", "Returns", "Actual Sales"], "Actual Sales", "Sales"],
    // An ERP's sales with tax and without (含税销售金额 and 不含税销售金额 were no sales column at all).
    [["客户名称", "含税销售金额", "退货金额", "不含税销售金额"], "不含税销售金额", "含税销售金额"],
    // The sales without their tax over the same with it, as 不含税 over 含税 (Zoho Books' Sales With Tax
    // left of Sales was taken).
    [["Customer Name", "Sales With Tax", "Sales"], "Sales", "Sales With Tax"],
    [["Customer", "Revenue incl. VAT", "Revenue"], "Revenue", "Revenue incl. VAT"],
    [["客户名称", "价税合计", "销售金额"], "销售金额", "价税合计"],
  ])("take the net sales over the gross: %j", (headers, sales, rival) => {
    const d = detectColumns([headers, headers.map((_, i) => (i === 0 ? "甲" : i))]);
    expect(headers[d.mapping.revenue as number]).toBe(sales);
    expect(d.duplicates.map((x) => x.header)).toEqual([rival]);
  });

  it("never take last year's net, nor a word that only contains 'net', for the sales", () => {
    const lastYear = detectColumns([
      ["经销商名称", "2025年销售额", "2024年净销售额"],
      ["甲", 1, 2],
    ]);
    expect(lastYear.mapping).toEqual({ name: 0, revenue: 1, priorRevenue: 2 });
    const internet = detectColumns([
      ["Dealer", "Sales", "Internet Sales"],
      ["A", 1, 2],
    ]);
    expect(internet.mapping.revenue).toBe(1);
    // Actual sales with no returns beside them are no net: the first sales column stays, the other said.
    const actual = detectColumns([
      ["客户名称", "销售额", "实际销售额", "完成率"],
      ["甲", 1, 2, 0.5],
    ]);
    expect(actual.mapping.revenue).toBe(1);
    expect(actual.duplicates.map((x) => x.header)).toEqual(["实际销售额"]);
    // Sales with their tax stay the sales beside last year's, or beside a column of another span.
    const taxed = detectColumns([
      ["Customer", "Sales With Tax", "2024 Sales"],
      ["A", 1, 2],
    ]);
    expect(taxed.mapping.revenue).toBe(1);
  });

  it("sum sales kept by month or quarter where no column holds their total", () => {
    const months = Array.from({ length: 12 }, (_, k) => `${k + 1}月销售额`);
    const d = detectColumns([
      ["经销商名称", "区域", ...months],
      ["甲", "华东", ...months.map((_, k) => k)],
    ]);
    expect(d.mapping).toEqual({ name: 0, region: 1, revenue: 2 });
    expect(d.revenueParts?.map((p) => p.header)).toEqual(months);
    // The months are the sales, not rivals of January's.
    expect(d.duplicates).toEqual([]);
    expect(partsPeriod(d.revenueParts)).toBeUndefined();
    const quarters = detectColumns([
      ["Dealer", "Q1 Sales", "Q2 Sales", "Q3 Sales"],
      ["A", 1, 2, 3],
    ]);
    expect(quarters.revenueParts?.map((p) => p.column)).toEqual([1, 2, 3]);
    expect(partsPeriod(quarters.revenueParts)).toEqual({ months: 9, from: 1, to: 9 });
    // Written in any order, the months still follow on from one another.
    expect(
      detectColumns([
        ["客户", "3月回款", "1月回款", "2月回款"],
        ["甲", 3, 1, 2],
      ]).revenueParts?.map((p) => p.column),
    ).toEqual([1, 2, 3]);
  });

  it.each([
    ["a total beside the months", ["1月销售额", "2月销售额", "销售额合计"], 3],
    ["a gap (no February)", ["1月销售额", "3月销售额"], 1],
    ["an overlap (Q1 and January)", ["一季度销售额", "1月销售额"], 1],
    ["two years' Januaries (the latest is the sales)", ["2024年1月销售额", "2025年1月销售额"], 2],
    ["this month beside last", ["本月销售额", "上月销售额"], 1],
    ["a range to date beside a month", ["1-10月销售额", "10月销售额"], 1],
  ])("sum no parts with %s", (_, headers, revenue) => {
    const d = detectColumns([
      ["客户", ...headers],
      ["甲", ...headers.map(() => 1)],
    ]);
    expect(d.revenueParts).toBeUndefined();
    expect(d.mapping.revenue).toBe(revenue);
  });

  it("take a year's column beside the months as last year's where it is not their total", () => {
    const months = ["1月销售额", "2月销售额", "3月销售额"];
    const lastYear = detectColumns([
      ["客户", "2024年销售额", ...months],
      ["甲", 100, 5, 6, 7],
      ["乙", 80, 1, 2, 3],
    ]);
    expect(lastYear.mapping).toEqual({ name: 0, revenue: 2, priorRevenue: 1 });
    expect(lastYear.revenueParts?.map((p) => p.column)).toEqual([2, 3, 4]);
    expect(lastYear.duplicates).toEqual([]);
    // The months' own year says it without the data.
    expect(
      detectColumns([
        ["客户", "2025年1月销售额", "2025年2月销售额", "2024年销售额"],
        ["甲", 5, 6, 18],
      ]).mapping,
    ).toEqual({ name: 0, revenue: 1, priorRevenue: 3 });
    // A column that adds the months up is their total: the sales.
    const total = detectColumns([
      ["客户", ...months, "2025年销售额"],
      ["甲", 5, 6, 7, 18],
      ["乙", 1, null, 3, 4],
    ]);
    expect(total.mapping).toEqual({ name: 0, revenue: 4 });
    expect(total.revenueParts).toBeUndefined();
    // Months typed rounded still add up to their exact total.
    expect(
      detectColumns([
        ["客户", ...months, "2025年销售额"],
        ["甲", 1.2, 3.4, 5.6, 10.23],
        ["乙", 0.1, 0.1, 0.1, 0.31],
      ]).mapping,
    ).toEqual({ name: 0, revenue: 4 });
  });

  it("sum this year's months as the sales and last year's same months as last year's", () => {
    const d = detectColumns([
      ["客户", "2024年1月销售额", "2024年2月销售额", "2025年1月销售额", "2025年2月销售额"],
      ["甲", 1, 2, 3, 4],
    ]);
    expect(d.mapping).toEqual({ name: 0, revenue: 3, priorRevenue: 1 });
    expect(d.revenueParts?.map((p) => p.column)).toEqual([3, 4]);
    expect(d.priorRevenueParts?.map((p) => p.column)).toEqual([1, 2]);
    expect(d.duplicates).toEqual([]);
    // Three years of months: the latest two are this year's and last year's; the oldest are rivals, said.
    const three = detectColumns([
      [
        "客户",
        "2023年1月销售额",
        "2023年2月销售额",
        "2024年1月销售额",
        "2024年2月销售额",
        "2025年1月销售额",
        "2025年2月销售额",
      ],
      ["甲", 1, 2, 3, 4, 5, 6],
    ]);
    expect(three.revenueParts?.map((p) => p.column)).toEqual([5, 6]);
    expect(three.priorRevenueParts?.map((p) => p.column)).toEqual([3, 4]);
    expect(three.duplicates.map((d) => d.column)).toEqual([1, 2]);
    const named = detectColumns([
      ["客户", "2024年1月销售额", "2024年2月销售额", "2025年1月销售额", "2025年2月销售额", "上年销售额"],
      ["甲", 1, 2, 3, 4, 9],
    ]);
    // Last year's named elsewhere (上年销售额): this year's months are summed, that column stays last
    // year's, and last year's months are rivals, said.
    expect(named.revenueParts?.map((p) => p.column)).toEqual([3, 4]);
    expect(named.priorRevenueParts).toBeUndefined();
    expect(named.mapping).toMatchObject({ revenue: 3, priorRevenue: 5 });
    expect(named.duplicates.map((d) => d.column)).toEqual([1, 2]);
    // A year written short after an apostrophe, as English ledgers write quarters; a unit ('000) is none.
    expect([
      yearOf("Q1'25 Sales"),
      yearOf("Jan ’24"),
      yearOf("Revenue (USD '000)"),
      yearOf("Dealer's"),
    ]).toEqual([2025, 2024, undefined, undefined]);
    expect(
      detectColumns([
        ["Dealer", "Q1'25 Sales", "Q2'25 Sales", "Q1'24 Sales", "Q2'24 Sales"],
        ["A", 1, 2, 3, 4],
      ]).priorRevenueParts?.map((p) => p.header),
    ).toEqual(["Q1'24 Sales", "Q2'24 Sales"]);
  });

  it("with no sales header and no total, guess the sum of months headed by their month alone", () => {
    const d = detectColumns([
      ["经销商名称", "区域", "1月", "2月", "3月", "备注"],
      ["甲", "华东", 10, 20, null, "x"],
      ["乙", "华南", 5, 6, 7, "y"],
    ]);
    expect(d.mapping).toEqual({ name: 0, region: 1, revenue: 2 });
    expect(d.revenueParts?.map((p) => p.header)).toEqual(["1月", "2月", "3月"]);
    expect(d.matches.find((m) => m.field === "revenue")?.how).toBe("guessed");
    expect(d.unmapped.map((u) => u.header)).toEqual(["备注"]);
    // Months that name something else by the month (visits, targets) are no sales, however numeric.
    for (const words of ["拜访次数", "目标"])
      expect(
        detectColumns([
          ["经销商名称", `1月${words}`, `2月${words}`],
          ["甲", 3, 4],
        ]).revenueParts,
      ).toBeUndefined();
    // Months of text (visits planned, say) are no sales.
    expect(
      detectColumns([
        ["经销商名称", "1月", "2月"],
        ["甲", "已拜访", "未拜访"],
      ]).revenueParts,
    ).toBeUndefined();
  });

  it("take a sales column of the year before, beside this year's months or quarters, for last year's", () => {
    // Quarters and months headed by the period and its year, as English exports, PivotTables and
    // finance write them, beside last year's sales: the parts are the sales, the column last year's.
    for (const [parts, prior] of [
      [["Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025"], "FY2024 Sales"],
      [["2025Q1", "2025Q2", "2025Q3"], "2024年销售额"],
      [["2025-Q1", "2025-Q2"], "2024 Sales"],
      [["2025年一季度", "2025年二季度", "2025年三季度", "2025年四季度"], "2024年销售额（万元）"],
      [["Jan 2025", "Feb 2025", "Mar 2025"], "Sales 2024"],
      [["2025年1月", "2025年2月", "2025年3月"], "2024年销售额"],
      [["2025-01", "2025-02", "2025-03"], "2024 Revenue"],
      [["Q1 FY25", "Q2 FY25"], "FY24 Sales"],
    ] as const) {
      const d = detectColumns([
        ["Distributor", "Region", ...parts, prior],
        ["A", "East", ...parts.map((_, k) => 10 + k), 500],
        ["B", "East", ...parts.map((_, k) => 20 + k), 900],
      ]);
      expect([parts[0], d.revenueParts?.map((p) => p.header)]).toEqual([parts[0], parts]);
      expect([prior, d.mapping.priorRevenue]).toEqual([prior, parts.length + 2]);
      expect(d.matches.find((m) => m.field === "priorRevenue")?.how).toBe("guessed");
    }
    // Finance's 1Q25 … 4Q25 with no sales header: summed as a guess, and FY24 beside them last year's.
    const fin = detectColumns([
      ["Dealer", "1Q25", "2Q25", "3Q25", "4Q25", "FY24"],
      ["A", 1, 2, 3, 4, 9],
    ]);
    expect(fin.revenueParts?.map((p) => p.header)).toEqual(["1Q25", "2Q25", "3Q25", "4Q25"]);
    expect(fin.mapping.priorRevenue).toBe(5);
    expect([yearOf("1Q25"), yearOf("3Q 2024"), yearOf("v1q25")]).toEqual([2025, 2024, undefined]);
    // Halves as finance writes them (1H25 Sales beside 1H24 Sales was one year, no growth reckoned).
    expect([yearOf("1H25 Sales"), yearOf("2H 2024"), yearOf("v1h25")]).toEqual([2025, 2024, undefined]);
    expect(
      detectColumns([
        ["Customer", "1H25 Sales", "1H24 Sales"],
        ["A", 2, 1],
      ]).mapping,
    ).toEqual({ name: 0, revenue: 1, priorRevenue: 2 });
    expect([salesPeriodOf("1H25 Sales"), salesPeriodOf("2H'24"), salesPeriodOf("11H25")]).toEqual([
      { months: 6, from: 1, to: 6 },
      { months: 6, from: 7, to: 12 },
      undefined,
    ]);
    // A total of the same year, or one that is the parts' sum, stays the sales.
    expect(
      detectColumns([
        ["Dealer", "Q1 2025", "Q2 2025", "2025 Sales"],
        ["A", 1, 2, 3],
      ]).mapping,
    ).toEqual({ name: 0, revenue: 3 });
    expect(
      detectColumns([
        ["经销商", "1月", "2月", "2025年销售额"],
        ["甲", 1, 2, 3],
        ["乙", 4, 5, 9],
      ]).mapping,
    ).toEqual({ name: 0, revenue: 3 });
    // Months with no year whose sum the year's column is not: this year's, beside last year's.
    const noYear = detectColumns([
      ["经销商", "1月", "2月", "2024年销售额"],
      ["甲", 1, 2, 30],
      ["乙", 4, 5, 90],
    ]);
    expect(noYear.revenueParts?.map((p) => p.header)).toEqual(["1月", "2月"]);
    expect(noYear.mapping.priorRevenue).toBe(3);
    // Visits counted by month beside last year's sales are no sales: a thousandth of them.
    const visits = detectColumns([
      ["经销商", "1月", "2月", "2024年销售额"],
      ["甲", 3, 2, 300_000],
      ["乙", 1, 4, 900_000],
    ]);
    expect([visits.revenueParts, visits.mapping.revenue]).toEqual([undefined, 3]);
    // A sales column chosen by hand stays the sales.
    expect(
      detectColumns(
        [
          ["Dealer", "Q1 2025", "Q2 2025", "FY2024 Sales"],
          ["A", 1, 2, 3],
        ],
        { mapping: { revenue: "FY2024 Sales" } },
      ).mapping,
    ).toEqual({ name: 0, revenue: 3 });
  });

  it("read a header's dates on the first of a month as the months they stand for", () => {
    const month = (m: number): Date => new Date(Date.UTC(2025, m - 1, 1));
    const d = detectColumns([
      ["经销商名称", month(1), month(2), month(3), "2024年销售额"],
      ["甲", 1, 2, 3, 90],
      ["乙", 4, 5, 6, 80],
    ]);
    expect(d.labels.slice(1, 4)).toEqual(["2025-01", "2025-02", "2025-03"]);
    expect(d.revenueParts?.map((p) => p.header)).toEqual(["2025-01", "2025-02", "2025-03"]);
    expect(d.mapping.priorRevenue).toBe(4);
    // Under a group's words too.
    const grouped = detectColumns([
      ["经销商名称", "销售额（万元）", "销售额（万元）"],
      [null, month(1), month(2)],
      ["甲", 1, 2],
    ]);
    expect(grouped.revenueParts?.map((p) => p.header)).toEqual([
      "销售额2025-01（万元）",
      "销售额2025-02（万元）",
    ]);
    // A date on another day stays the day it is.
    const day = detectColumns([
      ["经销商名称", "销售额", new Date(Date.UTC(2025, 0, 15))],
      ["甲", 1, 2],
    ]);
    expect(cellTextOf(day.labels[2])).toBe("2025-01-15");
  });

  it("read this year's and last year's to date side by side, as ledgers and CRM reports head them", () => {
    const at = (headers: string[]) =>
      detectColumns([headers, headers.map((_, k) => (k === 0 ? "甲" : 10 + k))]).mapping;
    expect(at(["客户名称", "本年累计销售", "上年同期销售", "增长率"])).toEqual({
      name: 0,
      revenue: 1,
      priorRevenue: 2,
      growth: 3,
    });
    expect(at(["Customer", "Sales YTD", "Sales LY YTD", "Sales LY Full Year"])).toMatchObject({
      revenue: 1,
      priorRevenue: 2,
    });
    expect(at(["Distributor", "Jan-25", "Feb-25", "YTD 2025", "YTD 2024"])).toMatchObject({
      revenue: 3,
      priorRevenue: 4,
    });
  });

  it("compare part of this year with the same part of last year, not last year's whole, wherever it stands", () => {
    const at = (headers: string[]) => {
      const d = detectColumns([headers, headers.map((_, k) => (k === 0 ? "甲" : 10 + k))]);
      return [headers[d.mapping.revenue ?? -1], headers[d.mapping.priorRevenue ?? -1], d.duplicates];
    };
    expect(at(["经销商名称", "2024年全年销售额", "2024年1-10月销售额", "2025年1-10月销售额"])).toEqual([
      "2025年1-10月销售额",
      "2024年1-10月销售额",
      [{ column: 1, header: "2024年全年销售额", field: "priorRevenue" }],
    ]);
    expect(at(["经销商名称", "上年全年销售额", "上年同期销售额", "本年累计销售额"]).slice(0, 2)).toEqual([
      "本年累计销售额",
      "上年同期销售额",
    ]);
    expect(at(["Customer", "Sales YTD", "Sales LY Full Year", "Sales LY YTD"]).slice(0, 2)).toEqual([
      "Sales YTD",
      "Sales LY YTD",
    ]);
    // Twelve months summed are a whole year, against last year's whole; ten, against the same ten.
    const months = (n: number) => Array.from({ length: n }, (_, k) => `${k + 1}月销售额`);
    expect(at(["经销商名称", ...months(12), "上年全年销售额", "上年同期销售额"])[1]).toBe("上年全年销售额");
    expect(at(["经销商名称", ...months(10), "上年全年销售额", "上年同期销售额"])[1]).toBe("上年同期销售额");
    // A whole year against a whole year; last year's months that are not this year's stay put.
    expect(at(["经销商名称", "2025年销售额", "2024年销售额", "2024年1-10月销售额"]).slice(0, 2)).toEqual([
      "2025年销售额",
      "2024年销售额",
    ]);
    expect(at(["经销商名称", "2025年1-10月销售额", "2024年销售额", "2024年1-6月销售额"]).slice(0, 2)).toEqual(
      ["2025年1-10月销售额", "2024年销售额"],
    );
  });

  it("sum sales split by product line or channel, and last year's by the same lines", () => {
    const at = (headers: string[]) => {
      const d = detectColumns([headers, headers.map((_, k) => (k === 0 ? "甲" : 10 + k))]);
      return {
        revenue: headers[d.mapping.revenue ?? -1],
        parts: d.revenueParts?.map((p) => p.header),
        prior: d.priorRevenueParts?.map((p) => p.header),
        rivals: d.duplicates.map((x) => x.header),
      };
    };
    expect(at(["经销商名称", "瓷砖销售额", "卫浴销售额", "橱柜销售额"])).toEqual({
      revenue: "瓷砖销售额",
      parts: ["瓷砖销售额", "卫浴销售额", "橱柜销售额"],
      prior: undefined,
      rivals: [],
    });
    expect(at(["Distributor", "Product A Sales", "Product B Sales"]).parts).toEqual([
      "Product A Sales",
      "Product B Sales",
    ]);
    expect(at(["经销商名称", "线上销售额", "线下销售额", "去年线上销售额", "去年线下销售额"])).toMatchObject({
      parts: ["线上销售额", "线下销售额"],
      prior: ["去年线上销售额", "去年线下销售额"],
    });
    // A plain total right of the lines is the sales.
    expect(at(["经销商名称", "白酒销售额", "啤酒销售额", "合计"])).toEqual({
      revenue: "合计",
      parts: undefined,
      prior: undefined,
      rivals: [],
    });
    // Each line in its own unit.
    expect(at(["经销商名称", "A产品销售额（万元）", "B产品销售额（元）"]).parts).toHaveLength(2);
    // A whole beside its breakdown: the whole is the sales, its lines no rivals to say.
    expect(at(["经销商名称", "线上销售额", "销售额", "线下销售额"])).toEqual({
      revenue: "销售额",
      parts: undefined,
      prior: undefined,
      rivals: [],
    });
    // Not lines: other measures, years, a whole year beside a line, gross and net, goods.
    for (const headers of [
      ["经销商名称", "销售额", "回款额"],
      ["经销商名称", "年销售额", "线上销售额"],
      ["经销商名称", "2024年销售额", "2025年销售额"],
      ["经销商名称", "销售额（含税）", "销售额（不含税）"],
      ["经销商名称", "瓷砖销量", "卫浴销量"],
    ])
      expect([headers, at(headers).parts]).toEqual([headers, undefined]);
  });

  it("sum no parts when the sales column was chosen by hand", () => {
    const d = detectColumns(
      [
        ["客户", "1月销售额", "2月销售额"],
        ["甲", 1, 2],
      ],
      { mapping: { revenue: "2月销售额" } },
    );
    expect(d.revenueParts).toBeUndefined();
    expect(d.mapping.revenue).toBe(2);
  });

  it("with no sales header, guess the total right of the parts as the revenue, as a guess", () => {
    const d = detectColumns([
      ["经销商名称", "一季度", "二季度", "三季度", "四季度", "全年合计"],
      ["甲", 1, 2, 3, 4, 10],
    ]);
    expect(d.mapping).toEqual({ name: 0, revenue: 5 });
    expect(d.matches.find((m) => m.field === "revenue")?.how).toBe("guessed");
    // A total with no parts before it is no guess.
    expect(
      detectColumns([
        ["经销商名称", "备注", "合计"],
        ["甲", "x", 10],
      ]).mapping,
    ).toEqual({ name: 0 });
  });
});

describe("the currency a number format shows", () => {
  it.each([
    ["[$$-409]#,##0.00", "USD"],
    ['"$"#,##0', "USD"],
    ["$#,##0", "USD"],
    ['_($* #,##0.00_);_($* (#,##0.00);_($* "-"??_);_(@_)', "USD"],
    ["[$€-407] #,##0.00", "EUR"],
    ["#,##0.00 €", "EUR"],
    ["£#,##0", "GBP"],
    ["[$HK$-C04]#,##0", "HKD"],
    ["_-[$¥-411]* #,##0_-", "JPY"],
    ["¥#,##0", "CNY"],
    ["[$¥-804]#,##0.00", "CNY"],
    ["#,##0", undefined],
    ['0.0"万元"', undefined],
    ["General", undefined],
    ["yyyy-mm-dd", undefined],
  ])("%p shows %p", (format, currency) => {
    expect(currencyFromNumberFormat(format)).toBe(currency);
  });
});

describe("a column of a kind of account whose cells are a CRM's stages", () => {
  const grid = (header: string, cells: string[]): Cell[][] => [
    ["Account Name", "Annual Revenue", header],
    ...cells.map((c, i): Cell[] => [`A${i}`, 100 * i, c]),
  ];
  const salesforce = [
    "Customer - Direct",
    "Customer - Channel",
    "Channel Partner / Reseller",
    "Prospect",
    "Other",
    "Prospect",
  ];
  it("is the status (Salesforce's Type, 客户类型 of stages), where it was unread or a management mode", () => {
    for (const h of ["Type", "Account Type", "客户类型"])
      expect([h, detectColumns(grid(h, salesforce)).mapping]).toEqual([
        h,
        { name: 0, revenue: 1, status: 2 },
      ]);
    expect(
      detectColumns(grid("客户类型", ["意向客户", "合作客户", "流失客户", "合作客户"])).mapping.status,
    ).toBe(2);
  });
  it("stays what its cells say otherwise: modes are the management mode, a product type nothing", () => {
    const modes = detectColumns(grid("客户类型", ["经销商", "直营", "加盟", "经销商"])).mapping;
    expect(modes).toEqual({ name: 0, revenue: 1, managementMode: 2 });
    expect(detectColumns(grid("Type", ["Pump", "Valve", "Motor", "Pump"])).mapping).toEqual({
      name: 0,
      revenue: 1,
    });
    // A status column of its own wins.
    const both: Cell[][] = [
      ["Account Name", "Annual Revenue", "Type", "Status"],
      ["A", 1, "Prospect", "Active"],
      ["B", 2, "Customer - Direct", "Active"],
      ["C", 3, "Prospect", "Active"],
    ];
    expect(detectColumns(both).mapping.status).toBe(3);
  });
  it("is the status over a yes or no to 'still a customer?' beside it (Active, 是否合作中), left unmapped", () => {
    // Salesforce's Type beside an Active Yes / No: Active was the status, Type unread.
    const beside = (question: string, kind: string, stages: string[]): Cell[][] => [
      ["Account Name", "Annual Revenue", kind, question],
      ...stages.map((s, i): Cell[] => [`A${i}`, 100 * i, s, "Yes"]),
    ];
    for (const [question, kind, stages] of [
      ["Active", "Type", salesforce],
      ["是否合作中", "客户类型", ["意向客户", "合作客户", "意向客户", "合作客户"]],
    ] as const) {
      const d = detectColumns(beside(question, kind, [...stages]));
      expect([question, d.mapping, d.unmapped]).toEqual([
        question,
        { name: 0, revenue: 1, status: 2 },
        [{ column: 3, header: question }],
      ]);
    }
    // Read still, where the kind names no standing: listed as read beside the fields, as the remarks are.
    const read = detectColumns([
      ["Account Name", "Annual Revenue", "Type", "Active", "Remarks"],
      ...salesforce.map((s, i): Cell[] => [`A${i}`, 100 * i, s, "Yes", ""]),
    ]);
    expect(columnsReadBeside(read)).toEqual([
      { column: 3, header: "Active", as: "active" },
      { column: 4, header: "Remarks", as: "remarks" },
    ]);
    // Mapped by hand, the question stays the status.
    expect(
      detectColumns(beside("Active", "Type", salesforce), { mapping: { status: "Active" } }).mapping.status,
    ).toBe(3);
  });
});

describe("a CRM's field with its record's name before it", () => {
  it("is read by the field's own words (Organization - Last activity date, Account: Billing State/Province)", () => {
    // Each was no column.
    for (const [h, field] of [
      ["Organization - Last activity date", "lastVisit"],
      ["Organization - Owner", "owner"],
      ["Account: Billing State/Province", "region"],
      ["Company - Annual Revenue", "revenue"],
      ["客户-所属区域", "region"],
    ] as const)
      expect([h, headerFieldOf(h)]).toEqual([h, field]);
    // A person's or a deal's record is not an organisation's: Person - Name is a contact.
    expect(headerFieldOf("Person - Name")).toBeUndefined();
  });
  it("reads Pipedrive's organisation Label of stages as the status", () => {
    const d = detectColumns([
      ["Organization - Name", "Organization - Label", "Sales"],
      ["A", "Customer", 100],
      ["B", "Hot lead", null],
      ["C", "Cold lead", null],
      ["D", "Customer", 80],
    ]);
    expect(d.mapping).toEqual({ name: 0, status: 1, revenue: 2 });
  });
});

describe("a prospect's intent", () => {
  it("is read under its headers: 意向度, 客户热度, 成交概率, Lead Rating, Probability (%)", () => {
    for (const h of [
      "意向度",
      "意向等级",
      "合作意向",
      "客户热度",
      "成交概率（%）",
      "赢单率",
      "Lead Rating",
      "Probability (%)",
      "Likelihood to Buy",
    ])
      expect([h, headerFieldOf(h)]).toEqual([h, "intent"]);
  });
  it("is a column of a lead's temperatures whatever its header (Salesforce's Rating: Hot, Warm, Cold)", () => {
    // Rating was left unread: a Hot prospect was no priority.
    const grid = (header: string, cells: string[]): Cell[][] => [
      ["Account Name", "Annual Revenue", header],
      ...cells.map((c, i): Cell[] => [`A${i}`, 100 * i, c]),
    ];
    expect(detectColumns(grid("Rating", ["Hot", "Warm", "Cold", "", "Hot"])).mapping.intent).toBe(2);
    expect(detectColumns(grid("客户评级", ["热", "温", "冷", "热"])).mapping.intent).toBe(2);
    // Ratings of credit, or too few cells to tell, are not.
    expect(detectColumns(grid("Rating", ["AA", "A", "BBB", "A"])).mapping.intent).toBeUndefined();
    expect(detectColumns(grid("Rating", ["Hot", "Cold"])).mapping.intent).toBeUndefined();
  });
});

describe("money a dealer ledger keeps beside its sales", () => {
  const mapOf = (headers: string[]) =>
    detectColumns([
      ["经销商名称", ...headers],
      ["a", ...headers.map(() => 1)],
    ]);
  it("is never a cost, a profit, a tax, a commission or a discount on the sales", () => {
    // Sage's Customer Sales: Cost of Sales right of Amount was the sales (each account's costs tiered);
    // Sales Tax and Sales Commission left of Sales were taken over it.
    const columns = (headers: string[]) =>
      detectColumns([
        headers,
        headers.map((_, i) => (i === 0 ? "甲" : 100 + i)),
        headers.map((_, i) => (i === 0 ? "乙" : 200 + i)),
      ]);
    const sage = columns([
      "Customer ID",
      "Customer Name",
      "Qty",
      "Amount",
      "Cost of Sales",
      "Gross Profit",
      "Gross Margin",
    ]);
    expect(sage.mapping).toEqual({ code: 0, name: 1, revenue: 3 });
    expect(sage.duplicates).toEqual([]);
    expect(columns(["Customer", "Sales Tax", "Sales"]).mapping).toEqual({ name: 0, revenue: 2 });
    expect(columns(["Customer", "Sales Rep", "Sales Commission", "Sales"]).mapping).toEqual({
      name: 0,
      owner: 1,
      revenue: 3,
    });
    // Alone, none is the sales.
    for (const h of [
      "Cost of Sales",
      "Sales Tax",
      "Gross Profit",
      "Sales Margin",
      "Sales Commission",
      "Discount",
      "销售成本",
      "销售毛利",
      "销售费用",
      "销项税额",
      "销售折让",
      "销售返利",
      "折扣金额",
    ])
      expect(mapOf([h]).mapping.revenue).toBeUndefined();
    // Sales with their tax, or after a discount, are sales.
    for (const h of [
      "含税销售额",
      "价税合计",
      "Sales incl. VAT",
      "Sales With Tax",
      "Net Sales after Discount",
      "Sales Net of Discount",
      "Discounted Sales",
      "折扣后销售额",
    ])
      expect(mapOf([h]).mapping.revenue).toBe(1);
  });

  it("is the sales where nothing else is: payments, orders, turnover, contracts", () => {
    for (const h of [
      "2025年打款额（万元）",
      "打款金额",
      "订单金额",
      "流水（万元）",
      "成交额",
      "签约额（万元）",
      "合同金额",
    ])
      expect([h, mapOf([h]).mapping.revenue]).toEqual([h, 1]);
    // 流水号 is a serial number, 打款日期 a date: neither is money.
    expect(mapOf(["流水号", "打款日期", "销售额"]).mapping.revenue).toBe(3);
  });
  it("gives way to the sales wherever it stands, and is no rival to say; money gives way to none of goods", () => {
    for (const headers of [
      ["合同额（万元）", "年销售额（万元）"],
      ["年销售额（万元）", "合同额（万元）"],
    ]) {
      const d = mapOf(headers);
      expect([headers, d.mapping.revenue, d.duplicates]).toEqual([
        headers,
        headers.indexOf("年销售额（万元）") + 1,
        [],
      ]);
    }
    expect(mapOf(["年销量", "打款额（万元）"]).mapping.revenue).toBe(2);
    expect(mapOf(["年销售额（万元）", "年销量"]).duplicates).toEqual([]);
  });
});

describe("a report of sales by customer whose header names no customer column", () => {
  // QuickBooks Online's Sales by Customer Summary, exported to Excel: the company, the report's name and
  // its dates, a blank row, then a header of a blank cell over the names and "Total" over the sales.
  const quickBooks = (header: readonly Cell[], ...data: (readonly Cell[])[]): Cell[][] => [
    ["Craig's Design and Landscaping Services", null],
    ["Sales by Customer Summary", null],
    ["January 1 - November 30, 2025", null],
    [null, null],
    [...header],
    ...data.map((r) => [...r]),
    ["TOTAL", 21_450],
  ];
  const customers: Cell[][] = [
    ["Amy's Bird Sanctuary", 1158.29],
    ["Bill's Windsurf Shop", 3452.8],
    ["Cool Cars", "66.06  "],
    ["Kate Whelan", 16_773],
  ];

  it("reads the blank column as the customers and its Total as the sales, by the title", () => {
    const d = detectColumns(quickBooks([null, "Total"], ...customers));
    expect(d.headerRow).toBe(4);
    expect(d.mapping).toEqual({ name: 0, revenue: 1 });
    expect(d.matches.map((m) => m.how)).toEqual(["contains", "contains"]);
    expect(d.reportTitle).toEqual({ row: 1, text: "Sales by Customer Summary", name: 0, sales: 1 });
    // The title's dates are the sales' months (a "Total" names none of its own).
    expect(d.periodNote?.period).toEqual({ months: 11, from: 1, to: 11 });
  });

  it("takes its one column of figures, or the total right of the months, as the sales", () => {
    // QuickBooks Desktop heads its one column with the span.
    const desktop = detectColumns(quickBooks([null, "Jan - Nov 25"], ...customers));
    expect(desktop.mapping).toEqual({ name: 0, revenue: 1 });
    expect(desktop.reportTitle?.sales).toBe(1);
    const byMonth = detectColumns([
      ["Sales by Customer Summary"],
      [null, "Jan 2025", "Feb 2025", "Mar 2025", "Total"],
      ["Amy's Bird Sanctuary", 1, 2, 3, 6],
      ["Cool Cars", 4, 5, 6, 15],
      ["Kate Whelan", 7, 8, 9, 24],
    ]);
    expect(byMonth.mapping.name).toBe(0);
    expect(byMonth.mapping.revenue).toBe(4);
    expect(byMonth.matches.find((m) => m.field === "revenue")?.how).toBe("contains");
    // Compared with the year before: the latest year's is the sales, the one marked PY last year's.
    const compared = detectColumns([
      ["Sales by Customer Summary"],
      [null, "Jan - Nov, 2025", "Jan - Nov, 2024 (PY)", "Change", "% Change"],
      ["Amy's Bird Sanctuary", 100, 80, 20, 0.25],
      ["Cool Cars", 200, 210, -10, -0.05],
      ["Kate Whelan", 50, 40, 10, 0.25],
    ]);
    // Its % Change is the growth (Change, in money, is left alone).
    expect(compared.mapping).toEqual({ name: 0, revenue: 1, priorRevenue: 2, growth: 4 });
    expect(compared.reportTitle?.sales).toBe(1);
  });

  it("reads it in Chinese too, and after a run has written its columns beside the sales", () => {
    const zh = detectColumns([
      ["客户销售汇总表", null],
      ["期间：2025年1月-2025年10月", null],
      [null, "销售金额"],
      ["甲商贸", 100],
      ["乙商贸", 200],
      ["丙商贸", 300],
    ]);
    expect(zh.mapping).toEqual({ name: 0, revenue: 1 });
    expect(zh.reportTitle).toEqual({ row: 0, text: "客户销售汇总表", name: 0 });
    const rerun = detectColumns(
      quickBooks(
        [null, "Total", "Tier", "Importance Score"],
        ...customers.map((r) => [...r, "Ordinary account", 50]),
      ),
      { outputHeaders: { tier: ["Tier"], score: ["Importance Score"] } },
    );
    expect(rerun.headerRow).toBe(4);
    expect(rerun.mapping).toEqual({ name: 0, revenue: 1 });
    expect(rerun.reportTitle?.name).toBe(0);
  });

  it("reads Xero's Income by Contact: Contact over the names, the months (latest first) and their Total", () => {
    const xero = detectColumns([
      ["Income by Contact"],
      ["Demo Company (Global)"],
      ["For the 3 months ended 30 November 2025"],
      [],
      ["Contact", "Nov 2025", "Oct 2025", "Sep 2025", "Total"],
      ["Customer A Ltd", 100, 90, 80, 270],
      ["Customer B Ltd", 200, 180, 160, 540],
      ["Customer C Ltd", 300, 270, 240, 810],
    ]);
    expect(xero.headerRow).toBe(4);
    expect(xero.mapping).toEqual({ name: 0, revenue: 4 });
    expect(xero.reportTitle).toEqual({ row: 0, text: "Income by Contact", name: 0 });
    expect(xero.unmapped.map((u) => u.header)).not.toContain("Contact");
    expect(xero.revenueTotalOf?.map((p) => p.header)).toEqual(["Nov 2025", "Oct 2025", "Sep 2025"]);
    // Contact over names is no name column elsewhere (a CRM's contact person beside the account).
    expect(
      detectColumns([
        ["Contact", "Total"],
        ["Ann Lee", 1],
      ]).headerRow,
    ).toBe(-1);
  });

  it("takes the header under the title where the name is mapped by hand, with or without the title", () => {
    // Mapping the name by its letter took the company's name, the first row with text, for the header.
    const byHand = detectColumns(quickBooks([null, "Total"], ...customers), { mapping: { name: "A" } });
    expect(byHand.headerRow).toBe(4);
    expect(byHand.mapping).toEqual({ name: 0, revenue: 1 });
    expect(byHand.matches.find((m) => m.field === "name")?.how).toBe("explicit");
    expect(byHand.reportTitle).toEqual({ row: 1, text: "Sales by Customer Summary", sales: 1 });
    // Under a title that names no report, the header is the last row of the most text above the data.
    const untitled = quickBooks([null, "Total"], ...customers);
    untitled[1] = ["Customer report", null];
    const d = detectColumns(untitled, { mapping: { name: "A", revenue: "B" } });
    expect(d.headerRow).toBe(4);
    expect(d.mapping).toEqual({ name: 0, revenue: 1 });
    expect(d.reportTitle).toBeUndefined();
    // A header of words and a year over the data (the year is no figure of a row), under a title.
    const years = detectColumns(
      [
        ["Kundenliste", "Stand: November"],
        ["Kunde", "Gebiet", 2025],
        ["Alpha GmbH", "Nord", 100],
        ["Beta AG", "Süd", 80],
      ],
      { mapping: { name: "A", revenue: "C" } },
    );
    expect(years.headerRow).toBe(1);
    expect(years.mapping).toEqual({ name: 0, revenue: 2 });
  });

  it("needs the title: without it, or under another report's, no header is read", () => {
    expect(detectColumns(quickBooks([null, "Total"], ...customers).slice(2)).headerRow).toBe(-1);
    const aging = quickBooks([null, "Total"], ...customers);
    aging[1] = ["A/R Aging Summary", null];
    expect(detectColumns(aging).headerRow).toBe(-1);
    // A header that names the customers is read as it is, title or not.
    const named = detectColumns([
      ["Sales by Customer Summary"],
      ["Customer", "Region", "Total"],
      ["Amy's Bird Sanctuary", "East", 1],
    ]);
    expect(named.reportTitle).toBeUndefined();
    expect(named.mapping.name).toBe(0);
  });
});

describe("a month's or a quarter's sales by their place (本月, 上月, Q3, This Month, Last Month)", () => {
  it("reads the sales' own words after it, and a trailing year's (each was no column)", () => {
    for (const h of [
      "本月提货",
      "当月出货",
      "上月提货",
      "本季度提货",
      "Q3提货",
      "2025Q3提货",
      "近12个月提货",
      "近一年提货",
    ])
      expect([h, headerFieldOf(h)]).toEqual([h, "revenue"]);
  });
  it("takes this month's over last month's beside it, whichever stands first; last month's a rival, said", () => {
    const taken = (header: string[]) => {
      const d = detectColumns([header, ["甲", 1, 2]], { asOfYear: 2025 });
      return [header[d.mapping.revenue ?? -1], d.duplicates.map((r) => r.header)];
    };
    // The leftmost was taken: a monthly report tiered on last month ("This Month Sales" was dropped).
    expect(taken(["经销商", "上月提货", "本月提货"])).toEqual(["本月提货", ["上月提货"]]);
    expect(taken(["经销商", "上月销售额", "本月销售额"])).toEqual(["本月销售额", ["上月销售额"]]);
    expect(taken(["Customer", "Last Month Sales", "This Month Sales"])).toEqual([
      "This Month Sales",
      ["Last Month Sales"],
    ]);
    expect(taken(["Customer", "This Month Sales", "Last Month Sales"])).toEqual([
      "This Month Sales",
      ["Last Month Sales"],
    ]);
    // A year's beside a month's is the year's, as 1月 … 12月 beside 合计 is.
    expect(taken(["Customer", "Last Month Sales", "Sales"])).toEqual(["Sales", []]);
  });
});

describe("a sales column of words beside one of figures", () => {
  const grid = (headers: string[], cells: (i: number) => Cell[]): Cell[][] => [
    headers,
    ...Array.from({ length: 6 }, (_, i) => cells(i)),
  ];

  it("gives way to the figures: Inside Sales holding the reps' names was the sales, every account unreadable", () => {
    const values = grid(["Customer", "Inside Sales", "Revenue (USD)"], (i) => [
      `Acme ${i}`,
      ["Ann Lee", "Bob Ray"][i % 2] as string,
      (10 - i) * 1000,
    ]);
    const d = detectColumns(values);
    expect(d.mapping).toEqual({ name: 0, revenue: 2 });
    expect(d.duplicates).toEqual([]);
    expect(d.unmapped.map((u) => u.header)).toEqual(["Inside Sales"]);
    const r = tierAccounts({ grid: { values, origin: { row: 0, column: 0 } }, messages: en, asOf: AS_OF });
    expect(r.accounts.map((a) => a.revenue)).toEqual([10_000, 9_000, 8_000, 7_000, 6_000, 5_000]);
  });

  it("is no rival to ask about right of the figures", () => {
    // Inside Sales right of Revenue was said on every run to look like the sales.
    const values = grid(["Customer", "Revenue (USD)", "Inside Sales"], (i) => [`Acme ${i}`, 100 - i, "Ann"]);
    const d = detectColumns(values);
    expect(d.mapping).toEqual({ name: 0, revenue: 1 });
    expect(d.duplicates).toEqual([]);
    expect(d.unmapped.map((u) => u.header)).toEqual(["Inside Sales"]);
  });

  it("stays where its words are figures (120万) or the rival holds words too", () => {
    const inWords = grid(["经销商名称", "年销售额", "回款额"], (i) => [`客户${i}`, `${120 - i}万`, 100 - i]);
    expect(detectColumns(inWords).mapping).toMatchObject({ name: 0, revenue: 1 });
    const bothWords = grid(["Customer", "Inside Sales", "Field Sales"], (i) => [`Acme ${i}`, "Ann", "Bob"]);
    expect(detectColumns(bothWords).mapping).toMatchObject({ revenue: 1 });
  });
});
