# Seed 002 (concurrent.futures example), ported: evaluate_item/count run sequentially with a list
# comprehension instead of Thread/ProcessPoolExecutor + as_completed; count's loop bound is 10000
# instead of 10000000; the elapsed-time prints are dropped.
# Covers: loop variable reuse after a for loop, function calls, list comprehension, __name__ guard.
number_list = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]


def evaluate_item(x):
    result_item = count(x)
    return result_item


def count(number):
    for i in range(0, 10000):
        i = i + 1
    return i * number


if __name__ == "__main__":
    results = [evaluate_item(item) for item in number_list]
    for r in results:
        print(r)
    print("sum", sum(results))
