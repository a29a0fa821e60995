# Covers: the dis module on the seeds' Counter.increment (the GIL/race lesson's bytecode),
# a loop, a try/finally and a comprehension-free function; opcode tables; co_code bytes.
import dis

class Counter(object):
    def __init__(self):
        self.count = 0

    def increment(self, offset):
        self.count += offset

def count(number):
    for i in range(0, 1000):
        i = i + 1
    return i * number

def guarded(lock, items):
    lock.acquire()
    try:
        items.append(len(items))
    finally:
        lock.release()

dis.dis(Counter.increment)
print('---')
dis.dis(count)
print('---')
dis.dis(guarded)
print('---')
dis.dis("x = a.b[c] + 1")
print('---')
print(dis.opmap['LOAD_FAST'], dis.opname[100], dis.HAVE_ARGUMENT, dis.cmp_op)
print(Counter.increment.__code__.co_code.hex())
print(len(count.__code__.co_code), count.__code__.co_stacksize, count.__code__.co_varnames)
