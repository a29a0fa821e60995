"""Compare our bytecode with CPython 3.11's, code object by code object.

Usage: python3 scripts/dis-diff.py [-v] [FILE.py ...]   (default: every conformance program)
Runs conformance/dis/dis_program.py under python3 and under our CLI (dist-cli/interleave.mjs,
built by `node scripts/build-cli.mjs`), masks object addresses, and reports how many code
objects disassemble identically. -v prints the first differing code object of each file.
"""
import difflib
import glob
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DRIVER = os.path.join(ROOT, 'conformance', 'dis', 'dis_program.py')
CLI = os.environ.get('INTERLEAVE_CLI') or os.path.join(ROOT, 'dist-cli', 'interleave.mjs')
ADDR = re.compile(r' at 0x[0-9a-f]+')


def run(cmd):
    # PYTHONHASHSEED=0 as in conformance/update.py: the order of constant frozensets of strings
    # depends on string hashes, which our VM computes like CPython with seed 0.
    env = dict(os.environ, PYTHONHASHSEED='0')
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)
    return ADDR.sub(' at 0x?', p.stdout + p.stderr)


def split(text):
    """The listing of each code object, keyed by its header."""
    parts = re.split(r'^(Disassembly of .*:)$', text, flags=re.M)
    out = {'<module>': parts[0]}
    for i in range(1, len(parts), 2):
        out[parts[i]] = parts[i + 1]
    return out


def main():
    args = sys.argv[1:]
    verbose = '-v' in args
    files = [a for a in args if a != '-v'] or sorted(glob.glob(os.path.join(ROOT, 'conformance', 'programs', '*.py')))
    same_objs = total_objs = same_files = 0
    for path in files:
        theirs = split(run([sys.executable, DRIVER, path]))
        ours = split(run(['node', CLI, 'run', DRIVER, path]))
        n_same = sum(1 for k, v in theirs.items() if ours.get(k) == v)
        same_objs += n_same
        total_objs += len(theirs)
        if n_same == len(theirs) and len(ours) == len(theirs):
            same_files += 1
            continue
        print(f'DIFF {os.path.relpath(path, ROOT)}: {n_same}/{len(theirs)} code objects identical')
        if verbose:
            for k, v in theirs.items():
                if ours.get(k) != v:
                    print(f'  --- {k}')
                    diff = difflib.unified_diff(v.splitlines(), (ours.get(k) or '<missing>').splitlines(), 'cpython', 'ours', lineterm='', n=2)
                    for line in list(diff)[:60]:
                        print('  ' + line)
                    break
    print(f'{same_files}/{len(files)} files and {same_objs}/{total_objs} code objects disassemble identically')


if __name__ == '__main__':
    main()
