# Covers: string constants, capwords (default and custom sep), Template: substitute with mapping
# and/or keywords, $$ escapes, ${braced} names, safe_substitute keeping unknown/invalid
# placeholders, errors (KeyError, ValueError with line/col), get_identifiers, is_valid, custom
# delimiter subclass, and string.Formatter.
import string
from string import Template

print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)
print(string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase)
print(string.capwords("hello   world  from python"), string.capwords(" a-b c-d ", "-"), string.capwords("ÉCOLE été"))
t = Template("$who likes $what; ${who}s' budget is $$${amount}.")
print(t.substitute(who="Tim", what="kung pao", amount=10))
print(t.substitute({"who": "Ann", "what": "tea"}, amount=3.5))
print(t.safe_substitute(who="Bo"), t.template == t.template)
print(Template("$a$b ${c}d $").safe_substitute(a=1, c=3), Template("50$ off $item").safe_substitute(item="now"))
print(t.get_identifiers(), Template("$x $y $x ${z}").get_identifiers(), t.is_valid(), Template("cost: $1").is_valid())
for text, kw in (("$name is here", {}), ("costs $ 5", {"x": 1}), ("line1\nline2 ${", {}), ("$$ $9", {})):
    try:
        print(Template(text).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)


class Percent(Template):
    delimiter = "%"


print(Percent("%who owes %%%amount").substitute(who="Cy", amount=7), Percent("%x $y").safe_substitute(x="X"))
rows = [("apple", 3), ("kiwi", 12)]
line = Template("${name}: ${qty} pcs")
print([line.substitute(name=n, qty=q) for n, q in rows])
f = string.Formatter()
print(f.format("{0}-{1}-{x}", "a", "b", x="c"), f.format("{:>6}|{:.2f}", "ab", 3.14159))
