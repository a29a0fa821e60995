"""Regenerate the expected `dis` listings of the compiler fixtures with CPython 3.11.

Usage: python3 scripts/gen-dis-fixtures.py
For every workers/python/compiler/fixtures/dis/NAME.py this writes NAME.dis.txt: what
dis.dis(compile(source, 'NAME.py', 'exec')) prints under CPython, then dis.show_code() of every
code object (constants, names, variable names, flags, stack size), with object addresses
masked as ` at 0x?`. workers/python/compiler/dis-fixtures.test.ts compares our output with it.
Never edit the .dis.txt files by hand.
"""
import glob
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, 'workers', 'python', 'compiler', 'fixtures', 'dis')
ADDR = re.compile(r' at 0x[0-9a-f]+')
# Keep in step with the driver in dis-fixtures.test.ts.
DRIVER = """import dis, sys
code = compile(sys.stdin.read(), sys.argv[1], 'exec')
dis.dis(code)
def show(co):
    print()
    dis.show_code(co)
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            show(c)
show(code)
"""


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit(f'need CPython 3.11, this is {sys.version.split()[0]}')
    # A fixed hash seed keeps the order of constant frozensets reproducible.
    env = dict(os.environ, PYTHONHASHSEED='0')
    for path in sorted(glob.glob(os.path.join(FIXTURES, '*.py'))):
        name = os.path.basename(path)
        with open(path, encoding='utf-8') as f:
            source = f.read()
        out = subprocess.run([sys.executable, '-c', DRIVER, name], input=source, capture_output=True,
                             text=True, env=env, check=True).stdout
        with open(path[:-3] + '.dis.txt', 'w', encoding='utf-8') as f:
            f.write(ADDR.sub(' at 0x?', out))
        print('wrote', os.path.relpath(path[:-3] + '.dis.txt', ROOT))


if __name__ == '__main__':
    main()
