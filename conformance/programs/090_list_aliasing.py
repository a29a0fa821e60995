# Covers: list aliasing, shallow vs deep copies, list*int pitfall with nested lists, modifying a list while iterating, default args sharing.
import copy

a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b)
c = a[:]
c.append(5)
print(a, c)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
nested = [[1, 2], [3, 4]]
shallow = list(nested)
deep = copy.deepcopy(nested)
nested[0].append(99)
print(shallow, deep, shallow[0] is nested[0], deep[0] is nested[0])
shallow2 = copy.copy(nested)
shallow2.append("new")
print(nested, shallow2)
nums = [1, 2, 3, 4, 5, 6]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print("after removing while iterating:", nums)
nums = [1, 2, 3, 4, 5, 6]
nums = [n for n in nums if n % 2]
print(nums)
def add_item(lst):
    lst.append("added")
def rebind(lst):
    lst = ["rebound"]
    return lst
x = []
add_item(x)
print(x, rebind(x), x)
row = ["."] * 4
board = [row] * 2
board[1][2] = "X"
print(board)
s = [[]] * 3
s[0].append("shared")
print(s, s[0] is s[1] is s[2])
t = ([1], 2)
t[0].append(3)
print(t)
try:
    t[0] += [4]
except TypeError as e:
    print("TypeError:", e)
print(t)
