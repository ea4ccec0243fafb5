"""Branch i13-wrong28's attack set: made-up posts (every one of them made up, in the shapes real
channels write them; no held-out text was read) of the classes of the wrong trades and wrong
actions the held-out split still holds, by shape:

- ``hit``: a signal card re-posted with hit marks (a TP_HIT report: no trade, no other action);
- ``review``: a card a labeller rules ``needs_review`` (a condition, a plan for later, an old
  call re-posted, two readings, a results board): no trade, no action;
- ``chatter``: chatter and promotions holding close words, and cards shown in promotions: no
  trade, no action;
- ``ru_plan``: Russian management posts that are a plan, a hedge or a question: no action;
- ``ru_share``: Russian partial closes said as a share: a CLOSE_PARTIAL, never a whole CLOSE;
- ``ru_status``: Russian status posts: no action.

``cases()`` gives (class, text, allowed) rows: ``allowed`` is the set of follow-up kinds the post
may be read as an action of (empty: none); a tradable signal is always wrong. ``run()`` counts
what reads wrong by class (``python -m tests.parsers.wrong28_set``)."""

from __future__ import annotations

import itertools
import sys
from collections import Counter
from typing import Final

# (coin, entry low, entry high, targets, stop): levels of a long, made up near real prices.
COINS: Final = (
    ("ETH", "3000", "3050", ("3120", "3200", "3300"), "2900"),
    ("SOL", "148.5", "151", ("156", "162", "170"), "142"),
    ("LINK", "13.80", "14.10", ("14.60", "15.20", "16.00"), "13.20"),
    ("DOGE", "0.1520", "0.1560", ("0.1620", "0.1700", "0.1800"), "0.1450"),
    ("AVAX", "34.2", "35.0", ("36.5", "38.0", "40.0"), "32.8"),
    ("ARB", "1.180", "1.210", ("1.260", "1.320", "1.400"), "1.120"),
)


def cards(c: str, lo: str, hi: str, t: tuple[str, ...], sl: str) -> list[str]:
    """The coin's long in five channel styles (made up)."""
    return [
        f"#{c}/USDT LONG\nEntry: {lo} - {hi}\nTargets: {t[0]} - {t[1]} - {t[2]}\nStop: {sl}\nLeverage: 10x",
        f"📈 {c}USDT — LONG\n\n🔹Entry zone: {lo}-{hi}\n🎯 TP1: {t[0]}\n🎯 TP2: {t[1]}\n🎯 TP3: {t[2]}\n⛔ SL: {sl}",
        f"Coin: ${c}\nDirection: Long\nBuy: {lo}\nTake profit: {t[0]}, {t[1]}, {t[2]}\nStop loss: {sl}",
        f"#{c} ЛОНГ\nВход: {lo}-{hi}\nЦели: {t[0]} / {t[1]} / {t[2]}\nСтоп: {sl}",
        f"BUY {c}USDT @ {lo}\nTP {t[0]} / {t[1]} / {t[2]}\nSL {sl}",
    ]


MARKS: Final = (
    "✅",
    "✔️",
    "☑️",
    "🎯",
    "💰",
    "🔥",
    "🚀",
    "Done",
    "Hit",
    "Reached",
    "Achieved",
    "Smashed",
    "Booked",
    "взят",
    "достигнута",
    "отработала",
)


def _hit_cards() -> list[str]:
    out: list[str] = []
    for (c, lo, hi, t, sl), mark in zip(itertools.cycle(COINS), MARKS * 2):
        styles = cards(c, lo, hi, t, sl)
        one = styles[len(out) % 5]
        # after the first target
        out.append(one.replace(t[0], f"{t[0]} {mark}", 1))
        # after two targets, the mark glued
        out.append(one.replace(t[0], f"{t[0]}{mark}", 1).replace(t[1], f"{t[1]}{mark}", 1))
    for (c, lo, hi, t, sl), k in zip(COINS * 3, range(18), strict=False):
        one = cards(c, lo, hi, t, sl)[k % 5]
        heads = (
            f"✅ TP1 HIT\n\n{one}",
            f"Target 1 reached 🎯\n{one}",
            f"🔥 #{c} TP2 smashed 🔥\n\n{one}",
            f"Цель 1 взята ✅\n\n{one}",
            f"💰 Profit booked 💰\n{one}",
            f"{c} Done ✅✅\n{one}",
            f"Первая цель достигнута 🎯\n{one}",
            f"🚀 Achieved 🚀\n{one}",
            f"TP1 ✔️\n{one}",
        )
        tails = (
            f"{one}\n\n✅✅✅",
            f"{one}\nDone ✅",
            f"{one}\n\nProfit: +35% 🚀",
            f"{one}\n\nTP1 ✅ +12%",
            f"{one}\n\nПрибыль: +35% (10x) 🔥",
            f"{one}\n\nСделка отработала ✅",
            f"{one}\n\n🎯 Reached",
            f"{one}\n\n+42% with 10x leverage 💰💰",
            f"{one}\n\nЦель 2 взята ✅ +28%",
        )
        out.append(heads[k % len(heads)])
        out.append(tails[k % len(tails)])
    return out


