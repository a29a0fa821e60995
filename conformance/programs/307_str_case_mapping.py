# Covers: str.upper/lower/title/capitalize/swapcase/casefold with ASCII and Unicode special
# cases: ß, ligatures, titlecase digraphs, final sigma in context, dotted I, Georgian, Cherokee.

words = [
    'hello world', "they're bill's friends", 'HELLO', 'mIxEd CaSe 123', '', '42abc', 'a1b2c3',
    'straße', 'ǆemal ǈuka', 'ﬁsh ﬂow', 'ŉ', 'İstanbul', 'ΣΑΣ', 'ΟΔΥΣΣΕΥΣ', 'Σ', 'aΣ', 'aΣb', 'aΣ.', "aΣ'",
    'ΑΣ΄Α', 'ᾳ', 'ﬀ', 'µ', 'ſ', 'ǰ', 'ĳ', 'ǅ', 'ა', 'Ა', 'ꭰ', 'Ꭰ', 'ᏸ', 'ÿ', 'ǈ'.lower(), 'Ωmega',
    'hello\u0301world', 'x_y-z.w', 'ß'.upper(), 'ÉCOLE', 'élan vital', '🎉party', '123', 'Ⅻ', 'ⓐⓑ',
]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()),
          repr(w.swapcase()), repr(w.casefold()))

print('ß'.casefold() == 'SS'.casefold(), 'Straße'.casefold() == 'STRASSE'.casefold())
print('ΣΑΣ ΣΑΣ'.lower(), 'ΣΑΣ.ΣΑΣ'.lower(), 'Σ Σ'.lower(), 'ABΣ123'.lower())
print('hello'.upper().lower() == 'hello', 'ǉ'.title(), 'ǉ'.capitalize(), 'ǉ'.upper())
try:
    'abc'.upper(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.lower(5)
except TypeError as e:
    print(type(e).__name__, e)
print(str.upper('xyz'), str.title('a b'))
