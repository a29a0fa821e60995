# Covers: polling a thread with join(timeout) and is_alive() (a progress indicator): the
# worker needs 0.25 s; joins of 0.1 s each give up twice, the third one returns when the
# thread ends.
import threading
import time


def job():
    time.sleep(0.25)


t = threading.Thread(target=job, name="job")
t.start()
polls = 0
while True:
    t.join(timeout=0.1)
    polls += 1
    if not t.is_alive():
        break
    print("still running after poll", polls)
print("finished after", polls, "polls")
print("join(0) on a finished thread:", t.join(0), t.is_alive())
