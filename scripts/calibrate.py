#!/usr/bin/env python3
"""Calibrates Interleave's cost model against CPython 3.11 on this machine.

    python3 scripts/calibrate.py [--runs N] [--reuse-cpython] [--cache FILE] [--no-write]

Every instruction our VM dispatches costs OP_COST[op] virtual nanoseconds (the generated
workers/python/compiler/op-costs.ts), and natives add `base + perUnit * units` of their kind of
work (workers/python/runtime/cost.ts, NK). This script fits those numbers so that a CPU-bound
program takes about as long in virtual time as under `python3`; docs/cost-model.md explains the
method and its limits. Steps:

1. CPython figures, best of --runs (>= 5) after a warm-up round, measured in interleaved rounds
   (every item once per round) so that a busy spell on the machine cannot spoil all the runs of
   one item:
   - programs (bench/calibration/*.py and bench/programs/*.py): each run in a fresh `python3`,
     timing only the exec of the compiled module (process CPU time; start-up, compilation and
     the teardown of the program's objects excluded; stdout captured and recorded);
   - native micro-benchmarks (NATIVE_BENCH: one kind of native work at two sizes) and opcode
     micro-benchmarks (OP_BENCH: a statement in a loop), with timeit (setup excluded).
2. Our VM's counts. scripts/calibrate-vm.mjs runs every program and micro-benchmark one
   instruction at a time and reports how often each opcode was executed (superinstructions as
   their two halves, which is what they cost) and the charges and units of each native kind.
   The dispatch loop is not touched: the harness steps `runThread(th, 1)` and reads the opcode
   at the top frame's pc (scripts/calibrate-step.ts).
3. Stage 1, natives. Per kind, from its micro-benchmarks: CPython's time per call minus the
   instructions around it and the other kinds' charges = base + perUnit * units; least squares
   on relative errors (the largest size weighted 3x), base and perUnit >= 0.
4. Stage 2, instructions. Opcodes are grouped (GROUPS: the ops of a group share one cost times a
   fixed relative weight); the group costs and the event-like kinds (STAGE2_KINDS: a native
   frame, a Python function called by the runtime, an instance creation, a raise, ...) are
   fitted by non-negative least squares: per program, counts x costs = CPython time - native
   charges, the residual relative to the time; the opcode micro-benchmarks join with a small
   weight (OP_BENCH_WEIGHT), and each group is pulled weakly toward a prior (REG) so that
   groups few programs exercise stay plausible. Every opcode costs at least 1 ns (the simulated
   machine relies on a positive minimum cost): a group's cost is bounded below accordingly,
   and costs are rounded to whole ns. Rare opcodes (imports, async, match, except*) get FIXED
   costs. Stages 1 and 2 alternate three times.
5. Output: workers/python/compiler/op-costs.ts (generated: do not edit by hand) and
   bench/calibration/results.json — CPython seconds and stdout per program, our virtual seconds
   with the previous table (before) and with the new one (after: the programs run normally on
   our VM), the fitted costs and the micro-benchmark figures. bench/calibration's Vitest test
   checks every program against the recorded CPython time (±25%).

Requires python3 (3.11, the reference) and node; no third-party Python packages. Takes about
five minutes. --cache FILE keeps the CPython timings for re-fitting without timing again.
"""
import argparse
import contextlib
import glob
import io
import json
import math
import os
import subprocess
import sys
import tempfile
import time
import timeit

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
RESULTS = os.path.join(ROOT, 'bench', 'calibration', 'results.json')
OP_COSTS_TS = os.path.join(ROOT, 'workers', 'python', 'compiler', 'op-costs.ts')
HARNESS = os.path.join(ROOT, 'scripts', 'calibrate-vm.mjs')