def _review_cards() -> list[str]:
    framings = (
        "If #{c} breaks {hi}, then long:\n{card}",
        "If it breaks {hi} and holds, I'll go long\n{card}",
        "Plan for tomorrow 👇\n{card}",
        "Setup for next week, not active yet:\n{card}",
        "Watching this one, will confirm entry later ⏳\n{card}",
        "Recap of yesterday's call:\n{card}",
        "Old call re-posted for new members 👇\n{card}",
        "🔁 Reminder of our #{c} call from Monday\n{card}",
        "{card}\n\nWaiting for confirmation before entry.",
        "{card}\n\nOnly if BTC stays above 60k",
        "Possible long on #{c} if we get a retest\n{card}",
        "Если пробьём {hi} — лонг\n{card}",
        "План на завтра:\n{card}",
        "Напоминание о сигнале 👇\n{card}",
        "Рассматриваю лонг, жду подтверждения\n{card}",
        "{card}\n\nВход только после закрепления выше {hi}",
        "Повтор вчерашнего сигнала\n{card}",
        "{card}\n\n(entry might be lower, will update)",
        "Alert set at {hi}. If triggered:\n{card}",
        "Scenario B (if A fails):\n{card}",
    )
    out = []
    for k, form in enumerate(framings):
        c, lo, hi, t, sl = COINS[k % len(COINS)]
        card = cards(c, lo, hi, t, sl)[k % 5]
        out.append(form.format(c=c, hi=hi, card=card))
    boards = (
        "📊 Weekly results\n#ETH LONG TP3 ✅ +45%\n#SOL LONG TP2 ✅ +30%\n#AVAX LONG SL ❌ -10%",
        "Results of the week 🏆\nETH LONG ✅ 3 targets\nSOL LONG ✅ 2 targets\nLINK SHORT ❌ stop",
        "Итоги недели:\n#ETH лонг +45% ✅\n#SOL лонг +30% ✅\n#DOGE шорт -10% ❌",
        "🔥 Our LONG calls this month 🔥\nBTC +22%\nETH +35%\nSOL +41%\nTotal +98% 🚀",
        "✅ #ETH LONG 3000 ➝ 3300 (+10%)\n✅ #SOL LONG 150 ➝ 170 (+13%)\n❌ #ARB LONG 1.20 ➝ 1.12",
    )
    out.extend(boards)
    doubt = (
        "#ETH LONG\nEntry: 3000-3050 (or 2950 if we dip)\nTP: 3200\nSL: 2900",
        "#SOL LONG\nEntry 148 / 150?\nTP 160 170\nSL 142",
        "#LINK LONG\nEntry: 13.80\nTP: 15.20 (or 15.50)\nSL: 13.20",
        "$AVAX Long\nEntry: 34-35 maybe 33\nTarget: 38, 40\nStop: 32.8",
        "#DOGE LONG\nEntry: CMP or lower\nTP 0.17 0.18\nSL 0.145",
        "#SOL LONG\nEntry: 148.5\nTP1: 156\nTP2: ???\nSL: 142",
        "#ARB LONG\nBuy: 1.18\nTP: 1.26 - 1.32 - 1.40\nSL: 1.12 / 1.10",
        "LONG #LINK\nEntry: 13.8-14.1\nTarget: 15.2\nStop: below 13.2 or 13.0",
        "#ETH LONG\nEntry 3000-3050 (best 2980)\nTP 3200 3300\nSL 2900",
    )
    out.extend(doubt)
    return out


