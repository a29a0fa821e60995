/**
 * Loads the runtime in a safe order (core types first, then behaviour modules that attach
 * methods) and creates interpreters with builtins, sys and the native module table.
 */
import '../objects/core-types';
import './errors';
import { installDictHooks } from '../objects/dict';
import { pyHash } from '../ops/hash';
import { pyEq } from '../ops/compare';
import '../types/object';
import '../types/reduce';
import '../types/type';
import '../types/int';
import '../types/float';
import '../types/complex';
import '../types/list';
import '../types/tuple';
import '../types/dict';
import '../types/range-slice';
import '../types/callables';
import '../types/exceptions';
import '../types/exception-group';
import '../types/iterators';
import '../types/module-code';
import '../types/str';
import '../types/bytes';
import '../types/set';
import '../types/reduce-builtins';
import '../builtins/files';
import '../vm/generators';
import '../vm/call-units';
import { installBuiltins } from '../builtins';
import { Interpreter, type InterpreterOptions, type OutputSink } from '../vm/interpreter-state';
import { PyModule } from '../objects/module';
import { None } from '../objects/core-types';
import { initSys } from '../../stdlib/sys';
import { registerStdlib } from '../../stdlib/registry';

installDictHooks(pyHash, pyEq);

/** A fresh interpreter: builtins, sys, and the standard library's module table. */
export function createInterpreter(out: OutputSink, options: Partial<InterpreterOptions> = {}): Interpreter {
  const interp = new Interpreter(out, options);
  installBuiltins(interp.builtins);
  const builtinsMod = new PyModule('builtins', interp.builtins);
  interp.modules.setStr('builtins', builtinsMod);
  const sys = new PyModule('sys');
  sys.ns.setStr('__name__', 'sys');
  sys.ns.setStr('__doc__', None);
  interp.modules.setStr('sys', sys);
  initSys(interp, sys);
  registerStdlib(interp);
  return interp;
}
