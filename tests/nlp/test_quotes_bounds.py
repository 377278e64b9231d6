"""Where a quote's content starts and ends: the unquoted start of a quotation's sentence, the addressee left out."""

from spacy.language import Language


def texts(nlp: Language, text: str) -> list[str]:
    return [q["text"] for q in nlp(text)._.quotes]


def test_a_quotation_after_the_start_of_its_sentence_takes_that_start(nlp: Language) -> None:
    text = 'The talks ended. The press is "bending and twisting and framing this election," Moreno said.'
    assert texts(nlp, text) == ['The press is "bending and twisting and framing this election']


def test_a_quotation_after_a_colon_or_a_cue_starts_at_its_mark(nlp: Language) -> None:
    text = 'The report was blunt: "Every one of the wells tested holds more lead than allowed," it said.'
    assert texts(nlp, text) == ["Every one of the wells tested holds more lead than allowed"]
    text = 'He said, "We will never sign this agreement," repeatedly waving a copy of it.'
    assert texts(nlp, text)[0].startswith("We will never")


def test_a_quotation_going_on_from_the_words_before_its_cue_is_one_content_in_two_parts(nlp: Language) -> None:
    text = 'Officials met on Monday. A slow season, she said, "might be a fine moment to hire and train new staff."'
    (quote,) = nlp(text)._.quotes
    assert quote["text"].startswith("A slow season, she said") and quote["text"].endswith("train new staff.")
    assert [text[a:b] for a, b in quote["parts"]] == ["A slow season",
                                                      "might be a fine moment to hire and train new staff."]


def test_a_shortened_title_ends_no_sentence_before_or_after_a_quotation(nlp: Language) -> None:
    text = 'Officials met on Monday. The new budget plan, Ms. Roe said, "could be very costly for the city."'
    (quote,) = nlp(text)._.quotes
    assert [text[a:b] for a, b in quote["parts"]] == ["The new budget plan", "could be very costly for the city."]
    text = 'Officials met on Monday. Jane Roe said "the board is in full support" of Sen. Poe and her park plan.'
    assert texts(nlp, text)[0].endswith("of Sen. Poe and her park plan")


def test_a_lone_conjunction_before_the_cue_opens_the_content(nlp: Language) -> None:
    text = 'Officials met on Monday. But, she added, "We are, in short, in a crisis, and idle talk costs jobs."'
    assert texts(nlp, text)[0].startswith("But, she added,")


def test_a_circumstance_before_the_cue_is_no_part_of_a_new_sentence_in_marks(nlp: Language) -> None:
    text = 'Asked about the new plan, the senator said, "It will never work in this state."'
    assert "It will never work in this state." in texts(nlp, text)


def test_the_one_addressed_is_no_part_of_what_they_were_told(nlp: Language) -> None:
    assert texts(nlp, "Smith assured Roe that most of her readers backed her campaign.") == [
        "that most of her readers backed her campaign"]
    assert texts(nlp, "The host asked Clinton whether she would drop out of the race.") == [
        "whether she would drop out of the race"]


def test_whom_a_verb_blames_or_urges_stays_in_the_content(nlp: Language) -> None:
    assert texts(nlp, "Smith criticized Poe for failing to fund the schools.")[0].startswith("Poe for failing")
    assert texts(nlp, "She urged the audience to think about the needs of farmers.")[0].startswith("the audience to")


def test_content_reported_in_a_subordinate_clause_stops_before_the_main_clauses_subject(nlp: Language) -> None:
    found = texts(nlp, "When the chair pointed out that Roe had not paid the fee, the member walked out.")
    assert found[0] == "that Roe had not paid the fee"
    assert texts(nlp, "When the host asked her whom she backed, Ms. Lambert smiled.")[0] == "whom she backed"


def test_the_day_a_cue_was_said_on_is_no_part_of_its_content(nlp: Language) -> None:
    assert texts(nlp, "Roe promised Tuesday to start drafting new rules on housing.") == [
        "to start drafting new rules on housing"]
    assert texts(nlp, "Trump said Monday's vote was rigged.") == ["Monday's vote was rigged"]


def test_a_dateline_is_no_part_of_the_content_it_opens(nlp: Language) -> None:
    text = ("Poll finds.\nCOLUMBUS — Jane Roe has taken a toll on rural support for the party in Ohio, "
            "according to a survey of 600 farmers.")
    assert texts(nlp, text) == ["Jane Roe has taken a toll on rural support for the party in Ohio"]
    text = 'Poll finds.\nBOSTON — The pundits are "twisting and spinning this contest," Keller said.'
    assert texts(nlp, text) == ['The pundits are "twisting and spinning this contest']


