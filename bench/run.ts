import { benchAdapter } from "./adapter";
import { benchCli, benchRerun, copyWithExcelJS, rezip, writeGeneratedWorkbook } from "./cli";
import { benchCsv } from "./csv";
import { benchEngine, benchRemarks } from "./engine";

/**
 * One benchmark at one size, printed as JSON lines: `node dist/bench.cjs engine 1048576`.
 * `scripts/bench.mjs` runs each in a fresh process so that one size's garbage never slows the next.
 */
async function main(): Promise<void> {
  const [name, size, extra, columns] = process.argv.slice(2);
  const rows = Number(size);
  let lines: object[] = [];
  if (name === "engine") lines = benchEngine([rows]);
  else if (name === "remarks") lines = benchRemarks(rows);
  else if (name === "cli") lines = await benchCli(rows);
  else if (name === "rerun") lines = await benchRerun(rows);
  else if (name === "adapter") lines = await benchAdapter(rows);
  else if (name === "csv") lines = await benchCsv(rows);
  else if (name === "copy") await copyWithExcelJS(size as string, extra as string, Number(columns ?? 0));
  else if (name === "rezip") await rezip(size as string, extra as string);
  else if (name === "generate") await writeGeneratedWorkbook(size as string, Number(extra));
  else throw new Error(`unknown benchmark ${name}`);
  for (const line of lines) console.log(JSON.stringify(line));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
