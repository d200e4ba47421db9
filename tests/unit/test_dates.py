from datetime import date

from pipelines.extraction.dates import find_time_expressions, previous_sunday, resolve_weekday


def kinds(text, ref):
    return [(t.kind, t.date, t.days) for t in find_time_expressions(text, ref)]


THU = date(2024, 5, 16)  # a Thursday


def test_weekdays_and_relative_days():
    assert resolve_weekday("Thursday", THU) == THU
    assert resolve_weekday("Monday", THU) == date(2024, 5, 13)
    assert kinds("the governor said on Tuesday evening", THU)[0][1] == date(2024, 5, 14)
    assert kinds("Yesterday, the army said", THU)[0][1] == date(2024, 5, 15)
    assert kinds("The day before, he said", THU)[0][1] == date(2024, 5, 15)


def test_explicit_dates_and_year_inference():
    assert kinds("as of May 2", THU)[0][1] == date(2024, 5, 2)
    assert kinds("on Dec. 30", THU)[0][1] == date(2023, 12, 30)
    assert kinds("on 4 March 2023", THU)[0][1] == date(2023, 3, 4)
    assert kinds("before the offensive began on May 10", THU)[0][1] == date(2024, 5, 9)


def test_intervals():
    assert kinds("gained land in April", THU) == [("interval", date(2024, 4, 30), 30.0)]
    assert kinds("in February 2023", THU) == [("interval", date(2023, 2, 28), 28.0)]
    assert kinds("in 2023", THU) == [("interval", date(2023, 12, 31), 365.0)]
    assert kinds("(April 8-14)", THU) == [("interval", date(2024, 4, 14), 7.0)]
    assert kinds("between March 1 and March 31", THU) == [("interval", date(2024, 3, 31), 30.0)]
    assert kinds("in the ten days to May 12", THU) == [("interval", date(2024, 5, 12), 10.0)]


def test_since():
    t = find_time_expressions("since Sunday", THU)[0]
    assert t.kind == "since" and t.date == date(2024, 5, 12)
    t = find_time_expressions("since the operation started on April 20", THU)[0]
    assert t.date == date(2024, 4, 20)
    t = find_time_expressions("since the beginning of April", THU)[0]
    assert t.date == date(2024, 4, 1)
    assert find_time_expressions("so far this year", THU)[0].year_start
    assert find_time_expressions("since the start of the year", THU)[0].year_start


def test_durations():
    assert kinds("over the past 24 hours", THU) == [("duration", None, 1.0)]
    assert kinds("over the last week", THU) == [("duration", None, 7.0)]
    assert kinds("in the past three days", THU) == [("duration", None, 3.0)]
    assert kinds("over the past month", THU) == [("duration", None, 30.0)]
    assert kinds("in four days", THU) == [("duration", None, 4.0)]
    assert kinds("during the first week", THU) == [("duration", None, 7.0)]
    assert kinds("over the same period", THU)[0][0] == "same"


def test_last_week_is_previous_sunday():
    mon = date(2024, 5, 13)
    assert previous_sunday(mon) == date(2024, 5, 12)
    assert kinds("Last week alone, troops took two villages", mon) == [("point", date(2024, 5, 12), 7.0)]


def test_hostile():
    """Endless prefixes of a date are not dates: nothing is found (not merely no crash)."""
    assert find_time_expressions("", THU) == []
    assert find_time_expressions("since the " * 3000, THU) == []
    assert find_time_expressions("on May " * 3000, THU) == []
    assert kinds("since the " * 300 + ". It happened on Tuesday.", THU) == kinds("It happened on Tuesday.", THU) != []


MON = date(2025, 3, 10)  # a Monday


def test_weekend_is_two_days_ending_on_sunday():
    assert kinds("retook the area over the weekend", MON) == [("point", date(2025, 3, 9), 2.0)]
    assert kinds("at the weekend", date(2025, 3, 8))[0][1] == date(2025, 3, 8)


def test_bare_last_month_is_the_previous_calendar_month():
    assert kinds("captured 300 sq km last month", MON) == [("interval", date(2025, 2, 28), 28.0)]
    assert kinds("over the last month", MON) == [("duration", None, 30.0)]


def test_between_two_months():
    assert kinds("between January and October", date(2024, 11, 20))[0] == ("interval", date(2024, 10, 31), 304.0)


def test_since_the_start_of_the_month():
    t = find_time_expressions("since the start of the month", MON)[0]
    assert (t.kind, t.date) == ("since", date(2025, 3, 1))


def test_at_the_start_of_the_year_is_a_point():
    assert kinds("up from 60% at the start of the year", MON) == [("point", date(2025, 1, 1), None)]
    assert kinds("at the beginning of 2023", MON) == [("point", date(2023, 1, 1), None)]


def test_day_ranges_in_one_month_and_the_middle_of_a_month():
    from datetime import date as _d

    from pipelines.extraction.dates import find_time_expressions as _find
    (t,) = _find("From November 7 to 13, the army liberated 179 settlements.", _d(2022, 11, 21))
    assert (t.kind, t.date, t.days) == ("interval", _d(2022, 11, 13), 7.0)
    (t,) = _find("between May 1 and 7", _d(2024, 6, 1))
    assert (t.date, t.days) == (_d(2024, 5, 7), 7.0)
    (t,) = _find("After controlling 51.5% in mid-December, Russia", _d(2023, 2, 21))
    assert t.date == _d(2022, 12, 15)


def test_the_previous_day_is_a_point_unless_a_span():
    # "announced late the previous day": the day before; "over the previous day": a one-day span
    assert kinds("The ministry said it finished the operation late the previous day.", THU) == [
        ("point", date(2024, 5, 15), None)]
    assert kinds("Troops advanced 2 km over the previous day.", THU) == [("duration", None, 1.0)]


def test_last_and_a_month_name_is_the_latest_such_month_before_this_one():
    # said on Thursday 2024-05-16: "last May" is May 2023, "last March" March 2024
    assert kinds("Russia took the town last May.", THU) == [("interval", date(2023, 5, 31), 31.0)]
    assert kinds("Russia took the town last March.", THU) == [("interval", date(2024, 3, 31), 31.0)]
    assert kinds("Troops advanced over the last month.", THU) == [("duration", None, 30.0)]


def test_by_a_month_is_a_point_not_a_period():
    assert kinds("By mid-April, Russia had regained 300 sq km.", THU) == [("point", date(2024, 4, 15), None)]
