# Covers: NotImplemented in a boolean context: truthy, with a DeprecationWarning shown (once per
# location, as the default filter for __main__ does) at the caller's line.
print(bool(NotImplemented))
if NotImplemented:
    print("yes")
x = not NotImplemented
for i in range(2):
    bool(NotImplemented)
class V:
    def __eq__(self, other):
        return NotImplemented
print(V() == V(), V() != 1)
def check(flag=NotImplemented):
    return "set" if flag else "unset"
print(check(), check(), check(0))
