# Covers: an uncaught ValueError raised by the datetime constructor deep in a call chain (C code, so the traceback ends at the caller's line) and exit status 1.
from datetime import date

def parse_day(text):
    year, month, day = (int(part) for part in text.split("-"))
    return date(year, month, day)

def schedule(days):
    return [parse_day(d) for d in days]

print(schedule(["2024-02-28", "2024-02-29"]))
print(schedule(["2023-02-28", "2023-02-29"]))
