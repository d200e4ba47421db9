from pipelines.extraction.regions import country_of, find_regions, region_area_km2, region_of


def names(text):
    return [r for _, _, r in find_regions(text)]


def test_region_of_aliases():
    assert region_of("Kursk region") == "Kursk Oblast"
    assert region_of("Zaporozhye") == "Zaporizhzhia Oblast"
    assert region_of("DPR") == "Donetsk Oblast"
    assert region_of("Luhansk People's Republic") == "Luhansk Oblast"
    assert region_of("Kupyansk") == "Kharkiv Oblast"
    assert region_of("Artemovsk") == "Donetsk Oblast"
    assert region_of("Korenevo") == "Kursk Oblast"
    assert region_of("Donbas") == "Ukraine"
    assert region_of("SMO zone") == "Ukraine"
    assert region_of("Atlantis") is None


def test_find_regions_spans():
    text = "Fighting near Huliaipole and in the Kharkov region; the LPR said"
    found = find_regions(text)
    assert [r for _, _, r in found] == ["Zaporizhzhia Oblast", "Kharkiv Oblast", "Luhansk Oblast"]
    s, e, _ = found[1]
    assert text[s:e] == "Kharkov region"


def test_bare_kyiv_only_locative():
    assert names("Kyiv's forces advanced") == []
    assert names("troops withdrew from around Kyiv") == ["Kyiv"]
    assert names("the Kyiv region") == ["Kyiv Oblast"]


def test_areas_and_countries():
    assert 29000 < region_area_km2("Kursk Oblast") < 31000
    assert country_of("Belgorod Oblast") == "Russia"
    assert country_of("Kherson Oblast") == "Ukraine"
    assert region_area_km2("Nowhere") is None
