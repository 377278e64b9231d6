"""Where reported content starts and ends (quotes10b): the noun of saying left to its cue."""

from spacy.language import Language


def texts(nlp: Language, text: str) -> list[str]:
    return [q["text"] for q in nlp(text)._.quotes]


def test_a_noun_of_saying_and_its_preposition_go_to_the_cue(nlp: Language) -> None:
    text = "Alvarez presented a message about patience and unity before explaining why he backs the governor."
    assert "patience and unity" in texts(nlp, text)
    assert not any(t.startswith("a message") for t in texts(nlp, text))


def test_a_noun_that_is_what_was_said_stays(nlp: Language) -> None:
    text = "Roe proposed a ban on trucks entering the old town."
    assert any(t.startswith("a ban on trucks") for t in texts(nlp, text))


def test_a_possessed_or_counted_noun_of_saying_stays(nlp: Language) -> None:
    assert "his support for Donald Trump" in texts(nlp, "He voiced his support for Donald Trump on Monday.")


def test_a_noun_of_saying_with_more_than_one_topic_stays(nlp: Language) -> None:
    text = "Parents expressed concern over the closure, and of Garcia's future."
    assert any(t.startswith("concern over the closure") for t in texts(nlp, text))


def test_a_second_speaker_coordinated_after_the_content_ends_it(nlp: Language) -> None:
    text = ("She said she had several meetings with the council, but staff said those meetings took place only after "
            "the budget was settled.")
    found = texts(nlp, text)
    assert "she had several meetings with the council" in found
    assert "those meetings took place only after the budget was settled" in found


def test_a_coordinated_clause_without_a_verb_of_saying_stays(nlp: Language) -> None:
    text = ("They claim that the city board ignores the wishes of the residents and that said wishes should "
            "be the final guide for planning.")
    assert any(t.endswith("final guide for planning") for t in texts(nlp, text))


def test_a_quotation_running_on_into_its_sentence_takes_the_rest(nlp: Language) -> None:
    text = 'Mayor Roe said "I have not seen that kind of problem" from Chicago transit workers. He left.'
    assert texts(nlp, text) == ['I have not seen that kind of problem" from Chicago transit workers']


def test_a_quotation_closed_by_its_own_punctuation_ends_at_its_mark(nlp: Language) -> None:
    assert texts(nlp, 'He said "we will win," and left the hall to his supporters.') == ["we will win"]
    text = 'Officials met. Mayor Roe said "I have not seen that kind of problem" from the "union" in the city.'
    assert texts(nlp, text) == ["I have not seen that kind of problem"]  # another quotation in the rest


def test_a_quotation_resumed_in_a_new_sentence_spans_its_attribution(nlp: Language) -> None:
    text = 'Officials met. "In a way," she said. "He kind of changed the whole conversation."'
    first, second = nlp(text)._.quotes
    assert first["text"] == 'In a way," she said.' and [text[a:b] for a, b in first["parts"]] == ["In a way"]
    assert second["continues"] == first["id"]  # the longer piece's quote spans the whole quotation (span_resumed)
    assert second["text"] == 'In a way," she said. "He kind of changed the whole conversation.'
    assert [text[a:b] for a, b in second["parts"]] == ["In a way", "He kind of changed the whole conversation."]


def test_a_quotation_followed_by_another_speakers_stays_in_its_marks(nlp: Language) -> None:
    text = 'Officials met. "In a way," she said. Jones disagreed. "He kind of changed the whole conversation," he said.'
    assert 'In a way' in texts(nlp, text)


def test_a_quotation_resumed_after_a_clause_in_its_attribution_goes_on_with_the_first(nlp: Language) -> None:
    text = ("Officials met. “Plainly, it’s the start of a split in the ranks of the industry,” said Sen. Jane "
            "Roe, who has been loudly calling for new safety rules. "
            "“It’s the start of their decline.”")
    found = nlp(text)._.quotes
    first, last = found[0], found[-1]
    assert last["text"] == "It’s the start of their decline." and last["continues"] == first["id"]
    assert "new safety rules" in [q["text"] for q in found]  # said in the attribution, still its own quote


def test_a_clause_reported_inside_the_first_piece_does_not_split_the_quotation(nlp: Language) -> None:
    text = ("Officials met. ''Margot thinks it's O.K. to hope for a big salary,'' Ms. Lambert said, ''and wanting more "
            "is no crime at all.''")
    quote = next(q for q in nlp(text)._.quotes if q["speaker_text"] == "Ms. Lambert")
    assert [text[a:b] for a, b in quote["parts"]] == ["Margot thinks it's O.K. to hope for a big salary",
                                                      "and wanting more is no crime at all."]


