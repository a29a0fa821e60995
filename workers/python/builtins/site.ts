/**
 * The names site.py adds to builtins: copyright, credits and license (_sitebuiltins._Printer:
 * the repr is the text) and help (_sitebuiltins._Helper). help() itself, license()'s full text
 * and breakpoint() are not supported: they raise NotImplementedError.
 */
import { PyObject } from '../objects/object';
import { None, objectType, builtinType } from '../objects/core-types';
import type { PyDict } from '../objects/dict';
import { func, slot } from '../runtime/define';
import { notImplementedError } from '../runtime/errors';
import { currentThread } from '../vm/current';
import { pyCall } from '../ops/call';
import { pyGetAttr } from '../ops/attr';

const printerType = builtinType('_Printer', objectType, { module: '_sitebuiltins' });
const helperType = builtinType('_Helper', objectType, { module: '_sitebuiltins' });

class Printer extends PyObject {
  constructor(readonly name: string, readonly text: string | null, readonly short: string) {
    super(printerType);
  }
}

slot(printerType, '__repr__', '', (p: Printer) => p.text ?? p.short);
slot(printerType, '__call__', '', function* (p: Printer) {
  if (p.text === null) return notImplementedError(`${p.name}() (the full license text) is not supported by Interleave yet`);
  const out = currentThread().interp.getModule('sys')?.ns.getStr('stdout');
  if (out !== undefined) yield* pyCall(yield* pyGetAttr(out, 'write'), [p.text + '\n']);
  return None;
});
slot(helperType, '__repr__', '', () => 'Type help() for interactive help, or help(object) for help about object.');
slot(helperType, '__call__', '*args, **kwds', () => notImplementedError('help() is not supported by Interleave yet'));

const COPYRIGHT = 'Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n'
  + 'Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n'
  + 'Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n'
  + 'Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.';
const CREDITS = '    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n'
  + '    for supporting Python development.  See www.python.org for more information.';

export function installSiteBuiltins(ns: PyDict): void {
  ns.setStr('copyright', new Printer('copyright', COPYRIGHT, ''));
  ns.setStr('credits', new Printer('credits', CREDITS, ''));
  ns.setStr('license', new Printer('license', null, 'Type license() to see the full license text'));
  ns.setStr('help', new PyObject(helperType));
  const stubs = [
    func('breakpoint', '*args, **kws', () => notImplementedError('breakpoint() (the debugger) is not supported by Interleave yet')),
  ];
  for (const f of stubs) {
    f.module = 'builtins';
    ns.setStr(f.name, f);
  }
}
