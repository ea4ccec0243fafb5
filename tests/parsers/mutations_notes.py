"""Mutation families of session 13 (issue 13): what a channel never seen writes around a signal
and in place of a follow-up, in the 16 languages of tests/parsers/lexicon_words.py.

- ``prose_notes``: a dev signal with a paragraph of analysis before or after its level block,
  full of numbers that are no level (the price now, past prices in a story, indicator values,
  percentages, timeframes, volumes, market caps, ranks, support and resistance talk), none with
  a level word near it. The reading must stay the dev reading (exact).
- ``story_action``: a report, a lesson, news or a story that uses a follow-up's verbs ("we closed
  12 trades last week", "Bitcoin closed the day above 97000", "how to move your stop loss", "I
  was forced to close my long"): no action, and no trade.

What each must give comes from how the post was written, never from the parser's output. Each
family draws from a generator of its own (tests/parsers/mutations.py), so the families before it
draw as they did.
"""

from __future__ import annotations

import random
from typing import Any

from tests.parsers.mutation_post import EXACT, Made, Want
from tests.parsers.variant_forms import near_level

# Neither a tradable signal nor a follow-up that acts (close, partial close, cancel, move stop).
NO_ACTION = "no_action"

# Analysis sentences around a signal, per language: {p} and {q} are prices of this coin that are
# none of its levels, {n} a small count. No level word (entry, target, stop, buy, sell, long,
# short, add, exit, reach ...) stands in them: their numbers are notes.
NOTES: dict[str, tuple[str, ...]] = {
    "en": (
        "The price is now {p} after a 4.2% move in 24h, RSI 61 on the 4H chart.",
        "Buyers defended {q} twice this week while volume climbed to 1.2B.",
        "Last month the coin dropped to {q} before it recovered in {n} days.",
        "Market cap is 350M, rank #42, and funding sits at 0.01% every 8h.",
        "Current price {p}, support near {q} held on the daily close.",
    ),
    "ru": (
        "Сейчас цена {p}, за сутки рост 4.2%, RSI 61 на 4ч графике.",
        "Покупатели дважды защитили {q} на этой неделе, объем вырос до 1.2B.",
        "В прошлом месяце монета падала до {q} и восстановилась за {n} дней.",
    ),
    "tr": (
        "Fiyat şu anda {p} seviyesinde, son 24 saatte %4.2 yükseldi.",
        "Geçen ay coin {q} seviyesine kadar düştü ve {n} günde toparlandı.",
    ),
    "fa": (
        "قیمت در حال حاضر {p} است و حجم معاملات امروز 1.2B بود.",
        "ماه گذشته قیمت تا {q} پایین آمد و در {n} روز برگشت.",
    ),
    "ar": (
        "السعر الآن {p} بعد ارتفاع 4.2% خلال 24 ساعة، ومؤشر RSI عند 61.",
        "في الشهر الماضي هبطت العملة إلى {q} ثم تعافت خلال {n} أيام.",
    ),
    "zh": (
        "目前价格在{p}附近，24小时涨幅4.2%，4小时RSI为61。",
        "上个月该币曾跌到{q}，之后{n}天内收复失地，成交量放大到1.2B。",
    ),
    "es": (
        "El precio ahora está en {p} tras subir un 4.2% en 24h, con el RSI en 61.",
        "El mes pasado la moneda cayó hasta {q} y se recuperó en {n} días.",
    ),
    "pt": (
        "O preço agora está em {p} depois de subir 4.2% em 24h, com RSI em 61.",
        "No mês passado a moeda caiu até {q} e se recuperou em {n} dias.",
    ),
    "id": (
        "Harga saat ini berada di {p} setelah naik 4.2% dalam 24 jam terakhir.",
        "Bulan lalu koin ini turun sampai {q} lalu pulih dalam {n} hari.",
    ),
    "vi": (
        "Giá hiện tại đang ở {p} sau khi tăng 4.2% trong 24h, RSI khung 4H là 61.",
        "Tháng trước đồng coin đã giảm về {q} rồi hồi phục trong {n} ngày.",
    ),
    "de": (
        "Der Kurs steht jetzt bei {p} nach einem Plus von 4.2% in 24h, RSI bei 61.",
        "Letzten Monat fiel der Coin bis auf {q} und erholte sich in {n} Tagen.",
    ),
    "fr": (
        "Le prix est maintenant à {p} après une hausse de 4.2% en 24h, RSI à 61.",
        "Le mois dernier la crypto est tombée à {q} puis a récupéré en {n} jours.",
    ),
    "it": (
        "Il prezzo ora è a {p} dopo un rialzo del 4.2% in 24 ore, RSI a 61.",
        "Il mese scorso la moneta è scesa fino a {q} e ha recuperato in {n} giorni.",
    ),
    "ko": (
        "현재 가격은 {p} 부근이며 24시간 동안 4.2% 상승했습니다, RSI는 61입니다.",
        "지난달 코인은 {q}까지 하락했다가 {n}일 만에 회복했습니다.",
    ),
    "ja": (
        "現在の価格は{p}付近で、24時間で4.2%上昇し、RSIは61です。",
        "先月コインは{q}まで下落し、その後{n}日で回復しました。",
    ),
    "hi": (
        "अभी कीमत {p} के आसपास है, पिछले 24 घंटे में 4.2% की तेजी आई है।",
        "पिछले महीने कॉइन {q} तक गिरा और {n} दिनों में वापस आ गया।",
    ),
}