# ---------------------------------------------------------------------------------------------
# Opcode groups: name -> (prior cost in ns of a weight-1 op, {opcode: relative weight}).
# Priors are rough CPython 3.11 costs (specialised instructions on a ~3 GHz core).
GROUPS = {
    'local': (1.5, {'LOAD_CONST': 1, 'LOAD_FAST': 1, 'STORE_FAST': 1, 'DELETE_FAST': 1.5,
                    'LOAD_CLOSURE': 1}),
    'stack': (1.5, {'NOP': 1, 'POP_TOP': 1, 'PUSH_NULL': 1, 'COPY': 1, 'SWAP': 1,
                    'KW_NAMES': 1, 'PRECALL': 1, 'LOAD_ASSERTION_ERROR': 1.5, 'GET_LEN': 3,
                    'MATCH_MAPPING': 1.5, 'MATCH_SEQUENCE': 1.5}),
    'jump': (2.0, {'JUMP_FORWARD': 1, 'JUMP_BACKWARD': 1, 'JUMP_BACKWARD_NO_INTERRUPT': 1}),
    'branch': (2.0, {'POP_JUMP_FORWARD_IF_FALSE': 1, 'POP_JUMP_FORWARD_IF_TRUE': 1,
                   'POP_JUMP_BACKWARD_IF_FALSE': 1, 'POP_JUMP_BACKWARD_IF_TRUE': 1,
                   'POP_JUMP_FORWARD_IF_NONE': 1, 'POP_JUMP_FORWARD_IF_NOT_NONE': 1,
                   'POP_JUMP_BACKWARD_IF_NONE': 1, 'POP_JUMP_BACKWARD_IF_NOT_NONE': 1,
                   'JUMP_IF_FALSE_OR_POP': 1, 'JUMP_IF_TRUE_OR_POP': 1}),
    'for_iter': (5.0, {'FOR_ITER': 1}),
    'get_iter': (12.0, {'GET_ITER': 1, 'GET_YIELD_FROM_ITER': 1}),
    'binary_op': (5.0, {'BINARY_OP': 1, 'UNARY_POSITIVE': 1, 'UNARY_NEGATIVE': 1,
                        'UNARY_INVERT': 1, 'UNARY_NOT': 0.6}),
    'binary_generic': (12.0, {'BINARY_OP_GENERIC': 1}),
    'compare': (6.0, {'COMPARE_OP': 1, 'IS_OP': 0.5, 'CONTAINS_OP': 2}),
    'global': (5.0, {'LOAD_GLOBAL': 1}),
    'name': (15.0, {'LOAD_NAME': 1, 'STORE_NAME': 1, 'DELETE_NAME': 1, 'STORE_GLOBAL': 1,
                    'DELETE_GLOBAL': 1, 'LOAD_CLASSDEREF': 1}),
    'attr': (10.0, {'LOAD_ATTR': 1, 'STORE_ATTR': 1.2, 'DELETE_ATTR': 2, 'LOAD_METHOD': 1}),
    'subscr': (8.0, {'BINARY_SUBSCR': 1, 'STORE_SUBSCR': 1.2, 'DELETE_SUBSCR': 2}),
    'call': (20.0, {'CALL': 1, 'CALL_FUNCTION_EX': 3}),
    'resume': (3.0, {'RESUME': 1}),
    'return': (8.0, {'RETURN_VALUE': 1}),
    'cell': (4.0, {'LOAD_DEREF': 1, 'STORE_DEREF': 1, 'MAKE_CELL': 3, 'COPY_FREE_VARS': 1,
                   'DELETE_DEREF': 1}),
    'build': (15.0, {'BUILD_TUPLE': 1, 'BUILD_LIST': 1, 'BUILD_SET': 2, 'BUILD_MAP': 2.5,
                     'BUILD_CONST_KEY_MAP': 2.5, 'BUILD_SLICE': 0.5, 'LIST_TO_TUPLE': 0.5}),
    'unpack': (5.0, {'UNPACK_SEQUENCE': 1, 'UNPACK_EX': 4}),
    'append': (6.0, {'LIST_APPEND': 1, 'SET_ADD': 3, 'MAP_ADD': 3, 'LIST_EXTEND': 3,
                     'SET_UPDATE': 4, 'DICT_UPDATE': 6, 'DICT_MERGE': 6}),
    'format': (25.0, {'FORMAT_VALUE': 1, 'BUILD_STRING': 1}),
    'make_function': (40.0, {'MAKE_FUNCTION': 1}),
    'generator': (15.0, {'RETURN_GENERATOR': 2, 'YIELD_VALUE': 1, 'SEND': 1}),
    'exception': (10.0, {'PUSH_EXC_INFO': 1, 'POP_EXCEPT': 1, 'CHECK_EXC_MATCH': 1, 'RERAISE': 2,
                         'RAISE_VARARGS': 3, 'BEFORE_WITH': 4, 'WITH_EXCEPT_START': 6}),
}
# Opcodes no calibration program exercises enough to fit (imports, classes, async, match,
# except*): fixed costs in ns, by analogy with CPython's work for them.
FIXED = {
    'IMPORT_NAME': 200, 'IMPORT_FROM': 30, 'IMPORT_STAR': 200, 'LOAD_BUILD_CLASS': 10,
    'SETUP_ANNOTATIONS': 20, 'GET_AWAITABLE': 15, 'GET_AITER': 20, 'GET_ANEXT': 20,
    'END_ASYNC_FOR': 15, 'BEFORE_ASYNC_WITH': 40, 'ASYNC_GEN_WRAP': 5, 'MATCH_KEYS': 60,
    'MATCH_CLASS': 80, 'CHECK_EG_MATCH': 60, 'PREP_RERAISE_STAR': 60,
}
# Pull of each group toward its prior, relative to one program's relative error: a group cost
# twice its prior weighs like a program off by REG.
REG = 0.1
# Pull of each stage-1 kind's scale factor toward 1 (stage 2 may correct a micro-benchmark's
# per-unit cost where programs show more, e.g. big sorts that miss the caches).
REG_NATIVE = 0.3
# Weight of an opcode micro-benchmark's relative error against a program's.
OP_BENCH_WEIGHT = 0.05

