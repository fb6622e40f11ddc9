import { createRoot } from "react-dom/client";
import { registerCommands } from "../commands/registerCommands";
import { resolveLanguage } from "../i18n";
import { App } from "./App";
import { createCompute } from "./compute";
import { createDemoDoor } from "./demo/demoDoor";
import { createExcelDoor } from "./excelDoor";
import { pickTheme } from "./theme";

// Render only after Office is ready. Outside Office, onReady gives `host: null`: that is demo mode.
void Office.onReady((info) => {
  const inExcel = info.host === Office.HostType.Excel;
  if (inExcel) registerCommands();
  const language = resolveLanguage(inExcel ? Office.context.displayLanguage : navigator.language);
  const compute = createCompute();
  const door = inExcel ? createExcelDoor(compute) : createDemoDoor(language === "zh-CN" ? "zh" : "en", compute);
  const theme = pickTheme(inExcel ? Office.context.officeTheme : undefined);
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App door={door} initialLanguage={language} theme={theme} />);
});