CHATTER: Final = (
    "Only for close friends 🤝 DM me for the VIP link",
    "Our closed group is open for 24 hours only! 🔓 Join now",
    "Welcome to the closed community of traders 🫡",
    "Watch the close of the daily candle on #BTC 👀",
    "Market closed for the weekend, see you Monday 🏖",
    "We closed the month +300% 🚀🚀 Thanks to everyone!",
    "Closing remarks for today: stay safe, no FOMO 🙏",
    "November closed +180% 💰 December let's go",
    "#BTC weekly close above 60k is bullish 📈",
    "The close of the week matters more than the wick",
    "Close your eyes and hold 💎🙌",
    "Who closed in profit today? 🔥 Show your screenshots",
    "Doors to VIP close tonight at 23:00 ⏰",
    "Registration closes soon, only 5 spots left",
    "Closed 14 trades this week, 12 winners 💪",
    "We closed the year +1200% on #ETH calls 🏆",
    "A close call today on #SOL, but the stop held 😅",
    "Close to our target on #ETH, patience 🙏",
    "#ETH is close to the breakout level 3100 👀",
    "Closing the books on 2024: +450% 📚",
    "Закрытый канал открыт для новых участников 🔓",
    "Закрытие дня выше 60к — хороший знак для #BTC",
    "Закрытие недели было сильным 💪",
    "Закрыли месяц в плюс +250% 🚀",
    "Закрыли год с результатом +800% 🔥",
    "Добро пожаловать в закрытый клуб трейдеров",
    "Ждём закрытия дневной свечи по #ETH",
    "Рынок закрыт на выходные, отдыхаем 🏖",
    "Закрыли 14 сделок за неделю, 12 в плюс ✅",
    "Набор в закрытую группу закрывается сегодня ⏰",
    "Close friends only: 50% off VIP this week 💎",
    "Get access to our closed VIP channel 👉",
    "The daily close decides everything for #SOL",
    "Closing bell on Wall Street: S&P -1.2%",
    "Cancelled the livestream today, sorry guys 🙏",
    "Webinar cancelled, new date soon",
    "Tomorrow's AMA is cancelled",
    "Трансляция отменяется, перенесём на завтра",
    "Fix your mindset, not your losses 🧠",
    "Фиксируем прибыль по плану — это наше правило",
    "Half of our members closed in profit today 💰",
    "50% of the month is done and we are +120%",
    "Taking a break this weekend, no new trades 🏝",
    "Partially closed the comments for spam, sorry",
    "Закрываю комментарии из-за спама",
    "Half of the team is on holiday this week",
    "Stop loss hunting again on #BTC 🙄 That's why we use wide stops",
    "Move your stop to break even when TP1 hits — that's our rule",
    "Стоп в бу после первой цели — наше правило ✅",
    "Cancel culture won't stop #BTC 😂",
    "Join VIP to get calls like this:\n#ETH/USDT LONG\nEntry: 3000 - 3050\nTargets: 3120 - 3200 - 3300\nStop: 2900",
    "VIP members got this yesterday 👇\n#SOL LONG\nEntry: 148.5-151\nTP1: 156 ✅\nTP2: 162 ✅\nSL: 142",
    "Last week's VIP call, now free for you 🎁\n#LINK LONG\nEntry: 13.80\nTP: 14.60 15.20\nSL: 13.20",
    "📣 Promo: 3 days free trial!\nExample: #AVAX LONG 34.2, TP 36.5 / 38, SL 32.8",
    "Вот такие сигналы получают в VIP 👇\n#ETH ЛОНГ\nВход: 3000\nЦели: 3120 / 3200\nСтоп: 2900",
)

RU_PLAN: Final = (
    "думаю перенести стоп в бу по #ETH",
    "Стоп можно в бу",
    "кто в сделке по #SOL?",
    "Кто ещё в лонге по #ETH?",
    "Может стоп в безубыток перенести? 🤔",
    "Стоп по #ETH можно подтянуть к 3050",
    "Думаю закрыть #SOL, рынок слабый",
    "Возможно закрою часть по #ETH",
    "Если дойдём до 3200, закрою половину",
    "Планирую перенести стоп на 3050 после первой цели",
    "Вопрос: переносить стоп в бу или нет?",
    "Кто не перенёс стоп — можно перенести в бу",
    "Стоп переносить пока не будем",
    "По #ETH стоп пока не трогаем",
    "Хотел закрыть #SOL, но передумал — держим",
    "Стоит ли закрывать #ETH сейчас? Пишите в комментарии",
    "Можно частично зафиксироваться, кто хочет",
    "Кто хочет — может закрыть часть по #LINK",
    "Желающие могут перевести стоп в бу",
    "Стоп в бу по желанию",
    "Если пробьём 2950, закрываю #ETH",
    "На вашем месте я бы перенёс стоп в бу",
    "Переносить стоп в бу рано",
    "Когда будет первая цель — стоп в бу",
    "Кто в #DOGE? Как у вас дела?",
    "Закрывать #AVAX или держать? 🤔",
    "Думаю зафиксировать 50% по #ETH на 3200",
    "Предлагаю стоп в бу, но решайте сами",
    "Стоп можно перенести на 145 по #SOL, если хотите",
    "Завтра, скорее всего, перенесу стоп по #ETH",
)

