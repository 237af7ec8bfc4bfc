#!/usr/bin/env python3
"""Write a synthetic news archive for factlint benchmarks: N articles in story folders.

Usage: generate-corpus.py OUT_DIR --articles N [--per-story K] [--seed S]

Each story is one invented event (a prisoner release, a deadly storm, a strike, a trial, a
fire, an election) with its facts drawn once: counts, a date, people with ages, sentences and
times in office. Every article of the story retells those facts in its own words, in its own
order, with filler paragraphs around them, so the claims line up across articles the way they
do in real coverage. About a third of the stories get one planted contradiction (an article
that gives another count, age, date or sentence) and some a divergence ("more than 1,200"
against "more than 1,000").

Articles are written as OUT_DIR/story-NNNNN/NNN-outlet.md (Markdown with a front-matter date)
or .txt (no date; every third article), about 2 KB each, so `factlint --stories OUT_DIR` lints
the archive story by story. `--per-story` sets the story size: `--articles 10000 --per-story
10000` writes one story of 10,000 articles, the worst case for grouping claims by key.

The output depends only on the arguments: the same seed writes the same bytes on every
machine (Python's `random.Random` with an integer seed is stable across versions). A
`MANIFEST` file at the top lists the planted contradictions, one per line.
"""
import argparse
import datetime
import os
import random
import sys

GIVEN = ["Anna", "Ivan", "Maria", "Pavel", "Olga", "Jonas", "Elena", "Tomas", "Irina", "Marek", "Daria", "Viktor",
         "Lena", "Oskar", "Nadia", "Stefan", "Vera", "Andrei", "Katya", "Lukas", "Sofia", "Piotr", "Yulia", "Emil",
         "Hanna", "Mikhail", "Agata", "Roman", "Zofia", "Dmitri", "Alina", "Bogdan"]
SURNAMES = ["Petrov", "Kovalenko", "Novak", "Sokolova", "Marchenko", "Horvat", "Lisowski", "Baranova", "Dudek",
            "Kravchuk", "Jankowska", "Melnyk", "Orlov", "Zielinski", "Popescu", "Volkova", "Savchenko", "Mazur",
            "Antonov", "Wisniewska", "Bondarenko", "Karpova", "Nowicki", "Romanov", "Tkachenko", "Pavlovic"]
COUNTRIES = ["Veltria", "Morvania", "Karsland", "Ostrava Republic", "Belmora", "Drevnia", "Lutavia", "Sarnia"]
CITIES = ["Korvik", "Daleshti", "Branovo", "Istral", "Meridon", "Sulevo", "Tarnhold", "Vashka", "Olmira", "Pereth"]
OUTLETS = ["Herald", "Courier", "Dispatch", "Observer", "Tribune", "Gazette", "Monitor", "Wire", "Ledger", "Post"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten",
                11: "eleven", 12: "twelve", 15: "fifteen", 20: "twenty"}

FILLER = [
    "Officials declined to comment further on the matter, citing an ongoing review.",
    "The announcement was broadcast on state television late in the evening.",
    "Analysts said the move reflected pressure from neighbouring governments and international lenders.",
    "Residents gathered in the central square, where a small crowd watched the news on a large screen.",
    "The opposition described the decision as long overdue and called on the authorities to go further.",
    "Observers noted that similar steps in the past had been followed by new restrictions.",
    "The foreign ministry issued a brief statement but gave no details about the timing.",
    "Local media reported heavy traffic on the main roads leading out of the capital.",
    "Human rights groups welcomed the development while warning that much remained unclear.",
    "The government has faced mounting criticism over its handling of the economy this year.",
    "A spokesperson for the regional administration said more information would follow in the coming days.",
    "Diplomats in the region said talks had continued quietly for several months.",
    "Prices for fuel and bread have risen sharply, adding to public frustration.",
    "Several families said they had learned the news from social media rather than from officials.",
    "The parliament is expected to debate the issue when it reconvenes after the summer recess.",
    "Independent journalists have found it increasingly difficult to work in the country.",
    "Emergency services said they were prepared for further disruption overnight.",
    "Schools in the affected districts remained closed as a precaution.",
    "The central bank kept interest rates unchanged at its most recent meeting.",
    "Critics said the official account left many questions unanswered.",
]


