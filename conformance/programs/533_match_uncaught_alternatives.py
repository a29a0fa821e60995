# Covers: an uncaught SyntaxError for an or-pattern whose alternatives bind different names,
# inside a class body; the error points at the last name compiled in the offending alternative.
class Router:
    def route(self, path):
        match path.split("/"):
            case ["", "users", user_id] | ["", "u", uid]:
                return user_id
            case _:
                return None


print(Router().route("/users/7"))
