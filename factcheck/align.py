"""Pairing the figures of two versions of a text: kept, changed, omitted or added.

Two figures *match* when they say the same thing after normalisation ("2%" and "2 percent", a weekday and
the date it resolves to); a value stated several times needs one counterpart. Among the rest, a source and
a derived figure of a comparable kind that measure the same thing are a *change*: their context is the
sentence they stand in and the words that say what they quantify ("defense spending", "member countries"),
compared with rapidfuzz; pairs are chosen by an optimal one-to-one assignment (lap's LAPJV), so that "3.4%" ->
"3.8%" is found even when another figure of the source could also pass. A source figure left alone whose
place in the rewrite is taken by a vague word ("many", "most") is *omitted with a vague counterpart*; a
derived figure left alone that follows from source figures by arithmetic carries its derivation. What is
left is omitted or added, once per value.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import partial
from itertools import combinations, pairwise, permutations

from factcheck.assignment import assign
from factcheck.attribution import said_of_another_name, same_name, swapped_between_names
from factcheck.calendar import DAY_VALUE, MONTH_VALUE, YEAR_VALUE, covers, span
from factcheck.context import (
    ANCHOR_BONUS,
    MIN_CONTEXT,
    STOPWORDS,
    VALUE_WEIGHT,
    Context,
    between_anchors,
    content_words,
    cosine,
    counts_people,
    fold,
    other_measures,
    role,
    similarity,
    word_similarity,
)
from factcheck.conversions import (
    RELATIVE_TOLERANCE,
    convert,
    converts_in_brackets,
    in_base_unit,
    scale_left_to_the_reader,
)
from factcheck.derive import (
    AGE_REACHED,
    AMOUNT_OF,
    BEFORE_THE_CHANGE,
    CHANGE,
    COUNTED_FROM,
    DIFFERENCE,
    FOLLOWS,
    GIVE_OR_TAKE,
    HOLDS,
    LATER,
    LEFT_OF,
    MOVE,
    PER_PERIOD,
    PER_YEAR,
    PRODUCT,
    RATIO,
    REST,
    SHARE,
    SUM,
    YEARS_OF,
    amount_of_a_share,
    derivation,
    difference_in_a_sentence,
    left_of_a_whole,
    margin_of_a_score,
    per_period_of_a_yearly_amount,
    per_year_of_a_total,
    rest_of_a_counted_whole,
    share_of_a_move,
    share_of_a_named_whole,
)
from factcheck.document import headline_end
from factcheck.extract.dates import MONTHS, SINCE_BEFORE, TOLD_ON_BEFORE, tense_at, told_on
from factcheck.extract.fiscal import (
    fiscal_quarter_for_calendar,
    fiscal_quarter_of_months_said,
    fiscal_quarter_said_plainly,
)
from factcheck.extract.lexicon import table
from factcheck.extract.numbers import significant
from factcheck.model import (
    AGE_CHANGED,
    BOUND_DROPPED,
    BOUND_TURNED,
    HEDGE_BOUNDED,
    QUOTE_LEFT_OUT,
    REVERSED,
    Document,
    Figure,
    Kind,
    Pairing,
    Status,
)
from factcheck.restate import (
    ALL_BUT_BEFORE,
    MOVE_NOUNS,
    a_year_back,
    age_against_a_count,
    age_against_times,
    age_for_a_length,
    age_group_as_ages,
    annual_rate,
    as_percentage_points,
    converted,
    count_of_units,
    count_other_nouns,
    counted_in_a_place,
    counted_list,
    counted_noun,
    counts_a_noun,
    counts_of_two,
    derived_says_less,
    either_half_of_the_day,
    either_week_of_a_weekday,
    further_part,
    held_said_as_moved,
    is_age,
    level_for_move_in_points,
    level_said_as_change,
    metres_for_millions,
    minutes_between,
    move_for_share,
    multiple_against_change,
    multiple_as_said_change,
    named_lists,
    names_each_part,
    noun_measured,
    odds_for_a_chance,
    one_date_covers_the_other,
    opposite_directions,
    opposite_offsets,
    ordinal_restates,
    part_said_as_whole,
    parts_add_up,
    parts_of_a_move,
    people_in_two_groups,
    period_compared_named,
    period_to_its_end,
    points_for_percentage_points,
    points_read_alike,
    range_as_bound,
    range_converted,
    ranges_of_two,
    ratio_as_share,
    rolling_a_day_apart,
    rolling_for_calendar,
    rolling_in_other_units,
    run_by_ordinal,
    said_as_a_move,
    said_as_a_share,
    said_as_difference,
    said_as_sum,
    said_as_time_passed,
    said_left_out,
    same_comparison,
    same_count_back_said,
    same_deadline,
    same_length_of_time,
    same_share,
    same_value_one_unit,
    same_year_counted,
    says_arithmetic,
    score_turned,
    scores_of_two,
    scores_reordered,
    sets_counted,
    share_as_factor,
    share_of_what,
    share_said_as_count,
    shares_of_other_things,
    sign_for_direction,
    since_against_a_period,
    since_as_a_span,
    sizes_apart,
    states_number,
    sum_naming_each_part,
    time_said_about,
    times_restate,
    vague_for_vague,
    vaguely_restated,
    whole_named,
    winner_swapped,
    within_date_bound,
    year_against_decades_counted,
    year_to,
)
from factcheck.rounding import (
    BOUND_MAX_RELATIVE,
    beyond_bound,
    mantissa,
    precision_unit,
    same_digits,
    stated_unit,
    transposed_digits,
    within_precision,
)
from factcheck.wording import (
    called_a_total,
    code_in_words,
    one_unit_of_time_said,
    one_unit_said_with_an_article,
    period_named_in_words,
    ranked_from,
    rate_of,
    rate_of_count,
    said_as_not,
    superlative_ranked,
    top_of,
    vague_before,
)

# Figures a vague quantifier can stand in for: how many of a group ("23 of 32", "a third", "60%", "41").
_COUNTABLE = frozenset({Kind.NUMBER, Kind.PERCENT, Kind.COUNT, Kind.FRACTION})
# ... and what a count of its digits can stand for too ("a six-figure sum", "double-digit growth")
_MEASURED = frozenset({Kind.MONEY, Kind.QUANTITY})
_REPEAT_MARGIN = 0.1
_DISPLACE_MARGIN = 0.3  # how much better another figure must fit a kept value's words to question the match
_MAX_UNANCHORED = 1.0 + VALUE_WEIGHT  # the highest similarity before anchors are known: words + equal values
_CLEAR_CHANGE = 0.6
# how much better another figure's context must fit for a pairing of two values alike to give way to it
_CLEARLY_BETTER = 0.2
# ... and for a rounding to give way to a change
_FAR_BETTER = 0.3
_CLEAR_WORDS = 0.5  # words alone that say two figures measure the same thing
_SOME_WORDS = 0.15  # words that make two figures of the same digits one figure slipped
# kinds whose digits can slip to another magnitude ("$4.2bn" -> "$4.2m")
_SLIPPABLE = frozenset({Kind.NUMBER, Kind.MONEY, Kind.QUANTITY, Kind.PERCENT})


def _kinds(source: set[Kind], derived: set[Kind]) -> Callable[[Kind, Kind], bool]:
    return lambda a, b: a in source and b in derived


def _either(one: set[Kind], other: set[Kind]) -> Callable[[Kind, Kind], bool]:
    return lambda a, b: (a in one and b in other) or (a in other and b in one)


def _same_kind(a: Kind, b: Kind) -> bool:
    return a is b


_DATES = _kinds({Kind.DATE}, {Kind.DATE})


def value_key(fig: Figure) -> Hashable:
    """What a figure says, independent of how it is written: equal keys are the same figure."""
    if fig.kind is Kind.COUNT:
        return (fig.kind, fig.value, fig.total)
    if fig.kind is Kind.RANGE:
        return (fig.kind, fig.unit, fig.low, fig.high)
    if fig.kind is Kind.DATE:
        # the days a date covers, however it is written: "July-September" is "the third quarter"
        return (fig.kind, span(fig.value) or fig.value)
    if fig.kind in (Kind.NUMBER, Kind.QUANTITY):
        return (Kind.NUMBER, fig.unit, fig.value, "vague" in fig.qualifiers)
    return (fig.kind, fig.unit, fig.value)


def comparable(a: Figure, b: Figure) -> bool:
    """Whether `b` could be `a` restated with another value: same kind of thing, measured the same way."""
    if a.kind is Kind.DATE and b.kind is Kind.DATE:
        # a date placed on the calendar and one that is not ("30 October" with no year known, "2002") say
        # different kinds of things: neither can be the other moved
        placed_a, placed_b = span(a.value) is not None, span(b.value) is not None
        if placed_a != placed_b:
            return False
        return placed_a or _same_kind_of_words(str(a.value), str(b.value))
    if a.kind in (Kind.DATE, Kind.SCORE) or b.kind in (Kind.DATE, Kind.SCORE):
        return a.kind is b.kind
    if Kind.RANGE in (a.kind, b.kind):
        # "10 or 15 years" -> "15 years": a range narrowed to one of its bounds; "10 to 15 inches" -> "25 to
        # 45 centimetres": a range converted wrong
        return a.unit == b.unit or (a.kind is b.kind and _same_kind_of_measure(a.unit, b.unit))
    if {a.kind, b.kind} <= {Kind.NUMBER, Kind.QUANTITY, Kind.COUNT}:
        # ... or a measure in another unit of its kind: "95 km" -> "95 miles" is a unit slip, a change; "30C"
        # -> "35 degrees" a temperature changed, its scale left to the reader
        return (
            a.unit == b.unit
            or (a.kind is b.kind is Kind.QUANTITY and _same_measure(a, b))
            or scale_left_to_the_reader(a.unit, b.unit)
        )
    if a.kind is Kind.MONEY and b.kind is Kind.MONEY:
        return True
    if a.kind is Kind.PERCENT and b.kind is Kind.PERCENT:
        return True  # percent and percentage points compare: confusing them is a finding of its own
    if {a.kind, b.kind} == {Kind.FRACTION, Kind.PERCENT}:
        return "percent" in (a.unit, b.unit)  # a share either way: "a third" -> "about 40%"
    if Kind.COUNT in (a.kind, b.kind) and {a.kind, b.kind} & {Kind.FRACTION, Kind.PERCENT}:
        return "percentage point" not in (a.unit, b.unit)  # "one in five" -> "a quarter"
    return a.kind is b.kind and a.unit == b.unit


_QUOTED_ALIKE = 0.5


def _fit_quoted_alike(a: Figure, b: Figure, cs: Context, cd: Context) -> float:
    """How well two figures fit, a quoted one fitting a quoted one better: words in a quotation are the
    speaker's, and two mentions of one value are told apart by who says them."""
    return similarity(a, cs, b, cd) + _QUOTED_ALIKE * (
        ("quoted" in a.qualifiers) == ("quoted" in b.qualifiers)
    )


def _top_claimed(ordinal: Figure, own: Context, other: Document) -> Figure | None:
    """The superlative an ordinal ranks, said unranked in the other text's sentence most like the ordinal's
    own (at least `_CLEAR_WORDS` alike), as a first place: or None."""
    superlative = superlative_ranked(ordinal, own.doc.text)
    if superlative is None or not other.sentences:
        return None
    words = own.sentence(ordinal)
    best, fit = None, _CLEAR_WORDS
    for i, (start, end) in enumerate(other.sentences):
        alike = cosine(words, frozenset(content_words(other.text[start:end])))
        if alike >= fit:
            top = top_of(superlative, other.text, (start, end))
            if top is not None:
                best, fit = replace(top, sentence=i), alike
    return best


def _exactly_converted(a: Figure, b: Figure) -> bool:
    """One measure said exactly in another unit ("three decades", "30 years"), no rounding in between."""
    if a.kind is not Kind.QUANTITY or b.kind is not Kind.QUANTITY or a.unit == b.unit:
        return False
    if not isinstance(a.value, float) or not isinstance(b.value, float):
        return False
    exact = convert(a.value, a.unit, str(b.unit))
    return exact is not None and abs(exact - b.value) <= 1e-9 * max(1.0, abs(b.value))


def _same_kind_of_measure(a: str | None, b: str | None) -> bool:
    """Whether two units measure one kind of thing (inches and centimetres: length)."""
    x, y = in_base_unit(1.0, a), in_base_unit(1.0, b)
    return x is not None and y is not None and x[0] == y[0]


def _same_measure(a: Figure, b: Figure) -> bool:
    """Two amounts of one kind of measure near enough to be one restated ("95 km" and "95 miles"), or the
    same number in another unit of its kind ("six years" and "six months", "300 metres" and "300 feet": a
    unit slip), or two temperatures; not a length of time and an age ("10 minutes", "at the age of 10")."""
    if not isinstance(a.value, float) or not isinstance(b.value, float):
        return False
    x, y = in_base_unit(a.value, a.unit), in_base_unit(b.value, b.unit)
    if x is not None and y is not None and x[0] == y[0] == "temperature":
        return True  # two readings of a temperature in two scales, as one scale's readings all compare
    if x is None or y is None or x[0] != y[0] or not x[1] or not y[1]:
        return False
    if 1 / 3 <= x[1] / y[1] <= 3:
        return True
    # (a slip copies the digits as they were, unhedged or with the same hedge, into a unit near enough to be
    # mistaken for the other: "within three months" -> "within three weeks")
    return (
        a.value == b.value
        and 1 / _UNIT_SLIP_RATIO <= x[1] / y[1] <= _UNIT_SLIP_RATIO
        and (not {"approx", "bound"} & {*a.qualifiers, *b.qualifiers} or a.qualifiers == b.qualifiers)
    )


# "six months" for "six years" (12), "300 feet" for "300 metres"; never minutes for years
_UNIT_SLIP_RATIO = 100.0


_WEEKDAY_NAMES = frozenset(names[0].lower() for names in table("dates")["weekdays"].values())


def _same_kind_of_words(a: str, b: str) -> bool:
    """Dates left as words (no publication date to resolve them against) compare when they are the same kind
    of expression: "thursday"/"friday", "last year"/"next year", "two years ago"/"three years ago"; not
    "three years ago"/"the past 40 years"."""
    wa, wb = a.split(), b.split()
    if not wa or not wb:
        return False
    if wa[-1] in _WEEKDAY_NAMES and wb[-1] in _WEEKDAY_NAMES:
        return True
    return wa[-1] == wb[-1] and wa[0] not in ("the", "past", "next") and wb[0] not in ("the", "past", "next")


def _said_before(word: Figure, cd: Context, source_vague: Sequence[Figure], cs: Context) -> bool:
    """A vague word the source already uses in the same place ("Several NATO allies") replaces nothing."""
    return any(
        v.value == word.value and cosine(cs.sentence(v), cd.sentence(word)) >= MIN_CONTEXT
        for v in source_vague
    )


