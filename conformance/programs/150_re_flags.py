# Covers: re flags IGNORECASE, MULTILINE, DOTALL, VERBOSE (and combined), inline flags, ^/$ anchors per line, compiled pattern flags, ASCII.
import re

text = "First line\nsecond Line\nTHIRD LINE"
print(re.findall(r"line", text), re.findall(r"line", text, re.IGNORECASE), re.findall(r"line", text, flags=re.I))
print(re.findall(r"^\w+", text), re.findall(r"^\w+", text, re.MULTILINE), re.findall(r"\w+$", text, re.M))
print(re.search(r"First.*LINE", text), re.search(r"First.*LINE", text, re.DOTALL).group().count("\n"))
print(re.findall(r"^s.*$", text, re.M | re.I), re.search(r"(?s)line.second", text) is not None, re.findall(r"(?im)^t\w+", text))
phone = re.compile(r"""
    (\d{3})     # area code
    [-.\s]?     # optional separator
    (\d{4})     # number
    (?:\s*x(\d+))?  # optional extension
""", re.VERBOSE)
for s in ["555-1234", "555.9876 x12", "5551111"]:
    m = phone.search(s)
    print(s, "->", m.groups())
print(phone.flags & re.VERBOSE != 0, bool(re.compile("a", re.I).flags & re.IGNORECASE))
print(re.findall(r"\w+", "naïve café", re.ASCII), re.findall(r"\w+", "naïve café"))
print(re.sub(r"(?m)^", "# ", "a\nb\nc"), re.split(r"\n", "x\ny"), re.findall(r".", "a\nb"), re.findall(r".", "a\nb", re.S))
email = re.compile(r"[a-z0-9._]+@[a-z]+\.[a-z]{2,}", re.I)
print(email.findall("Mail: John.Doe@Example.COM, x@y.io, bad@x"))
print(re.match(r"(?i:AB)c", "abc") is not None, re.match(r"(?i:AB)c", "abC"))
