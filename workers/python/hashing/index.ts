/**
 * CPython 3.11 hash() emulation (64-bit Linux, PYTHONHASHSEED=0). See pyhash.ts for the value
 * representation and the probing helpers.
 */
export {
  type PyHash, type HashParts, hashLow32, hashHigh32, hashToParts, partsToHash, hashToPyInt, HashProbe,
} from './pyhash';
export { hashInt, hashFloat, hashComplex, hashPointer } from './numeric-hash';
export { hashString, hashBytes, hashStringParts, hashBytesParts } from './string-hash';
export { hashTuple, hashFrozenset } from './container-hash';
export { siphash13 } from './siphash13';
