// Writes samples/distributors.zh.xlsx and samples/distributors.en.xlsx from the same sample the demo
// pane shows. Deterministic: `npx tsx scripts/make-samples.ts` rewrites them alike (every part the same;
// the zip entries carry the day they were written).
import ExcelJS from "exceljs";
import { type SampleLanguage, sampleSheet } from "../src/taskpane/demo/sampleSheet";

async function write(lang: SampleLanguage): Promise<void> {
  const rows = sampleSheet(lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Channel Tiering samples";
  // A fixed date, so that writing the samples again gives the same files.
  wb.created = wb.modified = new Date(Date.UTC(2025, 11, 1));
  const ws = wb.addWorksheet(lang === "zh" ? "经销商台账" : "Distributors");
  const width = (rows[2] ?? []).length;
  ws.mergeCells(1, 1, 1, width);
  rows.forEach((row, r) => {
    if (r === rows.length - 1) return;
    row.forEach((v, c) => {
      if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
    });
  });
  // Fonts named and sized, as Excel writes every font: a bold font that names neither (ExcelJS's
  // { bold: true } alone) printed its title and headers in LibreOffice's serif beside the sans data.
  ws.getCell(1, 1).font = { name: "Calibri", family: 2, size: 14, bold: true };
  ws.getRow(3).font = { name: "Calibri", family: 2, size: 11, bold: true };
  for (let r = 4; r < rows.length; r++) {
    ws.getCell(r, 11).numFmt = "0.0%";
    ws.getCell(r, 17).numFmt = "yyyy-mm-dd";
  }
  const last = rows.length - 1;
  const totals = rows[last] ?? [];
  ws.getCell(last + 1, 2).value = totals[1] as string;
  // The result saved with the formula is what Excel calculates for it: SUM adds the numbers and leaves
  // out a figure typed as text ("12万", "120k"; "If a reference argument is … text …, it is ignored",
  // support.microsoft.com, SUM function), which the tiering reads (and says the total leaves out). A
  // reader that shows the saved result (a viewer, or Excel until it calculates) shows Excel's total.
  let sum = 0;
  for (let r = 3; r < last; r++) {
    const v = rows[r]?.[5];
    if (typeof v === "number") sum += v;
  }
  ws.getCell(last + 1, 6).value = { formula: `SUM(F4:F${last})`, result: Math.round(sum * 10) / 10 };
  ws.getRow(last + 1).font = { name: "Calibri", family: 2, size: 11, bold: true };
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
