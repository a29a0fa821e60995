# Covers: larger string and bytes workloads (joins, splits, replaces, repeated formatting,
# bytearray appends, encode/decode of long text) to check results and linear behaviour.

words = ['w%d' % i for i in range(20000)]
text = ' '.join(words)
print(len(text), text[:20], text[-12:], text.count('w1'), len(text.split()), text.split()[12345])
print(len(text.replace('w', 'word')), text.find('w19999'), text.rfind('w0 '), text.upper()[:10], text.title()[-6:])
lines = '\n'.join('%05d|%s|%8.3f' % (i, 'x' * (i % 7), i / 7) for i in range(5000))
print(len(lines), lines.splitlines()[4321], sum(len(l) for l in lines.splitlines()), lines.count('|'))
parts = []
for i in range(10000):
    parts.append('{:>4}:{:<3}'.format(i % 1000, chr(65 + i % 26)))
joined = ','.join(parts)
print(len(joined), joined[:40], joined.index('999:'), joined.rindex(' 0:'))
ba = bytearray()
for i in range(50000):
    ba.append(i % 256)
print(len(ba), ba[:5], ba[-3:], ba.count(0), bytes(ba).hex()[:16], ba.find(b'\xff\x00'))
uni = ('héllo wörld 😀 ' * 2000)
enc = uni.encode('utf-8')
print(len(uni), len(enc), enc.decode('utf-8') == uni, uni.encode('utf-16').decode('utf-16') == uni, enc.count('😀'.encode()))
print(len(uni.split()), uni.count('ö'), uni.find('😀', 100), uni[5000:5010], uni.casefold()[:12], len(uni.upper()))
s = ''
for i in range(3000):
    s += str(i % 10)
print(len(s), s[-10:], s.count('7'), '%s' % s[:5], s.isdigit())
