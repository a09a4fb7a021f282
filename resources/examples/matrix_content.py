"""The sample's assessment matrix, taken from the minutes of the 2013 Lao PDR ABND launch.

Each row is what the minutes say about one provision: the existing scheme, the
policy gap, the implementation issue and the recommendation. Costable
recommendations link to the sample's scenarios.
"""

from __future__ import annotations

from typing import Any

ROWS: list[dict[str, Any]] = [
    {
        "id": "health-coverage",
        "guarantee": "health",
        "existing_provision": "Health insurance through the SSA (civil servants), the SSO "
        "(private enterprises with 10 or more workers) and voluntary community-based health "
        "insurance (CBHI). About 25 % of the population is covered, after 20 years.",
        "policy_gap": "No mandate or subsidy to cover the informal sector and the "
        "self-employed. The 7th NESDP target, 50 % of the population insured by 2015, is "
        "far off.",
        "implementation_issue": "CBHI is voluntary and enrolment stays low. The contribution, "
        "85,000 kip per person per year, does not cover the cost of care.",
        "recommendation": "Extend health coverage to the uncovered population with a "
        "government-subsidised contribution: 50 % coverage first, all residents by 2035.",
        "costable": True,
        "scenario_ids": ["health-extension"],
        "priority": 1,
        "agencies": ["MoH", "MoF", "MoLSW", "WHO"],
        "notes": "Presentation 3 (MoLSW) and Q&A.",
    },
    {
        "id": "health-quality",
        "guarantee": "health",
        "existing_provision": "SSO health benefit paid to hospitals by capitation; members "
        "choose their hospital and may change it each year.",
        "policy_gap": "",
        "implementation_issue": "Insured patients report less attention than other patients. "
        "Hospitals claim about 100,000 kip per member while contributions bring about 50,000.",
        "recommendation": "Study the capitation rate and the contribution level together; "
        "monitor service quality with monthly feedback from insured patients.",
        "costable": False,
        "priority": 2,
        "agencies": ["MoH", "MoLSW (SSO)", "LFTU", "Lao Youth Union"],
        "notes": "Presentation 4 (SSO) and Q&A: quality, not only coverage.",
    },
    {
        "id": "child-benefit",
        "guarantee": "children",
        "existing_provision": "Family allowances for SSO and SSA members only (formal sector).",
        "policy_gap": "No income support for children in informal-sector and rural families, "
        "most children in a young population (7.6 million people expected in 2020).",
        "implementation_issue": "Weak population registration makes any targeting hard.",
        "recommendation": "Introduce a universal child benefit for children aged 0-5, phased "
        "in from 2026.",
        "costable": True,
        "scenario_ids": ["child-benefit"],
        "priority": 1,
        "agencies": ["MoLSW", "MoF", "MoES", "Lao Women's Union", "UNICEF"],
        "notes": "Universal rather than targeted, given weak registration (Ministry of Public "
        "Security).",
    },
    {
        "id": "sso-extension",
        "guarantee": "working_age",
        "existing_provision": "SSO (Decree 207/PM, 2001) for enterprises with 10 or more "
        "workers: 8 of the 9 branches of ILO Convention 102 (no unemployment insurance); "
        "136,000 members, 27 % of the target group; contribution 9.5 % (4.5 % worker, "
        "5 % employer).",
        "policy_gap": "Self-employed and informal-sector workers are not covered; no "
        "unemployment insurance.",
        "implementation_issue": "Compulsory membership is not enforced; labour inspection is "
        "weak; about 60,000 contributors for 130,000 claimants; no government subsidy.",
        "recommendation": "Enforce compulsory membership and open a subsidised voluntary "
        "scheme for informal workers (Thailand's subsidised packages reached 1.2 million "
        "members in 18 months).",
        "costable": False,
        "priority": 1,
        "agencies": ["MoLSW (SSO)", "LNCCI", "LFTU", "ILO"],
        "notes": "LNCCI asked how much subsidy the government will give, and how.",
    },
    {
        "id": "disability",
        "guarantee": "working_age",
        "existing_provision": "Disability benefits for SSO and SSA members only.",
        "policy_gap": "No income support for people with disabilities outside formal employment.",
        "implementation_issue": "",
        "recommendation": "Introduce a disability benefit for persons aged 15-64 with a severe "
        "disability.",
        "costable": True,
        "scenario_ids": ["disability-benefit"],
        "priority": 2,
        "agencies": ["MoLSW", "MoH", "Handicap International"],
        "notes": "Extension to the disabled and elderly is a MoLSW long-term goal.",
    },
    {
        "id": "maternity",
        "guarantee": "working_age",
        "existing_provision": "Maternity benefits for SSO and SSA members; the Labour "
        "protection law in preparation improves maternity leave.",
        "policy_gap": "No maternity cash for women outside formal employment.",
        "implementation_issue": "",
        "recommendation": "Introduce a maternity cash benefit for every mother, for 3 months "
        "around the birth.",
        "costable": True,
        "scenario_ids": ["maternity-benefit"],
        "priority": 2,
        "agencies": ["MoLSW", "MoH", "Lao Women's Union", "UNFPA"],
        "notes": "",
    },
    {
        "id": "migrant-workers",
        "guarantee": "working_age",
        "existing_provision": "National Verification Process with Thailand (about 270,000 "
        "workers identified).",
        "policy_gap": "Lao workers abroad, often undocumented and seasonal, are outside social "
        "security.",
        "implementation_issue": "Workers come and go; the numbers are not reliable.",
        "recommendation": "Set up a unit in the Lao embassy in Thailand to assist workers "
        "without documents; pursue portability of social security within ASEAN.",
        "costable": False,
        "priority": 3,
        "agencies": ["MoLSW", "Ministry of Foreign Affairs", "IOM", "ILO"],
        "notes": "Question from the Lao Youth Union.",
    },
    {
        "id": "ssa-funding",
        "guarantee": "elderly",
        "existing_provision": "SSA pensions for civil servants, police, soldiers and veterans "
        "(Decree 70, 1986); contribution 16.5 % (8.5 % government, 8 % worker).",
        "policy_gap": "",
        "implementation_issue": "The government pays its contribution late; there is no reserve "
        "fund; salary increases raise the budget cost.",
        "recommendation": "Pay the government's contributions on time and build a reserve; "
        "merge SSA and SSO under the new Social Security law.",
        "costable": False,
        "priority": 2,
        "agencies": ["MoF", "MoLSW (SSA)"],
        "notes": "The draft Social Security law was due before the National Assembly in June 2013.",
    },
    {
        "id": "social-pension",
        "guarantee": "elderly",
        "existing_provision": "SSO old-age benefit for private-sector workers, paid as a lump "
        "sum only.",
        "policy_gap": "No pension for the private sector; no income security for informal "
        "workers and the rural elderly.",
        "implementation_issue": "Funding is a major constraint for a least developed country.",
        "recommendation": "Introduce a universal social pension for residents aged 65 and over.",
        "costable": True,
        "scenario_ids": ["social-pension-65"],
        "priority": 1,
        "agencies": ["MoLSW", "MoF", "HelpAge International", "ILO"],
        "notes": "Regional benchmark in the minutes: Thailand's universal pension, 500 baht a "
        "month.",
    },
]


def matrix_rows(minutes: str) -> list[dict[str, Any]]:
    """The rows, each noting that it comes from the minutes."""
    rows = []
    for row in ROWS:
        note = row.get("notes", "")
        rows.append({**row, "notes": f"{minutes}. {note}".strip()})
    return rows