def test_where_and_when_an_object_was_said_are_no_part_of_it(nlp: Language) -> None:
    assert texts(nlp, "Jane Roe is thanking volunteers at a party in her home town.") == ["volunteers"]
    assert texts(nlp, "O'Brien criticized Roe and Poe after the debate.") == ["Roe and Poe"]
    assert texts(nlp, "The senator blamed the network for its reporting.") == ["the network for its reporting"]
    text = ("Canada on Monday condemned Iran's launch of 6 ballistic missiles around Iraq during major naval drills "
            "as a threat to the region.")
    assert texts(nlp, text)[0].endswith("as a threat to the region")


def test_the_stance_noun_a_cue_expresses_is_no_part_of_what_was_said(nlp: Language) -> None:
    assert texts(nlp, "Walsh expressed concern that Roe might win the next election.") == [
        "that Roe might win the next election"]
    assert texts(nlp, "He praised the plan that the governor proposed last year.") == [
        "the plan that the governor proposed last year"]


def test_a_clause_with_an_expletive_subject_goes_on_with_what_was_said(nlp: Language) -> None:
    text = ('He said his town was following the trial with "quiet alarm," and there was a growing wave of anger '
            'on local radio.')
    assert texts(nlp, text)[0].endswith("a growing wave of anger on local radio")
    text = "Jane Roe said the plan would fail and promised to vote against it."
    assert texts(nlp, text)[0] == "the plan would fail"  # a coordinated verb without a subject: a second statement


def test_the_words_before_a_cue_set_off_by_commas_go_with_the_clause_after_it(nlp: Language) -> None:
    text = ("Before the board changed the rules two years ago, Dupont said, most local firms were believed to be "
            "exempt from the fee.")
    assert texts(nlp, text) == ["Before the board changed the rules two years ago, Dupont said, most local firms were "
                                "believed to be exempt from the fee"]
    text = "In her speech, Keller argued that being a citizen is a duty."
    assert texts(nlp, text) == ["that being a citizen is a duty"]  # the framing of the act, no comma after it
    text = "Furious over the visit, China announced on Friday, it was halting talks with the United States."
    assert texts(nlp, text) == ["it was halting talks with the United States"]  # how the speaker was


def test_what_the_parse_hung_on_a_set_off_cue_goes_on_with_what_was_said(nlp: Language) -> None:
    text = "Nor does Mrs. Roe have any intention, aides say, to borrow ideas from her rivals."
    assert texts(nlp, text) == [text[:-1]]
    text = "He was not shocked that the union struck, his aides said Tuesday, because he shares the frustration."
    assert texts(nlp, text) == [text[:-1]]
    text = "The talks went well, the minister said, adding that a deal was near."
    assert texts(nlp, text)[0] == "The talks went well"  # the reporter's participle is a statement of its own


def test_an_amount_parsed_as_a_preposition_opens_the_reported_clause(nlp: Language) -> None:
    text = "The audit office said about half of the bigger shortfall reflected lost income from the fee waivers."
    assert texts(nlp, text) == ["about half of the bigger shortfall reflected lost income from the fee waivers"]


def test_a_verb_coordinated_inside_a_clause_a_person_is_the_subject_of_goes_on_with_it(nlp: Language) -> None:
    text = "Jane Roe said she had never met the donors and never asked them for money."
    assert texts(nlp, text)[0] == "she had never met the donors and never asked them for money"
    text = "The mayor said that he was closing the office right away and asked the staff to go home."
    assert texts(nlp, text)[0] == "that he was closing the office right away and asked the staff to go home"
    text = "Jane Roe said she had met the donors, but denied taking any money from them."
    assert texts(nlp, text)[0] == "she had met the donors"  # `but`: a second statement of the speaker's


def test_a_view_set_after_but_in_what_was_said_goes_on_with_it(nlp: Language) -> None:
    text = "The retired teacher said she was relieved but still feared the army would return."
    assert texts(nlp, text) == ["she was relieved but still feared the army would return"]
    text = "Tom Lee said he could not vote for the mayor but understood why his neighbours did."
    assert texts(nlp, text) == ["he could not vote for the mayor but understood why his neighbours did"]
    text = "Jane Roe said she had met the donors, but declined to say more."
    assert texts(nlp, text)[0] == "she had met the donors"  # an act of her own, not a view


