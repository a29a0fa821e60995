# Covers: an uncaught error raised inside a str method (ValueError from str.index) deep in a
# call chain: the traceback's frames and caret markers for a method call on a str.


def find_key(line, key):
    start = line.index(key + '=')
    end = line.find(';', start)
    return line[start + len(key) + 1:end if end >= 0 else None]


def parse(lines, key):
    return [find_key(line, key).strip().upper() for line in lines]


records = ['name=ada; lang=en', 'lang=fr;name=bob', 'name = cy']
print(parse(records[:2], 'name'))
print(parse(records, 'name'))
