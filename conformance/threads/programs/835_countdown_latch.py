# Covers: a countdown latch made from a Condition: the main thread waits until three
# workers have each counted down once; wait(timeout) on a latch that never opens returns
# False. Workers finish 0.1 s apart.
import threading
import time


class CountDownLatch:
    def __init__(self, count):
        self.count = count
        self.cond = threading.Condition()

    def count_down(self):
        with self.cond:
            self.count -= 1
            if self.count <= 0:
                self.cond.notify_all()

    def wait(self, timeout=None):
        with self.cond:
            return self.cond.wait_for(lambda: self.count <= 0, timeout)


latch = CountDownLatch(3)
finished = []


def service(name, delay):
    time.sleep(delay)
    finished.append(name)
    print(f"{name} ready, latch count before: {latch.count}")
    latch.count_down()


print("main: starting services")
for i, name in enumerate(["db", "cache", "web"]):
    threading.Thread(target=service, args=(name, 0.1 * (i + 1))).start()
print("main: latch opened ->", latch.wait(), "| order:", finished)
print("latch.wait() again ->", latch.wait())

never = CountDownLatch(1)
t0 = time.monotonic()
print("never-opened latch ->", never.wait(timeout=0.1), "after", round(time.monotonic() - t0, 1), "s")
