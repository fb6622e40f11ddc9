import { createRoot } from "react-dom/client";
import { resolveLanguage } from "../i18n";
import { App } from "./App";
import { createCompute } from "./compute";
import type { Door } from "./door";
import { pickTheme } from "./theme";

// Render only after Office is ready. Outside Office, onReady gives `host: null`: that is demo mode.
// Each mode loads only its own door: the Excel adapter and commands, or the demo sample.
void Office.onReady(async (info) => {
  const inExcel = info.host === Office.HostType.Excel;
  const language = resolveLanguage(inExcel ? Office.context.displayLanguage : navigator.language);
  const compute = createCompute();
  let door: Door;
  if (inExcel) {
    const [{ registerCommands }, { createExcelDoor }] = await Promise.all([
      import(/* webpackChunkName: "commands" */ "../commands/registerCommands"),
      import(/* webpackChunkName: "excel" */ "./excelDoor"),
    ]);
    registerCommands();
    door = createExcelDoor(compute);
  } else {
    const { createDemoDoor } = await import(/* webpackChunkName: "demo" */ "./demo/demoDoor");
    door = createDemoDoor(language === "zh-CN" ? "zh" : "en", compute);
  }
  const theme = await pickTheme(inExcel ? Office.context.officeTheme : undefined);
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App door={door} initialLanguage={language} theme={theme} />);
});
