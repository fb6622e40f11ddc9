// End-to-end: the built pane in demo mode, in a real headless Chromium.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { openPane } from "./browser.mjs";

const ARTIFACTS = new URL("./artifacts/", import.meta.url).pathname;
mkdirSync(ARTIFACTS, { recursive: true });
const ready = async (page) => page.getByText("300 rows; header in row 3").waitFor({ timeout: 20_000 });
const keyAccounts = (page) =>
  page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: "Key account" }) })
    .getByRole("cell")
    .first();

describe("the pane in demo mode", () => {
  let pane;
  before(async () => {
    pane = await openPane();
    await ready(pane.page);
  });
  after(async () => pane?.close());

  it("loads with no request leaving localhost except those the page blocks", async () => {
    assert.deepEqual(pane.errors, []);
    for (const url of pane.blocked)
      assert.match(url, /microsoft|office|live\.com|oaspapps/, `unexpected request to ${url}`);
    assert.ok(
      pane.scripts.every((s) => s.startsWith(pane.url)),
      "every script comes from localhost",
    );
  });

  it("fixes a mapping, changes a rule, runs, and shows the summary and the written columns", async () => {
    const { page } = pane;
    await page.getByRole("combobox", { name: "Owner" }).click();
    await page.getByRole("option", { name: "Notes" }).click();
    await page.getByRole("combobox", { name: "Owner" }).filter({ hasText: "Notes" }).waitFor();
    await page.getByRole("combobox", { name: "Owner" }).click();
    await page.getByRole("option", { name: "(automatic)" }).click();

    const share = page.getByRole("textbox", { name: "Key accounts, % of accounts" });
    await share.fill("20");
    await share.press("Enter");
    // The preview re-tiers in a worker: wait for the new count rather than a fixed time.
    await keyAccounts(page).filter({ hasText: /^60$/ }).waitFor({ timeout: 15_000 });
    assert.equal((await keyAccounts(page).textContent()).trim(), "60");

    await page.getByRole("button", { name: "Tier distributors" }).click();
    await page.getByText("Tiered 300 accounts.").waitFor();
    const headers = await page.getByTestId("preview").getByRole("columnheader").allTextContents();
    assert.ok(headers.includes("Tier") && headers.includes("Strategy Note"), headers.join("|"));
    const firstTier = await page
      .getByTestId("preview")
      .getByRole("row")
      .nth(1)
      .getByRole("cell")
      .nth(1)
      .textContent();
    assert.match(firstTier, /Key account|Ordinary|Prospect/);
  });

  it("switches language", async () => {
    const { page } = pane;
    await page.getByRole("combobox", { name: "Language" }).selectOption("zh-CN");
    await page.getByRole("button", { name: "开始分级" }).waitFor();
    await page.getByRole("rowheader", { name: "重点客户" }).waitFor();
  });

  it("has no serious or critical accessibility violations (axe-core)", async () => {
    const { page } = pane;
    // Check a settled page: the language switch re-tiers, and a button fading back from disabled is
    // mid-transition for a moment.
    await page.getByRole("button", { name: "重新读取" }).and(page.locator(":enabled")).waitFor();
    await page.waitForTimeout(800);
    await page.addScriptTag({ url: `${pane.url}/test-tools/axe.min.js` });
    const result = await page.evaluate(async () => window.axe.run(document, { resultTypes: ["violations"] }));
    const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    assert.deepEqual(
      bad.map((v) => `${v.id}: ${v.nodes.length} nodes (${v.nodes[0]?.target})`),
      [],
    );
  });

  it("saves a screenshot", async () => {
    await pane.page.screenshot({ path: `${ARTIFACTS}pane.png`, fullPage: true });
  });
});

describe("the pane by keyboard alone", () => {
  it("reaches the run button with Tab and runs with Enter", async () => {
    const pane = await openPane();
    try {
      const { page } = pane;
      await ready(page);
      let focused = "";
      for (let i = 0; i < 80 && focused !== "Tier distributors"; i++) {
        await page.keyboard.press("Tab");
        focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
      }
      assert.equal(focused, "Tier distributors");
      await page.keyboard.press("Enter");
      await page.getByText("Tiered 300 accounts.").waitFor();
    } finally {
      await pane.close();
    }
  });
});