def align(
    source: Document, source_figures: Sequence[Figure], derived: Document, derived_figures: Sequence[Figure]
) -> list[Pairing]:
    """Pairings in source order (derived-only figures by their position), each figure in at most one."""
    # "a margin of error of 3 points" for "plus or minus 3.2 percentage points"
    source_figures, derived_figures = points_read_alike(
        source_figures, source.text, derived_figures, derived.text
    )
    # "200 m (656ft)": a conversion restates the measure before it and is neither added nor dropped alone
    converted_s, converted_d = (
        _conversions(source_figures, source.text),
        _conversions(derived_figures, derived.text),
    )
    cs, cd = Context(source, source_figures), Context(derived, derived_figures)
    by_key_s: dict[Hashable, list[Figure]] = defaultdict(list)
    by_key_d: dict[Hashable, list[Figure]] = defaultdict(list)
    vague = [f for f in derived_figures if f.kind is Kind.VAGUE]
    for f in source_figures:
        if f.kind is not Kind.VAGUE:
            by_key_s[value_key(f)].append(f)
    for f in derived_figures:
        if f.kind is not Kind.VAGUE:
            by_key_d[value_key(f)].append(f)

    pairings: list[Pairing] = []
    repeats_s: list[tuple[Figure, Figure]] = []  # (repeat, the figure of the other side it would match)
    repeats_d: list[tuple[Figure, Figure]] = []
    for key, s_figs in by_key_s.items():
        d_figs = by_key_d.get(key)
        if d_figs:
            matched, extra_s, extra_d = _match_equal(s_figs, cs, d_figs, cd)
            pairings.extend(matched)
            repeats_s.extend(extra_s)
            repeats_d.extend(extra_d)

    # every occurrence of a value the other side lacks takes part ("12" in the lead and "12 bodies" in a
    # quote may both have changed), but a value is reported once however often it is repeated
    lone_s = [f for key, figs in by_key_s.items() if key not in by_key_d for f in figs]
    lone_d = [f for key, figs in by_key_d.items() if key not in by_key_s for f in figs]
    # "the low was 90 degrees, the 10th night it did not fall below 90": a bare number repeating a measure
    # just said, its unit carried over, is that measure again, which the other side keeps
    for lone, own, other, repeats, text in (
        (lone_s, source_figures, by_key_d, repeats_s, source.text),
        (lone_d, derived_figures, by_key_s, repeats_d, derived.text),
    ):
        for f in list(lone):
            twin = _measure_repeated(f, own)
            # (not "will last two days. ... the two leaders spoke": a number counting a noun of its own)
            if twin is not None and value_key(twin) in other and not counts_a_noun(f, text):
                lone.remove(f)
                repeats.append((f, other[value_key(twin)][0]))
    # "from $71 billion to $73 billion" restated "$71bn-$73bn" (or the other way): one range, two bounds
    restated_ranges = [(bounds, ranged, True) for bounds, ranged in ranges_of_two(lone_s, lone_d)]
    restated_ranges += [(bounds, ranged, False) for bounds, ranged in ranges_of_two(lone_d, lone_s)]
    # ... and "by 449 votes to 216" restated "449 voting in favour and 216 against": one score, two numbers
    restated_ranges += [(bounds, score, True) for bounds, score in scores_of_two(lone_s, lone_d)]
    restated_ranges += [(bounds, score, False) for bounds, score in scores_of_two(lone_d, lone_s)]
    # ... and "Twelve of the 30 passengers" restated "Of the 30 people on board, 12 died": one count
    restated_ranges += [(bounds, count, True) for bounds, count in counts_of_two(lone_s, lone_d)]
    restated_ranges += [(bounds, count, False) for bounds, count in counts_of_two(lone_d, lone_s)]
    taken: set[int] = set()
    for bounds, ranged, ranged_is_derived in restated_ranges:
        done = {id(ranged), *(id(b) for b in bounds)}
        if done & taken:
            continue  # a figure restates one thing
        taken |= done
        for bound in bounds:
            pair = (bound, ranged) if ranged_is_derived else (ranged, bound)
            pairings.append(Pairing(Status.MATCHED, *pair))
        lone_s = [f for f in lone_s if id(f) not in done]
        lone_d = [f for f in lone_d if id(f) not in done]
    # ... and kept values now said of a name whose own figure the rewrite lost ("Fianna Fáil 48 seats, ...
    # Sinn Féin 39" -> "Fianna Fáil won 39 seats")
    moved = _swapped_roles(pairings, lone_s, cs, cd)
    moved += said_of_another_name(
        [p for p in pairings if all(p is not q for q, _ in moved)],
        [f for f in lone_s if all(f is not r for _, r in moved)],
        source,
        source_figures,
        derived,
        derived_figures,
    )
    for p, rival in moved:
        pairings[pairings.index(p)] = Pairing(Status.CHANGED, rival, p.derived)
        lone_s = [f for f in lone_s if f is not rival] + [p.source]  # type: ignore[list-item]
    conversions = converted_s.keys() | converted_d.keys()
    # a derived value said twice for a source value said once: either mention may be the kept one
    spares: dict[int, list[Figure]] = defaultdict(list)
    for repeat, other in repeats_d:
        spares[id(other)].append(repeat)
    # (a repeat of a kept value that counts another noun may be what the derived value was: "with four races
    # left" beside "a fourth straight title" for "three races to go")
    other_repeats_s = [r for r, other in repeats_s if _count_other_things(r, cs, other, cd)]
    displaced = _displaced(
        [p for p in pairings if id(p.source) not in conversions and id(p.derived) not in conversions],
        cs,
        lone_s + other_repeats_s,
        cd,
        spares=spares,
    )
    moved = {id(d) for d, _ in displaced}
    pairings = [p for p in pairings if id(p.derived) not in moved]
    # ... and the other way, a source value the derived text keeps only in another role ("At least 14 were
    # killed" revised to "At least 19 were killed ..., raising an earlier toll of 14")
    displaced_s = _displaced(
        [
            Pairing(p.status, p.derived, p.source)
            for p in pairings
            if id(p.source) not in conversions
            and id(p.derived) not in conversions
            and p.derived is not None
            and (
                (
                    _EARLIER_VALUE_BEFORE.search(derived.text, max(0, p.derived.start - 40), p.derived.start)
                    # (where the source says it was the earlier value too, it kept its role: "The previous
                    # auction record for Magritte was $79.8 million" -> "the previous record of $79.8m")
                    and not _EARLIER_IN_ITS_CLAUSE.search(
                        source.text,
                        max(0, p.source.start - 60) if p.source else 0,
                        p.source.start if p.source else 0,
                    )
                )
                # ... or a quoted value kept outside the quotation, while the quotation says another ("'We
                # expect to hire around 1,000 people'" -> "'... around 1,500 people' ... 1,000 of them in
                # Texas"): a speaker's words are checked against the speaker's words first
                or (
                    p.source is not None
                    and "quoted" in p.source.qualifiers
                    and "quoted" not in p.derived.qualifiers
                    and any("quoted" in d.qualifiers and comparable(p.source, d) for d in lone_d)
                )
            )
        ],
        cd,
        lone_d,
        cs,
        # the words before it already say the kept value is an earlier one (or the speaker's words another
        # value): a rival as good as it is enough, as the earlier value's sentence often repeats the new one's
        # words ("killed 29 people on Tuesday, officials said, raising an earlier toll of 27")
        margin=-_REPEAT_MARGIN,
    )
    moved_s = {id(s) for s, _ in displaced_s}
    pairings = [p for p in pairings if id(p.source) not in moved_s]
    # "35 people were injured" -> "35 people were killed": the value kept, what it counts changed
    pairings = _one_reorder_per_run([_measure_changed(p, cs, cd) for p in pairings])
    # "Japan ... 20 golds, Australia ... 18" -> "Japan ... 18 golds, Australia ... 20": two values kept, each
    # now said of the other's name
    pairings = swapped_between_names(pairings, source, source_figures, derived, derived_figures)
    # Sentences that keep a figure are the same sentence rewritten: they anchor the rest of the pairing.
    # (how many kept figures anchor each pair of sentences: one alone may be the value its repeat is tested
    # against)
    anchor_support = Counter(
        (p.source.sentence, p.derived.sentence)
        for p in pairings
        if p.source and p.derived and p.status is Status.MATCHED
    )
    anchors = set(anchor_support)
    cs.anchors = cd.anchors = anchors
    # "cut rates by a quarter point, to 4%-4.25% ... two wanted a half-point cut" rewritten "lowered rates by
    # 50 basis points to 4%-4.25%": the kept value stands where the lost quarter point moved to the kept
    # level; the change assignment below decides
    stray = _kept_in_anothers_sentence(pairings, lone_s, source_figures, cs, derived_figures, cd)
    if stray:
        pairings = [p for p in pairings if all(p is not q for q in stray)]
        lone_s = lone_s + [q.source for q in stray]  # type: ignore[misc]
        lone_d = lone_d + [q.derived for q in stray]  # type: ignore[misc]
        anchor_support -= Counter((q.source.sentence, q.derived.sentence) for q in stray)  # type: ignore[union-attr]
        anchors = set(anchor_support)
        cs.anchors = cd.anchors = anchors
    cs.between = cd.between = between_anchors(anchors, len(source.sentences), len(derived.sentences))
    # "Pippa, 31," and "the 31-year-old": one value, once with a unit and once without, is the same figure;
    # "the third quarter" for "the quarter ended Sept. 30" says less, not something else.
    # ... but "25 countries" is not "25 years": a bare number that counts a noun of its own is another figure
    counting = {id(f) for f in source_figures if counts_a_noun(f, source.text)}
    counting |= {id(f) for f in derived_figures if counts_a_noun(f, derived.text)}
    # ... and so does one its words say counts people ("injuring 15" is no "15 metres")
    counting |= {id(f) for f in source_figures if f.unit is None and counts_people(f, source.text)}
    counting |= {id(f) for f in derived_figures if f.unit is None and counts_people(f, derived.text)}
    # ... and so does one of a list that counts a noun said before it in places ("155 of the deaths were in
    # Valencia, with two in Castilla-La Mancha" is no "two days")
    counting |= {id(f) for f in source_figures if f.unit is None and counted_in_a_place(f, source.text)}
    counting |= {id(f) for f in derived_figures if f.unit is None and counted_in_a_place(f, derived.text)}
    # "borrow 870 billion shillings, including 334 billion" and "KSh334bn": an amount whose currency its
    # sentence gives once, for the figure before it
    moneys = {"s": [f for f in source_figures if f.kind is Kind.MONEY],
              "d": [f for f in derived_figures if f.kind is Kind.MONEY]}  # fmt: skip

    def amount_left_to_sentence(a: Figure, b: Figure) -> bool:
        if {a.kind, b.kind} != {Kind.NUMBER, Kind.MONEY}:
            return False
        number, money, side = (a, b, "s") if b.kind is Kind.MONEY else (b, a, "d")
        if number.unit is not None or number.value != money.value or not number.surface[:1].isdigit():
            return False
        # the currency is that of an amount just before it in its sentence
        return any(
            m.sentence == number.sentence and m.unit == money.unit and 0 < number.start - m.end <= 80
            for m in moneys[side]
        )

    def one_value_one_unit(a: Figure, b: Figure) -> bool:
        """ "Pippa, 31," and "the 31-year-old"; not "Darren Pike, 47," and "jailed for 47 years"."""
        return same_value_one_unit(a, b) and not age_for_a_length(a, source.text, b, derived.text)

    loose = assign(
        lone_s,
        cs,
        lone_d,
        cd,
        lambda a, b: one_value_one_unit(a, b) and id(a) not in counting and id(b) not in counting,
        minimum=0.0,
    )
    loose += [
        (i, j)
        for i, j in assign(lone_s, cs, lone_d, cd, amount_left_to_sentence, minimum=0.0)
        if i not in {a for a, _ in loose} and j not in {b for _, b in loose}
    ]

    def share_alike(a: Figure, b: Figure) -> bool:
        """One share, in words and in per cent ("a fifth", "20%"), or as a ratio ("one in five", which thus
        keeps its "a fifth" from a nearby "18%"), not a move said beside a share ("shares fell 20%" and "a
        fifth of its workforce")."""
        return (same_share(a, b) or ratio_as_share(a, b)) and not move_for_share(
            a, source.text, b, derived.text
        )

    loose += [
        (i, j)
        for i, j in assign(lone_s, cs, lone_d, cd, share_alike, minimum=0.0)
        if i not in {a for a, _ in loose} and j not in {b for _, b in loose}
    ]

    # "missing in 2002" for "in August 2002": the rewrite says less, and that holds wherever it stands.
    # "the 87th minute" for "an 87-minute winner" or "Goals: Fabregas 87": one number, counted or ranked.
    def unit_left_to_the_figure_before(a: Figure, b: Figure) -> bool:
        """ "five days a week, up from three days" said "five days a week, compared with three": one value,
        its unit left to a figure of that unit before it in its sentence."""
        if not one_value_one_unit(a, b):
            return False
        bare, measured, figures = (a, b, source_figures) if a.unit is None else (b, a, derived_figures)
        if id(bare) in counting:
            return False  # "the three founders" count something of their own
        unit = str(measured.unit)
        return any(
            f.sentence == bare.sentence
            and f.end <= bare.start
            and f.unit is not None
            and (f.unit == unit or f.unit.startswith(unit + " per "))
            for f in figures
        )

    def run_said_as_its_length(a: Figure, b: Figure) -> bool:
        """ "extending a streak of days at or above 110 degrees to 19" and "the 19th straight day": a run
        counted by an ordinal, and the bare length of a run its sentence names."""
        if {a.kind, b.kind} != {Kind.NUMBER, Kind.QUANTITY} or a.value != b.value:
            return False
        (bare, bare_text), (run, _) = sorted(
            ((a, source.text), (b, derived.text)), key=lambda f: f[0].unit is not None
        )
        return (
            bare.unit is None
            and run_by_ordinal(run)
            and _RUN_BEFORE.search(bare_text, max(0, bare.start - 80), bare.start) is not None
        )

    def unit_left_to_the_reader(a: Figure, b: Figure) -> bool:
        """One value with its unit and without, where a bare number counts the noun the measure was of ("a
        5.3-magnitude tremor" said "a 5.3 tremor"; not "25 countries" for "25 years of outbreaks")."""
        if not one_value_one_unit(a, b):
            return False
        (bare, bare_text), (measured, measured_text) = sorted(
            ((a, source.text), (b, derived.text)), key=lambda f: f[0].unit is not None
        )
        if counts_people(bare, bare_text):
            return False  # "injuring 15" is no "15 metres"
        noun = counted_noun(bare, bare_text)
        if noun is None:
            return not counts_a_noun(bare, bare_text)  # "Three people" count people, not hours
        # ... or counts the measure's own unit ("two November days" for "two days in November")
        unit = str(measured.unit)
        return noun in (
            unit,
            f"{unit}s",
            counted_noun(replace(measured, kind=Kind.NUMBER, unit=None), measured_text),
        )

    def ranks_a_count(a: Figure, b: Figure) -> bool:
        return ordinal_restates(a, b, source.text, derived.text)

    def points_restate(a: Figure, b: Figure) -> bool:
        return points_for_percentage_points(a, b, source.text, derived.text)

    def times_for_a_count(a: Figure, b: Figure) -> bool:
        return times_restate(a, b, source.text, derived.text)

    # ... but a date the rewrite moved ("35 years ago" -> "36 years ago" in the same words) is a change,
    # not a restatement of a coarser date elsewhere ("the mid-1980s"): covering holds only where no other
    # date of the source fits the derived one's words clearly better
    best_date_fit: dict[int, float] = {}
    kept_beside = [(p.source, p.derived) for p in pairings if p.source and p.derived]

    def fits_best(s_fig: Figure, d_fig: Figure) -> bool:
        if id(d_fig) not in best_date_fit:
            best_date_fit[id(d_fig)] = max(
                (
                    similarity(x, cs, d_fig, cd, values=False)
                    for x in lone_s
                    # a rival that could not be this date moved ("2025" for "the end of May") is none
                    if x.kind is Kind.DATE and comparable(x, d_fig) and _similar_grain(x, d_fig)
                ),
                default=0.0,
            )
        here = similarity(s_fig, cs, d_fig, cd, values=False)
        if _similar_grain(s_fig, d_fig):
            return here + _REPEAT_MARGIN >= best_date_fit[id(d_fig)]
        # a date of another grain ("this year" for "April 21") only where none of its own grain fits about as
        # well ("Easter, which falls on April 20 this year": the day moved), nor stands beside the figure
        # kept beside it ("made $82.5 million in March" -> "$82.5m in February": the month moved)
        if rival_beside(d_fig):
            return False
        return here >= best_date_fit[id(d_fig)] + _REPEAT_MARGIN

    def rival_beside(d_fig: Figure) -> bool:
        """Whether a lone source date of the derived date's grain stands beside a kept figure as it does."""
        return d_fig.kind is Kind.DATE and any(
            x.kind is Kind.DATE and _similar_grain(x, d_fig) and _beside_one_kept(x, d_fig, kept_beside)
            for x in lone_s
        )

    def says_less(a: Figure, b: Figure) -> bool:
        return derived_says_less(a, b) and fits_best(a, b)

    def covers_either(a: Figure, b: Figure) -> bool:
        return one_date_covers_the_other(a, b) and fits_best(a, b)

    # A count's whole kept while its part lives on beside it: as a share ("27 of its 100" -> "more than a
    # quarter of its 100", reported as derived) or as a number or rank ("won seven of their nine" -> "won for
    # the seventh time in nine"); without it the part was lost. The other way, a whole restated as a count
    # ("one win in their last eight" -> "won one of their last eight") when the source spells the part.
    def keeps_the_total(a: Figure, b: Figure) -> bool:
        if a.kind is Kind.NUMBER and b.kind is Kind.COUNT and not a.unit and a.value == b.total:
            # the part in digits, in words, or as a rank ("their seventh win in eight games")
            return (
                states_number(source.text, source.sentences, a.sentence, b.value)
                or any(
                    f.kind is Kind.ORDINAL and f.sentence == a.sentence and f.value == b.value
                    for f in source_figures
                )
                # ... or as the rest of the whole ("52 lots, with only three failing to sell": 49 sold)
                or states_number(source.text, source.sentences, a.sentence, a.value - b.value, rest=True)  # type: ignore[operator]
            )
        if a.kind is not Kind.COUNT or b.kind is not Kind.NUMBER or b.unit or b.value != a.total:
            return False
        if vague_before(b, derived_figures, derived.text) is not None:
            return True  # "Most of the 32 allies": the whole kept, its part made vague (FC107, below)
        return any(
            x is not b
            and x.sentence == b.sentence
            and (
                derivation(x, [a]) is not None
                or (x.kind in (Kind.NUMBER, Kind.ORDINAL) and x.value == a.value)
            )
            for x in derived_figures
        )

    def keeps_the_part(a: Figure, b: Figure) -> bool:
        """ "23 of the 146 councils" said as "23 councils": the part kept, only the whole left out; and the
        other way, "two members" said as "two of the nine members", the part kept with a whole added."""
        if a.kind is Kind.NUMBER and b.kind is Kind.COUNT:
            return not a.unit and b.value == a.value
        return a.kind is Kind.COUNT and b.kind is Kind.NUMBER and not b.unit and b.value == a.value

    # "Of the Nikkei's 225 components, 196 fell" restated "nearly nine in ten Nikkei stocks fell": a part and
    # its whole, two numbers of one sentence, said as a share
    def share_of_two_numbers(a: Figure, b: Figure) -> bool:
        """Either number may take the share: the one whose words fit it better is paired."""
        if a.unit is not None or not isinstance(a.value, float):
            return False
        for other in source_figures:
            if (
                other is a
                or other.sentence != a.sentence
                or other.kind is not Kind.NUMBER
                or other.unit is not None
                or not isinstance(other.value, float)
            ):
                continue
            part, whole = (a, other) if a.value < other.value else (other, a)
            if _WHOLE_BEFORE.search(
                source.text, max(0, whole.start - 24), whole.start
            ) and share_said_as_count(replace(part, kind=Kind.COUNT, total=whole.value), b):
                return True
        return False

    def signed(a: Figure, b: Figure) -> bool:
        return sign_for_direction(a, b, source.text, derived.text)

    # "Thursday" kept as "Thursday" in a rewrite of the same day: one day, though only one of the two
    # clauses says whether it lies ahead ("snow will sweep in from Thursday" -> "30cm expected from
    # Thursday") and the other was read as the Thursday just gone
    # ... and so is a month named alone ("was closed for six days in February" -> "shut for six days in
    # February", a verb the tense words do not know)
    def same_day_or_month_named(a: Figure, b: Figure) -> bool:
        if not named_alike(a, b) or None not in (
            tense_at(source.text, a.start),
            tense_at(derived.text, b.start),
        ):
            return False
        # ... unless another date of the source fits its place clearly better: "Inflation was 3.4% in May" ->
        # "Inflation stood at 3.4% in April" changed the month, whatever April the pay rise starts in
        fit = similarity(a, cs, b, cd)
        return not any(
            other is not a
            and other.kind is Kind.DATE
            and similarity(other, cs, b, cd) >= fit + _CLEARLY_BETTER
            for other in lone_s
        )

    def named_alike(a: Figure, b: Figure) -> bool:
        name = " ".join(a.surface.lower().replace(".", "").split())
        if name != " ".join(b.surface.lower().replace(".", "").split()):
            return False
        # ... a weekday, a month, or a day of a month with no year ("on July 21")
        if name not in _WEEKDAY_NAMES and name not in MONTHS and not _DAY_OF_A_MONTH.fullmatch(name):
            return False
        return source.date == derived.date

    def length_of_a_date(a: Figure, b: Figure) -> bool:
        """ "three years" and "the past three years"; not a length the other side says as a length ("more
        than a year" and "over 12 months", beside "a year earlier" and "twelve months before")."""
        if not same_length_of_time(a, b):
            return False
        length, others = (a, lone_d) if a.kind is Kind.QUANTITY else (b, lone_s)
        return not any(_exactly_converted(length, other) for other in others)

    def told_of_another_day(a: Figure, b: Figure) -> bool:
        """ "NASA said on Friday" is the day of telling, which "up from 1.2% a week ago" is not: no date that
        holds the other restates it across those roles."""
        return (
            a.kind is Kind.DATE is b.kind
            and told_on(source.text, a.start, a.value, reach=30)
            and not _reported_on(b, derived.text)
        )

    # each test with the kinds of figures it can hold (source, derived): it is tried on those pairs only
    for same, minimum, kinds in (
        (keeps_the_total, MIN_CONTEXT, _either({Kind.NUMBER}, {Kind.COUNT})),
        (keeps_the_part, MIN_CONTEXT, _either({Kind.COUNT}, {Kind.NUMBER})),
        (signed, MIN_CONTEXT, _same_kind),
        (share_said_as_count, MIN_CONTEXT, _kinds({Kind.PERCENT, Kind.FRACTION, Kind.COUNT}, {Kind.COUNT})),
        (ratio_as_share, MIN_CONTEXT, _kinds({Kind.COUNT}, {Kind.FRACTION, Kind.PERCENT})),
        (share_as_factor, MIN_CONTEXT, _either({Kind.FRACTION}, {Kind.NUMBER})),
        (share_of_two_numbers, MIN_CONTEXT, _kinds({Kind.NUMBER}, {Kind.COUNT})),
        (metres_for_millions, 0.0, lambda a, b: a is b or {a, b} == {Kind.QUANTITY, Kind.NUMBER}),
        # a length of time before coverage: "within a fortnight" restates "in two weeks", not "Monday"
        (length_of_a_date, MIN_CONTEXT, _either({Kind.DATE}, {Kind.QUANTITY})),
        # one day or month named alike on both sides, before a coarser date that holds it ("in October" ->
        # "in October, ... than a year before": the month is the month, and the year another figure)
        (same_day_or_month_named, 0.0, _DATES),
        (says_less, 0.0, _DATES),
        (rolling_for_calendar, MIN_CONTEXT, _DATES),
        (period_to_its_end, MIN_CONTEXT, _DATES),
        (
            lambda a, b: source.date == derived.date and rolling_a_day_apart(a, b, source.date),
            MIN_CONTEXT,
            _DATES,
        ),
        (rolling_in_other_units, MIN_CONTEXT, _DATES),
        (range_as_bound, MIN_CONTEXT, lambda a, b: a is Kind.RANGE and b is not Kind.RANGE),
        (lambda a, b: _listed_low_end(a, b, lone_s) is not None, 0.0, _kinds(_LISTED, {Kind.RANGE})),
        (unit_left_to_the_figure_before, MIN_CONTEXT, _either({Kind.NUMBER}, {Kind.QUANTITY})),
        # ... or to the reader, where the words around say clearly it is the same ("a 5.3-magnitude tremor"
        # said "a 5.3 tremor")
        (unit_left_to_the_reader, _CLEAR_CHANGE, _either({Kind.NUMBER}, {Kind.QUANTITY})),
        (
            lambda a, b: a.value == b.value and scale_left_to_the_reader(a.unit, b.unit),
            MIN_CONTEXT,
            _kinds({Kind.QUANTITY}, {Kind.QUANTITY}),
        ),
        (run_said_as_its_length, MIN_CONTEXT, _either({Kind.NUMBER}, {Kind.QUANTITY})),
        (ranks_a_count, 0.0, _either({Kind.ORDINAL}, {Kind.NUMBER, Kind.QUANTITY})),
        (
            lambda a, b: age_group_as_ages(a, source.text, b, derived.text),
            0.0,
            _either({Kind.NUMBER}, {Kind.QUANTITY}),
        ),
        (times_for_a_count, MIN_CONTEXT, _kinds({Kind.NUMBER}, {Kind.NUMBER})),
        (
            lambda a, b: (
                converted(a, b)
                and not _converts_a_measure_in(a, converted_s, b.unit)
                and not _converts_a_measure_in(b, converted_d, a.unit)
            ),
            0.0,
            _kinds({Kind.QUANTITY}, {Kind.QUANTITY}),
        ),
        (range_converted, 0.0, _kinds({Kind.RANGE}, {Kind.RANGE})),
        (
            lambda a, b: count_of_units(a, source.text, b, derived.text),
            MIN_CONTEXT,
            _either({Kind.COUNT}, {Kind.QUANTITY}),
        ),
        (
            lambda a, b: multiple_as_said_change(a, source.text, b, derived.text),
            MIN_CONTEXT,
            _either({Kind.NUMBER}, {Kind.PERCENT}),
        ),
        (lambda a, b: same_deadline(a, b, source.text, derived.text), MIN_CONTEXT, _DATES),
        (points_restate, 0.0, _either({Kind.NUMBER}, {Kind.PERCENT})),
        (vaguely_restated, MIN_CONTEXT, lambda a, b: a in (Kind.NUMBER, Kind.QUANTITY)),
        (vague_for_vague, MIN_CONTEXT, lambda a, b: a is b and a in (Kind.NUMBER, Kind.QUANTITY)),
        # ("since 2012" for "between 2012 and 2023", before a later "since 2015" that the period covers)
        (lambda a, b: since_as_a_span(a, source.text, b, derived.text), MIN_CONTEXT, _DATES),
        (covers_either, MIN_CONTEXT, _DATES),
        (either_week_of_a_weekday, MIN_CONTEXT, _DATES),
        (lambda a, b: within_date_bound(a, b, source.date), MIN_CONTEXT, _DATES),
        (lambda a, b: same_comparison(a, b, source.date, derived.date), MIN_CONTEXT, _DATES),
        (same_count_back_said, MIN_CONTEXT, _DATES),
        # (a time hedged to the hour it rounds to is rare enough to need no words in common: "arrived at 11:55
        # p.m." said "the flight landed just before midnight")
        (time_said_about, 0.0, _kinds({Kind.TIME}, {Kind.TIME})),
        (either_half_of_the_day, MIN_CONTEXT, _kinds({Kind.TIME}, {Kind.TIME})),
        (
            lambda a, b: score_turned(a, source.text, b, derived.text),
            MIN_CONTEXT,
            _kinds({Kind.SCORE}, {Kind.SCORE}),
        ),
        (lambda a, b: period_compared_named(a, source_figures, b, derived_figures), MIN_CONTEXT, _DATES),
        (same_year_counted, MIN_CONTEXT, _DATES),
        (lambda a, b: fiscal_quarter_for_calendar(a, source.text, b), MIN_CONTEXT, _DATES),
        (fiscal_quarter_said_plainly, MIN_CONTEXT, _DATES),
        (fiscal_quarter_of_months_said, _CLEAR_CHANGE - _REPEAT_MARGIN, _DATES),
        (_vaguely_dated, MIN_CONTEXT, _DATES),
    ):
        loose += [
            (i, j)
            # "injuring 57" is no "dozens of people still missing": a restatement measures the same thing
            for i, j in assign(
                lone_s,
                cs,
                lone_d,
                cd,
                lambda a, b, same=same: (
                    same(a, b) and not other_measures(a, cs, b, cd) and not told_of_another_day(a, b)
                ),
                minimum,
                kinds,
            )
            if i not in {a for a, _ in loose} and j not in {b for _, b in loose}
        ]
    pairings.extend(
        _quote_made_vague(_measure_changed(Pairing(Status.MATCHED, lone_s[i], lone_d[j]), cs, cd))
        for i, j in loose
    )
    # "about a fifth of its roughly 14,000 restaurants" said "3,000 of its 14,000": one count says the share
    # and the whole the source gives beside it
    wholes = {
        id(whole): lone_d[j]
        for i, j in loose
        if lone_d[j].kind is Kind.COUNT and lone_s[i].kind is not Kind.COUNT
        for whole in lone_s
        if whole is not lone_s[i]
        and whole.kind is Kind.NUMBER
        and not whole.unit
        and whole.sentence == lone_s[i].sentence
        and whole.value == lone_d[j].total
    }
    # ... and "52 lots, with only three failing to sell" said "49 of its 52 lots sold": the whole kept, the
    # part said as what the source's other number leaves of it
    wholes |= {
        id(rest): lone_d[j]
        for i, j in loose
        if lone_d[j].kind is Kind.COUNT
        and lone_s[i].kind is Kind.NUMBER
        and lone_d[j].total == lone_s[i].value
        and isinstance(lone_d[j].value, float)
        for rest in lone_s
        if rest is not lone_s[i]
        and rest.kind is Kind.NUMBER
        and not rest.unit
        and rest.sentence == lone_s[i].sentence
        and rest.value == lone_s[i].value - lone_d[j].value  # type: ignore[operator]
        and id(rest) not in wholes
    }
    # "aged 34, 41 and 52" said "aged between 34 and 52": the range's low end is the list's least figure
    wholes |= {
        id(low): lone_d[j]
        for i, j in loose
        if (low := _listed_low_end(lone_s[i], lone_d[j], lone_s)) is not None and id(low) not in wholes
    }
    pairings.extend(Pairing(Status.MATCHED, f, wholes[id(f)]) for f in lone_s if id(f) in wholes)
    lone_s = [f for i, f in enumerate(lone_s) if i not in {i for i, _ in loose} and id(f) not in wholes]
    lone_d = [f for j, f in enumerate(lone_d) if j not in {j for _, j in loose}]
    # A repeated source value restated in other terms where the rewrite kept its first mention as it was:
    # "revenue more than tripled ... shares have nearly tripled" -> "revenue tripled ... shares up almost
    # 200%", "up 4.9% from a year earlier ... up 18.8% from a year earlier" -> "4.9% year on year ... a
    # fifth more than a year ago"
    repeated = [r for r, _ in repeats_s]
    for same, minimum, kinds in (
        (
            lambda a, b: multiple_as_said_change(a, source.text, b, derived.text),
            MIN_CONTEXT,
            _either({Kind.NUMBER}, {Kind.PERCENT}),
        ),
        (share_alike, MIN_CONTEXT, _either({Kind.FRACTION}, {Kind.PERCENT})),
        (share_said_as_count, MIN_CONTEXT, _kinds({Kind.PERCENT, Kind.FRACTION, Kind.COUNT}, {Kind.COUNT})),
        # "grew 0.7% in the first quarter ... production fell 0.7%" -> "0.7% in Q1 ... Production: -0.7%"
        (signed, MIN_CONTEXT, _same_kind),
        (lambda a, b: same_comparison(a, b, source.date, derived.date), 0.0, _DATES),
        # "about 66,000 took part ... the union said 66,000" -> "Tens of thousands walked out ... 66,000"
        (vaguely_restated, 0.0, _kinds({Kind.NUMBER, Kind.QUANTITY}, {Kind.NUMBER, Kind.QUANTITY})),
    ):
        found = assign(repeated, cs, lone_d, cd, same, minimum, kinds)
        pairings.extend(Pairing(Status.MATCHED, repeated[i], lone_d[j]) for i, j in found)
        taken_r, taken_d = {id(repeated[i]) for i, _ in found}, {id(lone_d[j]) for _, j in found}
        repeats_s = [(r, o) for r, o in repeats_s if id(r) not in taken_r]
        repeated = [r for r in repeated if id(r) not in taken_r]
        lone_d = [d for d in lone_d if id(d) not in taken_d]
    # ... as is a repeated source value said once more without its unit ("five-year-olds ... by the age of
    # five" and "five-year-olds ... by five")
    for repeat, other in list(repeats_s):
        bare = [d for d in lone_d if id(d) not in counting and same_value_one_unit(repeat, d)]
        if bare:
            pairings.append(Pairing(Status.MATCHED, repeat, bare[0]))
            lone_d = [d for d in lone_d if d is not bare[0]]
            repeats_s.remove((repeat, other))
    # ... and a lone source measure said exactly in another unit by a derived value said twice ("for three
    # decades ... 'Thirty years'" -> "for 30 years ... 'Thirty years'"; "cut by a quarter of a percentage
    # point ... a further cut of 0.25 points" -> "cut by 25 basis points ... another quarter-point cut"), by
    # its mention that fits it best
    for s_fig in list(lone_s):
        said = [(r, o) for r, o in repeats_d if _exactly_converted(s_fig, r) or points_restate(s_fig, r)]
        if not said:
            continue
        fit = partial(_fit_quoted_alike, cs=cs, cd=cd)
        repeat, other = max(said, key=lambda ro: fit(s_fig, ro[0]))
        kept = next((p for p in pairings if p.source is other and p.derived is not None), None)
        mention = repeat
        if kept is not None and fit(s_fig, kept.derived) + fit(other, repeat) > fit(  # type: ignore[arg-type]
            s_fig, repeat
        ) + fit(other, kept.derived):  # type: ignore[arg-type]
            # the other mention is this measure's, and the repeat the kept value's
            pairings[pairings.index(kept)] = Pairing(Status.MATCHED, other, repeat)
            mention = kept.derived  # type: ignore[assignment]
        pairings.append(Pairing(Status.MATCHED, s_fig, mention))
        lone_s.remove(s_fig)
        repeats_d.remove((repeat, other))
    # "four African countries" for "Burkina Faso, Kenya, Mali and Tanzania": a count of names the source lists
    lists = named_lists(source.text) if lone_d else {}
    listed = {id(d): found for d in lone_d if (found := counted_list(d, derived.text, lists))}
    # ... and "in four sets" for "6-4, 3-6, 7-6 (7-4), 6-3": a count of the set scores a sentence lists
    listed |= {
        id(d): found
        for d in lone_d
        if id(d) not in listed and (found := sets_counted(d, derived.text, source_figures, source.text))
    }
    pairings.extend(
        Pairing(Status.ADDED, None, d, f"{d.surface} counts the source's list: {listed[id(d)]}")
        for d in lone_d
        if id(d) in listed
    )
    lone_d = [d for d in lone_d if id(d) not in listed]
    # "day one" for "the first day", a rank of a day said in a word no extractor reports ("first" is
    # everywhere)
    first_day = [
        d for d in lone_d if d.kind is Kind.ORDINAL and d.value == 1.0 and d.surface[:3].lower() == "day"
    ]
    if first_day and _FIRST_DAY.search(source.text):
        pairings.extend(
            Pairing(Status.ADDED, None, d, f"{d.surface} is the source's first day") for d in first_day
        )
        lone_d = [d for d in lone_d if all(d is not f for f in first_day)]
    # A repeated value may be where the change is: "3.4%" -> "3.8%" although the source says "3.8%" elsewhere.
    # A repeat counts as a change only where its context fits the other figure better than its equal.
    rows = lone_s + [r for r, _ in repeats_s] + [s for s, _ in displaced_s]
    displaced_s_ids = {id(s) for s, _ in displaced_s}
    cols = lone_d + [r for r, _ in repeats_d] + [d for d, _ in displaced]
    equal_of = {id(r): other for r, other in [*repeats_s, *repeats_d, *displaced, *displaced_s]}

    # A derived figure that follows from the source ("40%" from "31 hours to 19 hours") is a change only if
    # it clearly restates one source figure.
    derivations = {
        id(d): derivation(
            as_percentage_points(d, derived.text),
            source_figures,
            source.date,
            share=said_as_a_share(d, derived.text),
            time_passed=d.kind is not Kind.QUANTITY or said_as_time_passed(d, derived.text),
        )
        # ... or the minutes between two moments of a match ("11 minutes later")
        or minutes_between(d, derived.text, source_figures, source.text)
        for d in lone_d
    }
    # ... or the year a person born in a year the source gives reached an age it gives ("Born in 1944, she
    # had her first hit at 17" for "her first hit, in 1961")
    for d in lone_d:
        if derivations[id(d)] is None and d.kind is Kind.DATE:
            derivations[id(d)] = _year_at_an_age(d, source_figures, source.text)
    # ... or a sum of a part and a further one said a few sentences later ("a fee of £32 million ...
    # a further £3 million in add-ons" for "£35m")
    further = _further_pairs(source_figures, source.text)
    for d in lone_d if further else ():
        if derivations[id(d)] is None and d.kind in (Kind.MONEY, Kind.NUMBER, Kind.QUANTITY):
            derivations[id(d)] = _further_sum(d, further)
    # ... or the change between two kept figures its own sentence says ("$62.3m, 64% more than the previous
    # record of $38m", where the source gives the two three sentences apart)
    kept_as = {
        id(p.derived): p.source
        for p in pairings
        if p.status is Status.MATCHED and p.source is not None and p.derived is not None
    }
    moves: list[Figure] | None = None  # (the source's moves its words call one, found once, when asked)
    counted_moves: list[Figure] | None = None  # (... and with its bare counts)
    for d in lone_d:
        if derivations[id(d)] is None and (
            d.kind in (Kind.PERCENT, Kind.FRACTION) or (d.kind is Kind.NUMBER and d.unit == "times")
        ):
            derivations[id(d)] = _change_between_kept(d, derived, derived_figures, kept_as)
            if derivations[id(d)] is None and d.kind in (Kind.PERCENT, Kind.FRACTION):
                if moves is None:
                    moves = _said_moves(source_figures, source.text)
                derivations[id(d)] = _change_of_a_level_nearby(d, moves, source_figures)
        # ... and a margin or a total its words say ("58.9 million, over 11 million more" than the 47.3
        # million beside it; "licensed for 150 passengers but had 68 more on board"; "£46.5m, taking their
        # spending to more than £75m") from a kept figure of its sentence and another of the source
        elif derivations[id(d)] is None and d.kind in (Kind.NUMBER, Kind.MONEY, Kind.QUANTITY):
            # ("fell to 1.42 million" for "was 1.48 million in November. It dropped by 58,000": the level a
            # move the source says reached, from its level a sentence away)
            if role(d, derived.text) == "to":
                if counted_moves is None:
                    counted_moves = _said_moves(source_figures, source.text, counts=True)
                derivations[id(d)] = _level_moved_nearby(d, counted_moves, source_figures)
                if derivations[id(d)] is not None:
                    continue
            margin = said_as_difference(d, derived.text) or _part_of_a_whole(d, derived.text)
            total = said_as_sum(d, derived.text)
            if margin and d.kind is Kind.NUMBER:
                # ("by just four votes, 218-214": the margin of a result its sentence keeps, however small,
                # or of a vote of the source its words name: "confirmed by four votes" for "voted 52-48")
                derivations[id(d)] = _margin_of_a_kept_score(d, derived_figures, kept_as) or (
                    _margin_of_a_vote(d, source_figures) if _VOTES_AFTER.match(derived.text, d.end) else None
                )
                if derivations[id(d)] is not None:
                    continue
            if margin or total:
                derivations[id(d)] = _arithmetic_from_kept(
                    d, derived_figures, kept_as, source_figures, DIFFERENCE if margin else SUM
                )
    # ... or an amount a year, a source total spread over the years its sentence gives ("£4.2 billion over
    # five years" for "£840m a year")
    # (the source's amounts said to come each year, found once, when asked)
    yearly: list[Figure] | None = None
    for d in lone_d:
        period = _PER_PERIOD_AFTER.match(derived.text, d.end)
        if derivations[id(d)] is None and period and period.group("period") is None:
            derivations[id(d)] = per_year_of_a_total(d, source_figures)
        # ... or what the parts of a whole leave of it, where the words say something is left ("Eight people
        # are still missing" for "Of the 312 people on board, 290 were rescued and 14 bodies recovered")
        elif derivations[id(d)] is None and _LEFT_AFTER.match(derived.text, d.end):
            derivations[id(d)] = left_of_a_whole(d, source_figures)
        # ... or a week's, a month's or a day's share of an amount the source says comes each year ("about £2
        # a week" for "£2,171 a year, an increase of £103")
        elif derivations[id(d)] is None and period:
            if yearly is None:
                yearly = [f for f in source_figures if _YEARLY.search(cs.sentence_text(f))]
            derivations[id(d)] = per_period_of_a_yearly_amount(d, period.group("period").lower(), yearly)
    # ... or a count's part, as its whole less the other part the source gives beside it ("41,000 runners
    # started the race and 39,600 finished" for "1,400 of the 41,000 starters failed to finish"): of the two
    # parts, one said as left out
    for d in lone_d:
        if derivations[id(d)] is None and d.kind is Kind.COUNT:
            left_out = said_left_out(d, derived.text)
            derivations[id(d)] = rest_of_a_counted_whole(
                d,
                source_figures,
                lambda part, left_out=left_out: said_left_out(part, source.text) != left_out,
            )
    # ... or a share of what a count of the source counts, its part said a sentence away ("1,200 applicants
    # this year. Only 300 were accepted." for "a quarter of applicants")
    for d in lone_d:
        if derivations[id(d)] is None and d.kind in (Kind.FRACTION, Kind.PERCENT, Kind.COUNT):
            noun = share_of_what(d, derived.text)
            wholes = [f for f in source_figures if noun and counted_noun(f, source.text) == noun]
            if not wholes and _OF_THEM.match(derived.text, d.end):
                # ("3.1 million patients ..., and one in ten of them": of a count the rewrite keeps before it)
                wholes = _kept_before(d, derived_figures, kept_as)
            derivations[id(d)] = share_of_a_named_whole(d, source_figures, wholes) if wholes else None
            if derivations[id(d)] is None and (
                whole := _kept_whole_after(d, derived_figures, kept_as, derived.text)
            ):
                # ("fined €530m, about 1.3% of its roughly €40bn revenue": of a whole the rewrite keeps after
                # it, the part kept before it)
                parts = [
                    kept_as[id(f)]
                    for f in derived_figures
                    if f.sentence == d.sentence and f.end <= d.start and id(f) in kept_as
                ]
                derivations[id(d)] = share_of_a_named_whole(d, parts, [kept_as[id(whole)]], anywhere=True)
            # ... or of a move a part of the source is said to be of ("about 340,000 of the increase" for
            # "four-fifths of the rise")
            if derivations[id(d)] is None and noun in MOVE_NOUNS:
                derivations[id(d)] = share_of_a_move(d, parts_of_a_move(source_figures, source.text))
    # a product ("$20 a device for up to five devices") supports only a figure its words call a total
    for d in lone_d:
        found = derivations[id(d)]
        # of two derivations, the one from the source sentence that says the figure standing next to
        # it: "Services inflation edged up to 5% from 4.9%, while core inflation rose 0.1 points to 3.3%" is
        # 3.3% less 3.2%, not the services' 5.0% less 4.9%
        if found is not None:
            nearer = _derived_from_its_neighbour(
                d, found[1], derived, derived_figures, source_figures, source.date
            )
            if nearer is not None:
                derivations[id(d)] = found = nearer
        # ... and a sum whose words name what each part counts ("64 passengers and crew") is that sum
        named_sum = sum_naming_each_part(d, derived.text, source_figures, source.text)
        if named_sum is not None:
            derivations[id(d)] = found = named_sum
        # ... and a move ("rise by £21 to £1,738") is the difference of the two levels said together ("from
        # £1,717 to £1,738"), before any share it also happens to be
        if found is not None and f" {DIFFERENCE} " not in found[0]:
            moved = difference_in_a_sentence(d, source_figures)
            if moved is not None and says_arithmetic(d, derived.text, *moved):
                derivations[id(d)] = found = moved
        if found is not None and f" {PRODUCT} " in found[0] and not says_arithmetic(d, derived.text, *found):
            derivations[id(d)] = None
        # ... and the rest of a share, only where the derived words say the other side ("a 99.7% chance it
        # is not a fluke" for "a 0.3% probability of chance"; "44% voted to leave" for "56% voted to leave"
        # swapped a side; "4% short of its 2019 total" for "96% of the level of 2019")
        # (... or beside the share itself: "58% of the group and the smaller's with 42%")
        if (
            found is not None
            and f" {REST} " in found[0]
            and not _OTHER_SIDE_AFTER.match(derived.text, d.end)
            and not _short_of_the_whole_said_once(found[1][0], source.text, d, derived.text)
            and not _beside(d, found[1], derived_figures)
            # ("61% support a ban, while 27% oppose it" said "three in five back it, a quarter are against,
            # with 12% undecided": the rest of two shares its sentence keeps, however it says them)
            and not (len(found[1]) == 2 and _kept_in_its_sentence(d, found[1], derived_figures, kept_as))
        ):
            derivations[id(d)] = found = None
        # ... and a margin, a difference only of parts that are no margins themselves ("by three shots"
        # restates "by four strokes", not 7 under par less four; "up from $799" is "$899" less "$100 more")
        # (but points between two rises in per cent are how news compares them: "nurses 4.5%, half a point
        # less" than doctors' 5% rise)
        if (
            found is not None
            and f" {DIFFERENCE} " in found[0]
            and said_as_difference(d, derived.text)
            and any(said_as_difference(p, source.text) for p in found[1])
            and not (d.unit == "percentage point" and all(p.unit == "percent" for p in found[1]))
        ):
            derivations[id(d)] = found = None
        # ... and a plural magnitude holds only a count of the same noun ("tens of thousands of workers" for
        # "66,000 workers", not "dozens of people still missing" for "injuring 57")
        if found is not None and f" {HOLDS} " in found[0]:
            noun = share_of_what(d, derived.text)
            if noun is None or noun != counted_noun(found[1][0], source.text, generic=True):
                derivations[id(d)] = found = None
        # ... and the level before a change, only one its words say was earlier ("to 9.25% from 9.75%"; not
        # "above the UK rate of 4.1%" beside "0.4 points higher")
        if (
            found is not None
            and f" {BEFORE_THE_CHANGE} " in found[0]
            and not _EARLIER_LEVEL_BEFORE.search(derived.text, max(0, d.start - 30), d.start)
        ):
            derivations[id(d)] = None
            found = None
        # ... and the amount a change in per cent moved a level, only one its words call a move ("rises 50p",
        # not "had cost $4 at launch")
        if (
            found is not None
            and f" {AMOUNT_OF} " in found[0]
            # (... and only one that moved the source's way: not "$4 higher" for "fell 4%")
            and (
                not said_as_a_move(d, derived.text)
                or opposite_directions(found[1][1], source.text, d, derived.text)
            )
        ):
            derivations[id(d)] = found = None
        # ... and a ratio of two changes, only of two the same way: "Germany's output shrank 0.2%, while
        # Spain's expanded 0.8%" makes Spain's growth no four times anything
        if (
            found is not None
            and f" {RATIO} " in found[0]
            and len(found[1]) == 2
            and opposite_directions(found[1][0], source.text, found[1][1], source.text)
        ):
            derivations[id(d)] = found = None
        # ... and a ratio of two measures of different sentences, only one whose sentence says one of them
        if (
            found is not None
            and f" {RATIO} " in found[0]
            and found[1][0].sentence != found[1][1].sentence
            and not _ratio_said(d, found[1], derived_figures)
        ):
            derivations[id(d)] = found = None
        # ... and a year a length of time ahead, only one its words say something lasts until
        # (or a length the source counts ahead from the day of writing: "a review in two years" for "in 2028")
        if (
            found is not None
            and f" {LATER} " in found[0]
            and not _UNTIL_BEFORE.search(derived.text, max(0, d.start - 24), d.start)
            and not (
                len(found[1]) == 1
                and _AHEAD_BEFORE.search(source.text, max(0, found[1][0].start - 24), found[1][0].start)
            )
        ):
            derivations[id(d)] = None

    def _adds_up(d: Figure, parts: list[Figure]) -> bool:
        """Two parts the source gives as one whole, or whose nouns the sum names ("64 passengers and
        crew")."""
        return parts_add_up(source.text, parts) or names_each_part(d, derived.text, parts, source.text)

    def _rest_of_a_kept_whole(d: Figure, found: tuple[str, tuple[Figure, ...]]) -> bool:
        how, parts = found
        if f" {DIFFERENCE} " not in how or len(parts) != 2 or not _part_of_a_whole(d, derived.text):
            return False
        whole = max(parts, key=lambda p: p.value if isinstance(p.value, float) else 0.0)
        return any(
            f.sentence == d.sentence and f.end <= d.start and f.value == whole.value for f in derived_figures
        )

    def _level_after_a_said_move(d: Figure, found: tuple[str, tuple[Figure, ...]]) -> bool:
        """ "will go up by around £110 to £1,830" for "adding about £110 to the typical bill of £1,720": the
        level a move reached, its sentence saying that move just before it, is the source's level and move
        added up (or one taken from the other)."""
        how, parts = found
        if len(parts) != 2 or not (f" {SUM} " in how or f" {DIFFERENCE} " in how):
            return False
        if role(d, derived.text) != "to":
            return False
        if any(said_as_a_move(p, source.text) for p in parts) and not all(
            said_as_a_move(p, source.text) for p in parts
        ):
            return True  # ("was 1.48 million ... It dropped by 58,000" for "fell to 1.42 million")
        return any(
            f.sentence == d.sentence
            and 0 <= d.start - f.end <= _MOVE_BEFORE_ITS_LEVEL
            and f.kind is d.kind
            and f.unit == d.unit
            and said_as_a_move(f, derived.text)
            and any(f.value == p.value or _rounded(p, f) for p in parts)
            for f in derived_figures
        )

    derivable = {
        id(d)
        for d in lone_d
        if derivations[id(d)]
        and (
            # a share or a change (a sum of percentages only as the other sums: "0.8% this year and 1.3% in
            # 2025" make no "2.1%" inflation forecast)
            (d.kind in (Kind.PERCENT, Kind.FRACTION) and f" {SUM} " not in derivations[id(d)][0])  # type: ignore[index]
            # a count of a vote's first side out of both ("seven of the nine" for "voted 7-2")
            or (d.kind is Kind.COUNT and any(p.kind is Kind.SCORE for p in derivations[id(d)][1]))  # type: ignore[index]
            # ... and a ratio, the share a part makes of its whole ("one in ten of them" for "310,000" of
            # "3.1 million")
            or (
                d.kind is Kind.COUNT
                and (f" {SHARE} " in derivations[id(d)][0] or f" {FOLLOWS} " in derivations[id(d)][0])  # type: ignore[index]
            )
            or d.kind is Kind.SCORE  # a score the source says in two parts ("12 of his 19", "204 ... 85")
            # ... and a margin of a vote or a score ("by 104 votes" for "318 votes to 214")
            or (d.kind is Kind.NUMBER and any(p.kind is Kind.SCORE for p in derivations[id(d)][1]))  # type: ignore[index]
            # a range of percentages from a level give or take some points
            or (d.kind is Kind.RANGE and d.unit == "percent")
            # a length of time counted from the source's dates ("in 18 years" for "since 2008"), and a date
            # counted back from a length of time ("since March" for "in eight months": only after "since",
            # where a date says how long; any year is some length of time before the story)
            # (... and its times of day: "lasted more than six hours" for "from 9:15 a.m. ... by 3:40 p.m.")
            or all(p.kind in (Kind.DATE, Kind.TIME) for p in derivations[id(d)][1])  # type: ignore[index]
            or (d.kind is Kind.DATE and SINCE_BEFORE.search(derived.text, max(0, d.start - 24), d.start))
            # ... and a day counted from a day of the source by a length of time its sentence gives ("on
            # Friday, two days after the blaze broke out" for "the blaze started on Wednesday")
            or f" {COUNTED_FROM} " in derivations[id(d)][0]  # type: ignore[index]
            # ... and a year a length of time after a start its sentence gives ("began in 2019 and took six
            # years" for "finished in 2025"), not that start moved
            or f" {LATER} " in derivations[id(d)][0]  # type: ignore[index]
            # ... and the year one born in a year the source gives reached an age it gives
            or f" {AGE_REACHED} " in derivations[id(d)][0]  # type: ignore[index]
            or d.unit == "times"
            or (d.unit == "minute" and any(p.kind is Kind.ORDINAL for p in derivations[id(d)][1]))  # type: ignore[index]
            # a sum or a difference of the source's figures that the derived words announce
            or says_arithmetic(d, derived.text, *derivations[id(d)])  # type: ignore[misc]
            # ... or the amount a change in per cent moved a level ("rises 50p to £12.71" for "4.1%")
            or f" {AMOUNT_OF} " in derivations[id(d)][0]  # type: ignore[index]
            # ... or an amount a year or a week its words say, of a total or a yearly amount ("£840m a year"
            # for "£4.2 billion over five years", "£2 a week" for "£103" more "a year")
            or f" {PER_YEAR} " in derivations[id(d)][0]  # type: ignore[index]
            or f" {PER_PERIOD} " in derivations[id(d)][0]  # type: ignore[index]
            or f" {LEFT_OF} " in derivations[id(d)][0]  # type: ignore[index]
            # ... or the level a move the derived sentence says reached ("up by £110 to £1,830")
            or _level_after_a_said_move(d, derivations[id(d)])  # type: ignore[arg-type]
            # ... or the rest of a whole the derived sentence keeps ("arrested 27 people, 19 of them men" ->
            # "27 people, eight of them women")
            or _rest_of_a_kept_whole(d, derivations[id(d)])  # type: ignore[arg-type]
            # ... or that adds up two parts of one whole ("23 counts and two of fraud", "€34m and a further
            # €27.5m")
            or (
                f" {SUM} " in derivations[id(d)][0]  # type: ignore[index]
                and d.kind is not Kind.PERCENT  # rates add up only where the derived words say so
                and _adds_up(d, derivations[id(d)][1])  # type: ignore[index]
            )
            # a share of a whole ("1,000 jobs" from "5% of its 20,000 staff")
            or (
                f" {SUM} " not in derivations[id(d)][0]  # type: ignore[index]
                and f" {AMOUNT_OF} " not in derivations[id(d)][0]  # type: ignore[index]
                and any(p.kind in (Kind.FRACTION, Kind.PERCENT) for p in derivations[id(d)][1])  # type: ignore[index]
            )
        )
    }

    # a sum of two parts the source gives as adding up ("a fee of 42 million pounds plus up to 8 million
    # pounds" for "could reach £50m") is what the derived figure says, whatever other figure its sentence
    # resembles
    summed = {
        id(d)
        for d in lone_d
        if id(d) in derivable
        and f" {SUM} " in derivations[id(d)][0]  # type: ignore[index]
        and d.kind is not Kind.PERCENT
        and _adds_up(d, derivations[id(d)][1])  # type: ignore[index]
    }

    # points that are the difference of two source levels, in a sentence that repeats one of them ("raised
    # its forecast by 0.2 points to 2.7%" for "2.7%, up from 2.5%"): the arithmetic is what it says, not a
    # rounding of some other figure
    said_beside = {
        id(d)
        for d in lone_d
        if id(d) in derivable
        and f" {DIFFERENCE} " in derivations[id(d)][0]  # type: ignore[index]
        and _beside(d, derivations[id(d)][1], derived_figures)  # type: ignore[index]
    }

    # a length of time a derived date is counted back from ("in eight months" for "since March") is said
    # there: it did not also become another length
    counted_back = {
        id(part)
        for d in lone_d
        if id(d) in derivable and d.kind is Kind.DATE
        for part in derivations[id(d)][1]  # type: ignore[index]
        if part.kind is Kind.QUANTITY
    }

    def an_age_either_way(s_fig: Figure, d_fig: Figure) -> bool:
        """ "She was 84." and "aged 85": an age once with its unit, once without (not "25 countries", and
        not a length of time: "in 18 years")."""
        kinds, units = {s_fig.kind, d_fig.kind}, {s_fig.unit, d_fig.unit}
        if kinds != {Kind.NUMBER, Kind.QUANTITY} or units != {None, "year"}:
            return False
        if id(s_fig) in counting or id(d_fig) in counting:
            return False
        aged, text = (s_fig, source.text) if s_fig.unit == "year" else (d_fig, derived.text)
        return is_age(aged, text)

    # an amount in another currency in brackets converts its neighbour at a rate factcheck does not know: it
    # is no restatement of another figure ("€600m ($700m)" does not change the source's "€2.5 billion"),
    # only of the other side's conversion ("($2.7bn)" -> "($2.9bn)")
    exchanges = {key for key, (_, exchanged) in (converted_s | converted_d).items() if exchanged}

    def counts_another(fig: Figure, equal: Figure, is_source: bool) -> bool:
        """ "seven nominations" said where the source's seven are grandchildren: no repeat of it."""
        s_fig, d_fig = (fig, equal) if is_source else (equal, fig)
        return _count_other_things(s_fig, cs, d_fig, cd)

    # "dropped 0.1%" for "fell to 6.4% from 6.5%": a move in points said as a percent change, of no one level
    points_moves = {
        id(d): _points_said_as_percent(d, source_figures, source.as_read)
        for d in lone_d
        if not derivations[id(d)]
    }

    # a derived figure that rounds a source figure of its kind, in words it shares, restates that one and no
    # other ("almost 37,000 crossed" for "36,816 crossed ..., up 25% from 29,437")
    # ... the one that fits it best: "shed around 9% of their body weight, compared with 9% on placebo" for
    # "lost about 9.4% ..., while those on placebo lost 0.9%" rounds 9.4% once, and the other 9% is 0.9%
    rounders: dict[int, tuple[float, Figure, Figure]] = {}
    for r in lone_s:
        for d in lone_d:
            if d.kind is r.kind and d.kind is not Kind.DATE and _rounded(r, d):
                fit = similarity(r, cs, d, cd)
                if fit >= MIN_CONTEXT and fit > rounders.get(id(r), (-1.0, d, r))[0]:
                    rounders[id(r)] = (fit, d, r)

    def fits_better(a: Figure, b: Figure, than: float, by: float) -> bool:
        return a.kind is b.kind and not _rounded(a, b) and similarity(a, cs, b, cd) >= than + by

    # ... unless the words of another figure of its kind fit it far better: "will rise by 10% from April" for
    # "will raise council tax by 7.5% from April ... Last year [it] raised council tax by 9.99%" changed 7.5%;
    # or better where the rounded one's words fit another figure better too, the two changes crossing ("over
    # seven years, was jailed for eight years and six months" -> "over nine years, ... six years and eight
    # months": seven became nine, not eight and a half)
    rounds_one = {
        id(d)
        for fit, d, rounded in rounders.values()
        if not any(fits_better(r, d, fit, _FAR_BETTER) for r in lone_s)
        and not (
            any(fits_better(r, d, fit, _REPEAT_MARGIN) for r in lone_s if r is not rounded)
            and any(fits_better(rounded, other, fit, _REPEAT_MARGIN) for other in lone_d if other is not d)
        )
    }

    def shares_of_one_thing(s_fig: Figure, d_fig: Figure) -> bool:
        """Two sentences that keep another figure, with shares not said to be of two things."""
        if (s_fig.sentence, d_fig.sentence) not in anchors:
            return False
        of_s, of_d = share_of_what(s_fig, source.text), share_of_what(d_fig, derived.text)
        return of_s is None or of_d is None or of_s == of_d

    def lone_shares(figures: list[Figure]) -> Counter[int]:
        return Counter(f.sentence for f in figures if f.kind in (Kind.PERCENT, Kind.FRACTION))

    shares_left_s, shares_left_d = lone_shares(rows), lone_shares(cols)

    def only_shares_left(s_fig: Figure, d_fig: Figure) -> bool:
        """ "15% lower than a year ago, and 39% lower than in 2019" -> "down 15% on last year and down by more
        than a third on 2019": in two sentences that keep another figure, the one share left on each side is
        the same share restated, however few words are left to say so (where more than one kept figure ties
        the sentences: one kept "last year" is no rewrite of a whole sentence)."""
        return (
            shares_left_s[s_fig.sentence] == 1 == shares_left_d[d_fig.sentence]
            and anchor_support[(s_fig.sentence, d_fig.sentence)] > 1
            and shares_of_one_thing(s_fig, d_fig)
        )

    def changeable(s_fig: Figure, d_fig: Figure) -> bool:
        if id(s_fig) in counted_back and d_fig.kind is not Kind.DATE:
            return False
        if id(d_fig) in rounds_one and not _rounded(s_fig, d_fig):
            return False
        if (id(s_fig) in exchanges) != (id(d_fig) in exchanges):
            return False
        if id(s_fig) in exchanges and id(d_fig) in exchanges:
            converts = converted_d[id(d_fig)][0]
            found = derivations.get(id(converts)) if id(converts) in derivable else None
            if found is not None and any(part is converted_s[id(s_fig)][0] for part in found[1]):
                return False  # "€61.5m (£52m)" for "€34m (£29m), with up to €27.5m": the sum's own exchange
        if _converts_a_measure_in(s_fig, converted_s, d_fig.unit) or _converts_a_measure_in(
            d_fig, converted_d, s_fig.unit
        ):
            return False  # "10 meters (33 feet)" -> "15 metres": the metres changed, not the feet
        if points_moves.get(id(d_fig)) is not None:
            return False
        if _other_zone_than_its_conversion(s_fig, source.text, converted_s, d_fig, derived.text):
            return False
        if _count_and_points(s_fig, source.text, d_fig, derived.text):
            return False
        if _ranks_other_things(s_fig, source.text, d_fig, derived.text):
            return False
        if age_against_times(s_fig, source.text, d_fig, derived.text):
            return False
        if age_against_a_count(s_fig, source.text, d_fig, derived.text):
            return False  # "some 2.7 million people" did not become "over-21s"
        if level_for_move_in_points(s_fig, source.text, d_fig, derived.text):
            return False  # "fell to 2.3% from 2.6%" did not become "fell 0.4 points"
        if _move_against_a_level(s_fig, source.text, d_fig, derived.text):
            return False  # "dropped by 58,000" did not become "fell to 1.32 million"
        if _move_between_two_levels(s_fig, source_figures, source.text, d_fig, derived.text):
            return False  # "took 41 seats, up from 33" did not become "gained eight seats to 41"
        if _level_a_move_left(s_fig, source_figures, source.text, d_fig, derived.text):
            return False  # "58 million dollars, down 3 million dollars" did not become "from $61m"
        if s_fig.kind is Kind.DATE and "vague" in s_fig.qualifiers + d_fig.qualifiers:
            return False  # "within months" is no date moved from "in the next few months"
        if vaguely_restated(s_fig, d_fig) or vague_for_vague(s_fig, d_fig):
            return False  # "tens of thousands" holds 66,000, whatever else the two sentences say
        if not (
            comparable(s_fig, d_fig)
            or an_age_either_way(s_fig, d_fig)
            or multiple_against_change(s_fig, source.text, d_fig, derived.text)
            or odds_for_a_chance(s_fig, source.text, d_fig, derived.text)
        ):
            return False
        if _counts_apart(s_fig, cs, d_fig, cd):
            return False  # "1,000 migrants" did not become "21 boats"
        if _kept_as_the_whole(d_fig, s_fig) and any(
            x is not d_fig and x.sentence == d_fig.sentence and x.kind is Kind.NUMBER and not x.unit
            for x in derived_figures
        ):
            # "316 of the 465 seats" did not become "465-member" where "361 seats" beside it is the part
            return False
        if shares_of_other_things(s_fig, source.text, d_fig, derived.text):
            return False  # "two-thirds of her sentence" did not become "a third of the money"
        if (
            s_fig.kind is Kind.DATE is d_fig.kind
            and told_on(source.text, s_fig.start, s_fig.value, reach=30)
            and not _reported_on(d_fig, derived.text)
        ):
            return False  # "the Fire Brigade said on Monday" did not become "the blaze broke out on Sunday"
        if s_fig.kind is Kind.DATE is d_fig.kind and _compared_with(s_fig, source.text) != _compared_with(
            d_fig, derived.text
        ):
            return False  # "records began in 2003" did not become "a fifth more than a year earlier"
        if (
            not _similar_grain(s_fig, d_fig)
            and (not one_date_covers_the_other(s_fig, d_fig) or rival_beside(d_fig))
            and not since_against_a_period(s_fig, source.text, d_fig, derived.text)
            and not year_against_decades_counted(s_fig, d_fig)
        ):
            return False
        if not _range_near(s_fig, d_fig):
            return False
        here = None
        # a share in words and one in per cent are told apart by their words alone: only a clear fit pairs
        # them ("a third of the money" -> "about 40% of the money", not "a third of allies" -> "60% of aid")
        if (
            s_fig.kind is not d_fig.kind
            and {s_fig.kind, d_fig.kind} & {Kind.FRACTION, Kind.COUNT}
            and {s_fig.kind, d_fig.kind} & {Kind.FRACTION, Kind.PERCENT}
            and word_similarity(s_fig, cs, d_fig, cd)
            # ... or some, in two sentences that keep another figure ("closed 1.5% lower ... have fallen about
            # 13% this year" and "closed 1.5% lower ... are down about a third this year")
            < (
                0.0
                if only_shares_left(s_fig, d_fig)
                else MIN_CONTEXT
                if shares_of_one_thing(s_fig, d_fig)
                # ... or where both name their whole ("Two-thirds of voters" -> "three in four voters")
                or whole_named(s_fig, source.text) == whole_named(d_fig, derived.text) is not None
                else _CLEAR_WORDS
            )
        ):
            return False
        # (the one share left of two kept sentences is that share restated, before a derivation from afar)
        if id(d_fig) in derivable and not (
            only_shares_left(s_fig, d_fig)
            and all(part.sentence != s_fig.sentence for part in derivations[id(d_fig)][1])  # type: ignore[index]
        ):
            if any(part is s_fig for part in derivations[id(d_fig)][1]) and not (  # type: ignore[index]
                _within_bound(d_fig, s_fig) or _rounded(s_fig, d_fig) or _bound_of(d_fig, s_fig)
            ):
                return False  # "695" from "410" + "285" is their sum, not "285" changed
            if id(d_fig) in summed and not _rounded_closely(s_fig, d_fig):
                return False  # "an initial £55m, with a further £5m" is "up to £60m", not £55m rounded up
            if id(d_fig) in said_beside:
                return False
            # "seven of the nine" for "voted 7-2" is that vote, not "a cut to 5%" changed, and "by just four
            # votes, 218-214" its margin, not "three members not voting"
            if d_fig.kind in (Kind.COUNT, Kind.NUMBER) and any(
                p.kind is Kind.SCORE
                for p in derivations[id(d_fig)][1]  # type: ignore[index]
            ):
                return False
            if d_fig.kind is Kind.DATE and s_fig.kind is Kind.DATE:
                return False  # "since March" counted back from "in eight months" is not "October" moved
            if all(part.kind is Kind.TIME for part in derivations[id(d_fig)][1]):  # type: ignore[index]
                return False  # "more than six hours" from 9:15 a.m. to 3:40 p.m., not another "two hours"
            if _within_bound(d_fig, s_fig):
                return False  # "fell more than 2%" and, from the price and its move, "fell 2.3%"
            here = similarity(s_fig, cs, d_fig, cd)
            if not _rounded(s_fig, d_fig) and any(
                similarity(part, cs, d_fig, cd) > here
                for part in derivations[id(d_fig)][1]  # type: ignore[index]
                if part is not s_fig and part.kind is not Kind.DATE
            ):
                return False  # "70% of allies" from "23 of the 32 allies", not "a target of 2%" changed
            # ... but one source figure rounded ("$174 million" for "$174.2 million") is a plainer reading
            # than a sum that happens to come to it
            if here < _CLEAR_CHANGE and not _rounded(s_fig, d_fig):
                return False
        for fig, is_source in ((s_fig, True), (d_fig, False)):
            equal = equal_of.get(id(fig))
            if equal is None or _opposite_bounds(fig, equal) or counts_another(fig, equal, is_source):
                continue  # "almost seven years" does not repeat "over seven years": it can be a change
            here = here if here is not None else _role_fit(s_fig, cs, d_fig, cd)
            kept = _role_fit(fig, cs, equal, cd) if is_source else _role_fit(equal, cs, fig, cd)
            partner = matched_to.get(id(equal))
            sentences = (fig.sentence, equal.sentence) if is_source else (equal.sentence, fig.sentence)
            if (
                partner is not None
                and partner.sentence == fig.sentence
                and anchor_support[sentences] == 1
                and (s_fig.sentence, d_fig.sentence) != sentences
            ):
                # the anchor of the repeat's sentence is its own value's pairing: no evidence that the repeat
                # says that value again ("in 1994 and ... the 1994 final" for "in 1994. ... the 1993 final")
                kept -= ANCHOR_BONUS
            other = d_fig if is_source else s_fig
            lone_other = id(other) not in equal_of  # two spare repeats are no change of each other
            margin = 0.0 if id(fig) in spare_repeats and lone_other else _REPEAT_MARGIN
            if _end_said_for_base(s_fig, equal, d_fig, cs, cd) and not is_source:
                margin = -2 * _REPEAT_MARGIN  # "four cuts in 2025, up from three" -> "three cuts next year"
            if is_source and id(fig) in displaced_s_ids:
                margin = -_REPEAT_MARGIN  # "raising an earlier toll of 14": the value kept as an earlier one
            if not is_source and _ranks_as_the_rival(d_fig, derived.text, s_fig, equal, source.text):
                # "the fourth manager" kept from "for a fourth time", where the source's "fifth manager" ranks
                # what it ranks now: a rival that fits at all takes it
                margin = -_REPEAT_MARGIN
            if here <= kept + margin:
                return False
        return True

    # "Iran hosts 3.8 million, followed by Turkey with 3.3 million" -> "Iran hosts 3.8 million, ahead of
    # Turkey with 3.8 million": a value the other side says once, and that once is better said by another
    # repeat of it, leaves this repeat spare; a better fit for a change is enough to take it
    matched_to = {
        id(f): (p.source if f is p.derived else p.derived)
        for p in pairings
        if p.status is Status.MATCHED and p.source is not None and p.derived is not None
        for f in (p.source, p.derived)
    }

    def spare(repeat: Figure, other: Figure, is_source: bool) -> bool:
        partner = matched_to.get(id(other))
        if partner is None:
            return False
        if is_source:
            return _role_fit(partner, cs, other, cd) > _role_fit(repeat, cs, other, cd)
        return _role_fit(other, cs, partner, cd) > _role_fit(other, cs, repeat, cd)

    spare_repeats = {id(r) for r, other in repeats_s if spare(r, other, True)}
    spare_repeats |= {id(r) for r, other in repeats_d if spare(r, other, False)}

    # the same two or more digits of one kind and unit at another magnitude ("2.8%" -> "28%") are one figure
    # slipped before any other change the words suggest ("nearly tripled" -> "28%")
    changes = _slips(lone_s, cs, lone_d, cd, [], changeable, clear_only=True)
    slipped_s, slipped_d = {i for i, _ in changes}, {j for _, j in changes}
    changes += [
        (i, j) for i, j in assign(rows, cs, cols, cd, changeable) if i not in slipped_s and j not in slipped_d
    ]
    changes += _slips(lone_s, cs, lone_d, cd, changes, changeable)
    # a date paired with one that covers it ("since January" -> "this year") was restated, not moved
    pairings.extend(
        Pairing(
            # ... and a value said once with its unit and once without is the same value ("by the age of
            # five" and "by five")
            Status.MATCHED
            if one_date_covers_the_other(rows[i], cols[j])
            or same_value_one_unit(rows[i], cols[j])
            # ... and a chance said as a share and as odds against ("one in 140 million", "140m to one")
            or odds_for_a_chance(rows[i], source.text, cols[j], derived.text)
            # ... and so is one measure said exactly in another unit ("three decades" and a second "30 years")
            or _exactly_converted(rows[i], cols[j])
            else Status.CHANGED,
            rows[i],
            cols[j],
        )
        for i, j in changes
    )
    used_rows = {i for i, _ in changes}
    used_cols = {j for _, j in changes}
    left_over_d: list[Figure] = []
    left_over_s: list[Figure] = []
    for k, (repeat, other) in enumerate(repeats_s):
        if len(lone_s) + k in used_rows:
            continue
        if counts_another(repeat, other, True):
            # "held down by two hurricanes" is no repeat of "its second straight reduction": it was dropped
            left_over_s.append(repeat)
        else:
            pairings.append(Pairing(Status.MATCHED, repeat, other))
    derived_repeats: list[Figure] = []
    for k, (repeat, other) in enumerate(repeats_d):
        if len(lone_d) + k in used_cols:
            continue
        if other_measures(other, cs, repeat, cd) is not None or counts_another(repeat, other, False):
            # "killing at least 20 people and injuring more than 20" where the source's 20 are the dead
            left_over_d.append(repeat)
        elif (found := _derived_repeat(repeat, other, source_figures, source, cs, cd)) is not None:
            # "gained 19 million subscribers, double what Wall Street had forecast ... profit almost doubled"
            # for "18.9 million, far more than the 9.2 million expected ... net income more than doubled":
            # the first "double" is the ratio of the figures beside it, not the profit's said again
            derivations[id(repeat)] = found
            derived_repeats.append(repeat)
        else:
            pairings.append(Pairing(Status.MATCHED, other, repeat))
    left_s = [f for i, f in enumerate(lone_s) if i not in used_rows]
    left_d = [f for j, f in enumerate(lone_d) if j not in used_cols]
    left_s = _once_per_value(left_s, {value_key(p.source) for p in pairings if p.source and p.derived})
    left_s += left_over_s  # a value kept elsewhere, but not in this role
    left_d = _once_per_value(left_d, {value_key(p.derived) for p in pairings if p.source and p.derived})
    for k, (moved, kept) in enumerate(displaced):
        if len(lone_d) + len(repeats_d) + k in used_cols:
            if any(p.source is kept and p.derived is not None for p in pairings):
                continue  # ... kept by its other mention
            left_s.append(kept)  # its value now stands where another figure was: it was itself dropped
        else:
            pairings.append(Pairing(Status.MATCHED, kept, moved))
    # ... and a kept value whose counterpart another figure took may itself have changed, to a figure still
    # left ("for a fourth time ... the fifth manager" -> "a third Golden Boot ... the fourth manager")
    orphans = [f for f in left_s if any(f is kept for _, kept in displaced)]
    if orphans and left_d:
        found = assign(
            orphans,
            cs,
            left_d,
            cd,
            lambda a, b: a.kind is b.kind and comparable(a, b) and not _counts_apart(a, cs, b, cd),
        )
        pairings.extend(Pairing(Status.CHANGED, orphans[i], left_d[j]) for i, j in found)
        taken = {id(orphans[i]) for i, _ in found} | {id(left_d[j]) for _, j in found}
        left_s = [f for f in left_s if id(f) not in taken]
        left_d = [f for f in left_d if id(f) not in taken]
    # a source value the derived text moved to another role is still said there, changed or not
    pairings.extend(Pairing(Status.MATCHED, moved, kept) for moved, kept in displaced_s)
    # A figure whose very words stand in the source was not invented: where the source reads no figure
    # ("Euro 2016" is a name there, "euro 2016" in a lower-cased summary) or where they end a source figure
    # ("a 1m project" for "a £1m project"). Words that begin another figure there are not these: "at the
    # age of 10" is not the "10" of "for 10 minutes".
    still_left_d = []
    for fig in left_d:
        written, ending = _written_in(fig, source.text, source_figures)
        if not written:
            still_left_d.append(fig)
        elif ending is not None and any(s is ending for s in left_s):
            pairings.append(Pairing(Status.MATCHED, ending, fig))
            # ... and its value, now said, is reported once however often the source repeats it
            left_s = [s for s in left_s if s is not ending and value_key(s) != value_key(ending)]
        else:
            pairings.append(Pairing(Status.MATCHED, None, fig))  # kept, its words the source's: not lost
    left_d = still_left_d + left_over_d + derived_repeats
    # "climbed 3% year on year ... 80.9% more than a year earlier" for one "from a year earlier": a comparison
    # the derived text says twice, kept once, is said again (as a repeated value is)
    kept_dates_d = [
        (p.source, p.derived) for p in pairings if p.source and p.derived and p.derived.kind is Kind.DATE
    ]
    for fig in [f for f in left_d if f.kind is Kind.DATE and "unresolved" in f.qualifiers]:
        twin = next((kept for kept, said in kept_dates_d if same_count_back_said(fig, said)), None)
        if twin is not None:
            pairings.append(Pairing(Status.MATCHED, twin, fig))
            left_d = [f for f in left_d if f is not fig]
    derivations.update((id(d), None) for d in left_over_d)  # its value is the source's: no arithmetic
    # "almost 12 years ago, in March 2013": a count of years said beside the date it counts back to, which the
    # source gives, says that date again
    kept_dates = [
        (p.source, p.derived) for p in pairings if p.source and p.derived and p.derived.kind is Kind.DATE
    ]
    for d in [d for d in left_d if d.kind is Kind.DATE and not derivations.get(id(d))]:
        said = next(
            (s for s, k in kept_dates if k.sentence == d.sentence and same_year_counted(d, k)),  # type: ignore[union-attr]
            None,
        )
        if said is not None:
            pairings.append(Pairing(Status.MATCHED, said, d))
            left_d = [f for f in left_d if f is not d]
    # "one month after the crash" said "a month after the crash": one unit of time, in words no figure reads
    said_with_an_article = [s for s in left_s if one_unit_said_with_an_article(s, cs.doc.text, derived.text)]
    pairings.extend(Pairing(Status.MATCHED, s, None) for s in said_with_an_article)
    left_s = [s for s in left_s if not any(s is t for t in said_with_an_article)]
    # "the world's fourth-largest economy" -> "the world's largest economy": a rank dropped before its
    # superlative claims the top, in the sentence that rewrites it
    for s_fig in [s for s in left_s if s.kind is Kind.ORDINAL]:
        top = _top_claimed(s_fig, cs, derived)
        if top is not None:
            pairings.append(Pairing(Status.CHANGED, s_fig, top))
            left_s = [s for s in left_s if s is not s_fig]
    # ... and the other way: "the largest" -> "the second-largest"
    for d_fig in [d for d in left_d if d.kind is Kind.ORDINAL]:
        top = _top_claimed(d_fig, cd, source)
        if top is not None:
            pairings.append(Pairing(Status.CHANGED, top, d_fig))
            left_d = [d for d in left_d if d is not d_fig]

    # "sales for the weekend" as "Weekend sales", "30 days" as "a month", in the sentence that rewrites it
    kept_together = {(p.source.sentence, p.derived.sentence) for p in pairings if p.source and p.derived}
    # (... and a figure derived from a source sentence's figures rewrites that sentence: "142mm ... in 24
    # hours, more than ... 98mm" as "one and a half times a typical March's rainfall ... in a single day")
    kept_together |= {
        (part.sentence, d.sentence)
        for d in left_d
        if (found := derivations.get(id(d))) is not None
        for part in found[1]
    }
    # ... or merges with the sentence beside it ("The bill passed 34 votes to 19. It gives them a year" ->
    # "The bill passed 34-19, giving them 12 months"), where that one keeps nothing of its own
    kept_s = {i for i, _ in kept_together}
    kept_d = {j for _, j in kept_together}
    kept_together |= {
        (i + step, j) for i, j in kept_together for step in (-1, 1) if i + step not in kept_s
    } | {(i, j + step) for i, j in kept_together for step in (-1, 1) if j + step not in kept_d}
    # the spans of the sentences that rewrite each sentence of one side, on the other
    rewritten_in: dict[int, list[tuple[int, int]]] = defaultdict(list)
    rewrites: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for i, j in sorted(kept_together | cs.between.keys()):
        if 0 <= i < len(source.sentences) and 0 <= j < len(derived.sentences):
            rewritten_in[i].append(derived.sentences[j])
            rewrites[j].append(source.sentences[i])

    named_in_words = [
        s
        for s in left_s
        if period_named_in_words(s, derived.text, rewritten_in[s.sentence], derived_figures)
        or one_unit_of_time_said(s, derived.text, rewritten_in[s.sentence], derived_figures)
    ]
    pairings.extend(Pairing(Status.MATCHED, s, None) for s in named_in_words)
    left_s = [s for s in left_s if not any(s is t for t in named_in_words)]
    # ... and the other way: "a year to work out how" rewritten "12 months to work out how"
    said_in_words = [
        d for d in left_d if one_unit_of_time_said(d, source.text, rewrites[d.sentence], source_figures)
    ]
    pairings.extend(Pairing(Status.MATCHED, None, d) for d in said_in_words)
    left_d = [d for d in left_d if not any(d is t for t in said_in_words)]
    # ... nor is the part of a count whose whole was kept beside it ("the seventh time in nine" for "seven of
    # their nine"): it is the count's part, said again
    kept_parts = {
        (p.derived.sentence, p.source.value)
        for p in pairings
        if p.source is not None
        and p.derived is not None
        and p.source.kind is Kind.COUNT
        and p.derived.kind is Kind.NUMBER
        and p.derived.value == p.source.total
    }
    left_d = [f for f in left_d if (f.sentence, f.value) not in kept_parts]
    # ... nor a number of points that says again a source figure in (basis) points kept elsewhere: "cut by 50
    # basis points" and "a half-point cut", restated "cut by 0.5 percentage points" and "a 50-point cut"
    said_again = {
        id(d): s_fig
        for d in left_d
        for s_fig in source_figures
        if d.kind is Kind.NUMBER and points_restate(s_fig, d)
    }
    pairings.extend(Pairing(Status.MATCHED, said_again[id(d)], d) for d in left_d if id(d) in said_again)
    left_d = [d for d in left_d if id(d) not in said_again]
    # a period that holds a date the derived text keeps: "Barnier was ousted ... last week" beside "collapsed
    # on Dec. 4" says when again, in other words
    dates_kept = [
        p for p in pairings
        if p.status is Status.MATCHED and p.source is not None and p.derived is not None
        and p.source.kind is Kind.DATE
    ]  # fmt: skip
    kept_dates = [p.source for p in dates_kept if span(p.source.value) is not None]  # type: ignore[union-attr]

    # "in September and October" said "the previous two months": dates listed in one sentence, each inside a
    # period the derived text pairs with one of them
    spans_kept = [p for p in dates_kept if p.derived.low is not None]  # type: ignore[union-attr]
    listed_in = {
        id(s_fig): p.derived
        for s_fig in left_s
        if s_fig.kind is Kind.DATE
        for p in spans_kept
        if _LIST_JOIN.fullmatch(_between(source.text, p.source, s_fig))  # type: ignore[arg-type]
        and _holds(p.derived, s_fig)  # type: ignore[arg-type]
    }
    pairings.extend(
        Pairing(Status.MATCHED, s_fig, listed_in[id(s_fig)]) for s_fig in left_s if id(s_fig) in listed_in
    )
    left_s = [s_fig for s_fig in left_s if id(s_fig) not in listed_in]
    numeric_left = [
        s
        for s in left_s
        if ((s.kind in _COUNTABLE and not (s.kind is Kind.NUMBER and s.unit)) or s.kind in _MEASURED)
        and "vague" not in s.qualifiers  # "dozens still missing" is no precise figure that "most" made vague
    ]
    source_vague = [f for f in source_figures if f.kind is Kind.VAGUE]
    new_vague = [v for v in vague if not _said_before(v, cd, source_vague, cs)]
    # "23 of the 32 allies" said "most of the 32 allies": the whole was kept and the part made vague; not
    # when the part is kept too ("142 seats, nine short of a majority of the 300-seat chamber")
    parts_kept = {
        id(p.source)
        for p in pairings
        if p.status is Status.MATCHED
        and p.source is not None
        and p.derived is not None
        and p.source.kind is Kind.COUNT
        and p.derived.value == p.source.value
    }
    for p in list(pairings):
        if (
            p.status is Status.MATCHED
            and p.source is not None
            and p.source.kind is Kind.COUNT
            and p.derived
            and id(p.source) not in parts_kept
        ):
            word = vague_before(p.derived, derived_figures, derived.text)
            if word is not None and word in new_vague and p.derived.value == p.source.total:
                pairings.append(Pairing(Status.OMITTED, p.source, word))
                new_vague = [v for v in new_vague if v is not word]
    # "Twenty-three of the 32 ... met the guideline, but a third still do not" -> "many members still fall
    # short": a vague word stands for the figure said of the same side, met or not
    vagued = assign(
        numeric_left,
        cs,
        new_vague,
        cd,
        lambda s, v: (
            said_as_not(s, source.text) == said_as_not(v, derived.text)
            # "many" stands for how many, "a six-figure sum" for any amount of six digits
            and (s.kind not in _MEASURED or str(v.value).endswith(("-figure", "-digit")))
        ),
    )
    vague = new_vague
    replaced = {numeric_left[i].start: vague[j] for i, j in vagued}
    restated: set[int] = set()  # source figures a derived figure restates ("23 of 32" as "72%")
    for d in left_d:
        derived_from = derivations[id(d)]
        if d.kind is Kind.CODE and (named := code_in_words(d, source.text)) is not None:
            # "formula 1" for "Formula One", "T20" for "Twenty20": the source's name, written another way
            pairings.append(Pairing(Status.ADDED, None, d, f"{d.surface} is {named} in the source"))
            continue
        counted_from = _start_of_a_unit_said(d, source, derived.text) if derived_from is None else None
        if counted_from is not None:
            # "fell three points since last month" for "down three points in a month"
            pairings.append(Pairing(Status.ADDED, None, d, f"{d.surface} {counted_from}"))
            continue
        if derived_from is None and d.kind is Kind.DATE and source.date and str(d.value) == source.date:
            # "said on Monday" in a rewrite of a story dated that Monday: the source's own date supports it
            pairings.append(
                Pairing(Status.ADDED, None, d, f"{d.surface} is the source's date ({source.date})")
            )
            continue
        if (
            derived_from is None
            and d.kind is Kind.DATE
            and source.date
            and covers(d.value, source.date)
            and not _COUNTED_SPAN.search(d.surface)  # "the past 10 years" holds any day: it supports nothing
        ):
            # ... as it does the week, month or year it falls in ("earlier in the week" for a Saturday story)
            pairings.append(
                Pairing(Status.ADDED, None, d, f"{d.surface} holds the source's date ({source.date})")
            )
            continue
        base_of = None if derived_from else _base_of_a_kept_move(d, pairings, source_figures, source, derived)
        if base_of is not None:
            # "rose 20% to 516,971" said "516,971, a fifth more than a year earlier": a yearly change's base
            pairings.append(Pairing(Status.ADDED, None, d, f"{d.surface} is the base of {base_of.surface}"))
            continue
        held = [s_fig for s_fig in kept_dates if _holds(d, s_fig)] if derived_from is None else []
        if held and d.kind is Kind.DATE:
            pairings.append(Pairing(Status.ADDED, held[0], d, f"{d.surface} holds {held[0].surface}"))
            continue
        if (
            derived_from is None
            and d.kind is Kind.DATE
            and derived.date
            and str(d.value) == derived.date
            and not any(c.isdigit() for c in d.surface)
        ):
            # "officials said on Sunday" in a revision dated that Sunday: the day it reports from (a date in
            # figures may be where the text's date was read from, and supports nothing)
            pairings.append(
                Pairing(Status.ADDED, None, d, f"{d.surface} is the derived text's own date ({derived.date})")
            )
            continue
        points = points_moves.get(id(d)) if derived_from is None else None
        if points is not None:
            pairings.append(Pairing(Status.CHANGED, points, d))  # FC109: "fell 0.1%" for 6.5% -> 6.4%
            continue
        if derived_from is None:
            pairings.append(Pairing(Status.ADDED, None, d))
            continue
        how, parts = derived_from
        single = parts[0] if len(parts) == 1 else None
        if single is not None:
            restated.add(single.start)
        elif f" {GIVE_OR_TAKE} " in how:
            restated.update(p.start for p in parts)  # "$37.5 billion, plus or minus 2%" said as its range
        elif any(
            f" {op} " in how
            for op in (DIFFERENCE, SUM, RATIO, SHARE, CHANGE, BEFORE_THE_CHANGE, YEARS_OF, LATER, PER_YEAR)
        ) and (beside := _beside(d, parts, derived_figures)):
            # "fell 2 points to 27%" for "slipped to 27% from 29%", "$150,000, including a $50,000 bonus" for
            # "$100,000, boosted by a $50,000 bonus", "tripled to $2bn" for "$2 billion, up from $700
            # million", "to $300m from $100m" for "tripled to $300m": the part it does not name is said with
            # the one it does ("$2bn a year for five years" for "$10 billion over five years")
            restated.update(p.start for p in parts if p not in beside)
        elif (
            d.kind not in (Kind.FRACTION, Kind.PERCENT)
            and len(parts) == 2
            and parts[1].kind in (Kind.FRACTION, Kind.PERCENT)
            and (
                _beside(d, parts[:1], derived_figures)
                or (amount_of_a_share(how, parts) and any(p.source is parts[0] for p in pairings))
            )
        ):
            # "about 120,000 people, roughly half of them in Wolfsburg" -> "120,000 employees, about 60,000 of
            # them in Wolfsburg": the share said as the amount it makes of the whole kept beside it, or kept
            # elsewhere ("jailed for 14 years ... must serve two-thirds of it" -> "sentenced to 14 years ...
            # will serve at least nine years and four months")
            restated.add(parts[1].start)
        # "cut ... by more than 20%, to 395,000 from a planned 500,000" -> "a cut of 21%": the bound the
        # source put on the change it gives the ends of, said exactly
        restated.update(b.start for b in left_s if _bound_said_exactly(b, d, parts))
        pairings.append(Pairing(Status.ADDED, single, d, how))
    restated.update(d.start for d in _ends_of_a_period_kept(left_s, pairings, source.text))
    restated.update(d.start for d in _year_backs_said_by_a_year_to(left_s, pairings))
    headline = headline_end(source.text)
    restated.update(s.start for s in _roundings_of_a_figure_kept(left_s, pairings, headline))
    restated.update(s.start for s in _totals_of_kept_parts(left_s, pairings, source.text))
    restated.update(s.start for s in _headline_date_said_of_the_story(left_s, pairings, headline))
    pairings.extend(
        Pairing(Status.OMITTED, s, replaced.get(s.start)) for s in left_s if s.start not in restated
    )
    pairings = _swapped(pairings, cs, source_figures, cd, derived_figures)
    pairings = _date_moved_beside_a_kept_value(pairings, cs, source_figures, cd, derived_figures)
    pairings = [_bound_dropped(p, source.text, derived.text) for p in pairings]
    pairings = [_day_of_reporting(p, source, derived) for p in pairings]
    pairings = [_age_changed(p, source, derived) for p in pairings]
    pairings = _quotes_left_out(pairings, source, derived)
    pairings = _with_wholes_added(pairings, source_figures, source.text)
    return sorted(_with_conversions(pairings, converted_s, converted_d), key=_order)


