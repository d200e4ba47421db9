import pytest

from pipelines.extraction.numbers import find_quantities, parse_number


def q1(text):
    qs = find_quantities(text)
    assert qs, text
    return qs[0]


@pytest.mark.parametrize("s,v", [
    ("2,400", 2400), ("3 275", 3275), ("1892", 1892), ("4,5", 4.5), ("7.25", 7.25),
    ("two thousand", 2000), ("a hundred", 100), ("sixty", 60), ("thirty-two", 32),
    ("one hundred and twenty", 120), ("a third", 0.3333), ("two-thirds", 0.6667), ("three-quarters", 0.75),
    ("half", 0.5), ("1.2 million", 1_200_000),
])
def test_parse_number(s, v):
    assert parse_number(s) == pytest.approx(v, rel=1e-3)


def test_units_and_conversions():
    assert q1("took 2,400 sq km").low == 2400 and q1("took 2,400 sq km").unit == "km2"
    assert q1("some 3 275 square kilometers").low == 3275
    assert q1("about 100 square miles").low == pytest.approx(258.999)
    assert q1("cleared 40 hectares").low == pytest.approx(0.4)
    assert q1("held 85 km²").low == 85
    # "square km" (abbreviated unit after a spelled-out "square") is kilometres, not a stray number
    assert q1("recovered over 1,200 square km (463 square miles)").low == 1200
    assert q1("recovered over 1,200 square km (463 square miles)").unit == "km2"
    assert q1("pushed 5 miles").low == pytest.approx(8.04672)
    assert q1("advanced 4,5 kilometres").low == 4.5


def test_ranges():
    q = q1("advanced 2-4 km")
    assert (q.low, q.high, q.approximate) == (2, 4, False)
    q = q1("moved between two and five kilometres")
    assert (q.low, q.high) == (2, 5)
    q = q1("moved between four to six kilometers")
    assert (q.low, q.high) == (4, 6)
    assert (q1("from 12 to 15 km").low, q1("from 12 to 15 km").high) == (12, 15)


def test_shares_and_counts():
    q = q1("roughly 23 per cent of the region")
    assert q.unit == "fraction" and q.low == pytest.approx(0.23) and q.approximate
    assert q1("41 percent").low == pytest.approx(0.41)
    assert q1("9%").low == pytest.approx(0.09)
    q = q1("just under two-thirds of the oblast")
    assert q.low == pytest.approx(0.6667) and q.approximate
    q = q1("retook 15 villages")
    assert q.unit == "count" and q.low == 15
    assert q1("captured three more settlements").low == 3
    assert q1("over 200 towns and villages").approximate


@pytest.mark.parametrize("phrase", ["about", "roughly", "around", "nearly", "almost", "close to", "more than", "over",
                                    "at least", "up to", "as much as", "an estimated", "approximately",
                                    "a little under", "just under"])
def test_approximators(phrase):
    assert q1(f"Forces held {phrase} 320 square kilometres").approximate


def test_not_approximate():
    assert not q1("Forces held 320 square kilometres").approximate
    assert not q1("took control over 12 villages").approximate


def test_conversion_and_dates_are_not_ranges():
    qs = find_quantities("since March 3 to 27 sq km")
    assert [(q.low, q.high) for q in qs] == [(27, 27)]
    assert find_quantities("the week of May 5-11") == []


def test_elliptic_second_figure():
    qs = find_quantities("still held 9 villages, down from about 25 in May")
    assert [(q.low, q.unit) for q in qs] == [(9, "count"), (25, "count")]


def test_hostile_input():
    """Degenerate runs of separators and qualifiers hold no figure: nothing is found (not merely no crash)."""
    assert find_quantities("") == []
    assert find_quantities("1," * 5000 + " km") == []
    assert find_quantities("about " * 5000 + "3") == []
    assert find_quantities(("between one and " * 2000) + "km") == []
    # and a real figure after the noise is still found
    assert [(q.low, q.unit) for q in find_quantities("about " * 500 + ". Troops advanced 12 km.")] == [(12, "km")]


def test_metres_are_a_distance_in_km():
    q = q1("advanced 800 metres")
    assert (q.kind, q.unit, q.low) == ("distance", "km", 0.8)


def test_and_a_half_is_not_a_fraction():
    assert find_quantities("it took a year and a half") == []
    assert find_quantities("two and a half hours") == []
    assert q1("about half of the region").low == 0.5


@pytest.mark.parametrize("text, shares", [
    ("Ukrainian forces recaptured a fourth village in the south.", []),
    ("The shelling went on for a fifth consecutive day.", []),
    ("Russia controls a fifth of Ukraine.", [0.2]),
    ("Russia now holds about a fifth, the ministry said.", [0.2]),
])
def test_an_ordinal_before_its_noun_is_no_share(text, shares):
    from pipelines.extraction.numbers import find_quantities
    assert [q.low for q in find_quantities(text) if q.kind == "share"] == shares