RU_SHARE: Final = (
    ("Закрываю половину по #ETH", "CLOSE_PARTIAL"),
    ("#ETH фиксирую 50%", "CLOSE_PARTIAL"),
    ("#SOL частично фиксирую прибыль", "CLOSE_PARTIAL"),
    ("По #LINK закрываю 30% позиции", "CLOSE_PARTIAL"),
    ("#AVAX — фиксируем половину, остальное держим", "CLOSE_PARTIAL"),
    ("Зафиксировал часть по #ETH ✅", "CLOSE_PARTIAL"),
    ("#DOGE закрыл 70%, остаток со стопом в бу", "CLOSE_PARTIAL"),
    ("Фиксирую 25% по #ARB 🔥", "CLOSE_PARTIAL"),
    ("#ETH первая цель ✅ закрываю половину", "CLOSE_PARTIAL"),
    ("Частично закрываем #SOL", "CLOSE_PARTIAL"),
    ("#LINK — снял половину позиции", "CLOSE_PARTIAL"),
    ("Закрыл треть по #AVAX", "CLOSE_PARTIAL"),
    ("#ETH сокращаю позицию наполовину", "CLOSE_PARTIAL"),
    ("Фиксация 50% по #SOL ✅", "CLOSE_PARTIAL"),
    ("#ARB часть закрыл, остальное пусть летит 🚀", "CLOSE_PARTIAL"),
    ("#DOGE — половину закрыл в плюс", "CLOSE_PARTIAL"),
    ("Забираю 50% прибыли по #ETH", "CLOSE_PARTIAL"),
    ("#SOL фиксирую часть позиции", "CLOSE_PARTIAL"),
    ("По #ETH закрываю большую часть, 20% оставляю", "CLOSE_PARTIAL"),
    ("#LINK скинул половину", "CLOSE_PARTIAL"),
)

RU_STATUS: Final = (
    "#ETH +30% 🔥 держим дальше",
    "#SOL идёт по плану 📈",
    "По #ETH цель близко, закрываться рано",
    "#LINK уже +15%, позицию не закрываем",
    "#AVAX отработал первую цель, держим остальное",
    "Позиция по #ETH открыта, стоп на месте",
    "#DOGE в плюсе, ничего не закрываем",
    "Сделка по #SOL в работе ⏳",
    "#ETH почти у цели, ждём",
    "Кто закрыл #ETH — молодцы, мы держим",
    "#ARB: закрытие выше 1.20 на 4ч — держим",
    "Закрываться по #SOL не спешим",
    "Половина пути до цели по #ETH пройдена",
    "#LINK +50% с плечом 🔥🔥",
    "По #ETH всё по плану, закрытие недели покажет",
)


# Chatter in other Latin-script languages and more emoji English, holding close, partial and
# cancel words (made up).
CHATTER_MORE: Final = (
    "Cerramos el mes con +240% 🚀 ¡Gracias a todos!",
    "El cierre semanal de #BTC será clave 👀",
    "Grupo cerrado: solo 10 plazas 🔒",
    "Mercado cerrado por el fin de semana 🏖",
    "Fechamos o mês com +180% 💰 Obrigado!",
    "Fechamento do candle diário acima de 60k é bullish 📈",
    "Grupo fechado VIP: vagas abertas hoje 🔓",
    "Fechei o notebook e fui dormir 😴",
    "Ayı piyasası kapandı mı? 🤔 #BTC haftalık kapanış önemli",
    "Bu ayı +300% ile kapattık 🚀",
    "Kapalı grubumuza katılın 🔒",
    "Günlük kapanışı bekliyoruz 👀",
    "Kami tutup bulan ini dengan profit +200% 🚀",
    "Grup tertutup VIP dibuka hari ini 🔓",
    "Penutupan candle harian penting untuk #BTC",
    "Den Monat mit +150% geschlossen 🚀 Danke!",
    "Geschlossene Gruppe: nur noch 5 Plätze 🔒",
    "Der Wochenschluss bei #BTC entscheidet 👀",
    "Chiudiamo il mese a +120% 💰",
    "La chiusura settimanale di #BTC è fondamentale",
    "On a clôturé le mois à +90% 🚀",
    "Groupe fermé : dernières places 🔒",
    "🔒 Closed beta for our bot starts Monday",
    "🚪 Doors closing! Last chance for the VIP discount ⏳",
    "💯 We closed 2024 with 87% win rate 🏆",
    "✅ Closed 9/10 trades in profit this week 💪",
    "📉 Daily close below 58k would be bearish for #BTC",
    "🟢 Weekly close confirmed above resistance 🔥",
    "🎉 Q3 closed +420% for VIP members 🎉",
    "😂 Me closing the app after checking my portfolio",
    "🔥 50% OFF VIP — today only 🔥",
    "🎁 Half price for the first 50 members! 50% discount 🎁",
    "Partial results: +80% so far this month 🚀",
    "⚡ Take half of your time to learn, half to trade ⚡",
    "🚫 Event cancelled due to the market crash",
    "❌ Cancelled: today's live session. Back tomorrow 🙏",
    "🛑 Our Binance referral was cancelled, use the new link 👇",
    "Secure 50% of your future by learning risk management 🧠",
    "💸 Book your spot in the masterclass now 👇",
    "🏁 End of the week! Closed 12 trades, 10 wins ✅",
)

