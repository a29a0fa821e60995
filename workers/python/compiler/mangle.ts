/**
 * Private name mangling (CPython's _Py_Mangle): inside `class C`, a name `__x` (not ending in
 * two underscores, no dot) becomes `_C__x`, with C's leading underscores stripped.
 */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return `_${stripped}${name}`;
}
