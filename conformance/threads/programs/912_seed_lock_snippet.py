# Seed 004 (shared/seeds/004_7632dc97e3d6aa5a.txt, "##### Lock"): the seed's Lock snippet,
# unchanged. It never runs: func2's with-block holds only a comment, so CPython stops at
# compile time with an IndentationError (before the invalid "import multiprocessing.Lock").
import multiprocessing.Lock

l = Lock()

def func1():
    # some key function
    l.acquire()
    # do-something
    l.release()

def func2():
    # or use next method
    with l:
        # do-something,it will release automatic
