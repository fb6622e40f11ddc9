// Run before the browser tests build anything: without Chromium they fail at once, in one line.
import { checkBrowser } from "./browser.mjs";

try {
  checkBrowser();
} catch (error) {
  console.error(`test:e2e: ${error.message}`);
  process.exit(1);
}
