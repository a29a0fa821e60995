# Seed 002 (Thread/Process basics), ported to plain sequential calls: sayhi/Sayhi without threads and without
# time.sleep(2); function1 called directly instead of in Process objects; MyProcess.run called directly with
# the names multiprocessing would assign ('MyProcess-1' ...). Output order is the sequential one.
# Covers: classes with run(), super().__init__, f-strings, %-formatting, list comprehensions used for effects.
def sayhi(name):
    print('%s say hello' % name)


class Sayhi:
    def __init__(self, name):
        super().__init__()
        self.name = name

    def run(self):
        print('%s say hello' % self.name)


def function1(id):
    print(f'id {id}')


def run__process():
    process = [(function1, (1,)), (function1, (2,))]
    [target(*args) for target, args in process]


class MyProcess:
    count = 0

    def __init__(self):
        MyProcess.count += 1
        self.name = 'MyProcess-%d' % MyProcess.count

    def run(self):
        print('called run method in process: %s' % self.name)
        return


if __name__ == '__main__':
    sayhi('egon')
    print('主线程')
    Sayhi('egon').run()
    print('主线程')
    run__process()
    jobs = []
    for i in range(5):
        p = MyProcess()
        jobs.append(p)
        p.run()
    print([j.name for j in jobs])
