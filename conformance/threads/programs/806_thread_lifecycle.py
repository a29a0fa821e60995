# Covers: is_alive() before start / while running / after join, ident and native_id,
# join(timeout) returning None while the thread is still alive, reprs with the ident
# replaced (the number itself varies).
import re
import threading
import time


def clean(r):
    return re.sub(r"\d{3,}", "N", r)


def slow():
    time.sleep(0.2)


t = threading.Thread(target=slow)
print(repr(t))
print("alive before start:", t.is_alive(), "ident:", t.ident, "native_id:", t.native_id)
t.start()
print(clean(repr(t)))
print("alive after start:", t.is_alive())
print("ident is int:", isinstance(t.ident, int), "native_id is int:", isinstance(t.native_id, int))
print("ident differs from main:", t.ident != threading.main_thread().ident)
r = t.join(timeout=0.05)
print("join(0.05) returned", r, "alive:", t.is_alive())
r = t.join(0.01)
print("join(0.01) returned", r, "alive:", t.is_alive())
r = t.join()
print("join() returned", r, "alive:", t.is_alive())
print(clean(repr(t)))
print("ident kept after stop:", t.ident is not None)
t.join()
t.join(0)
print("joining a stopped thread again is fine")

d = threading.Thread(target=slow, daemon=True, name="bg")
print(repr(d))
d.start()
print(clean(repr(d)))
d.join()
print(clean(repr(d)))
print(clean(repr(threading.main_thread())))
print(clean(repr(threading.current_thread())))