# Reports, lessons, news and stories that use a follow-up's verbs, per language: {coin} a coin
# (the dev signal's), {other} and {third} two more, {p} a price, {n} a count. None asks the
# reader to act on a trade of the channel now.
STORIES: dict[str, tuple[str, ...]] = {
    "en": (
        "We closed {n} trades last week: 9 winners and 3 losers. {coin}, {other} and {third}"
        " carried the month.",
        "{coin} closed the day above {p}, buyers are in control for now.",
        "I was forced to close my {coin} long yesterday at {p} because of the news.",
        "How to move your stop loss to breakeven: once the first target is hit, move your SL"
        " to your entry.",
        "Should you close your position when the market dumps? Here is what I do.",
        "Many traders closed their longs after the Fed news, liquidations hit $500M.",
        "Lesson of the day: never cancel your stop loss just because the price comes close.",
        "Yesterday we closed {n} positions in profit while the market stayed flat.",
    ),
    "ru": (
        "{coin} закрыл день выше {p}, покупатели удержали уровень.",
        "На прошлой неделе мы закрыли {n} сделок: {coin}, {other} и {third} дали лучший результат.",
        "Как перенести стоп в безубыток: после первой цели переносим стоп в точку входа.",
        "Вчера многие трейдеры закрыли лонги по {coin} после новостей.",
    ),
    "tr": (
        "{coin} günü {p} üzerinde kapattı, alıcılar kontrolü elinde tutuyor.",
        "Geçen hafta {n} işlemi kapattık: {coin}, {other} ve {third} ayı taşıdı.",
    ),
    "fa": ("هفته گذشته {n} معامله را بستیم و {coin}، {other} و {third} بهترین بودند.",),
    "ar": ("أغلقنا {n} صفقات الأسبوع الماضي، وكانت {coin} و{other} و{third} الأفضل.",),
    "zh": (
        "{coin}日线收盘站上{p}，多头暂时占优。",
        "上周我们一共平仓{n}笔交易，{coin}、{other}和{third}表现最好。",
    ),
    "es": (
        "Cerramos {n} operaciones la semana pasada: {coin}, {other} y {third} fueron las mejores.",
        "{coin} cerró el día por encima de {p}, los compradores mantienen el control.",
        "Cómo mover tu stop loss al punto de entrada: cuando se alcance el primer objetivo.",
    ),
    "pt": (
        "Fechamos {n} operações na semana passada: {coin}, {other} e {third} foram as melhores.",
        "{coin} fechou o dia acima de {p}, os compradores seguem no controle.",
    ),
    "id": ("Minggu lalu kami menutup {n} posisi: {coin}, {other} dan {third} yang terbaik.",),
    "vi": (
        "Hôm qua chúng tôi đã đóng {n} lệnh có lãi, {coin}, {other} và {third} dẫn đầu.",
        "{coin} đóng cửa ngày trên {p}, phe mua vẫn kiểm soát.",
    ),
    "de": (
        "Letzte Woche haben wir {n} Trades geschlossen: {coin}, {other} und {third} waren die"
        " besten.",
        "{coin} hat den Tag über {p} geschlossen, die Käufer haben die Kontrolle.",
    ),
    "fr": (
        "La semaine dernière nous avons clôturé {n} trades : {coin}, {other} et {third} ont"
        " porté le mois.",
        "{coin} a clôturé la journée au-dessus de {p}, les acheteurs gardent la main.",
    ),
    "it": (
        "La settimana scorsa abbiamo chiuso {n} operazioni: {coin}, {other} e {third} le migliori.",
    ),
    "ko": (
        "지난주 우리는 {n}개의 거래를 종료했습니다. {coin}, {other}, {third}가 가장 좋았습니다.",
    ),
    "ja": ("先週は{n}件のトレードを決済しました。{coin}、{other}、{third}が好調でした。",),
    "hi": ("पिछले हफ्ते हमने {n} ट्रेड बंद किए, {coin}, {other} और {third} सबसे अच्छे रहे।",),
}
LANGS = tuple(NOTES)


