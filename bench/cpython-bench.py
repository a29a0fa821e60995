"""Times CPython on each benchmark program: one warm-up run, then the best of N timed runs of
compile + exec in a fresh namespace (interpreter start-up excluded). Times are process CPU
seconds, which stay stable when other work shares the machine. Prints JSON lines."""
import json, sys, time

runs = int(sys.argv[1])
for path in sys.argv[2:]:
    src = open(path).read()
    def once():
        t0 = time.process_time()
        exec(compile(src, path, 'exec'), {'__name__': '__main__'})
        return time.process_time() - t0
    once()
    best = min(once() for _ in range(runs))
    print(json.dumps({'file': path, 'seconds': best}))
