# Covers: RuntimeErrors of the Thread API: start twice, join before start, join the current
# thread (main and worker), daemon change while active; the group argument.
import threading


def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: ok")


t = threading.Thread(target=lambda: None)
attempt("join before start", t.join)
attempt("join(1) before start", lambda: t.join(1))
attempt("start", t.start)
attempt("start again", t.start)
t.join()
attempt("start after join", t.start)
attempt("main joins itself", threading.current_thread().join)
attempt("main joins main_thread()", threading.main_thread().join)
attempt("group argument", lambda: threading.Thread(group="g"))
attempt("group None", lambda: threading.Thread(group=None))


def self_join():
    attempt("worker joins itself", threading.current_thread().join)
    attempt("worker sets own daemon", lambda: setattr(threading.current_thread(), "daemon", True))


w = threading.Thread(target=self_join)
w.start()
w.join()

attempt("Thread(1)", lambda: threading.Thread(1))
attempt("unknown keyword", lambda: threading.Thread(targe=print))
print("RuntimeError is ThreadError:", threading.ThreadError is RuntimeError)
