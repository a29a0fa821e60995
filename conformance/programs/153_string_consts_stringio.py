# Covers: string module constants, string.capwords, io.StringIO as an in-memory text file (write/getvalue/seek/readline/iteration), print(file=StringIO).
import string
import io

print(string.ascii_lowercase, string.ascii_uppercase, string.digits)
print(string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, len(string.printable), string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase)
print(string.capwords("hello   big world"), string.capwords("a-b c-d", "-"))
buf = io.StringIO()
buf.write("line one\n")
print("line two", 42, file=buf)
print("a", "b", sep="|", end="!\n", file=buf)
print(repr(buf.getvalue()))
buf.seek(0)
print(repr(buf.readline()), buf.tell())
for line in buf:
    print("iter:", line.rstrip())
src = io.StringIO("x,1\ny,2\nz,3\n")
rows = [line.strip().split(",") for line in src]
print(rows, src.read(), src.closed)
src.close()
print(src.closed)
caesar = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[3:] + string.ascii_lowercase[:3])
print("attack at dawn".translate(caesar))
print(sum(c in string.punctuation for c in "Hello, World! (Yes?)"), [c for c in "a1B2" if c in string.digits])
