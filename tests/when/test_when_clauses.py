"""Which clause an expression dates: times of nouns, of clauses hanging on nouns, of the
gerund an act is about, of present clauses, and what narration may carry on."""

from __future__ import annotations

import datetime as dt

from eventscribe.settings import Settings
from eventscribe.when import TimeStage

D = dt.date.fromisoformat


def _dated(make_article, add_event, lines, published, trigger, context=None, cameo="010"):
    article = make_article(lines, published)
    event = add_event(article, trigger, context)
    event.cameo = cameo
    TimeStage(Settings())(article)
    return event


def test_a_year_in_a_clause_on_a_noun_does_not_date_a_sibling_clause(make_article, add_event):
    line = (
        "The audit covers grain bought by the ministry in 1979 and all fuel sold to "
        "the army by private traders."
    )
    event = _dated(make_article, add_event, [line], "1984-05-02", "sold")
    assert event.date_precision == "publication"


def test_a_month_in_a_participle_on_a_noun_does_not_date_the_report(make_article, add_event):
    line = 'In a memoir printed by Hallam Press in March 2012, the colonel said "they beat us".'
    event = _dated(make_article, add_event, [line], "2014-02-11", "beat")
    assert event.event_date != D("2012-03-01")


def test_the_gerund_an_accusation_is_about_keeps_its_own_year(make_article, add_event):
    line = "The singer accused the producer of cheating her in 2009 while she toured abroad."
    event = _dated(make_article, add_event, [line], "2015-09-03", "accused")
    assert event.date_precision == "publication"


def test_a_gerund_of_manner_shares_the_acts_time(make_article, add_event):
    line = "The rebels killed four guards by detonating a truck bomb on Sunday."
    event = _dated(make_article, add_event, [line], "2015-09-03", "killed")
    assert event.event_date == D("2015-08-30")


def test_a_finished_year_in_a_present_clause_is_a_nouns(make_article, add_event):
    line = (
        "With a budget shortfall of 40 billion pesos last year, the senate is trying to "
        "freeze the subsidies paid to provinces."
    )
    event = _dated(make_article, add_event, [line], "1989-04-04", "freeze")
    assert event.date_precision == "publication"


def test_a_year_after_for_is_what_a_payment_is_about(make_article, add_event):
    line = "Peru has paid its debts to the Paris Club for 1986 with a loan from Japan."
    event = _dated(make_article, add_event, [line], "1988-01-20", "paid")
    assert event.event_date != D("1986-01-01")


def test_the_day_an_act_is_set_for_lies_ahead_and_dates_it(make_article, add_event):
    line = "The referendum has been fixed for May 5, the electoral board said."
    event = _dated(make_article, add_event, [line], "1991-04-20", "referendum")
    assert event.event_date == D("1991-05-05")


def test_a_year_that_is_an_object_dates_nothing(make_article, add_event):
    line = (
        "The party wants to finish 1995 with a big win before the polls, when voters will "
        "elect a new senate."
    )
    event = _dated(make_article, add_event, [line], "1995-06-01", "elect")
    assert event.event_date != D("1995-01-01")


def test_a_days_possessive_deep_in_another_clause_is_its_nouns(make_article, add_event):
    line = (
        "After a week of anger over Friday's riot that left two dead, the mayor turned "
        "to the police chief, who blamed the mayor for cutting patrols."
    )
    event = _dated(make_article, add_event, [line], "2019-07-10", "blamed")
    assert event.event_date != D("2019-07-05")


def test_a_days_possessive_in_the_acts_own_clause_dates_it(make_article, add_event):
    line = "Three policemen were wounded in Friday's riot in the port."
    event = _dated(make_article, add_event, [line], "2019-07-10", "wounded", cameo="190")
    assert event.event_date == D("2019-07-05")


def test_narration_carries_on_a_past_day_not_a_present_clauses(make_article, add_event):
    lines = [
        "The mayor, who is standing in a runoff this week, spoke in Lyon. "
        "Unions attacked him and demanded his resignation."
    ]
    event = _dated(make_article, add_event, lines, "2019-07-08", "demanded")
    assert event.date_precision == "publication"


def test_narration_carries_on_a_day_told_in_the_past(make_article, add_event):
    lines = [
        "The envoy said in a radio interview this week that the talks had stalled. "
        "He blamed the rebels."
    ]
    event = _dated(make_article, add_event, lines, "2019-07-12", "blamed")
    assert (event.event_date, event.date_precision) == (D("2019-07-08"), "week")


def test_later_this_month_lies_ahead_whatever_the_tense(make_article, add_event):
    line = "The premier will bring the plan when he visits Ottawa later this month."
    event = _dated(make_article, add_event, [line], "1992-03-10", "visits")
    assert (event.event_date, event.date_end) == (D("1992-03-11"), D("1992-03-31"))


