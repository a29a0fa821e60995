/**
 * `platform`: the simulated machine's description — Linux on x86_64 running CPython 3.11.7 —
 * fixed strings, so programs that print them are deterministic.
 */
import { PyTuple, newTuple } from '../python/objects/tuple';
import type { PyModule } from '../python/objects/module';
import { func } from '../python/runtime/define';
import type { Interpreter } from '../python/vm/interpreter-state';
import { structSeqType } from './sys';
import { defineAll } from './ioutil';

const unameType = structSeqType('uname_result', 'platform', ['system', 'node', 'release', 'version', 'machine', 'processor']);
const UNAME = ['Linux', 'interleave', '6.1.0', '#1 SMP', 'x86_64', 'x86_64'];

export function initPlatform(interp: Interpreter, m: PyModule): void {
  void interp;
  defineAll(m, [
    func('system', '', () => 'Linux'),
    func('node', '', () => 'interleave'),
    func('release', '', () => '6.1.0'),
    func('version', '', () => '#1 SMP'),
    func('machine', '', () => 'x86_64'),
    func('processor', '', () => 'x86_64'),
    func('uname', '', () => new PyTuple(UNAME.slice(), unameType)),
    func('architecture', 'executable=None, bits=\'\', linkage=\'\'', () => newTuple(['64bit', 'ELF'])),
    func('platform', 'aliased=False, terse=False', () => 'Linux-6.1.0-x86_64-with-glibc2.36'),
    func('python_version', '', () => '3.11.7'),
    func('python_version_tuple', '', () => newTuple(['3', '11', '7'])),
    func('python_implementation', '', () => 'CPython'),
    func('python_compiler', '', () => 'GCC 12.2.0'),
    func('python_build', '', () => newTuple(['main', 'Jan  1 2024 00:00:00'])),
    func('libc_ver', 'executable=None, lib=\'\', version=\'\', chunksize=16384', () => newTuple(['glibc', '2.36'])),
  ]);
}
