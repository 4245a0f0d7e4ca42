"""Join codes: 80 random bits, typed as four groups of Crockford base-32 letters.

``K7QF-3MZP-W2XA-9TDB`` — no I, L, O or U, so what is read aloud or copied by hand
comes back right; when typed, case, spaces and hyphens do not matter and the look-alikes
O→0, I/L→1 are mapped. Only a SHA-256 of the normalised code is stored: with 80 bits
of entropy a fast hash leaves nothing to guess offline.
"""

from __future__ import annotations

import hashlib
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS, GROUP_LENGTH = 4, 4
CODE_LENGTH = GROUPS * GROUP_LENGTH  # 16 symbols x 5 bits = 80 bits
_LOOK_ALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_join_code() -> str:
    symbols = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(symbols[i : i + GROUP_LENGTH] for i in range(0, CODE_LENGTH, GROUP_LENGTH))


def normalise(typed: str) -> str | None:
    """The canonical 16 symbols of a typed code, or None if it cannot be a code."""
    compact = "".join(ch for ch in typed.upper() if ch not in " -\t").translate(_LOOK_ALIKES)
    if len(compact) != CODE_LENGTH or any(ch not in ALPHABET for ch in compact):
        return None
    return compact


def hash_code(code: str) -> str:
    """The stored form of a code (typed or canonical); None-safe callers normalise first."""
    canonical = normalise(code)
    if canonical is None:
        raise ValueError("not a join code")
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def hint(code: str) -> str:
    """The last group: enough to tell codes apart, useless for joining."""
    return code[-GROUP_LENGTH:]