_WHOLE_AT_END = re.compile(r"(?:\d[\d,.]*|[A-Za-z-]+)$")


def _with_wholes_added(
    pairings: list[Pairing], source_figures: Sequence[Figure], source_text: str
) -> list[Pairing]:
    """ "won 411 seats" said "won 411 of the 600 seats": the part kept, and a whole that no source figure
    gives, added as any figure is; but where the source gave the part against a whole in other words ("4 goals
    in 45 appearances" said "four times in 54 games"), that whole, left unpaired, is what changed."""
    given = {f.value for f in source_figures if isinstance(f.value, float)}
    given |= {f.total for f in source_figures if f.total}
    # ... or a vote's sides make ("voted 7-2" for "two of the nine members")
    given |= {
        float(sum(int(side) for side in str(f.value).split("-")))
        for f in source_figures
        if f.kind is Kind.SCORE and re.fullmatch(r"\d+-\d+", str(f.value))
    }
    omitted = {id(p.source) for p in pairings if p.status is Status.OMITTED and p.source is not None}
    added, changed = [], {}
    for p in pairings:
        s, d = p.source, p.derived
        if p.status is not Status.MATCHED or s is None or d is None or s.kind is not Kind.NUMBER:
            continue
        if d.kind is not Kind.COUNT or not d.total or d.total in given or s.value != d.value:
            continue
        tail = _WHOLE_AT_END.search(d.surface)
        if tail is None:
            continue
        whole = Figure(Kind.NUMBER, d.total, tail.group(), d.start + tail.start(), d.end, d.sentence)
        was = next(
            (
                f
                for f in source_figures
                if id(f) in omitted
                and id(f) not in changed
                and f.sentence == s.sentence
                and f.kind is Kind.NUMBER
                and not f.unit
                and _PART_IN_WHOLE.fullmatch(source_text, s.end, f.start)
            ),
            None,
        )
        if was is not None:
            changed[id(was)] = Pairing(Status.CHANGED, was, whole)
        else:
            added.append(Pairing(Status.ADDED, None, whole))
    return [changed.get(id(p.source), p) for p in pairings] + added