# Russian posts a labeller rules needs_review or status: a stop move of two coins, a stop
# offered, a close on a condition, a plan, a question (made up).
RU_MORE: Final = (
    "#ETH и #SOL — стопы в бу",
    "Стопы по #ETH и #LINK переносим в безубыток",
    "Если дойдём до 3200 — стоп в бу по #ETH",
    "Стоп по #ETH переставлю на 3050, когда пробьём 3150",
    "По #ETH стоп можно держать на 2900 или подтянуть к 3000 — на ваше усмотрение",
    "Кто хочет, может поставить стоп в бу по #SOL",
    "Если закрепимся ниже 3000 — закрываю #ETH",
    "Закрою #SOL, если потеряем 145",
    "Закрытие по #ETH — при пробое 2950",
    "Стоп в бу? Или ещё рано? 🤔",
    "Ставить ли стоп в бу по #LINK?",
    "Перенести стоп? Решать вам",
    "Стоп лучше держать под 2900 по #ETH",
    "Стоп по #SOL не переносим, держим как есть",
    "Закрывать не будем, держим #ETH до целей",
    "#ETH — фиксировать прибыль или держать? Голосуем 👇",
    "Кто закрыл #SOL по первой цели? 🙋",
    "Рекомендую подумать о фиксации по #ETH",
    "Можно было закрыть #ETH на 3200, но мы держим",
    "Вчера закрыли #SOL в плюс, сегодня ищем новый вход",
    "Частичная фиксация — на ваше усмотрение",
    "По желанию можно зафиксировать половину #ETH",
    "#ETH закрывать половину пока рано",
    "Скоро будем фиксировать часть по #LINK, ждите сигнал",
    "Стоп в бу после TP1 — как всегда",
)