def words(n):
    return NUMBER_WORDS.get(n, str(n))


def thousands(n):
    return f"{n:,}"


class Story:
    """One invented event with its facts, drawn once."""

    def __init__(self, rng, index):
        self.index = index
        self.kind = rng.choice(["release", "storm", "strike", "trial", "fire", "election"])
        self.country = rng.choice(COUNTRIES)
        self.city = rng.choice(CITIES)
        year = rng.randint(2019, 2025)
        self.date = datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randint(0, 360))
        self.published = self.date + datetime.timedelta(days=rng.randint(0, 2))
        self.leader = (rng.choice(GIVEN), rng.choice(SURNAMES))
        self.leader_since = year - rng.randint(8, 31)
        self.person = (rng.choice(GIVEN), rng.choice(SURNAMES))
        self.age = rng.randint(24, 71)
        self.sentence_years = rng.randint(3, 16)
        self.main = rng.randint(12, 400)
        self.second = rng.randint(3, 90)
        self.remaining = rng.choice([800, 1000, 1100, 1200, 1500, 2000])
        self.planted = None
        roll = rng.random()
        if roll < 0.12:
            self.planted = "count"
        elif roll < 0.18:
            self.planted = "age"
        elif roll < 0.24:
            self.planted = "sentence"
        elif roll < 0.30:
            self.planted = "remaining"
        elif roll < 0.34:
            self.planted = "date"


def fact_sentences(story, rng, contradict):
    """The story's facts as one article words them; `contradict` plants that article's error."""
    s = story
    main = s.main + (rng.randint(5, 30) if contradict == "count" else 0)
    age = s.age + (rng.randint(2, 9) if contradict == "age" else 0)
    years = s.sentence_years + (rng.randint(2, 5) if contradict == "sentence" else 0)
    remaining = s.remaining + (200 if contradict == "remaining" else 0)
    day = s.date + datetime.timedelta(days=(3 if contradict == "date" else 0))
    weekday = WEEKDAYS[day.weekday()]
    on_date = rng.choice([f"on {weekday}", f"on {MONTHS[day.month - 1]} {day.day}",
                          f"on {day.day} {MONTHS[day.month - 1]} {day.year}"])
    given, surname = s.person
    lg, ls = s.leader
    facts = []
    if s.kind == "release":
        facts += [rng.choice([f"{thousands(main)} political prisoners were released {on_date}, officials said.",
                              f"The authorities freed {thousands(main)} prisoners {on_date} in what they called a humanitarian gesture.",
                              f"{on_date.capitalize()}, {thousands(main)} political prisoners were freed from jails across {s.country}."]),
                  rng.choice([f"More than {thousands(remaining)} political prisoners remain in jail, according to rights groups.",
                              f"Rights groups say more than {thousands(remaining)} political prisoners remain behind bars."])]
    elif s.kind == "storm":
        facts += [rng.choice([f"At least {main} people were killed when the storm hit {s.city} {on_date}.",
                              f"The storm killed {main} people in and around {s.city} {on_date}, emergency officials said."]),
                  rng.choice([f"{s.second} people were injured and hundreds of homes were damaged.",
                              f"Officials said {s.second} people were injured."]),
                  f"About {thousands(main * 40)} residents were evacuated from low-lying districts."]
    elif s.kind == "strike":
        facts += [rng.choice([f"Police arrested {main} protesters {on_date} as the strike spread to {s.city}.",
                              f"{main} demonstrators were arrested in {s.city} {on_date}, police said."]),
                  f"Organisers said {thousands(main * 50)} workers had joined the walkout."]
    elif s.kind == "trial":
        facts += [rng.choice([f"A court in {s.city} sentenced {given} {surname} to {words(years)} years in prison {on_date}.",
                              f"{given} {surname}, {age}, was sentenced to {years} years {on_date}."]),
                  f"Prosecutors said {s.second} other defendants were charged in the case."]
    elif s.kind == "fire":
        facts += [rng.choice([f"{main} people died in the fire at a warehouse in {s.city} {on_date}.",
                              f"The fire in {s.city} killed {main} people {on_date}, the ministry said."]),
                  f"Firefighters rescued {s.second} workers from the upper floors."]
    else:
        facts += [rng.choice([f"{lg} {ls} was re-elected {on_date} with a large majority.",
                              f"Election officials said {lg} {ls} was re-elected {on_date}."]),
                  f"Police detained {main} protesters outside the election commission."]
    facts.append(rng.choice([f"{given} {surname}, {age}, was among those named by the organisers.",
                             f"The {age}-year-old activist {given} {surname} spoke to reporters afterwards."]))
    if s.kind in ("release", "trial"):
        facts.append(rng.choice([f"{given} {surname} had been sentenced to {years} years in prison.",
                                 f"{surname} was serving a {years}-year sentence."]))
    facts.append(rng.choice([f"President {lg} {ls}, who has ruled {s.country} since {s.leader_since}, did not comment.",
                             f"{lg} {ls} has led {s.country} since {s.leader_since}."]))
    rng.shuffle(facts)
    return facts


