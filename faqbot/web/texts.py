"""The web page's own fixed lines. Patients read these; they say only what is true on a phone
(no keys, no Enter), in the kiosk's words where the kiosk says the same thing."""

from __future__ import annotations

from faqbot.matching.redflags import CHECK_QUESTION as CHECK_QUESTION

DISCLAIMER = "General information, not medical advice."
"""Shown when the content file has no `disclaimer` of its own (as on the kiosk)."""
SAMPLE_NOTE = "Sample content — not yet reviewed by your clinic"
PRIVACY = (
    "This page stores nothing about you: no cookies, no account, and what you type is not kept."
)
"""True only while the clinic has not switched on --log-unanswered (then `UNANSWERED_KEPT`)."""
PRIVACY_COUNTS = "This page uses no cookies and no account, and keeps nothing that names you."
UNANSWERED_KEPT = (
    "To improve the answers, questions it could not answer are kept for {days} days, with "
    "names, numbers and unusual words removed."
)
URGENT_TITLE = "Please read this now"
URGENT_HINT = "This may be urgent. Press Ask now, or tell the front desk."
"""Shown while typing (JavaScript on) when the text names an urgent symptom."""
CLARIFY_PROMPT = "Did you mean…?"
CHECK_YES = "Yes, now"
CHECK_NO = "No"
"""The answers to the urgent check's "Is this happening now?", as on the kiosk."""
CLOSE_HEADING = "These questions do have checked answers:"
THANKS = "Thank you."
NOT_HELPFUL = (
    "Thank you. Sorry it did not help — please ask the front desk, or try asking another way."
)
TOO_MANY = "Too many questions at once. Please wait a few seconds, then try again."
TOO_LONG = "That question is too long. Please ask it in fewer words."
OTHER_SITE = "Please ask your question on this page."
NOT_FOUND = "That page does not exist."
ERROR = "Sorry, something went wrong. Please try again, or ask the front desk."
