# Covers: str.isdigit/isdecimal/isnumeric (superscripts, fractions, CJK numerals, other
# scripts), isalpha, isalnum, isspace, isprintable, isidentifier, islower, isupper, istitle,
# isascii, over a table of characters and strings.

chars = ['0', '9', '٣', '۷', '९', '０', '²', '³', '¹', '₂', '①', '⑩', '½', '¼', '⅓', 'Ⅻ', 'ⅻ', '三', '万', '〇', '零',
         '壹', 'a', 'Z', 'é', 'ß', 'ǅ', 'Ω', 'ω', 'ª', 'ʰ', 'ー', '中', '_', ' ', '\t', '\n', '\x1c', '\x85',
         '\xa0', '\u2028', '\u3000', '\u200b', '\x00', '\x7f', '~', '😀', '𝟘', '𐍈', '\u0301', 'Ⓐ', 'ⓐ', '\U0001F1E6',
         '\ufeff', '\u00ad', '\ue000', '\U000e0041', '-', '.', '$']
for c in chars:
    print(repr(c), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isalpha(), c.isalnum(), c.isspace(),
          c.isprintable(), c.isidentifier(), c.islower(), c.isupper(), c.istitle(), c.isascii())

strings = ['', 'abc', 'ABC', 'Abc', 'Abc Def', 'Abc def', 'ABC def', 'aBC', '123', 'abc123', 'ABC123', 'Hello World!',
           'Hello WORLD', "They'Re", 'ǅungla', 'ǅUNGLA', '1st Place', 'hello_world', '_private', '2fast', 'class',
           'café', 'naïve_ünïcode', 'a b', '   ', ' \t\n', 'x y', '١٢٣', '12.5', '-5', 'ⅠⅡⅢ', 'ÀÉÎ', 'àéî']
for s in strings:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isprintable(), s.isidentifier(), s.islower(), s.isupper(), s.istitle(), s.isascii())
try:
    'a'.isdigit(1)
except TypeError as e:
    print(type(e).__name__, e)
