# Calibration: str methods over text — split, join, replace, find, upper, strip, startswith.
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']
text = ' '.join(words[i % 8] + str(i % 13) for i in range(20000))

def process(text, rounds):
    total = 0
    for r in range(rounds):
        parts = text.split()
        joined = ','.join(parts)
        replaced = joined.replace('eta', 'ETA')
        total += len(parts) + replaced.find('zeta12') + replaced.count('ETA')
        up = text.upper()
        total += len(up.strip())
    return total

def per_word(words, n):
    c = 0
    for i in range(n):
        w = words[i % 8]
        if w.startswith('e') or w.endswith('a'):
            c += 1
        c += len(w.upper()) + w.find('t')
    return c

print(process(text, 20), per_word(words, 150000))