# the words between a part and the whole it is counted against: "4 goals in 45 appearances", "3 wins from 10"
_PART_IN_WHOLE = re.compile(
    r"(?i)(?:\s+[a-z]+){0,2}\s+(?:in|of|from|out\s+of)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
)


# words that say a bare number is the length of a run: "extending a streak of ... to 19"
_RUN_BEFORE = re.compile(r"(?i)\b(?:streak|run|consecutive|straight|in\s+a\s+row)\b[^.;]*$")


def _compared_with(fig: Figure, text: str) -> bool:
    """Whether a date counted back from the story is the base a change is measured against ("a fifth more
    than a year earlier", "up 3% from a year ago"), which a date of an event is not."""
    return (
        "bound" not in fig.qualifiers  # ("more than six decades ago" bounds a day, and compares nothing)
        and bool(_COUNTED_BACK_END.search(fig.surface))
        and bool(_COMPARED_WITH_BEFORE.search(text, max(0, fig.start - 20), fig.start))
    )


def _base_of_a_kept_move(
    d: Figure,
    pairings: Sequence[Pairing],
    source_figures: Sequence[Figure],
    source: Document,
    derived: Document,
) -> Figure | None:
    """The source's move that a derived "a year earlier" is the base of: a change kept in the words before
    it in its sentence ("a fifth more than a year earlier"), which the source says as a move ("rose 20%")."""
    if d.kind is not Kind.DATE or not _A_YEAR_BACK.fullmatch(d.surface):
        return None
    if not _compared_with(d, derived.text):
        return None
    source_text = source.text
    move = next(
        (
            p.source
            for p in pairings
            if p.source is not None
            and p.derived is not None
            and p.derived.sentence == d.sentence
            and p.derived.end <= d.start
            and (said_as_a_move(p.source, source_text) or annual_rate(p.source, source_text))
        ),
        None,
    )
    if move is None:
        return None
    # ... where the source gives the change no longer span of its own ("risen 57% over the past two years",
    # "up 40% since 2020")
    longer = any(
        f.kind is Kind.DATE
        and f.sentence == move.sentence
        and (
            _COUNTED_SPAN.search(f.surface) or SINCE_BEFORE.search(source_text, max(0, f.start - 24), f.start)
        )
        for f in source_figures
    )
    return None if longer else move


