/**
 * Pure numeric kernels of the math module that CPython implements itself (so results must follow
 * its exact sequence of float operations): gamma/lgamma (Lanczos, Modules/mathmodule.c),
 * erf/erfc (fdlibm s_erf.c, which glibc uses), vector_norm (hypot/dist, 3.11 version) and fsum
 * (Shewchuk's exact partials). Errors are reported through return codes, not Python exceptions,
 * so this file stays free of the object model.
 */
import { exp, log, pow, sin, cos } from './random/libm';

const PI = 3.141592653589793;
const LOGPI = 1.1447298858494002;

/** sin(pi*x) accurate for integral x (reflection formula helper). */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = sin(PI * y); break;
    case 1: r = cos(PI * (y - 0.5)); break;
    case 2: r = sin(PI * (1.0 - y)); break;
    case 3: r = -cos(PI * (y - 1.5)); break;
    default: r = sin(PI * (y - 2.0)); break;
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const GAMMA_INTEGRAL: number[] = [1];
for (let i = 1; i < 23; i++) GAMMA_INTEGRAL.push(GAMMA_INTEGRAL[i - 1] * i);

function lanczosSum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  if (x < 5.0) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

/** Result of a kernel that may set errno: 'dom' → ValueError, 'range' → OverflowError. */
export type MathErr = '' | 'dom' | 'range';

export function tgamma(x: number): [number, MathErr] {
  if (!Number.isFinite(x)) return x !== x || x > 0 ? [x, ''] : [NaN, 'dom'];
  if (x === 0) return [Object.is(x, -0) ? -Infinity : Infinity, 'dom'];
  if (x === Math.floor(x)) {
    if (x < 0) return [NaN, 'dom'];
    if (x <= 23) return [GAMMA_INTEGRAL[x - 1], ''];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    return [r, Number.isFinite(r) ? '' : 'range'];
  }
  if (absx > 200.0) {
    if (x < 0.0) return [0.0 / sinpi(x), ''];
    return [Infinity, 'range'];
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0.0) {
    r = (((-PI / sinpi(absx)) / absx) * exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= pow(y, absx - 0.5);
    else {
      const sp = pow(y, absx / 2.0 - 0.25);
      r /= sp;
      r /= sp;
    }
  } else {
    r = lanczosSum(absx) / exp(y);
    r += z * r;
    if (absx < 140.0) r *= pow(y, absx - 0.5);
    else {
      const sp = pow(y, absx / 2.0 - 0.25);
      r *= sp;
      r *= sp;
    }
  }
  return [r, Number.isFinite(r) ? '' : 'range'];
}

export function lgamma(x: number): [number, MathErr] {
  if (!Number.isFinite(x)) return [x !== x ? x : Infinity, ''];
  if (x === Math.floor(x) && x <= 2.0) return x <= 0.0 ? [Infinity, 'dom'] : [0.0, ''];
  const absx = Math.abs(x);
  if (absx < 1e-20) return [-log(absx), ''];
  let r = log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOGPI - log(Math.abs(sinpi(absx))) - log(absx) - r;
  return [r, Number.isFinite(r) ? '' : 'range'];
}

// ---- erf / erfc: fdlibm's s_erf.c (glibc's double erf) ----
const ERX = 8.45062911510467529297e-01;
const EFX = 1.28379167095512586316e-01;
const PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ = [0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06];
const PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const QA = [0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
const RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const SA = [0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02];
const RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02];
const SB = [0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01];

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function highWord(x: number): number {
  f64[0] = x;
  return u32[1] | 0;
}
function clearLow(x: number): number {
  f64[0] = x;
  u32[0] = 0;
  return f64[0];
}
/** R/S of erfc's tail, evaluated in glibc's order (which differs from fdlibm's Horner form). */
function tailRS(s: number, useA: boolean): number {
  const s2 = s * s;
  const s4 = s2 * s2;
  const s6 = s4 * s2;
  if (useA) {
    const s8 = s4 * s4;
    const R = (RA[0] + s * RA[1]) + s2 * (RA[2] + s * RA[3]) + s4 * (RA[4] + s * RA[5]) + s6 * (RA[6] + s * RA[7]);
    const S = (1 + s * SA[1]) + s2 * (SA[2] + s * SA[3]) + s4 * (SA[4] + s * SA[5]) + s6 * (SA[6] + s * SA[7]) + s8 * SA[8];
    return R / S;
  }
  const R = (RB[0] + s * RB[1]) + s2 * (RB[2] + s * RB[3]) + s4 * (RB[4] + s * RB[5]) + s6 * RB[6];
  const S = (1 + s * SB[1]) + s2 * (SB[2] + s * SB[3]) + s4 * (SB[4] + s * SB[5]) + s6 * (SB[6] + s * SB[7]);
  return R / S;
}

/** y = R(x^2) for |x| < 0.84375. */
function smallY(x: number): number {
  const z = x * x;
  const z2 = z * z;
  const z4 = z2 * z2;
  const r = (PP[0] + z * PP[1]) + z2 * (PP[2] + z * PP[3]) + z4 * PP[4];
  const s = (1 + z * QQ[1]) + z2 * (QQ[2] + z * QQ[3]) + z4 * (QQ[4] + z * QQ[5]);
  return r / s;
}

/** P/Q for 0.84375 <= |x| < 1.25. */
function midPQ(ax: number): number {
  const s = ax - 1;
  const s2 = s * s;
  const s4 = s2 * s2;
  const s6 = s4 * s2;
  const P = (PA[0] + s * PA[1]) + s2 * (PA[2] + s * PA[3]) + s4 * (PA[4] + s * PA[5]) + s6 * PA[6];
  const Q = (1 + s * QA[1]) + s2 * (QA[2] + s * QA[3]) + s4 * (QA[4] + s * QA[5]) + s6 * QA[6];
  return P / Q;
}

function erfcTail(ax: number, ix: number, bound: number): number {
  const rs = tailRS(1 / (ax * ax), ix < bound);
  const z = clearLow(ax);
  return exp(-z * z - 0.5625) * exp((z - ax) * (z + ax) + rs);
}

export function erf(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x !== x ? x : x > 0 ? 1 : -1;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.0625 * (16.0 * x + 16.0 * EFX * x);
      return x + EFX * x;
    }
    return x + x * smallY(x);
  }
  if (ix < 0x3ff40000) {
    const pq = midPQ(Math.abs(x));
    return hx >= 0 ? ERX + pq : -ERX - pq;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1 - 1e-300 : 1e-300 - 1;
  const ax = Math.abs(x);
  const r = erfcTail(ax, ix, 0x4006db6e);
  return hx >= 0 ? 1 - r / ax : r / ax - 1;
}

