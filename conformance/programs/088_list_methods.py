# Covers: every list method (append, extend, insert, remove, pop, clear, index, count, sort, reverse, copy) plus +, *, +=, in, len, comparisons.

xs = [3, 1, 4]
xs.append(1)
xs.extend([5, 9])
xs.extend("ab")
xs.insert(0, "start")
xs.insert(100, "end")
xs.insert(-1, "before-end")
print(xs)
xs.remove("a")
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
print(xs.index(1), xs.index(1, 2), xs.count(1), xs.count("zz"))
ys = xs.copy()
ys.reverse()
print(ys, xs)
nums = [n for n in xs if isinstance(n, int)]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.clear()
print(nums, len(nums))
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
print([1, 2] * 3, [[0]] * 2, [] * 10, [1] + [], [1, 2] == [1, 2], [1, 2] < [1, 3], [2] > [1, 99])
print(len([1, [2, 3]]), 3 in [1, 2, 3], [3] in [1, [3]], list("abc"), list(range(3)), list((1, 2)))
print(list({"k": 1, "j": 2}), list({3: 0}.values()), [*"hi"])
l = [1, 2, 3]
l[1:2] = [20, 21, 22]
l[len(l):] = [99]
print(l, l[::-1], sum(l), min(l), max(l))
print(sorted([3, 1, 2]), sorted("bca"), list(reversed([1, 2, 3])))
stack = []
stack.append(1); stack.append(2); stack.append(3)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
print(queue.pop(0), queue)
nested = [[1, 2], [3, 4]]
print([x for sub in nested for x in sub], nested[1][0], len(nested))
