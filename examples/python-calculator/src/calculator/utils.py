"""Statistics helpers."""
import os
import math


def mean(values):
    """The arithmetic mean of a non-empty list."""
    return sum(values) / len(values)


def stdev(values):
    """The population standard deviation."""
    centre = mean(values)
    return math.sqrt(sum((v - centre) ** 2 for v in values) / len(values))
