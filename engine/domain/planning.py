"""Pure planning: how a decision becomes entry orders, and how a position splits across TPs."""

from __future__ import annotations

from decimal import Decimal

from engine.domain.market import Market

ZERO = Decimal(0)


def plan_entries(
    side: str, entries: list[Decimal], price: Decimal, qty: Decimal, market: Market
) -> list[tuple[Decimal | None, Decimal]]:
    """[(limit price or None for market, amount)].

    Rule: no entries -> one market order. A two-price zone with the market already inside it
    -> one market order for the whole size. Otherwise one limit order per price, the size split
    evenly (rounded down to the amount step; the first leg takes the remainder). A limit that the
    market has already passed fills at once, capped at its price.
    """
    if not entries:
        return [(None, qty)]
    if len(entries) == 2 and min(entries) <= price <= max(entries):
        return [(None, qty)]
    n = len(entries)
    each = market.round_amount(qty / n)
    if each <= 0 or each < market.min_amount:
        # Too small to split: one order at the price nearest the market.
        return [(_nearest(entries, price), qty)]
    legs: list[tuple[Decimal | None, Decimal]] = []
    for e in entries:  # (a loop: a comprehension would close over each)
        legs.append((e, each))
    first_price, first_amt = legs[0]
    legs[0] = (first_price, first_amt + (qty - each * n))
    return legs


def _nearest(prices: list[Decimal], price: Decimal) -> Decimal:
    return min(prices, key=lambda e: abs(e - price))


def split_take_profits(total: Decimal, fractions: list[Decimal], market: Market) -> list[Decimal]:
    """Amounts per TP level for a position of `total`, by fractions; the last takes the rest.

    Levels whose share rounds below the market minimum get nothing; their share rolls onto the
    next level, so the whole position is always covered.
    """
    if not fractions:
        return []
    if len(fractions) == 1:
        return [total - ZERO]  # the last level takes the rest: all of it (as the loop does)
    s = sum(fractions)
    norm = []
    for f in fractions:  # (a loop: a comprehension would close over s)
        norm.append(f / s)
    amounts: list[Decimal] = []
    assigned = ZERO
    carry = ZERO
    for i, f in enumerate(norm):
        if i == len(norm) - 1:
            amounts.append(total - assigned)
            break
        amt = market.round_amount(total * f + carry)
        if amt <= 0 or amt < market.min_amount:
            carry += total * f
            amounts.append(ZERO)
            continue
        carry = ZERO
        amounts.append(amt)
        assigned += amt
    return amounts


_EVEN: dict[int, Decimal] = {}  # n -> 1/n (a Decimal is immutable: shared safely)


def even_split(n: int) -> list[Decimal]:
    """n equal fractions."""
    if not n:
        return []
    part = _EVEN.get(n)
    if part is None:
        part = Decimal(1) / n
        if n <= 64:  # (a signal has a few take-profits)
            _EVEN[n] = part
    return [part] * n
