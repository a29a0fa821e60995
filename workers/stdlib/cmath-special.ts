/**
 * cmath's special-value tables: the C99 Annex G results CPython 3.11 returns when a part of the
 * argument is an infinity or a NaN, indexed [kind of real part][kind of imaginary part] with the
 * kinds -inf, negative, -0, +0, positive, +inf, nan (see specialType).
 *
 * The tables were produced by evaluating python3 (3.11.7)'s cmath at one representative of each
 * kind (they differ in places from newer CPython sources, e.g. tanh(-0+nanj)). U marks cells
 * never read: both parts finite, or (for cosh/exp/sinh/tanh/rect) an infinite real part with a
 * finite non-zero imaginary part, which the functions compute instead. Cells whose call raises
 * ValueError (errno EDOM) hold nan: their value is never seen.
 */
import type { Cx } from '../python/numfmt/complex-arith';

const P = Math.PI;
const P14 = 0.25 * Math.PI;
const P12 = 0.5 * Math.PI;
const P34 = 0.75 * Math.PI;
const INF = Infinity;
const N = NaN;
const U = NaN;

export type Table = Cx[][];

function t(v: number[]): Table {
  const rows: Cx[][] = [];
  for (let i = 0; i < 7; i++) {
    const row: Cx[] = [];
    for (let j = 0; j < 7; j++) row.push({ re: v[(i * 7 + j) * 2], im: v[(i * 7 + j) * 2 + 1] });
    rows.push(row);
  }
  return rows;
}

/** ST_NINF, ST_NEG, ST_NZERO, ST_PZERO, ST_POS, ST_PINF, ST_NAN. */
export function specialType(d: number): number {
  if (Number.isFinite(d)) {
    if (d !== 0) return d > 0 ? 4 : 1;
    return Object.is(d, -0) ? 2 : 3;
  }
  if (d !== d) return 6;
  return d > 0 ? 5 : 0;
}

