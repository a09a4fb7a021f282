"""What a reader must find in the report for each scenario of a project, written here with
Python's own formatting (English), from the engine's values: the benefit amount in the
first year of payment, the take-up path, and the cost in % of GDP in the stated years.
Rounding as the report states it: money a month to the unit, shares to a whole percent
(one decimal when needed), % of GDP to two decimals."""

from __future__ import annotations

import itertools
import re
import subprocess
import unicodedata

import numpy as np

from engine.domain.model import Project
from engine.method.compute import Results


def share(fraction: float) -> str:
    value = fraction * 100
    return f"{value:.0f} %" if abs(value - round(value)) < 0.05 else f"{value:.1f} %"


def stated(results: Results) -> tuple[int, ...]:
    """2026, 2030 and 2040 for the Lao sample (nothing is paid in 2025)."""
    years = [int(y) for y in results.years]
    return (years[1], 2030, years[-1])


def scenario_patterns(project: Project, results: Results) -> dict[str, list[str]]:
    """Per scenario, regular expressions its sentences must match in the report's text."""
    found: dict[str, list[str]] = {}
    years = stated(results)
    for scenario in project.scenarios:
        terms = results.terms[scenario.id]
        t = int(np.flatnonzero(terms.take_up > 0)[0])
        year = int(results.calendar_years[t])
        patterns = []
        if scenario.kind == "health_per_capita":
            cost = terms.annual_benefit[t]
            patterns.append(rf"rising with consumer prices: {cost:,.0f} LAK in {year}\.")
        else:
            assert scenario.benefit is not None and terms.monthly_benefit is not None
            amount = terms.monthly_benefit[t]
            patterns.append(
                rf"The benefit is {scenario.benefit.percent:g} % of the poverty line: "
                rf"{amount:,.0f} LAK a month in {year}\."
            )
        ramp = scenario.take_up.ramp
        assert ramp is not None
        patterns.append(
            rf"Take-up starts at {re.escape(share(ramp.start))} of the people eligible in "
            rf"{ramp.start_year} and rises evenly to {re.escape(share(ramp.target))} in "
            rf"{ramp.target_year}\."
        )
        pct = [results.scenarios[scenario.id]["pct_gdp"][y - 2025] for y in years]
        patterns.append(
            rf"It costs {pct[0]:.2f} % of GDP in {years[0]} \([^)]*\), {pct[1]:.2f} % of GDP in "
            rf"{years[1]} \([^)]*\) and {pct[2]:.2f} % of GDP in {years[2]} \("
        )
        found[scenario.id] = patterns
    return found


def summary_phrases(project: Project, results: Results) -> list[str]:
    """Each package's cost in the stated years, as the executive summary says it."""
    phrases = []
    for package in project.packages:
        table = results.packages[package.id]
        parts = [
            f"{table['pct_gdp'][y - 2025]:.2f} % of GDP in {y} "
            f"({table['total_cost'][y - 2025] / 1e9:,.0f} billion LAK; "
            f"{table['pct_gov_expenditure'][y - 2025]:.2f} % of government expenditure)"
            for y in stated(results)
        ]
        phrases.append(f"{package.name} would cost {parts[0]}, {parts[1]} and {parts[2]}.")
    return phrases


def normalised(text: str) -> str:
    """Text as a reader searches it: no-break spaces as spaces, no zero width spaces, one
    space between words (line ends included)."""
    text = unicodedata.normalize("NFKC", text).replace("\u200b", "")
    return " ".join(text.split())


def pdf_text(pdf: str) -> str:
    done = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True)
    return done.stdout


def split_words(text: str, words: set[str]) -> list[str]:
    """Words of ``words`` that the text breaks across two lines ("Implementatio" "n")."""
    tokens = unicodedata.normalize("NFKC", text).replace("\u200b", "").split()
    return [a + b for a, b in itertools.pairwise(tokens) if a + b in words]


def unembedded_fonts(pdf: str) -> list[str]:
    done = subprocess.run(["pdffonts", pdf], capture_output=True, text=True, check=True)
    rows = done.stdout.splitlines()[2:]
    return [row for row in rows if row.split()[-5] != "yes"]
