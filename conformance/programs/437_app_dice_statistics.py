# Covers: a seeded Monte Carlo simulation checked against exact combinatorics: random (seed,
# randint, choices with weights, shuffle, sample), itertools.product/combinations, math.comb/
# fsum/isclose, statistics mean/stdev/median/mode, Counter histograms and string formatting.
import math
import random
import statistics
from collections import Counter
from itertools import product, combinations

random.seed(12345)
exact = Counter(a + b for a, b in product(range(1, 7), repeat=2))
trials = 1200
sims = Counter(random.randint(1, 6) + random.randint(1, 6) for _ in range(trials))
print(f"{'sum':>3} {'exact':>6} {'sim':>6}")
for total in range(2, 13):
    print(f"{total:>3} {exact[total] / 36:>6.3f} {sims[total] / trials:>6.3f} {'#' * (sims[total] // 8)}")
print("most common:", sims.most_common(3))
rolls = [random.randint(1, 6) for _ in range(500)]
print(statistics.mean(rolls), round(statistics.stdev(rolls), 6), statistics.median(rolls), statistics.mode(rolls))
deck = [f"{rank}{suit}" for suit in "SHDC" for rank in "A23456789TJQK"]
random.shuffle(deck)
hand = sorted(random.sample(deck, 5))
print(hand, deck[:4])
pairs = sum(1 for a, b in combinations(range(52), 2) if a % 13 == b % 13)
print("P(pair in 2 cards) =", pairs, "/", math.comb(52, 2), "=", round(pairs / math.comb(52, 2), 5))
weights = {"common": 70, "rare": 25, "legendary": 5}
loot = Counter(random.choices(list(weights), weights=list(weights.values()), k=1000))
print(sorted(loot.items()), math.isclose(loot["common"] / 1000, 0.7, abs_tol=0.05))
walks = []
for _ in range(100):
    pos = 0
    for _ in range(50):
        pos += random.choice((-1, 1))
    walks.append(pos)
print(statistics.mean(walks), round(statistics.pstdev(walks), 4), max(walks), min(walks))
print(math.fsum(random.random() for _ in range(1000)) / 1000, random.getrandbits(16))
