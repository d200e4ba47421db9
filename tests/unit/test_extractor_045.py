"""Extractor 0.45.0 (issues 11 and 12), from the place claims every part still missed or made up: coordinated
speakers each claim what they said; "claims that X took P are false" denies it; a hyphenated name around a known one is
another place; "the nearby villages of"; "is still controlled by"; a dash apposition; "under the control of the Armed
Forces of Ukraine"; "from both A and B"; a second verb joined to an apposed relative clause, and its own date; "does
not mean that we have left"; the side of a freeing not read across a paragraph; "the fall of X" as the change of hands
the article tells; intentions ("going to", "poised to", "prioritized efforts to"); Ukraine's numbered separate brigades; a known person's
misspelt surname. Sentences of our own; the first cases of each test fail on 0.44.0, the guards hold on both."""
from __future__ import annotations

from datetime import datetime

from pipelines.extraction import ArticleText, extract
from pipelines.extraction.actors import default_resolver, side_from_words

DAY = datetime(2025, 9, 4)


def run(text: str):
    return extract(ArticleText(article_id="t", text=text, published_at=DAY))


def places(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(p.place, p.controller, p.stance, p.claimant) for p in run(text).place_claims]


def dated(text: str) -> list[tuple[str, str, str]]:
    return [(p.place, p.controller, p.as_of.isoformat()) for p in run(text).place_claims]


def speakers(text: str) -> list[str]:
    return [s.speaker for s in run(text).statements]


# ---------------------------------------------------------------- who claims

def test_coordinated_speakers_each_claim_the_place():
    assert sorted(places("Russia's defence ministry and Ukraine's presidential office said Russian troops had left "
                         "Snake Island.")) \
        == [("Snake Island", "Ukraine", "asserted", "Office of the President of Ukraine"),
            ("Snake Island", "Ukraine", "asserted", "Russian Ministry of Defence")]
    # a speaker from whose side the same words give another holder claims nothing by them
    assert places("Zelensky and Putin said we had liberated Kupiansk.") \
        == [("Kupiansk", "Russia", "asserted", "Vladimir Putin")]


def test_a_claim_called_false_is_denied_and_its_owner_asserts_it():
    assert places("The Ukrainian military said claims by the Wagner group that Russian forces have taken the town of "
                  "Soledar are false.") \
        == [("Soledar", "Russia", "denied", "Ukrainian General Staff"),
            ("Soledar", "Russia", "asserted", "Wagner Group")]
    assert places("Reports that Russian forces had captured Toretsk were false, the brigade said.") \
        == [("Toretsk", "Russia", "denied", None)]
    # a verdict on something else after the capture stays an assertion
    assert places("The ministry said Russian forces had captured Toretsk, and reports of heavy losses were false.")[0][2] \
        == "asserted"


def test_a_misspelt_surname_of_a_known_person():
    assert speakers("Sergei Shoigoiu said the troops had taken the town.") == ["Sergei Shoigu"]
    assert speakers("Serhii Tserevaty said fighting continued in Soledar.") == ["Serhii Cherevatyi"]
    # another family (a surname that only extends a known one), another first name: unknown people
    assert speakers("Andriy Yermakov said talks would resume.") == ["Andriy Yermakov"]
    assert speakers("Olena Zelenska said the children were safe.") == ["Olena Zelenska"]
    assert default_resolver().resolve("Sergei Rudskaya") is None


def test_ukraines_numbered_separate_brigades():
    assert side_from_words("The 110th Separate Mechanized Brigade") == "Ukraine"
    assert side_from_words("the 47th Separate Mechanised Brigade") == "Ukraine"
    assert side_from_words("the 200th Separate Motor Rifle Brigade") is None
    assert side_from_words("the 83rd Separate Guards Airborne Assault Brigade") is None


# ---------------------------------------------------------------- which places

def test_a_hyphenated_name_around_a_known_one_is_another_place():
    assert places("The village of Pisky-Radkivski is now under the control of the Armed Forces of Ukraine.") \
        == [("Pisky-Radkivski", "Ukraine", "asserted", None)]
    assert places("Russia's defence ministry said its forces had captured Pisky.") \
        == [("Pisky", "Russia", "asserted", "Russian Ministry of Defence")]


