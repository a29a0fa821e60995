# Covers: the "coroutine ... was never awaited" RuntimeWarning for a coroutine called as a
# statement (at that line, once per line), and for one still unstarted at exit (as sys:1).
async def main():
    print("never printed")

async def helper():
    return 1

main()
print("after the first call")
for _ in range(3):
    helper()
async def forgets_await():
    helper()
    return "done"

co = forgets_await()
try:
    co.send(None)
except StopIteration as e:
    print("forgets_await returned", e.value)
kept = main()
print("end of program")
