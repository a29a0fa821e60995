# Covers: uncaught UnboundLocalError (3.11 wording) when a global is shadowed by a later local assignment.
counter = 0

def increment():
    counter += 1
    return counter

increment()
