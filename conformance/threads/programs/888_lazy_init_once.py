# Covers: one-time lazy initialisation under a Lock (double-checked): eight threads released
# together by a Barrier all ask for the shared resource; it is created exactly once and
# everyone gets the same object.
import threading

_instance = None
_lock = threading.Lock()
created = []


class Config:
    def __init__(self):
        created.append(threading.current_thread().name)
        self.values = {"retries": 3, "timeout": 1.5}


def get_config():
    global _instance
    if _instance is None:
        with _lock:
            if _instance is None:
                _instance = Config()
    return _instance


start = threading.Barrier(8)
got = []
got_lock = threading.Lock()


def client():
    start.wait()
    cfg = get_config()
    with got_lock:
        got.append(cfg)


threads = [threading.Thread(target=client) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("created once:", len(created) == 1)
print("all share it:", all(c is got[0] for c in got), len(got))
print(got[0].values)
