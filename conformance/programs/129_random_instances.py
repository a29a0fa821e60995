# Covers: random.Random(7) independent instances, string/bytes/int seeds, instances unaffected by module-level seeding, reproducible simulations.
import random

r1 = random.Random(7)
r2 = random.Random(7)
print([r1.randint(1, 100) for _ in range(5)] == [r2.randint(1, 100) for _ in range(5)])
r = random.Random(7)
print(r.random(), r.randint(1, 100), r.choice("xyz"), r.sample(range(50), 4))
s = random.Random("hello world")
print(s.random(), s.randrange(1000))
s2 = random.Random("hello world")
print(s2.random() == random.Random("hello world").random())
bseed = random.Random(b"bytes seed")
print(bseed.randint(0, 10 ** 6))
big = random.Random(2 ** 100 + 7)
print(big.random())
random.seed(1)
x = random.Random(99)
a = x.random()
random.seed(12345)
y = random.Random(99)
print(a == y.random())
neg = random.Random(-5)
pos = random.Random(5)
print(neg.random() == pos.random())
rng = random.Random(2023)
wins = {"heads": 0, "tails": 0}
for _ in range(1000):
    wins[rng.choice(["heads", "tails"])] += 1
print(wins)
walk = 0
path = []
rw = random.Random(11)
for _ in range(20):
    walk += rw.choice([-1, 1])
    path.append(walk)
print(path)
dice = random.Random("dice")
rolls = [dice.randint(1, 6) + dice.randint(1, 6) for _ in range(2000)]
print({total: rolls.count(total) for total in range(2, 13)})
cards = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.Random(31337).shuffle(cards)
print(cards[:13])
