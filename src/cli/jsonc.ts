/**
 * A rules file written as JSON with comments (`//` to the end of the line, `/* … *\/`) and trailing
 * commas, as the README's example and editors' settings files (JSONC: tsconfig.json, VS Code's
 * settings) have them, made JSON: each comment and each trailing comma becomes blanks of its length,
 * line breaks kept, so where JSON.parse stops is still the line and column of the file. Text inside
 * strings is left alone ("http://…" is no comment). The README's example, copied into a file, was
 * refused at its first comment.
 * @example blankJsonComments('{ "a": 1, // one\n}') // '{ "a": 1        \n}'
 */
export function blankJsonComments(text: string): string {
  if (!/[/,]/.test(text)) return text;
  const out = text.split("");
  let inString = false;
  // A comma after a value that only blanks and comments follow so far: trailing if a } or ] comes
  // next. A comma after anything else ("b": ,) is the user's mistake, left for JSON.parse to place.
  let comma = -1;
  // The last character outside strings and comments that is not a blank.
  let previous = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') {
        inString = false;
        previous = '"';
      }
      i++;
      continue;
    }
    if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n" && text[i] !== "\r") out[i++] = " ";
      continue;
    }
    if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end < 0 ? text.length : end + 2;
      for (; i < stop; i++) if (text[i] !== "\n" && text[i] !== "\r") out[i] = " ";
      continue;
    }
    i++;
    if (/\s/.test(c)) continue;
    if (c === ",") comma = /["\w\]}]/.test(previous) ? i - 1 : -1;
    else {
      if ((c === "}" || c === "]") && comma >= 0) out[comma] = " ";
      comma = -1;
      if (c === '"') inString = true;
    }
    previous = c;
  }
  return out.join("");
}