_A_YEAR_BACK = re.compile(r"(?i)(?:a|one)\s+year\s+(?:earlier|ago|before)")
_COUNTED_BACK_END = re.compile(r"(?i)\b(?:earlier|ago|before|previously)$")
_COMPARED_WITH_BEFORE = re.compile(r"(?i)\b(?:than|from|on|over|compared\s+with|against|versus|vs\.?)\s+$")


def _age_changed(p: Pairing, source: Document, derived: Document) -> Pairing:
    """ "died aged 91" -> "died aged 90": an age is exact, so a changed one is noted as an age, which no
    rounding rule takes."""
    if (
        p.status is Status.CHANGED
        and p.note is None
        and p.source is not None
        and p.derived is not None
        and is_age(p.source, source.text)
        and is_age(p.derived, derived.text)
    ):
        return Pairing(Status.CHANGED, p.source, p.derived, AGE_CHANGED)
    return p


# the share of a quotation's words the derived text must keep somewhere for the quotation to stand there
_QUOTE_KEPT = 0.3


def _quotes_left_out(pairings: list[Pairing], source: Document, derived: Document) -> list[Pairing]:
    """Quoted figures dropped with their whole quotation (a summary quotes no one): few of the quotation's
    words stand anywhere in the derived text. Dropped from a quotation the rewrite keeps or paraphrases ("It
    will take 10 or 15 years" -> "would take a long time") it is the quotation altered."""
    derived_words: set[str] | None = None  # read once, and only for a story that drops a quoted figure
    out = []
    for p in pairings:
        quote = (
            next((q for q in source.quotes if q[0] <= p.source.start and p.source.end <= q[1]), None)
            if p.status is Status.OMITTED
            and p.derived is None
            and p.source
            and "quoted" in p.source.qualifiers
            else None
        )
        if quote is not None:
            words = set(content_words(source.text[quote[0] : quote[1]]))
            derived_words = derived_words if derived_words is not None else set(content_words(derived.text))
            if words and len(words & derived_words) < _QUOTE_KEPT * len(words):
                p = Pairing(Status.OMITTED, p.source, None, QUOTE_LEFT_OUT)
        out.append(p)
    return out


def _day_of_reporting(p: Pairing, source: Document, derived: Document) -> Pairing:
    """ "officials said Wednesday" in a story dated Wednesday, revised as "officials said on Thursday" in a
    version dated Thursday: each version's day of reporting, which moves with it, not a date it changed."""
    s, d = p.source, p.derived
    if (
        p.status is not Status.CHANGED
        or s is None
        or d is None
        or s.kind is not Kind.DATE
        or d.kind is not Kind.DATE
        or source.date is None
        or derived.date is None
        or source.date == derived.date
        or str(s.value) != source.date
        or str(d.value) != derived.date
    ):
        return p
    if _reported_on(s, source.text) and _reported_on(d, derived.text):
        return Pairing(Status.MATCHED, s, d)
    return p


def _reported_on(day: Figure, text: str) -> bool:
    """ "officials said Wednesday", "rose to 158 on Thursday, officials said": a day a report was made; and
    the day a running count stands at its latest ("the death toll rose above 5,000 on Tuesday"), which a
    revision a day later moves with it."""
    return bool(
        TOLD_ON_BEFORE.search(text, max(0, day.start - 30), day.start)
        # (not a day something starts or ends on: "will rise 3% from November 1, Ofgem said")
        or (
            _REPORTED_ON_AFTER.match(text, day.end)
            and not _SPAN_END_BEFORE.search(text, max(0, day.start - 12), day.start)
        )
        or _COUNT_STOOD_BEFORE.search(text, max(0, day.start - 50), day.start)
    )


_SPAN_END_BEFORE = re.compile(r"(?i)\b(?:from|since|until|till|through|by|before|after|starting)\s+$")


# "rose above 5,000 on Tuesday", "climbed to 158 on Thursday": a count's level on the day it is told
_COUNT_STOOD_BEFORE = re.compile(
    r"(?i)\b(?:rose|risen|climbed|jumped|reached|passed|topped|surpassed|stood|hit)\s+(?:to\s+|above\s+|at\s+"
    r"|past\s+|beyond\s+)?(?:more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|almost\s+|about\s+)?[\d,.]+"
    r"(?:\s+\w+)?\s+(?:on\s+)?$"
)


_REPORTED_ON_AFTER = re.compile(r"(?i),?\s+(?:\w+\s+){0,3}(?:said|say|says|announced|reported|confirmed)\b")
_BOUNDS_KEPT_ALONE = {Kind.DATE, Kind.TIME, Kind.CODE, Kind.ORDINAL, Kind.VAGUE}


def _bound_dropped(p: Pairing, source_text: str, derived_text: str) -> Pairing:
    """A kept value the source bounds and the derived text states as exact ("at least 17 injured" -> "17
    were hurt"): a floor or a ceiling said as the figure itself. Not under a negation or a rule ("licensed
    to carry no more than 250" -> "allowed to carry 250"), where the bound is what the rule says."""
    s, d = p.source, p.derived
    if (
        p.status is not Status.MATCHED
        or s is None
        or d is None
        or s.kind in _BOUNDS_KEPT_ALONE
        or s.kind is not d.kind
        or (s.value != d.value and not _exactly_converted(s, d))
        or "bound" not in s.qualifiers
        or {"bound", "approx", "vague"} & set(d.qualifiers)
        or _RULE_OR_NEGATION_BEFORE.search(source_text, max(0, s.start - 50), s.start)
        or _RULE_OR_NEGATION_BEFORE.search(derived_text, max(0, d.start - 50), d.start)
        # "raising an earlier toll of 14": the value quoted as it stood, not restated
        or _EARLIER_VALUE_BEFORE.search(derived_text, max(0, d.start - 40), d.start)
        # ... as is the base a later count moved from: "rose to 1,002, up from 144" for "at least 144"
        or _MOVED_FROM_BEFORE.search(derived_text, max(0, d.start - 12), d.start)
    ):
        return p
    side = "floor (at least it)" if "above" in s.qualifiers else "ceiling (at most it)"
    return Pairing(Status.CHANGED, s, d, f"{BOUND_DROPPED} {side}, now said as exact")


def _measure_repeated(fig: Figure, figures: Sequence[Figure]) -> Figure | None:
    """The measure of the same value, in its sentence or the one before, that a bare number repeats."""
    if fig.kind is not Kind.NUMBER or fig.unit is not None or not isinstance(fig.value, float):
        return None
    return next(
        (
            g
            for g in figures
            if g.kind is Kind.QUANTITY
            and g.value == fig.value
            and g.end <= fig.start
            and 0 <= fig.sentence - g.sentence <= 1
        ),
        None,
    )


def _base_or_level(role: str | None, fig: Figure, text: str) -> str:
    """ "down from 1.1%", "raised to 0.3% from 0.1%": a base where a move or a level said before the "from"
    makes it one; "data from 29 studies" is where they came from, a level like any figure."""
    if role != "from":
        return "level"
    return "base" if _MOVE_BEFORE_FROM.search(text, max(0, fig.start - 60), fig.start) else "level"


# a value said of an earlier time, right after it: "the 95.3% level of a year ago", "3.2% a year earlier"
_EARLIER_TIME_AFTER = re.compile(
    r"(?i)(?:\s+[a-z]+){0,2}?\s+(?:of\s+|in\s+)?(?:(?:a|one)\s+(?:year|month|week)\s+(?:ago|earlier|before)"
    r"|(?:last|the\s+previous)\s+(?:year|month|week))\b"
)
_MOVE_BEFORE_FROM = re.compile(
    r"(?i)(?:\b(?:"
    + "|".join(table("text")["rise_words"].split() + table("text")["fall_words"].split())
    + r"|compared|against|revised|lowered|changed|higher|lower|more|less|fewer)\b|\d%?)"
    + r"[^.;:!?]*\bfrom\b[^.;:!?]*$"
)


def _swapped(
    pairings: list[Pairing],
    cs: Context,
    source_figures: Sequence[Figure],
    cd: Context,
    derived_figures: Sequence[Figure],
) -> list[Pairing]:
    """Two values kept but swapped between the times they are of: "shrank 0.2% in 2024 ... fell 0.3% in
    2023" rewritten "shrinking 0.3% in 2024, after a 0.2% decline in 2023"; between the ends of a change:
    "expects 0.3%, down from a previous forecast of 1.1%" rewritten "forecasts 1.1%, down from 0.3%"; or
    between the nouns they count. Each value is said, so each found its equal; the dates they stand beside,
    the end of the change they are or the noun after them say which figure is which, and both changed."""
    source_time = _times(source_figures, cs.doc.text)
    derived_time = _times(derived_figures, cd.doc.text)
    source_rates = _ends_of_rates(source_figures, cs.doc.text)
    derived_rates = _ends_of_rates(derived_figures, cd.doc.text)
    # (source tag, derived tag, whether the two source figures must share a sentence)
    tags: list[tuple[Callable[[Figure], object], Callable[[Figure], object], bool]] = [
        (lambda f: source_time.get(id(f), _NO_TAG), lambda f: derived_time.get(id(f), _NO_TAG), False),
        # the roles alignment already read, cached: a base ("from") against a level, which the end of a
        # change and a figure of no change both are ("rose to 79.1 trillion won" and "to a record 79.1tn
        # won", where "a record" hides the role, are one level); the two ends of one change are said
        # together ("to 0.3%, down from 1.1%"), not a growth rate in one sentence and a bank rate in another
        (
            lambda f: _base_or_level(cs.role(f), f, cs.doc.text),
            lambda f: _base_or_level(cd.role(f), f, cd.doc.text),
            True,
        ),
        # ... or between the nouns they count: "12 rebounds and 11 assists" -> "11 rebounds and 12 assists",
        # or measure: "a magnitude 7.8 earthquake ... a 7.5-magnitude aftershock" -> "a 7.5-magnitude
        # earthquake ... a magnitude 7.8 aftershock"
        (
            lambda f: counted_noun(f, cs.doc.text) or noun_measured(f, cs.doc.text) or _NO_TAG,
            lambda f: counted_noun(f, cd.doc.text) or noun_measured(f, cd.doc.text) or _NO_TAG,
            False,
        ),
        # ... or between the two ends of a rate: "27 goals in 41 games" -> "41 times in 27 matches"
        (
            lambda f: source_rates.get(id(f), _NO_TAG),
            lambda f: derived_rates.get(id(f), _NO_TAG),
            True,
        ),
    ]
    kept = [
        p
        for p in pairings
        if p.status is Status.MATCHED
        and p.source is not None
        and p.derived is not None
        and p.source.kind is not Kind.DATE
    ]
    swaps: dict[int, Pairing] = {}
    for tag_s, tag_d, together in tags:
        # (source tag, derived tag) of each kept pair; only pairs whose two tags differ can be half a swap
        tagged = [(p, tag_s(p.source), tag_d(p.derived)) for p in kept]  # type: ignore[arg-type]
        tagged = [(p, ts, td) for p, ts, td in tagged if _NO_TAG not in (ts, td) and ts != td]
        for i, (first, s1, d1) in enumerate(tagged):
            for second, s2, d2 in tagged[i + 1 :]:
                if id(first) in swaps or id(second) in swaps:
                    continue
                a, b = first.source, second.source
                if a.kind is not b.kind or a.unit != b.unit or value_key(a) == value_key(b):  # type: ignore[union-attr]
                    continue
                if together and a.sentence != b.sentence:  # type: ignore[union-attr]
                    continue
                # each source figure's tag is the one its value's counterpart now stands beside
                if s1 == d2 and s2 == d1:
                    swaps[id(first)] = Pairing(Status.CHANGED, a, second.derived)
                    swaps[id(second)] = Pairing(Status.CHANGED, b, first.derived)
    # ... or between the things two figures of one sentence measure, which the words around each say:
    # "Shares fell 8% after it reported a 15% drop in profit" -> "Shares fell 15% after ... an 8% drop"
    for first, second in _unclaimed_pairs(kept, swaps):
        a, b, x, y = first.source, second.source, first.derived, second.derived
        if (
            # (each with the other's counterpart, as a share said "a fifth" and another "25%" compare)
            not comparable(a, y)  # type: ignore[arg-type]
            or not comparable(b, x)  # type: ignore[arg-type]
            or value_key(a) == value_key(b)  # type: ignore[arg-type]
            or a.sentence != b.sentence  # type: ignore[union-attr]
            or x.sentence != y.sentence  # type: ignore[union-attr]
        ):
            continue
        if _measures_crossed(a, b, x, y, cs, cd):  # type: ignore[arg-type]
            swaps[id(first)] = Pairing(Status.CHANGED, a, y)
            swaps[id(second)] = Pairing(Status.CHANGED, b, x)
    # ... or between two sentences the rewrite keeps: "Debt has tripled since 2006 ... spills lasted twice
    # as long" -> "Debts have doubled since 2006 ... double the time" keeps each value only in the sentence
    # that rewrites the other's, where the other figures of those sentences anchor them
    support = Counter(
        (p.source.sentence, p.derived.sentence)
        for p in pairings
        if p.status is Status.MATCHED and p.source is not None and p.derived is not None
    )
    # (of figures each paired once: a value said twice on one side, "2%" as a rate and as a forecast, may
    # be kept by either mention)
    uses = Counter(id(f) for p in pairings for f in (p.source, p.derived) if f is not None)
    once = [p for p in kept if uses[id(p.source)] == 1 == uses[id(p.derived)]]
    for first, second in _unclaimed_pairs(once, swaps):
        a, b, x, y = first.source, second.source, first.derived, second.derived
        if a.kind is not b.kind or a.unit != b.unit or value_key(a) == value_key(b):  # type: ignore[union-attr,arg-type]
            continue
        own = (a.sentence, x.sentence), (b.sentence, y.sentence)  # type: ignore[union-attr]
        crossed = (a.sentence, y.sentence), (b.sentence, x.sentence)  # type: ignore[union-attr]
        if (
            a.sentence != b.sentence  # type: ignore[union-attr]
            and x.sentence != y.sentence  # type: ignore[union-attr]
            and all(support[k] == 1 for k in own)
            and all(support[k] > 0 for k in crossed)
        ):
            swaps[id(first)] = Pairing(Status.CHANGED, a, y)
            swaps[id(second)] = Pairing(Status.CHANGED, b, x)
    return [swaps.get(id(p), p) for p in pairings]


def _unclaimed_pairs(kept: list[Pairing], swaps: dict[int, Pairing]) -> Iterator[tuple[Pairing, Pairing]]:
    """Each two kept pairings in turn, while neither is yet half of a swap (`swaps` grows as they are
    read)."""
    for i, first in enumerate(kept):
        for second in kept[i + 1 :]:
            if id(first) not in swaps and id(second) not in swaps:
                yield first, second


def _measures_crossed(a: Figure, b: Figure, x: Figure, y: Figure, cs: Context, cd: Context) -> bool:
    """Whether the words around `a` say what `y` measures and those around `b` what `x` does, each clearly
    better than its own counterpart's, when `a` kept its value as `x` and `b` as `y`."""
    cross = word_similarity(a, cs, y, cd), word_similarity(b, cs, x, cd)
    straight = word_similarity(a, cs, x, cd), word_similarity(b, cs, y, cd)
    return (
        all(c >= _CROSSED_MEASURE and c - s >= _CROSSED_EACH for c, s in zip(cross, straight, strict=True))
        and sum(cross) - sum(straight) >= _CROSSED_BOTH
    )


# how well each figure's words must fit the other's counterpart, and by how much better than its own, each
# and the two together
_CROSSED_MEASURE = 0.7
_CROSSED_EACH = 0.05
_CROSSED_BOTH = 0.18


_NO_TAG = object()


# "27 goals in 41 games", "12 deaths in five days": a count and what it was counted over
_RATE_GAP = re.compile(r"\s+(?:[A-Za-z-]+\s+){0,2}in\s+(?:just\s+|only\s+)?")


def _ends_of_rates(figures: Sequence[Figure], text: str) -> dict[int, str]:
    """Which end of a rate each bare number is: "count" for the 27 of "27 goals in 41 games", "over" for the
    41, by their ids."""
    numbers = sorted((f for f in figures if f.kind is Kind.NUMBER), key=lambda f: f.start)
    ends: dict[int, str] = {}
    for first, second in pairwise(numbers):
        if first.sentence == second.sentence and _RATE_GAP.fullmatch(text, first.end, second.start):
            ends.setdefault(id(first), "count")
            ends.setdefault(id(second), "over")
    return ends


# a figure and the date of its clause, with nothing but words between: "fell 0.3% in 2023", "in 2024,
# shrinking 0.3%"
_TIME_GAP = 40
_NO_BREAK = re.compile(r"[^.;:!?\n]*")


_LIST_JOIN = re.compile(r"(?i)[\s,]*(?:and|or|&)?\s*(?:in\s+|on\s+)?")


