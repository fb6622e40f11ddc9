import { openPane } from "./browser.mjs";
const pane = await openPane({ width: 320, height: 900, locale: process.argv[2] ?? "en-US" });
const { page } = pane;
await page.waitForTimeout(2500);
await page.getByRole("button", { name: /Tier distributors|开始分级/ }).click();
await page.waitForTimeout(2500);
const h = await page.evaluate(() => document.documentElement.scrollHeight);
const w = await page.evaluate(() => document.documentElement.scrollWidth);
console.log("height", h, "width", w);
for (let y = 0, i = 0; y < h && i < 6; y += 900, i++)
  await page.screenshot({
    path: `/tmp/p${i}.png`,
    fullPage: true,
    clip: { x: 0, y, width: 320, height: Math.min(900, h - y) },
  });
console.log(pane.errors);
await pane.close();
