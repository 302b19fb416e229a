"""Seeded synthetic crisis scenarios with ground truth, calibrated to published figures.

``generate(seed)`` (the default crisis type, a viral video) builds a fictional airline brand, an
audience with heavy-tailed follower counts, a follower network with communities, a week of
ordinary posting with daily and weekly seasonality, a trigger at a known time, a self-exciting
(Hawkes) cascade of reactions spreading over the follower network, a sentiment shift and two
company statements with known effects. Everything the course may ask students to recover is
returned in ``Scenario.truth``. The same seed gives the same scenario, and ``write()`` gives
byte-identical files; an instructor makes a fresh scenario for each cohort with a new seed.

Modules: this one is the generator (audience, follows, intensity, cascade, ``generate``,
``write``, ``Scenario``); ``scenario_types.py`` holds the crisis types (``CRISIS_TYPES``, their
profiles, statements and sourced figures with citations, the viral video's United and airline
figures included); ``scenario_calibration.py`` gives ``calibration_table`` and
``fit_branching_ratio``; ``scenario_text.py`` writes the posts' text; ``hawkes.py`` simulates and
fits the Hawkes process.

Calibration (the scale is 1/100 of United's April 2017 volume by default so a notebook stays
fast; all targets are ratios or shares, so they hold at any scale). The volume and sentiment
targets of every type are in ``scenario_types.py`` with their sources; the audience and network
figures, the same for every type, are here:

- Follower counts of the 19,288 distinct authors in the course's United 3411 tweets: median 398,
  29.8% have at least 1,000 followers, and above 1,000 the tail is a power law with exponent 1.67
  (discrete maximum-likelihood estimate, Clauset, Shalizi & Newman 2009).
- Political blogs (Adamic & Glance 2005, this course's data): 91.2% of links stay within the
  same political community.

Modelling assumptions that are not sourced figures (stated so a notebook can say so): the
branching ratio, the reaction delay, the shape and speed of the news pulse, the seasonality
amplitudes and the statements' effects. United's own sequence (a defensive statement on
10 April, a full apology on 11 April 2017) motivates the two statements; their sizes are chosen.

Crisis types. ``generate(seed, crisis_type=T)`` with T in ``CRISIS_TYPES``; "viral_video" (the
default) is the generator described above, unchanged. The others ("product_recall",
"data_breach", "disaster_outage", "executive_misstatement") keep the same tables and truth keys
and differ in onset, sentiment, who starts crisis threads and statements; see
``scenario_types.py`` for each type's incident, figures and sources.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd
from scipy.stats import norm
from tqdm import tqdm

from . import hawkes
from .scenario_text import compose
from .scenario_types import (
    AIRLINE_SET_SHARES,
    CRISIS_TYPES,
    DEFAULT_STATEMENTS,
    MEDIA_NEUTRAL_SHARE,
    PEAK_DAY_NEGATIVE_SHARE,
    PEAK_OVER_PREVIOUS_DAY,
    PRE_CRISIS_POSITIVE_SHARE,
    PROFILES,
    UNITED_PEAK_DAY_MENTIONS,
    CrisisProfile,
    Statement,
)

__all__ = [
    "CRISIS_TYPES",
    "PROFILES",
    "Scenario",
    "ScenarioParams",
    "Statement",
    "generate",
    "write",
]

# --- Sourced audience and network figures (see the module docstring) -------------------------
FOLLOWERS_MEDIAN = 398  # United 3411 authors
FOLLOWERS_TAIL_START = 1_000
FOLLOWERS_TAIL_SHARE = 0.298
FOLLOWERS_TAIL_EXPONENT = 1.67
WITHIN_COMMUNITY_SHARE = 0.912  # polblogs links within the same leaning

MINUTE = 1.0 / 60.0  # time is measured in hours from the scenario's start


@dataclass(frozen=True)
class ScenarioParams:
    seed: int = 0
    brand: str = "Northwind Air"
    start: str = "2025-03-03"  # a Monday, 00:00 UTC
    days: int = 14
    trigger_day: int = 6  # a Sunday evening in UTC, as on 9 April 2017
    scale: float = 0.01  # fraction of United's 2017 volume
    n_accounts: int = 3_000
    n_communities: int = 4
    follows_per_account: float = 25.0
    follow_weight_exponent: float = 0.5  # P(follow j) ~ followers_j ** exponent (assumed)
    branching_ratio: float = 0.6  # assumed
    reaction_delay_hours: float = 0.75  # mean delay of a reaction (1 / beta), assumed
    pulse_timescale_hours: float = 5.0  # news pulse ~ gamma(3) shape: peaks 10 h after onset
    daily_amplitude: float = 0.5  # assumed diurnal cycle, peak at 01:00 UTC (US evening)
    daily_peak_hour_utc: float = 1.0
    weekend_factor: float = 0.85
    mood: str = "united_2017"  # or "airline_2015": pre-crisis shares of the airline set
    statements: tuple[Statement, ...] = field(default=DEFAULT_STATEMENTS)


@dataclass
class Scenario:
    """A generated scenario: tables, network and ground truth."""

    params: ScenarioParams
    accounts: pd.DataFrame
    follows: pd.DataFrame
    posts: pd.DataFrame
    statements: pd.DataFrame
    truth: dict

    def graph(self) -> nx.DiGraph:
        """Follower network: edge u -> v when u follows v; node attributes from `accounts`."""
        graph = nx.DiGraph()
        for row in self.accounts.itertuples(index=False):
            graph.add_node(row.account_id, followers=row.followers, community=row.community)
        graph.add_edges_from(self.follows[["follower_id", "followee_id"]].to_numpy().tolist())
        return graph

    def hours(self, times: pd.Series | None = None) -> np.ndarray:
        """Post times as hours since the scenario's start (the generator's clock)."""
        times = self.posts["time"] if times is None else times
        start = pd.Timestamp(self.params.start, tz="UTC")
        return ((times - start) / pd.Timedelta(hours=1)).to_numpy(dtype=float)

    def background_basis(self, hours: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The two background components (seasonal baseline, news pulse) at `hours` and their
        integrals over the window: the known shapes a Hawkes fit needs (weights unknown)."""
        model = _Intensity(self.params, self.truth["trigger_hours"], PROFILES.get(self.crisis_type))
        values = np.column_stack([model.baseline_shape(hours), model.pulse_shape(hours)])
        grid = model.grid
        integrals = np.array(
            [model.baseline_shape(grid).sum() * MINUTE, model.pulse_shape(grid).sum() * MINUTE]
        )
        return values, integrals

    @property
    def crisis_type(self) -> str:
        return self.truth.get("crisis_type", "viral_video")

    def roles(self) -> pd.Series:
        """Each account's role, indexed by account_id: "brand", "public" and, for every type but
        the viral video, "media", "official", "expert" (and "executive" for a misstatement).
        The same information is in the handles (e.g. "media00042") and in truth["account_roles"]."""
        roles = pd.Series("public", index=self.accounts["account_id"].to_numpy(), name="role")
        roles[self.accounts["is_brand"].to_numpy()] = "brand"
        for role, ids in self.truth.get("account_roles", {}).items():
            roles.loc[ids] = role
        return roles


