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

# Other crisis types (see scenario.PROFILES). The slots are the same: {flight} is any number
# (an order, a ticket), {seat} a short code, {hours} a small count, {city} and {gate} places.
PHONE_BASELINE = {
    "negative": [
        "my {brand} phone battery dies by noon",
        "{brand} support kept me on hold for {hours} hours",
        "the {brand} update broke my camera app",
        "{brand} order {flight} arrived with a cracked screen",
        "{brand} store in {city} had no stock again",
        "{brand} charger stopped working after {hours} weeks",
    ],
    "neutral": [
        "{brand} store in {city} opens at gate {gate} of the mall",
        "is the {brand} X7 worth it over the X6 in {city}?",
        "{brand} is launching a new model in {hours} weeks",
        "{brand} order {flight} shipped today",
        "comparing {brand} and other phones for {city} coverage",
        "what case fits the {brand} X7, size {seat}",
    ],
    "positive": [
        "the {brand} X7 camera is stunning",
        "{brand} support fixed my phone in {hours} minutes",
        "loving my new {brand} X7, {hours} days in",
        "{brand} store staff in {city} were brilliant",
        "{brand} battery lasts me {hours} days",
        "best {brand} phone yet, code {seat}",
    ],
}
PHONE_CRISIS = {
    "negative": [
        "my {brand} X7 got hot and smoked on the charger",
        "another {brand} X7 caught fire in {city}",
        "{brand} knew about the battery fires for {hours} days and kept selling",
        "{brand} X7 burned a hole in my bag",
        "scared to keep a {brand} X7 in the house in {city}",
        "{brand} recall is chaos, store in {city} has no replacements",
        "banned from the flight with my {brand} X7",
        "{brand} phones exploding, {hours} in {city} this week",
    ],
    "neutral": [
        "reports of {brand} X7 batteries overheating in {city}",
        "{brand} says it is investigating X7 battery reports",
        "how to check if your {brand} X7 is in the recall",
        "airlines ask passengers not to charge {brand} X7 phones",
        "{brand} X7 exchange starts at stores in {city}",
        "regulators in {city} looking at {brand} X7 fires",
    ],
    "positive": [
        "{brand} recall was quick and easy at the {city} store",
        "credit to {brand} for a full refund on X7 order {flight}",
        "{brand} replaced my X7 in {hours} minutes, good service",
        "{brand} doing the right thing with this recall in {city}",
        "glad {brand} is putting safety first, {hours} phones recalled here",
        "smooth {brand} exchange, thanks to the {city} team",
    ],
}
DATA_BASELINE = {
    "negative": [
        "{brand} credit report has an error nobody will fix",
        "{brand} website down again, {hours} hours now",
        "{brand} charged me for plan {flight} I cancelled",
        "{brand} dispute {flight} still open after {hours} weeks",
        "{brand} app logs me out {hours} times a day",
        "{brand} support in {city} never answers",
    ],
    "neutral": [
        "how do I get my free {brand} report in {city}",
        "{brand} moved its office in {city}",
        "{brand} posts results in {hours} weeks",
        "{brand} dispute {flight} received",
        "does {brand} report to lenders in {city}",
        "{brand} changed its login page, code {seat}",
    ],
    "positive": [
        "{brand} fixed my report in {hours} days",
        "{brand} support in {city} was helpful today",
        "{brand} app sorted ticket {flight} easily",
        "thanks {brand}, dispute {flight} resolved",
        "{brand} alert caught a fraud attempt in {city}",
        "nice new {brand} dashboard, took {hours} minutes to set up",
    ],
}
DATA_CRISIS = {
    "negative": [
        "{brand} lost my social security number to hackers, case {flight}",
        "{brand} waited {hours} weeks to tell us about the breach",
        "{brand} breach site asks for MORE personal data",
        "executives at {brand} sold shares before the breach news",
        "{brand} cannot protect data it never asked us for, {city} included",
        "{brand} hack is a disaster, freeze your credit now, {city}",
        "class action against {brand} cannot come soon enough",
        "{brand} security was a joke, unpatched for {hours} months",
    ],
    "neutral": [
        "{brand} says the breach may affect millions of customers",
        "how to check if you are affected by the {brand} breach",
        "{brand} breach: what data was taken, ref {flight}",
        "officials in {city} ask {brand} for answers on the breach",
        "security researchers examine the {brand} intrusion",
        "{brand} sets up a site for breach questions, {hours} days late",
    ],
    "positive": [
        "{brand} free credit monitoring for {hours} years is a start",
        "good that {brand} dropped the arbitration clause",
        "{brand} apology seems sincere, {city} office answered fast",
        "helpful thread from {brand} on freezing credit",
        "credit to {brand} staff in {city} answering calls",
        "{brand} finally explaining clearly what happened",
    ],
}
POWER_BASELINE = {
    "negative": [
        "{brand} bill went up again, account {flight}",
        "{brand} cut my power for {hours} hours with no notice",
        "{brand} meter reading on account {flight} is wrong",
        "{brand} support line in {city} is useless",
        "{brand} app shows the wrong outage map",
        "{brand} charged a late fee on account {flight}",
    ],
    "neutral": [
        "{brand} planned maintenance in {city} tomorrow",
        "how do I move my {brand} account to a new address",
        "{brand} rates change in {hours} weeks",
        "{brand} trucks working on {city} street lights",
        "{brand} account {flight} paid",
        "does {brand} offer solar plans in {city}",
    ],
    "positive": [
        "{brand} crew fixed our line in {city} fast",
        "{brand} rebate on account {flight} came through",
        "{brand} outage text was spot on, back in {hours} hours",
        "friendly {brand} staff in {city}",
        "{brand} app makes paying account {flight} easy",
        "thanks {brand} for the quick repair in {city}",
    ],
}
POWER_CRISIS = {
    "negative": [
        "day {hours} without power, no word from {brand}, this is miserable",
        "{brand} restoration estimate for {city} keeps slipping, so frustrating",
        "{brand} outage map is wrong, we are still dark and angry",
        "food spoiled, no heat for {hours} days, where is {brand}",
        "{brand} hotline busy for {hours} hours, terrible",
        "{brand} was not ready for this storm, {city} dark, pathetic",
        "worst response ever, {brand} forgot {city}",
        "no {brand} trucks on our {city} street since the storm, awful",
    ],
    "neutral": [
        "storm knocks out power across {city}, {brand} reports outages",
        "{brand} says {hours}00 crews from other states are arriving",
        "warming centres open in {city} during {brand} outage",
        "{brand} outage map update for {city}",
        "the storm made landfall near {city}",
        "stay safe everyone, storm coming through {city}",
    ],
    "positive": [
        "power back in {city} thanks to {brand} crews",
        "{brand} linemen working all night in {city}, heroes",
        "{brand} updates have been clear, thank you, {city}",
        "lights on after {hours} days, thanks {brand}",
        "{brand} crew in {city} stopped to help us",
        "grateful for {brand} workers in this storm, {hours} days nonstop",
    ],
}
ENERGY_BASELINE = {
    "negative": [
        "{brand} prices at the pump in {city} are a scandal",
        "{brand} station {flight} had broken pumps",
        "{brand} profits up {hours}% while bills go up",
        "{brand} card {flight} charged twice",
        "{brand} site in {city} smells awful",
        "{brand} app rewards never work at station {flight}",
    ],
    "neutral": [
        "{brand} opens a station in {city}",
        "{brand} results out in {hours} days",
        "{brand} shares flat today, {hours} analysts comment",
        "{brand} plans a wind farm near {city}",
        "{brand} station {flight} is open all night",
        "{brand} annual meeting in {city} next month",
    ],
    "positive": [
        "{brand} station staff in {city} were kind",
        "{brand} sponsorship of the {city} marathon is great",
        "{brand} rewards paid for my coffee at station {flight}",
        "nice to see {brand} invest in {city}",
        "{brand} clean energy plan for {city} sounds good",
        "{brand} apprenticeships in {city} changed my life",
    ],
}
ENERGY_CRISIS = {
    "negative": [
        "the {brand} CEO wants his weekends back? people lost everything",
        "tone deaf {brand} boss, unbelievable quote, watched it {hours} times",
        "{brand} chief thinks this is about him, tell that to {city}",
        "{brand} CEO should resign over that comment within {hours} days",
        "that {brand} interview clip from {city} is infuriating",
        "{brand} boss has no idea what families in {city} face",
        "{brand} CEO quote tells you everything, share it {hours} times",
        "boycott {brand} after the CEO's remark",
    ],
    "neutral": [
        "{brand} CEO comments in Sunday interview draw criticism",
        "what exactly did the {brand} chief say in {city}",
        "{brand} shares fall {hours}% after CEO remark",
        "{brand} board has not commented on the CEO interview",
        "full transcript of the {brand} CEO interview, page {flight}",
        "officials in {city} react to the {brand} CEO comments",
    ],
    "positive": [
        "{brand} CEO apology is a start, {city} will judge",
        "give the {brand} boss a break, long weeks for everyone",
        "{brand} staff in {city} are doing great work regardless",
        "good that the {brand} chief owned the mistake after {hours} days",
        "{brand} apology sounds genuine to me in {city}",
        "{brand} teams in {city} deserve credit",
    ],
}
TYPE_BODIES = {
    "product_recall": (PHONE_BASELINE, PHONE_CRISIS),
    "data_breach": (DATA_BASELINE, DATA_CRISIS),
    "disaster_outage": (POWER_BASELINE, POWER_CRISIS),
    "executive_misstatement": (ENERGY_BASELINE, ENERGY_CRISIS),
}


def compose(
    rng: np.random.Generator,
    sentiments: np.ndarray,
    crisis: np.ndarray,
    brand: str,
    *,
    crisis_type: str = "viral_video",
) -> np.ndarray:
    """One text per post from its sentiment, whether it is about the crisis and the type."""
    baseline_bodies, crisis_bodies = TYPE_BODIES.get(crisis_type, (BASELINE_BODIES, CRISIS_BODIES))
    texts = np.empty(len(sentiments), dtype=object)
    for label in SENTIMENTS:
        for is_crisis, bodies in ((True, crisis_bodies), (False, baseline_bodies)):
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
