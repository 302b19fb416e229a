"""The calibration table of a generated scenario: each calibrated statistic with its source.

``calibration_table(scenario)`` lists, for a scenario of any crisis type, each statistic the
generator is calibrated to, its source (a citation, or "assumption"), target, generated value and
tolerance; ``fit_branching_ratio(scenario)`` recovers the branching ratio with a Hawkes fit. The
figures and their sources are in ``scenario_types.py`` (per type) and ``scenario.py`` (audience
and network).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import hawkes
from .scenario import (
    FOLLOWERS_MEDIAN,
    FOLLOWERS_TAIL_EXPONENT,
    FOLLOWERS_TAIL_SHARE,
    FOLLOWERS_TAIL_START,
    WITHIN_COMMUNITY_SHARE,
    Scenario,
    _window_days,
)
from .scenario_types import (
    AIRLINE_SET_SHARES,
    EQUIFAX_DISCLOSURE_DELAY_DAYS,
    EQUIFAX_OFFICIAL_NEGATIVE,
    HAYWARD_APOLOGY_DAYS,
    NEGATIVE_RISE_MARGIN,
    NOTE7_BUILDUP_DAYS,
    PEAK_DAY_NEGATIVE_SHARE,
    PEAK_OVER_PREVIOUS_DAY,
    PRE_CRISIS_POSITIVE_SHARE,
    PROFILES,
    SAMSUNG_SHARES_AFTER,
    SANDY_HOURS_FRIDAY,
    SANDY_HOURS_THURSDAY,
    SANDY_OUT_FRIDAY_MORNING,
    SANDY_OUT_THURSDAY_AFTERNOON,
    SANDY_PEAK_OUT,
    UNITED_PEAK_DAY_MENTIONS,
    CrisisProfile,
)


def _day_counts(scenario: Scenario, frame: pd.DataFrame | None = None) -> pd.Series:
    frame = scenario.posts if frame is None else frame
    start = pd.Timestamp(scenario.params.start, tz="UTC")
    day = ((frame["time"] - start) // pd.Timedelta(days=1)).astype(int)
    return day.value_counts().reindex(range(scenario.params.days), fill_value=0)


def _share(mask: pd.Series, of: pd.Series) -> float:
    return float(mask[of].mean())


def _tail_exponent(values: np.ndarray, start: float) -> float:
    """Discrete power-law exponent above `start` (Clauset, Shalizi & Newman 2009, eq. 3.7)."""
    tail = values[values >= start]
    return float(1 + len(tail) / np.log(tail / (start - 0.5)).sum())


def fit_branching_ratio(scenario: Scenario) -> hawkes.HawkesFit:
    """Fit the exponential-kernel Hawkes model to the scenario's post times, with the known
    background shapes (seasonal baseline and news pulse) and unknown weights."""
    hours = np.sort(scenario.hours())
    values, integrals = scenario.background_basis(hours)
    return hawkes.fit(hours, scenario.params.days * 24.0, values, integrals)


def calibration_table(scenario: Scenario) -> pd.DataFrame:
    """Each calibrated statistic: source (a citation, or "assumption"), target, generated value,
    tolerance (its `kind`: relative, absolute or "at least") and whether it is met. Tolerances are
    about three standard deviations of the statistic over seeds. Works for every crisis type."""
    profile = PROFILES.get(scenario.crisis_type)
    rows = _viral_rows(scenario) if profile is None else _type_rows(scenario, profile)
    if profile is not None or scenario.params.mood == "united_2017":
        # not for the "airline_2015" mood: its quiet mix is a complaint set (62.7% negative), so
        # the crisis does not raise negativity there (the test of that mood says so)
        rows.append(_rise_row(scenario))
    rows += _common_rows(scenario, mle_tolerance=0.08 if profile is None else 0.12)
    table = pd.DataFrame(
        rows, columns=["statistic", "source", "target", "generated", "tolerance", "kind"]
    )
    error = (table["generated"] - table["target"]).abs()
    allowed = np.where(
        table["kind"] == "relative", table["tolerance"] * table["target"].abs(), table["tolerance"]
    )
    at_least = table["kind"] == "at least"
    table["ok"] = np.where(at_least, table["generated"] >= table["target"], error <= allowed)
    return table


def crisis_windows(scenario: Scenario) -> tuple[pd.Series, pd.Series]:
    """Masks of posts in the quiet period (before the onset) and in the first crisis day: the 24
    hours from when the crisis is news (the onset; for a product recall, the recall notice, as
    its ramp of complaints is almost empty before)."""
    profile = PROFILES.get(scenario.crisis_type)
    times = scenario.posts["time"]
    onset = pd.Timestamp(scenario.truth["onset_time"])
    news = onset + pd.Timedelta(hours=0.0 if profile is None else profile.news_after_hours)
    return times < onset, (times >= news) & (times < news + pd.Timedelta(hours=24))


def negative_rise(scenario: Scenario) -> tuple[float, float]:
    """Negative share of sentiment-categorized posts (the generator's labels) in the quiet period
    and in the first crisis day (see `crisis_windows`)."""
    sentiment = scenario.posts["sentiment"]
    categorized = sentiment != "neutral"
    quiet, first = crisis_windows(scenario)
    negative = sentiment == "negative"
    return _share(negative, quiet & categorized), _share(negative, first & categorized)


def _rise_row(scenario: Scenario) -> tuple:
    quiet, first = negative_rise(scenario)
    return (
        "negative share of categorized posts, first crisis day minus quiet period (at least)",
        "assumption: a crisis raises negativity by a margin the course's alarms can see",
        NEGATIVE_RISE_MARGIN,
        first - quiet,
        0.0,
        "at least",
    )


def _viral_rows(scenario: Scenario) -> list:
    p, posts = scenario.params, scenario.posts
    days = _day_counts(scenario)
    peak_day = p.trigger_day + 1
    categorized = posts["sentiment"] != "neutral"
    onset = pd.Timestamp(scenario.truth["onset_time"])
    before = posts["time"] < onset
    start = pd.Timestamp(p.start, tz="UTC")
    on_peak = (posts["time"] >= start + pd.Timedelta(days=peak_day)) & (
        posts["time"] < start + pd.Timedelta(days=peak_day + 1)
    )
    negative, positive = posts["sentiment"] == "negative", posts["sentiment"] == "positive"
    brandwatch = "Brandwatch, United, April 2017"
    rows = [
        (
            "peak-day posts",
            f"{brandwatch}: 1.52M on 10 April x scale",
            UNITED_PEAK_DAY_MENTIONS * p.scale,
            days[peak_day],
            0.10,
            "relative",
        ),
        # over 20 seeds the ratio's SD is 7.9% of the target: 0.25 is about 3 SD (0.20 before)
        (
            "peak day / mean day up to the trigger",
            "AMA/Brandwatch: +9,968% vs 9 April",
            PEAK_OVER_PREVIOUS_DAY,
            days[peak_day] / days[: p.trigger_day + 1].mean(),
            0.25,
            "relative",
        ),
        (
            "peak-day negative share of categorized",
            f"{brandwatch}: 69% negative on 10 April",
            PEAK_DAY_NEGATIVE_SHARE,
            _share(negative, on_peak & categorized),
            0.02,
            "absolute",
        ),
        (
            "neutral share of all posts",
            "Airline sentiment set: 21.2% neutral",
            AIRLINE_SET_SHARES["neutral"],
            float((~categorized).mean()),
            0.01,
            "absolute",
        ),
    ]
    if p.mood == "united_2017":
        rows.append(
            (
                "pre-trigger positive share of categorized",
                f"{brandwatch}: >91% positive on 8-9 April",
                PRE_CRISIS_POSITIVE_SHARE,
                _share(positive, before & categorized),
                0.03,
                "absolute",
            )
        )
    else:
        for label in ("negative", "positive"):
            rows.append(
                (
                    f"pre-trigger {label} share",
                    "Airline sentiment set class shares",
                    AIRLINE_SET_SHARES[label],
                    _share(posts["sentiment"] == label, before),
                    0.03,
                    "absolute",
                )
            )
    return rows


def _share_tolerance(share: float, count: int) -> float:
    """Three binomial standard deviations of a share over `count` posts (at least 0.01)."""
    return round(max(0.01, 3 * np.sqrt(share * (1 - share) / max(int(count), 1))), 3)


def _window_label(window: tuple) -> str:
    first = "start" if window[0] is None else f"onset day {window[0]:+d}"
    last = "end" if window[1] is None else f"onset day {window[1]:+d}"
    return f"days [{first}, {last})"


def _in_days(scenario: Scenario, window: tuple) -> pd.Series:
    start = pd.Timestamp(scenario.params.start, tz="UTC")
    day = ((scenario.posts["time"] - start) // pd.Timedelta(days=1)).astype(int)
    return day.isin(_window_days(scenario.params, window))


def _type_rows(scenario: Scenario, profile: CrisisProfile) -> list:
    """The type's volume, sentiment, timing and who-speaks rows."""
    p, posts, truth = scenario.params, scenario.posts, scenario.truth
    days = _day_counts(scenario).to_numpy()
    sentiment = posts["sentiment"]
    categorized = sentiment != "neutral"
    level, ratio, negative = profile.level, profile.ratio, profile.negative

    def mean_days(window):
        return days[_window_days(p, window)].mean()

    in_negative = _in_days(scenario, negative.window)
    of = in_negative & categorized if negative.of == "categorized" else in_negative
    # Tolerances are three standard deviations: for counts, of a Hawkes process with branching
    # ratio n (variance about mean / (1 - n)^2); for shares, binomial over the posts counted.
    spread = 3 / (1 - p.branching_ratio)
    level_days, top_days = _window_days(p, level.window), _window_days(p, ratio.window)
    bottom_days = _window_days(p, ratio.reference)
    level_tolerance = spread / np.sqrt(level.value * p.scale * len(level_days))
    ratio_tolerance = spread * np.sqrt(1 / days[top_days].sum() + 1 / days[bottom_days].sum())
    rows = [
        (
            f"mean posts per day, {_window_label(level.window)}",
            level.source if level.source == "assumption" else f"{level.source} x scale",
            level.value * p.scale,
            mean_days(level.window),
            round(float(level_tolerance), 3),
            "relative",
        ),
        (
            f"mean daily posts {_window_label(ratio.window)} / {_window_label(ratio.reference)}",
            ratio.source,
            ratio.value,
            mean_days(ratio.window) / mean_days(ratio.reference),
            round(float(ratio_tolerance), 3),
            "relative",
        ),
        (
            f"negative share of {negative.of} posts, {_window_label(negative.window)}",
            negative.source,
            negative.value,
            _share(sentiment == "negative", of),
            _share_tolerance(negative.value, of.sum()),
            "absolute",
        ),
    ]
    before = _in_days(scenario, level.window) & ~posts["about_crisis"]
    for label in ("negative", "neutral", "positive"):
        rows.append(
            (
                f"{label} share of non-crisis posts, {_window_label(level.window)}",
                profile.base_source,
                profile.base_shares[label],
                _share(sentiment == label, before),
                _share_tolerance(profile.base_shares[label], before.sum()),
                "absolute",
            )
        )
    crisis_roots = posts["about_crisis"] & posts["parent_id"].isna()
    roles = scenario.roles().loc[posts.loc[crisis_roots, "account_id"]].to_numpy()
    rows.append(
        (
            "share of crisis threads started by media, official or expert accounts",
            "assumption",
            1 - profile.root_shares["public"],
            float(np.isin(roles, ["media", "official", "expert"]).mean()),
            _share_tolerance(1 - profile.root_shares["public"], len(roles)),
            "absolute",
        )
    )
    statements = scenario.statements
    if profile.name == "product_recall":
        after = _in_days(scenario, ratio.window)
        for label in ("neutral", "positive"):
            rows.append(
                (
                    f"{label} share of all posts after the recall",
                    f"Spredfast via Adweek: {SAMSUNG_SHARES_AFTER[label]:.0%} {label} after",
                    SAMSUNG_SHARES_AFTER[label],
                    _share(sentiment == label, after),
                    max(_share_tolerance(SAMSUNG_SHARES_AFTER[label], after.sum()), 0.02),
                    "absolute",
                )
            )
        recall = statements.loc[statements["kind"] == "recall", "time"].iloc[0]
        first = posts.loc[posts["about_crisis"], "time"].min()
        rows.append(
            (
                "days from the first crisis post to the recall notice",
                "Firstpost: first report 25 August, recall 2 September 2016",
                NOTE7_BUILDUP_DAYS,
                (recall - first) / pd.Timedelta(days=1),
                0.5,
                "absolute",
            )
        )
    elif profile.name == "data_breach":
        # Zignal's "mentions more than doubled the day after the first report" is context only,
        # not a target: it counts Congress members' tweets and news (see scenario_types.py)
        official = scenario.roles().loc[posts["account_id"]].to_numpy() == "official"
        mask = posts["about_crisis"] & categorized & official
        rows.append(
            (
                "negative share of official accounts' categorized crisis posts",
                "Zignal Labs: Congress tweets and news on Equifax 97% negative",
                EQUIFAX_OFFICIAL_NEGATIVE,
                _share(sentiment == "negative", mask),
                _share_tolerance(EQUIFAX_OFFICIAL_NEGATIVE, mask.sum()),
                "absolute",
            )
        )
        disclosure = statements.loc[statements["kind"] == "disclosure", "time"].iloc[0]
        rows.append(
            (
                "days from discovery to disclosure",
                "Equifax FAQ: learned 29 July, disclosed 7 September 2017",
                EQUIFAX_DISCLOSURE_DELAY_DAYS,
                (disclosure - pd.Timestamp(truth["discovery_time"])) / pd.Timedelta(days=1),
                0.0,
                "absolute",
            )
        )
    elif profile.name == "disaster_outage":
        out = truth["share_out_after_hours"]
        for hours, count, when in (
            (SANDY_HOURS_FRIDAY, SANDY_OUT_FRIDAY_MORNING, "early on Friday 2 Nov"),
            (SANDY_HOURS_THURSDAY, SANDY_OUT_THURSDAY_AFTERNOON, "Thursday 1 Nov afternoon"),
        ):
            rows.append(
                (
                    f"share of affected customers still out {hours:.0f} h after landfall",
                    f"Reuters/DOE: {count / 1e6:.1f}M of 8.48M out {when} 2012",
                    count / SANDY_PEAK_OUT,
                    out[str(int(hours))],
                    # the Friday figure sets the timescale; Thursday's tests one exponential
                    0.02 if hours == SANDY_HOURS_FRIDAY else 0.05,
                    "absolute",
                )
            )
    elif profile.name == "executive_misstatement":
        said = statements.loc[statements["kind"] == "misstatement", "time"].iloc[0]
        apology = statements.loc[statements["kind"] == "apology", "time"].iloc[0]
        rows.append(
            (
                "days from the misstatement to the apology",
                "AFP, 2 June 2010: Hayward's remark on Sunday 30 May, apology on 2 June",
                HAYWARD_APOLOGY_DAYS,
                (apology - said) / pd.Timedelta(days=1),
                0.0,
                "absolute",
            )
        )
    return rows


def _common_rows(scenario: Scenario, mle_tolerance: float) -> list:
    """Audience, network and branching rows: the same generator for every crisis type."""
    p, accounts = scenario.params, scenario.accounts
    followers = accounts.loc[~accounts["is_brand"], "followers"].to_numpy()
    community = accounts.set_index("account_id")["community"]
    follows = scenario.follows
    within = (
        community.loc[follows["follower_id"]].to_numpy()
        == community.loc[follows["followee_id"]].to_numpy()
    )
    return [
        (
            "median followers",
            "United 3411 authors (course data)",
            FOLLOWERS_MEDIAN,
            float(np.median(followers)),
            0.15,
            "relative",
        ),
        (
            "share with >= 1,000 followers",
            "United 3411 authors (course data)",
            FOLLOWERS_TAIL_SHARE,
            float((followers >= FOLLOWERS_TAIL_START).mean()),
            0.03,
            "absolute",
        ),
        (
            "follower tail exponent above 1,000",
            "United 3411 authors, discrete MLE",
            FOLLOWERS_TAIL_EXPONENT,
            _tail_exponent(followers, FOLLOWERS_TAIL_START),
            0.12,
            "absolute",
        ),
        (
            "follow links within a community",
            "polblogs: 91.2% of links within leaning",
            WITHIN_COMMUNITY_SHARE,
            float(within.mean()),
            0.02,
            "absolute",
        ),
        (
            "realised branching ratio (generator parameter)",
            "assumption",
            p.branching_ratio,
            scenario.truth["realized_branching_ratio"],
            0.03,
            "absolute",
        ),
        # Over 30 seeds at the default scale this estimate has SD 0.026 (max error 0.062) for
        # the viral video, so the tolerance is 3 SD; a larger scale narrows it (see the tests).
        # The other types' pulses are flatter (SD up to 0.040 over 10 seeds): 0.12.
        (
            "Hawkes MLE branching ratio (generator parameter, recovered by fit)",
            "assumption",
            p.branching_ratio,
            fit_branching_ratio(scenario).branching_ratio,
            mle_tolerance,
            "absolute",
        ),
    ]
