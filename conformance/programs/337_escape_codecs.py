# Covers: the unicode_escape, raw_unicode_escape and utf-8-sig codecs: encoding, decoding of
# every escape form (\t \x \u \U octal, line continuation), errors with positions and error
# handlers, and BOM handling.


def show(label, f):
    try:
        print(label, repr(f()))
    except UnicodeError as e:
        print(label, type(e).__name__, e, '|', e.start, e.end)
    except Exception as e:
        print(label, type(e).__name__, e)


text = 'tab\there\nnew \\ back é € 😀 \x00\x7f \'"'
show('ue encode', lambda: text.encode('unicode_escape'))
show('rue encode', lambda: text.encode('raw_unicode_escape'))
show('ue round trip', lambda: text.encode('unicode_escape').decode('unicode_escape') == text)
show('rue round trip', lambda: text.encode('raw_unicode_escape').decode('raw_unicode_escape') == text)
show('ue decode', lambda: rb'a\tb\nc\\d\'e\"f\x41\u20ac\U0001F600\101\0\7\a\b\f\v'.decode('unicode_escape'))
show('ue latin-1 bytes', lambda: b'caf\xe9 \\xe9'.decode('unicode_escape'))
show('ue continuation', lambda: b'one \\\ntwo'.decode('unicode_escape'))
show('ue trailing backslash', lambda: b'abc\\'.decode('unicode_escape'))
show('ue short x', lambda: rb'\x4'.decode('unicode_escape'))
show('ue bad x', lambda: rb'ab\x4g'.decode('unicode_escape'))
show('ue short u', lambda: rb'\u12'.decode('unicode_escape'))
show('ue short U', lambda: rb'\U0001F60'.decode('unicode_escape'))
show('ue big U', lambda: rb'\U00110000'.decode('unicode_escape'))
show('ue replace', lambda: rb'a\x4g\u12'.decode('unicode_escape', 'replace'))
show('ue ignore', lambda: rb'a\x4gb'.decode('unicode_escape', 'ignore'))
show('ue backslashreplace', lambda: rb'\x4'.decode('unicode_escape', 'backslashreplace'))
show('ue alias', lambda: 'é'.encode('Unicode-Escape'))
show('rue decode', lambda: rb'a\u20acb\x41 \\u0041 \\\u0041 \t'.decode('raw_unicode_escape'))
show('rue short', lambda: rb'\u12'.decode('raw_unicode_escape'))
show('rue latin-1', lambda: b'\xe9\\u00e9'.decode('raw_unicode_escape'))
show('sig encode', lambda: 'abc'.encode('utf-8-sig'))
show('sig encode non-ascii', lambda: 'é'.encode('UTF-8-SIG'))
show('sig decode bom', lambda: b'\xef\xbb\xbfabc'.decode('utf-8-sig'))
show('sig decode no bom', lambda: b'abc'.decode('utf-8-sig'))
show('sig decode error', lambda: b'\xef\xbb\xbfab\xff'.decode('utf-8-sig'))
show('plain utf-8 keeps bom', lambda: b'\xef\xbb\xbfabc'.decode('utf-8'))
show('bytes from ue', lambda: bytes('x\u1234', 'unicode_escape'))
show('str from ue', lambda: str(rb'\u0041\n', 'unicode_escape'))
