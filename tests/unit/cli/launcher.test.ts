import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { truncate } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

// The launcher is plain CommonJS (it runs before anything is built): required as Node would.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const launcher = require("../../../bin/channel-tiering.cjs") as {
  hasLargeFile: (args: string[]) => boolean;
  LARGE_INPUT_BYTES: number;
};

describe("the command's launcher", () => {
  it("starts Node a second time (for the larger young generation) only for a large file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ct-launch-"));
    const small = path.join(dir, "small.xlsx");
    const large = path.join(dir, "large.xlsx");
    writeFileSync(small, "x");
    writeFileSync(large, "");
    // Sparse: a large size without the bytes.
    await truncate(large, launcher.LARGE_INPUT_BYTES);
    expect(launcher.hasLargeFile([small, "--out", path.join(dir, "out.xlsx")])).toBe(false);
    expect(launcher.hasLargeFile(["--sheet", "经销商", large])).toBe(true);
    // Folders, missing files and option names are not files.
    expect(launcher.hasLargeFile([dir, path.join(dir, "missing.xlsx"), "--quiet", ""])).toBe(false);
  });

  it("ends with the same exit code whether or not it starts Node again", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ct-launch-"));
    const missing = path.join(dir, "missing.xlsx");
    const bin = path.resolve(__dirname, "../../../bin/channel-tiering.cjs");
    const run = (args: string[]): number => {
      try {
        execFileSync(process.execPath, [bin, ...args], { stdio: "pipe", env: { ...process.env, LANG: "C" } });
        return 0;
      } catch (e) {
        return (e as { status: number }).status;
      }
    };
    // A missing input is a usage error either way; a large unrelated file only changes how Node starts.
    const large = path.join(dir, "large.bin");
    writeFileSync(large, Buffer.alloc(launcher.LARGE_INPUT_BYTES));
    const alone = run([missing]);
    expect(alone).not.toBe(0);
    expect(run([missing, "--rules", large])).toBe(alone);
  });
});