# Real signals beside another coin's name, a symbol to read right (made up): (text, symbol).
SIGNALS: Final = (
    (
        "🔥 BTC dominance dropping 📉\n\n$SOL LONG\nEntry: 148.5-151\nTP: 156 / 162\nSL: 142",
        "SOLUSDT",
    ),
    (
        "🚀 After the #BTC pump, alts follow 🚀\n#LINK/USDT LONG\nEntry: 13.80\nTP: 14.60 15.20\nSL: 13.20",
        "LINKUSDT",
    ),
    (
        "⚡ ETH/BTC ratio bottoming ⚡\n#ARB LONG\nEntry: 1.18\nTargets: 1.26 - 1.32\nStop: 1.12",
        "ARBUSDT",
    ),
    ("🐳 Whales buying #ETH 🐳\n💎 $AVAX LONG\nEntry 34.2\nTP 36.5 38\nSL 32.8", "AVAXUSDT"),
    (
        "#ETH/USDT LONG 📈\nEntry: 3000-3050\nTP: 3120 / 3200 / 3300\nSL: 2900\n\nBTC looks strong 💪",
        "ETHUSDT",
    ),
    (
        "🟢 #DOGE LONG 🟢\nEntry: 0.1520\nTP: 0.1620 / 0.1700\nSL: 0.1450\n(as BTC holds 60k ✅)",
        "DOGEUSDT",
    ),
    (
        "💰 SOL/USDT 💰\n🟢 LONG\n📍 Entry: 148.5\n🎯 TP1: 156\n🎯 TP2: 162\n🛑 SL: 142\n#BTC #ETH #SOL",
        "SOLUSDT",
    ),
    (
        "📊 $OP/USDT\nLong 🟢\nEntry: 2.45\nTP: 2.60 / 2.75\nSL: 2.30\n(correlated with $ARB)",
        "OPUSDT",
    ),
    (
        "🚨 NEW SIGNAL 🚨\n\n🪙 Coin: SOL\n📈 Long\n💵 Entry: 148.5\n🎯 TP: 156 / 162\n🛑 SL: 142",
        "SOLUSDT",
    ),
    ("🔥 SIGNAL #127 🔥\n$LINK LONG\nEntry: 13.80\nTP: 14.60 15.20\nSL: 13.20", "LINKUSDT"),
    ("BTC 📈 ETH 📉\n\n✅ SOL/USDT LONG\nEntry: 148.5\nTP: 156 / 162\nSL: 142", "SOLUSDT"),
    ("💎 Pair: 1INCH/USDT 💎\nLong\nEntry: 0.40\nTP: 0.44 / 0.48\nSL: 0.37", "1INCHUSDT"),
    (
        "⚡️ Binance Futures ⚡️\n🔸 #AVAX/USDT 🔸\nLONG 🟢\nEntry: 34.2\nTP: 36.5 - 38\nSL: 32.8",
        "AVAXUSDT",
    ),
    ("🐶 DOGE LONG 🐶\nEntry: 0.152\nTP: 0.162 / 0.17\nSL: 0.145", "DOGEUSDT"),
    ("🟢 LONG — $ARB\n(ETH ecosystem 🔥)\nEntry: 1.18\nTP: 1.26 / 1.32\nSL: 1.12", "ARBUSDT"),
    ("🔔 Alert: #OP breakout\n\nOP/USDT LONG\nEntry 2.45\nTP 2.60 2.75\nSL 2.30", "OPUSDT"),
    ("#SOL 🆚 #ETH: SOL stronger 💪\n\nSOL LONG\nEntry 148.5\nTP 156 162\nSL 142", "SOLUSDT"),
    ("📊 #INJ/USDT (Injective)\n📈 LONG x10\nEntry: 25.1\nTP: 26.5 / 28\nSL: 23.9", "INJUSDT"),
    ("🌕 #PEPE LONG 🐸\nEntry: 0.0000120\nTP: 0.0000130 / 0.0000140\nSL: 0.0000110", "PEPEUSDT"),
    ("#TON 💎 LONG\nEntry: 5.20\nTP: 5.50 / 5.80\nSL: 4.95\n\n#BTC dominance 📉", "TONUSDT"),
    ("🦄 #UNI LONG\nEntry: 7.10\nTP: 7.50 / 8.00\nSL: 6.80", "UNIUSDT"),
    ("Coin: #NEAR 🌐\nSide: LONG\nEntry: 4.90\nTP: 5.20 5.50\nSL: 4.60\nBTC: 60k ✅", "NEARUSDT"),
    ("📍ETH/USDT\n🟢 Long\n📥 3000-3050\n📤 3120 - 3200\n❌ 2900", "ETHUSDT"),
    ("🚀 #WIF/USDT 🚀\n🐕 Dog season!\nLONG 3.10\nTP 3.40 3.70\nSL 2.90", "WIFUSDT"),
    ("SHORT #ETH 🔴\n(BTC long is still valid ✅)\nEntry 3100\nTP 3000 2900\nSL 3200", "ETHUSDT"),
    ("💰 #XRP 💰\nLONG 🟢\nBuy: 0.60\nTP: 0.63 / 0.66\nSL: 0.57\n🔗 #XLM next", "XRPUSDT"),
)


