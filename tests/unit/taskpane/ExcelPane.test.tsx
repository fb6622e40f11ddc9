/**
 * @jest-environment jsdom
 */
import { webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/App";
import { createCompute } from "../../../src/taskpane/compute";
import { createExcelDoor } from "../../../src/taskpane/excelDoor";
import { getMessages } from "../../../src/i18n";
import { FakeWorkbook } from "../../fakes/fakeExcel";

/** The pane with its Excel door, over the fake Excel: the whole add-in path without Excel. */
function renderInExcel(wb: FakeWorkbook, language: "en-US" | "zh-CN" = "en-US") {
  const g = globalThis as Record<string, unknown>;
  g.Excel = {
    // Excel.run(batch) or Excel.run(options | context, batch): the options' delayForCellEdit reaches the fake.
    run: (a: unknown, b?: unknown) =>
      typeof a === "function"
        ? a(wb.context())
        : (b as (c: unknown) => Promise<unknown>)(wb.context(a as { delayForCellEdit?: boolean })),
  };
  g.Office = { context: { requirements: { isSetSupported: wb.supports } } };
  render(<App door={createExcelDoor(createCompute())} initialLanguage={language} theme={webLightTheme} />);
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

function workbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  const rows: (string | number)[][] = [["Distributor", "Revenue", "Region"]];
  for (let i = 0; i < 40; i++) rows.push([`Dealer ${i + 1}`, (40 - i) * 100, i % 2 ? "East" : "West"]);
  wb.addSheet("Dealers").fill(rows);
  return wb;
}

const DEALERS = "Sheet “Dealers” (A1:C41): 40 distributors, header in row 1";

describe("the pane in Excel (over the fake)", () => {
  it("previews, runs, writes the tier columns, and offers to re-run after an edit", async () => {
    const wb = workbook();
    renderInExcel(wb);
    expect(await screen.findByText(DEALERS, undefined, { timeout: 10_000 })).toBeInTheDocument();
    expect(wb.sheet("Dealers")?.value(0, 3)).toBe("");

    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Tier distributors" }));
    expect(
      await screen.findByText(
        /^Tiered 40 accounts\. \d+ columns written to sheet “Dealers” \(D1:[A-Z]+41\)\. The plan is on sheet “Tiering Strategy”, the changes on “Tiering Changes”\.$/,
      ),
    ).toBeInTheDocument();
    expect(wb.sheet("Dealers")?.value(0, 3)).toBe("Tier");
    expect(wb.sheet("Dealers")?.value(1, 3)).toBe("Key account");
    expect(wb.sheet("Tiering Strategy")).toBeDefined();
    // Our own writes fired worksheets.onChanged too (as in Excel): they are not "changes since the run".
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.queryByText("The sheet changed since the last run.")).not.toBeInTheDocument();

    await act(() => wb.edit("Dealers", 30, 1, 999_999));
    expect(await screen.findByText("The sheet changed since the last run.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Run again" }));
    await waitFor(() =>
      expect(screen.queryByText("The sheet changed since the last run.")).not.toBeInTheDocument(),
    );
    expect(
      await screen.findByText(/Dealer 30 \(row 31\): Ordinary account → Key account/),
    ).toBeInTheDocument();
  });

  it("says how many accounts were left out as ended, beside what it wrote", async () => {
    const wb = new FakeWorkbook();
    const rows: (string | number)[][] = [["Distributor", "Revenue", "Status"]];
    for (let i = 0; i < 20; i++)
      rows.push([`Dealer ${i + 1}`, (20 - i) * 100, i === 4 || i === 9 ? "Churned" : "Active"]);
    wb.addSheet("Dealers").fill(rows);
    renderInExcel(wb);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Tier distributors" }, { timeout: 10_000 }));
    expect(
      await screen.findByText(
        /^Tiered 18 accounts\. \d+ columns written to sheet “Dealers” \(D1:[A-Z]+21\)\. 2 more have ended or are no longer in use: not tiered\. The plan is on sheet/,
      ),
    ).toBeInTheDocument();
  });

  it("says before the run how many accounts a filter hides, and lists the warning after it", async () => {
    const wb = workbook();
    // Filtered to the West: the East's dealers (even rows 3, 5, …, 41) hidden.
    for (let r = 2; r <= 40; r += 2) wb.sheet("Dealers")!.hiddenRows.add(r);
    renderInExcel(wb);
    expect(
      await screen.findByText(
        "20 of them are on hidden rows (filtered or hidden by hand), tiered with the rest.",
        undefined,
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Tier distributors" }));
    expect(
      await screen.findByText(/^Rows 3, 5, 7, 9, 11 and 15 more are hidden \(by a filter or by hand\)/),
    ).toBeInTheDocument();
    // Every row written, the hidden ones too.
    for (let r = 1; r <= 40; r++) expect(wb.sheet("Dealers")?.value(r, 3)).not.toBe("");
  });

  it("joins its sentences without a space in Chinese, as Chinese text is written", async () => {
    const wb = new FakeWorkbook();
    const rows: (string | number)[][] = [["经销商名称", "年销售额", "客户状态"]];
    for (let i = 0; i < 20; i++)
      rows.push([`经销商${i + 1}`, (20 - i) * 100, i === 4 || i === 9 ? "停止合作" : "合作中"]);
    wb.addSheet("经销商").fill(rows);
    renderInExcel(wb, "zh-CN");
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "开始分级" }, { timeout: 10_000 }));
    expect(
      await screen.findByText(
        /^已对 18 家客户分级，在工作表“经销商”写入 \d+ 列（D1:[A-Z]+21）。另有 2 家已停止合作或停用，未分级。分级策略见工作表“分级策略”/,
      ),
    ).toBeInTheDocument();
  });

  it("reads the newly active sheet when a rule changes after the user switched sheets", async () => {
    const wb = workbook();
    wb.addSheet("Other").fill([
      ["Distributor", "Revenue"],
      ["Solo", 5],
    ]);
    renderInExcel(wb);
    await screen.findByText(DEALERS, undefined, { timeout: 10_000 });
    wb.active = 1;
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Change rules" }));
    const share = await screen.findByRole("textbox", { name: "Key accounts, % of accounts" });
    await user.clear(share);
    await user.type(share, "20{Enter}");
    expect(
      await screen.findByText("Sheet “Other” (A1:B2): 1 distributor, header in row 1"),
    ).toBeInTheDocument();
  });

  it("says the rows under the header where the run stops before tiering any, not '0 distributors'", async () => {
    // A Dynamics 365 export whose only money is the accounts' own Annual Revenue: Run waits for a column.
    const rows: (string | number)[][] = [["(Do Not Modify) Account", "Account Name", "Annual Revenue"]];
    for (let i = 0; i < 12; i++)
      rows.push([`5bc8fbbc-bde5-c099-4164-d8399f767c${10 + i}`, `Contoso ${i}`, 1e6]);
    const wb = new FakeWorkbook();
    wb.addSheet("Accounts").fill(rows);
    renderInExcel(wb);
    expect(
      await screen.findByText(
        "Sheet “Accounts” (A1:C13): header in row 1, 12 rows below it, not tiered yet",
        undefined,
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    const run = screen.getByRole("button", { name: "Tier distributors" });
    expect(run).toBeDisabled();
    // In Excel as in the demo, the columns are there to choose (the preview threw: an error bar, no columns).
    expect(screen.queryByText("Something went wrong")).toBeNull();
    const user = userEvent.setup();
    const revenue = await screen.findByRole("combobox", { name: "Revenue" });
    await user.click(revenue);
    await user.click(screen.getByRole("option", { name: "Annual Revenue" }));
    await waitFor(() => expect(run).toBeEnabled());
    await user.click(run);
    expect(await screen.findByText(/^Tiered 12 accounts\./)).toBeInTheDocument();
    expect(wb.sheet("Accounts")?.value(0, 3)).toBe("Tier");
    expect(wb.sheet("Accounts")?.value(1, 1)).toBe("Contoso 0");
    expect(getMessages("zh-CN").ui.jobLineRows("客户", "A1:C13", 12, 1)).toBe(
      "工作表“客户”（A1:C13）：表头在第 1\u00a0行，其下 12\u00a0行尚未分级",
    );
    expect(getMessages("en-US").ui.jobLineRows("S", "A1:C3", 1, 1, 2)).toBe(
      "Sheet “S” (A1:C3): header in rows 1-2, 1 row below it, not tiered yet",
    );
  });

  it("offers the likeliest header's columns where no header was recognised, and tiers by those chosen", async () => {
    // Headers the detector does not know (商号, 今年, 地方) under a title: the finding asked to choose the
    // name column, and the pane offered none ("0 columns").
    const rows: (string | number)[][] = [["2025年客户表"], ["商号", "今年", "地方"]];
    for (let i = 0; i < 12; i++) rows.push([`商号${i}`, (i + 1) * 100, i % 2 ? "杭州" : "宁波"]);
    const wb = new FakeWorkbook();
    wb.addSheet("Sheet1").fill(rows);
    renderInExcel(wb);
    const name = await screen.findByRole("combobox", { name: "Name" }, { timeout: 10_000 });
    expect(screen.getByText("0 of the sheet's 3 columns recognised; 1 to check.")).toBeInTheDocument();
    expect(
      screen.getByText("Run is unavailable until the column marked under Columns below is chosen."),
    ).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(name);
    const options = screen.getAllByRole("option").map((o) => o.textContent);
    expect(options.slice(options.indexOf("(automatic)"))).toEqual(["(automatic)", "商号", "今年", "地方"]);
    await user.click(screen.getByRole("option", { name: "商号" }));
    await user.click(screen.getByRole("combobox", { name: "Revenue" }));
    await user.click(screen.getByRole("option", { name: "今年" }));
    const run = screen.getByRole("button", { name: "Tier distributors" });
    await waitFor(() => expect(run).toBeEnabled());
    await user.click(run);
    expect(await screen.findByText(/^Tiered 12 accounts\./)).toBeInTheDocument();
    expect(wb.sheet("Sheet1")?.value(1, 3)).toBe("Tier");
    expect(wb.sheet("Sheet1")?.value(13, 3)).toBe("Key account");
  });

  it("on a blank template says what is wrong on its row in Excel too, and Run waits", async () => {
    // The preview threw in Excel: an error bar, where the demo said the finding and why Run waits.
    const wb = new FakeWorkbook();
    wb.addSheet("经销商台账").fill([["经销商名称", "年度销售额（万元）", "所属区域"]]);
    renderInExcel(wb, "zh-CN");
    expect(
      await screen.findByText(/第1行是表头，表头下没有经销商数据/, undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText("请先在表中修正上面的问题，才能开始分级。")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "开始分级" })).toBeDisabled();
    expect(screen.queryByText("出现问题")).toBeNull();
  });

  it("on a new year's copy with its sales not yet filled in says why the run stops in Excel too", async () => {
    const wb = new FakeWorkbook();
    const rows: (string | number | null)[][] = [["经销商名称", "年销售额", "所属区域"]];
    for (let i = 0; i < 12; i++) rows.push([`经销商${i + 1}`, 5_000 * (12 - i), "华东"]);
    wb.addSheet("经销商台账").fill(rows);
    renderInExcel(wb, "zh-CN");
    const user = userEvent.setup();
    const run = await screen.findByRole("button", { name: "开始分级" }, { timeout: 10_000 });
    await waitFor(() => expect(run).toBeEnabled());
    await user.click(run);
    await screen.findByText(/家客户分级，在工作表“经销商台账”写入/);
    // The new year: the sales emptied for this year's figures, the sheet read again.
    for (let r = 1; r <= 12; r++) await act(() => wb.edit("经销商台账", r, 1, ""));
    await user.click(screen.getByRole("button", { name: "重新读取" }));
    expect(
      await screen.findByText(/本次B列“年销售额”却没有一行大于零的销售额/, undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "开始分级" })).toBeDisabled();
  });

  it("says an empty sheet's error, and that Run waits for it to be solved, not for a read", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Sheet1");
    renderInExcel(wb, "zh-CN");
    expect(await screen.findByText(/工作表“Sheet1”为空/, undefined, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText("请先解决上方的问题，再点“重新读取”，才能开始分级。")).toBeInTheDocument();
    expect(screen.queryByText("尚未读取工作表，暂不能分级。")).toBeNull();
  });

  it("shows a protected sheet's error in a message bar and writes nothing", async () => {
    const wb = workbook();
    wb.sheet("Dealers")!.protected = true;
    renderInExcel(wb);
    await screen.findByText(DEALERS, undefined, { timeout: 10_000 });
    await userEvent.setup().click(screen.getByRole("button", { name: "Tier distributors" }));
    expect(await screen.findByText(/Sheet 'Dealers' is protected/)).toBeInTheDocument();
    expect(wb.sheets.map((s) => s.name)).toEqual(["Dealers"]);
  });
});
