# Calibration: word frequencies over generated text (split, lower, strip, dict counts, sort by count).
vocab = ['The', 'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog', 'and', 'runs', 'away', 'from', 'home']
lines = []
for i in range(24000):
    ws = [vocab[(i * k + k) % len(vocab)] for k in range(1, 11)]
    lines.append(' '.join(ws) + '.')
text = '\n'.join(lines)

freq = {}
for line in text.split('\n'):
    for w in line.split():
        w = w.strip('.,').lower()
        freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
longest = max(freq, key=len)
print(top[:3], longest, len(text))