# Cards a labeller rules needs_review for a field: an entry or a target label left empty or to
# come, the call given for another coin too, a zone with a doubt, a tick and a price under the
# card (a report) (made up).
REVIEW_MORE: Final = (
    "#ETH LONG\nEntry 1: 3000\nEntry 2: later\nTP: 3120 / 3200\nSL: 2900",
    "#ETH LONG\nEntry 1: 3000\nEntry 2: \nTP: 3120 / 3200\nSL: 2900",
    "#SOL LONG\nEntry: 148.5\nDCA: TBA\nTP1: 156\nSL: 142",
    "🟢 #LINK LONG\n💵 Entry: 13.80\n🎯 TP1: 14.60\n🎯 TP2: 15.20\n🎯 TP3:\n🛑 SL: 13.20",
    "#AVAX LONG\nEntry: 34.2\nSL: 32.8\nTP1: 36.5\nTP2:",
    "#ETH/USDT\nLONG\nEntry: 3000\nTP: 3120 / 3200\nSL: 2900\n#SOL same setup",
    "#LINK LONG\nEntry: 13.80\nTP: 14.60 / 15.20\nSL: 13.20\n$DOT too",
    "#ETH LONG\nEntry: 3000\nTP 3120 / 3200 / 3300\nSL: 2900\n✅ 3120",
    "#SOL LONG\nEntry: 148.5\nTP 156 / 162 / 170\nSL: 142\n\n✔️ 156",
    "#ETH LONG\nEntry: 3000-3050 or lower\nTP 3200 3300\nSL 2900",
    "#SOL LONG\nBuy zone: 148.5-151 and lower\nTP 156 162\nSL 142",
)


# Chatter in Spanish, Portuguese, Turkish, Indonesian, Vietnamese, German, Italian, French:
# lessons, results, the market, accounts, live shows, discounts (made up).
CHATTER_WORLD: Final = (
    "¿Cuándo tomar ganancias? Te lo explicamos en el webinar 📚",
    "Tomar ganancias a tiempo es clave para sobrevivir en cripto 🧠",
    "Hoy cerramos la semana con +85% 🚀🔥",
    "El mercado cerró en verde hoy 📈",
    "Binance cerrará el par XYZ/USDT mañana ⚠️",
    "Cierre de mes: +210% en señales VIP 💰",
    "Salir a tiempo es una habilidad 💡",
    "📢 Cerramos inscripciones al VIP esta noche",
    "Realizar lucro é uma arte 🎨",
    "Encerramos o mês com +150% 💎",
    "Fechamento semanal do #BTC acima de 60k 🔥",
    "O mercado fechou em alta hoje 📈",
    "Hora de realizar lucros? Veja a análise completa 👇",
    "🚀 Fechamos mais uma semana no lucro! +95%",
    "Kâr almak bir sanattır 🎯",
    "Bu hafta +120% ile kapattık 🔥",
    "Piyasa bugün yeşil kapandı 📈",
    "#BTC günlük mum kapanışı kritik ⚠️",
    "VIP kayıtları bu gece kapanıyor ⏰",
    "Ambil profit itu penting, jangan serakah 🧠",
    "Minggu ini kita tutup dengan profit +80% 🚀",
    "Pasar tutup hijau hari ini 📈",
    "Pendaftaran VIP ditutup malam ini ⏰",
    "Chốt lời đúng lúc là kỹ năng quan trọng 💡",
    "Tuần này chúng ta đã đóng với lợi nhuận +70% 🚀",
    "Thị trường đóng cửa tăng điểm 📈",
    "Gewinne mitnehmen ist keine Schande 💰",
    "Wir haben die Woche mit +60% abgeschlossen 🔥",
    "Der Markt schloss heute im Plus 📈",
    "Prendere profitto è un'arte 🎨",
    "Abbiamo chiuso la settimana a +75% 🚀",
    "Il mercato ha chiuso in rialzo 📈",
    "Prendre ses profits est un art 🎨",
    "Nous avons clôturé la semaine à +65% 🔥",
    "Le marché a clôturé en hausse 📈",
    "TP1 alcanzado en el 80% de nuestras señales este mes 🎯",
    "Cerré mi cuenta de Binance y me pasé a Bybit",
    "Fechei minha conta na corretora antiga 😅",
    "Hesabımı kapattım, yeni borsaya geçtim",
    "Saya tutup akun lama saya 😅",
    "Take profit là gì? Hướng dẫn cho người mới 📚",
    "Was ist ein Take Profit? Erklärung 👇",
    "Qué es un stop loss y cómo moverlo 📚",
    "Como mover o stop para o ponto de entrada 📚",
    "Stop loss nasıl taşınır? 📚",
    "Cara geser SL ke entry 📚",
    "Cancelamos la transmisión de hoy 🙏",
    "Live de hoje cancelada, amanhã tem 🙏",
    "Bugünkü yayın iptal edildi 🙏",
    "Live hari ini dibatalkan 🙏",
    "Cierra los ojos y hodlea 💎",
    "Fecha os olhos e segura 💎",
    "🔥 ¡50% de descuento en el VIP! Solo hoy 🔥",
    "🔥 50% de desconto no VIP! Só hoje 🔥",
    "🔥 VIP'te %50 indirim! Sadece bugün 🔥",
    "🔥 Diskon 50% VIP! Hanya hari ini 🔥",
    "Mitad del mes y ya vamos +120% 🚀",
    "Metade do mês e já estamos +120% 🚀",
    "Ayın yarısı geçti, +120% kârdayız 🚀",
)


