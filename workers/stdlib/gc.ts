/**
 * `gc`: the cycle collector's switches. Interleave has no garbage collector (objects live until
 * the program ends), so collect() finds nothing; the switches and thresholds behave as CPython's
 * do from Python's point of view (weakref.finalize's exit hook uses isenabled/disable/enable).
 */
import type { PyValue } from '../python/objects/object';
import { None } from '../python/objects/core-types';
import type { PyModule } from '../python/objects/module';
import { PyList } from '../python/objects/list';
import { newTuple } from '../python/objects/tuple';
import type { Interpreter } from '../python/vm/interpreter-state';
import { func } from '../python/runtime/define';
import { notImplementedError } from '../python/runtime/errors';
import { defineAll } from './ioutil';

export function initGc(interp: Interpreter, m: PyModule): void {
  const state = interp.ext('gc', () => ({ enabled: true, thresholds: [700, 10, 10] as PyValue[] }));
  m.ns.setStr('garbage', new PyList([]));
  m.ns.setStr('callbacks', new PyList([]));
  defineAll(m, [
    func('enable', '', () => ((state.enabled = true), None)),
    func('disable', '', () => ((state.enabled = false), None)),
    func('isenabled', '', () => state.enabled),
    func('collect', 'generation=2', () => 0),
    func('get_count', '', () => newTuple([0, 0, 0])),
    func('get_threshold', '', () => newTuple(state.thresholds)),
    func('set_threshold', 'threshold0, threshold1=?, threshold2=?, /', (a: PyValue, b?: PyValue, c?: PyValue) => {
      state.thresholds = [a, b ?? state.thresholds[1], c ?? state.thresholds[2]];
      return None;
    }),
    func('is_tracked', 'obj, /', () => false),
    func('is_finalized', 'obj, /', () => false),
    func('freeze', '', () => None),
    func('unfreeze', '', () => None),
    func('get_freeze_count', '', () => 0),
    func('get_objects', 'generation=None', () => notImplementedError('gc.get_objects() is not supported by Interleave (it has no garbage collector)')),
    func('get_referrers', '*objs', () => notImplementedError('gc.get_referrers() is not supported by Interleave (it has no garbage collector)')),
    func('get_referents', '*objs', () => notImplementedError('gc.get_referents() is not supported by Interleave (it has no garbage collector)')),
  ]);
}
