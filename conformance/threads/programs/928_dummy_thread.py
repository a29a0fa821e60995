# Covers: threading.current_thread() in a thread started with _thread.start_new_thread: a
# _DummyThread named "Dummy-N" (numbered by the same counter as "Thread-N"), daemon, alive,
# listed by enumerate(), join() refused with AssertionError; it stays registered after the
# low-level thread ends; threading.local and get_ident() work there too.
import _thread
import threading

done = _thread.allocate_lock()
finish = threading.Event()
exited = [_thread.allocate_lock() for _ in range(2)]
facts = {}
local = threading.local()
local.value = "main"


def low_level(tag, exit_lock):
    me = threading.current_thread()
    facts[tag] = {
        "name": me.name,
        "class": type(me).__name__,
        "daemon": me.daemon,
        "alive": me.is_alive(),
        "same object again": threading.current_thread() is me,
        "ident matches": me.ident == threading.get_ident() == _thread.get_ident(),
        "listed": me in threading.enumerate(),
        "local before": getattr(local, "value", None),
    }
    local.value = tag
    facts[tag]["local after"] = local.value
    try:
        me.join()
    except AssertionError as e:
        facts[tag]["join"] = f"AssertionError: {e}"
    done.release()
    finish.wait()           # both low-level threads are alive at once: distinct idents
    exit_lock.release()


print("named before:", threading.Thread(target=print).name)
before = threading.active_count()
for tag, exit_lock in zip(("first", "second"), exited):
    exit_lock.acquire()
    done.acquire()
    _thread.start_new_thread(low_level, (tag, exit_lock))
    done.acquire()          # released by the thread once it has recorded its facts
    done.release()
finish.set()
for exit_lock in exited:
    exit_lock.acquire()
print("named after:", threading.Thread(target=print).name)
for tag in ("first", "second"):
    for key, value in facts[tag].items():
        print(f"{tag:6} {key}: {value}")
print("main local untouched:", local.value)
dummies = sorted(t.name for t in threading.enumerate() if isinstance(t, threading._DummyThread))
print("dummies still registered:", dummies)
print("active_count grew by", threading.active_count() - before)
