# Covers: seeded random module functions: seed(42) then random/randint/randrange/choice/shuffle/sample/uniform/choices/getrandbits, getstate/setstate, reseeding.
import random

random.seed(42)
print(random.random())
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(10) for _ in range(5)], random.randrange(0, 100, 5), random.randrange(-10, 10))
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choice(range(1000)))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample("hello", 3), sorted(random.sample(range(10), 10)))
print(random.uniform(1, 10), random.uniform(5, 5))
print(random.choices("abc", k=6), random.choices([1, 2, 3], weights=[10, 1, 1], k=5), random.choices("xy", cum_weights=[1, 10], k=4))
print(random.getrandbits(8), random.getrandbits(64), random.getrandbits(100))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b)
random.seed(42)
print(random.random())
random.seed(2024)
print(round(random.gauss(0, 1), 12), round(random.normalvariate(10, 2), 12), round(random.expovariate(1.5), 12))
print(random.triangular(0, 10, 3), random.betavariate(2, 3) < 1)
random.seed(0)
print([random.randint(0, 1000) for _ in range(8)])
for bad in [lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.randrange(0)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