# ---------------------------------------------------------------------------------------------
# Native micro-benchmarks: (kind, header, setup with {n}, statement, sizes). Per call, CPython's
# time minus the instructions and other kinds around it is fitted as base + perUnit * units,
# units as our VM counts them for that statement.
TEXT = "T = ' '.join('word%d' % (i % 97) for i in range({n}))"
NATIVE_BENCH = [
    ('iter_item', '', 'R = range({n})', 'list(R)', (10, 20000)),
    ('iter_item', '', 'D = dict.fromkeys(range({n}))', 'list(D)', (10, 20000)),
    ('seq_copy', '', 'L = list(range({n}))', 'L[:]', (10, 20000)),
    ('seq_copy', '', 'L = list(range({n}))', 'L + L', (10, 20000)),
    ('seq_copy', '', 'L = list(range({n}))', 'L.copy()', (10, 20000)),
    ('seq_copy', '', 'L = list(range({n}))', 'tuple(L)', (10, 20000)),
    ('seq_copy', '', 'D = {{i: i for i in range({n})}}', 'dict(D)', (10, 20000)),
    ('seq_copy', '', 'S = set(range({n}))', 'set(S)', (10, 20000)),
    ('sum_item', '', 'L = [i % 1000 for i in range({n})]', 'sum(L)', (10, 20000)),
    ('minmax_item', '', 'L = [(i * 7919) % 1000 for i in range({n})]', 'max(L)', (10, 20000)),
    ('minmax_item', '', 'L = [(i * 7919) % 1000 for i in range({n})]', 'min(L)', (10, 20000)),
    ('hash_insert', '', 'L = [(i * 7919) % 100003 for i in range({n})]', 'set(L)', (10, 20000)),
    ('hash_insert', '', "W = ['w%d' % ((i * 7919) % 100003) for i in range({n})]", 'set(W)', (10, 20000)),
    ('sort_cmp', '', 'L = [(i * 7919) % 200003 for i in range({n})]', 'sorted(L)', (10, 200000)),
    ('sort_cmp', '', 'L = [(i * 7919) % 200003 for i in range({n})]', 'sorted(L, reverse=True)', (10, 200000)),
    ('sort_cmp', '', 'L = [((i * 7919) % 200003) / 7 for i in range({n})]', 'sorted(L)', (10, 200000)),
    ('sort_cmp_str', '', "L = ['w%d' % ((i * 7919) % 200003) for i in range({n})]", 'sorted(L)', (10, 200000)),
    ('sort_cmp_obj', '', 'L = [((i * 7919) % 101, i) for i in range({n})]', 'sorted(L)', (10, 200000)),
    ('sort_key', '', 'L = [((i * 7919) % 200003, i) for i in range({n})]; k = lambda t: t[0]', 'sorted(L, key=k)', (10, 200000)),
    ('sort_key', '', "L = ['w%d' % ((i * 7919) % 200003) for i in range({n})]", 'sorted(L, key=len)', (10, 200000)),
    ('seq_scan', '', 'L = list(range(0, 3 * {n}, 3)); x = 3 * {n} + 1', 'x in L', (10, 3000)),
    ('seq_scan', '', 'L = list(range(0, 3 * {n}, 3)); x = 3 * {n} + 1', 'L.count(x)', (10, 3000)),
    ('seq_scan', '', 'L = list(range(0, 3 * {n}, 3))', 'L.index(L[-1])', (10, 3000)),
    ('str_find', '', TEXT, "T.find('xyz')", (10, 20000)),
    ('str_find', '', TEXT, "T.count('o')", (10, 20000)),
    ('str_find', '', TEXT, "T.replace('xyz', 'q')", (10, 20000)),
    ('str_copy', '', TEXT, 'T[1:]', (10, 200000)),
    ('str_copy', '', TEXT, 'T * 2', (10, 200000)),
    ('str_copy', '', TEXT, 'T + T', (10, 200000)),
    ('str_transform', '', TEXT, 'T.upper()', (10, 20000)),
    ('str_transform', '', TEXT, 'T.lower()', (10, 20000)),
    ('str_transform', '', TEXT, "T.replace('o', '0')", (10, 20000)),
    ('str_classify', '', TEXT, 'T.isalpha()', (10, 20000)),
    ('str_classify', '', "D = '1234' * {n}", 'D.isdigit()', (10, 20000)),
    ('str_part', '', TEXT, 'T.split()', (10, 20000)),
    ('str_part', '', TEXT, "T.split(' ')", (10, 20000)),
    ('str_join', '', "W = ['word%d' % i for i in range({n})]", "' '.join(W)", (10, 20000)),
    ('str_join', '', "W = ['word%d' % i for i in range({n})]", "''.join(W)", (10, 20000)),
    ('digest_md5', 'import hashlib', 'b = bytes({n})', 'hashlib.md5(b)', (64, 1 << 20)),
    ('digest_sha1', 'import hashlib', 'b = bytes({n})', 'hashlib.sha1(b)', (64, 1 << 20)),
    ('digest_sha256', 'import hashlib', 'b = bytes({n})', 'hashlib.sha256(b)', (64, 1 << 20)),
    ('digest_other', 'import hashlib', 'b = bytes({n})', 'hashlib.sha512(b)', (64, 1 << 20)),
    ('digest_final', 'import hashlib', 'h = hashlib.md5(b"x")', 'h.digest()', (1,)),
    ('digest_final', 'import hashlib', 'h = hashlib.sha256(b"x")', 'h.hexdigest()', (1,)),
    ('big_linear', '', 'x = 7 ** ({n} * 10); y = 3 ** ({n} * 10)', 'x + y', (100, 20000)),
    ('big_linear', '', 'x = 7 ** ({n} * 10); y = 3 ** ({n} * 10)', 'x - y', (100, 20000)),
    ('big_linear', '', 'x = 7 ** ({n} * 10)', 'x >> 1', (100, 20000)),
    ('big_linear', '', 'x = 7 ** ({n} * 10)', 'x * 3', (100, 20000)),
    ('big_small', '', 'x = 7 ** ({n} * 10)', 'x % 1000003', (100, 20000)),
    ('big_small', '', 'x = 7 ** ({n} * 10)', 'x // 7', (100, 20000)),
    ('big_mul', '', 'x = 7 ** ({n} * 10); y = 3 ** ({n} * 18)', 'x * y', (40, 3000)),
    ('big_mul', '', 'x = 7 ** ({n} * 20); y = 3 ** ({n} * 18)', 'x // y', (40, 600)),
    ('big_decimal', '', 'x = 7 ** ({n} * 10)', 'str(x)', (20, 380)),
    ('big_parse', '', 's = str(7 ** ({n} * 10))', 'int(s)', (20, 380)),
    ('factorial', 'import math', 'n = {n}', 'math.factorial(n)', (300, 20000)),
    ('py_call', '', 'L = list(range({n})); f = lambda x: x', 'list(map(f, L))', (10, 5000)),
    ('py_call', '', 'class C:\n    @property\n    def p(self):\n        return 1\no = C()', 'o.p', (1,)),
    ('py_call', '', 'class V:\n    def __add__(self, o):\n        return 1\nv = V()', 'v + v', (1,)),
    ('gen_resume', '', 'L = list(range({n}))', 'list(x for x in L)', (10, 5000)),
    ('gen_resume', '', 'def g(n):\n    for i in range(n):\n        yield i', 'sum(g({n}))', (10, 5000)),
    ('new_instance', '', 'class C:\n    def __init__(self):\n        pass', 'C()', (1,)),
    ('new_instance', '', 'class C:\n    pass', 'C()', (1,)),
    ('new_instance', '', 'class C:\n    __slots__ = ("a",)\n    def __init__(self, a):\n        self.a = a', 'C(1)', (1,)),
    ('raise', '', 'E = ValueError', 'try:\n    raise E\nexcept E:\n    pass', (1,)),
    ('raise', '', 'class E(Exception):\n    pass', 'try:\n    raise E(1)\nexcept E:\n    pass', (1,)),
    ('raise', '', 'd = {{}}', 'try:\n    d[1]\nexcept KeyError:\n    pass', (1,)),
    ('error_message', '', "s = 'x1'", 'try:\n    int(s)\nexcept ValueError:\n    pass', (1,)),
    ('error_message', '', "s = 'x1'", 'try:\n    float(s)\nexcept ValueError:\n    pass', (1,)),
]
# Kinds that are events like instructions (no size): fitted with the opcodes in stage 2, prior ns.
STAGE2_KINDS = {'native_frame': 20.0, 'new_instance': 40.0, 'py_call': 20.0, 'gen_resume': 15.0,
                'raise': 30.0, 'iter_next': 10.0}
