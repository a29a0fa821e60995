/** How CPython names a type in reprs: `int`, `__main__.Foo`, `collections.OrderedDict`. */
import type { PyType } from '../objects/type';
import type { PyDict } from '../objects/dict';

export function typeModule(t: PyType): string {
  if (!t.isHeap) return t.module;
  const m = (t.dict as PyDict).getStr('__module__');
  return typeof m === 'string' ? m : 'builtins';
}

/** "module.Qualname", or just the qualname for builtins. */
export function moduleQualname(t: PyType): string {
  const m = typeModule(t);
  return m === 'builtins' ? t.qualname : `${m}.${t.qualname}`;
}
