# Covers: uncaught ValueError raised in __init__ during class instantiation (after a property was used successfully).
class Temperature:
    def __init__(self, celsius):
        if celsius < -273.15:
            raise ValueError(f"{celsius} is below absolute zero")
        self.celsius = celsius

    @property
    def kelvin(self):
        return self.celsius + 273.15

t = Temperature(20)
print(t.kelvin)
Temperature(-300)
