# Covers: unicode text incl. CJK: len, indexing, slicing, reversing, iteration, upper on CJK, width-insensitive formatting, sorting by code point.

zh = "你好，世界！Python 很有趣"
print(zh, len(zh), zh[0], zh[-3:], zh[::-1])
print([c for c in "汉字"], list(map(ord, "汉字")), "汉" < "字", sorted("世界你好"))
print(zh.find("世界"), zh.replace("世界", "World"), zh.split("，"), "有趣" in zh)
print(f"[{'中文':>6}] [{'中文':^6}] [{'中文':*<6}]", "中文".center(6, "-"), len("中文".ljust(6)))
print("日本語テキスト".encode("utf-8"), len("日本語".encode("utf-8")), "한국어".upper(), "ＡＢＣ".lower())
words = ["苹果", "香蕉", "apple", "Banana", "橙子"]
print(sorted(words), sorted(words, key=str.lower), max(words), min(words))
counts = {}
for ch in "我爱北京，北京欢迎你":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print("Ω≈ç√∫".upper(), "Ω≈ç√∫".lower(), "ﬁ".upper(), len("ﬁ".upper()))
print("e\u0301" == "\u00e9", len("e\u0301"), repr("\u200b"), "a\u00a0b".split(), "\u3000x\u3000".strip())
emoji = "👍🏽 ok"
print(len(emoji), [hex(ord(c)) for c in emoji])
print("生产者做好了 %s" % "产品1", "消費者拿到了 {}".format("產品2"), f"{'任务':s}{3:02d}")
print("\N{GREEK SMALL LETTER ALPHA}\N{BULLET}", "\u2603".isprintable(), "\x1b".isprintable())
print(ascii(zh), repr("тест"), str("тест".encode("utf-8"), "utf-8"))
