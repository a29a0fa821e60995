# Calibration: instances, attribute loads/stores and method calls (a particle simulation).
class Particle:
    def __init__(self, x, y, vx, vy):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy

    def step(self, dt):
        self.x += self.vx * dt
        self.y += self.vy * dt
        if self.x < 0 or self.x > 100:
            self.vx = -self.vx
        if self.y < 0 or self.y > 100:
            self.vy = -self.vy

    def energy(self):
        return self.vx * self.vx + self.vy * self.vy

particles = [Particle(i % 100, (i * 7) % 100, (i % 5) - 2, (i % 3) - 1) for i in range(200)]
for t in range(2000):
    for p in particles:
        p.step(1)
e = 0
for p in particles:
    e += p.energy()
made = 0
for i in range(150000):
    q = Particle(i, i, 1, 1)
    made += q.x
print(e, made, particles[3].x, particles[3].y)