def test_an_incident_in_a_present_clause_of_condition_is_not_told_as_done(
    make_article, add_event
):
    line = "The city has hired guards for when strikers block the depots."
    event = _dated(make_article, add_event, [line], "2020-02-02", "block", cameo="141")
    assert event.date_precision == "publication"


def test_a_month_read_as_an_object_dates_nothing(make_article, add_event):
    line = "The minister could not recall when he had signed an October, 1984, order for tanks."
    event = _dated(make_article, add_event, [line], "1986-05-05", "signed")
    assert event.event_date != D("1984-10-01")


def test_what_one_is_invited_to_do_lies_ahead_of_the_invitation(make_article, add_event):
    line = "Hanoi last year invited foreign firms to open offices in the port."
    event = _dated(make_article, add_event, [line], "1988-02-10", "open")
    assert event.date_precision == "publication"
    invited = _dated(make_article, add_event, [line], "1988-02-10", "invited")
    assert invited.event_date == D("1987-01-01")


def test_that_year_points_back_and_is_not_publications(make_article, add_event):
    lines = ["The mine first flooded in 1994. That year, miners blocked the main road."]
    event = _dated(make_article, add_event, lines, "2003-05-05", "blocked")
    assert event.event_date != D("2003-01-01")


def test_a_done_invitation_is_not_dated_by_the_talks_ahead(make_article, add_event):
    line = "The premier has invited the union leaders for talks in Lyon next month, aides said."
    event = _dated(make_article, add_event, [line], "1994-03-08", "invited")
    assert event.date_precision == "publication"


def test_the_day_of_a_telling_does_not_date_a_past_perfect_below_it(make_article, add_event):
    line = "The ministry repeated on Monday that the governor had rejected the offer."
    event = _dated(make_article, add_event, [line], "2005-06-08", "rejected")
    assert event.date_precision == "publication"
    told = _dated(make_article, add_event, [line], "2005-06-08", "repeated")
    assert told.event_date == D("2005-06-06")


def test_the_day_of_a_telling_does_not_date_a_relative_clause(make_article, add_event):
    line = "The council said on Tuesday it would fine the firms that polluted the river."
    event = _dated(make_article, add_event, [line], "2005-06-08", "polluted")
    assert event.date_precision == "publication"


def test_a_verb_joined_to_an_intended_one_is_intended_too(make_article, add_event):
    line = "Last year the board voted to sell the mill and close the mine."
    event = _dated(make_article, add_event, [line], "1999-02-02", "close")
    assert event.date_precision == "publication"


def test_a_days_possessive_on_the_acts_object_is_the_objects(make_article, add_event):
    line = "The mayor rejected Friday's claims by the opposition."
    event = _dated(make_article, add_event, [line], "2019-07-10", "rejected")
    assert event.event_date != D("2019-07-05")


def test_a_timetable_present_with_a_weekday_lies_ahead(make_article, add_event):
    line = "Trade minister Ruth Hale flies to Seoul on Friday."
    event = _dated(make_article, add_event, [line], "1995-03-08", "flies")
    assert event.event_date == D("1995-03-10")


def test_a_headline_present_with_a_weekday_stays_behind(make_article, add_event):
    article = make_article(["Rebels shell port on Sunday"], "1995-03-08", kinds=["title"])
    event = add_event(article, "shell")
    TimeStage(Settings())(article)
    assert event.event_date == D("1995-03-05")


def test_the_first_to_do_something_is_no_plan(make_article, add_event):
    line = "He was the only envoy to meet the rebels in March, officials said."
    event = _dated(make_article, add_event, [line], "1996-11-20", "meet")
    assert event.event_date != D("1997-03-01")


def test_a_planning_told_in_the_past_is_not_itself_ahead(make_article, add_event):
    line = "The mayor said on Monday he planned to ask the state for funds."
    event = _dated(make_article, add_event, [line], "2004-05-13", "ask")
    assert event.event_date != D("2004-05-17")  # not "next Monday" read off "planned"


def test_a_clause_on_a_noun_is_not_reached_by_the_time_above(make_article, add_event):
    line = (
        "Warships sailed past the island on Monday during a drill by navies patrolling "
        "the strait."
    )
    event = _dated(make_article, add_event, [line], "2004-05-13", "patrolling")
    assert event.event_date != D("2004-05-10")


def test_a_year_in_an_adverbial_clause_of_its_own_dates_no_other_act(make_article, add_event):
    line = (
        "A survey, taken after the premier came back from Tokyo, this week gave the party "
        "its best score since they were re-elected in 1979."
    )
    event = _dated(make_article, add_event, [line], "1984-05-10", "came")
    assert event.event_date != D("1979-01-01")
