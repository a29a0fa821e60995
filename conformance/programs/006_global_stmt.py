# Covers: global statement, module-level state, reading globals without declaring them.

total = 0
log = []

def add(n):
    global total
    total += n
    log.append(n)

for i in range(1, 5):
    add(i)
print(total, log)

def read_only():
    return total * 2

print(read_only())

def create_new_global():
    global created
    created = "I exist now"

create_new_global()
print(created)

def shadow():
    total = -1
    return total

print(shadow(), total)

x = 1
def nested():
    x = 2
    def inner():
        global x
        x = 3
        return x
    inner()
    return x

print(nested(), x)
print('created' in globals(), 'nope' in globals())
