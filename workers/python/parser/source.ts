/**
 * Source text preparation, as CPython does before tokenizing: drop a leading BOM (a file read
 * with one runs fine in CPython), turn \r\n and lone \r into \n, and end the text with a
 * newline. Coding cookies need no action: the source is already a decoded JS string.
 */
export interface NormalizedSource {
  text: string;
  /** True when the original did not end with a newline and one was added. */
  addedNewline: boolean;
}

export function normalizeSource(source: string, appendNewline = true): NormalizedSource {
  let text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  // CPython's translate_newlines adds the final newline to exec input only (not to eval input).
  if (!appendNewline || text.length === 0 || text.endsWith('\n')) return { text, addedNewline: false };
  return { text: text + '\n', addedNewline: true };
}
