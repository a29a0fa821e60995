# Covers: re.sub with backreferences (\1, \g<name>), replacement functions, count, subn, re.split (with groups, maxsplit), re.escape.
import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.sub(r"(?P<first>\w+)@(?P<dom>\w+)", r"\g<dom> at \g<first>", "ann@host bob@site"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.sub(r"\s+", " ", "  too    many\t\tspaces \n here "), re.sub(r"x", "y", "xxxx", count=2))
print(re.subn(r"[aeiou]", "*", "programming language"), re.sub(r"^", "> ", "line1\nline2", flags=re.M))
print(re.sub(r"(\d{3})(\d{3})(\d{4})", r"(\1) \2-\3", "5551234567"), re.sub("", "-", "abc"))
def title_word(m):
    w = m.group(0)
    return w if w in {"of", "the", "and"} else w.capitalize()
print(re.sub(r"[a-z]+", title_word, "the lord of the rings and more"))
print(re.split(r"\s*,\s*", "a , b,c ,  d"), re.split(r"(\d)", "a1b2c"), re.split(r"\W+", "Words, words, words."), re.split(r"x", "axbxc", maxsplit=1))
print(re.split(r"[;:]", "k:v;k2:v2"), re.split(r"\s+", " leading"), re.split(r"(?=[A-Z])", "splitCamelCase"))
print(re.escape("1+1=2? (yes) [a-z] $5.00 ^_^ a.b*c"), re.escape("no_special_123"))
literal = "cost: $5.00 (approx.)"
print(re.search(re.escape("$5.00 (approx.)"), literal).start(), re.findall(re.escape("a.c"), "abc a.c"))
print(re.sub(r"(?i)python", "Py", "Python PYTHON python"), re.sub(r"(a)|b", r"[\1]", "ab"))
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("re.error:", e)
template = "Dear {name}, your order {id} ships {day}."
values = {"name": "Ann", "id": "#42", "day": "Monday"}
print(re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], template))