def _between(text: str, a: Figure, b: Figure) -> str:
    """The words between two figures of one text, in whichever order they stand."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    return text[first.end : second.start] if first.end <= second.start else "<overlap>"


# "since last month", "from last year": where a change said over the last unit of time began
_SINCE_OR_FROM_BEFORE = re.compile(r"(?i)\b(?:since|from|on|compared\s+with|against|than)\s+$")


def _start_of_a_unit_said(d: Figure, source: Document, derived_text: str) -> str | None:
    """How a derived "since last month" or "from last year" follows from a source that says a change "in a
    month" or "over a year" and is dated: the month or year before the story's is where that unit of time
    began (None if it does not)."""
    if (
        d.kind is not Kind.DATE
        or not source.date
        or not _SINCE_OR_FROM_BEFORE.search(derived_text, max(0, d.start - 16), d.start)
    ):
        return None
    story = date.fromisoformat(source.date[:10])
    back_a_month = (story.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    unit = {back_a_month: "month", str(story.year - 1): "year"}.get(str(d.value))
    if unit is None:
        return None
    said = re.search(rf"(?i)\b(?:in|over|within)\s+(?:a|one|the\s+(?:past|last))\s+{unit}\b", source.text)
    return f"is where the source's “{said.group()}” began" if said else None


def _holds(period: Figure, day: Figure) -> bool:
    """Whether a date's days lie inside a longer period's ("last week" holds "Dec. 4")."""
    outer, inner = span(period.value), span(day.value)
    return (
        outer is not None
        and inner is not None
        and outer != inner
        and outer[0] <= inner[0] <= inner[1] <= outer[1]
        # (two spans said by their ends, one end kept, are one span moved: "from June to September" for
        # "between July and September")
        and not (
            period.low is not None and day.low is not None and (outer[0] == inner[0] or outer[1] == inner[1])
        )
    )


def _times(figures: Sequence[Figure], text: str) -> dict[int, str]:
    """The value of the year, month or day each numeric figure stands beside in its clause, by the figure's
    id; figures with no such date, or with another figure between, have none."""
    return {k: _as_years_spanned(str(d.value)) for k, d in _dates_beside(figures, text).items()}


def _dates_beside(figures: Sequence[Figure], text: str) -> dict[int, Figure]:
    """The date each numeric figure stands beside in its clause, by the figure's id (the nearer of the two
    figures either side of it, where it is a date with no break between)."""
    out: dict[int, Figure] = {}
    ordered = sorted(figures, key=lambda f: f.start)
    for k, fig in enumerate(ordered):
        if fig.kind is Kind.DATE:
            continue
        near: list[tuple[int, str]] = []
        for j in (k - 1, k + 1):
            if not 0 <= j < len(ordered) or ordered[j].kind is not Kind.DATE:
                continue
            dated = ordered[j]
            gap = (dated.end, fig.start) if j < k else (fig.end, dated.start)
            if 0 <= gap[1] - gap[0] <= _TIME_GAP and _NO_BREAK.fullmatch(text, *gap):
                near.append((gap[1] - gap[0], j, dated))
        if near:
            out[id(fig)] = min(near, key=lambda n: n[:2])[2]
    return out


def _placing_date(fig: Figure, text: str) -> bool:
    """Whether a date places a value in a year, a half, a quarter or a month: one date, not a span, a day
    (the day a story is told) or the base a change is counted from ("from a year earlier")."""
    value = str(fig.value)
    return (
        fig.kind is Kind.DATE
        and fig.low is None
        and span(value) is not None
        and not DAY_VALUE.fullmatch(value)
        and not _compared_with(fig, text)
    )


def _date_moved_beside_a_kept_value(
    pairings: list[Pairing],
    cs: Context,
    source_figures: Sequence[Figure],
    cd: Context,
    derived_figures: Sequence[Figure],
) -> list[Pairing]:
    """ "a record surplus of almost 4 million bpd in 2027" rewritten "a record glut of nearly 4 million
    barrels a day this year": the value kept, the date said beside it moved. The derived date found its
    equal elsewhere in the source ("3 million bpd this year") and matched it by value; the source's date
    beside the kept value is said nowhere in the derived text. The date is reported changed, once."""
    beside_s = _dates_beside(source_figures, cs.doc.text)
    beside_d = _dates_beside(derived_figures, cd.doc.text)
    out = list(pairings)
    for p in pairings:
        if (
            p.status is not Status.MATCHED
            or p.source is None
            or p.derived is None
            or p.source.kind is Kind.DATE
        ):
            continue
        was, now = beside_s.get(id(p.source)), beside_d.get(id(p.derived))
        if was is None or now is None or value_key(was) == value_key(now) or not _similar_grain(was, now):
            continue
        if not (_placing_date(was, cs.doc.text) and _placing_date(now, cd.doc.text)):
            continue
        kept_as = [i for i, q in enumerate(out) if q.derived is now and q.status is Status.MATCHED]
        if not kept_as or any(
            q.status is Status.MATCHED and q.source is not None and value_key(q.source) == value_key(was)
            for q in out
        ):
            continue  # the date beside the kept value is said in the derived text too, or `now` is not kept
        first = kept_as[0]
        other = out[first].source
        out[first] = Pairing(Status.CHANGED, was, now)
        out = [
            q
            for q in out
            if not (
                q.status is Status.OMITTED and q.source is not None and value_key(q.source) == value_key(was)
            )
        ]
        # (the source date it was matched with is left out, unless its value is kept by another)
        if other is not None and not any(
            q.source is not None and value_key(q.source) == value_key(other) for q in out
        ):
            out.append(Pairing(Status.OMITTED, other, None))
    return out


_TWELVE_MONTHS = re.compile(r"(?P<y1>\d{4})-(?P<m1>\d{2})\.\.(?P<y2>\d{4})-(?P<m2>\d{2})")


def _as_years_spanned(value: str) -> str:
    """A year across two calendar years as the two years it spans: "the year starting April 1" and "2026-27"
    name one fiscal year ("2026-04..2027-03" and "2026..2027")."""
    m = _TWELVE_MONTHS.fullmatch(value)
    if m is None:
        return value
    y1, y2 = int(m["y1"]), int(m["y2"])
    if y2 != y1 + 1 or (y2 * 12 + int(m["m2"])) - (y1 * 12 + int(m["m1"])) != 11:
        return value
    return f"{y1}..{y2}"


def _quote_made_vague(p: Pairing) -> Pairing:
    """'"We expect to create 2,500 jobs"' quoted as '"... thousands of jobs"': a vague word that holds the
    figure restates it, but not inside a quotation, whose words are the speaker's (FC110)."""
    s, d = p.source, p.derived
    if (
        p.status is Status.MATCHED
        and s is not None
        and d is not None
        and "quoted" in s.qualifiers
        and "quoted" in d.qualifiers
        and "vague" in d.qualifiers
        and "vague" not in s.qualifiers
    ):
        return Pairing(Status.CHANGED, s, d, p.note)
    return p


def _derived_from_its_neighbour(
    d: Figure,
    found_parts: Sequence[Figure],
    derived: Document,
    derived_figures: Sequence[Figure],
    source_figures: Sequence[Figure],
    today: str | None,
) -> tuple[str, tuple[Figure, ...]] | None:
    """How `d` follows from the source sentences that say the value of the figure of its kind nearest it in
    its own sentence, where one of the parts is that value and none of `found_parts` (the derivation found
    first) is; else None."""
    point = as_percentage_points(d, derived.text)
    near = [f for f in derived_figures if f.sentence == d.sentence and f is not d and f.kind is point.kind]
    if not near:
        return None
    neighbour = min(near, key=lambda f: min(abs(f.start - d.end), abs(d.start - f.end)))
    if any(value_key(part) == value_key(neighbour) for part in found_parts):
        return None  # the derivation found already is from it
    sentences = {f.sentence for f in source_figures if value_key(f) == value_key(neighbour)}
    if not sentences:
        return None
    found = derivation(
        point,
        [f for f in source_figures if f.sentence in sentences],
        today,
        share=said_as_a_share(d, derived.text),
    )
    if found is None or not any(value_key(part) == value_key(neighbour) for part in found[1]):
        return None
    return found


def _beside(d: Figure, parts: Sequence[Figure], derived_figures: Sequence[Figure]) -> list[Figure]:
    """The parts of a derivation whose values the derived figure's own sentence says too ("by 0.2 points
    to 2.7%")."""
    return [
        part
        for part in parts
        if any(
            other.sentence == d.sentence and other is not d and value_key(other) == value_key(part)
            for other in derived_figures
        )
    ]


def _kept_in_its_sentence(
    d: Figure, parts: Sequence[Figure], derived_figures: Sequence[Figure], kept_as: dict[int, Figure]
) -> bool:
    """Whether every part of a derivation is kept in the derived figure's own sentence, however it is said."""
    return all(
        any(kept_as.get(id(other)) is part and other.sentence == d.sentence for other in derived_figures)
        for part in parts
    )


def _ratio_said(d: Figure, parts: Sequence[Figure], derived_figures: Sequence[Figure]) -> bool:
    """Whether the derived text says the two measures a ratio of two sentences compares: one in the ratio's
    own sentence; for percentages, of which a story says many, the other too, there or in the two sentences
    before ("a pay rise of 5.5% ... The rise is nearly double the 2.8% budgeted", not "almost twice the
    10.5% decline expected" beside an annualised 19.4% the rewrite never gives). Of two amounts or measures,
    one said in the sentence before will do, which the ratio's own refers back to ("earned $84.5m in North
    America ... its opening was nearly three times that of the studio's July release")."""
    if not any(p.kind is Kind.PERCENT for p in parts):
        return any(
            other is not d
            and d.sentence - 1 <= other.sentence <= d.sentence
            and value_key(other) == value_key(p)
            for p in parts
            for other in derived_figures
        )
    if not _beside(d, parts, derived_figures):
        return False
    return all(
        any(
            other is not d
            and d.sentence - 2 <= other.sentence <= d.sentence
            and value_key(other) == value_key(p)
            for other in derived_figures
        )
        for p in parts
    )


def _vaguely_dated(a: Figure, b: Figure) -> bool:
    """ "in the next few months" and "within months": spans no number measures, said again wherever they
    overlap."""
    if "vague" not in a.qualifiers + b.qualifiers:
        return False
    sa, sb = span(a.value), span(b.value)
    return sa is not None and sb is not None and sa[0] <= sb[1] and sb[0] <= sa[1]


# how many times apart a move and a level may be and still be one figure restated
_MOVE_AGAINST_LEVEL_RATIO = 5.0


def _move_against_a_level(s_fig: Figure, source_text: str, d_fig: Figure, derived_text: str) -> bool:
    """A move one side calls one ("dropped by 58,000") and a level the other says a move reached ("fell to
    1.32 million"), of sizes far apart: the level is no rewrite of the move, whatever their sentences
    share."""
    if not sizes_apart(s_fig, d_fig, _MOVE_AGAINST_LEVEL_RATIO):
        return False
    return (said_as_a_move(s_fig, source_text) and role(d_fig, derived_text) == "to") or (
        role(s_fig, source_text) == "to" and said_as_a_move(d_fig, derived_text)
    )


def _move_between_two_levels(
    s_fig: Figure, source_figures: Sequence[Figure], source_text: str, d_fig: Figure, derived_text: str
) -> bool:
    """A level of the source and a move or a margin the derived text says ("gained eight seats to 41",
    "nearly a degree above the old record") that is the distance from it to another level its sentence
    gives ("took 41 seats, up from 33", "46.2C, breaking the record of 45.4C"): the move restates the two
    levels, and neither changed into it."""
    if not isinstance(d_fig.value, float) or not isinstance(s_fig.value, float):
        return False
    if not said_as_a_move(d_fig, derived_text) or said_as_a_move(s_fig, source_text):
        return False  # (a move of the source, "won by four strokes", is no level a move is measured from)
    end = role(s_fig, source_text)
    return any(
        f.sentence == s_fig.sentence
        and f.kind is s_fig.kind
        and f.unit == s_fig.unit
        and isinstance(f.value, float)
        and f.value != s_fig.value
        and within_precision(abs(f.value - s_fig.value), d_fig.value, d_fig.surface)
        and not said_as_a_move(f, source_text)
        # ... the other end of one change ("41 seats, up from 33": the level reached goes unmarked)
        and (end is None or role(f, source_text) != end)
        for f in source_figures
    )


def _level_a_move_left(
    s_fig: Figure, source_figures: Sequence[Figure], source_text: str, d_fig: Figure, derived_text: str
) -> bool:
    """A move of the source ("parks will get 58 million dollars, down 3 million dollars", "7.9 metres, about
    30 centimetres below the record") and a level the derived text says it began or ended at ("falls to
    $58m from $61m", "its record of 8.2m"): the level is the other level of its sentence less or plus the
    move, restated, and no change of the move."""
    if not isinstance(d_fig.value, float) or not isinstance(s_fig.value, float):
        return False
    if not said_as_a_move(s_fig, source_text) or said_as_a_move(d_fig, derived_text):
        return False
    for f in source_figures:
        if (
            f.sentence != s_fig.sentence
            or f.kind is not d_fig.kind
            or f.unit != d_fig.unit
            or not isinstance(f.value, float)
            or said_as_a_move(f, source_text)
        ):
            continue
        # (the move in the level's unit: "7.9 metres, about 30 centimetres below the record" is 8.2 metres)
        move = s_fig.value if s_fig.unit == f.unit else convert(s_fig.value, s_fig.unit, str(f.unit))
        if move is None:
            continue
        for level in (f.value + move, f.value - move):
            # (exactly, unless hedged: "from 10%" is no 9.75% a cut of 50 basis points to 9.25% began at)
            if math.isclose(level, d_fig.value) or (
                "approx" in d_fig.qualifiers and within_precision(level, d_fig.value, d_fig.surface)
            ):
                return True
    return False


# how far before the level it reached a move may be said: "rise by £110 a year to"
_MOVE_BEFORE_ITS_LEVEL = 24


def _rounded(s_fig: Figure, d_fig: Figure) -> bool:
    """The derived figure is the source's written to its own, coarser precision."""
    if s_fig.kind is not d_fig.kind or s_fig.unit != d_fig.unit:
        return False
    if not isinstance(s_fig.value, float) or not isinstance(d_fig.value, float) or s_fig.value == d_fig.value:
        return False
    return within_precision(s_fig.value, d_fig.value, d_fig.surface)


def _change_between_kept(
    d: Figure, derived: Document, derived_figures: Sequence[Figure], kept_as: dict[int, Figure]
) -> tuple[str, tuple[Figure, ...]] | None:
    """`d`, a percentage, a fraction or a multiple, as the change or the ratio between two figures its
    sentence says and the source gives: the derived words put the two together, wherever the source said
    them ("5,575, nearly four times the 1,411 counted in 2006")."""
    kept = {
        id(f): kept_as[id(f)]
        for f in derived_figures
        if f.sentence == d.sentence and f is not d and id(f) in kept_as and f.kind in _MOVES
    }
    if len(kept) < 2:
        return None
    # (as if one sentence said them, in the order the source gives them)
    as_one = [replace(s, sentence=0) for s in kept.values()]
    together = {id(t): s for t, s in zip(as_one, kept.values(), strict=True)}
    found = derivation(as_percentage_points(d, derived.text), sorted(as_one, key=lambda f: f.start))
    if found is None or (f" {CHANGE} " not in found[0] and f" {RATIO} " not in found[0]):
        return None
    return found[0], tuple(together[id(part)] for part in found[1])


# "£840m a year", "£2 a week": an amount said to come each year (no period named) or each week, month or day
_EACH = r"(?:a|an|per|each|every)\s+"
_PER_PERIOD_AFTER = re.compile(
    r"(?i)\s+(?:" + _EACH + r"(?:year\b|(?P<period>week|month|day)\b)|annually\b|yearly\b)"
)
_YEARLY = re.compile(r"(?i)\b(?:" + _EACH + r"year|annual(?:ly)?|yearly)\b")
_LEFT_AFTER = re.compile(
    r"(?i)[^.;:]{0,30}?\b(?:missing|unaccounted|remain(?:s|ed|ing)?|left|outstanding|still\s+(?:at\s+large|to\s+be))\b"
)
# the least value of the two ends of a margin taken from a kept figure and any other of the source, below
# which chance pairs abound
_LEAST_END = 10.0


def _arithmetic_from_kept(
    d: Figure,
    derived_figures: Sequence[Figure],
    kept_as: dict[int, Figure],
    source_figures: Sequence[Figure],
    operation: str,
) -> tuple[str, tuple[Figure, ...]] | None:
    """`d`, a margin or a total its words say (`operation`: DIFFERENCE or SUM), as the difference or the sum
    of a kept figure of its sentence and another the source gives: two kept figures of the sentence first,
    then one of them and any of the source."""
    kept = [
        kept_as[id(f)]
        for f in derived_figures
        if f.sentence == d.sentence and f is not d and id(f) in kept_as and f.kind is d.kind
    ]
    ends = [
        (a, b)
        for i, a in enumerate(kept)
        for b in [*kept[i + 1 :], *(f for f in source_figures if all(f is not k for k in kept))]
        if a.unit == b.unit
        and b.kind is a.kind
        and isinstance(a.value, float)
        and isinstance(b.value, float)
        and min(a.value, b.value) >= _LEAST_END
    ]
    return next((found for a, b in ends if (found := _of_two(d, a, b, operation)) is not None), None)


def _margin_of_a_kept_score(
    d: Figure, derived_figures: Sequence[Figure], kept_as: dict[int, Figure]
) -> tuple[str, tuple[Figure, ...]] | None:
    """`d`, a margin its words say, as the difference of the two sides of a score or vote its sentence keeps
    ("cleared the House by just four votes, 218-214"): beside the result, even a small margin is its."""
    for f in derived_figures:
        kept = kept_as.get(id(f))
        if f.sentence == d.sentence and kept is not None and (found := margin_of_a_score(d, kept)):
            return found
    return None


def _margin_of_a_vote(d: Figure, source_figures: Sequence[Figure]) -> tuple[str, tuple[Figure, ...]] | None:
    """`d` as the margin of the one vote of the source it is the margin of."""
    found = [m for f in source_figures if (m := margin_of_a_score(d, f)) is not None]
    return found[0] if len(found) == 1 else None


_VOTES_AFTER = re.compile(r"(?i)[^\S\n]+votes?\b")


def _said_moves(source_figures: Sequence[Figure], text: str, counts: bool = False) -> list[Figure]:
    """The amounts and measures (and, with `counts`, bare counts) the source's words call a move or a margin
    ("£700 million more", "dropped by 58,000")."""
    kinds = (Kind.MONEY, Kind.QUANTITY, Kind.NUMBER) if counts else (Kind.MONEY, Kind.QUANTITY)
    return [
        f
        for f in source_figures
        if f.kind in kinds
        and isinstance(f.value, float)
        and (f.kind is not Kind.NUMBER or f.unit is None)
        and (said_as_a_move(f, text) if counts else said_as_difference(f, text))
    ]


def _level_moved_nearby(
    d: Figure, moves: Sequence[Figure], source_figures: Sequence[Figure]
) -> tuple[str, tuple[Figure, ...]] | None:
    """`d`, a level a move reached, as a level of the source and one of `moves` said in that sentence or the
    next, added up or one taken from the other ("was 1.48 million in November. It dropped by 58,000 in
    December" for "fell to 1.42 million")."""
    for move in moves:
        for level in source_figures:
            if (
                level is not move
                and 0 <= move.sentence - level.sentence <= 1
                and level.kind is move.kind
                and level.unit == move.unit
                and isinstance(level.value, float)
                and isinstance(move.value, float)
                and level.value > move.value
            ):
                found = _of_two(d, level, move, DIFFERENCE) or _of_two(d, level, move, SUM)
                if found is not None:
                    return found
    return None


def _change_of_a_level_nearby(
    d: Figure, moves: Sequence[Figure], source_figures: Sequence[Figure]
) -> tuple[str, tuple[Figure, ...]] | None:
    """`d`, a percentage or fraction, as the change one of `moves` makes of a level of its kind said in the
    sentence before or after ("will spend £4.2 billion ... That is £700 million more than the previous
    programme" for "a fifth bigger")."""
    if d.kind is Kind.FRACTION and isinstance(d.value, float):
        d = replace(d, kind=Kind.PERCENT, value=100 * d.value, unit="percent")  # ("a fifth bigger": 20%)
    for move in moves:
        for level in source_figures:
            if (
                abs(level.sentence - move.sentence) == 1
                and level.kind is move.kind
                and level.unit == move.unit
                and (found := _of_two(d, level, move, MOVE)) is not None
            ):
                return found
    return None


def _of_two(d: Figure, a: Figure, b: Figure, operation: str) -> tuple[str, tuple[Figure, ...]] | None:
    """`d` as the `operation` (SUM, DIFFERENCE) of two source figures said apart, as if one sentence said
    both."""
    found = derivation(d, [a, replace(b, sentence=a.sentence)])
    return (found[0], (a, b)) if found is not None and f" {operation} " in found[0] else None


def _further_pairs(figures: Sequence[Figure], text: str) -> list[tuple[Figure, Figure]]:
    """(an amount, a further one said on top of it a sentence or more later): the further one takes the last
    amount of its kind and unit before it."""
    last: dict[tuple[Kind, str | None], Figure] = {}
    pairs = []
    for fig in figures:  # (in the order of the text)
        before = last.get((fig.kind, fig.unit))
        if before is not None and further_part(text, before, fig):
            pairs.append((before, fig))
        last[(fig.kind, fig.unit)] = fig
    return pairs


def _further_sum(
    d: Figure, further: Sequence[tuple[Figure, Figure]]
) -> tuple[str, tuple[Figure, ...]] | None:
    """`d` as the sum of an amount and a further one said after it in a sentence of its own."""
    return next((found for a, b in further if (found := _of_two(d, a, b, SUM)) is not None), None)


_AHEAD_BEFORE = re.compile(r"(?i)\b(?:in|within)\s+(?:the\s+next\s+)?(?:(?:about|around|some|roughly)\s+)?$")
_FIRST_DAY = re.compile(r"(?i)\bfirst\s+day\b")
_OF_THEM = re.compile(
    r"(?i)\s+of\s+(?:them|whom|those)\b"
    # "$156m globally, $94m of it outside North America": the rest of a whole, without the part named
    r"|\s+of\s+(?:it|that|this)\s+(?:from\s+)?(?:outside|beyond|excluding|abroad|overseas|elsewhere)\b"
)
# "220,000 homes, of which some 175,000 had been reconnected": a part of the whole said before it
_OF_WHICH_BEFORE = re.compile(
    r"(?i)\bof\s+(?:which|whom|them|those)\s+(?:(?:about|around|some|nearly|almost|roughly|over|just)\s+)?$"
)


def _kept_before(d: Figure, derived_figures: Sequence[Figure], kept_as: dict[int, Figure]) -> list[Figure]:
    """The source figures of the counts and amounts a rewrite keeps before `d`, in its sentence or the one
    before: what "of them" may point back to."""
    return [
        kept_as[id(f)]
        for f in derived_figures
        if id(f) in kept_as
        and f.end <= d.start
        and d.sentence - f.sentence in (0, 1)
        and f.kind in (Kind.NUMBER, Kind.QUANTITY, Kind.MONEY)
    ]


def _year_at_an_age(
    d: Figure, source_figures: Sequence[Figure], source_text: str
) -> tuple[str, tuple[Figure, ...]] | None:
    """A year that is a birth year the source gives plus an age its sentence gives after it ("Born in 1944,
    she had her first hit at 17" for "in 1961"; a year either side, as a birthday falls in either)."""
    if not YEAR_VALUE.fullmatch(str(d.value)):
        return None
    for born in source_figures:
        if not (
            born.kind is Kind.DATE
            and YEAR_VALUE.fullmatch(str(born.value))
            and _BORN_BEFORE.search(source_text, max(0, born.start - 16), born.start)
        ):
            continue
        for age in source_figures:
            if (
                age.kind is Kind.NUMBER
                and age.sentence == born.sentence
                and age.start > born.end
                and isinstance(age.value, float)
                and 0 < age.value < 120
                and _AT_AN_AGE_BEFORE.search(source_text, max(0, age.start - 16), age.start)
                and int(str(d.value)) - int(str(born.value)) in (int(age.value), int(age.value) + 1)
            ):
                return f"{d.surface} {AGE_REACHED} {age.surface} for one born in {born.surface}", (born, age)
    return None


_BORN_BEFORE = re.compile(r"(?i)\bborn\s+(?:in\s+)?$")
_AT_AN_AGE_BEFORE = re.compile(r"(?i)\b(?:at|aged|at\s+the\s+age\s+of)\s+$")


def _kept_whole_after(
    d: Figure, derived_figures: Sequence[Figure], kept_as: dict[int, Figure], text: str
) -> Figure | None:
    """The kept figure a share says it is of, a few words after it ("1.3% of its roughly €40bn revenue")."""
    after = next((f for f in derived_figures if f.start >= d.end), None)
    if after is None or after.sentence != d.sentence or id(after) not in kept_as:
        return None
    return after if _OF_A_WHOLE_BETWEEN.fullmatch(text, d.end, after.start) else None


_OF_A_WHOLE_BETWEEN = re.compile(r"(?i)\s+of\s+(?:[\w'’-]+\s+){0,3}")


def _part_of_a_whole(d: Figure, text: str) -> bool:
    """Whether the words say `d` is part of a whole said just before ("27 people, eight of them women";
    "220,000 homes, of which some 175,000 had been reconnected")."""
    return bool(_OF_THEM.match(text, d.end) or _OF_WHICH_BEFORE.search(text, max(0, d.start - 40), d.start))


_LISTED = {Kind.NUMBER, Kind.QUANTITY}
_MOVES = {Kind.PERCENT, Kind.MONEY, Kind.NUMBER, Kind.QUANTITY}  # figures a change can go up or down by
_UNTIL_BEFORE = re.compile(
    r"(?i)\b(?:until|till|through|to|by|runs?\s+to|expires?\s+in|ends?\s+in|end\s+of"
    # "finish around 2035", "be completed by 2031"
    r"|(?:finish\w*|complet\w*|end(?:s|ed|ing)?|ready|done)\s+(?:in|by|around|about|roughly)"
    r"(?:\s+(?:about|around))?)\s+$"
)


def _listed_low_end(high: Figure, derived: Figure, source_figures: Sequence[Figure]) -> Figure | None:
    """The source figure a derived range starts from when the range spans figures one source sentence lists
    ("aged 34, 41 and 52" -> "aged between 34 and 52"): `high` is its top end, the low end is another."""
    if derived.kind is not Kind.RANGE or high.kind not in _LISTED or high.value != derived.high:
        return None
    # a bare number of the list takes any unit ("aged 34, 41 and 52": an age said once with its unit)
    units = {derived.unit, high.unit} if derived.unit and high.unit else {None, derived.unit, high.unit}
    if derived.unit and high.unit and derived.unit != high.unit:
        return None
    return next(
        (
            f
            for f in source_figures
            if f is not high
            and f.kind in _LISTED
            and f.sentence == high.sentence
            and f.start < high.start
            and (f.unit in units or None in units)
            and f.value == derived.low
        ),
        None,
    )


def _rounded_closely(s_fig: Figure, d_fig: Figure) -> bool:
    """A rounding close enough (1%) to be a plainer reading than an exact sum that comes to the same."""
    if not _rounded(s_fig, d_fig):
        return False
    x, y = s_fig.value, d_fig.value
    return isinstance(x, float) and isinstance(y, float) and x != 0 and abs(y - x) <= 0.01 * abs(x)


