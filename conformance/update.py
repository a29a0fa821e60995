#!/usr/bin/env python3
"""Regenerate the expected outputs of the conformance corpus from CPython 3.11.

Usage (from the repository root):

    python3 conformance/update.py [NAME_FILTER ...] [--check] [--prune]
                                  [--corpus DIR]

* Every program in conformance/programs/ (a file ``NNN_name.py`` or a
  directory ``NNN_name/`` holding ``main.py`` and the modules it imports) is
  copied into a fresh temporary directory as ``main.py`` and run there with
  ``python3 main.py`` (cwd = that directory, no stdin, PYTHONHASHSEED=0,
  PYTHONIOENCODING=utf-8, PYTHONDONTWRITEBYTECODE=1).
* The temporary directory prefix is removed from stdout and stderr, so
  tracebacks read ``File "main.py", line N, in f``.
* The interpreter's own standard-library directory
  (``sysconfig.get_paths()['stdlib']`` of that python3, e.g.
  ``/root/.pyenv/versions/3.11.7/lib/python3.11``, and its realpath) is
  replaced by ``/usr/lib/python3.11`` in stdout and stderr, so tracebacks
  through library code read ``File "/usr/lib/python3.11/threading.py", ...``.
  Interleave's VM shows its bundled standard library at that path.
* Each program is run twice; if the two runs differ, or a run takes longer
  than the time cap, the program is refused: an error is reported and its
  expected file is not written.
* The result is written to conformance/expected/NNN_name.json as
  ``{"exit": <int>, "stdout": "...", "stderr": "..."}``.

Arguments that are not options are substring filters on program names.
``--check`` compares with the existing expected files and writes nothing
(exit status 1 if anything differs).  ``--prune`` deletes expected files
whose program no longer exists.  ``--corpus DIR`` (or ``--corpus=DIR``) works
on another corpus directory holding its own ``programs/`` and ``expected/``,
e.g. ``--corpus conformance/threads``; DIR is taken relative to the current
directory, or else to the repository root.  The default is conformance/.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, "programs")   # --corpus DIR switches both
EXPECTED = os.path.join(HERE, "expected")
STDLIB_SHOWN = "/usr/lib/python3.11"        # where Interleave shows its bundled stdlib

TIME_CAP = 2.0          # seconds of CPython wall time per run; slower programs are refused
# A program that sleeps on purpose (a seed's asyncio.sleep(2)) may raise its own cap with a
# line `# conformance-time-cap: SECONDS` (it costs nothing on Interleave: the time is virtual).
TIME_CAP_LINE = "# conformance-time-cap:"


def time_cap_of(path, is_dir):
    main = os.path.join(path, "main.py") if is_dir else path
    with open(main, encoding="utf-8") as f:
        for line in f:
            if line.startswith(TIME_CAP_LINE):
                return float(line[len(TIME_CAP_LINE):])
    return TIME_CAP
SLOW_WARN = 0.5         # programs above this are listed in the summary
TIMEOUT = 10.0          # hard kill
PYTHON = os.environ.get("CONFORMANCE_PYTHON", "python3")
WANT_VERSION = (3, 11)


def program_entries():
    """Yield (name, path, is_dir) for each program, sorted by name."""
    out = []
    for entry in sorted(os.listdir(PROGRAMS)):
        path = os.path.join(PROGRAMS, entry)
        if entry.startswith(".") or entry == "__pycache__":
            continue
        if os.path.isdir(path):
            if os.path.isfile(os.path.join(path, "main.py")):
                out.append((entry, path, True))
            else:
                print(f"warning: {entry}/ has no main.py, skipped", file=sys.stderr)
        elif entry.endswith(".py"):
            out.append((entry[:-3], path, False))
    return out


def run_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("NO_SUCH_VAR", None)
    return env


def scrub(text, prefixes):
    for p in prefixes:
        text = text.replace(p, "")
    return text


STDLIB_DIRS = []    # filled by check_python(): the interpreter's stdlib directory (and realpath)


def scrub_stdlib(text):
    for d in STDLIB_DIRS:
        text = text.replace(d, STDLIB_SHOWN)
    return text


def run_once(path, is_dir):
    """Run one program in a fresh temp dir. Returns (result dict, seconds)."""
    tmp = tempfile.mkdtemp(prefix="conformance-")
    try:
        work = os.path.join(tmp, "run")
        if is_dir:
            shutil.copytree(path, work, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            os.mkdir(work)
            shutil.copyfile(path, os.path.join(work, "main.py"))
        real = os.path.realpath(work)
        prefixes = sorted({real + os.sep, work + os.sep, real, work}, key=len, reverse=True)
        start = time.perf_counter()
        try:
            proc = subprocess.run(
                [PYTHON, "main.py"],
                cwd=work,
                env=run_env(),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                timeout=TIMEOUT,
            )
        except subprocess.TimeoutExpired:
            return None, time.perf_counter() - start
        elapsed = time.perf_counter() - start
        try:
            stdout = proc.stdout.decode("utf-8")
            stderr = proc.stderr.decode("utf-8")
        except UnicodeDecodeError as e:
            return {"error": f"output is not valid UTF-8: {e}"}, elapsed
        return {
            "exit": proc.returncode,
            "stdout": scrub_stdlib(scrub(stdout, prefixes)),
            "stderr": scrub_stdlib(scrub(stderr, prefixes)),
        }, elapsed
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def dump(result):
    return json.dumps(
        {"exit": result["exit"], "stdout": result["stdout"], "stderr": result["stderr"]},
        ensure_ascii=False,
        indent=2,
    ) + "\n"


def check_python():
    out = subprocess.run(
        [PYTHON, "-c",
         "import sys, sysconfig; print(sys.version_info[0], sys.version_info[1], sys.version.split()[0]);"
         " print(sysconfig.get_paths()['stdlib'])"],
        stdout=subprocess.PIPE, check=True, text=True,
    ).stdout.splitlines()
    first = out[0].split()
    major, minor, full = int(first[0]), int(first[1]), first[2]
    if (major, minor) != WANT_VERSION:
        sys.exit(f"error: {PYTHON} is Python {full}; the corpus must be generated with CPython 3.11")
    stdlib = out[1].strip().rstrip(os.sep)
    dirs = {stdlib, os.path.realpath(stdlib)} - {STDLIB_SHOWN}
    STDLIB_DIRS[:] = sorted(dirs, key=len, reverse=True)
    return full


def parse_args(argv):
    """Split argv into (options, filters); handles --corpus DIR and --corpus=DIR."""
    global PROGRAMS, EXPECTED
    opts, filters, corpus = set(), [], None
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--corpus":
            if i + 1 >= len(argv):
                sys.exit("error: --corpus needs a directory")
            corpus = argv[i + 1]
            i += 2
            continue
        if a.startswith("--corpus="):
            corpus = a[len("--corpus="):]
        elif a.startswith("--"):
            if a not in ("--check", "--prune"):
                sys.exit(f"error: unknown option {a}")
            opts.add(a)
        else:
            filters.append(a)
        i += 1
    if corpus is not None:
        base = corpus if os.path.isdir(corpus) else os.path.join(ROOT, corpus)
        base = os.path.abspath(base)
        if not os.path.isdir(os.path.join(base, "programs")):
            sys.exit(f"error: {corpus} has no programs/ directory")
        PROGRAMS = os.path.join(base, "programs")
        EXPECTED = os.path.join(base, "expected")
    return opts, filters


def main(argv):
    opts, filters = parse_args(argv)
    check = "--check" in opts
    prune = "--prune" in opts
    version = check_python()
    os.makedirs(EXPECTED, exist_ok=True)

    entries = program_entries()
    if filters:
        entries = [e for e in entries if any(f in e[0] for f in filters)]

    written, unchanged, errors, slow, differ = [], [], [], [], []
    total_time = 0.0
    for name, path, is_dir in entries:
        label = name + ("/" if is_dir else "")
        cap = time_cap_of(path, is_dir)
        r1, t1 = run_once(path, is_dir)
        total_time += t1
        if r1 is not None and "error" not in r1 and t1 <= cap:
            r2, t2 = run_once(path, is_dir)
        else:  # no point in a second run: the program is refused anyway
            r2, t2 = r1, t1
        if r1 is None or r2 is None:
            errors.append((label, f"timed out after {TIMEOUT:.0f} s"))
            continue
        if "error" in r1 or "error" in r2:
            errors.append((label, r1.get("error") or r2.get("error")))
            continue
        if max(t1, t2) > cap:
            errors.append((label, f"too slow: {max(t1, t2):.2f} s > {cap:.1f} s cap"))
            continue
        if r1 != r2:
            what = [k for k in ("exit", "stdout", "stderr") if r1[k] != r2[k]]
            errors.append((label, "not deterministic: two runs differ in " + ", ".join(what)))
            continue
        if max(t1, t2) > SLOW_WARN:
            slow.append((label, max(t1, t2)))
        text = dump(r1)
        target = os.path.join(EXPECTED, name + ".json")
        old = None
        if os.path.exists(target):
            with open(target, encoding="utf-8") as f:
                old = f.read()
        if old == text:
            unchanged.append(label)
        elif check:
            differ.append(label)
        else:
            with open(target, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
            written.append(label)

    names = {e[0] for e in program_entries()}
    orphans = sorted(
        f for f in os.listdir(EXPECTED)
        if f.endswith(".json") and f[:-5] not in names
    )
    if orphans and prune and not check:
        for f in orphans:
            os.remove(os.path.join(EXPECTED, f))

    print(f"CPython {version}: {os.path.relpath(PROGRAMS)}: {len(entries)} program(s), each run twice, "
          f"{total_time:.2f} s total (first runs)")
    if written:
        print(f"  written:   {len(written)}")
        for n in written:
            print(f"    {n}")
    print(f"  unchanged: {len(unchanged)}")
    if check:
        print(f"  differ:    {len(differ)}")
        for n in differ:
            print(f"    {n}")
    if slow:
        print(f"  slow (> {SLOW_WARN} s):")
        for n, t in slow:
            print(f"    {n}: {t:.2f} s")
    if orphans:
        verb = "deleted" if prune and not check else "no program for (use --prune to delete)"
        print(f"  {verb}: {', '.join(orphans)}")
    if errors:
        print(f"  REFUSED:   {len(errors)}")
        for n, why in errors:
            print(f"    {n}: {why}")
    return 1 if errors or differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
