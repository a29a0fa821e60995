# Covers: a realistic text-processing program: parsing CSV-like records with split/strip,
# normalising words (casefold, strip punctuation with translate), counting, and printing
# aligned reports with %-formatting, str.format and f-strings.

RAW = """
  name , department , salary , joined
  Ada Lovelace, Engineering, 125000, 1843-07-10
  Grace Hopper ,Engineering,  132500.5 , 1952-01-01
  Alan Turing,Research, 98000 ,1936-05-28
  Édith Piaf , Music, 45000, 1935-10-24
  # a comment line
  Linus Torvalds,  Engineering , 150000,1991-08-25

  Ken Thompson,Research,110000,1969-08-01
"""

TEXT = """It was the best of times, it was the worst of times; it was the age of wisdom,
it was the age of foolishness... It was the epoch of belief! It was the epoch of incredulity?
Straße and STRASSE are the same word when casefolded, says the ﬁsh."""


def parse(raw):
    lines = [line.strip() for line in raw.strip().splitlines()]
    header = [h.strip() for h in lines[0].split(',')]
    rows = []
    for line in lines[1:]:
        if not line or line.startswith('#'):
            continue
        fields = [f.strip() for f in line.split(',')]
        rec = dict(zip(header, fields))
        rec['salary'] = float(rec['salary'])
        rec['year'] = int(rec['joined'].partition('-')[0])
        rows.append(rec)
    return rows


rows = parse(RAW)
print('%-16s|%-12s|%12s|%6s' % ('Name', 'Dept', 'Salary', 'Year'))
print('-' * 16 + '+' + '-' * 12 + '+' + '-' * 12 + '+' + '-' * 6)
for r in sorted(rows, key=lambda r: (r['department'], -r['salary'])):
    print('%-16s|%-12s|%12.2f|%6d' % (r['name'], r['department'].upper(), r['salary'], r['year']))

by_dept = {}
for r in rows:
    by_dept.setdefault(r['department'], []).append(r['salary'])
for dept, sal in sorted(by_dept.items()):
    avg = sum(sal) / len(sal)
    print('{:<12}{:>3} people, avg {:>12,.2f}, max {:>10.1f}'.format(dept + ':', len(sal), avg, max(sal)))
print(f"{'Total':<12}{len(rows):>3} people, payroll {sum(r['salary'] for r in rows):_.0f}")

table = str.maketrans('', '', '.,;!?')
words = TEXT.translate(table).casefold().split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
width = max(len(w) for w, _ in top)
for w, n in top:
    print(f'{w:>{width}} {"#" * n} ({n})')
print('distinct:', len(counts), 'longest:', max(counts, key=len), 'capitalized:', [w for w in TEXT.split() if w.istitle()][:5])
print('initials:', ''.join(r['name'][0] for r in rows), '| slug:', '-'.join(rows[0]['name'].lower().split()))
print('centered:', '[' + 'REPORT'.center(20, '=') + ']', 'wrapped:', '\n  '.join(TEXT.split('\n')[:2]).count('\n'))
