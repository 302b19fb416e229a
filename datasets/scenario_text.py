"""Templates and word lists for synthetic posts, written for this course.

Nothing here is copied from the real data sets. Each post is assembled from slots
(opener, body, closer) drawn independently, so thousands of distinct texts arise and a
sentiment model has words to learn from, while a few neutral words and typos keep it from being
trivially separable.
"""

from __future__ import annotations

import numpy as np

SENTIMENTS = ("negative", "neutral", "positive")

OPENERS = {
    "negative": [
        "Wow.",
        "Unbelievable.",
        "Seriously",
        "So",
        "Honestly,",
        "Ugh,",
        "Never again:",
        "Shameful.",
        "Disgusting.",
        "Just saw this:",
        "Boycott time.",
        "Not ok.",
    ],
    "neutral": [
        "Update:",
        "FYI",
        "Reading that",
        "Reports say",
        "Heads up:",
        "Apparently",
        "Question:",
        "News:",
        "Noticed",
        "Hearing that",
        "Per the news,",
        "Looks like",
    ],
    "positive": [
        "Love it!",
        "Big thanks",
        "Great news:",
        "Shoutout:",
        "Honestly,",
        "So happy",
        "Kudos!",
        "Yay!",
        "Impressed:",
        "Nice one.",
        "Brilliant.",
        "Well done:",
    ],
}

BASELINE_BODIES = {
    "negative": [
        "{brand} lost my bag again",
        "{brand} delayed flight {flight} for {hours} hours with no update",
        "the {brand} app keeps crashing at check-in",
        "{brand} customer service put me on hold for {hours} hours",
        "{brand} seat {seat} is broken and nobody cares",
        "{brand} charged me twice for one bag",
    ],
    "neutral": [
        "{brand} flight {flight} from {city} is boarding at gate {gate}",
        "{brand} changed the schedule for {city} flights next month",
        "does {brand} allow two carry-ons to {city}?",
        "{brand} is adding a route to {city}",
        "{brand} flight {flight} landed in {city}",
        "what time does the {brand} desk in {city} open",
    ],
    "positive": [
        "{brand} crew on flight {flight} were wonderful",
        "{brand} upgraded me to seat {seat}, what a treat",
        "smooth {brand} flight to {city}, landed early",
        "{brand} found my lost bag within an hour",
        "the {brand} giveaway made my week",
        "friendly {brand} staff in {city} sorted everything fast",
    ],
}

CRISIS_BODIES = {
    "negative": [
        "{brand} dragging a paying passenger off flight {flight} is appalling",
        "that {brand} video from {city} is horrifying",
        "{brand} treated a passenger like a criminal for their own overbooking",
        "the {brand} CEO statement is a disgrace",
        "{brand} should be ashamed, violence over an overbooked seat",
        "{brand} calls it re-seating? it was brutal",
        "will never fly {brand} again after that video",
        "{brand} security hurt a passenger and the company blames him",
    ],
    "neutral": [
        "{brand} says flight {flight} was overbooked",
        "video of a passenger removed from a {brand} plane in {city} is spreading",
        "{brand} has not commented on flight {flight} yet",
        "officials in {city} are reviewing the {brand} incident",
        "{brand} shares are being watched after the flight {flight} video",
        "what actually happened on {brand} flight {flight}?",
    ],
    "positive": [
        "{brand} apology sounds sincere, good first step",
        "glad {brand} is refunding everyone on flight {flight}",
        "{brand} ending the overbooking removals is the right call",
        "credit to {brand} staff in {city} who helped the passenger",
        "{brand} CEO finally owns it, respect",
        "{brand} policy change after flight {flight} is welcome",
    ],
}

CLOSERS = {
    "negative": [
        "#boycott",
        "#shame",
        "#neveragain",
        "smh",
        "unacceptable",
        "terrible",
        "awful",
        "",
        "",
        "#fail",
        "so angry",
        "disgraceful",
    ],
    "neutral": [
        "",
        "",
        "#news",
        "details soon",
        "more at 6",
        "#travel",
        "interesting",
        "",
        "ok",
        "via news desk",
        "#update",
        "we'll see",
    ],
    "positive": [
        "#thankyou",
        "great job",
        "",
        "love this",
        "#happy",
        "excellent",
        "amazing",
        "",
        "well done",
        "#respect",
        "fantastic",
        "thanks!",
    ],
}

CITIES = [
    "Chicago",
    "Denver",
    "Boston",
    "Austin",
    "Seattle",
    "Miami",
    "Newark",
    "Louisville",
    "Phoenix",
    "Atlanta",
    "Portland",
    "Dallas",
]
SEATS = [f"{row}{letter}" for row in (3, 7, 12, 18, 23, 31) for letter in "ACDF"]


def compose(
    rng: np.random.Generator, sentiments: np.ndarray, crisis: np.ndarray, brand: str
) -> np.ndarray:
    """One text per post from its sentiment and whether it is about the crisis."""
    texts = np.empty(len(sentiments), dtype=object)
    for label in SENTIMENTS:
        for is_crisis, bodies in ((True, CRISIS_BODIES), (False, BASELINE_BODIES)):
            rows = np.flatnonzero((sentiments == label) & (crisis == is_crisis))
            if not len(rows):
                continue
            opener = rng.choice(OPENERS[label], size=len(rows))
            body = rng.choice(bodies[label], size=len(rows))
            closer = rng.choice(CLOSERS[label], size=len(rows))
            flight = rng.integers(100, 9999, size=len(rows))
            hours = rng.integers(2, 9, size=len(rows))
            city = rng.choice(CITIES, size=len(rows))
            seat = rng.choice(SEATS, size=len(rows))
            gate = rng.integers(1, 60, size=len(rows))
            for k, row in enumerate(rows):
                text = body[k].format(
                    brand=brand,
                    flight=flight[k],
                    hours=hours[k],
                    city=city[k],
                    seat=seat[k],
                    gate=f"{'ABC'[gate[k] % 3]}{gate[k]}",
                )
                texts[row] = " ".join(part for part in (opener[k], text, closer[k]) if part)
    return texts
