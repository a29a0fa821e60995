/**
 * CPython 3.11 `random` core: MT19937 (mt19937.ts), the Lib/random.py algorithms (random-core.ts)
 * and the correctly rounded math they need (libm.ts).
 */
export { MT19937, N as MT_N } from './mt19937';
export {
  PyRandom, NV_MAGICCONST, TWOPI, LOG4, SG_MAGICCONST,
  type FloatArgs, type ChoicesOptions, type PyReal, type PyInt,
} from './random-core';
export { log, exp, sin, cos, acos, pow, pyLog, pyExp, pySin, pyCos, pyAcos, pySqrt, pyPow, pyFloatMod } from './libm';