def quote(story, rng):
    given, surname = rng.choice(GIVEN), rng.choice(SURNAMES)
    line = rng.choice(["We have waited for this day for a very long time", "Nobody told us anything in advance",
                       "This is only the first step and we expect more", "The situation in the city is still very tense"])
    return f"\"{line},\" said {given} {surname}, a resident of {story.city}."


def article(story, number, rng, contradict):
    paragraphs = []
    facts = fact_sentences(story, rng, contradict)
    filler = rng.sample(FILLER, 11)
    paragraphs.append(" ".join(facts[:2]))
    paragraphs.append(" ".join(filler[:3]))
    paragraphs.append(" ".join(facts[2:]) + " " + quote(story, rng))
    paragraphs.append(" ".join(filler[3:6]))
    paragraphs.append(quote(story, rng) + " " + " ".join(filler[6:8]))
    paragraphs.append(" ".join(filler[8:11]))
    title = f"{story.city}: {story.kind} in {story.country}"
    body = "\n\n".join(p.strip() for p in paragraphs) + "\n"
    if number % 3 == 2:
        return ".txt", title + "\n\n" + body
    front = f"---\ntitle: \"{title}\"\ndate: {story.published.isoformat()}\n---\n\n"
    return ".md", front + body


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="folder to write (created; existing story folders are overwritten)")
    parser.add_argument("--articles", type=int, required=True, help="number of articles (100 to 100,000 and beyond)")
    parser.add_argument("--per-story", type=int, default=10, help="articles per story folder (default 10)")
    parser.add_argument("--seed", type=int, default=5, help="random seed (default 5)")
    args = parser.parse_args()
    if args.articles < 1 or args.per_story < 1:
        sys.exit("generate-corpus.py: --articles and --per-story must be at least 1")
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    stories = (args.articles + args.per_story - 1) // args.per_story
    width = max(5, len(str(stories)))
    manifest = []
    written = 0
    total_bytes = 0
    for s in range(stories):
        story = Story(rng, s)
        folder = os.path.join(args.out, f"story-{s:0{width}d}")
        os.makedirs(folder, exist_ok=True)
        count = min(args.per_story, args.articles - written)
        # One article of a story carries its planted contradiction; a story of hundreds of
        # articles gets one in every hundred (each of a kind drawn anew).
        planted = {}
        if story.planted and count >= 2:
            planted[rng.randrange(count)] = story.planted
        for _ in range(count // 100):
            planted[rng.randrange(count)] = rng.choice(["count", "age", "sentence", "remaining", "date"])
        for a in range(count):
            contradict = planted.get(a)
            ext, text = article(story, a, rng, contradict)
            name = f"{a:03d}-{rng.choice(OUTLETS).lower()}{ext}"
            path = os.path.join(folder, name)
            data = text.encode("utf-8")
            with open(path, "wb") as out:
                out.write(data)
            total_bytes += len(data)
            if contradict:
                manifest.append(f"{path}\t{contradict}")
        written += count
    with open(os.path.join(args.out, "MANIFEST"), "w") as out:
        out.write("\n".join(manifest) + ("\n" if manifest else ""))
    print(f"wrote {written} articles in {stories} stories ({total_bytes / 1e6:.1f} MB) to {args.out}; "
          f"{len(manifest)} planted contradictions listed in MANIFEST")


if __name__ == "__main__":
    main()
