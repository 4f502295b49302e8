"""Builds scripts/dev_extra/quantities.jsonl from the compact blind annotation below.

Each entry gives an anchor (a unique piece of the sentence, usually the quote), then the gold fields
of ../../shared/bench/claims-dev/CONVENTIONS.md. The sentence is cut from the page's reference text
(wcxb-dev ground-truth main_content) by a plain splitter, so `sentence` is exact page text.
Run: python3 scripts/dev_extra/build_quantities.py  (writes quantities.jsonl).
"""
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent

from list_items import find_shared  # noqa: E402

WCXB = find_shared() / "bench" / "wcxb-dev" / "ground-truth"


# (anchor, quote, kind, value | (low, high) | iso text, unit, bound, cue, change, subject,
#  time_scope, time_iso, source, checkworthy)
A = {}
A["4472"] = [
    ("between $50 and $250", "$50 and $250", "money", (50, 250), "USD", "=", None, None, "Smart home hubs", None, None, None, "medium"),
    ("around $100", "$100", "money", 100, "USD", "~", "around", None, "products", None, None, None, "low"),
    ("Older product (launched 2021)", "2021", "date", "2021", None, "=", None, None, None, None, None, None, "low"),
    ("Two size options", "Two size options", "count", 2, "size options", "=", None, None, None, None, None, None, "low"),
    ("it launched in 2021", "2021", "date", "2021", None, "=", None, None, "The Nest Hub (2nd Gen)", None, None, None, "low"),
    ("sometime in 2026", "2026", "date", "2026", None, "=", None, None, "Google", None, None, None, "medium"),
    ("Older product (launched 2020)", "2020", "date", "2020", None, "=", None, None, None, None, None, None, "low"),
    ("more than five minutes", "five minutes", "duration", 5, "minute", "<=", "never more than", None, None, None, None, None, "low"),
    ("over 20 years of experience", "20 years", "duration", 20, "year", ">", "over", None, "He", None, None, None, "low"),
]
A["4151"] = [
    ("2025 marked a turning point", "2025", "date", "2025", None, "=", None, None, None, None, None, None, "medium"),
    ("That changed in 2025.", "2025", "date", "2025", None, "=", None, None, None, None, None, None, "medium"),
    ("The GENIUS Act passed in July", "July", "date", "2025-07", None, "=", None, None, "The GENIUS Act", None, None, None, "medium"),
    ("creating the first federal stablecoin framework", "first", "rank", 1, None, "=", None, None, "The GENIUS Act", None, None, None, "medium"),
    ("all 27 member states", "27 member states", "count", 27, "member states", "=", None, None, "MiCA regime", "in 2025", "2025", None, "medium"),
    ("in August 2025 that quickly", "August 2025", "date", "2025-08", None, "=", None, None, "Hong Kong", None, None, None, "medium"),
    ("12 major global banks", "12 major global banks", "count", 12, "banks", "=", None, None, "the Wolfsberg Group", None, None, None, "medium"),
    ("99 jurisdictions", "99 jurisdictions", "count", 99, "jurisdictions", "=", None, None, "jurisdictions", None, None, "The FATF's sixth update", "high"),
    ("exceeding $600 million in 2024", "$600 million", "money", 6e8, "USD", ">", "exceeding", None, "North Korean crypto thefts", "2024", "2024", "The US, South Korea and Japan", "high"),
]
A["4184"] = [
    ("INTERVAL: Up to 100,000 miles", "100,000 miles", "measure", 100000, "mi", "<=", "Up to", None, "Coolant Flush", None, None, None, "medium"),
    ("PRICE: $373-$400", "$373-$400", "money", (373, 400), "USD", "=", None, None, "Coolant Flush", None, None, "CR", "medium"),
    ("Some coolants last two years", "two years", "duration", 2, "year", "=", None, None, "Some coolants", None, None, None, "low"),
    ("5,000, 7,500, and 10,000 miles", "5,000", "measure", 5000, "mi", "=", None, None, "Oil change", None, None, None, "medium"),
    ("5,000, 7,500, and 10,000 miles", "7,500", "measure", 7500, "mi", "=", None, None, "Oil change", None, None, None, "medium"),
    ("5,000, 7,500, and 10,000 miles", "10,000 miles", "measure", 10000, "mi", "=", None, None, "Oil change", None, None, None, "medium"),
    ("PRICE: $75-$145", "$75-$145", "money", (75, 145), "USD", "=", None, None, "Oil change", None, None, "CR", "medium"),
    ("PRICE: $35-$45", "$35-$45", "money", (35, 45), "USD", "=", None, None, "Tire rotation", None, None, "CR", "medium"),
    ("PRICE: $27-$34 per tire", "$27-$34 per tire", "money", (27, 34), "USD/tire", "=", None, None, "Tire balancing", None, None, "CR", "medium"),
    ("At least once per year", "once per year", "count", 1, "per year", ">=", "At least", None, "Wipers", None, None, None, "low"),
    ("PRICE: $68-$86", "$68-$86", "money", (68, 86), "USD", "=", None, None, "Wipers", None, None, "CR", "medium"),
    ("(30,000-60,000 miles)", "30,000-60,000 miles", "measure", (30000, 60000), "mi", "=", None, None, "Rear differential fluid change", None, None, None, "medium"),
    ("PRICE: $84-$99", "$84-$99", "money", (84, 99), "USD", "=", None, None, "Rear differential fluid change", None, None, "CR", "medium"),
    ("Typically 25,000-50,000 miles", "25,000-50,000 miles", "measure", (25000, 50000), "mi", "=", None, None, "Brake pads and rotors", None, None, None, "medium"),
    ("PRICE: $259-$300", "$259-$300", "money", (259, 300), "USD", "=", None, None, "Brake pads and rotors", None, None, "CR", "medium"),
    ("INTERVAL: Around 100,000 miles", "100,000 miles", "measure", 100000, "mi", "~", "Around", None, "Spark plugs", None, None, None, "medium"),
    ("PRICE: $212-$276", "$212-$276", "money", (212, 276), "USD", "=", None, None, "Spark plugs", None, None, "CR", "medium"),
    ("usually last about 100,000 miles", "100,000 miles", "measure", 100000, "mi", "~", "about", None, "spark plugs", None, None, None, "medium"),
    ("INTERVAL: 60,000-120,000 miles", "60,000-120,000 miles", "measure", (60000, 120000), "mi", "=", None, None, "Timing belt", None, None, None, "medium"),
    ("PRICE: $603-$785", "$603-$785", "money", (603, 785), "USD", "=", None, None, "Timing belt", None, None, "CR", "medium"),
]
A["0212"] = [
    ("at $83 per month", "$83 per month", "money", 83, "USD/month", "=", None, None, "YouTube TV", None, None, None, "medium"),
    ("record an unlimited number of programs for up to nine months", "nine months", "duration", 9, "month", "<=", "up to", None, "its cloud DVR", None, None, None, "low"),
    ("$90-per-month base package", "$90-per-month", "money", 90, "USD/month", "=", None, None, "Hulu + Live TV", None, None, None, "medium"),
    ("save an unlimited number of shows for up to nine months", "nine months", "duration", 9, "month", "<=", "up to", None, "Hulu's cloud DVR service", None, None, None, "low"),
    ("each cost $10 per month", "$10 per month", "money", 10, "USD/month", "=", None, None, "Disney+ and Hulu", None, None, None, "medium"),
    ("$11 per month together", "$11 per month", "money", 11, "USD/month", "=", None, None, "Disney+ and Hulu", None, None, None, "medium"),
    ("pricier at $12 per month", "$12 per month", "money", 12, "USD/month", "=", None, None, "ESPN+", None, None, None, "medium"),
    ("for $17 per month", "$17 per month", "money", 17, "USD/month", "=", None, None, "ESPN+", None, None, None, "medium"),
    ("starting price is $94.99 per month", "$94.99 per month", "money", 94.99, "USD/month", "=", None, None, "DirecTV Stream", None, None, None, "medium"),
    ("$114.98-per-month", "$114.98-per-month", "money", 114.98, "USD/month", "=", None, None, "DirecTV Stream", None, None, None, "medium"),
    ("starting price of $46 per month", "$46 per month", "money", 46, "USD/month", "=", None, None, "Sling TV", None, None, None, "medium"),
    ("into two base packages", "two base packages", "count", 2, "base packages", "=", None, None, "Sling TV", None, None, None, "low"),
    ("50 recording hours", "50 recording hours", "duration", 50, "hour", "=", None, None, "The DVR", None, None, None, "low"),
    ("or 200 hours", "200 hours", "duration", 200, "hour", "=", None, None, "The DVR", None, None, None, "low"),
    ("extra $5 per month", "$5 per month", "money", 5, "USD/month", "=", None, None, "The DVR", None, None, None, "low"),
    ("For $33 per month", "$33 per month", "money", 33, "USD/month", "=", None, None, "Philo", None, None, None, "medium"),
    ("It costs $85 per month", "$85 per month", "money", 85, "USD/month", "=", None, None, "Fubo", None, None, None, "medium"),
    ("starting at $9 per month", "$9 per month", "money", 9, "USD/month", ">=", "starting at", None, "Frndly TV", None, None, None, "medium"),
    ("launch of Sling TV back in 2015", "2015", "date", "2015", None, "=", None, None, "Sling TV", None, None, None, "low"),
    ("cord-cutter myself since 2008", "2008", "date", "2008", None, "=", None, None, "I", None, None, None, "low"),
    ("more than 30,000 readers", "30,000 readers", "count", 30000, "readers", ">", "more than", None, "my Cord Cutter Weekly newsletter", None, None, None, "low"),
    ("usually it's two or three", "two or three", "count", (2, 3), "devices", "=", None, None, None, None, None, None, "low"),
]
A["0428"] = [
    ("two new kinds of infinity", "two new kinds of infinity", "count", 2, "kinds of infinity", "=", None, None, None, None, None, None, "low"),
    ("At 17, Hannah Cairo", "17", "duration", 17, "year", "=", None, None, "Hannah Cairo", None, None, None, "low"),
    ("thousands of years of history", "thousands of years", "duration", 1000, "year", ">=", "thousands of", None, "mathematicians", None, None, None, "low"),
    ("at just 17 years old", "17 years old", "duration", 17, "year", "=", None, None, "Hannah Cairo", None, None, None, "medium"),
    ("a 40-year-old conjecture", "40-year-old", "duration", 40, "year", "=", None, None, "conjecture", None, None, None, "low"),
    ("offered 10 martinis", "10 martinis", "count", 10, "martinis", "=", None, None, "a mathematician", None, None, None, "low"),
    ("originally solved in 2004", "2004", "date", "2004", None, "=", None, None, "The problem", None, None, None, "medium"),
    ("return to it 20 years later", "20 years", "duration", 20, "year", "=", None, None, "Jitomirskaya", None, None, None, "low"),
    ("the first woman to win a Fields Medal", "first", "rank", 1, None, "=", None, None, "She", None, None, None, "medium"),
    ("she died at age 40", "40", "duration", 40, "year", "=", None, None, "she", None, None, None, "medium"),
    ("known since the 1870s", "the 1870s", "date", "1870/1879", None, "=", None, None, "Mathematicians", None, None, None, "low"),
    ("In the 1930s, Kurt Gödel", "the 1930s", "date", "1930/1939", None, "=", None, None, "Kurt Gödel", None, None, None, "medium"),
    ("invented two new types of infinity", "two new types of infinity", "count", 2, "types of infinity", "=", None, None, "a team of mathematicians", None, None, "Gregory Barber", "low"),
    ("over a century to do the same", "a century", "duration", 100, "year", ">", "over", None, None, None, None, None, "low"),
    ("a shape with 90 vertices", "90 vertices", "count", 90, "vertices", "=", None, None, "the Noperthedron", "This year", "2025", None, "medium"),
    ("and 152 faces", "152 faces", "count", 152, "faces", "=", None, None, "the Noperthedron", "This year", "2025", None, "medium"),
    ("a series of 122 wire-frame cubes", "122 wire-frame cubes", "count", 122, "cubes", "=", None, None, "Variations of Incomplete Open Cubes", None, None, None, "low"),
    ("In 1952, just a couple", "1952", "date", "1952", None, "=", None, None, "Alan Turing", None, None, None, "medium"),
]
A["4511"] = [
    ("first conceptualized in 2008", "2008", "date", "2008", None, "=", None, None, "Blockchain technology", None, None, None, "medium"),
    ("Bitcoin, the first cryptocurrency", "first", "rank", 1, None, "=", None, None, "Bitcoin", None, None, None, "low"),
    ("was the first in the world to create", "first", "rank", 1, None, "=", None, None, "Power ledger", None, None, None, "medium"),
    ("back to the 1950s", "the 1950s", "date", "1950/1959", None, "=", None, None, "AI", None, None, None, "low"),
    ("In the 1980s and 1990s", "1980s", "date", "1980/1989", None, "=", None, None, "AI research", None, None, None, "low"),
    ("In the 1980s and 1990s", "1990s", "date", "1990/1999", None, "=", None, None, "AI research", None, None, None, "low"),
    ("came in the 2000s", "the 2000s", "date", "2000/2009", None, "=", None, None, "deep learning", None, None, None, "low"),
    ("first proposed in the 1980s", "the 1980s", "date", "1980/1989", None, "=", None, None, "quantum computing", None, None, None, "low"),
    ("It incorporates 105 qubits", "105 qubits", "count", 105, "qubits", "=", None, None, "Willow", None, None, None, "medium"),
    ("in under five minutes", "five minutes", "duration", 5, "minute", "<", "under", None, "Willow", None, None, None, "medium"),
    ("millions of years", "millions of years", "duration", 1e6, "year", ">=", "millions of", None, "a classical supercomputer", None, None, None, "medium"),
]
A["4025"] = [
    ("close to 2°F", "2°F", "measure", 2, "°F", "~", "close to", "up/level", "Global average temperatures", "over the past decade (2012-2021)", "2012/2021", "NCA5", "high"),
    ("(1.1°C)", "1.1°C", "measure", 1.1, "°C", "~", None, None, "Global average temperatures", "over the past decade (2012-2021)", "2012/2021", "NCA5", "low"),
    ("risen by 2.5°F", "2.5°F", "measure", 2.5, "°F", "=", None, "up/abs_delta", "the contiguous United States", "since 1970", "1970/2025", "NCA5", "high"),
    ("in Alaska by 4.2°F", "4.2°F", "measure", 4.2, "°F", "=", None, "up/abs_delta", "Alaska", "since 1970", "1970/2025", "NCA5", "high"),
    ("around 1.7°F", "1.7°F", "measure", 1.7, "°F", "~", "around", "up/abs_delta", "global", "since 1970", "1970/2025", "NCA5", "high"),
    ("5% to 15% higher", "5% to 15%", "percent", (5, 15), "%", "=", None, "up/pct_delta", "the central and eastern United States", "from 2002-2021", "2002/2021", "NCA5", "high"),
    ("agriculture accounted for 10.5 percent", "10.5 percent", "percent", 10.5, "%", "=", None, None, "agriculture", "in 2022", "2022", "EPA", "high"),
    ("Of the 10.5 percent", "10.5 percent", "percent", 10.5, "%", "=", None, None, "agriculture", None, "2022", "EPA", "low"),
    ("accounted for 0.5 percent", "0.5 percent", "percent", 0.5, "%", "=", None, None, "electricity-related CO2 emissions", None, "2022", "EPA", "medium"),
    ("accounted for 0.8 percent", "0.8 percent", "percent", 0.8, "%", "=", None, None, "CO2 from on-farm energy use", None, "2022", "EPA", "medium"),
    ("663.6 million metric tons", "663.6 million metric tons", "measure", 663.6e6, "t", "~", "an estimated", None, "U.S. agriculture", "in 2022", "2022", "EPA 2024", "high"),
    ("46.6 percent as nitrous oxide", "46.6 percent", "percent", 46.6, "%", "=", None, None, "U.S. agriculture", "in 2022", "2022", "EPA 2024", "high"),
    ("41.7 percent as methane", "41.7 percent", "percent", 41.7, "%", "=", None, None, "U.S. agriculture", "in 2022", "2022", "EPA 2024", "high"),
    ("11.6 percent as carbon dioxide", "11.6 percent", "percent", 11.6, "%", "=", None, None, "U.S. agriculture", "in 2022", "2022", "EPA 2024", "high"),
    ("854.2 million metric tons", "854.2 million metric tons", "measure", 854.2e6, "t", "=", None, None, "The LULUCF estimated net sink", "in 2022", "2022", None, "high"),
    ("Introduced in 2011", "2011", "date", "2011", None, "=", None, None, "drought-tolerant corn", None, None, None, "medium"),
    ("accounted for 22 percent of total U.S. corn-planted", "22 percent", "percent", 22, "%", "=", None, None, "drought-tolerant corn", "in 2016", "2016", None, "high"),
    ("as early as 2020", "2020", "date", "2020", None, ">=", "as early as", None, None, None, None, None, "low"),
    ("bear over half of the costs", "half", "ratio", 0.5, "x", ">", "over", None, "the dairy sector", None, None, None, "medium"),
    ("the approximately 300 agrivoltaic sites", "300 agrivoltaic sites", "count", 300, "agrivoltaic sites", "~", "approximately", None, "agrivoltaic sites", "As of 2021", "2021", None, "medium"),
    ("Three main factors determine", "Three main factors", "count", 3, "factors", "=", None, None, None, None, None, None, "low"),
    ("examines three policy scenarios", "three policy scenarios", "count", 3, "policy scenarios", "=", None, None, "This study", None, None, None, "low"),
]
A["4121"] = [
    ("At least half of the grains", "half", "ratio", 0.5, "x", ">=", "At least", None, None, None, None, "The Dietary Guidelines for Americans, 2020-2025", "medium"),
    ("less than 10 percent", "10 percent", "percent", 10, "%", "<", "less than", None, None, None, None, "The Dietary Guidelines for Americans, 2020-2025", "medium"),
    ("3 servings a day", "3 servings a day", "count", 3, "servings", "=", None, None, "Adults", None, None, None, "medium"),
    ("at least 150 minutes", "150 minutes", "duration", 150, "minute", ">=", "at least", None, None, None, None, "Physical Activity Guidelines for Americans, 2nd edition", "medium"),
    ("or 2 hours and 30 minutes", "2 hours and 30 minutes", "duration", 2.5, "hour", ">=", None, None, None, None, None, "Physical Activity Guidelines for Americans, 2nd edition", "low"),
    ("short, 10-minute spurts", "10-minute", "duration", 10, "minute", "=", None, None, None, None, None, None, "low"),
    ("3 times a day", "3 times a day", "count", 3, "times", "=", None, None, None, None, None, None, "low"),
    ("on 5 or more days a week", "5 or more days", "count", 5, "days", ">=", "or more", None, None, None, None, None, "low"),
    ("2 or 3 days a week", "2 or 3 days", "count", (2, 3), "days", "=", None, None, None, None, None, None, "low"),
]
A["0179"] = [
    ("available in over 20 states", "20 states", "count", 20, "states", ">", "over", None, "Direct File", None, None, None, "medium"),
    ("for most Americans is April 15, 2025", "April 15, 2025", "date", "2025-04-15", None, "=", None, None, "The end of the 2025 tax season", None, None, None, "medium"),
    ("additional six months", "six months", "duration", 6, "month", "=", None, None, "Filing an extension", None, None, None, "medium"),
    ("to October 15, 2025", "October 15, 2025", "date", "2025-10-15", None, "=", None, None, "Filing an extension", None, None, None, "medium"),
    ("which is $14,600 for single filers", "$14,600", "money", 14600, "USD", "=", None, None, "single filers", "for 2024", "2024", None, "medium"),
    ("$29,200 for those married", "$29,200", "money", 29200, "USD", "=", None, None, "those married filing jointly", "for 2024", "2024", None, "medium"),
    ("$632 if you have no dependent children", "$632", "money", 632, "USD", "<=", "maximum", None, None, None, None, None, "medium"),
    ("$4,213 if you have one qualifying child", "$4,213", "money", 4213, "USD", "<=", "maximum", None, None, None, None, None, "medium"),
    ("$6,960 if you have two qualifying children", "$6,960", "money", 6960, "USD", "<=", "maximum", None, None, None, None, None, "medium"),
    ("$7,830 if you have three or more", "$7,830", "money", 7830, "USD", "<=", "maximum", None, None, None, None, None, "medium"),
    ("maximum of $2,000 per qualifying child", "$2,000 per qualifying child", "money", 2000, "USD/child", "<=", "maximum of", None, "The Child Tax Credit", None, None, None, "medium"),
    ("Up to $1,700 is refundable", "$1,700", "money", 1700, "USD", "<=", "Up to", None, "The Child Tax Credit", None, None, None, "medium"),
    ("the estimated 100 million people", "100 million people", "count", 1e8, "people", "~", "estimated", None, None, None, None, None, "high"),
    ("operated for over 50 years", "50 years", "duration", 50, "year", ">", "over", None, "These free programs", None, None, None, "medium"),
    ("range from $30 to $50", "$30 to $50", "money", (30, 50), "USD", "=", None, None, "RAC fees", None, None, None, "medium"),
    ("in less than 21 days", "21 days", "duration", 21, "day", "<", "less than", None, "the IRS", None, None, None, "medium"),
    ("refunds within 21 days", "21 days", "duration", 21, "day", "<=", "within", None, "the IRS", None, None, None, "medium"),
    ("The IRS estimates 4 to 6 weeks", "4 to 6 weeks", "duration", (4, 6), "week", "=", None, None, None, None, None, "The IRS", "medium"),
    ("Thousands of people have lost", "Thousands of people", "count", 1000, "people", ">=", "Thousands of", None, None, None, None, None, "medium"),
    ("lost millions of dollars", "millions of dollars", "money", 1e6, "USD", ">=", "millions of", None, "Thousands of people", None, None, None, "medium"),
]
A["4628"] = [
    ("a 5-mile trail", "5-mile", "measure", 5, "mi", "=", None, None, "the Harrisburg Hike and Bike Trail", None, None, None, "low"),
    ("extends 17 miles", "17 miles", "measure", 17, "mi", "=", None, None, "The White Oak Bayou trail", None, None, None, "low"),
    ("spans 4.6 miles", "4.6 miles", "measure", 4.6, "mi", "=", None, None, "the MKT Trail", None, None, None, "low"),
    ("The 15-mile route", "15-mile", "measure", 15, "mi", "=", None, None, "Buffalo Bayou Hike and Bike Trail", None, None, None, "low"),
    ("250,000 Mexican free-tailed bats", "250,000 Mexican free-tailed bats", "count", 250000, "bats", "~", "an estimated", None, "the Waugh Drive Bridge", None, None, None, "medium"),
    ("a staggering 30 miles", "30 miles", "measure", 30, "mi", "=", None, None, "Memorial Park", None, None, None, "low"),
    ("through its six tracks", "six tracks", "count", 6, "tracks", "=", None, None, "the Color Trails", None, None, None, "low"),
    ("the Green Ridge Trail (1.7 miles)", "1.7 miles", "measure", 1.7, "mi", "=", None, None, "the Green Ridge Trail", None, None, None, "low"),
    ("the Triangle (0.8 miles)", "0.8 miles", "measure", 0.8, "mi", "=", None, None, "the Triangle", None, None, None, "low"),
    ("the Yellow Trail (0.8 miles)", "0.8 miles", "measure", 0.8, "mi", "=", None, None, "the Yellow Trail", None, None, None, "low"),
    ("the Orange Trail (0.8 miles)", "0.8 miles", "measure", 0.8, "mi", "=", None, None, "the Orange Trail", None, None, None, "low"),
    ("the Blue Trail (1 mile)", "1 mile", "measure", 1, "mi", "=", None, None, "the Blue Trail", None, None, None, "low"),
    ("the Purple Trail (1.8 miles)", "1.8 miles", "measure", 1.8, "mi", "=", None, None, "the Purple Trail", None, None, None, "low"),
    ("Extending 14 miles", "14 miles", "measure", 14, "mi", "=", None, None, "Brays Bayou Greenway Trail", None, None, None, "low"),
    ("access to 10 miles", "10 miles", "measure", 10, "mi", "=", None, None, "the Terry Hershey Hike and Bike Trail", None, None, None, "low"),
    ("Spanning 40 miles", "40 miles", "measure", 40, "mi", "=", None, None, "The Spring Creek Greenway", None, None, None, "low"),
    ("a 14-mile natural surface trail", "14-mile", "measure", 14, "mi", "=", None, None, "the Spring Creek Nature Trail", None, None, None, "low"),
    ("4-mile stretch", "4-mile", "measure", 4, "mi", "=", None, None, "The Columbia Tap Trail", None, None, None, "low"),
]

