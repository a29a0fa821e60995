# Covers: an uncaught compile-time SyntaxError from a match statement (a bare name is a capture
# pattern, so the cases after it could never run): the program prints nothing but the error.
RED = "red"
GREEN = "green"

print("this line never runs: the whole file fails to compile")


def react(light):
    match light:
        case RED:
            return "stop"
        case GREEN:
            return "go"
