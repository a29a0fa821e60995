/**
 * Item reprs for the trace (queue contents): what repr() would print for the values a queue
 * usually carries — numbers, strings, None, tuples, lists, dicts of them — computed without
 * running Python code or charging virtual time (the trace only observes), and shortened to fit
 * a box in the queue view. Anything whose repr would need Python code (a user class's __repr__)
 * shows as `<ClassName>`.
 */
import { PyObject, type PyValue } from '../python/objects/object';
import { None } from '../python/objects/core-types';
import { PyFloat } from '../python/objects/float';
import { PyTuple } from '../python/objects/tuple';
import { PyList } from '../python/objects/list';
import { PyDict } from '../python/objects/dict';
import { strRepr } from '../python/numfmt/str-repr';
import { floatRepr } from '../python/numfmt/double-to-string';

/** Longest repr the trace keeps (longer ones end in '…'). */
export const MAX_ITEM_REPR = 60;
/** Items shown of a container inside an item. */
const MAX_INNER_ITEMS = 8;

export function traceRepr(x: PyValue): string {
  const r = reprOf(x, 0);
  return r.length > MAX_ITEM_REPR ? `${r.slice(0, MAX_ITEM_REPR - 1)}…` : r;
}

function reprOf(x: PyValue, depth: number): string {
  switch (typeof x) {
    case 'number':
      return String(x);
    case 'bigint': {
      const s = x.toString();
      return s.length > MAX_ITEM_REPR ? `${s.slice(0, 20)}…(${s.length} digits)` : s;
    }
    case 'boolean':
      return x ? 'True' : 'False';
    case 'string':
      return strRepr(x.length > MAX_ITEM_REPR ? x.slice(0, MAX_ITEM_REPR) : x);
  }
  if (x === None) return 'None';
  if (!(x instanceof PyObject)) return '<object>';
  const cls = x.cls;
  if (cls.isHeap) return `<${cls.name}>`;
  if (x instanceof PyFloat) return floatRepr(x.v);
  if (depth > 2) return '…';
  if (x instanceof PyTuple) {
    const inner = items(x.items, depth);
    return x.items.length === 1 ? `(${inner},)` : `(${inner})`;
  }
  if (x instanceof PyList) return `[${items(x.items, depth)}]`;
  if (x instanceof PyDict) {
    const parts: string[] = [];
    let n = 0;
    x.forEach((k, v) => {
      if (n++ < MAX_INNER_ITEMS) parts.push(`${reprOf(k, depth + 1)}: ${reprOf(v, depth + 1)}`);
    });
    if (n > MAX_INNER_ITEMS) parts.push('…');
    return `{${parts.join(', ')}}`;
  }
  return `<${cls.name}>`;
}

function items(xs: PyValue[], depth: number): string {
  const parts = xs.slice(0, MAX_INNER_ITEMS).map((v) => reprOf(v, depth + 1));
  if (xs.length > MAX_INNER_ITEMS) parts.push('…');
  return parts.join(', ');
}
