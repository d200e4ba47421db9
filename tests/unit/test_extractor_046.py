"""Extractor 0.46.0 (issues 11 and 12), from what the 39 parts still missed or made up, then from held back 38's
errors after its scoring: a gain restated as the share of the area the other side had seized; a figure restated
between commas before its passive verb; "the Russian advance came to"; "the first 30 days of the month"; "sovereignty
over"; an incursion's depth; the area the counted villages span; a region's size, a speed and a town's share are no
claims; a share taken since a later start; a total since an incursion or the war began; denials that point back by
the event's noun or as a passive; a told holding denied by a known side; "not only"; ground around a place; lists
after a double dash and in a relative clause; "among those reported to be occupied"; unnamed located groups; a role
that lost its place name; a lead naming an interviewee; "Source:" label lines; teaser lists; "the ministry's
statement", "its press office"; "the Ukrainian high command"; the head of a body as the holder of its office (after
held back 39's scoring: "the state border service"). Sentences of our own; the first cases of each test fail
on 0.45.0, the guards hold on both."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract

DAY = datetime(2025, 3, 20)


def run(text: str, day: datetime = DAY):
    return extract(ArticleText(article_id="t", text=text, published_at=day))


def areas(text: str, day: datetime = DAY) -> list[tuple]:
    return [(c.metric, c.controller, c.value_low) for c in run(text, day).area_claims]


def places(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(p.place, p.controller, p.stance, p.claimant) for p in run(text).place_claims]


def speakers(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.statement_type) for s in run(text).statements]


# ---------------------------------------------------------------- area claims

def test_a_gain_restated_as_the_share_of_the_area_seized():
    assert areas("Gerasimov said the Russian troops liberated more than 1,100 square kilometers, or 86% of the area "
                 "initially occupied by Kiev in the Kursk region.") \
        == [("area_gained", "Russia", 1100.0), ("territory_share", "Russia", 0.86)]
    assert areas('"More than 800 square kilometers have been liberated, which amounts to about 64% of the territory '
                 'initially occupied," the Russian general told the newspaper.') \
        == [("area_gained", "Russia", 800.0), ("territory_share", "Russia", 0.64)]
    # a gain restated as a share of a region is the change as a share: no holding
    assert areas("Russian forces captured 1,100 square kilometers, or 5% of the Donetsk region.") \
        == [("area_gained", "Russia", 1100.0)]


def test_a_figure_restated_between_commas_before_its_passive_verb():
    assert areas('"More than 1,100 square kilometers, or more than 86 percent of the territory initially occupied by '
                 'the enemy, have been liberated during offensive operations," Gerasimov said.') \
        == [("area_gained", "Russia", 1100.0), ("territory_share", "Russia", 0.86)]


def test_the_advance_came_to_a_figure_in_the_first_days_of_a_month():
    claims = run("In December, the Russian advance slowed down, reaching 465 square kilometres in the first 30 days of "
                 "the month.", datetime(2024, 12, 31)).area_claims
    assert [(c.metric, c.controller, c.value_low, c.as_of.isoformat(), c.period_days) for c in claims] \
        == [("area_gained", "Russia", 465.0, "2024-12-30", 30.0)]
    # an advance's pace is no total ("the average daily advance has accelerated and is about 30 sq km")
    assert areas("The army holds the initiative; the average daily advance has accelerated significantly and is about "
                 "30 square kilometers;") == []


def test_sovereignty_over_an_area_and_an_incursions_depth():
    assert areas("By August 12, Ukraine claimed sovereignty over 1,000 square kilometres of Russian territory.") \
        == [("area_controlled", "Ukraine", 1000.0)]
    assert areas("Officials in Kursk suggested that the Ukrainian incursion extended up to 12 km deep along a 40 km "
                 "front.") == [("advance_depth", "Ukraine", 12.0)]
    # a depth with no operation before it is no advance
    assert areas("The bunker lies 12 km deep in the forest.") == []


def test_the_area_the_counted_villages_span():
    assert areas("Ukrainian troops have retaken seven villages spanning 90 square kilometers from Russian forces in the "
                 "past week, Maliar said.") \
        == [("settlements_gained", "Ukraine", 7.0), ("area_gained", "Ukraine", 90.0)]
    assert areas("Maliar said her troops had also retaken three other nearby small villages.") \
        == [("settlements_gained", "Ukraine", 3.0)]


def test_sizes_speeds_and_a_towns_share_are_no_claims():
    assert areas("Two villages in the Dnipropetrovsk region are occupied, small areas in a region of more than 31,000 "
                 "square kilometers.") == [("settlements_controlled", "Russia", 2.0)]
    assert areas("The rate of advance when breaking through prepared defenses is approximately 1-1.5 km per hour, "
                 "Syrskyi said.") == []
    assert areas("Russian forces advanced 1-1.5 km a day near Pokrovsk, Syrskyi said.") \
        == [("advance_depth", "Russia", 1.0)]
    assert areas("On May 7, Russian troops controlled Popasnaya by 80%.") == []
    assert areas("On May 7, Russian troops controlled 80% of the Luhansk region.") \
        == [("territory_share", "Russia", 0.8)]


def test_what_was_taken_since_a_later_start_and_since_an_incursion():
    # a share taken since a date after the invasion's first year, told before the figure, is a change
    assert areas("Since January 2024, Russia has seized under one percent of Ukraine's territory.") == []
    assert areas("Since 2014, Russia has seized about 20 percent of Ukraine's territory.") \
        == [("territory_share", "Russia", 0.2)]
    # a side's total since its incursion or the war began is what it holds; its own land won back stays a gain
    assert areas("Syrskyi said that since the surprise incursion, the forces have seized 1,150 square kilometres in "
                 "Russia's Kursk region.") == [("area_controlled", "Ukraine", 1150.0)]
    assert areas("From the start of the war up to October 27, 2024 Russia had taken 67,192 square kilometres of "
                 "Ukraine's land.") == [("area_controlled", "Russia", 67192.0)]
    assert areas("Ukraine's army says it has gained 19 square miles around the city since the counteroffensive began "
                 "in June.")[0][0] == "area_gained"


# ---------------------------------------------------------------- place claims

def test_a_denial_that_points_back_by_the_events_noun_or_as_a_passive():
    assert places("Russia's defence ministry said its forces had captured the town of Marinka. Ukrainian military "
                  "spokesman Oleksandr Shtupun refutes the capture, saying fighting goes on.") \
        == [("Marinka", "Russia", "asserted", "Russian Ministry of Defence"),
            ("Marinka", "Russia", "denied", "Oleksandr Shtupun")]
    assert places("Wagner chief Yevgeny Prigozhin announced that his fighters had captured Bakhmut. The claim was "
                  "promptly denied by Ukraine's military spokesman Serhiy Cherevatyi.") \
        == [("Bakhmut", "Russia", "asserted", "Yevgeny Prigozhin"),
            ("Bakhmut", "Russia", "denied", "Serhii Cherevatyi")]


def test_a_told_holding_is_denied_only_by_a_known_side():
    assert places("According to DeepState, the villages of Zaporizke and Novoheorhiivka are now under Russian "
                  "occupation. However, Ukraine's military refutes these reports, stating that the claims are false.") \
        == [("Zaporizke", "Russia", "asserted", "DeepState"), ("Novoheorhiivka", "Russia", "asserted", "DeepState"),
            ("Zaporizke", "Russia", "denied", "Ukrainian General Staff"),
            ("Novoheorhiivka", "Russia", "denied", "Ukrainian General Staff")]
    assert places("Ukraine's General Staff said Kupiansk remains under Ukrainian control. They also dismissed claims "
                  "about other areas.") == [("Kupiansk", "Ukraine", "asserted", "Ukrainian General Staff")]


def test_not_only_is_no_negation_and_ground_around_a_place_is_not_the_place():
    assert all(p[2] != "denied" for p in places(
        "The defence ministry said the operation not only restored control over Sudzha but also pushed Ukrainian "
        "units out."))
    assert places("Ukrainian marines liberated a small area around the village of Krynky in October 2023.") == []
    assert places("Ukrainian marines liberated the village of Krynky in October 2023.") \
        == [("Krynky", "Ukraine", "asserted", None)]


def test_a_list_after_a_double_dash_and_among_those_occupied():
    assert places("Governor Oleh Hryhorov listed four villages inside the border that he said were now held by "
                  "Russian forces -- Novenke, Basivka, Veselivka and Zhuravka.") \
        == [(p, "Russia", "asserted", "Oleh Hryhorov") for p in ("Novenke", "Basivka", "Veselivka", "Zhuravka")]
    assert [p[:3] for p in places("The villages of Novenke and Basivka are among those reported to be occupied.")] \
        == [("Novenke", "Russia", "asserted"), ("Basivka", "Russia", "asserted")]


# ---------------------------------------------------------------- speakers

def test_unnamed_located_groups_and_a_role_that_lost_its_place_name():
    assert speakers("Officials in Sumy said that a drone killed a civilian driver.") == []
    assert speakers("Representatives of Ukraine said that the release of 230 captives was agreed.") == []
    assert speakers("According to the head of Sevastopol, the drone attack was fully repelled.") \
        == [("head of Sevastopol", "indirect")]


def test_a_lead_that_names_the_interviewee_of_unnamed_answers():
    text = ("Foreign Minister Andriy Sibiga in an interview with Liberation. Part three.\n"
            "The war goes on. European leaders demanded a ceasefire. Why is Europe hesitating to act?\n"
            "I don't think Europe is slow. The package was adopted on time and unanimously.\n"
            "What if the United States withdraws?\n"
            "We don't even want to discuss such scenarios, because Ukraine must become more autonomous.")
    assert speakers(text) == [("Andrii Sybiha", "direct"), ("Andrii Sybiha", "direct")]
    # no interviewee named in the lead: the answers stay unattributed
    assert speakers(text.replace("Foreign Minister Andriy Sibiga in an interview", "An interview")) == []


def test_label_lines_and_teaser_lists_are_not_speech():
    assert speakers("Zelensky urged allies to send more air defence.\n\nSource: Zelenskyy during the meeting on 11 "
                    "October, as reported by European Pravda\n\nQuote: \"We need more air defence.\"") \
        == [("Volodymyr Zelensky", "indirect"), ("Volodymyr Zelensky", "direct")]
    assert speakers("Zelensky said the front was holding.\n\nVoters approved Proposition 50, according to the Associated "
                    "Press. The measure asked voters to approve a...\nIsrael handed over the bodies of 45 people on "
                    "Monday, the Red Cross said, a day...\nA fire killed at least 23 people,...") \
        == [("Volodymyr Zelensky", "indirect")]


def test_a_bodys_statement_press_office_and_high_command():
    assert speakers("The Russian Foreign Ministry said on Monday it was ready. The ministry's statement says that "
                    "Kyiv is doing everything to disrupt the visit.") \
        == [("Russian Ministry of Foreign Affairs", "indirect")] * 2
    assert speakers("The Khortytsia group said on Monday it was holding. Its press office admitted that the Russian "
                    "attacks had exhausted the units.") \
        == [("Khortytsia operational-strategic group", "indirect")] * 2
    assert speakers("The Ukrainian high command said it had ordered a withdrawal from the town.") \
        == [("Ukrainian General Staff", "indirect")]


def test_the_head_of_a_body_is_the_holder_of_its_office():
    assert speakers("The head of the United Nations nuclear watchdog said that the damage was minor.") \
        == [("Rafael Grossi", "indirect")]
    assert speakers("The head of the IAEA said that the damage was minor.") == [("Rafael Grossi", "indirect")]
    # the body itself still speaks as itself
    assert speakers("The IAEA said that the damage was minor.") == [("International Atomic Energy Agency", "indirect")]
    assert speakers("The state border service in Kyiv said it had liberated the city of Vovchansk.") \
        == [("State Border Guard Service of Ukraine", "indirect")]


def test_totals_after_the_invasion_and_with_crimea_an_incursions_depth_and_width():
    # (after held back 39's scoring)
    assert areas("In total, after the February 24, 2022 invasion, Russia captured 65,891 sq. km of Ukrainian "
                 "territory. Together with the annexed Crimea, Russia has seized 108,070 sq. km or 18% of Ukraine.") \
        == [("area_controlled", "Russia", 65891.0), ("area_controlled", "Russia", 108070.0),
            ("territory_share", "Russia", 0.18)]
    assert areas('"The depth of penetration into the Kursk region is 12 kilometers, and the width is 40 kilometers," '
                 'said Kursk governor Alexei Smirnov.', datetime(2024, 8, 13)) \
        == [("advance_depth", "Ukraine", 12.0)]


def test_a_title_read_as_a_name_before_the_apposed_name():
    # (after held back 39's scoring)
    assert speakers("Ukraine controls 28 settlements, according to the Acting Governor of the Kursk Region, Alexei "
                    "Smirnov.") == [("Alexei Smirnov", "indirect")]


def quotes(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.quote_text) for s in run(text).statements]


def test_what_according_to_credits_and_a_name_after_its_kind():
    # (after held back 39's scoring)
    assert quotes("There are no official statements, however, according to war correspondent Yevgeny Poddubny, the "
                  "withdrawal is associated with the threat of encirclement.") \
        == [("Yevgeny Poddubny", "the withdrawal is associated with the threat of encirclement.")]
    assert quotes("According to the Russian news agency Anna News, units of the Russian army have left Izyum.") \
        == [("Anna News", "units of the Russian army have left Izyum.")]
    assert quotes("The news agency Interfax said that units of the Russian army have left Izyum.") \
        == [("Interfax", "units of the Russian army have left Izyum.")]
    # a source that is no name stays nobody's
    assert quotes("According to geolocation imagery available to ISW, Russian troops are within 10 kilometers of "
                  "the border.") == []


def test_a_bodys_assessment_speaks_for_it():
    # (after held back 39's scoring)
    assert quotes("“It is still unclear what the Russian command will prefer,” the Institute for the Study of "
                  "War’s assessment notes.") \
        == [("Institute for the Study of War", "It is still unclear what the Russian command will prefer")]


def test_a_reported_claim_with_it_and_an_inverted_passive():
    # (after held back 40's scoring)
    assert [p[:3] for p in places("Ukrainian officials have not commented on reports from Russia claiming it has "
                                  "captured the villages of Hatyshche and Morokhovets.")] \
        == [("Hatyshche", "Russia", "asserted"), ("Morokhovets", "Russia", "asserted")]
    assert [p[:3] for p in places("Russia's troops took control of Pryvillia. Also captured were the villages of "
                                  "Pishchane, near Kupiansk, and Tykhe, just inside the border.")] \
        == [("Pryvillia", "Russia", "asserted"), ("Pishchane", "Russia", "asserted"), ("Tykhe", "Russia", "asserted")]
    # a list the sentence itself introduces keeps its own reading
    assert all(p[3] is not None for p in places(
        "The Russian Ministry of Defense reported the recapture of two settlements. Among the recaptured settlements "
        "were Agronom and Bogdanovka."))
