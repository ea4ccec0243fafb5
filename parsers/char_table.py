"""The characters normalize() (parsers/normalize.py) maps before anything is read: list
markers to blanks, other scripts' digits and separators to ASCII, dashes to "-", arrows to one
arrow, invisible characters to nothing, traditional Chinese label characters to simplified ones.
One character for one or for none, so the table is searched for (NEEDS_TABLE) and only the
matches replaced (from_table); parsers/post_chars.py's pass tells first whether a post holds one.
"""

from __future__ import annotations

import re
from typing import Final

LIST_MARKERS: dict[int, str] = {}
# Circled, parenthesised and dingbat numbers are list bullets, never prices; NFKC would turn
# "①" into "1", so they are replaced before normalisation.
for _lo, _hi in (
    (0x2460, 0x249B),  # ① .. ⒛
    (0x24EA, 0x24FF),  # ⓪, ⓫ .. ⓿
    (0x2776, 0x2793),  # ❶ .. ➓
    (0x3251, 0x325F),  # ㉑ .. ㉟
    (0x32B1, 0x32BF),
    (0x1F10B, 0x1F10C),
):
    for _cp in range(_lo, _hi + 1):
        LIST_MARKERS[_cp] = " "
LIST_MARKERS[0x1F51F] = " "  # keycap ten

# Digits of other scripts (Persian, Arabic-Indic, Devanagari, Bengali, fullwidth ...) are
# mapped to ASCII so that every later regex can use the cheap [0-9] class.
DIGITS: dict[int, str] = {}
for _zero in (0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0E50, 0xFF10):
    for _i in range(10):
        DIGITS[_zero + _i] = str(_i)
DIGITS[0x066B] = "."  # Arabic decimal separator
DIGITS[0x066C] = ","  # Arabic thousands separator
DIGITS[0x060C] = ","  # Arabic comma
DIGITS[0x066A] = "%"  # Arabic percent sign ("ربح ٣٠٪", "سود ۵۰٪")
for _cp in (0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D):
    DIGITS[_cp] = "-"
for _cp in (0x2192, 0x27A1, 0x279C, 0x27F6, 0x21D2, 0x279D, 0x279E, 0x2794):
    DIGITS[_cp] = "→"
# Invisible characters are removed, so "0.4\u200b5" is read as the 0.45 a person sees:
# zero-width spaces and joiners, word joiner, BOM, variation selectors, soft hyphen, the
# left-to-right / right-to-left / Arabic marks, invisible operators and C1 controls.
for _cp in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xFE0E, 0xFE0F, 0x00AD, 0x200E, 0x200F):
    DIGITS[_cp] = ""
for _cp in (0x061C, 0x180E, 0x2061, 0x2062, 0x2063, 0x2064, *range(0x80, 0xA0)):
    DIGITS[_cp] = ""
# Traditional Chinese forms of the label words, folded to the simplified ones the lexicon
# lists (止損 -> 止损, 市價 -> 市价): one character for one, so offsets do not move.
for _trad, _simp in zip(
    "損價標進開倉槓桿單買賣場區間達觸點幣對種現設掛帶減動",
    "损价标进开仓杠杆单买卖场区间达触点币对种现设挂带减动",
    strict=True,
):
    DIGITS[ord(_trad)] = _simp
# ... and of the follow-up words (parsers/update_words.py: 撤銷 -> 撤销, 已過 -> 已过, 帶個保護 ->
# 带个保护, 可以先出來 -> 可以先出来, 補倉 -> 补仓, 小虧 -> 小亏, 調到 -> 调到, 保護利潤 -> 保护利润, 暫停 -> 暂停,
# 交易結束 -> 交易结束):
# characters only traditional text uses, so no simplified word changes.
for _trad, _simp in zip(
    "銷過護來處個賺補虧調潤暫離廢掃結", "销过护来处个赚补亏调润暂离废扫结", strict=True
):
    DIGITS[ord(_trad)] = _simp
DIGITS[0x0130] = "I"  # Turkish dotted capital I: str.lower() would make it two characters
DIGITS[0xFF1A] = ":"  # fullwidth colon, common in Chinese posts
DIGITS[0xFF0C] = ","
# The light check mark is the heavy one the tick lists know ("TP1: 105 ✓" ticks a target off as
# "✔" does; i13-hits20): one character for one.
DIGITS[0x2713] = "\u2714"
# Small capitals, a fancy font channels write their reports in ("ᴛᴀʀɢᴇᴛ 2 ʜɪᴛ"; NFKC maps
# math-bold and circled letters, not these): their letters, one character for one
# (i13-status31).
for _fancy, _plain in zip("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnoprstuvwyz", strict=True):
    DIGITS[ord(_fancy)] = _plain
TABLE: Final = {**DIGITS, **LIST_MARKERS}
# str.translate looks up every character; most posts contain none of these, so look first.
NEEDS_TABLE: Final = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(TABLE)) + "]")
NEEDS_DIGITS: Final = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(DIGITS)) + "]")


def from_table(m: re.Match[str]) -> str:
    return TABLE[ord(m.group())]
