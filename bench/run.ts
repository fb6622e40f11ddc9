import { benchEngine } from "./engine";

/**
 * `npm run bench [-- engine|cli|adapter|bundle …]`: prints one JSON line per measurement.
 * With no names, runs every benchmark.
 */
async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const want = (name: string): boolean => only.length === 0 || only.includes(name);
  if (want("engine")) for (const m of benchEngine([10_000, 100_000, 1_048_576])) console.log(JSON.stringify(m));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
