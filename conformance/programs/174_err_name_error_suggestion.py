# Covers: uncaught NameError with the 3.11 "Did you mean" suggestion for a misspelled local variable.
def greet(username):
    message = "hello " + usrname
    return message

print(greet("ann"))
