# Covers: getName()/setName()/isDaemon()/setDaemon() still work in 3.11 but emit
# DeprecationWarning (shown once per call site, since the calls are in __main__).
import threading

t = threading.Thread(target=print, args=("running",))
t.setName("old-style")
print(t.getName())
t.setDaemon(True)
print(t.isDaemon(), t.daemon)
t.setDaemon(False)
for i in range(2):
    print(threading.current_thread().getName())
t.start()
t.join()
