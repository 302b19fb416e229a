"""Crisis types of the scenario generator: each type's sourced figures, statements and profile.

``smcm_data.scenario.generate(seed, crisis_type=T)`` makes one of ``CRISIS_TYPES``. Every type
uses the same generator (seasonal baseline, Hawkes cascade over the follower network, statements
with effects; see ``scenario.py``) and keeps the same tables and truth keys (plus
``crisis_type``, ``account_roles``, ``onset_shape`` and a few type-specific keys). Types differ in
what the course says tells crises apart: the onset (the news pulse's shape), who starts crisis
threads (accounts with roles media, official, expert; see ``Scenario.roles()``), the sentiment
mix and the statements. Each type is calibrated to one real incident; each figure's source is
next to its constant below:

- "viral_video" (United, April 2017; the default): the original generator, whose volume and
  sentiment targets are the United and airline figures in the first section. Its pulse and
  statements are built into ``scenario.py`` (``PROFILES`` has no entry for it).
- "product_recall" (Samsung Galaxy Note 7, 2016): complaints build up for 8 days before the
  recall notice (first report 25 August, recall 2 September 2016; Firstpost), then Samsung's
  call to stop using the phones 8 days after the recall (10 September 2016; PRWeek; 9 September
  in the US with the CPSC). Volume after / before the recall
  (3,987,139 / 2,982,426 mentions in 40 days each) and the sentiment shares before (7% negative,
  66% neutral, 27% positive) and after (20%, 61%, 19%): Spredfast via Adweek, October 2016.
- "data_breach" (Equifax, 2017): the company's own disclosure is the onset, 40 days after it
  discovered the breach (29 July -> 7 September 2017; Equifax FAQ); officials' posts are 97%
  negative (Zignal Labs on Congress tweets and news); a routine upbeat post the next day
  backfires (Equifax's "Happy Friday!", digitalmode.net). Its quiet-period mix is a proxy:
  Samsung's ordinary Twitter mix (Spredfast via Adweek), a technology brand's, not Equifax's.
- "disaster_outage" (Hurricane Sandy, 2012): the external cause (landfall, 00:00 UTC) is known;
  customers' restoration follows one exponential through the DOE figure of 3.6 million of 8.48
  million (a sum of each state's peak, not the number out at landfall) still out early on 2
  November (Reuters); the utility posts restoration updates. Its quiet-period mix is a proxy: an
  energy company's in normal times (BP before the 2010 spill; Sysomos via MarketingCharts).
- "executive_misstatement" (BP's Tony Hayward, 2010): the executive's own remark is the onset and
  the apology follows 3 days later (30 May -> 2 June 2010; AFP, Business Insider). Its quiet
  period is BP in normal times (before the spill, not the 40 days of spill before the remark).

The quiet period of every type is less negative than its crisis: the negative share of
categorized posts in the first crisis day exceeds the quiet period's by at least
``NEGATIVE_RISE_MARGIN`` (a calibration row and a test; VADER on the texts shows the rise too).

Everything else about these types (volume levels and ratios where no source gives them, pulse
shapes, role counts and shares, neutral shares of crisis posts, statement effects, the hours of
onsets) is an assumption and is labelled so in ``scenario_calibration.calibration_table``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from scipy.special import gamma as gamma_function

if TYPE_CHECKING:
    from .scenario import ScenarioParams

CRISIS_TYPES = (
    "viral_video",
    "product_recall",
    "data_breach",
    "disaster_outage",
    "executive_misstatement",
)

# --- The viral video (United, April 2017) and the airline set --------------------------------
# Brandwatch, "United Airlines' overbooking reaction" (brandwatch.com/blog/react-united-airlines-
# overbooked, April 2017): on 10 April 2017 United "was mentioned over 1.5 million times"; on 8-9
# April "more than 91% of all sentiment-categorized mentions" were positive; on 10 April "69% of
# mentions" were "categorized as negative". AMA Marketing News Weekly (26 April 2017), quoting
# Brandwatch: 10 April "accounted for 1.52 million" mentions, "a 9,968% increase" on 9 April,
# i.e. 100.68 times the previous day.
UNITED_PEAK_DAY_MENTIONS = 1_520_000  # 10 April 2017, Brandwatch via AMA
PEAK_OVER_PREVIOUS_DAY = 100.68  # "+9,968%" from 9 to 10 April 2017
PRE_CRISIS_POSITIVE_SHARE = 0.92  # "more than 91%" positive of categorized, 8-9 April
PEAK_DAY_NEGATIVE_SHARE = 0.69  # of sentiment-categorized mentions, 10 April
# Twitter US Airline Sentiment (this course's data, CrowdFlower 2015): class shares negative
# 62.7%, neutral 21.2%, positive 16.1% (9,178 / 3,099 / 2,363 of 14,640 rows).
AIRLINE_SET_SHARES = {"negative": 0.627, "neutral": 0.212, "positive": 0.161}


@dataclass(frozen=True)
class Statement:
    """A company statement: from its time on, the news pulse is multiplied by
    `intensity_factor` and the negative share of crisis posts moves by `negative_shift`."""

    hours_after_trigger: float
    kind: str
    text: str
    intensity_factor: float
    negative_shift: float
    speaker: str = "brand"  # or "executive": whose account posts it


# United's own sequence (a defensive statement on 10 April, a full apology on 11 April 2017)
# motivates the viral video's two statements; their times and sizes are chosen (assumed).
DEFAULT_STATEMENTS = (
    Statement(
        15.0,
        "defensive",
        "We are reviewing the incident on our flight. Our staff followed procedures to "
        "re-seat passengers on an oversold flight.",
        1.35,
        +0.06,
    ),
    Statement(
        39.0,
        "apology",
        "We are deeply sorry. No passenger should ever be treated this way. We take full "
        "responsibility and will refund everyone on board.",
        0.55,
        -0.15,
    ),
)


# --- Crisis types other than the viral video ------------------------------------------------
# Each type keeps the generator's machinery (seasonal baseline, Hawkes cascade over the follower
# network, statements with effects) and changes what the course says tells crises apart: the
# onset (the news pulse's shape), who starts crisis threads (roles in the accounts table), the
# sentiment mix and the statements. Sourced figures (checked):

# Samsung Galaxy Note 7 (product recall). Firstpost, "Samsung Note 7 replacements ... timeline
# from launch to recall" (2016): first explosion reported 25 August 2016, recall announced 2
# September 2016 with about 35 reported cases (BBC's timeline dates the first report 24 August).
# The call to stop using the phones: on Friday 9 September 2016 the US CPSC urged owners to power
# them down and Samsung's US statement echoed it (Reuters, The Verge, 9 September 2016); PRWeek's
# timeline ("Timeline: How Samsung's Galaxy Note 7 flamed out", October 2016): "September 10
# Samsung urges customers to stop using Note 7 devices immediately" (its worldwide statement).
# That is 7 (US) or 8 (worldwide) days after the 2 September recall; the type uses 8. Spredfast via
# Adweek, "Negative chatter about Samsung shot up after the Galaxy Note 7 debacle" (October 2016):
# 2,982,426 Samsung mentions 23 July-31 August 2016 and 3,987,139 for 1 September-10 October 2016
# (40 days each); Twitter chatter about Samsung before the recall 27% positive, 7% negative, 66%
# neutral, after it 19% positive, 20% negative, 61% neutral.
NOTE7_BUILDUP_DAYS = 8  # 25 August (first report) to 2 September 2016 (recall)
NOTE7_STOP_USING_DAYS = 8  # 2 September (recall) to 10 September 2016 (stop using; PRWeek)
SAMSUNG_MENTIONS_BEFORE = 2_982_426  # 23 July-31 August 2016 (40 days)
SAMSUNG_MENTIONS_AFTER = 3_987_139  # 1 September-10 October 2016 (40 days)
SAMSUNG_SHARES_BEFORE = {"negative": 0.07, "neutral": 0.66, "positive": 0.27}
SAMSUNG_SHARES_AFTER = {"negative": 0.20, "neutral": 0.61, "positive": 0.19}

# Equifax (data breach). Equifax's FAQ (quoted on bitcointalk.org and by the Atlanta Journal-
# Constitution, 7 September 2017): "We learned of the incident on July 29, 2017"; disclosed 7
# September 2017 (Android Central, 7 September 2017): 40 days. Zignal Labs, "3 reasons Equifax's
# reputation is still just starting its downward spiral" (September 2017), on tweets of members
# of Congress and news articles about the breach: "net sentiment was overwhelmingly negative (97
# percent)" (used for the official accounts' posts; the figure mixes in news articles), and
# "mentions more than doubled the day after the first report". The doubling is context only, not
# a calibration target: it counts Congress members' tweets and news, not a brand's mentions, and
# with an evening onset the onset day holds a few crisis hours, so a check on it could not fail.
# Equifax's routine "Happy Friday!" tweet the day after the disclosure:
# digitalmode.net (11 September 2017).
EQUIFAX_DISCLOSURE_DELAY_DAYS = 40  # 29 July -> 7 September 2017
EQUIFAX_OFFICIAL_NEGATIVE = 0.97  # Congress members' tweets and news, Zignal Labs
EQUIFAX_NEXT_DAY_RATIO = 2.0  # context only (see above), not a target

# Hurricane Sandy (service outage after a natural disaster). Reuters, 30 October 2012, citing the
# US Department of Energy: landfall near Atlantic City "at about 8 p.m. EDT on Monday" (00:00 UTC on
# 30 October); utilities "expect to restore power within seven to 10 days". Reuters, 2 November
# 2012 (DOE data): at its peak 8.48 million customers without power; "nearly 3.6 million" still
# without power "early on Friday morning" 2 November, "down from over 4.4 million Thursday
# afternoon" (1 November). The 8.48 million is the sum of each state's peak "in 21 states",
# reached at different times (Reuters reported 8.2 million out early on 30 October), not the number
# out at landfall; the one exponential below treats it as that, so its timescale (about 96 h) is
# an approximation. Utilities (PSE&G, JCP&L) tweeted restoration updates
# (business2community.com, 2 November 2012).
SANDY_PEAK_OUT = 8_480_000
SANDY_OUT_FRIDAY_MORNING = 3_600_000  # 2 Nov 2012; "early morning" taken as 10:00 UTC: 82 h
SANDY_OUT_THURSDAY_AFTERNOON = 4_400_000  # 1 Nov 2012; "afternoon" taken as 19:00 UTC: 67 h
SANDY_HOURS_FRIDAY, SANDY_HOURS_THURSDAY = 82.0, 67.0  # after landfall (the hours are assumed)
# one exponential restoration through the Friday figure: exp(-82 / T) = 3.6 / 8.48
RESTORATION_TIMESCALE_HOURS = SANDY_HOURS_FRIDAY / np.log(SANDY_PEAK_OUT / SANDY_OUT_FRIDAY_MORNING)

# BP, Tony Hayward (executive misstatement). "I'd like my life back" in an interview on Sunday
# 30 May 2010; his apology ("I made a hurtful and thoughtless comment on Sunday") on BP America's
# Facebook page on Wednesday 2 June 2010 (AFP via crudeoildaily.com and Village Voice, 2 June 2010;
# Business Insider, 3 June 2010): 3 days later.
HAYWARD_APOLOGY_DAYS = 3

# BP before the Gulf oil spill: Sysomos via MarketingCharts, "BP disaster increases blog post
# frequency, negativity" (27 July 2010): between 1 January and 20 April 2010, 37% of social media
# mentions of BP were positive, 41% neutral (78% "favorable"), so 22% negative; from 20 April to
# 15 July 2010 the negative share rose to 46%. The pre-crisis shares are the misstatement type's
# baseline: BP in normal times, before the spill, not BP just before Hayward's remark (by then
# 40 days into the spill, 46% negative). The scenario has no underlying incident in its data,
# although its statements presuppose one; the 46% covers the whole spill, not one remark, and is
# not used as a target. The same mix is the outage type's quiet-period proxy (an energy company
# in normal times; no utility's ordinary mix was found).
BP_SHARES_BEFORE = {"negative": 0.22, "neutral": 0.41, "positive": 0.37}

# Not used: CrowdStrike's faulty update of 19 July 2024 (04:09-05:27 UTC, about 8.5 million Windows
# devices, per CrowdStrike's review and Microsoft) is an IT outage without an external natural
# cause, so the disaster-outage type is calibrated to Sandy instead.

# A crisis must raise negativity: the negative share of categorized posts in the first 24 hours
# of the crisis as news minus that of the quiet period before the onset is at least this
# (assumption: a margin the course's alarms can see; checked in the calibration table).
NEGATIVE_RISE_MARGIN = 0.15

ASSUMED_DAILY_LEVEL = UNITED_PEAK_DAY_MENTIONS / PEAK_OVER_PREVIOUS_DAY  # United's 9 April level
MEDIA_NEUTRAL_SHARE = 0.70  # assumption: media accounts mostly report


@dataclass(frozen=True)
class Component:
    """One part of a type's news pulse, in hours after the onset. kind "gamma": gamma(shape)
    density; "decay": exponential decay; "ramp": exponential growth from the offset until
    `end_hours`; "outage": customers still without service, exp(-lag / timescale), times a rise
    over `shape` hours. Each integrates to about `weight`."""

    kind: str
    offset_hours: float
    timescale_hours: float
    weight: float
    shape: float = 2.0
    end_hours: float = 0.0

    def values(self, lag: np.ndarray) -> np.ndarray:
        tau, local = self.timescale_hours, lag - self.offset_hours
        x = np.clip(local, 0, None)
        if self.kind == "gamma":
            v = (
                (x / tau) ** (self.shape - 1)
                * np.exp(-x / tau)
                / (tau * gamma_function(self.shape))
            )
        elif self.kind == "decay":
            v = np.exp(-x / tau) / tau
        elif self.kind == "ramp":
            v = np.where(lag < self.end_hours, np.exp((lag - self.end_hours) / tau) / tau, 0.0)
        elif self.kind == "outage":
            v = np.exp(-x / tau) * (1 - np.exp(-x / self.shape)) / tau
        else:
            raise ValueError(f"unknown component kind {self.kind!r}")
        return np.where(local >= 0, v, 0.0) * self.weight


@dataclass(frozen=True)
class Target:
    """A calibration target: statistic over day windows (days relative to the onset's day; None
    is the scenario's first or last day), its value and its source (or "assumption")."""

    value: float
    source: str
    window: tuple = (0, 1)
    reference: tuple = (None, 0)  # denominator window of a ratio
    of: str = "categorized"  # negative share of "categorized" or of "all" posts


@dataclass(frozen=True)
class CrisisProfile:
    name: str
    brand: str
    defaults: dict
    onset_hour_utc: float  # the onset is this hour of the trigger day, minus up to 30 minutes
    components: tuple[Component, ...]
    level: Target  # mean posts per day at scale 1 in `window`
    ratio: Target  # mean daily posts in `window` / in `reference`
    negative: Target  # negative share in `window`
    base_shares: dict
    base_source: str
    crisis_neutral: float  # neutral share of crisis posts (media: MEDIA_NEUTRAL_SHARE), assumed
    roles: dict  # role -> (accounts per 3,000, drawn among the top share by followers), assumed
    root_shares: dict  # role -> share of crisis threads it starts, assumed
    role_negative: dict = field(default_factory=dict)  # role -> negative share of categorized
    news_after_hours: float = 0.0  # hours from the onset to when the crisis is news (the recall)

    def pulse(self, params: ScenarioParams, trigger: float, hours: np.ndarray) -> np.ndarray:
        lag = np.asarray(hours, dtype=float) - trigger
        shape = sum(c.values(lag) for c in self.components)
        for statement in params.statements:
            after = hours >= trigger + statement.hours_after_trigger
            shape = np.where(after, shape * statement.intensity_factor, shape)
        return shape

    def extra_truth(self, rng, params, trigger, start) -> dict:
        onset = start + pd.Timedelta(hours=trigger)
        if self.name == "data_breach":
            discovered = onset - pd.Timedelta(days=EQUIFAX_DISCLOSURE_DELAY_DAYS)
            return {
                "discovery_time": discovered.isoformat(),
                "disclosure_delay_days": EQUIFAX_DISCLOSURE_DELAY_DAYS,
                "text_fields": {
                    "discovered": f"{discovered:%d %B}",
                    "next_weekday": f"{onset + pd.Timedelta(hours=16):%A}",
                },
            }
        if self.name == "product_recall":
            return {"recall_time": (onset + pd.Timedelta(days=NOTE7_BUILDUP_DAYS)).isoformat()}
        if self.name == "executive_misstatement":
            return {"misstatement_time": onset.isoformat()}
        if self.name == "disaster_outage":
            # a seeded sample of affected customers' restoration times; updates quote it
            customers = rng.exponential(RESTORATION_TIMESCALE_HOURS, size=20_000)
            at = [s.hours_after_trigger for s in params.statements]
            restored = [float((customers <= h).mean()) for h in at]
            checks = (SANDY_HOURS_THURSDAY, SANDY_HOURS_FRIDAY)
            return {
                "external_cause": "storm landfall",
                "external_cause_time": onset.isoformat(),
                "restoration_timescale_hours": RESTORATION_TIMESCALE_HOURS,
                "restored_share_at_updates": restored,
                "share_out_after_hours": {
                    str(int(h)): float((customers > h).mean()) for h in checks
                },
                "text_fields": {f"restored{k}": f"{100 * r:.0f}%" for k, r in enumerate(restored)},
            }
        return {}


def _statement(hours, kind, text, factor, shift, speaker="brand"):
    return Statement(float(hours), kind, text, factor, shift, speaker)


PROFILES = {
    "product_recall": CrisisProfile(
        name="product_recall",
        brand="Lumen Mobile",
        defaults={
            "brand": "Lumen Mobile",
            "days": 21,
            "trigger_day": 2,
            "statements": (
                _statement(
                    24 * NOTE7_BUILDUP_DAYS,
                    "recall",
                    "Safety notice: we are recalling every {brand} X7 phone sold. Battery cells "
                    "from one supplier can overheat. Exchange or refund at any store.",
                    1.0,
                    -0.10,
                ),
                _statement(
                    24 * (NOTE7_BUILDUP_DAYS + NOTE7_STOP_USING_DAYS),
                    "stop_using",
                    "Please power down your {brand} X7 now and stop using it until it is "
                    "exchanged.",
                    1.3,
                    0.08,
                ),
            ),
        },
        onset_hour_utc=15.0,  # assumption
        components=(
            # complaints build up for 8 days (doubling about every 1.5 days, assumed) ...
            Component("ramp", 0.0, 52.0, 3.0, end_hours=24.0 * NOTE7_BUILDUP_DAYS),
            # ... then the recall notice is news, and attention decays slowly (assumed shapes)
            Component("gamma", 24.0 * NOTE7_BUILDUP_DAYS, 8.0, 2.5, shape=2.0),
            Component("decay", 24.0 * NOTE7_BUILDUP_DAYS, 120.0, 4.0),
            Component(
                "gamma", 24.0 * (NOTE7_BUILDUP_DAYS + NOTE7_STOP_USING_DAYS), 8.0, 1.0, shape=2.0
            ),
        ),
        level=Target(
            SAMSUNG_MENTIONS_BEFORE / 40,
            "Spredfast via Adweek: 2,982,426 Samsung mentions in 40 days before the recall",
            window=(None, NOTE7_BUILDUP_DAYS),
        ),
        ratio=Target(
            SAMSUNG_MENTIONS_AFTER / SAMSUNG_MENTIONS_BEFORE,
            "Spredfast via Adweek: 3,987,139 vs 2,982,426 mentions, 40 days after vs before",
            window=(NOTE7_BUILDUP_DAYS, None),
            reference=(None, NOTE7_BUILDUP_DAYS),
        ),
        negative=Target(
            SAMSUNG_SHARES_AFTER["negative"],
            "Spredfast via Adweek: 20% negative after the recall",
            window=(NOTE7_BUILDUP_DAYS, None),
            of="all",
        ),
        base_shares=SAMSUNG_SHARES_BEFORE,
        base_source="Spredfast via Adweek: 27% positive, 7% negative, 66% neutral before",
        # with about a third of post-recall posts about the crisis, a neutral share of 0.5 lets
        # the after-recall shares (61% neutral, 19% positive) hold along with the 20% negative
        crisis_neutral=0.50,
        roles={"media": (20, 0.05), "official": (5, 0.10), "expert": (15, 0.30)},
        root_shares={"public": 0.80, "media": 0.12, "expert": 0.05, "official": 0.03},
        news_after_hours=24.0 * NOTE7_BUILDUP_DAYS,  # the ramp is almost empty before the recall
    ),
    "data_breach": CrisisProfile(
        name="data_breach",
        brand="Corvex Data",
        defaults={
            "brand": "Corvex Data",
            "trigger_day": 6,
            "statements": (
                _statement(
                    0.0,
                    "disclosure",
                    "{brand} has identified a cybersecurity incident that may affect personal "
                    "data of our customers. We learned of it on {discovered} and acted "
                    "immediately to stop the intrusion.",
                    1.0,
                    0.0,
                ),
                _statement(
                    16.0,
                    "routine_post",
                    "Happy {next_weekday}! Our support team is here to help with all your "
                    "questions.",
                    1.2,
                    0.05,
                ),
                _statement(
                    24.0 * 6,
                    "apology",
                    "We are sorry. We fell short of what you expect of us. Free credit "
                    "monitoring for every customer, and no waiver of any right.",
                    0.8,
                    -0.08,
                ),
            ),
        },
        onset_hour_utc=21.5,  # assumption: an evening (UTC) disclosure; a Sunday here, not
        # Equifax's Thursday, so the routine post of the next day says "Happy Monday!"
        components=(
            Component("gamma", 0.0, 12.0, 1.0, shape=2.0),  # news and explainers, peak ~12 h
            Component("decay", 0.0, 96.0, 1.2),  # a long tail of follow-up stories (assumed)
        ),
        level=Target(ASSUMED_DAILY_LEVEL, "assumption", window=(None, 0)),
        ratio=Target(40.0, "assumption", window=(1, 2), reference=(None, 0)),
        negative=Target(0.88, "assumption", window=(1, 2)),
        base_shares=SAMSUNG_SHARES_BEFORE,
        base_source="proxy (assumption): Spredfast via Adweek, Samsung's Twitter mix before the "
        "Note 7 recall (27% positive, 7% negative, 66% neutral), a technology brand's ordinary mix",
        crisis_neutral=0.30,
        roles={"media": (30, 0.05), "official": (15, 0.10), "expert": (40, 0.30)},
        root_shares={"public": 0.45, "media": 0.25, "expert": 0.20, "official": 0.10},
        role_negative={"official": EQUIFAX_OFFICIAL_NEGATIVE},
    ),
    "disaster_outage": CrisisProfile(
        name="disaster_outage",
        brand="Tidewater Power",
        defaults={
            "brand": "Tidewater Power",
            "trigger_day": 6,
            "statements": tuple(
                _statement(
                    hours,
                    "restoration_update",
                    "Storm update: crews are working around the clock. {restored"
                    + str(k)
                    + "} of customers who lost power have it back.",
                    0.95,
                    -0.03,
                )
                for k, hours in enumerate((12.0, 36.0, 60.0, 84.0, 108.0))
            ),
        },
        onset_hour_utc=0.5,  # Sandy's landfall, 8 p.m. EDT = 00:00 UTC (Reuters/DOE)
        components=(
            Component("gamma", 0.0, 6.0, 1.0, shape=2.0),  # the storm itself (assumed shape)
            Component("outage", 0.0, RESTORATION_TIMESCALE_HOURS, 2.0, shape=12.0),
        ),
        level=Target(ASSUMED_DAILY_LEVEL, "assumption", window=(None, 0)),
        ratio=Target(15.0, "assumption", window=(1, 2), reference=(None, 0)),
        negative=Target(0.62, "assumption", window=(1, 2)),
        base_shares=BP_SHARES_BEFORE,
        base_source="proxy (assumption): Sysomos via MarketingCharts, BP 1 Jan-20 Apr 2010 (37% "
        "positive, 41% neutral, so 22% negative), an energy company's mix in normal times",
        crisis_neutral=0.45,
        roles={"media": (25, 0.05), "official": (25, 0.10), "expert": (5, 0.30)},
        root_shares={"public": 0.60, "official": 0.20, "media": 0.18, "expert": 0.02},
    ),
    "executive_misstatement": CrisisProfile(
        name="executive_misstatement",
        brand="Meridian Energy",
        defaults={
            "brand": "Meridian Energy",
            "trigger_day": 6,
            "statements": (
                _statement(
                    0.0,
                    "misstatement",
                    "Nobody wants this over more than I do. I would like my weekends back.",
                    1.0,
                    0.0,
                    speaker="executive",
                ),
                _statement(
                    24.0 * HAYWARD_APOLOGY_DAYS,
                    "apology",
                    "I made a thoughtless comment and I apologise, above all to the families "
                    "affected. Their lives come first, not mine.",
                    0.75,
                    -0.06,
                    speaker="executive",
                ),
            ),
        },
        onset_hour_utc=16.0,  # assumption: a Sunday interview broadcast in the afternoon (UTC)
        components=(
            Component("gamma", 0.0, 4.0, 1.0, shape=2.0),  # the quote spreads at once (assumed)
            Component("gamma", 30.0, 8.0, 0.6, shape=2.0),  # commentary the next day (assumed)
            Component("decay", 0.0, 48.0, 0.5),
        ),
        level=Target(ASSUMED_DAILY_LEVEL, "assumption", window=(None, 0)),
        ratio=Target(25.0, "assumption", window=(1, 2), reference=(None, 0)),
        negative=Target(0.80, "assumption", window=(1, 2)),
        base_shares=BP_SHARES_BEFORE,
        base_source="Sysomos via MarketingCharts: BP in normal times (1 Jan-20 Apr 2010, before "
        "the spill), 37% positive, 41% neutral, so 22% negative",
        crisis_neutral=0.25,
        roles={
            "executive": (1, 0.05),
            "media": (40, 0.05),
            "official": (10, 0.10),
            "expert": (10, 0.30),
        },
        root_shares={"public": 0.40, "media": 0.45, "official": 0.08, "expert": 0.07},
    ),
}