def test_where_or_when_an_object_was_said_is_no_part_of_it(nlp: Language) -> None:
    assert "the remarks" in texts(nlp, "He defended the remarks when the mogul came under fire this spring.")
    assert "the plan" in texts(nlp, "She criticized the plan in Iowa.")


def test_what_is_promised_keeps_its_time(nlp: Language) -> None:
    found = texts(nlp, "Jane Roe Promises Housing Reform In First 200 Days As Governor")
    assert any(t.endswith("As Governor") for t in found)


def test_a_name_in_marks_inside_the_attribution_does_not_stop_its_span(nlp: Language) -> None:
    text = ('Officials met. "I believe she will do good things for this state," he said, showing off the '
            '"Build The Future Now" hat. "I have backed her from the very first day."')
    first = nlp(text)._.quotes[0]
    assert first["text"].startswith("I believe she will do good") and "hat." in first["text"]  # its attribution
    assert first["text"].endswith("the very first day.")  # and, the longest, the quotation resumed (span_resumed)


def test_a_short_quotation_resuming_after_the_attribution_extends_the_first_too(nlp: Language) -> None:
    text = "Officials met. “It’s not really certain how the vote will go,” he said. “We’re hopeful.”"
    assert nlp(text)._.quotes[0]["text"] == "It’s not really certain how the vote will go,” he said."


def test_the_span_stops_at_the_attributions_sentence(nlp: Language) -> None:
    text = 'Officials met. "In a way," she said. The crowd cheered loudly. "He kind of changed the whole conversation."'
    assert nlp(text)._.quotes[0]["text"] == "In a way"


def test_a_percent_sign_ending_the_content_stays(nlp: Language) -> None:
    text = "A poll showed Roe pulling ahead of Poe in Ohio, 41%-33%, while Smith was at 12%."
    assert any(t.endswith("at 12%") for t in texts(nlp, text))


def test_a_list_after_a_colon_spells_out_what_was_said(nlp: Language) -> None:
    text = ("The governor keeps promoting a list of odd claims: rigged ballots in the county and a secret deal with "
            "the unions.")
    assert "a list of odd claims: rigged ballots in the county and a secret deal with the unions" in texts(nlp, text)


def test_a_colon_before_a_question_ends_the_content(nlp: Language) -> None:
    text = "The governor keeps promoting a list of odd claims: Why? Nobody knows."
    assert "a list of odd claims" in texts(nlp, text)


def test_an_object_the_parse_cut_from_its_verb_runs_on_to_the_clause_end(nlp: Language) -> None:
    text = "Jane Roe promised to cut the sales tax should she win the election."
    assert texts(nlp, text) == ["to cut the sales tax should she win the election"]


def test_an_object_runs_on_only_into_a_verb_with_no_subject_before_it(nlp: Language) -> None:
    text = "A petition that urged the mayor to resign has reached ten thousand names."
    assert not any("has reached" in t for t in texts(nlp, text))


def test_a_verb_of_the_cues_own_form_after_its_object_is_a_second_act(nlp: Language) -> None:
    assert "the governor" in texts(nlp, "Roe is praising the governor and attacking the mayor.")
    # under a gated verb (`wants to praise X and attack Y`) the outer cue reports both acts, as `plans to` does
    assert texts(nlp, "Roe plans to praise the governor and attack the mayor.") == [
        "to praise the governor and attack the mayor"]
    found = texts(nlp, "Roe is criticizing the new toll and promising to repeal the old one.")
    assert "the new toll" in found and "to repeal the old one" in found


def test_a_coordinated_clause_with_its_own_subject_stays_in_the_object(nlp: Language) -> None:
    text = "The council has looked at the cost of the bridge and whether the money was spent well."
    assert "the cost of the bridge and whether the money was spent well" in texts(nlp, text)


def test_a_second_speakers_statement_the_parse_hung_on_the_cue_ends_the_content(nlp: Language) -> None:
    text = "Seven in 10 nurses said the director is competent and kind, and two-thirds said the same of the manager."
    assert "the director is competent and kind" in texts(nlp, text)


def test_a_verbless_quoted_piece_across_the_attribution_goes_on_with_the_quotation(nlp: Language) -> None:
    assert texts(nlp, '"The plan is a disaster," Roe said, "for the city and its people."') == [
        'The plan is a disaster," Roe said, "for the city and its people.']
    assert texts(nlp, '"Judge," Roe said, "I have never seen this happen in any case."') == [
        'Judge," Roe said, "I have never seen this happen in any case.']
    assert texts(nlp, '"This deal needs strict limits," she said, and "clear penalties for any breach."') == [
        'This deal needs strict limits," she said, and "clear penalties for any breach.']


