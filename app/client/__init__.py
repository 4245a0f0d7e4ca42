"""A typed Python client for the rdsa API, plus webhook signature checking.

Depends only on httpx and the standard library, so other tools can vendor it::

    from app.client import ProblemError, RdsaClient, verify_signature

    with RdsaClient("https://rdsa.example.org", token=MEMBER_KEY, lang="es") as rdsa:
        draft = rdsa.create_assessment(org_id, "rd-core")
        draft = rdsa.patch_answers(draft["id"], answers, if_match=draft["etag"])
        results = rdsa.submit(draft["id"])
"""

from .client import RdsaClient
from .errors import ProblemError
from .signatures import SignatureError, verify_signature

__all__ = ["ProblemError", "RdsaClient", "SignatureError", "verify_signature"]
