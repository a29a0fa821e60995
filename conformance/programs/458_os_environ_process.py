# Covers: os.environ as a mapping (set/get/in/del/pop/setdefault/update, KeyError, type errors), os.getenv, deterministic-safe checks of process facts (getpid/getppid types, cpu_count, urandom length and type), os.name/sep/linesep/curdir, os.fspath, and os.fork's NotImplementedError-free check via hasattr.
import os

env = os.environ
print(type(env).__name__, "NO_SUCH_KEY" in env, env.get("NO_SUCH_KEY"), env.get("NO_SUCH_KEY", "dflt"), os.getenv("NO_SUCH_KEY", "x"))
env["APP_MODE"] = "test"
print(env["APP_MODE"], os.getenv("APP_MODE"), "APP_MODE" in env, env.setdefault("APP_MODE", "other"), env.setdefault("APP_LEVEL", "3"))
env.update({"APP_A": "1", "APP_B": "2"})
print(sorted(k for k in env if k.startswith("APP_")), env.pop("APP_A"), env.pop("APP_A", "gone"))
del env["APP_B"]
print("APP_B" in env, len(env) >= 2, isinstance(dict(env), dict), dict(env)["APP_LEVEL"])
for label, fn in [("missing", lambda: env["NO_SUCH_KEY"]), ("set int", lambda: env.__setitem__("X", 1)), ("del missing", lambda: env.__delitem__("NO_SUCH_KEY")), ("getenv int", lambda: os.getenv(5))]:
    try:
        fn()
    except (KeyError, TypeError) as e:
        print(label, type(e).__name__, e)
print(type(os.getpid()) is int, os.getpid() > 0, os.getpid() != os.getppid(), os.getpid() == os.getpid())
print(type(os.cpu_count()) is int, os.cpu_count() >= 1)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)), r != os.urandom(16))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError:", e)
print(os.name, repr(os.sep), repr(os.linesep), os.curdir, os.pardir, os.extsep, repr(os.pathsep), os.devnull)
print(os.fspath("a/b"), os.fspath(b"a/b"), callable(os.fork), callable(os.getppid))

class P:
    def __fspath__(self):
        return "custom/path.txt"

print(os.fspath(P()), os.path.basename(P()), os.path.join(P(), "x"))
with open(P(), "w") if os.path.isdir("custom") else open("plain.txt", "w") as f:
    f.write("ok")
os.makedirs("custom", exist_ok=True)
with open(P(), "w") as f:
    f.write("via fspath")
print(open("custom/path.txt").read())
try:
    os.fspath(3)
except TypeError as e:
    print("TypeError:", e)