class _Intensity:
    """Background shapes and the expected (mean) intensities on a one-minute grid."""

    def __init__(self, params: ScenarioParams, trigger_hours: float, profile=None):
        self.params = params
        self.profile = profile  # None: the viral video's gamma(3) pulse (the original model)
        self.trigger = trigger_hours
        self.end = params.days * 24.0
        self.grid = (np.arange(int(self.end * 60)) + 0.5) * MINUTE  # bin midpoints
        self.beta = 1.0 / params.reaction_delay_hours

    def baseline_shape(self, hours: np.ndarray) -> np.ndarray:
        """Daily cosine cycle times a weekend factor (start is a Monday)."""
        p = self.params
        daily = 1 + p.daily_amplitude * np.cos(2 * np.pi * (hours - p.daily_peak_hour_utc) / 24)
        weekday = (hours // 24).astype(int) % 7
        return daily * np.where(weekday >= 5, p.weekend_factor, 1.0)

    def pulse_shape(self, hours: np.ndarray) -> np.ndarray:
        """News attention after the trigger: gamma(3) rise and decay, times each statement's
        factor from its time on."""
        if self.profile is not None:
            return self.profile.pulse(self.params, self.trigger, hours)
        tau = self.params.pulse_timescale_hours
        lag = np.clip(hours - self.trigger, 0, None)
        shape = (lag / tau) ** 2 * np.exp(-lag / tau) / (2 * tau)
        for statement in self.params.statements:
            after = hours >= self.trigger + statement.hours_after_trigger
            shape = np.where(after, shape * statement.intensity_factor, shape)
        return shape

    def expected(self, background: np.ndarray) -> np.ndarray:
        """Mean intensity m = mu + n*beta*(exp kernel * m) on the grid (Euler, 1-minute step)."""
        n, beta = self.params.branching_ratio, self.beta
        decay = np.exp(-beta * MINUTE)
        result = np.empty_like(background)
        memory = 0.0
        for k, mu in enumerate(background):
            result[k] = mu + n * beta * memory
            memory = memory * decay + result[k] * MINUTE
        return result


def _day_sum(values: np.ndarray, grid: np.ndarray, day: int) -> float:
    in_day = (grid >= day * 24) & (grid < (day + 1) * 24)
    return float(values[in_day].sum() * MINUTE)


def _negative_shift(params: ScenarioParams, trigger: float, hours: np.ndarray) -> np.ndarray:
    shift = np.zeros_like(hours, dtype=float)
    for statement in params.statements:
        shift += np.where(
            hours >= trigger + statement.hours_after_trigger, statement.negative_shift, 0
        )
    return shift


def _calibrate(params: ScenarioParams, model: _Intensity) -> dict:
    """Baseline rate, pulse size and crisis negativity that make the expected figures hit the
    sourced targets (peak-day volume, peak/pre-trigger ratio, peak-day negative share)."""
    grid, peak_day = model.grid, params.trigger_day + 1
    peak_target = UNITED_PEAK_DAY_MENTIONS * params.scale
    base_unit = model.expected(model.baseline_shape(grid))  # per unit of baseline rate
    pulse_unit = model.expected(model.pulse_shape(grid))
    pre_days = range(params.trigger_day + 1)
    # mean over the days up to the trigger day = peak target / 100.68 (see
    # scenario_calibration.calibration_table)
    pre_base = np.mean([_day_sum(base_unit, grid, d) for d in pre_days])
    pre_pulse = np.mean([_day_sum(pulse_unit, grid, d) for d in pre_days])
    peak_base, peak_pulse = (
        _day_sum(base_unit, grid, peak_day),
        _day_sum(pulse_unit, grid, peak_day),
    )
    # two linear equations in (baseline rate r, pulse size a)
    matrix = np.array([[pre_base, pre_pulse], [peak_base, peak_pulse]])
    rate, size = np.linalg.solve(matrix, [peak_target / PEAK_OVER_PREVIOUS_DAY, peak_target])
    base_negative = _base_shares(params)["negative"] / (1 - _base_shares(params)["neutral"])
    in_peak = (grid >= peak_day * 24) & (grid < (peak_day + 1) * 24)
    crisis = size * pulse_unit[in_peak]
    base = rate * base_unit[in_peak]
    shift = _negative_shift(params, model.trigger, grid[in_peak])
    # choose q0 so that expected negative share of categorized posts on the peak day = 0.69
    q0 = (
        PEAK_DAY_NEGATIVE_SHARE * (crisis.sum() + base.sum())
        - base_negative * base.sum()
        - (crisis * shift).sum()
    ) / crisis.sum()
    return {
        "baseline_rate_per_hour": float(rate),
        "pulse_size": float(size),
        "crisis_negative": float(q0),
    }


def _base_shares(params: ScenarioParams) -> dict[str, float]:
    if params.mood == "airline_2015":
        return dict(AIRLINE_SET_SHARES)
    if params.mood == "united_2017":
        neutral = AIRLINE_SET_SHARES["neutral"]
        return {
            "negative": (1 - neutral) * (1 - PRE_CRISIS_POSITIVE_SHARE),
            "neutral": neutral,
            "positive": (1 - neutral) * PRE_CRISIS_POSITIVE_SHARE,
        }
    raise ValueError(f"mood must be 'united_2017' or 'airline_2015', not {params.mood!r}")


def _followers(rng: np.random.Generator, n: int) -> np.ndarray:
    """Body: log-normal below 1,000; tail: power law above 1,000 with the sourced share and
    exponent. The body's median is set so that the overall median is the sourced 398: below the
    median lie 50% of all accounts, i.e. a fraction 0.5 / (1 - tail share) of the body."""
    tail = rng.random(n) < FOLLOWERS_TAIL_SHARE
    u = rng.random(n)
    tail_values = FOLLOWERS_TAIL_START * u ** (-1 / (FOLLOWERS_TAIL_EXPONENT - 1))
    spread = 1.2  # log-normal sigma of the body (assumed)
    body_quantile = norm.ppf(0.5 / (1 - FOLLOWERS_TAIL_SHARE))
    body_median = FOLLOWERS_MEDIAN / np.exp(spread * body_quantile)
    body = np.exp(np.log(body_median) + spread * rng.standard_normal(n))
    body = np.minimum(body, FOLLOWERS_TAIL_START - 1)
    return np.where(tail, np.floor(tail_values), np.floor(body)).astype(np.int64)


def _accounts(rng: np.random.Generator, params: ScenarioParams) -> pd.DataFrame:
    n = params.n_accounts
    sizes = rng.dirichlet(np.full(params.n_communities, 4.0))
    community = rng.choice(params.n_communities, size=n, p=sizes)
    followers = _followers(rng, n)
    followers[0] = 5_000_000  # account 0 is the brand itself (a large airline's audience)
    # activity (posts per account) grows slowly with audience; noise keeps it individual
    activity = (1 + followers) ** 0.2 * rng.lognormal(0, 0.5, size=n)
    return pd.DataFrame(
        {
            "account_id": np.arange(n, dtype=np.int64),
            "handle": [f"user{k:05d}" for k in range(n)],
            "followers": followers,
            "community": community.astype(np.int64),
            "activity": activity,
            "is_brand": np.arange(n) == 0,
        }
    ).assign(handle=lambda f: f["handle"].where(~f["is_brand"], params.brand.replace(" ", "")))


def _draw_follows(rng, params, accounts, within_probability):
    n = len(accounts)
    community = accounts["community"].to_numpy()
    weight = (1 + accounts["followers"].to_numpy()) ** params.follow_weight_exponent
    counts = 1 + rng.poisson(params.follows_per_account - 1, size=n)
    source = np.repeat(np.arange(n), counts)
    own = rng.random(len(source)) < within_probability
    shift = rng.integers(1, params.n_communities, size=len(source))
    target_community = np.where(
        own, community[source], (community[source] + shift) % params.n_communities
    )
    target = np.empty(len(source), dtype=np.int64)
    for c in range(params.n_communities):
        members = np.flatnonzero(community == c)
        rows = np.flatnonzero(target_community == c)
        target[rows] = members[_pick_by_weight(rng, weight[members], len(rows))]
    pairs = np.unique(np.column_stack([source, target])[source != target], axis=0)
    within = community[pairs[:, 0]] == community[pairs[:, 1]]
    return pd.DataFrame({"follower_id": pairs[:, 0], "followee_id": pairs[:, 1]}), within.mean()


def _follows(rng: np.random.Generator, params: ScenarioParams, accounts: pd.DataFrame):
    """Each account follows ~Poisson(k) others, its own community with the sourced share, and
    within a community accounts with bigger audiences more often. Removing repeated and self
    follows lowers the within share (hubs are drawn twice most often), so a first draw measures
    that loss and a second draw compensates for it."""
    _, realised = _draw_follows(rng, params, accounts, WITHIN_COMMUNITY_SHARE)
    corrected = min(WITHIN_COMMUNITY_SHARE + (WITHIN_COMMUNITY_SHARE - realised), 0.999)
    follows, _ = _draw_follows(rng, params, accounts, corrected)
    return follows


def _immigrants(rng: np.random.Generator, rate_on_grid: np.ndarray) -> np.ndarray:
    """Inhomogeneous Poisson times: Poisson count per minute, uniform within the minute."""
    counts = rng.poisson(rate_on_grid * MINUTE)
    starts = np.repeat(np.arange(len(counts)) * MINUTE, counts)
    return starts + rng.random(len(starts)) * MINUTE


def _pick_by_weight(rng: np.random.Generator, weights: np.ndarray, size: int) -> np.ndarray:
    cumulative = np.cumsum(weights)
    return np.minimum(
        np.searchsorted(cumulative, rng.random(size) * cumulative[-1]), len(weights) - 1
    )


def _cascade(rng, params, model, calibration, accounts, follows, root_picker=None):
    """Branching construction of the Hawkes process over the follower network.

    Returns arrays for every post: time, author, parent index (-1 for immigrants), generation
    and whether the post belongs to the crisis (its root is a reaction to the news pulse).
    """
    grid = model.grid
    base = _immigrants(rng, calibration["baseline_rate_per_hour"] * model.baseline_shape(grid))
    news = _immigrants(rng, calibration["pulse_size"] * model.pulse_shape(grid))
    activity = accounts["activity"].to_numpy().copy()
    activity[0] = 0.0  # the brand speaks only through its statements
    times = np.concatenate([base, news])
    crisis = np.concatenate([np.zeros(len(base), bool), np.ones(len(news), bool)])
    authors = _pick_by_weight(rng, activity, len(times))
    if root_picker is not None:  # who starts crisis threads depends on the crisis type
        authors[crisis] = root_picker(rng, int(crisis.sum()))
    parents = np.full(len(times), -1, dtype=np.int64)
    generation = np.zeros(len(times), dtype=np.int64)
    # followers of each account, as CSR arrays: a reaction comes from a follower of the author
    order = np.argsort(follows["followee_id"].to_numpy(), kind="stable")
    follower_list = follows["follower_id"].to_numpy()[order]
    follower_count = np.bincount(follows["followee_id"].to_numpy(), minlength=len(accounts))
    offsets = np.concatenate([[0], np.cumsum(follower_count)])
    current = np.arange(len(times))
    level = 0
    while len(current):
        level += 1
        child_times, local_parent = hawkes.offspring(
            rng, times[current], params.branching_ratio, model.beta, model.end
        )
        parent_index = current[local_parent]
        parent_author = authors[parent_index]
        has_followers = follower_count[parent_author] > 0
        pick = offsets[parent_author] + np.floor(
            rng.random(len(parent_index)) * np.maximum(follower_count[parent_author], 1)
        ).astype(np.int64)
        fallback = _pick_by_weight(rng, activity, len(parent_index))
        child_authors = np.where(
            has_followers, follower_list[np.minimum(pick, len(follower_list) - 1)], fallback
        )
        current = np.arange(len(times), len(times) + len(child_times))
        times = np.concatenate([times, child_times])
        authors = np.concatenate([authors, child_authors])
        parents = np.concatenate([parents, parent_index])
        crisis = np.concatenate([crisis, crisis[parent_index]])
        generation = np.concatenate([generation, np.full(len(child_times), level)])
    return times, authors, parents, generation, crisis


def _descendants(parents: np.ndarray, generation: np.ndarray) -> np.ndarray:
    """Number of posts each post set off, directly or indirectly (deepest generation first)."""
    total = np.zeros(len(parents), dtype=np.int64)
    for level in range(int(generation.max()), 0, -1):
        rows = np.flatnonzero(generation == level)
        np.add.at(total, parents[rows], 1 + total[rows])
    return total


def _window_days(params: ScenarioParams, window: tuple) -> np.ndarray:
    first = 0 if window[0] is None else params.trigger_day + window[0]
    last = params.days if window[1] is None else params.trigger_day + window[1]
    return np.arange(max(first, 0), min(last, params.days))


def _calibrate_volume(params: ScenarioParams, model: _Intensity, profile: CrisisProfile) -> dict:
    """Baseline rate and pulse size from two linear equations: the mean daily level in one
    window and the ratio of two windows' mean daily volumes (expected values)."""
    grid = model.grid
    base_unit = model.expected(model.baseline_shape(grid))
    pulse_unit = model.expected(model.pulse_shape(grid))
    day = (grid // 24).astype(int)
    base_days = np.bincount(day, weights=base_unit, minlength=params.days) * MINUTE
    pulse_days = np.bincount(day, weights=pulse_unit, minlength=params.days) * MINUTE
    level = _window_days(params, profile.level.window)
    top = _window_days(params, profile.ratio.window)
    bottom = _window_days(params, profile.ratio.reference)
    if not (len(level) and len(top) and len(bottom)):
        last = max(w[0] or 0 for w in (profile.level.window, profile.ratio.window)) + 1
        raise ValueError(
            f"{profile.name} needs at least one day before the onset and days >= trigger_day + "
            f"{last} (here days={params.days}, trigger_day={params.trigger_day})"
        )
    ratio = profile.ratio.value
    matrix = np.array(
        [
            [base_days[level].mean(), pulse_days[level].mean()],
            [
                base_days[top].mean() - ratio * base_days[bottom].mean(),
                pulse_days[top].mean() - ratio * pulse_days[bottom].mean(),
            ],
        ]
    )
    rate, size = np.linalg.solve(matrix, [profile.level.value * params.scale, 0.0])
    expected_days = rate * base_days + size * pulse_days
    return {
        "baseline_rate_per_hour": float(rate),
        "pulse_size": float(size),
        "peak_day_index": int(np.argmax(expected_days)),
    }


def _assign_roles(rng, params, accounts: pd.DataFrame, profile: CrisisProfile) -> dict:
    """Pick the accounts of each role among the best-followed, rename their handles (e.g.
    "media00042") and return role -> sorted account ids."""
    n = len(accounts)
    order = np.argsort(-accounts["followers"].to_numpy(), kind="stable")
    taken = {0}
    ids = {}
    handles = accounts["handle"].to_numpy().copy()
    for role, (count, top) in profile.roles.items():
        pool = np.array([a for a in order[: max(int(top * n), 1)] if a not in taken])
        k = min(max(1, round(count * n / 3000)), len(pool))
        chosen = np.sort(rng.choice(pool, size=k, replace=False))
        ids[role] = chosen
        taken.update(int(a) for a in chosen)
        handles[chosen] = [
            f"{params.brand.replace(' ', '')}CEO" if role == "executive" else f"{role}{a:05d}"
            for a in chosen
        ]
    accounts["handle"] = handles
    return ids


def _root_picker(accounts: pd.DataFrame, role_ids: dict, profile: CrisisProfile):
    """Authors of crisis threads: a role drawn with the type's shares, then an account of that
    role with probability proportional to its activity."""
    activity = accounts["activity"].to_numpy()
    public = np.ones(len(accounts), bool)
    public[0] = False
    for ids in role_ids.values():
        public[ids] = False
    members = {"public": np.flatnonzero(public), **role_ids}
    names = list(profile.root_shares)
    shares = np.array([profile.root_shares[r] for r in names])

    def pick(rng: np.random.Generator, size: int) -> np.ndarray:
        role = rng.choice(len(names), size=size, p=shares / shares.sum())
        out = np.empty(size, dtype=np.int64)
        for r, name in enumerate(names):
            rows = np.flatnonzero(role == r)
            pool = members[name]
            out[rows] = pool[_pick_by_weight(rng, activity[pool], len(rows))]
        return out

    return pick


def _type_sentiment(rng, params, profile, trigger, times, crisis, authors, role_ids):
    # authors index the accounts table; params.n_accounts is its length
    """Neutral and negative probabilities per post; the crisis posts' base negativity q0 is
    solved (bisection) so that the expected negative share in the target window is the target,
    given the posts drawn. Returns the labels and q0."""
    base = profile.base_shares
    role = np.full(params.n_accounts, "public", dtype=object)
    for name, ids in role_ids.items():
        role[ids] = name
    author_role = role[authors]
    neutral_p = np.where(crisis, profile.crisis_neutral, base["neutral"])
    neutral_p = np.where(crisis & (author_role == "media"), MEDIA_NEUTRAL_SHARE, neutral_p)
    shift = _negative_shift(params, trigger, times)
    fixed = np.full(len(times), np.nan)
    fixed[~crisis] = base["negative"] / (1 - base["neutral"])
    for name, value in profile.role_negative.items():
        fixed[crisis & (author_role == name)] = value
    days = _window_days(params, profile.negative.window)
    in_window = np.isin((times // 24).astype(int), days)
    weight = (1 - neutral_p)[in_window]
    denominator = weight.sum() if profile.negative.of == "categorized" else in_window.sum()

    def probabilities(q0: float) -> np.ndarray:
        return np.where(np.isnan(fixed), np.clip(q0 + shift, 0, 1), fixed)

    low, high = -1.0, 2.0
    for _ in range(60):
        middle = (low + high) / 2
        share = (weight * probabilities(middle)[in_window]).sum() / denominator
        low, high = (middle, high) if share < profile.negative.value else (low, middle)
    q0 = (low + high) / 2
    neutral = rng.random(len(times)) < neutral_p
    negative = rng.random(len(times)) < probabilities(q0)
    sentiment = np.where(neutral, "neutral", np.where(negative, "negative", "positive"))
    return sentiment, float(q0)


def generate(
    seed: int = 0, *, crisis_type: str = "viral_video", progress: bool = False, **overrides
) -> Scenario:
    """A fresh scenario of `crisis_type` (one of CRISIS_TYPES) for `seed`; keyword overrides
    change ScenarioParams fields (after the type's own defaults). The default, "viral_video", is
    the original generator, unchanged."""
    if crisis_type not in CRISIS_TYPES:
        raise ValueError(f"crisis_type must be one of {CRISIS_TYPES}, not {crisis_type!r}")
    profile = PROFILES.get(crisis_type)  # None for the viral video
    defaults = {} if profile is None else dict(profile.defaults)
    params = replace(ScenarioParams(seed=seed), **{**defaults, **overrides})
    rng = np.random.default_rng(params.seed)
    steps = tqdm(total=5, desc="scenario", disable=not progress)
    accounts = _accounts(rng, params)
    follows = _follows(rng, params, accounts)
    steps.update()
    if profile is None:
        # onset: late evening UTC of the trigger day, jittered by the seed within half an hour
        trigger = params.trigger_day * 24 + 23.0 - 0.5 * rng.random()
    else:
        trigger = params.trigger_day * 24 + profile.onset_hour_utc - 0.5 * rng.random()
    model = _Intensity(params, trigger, profile)
    if profile is None:
        calibration = _calibrate(params, model)
        role_ids, root_picker = {}, None
    else:
        calibration = _calibrate_volume(params, model, profile)
        role_ids = _assign_roles(rng, params, accounts, profile)
        root_picker = _root_picker(accounts, role_ids, profile)
    steps.update()
    times, authors, parents, generation, crisis = _cascade(
        rng, params, model, calibration, accounts, follows, root_picker
    )
    steps.update()
    order = np.argsort(times, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    if profile is None:
        shares = _base_shares(params)
        neutral = rng.random(len(times)) < shares["neutral"]
        negative_if_categorized = np.where(
            crisis,
            np.clip(calibration["crisis_negative"] + _negative_shift(params, trigger, times), 0, 1),
            shares["negative"] / (1 - shares["neutral"]),
        )
        negative = rng.random(len(times)) < negative_if_categorized
        sentiment = np.where(neutral, "neutral", np.where(negative, "negative", "positive"))
        texts = compose(rng, sentiment, crisis, params.brand)
    else:
        sentiment, calibration["crisis_negative"] = _type_sentiment(
            rng, params, profile, trigger, times, crisis, authors, role_ids
        )
        texts = compose(rng, sentiment, crisis, params.brand, crisis_type=crisis_type)
    steps.update()
    start = pd.Timestamp(params.start, tz="UTC")
    descendants = _descendants(parents, generation)
    posts = pd.DataFrame(
        {
            "post_id": rank,
            "time": start
            + pd.to_timedelta(np.round(times * 3_600_000).astype(np.int64), unit="ms"),
            "account_id": authors,
            "parent_id": pd.array(
                np.where(parents >= 0, rank[np.maximum(parents, 0)], 0), dtype="Int64"
            ),
            "kind": np.where(parents >= 0, "reaction", "original"),
            "about_crisis": crisis,
            "sentiment": pd.Categorical(sentiment, categories=["negative", "neutral", "positive"]),
            "text": texts,
            "generation": generation,
            "descendants": descendants,
        }
    )
    posts.loc[parents < 0, "parent_id"] = pd.NA
    posts = posts.sort_values("post_id").reset_index(drop=True)
    extra = {} if profile is None else profile.extra_truth(rng, params, trigger, start)
    speakers = {"brand": 0, **{role: int(ids[0]) for role, ids in role_ids.items() if len(ids)}}
    statements = pd.DataFrame(
        [
            {
                "time": start + pd.Timedelta(hours=trigger + s.hours_after_trigger),
                "account_id": speakers[s.speaker],
                "kind": s.kind,
                "text": s.text.format(brand=params.brand, **extra.get("text_fields", {}))
                if profile is not None
                else s.text,
                "intensity_factor": s.intensity_factor,
                "negative_shift": s.negative_shift,
            }
            for s in params.statements
        ]
    )
    crisis_posts = posts[posts["about_crisis"]]
    spread = (
        crisis_posts.groupby("account_id")["descendants"]
        .sum()
        .sort_values(ascending=False, kind="stable")
    )
    if profile is not None:  # the day with the most posts (the expected peak may be close)
        calibration["peak_day_index"] = int(_day_counts_of(times, params.days).argmax())
    truth = {
        "seed": params.seed,
        "trigger_hours": trigger,
        "onset_time": (start + pd.Timedelta(hours=trigger)).isoformat(),
        "peak_day": (
            start
            + pd.Timedelta(
                days=params.trigger_day + 1 if profile is None else calibration["peak_day_index"]
            )
        )
        .date()
        .isoformat(),
        "branching_ratio": params.branching_ratio,
        "realized_branching_ratio": float((parents >= 0).sum() / len(parents)),
        "kernel_decay_per_hour": 1.0 / params.reaction_delay_hours,
        "communities": {
            str(c): int(k) for c, k in accounts["community"].value_counts().sort_index().items()
        },
        "top_spreaders": [int(a) for a in spread.index[:10]],
        "statement_effects": [
            {
                "time": str(row.time.isoformat()),
                "kind": row.kind,
                "intensity_factor": row.intensity_factor,
                "negative_shift": row.negative_shift,
            }
            for row in statements.itertuples()
        ],
        "calibration": calibration,
        "params": {k: v for k, v in asdict(params).items() if k != "statements"},
        "crisis_type": crisis_type,
    }
    if profile is not None:
        truth["account_roles"] = {role: [int(a) for a in ids] for role, ids in role_ids.items()}
        truth["onset_shape"] = [asdict(c) for c in profile.components]
        truth.update({k: v for k, v in extra.items() if k != "text_fields"})
    steps.update()
    steps.close()
    return Scenario(params, accounts, follows, posts, statements, truth)


def _day_counts_of(hours: np.ndarray, days: int) -> np.ndarray:
    return np.bincount((hours // 24).astype(int), minlength=days)[:days]


def _timestamps(values: pd.Series) -> pd.Series:
    """ISO 8601 UTC with milliseconds: a fixed text form keeps files byte-identical."""
    return values.dt.strftime("%Y-%m-%dT%H:%M:%S.%f").str[:-3] + "Z"


def write(scenario: Scenario, out: str | Path, *, progress: bool = False) -> list[Path]:
    """Write the scenario as CSV and JSON files in `out`; the same scenario gives the same
    bytes. Returns the paths written."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    posts = scenario.posts.assign(time=_timestamps(scenario.posts["time"]))
    statements = scenario.statements.assign(time=_timestamps(scenario.statements["time"]))
    accounts = scenario.accounts.assign(activity=scenario.accounts["activity"].round(6))
    tables = {
        "posts.csv": posts,
        "accounts.csv": accounts,
        "follows.csv": scenario.follows,
        "statements.csv": statements,
    }
    written = []
    for name, frame in tqdm(tables.items(), desc="write", disable=not progress):
        path = out / name
        frame.to_csv(path, index=False, lineterminator="\n", float_format="%.6g")
        written.append(path)
    truth = out / "truth.json"
    truth.write_text(json.dumps(scenario.truth, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    written.append(truth)
    return written