# More Russian posts: partial closes with no share said (a CLOSE_PARTIAL, never a whole CLOSE) and
# status posts telling the plan (made up).
RU_PARTS: Final = (
    ("#ETH фиксирую частями", "CLOSE_PARTIAL"),
    ("#ETH закрываю по частям", "CLOSE_PARTIAL"),
    ("Фиксирую прибыль по #ETH на первой цели, остальное держим", "CLOSE_PARTIAL"),
    ("Закрываю #SOL, остаток держу", "CLOSE_PARTIAL"),
    ("#ETH закрыл 1/2, остальное держу", "CLOSE_PARTIAL"),
    ("#ETH снял 30% позиции", "CLOSE_PARTIAL"),
    ("#ETH частичная фиксация ✅", "CLOSE_PARTIAL"),
)
RU_PLANS: Final = (
    "#ETH сделка в работе, закрытие по плану",
    "#ETH держим, закрываться будем на цели",
    "#ETH +25% 🔥 фиксировать рано",
    "#ETH прибыль 30%, закрывать не спешим",
    "#ETH позиция открыта, фиксации не было",
    "#ETH в плюсе, кто хочет — фиксируйте часть",
)


def cases() -> list[tuple[str, str, frozenset[str]]]:
    """Every row: (class, text, the action kinds it may be read as)."""
    none: frozenset[str] = frozenset()
    rows = [("hit", t, none) for t in _hit_cards()]
    rows += [("review", t, none) for t in _review_cards()]
    rows += [("chatter", t, none) for t in CHATTER]
    rows += [("ru_plan", t, none) for t in RU_PLAN]
    rows += [("ru_share", t, frozenset({k})) for t, k in RU_SHARE]
    rows += [("ru_status", t, none) for t in RU_STATUS]
    rows += [("chatter", t, none) for t in CHATTER_MORE]
    rows += [("ru_plan", t, none) for t in RU_MORE]
    rows += [("review", t, none) for t in REVIEW_MORE]
    rows += [("ru_share", t, frozenset({k})) for t, k in RU_PARTS]
    rows += [("ru_status", t, none) for t in RU_PLANS]
    rows += [("chatter", t, none) for t in CHATTER_WORLD]
    rows += [("symbol", t, frozenset({"=" + sym})) for t, sym in SIGNALS]
    return rows


ACTION_KINDS: Final = frozenset({"CLOSE", "CLOSE_PARTIAL", "CANCEL", "MOVE_SL", "SL_HIT"})


def verdict(text: str, allowed: frozenset[str]) -> str:
    """'' when right; else 'trade ...' or 'action ...' (the corpus scorer's judgment)."""
    from tests.parsers.reads import PARSER

    sig = PARSER.parse_sync(text)
    want = next((a[1:] for a in allowed if a.startswith("=")), None)
    if want is not None:  # a signal: traded for that coin, or refused
        ok = sig is None or not sig.is_valid() or sig.symbol == want
        return "" if ok else f"trade {sig.side} {sig.symbol} (want {want})"
    if sig is not None and sig.is_valid():
        return f"trade {sig.side} {sig.symbol} {sig.entries} {sig.take_profits} {sig.stop_loss}"
    upd = PARSER.parse_update_sync(text)
    if upd is None or upd.problem or upd.kind.value not in ACTION_KINDS:
        return "" if not allowed else f"miss {upd and upd.kind.value}"
    if upd.kind.value in allowed:
        return ""
    return f"action {upd.kind.value} {upd.symbol} {upd.fraction}"


def run(show: bool = True) -> Counter[str]:
    """Counts of wrong readings (trades and actions) by class; misses counted apart."""
    tally: Counter[str] = Counter()
    for cls, text, allowed in cases():
        tally[cls + " total"] += 1
        got = verdict(text, allowed)
        if not got:
            continue
        kind = got.split()[0]
        tally[f"{cls} {kind}"] += 1
        if show:
            print(f"--- {cls}: {got}\n{text}\n")
    return tally


if __name__ == "__main__":
    counts = run(show="-q" not in sys.argv)
    for key in sorted(counts):
        print(key, counts[key])
