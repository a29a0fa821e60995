# Covers: subprocess on simulated programs — Popen + communicate, returncode, run with
# capture_output/input/text/check, check_output, call, CalledProcessError, FileNotFoundError for
# a missing program, a cat | wc pipeline, md5sum, terminate()/kill() return codes, a timeout, and
# a child writing straight to the inherited stdout while the parent's own prints are still in
# its (block-buffered) sys.stdout buffer.
import subprocess

print('parent: before the child (still in the buffer)')
subprocess.run(['echo', 'child: written straight to the file descriptor'])
print('parent: after the child')

p = subprocess.Popen(['echo', 'hello', 'world'], stdout=subprocess.PIPE)
out, err = p.communicate()
print(repr(out), err, p.returncode, p.poll())

r = subprocess.run(['wc', '-l'], input=b'one\ntwo\nthree\n', capture_output=True)
print(r.returncode, r.stdout, r.stderr)
print(repr(subprocess.check_output(['md5sum'], input=b'hello\n')))
print(repr(subprocess.check_output(['echo', '-n', 'text mode'], text=True)))
print(subprocess.call(['true']), subprocess.call(['false']))
try:
    subprocess.run(['false'], check=True)
except subprocess.CalledProcessError as e:
    print('CalledProcessError:', e, e.returncode)
try:
    subprocess.run(['no-such-program'])
except FileNotFoundError as e:
    print('FileNotFoundError:', e.errno, e.filename)

cat = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
wc = subprocess.Popen(['wc', '-w'], stdin=cat.stdout, stdout=subprocess.PIPE)
cat.stdin.write(b'the quick brown fox\njumps\n')
cat.stdin.close()
print('words:', wc.communicate()[0])
cat.wait()

sleeper = subprocess.Popen(['sleep', '5'])
try:
    sleeper.wait(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired:', e.cmd)
sleeper.terminate()
print('terminated:', sleeper.wait())
killed = subprocess.Popen(['sleep', '5'])
killed.kill()
print('killed:', killed.wait())
with subprocess.Popen(['echo', 'in a with block'], stdout=subprocess.PIPE, text=True) as p:
    print(p.stdout.read().strip())
print('returncode after with:', p.returncode)