KINDS = ['new_instance', 'sort_cmp', 'sort_cmp_str', 'sort_cmp_obj', 'iter_item', 'sum_item',
         'minmax_item', 'hash_insert', 'seq_scan', 'seq_copy', 'str_find', 'str_copy',
         'str_transform', 'str_classify', 'str_part', 'str_join', 'digest_md5', 'digest_sha1', 'digest_sha256',
         'digest_other', 'digest_final', 'big_linear', 'big_small', 'big_mul', 'big_decimal', 'big_parse', 'factorial', 'raise',
         'error_message', 'py_call', 'gen_resume', 'native_frame', 'iter_next', 'sort_key']
# Stage 1 fits the kinds in this order (a kind's benchmarks may also charge earlier kinds).
KIND_ORDER = ['iter_item', 'seq_copy', 'sum_item', 'minmax_item', 'hash_insert', 'sort_cmp',
              'sort_cmp_str', 'sort_cmp_obj', 'sort_key', 'seq_scan', 'str_find', 'str_copy', 'str_transform',
              'str_classify', 'str_part', 'str_join', 'digest_md5', 'digest_sha1', 'digest_sha256',
              'digest_other', 'digest_final', 'big_linear', 'big_small', 'big_mul', 'big_decimal', 'big_parse', 'factorial',
              'error_message']
assert sorted(KINDS) == sorted(KIND_ORDER + list(STAGE2_KINDS))


# Opcode micro-benchmarks for stage 2 (setup, statement), timed like the natives' but with the
# cyclic GC on (as in the programs). OP_HEADER is their module (globals, functions, a class).
OP_HEADER = '''
class O:
    def __init__(self):
        self.a = 1
    def m(self):
        return 1
def f():
    return 1
def f2(a, b):
    return a
def fd(a, b=2, c=3):
    return a
def mk():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
def gen():
    yield 1
    yield 2
    yield 3
g = 5
'''
OP_BENCH = [
    ('', 'pass'),
    ('a = 3', 'x = a'),
    ('a = 3; b = 4', 'x = a + b'),
    ('a = 3; b = 4', 'x = a * b - a // b'),
    ('a = 3.5; b = 4.25', 'x = a * b + a'),
    ('a = 3; b = 4', 'x = a < b'),
    ('a = 3; b = 4', 'if a < b:\n    x = 1'),
    ('a = 3; b = 4', 'x = a if a > b else b'),
    ('a = None', 'if a is None:\n    x = 1'),
    ('x = 0', 'x += 1'),
    ('', 'x = g'),
    ('o = O()', 'x = o.a'),
    ('o = O()', 'o.a = 2'),
    ('o = O()', 'x = o.m()'),
    ('', 'x = f()'),
    ('', 'x = f2(1, 2)'),
    ('', 'x = fd(1, c=2)'),
    ('L = [1, 2, 3]', 'x = len(L)'),
    ('L = [1, 2, 3]', 'x = L[1]'),
    ('L = [1, 2, 3]', 'L[1] = 5'),
    ("d = {'k': 1}", "x = d['k']"),
    ("d = {'k': 1}", "d['k'] = 2"),
    ("d = {'k': 1}", "x = d.get('k')"),
    ('s = {1, 2}', 'x = 5 in s'),
    ('a = 1; b = 2', 'x = (a, b)'),
    ('a = 1; b = 2', 'x = [a, b]'),
    ('a = 1; b = 2', 'x = {a: b}'),
    ('', "x = {'a': 1, 'b': 2}"),
    ('t = (1, 2)', 'a, b = t'),
    ('a = 7', "x = f'{a}-{a}'"),
    ("a = 'ab'", 'x = a + a'),
    ('L = []', 'L.append(1)\nL.pop()'),
    ('', 'x = lambda: 1'),
    ('', 'x = [i for i in range(10)]'),
    ('', 'for i in range(10):\n    pass'),
    ('', 'i = 0\nwhile i < 10:\n    i += 1'),
    ('inc = mk()', 'inc()'),
    ('', 'for y in gen():\n    pass'),
    ('', 'try:\n    x = 1\nexcept ValueError:\n    pass'),
    ('', 'x = O()'),
]