SPLIT = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z“\"‘'($0-9])")


def sentences(text):
    for line in text.split("\n"):
        for s in SPLIT.split(line):
            if s.strip():
                yield s.strip()


def record(doc, text, e):
    anchor, quote, kind, val, unit, bound, cue, change, subj, ts, tiso, src, cw = e
    hits = [s for s in sentences(text) if anchor in s]
    assert len(hits) == 1, (doc, anchor, hits)
    sent = hits[0]
    assert quote in sent, (doc, quote, sent)
    r = {"doc": f"wc-{doc}", "page": f"wcxb-dev/ground-truth/{doc}.json", "sentence": sent,
         "quote": quote, "kind": kind, "value": None, "value_low": None, "value_high": None,
         "value_text": None, "unit": unit, "bound": bound, "bound_cue": cue}
    if isinstance(val, tuple):
        r["value_low"], r["value_high"] = val
    elif kind == "date":
        r["value_text"] = val
    else:
        r["value"] = val
    r["change"] = dict(zip(("direction", "type"), change.split("/"))) if change else None
    r.update({"subject": subj, "property": None, "time_scope": ts, "time_iso": tiso,
              "source": src, "checkworthy": cw})
    return r


def main():
    out = []
    for doc, entries in A.items():
        gt = json.loads((WCXB / f"{doc}.json").read_text())["ground_truth"]
        text = gt["main_content"]
        out += [record(doc, text, e) for e in entries]
    with open(HERE / "quantities.jsonl", "w") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "records on", len(A), "pages")


if __name__ == "__main__":
    main()