def test_a_quotation_resumed_after_a_slogan_in_marks_in_its_attribution_is_one_attribution(nlp: Language) -> None:
    text = ("Jane Roe spoke at the rally in Dayton.\n\n“I think we will win. I think we will win big,” she said, "
            "showing off the “Keep Ohio Working Hard” cap her staff had given her. “I have believed in this campaign "
            "since the start.”")
    quotes = nlp(text)._.quotes
    whole = max(quotes, key=lambda q: q["end"] - q["start"])
    assert whole["text"].startswith("I think we will win.") and whole["text"].endswith("since the start.")
    first = next(q for q in quotes if q["text"] == "I think we will win. I think we will win big")
    assert any(q["continues"] == first["id"] for q in quotes)  # the slogan left out does not break the chain


def test_a_reported_clause_goes_on_over_a_semicolon_the_parse_made_the_root(nlp: Language) -> None:
    text = ("Officials met on Monday. Jane Roe said the plan was not the problem; the problem was that nobody had "
            "paid for it.")
    assert texts(nlp, text) == ["the plan was not the problem; the problem was that nobody had paid for it"]
    text = "Officials met on Monday. Jane Roe said the plan was not the problem. The problem was that nobody had paid."
    assert texts(nlp, text) == ["the plan was not the problem"]  # a new sentence is the article's


def test_a_quotation_resumed_after_its_speakers_gloss_is_one_attribution_with_the_first(nlp: Language) -> None:
    text = ('Officials met on Monday.\n\n"We will not give up on this bill," Jane Roe said, adding that she had spoken '
            'to the governor on Sunday. "He knows we have the votes."')
    by_text = {q["text"]: q for q in nlp(text)._.quotes}
    whole = next(q for t, q in by_text.items() if t.startswith("We will not give up"))
    assert whole["text"].endswith("we have the votes.") and len(whole["parts"]) == 2
    assert "that she had spoken to the governor on Sunday" in by_text  # the gloss and the resumed piece stay quotes
    assert "He knows we have the votes." in by_text
    text = ('Officials met on Monday.\n\n"We will not give up on this bill," Jane Roe said, adding that she had spoken '
            'to the governor on Sunday.\n\n"He knows we have the votes."')
    assert any(q["text"] == "We will not give up on this bill" for q in nlp(text)._.quotes)  # a new paragraph


def test_a_quotation_with_a_lead_in_resumed_after_its_attribution_is_one_attribution(nlp: Language) -> None:
    text = ('Officials met on Monday.\n\nThe new budget that the council passed late on Friday night is "a disaster," '
            'Jane Roe said. "Nobody in this city can afford it."')
    first, resumed = nlp(text)._.quotes
    assert first["text"].startswith("The new budget") and first["text"].endswith("can afford it.")
    assert resumed["text"] == "Nobody in this city can afford it." and resumed["continues"] == first["id"]
    text = text.replace('said. "', 'said.\n\n"')
    assert nlp(text)._.quotes[0]["text"].endswith("is \"a disaster")  # a new paragraph: a new attribution


def test_a_subordinate_clause_the_parse_hung_on_the_cue_before_its_speaker_is_not_reported(nlp: Language) -> None:
    from spacy.tokens import Doc

    # the parse a small model gives `While A, X said B` at times: the `while` clause a ccomp of `said`
    words = "While not everything Smith says is true , Roe said Smith is telling voters the truth .".split()
    heads = [2, 2, 5, 4, 2, 9, 5, 9, 9, 9, 12, 12, 9, 12, 15, 12, 9]
    deps = "mark neg nsubj nsubj relcl ccomp acomp punct nsubj ROOT nsubj aux ccomp dative det dobj punct".split()
    tags = "IN RB NN NNP VBZ VBZ JJ , NNP VBD NNP VBZ VBG NNS DT NN .".split()
    pos = "SCONJ PART PRON PROPN VERB AUX ADJ PUNCT PROPN VERB PROPN AUX VERB NOUN DET NOUN PUNCT".split()
    lemmas = "while not everything Smith say be true , Roe say Smith be tell voter the truth .".split()
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    start, end = nlp.get_pipe("storyline_quotes").verb_content(doc[9], None, {})
    assert doc.text[start:end] == "Smith is telling voters the truth"


def test_a_quotation_after_a_reported_clause_starts_with_that_clause_not_the_sentence(nlp: Language) -> None:
    text = ("Officials met on Monday.\n\nPointing to the new figures from the budget office, Jane Roe said that "
            "whatever the council decides this week, “the city cannot afford another delay.”")
    quote = next(q for q in nlp(text)._.quotes if q["cue"] == "said")
    assert quote["text"] == "that whatever the council decides this week, “the city cannot afford another delay."
    assert quote["parts"] == []  # no lead-in piece before the cue
