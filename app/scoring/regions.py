"""Where a resource applies: "global", ISO 3166-1 alpha-2 country codes, or region names.

A resource made for a region (the EU's GDPR text, a US helpline) fits an organisation
only when the organisation's country (or a context answer naming a country or region)
lies in it. The region names below are the ones resources may use; each lists its
countries. The lists are plain data, kept short on purpose: a name missing here
matches only itself (a context answer with that exact value).
"""

from __future__ import annotations

from collections.abc import Iterable

GLOBAL = "global"

_EU = [
    "AT",
    "BE",
    "BG",
    "HR",
    "CY",
    "CZ",
    "DK",
    "EE",
    "FI",
    "FR",
    "DE",
    "GR",
    "HU",
    "IE",
    "IT",
    "LV",
    "LT",
    "LU",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SK",
    "SI",
    "ES",
    "SE",
]
_WEST_AFRICA = [
    "BJ",
    "BF",
    "CV",
    "CI",
    "GM",
    "GH",
    "GN",
    "GW",
    "LR",
    "ML",
    "MR",
    "NE",
    "NG",
    "SN",
    "SL",
    "TG",
]
_EAST_AFRICA = [
    "BI",
    "KM",
    "DJ",
    "ER",
    "ET",
    "KE",
    "MG",
    "MW",
    "MU",
    "MZ",
    "RW",
    "SC",
    "SO",
    "SS",
    "TZ",
    "UG",
    "ZM",
    "ZW",
]
_CENTRAL_AFRICA = ["AO", "CM", "CF", "TD", "CG", "CD", "GQ", "GA", "ST"]
_SOUTHERN_AFRICA = ["BW", "LS", "NA", "ZA", "SZ"]
_NORTH_AFRICA = ["DZ", "EG", "LY", "MA", "SD", "TN"]
_MIDDLE_EAST = [
    "BH",
    "IQ",
    "IR",
    "IL",
    "JO",
    "KW",
    "LB",
    "OM",
    "PS",
    "QA",
    "SA",
    "SY",
    "TR",
    "AE",
    "YE",
]
_CENTRAL_AMERICA = ["BZ", "CR", "SV", "GT", "HN", "MX", "NI", "PA"]
_SOUTH_AMERICA = ["AR", "BO", "BR", "CL", "CO", "EC", "GY", "PY", "PE", "SR", "UY", "VE"]
_CARIBBEAN = ["AG", "BS", "BB", "CU", "DM", "DO", "GD", "HT", "JM", "KN", "LC", "VC", "TT"]
_SOUTH_ASIA = ["AF", "BD", "BT", "IN", "MV", "NP", "PK", "LK"]
_SOUTHEAST_ASIA = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"]
_EAST_ASIA = ["CN", "HK", "JP", "KP", "KR", "MN", "MO", "TW"]
_CENTRAL_ASIA = ["KZ", "KG", "TJ", "TM", "UZ"]
_OCEANIA = ["AU", "FJ", "KI", "MH", "FM", "NR", "NZ", "PW", "PG", "WS", "SB", "TO", "TV", "VU"]
_OTHER_EUROPE = [
    "AL",
    "AD",
    "AM",
    "AZ",
    "BY",
    "BA",
    "GE",
    "IS",
    "LI",
    "MD",
    "MC",
    "ME",
    "MK",
    "NO",
    "RU",
    "SM",
    "RS",
    "CH",
    "UA",
    "GB",
    "VA",
    "XK",
]

REGIONS: dict[str, frozenset[str]] = {
    "eu": frozenset(_EU),
    "eea": frozenset([*_EU, "IS", "LI", "NO"]),
    "europe": frozenset([*_EU, *_OTHER_EUROPE]),
    "west-africa": frozenset(_WEST_AFRICA),
    "east-africa": frozenset(_EAST_AFRICA),
    "central-africa": frozenset(_CENTRAL_AFRICA),
    "southern-africa": frozenset(_SOUTHERN_AFRICA),
    "north-africa": frozenset(_NORTH_AFRICA),
    "africa": frozenset(
        [
            *_WEST_AFRICA,
            *_EAST_AFRICA,
            *_CENTRAL_AFRICA,
            *_SOUTHERN_AFRICA,
            *_NORTH_AFRICA,
        ]
    ),
    "lusophone-africa": frozenset(["AO", "CV", "GW", "MZ", "ST"]),
    "middle-east": frozenset(_MIDDLE_EAST),
    "mena": frozenset([*_MIDDLE_EAST, *_NORTH_AFRICA]),
    "central-america": frozenset(_CENTRAL_AMERICA),
    "south-america": frozenset(_SOUTH_AMERICA),
    "caribbean": frozenset(_CARIBBEAN),
    "latin-america": frozenset([*_CENTRAL_AMERICA, *_SOUTH_AMERICA, "CU", "DO", "HT", "PR"]),
    "north-america": frozenset(["CA", "MX", "US"]),
    "south-asia": frozenset(_SOUTH_ASIA),
    "southeast-asia": frozenset(_SOUTHEAST_ASIA),
    "east-asia": frozenset(_EAST_ASIA),
    "central-asia": frozenset(_CENTRAL_ASIA),
    "asia": frozenset([*_SOUTH_ASIA, *_SOUTHEAST_ASIA, *_EAST_ASIA, *_CENTRAL_ASIA]),
    "oceania": frozenset(_OCEANIA),
}


def is_country(code: str) -> bool:
    return len(code) == 2 and code.isalpha() and code.isupper()


def region_fits(resource_regions: Iterable[str], places: Iterable[str]) -> bool:
    """Whether a resource made for ``resource_regions`` fits an organisation in ``places``.

    ``places`` are country codes and region names known about the organisation (its
    country, context answers). "global" fits everyone; a country fits itself and every
    region that contains it; a region name fits the same name.
    """
    regions = list(resource_regions)
    if not regions or GLOBAL in regions:
        return True
    known = list(places)
    for place in known:
        for region in regions:
            if place == region:
                return True
            if is_country(place) and place in REGIONS.get(region, frozenset()):
                return True
    return False
