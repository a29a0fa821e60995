# Covers: a learner-style library system combining dataclasses (order, field factories), enum
# (Enum with auto, IntEnum priorities), collections (defaultdict, Counter, deque waitlists,
# namedtuple receipts), functools (total_ordering, lru_cache), itertools.groupby, operator
# attrgetter/itemgetter sorting and heapq for due-date reminders.
import heapq
from collections import Counter, defaultdict, deque, namedtuple
from dataclasses import dataclass, field
from enum import Enum, IntEnum, auto
from functools import lru_cache
from itertools import groupby
from operator import attrgetter, itemgetter


class Genre(Enum):
    FICTION = auto()
    SCIENCE = auto()
    HISTORY = auto()


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    URGENT = 3


@dataclass(order=True)
class Book:
    title: str
    author: str = field(compare=False)
    genre: Genre = field(compare=False, default=Genre.FICTION)
    copies: int = field(compare=False, default=1)
    waitlist: deque = field(default_factory=deque, compare=False, repr=False)


Receipt = namedtuple("Receipt", "member title due_day")


class Library:
    def __init__(self):
        self.books = {}
        self.loans = defaultdict(list)
        self.history = Counter()
        self.reminders = []

    def add(self, book):
        self.books[book.title] = book

    def lend(self, member, title, day):
        book = self.books[title]
        if book.copies == 0:
            book.waitlist.append(member)
            return f"{member} waits for {title} (position {len(book.waitlist)})"
        book.copies -= 1
        receipt = Receipt(member, title, day + loan_days(book.genre))
        self.loans[member].append(receipt)
        self.history[title] += 1
        heapq.heappush(self.reminders, (receipt.due_day, member, title))
        return receipt

    def give_back(self, member, title):
        self.loans[member] = [r for r in self.loans[member] if r.title != title]
        book = self.books[title]
        book.copies += 1
        if book.waitlist:
            nxt = book.waitlist.popleft()
            return f"{title} returned by {member}; now reserved for {nxt}"
        return f"{title} returned by {member}"


@lru_cache(maxsize=None)
def loan_days(genre):
    return {Genre.FICTION: 14, Genre.SCIENCE: 21, Genre.HISTORY: 28}[genre]


lib = Library()
for b in [Book("Dune", "Herbert", copies=2), Book("Cosmos", "Sagan", Genre.SCIENCE),
          Book("SPQR", "Beard", Genre.HISTORY), Book("Emma", "Austen"), Book("Brief History", "Hawking", Genre.SCIENCE)]:
    lib.add(b)
print(lib.lend("ann", "Dune", 1))
print(lib.lend("bob", "Dune", 2))
print(lib.lend("cid", "Dune", 3))
print(lib.lend("dee", "Dune", 4))
print(lib.lend("ann", "Cosmos", 5))
print(lib.lend("bob", "SPQR", 6))
print(lib.give_back("ann", "Dune"))
print(lib.lend("eve", "Emma", 7))
print(sorted(lib.books.values())[:3])
for genre, books in groupby(sorted(lib.books.values(), key=attrgetter("genre.value")), key=attrgetter("genre")):
    print(genre.name, [b.title for b in books])
print(dict(lib.loans), lib.history.most_common(2))
while lib.reminders:
    due, member, title = heapq.heappop(lib.reminders)
    print(f"day {due:>2}: remind {member} about {title}")
print(loan_days.cache_info())
tickets = [("fix roof", Priority.URGENT), ("paint", Priority.LOW), ("clean", Priority.NORMAL), ("wiring", Priority.URGENT)]
for task, prio in sorted(tickets, key=itemgetter(1), reverse=True):
    print(f"{prio.name:<7} {int(prio)} {task}")
print(Counter(p for _, p in tickets), max(p for _, p in tickets) == 3)
