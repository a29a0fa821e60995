# strptime in time and datetime: directives, %U/%W/%G/%V week arithmetic, %z offsets, and the errors.
import time, datetime
cases = [('2020 1 1','%Q'),('2020 1 1','%Y %'),('1 1','%d %d'),('2024 10 3','%Y %U %w'),('2024 10 3','%Y %W %w'),
 ('2024 10 3','%G %V %u'),('2024 0 0','%Y %U %w'),('2023 0 1','%Y %W %w'),('1','%e'),('a','a%\\'),
 ('Mon Jan  2 03:04:05 2006','%c'),('01/02/06','%x'),('03:04:05','%X'),('+0100 UTC','%z %Z'),('+01:00:30.5','%z'),
 ('+0100:30','%z'),('Z','%z'),('z','%z'),('-0530','%z'),('+2400','%z'),('Feb 29','%b %d'),('2023 Feb 29','%Y %b %d'),
 ('12 AM','%I %p'),('12 pm','%I %p'),('3 PM','%I %p'),('123456','%f'),('1.5','%S.%f'),('2020 366','%Y %j'),('2021 366','%Y %j'),
 ('2020 10','%G %V'),('10 3','%V %u'),('2020 100 1 3','%G %j %V %u'),('  7','%d'),('Thursday','%A'),('sep','%b'),('x','%Y'),
 ('2020-01-02junk','%Y-%m-%d'),('GMT','%Z'),('68 69','%y %H'),('1 1 1','%m %d %m'), ('1999 (x)', '%Y (x)'),
 ('2021 52 0', '%Y %U %w'), ('2020-W53-7', '%G-W%V-%u'), ('2021-W53-1', '%G-W%V-%u')]
for d, f in cases:
    for fn in (time.strptime, datetime.datetime.strptime):
        try:
            r = fn(d, f)
            print(repr(r), getattr(r, 'tm_zone', None), getattr(r, 'tm_gmtoff', None))
        except Exception as e:
            print(type(e).__module__, type(e).__name__, e)
