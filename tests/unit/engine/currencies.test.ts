import { type Cell, detectColumns, tierAccounts } from "../../../src/engine";
import { currenciesOfSales, currencyOfText } from "../../../src/engine/currencies";
import { AS_OF, en, zh } from "../../helpers/sheet";

const tiers = (values: Cell[][], messages = en) =>
  tierAccounts({ grid: { values, origin: { row: 0, column: 0 } }, messages, asOf: AS_OF });

describe("currencyOfText", () => {
  it.each([
    ["人民币", "CNY"],
    ["RMB", "CNY"],
    [" cny ", "CNY"],
    ["￥", "CNY"],
    ["本位币", undefined],
    ["CNY - Chinese Yuan", "CNY"],
    ["Chinese Yuan Renminbi", "CNY"],
    ["人民币(CNY)", "CNY"],
    ["美元", "USD"],
    ["US Dollar", "USD"],
    ["USD - US Dollar", "USD"],
    ["美金", "USD"],
    ["港币", "HKD"],
    ["Hong Kong Dollar", "HKD"],
    ["HK$", "HKD"],
    ["欧元", "EUR"],
    ["新加坡元", "SGD"],
    ["新台币", "TWD"],
    ["澳门元", "MOP"],
    ["sgd", "SGD"],
    ["XAF", "XAF"],
    ["USD/CNY", undefined],
    ["待定", undefined],
    ["", undefined],
  ])("%s → %s", (text, code) => {
    expect(currencyOfText(text)).toBe(code);
  });
});

describe("currenciesOfSales", () => {
  const columns = { start: 1, name: 0, revenue: 2, revenueHeader: "销售额", currency: 1 };

  it("counts the accounts with sales per currency, most first, and names the first rows", () => {
    const values: Cell[][] = [["客户", "币种", "销售额"]];
    for (let i = 0; i < 9; i++) values.push([`客户${i}`, i % 3 === 0 ? "美元" : "RMB", 100 + i]);
    values.push(["无销售", "欧元", 0], ["空白", "欧元", null], ["合计", "美元", 999]);
    expect(currenciesOfSales(values, columns).stated).toEqual([
      { currency: "CNY", known: true, count: 6, rows: [2, 3, 5, 6, 8] },
      { currency: "USD", known: true, count: 3, rows: [1, 4, 7] },
    ]);
  });

  it("reads the sign typed before an amount where no column names the currency", () => {
    const values: Cell[][] = [
      ["客户", "销售额"],
      ["甲", "$1,200"],
      ["乙", "¥5,000"],
      ["丙", 800],
      ["丁", "-"],
    ];
    expect(
      currenciesOfSales(values, {
        start: 1,
        name: 0,
        revenue: 1,
        revenueHeader: "销售额",
        currency: undefined,
      }),
    ).toEqual({
      stated: [
        { currency: "USD", known: true, count: 1, rows: [1] },
        { currency: "CNY", known: true, count: 1, rows: [2] },
      ],
      // The plain figure states none: counted apart (a dash is no figure).
      unstated: { count: 1, rows: [3] },
    });
  });

  it("keeps a text that names no currency as written, and finds nothing under a home-currency header", () => {
    const values: Cell[][] = [
      ["客户", "币种", "本币金额"],
      ["甲", "人民币", 5],
      ["乙", "外币", 3],
    ];
    expect(currenciesOfSales(values, columns).stated.map((c) => [c.currency, c.known])).toEqual([
      ["CNY", true],
      ["外币", false],
    ]);
    expect(currenciesOfSales(values, { ...columns, revenueHeader: "本币金额" }).stated).toEqual([]);
    expect(currenciesOfSales(values, { ...columns, revenueHeader: "Amount (Base Currency)" }).stated).toEqual(
      [],
    );
  });
});

