# Seed 001 (shared/seeds/001_865baa17779b5c40.txt, Effective Python item 36 "用 subprocess 模块管理
# 子进程"): echo through a pipe, polling a sleeping child, ten sleep(0.1) children in parallel
# (about 0.1 s, not 1 s), openssl piped into md5sum three times, and a timeout with terminate.
# Adapted: the seed's random input (os.urandom) and wall-clock "Working..." loop are replaced
# by fixed data and a yes/no check, so that CPython's output is deterministic.
import os
import subprocess
import time

proc = subprocess.Popen(['echo', 'Hello from the child!'], stdout=subprocess.PIPE)
out, err = proc.communicate()
print(out.decode('utf-8'))

proc = subprocess.Popen(['sleep', '0.3'])
polls = 0
while proc.poll() is None:
    polls += 1
    time.sleep(0.05)
print('Polled more than once:', polls > 1, '| Exit status', proc.poll())


def run_sleep(period):
    proc = subprocess.Popen(['sleep', str(period)])
    return proc


start = time.time()
procs = []
for _ in range(10):
    proc = run_sleep(0.1)
    procs.append(proc)
for proc in procs:
    proc.communicate()
end = time.time()
print('Finished in %.1f seconds' % (end - start))


def run_openssl(data):
    env = os.environ.copy()
    env['password'] = 'zx6Gv1Wd'
    proc = subprocess.Popen(
        ['openssl', 'enc', '-des3', '-pass', 'env:password'],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE)
    proc.stdin.write(data)
    proc.stdin.flush()  # Ensure the child gets input
    return proc


def run_md5(input_stdin):
    proc = subprocess.Popen(
        ['md5sum'],
        stdin=input_stdin,
        stdout=subprocess.PIPE)
    return proc


input_procs = []
hash_procs = []
for i in range(3):
    data = bytes(range(i, i + 10))
    proc = run_openssl(data)
    input_procs.append(proc)
    hash_proc = run_md5(proc.stdout)
    hash_procs.append(hash_proc)

for proc in input_procs:
    proc.communicate()
for proc in hash_procs:
    out, err = proc.communicate()
    print(len(out.strip()), out.strip().endswith(b'-'))

proc = run_sleep(10)
try:
    proc.communicate(timeout=0.1)
except subprocess.TimeoutExpired:
    proc.terminate()
    proc.wait()
print('Exit status', proc.poll())
