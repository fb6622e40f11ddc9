// Headless Chromium from Debian's package, driven by playwright-core; no browser download, no network.
import { chromium } from "playwright-core";
import { startServer } from "./server.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Starts the static server on dist-demo/ and a browser; every request off localhost is blocked and recorded. */
export async function openPane({ width = 360, height = 900, locale = "en-US" } = {}) {
  const { server, url } = await startServer(new URL("../../dist/demo/", import.meta.url).pathname);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const context = await browser.newContext({ viewport: { width, height }, locale });
  const page = await context.newPage();
  const blocked = [];
  const errors = [];
  const scripts = [];
  await context.route("**/*", (route) => {
    const u = new URL(route.request().url());
    if (u.hostname === "localhost" || u.hostname === "127.0.0.1") return route.continue();
    blocked.push(u.href);
    return route.abort();
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("response", (r) => {
    if (r.request().resourceType() === "script") scripts.push(r.url());
  });
  await page.goto(`${url}/taskpane.html`);
  return {
    page,
    blocked,
    errors,
    scripts,
    url,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}
