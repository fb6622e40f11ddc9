import { oneLine } from "../engine";

/**
 * Text from a workbook (a name, a sheet name, a header) on its way to a terminal. A cell may hold control
 * characters: an escape sequence would be run by the terminal (clear the screen, retitle the window,
 * hide what follows), and a line break would split the one line an error promises. A line break in a
 * cell (Alt+Enter: "年销售额⏎（万元）", a header's most common layout) is shown as one space, none
 * between Chinese characters: the line stays one line. Every other C0 control and DEL is shown as its
 * Unicode control picture (U+2400 block: ␛, ␉), each C1 control and each bidirectional override or
 * isolate (which can make a line read in another order than it is written) as U+FFFD.
 * @example terminalText("A\u001b[2J\nB") // "A␛[2J B"
 */
export function terminalText(text: string): string {
  return oneLine(text).replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return "\u2421";
    return "\ufffd";
  });
}

// eslint-disable-next-line no-control-regex -- these are the characters being neutralised
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
