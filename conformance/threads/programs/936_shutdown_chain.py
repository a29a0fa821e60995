# Covers: interpreter shutdown waits for non-daemon threads started *after* the main thread
# finished (a chain: each stage starts the next one before it ends); inside them
# main_thread().is_alive() is False once the main code is done, yet the main thread is still
# listed by enumerate(); a daemon thread started during shutdown is dropped. Stages are
# 0.1 s apart; only one thread prints at a time.
import threading
import time


def stage(n):
    time.sleep(0.1)
    main = threading.main_thread()
    names = sorted(t.name for t in threading.enumerate())
    print(f"stage {n}: main alive={main.is_alive()} | running: {names}")
    if n < 3:
        threading.Thread(target=stage, args=(n + 1,), name=f"stage-{n + 1}").start()
    else:
        threading.Thread(target=late_daemon, name="late-daemon", daemon=True).start()
        print("stage 3: started a daemon and ends")


def late_daemon():
    time.sleep(0.5)
    print("late daemon (never printed)")


threading.Thread(target=stage, args=(1,), name="stage-1").start()
print("main: alive =", threading.main_thread().is_alive(), "| end of the main code")
