# The seeds' slow_systemcall: five select() calls serially and in five threads (item 37).
import select, time, threading
def slow_systemcall():
    select.select([], [], [], 0.1)
start = time.time()
for _ in range(5):
    slow_systemcall()
end = time.time()
print('Took %.3f seconds' % (end - start))
start = time.time()
threads = []
for _ in range(5):
    thread = threading.Thread(target=slow_systemcall)
    thread.start()
    threads.append(thread)
for thread in threads:
    thread.join()
end = time.time()
print('Took %.3f seconds' % (end - start))
