# Covers: a text-processing report using string (Template, capwords, punctuation), collections
# (Counter, OrderedDict, defaultdict), itertools (groupby, accumulate, islice, chain, zip_longest),
# functools.reduce/partial, operator (itemgetter, add) and bisect for histogram buckets.
import bisect
import itertools
import operator
import string
from collections import Counter, OrderedDict, defaultdict
from functools import reduce, partial

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope."""

table = str.maketrans("", "", string.punctuation)
words = TEXT.lower().translate(table).split()
freq = Counter(words)
print(len(words), len(freq), freq.most_common(5))
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
print(OrderedDict(sorted(by_len.items())))
for first, group in itertools.groupby(sorted(set(words)), key=operator.itemgetter(0)):
    print(first, "->", ", ".join(group))
lengths = [len(w) for w in words]
print(list(itertools.accumulate(lengths))[-1], reduce(operator.add, lengths), max(lengths), list(itertools.islice(words, 3, 8)))
edges = [2, 3, 4, 6]
hist = Counter(bisect.bisect(edges, n) for n in lengths)
labels = ["<2", "2", "3", "4-5", "6+"]
for i, label in enumerate(labels):
    print(f"{label:>4} {'*' * hist[i]}")
line = string.Template("$word appears $n time(s)")
fmt = partial(line.substitute)
print([fmt(word=w, n=c) for w, c in freq.most_common(3)])
print(string.capwords("the season of light"), list(itertools.zip_longest("abc", [1, 2], fillvalue="?")))
print(list(itertools.chain.from_iterable(zip(words[:3], words[3:6]))), sum(map(len, freq)))
