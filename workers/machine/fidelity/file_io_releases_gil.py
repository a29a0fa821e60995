# A thread reading a large file releases the GIL during the read(2) system call: a CPU-bound
# thread waiting for the GIL runs meanwhile (reference §1.2, _Py_read). The reader reads a
# 4 MB file in one f.read(); the spinner counts how often it ran while the reader was reading.
import threading

with open('big.bin', 'wb') as f:
    f.write(b'x' * 4_000_000)

reading = threading.Event()
done = threading.Event()
ran_during_read = 0

def spinner():
    global ran_during_read
    reading.wait()
    while not done.is_set():
        ran_during_read += 1

def reader():
    reading.set()
    with open('big.bin', 'rb') as f:
        data = f.read()
    done.set()
    print('read', len(data))

s = threading.Thread(target=spinner)
s.start()
r = threading.Thread(target=reader)
r.start()
r.join()
s.join()
print('spinner ran during the read:', ran_during_read > 0)
