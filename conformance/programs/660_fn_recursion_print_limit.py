# Covers: a runaway recursion that prints at every level: where CPython 3.11 stops (print's
# str() and sys.stdout.write() take recursion units) and the traceback's last frame and message.
def countdown(n):
    print(n)
    countdown(n - 1)

countdown(3)
