// Writes samples/distributors.zh.xlsx and samples/distributors.en.xlsx from the same sample the demo
// pane shows. Deterministic: `npx tsx scripts/make-samples.ts` rewrites them alike.
import ExcelJS from "exceljs";
import { type SampleLanguage, sampleSheet } from "../src/taskpane/demo/sampleSheet";

async function write(lang: SampleLanguage): Promise<void> {
  const rows = sampleSheet(lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Channel Tiering samples";
  const ws = wb.addWorksheet(lang === "zh" ? "经销商台账" : "Distributors");
  const width = (rows[2] ?? []).length;
  ws.mergeCells(1, 1, 1, width);
  rows.forEach((row, r) => {
    if (r === rows.length - 1) return;
    row.forEach((v, c) => {
      if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
    });
  });
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getRow(3).font = { bold: true };
  for (let r = 4; r < rows.length; r++) {
    ws.getCell(r, 11).numFmt = "0.0%";
    ws.getCell(r, 17).numFmt = "yyyy-mm-dd";
  }
  const last = rows.length - 1;
  const totals = rows[last] ?? [];
  ws.getCell(last + 1, 2).value = totals[1] as string;
  ws.getCell(last + 1, 6).value = { formula: `SUM(F4:F${last})`, result: totals[5] as number };
  ws.getRow(last + 1).font = { bold: true };
  ws.columns.forEach((c, i) => {
    c.width = i === 1 ? 30 : 14;
  });
  await wb.xlsx.writeFile(`samples/distributors.${lang}.xlsx`);
}

void (async () => {
  await write("zh");
  await write("en");
  console.log("samples written");
})();
