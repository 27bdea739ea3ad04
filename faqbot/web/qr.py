"""The page's address as a QR code: in the terminal for staff, and on a printable poster.

segno writes QR codes in pure Python (ISO/IEC 18004, error correction levels, SVG and text
output) with no imaging library, so the code and the poster need nothing but segno: our own
encoder would be hundreds of lines of Reed-Solomon arithmetic to get wrong.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

import segno

from faqbot.web.texts import PRIVACY


def make(url: str) -> segno.QRCode:
    """Error correction M (15 %): survives a scuffed poster, stays small enough to scan."""
    return segno.make(url, error="m", micro=False, boost_error=False)


def terminal_qr(url: str) -> str:
    """The QR code as text for a terminal (two rows per line, with a quiet zone)."""
    out = io.StringIO()
    make(url).terminal(out=out, compact=True)
    return out.getvalue()


def poster_svg(url: str, title: str) -> str:
    """An A4 portrait poster (SVG, millimetres): title, QR code, address, one line on privacy."""
    qr = make(url)
    width, _ = qr.symbol_size(scale=1, border=4)
    size = 150.0  # mm across, quiet zone included
    scale = size / width
    code = io.BytesIO()
    qr.save(code, kind="svg", scale=1, border=4, xmldecl=False, svgns=False, nl=False)
    path = code.getvalue().decode("ascii")
    start = path.index("<path")
    path = path[start : path.index("</svg>")]
    x = (210 - size) / 2
    lines = [
        '<svg xmlns="http://www.w3.org/2000/svg" width="210mm" height="297mm" '
        'viewBox="0 0 210 297" font-family="Arial, Helvetica, sans-serif" text-anchor="middle">',
        '<rect width="210" height="297" fill="#fff"/>',
        f'<text x="105" y="32" font-size="11" font-weight="bold">{escape(title)}</text>',
        '<text x="105" y="48" font-size="8">Ask your question on your own phone:</text>',
        '<text x="105" y="58" font-size="8">scan this code with the camera.</text>',
        f'<g transform="translate({x:.2f} 66) scale({scale:.5f})">',
        path,
        "</g>",
        f'<text x="105" y="232" font-size="7">{escape(url)}</text>',
        f'<text x="105" y="250" font-size="5">{escape(PRIVACY)}</text>',
        "</svg>",
    ]
    return "\n".join(lines) + "\n"
