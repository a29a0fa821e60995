# Covers: uncaught AssertionError with a formatted message.
def withdraw(balance, amount):
    assert amount <= balance, f"cannot withdraw {amount} from {balance}"
    return balance - amount

b = withdraw(100, 30)
print(b)
withdraw(b, 500)