export const SPECIAL = {
  acos: t([
    P34, INF,    P, INF,      P, INF,      P, -INF,     P, -INF,     P34, -INF,   N, INF,
    P12, INF,    U, U,        U, U,        U, U,        U, U,        P12, -INF,   N, N,
    P12, INF,    U, U,        U, U,        U, U,        U, U,        P12, -INF,   P12, N,
    P12, INF,    U, U,        U, U,        U, U,        U, U,        P12, -INF,   P12, N,
    P12, INF,    U, U,        U, U,        U, U,        U, U,        P12, -INF,   N, N,
    P14, INF,    0, INF,      0, INF,      0, -INF,     0, -INF,     P14, -INF,   N, INF,
    N, INF,      N, N,        N, N,        N, N,        N, N,        N, -INF,     N, N,
  ]),
  acosh: t([
    INF, -P34,   INF, -P,     INF, -P,     INF, P,      INF, P,      INF, P34,    INF, N,
    INF, -P12,   U, U,        U, U,        U, U,        U, U,        INF, P12,    N, N,
    INF, -P12,   U, U,        U, U,        U, U,        U, U,        INF, P12,    N, N,
    INF, -P12,   U, U,        U, U,        U, U,        U, U,        INF, P12,    N, N,
    INF, -P12,   U, U,        U, U,        U, U,        U, U,        INF, P12,    N, N,
    INF, -P14,   INF, -0,     INF, -0,     INF, 0,      INF, 0,      INF, P14,    INF, N,
    INF, N,      N, N,        N, N,        N, N,        N, N,        INF, N,      N, N,
  ]),
  asinh: t([
    -INF, -P14,  -INF, -0,    -INF, -0,    -INF, 0,     -INF, 0,     -INF, P14,   -INF, N,
    -INF, -P12,  U, U,        U, U,        U, U,        U, U,        -INF, P12,   N, N,
    -INF, -P12,  U, U,        U, U,        U, U,        U, U,        -INF, P12,   N, N,
    INF, -P12,   U, U,        U, U,        U, U,        U, U,        INF, P12,    N, N,
    INF, -P12,   U, U,        U, U,        U, U,        U, U,        INF, P12,    N, N,
    INF, -P14,   INF, -0,     INF, -0,     INF, 0,      INF, 0,      INF, P14,    INF, N,
    INF, N,      N, N,        N, -0,       N, 0,        N, N,        INF, N,      N, N,
  ]),
  atanh: t([
    -0, -P12,    -0, -P12,    -0, -P12,    -0, P12,     -0, P12,     -0, P12,     -0, N,
    -0, -P12,    U, U,        U, U,        U, U,        U, U,        -0, P12,     N, N,
    -0, -P12,    U, U,        U, U,        U, U,        U, U,        -0, P12,     -0, N,
    0, -P12,     U, U,        U, U,        U, U,        U, U,        0, P12,      0, N,
    0, -P12,     U, U,        U, U,        U, U,        U, U,        0, P12,      N, N,
    0, -P12,     0, -P12,     0, -P12,     0, P12,      0, P12,      0, P12,      0, N,
    0, -P12,     N, N,        N, N,        N, N,        N, N,        0, P12,      N, N,
  ]),
  cosh: t([
    N, N,        U, U,        INF, 0,      INF, -0,     U, U,        N, N,        INF, N,
    N, N,        U, U,        U, U,        U, U,        U, U,        N, N,        N, N,
    N, N,        U, U,        U, U,        U, U,        U, U,        N, N,        N, 0,
    N, N,        U, U,        U, U,        U, U,        U, U,        N, N,        N, 0,
    N, N,        U, U,        U, U,        U, U,        U, U,        N, N,        N, N,
    N, N,        U, U,        INF, -0,     INF, 0,      U, U,        N, N,        INF, N,
    N, N,        N, N,        N, 0,        N, 0,        N, N,        N, N,        N, N,
  ]),
  exp: t([
    0, 0,        U, U,        0, -0,       0, 0,        U, U,        0, 0,        0, 0,
    N, N,        U, U,        U, U,        U, U,        U, U,        N, N,        N, N,
    N, N,        U, U,        U, U,        U, U,        U, U,        N, N,        N, N,
    N, N,        U, U,        U, U,        U, U,        U, U,        N, N,        N, N,
    N, N,        U, U,        U, U,        U, U,        U, U,        N, N,        N, N,
    N, N,        U, U,        INF, -0,     INF, 0,      U, U,        N, N,        INF, N,
    N, N,        N, N,        N, -0,       N, 0,        N, N,        N, N,        N, N,
  ]),
  log: t([
    INF, -P34,   INF, -P,     INF, -P,     INF, P,      INF, P,      INF, P34,    INF, N,
    INF, -P12,   U, U,        U, U,        U, U,        U, U,        INF, P12,    N, N,
    INF, -P12,   U, U,        U, U,        U, U,        U, U,        INF, P12,    N, N,
    INF, -P12,   U, U,        U, U,        U, U,        U, U,        INF, P12,    N, N,
    INF, -P12,   U, U,        U, U,        U, U,        U, U,        INF, P12,    N, N,
    INF, -P14,   INF, -0,     INF, -0,     INF, 0,      INF, 0,      INF, P14,    INF, N,
    INF, N,      N, N,        N, N,        N, N,        N, N,        INF, N,      N, N,
  ]),
  sinh: t([
    N, N,        U, U,        -INF, -0,    -INF, 0,     U, U,        N, N,        INF, N,
    N, N,        U, U,        U, U,        U, U,        U, U,        N, N,        N, N,
    N, N,        U, U,        U, U,        U, U,        U, U,        N, N,        0, N,
    N, N,        U, U,        U, U,        U, U,        U, U,        N, N,        0, N,
    N, N,        U, U,        U, U,        U, U,        U, U,        N, N,        N, N,
    N, N,        U, U,        INF, -0,     INF, 0,      U, U,        N, N,        INF, N,
    N, N,        N, N,        N, -0,       N, 0,        N, N,        N, N,        N, N,
  ]),
  sqrt: t([
    INF, -INF,   0, -INF,     0, -INF,     0, INF,      0, INF,      INF, INF,    N, INF,
    INF, -INF,   U, U,        U, U,        U, U,        U, U,        INF, INF,    N, N,
    INF, -INF,   U, U,        U, U,        U, U,        U, U,        INF, INF,    N, N,
    INF, -INF,   U, U,        U, U,        U, U,        U, U,        INF, INF,    N, N,
    INF, -INF,   U, U,        U, U,        U, U,        U, U,        INF, INF,    N, N,
    INF, -INF,   INF, -0,     INF, -0,     INF, 0,      INF, 0,      INF, INF,    INF, N,
    INF, -INF,   N, N,        N, N,        N, N,        N, N,        INF, INF,    N, N,
  ]),
  tanh: t([
    -1, 0,       U, U,        -1, -0,      -1, 0,       U, U,        -1, 0,       -1, 0,
    N, N,        U, U,        U, U,        U, U,        U, U,        N, N,        N, N,
    N, N,        U, U,        U, U,        U, U,        U, U,        N, N,        N, N,
    N, N,        U, U,        U, U,        U, U,        U, U,        N, N,        N, N,
    N, N,        U, U,        U, U,        U, U,        U, U,        N, N,        N, N,
    1, 0,        U, U,        1, -0,       1, 0,        U, U,        1, 0,        1, 0,
    N, N,        N, N,        N, -0,       N, 0,        N, N,        N, N,        N, N,
  ]),
  rect: t([
    N, N,        U, U,        -INF, 0,     -INF, -0,    U, U,        N, N,        INF, N,
    N, N,        U, U,        U, U,        U, U,        U, U,        N, N,        N, N,
    0, 0,        U, U,        U, U,        U, U,        U, U,        0, 0,        0, 0,
    0, 0,        U, U,        U, U,        U, U,        U, U,        0, 0,        0, 0,
    N, N,        U, U,        U, U,        U, U,        U, U,        N, N,        N, N,
    N, N,        U, U,        INF, -0,     INF, 0,      U, U,        N, N,        INF, N,
    N, N,        N, N,        N, 0,        N, 0,        N, N,        N, N,        N, N,
  ]),
};
