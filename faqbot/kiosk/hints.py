"""The kiosk's own fixed lines: the key hint, the question box's placeholder, the notes.

Patients read these, so they say only what is true on the screen now: `key_hint` picks the
line for the current state (what Esc, Enter and the digits do), and the screen shows it.
"""

from __future__ import annotations

DISCLAIMER = "General information, not medical advice."
"""Shown when the content file has no `disclaimer` of its own."""
UNWELL = "If you feel unwell, tell the front desk now."
KEY_HINT = "Esc: back    1-9: pick a numbered choice"
"""The key hint with nothing typed: digits pick the view's numbered buttons."""
START_HINT = "1-9: pick a numbered choice"
"""... when there is nothing to go back to (the start of a session): Esc does nothing."""
BACK_HINT = "Esc: back"
"""... when the view has no numbered buttons."""
ASK_HINT = "Esc: clear    Enter: ask"
"""... while typing with no suggestions: digits are typed."""
SUGGESTION_HINT = "Esc: clear    ↓: choose a suggestion"
"""... while suggestions show: digits are typed until ↓/↑ moves into them."""
PICK_HINT = "Esc: clear    Enter or 1-9: pick a suggestion"
"""... once ↓/↑ has highlighted a suggestion."""
URGENT_KEY_HINT = 'Staff: "I understand" (Tab, then Enter) once seen'
"""While the urgent alert shows, keys do nothing but reach that button (Esc, digits, typing,
a bare Enter): it is dismissed only on purpose."""
URGENT_RESET_NOTICE = (
    "An urgent message was showing here. If it was for you, please tell a staff member now."
)
"""On the fresh screen after the idle reset closed an urgent alert nobody acknowledged."""
MORE_BELOW = "More below ↓ (PageDown)"
SAMPLE_NOTE = "Sample content — not yet reviewed by your clinic"
PLACEHOLDER = "Type your question here, then press Enter"
THANKS = "Thank you."
NOT_HELPFUL = (
    "Thank you. Sorry it did not help — please ask the front desk, or try asking another way."
)


def key_hint(
    *,
    urgent: bool,
    suggesting: bool,
    highlighted: bool,
    typed: bool,
    numbered: bool,
    can_go_back: bool,
) -> str:
    """The key hint for a state: the urgent alert, suggestions showing (one highlighted),
    text typed, the view having numbered buttons, a view to go back to."""
    if urgent:
        return URGENT_KEY_HINT
    if suggesting:
        return PICK_HINT if highlighted else SUGGESTION_HINT
    if typed:
        return ASK_HINT
    if not can_go_back:
        return START_HINT if numbered else ""
    return KEY_HINT if numbered else BACK_HINT
