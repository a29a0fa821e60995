/**
 * Column conversions for SyntaxError offsets. Our tokenizer counts UTF-16 code units; CPython's
 * parser works on UTF-8 bytes and converts a column to characters only when its tokenizer has an
 * encoding (a str source, a coding cookie or a BOM). A file or bytes source without one keeps
 * byte columns, so `x = 'é'; print 'é'` run as a script reports offset 11, not 10.
 */

/** UTF-8 length of a UTF-16 string. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** A 1-based column in UTF-16 units of `line` as a 1-based byte column (no clamping). */
export function unitColToByteCol(line: string, col: number): number {
  if (col <= 1) return col;
  const k = col - 1;
  if (k <= line.length) return utf8Length(line.slice(0, k)) + 1;
  return utf8Length(line) + (k - line.length) + 1;
}

/**
 * _PyPegen_byte_offset_to_character_offset: the number of characters in the first `byteCol`
 * bytes of `text` (clamped to its length + 1, the extra one being the C string's NUL).
 */
export function byteColToCharCol(text: string, byteCol: number): number {
  const total = utf8Length(text);
  if (byteCol > total + 1) byteCol = total + 1;
  if (byteCol <= 0) return byteCol;
  let count = 0;
  let pos = 0;
  for (let i = 0; i < text.length && pos < byteCol; i++) {
    const c = text.charCodeAt(i);
    count++;
    if (c < 0x80) pos += 1;
    else if (c < 0x800) pos += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      pos += 4;
      i++;
    } else pos += 3;
  }
  if (byteCol > total) count++;
  return count;
}

/** A 1-based UTF-16 column of `line` as a 1-based code-point column (tokenizer errors). */
export function unitColToCharCol(line: string, col: number): number {
  if (col <= 1) return col;
  const k = Math.min(col - 1, line.length);
  let n = col - 1 - k;
  for (let i = 0; i < k; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < k && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    n++;
  }
  return n + 1;
}

/** Whether CPython's tokenizer would have an encoding for this source: a BOM or a coding cookie. */
export function declaresEncoding(source: string): boolean {
  if (source.charCodeAt(0) === 0xfeff) return true;
  const lines = source.split(/\r\n|\r|\n/, 2);
  const cookie = /^[ \t\f]*#.*?coding[:=][ \t]*[-\w.]+/;
  if (cookie.test(lines[0])) return true;
  if (lines.length > 1 && /^[ \t\f]*(#.*)?$/.test(lines[0]) && cookie.test(lines[1])) return true;
  return false;
}
