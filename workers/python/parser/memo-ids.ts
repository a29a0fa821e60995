/**
 * Memoization slots. Exactly the rules CPython 3.11 memoizes (including its left-recursive
 * ones): which results are cached changes which `invalid_*` checks run in the error pass, so
 * caching more or less than CPython would change the reported errors.
 */
export const R = {
  simpleStmt: 1,
  block: 2,
  expression: 3,
  starExpression: 4,
  disjunction: 5,
  conjunction: 6,
  inversion: 7,
  bitwiseOr: 8,
  bitwiseXor: 9,
  bitwiseAnd: 10,
  shiftExpr: 11,
  sum: 12,
  term: 13,
  factor: 14,
  awaitPrimary: 15,
  primary: 16,
  strings: 17,
  arguments: 18,
  starTarget: 19,
  targetWithStarAtom: 20,
  tPrimary: 21,
  delTarget: 22,
  dottedName: 23,
  closedPattern: 24,
  starPattern: 25,
  attr: 26,
  invalidNamedExpression: 27,
} as const;
