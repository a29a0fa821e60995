# Covers: str concatenation, repetition, comparison, immutability errors, iteration, str(), multiplication by 0/negative, join vs +, str methods chaining.

a = "spam"
print(a + "eggs", a * 3, 3 * a, a * 0, a * -2, "" * 100, "-" * 20)
print("abc" < "abd", "abc" < "ab", "B" < "a", "apple" > "Apple", "a" * 3 == "aaa", "A" == "a")
try:
    a[0] = "S"
except TypeError as e:
    print("TypeError:", e)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a * 2.0
except TypeError as e:
    print("TypeError:", e)
try:
    a[10]
except IndexError as e:
    print("IndexError:", e)
print(a[0], a[-1], a[1:3], list(a), tuple(a), set("aabb") == {"a", "b"})
print(str(123), str(1.5), str([1, "a"]), str(b"x"), str(None), str(), str(b"caf\xc3\xa9", "utf-8"))
print(len(""), len("abc"), "".join(reversed("stressed")), "racecar" == "racecar"[::-1])
print(" Hello ".strip().lower().replace("l", "L").center(11, "~"))
print("a" "b" "c", ("implicit "
      "concatenation"))
print("%s" % "%d", "{}".format("{}"), "{{}}".format())
print(min("hello"), max("hello"), sorted("hello"), "hello".index("l"), sum(map(ord, "abc")))
s = "x"
for i in range(5):
    s += str(i)
print(s, s.isalnum(), s[1:].isdigit())
print("tab\there", "new\\nline", r"raw\n\t", len(r"\n"), "\x41\101\u0041", "\'", '\"')
print("""triple "quoted" string
with 'quotes' and \\ backslash""")
print("%-5s|" % "ab" + "x".rjust(3) + "|")
