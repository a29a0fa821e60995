/**
 * `hashlib`: md5/sha1/sha2 constructors and `new()` over ../python/hashing/digests, with the
 * `_hashlib.HASH` object (update/digest/hexdigest/copy/name/digest_size/block_size) and
 * CPython's errors ("Strings must be encoded before hashing", "unsupported hash type x").
 * The constructors are named like CPython's OpenSSL ones (`openssl_md5`), as their reprs show.
 */
import { PyObject, type PyValue } from '../python/objects/object';
import { None, builtinType, objectType } from '../python/objects/core-types';
import type { PyModule } from '../python/objects/module';
import { PyBytes } from '../python/objects/bytes';
import { newSetFromItems } from '../python/objects/set';
import { frozensetType } from '../python/objects/core-types';
import { method, getter, slot, func } from '../python/runtime/define';
import { typeError } from '../python/runtime/errors';
import { fakeAddress } from '../python/ops/strrepr';
import type { Interpreter } from '../python/vm/interpreter-state';
import type { NativeGen } from '../python/vm/native';
import { newDigest, createDigest, type PyDigest, type DigestName } from '../python/hashing/digests';
import { bytesLike, defineAll, cType } from './ioutil';
import { charge, NK } from '../python/runtime/cost';

export const hashType = cType('_hashlib.HASH', objectType, { final: true });

class PyHash extends PyObject {
  constructor(readonly d: PyDigest) {
    super(hashType);
  }
}

function dataOf(x: PyValue | undefined): Uint8Array | undefined {
  if (x === undefined || x === None) return undefined;
  if (typeof x === 'string') typeError('Strings must be encoded before hashing');
  const b = bytesLike(x);
  if (b === null) typeError('object supporting the buffer API required');
  return b!;
}

const DIGEST_KIND: Record<string, NK> = { md5: NK.DigestMd5, sha1: NK.DigestSha1, sha224: NK.DigestSha256, sha256: NK.DigestSha256 };

/** Virtual time of digesting `data` (per byte, by algorithm: runtime/cost.ts). */
function chargeDigest(name: string, data: Uint8Array | undefined): void {
  charge(DIGEST_KIND[name] ?? NK.DigestOther, data === undefined ? 0 : data.length);
}

method(hashType, 'update', 'obj, /', (h: PyHash, data: PyValue) => {
  const b = dataOf(data);
  chargeDigest(h.d.name, b);
  if (b !== undefined) h.d.update(b);
  return None;
});
method(hashType, 'digest', '', (h: PyHash) => {
  charge(NK.DigestFinal, 0);
  return new PyBytes(h.d.digest());
});
method(hashType, 'hexdigest', '', (h: PyHash) => {
  charge(NK.DigestFinal, 0);
  return h.d.hexdigest();
});
method(hashType, 'copy', '', (h: PyHash) => new PyHash(h.d.copy()));
getter(hashType, 'name', (h: PyHash) => h.d.name);
getter(hashType, 'digest_size', (h: PyHash) => h.d.digestSize);
getter(hashType, 'block_size', (h: PyHash) => h.d.blockSize);
slot(hashType, '__repr__', '', (h: PyHash) => `<${h.d.name} _hashlib.HASH object @ ${fakeAddress(h)}>`);

const NAMES: DigestName[] = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];

export function initHashlib(interp: Interpreter, m: PyModule): void {
  void interp;
  const ns = m.ns;
  for (const name of NAMES) {
    const f = func(`openssl_${name}`, 'string=None, *, usedforsecurity=True', (data: PyValue) => {
      const b = dataOf(data);
      chargeDigest(name, b);
      return new PyHash(createDigest(name, b));
    });
    f.module = '_hashlib';
    ns.setStr(name, f);
  }
  defineAll(m, [
    func('new', 'name, data=None, **kwargs', (name: PyValue, data: PyValue, kw: Map<string, PyValue> | null) => {
      if (typeof name !== 'string') typeError('name must be a string');
      const d = data !== None ? data : (kw?.get('string') ?? None);
      const b = dataOf(d);
      const h = new PyHash(newDigest(name as string, b));
      chargeDigest(h.d.name, b);
      return h;
    }),
  ]);
  // Sets hash their items through the protocol (a generator); str items never need Python code.
  const setGen = function* (): NativeGen {
    return yield* newSetFromItems(NAMES.slice(), frozensetType);
  };
  const g = setGen();
  const r = g.next();
  if (r.done) {
    ns.setStr('algorithms_guaranteed', r.value);
    ns.setStr('algorithms_available', r.value);
  }
}
