# Covers: an app: a grade calculator with custom exception classes (str, args, chaining with from/from None), validation, f-string report; ends with an uncaught custom KeyError subclass.
# A grade calculator with validation and custom exceptions.
class GradeError(Exception):
    """Base class for grade problems."""

class InvalidScoreError(GradeError):
    def __init__(self, student, score):
        super().__init__(student, score)
        self.student = student
        self.score = score

    def __str__(self):
        return f"{self.student}: invalid score {self.score!r}"

class MissingStudentError(GradeError, KeyError):
    pass

WEIGHTS = {"homework": 0.25, "midterm": 0.30, "final": 0.45}
BOUNDARIES = [(90, "A"), (80, "B"), (70, "C"), (60, "D"), (0, "F")]

def parse_score(student, raw):
    try:
        value = float(raw)
    except (TypeError, ValueError) as exc:
        raise InvalidScoreError(student, raw) from exc
    if not 0 <= value <= 100:
        raise InvalidScoreError(student, value)
    return value

def weighted(scores):
    total = 0.0
    for part, weight in WEIGHTS.items():
        total += scores[part] * weight
    return round(total, 2)

def letter(avg):
    for bound, grade in BOUNDARIES:
        if avg >= bound:
            return grade
    raise AssertionError("unreachable")

raw_data = {
    "alice": {"homework": "95", "midterm": "88", "final": "92.5"},
    "bob": {"homework": "72", "midterm": "65.5", "final": "70"},
    "carol": {"homework": "100", "midterm": "n/a", "final": "99"},
    "dave": {"homework": "85", "midterm": "105", "final": "90"},
    "erin": {"homework": "60", "midterm": "59.99", "final": "61"},
}

report = {}
problems = []
for name, parts in raw_data.items():
    try:
        scores = {part: parse_score(name, raw) for part, raw in parts.items()}
    except InvalidScoreError as e:
        problems.append(e)
        continue
    avg = weighted(scores)
    report[name] = (avg, letter(avg))

print(f"{'Student':<10}{'Average':>10}{'Grade':>7}")
print("-" * 27)
for name, (avg, grade) in sorted(report.items(), key=lambda kv: -kv[1][0]):
    print(f"{name.title():<10}{avg:>10.2f}{grade:>7}")
print("-" * 27)
mean = sum(a for a, _ in report.values()) / len(report)
print(f"{'Mean':<10}{mean:>10.3f}")
print(f"Spread: {max(a for a, _ in report.values()) - min(a for a, _ in report.values()):.1f}")
for p in problems:
    cause = p.__cause__
    print("problem:", p, "| cause:", type(cause).__name__ if cause else None, "|", cause)
    print("  args:", p.args, "isinstance GradeError:", isinstance(p, GradeError))

def lookup(name):
    try:
        return report[name]
    except KeyError:
        raise MissingStudentError(name) from None

try:
    lookup("zoe")
except KeyError as e:
    print("lookup failed:", repr(e), str(e), type(e).__mro__[1].__name__)

print(lookup("frank"))
