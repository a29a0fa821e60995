# Covers: regular-expression syntax with Python semantics — classes and escapes (\d \w \s \b on Unicode and with re.ASCII), anchors (^ $ \A \Z, $ before a final newline), dot vs newline, greedy/lazy/possessive quantifiers and {m,n} forms, atomic groups, lookahead/lookbehind, backreferences by number and name, alternation, and non-capturing groups.
import re

tests = [
    (r"\d+", "abc 123 ٤٥٦ def"),
    (r"\w+", "naïve café_1 中文 x-y"),
    (r"\s+", "a\tb\u00a0c\u2003d\x1ce"),
    (r"\bcat\b", "cat concat cat, scatter (cat)"),
    (r"\Bcat\B", "concatenate cat"),
    (r"[^\W\d_]+", "abc_123 déf4"),
    (r"[\d\s]+", "12 34x"),
    (r"[a-f\d]+", "Deadbeef 0x1f"),
    (r"[]x]+", "a]x]b"),
    (r"[^]x]+", "a]x]b"),
    (r"[\^a-]+", "^-a-b"),
    (r"colou?r", "color colour colouur"),
    (r"\d{2,3}", "1 12 1234 12345"),
    (r"\d{,2}", "12345"),
    (r"\d{3}", "12345678"),
    (r"a{2}", "aaaaa"),
    (r"x{1,}", "xx y xxx"),
    (r"<.+>", "<a> <b>"),
    (r"<.+?>", "<a> <b>"),
    (r"a*?b", "aaab"),
    (r"a++b", "aaab aaa"),
    (r"(?>a+)b", "aab ab"),
    (r"(?>x|xy)z", "xyz xz"),
    (r"\d+(?=%)", "50% 20 30%"),
    (r"\d+(?!%)", "50% 20"),
    (r"(?<=\$)\d+", "$10 20 $30"),
    (r"(?<!\$)\b\d+", "$10 20 $30"),
    (r"(\w)\1", "hello bookkeeper"),
    (r"(?P<q>['\"]).*?(?P=q)", "say 'hi' and \"bye\""),
    (r"^\w+", "first\nsecond"),
    (r"\w+$", "first\nsecond\n"),
    (r"\Aab", "ab\nab"),
    (r"ab\Z", "ab\nab"),
    (r"ab$", "ab\n"),
    (r".", "a\nb\r\u2028c"),
    (r"(?:ab)+", "ababab abx"),
    (r"cat|dog|bird", "hotdog catbird"),
    (r"(a|ab)(c|bcd)(d*)", "abcd"),
    (r"\.\*\+\?\(\)\[\]\{\}\|\^\$\\", "x.*+?()[]{}|^$\\y"),
    (r"\x41\u00e9\U0001F600\101\0", "Aé😀A\x00"),
    (r"\t\n\r\f\v\a", "\t\n\r\f\v\a"),
    (r"[\x00-\x1f]+", "ab\x01\x02c"),
    (r"a.c", "a😀c abc"),
    (r"[😀-😂]", "x😁y"),
]
for pattern, text in tests:
    print(repr(pattern), re.findall(pattern, text))
print(re.findall(r"\w+", "naïve café", re.ASCII), re.findall(r"\d", "1٣", re.A), re.findall(r"\s", "a\u00a0b", re.A), re.findall(r"\b\w", "é x", re.A))
print(re.search(r"(a)?b\1", "aba"), re.fullmatch(r"a|ab", "ab"), re.fullmatch(r"(?:a|ab)(?:c|bc)", "abc"))
print(re.match(r"(\d+)-(\d+)", "10-20").groups(), re.match(r"(?:(\d+)-)?(\d+)", "20").groups(), re.match("(a)|(b)", "b").groups())
print(re.findall(r"(?i)straße", "STRASSE Straße"), re.findall(r"(?i)[a-c]+", "ABCabcD"), re.findall(r"(?i)é", "É é"))
print(re.search(r"^$", ""), re.search(r"^$", "\n"), re.findall(r"^", "a\nb", re.M), re.findall(r"$", "a\nb\n", re.M))
