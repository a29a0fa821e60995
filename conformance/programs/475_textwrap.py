# Covers: textwrap.wrap/fill with widths, indents, hyphenated and long words (break_long_words, break_on_hyphens), tabs and newlines, max_lines/placeholder, fix_sentence_endings; shorten, dedent, indent with and without a predicate; TextWrapper objects with attributes changed after creation; and the errors.
import textwrap
s = "The quick brown fox jumps over the lazy dog. A well-known pangram -- used for testing typewriters and computer keyboards, displaying examples of fonts, and other applications involving text."
print(textwrap.wrap(s, 30))
print(textwrap.fill(s, width=40, initial_indent='* ', subsequent_indent='  '))
print(textwrap.shorten(s, 50), textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world", 11))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("a-b-c-d-e-f-g-h-i-j-k-l self-explanatory re-enter", 8))
print(textwrap.wrap("tabs\there and\nnewlines", 12), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.fill("one two three four five six seven", 10, max_lines=2))
print(textwrap.fill("Hello world. Bye now.", 15, fix_sentence_endings=True))
print(repr(textwrap.dedent("    def f():\n        return 1\n  \n    x")), repr(textwrap.dedent("\tA\n  B")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\nb", "+", lambda l: l.startswith('a'))))
w = textwrap.TextWrapper(width=20, break_long_words=False)
print(w.wrap("averyveryverylongwordhere and more"), w.width)
w.width = 10
print(w.fill("some words to wrap around"))
try: textwrap.wrap("x", 0)
except ValueError as e: print(e)
try: textwrap.wrap("x", foo=1)
except TypeError as e: print(e)
print(textwrap.wrap("naïve café résumé über", 6), textwrap.wrap("x"*25, 10, break_on_hyphens=False))