def _slips(
    lone_s: Sequence[Figure],
    cs: Context,
    lone_d: Sequence[Figure],
    cd: Context,
    changes: Sequence[tuple[int, int]],
    changeable: Callable[[Figure, Figure], bool],
    clear_only: bool = False,
) -> list[tuple[int, int]]:
    """ "$775 million" -> "$775 billion" in a rewritten sentence: the same digits of one unit at another
    magnitude are one figure slipped, however little the words around them share. Only figures no other
    counterpart took; a single digit ("5 million" and "5,000") needs some words in common as well, as does
    a day moved a little ("Jan. 14-15" -> "Jan. 15-16"). `clear_only`: only two or more digits, no dates."""
    free_s = [i for i in range(len(lone_s)) if i not in {i for i, _ in changes}]
    free_d = [j for j in range(len(lone_d)) if j not in {j for _, j in changes}]

    def slipped(a: Figure, b: Figure) -> bool:
        if "vague" in a.qualifiers or "vague" in b.qualifiers:
            return False  # "thousands" -> "hundreds" has no digits to slip: a change (FC102)
        if clear_only and (
            a.kind is Kind.DATE
            or not isinstance(a.value, float)
            or len(mantissa(a.value)[0].replace(".", "")) < 2
        ):
            return False
        if a.kind is Kind.DATE is b.kind:
            return _days_moved(a, b) and word_similarity(a, cs, b, cd) >= _SOME_WORDS and changeable(a, b)
        if a.kind is Kind.RANGE is b.kind and (a.low, a.high) == (b.low, b.high) and a.unit != b.unit:
            # "40 to 90 metres" -> "40-90 feet": both ends kept, in another unit of the measure
            return a.unit is not None and _same_kind_of_measure(a.unit, b.unit) and changeable(a, b)
        if a.kind is not b.kind or a.unit != b.unit or a.kind not in _SLIPPABLE:
            return False
        if (
            not isinstance(a.value, float)
            or not isinstance(b.value, float)
            or not (same_digits(a.value, b.value) or transposed_digits(a.value, b.value))
        ):
            return False
        if (len(mantissa(a.value)[0]) == 1 or a.unit is None) and word_similarity(a, cs, b, cd) < _SOME_WORDS:
            return False
        return changeable(a, b)

    found = assign(
        [lone_s[i] for i in free_s],
        cs,
        [lone_d[j] for j in free_d],
        cd,
        slipped,
        minimum=0.0,
        kinds=_same_kind,
    )
    return [(free_s[i], free_d[j]) for i, j in found]


def _bound_of(bound: Figure, precise: Figure) -> bool:
    """ "more than 33,000" for "33,684": a bound on the derived side that the source figure keeps, near it."""
    if "bound" not in bound.qualifiers or bound.kind is not precise.kind or bound.unit != precise.unit:
        return False
    if not isinstance(bound.value, float) or not isinstance(precise.value, float) or not precise.value:
        return False
    near = abs(bound.value - precise.value) <= BOUND_MAX_RELATIVE * abs(precise.value)
    return near and not beyond_bound(precise.value, bound.value, bound.qualifiers)


def _counts_apart(a: Figure, ca: Context, b: Figure, cb: Context) -> bool:
    """Two bare numbers that count different nouns and lie more than ten times apart: "1,000 migrants" and
    "21 boats" are two figures, whatever words their sentences share; closer ones too, where only a few words
    are shared ("their previous three meetings" is no "in five sets")."""
    if not count_other_nouns(a, ca.doc.text, b, cb.doc.text):
        return False
    return _far_apart(a, b) or word_similarity(a, ca, b, cb) < _CLEAR_WORDS


def _derived_repeat(
    repeat: Figure,
    other: Figure,
    source_figures: Sequence[Figure],
    source: Document,
    cs: Context,
    cd: Context,
) -> tuple[str, tuple[Figure, ...]] | None:
    """The arithmetic a derived repeat of a kept value says instead, where the source figures it follows from
    fit it better than the kept value does (a ratio of the figures its own sentence restates)."""
    found = derivation(repeat, source_figures, source.date)
    if found is None or any(part is other for part in found[1]):
        return None
    kept = similarity(other, cs, repeat, cd)
    return found if all(similarity(part, cs, repeat, cd) > kept for part in found[1]) else None


def _far_apart(a: Figure, b: Figure) -> bool:
    """Two positive numbers more than ten times apart that are not the same digits at another magnitude."""
    if not isinstance(a.value, float) or not isinstance(b.value, float) or a.value <= 0 or b.value <= 0:
        return False
    small, big = sorted((a.value, b.value))
    return big > 10 * small and not same_digits(a.value, b.value)


def _days_moved(a: Figure, b: Figure) -> bool:
    """Two days, or two stretches of days, of one length and written with digits, within a month of each
    other: "Jan. 14-15" and "Jan. 15-16" are one date moved, as news copy slips them."""
    sa, sb = span(a.value), span(b.value)
    if sa is None or sb is None or sa == sb or (sa[1] - sa[0]) != (sb[1] - sb[0]) or (sa[1] - sa[0]).days > 6:
        return False
    if not any(ch.isdigit() for ch in a.surface) or not any(ch.isdigit() for ch in b.surface):
        return False
    return abs((sa[0] - sb[0]).days) <= 31


def _with_conversions(
    pairings: Sequence[Pairing],
    converted_s: dict[int, tuple[Figure, bool]],
    converted_d: dict[int, tuple[Figure, bool]],
) -> list[Pairing]:
    """A conversion ("(86F)", "($2.7bn)") is a counterpart where the other side keeps it, and keeps the
    measure it converts; it is never lost on its own. One the derived text adds is checked when it converts
    units; an exchange of currencies is left to its rule (qualifier `converted`), its rate unknown here."""
    kept = {
        id(converted_s[id(p.source)][0])
        for p in pairings
        if p.status is not Status.OMITTED and id(p.source) in converted_s
    }
    unchanged = {(id(p.source), id(p.derived)) for p in pairings if p.status is Status.MATCHED}
    out: list[Pairing] = []
    for p in pairings:
        if p.status is Status.OMITTED and (id(p.source) in converted_s or id(p.source) in kept):
            continue
        if p.status is Status.ADDED and id(p.derived) in converted_d:
            if converted_d[id(p.derived)][1] and p.derived is not None:
                derived = replace(p.derived, qualifiers=tuple(sorted({*p.derived.qualifiers, "converted"})))
                out.append(Pairing(p.status, p.source, derived, p.note))
            continue
        if (
            p.status is Status.CHANGED
            and id(p.source) in converted_s
            and id(p.derived) in converted_d
            and not converted_s[id(p.source)][1]
            and not converted_d[id(p.derived)][1]
            and (id(converted_s[id(p.source)][0]), id(converted_d[id(p.derived)][0])) not in unchanged
        ):
            # "165 mph (270 kph)" -> "160mph (257km/h)": the change is the measure's, reported once on it;
            # each conversion converts its own side's measure (a conversion changed beside a measure kept,
            # "10am ET (1500 GMT)" -> "10am ET (1600 GMT)", is a change of its own)
            continue
        conversion = id(p.source) in converted_s or id(p.derived) in converted_d
        out.append(_conversion_kept(p) if conversion else p)
    return out


def _conversion_kept(p: Pairing) -> Pairing:
    """A conversion restated at another rounding ("(2.79F)" -> "(2.8F)") is the same conversion."""
    s, d = p.source, p.derived
    if (
        p.status is Status.CHANGED
        and s is not None
        and d is not None
        and s.unit == d.unit
        and isinstance(s.value, float)
        and isinstance(d.value, float)
        and abs(s.value - d.value) <= RELATIVE_TOLERANCE * max(abs(s.value), abs(d.value))
    ):
        return Pairing(Status.MATCHED, s, d)
    return p


# how near two figures stand to be said side by side ("$82.5 million in March")
_BESIDE = 12


# a span counted back or ahead from the day of writing by a number: "the past 10 years", "the next 30 days"
_COUNTED_SPAN = re.compile(r"(?i)\b(?:past|last|next|coming|previous|within)\s+(?:\d+|[a-z]+[\s-])")
_DAY_OF_A_MONTH = re.compile(r"[a-z]+ \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? [a-z]+")


def _bound_said_exactly(bound: Figure, d: Figure, parts: Sequence[Figure]) -> bool:
    """Whether a source bound, in the sentence of the figures `d` is derived from, bounds `d` on its side and
    near it ("more than 20%" for a derived 21%)."""
    if "bound" not in bound.qualifiers or bound.kind is not d.kind or bound.unit != d.unit:
        return False
    if not isinstance(bound.value, float) or not isinstance(d.value, float) or bound.value == 0:
        return False
    if not any(p.sentence == bound.sentence for p in parts):
        return False
    value = abs(d.value)
    on_its_side = value >= abs(bound.value) if "above" in bound.qualifiers else value <= abs(bound.value)
    return on_its_side and abs(value - abs(bound.value)) <= BOUND_MAX_RELATIVE * abs(bound.value)


def _beside_one_kept(s_fig: Figure, d_fig: Figure, kept: Sequence[tuple[Figure, Figure]]) -> bool:
    """Whether two figures each stand right beside one kept figure's two mentions, on the same side of it:
    "made $82.5 million in March" and "$82.5m in February" say when that amount was made."""

    def beside(a: Figure, b: Figure) -> int:
        if a.sentence != b.sentence:
            return 0
        if 0 <= a.start - b.end <= _BESIDE:
            return 1
        return -1 if 0 <= b.start - a.end <= _BESIDE else 0

    return any((side := beside(s_fig, s)) != 0 and side == beside(d_fig, d) for s, d in kept)


def _converts_a_measure_in(
    figure: Figure, conversions: dict[int, tuple[Figure, bool]], unit: str | None
) -> bool:
    """ "83 kilometers (52 miles)" -> "an 85-kilometre perimeter": the figure in the other side's unit is the
    one to compare, not its conversion in brackets, which would take a changed figure for a rounding."""
    measure = conversions.get(id(figure))
    # (times have no unit: their zones decide, in _other_zone_than_its_conversion)
    return measure is not None and measure[0].unit == unit and figure.kind is not Kind.TIME


# between a time and the same time in another zone: "4 p.m. CST (2200 GMT)", "10:44 a.m. local time (1844
# GMT)"
_ZONE_BRACKET = re.compile(r"\s*(?:[A-Z]{2,5}\s*|local\s+time\s*)?[(\[]\s*")
_ZONE_AFTER = re.compile(r"\s*([A-Z]{2,5}|local\s+time)\b")
_ZONE_IN = re.compile(r"\s([A-Z]{2,5})$")


def _zone(fig: Figure, text: str) -> str | None:
    """The time zone a time is said in ("1844 GMT", "4 p.m. CST", "local time"), or None."""
    m = _ZONE_IN.search(fig.surface) or _ZONE_AFTER.match(text, fig.end)
    return m.group(1) if m else None


def _other_zone_than_its_conversion(
    fig: Figure, text: str, conversions: dict[int, tuple[Figure, bool]], other: Figure, other_text: str
) -> bool:
    """ "10:44 a.m. local time (1844 GMT)" against "1944 GMT": the time to compare is the one in the other
    side's zone, so the local time is no candidate where its bracket gives that zone, nor the bracket where
    it gives another."""
    if fig.kind is not Kind.TIME or other.kind is not Kind.TIME:
        return False
    zone = _zone(other, other_text)
    if zone is None:
        return False
    converted = conversions.get(id(fig))
    if converted is not None:  # a time in brackets: a candidate only in the other's zone
        return _zone(fig, text) != zone
    bracket = next((b for b, (a, _) in conversions.items() if a is fig), None)
    return bracket is not None and _zone(fig, text) != zone


# between a measure and its conversion: "30C (86F)", "a 198m-high (650ft) chimney", "5 miles (about 8 km)"
_BRACKET_OPEN = re.compile(
    r"(?:\s*[-‐]\s*[a-z]+)?\s*[(\[]\s*(?:(?i:about|around|roughly|some|nearly|almost|more than|over)\s+)?"
)


def _conversions(figures: Sequence[Figure], text: str) -> dict[int, tuple[Figure, bool]]:
    """Figures that convert the measure just before them, in brackets ("30C (86F)", "€2.5bn ($2.7bn)"), by
    id: the figure each converts, and whether it is an exchange of currencies, whose rate is not checked."""
    found: dict[int, tuple[Figure, bool]] = {}
    for a, b in pairwise(figures):
        if a.kind is Kind.TIME is b.kind and _ZONE_BRACKET.fullmatch(text, a.end, b.start):
            found[id(b)] = (a, False)  # "4 p.m. CST (2200 GMT)": the time in another zone, not checked
            continue
        if not (isinstance(a.value, float) and isinstance(b.value, float)):
            continue
        gap = _BRACKET_OPEN.fullmatch(text, a.end, b.start)
        if gap is None:
            continue
        # an amount in another currency in brackets is its conversion, at a rate factcheck does not know
        exchanged = a.kind is Kind.MONEY is b.kind and a.unit != b.unit
        place_a = min(
            precision_unit(a.value, a.surface), 10.0 ** (math.floor(math.log10(abs(a.value) or 1.0)) - 1)
        )
        if exchanged or converts_in_brackets(
            a.value, a.unit, place_a, b.value, b.unit, stated_unit(b.value, b.surface)
        ):
            found[id(b)] = (a, exchanged)
    return found


# words that say a figure is a level before a change: "to 9.25% from 9.75%", "previously 9.75%", "its
# original budget of about $1.6bn"
_EARLIER_LEVEL_BEFORE = re.compile(
    r"(?i)\b(?:from|previously|earlier|prior|before|initially|originally|initial|original|was|were"
    r"|had\s+been)\b[^.;]{0,20}$"
)
# words that say a figure is the value before an update: "raising an earlier toll of 14", "up from 14"
_EARLIER = r"(?i)\b(?:earlier|previous(?:ly)?|initial(?:ly)?|original(?:ly)?|prior|first\s+reported)\b"
_MOVED_FROM_BEFORE = re.compile(r"(?i)\b(?:up|down)\s+from\s+$")
_EARLIER_VALUE_BEFORE = re.compile(_EARLIER + r"(?:\s+[\w'’]+){0,3}\s+$")
# ... anywhere in the figure's clause ("The previous auction record for Magritte was $79.8 million")
_EARLIER_IN_ITS_CLAUSE = re.compile(_EARLIER + r"[^.;,]*$")


# the words after a share that say it is the other side of one: "chance the signal is not a fluke", "the
# rest", "against", "other"
_OTHER_SIDE_AFTER = re.compile(
    r"(?i)[^.;:]{0,50}?(?:\bnot\b|n['’]t\b|\bno\b|\bnever\b|\bagainst\b|\bopposed\b|\brest\b|\bremaining\b"
    r"|\bother\b|\bwithout\b)"
)


# "4% short of its 2019 total" for "96% of the level of 2019": what a share falls short of the whole by
_SHORT_OF_THE_WHOLE_AFTER = re.compile(
    r"(?i)\s+(?:(?:short|shy)\s+of|below|under|beneath|(?:less|lower|fewer)\b(?:\s+\w+)?\s+than)\b"
)


def _short_of_the_whole_said_once(part: Figure, source_text: str, rest: Figure, derived_text: str) -> bool:
    """ "4% short of its 2019 total" for "96% of the 2019 level", "three-fifths of its usual rainfall" for
    "40% less rain than average": one side says the share of a whole, the other what falls short of it (both
    saying a shortfall contradict each other: "40% less" is no "60% less")."""
    return (_SHORT_OF_THE_WHOLE_AFTER.match(source_text, part.end) is None) != (
        _SHORT_OF_THE_WHOLE_AFTER.match(derived_text, rest.end) is None
    )


# a bound said under a negation ("did not drop below 90 degrees") or as a rule ("must sell at least 22%",
# "fines if EVs make up less than 22%") may be said from its other side without changing it
_RULE_OR_NEGATION_BEFORE = re.compile(
    r"(?i)(?:\b(?:not|never|no|if|unless|must|required?|target|goal|limit|threshold|minimum|maximum|allowed|"
    r"permitted|licensed|capped)|n[’']t)\b"
    # (with no figure between: "licensed to carry 150 passengers, had more than 230 on board" bounds the 230
    # as a fact, the rule being the 150's)
    r"[^.;:\d]*$"
)


def _hedge_made_bound(source: Figure, derived: Figure) -> bool:
    """A source hedge ("about", "around") that the derived text turns into a strict bound ("more than",
    "under"), not into a hedged one ("nearly", "almost"), which still stands for a value near it."""
    return (
        "approx" in source.qualifiers
        and "bound" not in source.qualifiers
        and "bound" in derived.qualifiers
        and "approx" not in derived.qualifiers
    )


def _one_reorder_per_run(pairings: list[Pairing]) -> list[Pairing]:
    """The set scores of a match said in another order are one change, reported at the first set kept: the
    other sets of the run stay kept."""
    first: dict[str, int] = {}
    for p in pairings:
        if p.status is Status.CHANGED and p.source is not None and p.source.kind is Kind.SCORE and p.note:
            first[p.note] = min(first.get(p.note, p.source.start), p.source.start)
    return [
        Pairing(Status.MATCHED, p.source, p.derived)
        if p.note in first and p.source is not None and p.source.start != first[p.note]
        else p
        for p in pairings
    ]


def _measure_changed(p: Pairing, cs: Context, cd: Context) -> Pairing:
    """A kept value whose words name another measure ("injured" -> "killed") is a change of what it counts,
    noted with the two measures; so is one whose bound turned to its other side ("more than doubled" ->
    "nearly doubled"), or that moved the other way ("fell 3%" -> "rose 3%"), or became a rate."""
    if p.status is not Status.MATCHED or p.source is None or p.derived is None:
        return p
    if p.source.kind in (Kind.DATE, Kind.TIME):
        return p  # "profit for the third quarter" -> "third-quarter sales": a time counts nothing
    if (
        _opposite_bounds(p.source, p.derived)
        and (p.source.value == p.derived.value or _exactly_converted(p.source, p.derived))
        and not _RULE_OR_NEGATION_BEFORE.search(cs.doc.text, max(0, p.source.start - 50), p.source.start)
        and not _RULE_OR_NEGATION_BEFORE.search(cd.doc.text, max(0, p.derived.start - 50), p.derived.start)
    ):
        # "more than doubled" said "nearly doubled", "at least 20" said "up to 20": a floor made a ceiling
        sides = {"above": "floor (at least it)", "below": "ceiling (at most it)"}
        was = sides["above" if "above" in p.source.qualifiers else "below"]
        now = sides["above" if "above" in p.derived.qualifiers else "below"]
        return Pairing(Status.CHANGED, p.source, p.derived, f"{BOUND_TURNED} {was}, now a {now}")
    if (
        _hedge_made_bound(p.source, p.derived)
        and (p.source.value == p.derived.value or _exactly_converted(p.source, p.derived))
        and not _RULE_OR_NEGATION_BEFORE.search(cd.doc.text, max(0, p.derived.start - 50), p.derived.start)
    ):
        # "about 15% of its workforce" said "more than 15%": a figure either side of the value now lies on one
        side = "floor (at least it)" if "above" in p.derived.qualifiers else "ceiling (at most it)"
        return Pairing(Status.CHANGED, p.source, p.derived, f"{HEDGE_BOUNDED} {side}")
    reordered = scores_reordered(p.source, cs.doc.text, p.derived, cd.doc.text)
    if reordered is not None:  # "4-6, 6-4, 6-4, 6-4" said "6-4 6-4 4-6 6-4": the sets in another order
        return Pairing(Status.CHANGED, p.source, p.derived, f"{reordered[0]} -> {reordered[1]}")
    swapped = winner_swapped(p.source, cs.doc.text, p.derived, cd.doc.text)
    if swapped is not None:  # "Chelsea beat QPR 1-0" said "QPR beat Chelsea 1-0"
        return Pairing(Status.CHANGED, p.source, p.derived, f"{REVERSED}: {swapped[0]} -> {swapped[1]}")
    if p.source.kind in _MOVES and p.source.kind is p.derived.kind:
        turned = opposite_directions(p.source, cs.doc.text, p.derived, cd.doc.text)
        if turned is not None:  # "sales fell 3%" said "sales rose 3%"
            return Pairing(Status.CHANGED, p.source, p.derived, f"{REVERSED}: {turned[0]} -> {turned[1]}")
        moved = level_said_as_change(p.source, cs.doc.text, p.derived, cd.doc.text)
        if moved is not None:  # "unemployment rose to 5%" said "unemployment rose 5%"
            return Pairing(Status.CHANGED, p.source, p.derived, f"{moved[0]} -> {moved[1]}")
        moved = held_said_as_moved(p.source, cs.doc.text, p.derived, cd.doc.text)
        if moved is not None:  # "kept its dividend at 35.8 cents" said "raised its dividend to 35.8 cents"
            return Pairing(Status.CHANGED, p.source, p.derived, f"{moved[0]} -> {moved[1]}")
        # ... or a length of time put on the other side of its event ("a month after" -> "a month before")
        turned = opposite_offsets(p.source, cs.doc.text, p.derived, cd.doc.text)
        if turned is not None:
            return Pairing(Status.CHANGED, p.source, p.derived, f"{REVERSED}: {turned[0]} -> {turned[1]}")
    if p.source.kind is Kind.MONEY is p.derived.kind:
        was, now = rate_of(p.source, cs.doc.text), rate_of(p.derived, cd.doc.text)
        if now is not None and (
            (was is not None and now != was)
            # a total the source calls one ("has so far saved £600m"), not an amount its story gives per
            # year elsewhere ("£1,738 a year ... an increase of £21")
            or (was is None and called_a_total(p.source, cs.doc.text))
        ):
            # "saved £600m" said "to save £600m a year": an amount became a rate (a rate dropped, as in "a
            # £35,000 salary" for "£35,000 a year", says less, not otherwise)
            return Pairing(Status.CHANGED, p.source, p.derived, f"{was or 'in all'} -> {now}")
    if is_age(p.source, cs.doc.text) or is_age(p.derived, cd.doc.text):
        return p  # "the 21-year-old was missing ... died": an age tells who, whatever befell them
    if p.source.kind is Kind.NUMBER is p.derived.kind and p.source.unit is None is p.derived.unit:
        was, now = rate_of_count(p.source, cs.doc.text), rate_of_count(p.derived, cd.doc.text)
        if was is not None and now is not None and was != now:  # "180 trains a day" said "180 a week"
            return Pairing(Status.CHANGED, p.source, p.derived, f"{was} -> {now}")
    if p.source.kind is Kind.NUMBER is p.derived.kind:
        part_whole = part_said_as_whole(p.source, cs.doc.text, p.derived, cd.doc.text)
        if part_whole is not None:  # "cut 1,500 jobs, or 8% of its workforce" -> "cut 8% of its 1,500 jobs"
            return Pairing(Status.CHANGED, p.source, p.derived, f"{part_whole[0]} -> {part_whole[1]}")
    if _kept_as_the_whole(p.source, p.derived) or _kept_as_the_whole(p.derived, p.source):
        # "a ferry carrying 213 passengers" kept as "killing at least 27 of the 213 people on board": the
        # part's words ("killing") say what the part counts, not what its whole does
        return p
    named = other_measures(p.source, cs, p.derived, cd)
    if named is None:
        return p
    return Pairing(Status.CHANGED, p.source, p.derived, f"{named[0]} -> {named[1]}")


def _kept_in_anothers_sentence(
    pairings: Sequence[Pairing],
    lone_s: Sequence[Figure],
    source_figures: Sequence[Figure],
    cs: Context,
    derived_figures: Sequence[Figure],
    cd: Context,
) -> list[Pairing]:
    """Kept values said as the move to a kept level, where the source moved to that level by a figure now
    lost: the lost figure is the one the value stands for."""
    kept_as = {id(p.derived): p.source for p in pairings if p.status is Status.MATCHED and p.derived}
    levels_d = _levels_after(derived_figures, cd.doc.text)
    levels_s: dict[int, Figure] | None = None  # (read only where a kept value moves to a kept level)
    out: list[Pairing] = []
    for p in pairings:
        if p.status is not Status.MATCHED or p.source is None or p.derived is None:
            continue
        if p.source.kind not in _MOVES:
            continue
        level = levels_d.get(id(p.derived))
        if level is None or id(level) not in kept_as:
            continue
        levels_s = _levels_after(source_figures, cs.doc.text) if levels_s is None else levels_s
        kept = word_similarity(p.source, cs, p.derived, cd)
        for rival in lone_s:
            if (
                rival.sentence != p.source.sentence
                and comparable(rival, p.derived)
                and not _within_bound(p.derived, rival)
                and levels_s.get(id(rival)) is kept_as[id(level)]
                and word_similarity(rival, cs, p.derived, cd) > kept
            ):
                out.append(p)
                break
    return out


# "cut rates by a quarter point on Wednesday, to a range of 4% to 4.25%": a move and the level it reached
# (in one clause: "a 4% rise, while homicides dropped to 570" is two moves)
_MOVE_TO_LEVEL = re.compile(
    r"(?:(?!\b(?:while|whereas|but|and|as|after|with)\b)[^.;:!?]){0,40}\bto\s+(?:a\s+(?:range|level|rate)\s+of\s+)?$"
)


def _levels_after(figures: Sequence[Figure], text: str) -> dict[int, Figure]:
    """The level each move reached, said after it in its clause ("by 0.25 points ... to 4%"), by the move's
    id: the next figure of its sentence that is no date, where the words between lead to it."""
    measures = sorted((f for f in figures if f.kind is not Kind.DATE), key=lambda f: f.start)
    return {
        id(move): level
        for move, level in pairwise(measures)
        if move.sentence == level.sentence and _MOVE_TO_LEVEL.fullmatch(text, move.end, level.start)
    }


def _kept_as_the_whole(figure: Figure, count: Figure) -> bool:
    """Whether a figure was kept as the whole of a count of another part ("213" as "27 of the 213")."""
    return count.kind is Kind.COUNT and count.total == figure.value != count.value