def log(*a):
    print(*a, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# CPython side

# Runs one program in a fresh python3 the way `python3 FILE.py` would, timing the exec of the
# compiled module (not start-up, not compilation, not the teardown of its objects afterwards).
PROGRAM_TIMER = r"""
import contextlib, io, json, sys, time
path = sys.argv[1]
code = compile(open(path).read(), path, 'exec')
g = {'__name__': '__main__'}
out = io.StringIO()
with contextlib.redirect_stdout(out):
    t0 = time.process_time()
    exec(code, g)
    t = time.process_time() - t0
sys.__stdout__.write(json.dumps([t, out.getvalue()]))
sys.__stdout__.flush()
"""


class ProgramTiming:
    """A program in a fresh interpreter (process CPU time of its exec; stdout captured)."""

    def __init__(self, path):
        self.path = path
        self.stdout = None

    def once(self):
        r = subprocess.run([sys.executable, '-c', PROGRAM_TIMER, self.path], capture_output=True,
                           text=True, cwd=ROOT)
        if r.returncode != 0:
            raise SystemExit(f'python3 {self.path} failed:\n{r.stderr}')
        t, self.stdout = json.loads(r.stdout)
        return t


class SnippetTiming:
    """A statement under timeit (setup excluded): seconds per execution over ~50 ms."""

    def __init__(self, header, setup, stmt, gc_on):
        g = {}
        exec(header, g)
        if gc_on:
            exec('import gc', g)
            setup = 'gc.enable()\n' + setup
        self.timer = timeit.Timer(stmt, setup, globals=g)
        number = 1
        while True:
            dt = self.timer.timeit(number)
            if dt >= 0.01:
                break
            number *= 4
        self.number = max(1, int(number * 0.05 / dt))

    def once(self):
        return self.timer.timeit(self.number) / self.number


def best_times(items, runs):
    """Best of `runs` timings of each item, measured in interleaved rounds (one timing of every
    item per round, after a warm-up round) so that a busy spell on the machine does not spoil
    all the runs of one item."""
    best = [math.inf] * len(items)
    for r in range(runs + 1):
        log(f'CPython timing round {r}/{runs} ({len(items)} items) ...')
        for i, it in enumerate(items):
            t = it.once()
            if r > 0:
                best[i] = min(best[i], t)
    return best


# ---------------------------------------------------------------------------------------------
# Our VM side

def run_harness(mode, files):
    out = subprocess.run(['node', HARNESS, mode, *files], cwd=ROOT, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f'calibrate-vm failed:\n{out.stderr}')
    rows = [json.loads(l) for l in out.stdout.splitlines() if l.startswith('{')]
    for r in rows:
        if r['exitCode'] != 0:
            raise SystemExit(f"{r['file']} failed on our VM:\n{r['stderr']}")
    return {r['file']: r for r in rows}


def snippet_program(header, setup, stmt, reps):
    """The snippet as a program for our VM: setup and loop in a function, like timeit's."""
    ind = lambda text, k: '\n'.join(' ' * k + l for l in text.split('\n'))
    return (f'{header}\ndef __bench():\n{ind(setup, 4)}\n    for __i in range({reps}):\n'
            f'{ind(stmt, 8)}\n__bench()\n')


def per_rep_counts(full, empty, reps):
    ops = {k: (full['ops'].get(k, 0) - empty['ops'].get(k, 0)) / reps
           for k in set(full['ops']) | set(empty['ops'])}
    nat = {}
    for k in set(full['natives']) | set(empty['natives']):
        a = full['natives'].get(k, [0, 0])
        b = empty['natives'].get(k, [0, 0])
        nat[k] = [(a[0] - b[0]) / reps, (a[1] - b[1]) / reps]
    return ops, nat


# ---------------------------------------------------------------------------------------------
# Fitting

def nnls(A, b, iters=None):
    """Lawson-Hanson non-negative least squares: min |Ax - b| with x >= 0 (small dense)."""
    m, n = len(A), len(A[0])
    x = [0.0] * n
    passive = set()

    def residual(x):
        return [b[i] - sum(A[i][j] * x[j] for j in range(n)) for i in range(m)]

    def lstsq(cols):
        # Normal equations on the passive columns (tiny systems), solved by Gaussian elimination.
        k = len(cols)
        M = [[sum(A[i][cols[p]] * A[i][cols[q]] for i in range(m)) for q in range(k)] for p in range(k)]
        v = [sum(A[i][cols[p]] * b[i] for i in range(m)) for p in range(k)]
        for p in range(k):
            M[p][p] += 1e-12
        for c in range(k):
            piv = max(range(c, k), key=lambda r: abs(M[r][c]))
            M[c], M[piv] = M[piv], M[c]
            v[c], v[piv] = v[piv], v[c]
            for r in range(c + 1, k):
                f = M[r][c] / M[c][c]
                for cc in range(c, k):
                    M[r][cc] -= f * M[c][cc]
                v[r] -= f * v[c]
        z = [0.0] * k
        for c in reversed(range(k)):
            z[c] = (v[c] - sum(M[c][cc] * z[cc] for cc in range(c + 1, k))) / M[c][c]
        return z

    for _ in range(iters or 3 * n + 10):
        r = residual(x)
        w = [sum(A[i][j] * r[i] for i in range(m)) for j in range(n)]
        cand = [j for j in range(n) if j not in passive and w[j] > 1e-12]
        if not cand:
            break
        passive.add(max(cand, key=lambda j: w[j]))
        while True:
            cols = sorted(passive)
            z = lstsq(cols)
            if all(zi > 0 for zi in z):
                for j in range(n):
                    x[j] = 0.0
                for c, zi in zip(cols, z):
                    x[c] = zi
                break
            alpha = min(x[c] / (x[c] - zi) for c, zi in zip(cols, z) if zi <= 0)
            for c, zi in zip(cols, z):
                x[c] += alpha * (zi - x[c])
            passive = {c for c in cols if x[c] > 1e-12}
            if not passive:
                break
    return x


def op_costs_from_groups(theta):
    costs = {}
    for g, (_, members) in GROUPS.items():
        for op, w in members.items():
            costs[op] = max(1, round(theta[g] * w))
    costs.update(FIXED)
    return costs


def fill(stmt, kind, n):
    """A native benchmark's statement may use the size too ({n}); opcode ones are literal."""
    return stmt if kind == 'op' else stmt.format(n=n)


def measure(files, runs, old):
    """CPython timings and our VM's counts for the programs and both sets of micro-benchmarks."""
    cpy, bench_cpy = {}, {}
    if old is not None:
        for p in old['programs']:
            cpy[p['file']] = (p['cpython_s'], p['stdout'])
        for b in old.get('native_benchmarks', []) + old.get('opcode_benchmarks', []):
            for sz in b['sizes']:
                bench_cpy[(b['kind'], b['setup'], b['stmt'], sz['n'])] = sz['cpython_ns'] / 1e9
    specs = [(kind, header, setup, stmt, sizes, False) for kind, header, setup, stmt, sizes in NATIVE_BENCH]
    specs += [('op', OP_HEADER, setup, stmt, (1,), True) for setup, stmt in OP_BENCH]
    keys, items = [], []
    for f in files:
        if f not in cpy:
            keys.append(('program', f))
            items.append(ProgramTiming(f))
    for kind, header, setup, stmt, sizes, gc_on in specs:
        for n in sizes:
            key = (kind, setup, stmt, n)
            if key not in bench_cpy:
                keys.append(('snippet', key))
                items.append(SnippetTiming(header, fill(setup, kind, n), fill(stmt, kind, n), gc_on))
    if items:
        for key, it, t in zip(keys, items, best_times(items, runs)):
            if key[0] == 'program':
                cpy[key[1]] = (t, it.stdout)
            else:
                bench_cpy[key[1]] = t

    log('counting instructions on our VM (one step at a time) ...')
    counted = run_harness('count', files)
    tmp = tempfile.mkdtemp(prefix='interleave-cal-')
    snippet_files = []
    for i, (kind, header, setup, stmt, sizes, _) in enumerate(specs):
        for n in sizes:
            for reps in (0, 20):
                path = os.path.join(tmp, f'b{i}_{n}_{reps}.py')
                with open(path, 'w') as fh:
                    fh.write(snippet_program(header, fill(setup, kind, n), fill(stmt, kind, n), reps))
                snippet_files.append(path)
    snip = run_harness('count', snippet_files)

    programs = []
    for f in files:
        c = counted[f]
        if c['stdout'] != cpy[f][1]:
            raise SystemExit(f'{f}: our output differs from CPython\'s:\n{c["stdout"]!r}\n{cpy[f][1]!r}')
        programs.append({'file': f, 'cpython_ns': cpy[f][0] * 1e9, 'ops': c['ops'], 'stdout': cpy[f][1],
                         'natives': c['natives'], 'before_ns': c['virtualNs']})
    bench, op_bench = [], []
    for i, (kind, header, setup, stmt, sizes, _) in enumerate(specs):
        entry = {'kind': kind, 'setup': setup, 'stmt': stmt, 'sizes': []}
        for n in sizes:
            full = snip[os.path.join(tmp, f'b{i}_{n}_20.py')]
            empty = snip[os.path.join(tmp, f'b{i}_{n}_0.py')]
            ops, nat = per_rep_counts(full, empty, 20)
            entry['sizes'].append({'n': n, 'cpython_ns': bench_cpy[(kind, setup, stmt, n)] * 1e9,
                                   'ops': ops, 'natives': nat})
        (op_bench if kind == 'op' else bench).append(entry)
    return programs, bench, op_bench


def cpython_figures(programs, bench, op_bench):
    """The CPython timings in the shape measure() can reuse."""
    strip = lambda e: {'kind': e['kind'], 'setup': e['setup'], 'stmt': e['stmt'],
                       'sizes': [{'n': s['n'], 'cpython_ns': s['cpython_ns']} for s in e['sizes']]}
    return {'programs': [{'file': p['file'], 'cpython_s': p['cpython_ns'] / 1e9, 'stdout': p['stdout']}
                         for p in programs],
            'native_benchmarks': [strip(e) for e in bench],
            'opcode_benchmarks': [strip(e) for e in op_bench]}


def fit_natives(bench, op_costs, natives):
    """Stage 1: each kind's (base, perUnit) from its micro-benchmarks."""
    fitted = dict(natives)
    for kind in KIND_ORDER:
        rows = [b for b in bench if b['kind'] == kind]
        eqs = []
        for b in rows:
            for s in b['sizes']:
                t = s['cpython_ns']
                other = sum(op_costs.get(op, 10) * c for op, c in s['ops'].items())
                calls = units = 0.0
                for k, (c, u) in s['natives'].items():
                    if k == kind:
                        calls, units = c, u
                    else:
                        base, per = fitted.get(k, (0.0, 0.0))
                        other += c * base + u * per
                if calls <= 0:
                    continue
                # The largest size weighs most: it fixes the per-unit cost that big inputs show.
                weight = 3.0 if s is b['sizes'][-1] and len(b['sizes']) > 1 else 1.0
                eqs.append((calls, units, t - other, t / weight))
        if not eqs:
            continue
        # Least squares on relative errors, base >= 0 and perUnit >= 0.
        x = nnls([[c / t, u / t] for c, u, _, t in eqs], [y / t for _, _, y, t in eqs])
        fitted[kind] = (x[0], x[1])
    return fitted


def fit_opcodes(programs, op_bench, bench, natives):
    """Stage 2: group costs, the event kinds of STAGE2_KINDS and a scale factor for each
    stage-1 kind by NNLS on the programs, the opcode micro-benchmarks and the event kinds'
    micro-benchmarks, regularised toward priors (a scale factor toward 1)."""
    groups = list(GROUPS)
    events = list(STAGE2_KINDS)
    scaled = [k for k in KIND_ORDER if any(p['natives'].get(k, [0, 0])[0] > 0 for p in programs)]
    A, b = [], []
    rows = [(p, 1.0) for p in programs] + [(s, OP_BENCH_WEIGHT) for e in op_bench for s in e['sizes']]
    rows += [(s, OP_BENCH_WEIGHT) for e in bench if e['kind'] in STAGE2_KINDS for s in e['sizes']]
    for p, weight in rows:
        t = p['cpython_ns']
        charge = lambda k: (p['natives'].get(k, [0, 0])[0] * natives.get(k, (0, 0))[0]
                            + p['natives'].get(k, [0, 0])[1] * natives.get(k, (0, 0))[1])
        nat = sum(charge(k) for k in p['natives'] if k not in STAGE2_KINDS and k not in scaled)
        fixed = sum(FIXED.get(op, 0) * c for op, c in p['ops'].items())
        row = []
        for g in groups:
            row.append(weight * sum(w * p['ops'].get(op, 0) for op, w in GROUPS[g][1].items()) / t)
        for k in events:
            row.append(weight * p['natives'].get(k, [0, 0])[0] / t)
        for k in scaled:
            row.append(weight * charge(k) / t)
        A.append(row)
        b.append(weight * (t - nat - fixed) / t)
    priors = [GROUPS[g][0] for g in groups] + [STAGE2_KINDS[k] for k in events]
    regs = [REG] * len(priors) + [REG_NATIVE] * len(scaled)
    priors += [1.0] * len(scaled)
    for i, (prior, reg) in enumerate(zip(priors, regs)):
        A.append([(reg / prior if j == i else 0.0) for j in range(len(priors))])
        b.append(reg)
    # Every member of a group costs at least 1 ns: theta = lower + x with x >= 0.
    lower = [1.0 / min(GROUPS[g][1].values()) for g in groups] + [0.0] * (len(events) + len(scaled))
    b = [bi - sum(a * l for a, l in zip(row, lower)) for row, bi in zip(A, b)]
    x = nnls(A, b)
    theta = {g: lower[i] + x[i] for i, g in enumerate(groups)}
    ev = {k: (x[len(groups) + i], 0.0) for i, k in enumerate(events)}
    sigma = {k: x[len(groups) + len(events) + i] for i, k in enumerate(scaled)}
    return theta, ev, sigma


def scale_natives(stage1, sigma, events):
    out = {k: (b * sigma.get(k, 1.0), u * sigma.get(k, 1.0)) for k, (b, u) in stage1.items()}
    out.update(events)
    return out


def predict(p, op_costs, natives):
    ns = sum(op_costs.get(op, 10) * c for op, c in p['ops'].items())
    ns += sum(round(c * natives.get(k, (0, 0))[0] + u * natives.get(k, (0, 0))[1])
              for k, (c, u) in p['natives'].items())
    return ns


# ---------------------------------------------------------------------------------------------
# Output

def write_op_costs(op_costs, natives):
    lines = [
        '/**',
        ' * GENERATED by scripts/calibrate.py — do not edit by hand: re-run `python3 scripts/calibrate.py`.',
        ' * Virtual nanoseconds per instruction and per unit of native work, fitted so that programs take',
        ' * about as long in virtual time as under CPython 3.11 on the calibration machine',
        ' * (docs/cost-model.md; figures in bench/calibration/results.json).',
        ' */',
        '',
        '/** Cost of one execution of each opcode, by name (superinstructions cost the sum of their halves). */',
        'export const OPCODE_COSTS: Readonly<Record<string, number>> = {',
    ]
    for op in sorted(op_costs):
        lines.append(f'  {op}: {op_costs[op]},')
    lines += [
        '};',
        '',
        '/** Native work (runtime/cost.ts NK): [base ns per charge, ns per unit]. */',
        'export const NATIVE_COSTS: Readonly<Record<string, readonly [number, number]>> = {',
    ]
    for k in KINDS:
        base, per = natives.get(k, (0.0, 0.0))
        lines.append(f'  {k}: [{fmt(base)}, {fmt(per)}],')
    lines.append('};')
    with open(OP_COSTS_TS, 'w') as f:
        f.write('\n'.join(lines) + '\n')


def fmt(v):
    if v == 0:
        return '0'
    if v >= 100:
        return str(round(v))
    return f'{v:.3g}' if v >= 0.01 else f'{v:.2e}'


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--runs', type=int, default=7, help='timed CPython runs per program (>= 5)')
    ap.add_argument('--reuse-cpython', action='store_true',
                    help='reuse the CPython figures in results.json instead of timing again')
    ap.add_argument('--no-write', action='store_true', help='fit and report only')
    ap.add_argument('--cache', help='keep the CPython timings in this JSON file and reuse them on the '
                    'next run (for tuning the fit)')
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 11):
        log(f'warning: the reference is CPython 3.11, this is {sys.version.split()[0]}')
    runs = max(5, args.runs)
    os.chdir(ROOT)
    files = sorted(glob.glob('bench/calibration/*.py')) + sorted(glob.glob('bench/programs/*.py'))
    old = json.load(open(RESULTS)) if os.path.exists(RESULTS) else None

    # 1-2. Measurements: CPython's times (reusable, see --reuse-cpython/--cache), our VM's counts.
    reuse = old if args.reuse_cpython else None
    if args.cache and os.path.exists(args.cache):
        with open(args.cache) as fh:
            reuse = json.load(fh)
    programs, bench, op_bench = measure(files, runs, reuse)
    if args.cache:
        with open(args.cache, 'w') as fh:
            json.dump(cpython_figures(programs, bench, op_bench), fh)

    # 3-4. Fit: natives given instruction costs, instructions given natives; twice.
    theta = {g: prior for g, (prior, _) in GROUPS.items()}
    natives = {k: (prior, 0.0) for k, prior in STAGE2_KINDS.items()}
    sigma = {}
    for _ in range(3):
        op_costs = op_costs_from_groups(theta)
        natives = fit_natives(bench, op_costs, natives)
        theta, ev, sigma = fit_opcodes(programs, op_bench, bench, natives)
        natives.update(ev)
    stage1 = {k: v for k, v in natives.items() if k not in STAGE2_KINDS}
    # Last, one factor for everything so that the programs' geometric mean ratio is 1 (the pull
    # toward priors and micro-benchmarks, which run hot in the caches, biases the fit low).
    scale = 1.0
    for _ in range(4):
        op_costs = op_costs_from_groups({g: v * scale for g, v in theta.items()})
        natives = scale_natives(stage1, {k: sigma.get(k, 1.0) * scale for k in stage1},
                                {k: (b * scale, 0.0) for k, (b, _) in ev.items()})
        logs = [math.log(predict(p, op_costs, natives) / p['cpython_ns']) for p in programs]
        scale *= math.exp(-sum(logs) / len(logs))
    theta = {g: v * scale for g, v in theta.items()}
    log(f'global scale {scale:.3f}; native scale factors: ' + ', '.join(f'{k}={v:.2f}' for k, v in sigma.items()))

    log('')
    log(f'{"program":34s} {"CPython s":>10s} {"predicted":>10s} {"ratio":>6s}')
    for p in programs:
        pred = predict(p, op_costs, natives)
        log(f'{p["file"]:34s} {p["cpython_ns"] / 1e9:10.4f} {pred / 1e9:10.4f} {pred / p["cpython_ns"]:6.2f}')
    for e in op_bench + bench:
        for sz in e['sizes']:
            pred = predict(sz, op_costs, natives)
            log(f'  {e["kind"]:12s} {e["stmt"][:40]!r:44s} n={sz["n"]:<6} {sz["cpython_ns"]:10.1f} {pred:10.1f} {pred / sz["cpython_ns"]:6.2f}')
    log('groups: ' + ', '.join(f'{g}={v:.2f}' for g, v in theta.items()))
    log('natives: ' + ', '.join(f'{k}=({b:.1f}, {u:.3g})' for k, (b, u) in natives.items()))
    if args.no_write:
        return

    # 5. Write the table, measure the programs with it, record everything.
    write_op_costs(op_costs, natives)
    log('measuring virtual times with the new table ...')
    after = run_harness('time', files)
    rows = []
    for p in programs:
        a = after[p['file']]
        rows.append({
            'file': p['file'],
            'cpython_s': round(p['cpython_ns'] / 1e9, 6),
            'virtual_before_s': round(p['before_ns'] / 1e9, 6),
            'virtual_after_s': round(a['virtualNs'] / 1e9, 6),
            'ratio_after': round(a['virtualNs'] / p['cpython_ns'], 3),
            'instructions': a['instructions'],
            'stdout': p['stdout'],
        })
    out = {
        'generated_by': 'scripts/calibrate.py',
        'python': sys.version.split()[0],
        'machine': {'platform': sys.platform, 'cpus': os.cpu_count(),
                    'cpu': cpu_name()},
        'method': 'CPython: best of %d process-CPU timings of exec() after a warm-up; ours: '
                  'virtual ns of a normal run; fit: see docs/cost-model.md' % runs,
        'programs': rows,
        'opcode_groups': {g: round(v, 3) for g, v in theta.items()},
        'opcode_costs': op_costs,
        'native_costs': {k: [round(natives.get(k, (0, 0))[0], 3), round(natives.get(k, (0, 0))[1], 4)] for k in KINDS},
        'opcode_benchmarks': [
            {'kind': 'op', 'setup': b['setup'], 'stmt': b['stmt'],
             'sizes': [{'n': s['n'], 'cpython_ns': round(s['cpython_ns'], 2),
                        'virtual_ns': round(predict(s, op_costs, natives), 2)} for s in b['sizes']]}
            for b in op_bench],
        'native_benchmarks': [
            {'kind': b['kind'], 'setup': b['setup'], 'stmt': b['stmt'],
             'sizes': [{'n': s['n'], 'cpython_ns': round(s['cpython_ns'], 2),
                        'virtual_ns': round(predict(s, op_costs, natives), 2)} for s in b['sizes']]}
            for b in bench],
    }
    with open(RESULTS, 'w') as f:
        json.dump(out, f, indent=1)
        f.write('\n')
    log('')
    log(f'{"program":34s} {"CPython s":>10s} {"before s":>10s} {"after s":>10s} {"ratio":>6s}')
    for r in rows:
        log(f'{r["file"]:34s} {r["cpython_s"]:10.4f} {r["virtual_before_s"]:10.4f} {r["virtual_after_s"]:10.4f} {r["ratio_after"]:6.2f}')
    log(f'wrote {os.path.relpath(OP_COSTS_TS, ROOT)} and {os.path.relpath(RESULTS, ROOT)}')


def cpu_name():
    try:
        for line in open('/proc/cpuinfo'):
            if line.startswith('model name'):
                return line.split(':', 1)[1].strip()
    except OSError:
        pass
    return None


if __name__ == '__main__':
    main()
