"""Entity rules from how news writes names: a contraction or a transcript's speaker label
before a name."""

from __future__ import annotations

from tests.entity_checks import names_found


def test_a_contraction_is_no_part_of_the_name_after_it(tagger):
    text = "Good evening, I'm Marisol Ekwueme and this is the late bulletin from Dunmarrow."
    found = names_found(tagger, text)
    assert ("Marisol Ekwueme", "PERSON") in found
    assert not [name for name, _ in found if name.startswith("I'm")]


def test_a_speaker_label_in_capitals_is_a_person(tagger):
    text = "TAVISH ORMEROD: Hello and welcome to the programme.\nNARRATOR: The river rose."
    found = names_found(tagger, text)
    assert ("Tavish Ormerod", "PERSON") in found
    assert not [name for name, _ in found if name in ("Hello", "NARRATOR", "TAVISH ORMEROD")]
