# Covers: upper/lower/title/capitalize/swapcase/casefold, center/ljust/rjust/zfill, expandtabs, and their edge cases.

s = "hello WORLD, it's a fine-day 42nd"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("Straße".upper(), "Straße".lower(), "Straße".casefold(), "ǅ".lower(), "ß".title())
print("ÉCOLE".lower(), "ñandú".upper(), "ΣΟΦΙΑ".lower(), "İ".lower() == "i\u0307")
print("[" + "abc".center(9) + "]", "[" + "abc".center(8, "-") + "]", "[" + "abc".ljust(6, ".") + "]", "[" + "abc".rjust(6) + "]")
print("[" + "toolong".center(3) + "]", "[" + "ab".center(5, "*") + "]", "[" + "abc".center(6, "*") + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(6), "abc".zfill(5), "12345".zfill(3), "".zfill(3))
print("a\tbc\tdef\tg".expandtabs(), "a\tbc\tdef\tg".expandtabs(4), repr("\t".expandtabs(2)), "x\ty\nab\tc".expandtabs(3))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("hello world".title(), "HELLO".capitalize(), "1st place".capitalize(), "o'neil mc-donald".title())
for w in ["python", "PYTHON", "Python", "pyThon"]:
    print(w, w.isupper(), w.islower(), w.istitle())
print("\u4e2d\u6587".upper(), "abc123".upper(), "ÀÉÎ".swapcase())
