/**
 * Character names for `\N{...}` escapes. Only a subset of Unicode is shipped (see
 * unicode-names.gen.py) plus the algorithmic CJK names; lookups are case-insensitive like
 * CPython's. An unknown name is reported as CPython reports an unknown name.
 */
import { NAME_ALIASES, NAME_BLOCKS } from './unicode-names-data';

let table: Map<string, number> | null = null;

function buildTable(): Map<string, number> {
  const m = new Map<string, number>();
  for (const [start, names] of NAME_BLOCKS) {
    names.split('|').forEach((n, i) => {
      if (n) m.set(n, start + i);
    });
  }
  for (const [k, v] of Object.entries(NAME_ALIASES)) m.set(k, v);
  return m;
}

export function lookupUnicodeName(name: string): number | null {
  const upper = name.toUpperCase();
  const cjk = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(name);
  if (cjk) {
    const cp = parseInt(cjk[1], 16);
    const ok = (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x20000 && cp <= 0x2a6df);
    return ok ? cp : null;
  }
  table ??= buildTable();
  return table.get(upper) ?? null;
}
