import { createRoot } from "react-dom/client";
import { associateCommands } from "../commands/associateCommands";
import { whenOfficeReady } from "../excel/host";
import { resolveLanguage } from "../i18n";
import { App } from "./App";
import { sharedCompute } from "./compute";
import type { Door } from "./door";
import { pickTheme } from "./theme";

// The ribbon's commands are associated at the top level, before onReady (Microsoft's pattern for a
// shared runtime): a click that comes before the pane is ready is not lost. Outside Office (demo mode)
// there is nothing to associate with.
associateCommands();

// Render only after Office is ready. Outside Office, onReady gives `host: null`: that is demo mode.
// Each mode loads only its own door: the Excel adapter, or the demo sample.
void whenOfficeReady().then(async (host) => {
  const inExcel = host.inExcel;
  const language = resolveLanguage(inExcel ? host.displayLanguage : navigator.language);
  const compute = sharedCompute();
  let door: Door;
  if (inExcel) {
    const { createExcelDoor } = await import(/* webpackChunkName: "excel" */ "./excelDoor");
    door = createExcelDoor(compute);
  } else {
    const { createDemoDoor } = await import(/* webpackChunkName: "demo" */ "./demo/demoDoor");
    door = createDemoDoor(language === "zh-CN" ? "zh" : "en", compute);
  }
  const theme = await pickTheme(host.theme);
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App door={door} initialLanguage={language} theme={theme} />);
});
