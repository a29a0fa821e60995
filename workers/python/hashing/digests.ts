/**
 * hashlib's md5/sha1/sha2 objects as thin wrappers over @noble/hashes.
 *
 * The one behavioural gap to bridge: noble's `digest()` finalises (and wipes) its state, while
 * Python's `digest()`/`hexdigest()` can be called any number of times and `update()` may follow.
 * So digests are taken from a clone and the running state is never finalised.
 */
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha224, sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { pyThrow } from '../pyerror-signal';

/** The running state noble exposes for each algorithm (the parts we use). */
interface NobleState {
  update(data: Uint8Array): unknown;
  digest(): Uint8Array;
  clone(): NobleState;
}

export type DigestName = 'md5' | 'sha1' | 'sha224' | 'sha256' | 'sha384' | 'sha512';

/** A hashlib hash object: `name`, `digest_size`, `block_size`, update/digest/hexdigest/copy. */
export interface PyDigest {
  readonly name: DigestName;
  readonly digestSize: number;
  readonly blockSize: number;
  update(data: Uint8Array): void;
  digest(): Uint8Array;
  hexdigest(): string;
  copy(): PyDigest;
}

const FACTORIES: Record<DigestName, { create(): NobleState; outputLen: number; blockLen: number }> = {
  md5, sha1, sha224, sha256, sha384, sha512,
} as unknown as Record<DigestName, { create(): NobleState; outputLen: number; blockLen: number }>;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

class Digest implements PyDigest {
  readonly digestSize: number;
  readonly blockSize: number;

  constructor(readonly name: DigestName, private state: NobleState) {
    this.digestSize = FACTORIES[name].outputLen;
    this.blockSize = FACTORIES[name].blockLen;
  }

  update(data: Uint8Array): void {
    this.state.update(data);
  }

  digest(): Uint8Array {
    return this.state.clone().digest();
  }

  hexdigest(): string {
    const d = this.digest();
    let s = '';
    for (let i = 0; i < d.length; i++) s += HEX[d[i]];
    return s;
  }

  copy(): PyDigest {
    return new Digest(this.name, this.state.clone());
  }
}

/** True for the algorithm names this module provides (`hashlib.algorithms_guaranteed` subset). */
export function isDigestName(name: string): name is DigestName {
  return Object.prototype.hasOwnProperty.call(FACTORIES, name);
}

/** `hashlib.<name>(data)`: a fresh hash object, optionally fed `data`. */
export function createDigest(name: DigestName, data?: Uint8Array): PyDigest {
  const d = new Digest(name, FACTORIES[name].create());
  if (data) d.update(data);
  return d;
}

/**
 * `hashlib.new(name, data)`: the name is matched case-insensitively as OpenSSL does
 * ("SHA256" works and reports name "sha256"); an unknown name is ValueError.
 */
export function newDigest(name: string, data?: Uint8Array): PyDigest {
  const key = name.toLowerCase();
  if (!isDigestName(key)) pyThrow('ValueError', `unsupported hash type ${name}`);
  return createDigest(key, data);
}
