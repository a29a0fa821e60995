# Covers: find/rfind/index/rindex/count/replace/startswith/endswith (with ranges and tuples), in, ValueError messages.

s = "the cat sat on the mat with the hat"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("dog"), s.rfind("at", 0, 10))
print(s.index("cat"), s.rindex("at"), s.count("at"), s.count("the", 5), s.count(""), "aaaa".count("aa"))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("dog")
except ValueError as e:
    print("ValueError:", e)
print(s.replace("the", "a"), "|", s.replace("the", "THE", 2), "|", "aaa".replace("a", "b", 0))
print("abc".replace("", "-"), "abc".replace("b", ""), "aaaa".replace("aa", "b"))
print(s.startswith("the"), s.startswith("cat", 4), s.endswith("hat"), s.endswith(("dog", "hat")), s.startswith(("x", "y")))
print("file.tar.gz".endswith(".gz"), "file.tar.gz".endswith(".tar", 0, 8), "".startswith(""), "abc".startswith("", 3))
print("cat" in s, "dog" not in s, "" in "abc", "ab" in "a")
print(s.find(""), s.find("", 100), "abc".find("c", -1), "abc".find("a", -100, -2))
try:
    "abc".startswith(["a"])
except TypeError as e:
    print("TypeError:", e)
text = "Mississippi"
print(text.count("ss"), text.count("s"), text.find("ssi"), text.rfind("ssi"), text.replace("ss", "SS"))
positions = []
i = text.find("i")
while i != -1:
    positions.append(i)
    i = text.find("i", i + 1)
print(positions)
try:
    "abc" in 5
except TypeError as e:
    print("TypeError:", e)
try:
    5 in "abc"
except TypeError as e:
    print("TypeError:", e)
