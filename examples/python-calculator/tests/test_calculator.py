from calculator.utils import mean, stdev
from calculator.validator import all_numbers, is_number


def test_mean():
    assert mean([1, 2, 3, 4]) == 2.5


def test_stdev():
    assert stdev([2, 4, 4, 4, 5, 5, 7, 9]) == 2.0


def test_is_number():
    assert is_number(3)
    assert not is_number(True)


def test_all_numbers():
    assert all_numbers([1, 2.5])
    assert not all_numbers([1, "2"])
