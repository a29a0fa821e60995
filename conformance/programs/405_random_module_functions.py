# Covers: seeded module-level random functions reproduce CPython's exact sequences: random, randint,
# randrange (1-3 args, negative step, huge ranges), choice, shuffle, sample (incl. counts=), choices
# (weights / cum_weights / k), uniform, triangular, gauss, normalvariate, expovariate, betavariate,
# gammavariate, lognormvariate, vonmisesvariate, paretovariate, weibullvariate, getrandbits, randbytes.
import random

random.seed(2024)
print([random.random() for _ in range(3)])
print([random.randint(1, 6) for _ in range(12)], random.randint(-10**20, 10**20))
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(100, 0, -7), random.randrange(10**30))
deck = [f"{r}{s}" for s in "SH" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8], random.choice(deck), random.choice("xyz"), random.choice(range(1000)))
print(random.sample(range(100), 5), random.sample("abcdefgh", 3), random.sample(["a", "b"], k=0))
print(random.sample(["red", "blue"], counts=[4, 2], k=5), sorted(random.sample(range(10**9), 3)))
print(random.choices("abc", k=6), random.choices(["x", "y"], weights=[9, 1], k=8))
print(random.choices(range(5), cum_weights=[1, 1, 2, 10, 10], k=6), random.choices([10, 20], [0.25, 0.75]))
print(random.uniform(1, 2), random.uniform(5, -5), random.triangular(), random.triangular(0, 10, 8))
print(random.gauss(), random.gauss(100, 15), random.normalvariate(0, 1), random.normalvariate(mu=5, sigma=0.1))
print(random.expovariate(2), random.betavariate(2, 5), random.gammavariate(0.5, 1), random.gammavariate(1, 2))
print(random.gammavariate(9, 0.5), random.lognormvariate(0, 0.25), random.vonmisesvariate(1, 4))
print(random.vonmisesvariate(0, 0), random.paretovariate(3), random.weibullvariate(1, 1.5))
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(100), random.getrandbits(0))
print(random.randbytes(6), len(random.randbytes(33)))

rolls = [random.randint(1, 6) for _ in range(600)]
print({face: rolls.count(face) for face in range(1, 7)})
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk)
random.seed(2024)
print(random.random(), random.randint(1, 6))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)], state[0], len(state[1]), state[2])