def test_the_nearby_villages_of_are_the_subject():
    assert places("The nearby villages of Pishchane and Vodiane have been captured, Russia's defence ministry said.") \
        == [("Pishchane", "Russia", "asserted", "Russian Ministry of Defence"),
            ("Vodiane", "Russia", "asserted", "Russian Ministry of Defence")]
    # "near" still locates: the village near the town is not the town
    assert places("Russian forces captured a village near the town of Pokrovsk.") == []


def test_an_adverb_between_the_auxiliary_and_the_passive():
    assert places("Zaporizhzhia is still controlled by Ukrainian troops.") \
        == [("Zaporizhzhia", "Ukraine", "asserted", None)]


def test_an_apposition_set_off_by_a_dash_or_naming_its_noun_twice():
    assert places("Robotyne lies on a road toward Tokmak\u2014a road and rail hub now occupied by Russian soldiers.") \
        == [("Tokmak", "Russia", "asserted", None)]
    assert places("Fighting went on near Sievierodonetsk, the last major city nominally held by Ukraine in the region.") \
        == [("Sievierodonetsk", "Ukraine", "asserted", None)]


def test_the_control_of_the_armed_forces_of_a_country():
    assert places("The village of Kozacha Lopan is now under the control of the Armed Forces of Ukraine.") \
        == [("Kozacha Lopan", "Ukraine", "asserted", None)]


def test_from_both_places():
    assert places("Ukrainian forces had retreated from both Krynky and Urozhaine, the report said.") \
        == [("Krynky", "Russia", "asserted", None), ("Urozhaine", "Russia", "asserted", None)]


def test_such_settlements_of_a_region_then_the_list():
    got = places("The official said that such settlements of the Kherson region have already been liberated: "
                 "Vysokopillia, Novovoznesenske and Myroliubivka.")
    assert [(p, c) for p, c, _, _ in got] == [("Vysokopillia", "Ukraine"), ("Novovoznesenske", "Ukraine"),
                                              ("Myroliubivka", "Ukraine")]


# ---------------------------------------------------------------- sides and dates

def test_a_second_verb_joined_to_an_apposed_relative_clause():
    assert dated("Russian forces made progress towards Kupiansk, a city that was initially taken by Russian troops at "
                 "the beginning of the war but was retaken by Ukraine in September 2022.") \
        == [("Kupiansk", "Russia", "2025-09-04"), ("Kupiansk", "Ukraine", "2022-09-30")]


def test_a_month_alone_in_another_year_is_that_month_s_end():
    assert dated("Russian troops captured Kupiansk in March 2022, but Ukrainian forces retook it in September.") \
        == [("Kupiansk", "Russia", "2022-03-31"), ("Kupiansk", "Ukraine", "2022-09-30")]
    assert dated("Kupiansk was captured by Russia in 2022 and was retaken by Ukraine in September 2022.") \
        == [("Kupiansk", "Russia", "2022-12-31"), ("Kupiansk", "Ukraine", "2022-09-30")]


def test_it_does_not_mean_that_we_have_left():
    assert places('"This does not mean that we have completely left Velyka Novosilka," Syrskyi said.') \
        == [("Velyka Novosilka", "Russia", "denied", "Oleksandr Syrskyi")]


def test_the_side_of_a_freeing_is_not_read_across_a_paragraph():
    text = ("Russian troops destroyed the bridges. Enemy soldiers in civilian clothes remained on the right bank.\n\n"
            "On 12 November, the police began working in liberated Kherson.")
    assert places(text) == [("Kherson", "Ukraine", "asserted", None)]
    # within the paragraph the sentence before still tells who
    assert places("Russian troops pushed on. The liberated city of Kherson was shelled.")[0][1] == "Russia"


def test_the_fall_of_a_place_is_the_change_of_hands_the_article_tells():
    assert places("The quick fall of Izium was Moscow's biggest loss. Ukrainian troops have recaptured Izium from the "
                  "Russian army, Yermak said.") \
        == [("Izium", "Ukraine", "asserted", None), ("Izium", "Ukraine", "asserted", "Andriy Yermak")]
    # with nothing else told, a fall is Russia's
    assert places("The fall of Bakhmut was announced by Prigozhin.")[0][1] == "Russia"


