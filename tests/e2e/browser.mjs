// Headless Chromium from Debian's package, driven by playwright-core; no browser download, no network.
import { existsSync } from "node:fs";
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

/** One line that says what is missing, thrown before anything starts (so nothing is left running). */
export function checkBrowser() {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
}

/**
 * Starts the static server on dist-demo/ and a browser; every request off localhost is blocked and
 * recorded. `colorScheme: "dark"` and `forcedColors: "active"` emulate Windows' dark and high-contrast
 * settings, which the pane follows.
 */
export async function openPane({
  width = 360,
  height = 900,
  locale = "en-US",
  colorScheme = "light",
  forcedColors = "none",
} = {}) {
  checkBrowser();
  const { server, url } = await startServer(new URL("../../dist/demo/", import.meta.url).pathname);
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 30_000 });
  } catch (error) {
    server.close();
    throw new Error(`Chromium at ${CHROMIUM} did not start: ${String(error.message).split("\n")[0]}`);
  }
  const context = await browser.newContext({
    viewport: { width, height },
    locale,
    colorScheme,
    forcedColors,
  });
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
