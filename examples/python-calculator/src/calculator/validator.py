"""Input validation."""


def is_number(value):
    """True for ints and floats, but not for booleans."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def all_numbers(values)
    """True when every value is a number."""
    return all(is_number(v) for v in values)