def _base(symbol: str) -> str:
    for quote in ("USDT", "USDC", "USD", "BTC"):
        if symbol.endswith(quote) and len(symbol) > len(quote):
            return symbol[: -len(quote)]
    return symbol


def prose_notes(rng: random.Random, want: Want, post_of: Any, levels: list[float]) -> Made:
    """The signal with a paragraph of analysis before or after its levels (a blank line between),
    or one sentence of it under the coin's line: the numbers there are notes; the reading is the
    dev reading."""
    if not levels or not (want["take_profits"] and want["stop_loss"] is not None):
        return None
    lang = rng.choice(LANGS)
    forms = rng.sample(NOTES[lang], min(2, len(NOTES[lang])))
    paragraph = " ".join(
        form.format(
            p=near_level(rng, levels, 0.15), q=near_level(rng, levels, 0.15), n=rng.randrange(3, 19)
        )
        for form in forms
    )
    post = post_of(rng, want)
    roll = rng.random()
    if roll < 0.2:
        # (One sentence on a line of its own under the coin's line, no blank line around it:
        # "BTC long setup / The price is now 97,250 after ... / Entry: ...".)
        post.head.append(
            rng.choice(NOTES[lang]).format(
                p=near_level(rng, levels, 0.15),
                q=near_level(rng, levels, 0.15),
                n=rng.randrange(3, 19),
            )
        )
        return post.text(), EXACT
    if roll < 0.6:
        return paragraph + "\n\n" + post.text(), EXACT
    return post.text() + "\n\n" + paragraph, EXACT


def story_action(rng: random.Random, want: Want, others: list[str], levels: list[float]) -> Made:
    """A report, lesson, news or story using a follow-up's verbs: no action, no trade."""
    lang = rng.choice(LANGS)
    coin = _base(want["symbol"])
    rest = [c for c in others if c != coin] or ["ETH", "SOL"]
    other, third = rng.sample(rest, 2) if len(rest) > 1 else (rest[0], "XRP")
    text = rng.choice(STORIES[lang]).format(
        coin=coin,
        other=other,
        third=third,
        p=near_level(rng, levels, 0.15) if levels else "100",
        n=rng.randrange(5, 19),
    )
    return text, NO_ACTION
