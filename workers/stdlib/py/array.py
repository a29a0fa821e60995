"""array for Interleave: only the names multiprocessing imports. The array type itself is not
simulated yet; making one says so (NotImplementedError) rather than behaving differently."""

typecodes = 'bBuhHiIlLqQfd'


class array:
    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("array.array is not simulated in Interleave yet")


ArrayType = array