describe("sales in more than one currency", () => {
  const ledger = (): Cell[][] => {
    const rows: Cell[][] = [["客户名称", "区域", "币种", "销售额"]];
    for (let i = 0; i < 20; i++)
      rows.push([
        `客户${String(i).padStart(2, "0")}`,
        "华东",
        i % 5 === 0 ? "USD" : "人民币",
        10_000 * (i + 1),
      ]);
    return rows;
  };

  it("finds the 币种 column by its header", () => {
    expect(detectColumns(ledger()).mapping.currency).toBe(2);
    expect(detectColumns([["Account Name", "Account Currency", "Sales"]]).mapping).toMatchObject({
      currency: 1,
      revenue: 2,
    });
  });

  it("stops the run, on the first row of the second currency, in both languages", () => {
    const r = tiers(ledger(), zh);
    expect(r.accounts).toEqual([]);
    expect(r.findings.map((f) => [f.code, f.severity, f.row, f.column, f.header])).toEqual([
      ["value.mixedCurrency", "error", 2, "C", "币种"],
    ]);
    expect(r.findings[0]?.message).toBe(
      "第2行：按“币种”列，销售额有2种币种：人民币16家，美元4家（第2、7、12、17行）。" +
        "不同币种的金额不能放在一起排名分级。请先按汇率换算成同一币种：新增一列“销售额（人民币）”，" +
        "再重新运行（将按这一列分级）。",
    );
    expect(tiers(ledger()).findings[0]?.message).toBe(
      "Row 2: by '币种', the sales are in 2 currencies: CNY 16 accounts, USD 4 accounts (rows 2, 7, 12, 17). " +
        "Amounts in different currencies cannot be ranked together. Convert them to one currency first: " +
        "add a column 'Sales (CNY)' at your exchange rates and run again (the run takes that column).",
    );
  });

  it("names the rows of each further currency, and a text it cannot read as written", () => {
    const rows = ledger();
    for (let i = 1; i <= 20; i++) if (i % 5 !== 1) rows[i]![2] = i % 2 === 0 ? "港币" : "RMB";
    rows[3]![2] = "外币";
    const message = tiers(rows, zh).findings[0]?.message;
    expect(message).toMatch(
      /^第6行：按“币种”列，销售额有4种币种：港元8家，人民币7家（第6、8、10、14、16行等），美元4家（第2、7、12、17行），“外币”1家（第4行）。/,
    );
  });

  it("says where the amounts are typed with different signs and no column names a currency", () => {
    const r = tiers([
      ["Distributor", "Sales"],
      ["Alpha", "$1,200,000"],
      ["Bravo", "¥5,000,000"],
      ["Charlie", "¥3,000,000"],
    ]);
    expect(r.findings.map((f) => [f.code, f.row, f.column, f.header])).toEqual([
      ["value.mixedCurrency", 2, "B", "Sales"],
    ]);
    expect(r.findings[0]?.message).toMatch(
      /^Row 2: the amounts in 'Sales' are typed in 2 currencies: CNY 2 accounts, USD 1 account \(row 2\)\. .* map it as the sales, and run again\.$/,
    );
  });

  it("stops where a few amounts are typed in a currency the plain figures beside them are not in", () => {
    // A yuan ledger of plain figures with one account typed $1.2M: the sign made every figure dollars.
    const ledger: Cell[][] = [["经销商名称", "年销售额"]];
    for (let i = 1; i <= 30; i++) ledger.push([`经销商${i}`, i * 100_000]);
    ledger[11]![1] = "$1.2M";
    const r = tiers(ledger, zh);
    expect(r.accounts).toEqual([]);
    expect(r.findings.map((f) => [f.code, f.severity, f.row, f.column, f.header])).toEqual([
      ["value.mixedCurrency", "error", 12, "B", "年销售额"],
    ]);
    expect(r.findings[0]?.message).toBe(
      "第12行：销售额列“年销售额”的金额写有2种币种：未写币种的29家（按人民币），美元1家（第12行）。" +
        "不同币种的金额不能放在一起排名分级。请先按汇率换算成同一币种：新增一列“销售额（人民币）”，" +
        "并把它指定为销售额列，再重新运行。如全部金额都是美元，请在表头注明（如“年销售额（美元）”），再运行。",
    );
    expect(tiers(ledger).findings[0]?.message).toMatch(
      /^Row 12: the amounts in '年销售额' are typed in 2 currencies: 29 accounts with no currency \(read as CNY\), USD 1 account \(row 12\)\. .* If every amount is in USD, say so in the header \('年销售额 \(USD\)'\) and run again\.$/,
    );
    // As the stop asks: the header names the currency, and every amount is read in it.
    ledger[0]![1] = "年销售额（美元）";
    const dollars = tiers(ledger, zh);
    expect(dollars.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(dollars.summary.currency).toBe("USD");
    // In yuan by its header (万元), the one typed in dollars is no yuan: stopped too (it was read as ¥).
    ledger[0]![1] = "年销售额（万元）";
    expect(tiers(ledger, zh).findings.map((f) => f.code)).toEqual(["value.mixedCurrency"]);
  });

  it("reads the plain figures in the currency most amounts are typed in, or the sheet's country's", () => {
    // Most typed $1,234 (a CRM's CSV), a few edited to plain figures: dollars, as before.
    const crm: Cell[][] = [["Account Name", "Sales"]];
    for (let i = 1; i <= 10; i++) crm.push([`Account ${i}`, i <= 6 ? `$${i * 1000},000` : i * 1_000_000]);
    const r = tiers(crm);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(r.summary.currency).toBe("USD");
    // Mostly plain figures, one typed $, on a sheet of one country, the United States: dollars too.
    const us: Cell[][] = [["Account Name", "Billing Country", "Sales"]];
    for (let i = 1; i <= 10; i++)
      us.push([`Account ${i}`, "United States", i === 3 ? "$3,000,000" : i * 1_000_000]);
    const byCountry = tiers(us);
    expect(byCountry.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(byCountry.summary.currency).toBe("USD");
    // A yuan amount typed ¥ among plain figures of a Chinese ledger is the ledger's own.
    const yuan: Cell[][] = [["经销商名称", "年销售额"]];
    for (let i = 1; i <= 10; i++) yuan.push([`经销商${i}`, i === 4 ? "¥4,000,000" : i * 1_000_000]);
    expect(tiers(yuan, zh).findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("tiers a ledger whose currency column names one currency in several ways", () => {
    const rows = ledger();
    for (let i = 1; i <= 20; i++) rows[i]![2] = ["人民币", "RMB", "CNY", "¥"][i % 4] as string;
    const r = tiers(rows);
    expect(r.findings.filter((f) => f.code === "value.mixedCurrency")).toEqual([]);
    expect(r.accounts).toHaveLength(20);
  });

  it("tiers sales in the home currency whatever currency each order was in", () => {
    const rows = ledger();
    rows[0]![3] = "本币含税金额";
    const r = tiers(rows);
    expect(r.findings.filter((f) => f.code === "value.mixedCurrency")).toEqual([]);
    expect(r.accounts).toHaveLength(20);
  });

  it("tiers a column converted to one currency, as the stop asks, whatever each row's order was in", () => {
    const rows = ledger().map((row, i) => [...row, i === 0 ? "销售额（人民币）" : (row[3] as number) * 7]);
    const r = tierAccounts({
      grid: { values: rows, origin: { row: 0, column: 0 } },
      messages: zh,
      asOf: AS_OF,
      mapping: { revenue: "销售额（人民币）" },
    });
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(r.accounts).toHaveLength(20);
    // Beside the 币种 column, the converted column is taken without a mapping, the other said as a rival.
    const found = tiers(rows, zh);
    expect(found.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(found.header.mapping.revenue).toBe(4);
    // 万元 alone names no currency: the rows' own still decide.
    const wan = ledger();
    wan[0]![3] = "销售额（万元）";
    expect(tiers(wan).findings.map((f) => f.code)).toEqual(["value.mixedCurrency"]);
  });

  it("writes amounts in the one currency the column names, where the header names none", () => {
    const rows = ledger();
    for (let i = 1; i <= 20; i++) rows[i]![2] = "USD";
    const r = tiers(rows, zh);
    expect(r.summary.currency).toBe("USD");
    expect(r.accounts.find((a) => a.name === "客户19")?.note).toContain("年销售额20万美元");
  });
});
