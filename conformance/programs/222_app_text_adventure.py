# Realistic learner program: a text-adventure state machine driven by a scripted list of commands
# (no input()). Rooms, items, locked doors, an inventory, a command parser using match/case, and a scoring system.

ROOMS = {
    "hall": {
        "desc": "A dusty hall. Doors lead north and east.",
        "exits": {"north": "library", "east": "kitchen"},
        "items": ["lamp"],
    },
    "library": {
        "desc": "Shelves of old books. A locked door leads west.",
        "exits": {"south": "hall", "west": "vault"},
        "items": ["book"],
        "locked": {"west": "key"},
    },
    "kitchen": {
        "desc": "Pots and pans everywhere. Something shines under the table.",
        "exits": {"west": "hall", "down": "cellar"},
        "items": ["key", "bread"],
    },
    "cellar": {
        "desc": "It is pitch dark.",
        "exits": {"up": "kitchen"},
        "items": ["coin"],
        "dark": True,
    },
    "vault": {
        "desc": "The treasure vault! A golden idol rests on a pedestal.",
        "exits": {"east": "library"},
        "items": ["idol"],
    },
}

SCORES = {"coin": 5, "idol": 50, "book": 1}


class GameOver(Exception):
    pass


class Game:
    def __init__(self, rooms):
        self.rooms = {name: dict(info, items=list(info["items"])) for name, info in rooms.items()}
        self.location = "hall"
        self.inventory = []
        self.moves = 0
        self.state = "playing"
        self.visited = {"hall"}

    @property
    def room(self):
        return self.rooms[self.location]

    def can_see(self):
        return not self.room.get("dark") or "lamp" in self.inventory

    def look(self):
        if not self.can_see():
            return "It is too dark to see anything."
        text = self.room["desc"]
        if self.room["items"]:
            text += " You see: " + ", ".join(sorted(self.room["items"])) + "."
        text += " Exits: " + ", ".join(self.room["exits"]) + "."
        return text

    def go(self, direction):
        exits = self.room["exits"]
        if direction not in exits:
            return f"You can't go {direction}."
        needed = self.room.get("locked", {}).get(direction)
        if needed and needed not in self.inventory:
            return f"The door {direction} is locked."
        if needed:
            del self.room["locked"][direction]
            msg = f"You unlock the door with the {needed}. "
        else:
            msg = ""
        self.location = exits[direction]
        first = self.location not in self.visited
        self.visited.add(self.location)
        return msg + ("(new) " if first else "") + self.look()

    def take(self, item):
        if not self.can_see():
            return "You fumble around in the dark."
        if item == "all":
            if not self.room["items"]:
                return "Nothing to take."
            taken = sorted(self.room["items"])
            self.inventory.extend(taken)
            self.room["items"].clear()
            return "Taken: " + ", ".join(taken)
        if item not in self.room["items"]:
            return f"There is no {item} here."
        self.room["items"].remove(item)
        self.inventory.append(item)
        if item == "idol":
            self.state = "won"
        return f"You take the {item}."

    def drop(self, item):
        if item not in self.inventory:
            return f"You don't have a {item}."
        self.inventory.remove(item)
        self.room["items"].append(item)
        return f"Dropped {item}."

    def eat(self, item):
        if item != "bread" or item not in self.inventory:
            return "You can't eat that."
        self.inventory.remove(item)
        return "Delicious."

    def score(self):
        return sum(SCORES.get(i, 0) for i in self.inventory) + 2 * len(self.visited) - self.moves // 5

    def handle(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, *rest = words
        arg = " ".join(rest)
        aliases = {"n": ("go", "north"), "s": ("go", "south"), "e": ("go", "east"), "w": ("go", "west"),
                   "u": ("go", "up"), "d": ("go", "down"), "i": ("inventory", ""), "l": ("look", "")}
        if verb in aliases:
            verb, arg = aliases[verb]
        self.moves += 1
        match verb:
            case "look":
                return self.look()
            case "go":
                return self.go(arg)
            case "take" | "get":
                return self.take(arg)
            case "drop":
                return self.drop(arg)
            case "eat":
                return self.eat(arg)
            case "inventory":
                return "You carry: " + (", ".join(self.inventory) or "nothing")
            case "quit":
                raise GameOver("player quit")
            case _:
                self.moves -= 1
                return f"I don't understand {verb!r}."


script = ["look", "take lamp", "n", "w", "s", "e", "take key", "take bread", "dance", "d",
          "take coin", "u", "w", "n", "w", "i", "drop bread", "take idol", "eat bread", "", "score"]
game = Game(ROOMS)
for command in script:
    print(f"> {command}")
    print("  " + game.handle(command))
    if game.state == "won":
        print("*** You found the idol and won! ***")
        break

print("moves:", game.moves, "visited:", sorted(game.visited), "score:", game.score())
print("inventory:", game.inventory)
g2 = Game(ROOMS)
for command in ["d", "take coin", "quit", "look"]:
    print(f"> {command}")
    try:
        print("  " + g2.handle(command))
    except GameOver as e:
        print("  game over:", e)
        break
print("original rooms untouched:", ROOMS["hall"]["items"], ROOMS["vault"]["items"])