def _displaced(
    pairings: Sequence[Pairing],
    cs: Context,
    lone_s: Sequence[Figure],
    cd: Context,
    margin: float = _DISPLACE_MARGIN,
    spares: dict[int, list[Figure]] | None = None,
) -> list[tuple[Figure, Figure]]:
    """Kept values that may stand where another figure was: "touched 0.5%" in the derived equals the source's
    "crude fell 0.5%", but its words are those of the source's "touched 0.505%". Each is returned with the
    figure it matched by value; the change assignment decides, with the same margin as for repeats."""
    out: list[tuple[Figure, Figure]] = []
    for p in pairings:
        if p.source is None or p.derived is None:
            continue
        if p.source.kind is Kind.DATE:
            continue  # "on Monday" kept is that day, whatever it now dates: no "Friday" moved
        if cs.role(p.source) == cd.role(p.derived) is not None:
            continue  # "fell from 3.9%" for "fell to 3.5% from 3.9%": the value kept its role
        if ALL_BUT_BEFORE.search(cd.doc.text, max(0, p.derived.start - 16), p.derived.start):
            continue  # "all but five signed" for "22 signed, while five abstained": its words are the others'
        kept = similarity(p.source, cs, p.derived, cd)
        # "eight points above the drop zone" kept as "a run of eight games": one value counting two things
        # is no kept figure, and any rival that clearly fits better takes it
        other_things = _count_other_things(p.source, cs, p.derived, cd)
        need = 0.0 if other_things else margin
        # (... and a rival that fits a little less than clearly is enough then: "three voting for a cut" kept
        # as "three rate cuts next year", where the source's "two cuts next year" fits the words)
        clear = _CLEAR_CHANGE - _REPEAT_MARGIN if other_things else _CLEAR_CHANGE
        if (
            _base_or_level(cs.role(p.source), p.source, cs.doc.text) == "base" and cd.role(p.derived) is None
        ) or (
            # "slightly below the 95.3% level of a year ago" -> "storage is 95.3% full": the earlier value
            # said as the present one
            _EARLIER_TIME_AFTER.match(cs.doc.text, p.source.end)
            and not _EARLIER_TIME_AFTER.match(cd.doc.text, p.derived.end)
        ):
            # "grew 0.6%, revised down from an initial estimate of 0.7%" -> "grew 0.7%": the earlier value
            # said as the level itself is a weak match, and a better fit is enough to question it
            need = min(need, _REPEAT_MARGIN)
        if kept + need > _MAX_UNANCHORED and not (spares or {}).get(id(p.source)):
            continue  # nothing can fit its words that much better (unless the value is said again)
        # ... but not a bound the kept value keeps ("More than 1,000 migrants crossed" and "A total of 1,017
        # made the journey", rewritten "A total of 1,017 migrants crossed"): that sentence lost only its bound
        rivals = [
            r
            for r in lone_s
            if r.kind is not Kind.VAGUE
            and comparable(r, p.derived)
            and not _within_bound(p.derived, r)
            and not _counts_apart(r, cs, p.derived, cd)  # "1,000 migrants" is no rival of "21 boats"
            # ... nor "sales of hybrids rose 18%" of "hybrids made up 41% of sales": a move and a share
            and not move_for_share(r, cs.doc.text, p.derived, cd.doc.text)
        ]
        if not rivals:
            continue
        if not other_things and _ranked_alike_elsewhere(p, rivals, cs.doc.text, cd.doc.text):
            # "won the Golden Boot for a fourth time" kept as "the fourth manager to win the title", where
            # the source's "fifth manager" ranks what the kept ordinal does now
            other_things, need, clear = True, 0.0, _CLEAR_CHANGE - _REPEAT_MARGIN
        best = max(similarity(r, cs, p.derived, cd) for r in rivals)
        if best >= clear and best > kept + need:
            out.append((p.derived, p.source))
            continue
        # ... or where the value is said again: "At least 23 were killed, police said ... Amnesty put the toll
        # at 23" for the police's 22 and Amnesty's 23 keeps 23 in its second mention, and 22 changed in the
        # first, when that fits both better than the other way round
        said_again = (spares or {}).get(id(p.source), ())
        if said_again and best >= _CLEAR_CHANGE:
            rival = max(rivals, key=lambda r: similarity(r, cs, p.derived, cd))
            if any(
                best + similarity(p.source, cs, spare, cd) > kept + similarity(rival, cs, spare, cd)
                for spare in said_again
            ):
                out.append((p.derived, p.source))
                continue
        # "expect four rate cuts in 2025, up from three" -> "three cuts next year": said as a level, the
        # value is the change's end moved, not its base kept, unless the base's own words fit clearly better
        ends = [r for r in rivals if _end_said_for_base(r, p.source, p.derived, cs, cd)]
        end_fit = max((similarity(r, cs, p.derived, cd) for r in ends), default=0.0)
        if end_fit >= _CLEAR_CHANGE and end_fit + 2 * _REPEAT_MARGIN > kept:
            out.append((p.derived, p.source))
    return out


def _end_said_for_base(end: Figure, base: Figure, said: Figure, cs: Context, cd: Context) -> bool:
    """Whether `said`, a level in the derived text, may be the end of a source change said where its base is
    ("expect four rate cuts in 2025, up from three" -> "three cuts next year")."""
    return cs.role(base) == "from" and cd.role(said) is None and _ends_the_change_from(end, base, cs.doc.text)


_CHANGE_BETWEEN = re.compile(
    r"[^.;:]{0,60}\b(?:up|down|rising|falling|rose|fell|increased|decreased)?\s*from\s+$"
)


def _ends_the_change_from(end: Figure, base: Figure, text: str) -> bool:
    """Whether `end` is where the change `base` began ends: "four rate cuts in 2025, up from three"."""
    return (
        end.sentence == base.sentence
        and end.end <= base.start
        and _CHANGE_BETWEEN.fullmatch(text, end.end, base.start) is not None
    )


def _count_other_things(a: Figure, ca: Context, b: Figure, cb: Context) -> bool:
    """Whether two bare numbers count different nouns ("eight points", "eight games"), neither of which the
    other's words name ("105 African migrants" and "105 migrants" count one thing)."""
    noun_a, noun_b = counted_noun(a, ca.doc.text), counted_noun(b, cb.doc.text)
    if noun_a is None or noun_b is None or noun_a == noun_b:
        return False
    # (the words right around each: what an earlier figure of its clause counts is no word of its own, "62
    # points clear with three races remaining")
    return noun_a not in _words_near(b, cb.doc.text) and noun_b not in _words_near(a, ca.doc.text)


_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_WORDS_BEFORE, _WORDS_AFTER = 3, 4
_AFTER_LAST_DIGIT = re.compile(r"[^\d]*\Z")


def _words_near(fig: Figure, text: str) -> set[str]:
    """A few words either side of a figure, not reaching past another number before it."""
    before = _AFTER_LAST_DIGIT.search(text, max(0, fig.start - 40), fig.start)
    words = _WORD.findall(before.group() if before else "")[-_WORDS_BEFORE:]
    words += _WORD.findall(text, fig.end, fig.end + 48)[:_WORDS_AFTER]
    return {fold(w.lower()) for w in words}


_ABBREVIATION_POINT = re.compile(r"(?<=\b[A-Z])\.(?=[A-Z]\.)|(?<=\b[A-Z]\.[A-Z])\.")
_RANKED_WORDS = re.compile(r"(?:[\s-]+([A-Za-z]+))?(?:\s+([A-Za-z]+))?(?:\s+([A-Za-z]+))?")


def _ranks_other_things(a: Figure, a_text: str, b: Figure, b_text: str) -> bool:
    """Two ordinals that rank different things: "the fourth set" and "a sixth major title" (not "his fifth
    Grand Slam title", which ranks a title too). The words after each, up to the first small word."""
    if a.kind is not Kind.ORDINAL or b.kind is not Kind.ORDINAL:
        return False
    words_a, words_b = _ranked(a, a_text), _ranked(b, b_text)
    if ("minute" in words_a) != ("minute" in words_b):
        return True  # "the 20th minute" is a moment of a match, which "in the second" (half) is not
    if not words_a or not words_b or words_a & words_b:
        return False
    # ... but "the 11th fatal stabbing of a teenager" and "the 12th teenager to be killed" rank one thing,
    # named in the phrase after either
    return not (words_b & _phrase_after(a, a_text) or words_a & _phrase_after(b, b_text))


_PHRASE_AFTER = re.compile(r"[^.;:!?]{0,60}")


def _phrase_after(fig: Figure, text: str) -> set[str]:
    """The words of the phrase right after a figure, folded as context words are."""
    m = _PHRASE_AFTER.match(text, fig.end)
    return {fold(w.lower()) for w in re.findall(r"[A-Za-z]+", m.group())} if m else set()


def _ranked_alike_elsewhere(
    p: Pairing, rivals: Sequence[Figure], source_text: str, derived_text: str
) -> bool:
    """Whether a kept ordinal now ranks another thing than its source did, the very thing a rival source
    ordinal ranks."""
    if p.source is None or p.derived is None:
        return False
    return any(_ranks_as_the_rival(p.derived, derived_text, r, p.source, source_text) for r in rivals)


def _ranks_as_the_rival(
    said: Figure, derived_text: str, rival: Figure, kept: Figure, source_text: str
) -> bool:
    """Whether a derived ordinal, kept from `kept`, ranks what the source ordinal `rival` ranks, and not
    what `kept` did ("the fourth manager" for "for a fourth time ... the fifth manager")."""
    if not (said.kind is rival.kind is kept.kind is Kind.ORDINAL):
        return False
    now = _ranked(said, derived_text)
    return bool(now) and _ranked(kept, source_text) != now and _ranked(rival, source_text) == now


def _ranked(fig: Figure, text: str) -> set[str]:
    start = ranked_from(fig, text)
    # (an abbreviation's points dropped: "the 88th U.S. recall" and "its 78th US recall" rank one thing)
    m = _RANKED_WORDS.match(_ABBREVIATION_POINT.sub("", text[start : start + 80]))
    words: set[str] = set()
    for word in m.groups() if m else ():
        if word is None or word.lower() in STOPWORDS:
            break
        words.add(fold(word.lower()))
    return words


def _swapped_roles(
    pairings: Sequence[Pairing], lone_s: Sequence[Figure], cs: Context, cd: Context
) -> list[tuple[Pairing, Figure]]:
    """Kept values that now end the change they began: "fell to 3.5% from 3.9%" -> "fell to 3.9%", the 3.5%
    gone. Each match is returned with the source figure whose place the value took."""
    out: list[tuple[Pairing, Figure]] = []
    taken: set[int] = set()
    for p in pairings:
        if p.source is None or p.derived is None:
            continue
        was, now = cs.role(p.source), cd.role(p.derived)
        if was is None or now is None or was == now:
            continue
        rival = next(
            (
                r
                for r in lone_s
                if id(r) not in taken
                and r.sentence == p.source.sentence
                and comparable(r, p.derived)
                and cs.role(r) == now
            ),
            None,
        )
        if rival is not None:
            taken.add(id(rival))
            out.append((p, rival))
    return out


def _similar_grain(a: Figure, b: Figure) -> bool:
    """A date moves within its own grain: a day to a day or a week, a month to a quarter, a year to a
    year; "Tuesday" does not become "2024", nor "a year earlier" "the third quarter" (one is dropped and the
    other added)."""
    if a.kind is not Kind.DATE or b.kind is not Kind.DATE:
        return True
    sa, sb = span(a.value), span(b.value)
    if sa is None or sb is None:
        return True
    da, db = (sa[1] - sa[0]).days + 1, (sb[1] - sb[0]).days + 1
    # a day may become a week; longer spans stay within a month to a quarter ("2023" is no quarter moved)
    if max(da, db) <= (7 if min(da, db) == 1 else 3.5) * min(da, db):
        return True
    # ... and a day may become its own month of another year: "14 March last year" said "March 2023"
    day, other, month = (sa, b, sb) if da == 1 else (sb, a, sa)
    return (
        min(da, db) == 1
        and MONTH_VALUE.fullmatch(str(other.value)) is not None
        and day[0].month == month[0].month
        and day[0].year != month[0].year
    )


_WHOLE_BEFORE = re.compile(r"(?i)\bof\s+(?:(?:the|its|their|all|[\w’']+['’]s)\s+){1,2}$")


def _count_and_points(a: Figure, a_text: str, b: Figure, b_text: str) -> bool:
    """ "Fourteen of 17 economists" and "a 50-point cut": a count of things is never a number of points."""
    if a.kind is Kind.COUNT and b.kind is Kind.NUMBER:
        return as_percentage_points(b, b_text) is not b
    if b.kind is Kind.COUNT and a.kind is Kind.NUMBER:
        return as_percentage_points(a, a_text) is not a
    return False


_LEVELS_JOINED = re.compile(r"(?i)\b(?:from|to|against|compared\s+with|versus|vs)\b")


def _points_said_as_percent(d: Figure, source_figures: Sequence[Figure], text: str) -> Figure | None:
    """ "Unemployment dropped 0.1% to 6.4%" where the source has "fell to 6.4% from 6.5%": the move in
    percentage points said as a percent change. Returned as the source's move, a figure in percentage
    points spanning the two levels, for the percent-points rule to report."""
    if d.kind is not Kind.PERCENT or d.unit != "percent" or not isinstance(d.value, float) or d.value <= 0:
        return None
    if any(
        f.kind is Kind.PERCENT and f.unit == "percentage point" and f.value == d.value for f in source_figures
    ):
        return None  # "rise by 1.2 percentage points" said as "go up 1.2%": that move, not one of two levels
    levels = [f for f in source_figures if f.kind is Kind.PERCENT and f.unit == "percent"]
    for a, b in pairwise(levels):
        if a.sentence != b.sentence or not isinstance(a.value, float) or not isinstance(b.value, float):
            continue
        between = text[a.end : b.start]
        if len(between) > 40 or not _LEVELS_JOINED.search(between):
            continue  # "rose 4.6% in the year, and 58.7% of ...": two measures, not one that moved
        move = abs(b.value - a.value)
        if (
            move
            and within_precision(move, d.value, d.surface)
            and not within_precision(100 * move / max(a.value, b.value), d.value, d.surface)
        ):
            return replace(
                a, surface=text[a.start : b.end], end=b.end, value=significant(move), unit="percentage point"
            )
    return None


def _within_bound(precise: Figure, bound: Figure) -> bool:
    """Whether a figure lies on the right side of a bound of one kind and unit, and near it ("2.3%" for
    "more than 2%"); a bound is none ("at least seven years" says more than "at least six years")."""
    if (
        "bound" not in bound.qualifiers
        or "bound" in precise.qualifiers
        or precise.kind is not bound.kind
        or precise.unit != bound.unit
    ):
        return False
    if not isinstance(precise.value, float) or not isinstance(bound.value, float):
        return False
    return not beyond_bound(precise.value, bound.value, bound.qualifiers) and abs(
        precise.value - bound.value
    ) <= BOUND_MAX_RELATIVE * abs(bound.value)


def _opposite_bounds(a: Figure, b: Figure) -> bool:
    return ("above" in a.qualifiers and "below" in b.qualifiers) or (
        "below" in a.qualifiers and "above" in b.qualifiers
    )


def _range_near(a: Figure, b: Figure) -> bool:
    """A range and a single number of another size measure different things: "six times" did not become
    "in her 30s". A range narrowed to a bound or moved ("5 to 10 years" -> "12 years") stays near it."""
    if (a.kind is Kind.RANGE) == (b.kind is Kind.RANGE):
        return True
    ranged, single = (a, b) if a.kind is Kind.RANGE else (b, a)
    low, high, value = ranged.low, ranged.high, single.value
    if not (isinstance(low, float) and isinstance(high, float) and isinstance(value, float)) or low <= 0:
        return True
    if ranged.unit is not None and ranged.unit == single.unit and ranged.unit != "times":
        return True  # one measure in one unit: "10 to 15 inches of rain" -> "up to 50 inches of rain"
    return low / 3 <= value <= high * 3


def _written_in(fig: Figure, text: str, figures: Sequence[Figure]) -> tuple[bool, Figure | None]:
    """Whether `fig`'s words stand in `text` other than at the start of a longer figure, and the figure
    of `text` they end, if they end one."""
    surface = fig.surface.strip()
    if len(surface) < 2 and not surface.isdigit():
        return False, None
    for m in re.finditer(rf"(?<![\w.,]){re.escape(surface)}(?![\w]|[.,]\d)", text, re.IGNORECASE):
        holder = next((f for f in figures if f.start <= m.start() < f.end), None)
        if holder is None:
            return True, None
        if holder.end == m.end():
            return True, holder
    return False, None


def _once_per_value(left: Sequence[Figure], paired: set[Hashable]) -> list[Figure]:
    """The figures left without a counterpart, one per value, none for a value paired elsewhere."""
    seen: set[Hashable] = set()
    out: list[Figure] = []
    for fig in left:
        key = value_key(fig)
        if key not in paired and key not in seen:
            seen.add(key)
            out.append(fig)
    return out


_TO_AN_END = re.compile(r",?\s+(?:(?:that|which)\s+)?(?:to|ending|ended|through)\s+(?:on\s+)?$")


def _totals_of_kept_parts(left: list[Figure], pairings: list[Pairing], text: str) -> list[Figure]:
    """ "The plane, with 67 people on board ... 62 passengers and five crew" said "a plane carrying 62
    passengers and five crew": a source total whose two parts, given in one sentence as parts of one whole,
    the rewrite keeps, is kept with them."""
    kept = [
        p.source
        for p in pairings
        if p.status is Status.MATCHED and p.source is not None and isinstance(p.source.value, float)
    ]
    # (the sums of the kept parts, found once for all the totals left)
    sums = {
        (a.kind, a.unit, a.value + b.value)  # type: ignore[operator]
        for a, b in combinations(kept, 2)
        if a.sentence == b.sentence
        and a.kind is b.kind
        and a.unit == b.unit
        and (people_in_two_groups((a, b), text) or parts_add_up(text, (a, b)))
    }
    return [total for total in left if (total.kind, total.unit, total.value) in sums]


def _roundings_of_a_figure_kept(left: list[Figure], pairings: list[Pairing], headline: int) -> list[Figure]:
    """ "Nearly 1,000 migrants crossed ... The 973 people arrived in 19 boats" said "973 migrants crossed":
    the source's own rounding of a figure it gives exactly, a sentence or so away, is kept with it, as is a
    headline's ("Nikkei plunges 12%" over "plunged 12.4%"), which rounds without a hedge."""
    kept = [
        p.source
        for p in pairings
        if p.status is Status.MATCHED and p.source is not None and isinstance(p.source.value, float)
    ]
    kept_dates = [
        p.source for p in pairings if p.status is Status.MATCHED and p.source and p.source.kind is Kind.DATE
    ]
    out = []
    for rough in left:
        in_headline = rough.end <= headline
        if in_headline and rough.kind is Kind.DATE and any(_holds(rough, d) for d in kept_dates):
            out.append(rough)  # "fares to rise in March" over "from March 2", which the rewrite keeps
            continue
        rounded = in_headline or not {"approx", "bound"}.isdisjoint(rough.qualifiers)
        if not rounded or not isinstance(rough.value, float):
            continue
        # "Quincy Jones dies at 91" over "at the age of 91", which the rewrite keeps
        if (
            in_headline
            and rough.kind is Kind.NUMBER
            and rough.unit is None
            and any(exact.value == rough.value and exact.kind is Kind.QUANTITY for exact in kept)
        ):
            out.append(rough)
            continue
        for exact in kept:
            if (
                exact.kind is rough.kind
                and exact.unit == rough.unit
                and (abs(exact.sentence - rough.sentence) <= 2 or in_headline)
                and {"approx", "bound"}.isdisjoint(exact.qualifiers)
                and not beyond_bound(exact.value, rough.value, rough.qualifiers)  # type: ignore[arg-type]
                and within_precision(
                    exact.value, rough.value, rough.surface, bounded="bound" in rough.qualifiers
                )  # type: ignore[arg-type]
                and exact.value != rough.value
            ):
                out.append(rough)
                break
    return out


def _headline_date_said_of_the_story(
    left: list[Figure], pairings: list[Pairing], headline: int
) -> list[Figure]:
    """ "Nikkei's worst day since 1987" over "since the Black Monday crash of October 1987", said "worst day
    since 1987's Black Monday": the rewrite's year says the story's month less precisely, which its headline
    already did. The derived date is re-paired with the story's (in place) and the story's date restated."""
    out = []
    for fine in left:
        if fine.kind is not Kind.DATE:
            continue
        for i, p in enumerate(pairings):
            if (
                p.status is Status.MATCHED
                and p.source is not None
                and p.derived is not None
                and p.source.end <= headline < fine.start
                and p.source.value == p.derived.value
                and _holds(p.source, fine)
            ):
                pairings[i] = Pairing(Status.MATCHED, fine, p.derived)
                out.append(fine)
                break
    return out


def _year_backs_said_by_a_year_to(left: list[Figure], pairings: list[Pairing]) -> list[Figure]:
    """ "61.8 million in mid-2025, up 706,000 on a year earlier" said "rose by 706,000 in the year to
    mid-2025": the comparison with a year before is the year the derived period names."""
    periods = {
        p.source.sentence
        for p in pairings
        if p.status is Status.MATCHED
        and p.source is not None
        and p.derived is not None
        and year_to(p.derived)
    }
    return [f for f in left if f.sentence in periods and a_year_back(f)]


def _ends_of_a_period_kept(left: list[Figure], pairings: list[Pairing], text: str) -> list[Figure]:
    """ "in the 26 weeks to Sept. 28" said "for the six months to late September": the length kept as the
    derived period, whose end holds the source's end day too."""
    out = []
    for p in pairings:
        length, period = p.source, p.derived
        if (
            length is None
            or period is None
            or length.kind not in (Kind.QUANTITY, Kind.DATE)  # "its fiscal first quarter, ended Sept. 30"
            or period.kind is not Kind.DATE
        ):
            continue
        for end in left:
            if (
                end.kind is Kind.DATE
                and _TO_AN_END.fullmatch(text, length.end, end.start)
                and covers(period.value, end.value)
            ):
                out.append(end)
    return out


def _match_equal(
    s_figs: list[Figure], cs: Context, d_figs: list[Figure], cd: Context
) -> tuple[list[Pairing], list[tuple[Figure, Figure]], list[tuple[Figure, Figure]]]:
    """Pair figures of equal value one-to-one by context; the extras on the longer side are repeats,
    each returned with the counterpart it would match if it turns out not to be a change.

    The best-fitting pairs go first: where one side says a value more often, its mention that fits the other
    side's words best is the counterpart ("by the end of the decade" twice in the source, once for the tax
    burden, which the rewrite kept, and once for revenue, which it said "by 2030")."""
    if len(s_figs) == 1 and len(d_figs) == 1:
        return [Pairing(Status.MATCHED, s_figs[0], d_figs[0])], [], []  # most values: no scoring needed
    if len(s_figs) == len(d_figs) <= _FEW_MENTIONS:
        # a value said a few times on both sides: the pairing that fits best as a whole ("grew 0.1% ...
        # contracted 0.1% in September ... fell 0.1%" -> "slowed to 0.1% between July and September ...
        # shrank 0.1% in September ... fell 0.1%"), which taking the closest pair first can miss
        fits = [[_equal_fit(s, cs, d, cd) for d in d_figs] for s in s_figs]
        order = max(
            permutations(range(len(d_figs))),
            key=lambda order: sum(fits[i][j] for i, j in enumerate(order)),
        )
        return [Pairing(Status.MATCHED, s_figs[i], d_figs[j]) for i, j in enumerate(order)], [], []
    ranked = sorted(
        (
            (_equal_fit(s, cs, d, cd), -s.start, -d.start, i, j)
            for i, s in enumerate(s_figs)
            for j, d in enumerate(d_figs)
        ),
        reverse=True,
    )
    used_s: set[int] = set()
    used_d: set[int] = set()
    pairs: list[Pairing] = []
    for _, _, _, i, j in ranked:
        if i not in used_s and j not in used_d:
            used_s.add(i)
            used_d.add(j)
            pairs.append(Pairing(Status.MATCHED, s_figs[i], d_figs[j]))
    extra_s = [
        (s, _best(d_figs, lambda d, s=s: (similarity(s, cs, d, cd), -d.start)))  # type: ignore[misc]
        for i, s in enumerate(s_figs)
        if i not in used_s
    ]
    extra_d = [
        (d, _best(s_figs, lambda s, d=d: (similarity(s, cs, d, cd), -s.start)))  # type: ignore[misc]
        for j, d in enumerate(d_figs)
        if j not in used_d
    ]
    return sorted(pairs, key=lambda p: p.source.start), extra_s, extra_d  # type: ignore[union-attr]


# how many mentions of one value on each side are paired as a whole (their orders: 4! = 24)
_FEW_MENTIONS = 4
# how much a move said the other way counts against two mentions of one value being the same figure
_OTHER_WAY = 0.25


_OTHER_ROLE = 0.1


def _equal_fit(s: Figure, cs: Context, d: Figure, cd: Context) -> float:
    """How well two mentions of one value fit: their words, less a penalty where one says the value rose
    and the other that it fell ("output fell 0.1% in September" is the rewrite's "shrank 0.1% in
    September", not its "services rose 0.1%", however the sentences' other words fall)."""
    fit = _role_fit(s, cs, d, cd)
    if s.kind in _MOVES and opposite_directions(s, cs.doc.text, d, cd.doc.text) is not None:
        fit -= _OTHER_WAY
    # ... and of two mentions said of two names in one sentence, each is its own name's ("Messi scored
    # twice, Suarez claimed two" -> "Messi scored twice, while Suarez scored two")
    named_s, named_d = cs.owner(s), cd.owner(d)
    if named_s is not None and named_d is not None:
        fit += _SAME_OWNER if same_name(named_s, named_d) else -_SAME_OWNER
    return fit


_SAME_OWNER = 0.1


def _role_fit(s: Figure, cs: Context, d: Figure, cd: Context) -> float:
    """How well two figures' words fit, less a penalty where one is the level a move started from ("up to 5%
    from 4.9%") and the other is not ("the forecast of 4.9%"): of two mentions of a value, the one in the
    same role is the counterpart."""
    fit = similarity(s, cs, d, cd)
    if (cs.role(s) == "from") != (cd.role(d) == "from"):
        fit -= _OTHER_ROLE
    return fit


def _best(figures: list[Figure], key: Callable[[Figure], tuple[float, int]]) -> Figure:
    """The best-scoring figure; a lone candidate is the best without scoring it (most values occur once)."""
    return figures[0] if len(figures) == 1 else max(figures, key=key)


def _order(p: Pairing) -> tuple[int, int]:
    big = 1 << 62
    return (p.source.start if p.source else big, p.derived.start if p.derived else -1)
