# Covers: collections.ChainMap (lookup order, writes go to the first map, new_child/parents,
# maps, len/iteration order, repr, KeyError on delete), UserDict (data, __missing__, subclass
# overriding __setitem__), UserList (list API, subclass returning its own type), UserString.
from collections import ChainMap, UserDict, UserList, UserString

defaults = {"color": "red", "user": "guest", "lang": "en"}
env = {"user": "admin"}
cli = {"color": "blue"}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["user"], cm["lang"], len(cm), sorted(cm), list(cm))
cm["lang"] = "fr"
print(cli, defaults["lang"], cm.maps[0] is cli)
child = cm.new_child({"user": "root"})
print(child["user"], child.parents["user"], child, dict(child) == {"user": "root", "color": "blue", "lang": "fr"})
del cm["lang"]
try:
    del cm["user"]
except KeyError as e:
    print("KeyError:", e)
print(cm.get("missing", 0), "user" in cm, ChainMap(), ChainMap({"a": 1}, {"b": 2}))


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __missing__(self, key):
        return f"<no {key}>"


ld = LowerDict({"Name": "Ann"}, AGE=3)
ld["City"] = "Oslo"
print(ld, ld["name"], ld["zip"], ld.data, len(ld), "city" in ld, isinstance(ld, dict))
print(ld.get("zip", "dflt"), list(ld.items()), ld.pop("age"), ld)


class Stack(UserList):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s, s.peek(), s.pop(), s, type(s[:1]).__name__, type(s + [9]).__name__, s * 2, len(s), s.data)
s.extend([5, 4])
s.sort()
print(s, s.index(4), s.count(5), list(reversed(s)), s == [1, 2, 4, 5], 2 in s)
us = UserString("hello")
print(us.upper(), us[1:3], us + "!", len(us), "ell" in us, type(us.upper()).__name__, us.data)