def test_an_intention_is_no_claim():
    assert places("It is clear that Russia is going to take Kupiansk, military expert Andrey Marochko said.") == []
    assert places("Analysts said Russian forces were poised to seize Toretsk.") == []
    assert places("Russian forces have prioritized efforts to seize Pokrovsk and Myrnohrad.") == []
    # a capture told as done stays one
    assert places("Russian forces seized Toretsk, analysts said.") == [("Toretsk", "Russia", "asserted", None)]


# ---------------------------------------------------------------- dates and sources of figures

def area_dated(text: str) -> list[tuple[float, str]]:
    return [(c.value_low, c.as_of.isoformat()) for c in run(text).area_claims]


def test_a_compared_figure_takes_its_own_date():
    assert area_dated("Russia now controls 70% of the Donetsk region, compared to 59% at the end of 2023.") \
        == [(0.7, "2025-09-04"), (0.59, "2023-12-31")]
    assert area_dated("Moscow now controls three-quarters of the Donetsk region, compared to 61 percent a year ago.") \
        == [(0.75, "2025-09-04"), (0.61, "2024-09-04")]
    # "more than a month ago" bounds a time, it names none; a name ending in "a" is no "a day ago"
    assert area_dated("Russian forces have taken 500 square kilometres since the offensive began more than a month ago.") \
        == [(500.0, "2025-09-04")]


def test_in_a_month_after_a_named_month_is_that_month():
    assert area_dated("In August, the advance slowed down: Russian forces captured 400 square kilometres in a month.") \
        == [(400.0, "2025-08-31")]


def test_a_relative_clause_after_the_source_is_not_what_it_said():
    got = run("Russia captured 196 square kilometres last week, according to the Institute for the Study of War, "
              "which analysed open-source maps.").statements
    assert [(s.speaker, s.quote_text) for s in got] \
        == [("Institute for the Study of War", "Russia captured 196 square kilometres last week")]


def test_an_apposition_left_open_before_the_verb():
    assert speakers("Serhiy Cherevaty, spokesman for Ukraine's Armed Forces' eastern division said the towns had been "
                    "liberated.") == ["Serhii Cherevatyi"]
    # a relative clause after the comma opens no apposition ("in which both leaders expressed support")
    assert speakers("Trump held a phone call with Russian President Vladimir Putin, in which both leaders expressed "
                    "support for negotiations.") == []


def test_ua_army_is_ukraine_s():
    assert [(c.metric, c.controller) for c in run("UA Army liberated more than 300 settlements in Kharkiv region, "
                                                  "the General Staff said.").area_claims] \
        == [("settlements_gained", "Ukraine")]


# ---------------------------------------------------------------- from the blind part held back 37, after its scoring

def test_has_given_up_a_place():
    assert places("According to Russia, it has given up the strategically important city of Lyman.") \
        == [("Lyman", "Ukraine", "asserted", None)]
    assert places("Ukraine has not given up Bakhmut, Zelensky said.") \
        == [("Bakhmut", "Russia", "denied", "Volodymyr Zelensky")]
    # a refusal to give it up tells no change
    assert places("Zelensky refused to give up Donbas and Kramatorsk.") == []


def test_a_few_words_in_scare_quotes_keep_their_place():
    assert places("Russia's defence ministry said its forces had \u201cliberated the settlement\u201d of "
                  "Novooleksandrivka.") \
        == [("Novooleksandrivka", "Russia", "asserted", "Russian Ministry of Defence")]


def test_a_side_s_control_of_a_place_as_a_noun():
    assert places("Fighting moved to the reservoir, following the Russian military's control of the village of "
                  "Kamianske.")[0][:3] == ("Kamianske", "Russia", "asserted")
    # an adjective, not a possessive: "Ukrainian control of X was lost" holds nothing
    assert places("Ukrainian control of Kupiansk was lost in March.") == []


def test_a_sea_in_a_subheading_is_nobody_a_later_minister_could_be():
    text = ("Kubrakov spoke about the corridor on Tuesday.\n\nBlack Sea\n\nThe corridor will be used to evacuate "
            "ships, the minister said.")
    assert "Black Sea" not in speakers(text)
