# Covers: an app: a text statistics report (Counter, percentages, alignment, case mapping, ascii/repr); ends with an uncaught str.index ValueError.
# Text statistics report.
import string
from collections import Counter
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""
words = [w.strip(string.punctuation).lower() for w in text.split()]
counts = Counter(words)
print(f"Characters: {len(text):,}  Words: {len(words)}  Unique: {len(counts)}  Lines: {text.count(chr(10)) + 1}")
print(f"Average word length: {sum(map(len, words)) / len(words):.3f}")
for word, n in counts.most_common(6):
    bar = "#" * n
    print(f"{word:>8} {n:>3} {bar:<12} {n / len(words):6.1%}")
letters = Counter(c for c in text.lower() if c.isalpha())
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(", ".join(f"{c}={n}" for c, n in top))
longest = max(words, key=len)
print(f"Longest: {longest!r} ({len(longest)})", min(words, key=len), sorted(set(words))[:5])
print(text.splitlines()[1].title())
print(repr(text[:20]), ascii("naïve café"), "é".encode(), "ß".upper(), "İ".lower(), len("İ".lower()))
print(text.find("worst"), text.rfind("it"), text.index("age"), text.count("it was"))
print(text.replace("it was", "'twas", 2)[:60])
print("|".join(sorted(counts, key=lambda w: (counts[w], w))[-3:]))
print(counts["missing"], counts.get("missing", "n/a"))
print(text.index("zebra"))
