/** Progress on stderr: a redrawn line on a terminal, nothing at all in a pipe or a log. */
export type Progress = {
  readonly phase: (label: string, done?: number, total?: number) => void;
  readonly end: () => void;
};

/**
 * Creates the progress reporter for a stream.
 * @example const p = createProgress(process.stderr); p.phase("Reading"); p.end();
 */
export function createProgress(stream: NodeJS.WriteStream, enabled = true): Progress {
  if (!enabled || !stream.isTTY) return { phase: () => undefined, end: () => undefined };
  let shown = false;
  return {
    phase: (label, done, total) => {
      let line = label;
      if (done !== undefined && total !== undefined && total > 0) {
        const width = 24;
        const filled = Math.round((done / total) * width);
        line = `${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")}`;
      } else line = `${label}…`;
      stream.write(`\r\x1b[2K${line}`);
      shown = true;
    },
    end: () => {
      if (shown) stream.write("\r\x1b[2K");
    },
  };
}