export function erfc(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x !== x ? x : x > 0 ? 0 : 2;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const y = smallY(x);
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) {
    const pq = midPQ(Math.abs(x));
    if (hx >= 0) return 1 - ERX - pq;
    return 1 + (ERX + pq);
  }
  if (ix < 0x403c0000) {
    const ax = Math.abs(x);
    if (hx < 0 && ix >= 0x40180000) return 2 - 1e-300;
    const r = erfcTail(ax, ix, 0x4006db6d);
    return hx > 0 ? r / ax : 2 - r / ax;
  }
  return hx > 0 ? 1e-300 * 1e-300 : 2 - 1e-300;
}

/** frexp: x = m * 2**e with 0.5 <= |m| < 1 (read from the bits, so exact for subnormals too). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let adj = 0;
  f64[0] = x;
  if (((u32[1] >>> 20) & 0x7ff) === 0) {
    f64[0] = x * 2 ** 64;
    adj = 64;
  }
  const e = ((u32[1] >>> 20) & 0x7ff) - 1022 - adj;
  u32[1] = (u32[1] & 0x800fffff) | (1022 << 20);
  return [f64[0], e];
}

/** ldexp(x, e) with a single rounding (subnormal results) and no spurious overflow. */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, ex] = frexp(x);
  const k = ex + e; // |result| = |m| * 2**k
  if (k > 1024) return x > 0 ? Infinity : -Infinity;
  if (k < -1080) return x > 0 ? 0 : -0;
  if (k >= -1021) return m * 2 * 2 ** (k - 1);
  return m * 2 ** (k + 1074) * 2 ** -1074;
}

const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

/** glibc's cbrt (not correctly rounded: cbrt(27) is 3.0000000000000004 there, so in CPython). */
export function cbrt(x: number): number {
  const [xm, xe] = frexp(Math.abs(x));
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const u = 0.354895765043919860 + (1.50819193781584896 + (-2.11499494167371287 + (2.44693122563534430 +
    (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * CBRT_FACTOR[2 + (xe % 3)];
  return ldexp(x > 0.0 ? ym : -ym, Math.trunc(xe / 3));
}

/** CPython 3.11's vector_norm: the correctly rounded-ish Euclidean norm used by hypot and dist. */
export function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const T27 = 134217729.0;
  const n = vec.length;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0.0 || n <= 1) return max;
  const maxE = frexp(max)[1];
  let csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  let x: number, t: number, hi: number, lo: number, old: number;
  if (maxE >= -1023) {
    const scale = ldexp(1.0, -maxE);
    for (let i = 0; i < n; i++) {
      x = vec[i] * scale;
      t = x * T27;
      hi = t - (t - x);
      lo = x - hi;
      x = hi * hi;
      old = csum; csum += x; frac1 += (old - csum) + x;
      x = 2.0 * hi * lo;
      old = csum; csum += x; frac2 += (old - csum) + x;
      frac3 += lo * lo;
    }
    const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    x = h;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    old = csum; csum += x; frac1 += (old - csum) + x;
    x = -2.0 * hi * lo;
    old = csum; csum += x; frac2 += (old - csum) + x;
    x = -lo * lo;
    old = csum; csum += x; frac3 += (old - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  for (let i = 0; i < n; i++) {
    x = vec[i] / max;
    x = x * x;
    old = csum; csum += x; frac1 += (old - csum) + x;
  }
  return max * Math.sqrt(csum - 1.0 + frac1);
}

/** math.fsum's accumulator (msum with CPython's special-value and half-even handling). */
export class FSum {
  private p: number[] = [];
  private specialSum = 0.0;
  private infSum = 0.0;

  /** Add one value; returns false on intermediate overflow. */
  add(xIn: number): boolean {
    let x = xIn;
    const p = this.p;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo !== 0.0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0.0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xIn)) return false;
        if (xIn === Infinity || xIn === -Infinity) this.infSum += xIn;
        this.specialSum += xIn;
        p.length = 0;
      } else p.push(x);
    }
    return true;
  }

  /** The rounded sum, or 'inf-inf' for -inf + inf. */
  result(): number | 'inf-inf' {
    if (this.specialSum !== 0.0) return this.infSum !== this.infSum ? 'inf-inf' : this.specialSum;
    const p = this.p;
    let n = p.length;
    let hi = 0.0;
    if (n > 0) {
      hi = p[--n];
      let lo = 0.0;
      while (n > 0) {
        const x = hi;
        const y = p[--n];
        hi = x + y;
        const yr = hi - x;
        lo = y - yr;
        if (lo !== 0.0) break;
      }
      if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
        const y = lo * 2.0;
        const x = hi + y;
        const yr = x - hi;
        if (y === yr) hi = x;
      }
    }
    return hi;
  }
}