def test_a_quoted_name_after_another_phrase_is_no_piece_of_the_quotation(nlp: Language) -> None:
    assert "The plan is a disaster" in texts(nlp, '"The plan is a disaster," Roe said, calling the bridge "a waste."')


def test_a_linking_phrase_before_a_set_off_cue_is_no_part_of_the_content(nlp: Language) -> None:
    assert texts(nlp, "But, Roe added, the bridge will not open this year.") == ["the bridge will not open this year"]
    assert texts(nlp, "In 2008, Roe said, the city had no debt.") == ["the city had no debt"]
    assert texts(nlp, "The bridge, Roe said, will open in May.") == ["The bridge, Roe said, will open in May"]


def test_unquoted_words_carrying_on_an_interrupted_quotation_are_part_of_it(nlp: Language) -> None:
    assert texts(nlp, '"It was just poor timing," she said, that both firms had offices in the same tower.') == [
        'It was just poor timing," she said, that both firms had offices in the same tower']
    assert texts(nlp, '"Only you, Jane," she said, would pick such a rainy day for a party.') == [
        'Only you, Jane," she said, would pick such a rainy day for a party']
    assert texts(nlp, '"The plan is a disaster," Roe said, before leaving the room.') == ["The plan is a disaster"]


def test_a_contrasting_clause_with_a_speaker_of_its_own_ends_the_content(nlp: Language) -> None:
    text = ("Most of the nurses said the new rota was fair, while a third of them said it would drive staff away.")
    found = texts(nlp, text)
    assert "the new rota was fair" in found
    assert "it would drive staff away" in found


def test_even_as_opens_a_second_statement_too(nlp: Language) -> None:
    text = "The mayor said the bridge would reopen in May, even as her aides warned it could not be repaired by then."
    found = texts(nlp, text)
    assert "the bridge would reopen in May" in found
    assert "it could not be repaired by then" in found


def test_a_contrasting_clause_without_a_cue_stays_in_the_content(nlp: Language) -> None:
    text = "The minister said exports are growing, while imports remain flat."
    assert "exports are growing, while imports remain flat" in texts(nlp, text)


def test_a_person_a_stance_is_taken_toward_is_the_content(nlp: Language) -> None:
    found = texts(nlp, "The retired judge endorsed her on Tuesday.")
    assert found == ["her"]


def test_a_person_addressed_is_no_content(nlp: Language) -> None:
    assert "her" not in texts(nlp, "The retired judge asked her about the budget on Tuesday.")


def test_a_person_praised_for_something_keeps_what_follows(nlp: Language) -> None:
    assert "them for their courage" in texts(nlp, "The mayor praised them for their courage.")


def test_who_backs_a_subject_speaks_and_the_subject_is_the_content(nlp: Language) -> None:
    quotes = nlp("The governor won the endorsement of the state teachers union last week.")._.quotes
    assert [(q["speaker_text"], q["text"]) for q in quotes] == [("the state teachers union", "The governor")]


def test_backing_withheld_keeps_its_direction(nlp: Language) -> None:
    quotes = nlp("The senator withheld support from both candidates.")._.quotes
    assert all(q["text"] != "The senator" for q in quotes)


def test_a_content_opening_a_quotation_takes_all_its_sentences(nlp: Language) -> None:
    text = 'Dana Ortiz had a simple answer: "The ferry must run at night. Shift workers have no other way home."'
    quote = next(q for q in nlp(text)._.quotes if q["text"].startswith("The ferry"))
    assert quote["text"].endswith("no other way home.")


def test_a_gerund_list_the_parse_broke_off_is_one_content(nlp: Language) -> None:
    text = "In the clip, Ortiz discusses hiding cash, leaving the country and changing her name."
    assert "hiding cash, leaving the country and changing her name" in texts(nlp, text)


def test_an_infinitive_list_the_parse_broke_off_is_one_content(nlp: Language) -> None:
    text = "They want the council to reopen the depot, and restore the night routes that were cut in the spring."
    assert any(t.endswith("cut in the spring") for t in texts(nlp, text))


def test_a_gerund_list_stops_before_a_verb_of_saying(nlp: Language) -> None:
    text = "The union accused the mayor of ignoring the drivers, saying the cuts were unfair and adding more."
    assert not any("saying" in t and t.startswith("the mayor") for t in texts(nlp, text))


def test_a_gerund_inside_a_noun_phrase_leads_no_list(nlp: Language) -> None:
    text = ("A state court ruled against the city's plan for closing the depot, dealing a blow to the mayor and "
            "handing a win to the drivers.")
    assert not any("dealing a blow" in t for t in texts(nlp, text))
